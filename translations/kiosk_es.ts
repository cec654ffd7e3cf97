<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>A11yBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/a11y_bar.py" line="+218"/>
        <source>Voice</source>
        <extracomment>Width of the whole bar. the pictograms&apos; line width (of 24): lighter than the other icons, they are bigger</extracomment>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translatorcomment>review: &apos;sí&apos;/&apos;no&apos; rather than &apos;activado&apos;/&apos;activada&apos;, which would have to agree with each setting&apos;s gender.</translatorcomment>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice guidance: %1</source>
        <translation>Lectura en voz alta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text: %1</source>
        <translation>Texto grande: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: %1</source>
        <translation>Alto contraste: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat what the screen says</source>
        <translation>Repetir lo que dice la pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 of %2</source>
        <translation>Volumen %1 de %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../kiosk/ui/accessibility.py" line="+180"/>
        <location line="+114"/>
        <source>Voice guidance is not available on this kiosk.</source>
        <extracomment>Each visit starts with these (the [accessibility] config keys to come). How a language with no voice of its own is named aloud: (voice language, name). Said once, in the languages that have a voice, to a visitor who chose a language without one (Tamazight) while voice guidance is on. To be reviewed by native speakers, like the welcome screen&apos;s words. At most this many languages say the notice above (Arabic and French first). index into :data:`~kiosk.devices.voice.VOLUME_STEPS` the look each widget was given (by id), when it is not the plain one</extracomment>
        <translation>Este terminal no puede leer en voz alta.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Voice guidance on.</source>
        <translation>Lectura en voz alta activada.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No voice in this language yet. To hear the screens, choose another language.</source>
        <translation>Todavía no hay voz en este idioma. Para oír, elija otro idioma.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../kiosk/ui/field/case_form.py" line="+249"/>
        <source>Your changes are not saved. Press Cancel again to leave without saving.</source>
        <extracomment>the story fields, each a text box</extracomment>
        <translation>Sus cambios no se han guardado. Pulse Cancelar otra vez para salir sin guardar.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case of %1 (version %2)</source>
        <translation>Caso de %1 (versión %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case</source>
        <translation>Guardar el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12345-A-6 or AB-123-CD</source>
        <translation>p. ej. 12345-A-6 o AB-123-CD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, where and when</source>
        <translation>Qué pasó, dónde y cuándo</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kiosk/ui/field/case_list.py" line="+168"/>
        <source>Reading your cases…</source>
        <extracomment>the pause after the last key before the list is searched again the time zone times are shown in (None: this PC&apos;s)</extracomment>
        <translation>Leyendo sus casos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case of yours matches this search.</source>
        <translation>Ninguno de sus casos coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any case yet. Press New case to record one.</source>
        <translation>Aún no ha registrado ningún caso. Pulse Nuevo caso para registrar uno.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translation>
            <numerusform>%n cambio de este dispositivo aún no ha llegado al centro: se enviará con la próxima sincronización, o en una memoria USB con un archivo de traspaso.</numerusform>
            <numerusform>%n cambios de este dispositivo aún no han llegado al centro: se enviarán con la próxima sincronización, o en una memoria USB con un archivo de traspaso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything on this device has reached the centre.</source>
        <translation>Todo lo de este dispositivo ha llegado al centro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search your cases: name, plate, words…</source>
        <translation>Buscar en sus casos: nombre, matrícula, palabras…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover file for a USB stick…</source>
        <translation>Archivo de traspaso para una memoria USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
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
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+105"/>
        <location line="+12"/>
        <source>Search by name</source>
        <extracomment>In large text, or on a narrow (1024 px) screen, two tiles a row: a long word (&quot;accompagnement&quot;) keeps on one line.</extracomment>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Scan a QR code</source>
        <translation>Escanear un código QR</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which service do you need?</source>
        <translation>¿Qué servicio necesita?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture, or search by name.</source>
        <translation>Toque una imagen o busque por nombre.</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="+193"/>
        <location line="+1"/>
        <source>I have it</source>
        <translation>Lo tengo</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="+209"/>
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating: %1 out of 5 (%2). You may add a comment.</source>
        <translation>Su nota: %1 de 5 (%2). Puede añadir un comentario.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translation>
            <numerusform>El comentario es opcional. Se guarda %n día, luego se borra, y nunca se muestra a otros visitantes.</numerusform>
            <numerusform>El comentario es opcional. Se guarda %n días, luego se borra, y nunca se muestra a otros visitantes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>Su comentario (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to make a complaint</source>
        <translation>Quiero presentar una queja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location line="+60"/>
        <source>Make a complaint</source>
        <translation>Presentar una queja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kiosk does not handle complaints. Scan this code with your phone to make your complaint on %1, the national complaints portal.</source>
        <translation>Este terminal no tramita quejas. Escanee este código con su teléfono para presentar su queja en %1, el portal nacional de quejas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my rating</source>
        <translation>Enviar mi nota</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translation>Revisar y confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Documents you have: %1 of %2</source>
        <translation>Documentos que tiene: %1 de %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Codes scanned for the agent: %1</source>
        <translation>Códigos escaneados para el agente: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translation>Sin datos personales: se los pedirán en la ventanilla.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Priority requested</source>
        <translation>Prioridad solicitada</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Confirm and print my ticket</source>
        <translation>Confirmar e imprimir mi tique</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details you gave: %1</source>
        <translation>Datos que ha dado: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing your ticket…</source>
        <translation>Preparando su tique…</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <location filename="../kiosk/ui/console/header.py" line="+77"/>
        <source>Counter %1</source>
        <translation>Ventanilla %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter console</source>
        <translation>Consola de la ventanilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation>Grupos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counter settings</source>
        <translation>Ajustes de la ventanilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <location line="+25"/>
        <source>CUT OFF from the hall server since %1. The queue shown is from %2. Actions are kept on this PC and sent when it returns; Call next is off until then.</source>
        <translation>SIN CONEXIÓN con el servidor de la sala desde las %1. La fila mostrada es de las %2. Las acciones se guardan en este PC y se envían cuando vuelva; «Llamar al siguiente» queda desactivado hasta entonces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUT OFF from the hall server since %1. The queue cannot be shown until it answers.</source>
        <translation>SIN CONEXIÓN con el servidor de la sala desde las %1. La fila no se puede mostrar hasta que responda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s queue: every action is recorded here.</source>
        <translation>Fila de este PC: cada acción se registra aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the hall server.</source>
        <translation>Conectado al servidor de la sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue from the hall server…</source>
        <translation>Leyendo la fila del servidor de la sala…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console/window.py" line="+389"/>
        <source>Queue</source>
        <extracomment>how often the queue is read while the counter is open the type names a worker job reports when the hall server cannot be reached (``kiosk.errors.HallUnreachable`` and the hall queue&apos;s subclasses of it) words of the last action&apos;s result, re-said in the new language on a switch the bar&apos;s parts, as the window&apos;s (tests and scripts reach them here)</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>ConsoleWords</name>
    <message>
        <location filename="../kiosk/ui/console/words.py" line="+21"/>
        <source>Done</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>Faltan documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translation>Derivado a otro servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>65 or older</source>
        <translation>65 años o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a small child</source>
        <translation>Con un niño pequeño</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genuine: signature checked</source>
        <translation>Auténtico: firma comprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORGED or changed: do not accept</source>
        <translation>FALSIFICADO o modificado: no aceptar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown issuer: check it</source>
        <translation>Firmado por un emisor desconocido: compruébelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid yet</source>
        <translation>Aún no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an official site</source>
        <translation>Dirección de un sitio oficial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown address (never opened)</source>
        <translation>Dirección desconocida (nunca se abre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: nothing to check</source>
        <translation>Texto simple: nada que comprobar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jisr ticket</source>
        <extracomment>verdicts an agent must look at twice</extracomment>
        <translation>Tique Jisr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>Preinscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is waiting for your groups.</source>
        <translation>Nadie espera en sus grupos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not come: marked as no-show.</source>
        <translation>%1 no se presentó: marcado como ausente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not come after %2 recalls: marked as no-show.</source>
        <translation>%1 no se presentó tras %2 rellamadas: marcado como ausente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 called to counter %2.</source>
        <translation>%1 llamado a la ventanilla %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recalled (%2 of %3).</source>
        <translation>%1 llamado de nuevo (%2 de %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 served: %2.</source>
        <translation>%1 atendido: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent to group %2. It keeps its place in line.</source>
        <translation>%1 enviado al grupo %2. Conserva su lugar en la fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this PC: it will be sent to the hall server as soon as it answers.</source>
        <translation>Guardado en este PC: se enviará al servidor de la sala en cuanto responda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hall server cannot be reached: nothing was called.</source>
        <translation>No se puede contactar con el servidor de la sala: no se llamó a nadie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hall server cannot be reached: nothing was changed. Try again.</source>
        <translation>No se puede contactar con el servidor de la sala: no cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket has moved meanwhile (another counter was quicker, or it was already closed). The queue was read again.</source>
        <translation>Este tique cambió entretanto (otra ventanilla fue más rápida, o ya estaba cerrado). Se volvió a leer la fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC could not record it (its storage may be full or read-only). Nothing was changed.</source>
        <translation>Este PC no pudo registrarlo (el almacenamiento puede estar lleno o ser de solo lectura). No cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was refused: nothing was changed.</source>
        <translation>Se rechazó: no cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: nothing was changed. The queue was read again.</source>
        <translation>Algo salió mal: no cambió nada. Se volvió a leer la fila.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+34"/>
        <source>Please go to the counter</source>
        <translation>Diríjase a la ventanilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk cannot issue a ticket right now. Please go to the reception counter: an agent will help you. Nothing you typed has been kept.</source>
        <translatorcomment>review: &apos;este terminal&apos; for the kiosk (&apos;quiosco&apos; reads as a newsstand); same word in every message.</translatorcomment>
        <translation>Lo sentimos, este terminal no puede emitir tiques en este momento. Diríjase a la ventanilla de recepción: allí le atenderán. No se ha guardado nada de lo que ha escrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../kiosk/ui/console/current_ticket.py" line="+312"/>
        <source>At your counter</source>
        <extracomment>keyboard shortcuts of the actions (the agent&apos;s PC has a real keyboard)</extracomment>
        <translation>En su ventanilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next</source>
        <translation>Llamar al siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve…</source>
        <translation>Atender…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the visit end? Add a note if useful (Ctrl+Enter records).</source>
        <translation>¿Cómo terminó la visita? Añada una nota si sirve (Ctrl+Intro registra).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the file (optional)</source>
        <translation>Nota para el expediente (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Registrar el resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send this ticket to wait in another group. It keeps its place in line.</source>
        <translation>Enviar este tique a esperar en otro grupo. Conserva su lugar en la fila.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall %1/%2</source>
        <translation>Volver a llamar %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket at your counter.</source>
        <translation>Ningún tique en su ventanilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call next calls the first waiting ticket of your groups: priority first, then the oldest.</source>
        <translation>«Llamar al siguiente» llama al primer tique en espera de sus grupos: primero los prioritarios, luego los más antiguos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling waits until the hall server answers again.</source>
        <translation>Las llamadas esperan a que el servidor de la sala vuelva a responder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PRIORITY: %1</source>
        <translation>PRIORITARIO: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred from %1</source>
        <translation>Transferido desde %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued at %1 (%2 ago)</source>
        <translation>Emitido a las %1 (hace %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called at %1</source>
        <translation>llamado a las %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+133"/>
        <source>%1 · No. %2</source>
        <translation>%1 · n.º %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the centre: %1</source>
        <translation>Rechazado por el centro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard event No. %1? It will never be sent; it stays recorded on this kiosk as discarded.</source>
        <translation>¿Descartar el evento n.º %1? No se enviará nunca; queda registrado en este terminal como descartado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, discard</source>
        <translation>Sí, descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>No, conservarlo</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+173"/>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details help the agent prepare your file. Fields marked * are needed.</source>
        <translation>Estos datos ayudan al agente a preparar su expediente. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needed: %1</source>
        <translation>Obligatorios: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: %1</source>
        <translation>Opcionales: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../kiosk/ui/console/details_view.py" line="+83"/>
        <source>The visitor&apos;s request</source>
        <extracomment>a scanned code&apos;s text is cut to this many characters on screen</extracomment>
        <translation>La solicitud del visitante</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request cannot be read while the hall server is cut off. Ask the visitor for their papers.</source>
        <translation>La solicitud no se puede leer mientras el servidor de la sala esté sin conexión. Pida sus papeles al visitante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call a ticket to see what the visitor asked for.</source>
        <translation>Llame un tique para ver lo que pidió el visitante.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translation>Introducido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing: the visitor typed no details.</source>
        <translation>Nada: el visitante no introdujo datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents brought</source>
        <translation>Documentos traídos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translation>No marcados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanned codes: %1</source>
        <translation>Códigos escaneados: %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-251"/>
        <source>Very bad</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your opinion could not be saved. It may have been given already for this ticket.</source>
        <translation>No se pudo guardar su opinión. Quizá ya se dio para esta tique.</translation>
    </message>
</context>
<context>
    <name>FeedbackThanksScreen</name>
    <message>
        <location line="+284"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your opinion: it helps us serve visitors better.</source>
        <translation>Gracias por su opinión: nos ayuda a atender mejor a los visitantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>FieldHeader</name>
    <message>
        <location filename="../kiosk/ui/field/window.py" line="+118"/>
        <source>Field cases — Opération Marhaba</source>
        <extracomment>the form&apos;s inputs sized for a field laptop (1366x768) rather than a kiosk&apos;s 24&quot; screen the roles that log in here a folder picker: the window&apos;s parent, the title; the folder chosen or None</extracomment>
        <translation>Casos sobre el terreno — Opération Marhaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location line="+247"/>
        <source>Case saved (version %1). It is on this device and goes to the centre with the next sync or handover file.</source>
        <extracomment>bumped at each login and lock: a job&apos;s answer from an earlier session is dropped</extracomment>
        <translation>Caso guardado (versión %1). Está en este dispositivo y llegará al centro con la próxima sincronización o el próximo archivo de traspaso.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where is the USB stick?</source>
        <translation>¿Dónde está la memoria USB?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the handover file…</source>
        <translation>Escribiendo el archivo de traspaso…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translation>
            <numerusform>Archivo de traspaso escrito y cifrado para el centro: %1 (%n cambio). Entregue la memoria a un equipo Jisr conectado: «kiosk import».</numerusform>
            <numerusform>Archivo de traspaso escrito y cifrado para el centro: %1 (%n cambios). Entregue la memoria a un equipo Jisr conectado: «kiosk import».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../kiosk/ui/field/words.py" line="+18"/>
        <source>Medical</source>
        <translation>Médica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>Administrativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs</source>
        <translation>Aduanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Jurídica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of assistance</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate (optional)</source>
        <translation>Matrícula del vehículo (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Medidas tomadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please fill in: %1.</source>
        <translation>Rellene, por favor: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long. Please shorten it.</source>
        <translation>El campo «%1» es demasiado largo. Acórtelo, por favor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle plate may hold letters, digits, spaces and dashes only.</source>
        <translation>La matrícula solo puede contener letras, cifras, espacios y guiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds characters that cannot be saved.</source>
        <translation>El campo «%1» contiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not one of yours, or it no longer exists.</source>
        <translation>Este caso no es uno de los suyos, o ya no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case could not be saved. Nothing was changed.</source>
        <translation>No se ha podido guardar el caso. No cambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not enrolled at the centre, so it cannot write a handover file. Ask your supervisor to enrol it.</source>
        <translation>Este dispositivo no está registrado en el centro, así que no puede escribir un archivo de traspaso. Pida a su supervisor que lo registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has not received the centre&apos;s key yet. Connect it to the network once and let it sync, then save the handover file again.</source>
        <translation>Este dispositivo aún no ha recibido la clave del centro. Conéctelo una vez a la red y deje que se sincronice; luego vuelva a guardar el archivo de traspaso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover file could not be written there. Check that the USB stick is plugged in and not full, then try again.</source>
        <translation>No se ha podido escribir ahí el archivo de traspaso. Compruebe que la memoria USB está conectada y no está llena, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover file could not be written. Nothing was changed.</source>
        <translation>No se ha podido escribir el archivo de traspaso. No cambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases&apos; storage cannot be reached right now. Nothing was lost; please try again.</source>
        <translation>Ahora no se puede acceder al almacenamiento de los casos. No se ha perdido nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Algo salió mal. No se ha perdido nada; vuelva a intentarlo.</translation>
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
        <translation>España</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not given —</source>
        <extracomment>languages a person may speak, each named in itself (code -&gt; name)</extracomment>
        <translation>— sin indicar —</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="-160"/>
        <source>This detail is needed for this service.</source>
        <translation>Este dato es necesario para este servicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Use solo letras (se admiten espacios, guiones y apóstrofos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Start with + and the country code, for example +33 6 12 34 56 78.</source>
        <translation>Este número de teléfono no es válido. Empiece por + y el prefijo del país, por ejemplo +34 612 34 56 78.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNIE number is 1 or 2 letters then up to 6 digits, for example AB123456.</source>
        <translation>Un número de CNIE tiene 1 o 2 letras seguidas de hasta 6 cifras, por ejemplo AB123456.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation>Un número de pasaporte tiene de 6 a 12 letras y cifras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a CNIE number (for example AB123456) or a passport number.</source>
        <translation>Escriba un número de CNIE (por ejemplo AB123456) o un número de pasaporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid, for example name@example.com.</source>
        <translation>Esta dirección de correo electrónico no es válida. Ejemplo de dirección correcta: nombre@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plate number has 2 to 15 letters and digits.</source>
        <translation>Una matrícula tiene de 2 a 15 letras y cifras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this detail.</source>
        <translation>Revise este dato.</translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+143"/>
        <source>Do you need more time?</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Returning to the start in %n s</source>
        <translation>
            <numerusform>Vuelta al inicio en %n segundo</numerusform>
            <numerusform>Vuelta al inicio en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need more time</source>
        <translation>Sí, necesito más tiempo</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/notice.py" line="+51"/>
        <source>Your personal data</source>
        <translation>Sus datos personales</translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+123"/>
        <source>Counter console</source>
        <translation>Consola de la ventanilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>Introduzca el PIN del personal y pulse OK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK or Enter.</source>
        <translation>Introduzca el PIN del personal y pulse OK o Intro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screen is for kiosk staff only. Visitors: press Close to go back to the start.</source>
        <translation>Esta pantalla es solo para el personal del terminal. Visitantes: pulsen Cerrar para volver al inicio.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Staff access is not set up on this kiosk. An administrator sets a staff PIN with the command &quot;kiosk staff-pin&quot;, then restarts the kiosk.</source>
        <translation>El acceso del personal no está configurado en este terminal. Un administrador define un PIN del personal con el comando «kiosk staff-pin» y luego reinicia el terminal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN is set on this PC. An administrator sets one with the command &quot;kiosk staff-pin&quot;.</source>
        <translation>No hay PIN del personal en este PC. Un administrador lo define con la orden &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a one-minute pause: %1.</source>
        <translation>PIN incorrecto. Intentos restantes antes de una pausa de un minuto: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. El teclado está en pausa: vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. El teclado está en pausa: vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff PIN setting of this kiosk is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>La configuración del PIN del personal de este terminal está dañada. Vuelva a definirlo con «kiosk staff-pin».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff PIN setting of this PC is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>El ajuste del PIN del personal de este PC está dañado. Vuelva a definirlo con &quot;kiosk staff-pin&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>No se ha podido comprobar el PIN. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+160"/>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK, done</source>
        <translation>OK, listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
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
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>PIN digits typed: %1</source>
        <translation>Cifras del PIN escritas: %1</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/priority.py" line="+38"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some visitors are served first. Does one of these apply to you? An agent may ask for proof.</source>
        <translation>Algunas personas son atendidas primero. ¿Se encuentra usted en alguno de estos casos? Es posible que le pidan un justificante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am 65 or older</source>
        <translation>Tengo 65 años o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a disability</source>
        <translation>Tengo una discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Estoy embarazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am with a baby or small child</source>
        <translation>Vengo con un bebé o un niño pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, continue without priority</source>
        <translation>No, continuar sin prioridad</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../kiosk/ui/console/queue_view.py" line="+85"/>
        <source>Ticket</source>
        <translation>Tique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue has not been read yet.</source>
        <translation>La fila aún no se ha leído.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this counter&apos;s groups.</source>
        <translation>Nadie espera en los grupos de esta ventanilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In calling order: priority tickets first, then the oldest. Priority tickets: %1.</source>
        <translation>En orden de llamada: primero los prioritarios, luego los más antiguos. Tiques prioritarios: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority: %1</source>
        <translation>Prioritario: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred from %1</source>
        <translation>Transferido desde %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-199"/>
        <source>How was your visit?</source>
        <translation>¿Qué tal fue su visita?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a number: 1 is very bad, 5 is very good. Then you can add a comment, or make a complaint.</source>
        <translation>Toque un número: 1 es muy mal, 5 es muy bien. Después puede añadir un comentario o presentar una queja.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+263"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents (addresses, text) may go with the request for the agent to check. What a visitor typed that reads as a ticket number (not a scanned, signed ticket).</extracomment>
        <translation>Escanear un código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the green frame, about 20 cm from the camera.</source>
        <translation>Ponga el código QR en el marco verde, a unos 20 cm de la cámara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reference instead</source>
        <translation>Escribir la referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this request</source>
        <translation>Continuar con esta solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my ticket again</source>
        <translation>Volver a imprimir mi tique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my request for the agent</source>
        <translation>Añadirlo a mi solicitud para el agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your visit? Give your opinion</source>
        <translation>¿Qué tal fue su visita? Dé su opinión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel your ticket</source>
        <translation>Toque otra vez para anular su tique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel my ticket</source>
        <translation>Anular mi tique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera is not available. You can type the reference written under the code instead.</source>
        <translation>La cámara no está disponible. Puede escribir la referencia que figura debajo del código.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a code…</source>
        <translation>Esperando un código…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This code has been changed or forged: it cannot be used. An agent at the counter can help.</source>
        <translation>Este código ha sido modificado o falsificado: no se puede usar. En la ventanilla pueden ayudarle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was not made by a Jisr kiosk or centre we know. An agent at the counter can check it.</source>
        <translation>Este código no lo ha creado ningún terminal ni centro Jisr que conozcamos. En la ventanilla pueden comprobarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired.</source>
        <translation>Este código ha caducado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid yet.</source>
        <translation>Este código todavía no es válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code cannot be read. Hold it still inside the frame, or type the reference.</source>
        <translation>Este código no se puede leer. Manténgalo quieto dentro del marco o escriba la referencia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official address of %1: %2</source>
        <translation>Dirección oficial de %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown address, it will not be opened: %1</source>
        <translation>Dirección desconocida, no se abrirá: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request is for a service not offered at this kiosk. Please ask at the counter.</source>
        <translation>Esta solicitud corresponde a un servicio que no se ofrece en este terminal. Pregunte en la ventanilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request made at home: %1. Check it, then continue.</source>
        <translation>Su solicitud preparada en casa: %1. Revísela y continúe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text read: %1</source>
        <translation>Texto leído: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translation>El tique %1 es de otro centro: pregunte en la ventanilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 has been served. Thank you for your visit.</source>
        <translation>La tique %1 ya fue atendida. Gracias por su visita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1: looking up your place…</source>
        <translation>Tique %1: buscando su lugar en la cola…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1. People ahead of you: %2. Estimated wait in minutes: %3.</source>
        <translation>Tique %1. Personas delante de usted: %2. Espera estimada en minutos: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been called: please go to the counter now.</source>
        <translation>El tique %1 ha sido llamado: diríjase ahora a la ventanilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is no longer in the queue.</source>
        <translation>El tique %1 ya no está en la cola.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: the agent will see it with your request.</source>
        <translation>Añadido: el agente lo verá junto con su solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already with your request, or five codes are there already.</source>
        <translation>Este código ya está en su solicitud, o su solicitud ya tiene cinco códigos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ticket has been printed again.</source>
        <translation>Su tique se ha vuelto a imprimir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translation>No se ha podido imprimir el tique. Pregunte en la ventanilla.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translation>Su tique ha sido anulado. Gracias por avisarnos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translation>Este tique ya no estaba en espera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translation>No se ha podido anular el tique. Pregunte en la ventanilla.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translation>Hoy no hay ningún tique con este número. Compruebe el número o pregunte en la ventanilla.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="+60"/>
        <source>Search for a service</source>
        <translation>Buscar un servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translation>Escriba algunas letras del nombre del servicio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You can type the name in any language of this kiosk.</source>
        <translation>Puede escribir el nombre en cualquier idioma de este terminal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No service matches. Try another word, or go back and choose a picture.</source>
        <translation>Ningún servicio coincide. Pruebe con otra palabra o vuelva atrás y elija una imagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Services found: %n</source>
        <translation>
            <numerusform>%n servicio encontrado.</numerusform>
            <numerusform>%n servicios encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/service_card.py" line="+154"/>
        <source>Handled by: %1</source>
        <translation>Gestionado por: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring — tick what you have:</source>
        <translation>Documentos que debe traer — marque los que tiene:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document is needed.</source>
        <translation>No se necesita ningún documento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee: %1</source>
        <translation>Tasa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: ask at the counter</source>
        <translation>Tasa: pregunte en la ventanilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicative, last checked on %1</source>
        <translation>Información orientativa, revisada por última vez el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also possible online:</source>
        <translation>También es posible en línea:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a ticket for this service</source>
        <translation>Sacar un tique para este servicio</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+26"/>
        <source>Touch the service you need.</source>
        <translation>Toque el servicio que necesita.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../kiosk/ui/console/setup_view.py" line="+115"/>
        <source>Your counter</source>
        <translation>Su ventanilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter number</source>
        <translation>Número de ventanilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service groups this counter serves</source>
        <translation>Grupos de servicios que atiende esta ventanilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the counter</source>
        <translation>Abrir la ventanilla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one group.</source>
        <translation>Elija al menos un grupo.</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_header.py" line="+87"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+340"/>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before this account is locked: %1.</source>
        <translation>PIN incorrecto. Intentos restantes antes de que se bloquee esta cuenta: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada: vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Esta cuenta está bloqueada: vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN of this account cannot be checked. A supervisor must set it again.</source>
        <translation>No se puede comprobar el PIN de esta cuenta. Un supervisor debe definirlo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>No se ha podido comprobar el PIN. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of staff could not be read. Close this screen and try again.</source>
        <translation>No se ha podido leer la lista del personal. Cierre esta pantalla y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot log in here any more. Ask a supervisor.</source>
        <translation>Esta cuenta ya no puede iniciar sesión aquí. Consulte a un supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff account can log in here yet. A supervisor adds them with the command %1.</source>
        <translation>Todavía ninguna cuenta del personal puede iniciar sesión aquí. Un supervisor las añade con el comando %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field team</source>
        <translation>Equipo de campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you? Touch your name.</source>
        <translation>¿Quién es usted? Toque su nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not you? Back to the names</source>
        <translation>¿No es usted? Volver a los nombres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN, then press OK.</source>
        <translation>Introduzca su PIN y pulse OK.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_pin.py" line="+120"/>
        <source>Staff access</source>
        <translation>Acceso del personal</translation>
    </message>
</context>
<context>
    <name>StaffSyncScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_sync.py" line="+181"/>
        <source>Sync with the centre</source>
        <translation>Sincronización con el centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events waiting to be sent</source>
        <translation>Eventos pendientes de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events refused by the centre</source>
        <translation>Eventos rechazados por el centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>Dirección del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data version</source>
        <translation>Versión de los datos de referencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For support: %1</source>
        <translation>Para el soporte técnico: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not planned</source>
        <translation>No previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled yet</source>
        <translation>Aún no registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trying now…</source>
        <translation>Intentándolo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync worked.</source>
        <translation>Sincronización correcta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That try did not work.</source>
        <translation>Ese intento no ha funcionado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: the kiosk keeps trying.</source>
        <translation>Todavía no hay respuesta: el terminal sigue intentándolo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start. Try again.</source>
        <translation>No se ha podido iniciar. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+146"/>
        <source>Event No. %1 will be sent again.</source>
        <translation>El evento n.º %1 se volverá a enviar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event No. %1 was discarded. It stays recorded on this kiosk.</source>
        <translation>El evento n.º %1 se ha descartado. Queda registrado en este terminal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event No. %1 is no longer in the list.</source>
        <translation>El evento n.º %1 ya no está en la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translation>No ha funcionado. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The list of refused events could not be read.</source>
        <translation>No se ha podido leer la lista de eventos rechazados.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused events (%1)</source>
        <translation>Eventos rechazados (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None. Every event the centre received was accepted.</source>
        <translation>Ninguno. El centro ha aceptado todos los eventos recibidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest %1 of %2 are listed.</source>
        <translation>Se muestran los %1 más antiguos de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry sends an event again; Discard sets it aside for good.</source>
        <translation>Reintentar vuelve a enviar un evento; Descartar lo aparta definitivamente.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+151"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {current} of {total}</source>
        <translation>Paso {current} de {total}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../kiosk/ui/sync_words.py" line="+20"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is in touch with the centre.</source>
        <translation>El terminal está conectado con el centro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No link with the centre: events wait safely on this kiosk.</source>
        <translation>Sin conexión con el centro: los eventos esperan a salvo en este terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>This device has been revoked. Call support.</source>
        <translation>Este dispositivo ha sido revocado. Llame al soporte técnico.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Events wait on this kiosk. Ask support to enrol it.</source>
        <translation>Los eventos esperan en este terminal. Pida al soporte técnico que lo registre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre cannot be reached. Check the network cable or the Wi-Fi.</source>
        <translation>No se puede contactar con el centro. Compruebe el cable de red o el wifi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre did not answer in time. The kiosk will try again.</source>
        <translation>El centro no ha respondido a tiempo. El terminal lo volverá a intentar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre had a problem on its side. The kiosk will try again.</source>
        <translation>El centro ha tenido un problema por su parte. El terminal lo volverá a intentar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is busy and asked the kiosk to wait. It will try again by itself.</source>
        <translation>El centro está ocupado y ha pedido al terminal que espere. Lo volverá a intentar por sí solo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre does not recognise this device. Call support to enrol it again.</source>
        <translation>El centro no reconoce este dispositivo. Llame al soporte técnico para volver a registrarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre is missing events this kiosk no longer has. Nothing is skipped: call support.</source>
        <translation>Al centro le faltan eventos que este terminal ya no tiene. No se omite nada: llame al soporte técnico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre gave an answer the kiosk does not understand. Call support if this lasts.</source>
        <translation>El centro ha dado una respuesta que el terminal no entiende. Llame al soporte técnico si esto continúa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s security certificate is not the expected one. Check the kiosk&apos;s date and time, then call support.</source>
        <translation>El certificado de seguridad del centro no es el esperado. Compruebe la fecha y la hora del terminal y llame al soporte técnico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New reference data from the centre was refused. The kiosk keeps using the data it has.</source>
        <translation>Se han rechazado nuevos datos de referencia del centro. El terminal sigue usando los datos que tiene.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem (%1).</source>
        <translation>Problema inesperado (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today at %1</source>
        <translation>Hoy a las %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not planned</source>
        <translation>No previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>in %n s</source>
        <translation>
            <numerusform>en %n s</numerusform>
            <numerusform>en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+150"/>
        <source>Your ticket</source>
        <translation>Su tique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code later to see your place in the queue.</source>
        <translation>Escanee este código más tarde para ver su lugar en la cola.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Your number</source>
        <extracomment>Below this width (a 1024 px screen) the ticket is laid out as in large text.</extracomment>
        <translation>Su número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued at %1</source>
        <translation>Emitido a las %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ahead of you: %1</source>
        <translation>Personas delante de usted: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Espera estimada: alrededor de %n minuto</numerusform>
            <numerusform>Espera estimada: alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait: you are next</source>
        <translation>Espera estimada: le toca a continuación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioritario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your printed ticket below the screen and wait until your number is called.</source>
        <translation>Recoja su tique impreso debajo de la pantalla y espere a que llamen su número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk does not print: please take a photo of your number and the code, and wait until your number is called.</source>
        <translation>Este terminal no imprime: haga una foto de su número y del código, y espere a que llamen su número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please take a photo of this screen or write down your number; the agents have been told.</source>
        <translation>No se ha podido imprimir el tique. Haga una foto de esta pantalla o anote su número; los agentes ya han sido avisados.</translation>
    </message>
</context>
</TS>
