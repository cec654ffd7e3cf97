<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>A11yBar</name>
    <message>
        <location filename="../kiosk/ui/widgets/a11y_bar.py" line="+218"/>
        <source>Voice</source>
        <extracomment>Width of the whole bar. the pictograms&apos; line width (of 24): lighter than the other icons, they are bigger</extracomment>
        <translation>الصوت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>تباين</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice guidance: %1</source>
        <translation>الإرشاد الصوتي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text: %1</source>
        <translation>النص الكبير: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast: %1</source>
        <translation>التباين العالي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat what the screen says</source>
        <translation>إعادة ما تقوله الشاشة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 of %2</source>
        <translation>مستوى الصوت %1 من %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../kiosk/ui/accessibility.py" line="+180"/>
        <location line="+114"/>
        <source>Voice guidance is not available on this kiosk.</source>
        <extracomment>Each visit starts with these (the [accessibility] config keys to come). How a language with no voice of its own is named aloud: (voice language, name). Said once, in the languages that have a voice, to a visitor who chose a language without one (Tamazight) while voice guidance is on. To be reviewed by native speakers, like the welcome screen&apos;s words. At most this many languages say the notice above (Arabic and French first). index into :data:`~kiosk.devices.voice.VOLUME_STEPS` the look each widget was given (by id), when it is not the plain one</extracomment>
        <translation>الإرشاد الصوتي غير متوفر في هذا الجهاز.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Voice guidance on.</source>
        <translation>تم تشغيل الإرشاد الصوتي.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No voice in this language yet. To hear the screens, choose another language.</source>
        <translation>لا يوجد صوت بهذه اللغة بعد. للاستماع إلى الشاشات، اختر لغة أخرى.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../kiosk/ui/field/case_form.py" line="+249"/>
        <source>Your changes are not saved. Press Cancel again to leave without saving.</source>
        <extracomment>the story fields, each a text box</extracomment>
        <translation>لم تُحفظ تعديلاتك. اضغط «إلغاء» مرة أخرى للخروج دون حفظ.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case of %1 (version %2)</source>
        <translation>حالة %1 (النسخة %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the case</source>
        <translation>حفظ الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12345-A-6 or AB-123-CD</source>
        <translation>مثال: 12345-A-6 أو AB-123-CD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, where and when</source>
        <translation>ما الذي حدث، وأين ومتى</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../kiosk/ui/field/case_list.py" line="+168"/>
        <source>Reading your cases…</source>
        <extracomment>the pause after the last key before the list is searched again the time zone times are shown in (None: this PC&apos;s)</extracomment>
        <translation>جارٍ قراءة حالاتك…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case of yours matches this search.</source>
        <translation>لا توجد حالة من حالاتك تطابق هذا البحث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have not recorded any case yet. Press New case to record one.</source>
        <translation>لم تسجّل أي حالة بعد. اضغط «حالة جديدة» لتسجيل حالة.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) on this device not yet at the centre: they go with the next sync, or on a USB stick with a handover file.</source>
        <translation>
            <numerusform>لا توجد تغييرات على هذا الجهاز لم تصل إلى المركز.</numerusform>
            <numerusform>تغيير واحد على هذا الجهاز لم يصل بعد إلى المركز: سيُرسل مع المزامنة القادمة، أو على مفتاح USB في ملف تسليم.</numerusform>
            <numerusform>تغييران على هذا الجهاز لم يصلا بعد إلى المركز: سيُرسلان مع المزامنة القادمة، أو على مفتاح USB في ملف تسليم.</numerusform>
            <numerusform>%n تغييرات على هذا الجهاز لم تصل بعد إلى المركز: ستُرسل مع المزامنة القادمة، أو على مفتاح USB في ملف تسليم.</numerusform>
            <numerusform>%n تغييرًا على هذا الجهاز لم يصل بعد إلى المركز: ستُرسل مع المزامنة القادمة، أو على مفتاح USB في ملف تسليم.</numerusform>
            <numerusform>%n تغيير على هذا الجهاز لم يصل بعد إلى المركز: ستُرسل مع المزامنة القادمة، أو على مفتاح USB في ملف تسليم.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything on this device has reached the centre.</source>
        <translation>كل ما على هذا الجهاز وصل إلى المركز.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search your cases: name, plate, words…</source>
        <translation>ابحث في حالاتك: الاسم، اللوحة، كلمات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover file for a USB stick…</source>
        <translation>ملف تسليم على مفتاح USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+105"/>
        <location line="+12"/>
        <source>Search by name</source>
        <extracomment>In large text, or on a narrow (1024 px) screen, two tiles a row: a long word (&quot;accompagnement&quot;) keeps on one line.</extracomment>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Scan a QR code</source>
        <translation>مسح رمز QR</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Which service do you need?</source>
        <translation>ما الخدمة التي تحتاجها؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a picture, or search by name.</source>
        <translation>المس صورة، أو ابحث بالاسم.</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <location filename="../kiosk/ui/widgets/tile.py" line="+193"/>
        <location line="+1"/>
        <source>I have it</source>
        <translatorcomment>review: tick box next to a document&apos;s name; feminine to agree with &quot;الوثيقة&quot; even when the document&apos;s own name is masculine (جواز السفر). Alternative: &quot;عندي&quot;.</translatorcomment>
        <translation>متوفرة لديّ</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="+209"/>
        <source>Your comment</source>
        <translation>تعليقك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rating: %1 out of 5 (%2). You may add a comment.</source>
        <translation>تقييمك: %1 من 5 (%2). يمكنك إضافة تعليق.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The comment is optional. It is kept %n day(s), then deleted, and never shown to other visitors.</source>
        <translation>
            <numerusform>التعليق اختياري. يُحفظ مدة %n يوم ثم يُحذف، ولا يُعرض أبدًا على زوار آخرين.</numerusform>
            <numerusform>التعليق اختياري. يُحفظ مدة يوم واحد ثم يُحذف، ولا يُعرض أبدًا على زوار آخرين.</numerusform>
            <numerusform>التعليق اختياري. يُحفظ مدة يومين ثم يُحذف، ولا يُعرض أبدًا على زوار آخرين.</numerusform>
            <numerusform>التعليق اختياري. يُحفظ مدة %n أيام ثم يُحذف، ولا يُعرض أبدًا على زوار آخرين.</numerusform>
            <numerusform>التعليق اختياري. يُحفظ مدة %n يومًا ثم يُحذف، ولا يُعرض أبدًا على زوار آخرين.</numerusform>
            <numerusform>التعليق اختياري. يُحفظ مدة %n يوم ثم يُحذف، ولا يُعرض أبدًا على زوار آخرين.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>تعليقك (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I want to make a complaint</source>
        <translation>أريد تقديم شكاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ComplaintScreen</name>
    <message>
        <location line="+60"/>
        <source>Make a complaint</source>
        <translation>تقديم شكاية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kiosk does not handle complaints. Scan this code with your phone to make your complaint on %1, the national complaints portal.</source>
        <translation>هذا الجهاز لا يعالج الشكايات. امسح هذا الرمز بهاتفك لتقديم شكايتك على %1، البوابة الوطنية للشكايات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send my rating</source>
        <translation>إرسال تقييمي</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translation>التحقق والتأكيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Documents you have: %1 of %2</source>
        <translation>الوثائق المتوفرة لديك: %1 من %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>Codes scanned for the agent: %1</source>
        <translation>عدد الرموز الممسوحة للموظف: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translation>بدون معلومات شخصية: سيطلبها منك الموظف عند الشباك.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Priority requested</source>
        <translation>تم طلب الأولوية</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Confirm and print my ticket</source>
        <translation>تأكيد وطباعة تذكرتي</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Details you gave: %1</source>
        <translation>المعلومات المقدمة: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing your ticket…</source>
        <translation>جارٍ تحضير تذكرتك…</translation>
    </message>
</context>
<context>
    <name>ConsoleHeader</name>
    <message>
        <location filename="../kiosk/ui/console/header.py" line="+77"/>
        <source>Counter %1</source>
        <translation>الشباك %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter console</source>
        <translation>لوحة الشباك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation>المجموعات: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counter settings</source>
        <translation>إعدادات الشباك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <location line="+25"/>
        <source>CUT OFF from the hall server since %1. The queue shown is from %2. Actions are kept on this PC and sent when it returns; Call next is off until then.</source>
        <translation>مقطوع عن خادم القاعة منذ %1. الطابور المعروض يعود إلى %2. تُحفظ الإجراءات على هذا الحاسوب وتُرسل عند عودته؛ «نداء التالي» معطّل إلى ذلك الحين.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CUT OFF from the hall server since %1. The queue cannot be shown until it answers.</source>
        <translation>مقطوع عن خادم القاعة منذ %1. لا يمكن عرض الطابور حتى يستجيب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s queue: every action is recorded here.</source>
        <translation>طابور هذا الحاسوب: كل إجراء يُسجَّل هنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to the hall server.</source>
        <translation>متصل بخادم القاعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue from the hall server…</source>
        <translation>جارٍ قراءة الطابور من خادم القاعة…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console/window.py" line="+389"/>
        <source>Queue</source>
        <extracomment>how often the queue is read while the counter is open the type names a worker job reports when the hall server cannot be reached (``kiosk.errors.HallUnreachable`` and the hall queue&apos;s subclasses of it) words of the last action&apos;s result, re-said in the new language on a switch the bar&apos;s parts, as the window&apos;s (tests and scripts reach them here)</extracomment>
        <translation>الطابور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>ConsoleWords</name>
    <message>
        <location filename="../kiosk/ui/console/words.py" line="+21"/>
        <source>Done</source>
        <translation>تمّت المعالجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents missing</source>
        <translation>وثائق ناقصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translation>أُحيل إلى جهة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>65 or older</source>
        <translation>65 سنة فما فوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>حمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a small child</source>
        <translation>مع طفل صغير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genuine: signature checked</source>
        <translation>أصلي: تم التحقق من التوقيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORGED or changed: do not accept</source>
        <translation>مزوّر أو معدَّل: لا يُقبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by an unknown issuer: check it</source>
        <translation>موقَّع من جهة غير معروفة: يجب التحقق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid yet</source>
        <translation>غير صالح بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be read</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of an official site</source>
        <translation>عنوان موقع رسمي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown address (never opened)</source>
        <translation>عنوان غير معروف (لا يُفتح أبدًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain text: nothing to check</source>
        <translation>نص عادي: لا شيء للتحقق منه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jisr ticket</source>
        <extracomment>verdicts an agent must look at twice</extracomment>
        <translation>تذكرة Jisr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-registration</source>
        <translation>تسجيل مسبق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>عنوان إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is waiting for your groups.</source>
        <translation>لا أحد ينتظر في مجموعاتكم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not come: marked as no-show.</source>
        <translation>%1 لم يحضر: سُجّل غائبًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not come after %2 recalls: marked as no-show.</source>
        <translation>%1 لم يحضر بعد %2 نداءات: سُجّل غائبًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 called to counter %2.</source>
        <translation>تم نداء %1 إلى الشباك %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recalled (%2 of %3).</source>
        <translation>تمت إعادة نداء %1 (%2 من %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 served: %2.</source>
        <translation>تمت خدمة %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent to group %2. It keeps its place in line.</source>
        <translation>أُرسل %1 إلى المجموعة %2، مع الاحتفاظ بمكانه في الطابور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept on this PC: it will be sent to the hall server as soon as it answers.</source>
        <translation>محفوظ على هذا الحاسوب: سيُرسل إلى خادم القاعة فور عودته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hall server cannot be reached: nothing was called.</source>
        <translation>تعذّر الوصول إلى خادم القاعة: لم يُنادَ أي تذكرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hall server cannot be reached: nothing was changed. Try again.</source>
        <translation>تعذّر الوصول إلى خادم القاعة: لم يتغيّر شيء. حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket has moved meanwhile (another counter was quicker, or it was already closed). The queue was read again.</source>
        <translation>تغيّرت حالة هذه التذكرة في الأثناء (شباك آخر كان أسرع، أو أُغلقت من قبل). أُعيدت قراءة الطابور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC could not record it (its storage may be full or read-only). Nothing was changed.</source>
        <translation>تعذّر على هذا الحاسوب تسجيل ذلك (قد تكون الذاكرة ممتلئة أو للقراءة فقط). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That was refused: nothing was changed.</source>
        <translation>رُفض ذلك: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: nothing was changed. The queue was read again.</source>
        <translation>حدث خطأ: لم يتغيّر شيء. أُعيدت قراءة الطابور.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+34"/>
        <source>Please go to the counter</source>
        <translation>يرجى التوجه إلى الشباك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this kiosk cannot issue a ticket right now. Please go to the reception counter: an agent will help you. Nothing you typed has been kept.</source>
        <translation>عذرًا، لا يمكن لهذا الجهاز إصدار تذكرة حاليًا. يرجى التوجه إلى شباك الاستقبال: سيساعدك أحد الموظفين. لم يُحفظ أي شيء مما كتبته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>CurrentTicket</name>
    <message>
        <location filename="../kiosk/ui/console/current_ticket.py" line="+312"/>
        <source>At your counter</source>
        <extracomment>keyboard shortcuts of the actions (the agent&apos;s PC has a real keyboard)</extracomment>
        <translation>في شبّاككم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next</source>
        <translation>نداء التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve…</source>
        <translation>خدمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>تحويل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the visit end? Add a note if useful (Ctrl+Enter records).</source>
        <translation>كيف انتهت الزيارة؟ أضيفوا ملاحظة عند الحاجة (Ctrl+Enter للتسجيل).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the file (optional)</source>
        <translation>ملاحظة للملف (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>تسجيل النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send this ticket to wait in another group. It keeps its place in line.</source>
        <translation>إرسال هذه التذكرة للانتظار في مجموعة أخرى، مع الاحتفاظ بمكانها في الطابور.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recall %1/%2</source>
        <translation>إعادة النداء %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket at your counter.</source>
        <translation>لا توجد تذكرة في شبّاككم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call next calls the first waiting ticket of your groups: priority first, then the oldest.</source>
        <translation>«نداء التالي» ينادي أول تذكرة منتظرة في مجموعاتكم: ذات الأولوية أولًا، ثم الأقدم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling waits until the hall server answers again.</source>
        <translation>النداء متوقف حتى يستجيب خادم القاعة من جديد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PRIORITY: %1</source>
        <translation>أولوية: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred from %1</source>
        <translation>محوَّل من %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued at %1 (%2 ago)</source>
        <translation>صدرت في %1 (منذ %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called at %1</source>
        <translation>نوديت في %1</translation>
    </message>
</context>
<context>
    <name>DeadLetterRow</name>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+133"/>
        <source>%1 · No. %2</source>
        <translation>%1 · رقم %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>تاريخ الإنشاء: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the centre: %1</source>
        <translation>سبب الرفض من المركز: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard event No. %1? It will never be sent; it stays recorded on this kiosk as discarded.</source>
        <translation>هل تريدون استبعاد العملية رقم %1؟ لن تُرسل أبدًا، وتبقى مسجلة على هذا الجهاز على أنها مستبعدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, discard</source>
        <translation>نعم، استبعاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>لا، الاحتفاظ بها</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+173"/>
        <source>Your details</source>
        <translation>معلوماتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These details help the agent prepare your file. Fields marked * are needed.</source>
        <translation>تساعد هذه المعلومات الموظف على تحضير ملفك. الخانات التي تحمل العلامة * ضرورية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needed: %1</source>
        <translation>ضروري: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: %1</source>
        <translation>اختياري: %1</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../kiosk/ui/console/details_view.py" line="+83"/>
        <source>The visitor&apos;s request</source>
        <extracomment>a scanned code&apos;s text is cut to this many characters on screen</extracomment>
        <translation>طلب الزائر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request cannot be read while the hall server is cut off. Ask the visitor for their papers.</source>
        <translation>لا يمكن قراءة الطلب ما دام خادم القاعة مقطوعًا. اطلبوا من الزائر وثائقه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call a ticket to see what the visitor asked for.</source>
        <translation>نادوا تذكرة لرؤية ما طلبه الزائر.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translation>المُدخَل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing: the visitor typed no details.</source>
        <translation>لا شيء: لم يُدخل الزائر أي معلومات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents brought</source>
        <translation>الوثائق المُحضَرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ticked</source>
        <translation>غير مؤشَّر عليها</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanned codes: %1</source>
        <translation>الرموز الممسوحة: %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-251"/>
        <source>Very bad</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>جيد جدًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your opinion could not be saved. It may have been given already for this ticket.</source>
        <translation>تعذر حفظ رأيك. ربما سبق إعطاؤه لهذه التذكرة.</translation>
    </message>
</context>
<context>
    <name>FeedbackThanksScreen</name>
    <message>
        <location line="+284"/>
        <source>Thank you</source>
        <translation>شكرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your opinion: it helps us serve visitors better.</source>
        <translation>شكرًا على رأيك: إنه يساعدنا على خدمة الزوار بشكل أفضل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>FieldHeader</name>
    <message>
        <location filename="../kiosk/ui/field/window.py" line="+118"/>
        <source>Field cases — Opération Marhaba</source>
        <extracomment>the form&apos;s inputs sized for a field laptop (1366x768) rather than a kiosk&apos;s 24&quot; screen the roles that log in here a folder picker: the window&apos;s parent, the title; the folder chosen or None</extracomment>
        <translation>الحالات الميدانية — عملية مرحبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location line="+247"/>
        <source>Case saved (version %1). It is on this device and goes to the centre with the next sync or handover file.</source>
        <extracomment>bumped at each login and lock: a job&apos;s answer from an earlier session is dropped</extracomment>
        <translation>حُفظت الحالة (النسخة %1). هي على هذا الجهاز وستُرسل إلى المركز مع المزامنة القادمة أو ملف التسليم القادم.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where is the USB stick?</source>
        <translation>أين مفتاح USB؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the handover file…</source>
        <translation>جارٍ كتابة ملف التسليم…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Handover file written: %1 (%n change(s), encrypted for the centre). Give the stick to a connected Jisr machine: kiosk import.</source>
        <translation>
            <numerusform>كُتب ملف التسليم: %1 (لا تغييرات، مشفّر للمركز). سلّم المفتاح إلى جهاز Jisr متصل: kiosk import.</numerusform>
            <numerusform>كُتب ملف التسليم: %1 (تغيير واحد، مشفّر للمركز). سلّم المفتاح إلى جهاز Jisr متصل: kiosk import.</numerusform>
            <numerusform>كُتب ملف التسليم: %1 (تغييران، مشفّران للمركز). سلّم المفتاح إلى جهاز Jisr متصل: kiosk import.</numerusform>
            <numerusform>كُتب ملف التسليم: %1 (%n تغييرات، مشفّرة للمركز). سلّم المفتاح إلى جهاز Jisr متصل: kiosk import.</numerusform>
            <numerusform>كُتب ملف التسليم: %1 (%n تغييرًا، مشفّرة للمركز). سلّم المفتاح إلى جهاز Jisr متصل: kiosk import.</numerusform>
            <numerusform>كُتب ملف التسليم: %1 (%n تغيير، مشفّرة للمركز). سلّم المفتاح إلى جهاز Jisr متصل: kiosk import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../kiosk/ui/field/words.py" line="+18"/>
        <source>Medical</source>
        <translation>طبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>إدارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs</source>
        <translation>جمركية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>اجتماعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>قانونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>نقل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>اسم الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>اللغة المتحدث بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate (optional)</source>
        <translation>لوحة ترقيم المركبة (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>الإجراء المتخذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>التوجيه إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please fill in: %1.</source>
        <translation>يرجى ملء: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long. Please shorten it.</source>
        <translation>%1: النص طويل جدًا. يرجى اختصاره.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vehicle plate may hold letters, digits, spaces and dashes only.</source>
        <translation>لا يمكن أن تحتوي لوحة المركبة إلا على حروف وأرقام ومسافات وشرطات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds characters that cannot be saved.</source>
        <translation>%1 يحتوي على رموز لا يمكن حفظها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not one of yours, or it no longer exists.</source>
        <translation>هذه الحالة ليست من حالاتك، أو لم تعد موجودة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case could not be saved. Nothing was changed.</source>
        <translation>تعذّر حفظ الحالة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is not enrolled at the centre, so it cannot write a handover file. Ask your supervisor to enrol it.</source>
        <translation>هذا الجهاز غير مسجّل لدى المركز، لذلك لا يمكنه كتابة ملف تسليم. اطلب من مشرفك تسجيله.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has not received the centre&apos;s key yet. Connect it to the network once and let it sync, then save the handover file again.</source>
        <translation>لم يتلقَّ هذا الجهاز مفتاح المركز بعد. صِله بالشبكة مرة واحدة واتركه يُزامن، ثم اكتب ملف التسليم من جديد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover file could not be written there. Check that the USB stick is plugged in and not full, then try again.</source>
        <translation>تعذّرت كتابة ملف التسليم هناك. تأكد من أن مفتاح USB موصول وغير ممتلئ، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover file could not be written. Nothing was changed.</source>
        <translation>تعذّرت كتابة ملف التسليم. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases&apos; storage cannot be reached right now. Nothing was lost; please try again.</source>
        <translation>لا يمكن الوصول إلى مخزن الحالات الآن. لم يضِع شيء؛ يرجى إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>حدث خطأ. لم يضِع شيء؛ يرجى إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>France</source>
        <extracomment>ISO codes of the countries most Moroccans living abroad reside in, in this order</extracomment>
        <translation>فرنسا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>إسبانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>إيطاليا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>بلجيكا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>سويسرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>البرتغال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>السويد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>النرويج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>الدنمارك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>النمسا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>لوكسمبورغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربية المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>السعودية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not given —</source>
        <extracomment>languages a person may speak, each named in itself (code -&gt; name)</extracomment>
        <translation>— غير مذكور —</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="-160"/>
        <source>This detail is needed for this service.</source>
        <translation>هذه المعلومة ضرورية لهذه الخدمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long.</source>
        <translation>هذا النص طويل جدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translatorcomment>review: &quot;الفاصلة العليا&quot; (apostrophe) is not a word every visitor knows, so the sign itself follows it; check the wording is clear.</translatorcomment>
        <translation>استعمل الحروف فقط (يُقبل الفراغ والشرطة - والفاصلة العليا &apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Start with + and the country code, for example +33 6 12 34 56 78.</source>
        <translatorcomment>The example number is wrapped in invisible left-to-right isolate marks (U+2066 ... U+2069) so that its digit groups are not shown in reverse order inside Arabic text: keep them.</translatorcomment>
        <translation>رقم الهاتف هذا غير صحيح. ابدأ بالعلامة + ثم رمز البلد، مثلًا ⁦+33 6 12 34 56 78⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNIE number is 1 or 2 letters then up to 6 digits, for example AB123456.</source>
        <translation>يتكون رقم البطاقة الوطنية (CNIE) من حرف أو حرفين لاتينيين ثم 6 أرقام على الأكثر، مثلًا AB123456.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport number has 6 to 12 letters and digits.</source>
        <translation>يتكون رقم جواز السفر من 6 إلى 12 خانة (حروف وأرقام).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a CNIE number (for example AB123456) or a passport number.</source>
        <translation>اكتب رقم البطاقة الوطنية (مثلًا AB123456) أو رقم جواز السفر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>اختر بلدًا من القائمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address is not valid, for example name@example.com.</source>
        <translation>عنوان البريد الإلكتروني هذا غير صحيح. مثال لعنوان صحيح: name@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plate number has 2 to 15 letters and digits.</source>
        <translation>يتكون رقم لوحة الترقيم من 2 إلى 15 خانة (حروف وأرقام).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this detail.</source>
        <translation>يرجى التحقق من هذه المعلومة.</translation>
    </message>
</context>
<context>
    <name>MoreTimeOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/dialogs.py" line="+143"/>
        <source>Do you need more time?</source>
        <translation>هل تحتاج إلى مزيد من الوقت؟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Returning to the start in %n s</source>
        <translation>
            <numerusform>العودة إلى البداية الآن</numerusform>
            <numerusform>العودة إلى البداية بعد ثانية واحدة</numerusform>
            <numerusform>العودة إلى البداية بعد ثانيتين</numerusform>
            <numerusform>العودة إلى البداية بعد %n ثوانٍ</numerusform>
            <numerusform>العودة إلى البداية بعد %n ثانية</numerusform>
            <numerusform>العودة إلى البداية بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I need more time</source>
        <translation>نعم، أحتاج إلى مزيد من الوقت</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/notice.py" line="+51"/>
        <source>Your personal data</source>
        <translation>معطياتك الشخصية</translation>
    </message>
</context>
<context>
    <name>OldPinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/old_pin.py" line="+123"/>
        <source>Counter console</source>
        <translation>لوحة الشباك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>أدخلوا القن السري للموظفين، ثم اضغطوا على «موافق».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff PIN, then press OK or Enter.</source>
        <translation>أدخلوا القن السري للموظفين، ثم اضغطوا على «موافق» أو Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This screen is for kiosk staff only. Visitors: press Close to go back to the start.</source>
        <translation>هذه الشاشة خاصة بموظفي الجهاز فقط. أيها الزوار: اضغطوا على «إغلاق» للرجوع إلى البداية.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Staff access is not set up on this kiosk. An administrator sets a staff PIN with the command &quot;kiosk staff-pin&quot;, then restarts the kiosk.</source>
        <translation>ولوج الموظفين غير مُعَدّ على هذا الجهاز. يحدد المسؤول التقني قنًا سريًا بالأمر ⁦kiosk staff-pin⁩، ثم يعيد تشغيل الجهاز.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN is set on this PC. An administrator sets one with the command &quot;kiosk staff-pin&quot;.</source>
        <translation>لم يُحدَّد قن سري للموظفين على هذا الحاسوب. يحدده المسؤول بالأمر «kiosk staff-pin».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من القن السري…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before a one-minute pause: %1.</source>
        <translation>القن السري غير صحيح. المحاولات المتبقية قبل توقف لمدة دقيقة: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. The pad is paused: try again in %n s.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. لوحة الأرقام متوقفة: يرجى إعادة المحاولة الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. لوحة الأرقام متوقفة: يرجى إعادة المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. لوحة الأرقام متوقفة: يرجى إعادة المحاولة بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. لوحة الأرقام متوقفة: يرجى إعادة المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. لوحة الأرقام متوقفة: يرجى إعادة المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. لوحة الأرقام متوقفة: يرجى إعادة المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff PIN setting of this kiosk is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>إعداد القن السري للموظفين على هذا الجهاز تالف. يرجى تحديده من جديد بالأمر ⁦kiosk staff-pin⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff PIN setting of this PC is damaged. Set it again with &quot;kiosk staff-pin&quot;.</source>
        <translation>إعداد القن السري للموظفين على هذا الحاسوب تالف. أعيدوا تحديده بالأمر «kiosk staff-pin».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>تعذر التحقق من القن السري. يرجى إعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+160"/>
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK, done</source>
        <translation>موافق، انتهيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last letter</source>
        <translation>حذف آخر حرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letter</source>
        <translation>حرف كبير</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/pin_pad.py" line="+110"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>PIN digits typed: %1</source>
        <translation>عدد أرقام القن السري المكتوبة: %1</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/priority.py" line="+38"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some visitors are served first. Does one of these apply to you? An agent may ask for proof.</source>
        <translation>تُعطى الأولوية لبعض الزوار. هل تنطبق عليك إحدى هذه الحالات؟ قد يطلب منك الموظف ما يثبت ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am 65 or older</source>
        <translation>عمري 65 سنة أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a disability</source>
        <translation>أنا في وضعية إعاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>أنا حامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am with a baby or small child</source>
        <translation>معي رضيع أو طفل صغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, continue without priority</source>
        <translation>لا، المتابعة دون أولوية</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../kiosk/ui/console/queue_view.py" line="+85"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting: %1</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue has not been read yet.</source>
        <translation>لم تُقرأ الطابور بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this counter&apos;s groups.</source>
        <translation>لا أحد ينتظر في مجموعات هذا الشباك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In calling order: priority tickets first, then the oldest. Priority tickets: %1.</source>
        <translation>بترتيب النداء: ذات الأولوية أولًا، ثم الأقدم. تذاكر ذات أولوية: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority: %1</source>
        <translation>أولوية: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred from %1</source>
        <translation>محوَّل من %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/feedback.py" line="-199"/>
        <source>How was your visit?</source>
        <translation>كيف كانت زيارتك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch a number: 1 is very bad, 5 is very good. Then you can add a comment, or make a complaint.</source>
        <translation>المس رقمًا: 1 سيئ جدًا، 5 جيد جدًا. بعد ذلك يمكنك إضافة تعليق أو تقديم شكاية.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+263"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents (addresses, text) may go with the request for the agent to check. What a visitor typed that reads as a ticket number (not a scanned, signed ticket).</extracomment>
        <translation>مسح رمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code inside the green frame, about 20 cm from the camera.</source>
        <translation>ضع رمز QR داخل الإطار الأخضر، على بعد 20 سم تقريبًا من الكاميرا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reference instead</source>
        <translation>كتابة المرجع بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this request</source>
        <translation>المتابعة بهذا الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my ticket again</source>
        <translation>إعادة طباعة تذكرتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to my request for the agent</source>
        <translation>إضافته إلى طلبي ليطّلع عليه الموظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was your visit? Give your opinion</source>
        <translation>كيف كانت زيارتك؟ أعطِ رأيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel your ticket</source>
        <translation>المس مرة أخرى لإلغاء تذكرتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel my ticket</source>
        <translation>إلغاء تذكرتي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera is not available. You can type the reference written under the code instead.</source>
        <translation>الكاميرا غير متوفرة. يمكنك بدلًا من ذلك كتابة المرجع المكتوب تحت الرمز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a code…</source>
        <translation>في انتظار رمز…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This code has been changed or forged: it cannot be used. An agent at the counter can help.</source>
        <translation>تم تغيير هذا الرمز أو تزويره: لا يمكن استعماله. يمكن لموظف الشباك مساعدتك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was not made by a Jisr kiosk or centre we know. An agent at the counter can check it.</source>
        <translatorcomment>review: the product name Jisr is written «جسر» here; keep it in Latin letters (Jisr) if that is how it appears on the kiosk and the tickets.</translatorcomment>
        <translation>لم يصدر هذا الرمز عن جهاز أو مركز «جسر» معروف لدينا. يمكن لموظف الشباك التحقق منه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code has expired.</source>
        <translation>انتهت صلاحية هذا الرمز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid yet.</source>
        <translation>هذا الرمز لم يصبح صالحًا بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code cannot be read. Hold it still inside the frame, or type the reference.</source>
        <translation>تعذّرت قراءة هذا الرمز. أمسكه ثابتًا داخل الإطار، أو اكتب المرجع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official address of %1: %2</source>
        <translatorcomment>%1 is a site&apos;s name, %2 its web address.</translatorcomment>
        <translation>العنوان الرسمي (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown address, it will not be opened: %1</source>
        <translation>عنوان غير معروف، لن يتم فتحه: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request is for a service not offered at this kiosk. Please ask at the counter.</source>
        <translation>هذا الطلب يخص خدمة غير متوفرة في هذا الجهاز. المرجو التوجه إلى الشباك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translation>التذكرة %1 صادرة عن مركز آخر: يرجى الاستفسار عند الشباك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 has been served. Thank you for your visit.</source>
        <translation>تمت خدمة التذكرة %1. شكرًا على زيارتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1: looking up your place…</source>
        <translation>التذكرة %1: جارٍ البحث عن دورك…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1. People ahead of you: %2. Estimated wait in minutes: %3.</source>
        <translation>التذكرة %1. عدد الأشخاص قبلك: %2. مدة الانتظار التقديرية بالدقائق: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has been called: please go to the counter now.</source>
        <translation>تمت المناداة على التذكرة %1: يرجى التوجه إلى الشباك الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is no longer in the queue.</source>
        <translation>التذكرة %1 لم تعد في الطابور.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: the agent will see it with your request.</source>
        <translation>تمت الإضافة: سيطّلع عليه الموظف مع طلبك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is already with your request, or five codes are there already.</source>
        <translation>هذا الرمز مضاف إلى طلبك من قبل، أو أن طلبك يضم خمسة رموز بالفعل.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ticket has been printed again.</source>
        <translation>تمت إعادة طباعة تذكرتك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translation>تعذّرت طباعة التذكرة. يرجى الاستفسار عند الشباك.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translation>تم إلغاء تذكرتك. شكرًا لإخبارنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translation>لم تعد هذه التذكرة في الانتظار.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translation>تعذّر إلغاء التذكرة. يرجى الاستفسار عند الشباك.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translation>لا توجد تذكرة بهذا الرقم اليوم. تحقّق من الرقم، أو توجّه إلى الشباك.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Your request made at home: %1. Check it, then continue.</source>
        <translation>طلبك الذي حضّرته في المنزل: %1. تحقّق منه، ثم تابع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text read: %1</source>
        <translation>النص المقروء: %1</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/search.py" line="+60"/>
        <source>Search for a service</source>
        <translation>البحث عن خدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translation>اكتب بعض حروف اسم الخدمة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You can type the name in any language of this kiosk.</source>
        <translation>يمكنك كتابة الاسم بأي لغة من لغات هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No service matches. Try another word, or go back and choose a picture.</source>
        <translation>لا توجد خدمة مطابقة. جرّب كلمة أخرى، أو ارجع واختر صورة.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Services found: %n</source>
        <translation>
            <numerusform>لم يتم العثور على أي خدمة.</numerusform>
            <numerusform>تم العثور على خدمة واحدة.</numerusform>
            <numerusform>تم العثور على خدمتين.</numerusform>
            <numerusform>تم العثور على %n خدمات.</numerusform>
            <numerusform>تم العثور على %n خدمة.</numerusform>
            <numerusform>تم العثور على %n خدمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/service_card.py" line="+154"/>
        <source>Handled by: %1</source>
        <translation>الجهة المختصة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to bring — tick what you have:</source>
        <translation>الوثائق التي يجب إحضارها — حدّد ما هو متوفر لديك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document is needed.</source>
        <translation>لا حاجة إلى أي وثيقة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee: %1</source>
        <translation>الرسوم: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: ask at the counter</source>
        <translation>الرسوم: استفسر عند الشباك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay: %1</source>
        <translation>مدة الإنجاز: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicative, last checked on %1</source>
        <translation>معلومات إرشادية، تم التحقق منها بتاريخ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also possible online:</source>
        <translation>متاح أيضًا عبر الإنترنت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a ticket for this service</source>
        <translation>الحصول على تذكرة لهذه الخدمة</translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+26"/>
        <source>Touch the service you need.</source>
        <translation>المس الخدمة التي تحتاجها.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../kiosk/ui/console/setup_view.py" line="+115"/>
        <source>Your counter</source>
        <translation>شبّاككم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter number</source>
        <translation>رقم الشباك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service groups this counter serves</source>
        <translation>مجموعات الخدمات التي يقدّمها هذا الشباك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the counter</source>
        <translation>فتح الشباك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one group.</source>
        <translation>اختاروا مجموعة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_header.py" line="+87"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>StaffLoginWidget</name>
    <message>
        <location filename="../kiosk/ui/widgets/staff_login.py" line="+340"/>
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من القن السري…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN. Tries left before this account is locked: %1.</source>
        <translation>القن السري غير صحيح. المحاولات المتبقية قبل قفل هذا الحساب: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many wrong PINs. This account is locked: try again in %n min.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. هذا الحساب مقفل: يرجى إعادة المحاولة بعد أقل من دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. هذا الحساب مقفل: يرجى إعادة المحاولة بعد دقيقة واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. هذا الحساب مقفل: يرجى إعادة المحاولة بعد دقيقتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. هذا الحساب مقفل: يرجى إعادة المحاولة بعد %n دقائق.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. هذا الحساب مقفل: يرجى إعادة المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. هذا الحساب مقفل: يرجى إعادة المحاولة بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN of this account cannot be checked. A supervisor must set it again.</source>
        <translation>لا يمكن التحقق من القن السري لهذا الحساب. يجب على المشرف تحديده من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>تعذر التحقق من القن السري. يرجى إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of staff could not be read. Close this screen and try again.</source>
        <translation>تعذرت قراءة قائمة الموظفين. أغلقوا هذه الشاشة وأعيدوا المحاولة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account cannot log in here any more. Ask a supervisor.</source>
        <translation>لم يعد بإمكان هذا الحساب الولوج هنا. يرجى مراجعة المشرف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff account can log in here yet. A supervisor adds them with the command %1.</source>
        <translation>لا يوجد بعد أي حساب للموظفين يمكنه الولوج هنا. يضيف المشرف الحسابات بالأمر %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field team</source>
        <translation>فريق ميداني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you? Touch your name.</source>
        <translation>من أنتم؟ اضغطوا على اسمكم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not you? Back to the names</source>
        <translation>لستم أنتم؟ الرجوع إلى الأسماء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN, then press OK.</source>
        <translation>أدخلوا قنكم السري، ثم اضغطوا على «موافق».</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_pin.py" line="+120"/>
        <source>Staff access</source>
        <translation>ولوج الموظفين</translation>
    </message>
</context>
<context>
    <name>StaffSyncScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/staff_sync.py" line="+181"/>
        <source>Sync with the centre</source>
        <translation>المزامنة مع المركز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events waiting to be sent</source>
        <translation>عمليات في انتظار الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events refused by the centre</source>
        <translation>عمليات رفضها المركز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>المحاولة المقبلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>عنوان المركز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translation>معرّف الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference data version</source>
        <translation>إصدار المعطيات المرجعية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Last error: %1</source>
        <translation>آخر خطأ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For support: %1</source>
        <translation>للدعم التقني: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not planned</source>
        <translation>غير مبرمجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled yet</source>
        <translation>غير مسجل بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Trying now…</source>
        <translation>جارٍ المحاولة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync worked.</source>
        <translation>تمت المزامنة بنجاح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That try did not work.</source>
        <translation>لم تنجح هذه المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: the kiosk keeps trying.</source>
        <translation>لا جواب بعد: يواصل الجهاز المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start. Try again.</source>
        <translation>تعذر بدء المزامنة. يرجى إعادة المحاولة.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/widgets/dead_letters.py" line="+146"/>
        <source>Event No. %1 will be sent again.</source>
        <translation>ستُرسل العملية رقم %1 من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event No. %1 was discarded. It stays recorded on this kiosk.</source>
        <translation>تم استبعاد العملية رقم %1. تبقى مسجلة على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event No. %1 is no longer in the list.</source>
        <translation>العملية رقم %1 لم تعد في القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work. Please try again.</source>
        <translation>لم ينجح ذلك. يرجى إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The list of refused events could not be read.</source>
        <translation>تعذرت قراءة قائمة العمليات المرفوضة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused events (%1)</source>
        <translation>العمليات المرفوضة (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None. Every event the centre received was accepted.</source>
        <translation>لا شيء. قبل المركز كل العمليات التي توصل بها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest %1 of %2 are listed.</source>
        <translation>تُعرض أقدم %1 من أصل %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry sends an event again; Discard sets it aside for good.</source>
        <translation>«إعادة المحاولة» ترسل العملية من جديد؛ و«استبعاد» يضعها جانبًا نهائيًا.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+151"/>
        <source>Back</source>
        <translation>الرجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {current} of {total}</source>
        <translation>الخطوة {current} من {total}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../kiosk/ui/sync_words.py" line="+20"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>ترخيص ملغى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is in touch with the centre.</source>
        <translation>الجهاز على اتصال بالمركز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No link with the centre: events wait safely on this kiosk.</source>
        <translation>لا اتصال بالمركز: العمليات محفوظة بأمان على هذا الجهاز في انتظار إرسالها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>This device has been revoked. Call support.</source>
        <translation>تم سحب ترخيص هذا الجهاز. يرجى الاتصال بالدعم التقني.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Events wait on this kiosk. Ask support to enrol it.</source>
        <translation>العمليات محفوظة على هذا الجهاز. يرجى مطالبة الدعم التقني بتسجيله.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre cannot be reached. Check the network cable or the Wi-Fi.</source>
        <translation>تعذر الاتصال بالمركز. يرجى التحقق من كابل الشبكة أو من الويفي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre did not answer in time. The kiosk will try again.</source>
        <translation>لم يجب المركز في الوقت المحدد. سيعيد الجهاز المحاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre had a problem on its side. The kiosk will try again.</source>
        <translation>وقع عطب من جهة المركز. سيعيد الجهاز المحاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is busy and asked the kiosk to wait. It will try again by itself.</source>
        <translation>المركز مشغول وطلب من الجهاز الانتظار. سيعيد المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre does not recognise this device. Call support to enrol it again.</source>
        <translation>المركز لا يتعرف على هذا الجهاز. يرجى الاتصال بالدعم التقني لإعادة تسجيله.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre is missing events this kiosk no longer has. Nothing is skipped: call support.</source>
        <translation>تنقص المركزَ عملياتٌ لم تعد موجودة على هذا الجهاز. لا يُتجاوز أي شيء: يرجى الاتصال بالدعم التقني.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre gave an answer the kiosk does not understand. Call support if this lasts.</source>
        <translation>أرسل المركز جوابًا لا يفهمه الجهاز. يرجى الاتصال بالدعم التقني إذا استمر ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre&apos;s security certificate is not the expected one. Check the kiosk&apos;s date and time, then call support.</source>
        <translation>شهادة الأمان الخاصة بالمركز ليست الشهادة المنتظرة. يرجى التحقق من تاريخ الجهاز وساعته، ثم الاتصال بالدعم التقني.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New reference data from the centre was refused. The kiosk keeps using the data it has.</source>
        <translation>تم رفض معطيات مرجعية جديدة واردة من المركز. يواصل الجهاز استعمال المعطيات التي لديه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem (%1).</source>
        <translation>مشكل غير متوقع (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today at %1</source>
        <translation>اليوم على الساعة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1 على الساعة %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not planned</source>
        <translation>غير مبرمجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>in %n s</source>
        <translation>
            <numerusform>الآن</numerusform>
            <numerusform>بعد ثانية واحدة</numerusform>
            <numerusform>بعد ثانيتين</numerusform>
            <numerusform>بعد %n ثوانٍ</numerusform>
            <numerusform>بعد %n ثانية</numerusform>
            <numerusform>بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>الآن</numerusform>
            <numerusform>بعد دقيقة واحدة</numerusform>
            <numerusform>بعد دقيقتين</numerusform>
            <numerusform>بعد %n دقائق</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+150"/>
        <source>Your ticket</source>
        <translation>تذكرتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code later to see your place in the queue.</source>
        <translation>امسح هذا الرمز لاحقًا لمعرفة دورك في الطابور.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Your number</source>
        <extracomment>Below this width (a 1024 px screen) the ticket is laid out as in large text.</extracomment>
        <translation>رقمك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued at %1</source>
        <translation>وقت الإصدار: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ahead of you: %1</source>
        <translation>عدد الأشخاص قبلك: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>مدة الانتظار التقديرية: حوالي %n دقيقة</numerusform>
            <numerusform>مدة الانتظار التقديرية: حوالي دقيقة واحدة</numerusform>
            <numerusform>مدة الانتظار التقديرية: حوالي دقيقتين</numerusform>
            <numerusform>مدة الانتظار التقديرية: حوالي %n دقائق</numerusform>
            <numerusform>مدة الانتظار التقديرية: حوالي %n دقيقة</numerusform>
            <numerusform>مدة الانتظار التقديرية: حوالي %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated wait: you are next</source>
        <translation>مدة الانتظار التقديرية: دورك هو التالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translatorcomment>a line on the ticket: this visitor is served first (same word as the printed ticket).</translatorcomment>
        <translation>أولوية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your printed ticket below the screen and wait until your number is called.</source>
        <translation>خذ تذكرتك المطبوعة من أسفل الشاشة وانتظر إلى أن يُنادى على رقمك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kiosk does not print: please take a photo of your number and the code, and wait until your number is called.</source>
        <translation>هذا الجهاز لا يطبع التذاكر: التقط صورة لرقمك وللرمز، وانتظر إلى أن يُنادى على رقمك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket could not be printed. Please take a photo of this screen or write down your number; the agents have been told.</source>
        <translation>تعذّرت طباعة التذكرة. التقط صورة لهذه الشاشة أو دوّن رقمك؛ وقد أُبلغ الموظفون بذلك.</translation>
    </message>
</context>
</TS>
