<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Article</name>
    <message>
        <source>a line break, where the text must be one line</source>
        <translation>перенос строки там, где текст должен быть в одну строку</translation>
    </message>
    <message>
        <source>an invisible control character (U+%1)</source>
        <translation>невидимый управляющий символ (U+%1)</translation>
    </message>
    <message>
        <source>an invisible direction override (U+%1) that reorders the text</source>
        <translation>невидимый символ смены направления (U+%1), который меняет порядок текста</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>status of a story</comment>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>status of a story: sent for review</comment>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <comment>status of a story</comment>
        <translation>На доработке</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>status of a story</comment>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>status of a story</comment>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Published</source>
        <comment>status of a story</comment>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <comment>status of a story: taken off the site</comment>
        <translation>Снят с публикации</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>kicker</source>
        <translation>надзаголовок</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>место и дата</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>search title</source>
        <translation>заголовок для поисковиков</translation>
    </message>
    <message>
        <source>search description</source>
        <translation>описание для поисковиков</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
</context>
<context>
    <name>ArticleJson</name>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>неизвестное состояние «%1»</translation>
    </message>
    <message>
        <source>unknown photo role &apos;%1&apos;</source>
        <translation>неизвестная роль фото «%1»</translation>
    </message>
</context>
<context>
    <name>ArticleRepository</name>
    <message>
        <source>no free slug near &apos;%1&apos;</source>
        <translation>нет свободного адреса, похожего на «%1»</translation>
    </message>
    <message>
        <source>a byline needs a staff member or a name</source>
        <translation>в подписи автора нужен сотрудник или имя</translation>
    </message>
    <message>
        <source>a photo of the story was never stored</source>
        <translation>фото материала так и не было сохранено</translation>
    </message>
    <message>
        <source>story %1 is no longer in the newsroom</source>
        <translation>материала %1 больше нет в редакции</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else meanwhile (revision %2; yours was based on %3)</source>
        <translation>«%1» тем временем сохранил кто-то другой (версия %2; ваша основана на версии %3)</translation>
    </message>
    <message>
        <source>the slug of a published story stays “%1” so that its address keeps working</source>
        <translation>адрес опубликованного материала остаётся «%1», чтобы ссылки на него продолжали работать</translation>
    </message>
    <message>
        <source>the new story got no id</source>
        <translation>новый материал не получил id</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else meanwhile</source>
        <translation>«%1» тем временем сохранил кто-то другой</translation>
    </message>
    <message>
        <source>revision %1 of story %2 is damaged: %3</source>
        <translation>версия %1 материала %2 повреждена: %3</translation>
    </message>
    <message>
        <source>type at least one word to search for</source>
        <translation>введите хотя бы одно слово для поиска</translation>
    </message>
    <message numerus="yes">
        <source>the slug &apos;%1&apos; may hold only a-z, 0-9 and hyphens, at most %n character(s)</source>
        <translation>
            <numerusform>адрес «%1» может содержать только a-z, 0-9 и дефисы, не более %n символа</numerusform>
            <numerusform>адрес «%1» может содержать только a-z, 0-9 и дефисы, не более %n символов</numerusform>
            <numerusform>адрес «%1» может содержать только a-z, 0-9 и дефисы, не более %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no story at the address “%1”</source>
        <translation>нет материала с адресом «%1»</translation>
    </message>
    <message>
        <source>there is no story %1</source>
        <translation>нет материала с номером %1</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it to change it</source>
        <translation>«%1» в корзине: чтобы изменить материал, восстановите его</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>cannot flush %1 to disk</source>
        <translation>не удаётся записать %1 на диск</translation>
    </message>
    <message>
        <source>cannot move the finished file to %1</source>
        <translation>не удаётся переместить готовый файл в %1</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>копирование %1: %2</translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation>%1: нет такого файла резервной копии</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a backup: %2</source>
        <translation>%1 не открывается как резервная копия: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a newsroom backup: %2</source>
        <translation>%1 повреждён или не является резервной копией редакции: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a newsroom backup</source>
        <translation>%1 — файл SQLite, но не резервная копия редакции</translation>
    </message>
    <message>
        <source>%1 was made by a newer Newsroom (schema %2); update Newsroom to restore it</source>
        <translation>%1 создан более новой версией Newsroom (схема %2); обновите Newsroom, чтобы восстановить его</translation>
    </message>
    <message>
        <source>%1 has no checksum: it is not a backup made by `newsroom backup`, or its checksum was taken out. Nothing was restored. A newsroom file can be opened as it is, with --database sqlite:%1</source>
        <translation>у %1 нет контрольной суммы: это не резервная копия, сделанная `newsroom backup`, или контрольную сумму из неё удалили. Ничего не восстановлено. Файл редакции можно открыть как есть: --database sqlite:%1</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents no longer match the checksum taken when the backup was made</source>
        <translation>%1 повреждён: его содержимое больше не совпадает с контрольной суммой, снятой при создании резервной копии</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>не удаётся записать в %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup</source>
        <translation>%1 уже существует; выберите для резервной копии новое имя</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>не удаётся записать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; restore to a new file, or pass --replace to overwrite it</source>
        <translation>%1 уже существует; восстановите в новый файл или укажите --replace, чтобы перезаписать его</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>не удаётся скопировать %1 в %2: %3</translation>
    </message>
    <message>
        <source>cannot make a temporary folder to read %1 from: %2</source>
        <translation>не удаётся создать временную папку для чтения %1: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to a temporary folder: %2</source>
        <translation>не удаётся скопировать %1 во временную папку: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n story(s); restore into an empty newsroom database</source>
        <translation>
            <numerusform>в %1 уже есть %n материал; восстанавливайте в пустую базу редакции</numerusform>
            <numerusform>в %1 уже есть %n материала; восстанавливайте в пустую базу редакции</numerusform>
            <numerusform>в %1 уже есть %n материалов; восстанавливайте в пустую базу редакции</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it, or choose another</source>
        <translation>папки %1 нет; создайте её или выберите другую</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>
Common options (before or after the command):
  --database &lt;url&gt;  sqlite:PATH or postgresql://user@host:port/database;
                    else $NEWSROOM_DATABASE, else the default file.
</source>
        <translation>
Общие параметры (до или после команды):
  --database &lt;адрес&gt;  sqlite:PATH или postgresql://user@host:port/database;
                      иначе $NEWSROOM_DATABASE, иначе файл по умолчанию.
</translation>
    </message>
    <message>
        <source>Fill the new newsroom with the demo stories.</source>
        <translation>Заполнить новую редакцию демонстрационными материалами.</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>Название сайта.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>The newsroom&apos;s city.</source>
        <translation>Город редакции.</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>The newsroom&apos;s time zone (default Asia/Almaty).</source>
        <translation>Часовой пояс редакции (по умолчанию Asia/Almaty).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>пояс</translation>
    </message>
    <message>
        <source>Create a newsroom database.</source>
        <translation>Создать базу данных редакции.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>The newsroom is ready at %1 (schema %2).</source>
        <translation>Редакция готова: %1 (схема %2).</translation>
    </message>
    <message>
        <source>Only stories in this state (draft, submitted, ..., published).</source>
        <translation>Только материалы в этом состоянии (draft, submitted, ..., published).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>Only this category and those under it, e.g. Новости/Общество.</source>
        <translation>Только этот раздел и вложенные в него, например Новости/Общество.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Only stories with this staff member in the byline.</source>
        <translation>Только материалы, где этот сотрудник указан в подписи автора.</translation>
    </message>
    <message>
        <source>Only stories with this tag.</source>
        <translation>Только материалы с этим тегом.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <source>Changed on or after this date (newsroom time).</source>
        <translation>Изменённые в эту дату или позже (время редакции).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Changed before this date.</source>
        <translation>Изменённые до этой даты.</translation>
    </message>
    <message>
        <source>updated (default), published, created or headline.</source>
        <translation>updated (по умолчанию), published, created или headline.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>At most this many stories (default 50).</source>
        <translation>Не больше стольких материалов (по умолчанию 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Пропустить столько первых.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>List the newsroom&apos;s stories, newest first.</source>
        <translation>Список материалов редакции, сначала новые.</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>неизвестное состояние «%1»</translation>
    </message>
    <message>
        <source>unknown order “%1”: updated, published, created or headline</source>
        <translation>неизвестный порядок «%1»: updated, published, created или headline</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1, --offset one of at least 0</source>
        <translation>--limit принимает целое число не меньше 1, --offset — не меньше 0</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2026-01-31 or 2026-01-31T10:00</source>
        <translation>«%1» — не дата: пишите 2026-01-31 или 2026-01-31T10:00</translation>
    </message>
    <message>
        <source>Show one story, by id or slug.</source>
        <translation>Показать один материал по id или адресу.</translation>
    </message>
    <message>
        <source>name one story, by its id or its slug</source>
        <translation>укажите один материал: его id или адрес</translation>
    </message>
    <message>
        <source>Story %1, revision %2, %3</source>
        <translation>Материал %1, версия %2, %3</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Раздел: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Подпись автора: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Место и дата: %1</translation>
    </message>
    <message>
        <source>Updated: %1 (%2)</source>
        <translation>Изменён: %1 (%2)</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Опубликован: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Запланирован: %1</translation>
    </message>
    <message>
        <source>Embargoed until: %1</source>
        <translation>Эмбарго до: %1</translation>
    </message>
    <message>
        <source>Only stories in this state.</source>
        <translation>Только материалы в этом состоянии.</translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation>Не больше стольких результатов (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Search headlines, leads, bodies, bylines and captions. Every word must occur, in any of its forms; &quot;quoted words&quot; as a phrase; word* as a prefix.</source>
        <translation>Поиск по заголовкам, лидам, текстам, подписям авторов и подписям к фото. Каждое слово должно встретиться в любой из своих форм; &quot;слова в кавычках&quot; — как фраза; слово* — как начало слова.</translation>
    </message>
    <message>
        <source>give the words to search for</source>
        <translation>укажите слова для поиска</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1, not “%1”</source>
        <translation>--limit принимает целое число не меньше 1, а не «%1»</translation>
    </message>
    <message>
        <source>Stories found: %1</source>
        <translation>Найдено материалов: %1</translation>
    </message>
    <message>
        <source>Import Markdown stories with YAML front matter (Hugo and Jekyll files, or Newsroom&apos;s own), from files or folders. Each file is imported whole or not at all; the others go ahead.</source>
        <translation>Импорт материалов в Markdown с блоком метаданных YAML (файлы Hugo и Jekyll или собственные файлы Newsroom) из файлов или папок. Каждый файл импортируется целиком или не импортируется вовсе; остальные при этом импортируются дальше.</translation>
    </message>
    <message>
        <source>name the files or folders to import</source>
        <translation>укажите файлы или папки для импорта</translation>
    </message>
    <message>
        <source>no .md files in %1</source>
        <translation>в %1 нет файлов .md</translation>
    </message>
    <message>
        <source>newsroom import: note: %1</source>
        <translation>newsroom import: примечание: %1</translation>
    </message>
    <message>
        <source>newsroom import: stopped: %1</source>
        <translation>newsroom import: остановлено: %1</translation>
    </message>
    <message>
        <source>Import those again once the server answers. Running the whole import again also works for files that name their slug: those already in the newsroom are refused by it.</source>
        <translation>Импортируйте их снова, когда сервер ответит. Можно и запустить весь импорт заново — для файлов, где указан адрес: те, что уже есть в редакции, будут отклонены.</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Папка, в которую писать.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Write every story as Markdown with YAML front matter, one folder per story with its photos: what `newsroom import` reads back.</source>
        <translation>Записать каждый материал в Markdown с блоком метаданных YAML, по папке на материал вместе с его фото: в том виде, который читает `newsroom import`.</translation>
    </message>
    <message>
        <source>say where to write with --out FOLDER</source>
        <translation>укажите, куда писать: --out FOLDER</translation>
    </message>
    <message>
        <source>newsroom export-markdown: kept %1</source>
        <translation>newsroom export-markdown: оставлен %1</translation>
    </message>
    <message>
        <source>The folder of the site (empty, or a previous export).</source>
        <translation>Папка сайта (пустая или от предыдущего экспорта).</translation>
    </message>
    <message>
        <source>Rewrite every file, not only what changed.</source>
        <translation>Переписать все файлы, а не только изменившиеся.</translation>
    </message>
    <message>
        <source>Where the site will be, e.g. https://news.example.kz/ (else the site settings&apos;).</source>
        <translation>Где будет сайт, например https://news.example.kz/ (иначе — из настроек сайта).</translation>
    </message>
    <message>
        <source>A folder of templates and CSS overriding the default theme.</source>
        <translation>Папка с шаблонами и CSS, заменяющими стандартную тему.</translation>
    </message>
    <message>
        <source>Export as at this UTC time, &quot;YYYY-MM-DD HH:MM&quot; (for reproducible builds).</source>
        <translation>Экспорт по состоянию на это время UTC, &quot;YYYY-MM-DD HH:MM&quot; (для воспроизводимой сборки).</translation>
    </message>
    <message>
        <source>Say how long each step of the export took.</source>
        <translation>Показать, сколько занял каждый шаг экспорта.</translation>
    </message>
    <message>
        <source>Keep this folder current: export to it again after each publication, unpublication and correction.</source>
        <translation>Поддерживать эту папку в актуальном виде: экспортировать в неё снова после каждой публикации, снятия с публикации и исправления.</translation>
    </message>
    <message>
        <source>Stop exporting after each publication.</source>
        <translation>Больше не экспортировать после каждой публикации.</translation>
    </message>
    <message>
        <source>Export the site as static HTML: published stories past their embargo, with section, tag and author pages, feeds and sitemaps. Only what changed is rewritten.</source>
        <translation>Экспорт сайта в статический HTML: опубликованные материалы с истёкшим эмбарго, страницы разделов, тегов и авторов, ленты и карты сайта. Переписывается только то, что изменилось.</translation>
    </message>
    <message>
        <source>--on-publish and --not-on-publish say opposite things</source>
        <translation>--on-publish и --not-on-publish противоречат друг другу</translation>
    </message>
    <message>
        <source>The site is exported only when asked from now on.</source>
        <translation>Теперь сайт экспортируется только по запросу.</translation>
    </message>
    <message>
        <source>--base-url wants an http or https address, not “%1”</source>
        <translation>--base-url ждёт адрес http или https, а не «%1»</translation>
    </message>
    <message>
        <source>--at wants &quot;YYYY-MM-DD HH:MM&quot;, not “%1”</source>
        <translation>--at ждёт &quot;YYYY-MM-DD HH:MM&quot;, а не «%1»</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>newsroom export: kept %1</source>
        <translation>newsroom export: оставлен %1</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 мс</translation>
    </message>
    <message>
        <source>Save a consistent copy of the whole newsroom to a new file, while others keep working. The copy is an SQLite newsroom, whichever engine the newsroom uses.</source>
        <translation>Сохранить целостную копию всей редакции в новый файл, пока остальные продолжают работать. Копия — редакция в SQLite, какой бы движок ни использовала редакция.</translation>
    </message>
    <message>
        <source>name the backup file to create</source>
        <translation>укажите файл резервной копии, который нужно создать</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Резервная копия %1 сохранена в %2.</translation>
    </message>
    <message>
        <source>Overwrite an existing SQLite newsroom file.</source>
        <translation>Перезаписать существующий файл редакции SQLite.</translation>
    </message>
    <message>
        <source>Restore a backup into the newsroom named by --database: a new SQLite file, or an empty PostgreSQL database. A damaged backup is refused before anything is written.</source>
        <translation>Восстановить резервную копию в редакцию, указанную в --database: новый файл SQLite или пустую базу PostgreSQL. Повреждённая копия отклоняется до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <source>name the backup file to restore</source>
        <translation>укажите файл резервной копии для восстановления</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 восстановлен в %2.</translation>
    </message>
    <message>
        <source>Check that the newsroom&apos;s database is sound: on a file, SQLite&apos;s integrity check, the links between tables and the search index; on a server, the search index. Changes nothing.</source>
        <translation>Проверить, что база данных редакции в порядке: для файла — проверка целостности SQLite, связи между таблицами и поисковый индекс; для сервера — поисковый индекс. Ничего не меняет.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no problems found (%n checks).</source>
        <translation>
            <numerusform>%1: проблем не найдено (%n проверка).</numerusform>
            <numerusform>%1: проблем не найдено (%n проверки).</numerusform>
            <numerusform>%1: проблем не найдено (%n проверок).</numerusform>
        </translation>
    </message>
    <message>
        <source>newsroom check: %1</source>
        <translation>newsroom check: ошибка: %1</translation>
    </message>
    <message>
        <source>newsroom check: %1 is damaged. Stop working in it, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>newsroom check: %1 повреждён. Прекратите в нём работать и восстановите редакцию из резервной копии командой `newsroom restore`.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n story(s)</source>
        <translation>
            <numerusform>%1 из %n материала</numerusform>
            <numerusform>%1 из %n материалов</numerusform>
            <numerusform>%1 из %n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s) into %2.</source>
        <translation>
            <numerusform>Импортировано %1 из %n файла в %2.</numerusform>
            <numerusform>Импортировано %1 из %n файлов в %2.</numerusform>
            <numerusform>Импортировано %1 из %n файлов в %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are in the newsroom:</source>
        <translation>
            <numerusform>Уже в редакции — %n файл:</numerusform>
            <numerusform>Уже в редакции — %n файла:</numerusform>
            <numerusform>Уже в редакции — %n файлов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are not in the newsroom:</source>
        <translation>
            <numerusform>Не попали в редакцию — %n файл:</numerusform>
            <numerusform>Не попали в редакцию — %n файла:</numerusform>
            <numerusform>Не попали в редакцию — %n файлов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n story(s) to %1: %2.</source>
        <translation>
            <numerusform>Записан %n материал в %1: %2.</numerusform>
            <numerusform>Записано %n материала в %1: %2.</numerusform>
            <numerusform>Записано %n материалов в %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(s) to %1: %2.</source>
        <translation>
            <numerusform>Экспортирован %n материал в %1: %2.</numerusform>
            <numerusform>Экспортировано %n материала в %1: %2.</numerusform>
            <numerusform>Экспортировано %n материалов в %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %1 with %n demo story(s).</source>
        <translation>
            <numerusform>В %1 добавлен %n демонстрационный материал.</numerusform>
            <numerusform>В %1 добавлено %n демонстрационных материала.</numerusform>
            <numerusform>В %1 добавлено %n демонстрационных материалов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published, but lacking what publishing asks for (%n story(s); they stay published, to be mended):</source>
        <translation>
            <numerusform>Опубликован, но без того, что нужно для публикации (%n материал; он остаётся опубликованным, его нужно доделать):</numerusform>
            <numerusform>Опубликованы, но без того, что нужно для публикации (%n материала; они остаются опубликованными, их нужно доделать):</numerusform>
            <numerusform>Опубликованы, но без того, что нужно для публикации (%n материалов; они остаются опубликованными, их нужно доделать):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>newsroom import: not imported: %n file(s); the newsroom has none of their content.</source>
        <translation>
            <numerusform>newsroom import: не импортирован %n файл; в редакции нет ничего из его содержимого.</numerusform>
            <numerusform>newsroom import: не импортировано %n файла; в редакции нет ничего из их содержимого.</numerusform>
            <numerusform>newsroom import: не импортировано %n файлов; в редакции нет ничего из их содержимого.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;newsroom %1 --help&apos;.</source>
        <translation>Попробуйте «newsroom %1 --help».</translation>
    </message>
    <message>
        <source>With add: the word in that form only, without endings.</source>
        <translation>С add: слово только в этой форме, без окончаний.</translation>
    </message>
    <message>
        <source>List the newsroom dictionary, or add or remove words: dictionary add WORD…</source>
        <translation>Показать словарь редакции, добавить или удалить слова: dictionary add СЛОВО…</translation>
    </message>
    <message>
        <source>say list, add or remove, not “%1”</source>
        <translation>укажите list, add или remove, а не «%1»</translation>
    </message>
    <message>
        <source>Added to the newsroom dictionary: %1</source>
        <translation>Добавлено в словарь редакции: %1</translation>
    </message>
    <message>
        <source>Removed from the newsroom dictionary: %1</source>
        <translation>Удалено из словаря редакции: %1</translation>
    </message>
    <message>
        <source>%1 (this form only)</source>
        <translation>%1 (только эта форма)</translation>
    </message>
    <message>
        <source>name the words: dictionary %1 Осакаровка</source>
        <translation>укажите слова: dictionary %1 Осакаровка</translation>
    </message>
    <message>
        <source>story</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>words</source>
        <translation>слова</translation>
    </message>
    <message>
        <source>paths…</source>
        <translation>файлы…</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Added to the newsroom dictionary, in this form only: %1</source>
        <translation>Добавлено в словарь редакции, только в этой форме: %1</translation>
    </message>
    <message>
        <source>Already in the newsroom dictionary: %1</source>
        <translation>Уже есть в словаре редакции: %1</translation>
    </message>
    <message>
        <source>say list, add, rename, move, merge or delete, not “%1”</source>
        <translation>укажите list, add, rename, move, merge или delete, а не «%1»</translation>
    </message>
    <message numerus="yes">
        <source>“sections %1” takes %n argument(s), e.g. sections %2</source>
        <translation>
            <numerusform>«sections %1» принимает %n аргумент, например: sections %2</numerusform>
            <numerusform>«sections %1» принимает %n аргумента, например: sections %2</numerusform>
            <numerusform>«sections %1» принимает %n аргументов, например: sections %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No sections yet: newsroom sections add Новости</source>
        <translation>Разделов пока нет: newsroom sections add Новости</translation>
    </message>
    <message>
        <source>name a section, not the top</source>
        <translation>укажите раздел, а не верхний уровень</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2”; its address stays as it was.</source>
        <translation>Раздел %1 переименован в «%2»; адрес остался прежним.</translation>
    </message>
    <message>
        <source>Deleted the section %1.</source>
        <translation>Раздел %1 удалён.</translation>
    </message>
    <message>
        <source>Moved %1 to the top.</source>
        <translation>Раздел %1 перенесён на верхний уровень.</translation>
    </message>
    <message>
        <source>Moved %1 under %2.</source>
        <translation>Раздел %1 перенесён в %2.</translation>
    </message>
    <message>
        <source>name the section to merge into</source>
        <translation>укажите раздел, с которым объединить</translation>
    </message>
    <message>
        <source>Merged %1 into %2: its stories and subsections are there now.</source>
        <translation>Раздел %1 объединён с %2: его материалы и подразделы теперь там.</translation>
    </message>
    <message numerus="yes">
        <source>(%n story(s), %1)</source>
        <translation>
            <numerusform>(%n материал, %1)</numerusform>
            <numerusform>(%n материала, %1)</numerusform>
            <numerusform>(%n материалов, %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the section %1.</source>
        <translation>Добавлен раздел %1.</translation>
    </message>
    <message>
        <source>Made the sections above it too: %1.</source>
        <translation>Созданы и разделы над ним: %1.</translation>
    </message>
    <message>
        <source>In the trash since %1: `newsroom trash restore %2` brings it back</source>
        <translation>В корзине с %1: `newsroom trash restore %2` вернёт его</translation>
    </message>
    <message>
        <source>Only stories in this language: ru, kk or en.</source>
        <translation>Только материалы на этом языке: ru, kk или en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>неизвестный язык «%1»: укажите ru, kk или en</translation>
    </message>
    <message>
        <source>With rename: the section&apos;s name on the site&apos;s pages in this language (ru, kk or en); an empty name removes it.</source>
        <translation>С rename: название раздела на страницах сайта на этом языке (ru, kk или en); пустое название убирает его.</translation>
    </message>
    <message>
        <source>List the site&apos;s sections, or change them: sections add Новости/Экономика, rename PATH NAME (--language kk: its name on the Kazakh pages), move PATH PARENT (/ for the top), merge PATH INTO, delete PATH. A renamed section keeps its address; only an empty section can be deleted.</source>
        <translation>Показать разделы сайта или изменить их: sections add Новости/Экономика, rename ПУТЬ ИМЯ (--language kk: его название на казахских страницах), move ПУТЬ РОДИТЕЛЬ (/ — верхний уровень), merge ПУТЬ КУДА, delete ПУТЬ. Переименованный раздел сохраняет адрес; удалить можно только пустой раздел.</translation>
    </message>
    <message>
        <source>--language goes with rename only</source>
        <translation>--language указывается только с rename</translation>
    </message>
    <message>
        <source>the sections&apos; own names are in %1: rename it without --language</source>
        <translation>собственные названия разделов — на языке %1: переименуйте раздел без --language</translation>
    </message>
    <message>
        <source>%1 has no name of its own in %2 now: its pages there show “%1”.</source>
        <translation>У раздела %1 больше нет своего названия на языке %2: страницы на нём показывают «%1».</translation>
    </message>
    <message>
        <source>%1 is “%2” on the site&apos;s pages in %3.</source>
        <translation>На страницах сайта на языке %3 раздел %1 называется «%2».</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option --database needs a value, e.g. --database sqlite:/path/newsroom.db</source>
        <translation>параметру --database нужно значение, например --database sqlite:/path/newsroom.db</translation>
    </message>
    <message>
        <source>option --open needs a story&apos;s id or slug</source>
        <translation>параметру --open нужен id или адрес материала</translation>
    </message>
    <message>
        <source>option --screenshot needs the path of a PNG file</source>
        <translation>параметру --screenshot нужен путь к файлу PNG</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>--screenshot, --demo and --open are for the window, not for the command &apos;%1&apos;</source>
        <translation>--screenshot, --demo и --open относятся к окну, а не к команде «%1»</translation>
    </message>
    <message>
        <source>open one backup at a time, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>открывайте по одной резервной копии, а не «%1» и «%2» сразу</translation>
    </message>
    <message>
        <source>%1 is not a Newsroom backup; the window opens backups, named NAME.newsroom</source>
        <translation>%1 — не резервная копия редакции; окно открывает резервные копии с именем ИМЯ.newsroom</translation>
    </message>
    <message>
        <source>to restore %1, write: newsroom restore %1</source>
        <translation>чтобы восстановить %1, напишите: newsroom restore %1</translation>
    </message>
    <message>
        <source>Usage: newsroom [--database URL | --demo] [--open STORY] [--screenshot FILE] [BACKUP]
       newsroom COMMAND [OPTIONS]

Without a command, opens the newsroom window.

Options:
  --database URL     sqlite:PATH or postgresql://user@host:port/database
  --demo             open a throwaway newsroom filled with sample stories
  --open STORY       open a story, by id or slug, in the editor
  --screenshot FILE  open the window, save it as a PNG file and quit
  BACKUP             a .newsroom backup file: offer to restore it
  -h, --help         show this help
  -v, --version      show the version

Commands (no display needed):
</source>
        <translation>Использование: newsroom [--database URL | --demo] [--open МАТЕРИАЛ] [--screenshot ФАЙЛ] [КОПИЯ]
               newsroom КОМАНДА [ПАРАМЕТРЫ]

Без команды открывает окно редакции.

Параметры:
  --database URL     sqlite:PATH или postgresql://user@host:port/database
  --demo             открыть временную редакцию с демонстрационными материалами
  --open МАТЕРИАЛ    открыть материал в редакторе (по id или адресу)
  --screenshot ФАЙЛ  открыть окно, сохранить его снимок в файл PNG и выйти
  КОПИЯ              файл резервной копии .newsroom: предложить восстановить его
  -h, --help         показать эту справку
  -v, --version      показать версию

Команды (дисплей не нужен):
</translation>
    </message>
    <message>
        <source>--demo opens a throwaway newsroom; it cannot be given with --database</source>
        <translation>--demo открывает временную редакцию; его нельзя указывать вместе с --database</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Show the version, the database drivers and the data folder.</source>
        <translation>Показать версию, драйверы баз данных и папку данных.</translation>
    </message>
    <message>
        <source>Newsroom %1 (Qt %2)</source>
        <translation>Newsroom %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Database drivers: %1</source>
        <translation>Драйверы баз данных: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <source>newsroom info: the Qt SQL driver %1 is missing (Debian package %2)</source>
        <translation>newsroom info: нет SQL-драйвера Qt %1 (пакет Debian %2)</translation>
    </message>
    <message>
        <source>create a newsroom database (--demo: with sample stories)</source>
        <translation>создать базу данных редакции (--demo: с демонстрационными материалами)</translation>
    </message>
    <message>
        <source>list stories, with filters</source>
        <translation>список материалов, с фильтрами</translation>
    </message>
    <message>
        <source>show one story</source>
        <translation>показать один материал</translation>
    </message>
    <message>
        <source>full-text search in every form of the words</source>
        <translation>полнотекстовый поиск по всем формам слов</translation>
    </message>
    <message>
        <source>import Markdown stories with front matter</source>
        <translation>импортировать материалы в Markdown с блоком метаданных</translation>
    </message>
    <message>
        <source>export the site as static HTML (--out DIR)</source>
        <translation>экспортировать сайт в статический HTML (--out DIR)</translation>
    </message>
    <message>
        <source>write every story as Markdown</source>
        <translation>записать все материалы в Markdown</translation>
    </message>
    <message>
        <source>save a consistent copy of the newsroom</source>
        <translation>сохранить целостную копию редакции</translation>
    </message>
    <message>
        <source>restore a backup into an empty newsroom</source>
        <translation>восстановить резервную копию в пустую редакцию</translation>
    </message>
    <message>
        <source>check that the newsroom&apos;s database is sound</source>
        <translation>проверить, что база данных редакции в порядке</translation>
    </message>
    <message>
        <source>list the staff, or add someone with a role</source>
        <translation>список сотрудников или добавление сотрудника с ролью</translation>
    </message>
    <message>
        <source>send a story for review</source>
        <translation>отправить материал на проверку</translation>
    </message>
    <message>
        <source>return a story to its reporter</source>
        <translation>вернуть материал на доработку корреспонденту</translation>
    </message>
    <message>
        <source>approve a submitted story</source>
        <translation>одобрить материал, отправленный на проверку</translation>
    </message>
    <message>
        <source>schedule a story (--at, newsroom time)</source>
        <translation>запланировать материал (--at, время редакции)</translation>
    </message>
    <message>
        <source>publish a story now</source>
        <translation>опубликовать материал сейчас</translation>
    </message>
    <message>
        <source>take a story off the site</source>
        <translation>снять материал с публикации</translation>
    </message>
    <message>
        <source>record a correction of a published story</source>
        <translation>записать исправление опубликованного материала</translation>
    </message>
    <message>
        <source>keep a story off the site until a time (--until, --lift)</source>
        <translation>не пускать материал на сайт до указанного времени (--until, --lift)</translation>
    </message>
    <message>
        <source>publish scheduled stories whose time has come</source>
        <translation>опубликовать запланированные материалы, время которых пришло</translation>
    </message>
    <message>
        <source>show a story&apos;s workflow history</source>
        <translation>показать историю прохождения материала</translation>
    </message>
    <message>
        <source>show the version, database drivers and data folder</source>
        <translation>показать версию, драйверы баз данных и папку данных</translation>
    </message>
    <message>
        <source>newsroom: unknown command &apos;%1&apos;</source>
        <translation>newsroom: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>on a shared server your database login decides who you are; --as is for a local newsroom</source>
        <translation>на общем сервере, кто вы, определяет ваш логин в базе данных; --as — только для локальной редакции</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Act as this staff member (a local newsroom only).</source>
        <translation>Действовать от имени этого сотрудника (только в локальной редакции).</translation>
    </message>
    <message>
        <source>%1: the change is made, but the site was not exported: %2</source>
        <translation>%1: изменение сделано, но сайт не экспортирован: %2</translation>
    </message>
    <message>
        <source>A note kept with the step (for a correction, shown to readers).</source>
        <translation>Примечание к шагу (для исправления — показывается читателям).</translation>
    </message>
    <message>
        <source>When to publish, &quot;YYYY-MM-DD HH:MM&quot; in the newsroom&apos;s time zone.</source>
        <translation>Когда опубликовать, &quot;YYYY-MM-DD HH:MM&quot; по часовому поясу редакции.</translation>
    </message>
    <message>
        <source>name one story, by its id or its slug</source>
        <translation>укажите один материал: его id или адрес</translation>
    </message>
    <message>
        <source>say when with --at &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>укажите время: --at &quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <source>%1 has passed: it is %2 now (newsroom time). Give a later time, or publish the story now with `newsroom publish`.</source>
        <translation>%1 уже прошло: сейчас %2 (время редакции). Укажите более позднее время или опубликуйте материал сейчас командой `newsroom publish`.</translation>
    </message>
    <message>
        <source>“%1” is %2 now (revision %3)</source>
        <translation>«%1» теперь %2 (версия %3)</translation>
    </message>
    <message>
        <source>; it goes out at %1</source>
        <translation>; выходит в %1</translation>
    </message>
    <message>
        <source> (%1 here)</source>
        <translation> (здесь %1)</translation>
    </message>
    <message>
        <source>Send a story for review.</source>
        <translation>Отправить материал на проверку.</translation>
    </message>
    <message>
        <source>Return a story to its reporter, with --note.</source>
        <translation>Вернуть материал на доработку корреспонденту, с --note.</translation>
    </message>
    <message>
        <source>Approve a submitted story.</source>
        <translation>Одобрить материал, отправленный на проверку.</translation>
    </message>
    <message>
        <source>Schedule an approved story for publication.</source>
        <translation>Запланировать публикацию одобренного материала.</translation>
    </message>
    <message>
        <source>Publish a story now.</source>
        <translation>Опубликовать материал сейчас.</translation>
    </message>
    <message>
        <source>Take a published story off the site.</source>
        <translation>Снять опубликованный материал с публикации.</translation>
    </message>
    <message>
        <source>Record a correction of a published story (--note).</source>
        <translation>Записать исправление опубликованного материала (--note).</translation>
    </message>
    <message>
        <source>Until when, &quot;YYYY-MM-DD HH:MM&quot; in the newsroom&apos;s time zone.</source>
        <translation>До какого времени, &quot;YYYY-MM-DD HH:MM&quot; по часовому поясу редакции.</translation>
    </message>
    <message>
        <source>Lift the embargo.</source>
        <translation>Снять эмбарго.</translation>
    </message>
    <message>
        <source>Keep a story off the exported site until a time, whatever its state.</source>
        <translation>Не пускать материал на экспортируемый сайт до указанного времени, в каком бы состоянии он ни был.</translation>
    </message>
    <message>
        <source>say either --until &quot;YYYY-MM-DD HH:MM&quot; or --lift</source>
        <translation>укажите либо --until &quot;YYYY-MM-DD HH:MM&quot;, либо --lift</translation>
    </message>
    <message>
        <source>“%1” stays off the site until %2</source>
        <translation>«%1» не появится на сайте до %2</translation>
    </message>
    <message>
        <source>“%1” is no longer under embargo</source>
        <translation>«%1» больше не под эмбарго</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Publish every scheduled story whose time has come (for cron or a systemd timer).</source>
        <translation>Опубликовать все запланированные материалы, время которых пришло (для cron или таймера systemd).</translation>
    </message>
    <message numerus="yes">
        <source>Published %n due stories.</source>
        <translation>
            <numerusform>Опубликован %n запланированный материал.</numerusform>
            <numerusform>Опубликовано %n запланированных материала.</numerusform>
            <numerusform>Опубликовано %n запланированных материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>newsroom %1: story %2 “%3” was not published and is back with the desk as approved: %4</source>
        <translation>newsroom %1: материал %2 «%3» не опубликован и возвращён редакции как одобренный: %4</translation>
    </message>
    <message>
        <source>newsroom %1: story %2 “%3” was not published; the next run tries again: %4</source>
        <translation>newsroom %1: материал %2 «%3» не опубликован; следующий запуск попробует снова: %4</translation>
    </message>
    <message>
        <source>Show a story&apos;s workflow history.</source>
        <translation>Показать историю прохождения материала.</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>add one person: people add &quot;Имя Фамилия&quot; --role editor</source>
        <translation>добавьте одного человека: people add &quot;Имя Фамилия&quot; --role editor</translation>
    </message>
    <message>
        <source>--role is reporter, editor or admin, not “%1”</source>
        <translation>--role принимает reporter, editor или admin, а не «%1»</translation>
    </message>
    <message>
        <source>Added %1 (%2), id %3</source>
        <translation>Добавлен(а) %1 (%2), id %3</translation>
    </message>
    <message>
        <source>The site is up to date: %1.</source>
        <translation>Сайт обновлён: %1.</translation>
    </message>
    <message>
        <source>list the newsroom dictionary, or add or remove words</source>
        <translation>словарь редакции: показать, добавить или удалить слова</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>story</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>list the site&apos;s sections, or add, rename, move, merge or delete one</source>
        <translation>разделы сайта: показать, добавить, переименовать, перенести, объединить или удалить</translation>
    </message>
    <message>
        <source>move a story to the trash; list, restore or purge what is there</source>
        <translation>переместить материал в корзину; показать, восстановить или очистить её содержимое</translation>
    </message>
    <message>
        <source>Print JSON (with list).</source>
        <translation>Вывести JSON (вместе с list).</translation>
    </message>
    <message numerus="yes">
        <source>Move a story to the trash (by its id or slug), or: list what is there, restore a story from it, purge what has lain there for %n day(s) (admins).</source>
        <translation>
            <numerusform>Переместить материал в корзину (по номеру или адресу) или: показать содержимое корзины, восстановить из неё материал, удалить навсегда то, что пролежало там %n день (администраторы).</numerusform>
            <numerusform>Переместить материал в корзину (по номеру или адресу) или: показать содержимое корзины, восстановить из неё материал, удалить навсегда то, что пролежало там %n дня (администраторы).</numerusform>
            <numerusform>Переместить материал в корзину (по номеру или адресу) или: показать содержимое корзины, восстановить из неё материал, удалить навсегда то, что пролежало там %n дней (администраторы).</numerusform>
        </translation>
    </message>
    <message>
        <source>name a story to move to the trash, or say list, restore or purge</source>
        <translation>укажите материал, который нужно переместить в корзину, или list, restore либо purge</translation>
    </message>
    <message>
        <source>name one story to restore, by its id or its slug</source>
        <translation>укажите один материал для восстановления — по номеру или по адресу</translation>
    </message>
    <message>
        <source>--json goes with list</source>
        <translation>--json используется вместе с list</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>(purged from %1)</source>
        <translation>(может быть удалён с %1)</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Deleted for good: “%1”</source>
        <translation>Удалён навсегда: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) purged; what was trashed less than %1 days ago stays.</source>
        <translation>
            <numerusform>Удалён навсегда %n материал; то, что попало в корзину менее %1 дней назад, остаётся.</numerusform>
            <numerusform>Удалено навсегда %n материала; то, что попало в корзину менее %1 дней назад, остаётся.</numerusform>
            <numerusform>Удалено навсегда %n материалов; то, что попало в корзину менее %1 дней назад, остаётся.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is back among the stories, %2 as before (revision %3)</source>
        <translation>«%1» снова среди материалов, статус прежний: %2 (версия %3)</translation>
    </message>
    <message>
        <source>“%1” is in the trash (revision %2); `newsroom trash restore %3` brings it back, and after %4 days an admin may purge it</source>
        <translation>«%1» в корзине (версия %2); `newsroom trash restore %3` вернёт его, а через %4 дней администратор сможет удалить его навсегда</translation>
    </message>
    <message>
        <source>reporter, editor or admin (with add or set).</source>
        <translation>reporter, editor или admin (вместе с add или set).</translation>
    </message>
    <message>
        <source>Their database login on a shared server (with add or set).</source>
        <translation>Логин сотрудника в базе данных на общем сервере (вместе с add или set).</translation>
    </message>
    <message>
        <source>List the staff, add someone (people add NAME --role R), or give someone on the staff a role or a login (people set NAME --login L).</source>
        <translation>Показать сотрудников, добавить сотрудника (people add ИМЯ --role РОЛЬ) или дать сотруднику роль или логин (people set ИМЯ --login ЛОГИН).</translation>
    </message>
    <message>
        <source>say list, add or set, not “%1”</source>
        <translation>укажите list, add или set, а не «%1»</translation>
    </message>
    <message>
        <source>name one person and what changes: people set &quot;Имя Фамилия&quot; --role editor --login login</source>
        <translation>укажите одного сотрудника и что меняется: people set &quot;Имя Фамилия&quot; --role editor --login логин</translation>
    </message>
    <message>
        <source>%1 is %2 now</source>
        <translation>%1 теперь: %2</translation>
    </message>
    <message>
        <source>, with the login %1</source>
        <translation>, логин %1</translation>
    </message>
    <message>
        <source>take a story off the schedule</source>
        <translation>снять материал с расписания</translation>
    </message>
    <message>
        <source>Take a scheduled story off the schedule; it stays approved.</source>
        <translation>Снять запланированный материал с расписания; он остаётся одобренным.</translation>
    </message>
    <message>
        <source>(A local newsroom: commands act as the person its settings name, or as its owner; --as names someone else.)</source>
        <translation>(Локальная редакция: команды выполняются от имени сотрудника, указанного в её настройках, или её владельца; --as указывает другого.)</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>make a linked draft translation of a story (--into kk)</source>
        <translation>сделать связанный черновик перевода материала (--into kk)</translation>
    </message>
    <message>
        <source>show a story&apos;s translations, which are behind, and what changed since</source>
        <translation>показать переводы материала, какие отстали и что изменилось с тех пор</translation>
    </message>
    <message>
        <source>The language of the translation: ru, kk or en.</source>
        <translation>Язык перевода: ru, kk или en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Make a draft translation of a story, linked to it: headline, lead and body copied for the translator to write over, section, tags and photos shared.</source>
        <translation>Сделать черновик перевода материала, связанный с ним: заголовок, лид и текст копируются, чтобы переводчик написал поверх, раздел, теги и фотографии общие.</translation>
    </message>
    <message>
        <source>say which language with --into ru, kk or en</source>
        <translation>укажите язык: --into ru, kk или en</translation>
    </message>
    <message>
        <source>The translation was checked against its original as it is now.</source>
        <translation>Перевод сверен с оригиналом в его нынешнем виде.</translation>
    </message>
    <message>
        <source>Show a story&apos;s translations (or a translation&apos;s original and the others), which are behind their original, and what changed in it since.</source>
        <translation>Показать переводы материала (или оригинал перевода и другие переводы), какие из них отстали от оригинала и что в нём изменилось с тех пор.</translation>
    </message>
    <message>
        <source>Story %1 has no translations.</source>
        <translation>У материала %1 нет переводов.</translation>
    </message>
    <message>
        <source>original, revision %1</source>
        <translation>оригинал, версия %1</translation>
    </message>
    <message>
        <source>in step with the original</source>
        <translation>соответствует оригиналу</translation>
    </message>
    <message>
        <source>Changed since: %1</source>
        <translation>Изменилось с тех пор: %1</translation>
    </message>
    <message>
        <source>behind: in step with revision %1 of the original</source>
        <translation>отстал: соответствует версии %1 оригинала</translation>
    </message>
    <message>
        <source>newsroom %1: warning: %2</source>
        <translation>newsroom %1: предупреждение: %2</translation>
    </message>
    <message>
        <source>give --into once: one translation at a time</source>
        <translation>укажите --into один раз: один перевод за раз</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>неизвестный язык «%1»: укажите ru, kk или en</translation>
    </message>
    <message>
        <source>Made story %1, a draft translation of story %2 into %3.</source>
        <translation>Создан материал %1 — черновик перевода материала %2 на язык «%3».</translation>
    </message>
    <message>
        <source>Made story %1, a draft translation into %2 of story %3, the original of story %4.</source>
        <translation>Создан материал %1 — черновик перевода на язык «%2» материала %3, оригинала материала %4.</translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation>ещё не переведено</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <source>there is no comment %1</source>
        <translation>нет комментария %1</translation>
    </message>
    <message>
        <source>a comment needs some words</source>
        <translation>в комментарии нужен хоть какой-то текст</translation>
    </message>
    <message>
        <source>comment %1 is on another story</source>
        <translation>комментарий %1 относится к другому материалу</translation>
    </message>
    <message>
        <source>the comment got no id</source>
        <translation>комментарий не получил id</translation>
    </message>
    <message>
        <source>only its author and editors may change a comment; %1 did not write this one</source>
        <translation>изменять комментарий могут только его автор и редакторы; %1 не писал(а) этот комментарий</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Kicker</source>
        <translation>Надзаголовок</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Место и дата</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Заголовок для поисковиков</translation>
    </message>
    <message>
        <source>Search description</source>
        <translation>Описание для поисковиков</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>Nothing differs.</source>
        <translation>Различий нет.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>there is no newsroom database at %1; create one with `newsroom init`</source>
        <translation>по адресу %1 нет базы данных редакции; создайте её командой `newsroom init`</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 is read-only, or not yours to write in</source>
        <translation>не удаётся создать %1: папка %2 доступна только для чтения или у вас нет права писать в неё</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 — не файл</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>lost the connection to %1: %2</source>
        <translation>потеряно соединение с %1: %2</translation>
    </message>
    <message>
        <source>lost the connection to %1</source>
        <translation>потеряно соединение с %1</translation>
    </message>
    <message>
        <source>%1 is not a newsroom database, or it is damaged: %2</source>
        <translation>%1 — не база данных редакции или она повреждена: %2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>не удаётся использовать %1: %2</translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging (is its folder read-only?)</source>
        <translation>не удаётся перевести %1 в режим журнала упреждающей записи (WAL) (может быть, его папка доступна только для чтения?)</translation>
    </message>
    <message>
        <source>%1 does not have the tables this Newsroom expects (%2): it was changed by another program, or it is damaged. Nothing was changed; run `newsroom check`, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>в %1 нет таблиц, которых ожидает эта версия Newsroom (%2): базу изменила другая программа или она повреждена. Ничего не изменено; выполните `newsroom check` и восстановите редакцию из резервной копии командой `newsroom restore`.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>файл или его папка доступны только для чтения</translation>
    </message>
    <message>
        <source>the disk refused the write (%1): a full disk, a file-size limit or a failing disk</source>
        <translation>диск отказался записывать (%1): диск заполнен, превышен лимит размера файла или диск неисправен</translation>
    </message>
    <message>
        <source>the file cannot be opened or created there (%1)</source>
        <translation>файл нельзя открыть или создать там (%1)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed, and nothing more will be written in this session; run `newsroom check` to see what is wrong, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 повреждён (%2). Ничего не изменено, и в этом сеансе больше ничего записано не будет; выполните `newsroom check`, чтобы узнать, что не так, и восстановите редакцию из резервной копии командой `newsroom restore`.</translation>
    </message>
    <message>
        <source>cannot write %1: %2. Nothing of this change was saved.</source>
        <translation>не удаётся записать %1: %2. Ничего из этого изменения не сохранено.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>%1: a colleague saved the same new %2 at the same moment; nothing of this was saved, try again</source>
        <translation>%1: коллега в тот же момент сохранил(а) то же новое значение (%2); ничего из этого не сохранено, попробуйте ещё раз</translation>
    </message>
    <message>
        <source>%1: the server broke off this change because a colleague was changing the same things; nothing of it was saved, try again</source>
        <translation>%1: сервер прервал это изменение, потому что коллега менял(а) то же самое; ничего из него не сохранено, попробуйте ещё раз</translation>
    </message>
    <message>
        <source>%1 is damaged: nothing more is written in this session. Run `newsroom check`, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 повреждён: в этом сеансе больше ничего не записывается. Выполните `newsroom check` и восстановите редакцию из резервной копии командой `newsroom restore`.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>не удаётся создать %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>the database URL &apos;%1&apos; names no file: write sqlite:/path/to/newsroom.db</source>
        <translation>адрес базы данных «%1» не указывает файл: пишите sqlite:/path/to/newsroom.db</translation>
    </message>
    <message>
        <source>the database URL &apos;%1&apos; is not valid: %2</source>
        <translation>адрес базы данных «%1» недействителен: %2</translation>
    </message>
    <message>
        <source>the database URL &apos;%1&apos; names no database: write postgresql://user@host:5432/newsroom</source>
        <translation>адрес базы данных «%1» не указывает базу: пишите postgresql://user@host:5432/newsroom</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL: write sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>«%1» — не адрес базы данных: пишите sqlite:PATH или postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>the demo story %1 is missing from the program</source>
        <translation>демонстрационного материала %1 нет в программе</translation>
    </message>
    <message>
        <source>cannot write the demo photo %1</source>
        <translation>не удаётся записать демонстрационное фото %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n story(s); the demo goes into an empty newsroom</source>
        <translation>
            <numerusform>в %1 уже есть %n материал; демонстрационные материалы добавляются только в пустую редакцию</numerusform>
            <numerusform>в %1 уже есть %n материала; демонстрационные материалы добавляются только в пустую редакцию</numerusform>
            <numerusform>в %1 уже есть %n материалов; демонстрационные материалы добавляются только в пустую редакцию</numerusform>
        </translation>
    </message>
    <message>
        <source>the storm warning was extended</source>
        <translation>штормовое предупреждение продлено</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>cannot create the folder %1 for unsaved work</source>
        <translation>не удаётся создать папку %1 для несохранённой работы</translation>
    </message>
    <message>
        <source>cannot keep unsaved work in %1: %2</source>
        <translation>не удаётся хранить несохранённую работу в %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not readable at byte %1: %2</source>
        <translation>не читается с байта %1: %2</translation>
    </message>
    <message>
        <source>written by another version of Newsroom</source>
        <translation>записано другой версией Newsroom</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <source>the database did not say what time it is</source>
        <translation>база данных не сообщила, который час</translation>
    </message>
    <message>
        <source>someone else is opening story %1 at this moment</source>
        <translation>кто-то другой как раз сейчас открывает материал %1</translation>
    </message>
    <message>
        <source>%1 may not take over a colleague&apos;s editing; %2 may</source>
        <translation>%1 не может перехватить правку у коллеги; это могут %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the file would pass the size limit for one file (ulimit -f)</source>
        <translation>файл превысил бы ограничение на размер одного файла (ulimit -f)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>say where to export the site with --out DIR</source>
        <translation>укажите, куда экспортировать сайт: --out DIR</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 — файл, а не папка</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>another export (process %1) is writing to %2; try again when it has finished</source>
        <translation>в %2 пишет другой экспорт (процесс %1); попробуйте снова, когда он закончит</translation>
    </message>
    <message>
        <source>%1 has files in it that no export wrote; choose an empty folder or a previous export&apos;s</source>
        <translation>в %1 есть файлы, записанные не экспортом; выберите пустую папку или папку прежнего экспорта</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder the export made; move it away</source>
        <translation>%1 — не папка, созданная экспортом; уберите её</translation>
    </message>
    <message>
        <source>%1 holds files no export staged; move them away, and export again</source>
        <translation>в %1 есть файлы, не подготовленные экспортом; уберите их и экспортируйте снова</translation>
    </message>
    <message>
        <source>refused to write %1: not a safe path inside the site</source>
        <translation>отказано в записи %1: это не безопасный путь внутри сайта</translation>
    </message>
    <message>
        <source>refused to write %1: it leads outside %2</source>
        <translation>отказано в записи %1: путь ведёт за пределы %2</translation>
    </message>
    <message>
        <source>the export wrote %1 twice</source>
        <translation>экспорт записал %1 дважды</translation>
    </message>
    <message>
        <source>%1: changed since the export wrote it; kept, and not brought up to date. Move it away to let the export write it again</source>
        <translation>%1: изменён после того, как экспорт его записал; оставлен как есть и не обновлён. Уберите его, чтобы экспорт записал его снова</translation>
    </message>
    <message>
        <source>%1: no export wrote it; kept, and not replaced. Move it away to let the export write it</source>
        <translation>%1: записан не экспортом; оставлен как есть и не заменён. Уберите его, чтобы экспорт мог его записать</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1: changed since the export wrote it; kept, though the site no longer needs it</source>
        <translation>%1: изменён после того, как экспорт его записал; оставлен, хотя сайту он больше не нужен</translation>
    </message>
    <message>
        <source>section “%1”: its address “%2” is not a valid slug</source>
        <translation>раздел «%1»: его адрес «%2» недопустим</translation>
    </message>
    <message>
        <source>“%1”: under embargo until %2 UTC</source>
        <translation>«%1»: под эмбарго до %2 UTC</translation>
    </message>
    <message>
        <source>“%1”: its address “%2” is not a valid slug</source>
        <translation>«%1»: его адрес «%2» недопустим</translation>
    </message>
    <message>
        <source>the theme folder %1 does not exist</source>
        <translation>папки темы %1 не существует</translation>
    </message>
    <message>
        <source>the theme has no style.css</source>
        <translation>в теме нет style.css</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, страница %2</translation>
    </message>
    <message>
        <source>the theme&apos;s %1: %2</source>
        <translation>шаблон темы %1: %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>записан %n файл</numerusform>
            <numerusform>записано %n файла</numerusform>
            <numerusform>записано %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>files</comment>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>files</comment>
        <translation>
            <numerusform>%n удалён</numerusform>
            <numerusform>%n удалено</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: the name of a words file is a language code, such as ru.yaml or kk.yaml</source>
        <translation>%1: файл слов называется кодом языка, например ru.yaml или kk.yaml</translation>
    </message>
    <message>
        <source>%1: a words file is a list of “key: words” lines</source>
        <translation>%1: файл слов — это список строк «ключ: слова»</translation>
    </message>
    <message>
        <source>%1: “%2” is a list of words, such as [фото, сурет]</source>
        <translation>%1: «%2» — это список слов, например [фото, сурет]</translation>
    </message>
    <message>
        <source>%1: the words for “%2” are one line of text</source>
        <translation>%1: слова для «%2» — одна строка текста</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: and more</source>
        <translation>%1: и другие</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>links between tables</source>
        <translation>связи между таблицами</translation>
    </message>
    <message>
        <source>the search index: %1</source>
        <translation>поисковый индекс: %1</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>поисковый индекс</translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>a segment marker is missing at byte %1</source>
        <translation>нет маркера сегмента на байте %1</translation>
    </message>
    <message>
        <source>it carries %1 MB of metadata, far more than a photo has</source>
        <translation>в нём %1 МБ метаданных — намного больше, чем бывает у фото</translation>
    </message>
    <message>
        <source>a segment at byte %1 runs past the end of the file</source>
        <translation>сегмент на байте %1 выходит за конец файла</translation>
    </message>
    <message>
        <source>the image data is missing</source>
        <translation>нет данных изображения</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 пуст</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a photo for a story is far smaller</source>
        <translation>%1 больше %2 МБ; фото для материала намного меньше</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP image (whatever its name says)</source>
        <translation>%1 — не изображение JPEG, PNG или WebP (что бы ни говорило его имя)</translation>
    </message>
    <message>
        <source>%1 is a damaged or hostile JPEG image: %2</source>
        <translation>%1 — повреждённое или вредоносное изображение JPEG: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: its header cannot be read</source>
        <translation>%1 — повреждённое изображение %2: не читается его заголовок</translation>
    </message>
    <message>
        <source>%1 claims to be %2 × %3 pixels, more than any photo needs; it is not opened</source>
        <translation>%1 заявляет размер %2 × %3 пикселей — больше, чем нужно любому фото; он не открывается</translation>
    </message>
    <message>
        <source>%1 is a truncated or damaged %2 image (its end is missing)</source>
        <translation>%1 — обрезанное или повреждённое изображение %2 (нет его конца)</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: %3</source>
        <translation>%1 — повреждённое изображение %2: %3</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>cannot load the translation %1</source>
        <translation>не удаётся загрузить перевод %1</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB is accepted</source>
        <translation>%1: размер файла %2 МБ; принимается не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: нет такого файла или папки</translation>
    </message>
    <message>
        <source>%1:%2: the photo “%3” is not there (looked for %4)</source>
        <translation>%1:%2: фото «%3» нет на месте (искали %4)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the story is published but dated %2, which is still to come: give it “status: scheduled” and “scheduled:” with that time, or correct the date</source>
        <translation>%1: материал опубликован, но его дата %2 ещё не наступила: укажите «status: scheduled» и «scheduled:» с этим временем или исправьте дату</translation>
    </message>
    <message>
        <source>%1: the story is scheduled but says not when: add “scheduled:” with the time it goes out, or give it another status</source>
        <translation>%1: материал запланирован, но не сказано когда: добавьте «scheduled:» со временем выхода или укажите другой статус</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the story is scheduled, but could never go out: %2; mend the file, or import it as a draft</source>
        <translation>%1: материал запланирован, но никогда не смог бы выйти: %2; исправьте файл или импортируйте его как черновик</translation>
    </message>
    <message>
        <source>%1: “%2” is published, but %3</source>
        <translation>%1: «%2» опубликован, но %3</translation>
    </message>
    <message>
        <source>%1: the newsroom already has a story at “%2” (story %3, “%4”)</source>
        <translation>%1: в редакции уже есть материал с адресом «%2» (материал %3, «%4»)</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>импортирован из %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was imported. Run `newsroom check`, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 повреждён (%2); ничего не импортировано. Выполните `newsroom check` и восстановите редакцию из резервной копии командой `newsroom restore`.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: не импортирован: %2</translation>
    </message>
    <message>
        <source>the translations were not linked: %1</source>
        <translation>переводы не связаны: %1</translation>
    </message>
    <message>
        <source>translationKey “%1”: story %2 was not linked: %3</source>
        <translation>translationKey «%1»: материал %2 не связан: %3</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>its metadata cannot be read: %1</source>
        <translation>не удаётся прочитать его метаданные: %1</translation>
    </message>
    <message>
        <source>cannot write the credit into the published photo: %1</source>
        <translation>не удаётся записать автора фото в опубликованное фото: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>миграция %1 (%2) не удалась: %3</translation>
    </message>
    <message>
        <source>%1 holds a database that is not a newsroom&apos;s; it was left as it was</source>
        <translation>в %1 база данных, не принадлежащая редакции; она оставлена как была</translation>
    </message>
    <message>
        <source>%1 is not a newsroom database (it holds nothing); it was left as it was. Create a newsroom there with `newsroom init`.</source>
        <translation>%1 — не база данных редакции (в ней ничего нет); она оставлена как была. Создайте там редакцию командой `newsroom init`.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Newsroom (schema %2; this program knows up to %3). It was not changed: update Newsroom to open it.</source>
        <translation>%1 записан более новой версией Newsroom (схема %2; эта программа знает схемы до %3). Он не изменён: обновите Newsroom, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>Newsroom::ArticleDocument</name>
    <message>
        <source>Edit the body</source>
        <translation>Правка текста</translation>
    </message>
    <message>
        <source>Edit the %1</source>
        <translation>Правка: %1</translation>
    </message>
    <message>
        <source>Change the section</source>
        <translation>Смена раздела</translation>
    </message>
    <message>
        <source>Change the bylines</source>
        <translation>Смена авторов</translation>
    </message>
    <message>
        <source>Recover unsaved text</source>
        <translation>Восстановление несохранённого текста</translation>
    </message>
    <message>
        <source>Recover photos</source>
        <translation>Восстановление фото</translation>
    </message>
</context>
<context>
    <name>Newsroom::CalendarView</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Stories of the day</source>
        <translation>Материалы дня</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (здесь %2)</translation>
    </message>
    <message>
        <source>◷ scheduled   ● published   — times in the newsroom’s zone, %1</source>
        <translation>◷ запланирован   ● опубликован   — время редакции, пояс %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing scheduled or published on %1.</source>
        <translation>На %1 ничего не запланировано и не опубликовано.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
</context>
<context>
    <name>Newsroom::ChangeFeed</name>
    <message>
        <source>cannot listen for changes on %1</source>
        <translation>не удаётся следить за изменениями в %1</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>соединение с %1 потеряно</translation>
    </message>
</context>
<context>
    <name>Newsroom::CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Новый комментарий</translation>
    </message>
    <message>
        <source>A comment for the desk (never published)</source>
        <translation>Комментарий для редакции (никогда не публикуется)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>&amp;Комментировать</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>%1 asked for changes (%2): %3</source>
        <translation>%1 просит доработать (%2): %3</translation>
    </message>
    <message>
        <source>An editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>без пояснений</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (изменён)</translation>
    </message>
    <message>
        <source>no story is open</source>
        <translation>нет открытого материала</translation>
    </message>
    <message>
        <source>the last comment is still being sent</source>
        <translation>последний комментарий ещё отправляется</translation>
    </message>
    <message>
        <source>Choose the comment to reply to.</source>
        <translation>Выберите комментарий, на который нужно ответить.</translation>
    </message>
    <message>
        <source>Choose the comment to change.</source>
        <translation>Выберите комментарий, который нужно изменить.</translation>
    </message>
    <message>
        <source>✓ Changes asked %1: answered</source>
        <translation>✓ Правки запрошены %1: выполнено</translation>
    </message>
</context>
<context>
    <name>Newsroom::DictionaryDialog</name>
    <message>
        <source>Newsroom Dictionary</source>
        <translation>Словарь редакции</translation>
    </message>
    <message>
        <source>Words the spelling check knows besides its dictionaries, for every desk. A new newsroom starts with the words of Kazakhstan they lack.</source>
        <translation>Слова, которые проверка орфографии знает помимо своих словарей, — для всех рабочих мест. Новая редакция начинает со слов Казахстана, которых в словарях нет.</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>Найти слово</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>Новое слово</translation>
    </message>
    <message>
        <source>This form &amp;only</source>
        <translation>Только &amp;эта форма</translation>
    </message>
    <message>
        <source>Without Russian or Kazakh endings: for a name whose endings would let a misspelling through.</source>
        <translation>Без русских и казахских окончаний: для названия, окончания которого пропустили бы опечатку.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 (this form only)</source>
        <translation>%1 (только эта форма)</translation>
    </message>
    <message>
        <source>“%1” is in the newsroom dictionary now, for every desk.</source>
        <translation>Слово «%1» теперь есть в словаре редакции — на всех рабочих местах.</translation>
    </message>
</context>
<context>
    <name>Newsroom::DuePublisher</name>
    <message>
        <source>Scheduled stories could not be published: %1</source>
        <translation>Не удалось опубликовать запланированные материалы: %1</translation>
    </message>
    <message>
        <source>“%1” was not published at its time and is back with the desk: %2</source>
        <translation>«%1» не опубликован в своё время и возвращён редакции: %2</translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled stories.</source>
        <translation>
            <numerusform>Опубликован %n запланированный материал.</numerusform>
            <numerusform>Опубликовано %n запланированных материала.</numerusform>
            <numerusform>Опубликовано %n запланированных материалов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Вставить как &amp;текст</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить вс&amp;ё</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>In the story when you are writing it, else among the stories</source>
        <translation>В материале, когда вы его пишете, иначе — среди материалов</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
</context>
<context>
    <name>Newsroom::EditBanner</name>
    <message>
        <source>Take Over</source>
        <translation>Перехватить правку</translation>
    </message>
    <message>
        <source>Edit this story yourself; the colleague&apos;s unsaved text is kept as a revision</source>
        <translation>Редактировать материал самому; несохранённый текст коллеги сохранится как версия</translation>
    </message>
</context>
<context>
    <name>Newsroom::EmptyStateWidget</name>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
</context>
<context>
    <name>Newsroom::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Открыть в браузере</translation>
    </message>
    <message>
        <source>Export the Site</source>
        <translation>Экспорт сайта</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Export the Site To</source>
        <translation>Экспортировать сайт в</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Published stories past their embargo, as static pages that work opened from disk or uploaded to any web server. Only what changed since the last export is written.</source>
        <translation>Опубликованные материалы с истёкшим эмбарго — в виде статических страниц, которые работают и при открытии с диска, и на любом веб-сервере. Записывается только то, что изменилось после прошлого экспорта.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>О&amp;тменить экспорт</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <source>Cancelled. The site in the folder is as the last export left it.</source>
        <translation>Отменено. Сайт в папке остался таким, каким его оставил прошлый экспорт.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stories: </source>
        <translation>
            <numerusform>Экспортирован %n материал: </numerusform>
            <numerusform>Экспортировано %n материала: </numerusform>
            <numerusform>Экспортировано %n материалов: </numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Kept as they were (changed by hand, or not the export&apos;s): %1</source>
        <translation>Оставлены как были (изменены вручную или записаны не экспортом): %1</translation>
    </message>
</context>
<context>
    <name>Newsroom::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find in the story</source>
        <translation>Найти в материале</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation>Предыдущее (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Следующее (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
            <numerusform>Заменено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Заменить все</translation>
    </message>
</context>
<context>
    <name>Newsroom::FocusMode</name>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>Режим &amp;сосредоточения</translation>
    </message>
    <message>
        <source>The story alone on the screen (F11 or Esc to come back)</source>
        <translation>Только материал на весь экран (F11 или Esc — вернуться)</translation>
    </message>
</context>
<context>
    <name>Newsroom::HealthWatch</name>
    <message>
        <source>%1 is damaged: a check of the file found faults in it. Nothing more is saved into it; what you type is kept on this computer. Restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 повреждён: проверка файла нашла в нём ошибки. Больше ничего в него не сохраняется; то, что вы набираете, хранится на этом компьютере. Восстановите редакцию из резервной копии командой `newsroom restore`.</translation>
    </message>
</context>
<context>
    <name>Newsroom::HistoryDialog</name>
    <message>
        <source>Story History</source>
        <translation>История материала</translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation>История прохождения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (исправлен)</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>No steps yet: the story has not been submitted, approved or published. Its saved versions are under Story › Revisions.</source>
        <translation>Шагов пока нет: материал не отправляли на проверку, не одобряли и не публиковали. Его сохранённые версии — в «Материал › Версии».</translation>
    </message>
</context>
<context>
    <name>Newsroom::LanguageMenu</name>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>The System&apos;s (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Newsroom will speak %1 from its next start.</source>
        <translation>Newsroom перейдёт на язык «%1» при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>Newsroom::LocalPersonForm</name>
    <message>
        <source>Your name, as it goes on a byline</source>
        <translation>Ваше имя, как в подписи под материалом</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ваша роль</translation>
    </message>
    <message>
        <source>On a newsroom file of your own, your name goes on the stories you start and in their history; the role decides what the window lets you do.</source>
        <translation>В собственном файле редакции ваше имя ставится под материалами, которые вы начинаете, и в их историю; роль определяет, что окно позволяет вам делать.</translation>
    </message>
    <message>
        <source>I a&amp;m:</source>
        <translation>&amp;Моё имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>Newsroom::MainWindow</name>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Some Photos Were Not Added</source>
        <translation>Некоторые фото не добавлены</translation>
    </message>
    <message>
        <source>Comment Not Saved</source>
        <translation>Комментарий не сохранён</translation>
    </message>
    <message>
        <source>%1[*] — Newsroom</source>
        <translation>%1[*] — Newsroom</translation>
    </message>
    <message>
        <source>Saved “%1”, revision %2</source>
        <translation>Сохранён «%1», версия %2</translation>
    </message>
    <message>
        <source>No newsroom database is open</source>
        <translation>Нет открытой базы данных редакции</translation>
    </message>
    <message>
        <source>Offline: changes by colleagues are not arriving</source>
        <translation>Нет связи: правки коллег не поступают</translation>
    </message>
    <message>
        <source>%1. Trying again every second; your text is kept on this computer.</source>
        <translation>%1. Повторная попытка каждую секунду; ваш текст хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation>Снова есть соединение с %1.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Новый материал</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Recover Unsaved Stories…</source>
        <translation>&amp;Восстановить несохранённые материалы…</translation>
    </message>
    <message>
        <source>&amp;Export Site…</source>
        <translation>&amp;Экспорт сайта…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>Со&amp;трудники…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>The story as the site will show it</source>
        <translation>Материал в том виде, в каком его покажет сайт</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>П&amp;олноэкранный режим</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Newsroom</source>
        <translation>&amp;О программе Newsroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>About Newsroom</source>
        <translation>О программе Newsroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsroom %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor: write, review, schedule and publish stories, and export the site as static HTML.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsroom %1&lt;/h3&gt;&lt;p&gt;Настольный редактор для редакции: пишите, проверяйте, планируйте и публикуйте материалы и экспортируйте сайт в статический HTML.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Newsroom &amp;Dictionary…</source>
        <translation>&amp;Словарь редакции…</translation>
    </message>
    <message>
        <source>Show Story &amp;List</source>
        <translation>&amp;Список материалов</translation>
    </message>
    <message>
        <source>Sect&amp;ions…</source>
        <translation>&amp;Разделы…</translation>
    </message>
    <message>
        <source>%1 is ready: start its first story with File › New Story.</source>
        <translation>«%1» готова: начните первый материал — Файл › Новый материал.</translation>
    </message>
    <message>
        <source>&amp;Newsroom Settings…</source>
        <translation>&amp;Настройки редакции…</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Not Moved to the Trash</source>
        <translation>Не перемещено в корзину</translation>
    </message>
    <message>
        <source>Some Stories Were Not Restored</source>
        <translation>Некоторые материалы не восстановлены</translation>
    </message>
    <message>
        <source>Some Stories Were Not Moved to the Trash</source>
        <translation>Некоторые материалы не перемещены в корзину</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n story(s) from the trash.</source>
        <translation>
            <numerusform>Из корзины восстановлен %n материал.</numerusform>
            <numerusform>Из корзины восстановлено %n материала.</numerusform>
            <numerusform>Из корзины восстановлено %n материалов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n story(s) to the trash; Trash in the sidebar keeps them.</source>
        <translation>
            <numerusform>В корзину перемещён %n материал; он в «Корзине» на боковой панели.</numerusform>
            <numerusform>В корзину перемещено %n материала; они в «Корзине» на боковой панели.</numerusform>
            <numerusform>В корзину перемещено %n материалов; они в «Корзине» на боковой панели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Recover</source>
        <translation>Восстанавливать нечего</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Рядом</translation>
    </message>
    <message>
        <source>The story in another language, beside the one you write</source>
        <translation>Материал на другом языке рядом с тем, который вы пишете</translation>
    </message>
</context>
<context>
    <name>Newsroom::MergeDialog</name>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>Тем временем материал сохранил кто-то другой</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved revision %2 of “%3” while you were editing.&lt;/b&gt;&lt;br&gt;Choose what to keep in each field that differs. Words only in one version are highlighted. Nothing is saved until you press Save Merged; Cancel keeps your text in the editor as it is.</source>
        <translation>&lt;b&gt;Пока вы редактировали, сохранена версия %2 материала «%3» (автор: %1).&lt;/b&gt;&lt;br&gt;Выберите, что оставить в каждом поле, где есть различия. Слова, которые есть только в одной из версий, выделены. Ничего не сохраняется, пока вы не нажмёте «Сохранить результат»; «Отмена» оставляет ваш текст в редакторе как есть.</translation>
    </message>
    <message>
        <source>%1 — changed by both</source>
        <translation>%1 — изменено обоими</translation>
    </message>
    <message>
        <source>%1 — changed by %2</source>
        <translation>%1 — изменено: %2</translation>
    </message>
    <message>
        <source>%1 — changed by you</source>
        <translation>%1 — изменено вами</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваш текст</translation>
    </message>
    <message>
        <source>%1’s</source>
        <translation>Текст: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мой вариант</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять вариант коллеги</translation>
    </message>
    <message>
        <source>Keep both (paragraphs from each)</source>
        <translation>Оставить оба (абзацы из каждого)</translation>
    </message>
    <message>
        <source>Save Merged</source>
        <translation>Сохранить результат</translation>
    </message>
</context>
<context>
    <name>Newsroom::NavigationSidebar</name>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Story views</source>
        <translation>Подборки материалов</translation>
    </message>
    <message>
        <source>My stories</source>
        <translation>Мои материалы</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланированные</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликованные</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Forget This Search</source>
        <translation>Забыть этот поиск</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Stories matching “%1”</source>
        <translation>Материалы по запросу «%1»</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
</context>
<context>
    <name>Newsroom::NewsroomService</name>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>За этим рабочим местом никто не вошёл в систему.</translation>
    </message>
    <message>
        <source>On a shared server your login says who you are.</source>
        <translation>На общем сервере кто вы — определяет ваш логин.</translation>
    </message>
    <message>
        <source>Say your name: it goes on your bylines and in the history.</source>
        <translation>Укажите своё имя: оно ставится в подписи и в историю.</translation>
    </message>
</context>
<context>
    <name>Newsroom::NewsroomSettingsForm</name>
    <message>
        <source>e.g. Темиртауский вестник: the title of every page of the site</source>
        <translation>например, Темиртауский вестник: заголовок каждой страницы сайта</translation>
    </message>
    <message>
        <source>e.g. Темиртау</source>
        <translation>например, Темиртау</translation>
    </message>
    <message>
        <source>Newsroom &amp;name:</source>
        <translation>&amp;Название редакции:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Адрес сайта:</translation>
    </message>
    <message>
        <source>Site &amp;language:</source>
        <translation>&amp;Язык сайта:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Newsroom name</source>
        <translation>Название редакции</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Адрес сайта</translation>
    </message>
    <message>
        <source>Site language</source>
        <translation>Язык сайта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>The site&apos;s address should be a web address, such as https://vestnik.kz/</source>
        <translation>Адрес сайта должен быть веб-адресом, например https://vestnik.kz/</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows: choose one from the list</source>
        <translation>«%1» — неизвестный этому компьютеру часовой пояс: выберите пояс из списка</translation>
    </message>
    <message>
        <source>Folder of the pages in %1</source>
        <translation>Папка страниц на языке %1</translation>
    </message>
    <message>
        <source>Where the site&apos;s pages in its other languages are, under its address: https://vestnik.kz/kk/. The site&apos;s own language is at the top.</source>
        <translation>Где лежат страницы сайта на других его языках, под его адресом: https://vestnik.kz/kk/. Основной язык сайта — в корне.</translation>
    </message>
    <message>
        <source>Language &amp;folders:</source>
        <translation>&amp;Папки языков:</translation>
    </message>
    <message>
        <source>“%1” cannot be a folder of the site: write a short name of a-z, 0-9 and hyphens, such as kz</source>
        <translation>«%1» не может быть папкой сайта: напишите короткое имя из a-z, 0-9 и дефисов, например kz</translation>
    </message>
</context>
<context>
    <name>Newsroom::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Each person signs in with their own database login, and the server enforces their role. A new person also needs that login on the server, made by its administrator: &lt;tt&gt;CREATE ROLE login LOGIN PASSWORD &apos;…&apos; IN ROLE newsroom_reporter&lt;/tt&gt; (or newsroom_editor, newsroom_admin).</source>
        <translation>Каждый входит со своим логином базы данных, и сервер следит за соблюдением его роли. Новому сотруднику нужен и логин на сервере, который создаёт администратор сервера: &lt;tt&gt;CREATE ROLE login LOGIN PASSWORD &apos;…&apos; IN ROLE newsroom_reporter&lt;/tt&gt; (или newsroom_editor, newsroom_admin).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name as in a byline</source>
        <translation>Имя, как в подписи автора</translation>
    </message>
    <message>
        <source>login (only on a server)</source>
        <translation>логин (только на сервере)</translation>
    </message>
    <message>
        <source>database login</source>
        <translation>логин базы данных</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>Double-click to rename; bylines follow</source>
        <translation>Дважды щёлкните, чтобы переименовать; подписи под материалами изменятся тоже</translation>
    </message>
    <message>
        <source>This newsroom is a file on this computer. The window acts as the person named in Settings › Newsroom Settings (“I am”), with their role; whoever opens the file may name someone else there. On a shared PostgreSQL server the database itself enforces each login&apos;s role.</source>
        <translation>Эта редакция — файл на этом компьютере. Окно действует от имени сотрудника, указанного в «Настройки › Настройки редакции» (раздел «Вы»), с его ролью; любой, кто откроет файл, может указать там другого. На общем сервере PostgreSQL роль каждого логина соблюдает сама база данных.</translation>
    </message>
</context>
<context>
    <name>Newsroom::PhotoPanel</name>
    <message>
        <source>Lead photo</source>
        <translation>Главное фото</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Галерея</translation>
    </message>
    <message>
        <source>Photos of the story</source>
        <translation>Фото материала</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Автор фото</translation>
    </message>
    <message>
        <source>required to publish</source>
        <translation>нужно для публикации</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Описание для незрячих</translation>
    </message>
    <message>
        <source>what the photo shows, for readers who cannot see it</source>
        <translation>что изображено на фото — для читателей, которые не могут его видеть</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>The story&apos;s author took this photo</source>
        <translation>Фото сделал автор материала</translation>
    </message>
    <message>
        <source>&amp;Add Photos…</source>
        <translation>&amp;Добавить фото…</translation>
    </message>
    <message>
        <source>Make &amp;Lead</source>
        <translation>Сделать &amp;главным</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Добавление фото</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Paste a Photo</source>
        <translation>Вставка фото</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>&amp;Автор фото:</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Оп&amp;исание для незрячих:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ро&amp;ль:</translation>
    </message>
    <message>
        <source>Reorder the photos</source>
        <translation>Изменение порядка фото</translation>
    </message>
    <message>
        <source>Edit the caption</source>
        <translation>Правка подписи к фото</translation>
    </message>
    <message>
        <source>Edit the credit</source>
        <translation>Правка автора фото</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Правка описания для незрячих</translation>
    </message>
    <message>
        <source>Change the photo&apos;s role</source>
        <translation>Смена роли фото</translation>
    </message>
    <message>
        <source>Credit the author</source>
        <translation>Указание автора материала как автора фото</translation>
    </message>
    <message>
        <source>Make the lead photo</source>
        <translation>Назначение главного фото</translation>
    </message>
    <message>
        <source>Remove a photo</source>
        <translation>Удаление фото</translation>
    </message>
    <message>
        <source>no story is open</source>
        <translation>нет открытого материала</translation>
    </message>
    <message>
        <source>the story was closed before its photos were stored</source>
        <translation>материал закрыт до того, как его фото были сохранены</translation>
    </message>
    <message>
        <source>%1 is already in this story</source>
        <translation>%1 уже есть в этом материале</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Добавление фото</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 больше %2 МБ</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>There is no photo on the clipboard.</source>
        <translation>В буфере обмена нет фото.</translation>
    </message>
    <message>
        <source>a pasted photo (%1)</source>
        <translation>вставленное фото (%1)</translation>
    </message>
    <message>
        <source>a pasted picture</source>
        <translation>вставленное изображение</translation>
    </message>
</context>
<context>
    <name>Newsroom::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The story cannot be shown as the site would: %1</source>
        <translation>Материал не удаётся показать так, как его покажет сайт: %1</translation>
    </message>
</context>
<context>
    <name>Newsroom::RecoveryDialog</name>
    <message>
        <source>Untitled story</source>
        <translation>Материал без заголовка</translation>
    </message>
    <message>
        <source>Recover Unsaved Stories</source>
        <translation>Восстановление несохранённых материалов</translation>
    </message>
    <message>
        <source>Newsroom stopped before these stories were saved. Their text was kept on this computer. Open one to go on writing; the others stay here until you decide.</source>
        <translation>Newsroom закрылся до того, как эти материалы были сохранены. Их текст сохранён на этом компьютере. Откройте один из них, чтобы продолжить работу; остальные останутся здесь, пока вы не решите, что с ними делать.</translation>
    </message>
    <message>
        <source>Unsaved stories</source>
        <translation>Несохранённые материалы</translation>
    </message>
    <message>
        <source>%1
kept %2</source>
        <translation>%1
сохранён %2</translation>
    </message>
    <message>
        <source>What the unsaved text changes</source>
        <translation>Что меняет несохранённый текст</translation>
    </message>
    <message>
        <source>&amp;Open in the Editor</source>
        <translation>&amp;Открыть в редакторе</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Выбросить…</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Discard Unsaved Text</source>
        <translation>Выбросить несохранённый текст</translation>
    </message>
    <message>
        <source>Throw away the unsaved text of “%1”? This cannot be undone.</source>
        <translation>Выбросить несохранённый текст материала «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>This story was never saved. Everything below is new.</source>
        <translation>Этот материал ни разу не сохранялся. Всё, что ниже, — новое.</translation>
    </message>
    <message>
        <source>The database has a newer revision (%1) than the one this text was written on (%2). Opening it replaces nothing: saving will ask before anything of the newer revision is overwritten.</source>
        <translation>В базе данных есть более новая версия (%1), чем та, на основе которой написан этот текст (%2). Открытие ничего не заменяет: при сохранении вас спросят, прежде чем что-либо из более новой версии будет перезаписано.</translation>
    </message>
    <message>
        <source>The kept text is the same as the stored story.</source>
        <translation>Сохранённый текст совпадает с материалом в базе.</translation>
    </message>
</context>
<context>
    <name>Newsroom::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>New newsroom file</source>
        <translation>Новый файл редакции</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Restore into a new &amp;newsroom file:</source>
        <translation>Восстановить в новый &amp;файл редакции:</translation>
    </message>
    <message>
        <source>The newsroom you work in now is left as it is. Once restored, the window opens the new one.</source>
        <translation>Редакция, в которой вы работаете сейчас, останется как есть. После восстановления окно откроет новую.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be restored.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; нельзя восстановить.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a Newsroom backup made %2, with %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — резервная копия редакции от %2: %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a backup of the newsroom “%2”, made %3, with %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — резервная копия редакции «%2» от %3: %4.</translation>
    </message>
    <message>
        <source>Restore Into</source>
        <translation>Восстановить в</translation>
    </message>
    <message>
        <source>Newsroom files (*.db)</source>
        <translation>Файлы редакции (*.db)</translation>
    </message>
    <message>
        <source>Name the new newsroom file to restore into.</source>
        <translation>Укажите новый файл редакции, в который восстановить копию.</translation>
    </message>
</context>
<context>
    <name>Newsroom::RevisionsDialog</name>
    <message>
        <source>Compare with the current text</source>
        <translation>Сравнить с текущим текстом</translation>
    </message>
    <message>
        <source>Revisions of “%1”</source>
        <translation>Версии «%1»</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>What the revision changed</source>
        <translation>Что изменила версия</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>Revision %1 — %2
%3%4</source>
        <translation>Версия %1 — %2
%3%4</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Its text becomes the story&apos;s text again, saved as a new revision; nothing is lost</source>
        <translation>Её текст снова станет текстом материала и будет сохранён как новая версия; ничего не теряется</translation>
    </message>
</context>
<context>
    <name>Newsroom::ScheduleDialog</name>
    <message>
        <source>Embargo the Story</source>
        <translation>Эмбарго на материал</translation>
    </message>
    <message>
        <source>Schedule the Story</source>
        <translation>Планирование материала</translation>
    </message>
    <message>
        <source>Off the site until, newsroom time</source>
        <translation>Скрыт с сайта до, время редакции</translation>
    </message>
    <message>
        <source>Publication time, newsroom time</source>
        <translation>Время публикации, время редакции</translation>
    </message>
    <message>
        <source>30.11.2026 18:00, завтра 9:00, 18:00</source>
        <translation>30.11.2026 18:00, завтра 9:00, 18:00</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Выбрать день в календаре</translation>
    </message>
    <message>
        <source>Set &amp;Embargo</source>
        <translation>Установить &amp;эмбарго</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Запланировать</translation>
    </message>
    <message>
        <source>&amp;Lift Embargo</source>
        <translation>&amp;Снять эмбарго</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>&amp;Опубликовать сейчас</translation>
    </message>
    <message>
        <source>Off the site &amp;until (%1):</source>
        <translation>Скрыть с сайта &amp;до (%1):</translation>
    </message>
    <message>
        <source>Publish &amp;at (%1):</source>
        <translation>Опубликовать &amp;в (%1):</translation>
    </message>
    <message>
        <source>%1: that time has passed; an embargo keeps a story off the site until a time to come</source>
        <translation>%1: это время прошло; эмбарго не пускает материал на сайт до времени в будущем</translation>
    </message>
    <message>
        <source>%1: that time has passed. Choose a time to come, or publish the story now.</source>
        <translation>%1: это время прошло. Выберите время в будущем или опубликуйте материал сейчас.</translation>
    </message>
    <message>
        <source>the same time on this computer</source>
        <translation>то же время на этом компьютере</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 на этом компьютере</translation>
    </message>
</context>
<context>
    <name>Newsroom::SectionsDialog</name>
    <message>
        <source>Add &amp;Subsection…</source>
        <translation>Добавить &amp;подраздел…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>The sections of the site, in the order its menu shows them. A renamed section keeps its address, so links to it keep working.</source>
        <translation>Разделы сайта в том порядке, в каком их показывает меню. Переименованный раздел сохраняет адрес, и ссылки на него продолжают работать.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>&amp;Добавить раздел…</translation>
    </message>
    <message>
        <source>Only an empty section can be deleted; merge one that holds stories</source>
        <translation>Удалить можно только пустой раздел; раздел с материалами объедините с другим</translation>
    </message>
    <message>
        <source>(the top)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>Move Under</source>
        <translation>Перенести в раздел</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>Объединить с разделом</translation>
    </message>
    <message>
        <source>Put “%1” under:</source>
        <translation>Перенести «%1» в:</translation>
    </message>
    <message>
        <source>Move the stories and subsections of “%1” to:</source>
        <translation>Перенести материалы и подразделы «%1» в:</translation>
    </message>
    <message>
        <source>The sections cannot be read: %1</source>
        <translation>Не удаётся прочитать разделы: %1</translation>
    </message>
    <message>
        <source>No sections yet. Add the site&apos;s first: Новости, Спорт, Культура.</source>
        <translation>Разделов пока нет. Добавьте первые разделы сайта: Новости, Спорт, Культура.</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Переименование раздела</translation>
    </message>
    <message>
        <source>Add Subsection</source>
        <translation>Новый подраздел</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <source>Name of the new section under “%1”:</source>
        <translation>Название нового подраздела в «%1»:</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>Название нового раздела:</translation>
    </message>
    <message>
        <source>Move U&amp;nder…</source>
        <translation>П&amp;еренести в…</translation>
    </message>
    <message>
        <source>New name (the address stays %1):</source>
        <translation>Новое название (адрес останется %1):</translation>
    </message>
    <message>
        <source>Names in &amp;Other Languages…</source>
        <translation>Названия на &amp;других языках…</translation>
    </message>
    <message>
        <source>In Other Languages</source>
        <translation>На других языках</translation>
    </message>
    <message>
        <source>What the site&apos;s pages in Kazakh or English call the section</source>
        <translation>Как раздел называется на казахских или английских страницах сайта</translation>
    </message>
    <message>
        <source>Names in Other Languages</source>
        <translation>Названия на других языках</translation>
    </message>
    <message>
        <source>What the site&apos;s pages in each language call “%1”. Its address stays %2; left empty, a language&apos;s pages show “%1”.</source>
        <translation>Как страницы сайта на каждом языке называют «%1». Адрес остаётся %2; если поле пустое, страницы на этом языке показывают «%1».</translation>
    </message>
</context>
<context>
    <name>Newsroom::SettingsDialog</name>
    <message>
        <source>&amp;Export the site after each publication, to:</source>
        <translation>&amp;Экспортировать сайт после каждой публикации в папку:</translation>
    </message>
    <message>
        <source>Newsroom Settings</source>
        <translation>Настройки редакции</translation>
    </message>
    <message>
        <source>The newsroom</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Папка экспорта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Folder of the Site</source>
        <translation>Папка сайта</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>Не удаётся прочитать настройки: %1</translation>
    </message>
    <message>
        <source>Say which folder to export the site to after each publication.</source>
        <translation>Укажите папку, в которую экспортировать сайт после каждой публикации.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Say your name: it goes on the bylines of the stories you start.</source>
        <translation>Укажите своё имя: оно ставится в подписи под материалами, которые вы начинаете.</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>Язык &amp;интерфейса:</translation>
    </message>
</context>
<context>
    <name>Newsroom::SetupAssistant</name>
    <message>
        <source>Set Up the Newsroom</source>
        <translation>Настройка редакции</translation>
    </message>
    <message>
        <source>Your newsroom</source>
        <translation>Ваша редакция</translation>
    </message>
    <message>
        <source>How the site names it and when its day begins. All of it can be changed later in Settings › Newsroom Settings.</source>
        <translation>Как её называет сайт и когда начинается её день. Всё это можно изменить позже: Настройки › Настройки редакции.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>The site&apos;s sections, one a line; a subsection after its section and a slash. They can be renamed, moved and merged later in File › Sections.</source>
        <translation>Разделы сайта, по одному в строке; подраздел — после своего раздела через косую черту. Позже их можно переименовать, перенести и объединить: Файл › Разделы.</translation>
    </message>
    <message>
        <source>Новости
Новости/Общество
Новости/Экономика
Спорт
Культура</source>
        <comment>the sections a new newsroom starts with, one a line</comment>
        <translation>Новости
Новости/Общество
Новости/Экономика
Спорт
Культура</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>Не удаётся прочитать настройки: %1</translation>
    </message>
    <message>
        <source>Give the newsroom a name: it is the title of every page of its site.</source>
        <translation>Дайте редакции название: это заголовок каждой страницы её сайта.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>The sections were not all made: %1</source>
        <translation>Не все разделы созданы: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Who works on this newsroom file. Your colleagues come later, in File › People.</source>
        <translation>Кто работает с этим файлом редакции. Коллег можно добавить позже: «Файл › Сотрудники».</translation>
    </message>
    <message>
        <source>Say your name: it goes on the bylines of the stories you start.</source>
        <translation>Укажите своё имя: оно ставится в подписи под материалами, которые вы начинаете.</translation>
    </message>
</context>
<context>
    <name>Newsroom::SignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Sign In to the Newsroom</source>
        <translation>Вход в редакцию</translation>
    </message>
    <message>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt; with your own database login. What you may do there (write, edit, publish) is what the server allows that login.</source>
        <translation>Войдите в &lt;b&gt;%1&lt;/b&gt; со своим логином базы данных. Что вам там разрешено (писать, редактировать, публиковать), определяет сервер для этого логина.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>Newsroom::SiteKeeper</name>
    <message>
        <source>The site was not updated: %1</source>
        <translation>Сайт не обновлён: %1</translation>
    </message>
    <message>
        <source>The site is up to date: %1.</source>
        <translation>Сайт обновлён: %1.</translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryBrowser</name>
    <message>
        <source>Save Search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Поиск материалов</translation>
    </message>
    <message>
        <source>Search stories (%1)</source>
        <translation>Поиск материалов (%1)</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>Сохранить этот поиск в боковой панели</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Материалы</translation>
    </message>
    <message numerus="yes">
        <source>%n best matches for “%1”</source>
        <translation>
            <numerusform>%n лучшее совпадение для «%1»</numerusform>
            <numerusform>%n лучших совпадения для «%1»</numerusform>
            <numerusform>%n лучших совпадений для «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
        <source>Every form of each word is searched for in headlines, leads, bodies, bylines and captions. Try fewer words, or another section.</source>
        <translation>Поиск идёт по всем формам каждого слова в заголовках, лидах, текстах, подписях авторов и подписях к фото. Попробуйте меньше слов или другой раздел.</translation>
    </message>
    <message>
        <source>Saved the search “%1” in the sidebar.</source>
        <translation>Поиск «%1» сохранён в боковой панели.</translation>
    </message>
    <message>
        <source>No stories of yours yet</source>
        <translation>У вас пока нет материалов</translation>
    </message>
    <message>
        <source>Stories you write or share a byline on appear here, newest first. Start one with File › New Story (%1).</source>
        <translation>Здесь появляются материалы, которые вы пишете или в подписи которых вы указаны, — сначала новые. Начните новый: Файл › Новый материал (%1).</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Черновиков нет</translation>
    </message>
    <message>
        <source>Stories being written, not yet sent for review.</source>
        <translation>Материалы, которые пишутся и ещё не отправлены на проверку.</translation>
    </message>
    <message>
        <source>Nothing waiting for review</source>
        <translation>Нет материалов на проверке</translation>
    </message>
    <message>
        <source>Stories reporters have submitted appear here until an editor acts on them.</source>
        <translation>Здесь появляются материалы, отправленные корреспондентами на проверку, пока редактор не примет по ним решение.</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Ничего не запланировано</translation>
    </message>
    <message>
        <source>Approved stories with a publication time, in the newsroom&apos;s time zone.</source>
        <translation>Одобренные материалы со временем публикации, по часовому поясу редакции.</translation>
    </message>
    <message>
        <source>Nothing published yet</source>
        <translation>Пока ничего не опубликовано</translation>
    </message>
    <message>
        <source>Stories readers can see on the site.</source>
        <translation>Материалы, которые читатели видят на сайте.</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>Материалов пока нет</translation>
    </message>
    <message>
        <source>Every story of the newsroom, in every state.</source>
        <translation>Все материалы редакции во всех состояниях.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n story(s)</source>
        <translation>
            <numerusform>%1 — %n материал</numerusform>
            <numerusform>%1 — %n материала</numerusform>
            <numerusform>%1 — %n материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Переместить в &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Восстановить из корзины</translation>
    </message>
    <message numerus="yes">
        <source>Move the selected stories to the trash: out of every list and off the site&apos;s way, kept %n day(s), restorable</source>
        <translation>
            <numerusform>Переместить выбранные материалы в корзину: они исчезнут из списков, будут храниться %n день и их можно будет восстановить</numerusform>
            <numerusform>Переместить выбранные материалы в корзину: они исчезнут из списков, будут храниться %n дня и их можно будет восстановить</numerusform>
            <numerusform>Переместить выбранные материалы в корзину: они исчезнут из списков, будут храниться %n дней и их можно будет восстановить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good, with their history, the stories trashed more than %n day(s) ago</source>
        <translation>
            <numerusform>Удалить навсегда, вместе с историей, материалы, попавшие в корзину больше %n дня назад</numerusform>
            <numerusform>Удалить навсегда, вместе с историей, материалы, попавшие в корзину больше %n дней назад</numerusform>
            <numerusform>Удалить навсегда, вместе с историей, материалы, попавшие в корзину больше %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Only admins empty the trash</source>
        <translation>Очищают корзину только администраторы</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Очистка корзины</translation>
    </message>
    <message numerus="yes">
        <source>Delete for good the stories that were moved to the trash more than %n day(s) ago? Their text, revisions and history go with them; this cannot be undone. Stories trashed since stay.</source>
        <translation>
            <numerusform>Удалить навсегда материалы, перемещённые в корзину больше %n дня назад? Вместе с ними удалятся их текст, версии и история; отменить это нельзя. Материалы, попавшие в корзину позже, останутся.</numerusform>
            <numerusform>Удалить навсегда материалы, перемещённые в корзину больше %n дней назад? Вместе с ними удалятся их текст, версии и история; отменить это нельзя. Материалы, попавшие в корзину позже, останутся.</numerusform>
            <numerusform>Удалить навсегда материалы, перемещённые в корзину больше %n дней назад? Вместе с ними удалятся их текст, версии и история; отменить это нельзя. Материалы, попавшие в корзину позже, останутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash Was Not Emptied</source>
        <translation>Корзина не очищена</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has lain in the trash for %n day(s) yet.</source>
        <translation>
            <numerusform>В корзине пока нет ничего старше %n дня.</numerusform>
            <numerusform>В корзине пока нет ничего старше %n дней.</numerusform>
            <numerusform>В корзине пока нет ничего старше %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n story(s) for good.</source>
        <translation>
            <numerusform>Навсегда удалён %n материал.</numerusform>
            <numerusform>Навсегда удалено %n материала.</numerusform>
            <numerusform>Навсегда удалено %n материалов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Корзина пуста</translation>
    </message>
    <message numerus="yes">
        <source>Stories moved to the trash wait here for %n day(s), out of every list and search, and come back as they were with Restore. After that an admin may delete them for good.</source>
        <translation>
            <numerusform>Материалы, перемещённые в корзину, хранятся здесь %n день — вне списков и поиска — и возвращаются в прежнем виде командой «Восстановить». После этого администратор может удалить их навсегда.</numerusform>
            <numerusform>Материалы, перемещённые в корзину, хранятся здесь %n дня — вне списков и поиска — и возвращаются в прежнем виде командой «Восстановить». После этого администратор может удалить их навсегда.</numerusform>
            <numerusform>Материалы, перемещённые в корзину, хранятся здесь %n дней — вне списков и поиска — и возвращаются в прежнем виде командой «Восстановить». После этого администратор может удалить их навсегда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge Trash Older Than %n Day(s)…</source>
        <translation>
            <numerusform>&amp;Удалить из корзины материалы старше %n дня…</numerusform>
            <numerusform>&amp;Удалить из корзины материалы старше %n дней…</numerusform>
            <numerusform>&amp;Удалить из корзины материалы старше %n дней…</numerusform>
        </translation>
    </message>
    <message>
        <source>no stories here</source>
        <translation>здесь нет материалов</translation>
    </message>
    <message>
        <source>Language of the stories</source>
        <translation>Язык материалов</translation>
    </message>
    <message>
        <source>List and search the stories in every language, or in one</source>
        <translation>Показывать и искать материалы на всех языках или на одном</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryDesk</name>
    <message>
        <source>%1 saved a newer version; it is shown now.</source>
        <translation>Сохранена более новая версия (автор: %1); сейчас показана она.</translation>
    </message>
    <message>
        <source>You are editing the story now. Your colleague&apos;s unsaved text, if any, arrives as a new revision in a moment.</source>
        <translation>Теперь материал редактируете вы. Несохранённый текст коллеги, если он был, через мгновение появится как новая версия.</translation>
    </message>
    <message>
        <source>Cannot add “%1” to the newsroom dictionary: %2</source>
        <translation>Не удаётся добавить «%1» в словарь редакции: %2</translation>
    </message>
    <message>
        <source>“%1” is in the newsroom dictionary now, for every desk.</source>
        <translation>Слово «%1» теперь есть в словаре редакции — на всех рабочих местах.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing now: %1&lt;/b&gt; (since %2). You can read the story; it opens for you when they close it.</source>
        <translation>&lt;b&gt;Сейчас редактирует: %1&lt;/b&gt; (с %2). Материал можно читать; он откроется для правки, когда коллега его закроет.</translation>
    </message>
    <message>
        <source>You may read this story but not change it now: %1</source>
        <translation>Этот материал можно читать, но сейчас нельзя изменять: %1</translation>
    </message>
    <message>
        <source> Your unsaved text was kept as revision %1.</source>
        <translation> Ваш несохранённый текст сохранён как версия %1.</translation>
    </message>
    <message>
        <source> Your unsaved text could not be stored; it stays here and on this computer — copy it before closing.</source>
        <translation> Ваш несохранённый текст не удалось сохранить; он остаётся здесь и на этом компьютере — скопируйте его перед закрытием.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 took over editing this story.&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;Этот материал теперь редактирует %1.&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this story. Keep writing: when you save (%2), you choose what to keep from each.</source>
        <translation>Сохранена более новая версия этого материала (автор: %1). Продолжайте писать: при сохранении (%2) вы выберете, что оставить из каждой версии.</translation>
    </message>
    <message>
        <source>The story open stays open.</source>
        <translation>Открытый материал остаётся открытым.</translation>
    </message>
    <message>
        <source>No newsroom is open.</source>
        <translation>Нет открытой редакции.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>В «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Cannot Open the Story</source>
        <translation>Не удаётся открыть материал</translation>
    </message>
    <message>
        <source>Some Unsaved Text Cannot Be Read</source>
        <translation>Часть несохранённого текста не читается</translation>
    </message>
    <message>
        <source>No unsaved stories are kept on this computer.</source>
        <translation>На этом компьютере нет несохранённых материалов.</translation>
    </message>
    <message>
        <source>This story is not yours to change now.</source>
        <translation>Сейчас вы не можете изменять этот материал.</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>New</source>
        <comment>a story never saved</comment>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Not saved to the newsroom yet</source>
        <translation>Ещё не сохранён в редакции</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Запланировано на %1</translation>
    </message>
    <message>
        <source>Goes out by itself at that time (newsroom time)</source>
        <translation>Выйдет сам в это время (время редакции)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Опубликовано %1</translation>
    </message>
    <message>
        <source>On the site: a change saved goes online at the next export</source>
        <translation>На сайте: сохранённое изменение появится там при следующем экспорте</translation>
    </message>
    <message>
        <source>embargo until %1</source>
        <translation>эмбарго до %1</translation>
    </message>
    <message>
        <source>Kept off the site until then, whatever its state</source>
        <translation>До этого времени не появится на сайте, в каком бы состоянии ни был</translation>
    </message>
    <message>
        <source>Change a Published Story</source>
        <translation>Изменение опубликованного материала</translation>
    </message>
    <message>
        <source>“%1” is on the site. What you save goes online at the next export.</source>
        <translation>«%1» уже на сайте. Сохранённое появится там при следующем экспорте.</translation>
    </message>
    <message>
        <source>A correction is noted under the story for readers; a silent fix (a typo, a caption) is not. Either way the change is kept in the story&apos;s history.</source>
        <translation>Об исправлении читатели увидят примечание под материалом; о тихой правке (опечатка, подпись) — нет. В любом случае изменение останется в истории материала.</translation>
    </message>
    <message>
        <source>Co&amp;rrection…</source>
        <translation>&amp;Исправление…</translation>
    </message>
    <message>
        <source>&amp;Silent Fix</source>
        <translation>&amp;Тихая правка</translation>
    </message>
    <message>
        <source>Not saved: the published story is as it was.</source>
        <translation>Не сохранено: опубликованный материал остался прежним.</translation>
    </message>
    <message>
        <source>Correct the Story</source>
        <translation>Исправление материала</translation>
    </message>
    <message>
        <source>What was corrected (readers will see this note):</source>
        <translation>Что исправлено (читатели увидят это примечание):</translation>
    </message>
    <message>
        <source>Corrected “%1”: the change and its note go online at the next export.</source>
        <translation>«%1» исправлен: изменение и примечание появятся на сайте при следующем экспорте.</translation>
    </message>
    <message>
        <source>Saved “%1”, revision %2: the change goes online at the next export.</source>
        <translation>«%1» сохранён, версия %2: изменение появится на сайте при следующем экспорте.</translation>
    </message>
    <message>
        <source>In the trash · %1</source>
        <translation>В корзине · %1</translation>
    </message>
    <message>
        <source>Out of every list and search; Story › Restore from Trash brings it back as it was</source>
        <translation>Не виден в списках и поиске; «Материал › Восстановить из корзины» вернёт его в прежнем виде</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;In the trash&lt;/b&gt; since %1. Restore it (Story › Restore from Trash) to change it; after %n day(s) there an admin may delete it for good.</source>
        <translation>
            <numerusform>&lt;b&gt;В корзине&lt;/b&gt; с %1. Чтобы изменить материал, восстановите его («Материал › Восстановить из корзины»); через %n день администратор может удалить его навсегда.</numerusform>
            <numerusform>&lt;b&gt;В корзине&lt;/b&gt; с %1. Чтобы изменить материал, восстановите его («Материал › Восстановить из корзины»); через %n дня администратор может удалить его навсегда.</numerusform>
            <numerusform>&lt;b&gt;В корзине&lt;/b&gt; с %1. Чтобы изменить материал, восстановите его («Материал › Восстановить из корзины»); через %n дней администратор может удалить его навсегда.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryEditor</name>
    <message>
        <source>Formatting</source>
        <translation>Форматирование</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>&amp;Надзаголовок:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Лид:</translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>&amp;Место и дата:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Search &amp;title:</source>
        <translation>За&amp;головок для поисковиков:</translation>
    </message>
    <message>
        <source>Search d&amp;escription:</source>
        <translation>&amp;Описание для поисковиков:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. транспорт, автобусы</source>
        <translation>через запятую, например транспорт, автобусы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Подпись автора</translation>
    </message>
    <message>
        <source>who wrote it, in order: Айгерим Сапарова, Данияр Омаров</source>
        <translation>кто написал, по порядку: Айгерим Сапарова, Данияр Омаров</translation>
    </message>
    <message>
        <source>Photos by</source>
        <translation>Авторы фото</translation>
    </message>
    <message>
        <source>who took the photos</source>
        <translation>кто снимал</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Подпись автора:</translation>
    </message>
    <message>
        <source>Photos b&amp;y:</source>
        <translation>Авторы &amp;фото:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(без раздела)</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>Write the story in Markdown: ## for a subheading, &gt; for a quote, **bold**, *italic*.</source>
        <translation>Пишите материал в Markdown: ## — подзаголовок, &gt; — цитата, **полужирный**, *курсив*.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Счётчики</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Ссылка…</translation>
    </message>
    <message>
        <source>«Typography»</source>
        <translation>«Типографика»</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add “%1” to the Newsroom Dictionary</source>
        <translation>Добавить «%1» в словарь редакции</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Пропустить «%1»</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (предлагается)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Заголовок для поисковиков</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Вставка ссылки</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Адрес (https://…):</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>текст ссылки</translation>
    </message>
    <message>
        <source>Russian typography</source>
        <translation>Русская типографика</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min to read</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Byline, dateline, tags, language, address and search-engine fields</source>
        <translation>Подпись, место и дата, теги, язык, адрес и поля для поисковых систем</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryListModel</name>
    <message>
        <source>Editing now: %1</source>
        <translation>Сейчас редактирует: %1</translation>
    </message>
    <message>
        <source>(no headline yet)</source>
        <translation>(заголовка пока нет)</translation>
    </message>
    <message>
        <source>%1 · ✎ %2</source>
        <translation>%1 · ✎ %2</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Подпись автора</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryMenu</name>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <source>S&amp;ubmit for Review</source>
        <translation>&amp;Отправить на проверку</translation>
    </message>
    <message>
        <source>&amp;Request Changes…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>О&amp;добрить</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Запланировать…</translation>
    </message>
    <message>
        <source>&amp;Take off the Schedule</source>
        <translation>Снять с &amp;расписания</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>Опу&amp;бликовать сейчас</translation>
    </message>
    <message>
        <source>U&amp;npublish</source>
        <translation>&amp;Снять с публикации</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Испр&amp;авить…</translation>
    </message>
    <message>
        <source>&amp;Embargo…</source>
        <translation>&amp;Эмбарго…</translation>
    </message>
    <message>
        <source>Keep the story off the exported site until a time</source>
        <translation>Не пускать материал на экспортируемый сайт до указанного времени</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>В&amp;ерсии…</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Ничего не сделано.</translation>
    </message>
    <message>
        <source>Cannot Set the Embargo</source>
        <translation>Не удаётся установить эмбарго</translation>
    </message>
    <message>
        <source>“%1” stays off the site until %2 newsroom time</source>
        <translation>«%1» не появится на сайте до %2 по времени редакции</translation>
    </message>
    <message>
        <source>The embargo on “%1” is lifted</source>
        <translation>Эмбарго на «%1» снято</translation>
    </message>
    <message>
        <source>Correct the Story</source>
        <translation>Исправление материала</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>What was corrected (readers will see this note):</source>
        <translation>Что исправлено (читатели увидят это примечание):</translation>
    </message>
    <message>
        <source>What should the reporter change?</source>
        <translation>Что корреспонденту нужно изменить?</translation>
    </message>
    <message>
        <source>Not Done</source>
        <translation>Не сделано</translation>
    </message>
    <message>
        <source>“%1” is %2 now</source>
        <translation>«%1» теперь: %2</translation>
    </message>
    <message>
        <source>, going out at %1 newsroom time</source>
        <translation>, выходит в %1 по времени редакции</translation>
    </message>
    <message>
        <source> (%1 here)</source>
        <translation> (здесь %1)</translation>
    </message>
    <message>
        <source>Cannot Show the History</source>
        <translation>Не удаётся показать историю</translation>
    </message>
    <message>
        <source>Cannot Show the Revisions</source>
        <translation>Не удаётся показать версии</translation>
    </message>
    <message>
        <source>Open a story or start a new one first</source>
        <translation>Сначала откройте материал или начните новый</translation>
    </message>
    <message>
        <source>Save the story first</source>
        <translation>Сначала сохраните материал</translation>
    </message>
    <message>
        <source>Only editors set an embargo</source>
        <translation>Эмбарго устанавливают только редакторы</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Переместить в &amp;корзину</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>Восстановить из &amp;корзины</translation>
    </message>
    <message>
        <source>Not Moved to the Trash</source>
        <translation>Не перемещено в корзину</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Story › Restore from Trash brings it back.</source>
        <translation>«%1» в корзине. «Материал › Восстановить из корзины» вернёт его.</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>“%1” is back among the stories.</source>
        <translation>«%1» снова среди материалов.</translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation>Восстановить версию %1</translation>
    </message>
    <message>
        <source>The text you have not saved is replaced by revision %1, which is saved as the newest. Undo (%2) brings your text back.</source>
        <translation>Несохранённый текст будет заменён версией %1, и она сохранится как самая новая. Отмена (%2) вернёт ваш текст.</translation>
    </message>
    <message>
        <source>The Original Has Changed</source>
        <translation>Оригинал изменился</translation>
    </message>
    <message>
        <source>Approve Anyway</source>
        <translation>Всё равно одобрить</translation>
    </message>
    <message>
        <source>Schedule Anyway</source>
        <translation>Всё равно запланировать</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>Всё равно опубликовать</translation>
    </message>
    <message>
        <source>View › Translations shows what changed in the original. Once the translation says the same, mark it reviewed there.</source>
        <translation>Вид › Переводы показывает, что изменилось в оригинале. Когда перевод скажет то же самое, отметьте его там как проверенный.</translation>
    </message>
</context>
<context>
    <name>Newsroom::StorySession</name>
    <message>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Unsaved text is not being kept: %1</source>
        <translation>Несохранённый текст не сохраняется: %1</translation>
    </message>
    <message>
        <source>No unsaved text is kept under %1.</source>
        <translation>Несохранённого текста с ключом %1 нет.</translation>
    </message>
    <message>
        <source>The stored story is gone; the recovered text will be saved as a new story.</source>
        <translation>Сохранённого материала больше нет; восстановленный текст будет сохранён как новый материал.</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>Нет открытого материала.</translation>
    </message>
    <message>
        <source>This story is not yours to change now.</source>
        <translation>Сейчас вы не можете изменять этот материал.</translation>
    </message>
    <message>
        <source>The story was closed before it was saved.</source>
        <translation>Материал закрыт до того, как был сохранён.</translation>
    </message>
    <message>
        <source>Catch up with revision %1</source>
        <translation>Переход к версии %1</translation>
    </message>
    <message>
        <source>Not saved: your text is as you left it, and kept on this computer.</source>
        <translation>Не сохранено: ваш текст остался таким, как вы его оставили, и хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>Merge with revision %1</source>
        <translation>Объединение правок с версией %1</translation>
    </message>
    <message>
        <source>Not saved to the newsroom yet: %1. Your text is kept on this computer.</source>
        <translation>В редакции пока не сохранено: %1. Ваш текст хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>За этим рабочим местом никто не вошёл в систему.</translation>
    </message>
    <message>
        <source>The story was closed meanwhile.</source>
        <translation>Тем временем материал закрыли.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Восстановлена версия %1</translation>
    </message>
    <message>
        <source>The story has no revision %1.</source>
        <translation>У материала нет версии %1.</translation>
    </message>
    <message>
        <source>Cannot tell colleagues you are editing this story: %1</source>
        <translation>Не удаётся сообщить коллегам, что вы редактируете этот материал: %1</translation>
    </message>
    <message>
        <source>The story is free: you can edit it now.</source>
        <translation>Материал свободен: теперь вы можете его редактировать.</translation>
    </message>
    <message>
        <source>Unsaved text of %1, kept when %2 took over editing</source>
        <translation>Несохранённый текст (%1), сохранён при перехвате правки (%2)</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>коллега</translation>
    </message>
    <message>
        <source>No stored story is open.</source>
        <translation>Нет открытого сохранённого материала.</translation>
    </message>
</context>
<context>
    <name>Newsroom::TranslationDesk</name>
    <message>
        <source>Nothing was done.</source>
        <translation>Ничего не сделано.</translation>
    </message>
    <message>
        <source>Tra&amp;nslate Into</source>
        <translation>Пере&amp;вести на</translation>
    </message>
    <message>
        <source>The story&apos;s translations could not be read: %1</source>
        <translation>Не удалось прочитать переводы материала: %1</translation>
    </message>
    <message>
        <source>The original has changed.</source>
        <translation>Оригинал изменился.</translation>
    </message>
    <message>
        <source>This translation follows its revision %1; it is at revision %2 now. Check the translation against what changed, then mark it reviewed.</source>
        <translation>Перевод сделан по его версии %1, а сейчас у оригинала версия %2. Сверьте перевод с тем, что изменилось, и отметьте его как проверенный.</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Save the story first</source>
        <translation>Сначала сохраните материал</translation>
    </message>
    <message>
        <source>The story is in this language already, or has a translation into it</source>
        <translation>Материал уже на этом языке или уже переведён на него</translation>
    </message>
    <message>
        <source>Not Translated</source>
        <translation>Перевод не создан</translation>
    </message>
    <message>
        <source>A draft in %1 is open, with the original beside it: write the translation over the copied text.</source>
        <translation>Открыт черновик на языке «%1», рядом — оригинал: пишите перевод поверх скопированного текста.</translation>
    </message>
    <message>
        <source>Not Marked Reviewed</source>
        <translation>Не отмечено как проверенное</translation>
    </message>
    <message>
        <source>The translation is in step with its original again.</source>
        <translation>Перевод снова соответствует оригиналу.</translation>
    </message>
    <message>
        <source>Cannot Show the Version</source>
        <translation>Не удалось показать версию</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>a translation</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>Not translated yet.</source>
        <translation>Ещё не переведено.</translation>
    </message>
    <message>
        <source>The text is still the original&apos;s: write the translation over it. The original is beside it in View › Side by Side.</source>
        <translation>Текст пока оригинальный: пишите перевод поверх него. Оригинал — рядом, Вид › Рядом.</translation>
    </message>
</context>
<context>
    <name>Newsroom::TranslationsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Side &amp;by Side</source>
        <translation>&amp;Рядом</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>Отметить как &amp;проверенный</translation>
    </message>
    <message>
        <source>Versions in other languages</source>
        <translation>Версии на других языках</translation>
    </message>
    <message>
        <source>Open the chosen version in the editor</source>
        <translation>Открыть выбранную версию в редакторе</translation>
    </message>
    <message>
        <source>Read the chosen version beside the story you are writing</source>
        <translation>Читать выбранную версию рядом с материалом, который вы пишете</translation>
    </message>
    <message>
        <source>&amp;Translate Into</source>
        <translation>Пере&amp;вести на</translation>
    </message>
    <message>
        <source>What changed in the original</source>
        <translation>Что изменилось в оригинале</translation>
    </message>
    <message>
        <source>The translation says what the original says now</source>
        <translation>Перевод говорит то же, что оригинал сейчас</translation>
    </message>
    <message>
        <source>Save the story to translate it.</source>
        <translation>Сохраните материал, чтобы перевести его.</translation>
    </message>
    <message>
        <source>This story has no versions in other languages yet. Translate Into makes a draft for the translator, linked to it.</source>
        <translation>У материала пока нет версий на других языках. «Перевести на» создаёт связанный с ним черновик для переводчика.</translation>
    </message>
    <message>
        <source>The same story in other languages. A translation is behind once its original changes.</source>
        <translation>Тот же материал на других языках. Перевод отстаёт, как только меняется оригинал.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>behind: the original changed</source>
        <translation>отстаёт: оригинал изменился</translation>
    </message>
    <message>
        <source>in step with the original</source>
        <translation>соответствует оригиналу</translation>
    </message>
    <message>
        <source>(open in the editor)</source>
        <translation>(открыт в редакторе)</translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation>ещё не переведено</translation>
    </message>
</context>
<context>
    <name>Newsroom::VersionPane</name>
    <message>
        <source>Close the version beside the story</source>
        <translation>Закрыть версию рядом с материалом</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The story in another language</source>
        <translation>Материал на другом языке</translation>
    </message>
    <message>
        <source>%1 — %2, revision %3</source>
        <translation>%1 — %2, версия %3</translation>
    </message>
    <message>
        <source>What changed since the translation was made: added on green, removed struck through.</source>
        <translation>Что изменилось после перевода: добавленное — на зелёном, удалённое — зачёркнуто.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>no password is kept for %1</source>
        <translation>для %1 пароль не сохранён</translation>
    </message>
    <message>
        <source>the system keychain cannot be read: %1</source>
        <translation>не удаётся прочитать системное хранилище паролей: %1</translation>
    </message>
    <message>
        <source>the password cannot be kept in the system keychain: %1</source>
        <translation>не удаётся сохранить пароль в системном хранилище паролей: %1</translation>
    </message>
    <message>
        <source>the password cannot be removed from the system keychain: %1</source>
        <translation>не удаётся удалить пароль из системного хранилища паролей: %1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>editors and admins</source>
        <translation>редакторы и администраторы</translation>
    </message>
    <message>
        <source>admins</source>
        <translation>администраторы</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Reporter</source>
        <comment>role in the newsroom</comment>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <source>Editor</source>
        <comment>role in the newsroom</comment>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>role in the newsroom</comment>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>PhotoStore</name>
    <message>
        <source>the photo %1 got no id</source>
        <translation>фото %1 не получило id</translation>
    </message>
    <message>
        <source>there is no photo %1</source>
        <translation>нет фото %1</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>a credit</source>
        <translation>автора фото</translation>
    </message>
    <message>
        <source>an alt text for readers who cannot see it</source>
        <translation>описание для незрячих читателей</translation>
    </message>
    <message>
        <source>photo %1 (%2) needs %3</source>
        <translation>фото %1 (%2): нужно указать %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>%1 records where it was taken (GPS). That never leaves the newsroom: published copies carry no location.</source>
        <translation>В %1 записано, где сделано фото (GPS). Эти данные не покидают редакцию: в опубликованных копиях местоположения нет.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
</context>
<context>
    <name>Rendition</name>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>не удаётся декодировать %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): replace the photo in its story</source>
        <translation>%1 повреждён (%2): замените фото в его материале</translation>
    </message>
    <message>
        <source>cannot encode a rendition of %1: %2</source>
        <translation>не удаётся закодировать вариант %1: %2</translation>
    </message>
</context>
<context>
    <name>Repositories</name>
    <message>
        <source>no staff member has the login %1</source>
        <translation>нет сотрудника с логином %1</translation>
    </message>
    <message>
        <source>a staff member needs a name</source>
        <translation>у сотрудника должно быть имя</translation>
    </message>
    <message>
        <source>the new staff member got no id</source>
        <translation>новый сотрудник не получил id</translation>
    </message>
    <message>
        <source>%1 was not changed: there is no such staff member, or changing people is for admins</source>
        <translation>%1 не изменён: такого сотрудника нет, или изменять данные сотрудников могут только администраторы</translation>
    </message>
    <message>
        <source>nobody on the staff is called %1</source>
        <translation>среди сотрудников нет никого по имени %1</translation>
    </message>
    <message>
        <source>nobody on the staff has the number %1</source>
        <translation>среди сотрудников нет никого под номером %1</translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation>у раздела должно быть название</translation>
    </message>
    <message>
        <source>“%1” cannot be a section: a section&apos;s name needs a letter or a digit</source>
        <translation>«%1» не может быть разделом: в названии раздела нужна хотя бы одна буква или цифра</translation>
    </message>
    <message>
        <source>the slug &apos;%1&apos; may hold only a-z, 0-9 and hyphens</source>
        <translation>адрес «%1» может содержать только a-z, 0-9 и дефисы</translation>
    </message>
    <message>
        <source>the section “%1” does not exist yet, and only an admin may add sections: ask an admin to add it, or choose an existing one</source>
        <translation>раздела «%1» пока нет, а добавлять разделы может только администратор: попросите администратора добавить его или выберите существующий</translation>
    </message>
    <message>
        <source>the new category got no id</source>
        <translation>новый раздел не получил id</translation>
    </message>
    <message>
        <source>an empty category path</source>
        <translation>пустой путь раздела</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; write one like Asia/Almaty</source>
        <translation>«%1» — не известный этой системе часовой пояс; укажите, например, Asia/Almaty</translation>
    </message>
    <message>
        <source>“%1” is not in the newsroom dictionary</source>
        <translation>в словаре редакции нет слова «%1»</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>слово пустое</translation>
    </message>
    <message>
        <source>“%1” has a space in it: the dictionary takes one word at a time</source>
        <translation>в «%1» есть пробел: словарь принимает слова по одному</translation>
    </message>
    <message>
        <source>“%1…” is longer than 100 characters</source>
        <translation>«%1…» длиннее 100 символов</translation>
    </message>
    <message>
        <source>there is a section “%1” there already</source>
        <translation>там уже есть раздел «%1»</translation>
    </message>
    <message>
        <source>“%1” cannot go under itself or under one of its own subsections</source>
        <translation>раздел «%1» нельзя перенести в него самого или в его подраздел</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself or into one of its own subsections</source>
        <translation>раздел «%1» нельзя объединить с ним самим или с его подразделом</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n story(s): merge it into another section instead</source>
        <translation>
            <numerusform>в разделе «%1» %n материал: объедините его с другим разделом</numerusform>
            <numerusform>в разделе «%1» %n материала: объедините его с другим разделом</numerusform>
            <numerusform>в разделе «%1» %n материалов: объедините его с другим разделом</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has subsections: move or delete them first</source>
        <translation>в разделе «%1» есть подразделы: сначала перенесите или удалите их</translation>
    </message>
    <message>
        <source>“%1” cannot be a section&apos;s name: “/” and “›” separate a section from its subsections</source>
        <translation>«%1» не может быть названием раздела: «/» и «›» отделяют раздел от подразделов</translation>
    </message>
    <message>
        <source>“%1…” is too long for a section&apos;s name: at most 80 characters</source>
        <translation>«%1…» — слишком длинное название раздела: не больше 80 символов</translation>
    </message>
    <message>
        <source>%1 is on the staff already; two people of one name could not be told apart in bylines (add a middle name or initial)</source>
        <translation>%1 уже есть среди сотрудников; двух людей с одним именем не различить в подписях (добавьте отчество или инициал)</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>неизвестный язык «%1»: укажите ru, kk или en</translation>
    </message>
    <message>
        <source>“%1” cannot be the folder of the %2 pages: write a short name of a-z, 0-9 and hyphens, such as kz</source>
        <translation>«%1» не может быть папкой страниц на языке %2: напишите короткое имя из a-z, 0-9 и дефисов, например kz</translation>
    </message>
    <message>
        <source>“%1” cannot be the folder of the %2 pages: the site keeps its own pages there</source>
        <translation>«%1» не может быть папкой страниц на языке %2: там лежат собственные страницы сайта</translation>
    </message>
    <message>
        <source>the %1 and %2 pages cannot share the folder “%3”</source>
        <translation>страницы на языках %1 и %2 не могут лежать в одной папке «%3»</translation>
    </message>
    <message>
        <source>there is no section %1</source>
        <translation>раздела %1 нет</translation>
    </message>
    <message>
        <source>“%1” is the name of the section beside it, “%2”, in %3 already</source>
        <translation>«%1» — уже название соседнего раздела «%2» на языке «%3»</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>could not grab the window</source>
        <translation>не удалось снять изображение окна</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the window was not shown within 10 s</source>
        <translation>окно не появилось за 10 с</translation>
    </message>
</context>
<context>
    <name>ServerOwner</name>
    <message>
        <source>the server does not know the login of this connection</source>
        <translation>сервер не знает логин этого соединения</translation>
    </message>
    <message>
        <source>%1 The newsroom&apos;s administrator runs this once, as a role that may create roles, and then `newsroom init` as %2:
%3</source>
        <translation>%1 Администратор редакции один раз выполняет это от имени роли, которой разрешено создавать роли, а затем `newsroom init` от имени %2:
%3</translation>
    </message>
    <message>
        <source>the login %1 may not use the newsroom at %2: it is in none of the groups newsroom_reporter, newsroom_editor and newsroom_admin. The administrator adds it to one, for example: GRANT newsroom_reporter TO &quot;%1&quot;;</source>
        <translation>логин %1 не может работать с редакцией на %2: он не входит ни в одну из групп newsroom_reporter, newsroom_editor и newsroom_admin. Администратор добавляет его в одну из них, например: GRANT newsroom_reporter TO &quot;%1&quot;;</translation>
    </message>
    <message>
        <source>%1 needs its schema brought from version %2 to %3 for this Newsroom, and only the newsroom&apos;s setup login (a member of newsroom_owner) may do that. Ask the administrator to run `newsroom init` once with it; until then, use the Newsroom version you had.</source>
        <translation>Для этой версии Newsroom схему %1 нужно обновить с версии %2 до %3, а сделать это может только установочный логин редакции (член newsroom_owner). Попросите администратора один раз выполнить с ним `newsroom init`; до тех пор пользуйтесь прежней версией Newsroom.</translation>
    </message>
    <message>
        <source>The server has no role %1 yet, and the login %2 may not create roles.</source>
        <translation>На сервере ещё нет роли %1, а логину %2 не разрешено создавать роли.</translation>
    </message>
    <message>
        <source>The login %1 may not set up this newsroom: it is not a member of newsroom_owner.</source>
        <translation>Логин %1 не может настраивать эту редакцию: он не член newsroom_owner.</translation>
    </message>
    <message>
        <source>newsroom_owner may not create the newsroom&apos;s tables (%1).</source>
        <translation>newsroom_owner не может создавать таблицы редакции (%1).</translation>
    </message>
    <message>
        <source>The login %1 may not keep everyone but the newsroom&apos;s groups out of this database (%2).</source>
        <translation>Логин %1 не может закрыть эту базу данных для всех, кроме групп редакции (%2).</translation>
    </message>
    <message>
        <source>Part of this newsroom belongs to another role, and the login %1 may not give it to newsroom_owner: upgrade it once as that role or as a superuser (%2).</source>
        <translation>Часть этой редакции принадлежит другой роли, и логин %1 не может передать её newsroom_owner: один раз выполните обновление от имени той роли или суперпользователя (%2).</translation>
    </message>
</context>
<context>
    <name>StoryFile</name>
    <message>
        <source>“%1” should be text</source>
        <translation>«%1» должно быть текстом</translation>
    </message>
    <message>
        <source>“%1” holds %2</source>
        <translation>«%1» содержит %2</translation>
    </message>
    <message>
        <source>each entry of “%1” should be text</source>
        <translation>каждый элемент «%1» должен быть текстом</translation>
    </message>
    <message>
        <source>“%1” should be text or a list</source>
        <translation>«%1» должно быть текстом или списком</translation>
    </message>
    <message>
        <source>“%1” should be true or false</source>
        <translation>«%1» должно быть true или false</translation>
    </message>
    <message>
        <source>“%1” is not a date and time: “%2” (write 2026-01-31T10:00:00+05:00, or 2026-01-31 for a day)</source>
        <translation>«%1» — не дата и время: «%2» (пишите 2026-01-31T10:00:00+05:00 или 2026-01-31 для дня)</translation>
    </message>
    <message>
        <source>unknown key “%1”: did you mean “%2”?</source>
        <translation>неизвестный ключ «%1»: может быть, имелось в виду «%2»?</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field Newsroom keeps; it was left out</source>
        <translation>%1: «%2» — не поле, которое хранит Newsroom; оно пропущено</translation>
    </message>
    <message>
        <source>“%1” cannot be a section: a section&apos;s name needs a letter or a digit</source>
        <translation>«%1» не может быть разделом: в названии раздела нужна хотя бы одна буква или цифра</translation>
    </message>
    <message>
        <source>the section path has %1 levels; at most %2</source>
        <translation>в пути раздела %1 уровней; допускается не больше %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; a story file may be at most %3 MB</source>
        <translation>%1: размер файла %2 МБ; файл материала может быть не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1:%2: contains a NUL byte: this is not a text file</source>
        <translation>%1:%2: содержит байт NUL: это не текстовый файл</translation>
    </message>
    <message>
        <source>%1:%2: is not valid UTF-8 (byte %3); save the file as UTF-8</source>
        <translation>%1:%2: недопустимый UTF-8 (байт %3); сохраните файл в UTF-8</translation>
    </message>
    <message>
        <source>%1:1: TOML front matter (+++) is not supported; write it as YAML between --- lines</source>
        <translation>%1:1: блок метаданных в формате TOML (+++) не поддерживается; запишите его в YAML между строками ---</translation>
    </message>
    <message>
        <source>%1:1: the front matter opened by --- is never closed by another ---</source>
        <translation>%1:1: блок метаданных, открытый строкой ---, не закрыт второй строкой ---</translation>
    </message>
    <message>
        <source>%1:2: the front matter should be a list of “key: value” lines</source>
        <translation>%1:2: блок метаданных должен быть списком строк «ключ: значение»</translation>
    </message>
    <message>
        <source>the text holds %1</source>
        <translation>текст содержит %1</translation>
    </message>
    <message>
        <source>%1:1: the story has no title: add “title:” to the front matter</source>
        <translation>%1:1: у материала нет заголовка: добавьте «title:» в блок метаданных</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en%2</source>
        <translation>неизвестный язык «%1»: укажите ru, kk или en%2</translation>
    </message>
    <message>
        <source> (Kazakh is kk)</source>
        <translation> (казахский — kk)</translation>
    </message>
    <message>
        <source>unknown status “%1” (draft, submitted, changes_requested, approved, scheduled, published or unpublished)</source>
        <translation>неизвестный статус «%1» (draft, submitted, changes_requested, approved, scheduled, published или unpublished)</translation>
    </message>
    <message>
        <source>“draft: %1” contradicts “status: %2”: keep one of them</source>
        <translation>«draft: %1» противоречит «status: %2»: оставьте что-то одно</translation>
    </message>
    <message>
        <source>the story has %1 different tags; at most %2 fit one story</source>
        <translation>у материала %1 разных тегов; в один материал помещается не больше %2</translation>
    </message>
    <message>
        <source>“photos” should be a list of entries with file, caption, credit, alt and role</source>
        <translation>«photos» должно быть списком элементов с file, caption, credit, alt и role</translation>
    </message>
    <message>
        <source>unknown photo role “%1” (lead, inline or gallery)</source>
        <translation>неизвестная роль фото «%1» (lead, inline или gallery)</translation>
    </message>
    <message>
        <source>a photo entry without a file</source>
        <translation>элемент фото без file</translation>
    </message>
    <message>
        <source>the photo “%1” must be a file beside the story or in a folder below it, not an absolute path, a path through “..” or an address</source>
        <translation>фото «%1» должно быть файлом рядом с материалом или в папке ниже него, а не абсолютным путём, путём через «..» или адресом в интернете</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %n character(s) long</source>
        <translation>
            <numerusform>«%1» длиной %n символ</numerusform>
            <numerusform>«%1» длиной %n символа</numerusform>
            <numerusform>«%1» длиной %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; at most %n fit</source>
        <comment>characters</comment>
        <translation>
            <numerusform>; допускается не больше %n символа</numerusform>
            <numerusform>; допускается не больше %n символов</numerusform>
            <numerusform>; допускается не больше %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the heading is %n character(s) long</source>
        <translation>
            <numerusform>заголовок длиной %n символ</numerusform>
            <numerusform>заголовок длиной %n символа</numerusform>
            <numerusform>заголовок длиной %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; a headline may have at most %n</source>
        <comment>characters</comment>
        <translation>
            <numerusform>; в заголовке может быть не больше %n символа</numerusform>
            <numerusform>; в заголовке может быть не больше %n символов</numerusform>
            <numerusform>; в заголовке может быть не больше %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the slug “%1” may hold only a-z, 0-9 and hyphens, at most %n character(s)</source>
        <translation>
            <numerusform>адрес «%1» может содержать только a-z, 0-9 и дефисы, не более %n символа</numerusform>
            <numerusform>адрес «%1» может содержать только a-z, 0-9 и дефисы, не более %n символов</numerusform>
            <numerusform>адрес «%1» может содержать только a-z, 0-9 и дефисы, не более %n символов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryParts</name>
    <message>
        <source>the tag “%1” found no free slug</source>
        <translation>для тега «%1» не нашлось свободного адреса</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>there is no story %1</source>
        <translation>материала %1 нет</translation>
    </message>
    <message>
        <source>“%1” and “%2” are both in %3: a translation is in another language</source>
        <translation>«%1» и «%2» оба на языке %3: перевод делается на другой язык</translation>
    </message>
    <message>
        <source>“%1” is already in a group of translations</source>
        <translation>«%1» уже входит в группу переводов</translation>
    </message>
    <message>
        <source>“%1” is itself a translation: link to its original</source>
        <translation>«%1» сам является переводом: свяжите с его оригиналом</translation>
    </message>
    <message>
        <source>“%1” already has a translation in %2: “%3”</source>
        <translation>у «%1» уже есть перевод на %2: «%3»</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>неизвестный язык «%1»: укажите ru, kk или en</translation>
    </message>
    <message>
        <source>“%1” is already in %2</source>
        <translation>«%1» уже на языке %2</translation>
    </message>
    <message>
        <source>story %1 is not a translation</source>
        <translation>материал %1 — не перевод</translation>
    </message>
    <message>
        <source>revision %1 of the original is not kept</source>
        <translation>версия %1 оригинала не сохранилась</translation>
    </message>
    <message numerus="yes">
        <source>The original, “%1”, has changed since this translation was made from its revision %2 (it is at revision %3 now; %n word(s) changed). Check the translation against it, then mark it reviewed.</source>
        <translation>
            <numerusform>Оригинал, «%1», изменился после того, как с его версии %2 сделан перевод (сейчас версия %3; изменено %n слово). Сверьте перевод с ним и отметьте как проверенный.</numerusform>
            <numerusform>Оригинал, «%1», изменился после того, как с его версии %2 сделан перевод (сейчас версия %3; изменено %n слова). Сверьте перевод с ним и отметьте как проверенный.</numerusform>
            <numerusform>Оригинал, «%1», изменился после того, как с его версии %2 сделан перевод (сейчас версия %3; изменено %n слов). Сверьте перевод с ним и отметьте как проверенный.</numerusform>
        </translation>
    </message>
    <message>
        <source>The published translation (%1), “%2”, follows an older text of this story: update it and mark it reviewed.</source>
        <translation>Опубликованный перевод (%1), «%2», следует старому тексту этого материала: обновите его и отметьте как проверенный.</translation>
    </message>
    <message>
        <source>translated from story %1</source>
        <translation>переведено из материала %1</translation>
    </message>
    <message>
        <source>“%1” still holds the words of its original, “%2”: it is not translated into %3 yet.</source>
        <translation>«%1» всё ещё содержит текст оригинала «%2»: на язык «%3» он пока не переведён.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>“%1” is on the site: unpublish it first, then move it to the trash</source>
        <translation>«%1» опубликован на сайте: сначала снимите его с публикации, затем переместите в корзину</translation>
    </message>
    <message>
        <source>“%1” is scheduled: take it off the schedule first, then move it to the trash</source>
        <translation>«%1» запланирован: сначала снимите его с расписания, затем переместите в корзину</translation>
    </message>
    <message>
        <source>“%1” is not %2&apos;s story; only its reporters, editors and admins may move it to the trash</source>
        <translation>«%1» — не материал пользователя %2; переместить его в корзину могут только его авторы, редакторы и администраторы</translation>
    </message>
    <message>
        <source>“%1” is %2: it is the desk&apos;s now, and only editors may move it to the trash</source>
        <translation>«%1» сейчас %2: он уже у редакции, и переместить его в корзину могут только редакторы</translation>
    </message>
    <message>
        <source>“%1” is in the trash already</source>
        <translation>«%1» уже в корзине</translation>
    </message>
    <message>
        <source>“%1” is not in the trash</source>
        <translation>«%1» не в корзине</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Перемещён в корзину</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Восстановлен из корзины</translation>
    </message>
    <message>
        <source>%1 may not empty the trash; %2 may</source>
        <translation>%1 не может очищать корзину; это могут %2</translation>
    </message>
</context>
<context>
    <name>TypedTime</name>
    <message>
        <source>cannot read “%1” as a date and time: write it as 30.11.2026 18:00, 30 ноября 18:00, завтра 9:00 or 18:00 (today)</source>
        <translation>не удаётся понять «%1» как дату и время: пишите 30.11.2026 18:00, 30 ноября 18:00, завтра 9:00 или 18:00 (сегодня)</translation>
    </message>
    <message>
        <source>type a date and time, such as 30.11.2026 18:00</source>
        <translation>введите дату и время, например 30.11.2026 18:00</translation>
    </message>
    <message>
        <source>“%1” says no time of day: add it, such as 18:00</source>
        <translation>в «%1» не указано время суток: добавьте его, например 18:00</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day</source>
        <translation>%1:%2 — не время суток</translation>
    </message>
    <message>
        <source>%1 is not a month</source>
        <translation>%1 — не месяц</translation>
    </message>
    <message>
        <source>there is no day %1 in month %2</source>
        <translation>в месяце %2 нет %1-го числа</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>завтра в %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, через %2</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>the newsroom&apos;s owner</source>
        <translation>владелец редакции</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>отправлен на проверку</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>возвращён на доработку</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>taken off the schedule</source>
        <translation>снят с расписания</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>снят с публикации</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>исправлен</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>back with its reporter for changes</source>
        <translation>на доработке у корреспондента</translation>
    </message>
    <message>
        <source>it has no headline</source>
        <translation>у него нет заголовка</translation>
    </message>
    <message>
        <source>it has no lead</source>
        <translation>у него нет лида</translation>
    </message>
    <message>
        <source>it is in no section</source>
        <translation>он не отнесён ни к одному разделу</translation>
    </message>
    <message>
        <source>its body is empty</source>
        <translation>его текст пуст</translation>
    </message>
    <message>
        <source>“%1” is not %2&apos;s story; only its reporters, editors and admins may have it %3</source>
        <translation>%2 не указан(а) среди авторов «%1»; сделать так, чтобы материал был %3, могут только его авторы, редакторы и администраторы</translation>
    </message>
    <message>
        <source>“%1” is %2: it cannot be %3 from there</source>
        <translation>«%1» сейчас %2: из этого состояния материал не может быть %3</translation>
    </message>
    <message>
        <source>“%1” cannot be %2 yet: %3</source>
        <translation>«%1» пока не может быть %2: %3</translation>
    </message>
    <message>
        <source>a time to publish “%1” is needed</source>
        <translation>нужно время публикации для «%1»</translation>
    </message>
    <message>
        <source>%1 UTC has passed: choose a time to come for “%2”, or publish it now</source>
        <translation>%1 UTC уже прошло: выберите время в будущем для «%2» или опубликуйте материал сейчас</translation>
    </message>
    <message>
        <source>a correction needs a note for readers saying what was corrected</source>
        <translation>для исправления нужно примечание для читателей о том, что исправлено</translation>
    </message>
    <message>
        <source>%1 may not set an embargo; %2 may</source>
        <translation>%1 не может устанавливать эмбарго; это могут %2</translation>
    </message>
    <message>
        <source>Embargo until %1 UTC</source>
        <translation>Эмбарго до %1 UTC</translation>
    </message>
    <message>
        <source>Embargo lifted</source>
        <translation>Эмбарго снято</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>расписание</translation>
    </message>
    <message>
        <source>published on schedule</source>
        <translation>опубликован по расписанию</translation>
    </message>
    <message>
        <source>Not published at its scheduled time: %1</source>
        <translation>Не опубликован в запланированное время: %1</translation>
    </message>
    <message>
        <source> (no comment could be left for the desk: %1)</source>
        <translation> (не удалось оставить комментарий для редакции: %1)</translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time</source>
        <translation>%1 %2 — не дата и время</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3: the clocks skip it that night</source>
        <translation>%1 %2 не существует в поясе %3: в эту ночь часы переводят, и такого времени нет</translation>
    </message>
    <message>
        <source>only %1 may have a story %2; %3&apos;s role is “%4”</source>
        <translation>сделать так, чтобы материал был %2, могут только %1; роль пользователя %3 — «%4»</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it first</source>
        <translation>«%1» в корзине: сначала восстановите его</translation>
    </message>
</context>
<context>
    <name>YamlTree</name>
    <message>
        <source>anchors (&amp;%1) are not used in story files: write the value out</source>
        <translation>якоря (&amp;%1) в файлах материалов не используются: запишите значение полностью</translation>
    </message>
    <message>
        <source>YAML tags (%1) are not used in story files: write plain text</source>
        <translation>YAML-теги (%1) в файлах материалов не используются: пишите обычный текст</translation>
    </message>
    <message>
        <source>a key must be a plain word, such as “title”</source>
        <translation>ключ должен быть простым словом, например «title»</translation>
    </message>
    <message>
        <source>“%1” is written twice (first on line %2): keep one</source>
        <translation>«%1» записан дважды (впервые в строке %2): оставьте одно</translation>
    </message>
    <message>
        <source>a second YAML document: the front matter is one list of “key: value” lines</source>
        <translation>второй документ YAML: блок метаданных — это один список строк «ключ: значение»</translation>
    </message>
    <message>
        <source>aliases (*%1) are not used in story files: write the value out</source>
        <translation>псевдонимы (*%1) в файлах материалов не используются: запишите значение полностью</translation>
    </message>
    <message>
        <source>the front matter is nested more than %1 levels deep</source>
        <translation>блок метаданных вложен глубже чем на %1 уровней</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: %1</source>
        <translation>блок метаданных не является правильным YAML: %1</translation>
    </message>
    <message>
        <source>the quotes opened here are never closed</source>
        <translation>открытые здесь кавычки так и не закрыты</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: %1 (%2, which began at line %3, column %4)</source>
        <translation>блок метаданных не является правильным YAML: %1 (%2, начатое в строке %3, столбце %4)</translation>
    </message>
    <message>
        <source>a colon followed by a space starts a new key here; if it belongs to the text, put the whole text in quotes: title: &quot;Аким: мост откроют в мае&quot;</source>
        <translation>двоеточие с пробелом здесь начинает новый ключ; если оно относится к тексту, заключите весь текст в кавычки: title: &quot;Аким: мост откроют в мае&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create a temporary folder for the demo</source>
        <translation>не удаётся создать временную папку для демонстрационной редакции</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>Try &apos;newsroom --help&apos;.</source>
        <translation>Попробуйте «newsroom --help».</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands need none: see &apos;newsroom --help&apos;.</source>
        <translation>нет дисплея, на котором открыть окно (не заданы ни DISPLAY, ни WAYLAND_DISPLAY). Командам дисплей не нужен: см. &apos;newsroom --help&apos;.</translation>
    </message>
</context>
</TS>
