<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountabilityDialog</name>
    <message>
        <source>Accountability package</source>
        <translation>ملف المساءلة</translation>
    </message>
    <message>
        <source>&amp;Export the package as PDF…</source>
        <translation>تصدير الملف بصيغة PDF…</translation>
    </message>
    <message>
        <source>Choose the language and an optional password, then where to save it</source>
        <translation>اختر اللغة وكلمة مرور إن شئت، ثم مكان الحفظ</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>حذف الشخص</translation>
    </message>
    <message>
        <source>Delete %1 and the conduct recorded for them from this case? This cannot be undone.</source>
        <translation>هل تريد حذف %1 والأفعال المسجلة عليه من هذه القضية؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>AccountabilityEditor</name>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>تعذّر حفظ التغيير الأخير: %1</translation>
    </message>
</context>
<context>
    <name>AccountabilityExportDialog</name>
    <message>
        <source>Export the accountability package</source>
        <translation>تصدير ملف المساءلة</translation>
    </message>
    <message>
        <source>The package is a separate document from the brief: it names the people responsible. It is saved only where you choose.</source>
        <translation>هذا الملف مستند منفصل عن المذكّرة، إذ يسمّي الأشخاص المسؤولين. ولا يُحفظ إلا في المكان الذي تختاره.</translation>
    </message>
    <message>
        <source>&amp;Language of the package:</source>
        <translation>لغة الملف:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the accountability package as PDF</source>
        <translation>حفظ ملف المساءلة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>جارٍ إعداد ملف PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>The package could not be prepared (%1).</source>
        <translation>تعذّر إعداد الملف (%1).</translation>
    </message>
</context>
<context>
    <name>AccountabilityIntro</name>
    <message>
        <source>The United States can refuse entry to officials involved in gross violations of human rights or significant corruption (Section 7031(c)), and can freeze their assets and bar dealings with them (Global Magnitsky sanctions). Anyone may send the State Department information for such a decision. Here you record who is responsible, what they did, which events of your timeline show it and what evidence exists, then print it as a separate document.</source>
        <extracomment>The reference entries this panel links to, in the order of its buttons.</extracomment>
        <translation>يمكن للولايات المتحدة أن تمنع من دخول أراضيها المسؤولين المتورطين في انتهاكات جسيمة لحقوق الإنسان أو في فساد جسيم (المادة 7031(ج))، وأن تجمّد أصولهم وتحظر التعامل معهم (عقوبات ماغنيتسكي العالمية). ويحق لأي شخص أن يرسل إلى وزارة الخارجية الأمريكية معلومات تساعد على اتخاذ قرار كهذا. سجّل هنا من المسؤول، وماذا فعل، وأي أحداث من التسلسل الزمني لقضيتك تثبت ذلك، وما الأدلة المتوفرة، ثم اطبع ذلك في مستند منفصل.</translation>
    </message>
    <message>
        <source>This package names people who may retaliate. Keep it confidential and send it only through a channel you trust. Decisions are slow, often more than a year, and you may never hear the outcome. It does not replace urgent protection.</source>
        <translation>يسمّي هذا الملف أشخاصًا قد ينتقمون. حافظ على سريته، ولا ترسله إلا عبر قناة تثق بها. القرارات بطيئة، وكثيرًا ما تستغرق أكثر من سنة، وقد لا تُبلَّغ بالنتيجة أبدًا. ولا يغني عن الحماية العاجلة.</translation>
    </message>
    <message>
        <source>About Section &amp;7031(c)</source>
        <translation>عن المادة 7031(ج)</translation>
    </message>
    <message>
        <source>About &amp;Global Magnitsky</source>
        <translation>عن عقوبات ماغنيتسكي العالمية</translation>
    </message>
    <message>
        <source>Preparing a &amp;submission</source>
        <translation>إعداد ملف التوصية</translation>
    </message>
    <message>
        <source>Opens the entry in Reference</source>
        <translation>يفتح المدخل في الدليل المرجعي</translation>
    </message>
</context>
<context>
    <name>AccountabilityPeoplePanel</name>
    <message>
        <source>People responsible</source>
        <translation>الأشخاص المسؤولون</translation>
    </message>
    <message>
        <source>Full name of a person responsible</source>
        <translation>الاسم الكامل لشخص مسؤول</translation>
    </message>
    <message>
        <source>Full name of a new person responsible</source>
        <translation>الاسم الكامل لشخص مسؤول جديد</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add this person to the list</source>
        <translation>إضافة هذا الشخص إلى القائمة</translation>
    </message>
    <message>
        <source>No one is listed yet. Type the full name of a person responsible above and press Enter.</source>
        <translation>لا يوجد أحد في القائمة بعد. اكتب في الأعلى الاسم الكامل لشخص مسؤول ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s details</source>
        <translation>تعديل بيانات الشخص المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the selected person and the conduct recorded for them</source>
        <translation>حذف الشخص المحدد والأفعال المسجلة عليه</translation>
    </message>
</context>
<context>
    <name>AccountabilityPersonForm</name>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Other names or spe&amp;llings:</source>
        <translation>أسماء أو طرق كتابة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>بلد الميلاد:</translation>
    </message>
    <message>
        <source>Date or &amp;year of birth:</source>
        <translation>تاريخ الميلاد أو سنته:</translation>
    </message>
    <message>
        <source>&amp;Position or unit:</source>
        <translation>المنصب أو الوحدة:</translation>
    </message>
    <message>
        <source>Notes on this pe&amp;rson:</source>
        <translation>ملاحظات عن هذا الشخص:</translation>
    </message>
    <message>
        <source>Separate them with semicolons</source>
        <translation>افصل بينها بفاصلة منقوطة (؛)</translation>
    </message>
    <message>
        <source>1971, 1971-04 or 1971-04-23</source>
        <translation>1971 أو 1971-04 أو 1971-04-23</translation>
    </message>
    <message>
        <source>Appro&amp;ximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Tick when the year is an estimate</source>
        <translation>حدّد هذا الخيار إذا كانت السنة تقديرية</translation>
    </message>
    <message>
        <source>At the time of the conduct</source>
        <translation>وقت ارتكاب الأفعال</translation>
    </message>
    <message>
        <source>Anything else that tells this person apart, and how you know it</source>
        <translation>أي معلومة أخرى تميّز هذا الشخص، وكيف عرفتها</translation>
    </message>
    <message>
        <source>Notes on this person</source>
        <translation>ملاحظات عن هذا الشخص</translation>
    </message>
    <message>
        <source>Cond&amp;uct</source>
        <translation>الأفعال المنسوبة</translation>
    </message>
    <message>
        <source>Tick what this person did. Select a ticked line to link its events and evidence below.</source>
        <translation>حدّد ما فعله هذا الشخص. اختر سطرًا محددًا لتربط به الأحداث والأدلة في الأسفل.</translation>
    </message>
    <message>
        <source>Conduct of this person</source>
        <translation>الأفعال المنسوبة إلى هذا الشخص</translation>
    </message>
    <message>
        <source>Remove “%1” from this person, with what you wrote and the events linked to it?</source>
        <translation>هل تريد إزالة «%1» من سجل هذا الشخص، مع ما كتبته والأحداث المرتبطة به؟</translation>
    </message>
    <message>
        <source>A person needs a full name; the last one is kept until you type one.</source>
        <translation>لا بد من اسم كامل للشخص؛ يبقى الاسم السابق محفوظًا إلى أن تكتب اسمًا آخر.</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>إزالة فعل</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>hrdesk is already open</source>
        <translation>برنامج hrdesk مفتوح بالفعل</translation>
    </message>
    <message>
        <source>This vault is already open in another hrdesk window. Use that window.</source>
        <translation>هذه الخزنة مفتوحة بالفعل في نافذة أخرى من hrdesk. استخدم تلك النافذة.</translation>
    </message>
</context>
<context>
    <name>AutoBackupStatus</name>
    <message>
        <source>Automatic backup: %1% done</source>
        <translation>النسخ الاحتياطي التلقائي: اكتمل %1٪</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up — hrdesk</source>
        <translation>نسخة احتياطية — hrdesk</translation>
    </message>
    <message>
        <source>Back up your vault</source>
        <translation>احفظ نسخة احتياطية من خزنتك</translation>
    </message>
    <message>
        <source>The backup is one encrypted file that holds your whole vault. Without its passphrase it shows nothing but its size, so you can copy it to a USB stick or another computer. Keep it away from this computer: it is what lets you start again if this one is lost, seized or broken.</source>
        <translation>النسخة الاحتياطية ملف واحد مشفّر يضم خزنتك كاملة. ومن دون عبارة المرور الخاصة بها لا تكشف شيئًا سوى حجمها، لذا يمكنك نسخها إلى ذاكرة USB أو إلى حاسوب آخر. احتفظ بها بعيدًا عن هذا الحاسوب: فهي ما يتيح لك أن تبدأ من جديد إذا فُقد أو صودر أو تعطّل.</translation>
    </message>
    <message>
        <source>Protect the backup with:</source>
        <translation>احمِ النسخة الاحتياطية بـ:</translation>
    </message>
    <message>
        <source>The &amp;vault&apos;s passphrase</source>
        <translation>عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>A &amp;separate passphrase, only for this backup</source>
        <translation>عبارة مرور مستقلة خاصة بهذه النسخة وحدها</translation>
    </message>
    <message>
        <source>Vault &amp;passphrase:</source>
        <translation>عبارة مرور الخزنة:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>عبارة مرور النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أعد كتابتها:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>أعد كتابة عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>You will need this passphrase to restore the backup, and the restored vault will open with it. If you forget it, nobody can open the backup.</source>
        <translation>ستحتاج إلى عبارة المرور هذه لاستعادة النسخة الاحتياطية، وستُفتح الخزنة المستعادة بها. وإذا نسيتها فلن يتمكن أحد من فتح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Choose a file and &amp;back up…</source>
        <translation>اختر ملفًا واحفظ النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>اكتب عبارة مرور الخزنة أولًا.</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>نسخ hrdesk الاحتياطية (*%1);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Backing up… This can take a moment.</source>
        <translation>جارٍ حفظ النسخة الاحتياطية… قد يستغرق ذلك بعض الوقت.</translation>
    </message>
    <message>
        <source>Backing up… %1% done.</source>
        <translation>جارٍ حفظ النسخة الاحتياطية… اكتمل %1٪.</translation>
    </message>
    <message>
        <source>Done. The backup is saved in %1 (%2). You can now copy it to a USB stick or another safe place.</source>
        <translation>تم. حُفظت النسخة الاحتياطية في %1 (%2). يمكنك الآن نسخها إلى ذاكرة USB أو إلى مكان آمن آخر.</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>هذه ليست عبارة مرور الخزنة. لم تُحفظ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full: the backup could not be made. Free some space and try again.</source>
        <translation>القرص الذي يحوي الخزنة ممتلئ: تعذّر إنشاء النسخة الاحتياطية. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is not enough space in %1 for the backup. No backup was written. Free some space or choose another place, such as a USB stick.</source>
        <translation>لا توجد مساحة كافية في %1 للنسخة الاحتياطية. لم تُحفظ أي نسخة احتياطية. أفرغ بعض المساحة أو اختر مكانًا آخر، مثل ذاكرة USB.</translation>
    </message>
    <message>
        <source>hrdesk cannot write in %1 (the folder is missing, read-only or not yours). No backup was written. Choose another folder.</source>
        <translation>لا يستطيع hrdesk الكتابة في %1 (المجلد غير موجود، أو للقراءة فقط، أو لا يخصّك). لم تُحفظ أي نسخة احتياطية. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2. No backup was written.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في %1: %2. لم تُحفظ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The backup could not be made. No backup was written.</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية. لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>الأساسيات</translation>
    </message>
    <message>
        <source>The basics of the case</source>
        <translation>أساسيات القضية</translation>
    </message>
    <message>
        <source>Who is at risk, where, and what is happening, in a few words. You can use a pseudonym: you decide later what is printed.</source>
        <translation>من المعرَّض للخطر، وأين، وماذا يحدث، في كلمات قليلة. يمكنك استخدام اسم مستعار، فأنت من يقرّر لاحقًا ما يُطبع.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation>عنوان القضية</translation>
    </message>
    <message>
        <source>A name you will recognise</source>
        <translation>اسم تتعرّف عليه بسهولة</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Country where the defender works</source>
        <translation>البلد الذي يعمل فيه المدافع</translation>
    </message>
    <message>
        <source>Country where the defender works (name or two-letter code)</source>
        <translation>البلد الذي يعمل فيه المدافع (الاسم أو الرمز المكوّن من حرفين)</translation>
    </message>
    <message>
        <source>&amp;Who is at risk:</source>
        <translation>من المعرَّض للخطر:</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>من المعرَّض للخطر</translation>
    </message>
    <message>
        <source>A name or a pseudonym</source>
        <translation>اسم حقيقي أو اسم مستعار</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>ملخص القضية</translation>
    </message>
    <message>
        <source>What is happening, and why you are at risk</source>
        <translation>ماذا يحدث، ولماذا أنت معرَّض للخطر</translation>
    </message>
    <message>
        <source>Three facts that shape the advice</source>
        <translation>ثلاث معلومات تُبنى عليها الاقتراحات</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>الأشخاص المذكورون في القضية</translation>
    </message>
    <message>
        <source>A &amp;business activity is involved</source>
        <translation>يتعلق الأمر بنشاط تجاري</translation>
    </message>
    <message>
        <source>For example a mine, a plantation or a dam. Suggests meeting the economic officer too.</source>
        <translation>مثل منجم أو مزرعة كبيرة أو سدّ. عندئذٍ يُقترح لقاء مسؤول الشؤون الاقتصادية أيضًا.</translation>
    </message>
    <message>
        <source>Security forces are &amp;involved</source>
        <translation>قوات الأمن متورطة</translation>
    </message>
    <message>
        <source>Police, army or intelligence. The human rights officer can bring colleagues who follow security matters; hrdesk does not ask for them in writing.</source>
        <translation>الشرطة أو الجيش أو الاستخبارات. يمكن لمسؤول حقوق الإنسان أن يصطحب زملاء يتابعون المسائل الأمنية؛ ولا يطلبهم hrdesk كتابةً.</translation>
    </message>
    <message>
        <source>The case is hi&amp;gh-profile</source>
        <translation>القضية معروفة على نطاق واسع</translation>
    </message>
    <message>
        <source>Known nationally or abroad. Suggests the ambassador or the deputy chief of mission.</source>
        <translation>معروفة على المستوى الوطني أو في الخارج. عندئذٍ يُقترح لقاء السفير أو نائب رئيس البعثة.</translation>
    </message>
    <message>
        <source>A case needs a title. The old title “%1” is kept until you type a new one.</source>
        <translation>تحتاج القضية إلى عنوان. سيبقى العنوان القديم «%1» إلى أن تكتب عنوانًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <source>Print or save the brief</source>
        <extracomment>The length the app&apos;s own advice gives for a hand-over brief. Milliseconds to wait after a change before rendering again (typing an embassy name).</extracomment>
        <translation>طباعة المذكّرة أو حفظها</translation>
    </message>
    <message>
        <source>&amp;Email draft…</source>
        <translation>مسودة بريد إلكتروني…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>معاينة المذكّرة</translation>
    </message>
    <message>
        <source>The brief could not be prepared (%1).</source>
        <translation>تعذّر إعداد المذكّرة (%1).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n. Nothing is saved until you choose Save as PDF.</source>
        <translation>
            <numerusform>عدد الصفحات: %n. لن يُحفظ أي شيء إلى أن تختار «حفظ بصيغة PDF».</numerusform>
            <numerusform>صفحة واحدة. لن يُحفظ أي شيء إلى أن تختار «حفظ بصيغة PDF».</numerusform>
            <numerusform>صفحتان. لن يُحفظ أي شيء إلى أن تختار «حفظ بصيغة PDF».</numerusform>
            <numerusform>%n صفحات. لن يُحفظ أي شيء إلى أن تختار «حفظ بصيغة PDF».</numerusform>
            <numerusform>%n صفحة. لن يُحفظ أي شيء إلى أن تختار «حفظ بصيغة PDF».</numerusform>
            <numerusform>%n صفحة. لن يُحفظ أي شيء إلى أن تختار «حفظ بصيغة PDF».</numerusform>
        </translation>
    </message>
    <message>
        <source>This is longer than the two pages an officer is likely to read. Consider leaving out sections, shortening the timeline, or marking some items for your speaker notes only.</source>
        <translation>هذا أطول من الصفحتين اللتين يُرجَّح أن يقرأهما موظف السفارة. فكّر في حذف بعض الأقسام، أو اختصار التسلسل الزمني، أو جعل بعض العناصر لملاحظاتك الخاصة فقط.</translation>
    </message>
    <message>
        <source>Save the brief as PDF</source>
        <translation>حفظ المذكّرة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذّر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>المذكّرة</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation>لغة المذكّرة:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>المستند:</translation>
    </message>
    <message>
        <source>&amp;For the embassy:</source>
        <translation>السفارة المعنية:</translation>
    </message>
    <message>
        <source>Brief to hand over to the embassy</source>
        <translation>المذكّرة التي تُسلَّم إلى السفارة</translation>
    </message>
    <message>
        <source>My speaker notes (adds items for my eyes only)</source>
        <translation>ملاحظاتي الشخصية للاجتماع (تضيف البنود المصنّفة «لي وحدي»)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>No government is recognised in this name, so the brief cannot cite its policy. Type a country&apos;s name or its two-letter code (Canada, CA).</source>
        <translation>لا تُعرف أي حكومة من هذا الاسم، لذلك لا يمكن أن تستشهد المذكّرة بسياستها. اكتب اسم البلد أو رمزه المكوّن من حرفين (كندا، CA).</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>ملخص القضية</translation>
    </message>
    <message>
        <source>Our request</source>
        <translation>طلبنا</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>التسلسل الزمني للأحداث</translation>
    </message>
    <message>
        <source>Previous outreach</source>
        <translation>المساعي السابقة</translation>
    </message>
    <message>
        <source>Contact history with the embassy</source>
        <translation>سجل الاتصالات مع السفارة</translation>
    </message>
    <message>
        <source>Replace the names of people with &quot;Person A&quot;, &quot;Person B&quot;…</source>
        <translation>استبدال أسماء الأشخاص بـ«الشخص (أ)»، «الشخص (ب)»…</translation>
    </message>
    <message>
        <source>The names typed as the person at risk, the people of each event and the contacts are replaced everywhere, each word of them too, with Arabic prefixes and Russian case forms; institutions and &quot;Unknown&quot; stay. Nicknames, spellings never typed there and details that identify someone are not caught: read the preview.</source>
        <translation>تُستبدل الأسماء المكتوبة في خانة الشخص المعرّض للخطر وأشخاص كل حدث وجهات الاتصال في كل مكان، وكل كلمة منها أيضًا، مع السوابق العربية المتصلة وصيغ الإعراب الروسية؛ وتبقى المؤسسات وعبارة «مجهول» كما هي. لا تُكتشف الألقاب ولا التهجئات التي لم تُكتب هناك ولا التفاصيل التي تكشف هوية شخص ما: راجع المعاينة.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>تعذّر حفظ التغيير الأخير: %1</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Export a case file</source>
        <translation>تصدير ملف القضية</translation>
    </message>
    <message>
        <source>A case file is NOT encrypted. Anyone who finds it can read the whole case. Keep it on an encrypted drive and delete it once it has reached its destination.

Continue?</source>
        <translation>تنبيه: ملف القضية غير مشفّر. يستطيع أي شخص يعثر عليه أن يقرأ القضية كاملة. احفظه على قرص مشفّر، واحذفه بمجرد وصوله إلى وجهته.

هل تريد الاستمرار؟</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</source>
        <translation>
            <numerusform>عدد البنود المصنّفة «لا يُطبع أبدًا» في هذه القضية: %n. هل تريد تضمينها في الملف أيضًا؟ اختر «نعم» لتضمينها، أو «إلغاء» لاستبعادها.</numerusform>
            <numerusform>في هذه القضية بند واحد مصنّف «لا يُطبع أبدًا». هل تريد تضمينه في الملف أيضًا؟ اختر «نعم» لتضمينه، أو «إلغاء» لاستبعاده.</numerusform>
            <numerusform>في هذه القضية بندان مصنّفان «لا يُطبع أبدًا». هل تريد تضمينهما في الملف أيضًا؟ اختر «نعم» لتضمينهما، أو «إلغاء» لاستبعادهما.</numerusform>
            <numerusform>في هذه القضية %n بنود مصنّفة «لا يُطبع أبدًا». هل تريد تضمينها في الملف أيضًا؟ اختر «نعم» لتضمينها، أو «إلغاء» لاستبعادها.</numerusform>
            <numerusform>في هذه القضية %n بندًا مصنّفًا «لا يُطبع أبدًا». هل تريد تضمينها في الملف أيضًا؟ اختر «نعم» لتضمينها، أو «إلغاء» لاستبعادها.</numerusform>
            <numerusform>في هذه القضية %n بند مصنّف «لا يُطبع أبدًا». هل تريد تضمينها في الملف أيضًا؟ اختر «نعم» لتضمينها، أو «إلغاء» لاستبعادها.</numerusform>
        </translation>
    </message>
    <message>
        <source>hrdesk case files (*.json)</source>
        <translation>ملفات قضايا hrdesk (*.json)</translation>
    </message>
    <message>
        <source>The case file could not be written: %1</source>
        <translation>تعذّرت كتابة ملف القضية: %1</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>استيراد ملف قضية</translation>
    </message>
    <message>
        <source>hrdesk case files (*.json);;All files (*)</source>
        <translation>ملفات قضايا hrdesk (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem:
%1</source>
        <translation>لم يُستورد أي شيء. في الملف مشكلة:
%1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>readiness: 3 of 4 checks done</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>جاهزة: كل ما تحتاج إليه السفارة موجود هنا.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>ما زال ينقص:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time: 4 December 2026, 10:15</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>Start preparing a new case (Ctrl+N)</source>
        <translation>ابدأ إعداد قضية جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation>تصدير ملف القضية…</translation>
    </message>
    <message>
        <source>Import case file…</source>
        <translation>استيراد ملف قضية…</translation>
    </message>
    <message>
        <source>Filter by title or country</source>
        <translation>التصفية حسب العنوان أو البلد</translation>
    </message>
    <message>
        <source>Filter cases by title or country</source>
        <translation>تصفية القضايا حسب العنوان أو البلد</translation>
    </message>
    <message>
        <source>Show cases with this status</source>
        <translation>عرض القضايا التي لها هذه الحالة</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>القضايا المفتوحة</translation>
    </message>
    <message>
        <source>Archived cases</source>
        <translation>القضايا المؤرشفة</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <source>Cases, most recently changed first</source>
        <translation>القضايا، بدءًا بأحدثها تغييرًا</translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>لا توجد قضية مطابقة</translation>
    </message>
    <message>
        <source>No case matches the filter. Change the words or the status above, or show all cases.</source>
        <translation>لا توجد قضية تطابق التصفية. غيّر الكلمات أو الحالة في الأعلى، أو اعرض كل القضايا.</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>عرض كل القضايا</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>لا توجد قضايا بعد</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. The wizard walks you through them; everything is saved as you type.</source>
        <translation>تجمع القضية الأمور الثلاثة التي تحتاج إليها السفارة منك: طلبك المحدد للمساعدة، والوقائع في تسلسل زمني للأحداث، والمساعي التي سبق أن بذلتها. يرشدك معالج إعداد القضايا إليها خطوةً خطوة، ويُحفظ كل شيء أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>إعادة تسمية القضية</translation>
    </message>
    <message>
        <source>A case needs a title. The old title is kept.</source>
        <translation>تحتاج القضية إلى عنوان. أُبقي على العنوان القديم.</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>تمت أرشفة القضية «%1».</translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation>أصبحت القضية «%1» مفتوحة من جديد.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>حذف القضية</translation>
    </message>
    <message>
        <source>Delete the case “%1” with its timeline and outreach? You can undo this for a few seconds.</source>
        <translation>هل تريد حذف القضية «%1» مع تسلسلها الزمني ومساعيها؟ يمكنك التراجع عن ذلك خلال ثوانٍ قليلة.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>تم حذف القضية «%1».</translation>
    </message>
    <message>
        <source>Case file written to %1. It is not encrypted: delete it once it has been used.</source>
        <translation>حُفظ ملف القضية في %1. هذا الملف غير مشفّر: احذفه بعد استخدامه.</translation>
    </message>
    <message>
        <source>The case file was imported.</source>
        <translation>تم استيراد ملف القضية.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Log an interaction</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>&amp;Contact with embassies about this case</source>
        <translation>الاتصالات مع السفارات بشأن هذه القضية</translation>
    </message>
    <message>
        <source>No contact with an embassy logged for this case yet. Engage early: be known before an emergency.</source>
        <translation>لم يُسجَّل بعد أي اتصال مع سفارة بشأن هذه القضية. بادر بالتواصل مبكرًا، لتعرفك السفارة قبل أن تقع حالة طارئة.</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>All cases</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <source>Back to the list of cases; everything is saved</source>
        <translation>العودة إلى قائمة القضايا؛ كل شيء محفوظ</translation>
    </message>
    <message>
        <source>Steps of the case wizard</source>
        <translation>خطوات معالج إعداد القضايا</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation>المذكّرة…</translation>
    </message>
    <message>
        <source>Preview, print or save the brief for the embassy (Ctrl+P)</source>
        <translation>معاينة المذكّرة الموجهة إلى السفارة أو طباعتها أو حفظها (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>المساءلة…</translation>
    </message>
    <message>
        <source>The people responsible, for a Section 7031(c) or Global Magnitsky submission</source>
        <translation>الأشخاص المسؤولون، لملف توصية بموجب المادة 7031(ج) أو عقوبات ماغنيتسكي العالمية</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>الخطوة السابقة (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>الخطوة التالية (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <comment>readiness: 3 of 4 ready</comment>
        <translation>الجاهزية: %1</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>أعد كتابة عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>إعادة كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>عبارة المرور الحالية غير صحيحة. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>تعذّر تغيير عبارة المرور. لم يتغيّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>ConductDetails</name>
    <message>
        <source>&amp;What they did:</source>
        <translation>ما الذي فعله:</translation>
    </message>
    <message>
        <source>In a few sentences: what this person did, when and where, and to whom</source>
        <translation>في جمل قليلة: ما الذي فعله هذا الشخص، ومتى وأين، وبحق من</translation>
    </message>
    <message>
        <source>What this person did</source>
        <translation>ما الذي فعله هذا الشخص</translation>
    </message>
    <message>
        <source>Even&amp;ts of the timeline that show it:</source>
        <translation>أحداث من التسلسل الزمني تثبت ذلك:</translation>
    </message>
    <message>
        <source>Timeline events linked to this conduct</source>
        <translation>أحداث التسلسل الزمني المرتبطة بهذا الفعل</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date of an event, then what happened</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The timeline of this case has no events yet. Add them in step 3 of the case wizard.</source>
        <translation>لا يتضمن التسلسل الزمني لهذه القضية أي حدث بعد. أضف الأحداث في الخطوة 3 من معالج إعداد القضايا.</translation>
    </message>
    <message>
        <source>Notes on the e&amp;vidence:</source>
        <translation>ملاحظات عن الأدلة:</translation>
    </message>
    <message>
        <source>What evidence exists and where it is kept (not the evidence itself)</source>
        <translation>ما الأدلة المتوفرة وأين تُحفظ (لا الأدلة نفسها)</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>ملاحظات عن الأدلة</translation>
    </message>
    <message>
        <source>Events and evidence for: %1</source>
        <translation>الأحداث والأدلة الخاصة بـ: %1</translation>
    </message>
    <message>
        <source>Tick this kind of conduct above to link events and evidence to it.</source>
        <translation>حدّد هذا النوع من الأفعال في الأعلى لتربط به أحداثًا وأدلة.</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Done (%1)</source>
        <comment>a follow-up that was done</comment>
        <translation>تمت (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>السفارة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>المغادرة المتوقعة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Officers in post</source>
        <translation>الموظفون في مناصبهم</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a reception, a panel or another event where an officer was met</comment>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <source>Court hearing attended</source>
        <translation>حضور جلسة محكمة</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>something we asked for</comment>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>something the embassy said it would do</comment>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>طُلب</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>وُعد به</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>the officer says something is being done</comment>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a request</comment>
        <translation>تم</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>في المنصب</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>an officer who left the post</comment>
        <translation>غادر المنصب</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>رجوع (Esc)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
</context>
<context>
    <name>ContactRefusals</name>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>اكتب اسم الموظف.</translation>
    </message>
    <message>
        <source>Say which government the embassy or office represents.</source>
        <translation>حدّد الحكومة التي تمثّلها السفارة أو المكتب.</translation>
    </message>
    <message>
        <source>Say what was asked or promised.</source>
        <translation>اذكر ما طُلب أو ما وُعد به.</translation>
    </message>
    <message>
        <source>Tick at least one officer you were in touch with.</source>
        <translation>حدّد موظفًا واحدًا على الأقل تواصلت معه.</translation>
    </message>
    <message>
        <source>Choose the embassy. If it is not in the list yet, add it first.</source>
        <translation>اختر السفارة. وإن لم تكن في القائمة بعد، فأضفها أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>This officer appears in %n interactions, so deleting them would change your history. If they moved on, mark them as left instead.</source>
        <translation>
            <numerusform>يَرِد هذا الموظف في %n اتصال، لذا فإن حذفه سيغيّر سجلّك. إذا انتقل إلى منصب آخر، فاجعل حالته «غادر المنصب» بدلًا من حذفه.</numerusform>
            <numerusform>يَرِد هذا الموظف في اتصال واحد، لذا فإن حذفه سيغيّر سجلّك. إذا انتقل إلى منصب آخر، فاجعل حالته «غادر المنصب» بدلًا من حذفه.</numerusform>
            <numerusform>يَرِد هذا الموظف في اتصالين، لذا فإن حذفه سيغيّر سجلّك. إذا انتقل إلى منصب آخر، فاجعل حالته «غادر المنصب» بدلًا من حذفه.</numerusform>
            <numerusform>يَرِد هذا الموظف في %n اتصالات، لذا فإن حذفه سيغيّر سجلّك. إذا انتقل إلى منصب آخر، فاجعل حالته «غادر المنصب» بدلًا من حذفه.</numerusform>
            <numerusform>يَرِد هذا الموظف في %n اتصالًا، لذا فإن حذفه سيغيّر سجلّك. إذا انتقل إلى منصب آخر، فاجعل حالته «غادر المنصب» بدلًا من حذفه.</numerusform>
            <numerusform>يَرِد هذا الموظف في %n اتصال، لذا فإن حذفه سيغيّر سجلّك. إذا انتقل إلى منصب آخر، فاجعل حالته «غادر المنصب» بدلًا من حذفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers are recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</source>
        <translation>
            <numerusform>عدد الموظفين المسجّلين في هذه السفارة: %n. يبقى سجلّهم مرتبطًا بالسفارة، لذا لا يمكن حذفها.</numerusform>
            <numerusform>سُجّل موظف واحد في هذه السفارة. يبقى سجلّه مرتبطًا بالسفارة، لذا لا يمكن حذفها.</numerusform>
            <numerusform>سُجّل موظفان في هذه السفارة. يبقى سجلّهما مرتبطًا بالسفارة، لذا لا يمكن حذفها.</numerusform>
            <numerusform>سُجّل %n موظفين في هذه السفارة. يبقى سجلّهم مرتبطًا بالسفارة، لذا لا يمكن حذفها.</numerusform>
            <numerusform>سُجّل %n موظفًا في هذه السفارة. يبقى سجلّهم مرتبطًا بالسفارة، لذا لا يمكن حذفها.</numerusform>
            <numerusform>سُجّل %n موظف في هذه السفارة. يبقى سجلّهم مرتبطًا بالسفارة، لذا لا يمكن حذفها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The posting cannot end before it starts.</source>
        <translation>لا يمكن أن تنتهي المهمة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>An officer cannot succeed themselves.</source>
        <translation>لا يمكن أن يكون الموظف خلفًا لنفسه.</translation>
    </message>
    <message>
        <source>Choose an officer of the same embassy, or keep them with the embassy.</source>
        <translation>اختر موظفًا من السفارة نفسها، أو أبقِها لدى السفارة.</translation>
    </message>
    <message>
        <source>This officer has left too. Choose someone still in post.</source>
        <translation>غادر هذا الموظف منصبه أيضًا. اختر شخصًا لا يزال في منصبه.</translation>
    </message>
    <message>
        <source>This record no longer exists. The list has been refreshed.</source>
        <translation>هذا العنصر لم يعد موجودًا. تم تحديث القائمة.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>لم يُعثر على أي نتيجة لـ«%1».</translation>
    </message>
    <message>
        <source>Add an embassy first</source>
        <translation>أضف سفارة أولًا</translation>
    </message>
    <message>
        <source>An interaction is with an officer of an embassy. Add the embassy now, then the officer you met?</source>
        <translation>يكون الاتصال مع موظف في سفارة. هل تريد إضافة السفارة الآن، ثم الموظف الذي التقيته؟</translation>
    </message>
    <message>
        <source>Add an officer first</source>
        <translation>أضف موظفًا أولًا</translation>
    </message>
    <message>
        <source>An interaction is with one or more officers. Add the officer you met now?</source>
        <translation>يكون الاتصال مع موظف أو أكثر. هل تريد إضافة الموظف الذي التقيته الآن؟</translation>
    </message>
    <message>
        <source>Search officers, embassies and interactions (Ctrl+F)</source>
        <translation>البحث في الموظفين والسفارات والاتصالات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the contact log</source>
        <translation>البحث في سجل الاتصالات</translation>
    </message>
    <message>
        <source>&amp;Log an interaction</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>Log a meeting, call, email or event (Ctrl+N)</source>
        <translation>تسجيل اجتماع أو مكالمة أو بريد إلكتروني أو فعالية (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>إضافة سفارة</translation>
    </message>
    <message>
        <source>Track a request</source>
        <translation>تتبّع طلب</translation>
    </message>
    <message>
        <source>Track a request you made or a commitment an officer made</source>
        <translation>تتبّع طلب قدّمته أو التزام قطعه أحد الموظفين</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your vault — hrdesk</source>
        <translation>أنشئ خزنتك — hrdesk</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>أنشئ خزنتك</translation>
    </message>
    <message>
        <source>hrdesk keeps your cases and contacts in one encrypted vault on this computer. Choose a passphrase to lock it: four or more unrelated words are easier to remember and much harder to guess than a short password.</source>
        <translation>يحفظ برنامج hrdesk قضاياك وجهات اتصالك في خزنة مشفّرة واحدة على هذا الحاسوب. اختر عبارة مرور لقفلها: أربع كلمات أو أكثر لا رابط بينها أسهل في التذكّر وأصعب بكثير في التخمين من كلمة مرور قصيرة.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>أعد كتابة عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>إعادة كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can open the vault: not you, not the hrdesk developers, not anyone else. There is no reset. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>إذا نسيت عبارة المرور هذه، فلن يتمكن أحد من فتح الخزنة: لا أنت، ولا مطوّرو hrdesk، ولا أي شخص آخر. ولا توجد طريقة لإعادة تعيينها. اكتبها واحفظها في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase &amp;cannot be recovered</source>
        <translation>أفهم أن عبارة المرور المنسية لا يمكن استعادتها</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Starting again on a new computer?</source>
        <translation>هل تبدأ من جديد على حاسوب آخر؟</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Please confirm that you understand a forgotten passphrase cannot be recovered.</source>
        <translation>يُرجى تأكيد أنك تفهم أن عبارة المرور المنسية لا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>جارٍ إنشاء الخزنة…</translation>
    </message>
    <message>
        <source>The vault could not be written: %1</source>
        <translation>تعذّرت كتابة الخزنة: %1</translation>
    </message>
    <message>
        <source>The vault could not be created. Check that the folder is writable and try again.</source>
        <translation>تعذّر إنشاء الخزنة. تحقّق من إمكانية الكتابة في المجلد، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>DangerLink</name>
    <message>
        <source>In danger now? What to do tonight</source>
        <translation>في خطر الآن؟ ما العمل الليلة</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year: March 2024</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>circa: an approximate date</comment>
        <translation>حوالي %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from a date until another</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-05).</source>
        <translation>«%1» ليس تاريخًا. اكتب سنة (2024)، أو شهرًا (2024-03)، أو يومًا (2024-03-05).</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no year 0.</source>
        <translation>«%1» ليس تاريخًا: لا توجد سنة 0.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» ليس تاريخًا: لا يوجد شهر رقمه %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a date: %2 has only %n days.</source>
        <translation>
            <numerusform>«%1» ليس تاريخًا: عدد أيام %2 هو %n فقط.</numerusform>
            <numerusform>«%1» ليس تاريخًا: عدد أيام %2 هو %n فقط.</numerusform>
            <numerusform>«%1» ليس تاريخًا: عدد أيام %2 هو %n فقط.</numerusform>
            <numerusform>«%1» ليس تاريخًا: ليس في %2 سوى %n أيام.</numerusform>
            <numerusform>«%1» ليس تاريخًا: ليس في %2 سوى %n يومًا.</numerusform>
            <numerusform>«%1» ليس تاريخًا: ليس في %2 سوى %n يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosurePreview</name>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>What each printout will contain</source>
        <translation>ما سيتضمنه كل مستند مطبوع</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>حدث في التسلسل الزمني</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>مسعى سابق</translation>
    </message>
    <message numerus="yes">
        <source>In the brief you hand over (%n item(s))</source>
        <translation>
            <numerusform>في المذكّرة التي تسلّمها (لا بنود)</numerusform>
            <numerusform>في المذكّرة التي تسلّمها (بند واحد)</numerusform>
            <numerusform>في المذكّرة التي تسلّمها (بندان)</numerusform>
            <numerusform>في المذكّرة التي تسلّمها (%n بنود)</numerusform>
            <numerusform>في المذكّرة التي تسلّمها (%n بندًا)</numerusform>
            <numerusform>في المذكّرة التي تسلّمها (%n بند)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in your speaker notes (%n item(s))</source>
        <translation>
            <numerusform>في ملاحظاتك الشخصية للاجتماع فقط (لا بنود)</numerusform>
            <numerusform>في ملاحظاتك الشخصية للاجتماع فقط (بند واحد)</numerusform>
            <numerusform>في ملاحظاتك الشخصية للاجتماع فقط (بندان)</numerusform>
            <numerusform>في ملاحظاتك الشخصية للاجتماع فقط (%n بنود)</numerusform>
            <numerusform>في ملاحظاتك الشخصية للاجتماع فقط (%n بندًا)</numerusform>
            <numerusform>في ملاحظاتك الشخصية للاجتماع فقط (%n بند)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no printout (%n item(s))</source>
        <translation>
            <numerusform>لا تظهر في أي مستند مطبوع (لا بنود)</numerusform>
            <numerusform>لا يظهر في أي مستند مطبوع (بند واحد)</numerusform>
            <numerusform>لا يظهران في أي مستند مطبوع (بندان)</numerusform>
            <numerusform>لا تظهر في أي مستند مطبوع (%n بنود)</numerusform>
            <numerusform>لا تظهر في أي مستند مطبوع (%n بندًا)</numerusform>
            <numerusform>لا تظهر في أي مستند مطبوع (%n بند)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>disclosure level: what it means</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Case details and your request (%n)</source>
        <translation>
            <numerusform>تفاصيل القضية وطلبك (%n)</numerusform>
            <numerusform>تفاصيل القضية وطلبك (%n)</numerusform>
            <numerusform>تفاصيل القضية وطلبك (%n)</numerusform>
            <numerusform>تفاصيل القضية وطلبك (%n)</numerusform>
            <numerusform>تفاصيل القضية وطلبك (%n)</numerusform>
            <numerusform>تفاصيل القضية وطلبك (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>لا أنواع</numerusform>
            <numerusform>نوع واحد</numerusform>
            <numerusform>نوعان</numerusform>
            <numerusform>%n أنواع</numerusform>
            <numerusform>%n نوعًا</numerusform>
            <numerusform>%n نوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>من المعرَّض للخطر</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>طلبك</translation>
    </message>
    <message>
        <source>Support asked for</source>
        <translation>الدعم المطلوب</translation>
    </message>
    <message>
        <source>Embassies</source>
        <translation>السفارات</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا تهمّ القضية</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>ما يمكن للسفارة أن تفعله</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Meeting request email</source>
        <translation>رسالة بريد إلكتروني لطلب اجتماع</translation>
    </message>
    <message>
        <source>A short first message, as the reference advises: who you are, what your work is, and that you want to discuss a human rights concern, with no names or details of the case. Fill in the brackets, then copy it into your own mail program. hrdesk never sends anything.</source>
        <translation>رسالة أولى قصيرة كما ينصح المرجع: من أنت، وما طبيعة عملك، وأنك تريد مناقشة مسألة تتعلق بحقوق الإنسان، دون أسماء أو تفاصيل عن القضية. املأ ما بين القوسين، ثم انسخها إلى برنامج البريد الخاص بك. لا يرسل hrdesk أي شيء أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>نسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>&amp;Detailed version…</source>
        <translation>النسخة المفصّلة…</translation>
    </message>
    <message>
        <source>This detailed draft contains the facts of the case and names. Ordinary email can be read by others: send it only through a channel the embassy has confirmed as safe.</source>
        <translation>تتضمن هذه المسودة المفصّلة وقائع القضية وأسماء أشخاص. يمكن لآخرين قراءة البريد الإلكتروني العادي: لا ترسلها إلا عبر قناة أكّدت السفارة أنها آمنة.</translation>
    </message>
    <message>
        <source>Use the detailed draft?</source>
        <translation>هل تريد استخدام المسودة المفصّلة؟</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be emptied in %n seconds if it still holds the draft.</source>
        <translation>
            <numerusform>تم النسخ. ستُفرَّغ الحافظة بعد %n ثانية إذا كانت لا تزال تحتوي على المسودة.</numerusform>
            <numerusform>تم النسخ. ستُفرَّغ الحافظة بعد ثانية واحدة إذا كانت لا تزال تحتوي على المسودة.</numerusform>
            <numerusform>تم النسخ. ستُفرَّغ الحافظة بعد ثانيتين إذا كانت لا تزال تحتوي على المسودة.</numerusform>
            <numerusform>تم النسخ. ستُفرَّغ الحافظة بعد %n ثوانٍ إذا كانت لا تزال تحتوي على المسودة.</numerusform>
            <numerusform>تم النسخ. ستُفرَّغ الحافظة بعد %n ثانية إذا كانت لا تزال تحتوي على المسودة.</numerusform>
            <numerusform>تم النسخ. ستُفرَّغ الحافظة بعد %n ثانية إذا كانت لا تزال تحتوي على المسودة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassiesEditor</name>
    <message>
        <source>A government, for example Canada or DE</source>
        <translation>حكومة، مثل كندا أو DE</translation>
    </message>
    <message>
        <source>Government whose embassy to approach</source>
        <translation>الحكومة التي تريد التوجّه إلى سفارتها</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>السفارات التي ستتوجّه إليها</translation>
    </message>
    <message>
        <source>Add each government whose embassy you will approach.</source>
        <translation>أضف كل حكومة ستتوجّه إلى سفارتها.</translation>
    </message>
    <message>
        <source>Consider approaching more than one embassy: guidance advises not to rely on a single government, which may be slow or unwilling to act.</source>
        <translation>فكّر في التوجّه إلى أكثر من سفارة: فالإرشادات تنصح بعدم الاعتماد على حكومة واحدة، إذ قد تكون بطيئة في التحرك أو غير راغبة فيه.</translation>
    </message>
    <message numerus="yes">
        <source>%n embassies: good, several governments can act together.</source>
        <translation>
            <numerusform>%n سفارة: جيد، إذ يمكن لعدة حكومات أن تتحرك معًا.</numerusform>
            <numerusform>سفارة واحدة: جيد، إذ يمكن لعدة حكومات أن تتحرك معًا.</numerusform>
            <numerusform>سفارتان: جيد، إذ يمكن لحكومتين أن تتحركا معًا.</numerusform>
            <numerusform>%n سفارات: جيد، إذ يمكن لعدة حكومات أن تتحرك معًا.</numerusform>
            <numerusform>%n سفارة: جيد، إذ يمكن لعدة حكومات أن تتحرك معًا.</numerusform>
            <numerusform>%n سفارة: جيد، إذ يمكن لعدة حكومات أن تتحرك معًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassyDialog</name>
    <message>
        <source>Add an embassy</source>
        <translation>إضافة سفارة</translation>
    </message>
    <message>
        <source>Edit the embassy</source>
        <translation>تعديل بيانات السفارة</translation>
    </message>
    <message>
        <source>&amp;Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>For example: Canada</source>
        <translation>مثلًا: كندا</translation>
    </message>
    <message>
        <source>&amp;Office and place</source>
        <translation>المكتب والمكان</translation>
    </message>
    <message>
        <source>For example: Embassy in Tegucigalpa</source>
        <translation>مثلًا: السفارة في تيغوسيغالبا</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>General &amp;contacts</source>
        <translation>بيانات الاتصال العامة</translation>
    </message>
    <message>
        <source>Switchboard, general email, address</source>
        <translation>المقسم الهاتفي، البريد الإلكتروني العام، العنوان</translation>
    </message>
    <message>
        <source>Stated &amp;priorities</source>
        <translation>الأولويات المعلنة</translation>
    </message>
    <message>
        <source>What this embassy says it cares about. Study it before you ask for help.</source>
        <translation>ما تقول هذه السفارة إنه يهمّها. اطّلع عليه جيدًا قبل أن تطلب المساعدة.</translation>
    </message>
</context>
<context>
    <name>EmbassyPage</name>
    <message>
        <source>%1 (expected)</source>
        <comment>an expected end of posting</comment>
        <translation>%1 (متوقع)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Stated priorities</source>
        <translation>الأولويات المعلنة</translation>
    </message>
    <message>
        <source>&amp;Who held each role over time</source>
        <translation>من شغل كل منصب على مرّ الوقت</translation>
    </message>
    <message>
        <source>Who held each role over time</source>
        <translation>من شغل كل منصب على مرّ الوقت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No officers recorded here yet. Add the people you meet; when one leaves, record the successor.</source>
        <translation>لم يُسجَّل أي موظف هنا بعد. أضف الأشخاص الذين تلتقيهم، وعندما يغادر أحدهم، سجّل من خلفه.</translation>
    </message>
    <message>
        <source>&amp;Requests and commitments</source>
        <translation>الطلبات والالتزامات</translation>
    </message>
    <message>
        <source>Requests and commitments tracked with this embassy</source>
        <translation>الطلبات والالتزامات المتتبَّعة مع هذه السفارة</translation>
    </message>
    <message>
        <source>Nothing tracked with this embassy yet.</source>
        <translation>لا شيء قيد التتبّع مع هذه السفارة بعد.</translation>
    </message>
    <message>
        <source>No interactions with this embassy yet.</source>
        <translation>لا توجد اتصالات مع هذه السفارة بعد.</translation>
    </message>
    <message>
        <source>Delete this embassy?</source>
        <translation>هل تريد حذف هذه السفارة؟</translation>
    </message>
    <message>
        <source>%1 and the requests tracked with it will be removed from the contact log.</source>
        <translation>ستُزال «%1» من سجل الاتصالات، ومعها الطلبات المتتبَّعة المرتبطة بها.</translation>
    </message>
    <message>
        <source>The embassy was kept</source>
        <translation>أُبقي على السفارة</translation>
    </message>
</context>
<context>
    <name>EmergencyEraseDialog</name>
    <message>
        <source>ERASE</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Emergency erase — hrdesk</source>
        <translation>المحو الطارئ — hrdesk</translation>
    </message>
    <message>
        <source>Erase the vault now?</source>
        <translation>هل تريد محو الخزنة الآن؟</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s key at once, then deletes the vault, its automatic backups and the system keyring entry. Nobody can open it afterwards, not even with the passphrase. It cannot be undone. Backups you saved elsewhere are not touched.</source>
        <translation>يؤدي هذا إلى إتلاف مفتاح الخزنة فورًا، ثم حذف الخزنة ونسخها الاحتياطية التلقائية ومُدخلها في حلقة مفاتيح النظام. لن يتمكن أحد من فتحها بعد ذلك، ولا حتى بعبارة المرور. ولا يمكن التراجع عن ذلك. أمّا النسخ الاحتياطية التي حفظتها في أماكن أخرى فلن تُمَسّ.</translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation>للتأكيد، اكتب «%1» هنا:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>كلمة التأكيد</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>محو كل شيء</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Reference entry</source>
        <translation>مدخل في الدليل المرجعي</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Facts last checked: %1</source>
        <translation>آخر تحقّق من المعلومات: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>تم النسخ: %1</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>هل تريد فتح صفحة ويب؟</translation>
    </message>
    <message>
        <source>This opens %1 in your web browser. It leaves hrdesk, which works offline: the website, your internet provider and anyone watching the network can see the visit.</source>
        <translation>سيؤدي هذا إلى فتح %1 في متصفح الويب، أي الخروج من برنامج hrdesk الذي يعمل دون اتصال بالإنترنت: إذ يمكن للموقع ولمزوّد خدمة الإنترنت ولأي شخص يراقب الشبكة أن يرى هذه الزيارة.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>hrdesk met an unexpected problem and could not finish what you asked. What you saved before is safe. If it happens again, lock the vault and open it again.</source>
        <translation>واجه hrdesk مشكلة غير متوقعة ولم يتمكن من إتمام ما طلبته. ما حفظته من قبل آمن. إذا تكرّر ذلك، فاقفل الخزنة ثم افتح قفلها من جديد.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over open items</source>
        <translation>نقل البنود المفتوحة</translation>
    </message>
    <message>
        <source>Hand over what %1 left open</source>
        <translation>نقل ما تركه %1 مفتوحًا</translation>
    </message>
    <message>
        <source>%1 has left, but these are still open with them:</source>
        <translation>غادر %1 منصبه، لكن هذه البنود لا تزال مفتوحة باسمه:</translation>
    </message>
    <message>
        <source>Hand them to</source>
        <translation>نقلها إلى</translation>
    </message>
    <message>
        <source>A colleague at the same embassy:</source>
        <translation>زميل في السفارة نفسها:</translation>
    </message>
    <message>
        <source>The colleague who takes them over</source>
        <translation>الزميل الذي يتولّاها</translation>
    </message>
    <message>
        <source>The embassy, with no officer named, until you know who takes over</source>
        <translation>السفارة، دون تسمية موظف، إلى أن تعرف من يتولّى المنصب</translation>
    </message>
    <message>
        <source>Past interactions still name %1: only what is open moves. Cancel leaves everything with them; you can hand it over later from their page.</source>
        <translation>تبقى الاتصالات السابقة باسم %1: لا يُنقل إلا ما هو مفتوح. الإلغاء يُبقي كل شيء باسمه، ويمكنك نقله لاحقًا من صفحته.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>نقل</translation>
    </message>
</context>
<context>
    <name>HandOverTexts</name>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>لا طلبات مفتوحة</numerusform>
            <numerusform>طلب مفتوح واحد</numerusform>
            <numerusform>طلبان مفتوحان</numerusform>
            <numerusform>%n طلبات مفتوحة</numerusform>
            <numerusform>%n طلبًا مفتوحًا</numerusform>
            <numerusform>%n طلب مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s)</source>
        <translation>
            <numerusform>لا التزامات مفتوحة</numerusform>
            <numerusform>التزام مفتوح واحد</numerusform>
            <numerusform>التزامان مفتوحان</numerusform>
            <numerusform>%n التزامات مفتوحة</numerusform>
            <numerusform>%n التزامًا مفتوحًا</numerusform>
            <numerusform>%n التزام مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) still to make</source>
        <translation>
            <numerusform>لا متابعات متبقية</numerusform>
            <numerusform>متابعة واحدة متبقية</numerusform>
            <numerusform>متابعتان متبقيتان</numerusform>
            <numerusform>%n متابعات متبقية</numerusform>
            <numerusform>%n متابعةً متبقية</numerusform>
            <numerusform>%n متابعة متبقية</numerusform>
        </translation>
    </message>
    <message>
        <source>Now with %1:</source>
        <translation>أصبحت الآن باسم %1:</translation>
    </message>
    <message>
        <source>Now with the embassy, no officer named:</source>
        <translation>أصبحت الآن لدى السفارة، دون تسمية موظف:</translation>
    </message>
    <message>
        <source>They are in the Tracker and on Today. To undo, use Undo the hand-over on this page.</source>
        <translation>ستجدها في قائمة التتبّع وفي شاشة «اليوم». للتراجع، استخدم «التراجع عن النقل» في هذه الصفحة.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — hrdesk</source>
        <translation>المساعدة — hrdesk</translation>
    </message>
    <message>
        <source>Help sections</source>
        <translation>أقسام المساعدة</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>hrdesk helps you prepare to ask a foreign embassy for help: what you ask for, the facts of your case as a timeline, and what you have already done. Everything is kept in one encrypted vault on this computer, opened with your passphrase.</source>
        <translation>يساعدك hrdesk على الاستعداد لطلب المساعدة من سفارة أجنبية: ما تطلبه، ووقائع قضيتك في تسلسل زمني، وما قمت به من قبل. يُحفظ كل شيء في خزنة مشفّرة واحدة على هذا الحاسوب، تُفتح بعبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>The sections on the side are Today (Ctrl+1), Cases (Ctrl+2), Contacts (Ctrl+3), Reference (Ctrl+4) and Settings (Ctrl+5). Today shows what is due and what is coming up. Reference holds offline guidance on what embassies can do, emergency funds, visas and sanctions.</source>
        <translation>الأقسام على الجانب هي: اليوم (Ctrl+1)، والقضايا (Ctrl+2)، وجهات الاتصال (Ctrl+3)، والدليل المرجعي (Ctrl+4)، والإعدادات (Ctrl+5). يعرض قسم اليوم ما حان موعده وما يقترب. ويضم الدليل المرجعي، دون اتصال بالإنترنت، معلومات عمّا تستطيع السفارات فعله، وصناديق الطوارئ، والتأشيرات، والعقوبات.</translation>
    </message>
    <message>
        <source>If you are in danger now, press Ctrl+Shift+D: it opens what to do tonight. The language can be changed at any time in the View menu.</source>
        <translation>إذا كنت في خطر الآن، فاضغط Ctrl+Shift+D: ستجد ما يمكنك فعله الليلة. ويمكنك تغيير اللغة في أي وقت من قائمة «عرض».</translation>
    </message>
    <message>
        <source>The case wizard</source>
        <translation>معالج إعداد القضايا</translation>
    </message>
    <message>
        <source>A case is prepared in five steps, shown across the top: Basics, Request, Timeline, Prior outreach and Review. You can go to any step at any time, in any order.</source>
        <translation>تُعَدّ القضية في خمس خطوات تظهر في الأعلى: الأساسيات، والطلب، والتسلسل الزمني، والمساعي السابقة، والمراجعة. يمكنك الانتقال إلى أي خطوة في أي وقت وبالترتيب الذي تريده.</translation>
    </message>
    <message>
        <source>Basics: who is at risk, where, and three facts that shape the advice. Request: the support you ask for and from which embassies. Timeline: the events of the case, one by one, with their dates. Prior outreach: who you have already asked, and what they answered.</source>
        <translation>الأساسيات: من المعرَّض للخطر، وأين، وثلاث وقائع تحدّد النصائح. الطلب: الدعم الذي تطلبه ومن أي سفارات. التسلسل الزمني: أحداث القضية واحدًا تلو الآخر مع تواريخها. المساعي السابقة: من سبق أن طلبت منهم المساعدة، وبماذا ردّوا.</translation>
    </message>
    <message>
        <source>Review lists what is still missing and takes you to the step that fixes it. There is nothing to finish or save: every change is saved in the vault as you type.</source>
        <translation>تعرض المراجعة ما لا يزال ناقصًا، وتنقلك إلى الخطوة التي تستكمله فيها. لا شيء تحتاج إلى إنهائه أو حفظه: يُحفظ كل تغيير في الخزنة أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation>جهات الاتصال والمتابعة</translation>
    </message>
    <message>
        <source>Contacts is your contact log: the embassies you deal with, the officers you meet there, and each call, meeting or message.</source>
        <translation>قسم جهات الاتصال هو سجل الاتصالات الخاص بك: السفارات التي تتعامل معها، والموظفون الذين تقابلهم فيها، وكل مكالمة أو لقاء أو رسالة.</translation>
    </message>
    <message>
        <source>Embassies rarely call back. After every meeting, note what was promised and when to follow up; Today reminds you when the date comes.</source>
        <translation>نادرًا ما تعاود السفارات الاتصال. بعد كل لقاء، دوّن ما وُعدت به وموعد المتابعة؛ وسيذكّرك قسم اليوم حين يحين الموعد.</translation>
    </message>
    <message>
        <source>Officers move to another post every three or four years. hrdesk shows when an officer is likely to leave, so you can ask in time for a new point of contact.</source>
        <translation>ينتقل موظفو السفارات إلى منصب آخر كل ثلاث أو أربع سنوات. يبيّن hrdesk متى يُرجَّح أن يغادر الموظف المعني، لتطلب في الوقت المناسب جهة اتصال جديدة.</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>المذكّرة</translation>
    </message>
    <message>
        <source>The brief is the document you bring to the meeting: your request, the timeline of events and your previous outreach, on a few printed pages marked confidential.</source>
        <translation>المذكّرة هي الوثيقة التي تحملها إلى اللقاء: طلبك، والتسلسل الزمني للأحداث، ومساعيك السابقة، في بضع صفحات مطبوعة تحمل علامة «سرّي».</translation>
    </message>
    <message>
        <source>Export it as a PDF from the case, in the language of the embassy. Items you marked “Never print” are left out. You can protect the PDF with a password; give the password by another channel than the file.</source>
        <translation>صدِّرها بصيغة PDF من القضية، بلغة السفارة. العناصر الموسومة بـ«لا يُطبع أبدًا» لا تُدرَج فيها. يمكنك حماية ملف PDF بكلمة مرور؛ وأرسل كلمة المرور عبر قناة غير القناة التي ترسل بها الملف.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is one encrypted file that holds the whole vault. Make one in Settings with Back up now, and keep it on a USB stick or another computer, away from this one.</source>
        <translation>النسخة الاحتياطية ملف واحد مشفّر يضم الخزنة كلها. أنشئها من الإعدادات عبر «احفظ نسخة احتياطية الآن»، واحتفظ بها على ذاكرة USB أو على حاسوب آخر، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>hrdesk also keeps a few automatic backups inside the vault folder. They help after a mistake or a damaged file, but not if this computer is lost or seized.</source>
        <translation>يحتفظ hrdesk أيضًا ببضع نسخ احتياطية تلقائية داخل مجلد الخزنة. تفيد هذه النسخ بعد خطأ أو تلف في ملف، لكنها لا تفيد إذا ضاع هذا الحاسوب أو صودر.</translation>
    </message>
    <message>
        <source>To start again on a new computer, choose Restore from a backup when hrdesk asks you to create a vault, and type the backup&apos;s passphrase.</source>
        <translation>لتبدأ من جديد على حاسوب آخر، اختر «الاستعادة من نسخة احتياطية» حين يطلب منك hrdesk إنشاء خزنة، ثم اكتب عبارة مرور النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>القفل والإخفاء</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault: every window that showed your cases closes, and only your passphrase opens it again. hrdesk also locks itself after a few idle minutes (you can change how many in Settings) and when you quit.</source>
        <translation>يقفل Ctrl+L الخزنة: تُغلق كل نافذة كانت تعرض قضاياك، ولا يفتحها من جديد إلا عبارة المرور الخاصة بك. ويقفل hrdesk نفسه أيضًا بعد بضع دقائق من عدم النشاط (يمكنك تغيير عددها في الإعدادات) وعند الخروج.</translation>
    </message>
    <message>
        <source>Lock and hide (Ctrl+Shift+L unless you changed it in Settings) locks the vault and hides every hrdesk window at once, even while a dialog is open.</source>
        <translation>يقفل أمر «القفل والإخفاء» (Ctrl+Shift+L ما لم تغيّره في الإعدادات) الخزنة ويخفي كل نوافذ hrdesk دفعة واحدة، حتى لو كان مربع حوار مفتوحًا.</translation>
    </message>
    <message>
        <source>On Windows and macOS, hrdesk asks the system to keep its window out of screenshots and screen sharing. Linux cannot do this: lock hrdesk before you share your screen.</source>
        <translation>في Windows وmacOS، يطلب hrdesk من النظام إبقاء نافذته خارج لقطات الشاشة ومشاركة الشاشة. أما Linux فلا يتيح ذلك: اقفل hrdesk قبل أن تشارك شاشتك.</translation>
    </message>
    <message>
        <source>In Settings you can also erase the vault after too many wrong passphrases in a row, or erase it at once in an emergency. An erased vault cannot be brought back, except from a backup kept elsewhere.</source>
        <translation>ويمكنك أيضًا من الإعدادات أن تجعل الخزنة تُمحى بعد عدد كبير من عبارات المرور الخاطئة المتتالية، أو أن تمحوها فورًا في حالة طارئة. لا يمكن استرجاع خزنة ممحوّة إلا من نسخة احتياطية محفوظة في مكان آخر.</translation>
    </message>
    <message>
        <source>What leaves the computer</source>
        <translation>ما الذي يغادر الحاسوب</translation>
    </message>
    <message>
        <source>Nothing, unless you export it. hrdesk never connects to the network: no update checks, no statistics, no cloud.</source>
        <translation>لا شيء، إلا ما تصدّره بنفسك. لا يتصل hrdesk بالشبكة أبدًا: لا بحث عن تحديثات، ولا إحصاءات، ولا سحابة.</translation>
    </message>
    <message>
        <source>Something leaves the vault only when you do one of these: export a brief or an accountability package (a PDF, with a password if you choose one), export a case file, make a backup, print, or copy an email draft.</source>
        <translation>لا يغادر شيء الخزنة إلا حين تقوم بأحد هذه الأمور: تصدير مذكّرة أو ملف المساءلة (ملف PDF، بكلمة مرور إن اخترت ذلك)، أو تصدير ملف القضية، أو إنشاء نسخة احتياطية، أو الطباعة، أو نسخ مسودة بريد إلكتروني.</translation>
    </message>
    <message>
        <source>A case file is not encrypted: anyone who finds it can read it. A backup is encrypted. An email draft copied to the clipboard is cleared from it after a minute. Delete exported files you no longer need.</source>
        <translation>ملف القضية غير مشفّر: يستطيع قراءته كل من يعثر عليه. أما النسخة الاحتياطية فمشفّرة. وتُمسح مسودة البريد الإلكتروني المنسوخة إلى الحافظة منها بعد دقيقة. احذف الملفات المصدَّرة التي لم تعد بحاجة إليها.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>Edit the interaction</source>
        <translation>تعديل الاتصال</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>مع مَن</translation>
    </message>
    <message>
        <source>Type to find an officer</source>
        <translation>اكتب للبحث عن موظف</translation>
    </message>
    <message>
        <source>Find an officer</source>
        <translation>البحث عن موظف</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <comment>officer name — role, then the embassy on a second line</comment>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>For which &amp;cases</source>
        <translation>القضايا المعنية</translation>
    </message>
    <message>
        <source>No open cases. You can link this interaction to a case later.</source>
        <translation>لا توجد قضايا مفتوحة. يمكنك ربط هذا الاتصال بقضية لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>ماذا حدث، في بضعة أسطر</translation>
    </message>
    <message>
        <source>What you &amp;asked for</source>
        <translation>ما طلبته</translation>
    </message>
    <message>
        <source>What the embassy co&amp;mmitted to</source>
        <translation>ما التزمت به السفارة</translation>
    </message>
    <message>
        <source>Even “we are looking into it” counts: officers often cannot say more.</source>
        <translation>حتى عبارة «نحن ننظر في الأمر» لها قيمتها: فكثيرًا ما لا يستطيع الموظفون قول أكثر من ذلك.</translation>
    </message>
    <message>
        <source>Add the request to the tracker</source>
        <translation>إضافة الطلب إلى قائمة التتبّع</translation>
    </message>
    <message>
        <source>Add the commitment to the tracker</source>
        <translation>إضافة الالتزام إلى قائمة التتبّع</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>ذكّرني في</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Followed up already</source>
        <translation>تمت المتابعة بالفعل</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the interaction?</source>
        <translation>هل تريد حذف الاتصال؟</translation>
    </message>
    <message>
        <source>It disappears from every history: the officers&apos;, the embassy&apos;s and the cases&apos;.</source>
        <translation>سيختفي من كل السجلات: سجل الموظفين، وسجل السفارة، وسجل القضايا.</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Type a year (2019), a month (2019-03) or a day (2019-03-05). Put ~ in front when the date is approximate: ~2019.</source>
        <translation>اكتب سنة (2019)، أو شهرًا (2019-03)، أو يومًا (2019-03-05). وإذا كان التاريخ تقريبيًا فضع ~ قبله: ~2019.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>لا أحد بعينه</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>تتبّع طلب أو التزام</translation>
    </message>
    <message>
        <source>Edit the tracked item</source>
        <translation>تعديل البند المتتبَّع</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Trial observation, a public statement, a visa referral, a support letter…</source>
        <translation>مراقبة محاكمة، بيان علني، إحالة لطلب تأشيرة، رسالة دعم…</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>السفارة</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>بلا قضية</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>W&amp;ith whom</source>
        <translation>مع مَن</translation>
    </message>
    <message>
        <source>What &amp;they said</source>
        <translation>ما قالوه</translation>
    </message>
    <message>
        <source>For example: “We are working on it” (they may not be able to say more)</source>
        <translation>مثلًا: «نحن نعمل على ذلك» (قد لا يستطيعون قول أكثر من ذلك)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Promised or needed by</source>
        <translation>موعد محدد (وُعد به أو مطلوب)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>ذكّرني في</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the tracked item?</source>
        <translation>هل تريد حذف البند المتتبَّع؟</translation>
    </message>
    <message>
        <source>Its follow-up reminder is deleted too.</source>
        <translation>سيُحذف أيضًا تذكير المتابعة الخاص به.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The end date (%1) is before the start date (%2). Change one of them.</source>
        <translation>تاريخ الانتهاء (%1) يسبق تاريخ البدء (%2). غيّر أحدهما.</translation>
    </message>
</context>
<context>
    <name>ItemTablePanel</name>
    <message>
        <source>%1 (Insert or Ctrl+N)</source>
        <translation>%1 (Insert أو Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>تكرار الصفوف المحددة (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete); you can undo it</source>
        <translation>حذف الصفوف المحددة (Delete)؛ يمكنك التراجع عن ذلك</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>تراجع: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>إعادة: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>إعادة (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public statement, alone or jointly with other embassies</source>
        <translation>بيان علني، من السفارة وحدها أو بالاشتراك مع سفارات أخرى</translation>
    </message>
    <message>
        <source>Field visit to the office or community</source>
        <translation>زيارة ميدانية إلى المكتب أو إلى المجتمع المحلي</translation>
    </message>
    <message>
        <source>Raising concerns with the host government or military through diplomatic channels</source>
        <translation>إثارة المخاوف لدى حكومة البلد المضيف أو الجيش عبر القنوات الدبلوماسية</translation>
    </message>
    <message>
        <source>Physical accompaniment</source>
        <translation>المرافقة الشخصية</translation>
    </message>
    <message>
        <source>Emergency visa or relocation support</source>
        <translation>تأشيرة طوارئ أو دعم الانتقال إلى مكان آمن</translation>
    </message>
    <message>
        <source>Pressure to investigate and prosecute</source>
        <translation>الضغط من أجل التحقيق والملاحقة القضائية</translation>
    </message>
    <message>
        <source>Trial monitoring</source>
        <translation>مراقبة المحاكمات</translation>
    </message>
    <message>
        <source>Prison visit</source>
        <translation>زيارة السجن</translation>
    </message>
    <message>
        <source>Mention in the annual human rights report</source>
        <translation>الإشارة إلى القضية في التقرير السنوي عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Funding for civil society</source>
        <translation>تمويل المجتمع المدني</translation>
    </message>
    <message>
        <source>Connecting to emergency assistance programmes</source>
        <translation>الربط ببرامج المساعدة الطارئة</translation>
    </message>
    <message>
        <source>Hosting a meeting with other stakeholders</source>
        <translation>استضافة اجتماع مع الأطراف المعنية الأخرى</translation>
    </message>
    <message>
        <source>Attending court hearings</source>
        <translation>حضور جلسات المحكمة</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهديد</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>مراقبة</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>اعتداء جسدي</translation>
    </message>
    <message>
        <source>Arrest or detention</source>
        <translation>اعتقال أو احتجاز</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>توجيه تهم</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>جلسة محكمة</translation>
    </message>
    <message>
        <source>Raid</source>
        <translation>مداهمة</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>حملة تشهير</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of event</comment>
        <translation>وسيلة أخرى</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>رسالة خطية</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a public or private event where someone was approached</comment>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel of outreach</comment>
        <translation>وسيلة أخرى</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>يُسلَّم إلى السفارة</translation>
    </message>
    <message>
        <source>For my eyes</source>
        <translation>لي وحدي</translation>
    </message>
    <message>
        <source>Never print</source>
        <translation>لا يُطبع أبدًا</translation>
    </message>
    <message>
        <source>Printed in the brief you give to the embassy.</source>
        <translation>يُطبع في المذكّرة التي تسلّمها إلى السفارة.</translation>
    </message>
    <message>
        <source>Printed only in your own speaker notes.</source>
        <translation>يُطبع فقط في ملاحظاتك الشخصية للاجتماع.</translation>
    </message>
    <message>
        <source>In no printout. A case file includes it only when you ask for it.</source>
        <translation>لا يظهر في أي مستند مطبوع. ولا يتضمنه ملف القضية إلا إذا طلبت ذلك.</translation>
    </message>
    <message>
        <source>Human rights officer</source>
        <translation>مسؤول حقوق الإنسان</translation>
    </message>
    <message>
        <source>Political officer</source>
        <translation>مسؤول الشؤون السياسية</translation>
    </message>
    <message>
        <source>Economic officer</source>
        <translation>مسؤول الشؤون الاقتصادية</translation>
    </message>
    <message>
        <source>Labour officer</source>
        <translation>مسؤول شؤون العمل</translation>
    </message>
    <message>
        <source>Consular officer</source>
        <translation>مسؤول الشؤون القنصلية</translation>
    </message>
    <message>
        <source>Defence attaché</source>
        <translation>الملحق العسكري</translation>
    </message>
    <message>
        <source>Law-enforcement staff</source>
        <translation>موظفو إنفاذ القانون</translation>
    </message>
    <message>
        <source>Intelligence staff</source>
        <translation>موظفو الاستخبارات</translation>
    </message>
    <message>
        <source>Deputy chief of mission</source>
        <translation>نائب رئيس البعثة</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>السفير</translation>
    </message>
    <message>
        <source>Other officer</source>
        <translation>موظف آخر</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of a case</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>status of a case</comment>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <source>Your request is stated</source>
        <translation>تحديد طلبك</translation>
    </message>
    <message>
        <source>The timeline has at least one event</source>
        <translation>حدث واحد على الأقل في التسلسل الزمني</translation>
    </message>
    <message>
        <source>Prior outreach is recorded, or marked as none</source>
        <translation>تسجيل المساعي السابقة، أو الإشارة إلى عدم وجودها</translation>
    </message>
    <message>
        <source>The officers to meet are chosen</source>
        <translation>اختيار الموظفين المطلوب لقاؤهم</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Extrajudicial killing</source>
        <translation>القتل خارج نطاق القضاء</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>التعذيب</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>الإخفاء القسري</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>الاحتجاز التعسفي</translation>
    </message>
    <message>
        <source>Rape under colour of law</source>
        <translation>الاغتصاب تحت غطاء السلطة الرسمية</translation>
    </message>
    <message>
        <source>Significant corruption</source>
        <translation>الفساد الجسيم</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>Mark as left</source>
        <translation>تسجيل مغادرة المنصب</translation>
    </message>
    <message>
        <source>%1 has left the post</source>
        <translation>مغادرة %1 للمنصب</translation>
    </message>
    <message>
        <source>Their history stays in the log. Record who took over, so the embassy&apos;s page shows who held the role over time and you know whom to contact next.</source>
        <translation>يبقى تاريخ الاتصالات السابقة محفوظًا في السجل. سجّل مَن تولّى المنصب، لتعرض صفحة السفارة مَن شغل كل منصب على مرّ الوقت، ولتعرف بمن تتصل لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>الخلف في المنصب</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>The successor&apos;s name</source>
        <translation>اسم الخلف</translation>
    </message>
    <message>
        <source>Email (if you have it)</source>
        <translation>البريد الإلكتروني (إن كان لديك)</translation>
    </message>
    <message>
        <source>The successor&apos;s email</source>
        <translation>البريد الإلكتروني للخلف</translation>
    </message>
    <message>
        <source>The successor&apos;s role</source>
        <translation>منصب الخلف</translation>
    </message>
    <message>
        <source>Someone already in the log</source>
        <translation>شخص مسجّل بالفعل في السجل</translation>
    </message>
    <message>
        <source>Successor already in the log</source>
        <translation>خلف مسجّل بالفعل في السجل</translation>
    </message>
    <message>
        <source>Not known yet: remind me to ask the embassy</source>
        <translation>غير معروف بعد: ذكّرني بسؤال السفارة</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>&amp;Interactions</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>&amp;Embassies</source>
        <translation>السفارات</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>قائمة التتبّع</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>No interactions logged yet</source>
        <translation>لم تُسجَّل أي اتصالات بعد</translation>
    </message>
    <message>
        <source>Log every meeting, call, email or event with an embassy, with a date to follow up. Embassies rarely call back, and being known as a reliable source helps in an emergency.</source>
        <translation>سجّل كل اجتماع أو مكالمة أو رسالة بريد إلكتروني أو فعالية مع السفارة، مع تاريخ للمتابعة. فالسفارات نادرًا ما تعاود الاتصال، وكونك معروفًا لديها مصدرًا موثوقًا يساعدك في حالات الطوارئ.</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>No officers yet</source>
        <translation>لا يوجد موظفون بعد</translation>
    </message>
    <message>
        <source>Add the officers you meet: the human rights officer first, and others as your cases need. With a posting start date you are reminded to ask for a new contact before they rotate.</source>
        <translation>أضف الموظفين الذين تقابلهم: مسؤول حقوق الإنسان أولًا، ثم غيره بحسب ما تتطلبه قضاياك. وإذا أدخلت تاريخ بدء المهمة، فستتلقى تذكيرًا بطلب جهة اتصال جديدة قبل انتقال الموظف إلى منصب آخر.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>No embassies yet</source>
        <translation>لا توجد سفارات بعد</translation>
    </message>
    <message>
        <source>Start with the embassies you work with: the government, where the office is, and the priorities it states. Study those priorities before you ask for help.</source>
        <translation>ابدأ بالسفارات التي تعمل معها: الحكومة التي تمثلها، ومكان مقرها، والأولويات التي تعلنها. وادرس هذه الأولويات قبل أن تطلب المساعدة.</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>إضافة سفارة</translation>
    </message>
    <message>
        <source>Nothing tracked yet</source>
        <translation>لا شيء قيد التتبّع بعد</translation>
    </message>
    <message>
        <source>Every request you make (trial observation, a statement, a visa referral, a support letter) and every commitment an officer makes can be tracked here until it is done.</source>
        <translation>يمكنك هنا تتبّع كل طلب تقدّمه (مراقبة محاكمة، أو بيان، أو إحالة لطلب تأشيرة، أو رسالة دعم) وكل التزام يقطعه أحد الموظفين، حتى يُنجَز.</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>تتبّع طلب أو التزام</translation>
    </message>
    <message>
        <source>Start with the embassy: officers, interactions and requests all belong to one.</source>
        <translation>ابدأ بالسفارة: فكل موظف واتصال وطلب يتبع سفارة ما.</translation>
    </message>
    <message>
        <source>An interaction is with an officer: add the officer you met first.</source>
        <translation>يكون الاتصال مع موظف: أضف أولًا الموظف الذي التقيته.</translation>
    </message>
    <message>
        <source>No open requests or commitments</source>
        <translation>لا طلبات ولا التزامات مفتوحة</translation>
    </message>
    <message>
        <source>Everything tracked is done, declined or not tracked yet. Untick “Open items only” to see closed ones.</source>
        <translation>كل ما يجري تتبّعه أُنجز أو رُفض، أو لم يُضف شيء بعد. ألغِ تحديد «البنود المفتوحة فقط» لترى البنود المغلقة.</translation>
    </message>
    <message>
        <source>O&amp;pen items only</source>
        <translation>البنود المفتوحة فقط</translation>
    </message>
    <message>
        <source>Hide requests and commitments that are done or declined</source>
        <translation>إخفاء الطلبات والالتزامات المنجزة أو المرفوضة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>لا توجد قضايا مفتوحة</translation>
    </message>
    <message>
        <source>Cases are prepared in the Cases section. Their contact history with embassies appears here.</source>
        <translation>تُعَدّ القضايا في قسم «القضايا». ويظهر هنا سجل اتصالاتها مع السفارات.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hrdesk</source>
        <translation>hrdesk</translation>
    </message>
    <message>
        <source>Demo — nothing you enter here is kept. The demo vault is erased when you quit.</source>
        <translation>نسخة تجريبية — لا يُحفظ شيء مما تُدخله هنا. وتُمحى الخزنة التجريبية عند الخروج من البرنامج.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About hrdesk</source>
        <translation>حول hrdesk</translation>
    </message>
    <message>
        <source>hrdesk &amp;Help</source>
        <translation>مساعدة hrdesk</translation>
    </message>
    <message>
        <source>&amp;Safety habits</source>
        <translation>عادات الأمان</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>في خطر الآن</translation>
    </message>
    <message>
        <source>What to do tonight if you are in danger (%1)</source>
        <translation>ما الذي تفعله الليلة إن كنت في خطر (%1)</translation>
    </message>
    <message>
        <source>&amp;In danger now</source>
        <translation>في خطر الآن</translation>
    </message>
    <message>
        <source>About hrdesk</source>
        <translation>حول hrdesk</translation>
    </message>
    <message>
        <source>hrdesk %1

Prepare, safely and offline, to ask foreign embassies for help. Everything stays in one encrypted vault on this computer; hrdesk never uses the network.</source>
        <translation>hrdesk %1

استعدّ بأمان، ودون اتصال بالإنترنت، لطلب المساعدة من السفارات الأجنبية. يبقى كل شيء في خزنة مشفّرة واحدة على هذا الحاسوب، ولا يستخدم برنامج hrdesk الشبكة أبدًا.</translation>
    </message>
</context>
<context>
    <name>NewCaseRow</name>
    <message>
        <source>&amp;Title of the new case:</source>
        <translation>عنوان القضية الجديدة:</translation>
    </message>
    <message>
        <source>For example: Land defenders of the river valley</source>
        <translation>مثلًا: المدافعون عن الأرض في وادي النهر</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>عنوان القضية الجديدة</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A case needs a title. Type a few words that you will recognise.</source>
        <translation>تحتاج القضية إلى عنوان. اكتب بضع كلمات تتعرّف بها عليها.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>اقترح عبارة مرور</translation>
    </message>
    <message>
        <source>The word list is missing, so no passphrase can be suggested.</source>
        <translation>قائمة الكلمات غير موجودة، لذا لا يمكن اقتراح عبارة مرور.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>%1

Someone who takes or copies this computer can try guesses against the vault for as long as they like. A passphrase like this one could be found, and with it every case and contact in the vault.

Use it anyway?</source>
        <translation>%1

من يأخذ هذا الحاسوب أو ينسخه يستطيع أن يجرّب عبارات مرور على الخزنة ما شاء من الوقت. وقد يتوصّل إلى عبارة كهذه، ومعها إلى كل القضايا وجهات الاتصال في الخزنة.

هل تستخدمها رغم ذلك؟</translation>
    </message>
    <message>
        <source>Use a passphrase that is not strong?</source>
        <translation>هل تستخدم عبارة مرور غير قوية؟</translation>
    </message>
    <message>
        <source>Very weak.</source>
        <translation>ضعيفة جدًا.</translation>
    </message>
    <message>
        <source>Weak.</source>
        <translation>ضعيفة.</translation>
    </message>
    <message>
        <source>Fair, but not strong.</source>
        <translation>متوسطة، وليست قوية.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords.</source>
        <translation>إنها من أكثر كلمات المرور شيوعًا.</translation>
    </message>
    <message>
        <source>A single common word is easy to guess.</source>
        <translation>كلمة واحدة شائعة سهلة التخمين.</translation>
    </message>
    <message>
        <source>It contains a name.</source>
        <translation>تحتوي على اسم.</translation>
    </message>
    <message>
        <source>It contains a year or a date.</source>
        <translation>تحتوي على سنة أو تاريخ.</translation>
    </message>
    <message>
        <source>It follows the keys of a keyboard.</source>
        <translation>تتبع ترتيب المفاتيح على لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>It repeats letters or words.</source>
        <translation>تكرّر أحرفًا أو كلمات.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 123.</source>
        <translation>تحتوي على تسلسل مثل abc أو 123.</translation>
    </message>
    <message>
        <source>Symbols in place of letters (@ for a) do not fool guessing programs.</source>
        <translation>استبدال الأحرف برموز (@ بدل a) لا يخدع برامج التخمين.</translation>
    </message>
    <message>
        <source>Add another word or two, or use a suggested passphrase.</source>
        <translation>أضف كلمة أو كلمتين، أو استخدم عبارة مرور مقترحة.</translation>
    </message>
    <message>
        <source>A passphrase cannot be only spaces.</source>
        <translation>لا يمكن أن تتكوّن عبارة المرور من مسافات فقط.</translation>
    </message>
    <message numerus="yes">
        <source>%n random words, hidden until you press the eye. Write them down, then type them again in the repeat field.</source>
        <translation>
            <numerusform>لا كلمات عشوائية.</numerusform>
            <numerusform>كلمة عشوائية واحدة، مخفية حتى تضغط على العين. دوّنها ثم اكتبها مرة أخرى في حقل إعادة الكتابة.</numerusform>
            <numerusform>كلمتان عشوائيتان، مخفيتان حتى تضغط على العين. دوّنهما ثم اكتبهما مرة أخرى في حقل إعادة الكتابة.</numerusform>
            <numerusform>%n كلمات عشوائية، مخفية حتى تضغط على العين. دوّنها ثم اكتبها مرة أخرى في حقل إعادة الكتابة.</numerusform>
            <numerusform>%n كلمة عشوائية، مخفية حتى تضغط على العين. دوّنها ثم اكتبها مرة أخرى في حقل إعادة الكتابة.</numerusform>
            <numerusform>%n كلمة عشوائية، مخفية حتى تضغط على العين. دوّنها ثم اكتبها مرة أخرى في حقل إعادة الكتابة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>قصيرة جدًا: يجب ألّا يقل عدد الأحرف عن %n.</numerusform>
            <numerusform>قصيرة جدًا: يجب ألّا يقل عدد الأحرف عن %n.</numerusform>
            <numerusform>قصيرة جدًا: يجب ألّا يقل عدد الأحرف عن %n.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Edit the officer</source>
        <translation>تعديل بيانات الموظف</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>السفارة</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>&amp;Secure messaging</source>
        <translation>المراسلة الآمنة</translation>
    </message>
    <message>
        <source>Signal, Wire or another app, and the handle</source>
        <translation>تطبيق Signal أو Wire أو غيرهما، مع اسم المستخدم</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>التاريخ معروف</translation>
    </message>
    <message>
        <source>Posting started</source>
        <translation>بدء المهمة</translation>
    </message>
    <message>
        <source>Expected to &amp;leave</source>
        <translation>المغادرة المتوقعة</translation>
    </message>
    <message>
        <source>Officers move on every three or four years: expect them to leave from around %1.</source>
        <translation>ينتقل الموظفون إلى مناصب أخرى كل ثلاث أو أربع سنوات: توقّع مغادرة هذا الموظف ابتداءً من %1 تقريبًا.</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>المغادرة المتوقعة</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Posting s&amp;tarted</source>
        <translation>بدء المهمة</translation>
    </message>
    <message>
        <source>Another date than three years after the start</source>
        <translation>تاريخ آخر غير مرور ثلاث سنوات على بدء المهمة</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Still in post: undo “left”</source>
        <translation>لا يزال في المنصب: إلغاء تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Without a start date there is no expected end, and no reminder before they leave.</source>
        <translation>من دون تاريخ البدء، لا يمكن تقدير موعد انتهاء المهمة، ولن تتلقى تذكيرًا قبل المغادرة.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Left the post.</source>
        <translation>غادر المنصب.</translation>
    </message>
    <message>
        <source>In post from %1 until %2.</source>
        <translation>في المنصب من %1 حتى %2.</translation>
    </message>
    <message>
        <source>Left the post on %1.</source>
        <translation>تاريخ مغادرة المنصب: %1.</translation>
    </message>
    <message>
        <source>In post since %1.</source>
        <translation>في المنصب منذ %1.</translation>
    </message>
    <message>
        <source>No expected end of posting: add the start date to be reminded before they leave.</source>
        <translation>لا يوجد موعد متوقع لانتهاء المهمة: أضف تاريخ بدئها لتتلقى تذكيرًا قبل المغادرة.</translation>
    </message>
    <message numerus="yes">
        <source>Expected to leave on %1, in %n days.</source>
        <translation>
            <numerusform>المغادرة متوقعة في %1 (الأيام المتبقية: %n).</numerusform>
            <numerusform>المغادرة متوقعة في %1 (الأيام المتبقية: %n).</numerusform>
            <numerusform>المغادرة متوقعة في %1 (الأيام المتبقية: %n).</numerusform>
            <numerusform>المغادرة متوقعة في %1 (الأيام المتبقية: %n).</numerusform>
            <numerusform>المغادرة متوقعة في %1 (الأيام المتبقية: %n).</numerusform>
            <numerusform>المغادرة متوقعة في %1 (الأيام المتبقية: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to leave today.</source>
        <translation>المغادرة متوقعة اليوم.</translation>
    </message>
    <message>
        <source>Was expected to leave on %1. Ask the embassy who takes over.</source>
        <translation>كانت المغادرة متوقعة في %1. اسأل السفارة عمّن سيتولى المنصب.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>تسجيل مغادرة المنصب…</translation>
    </message>
    <message>
        <source>Hand over open items…</source>
        <translation>نقل البنود المفتوحة…</translation>
    </message>
    <message>
        <source>Undo the hand-over</source>
        <translation>التراجع عن النقل</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Open the embassy: %1</source>
        <translation>فتح صفحة السفارة: %1</translation>
    </message>
    <message>
        <source>Succeeded by %1</source>
        <translation>الخلف في المنصب: %1</translation>
    </message>
    <message>
        <source>Took over from %1</source>
        <translation>السلف في المنصب: %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Secure messaging</source>
        <translation>المراسلة الآمنة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No interactions with this officer yet. Log every meeting, call or email: embassies rarely call back.</source>
        <translation>لا توجد اتصالات مع هذا الموظف بعد. سجّل كل اجتماع أو مكالمة أو رسالة بريد إلكتروني: فالسفارات نادرًا ما تعاود الاتصال.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>تم النقل</translation>
    </message>
    <message>
        <source>Hand-over undone</source>
        <translation>تم التراجع عن النقل</translation>
    </message>
    <message>
        <source>What was handed over is with %1 again.</source>
        <translation>عاد ما نُقل إلى اسم %1.</translation>
    </message>
    <message>
        <source>Delete this officer?</source>
        <translation>هل تريد حذف هذا الموظف؟</translation>
    </message>
    <message>
        <source>%1 will be removed from the contact log.</source>
        <translation>ستُحذف بيانات %1 من سجل الاتصالات.</translation>
    </message>
    <message>
        <source>The officer was kept</source>
        <translation>لم يُحذف الموظف</translation>
    </message>
</context>
<context>
    <name>OfficersEditor</name>
    <message>
        <source>Officers to ask to meet</source>
        <translation>الموظفون المطلوب لقاؤهم</translation>
    </message>
    <message>
        <source>Reset to suggestions</source>
        <translation>العودة إلى الاقتراحات</translation>
    </message>
    <message>
        <source>Careful: a written request to meet defence, law-enforcement or intelligence staff can be used against you, for example in espionage or &quot;foreign agent&quot; charges. The brief and the email will name these roles. Usually it is better to ask the human rights officer, who can bring such colleagues if the embassy thinks it useful.</source>
        <translation>تنبّه: طلبٌ مكتوب لمقابلة موظفي الدفاع أو إنفاذ القانون أو الاستخبارات قد يُستخدم ضدك، مثلًا في تهم التجسس أو «العمالة لجهات أجنبية». ستذكر المذكّرة والرسالة هذه المناصب بالاسم. الأفضل عادةً أن تطلب مسؤول حقوق الإنسان، الذي يمكنه أن يصطحب هؤلاء الزملاء إن رأت السفارة ذلك مفيدًا.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <comment>an officer role suggested by the rules</comment>
        <translation>%1 (مقترَح)</translation>
    </message>
    <message>
        <source>Following the suggestions, which change with the facts on the Basics page.</source>
        <translation>يتبع الاختيار الاقتراحات، وهي تتغير بحسب الوقائع المُدخلة في صفحة «الأساسيات».</translation>
    </message>
    <message>
        <source>No officer chosen: choose at least one, usually the human rights officer.</source>
        <translation>لم يُختر أي موظف: اختر موظفًا واحدًا على الأقل، وعادةً ما يكون مسؤول حقوق الإنسان.</translation>
    </message>
    <message>
        <source>Your own choice: the facts on the Basics page no longer change it.</source>
        <translation>اختيارك الخاص: لم تعد الوقائع في صفحة «الأساسيات» تغيّره.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Government or institution</source>
        <translation>الحكومة أو المؤسسة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation>الشخص الذي تواصلت معه</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>ما طُلب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Add outreach</source>
        <translation>إضافة مسعى</translation>
    </message>
    <message>
        <source>Duplicate outreach</source>
        <translation>تكرار المسعى</translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s) deleted.</source>
        <translation>
            <numerusform>لم يُحذف أي مسعى.</numerusform>
            <numerusform>حُذف مسعى واحد.</numerusform>
            <numerusform>حُذف مسعيان.</numerusform>
            <numerusform>حُذفت %n مساعٍ.</numerusform>
            <numerusform>حُذف %n مسعًى.</numerusform>
            <numerusform>حُذف %n مسعى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s)</source>
        <translation>
            <numerusform>لا توجد مساعٍ</numerusform>
            <numerusform>مسعى واحد</numerusform>
            <numerusform>مسعيان</numerusform>
            <numerusform>%n مساعٍ</numerusform>
            <numerusform>%n مسعًى</numerusform>
            <numerusform>%n مسعى</numerusform>
        </translation>
    </message>
    <message>
        <source>Prior outreach, earliest first</source>
        <translation>المساعي السابقة، من الأقدم إلى الأحدث</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Insert (or choose Add outreach) for each embassy, ministry, UN office, NGO or parliament you already contacted, or tick “No prior outreach” above.</source>
        <translation>لم يُسجَّل شيء بعد. اضغط Insert (أو اختر «إضافة مسعى») لكل سفارة أو وزارة أو مكتب تابع للأمم المتحدة أو منظمة غير حكومية أو برلمان سبق أن تواصلت معه، أو ضع علامة على «لا توجد مساعٍ سابقة» في الأعلى.</translation>
    </message>
    <message>
        <source>Prior outreach</source>
        <translation>المساعي السابقة</translation>
    </message>
    <message>
        <source>What you have already done</source>
        <translation>ما قمت به حتى الآن</translation>
    </message>
    <message>
        <source>Embassies want to know whom you already asked for help and what came of it: other embassies, ministries in their capital, the UN, NGOs, parliaments.</source>
        <translation>تريد السفارات أن تعرف ممن طلبت المساعدة من قبل، وما الذي أسفر عنه ذلك: سفارات أخرى، ووزارات في عاصمة بلادها، والأمم المتحدة، ومنظمات غير حكومية، وبرلمانات.</translation>
    </message>
    <message>
        <source>&amp;No prior outreach: this is the first time I ask anyone for help</source>
        <translation>لا توجد مساعٍ سابقة: هذه أول مرة أطلب فيها المساعدة من أي جهة</translation>
    </message>
    <message>
        <source>Mark “no prior outreach”</source>
        <translation>وضع علامة «لا توجد مساعٍ سابقة»</translation>
    </message>
    <message>
        <source>Unmark “no prior outreach”</source>
        <translation>إزالة علامة «لا توجد مساعٍ سابقة»</translation>
    </message>
    <message>
        <source>Outreach is recorded below.</source>
        <translation>المساعي مسجّلة أدناه.</translation>
    </message>
    <message>
        <source>Untick this to record outreach.</source>
        <translation>أزل هذه العلامة لتسجيل المساعي.</translation>
    </message>
    <message>
        <source>New rows are marked “%1”; change the default on the Timeline page.</source>
        <translation>تُعلَّم الصفوف الجديدة بـ«%1»؛ ويمكنك تغيير هذا الإعداد الافتراضي في صفحة «التسلسل الزمني».</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>إخفاء عبارة المرور</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
</context>
<context>
    <name>PdfPasswordFields</name>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation>حماية ملف PDF المحفوظ بكلمة مرور</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>أعد كتابة كلمة المرور:</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>كلمة مرور ملف PDF</translation>
    </message>
    <message>
        <source>Repeat PDF password</source>
        <translation>إعادة كتابة كلمة مرور ملف PDF</translation>
    </message>
    <message>
        <source>Type a password for the PDF, or untick the password option.</source>
        <translation>اكتب كلمة مرور لملف PDF، أو ألغِ تحديد خيار كلمة المرور.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF password needs at least %n characters.</source>
        <translation>
            <numerusform>يجب ألا تقل كلمة مرور ملف PDF عن %n حرف.</numerusform>
            <numerusform>يجب ألا تقل كلمة مرور ملف PDF عن حرف واحد.</numerusform>
            <numerusform>يجب ألا تقل كلمة مرور ملف PDF عن حرفين.</numerusform>
            <numerusform>يجب ألا تقل كلمة مرور ملف PDF عن %n أحرف.</numerusform>
            <numerusform>يجب ألا تقل كلمة مرور ملف PDF عن %n حرفًا.</numerusform>
            <numerusform>يجب ألا تقل كلمة مرور ملف PDF عن %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Everyone the case names, one per row, but not institutions. Put every other spelling of a name (another script, a surname alone) in “Other spellings”, separated by semicolons: replacing names in the brief then finds them all. Untick “Protected” only for someone who may be named, such as an official responsible.</source>
        <translation>كل من تذكرهم القضية، شخص في كل سطر، دون المؤسسات. اكتب كل تهجئة أخرى للاسم (بأبجدية أخرى، أو اسم العائلة وحده) في «تهجئات أخرى»، مفصولة بفاصلة منقوطة: عندها يعثر استبدال الأسماء في المذكّرة عليها كلها. لا تُلغِ علامة «محميّ» إلا لمن يجوز ذكر اسمه، كمسؤول رسمي عن الانتهاكات.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>محميّ</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>الأشخاص المذكورون في القضية</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation>حذف الشخص</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>من العائلة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Responsible for abuses</source>
        <translation>مسؤول عن الانتهاكات</translation>
    </message>
</context>
<context>
    <name>PoliciesPanel</name>
    <message>
        <source>Add an embassy above to see its government&apos;s policy.</source>
        <translation>أضف سفارة في الأعلى لترى سياسة حكومتها.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>اقرأ: %1</translation>
    </message>
    <message>
        <source>Not a government hrdesk recognises: no policy to show.</source>
        <translation>لا يتعرّف hrdesk على هذه الحكومة، فلا سياسة لعرضها.</translation>
    </message>
    <message>
        <source>The reference holds no published defender policy of this government yet.</source>
        <translation>لا يتضمن الدليل المرجعي بعدُ سياسة منشورة لهذه الحكومة بشأن المدافعين عن حقوق الإنسان.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ابحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من النّوع:</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>الدليل المرجعي</translation>
    </message>
    <message>
        <source>Search the reference (Ctrl+F)</source>
        <translation>البحث في الدليل المرجعي (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>البحث في الدليل المرجعي</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>القراءة بلغة:</translation>
    </message>
    <message>
        <source>Reading language</source>
        <translation>لغة القراءة</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>The reference content could not be read: %1</source>
        <translation>تعذّرت قراءة محتوى الدليل المرجعي: %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>لم يُعثر على شيء. جرّب كلمات أقل أو أقصر.</translation>
    </message>
</context>
<context>
    <name>ReferenceUpdatesBox</name>
    <message>
        <source>Reference updates</source>
        <translation>تحديثات الدليل المرجعي</translation>
    </message>
    <message>
        <source>Updated reference content comes as a signed file, for example on a USB stick. hrdesk checks the signature and every language before using it, and never goes online.</source>
        <translation>يصل المحتوى المحدَّث للدليل المرجعي في ملف موقَّع، على وحدة USB مثلًا. يتحقق hrdesk من التوقيع ومن كل لغة قبل استخدامه، ولا يتصل بالإنترنت أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>استيراد تحديث…</translation>
    </message>
    <message>
        <source>Import a signed reference update</source>
        <translation>استيراد تحديث موقَّع للدليل المرجعي</translation>
    </message>
    <message>
        <source>In use: the content bundled with hrdesk, checked up to %1.</source>
        <translation>المستخدَم الآن: المحتوى المرفق مع hrdesk، وقد جرى التحقق منه حتى %1.</translation>
    </message>
    <message>
        <source>In use: an update of %1, signed by %2.</source>
        <translation>المستخدَم الآن: تحديث بتاريخ %1، موقَّع من %2.</translation>
    </message>
    <message>
        <source>Import a reference update</source>
        <translation>استيراد تحديث للدليل المرجعي</translation>
    </message>
    <message>
        <source>Reference updates (*.hrdpack);;All files (*)</source>
        <translation>تحديثات الدليل المرجعي (*.hrdpack);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The file was not used; nothing changed.

%1</source>
        <translation>لم يُستخدم الملف، ولم يتغير شيء.

%1</translation>
    </message>
    <message>
        <source>The reference now holds the update of %1, signed by %2.</source>
        <translation>يتضمن الدليل المرجعي الآن تحديث %1، الموقَّع من %2.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Your specific request for help</source>
        <translation>طلبك المحدد للحصول على المساعدة</translation>
    </message>
    <message>
        <source>Embassies act on a clear, specific request. Tick what you ask for, say it in your own words, and name the embassies and officers you want to reach.</source>
        <translation>تتحرك السفارات استجابةً لطلب واضح ومحدد. ضع علامة على ما تطلبه، وعبّر عنه بكلماتك، وسمِّ السفارات والموظفين الذين تريد الوصول إليهم.</translation>
    </message>
    <message>
        <source>Read first:</source>
        <translation>اقرأ أولًا:</translation>
    </message>
    <message>
        <source>What an embassy can do</source>
        <translation>ما الذي يمكن أن تفعله السفارة</translation>
    </message>
    <message>
        <source>Who to meet</source>
        <translation>مع من تلتقي</translation>
    </message>
    <message>
        <source>Making a specific request</source>
        <translation>كيف تصوغ طلبًا محددًا</translation>
    </message>
    <message>
        <source>What support you ask for</source>
        <translation>الدعم الذي تطلبه</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>مضمون الطلب</translation>
    </message>
    <message>
        <source>Your request in your own &amp;words:</source>
        <translation>طلبك بكلماتك الخاصة:</translation>
    </message>
    <message>
        <source>Your request in your own words</source>
        <translation>طلبك بكلماتك الخاصة</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>درجة الاستعجال:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>For example: the trial opens next month</source>
        <translation>مثلًا: تبدأ المحاكمة الشهر المقبل</translation>
    </message>
    <message>
        <source>&amp;Deadline (optional):</source>
        <translation>الموعد النهائي (اختياري):</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>السفارات التي ستتوجّه إليها</translation>
    </message>
    <message>
        <source>These governments&apos; policies on defenders</source>
        <translation>سياسات هذه الحكومات تجاه المدافعين عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Officers to ask to meet</source>
        <translation>الموظفون المطلوب لقاؤهم</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا تهمّ القضية</translation>
    </message>
    <message>
        <source>Why the case matters to that &amp;government:</source>
        <translation>أهمية القضية لتلك الحكومة:</translation>
    </message>
    <message>
        <source>Why the case matters to that government</source>
        <translation>أهمية القضية لتلك الحكومة</translation>
    </message>
    <message>
        <source>What the embassy &amp;could do:</source>
        <translation>ما يمكن للسفارة أن تفعله:</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>ما يمكن للسفارة أن تفعله</translation>
    </message>
    <message>
        <source>At a glance, on page 1 of the brief</source>
        <translation>نظرة سريعة، في الصفحة الأولى من المذكّرة</translation>
    </message>
    <message>
        <source>An officer reads the top of page 1 first. Left empty, the brief asks the embassy to reach you only through whoever hands it over, and to name no one nor go public without your consent.</source>
        <translation>يقرأ موظف السفارة أعلى الصفحة الأولى أولًا. إذا تُركت هذه الخانات فارغة، تطلب المذكّرة من السفارة ألا تتواصل معك إلا عبر من يسلّمها، وألا تذكر اسم أحد أو تُعلن القضية دون موافقتك.</translation>
    </message>
    <message>
        <source>&amp;Please do not:</source>
        <translation>نرجو عدم:</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>نرجو عدم</translation>
    </message>
    <message>
        <source>For example: name the source, or raise the case publicly</source>
        <translation>مثلًا: ذكر المصدر، أو إثارة القضية علنًا</translation>
    </message>
    <message>
        <source>How to reach you &amp;safely:</source>
        <translation>كيف يُتواصل معك بأمان:</translation>
    </message>
    <message>
        <source>How to reach you safely</source>
        <translation>كيف يُتواصل معك بأمان</translation>
    </message>
    <message>
        <source>For example: through our lawyer, in person only</source>
        <translation>مثلًا: عبر محامينا، وجهًا لوجه فقط</translation>
    </message>
    <message>
        <source>Who can confirm the facts</source>
        <translation>من يمكنه تأكيد الوقائع</translation>
    </message>
    <message>
        <source>Who can c&amp;onfirm the facts:</source>
        <translation>من يمكنه تأكيد الوقائع:</translation>
    </message>
    <message>
        <source>For example: the national bar association</source>
        <translation>مثلًا: نقابة المحامين الوطنية</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>تغيير موعد المتابعة</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>الموعد الجديد للمتابعة</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore — hrdesk</source>
        <translation>الاستعادة — hrdesk</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose a backup file made by hrdesk and type the passphrase that protects it. hrdesk checks the whole file before it changes anything. Afterwards the vault opens with the backup&apos;s passphrase.</source>
        <translation>اختر ملف نسخة احتياطية أنشأه hrdesk، واكتب عبارة المرور التي تحميه. يتحقق hrdesk من الملف كاملًا قبل أن يغيّر أي شيء. وبعد ذلك تُفتح الخزنة بعبارة مرور النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This replaces the vault on this computer: everything it holds now, and its automatic backups, will be erased and replaced by the contents of the backup.</source>
        <translation>سيحلّ هذا محل الخزنة الموجودة على هذا الحاسوب: سيُمحى كل ما فيها الآن، ونسخها الاحتياطية التلقائية، ويُستبدل بمحتوى النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>عبارة مرور النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation>استبدال الخزنة</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>اختيار نسخة احتياطية</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>نسخ hrdesk الاحتياطية (*%1);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Checking the backup… %1% done.</source>
        <translation>جارٍ التحقق من النسخة الاحتياطية… اكتمل %1٪.</translation>
    </message>
    <message>
        <source>Checking the restored vault and putting it in place…</source>
        <translation>جارٍ التحقق من الخزنة المستعادة ووضعها في مكانها…</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>اختر ملف النسخة الاحتياطية أولًا.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>اكتب عبارة مرور النسخة الاحتياطية أولًا.</translation>
    </message>
    <message>
        <source>Replace the vault</source>
        <translation>استبدال الخزنة</translation>
    </message>
    <message>
        <source>Replace the vault on this computer by this backup? Everything in the vault now, and its automatic backups, will be erased. This cannot be undone.</source>
        <translation>هل تريد استبدال الخزنة الموجودة على هذا الحاسوب بهذه النسخة الاحتياطية؟ سيُمحى كل ما في الخزنة الآن، ونسخها الاحتياطية التلقائية. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup… This can take a moment.</source>
        <translation>جارٍ التحقق من النسخة الاحتياطية واستعادتها… قد يستغرق ذلك بعض الوقت.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Nothing was changed.</source>
        <translation>عبارة المرور هذه لا تفتح النسخة الاحتياطية. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>This file is not an hrdesk backup, or it is damaged, incomplete or was altered. Nothing was changed.</source>
        <translation>هذا الملف ليس نسخة احتياطية من hrdesk، أو أنه تالف أو ناقص أو جرى تعديله. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be restored. Nothing was changed.</source>
        <translation>القرص ممتلئ: تعذّرت استعادة النسخة الاحتياطية. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The backup could not be read or restored: %1. Nothing was changed.</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية أو استعادتها: %1. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>الاستعادة</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Review before you print</source>
        <translation>راجع قبل الطباعة</translation>
    </message>
    <message>
        <source>Check that the three things an embassy needs are here, and what each printout will show.</source>
        <translation>تحقّق من وجود الأمور الثلاثة التي تحتاج إليها السفارة، واطّلع على ما سيعرضه كل مستند مطبوع.</translation>
    </message>
    <message>
        <source>Ready for the embassy?</source>
        <translation>هل كل شيء جاهز للسفارة؟</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>ما سيُطبع</translation>
    </message>
    <message>
        <source>Your speaker notes also repeat everything in the brief. Change where an event or an outreach item goes in its Disclosure column. Case files leave out “never print” items unless you ask.</source>
        <translation>تتضمن ملاحظاتك الشخصية للاجتماع أيضًا كل ما في المذكّرة. ولتغيير المكان الذي يظهر فيه حدث أو مسعى، استخدم عمود «الإفصاح» الخاص به. ولا تتضمن ملفات القضايا البنود المصنّفة «لا يُطبع أبدًا» إلا إذا طلبت ذلك.</translation>
    </message>
    <message>
        <source>Go to Request</source>
        <translation>الانتقال إلى «الطلب»</translation>
    </message>
    <message>
        <source>Go to Timeline</source>
        <translation>الانتقال إلى «التسلسل الزمني»</translation>
    </message>
    <message>
        <source>Go to Prior outreach</source>
        <translation>الانتقال إلى «المساعي السابقة»</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>ناقص: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>مكتمل: %1</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>جاهزة: كل ما تحتاج إليه السفارة موجود هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Use the buttons to go where each is filled in.</source>
        <translation>
            <numerusform>لا يزال %n بند ناقصًا. استخدم الأزرار للانتقال إلى المكان الذي يُستكمل فيه كل بند.</numerusform>
            <numerusform>لا يزال بند واحد ناقصًا. استخدم الزر للانتقال إلى المكان الذي يُستكمل فيه.</numerusform>
            <numerusform>لا يزال بندان ناقصين. استخدم الزرين للانتقال إلى المكان الذي يُستكمل فيه كل منهما.</numerusform>
            <numerusform>لا تزال %n بنود ناقصة. استخدم الأزرار للانتقال إلى المكان الذي يُستكمل فيه كل بند.</numerusform>
            <numerusform>لا يزال %n بندًا ناقصًا. استخدم الأزرار للانتقال إلى المكان الذي يُستكمل فيه كل بند.</numerusform>
            <numerusform>لا يزال %n بند ناقصًا. استخدم الأزرار للانتقال إلى المكان الذي يُستكمل فيه كل بند.</numerusform>
        </translation>
    </message>
    <message>
        <source>This date has already passed: %1. Update the deadline or the urgency on the Request page, or the embassy may think the matter is over.</source>
        <translation>هذا التاريخ قد مضى: %1. حدّث الموعد النهائي أو درجة الاستعجال في صفحة الطلب، وإلا فقد تظن السفارة أن الأمر قد انتهى.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The vault was erased. You can create a new, empty vault.</source>
        <translation>مُحيت الخزنة. يمكنك إنشاء خزنة جديدة فارغة.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: the vault was erased. You can create a new, empty vault.</source>
        <translation>أُدخلت عبارة مرور خاطئة مرات كثيرة جدًا، فمُحيت الخزنة. يمكنك إنشاء خزنة جديدة فارغة.</translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation>مُحيت الخزنة</translation>
    </message>
    <message>
        <source>Erasing the rest of the vault…</source>
        <translation>جارٍ محو ما تبقّى من الخزنة…</translation>
    </message>
    <message>
        <source>The vault was erased outside this window (for example with the command line). You can create a new, empty vault, or restore a backup.</source>
        <translation>مُحيت الخزنة من خارج هذه النافذة (من سطر الأوامر مثلًا). يمكنك إنشاء خزنة جديدة فارغة، أو استعادة نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <source>The restored vault could not be put in place (%1). It was left in the folder %2.</source>
        <translation>تعذّر وضع الخزنة المستعادة في مكانها (%1). وقد تُركت في المجلد %2.</translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>استُعيدت الخزنة</translation>
    </message>
    <message>
        <source>The backup was checked and restored. Unlock the vault with the backup&apos;s passphrase: the one you typed to restore it.</source>
        <translation>جرى التحقق من النسخة الاحتياطية واستعادتها. افتح قفل الخزنة بعبارة مرور النسخة الاحتياطية، أي العبارة التي كتبتها لاستعادتها.</translation>
    </message>
    <message>
        <source>Attempt counter</source>
        <translation>عدّاد المحاولات</translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted since you last unlocked. Someone may have tried to guess your passphrase. The count has been reset.</source>
        <translation>جرى تعديل سجل عبارات المرور الخاطئة أو حذفه منذ آخر مرة فتحت فيها القفل. ربما حاول أحدهم تخمين عبارة المرور الخاصة بك. وقد أُعيد ضبط العدّاد.</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <source>Emergencies</source>
        <translation>حالات الطوارئ</translation>
    </message>
    <message>
        <source>L&amp;ock and hide keys:</source>
        <translation>اختصار القفل والإخفاء:</translation>
    </message>
    <message>
        <source>Keys that lock the vault and hide every window</source>
        <translation>اختصار لوحة المفاتيح الذي يقفل الخزنة ويخفي كل النوافذ</translation>
    </message>
    <message>
        <source>Locks at once and hides every hrdesk window. The unlock window waits, minimized, in the taskbar; open it from there. Leave the keys empty to turn this off.</source>
        <translation>يقفل الخزنة فورًا ويخفي كل نوافذ hrdesk. وتنتظر نافذة فتح القفل مصغَّرةً في شريط المهام؛ افتحها من هناك. اترك الاختصار فارغًا لتعطيل هذه الميزة.</translation>
    </message>
    <message>
        <source>Erase the vault after this many &amp;wrong passphrases in a row:</source>
        <translation>محو الخزنة بعد هذا العدد من عبارات المرور الخاطئة المتتالية:</translation>
    </message>
    <message>
        <source>Wrong passphrases allowed before the vault is erased</source>
        <translation>عدد عبارات المرور الخاطئة المسموح به قبل محو الخزنة</translation>
    </message>
    <message>
        <source>For when someone may try to guess your passphrase in this app. The count survives restarts; the unlock window shows the attempts left. It cannot stop someone who copies the vault&apos;s files. Keep a backup elsewhere if you turn this on.</source>
        <translation>هذا الخيار لحالات قد يحاول فيها أحدهم تخمين عبارة المرور في هذا البرنامج. يبقى العدد محفوظًا حتى بعد إعادة التشغيل، وتعرض نافذة فتح القفل عدد المحاولات المتبقية. لكنه لا يستطيع منع من ينسخ ملفات الخزنة. وإذا فعّلته، فاحتفظ بنسخة احتياطية في مكان آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.</source>
        <translation>
            <numerusform>النسخ الاحتياطية التلقائية: عند فتح القفل، ومرة واحدة في اليوم على الأكثر، يحتفظ برنامج hrdesk بنسخة مشفّرة في مجلد الخزنة (آخر %n نسخة). وتُفتح هذه النسخ بعبارة المرور الحالية، وتُمحى مع الخزنة. ولكي تبقى بياناتك في حال فقدت هذا الحاسوب، استخدم «احفظ نسخة احتياطية الآن…» لحفظ نسخة في مكان آخر.</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية: عند فتح القفل، ومرة واحدة في اليوم على الأكثر، يحتفظ برنامج hrdesk بنسخة مشفّرة في مجلد الخزنة (آخر نسخة فقط). وتُفتح هذه النسخة بعبارة المرور الحالية، وتُمحى مع الخزنة. ولكي تبقى بياناتك في حال فقدت هذا الحاسوب، استخدم «احفظ نسخة احتياطية الآن…» لحفظ نسخة في مكان آخر.</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية: عند فتح القفل، ومرة واحدة في اليوم على الأكثر، يحتفظ برنامج hrdesk بنسخة مشفّرة في مجلد الخزنة (آخر نسختين). وتُفتح هاتان النسختان بعبارة المرور الحالية، وتُمحيان مع الخزنة. ولكي تبقى بياناتك في حال فقدت هذا الحاسوب، استخدم «احفظ نسخة احتياطية الآن…» لحفظ نسخة في مكان آخر.</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية: عند فتح القفل، ومرة واحدة في اليوم على الأكثر، يحتفظ برنامج hrdesk بنسخة مشفّرة في مجلد الخزنة (آخر %n نسخ). وتُفتح هذه النسخ بعبارة المرور الحالية، وتُمحى مع الخزنة. ولكي تبقى بياناتك في حال فقدت هذا الحاسوب، استخدم «احفظ نسخة احتياطية الآن…» لحفظ نسخة في مكان آخر.</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية: عند فتح القفل، ومرة واحدة في اليوم على الأكثر، يحتفظ برنامج hrdesk بنسخة مشفّرة في مجلد الخزنة (آخر %n نسخة). وتُفتح هذه النسخ بعبارة المرور الحالية، وتُمحى مع الخزنة. ولكي تبقى بياناتك في حال فقدت هذا الحاسوب، استخدم «احفظ نسخة احتياطية الآن…» لحفظ نسخة في مكان آخر.</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية: عند فتح القفل، ومرة واحدة في اليوم على الأكثر، يحتفظ برنامج hrdesk بنسخة مشفّرة في مجلد الخزنة (آخر %n نسخة). وتُفتح هذه النسخ بعبارة المرور الحالية، وتُمحى مع الخزنة. ولكي تبقى بياناتك في حال فقدت هذا الحاسوب، استخدم «احفظ نسخة احتياطية الآن…» لحفظ نسخة في مكان آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>عدد النسخ الاحتياطية التلقائية المحفوظة:</translation>
    </message>
    <message>
        <source>How many automatic backups the vault folder keeps</source>
        <translation>عدد النسخ الاحتياطية التلقائية التي يحتفظ بها مجلد الخزنة</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>احفظ نسخة احتياطية الآن…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Emergency &amp;erase…</source>
        <translation>المحو الطارئ…</translation>
    </message>
    <message>
        <source>After an erase, this computer still has hrdesk itself and its settings file (language, window size, these keys; nothing of your cases). hrdesk keeps no list of recent files or folders. Files you exported or backed up elsewhere are not touched.</source>
        <translation>بعد المحو، يبقى على هذا الحاسوب برنامج hrdesk نفسه وملف إعداداته (اللغة وحجم النافذة وهذه المفاتيح، ولا شيء من قضاياك). لا يحتفظ hrdesk بأي قائمة للملفات أو المجلدات الأخيرة. أمّا الملفات التي صدّرتها أو نسختها احتياطيًا في أماكن أخرى فلن تُمَسّ.</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>لا توجد نسخة احتياطية تلقائية بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n automatic backup(s), %1 in all.</source>
        <translation>
            <numerusform>الآن: %n نسخة احتياطية تلقائية، حجمها %1 إجمالًا.</numerusform>
            <numerusform>الآن: نسخة احتياطية تلقائية واحدة، حجمها %1.</numerusform>
            <numerusform>الآن: نسختان احتياطيتان تلقائيتان، حجمهما %1 إجمالًا.</numerusform>
            <numerusform>الآن: %n نسخ احتياطية تلقائية، حجمها %1 إجمالًا.</numerusform>
            <numerusform>الآن: %n نسخة احتياطية تلقائية، حجمها %1 إجمالًا.</numerusform>
            <numerusform>الآن: %n نسخة احتياطية تلقائية، حجمها %1 إجمالًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest are deleted at the next automatic backup.</source>
        <translation>ستُحذف الأقدم منها عند النسخ الاحتياطي التلقائي التالي.</translation>
    </message>
    <message>
        <source>Erase after wrong passphrases</source>
        <translation>المحو بعد إدخال عبارات مرور خاطئة</translation>
    </message>
    <message>
        <source>After %1 wrong passphrases in a row, hrdesk will erase the vault for good. A forgotten passphrase or a wrong keyboard layout counts too. Turn this on?</source>
        <translation>إذا بلغ عدد عبارات المرور الخاطئة المتتالية %1، فسيمحو برنامج hrdesk الخزنة نهائيًا. وتُحتسب أيضًا المحاولات الناتجة عن نسيان عبارة المرور أو عن استخدام تخطيط خاطئ للوحة المفاتيح. هل تريد تفعيل هذا الخيار؟</translation>
    </message>
    <message>
        <source>Attempt limit</source>
        <translation>حدّ المحاولات</translation>
    </message>
    <message>
        <source>The setting could not be saved. Nothing was changed.</source>
        <translation>تعذّر حفظ الإعداد. لم يتغيّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>SafetyCardDialog</name>
    <message>
        <source>Keep your vault safe — hrdesk</source>
        <translation>احمِ خزنتك — hrdesk</translation>
    </message>
    <message>
        <source>Your vault is ready. Five habits keep it safe</source>
        <translation>خزنتك جاهزة. خمس عادات تحميها</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault and hide every hrdesk window at once, if someone comes in or asks to see the screen. You can change these keys in Settings.</source>
        <translation>اضغط %1 لقفل الخزنة وإخفاء كل نوافذ hrdesk دفعة واحدة إذا دخل أحد أو طلب رؤية الشاشة. يمكنك تغيير هذه المفاتيح في الإعدادات.</translation>
    </message>
    <message>
        <source>Lock and hide is turned off. You can choose its keys in Settings.</source>
        <translation>القفل والإخفاء معطَّل. يمكنك اختيار مفاتيحه في الإعدادات.</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault whenever you step away. hrdesk also locks itself after a few idle minutes and when you quit.</source>
        <translation>اضغط %1 لقفل الخزنة كلما ابتعدت عن الحاسوب. ويقفل hrdesk نفسه أيضًا بعد بضع دقائق من عدم النشاط وعند الخروج.</translation>
    </message>
    <message>
        <source>Back up to a USB stick (Settings, Back up now) and keep the stick somewhere else: if this computer is seized or broken, the backup is how you start again.</source>
        <translation>احفظ نسخة احتياطية على ذاكرة USB (الإعدادات، «احفظ نسخة احتياطية الآن») واحتفظ بها في مكان آخر: إذا صودر هذا الحاسوب أو تعطّل، فالنسخة الاحتياطية هي سبيلك إلى البدء من جديد.</translation>
    </message>
    <message>
        <source>On Linux, hrdesk cannot stop screenshots or screen sharing. Lock hrdesk before you share your screen or let anyone record it.</source>
        <translation>على Linux، لا يستطيع hrdesk منع لقطات الشاشة ولا مشاركة الشاشة. اقفل hrdesk قبل أن تشارك شاشتك أو تسمح لأحد بتسجيلها.</translation>
    </message>
    <message>
        <source>Help (F1) explains all of this and more. It works offline, like the rest of hrdesk.</source>
        <translation>تشرح المساعدة (F1) كل هذا وأكثر. وهي تعمل دون اتصال بالإنترنت، مثل بقية hrdesk.</translation>
    </message>
    <message>
        <source>Open &amp;Help</source>
        <translation>افتح المساعدة</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>فهمت</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Show more…</source>
        <translation>عرض المزيد…</translation>
    </message>
    <message>
        <source>Embassies: the first %1 of %2</source>
        <translation>السفارات: أول %1 من %2</translation>
    </message>
    <message>
        <source>Officers: the first %1 of %2</source>
        <translation>الموظفون: أول %1 من %2</translation>
    </message>
    <message>
        <source>Interactions: the newest %1 of %2</source>
        <translation>الاتصالات: أحدث %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>Embassies: the first %n</source>
        <translation>
            <numerusform>السفارات: أول %n</numerusform>
            <numerusform>السفارات: أول %n</numerusform>
            <numerusform>السفارات: أول %n</numerusform>
            <numerusform>السفارات: أول %n</numerusform>
            <numerusform>السفارات: أول %n</numerusform>
            <numerusform>السفارات: أول %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embassies (%n)</source>
        <translation>
            <numerusform>السفارات (%n)</numerusform>
            <numerusform>السفارات (%n)</numerusform>
            <numerusform>السفارات (%n)</numerusform>
            <numerusform>السفارات (%n)</numerusform>
            <numerusform>السفارات (%n)</numerusform>
            <numerusform>السفارات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers: the first %n</source>
        <translation>
            <numerusform>الموظفون: أول %n</numerusform>
            <numerusform>الموظفون: أول %n</numerusform>
            <numerusform>الموظفون: أول %n</numerusform>
            <numerusform>الموظفون: أول %n</numerusform>
            <numerusform>الموظفون: أول %n</numerusform>
            <numerusform>الموظفون: أول %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers (%n)</source>
        <translation>
            <numerusform>الموظفون (%n)</numerusform>
            <numerusform>الموظفون (%n)</numerusform>
            <numerusform>الموظفون (%n)</numerusform>
            <numerusform>الموظفون (%n)</numerusform>
            <numerusform>الموظفون (%n)</numerusform>
            <numerusform>الموظفون (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions: the newest %n</source>
        <translation>
            <numerusform>الاتصالات: أحدث %n</numerusform>
            <numerusform>الاتصالات: أحدث %n</numerusform>
            <numerusform>الاتصالات: أحدث %n</numerusform>
            <numerusform>الاتصالات: أحدث %n</numerusform>
            <numerusform>الاتصالات: أحدث %n</numerusform>
            <numerusform>الاتصالات: أحدث %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions (%n)</source>
        <translation>
            <numerusform>الاتصالات (%n)</numerusform>
            <numerusform>الاتصالات (%n)</numerusform>
            <numerusform>الاتصالات (%n)</numerusform>
            <numerusform>الاتصالات (%n)</numerusform>
            <numerusform>الاتصالات (%n)</numerusform>
            <numerusform>الاتصالات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>لغة البرنامج:</translation>
    </message>
    <message>
        <source>Arabic &amp;digits:</source>
        <translation>أرقام العربية:</translation>
    </message>
    <message>
        <source>Arabic &amp;month names:</source>
        <translation>أسماء الأشهر بالعربية:</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>غربية (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>هندية مشرقية (%1)</translation>
    </message>
    <message>
        <source>Both names (%1)</source>
        <translation>الاسمان معًا (%1)</translation>
    </message>
    <message>
        <source>Levantine (%1)</source>
        <translation>شامية (%1)</translation>
    </message>
    <message>
        <source>Egyptian and Gulf (%1)</source>
        <translation>مصرية وخليجية (%1)</translation>
    </message>
    <message>
        <source>Used wherever dates and numbers are written in Arabic: the app, the brief and the email.</source>
        <translation>تُستعمل حيثما تُكتب التواريخ والأرقام بالعربية: في التطبيق والمذكّرة والبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>القفل</translation>
    </message>
    <message>
        <source>Lock &amp;after this many idle minutes:</source>
        <translation>القفل تلقائيًا بعد عدم النشاط لمدة:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation>عدد الدقائق قبل أن تُقفَل الخزنة تلقائيًا</translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation>قفل الآن (%1)</translation>
    </message>
    <message>
        <source>Key derivation: Argon2id, %1 MiB of memory, time cost %2</source>
        <translation>اشتقاق المفتاح: Argon2id، الذاكرة %1 MiB، معامل الوقت %2</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>&amp;Remember the vault on this device (system keyring)</source>
        <translation>تذكُّر الخزنة على هذا الجهاز (حلقة مفاتيح النظام)</translation>
    </message>
    <message>
        <source>Convenient but weaker: anyone who can use your computer account while you are logged in can then open the vault without the passphrase. Leave this off if the computer may be taken or shared. Your passphrase still works either way.</source>
        <translation>أسهل استخدامًا لكنه أضعف أمانًا: فأي شخص يستطيع استخدام حسابك على الحاسوب أثناء تسجيل دخولك سيتمكن عندئذٍ من فتح الخزنة دون عبارة المرور. اترك هذا الخيار معطّلًا إذا كان الحاسوب قد يُؤخذ منك أو يستخدمه غيرك. وتبقى عبارة المرور صالحة في الحالتين.</translation>
    </message>
    <message>
        <source>Not available: no system keyring service is running on this device. Everything else works; you type your passphrase each time.</source>
        <translation>غير متاح: لا تعمل أي خدمة لحلقة مفاتيح النظام على هذا الجهاز. كل ما عدا ذلك يعمل؛ وستكتب عبارة المرور في كل مرة.</translation>
    </message>
    <message>
        <source>Passphrase and vault</source>
        <translation>عبارة المرور والخزنة</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>مجلد الخزنة: %1</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>حلقة المفاتيح</translation>
    </message>
    <message>
        <source>The system keyring did not accept the change. Nothing was stored.</source>
        <translation>لم تقبل حلقة مفاتيح النظام التغيير. لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>SupportCatalogue</name>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>ملاحظة بشأن: %1</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Approx.</source>
        <comment>short for: the date is approximate</comment>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Tick when the date is approximate (or type ~ before the date)</source>
        <translation>ضع علامة إذا كان التاريخ تقريبيًا (أو اكتب ~ قبل التاريخ)</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>الإفصاح</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <source>Sources or evidence</source>
        <translation>المصادر أو الأدلة</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>إضافة حدث</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>تكرار الحدث</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>لم يُحذف أي حدث.</numerusform>
            <numerusform>حُذف حدث واحد.</numerusform>
            <numerusform>حُذف حدثان.</numerusform>
            <numerusform>حُذفت %n أحداث.</numerusform>
            <numerusform>حُذف %n حدثًا.</numerusform>
            <numerusform>حُذف %n حدث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا توجد أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of events, earliest first</source>
        <translation>التسلسل الزمني للأحداث، من الأقدم إلى الأحدث</translation>
    </message>
    <message>
        <source>No events yet. Press Insert (or choose Add event) and type the date, then Tab to the next cell. A year alone (2019) or a month (2019-03) is fine.</source>
        <translation>لا توجد أحداث بعد. اضغط Insert (أو اختر «إضافة حدث») واكتب التاريخ، ثم اضغط Tab للانتقال إلى الخلية التالية. يكفي ذكر السنة وحدها (2019) أو الشهر (2019-03).</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>The facts, as a timeline of events</source>
        <translation>الوقائع في تسلسل زمني للأحداث</translation>
    </message>
    <message>
        <source>One row per event: threats, surveillance, attacks, arrests, charges, hearings, raids, smear campaigns. Each row says who may see it on paper: the brief you hand over, only your own speaker notes, or no printout at all.</source>
        <translation>صف واحد لكل حدث: التهديدات، والمراقبة، والاعتداءات، والاعتقالات، والتهم، والجلسات، والمداهمات، وحملات التشهير. ويحدد كل صف أين يظهر على الورق: في المذكّرة التي تسلّمها إلى السفارة، أو في ملاحظاتك الشخصية للاجتماع فقط، أو لا يظهر في أي مستند مطبوع.</translation>
    </message>
    <message>
        <source>New &amp;events and outreach are marked:</source>
        <translation>المستوى الافتراضي للأحداث والمساعي الجديدة:</translation>
    </message>
    <message>
        <source>Disclosure level for new events and outreach</source>
        <translation>مستوى الإفصاح للأحداث والمساعي الجديدة</translation>
    </message>
    <message>
        <source>This event repeats one already in the timeline (%1, %2). Merge the two, or keep both?</source>
        <translation>يبدو أن هذا الحدث مسجّل من قبل في التسلسل الزمني (%1، %2). هل تريد دمج الحدثين أم الإبقاء على كليهما؟</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>الإبقاء على كليهما</translation>
    </message>
    <message>
        <source>%1 is in the future. The event is kept with this date; check it if it was a typo.</source>
        <translation>التاريخ %1 في المستقبل. حُفظ الحدث بهذا التاريخ؛ تحقّق منه إذا كان خطأً في الكتابة.</translation>
    </message>
    <message>
        <source>Merge events</source>
        <translation>دمج الحدثين</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>التأخير: %n يوم</numerusform>
            <numerusform>التأخير: يوم واحد</numerusform>
            <numerusform>التأخير: يومان</numerusform>
            <numerusform>التأخير: %n أيام</numerusform>
            <numerusform>التأخير: %n يومًا</numerusform>
            <numerusform>التأخير: %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1</source>
        <translation>
            <numerusform>تاريخ الاستحقاق: %1 (بعد %n يوم)</numerusform>
            <numerusform>تاريخ الاستحقاق: %1 (بعد يوم واحد)</numerusform>
            <numerusform>تاريخ الاستحقاق: %1 (بعد يومين)</numerusform>
            <numerusform>تاريخ الاستحقاق: %1 (بعد %n أيام)</numerusform>
            <numerusform>تاريخ الاستحقاق: %1 (بعد %n يومًا)</numerusform>
            <numerusform>تاريخ الاستحقاق: %1 (بعد %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>تاريخ الاستحقاق: غدًا</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>تاريخ الاستحقاق: اليوم</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>kind of contact, then its date: Meeting on 3 May 2026</comment>
        <translation>%1 بتاريخ %2</translation>
    </message>
    <message>
        <source>Left on %1, no successor recorded</source>
        <translation>تاريخ المغادرة: %1؛ لم يُسجَّل خلف في المنصب</translation>
    </message>
    <message numerus="yes">
        <source>Was expected to leave %n day(s) ago</source>
        <translation>
            <numerusform>كانت المغادرة متوقعة قبل %n يوم</numerusform>
            <numerusform>كانت المغادرة متوقعة قبل يوم واحد</numerusform>
            <numerusform>كانت المغادرة متوقعة قبل يومين</numerusform>
            <numerusform>كانت المغادرة متوقعة قبل %n أيام</numerusform>
            <numerusform>كانت المغادرة متوقعة قبل %n يومًا</numerusform>
            <numerusform>كانت المغادرة متوقعة قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting ends today</source>
        <translation>تنتهي المهمة اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Posting ends in %n day(s), on %1</source>
        <translation>
            <numerusform>تنتهي المهمة في %1 (الأيام المتبقية: %n)</numerusform>
            <numerusform>تنتهي المهمة في %1 (الأيام المتبقية: %n)</numerusform>
            <numerusform>تنتهي المهمة في %1 (الأيام المتبقية: %n)</numerusform>
            <numerusform>تنتهي المهمة في %1 (الأيام المتبقية: %n)</numerusform>
            <numerusform>تنتهي المهمة في %1 (الأيام المتبقية: %n)</numerusform>
            <numerusform>تنتهي المهمة في %1 (الأيام المتبقية: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) ago</source>
        <translation>
            <numerusform>وُعِد بإنجازه بحلول %1 (أيام التأخير: %n)</numerusform>
            <numerusform>وُعِد بإنجازه بحلول %1 (أيام التأخير: %n)</numerusform>
            <numerusform>وُعِد بإنجازه بحلول %1 (أيام التأخير: %n)</numerusform>
            <numerusform>وُعِد بإنجازه بحلول %1 (أيام التأخير: %n)</numerusform>
            <numerusform>وُعِد بإنجازه بحلول %1 (أيام التأخير: %n)</numerusform>
            <numerusform>وُعِد بإنجازه بحلول %1 (أيام التأخير: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>لم يُسجَّل أي اتصال بعد</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>لا اتصال منذ %n يوم</numerusform>
            <numerusform>لا اتصال منذ يوم واحد</numerusform>
            <numerusform>لا اتصال منذ يومين</numerusform>
            <numerusform>لا اتصال منذ %n أيام</numerusform>
            <numerusform>لا اتصال منذ %n يومًا</numerusform>
            <numerusform>لا اتصال منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>آخر اتصال: %1</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>تحديث…</translation>
    </message>
    <message>
        <source>Update the commitment</source>
        <translation>تحديث الالتزام</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>Log an interaction for %1</source>
        <translation>تسجيل اتصال بشأن %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Mark the follow-up done: %1</source>
        <translation>تسجيل إنجاز المتابعة: %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد يوم واحد</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>On another day…</source>
        <translation>في يوم آخر…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Snooze or reschedule: %1</source>
        <translation>تأجيل أو تحديد موعد جديد: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>فتح: %1</translation>
    </message>
    <message>
        <source>Why this matters:</source>
        <translation>لماذا يهم هذا:</translation>
    </message>
    <message>
        <source>Following up after a meeting</source>
        <translation>المتابعة بعد الاجتماع</translation>
    </message>
    <message>
        <source>When officials move on</source>
        <translation>عندما ينتقل الموظفون إلى مناصب أخرى</translation>
    </message>
    <message>
        <source>&amp;Days without contact:</source>
        <translation>عدد الأيام دون اتصال:</translation>
    </message>
    <message>
        <source>Days without contact before an embassy or case is listed</source>
        <translation>عدد الأيام دون اتصال قبل إدراج السفارة أو القضية في القائمة</translation>
    </message>
    <message>
        <source>Nothing needs you today</source>
        <translation>لا شيء يحتاج إليك اليوم</translation>
    </message>
    <message>
        <source>No follow-ups are due, no officer is about to leave and no commitment is overdue.</source>
        <translation>لا متابعات حان موعدها، ولا موظف على وشك المغادرة، ولا التزام تأخّر عن موعده.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
            <numerusform>المتابعات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n oldest. Mark some done to see the rest.</source>
        <translation>
            <numerusform>تُعرض أقدم %n متابعة. سجّل إنجاز بعضها لترى البقية.</numerusform>
            <numerusform>تُعرض أقدم متابعة فقط. سجّل إنجازها لترى البقية.</numerusform>
            <numerusform>تُعرض أقدم متابعتين فقط. سجّل إنجاز إحداهما أو كلتيهما لترى البقية.</numerusform>
            <numerusform>تُعرض أقدم %n متابعات. سجّل إنجاز بعضها لترى البقية.</numerusform>
            <numerusform>تُعرض أقدم %n متابعةً. سجّل إنجاز بعضها لترى البقية.</numerusform>
            <numerusform>تُعرض أقدم %n متابعة. سجّل إنجاز بعضها لترى البقية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new point of contact</source>
        <translation>اطلب جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>These officers are leaving or have left. Ask the embassy who takes over, then record the successor.</source>
        <translation>هؤلاء الموظفون على وشك المغادرة أو غادروا بالفعل. اسأل السفارة عمّن سيتولى المنصب، ثم سجّل الخلف.</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>التزامات تأخّر موعدها</translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>القادم (%n)</numerusform>
            <numerusform>القادم (%n)</numerusform>
            <numerusform>القادم (%n)</numerusform>
            <numerusform>القادم (%n)</numerusform>
            <numerusform>القادم (%n)</numerusform>
            <numerusform>القادم (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s).</source>
        <translation>
            <numerusform>لا شيء مستحق في الأيام القادمة.</numerusform>
            <numerusform>لا شيء مستحق غدًا.</numerusform>
            <numerusform>لا شيء مستحق في اليومين القادمين.</numerusform>
            <numerusform>لا شيء مستحق في الأيام الـ%n القادمة.</numerusform>
            <numerusform>لا شيء مستحق في الـ%n يومًا القادمة.</numerusform>
            <numerusform>لا شيء مستحق في الـ%n يوم القادمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n day(s).</source>
        <translation>
            <numerusform>المتابعات المستحقة في الأيام القادمة.</numerusform>
            <numerusform>المتابعات المستحقة غدًا.</numerusform>
            <numerusform>المتابعات المستحقة في اليومين القادمين.</numerusform>
            <numerusform>المتابعات المستحقة في الأيام الـ%n القادمة.</numerusform>
            <numerusform>المتابعات المستحقة في الـ%n يومًا القادمة.</numerusform>
            <numerusform>المتابعات المستحقة في الـ%n يوم القادمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n.</source>
        <translation>
            <numerusform>تُعرض أول %n متابعة.</numerusform>
            <numerusform>تُعرض أول متابعة فقط.</numerusform>
            <numerusform>تُعرض أول متابعتين فقط.</numerusform>
            <numerusform>تُعرض أول %n متابعات.</numerusform>
            <numerusform>تُعرض أول %n متابعةً.</numerusform>
            <numerusform>تُعرض أول %n متابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>لا اتصال في الفترة الأخيرة</translation>
    </message>
    <message numerus="yes">
        <source>Every embassy and open case has had contact in the last %n day(s).</source>
        <translation>
            <numerusform>سُجّل اتصال لكل سفارة ولكل قضية مفتوحة خلال آخر %n يوم.</numerusform>
            <numerusform>سُجّل اتصال لكل سفارة ولكل قضية مفتوحة خلال اليوم الأخير.</numerusform>
            <numerusform>سُجّل اتصال لكل سفارة ولكل قضية مفتوحة خلال اليومين الأخيرين.</numerusform>
            <numerusform>سُجّل اتصال لكل سفارة ولكل قضية مفتوحة خلال آخر %n أيام.</numerusform>
            <numerusform>سُجّل اتصال لكل سفارة ولكل قضية مفتوحة خلال آخر %n يومًا.</numerusform>
            <numerusform>سُجّل اتصال لكل سفارة ولكل قضية مفتوحة خلال آخر %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engage early and often, so the embassy knows you before an emergency.</source>
        <translation>تواصل مع السفارة مبكرًا وباستمرار، لتعرفك قبل أن تقع حالة طارئة.</translation>
    </message>
</context>
<context>
    <name>TodaySettingsBox</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>&amp;Show follow-ups coming up in the next days:</source>
        <translation>عرض المتابعات القادمة خلال هذا العدد من الأيام:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>لا تُعرض</translation>
    </message>
    <message>
        <source>Days ahead shown under Coming up on Today</source>
        <translation>عدد الأيام القادمة المعروضة تحت «القادم» في شاشة اليوم</translation>
    </message>
    <message>
        <source>Today lists what is due or overdue, then what comes up in these days (0 turns it off).</source>
        <translation>تعرض شاشة «اليوم» ما حان موعده أو تأخّر، ثم ما يستحق خلال هذه الأيام (0 لإيقاف العرض).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — hrdesk</source>
        <translation>فتح القفل — hrdesk</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>افتح خزنتك</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>خزنتك مقفلة. اكتب عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>Demo: the passphrase is %1</source>
        <translation>نسخة تجريبية: عبارة المرور هي %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message numerus="yes">
        <source>Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>لم تبقَ أي محاولة قبل محو الخزنة.</numerusform>
            <numerusform>بقيت محاولة واحدة قبل محو الخزنة.</numerusform>
            <numerusform>بقيت محاولتان قبل محو الخزنة.</numerusform>
            <numerusform>بقيت %n محاولات قبل محو الخزنة.</numerusform>
            <numerusform>بقيت %n محاولةً قبل محو الخزنة.</numerusform>
            <numerusform>بقيت %n محاولة قبل محو الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted.</source>
        <translation>جرى تعديل سجل عبارات المرور الخاطئة أو حذفه.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>Still unlocking… The first time a new version of hrdesk opens a vault, it may update it, which can take a minute for a large contact log.</source>
        <translation>لا يزال فتح القفل جاريًا… في المرة الأولى التي يفتح فيها إصدار جديد من hrdesk الخزنة قد يحدّثها، وقد يستغرق ذلك دقيقة إذا كان سجل الاتصالات كبيرًا.</translation>
    </message>
    <message>
        <source>Locked. Type your passphrase again to open the vault.</source>
        <translation>تم القفل. اكتب عبارة المرور مرة أخرى لفتح الخزنة.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not correct. Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>عبارة المرور هذه غير صحيحة. لم تبقَ أي محاولة قبل محو الخزنة.</numerusform>
            <numerusform>عبارة المرور هذه غير صحيحة. بقيت محاولة واحدة قبل محو الخزنة.</numerusform>
            <numerusform>عبارة المرور هذه غير صحيحة. بقيت محاولتان قبل محو الخزنة.</numerusform>
            <numerusform>عبارة المرور هذه غير صحيحة. بقيت %n محاولات قبل محو الخزنة.</numerusform>
            <numerusform>عبارة المرور هذه غير صحيحة. بقيت %n محاولةً قبل محو الخزنة.</numerusform>
            <numerusform>عبارة المرور هذه غير صحيحة. بقيت %n محاولة قبل محو الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>عبارة المرور هذه غير صحيحة. تحقّق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة (Caps Lock)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This vault is open in another hrdesk window. Close it there first.</source>
        <translation>هذه الخزنة مفتوحة في نافذة أخرى من hrdesk. أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or are not an hrdesk vault. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation>ملفات الخزنة تالفة أو لا تعود إلى خزنة hrdesk. لم يتغيّر أي شيء. إذا كانت لديك نسخة احتياطية، يمكنك استعادتها.</translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing was changed.</source>
        <translation>تعذّر فتح الخزنة. لم يتغيّر أي شيء.</translation>
    </message>
</context>
</TS>
