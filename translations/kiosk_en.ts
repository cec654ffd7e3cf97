<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/field/case_list.py" line="+179"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translation>
            <numerusform>%n change on this device not yet at the centre: it goes with the next sync, or on a USB stick with a handover file.</numerusform>
            <numerusform>%n changes on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/screens/feedback.py" line="+213"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translation>
            <numerusform>The comment is optional. It is kept %n day, then deleted, and never shown to other visitors.</numerusform>
            <numerusform>The comment is optional. It is kept %n days, then deleted, and never shown to other visitors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/field/window.py" line="+404"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translation>
            <numerusform>Handover file written: %1 (%n change, encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</numerusform>
            <numerusform>Handover file written: %1 (%n changes, encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+145"/>
        <source>Returning to the start in %n s</source>
        <translation>
            <numerusform>Returning to the start in %n s</numerusform>
            <numerusform>Returning to the start in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+224"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translation>
            <numerusform>Too many wrong PINs. The pad is paused: try again in %n s.</numerusform>
            <numerusform>Too many wrong PINs. The pad is paused: try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/screens/search.py" line="+85"/>
        <source>Services found: %n</source>
        <translation>
            <numerusform>Services found: %n</numerusform>
            <numerusform>Services found: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+347"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translation>
            <numerusform>Too many wrong PINs. This account is locked: try again in %n min.</numerusform>
            <numerusform>Too many wrong PINs. This account is locked: try again in %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/sync_words.py" line="+124"/>
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
    <message numerus="yes">
        <location filename="../kiosk/ui/screens/ticket.py" line="+165"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform>
            <numerusform>Estimated wait: about %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
