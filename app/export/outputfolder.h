// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace Newsroom {

// The folder a site is exported to, written safely and incrementally. Every file goes
// through QSaveFile (a reader sees the old file or the new one, never half of either);
// a manifest of content hashes says what the previous export wrote, so unchanged files
// are left alone and files no longer part of the site are removed. The manifest is
// written last: an interrupted export leaves the previous site usable and the next
// export finishes the job. Paths are relative, made of checked segments, and must
// stay inside the folder once resolved.
class OutputFolder
{
public:
    static constexpr QLatin1StringView ManifestName{".newsroom-export.json"};

    // `full`: rewrite every file whatever the manifest says.
    static Expected<OutputFolder> open(const QString &path, bool full);
    OutputFolder(OutputFolder &&) = default;
    ~OutputFolder();

    // Whether a relative path is one the export may write: segments of lower-case
    // letters, digits, '-', '_' and '.', no empty, "." or ".." segment, not absolute.
    static bool isSafePath(const QString &relativePath);

    // Writes `bytes` at `relativePath` unless the previous export wrote the same bytes
    // there and the file is still as it left it.
    Status put(const QString &relativePath, const QByteArray &bytes);
    // Whether the previous export wrote this path (for files too costly to remake, such as
    // photo renditions named after their content): keeps it as it is.
    bool keep(const QString &relativePath);
    // Whether the page at `relativePath` was made by the previous export from the same
    // inputs (a fingerprint of everything it shows): then it is kept without rendering.
    bool reuse(const QString &relativePath, const QString &inputs);
    // Records the inputs of a page just put, for the next export's reuse().
    void noteInputs(const QString &relativePath, const QString &inputs);

    // Removes what the previous export wrote that this one did not, and writes the manifest.
    Status finish();
    // Waits for the files being written (finish() does too); the first failure, if any.
    Status flush();

    int written() const { return m_written; }
    int unchanged() const { return m_unchanged; }
    int removed() const { return m_removed; }
    QString path() const { return m_root.path(); }

private:
    explicit OutputFolder(const QDir &root);
    void writeLater(const QString &target, const QByteArray &bytes);
    Expected<QString> resolve(const QString &relativePath) const;

    QDir m_root;
    QString m_canonicalRoot;
    QHash<QString, QString> m_previous; // path: sha256 of the bytes written
    QHash<QString, QString> m_current;
    QHash<QString, QString> m_previousInputs; // path: fingerprint of what the page was made from
    QHash<QString, QString> m_currentInputs;
    bool m_full = false;
    int m_written = 0;
    int m_unchanged = 0;
    int m_removed = 0;
    // Files are written beside the rendering, a few at a time: QSaveFile waits for the
    // disk on each, and the disk can take several at once.
    std::unique_ptr<QThreadPool> m_writers;
    std::unique_ptr<QMutex> m_failureLock;
    std::unique_ptr<QSemaphore> m_queue; // files waiting for a writer, at most a few dozen
    std::optional<Error> m_failure;
};

} // namespace Newsroom
