<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>A11yBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/a11y_bar.py" line="+218"/>
        <source>Voice</source>
        <extracomment>Width of the whole bar. the pictograms&apos; line width (of 24): lighter than the other icons, they are bigger</extracomment>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Grote tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice guidance: %1</source>
        <translation>Voorlezen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text: %1</source>
        <translation>Grote tekst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: %1</source>
        <translation>Hoog contrast: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat what the screen says</source>
        <translation>Herhalen wat het scherm zegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 van %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../kiosk/ui/accessibility.py" line="+180"/>
        <location line="+114"/>
        <source>Voice guidance is not available on this kiosk.</source>
        <extracomment>Each visit starts with these (the [accessibility] config keys to come). How a language with no voice of its own is named aloud: (voice language, name). Said once, in the languages that have a voice, to a visitor who chose a language without one (Tamazight) while voice guidance is on. To be reviewed by native speakers, like the welcome screen&apos;s words. At most this many languages say the notice above (Arabic and French first). index into :data:`~kiosk.devices.voice.VOLUME_STEPS` the look each widget was given (by id), when it is not the plain one</extracomment>
        <translation>Voorlezen kan niet op deze zuil.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Voice guidance on.</source>
        <translation>Voorlezen aan.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No voice in this language yet. To hear the screens, choose another language.</source>
        <translation>Er is nog geen stem in deze taal. Kies een andere taal om te luisteren.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../kiosk/ui/field/case_form.py" line="+249"/>
        <source>Your changes are not saved. Press Cancel again to leave without saving.</source>
        <extracomment>the story fields, each a text box</extracomment>
        <translation>Uw wijzigingen zijn niet opgeslagen. Druk nogmaals op Annuleren om te sluiten zonder op te slaan.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case of %1 (version %2)</source>
        <translation>Dossier van %1 (versie %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case</source>
        <translation>Dossier opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12345-A-6 or AB-123-CD</source>
        <translation>bijv. 12345-A-6 of AB-123-CD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, where and when</source>
        <translation>Wat er gebeurde, waar en wanneer</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kiosk/ui/field/case_list.py" line="+168"/>
        <source>Reading your cases…</source>
        <extracomment>the pause after the last key before the list is searched again the time zone times are shown in (None: this PC&apos;s)</extracomment>
        <translation>Uw dossiers worden gelezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case of yours matches this search.</source>
        <translation>Geen van uw dossiers past bij deze zoekopdracht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any case yet. Press New case to record one.</source>
        <translation>U hebt nog geen dossier vastgelegd. Druk op Nieuw dossier om er een vast te leggen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translation>
            <numerusform>%n wijziging op dit apparaat is nog niet bij het centrum: die gaat mee met de volgende synchronisatie, of op een USB-stick met een overdrachtsbestand.</numerusform>
            <numerusform>%n wijzigingen op dit apparaat zijn nog niet bij het centrum: ze gaan mee met de volgende synchronisatie, of op een USB-stick met een overdrachtsbestand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything on this device has reached the centre.</source>
        <translation>Alles op dit apparaat is bij het centrum aangekomen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search your cases: name, plate, words…</source>
        <translation>Zoek in uw dossiers: naam, kenteken, woorden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover file for a USB stick…</source>
        <translation>Overdrachtsbestand voor een USB-stick…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Kenteken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+105"/>
        <location line="+12"/>
        <source>Search by name</source>
        <extracomment>In large text, or on a narrow (1024 px) screen, two tiles a row: a long word (&quot;accompagnement&quot;) keeps on one line.</extracomment>
        <translation>Zoeken op naam</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Scan a QR code</source>
        <translation>Een QR-code scannen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which service do you need?</source>
        <translation>Welke dienst hebt u nodig?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture, or search by name.</source>
        <translation>Raak een afbeelding aan of zoek op naam.</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="+193"/>
        <location line="+1"/>
        <source>I have it</source>
        <translation>Heb ik</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="+209"/>
        <source>Your comment</source>
        <translation>Uw opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating: %1 out of 5 (%2). You may add a comment.</source>
        <translation>Uw score: %1 van 5 (%2). U kunt een opmerking toevoegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translation>
            <numerusform>De opmerking is niet verplicht. Ze wordt %n dag bewaard, dan gewist, en nooit aan andere bezoekers getoond.</numerusform>
            <numerusform>De opmerking is niet verplicht. Ze wordt %n dagen bewaard, dan gewist, en nooit aan andere bezoekers getoond.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>Uw opmerking (niet verplicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to make a complaint</source>
        <translation>Ik wil een klacht indienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location line="+60"/>
        <source>Make a complaint</source>
        <translation>Een klacht indienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kiosk does not handle complaints. Scan this code with your phone to make your complaint on %1, the national complaints portal.</source>
        <translation>Deze zuil behandelt geen klachten. Scan deze code met uw telefoon om uw klacht in te dienen op %1, het nationale klachtenportaal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my rating</source>
        <translation>Mijn score verzenden</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translation>Controleren en bevestigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Documents you have: %1 of %2</source>
        <translation>Documenten die u hebt: %1 van %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Codes scanned for the agent: %1</source>
        <translation>Gescande codes voor de medewerker: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translation>Geen persoonsgegevens: de medewerker vraagt ernaar aan de balie.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Priority requested</source>
        <translation>Voorrang gevraagd</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Confirm and print my ticket</source>
        <translation>Bevestigen en mijn ticket afdrukken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details you gave: %1</source>
        <translation>Gegevens die u hebt gegeven: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing your ticket…</source>
        <translation>Uw ticket wordt voorbereid…</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <location filename="../kiosk/ui/console/header.py" line="+77"/>
        <source>Counter %1</source>
        <translation>Balie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter console</source>
        <translation>Baliescherm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation>Groepen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counter settings</source>
        <translation>Instellingen van de balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <location line="+25"/>
        <source>CUT OFF from the hall server since %1. The queue shown is from %2. Actions are kept on this PC and sent when it returns; Call next is off until then.</source>
        <translation>AFGESNEDEN van de zaalserver sinds %1. De getoonde rij is van %2. Handelingen blijven op deze pc en gaan weg zodra hij terug is; &apos;Volgende oproepen&apos; staat tot dan uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUT OFF from the hall server since %1. The queue cannot be shown until it answers.</source>
        <translation>AFGESNEDEN van de zaalserver sinds %1. De rij kan pas getoond worden als hij antwoordt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s queue: every action is recorded here.</source>
        <translation>Rij van deze pc: elke handeling wordt hier vastgelegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the hall server.</source>
        <translation>Verbonden met de zaalserver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue from the hall server…</source>
        <translation>De rij wordt van de zaalserver gelezen…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console/window.py" line="+389"/>
        <source>Queue</source>
        <extracomment>how often the queue is read while the counter is open the type names a worker job reports when the hall server cannot be reached (``kiosk.errors.HallUnreachable`` and the hall queue&apos;s subclasses of it) words of the last action&apos;s result, re-said in the new language on a switch the bar&apos;s parts, as the window&apos;s (tests and scripts reach them here)</extracomment>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
</context>
<context>
    <name>ConsoleWords</name>
    <message>
        <location filename="../kiosk/ui/console/words.py" line="+21"/>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>Documenten ontbreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>65 or older</source>
        <translation>65 jaar of ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Zwangerschap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a small child</source>
        <translation>Met een klein kind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genuine: signature checked</source>
        <translation>Echt: handtekening gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORGED or changed: do not accept</source>
        <translation>VERVALST of gewijzigd: niet aanvaarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown issuer: check it</source>
        <translation>Ondertekend door een onbekende uitgever: controleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid yet</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translation>Onleesbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an official site</source>
        <translation>Adres van een officiële site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown address (never opened)</source>
        <translation>Onbekend adres (nooit geopend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: nothing to check</source>
        <translation>Gewone tekst: niets te controleren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jisr ticket</source>
        <extracomment>verdicts an agent must look at twice</extracomment>
        <translation>Jisr-ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>Voorinschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is waiting for your groups.</source>
        <translation>Niemand wacht voor uw groepen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not come: marked as no-show.</source>
        <translation>%1 is niet gekomen: genoteerd als afwezig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not come after %2 recalls: marked as no-show.</source>
        <translation>%1 is na %2 herhaalde oproepen niet gekomen: genoteerd als afwezig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 called to counter %2.</source>
        <translation>%1 opgeroepen naar balie %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recalled (%2 of %3).</source>
        <translation>%1 opnieuw opgeroepen (%2 van %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 served: %2.</source>
        <translation>%1 geholpen: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent to group %2. It keeps its place in line.</source>
        <translation>%1 naar groep %2 gestuurd. Het houdt zijn plaats in de rij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this PC: it will be sent to the hall server as soon as it answers.</source>
        <translation>Bewaard op deze pc: het gaat naar de zaalserver zodra die antwoordt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hall server cannot be reached: nothing was called.</source>
        <translation>De zaalserver is niet bereikbaar: er is niemand opgeroepen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hall server cannot be reached: nothing was changed. Try again.</source>
        <translation>De zaalserver is niet bereikbaar: er is niets veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket has moved meanwhile (another counter was quicker, or it was already closed). The queue was read again.</source>
        <translation>Dit ticket is intussen veranderd (een andere balie was sneller, of het was al afgesloten). De rij is opnieuw gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC could not record it (its storage may be full or read-only). Nothing was changed.</source>
        <translation>Deze pc kon het niet vastleggen (de opslag is misschien vol of alleen-lezen). Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was refused: nothing was changed.</source>
        <translation>Dat werd geweigerd: er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: nothing was changed. The queue was read again.</source>
        <translation>Er ging iets mis: er is niets veranderd. De rij is opnieuw gelezen.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+34"/>
        <source>Please go to the counter</source>
        <translatorcomment>review: &apos;balie&apos; (Netherlands); Belgian offices say &apos;loket&apos;. Same word in every message.</translatorcomment>
        <translation>Ga naar de balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk cannot issue a ticket right now. Please go to the reception counter: an agent will help you. Nothing you typed has been kept.</source>
        <translatorcomment>review: &apos;zuil&apos; (as in informatiezuil) for the kiosk; same word in every message.</translatorcomment>
        <translation>Sorry, deze zuil kan nu geen ticket geven. Ga naar de receptiebalie: een medewerker helpt u verder. Niets van wat u hebt ingetypt is bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../kiosk/ui/console/current_ticket.py" line="+312"/>
        <source>At your counter</source>
        <extracomment>keyboard shortcuts of the actions (the agent&apos;s PC has a real keyboard)</extracomment>
        <translation>Aan uw balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next</source>
        <translation>Volgende oproepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve…</source>
        <translation>Helpen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Doorsturen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the visit end? Add a note if useful (Ctrl+Enter records).</source>
        <translation>Hoe is het bezoek afgelopen? Voeg zo nodig een notitie toe (Ctrl+Enter legt vast).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the file (optional)</source>
        <translation>Notitie voor het dossier (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Uitkomst vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send this ticket to wait in another group. It keeps its place in line.</source>
        <translation>Dit ticket in een andere groep laten wachten. Het houdt zijn plaats in de rij.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall %1/%2</source>
        <translation>Opnieuw oproepen %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket at your counter.</source>
        <translation>Geen ticket aan uw balie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call next calls the first waiting ticket of your groups: priority first, then the oldest.</source>
        <translation>&apos;Volgende oproepen&apos; roept het eerste wachtende ticket van uw groepen op: eerst voorrang, dan het oudste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling waits until the hall server answers again.</source>
        <translation>Oproepen wacht tot de zaalserver weer antwoordt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PRIORITY: %1</source>
        <translation>VOORRANG: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred from %1</source>
        <translation>Doorgestuurd vanuit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued at %1 (%2 ago)</source>
        <translation>Uitgegeven om %1 (%2 geleden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called at %1</source>
        <translation>opgeroepen om %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+133"/>
        <source>%1 · No. %2</source>
        <translation>%1 · nr. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Aangemaakt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the centre: %1</source>
        <translation>Geweigerd door het centrum: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard event No. %1? It will never be sent; it stays recorded on this kiosk as discarded.</source>
        <translation>Gebeurtenis nr. %1 verwerpen? Ze wordt nooit verzonden; ze blijft op deze zuil vastgelegd als verworpen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, discard</source>
        <translation>Ja, verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>Nee, bewaren</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+173"/>
        <source>Your details</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details help the agent prepare your file. Fields marked * are needed.</source>
        <translation>Met deze gegevens kan de medewerker uw dossier voorbereiden. Velden met een * zijn verplicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needed: %1</source>
        <translation>Verplicht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: %1</source>
        <translation>Optioneel: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../kiosk/ui/console/details_view.py" line="+83"/>
        <source>The visitor&apos;s request</source>
        <extracomment>a scanned code&apos;s text is cut to this many characters on screen</extracomment>
        <translation>De aanvraag van de bezoeker</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request cannot be read while the hall server is cut off. Ask the visitor for their papers.</source>
        <translation>De aanvraag kan niet gelezen worden zolang de zaalserver afgesneden is. Vraag de bezoeker om zijn papieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call a ticket to see what the visitor asked for.</source>
        <translation>Roep een ticket op om te zien wat de bezoeker vroeg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translation>Ingevuld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing: the visitor typed no details.</source>
        <translation>Niets: de bezoeker heeft geen gegevens ingevuld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents brought</source>
        <translation>Meegebrachte documenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translation>Niet aangevinkt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanned codes: %1</source>
        <translation>Gescande codes: %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-251"/>
        <source>Very bad</source>
        <translation>Heel slecht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translation>Slecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Heel goed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your opinion could not be saved. It may have been given already for this ticket.</source>
        <translation>Uw mening kon niet worden bewaard. Misschien is ze al gegeven voor dit ticket.</translation>
    </message>
</context>
<context>
    <name>FeedbackThanksScreen</name>
    <message>
        <location line="+284"/>
        <source>Thank you</source>
        <translation>Dank u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your opinion: it helps us serve visitors better.</source>
        <translation>Dank u voor uw mening: zo kunnen we bezoekers beter helpen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>FieldHeader</name>
    <message>
        <location filename="../kiosk/ui/field/window.py" line="+118"/>
        <source>Field cases — Opération Marhaba</source>
        <extracomment>the form&apos;s inputs sized for a field laptop (1366x768) rather than a kiosk&apos;s 24&quot; screen the roles that log in here a folder picker: the window&apos;s parent, the title; the folder chosen or None</extracomment>
        <translation>Dossiers ter plaatse — Opération Marhaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location line="+247"/>
        <source>Case saved (version %1). It is on this device and goes to the centre with the next sync or handover file.</source>
        <extracomment>bumped at each login and lock: a job&apos;s answer from an earlier session is dropped</extracomment>
        <translation>Dossier opgeslagen (versie %1). Het staat op dit apparaat en gaat naar het centrum met de volgende synchronisatie of het volgende overdrachtsbestand.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where is the USB stick?</source>
        <translation>Waar is de USB-stick?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the handover file…</source>
        <translation>Overdrachtsbestand wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translation>
            <numerusform>Overdrachtsbestand geschreven en versleuteld voor het centrum: %1 (%n wijziging). Geef de stick aan een verbonden Jisr-computer: ‘kiosk import’.</numerusform>
            <numerusform>Overdrachtsbestand geschreven en versleuteld voor het centrum: %1 (%n wijzigingen). Geef de stick aan een verbonden Jisr-computer: ‘kiosk import’.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../kiosk/ui/field/words.py" line="+18"/>
        <source>Medical</source>
        <translation>Medisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>Administratief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs</source>
        <translation>Douane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Juridisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of assistance</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>Naam van de persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Woonland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate (optional)</source>
        <translation>Kenteken (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please fill in: %1.</source>
        <translation>Vul dit in: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long. Please shorten it.</source>
        <translation>‘%1’ is te lang. Maak het korter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle plate may hold letters, digits, spaces and dashes only.</source>
        <translation>Het kenteken mag alleen letters, cijfers, spaties en streepjes bevatten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds characters that cannot be saved.</source>
        <translation>‘%1’ bevat tekens die niet kunnen worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not one of yours, or it no longer exists.</source>
        <translation>Dit dossier is niet van u, of het bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case could not be saved. Nothing was changed.</source>
        <translation>Het dossier kon niet worden opgeslagen. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not enrolled at the centre, so it cannot write a handover file. Ask your supervisor to enrol it.</source>
        <translation>Dit apparaat is niet aangemeld bij het centrum en kan dus geen overdrachtsbestand schrijven. Vraag uw leidinggevende om het aan te melden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has not received the centre&apos;s key yet. Connect it to the network once and let it sync, then save the handover file again.</source>
        <translation>Dit apparaat heeft de sleutel van het centrum nog niet ontvangen. Verbind het één keer met het netwerk en laat het synchroniseren; sla daarna het overdrachtsbestand opnieuw op.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover file could not be written there. Check that the USB stick is plugged in and not full, then try again.</source>
        <translation>Het overdrachtsbestand kon daar niet worden geschreven. Controleer of de USB-stick is aangesloten en niet vol is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover file could not be written. Nothing was changed.</source>
        <translation>Het overdrachtsbestand kon niet worden geschreven. Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases&apos; storage cannot be reached right now. Nothing was lost; please try again.</source>
        <translation>De opslag van de dossiers is nu niet bereikbaar. Er is niets verloren gegaan; probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Er ging iets mis. Er is niets verloren gegaan; probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>France</source>
        <extracomment>ISO codes of the countries most Moroccans living abroad reside in, in this order</extracomment>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Zweden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Noorwegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Ierland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Verenigde Arabische Emiraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Saoedi-Arabië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algerije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunesië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turkije</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not given —</source>
        <extracomment>languages a person may speak, each named in itself (code -&gt; name)</extracomment>
        <translation>— niet opgegeven —</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="-160"/>
        <source>This detail is needed for this service.</source>
        <translation>Dit gegeven is nodig voor deze dienst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long.</source>
        <translation>Dit is te lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Gebruik alleen letters (spaties, koppeltekens en apostroffen mogen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Start with + and the country code, for example +33 6 12 34 56 78.</source>
        <translation>Dit telefoonnummer is niet geldig. Begin met + en de landcode, bijvoorbeeld +31 6 12345678.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNIE number is 1 or 2 letters then up to 6 digits, for example AB123456.</source>
        <translation>Een CNIE-nummer bestaat uit 1 of 2 letters en daarna maximaal 6 cijfers, bijvoorbeeld AB123456.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation>Een paspoortnummer heeft 6 tot 12 letters en cijfers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a CNIE number (for example AB123456) or a passport number.</source>
        <translation>Typ een CNIE-nummer (bijvoorbeeld AB123456) of een paspoortnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>Kies een land uit de lijst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid, for example name@example.com.</source>
        <translation>Dit e-mailadres is niet geldig. Een geldig voorbeeld: naam@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plate number has 2 to 15 letters and digits.</source>
        <translation>Een kenteken heeft 2 tot 15 letters en cijfers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this detail.</source>
        <translation>Controleer dit gegeven.</translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+143"/>
        <source>Do you need more time?</source>
        <translation>Hebt u meer tijd nodig?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Returning to the start in %n s</source>
        <translation>
            <numerusform>Terug naar het begin over %n seconde</numerusform>
            <numerusform>Terug naar het begin over %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need more time</source>
        <translation>Ja, ik heb meer tijd nodig</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/notice.py" line="+51"/>
        <source>Your personal data</source>
        <translation>Uw persoonsgegevens</translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+123"/>
        <source>Counter console</source>
        <translation>Baliescherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>Voer de pincode van het personeel in en druk op OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK or Enter.</source>
        <translation>Voer de personeelspincode in en druk op OK of Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screen is for kiosk staff only. Visitors: press Close to go back to the start.</source>
        <translation>Dit scherm is alleen voor het personeel van de zuil. Bezoekers: druk op Sluiten om terug te gaan naar het begin.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Staff access is not set up on this kiosk. An administrator sets a staff PIN with the command &quot;kiosk staff-pin&quot;, then restarts the kiosk.</source>
        <translation>Toegang voor personeel is op deze zuil niet ingesteld. Een beheerder stelt een pincode in met het commando ‘kiosk staff-pin’ en start de zuil daarna opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN is set on this PC. An administrator sets one with the command &quot;kiosk staff-pin&quot;.</source>
        <translation>Op deze pc is geen personeelspincode ingesteld. Een beheerder stelt er een in met de opdracht &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translation>Pincode wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a one-minute pause: %1.</source>
        <translation>Onjuiste pincode. Resterende pogingen vóór een pauze van een minuut: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translation>
            <numerusform>Te veel onjuiste pincodes. Het toetsenblok is gepauzeerd: probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel onjuiste pincodes. Het toetsenblok is gepauzeerd: probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff PIN setting of this kiosk is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>De instelling van de personeelspincode op deze zuil is beschadigd. Stel die opnieuw in met ‘kiosk staff-pin’.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff PIN setting of this PC is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>De instelling van de personeelspincode op deze pc is beschadigd. Stel hem opnieuw in met &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>De pincode kon niet worden gecontroleerd. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+160"/>
        <source>space</source>
        <translation>spatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK, done</source>
        <translation>OK, klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translation>Laatste letter wissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letter</source>
        <translation>Hoofdletter</translation>
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
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>PIN digits typed: %1</source>
        <translation>Ingetypte cijfers van de pincode: %1</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/priority.py" line="+38"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some visitors are served first. Does one of these apply to you? An agent may ask for proof.</source>
        <translation>Sommige bezoekers worden eerst geholpen. Is een van deze situaties op u van toepassing? Een medewerker kan om een bewijs vragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am 65 or older</source>
        <translation>Ik ben 65 jaar of ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a disability</source>
        <translation>Ik heb een handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Ik ben zwanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am with a baby or small child</source>
        <translation>Ik ben hier met een baby of een klein kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, continue without priority</source>
        <translation>Nee, doorgaan zonder voorrang</translation>
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
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1</source>
        <translation>Wachtend: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue has not been read yet.</source>
        <translation>De rij is nog niet gelezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this counter&apos;s groups.</source>
        <translation>Niemand wacht voor de groepen van deze balie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In calling order: priority tickets first, then the oldest. Priority tickets: %1.</source>
        <translation>In volgorde van oproepen: eerst voorrang, dan de oudste. Voorrangstickets: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority: %1</source>
        <translation>Voorrang: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred from %1</source>
        <translation>Doorgestuurd vanuit %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-199"/>
        <source>How was your visit?</source>
        <translation>Hoe was uw bezoek?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a number: 1 is very bad, 5 is very good. Then you can add a comment, or make a complaint.</source>
        <translation>Raak een cijfer aan: 1 is heel slecht, 5 is heel goed. Daarna kunt u een opmerking toevoegen of een klacht indienen.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+263"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents (addresses, text) may go with the request for the agent to check. What a visitor typed that reads as a ticket number (not a scanned, signed ticket).</extracomment>
        <translation>Een code scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the green frame, about 20 cm from the camera.</source>
        <translation>Houd de QR-code in het groene kader, ongeveer 20 cm van de camera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reference instead</source>
        <translation>De referentie intypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this request</source>
        <translation>Doorgaan met deze aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my ticket again</source>
        <translation>Mijn ticket opnieuw afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my request for the agent</source>
        <translation>Toevoegen aan mijn aanvraag voor de medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your visit? Give your opinion</source>
        <translation>Hoe was uw bezoek? Geef uw mening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel your ticket</source>
        <translation>Tik nogmaals om uw ticket te annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel my ticket</source>
        <translation>Mijn ticket annuleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera is not available. You can type the reference written under the code instead.</source>
        <translation>De camera is niet beschikbaar. U kunt ook de referentie intypen die onder de code staat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a code…</source>
        <translation>Wachten op een code…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This code has been changed or forged: it cannot be used. An agent at the counter can help.</source>
        <translation>Deze code is gewijzigd of vervalst: hij kan niet worden gebruikt. Een medewerker aan de balie kan u helpen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was not made by a Jisr kiosk or centre we know. An agent at the counter can check it.</source>
        <translation>Deze code is niet gemaakt door een Jisr-zuil of -centrum dat wij kennen. Een medewerker aan de balie kan hem controleren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired.</source>
        <translation>Deze code is verlopen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid yet.</source>
        <translation>Deze code is nog niet geldig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code cannot be read. Hold it still inside the frame, or type the reference.</source>
        <translation>Deze code is niet leesbaar. Houd hem stil binnen het kader, of typ de referentie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official address of %1: %2</source>
        <translation>Officieel adres van %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown address, it will not be opened: %1</source>
        <translation>Onbekend adres, het wordt niet geopend: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request is for a service not offered at this kiosk. Please ask at the counter.</source>
        <translation>Deze aanvraag is voor een dienst die deze zuil niet aanbiedt. Vraag het aan de balie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request made at home: %1. Check it, then continue.</source>
        <translation>Uw aanvraag, thuis voorbereid: %1. Controleer deze en ga dan verder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text read: %1</source>
        <translation>Gelezen tekst: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translation>Ticket %1 is van een andere locatie: vraag het aan de balie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 has been served. Thank you for your visit.</source>
        <translation>Ticket %1 is geholpen. Dank u voor uw bezoek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1: looking up your place…</source>
        <translation>Ticket %1: uw plaats wordt opgezocht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1. People ahead of you: %2. Estimated wait in minutes: %3.</source>
        <translation>Ticket %1. Mensen voor u: %2. Geschatte wachttijd in minuten: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been called: please go to the counter now.</source>
        <translation>Ticket %1 is opgeroepen: ga nu naar de balie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is no longer in the queue.</source>
        <translation>Ticket %1 staat niet meer in de wachtrij.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: the agent will see it with your request.</source>
        <translation>Toegevoegd: de medewerker ziet het bij uw aanvraag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already with your request, or five codes are there already.</source>
        <translation>Deze code hoort al bij uw aanvraag, of er zijn al vijf codes toegevoegd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ticket has been printed again.</source>
        <translation>Uw ticket is opnieuw afgedrukt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translation>Het ticket kon niet worden afgedrukt. Vraag het aan de balie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translation>Uw ticket is geannuleerd. Bedankt dat u het ons liet weten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translation>Dit ticket stond niet meer in de wachtrij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translation>Het ticket kon niet worden geannuleerd. Vraag het aan de balie.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translation>Vandaag is er geen ticket met dit nummer. Controleer het nummer of vraag het aan de balie.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="+60"/>
        <source>Search for a service</source>
        <translation>Een dienst zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translation>Typ een paar letters van de naam van de dienst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You can type the name in any language of this kiosk.</source>
        <translation>U kunt de naam typen in elke taal van deze zuil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No service matches. Try another word, or go back and choose a picture.</source>
        <translation>Geen enkele dienst komt overeen. Probeer een ander woord, of ga terug en kies een afbeelding.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Services found: %n</source>
        <translation>
            <numerusform>%n dienst gevonden.</numerusform>
            <numerusform>%n diensten gevonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/service_card.py" line="+154"/>
        <source>Handled by: %1</source>
        <translation>Behandeld door: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring — tick what you have:</source>
        <translation>Mee te brengen documenten — vink aan wat u hebt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document is needed.</source>
        <translation>Er is geen document nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: ask at the counter</source>
        <translation>Kosten: vraag het aan de balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay: %1</source>
        <translation>Termijn: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicative, last checked on %1</source>
        <translation>Ter indicatie, laatst gecontroleerd op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also possible online:</source>
        <translation>Ook online mogelijk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a ticket for this service</source>
        <translation>Een ticket nemen voor deze dienst</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+26"/>
        <source>Touch the service you need.</source>
        <translation>Raak de dienst aan die u nodig hebt.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../kiosk/ui/console/setup_view.py" line="+115"/>
        <source>Your counter</source>
        <translation>Uw balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter number</source>
        <translation>Balienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service groups this counter serves</source>
        <translation>Dienstgroepen die deze balie helpt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the counter</source>
        <translation>Balie openen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one group.</source>
        <translation>Kies minstens één groep.</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_header.py" line="+87"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+340"/>
        <source>Checking the PIN…</source>
        <translation>Pincode wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before this account is locked: %1.</source>
        <translation>Onjuiste pincode. Resterende pogingen voordat dit account wordt geblokkeerd: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translation>
            <numerusform>Te veel onjuiste pincodes. Dit account is geblokkeerd: probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Te veel onjuiste pincodes. Dit account is geblokkeerd: probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN of this account cannot be checked. A supervisor must set it again.</source>
        <translation>De pincode van dit account kan niet worden gecontroleerd. Een leidinggevende moet die opnieuw instellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>De pincode kon niet worden gecontroleerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of staff could not be read. Close this screen and try again.</source>
        <translation>De lijst van het personeel kon niet worden gelezen. Sluit dit scherm en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot log in here any more. Ask a supervisor.</source>
        <translation>Dit account kan hier niet meer inloggen. Vraag het aan een leidinggevende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff account can log in here yet. A supervisor adds them with the command %1.</source>
        <translation>Er kan hier nog geen personeelsaccount inloggen. Een leidinggevende voegt ze toe met het commando %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translatorcomment>review: &apos;leidinggevende&apos; for supervisor; &apos;teamleider&apos; is another choice.</translatorcomment>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field team</source>
        <translation>Veldteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you? Touch your name.</source>
        <translation>Wie bent u? Tik op uw naam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not you? Back to the names</source>
        <translation>Niet u? Terug naar de namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN, then press OK.</source>
        <translation>Voer uw pincode in en druk op OK.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_pin.py" line="+120"/>
        <source>Staff access</source>
        <translation>Toegang personeel</translation>
    </message>
</context>
<context>
    <name>StaffSyncScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_sync.py" line="+181"/>
        <source>Sync with the centre</source>
        <translation>Synchronisatie met het centrum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events waiting to be sent</source>
        <translation>Gebeurtenissen die wachten op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events refused by the centre</source>
        <translation>Gebeurtenissen geweigerd door het centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>Laatste geslaagde synchronisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>Laatste poging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>Adres van het centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translation>Apparaat-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data version</source>
        <translation>Versie van de referentiegegevens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last error: %1</source>
        <translation>Laatste fout: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For support: %1</source>
        <translation>Voor support: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not planned</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled yet</source>
        <translation>Nog niet aangemeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trying now…</source>
        <translation>Bezig met proberen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync worked.</source>
        <translation>Synchronisatie gelukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That try did not work.</source>
        <translation>Die poging is mislukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: the kiosk keeps trying.</source>
        <translation>Nog geen antwoord: de zuil blijft het proberen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start. Try again.</source>
        <translation>Kon niet starten. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+146"/>
        <source>Event No. %1 will be sent again.</source>
        <translation>Gebeurtenis nr. %1 wordt opnieuw verzonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event No. %1 was discarded. It stays recorded on this kiosk.</source>
        <translation>Gebeurtenis nr. %1 is verworpen. Ze blijft op deze zuil vastgelegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event No. %1 is no longer in the list.</source>
        <translation>Gebeurtenis nr. %1 staat niet meer in de lijst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translation>Dat is niet gelukt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The list of refused events could not be read.</source>
        <translation>De lijst met geweigerde gebeurtenissen kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused events (%1)</source>
        <translation>Geweigerde gebeurtenissen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None. Every event the centre received was accepted.</source>
        <translation>Geen. Elke gebeurtenis die het centrum ontving, is aanvaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest %1 of %2 are listed.</source>
        <translation>De oudste %1 van %2 worden getoond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry sends an event again; Discard sets it aside for good.</source>
        <translation>‘Opnieuw verzenden’ stuurt een gebeurtenis nog eens; ‘Verwerpen’ legt ze definitief opzij.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+151"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {current} of {total}</source>
        <translation>Stap {current} van {total}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../kiosk/ui/sync_words.py" line="+20"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is in touch with the centre.</source>
        <translation>De zuil staat in verbinding met het centrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No link with the centre: events wait safely on this kiosk.</source>
        <translation>Geen verbinding met het centrum: gebeurtenissen wachten veilig op deze zuil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>This device has been revoked. Call support.</source>
        <translation>Dit apparaat is ingetrokken. Bel support.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Events wait on this kiosk. Ask support to enrol it.</source>
        <translation>Gebeurtenissen wachten op deze zuil. Vraag support om de zuil aan te melden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre cannot be reached. Check the network cable or the Wi-Fi.</source>
        <translation>Het centrum is onbereikbaar. Controleer de netwerkkabel of de wifi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre did not answer in time. The kiosk will try again.</source>
        <translation>Het centrum heeft niet op tijd geantwoord. De zuil probeert het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre had a problem on its side. The kiosk will try again.</source>
        <translation>Het centrum had een probleem aan zijn kant. De zuil probeert het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is busy and asked the kiosk to wait. It will try again by itself.</source>
        <translation>Het centrum is druk bezet en vroeg de zuil te wachten. De zuil probeert het vanzelf opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre does not recognise this device. Call support to enrol it again.</source>
        <translation>Het centrum herkent dit apparaat niet. Bel support om het opnieuw aan te melden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre is missing events this kiosk no longer has. Nothing is skipped: call support.</source>
        <translation>Het centrum mist gebeurtenissen die deze zuil niet meer heeft. Er wordt niets overgeslagen: bel support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre gave an answer the kiosk does not understand. Call support if this lasts.</source>
        <translation>Het centrum gaf een antwoord dat de zuil niet begrijpt. Bel support als dit aanhoudt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s security certificate is not the expected one. Check the kiosk&apos;s date and time, then call support.</source>
        <translation>Het beveiligingscertificaat van het centrum is niet het verwachte. Controleer de datum en tijd van de zuil en bel dan support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New reference data from the centre was refused. The kiosk keeps using the data it has.</source>
        <translation>Nieuwe referentiegegevens van het centrum zijn geweigerd. De zuil blijft de gegevens gebruiken die ze al heeft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem (%1).</source>
        <translation>Onverwacht probleem (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today at %1</source>
        <translation>Vandaag om %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not planned</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>in %n s</source>
        <translation>
            <numerusform>over %n s</numerusform>
            <numerusform>over %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>over %n min</numerusform>
            <numerusform>over %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+150"/>
        <source>Your ticket</source>
        <translation>Uw ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code later to see your place in the queue.</source>
        <translation>Scan deze code later om uw plaats in de wachtrij te zien.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Your number</source>
        <extracomment>Below this width (a 1024 px screen) the ticket is laid out as in large text.</extracomment>
        <translation>Uw nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued at %1</source>
        <translation>Uitgegeven om %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ahead of you: %1</source>
        <translation>Mensen voor u: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Geschatte wachttijd: ongeveer %n minuut</numerusform>
            <numerusform>Geschatte wachttijd: ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait: you are next</source>
        <translation>Geschatte wachttijd: u bent de volgende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your printed ticket below the screen and wait until your number is called.</source>
        <translation>Neem uw afgedrukte ticket onder het scherm en wacht tot uw nummer wordt opgeroepen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk does not print: please take a photo of your number and the code, and wait until your number is called.</source>
        <translation>Deze zuil drukt niet af: maak een foto van uw nummer en de code, en wacht tot uw nummer wordt opgeroepen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please take a photo of this screen or write down your number; the agents have been told.</source>
        <translation>Het ticket kon niet worden afgedrukt. Maak een foto van dit scherm of schrijf uw nummer op; de medewerkers zijn op de hoogte gebracht.</translation>
    </message>
</context>
</TS>
