<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zgh" sourcelanguage="en">
<context>
    <name>A11yBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/a11y_bar.py" line="+218"/>
        <source>Voice</source>
        <extracomment>Width of the whole bar. the pictograms&apos; line width (of 24): lighter than the other icons, they are bigger</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a word under the loudspeaker button: &apos;voice&apos; ⴰⵎⵙⵍⵉ.</translatorcomment>
        <translation>ⴰⵎⵙⵍⵉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵍⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); loan from French &apos;volume&apos;; use the IRCAM term if there is one.</translatorcomment>
        <translation>ⴼⵓⵍⵓⵎ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴹⵕⵉⵚ ⴰⵎⵇⵔⴰⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); loan from French &apos;contraste&apos;; use the IRCAM term if there is one.</translatorcomment>
        <translation>ⴽⵓⵏⵜⵔⴰⵙⵜ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;on&apos;/&apos;off&apos; rendered &apos;yes&apos;/&apos;no&apos; (ⵢⴰⵀ/ⵓⵀⵓ).</translatorcomment>
        <translation>ⵢⴰⵀ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵀⵓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice guidance: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;voice guidance&apos; rendered &apos;reading aloud&apos; (ⵜⵉⵖⵔⵉ ⵙ ⵓⵎⵙⵍⵉ) everywhere.</translatorcomment>
        <translation>ⵜⵉⵖⵔⵉ ⵙ ⵓⵎⵙⵍⵉ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴹⵕⵉⵚ ⴰⵎⵇⵔⴰⵏ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵓⵏⵜⵔⴰⵙⵜ ⴰⵎⵇⵔⴰⵏ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat what the screen says</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵍⵙ ⵎⴰⵢⵏ ⵉⵙⴰⵡⵍ ⵓⴳⴷⵉⵍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 of %2</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴼⵓⵍⵓⵎ %1 ⵣⴳ %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../kiosk/ui/accessibility.py" line="+180"/>
        <location line="+114"/>
        <source>Voice guidance is not available on this kiosk.</source>
        <extracomment>Each visit starts with these (the [accessibility] config keys to come). How a language with no voice of its own is named aloud: (voice language, name). Said once, in the languages that have a voice, to a visitor who chose a language without one (Tamazight) while voice guidance is on. To be reviewed by native speakers, like the welcome screen&apos;s words. At most this many languages say the notice above (Arabic and French first). index into :data:`~kiosk.devices.voice.VOLUME_STEPS` the look each widget was given (by id), when it is not the plain one</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵖⵔⵉ ⵙ ⵓⵎⵙⵍⵉ ⵓⵔ ⵜⵍⵍⵉ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Voice guidance on.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴱⴷⴰ ⵜⵉⵖⵔⵉ ⵙ ⵓⵎⵙⵍⵉ.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No voice in this language yet. To hear the screens, choose another language.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); shown to every Tamazight reader who turns the voice on (there is no Tamazight voice yet): worth a careful look.</translatorcomment>
        <translation>ⵓⵔ ⵜⴰ ⵉⵍⵍⵉ ⵓⵎⵙⵍⵉ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⴰ. ⵎⴽ ⵜⵔⵉⴷ ⴰⴷ ⵜⵙⵍⴷ ⵉ ⵉⴳⴷⵉⵍⵏ, ⵙⵜⵉ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵢⴰⴹⵏ.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../kiosk/ui/field/case_form.py" line="+249"/>
        <source>Your changes are not saved. Press Cancel again to leave without saving.</source>
        <extracomment>the story fields, each a text box</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;Cancel&apos; ⵙⵔ as in CurrentTicket; &apos;changes&apos; ⵉⵙⵏⴼⴰⵍ is a guess.</translatorcomment>
        <translation>ⵉⵙⵏⴼⴰⵍ ⵏⵏⴽ ⵓⵔ ⵜⵜⵓⵃⵟⵟⵓⵏ. ⵏⴰⵍ ⵙⵔ ⴷⴰⵖ ⵎⴽ ⵜⵔⵉⴷ ⴰⴷ ⵜⴼⴼⵖⴷ ⴱⵍⴰ ⴰⵃⵟⵟⵓ.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New case</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;case&apos; ⴰⴷⴰⵙⵉ (file, as in CurrentTicket), plural ⵉⴷⴰⵙⵉⵜⵏ, is a guess.</translatorcomment>
        <translation>ⴰⴷⴰⵙⵉ ⴰⵎⴰⵢⵏⵓ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case of %1 (version %2)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;version&apos; ⵜⴰⵏⵖⵍⵜ as in StaffSyncScreen.</translatorcomment>
        <translation>ⴰⴷⴰⵙⵉ ⵏ %1 (ⵜⴰⵏⵖⵍⵜ %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵃⵟⵟⵓ ⴰⴷⴰⵙⵉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); as in CurrentTicket.</translatorcomment>
        <translation>ⵙⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12345-A-6 or AB-123-CD</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); the plate examples stay in Latin letters.</translatorcomment>
        <translation>ⵙ ⵓⵎⴷⵢⴰ 12345-A-6 ⵏⵖ AB-123-CD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, where and when</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;when&apos; ⵎⵍⵎⵉ is a guess.</translatorcomment>
        <translation>ⵎⴰⴷ ⵉⵊⵔⴰⵏ, ⵎⴰⵏⵉ ⴷ ⵎⵍⵎⵉ</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kiosk/ui/field/case_list.py" line="+168"/>
        <source>Reading your cases…</source>
        <extracomment>the pause after the last key before the list is searched again the time zone times are shown in (None: this PC&apos;s)</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;case&apos; ⴰⴷⴰⵙⵉ (file, as in CurrentTicket), plural ⵉⴷⴰⵙⵉⵜⵏ, is a guess.</translatorcomment>
        <translation>ⴰⵔ ⵜⵜⵖⵔⴰⵏ ⵉⴷⴰⵙⵉⵜⵏ ⵏⵏⴽ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case of yours matches this search.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;matches&apos; ⵉⵎⵙⴰⵙⴰⵏ is a guess.</translatorcomment>
        <translation>ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⴷⴰⵙⵉ ⵏⵏⴽ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵔⵣⵓ ⴰ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any case yet. Press New case to record one.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;record&apos; ⴰⵔⵓ (write) as in ConsoleWords.</translatorcomment>
        <translation>ⵓⵔ ⵜⴰ ⵜⴰⵔⵓⴷ ⴽⵔⴰ ⵏ ⵓⴷⴰⵙⵉ. ⵏⴰⵍ ⴰⴷⴰⵙⵉ ⴰⵎⴰⵢⵏⵓ ⴰⴷ ⵜⴰⵔⵓⴷ ⵢⴰⵏ.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); the count as a label (&apos;changes: %n&apos;) since Qt has no plural rule; &apos;handover file&apos; ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ (file of delivery) is a guess.</translatorcomment>
        <translation>
            <numerusform>ⵉⵙⵏⴼⴰⵍ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ ⵍⵍⵉ ⵓⵔ ⵜⴰ ⵍⴽⵎⵏ ⴰⵏⴰⵎⵎⴰⵙ: %n. ⴰⴷ ⴷⴷⵓⵏ ⴷ ⵓⵙⵎⵢⴰⵡⴰⴹ ⵉⴹⴼⵕⵏ, ⵏⵖ ⴳ ⵜⵙⴰⵔⵓⵜ USB ⵙ ⵓⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything on this device has reached the centre.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴽⴽⵯ ⵎⴰ ⵉⵍⵍⴰⵏ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ ⵉⵍⴽⵎ ⴰⵏⴰⵎⵎⴰⵙ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search your cases: name, plate, words…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;plate&apos; ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵜ (the car&apos;s number) is a guess.</translatorcomment>
        <translation>ⵔⵣⵓ ⴳ ⵉⴷⴰⵙⵉⵜⵏ ⵏⵏⴽ: ⵉⵙⵎ, ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵜ, ⴰⵡⴰⵍⵏ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;case&apos; ⴰⴷⴰⵙⵉ (file, as in CurrentTicket), plural ⵉⴷⴰⵙⵉⵜⵏ, is a guess.</translatorcomment>
        <translation>ⴰⴷⴰⵙⵉ ⴰⵎⴰⵢⵏⵓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover file for a USB stick…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;handover file&apos; ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ (file of delivery) is a guess; &apos;USB stick&apos; ⵜⴰⵙⴰⵔⵓⵜ USB (USB key, as the French &apos;clé USB&apos;) is a guess.</translatorcomment>
        <translation>ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ ⵉ ⵜⵙⴰⵔⵓⵜ USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a column title: &apos;recorded&apos; (date and time).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵢⴰⵔⵓ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a column title: &apos;kind&apos; of assistance.</translatorcomment>
        <translation>ⴰⵏⴰⵡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a column title.</translatorcomment>
        <translation>ⴰⵎⴷⴰⴳⴰⵍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a column title.</translatorcomment>
        <translation>ⵜⴰⵎⵓⵔⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a column title; &apos;plate&apos; ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵜ (the car&apos;s number) is a guess.</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵜ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a column title.</translatorcomment>
        <translation>ⵜⴰⵏⵖⵍⵜ</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+105"/>
        <location line="+12"/>
        <source>Search by name</source>
        <extracomment>In large text, or on a narrow (1024 px) screen, two tiles a row: a long word (&quot;accompagnement&quot;) keeps on one line.</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵔⵣⵓ ⵙ ⵢⵉⵙⵎ</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Scan a QR code</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;code&apos; written as the loan ⴽⵓⴷ everywhere (ⴰⴽⵓⴷ is &apos;time&apos;); &apos;scan&apos; as ⵖⵔ &apos;read&apos;.</translatorcomment>
        <translation>ⵖⵔ ⴽⵓⴷ QR</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which service do you need?</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵎⴰⵏⵜⴰ ⵜⴰⵏⴰⴼⵓⵜ ⵜⵔⵉⴷ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture, or search by name.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;touch&apos; rendered ⵏⴰⵍ; check the verb for touching a screen.</translatorcomment>
        <translation>ⵏⴰⵍ ⵜⴰⵡⵍⴰⴼⵜ, ⵏⵖ ⵔⵣⵓ ⵙ ⵢⵉⵙⵎ.</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="+193"/>
        <location line="+1"/>
        <source>I have it</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;it&apos; is a document (ⴰⵔⴰⵜⵓ, masculine: ⵜ).</translatorcomment>
        <translation>ⵖⵓⵔⵉ ⵜ</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="+209"/>
        <source>Your comment</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;comment&apos; ⴰⵡⴰⵍ (word, speech) is a guess.</translatorcomment>
        <translation>ⴰⵡⴰⵍ ⵏⵏⴽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating: %1 out of 5 (%2). You may add a comment.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;rating&apos; ⴰⵙⵖⴰⵍ (value) is a guess.</translatorcomment>
        <translation>ⴰⵙⵖⴰⵍ ⵏⵏⴽ: %1 ⵙⴳ 5 (%2). ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵔⵏⵓⴷ ⴰⵡⴰⵍ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); the count as a label (&apos;days: %n&apos;) since Qt has no plural rule.</translatorcomment>
        <translation>
            <numerusform>ⴰⵡⴰⵍ ⵓⵔ ⵉⵍⵣⵎ. ⴰⴷ ⵉⵇⵇⵉⵎ, ⵙ ⵡⵓⵙⵙⴰⵏ: %n, ⴷⴼⵉⵔ ⵓⵢⴰ ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ, ⵓⵔ ⵜ ⵉⵜⵜⵥⵕⴰ ⴽⵔⴰ ⵏ ⵓⵏⴱⴳⴰⵡ ⵢⴰⴹⵏ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵡⴰⵍ ⵏⵏⴽ (ⵓⵔ ⵉⵍⵣⵎ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to make a complaint</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;complaint&apos; ⵜⴰⵖⵓⵔⵉ is a guess.</translatorcomment>
        <translation>ⵔⵉⵖ ⴰⴷ ⵙⴽⵔⵖ ⵜⴰⵖⵓⵔⵉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵣⵏ</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location line="+60"/>
        <source>Make a complaint</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;complaint&apos; ⵜⴰⵖⵓⵔⵉ is a guess.</translatorcomment>
        <translation>ⵙⴽⵔ ⵜⴰⵖⵓⵔⵉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kiosk does not handle complaints. Scan this code with your phone to make your complaint on %1, the national complaints portal.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;portal&apos; ⴰⵙⵎⵎⴰⵔ, &apos;code&apos; ⵜⴰⵏⴰⵍ and &apos;complaint&apos; ⵜⴰⵖⵓⵔⵉ are guesses.</translatorcomment>
        <translation>ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰ ⵓⵔ ⵜⵜⵙⴳⴳⴰⵡⵔ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ. ⵖⵔ ⵜⴰⵏⴰⵍ ⴰ ⵙ ⵓⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⴽ ⴰⴷ ⵜⵙⴽⵔⴷ ⵜⴰⵖⵓⵔⵉ ⵏⵏⴽ ⴳ %1, ⴰⵙⵎⵎⴰⵔ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵉⵖⵓⵔⵉⵡⵉⵏ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my rating</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵣⵏ ⴰⵙⵖⴰⵍ ⵉⵏⵓ</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;confirm&apos; rendered ⵙⵙⵉⴷⵜ; check.</translatorcomment>
        <translation>ⵥⵕ ⴷ ⵙⵙⵉⴷⵜ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Documents you have: %1 of %2</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵔⴰⵜⵓⵜⵏ ⵍⵍⵉ ⵖⵓⵔⴽ: %1 ⵣⴳ %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Codes scanned for the agent: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵓⴷ ⵍⵍⵉ ⵜⵖⵔⵉⴷ ⵉ ⵓⵏⵎⵀⴰⵍ: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⴼⴽⵉⴷ ⵉⵙⴼⴽⴰ ⵏⵏⴽ: ⴰⴷ ⴽ ⵏⵏ ⵉⵙⵇⵙⴰ ⵓⵏⵎⵀⴰⵍ ⴳ ⵓⵙⵔⵓⵙ.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Priority requested</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;priority&apos; rendered ⵜⴰⵣⵡⴰⵔⵜ (from ⵣⵡⵔ &apos;go first&apos;); check it is the usual word.</translatorcomment>
        <translation>ⵜⵙⵓⵜⵔⴷ ⵜⴰⵣⵡⴰⵔⵜ</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Confirm and print my ticket</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;print&apos; rendered ⵙⵉⴳⴳⵣ (ⴰⵙⵉⴳⴳⵣ), as in the catalog&apos;s ticket texts, everywhere.</translatorcomment>
        <translation>ⵙⵙⵉⴷⵜ ⴷ ⵙⵉⴳⴳⵣ ⵜⴰⴽⴰⵔⴹⴰ ⵉⵏⵓ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details you gave: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵜⴼⴽⵉⴷ: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing your ticket…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔ ⵜⵜⵓⵙⵡⵊⴰⴷ ⵜⴽⴰⵔⴹⴰ ⵏⵏⴽ…</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <location filename="../kiosk/ui/console/header.py" line="+77"/>
        <source>Counter %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵡⵉⵔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter console</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵙⵡⵉⵍⵜ ⵏ ⵓⵙⵡⵉⵔ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counter settings</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵙⵖⴰⵍ ⵏ ⵓⵙⵡⵉⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵇⵇⵏ</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <location line="+25"/>
        <source>CUT OFF from the hall server since %1. The queue shown is from %2. Actions are kept on this PC and sent when it returns; Call next is off until then.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⴱⴹⴰ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ ⵙⴳ %1. ⵜⴰⵔⴰⵡⵜ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⴰⵍⵏ ⵜⴳⴰ ⵜⵉⵏ %2. ⵜⵉⴳⴰⵡⵉⵏ ⵜⵜⵓⵃⴹⴰⵏⵜ ⴳ ⵓⵙⵓⵎⴰⴷ ⴰ; ⴰⵖⵓⵔⵉ ⵏ ⵓⵎⴹⴼⴰⵕ ⵉⵃⴱⵙ ⴰⵔ ⴷ ⵢⵓⵔⵔⴰ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUT OFF from the hall server since %1. The queue cannot be shown until it answers.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⴱⴹⴰ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ ⵙⴳ %1. ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⴰⵔⴰⵡⵜ ⴰⴷ ⵜⵜⵓⵙⵎⴰⵍ ⴰⵔ ⴷ ⵢⵔⴰⵔ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s queue: every action is recorded here.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵔⴰⵡⵜ ⵏ ⵓⵙⵓⵎⴰⴷ ⴰ: ⴽⵓ ⵜⴰⴳⵓⵜ ⵜⵜⵓⵔⵓ ⴷⵖⵉ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the hall server.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵇⵇⵏ ⵖⵔ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue from the hall server…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵖⵓⵔⵉ ⵏ ⵜⴰⵔⴰⵡⵜ ⵙⴳ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console/window.py" line="+389"/>
        <source>Queue</source>
        <extracomment>how often the queue is read while the counter is open the type names a worker job reports when the hall server cannot be reached (``kiosk.errors.HallUnreachable`` and the hall queue&apos;s subclasses of it) words of the last action&apos;s result, re-said in the new language on a switch the bar&apos;s parts, as the window&apos;s (tests and scripts reach them here)</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵔⴰⵡⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵎⵢⴰⵡⴹ</translation>
    </message>
</context>
<context>
    <name>ConsoleWords</name>
    <message>
        <location filename="../kiosk/ui/console/words.py" line="+21"/>
        <source>Done</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵙⴽⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵅⵚⵚⴰⵏⵜ ⵜⵡⵔⵉⵇⵉⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵙⵏⵎⴰⵍ ⵖⵔ ⵡⴰⵏⵙⴰ ⵢⴰⴹⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⴳⴷⵍ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>65 or older</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>65 ⵏ ⵉⵙⴳⴳⵯⴰⵙⵏ ⵏⵖ ⵓⴳⴳⴰⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵏⵓⵔⵉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴷⵍⵙⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a small child</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴷ ⵓⵔⴱⴰ ⴰⵎⵥⵥⵢⴰⵏ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genuine: signature checked</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵚⵃⴰ: ⵜⵜⵓⵙⵏⵇⴷ ⵜⵙⴳⵎⴰⵍⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORGED or changed: do not accept</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵙⴽⵔⴽⵙ ⵏⵖ ⵉⵜⵜⵓⵙⵏⴼⵍ: ⵓⵔ ⵜ ⵜⵇⴱⵍⵎ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown issuer: check it</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵙⴳⵎⵍ ⵜ ⵢⴰⵏ ⵓⵔ ⵏⵙⵙⵏ: ⵙⵏⵇⴷ ⵜ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid yet</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵚⵃⵉⵃ ⵢⴰⴷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an official site</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⵙⴰ ⵏ ⵓⵙⵉⵜ ⵓⵏⵚⵉⴱ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown address (never opened)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⵙⴰ ⵓⵔ ⵏⵙⵙⵏ (ⵓⵔ ⵉⵜⵜⵓⵕⵥⵎ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: nothing to check</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴹⵔⵉⵙ ⴰⵏⴰⵎⵓⵏ: ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵉ ⵓⵙⵏⵇⴷ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jisr ticket</source>
        <extracomment>verdicts an agent must look at twice</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ Jisr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵣⵎⵎⴻⵎ ⵓⵣⵡⵉⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⵙⴰ ⵏ ⵡⵉⴱ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴹⵔⵉⵙ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⵜⵓⵙⴷⵉⴷⵉⵏ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is waiting for your groups.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵉⵜⵜⵔⴰⵊⵓ ⴳ ⵜⵔⴰⴱⴱⵓⵜⵉⵏ ⵏⵏⵓⵏ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not come: marked as no-show.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⵓⵔ ⴷ ⵉⵍⴽⵉⵎ: ⵉⵜⵜⵓⵙⵎⴰⵔⴽⵓ ⵉⵍⵍⴰ ⵡⴰⵔ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not come after %2 recalls: marked as no-show.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⵓⵔ ⴷ ⵉⵍⴽⵉⵎ ⴷⴼⴼⵉⵔ %2 ⵏ ⵜⵖⵓⵔⵉ: ⵉⵍⵍⴰ ⵡⴰⵔ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 called to counter %2.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⵉⵜⵜⵓⵖⵔⴰ ⵖⵔ ⵓⵙⵡⵉⵔ %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recalled (%2 of %3).</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⵉⵜⵜⵓⵖⵔⴰ ⵜⵉⴽⴽⴰⵍ ⵢⴰⴹⵏ (%2 ⵙⴳ %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 served: %2.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⵉⵜⵜⵓⵙⵜⵔⵙ: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent to group %2. It keeps its place in line.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⵉⵜⵜⵓⵣⵏ ⵖⵔ ⵜⵔⴰⴱⴱⵓⵜ %2. ⵉⵃⴹⴰ ⴰⴷⵖⴰⵔ ⵏⵏⵙ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this PC: it will be sent to the hall server as soon as it answers.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵃⴹⴰ ⴳ ⵓⵙⵓⵎⴰⴷ ⴰ: ⴰⴷ ⵉⵜⵜⵓⵣⵏ ⵖⵔ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ ⵎⴰⵔ ⴷ ⵢⵓⵔⵔⴰ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hall server cannot be reached: nothing was called.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵜⵜⵓⵏⴰⵍ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ: ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hall server cannot be reached: nothing was changed. Try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵜⵜⵓⵏⴰⵍ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ: ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ. ⴰⵍⵙ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket has moved meanwhile (another counter was quicker, or it was already closed). The queue was read again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ ⴰⴷ ⵜⵎⵎⵓⵙⵙⴰ ⴳ ⵡⴰⴽⵓⴷ ⴰⴷ (ⴰⵙⵡⵉⵔ ⵢⴰⴹⵏ ⵉⵣⵡⵓⵔ, ⵏⵖ ⵜⵜⵓⵔⴳⵍ ⵢⴰⴷ). ⵜⵜⵓⵖⵔⴰ ⵜⴰⵔⴰⵡⵜ ⵜⵉⴽⴽⴰⵍ ⵢⴰⴹⵏ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC could not record it (its storage may be full or read-only). Nothing was changed.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵙⵓⵎⴰⴷ ⴰ ⴰⴷ ⵜ ⵢⴰⵔⵓ (ⴰⵃⵟⵟⵓ ⵉⵛⵓⵕ ⵏⵖ ⵉ ⵜⵖⵓⵔⵉ ⴽⴰ). ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was refused: nothing was changed.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⴳⴷⵍ: ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: nothing was changed. The queue was read again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵍⵍⴰⵏ ⵜⵓⵛⴽⵉⵡⵉⵏ: ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ. ⵜⵜⵓⵖⵔⴰ ⵜⴰⵔⴰⵡⵜ ⵜⵉⴽⴽⴰⵍ ⵢⴰⴹⵏ.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+34"/>
        <source>Please go to the counter</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;counter&apos; rendered ⴰⵙⵔⵓⵙ in every message, as the catalog&apos;s privacy notice says (ⴰⵙⵔⵓⵙ ⵏ ⵓⵙⵏⵓⴱⴳ, the reception desk).</translatorcomment>
        <translation>ⴷⴷⵓ ⵙ ⵓⵙⵔⵓⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk cannot issue a ticket right now. Please go to the reception counter: an agent will help you. Nothing you typed has been kept.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;this kiosk&apos; rendered ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰ &apos;this machine&apos; in every message; &apos;reception&apos; ⴰⵙⵏⵓⴱⴳ.</translatorcomment>
        <translation>ⵙⵙⵓⵔⴼ ⴰⵖ, ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⵎⴰⵛⵉⵏⵜ ⴰ ⴰⴷ ⵜⴼⴽ ⵜⴰⴽⴰⵔⴹⴰ ⴷⵖⵉ. ⴷⴷⵓ ⵙ ⵓⵙⵔⵓⵙ ⵏ ⵓⵙⵏⵓⴱⴳ: ⴰⴷ ⴽ ⵢⴰⵡⵙ ⵢⴰⵏ ⵓⵏⵎⵀⴰⵍ. ⵓⵔ ⵉⵜⵜⵓⵃⴹⴰ ⵡⴰⵍⵓ ⵣⴳ ⵎⴰⵢⵏ ⵜⵓⵔⵉⴷ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵎⴷ</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../kiosk/ui/console/current_ticket.py" line="+312"/>
        <source>At your counter</source>
        <extracomment>keyboard shortcuts of the actions (the agent&apos;s PC has a real keyboard)</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴳ ⵓⵙⵡⵉⵔ ⵏⵏⵓⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵖⵔ ⵉ ⵓⵎⴹⴼⴰⵕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵜⵔⵙ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵍⵍⴰ ⵡⴰⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵎⴰⵜⵜⵉ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the visit end? Add a note if useful (Ctrl+Enter records).</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵎⴰⵎⴽ ⵜⴽⵎⵎⵍ ⵜⵉⵔⵣⵉ? ⵔⵏⵓ ⵜⴰⵏⵎⵎⴰⵍⵜ ⵎⴰⵔ ⵜⵍⵍⴰ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the file (optional)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵏⵎⵎⴰⵍⵜ ⵉ ⵓⴷⴰⵙⵉ (ⵙ ⵓⴼⵔⵉⵏ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔⵓ ⵜⴰⴳⴳⵓⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵔ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send this ticket to wait in another group. It keeps its place in line.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵣⵏ ⵜⴰⴽⴰⵔⴹⴰ ⴰⴷ ⴰⴷ ⵜⵔⴰⵊⵓ ⴳ ⵜⵔⴰⴱⴱⵓⵜ ⵢⴰⴹⵏ. ⵜⵃⴹⴰ ⴰⴷⵖⴰⵔ ⵏⵏⵙ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall %1/%2</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵖⵔ ⵜⵉⴽⴽⴰⵍ ⵢⴰⴹⵏ %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket at your counter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵍⴰ ⵜⴰⴽⴰⵔⴹⴰ ⴳ ⵓⵙⵡⵉⵔ ⵏⵏⵓⵏ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call next calls the first waiting ticket of your groups: priority first, then the oldest.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵖⵓⵔⵉ ⵏ ⵓⵎⴹⴼⴰⵕ ⵉⵖⵔⵔⴰ ⵉ ⵜⴰⴽⴰⵔⴹⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ: ⵜⵉⵏ ⵓⵣⵡⵉⵔ ⴷⵉ ⵜⵉⵣⵡⵉⵔⵉ, ⴷ ⵜⵉⵏ ⵉⵣⵡⴰⵔⵏ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling waits until the hall server answers again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵖⵓⵔⵉ ⵉⵔⴰⵊⵓ ⴰⵔ ⴷ ⵢⴰⵍⵙ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ ⴰⵔⵔⵓ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PRIORITY: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵣⵡⵉⵔⵉ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred from %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵙⵎⴰⵜⵜⵉ ⵙⴳ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued at %1 (%2 ago)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵜⵓⴼⴽⴰ ⴳ %1 (ⵙⴳ %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called at %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵜⵓⵖⵔⴰ ⴳ %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+133"/>
        <source>%1 · No. %2</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 · ⵓⵟⵟⵓⵏ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵙⴽⴰⵔ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the centre: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵓⴳⵉ ⵜ ⵓⵏⴰⵎⵎⴰⵙ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵍⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;discard&apos; rendered &apos;put it aside&apos;; a one-word button would be better.</translatorcomment>
        <translation>ⵙⵔⵙ ⵜ ⵖⵔ ⵜⵙⴳⴰ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard event No. %1? It will never be sent; it stays recorded on this kiosk as discarded.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;event&apos; rendered ⴰⵎⵓⵙⵙⵓ (pl. ⵉⵎⵓⵙⵙⵓⵜⵏ) in every staff message; check the term.</translatorcomment>
        <translation>ⴰⴷ ⵜⵙⵔⵙⴷ ⴰⵎⵓⵙⵙⵓ ⵓⵟⵟⵓⵏ %1 ⵖⵔ ⵜⵙⴳⴰ? ⵓⵔ ⵔⴰⴷ ⵉⵜⵜⵓⵣⵏ ⵊⵊ; ⴰⴷ ⵉⵇⵇⵉⵎ ⵉⵜⵜⵓⵢⴰⵔⵓ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, discard</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵢⴰⵀ, ⵙⵔⵙ ⵜ ⵖⵔ ⵜⵙⴳⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵀⵓ, ⵃⴹⵓ ⵜ</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+173"/>
        <source>Your details</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵙⴼⴽⴰ ⵏⵏⴽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details help the agent prepare your file. Fields marked * are needed.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;file&apos; rendered &apos;your request&apos; (ⴰⵙⵓⵜⵔ), &apos;fields marked *&apos; as &apos;what has *&apos;.</translatorcomment>
        <translation>ⵉⵙⴼⴽⴰ ⴰ ⴰⴷ ⵄⴰⵡⵏⵏ ⴰⵏⵎⵀⴰⵍ ⴰⴷ ⵉⵙⵡⵊⴷ ⴰⵙⵓⵜⵔ ⵏⵏⴽ. ⴰⵢⵏ ⵖⵓⵔ ⵉⵍⵍⴰ * ⵉⵍⴰⵇ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵎⵎⵍ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needed: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); read aloud before the list of needed fields.</translatorcomment>
        <translation>ⵉⵍⴰⵇⵏ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;optional&apos; rendered &apos;by choice&apos; (ⵙ ⵓⵙⵜⵉ).</translatorcomment>
        <translation>ⵙ ⵓⵙⵜⵉ: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../kiosk/ui/console/details_view.py" line="+83"/>
        <source>The visitor&apos;s request</source>
        <extracomment>a scanned code&apos;s text is cut to this many characters on screen</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵓⵜⵔ ⵏ ⵓⵏⴱⴳⵉ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request cannot be read while the hall server is cut off. Ask the visitor for their papers.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰ ⵓⵙⵓⵜⵔ ⵎⴰⴷ ⵉⵜⵜⵓⴱⴹⴰ ⵓⵎⵙⴼⴰⴽ ⵏ ⵜⵣⵇⵇⴰ. ⵙⵙⵓⵜⵔ ⵉ ⵓⵏⴱⴳⵉ ⵜⵉⵡⵔⵉⵇⵉⵏ ⵏⵏⵙ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call a ticket to see what the visitor asked for.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵖⵔ ⵉ ⵜⴰⴽⴰⵔⴹⴰ ⴰⴷ ⵜⵥⵔⵎ ⵎⴰⵢⴷ ⵉⵙⵓⵜⵔ ⵓⵏⴱⴳⵉ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵏⴰⴼⵓⵜ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵔⵓ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing: the visitor typed no details.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵍⴰ ⴷ ⵢⴰⵜ: ⵓⵔ ⵢⵓⵔⵉ ⵓⵏⴱⴳⵉ ⵉⵙⴼⴽⴰ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵣⵡⴰⵔⵜ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents brought</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵡⵔⵉⵇⵉⵏ ⵍⵍⵉ ⴷ ⵢⵓⵡⵉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵜⵓⵛⵔⵉⵜⵏⵜ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanned codes: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵏⴰⵍ ⵍⵍⵉ ⵉⵜⵜⵓⵖⵔⴰⵏ: %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-251"/>
        <source>Very bad</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵅⵙⵔ ⴰⴽⵯⴰⵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵅⵙⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;average&apos; ⴰⵎⵎⴰⵙ (middle) is a guess.</translatorcomment>
        <translation>ⴰⵎⵎⴰⵙ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵖⵓⴷⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵖⵓⴷⴰ ⴰⴽⵯⴰⵢ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your opinion could not be saved. It may have been given already for this ticket.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;opinion&apos; ⴰⵎⵓⵖⵍⵉ is a guess.</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵃⵟⵟⵓ ⵓⵎⵓⵖⵍⵉ ⵏⵏⴽ. ⵉⵖⵢ ⴰⴷ ⵜ ⵜⴼⴽⵉⴷ ⵢⴰⴷ ⵉ ⵜⴽⴰⵔⴹⴰ ⴰ.</translation>
    </message>
</context>
<context>
    <name>FeedbackThanksScreen</name>
    <message>
        <location line="+284"/>
        <source>Thank you</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵏⵎⵎⵉⵔⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your opinion: it helps us serve visitors better.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;opinion&apos; ⴰⵎⵓⵖⵍⵉ is a guess.</translatorcomment>
        <translation>ⵜⴰⵏⵎⵎⵉⵔⵜ ⵖⴼ ⵓⵎⵓⵖⵍⵉ ⵏⵏⴽ: ⵉⵜⵜⴰⵡⵙ ⴰⵖ ⴰⴷ ⵏⵙⵙⵓⴷⵙ ⵉⵏⴱⴳⴰⵡⵏ ⵅⴼ ⵍⵍⵉⵅⵔ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵎⴷ</translation>
    </message>
</context>
<context>
    <name>FieldHeader</name>
    <message>
        <location filename="../kiosk/ui/field/window.py" line="+118"/>
        <source>Field cases — Opération Marhaba</source>
        <extracomment>the form&apos;s inputs sized for a field laptop (1366x768) rather than a kiosk&apos;s 24&quot; screen the roles that log in here a folder picker: the window&apos;s parent, the title; the folder chosen or None</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;field&apos; ⴳ ⵡⴰⴽⴰⵍ (on the ground) and &apos;Opération&apos; ⵜⴰⵎⵀⵍⵜ are guesses; Marhaba written in Tifinagh.</translatorcomment>
        <translation>ⵉⴷⴰⵙⵉⵜⵏ ⴳ ⵡⴰⴽⴰⵍ — ⵜⴰⵎⵀⵍⵜ ⵎⴰⵔⵃⴰⴱⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); as in ConsoleHeader.</translatorcomment>
        <translation>ⵇⵇⵏ</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location line="+247"/>
        <source>Case saved (version %1). It is on this device and goes to the centre with the next sync or handover file.</source>
        <extracomment>bumped at each login and lock: a job&apos;s answer from an earlier session is dropped</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;handover file&apos; ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ (file of delivery) is a guess.</translatorcomment>
        <translation>ⵉⵜⵜⵓⵃⵟⵟⵓ ⵓⴷⴰⵙⵉ (ⵜⴰⵏⵖⵍⵜ %1). ⵉⵍⵍⴰ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ, ⴰⴷ ⵉⴷⴷⵓ ⵖⵔ ⵓⵏⴰⵎⵎⴰⵙ ⴷ ⵓⵙⵎⵢⴰⵡⴰⴹ ⵉⴹⴼⵕⵏ ⵏⵖ ⴷ ⵓⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ ⵉⴹⴼⵕⵏ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where is the USB stick?</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;USB stick&apos; ⵜⴰⵙⴰⵔⵓⵜ USB (USB key, as the French &apos;clé USB&apos;) is a guess.</translatorcomment>
        <translation>ⵎⴰⵏⵉ ⵜⵍⵍⴰ ⵜⵙⴰⵔⵓⵜ USB?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the handover file…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;handover file&apos; ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ (file of delivery) is a guess.</translatorcomment>
        <translation>ⴰⵔ ⵉⵜⵜⵓⵢⴰⵔⴰ ⵓⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); the count as a label (&apos;changes: %n&apos;) since Qt has no plural rule; &apos;encrypted&apos; ⵉⵜⵜⵓⵙⵏⵜⵍ (hidden) and &apos;connected&apos; ⵉⵣⴷⵉⵏ are guesses; &apos;kiosk import&apos; is a command, kept.</translatorcomment>
        <translation>
            <numerusform>ⵉⵜⵜⵓⵢⴰⵔⵓ ⵓⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ, ⵉⵜⵜⵓⵙⵏⵜⵍ ⵉ ⵓⵏⴰⵎⵎⴰⵙ: %1 (ⵉⵙⵏⴼⴰⵍ: %n). ⴼⴽ ⵜⴰⵙⴰⵔⵓⵜ ⵉ ⵢⴰⵜ ⵜⵎⴰⵛⵉⵏⵜ Jisr ⵉⵣⴷⵉⵏ ⴷ ⵓⵥⴹⴰ: kiosk import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../kiosk/ui/field/words.py" line="+18"/>
        <source>Medical</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a kind of assistance: &apos;medical&apos; as ⵜⴰⴷⵓⵙⵉ (health) is a guess.</translatorcomment>
        <translation>ⵜⴰⴷⵓⵙⵉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a kind of assistance: &apos;administrative&apos; as ⵜⴰⵏⴱⴹⴰⵏⵜ (administration).</translatorcomment>
        <translation>ⵜⴰⵏⴱⴹⴰⵏⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a kind of assistance: &apos;customs&apos; ⴷⴷⵉⵡⴰⵏⴰ is a loanword (Darija &apos;diwana&apos;): is there a standard term?.</translatorcomment>
        <translation>ⴷⴷⵉⵡⴰⵏⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a kind of assistance: &apos;social&apos; ⵜⴰⵏⴰⵎⵓⵏⵜ (agreeing with ⵜⴰⵡⵉⵙⵉ, help) is a guess.</translatorcomment>
        <translation>ⵜⴰⵏⴰⵎⵓⵏⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a kind of assistance: &apos;legal&apos; as ⴰⵣⵔⴼ (law) is a guess.</translatorcomment>
        <translation>ⴰⵣⵔⴼ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a kind of assistance: &apos;transport&apos; ⴰⵙⵎⵓⵙⵙⵓ (moving) is a guess.</translatorcomment>
        <translation>ⴰⵙⵎⵓⵙⵙⵓ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of assistance</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;kind&apos; ⴰⵏⴰⵡ, &apos;assistance&apos; ⵜⴰⵡⵉⵙⵉ (as in SyncWords&apos; support).</translatorcomment>
        <translation>ⴰⵏⴰⵡ ⵏ ⵜⵡⵉⵙⵉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵙⵎ ⵏ ⵓⵎⴷⴰⴳⴰⵍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;residence&apos; ⴰⵣⴷⴰⵖ is a guess.</translatorcomment>
        <translation>ⵜⴰⵎⵓⵔⵜ ⵏ ⵓⵣⴷⴰⵖ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;language he speaks&apos;: construct state to check.</translatorcomment>
        <translation>ⵜⵓⵜⵍⴰⵢⵜ ⵍⵍⵉ ⵉⵙⴰⵡⴰⵍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate (optional)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;plate&apos; ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵜ (the car&apos;s number) is a guess; &apos;(optional)&apos; as in CommentScreen.</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵜ (ⵓⵔ ⵉⵍⵣⵎ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵎⴰⴷ ⵉⵊⵔⴰⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;action taken&apos; as &apos;what was done&apos;.</translatorcomment>
        <translation>ⵎⴰⴷ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;referred to&apos; as &apos;sent to&apos; is a guess.</translatorcomment>
        <translation>ⵉⵜⵜⵓⵙⵉⴼⴹ ⵖⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;follow-up&apos; ⴰⴹⴼⴼⵓⵕ is a guess.</translatorcomment>
        <translation>ⴰⴹⴼⴼⵓⵕ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please fill in: %1.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); %1 is a field&apos;s label.</translatorcomment>
        <translation>ⵜⵜⵅⵉⵍⴽ, ⴰⵔⵓ: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long. Please shorten it.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); %1 is a field&apos;s label; &apos;shorten&apos; ⵙⴳⵣⵍ is a guess.</translatorcomment>
        <translation>%1 ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ. ⵜⵜⵅⵉⵍⴽ, ⵙⴳⵣⵍ ⵜ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle plate may hold letters, digits, spaces and dashes only.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;digits&apos; ⵉⵎⴹⴰⵏ, &apos;spaces&apos; ⵉⵅⵍⴰⵢ and &apos;dashes&apos; ⵜⵉⵣⵔⵉⵔⵉⴳⵉⵏ are guesses.</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ ⵜⴽⵔⵔⵓⵙⵜ ⵉⵣⵎⵔ ⴰⴷ ⵢⴰⵎⵥ ⵖⴰⵙ ⵉⵙⴽⴽⵉⵍⵏ, ⵉⵎⴹⴰⵏ, ⵉⵅⵍⴰⵢ ⴷ ⵜⵉⵣⵔⵉⵔⵉⴳⵉⵏ (-).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds characters that cannot be saved.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); %1 is a field&apos;s label.</translatorcomment>
        <translation>%1 ⵉⵍⵍⴰ ⴳⵉⵙ ⴽⵔⴰ ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵍⵍⵉ ⵓⵔ ⵉⵣⵎⵉⵔⵏ ⴰⴷ ⵜⵜⵓⵃⵟⵟⵓⵏ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not one of yours, or it no longer exists.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴷⴰⵙⵉ ⴰ ⵓⵔ ⵉⴳⵉ ⵡⵉⵏⵏⴽ, ⵏⵖ ⵓⵔ ⵙⵓⵍ ⵉⵍⵍⵉ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case could not be saved. Nothing was changed.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;nothing was changed&apos; as in ConsoleWords.</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⴷⴰⵙⵉ ⴰⴷ ⵉⵜⵜⵓⵃⵟⵟⵓ. ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not enrolled at the centre, so it cannot write a handover file. Ask your supervisor to enrol it.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;enrol&apos; ⵣⵎⵎⴻⵎ and &apos;supervisor&apos; ⴰⵎⵖⴰⵔ as in SyncWords and StaffLoginWidget; &apos;handover file&apos; ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ (file of delivery) is a guess.</translatorcomment>
        <translation>ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰ ⵓⵔ ⵜⵜⵓⵣⵎⵎⴻⵎ ⴳ ⵓⵏⴰⵎⵎⴰⵙ, ⵉⵎⴽ ⴰ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⴰⵔⵓ ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ. ⵙⵓⵜⵔ ⵙⴳ ⵓⵎⵖⴰⵔ ⵏⵏⴽ ⴰⴷ ⵜⵜ ⵉⵣⵎⵎⴻⵎ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has not received the centre&apos;s key yet. Connect it to the network once and let it sync, then save the handover file again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); the centre&apos;s (encryption) &apos;key&apos; ⵜⴰⵙⴰⵔⵓⵜ is also the word used for the USB stick: a native speaker may want two words.</translatorcomment>
        <translation>ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰ ⵓⵔ ⵜⴰ ⵜⵓⵎⵥ ⵜⴰⵙⴰⵔⵓⵜ ⵏ ⵓⵏⴰⵎⵎⴰⵙ. ⵣⴷⵉ ⵜⵜ ⴷ ⵓⵥⴹⴰ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⴰⴷ ⵜⵙⵎⵢⴰⵡⴹ, ⵜⵃⵟⵟⵓⴷ ⴷⴰⵖ ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover file could not be written there. Check that the USB stick is plugged in and not full, then try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;plugged in&apos; ⵙⴽⵛⵎ (put in) is a guess; &apos;USB stick&apos; ⵜⴰⵙⴰⵔⵓⵜ USB (USB key, as the French &apos;clé USB&apos;) is a guess.</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ ⴰⴷ ⵉⵜⵜⵓⵢⴰⵔⵓ ⵖⵉⵏ. ⵥⵕ ⵉⵙ ⵜⵙⴽⵛⵎⴷ ⵜⴰⵙⴰⵔⵓⵜ USB, ⵉⵙ ⵓⵔ ⵜⵛⵓⵕ, ⵜⴰⵔⵎⴷ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover file could not be written. Nothing was changed.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;handover file&apos; ⴰⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ (file of delivery) is a guess.</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⴼⴰⵢⵍⵓ ⵏ ⵓⵙⵉⵡⴹ ⴰⴷ ⵉⵜⵜⵓⵢⴰⵔⵓ. ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases&apos; storage cannot be reached right now. Nothing was lost; please try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;storage&apos; ⴰⵃⵟⵟⵓ as in ConsoleWords; &apos;lost&apos; ⵥⵍⵉ is a guess.</translatorcomment>
        <translation>ⴰⵃⵟⵟⵓ ⵏ ⵉⴷⴰⵙⵉⵜⵏ ⵓⵔ ⵉⵜⵜⵓⵍⴽⴰⵎ ⴷⵖⵉ. ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵥⵍⵉ; ⴰⵔⵎ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;something went wrong&apos; as in ConsoleWords; &apos;lost&apos; ⵥⵍⵉ is a guess.</translatorcomment>
        <translation>ⵍⵍⴰⵏ ⵜⵓⵛⴽⵉⵡⵉⵏ. ⵓⵍⴰ ⴷ ⵢⴰⵜ ⵓⵔ ⵜⵥⵍⵉ; ⴰⵔⵎ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>France</source>
        <extracomment>ISO codes of the countries most Moroccans living abroad reside in, in this order</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⴼⵔⴰⵏⵙⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵙⴱⴰⵏⵢⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵉⵟⴰⵍⵢⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⴱⵍⵊⵉⴽⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name: &apos;Holland&apos;, as Moroccans usually say.</translatorcomment>
        <translation>ⵀⵓⵍⴰⵏⴷⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⴰⵍⵎⴰⵏⵢⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name: &apos;united kingdom&apos;, construct state to check.</translatorcomment>
        <translation>ⵜⴰⴳⵍⴷⵉⵜ ⵉⵎⵓⵏⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵙⵡⵉⵙⵔⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⴱⵓⵔⵜⵓⴳⴰⵍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵙⵡⵉⴷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵏⵓⵔⵡⵉⵊ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⴷⴰⵏⵎⴰⵔⴽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name: ⵏⵏⵎⵙⴰ (Darija/Arabic &apos;nnemsa&apos;) is a guess.</translatorcomment>
        <translation>ⵏⵏⵎⵙⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵍⵓⴽⵙⴰⵏⴱⵓⵔⴳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵉⵔⵍⴰⵏⴷⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⴽⴰⵏⴰⴷⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name: &apos;united states&apos;, a guess.</translatorcomment>
        <translation>ⵉⵡⵓⵏⴰⴽ ⵉⵎⵓⵏⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name: a guess.</translatorcomment>
        <translation>ⵉⵎⵉⵔⴰⵜⵏ ⵉⵄⵔⴰⴱⵏ ⵉⵎⵓⵏⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name: the Arabic name, a guess.</translatorcomment>
        <translation>ⵙⵙⴰⵄⵓⴷⵉⵢⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵇⴰⵟⴰⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name: as in ⵜⴰⴳⵍⴷⵉⵜ ⵏ ⵍⵎⵖⵔⵉⴱ.</translatorcomment>
        <translation>ⵍⵎⵖⵔⵉⴱ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⴷⵣⵣⴰⵢⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵜⵓⵏⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); a country name.</translatorcomment>
        <translation>ⵜⵓⵔⴽⵢⴰ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not given —</source>
        <extracomment>languages a person may speak, each named in itself (code -&gt; name)</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;not given&apos;.</translatorcomment>
        <translation>— ⵓⵔ ⵉⵜⵜⵓⴼⴽⴰ —</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="-160"/>
        <source>This detail is needed for this service.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵍⴰⵇ ⵓⵙⴼⴽ ⴰ ⵉ ⵜⵏⴰⴼⵓⵜ ⴰ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵖⵣⵣⵉⴼ ⴱⴰⵀⵔⴰ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); hyphen and apostrophe shown as the signs themselves; ⴰⵏⵉⵣⵔⴰⵢ for &apos;space&apos; is a guess.</translatorcomment>
        <translation>ⴰⵔⵓ ⵙ ⵉⵙⴽⴽⵉⵍⵏ ⵖⴰⵙ (ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵎⵔⵙⴷ ⴰⵏⵉⵣⵔⴰⵢ, - ⴷ &apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Start with + and the country code, for example +33 6 12 34 56 78.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⴰ ⵓⵔ ⵉⵚⵃⵉ. ⴱⴷⵓ ⵙ + ⴷ ⵓⵟⵟⵓⵏ ⵏ ⵜⵎⵓⵔⵜ, ⵙ ⵓⵎⴷⵢⴰ +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNIE number is 1 or 2 letters then up to 6 digits, for example AB123456.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ CNIE ⵖⵓⵔⵙ 1 ⵏⵖ 2 ⵉⵙⴽⴽⵉⵍⵏ, ⴷⴼⴼⵉⵔ ⵙⵏⵜ ⴰⵔ 6 ⵉⵡⵟⵟⴰⵏ, ⵙ ⵓⵎⴷⵢⴰ AB123456.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;passport&apos; ⴰⴱⴰⵙⴱⵓⵔ, as in the catalog.</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ ⵓⴱⴰⵙⴱⵓⵔ ⵖⵓⵔⵙ ⵙⴳ 6 ⴰⵔ 12 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴷ ⵉⵡⵟⵟⴰⵏ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a CNIE number (for example AB123456) or a passport number.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔⵓ ⵓⵟⵟⵓⵏ ⵏ CNIE (ⵙ ⵓⵎⴷⵢⴰ AB123456) ⵏⵖ ⵓⵟⵟⵓⵏ ⵏ ⵓⴱⴰⵙⴱⵓⵔ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵜⵉ ⵢⴰⵜ ⵜⵎⵓⵔⵜ ⵣⴳ ⵜⵍⴳⴰⵎⵜ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid, for example name@example.com.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⴰ ⵓⵔ ⵉⵚⵃⵉ. ⴰⵎⴷⵢⴰ ⵉⵚⵃⴰⵏ: name@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plate number has 2 to 15 letters and digits.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;plate number&apos; rendered &apos;number of the car&apos; (ⵜⵓⵎⵓⴱⵉⵍ, as in the catalog).</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ ⵜⵓⵎⵓⴱⵉⵍ ⵖⵓⵔⵙ ⵙⴳ 2 ⴰⵔ 15 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴷ ⵉⵡⵟⵟⴰⵏ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this detail.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵥⵕ ⴰⵙⴼⴽ ⴰ ⴷⴰⵖ.</translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+143"/>
        <source>Do you need more time?</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵙ ⵜⵔⵉⴷ ⵓⴳⴳⴰⵔ ⵏ ⵓⴽⵓⴷ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Returning to the start in %n s</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); Qt knows one plural form for zgh, so the unit is the symbol s, which reads for any count.</translatorcomment>
        <translation>
            <numerusform>ⴰⵖⵓⵍ ⵖⵔ ⵓⵙⵙⵏⵜⵉ ⴷⴳ %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need more time</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵢⴰⵀ, ⵔⵉⵖ ⵓⴳⴳⴰⵔ ⵏ ⵓⴽⵓⴷ</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/notice.py" line="+51"/>
        <source>Your personal data</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); as the catalog&apos;s privacy notice title (ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⵓⴷⵎⴰⵡⴰⵏⵏ).</translatorcomment>
        <translation>ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⵓⴷⵎⴰⵡⴰⵏⵏ</translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+123"/>
        <source>Counter console</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵙⵡⵉⵍⵜ ⵏ ⵓⵙⵡⵉⵔ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔⵓ PIN ⵏ ⵉⵏⵎⵀⴰⵍⵏ, ⴷ ⵏⴰⵍ ⵡⴰⵅⵅⴰ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK or Enter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔⵓ PIN ⵏ ⵉⵏⵎⵀⴰⵍⵏ, ⴷ ⵏⴰⵍ ⵡⴰⵅⵅⴰ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screen is for kiosk staff only. Visitors: press Close to go back to the start.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴳⴷⵉⵍ ⴰ ⵉ ⵉⵏⵎⵀⴰⵍⵏ ⵏ ⵜⵎⴰⵛⵉⵏⵜ ⵖⴰⵙ. ⵉⵏⴱⴳⵉⵡⵏ: ⵏⴰⵍⴰⵜ ⵔⴳⵍ ⴰⴷ ⵜⴰⵖⵓⵍⵎ ⵖⵔ ⵓⵙⵙⵏⵜⵉ.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Staff access is not set up on this kiosk. An administrator sets a staff PIN with the command &quot;kiosk staff-pin&quot;, then restarts the kiosk.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴽⵛⴰⵎ ⵏ ⵉⵏⵎⵀⴰⵍⵏ ⵓⵔ ⵉⵜⵜⵓⵙⵡⵊⴷ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ. ⴰⵎⵙⵢⴰⵔ ⵉⵙⵔⵙ PIN ⵙ ⵜⵏⴹⵜ «kiosk staff-pin», ⴷ ⵉⵙⵙⴽⵔ ⵜⴰⵎⴰⵛⵉⵏⵜ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN is set on this PC. An administrator sets one with the command &quot;kiosk staff-pin&quot;.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵍⴰ PIN ⵏ ⵉⵏⵎⵀⴰⵍⵏ ⴳ ⵓⵙⵓⵎⴰⴷ ⴰ. ⴰⵏⵙⵇⴷⴰⵛ ⴰⴷ ⵜ ⵉⵙⵔⵙ ⵙ &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔ ⵉⵜⵜⵓⵥⵕⴰ PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a one-minute pause: %1.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>PIN ⵓⵔ ⵉⵚⵃⵉ. ⵜⵉⵔⵎⵉⵜⵉⵏ ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ ⵇⴱⵍ ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ ⵏ ⵓⵙⴳⵓⵏⴼⵓ: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>
            <numerusform>ⴰⵟⵟⴰⵚ ⵏ PIN ⵓⵔ ⵉⵚⵃⵉⵏ. ⵜⵉⵙⵓⵔⴰ ⵔⴳⵍⵏⵜ: ⴰⵔⵎ ⴷⴰⵖ ⴷⴳ %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff PIN setting of this kiosk is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>PIN ⵏ ⵉⵏⵎⵀⴰⵍⵏ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ ⵉⵅⵙⵔ. ⵙⵔⵙ ⵜ ⴷⴰⵖ ⵙ «kiosk staff-pin».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff PIN setting of this PC is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵙⵖⴰⵍⵜ ⵏ PIN ⴳ ⵓⵙⵓⵎⴰⴷ ⴰ ⵜⵅⵙⵔ. ⵙⵔⵙ ⵜ ⵜⵉⴽⴽⴰⵍ ⵢⴰⴹⵏ ⵙ &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ PIN ⴰⴷ ⵉⵜⵜⵓⵥⵕ. ⴰⵔⵎ ⴷⴰⵖ.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+160"/>
        <source>space</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); word for the space bar is a guess; phone keyboards show the language name there instead.</translatorcomment>
        <translation>ⴰⵏⵉⵣⵔⴰⵢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); ⵡⴰⵅⵅⴰ &apos;all right&apos;; the staff PIN message says to press this key.</translatorcomment>
        <translation>ⵡⴰⵅⵅⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK, done</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵡⴰⵅⵅⴰ, ⵉⴽⵎⵍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⴽⵙ ⴰⵙⴽⴽⵉⵍ ⴰⵏⴳⴳⴰⵔⵓ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letter</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); read aloud for the shift key of the Latin layouts (Tifinagh has no capitals).</translatorcomment>
        <translation>ⴰⵙⴽⴽⵉⵍ ⴰⵎⵇⵔⴰⵏ</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/pin_pad.py" line="+110"/>
        <source>OK</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵡⴰⵅⵅⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last digit</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⴽⵙ ⵓⵟⵟⵓⵏ ⴰⵏⴳⴳⴰⵔⵓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>PIN digits typed: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵡⵟⵟⴰⵏ ⵏ PIN ⵍⵍⵉ ⵜⵓⵔⵉⴷ: %1</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/priority.py" line="+38"/>
        <source>Priority</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵣⵡⴰⵔⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some visitors are served first. Does one of these apply to you? An agent may ask for proof.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;served first&apos; rendered &apos;go in first&apos;; &apos;proof&apos; rendered &apos;a paper&apos;.</translatorcomment>
        <translation>ⴽⵔⴰ ⵏ ⵎⴷⴷⵏ ⴰⵔ ⴽⵛⵛⵎⵏ ⵣⵡⴰⵔ. ⵉⵙ ⵉⵍⵍⴰ ⵢⴰⵏ ⵣⴳ ⵡⵉⴰ ⵖⵓⵔⴽ? ⵉⵣⵎⵔ ⵓⵏⵎⵀⴰⵍ ⴰⴷ ⴰⴽ ⵉⵙⵙⵓⵜⵔ ⵢⴰⵏ ⵓⵔⴰⵜⵓ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am 65 or older</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵖⵓⵔⵉ 65 ⵏ ⵓⵙⴳⴳⵯⴰⵙ ⵏⵖ ⵓⴳⴳⴰⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a disability</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); ⵍⵉⵄⴰⵇⴰ is the spoken loan of Arabic إعاقة; use the respectful standard term if there is one.</translatorcomment>
        <translation>ⵖⵓⵔⵉ ⵍⵉⵄⴰⵇⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); ⵙ ⵜⴰⴷⵉⵙⵜ &apos;with child (belly)&apos;; check it is polite.</translatorcomment>
        <translation>ⵍⵍⵉⵖ ⵙ ⵜⴰⴷⵉⵙⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am with a baby or small child</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;baby&apos; folded into &apos;a small child&apos;.</translatorcomment>
        <translation>ⵍⵍⵉⵖ ⴷ ⵢⴰⵏ ⵓⵔⴱⴰ ⵎⵥⵥⵉⵢⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, continue without priority</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵀⵓ, ⴽⵎⵎⵍ ⴱⵍⴰ ⵜⴰⵣⵡⴰⵔⵜ</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../kiosk/ui/console/queue_view.py" line="+85"/>
        <source>Ticket</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵏⴰⴼⵓⵜ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔⴰⵊⵓ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵎⵉⵜⴰⵔ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴳ ⵓⵔⴰⵊⵓ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue has not been read yet.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵔⴰⵡⵜ ⵓⵔ ⵜⵜⵓⵖⵔⴰ ⵢⴰⴷ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this counter&apos;s groups.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵉⵜⵜⵔⴰⵊⵓ ⴳ ⵜⵔⴰⴱⴱⵓⵜⵉⵏ ⵏ ⵓⵙⵡⵉⵔ ⴰ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In calling order: priority tickets first, then the oldest. Priority tickets: %1.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙ ⵓⵙⵡⵉⵔ ⵏ ⵓⵖⵓⵔⵉ: ⵜⵉⵏ ⵜⵉⵣⵡⵉⵔⵉ ⵣⵡⴰⵔⵏⵜ, ⴷ ⵜⵉⵏ ⵉⵣⵡⴰⵔⵏ. ⵜⵉⵣⵡⵉⵔⵉ: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵣⵡⵉⵔⵉ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred from %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵙⵎⴰⵜⵜⵉ ⵙⴳ %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-199"/>
        <source>How was your visit?</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;visit&apos; ⵜⵉⵔⵣⴼⵜ.</translatorcomment>
        <translation>ⵎⴰⵎⴽ ⵜⵍⵍⴰ ⵜⵉⵔⵣⴼⵜ ⵏⵏⴽ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a number: 1 is very bad, 5 is very good. Then you can add a comment, or make a complaint.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;number&apos; ⴰⵎⴹⴰⵏ.</translatorcomment>
        <translation>ⵙⵍⵖ ⴽⵔⴰ ⵏ ⵓⵎⴹⴰⵏ: 1 ⵉⵅⵙⵔ ⴰⴽⵯⴰⵢ, 5 ⵉⵖⵓⴷⴰ ⴰⴽⵯⴰⵢ. ⴷⴼⵉⵔ ⵓⵢⴰ ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵔⵏⵓⴷ ⴰⵡⴰⵍ ⵏⵖ ⴰⴷ ⵜⵙⴽⵔⴷ ⵜⴰⵖⵓⵔⵉ.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+263"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents (addresses, text) may go with the request for the agent to check. What a visitor typed that reads as a ticket number (not a scanned, signed ticket).</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵖⵔ ⴽⵓⴷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the green frame, about 20 cm from the camera.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;frame&apos; rendered with the loan ⴰⴽⴰⴷⵔ, &apos;camera&apos; with the loan ⴽⴰⵎⵉⵔⴰ; ⴰⵣⴳⵣⴰⵡ for green.</translatorcomment>
        <translation>ⴰⵎⵥ ⴽⵓⴷ QR ⴳ ⵡⴰⵎⵎⴰⵙ ⵏ ⵓⴽⴰⴷⵔ ⴰⵣⴳⵣⴰⵡ, ⵣⵓⵏⴷ 20 cm ⵣⴳ ⴽⴰⵎⵉⵔⴰ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reference instead</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;reference&apos; (the letters and digits printed under the code) rendered ⵜⴰⵎⴰⵜⴰⵔⵜ &apos;sign&apos;; check.</translatorcomment>
        <translation>ⴰⵔⵓ ⵜⴰⵎⴰⵜⴰⵔⵜ ⴳ ⵓⵎⴽⴰⵏ ⵏ ⴽⵓⴷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this request</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵎⵎⵍ ⵙ ⵓⵙⵓⵜⵔ ⴰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my ticket again</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵉⴳⴳⵣ ⵜⴰⴽⴰⵔⴹⴰ ⵉⵏⵓ ⴷⴰⵖ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my request for the agent</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵔⵏⵓ ⵜ ⵖⵔ ⵓⵙⵓⵜⵔ ⵉⵏⵓ ⵉ ⵓⵏⵎⵀⴰⵍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your visit? Give your opinion</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;opinion&apos; ⴰⵎⵓⵖⵍⵉ is a guess.</translatorcomment>
        <translation>ⵎⴰⵎⴽ ⵜⵍⵍⴰ ⵜⵉⵔⵣⴼⵜ ⵏⵏⴽ? ⴼⴽ ⴰⵎⵓⵖⵍⵉ ⵏⵏⴽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel your ticket</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;cancel&apos; rendered ⴽⴽⵙ &apos;remove&apos; here and in the other ticket messages.</translatorcomment>
        <translation>ⵏⴰⵍ ⴷⴰⵖ ⴰⴷ ⵜⴽⴽⵙⴷ ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel my ticket</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⴽⵙ ⵜⴰⴽⴰⵔⴹⴰ ⵉⵏⵓ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera is not available. You can type the reference written under the code instead.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⴰⵎⵉⵔⴰ ⵓⵔ ⵜⵍⵍⵉ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵔⵓⴷ ⵜⴰⵎⴰⵜⴰⵔⵜ ⵍⵍⵉ ⵉⵜⵜⵓⵢⴰⵔⵓⵏ ⴷⴷⴰⵡ ⵏ ⴽⵓⴷ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a code…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔ ⵏⵜⵜⵔⴰⵊⵓ ⴽⵓⴷ…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This code has been changed or forged: it cannot be used. An agent at the counter can help.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵓⴷ ⴰ ⵉⵜⵜⵓⵙⵏⴼⵍ ⵏⵖ ⵉⵜⵜⵓⵣⵓⵡⵡⵔ: ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ. ⵉⵣⵎⵔ ⵓⵏⵎⵀⴰⵍ ⵏ ⵓⵙⵔⵓⵙ ⴰⴷ ⴽ ⵢⴰⵡⵙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was not made by a Jisr kiosk or centre we know. An agent at the counter can check it.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); the product name Jisr is kept in Latin letters; write it ⵊⵉⵙⵔ if the kiosk and tickets do.</translatorcomment>
        <translation>ⴽⵓⴷ ⴰ ⵓⵔ ⵜ ⵉⵙⴽⵉⵔ ⵢⴰⵜ ⵜⵎⴰⵛⵉⵏⵜ ⵏⵖ ⵢⴰⵏ ⵓⵏⴰⵎⵎⴰⵙ ⵏ Jisr ⵍⵍⵉ ⵏⵙⵙⵏ. ⵉⵣⵎⵔ ⵓⵏⵎⵀⴰⵍ ⵏ ⵓⵙⵔⵓⵙ ⴰⴷ ⵜ ⵉⵥⵕ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵓⴷ ⴰ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid yet.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵓⴷ ⴰ ⵓⵔ ⵜⴰ ⵉⵚⵃⵉ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code cannot be read. Hold it still inside the frame, or type the reference.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ ⴽⵓⴷ ⴰ ⴰⴷ ⵉⵜⵜⵓⵖⵔ. ⴰⵎⵥ ⵜ ⴱⵍⴰ ⴰⵙⵎⵓⵙⵙⵓ ⴳ ⵡⴰⵎⵎⴰⵙ ⵏ ⵓⴽⴰⴷⵔ, ⵏⵖ ⴰⵔⵓ ⵜⴰⵎⴰⵜⴰⵔⵜ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official address of %1: %2</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⵙⴰ ⴰⵏⴰⵎⵓⵙ ⵏ %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown address, it will not be opened: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⵙⴰ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ, ⵓⵔ ⵔⴰⴷ ⵉⵜⵜⵓⵕⵥⵎ: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request is for a service not offered at this kiosk. Please ask at the counter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵓⵜⵔ ⴰ ⵉⵅⵚⵚ ⵢⴰⵜ ⵜⵏⴰⴼⵓⵜ ⵍⵍⵉ ⵓⵔ ⵜⵍⵍⵉ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ. ⵙⵇⵙⴰ ⴳ ⵓⵙⵔⵓⵙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request made at home: %1. Check it, then continue.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵓⵜⵔ ⵏⵏⴽ ⵍⵍⵉ ⵜⵙⵡⵊⴷⴷ ⴳ ⵜⴳⵎⵎⵉ: %1. ⵥⵕ ⵜ, ⴷ ⴽⵎⵎⵍ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text read: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⴹⵕⵉⵚ ⵍⵍⵉ ⵉⵜⵜⵓⵖⵔⴰⵏ: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ %1 ⵜⴽⴽⴰ ⴷ ⵙⴳ ⵢⴰⵏ ⵓⴷⵖⴰⵔ ⵢⴰⴹⵏ: ⵙⵇⵙⴰ ⴳ ⵓⵙⵔⵓⵙ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 has been served. Thank you for your visit.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;served&apos; ⵜⵜⵓⵙⵙⵓⴷⵙ is a guess.</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ %1 ⵜⵜⵓⵙⵙⵓⴷⵙ. ⵜⴰⵏⵎⵎⵉⵔⵜ ⵖⴼ ⵜⵉⵔⵣⴼⵜ ⵏⵏⴽ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1: looking up your place…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ %1: ⴰⵔ ⵏⵔⵣⵣⵓ ⵅⴼ ⵓⴷⵖⴰⵔ ⵏⵏⴽ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1. People ahead of you: %2. Estimated wait in minutes: %3.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ %1. ⵎⴷⴷⵏ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⴷⴰⵜ ⵏⵏⴽ: %2. ⴰⵔⴰⵊⵓ ⵙ ⵜⵓⵙⴷⵉⴷⵉⵏ: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been called: please go to the counter now.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ %1 ⵜⵜⵓⵖⵔⴰ: ⴷⴷⵓ ⵙ ⵓⵙⵔⵓⵙ ⴷⵖⵉ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is no longer in the queue.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;queue&apos; rendered &apos;waiting list&apos; (ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵓⵔⴰⵊⵓ) here and on the ticket screen.</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ %1 ⵓⵔ ⵙⵓⵍ ⵜⵍⵍⵉ ⴳ ⵜⵍⴳⴰⵎⵜ ⵏ ⵓⵔⴰⵊⵓ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: the agent will see it with your request.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⵔⵏⴰ: ⴰⴷ ⵜ ⵉⵥⵕ ⵓⵏⵎⵀⴰⵍ ⴷ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already with your request, or five codes are there already.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴽⵓⴷ ⴰ ⵉⵍⵍⴰ ⵢⴰⴷ ⴷ ⵓⵙⵓⵜⵔ ⵏⵏⴽ, ⵏⵖ ⵍⵍⴰⵏ ⵢⴰⴷ ⵙⵎⵎⵓⵙ ⵏ ⴽⵓⴷ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ticket has been printed again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ ⵜⵜⵓⵙⵉⴳⴳⵣ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⴽⴰⵔⴹⴰ ⴰⴷ ⵜⵜⵓⵙⵉⴳⴳⵣ. ⵙⵇⵙⴰ ⴳ ⵓⵙⵔⵓⵙ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ ⵜⵜⵓⴽⴽⵙ. ⵜⴰⵏⵎⵎⵉⵔⵜ ⵉⵎⵉ ⴰⵖ ⵜⵏⵏⵉⴷ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ ⴰ ⵓⵔ ⵙⵓⵍ ⵜⵍⵍⵉ ⴳ ⵓⵔⴰⵊⵓ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⴽⴰⵔⴹⴰ ⴰⴷ ⵜⵜⵓⴽⴽⵙ. ⵙⵇⵙⴰ ⴳ ⵓⵙⵔⵓⵙ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⴽⴰⵔⴹⴰ ⵙ ⵓⵟⵟⵓⵏ ⴰ ⴰⵙⵙⴰ. ⵥⵕ ⴰⵟⵟⵓⵏ, ⵏⵖ ⵙⵇⵙⴰ ⴳ ⵓⵙⵔⵓⵙ.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="+60"/>
        <source>Search for a service</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;service&apos; rendered ⵜⴰⵏⴰⴼⵓⵜ (pl. ⵜⵉⵏⴰⴼⵓⵜⵉⵏ) everywhere; &apos;search&apos; ⵔⵣⵓ.</translatorcomment>
        <translation>ⵔⵣⵓ ⵅⴼ ⵢⴰⵜ ⵜⵏⴰⴼⵓⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔⵓ ⴽⵔⴰ ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵣⴳ ⵉⵙⵎ ⵏ ⵜⵏⴰⴼⵓⵜ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You can type the name in any language of this kiosk.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵔⵓⴷ ⵉⵙⵎ ⵙ ⵢⴰⵜ ⵙⴳ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵏ ⵜⵎⴰⵛⵉⵏⵜ ⴰ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No service matches. Try another word, or go back and choose a picture.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵏⴰⴼⵓⵜ. ⴰⵔⵎ ⵢⴰⵜ ⵜⴳⵓⵔⵉ ⵢⴰⴹⵏ, ⵏⵖ ⵓⵖⵓⵍ ⵙ ⴷⴼⴼⵉⵔ ⵜⵙⵜⵉⴷ ⵢⴰⵜ ⵜⵡⵍⴰⴼⵜ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Services found: %n</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); one plural form for zgh in Qt, so the count comes last, as a label.</translatorcomment>
        <translation>
            <numerusform>ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴼⴰⵏ: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/service_card.py" line="+154"/>
        <source>Handled by: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); rendered &apos;administration: %1&apos;.</translatorcomment>
        <translation>ⵜⴰⵏⴱⴰⴹⵜ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring — tick what you have:</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;documents to bring&apos; as on the printed ticket; &apos;document&apos; ⴰⵔⴰⵜⵓ (pl. ⵉⵔⴰⵜⵓⵜⵏ) everywhere, as in the catalog; &apos;tick&apos; ⵙⵎⴰⵜⵔ &apos;mark&apos;.</translatorcomment>
        <translation>ⵉⵔⴰⵜⵓⵜⵏ ⵏⵏⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⴷ ⵜⴰⵡⵉⴷ — ⵙⵎⴰⵜⵔ ⵡⵉⵏⵏⴰ ⵖⵓⵔⴽ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document is needed.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵍⴰⵇ ⵃⵜⵜⴰ ⵢⴰⵏ ⵓⵔⴰⵜⵓ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;fee&apos; rendered ⴰⵜⵉⴳ &apos;price&apos;.</translatorcomment>
        <translation>ⴰⵜⵉⴳ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: ask at the counter</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵜⵉⴳ: ⵙⵇⵙⴰ ⴳ ⵓⵙⵔⵓⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;delay&apos; (time the service takes) rendered ⴰⵣⵎⵣ &apos;time&apos;.</translatorcomment>
        <translation>ⴰⵣⵎⵣ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicative, last checked on %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); worded as the printed ticket&apos;s &apos;indicative, checked on&apos;; %1 is a date such as ⴰⵙⵉⵏⴰⵙ 5 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024.</translatorcomment>
        <translation>ⵉⵙⴼⴽⴰ ⴰ ⴳⴰⵏ ⴰⵙⵏⵎⵍ, ⵜⵜⵓⵙⴼⵔⵏ ⴳ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also possible online:</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵥⴹⴰⵕ ⵓⵍⴰ ⵙ ⵓⵥⴹⴰ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a ticket for this service</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵎⵥ ⵜⴰⴽⴰⵔⴹⴰ ⵉ ⵜⵏⴰⴼⵓⵜ ⴰ</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+26"/>
        <source>Touch the service you need.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵏⴰⵍ ⵜⴰⵏⴰⴼⵓⵜ ⵍⵍⵉ ⵜⵔⵉⴷ.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../kiosk/ui/console/setup_view.py" line="+115"/>
        <source>Your counter</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵡⵉⵔ ⵏⵏⵓⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter number</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏ ⵓⵙⵡⵉⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service groups this counter serves</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ ⵏ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵏ ⵓⵙⵡⵉⵔ ⴰ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the counter</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵕⵥⵎ ⴰⵙⵡⵉⵔ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one group.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴼⵔⵏ ⵢⴰⵜ ⵜⵔⴰⴱⴱⵓⵜ ⵎⴰⵙ ⴷⵔⵓⵙ.</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_header.py" line="+87"/>
        <source>Close</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵔⴳⵍ</translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+340"/>
        <source>Checking the PIN…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔ ⵉⵜⵜⵓⵥⵕⴰ PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before this account is locked: %1.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;account&apos; ⴰⵎⵉⴹⴰⵏ and &apos;is locked&apos; ⵉⵜⵜⵓⵔⴳⵍ (&apos;is closed&apos;, as the Close button ⵔⴳⵍ) are guesses.</translatorcomment>
        <translation>PIN ⵓⵔ ⵉⵚⵃⵉ. ⵜⵉⵔⵎⵉⵜⵉⵏ ⵍⵍⵉ ⵉⵇⵇⵉⵎⵏ ⵇⴱⵍ ⴰⴷ ⵉⵜⵜⵓⵔⴳⵍ ⵓⵎⵉⴹⴰⵏ ⴰ: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); one plural form for zgh in Qt, so the unit is the symbol min; &apos;account&apos; ⴰⵎⵉⴹⴰⵏ is a guess.</translatorcomment>
        <translation>
            <numerusform>ⴰⵟⵟⴰⵚ ⵏ PIN ⵓⵔ ⵉⵚⵃⵉⵏ. ⴰⵎⵉⴹⴰⵏ ⴰ ⵉⵜⵜⵓⵔⴳⵍ: ⴰⵔⵎ ⴷⴰⵖ ⴷⴳ %n min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN of this account cannot be checked. A supervisor must set it again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;supervisor&apos; ⴰⵎⵖⴰⵔ (&apos;chief&apos;) is a guess.</translatorcomment>
        <translation>PIN ⵏ ⵓⵎⵉⴹⴰⵏ ⴰ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵥⵕ. ⵉⵇⵇⴰⵏ ⴰⴷ ⵜ ⵉⵙⵔⵙ ⵓⵎⵖⴰⵔ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ PIN ⴰⴷ ⵉⵜⵜⵓⵥⵕ. ⴰⵔⵎ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of staff could not be read. Close this screen and try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;list&apos; ⵜⴰⵍⴳⴰⵎⵜ is a guess.</translatorcomment>
        <translation>ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⵍⴳⴰⵎⵜ ⵏ ⵉⵏⵎⵀⴰⵍⵏ ⴰⴷ ⵜⵜⵓⵖⵔ. ⵔⴳⵍ ⴰⴳⴷⵉⵍ ⴰ ⵜⴰⵔⵎⴷ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot log in here any more. Ask a supervisor.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵎⵉⴹⴰⵏ ⴰ ⵓⵔ ⵙⵓⵍ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⴽⵛⵎ ⵖⵉⴷ. ⵙⵇⵙⴰ ⴰⵎⵖⴰⵔ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff account can log in here yet. A supervisor adds them with the command %1.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); rendered &apos;there is no staff account here yet&apos;; %1 is the command, in Latin letters.</translatorcomment>
        <translation>ⵓⵔ ⵙⵓⵍ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏ ⵉⵏⵎⵀⴰⵍⵏ ⵖⵉⴷ. ⴰⵎⵖⴰⵔ ⵉⵔⵏⵓ ⵜⵏ ⵙ ⵜⵏⴹⵜ %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;supervisor&apos; ⴰⵎⵖⴰⵔ (&apos;chief&apos;) is a guess.</translatorcomment>
        <translation>ⴰⵎⵖⴰⵔ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field team</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;team&apos; ⵜⴰⵔⴱⴰⵄⵜ, &apos;field&apos; ⴰⵏⵏⴰⵔ: guesses.</translatorcomment>
        <translation>ⵜⴰⵔⴱⴰⵄⵜ ⵏ ⵓⵏⵏⴰⵔ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); as in the catalog (ⴰⵏⵎⵀⴰⵍ).</translatorcomment>
        <translation>ⴰⵏⵎⵀⴰⵍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you? Touch your name.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵎⴰ ⴽⵢⵢ? ⵏⴰⵍ ⵉⵙⵎ ⵏⵏⴽ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not you? Back to the names</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⴷ ⴽⵢⵢ? ⴰⵖⵓⵍ ⵖⵔ ⵉⵙⵎⴰⵡⵏ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN, then press OK.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔⵓ PIN ⵏⵏⴽ, ⴷ ⵏⴰⵍ ⵡⴰⵅⵅⴰ.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_pin.py" line="+120"/>
        <source>Staff access</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;staff&apos; and &apos;agent&apos; both rendered ⴰⵏⵎⵀⴰⵍ (pl. ⵉⵏⵎⵀⴰⵍⵏ) everywhere, as in the catalog.</translatorcomment>
        <translation>ⴰⴽⵛⴰⵎ ⵏ ⵉⵏⵎⵀⴰⵍⵏ</translation>
    </message>
</context>
<context>
    <name>StaffSyncScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_sync.py" line="+181"/>
        <source>Sync with the centre</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;sync&apos; rendered ⴰⵙⵎⵢⴰⵡⴰⴹ and &apos;centre&apos; ⴰⵏⴰⵎⵎⴰⵙ in every staff message; check both.</translatorcomment>
        <translation>ⴰⵙⵎⵢⴰⵡⴰⴹ ⴷ ⵓⵏⴰⵎⵎⴰⵙ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events waiting to be sent</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵎⵓⵙⵙⵓⵜⵏ ⵍⵍⵉ ⵉⵜⵜⵔⴰⵊⴰⵏ ⴰⴷ ⵜⵜⵓⵣⵏⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events refused by the centre</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵎⵓⵙⵙⵓⵜⵏ ⵍⵍⵉ ⵢⵓⴳⵉ ⵓⵏⴰⵎⵎⴰⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵎⵢⴰⵡⴰⴹ ⴰⵏⴳⴳⴰⵔⵓ ⵉⵙⵍⴽⵎⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵔⵎⵉⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵔⵎⵉⵜ ⵍⵍⵉ ⴷ ⵉⵜⵜⴰⵡⴹⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⵙⴰ ⵏ ⵓⵏⴰⵎⵎⴰⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ID ⵏ ⵜⵎⴰⵛⵉⵏⵜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data version</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;version&apos; ⵜⴰⵏⵖⵍⵜ and &apos;reference data&apos; ⵉⵙⴼⴽⴰ ⵏ ⵓⵙⵏⵎⵍ are guesses.</translatorcomment>
        <translation>ⵜⴰⵏⵖⵍⵜ ⵏ ⵉⵙⴼⴽⴰ ⵏ ⵓⵙⵏⵎⵍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵎⵢⴰⵡⴹ ⴷⵖⵉ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last error: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵓⵣⴳⵍⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For support: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;support&apos; rendered &apos;technical help&apos; (ⵜⴰⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ) in every staff message.</translatorcomment>
        <translation>ⵉ ⵜⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Never</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵊⵊ</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not planned</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵍⵍⵉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵜⵜⵓⵙⵔⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled yet</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⴰ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵡⴰⵍⵓ ⴰⵔ ⴷⵖⵉ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trying now…</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔ ⵜⵜⴰⵔⵎ ⴷⵖⵉ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync worked.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵙⵍⴽⵎ ⵓⵙⵎⵢⴰⵡⴰⴹ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That try did not work.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵔⵎⵉⵜ ⴰⴷ ⵓⵔ ⵜⵙⵍⴽⵎ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: the kiosk keeps trying.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⴰ ⵜⵍⵍⵉ ⵜⵉⵔⵓⵔⵉⵜ: ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰⵔ ⵜⵜⴰⵔⵎ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start. Try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⴱⴷⵓ. ⴰⵔⵎ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+146"/>
        <source>Event No. %1 will be sent again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵎⵓⵙⵙⵓ ⵓⵟⵟⵓⵏ %1 ⴰⴷ ⵉⵜⵜⵓⵣⵏ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event No. %1 was discarded. It stays recorded on this kiosk.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵎⵓⵙⵙⵓ ⵓⵟⵟⵓⵏ %1 ⵉⵜⵜⵓⵙⵔⵙ ⵖⵔ ⵜⵙⴳⴰ. ⵉⵇⵇⵉⵎ ⵉⵜⵜⵓⵢⴰⵔⵓ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event No. %1 is no longer in the list.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵎⵓⵙⵙⵓ ⵓⵟⵟⵓⵏ %1 ⵓⵔ ⵙⵓⵍ ⵉⵍⵍⵉ ⴳ ⵜⵍⴳⴰⵎⵜ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵙⵍⴽⵎ. ⴰⵔⵎ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The list of refused events could not be read.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⵍⴳⴰⵎⵜ ⵏ ⵉⵎⵓⵙⵙⵓⵜⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴳⴰⵏ ⴰⴷ ⵜⵜⵓⵖⵔ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused events (%1)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵎⵓⵙⵙⵓⵜⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴳⴰⵏ (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None. Every event the centre received was accepted.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵡⴰⵍⵓ. ⴽⵓ ⴰⵎⵓⵙⵙⵓ ⵉⵍⴽⵎⵏ ⴰⵏⴰⵎⵎⴰⵙ ⵉⵜⵜⵓⵇⴱⵍ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest %1 of %2 are listed.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵔ ⴷ ⵜⵜⴱⴰⵢⴰⵏⵏ %1 ⵉⵇⴷⵉⵎⵏ ⵣⴳ %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry sends an event again; Discard sets it aside for good.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); names the two buttons of DeadLetterRow; keep them in step.</translatorcomment>
        <translation>«ⴰⵍⵙ» ⵉⵜⵜⴰⵣⵏ ⴰⵎⵓⵙⵙⵓ ⴷⴰⵖ; «ⵙⵔⵙ ⵜ ⵖⵔ ⵜⵙⴳⴰ» ⵉⵜⵜⴰⵊⵊⴰ ⵜ ⵉ ⵍⴱⴷⴷ.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+151"/>
        <source>Back</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵖⵓⵍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴱⴷⵓ ⴷⴰⵖ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {current} of {total}</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵓⵔⵉⴼ {current} ⵣⴳ {total}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../kiosk/ui/sync_words.py" line="+20"/>
        <source>Online</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); state names: &apos;connected&apos; ⵉⵇⵇⵏ / &apos;not connected&apos; ⵓⵔ ⵉⵇⵇⵉⵏ.</translatorcomment>
        <translation>ⵉⵇⵇⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵇⵇⵉⵏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵜⵜⵓⴽⴽⵙ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is in touch with the centre.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵎⴰⵛⵉⵏⵜ ⵜⵇⵇⵏ ⴷ ⵓⵏⴰⵎⵎⴰⵙ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No link with the centre: events wait safely on this kiosk.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵉⵍⵍⵉ ⵓⵣⴷⴰⵢ ⴷ ⵓⵏⴰⵎⵎⴰⵙ: ⵉⵎⵓⵙⵙⵓⵜⵏ ⴰⵔ ⵜⵜⵔⴰⵊⵓⵏ ⵙ ⵍⴰⵎⴰⵏ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>This device has been revoked. Call support.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰ ⵜⵜⵓⴽⴽⵙ. ⵖⵔ ⵉ ⵜⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Events wait on this kiosk. Ask support to enrol it.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵎⵓⵙⵙⵓⵜⵏ ⴰⵔ ⵜⵜⵔⴰⵊⵓⵏ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ. ⵙⵓⵜⵔ ⵙⴳ ⵜⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ ⴰⴷ ⵜⵜ ⵣⵎⵎⵎⵏ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵡⴰⵍⵓ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre cannot be reached. Check the network cable or the Wi-Fi.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;network&apos; ⴰⵥⴹⴰ as in the catalog; &apos;cable&apos; ⴰⵙⵍⴽ is a guess.</translatorcomment>
        <translation>ⵓⵔ ⵉⵜⵜⵓⵍⴽⴰⵎ ⵓⵏⴰⵎⵎⴰⵙ. ⵥⵕ ⴰⵙⵍⴽ ⵏ ⵓⵥⴹⴰ ⵏⵖ Wi-Fi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre did not answer in time. The kiosk will try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⴷ ⵉⵔⵓⵔ ⵓⵏⴰⵎⵎⴰⵙ ⴳ ⵓⴽⵓⴷ. ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰⴷ ⵜⴰⵍⵙ ⵜⴰⵔⵎⵉⵜ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre had a problem on its side. The kiosk will try again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵍⵍⴰ ⵢⴰⵏ ⵓⵎⵓⴽⵔⵉⵙ ⴳ ⵓⵏⴰⵎⵎⴰⵙ. ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰⴷ ⵜⴰⵍⵙ ⵜⴰⵔⵎⵉⵜ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is busy and asked the kiosk to wait. It will try again by itself.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⴰⵎⵎⴰⵙ ⵉⵜⵜⵡⴰⵟⵟⴼ, ⵉⵙⵓⵜⵔ ⵙⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰⴷ ⵜⵔⴰⵊⵓ. ⴰⴷ ⵜⴰⵍⵙ ⵜⴰⵔⵎⵉⵜ ⵙ ⵉⵅⴼ ⵏⵏⵙ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre does not recognise this device. Call support to enrol it again.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵏⴰⵎⵎⴰⵙ ⵓⵔ ⵉⵙⵙⵏ ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰ. ⵖⵔ ⵉ ⵜⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ ⴰⴷ ⵜⵜ ⵣⵎⵎⵎⵏ ⴷⴰⵖ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre is missing events this kiosk no longer has. Nothing is skipped: call support.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵅⵚⵚⴰⵏ ⵉ ⵓⵏⴰⵎⵎⴰⵙ ⵉⵎⵓⵙⵙⵓⵜⵏ ⵍⵍⵉ ⵓⵔ ⵙⵓⵍ ⵍⵍⵉⵏ ⴳ ⵜⵎⴰⵛⵉⵏⵜ ⴰ. ⵓⵔ ⵉⵜⵜⵓⵣⴳⵔ ⵡⴰⵍⵓ: ⵖⵔ ⵉ ⵜⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre gave an answer the kiosk does not understand. Call support if this lasts.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵔⴰⵔ ⴷ ⵓⵏⴰⵎⵎⴰⵙ ⵙ ⵢⴰⵜ ⵜⵉⵔⵓⵔⵉⵜ ⵍⵍⵉ ⵓⵔ ⵜⵙⵙⵏ ⵜⵎⴰⵛⵉⵏⵜ ⴰ. ⵖⵔ ⵉ ⵜⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ ⵎⴽ ⵉⵇⵇⵉⵎ ⵡⴰⵢⴰ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s security certificate is not the expected one. Check the kiosk&apos;s date and time, then call support.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;security certificate&apos; (ⴰⵙⵎⵍ ⵏ ⵜⵏⴼⵔⵓⵜ) is a guess; &apos;date&apos; ⴰⵙⴰⴽⵓⴷ, &apos;time&apos; ⵜⴰⵙⵔⴰⴳⵜ.</translatorcomment>
        <translation>ⴰⵙⵎⵍ ⵏ ⵜⵏⴼⵔⵓⵜ ⵏ ⵓⵏⴰⵎⵎⴰⵙ ⵓⵔ ⴷ ⵡⵉⵏⵏ ⵍⵍⵉ ⵏⵔⴰⵊⵓ. ⵥⵕ ⴰⵙⴰⴽⵓⴷ ⴷ ⵜⵙⵔⴰⴳⵜ ⵏ ⵜⵎⴰⵛⵉⵏⵜ, ⴷ ⵖⵔ ⵉ ⵜⵡⵉⵙⵉ ⵜⴰⵜⵉⴽⵏⵉⴽⵜ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New reference data from the centre was refused. The kiosk keeps using the data it has.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵉⵙⴼⴽⴰ ⵉⵎⴰⵢⵏⵓⵜⵏ ⵏ ⵓⵙⵏⵎⵍ ⵣⴳ ⵓⵏⴰⵎⵎⴰⵙ ⵜⵜⵓⴳⴰⵏ. ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰⵔ ⵜⵙⵎⵔⴰⵙ ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵖⵓⵔⵙ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem (%1).</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵎⵓⴽⵔⵉⵙ ⵓⵔ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today at %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵙⵙⴰ ⴳ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>%1 ⴳ %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not planned</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵍⵍⵉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴷⵖⵉ</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>in %n s</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); one plural form for zgh in Qt; the unit symbols s and min read for any count.</translatorcomment>
        <translation>
            <numerusform>ⴷⴳ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>
            <numerusform>ⴷⴳ %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+150"/>
        <source>Your ticket</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); &apos;ticket&apos; ⵜⴰⴽⴰⵔⴹⴰ everywhere, as on the printed ticket; &apos;your&apos; as masculine ⵏⵏⴽ everywhere (ⵏⵏⵎ for a woman).</translatorcomment>
        <translation>ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵙⵎⴷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code later to see your place in the queue.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵖⵔ ⴽⵓⴷ ⴰ ⵙ ⴷⴼⴼⵉⵔ ⴰⴷ ⵜⵥⵕⴷ ⴰⵡⵏⵓⴱ ⵏⵏⴽ.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Your number</source>
        <extracomment>Below this width (a 1024 px screen) the ticket is laid out as in large text.</extracomment>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵟⵟⵓⵏ ⵏⵏⴽ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued at %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⵜⵓⴼⴽⴰ ⴳ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ahead of you: %1</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵎⴷⴷⵏ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⴷⴰⵜ ⵏⵏⴽ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md); one plural form for zgh in Qt, so the unit is the symbol min, which reads for any count.</translatorcomment>
        <translation>
            <numerusform>ⴰⵣⵎⵣ ⵏ ⵓⵔⴰⵊⵓ: ⵣⵓⵏⴷ %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait: you are next</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵣⵎⵣ ⵏ ⵓⵔⴰⵊⵓ: ⴽⵢⵢⵉ ⴰⴷ ⵉⴹⴼⵕⵏ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵣⵡⴰⵔⵜ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your printed ticket below the screen and wait until your number is called.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⴰⵎⵥ ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ ⴷⴷⴰⵡ ⵓⴳⴷⵉⵍ, ⴷ ⵔⴰⵊⵓ ⴰⵔ ⴷ ⵉⵜⵜⵓⵖⵔⴰ ⵓⵟⵟⵓⵏ ⵏⵏⴽ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk does not print: please take a photo of your number and the code, and wait until your number is called.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵜⴰⵎⴰⵛⵉⵏⵜ ⴰ ⵓⵔ ⵖⵓⵔⵙ ⴰⵙⵉⴳⴳⵣ: ⴰⵙⵉ ⵜⴰⵡⵍⴰⴼⵜ ⵏ ⵓⵟⵟⵓⵏ ⵏⵏⴽ ⴷ ⴽⵓⴷ, ⴷ ⵔⴰⵊⵓ ⴰⵔ ⴷ ⵉⵜⵜⵓⵖⵔⴰ ⵓⵟⵟⵓⵏ ⵏⵏⴽ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please take a photo of this screen or write down your number; the agents have been told.</source>
        <translatorcomment>review: draft by a non-native speaker (docs/TRANSLATING.md).</translatorcomment>
        <translation>ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⴽⴰⵔⴹⴰ ⴰⴷ ⵜⵜⵓⵙⵉⴳⴳⵣ. ⴰⵙⵉ ⵜⴰⵡⵍⴰⴼⵜ ⵏ ⵓⴳⴷⵉⵍ ⴰ ⵏⵖ ⴰⵔⵓ ⵓⵟⵟⵓⵏ ⵏⵏⴽ; ⵉⵏⵎⵀⴰⵍⵏ ⵙⵙⵏⵏ.</translation>
    </message>
</context>
</TS>
