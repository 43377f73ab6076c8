// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstdio>

#define XXH_INLINE_ALL
#include <xxhash.h>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// The manifest's hashes: XXH3, 128 bits. They tell a changed file from an unchanged one
// at memory speed; nothing trusts them against someone who writes to the folder.
constexpr int ManifestFormat = 2;

QString hashOf(QByteArrayView bytes)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(bytes.data(), size_t(bytes.size())));
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(canonical.digest), sizeof(canonical.digest)).toHex());
}

QString fingerprintOf(const QString &inputs)
{
    return hashOf(QByteArrayView(reinterpret_cast<const char *>(inputs.constData()), inputs.size() * 2));
}

// Why a write failed, in words. QFile says "Unknown error" when a file-size limit (ulimit
// -f) stops it, so errno, taken right after the write, speaks first.
QString writeFailure(const QFileDevice &file, int error)
{
    if (error == EFBIG)
        return Words::tr("the file would pass the size limit for one file (ulimit -f)");
    if (error == ENOSPC)
        return Words::tr("the disk is full");
    if (error != 0)
        return qt_error_string(error);
    return file.errorString();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Makes what was written to this file system durable: one sync for thousands of files
// instead of one for each.
void syncFileSystem(const QString &folder, const std::vector<QString> &files)
{
#if defined(Q_OS_LINUX)
    Q_UNUSED(files);
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
#elif defined(Q_OS_UNIX)
    Q_UNUSED(folder);
    for (const QString &name : files) {
        const int fd = ::open(QFile::encodeName(name).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
#else
    Q_UNUSED(folder);
    Q_UNUSED(files);
#endif
}

} // namespace

OutputFolder::OutputFolder(const QDir &root)
    : m_root(root)
    , m_guard(std::make_unique<QMutex>())
{
}

OutputFolder::OutputFolder(OutputFolder &&other) noexcept
    : m_root(std::move(other.m_root))
    , m_manifestName(std::move(other.m_manifestName))
    , m_canonicalRoot(std::move(other.m_canonicalRoot))
    , m_staging(std::move(other.m_staging))
    , m_lock(std::move(other.m_lock))
    , m_full(other.m_full)
    , m_finished(other.m_finished)
    , m_previous(std::move(other.m_previous))
    , m_previousInputs(std::move(other.m_previousInputs))
    , m_guard(std::move(other.m_guard))
    , m_current(std::move(other.m_current))
    , m_currentInputs(std::move(other.m_currentInputs))
    , m_staged(std::move(other.m_staged))
    , m_written(other.m_written.load())
    , m_unchanged(other.m_unchanged.load())
    , m_removed(other.m_removed)
    , m_kept(std::move(other.m_kept))
{
    other.m_staging.clear();
    other.m_finished = true;
}

OutputFolder::~OutputFolder()
{
    if (!m_finished)
        discardStaging();
}

Expected<OutputFolder> OutputFolder::open(const QString &path, bool full, Kind kind)
{
    if (path.trimmed().isEmpty())
        return invalid(Words::tr("say where to export the site with --out DIR"));
    QDir root(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    if (QFileInfo(root.path()).exists() && !QFileInfo(root.path()).isDir())
        return invalid(Words::tr("%1 is a file, not a folder").arg(native(root.path())));
    if (!root.exists() && !QDir().mkpath(root.path()))
        return failure(Words::tr("cannot create the folder %1").arg(native(root.path())));
    OutputFolder folder(root);
    folder.m_full = full;
    folder.m_manifestName = kind == Kind::Site ? ManifestName : MarkdownManifestName;
    folder.m_canonicalRoot = QFileInfo(root.path()).canonicalFilePath();
    folder.m_lock = std::make_unique<QLockFile>(root.filePath(LockName));
    folder.m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!folder.m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        folder.m_lock->getLockInfo(&pid, &host, &application);
        return failure(Words::tr("another export (process %1) is writing to %2; try again when it has finished")
                           .arg(pid)
                           .arg(native(root.path())));
    }
    if (Status read = folder.readManifest(); !read)
        return read.error();
    // Never write into a folder that is not an export of this kind: without a manifest
    // that lists what it wrote (an empty or unreadable one proves nothing), the folder
    // must hold nothing but what an export leaves.
    if (folder.m_previous.isEmpty()) {
        const QStringList entries = root.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QString &entry : entries) {
            if (entry != StagingName && entry != LockName && entry != folder.m_manifestName)
                return invalid(Words::tr("%1 has files in it that no export wrote; choose an empty folder or a previous export's")
                                   .arg(native(root.path())));
        }
    }
    if (Status staged = folder.prepareStaging(); !staged)
        return staged.error();
    return folder;
}

namespace {

// The manifest as writeManifest() lays it out, read line by line: a hundred thousand
// entries in a few milliseconds. Anything else is left to the JSON parser.
bool readOwnLayout(const QByteArray &bytes, QHash<QString, QString> *files, QHash<QString, QString> *inputs)
{
    static const QByteArray formatLine = "    \"format\": " + QByteArray::number(ManifestFormat) + ',';
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.size() < 4 || lines.at(0) != "{" || lines.at(1) != formatLine)
        return false;
    QHash<QString, QString> *section = nullptr;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line == "    \"files\": {") {
            section = files;
        } else if (line == "    \"inputs\": {") {
            section = inputs;
        } else if (line.startsWith("        \"") && section) {
            const qsizetype split = line.indexOf("\": \"", 9);
            const qsizetype end = line.endsWith(',') ? line.size() - 2 : line.size() - 1;
            if (split < 0 || end <= split + 4 || line.at(end) != '"')
                return false;
            section->insert(QString::fromUtf8(line.mid(9, split - 9)), QString::fromLatin1(line.mid(split + 4, end - split - 4)));
        } else if (line != "    }," && line != "    }" && line != "}" && !line.isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

Status OutputFolder::readManifest()
{
    QFile manifest(m_root.filePath(m_manifestName));
    if (!manifest.exists())
        return Done{};
    if (!manifest.open(QIODevice::ReadOnly))
        return failure(Words::tr("cannot read %1: %2").arg(native(manifest.fileName()), manifest.errorString()));
    const QByteArray bytes = manifest.readAll();
    QHash<QString, QString> files, inputs;
    if (!readOwnLayout(bytes, &files, &inputs)) {
        files.clear();
        inputs.clear();
        const QJsonObject saved = QJsonDocument::fromJson(bytes).object();
        // An older manifest's hashes are of another kind: its paths still say what to clean up.
        const bool comparable = saved.value(u"format"_s).toInt() == ManifestFormat;
        const QJsonObject listed = saved.value(u"files"_s).toObject();
        for (auto it = listed.begin(); it != listed.end(); ++it)
            files.insert(it.key(), comparable ? it.value().toString() : QString());
        const QJsonObject made = comparable ? saved.value(u"inputs"_s).toObject() : QJsonObject();
        for (auto it = made.begin(); it != made.end(); ++it)
            inputs.insert(it.key(), it.value().toString());
    }
    m_previous.reserve(files.size());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (isSafePath(it.key()))
            m_previous.insert(it.key(), it.value());
    }
    m_previousInputs = std::move(inputs);
    return Done{};
}

Status OutputFolder::prepareStaging()
{
    // What an interrupted export staged is of no use: it starts afresh. Only files named
    // as put() names them go; anything else found there is someone's, and stops the export.
    m_staging = m_root.filePath(StagingName);
    const QFileInfo existing(m_staging);
    if (existing.isSymLink() || (existing.exists() && !existing.isDir())) {
        const QString folder = m_staging;
        m_staging.clear();
        return invalid(Words::tr("%1 is not a folder the export made; move it away").arg(native(folder)));
    }
    if (existing.exists()) {
        static const QRegularExpression stagedName(u"^[0-9]+\\.staged$"_s);
        QDir leftovers(m_staging);
        for (const QFileInfo &entry : leftovers.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            if (entry.isFile() && !entry.isSymLink() && stagedName.match(entry.fileName()).hasMatch())
                QFile::remove(entry.filePath());
        }
        if (!QDir().rmdir(m_staging)) {
            const QString folder = m_staging;
            m_staging.clear();
            return invalid(Words::tr("%1 holds files no export staged; move them away, and export again").arg(native(folder)));
        }
    }
    if (!QDir().mkdir(m_staging) || QFileInfo(m_staging).canonicalFilePath() != m_canonicalRoot + u'/' + StagingName) {
        const QString folder = m_staging;
        m_staging.clear();
        return failure(Words::tr("cannot create the folder %1").arg(native(folder)));
    }
    return Done{};
}

void OutputFolder::discardStaging()
{
    if (!m_staging.isEmpty()) {
        // The files this export staged and did not move into place, then the folder.
        for (const Staged &staged : m_staged) {
            if (!staged.file.isEmpty())
                QFile::remove(staged.file);
        }
        QDir().rmdir(m_staging);
    }
    m_staging.clear();
    if (m_lock)
        m_lock->unlock();
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
        return invalid(Words::tr("refused to write %1: not a safe path inside the site").arg(relativePath));
    const QString target = QDir::cleanPath(m_root.filePath(relativePath));
    // Whatever exists of the path on disk (a symbolic link planted in the folder) must
    // still lead inside it. The file itself is replaced by a rename, which never follows
    // a link, so its folder is what matters.
    QFileInfo existing(QFileInfo(target).absolutePath());
    while (!existing.exists() && existing.absoluteFilePath() != m_root.path())
        existing = QFileInfo(existing.absolutePath());
    const QString canonical = existing.canonicalFilePath();
    if (canonical != m_canonicalRoot && !canonical.startsWith(m_canonicalRoot + u'/'))
        return invalid(Words::tr("refused to write %1: it leads outside %2").arg(relativePath, m_root.path()));
    return target;
}

bool OutputFolder::exists(const QString &relativePath)
{
    // One listing of each folder rather than a look at each of fifty thousand files.
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : relativePath.left(slash);
    auto listing = m_listings.constFind(folder);
    if (listing == m_listings.cend()) {
        const QStringList names = QDir(m_root.filePath(folder)).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Unsorted);
        listing = m_listings.insert(folder, QSet<QString>(names.cbegin(), names.cend()));
    }
    return listing->contains(relativePath.mid(slash + 1));
}

bool OutputFolder::stillAsWritten(const QString &relativePath, const QString &target) const
{
    const QString recorded = m_previous.value(relativePath);
    if (recorded.isEmpty())
        return false;
    QFile file(target);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hashOf(file.readAll()) == recorded;
}

bool OutputFolder::keep(const QString &relativePath)
{
    const QString previous = m_previous.value(relativePath);
    const QMutexLocker locked(m_guard.get());
    if (m_full || previous.isEmpty() || !exists(relativePath))
        return false;
    m_current.insert(relativePath, previous);
    ++m_unchanged;
    return true;
}

bool OutputFolder::reuse(const QString &relativePath, const QString &inputs)
{
    // Only a hash of the inputs is kept: the manifest says nothing of the stories.
    if (m_full)
        return false;
    const QString fingerprint = fingerprintOf(inputs);
    if (m_previousInputs.value(relativePath) != fingerprint || !keep(relativePath))
        return false;
    const QMutexLocker locked(m_guard.get());
    m_currentInputs.insert(relativePath, fingerprint);
    return true;
}

Status OutputFolder::put(const QString &relativePath, const QByteArray &bytes, const QString &inputs)
{
    const Expected<QString> target = resolve(relativePath);
    if (!target)
        return target.error();
    const QString hash = hashOf(bytes);
    const QString fingerprint = inputs.isEmpty() ? QString() : fingerprintOf(inputs);
    qsizetype number = 0;
    {
        const QMutexLocker locked(m_guard.get());
        if (m_current.contains(relativePath))
            return failure(Words::tr("the export wrote %1 twice").arg(relativePath));
        m_current.insert(relativePath, hash);
        if (!fingerprint.isEmpty())
            m_currentInputs.insert(relativePath, fingerprint);
        number = qsizetype(m_staged.size());
        m_staged.push_back({});
    }
    // Unchanged since the last export, as far as its size tells cheaply: left alone.
    if (!m_full && m_previous.value(relativePath) == hash && QFileInfo(*target).size() == bytes.size()) {
        ++m_unchanged;
        return Done{};
    }
    // A file already there is replaced only when it is the one the last export wrote.
    bool there = false;
    {
        const QMutexLocker locked(m_guard.get());
        there = exists(relativePath);
    }
    if (there && !stillAsWritten(relativePath, *target)) {
        const QMutexLocker locked(m_guard.get());
        // Still ours in the manifest when we wrote it (so it is told apart from a stranger's
        // next time too, and managed again once put back); never listed when we did not.
        if (m_previous.contains(relativePath))
            m_current.insert(relativePath, m_previous.value(relativePath));
        else
            m_current.remove(relativePath);
        m_currentInputs.remove(relativePath);
        m_kept.append(m_previous.contains(relativePath)
                          ? Words::tr("%1: changed since the export wrote it; kept, and not brought up to date. Move it away "
                               "to let the export write it again")
                                .arg(native(*target))
                          : Words::tr("%1: no export wrote it; kept, and not replaced. Move it away to let the export write "
                               "it")
                                .arg(native(*target)));
        return Done{};
    }
    const QString file = m_staging + u'/' + QString::number(number) + u".staged"_s;
    QFile staged(file);
    if (!staged.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failure(Words::tr("cannot write %1: %2").arg(native(*target), staged.errorString()));
    errno = 0;
    if (staged.write(bytes) != bytes.size() || !staged.flush())
        return failure(Words::tr("cannot write %1: %2").arg(native(*target), writeFailure(staged, errno)));
    staged.close();
    {
        const QMutexLocker locked(m_guard.get());
        m_staged[size_t(number)] = {file, *target};
    }
    ++m_written;
    return Done{};
}

Status OutputFolder::moveStagedIntoPlace()
{
    std::vector<QString> files;
    files.reserve(m_staged.size());
    for (const Staged &staged : m_staged) {
        if (!staged.file.isEmpty())
            files.push_back(staged.file);
    }
    if (files.empty())
        return Done{};
    syncFileSystem(m_root.path(), files);
    QSet<QString> folders;
    for (const Staged &staged : m_staged) {
        if (staged.file.isEmpty())
            continue;
        const QString folder = QFileInfo(staged.target).absolutePath();
        if (!folders.contains(folder)) {
            if (!QDir().mkpath(folder))
                return failure(Words::tr("cannot create the folder %1").arg(native(folder)));
            folders.insert(folder);
        }
        if (std::rename(QFile::encodeName(staged.file).constData(), QFile::encodeName(staged.target).constData()) != 0)
            return failure(Words::tr("cannot write %1: %2").arg(native(staged.target), qt_error_string(errno)));
    }
    // The renames themselves, before the manifest says they happened.
    syncFileSystem(m_root.path(), {});
    return Done{};
}

void OutputFolder::removeStale()
{
    QStringList folders;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
        if (m_current.contains(it.key()))
            continue;
        folders.append(QFileInfo(m_root.filePath(it.key())).absolutePath());
        const Expected<QString> target = resolve(it.key());
        if (!target || !QFileInfo::exists(*target))
            continue;
        if (!stillAsWritten(it.key(), *target)) {
            m_kept.append(Words::tr("%1: changed since the export wrote it; kept, though the site no longer needs it")
                              .arg(native(*target)));
            m_current.insert(it.key(), it.value()); // still ours: said again next time
            continue;
        }
        if (QFile::remove(*target))
            ++m_removed;
    }
    // Folders the removals left empty go too (never the root).
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
    for (const QString &folder : std::as_const(folders)) {
        if (folder.startsWith(m_root.path() + u'/'))
            QDir().rmdir(folder); // only when empty
    }
}

Status OutputFolder::writeManifest()
{
    // Written by hand, a line a file: a site of fifty thousand pages has a manifest of
    // over a hundred thousand entries. Paths are safe paths, hashes hex: nothing to escape.
    QStringList paths = m_current.keys();
    std::sort(paths.begin(), paths.end());
    QByteArray bytes;
    bytes.reserve(paths.size() * 120);
    bytes += "{\n    \"format\": " + QByteArray::number(ManifestFormat) + ",\n    \"files\": {";
    const char *separator = "\n";
    for (const QString &path : std::as_const(paths)) {
        bytes += separator;
        bytes += "        \"" + path.toUtf8() + "\": \"" + m_current.value(path).toLatin1() + '"';
        separator = ",\n";
    }
    bytes += "\n    },\n    \"inputs\": {";
    separator = "\n";
    for (const QString &path : std::as_const(paths)) {
        const auto fingerprint = m_currentInputs.constFind(path);
        if (fingerprint == m_currentInputs.cend())
            continue;
        bytes += separator;
        bytes += "        \"" + path.toUtf8() + "\": \"" + fingerprint->toLatin1() + '"';
        separator = ",\n";
    }
    bytes += "\n    }\n}\n";
    QSaveFile manifest(m_root.filePath(m_manifestName));
    if (!manifest.open(QIODevice::WriteOnly))
        return failure(Words::tr("cannot write %1: %2").arg(native(manifest.fileName()), manifest.errorString()));
    errno = 0;
    if (manifest.write(bytes) != bytes.size() || !manifest.commit())
        return failure(Words::tr("cannot write %1: %2").arg(native(manifest.fileName()), writeFailure(manifest, errno)));
    return Done{};
}

Status OutputFolder::finish()
{
    if (Status moved = moveStagedIntoPlace(); !moved)
        return moved;
    removeStale();
    // Nothing new to say: the manifest stays as it is.
    const bool same = m_written == 0 && m_removed == 0 && m_current == m_previous && m_currentInputs == m_previousInputs;
    if (Status written = same ? Status(Done{}) : writeManifest(); !written)
        return written;
    m_finished = true;
    discardStaging();
    return Done{};
}

QString describeFileCounts(int written, int unchanged, int removed)
{
    return QStringList{Words::tr("%n file(s) written", nullptr, written),
                       Words::tr("%n unchanged", "files", unchanged),
                       Words::tr("%n removed", "files", removed)}
        .join(Words::tr(", ", "between the counts of a list"));
}

} // namespace Newsroom
