<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/categories.py" line="+61"/>
        <location line="+12"/>
        <source>Search by name</source>
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
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/confirm.py" line="+62"/>
        <source>Check and confirm</source>
        <translation>التحقق والتأكيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents you have: %1 of %2</source>
        <translation>الوثائق المتوفرة لديك: %1 من %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Codes scanned for the agent: %1</source>
        <translation>عدد الرموز الممسوحة للموظف: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No personal details: the agent will ask you at the counter.</source>
        <translation>بدون معلومات شخصية: سيطلبها منك الموظف عند الشباك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority requested</source>
        <translation>تم طلب الأولوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm and print my ticket</source>
        <translation>تأكيد وطباعة تذكرتي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing your ticket…</source>
        <translation>جارٍ تحضير تذكرتك…</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/counter.py" line="+30"/>
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
    <name>DetailsScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/details.py" line="+164"/>
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
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-140"/>
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
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../kiosk/ui/widgets/keyboard.py" line="+135"/>
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
    <name>ScanScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/scan.py" line="+212"/>
        <source>Scan a code</source>
        <extracomment>Workers still inside a camera call at shutdown, kept alive until the process ends. Codes on documents that may go with the request for the agent to check.</extracomment>
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
        <location line="+6"/>
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
        <location line="+9"/>
        <source>Ticket %1 is from another site: please ask at the counter.</source>
        <translation>التذكرة %1 صادرة عن مركز آخر: يرجى الاستفسار عند الشباك.</translation>
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
        <location line="+11"/>
        <source>Your ticket has been printed again.</source>
        <translation>تمت إعادة طباعة تذكرتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket could not be printed. Please ask at the counter.</source>
        <translation>تعذّرت طباعة التذكرة. يرجى الاستفسار عند الشباك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your ticket is cancelled. Thank you for telling us.</source>
        <translation>تم إلغاء تذكرتك. شكرًا لإخبارنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket was no longer waiting.</source>
        <translation>لم تعد هذه التذكرة في الانتظار.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket could not be cancelled. Please ask at the counter.</source>
        <translation>تعذّر إلغاء التذكرة. يرجى الاستفسار عند الشباك.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No ticket with this number today. Check the number, or ask at the counter.</source>
        <translation>لا توجد تذكرة بهذا الرقم اليوم. تحقّق من الرقم، أو توجّه إلى الشباك.</translation>
    </message>
    <message>
        <location line="-96"/>
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
        <location filename="../kiosk/ui/screens/search.py" line="+61"/>
        <source>Search for a service</source>
        <translation>البحث عن خدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the service name</source>
        <translation>اكتب بعض حروف اسم الخدمة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names in Arabic, French or English all work.</source>
        <translation>يمكنك كتابة الاسم بالعربية أو الفرنسية أو الإنجليزية.</translation>
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
        <location filename="../kiosk/ui/screens/service_card.py" line="+116"/>
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
        <location line="+5"/>
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
    <name>StepHeader</name>
    <message>
        <location filename="../kiosk/ui/widgets/step_header.py" line="+129"/>
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
    <name>TicketScreen</name>
    <message>
        <location filename="../kiosk/ui/screens/ticket.py" line="+82"/>
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
        <location line="+7"/>
        <source>Your number</source>
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
