<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>لا توجد قضايا بعد</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. Until the case wizard is available, read the Reference panels to prepare what to bring.</source>
        <translation>تجمع القضية الأمور الثلاثة التي تحتاجها السفارة منك: طلبك المحدد للمساعدة، والوقائع في تسلسل زمني للأحداث، والمساعي التي سبق أن بذلتها. وإلى أن يصبح معالج إعداد القضايا متاحًا، اطّلع على لوحات الدليل المرجعي لتجهيز ما ستحمله معك.</translation>
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
    <message numerus="yes">
        <source>The new passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور الجديدة عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور الجديدة عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور الجديدة عن %n.</numerusform>
            <numerusform>يجب ألّا تقل عبارة المرور الجديدة عن %n أحرف.</numerusform>
            <numerusform>يجب ألّا تقل عبارة المرور الجديدة عن %n حرفًا.</numerusform>
            <numerusform>يجب ألّا تقل عبارة المرور الجديدة عن %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
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
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>لا توجد جهات اتصال بعد</translation>
    </message>
    <message>
        <source>The contact log keeps the embassy officers you meet, what they promised and when to follow up. Officers move to new posts every three or four years, so keep a note of every meeting and ask who will take over before someone leaves.</source>
        <translation>يحفظ سجل الاتصالات بيانات موظفي السفارات الذين تقابلهم، وما وعدوا به، وموعد المتابعة. ينتقل الموظفون إلى مناصب جديدة كل ثلاث أو أربع سنوات، لذا دوّن ملاحظات عن كل اجتماع، واسأل عمّن سيتولى الملف قبل أن يغادر أحدهم.</translation>
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
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
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
        <source>Weak: easy to guess. Add more words.</source>
        <translation>ضعيفة: سهلة التخمين. أضف مزيدًا من الكلمات.</translation>
    </message>
    <message>
        <source>Fair: add another word or two.</source>
        <translation>مقبولة: أضف كلمة أو كلمتين.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا يقل عدد أحرف عبارة المرور عن %n.</numerusform>
            <numerusform>يجب ألّا تقل عبارة المرور عن %n أحرف.</numerusform>
            <numerusform>يجب ألّا تقل عبارة المرور عن %n حرفًا.</numerusform>
            <numerusform>يجب ألّا تقل عبارة المرور عن %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
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
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
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
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>الدليل المرجعي</translation>
    </message>
    <message>
        <source>Offline guidance on what embassies can do, who to meet, emergency funds, visa routes and sanctions tools will appear here.</source>
        <translation>ستظهر هنا إرشادات متاحة دون اتصال بالإنترنت حول ما يمكن أن تقدّمه السفارات، ومَن تقابل، وصناديق الطوارئ، ومسارات التأشيرات، وأدوات العقوبات.</translation>
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
        <source>Lock now (Ctrl+L)</source>
        <translation>قفل الآن (Ctrl+L)</translation>
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
        <source>Key derivation: Argon2id, %1 MiB of memory, %2 passes</source>
        <translation>اشتقاق المفتاح: Argon2id، الذاكرة: %1 MiB، عدد التمريرات: %2</translation>
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
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
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
