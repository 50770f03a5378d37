// SPDX-License-Identifier: GPL-3.0-or-later
#include "safewrite.h"

#include "syscalls.h"

#include "util/hugepages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <functional>
#include <cstring>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace statelens {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("statelens", s); }

QString sysError(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

bool syncDir(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = io::syscalls().fsyncDir(fd) == 0;
    const int err = errno;
    ::close(fd);
    errno = err;
    return ok;
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = io::syscalls().write(fd, data, size_t(qMin<qsizetype>(size, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) { // a full disk that reports no error: say so instead of looping
            errno = ENOSPC;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

bool inside(const QString& path, const QString& root)
{
    return !root.isEmpty() && !path.isEmpty() && (path == root || path.startsWith(root + u'/'));
}

QString kindOfNode(mode_t mode)
{
    if (S_ISFIFO(mode))
        return tr("a FIFO");
    if (S_ISSOCK(mode))
        return tr("a socket");
    if (S_ISCHR(mode))
        return tr("a character device");
    if (S_ISBLK(mode))
        return tr("a block device");
    if (S_ISDIR(mode))
        return tr("a folder");
    return tr("not a regular file");
}

Error notRegular(const QString& path, mode_t mode)
{
    return Error::io(path, tr("not a regular file (%1); StateLens does not open it").arg(kindOfNode(mode)));
}

Error statError(const QString& path, int err)
{
    return Error { err == ENOENT ? Error::Kind::NotFound : Error::Kind::Io, sysError(err), path };
}

/// Removes, once per folder and process, the temp files that StateLens's own atomic writes left there when
/// they were killed (their writer's pid is gone). Once: a folder of 100,000 task files is listed by the first
/// save into it, not by every one.
void removeStaleTempsOnce(const QString& dir)
{
    static QMutex mutex;
    static QSet<QString> done;
    {
        QMutexLocker locker(&mutex);
        if (done.contains(dir))
            return;
        done.insert(dir);
    }
    for (const StaleTemp& t : staleTemps(dir))
        ::unlink(QFile::encodeName(t.path).constData());
}

} // namespace

QList<StaleTemp> staleTemps(const QString& dir)
{
    static const QRegularExpression own(QStringLiteral("^\\..+\\.statelens-(\\d+)-[0-9a-f]+\\.tmp$"));
    QList<StaleTemp> out;
    DIR* d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return out;
    while (const dirent* e = ::readdir(d)) {
        if (e->d_name[0] != '.' || !std::strstr(e->d_name, ".statelens-"))
            continue; // the cheap test first: most names in a task folder are not temps
        const QString name = QFile::decodeName(e->d_name);
        const auto m = own.match(name);
        if (!m.hasMatch())
            continue;
        const pid_t pid = pid_t(m.captured(1).toLongLong());
        if (pid <= 0 || pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue; // its writer may still be running (or is ours)
        out.append({ dir + u'/' + name, qint64(pid) });
    }
    ::closedir(d);
    return out;
}

Result<void> checkConfined(const QString& path, const QString& root)
{
    const QString realRoot = QDir(root).canonicalPath();
    const QString dir = QFileInfo(path).absolutePath();
    const QString realDir = QDir(dir).canonicalPath();
    if (realDir.isEmpty())
        return {}; // the folder does not exist: nothing can be reached through it
    if (!inside(realDir, realRoot))
        return Error { Error::Kind::Validation,
                       tr("refusing to write: its folder is reached through a symlink that leaves the state folder (to %1)")
                           .arg(realDir),
                       path };
    return {};
}

Result<void> checkConfinedFile(const QString& path, const QString& root)
{
    if (auto r = checkConfined(path, root); !r)
        return r;
    const QFileInfo info(path);
    if (!info.isSymLink())
        return {};
    QString resolved = info.canonicalFilePath();
    if (resolved.isEmpty())
        resolved = info.symLinkTarget();
    const QString resolvedDir = QFileInfo(resolved).absoluteDir().canonicalPath();
    if (!inside(resolvedDir, QDir(root).canonicalPath()))
        return Error { Error::Kind::Validation,
                       tr("refusing to write through a symlink that leaves the state folder (to %1)").arg(resolved), path };
    return {};
}

Result<void> checkUnchanged(const QString& path, const FileStamp& expected)
{
    const FileStamp now = FileStamp::stat(path);
    if (!expected.exists) {
        if (now.exists)
            return Error { Error::Kind::Conflict, tr("file was created by someone else since it was read"), path };
        return {};
    }
    if (!now.exists)
        return Error { Error::Kind::Conflict, tr("file was deleted since it was read"), path };
    if (now.sameFile(expected))
        return {};
    if (now.size == expected.size && now.inode == expected.inode && !expected.hash.isEmpty()) {
        // Only the time changed (touch, or a rewrite with identical bytes): compare content.
        auto content = readFile(path);
        if (content && FileStamp::hashOf(*content) == expected.hash)
            return {};
    }
    return Error { Error::Kind::Conflict, tr("file changed on disk since it was read; reload or merge first"), path };
}

namespace {
/// Writes the new content into the temp file `fd`; false with errno set when it cannot.
using FillFunction = std::function<bool(int fd)>;

Result<FileStamp> writeAtomically(const QString& path, const FillFunction& fill, const QByteArray& hash,
                                  const WriteOptions& options);

/// Writes `c` into `fd`: the unchanged ranges copied by the kernel from c.baseFile while it is still the
/// version c.base was read from, the rest from memory.
bool fillSpliced(int fd, const SplicedContent& c)
{
    int src = -1;
    FileStamp before;
    if (!c.baseFile.isEmpty()) {
        src = ::open(QFile::encodeName(c.baseFile).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (src >= 0 && ::fstat(src, &st) == 0)
            before = FileStamp::fromStat(st);
        if (src >= 0 && (!before.sameFile(c.baseStamp) || before.size != c.base.size())) {
            ::close(src);
            src = -1;
        }
    }
    auto closeSource = [&]() {
        if (src >= 0) {
            const int err = errno;
            ::close(src);
            errno = err;
            src = -1;
        }
    };
    auto copyRange = [&](qsizetype from, qsizetype to) -> bool {
        while (src >= 0 && from < to) {
            off_t offset = off_t(from);
            const ssize_t n = io::syscalls().copyFileRange(src, &offset, fd, nullptr, size_t(to - from), 0);
            if (n > 0) {
                from += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n == 0 || errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) {
                closeSource(); // refused here (or the file shrank): the rest from memory
                break;
            }
            return false; // a full disk or an I/O error fails the save
        }
        return writeAll(fd, c.base.data() + from, to - from);
    };
    auto writeAllPieces = [&]() -> bool {
        qsizetype at = 0;
        for (const SplicedContent::Piece& p : c.pieces) {
            if (!copyRange(at, p.begin) || !writeAll(fd, p.text.constData(), p.text.size()))
                return false;
            at = p.end;
        }
        return copyRange(at, c.base.size());
    };
    if (!writeAllPieces()) {
        closeSource();
        return false;
    }
    if (src >= 0) {
        // Rewritten in place while we copied from it: what was copied may not be `base`. Write it all again.
        struct stat st;
        const bool same = ::fstat(src, &st) == 0 && FileStamp::fromStat(st).sameFile(before);
        closeSource();
        if (!same) {
            if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) != 0)
                return false;
            return writeAllPieces();
        }
    }
    return true;
}
} // namespace

qsizetype SplicedContent::size() const
{
    qsizetype n = base.size();
    for (const Piece& p : pieces)
        n += p.text.size() - (p.end - p.begin);
    return n;
}

Result<FileStamp> writeFileAtomically(const QString& path, const SplicedContent& content, const WriteOptions& options)
{
    ContentHasher hasher;
    qsizetype at = 0;
    for (const SplicedContent::Piece& p : content.pieces) {
        hasher.add(content.base.sliced(at, p.begin - at));
        hasher.add(p.text);
        at = p.end;
    }
    hasher.add(content.base.sliced(at));
    return writeAtomically(path, [&](int fd) { return fillSpliced(fd, content); }, hasher.finish(), options);
}

Result<FileStamp> writeFileAtomically(const QString& path, QByteArrayView content, const WriteOptions& options)
{
    return writeAtomically(path, [&](int fd) { return writeAll(fd, content.data(), content.size()); },
                           FileStamp::hashOf(content), options);
}

namespace {
Result<FileStamp> writeAtomically(const QString& path, const FillFunction& fill, const QByteArray& hash,
                                  const WriteOptions& options)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    QString target = info.absoluteFilePath();

    // A folder on the way that is a symlink out of the confining folder is never written through.
    if (!options.confineTo.isEmpty()) {
        if (auto r = checkConfined(target, options.confineTo); !r)
            return r.error();
    }
    // Writing through a symlink would replace the link with a file; write to its target instead (the
    // temp file goes next to the target, which is renamed over), but only inside the confining folder
    // unless the caller follows links anywhere (the top-level state file, as editors do).
    if (info.isSymLink()) {
        QString resolved = info.canonicalFilePath();
        if (resolved.isEmpty())
            resolved = info.symLinkTarget(); // dangling: the file it names is created
        if (!options.followLinkAnywhere) {
            const QString root = QDir(options.confineTo.isEmpty() ? dir : options.confineTo).canonicalPath();
            const QString resolvedDir = QFileInfo(resolved).absoluteDir().canonicalPath();
            if (!inside(resolvedDir, root))
                return Error { Error::Kind::Validation,
                               tr("refusing to write through a symlink that leaves the state folder (to %1)").arg(resolved),
                               path };
        }
        target = resolved;
    }
    const QString targetDir = QFileInfo(target).absolutePath();

    struct stat st;
    mode_t mode = mode_t(options.newFileMode);
    bool exists = false;
    if (::stat(QFile::encodeName(target).constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return notRegular(path, st.st_mode);
        exists = true;
        mode = st.st_mode & 07777;
    }
    if (options.mode)
        mode = mode_t(*options.mode);
    if (options.expected) {
        if (auto r = checkUnchanged(target, *options.expected); !r)
            return r.error();
    }

    removeStaleTempsOnce(targetDir);
    // The writer's pid is in the name, so that a temp left by a killed writer can be told from one in use.
    const QString tmp = targetDir + QStringLiteral("/.%1.statelens-%2-%3.tmp")
                                        .arg(QFileInfo(target).fileName())
                                        .arg(::getpid())
                                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::io(path, tr("cannot create temporary file in %1: %2").arg(targetDir, sysError(errno)));
    auto failWith = [&](const QString& what) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpName.constData());
        return Error::io(path, what + QStringLiteral(": ") + sysError(err));
    };
    if (!fill(fd))
        return failWith(tr("write failed"));
    if (::fchmod(fd, mode) != 0)
        return failWith(tr("cannot set file mode"));
    if (exists)
        (void)::fchown(fd, st.st_uid, st.st_gid); // best effort: only root may give files away
    if (io::syscalls().fsyncFile(fd) != 0)
        return failWith(tr("fsync failed"));
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return Error::io(path, tr("close failed: %1").arg(sysError(err)));
    }
    // Last look before the rename: a writer that landed while we were writing must not be overwritten.
    if (options.expected) {
        if (auto r = checkUnchanged(target, *options.expected); !r) {
            ::unlink(tmpName.constData());
            return r.error();
        }
    }
    if (io::syscalls().rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return Error::io(path, tr("rename failed: %1").arg(sysError(err)));
    }
    if (!syncDir(targetDir))
        return Error::io(path, tr("fsync of folder %1 failed: %2").arg(targetDir, sysError(errno)));
    FileStamp stamp = FileStamp::stat(target);
    stamp.hash = hash;
    return stamp;
}
} // namespace

bool isSpecialFile(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

Result<QByteArray> readFile(const QString& path)
{
    return readFileHead(path, -1);
}

Result<QByteArray> readFileHead(const QString& path, qint64 limit)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0)
        return statError(path, errno);
    // Opening a FIFO for reading waits for a writer, a device may do anything: only regular files are opened.
    if (!S_ISREG(st.st_mode))
        return notRegular(path, st.st_mode);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return statError(path, errno);
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { // replaced between the stat and the open
        ::close(fd);
        return notRegular(path, st.st_mode);
    }
    // Read straight into the buffer, sized from the stat; a file that grows meanwhile is read to its end.
    const qint64 want = limit < 0 ? qint64(st.st_size) : qMin<qint64>(limit, st.st_size);
    QByteArray data(qsizetype(want), Qt::Uninitialized);
    qsizetype got = 0;
    for (;;) {
        if (got == data.size()) {
            if (limit >= 0 && got >= limit)
                break;
            const qsizetype more = limit < 0 ? 65536 : qsizetype(qMin<qint64>(65536, limit - got));
            data.resize(got + more);
        }
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return Error::io(path, sysError(err));
        }
        if (n == 0)
            break;
        got += n;
    }
    data.truncate(got);
    ::close(fd);
    return data;
}

Result<StampedContent> readFileStamped(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        return Error { err == ENOENT ? Error::Kind::NotFound : Error::Kind::Io, sysError(err), path };
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return Error::io(path, sysError(err));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error::io(path, tr("not a regular file (a FIFO, socket or device is never read)"));
    }
    StampedContent out;
    out.stamp = FileStamp::fromStat(st);
    // Read what is there, whatever the size said: a file may grow or shrink while it is read.
    qsizetype capacity = qMax<qsizetype>(st.st_size, 0) + 1;
    out.content.resize(capacity);
    adviseHugePages(out.content.data(), size_t(capacity)); // a 100 MB state: 7,000 page faults, not 32,000
    qsizetype used = 0;
    for (;;) {
        if (used == capacity) {
            capacity = capacity * 2;
            out.content.resize(capacity);
        }
        const ssize_t n = ::read(fd, out.content.data() + used, size_t(capacity - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return Error::io(path, tr("read failed: %1").arg(sysError(err)));
        }
        if (n == 0)
            break;
        used += n;
    }
    ::close(fd);
    out.content.truncate(used);
    // A file rewritten in place while it was read keeps the stamp of the version it was opened as, and a
    // hash of the mixed bytes: a write against it then sees a conflict, never a match.
    out.stamp.hash = FileStamp::hashOf(out.content);
    return out;
}

Result<FileStamp> copyFileAtomically(const QString& from, const QString& to)
{
    auto data = readFile(from);
    if (!data)
        return data.error();
    WriteOptions opt;
    struct stat st;
    if (::stat(QFile::encodeName(from).constData(), &st) == 0)
        opt.mode = int(st.st_mode & 07777); // also over an older copy (a .bak) that was more open
    return writeFileAtomically(to, *data, opt);
}

Result<BackupCopy> linkOrCopyForBackup(const QString& from, const QString& to, bool mayLink)
{
    if (mayLink) {
        // linkat with AT_SYMLINK_FOLLOW: a link to the file a symlink points to, not to the symlink.
        if (io::syscalls().linkat(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                                  QFile::encodeName(to).constData(), AT_SYMLINK_FOLLOW)
            == 0) {
            const QString dir = QFileInfo(to).absolutePath();
            if (!syncDir(dir))
                return Error::io(to, tr("fsync of folder %1 failed: %2").arg(dir, sysError(errno)));
            return BackupCopy::Linked;
        }
        const int err = errno;
        if (err != EXDEV && err != EPERM && err != EMLINK && err != EOPNOTSUPP && err != ENOSYS)
            return Error::io(to, tr("cannot link %1 here: %2").arg(from, sysError(err)));
    }
    auto copied = copyFileAtomically(from, to); // fsyncs the file and the folder
    if (!copied)
        return copied.error();
    return BackupCopy::Copied;
}

Result<void> makeFolders(const QString& dir)
{
    const QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    struct stat st;
    if (::stat(QFile::encodeName(clean).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return {};
        return Error::io(clean, tr("cannot create the folder: %1").arg(sysError(ENOTDIR)));
    }
    const QString parent = QFileInfo(clean).path();
    if (parent != clean) {
        if (auto r = makeFolders(parent); !r)
            return r;
    }
    if (::mkdir(QFile::encodeName(clean).constData(), 0755) != 0 && errno != EEXIST)
        return Error::io(clean, tr("cannot create the folder: %1").arg(sysError(errno)));
    return {};
}

Result<void> removeFileDurably(const QString& path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return Error::io(path, tr("cannot remove: %1").arg(sysError(errno)));
    syncDir(QFileInfo(path).absolutePath());
    return {};
}

} // namespace statelens
