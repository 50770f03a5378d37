// SPDX-License-Identifier: GPL-3.0-or-later
// An external writer for the watcher tests and benchmark: writes state files the way real tools do.
//
//   writer_files replace ROOT PATTERN COUNT [NFILES] [RATE]   StatefulObject (Python): temp file
//                                                             ".<name>.<8 random>.tmp", fsync, rename over
//   writer_files inplace ROOT PATTERN COUNT [NFILES] [RATE]   Node's writeFile: open with O_TRUNC, write
//                                                             (here in two halves), close
//   writer_files burst   ROOT PATTERN COUNT                   COUNT new files, as fast as possible
//
// PATTERN is relative to ROOT; "%1" in it is replaced by the file number (0 .. NFILES-1; for burst, the
// write number). Write i (1 .. COUNT) goes to file (i-1) % NFILES and holds {"file": k, "seq": i, ...}.
// RATE is writes per second (0: as fast as possible). After each write one line "i k t_ns" goes to stdout,
// t_ns being CLOCK_MONOTONIC when the write became visible.
#include <QByteArray>
#include <QDir>
#include "writerio.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

using statelens::test::monotonicNs;

namespace {

[[noreturn]] void fail(const char* what, const QByteArray& path)
{
    statelens::test::failWith("writer_files", what, path);
}

void writeAll(int fd, const char* data, qsizetype size, const QByteArray& path)
{
    statelens::test::writeAll("writer_files", fd, data, size, path);
}

QByteArray content(int file, int seq)
{
    // About 1.5 KB, so that a half-written file is clearly not valid JSON.
    QByteArray pad(1400, 'x');
    return QByteArray("{\n  \"file\": ") + QByteArray::number(file) + ",\n  \"pad\": \"" + pad
        + "\",\n  \"seq\": " + QByteArray::number(seq) + "\n}";
}

void writeReplace(const QByteArray& target, const QByteArray& data)
{
    const QFileInfo info(QFile::decodeName(target));
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789_";
    QByteArray random;
    for (int i = 0; i < 8; ++i)
        random += alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)];
    const QByteArray tmp = QFile::encodeName(info.absolutePath()) + "/." + QFile::encodeName(info.fileName())
        + '.' + random + ".tmp";
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        fail("cannot create", tmp);
    writeAll(fd, data.constData(), data.size(), tmp);
    if (::fsync(fd) != 0)
        fail("cannot fsync", tmp);
    ::close(fd);
    if (::rename(tmp.constData(), target.constData()) != 0)
        fail("cannot rename", tmp);
}

void writeInPlace(const QByteArray& target, const QByteArray& data)
{
    const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        fail("cannot open", target);
    const qsizetype half = data.size() / 2;
    writeAll(fd, data.constData(), half, target);
    writeAll(fd, data.constData() + half, data.size() - half, target);
    ::close(fd);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 5) {
        std::fprintf(
            stderr, "usage: writer_files replace|inplace|burst ROOT PATTERN COUNT [NFILES] [RATE]\n");
        return 1;
    }
    const QByteArray mode = argv[1];
    const QString root = QFile::decodeName(argv[2]);
    const QString pattern = QFile::decodeName(argv[3]);
    const int count = std::atoi(argv[4]);
    const int files = argc > 5 ? qMax(1, std::atoi(argv[5])) : 1;
    const double rate = argc > 6 ? std::atof(argv[6]) : 0.0;
    if (mode != "replace" && mode != "inplace" && mode != "burst") {
        std::fprintf(stderr, "writer_files: unknown mode %s\n", mode.constData());
        return 1;
    }
    const qint64 start = monotonicNs();
    for (int i = 1; i <= count; ++i) {
        if (rate > 0) {
            const qint64 due = start + qint64(double(i - 1) * 1e9 / rate);
            struct timespec ts
            {
                time_t(due / 1000000000LL), long(due % 1000000000LL)
            };
            while (::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) { }
        }
        const int k = mode == "burst" ? i : (i - 1) % files;
        const QString name = pattern.contains(QLatin1String("%1")) ? pattern.arg(k) : pattern;
        const QString path = root + u'/' + name;
        if (i <= files || mode == "burst")
            QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray target = QFile::encodeName(path);
        const QByteArray data = content(k, i);
        if (mode == "replace")
            writeReplace(target, data);
        else
            writeInPlace(target, data);
        std::printf("%d %d %lld\n", i, k, static_cast<long long>(monotonicNs()));
    }
    std::fflush(stdout);
    return 0;
}
