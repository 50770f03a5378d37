// SPDX-License-Identifier: GPL-3.0-or-later
// A tool that keeps its state in a documented state folder and rewrites state.json from memory while
// StateLens saves next to it (tests/core/tst_concurrentsave):
//
//   statewriter_rmw STATE_FOLDER lock|nolock RATE NAMESPACE KEY
//
// Each write is a read-modify-write of the whole file: read state.json, set namespaces/NAMESPACE/KEY to
// the write's number (1, 2, …) and last_saved to now, serialize it again in its own style (QJsonDocument:
// keys sorted, two-space indentation), write a temp file, fsync, rename over state.json. With "lock" the
// whole read-modify-write holds flock on state.lock, as docs/FORMAT.md asks. RATE is writes per second.
// After each write one line "n read_ns rename_ns" goes to stdout (CLOCK_MONOTONIC when the read began and
// when the rename was done). A write that is late (a busy machine) is not made up for: there are never
// more than RATE writes a second. SIGTERM ends it after the write in progress, with exit status 0.
#include "writerio.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using statelens::test::monotonicNs;

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onTerm(int)
{
    g_stop = 1;
}

[[noreturn]] void fail(const char* what, const QByteArray& path)
{
    statelens::test::failWith("statewriter_rmw", what, path);
}

QByteArray readAll(const QByteArray& path)
{
    QFile f(QFile::decodeName(path));
    if (!f.open(QIODevice::ReadOnly))
        fail("cannot read", path);
    return f.readAll();
}

void replace(const QByteArray& target, const QByteArray& data)
{
    const QByteArray tmp = target + ".tmp-" + QByteArray::number(::getpid());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        fail("cannot create", tmp);
    statelens::test::writeAll("statewriter_rmw", fd, data.constData(), data.size(), tmp);
    if (::fsync(fd) != 0)
        fail("cannot fsync", tmp);
    ::close(fd);
    if (::rename(tmp.constData(), target.constData()) != 0)
        fail("cannot rename", tmp);
}

void sleepNs(qint64 ns)
{
    if (ns <= 0)
        return;
    struct timespec ts { time_t(ns / 1000000000), long(ns % 1000000000) };
    ::nanosleep(&ts, nullptr); // a SIGTERM cuts it short, which is what we want
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 6 || (QByteArray(argv[2]) != "lock" && QByteArray(argv[2]) != "nolock")) {
        std::fprintf(stderr, "usage: statewriter_rmw STATE_FOLDER lock|nolock RATE NAMESPACE KEY\n");
        return 1;
    }
    const QByteArray folder = argv[1];
    const bool locking = QByteArray(argv[2]) == "lock";
    const double rate = std::atof(argv[3]);
    const QString ns = QString::fromUtf8(argv[4]);
    const QString key = QString::fromUtf8(argv[5]);
    const QByteArray stateFile = folder + "/state.json";
    const QByteArray lockFile = folder + "/state.lock";
    std::signal(SIGTERM, onTerm);

    int lockFd = -1;
    if (locking) {
        lockFd = ::open(lockFile.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (lockFd < 0)
            fail("cannot open", lockFile);
    }
    const qint64 period = rate > 0 ? qint64(1e9 / rate) : 0;
    const QByteArray holder = "statewriter_rmw pid " + QByteArray::number(::getpid()) + '\n';
    for (int n = 1; !g_stop; ++n) {
        const qint64 begin = monotonicNs();
        if (locking) {
            if (::flock(lockFd, LOCK_EX) != 0)
                fail("cannot lock", lockFile);
            // Say who holds it, as docs/FORMAT.md asks of every writer.
            if (::ftruncate(lockFd, 0) == 0 && ::pwrite(lockFd, holder.constData(), size_t(holder.size()), 0) < 0)
                fail("cannot write", lockFile);
        }
        const qint64 readNs = monotonicNs();
        QJsonObject root = QJsonDocument::fromJson(readAll(stateFile)).object();
        if (root.isEmpty())
            fail("does not parse:", stateFile);
        QJsonObject namespaces = root.value(QStringLiteral("namespaces")).toObject();
        QJsonObject mine = namespaces.value(ns).toObject();
        mine.insert(key, n);
        namespaces.insert(ns, mine);
        root.insert(QStringLiteral("namespaces"), namespaces);
        root.insert(QStringLiteral("last_saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        replace(stateFile, QJsonDocument(root).toJson(QJsonDocument::Indented));
        const qint64 renameNs = monotonicNs();
        if (locking)
            ::flock(lockFd, LOCK_UN);
        std::printf("%d %lld %lld\n", n, static_cast<long long>(readNs), static_cast<long long>(renameNs));
        std::fflush(stdout);
        sleepNs(begin + period - monotonicNs()); // a late write does not make the next one come sooner
    }
    return 0;
}
