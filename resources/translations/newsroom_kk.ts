<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Article</name>
    <message>
        <source>a line break, where the text must be one line</source>
        <translation>бір жолды болуы тиіс мәтіндегі жол үзілімі</translation>
    </message>
    <message>
        <source>an invisible control character (U+%1)</source>
        <translation>көрінбейтін басқару таңбасы (U+%1)</translation>
    </message>
    <message>
        <source>an invisible direction override (U+%1) that reorders the text</source>
        <translation>мәтін ретін өзгертетін көрінбейтін бағыт ауыстыру таңбасы (U+%1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>status of a story</comment>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>status of a story: sent for review</comment>
        <translation>Тексеруде</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <comment>status of a story</comment>
        <translation>Пысықтауда</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>status of a story</comment>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>status of a story</comment>
        <translation>Жоспарланды</translation>
    </message>
    <message>
        <source>Published</source>
        <comment>status of a story</comment>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <comment>status of a story: taken off the site</comment>
        <translation>Жариялаудан алынды</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <source>headline</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>kicker</source>
        <translation>үстіңгі тақырып</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>орны мен күні</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>search title</source>
        <translation>іздеу жүйелеріне арналған тақырып</translation>
    </message>
    <message>
        <source>search description</source>
        <translation>іздеу жүйелеріне арналған сипаттама</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>тегтер</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тіл</translation>
    </message>
</context>
<context>
    <name>ArticleJson</name>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>белгісіз күй: «%1»</translation>
    </message>
    <message>
        <source>unknown photo role &apos;%1&apos;</source>
        <translation>белгісіз фото рөлі: «%1»</translation>
    </message>
</context>
<context>
    <name>ArticleRepository</name>
    <message>
        <source>no free slug near &apos;%1&apos;</source>
        <translation>«%1» мекенжайына жақын бос мекенжай жоқ</translation>
    </message>
    <message>
        <source>a byline needs a staff member or a name</source>
        <translation>автор қолтаңбасында қызметкер немесе есім болуы керек</translation>
    </message>
    <message>
        <source>a photo of the story was never stored</source>
        <translation>материалдың бір фотосы ешқашан сақталмаған</translation>
    </message>
    <message>
        <source>story %1 is no longer in the newsroom</source>
        <translation>материал (%1) редакцияда енді жоқ</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else meanwhile (revision %2; yours was based on %3)</source>
        <translation>«%1» материалын осы аралықта басқа біреу сақтады (нұсқа %2; сіздікі %3 нөмірлі нұсқаға негізделген)</translation>
    </message>
    <message>
        <source>the slug of a published story stays “%1” so that its address keeps working</source>
        <translation>жарияланған материалдың сілтемесі жұмыс істей беруі үшін оның мекенжайы «%1» болып қалады</translation>
    </message>
    <message>
        <source>the new story got no id</source>
        <translation>жаңа материалға id берілмеді</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else meanwhile</source>
        <translation>«%1» материалын осы аралықта басқа біреу сақтады</translation>
    </message>
    <message>
        <source>revision %1 of story %2 is damaged: %3</source>
        <translation>материалдың (%2) %1 нөмірлі нұсқасы зақымдалған: %3</translation>
    </message>
    <message>
        <source>type at least one word to search for</source>
        <translation>іздеу үшін кемінде бір сөз жазыңыз</translation>
    </message>
    <message numerus="yes">
        <source>the slug &apos;%1&apos; may hold only a-z, 0-9 and hyphens, at most %n character(s)</source>
        <translation>
            <numerusform>мекенжай («%1») тек a-z, 0-9 таңбалары мен дефистен тұра алады, ең көбі %n таңба</numerusform>
            <numerusform>мекенжай («%1») тек a-z, 0-9 таңбалары мен дефистен тұра алады, ең көбі %n таңба</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no story at the address “%1”</source>
        <translation>«%1» мекенжайы бар материал жоқ</translation>
    </message>
    <message>
        <source>there is no story %1</source>
        <translation>%1 нөмірлі материал жоқ</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it to change it</source>
        <translation>«%1» себетте: өзгерту үшін алдымен қалпына келтіріңіз</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>cannot flush %1 to disk</source>
        <translation>дискіге толық жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>cannot move the finished file to %1</source>
        <translation>дайын файлды мына жерге жылжыту мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>көшіру кезінде (%1): %2</translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation>%1: мұндай сақтық көшірме файлы жоқ</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a backup: %2</source>
        <translation>%1: сақтық көшірме ретінде ашылмайды: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a newsroom backup: %2</source>
        <translation>%1: зақымдалған немесе редакцияның сақтық көшірмесі емес: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 зақымдалған: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a newsroom backup</source>
        <translation>%1 — SQLite файлы, бірақ редакцияның сақтық көшірмесі емес</translation>
    </message>
    <message>
        <source>%1 was made by a newer Newsroom (schema %2); update Newsroom to restore it</source>
        <translation>%1 Newsroom-ның жаңарақ нұсқасында жасалған (схема %2); оны қалпына келтіру үшін Newsroom-ды жаңартыңыз</translation>
    </message>
    <message>
        <source>%1 has no checksum: it is not a backup made by `newsroom backup`, or its checksum was taken out. Nothing was restored. A newsroom file can be opened as it is, with --database sqlite:%1</source>
        <translation>%1: бақылау сомасы жоқ: бұл `newsroom backup` жасаған сақтық көшірме емес немесе оның бақылау сомасы алынып тасталған. Ештеңе қалпына келтірілмеді. Редакция файлын сол күйінде ашуға болады: --database sqlite:%1</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents no longer match the checksum taken when the backup was made</source>
        <translation>%1 зақымдалған: оның мазмұны сақтық көшірме жасалған кездегі бақылау сомасына енді сәйкес келмейді</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 жасалмады: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>%1 ішіне жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup</source>
        <translation>%1 бұрыннан бар; сақтық көшірмеге жаңа атау таңдаңыз</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>сақтық көшірме жазылмады: %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; restore to a new file, or pass --replace to overwrite it</source>
        <translation>%1 бұрыннан бар; жаңа файлға қалпына келтіріңіз немесе оны қайта жазу үшін --replace опциясын беріңіз</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>көшіру мүмкін болмады: %1 → %2: %3</translation>
    </message>
    <message>
        <source>cannot make a temporary folder to read %1 from: %2</source>
        <translation>оқу үшін уақытша қалта жасалмады (%1): %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to a temporary folder: %2</source>
        <translation>уақытша қалтаға көшіру мүмкін болмады: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n story(s); restore into an empty newsroom database</source>
        <translation>
            <numerusform>%1 ішінде %n материал бар; бос редакция дерекқорына қалпына келтіріңіз</numerusform>
            <numerusform>%1 ішінде %n материал бар; бос редакция дерекқорына қалпына келтіріңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it, or choose another</source>
        <translation>%1 қалтасы жоқ; оны жасаңыз немесе басқасын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>
Common options (before or after the command):
  --database &lt;url&gt;  sqlite:PATH or postgresql://user@host:port/database;
                    else $NEWSROOM_DATABASE, else the default file.
</source>
        <translation>
Ортақ опциялар (командадан бұрын немесе кейін):
  --database &lt;мекенжай&gt;  sqlite:PATH немесе postgresql://user@host:port/database;
                         болмаса $NEWSROOM_DATABASE, болмаса әдепкі файл.
</translation>
    </message>
    <message>
        <source>Fill the new newsroom with the demo stories.</source>
        <translation>Жаңа редакцияны демо материалдармен толтыру.</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>Сайт атауы.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атау</translation>
    </message>
    <message>
        <source>The newsroom&apos;s city.</source>
        <translation>Редакция орналасқан қала.</translation>
    </message>
    <message>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <source>The newsroom&apos;s time zone (default Asia/Almaty).</source>
        <translation>Редакцияның уақыт белдеуі (әдепкі — Asia/Almaty).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>белдеу</translation>
    </message>
    <message>
        <source>Create a newsroom database.</source>
        <translation>Редакция дерекқорын жасау.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>күтілмеген аргумент: «%1»</translation>
    </message>
    <message>
        <source>The newsroom is ready at %1 (schema %2).</source>
        <translation>Редакция дайын: %1 (схема %2).</translation>
    </message>
    <message>
        <source>Only stories in this state (draft, submitted, ..., published).</source>
        <translation>Тек осы күйдегі материалдар (draft, submitted, ..., published).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>күй</translation>
    </message>
    <message>
        <source>Only this category and those under it, e.g. Новости/Общество.</source>
        <translation>Тек осы айдар және оның ішкі айдарлары, мысалы, Жаңалықтар/Қоғам.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>Only stories with this staff member in the byline.</source>
        <translation>Тек авторлары арасында осы қызметкер бар материалдар.</translation>
    </message>
    <message>
        <source>Only stories with this tag.</source>
        <translation>Тек осы тегі бар материалдар.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <source>Changed on or after this date (newsroom time).</source>
        <translation>Осы күні немесе одан кейін өзгертілгендер (редакция уақыты).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>Changed before this date.</source>
        <translation>Осы күнге дейін өзгертілгендер.</translation>
    </message>
    <message>
        <source>updated (default), published, created or headline.</source>
        <translation>updated (әдепкі), published, created немесе headline.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>рет</translation>
    </message>
    <message>
        <source>At most this many stories (default 50).</source>
        <translation>Ең көбі осынша материал (әдепкі — 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Басынан осыншасын өткізіп жіберу.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON түрінде шығару.</translation>
    </message>
    <message>
        <source>List the newsroom&apos;s stories, newest first.</source>
        <translation>Редакция материалдарының тізімі, ең жаңасы басында.</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>белгісіз күй: «%1»</translation>
    </message>
    <message>
        <source>unknown order “%1”: updated, published, created or headline</source>
        <translation>белгісіз рет: «%1»; updated, published, created немесе headline болуы керек</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1, --offset one of at least 0</source>
        <translation>--limit мәні 1-ден кем емес, ал --offset мәні 0-ден кем емес бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2026-01-31 or 2026-01-31T10:00</source>
        <translation>«%1» — күн емес: 2026-01-31 немесе 2026-01-31T10:00 түрінде жазыңыз</translation>
    </message>
    <message>
        <source>Show one story, by id or slug.</source>
        <translation>Бір материалды id немесе мекенжай бойынша көрсету.</translation>
    </message>
    <message>
        <source>name one story, by its id or its slug</source>
        <translation>бір материалды көрсетіңіз: id немесе мекенжай</translation>
    </message>
    <message>
        <source>Story %1, revision %2, %3</source>
        <translation>Материал %1, нұсқа %2, %3</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Мекенжай: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Айдар: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Авторлар: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Орны мен күні: %1</translation>
    </message>
    <message>
        <source>Updated: %1 (%2)</source>
        <translation>Жаңартылды: %1 (%2)</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Жарияланды: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Тегтер: %1</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Фотолар: %1</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Жоспарланды: %1</translation>
    </message>
    <message>
        <source>Embargoed until: %1</source>
        <translation>Эмбарго мерзімі: %1</translation>
    </message>
    <message>
        <source>Only stories in this state.</source>
        <translation>Тек осы күйдегі материалдар.</translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation>Ең көбі осынша нәтиже (әдепкі — 20).</translation>
    </message>
    <message>
        <source>Search headlines, leads, bodies, bylines and captions. Every word must occur, in any of its forms; &quot;quoted words&quot; as a phrase; word* as a prefix.</source>
        <translation>Тақырыптардан, лидтерден, мәтіндерден, авторлардан және фотоға түсініктемелерден іздеу. Әр сөз кез келген формасында кездесуі керек; &quot;тырнақшадағы сөздер&quot; — тіркес ретінде; сөз* — сөздің басы ретінде.</translation>
    </message>
    <message>
        <source>give the words to search for</source>
        <translation>іздейтін сөздерді көрсетіңіз</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1, not “%1”</source>
        <translation>--limit мәні 1-ден кем емес бүтін сан болуы керек, «%1» емес</translation>
    </message>
    <message>
        <source>Stories found: %1</source>
        <translation>Табылған материалдар: %1</translation>
    </message>
    <message>
        <source>Import Markdown stories with YAML front matter (Hugo and Jekyll files, or Newsroom&apos;s own), from files or folders. Each file is imported whole or not at all; the others go ahead.</source>
        <translation>YAML метадеректер блогы бар Markdown материалдарын (Hugo мен Jekyll файлдарын немесе Newsroom-ның өз файлдарын) файлдардан не қалталардан импорттау. Әр файл не толығымен импортталады, не мүлде импортталмайды; қалғандары жалғаса береді.</translation>
    </message>
    <message>
        <source>name the files or folders to import</source>
        <translation>импортталатын файлдарды немесе қалталарды көрсетіңіз</translation>
    </message>
    <message>
        <source>no .md files in %1</source>
        <translation>мұнда .md файлдары жоқ: %1</translation>
    </message>
    <message>
        <source>newsroom import: note: %1</source>
        <translation>newsroom import: ескерту: %1</translation>
    </message>
    <message>
        <source>newsroom import: stopped: %1</source>
        <translation>newsroom import: тоқтатылды: %1</translation>
    </message>
    <message>
        <source>Import those again once the server answers. Running the whole import again also works for files that name their slug: those already in the newsroom are refused by it.</source>
        <translation>Сервер жауап бергенде оларды қайта импорттаңыз. Мекенжайы көрсетілген файлдар үшін бүкіл импортты қайта іске қосуға да болады: редакцияда бұрыннан барлары қабылданбайды.</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Жазылатын қалта.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>қалта</translation>
    </message>
    <message>
        <source>Write every story as Markdown with YAML front matter, one folder per story with its photos: what `newsroom import` reads back.</source>
        <translation>Әр материалды YAML метадеректер блогы бар Markdown ретінде жазу, әр материалға фотоларымен бірге бір қалтадан: `newsroom import` қайта оқи алатын пішімде.</translation>
    </message>
    <message>
        <source>say where to write with --out FOLDER</source>
        <translation>қайда жазу керегін --out ҚАЛТА арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>newsroom export-markdown: kept %1</source>
        <translation>newsroom export-markdown: өзгертілмей қалдырылды: %1</translation>
    </message>
    <message>
        <source>The folder of the site (empty, or a previous export).</source>
        <translation>Сайт қалтасы (бос немесе бұрынғы экспорт).</translation>
    </message>
    <message>
        <source>Rewrite every file, not only what changed.</source>
        <translation>Тек өзгергенін емес, барлық файлды қайта жазу.</translation>
    </message>
    <message>
        <source>Where the site will be, e.g. https://news.example.kz/ (else the site settings&apos;).</source>
        <translation>Сайттың мекенжайы, мысалы, https://news.example.kz/ (әйтпесе сайт баптауларындағы мекенжай).</translation>
    </message>
    <message>
        <source>A folder of templates and CSS overriding the default theme.</source>
        <translation>Әдепкі теманың орнына қолданылатын үлгілер мен CSS қалтасы.</translation>
    </message>
    <message>
        <source>Export as at this UTC time, &quot;YYYY-MM-DD HH:MM&quot; (for reproducible builds).</source>
        <translation>Осы UTC уақытындағы күйі бойынша экспорттау, &quot;YYYY-MM-DD HH:MM&quot; (қайталанатын жинақтар үшін).</translation>
    </message>
    <message>
        <source>Say how long each step of the export took.</source>
        <translation>Экспорттың әр қадамы қанша уақыт алғанын көрсету.</translation>
    </message>
    <message>
        <source>Keep this folder current: export to it again after each publication, unpublication and correction.</source>
        <translation>Бұл қалтаны өзекті күйде ұстау: әр жариялаудан, жариялаудан алудан және түзетуден кейін оған қайта экспорттау.</translation>
    </message>
    <message>
        <source>Stop exporting after each publication.</source>
        <translation>Әр жариялаудан кейін экспорттауды тоқтату.</translation>
    </message>
    <message>
        <source>Export the site as static HTML: published stories past their embargo, with section, tag and author pages, feeds and sitemaps. Only what changed is rewritten.</source>
        <translation>Сайтты статикалық HTML ретінде экспорттау: эмбаргосы өткен жарияланған материалдар, айдар, тег және автор беттері, арналар мен сайт карталары. Тек өзгергені қайта жазылады.</translation>
    </message>
    <message>
        <source>--on-publish and --not-on-publish say opposite things</source>
        <translation>--on-publish пен --not-on-publish бір-біріне қайшы</translation>
    </message>
    <message>
        <source>The site is exported only when asked from now on.</source>
        <translation>Бұдан былай сайт тек сұралғанда экспортталады.</translation>
    </message>
    <message>
        <source>--base-url wants an http or https address, not “%1”</source>
        <translation>--base-url мәні http немесе https мекенжайы болуы керек, «%1» емес</translation>
    </message>
    <message>
        <source>--at wants &quot;YYYY-MM-DD HH:MM&quot;, not “%1”</source>
        <translation>--at мәні &quot;YYYY-MM-DD HH:MM&quot; түрінде болуы керек, «%1» емес</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>енгізілмеді: %1</translation>
    </message>
    <message>
        <source>newsroom export: kept %1</source>
        <translation>newsroom export: өзгертілмей қалдырылды: %1</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 мс</translation>
    </message>
    <message>
        <source>Save a consistent copy of the whole newsroom to a new file, while others keep working. The copy is an SQLite newsroom, whichever engine the newsroom uses.</source>
        <translation>Басқалар жұмысын жалғастыра бергенде бүкіл редакцияның үйлесімді көшірмесін жаңа файлға сақтау. Редакция қай дерекқор жүйесін пайдаланса да, көшірме SQLite редакциясы болады.</translation>
    </message>
    <message>
        <source>name the backup file to create</source>
        <translation>жасалатын сақтық көшірме файлын көрсетіңіз</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Сақтық көшірме жасалды: %1 → %2.</translation>
    </message>
    <message>
        <source>Overwrite an existing SQLite newsroom file.</source>
        <translation>Бар SQLite редакция файлын қайта жазу.</translation>
    </message>
    <message>
        <source>Restore a backup into the newsroom named by --database: a new SQLite file, or an empty PostgreSQL database. A damaged backup is refused before anything is written.</source>
        <translation>Сақтық көшірмені --database көрсеткен редакцияға қалпына келтіру: жаңа SQLite файлына немесе бос PostgreSQL дерекқорына. Зақымдалған сақтық көшірме ештеңе жазылмай тұрып қабылданбайды.</translation>
    </message>
    <message>
        <source>name the backup file to restore</source>
        <translation>қалпына келтірілетін сақтық көшірме файлын көрсетіңіз</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Қалпына келтірілді: %1 → %2.</translation>
    </message>
    <message>
        <source>Check that the newsroom&apos;s database is sound: on a file, SQLite&apos;s integrity check, the links between tables and the search index; on a server, the search index. Changes nothing.</source>
        <translation>Редакция дерекқорының бүтіндігін тексеру: файлда — SQLite бүтіндік тексеруі, кестелер арасындағы байланыстар және іздеу индексі; серверде — іздеу индексі. Ештеңені өзгертпейді.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no problems found (%n checks).</source>
        <translation>
            <numerusform>%1: ақау табылған жоқ (%n тексеру).</numerusform>
            <numerusform>%1: ақау табылған жоқ (%n тексеру).</numerusform>
        </translation>
    </message>
    <message>
        <source>newsroom check: %1</source>
        <translation>newsroom check: ақау: %1</translation>
    </message>
    <message>
        <source>newsroom check: %1 is damaged. Stop working in it, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>newsroom check: %1 зақымдалған. Онымен жұмысты тоқтатып, редакцияны сақтық көшірмеден `newsroom restore` арқылы қалпына келтіріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n story(s)</source>
        <translation>
            <numerusform>Барлығы %n материал, көрсетілгені: %1</numerusform>
            <numerusform>Барлығы %n материал, көрсетілгені: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s) into %2.</source>
        <translation>
            <numerusform>Импортталған файлдар: %1 (барлығы %n); редакция: %2.</numerusform>
            <numerusform>Импортталған файлдар: %1 (барлығы %n); редакция: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are in the newsroom:</source>
        <translation>
            <numerusform>Мына %n файл редакцияда бар:</numerusform>
            <numerusform>Мына %n файл редакцияда бар:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are not in the newsroom:</source>
        <translation>
            <numerusform>Мына %n файл редакцияда жоқ:</numerusform>
            <numerusform>Мына %n файл редакцияда жоқ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n story(s) to %1: %2.</source>
        <translation>
            <numerusform>%n материал жазылды (%1): %2.</numerusform>
            <numerusform>%n материал жазылды (%1): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(s) to %1: %2.</source>
        <translation>
            <numerusform>%n материал экспортталды (%1): %2.</numerusform>
            <numerusform>%n материал экспортталды (%1): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %1 with %n demo story(s).</source>
        <translation>
            <numerusform>%1 ішіне %n демо материал қосылды.</numerusform>
            <numerusform>%1 ішіне %n демо материал қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published, but lacking what publishing asks for (%n story(s); they stay published, to be mended):</source>
        <translation>
            <numerusform>Жарияланды, бірақ жариялауға қажет нәрсе жетіспейді (%n материал; олар жарияланған күйде қалады, оларды толықтыру керек):</numerusform>
            <numerusform>Жарияланды, бірақ жариялауға қажет нәрсе жетіспейді (%n материал; олар жарияланған күйде қалады, оларды толықтыру керек):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>newsroom import: not imported: %n file(s); the newsroom has none of their content.</source>
        <translation>
            <numerusform>newsroom import: импортталмады: %n файл; редакцияда олардың мазмұнынан ештеңе жоқ.</numerusform>
            <numerusform>newsroom import: импортталмады: %n файл; редакцияда олардың мазмұнынан ештеңе жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;newsroom %1 --help&apos;.</source>
        <translation>«newsroom %1 --help» командасын қолданып көріңіз.</translation>
    </message>
    <message>
        <source>With add: the word in that form only, without endings.</source>
        <translation>add-пен: сөз тек осы тұлғада, жалғаусыз.</translation>
    </message>
    <message>
        <source>List the newsroom dictionary, or add or remove words: dictionary add WORD…</source>
        <translation>Редакция сөздігін көрсету, сөз қосу не өшіру: dictionary add СӨЗ…</translation>
    </message>
    <message>
        <source>say list, add or remove, not “%1”</source>
        <translation>«%1» емес, list, add немесе remove деп жазыңыз</translation>
    </message>
    <message>
        <source>Added to the newsroom dictionary: %1</source>
        <translation>Редакция сөздігіне қосылды: %1</translation>
    </message>
    <message>
        <source>Removed from the newsroom dictionary: %1</source>
        <translation>Редакция сөздігінен өшірілді: %1</translation>
    </message>
    <message>
        <source>%1 (this form only)</source>
        <translation>%1 (тек осы тұлға)</translation>
    </message>
    <message>
        <source>name the words: dictionary %1 Осакаровка</source>
        <translation>сөздерді көрсетіңіз: dictionary %1 Осакаровка</translation>
    </message>
    <message>
        <source>story</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>words</source>
        <translation>сөздер</translation>
    </message>
    <message>
        <source>paths…</source>
        <translation>файлдар…</translation>
    </message>
    <message>
        <source>url</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>time</source>
        <translation>уақыт</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Added to the newsroom dictionary, in this form only: %1</source>
        <translation>Редакция сөздігіне тек осы тұлғасында қосылды: %1</translation>
    </message>
    <message>
        <source>Already in the newsroom dictionary: %1</source>
        <translation>Редакция сөздігінде бар: %1</translation>
    </message>
    <message>
        <source>say list, add, rename, move, merge or delete, not “%1”</source>
        <translation>«%1» емес, list, add, rename, move, merge немесе delete деп жазыңыз</translation>
    </message>
    <message numerus="yes">
        <source>“sections %1” takes %n argument(s), e.g. sections %2</source>
        <translation>
            <numerusform>«sections %1» %n аргумент алады, мысалы: sections %2</numerusform>
            <numerusform>«sections %1» %n аргумент алады, мысалы: sections %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No sections yet: newsroom sections add Новости</source>
        <translation>Әзірге айдар жоқ: newsroom sections add Новости</translation>
    </message>
    <message>
        <source>name a section, not the top</source>
        <translation>жоғарғы деңгейді емес, айдарды атаңыз</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2”; its address stays as it was.</source>
        <translation>%1 айдарының аты «%2» болып өзгерді; мекенжайы сол қалпында.</translation>
    </message>
    <message>
        <source>Deleted the section %1.</source>
        <translation>%1 айдары өшірілді.</translation>
    </message>
    <message>
        <source>Moved %1 to the top.</source>
        <translation>%1 айдары жоғарғы деңгейге көшірілді.</translation>
    </message>
    <message>
        <source>Moved %1 under %2.</source>
        <translation>%1 айдары %2 ішіне көшірілді.</translation>
    </message>
    <message>
        <source>name the section to merge into</source>
        <translation>қай айдармен біріктіретінін атаңыз</translation>
    </message>
    <message>
        <source>Merged %1 into %2: its stories and subsections are there now.</source>
        <translation>%1 айдары %2 айдарымен біріктірілді: материалдары мен ішкі айдарлары енді сонда.</translation>
    </message>
    <message numerus="yes">
        <source>(%n story(s), %1)</source>
        <translation>
            <numerusform>(%n материал, %1)</numerusform>
            <numerusform>(%n материал, %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the section %1.</source>
        <translation>%1 айдары қосылды.</translation>
    </message>
    <message>
        <source>Made the sections above it too: %1.</source>
        <translation>Оның үстіндегі айдарлар да жасалды: %1.</translation>
    </message>
    <message>
        <source>In the trash since %1: `newsroom trash restore %2` brings it back</source>
        <translation>%1 бастап себетте: `newsroom trash restore %2` оны қайтарады</translation>
    </message>
    <message>
        <source>Only stories in this language: ru, kk or en.</source>
        <translation>Тек осы тілдегі материалдар: ru, kk немесе en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>белгісіз тіл: «%1»; ru, kk немесе en деп жазыңыз</translation>
    </message>
    <message>
        <source>With rename: the section&apos;s name on the site&apos;s pages in this language (ru, kk or en); an empty name removes it.</source>
        <translation>rename-пен: айдардың сайттың осы тілдегі беттеріндегі атауы (ru, kk немесе en); бос атау оны алып тастайды.</translation>
    </message>
    <message>
        <source>List the site&apos;s sections, or change them: sections add Новости/Экономика, rename PATH NAME (--language kk: its name on the Kazakh pages), move PATH PARENT (/ for the top), merge PATH INTO, delete PATH. A renamed section keeps its address; only an empty section can be deleted.</source>
        <translation>Сайт айдарларын көрсету немесе өзгерту: sections add Новости/Экономика, rename ЖОЛ АТАУ (--language kk: оның қазақша беттердегі атауы), move ЖОЛ ІШІНЕ (/ — жоғарғы деңгей), merge ЖОЛ ҚАЙДА, delete ЖОЛ. Аты өзгерген айдар мекенжайын сақтайды; тек бос айдарды өшіруге болады.</translation>
    </message>
    <message>
        <source>--language goes with rename only</source>
        <translation>--language тек rename-пен беріледі</translation>
    </message>
    <message>
        <source>the sections&apos; own names are in %1: rename it without --language</source>
        <translation>айдарлардың өз атаулары %1 тілінде: айдарды --language-сіз қайта атаңыз</translation>
    </message>
    <message>
        <source>%1 has no name of its own in %2 now: its pages there show “%1”.</source>
        <translation>%1 айдарының енді %2 тілінде өз атауы жоқ: ол тілдегі беттер «%1» деп көрсетеді.</translation>
    </message>
    <message>
        <source>%1 is “%2” on the site&apos;s pages in %3.</source>
        <translation>Сайттың %3 тіліндегі беттерінде %1 айдары «%2» деп аталады.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option --database needs a value, e.g. --database sqlite:/path/newsroom.db</source>
        <translation>--database опциясына мән керек, мысалы, --database sqlite:/path/newsroom.db</translation>
    </message>
    <message>
        <source>option --open needs a story&apos;s id or slug</source>
        <translation>--open опциясына материалдың id нөмірі немесе мекенжайы керек</translation>
    </message>
    <message>
        <source>option --screenshot needs the path of a PNG file</source>
        <translation>--screenshot опциясына PNG файлының жолы керек</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>белгісіз опция: «%1»</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>белгісіз команда: «%1»</translation>
    </message>
    <message>
        <source>--screenshot, --demo and --open are for the window, not for the command &apos;%1&apos;</source>
        <translation>--screenshot, --demo және --open терезеге арналған, «%1» командасына емес</translation>
    </message>
    <message>
        <source>open one backup at a time, not &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>сақтық көшірмелерді бір-бірден ашыңыз, «%1» мен «%2» бірге емес</translation>
    </message>
    <message>
        <source>%1 is not a Newsroom backup; the window opens backups, named NAME.newsroom</source>
        <translation>%1 — редакцияның сақтық көшірмесі емес; терезе АТЫ.newsroom деп аталған сақтық көшірмелерді ашады</translation>
    </message>
    <message>
        <source>to restore %1, write: newsroom restore %1</source>
        <translation>%1 қалпына келтіру үшін жазыңыз: newsroom restore %1</translation>
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
        <translation>Қолданылуы: newsroom [--database URL | --demo] [--open МАТЕРИАЛ] [--screenshot ФАЙЛ] [КӨШІРМЕ]
            newsroom КОМАНДА [ОПЦИЯЛАР]

Командасыз іске қосылса, редакция терезесін ашады.

Опциялар:
  --database URL     sqlite:PATH немесе postgresql://user@host:port/database
  --demo             үлгі материалдарға толы уақытша редакцияны ашу
  --open МАТЕРИАЛ    материалды id немесе мекенжай бойынша редакторда ашу
  --screenshot ФАЙЛ  терезені ашып, оны PNG файлы ретінде сақтау және шығу
  КӨШІРМЕ            .newsroom сақтық көшірме файлы: оны қалпына келтіруді ұсыну
  -h, --help         осы анықтаманы көрсету
  -v, --version      нұсқаны көрсету

Командалар (экран қажет емес):
</translation>
    </message>
    <message>
        <source>--demo opens a throwaway newsroom; it cannot be given with --database</source>
        <translation>--demo уақытша редакцияны ашады; оны --database-пен бірге беруге болмайды</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Show the version, the database drivers and the data folder.</source>
        <translation>Нұсқаны, дерекқор драйверлерін және деректер қалтасын көрсету.</translation>
    </message>
    <message>
        <source>Newsroom %1 (Qt %2)</source>
        <translation>Newsroom %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Database drivers: %1</source>
        <translation>Дерекқор драйверлері: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Деректер қалтасы: %1</translation>
    </message>
    <message>
        <source>newsroom info: the Qt SQL driver %1 is missing (Debian package %2)</source>
        <translation>newsroom info: Qt SQL драйвері жоқ: %1 (Debian пакеті: %2)</translation>
    </message>
    <message>
        <source>create a newsroom database (--demo: with sample stories)</source>
        <translation>редакция дерекқорын жасау (--demo: үлгі материалдармен)</translation>
    </message>
    <message>
        <source>list stories, with filters</source>
        <translation>материалдар тізімі, сүзгілермен</translation>
    </message>
    <message>
        <source>show one story</source>
        <translation>бір материалды көрсету</translation>
    </message>
    <message>
        <source>full-text search in every form of the words</source>
        <translation>сөздердің барлық формасы бойынша толық мәтінді іздеу</translation>
    </message>
    <message>
        <source>import Markdown stories with front matter</source>
        <translation>метадеректер блогы бар Markdown материалдарын импорттау</translation>
    </message>
    <message>
        <source>export the site as static HTML (--out DIR)</source>
        <translation>сайтты статикалық HTML ретінде экспорттау (--out ҚАЛТА)</translation>
    </message>
    <message>
        <source>write every story as Markdown</source>
        <translation>барлық материалды Markdown ретінде жазу</translation>
    </message>
    <message>
        <source>save a consistent copy of the newsroom</source>
        <translation>редакцияның үйлесімді көшірмесін сақтау</translation>
    </message>
    <message>
        <source>restore a backup into an empty newsroom</source>
        <translation>сақтық көшірмені бос редакцияға қалпына келтіру</translation>
    </message>
    <message>
        <source>check that the newsroom&apos;s database is sound</source>
        <translation>редакция дерекқорының бүтіндігін тексеру</translation>
    </message>
    <message>
        <source>list the staff, or add someone with a role</source>
        <translation>қызметкерлер тізімі немесе рөлімен жаңа адам қосу</translation>
    </message>
    <message>
        <source>send a story for review</source>
        <translation>материалды тексеруге жіберу</translation>
    </message>
    <message>
        <source>return a story to its reporter</source>
        <translation>материалды тілшіге пысықтауға қайтару</translation>
    </message>
    <message>
        <source>approve a submitted story</source>
        <translation>тексеруге жіберілген материалды мақұлдау</translation>
    </message>
    <message>
        <source>schedule a story (--at, newsroom time)</source>
        <translation>материалды жоспарлау (--at, редакция уақыты)</translation>
    </message>
    <message>
        <source>publish a story now</source>
        <translation>материалды қазір жариялау</translation>
    </message>
    <message>
        <source>take a story off the site</source>
        <translation>материалды жариялаудан алу</translation>
    </message>
    <message>
        <source>record a correction of a published story</source>
        <translation>жарияланған материалға түзету енгізу</translation>
    </message>
    <message>
        <source>keep a story off the site until a time (--until, --lift)</source>
        <translation>материалды белгілі бір уақытқа дейін сайтқа шығармау (--until, --lift)</translation>
    </message>
    <message>
        <source>publish scheduled stories whose time has come</source>
        <translation>уақыты келген жоспарланған материалдарды жариялау</translation>
    </message>
    <message>
        <source>show a story&apos;s workflow history</source>
        <translation>материалдың жұмыс барысы тарихын көрсету</translation>
    </message>
    <message>
        <source>show the version, database drivers and data folder</source>
        <translation>нұсқаны, дерекқор драйверлерін және деректер қалтасын көрсету</translation>
    </message>
    <message>
        <source>newsroom: unknown command &apos;%1&apos;</source>
        <translation>newsroom: белгісіз команда: «%1»</translation>
    </message>
    <message>
        <source>on a shared server your database login decides who you are; --as is for a local newsroom</source>
        <translation>ортақ серверде кім екеніңізді дерекқор логиніңіз анықтайды; --as тек жергілікті редакцияға арналған</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Act as this staff member (a local newsroom only).</source>
        <translation>Осы қызметкердің атынан әрекет ету (тек жергілікті редакцияда).</translation>
    </message>
    <message>
        <source>%1: the change is made, but the site was not exported: %2</source>
        <translation>%1: өзгеріс енгізілді, бірақ сайт экспортталмады: %2</translation>
    </message>
    <message>
        <source>A note kept with the step (for a correction, shown to readers).</source>
        <translation>Қадаммен бірге сақталатын ескертпе (түзету болса, оқырмандарға көрсетіледі).</translation>
    </message>
    <message>
        <source>When to publish, &quot;YYYY-MM-DD HH:MM&quot; in the newsroom&apos;s time zone.</source>
        <translation>Жариялау уақыты, &quot;YYYY-MM-DD HH:MM&quot;, редакцияның уақыт белдеуі бойынша.</translation>
    </message>
    <message>
        <source>name one story, by its id or its slug</source>
        <translation>бір материалды көрсетіңіз: id немесе мекенжай</translation>
    </message>
    <message>
        <source>say when with --at &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>уақытын --at &quot;YYYY-MM-DD HH:MM&quot; арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 has passed: it is %2 now (newsroom time). Give a later time, or publish the story now with `newsroom publish`.</source>
        <translation>%1 өтіп кетті: қазір %2 (редакция уақыты). Кейінірек уақытты беріңіз немесе материалды қазір `newsroom publish` арқылы жариялаңыз.</translation>
    </message>
    <message>
        <source>“%1” is %2 now (revision %3)</source>
        <translation>«%1» күйі енді: %2 (нұсқа %3)</translation>
    </message>
    <message>
        <source>; it goes out at %1</source>
        <translation>; жариялану уақыты: %1</translation>
    </message>
    <message>
        <source> (%1 here)</source>
        <translation> (мұнда %1)</translation>
    </message>
    <message>
        <source>Send a story for review.</source>
        <translation>Материалды тексеруге жіберу.</translation>
    </message>
    <message>
        <source>Return a story to its reporter, with --note.</source>
        <translation>Материалды тілшіге пысықтауға қайтару, --note арқылы.</translation>
    </message>
    <message>
        <source>Approve a submitted story.</source>
        <translation>Тексеруге жіберілген материалды мақұлдау.</translation>
    </message>
    <message>
        <source>Schedule an approved story for publication.</source>
        <translation>Мақұлданған материалды жариялауға жоспарлау.</translation>
    </message>
    <message>
        <source>Publish a story now.</source>
        <translation>Материалды қазір жариялау.</translation>
    </message>
    <message>
        <source>Take a published story off the site.</source>
        <translation>Жарияланған материалды жариялаудан алу.</translation>
    </message>
    <message>
        <source>Record a correction of a published story (--note).</source>
        <translation>Жарияланған материалға түзету енгізу (--note).</translation>
    </message>
    <message>
        <source>Until when, &quot;YYYY-MM-DD HH:MM&quot; in the newsroom&apos;s time zone.</source>
        <translation>Қашанға дейін, &quot;YYYY-MM-DD HH:MM&quot;, редакцияның уақыт белдеуі бойынша.</translation>
    </message>
    <message>
        <source>Lift the embargo.</source>
        <translation>Эмбаргоны алу.</translation>
    </message>
    <message>
        <source>Keep a story off the exported site until a time, whatever its state.</source>
        <translation>Күйіне қарамастан, материалды белгілі бір уақытқа дейін экспортталған сайтқа шығармау.</translation>
    </message>
    <message>
        <source>say either --until &quot;YYYY-MM-DD HH:MM&quot; or --lift</source>
        <translation>--until &quot;YYYY-MM-DD HH:MM&quot; немесе --lift опциясын көрсетіңіз</translation>
    </message>
    <message>
        <source>“%1” stays off the site until %2</source>
        <translation>«%1» сайтқа шықпайды, мерзімі: %2</translation>
    </message>
    <message>
        <source>“%1” is no longer under embargo</source>
        <translation>«%1» енді эмбаргода емес</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON түрінде шығару.</translation>
    </message>
    <message>
        <source>Publish every scheduled story whose time has come (for cron or a systemd timer).</source>
        <translation>Уақыты келген барлық жоспарланған материалды жариялау (cron немесе systemd таймері үшін).</translation>
    </message>
    <message numerus="yes">
        <source>Published %n due stories.</source>
        <translation>
            <numerusform>Уақыты келген %n материал жарияланды.</numerusform>
            <numerusform>Уақыты келген %n материал жарияланды.</numerusform>
        </translation>
    </message>
    <message>
        <source>newsroom %1: story %2 “%3” was not published and is back with the desk as approved: %4</source>
        <translation>newsroom %1: «%3» материалы (id %2) жарияланбады және мақұлданған күйінде редакцияға қайтарылды: %4</translation>
    </message>
    <message>
        <source>newsroom %1: story %2 “%3” was not published; the next run tries again: %4</source>
        <translation>newsroom %1: «%3» материалы (id %2) жарияланбады; келесі іске қосылғанда қайта әрекет жасалады: %4</translation>
    </message>
    <message>
        <source>Show a story&apos;s workflow history.</source>
        <translation>Материалдың жұмыс барысы тарихын көрсету.</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>add one person: people add &quot;Имя Фамилия&quot; --role editor</source>
        <translation>бір адамды қосыңыз: people add &quot;Аты Жөні&quot; --role editor</translation>
    </message>
    <message>
        <source>--role is reporter, editor or admin, not “%1”</source>
        <translation>--role мәні reporter, editor немесе admin болуы керек, «%1» емес</translation>
    </message>
    <message>
        <source>Added %1 (%2), id %3</source>
        <translation>Қосылды: %1 (%2), id %3</translation>
    </message>
    <message>
        <source>The site is up to date: %1.</source>
        <translation>Сайт жаңартылды: %1.</translation>
    </message>
    <message>
        <source>list the newsroom dictionary, or add or remove words</source>
        <translation>редакция сөздігі: көрсету, сөз қосу не өшіру</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>time</source>
        <translation>уақыт</translation>
    </message>
    <message>
        <source>story</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>list the site&apos;s sections, or add, rename, move, merge or delete one</source>
        <translation>сайт айдарлары: көрсету, қосу, атын өзгерту, көшіру, біріктіру немесе өшіру</translation>
    </message>
    <message>
        <source>move a story to the trash; list, restore or purge what is there</source>
        <translation>материалды себетке жылжыту; ондағыны көрсету, қалпына келтіру немесе тазарту</translation>
    </message>
    <message>
        <source>Print JSON (with list).</source>
        <translation>JSON шығару (list-пен бірге).</translation>
    </message>
    <message numerus="yes">
        <source>Move a story to the trash (by its id or slug), or: list what is there, restore a story from it, purge what has lain there for %n day(s) (admins).</source>
        <translation>
            <numerusform>Материалды себетке жылжыту (нөмірімен не мекенжайымен) немесе: себеттегіні көрсету, одан материалды қалпына келтіру, онда %n күн жатқанын біржола өшіру (әкімшілер).</numerusform>
            <numerusform>Материалды себетке жылжыту (нөмірімен не мекенжайымен) немесе: себеттегіні көрсету, одан материалды қалпына келтіру, онда %n күн жатқанын біржола өшіру (әкімшілер).</numerusform>
        </translation>
    </message>
    <message>
        <source>name a story to move to the trash, or say list, restore or purge</source>
        <translation>себетке жылжытатын материалды көрсетіңіз немесе list, restore не purge деп жазыңыз</translation>
    </message>
    <message>
        <source>name one story to restore, by its id or its slug</source>
        <translation>қалпына келтіретін бір материалды нөмірімен не мекенжайымен көрсетіңіз</translation>
    </message>
    <message>
        <source>--json goes with list</source>
        <translation>--json тек list-пен бірге қолданылады</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <source>(purged from %1)</source>
        <translation>(%1 бастап біржола өшірілуі мүмкін)</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Себет бос.</translation>
    </message>
    <message>
        <source>Deleted for good: “%1”</source>
        <translation>Біржола өшірілді: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) purged; what was trashed less than %1 days ago stays.</source>
        <translation>
            <numerusform>%n материал біржола өшірілді; себетке %1 күннен аз бұрын түскендер қалады.</numerusform>
            <numerusform>%n материал біржола өшірілді; себетке %1 күннен аз бұрын түскендер қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is back among the stories, %2 as before (revision %3)</source>
        <translation>«%1» қайтадан материалдар арасында, күйі бұрынғыдай: %2 (%3-нұсқа)</translation>
    </message>
    <message>
        <source>“%1” is in the trash (revision %2); `newsroom trash restore %3` brings it back, and after %4 days an admin may purge it</source>
        <translation>«%1» себетте (%2-нұсқа); `newsroom trash restore %3` оны қайтарады, ал %4 күннен кейін әкімші оны біржола өшіре алады</translation>
    </message>
    <message>
        <source>reporter, editor or admin (with add or set).</source>
        <translation>reporter, editor немесе admin (add не set-пен бірге).</translation>
    </message>
    <message>
        <source>Their database login on a shared server (with add or set).</source>
        <translation>Ортақ сервердегі дерекқор логині (add не set-пен бірге).</translation>
    </message>
    <message>
        <source>List the staff, add someone (people add NAME --role R), or give someone on the staff a role or a login (people set NAME --login L).</source>
        <translation>Қызметкерлерді көрсету, қызметкер қосу (people add АТЫ --role РӨЛ) немесе қызметкерге рөл не логин беру (people set АТЫ --login ЛОГИН).</translation>
    </message>
    <message>
        <source>say list, add or set, not “%1”</source>
        <translation>«%1» емес, list, add немесе set деп жазыңыз</translation>
    </message>
    <message>
        <source>name one person and what changes: people set &quot;Имя Фамилия&quot; --role editor --login login</source>
        <translation>бір қызметкерді және не өзгеретінін көрсетіңіз: people set &quot;Имя Фамилия&quot; --role editor --login логин</translation>
    </message>
    <message>
        <source>%1 is %2 now</source>
        <translation>%1 енді: %2</translation>
    </message>
    <message>
        <source>, with the login %1</source>
        <translation>, логині %1</translation>
    </message>
    <message>
        <source>take a story off the schedule</source>
        <translation>материалды жоспардан алу</translation>
    </message>
    <message>
        <source>Take a scheduled story off the schedule; it stays approved.</source>
        <translation>Жоспарланған материалды жоспардан алу; ол мақұлданған күйінде қалады.</translation>
    </message>
    <message>
        <source>(A local newsroom: commands act as the person its settings name, or as its owner; --as names someone else.)</source>
        <translation>(Жергілікті редакция: командалар оның баптауларында көрсетілген қызметкердің немесе иесінің атынан орындалады; --as басқа адамды көрсетеді.)</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>күтілмеген аргумент: «%1»</translation>
    </message>
    <message>
        <source>make a linked draft translation of a story (--into kk)</source>
        <translation>материалдың байланысты аударма жобасын жасау (--into kk)</translation>
    </message>
    <message>
        <source>show a story&apos;s translations, which are behind, and what changed since</source>
        <translation>материалдың аудармаларын, қайсысы артта қалғанын және содан бері не өзгергенін көрсету</translation>
    </message>
    <message>
        <source>The language of the translation: ru, kk or en.</source>
        <translation>Аударма тілі: ru, kk немесе en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <source>Make a draft translation of a story, linked to it: headline, lead and body copied for the translator to write over, section, tags and photos shared.</source>
        <translation>Материалдың онымен байланысты аударма жобасын жасау: тақырып, лид және мәтін аудармашы үстінен жазуы үшін көшіріледі, айдар, тегтер мен суреттер ортақ.</translation>
    </message>
    <message>
        <source>say which language with --into ru, kk or en</source>
        <translation>тілді көрсетіңіз: --into ru, kk немесе en</translation>
    </message>
    <message>
        <source>The translation was checked against its original as it is now.</source>
        <translation>Аударма түпнұсқаның қазіргі түрімен салыстырылды.</translation>
    </message>
    <message>
        <source>Show a story&apos;s translations (or a translation&apos;s original and the others), which are behind their original, and what changed in it since.</source>
        <translation>Материалдың аудармаларын (немесе аударманың түпнұсқасы мен басқа аудармаларын), қайсысы түпнұсқадан артта қалғанын және онда содан бері не өзгергенін көрсету.</translation>
    </message>
    <message>
        <source>Story %1 has no translations.</source>
        <translation>%1 материалының аудармасы жоқ.</translation>
    </message>
    <message>
        <source>original, revision %1</source>
        <translation>түпнұсқа, %1-нұсқа</translation>
    </message>
    <message>
        <source>in step with the original</source>
        <translation>түпнұсқаға сәйкес</translation>
    </message>
    <message>
        <source>Changed since: %1</source>
        <translation>Содан бері өзгергені: %1</translation>
    </message>
    <message>
        <source>behind: in step with revision %1 of the original</source>
        <translation>артта қалды: түпнұсқаның %1 нұсқасына сәйкес</translation>
    </message>
    <message>
        <source>newsroom %1: warning: %2</source>
        <translation>newsroom %1: ескерту: %2</translation>
    </message>
    <message>
        <source>give --into once: one translation at a time</source>
        <translation>--into бір рет беріледі: бір уақытта бір аударма</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>белгісіз тіл «%1»: ru, kk немесе en деп жазыңыз</translation>
    </message>
    <message>
        <source>Made story %1, a draft translation of story %2 into %3.</source>
        <translation>%1 материалы жасалды — %2 материалының «%3» тіліне аудармасының жобасы.</translation>
    </message>
    <message>
        <source>Made story %1, a draft translation into %2 of story %3, the original of story %4.</source>
        <translation>%1 материалы жасалды — %4 материалының түпнұсқасы, %3 материалының «%2» тіліне аудармасының жобасы.</translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation>әлі аударылмаған</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <source>there is no comment %1</source>
        <translation>мұндай пікір жоқ: %1</translation>
    </message>
    <message>
        <source>a comment needs some words</source>
        <translation>пікірде кемінде бір сөз болуы керек</translation>
    </message>
    <message>
        <source>comment %1 is on another story</source>
        <translation>пікір (%1) басқа материалға қатысты</translation>
    </message>
    <message>
        <source>the comment got no id</source>
        <translation>пікірге id берілмеді</translation>
    </message>
    <message>
        <source>only its author and editors may change a comment; %1 did not write this one</source>
        <translation>пікірді тек оның авторы мен редакторлар өзгерте алады; бұл пікірді %1 жазған жоқ</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Kicker</source>
        <translation>Үстіңгі тақырып</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотолар</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Орны мен күні</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Іздеу жүйелеріне арналған тақырып</translation>
    </message>
    <message>
        <source>Search description</source>
        <translation>Іздеу жүйелеріне арналған сипаттама</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Фотолар: %1</translation>
    </message>
    <message>
        <source>Nothing differs.</source>
        <translation>Айырмашылық жоқ.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>there is no newsroom database at %1; create one with `newsroom init`</source>
        <translation>мына жерде редакция дерекқоры жоқ: %1; оны `newsroom init` арқылы жасаңыз</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>қалта жасалмады: %1</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 is read-only, or not yours to write in</source>
        <translation>%1 жасалмады: қалта тек оқуға арналған немесе оған жазуға рұқсатыңыз жоқ (%2)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 — файл емес</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>қосылу мүмкін болмады: %1: %2</translation>
    </message>
    <message>
        <source>lost the connection to %1: %2</source>
        <translation>байланыс үзілді: %1: %2</translation>
    </message>
    <message>
        <source>lost the connection to %1</source>
        <translation>байланыс үзілді: %1</translation>
    </message>
    <message>
        <source>%1 is not a newsroom database, or it is damaged: %2</source>
        <translation>%1 — редакция дерекқоры емес немесе зақымдалған: %2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>пайдалану мүмкін емес: %1: %2</translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging (is its folder read-only?)</source>
        <translation>%1 үшін алдын ала жазу журналын (WAL) қосу мүмкін болмады (қалтасы тек оқуға арналған ба?)</translation>
    </message>
    <message>
        <source>%1 does not have the tables this Newsroom expects (%2): it was changed by another program, or it is damaged. Nothing was changed; run `newsroom check`, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 ішінде Newsroom-ның осы нұсқасы күтетін кестелер жоқ (%2): оны басқа бағдарлама өзгерткен немесе ол зақымдалған. Ештеңе өзгертілмеді; `newsroom check` іске қосып, редакцияны сақтық көшірмеден `newsroom restore` арқылы қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толып қалды</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>файл немесе оның қалтасы тек оқуға арналған</translation>
    </message>
    <message>
        <source>the disk refused the write (%1): a full disk, a file-size limit or a failing disk</source>
        <translation>диск жазуды қабылдамады (%1): диск толған, файл өлшеміне шектеу бар немесе диск ақаулы</translation>
    </message>
    <message>
        <source>the file cannot be opened or created there (%1)</source>
        <translation>файлды ол жерде ашу не жасау мүмкін емес (%1)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed, and nothing more will be written in this session; run `newsroom check` to see what is wrong, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 зақымдалған (%2). Ештеңе өзгертілмеді және осы сеанста бұдан былай ештеңе жазылмайды; не бұзылғанын көру үшін `newsroom check` іске қосып, редакцияны сақтық көшірмеден `newsroom restore` арқылы қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>cannot write %1: %2. Nothing of this change was saved.</source>
        <translation>%1 жазылмады: %2. Бұл өзгерістің ешбір бөлігі сақталмады.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <source>section</source>
        <translation>айдар</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>%1: a colleague saved the same new %2 at the same moment; nothing of this was saved, try again</source>
        <translation>%1: дәл сол сәтте әріптесіңіз де дәл осындай жаңа %2 сақтады; бұл өзгерістің ешбірі сақталмады, қайталап көріңіз</translation>
    </message>
    <message>
        <source>%1: the server broke off this change because a colleague was changing the same things; nothing of it was saved, try again</source>
        <translation>%1: әріптесіңіз дәл сол деректерді өзгертіп жатқандықтан, сервер бұл өзгерісті тоқтатты; оның ешбірі сақталмады, қайталап көріңіз</translation>
    </message>
    <message>
        <source>%1 is damaged: nothing more is written in this session. Run `newsroom check`, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 зақымдалған: осы сеанста бұдан былай ештеңе жазылмайды. `newsroom check` іске қосып, редакцияны сақтық көшірмеден `newsroom restore` арқылы қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 жасалмады: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>the database URL &apos;%1&apos; names no file: write sqlite:/path/to/newsroom.db</source>
        <translation>«%1» деген дерекқор мекенжайында файл көрсетілмеген: sqlite:/path/to/newsroom.db түрінде жазыңыз</translation>
    </message>
    <message>
        <source>the database URL &apos;%1&apos; is not valid: %2</source>
        <translation>«%1» деген дерекқор мекенжайы жарамсыз: %2</translation>
    </message>
    <message>
        <source>the database URL &apos;%1&apos; names no database: write postgresql://user@host:5432/newsroom</source>
        <translation>«%1» деген дерекқор мекенжайында дерекқор көрсетілмеген: postgresql://user@host:5432/newsroom түрінде жазыңыз</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL: write sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>«%1» — дерекқор мекенжайы емес: sqlite:PATH немесе postgresql://user@host:port/database түрінде жазыңыз</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>уақытша қалта жасалмады: %1</translation>
    </message>
    <message>
        <source>the demo story %1 is missing from the program</source>
        <translation>бағдарламада демо материал жоқ: %1</translation>
    </message>
    <message>
        <source>cannot write the demo photo %1</source>
        <translation>демо фото жазылмады: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n story(s); the demo goes into an empty newsroom</source>
        <translation>
            <numerusform>%1 ішінде %n материал бар; демо тек бос редакцияға жүктеледі</numerusform>
            <numerusform>%1 ішінде %n материал бар; демо тек бос редакцияға жүктеледі</numerusform>
        </translation>
    </message>
    <message>
        <source>the storm warning was extended</source>
        <translation>дауылды ескерту ұзартылды</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>cannot create the folder %1 for unsaved work</source>
        <translation>сақталмаған жұмысқа арналған қалта жасалмады: %1</translation>
    </message>
    <message>
        <source>cannot keep unsaved work in %1: %2</source>
        <translation>сақталмаған жұмысты сақтау мүмкін емес (%1): %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 өшірілмеді</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not readable at byte %1: %2</source>
        <translation>оқылмайды (байт %1): %2</translation>
    </message>
    <message>
        <source>written by another version of Newsroom</source>
        <translation>Newsroom-ның басқа нұсқасы жазған</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <source>the database did not say what time it is</source>
        <translation>дерекқор ағымдағы уақытты хабарламады</translation>
    </message>
    <message>
        <source>someone else is opening story %1 at this moment</source>
        <translation>дәл қазір материалды (%1) басқа біреу ашып жатыр</translation>
    </message>
    <message>
        <source>%1 may not take over a colleague&apos;s editing; %2 may</source>
        <translation>%1 әріптесінің өңдеуін өзіне ала алмайды; мұны %2 істей алады</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the file would pass the size limit for one file (ulimit -f)</source>
        <translation>файл бір файлға рұқсат етілген өлшем шегінен асып кетер еді (ulimit -f)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толып қалды</translation>
    </message>
    <message>
        <source>say where to export the site with --out DIR</source>
        <translation>сайтты қайда экспорттау керегін --out ҚАЛТА арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 — қалта емес, файл</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>қалта жасалмады: %1</translation>
    </message>
    <message>
        <source>another export (process %1) is writing to %2; try again when it has finished</source>
        <translation>басқа экспорт (процесс %1) мына жерге жазып жатыр: %2; ол аяқталған соң қайталап көріңіз</translation>
    </message>
    <message>
        <source>%1 has files in it that no export wrote; choose an empty folder or a previous export&apos;s</source>
        <translation>%1 ішінде ешбір экспорт жазбаған файлдар бар; бос қалтаны немесе бұрынғы экспорт қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder the export made; move it away</source>
        <translation>%1 — экспорт жасаған қалта емес; оны басқа жерге жылжытыңыз</translation>
    </message>
    <message>
        <source>%1 holds files no export staged; move them away, and export again</source>
        <translation>%1 ішінде ешбір экспорт дайындамаған файлдар бар; оларды басқа жерге жылжытып, қайта экспорттаңыз</translation>
    </message>
    <message>
        <source>refused to write %1: not a safe path inside the site</source>
        <translation>%1 жазылмады: бұл сайт ішіндегі қауіпсіз жол емес</translation>
    </message>
    <message>
        <source>refused to write %1: it leads outside %2</source>
        <translation>%1 жазылмады: жол мына қалтадан тыс жерге апарады: %2</translation>
    </message>
    <message>
        <source>the export wrote %1 twice</source>
        <translation>экспорт бір файлды екі рет жазды: %1</translation>
    </message>
    <message>
        <source>%1: changed since the export wrote it; kept, and not brought up to date. Move it away to let the export write it again</source>
        <translation>%1: экспорт жазғаннан кейін өзгертілген; сақталып қалды және жаңартылмады. Экспорт оны қайта жазуы үшін басқа жерге жылжытыңыз</translation>
    </message>
    <message>
        <source>%1: no export wrote it; kept, and not replaced. Move it away to let the export write it</source>
        <translation>%1: оны ешбір экспорт жазбаған; сақталып қалды және ауыстырылмады. Экспорт оны жазуы үшін басқа жерге жылжытыңыз</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>%1: changed since the export wrote it; kept, though the site no longer needs it</source>
        <translation>%1: экспорт жазғаннан кейін өзгертілген; сайтқа енді қажет болмаса да, сақталып қалды</translation>
    </message>
    <message>
        <source>section “%1”: its address “%2” is not a valid slug</source>
        <translation>«%1» айдары: «%2» мекенжайы жарамсыз</translation>
    </message>
    <message>
        <source>“%1”: under embargo until %2 UTC</source>
        <translation>«%1»: эмбаргода, мерзімі — %2 UTC</translation>
    </message>
    <message>
        <source>“%1”: its address “%2” is not a valid slug</source>
        <translation>«%1»: «%2» мекенжайы жарамсыз</translation>
    </message>
    <message>
        <source>the theme folder %1 does not exist</source>
        <translation>тема қалтасы жоқ: %1</translation>
    </message>
    <message>
        <source>the theme has no style.css</source>
        <translation>темада style.css жоқ</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, %2-бет</translation>
    </message>
    <message>
        <source>the theme&apos;s %1: %2</source>
        <translation>теманың %1 үлгісі: %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n файл жазылды</numerusform>
            <numerusform>%n файл жазылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>files</comment>
        <translation>
            <numerusform>%n өзгеріссіз</numerusform>
            <numerusform>%n өзгеріссіз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>files</comment>
        <translation>
            <numerusform>%n өшірілді</numerusform>
            <numerusform>%n өшірілді</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: the name of a words file is a language code, such as ru.yaml or kk.yaml</source>
        <translation>%1: сөздер файлының аты — тіл коды, мысалы ru.yaml немесе kk.yaml</translation>
    </message>
    <message>
        <source>%1: a words file is a list of “key: words” lines</source>
        <translation>%1: сөздер файлы — «кілт: сөздер» жолдарының тізімі</translation>
    </message>
    <message>
        <source>%1: “%2” is a list of words, such as [фото, сурет]</source>
        <translation>%1: «%2» — сөздер тізімі, мысалы [фото, сурет]</translation>
    </message>
    <message>
        <source>%1: the words for “%2” are one line of text</source>
        <translation>%1: «%2» үшін сөздер — бір жол мәтін</translation>
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
        <translation>%1: және басқалары</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>links between tables</source>
        <translation>кестелер арасындағы байланыстар</translation>
    </message>
    <message>
        <source>the search index: %1</source>
        <translation>іздеу индексі: %1</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>іздеу индексі</translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>a segment marker is missing at byte %1</source>
        <translation>сегмент маркері жоқ (байт %1)</translation>
    </message>
    <message>
        <source>it carries %1 MB of metadata, far more than a photo has</source>
        <translation>онда %1 МБ метадерек бар — бұл фотода болатыннан әлдеқайда көп</translation>
    </message>
    <message>
        <source>a segment at byte %1 runs past the end of the file</source>
        <translation>сегмент (байт %1) файлдың соңынан асып кетеді</translation>
    </message>
    <message>
        <source>the image data is missing</source>
        <translation>сурет деректері жоқ</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 бос</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a photo for a story is far smaller</source>
        <translation>%1 көлемі %2 МБ-тан асады; материалға арналған фото әлдеқайда кішірек болады</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP image (whatever its name says)</source>
        <translation>%1 — JPEG, PNG немесе WebP суреті емес (атауында не жазылса да)</translation>
    </message>
    <message>
        <source>%1 is a damaged or hostile JPEG image: %2</source>
        <translation>%1 — зақымдалған немесе зиянды JPEG суреті: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: its header cannot be read</source>
        <translation>%1 — зақымдалған %2 суреті: оның тақырыптамасын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>%1 claims to be %2 × %3 pixels, more than any photo needs; it is not opened</source>
        <translation>%1 өлшемі %2 × %3 пиксель деп көрсетілген, бұл кез келген фотоға қажеттен көп; ол ашылмайды</translation>
    </message>
    <message>
        <source>%1 is a truncated or damaged %2 image (its end is missing)</source>
        <translation>%1 — қиылған немесе зақымдалған %2 суреті (соңы жоқ)</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: %3</source>
        <translation>%1 — зақымдалған %2 суреті: %3</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>cannot load the translation %1</source>
        <translation>аударма жүктелмеді: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; at most %3 MB is accepted</source>
        <translation>%1: файл көлемі %2 МБ; ең көбі %3 МБ қабылданады</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <source>%1:%2: the photo “%3” is not there (looked for %4)</source>
        <translation>%1:%2: «%3» фотосы жоқ (ізделген жер: %4)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the story is published but dated %2, which is still to come: give it “status: scheduled” and “scheduled:” with that time, or correct the date</source>
        <translation>%1: материал жарияланған, бірақ оның күні — %2, ол әлі келген жоқ: «status: scheduled» мен осы уақыт жазылған «scheduled:» жолын беріңіз немесе күнін түзетіңіз</translation>
    </message>
    <message>
        <source>%1: the story is scheduled but says not when: add “scheduled:” with the time it goes out, or give it another status</source>
        <translation>%1: материал жоспарланған, бірақ қашан екені көрсетілмеген: жариялану уақыты жазылған «scheduled:» жолын қосыңыз немесе басқа күй беріңіз</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the story is scheduled, but could never go out: %2; mend the file, or import it as a draft</source>
        <translation>%1: материал жоспарланған, бірақ ешқашан жариялана алмайды: %2; файлды түзетіңіз немесе оны жоба ретінде импорттаңыз</translation>
    </message>
    <message>
        <source>%1: “%2” is published, but %3</source>
        <translation>%1: «%2» жарияланған, бірақ %3</translation>
    </message>
    <message>
        <source>%1: the newsroom already has a story at “%2” (story %3, “%4”)</source>
        <translation>%1: редакцияда «%2» мекенжайында материал бұрыннан бар (материал %3, «%4»)</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>импорт көзі: %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was imported. Run `newsroom check`, and restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 зақымдалған (%2); ештеңе импортталмады. `newsroom check` іске қосып, редакцияны сақтық көшірмеден `newsroom restore` арқылы қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: импортталмады: %2</translation>
    </message>
    <message>
        <source>the translations were not linked: %1</source>
        <translation>аудармалар байланыстырылмады: %1</translation>
    </message>
    <message>
        <source>translationKey “%1”: story %2 was not linked: %3</source>
        <translation>translationKey «%1»: %2 материал байланыстырылмады: %3</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>its metadata cannot be read: %1</source>
        <translation>метадеректерін оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot write the credit into the published photo: %1</source>
        <translation>фото авторын жарияланатын фотоға жазу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>миграция %1 (%2) сәтсіз аяқталды: %3</translation>
    </message>
    <message>
        <source>%1 holds a database that is not a newsroom&apos;s; it was left as it was</source>
        <translation>%1 ішінде редакцияға жатпайтын дерекқор бар; ол өзгертілмей қалдырылды</translation>
    </message>
    <message>
        <source>%1 is not a newsroom database (it holds nothing); it was left as it was. Create a newsroom there with `newsroom init`.</source>
        <translation>%1 — редакция дерекқоры емес (ол бос); ол өзгертілмей қалдырылды. Сол жерде `newsroom init` арқылы редакция жасаңыз.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Newsroom (schema %2; this program knows up to %3). It was not changed: update Newsroom to open it.</source>
        <translation>%1 Newsroom-ның жаңарақ нұсқасымен жазылған (схема %2; бұл бағдарлама ең көбі %3 схемасын біледі). Ол өзгертілмеді: оны ашу үшін Newsroom-ды жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>Newsroom::ArticleDocument</name>
    <message>
        <source>Edit the body</source>
        <translation>Мәтінді өңдеу</translation>
    </message>
    <message>
        <source>Edit the %1</source>
        <translation>Өрісті өңдеу: %1</translation>
    </message>
    <message>
        <source>Change the section</source>
        <translation>Айдарды өзгерту</translation>
    </message>
    <message>
        <source>Change the bylines</source>
        <translation>Авторларды өзгерту</translation>
    </message>
    <message>
        <source>Recover unsaved text</source>
        <translation>Сақталмаған мәтінді қалпына келтіру</translation>
    </message>
    <message>
        <source>Recover photos</source>
        <translation>Фотоларды қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>Newsroom::CalendarView</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Stories of the day</source>
        <translation>Күннің материалдары</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (мұнда %2)</translation>
    </message>
    <message>
        <source>◷ scheduled   ● published   — times in the newsroom’s zone, %1</source>
        <translation>◷ жоспарланған   ● жарияланған   — уақыт редакцияның белдеуі бойынша, %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ тағы %n</numerusform>
            <numerusform>+ тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing scheduled or published on %1.</source>
        <translation>Бұл күні жоспарланған немесе жарияланған материал жоқ: %1.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Алдыңғы ай</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Келесі ай</translation>
    </message>
</context>
<context>
    <name>Newsroom::ChangeFeed</name>
    <message>
        <source>cannot listen for changes on %1</source>
        <translation>өзгерістерді тыңдау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>байланыс үзілді: %1</translation>
    </message>
</context>
<context>
    <name>Newsroom::CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Жаңа пікір</translation>
    </message>
    <message>
        <source>A comment for the desk (never published)</source>
        <translation>Редакцияға арналған пікір (ешқашан жарияланбайды)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Пікір қал&amp;дыру</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>Жауап б&amp;еру</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <source>%1 asked for changes (%2): %3</source>
        <translation>%1 пысықтауды сұрады (%2): %3</translation>
    </message>
    <message>
        <source>An editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>ескертпесіз</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (өңделген)</translation>
    </message>
    <message>
        <source>no story is open</source>
        <translation>ашық материал жоқ</translation>
    </message>
    <message>
        <source>the last comment is still being sent</source>
        <translation>соңғы пікір әлі жіберілуде</translation>
    </message>
    <message>
        <source>Choose the comment to reply to.</source>
        <translation>Жауап беретін пікірді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the comment to change.</source>
        <translation>Өзгертетін пікірді таңдаңыз.</translation>
    </message>
    <message>
        <source>✓ Changes asked %1: answered</source>
        <translation>✓ Түзету сұралды %1: орындалды</translation>
    </message>
</context>
<context>
    <name>Newsroom::DictionaryDialog</name>
    <message>
        <source>Newsroom Dictionary</source>
        <translation>Редакция сөздігі</translation>
    </message>
    <message>
        <source>Words the spelling check knows besides its dictionaries, for every desk. A new newsroom starts with the words of Kazakhstan they lack.</source>
        <translation>Емле тексерісі өз сөздіктерінен бөлек білетін сөздер — барлық жұмыс орындары үшін. Жаңа редакция сөздіктерде жоқ Қазақстан сөздерімен басталады.</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>Сөзді табу</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Сөздер</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>Жаңа сөз</translation>
    </message>
    <message>
        <source>This form &amp;only</source>
        <translation>Тек осы &amp;тұлға</translation>
    </message>
    <message>
        <source>Without Russian or Kazakh endings: for a name whose endings would let a misspelling through.</source>
        <translation>Орысша не қазақша жалғаусыз: жалғаулары қате жазуды өткізіп жіберетін атау үшін.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>%1 (this form only)</source>
        <translation>%1 (тек осы тұлға)</translation>
    </message>
    <message>
        <source>“%1” is in the newsroom dictionary now, for every desk.</source>
        <translation>«%1» енді редакция сөздігінде, барлық жұмыс орындары үшін.</translation>
    </message>
</context>
<context>
    <name>Newsroom::DuePublisher</name>
    <message>
        <source>Scheduled stories could not be published: %1</source>
        <translation>Жоспарланған материалдар жарияланбады: %1</translation>
    </message>
    <message>
        <source>“%1” was not published at its time and is back with the desk: %2</source>
        <translation>«%1» өз уақытында жарияланбай, редакцияға қайтарылды: %2</translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled stories.</source>
        <translation>
            <numerusform>%n жоспарланған материал жарияланды.</numerusform>
            <numerusform>%n жоспарланған материал жарияланды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қи&amp;ып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>&amp;Мәтін ретінде қою</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Барлығын бел&amp;гілеу</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Табу…</translation>
    </message>
    <message>
        <source>In the story when you are writing it, else among the stories</source>
        <translation>Материалды жазып отырғанда — соның ішінен, әйтпесе материалдар арасынан</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ауыстыру…</translation>
    </message>
</context>
<context>
    <name>Newsroom::EditBanner</name>
    <message>
        <source>Take Over</source>
        <translation>Өңдеуді өзіме алу</translation>
    </message>
    <message>
        <source>Edit this story yourself; the colleague&apos;s unsaved text is kept as a revision</source>
        <translation>Материалды өзіңіз өңдеңіз; әріптесіңіздің сақталмаған мәтіні нұсқа ретінде сақталады</translation>
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
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Браузерде &amp;ашу</translation>
    </message>
    <message>
        <source>Export the Site</source>
        <translation>Сайтты экспорттау</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Export the Site To</source>
        <translation>Сайтты экспорттау қалтасы</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>Published stories past their embargo, as static pages that work opened from disk or uploaded to any web server. Only what changed since the last export is written.</source>
        <translation>Эмбаргосы өткен жарияланған материалдар — дискіден ашқанда да, кез келген веб-серверге жүктегенде де жұмыс істейтін статикалық беттер түрінде. Соңғы экспорттан бері өзгергені ғана жазылады.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Экспортты &amp;тоқтату</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Экспортталмады: %1</translation>
    </message>
    <message>
        <source>Cancelled. The site in the folder is as the last export left it.</source>
        <translation>Тоқтатылды. Қалтадағы сайт соңғы экспорттан кейінгі күйінде қалды.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stories: </source>
        <translation>
            <numerusform>%n материал экспортталды: </numerusform>
            <numerusform>%n материал экспортталды: </numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Енгізілмеді: %1</translation>
    </message>
    <message>
        <source>Kept as they were (changed by hand, or not the export&apos;s): %1</source>
        <translation>Өзгеріссіз қалдырылды (қолмен өзгертілген немесе экспортқа тиесілі емес): %1</translation>
    </message>
</context>
<context>
    <name>Newsroom::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Find in the story</source>
        <translation>Материалдан табу</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Неге ауыстыру</translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation>Алдыңғысы (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Алдыңғысы</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Келесісі (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесісі</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ауыстырылды</numerusform>
            <numerusform>%n ауыстырылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Табылмады</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Регистрді ескеру</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Бәрін ауыстыру</translation>
    </message>
</context>
<context>
    <name>Newsroom::FocusMode</name>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>&amp;Зейін режимі</translation>
    </message>
    <message>
        <source>The story alone on the screen (F11 or Esc to come back)</source>
        <translation>Экранда тек материал (қайту үшін F11 немесе Esc)</translation>
    </message>
</context>
<context>
    <name>Newsroom::HealthWatch</name>
    <message>
        <source>%1 is damaged: a check of the file found faults in it. Nothing more is saved into it; what you type is kept on this computer. Restore the newsroom from a backup with `newsroom restore`.</source>
        <translation>%1 зақымдалған: файлды тексеру онда ақаулар тапты. Оған бұдан былай ештеңе сақталмайды; сіз терген мәтін осы компьютерде сақталады. Редакцияны сақтық көшірмеден `newsroom restore` арқылы қалпына келтіріңіз.</translation>
    </message>
</context>
<context>
    <name>Newsroom::HistoryDialog</name>
    <message>
        <source>Story History</source>
        <translation>Материал тарихы</translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation>Жұмыс барысының тарихы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (түзетілді)</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>No steps yet: the story has not been submitted, approved or published. Its saved versions are under Story › Revisions.</source>
        <translation>Әзірге қадам жоқ: материал тексеруге жіберілмеген, мақұлданбаған және жарияланбаған. Сақталған нұсқалары — «Материал › Нұсқалар» ішінде.</translation>
    </message>
</context>
<context>
    <name>Newsroom::LanguageMenu</name>
    <message>
        <source>Interface &amp;Language</source>
        <translation>Интерфейс &amp;тілі</translation>
    </message>
    <message>
        <source>The System&apos;s (%1)</source>
        <translation>Жүйе тілі (%1)</translation>
    </message>
    <message>
        <source>Newsroom will speak %1 from its next start.</source>
        <translation>Келесі іске қосылғаннан бастап Newsroom тілі: %1.</translation>
    </message>
</context>
<context>
    <name>Newsroom::LocalPersonForm</name>
    <message>
        <source>Your name, as it goes on a byline</source>
        <translation>Материал астындағы қолтаңбадағыдай атыңыз</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Рөліңіз</translation>
    </message>
    <message>
        <source>On a newsroom file of your own, your name goes on the stories you start and in their history; the role decides what the window lets you do.</source>
        <translation>Өз редакция файлыңызда сіз бастаған материалдарға және олардың тарихына атыңыз қойылады; рөл терезе сізге не істеуге рұқсат ететінін анықтайды.</translation>
    </message>
    <message>
        <source>I a&amp;m:</source>
        <translation>Аты-&amp;жөнім:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөл:</translation>
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
        <translation>Фотолар</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>Some Photos Were Not Added</source>
        <translation>Кейбір фотолар қосылмады</translation>
    </message>
    <message>
        <source>Comment Not Saved</source>
        <translation>Пікір сақталмады</translation>
    </message>
    <message>
        <source>%1[*] — Newsroom</source>
        <translation>%1[*] — Newsroom</translation>
    </message>
    <message>
        <source>Saved “%1”, revision %2</source>
        <translation>«%1» сақталды, нұсқа %2</translation>
    </message>
    <message>
        <source>No newsroom database is open</source>
        <translation>Редакция дерекқоры ашылмаған</translation>
    </message>
    <message>
        <source>Offline: changes by colleagues are not arriving</source>
        <translation>Желіден тыс: әріптестердің өзгерістері келмей жатыр</translation>
    </message>
    <message>
        <source>%1. Trying again every second; your text is kept on this computer.</source>
        <translation>%1. Әр секунд сайын қайта әрекет жасалуда; мәтініңіз осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation>Қайта қосылды: %1.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Жаңа материал</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Recover Unsaved Stories…</source>
        <translation>Сақталмаған материалдарды қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>&amp;Export Site…</source>
        <translation>Сайтты &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Қызметкерлер…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Бүйір панелін көрсету</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <source>The story as the site will show it</source>
        <translation>Материалдың сайтта қалай көрінетіні</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Толық экран</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Newsroom</source>
        <translation>Newsroom &amp;туралы</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message>
        <source>About Newsroom</source>
        <translation>Newsroom туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsroom %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor: write, review, schedule and publish stories, and export the site as static HTML.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsroom %1&lt;/h3&gt;&lt;p&gt;Редакцияға арналған жұмыс үстелі бағдарламасы: материалдарды жазыңыз, тексеріңіз, жоспарлаңыз және жариялаңыз, сайтты статикалық HTML ретінде экспорттаңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Newsroom &amp;Dictionary…</source>
        <translation>Редакция &amp;сөздігі…</translation>
    </message>
    <message>
        <source>Show Story &amp;List</source>
        <translation>&amp;Материалдар тізімі</translation>
    </message>
    <message>
        <source>Sect&amp;ions…</source>
        <translation>&amp;Айдарлар…</translation>
    </message>
    <message>
        <source>%1 is ready: start its first story with File › New Story.</source>
        <translation>«%1» дайын: алғашқы материалды бастаңыз — Файл › Жаңа материал.</translation>
    </message>
    <message>
        <source>&amp;Newsroom Settings…</source>
        <translation>&amp;Редакция баптаулары…</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <source>Not Moved to the Trash</source>
        <translation>Себетке жылжытылмады</translation>
    </message>
    <message>
        <source>Some Stories Were Not Restored</source>
        <translation>Кейбір материалдар қалпына келтірілмеді</translation>
    </message>
    <message>
        <source>Some Stories Were Not Moved to the Trash</source>
        <translation>Кейбір материалдар себетке жылжытылмады</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n story(s) from the trash.</source>
        <translation>
            <numerusform>Себеттен %n материал қалпына келтірілді.</numerusform>
            <numerusform>Себеттен %n материал қалпына келтірілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n story(s) to the trash; Trash in the sidebar keeps them.</source>
        <translation>
            <numerusform>Себетке %n материал жылжытылды; олар бүйір панельдегі «Себетте».</numerusform>
            <numerusform>Себетке %n материал жылжытылды; олар бүйір панельдегі «Себетте».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Recover</source>
        <translation>Қалпына келтіретін ештеңе жоқ</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Қатар</translation>
    </message>
    <message>
        <source>The story in another language, beside the one you write</source>
        <translation>Басқа тілдегі материал, сіз жазып жатқанның қасында</translation>
    </message>
</context>
<context>
    <name>Newsroom::MergeDialog</name>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>Осы аралықта басқа біреу сақтады</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved revision %2 of “%3” while you were editing.&lt;/b&gt;&lt;br&gt;Choose what to keep in each field that differs. Words only in one version are highlighted. Nothing is saved until you press Save Merged; Cancel keeps your text in the editor as it is.</source>
        <translation>&lt;b&gt;Сіз өңдеп отырғанда %1 «%3» материалының %2 нөмірлі нұсқасын сақтады.&lt;/b&gt;&lt;br&gt;Айырмашылығы бар әр өрісте нені қалдыру керегін таңдаңыз. Тек бір нұсқада бар сөздер ерекшеленген. «Біріктіріп сақтау» батырмасын баспайынша ештеңе сақталмайды; «Бас тарту» мәтініңізді редакторда сол күйінде қалдырады.</translation>
    </message>
    <message>
        <source>%1 — changed by both</source>
        <translation>%1 — екеуі де өзгерткен</translation>
    </message>
    <message>
        <source>%1 — changed by %2</source>
        <translation>%1 — өзгерткен: %2</translation>
    </message>
    <message>
        <source>%1 — changed by you</source>
        <translation>%1 — сіз өзгерттіңіз</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>%1’s</source>
        <translation>%1 нұсқасы</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Оныкін алу</translation>
    </message>
    <message>
        <source>Keep both (paragraphs from each)</source>
        <translation>Екеуін де қалдыру (әрқайсысынан абзацтар)</translation>
    </message>
    <message>
        <source>Save Merged</source>
        <translation>Біріктіріп сақтау</translation>
    </message>
</context>
<context>
    <name>Newsroom::NavigationSidebar</name>
    <message>
        <source>Stories</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Story views</source>
        <translation>Материалдар көріністері</translation>
    </message>
    <message>
        <source>My stories</source>
        <translation>Менің материалдарым</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Тексеруде</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланған</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Барлық материалдар</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Forget This Search</source>
        <translation>Бұл іздеуді өшіру</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Айдарлар</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>Stories matching “%1”</source>
        <translation>«%1» сұрауына сәйкес материалдар</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
</context>
<context>
    <name>Newsroom::NewsroomService</name>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>Бұл жұмыс орнында ешкім кірмеген.</translation>
    </message>
    <message>
        <source>On a shared server your login says who you are.</source>
        <translation>Ортақ серверде кім екеніңізді логиніңіз анықтайды.</translation>
    </message>
    <message>
        <source>Say your name: it goes on your bylines and in the history.</source>
        <translation>Атыңызды жазыңыз: ол қолтаңбаларға және тарихқа қойылады.</translation>
    </message>
</context>
<context>
    <name>Newsroom::NewsroomSettingsForm</name>
    <message>
        <source>e.g. Темиртауский вестник: the title of every page of the site</source>
        <translation>мысалы, Теміртау хабаршысы: сайттың әр бетінің тақырыбы</translation>
    </message>
    <message>
        <source>e.g. Темиртау</source>
        <translation>мысалы, Теміртау</translation>
    </message>
    <message>
        <source>Newsroom &amp;name:</source>
        <translation>Редакция &amp;атауы:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Қала:</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>Сайт &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Site &amp;language:</source>
        <translation>Сайт &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <source>Newsroom name</source>
        <translation>Редакция атауы</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Сайт мекенжайы</translation>
    </message>
    <message>
        <source>Site language</source>
        <translation>Сайт тілі</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>The site&apos;s address should be a web address, such as https://vestnik.kz/</source>
        <translation>Сайт мекенжайы веб-мекенжай болуы керек, мысалы https://vestnik.kz/</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows: choose one from the list</source>
        <translation>«%1» — бұл компьютерге белгісіз уақыт белдеуі: тізімнен таңдаңыз</translation>
    </message>
    <message>
        <source>Folder of the pages in %1</source>
        <translation>%1 тіліндегі беттердің қалтасы</translation>
    </message>
    <message>
        <source>Where the site&apos;s pages in its other languages are, under its address: https://vestnik.kz/kk/. The site&apos;s own language is at the top.</source>
        <translation>Сайттың басқа тілдердегі беттері оның мекенжайының астында қай жерде: https://vestnik.kz/kk/. Сайттың негізгі тілі — түбірде.</translation>
    </message>
    <message>
        <source>Language &amp;folders:</source>
        <translation>Тіл &amp;қалталары:</translation>
    </message>
    <message>
        <source>“%1” cannot be a folder of the site: write a short name of a-z, 0-9 and hyphens, such as kz</source>
        <translation>«%1» сайттың қалтасы бола алмайды: a-z, 0-9 және сызықшадан тұратын қысқа атау жазыңыз, мысалы kz</translation>
    </message>
</context>
<context>
    <name>Newsroom::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Each person signs in with their own database login, and the server enforces their role. A new person also needs that login on the server, made by its administrator: &lt;tt&gt;CREATE ROLE login LOGIN PASSWORD &apos;…&apos; IN ROLE newsroom_reporter&lt;/tt&gt; (or newsroom_editor, newsroom_admin).</source>
        <translation>Әр адам өз дерекқор логинімен кіреді, ал сервер оның рөлін қадағалайды. Жаңа адамға серверде әкімші жасаған логин де керек: &lt;tt&gt;CREATE ROLE login LOGIN PASSWORD &apos;…&apos; IN ROLE newsroom_reporter&lt;/tt&gt; (немесе newsroom_editor, newsroom_admin).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name as in a byline</source>
        <translation>Автор қолтаңбасындағыдай аты</translation>
    </message>
    <message>
        <source>login (only on a server)</source>
        <translation>логин (тек серверде)</translation>
    </message>
    <message>
        <source>database login</source>
        <translation>дерекқор логині</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Рөлі: %1</translation>
    </message>
    <message>
        <source>Double-click to rename; bylines follow</source>
        <translation>Атын өзгерту үшін екі рет басыңыз; материалдардағы қолтаңбалар да өзгереді</translation>
    </message>
    <message>
        <source>This newsroom is a file on this computer. The window acts as the person named in Settings › Newsroom Settings (“I am”), with their role; whoever opens the file may name someone else there. On a shared PostgreSQL server the database itself enforces each login&apos;s role.</source>
        <translation>Бұл редакция — осы компьютердегі файл. Терезе «Баптаулар › Редакция баптаулары» («Сіз» бөлігі) ішінде көрсетілген қызметкердің атынан, оның рөлімен әрекет етеді; файлды ашқан кез келген адам онда басқа біреуді көрсете алады. Ортақ PostgreSQL серверінде әр логиннің рөлін дерекқордың өзі қадағалайды.</translation>
    </message>
</context>
<context>
    <name>Newsroom::PhotoPanel</name>
    <message>
        <source>Lead photo</source>
        <translation>Басты фото</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>Мәтін ішінде</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Галерея</translation>
    </message>
    <message>
        <source>Photos of the story</source>
        <translation>Материалдың фотолары</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Фотоға түсініктеме</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Фото авторы</translation>
    </message>
    <message>
        <source>required to publish</source>
        <translation>жариялау үшін міндетті</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Балама мәтін</translation>
    </message>
    <message>
        <source>what the photo shows, for readers who cannot see it</source>
        <translation>фотода не бейнеленгені — оны көре алмайтын оқырмандар үшін</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>The story&apos;s author took this photo</source>
        <translation>Бұл фотоны материал авторы түсірген</translation>
    </message>
    <message>
        <source>&amp;Add Photos…</source>
        <translation>Фото &amp;қосу…</translation>
    </message>
    <message>
        <source>Make &amp;Lead</source>
        <translation>Басты ет&amp;у</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алы&amp;п тастау</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Фотолар (*.jpg *.jpeg *.png *.webp);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Paste a Photo</source>
        <translation>Фото қою</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Фотоға түсі&amp;ніктеме:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Фот&amp;о авторы:</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Балама м&amp;әтін:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Reorder the photos</source>
        <translation>Фотолардың ретін өзгерту</translation>
    </message>
    <message>
        <source>Edit the caption</source>
        <translation>Фотоға түсініктемені өңдеу</translation>
    </message>
    <message>
        <source>Edit the credit</source>
        <translation>Фото авторын өңдеу</translation>
    </message>
    <message>
        <source>Edit the alt text</source>
        <translation>Балама мәтінді өңдеу</translation>
    </message>
    <message>
        <source>Change the photo&apos;s role</source>
        <translation>Фотоның рөлін өзгерту</translation>
    </message>
    <message>
        <source>Credit the author</source>
        <translation>Материал авторын фото авторы ретінде көрсету</translation>
    </message>
    <message>
        <source>Make the lead photo</source>
        <translation>Басты фото ету</translation>
    </message>
    <message>
        <source>Remove a photo</source>
        <translation>Фотоны алып тастау</translation>
    </message>
    <message>
        <source>no story is open</source>
        <translation>ашық материал жоқ</translation>
    </message>
    <message>
        <source>the story was closed before its photos were stored</source>
        <translation>материал оның фотолары сақталмай тұрып жабылды</translation>
    </message>
    <message>
        <source>%1 is already in this story</source>
        <translation>%1 бұл материалда бұрыннан бар</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 көлемі %2 МБ-тан асады</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>There is no photo on the clipboard.</source>
        <translation>Алмасу буферінде фото жоқ.</translation>
    </message>
    <message>
        <source>a pasted photo (%1)</source>
        <translation>қойылған фото (%1)</translation>
    </message>
    <message>
        <source>a pasted picture</source>
        <translation>қойылған сурет</translation>
    </message>
</context>
<context>
    <name>Newsroom::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>The story cannot be shown as the site would: %1</source>
        <translation>Материалды сайттағыдай көрсету мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>Newsroom::RecoveryDialog</name>
    <message>
        <source>Untitled story</source>
        <translation>Атаусыз материал</translation>
    </message>
    <message>
        <source>Recover Unsaved Stories</source>
        <translation>Сақталмаған материалдарды қалпына келтіру</translation>
    </message>
    <message>
        <source>Newsroom stopped before these stories were saved. Their text was kept on this computer. Open one to go on writing; the others stay here until you decide.</source>
        <translation>Бұл материалдар сақталмай тұрып Newsroom тоқтап қалды. Олардың мәтіні осы компьютерде сақталды. Жазуды жалғастыру үшін біреуін ашыңыз; қалғандары сіз шешім қабылдағанша осында қалады.</translation>
    </message>
    <message>
        <source>Unsaved stories</source>
        <translation>Сақталмаған материалдар</translation>
    </message>
    <message>
        <source>%1
kept %2</source>
        <translation>%1
сақталған уақыты: %2</translation>
    </message>
    <message>
        <source>What the unsaved text changes</source>
        <translation>Сақталмаған мәтін нені өзгертеді</translation>
    </message>
    <message>
        <source>&amp;Open in the Editor</source>
        <translation>Редакторда &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Тастау…</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Кейінірек шешу</translation>
    </message>
    <message>
        <source>Discard Unsaved Text</source>
        <translation>Сақталмаған мәтінді тастау</translation>
    </message>
    <message>
        <source>Throw away the unsaved text of “%1”? This cannot be undone.</source>
        <translation>«%1» материалының сақталмаған мәтіні жойылсын ба? Мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>This story was never saved. Everything below is new.</source>
        <translation>Бұл материал ешқашан сақталмаған. Төмендегінің бәрі жаңа.</translation>
    </message>
    <message>
        <source>The database has a newer revision (%1) than the one this text was written on (%2). Opening it replaces nothing: saving will ask before anything of the newer revision is overwritten.</source>
        <translation>Дерекқорда бұл мәтін негізделген нұсқадан (%2) жаңарақ нұсқа (%1) бар. Ашу ештеңені ауыстырмайды: жаңарақ нұсқадағы бір нәрсе қайта жазылмас бұрын, сақтау кезінде сұрақ қойылады.</translation>
    </message>
    <message>
        <source>The kept text is the same as the stored story.</source>
        <translation>Сақталған мәтін дерекқордағы материалмен бірдей.</translation>
    </message>
</context>
<context>
    <name>Newsroom::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>New newsroom file</source>
        <translation>Жаңа редакция файлы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Restore into a new &amp;newsroom file:</source>
        <translation>Жаңа &amp;редакция файлына қалпына келтіру:</translation>
    </message>
    <message>
        <source>The newsroom you work in now is left as it is. Once restored, the window opens the new one.</source>
        <translation>Қазір жұмыс істеп отырған редакцияңыз өзгеріссіз қалады. Қалпына келтірілген соң терезе жаңасын ашады.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be restored.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; қалпына келтірілмейді.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материал</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a Newsroom backup made %2, with %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 жасалған редакцияның сақтық көшірмесі: %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a backup of the newsroom “%2”, made %3, with %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — «%2» редакциясының %3 жасалған сақтық көшірмесі: %4.</translation>
    </message>
    <message>
        <source>Restore Into</source>
        <translation>Қайда қалпына келтіру</translation>
    </message>
    <message>
        <source>Newsroom files (*.db)</source>
        <translation>Редакция файлдары (*.db)</translation>
    </message>
    <message>
        <source>Name the new newsroom file to restore into.</source>
        <translation>Қалпына келтіретін жаңа редакция файлын атаңыз.</translation>
    </message>
</context>
<context>
    <name>Newsroom::RevisionsDialog</name>
    <message>
        <source>Compare with the current text</source>
        <translation>Ағымдағы мәтінмен салыстыру</translation>
    </message>
    <message>
        <source>Revisions of “%1”</source>
        <translation>«%1» материалының нұсқалары</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>What the revision changed</source>
        <translation>Нұсқа нені өзгертті</translation>
    </message>
    <message>
        <source>the newsroom</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>Revision %1 — %2
%3%4</source>
        <translation>Нұсқа %1 — %2
%3%4</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>Осы нұсқаны &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>Its text becomes the story&apos;s text again, saved as a new revision; nothing is lost</source>
        <translation>Оның мәтіні қайтадан материал мәтініне айналып, жаңа нұсқа ретінде сақталады; ештеңе жоғалмайды</translation>
    </message>
</context>
<context>
    <name>Newsroom::ScheduleDialog</name>
    <message>
        <source>Embargo the Story</source>
        <translation>Материалға эмбарго қою</translation>
    </message>
    <message>
        <source>Schedule the Story</source>
        <translation>Материалды жоспарлау</translation>
    </message>
    <message>
        <source>Off the site until, newsroom time</source>
        <translation>Сайтқа шықпайтын мерзім, редакция уақыты</translation>
    </message>
    <message>
        <source>Publication time, newsroom time</source>
        <translation>Жариялау уақыты, редакция уақыты</translation>
    </message>
    <message>
        <source>30.11.2026 18:00, завтра 9:00, 18:00</source>
        <translation>30.11.2026 18:00, ертең 9:00, 18:00</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Күнтізбеден күнді таңдау</translation>
    </message>
    <message>
        <source>Set &amp;Embargo</source>
        <translation>&amp;Эмбарго қою</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Жоспарлау</translation>
    </message>
    <message>
        <source>&amp;Lift Embargo</source>
        <translation>Эмбаргоны &amp;алу</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>&amp;Қазір жариялау</translation>
    </message>
    <message>
        <source>Off the site &amp;until (%1):</source>
        <translation>Сайтқа шықпайтын &amp;мерзім (%1):</translation>
    </message>
    <message>
        <source>Publish &amp;at (%1):</source>
        <translation>Жариялау &amp;уақыты (%1):</translation>
    </message>
    <message>
        <source>%1: that time has passed; an embargo keeps a story off the site until a time to come</source>
        <translation>%1: бұл уақыт өтіп кетті; эмбарго материалды алдағы бір уақытқа дейін ғана сайттан тыс ұстайды</translation>
    </message>
    <message>
        <source>%1: that time has passed. Choose a time to come, or publish the story now.</source>
        <translation>%1: бұл уақыт өтіп кетті. Алдағы уақытты таңдаңыз немесе материалды қазір жариялаңыз.</translation>
    </message>
    <message>
        <source>the same time on this computer</source>
        <translation>осы компьютерде де дәл осы уақыт</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>осы компьютерде: %1</translation>
    </message>
</context>
<context>
    <name>Newsroom::SectionsDialog</name>
    <message>
        <source>Add &amp;Subsection…</source>
        <translation>&amp;Ішкі айдар қосу…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Атын өзгерту…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Т&amp;өмен</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>Бі&amp;ріктіру…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Айдарлар</translation>
    </message>
    <message>
        <source>The sections of the site, in the order its menu shows them. A renamed section keeps its address, so links to it keep working.</source>
        <translation>Сайт айдарлары мәзірдегі ретімен. Аты өзгерген айдар мекенжайын сақтайды, сондықтан оған сілтемелер жұмыс істей береді.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>Айдар &amp;қосу…</translation>
    </message>
    <message>
        <source>Only an empty section can be deleted; merge one that holds stories</source>
        <translation>Тек бос айдарды өшіруге болады; материалы бар айдарды басқасымен біріктіріңіз</translation>
    </message>
    <message>
        <source>(the top)</source>
        <translation>(жоғарғы деңгей)</translation>
    </message>
    <message>
        <source>Move Under</source>
        <translation>Ішіне көшіру</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Put “%1” under:</source>
        <translation>«%1» айдарын мына айдардың ішіне көшіру:</translation>
    </message>
    <message>
        <source>Move the stories and subsections of “%1” to:</source>
        <translation>«%1» материалдары мен ішкі айдарларын мына айдарға көшіру:</translation>
    </message>
    <message>
        <source>The sections cannot be read: %1</source>
        <translation>Айдарларды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>No sections yet. Add the site&apos;s first: Новости, Спорт, Культура.</source>
        <translation>Әзірге айдар жоқ. Сайттың алғашқы айдарларын қосыңыз: Жаңалықтар, Спорт, Мәдениет.</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Айдардың атын өзгерту</translation>
    </message>
    <message>
        <source>Add Subsection</source>
        <translation>Ішкі айдар қосу</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Айдар қосу</translation>
    </message>
    <message>
        <source>Name of the new section under “%1”:</source>
        <translation>«%1» ішіндегі жаңа айдардың атауы:</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>Жаңа айдардың атауы:</translation>
    </message>
    <message>
        <source>Move U&amp;nder…</source>
        <translation>Ішіне &amp;көшіру…</translation>
    </message>
    <message>
        <source>New name (the address stays %1):</source>
        <translation>Жаңа атауы (мекенжайы %1 болып қалады):</translation>
    </message>
    <message>
        <source>Names in &amp;Other Languages…</source>
        <translation>&amp;Басқа тілдердегі атаулары…</translation>
    </message>
    <message>
        <source>In Other Languages</source>
        <translation>Басқа тілдерде</translation>
    </message>
    <message>
        <source>What the site&apos;s pages in Kazakh or English call the section</source>
        <translation>Сайттың қазақша немесе ағылшынша беттерінде айдар қалай аталады</translation>
    </message>
    <message>
        <source>Names in Other Languages</source>
        <translation>Басқа тілдердегі атаулары</translation>
    </message>
    <message>
        <source>What the site&apos;s pages in each language call “%1”. Its address stays %2; left empty, a language&apos;s pages show “%1”.</source>
        <translation>Сайттың әр тілдегі беттері «%1» айдарын қалай атайды. Мекенжайы %2 болып қалады; өріс бос болса, сол тілдегі беттер «%1» деп көрсетеді.</translation>
    </message>
</context>
<context>
    <name>Newsroom::SettingsDialog</name>
    <message>
        <source>&amp;Export the site after each publication, to:</source>
        <translation>Әр жарияланымнан кейін сайтты мына қалтаға &amp;экспорттау:</translation>
    </message>
    <message>
        <source>Newsroom Settings</source>
        <translation>Редакция баптаулары</translation>
    </message>
    <message>
        <source>The newsroom</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Экспорт қалтасы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Folder of the Site</source>
        <translation>Сайт қалтасы</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>Баптауларды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Say which folder to export the site to after each publication.</source>
        <translation>Әр жарияланымнан кейін сайт экспортталатын қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Сіз</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Say your name: it goes on the bylines of the stories you start.</source>
        <translation>Атыңызды жазыңыз: ол сіз бастаған материалдардың қолтаңбасына қойылады.</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage:</source>
        <translation>&amp;Интерфейс тілі:</translation>
    </message>
</context>
<context>
    <name>Newsroom::SetupAssistant</name>
    <message>
        <source>Set Up the Newsroom</source>
        <translation>Редакцияны баптау</translation>
    </message>
    <message>
        <source>Your newsroom</source>
        <translation>Сіздің редакцияңыз</translation>
    </message>
    <message>
        <source>How the site names it and when its day begins. All of it can be changed later in Settings › Newsroom Settings.</source>
        <translation>Сайт оны қалай атайды және оның күні қашан басталады. Мұның бәрін кейін өзгертуге болады: Баптаулар › Редакция баптаулары.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Айдарлар</translation>
    </message>
    <message>
        <source>The site&apos;s sections, one a line; a subsection after its section and a slash. They can be renamed, moved and merged later in File › Sections.</source>
        <translation>Сайт айдарлары, әр жолға біреуден; ішкі айдар — өз айдарынан кейін қиғаш сызық арқылы. Кейін оларды қайта атауға, көшіруге және біріктіруге болады: Файл › Айдарлар.</translation>
    </message>
    <message>
        <source>Новости
Новости/Общество
Новости/Экономика
Спорт
Культура</source>
        <comment>the sections a new newsroom starts with, one a line</comment>
        <translation>Жаңалықтар
Жаңалықтар/Қоғам
Жаңалықтар/Экономика
Спорт
Мәдениет</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>Баптауларды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Give the newsroom a name: it is the title of every page of its site.</source>
        <translation>Редакцияға атау беріңіз: бұл оның сайтының әр бетінің тақырыбы.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>The sections were not all made: %1</source>
        <translation>Айдарлардың бәрі жасалмады: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Сіз</translation>
    </message>
    <message>
        <source>Who works on this newsroom file. Your colleagues come later, in File › People.</source>
        <translation>Осы редакция файлымен кім жұмыс істейді. Әріптестерді кейін қосуға болады: «Файл › Қызметкерлер».</translation>
    </message>
    <message>
        <source>Say your name: it goes on the bylines of the stories you start.</source>
        <translation>Атыңызды жазыңыз: ол сіз бастаған материалдардың қолтаңбасына қойылады.</translation>
    </message>
</context>
<context>
    <name>Newsroom::SignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Құпиясөзді жүйенің құпиясөз қоймасында &amp;есте сақтау</translation>
    </message>
    <message>
        <source>Sign In to the Newsroom</source>
        <translation>Редакцияға кіру</translation>
    </message>
    <message>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt; with your own database login. What you may do there (write, edit, publish) is what the server allows that login.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; жүйесіне өз дерекқор логиніңізбен кіріңіз. Онда не істей алатыныңызды (жазу, өңдеу, жариялау) сервер осы логинге берген рұқсаттар анықтайды.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Кіру</translation>
    </message>
</context>
<context>
    <name>Newsroom::SiteKeeper</name>
    <message>
        <source>The site was not updated: %1</source>
        <translation>Сайт жаңартылмады: %1</translation>
    </message>
    <message>
        <source>The site is up to date: %1.</source>
        <translation>Сайт жаңартылды: %1.</translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryBrowser</name>
    <message>
        <source>Save Search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Материалдардан іздеу</translation>
    </message>
    <message>
        <source>Search stories (%1)</source>
        <translation>Материалдардан іздеу (%1)</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>Бұл іздеуді бүйір панелінде сақтау</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Материалдар</translation>
    </message>
    <message numerus="yes">
        <source>%n best matches for “%1”</source>
        <translation>
            <numerusform>«%1» бойынша ең сәйкес %n материал</numerusform>
            <numerusform>«%1» бойынша ең сәйкес %n материал</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>«%1» бойынша ештеңе табылмады</translation>
    </message>
    <message>
        <source>Every form of each word is searched for in headlines, leads, bodies, bylines and captions. Try fewer words, or another section.</source>
        <translation>Әр сөздің барлық формасы тақырыптардан, лидтерден, мәтіндерден, авторлардан және фотоға түсініктемелерден ізделеді. Азырақ сөз жазып көріңіз немесе басқа айдарды таңдаңыз.</translation>
    </message>
    <message>
        <source>Saved the search “%1” in the sidebar.</source>
        <translation>«%1» іздеуі бүйір панелінде сақталды.</translation>
    </message>
    <message>
        <source>No stories of yours yet</source>
        <translation>Сізде әзірге материал жоқ</translation>
    </message>
    <message>
        <source>Stories you write or share a byline on appear here, newest first. Start one with File › New Story (%1).</source>
        <translation>Сіз жазған немесе авторлары арасында сіз бар материалдар осында көрсетіледі, ең жаңасы басында. Жаңасын Файл › Жаңа материал (%1) арқылы бастаңыз.</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Жобалар жоқ</translation>
    </message>
    <message>
        <source>Stories being written, not yet sent for review.</source>
        <translation>Жазылып жатқан, әлі тексеруге жіберілмеген материалдар.</translation>
    </message>
    <message>
        <source>Nothing waiting for review</source>
        <translation>Тексеруді күтіп тұрған материал жоқ</translation>
    </message>
    <message>
        <source>Stories reporters have submitted appear here until an editor acts on them.</source>
        <translation>Тілшілер тексеруге жіберген материалдар редактор шешім қабылдағанша осында тұрады.</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Жоспарланған материал жоқ</translation>
    </message>
    <message>
        <source>Approved stories with a publication time, in the newsroom&apos;s time zone.</source>
        <translation>Жариялау уақыты белгіленген мақұлданған материалдар, редакцияның уақыт белдеуі бойынша.</translation>
    </message>
    <message>
        <source>Nothing published yet</source>
        <translation>Әлі ештеңе жарияланған жоқ</translation>
    </message>
    <message>
        <source>Stories readers can see on the site.</source>
        <translation>Оқырмандар сайтта көре алатын материалдар.</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>Әзірге материал жоқ</translation>
    </message>
    <message>
        <source>Every story of the newsroom, in every state.</source>
        <translation>Редакцияның кез келген күйдегі барлық материалы.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n story(s)</source>
        <translation>
            <numerusform>%1 — %n материал</numerusform>
            <numerusform>%1 — %n материал</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>&amp;Себетке жылжыту</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>Себеттен &amp;қалпына келтіру</translation>
    </message>
    <message numerus="yes">
        <source>Move the selected stories to the trash: out of every list and off the site&apos;s way, kept %n day(s), restorable</source>
        <translation>
            <numerusform>Таңдалған материалдарды себетке жылжыту: олар тізімдерден кетеді, %n күн сақталады және қалпына келтіруге болады</numerusform>
            <numerusform>Таңдалған материалдарды себетке жылжыту: олар тізімдерден кетеді, %n күн сақталады және қалпына келтіруге болады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good, with their history, the stories trashed more than %n day(s) ago</source>
        <translation>
            <numerusform>Себетке %n күннен бұрын түскен материалдарды тарихымен бірге біржола өшіру</numerusform>
            <numerusform>Себетке %n күннен бұрын түскен материалдарды тарихымен бірге біржола өшіру</numerusform>
        </translation>
    </message>
    <message>
        <source>Only admins empty the trash</source>
        <translation>Себетті тек әкімшілер тазартады</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Себетті тазарту</translation>
    </message>
    <message numerus="yes">
        <source>Delete for good the stories that were moved to the trash more than %n day(s) ago? Their text, revisions and history go with them; this cannot be undone. Stories trashed since stay.</source>
        <translation>
            <numerusform>Себетке %n күннен бұрын жылжытылған материалдар біржола өшірілсін бе? Олармен бірге мәтіні, нұсқалары мен тарихы да өшеді; мұны болдырмау мүмкін емес. Кейінірек түскен материалдар қалады.</numerusform>
            <numerusform>Себетке %n күннен бұрын жылжытылған материалдар біржола өшірілсін бе? Олармен бірге мәтіні, нұсқалары мен тарихы да өшеді; мұны болдырмау мүмкін емес. Кейінірек түскен материалдар қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash Was Not Emptied</source>
        <translation>Себет тазартылмады</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has lain in the trash for %n day(s) yet.</source>
        <translation>
            <numerusform>Себетте әзірге %n күннен ескі ештеңе жоқ.</numerusform>
            <numerusform>Себетте әзірге %n күннен ескі ештеңе жоқ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n story(s) for good.</source>
        <translation>
            <numerusform>%n материал біржола өшірілді.</numerusform>
            <numerusform>%n материал біржола өшірілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Себет бос</translation>
    </message>
    <message numerus="yes">
        <source>Stories moved to the trash wait here for %n day(s), out of every list and search, and come back as they were with Restore. After that an admin may delete them for good.</source>
        <translation>
            <numerusform>Себетке жылжытылған материалдар мұнда %n күн тізімдер мен іздеуден тыс сақталады және «Қалпына келтіру» арқылы бұрынғы күйінде қайтады. Одан кейін әкімші оларды біржола өшіре алады.</numerusform>
            <numerusform>Себетке жылжытылған материалдар мұнда %n күн тізімдер мен іздеуден тыс сақталады және «Қалпына келтіру» арқылы бұрынғы күйінде қайтады. Одан кейін әкімші оларды біржола өшіре алады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge Trash Older Than %n Day(s)…</source>
        <translation>
            <numerusform>Себеттен %n күннен ескілерін &amp;өшіру…</numerusform>
            <numerusform>Себеттен %n күннен ескілерін &amp;өшіру…</numerusform>
        </translation>
    </message>
    <message>
        <source>no stories here</source>
        <translation>мұнда материал жоқ</translation>
    </message>
    <message>
        <source>Language of the stories</source>
        <translation>Материалдар тілі</translation>
    </message>
    <message>
        <source>List and search the stories in every language, or in one</source>
        <translation>Материалдарды барлық тілде немесе бір тілде көрсету және іздеу</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Барлық тілдер</translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryDesk</name>
    <message>
        <source>%1 saved a newer version; it is shown now.</source>
        <translation>%1 жаңарақ нұсқаны сақтады; қазір сол көрсетілуде.</translation>
    </message>
    <message>
        <source>You are editing the story now. Your colleague&apos;s unsaved text, if any, arrives as a new revision in a moment.</source>
        <translation>Енді материалды сіз өңдеп жатырсыз. Әріптесіңіздің сақталмаған мәтіні болса, ол сәлден соң жаңа нұсқа ретінде келеді.</translation>
    </message>
    <message>
        <source>Cannot add “%1” to the newsroom dictionary: %2</source>
        <translation>«%1» сөзін редакция сөздігіне қосу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>“%1” is in the newsroom dictionary now, for every desk.</source>
        <translation>«%1» енді редакция сөздігінде, барлық жұмыс орындары үшін.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing now: %1&lt;/b&gt; (since %2). You can read the story; it opens for you when they close it.</source>
        <translation>&lt;b&gt;Қазір өңдеп жатыр: %1&lt;/b&gt; (басталған уақыты: %2). Материалды оқи аласыз; әріптесіңіз оны жапқанда, ол сіз үшін өңдеуге ашылады.</translation>
    </message>
    <message>
        <source>You may read this story but not change it now: %1</source>
        <translation>Бұл материалды оқи аласыз, бірақ қазір өзгерте алмайсыз: %1</translation>
    </message>
    <message>
        <source> Your unsaved text was kept as revision %1.</source>
        <translation> Сақталмаған мәтініңіз %1 нөмірлі нұсқа ретінде сақталды.</translation>
    </message>
    <message>
        <source> Your unsaved text could not be stored; it stays here and on this computer — copy it before closing.</source>
        <translation> Сақталмаған мәтініңізді сақтау мүмкін болмады; ол осында және осы компьютерде қалады — жаппас бұрын оны көшіріп алыңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 took over editing this story.&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;Бұл материалды өңдеуді %1 өзіне алды.&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this story. Keep writing: when you save (%2), you choose what to keep from each.</source>
        <translation>%1 бұл материалдың жаңарақ нұсқасын сақтады. Жаза беріңіз: сақтаған кезде (%2) әр нұсқадан нені қалдыру керегін өзіңіз таңдайсыз.</translation>
    </message>
    <message>
        <source>The story open stays open.</source>
        <translation>Ашық материал ашық күйінде қалады.</translation>
    </message>
    <message>
        <source>No newsroom is open.</source>
        <translation>Ешбір редакция ашылмаған.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>«%1» материалында әлі сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Cannot Open the Story</source>
        <translation>Материалды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Some Unsaved Text Cannot Be Read</source>
        <translation>Сақталмаған мәтіннің бір бөлігін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>No unsaved stories are kept on this computer.</source>
        <translation>Бұл компьютерде сақталмаған материалдар жоқ.</translation>
    </message>
    <message>
        <source>This story is not yours to change now.</source>
        <translation>Бұл материалды қазір сіз өзгерте алмайсыз.</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>New</source>
        <comment>a story never saved</comment>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Not saved to the newsroom yet</source>
        <translation>Редакцияда әлі сақталмаған</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Жоспарланды: %1</translation>
    </message>
    <message>
        <source>Goes out by itself at that time (newsroom time)</source>
        <translation>Сол уақытта өзі шығады (редакция уақыты)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Жарияланды: %1</translation>
    </message>
    <message>
        <source>On the site: a change saved goes online at the next export</source>
        <translation>Сайтта: сақталған өзгеріс келесі экспортта сайтқа шығады</translation>
    </message>
    <message>
        <source>embargo until %1</source>
        <translation>%1 дейін эмбарго</translation>
    </message>
    <message>
        <source>Kept off the site until then, whatever its state</source>
        <translation>Күйі қандай болса да, сол уақытқа дейін сайтқа шықпайды</translation>
    </message>
    <message>
        <source>Change a Published Story</source>
        <translation>Жарияланған материалды өзгерту</translation>
    </message>
    <message>
        <source>“%1” is on the site. What you save goes online at the next export.</source>
        <translation>«%1» сайтта тұр. Сақтағаныңыз келесі экспортта сайтқа шығады.</translation>
    </message>
    <message>
        <source>A correction is noted under the story for readers; a silent fix (a typo, a caption) is not. Either way the change is kept in the story&apos;s history.</source>
        <translation>Түзету туралы оқырмандар материал астында ескертпе көреді, ал үнсіз түзету (қате, жазу) туралы көрмейді. Қалай болса да өзгеріс материал тарихында сақталады.</translation>
    </message>
    <message>
        <source>Co&amp;rrection…</source>
        <translation>&amp;Түзету…</translation>
    </message>
    <message>
        <source>&amp;Silent Fix</source>
        <translation>Ү&amp;нсіз түзету</translation>
    </message>
    <message>
        <source>Not saved: the published story is as it was.</source>
        <translation>Сақталмады: жарияланған материал бұрынғыдай қалды.</translation>
    </message>
    <message>
        <source>Correct the Story</source>
        <translation>Материалды түзету</translation>
    </message>
    <message>
        <source>What was corrected (readers will see this note):</source>
        <translation>Не түзетілді (бұл ескертпені оқырмандар көреді):</translation>
    </message>
    <message>
        <source>Corrected “%1”: the change and its note go online at the next export.</source>
        <translation>«%1» түзетілді: өзгеріс пен ескертпе келесі экспортта сайтқа шығады.</translation>
    </message>
    <message>
        <source>Saved “%1”, revision %2: the change goes online at the next export.</source>
        <translation>«%1» сақталды, %2-нұсқа: өзгеріс келесі экспортта сайтқа шығады.</translation>
    </message>
    <message>
        <source>In the trash · %1</source>
        <translation>Себетте · %1</translation>
    </message>
    <message>
        <source>Out of every list and search; Story › Restore from Trash brings it back as it was</source>
        <translation>Тізімдерде де, іздеуде де көрінбейді; «Материал › Себеттен қалпына келтіру» оны бұрынғы күйінде қайтарады</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;In the trash&lt;/b&gt; since %1. Restore it (Story › Restore from Trash) to change it; after %n day(s) there an admin may delete it for good.</source>
        <translation>
            <numerusform>&lt;b&gt;Себетте&lt;/b&gt;, %1 бастап. Өзгерту үшін оны қалпына келтіріңіз («Материал › Себеттен қалпына келтіру»); %n күннен кейін әкімші оны біржола өшіре алады.</numerusform>
            <numerusform>&lt;b&gt;Себетте&lt;/b&gt;, %1 бастап. Өзгерту үшін оны қалпына келтіріңіз («Материал › Себеттен қалпына келтіру»); %n күннен кейін әкімші оны біржола өшіре алады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryEditor</name>
    <message>
        <source>Formatting</source>
        <translation>Пішімдеу</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>&amp;Үстіңгі тақырып:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Лид:</translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>&amp;Орны мен күні:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Те&amp;гтер:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Мекен&amp;жай:</translation>
    </message>
    <message>
        <source>Search &amp;title:</source>
        <translation>І&amp;здеу жүйелеріне арналған тақырып:</translation>
    </message>
    <message>
        <source>Search d&amp;escription:</source>
        <translation>Іздеу жүйелеріне арналған &amp;сипаттама:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. транспорт, автобусы</source>
        <translation>үтір арқылы, мысалы: көлік, автобустар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Т&amp;іл:</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>who wrote it, in order: Айгерим Сапарова, Данияр Омаров</source>
        <translation>кім жазды, ретімен: Айгерим Сапарова, Данияр Омаров</translation>
    </message>
    <message>
        <source>Photos by</source>
        <translation>Фото авторлары</translation>
    </message>
    <message>
        <source>who took the photos</source>
        <translation>фотоларды кім түсірді</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>А&amp;вторлар:</translation>
    </message>
    <message>
        <source>Photos b&amp;y:</source>
        <translation>Фото авторлар&amp;ы:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(айдарсыз)</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>А&amp;йдар:</translation>
    </message>
    <message>
        <source>Write the story in Markdown: ## for a subheading, &gt; for a quote, **bold**, *italic*.</source>
        <translation>Материалды Markdown пішімінде жазыңыз: ## — тақырыпша, &gt; — дәйексөз, **жуан**, *курсив*.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Санауыштар</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жуан</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Тақырыпша</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Сілтеме…</translation>
    </message>
    <message>
        <source>«Typography»</source>
        <translation>«Типографика»</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Ұсыныстар жоқ</translation>
    </message>
    <message>
        <source>Add “%1” to the Newsroom Dictionary</source>
        <translation>«%1» сөзін редакция сөздігіне қосу</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>«%1» сөзін елемеу</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (ұсынылған)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Search title</source>
        <translation>Іздеу жүйелеріне арналған тақырып</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Сілтеме кірістіру</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Мекенжай (https://…):</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>сілтеме мәтіні</translation>
    </message>
    <message>
        <source>Russian typography</source>
        <translation>Орыс типографикасы</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n таңба</numerusform>
            <numerusform>%n таңба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min to read</source>
        <translation>
            <numerusform>оқуға %n мин</numerusform>
            <numerusform>оқуға %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Byline, dateline, tags, language, address and search-engine fields</source>
        <translation>Авторлар, орны мен күні, тегтер, тіл, мекенжай және іздеу жүйелеріне арналған өрістер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryListModel</name>
    <message>
        <source>Editing now: %1</source>
        <translation>Қазір өңдеп жатыр: %1</translation>
    </message>
    <message>
        <source>(no headline yet)</source>
        <translation>(тақырып әлі жоқ)</translation>
    </message>
    <message>
        <source>%1 · ✎ %2</source>
        <translation>%1 · ✎ %2</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
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
        <translation>&amp;Тексеруге жіберу</translation>
    </message>
    <message>
        <source>&amp;Request Changes…</source>
        <translation>&amp;Пысықтауға қайтару…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Мақұлдау</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Жоспарлау…</translation>
    </message>
    <message>
        <source>&amp;Take off the Schedule</source>
        <translation>Жоспард&amp;ан алу</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>&amp;Қазір жариялау</translation>
    </message>
    <message>
        <source>U&amp;npublish</source>
        <translation>Жариялаудан а&amp;лу</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Тү&amp;зету…</translation>
    </message>
    <message>
        <source>&amp;Embargo…</source>
        <translation>&amp;Эмбарго…</translation>
    </message>
    <message>
        <source>Keep the story off the exported site until a time</source>
        <translation>Материалды белгілі бір уақытқа дейін экспортталған сайтқа шығармау</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Та&amp;рих…</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Нұсқалар…</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Ештеңе жасалмады.</translation>
    </message>
    <message>
        <source>Cannot Set the Embargo</source>
        <translation>Эмбарго қою мүмкін емес</translation>
    </message>
    <message>
        <source>“%1” stays off the site until %2 newsroom time</source>
        <translation>«%1» сайтқа шықпайды, мерзімі: %2 (редакция уақыты)</translation>
    </message>
    <message>
        <source>The embargo on “%1” is lifted</source>
        <translation>«%1» материалынан эмбарго алынды</translation>
    </message>
    <message>
        <source>Correct the Story</source>
        <translation>Материалды түзету</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>What was corrected (readers will see this note):</source>
        <translation>Не түзетілді (бұл ескертпені оқырмандар көреді):</translation>
    </message>
    <message>
        <source>What should the reporter change?</source>
        <translation>Тілші нені өзгертуі керек?</translation>
    </message>
    <message>
        <source>Not Done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>“%1” is %2 now</source>
        <translation>«%1» күйі енді: %2</translation>
    </message>
    <message>
        <source>, going out at %1 newsroom time</source>
        <translation>, жариялану уақыты: %1 (редакция уақыты)</translation>
    </message>
    <message>
        <source> (%1 here)</source>
        <translation> (мұнда %1)</translation>
    </message>
    <message>
        <source>Cannot Show the History</source>
        <translation>Тарихты көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot Show the Revisions</source>
        <translation>Нұсқаларды көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>Open a story or start a new one first</source>
        <translation>Алдымен материалды ашыңыз немесе жаңасын бастаңыз</translation>
    </message>
    <message>
        <source>Save the story first</source>
        <translation>Алдымен материалды сақтаңыз</translation>
    </message>
    <message>
        <source>Only editors set an embargo</source>
        <translation>Эмбаргоны тек редакторлар қояды</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>&amp;Себетке жылжыту</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>&amp;Себеттен қалпына келтіру</translation>
    </message>
    <message>
        <source>Not Moved to the Trash</source>
        <translation>Себетке жылжытылмады</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Story › Restore from Trash brings it back.</source>
        <translation>«%1» себетте. «Материал › Себеттен қалпына келтіру» оны қайтарады.</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <source>“%1” is back among the stories.</source>
        <translation>«%1» қайтадан материалдар арасында.</translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation>%1-нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <source>The text you have not saved is replaced by revision %1, which is saved as the newest. Undo (%2) brings your text back.</source>
        <translation>Сақталмаған мәтін %1-нұсқамен ауыстырылады, ол ең жаңа нұсқа ретінде сақталады. Болдырмау (%2) мәтініңізді қайтарады.</translation>
    </message>
    <message>
        <source>The Original Has Changed</source>
        <translation>Түпнұсқа өзгерді</translation>
    </message>
    <message>
        <source>Approve Anyway</source>
        <translation>Бәрібір мақұлдау</translation>
    </message>
    <message>
        <source>Schedule Anyway</source>
        <translation>Бәрібір жоспарлау</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>Бәрібір жариялау</translation>
    </message>
    <message>
        <source>View › Translations shows what changed in the original. Once the translation says the same, mark it reviewed there.</source>
        <translation>Көрініс › Аудармалар түпнұсқада не өзгергенін көрсетеді. Аударма да соны айтқанда, оны сол жерде тексерілді деп белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>Newsroom::StorySession</name>
    <message>
        <source>A colleague</source>
        <translation>Әріптес</translation>
    </message>
    <message>
        <source>Unsaved text is not being kept: %1</source>
        <translation>Сақталмаған мәтін компьютерде сақталмай жатыр: %1</translation>
    </message>
    <message>
        <source>No unsaved text is kept under %1.</source>
        <translation>Мына кілт бойынша сақталмаған мәтін жоқ: %1.</translation>
    </message>
    <message>
        <source>The stored story is gone; the recovered text will be saved as a new story.</source>
        <translation>Дерекқордағы материал жойылған; қалпына келтірілген мәтін жаңа материал ретінде сақталады.</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>Ашық материал жоқ.</translation>
    </message>
    <message>
        <source>This story is not yours to change now.</source>
        <translation>Бұл материалды қазір сіз өзгерте алмайсыз.</translation>
    </message>
    <message>
        <source>The story was closed before it was saved.</source>
        <translation>Материал сақталмай тұрып жабылды.</translation>
    </message>
    <message>
        <source>Catch up with revision %1</source>
        <translation>Нұсқамен теңестіру: %1</translation>
    </message>
    <message>
        <source>Not saved: your text is as you left it, and kept on this computer.</source>
        <translation>Сақталмады: мәтініңіз сіз қалдырған күйінде, әрі осы компьютерде сақтаулы.</translation>
    </message>
    <message>
        <source>Merge with revision %1</source>
        <translation>Нұсқамен біріктіру: %1</translation>
    </message>
    <message>
        <source>Not saved to the newsroom yet: %1. Your text is kept on this computer.</source>
        <translation>Редакцияға әлі сақталмады: %1. Мәтініңіз осы компьютерде сақтаулы.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>Бұл жұмыс орнында ешкім кірмеген.</translation>
    </message>
    <message>
        <source>The story was closed meanwhile.</source>
        <translation>Осы аралықта материал жабылды.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Қалпына келтірілген нұсқа: %1</translation>
    </message>
    <message>
        <source>The story has no revision %1.</source>
        <translation>Материалда %1 нөмірлі нұсқа жоқ.</translation>
    </message>
    <message>
        <source>Cannot tell colleagues you are editing this story: %1</source>
        <translation>Әріптестерге бұл материалды өңдеп жатқаныңызды хабарлау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The story is free: you can edit it now.</source>
        <translation>Материал бос: енді оны өңдей аласыз.</translation>
    </message>
    <message>
        <source>Unsaved text of %1, kept when %2 took over editing</source>
        <translation>%1 сақтамаған мәтін; %2 өңдеуді өзіне алған кезде сақталды</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>әріптес</translation>
    </message>
    <message>
        <source>No stored story is open.</source>
        <translation>Дерекқорда сақталған материал ашылмаған.</translation>
    </message>
</context>
<context>
    <name>Newsroom::TranslationDesk</name>
    <message>
        <source>Nothing was done.</source>
        <translation>Ештеңе жасалмады.</translation>
    </message>
    <message>
        <source>Tra&amp;nslate Into</source>
        <translation>&amp;Аудару</translation>
    </message>
    <message>
        <source>The story&apos;s translations could not be read: %1</source>
        <translation>Материалдың аудармаларын оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The original has changed.</source>
        <translation>Түпнұсқа өзгерді.</translation>
    </message>
    <message>
        <source>This translation follows its revision %1; it is at revision %2 now. Check the translation against what changed, then mark it reviewed.</source>
        <translation>Аударма оның %1-нұсқасынан жасалған, ал қазір түпнұсқа %2-нұсқада. Аударманы өзгерген жерлермен салыстырып, тексерілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Save the story first</source>
        <translation>Алдымен материалды сақтаңыз</translation>
    </message>
    <message>
        <source>The story is in this language already, or has a translation into it</source>
        <translation>Материал осы тілде немесе бұл тілге аударылған</translation>
    </message>
    <message>
        <source>Not Translated</source>
        <translation>Аударма жасалмады</translation>
    </message>
    <message>
        <source>A draft in %1 is open, with the original beside it: write the translation over the copied text.</source>
        <translation>«%1» тіліндегі жоба ашық, қасында түпнұсқа: аударманы көшірілген мәтіннің үстіне жазыңыз.</translation>
    </message>
    <message>
        <source>Not Marked Reviewed</source>
        <translation>Тексерілді деп белгіленбеді</translation>
    </message>
    <message>
        <source>The translation is in step with its original again.</source>
        <translation>Аударма қайтадан түпнұсқаға сәйкес.</translation>
    </message>
    <message>
        <source>Cannot Show the Version</source>
        <translation>Нұсқаны көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>a translation</source>
        <translation>аударма</translation>
    </message>
    <message>
        <source>Not translated yet.</source>
        <translation>Әлі аударылмаған.</translation>
    </message>
    <message>
        <source>The text is still the original&apos;s: write the translation over it. The original is beside it in View › Side by Side.</source>
        <translation>Мәтін әлі түпнұсқаныкі: аударманы соның үстіне жазыңыз. Түпнұсқа қасында: Көрініс › Қатар.</translation>
    </message>
</context>
<context>
    <name>Newsroom::TranslationsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Side &amp;by Side</source>
        <translation>&amp;Қатар</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>&amp;Тексерілді деп белгілеу</translation>
    </message>
    <message>
        <source>Versions in other languages</source>
        <translation>Басқа тілдердегі нұсқалар</translation>
    </message>
    <message>
        <source>Open the chosen version in the editor</source>
        <translation>Таңдалған нұсқаны редакторда ашу</translation>
    </message>
    <message>
        <source>Read the chosen version beside the story you are writing</source>
        <translation>Таңдалған нұсқаны жазып жатқан материалдың қасында оқу</translation>
    </message>
    <message>
        <source>&amp;Translate Into</source>
        <translation>&amp;Аудару</translation>
    </message>
    <message>
        <source>What changed in the original</source>
        <translation>Түпнұсқада не өзгерді</translation>
    </message>
    <message>
        <source>The translation says what the original says now</source>
        <translation>Аударма түпнұсқаның қазір айтқанын айтады</translation>
    </message>
    <message>
        <source>Save the story to translate it.</source>
        <translation>Аудару үшін материалды сақтаңыз.</translation>
    </message>
    <message>
        <source>This story has no versions in other languages yet. Translate Into makes a draft for the translator, linked to it.</source>
        <translation>Материалдың басқа тілдерде әзірге нұсқасы жоқ. «Аудару» аудармашыға онымен байланысты жоба жасайды.</translation>
    </message>
    <message>
        <source>The same story in other languages. A translation is behind once its original changes.</source>
        <translation>Сол материал басқа тілдерде. Түпнұсқа өзгерген сәтте аударма артта қалады.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>behind: the original changed</source>
        <translation>артта қалды: түпнұсқа өзгерді</translation>
    </message>
    <message>
        <source>in step with the original</source>
        <translation>түпнұсқаға сәйкес</translation>
    </message>
    <message>
        <source>(open in the editor)</source>
        <translation>(редакторда ашық)</translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation>әлі аударылмаған</translation>
    </message>
</context>
<context>
    <name>Newsroom::VersionPane</name>
    <message>
        <source>Close the version beside the story</source>
        <translation>Материалдың қасындағы нұсқаны жабу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The story in another language</source>
        <translation>Басқа тілдегі материал</translation>
    </message>
    <message>
        <source>%1 — %2, revision %3</source>
        <translation>%1 — %2, %3-нұсқа</translation>
    </message>
    <message>
        <source>What changed since the translation was made: added on green, removed struck through.</source>
        <translation>Аударма жасалғаннан бері не өзгерді: қосылғаны жасылмен, алынғаны сызылған.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>no password is kept for %1</source>
        <translation>%1 үшін сақталған құпиясөз жоқ</translation>
    </message>
    <message>
        <source>the system keychain cannot be read: %1</source>
        <translation>жүйенің құпиясөз қоймасын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the password cannot be kept in the system keychain: %1</source>
        <translation>құпиясөзді жүйенің құпиясөз қоймасында сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the password cannot be removed from the system keychain: %1</source>
        <translation>құпиясөзді жүйенің құпиясөз қоймасынан өшіру мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>everyone</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>editors and admins</source>
        <translation>редакторлар мен әкімшілер</translation>
    </message>
    <message>
        <source>admins</source>
        <translation>әкімшілер</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Reporter</source>
        <comment>role in the newsroom</comment>
        <translation>Тілші</translation>
    </message>
    <message>
        <source>Editor</source>
        <comment>role in the newsroom</comment>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>role in the newsroom</comment>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>PhotoStore</name>
    <message>
        <source>the photo %1 got no id</source>
        <translation>фотоға id берілмеді: %1</translation>
    </message>
    <message>
        <source>there is no photo %1</source>
        <translation>мұндай фото жоқ: %1</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>a credit</source>
        <translation>фото авторы</translation>
    </message>
    <message>
        <source>an alt text for readers who cannot see it</source>
        <translation>оны көре алмайтын оқырмандарға арналған балама мәтін</translation>
    </message>
    <message>
        <source>photo %1 (%2) needs %3</source>
        <translation>№%1 фото (%2): %3 керек</translation>
    </message>
    <message>
        <source> and </source>
        <translation> және </translation>
    </message>
    <message>
        <source>%1 records where it was taken (GPS). That never leaves the newsroom: published copies carry no location.</source>
        <translation>%1 ішінде түсірілген орны жазылған (GPS). Бұл дерек редакциядан ешқашан шықпайды: жарияланған көшірмелерде орналасу туралы дерек болмайды.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Қолданылуы: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[опциялар]</translation>
    </message>
</context>
<context>
    <name>Rendition</name>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 декодталмады: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): replace the photo in its story</source>
        <translation>%1 зақымдалған (%2): материалдағы фотоны ауыстырыңыз</translation>
    </message>
    <message>
        <source>cannot encode a rendition of %1: %2</source>
        <translation>кішірейтілген көшірмесін жасау мүмкін болмады: %1: %2</translation>
    </message>
</context>
<context>
    <name>Repositories</name>
    <message>
        <source>no staff member has the login %1</source>
        <translation>мұндай логині бар қызметкер жоқ: %1</translation>
    </message>
    <message>
        <source>a staff member needs a name</source>
        <translation>қызметкердің аты болуы керек</translation>
    </message>
    <message>
        <source>the new staff member got no id</source>
        <translation>жаңа қызметкерге id берілмеді</translation>
    </message>
    <message>
        <source>%1 was not changed: there is no such staff member, or changing people is for admins</source>
        <translation>%1 өзгертілмеді: мұндай қызметкер жоқ немесе қызметкерлерді тек әкімшілер өзгерте алады</translation>
    </message>
    <message>
        <source>nobody on the staff is called %1</source>
        <translation>қызметкерлер арасында мұндай есімді адам жоқ: %1</translation>
    </message>
    <message>
        <source>nobody on the staff has the number %1</source>
        <translation>қызметкерлер арасында мұндай нөмірлі адам жоқ: %1</translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation>айдардың атауы болуы керек</translation>
    </message>
    <message>
        <source>“%1” cannot be a section: a section&apos;s name needs a letter or a digit</source>
        <translation>«%1» айдар бола алмайды: айдар атауында кемінде бір әріп не цифр болуы керек</translation>
    </message>
    <message>
        <source>the slug &apos;%1&apos; may hold only a-z, 0-9 and hyphens</source>
        <translation>мекенжай («%1») тек a-z, 0-9 таңбалары мен дефистен тұра алады</translation>
    </message>
    <message>
        <source>the section “%1” does not exist yet, and only an admin may add sections: ask an admin to add it, or choose an existing one</source>
        <translation>«%1» айдары әлі жоқ, ал айдарларды тек әкімші қоса алады: әкімшіден оны қосуды сұраңыз немесе бар айдарды таңдаңыз</translation>
    </message>
    <message>
        <source>the new category got no id</source>
        <translation>жаңа айдарға id берілмеді</translation>
    </message>
    <message>
        <source>an empty category path</source>
        <translation>айдар жолы бос</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; write one like Asia/Almaty</source>
        <translation>«%1» — бұл жүйеге белгілі уақыт белдеуі емес; Asia/Almaty сияқты жазыңыз</translation>
    </message>
    <message>
        <source>“%1” is not in the newsroom dictionary</source>
        <translation>редакция сөздігінде «%1» сөзі жоқ</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>сөз бос</translation>
    </message>
    <message>
        <source>“%1” has a space in it: the dictionary takes one word at a time</source>
        <translation>«%1» ішінде бос орын бар: сөздікке сөздер бір-бірден қосылады</translation>
    </message>
    <message>
        <source>“%1…” is longer than 100 characters</source>
        <translation>«%1…» 100 таңбадан ұзын</translation>
    </message>
    <message>
        <source>there is a section “%1” there already</source>
        <translation>онда «%1» айдары бар</translation>
    </message>
    <message>
        <source>“%1” cannot go under itself or under one of its own subsections</source>
        <translation>«%1» айдарын өзінің немесе өз ішкі айдарының ішіне көшіруге болмайды</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself or into one of its own subsections</source>
        <translation>«%1» айдарын өзімен немесе өз ішкі айдарымен біріктіруге болмайды</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n story(s): merge it into another section instead</source>
        <translation>
            <numerusform>«%1» айдарында %n материал бар: оны басқа айдармен біріктіріңіз</numerusform>
            <numerusform>«%1» айдарында %n материал бар: оны басқа айдармен біріктіріңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has subsections: move or delete them first</source>
        <translation>«%1» айдарында ішкі айдарлар бар: алдымен оларды көшіріңіз немесе өшіріңіз</translation>
    </message>
    <message>
        <source>“%1” cannot be a section&apos;s name: “/” and “›” separate a section from its subsections</source>
        <translation>«%1» айдар атауы бола алмайды: «/» және «›» айдарды ішкі айдарлардан бөледі</translation>
    </message>
    <message>
        <source>“%1…” is too long for a section&apos;s name: at most 80 characters</source>
        <translation>«%1…» — айдар үшін тым ұзын атау: 80 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>%1 is on the staff already; two people of one name could not be told apart in bylines (add a middle name or initial)</source>
        <translation>%1 қызметкерлер арасында бар; аттары бірдей екі адамды қолтаңбадан ажырату мүмкін емес (әкесінің атын не инициалын қосыңыз)</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>белгісіз тіл «%1»: ru, kk немесе en деп жазыңыз</translation>
    </message>
    <message>
        <source>“%1” cannot be the folder of the %2 pages: write a short name of a-z, 0-9 and hyphens, such as kz</source>
        <translation>«%1» %2 тіліндегі беттердің қалтасы бола алмайды: a-z, 0-9 және сызықшадан тұратын қысқа атау жазыңыз, мысалы kz</translation>
    </message>
    <message>
        <source>“%1” cannot be the folder of the %2 pages: the site keeps its own pages there</source>
        <translation>«%1» %2 тіліндегі беттердің қалтасы бола алмайды: онда сайттың өз беттері тұр</translation>
    </message>
    <message>
        <source>the %1 and %2 pages cannot share the folder “%3”</source>
        <translation>%1 және %2 тілдеріндегі беттер бір «%3» қалтасында тұра алмайды</translation>
    </message>
    <message>
        <source>there is no section %1</source>
        <translation>%1 айдары жоқ</translation>
    </message>
    <message>
        <source>“%1” is the name of the section beside it, “%2”, in %3 already</source>
        <translation>«%1» — «%3» тілінде көрші «%2» айдарының атауы</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>could not grab the window</source>
        <translation>терезенің суретін түсіру мүмкін болмады</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>қалта жасалмады: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>the window was not shown within 10 s</source>
        <translation>терезе 10 с ішінде көрсетілмеді</translation>
    </message>
</context>
<context>
    <name>ServerOwner</name>
    <message>
        <source>the server does not know the login of this connection</source>
        <translation>сервер бұл қосылымның логинін білмейді</translation>
    </message>
    <message>
        <source>%1 The newsroom&apos;s administrator runs this once, as a role that may create roles, and then `newsroom init` as %2:
%3</source>
        <translation>%1 Редакция әкімшісі мұны рөлдер жасай алатын рөлмен бір рет орындайды, содан кейін %2 ретінде `newsroom init` іске қосады:
%3</translation>
    </message>
    <message>
        <source>the login %1 may not use the newsroom at %2: it is in none of the groups newsroom_reporter, newsroom_editor and newsroom_admin. The administrator adds it to one, for example: GRANT newsroom_reporter TO &quot;%1&quot;;</source>
        <translation>%1 логині мына жердегі редакцияны пайдалана алмайды: %2; ол newsroom_reporter, newsroom_editor және newsroom_admin топтарының ешқайсысында жоқ. Әкімші оны солардың біріне қосады, мысалы: GRANT newsroom_reporter TO &quot;%1&quot;;</translation>
    </message>
    <message>
        <source>%1 needs its schema brought from version %2 to %3 for this Newsroom, and only the newsroom&apos;s setup login (a member of newsroom_owner) may do that. Ask the administrator to run `newsroom init` once with it; until then, use the Newsroom version you had.</source>
        <translation>Newsroom-ның осы нұсқасы үшін %1 схемасын жаңарту керек (%2 → %3), ал мұны тек редакцияны орнату логині (newsroom_owner мүшесі) істей алады. Әкімшіден сол логинмен `newsroom init` командасын бір рет іске қосуды сұраңыз; оған дейін Newsroom-ның бұрынғы нұсқасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The server has no role %1 yet, and the login %2 may not create roles.</source>
        <translation>Серверде әлі %1 рөлі жоқ, ал %2 логині рөлдер жасай алмайды.</translation>
    </message>
    <message>
        <source>The login %1 may not set up this newsroom: it is not a member of newsroom_owner.</source>
        <translation>%1 логині бұл редакцияны орната алмайды: ол newsroom_owner мүшесі емес.</translation>
    </message>
    <message>
        <source>newsroom_owner may not create the newsroom&apos;s tables (%1).</source>
        <translation>newsroom_owner редакция кестелерін жасай алмайды (%1).</translation>
    </message>
    <message>
        <source>The login %1 may not keep everyone but the newsroom&apos;s groups out of this database (%2).</source>
        <translation>%1 логині бұл дерекқорға редакция топтарынан басқа ешкімді жібермеуді орната алмайды (%2).</translation>
    </message>
    <message>
        <source>Part of this newsroom belongs to another role, and the login %1 may not give it to newsroom_owner: upgrade it once as that role or as a superuser (%2).</source>
        <translation>Бұл редакцияның бір бөлігі басқа рөлге тиесілі, ал %1 логині оны newsroom_owner рөліне бере алмайды: оны бір рет сол рөлмен немесе суперпайдаланушы ретінде жаңартыңыз (%2).</translation>
    </message>
</context>
<context>
    <name>StoryFile</name>
    <message>
        <source>“%1” should be text</source>
        <translation>«%1» мәтін болуы керек</translation>
    </message>
    <message>
        <source>“%1” holds %2</source>
        <translation>«%1» ішінде бар: %2</translation>
    </message>
    <message>
        <source>each entry of “%1” should be text</source>
        <translation>«%1» тізіміндегі әр жазба мәтін болуы керек</translation>
    </message>
    <message>
        <source>“%1” should be text or a list</source>
        <translation>«%1» мәтін немесе тізім болуы керек</translation>
    </message>
    <message>
        <source>“%1” should be true or false</source>
        <translation>«%1» мәні true немесе false болуы керек</translation>
    </message>
    <message>
        <source>“%1” is not a date and time: “%2” (write 2026-01-31T10:00:00+05:00, or 2026-01-31 for a day)</source>
        <translation>«%1» — күн мен уақыт емес: «%2» (2026-01-31T10:00:00+05:00 түрінде, ал тек күн үшін 2026-01-31 түрінде жазыңыз)</translation>
    </message>
    <message>
        <source>unknown key “%1”: did you mean “%2”?</source>
        <translation>белгісіз кілт: «%1»; «%2» болуы мүмкін бе?</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field Newsroom keeps; it was left out</source>
        <translation>%1: «%2» — Newsroom сақтайтын өріс емес; ол өткізіп жіберілді</translation>
    </message>
    <message>
        <source>“%1” cannot be a section: a section&apos;s name needs a letter or a digit</source>
        <translation>«%1» айдар бола алмайды: айдар атауында кемінде бір әріп не цифр болуы керек</translation>
    </message>
    <message>
        <source>the section path has %1 levels; at most %2</source>
        <translation>айдар жолында %1 деңгей бар; ең көбі %2 болуы мүмкін</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; a story file may be at most %3 MB</source>
        <translation>%1: файл көлемі %2 МБ; материал файлы ең көбі %3 МБ болуы мүмкін</translation>
    </message>
    <message>
        <source>%1:%2: contains a NUL byte: this is not a text file</source>
        <translation>%1:%2: NUL байты бар: бұл мәтіндік файл емес</translation>
    </message>
    <message>
        <source>%1:%2: is not valid UTF-8 (byte %3); save the file as UTF-8</source>
        <translation>%1:%2: жарамды UTF-8 емес (байт %3); файлды UTF-8 кодтауында сақтаңыз</translation>
    </message>
    <message>
        <source>%1:1: TOML front matter (+++) is not supported; write it as YAML between --- lines</source>
        <translation>%1:1: TOML метадеректер блогына (+++) қолдау жоқ; оны --- жолдарының арасында YAML ретінде жазыңыз</translation>
    </message>
    <message>
        <source>%1:1: the front matter opened by --- is never closed by another ---</source>
        <translation>%1:1: --- арқылы ашылған метадеректер блогы екінші --- арқылы жабылмаған</translation>
    </message>
    <message>
        <source>%1:2: the front matter should be a list of “key: value” lines</source>
        <translation>%1:2: метадеректер блогы «кілт: мән» жолдарының тізімі болуы керек</translation>
    </message>
    <message>
        <source>the text holds %1</source>
        <translation>мәтінде бар: %1</translation>
    </message>
    <message>
        <source>%1:1: the story has no title: add “title:” to the front matter</source>
        <translation>%1:1: материалдың тақырыбы жоқ: метадеректер блогына «title:» қосыңыз</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en%2</source>
        <translation>белгісіз тіл: «%1»; ru, kk немесе en деп жазыңыз%2</translation>
    </message>
    <message>
        <source> (Kazakh is kk)</source>
        <translation> (қазақ тілі — kk)</translation>
    </message>
    <message>
        <source>unknown status “%1” (draft, submitted, changes_requested, approved, scheduled, published or unpublished)</source>
        <translation>белгісіз күй: «%1» (draft, submitted, changes_requested, approved, scheduled, published немесе unpublished)</translation>
    </message>
    <message>
        <source>“draft: %1” contradicts “status: %2”: keep one of them</source>
        <translation>«draft: %1» мен «status: %2» бір-біріне қайшы: біреуін ғана қалдырыңыз</translation>
    </message>
    <message>
        <source>the story has %1 different tags; at most %2 fit one story</source>
        <translation>материалда %1 түрлі тег бар; бір материалға ең көбі %2 тег сыяды</translation>
    </message>
    <message>
        <source>“photos” should be a list of entries with file, caption, credit, alt and role</source>
        <translation>«photos» — file, caption, credit, alt және role өрістері бар жазбалар тізімі болуы керек</translation>
    </message>
    <message>
        <source>unknown photo role “%1” (lead, inline or gallery)</source>
        <translation>белгісіз фото рөлі: «%1» (lead, inline немесе gallery)</translation>
    </message>
    <message>
        <source>a photo entry without a file</source>
        <translation>файлы жоқ фото жазбасы</translation>
    </message>
    <message>
        <source>the photo “%1” must be a file beside the story or in a folder below it, not an absolute path, a path through “..” or an address</source>
        <translation>«%1» фотосы материалдың жанындағы немесе оның ішкі қалтасындағы файл болуы керек; абсолютті жол, «..» арқылы өтетін жол немесе веб-мекенжай болмауы керек</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is %n character(s) long</source>
        <translation>
            <numerusform>«%1» ұзындығы — %n таңба</numerusform>
            <numerusform>«%1» ұзындығы — %n таңба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; at most %n fit</source>
        <comment>characters</comment>
        <translation>
            <numerusform>; ең көбі %n таңба сыяды</numerusform>
            <numerusform>; ең көбі %n таңба сыяды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the heading is %n character(s) long</source>
        <translation>
            <numerusform>тақырып ұзындығы — %n таңба</numerusform>
            <numerusform>тақырып ұзындығы — %n таңба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; a headline may have at most %n</source>
        <comment>characters</comment>
        <translation>
            <numerusform>; тақырыпта ең көбі %n таңба болуы мүмкін</numerusform>
            <numerusform>; тақырыпта ең көбі %n таңба болуы мүмкін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the slug “%1” may hold only a-z, 0-9 and hyphens, at most %n character(s)</source>
        <translation>
            <numerusform>мекенжай («%1») тек a-z, 0-9 таңбалары мен дефистен тұра алады, ең көбі %n таңба</numerusform>
            <numerusform>мекенжай («%1») тек a-z, 0-9 таңбалары мен дефистен тұра алады, ең көбі %n таңба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryParts</name>
    <message>
        <source>the tag “%1” found no free slug</source>
        <translation>«%1» тегі үшін бос мекенжай табылмады</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>there is no story %1</source>
        <translation>%1 материалы жоқ</translation>
    </message>
    <message>
        <source>“%1” and “%2” are both in %3: a translation is in another language</source>
        <translation>«%1» мен «%2» екеуі де %3 тілінде: аударма басқа тілде болады</translation>
    </message>
    <message>
        <source>“%1” is already in a group of translations</source>
        <translation>«%1» аудармалар тобында бар</translation>
    </message>
    <message>
        <source>“%1” is itself a translation: link to its original</source>
        <translation>«%1» өзі аударма: оны түпнұсқасымен байланыстырыңыз</translation>
    </message>
    <message>
        <source>“%1” already has a translation in %2: “%3”</source>
        <translation>«%1» материалының %2 тіліндегі аудармасы бар: «%3»</translation>
    </message>
    <message>
        <source>unknown language “%1”: write ru, kk or en</source>
        <translation>белгісіз тіл: «%1»; ru, kk немесе en деп жазыңыз</translation>
    </message>
    <message>
        <source>“%1” is already in %2</source>
        <translation>«%1» онсыз да %2 тілінде</translation>
    </message>
    <message>
        <source>story %1 is not a translation</source>
        <translation>%1 материалы аударма емес</translation>
    </message>
    <message>
        <source>revision %1 of the original is not kept</source>
        <translation>түпнұсқаның %1 нұсқасы сақталмаған</translation>
    </message>
    <message numerus="yes">
        <source>The original, “%1”, has changed since this translation was made from its revision %2 (it is at revision %3 now; %n word(s) changed). Check the translation against it, then mark it reviewed.</source>
        <translation>
            <numerusform>Түпнұсқа, «%1», аударма оның %2-нұсқасынан жасалғаннан кейін өзгерді (қазір %3-нұсқа; %n сөз өзгерді). Аударманы онымен салыстырып, тексерілді деп белгілеңіз.</numerusform>
            <numerusform>Түпнұсқа, «%1», аударма оның %2-нұсқасынан жасалғаннан кейін өзгерді (қазір %3-нұсқа; %n сөз өзгерді). Аударманы онымен салыстырып, тексерілді деп белгілеңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The published translation (%1), “%2”, follows an older text of this story: update it and mark it reviewed.</source>
        <translation>Жарияланған аударма (%1), «%2», осы материалдың ескі мәтініне сүйенеді: оны жаңартып, тексерілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>translated from story %1</source>
        <translation>%1 материалынан аударылды</translation>
    </message>
    <message>
        <source>“%1” still holds the words of its original, “%2”: it is not translated into %3 yet.</source>
        <translation>«%1» әлі түпнұсқаның, «%2», мәтінін сақтайды: «%3» тіліне әлі аударылмаған.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>“%1” is on the site: unpublish it first, then move it to the trash</source>
        <translation>«%1» сайтта тұр: алдымен жариялаудан алып, содан кейін себетке жылжытыңыз</translation>
    </message>
    <message>
        <source>“%1” is scheduled: take it off the schedule first, then move it to the trash</source>
        <translation>«%1» жоспарланған: алдымен жоспардан алып, содан кейін себетке жылжытыңыз</translation>
    </message>
    <message>
        <source>“%1” is not %2&apos;s story; only its reporters, editors and admins may move it to the trash</source>
        <translation>«%1» — %2 материалы емес; оны себетке тек авторлары, редакторлар мен әкімшілер жылжыта алады</translation>
    </message>
    <message>
        <source>“%1” is %2: it is the desk&apos;s now, and only editors may move it to the trash</source>
        <translation>«%1» күйі — %2: ол енді редакцияда, оны себетке тек редакторлар жылжыта алады</translation>
    </message>
    <message>
        <source>“%1” is in the trash already</source>
        <translation>«%1» себетте тұр</translation>
    </message>
    <message>
        <source>“%1” is not in the trash</source>
        <translation>«%1» себетте жоқ</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Себетке жылжытылды</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Себеттен қалпына келтірілді</translation>
    </message>
    <message>
        <source>%1 may not empty the trash; %2 may</source>
        <translation>%1 себетті тазарта алмайды; мұны %2 істей алады</translation>
    </message>
</context>
<context>
    <name>TypedTime</name>
    <message>
        <source>cannot read “%1” as a date and time: write it as 30.11.2026 18:00, 30 ноября 18:00, завтра 9:00 or 18:00 (today)</source>
        <translation>«%1» күн мен уақыт ретінде оқылмады: 30.11.2026 18:00, 30 қараша 18:00, ертең 9:00 немесе 18:00 (бүгін) түрінде жазыңыз</translation>
    </message>
    <message>
        <source>type a date and time, such as 30.11.2026 18:00</source>
        <translation>күн мен уақытты жазыңыз, мысалы, 30.11.2026 18:00</translation>
    </message>
    <message>
        <source>“%1” says no time of day: add it, such as 18:00</source>
        <translation>«%1» ішінде уақыт көрсетілмеген: оны қосыңыз, мысалы, 18:00</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day</source>
        <translation>%1:%2 — тәулік уақыты емес</translation>
    </message>
    <message>
        <source>%1 is not a month</source>
        <translation>%1 — ай нөмірі емес</translation>
    </message>
    <message>
        <source>there is no day %1 in month %2</source>
        <translation>мұндай күн жоқ: %1 күн, %2 ай</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 бұрын</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>бүгін, %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>ертең, %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, %2 қалды</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>the newsroom&apos;s owner</source>
        <translation>редакция иесі</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>тексеруге жіберілген</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>пысықтауға қайтарылған</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>мақұлданған</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <source>taken off the schedule</source>
        <translation>жоспардан алынған</translation>
    </message>
    <message>
        <source>published</source>
        <translation>жарияланған</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>жариялаудан алынған</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>түзетілген</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>back with its reporter for changes</source>
        <translation>тілшіге пысықтауға қайтарылған</translation>
    </message>
    <message>
        <source>it has no headline</source>
        <translation>тақырыбы жоқ</translation>
    </message>
    <message>
        <source>it has no lead</source>
        <translation>лиді жоқ</translation>
    </message>
    <message>
        <source>it is in no section</source>
        <translation>ешбір айдарға енгізілмеген</translation>
    </message>
    <message>
        <source>its body is empty</source>
        <translation>мәтіні бос</translation>
    </message>
    <message>
        <source>“%1” is not %2&apos;s story; only its reporters, editors and admins may have it %3</source>
        <translation>%2 «%1» материалының авторлары қатарында жоқ; оны «%3» күйіне тек оның тілшілері, редакторлар мен әкімшілер ауыстыра алады</translation>
    </message>
    <message>
        <source>“%1” is %2: it cannot be %3 from there</source>
        <translation>«%1» күйі — %2: бұл күйден оны «%3» күйіне ауыстыру мүмкін емес</translation>
    </message>
    <message>
        <source>“%1” cannot be %2 yet: %3</source>
        <translation>«%1» материалын әзірге «%2» күйіне ауыстыру мүмкін емес: %3</translation>
    </message>
    <message>
        <source>a time to publish “%1” is needed</source>
        <translation>«%1» материалын жариялау уақыты керек</translation>
    </message>
    <message>
        <source>%1 UTC has passed: choose a time to come for “%2”, or publish it now</source>
        <translation>%1 UTC өтіп кетті: «%2» үшін алдағы уақытты таңдаңыз немесе оны қазір жариялаңыз</translation>
    </message>
    <message>
        <source>a correction needs a note for readers saying what was corrected</source>
        <translation>түзетуге оқырмандар үшін не түзетілгені туралы ескертпе керек</translation>
    </message>
    <message>
        <source>%1 may not set an embargo; %2 may</source>
        <translation>%1 эмбарго қоя алмайды; мұны %2 істей алады</translation>
    </message>
    <message>
        <source>Embargo until %1 UTC</source>
        <translation>Эмбарго мерзімі: %1 UTC</translation>
    </message>
    <message>
        <source>Embargo lifted</source>
        <translation>Эмбарго алынды</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>жариялау кестесі</translation>
    </message>
    <message>
        <source>published on schedule</source>
        <translation>кесте бойынша жарияланды</translation>
    </message>
    <message>
        <source>Not published at its scheduled time: %1</source>
        <translation>Жоспарланған уақытта жарияланбады: %1</translation>
    </message>
    <message>
        <source> (no comment could be left for the desk: %1)</source>
        <translation> (редакцияға пікір қалдыру мүмкін болмады: %1)</translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time</source>
        <translation>%1 %2 — жарамды күн мен уақыт емес</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3: the clocks skip it that night</source>
        <translation>%1 %2 уақыты %3 белдеуінде жоқ: сол түні сағат тілі бұл уақыттан секіріп өтеді</translation>
    </message>
    <message>
        <source>only %1 may have a story %2; %3&apos;s role is “%4”</source>
        <translation>материалды «%2» күйіне тек %1 ауыстыра алады; %3 рөлі — «%4»</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it first</source>
        <translation>«%1» себетте: алдымен оны қалпына келтіріңіз</translation>
    </message>
</context>
<context>
    <name>YamlTree</name>
    <message>
        <source>anchors (&amp;%1) are not used in story files: write the value out</source>
        <translation>материал файлдарында якорьлер (&amp;%1) қолданылмайды: мәнді толық жазыңыз</translation>
    </message>
    <message>
        <source>YAML tags (%1) are not used in story files: write plain text</source>
        <translation>материал файлдарында YAML тегтері (%1) қолданылмайды: қарапайым мәтін жазыңыз</translation>
    </message>
    <message>
        <source>a key must be a plain word, such as “title”</source>
        <translation>кілт қарапайым сөз болуы керек, мысалы, «title»</translation>
    </message>
    <message>
        <source>“%1” is written twice (first on line %2): keep one</source>
        <translation>«%1» екі рет жазылған (алғашқысы — жол %2): біреуін қалдырыңыз</translation>
    </message>
    <message>
        <source>a second YAML document: the front matter is one list of “key: value” lines</source>
        <translation>екінші YAML құжаты: метадеректер блогы «кілт: мән» жолдарының бір ғана тізімі болуы керек</translation>
    </message>
    <message>
        <source>aliases (*%1) are not used in story files: write the value out</source>
        <translation>материал файлдарында бүркеншік аттар (*%1) қолданылмайды: мәнді толық жазыңыз</translation>
    </message>
    <message>
        <source>the front matter is nested more than %1 levels deep</source>
        <translation>метадеректер блогының ішкі деңгейлері %1 деңгейден асып кетеді</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: %1</source>
        <translation>метадеректер блогы жарамды YAML емес: %1</translation>
    </message>
    <message>
        <source>the quotes opened here are never closed</source>
        <translation>мұнда ашылған тырнақша жабылмаған</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: %1 (%2, which began at line %3, column %4)</source>
        <translation>метадеректер блогы жарамды YAML емес: %1 (%2, басталған орны: жол %3, баған %4)</translation>
    </message>
    <message>
        <source>a colon followed by a space starts a new key here; if it belongs to the text, put the whole text in quotes: title: &quot;Аким: мост откроют в мае&quot;</source>
        <translation>мұнда қос нүкте мен одан кейінгі бос орын жаңа кілтті бастайды; егер ол мәтінге тиесілі болса, бүкіл мәтінді тырнақшаға алыңыз: title: &quot;Әкім: көпір мамырда ашылады&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create a temporary folder for the demo</source>
        <translation>демоға арналған уақытша қалта жасалмады</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Newsroom</translation>
    </message>
    <message>
        <source>Try &apos;newsroom --help&apos;.</source>
        <translation>Анықтаманы қараңыз: &apos;newsroom --help&apos;.</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands need none: see &apos;newsroom --help&apos;.</source>
        <translation>терезені ашатын экран жоқ (DISPLAY те, WAYLAND_DISPLAY те берілмеген). Командаларға экран қажет емес: &apos;newsroom --help&apos; қараңыз.</translation>
    </message>
</context>
</TS>
