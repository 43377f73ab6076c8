// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace Newsroom {

// The folder a site is exported to, written safely and incrementally.
//
// New and changed files are first written to a staging folder inside it, without waiting
// for the disk after each. finish() makes them durable with one sync, moves each into
// place with an atomic rename (a reader sees the old file or the new one, never half of
// either), removes what the previous export wrote and this one did not, and writes the
// manifest last. An export that is cancelled or fails before finish() leaves the site
// exactly as it was; the next one clears the staging folder. A lock file keeps two
// exports from writing to one folder at once.
//
// The manifest holds a content hash of every file the export wrote, and for pages a
// fingerprint of what each was made from, so unchanged files are left alone and pages
// made from the same inputs are not even rendered. Paths are relative, made of checked
// segments, and must stay inside the folder once resolved.
//
// Nothing is deleted or overwritten that the export cannot prove it wrote: a file is
// replaced or removed only while its content still has the hash the manifest recorded.
// A file changed by hand, or one no export wrote, is kept and reported (kept()). A
// manifest that lists nothing is no proof the folder is ours; the staging folder is
// cleared of staged files only.
//
// After open(), put(), keep(), reuse() and the counters may be used from several threads.
class OutputFolder
{
public:
    static constexpr QLatin1StringView ManifestName{".newsroom-export.json"};
    static constexpr QLatin1StringView MarkdownManifestName{".newsroom-markdown.json"};
    static constexpr QLatin1StringView StagingName{".newsroom-staging"};
    static constexpr QLatin1StringView LockName{".newsroom-export.lock"};

    // What the folder holds: a site, or story files (export-markdown). Each has its own
    // manifest, so neither takes the other's folder for its own.
    enum class Kind { Site, Markdown };

    // `full`: rewrite every file whatever the manifest says.
    static Expected<OutputFolder> open(const QString &path, bool full, Kind kind = Kind::Site);
    OutputFolder(OutputFolder &&other) noexcept;
    OutputFolder &operator=(OutputFolder &&) = delete;
    ~OutputFolder(); // unless finished, the staged files go and the site stays as it was

    // Whether a relative path is one the export may write: segments of lower-case
    // letters, digits, '-', '_' and '.', no empty, "." or ".." segment, not absolute.
    static bool isSafePath(const QString &relativePath);

    // Writes `bytes` at `relativePath` unless the previous export wrote the same bytes
    // there and the file is still as it left it. `inputs`, when given, is what the page
    // was made from, for the next export's reuse().
    Status put(const QString &relativePath, const QByteArray &bytes, const QString &inputs = {});
    // Whether the previous export wrote this path (for files too costly to remake, such as
    // photo renditions named after their content): keeps it as it is.
    bool keep(const QString &relativePath);
    // Whether the previous export wrote this path, whatever it held.
    bool wroteBefore(const QString &relativePath) const { return m_previous.contains(relativePath); }
    // Whether the page at `relativePath` was made by the previous export from the same
    // inputs (a fingerprint of everything it shows): then it is kept without rendering.
    bool reuse(const QString &relativePath, const QString &inputs);

    // Moves the staged files into place, removes what the previous export wrote that this
    // one did not, and writes the manifest.
    Status finish();

    int written() const { return m_written.load(); }
    int unchanged() const { return m_unchanged.load(); }
    int removed() const { return m_removed; }
    // Files the export would have replaced or removed but did not, because they were
    // changed by hand or written by something else: one line each, saying which and why.
    QStringList kept() const { return m_kept; }
    QString path() const { return m_root.path(); }

private:
    explicit OutputFolder(const QDir &root);
    Expected<QString> resolve(const QString &relativePath) const;
    bool exists(const QString &relativePath); // under m_guard
    // Whether the file at `target` has the content the previous export recorded for it.
    bool stillAsWritten(const QString &relativePath, const QString &target) const;
    Status readManifest();
    Status prepareStaging();
    void discardStaging();
    Status moveStagedIntoPlace();
    void removeStale();
    Status writeManifest();

    struct Staged
    {
        QString file;   // in the staging folder
        QString target; // where it goes
    };

    QDir m_root;
    QString m_manifestName;
    QString m_canonicalRoot;
    QString m_staging;
    std::unique_ptr<QLockFile> m_lock;
    bool m_full = false;
    bool m_finished = false;
    // What the previous export wrote (path: content hash; path: inputs fingerprint); read
    // only once open() returns.
    QHash<QString, QString> m_previous;
    QHash<QString, QString> m_previousInputs;
    // What this export has: guarded by m_guard, as are m_staged and m_failure.
    std::unique_ptr<QMutex> m_guard;
    QHash<QString, QString> m_current;
    QHash<QString, QString> m_currentInputs;
    std::vector<Staged> m_staged;
    QHash<QString, QSet<QString>> m_listings; // folder: the names of its files
    std::atomic<int> m_written = 0;
    std::atomic<int> m_unchanged = 0;
    int m_removed = 0;
    QStringList m_kept; // under m_guard
};

// What an export did to its folder, in words: "12 files written, 3 unchanged, 1 removed",
// each count with its plural form in the interface's language.
QString describeFileCounts(int written, int unchanged, int removed);

} // namespace Newsroom
