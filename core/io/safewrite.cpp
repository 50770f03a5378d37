// SPDX-License-Identifier: GPL-3.0-or-later
#include "safewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
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
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(qMin<qsizetype>(size, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

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

Result<FileStamp> writeFileAtomically(const QString& path, QByteArrayView content, const WriteOptions& options)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    QString target = info.absoluteFilePath();

    // Writing through a symlink would replace the link with a file; write to its target instead, but only
    // inside the confining folder.
    if (info.isSymLink()) {
        const QString resolved = info.symLinkTarget();
        const QString root = QDir(options.confineTo.isEmpty() ? dir : options.confineTo).canonicalPath();
        const QString resolvedDir = QFileInfo(resolved).absoluteDir().canonicalPath();
        if (root.isEmpty() || !(resolvedDir == root || resolvedDir.startsWith(root + u'/')))
            return Error { Error::Kind::Validation,
                           tr("refusing to write through a symlink that leaves the state folder (to %1)").arg(resolved),
                           path };
        target = resolved;
    }
    const QString targetDir = QFileInfo(target).absolutePath();

    struct stat st;
    mode_t mode = mode_t(options.newFileMode);
    bool exists = false;
    if (::stat(QFile::encodeName(target).constData(), &st) == 0) {
        exists = true;
        mode = st.st_mode & 07777;
    }
    if (options.expected) {
        if (auto r = checkUnchanged(target, *options.expected); !r)
            return r.error();
    }

    const QString tmp = targetDir + QStringLiteral("/.%1.statelens-%2.tmp")
                                        .arg(QFileInfo(target).fileName())
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
    if (!writeAll(fd, content.data(), content.size()))
        return failWith(tr("write failed"));
    if (::fchmod(fd, mode) != 0)
        return failWith(tr("cannot set file mode"));
    if (exists)
        (void)::fchown(fd, st.st_uid, st.st_gid); // best effort: only root may give files away
    if (::fsync(fd) != 0)
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
    if (::rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return Error::io(path, tr("rename failed: %1").arg(sysError(err)));
    }
    if (!syncDir(targetDir))
        return Error::io(path, tr("fsync of folder %1 failed: %2").arg(targetDir, sysError(errno)));
    FileStamp stamp = FileStamp::stat(target);
    stamp.hash = FileStamp::hashOf(content);
    return stamp;
}

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { f.error() == QFileDevice::OpenError && !f.exists() ? Error::Kind::NotFound : Error::Kind::Io,
                       f.errorString(), path };
    QByteArray data = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return Error::io(path, f.errorString());
    return data;
}

Result<FileStamp> copyFileAtomically(const QString& from, const QString& to)
{
    auto data = readFile(from);
    if (!data)
        return data.error();
    WriteOptions opt;
    struct stat st;
    if (::stat(QFile::encodeName(from).constData(), &st) == 0)
        opt.newFileMode = int(st.st_mode & 07777);
    return writeFileAtomically(to, *data, opt);
}

Result<BackupCopy> linkOrCopyForBackup(const QString& from, const QString& to, bool mayLink)
{
    if (mayLink) {
        // linkat with AT_SYMLINK_FOLLOW: a link to the file a symlink points to, not to the symlink.
        if (::linkat(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD, QFile::encodeName(to).constData(),
                     AT_SYMLINK_FOLLOW)
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

Result<void> removeFileDurably(const QString& path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return Error::io(path, tr("cannot remove: %1").arg(sysError(errno)));
    syncDir(QFileInfo(path).absolutePath());
    return {};
}

} // namespace statelens
