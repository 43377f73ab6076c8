<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleRepository</name>
    <message numerus="yes">
        <source>the slug &apos;%1&apos; may hold only a-z, 0-9 and hyphens, at most %n character(s)</source>
        <translation>
            <numerusform>the slug &apos;%1&apos; may hold only a-z, 0-9 and hyphens, at most %n character</numerusform>
            <numerusform>the slug &apos;%1&apos; may hold only a-z, 0-9 and hyphens, at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>%1 already holds %n story(s); restore into an empty newsroom database</source>
        <translation>
            <numerusform>%1 already holds %n story; restore into an empty newsroom database</numerusform>
            <numerusform>%1 already holds %n stories; restore into an empty newsroom database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1: no problems found (%n checks).</source>
        <translation>
            <numerusform>%1: no problems found (%n check).</numerusform>
            <numerusform>%1: no problems found (%n checks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n story(s)</source>
        <translation>
            <numerusform>%1 of %n story</numerusform>
            <numerusform>%1 of %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s) into %2.</source>
        <translation>
            <numerusform>Imported %1 of %n file into %2.</numerusform>
            <numerusform>Imported %1 of %n files into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are in the newsroom:</source>
        <translation>
            <numerusform>This %n file is in the newsroom:</numerusform>
            <numerusform>These %n files are in the newsroom:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are not in the newsroom:</source>
        <translation>
            <numerusform>This %n file is not in the newsroom:</numerusform>
            <numerusform>These %n files are not in the newsroom:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n story(s) to %1: %2.</source>
        <translation>
            <numerusform>Wrote %n story to %1: %2.</numerusform>
            <numerusform>Wrote %n stories to %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n story(s) to %1: %2.</source>
        <translation>
            <numerusform>Exported %n story to %1: %2.</numerusform>
            <numerusform>Exported %n stories to %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %1 with %n demo story(s).</source>
        <translation>
            <numerusform>Filled %1 with %n demo story.</numerusform>
            <numerusform>Filled %1 with %n demo stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published, but lacking what publishing asks for (%n story(s); they stay published, to be mended):</source>
        <translation>
            <numerusform>Published, but lacking what publishing asks for (%n story; they stay published, to be mended):</numerusform>
            <numerusform>Published, but lacking what publishing asks for (%n stories; they stay published, to be mended):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>newsroom import: not imported: %n file(s); the newsroom has none of their content.</source>
        <translation>
            <numerusform>newsroom import: not imported: %n file; the newsroom has none of their content.</numerusform>
            <numerusform>newsroom import: not imported: %n files; the newsroom has none of their content.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“sections %1” takes %n argument(s), e.g. sections %2</source>
        <translation>
            <numerusform>“sections %1” takes %n argument, e.g. sections %2</numerusform>
            <numerusform>“sections %1” takes %n arguments, e.g. sections %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n story(s), %1)</source>
        <translation>
            <numerusform>(%n story, %1)</numerusform>
            <numerusform>(%n stories, %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Published %n due stories.</source>
        <translation>
            <numerusform>Published %n due story.</numerusform>
            <numerusform>Published %n due stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move a story to the trash (by its id or slug), or: list what is there, restore a story from it, purge what has lain there for %n day(s) (admins).</source>
        <translation>
            <numerusform>Move a story to the trash (by its id or slug), or: list what is there, restore a story from it, purge what has lain there for %n day (admins).</numerusform>
            <numerusform>Move a story to the trash (by its id or slug), or: list what is there, restore a story from it, purge what has lain there for %n days (admins).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) purged; what was trashed less than %1 days ago stays.</source>
        <translation>
            <numerusform>%n story purged; what was trashed less than %1 days ago stays.</numerusform>
            <numerusform>%n stories purged; what was trashed less than %1 days ago stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>%1 already holds %n story(s); the demo goes into an empty newsroom</source>
        <translation>
            <numerusform>%1 already holds %n story; the demo goes into an empty newsroom</numerusform>
            <numerusform>%1 already holds %n stories; the demo goes into an empty newsroom</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n file written</numerusform>
            <numerusform>%n files written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>files</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>files</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::CalendarView</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::DuePublisher</name>
    <message numerus="yes">
        <source>Published %n scheduled stories.</source>
        <translation>
            <numerusform>Published %n scheduled story.</numerusform>
            <numerusform>Published %n scheduled stories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n stories: </source>
        <translation>
            <numerusform>Exported %n story: </numerusform>
            <numerusform>Exported %n stories: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::MainWindow</name>
    <message numerus="yes">
        <source>Restored %n story(s) from the trash.</source>
        <translation>
            <numerusform>Restored %n story from the trash.</numerusform>
            <numerusform>Restored %n stories from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n story(s) to the trash; Trash in the sidebar keeps them.</source>
        <translation>
            <numerusform>Moved %n story to the trash; Trash in the sidebar keeps it.</numerusform>
            <numerusform>Moved %n stories to the trash; Trash in the sidebar keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryBrowser</name>
    <message numerus="yes">
        <source>%n best matches for “%1”</source>
        <translation>
            <numerusform>%n best match for “%1”</numerusform>
            <numerusform>%n best matches for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n story(s)</source>
        <translation>
            <numerusform>%1 — %n story</numerusform>
            <numerusform>%1 — %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected stories to the trash: out of every list and off the site&apos;s way, kept %n day(s), restorable</source>
        <translation>
            <numerusform>Move the selected stories to the trash: out of every list and off the site&apos;s way, kept %n day, restorable</numerusform>
            <numerusform>Move the selected stories to the trash: out of every list and off the site&apos;s way, kept %n days, restorable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good, with their history, the stories trashed more than %n day(s) ago</source>
        <translation>
            <numerusform>Delete for good, with their history, the stories trashed more than %n day ago</numerusform>
            <numerusform>Delete for good, with their history, the stories trashed more than %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete for good the stories that were moved to the trash more than %n day(s) ago? Their text, revisions and history go with them; this cannot be undone. Stories trashed since stay.</source>
        <translation>
            <numerusform>Delete for good the stories that were moved to the trash more than %n day ago? Their text, revisions and history go with them; this cannot be undone. Stories trashed since stay.</numerusform>
            <numerusform>Delete for good the stories that were moved to the trash more than %n days ago? Their text, revisions and history go with them; this cannot be undone. Stories trashed since stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing has lain in the trash for %n day(s) yet.</source>
        <translation>
            <numerusform>Nothing has lain in the trash for %n day yet.</numerusform>
            <numerusform>Nothing has lain in the trash for %n days yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n story(s) for good.</source>
        <translation>
            <numerusform>Deleted %n story for good.</numerusform>
            <numerusform>Deleted %n stories for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stories moved to the trash wait here for %n day(s), out of every list and search, and come back as they were with Restore. After that an admin may delete them for good.</source>
        <translation>
            <numerusform>Stories moved to the trash wait here for %n day, out of every list and search, and come back as they were with Restore. After that an admin may delete them for good.</numerusform>
            <numerusform>Stories moved to the trash wait here for %n days, out of every list and search, and come back as they were with Restore. After that an admin may delete them for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Purge Trash Older Than %n Day(s)…</source>
        <translation>
            <numerusform>&amp;Purge Trash Older Than %n Day…</numerusform>
            <numerusform>&amp;Purge Trash Older Than %n Days…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryDesk</name>
    <message numerus="yes">
        <source>&lt;b&gt;In the trash&lt;/b&gt; since %1. Restore it (Story › Restore from Trash) to change it; after %n day(s) there an admin may delete it for good.</source>
        <translation>
            <numerusform>&lt;b&gt;In the trash&lt;/b&gt; since %1. Restore it (Story › Restore from Trash) to change it; after %n day there an admin may delete it for good.</numerusform>
            <numerusform>&lt;b&gt;In the trash&lt;/b&gt; since %1. Restore it (Story › Restore from Trash) to change it; after %n days there an admin may delete it for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsroom::StoryEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min to read</source>
        <translation>
            <numerusform>%n min to read</numerusform>
            <numerusform>%n min to read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Repositories</name>
    <message numerus="yes">
        <source>“%1” holds %n story(s): merge it into another section instead</source>
        <translation>
            <numerusform>“%1” holds %n story: merge it into another section instead</numerusform>
            <numerusform>“%1” holds %n stories: merge it into another section instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryFile</name>
    <message numerus="yes">
        <source>“%1” is %n character(s) long</source>
        <translation>
            <numerusform>“%1” is %n character long</numerusform>
            <numerusform>“%1” is %n characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; at most %n fit</source>
        <comment>characters</comment>
        <translation>
            <numerusform>; at most %n fit</numerusform>
            <numerusform>; at most %n fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the heading is %n character(s) long</source>
        <translation>
            <numerusform>the heading is %n character long</numerusform>
            <numerusform>the heading is %n characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; a headline may have at most %n</source>
        <comment>characters</comment>
        <translation>
            <numerusform>; a headline may have at most %n</numerusform>
            <numerusform>; a headline may have at most %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the slug “%1” may hold only a-z, 0-9 and hyphens, at most %n character(s)</source>
        <translation>
            <numerusform>the slug “%1” may hold only a-z, 0-9 and hyphens, at most %n character</numerusform>
            <numerusform>the slug “%1” may hold only a-z, 0-9 and hyphens, at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message numerus="yes">
        <source>The original, “%1”, has changed since this translation was made from its revision %2 (it is at revision %3 now; %n word(s) changed). Check the translation against it, then mark it reviewed.</source>
        <translation>
            <numerusform>The original, “%1”, has changed since this translation was made from its revision %2 (it is at revision %3 now; %n word changed). Check the translation against it, then mark it reviewed.</numerusform>
            <numerusform>The original, “%1”, has changed since this translation was made from its revision %2 (it is at revision %3 now; %n words changed). Check the translation against it, then mark it reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedTime</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
