// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::Export", text);
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

OutputFolder::OutputFolder(const QDir &root)
    : m_root(root)
    , m_writers(std::make_unique<QThreadPool>())
    , m_failureLock(std::make_unique<QMutex>())
    , m_queue(std::make_unique<QSemaphore>(32))
{
    m_writers->setMaxThreadCount(4);
}

OutputFolder::~OutputFolder()
{
    if (m_writers)
        m_writers->waitForDone(); // the writers use this object's lock and queue
}

void OutputFolder::writeLater(const QString &target, const QByteArray &bytes)
{
    // A bounded queue: a big site is not held in memory waiting for the disk.
    m_queue->acquire();
    m_writers->start([this, target, bytes] {
        QString problem;
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            problem = tr("cannot create the folder for %1").arg(QDir::toNativeSeparators(target));
        } else {
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                problem = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
        }
        if (!problem.isEmpty()) {
            const QMutexLocker locked(m_failureLock.get());
            if (!m_failure)
                m_failure = failure(problem);
        }
        m_queue->release();
    });
}

Status OutputFolder::flush()
{
    m_writers->waitForDone();
    const QMutexLocker locked(m_failureLock.get());
    if (m_failure)
        return *m_failure;
    return Done{};
}

Expected<OutputFolder> OutputFolder::open(const QString &path, bool full)
{
    if (path.trimmed().isEmpty())
        return invalid(tr("say where to export the site with --out DIR"));
    QDir root(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    if (QFileInfo(root.path()).exists() && !QFileInfo(root.path()).isDir())
        return invalid(tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(root.path())));
    if (!root.exists() && !QDir().mkpath(root.path()))
        return failure(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(root.path())));
    OutputFolder folder(root);
    folder.m_full = full;
    folder.m_canonicalRoot = QFileInfo(root.path()).canonicalFilePath();

    QFile manifest(root.filePath(ManifestName));
    if (manifest.exists()) {
        if (!manifest.open(QIODevice::ReadOnly))
            return failure(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(manifest.fileName()), manifest.errorString()));
        const QJsonObject saved = QJsonDocument::fromJson(manifest.readAll()).object();
        const QJsonObject files = saved.value(u"files"_s).toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (isSafePath(it.key()))
                folder.m_previous.insert(it.key(), it.value().toString());
        }
        const QJsonObject inputs = saved.value(u"inputs"_s).toObject();
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            folder.m_previousInputs.insert(it.key(), it.value().toString());
    } else if (!root.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        // Never write over, or clean up, a folder that is not an export of ours.
        return invalid(tr("%1 has files in it that no export wrote; choose an empty folder or a previous export's")
                           .arg(QDir::toNativeSeparators(root.path())));
    }
    return folder;
}

bool OutputFolder::isSafePath(const QString &relativePath)
{
    static const QRegularExpression segment(u"^[a-z0-9_][a-z0-9_.-]*$"_s);
    if (relativePath.isEmpty() || relativePath.startsWith(u'/'))
        return false;
    for (const QString &part : relativePath.split(u'/')) {
        if (part == u"."_s || part == u".."_s || !segment.match(part).hasMatch() || part.contains(u".."_s))
            return false;
    }
    return true;
}

Expected<QString> OutputFolder::resolve(const QString &relativePath) const
{
    if (!isSafePath(relativePath))
        return invalid(tr("refused to write %1: not a safe path inside the site").arg(relativePath));
    const QString target = QDir::cleanPath(m_root.filePath(relativePath));
    // Whatever exists of the path on disk (a symbolic link planted in the folder) must
    // still lead inside it.
    QFileInfo existing(target);
    while (!existing.exists() && existing.absoluteFilePath() != m_root.path())
        existing = QFileInfo(existing.absolutePath());
    const QString canonical = existing.canonicalFilePath();
    if (canonical != m_canonicalRoot && !canonical.startsWith(m_canonicalRoot + u'/'))
        return invalid(tr("refused to write %1: it leads outside %2").arg(relativePath, m_root.path()));
    return target;
}

bool OutputFolder::keep(const QString &relativePath)
{
    if (m_full || !m_previous.contains(relativePath) || !QFileInfo::exists(m_root.filePath(relativePath)))
        return false;
    m_current.insert(relativePath, m_previous.value(relativePath));
    ++m_unchanged;
    return true;
}

bool OutputFolder::reuse(const QString &relativePath, const QString &inputs)
{
    // Only a hash of the inputs is kept: the manifest says nothing of the stories.
    const QString fingerprint = hashOf(inputs.toUtf8()).left(32);
    if (m_full || m_previousInputs.value(relativePath) != fingerprint || !keep(relativePath))
        return false;
    m_currentInputs.insert(relativePath, fingerprint);
    return true;
}

void OutputFolder::noteInputs(const QString &relativePath, const QString &inputs)
{
    m_currentInputs.insert(relativePath, hashOf(inputs.toUtf8()).left(32));
}

Status OutputFolder::put(const QString &relativePath, const QByteArray &bytes)
{
    const Expected<QString> target = resolve(relativePath);
    if (!target)
        return target.error();
    const QString hash = hashOf(bytes);
    if (m_current.contains(relativePath))
        return failure(tr("the export wrote %1 twice").arg(relativePath));
    m_current.insert(relativePath, hash);
    if (!m_full && m_previous.value(relativePath) == hash) {
        QFile existing(*target);
        // Unchanged since the last export, as far as its size tells cheaply.
        if (existing.exists() && existing.size() == bytes.size()) {
            ++m_unchanged;
            return Done{};
        }
    }
    writeLater(*target, bytes);
    ++m_written;
    const QMutexLocker locked(m_failureLock.get());
    if (m_failure)
        return *m_failure;
    return Done{};
}

Status OutputFolder::finish()
{
    if (Status written = flush(); !written)
        return written;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
        if (m_current.contains(it.key()))
            continue;
        const Expected<QString> target = resolve(it.key());
        if (target && QFile::remove(*target))
            ++m_removed;
    }
    // Folders the removals left empty go too (never the root).
    QStringList folders;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
        if (!m_current.contains(it.key()))
            folders.append(QFileInfo(m_root.filePath(it.key())).absolutePath());
    }
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders)) {
        if (folder.startsWith(m_root.path() + u'/'))
            QDir().rmdir(folder); // only when empty
    }

    QJsonObject files;
    QStringList paths = m_current.keys();
    std::sort(paths.begin(), paths.end());
    for (const QString &path : std::as_const(paths))
        files.insert(path, m_current.value(path));
    QJsonObject inputs;
    for (const QString &path : std::as_const(paths)) {
        if (m_currentInputs.contains(path))
            inputs.insert(path, m_currentInputs.value(path));
    }
    QSaveFile manifest(m_root.filePath(ManifestName));
    const QByteArray bytes
        = QJsonDocument(QJsonObject{{u"files"_s, files}, {u"inputs"_s, inputs}}).toJson(QJsonDocument::Indented);
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(bytes) != bytes.size() || !manifest.commit())
        return failure(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(manifest.fileName()), manifest.errorString()));
    return Done{};
}

} // namespace Newsroom
