<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>A11yBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/a11y_bar.py" line="+218"/>
        <source>Voice</source>
        <extracomment>Width of the whole bar. the pictograms&apos; line width (of 24): lighter than the other icons, they are bigger</extracomment>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice guidance: %1</source>
        <translation>Vorlesen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text: %1</source>
        <translation>Große Schrift: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: %1</source>
        <translation>Hoher Kontrast: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat what the screen says</source>
        <translation>Wiederholen, was der Bildschirm sagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 of %2</source>
        <translation>Lautstärke %1 von %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../kiosk/ui/accessibility.py" line="+180"/>
        <location line="+114"/>
        <source>Voice guidance is not available on this kiosk.</source>
        <extracomment>Each visit starts with these (the [accessibility] config keys to come). How a language with no voice of its own is named aloud: (voice language, name). Said once, in the languages that have a voice, to a visitor who chose a language without one (Tamazight) while voice guidance is on. To be reviewed by native speakers, like the welcome screen&apos;s words. At most this many languages say the notice above (Arabic and French first). index into :data:`~kiosk.devices.voice.VOLUME_STEPS` the look each widget was given (by id), when it is not the plain one</extracomment>
        <translation>Vorlesen gibt es auf diesem Terminal nicht.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Voice guidance on.</source>
        <translation>Vorlesen an.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No voice in this language yet. To hear the screens, choose another language.</source>
        <translation>Diese Sprache hat noch keine Stimme. Wählen Sie zum Hören eine andere Sprache.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../kiosk/ui/field/case_form.py" line="+249"/>
        <source>Your changes are not saved. Press Cancel again to leave without saving.</source>
        <extracomment>the story fields, each a text box</extracomment>
        <translation>Ihre Änderungen sind nicht gespeichert. Drücken Sie noch einmal auf Abbrechen, um ohne Speichern zu schließen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case of %1 (version %2)</source>
        <translation>Fall von %1 (Version %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12345-A-6 or AB-123-CD</source>
        <translation>z. B. 12345-A-6 oder AB-123-CD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, where and when</source>
        <translation>Was ist passiert, wo und wann</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kiosk/ui/field/case_list.py" line="+168"/>
        <source>Reading your cases…</source>
        <extracomment>the pause after the last key before the list is searched again the time zone times are shown in (None: this PC&apos;s)</extracomment>
        <translation>Ihre Fälle werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case of yours matches this search.</source>
        <translation>Keiner Ihrer Fälle passt zu dieser Suche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any case yet. Press New case to record one.</source>
        <translation>Sie haben noch keinen Fall erfasst. Drücken Sie auf Neuer Fall, um einen zu erfassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translation>
            <numerusform>%n Änderung auf diesem Gerät ist noch nicht bei der Zentrale: Sie geht mit der nächsten Synchronisierung mit oder per USB-Stick mit einer Übergabedatei.</numerusform>
            <numerusform>%n Änderungen auf diesem Gerät sind noch nicht bei der Zentrale: Sie gehen mit der nächsten Synchronisierung mit oder per USB-Stick mit einer Übergabedatei.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything on this device has reached the centre.</source>
        <translation>Alles auf diesem Gerät ist bei der Zentrale angekommen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search your cases: name, plate, words…</source>
        <translation>Ihre Fälle durchsuchen: Name, Kennzeichen, Wörter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover file for a USB stick…</source>
        <translation>Übergabedatei für einen USB-Stick…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Kennzeichen</translation>
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
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Scan a QR code</source>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which service do you need?</source>
        <translation>Welches Anliegen haben Sie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture, or search by name.</source>
        <translation>Tippen Sie auf ein Bild oder suchen Sie nach dem Namen.</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="+193"/>
        <location line="+1"/>
        <source>I have it</source>
        <translation>Habe ich</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="+209"/>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating: %1 out of 5 (%2). You may add a comment.</source>
        <translation>Ihre Bewertung: %1 von 5 (%2). Sie können einen Kommentar hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translation>
            <numerusform>Der Kommentar ist freiwillig. Er wird %n Tag aufbewahrt, dann gelöscht, und nie anderen Besuchern gezeigt.</numerusform>
            <numerusform>Der Kommentar ist freiwillig. Er wird %n Tage aufbewahrt, dann gelöscht, und nie anderen Besuchern gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>Ihr Kommentar (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to make a complaint</source>
        <translation>Ich möchte mich beschweren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location line="+60"/>
        <source>Make a complaint</source>
        <translation>Beschwerde einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kiosk does not handle complaints. Scan this code with your phone to make your complaint on %1, the national complaints portal.</source>
        <translation>Dieses Terminal bearbeitet keine Beschwerden. Scannen Sie diesen Code mit Ihrem Telefon, um Ihre Beschwerde auf %1 einzureichen, dem nationalen Beschwerdeportal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my rating</source>
        <translation>Bewertung senden</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translation>Prüfen und bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Documents you have: %1 of %2</source>
        <translation>Vorhandene Unterlagen: %1 von %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Codes scanned for the agent: %1</source>
        <translation>Gescannte Codes für den Schalter: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translation>Keine persönlichen Angaben: Sie werden am Schalter danach gefragt.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Priority requested</source>
        <translation>Vorrang beantragt</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Confirm and print my ticket</source>
        <translation>Bestätigen und Wartemarke drucken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details you gave: %1</source>
        <translation>Ihre Angaben: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing your ticket…</source>
        <translation>Ihre Wartemarke wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <location filename="../kiosk/ui/console/header.py" line="+77"/>
        <source>Counter %1</source>
        <translation>Schalter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter console</source>
        <translation>Schalterkonsole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counter settings</source>
        <translation>Schalter-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <location line="+25"/>
        <source>CUT OFF from the hall server since %1. The queue shown is from %2. Actions are kept on this PC and sent when it returns; Call next is off until then.</source>
        <translation>VOM SAALSERVER GETRENNT seit %1. Die gezeigte Warteschlange ist von %2. Aktionen bleiben auf diesem PC und werden gesendet, sobald er zurück ist; „Nächste aufrufen“ ist bis dahin aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUT OFF from the hall server since %1. The queue cannot be shown until it answers.</source>
        <translation>VOM SAALSERVER GETRENNT seit %1. Die Warteschlange kann erst gezeigt werden, wenn er antwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s queue: every action is recorded here.</source>
        <translation>Warteschlange dieses PCs: Jede Aktion wird hier gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the hall server.</source>
        <translation>Mit dem Saalserver verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue from the hall server…</source>
        <translation>Warteschlange wird vom Saalserver gelesen…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console/window.py" line="+389"/>
        <source>Queue</source>
        <extracomment>how often the queue is read while the counter is open the type names a worker job reports when the hall server cannot be reached (``kiosk.errors.HallUnreachable`` and the hall queue&apos;s subclasses of it) words of the last action&apos;s result, re-said in the new language on a switch the bar&apos;s parts, as the window&apos;s (tests and scripts reach them here)</extracomment>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>ConsoleWords</name>
    <message>
        <location filename="../kiosk/ui/console/words.py" line="+21"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>Unterlagen fehlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translation>Anderswohin verwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>65 or older</source>
        <translation>65 Jahre oder älter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Behinderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a small child</source>
        <translation>Mit kleinem Kind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genuine: signature checked</source>
        <translation>Echt: Signatur geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORGED or changed: do not accept</source>
        <translation>GEFÄLSCHT oder verändert: nicht annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown issuer: check it</source>
        <translation>Von unbekanntem Aussteller signiert: prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid yet</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an official site</source>
        <translation>Adresse einer offiziellen Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown address (never opened)</source>
        <translation>Unbekannte Adresse (nie geöffnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: nothing to check</source>
        <translation>Einfacher Text: nichts zu prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jisr ticket</source>
        <extracomment>verdicts an agent must look at twice</extracomment>
        <translation>Jisr-Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>Voranmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is waiting for your groups.</source>
        <translation>Niemand wartet in Ihren Gruppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not come: marked as no-show.</source>
        <translation>%1 ist nicht gekommen: als nicht erschienen vermerkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not come after %2 recalls: marked as no-show.</source>
        <translation>%1 ist nach %2 erneuten Aufrufen nicht gekommen: als nicht erschienen vermerkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 called to counter %2.</source>
        <translation>%1 an Schalter %2 aufgerufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recalled (%2 of %3).</source>
        <translation>%1 erneut aufgerufen (%2 von %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 served: %2.</source>
        <translation>%1 bedient: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent to group %2. It keeps its place in line.</source>
        <translation>%1 an Gruppe %2 weitergeleitet. Der Platz in der Reihe bleibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this PC: it will be sent to the hall server as soon as it answers.</source>
        <translation>Auf diesem PC gespeichert: Es geht an den Saalserver, sobald er antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hall server cannot be reached: nothing was called.</source>
        <translation>Der Saalserver ist nicht erreichbar: Niemand wurde aufgerufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hall server cannot be reached: nothing was changed. Try again.</source>
        <translation>Der Saalserver ist nicht erreichbar: Nichts wurde geändert. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket has moved meanwhile (another counter was quicker, or it was already closed). The queue was read again.</source>
        <translation>Diese Nummer hat sich inzwischen geändert (ein anderer Schalter war schneller, oder sie war schon abgeschlossen). Die Warteschlange wurde neu gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC could not record it (its storage may be full or read-only). Nothing was changed.</source>
        <translation>Dieser PC konnte es nicht speichern (Speicher voll oder schreibgeschützt?). Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was refused: nothing was changed.</source>
        <translation>Das wurde abgelehnt: Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: nothing was changed. The queue was read again.</source>
        <translation>Etwas ist schiefgelaufen: Nichts wurde geändert. Die Warteschlange wurde neu gelesen.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+34"/>
        <source>Please go to the counter</source>
        <translation>Bitte gehen Sie zum Schalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk cannot issue a ticket right now. Please go to the reception counter: an agent will help you. Nothing you typed has been kept.</source>
        <translation>Entschuldigung, dieses Terminal kann gerade keine Wartemarke ausgeben. Bitte gehen Sie zum Empfangsschalter: Dort hilft man Ihnen weiter. Nichts von dem, was Sie eingegeben haben, wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../kiosk/ui/console/current_ticket.py" line="+312"/>
        <source>At your counter</source>
        <extracomment>keyboard shortcuts of the actions (the agent&apos;s PC has a real keyboard)</extracomment>
        <translation>An Ihrem Schalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next</source>
        <translation>Nächste aufrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve…</source>
        <translation>Bedienen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the visit end? Add a note if useful (Ctrl+Enter records).</source>
        <translation>Wie endete der Besuch? Bei Bedarf eine Notiz hinzufügen (Strg+Eingabe speichert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the file (optional)</source>
        <translation>Notiz für die Akte (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send this ticket to wait in another group. It keeps its place in line.</source>
        <translation>Diese Nummer in einer anderen Gruppe warten lassen. Der Platz in der Reihe bleibt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall %1/%2</source>
        <translation>Erneut aufrufen %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket at your counter.</source>
        <translation>Keine Nummer an Ihrem Schalter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call next calls the first waiting ticket of your groups: priority first, then the oldest.</source>
        <translation>„Nächste aufrufen“ ruft die erste wartende Nummer Ihrer Gruppen auf: zuerst Vorrang, dann die älteste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling waits until the hall server answers again.</source>
        <translation>Aufrufe warten, bis der Saalserver wieder antwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PRIORITY: %1</source>
        <translation>VORRANG: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred from %1</source>
        <translation>Weitergeleitet aus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued at %1 (%2 ago)</source>
        <translation>Ausgegeben um %1 (vor %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called at %1</source>
        <translation>aufgerufen um %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+133"/>
        <source>%1 · No. %2</source>
        <translation>%1 · Nr. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the centre: %1</source>
        <translation>Von der Zentrale abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard event No. %1? It will never be sent; it stays recorded on this kiosk as discarded.</source>
        <translation>Ereignis Nr. %1 verwerfen? Es wird nie gesendet; es bleibt auf diesem Terminal als verworfen gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, discard</source>
        <translation>Ja, verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>Nein, behalten</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+173"/>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details help the agent prepare your file. Fields marked * are needed.</source>
        <translation>Mit diesen Angaben kann Ihr Vorgang am Schalter vorbereitet werden. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needed: %1</source>
        <translation>Pflichtangaben: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: %1</source>
        <translation>Freiwillig: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../kiosk/ui/console/details_view.py" line="+83"/>
        <source>The visitor&apos;s request</source>
        <extracomment>a scanned code&apos;s text is cut to this many characters on screen</extracomment>
        <translation>Das Anliegen des Besuchers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request cannot be read while the hall server is cut off. Ask the visitor for their papers.</source>
        <translation>Das Anliegen kann nicht gelesen werden, solange der Saalserver getrennt ist. Bitten Sie den Besucher um seine Papiere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call a ticket to see what the visitor asked for.</source>
        <translation>Rufen Sie eine Nummer auf, um das Anliegen des Besuchers zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing: the visitor typed no details.</source>
        <translation>Nichts: Der Besucher hat keine Angaben gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Vorrang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents brought</source>
        <translation>Mitgebrachte Unterlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translation>Nicht angekreuzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanned codes: %1</source>
        <translation>Gescannte Codes: %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-251"/>
        <source>Very bad</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your opinion could not be saved. It may have been given already for this ticket.</source>
        <translation>Ihre Meinung konnte nicht gespeichert werden. Vielleicht wurde sie für diese Wartemarke schon abgegeben.</translation>
    </message>
</context>
<context>
    <name>FeedbackThanksScreen</name>
    <message>
        <location line="+284"/>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your opinion: it helps us serve visitors better.</source>
        <translation>Danke für Ihre Meinung: Sie hilft uns, Besucher besser zu bedienen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>FieldHeader</name>
    <message>
        <location filename="../kiosk/ui/field/window.py" line="+118"/>
        <source>Field cases — Opération Marhaba</source>
        <extracomment>the form&apos;s inputs sized for a field laptop (1366x768) rather than a kiosk&apos;s 24&quot; screen the roles that log in here a folder picker: the window&apos;s parent, the title; the folder chosen or None</extracomment>
        <translation>Fälle vor Ort — Opération Marhaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location line="+247"/>
        <source>Case saved (version %1). It is on this device and goes to the centre with the next sync or handover file.</source>
        <extracomment>bumped at each login and lock: a job&apos;s answer from an earlier session is dropped</extracomment>
        <translation>Fall gespeichert (Version %1). Er ist auf diesem Gerät und geht mit der nächsten Synchronisierung oder Übergabedatei an die Zentrale.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where is the USB stick?</source>
        <translation>Wo ist der USB-Stick?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the handover file…</source>
        <translation>Übergabedatei wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translation>
            <numerusform>Übergabedatei geschrieben und für die Zentrale verschlüsselt: %1 (%n Änderung). Geben Sie den Stick an einen verbundenen Jisr-Rechner: „kiosk import“.</numerusform>
            <numerusform>Übergabedatei geschrieben und für die Zentrale verschlüsselt: %1 (%n Änderungen). Geben Sie den Stick an einen verbundenen Jisr-Rechner: „kiosk import“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../kiosk/ui/field/words.py" line="+18"/>
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Rechtlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of assistance</source>
        <translation>Art der Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Gesprochene Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate (optional)</source>
        <translation>Kennzeichen (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Weitergeleitet an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long. Please shorten it.</source>
        <translation>„%1“ ist zu lang. Bitte kürzen Sie den Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle plate may hold letters, digits, spaces and dashes only.</source>
        <translation>Das Kennzeichen darf nur Buchstaben, Ziffern, Leerzeichen und Bindestriche enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds characters that cannot be saved.</source>
        <translation>„%1“ enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not one of yours, or it no longer exists.</source>
        <translation>Dieser Fall gehört nicht zu Ihren Fällen, oder er existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case could not be saved. Nothing was changed.</source>
        <translation>Der Fall konnte nicht gespeichert werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not enrolled at the centre, so it cannot write a handover file. Ask your supervisor to enrol it.</source>
        <translation>Dieses Gerät ist bei der Zentrale nicht registriert und kann daher keine Übergabedatei schreiben. Bitten Sie Ihre Leitung, es zu registrieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has not received the centre&apos;s key yet. Connect it to the network once and let it sync, then save the handover file again.</source>
        <translation>Dieses Gerät hat den Schlüssel der Zentrale noch nicht erhalten. Verbinden Sie es einmal mit dem Netzwerk und lassen Sie es synchronisieren; speichern Sie dann die Übergabedatei erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover file could not be written there. Check that the USB stick is plugged in and not full, then try again.</source>
        <translation>Die Übergabedatei konnte dort nicht geschrieben werden. Prüfen Sie, ob der USB-Stick eingesteckt und nicht voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover file could not be written. Nothing was changed.</source>
        <translation>Die Übergabedatei konnte nicht geschrieben werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases&apos; storage cannot be reached right now. Nothing was lost; please try again.</source>
        <translation>Der Speicher der Fälle ist gerade nicht erreichbar. Nichts ging verloren; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Etwas ist schiefgelaufen. Nichts ging verloren; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>France</source>
        <extracomment>ISO codes of the countries most Moroccans living abroad reside in, in this order</extracomment>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not given —</source>
        <extracomment>languages a person may speak, each named in itself (code -&gt; name)</extracomment>
        <translation>— keine Angabe —</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="-160"/>
        <source>This detail is needed for this service.</source>
        <translation>Diese Angabe ist für dieses Anliegen erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Bitte nur Buchstaben verwenden (Leerzeichen, Bindestriche und Apostrophe sind erlaubt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Start with + and the country code, for example +33 6 12 34 56 78.</source>
        <translation>Diese Telefonnummer ist ungültig. Beginnen Sie mit + und der Ländervorwahl, zum Beispiel +49 1512 3456789.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNIE number is 1 or 2 letters then up to 6 digits, for example AB123456.</source>
        <translation>Eine CNIE-Nummer besteht aus 1 oder 2 Buchstaben und bis zu 6 Ziffern, zum Beispiel AB123456.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation>Eine Reisepassnummer hat 6 bis 12 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a CNIE number (for example AB123456) or a passport number.</source>
        <translation>Geben Sie eine CNIE-Nummer (zum Beispiel AB123456) oder eine Reisepassnummer ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid, for example name@example.com.</source>
        <translation>Diese E-Mail-Adresse ist ungültig. Ein gültiges Beispiel: name@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plate number has 2 to 15 letters and digits.</source>
        <translation>Ein Kennzeichen hat 2 bis 15 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this detail.</source>
        <translation>Bitte prüfen Sie diese Angabe.</translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+143"/>
        <source>Do you need more time?</source>
        <translation>Brauchen Sie mehr Zeit?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Returning to the start in %n s</source>
        <translation>
            <numerusform>Zurück zum Anfang in %n Sekunde</numerusform>
            <numerusform>Zurück zum Anfang in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need more time</source>
        <translation>Ja, ich brauche mehr Zeit</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/notice.py" line="+51"/>
        <source>Your personal data</source>
        <translation>Ihre personenbezogenen Daten</translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+123"/>
        <source>Counter console</source>
        <translation>Schalterkonsole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>Geben Sie die Personal-PIN ein und drücken Sie OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK or Enter.</source>
        <translation>Personal-PIN eingeben, dann OK oder Eingabe drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screen is for kiosk staff only. Visitors: press Close to go back to the start.</source>
        <translation>Dieser Bildschirm ist nur für das Personal. Besucherinnen und Besucher: Tippen Sie auf Schließen, um zum Anfang zurückzukehren.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Staff access is not set up on this kiosk. An administrator sets a staff PIN with the command &quot;kiosk staff-pin&quot;, then restarts the kiosk.</source>
        <translation>Der Personalzugang ist auf diesem Terminal nicht eingerichtet. Die Administration legt mit dem Befehl „kiosk staff-pin“ eine Personal-PIN fest und startet das Terminal neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN is set on this PC. An administrator sets one with the command &quot;kiosk staff-pin&quot;.</source>
        <translation>Auf diesem PC ist keine Personal-PIN gesetzt. Ein Administrator setzt sie mit dem Befehl „kiosk staff-pin“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a one-minute pause: %1.</source>
        <translation>Falsche PIN. Verbleibende Versuche vor einer Pause von einer Minute: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Das Tastenfeld ist gesperrt: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Das Tastenfeld ist gesperrt: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff PIN setting of this kiosk is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>Die Einstellung der Personal-PIN auf diesem Terminal ist beschädigt. Legen Sie sie mit „kiosk staff-pin“ neu fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff PIN setting of this PC is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>Die Personal-PIN-Einstellung dieses PCs ist beschädigt. Setzen Sie sie neu mit „kiosk staff-pin“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Die PIN konnte nicht geprüft werden. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+160"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK, done</source>
        <translation>OK, fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translation>Letzten Buchstaben löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
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
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>PIN digits typed: %1</source>
        <translation>Eingegebene PIN-Ziffern: %1</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/priority.py" line="+38"/>
        <source>Priority</source>
        <translation>Vorrang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some visitors are served first. Does one of these apply to you? An agent may ask for proof.</source>
        <translation>Manche Personen werden bevorzugt bedient. Trifft einer dieser Fälle auf Sie zu? Am Schalter kann ein Nachweis verlangt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am 65 or older</source>
        <translation>Ich bin 65 Jahre oder älter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a disability</source>
        <translation>Ich habe eine Behinderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Ich bin schwanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am with a baby or small child</source>
        <translation>Ich bin mit einem Baby oder Kleinkind hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, continue without priority</source>
        <translation>Nein, ohne Vorrang weiter</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../kiosk/ui/console/queue_view.py" line="+85"/>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1</source>
        <translation>Wartend: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue has not been read yet.</source>
        <translation>Die Warteschlange wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this counter&apos;s groups.</source>
        <translation>Niemand wartet in den Gruppen dieses Schalters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In calling order: priority tickets first, then the oldest. Priority tickets: %1.</source>
        <translation>In Aufrufreihenfolge: zuerst Vorrang, dann die ältesten. Vorrangnummern: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority: %1</source>
        <translation>Vorrang: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred from %1</source>
        <translation>Weitergeleitet aus %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-199"/>
        <source>How was your visit?</source>
        <translation>Wie war Ihr Besuch?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a number: 1 is very bad, 5 is very good. Then you can add a comment, or make a complaint.</source>
        <translation>Tippen Sie auf eine Zahl: 1 ist sehr schlecht, 5 ist sehr gut. Danach können Sie einen Kommentar hinzufügen oder sich beschweren.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+263"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents (addresses, text) may go with the request for the agent to check. What a visitor typed that reads as a ticket number (not a scanned, signed ticket).</extracomment>
        <translation>Code scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the green frame, about 20 cm from the camera.</source>
        <translation>QR-Code in den grünen Rahmen halten, etwa 20 cm vor der Kamera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reference instead</source>
        <translation>Stattdessen die Referenz eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this request</source>
        <translation>Mit diesem Antrag fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my ticket again</source>
        <translation>Meine Wartemarke erneut drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my request for the agent</source>
        <translation>Zu meinem Antrag für den Schalter hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your visit? Give your opinion</source>
        <translation>Wie war Ihr Besuch? Ihre Meinung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel your ticket</source>
        <translation>Zum Stornieren Ihrer Wartemarke erneut tippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel my ticket</source>
        <translation>Meine Wartemarke stornieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera is not available. You can type the reference written under the code instead.</source>
        <translation>Die Kamera ist nicht verfügbar. Sie können stattdessen die Referenz unter dem Code eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a code…</source>
        <translation>Warten auf einen Code…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This code has been changed or forged: it cannot be used. An agent at the counter can help.</source>
        <translation>Dieser Code wurde verändert oder gefälscht: Er kann nicht verwendet werden. Am Schalter hilft man Ihnen weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was not made by a Jisr kiosk or centre we know. An agent at the counter can check it.</source>
        <translation>Dieser Code stammt von keinem uns bekannten Jisr-Terminal oder -Zentrum. Am Schalter kann er geprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired.</source>
        <translation>Dieser Code ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid yet.</source>
        <translation>Dieser Code ist noch nicht gültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code cannot be read. Hold it still inside the frame, or type the reference.</source>
        <translation>Dieser Code ist nicht lesbar. Halten Sie ihn ruhig in den Rahmen oder geben Sie die Referenz ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official address of %1: %2</source>
        <translatorcomment>review: %1 is a site&apos;s name, often in French (&quot;Direction générale des impôts&quot;); &quot;von %1&quot; may read oddly before a French name, &quot;Offizielle Adresse (%1): %2&quot; is the alternative.</translatorcomment>
        <translation>Offizielle Adresse von %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown address, it will not be opened: %1</source>
        <translation>Unbekannte Adresse, sie wird nicht geöffnet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request is for a service not offered at this kiosk. Please ask at the counter.</source>
        <translation>Dieser Antrag betrifft ein Anliegen, das dieses Terminal nicht anbietet. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request made at home: %1. Check it, then continue.</source>
        <translation>Ihr zu Hause vorbereiteter Antrag: %1. Prüfen Sie ihn und fahren Sie dann fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text read: %1</source>
        <translation>Gelesener Text: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translation>Wartemarke %1 stammt von einem anderen Standort: Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 has been served. Thank you for your visit.</source>
        <translation>Wartemarke %1 wurde bedient. Danke für Ihren Besuch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1: looking up your place…</source>
        <translation>Wartemarke %1: Ihr Platz in der Warteschlange wird gesucht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1. People ahead of you: %2. Estimated wait in minutes: %3.</source>
        <translation>Wartemarke %1. Personen vor Ihnen: %2. Geschätzte Wartezeit in Minuten: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been called: please go to the counter now.</source>
        <translation>Wartemarke %1 wurde aufgerufen: Bitte gehen Sie jetzt zum Schalter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is no longer in the queue.</source>
        <translation>Wartemarke %1 ist nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: the agent will see it with your request.</source>
        <translation>Hinzugefügt: Am Schalter sieht man ihn zusammen mit Ihrem Antrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already with your request, or five codes are there already.</source>
        <translation>Dieser Code gehört schon zu Ihrem Antrag, oder der Antrag hat bereits fünf Codes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ticket has been printed again.</source>
        <translation>Ihre Wartemarke wurde erneut gedruckt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translation>Die Wartemarke konnte nicht gedruckt werden. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translation>Ihre Wartemarke ist storniert. Danke, dass Sie uns Bescheid gegeben haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translation>Diese Wartemarke war nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translation>Die Wartemarke konnte nicht storniert werden. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translation>Heute gibt es keine Wartemarke mit dieser Nummer. Prüfen Sie die Nummer oder fragen Sie am Schalter.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="+60"/>
        <source>Search for a service</source>
        <translation>Anliegen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translation>Geben Sie einige Buchstaben Ihres Anliegens ein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You can type the name in any language of this kiosk.</source>
        <translation>Sie können den Namen in jeder Sprache dieses Terminals eingeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No service matches. Try another word, or go back and choose a picture.</source>
        <translation>Kein Anliegen gefunden. Versuchen Sie ein anderes Wort oder gehen Sie zurück und wählen Sie ein Bild.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Services found: %n</source>
        <translation>
            <numerusform>%n Anliegen gefunden.</numerusform>
            <numerusform>%n Anliegen gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/service_card.py" line="+154"/>
        <source>Handled by: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring — tick what you have:</source>
        <translation>Mitzubringende Unterlagen — haken Sie an, was Sie haben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document is needed.</source>
        <translation>Es sind keine Unterlagen nötig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee: %1</source>
        <translation>Gebühr: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: ask at the counter</source>
        <translation>Gebühr: bitte am Schalter fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay: %1</source>
        <translation>Bearbeitungszeit: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicative, last checked on %1</source>
        <translation>Unverbindlich, zuletzt geprüft am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also possible online:</source>
        <translation>Auch online möglich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a ticket for this service</source>
        <translation>Wartemarke für dieses Anliegen ziehen</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+26"/>
        <source>Touch the service you need.</source>
        <translation>Tippen Sie auf Ihr Anliegen.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../kiosk/ui/console/setup_view.py" line="+115"/>
        <source>Your counter</source>
        <translation>Ihr Schalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter number</source>
        <translation>Schalternummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service groups this counter serves</source>
        <translation>Dienstgruppen dieses Schalters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the counter</source>
        <translation>Schalter öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one group.</source>
        <translation>Wählen Sie mindestens eine Gruppe.</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_header.py" line="+87"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+340"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before this account is locked: %1.</source>
        <translation>Falsche PIN. Verbleibende Versuche, bevor dieses Konto gesperrt wird: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Dieses Konto ist gesperrt: Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Dieses Konto ist gesperrt: Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN of this account cannot be checked. A supervisor must set it again.</source>
        <translation>Die PIN dieses Kontos kann nicht geprüft werden. Die Leitung muss sie neu festlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Die PIN konnte nicht geprüft werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of staff could not be read. Close this screen and try again.</source>
        <translation>Die Liste des Personals konnte nicht gelesen werden. Schließen Sie diesen Bildschirm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot log in here any more. Ask a supervisor.</source>
        <translation>Dieses Konto kann sich hier nicht mehr anmelden. Wenden Sie sich an die Leitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff account can log in here yet. A supervisor adds them with the command %1.</source>
        <translation>Hier kann sich noch kein Personalkonto anmelden. Die Leitung legt Konten mit dem Befehl %1 an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translatorcomment>review: &apos;Leitung&apos; (the team&apos;s lead, without a gender) for supervisor; &apos;Schichtleitung&apos; if the halls say so.</translatorcomment>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field team</source>
        <translation>Außenteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translatorcomment>review: a staff member&apos;s role, &apos;Mitarbeitende&apos; as in docs/TRANSLATING.md; &apos;Schalterdienst&apos; is another choice.</translatorcomment>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you? Touch your name.</source>
        <translation>Wer sind Sie? Tippen Sie auf Ihren Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not you? Back to the names</source>
        <translation>Nicht Sie? Zurück zu den Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN, then press OK.</source>
        <translation>Geben Sie Ihre PIN ein und drücken Sie OK.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_pin.py" line="+120"/>
        <source>Staff access</source>
        <translation>Personalzugang</translation>
    </message>
</context>
<context>
    <name>StaffSyncScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_sync.py" line="+181"/>
        <source>Sync with the centre</source>
        <translatorcomment>review: &apos;the centre&apos; (the server the kiosks report to) is &apos;die Zentrale&apos; in every staff message.</translatorcomment>
        <translation>Synchronisierung mit der Zentrale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events waiting to be sent</source>
        <translation>Ereignisse, die auf das Senden warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events refused by the centre</source>
        <translation>Von der Zentrale abgelehnte Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>Adresse der Zentrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data version</source>
        <translation>Version der Referenzdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For support: %1</source>
        <translation>Für den Support: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled yet</source>
        <translation>Noch nicht registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trying now…</source>
        <translation>Wird versucht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync worked.</source>
        <translation>Synchronisierung erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That try did not work.</source>
        <translation>Dieser Versuch hat nicht geklappt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: the kiosk keeps trying.</source>
        <translation>Noch keine Antwort: Das Terminal versucht es weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start. Try again.</source>
        <translation>Konnte nicht starten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+146"/>
        <source>Event No. %1 will be sent again.</source>
        <translation>Ereignis Nr. %1 wird erneut gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event No. %1 was discarded. It stays recorded on this kiosk.</source>
        <translation>Ereignis Nr. %1 wurde verworfen. Es bleibt auf diesem Terminal gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event No. %1 is no longer in the list.</source>
        <translation>Ereignis Nr. %1 ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translation>Das hat nicht geklappt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The list of refused events could not be read.</source>
        <translation>Die Liste der abgelehnten Ereignisse konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused events (%1)</source>
        <translation>Abgelehnte Ereignisse (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None. Every event the centre received was accepted.</source>
        <translation>Keine. Die Zentrale hat jedes empfangene Ereignis angenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest %1 of %2 are listed.</source>
        <translation>Die ältesten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry sends an event again; Discard sets it aside for good.</source>
        <translation>Wiederholen sendet ein Ereignis erneut; Verwerfen legt es endgültig beiseite.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+151"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {current} of {total}</source>
        <translation>Schritt {current} von {total}</translation>
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
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is in touch with the centre.</source>
        <translation>Das Terminal ist mit der Zentrale verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No link with the centre: events wait safely on this kiosk.</source>
        <translation>Keine Verbindung zur Zentrale: Ereignisse warten sicher auf diesem Terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>This device has been revoked. Call support.</source>
        <translation>Dieses Gerät wurde widerrufen. Rufen Sie den Support an.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Events wait on this kiosk. Ask support to enrol it.</source>
        <translation>Ereignisse warten auf diesem Terminal. Bitten Sie den Support, es zu registrieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre cannot be reached. Check the network cable or the Wi-Fi.</source>
        <translation>Die Zentrale ist nicht erreichbar. Prüfen Sie das Netzwerkkabel oder das WLAN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre did not answer in time. The kiosk will try again.</source>
        <translation>Die Zentrale hat nicht rechtzeitig geantwortet. Das Terminal versucht es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre had a problem on its side. The kiosk will try again.</source>
        <translation>Bei der Zentrale gab es ein Problem. Das Terminal versucht es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is busy and asked the kiosk to wait. It will try again by itself.</source>
        <translation>Die Zentrale ist ausgelastet und hat das Terminal gebeten zu warten. Es versucht es von selbst erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre does not recognise this device. Call support to enrol it again.</source>
        <translation>Die Zentrale erkennt dieses Gerät nicht. Rufen Sie den Support an, um es neu zu registrieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre is missing events this kiosk no longer has. Nothing is skipped: call support.</source>
        <translation>Der Zentrale fehlen Ereignisse, die dieses Terminal nicht mehr hat. Es wird nichts übersprungen: Rufen Sie den Support an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre gave an answer the kiosk does not understand. Call support if this lasts.</source>
        <translation>Die Zentrale hat eine Antwort gegeben, die das Terminal nicht versteht. Rufen Sie den Support an, wenn das anhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s security certificate is not the expected one. Check the kiosk&apos;s date and time, then call support.</source>
        <translation>Das Sicherheitszertifikat der Zentrale ist nicht das erwartete. Prüfen Sie Datum und Uhrzeit des Terminals und rufen Sie dann den Support an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New reference data from the centre was refused. The kiosk keeps using the data it has.</source>
        <translation>Neue Referenzdaten der Zentrale wurden abgelehnt. Das Terminal verwendet weiter die vorhandenen Daten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem (%1).</source>
        <translation>Unerwartetes Problem (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+150"/>
        <source>Your ticket</source>
        <translation>Ihre Wartemarke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code later to see your place in the queue.</source>
        <translation>Scannen Sie diesen Code später, um Ihren Platz in der Warteschlange zu sehen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Your number</source>
        <extracomment>Below this width (a 1024 px screen) the ticket is laid out as in large text.</extracomment>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued at %1</source>
        <translation>Ausgegeben um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ahead of you: %1</source>
        <translation>Personen vor Ihnen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Geschätzte Wartezeit: etwa %n Minute</numerusform>
            <numerusform>Geschätzte Wartezeit: etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait: you are next</source>
        <translation>Geschätzte Wartezeit: Sie sind als Nächstes dran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Vorrang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your printed ticket below the screen and wait until your number is called.</source>
        <translation>Nehmen Sie Ihre gedruckte Wartemarke unter dem Bildschirm und warten Sie, bis Ihre Nummer aufgerufen wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk does not print: please take a photo of your number and the code, and wait until your number is called.</source>
        <translation>Dieses Terminal druckt nicht: Bitte fotografieren Sie Ihre Nummer und den Code und warten Sie, bis Ihre Nummer aufgerufen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please take a photo of this screen or write down your number; the agents have been told.</source>
        <translation>Die Wartemarke konnte nicht gedruckt werden. Bitte fotografieren Sie diesen Bildschirm oder notieren Sie Ihre Nummer; die Mitarbeitenden wurden informiert.</translation>
    </message>
</context>
</TS>
