// SPDX-License-Identifier: GPL-3.0-or-later
// The static export against Hugo, on the same generated stories, in one run.
//
//   bench_export [--count N] [--runs R] [--work DIR]
//
// Writes N Russian stories as Hugo-compatible Markdown (front matter with title, date,
// slug, category, tags, authors), imports them into a Newsroom SQLite file, then times
// `newsroom export --full` and `hugo` (a comparable theme: a page per story, paginated
// lists per category, tag and author, RSS) as child processes, wall time and peak RSS
// each, R runs, and prints medians and ratios. Then one story changes and the
// incremental export is timed.
#include "corpus.h"

#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

struct Run
{
    double seconds = 0;
    double peakMiB = 0;
    int exitCode = -1;
};

// Runs a program to its end: wall time, and the child's own peak resident memory.
Run runChild(const QStringList &command, const QString &workingDirectory = {})
{
    QList<QByteArray> storage;
    for (const QString &part : command)
        storage.append(part.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);
    const QByteArray folder = workingDirectory.toLocal8Bit();

    QElapsedTimer clock;
    clock.start();
    const pid_t child = ::fork();
    if (child == 0) {
        if (!folder.isEmpty() && ::chdir(folder.constData()) != 0)
            ::_exit(126);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    Run run;
    int status = 0;
    rusage usage{};
    if (child > 0 && ::wait4(child, &status, 0, &usage) == child) {
        run.seconds = double(clock.nsecsElapsed()) / 1e9;
        run.peakMiB = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values.at(values.size() / 2);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A Hugo site as close to the export as a theme of a few lines gets: a page per story,
// the front page and a paginated list per category, tag and author, RSS for each list.
bool writeHugoSite(const QString &root)
{
    const QByteArray config = R"(baseURL = "https://news.example.kz/"
languageCode = "ru"
title = "Темиртауский вестник"
disableKinds = ["sitemap", "robotsTXT", "404"]
[pagination]
  pagerSize = 20
[taxonomies]
  category = "category"
  tag = "tags"
  author = "authors"
)";
    const QByteArray base = R"(<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{{ .Title }} — {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav>{{ range site.Taxonomies.category }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
{{ partialCached "feed.html" . }}
</body></html>
)";
    const QByteArray single = R"({{ define "main" }}<article><h1>{{ .Title }}</h1><p class="lead">{{ .Params.lead }}</p>
<p>{{ .Params.dateline }} · {{ .Date.Format "02.01.2006 15:04" }}</p>{{ .Content }}
<p>{{ range .Params.authors }}{{ . }} {{ end }}</p><ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></article>
<section><h2>Похожие статьи</h2><ul>{{ range first 4 (site.RegularPages.Related .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></section>{{ end }}
)";
    const QByteArray list = R"({{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
{{ range (.Paginate $pages).Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.lead }}</p>{{ .Date.Format "02.01.2006 15:04" }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
)";
    // The news feed on every page, built once (partialCached, as a Hugo theme should).
    const QByteArray feed = R"(<aside><h2>Лента новостей</h2><ul>{{ range first 12 site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02.01.2006 15:04" }}<p>{{ .Params.lead }}</p></li>{{ end }}</ul></aside>
)";
    return writeFile(root + u"/hugo.toml"_s, config) && writeFile(root + u"/layouts/_default/baseof.html"_s, base)
        && writeFile(root + u"/layouts/partials/feed.html"_s, feed)
        && writeFile(root + u"/layouts/_default/single.html"_s, single)
        && writeFile(root + u"/layouts/_default/list.html"_s, list)
        && writeFile(root + u"/static/style.css"_s, "body{font-family:serif}\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, also into a file
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Static export benchmark, against Hugo"_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"Stories (default 10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each program (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption workOption(u"work"_s, u"Keep the files here (default: a temporary folder)."_s, u"dir"_s);
    const QCommandLineOption withoutHugo(u"without-hugo"_s, u"Time Newsroom alone (a large archive's growth)."_s);
    parser.addOptions({countOption, runsOption, workOption, withoutHugo});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? QDir(parser.value(workOption)).absolutePath() : temporary.path();
    const QString newsroom = QCoreApplication::applicationDirPath() + u"/newsroom"_s;
    const QString database = work + u"/newsroom.db"_s;

    std::printf("Export benchmark: %d stories, %d runs each, in %s\n", count, runs, qPrintable(work));
    const Bench::Corpus corpus;
    const QString content = work + u"/hugo/content/posts"_s;
    if (!writeHugoSite(work + u"/hugo"_s))
        return 1;
    if (!QFileInfo::exists(database)) {
        for (int i = 0; i < count; ++i) {
            if (!writeFile(u"%1/story-%2.md"_s.arg(content).arg(i), corpus.story(i))) {
                std::fprintf(stderr, "cannot write the corpus in %s\n", qPrintable(content));
                return 1;
            }
        }
        const Run init = runChild({newsroom, u"init"_s, u"--database"_s, u"sqlite:"_s + database});
        const Run import = runChild({newsroom, u"import"_s, content, u"--database"_s, u"sqlite:"_s + database});
        if (init.exitCode != 0 || import.exitCode != 0) {
            std::fprintf(stderr, "newsroom init/import failed (%d, %d)\n", init.exitCode, import.exitCode);
            return 1;
        }
        std::printf("import into Newsroom (not compared): %.1f s\n", import.seconds);
    }

    QList<double> ourTime, ourMemory, hugoTime, hugoMemory;
    const QString ourOut = work + u"/out-newsroom"_s;
    const QString hugoOut = work + u"/out-hugo"_s;
    for (int r = 0; r < runs; ++r) {
        // Side by side, alternating, so a noisy neighbour hurts both alike; each starts
        // with the disk settled, so neither pays for what the other left to write.
        QDir(ourOut).removeRecursively();
        ::sync();
        const Run ours = runChild({newsroom, u"export"_s, u"--full"_s, u"--out"_s, ourOut, u"--base-url"_s,
                                   u"https://news.example.kz/"_s, u"--database"_s, u"sqlite:"_s + database});
        QDir(hugoOut).removeRecursively();
        ::sync();
        const Run hugo = parser.isSet(withoutHugo)
            ? Run{0, 0, 0}
            : runChild({u"hugo"_s, u"--quiet"_s, u"--source"_s, work + u"/hugo"_s, u"--destination"_s, hugoOut});
        if (ours.exitCode != 0 || hugo.exitCode != 0) {
            std::fprintf(stderr, "a run failed: newsroom %d, hugo %d\n", ours.exitCode, hugo.exitCode);
            return 1;
        }
        ourTime.append(ours.seconds);
        ourMemory.append(ours.peakMiB);
        hugoTime.append(hugo.seconds);
        hugoMemory.append(hugo.peakMiB);
        std::printf("run %d: newsroom %.2f s %.0f MiB; hugo %.2f s %.0f MiB\n", r + 1, ours.seconds, ours.peakMiB,
                    hugo.seconds, hugo.peakMiB);
    }

    // One story changes; the export after it rewrites what shows it.
    QList<double> incremental;
    {
        DatabaseUrl url;
        url.path = database;
        Expected<std::unique_ptr<Database>> db = Database::open(url);
        if (!db)
            return 1;
        ArticleRepository articles(**db);
        for (int r = 0; r < runs; ++r) {
            Expected<Article> story = articles.loadBySlug(u"story-%1"_s.arg(count / 2));
            if (!story)
                return 1;
            story->lead += u" Дополнено."_s;
            if (!articles.save(*story).ok())
                return 1;
            const Run again = runChild({newsroom, u"export"_s, u"--out"_s, ourOut, u"--base-url"_s,
                                        u"https://news.example.kz/"_s, u"--database"_s, u"sqlite:"_s + database});
            incremental.append(again.seconds);
        }
    }

    const double ours = median(ourTime), theirs = median(hugoTime);
    const double ourPeak = median(ourMemory), theirPeak = median(hugoMemory);
    std::printf("\n%-28s %10s %12s\n", "median of runs", "wall", "peak RSS");
    std::printf("%-28s %8.2f s %8.0f MiB\n", "newsroom export --full", ours, ourPeak);
    std::printf("%-28s %8.2f s %8.0f MiB\n", "hugo", theirs, theirPeak);
    std::printf("%-28s %8.2f s\n", "newsroom export, 1 changed", median(incremental));
    std::printf("Newsroom is %.1fx faster than Hugo and uses %.1fx less memory (%d stories)\n", theirs / ours,
                theirPeak / ourPeak, count);
    return 0;
}
