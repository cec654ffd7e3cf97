<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>A11yBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/a11y_bar.py" line="+218"/>
        <source>Voice</source>
        <extracomment>Width of the whole bar. the pictograms&apos; line width (of 24): lighter than the other icons, they are bigger</extracomment>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice guidance: %1</source>
        <translation>Guidage vocal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text: %1</source>
        <translation>Grand texte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: %1</source>
        <translation>Contraste élevé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat what the screen says</source>
        <translation>Répéter ce que dit l&apos;écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../kiosk/ui/accessibility.py" line="+180"/>
        <location line="+114"/>
        <source>Voice guidance is not available on this kiosk.</source>
        <extracomment>Each visit starts with these (the [accessibility] config keys to come). How a language with no voice of its own is named aloud: (voice language, name). Said once, in the languages that have a voice, to a visitor who chose a language without one (Tamazight) while voice guidance is on. To be reviewed by native speakers, like the welcome screen&apos;s words. At most this many languages say the notice above (Arabic and French first). index into :data:`~kiosk.devices.voice.VOLUME_STEPS` the look each widget was given (by id), when it is not the plain one</extracomment>
        <translation>Le guidage vocal n&apos;est pas disponible sur cette borne.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Voice guidance on.</source>
        <translation>Guidage vocal activé.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No voice in this language yet. To hear the screens, choose another language.</source>
        <translation>Pas encore de voix dans cette langue. Pour écouter les écrans, choisissez une autre langue.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../kiosk/ui/field/case_form.py" line="+249"/>
        <source>Your changes are not saved. Press Cancel again to leave without saving.</source>
        <extracomment>the story fields, each a text box</extracomment>
        <translation>Vos modifications ne sont pas enregistrées. Appuyez encore sur Annuler pour quitter sans enregistrer.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case of %1 (version %2)</source>
        <translation>Cas de %1 (version %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case</source>
        <translation>Enregistrer le cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12345-A-6 or AB-123-CD</source>
        <translation>p. ex. 12345-A-6 ou AB-123-CD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, where and when</source>
        <translation>Ce qui s&apos;est passé, où et quand</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kiosk/ui/field/case_list.py" line="+168"/>
        <source>Reading your cases…</source>
        <extracomment>the pause after the last key before the list is searched again the time zone times are shown in (None: this PC&apos;s)</extracomment>
        <translation>Lecture de vos cas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case of yours matches this search.</source>
        <translation>Aucun de vos cas ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any case yet. Press New case to record one.</source>
        <translation>Vous n&apos;avez pas encore enregistré de cas. Appuyez sur Nouveau cas pour en enregistrer un.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translation>
            <numerusform>%n changement sur cet appareil n&apos;est pas encore au centre : il partira à la prochaine synchronisation, ou sur une clé USB avec un fichier de remise.</numerusform>
            <numerusform>%n changements sur cet appareil ne sont pas encore au centre : ils partiront à la prochaine synchronisation, ou sur une clé USB avec un fichier de remise.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything on this device has reached the centre.</source>
        <translation>Tout ce qui est sur cet appareil est arrivé au centre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search your cases: name, plate, words…</source>
        <translation>Chercher dans vos cas : nom, plaque, mots…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover file for a USB stick…</source>
        <translation>Fichier de remise sur clé USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+105"/>
        <location line="+12"/>
        <source>Search by name</source>
        <extracomment>In large text, or on a narrow (1024 px) screen, two tiles a row: a long word (&quot;accompagnement&quot;) keeps on one line.</extracomment>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Scan a QR code</source>
        <translation>Scanner un code QR</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which service do you need?</source>
        <translation>De quel service avez-vous besoin&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture, or search by name.</source>
        <translation>Touchez une image, ou cherchez par nom.</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="+193"/>
        <location line="+1"/>
        <source>I have it</source>
        <translation>Je l&apos;ai</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="+209"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating: %1 out of 5 (%2). You may add a comment.</source>
        <translation>Votre note&#xa0;: %1 sur 5 (%2). Vous pouvez ajouter un commentaire.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translation>
            <numerusform>Le commentaire est facultatif. Il est conservé %n jour, puis effacé, et jamais montré à d’autres visiteurs.</numerusform>
            <numerusform>Le commentaire est facultatif. Il est conservé %n jours, puis effacé, et jamais montré à d’autres visiteurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>Votre commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to make a complaint</source>
        <translation>Je veux faire une réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location line="+60"/>
        <source>Make a complaint</source>
        <translation>Faire une réclamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kiosk does not handle complaints. Scan this code with your phone to make your complaint on %1, the national complaints portal.</source>
        <translation>Cette borne ne traite pas les réclamations. Scannez ce code avec votre téléphone pour faire votre réclamation sur %1, le portail national des réclamations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my rating</source>
        <translation>Envoyer ma note</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translation>Vérifier et confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Documents you have: %1 of %2</source>
        <translation>Documents que vous avez&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Codes scanned for the agent: %1</source>
        <translation>Codes scannés pour l&apos;agent&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translation>Aucune information personnelle&#xa0;: l&apos;agent vous les demandera au guichet.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Priority requested</source>
        <translation>Priorité demandée</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Confirm and print my ticket</source>
        <translation>Confirmer et imprimer mon ticket</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details you gave: %1</source>
        <translation>Informations données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing your ticket…</source>
        <translation>Préparation de votre ticket…</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <location filename="../kiosk/ui/console/header.py" line="+77"/>
        <source>Counter %1</source>
        <translation>Guichet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter console</source>
        <translation>Console du guichet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation>Groupes : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counter settings</source>
        <translation>Réglages du guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <location line="+25"/>
        <source>CUT OFF from the hall server since %1. The queue shown is from %2. Actions are kept on this PC and sent when it returns; Call next is off until then.</source>
        <translation>COUPÉ du serveur de la salle depuis %1. La file affichée date de %2. Les actions sont gardées sur ce poste et envoyées à son retour ; « Appeler le suivant » est désactivé d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUT OFF from the hall server since %1. The queue cannot be shown until it answers.</source>
        <translation>COUPÉ du serveur de la salle depuis %1. La file ne peut pas être affichée tant qu&apos;il ne répond pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s queue: every action is recorded here.</source>
        <translation>File de ce poste : chaque action est enregistrée ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the hall server.</source>
        <translation>Connecté au serveur de la salle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue from the hall server…</source>
        <translation>Lecture de la file sur le serveur de la salle…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console/window.py" line="+389"/>
        <source>Queue</source>
        <extracomment>how often the queue is read while the counter is open the type names a worker job reports when the hall server cannot be reached (``kiosk.errors.HallUnreachable`` and the hall queue&apos;s subclasses of it) words of the last action&apos;s result, re-said in the new language on a switch the bar&apos;s parts, as the window&apos;s (tests and scripts reach them here)</extracomment>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>ConsoleWords</name>
    <message>
        <location filename="../kiosk/ui/console/words.py" line="+21"/>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translation>Orienté ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>65 or older</source>
        <translation>65 ans ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a small child</source>
        <translation>Avec un jeune enfant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genuine: signature checked</source>
        <translation>Authentique : signature vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORGED or changed: do not accept</source>
        <translation>FALSIFIÉ ou modifié : ne pas accepter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown issuer: check it</source>
        <translation>Signé par un émetteur inconnu : à vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid yet</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an official site</source>
        <translation>Adresse d&apos;un site officiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown address (never opened)</source>
        <translation>Adresse inconnue (jamais ouverte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: nothing to check</source>
        <translation>Texte simple : rien à vérifier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jisr ticket</source>
        <extracomment>verdicts an agent must look at twice</extracomment>
        <translation>Ticket Jisr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>Pré-inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is waiting for your groups.</source>
        <translation>Personne n&apos;attend pour vos groupes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not come: marked as no-show.</source>
        <translation>%1 ne s&apos;est pas présenté : noté absent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not come after %2 recalls: marked as no-show.</source>
        <translation>%1 ne s&apos;est pas présenté après %2 rappels : noté absent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 called to counter %2.</source>
        <translation>%1 appelé au guichet %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recalled (%2 of %3).</source>
        <translation>%1 rappelé (%2 sur %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 served: %2.</source>
        <translation>%1 servi : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent to group %2. It keeps its place in line.</source>
        <translation>%1 envoyé au groupe %2. Il garde sa place dans la file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this PC: it will be sent to the hall server as soon as it answers.</source>
        <translation>Gardé sur ce poste : il sera envoyé au serveur de la salle dès qu&apos;il répondra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hall server cannot be reached: nothing was called.</source>
        <translation>Le serveur de la salle est injoignable : aucun ticket n&apos;a été appelé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hall server cannot be reached: nothing was changed. Try again.</source>
        <translation>Le serveur de la salle est injoignable : rien n&apos;a changé. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket has moved meanwhile (another counter was quicker, or it was already closed). The queue was read again.</source>
        <translation>Ce ticket a changé entre-temps (un autre guichet a été plus rapide, ou il était déjà clos). La file a été relue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC could not record it (its storage may be full or read-only). Nothing was changed.</source>
        <translation>Ce poste n&apos;a pas pu l&apos;enregistrer (stockage plein ou en lecture seule ?). Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was refused: nothing was changed.</source>
        <translation>Refusé : rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: nothing was changed. The queue was read again.</source>
        <translation>Un problème est survenu : rien n&apos;a changé. La file a été relue.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+34"/>
        <source>Please go to the counter</source>
        <translation>Veuillez vous adresser au guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk cannot issue a ticket right now. Please go to the reception counter: an agent will help you. Nothing you typed has been kept.</source>
        <translation>Désolé, cette borne ne peut pas délivrer de ticket pour le moment. Veuillez vous adresser au guichet d&apos;accueil&#xa0;: un agent va vous aider. Rien de ce que vous avez saisi n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../kiosk/ui/console/current_ticket.py" line="+312"/>
        <source>At your counter</source>
        <extracomment>keyboard shortcuts of the actions (the agent&apos;s PC has a real keyboard)</extracomment>
        <translation>À votre guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next</source>
        <translation>Appeler le suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve…</source>
        <translation>Servir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the visit end? Add a note if useful (Ctrl+Enter records).</source>
        <translation>Comment la visite s&apos;est-elle terminée ? Ajoutez une note si utile (Ctrl+Entrée enregistre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the file (optional)</source>
        <translation>Note pour le dossier (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Enregistrer l&apos;issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send this ticket to wait in another group. It keeps its place in line.</source>
        <translation>Envoyer ce ticket attendre dans un autre groupe. Il garde sa place dans la file.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall %1/%2</source>
        <translation>Rappeler %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket at your counter.</source>
        <translation>Aucun ticket à votre guichet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call next calls the first waiting ticket of your groups: priority first, then the oldest.</source>
        <translation>« Appeler le suivant » appelle le premier ticket en attente de vos groupes : les prioritaires d&apos;abord, puis les plus anciens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling waits until the hall server answers again.</source>
        <translation>Les appels attendent que le serveur de la salle réponde à nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PRIORITY: %1</source>
        <translation>PRIORITAIRE : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred from %1</source>
        <translation>Transféré depuis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued at %1 (%2 ago)</source>
        <translation>Émis à %1 (il y a %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called at %1</source>
        <translation>appelé à %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+133"/>
        <source>%1 · No. %2</source>
        <translation>%1 · n°%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the centre: %1</source>
        <translation>Refusé par le centre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard event No. %1? It will never be sent; it stays recorded on this kiosk as discarded.</source>
        <translation>Écarter l&apos;événement n°%1&#xa0;? Il ne sera jamais envoyé&#xa0;; il reste enregistré sur cette borne comme écarté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, discard</source>
        <translation>Oui, écarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>Non, le garder</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+173"/>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details help the agent prepare your file. Fields marked * are needed.</source>
        <translation>Ces informations aident l&apos;agent à préparer votre dossier. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needed: %1</source>
        <translation>Obligatoire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: %1</source>
        <translation>Facultatif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../kiosk/ui/console/details_view.py" line="+83"/>
        <source>The visitor&apos;s request</source>
        <extracomment>a scanned code&apos;s text is cut to this many characters on screen</extracomment>
        <translation>La demande du visiteur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request cannot be read while the hall server is cut off. Ask the visitor for their papers.</source>
        <translation>La demande ne peut pas être lue tant que le serveur de la salle est coupé. Demandez ses papiers au visiteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call a ticket to see what the visitor asked for.</source>
        <translation>Appelez un ticket pour voir la demande du visiteur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing: the visitor typed no details.</source>
        <translation>Rien : le visiteur n&apos;a saisi aucune donnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents brought</source>
        <translation>Pièces apportées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translation>Non cochées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanned codes: %1</source>
        <translation>Codes scannés : %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-251"/>
        <source>Very bad</source>
        <translation>Très mauvais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your opinion could not be saved. It may have been given already for this ticket.</source>
        <translation>Votre avis n’a pas pu être enregistré. Il a peut-être déjà été donné pour ce ticket.</translation>
    </message>
</context>
<context>
    <name>FeedbackThanksScreen</name>
    <message>
        <location line="+284"/>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your opinion: it helps us serve visitors better.</source>
        <translation>Merci pour votre avis&#xa0;: il nous aide à mieux servir les visiteurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>FieldHeader</name>
    <message>
        <location filename="../kiosk/ui/field/window.py" line="+118"/>
        <source>Field cases — Opération Marhaba</source>
        <extracomment>the form&apos;s inputs sized for a field laptop (1366x768) rather than a kiosk&apos;s 24&quot; screen the roles that log in here a folder picker: the window&apos;s parent, the title; the folder chosen or None</extracomment>
        <translation>Cas de terrain — Opération Marhaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location line="+247"/>
        <source>Case saved (version %1). It is on this device and goes to the centre with the next sync or handover file.</source>
        <extracomment>bumped at each login and lock: a job&apos;s answer from an earlier session is dropped</extracomment>
        <translation>Cas enregistré (version %1). Il est sur cet appareil et partira au centre avec la prochaine synchronisation ou le prochain fichier de remise.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where is the USB stick?</source>
        <translation>Où est la clé USB ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the handover file…</source>
        <translation>Écriture du fichier de remise…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translation>
            <numerusform>Fichier de remise écrit : %1 (%n changement, chiffré pour le centre). Remettez la clé à un poste Jisr connecté : kiosk import.</numerusform>
            <numerusform>Fichier de remise écrit : %1 (%n changements, chiffrés pour le centre). Remettez la clé à un poste Jisr connecté : kiosk import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../kiosk/ui/field/words.py" line="+18"/>
        <source>Medical</source>
        <translation>Médicale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs</source>
        <translation>Douane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of assistance</source>
        <translation>Type d&apos;assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate (optional)</source>
        <translation>Plaque du véhicule (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Action menée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please fill in: %1.</source>
        <translation>Veuillez remplir : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long. Please shorten it.</source>
        <translation>%1 : texte trop long. Veuillez le raccourcir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle plate may hold letters, digits, spaces and dashes only.</source>
        <translation>La plaque du véhicule ne peut contenir que des lettres, des chiffres, des espaces et des tirets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds characters that cannot be saved.</source>
        <translation>%1 contient des caractères qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not one of yours, or it no longer exists.</source>
        <translation>Ce cas n&apos;est pas l&apos;un des vôtres, ou il n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case could not be saved. Nothing was changed.</source>
        <translation>Le cas n&apos;a pas pu être enregistré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not enrolled at the centre, so it cannot write a handover file. Ask your supervisor to enrol it.</source>
        <translation>Cet appareil n&apos;est pas enrôlé auprès du centre : il ne peut pas écrire de fichier de remise. Demandez à votre superviseur de l&apos;enrôler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has not received the centre&apos;s key yet. Connect it to the network once and let it sync, then save the handover file again.</source>
        <translation>Cet appareil n&apos;a pas encore reçu la clé du centre. Connectez-le une fois au réseau et laissez-le se synchroniser, puis écrivez à nouveau le fichier de remise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover file could not be written there. Check that the USB stick is plugged in and not full, then try again.</source>
        <translation>Le fichier de remise n&apos;a pas pu être écrit à cet endroit. Vérifiez que la clé USB est branchée et qu&apos;elle n&apos;est pas pleine, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover file could not be written. Nothing was changed.</source>
        <translation>Le fichier de remise n&apos;a pas pu être écrit. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases&apos; storage cannot be reached right now. Nothing was lost; please try again.</source>
        <translation>Le stockage des cas est inaccessible pour le moment. Rien n&apos;est perdu ; veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Un problème est survenu. Rien n&apos;est perdu ; veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>France</source>
        <extracomment>ISO codes of the countries most Moroccans living abroad reside in, in this order</extracomment>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not given —</source>
        <extracomment>languages a person may speak, each named in itself (code -&gt; name)</extracomment>
        <translation>— non indiqué —</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="-160"/>
        <source>This detail is needed for this service.</source>
        <translation>Cette information est nécessaire pour ce service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long.</source>
        <translation>C&apos;est trop long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Utilisez uniquement des lettres (les espaces, tirets et apostrophes sont acceptés).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Start with + and the country code, for example +33 6 12 34 56 78.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide. Commencez par + et l&apos;indicatif du pays, par exemple +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNIE number is 1 or 2 letters then up to 6 digits, for example AB123456.</source>
        <translation>Un numéro de CNIE comporte 1 ou 2 lettres puis jusqu&apos;à 6 chiffres, par exemple AB123456.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation>Un numéro de passeport comporte de 6 à 12 lettres et chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a CNIE number (for example AB123456) or a passport number.</source>
        <translation>Saisissez un numéro de CNIE (par exemple AB123456) ou un numéro de passeport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid, for example name@example.com.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide. Exemple d&apos;adresse correcte&#xa0;: nom@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plate number has 2 to 15 letters and digits.</source>
        <translation>Un numéro d&apos;immatriculation comporte de 2 à 15 lettres et chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this detail.</source>
        <translation>Veuillez vérifier cette information.</translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+143"/>
        <source>Do you need more time?</source>
        <translation>Avez-vous besoin de plus de temps&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Returning to the start in %n s</source>
        <translation>
            <numerusform>Retour à l&apos;accueil dans %n seconde</numerusform>
            <numerusform>Retour à l&apos;accueil dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need more time</source>
        <translation>Oui, j&apos;ai besoin de plus de temps</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/notice.py" line="+51"/>
        <source>Your personal data</source>
        <translation>Vos données personnelles</translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+123"/>
        <source>Counter console</source>
        <translation>Console du guichet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>Saisissez le code PIN du personnel, puis appuyez sur OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK or Enter.</source>
        <translation>Saisissez le code du personnel, puis appuyez sur OK ou Entrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screen is for kiosk staff only. Visitors: press Close to go back to the start.</source>
        <translation>Cet écran est réservé au personnel de la borne. Visiteurs&#xa0;: appuyez sur Fermer pour revenir au début.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Staff access is not set up on this kiosk. An administrator sets a staff PIN with the command &quot;kiosk staff-pin&quot;, then restarts the kiosk.</source>
        <translation>L&apos;accès du personnel n&apos;est pas configuré sur cette borne. Un administrateur définit un code PIN avec la commande «&#x202f;kiosk staff-pin&#x202f;», puis redémarre la borne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN is set on this PC. An administrator sets one with the command &quot;kiosk staff-pin&quot;.</source>
        <translation>Aucun code du personnel n&apos;est défini sur ce poste. Un administrateur le définit avec la commande « kiosk staff-pin ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translation>Vérification du code PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a one-minute pause: %1.</source>
        <translation>Code PIN incorrect. Essais restants avant une pause d&apos;une minute&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Le clavier est en pause&#xa0;: réessayez dans %n&#xa0;s.</numerusform>
            <numerusform>Trop de codes PIN erronés. Le clavier est en pause&#xa0;: réessayez dans %n&#xa0;s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff PIN setting of this kiosk is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>Le code PIN du personnel enregistré sur cette borne est endommagé. Définissez-le à nouveau avec «&#x202f;kiosk staff-pin&#x202f;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff PIN setting of this PC is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>Le réglage du code du personnel de ce poste est abîmé. Redéfinissez-le avec « kiosk staff-pin ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Le code PIN n&apos;a pas pu être vérifié. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+160"/>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK, done</source>
        <translation>OK, terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translation>Effacer la dernière lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/pin_pad.py" line="+110"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>PIN digits typed: %1</source>
        <translation>Chiffres du code PIN saisis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/priority.py" line="+38"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some visitors are served first. Does one of these apply to you? An agent may ask for proof.</source>
        <translation>Certains visiteurs sont servis en priorité. L&apos;un de ces cas vous concerne-t-il&#xa0;? Un agent peut vous demander un justificatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am 65 or older</source>
        <translation>J&apos;ai 65 ans ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a disability</source>
        <translation>Je suis en situation de handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Je suis enceinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am with a baby or small child</source>
        <translation>Je suis avec un bébé ou un jeune enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, continue without priority</source>
        <translation>Non, continuer sans priorité</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../kiosk/ui/console/queue_view.py" line="+85"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue has not been read yet.</source>
        <translation>La file n&apos;a pas encore été lue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this counter&apos;s groups.</source>
        <translation>Personne n&apos;attend pour les groupes de ce guichet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In calling order: priority tickets first, then the oldest. Priority tickets: %1.</source>
        <translation>Dans l&apos;ordre d&apos;appel : les prioritaires d&apos;abord, puis les plus anciens. Tickets prioritaires : %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority: %1</source>
        <translation>Prioritaire : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred from %1</source>
        <translation>Transféré depuis %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-199"/>
        <source>How was your visit?</source>
        <translation>Comment s’est passée votre visite&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a number: 1 is very bad, 5 is very good. Then you can add a comment, or make a complaint.</source>
        <translation>Touchez un chiffre&#xa0;: 1 c’est très mauvais, 5 c’est très bien. Vous pourrez ensuite ajouter un commentaire ou faire une réclamation.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+263"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents (addresses, text) may go with the request for the agent to check. What a visitor typed that reads as a ticket number (not a scanned, signed ticket).</extracomment>
        <translation>Scanner un code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the green frame, about 20 cm from the camera.</source>
        <translation>Placez le code QR dans le cadre vert, à environ 20&#xa0;cm de la caméra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reference instead</source>
        <translation>Saisir plutôt la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this request</source>
        <translation>Continuer avec cette demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my ticket again</source>
        <translation>Réimprimer mon ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my request for the agent</source>
        <translation>L&apos;ajouter à ma demande pour l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your visit? Give your opinion</source>
        <translation>Comment s’est passée votre visite&#xa0;? Donnez votre avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel your ticket</source>
        <translation>Touchez encore pour annuler votre ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel my ticket</source>
        <translation>Annuler mon ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera is not available. You can type the reference written under the code instead.</source>
        <translation>La caméra n&apos;est pas disponible. Vous pouvez plutôt saisir la référence écrite sous le code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a code…</source>
        <translation>En attente d&apos;un code…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This code has been changed or forged: it cannot be used. An agent at the counter can help.</source>
        <translation>Ce code a été modifié ou falsifié&#xa0;: il ne peut pas être utilisé. Un agent au guichet peut vous aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was not made by a Jisr kiosk or centre we know. An agent at the counter can check it.</source>
        <translation>Ce code n&apos;a pas été créé par une borne ou un centre Jisr que nous connaissons. Un agent au guichet peut le vérifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired.</source>
        <translation>Ce code a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid yet.</source>
        <translation>Ce code n&apos;est pas encore valable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code cannot be read. Hold it still inside the frame, or type the reference.</source>
        <translation>Ce code est illisible. Tenez-le immobile dans le cadre, ou saisissez la référence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official address of %1: %2</source>
        <translatorcomment>%1 is a site&apos;s name such as &quot;Direction générale des impôts&quot;, so it is put in brackets rather than after &quot;de&quot;; %2 is the web address.</translatorcomment>
        <translation>Adresse officielle (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown address, it will not be opened: %1</source>
        <translation>Adresse inconnue, elle ne sera pas ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request is for a service not offered at this kiosk. Please ask at the counter.</source>
        <translation>Cette demande concerne un service qui n&apos;est pas proposé à cette borne. Veuillez vous adresser au guichet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translation>Le ticket %1 a été délivré dans un autre centre&#xa0;: veuillez vous renseigner au guichet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 has been served. Thank you for your visit.</source>
        <translation>Le ticket %1 a été servi. Merci de votre visite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1: looking up your place…</source>
        <translation>Ticket %1&#xa0;: recherche de votre place…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1. People ahead of you: %2. Estimated wait in minutes: %3.</source>
        <translation>Ticket %1. Personnes avant vous&#xa0;: %2. Attente estimée en minutes&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been called: please go to the counter now.</source>
        <translation>Le ticket %1 a été appelé&#xa0;: veuillez vous présenter au guichet maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is no longer in the queue.</source>
        <translation>Le ticket %1 n&apos;est plus dans la file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: the agent will see it with your request.</source>
        <translation>Ajouté&#xa0;: l&apos;agent le verra avec votre demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already with your request, or five codes are there already.</source>
        <translation>Ce code est déjà joint à votre demande, ou votre demande contient déjà cinq codes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ticket has been printed again.</source>
        <translation>Votre ticket a été réimprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translation>Le ticket n&apos;a pas pu être imprimé. Veuillez vous renseigner au guichet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translation>Votre ticket est annulé. Merci de nous avoir prévenus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translation>Ce ticket n&apos;était plus en attente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translation>Le ticket n&apos;a pas pu être annulé. Veuillez vous renseigner au guichet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translation>Aucun ticket avec ce numéro aujourd&apos;hui. Vérifiez le numéro, ou adressez-vous au guichet.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Your request made at home: %1. Check it, then continue.</source>
        <translation>Votre demande préparée à la maison&#xa0;: %1. Vérifiez-la, puis continuez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text read: %1</source>
        <translation>Texte lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="+60"/>
        <source>Search for a service</source>
        <translation>Chercher un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translation>Tapez quelques lettres du nom du service</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You can type the name in any language of this kiosk.</source>
        <translation>Vous pouvez écrire le nom dans n&apos;importe quelle langue de cette borne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No service matches. Try another word, or go back and choose a picture.</source>
        <translation>Aucun service ne correspond. Essayez un autre mot, ou revenez en arrière pour choisir une image.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Services found: %n</source>
        <translation>
            <numerusform>%n service trouvé.</numerusform>
            <numerusform>%n services trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/service_card.py" line="+154"/>
        <source>Handled by: %1</source>
        <translation>Traité par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring — tick what you have:</source>
        <translation>Documents à apporter — cochez ceux que vous avez&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document is needed.</source>
        <translation>Aucun document n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee: %1</source>
        <translation>Frais&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: ask at the counter</source>
        <translation>Frais&#xa0;: renseignez-vous au guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay: %1</source>
        <translation>Délai&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicative, last checked on %1</source>
        <translation>Informations indicatives, vérifiées le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also possible online:</source>
        <translation>Aussi possible en ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a ticket for this service</source>
        <translation>Prendre un ticket pour ce service</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+26"/>
        <source>Touch the service you need.</source>
        <translation>Touchez le service dont vous avez besoin.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../kiosk/ui/console/setup_view.py" line="+115"/>
        <source>Your counter</source>
        <translation>Votre guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter number</source>
        <translation>Numéro du guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service groups this counter serves</source>
        <translation>Groupes de services traités à ce guichet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the counter</source>
        <translation>Ouvrir le guichet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one group.</source>
        <translation>Choisissez au moins un groupe.</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_header.py" line="+87"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+340"/>
        <source>Checking the PIN…</source>
        <translation>Vérification du code PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before this account is locked: %1.</source>
        <translation>Code PIN incorrect. Essais restants avant le blocage de ce compte&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Ce compte est bloqué&#xa0;: réessayez dans %n&#xa0;min.</numerusform>
            <numerusform>Trop de codes PIN erronés. Ce compte est bloqué&#xa0;: réessayez dans %n&#xa0;min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN of this account cannot be checked. A supervisor must set it again.</source>
        <translation>Le code PIN de ce compte ne peut pas être vérifié. Un superviseur doit le définir à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Le code PIN n&apos;a pas pu être vérifié. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of staff could not be read. Close this screen and try again.</source>
        <translation>La liste du personnel n&apos;a pas pu être lue. Fermez cet écran et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot log in here any more. Ask a supervisor.</source>
        <translation>Ce compte ne peut plus se connecter ici. Adressez-vous à un superviseur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff account can log in here yet. A supervisor adds them with the command %1.</source>
        <translation>Aucun compte du personnel ne peut encore se connecter ici. Un superviseur les ajoute avec la commande %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field team</source>
        <translation>Équipe de terrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you? Touch your name.</source>
        <translation>Qui êtes-vous&#xa0;? Touchez votre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not you? Back to the names</source>
        <translation>Pas vous&#xa0;? Retour aux noms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN, then press OK.</source>
        <translation>Saisissez votre code PIN, puis appuyez sur OK.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_pin.py" line="+120"/>
        <source>Staff access</source>
        <translation>Accès du personnel</translation>
    </message>
</context>
<context>
    <name>StaffSyncScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_sync.py" line="+181"/>
        <source>Sync with the centre</source>
        <translation>Synchronisation avec le centre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events refused by the centre</source>
        <translation>Événements refusés par le centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>Adresse du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translation>Identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data version</source>
        <translation>Version des données de référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For support: %1</source>
        <translation>Pour le support&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not planned</source>
        <translation>Non prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled yet</source>
        <translation>Pas encore enrôlé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trying now…</source>
        <translation>Tentative en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync worked.</source>
        <translation>Synchronisation réussie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That try did not work.</source>
        <translation>Cette tentative a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: the kiosk keeps trying.</source>
        <translation>Pas encore de réponse&#xa0;: la borne continue d&apos;essayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start. Try again.</source>
        <translation>Impossible de lancer la synchronisation. Réessayez.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+146"/>
        <source>Event No. %1 will be sent again.</source>
        <translation>L&apos;événement n°%1 sera renvoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event No. %1 was discarded. It stays recorded on this kiosk.</source>
        <translation>L&apos;événement n°%1 a été écarté. Il reste enregistré sur cette borne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event No. %1 is no longer in the list.</source>
        <translation>L&apos;événement n°%1 n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translation>Cela n&apos;a pas fonctionné. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The list of refused events could not be read.</source>
        <translation>La liste des événements refusés n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused events (%1)</source>
        <translation>Événements refusés (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None. Every event the centre received was accepted.</source>
        <translation>Aucun. Tous les événements reçus par le centre ont été acceptés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest %1 of %2 are listed.</source>
        <translation>Les %1 plus anciens sur %2 sont affichés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry sends an event again; Discard sets it aside for good.</source>
        <translation>Réessayer renvoie l&apos;événement&#xa0;; Écarter le met de côté définitivement.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+151"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {current} of {total}</source>
        <translation>Étape {current} sur {total}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../kiosk/ui/sync_words.py" line="+20"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled</source>
        <translation>Non enrôlé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is in touch with the centre.</source>
        <translation>La borne est en liaison avec le centre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No link with the centre: events wait safely on this kiosk.</source>
        <translation>Pas de liaison avec le centre&#xa0;: les événements attendent en sécurité sur cette borne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>This device has been revoked. Call support.</source>
        <translation>Cet appareil a été révoqué. Appelez le support.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Events wait on this kiosk. Ask support to enrol it.</source>
        <translation>Les événements attendent sur cette borne. Demandez au support de l&apos;enrôler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre cannot be reached. Check the network cable or the Wi-Fi.</source>
        <translation>Le centre est injoignable. Vérifiez le câble réseau ou le Wi-Fi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre did not answer in time. The kiosk will try again.</source>
        <translation>Le centre n&apos;a pas répondu à temps. La borne va réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre had a problem on its side. The kiosk will try again.</source>
        <translation>Le centre a rencontré un problème de son côté. La borne va réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is busy and asked the kiosk to wait. It will try again by itself.</source>
        <translation>Le centre est occupé et a demandé à la borne de patienter. Elle réessaiera d&apos;elle-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre does not recognise this device. Call support to enrol it again.</source>
        <translation>Le centre ne reconnaît pas cet appareil. Appelez le support pour l&apos;enrôler à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre is missing events this kiosk no longer has. Nothing is skipped: call support.</source>
        <translation>Il manque au centre des événements que cette borne n&apos;a plus. Rien n&apos;est sauté&#xa0;: appelez le support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre gave an answer the kiosk does not understand. Call support if this lasts.</source>
        <translation>Le centre a donné une réponse que la borne ne comprend pas. Appelez le support si cela dure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s security certificate is not the expected one. Check the kiosk&apos;s date and time, then call support.</source>
        <translation>Le certificat de sécurité du centre n&apos;est pas celui attendu. Vérifiez la date et l&apos;heure de la borne, puis appelez le support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New reference data from the centre was refused. The kiosk keeps using the data it has.</source>
        <translation>De nouvelles données de référence du centre ont été refusées. La borne continue d&apos;utiliser celles qu&apos;elle a.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem (%1).</source>
        <translation>Problème inattendu (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today at %1</source>
        <translation>Aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not planned</source>
        <translation>Non prévue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n&#xa0;s</numerusform>
            <numerusform>dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n&#xa0;min</numerusform>
            <numerusform>dans %n&#xa0;min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+150"/>
        <source>Your ticket</source>
        <translation>Votre ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code later to see your place in the queue.</source>
        <translation>Scannez ce code plus tard pour voir votre place dans la file d&apos;attente.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Your number</source>
        <extracomment>Below this width (a 1024 px screen) the ticket is laid out as in large text.</extracomment>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued at %1</source>
        <translation>Émis à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ahead of you: %1</source>
        <translation>Personnes avant vous&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Attente estimée&#xa0;: environ %n minute</numerusform>
            <numerusform>Attente estimée&#xa0;: environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait: you are next</source>
        <translatorcomment>review: generic masculine, as on the printed ticket (assets/catalog/texts.json ticket.minutes#zero); &quot;vous passez juste après&quot; would be neutral.</translatorcomment>
        <translation>Attente estimée&#xa0;: vous êtes le prochain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translatorcomment>a line on the ticket: this visitor is served first (same word as the printed ticket).</translatorcomment>
        <translation>Prioritaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your printed ticket below the screen and wait until your number is called.</source>
        <translation>Prenez votre ticket imprimé sous l&apos;écran et attendez l&apos;appel de votre numéro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk does not print: please take a photo of your number and the code, and wait until your number is called.</source>
        <translation>Cette borne n&apos;imprime pas&#xa0;: prenez en photo votre numéro et le code, puis attendez l&apos;appel de votre numéro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please take a photo of this screen or write down your number; the agents have been told.</source>
        <translation>Le ticket n&apos;a pas pu être imprimé. Prenez une photo de cet écran ou notez votre numéro&#xa0;; les agents ont été prévenus.</translation>
    </message>
</context>
</TS>
