<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountabilityDialog</name>
    <message>
        <source>Accountability package</source>
        <translation>Материалы для привлечения к ответственности</translation>
    </message>
    <message>
        <source>&amp;Export the package as PDF…</source>
        <translation>&amp;Экспортировать материалы в PDF…</translation>
    </message>
    <message>
        <source>Choose the language and an optional password, then where to save it</source>
        <translation>Выберите язык и, если нужно, пароль, а затем место для сохранения</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <source>Delete %1 and the conduct recorded for them from this case? This cannot be undone.</source>
        <translation>Удалить «%1» и записанные действия этого человека из дела? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>AccountabilityEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>Не удалось сохранить последнее изменение: %1</translation>
    </message>
</context>
<context>
    <name>AccountabilityExportDialog</name>
    <message>
        <source>Export the accountability package</source>
        <translation>Экспорт материалов для привлечения к ответственности</translation>
    </message>
    <message>
        <source>The package is a separate document from the brief: it names the people responsible. It is saved only where you choose.</source>
        <translation>Эти материалы — отдельный документ, не записка: в них названы ответственные лица. Они сохраняются только там, где вы укажете.</translation>
    </message>
    <message>
        <source>&amp;Language of the package:</source>
        <translation>&amp;Язык материалов:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Save the accountability package as PDF</source>
        <translation>Сохранить материалы для привлечения к ответственности в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Подготовка PDF-файла…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF-файл: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The package could not be prepared (%1).</source>
        <translation>Не удалось подготовить материалы (%1).</translation>
    </message>
</context>
<context>
    <name>AccountabilityIntro</name>
    <message>
        <source>The United States can refuse entry to officials involved in gross violations of human rights or significant corruption (Section 7031(c)), and can freeze their assets and bar dealings with them (Global Magnitsky sanctions). Anyone may send the State Department information for such a decision. Here you record who is responsible, what they did, which events of your timeline show it and what evidence exists, then print it as a separate document.</source>
        <extracomment>The reference entries this panel links to, in the order of its buttons.</extracomment>
        <translation>США могут запретить въезд должностным лицам, причастным к грубым нарушениям прав человека или крупной коррупции (раздел 7031(c)), а также заморозить их активы и запретить любые сделки с ними (санкции по Глобальному закону Магнитского). Любой может направить в Государственный департамент сведения для такого решения. Здесь вы записываете, кто несёт ответственность, что сделал, какие события вашей хронологии это подтверждают и какие есть доказательства, а затем печатаете всё это отдельным документом.</translation>
    </message>
    <message>
        <source>This package names people who may retaliate. Keep it confidential and send it only through a channel you trust. Decisions are slow, often more than a year, and you may never hear the outcome. It does not replace urgent protection.</source>
        <translation>В этих материалах названы люди, которые могут вам отомстить. Храните их в тайне и отправляйте только по каналу, которому доверяете. Решения принимаются медленно, часто больше года, и о результате вам могут так и не сообщить. Они не заменяют срочной защиты.</translation>
    </message>
    <message>
        <source>About Section &amp;7031(c)</source>
        <translation>О разделе &amp;7031(c)</translation>
    </message>
    <message>
        <source>About &amp;Global Magnitsky</source>
        <translation>О &amp;Глобальном законе Магнитского</translation>
    </message>
    <message>
        <source>Preparing a &amp;submission</source>
        <translation>Как подготовить &amp;заявку</translation>
    </message>
    <message>
        <source>Opens the entry in Reference</source>
        <translation>Открывает статью в Справочнике</translation>
    </message>
</context>
<context>
    <name>AccountabilityPeoplePanel</name>
    <message>
        <source>People responsible</source>
        <translation>Ответственные лица</translation>
    </message>
    <message>
        <source>Full name of a person responsible</source>
        <translation>Полное имя ответственного лица</translation>
    </message>
    <message>
        <source>Full name of a new person responsible</source>
        <translation>Полное имя нового ответственного лица</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add this person to the list</source>
        <translation>Добавить этого человека в список</translation>
    </message>
    <message>
        <source>No one is listed yet. Type the full name of a person responsible above and press Enter.</source>
        <translation>Список пока пуст. Введите выше полное имя ответственного лица и нажмите Enter.</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s details</source>
        <translation>Изменить сведения о выбранном человеке</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected person and the conduct recorded for them</source>
        <translation>Удалить выбранного человека и записанные действия этого человека</translation>
    </message>
</context>
<context>
    <name>AccountabilityPersonForm</name>
    <message>
        <source>Full &amp;name:</source>
        <translation>По&amp;лное имя:</translation>
    </message>
    <message>
        <source>Other names or spe&amp;llings:</source>
        <translation>Другие имена или &amp;написания:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>&amp;Страна рождения:</translation>
    </message>
    <message>
        <source>Date or &amp;year of birth:</source>
        <translation>Дата или год &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Position or unit:</source>
        <translation>Должность или &amp;подразделение:</translation>
    </message>
    <message>
        <source>Notes on this pe&amp;rson:</source>
        <translation>Заметки &amp;об этом человеке:</translation>
    </message>
    <message>
        <source>Separate them with semicolons</source>
        <translation>Разделяйте их точкой с запятой</translation>
    </message>
    <message>
        <source>1971, 1971-04 or 1971-04-23</source>
        <translation>1971, 1971-04 или 1971-04-23</translation>
    </message>
    <message>
        <source>Appro&amp;ximate</source>
        <translation>Приблизи&amp;тельно</translation>
    </message>
    <message>
        <source>Tick when the year is an estimate</source>
        <translation>Отметьте, если год известен лишь приблизительно</translation>
    </message>
    <message>
        <source>At the time of the conduct</source>
        <translation>На момент совершения действий</translation>
    </message>
    <message>
        <source>Anything else that tells this person apart, and how you know it</source>
        <translation>Всё, что ещё отличает этого человека, и откуда вы это знаете</translation>
    </message>
    <message>
        <source>Notes on this person</source>
        <translation>Заметки об этом человеке</translation>
    </message>
    <message>
        <source>Cond&amp;uct</source>
        <translation>Дейст&amp;вия</translation>
    </message>
    <message>
        <source>Tick what this person did. Select a ticked line to link its events and evidence below.</source>
        <translation>Отметьте, что сделал этот человек. Выберите отмеченную строку, чтобы ниже связать с ней события и доказательства.</translation>
    </message>
    <message>
        <source>Conduct of this person</source>
        <translation>Действия этого человека</translation>
    </message>
    <message>
        <source>Remove “%1” from this person, with what you wrote and the events linked to it?</source>
        <translation>Убрать «%1» у этого человека вместе с тем, что вы написали, и связанными событиями?</translation>
    </message>
    <message>
        <source>A person needs a full name; the last one is kept until you type one.</source>
        <translation>У человека должно быть полное имя; прежнее сохраняется, пока вы не введёте новое.</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>Убрать действия</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>hrdesk is already open</source>
        <translation>Приложение hrdesk уже открыто</translation>
    </message>
    <message>
        <source>This vault is already open in another hrdesk window. Use that window.</source>
        <translation>Это хранилище уже открыто в другом окне hrdesk. Перейдите в то окно.</translation>
    </message>
</context>
<context>
    <name>AutoBackupStatus</name>
    <message>
        <source>Automatic backup: %1% done</source>
        <translation>Автоматическое резервное копирование: выполнено %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up — hrdesk</source>
        <translation>Резервная копия — hrdesk</translation>
    </message>
    <message>
        <source>Back up your vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <source>The backup is one encrypted file that holds your whole vault. Without its passphrase it shows nothing but its size, so you can copy it to a USB stick or another computer. Keep it away from this computer: it is what lets you start again if this one is lost, seized or broken.</source>
        <translation>Резервная копия — это один зашифрованный файл, в котором хранится всё ваше хранилище. Без парольной фразы по нему можно узнать только его размер, поэтому его можно скопировать на флешку или на другой компьютер. Храните копию отдельно от этого компьютера: именно она позволит начать заново, если компьютер потеряется, будет изъят или сломается.</translation>
    </message>
    <message>
        <source>Protect the backup with:</source>
        <translation>Чем защитить резервную копию:</translation>
    </message>
    <message>
        <source>The &amp;vault&apos;s passphrase</source>
        <translation>Парольной фразой &amp;хранилища</translation>
    </message>
    <message>
        <source>A &amp;separate passphrase, only for this backup</source>
        <translation>&amp;Отдельной парольной фразой только для этой копии</translation>
    </message>
    <message>
        <source>Vault &amp;passphrase:</source>
        <translation>&amp;Парольная фраза хранилища:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Парольная фраза хранилища</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Повторите парольную фразу резервной копии</translation>
    </message>
    <message>
        <source>You will need this passphrase to restore the backup, and the restored vault will open with it. If you forget it, nobody can open the backup.</source>
        <translation>Эта парольная фраза понадобится, чтобы восстановить данные из копии, и восстановленное хранилище будет открываться ею. Если вы её забудете, никто не сможет открыть резервную копию.</translation>
    </message>
    <message>
        <source>Choose a file and &amp;back up…</source>
        <translation>Выбрать файл и &amp;создать копию…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Сначала введите парольную фразу хранилища.</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>Резервные копии hrdesk (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Backing up… This can take a moment.</source>
        <translation>Создаётся резервная копия… Это может занять некоторое время.</translation>
    </message>
    <message>
        <source>Backing up… %1% done.</source>
        <translation>Создаётся резервная копия… выполнено %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Done. The backup is saved in %1 (%2). You can now copy it to a USB stick or another safe place.</source>
        <translation>Готово. Резервная копия сохранена в %1 (%2). Теперь её можно скопировать на флешку или в другое надёжное место.</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>Это не парольная фраза хранилища. Резервная копия не записана.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full: the backup could not be made. Free some space and try again.</source>
        <translation>Диск, на котором находится хранилище, заполнен: создать резервную копию не удалось. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>There is not enough space in %1 for the backup. No backup was written. Free some space or choose another place, such as a USB stick.</source>
        <translation>В %1 недостаточно места для резервной копии. Резервная копия не записана. Освободите место или выберите другое, например флешку.</translation>
    </message>
    <message>
        <source>hrdesk cannot write in %1 (the folder is missing, read-only or not yours). No backup was written. Choose another folder.</source>
        <translation>hrdesk не может записывать в %1 (папки нет, она доступна только для чтения или принадлежит не вам). Резервная копия не записана. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2. No backup was written.</source>
        <translation>Не удалось записать резервную копию в %1: %2. Резервная копия не записана.</translation>
    </message>
    <message>
        <source>The backup could not be made. No backup was written.</source>
        <translation>Не удалось создать резервную копию. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>The basics of the case</source>
        <translation>Основные сведения о деле</translation>
    </message>
    <message>
        <source>Who is at risk, where, and what is happening, in a few words. You can use a pseudonym: you decide later what is printed.</source>
        <translation>Кому грозит опасность, где и что происходит — в нескольких словах. Можно использовать псевдоним: что попадёт в распечатку, вы решите позже.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>A name you will recognise</source>
        <translation>Название, по которому вы узнаете дело</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>С&amp;трана:</translation>
    </message>
    <message>
        <source>Country where the defender works</source>
        <translation>Страна, в которой ведётся правозащитная работа</translation>
    </message>
    <message>
        <source>Country where the defender works (name or two-letter code)</source>
        <translation>Страна, в которой ведётся правозащитная работа (название или двухбуквенный код)</translation>
    </message>
    <message>
        <source>&amp;Who is at risk:</source>
        <translation>&amp;Кому грозит опасность:</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Кому грозит опасность</translation>
    </message>
    <message>
        <source>A name or a pseudonym</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>О&amp;рганизация:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Краткое &amp;изложение:</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Краткое изложение дела</translation>
    </message>
    <message>
        <source>What is happening, and why you are at risk</source>
        <translation>Что происходит и почему вам грозит опасность</translation>
    </message>
    <message>
        <source>Three facts that shape the advice</source>
        <translation>Три обстоятельства, от которых зависят советы</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>Люди, упомянутые в деле</translation>
    </message>
    <message>
        <source>A &amp;business activity is involved</source>
        <translation>В деле замешан &amp;бизнес</translation>
    </message>
    <message>
        <source>For example a mine, a plantation or a dam. Suggests meeting the economic officer too.</source>
        <translation>Например, рудник, плантация или плотина. Тогда будет предложено встретиться и с сотрудником по экономическим вопросам.</translation>
    </message>
    <message>
        <source>Security forces are &amp;involved</source>
        <translation>В деле &amp;замешаны силовые структуры</translation>
    </message>
    <message>
        <source>Police, army or intelligence. The human rights officer can bring colleagues who follow security matters; hrdesk does not ask for them in writing.</source>
        <translation>Полиция, армия или спецслужбы. Сотрудник по правам человека может пригласить коллег, которые занимаются вопросами безопасности; hrdesk не просит о них письменно.</translation>
    </message>
    <message>
        <source>The case is hi&amp;gh-profile</source>
        <translation>&amp;Громкое дело</translation>
    </message>
    <message>
        <source>Known nationally or abroad. Suggests the ambassador or the deputy chief of mission.</source>
        <translation>Дело известно в стране или за рубежом. Тогда будет предложено встретиться с послом или заместителем главы миссии.</translation>
    </message>
    <message>
        <source>A case needs a title. The old title “%1” is kept until you type a new one.</source>
        <translation>У дела должно быть название. Прежнее название «%1» сохранится, пока вы не введёте новое.</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <source>Print or save the brief</source>
        <extracomment>The length the app&apos;s own advice gives for a hand-over brief. Milliseconds to wait after a change before rendering again (typing an embassy name).</extracomment>
        <translation>Печать или сохранение информационной записки</translation>
    </message>
    <message>
        <source>&amp;Email draft…</source>
        <translation>&amp;Черновик письма…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>Предварительный просмотр записки</translation>
    </message>
    <message>
        <source>The brief could not be prepared (%1).</source>
        <translation>Не удалось подготовить записку (%1).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n. Nothing is saved until you choose Save as PDF.</source>
        <translation>
            <numerusform>Страниц: %n. Ничего не сохраняется, пока вы не нажмёте «Сохранить как PDF».</numerusform>
            <numerusform>Страниц: %n. Ничего не сохраняется, пока вы не нажмёте «Сохранить как PDF».</numerusform>
            <numerusform>Страниц: %n. Ничего не сохраняется, пока вы не нажмёте «Сохранить как PDF».</numerusform>
        </translation>
    </message>
    <message>
        <source>This is longer than the two pages an officer is likely to read. Consider leaving out sections, shortening the timeline, or marking some items for your speaker notes only.</source>
        <translation>Это длиннее двух страниц, которые сотрудник посольства, скорее всего, прочтёт. Подумайте, не убрать ли часть разделов, не сократить ли хронологию или не оставить ли некоторые пункты только для личных заметок.</translation>
    </message>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Сохранение записки в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF-файл: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Информационная записка</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation>&amp;Язык записки:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;For the embassy:</source>
        <translation>Для п&amp;осольства:</translation>
    </message>
    <message>
        <source>Brief to hand over to the embassy</source>
        <translation>Информационная записка для передачи посольству</translation>
    </message>
    <message>
        <source>My speaker notes (adds items for my eyes only)</source>
        <translation>Мои личные заметки к встрече (с записями «Только для меня»)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>No government is recognised in this name, so the brief cannot cite its policy. Type a country&apos;s name or its two-letter code (Canada, CA).</source>
        <translation>В этом названии не удаётся распознать ни одно правительство, поэтому записка не сможет сослаться на его политику. Введите название страны или её двухбуквенный код (Канада, CA).</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Краткое изложение дела</translation>
    </message>
    <message>
        <source>Our request</source>
        <translation>Наша просьба</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Хронология событий</translation>
    </message>
    <message>
        <source>Previous outreach</source>
        <translation>Предыдущие обращения</translation>
    </message>
    <message>
        <source>Contact history with the embassy</source>
        <translation>История контактов с посольством</translation>
    </message>
    <message>
        <source>Replace the names of people with &quot;Person A&quot;, &quot;Person B&quot;…</source>
        <translation>Заменить имена людей на «Лицо А», «Лицо Б»…</translation>
    </message>
    <message>
        <source>The names typed as the person at risk, the people of each event and the contacts are replaced everywhere, each word of them too, with Arabic prefixes and Russian case forms; institutions and &quot;Unknown&quot; stay. Nicknames, spellings never typed there and details that identify someone are not caught: read the preview.</source>
        <translation>Имена, указанные как человек в опасности, участники каждого события и контакты, заменяются везде, в том числе каждое слово имени, с арабскими приставками и русскими падежными формами; учреждения и «Неизвестный» остаются. Прозвища, написания, которые там не указаны, и подробности, по которым можно узнать человека, не распознаются: проверьте предпросмотр.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>Не удалось сохранить последнее изменение: %1</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Export a case file</source>
        <translation>Экспорт файла дела</translation>
    </message>
    <message>
        <source>A case file is NOT encrypted. Anyone who finds it can read the whole case. Keep it on an encrypted drive and delete it once it has reached its destination.

Continue?</source>
        <translation>Файл дела НЕ зашифрован. Любой, кто его найдёт, сможет прочитать всё дело. Храните его на зашифрованном диске и удалите, как только он дойдёт до адресата.

Продолжить?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</source>
        <translation>
            <numerusform>%n запись этого дела отмечена как «Никогда не печатать». Включить её в файл? Нажмите «Да», чтобы включить, или «Отмена», чтобы не включать.</numerusform>
            <numerusform>%n записи этого дела отмечены как «Никогда не печатать». Включить их в файл? Нажмите «Да», чтобы включить, или «Отмена», чтобы не включать.</numerusform>
            <numerusform>%n записей этого дела отмечены как «Никогда не печатать». Включить их в файл? Нажмите «Да», чтобы включить, или «Отмена», чтобы не включать.</numerusform>
        </translation>
    </message>
    <message>
        <source>hrdesk case files (*.json)</source>
        <translation>Файлы дел hrdesk (*.json)</translation>
    </message>
    <message>
        <source>The case file could not be written: %1</source>
        <translation>Не удалось записать файл дела: %1</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Импорт файла дела</translation>
    </message>
    <message>
        <source>hrdesk case files (*.json);;All files (*)</source>
        <translation>Файлы дел hrdesk (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem:
%1</source>
        <translation>Ничего не импортировано. В файле есть ошибка:
%1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>readiness: 3 of 4 checks done</comment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>Готово: всё, что нужно посольству, на месте.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Ещё не хватает:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time: 4 December 2026, 10:15</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Start preparing a new case (Ctrl+N)</source>
        <translation>Начать подготовку нового дела (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation>Экспортировать файл дела…</translation>
    </message>
    <message>
        <source>Import case file…</source>
        <translation>Импортировать файл дела…</translation>
    </message>
    <message>
        <source>Filter by title or country</source>
        <translation>Фильтр по названию или стране</translation>
    </message>
    <message>
        <source>Filter cases by title or country</source>
        <translation>Фильтр дел по названию или стране</translation>
    </message>
    <message>
        <source>Show cases with this status</source>
        <translation>Показывать дела с этим статусом</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>Archived cases</source>
        <translation>Дела в архиве</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <source>Cases, most recently changed first</source>
        <translation>Дела, сначала недавно изменённые</translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>Подходящих дел нет</translation>
    </message>
    <message>
        <source>No case matches the filter. Change the words or the status above, or show all cases.</source>
        <translation>Ни одно дело не подходит под фильтр. Измените слова или статус выше или покажите все дела.</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Показать все дела</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. The wizard walks you through them; everything is saved as you type.</source>
        <translation>Дело объединяет три вещи, которые посольству нужны от вас: вашу конкретную просьбу о помощи, факты в виде хронологии событий и ваши предыдущие обращения. Мастер проведёт вас по всем трём шагам; всё сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Переименование дела</translation>
    </message>
    <message>
        <source>A case needs a title. The old title is kept.</source>
        <translation>У дела должно быть название. Прежнее название сохранено.</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>Дело «%1» перенесено в архив.</translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation>Дело «%1» снова открыто.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удаление дела</translation>
    </message>
    <message>
        <source>Delete the case “%1” with its timeline and outreach? You can undo this for a few seconds.</source>
        <translation>Удалить дело «%1» вместе с хронологией и обращениями? В течение нескольких секунд это можно будет отменить.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Дело «%1» удалено.</translation>
    </message>
    <message>
        <source>Case file written to %1. It is not encrypted: delete it once it has been used.</source>
        <translation>Файл дела сохранён: %1. Он не зашифрован — удалите его, как только он будет использован.</translation>
    </message>
    <message>
        <source>The case file was imported.</source>
        <translation>Файл дела импортирован.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Log an interaction</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>&amp;Contact with embassies about this case</source>
        <translation>&amp;Контакты с посольствами по этому делу</translation>
    </message>
    <message>
        <source>No contact with an embassy logged for this case yet. Engage early: be known before an emergency.</source>
        <translation>По этому делу пока не записано ни одного контакта с посольством. Выходите на связь заранее: пусть вас знают до того, как случится беда.</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <source>Back to the list of cases; everything is saved</source>
        <translation>Назад к списку дел; всё сохранено</translation>
    </message>
    <message>
        <source>Steps of the case wizard</source>
        <translation>Шаги мастера создания дела</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation>Записка…</translation>
    </message>
    <message>
        <source>Preview, print or save the brief for the embassy (Ctrl+P)</source>
        <translation>Просмотреть, напечатать или сохранить информационную записку для посольства (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>&amp;Ответственность…</translation>
    </message>
    <message>
        <source>The people responsible, for a Section 7031(c) or Global Magnitsky submission</source>
        <translation>Ответственные лица — для заявки по разделу 7031(c) или по Глобальному закону Магнитского</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Предыдущий шаг (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Следующий шаг (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <comment>readiness: 3 of 4 ready</comment>
        <translation>Готово: %1</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Повторите новую парольную фразу:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Повтор новой парольной фразы</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Текущая парольная фраза введена неверно. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>Не удалось сменить парольную фразу. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ConductDetails</name>
    <message>
        <source>&amp;What they did:</source>
        <translation>&amp;Что сделал этот человек:</translation>
    </message>
    <message>
        <source>In a few sentences: what this person did, when and where, and to whom</source>
        <translation>В нескольких предложениях: что сделал этот человек, когда, где и в отношении кого</translation>
    </message>
    <message>
        <source>What this person did</source>
        <translation>Что сделал этот человек</translation>
    </message>
    <message>
        <source>Even&amp;ts of the timeline that show it:</source>
        <translation>События &amp;хронологии, которые это подтверждают:</translation>
    </message>
    <message>
        <source>Timeline events linked to this conduct</source>
        <translation>События хронологии, связанные с этими действиями</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date of an event, then what happened</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The timeline of this case has no events yet. Add them in step 3 of the case wizard.</source>
        <translation>В хронологии этого дела пока нет событий. Добавьте их на шаге 3 мастера.</translation>
    </message>
    <message>
        <source>Notes on the e&amp;vidence:</source>
        <translation>Сведения о доказ&amp;ательствах:</translation>
    </message>
    <message>
        <source>What evidence exists and where it is kept (not the evidence itself)</source>
        <translation>Какие есть доказательства и где они хранятся (не сами доказательства)</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>Сведения о доказательствах</translation>
    </message>
    <message>
        <source>Events and evidence for: %1</source>
        <translation>События и доказательства: %1</translation>
    </message>
    <message>
        <source>Tick this kind of conduct above to link events and evidence to it.</source>
        <translation>Отметьте выше этот вид действий, чтобы связать с ним события и доказательства.</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Done (%1)</source>
        <comment>a follow-up that was done</comment>
        <translation>Выполнено (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>Ожидаемый отъезд</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Officers in post</source>
        <translation>Сотрудников на посту</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующее напоминание</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронное письмо</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a reception, a panel or another event where an officer was met</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Выезд на место</translation>
    </message>
    <message>
        <source>Court hearing attended</source>
        <translation>Присутствие на судебном заседании</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>something we asked for</comment>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>something the embassy said it would do</comment>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Обещано</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>the officer says something is being done</comment>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a request</comment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>На посту</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>an officer who left the post</comment>
        <translation>Уже не на посту</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>ContactRefusals</name>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Укажите имя сотрудника.</translation>
    </message>
    <message>
        <source>Say which government the embassy or office represents.</source>
        <translation>Укажите, правительство какой страны представляет посольство или представительство.</translation>
    </message>
    <message>
        <source>Say what was asked or promised.</source>
        <translation>Укажите, о чём просили или что пообещали.</translation>
    </message>
    <message>
        <source>Tick at least one officer you were in touch with.</source>
        <translation>Отметьте хотя бы одного сотрудника, с которым вы общались.</translation>
    </message>
    <message>
        <source>Choose the embassy. If it is not in the list yet, add it first.</source>
        <translation>Выберите посольство. Если его ещё нет в списке, сначала добавьте его.</translation>
    </message>
    <message numerus="yes">
        <source>This officer appears in %n interactions, so deleting them would change your history. If they moved on, mark them as left instead.</source>
        <translation>
            <numerusform>Этот сотрудник упоминается в %n записи журнала, поэтому удаление изменит вашу историю. Если сотрудник сменил место службы, лучше отметьте статус «Уже не на посту».</numerusform>
            <numerusform>Этот сотрудник упоминается в %n записях журнала, поэтому удаление изменит вашу историю. Если сотрудник сменил место службы, лучше отметьте статус «Уже не на посту».</numerusform>
            <numerusform>Этот сотрудник упоминается в %n записях журнала, поэтому удаление изменит вашу историю. Если сотрудник сменил место службы, лучше отметьте статус «Уже не на посту».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers are recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</source>
        <translation>
            <numerusform>За этим посольством записан %n сотрудник. История контактов хранится вместе с посольством, поэтому удалить его нельзя.</numerusform>
            <numerusform>За этим посольством записаны %n сотрудника. История контактов хранится вместе с посольством, поэтому удалить его нельзя.</numerusform>
            <numerusform>За этим посольством записаны %n сотрудников. История контактов хранится вместе с посольством, поэтому удалить его нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>The posting cannot end before it starts.</source>
        <translation>Срок назначения не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>An officer cannot succeed themselves.</source>
        <translation>Сотрудник не может быть собственным преемником.</translation>
    </message>
    <message>
        <source>Choose an officer of the same embassy, or keep them with the embassy.</source>
        <translation>Выберите сотрудника того же посольства или оставьте их за посольством.</translation>
    </message>
    <message>
        <source>This officer has left too. Choose someone still in post.</source>
        <translation>Этот сотрудник тоже уже не на посту. Выберите того, кто ещё на посту.</translation>
    </message>
    <message>
        <source>This record no longer exists. The list has been refreshed.</source>
        <translation>Этой записи больше нет. Список обновлён.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Add an embassy first</source>
        <translation>Сначала добавьте посольство</translation>
    </message>
    <message>
        <source>An interaction is with an officer of an embassy. Add the embassy now, then the officer you met?</source>
        <translation>Контакт всегда связан с сотрудником посольства. Добавить посольство сейчас, а затем сотрудника, с которым вы встречались?</translation>
    </message>
    <message>
        <source>Add an officer first</source>
        <translation>Сначала добавьте сотрудника</translation>
    </message>
    <message>
        <source>An interaction is with one or more officers. Add the officer you met now?</source>
        <translation>Контакт всегда связан с одним или несколькими сотрудниками. Добавить сейчас сотрудника, с которым вы встречались?</translation>
    </message>
    <message>
        <source>Search officers, embassies and interactions (Ctrl+F)</source>
        <translation>Поиск по сотрудникам, посольствам и контактам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the contact log</source>
        <translation>Поиск по журналу контактов</translation>
    </message>
    <message>
        <source>&amp;Log an interaction</source>
        <translation>&amp;Записать контакт</translation>
    </message>
    <message>
        <source>Log a meeting, call, email or event (Ctrl+N)</source>
        <translation>Записать встречу, звонок, письмо или мероприятие (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>Добавить посольство</translation>
    </message>
    <message>
        <source>Track a request</source>
        <translation>Отслеживать просьбу</translation>
    </message>
    <message>
        <source>Track a request you made or a commitment an officer made</source>
        <translation>Отслеживать вашу просьбу или обещание сотрудника посольства</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your vault — hrdesk</source>
        <translation>Создание хранилища — hrdesk</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Создайте хранилище</translation>
    </message>
    <message>
        <source>hrdesk keeps your cases and contacts in one encrypted vault on this computer. Choose a passphrase to lock it: four or more unrelated words are easier to remember and much harder to guess than a short password.</source>
        <translation>hrdesk хранит ваши дела и контакты в одном зашифрованном хранилище на этом компьютере. Придумайте парольную фразу, которой оно будет заперто: четыре или больше не связанных между собой слов легче запомнить и гораздо труднее подобрать, чем короткий пароль.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>П&amp;овторите парольную фразу:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повтор парольной фразы</translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can open the vault: not you, not the hrdesk developers, not anyone else. There is no reset. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Если вы забудете эту парольную фразу, никто не сможет открыть хранилище: ни вы, ни разработчики hrdesk, ни кто-либо ещё. Сбросить её невозможно. Запишите её и храните в надёжном месте, отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase &amp;cannot be recovered</source>
        <translation>Я понимаю, что забытую парольную фразу &amp;невозможно восстановить</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Starting again on a new computer?</source>
        <translation>Начинаете заново на новом компьютере?</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Please confirm that you understand a forgotten passphrase cannot be recovered.</source>
        <translation>Подтвердите, пожалуйста, что вы понимаете: забытую парольную фразу восстановить невозможно.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Создание хранилища…</translation>
    </message>
    <message>
        <source>The vault could not be written: %1</source>
        <translation>Не удалось записать хранилище: %1</translation>
    </message>
    <message>
        <source>The vault could not be created. Check that the folder is writable and try again.</source>
        <translation>Не удалось создать хранилище. Проверьте, есть ли права на запись в папку, и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>DangerLink</name>
    <message>
        <source>In danger now? What to do tonight</source>
        <translation>Опасность прямо сейчас? Что делать этой ночью</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year: March 2024</comment>
        <translation>%1 %2&#x202f;г.</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>circa: an approximate date</comment>
        <translation>прибл. %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from a date until another</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-05).</source>
        <translation>«%1» — это не дата. Введите год (2024), месяц (2024-03) или день (2024-03-05).</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no year 0.</source>
        <translation>«%1» — это не дата: года 0 не существует.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» — это не дата: месяца %2 не существует.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a date: %2 has only %n days.</source>
        <translation>
            <numerusform>«%1» — это не дата: в этом месяце (%2) всего %n день.</numerusform>
            <numerusform>«%1» — это не дата: в этом месяце (%2) всего %n дня.</numerusform>
            <numerusform>«%1» — это не дата: в этом месяце (%2) всего %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosurePreview</name>
    <message>
        <source>Item</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>What each printout will contain</source>
        <translation>Что попадёт в каждую распечатку</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Событие хронологии</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Обращение</translation>
    </message>
    <message numerus="yes">
        <source>In the brief you hand over (%n item(s))</source>
        <translation>
            <numerusform>В информационной записке для посольства (%n запись)</numerusform>
            <numerusform>В информационной записке для посольства (%n записи)</numerusform>
            <numerusform>В информационной записке для посольства (%n записей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no printout (%n item(s))</source>
        <translation>
            <numerusform>Ни в одной распечатке (%n запись)</numerusform>
            <numerusform>Ни в одной распечатке (%n записи)</numerusform>
            <numerusform>Ни в одной распечатке (%n записей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in your speaker notes (%n item(s))</source>
        <translation>
            <numerusform>Только в ваших личных заметках к встрече (%n запись)</numerusform>
            <numerusform>Только в ваших личных заметках к встрече (%n записи)</numerusform>
            <numerusform>Только в ваших личных заметках к встрече (%n записей)</numerusform>
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
            <numerusform>Сведения о деле и ваша просьба (%n)</numerusform>
            <numerusform>Сведения о деле и ваша просьба (%n)</numerusform>
            <numerusform>Сведения о деле и ваша просьба (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n вид</numerusform>
            <numerusform>%n вида</numerusform>
            <numerusform>%n видов</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Кому грозит опасность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Ваша просьба</translation>
    </message>
    <message>
        <source>Support asked for</source>
        <translation>Запрошенная поддержка</translation>
    </message>
    <message>
        <source>Embassies</source>
        <translation>Посольства</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>Что посольство может сделать</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Meeting request email</source>
        <translation>Письмо с просьбой о встрече</translation>
    </message>
    <message>
        <source>A short first message, as the reference advises: who you are, what your work is, and that you want to discuss a human rights concern, with no names or details of the case. Fill in the brackets, then copy it into your own mail program. hrdesk never sends anything.</source>
        <translation>Короткое первое письмо, как советует справочник: кто вы, чем занимаетесь и что хотите обсудить вопрос прав человека, без имён и подробностей дела. Заполните скобки и скопируйте письмо в свою почтовую программу. hrdesk никогда ничего не отправляет.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Копировать в буфер обмена</translation>
    </message>
    <message>
        <source>&amp;Detailed version…</source>
        <translation>&amp;Подробный вариант…</translation>
    </message>
    <message>
        <source>This detailed draft contains the facts of the case and names. Ordinary email can be read by others: send it only through a channel the embassy has confirmed as safe.</source>
        <translation>Этот подробный черновик содержит факты дела и имена. Обычную электронную почту могут прочитать другие: отправляйте его только по каналу, который посольство подтвердило как безопасный.</translation>
    </message>
    <message>
        <source>Use the detailed draft?</source>
        <translation>Использовать подробный черновик?</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be emptied in %n seconds if it still holds the draft.</source>
        <translation>
            <numerusform>Скопировано. Через %n секунду буфер обмена будет очищен, если в нём всё ещё будет черновик.</numerusform>
            <numerusform>Скопировано. Через %n секунды буфер обмена будет очищен, если в нём всё ещё будет черновик.</numerusform>
            <numerusform>Скопировано. Через %n секунд буфер обмена будет очищен, если в нём всё ещё будет черновик.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassiesEditor</name>
    <message>
        <source>A government, for example Canada or DE</source>
        <translation>Государство, например Канада или DE</translation>
    </message>
    <message>
        <source>Government whose embassy to approach</source>
        <translation>Государство, в посольство которого вы обратитесь</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>В какие посольства обратиться</translation>
    </message>
    <message>
        <source>Add each government whose embassy you will approach.</source>
        <translation>Добавьте каждое государство, в посольство которого вы обратитесь.</translation>
    </message>
    <message>
        <source>Consider approaching more than one embassy: guidance advises not to rely on a single government, which may be slow or unwilling to act.</source>
        <translation>Подумайте о том, чтобы обратиться в несколько посольств: рекомендации советуют не полагаться на одно правительство — оно может действовать медленно или вовсе не захотеть действовать.</translation>
    </message>
    <message numerus="yes">
        <source>%n embassies: good, several governments can act together.</source>
        <translation>
            <numerusform>%n посольство: хорошо, несколько правительств смогут действовать сообща.</numerusform>
            <numerusform>%n посольства: хорошо, несколько правительств смогут действовать сообща.</numerusform>
            <numerusform>%n посольств: хорошо, несколько правительств смогут действовать сообща.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassyDialog</name>
    <message>
        <source>Add an embassy</source>
        <translation>Добавление посольства</translation>
    </message>
    <message>
        <source>Edit the embassy</source>
        <translation>Изменение сведений о посольстве</translation>
    </message>
    <message>
        <source>&amp;Government</source>
        <translation>&amp;Государство</translation>
    </message>
    <message>
        <source>For example: Canada</source>
        <translation>Например: Канада</translation>
    </message>
    <message>
        <source>&amp;Office and place</source>
        <translation>&amp;Представительство и город</translation>
    </message>
    <message>
        <source>For example: Embassy in Tegucigalpa</source>
        <translation>Например: посольство в Тегусигальпе</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Сайт</translation>
    </message>
    <message>
        <source>General &amp;contacts</source>
        <translation>Общие &amp;контакты</translation>
    </message>
    <message>
        <source>Switchboard, general email, address</source>
        <translation>Телефон коммутатора, общая электронная почта, адрес</translation>
    </message>
    <message>
        <source>Stated &amp;priorities</source>
        <translation>&amp;Заявленные приоритеты</translation>
    </message>
    <message>
        <source>What this embassy says it cares about. Study it before you ask for help.</source>
        <translation>Что, по словам посольства, для него важно. Изучите это, прежде чем просить о помощи.</translation>
    </message>
</context>
<context>
    <name>EmbassyPage</name>
    <message>
        <source>%1 (expected)</source>
        <comment>an expected end of posting</comment>
        <translation>%1 (ожидается)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Stated priorities</source>
        <translation>Заявленные приоритеты</translation>
    </message>
    <message>
        <source>&amp;Who held each role over time</source>
        <translation>&amp;Кто и когда занимал должности</translation>
    </message>
    <message>
        <source>Who held each role over time</source>
        <translation>Кто и когда занимал должности</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No officers recorded here yet. Add the people you meet; when one leaves, record the successor.</source>
        <translation>Сотрудники этого посольства пока не записаны. Добавляйте тех, с кем встречаетесь; когда кто-то уезжает, записывайте преемника.</translation>
    </message>
    <message>
        <source>&amp;Requests and commitments</source>
        <translation>&amp;Просьбы и обещания</translation>
    </message>
    <message>
        <source>Requests and commitments tracked with this embassy</source>
        <translation>Отслеживаемые просьбы и обещания этого посольства</translation>
    </message>
    <message>
        <source>Nothing tracked with this embassy yet.</source>
        <translation>С этим посольством пока ничего не отслеживается.</translation>
    </message>
    <message>
        <source>No interactions with this embassy yet.</source>
        <translation>Контактов с этим посольством пока нет.</translation>
    </message>
    <message>
        <source>Delete this embassy?</source>
        <translation>Удалить посольство?</translation>
    </message>
    <message>
        <source>%1 and the requests tracked with it will be removed from the contact log.</source>
        <translation>Запись «%1» и связанные с ней отслеживаемые просьбы будут удалены из журнала контактов.</translation>
    </message>
    <message>
        <source>The embassy was kept</source>
        <translation>Посольство не удалено</translation>
    </message>
</context>
<context>
    <name>EmergencyEraseDialog</name>
    <message>
        <source>ERASE</source>
        <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
        <source>Emergency erase — hrdesk</source>
        <translation>Экстренное стирание — hrdesk</translation>
    </message>
    <message>
        <source>Erase the vault now?</source>
        <translation>Стереть хранилище сейчас?</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s key at once, then deletes the vault, its automatic backups and the system keyring entry. Nobody can open it afterwards, not even with the passphrase. It cannot be undone. Backups you saved elsewhere are not touched.</source>
        <translation>Сначала будет сразу уничтожен ключ хранилища, затем удалены само хранилище, его автоматические резервные копии и запись в системной связке ключей. После этого никто не сможет открыть хранилище — даже с парольной фразой. Отменить это невозможно. Резервные копии, которые вы сохранили в других местах, останутся нетронутыми.</translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation>Для подтверждения введите здесь слово %1:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Слово для подтверждения</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>&amp;Стереть всё</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Reference entry</source>
        <translation>Статья справочника</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Копировать: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Facts last checked: %1</source>
        <translation>Последняя проверка фактов: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Открыть веб-страницу?</translation>
    </message>
    <message>
        <source>This opens %1 in your web browser. It leaves hrdesk, which works offline: the website, your internet provider and anyone watching the network can see the visit.</source>
        <translation>Адрес %1 откроется в вашем браузере, то есть за пределами hrdesk, который работает без интернета. Сайт, ваш интернет-провайдер и любой, кто следит за сетью, смогут увидеть это посещение.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>hrdesk met an unexpected problem and could not finish what you asked. What you saved before is safe. If it happens again, lock the vault and open it again.</source>
        <translation>hrdesk столкнулся с непредвиденной проблемой и не смог выполнить ваш запрос. То, что вы сохранили раньше, в безопасности. Если это повторится, заблокируйте хранилище и снова разблокируйте его.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over open items</source>
        <translation>Передать открытые записи</translation>
    </message>
    <message>
        <source>Hand over what %1 left open</source>
        <translation>Передать то, что осталось открытым у %1</translation>
    </message>
    <message>
        <source>%1 has left, but these are still open with them:</source>
        <translation>%1 уже не на посту, но за ним по-прежнему числится:</translation>
    </message>
    <message>
        <source>Hand them to</source>
        <translation>Кому передать</translation>
    </message>
    <message>
        <source>A colleague at the same embassy:</source>
        <translation>Коллеге из того же посольства:</translation>
    </message>
    <message>
        <source>The colleague who takes them over</source>
        <translation>Коллега, которому они переходят</translation>
    </message>
    <message>
        <source>The embassy, with no officer named, until you know who takes over</source>
        <translation>Посольству, без указания сотрудника, пока неизвестно, кто его сменил</translation>
    </message>
    <message>
        <source>Past interactions still name %1: only what is open moves. Cancel leaves everything with them; you can hand it over later from their page.</source>
        <translation>В прошлых контактах по-прежнему указан %1: передаётся только открытое. «Отмена» оставит всё как есть; передать можно позже на его странице.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Передать</translation>
    </message>
</context>
<context>
    <name>HandOverTexts</name>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n открытая просьба</numerusform>
            <numerusform>%n открытые просьбы</numerusform>
            <numerusform>%n открытых просьб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s)</source>
        <translation>
            <numerusform>%n открытое обещание</numerusform>
            <numerusform>%n открытых обещания</numerusform>
            <numerusform>%n открытых обещаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) still to make</source>
        <translation>
            <numerusform>%n невыполненное напоминание</numerusform>
            <numerusform>%n невыполненных напоминания</numerusform>
            <numerusform>%n невыполненных напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Now with %1:</source>
        <translation>Теперь за сотрудником %1:</translation>
    </message>
    <message>
        <source>Now with the embassy, no officer named:</source>
        <translation>Теперь за посольством, без указания сотрудника:</translation>
    </message>
    <message>
        <source>They are in the Tracker and on Today. To undo, use Undo the hand-over on this page.</source>
        <translation>Они видны в разделе «Отслеживание» и на экране «Сегодня». Чтобы вернуть всё назад, нажмите на этой странице «Отменить передачу».</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — hrdesk</source>
        <translation>Справка — hrdesk</translation>
    </message>
    <message>
        <source>Help sections</source>
        <translation>Разделы справки</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>hrdesk helps you prepare to ask a foreign embassy for help: what you ask for, the facts of your case as a timeline, and what you have already done. Everything is kept in one encrypted vault on this computer, opened with your passphrase.</source>
        <translation>hrdesk помогает подготовиться к обращению за помощью в иностранное посольство: о чём вы просите, факты вашего дела в виде хронологии и что вы уже предприняли. Всё хранится в одном зашифрованном хранилище на этом компьютере, которое открывается вашей парольной фразой.</translation>
    </message>
    <message>
        <source>The sections on the side are Today (Ctrl+1), Cases (Ctrl+2), Contacts (Ctrl+3), Reference (Ctrl+4) and Settings (Ctrl+5). Today shows what is due and what is coming up. Reference holds offline guidance on what embassies can do, emergency funds, visas and sanctions.</source>
        <translation>Разделы сбоку: Сегодня (Ctrl+1), Дела (Ctrl+2), Контакты (Ctrl+3), Справочник (Ctrl+4) и Настройки (Ctrl+5). В разделе «Сегодня» видно, что пора сделать и что предстоит. В Справочнике без подключения к интернету собраны сведения о том, что могут сделать посольства, об экстренных фондах, визах и санкциях.</translation>
    </message>
    <message>
        <source>If you are in danger now, press Ctrl+Shift+D: it opens what to do tonight. The language can be changed at any time in the View menu.</source>
        <translation>Если вы в опасности прямо сейчас, нажмите Ctrl+Shift+D: откроется то, что можно сделать уже сегодня вечером. Язык можно сменить в любой момент в меню «Вид».</translation>
    </message>
    <message>
        <source>The case wizard</source>
        <translation>Мастер создания дела</translation>
    </message>
    <message>
        <source>A case is prepared in five steps, shown across the top: Basics, Request, Timeline, Prior outreach and Review. You can go to any step at any time, in any order.</source>
        <translation>Дело готовится в пять шагов, они показаны вверху: Основное, Просьба, Хронология, Предыдущие обращения и Проверка. Перейти к любому шагу можно в любой момент и в любом порядке.</translation>
    </message>
    <message>
        <source>Basics: who is at risk, where, and three facts that shape the advice. Request: the support you ask for and from which embassies. Timeline: the events of the case, one by one, with their dates. Prior outreach: who you have already asked, and what they answered.</source>
        <translation>Основное: кто в опасности, где и три факта, от которых зависят советы. Просьба: какая поддержка вам нужна и от каких посольств. Хронология: события дела по одному, с датами. Предыдущие обращения: к кому вы уже обращались и что вам ответили.</translation>
    </message>
    <message>
        <source>Review lists what is still missing and takes you to the step that fixes it. There is nothing to finish or save: every change is saved in the vault as you type.</source>
        <translation>На шаге «Проверка» перечислено, чего ещё не хватает, и оттуда можно перейти к шагу, где это заполняется. Ничего не нужно завершать или сохранять: каждое изменение сохраняется в хранилище по мере ввода.</translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation>Контакты и напоминания</translation>
    </message>
    <message>
        <source>Contacts is your contact log: the embassies you deal with, the officers you meet there, and each call, meeting or message.</source>
        <translation>Контакты — это ваш журнал контактов: посольства, с которыми вы имеете дело, сотрудники, с которыми вы там встречаетесь, и каждый звонок, встреча или сообщение.</translation>
    </message>
    <message>
        <source>Embassies rarely call back. After every meeting, note what was promised and when to follow up; Today reminds you when the date comes.</source>
        <translation>Посольства редко перезванивают сами. После каждой встречи запишите, что вам обещали и когда напомнить о себе; раздел «Сегодня» напомнит, когда придёт срок.</translation>
    </message>
    <message>
        <source>Officers move to another post every three or four years. hrdesk shows when an officer is likely to leave, so you can ask in time for a new point of contact.</source>
        <translation>Дипломаты меняют место работы каждые три-четыре года. hrdesk показывает, когда сотрудник, скорее всего, уедет, чтобы вы вовремя попросили новое контактное лицо.</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Информационная записка</translation>
    </message>
    <message>
        <source>The brief is the document you bring to the meeting: your request, the timeline of events and your previous outreach, on a few printed pages marked confidential.</source>
        <translation>Информационная записка — это документ, который вы берёте на встречу: ваша просьба, хронология событий и предыдущие обращения на нескольких печатных страницах с пометкой «Конфиденциально».</translation>
    </message>
    <message>
        <source>Export it as a PDF from the case, in the language of the embassy. Items you marked “Never print” are left out. You can protect the PDF with a password; give the password by another channel than the file.</source>
        <translation>Экспортируйте её в PDF из дела, на языке посольства. То, что помечено «Никогда не печатать», в неё не попадёт. PDF можно защитить паролем; сообщите пароль по другому каналу, не вместе с файлом.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup is one encrypted file that holds the whole vault. Make one in Settings with Back up now, and keep it on a USB stick or another computer, away from this one.</source>
        <translation>Резервная копия — это один зашифрованный файл со всем хранилищем. Создайте её в Настройках кнопкой «Создать резервную копию» и храните на USB-флешке или другом компьютере, подальше от этого.</translation>
    </message>
    <message>
        <source>hrdesk also keeps a few automatic backups inside the vault folder. They help after a mistake or a damaged file, but not if this computer is lost or seized.</source>
        <translation>hrdesk также хранит несколько автоматических резервных копий в папке хранилища. Они выручат после ошибки или повреждения файла, но не в том случае, если этот компьютер потерян или изъят.</translation>
    </message>
    <message>
        <source>To start again on a new computer, choose Restore from a backup when hrdesk asks you to create a vault, and type the backup&apos;s passphrase.</source>
        <translation>Чтобы начать заново на другом компьютере, выберите «Восстановить из резервной копии», когда hrdesk предложит создать хранилище, и введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>Блокировка и скрытие</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault: every window that showed your cases closes, and only your passphrase opens it again. hrdesk also locks itself after a few idle minutes (you can change how many in Settings) and when you quit.</source>
        <translation>Ctrl+L блокирует хранилище: закрываются все окна, где были видны ваши дела, и открыть его снова можно только вашей парольной фразой. hrdesk также блокируется сам через несколько минут бездействия (сколько именно, можно изменить в Настройках) и при выходе.</translation>
    </message>
    <message>
        <source>Lock and hide (Ctrl+Shift+L unless you changed it in Settings) locks the vault and hides every hrdesk window at once, even while a dialog is open.</source>
        <translation>Клавиши блокировки и скрытия (Ctrl+Shift+L, если вы не изменили их в Настройках) блокируют хранилище и сразу скрывают все окна hrdesk, даже когда открыт диалог.</translation>
    </message>
    <message>
        <source>On Windows and macOS, hrdesk asks the system to keep its window out of screenshots and screen sharing. Linux cannot do this: lock hrdesk before you share your screen.</source>
        <translation>В Windows и macOS hrdesk просит систему не показывать его окно на снимках экрана и при демонстрации экрана. Linux этого не позволяет: заблокируйте hrdesk, прежде чем показывать свой экран.</translation>
    </message>
    <message>
        <source>In Settings you can also erase the vault after too many wrong passphrases in a row, or erase it at once in an emergency. An erased vault cannot be brought back, except from a backup kept elsewhere.</source>
        <translation>В Настройках можно также включить стирание хранилища после слишком многих неверных парольных фраз подряд или стереть его сразу в экстренной ситуации. Стёртое хранилище вернуть нельзя — разве что из резервной копии, хранящейся в другом месте.</translation>
    </message>
    <message>
        <source>What leaves the computer</source>
        <translation>Что покидает компьютер</translation>
    </message>
    <message>
        <source>Nothing, unless you export it. hrdesk never connects to the network: no update checks, no statistics, no cloud.</source>
        <translation>Ничего, если вы сами ничего не экспортируете. hrdesk никогда не подключается к сети: никаких проверок обновлений, никакой статистики, никакого облака.</translation>
    </message>
    <message>
        <source>Something leaves the vault only when you do one of these: export a brief or an accountability package (a PDF, with a password if you choose one), export a case file, make a backup, print, or copy an email draft.</source>
        <translation>Данные покидают хранилище, только когда вы делаете одно из следующего: экспортируете информационную записку или материалы для привлечения к ответственности (PDF, с паролем, если вы его задали), экспортируете файл дела, создаёте резервную копию, печатаете или копируете черновик письма.</translation>
    </message>
    <message>
        <source>A case file is not encrypted: anyone who finds it can read it. A backup is encrypted. An email draft copied to the clipboard is cleared from it after a minute. Delete exported files you no longer need.</source>
        <translation>Файл дела не зашифрован: его может прочитать любой, кто его найдёт. Резервная копия зашифрована. Черновик письма, скопированный в буфер обмена, удаляется оттуда через минуту. Удаляйте экспортированные файлы, которые вам больше не нужны.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Новая запись о контакте</translation>
    </message>
    <message>
        <source>Edit the interaction</source>
        <translation>Изменение записи о контакте</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Способ</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>С &amp;кем</translation>
    </message>
    <message>
        <source>Type to find an officer</source>
        <translation>Начните вводить, чтобы найти сотрудника</translation>
    </message>
    <message>
        <source>Find an officer</source>
        <translation>Поиск сотрудника</translation>
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
        <translation>&amp;По каким делам</translation>
    </message>
    <message>
        <source>No open cases. You can link this interaction to a case later.</source>
        <translation>Открытых дел нет. Связать этот контакт с делом можно позже.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>Что произошло — в нескольких строках</translation>
    </message>
    <message>
        <source>What you &amp;asked for</source>
        <translation>О чём вы п&amp;росили</translation>
    </message>
    <message>
        <source>What the embassy co&amp;mmitted to</source>
        <translation>Что посольство о&amp;бещало</translation>
    </message>
    <message>
        <source>Even “we are looking into it” counts: officers often cannot say more.</source>
        <translation>Даже «мы изучаем вопрос» считается: часто дипломаты не могут сказать больше.</translation>
    </message>
    <message>
        <source>Add the request to the tracker</source>
        <translation>Добавить просьбу в список отслеживания</translation>
    </message>
    <message>
        <source>Add the commitment to the tracker</source>
        <translation>Добавить обещание в список отслеживания</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Напомнить</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Напомнить мне</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата напоминания</translation>
    </message>
    <message>
        <source>Followed up already</source>
        <translation>Уже сделано</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the interaction?</source>
        <translation>Удалить запись о контакте?</translation>
    </message>
    <message>
        <source>It disappears from every history: the officers&apos;, the embassy&apos;s and the cases&apos;.</source>
        <translation>Она исчезнет из всех историй: сотрудников, посольства и дел.</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Type a year (2019), a month (2019-03) or a day (2019-03-05). Put ~ in front when the date is approximate: ~2019.</source>
        <translation>Введите год (2019), месяц (2019-03) или день (2019-03-05). Если дата приблизительная, поставьте перед ней ~: ~2019.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Никто конкретно</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>Отслеживание просьбы или обещания</translation>
    </message>
    <message>
        <source>Edit the tracked item</source>
        <translation>Изменение отслеживаемой записи</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>Trial observation, a public statement, a visa referral, a support letter…</source>
        <translation>Наблюдение за процессом, публичное заявление, направление на визу, письмо поддержки…</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>&amp;Посольство</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Без дела</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>W&amp;ith whom</source>
        <translation>С &amp;кем</translation>
    </message>
    <message>
        <source>What &amp;they said</source>
        <translation>Что &amp;ответили</translation>
    </message>
    <message>
        <source>For example: “We are working on it” (they may not be able to say more)</source>
        <translation>Например: «Мы работаем над этим» (возможно, больше сказать нельзя)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <source>Promised or needed by</source>
        <translation>Обещано или нужно к этой дате</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>Следующее &amp;напоминание</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Напомнить мне</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующее напоминание</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the tracked item?</source>
        <translation>Удалить отслеживаемую запись?</translation>
    </message>
    <message>
        <source>Its follow-up reminder is deleted too.</source>
        <translation>Напоминание о ней тоже будет удалено.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The end date (%1) is before the start date (%2). Change one of them.</source>
        <translation>Дата окончания (%1) раньше даты начала (%2). Измените одну из них.</translation>
    </message>
</context>
<context>
    <name>ItemTablePanel</name>
    <message>
        <source>%1 (Insert or Ctrl+N)</source>
        <translation>%1 (Insert или Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>Дублировать выбранные строки (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete); you can undo it</source>
        <translation>Удалить выбранные строки (Delete); это можно отменить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Повторить (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public statement, alone or jointly with other embassies</source>
        <translation>Публичное заявление — одного посольства или совместно с другими</translation>
    </message>
    <message>
        <source>Field visit to the office or community</source>
        <translation>Визит в офис или к местному сообществу</translation>
    </message>
    <message>
        <source>Raising concerns with the host government or military through diplomatic channels</source>
        <translation>Обсуждение проблемы с правительством страны пребывания или военными по дипломатическим каналам</translation>
    </message>
    <message>
        <source>Physical accompaniment</source>
        <translation>Личное сопровождение</translation>
    </message>
    <message>
        <source>Emergency visa or relocation support</source>
        <translation>Экстренная виза или помощь с переездом</translation>
    </message>
    <message>
        <source>Pressure to investigate and prosecute</source>
        <translation>Давление, чтобы добиться расследования и наказания виновных</translation>
    </message>
    <message>
        <source>Trial monitoring</source>
        <translation>Наблюдение за судебным процессом</translation>
    </message>
    <message>
        <source>Prison visit</source>
        <translation>Посещение места заключения</translation>
    </message>
    <message>
        <source>Mention in the annual human rights report</source>
        <translation>Упоминание в ежегодном докладе о правах человека</translation>
    </message>
    <message>
        <source>Funding for civil society</source>
        <translation>Финансирование гражданского общества</translation>
    </message>
    <message>
        <source>Connecting to emergency assistance programmes</source>
        <translation>Связь с программами экстренной помощи</translation>
    </message>
    <message>
        <source>Hosting a meeting with other stakeholders</source>
        <translation>Встреча с другими заинтересованными сторонами при посредничестве посольства</translation>
    </message>
    <message>
        <source>Attending court hearings</source>
        <translation>Присутствие на судебных заседаниях</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Нападение</translation>
    </message>
    <message>
        <source>Arrest or detention</source>
        <translation>Арест или задержание</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <source>Raid</source>
        <translation>Обыск или налёт</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>Кампания по дискредитации</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of event</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронное письмо</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a public or private event where someone was approached</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel of outreach</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Передать посольству</translation>
    </message>
    <message>
        <source>For my eyes</source>
        <translation>Только для меня</translation>
    </message>
    <message>
        <source>Never print</source>
        <translation>Никогда не печатать</translation>
    </message>
    <message>
        <source>Printed in the brief you give to the embassy.</source>
        <translation>Печатается в информационной записке, которую вы передаёте посольству.</translation>
    </message>
    <message>
        <source>Printed only in your own speaker notes.</source>
        <translation>Печатается только в ваших личных заметках к встрече.</translation>
    </message>
    <message>
        <source>In no printout. A case file includes it only when you ask for it.</source>
        <translation>Не попадает ни в одну распечатку. В файл дела включается, только если вы об этом попросите.</translation>
    </message>
    <message>
        <source>Human rights officer</source>
        <translation>Сотрудник по правам человека</translation>
    </message>
    <message>
        <source>Political officer</source>
        <translation>Сотрудник политического отдела</translation>
    </message>
    <message>
        <source>Economic officer</source>
        <translation>Сотрудник по экономическим вопросам</translation>
    </message>
    <message>
        <source>Labour officer</source>
        <translation>Сотрудник по трудовым вопросам</translation>
    </message>
    <message>
        <source>Consular officer</source>
        <translation>Сотрудник консульского отдела</translation>
    </message>
    <message>
        <source>Defence attaché</source>
        <translation>Военный атташе</translation>
    </message>
    <message>
        <source>Law-enforcement staff</source>
        <translation>Сотрудники по правоохранительным вопросам</translation>
    </message>
    <message>
        <source>Intelligence staff</source>
        <translation>Сотрудники разведки</translation>
    </message>
    <message>
        <source>Deputy chief of mission</source>
        <translation>Заместитель главы миссии</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Посол</translation>
    </message>
    <message>
        <source>Other officer</source>
        <translation>Другой сотрудник</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of a case</comment>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>status of a case</comment>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Your request is stated</source>
        <translation>Просьба сформулирована</translation>
    </message>
    <message>
        <source>The timeline has at least one event</source>
        <translation>В хронологии есть хотя бы одно событие</translation>
    </message>
    <message>
        <source>Prior outreach is recorded, or marked as none</source>
        <translation>Предыдущие обращения записаны или отмечено, что их не было</translation>
    </message>
    <message>
        <source>The officers to meet are chosen</source>
        <translation>Выбраны сотрудники посольства для встречи</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Extrajudicial killing</source>
        <translation>Внесудебная казнь</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Пытки</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Насильственное исчезновение</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Произвольное задержание</translation>
    </message>
    <message>
        <source>Rape under colour of law</source>
        <translation>Изнасилование с использованием служебного положения</translation>
    </message>
    <message>
        <source>Significant corruption</source>
        <translation>Крупная коррупция</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>Mark as left</source>
        <translation>Отметить: уже не на посту</translation>
    </message>
    <message>
        <source>%1 has left the post</source>
        <translation>%1 — уже не на посту</translation>
    </message>
    <message>
        <source>Their history stays in the log. Record who took over, so the embassy&apos;s page shows who held the role over time and you know whom to contact next.</source>
        <translation>История контактов остаётся в журнале. Запишите, кто принял дела, чтобы на странице посольства было видно, кто и когда занимал эту должность, и чтобы вы знали, к кому обращаться дальше.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Дата отъезда</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата отъезда</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Преемник</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>The successor&apos;s name</source>
        <translation>Имя преемника</translation>
    </message>
    <message>
        <source>Email (if you have it)</source>
        <translation>Эл. почта (если известна)</translation>
    </message>
    <message>
        <source>The successor&apos;s email</source>
        <translation>Эл. почта преемника</translation>
    </message>
    <message>
        <source>The successor&apos;s role</source>
        <translation>Должность преемника</translation>
    </message>
    <message>
        <source>Someone already in the log</source>
        <translation>Человек, который уже есть в журнале</translation>
    </message>
    <message>
        <source>Successor already in the log</source>
        <translation>Преемник, который уже есть в журнале</translation>
    </message>
    <message>
        <source>Not known yet: remind me to ask the embassy</source>
        <translation>Пока неизвестно: напомнить мне спросить в посольстве</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>&amp;Interactions</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>&amp;Сотрудники</translation>
    </message>
    <message>
        <source>&amp;Embassies</source>
        <translation>&amp;Посольства</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>&amp;Отслеживание</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <source>No interactions logged yet</source>
        <translation>Контакты пока не записаны</translation>
    </message>
    <message>
        <source>Log every meeting, call, email or event with an embassy, with a date to follow up. Embassies rarely call back, and being known as a reliable source helps in an emergency.</source>
        <translation>Записывайте каждую встречу, звонок, письмо или мероприятие с участием посольства и дату, когда нужно напомнить о себе. Посольства редко выходят на связь сами, а репутация надёжного источника помогает в экстренной ситуации.</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>No officers yet</source>
        <translation>Сотрудников пока нет</translation>
    </message>
    <message>
        <source>Add the officers you meet: the human rights officer first, and others as your cases need. With a posting start date you are reminded to ask for a new contact before they rotate.</source>
        <translation>Добавляйте сотрудников, с которыми встречаетесь: прежде всего сотрудника по правам человека, а других — когда этого требуют ваши дела. Если указать дату начала назначения, приложение заранее напомнит вам попросить новое контактное лицо, до того как сотрудник сменит место службы.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>No embassies yet</source>
        <translation>Посольств пока нет</translation>
    </message>
    <message>
        <source>Start with the embassies you work with: the government, where the office is, and the priorities it states. Study those priorities before you ask for help.</source>
        <translation>Начните с посольств, с которыми вы работаете: укажите государство, где находится представительство и какие приоритеты оно заявляет. Изучите эти приоритеты, прежде чем просить о помощи.</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>Добавить посольство</translation>
    </message>
    <message>
        <source>Nothing tracked yet</source>
        <translation>Пока ничего не отслеживается</translation>
    </message>
    <message>
        <source>Every request you make (trial observation, a statement, a visa referral, a support letter) and every commitment an officer makes can be tracked here until it is done.</source>
        <translation>Здесь можно отслеживать каждую вашу просьбу (наблюдение за процессом, заявление, направление на визу, письмо поддержки) и каждое обещание сотрудника посольства, пока они не выполнены.</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>Отслеживать просьбу или обещание</translation>
    </message>
    <message>
        <source>Start with the embassy: officers, interactions and requests all belong to one.</source>
        <translation>Начните с посольства: сотрудники, контакты и просьбы всегда относятся к какому-либо посольству.</translation>
    </message>
    <message>
        <source>An interaction is with an officer: add the officer you met first.</source>
        <translation>Контакт всегда связан с сотрудником: сначала добавьте сотрудника, с которым вы встречались.</translation>
    </message>
    <message>
        <source>No open requests or commitments</source>
        <translation>Открытых просьб и обещаний нет</translation>
    </message>
    <message>
        <source>Everything tracked is done, declined or not tracked yet. Untick “Open items only” to see closed ones.</source>
        <translation>Всё отслеживаемое выполнено или отклонено, либо ничего ещё не добавлено. Снимите флажок «Только открытые», чтобы увидеть закрытые.</translation>
    </message>
    <message>
        <source>O&amp;pen items only</source>
        <translation>Только о&amp;ткрытые</translation>
    </message>
    <message>
        <source>Hide requests and commitments that are done or declined</source>
        <translation>Скрыть выполненные и отклонённые просьбы и обещания</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>Открытых дел нет</translation>
    </message>
    <message>
        <source>Cases are prepared in the Cases section. Their contact history with embassies appears here.</source>
        <translation>Дела готовятся в разделе «Дела». Здесь отображается история контактов с посольствами по каждому делу.</translation>
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
        <translation>Демонстрационный режим — ничего из того, что вы здесь вводите, не сохраняется. Демонстрационное хранилище удаляется при выходе.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Заблокировать хранилище</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About hrdesk</source>
        <translation>&amp;О программе hrdesk</translation>
    </message>
    <message>
        <source>hrdesk &amp;Help</source>
        <translation>&amp;Справка по hrdesk</translation>
    </message>
    <message>
        <source>&amp;Safety habits</source>
        <translation>&amp;Правила безопасности</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>Опасность сейчас</translation>
    </message>
    <message>
        <source>What to do tonight if you are in danger (%1)</source>
        <translation>Что делать этой ночью, если вам грозит опасность (%1)</translation>
    </message>
    <message>
        <source>&amp;In danger now</source>
        <translation>&amp;Опасность сейчас</translation>
    </message>
    <message>
        <source>About hrdesk</source>
        <translation>О программе hrdesk</translation>
    </message>
    <message>
        <source>hrdesk %1

Prepare, safely and offline, to ask foreign embassies for help. Everything stays in one encrypted vault on this computer; hrdesk never uses the network.</source>
        <translation>hrdesk %1

Безопасная подготовка к обращению за помощью в иностранные посольства — без подключения к интернету. Все данные остаются в одном зашифрованном хранилище на этом компьютере; hrdesk никогда не обращается к сети.</translation>
    </message>
</context>
<context>
    <name>NewCaseRow</name>
    <message>
        <source>&amp;Title of the new case:</source>
        <translation>&amp;Название нового дела:</translation>
    </message>
    <message>
        <source>For example: Land defenders of the river valley</source>
        <translation>Например: защитники земли в долине реки</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Название нового дела</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A case needs a title. Type a few words that you will recognise.</source>
        <translation>У дела должно быть название. Введите несколько слов, по которым вы его узнаете.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>Пре&amp;дложить парольную фразу</translation>
    </message>
    <message>
        <source>The word list is missing, so no passphrase can be suggested.</source>
        <translation>Список слов не найден, поэтому предложить парольную фразу нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Парольная фраза должна содержать не менее %n символа.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>%1

Someone who takes or copies this computer can try guesses against the vault for as long as they like. A passphrase like this one could be found, and with it every case and contact in the vault.

Use it anyway?</source>
        <translation>%1

Тот, кто заберёт или скопирует этот компьютер, сможет подбирать парольную фразу к хранилищу сколько угодно долго. Такую фразу, как эта, можно подобрать, а с ней — все дела и контакты в хранилище.

Всё равно использовать её?</translation>
    </message>
    <message>
        <source>Use a passphrase that is not strong?</source>
        <translation>Использовать ненадёжную парольную фразу?</translation>
    </message>
    <message>
        <source>Very weak.</source>
        <translation>Очень слабая.</translation>
    </message>
    <message>
        <source>Weak.</source>
        <translation>Слабая.</translation>
    </message>
    <message>
        <source>Fair, but not strong.</source>
        <translation>Средняя, не надёжная.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords.</source>
        <translation>Это один из самых распространённых паролей.</translation>
    </message>
    <message>
        <source>A single common word is easy to guess.</source>
        <translation>Одно распространённое слово легко угадать.</translation>
    </message>
    <message>
        <source>It contains a name.</source>
        <translation>В ней есть имя.</translation>
    </message>
    <message>
        <source>It contains a year or a date.</source>
        <translation>В ней есть год или дата.</translation>
    </message>
    <message>
        <source>It follows the keys of a keyboard.</source>
        <translation>Она повторяет ряд клавиш на клавиатуре.</translation>
    </message>
    <message>
        <source>It repeats letters or words.</source>
        <translation>В ней повторяются буквы или слова.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 123.</source>
        <translation>В ней есть последовательность вроде abc или 123.</translation>
    </message>
    <message>
        <source>Symbols in place of letters (@ for a) do not fool guessing programs.</source>
        <translation>Символы вместо букв (@ вместо a) не обманут программы подбора паролей.</translation>
    </message>
    <message>
        <source>Add another word or two, or use a suggested passphrase.</source>
        <translation>Добавьте ещё одно-два слова или возьмите предложенную парольную фразу.</translation>
    </message>
    <message>
        <source>A passphrase cannot be only spaces.</source>
        <translation>Парольная фраза не может состоять из одних пробелов.</translation>
    </message>
    <message numerus="yes">
        <source>%n random words, hidden until you press the eye. Write them down, then type them again in the repeat field.</source>
        <translation>
            <numerusform>%n случайное слово, скрытое, пока вы не нажмёте на глаз. Запишите его, затем введите ещё раз в поле повтора.</numerusform>
            <numerusform>%n случайных слова, скрытых, пока вы не нажмёте на глаз. Запишите их, затем введите ещё раз в поле повтора.</numerusform>
            <numerusform>%n случайных слов, скрытых, пока вы не нажмёте на глаз. Запишите их, затем введите ещё раз в поле повтора.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком коротко: нужно не менее %n символа.</numerusform>
            <numerusform>Слишком коротко: нужно не менее %n символов.</numerusform>
            <numerusform>Слишком коротко: нужно не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Добавление сотрудника</translation>
    </message>
    <message>
        <source>Edit the officer</source>
        <translation>Изменение сведений о сотруднике</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>&amp;Посольство</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Secure messaging</source>
        <translation>&amp;Защищённый мессенджер</translation>
    </message>
    <message>
        <source>Signal, Wire or another app, and the handle</source>
        <translation>Signal, Wire или другое приложение и имя пользователя</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>Posting started</source>
        <translation>Начало назначения</translation>
    </message>
    <message>
        <source>Expected to &amp;leave</source>
        <translation>Ожидаемый &amp;отъезд</translation>
    </message>
    <message>
        <source>Officers move on every three or four years: expect them to leave from around %1.</source>
        <translation>Дипломаты меняют место службы раз в три-четыре года: отъезд возможен примерно с %1</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>Ожидаемый отъезд</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>Posting s&amp;tarted</source>
        <translation>&amp;Начало назначения</translation>
    </message>
    <message>
        <source>Another date than three years after the start</source>
        <translation>Другая дата, а не три года от начала назначения</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>За&amp;метки</translation>
    </message>
    <message>
        <source>Still in post: undo “left”</source>
        <translation>Всё ещё на посту: снять отметку «Уже не на посту»</translation>
    </message>
    <message>
        <source>Without a start date there is no expected end, and no reminder before they leave.</source>
        <translation>Без даты начала нельзя рассчитать ожидаемую дату отъезда и заранее напомнить о ней.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Left the post.</source>
        <translation>Уже не на посту.</translation>
    </message>
    <message>
        <source>In post from %1 until %2.</source>
        <translation>Уже не на посту. Срок назначения: %1 — %2.</translation>
    </message>
    <message>
        <source>Left the post on %1.</source>
        <translation>Уже не на посту. Дата отъезда: %1.</translation>
    </message>
    <message>
        <source>In post since %1.</source>
        <translation>На посту. Начало назначения: %1.</translation>
    </message>
    <message>
        <source>No expected end of posting: add the start date to be reminded before they leave.</source>
        <translation>Ожидаемая дата окончания назначения неизвестна: укажите дату начала, чтобы получить напоминание перед отъездом.</translation>
    </message>
    <message numerus="yes">
        <source>Expected to leave on %1, in %n days.</source>
        <translation>
            <numerusform>Ожидаемый отъезд: %1, через %n день.</numerusform>
            <numerusform>Ожидаемый отъезд: %1, через %n дня.</numerusform>
            <numerusform>Ожидаемый отъезд: %1, через %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to leave today.</source>
        <translation>Ожидаемый отъезд — сегодня.</translation>
    </message>
    <message>
        <source>Was expected to leave on %1. Ask the embassy who takes over.</source>
        <translation>Ожидаемая дата отъезда (%1) уже прошла. Спросите в посольстве, кто принимает дела.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Отметить: уже не на посту…</translation>
    </message>
    <message>
        <source>Hand over open items…</source>
        <translation>Передать открытые записи…</translation>
    </message>
    <message>
        <source>Undo the hand-over</source>
        <translation>Отменить передачу</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Open the embassy: %1</source>
        <translation>Открыть посольство: %1</translation>
    </message>
    <message>
        <source>Succeeded by %1</source>
        <translation>Преемник: %1</translation>
    </message>
    <message>
        <source>Took over from %1</source>
        <translation>Предшественник: %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Secure messaging</source>
        <translation>Защищённый мессенджер</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No interactions with this officer yet. Log every meeting, call or email: embassies rarely call back.</source>
        <translation>Контактов с этим сотрудником пока нет. Записывайте каждую встречу, звонок или письмо: посольства редко выходят на связь сами.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Hand-over undone</source>
        <translation>Передача отменена</translation>
    </message>
    <message>
        <source>What was handed over is with %1 again.</source>
        <translation>Переданное снова числится за сотрудником %1.</translation>
    </message>
    <message>
        <source>Delete this officer?</source>
        <translation>Удалить сотрудника?</translation>
    </message>
    <message>
        <source>%1 will be removed from the contact log.</source>
        <translation>Запись «%1» будет удалена из журнала контактов.</translation>
    </message>
    <message>
        <source>The officer was kept</source>
        <translation>Сотрудник не удалён</translation>
    </message>
</context>
<context>
    <name>OfficersEditor</name>
    <message>
        <source>Officers to ask to meet</source>
        <translation>С кем из сотрудников просить встречи</translation>
    </message>
    <message>
        <source>Reset to suggestions</source>
        <translation>Вернуть предложенный вариант</translation>
    </message>
    <message>
        <source>Careful: a written request to meet defence, law-enforcement or intelligence staff can be used against you, for example in espionage or &quot;foreign agent&quot; charges. The brief and the email will name these roles. Usually it is better to ask the human rights officer, who can bring such colleagues if the embassy thinks it useful.</source>
        <translation>Осторожно: письменную просьбу о встрече с сотрудниками по вопросам обороны, правоохранительной деятельности или разведки могут использовать против вас, например в обвинениях в шпионаже или в деятельности «иностранного агента». Записка и письмо назовут эти должности. Обычно лучше обратиться к сотруднику по правам человека: он может пригласить таких коллег, если посольство сочтёт это полезным.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <comment>an officer role suggested by the rules</comment>
        <translation>%1 (предложено)</translation>
    </message>
    <message>
        <source>Following the suggestions, which change with the facts on the Basics page.</source>
        <translation>Используются предложения, которые меняются в зависимости от сведений на странице «Основное».</translation>
    </message>
    <message>
        <source>No officer chosen: choose at least one, usually the human rights officer.</source>
        <translation>Никто не выбран: выберите хотя бы одного сотрудника, обычно сотрудника по правам человека.</translation>
    </message>
    <message>
        <source>Your own choice: the facts on the Basics page no longer change it.</source>
        <translation>Ваш собственный выбор: сведения на странице «Основное» больше на него не влияют.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Government or institution</source>
        <translation>Правительство или учреждение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation>С кем связывались</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>О чём просили</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Add outreach</source>
        <translation>Добавить обращение</translation>
    </message>
    <message>
        <source>Duplicate outreach</source>
        <translation>Дублировать обращение</translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s) deleted.</source>
        <translation>
            <numerusform>Удалено %n обращение.</numerusform>
            <numerusform>Удалено %n обращения.</numerusform>
            <numerusform>Удалено %n обращений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Prior outreach, earliest first</source>
        <translation>Предыдущие обращения, сначала самые ранние</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Insert (or choose Add outreach) for each embassy, ministry, UN office, NGO or parliament you already contacted, or tick “No prior outreach” above.</source>
        <translation>Пока ничего не записано. Нажмите Insert (или выберите «Добавить обращение») для каждого посольства, министерства, учреждения ООН, НКО или парламента, куда вы уже обращались, или отметьте выше пункт «Предыдущих обращений нет».</translation>
    </message>
    <message>
        <source>Prior outreach</source>
        <translation>Предыдущие обращения</translation>
    </message>
    <message>
        <source>What you have already done</source>
        <translation>Что вы уже сделали</translation>
    </message>
    <message>
        <source>Embassies want to know whom you already asked for help and what came of it: other embassies, ministries in their capital, the UN, NGOs, parliaments.</source>
        <translation>Посольствам важно знать, куда вы уже обращались за помощью и чем это закончилось: другие посольства, министерства в столице их страны, ООН, НКО, парламенты.</translation>
    </message>
    <message>
        <source>&amp;No prior outreach: this is the first time I ask anyone for help</source>
        <translation>&amp;Предыдущих обращений нет: я впервые прошу о помощи</translation>
    </message>
    <message>
        <source>Mark “no prior outreach”</source>
        <translation>Отметить «предыдущих обращений нет»</translation>
    </message>
    <message>
        <source>Unmark “no prior outreach”</source>
        <translation>Снять отметку «предыдущих обращений нет»</translation>
    </message>
    <message>
        <source>Outreach is recorded below.</source>
        <translation>Обращения записаны ниже.</translation>
    </message>
    <message>
        <source>Untick this to record outreach.</source>
        <translation>Снимите эту отметку, чтобы записать обращения.</translation>
    </message>
    <message>
        <source>New rows are marked “%1”; change the default on the Timeline page.</source>
        <translation>Новые строки отмечаются как «%1»; изменить это можно на странице «Хронология».</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>PdfPasswordFields</name>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation>Защитить сохранённый PDF-файл паролем</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Повторите п&amp;ароль:</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Пароль PDF-файла</translation>
    </message>
    <message>
        <source>Repeat PDF password</source>
        <translation>Повтор пароля PDF-файла</translation>
    </message>
    <message>
        <source>Type a password for the PDF, or untick the password option.</source>
        <translation>Введите пароль для PDF-файла или снимите отметку о защите паролем.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль PDF должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль PDF должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль PDF должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Everyone the case names, one per row, but not institutions. Put every other spelling of a name (another script, a surname alone) in “Other spellings”, separated by semicolons: replacing names in the brief then finds them all. Untick “Protected” only for someone who may be named, such as an official responsible.</source>
        <translation>Все, кого упоминает дело, по одному в строке, но не учреждения. Любое другое написание имени (другим алфавитом, одну фамилию) укажите в «Другие написания» через точку с запятой: тогда замена имён в записке найдёт их все. Снимайте отметку «Под защитой» только для тех, кого можно называть, например для ответственного должностного лица.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Под защитой</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>Люди, упомянутые в деле</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Добавить &amp;человека</translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation>Убрать человека</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В опасности</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Responsible for abuses</source>
        <translation>Ответственный за нарушения</translation>
    </message>
</context>
<context>
    <name>PoliciesPanel</name>
    <message>
        <source>Add an embassy above to see its government&apos;s policy.</source>
        <translation>Добавьте посольство выше, чтобы увидеть политику его правительства.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Читать: %1</translation>
    </message>
    <message>
        <source>Not a government hrdesk recognises: no policy to show.</source>
        <translation>hrdesk не знает такого правительства: показать нечего.</translation>
    </message>
    <message>
        <source>The reference holds no published defender policy of this government yet.</source>
        <translation>В справочнике пока нет опубликованной политики этого правительства в отношении правозащитников.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>Search the reference (Ctrl+F)</source>
        <translation>Поиск по справочнику (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>Поиск по справочнику</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>&amp;Читать на языке:</translation>
    </message>
    <message>
        <source>Reading language</source>
        <translation>Язык чтения</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>The reference content could not be read: %1</source>
        <translation>Не удалось прочитать материалы справочника: %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или более короткие слова.</translation>
    </message>
</context>
<context>
    <name>ReferenceUpdatesBox</name>
    <message>
        <source>Reference updates</source>
        <translation>Обновления справочника</translation>
    </message>
    <message>
        <source>Updated reference content comes as a signed file, for example on a USB stick. hrdesk checks the signature and every language before using it, and never goes online.</source>
        <translation>Обновлённый справочник поставляется в виде подписанного файла, например на USB-накопителе. hrdesk проверяет подпись и каждый язык, прежде чем использовать его, и никогда не выходит в интернет.</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Импортировать обновление…</translation>
    </message>
    <message>
        <source>Import a signed reference update</source>
        <translation>Импортировать подписанное обновление справочника</translation>
    </message>
    <message>
        <source>In use: the content bundled with hrdesk, checked up to %1.</source>
        <translation>Сейчас используется: справочник, поставляемый с hrdesk, сведения проверены по %1.</translation>
    </message>
    <message>
        <source>In use: an update of %1, signed by %2.</source>
        <translation>Сейчас используется: обновление от %1, подпись: %2.</translation>
    </message>
    <message>
        <source>Import a reference update</source>
        <translation>Импорт обновления справочника</translation>
    </message>
    <message>
        <source>Reference updates (*.hrdpack);;All files (*)</source>
        <translation>Обновления справочника (*.hrdpack);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file was not used; nothing changed.

%1</source>
        <translation>Файл не использован, ничего не изменилось.

%1</translation>
    </message>
    <message>
        <source>The reference now holds the update of %1, signed by %2.</source>
        <translation>Справочник обновлён: версия от %1, подпись: %2.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Your specific request for help</source>
        <translation>Ваша конкретная просьба о помощи</translation>
    </message>
    <message>
        <source>Embassies act on a clear, specific request. Tick what you ask for, say it in your own words, and name the embassies and officers you want to reach.</source>
        <translation>Посольства действуют, когда просьба ясная и конкретная. Отметьте, о чём вы просите, сформулируйте это своими словами и назовите посольства и сотрудников, к которым хотите обратиться.</translation>
    </message>
    <message>
        <source>Read first:</source>
        <translation>Сначала прочтите:</translation>
    </message>
    <message>
        <source>What an embassy can do</source>
        <translation>Чем может помочь посольство</translation>
    </message>
    <message>
        <source>Who to meet</source>
        <translation>С кем встречаться</translation>
    </message>
    <message>
        <source>Making a specific request</source>
        <translation>Как сформулировать конкретную просьбу</translation>
    </message>
    <message>
        <source>What support you ask for</source>
        <translation>О какой поддержке вы просите</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>Суть просьбы</translation>
    </message>
    <message>
        <source>Your request in your own &amp;words:</source>
        <translation>Ваша п&amp;росьба своими словами:</translation>
    </message>
    <message>
        <source>Your request in your own words</source>
        <translation>Ваша просьба своими словами</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Сро&amp;чность:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>For example: the trial opens next month</source>
        <translation>Например: суд начинается в следующем месяце</translation>
    </message>
    <message>
        <source>&amp;Deadline (optional):</source>
        <translation>&amp;Крайний срок (необязательно):</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>В какие посольства обратиться</translation>
    </message>
    <message>
        <source>These governments&apos; policies on defenders</source>
        <translation>Политика этих правительств в отношении правозащитников</translation>
    </message>
    <message>
        <source>Officers to ask to meet</source>
        <translation>С кем из сотрудников просить встречи</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <source>Why the case matters to that &amp;government:</source>
        <translation>Почему дело важно для этого &amp;правительства:</translation>
    </message>
    <message>
        <source>Why the case matters to that government</source>
        <translation>Почему дело важно для этого правительства</translation>
    </message>
    <message>
        <source>What the embassy &amp;could do:</source>
        <translation>Что посольство &amp;может сделать:</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>Что посольство может сделать</translation>
    </message>
    <message>
        <source>At a glance, on page 1 of the brief</source>
        <translation>Коротко, на первой странице записки</translation>
    </message>
    <message>
        <source>An officer reads the top of page 1 first. Left empty, the brief asks the embassy to reach you only through whoever hands it over, and to name no one nor go public without your consent.</source>
        <translation>Сотрудник посольства сначала читает верх первой страницы. Если эти поля пусты, записка просит посольство связываться с вами только через того, кто её передаёт, никого не называть и не предавать дело огласке без вашего согласия.</translation>
    </message>
    <message>
        <source>&amp;Please do not:</source>
        <translation>Пожалуйста, &amp;не:</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Пожалуйста, не</translation>
    </message>
    <message>
        <source>For example: name the source, or raise the case publicly</source>
        <translation>Например: называйте источник и не предавайте дело огласке</translation>
    </message>
    <message>
        <source>How to reach you &amp;safely:</source>
        <translation>Как &amp;безопасно связаться с вами:</translation>
    </message>
    <message>
        <source>How to reach you safely</source>
        <translation>Как безопасно связаться с вами</translation>
    </message>
    <message>
        <source>For example: through our lawyer, in person only</source>
        <translation>Например: через нашего адвоката, только лично</translation>
    </message>
    <message>
        <source>Who can confirm the facts</source>
        <translation>Кто может подтвердить факты</translation>
    </message>
    <message>
        <source>Who can c&amp;onfirm the facts:</source>
        <translation>Кто может по&amp;дтвердить факты:</translation>
    </message>
    <message>
        <source>For example: the national bar association</source>
        <translation>Например: национальная коллегия адвокатов</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Перенос напоминания</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>Новая дата напоминания</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore — hrdesk</source>
        <translation>Восстановление — hrdesk</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup file made by hrdesk and type the passphrase that protects it. hrdesk checks the whole file before it changes anything. Afterwards the vault opens with the backup&apos;s passphrase.</source>
        <translation>Выберите файл резервной копии, созданный hrdesk, и введите парольную фразу, которой он защищён. hrdesk полностью проверяет файл, прежде чем что-либо менять. После этого хранилище будет открываться парольной фразой резервной копии.</translation>
    </message>
    <message>
        <source>This replaces the vault on this computer: everything it holds now, and its automatic backups, will be erased and replaced by the contents of the backup.</source>
        <translation>Хранилище на этом компьютере будет заменено: всё, что в нём сейчас есть, и его автоматические резервные копии будут стёрты и заменены содержимым резервной копии.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation>&amp;Заменить хранилище</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>Резервные копии hrdesk (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the backup… %1% done.</source>
        <translation>Резервная копия проверяется… выполнено %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Checking the restored vault and putting it in place…</source>
        <translation>Восстановленное хранилище проверяется и устанавливается на место…</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Сначала выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Сначала введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <source>Replace the vault</source>
        <translation>Замена хранилища</translation>
    </message>
    <message>
        <source>Replace the vault on this computer by this backup? Everything in the vault now, and its automatic backups, will be erased. This cannot be undone.</source>
        <translation>Заменить хранилище на этом компьютере этой резервной копией? Всё, что сейчас есть в хранилище, и его автоматические резервные копии будут стёрты. Отменить это невозможно.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup… This can take a moment.</source>
        <translation>Резервная копия проверяется и восстанавливается… Это может занять некоторое время.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Nothing was changed.</source>
        <translation>Эта парольная фраза не открывает резервную копию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This file is not an hrdesk backup, or it is damaged, incomplete or was altered. Nothing was changed.</source>
        <translation>Этот файл не является резервной копией hrdesk либо повреждён, неполон или был изменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be restored. Nothing was changed.</source>
        <translation>Диск заполнен: восстановить резервную копию не удалось. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup could not be read or restored: %1. Nothing was changed.</source>
        <translation>Не удалось прочитать или восстановить резервную копию: %1. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>Не удалось восстановить резервную копию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Review before you print</source>
        <translation>Проверьте перед печатью</translation>
    </message>
    <message>
        <source>Check that the three things an embassy needs are here, and what each printout will show.</source>
        <translation>Убедитесь, что на месте все три вещи, которые нужны посольству, и посмотрите, что покажет каждая распечатка.</translation>
    </message>
    <message>
        <source>Ready for the embassy?</source>
        <translation>Всё готово для посольства?</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Что будет напечатано</translation>
    </message>
    <message>
        <source>Your speaker notes also repeat everything in the brief. Change where an event or an outreach item goes in its Disclosure column. Case files leave out “never print” items unless you ask.</source>
        <translation>В ваших личных заметках к встрече повторяется и всё, что есть в информационной записке. Куда попадёт событие или обращение, меняется в столбце «Видимость». Записи с отметкой «Никогда не печатать» не попадают в файлы дел, если вы сами об этом не попросите.</translation>
    </message>
    <message>
        <source>Go to Request</source>
        <translation>Перейти к шагу «Просьба»</translation>
    </message>
    <message>
        <source>Go to Timeline</source>
        <translation>Перейти к шагу «Хронология»</translation>
    </message>
    <message>
        <source>Go to Prior outreach</source>
        <translation>Перейти к шагу «Предыдущие обращения»</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>Готово: всё, что нужно посольству, на месте.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Use the buttons to go where each is filled in.</source>
        <translation>
            <numerusform>Ещё не заполнен %n пункт. Кнопки помогут перейти туда, где это заполняется.</numerusform>
            <numerusform>Ещё не заполнены %n пункта. Кнопки помогут перейти туда, где это заполняется.</numerusform>
            <numerusform>Ещё не заполнено %n пунктов. Кнопки помогут перейти туда, где это заполняется.</numerusform>
        </translation>
    </message>
    <message>
        <source>This date has already passed: %1. Update the deadline or the urgency on the Request page, or the embassy may think the matter is over.</source>
        <translation>Эта дата уже прошла (%1). Обновите крайний срок или срочность на странице «Просьба», иначе посольство может решить, что вопрос закрыт.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The vault was erased. You can create a new, empty vault.</source>
        <translation>Хранилище стёрто. Можно создать новое, пустое хранилище.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: the vault was erased. You can create a new, empty vault.</source>
        <translation>Парольная фраза слишком много раз введена неверно: хранилище стёрто. Можно создать новое, пустое хранилище.</translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation>Хранилище стёрто</translation>
    </message>
    <message>
        <source>Erasing the rest of the vault…</source>
        <translation>Стирание остального содержимого хранилища…</translation>
    </message>
    <message>
        <source>The vault was erased outside this window (for example with the command line). You can create a new, empty vault, or restore a backup.</source>
        <translation>Хранилище было стёрто вне этого окна (например, из командной строки). Вы можете создать новое пустое хранилище или восстановить резервную копию.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>The restored vault could not be put in place (%1). It was left in the folder %2.</source>
        <translation>Не удалось поставить восстановленное хранилище на место (%1). Оно оставлено в папке %2.</translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>Хранилище восстановлено</translation>
    </message>
    <message>
        <source>The backup was checked and restored. Unlock the vault with the backup&apos;s passphrase: the one you typed to restore it.</source>
        <translation>Резервная копия проверена и восстановлена. Разблокируйте хранилище парольной фразой резервной копии — той, которую вы ввели при восстановлении.</translation>
    </message>
    <message>
        <source>Attempt counter</source>
        <translation>Счётчик попыток</translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted since you last unlocked. Someone may have tried to guess your passphrase. The count has been reset.</source>
        <translation>С момента последней разблокировки данные о неверных попытках ввода парольной фразы были изменены или удалены. Возможно, кто-то пытался подобрать вашу парольную фразу. Счётчик сброшен.</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <source>Emergencies</source>
        <translation>Экстренные меры</translation>
    </message>
    <message>
        <source>L&amp;ock and hide keys:</source>
        <translation>&amp;Клавиши блокировки и скрытия:</translation>
    </message>
    <message>
        <source>Keys that lock the vault and hide every window</source>
        <translation>Клавиши, которые блокируют хранилище и скрывают все окна</translation>
    </message>
    <message>
        <source>Locks at once and hides every hrdesk window. The unlock window waits, minimized, in the taskbar; open it from there. Leave the keys empty to turn this off.</source>
        <translation>Сразу блокирует хранилище и скрывает все окна hrdesk. Окно разблокировки остаётся свёрнутым на панели задач — откройте его оттуда. Чтобы отключить эту функцию, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Erase the vault after this many &amp;wrong passphrases in a row:</source>
        <translation>С&amp;тереть хранилище, если парольная фраза введена неверно столько раз подряд:</translation>
    </message>
    <message>
        <source>Wrong passphrases allowed before the vault is erased</source>
        <translation>Сколько раз подряд можно ввести неверную парольную фразу, прежде чем хранилище будет стёрто</translation>
    </message>
    <message>
        <source>For when someone may try to guess your passphrase in this app. The count survives restarts; the unlock window shows the attempts left. It cannot stop someone who copies the vault&apos;s files. Keep a backup elsewhere if you turn this on.</source>
        <translation>На случай, если кто-то попытается подобрать вашу парольную фразу в этом приложении. Счётчик сохраняется после перезапуска; в окне разблокировки видно, сколько попыток осталось. Это не остановит того, кто скопирует файлы хранилища. Если вы включите эту функцию, храните резервную копию в другом месте.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.</source>
        <translation>
            <numerusform>Автоматические резервные копии: при разблокировке, не чаще раза в день, hrdesk сохраняет зашифрованную копию в папке хранилища (хранится %n последняя копия). Копии открываются вашей текущей парольной фразой и стираются вместе с хранилищем. Чтобы данные не пропали вместе с этим компьютером, сохраните копию в другом месте кнопкой «Создать резервную копию…».</numerusform>
            <numerusform>Автоматические резервные копии: при разблокировке, не чаще раза в день, hrdesk сохраняет зашифрованную копию в папке хранилища (хранятся %n последние копии). Копии открываются вашей текущей парольной фразой и стираются вместе с хранилищем. Чтобы данные не пропали вместе с этим компьютером, сохраните копию в другом месте кнопкой «Создать резервную копию…».</numerusform>
            <numerusform>Автоматические резервные копии: при разблокировке, не чаще раза в день, hrdesk сохраняет зашифрованную копию в папке хранилища (хранятся %n последних копий). Копии открываются вашей текущей парольной фразой и стираются вместе с хранилищем. Чтобы данные не пропали вместе с этим компьютером, сохраните копию в другом месте кнопкой «Создать резервную копию…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>&amp;Хранить автоматических копий:</translation>
    </message>
    <message>
        <source>How many automatic backups the vault folder keeps</source>
        <translation>Сколько автоматических резервных копий хранится в папке хранилища</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>В&amp;осстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Emergency &amp;erase…</source>
        <translation>&amp;Экстренное стирание…</translation>
    </message>
    <message>
        <source>After an erase, this computer still has hrdesk itself and its settings file (language, window size, these keys; nothing of your cases). hrdesk keeps no list of recent files or folders. Files you exported or backed up elsewhere are not touched.</source>
        <translation>После стирания на этом компьютере остаются сама программа hrdesk и её файл настроек (язык, размер окна, эти клавиши; ничего из ваших дел). hrdesk не хранит списков недавних файлов и папок. Файлы, которые вы экспортировали или сохранили в других местах, останутся нетронутыми.</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Автоматических резервных копий пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n automatic backup(s), %1 in all.</source>
        <translation>
            <numerusform>Сейчас: %n автоматическая резервная копия, всего %1.</numerusform>
            <numerusform>Сейчас: %n автоматические резервные копии, всего %1.</numerusform>
            <numerusform>Сейчас: %n автоматических резервных копий, всего %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest are deleted at the next automatic backup.</source>
        <translation>Самые старые будут удалены при следующем автоматическом резервном копировании.</translation>
    </message>
    <message>
        <source>Erase after wrong passphrases</source>
        <translation>Стирание после неверного ввода парольной фразы</translation>
    </message>
    <message>
        <source>After %1 wrong passphrases in a row, hrdesk will erase the vault for good. A forgotten passphrase or a wrong keyboard layout counts too. Turn this on?</source>
        <translation>Когда число неверных попыток ввода парольной фразы подряд достигнет %1, hrdesk безвозвратно сотрёт хранилище. Забытая парольная фраза или неправильная раскладка клавиатуры — это тоже неверные попытки. Включить?</translation>
    </message>
    <message>
        <source>Attempt limit</source>
        <translation>Ограничение попыток</translation>
    </message>
    <message>
        <source>The setting could not be saved. Nothing was changed.</source>
        <translation>Не удалось сохранить настройку. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SafetyCardDialog</name>
    <message>
        <source>Keep your vault safe — hrdesk</source>
        <translation>Как защитить хранилище — hrdesk</translation>
    </message>
    <message>
        <source>Your vault is ready. Five habits keep it safe</source>
        <translation>Хранилище готово. Пять привычек защитят его</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault and hide every hrdesk window at once, if someone comes in or asks to see the screen. You can change these keys in Settings.</source>
        <translation>Нажмите %1, чтобы заблокировать хранилище и сразу скрыть все окна hrdesk, если кто-то вошёл или просит показать экран. Эти клавиши можно изменить в Настройках.</translation>
    </message>
    <message>
        <source>Lock and hide is turned off. You can choose its keys in Settings.</source>
        <translation>Блокировка и скрытие выключены. Клавиши для них можно выбрать в Настройках.</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault whenever you step away. hrdesk also locks itself after a few idle minutes and when you quit.</source>
        <translation>Нажмите %1, чтобы заблокировать хранилище, когда отходите от компьютера. hrdesk также блокируется сам через несколько минут бездействия и при выходе.</translation>
    </message>
    <message>
        <source>Back up to a USB stick (Settings, Back up now) and keep the stick somewhere else: if this computer is seized or broken, the backup is how you start again.</source>
        <translation>Делайте резервные копии на USB-флешку (Настройки, «Создать резервную копию») и храните её в другом месте: если этот компьютер изымут или он сломается, резервная копия позволит начать заново.</translation>
    </message>
    <message>
        <source>On Linux, hrdesk cannot stop screenshots or screen sharing. Lock hrdesk before you share your screen or let anyone record it.</source>
        <translation>В Linux hrdesk не может запретить снимки экрана и демонстрацию экрана. Заблокируйте hrdesk, прежде чем показывать свой экран или позволять кому-то его записывать.</translation>
    </message>
    <message>
        <source>Help (F1) explains all of this and more. It works offline, like the rest of hrdesk.</source>
        <translation>Справка (F1) объясняет всё это и многое другое. Она работает без интернета, как и весь hrdesk.</translation>
    </message>
    <message>
        <source>Open &amp;Help</source>
        <translation>Открыть &amp;справку</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Понятно</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Show more…</source>
        <translation>Показать ещё…</translation>
    </message>
    <message>
        <source>Embassies: the first %1 of %2</source>
        <translation>Посольства: первые %1 из %2</translation>
    </message>
    <message>
        <source>Officers: the first %1 of %2</source>
        <translation>Сотрудники: первые %1 из %2</translation>
    </message>
    <message>
        <source>Interactions: the newest %1 of %2</source>
        <translation>Контакты: последние %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Embassies: the first %n</source>
        <translation>
            <numerusform>Посольства: первые %n</numerusform>
            <numerusform>Посольства: первые %n</numerusform>
            <numerusform>Посольства: первые %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embassies (%n)</source>
        <translation>
            <numerusform>Посольства (%n)</numerusform>
            <numerusform>Посольства (%n)</numerusform>
            <numerusform>Посольства (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers: the first %n</source>
        <translation>
            <numerusform>Сотрудники: первые %n</numerusform>
            <numerusform>Сотрудники: первые %n</numerusform>
            <numerusform>Сотрудники: первые %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers (%n)</source>
        <translation>
            <numerusform>Сотрудники (%n)</numerusform>
            <numerusform>Сотрудники (%n)</numerusform>
            <numerusform>Сотрудники (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions: the newest %n</source>
        <translation>
            <numerusform>Контакты: последние %n</numerusform>
            <numerusform>Контакты: последние %n</numerusform>
            <numerusform>Контакты: последние %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions (%n)</source>
        <translation>
            <numerusform>Контакты (%n)</numerusform>
            <numerusform>Контакты (%n)</numerusform>
            <numerusform>Контакты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Язык приложения:</translation>
    </message>
    <message>
        <source>Arabic &amp;digits:</source>
        <translation>&amp;Цифры в арабском:</translation>
    </message>
    <message>
        <source>Arabic &amp;month names:</source>
        <translation>Названия &amp;месяцев в арабском:</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>Западные (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Арабско-индийские (%1)</translation>
    </message>
    <message>
        <source>Both names (%1)</source>
        <translation>Оба названия (%1)</translation>
    </message>
    <message>
        <source>Levantine (%1)</source>
        <translation>Левантийские (%1)</translation>
    </message>
    <message>
        <source>Egyptian and Gulf (%1)</source>
        <translation>Египетские и заливские (%1)</translation>
    </message>
    <message>
        <source>Used wherever dates and numbers are written in Arabic: the app, the brief and the email.</source>
        <translation>Применяется везде, где даты и числа пишутся по-арабски: в приложении, в записке и в письме.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Lock &amp;after this many idle minutes:</source>
        <translation>Блокировать после &amp;бездействия (минут):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation>Через сколько минут хранилище заблокируется само</translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation>Заблокировать сейчас (%1)</translation>
    </message>
    <message>
        <source>Key derivation: Argon2id, %1 MiB of memory, time cost %2</source>
        <translation>Формирование ключа: Argon2id, память: %1 МиБ, параметр времени (time cost): %2</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>&amp;Remember the vault on this device (system keyring)</source>
        <translation>&amp;Запомнить хранилище на этом устройстве (системная связка ключей)</translation>
    </message>
    <message>
        <source>Convenient but weaker: anyone who can use your computer account while you are logged in can then open the vault without the passphrase. Leave this off if the computer may be taken or shared. Your passphrase still works either way.</source>
        <translation>Удобно, но менее надёжно: любой, кто сможет воспользоваться вашей учётной записью, пока вы в ней работаете, откроет хранилище без парольной фразы. Не включайте эту настройку, если компьютер могут изъять или им пользуется кто-то ещё. Парольная фраза работает в любом случае.</translation>
    </message>
    <message>
        <source>Not available: no system keyring service is running on this device. Everything else works; you type your passphrase each time.</source>
        <translation>Недоступно: на этом устройстве не запущена служба системной связки ключей. Всё остальное работает; вы просто вводите парольную фразу каждый раз.</translation>
    </message>
    <message>
        <source>Passphrase and vault</source>
        <translation>Парольная фраза и хранилище</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Папка хранилища: %1</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Связка ключей</translation>
    </message>
    <message>
        <source>The system keyring did not accept the change. Nothing was stored.</source>
        <translation>Системная связка ключей не приняла изменение. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>SupportCatalogue</name>
    <message>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Примечание к пункту: %1</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Approx.</source>
        <comment>short for: the date is approximate</comment>
        <translation>Прибл.</translation>
    </message>
    <message>
        <source>Tick when the date is approximate (or type ~ before the date)</source>
        <translation>Отметьте, если дата приблизительная (или поставьте ~ перед датой)</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Видимость</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Кто причастен</translation>
    </message>
    <message>
        <source>Sources or evidence</source>
        <translation>Источники или доказательства</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Дублировать событие</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>Удалено %n событие.</numerusform>
            <numerusform>Удалено %n события.</numerusform>
            <numerusform>Удалено %n событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of events, earliest first</source>
        <translation>Хронология событий, сначала самые ранние</translation>
    </message>
    <message>
        <source>No events yet. Press Insert (or choose Add event) and type the date, then Tab to the next cell. A year alone (2019) or a month (2019-03) is fine.</source>
        <translation>Событий пока нет. Нажмите Insert (или выберите «Добавить событие») и введите дату, затем клавишей Tab перейдите к следующей ячейке. Можно указать только год (2019) или месяц (2019-03).</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>The facts, as a timeline of events</source>
        <translation>Факты в виде хронологии событий</translation>
    </message>
    <message>
        <source>One row per event: threats, surveillance, attacks, arrests, charges, hearings, raids, smear campaigns. Each row says who may see it on paper: the brief you hand over, only your own speaker notes, or no printout at all.</source>
        <translation>По одной строке на событие: угрозы, слежка, нападения, аресты, обвинения, судебные заседания, обыски, кампании по дискредитации. Для каждой строки указано, кто увидит её на бумаге: она попадёт в информационную записку, которую вы передаёте посольству, только в ваши личные заметки к встрече или ни в одну распечатку.</translation>
    </message>
    <message>
        <source>New &amp;events and outreach are marked:</source>
        <translation>&amp;Новые события и обращения отмечаются как:</translation>
    </message>
    <message>
        <source>Disclosure level for new events and outreach</source>
        <translation>Уровень видимости для новых событий и обращений</translation>
    </message>
    <message>
        <source>This event repeats one already in the timeline (%1, %2). Merge the two, or keep both?</source>
        <translation>Это событие повторяет уже имеющееся в хронологии (%1, %2). Объединить их или оставить оба?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>%1 is in the future. The event is kept with this date; check it if it was a typo.</source>
        <translation>%1 — дата в будущем. Событие сохранено с этой датой; проверьте её, если это опечатка.</translation>
    </message>
    <message>
        <source>Merge events</source>
        <translation>Объединение событий</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1</source>
        <translation>
            <numerusform>Срок — через %n день, %1</numerusform>
            <numerusform>Срок — через %n дня, %1</numerusform>
            <numerusform>Срок — через %n дней, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Срок — завтра</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок — сегодня</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>kind of contact, then its date: Meeting on 3 May 2026</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Left on %1, no successor recorded</source>
        <translation>Дата отъезда: %1; преемник не записан</translation>
    </message>
    <message numerus="yes">
        <source>Was expected to leave %n day(s) ago</source>
        <translation>
            <numerusform>Ожидаемый отъезд был %n день назад</numerusform>
            <numerusform>Ожидаемый отъезд был %n дня назад</numerusform>
            <numerusform>Ожидаемый отъезд был %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting ends today</source>
        <translation>Назначение заканчивается сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Posting ends in %n day(s), on %1</source>
        <translation>
            <numerusform>Назначение заканчивается через %n день, %1</numerusform>
            <numerusform>Назначение заканчивается через %n дня, %1</numerusform>
            <numerusform>Назначение заканчивается через %n дней, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) ago</source>
        <translation>
            <numerusform>Обещано к %1 — %n день назад</numerusform>
            <numerusform>Обещано к %1 — %n дня назад</numerusform>
            <numerusform>Обещано к %1 — %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>Контакты пока не записаны</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Нет контакта уже %n день</numerusform>
            <numerusform>Нет контакта уже %n дня</numerusform>
            <numerusform>Нет контакта уже %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Последний контакт: %1</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Обновить…</translation>
    </message>
    <message>
        <source>Update the commitment</source>
        <translation>Обновить сведения об обещании</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>Log an interaction for %1</source>
        <translation>Записать контакт по делу «%1»</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Mark the follow-up done: %1</source>
        <translation>Отметить напоминание как выполненное: %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Через %n день</numerusform>
            <numerusform>Через %n дня</numerusform>
            <numerusform>Через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>On another day…</source>
        <translation>В другой день…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Snooze or reschedule: %1</source>
        <translation>Отложить или перенести: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <source>Why this matters:</source>
        <translation>Почему это важно:</translation>
    </message>
    <message>
        <source>Following up after a meeting</source>
        <translation>Что делать после встречи</translation>
    </message>
    <message>
        <source>When officials move on</source>
        <translation>Когда сотрудники посольства меняются</translation>
    </message>
    <message>
        <source>&amp;Days without contact:</source>
        <translation>&amp;Дней без контакта:</translation>
    </message>
    <message>
        <source>Days without contact before an embassy or case is listed</source>
        <translation>Через сколько дней без контакта посольство или дело попадает в этот список</translation>
    </message>
    <message>
        <source>Nothing needs you today</source>
        <translation>Сегодня ничего не требует вашего внимания</translation>
    </message>
    <message>
        <source>No follow-ups are due, no officer is about to leave and no commitment is overdue.</source>
        <translation>Напоминаний на сегодня нет, никто из сотрудников не собирается уезжать, просроченных обещаний нет.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Напоминания (%n)</numerusform>
            <numerusform>Напоминания (%n)</numerusform>
            <numerusform>Напоминания (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n oldest. Mark some done to see the rest.</source>
        <translation>
            <numerusform>Показано только %n самое давнее напоминание. Отметьте выполненные, чтобы увидеть остальные.</numerusform>
            <numerusform>Показаны только %n самых давних напоминания. Отметьте выполненные, чтобы увидеть остальные.</numerusform>
            <numerusform>Показаны только %n самых давних напоминаний. Отметьте выполненные, чтобы увидеть остальные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new point of contact</source>
        <translation>Попросите новое контактное лицо</translation>
    </message>
    <message>
        <source>These officers are leaving or have left. Ask the embassy who takes over, then record the successor.</source>
        <translation>Эти сотрудники уезжают или уже уехали. Спросите в посольстве, кто принимает дела, и запишите преемника.</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Просроченные обещания</translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Скоро (%n)</numerusform>
            <numerusform>Скоро (%n)</numerusform>
            <numerusform>Скоро (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s).</source>
        <translation>
            <numerusform>В течение %n дня сроков нет.</numerusform>
            <numerusform>В течение %n дней сроков нет.</numerusform>
            <numerusform>В течение %n дней сроков нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n day(s).</source>
        <translation>
            <numerusform>Напоминания со сроком в течение %n дня.</numerusform>
            <numerusform>Напоминания со сроком в течение %n дней.</numerusform>
            <numerusform>Напоминания со сроком в течение %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n.</source>
        <translation>
            <numerusform>Показано первое %n напоминание.</numerusform>
            <numerusform>Показаны первые %n напоминания.</numerusform>
            <numerusform>Показаны первые %n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Давно нет контакта</translation>
    </message>
    <message numerus="yes">
        <source>Every embassy and open case has had contact in the last %n day(s).</source>
        <translation>
            <numerusform>Со всеми посольствами и по всем открытым делам были контакты за последние %n день.</numerusform>
            <numerusform>Со всеми посольствами и по всем открытым делам были контакты за последние %n дня.</numerusform>
            <numerusform>Со всеми посольствами и по всем открытым делам были контакты за последние %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engage early and often, so the embassy knows you before an emergency.</source>
        <translation>Выходите на связь заранее и регулярно, чтобы посольство знало вас до того, как случится беда.</translation>
    </message>
</context>
<context>
    <name>TodaySettingsBox</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>&amp;Show follow-ups coming up in the next days:</source>
        <translation>Показывать напоминания на ближайшие &amp;дни:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Не показывать</translation>
    </message>
    <message>
        <source>Days ahead shown under Coming up on Today</source>
        <translation>На сколько дней вперёд показывать раздел «Скоро» на экране «Сегодня»</translation>
    </message>
    <message>
        <source>Today lists what is due or overdue, then what comes up in these days (0 turns it off).</source>
        <translation>На экране «Сегодня» сначала то, срок чего настал или прошёл, затем то, что наступит в эти дни (0 — не показывать).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — hrdesk</source>
        <translation>Разблокировка — hrdesk</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Разблокируйте хранилище</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Хранилище заблокировано. Введите парольную фразу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Demo: the passphrase is %1</source>
        <translation>Демонстрационный режим: парольная фраза — %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>В&amp;осстановить из резервной копии…</translation>
    </message>
    <message numerus="yes">
        <source>Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>Осталось попыток до стирания хранилища: %n.</numerusform>
            <numerusform>Осталось попыток до стирания хранилища: %n.</numerusform>
            <numerusform>Осталось попыток до стирания хранилища: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted.</source>
        <translation>Данные о неверных попытках ввода парольной фразы были изменены или удалены.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>Still unlocking… The first time a new version of hrdesk opens a vault, it may update it, which can take a minute for a large contact log.</source>
        <translation>Разблокировка ещё идёт… Когда новая версия hrdesk впервые открывает хранилище, она может его обновить; при большом журнале контактов это занимает до минуты.</translation>
    </message>
    <message>
        <source>Locked. Type your passphrase again to open the vault.</source>
        <translation>Заблокировано. Введите парольную фразу ещё раз, чтобы открыть хранилище.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not correct. Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>Парольная фраза неверна. Осталось попыток до стирания хранилища: %n.</numerusform>
            <numerusform>Парольная фраза неверна. Осталось попыток до стирания хранилища: %n.</numerusform>
            <numerusform>Парольная фраза неверна. Осталось попыток до стирания хранилища: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Парольная фраза неверна. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault is open in another hrdesk window. Close it there first.</source>
        <translation>Это хранилище открыто в другом окне hrdesk. Сначала закройте его там.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or are not an hrdesk vault. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation>Файлы хранилища повреждены или не являются хранилищем hrdesk. Ничего не изменено. Если у вас есть резервная копия, восстановите хранилище из неё.</translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing was changed.</source>
        <translation>Не удалось открыть хранилище. Ничего не изменено.</translation>
    </message>
</context>
</TS>
