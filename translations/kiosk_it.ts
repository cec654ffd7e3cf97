<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>A11yBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/a11y_bar.py" line="+218"/>
        <source>Voice</source>
        <extracomment>Width of the whole bar. the pictograms&apos; line width (of 24): lighter than the other icons, they are bigger</extracomment>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Testo grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Contrasto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice guidance: %1</source>
        <translation>Lettura ad alta voce: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text: %1</source>
        <translation>Testo grande: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: %1</source>
        <translation>Contrasto elevato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat what the screen says</source>
        <translation>Ripeti ciò che dice lo schermo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 di %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../kiosk/ui/accessibility.py" line="+180"/>
        <location line="+114"/>
        <source>Voice guidance is not available on this kiosk.</source>
        <extracomment>Each visit starts with these (the [accessibility] config keys to come). How a language with no voice of its own is named aloud: (voice language, name). Said once, in the languages that have a voice, to a visitor who chose a language without one (Tamazight) while voice guidance is on. To be reviewed by native speakers, like the welcome screen&apos;s words. At most this many languages say the notice above (Arabic and French first). index into :data:`~kiosk.devices.voice.VOLUME_STEPS` the look each widget was given (by id), when it is not the plain one</extracomment>
        <translation>Questo totem non può leggere ad alta voce.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Voice guidance on.</source>
        <translation>Lettura ad alta voce attivata.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No voice in this language yet. To hear the screens, choose another language.</source>
        <translation>Questa lingua non ha ancora una voce. Per sentire, scegli un&apos;altra lingua.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../kiosk/ui/field/case_form.py" line="+249"/>
        <source>Your changes are not saved. Press Cancel again to leave without saving.</source>
        <extracomment>the story fields, each a text box</extracomment>
        <translation>Le modifiche non sono salvate. Premi di nuovo Annulla per uscire senza salvare.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case of %1 (version %2)</source>
        <translation>Caso di %1 (versione %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case</source>
        <translation>Salva il caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12345-A-6 or AB-123-CD</source>
        <translation>es. 12345-A-6 o AB-123-CD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, where and when</source>
        <translation>Cosa è successo, dove e quando</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kiosk/ui/field/case_list.py" line="+168"/>
        <source>Reading your cases…</source>
        <extracomment>the pause after the last key before the list is searched again the time zone times are shown in (None: this PC&apos;s)</extracomment>
        <translation>Lettura dei tuoi casi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case of yours matches this search.</source>
        <translation>Nessuno dei tuoi casi corrisponde a questa ricerca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any case yet. Press New case to record one.</source>
        <translation>Non hai ancora registrato nessun caso. Premi Nuovo caso per registrarne uno.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translation>
            <numerusform>%n modifica su questo dispositivo non è ancora arrivata al centro: partirà con la prossima sincronizzazione, o su una chiavetta USB con un file di consegna.</numerusform>
            <numerusform>%n modifiche su questo dispositivo non sono ancora arrivate al centro: partiranno con la prossima sincronizzazione, o su una chiavetta USB con un file di consegna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything on this device has reached the centre.</source>
        <translation>Tutto ciò che è su questo dispositivo è arrivato al centro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search your cases: name, plate, words…</source>
        <translation>Cerca nei tuoi casi: nome, targa, parole…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover file for a USB stick…</source>
        <translation>File di consegna per una chiavetta USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Targa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+105"/>
        <location line="+12"/>
        <source>Search by name</source>
        <extracomment>In large text, or on a narrow (1024 px) screen, two tiles a row: a long word (&quot;accompagnement&quot;) keeps on one line.</extracomment>
        <translation>Cerca per nome</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Scan a QR code</source>
        <translation>Scansiona un codice QR</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which service do you need?</source>
        <translatorcomment>review: the visitor is addressed with &apos;tu&apos; throughout, as on the welcome screen and in Italian public-service apps; switch every message to &apos;Lei&apos; if the reviewer prefers.</translatorcomment>
        <translation>Di quale servizio hai bisogno?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture, or search by name.</source>
        <translation>Tocca un&apos;immagine o cerca per nome.</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="+193"/>
        <location line="+1"/>
        <source>I have it</source>
        <translation>Ce l&apos;ho</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="+209"/>
        <source>Your comment</source>
        <translation>Il tuo commento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating: %1 out of 5 (%2). You may add a comment.</source>
        <translation>Il tuo voto: %1 su 5 (%2). Puoi aggiungere un commento.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translation>
            <numerusform>Il commento è facoltativo. È conservato %n giorno, poi cancellato, e mai mostrato ad altri visitatori.</numerusform>
            <numerusform>Il commento è facoltativo. È conservato %n giorni, poi cancellato, e mai mostrato ad altri visitatori.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>Il tuo commento (facoltativo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to make a complaint</source>
        <translation>Voglio fare un reclamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location line="+60"/>
        <source>Make a complaint</source>
        <translation>Fare un reclamo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kiosk does not handle complaints. Scan this code with your phone to make your complaint on %1, the national complaints portal.</source>
        <translation>Questo totem non gestisce i reclami. Inquadra questo codice con il telefono per fare il tuo reclamo su %1, il portale nazionale dei reclami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my rating</source>
        <translation>Invia il mio voto</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translation>Controlla e conferma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Documents you have: %1 of %2</source>
        <translation>Documenti che hai: %1 su %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Codes scanned for the agent: %1</source>
        <translation>Codici scansionati per l&apos;operatore: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translation>Nessun dato personale: te li chiederanno allo sportello.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Priority requested</source>
        <translation>Priorità richiesta</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Confirm and print my ticket</source>
        <translation>Conferma e stampa il mio biglietto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details you gave: %1</source>
        <translation>Dati che hai fornito: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing your ticket…</source>
        <translation>Preparazione del biglietto…</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <location filename="../kiosk/ui/console/header.py" line="+77"/>
        <source>Counter %1</source>
        <translation>Sportello %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter console</source>
        <translation>Console dello sportello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation>Gruppi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counter settings</source>
        <translation>Impostazioni dello sportello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <location line="+25"/>
        <source>CUT OFF from the hall server since %1. The queue shown is from %2. Actions are kept on this PC and sent when it returns; Call next is off until then.</source>
        <translation>SCOLLEGATO dal server della sala dalle %1. La coda mostrata è delle %2. Le azioni restano su questo PC e saranno inviate al suo ritorno; «Chiama il prossimo» è disattivato fino ad allora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUT OFF from the hall server since %1. The queue cannot be shown until it answers.</source>
        <translation>SCOLLEGATO dal server della sala dalle %1. La coda non può essere mostrata finché non risponde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s queue: every action is recorded here.</source>
        <translation>Coda di questo PC: ogni azione è registrata qui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the hall server.</source>
        <translation>Collegato al server della sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue from the hall server…</source>
        <translation>Lettura della coda dal server della sala…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console/window.py" line="+389"/>
        <source>Queue</source>
        <extracomment>how often the queue is read while the counter is open the type names a worker job reports when the hall server cannot be reached (``kiosk.errors.HallUnreachable`` and the hall queue&apos;s subclasses of it) words of the last action&apos;s result, re-said in the new language on a switch the bar&apos;s parts, as the window&apos;s (tests and scripts reach them here)</extracomment>
        <translation>Coda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
</context>
<context>
    <name>ConsoleWords</name>
    <message>
        <location filename="../kiosk/ui/console/words.py" line="+21"/>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>Documenti mancanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translation>Indirizzato altrove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Respinto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>65 or older</source>
        <translation>65 anni o più</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Gravidanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a small child</source>
        <translation>Con un bambino piccolo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genuine: signature checked</source>
        <translation>Autentico: firma verificata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORGED or changed: do not accept</source>
        <translation>FALSIFICATO o modificato: non accettare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown issuer: check it</source>
        <translation>Firmato da un emittente sconosciuto: verificare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid yet</source>
        <translation>Non ancora valido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translation>Illeggibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an official site</source>
        <translation>Indirizzo di un sito ufficiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown address (never opened)</source>
        <translation>Indirizzo sconosciuto (mai aperto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: nothing to check</source>
        <translation>Testo semplice: nulla da verificare</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jisr ticket</source>
        <extracomment>verdicts an agent must look at twice</extracomment>
        <translation>Biglietto Jisr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>Preiscrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is waiting for your groups.</source>
        <translation>Nessuno è in attesa per i vostri gruppi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not come: marked as no-show.</source>
        <translation>%1 non si è presentato: segnato come assente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not come after %2 recalls: marked as no-show.</source>
        <translation>%1 non si è presentato dopo %2 richiami: segnato come assente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 called to counter %2.</source>
        <translation>%1 chiamato allo sportello %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recalled (%2 of %3).</source>
        <translation>%1 richiamato (%2 di %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 served: %2.</source>
        <translation>%1 servito: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent to group %2. It keeps its place in line.</source>
        <translation>%1 inviato al gruppo %2. Mantiene il suo posto in fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this PC: it will be sent to the hall server as soon as it answers.</source>
        <translation>Conservato su questo PC: sarà inviato al server della sala appena risponde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hall server cannot be reached: nothing was called.</source>
        <translation>Il server della sala non è raggiungibile: nessuno è stato chiamato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hall server cannot be reached: nothing was changed. Try again.</source>
        <translation>Il server della sala non è raggiungibile: nulla è cambiato. Riprovate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket has moved meanwhile (another counter was quicker, or it was already closed). The queue was read again.</source>
        <translation>Questo biglietto è cambiato nel frattempo (un altro sportello è stato più rapido, o era già chiuso). La coda è stata riletta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC could not record it (its storage may be full or read-only). Nothing was changed.</source>
        <translation>Questo PC non ha potuto registrarlo (memoria piena o di sola lettura?). Nulla è cambiato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was refused: nothing was changed.</source>
        <translation>Rifiutato: nulla è cambiato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: nothing was changed. The queue was read again.</source>
        <translation>Qualcosa è andato storto: nulla è cambiato. La coda è stata riletta.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+34"/>
        <source>Please go to the counter</source>
        <translation>Rivolgiti allo sportello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk cannot issue a ticket right now. Please go to the reception counter: an agent will help you. Nothing you typed has been kept.</source>
        <translatorcomment>review: &apos;totem&apos; for the kiosk, as Italian offices call queue kiosks; same word in every message.</translatorcomment>
        <translation>Ci dispiace, questo totem non può emettere biglietti in questo momento. Rivolgiti allo sportello di accoglienza: un operatore ti aiuterà. Nulla di quello che hai digitato è stato conservato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../kiosk/ui/console/current_ticket.py" line="+312"/>
        <source>At your counter</source>
        <extracomment>keyboard shortcuts of the actions (the agent&apos;s PC has a real keyboard)</extracomment>
        <translation>Al vostro sportello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next</source>
        <translation>Chiama il prossimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve…</source>
        <translation>Servire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Assente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Trasferire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the visit end? Add a note if useful (Ctrl+Enter records).</source>
        <translation>Com&apos;è finita la visita? Aggiungete una nota se utile (Ctrl+Invio registra).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the file (optional)</source>
        <translation>Nota per la pratica (facoltativa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Registra l&apos;esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send this ticket to wait in another group. It keeps its place in line.</source>
        <translation>Mandare questo biglietto ad attendere in un altro gruppo. Mantiene il suo posto in fila.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall %1/%2</source>
        <translation>Richiama %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket at your counter.</source>
        <translation>Nessun biglietto al vostro sportello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call next calls the first waiting ticket of your groups: priority first, then the oldest.</source>
        <translation>«Chiama il prossimo» chiama il primo biglietto in attesa dei vostri gruppi: prima i prioritari, poi i più vecchi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling waits until the hall server answers again.</source>
        <translation>Le chiamate attendono che il server della sala risponda di nuovo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PRIORITY: %1</source>
        <translation>PRIORITARIO: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred from %1</source>
        <translation>Trasferito da %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued at %1 (%2 ago)</source>
        <translation>Emesso alle %1 (%2 fa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called at %1</source>
        <translation>chiamato alle %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+133"/>
        <source>%1 · No. %2</source>
        <translation>%1 · n. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Creato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the centre: %1</source>
        <translation>Rifiutato dal centro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard event No. %1? It will never be sent; it stays recorded on this kiosk as discarded.</source>
        <translation>Scartare l&apos;evento n. %1? Non verrà mai inviato; resta registrato su questo totem come scartato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, discard</source>
        <translation>Sì, scarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>No, tienilo</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+173"/>
        <source>Your details</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details help the agent prepare your file. Fields marked * are needed.</source>
        <translation>Questi dati aiutano l&apos;operatore a preparare la tua pratica. I campi contrassegnati con * sono obbligatori.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needed: %1</source>
        <translation>Obbligatori: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: %1</source>
        <translation>Facoltativi: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../kiosk/ui/console/details_view.py" line="+83"/>
        <source>The visitor&apos;s request</source>
        <extracomment>a scanned code&apos;s text is cut to this many characters on screen</extracomment>
        <translation>La richiesta del visitatore</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request cannot be read while the hall server is cut off. Ask the visitor for their papers.</source>
        <translation>La richiesta non si può leggere finché il server della sala è scollegato. Chiedete i documenti al visitatore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call a ticket to see what the visitor asked for.</source>
        <translation>Chiamate un biglietto per vedere cosa ha chiesto il visitatore.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translation>Inserito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing: the visitor typed no details.</source>
        <translation>Niente: il visitatore non ha inserito dati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents brought</source>
        <translation>Documenti portati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translation>Non spuntati</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanned codes: %1</source>
        <translation>Codici scansionati: %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-251"/>
        <source>Very bad</source>
        <translation>Pessimo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translation>Scarso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Sufficiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Buono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Ottimo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your opinion could not be saved. It may have been given already for this ticket.</source>
        <translation>Non è stato possibile salvare la tua opinione. Forse è già stata data per questo biglietto.</translation>
    </message>
</context>
<context>
    <name>FeedbackThanksScreen</name>
    <message>
        <location line="+284"/>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your opinion: it helps us serve visitors better.</source>
        <translation>Grazie per la tua opinione: ci aiuta a servire meglio i visitatori.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>FieldHeader</name>
    <message>
        <location filename="../kiosk/ui/field/window.py" line="+118"/>
        <source>Field cases — Opération Marhaba</source>
        <extracomment>the form&apos;s inputs sized for a field laptop (1366x768) rather than a kiosk&apos;s 24&quot; screen the roles that log in here a folder picker: the window&apos;s parent, the title; the folder chosen or None</extracomment>
        <translation>Casi sul campo — Opération Marhaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location line="+247"/>
        <source>Case saved (version %1). It is on this device and goes to the centre with the next sync or handover file.</source>
        <extracomment>bumped at each login and lock: a job&apos;s answer from an earlier session is dropped</extracomment>
        <translation>Caso salvato (versione %1). È su questo dispositivo e arriverà al centro con la prossima sincronizzazione o il prossimo file di consegna.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where is the USB stick?</source>
        <translation>Dov&apos;è la chiavetta USB?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the handover file…</source>
        <translation>Scrittura del file di consegna…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translation>
            <numerusform>File di consegna scritto e cifrato per il centro: %1 (%n modifica). Consegna la chiavetta a un computer Jisr collegato: «kiosk import».</numerusform>
            <numerusform>File di consegna scritto e cifrato per il centro: %1 (%n modifiche). Consegna la chiavetta a un computer Jisr collegato: «kiosk import».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../kiosk/ui/field/words.py" line="+18"/>
        <source>Medical</source>
        <translation>Medica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>Amministrativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs</source>
        <translation>Doganale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Legale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Trasporti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of assistance</source>
        <translation>Tipo di assistenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>Nome della persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Paese di residenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Lingua parlata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate (optional)</source>
        <translation>Targa del veicolo (facoltativa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Azioni intraprese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Indirizzato a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please fill in: %1.</source>
        <translation>Da compilare: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long. Please shorten it.</source>
        <translation>Il campo «%1» è troppo lungo. Accorcialo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle plate may hold letters, digits, spaces and dashes only.</source>
        <translation>La targa può contenere solo lettere, cifre, spazi e trattini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds characters that cannot be saved.</source>
        <translation>Il campo «%1» contiene caratteri che non possono essere salvati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not one of yours, or it no longer exists.</source>
        <translation>Questo caso non è tra i tuoi, oppure non esiste più.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case could not be saved. Nothing was changed.</source>
        <translation>Non è stato possibile salvare il caso. Nulla è cambiato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not enrolled at the centre, so it cannot write a handover file. Ask your supervisor to enrol it.</source>
        <translation>Questo dispositivo non è registrato presso il centro, quindi non può scrivere un file di consegna. Chiedi al tuo supervisore di registrarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has not received the centre&apos;s key yet. Connect it to the network once and let it sync, then save the handover file again.</source>
        <translation>Questo dispositivo non ha ancora ricevuto la chiave del centro. Collegalo una volta alla rete e lascialo sincronizzare, poi salva di nuovo il file di consegna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover file could not be written there. Check that the USB stick is plugged in and not full, then try again.</source>
        <translation>Non è stato possibile scrivere lì il file di consegna. Controlla che la chiavetta USB sia inserita e non piena, poi riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover file could not be written. Nothing was changed.</source>
        <translation>Non è stato possibile scrivere il file di consegna. Nulla è cambiato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases&apos; storage cannot be reached right now. Nothing was lost; please try again.</source>
        <translation>L&apos;archivio dei casi non è raggiungibile in questo momento. Non si è perso nulla; riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Qualcosa è andato storto. Non si è perso nulla; riprova.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>France</source>
        <extracomment>ISO codes of the countries most Moroccans living abroad reside in, in this order</extracomment>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portogallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norvegia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danimarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Lussemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not given —</source>
        <extracomment>languages a person may speak, each named in itself (code -&gt; name)</extracomment>
        <translation>— non indicato —</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="-160"/>
        <source>This detail is needed for this service.</source>
        <translation>Questo dato è necessario per questo servizio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long.</source>
        <translation>È troppo lungo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Usa solo lettere (spazi, trattini e apostrofi vanno bene).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Start with + and the country code, for example +33 6 12 34 56 78.</source>
        <translation>Questo numero di telefono non è valido. Inizia con + e il prefisso internazionale, ad esempio +39 312 345 6789.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNIE number is 1 or 2 letters then up to 6 digits, for example AB123456.</source>
        <translation>Un numero CNIE è formato da 1 o 2 lettere seguite da un massimo di 6 cifre, ad esempio AB123456.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation>Un numero di passaporto ha da 6 a 12 lettere e cifre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a CNIE number (for example AB123456) or a passport number.</source>
        <translation>Digita un numero CNIE (ad esempio AB123456) o un numero di passaporto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>Scegli un paese dall&apos;elenco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid, for example name@example.com.</source>
        <translation>Questo indirizzo e-mail non è valido. Esempio di indirizzo corretto: nome@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plate number has 2 to 15 letters and digits.</source>
        <translation>Una targa ha da 2 a 15 lettere e cifre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this detail.</source>
        <translation>Controlla questo dato.</translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+143"/>
        <source>Do you need more time?</source>
        <translation>Hai bisogno di più tempo?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Returning to the start in %n s</source>
        <translation>
            <numerusform>Ritorno all&apos;inizio tra %n secondo</numerusform>
            <numerusform>Ritorno all&apos;inizio tra %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need more time</source>
        <translation>Sì, ho bisogno di più tempo</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/notice.py" line="+51"/>
        <source>Your personal data</source>
        <translation>I tuoi dati personali</translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+123"/>
        <source>Counter console</source>
        <translation>Console dello sportello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>Inserisci il PIN del personale, poi premi OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK or Enter.</source>
        <translation>Inserite il PIN del personale, poi premete OK o Invio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screen is for kiosk staff only. Visitors: press Close to go back to the start.</source>
        <translation>Questa schermata è riservata al personale del totem. Visitatori: premete Chiudi per tornare all&apos;inizio.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Staff access is not set up on this kiosk. An administrator sets a staff PIN with the command &quot;kiosk staff-pin&quot;, then restarts the kiosk.</source>
        <translation>L&apos;accesso del personale non è configurato su questo totem. Un amministratore imposta un PIN del personale con il comando «kiosk staff-pin», poi riavvia il totem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN is set on this PC. An administrator sets one with the command &quot;kiosk staff-pin&quot;.</source>
        <translation>Nessun PIN del personale su questo PC. Un amministratore lo imposta con il comando &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translation>Verifica del PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a one-minute pause: %1.</source>
        <translation>PIN errato. Tentativi rimasti prima di una pausa di un minuto: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translation>
            <numerusform>Troppi PIN errati. Il tastierino è in pausa: riprova tra %n secondo.</numerusform>
            <numerusform>Troppi PIN errati. Il tastierino è in pausa: riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff PIN setting of this kiosk is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>L&apos;impostazione del PIN del personale di questo totem è danneggiata. Impostalo di nuovo con «kiosk staff-pin».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff PIN setting of this PC is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>L&apos;impostazione del PIN del personale di questo PC è danneggiata. Reimpostatelo con &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Non è stato possibile verificare il PIN. Riprova.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+160"/>
        <source>space</source>
        <translation>spazio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK, done</source>
        <translation>OK, fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translation>Cancella l&apos;ultima lettera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letter</source>
        <translation>Maiuscola</translation>
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
        <translation>Cancella l&apos;ultima cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>PIN digits typed: %1</source>
        <translation>Cifre del PIN digitate: %1</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/priority.py" line="+38"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some visitors are served first. Does one of these apply to you? An agent may ask for proof.</source>
        <translation>Alcune persone vengono servite per prime. Uno di questi casi ti riguarda? Un operatore potrebbe chiederti un documento che lo provi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am 65 or older</source>
        <translation>Ho 65 anni o più</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a disability</source>
        <translation>Ho una disabilità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Sono incinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am with a baby or small child</source>
        <translation>Sono con un neonato o un bambino piccolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, continue without priority</source>
        <translation>No, continua senza priorità</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../kiosk/ui/console/queue_view.py" line="+85"/>
        <source>Ticket</source>
        <translation>Biglietto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1</source>
        <translation>In attesa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue has not been read yet.</source>
        <translation>La coda non è ancora stata letta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this counter&apos;s groups.</source>
        <translation>Nessuno attende per i gruppi di questo sportello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In calling order: priority tickets first, then the oldest. Priority tickets: %1.</source>
        <translation>In ordine di chiamata: prima i prioritari, poi i più vecchi. Biglietti prioritari: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority: %1</source>
        <translation>Prioritario: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred from %1</source>
        <translation>Trasferito da %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-199"/>
        <source>How was your visit?</source>
        <translation>Com’è andata la tua visita?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a number: 1 is very bad, 5 is very good. Then you can add a comment, or make a complaint.</source>
        <translation>Tocca un numero: 1 è pessimo, 5 è ottimo. Poi puoi aggiungere un commento o fare un reclamo.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+263"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents (addresses, text) may go with the request for the agent to check. What a visitor typed that reads as a ticket number (not a scanned, signed ticket).</extracomment>
        <translation>Scansiona un codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the green frame, about 20 cm from the camera.</source>
        <translation>Tieni il codice QR dentro la cornice verde, a circa 20 cm dalla fotocamera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reference instead</source>
        <translation>Digita invece il riferimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this request</source>
        <translation>Continua con questa richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my ticket again</source>
        <translation>Ristampa il mio biglietto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my request for the agent</source>
        <translation>Aggiungilo alla mia richiesta per l&apos;operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your visit? Give your opinion</source>
        <translation>Com’è andata la tua visita? Dai la tua opinione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel your ticket</source>
        <translation>Tocca di nuovo per annullare il biglietto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel my ticket</source>
        <translation>Annulla il mio biglietto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera is not available. You can type the reference written under the code instead.</source>
        <translation>La fotocamera non è disponibile. Puoi digitare il riferimento scritto sotto il codice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a code…</source>
        <translation>In attesa di un codice…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This code has been changed or forged: it cannot be used. An agent at the counter can help.</source>
        <translation>Questo codice è stato modificato o falsificato: non può essere usato. Allo sportello possono aiutarti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was not made by a Jisr kiosk or centre we know. An agent at the counter can check it.</source>
        <translation>Questo codice non è stato creato da un totem o da un centro Jisr che conosciamo. Allo sportello possono verificarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired.</source>
        <translation>Questo codice è scaduto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid yet.</source>
        <translation>Questo codice non è ancora valido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code cannot be read. Hold it still inside the frame, or type the reference.</source>
        <translation>Questo codice non si riesce a leggere. Tienilo fermo dentro la cornice o digita il riferimento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official address of %1: %2</source>
        <translation>Indirizzo ufficiale di %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown address, it will not be opened: %1</source>
        <translation>Indirizzo sconosciuto, non verrà aperto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request is for a service not offered at this kiosk. Please ask at the counter.</source>
        <translation>Questa richiesta riguarda un servizio non disponibile su questo totem. Chiedi allo sportello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request made at home: %1. Check it, then continue.</source>
        <translation>La tua richiesta preparata a casa: %1. Controllala, poi continua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text read: %1</source>
        <translation>Testo letto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translation>Il biglietto %1 è di un&apos;altra sede: chiedi allo sportello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 has been served. Thank you for your visit.</source>
        <translation>Il biglietto %1 è stato servito. Grazie per la visita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1: looking up your place…</source>
        <translation>Biglietto %1: ricerca della tua posizione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1. People ahead of you: %2. Estimated wait in minutes: %3.</source>
        <translation>Biglietto %1. Persone prima di te: %2. Attesa stimata in minuti: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been called: please go to the counter now.</source>
        <translation>Il biglietto %1 è stato chiamato: vai ora allo sportello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is no longer in the queue.</source>
        <translation>Il biglietto %1 non è più in coda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: the agent will see it with your request.</source>
        <translation>Aggiunto: l&apos;operatore lo vedrà con la tua richiesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already with your request, or five codes are there already.</source>
        <translation>Questo codice è già nella tua richiesta, oppure la richiesta contiene già cinque codici.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ticket has been printed again.</source>
        <translation>Il tuo biglietto è stato ristampato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translation>Non è stato possibile stampare il biglietto. Chiedi allo sportello.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translation>Il tuo biglietto è annullato. Grazie per avercelo detto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translation>Questo biglietto non era più in attesa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translation>Non è stato possibile annullare il biglietto. Chiedi allo sportello.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translation>Oggi non c&apos;è nessun biglietto con questo numero. Controlla il numero o chiedi allo sportello.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="+60"/>
        <source>Search for a service</source>
        <translation>Cerca un servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translation>Digita alcune lettere del nome del servizio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You can type the name in any language of this kiosk.</source>
        <translation>Puoi scrivere il nome in qualsiasi lingua di questo totem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No service matches. Try another word, or go back and choose a picture.</source>
        <translation>Nessun servizio corrisponde. Prova un&apos;altra parola, oppure torna indietro e scegli un&apos;immagine.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Services found: %n</source>
        <translation>
            <numerusform>%n servizio trovato.</numerusform>
            <numerusform>%n servizi trovati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/service_card.py" line="+154"/>
        <source>Handled by: %1</source>
        <translation>Gestito da: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring — tick what you have:</source>
        <translation>Documenti da portare — spunta quelli che hai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document is needed.</source>
        <translation>Non serve nessun documento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee: %1</source>
        <translation>Costo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: ask at the counter</source>
        <translation>Costo: chiedi allo sportello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay: %1</source>
        <translation>Tempi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicative, last checked on %1</source>
        <translation>Indicativo, verificato l&apos;ultima volta il %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also possible online:</source>
        <translation>Possibile anche online:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a ticket for this service</source>
        <translation>Prendi un biglietto per questo servizio</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+26"/>
        <source>Touch the service you need.</source>
        <translation>Tocca il servizio di cui hai bisogno.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../kiosk/ui/console/setup_view.py" line="+115"/>
        <source>Your counter</source>
        <translation>Il vostro sportello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter number</source>
        <translation>Numero dello sportello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service groups this counter serves</source>
        <translation>Gruppi di servizi di questo sportello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the counter</source>
        <translation>Apri lo sportello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one group.</source>
        <translation>Scegliete almeno un gruppo.</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_header.py" line="+87"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+340"/>
        <source>Checking the PIN…</source>
        <translation>Verifica del PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before this account is locked: %1.</source>
        <translation>PIN errato. Tentativi rimasti prima del blocco di questo account: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translation>
            <numerusform>Troppi PIN errati. Questo account è bloccato: riprova tra %n minuto.</numerusform>
            <numerusform>Troppi PIN errati. Questo account è bloccato: riprova tra %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN of this account cannot be checked. A supervisor must set it again.</source>
        <translation>Non è possibile verificare il PIN di questo account. Un supervisore deve impostarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Non è stato possibile verificare il PIN. Riprova.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of staff could not be read. Close this screen and try again.</source>
        <translation>Non è stato possibile leggere l&apos;elenco del personale. Chiudi questa schermata e riprova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot log in here any more. Ask a supervisor.</source>
        <translation>Questo account non può più accedere qui. Rivolgiti a un supervisore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff account can log in here yet. A supervisor adds them with the command %1.</source>
        <translation>Nessun account del personale può ancora accedere qui. Un supervisore li aggiunge con il comando %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field team</source>
        <translation>Squadra sul campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you? Touch your name.</source>
        <translation>Chi sei? Tocca il tuo nome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not you? Back to the names</source>
        <translation>Non sei tu? Torna ai nomi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN, then press OK.</source>
        <translation>Inserisci il tuo PIN, poi premi OK.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_pin.py" line="+120"/>
        <source>Staff access</source>
        <translation>Accesso personale</translation>
    </message>
</context>
<context>
    <name>StaffSyncScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_sync.py" line="+181"/>
        <source>Sync with the centre</source>
        <translation>Sincronizzazione con il centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events waiting to be sent</source>
        <translation>Eventi in attesa di invio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events refused by the centre</source>
        <translation>Eventi rifiutati dal centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>Ultima sincronizzazione riuscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>Ultimo tentativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>Indirizzo del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data version</source>
        <translation>Versione dei dati di riferimento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last error: %1</source>
        <translation>Ultimo errore: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For support: %1</source>
        <translation>Per l&apos;assistenza: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not planned</source>
        <translation>Non previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled yet</source>
        <translation>Non ancora registrato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Ancora nessuna</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trying now…</source>
        <translation>Tentativo in corso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync worked.</source>
        <translation>Sincronizzazione riuscita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That try did not work.</source>
        <translation>Quel tentativo non è riuscito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: the kiosk keeps trying.</source>
        <translation>Ancora nessuna risposta: il totem continua a provare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start. Try again.</source>
        <translation>Impossibile avviare. Riprova.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+146"/>
        <source>Event No. %1 will be sent again.</source>
        <translation>L&apos;evento n. %1 verrà inviato di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event No. %1 was discarded. It stays recorded on this kiosk.</source>
        <translation>L&apos;evento n. %1 è stato scartato. Resta registrato su questo totem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event No. %1 is no longer in the list.</source>
        <translation>L&apos;evento n. %1 non è più nell&apos;elenco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translation>Non ha funzionato. Riprova.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The list of refused events could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;elenco degli eventi rifiutati.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused events (%1)</source>
        <translation>Eventi rifiutati (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None. Every event the centre received was accepted.</source>
        <translation>Nessuno. Tutti gli eventi ricevuti dal centro sono stati accettati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest %1 of %2 are listed.</source>
        <translation>Sono elencati i %1 più vecchi su %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry sends an event again; Discard sets it aside for good.</source>
        <translation>Riprova invia di nuovo un evento; Scarta lo mette da parte definitivamente.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+151"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {current} of {total}</source>
        <translation>Passo {current} di {total}</translation>
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
        <translation>Revocato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is in touch with the centre.</source>
        <translation>Il totem è in contatto con il centro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No link with the centre: events wait safely on this kiosk.</source>
        <translation>Nessun collegamento con il centro: gli eventi attendono al sicuro su questo totem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>This device has been revoked. Call support.</source>
        <translation>Questo dispositivo è stato revocato. Chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Events wait on this kiosk. Ask support to enrol it.</source>
        <translation>Gli eventi attendono su questo totem. Chiedi all&apos;assistenza di registrarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre cannot be reached. Check the network cable or the Wi-Fi.</source>
        <translation>Il centro non è raggiungibile. Controlla il cavo di rete o il Wi-Fi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre did not answer in time. The kiosk will try again.</source>
        <translation>Il centro non ha risposto in tempo. Il totem riproverà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre had a problem on its side. The kiosk will try again.</source>
        <translation>Il centro ha avuto un problema dalla sua parte. Il totem riproverà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is busy and asked the kiosk to wait. It will try again by itself.</source>
        <translation>Il centro è occupato e ha chiesto al totem di attendere. Riproverà da solo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre does not recognise this device. Call support to enrol it again.</source>
        <translation>Il centro non riconosce questo dispositivo. Chiama l&apos;assistenza per registrarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre is missing events this kiosk no longer has. Nothing is skipped: call support.</source>
        <translation>Al centro mancano eventi che questo totem non ha più. Nulla viene saltato: chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre gave an answer the kiosk does not understand. Call support if this lasts.</source>
        <translation>Il centro ha dato una risposta che il totem non capisce. Chiama l&apos;assistenza se il problema continua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s security certificate is not the expected one. Check the kiosk&apos;s date and time, then call support.</source>
        <translation>Il certificato di sicurezza del centro non è quello previsto. Controlla la data e l&apos;ora del totem, poi chiama l&apos;assistenza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New reference data from the centre was refused. The kiosk keeps using the data it has.</source>
        <translation>Nuovi dati di riferimento del centro sono stati rifiutati. Il totem continua a usare i dati che ha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem (%1).</source>
        <translation>Problema imprevisto (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today at %1</source>
        <translation>Oggi alle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not planned</source>
        <translation>Non previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>in %n s</source>
        <translation>
            <numerusform>tra %n s</numerusform>
            <numerusform>tra %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>tra %n min</numerusform>
            <numerusform>tra %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+150"/>
        <source>Your ticket</source>
        <translation>Il tuo biglietto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code later to see your place in the queue.</source>
        <translation>Scansiona questo codice più tardi per vedere la tua posizione in coda.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Your number</source>
        <extracomment>Below this width (a 1024 px screen) the ticket is laid out as in large text.</extracomment>
        <translation>Il tuo numero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued at %1</source>
        <translation>Emesso alle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ahead of you: %1</source>
        <translation>Persone prima di te: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Attesa stimata: circa %n minuto</numerusform>
            <numerusform>Attesa stimata: circa %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait: you are next</source>
        <translation>Attesa stimata: tocca a te subito dopo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioritario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your printed ticket below the screen and wait until your number is called.</source>
        <translation>Prendi il biglietto stampato sotto lo schermo e aspetta che venga chiamato il tuo numero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk does not print: please take a photo of your number and the code, and wait until your number is called.</source>
        <translation>Questo totem non stampa: fotografa il tuo numero e il codice, e aspetta che venga chiamato il tuo numero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please take a photo of this screen or write down your number; the agents have been told.</source>
        <translation>Non è stato possibile stampare il biglietto. Fotografa questo schermo o annota il tuo numero; il personale è stato avvisato.</translation>
    </message>
</context>
</TS>
