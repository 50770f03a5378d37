// SPDX-License-Identifier: GPL-3.0-or-later
// Parse throughput and peak memory of StateLens's lossless JSON layer against QJsonDocument, on a
// generated state.json. Each measurement runs in a child process so that peaks do not mix.
//   bench_json [--size-mb N] [--runs N]
#include "json/jsondocument.h"
#include "statemaker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace statelens;

namespace {

long maxRssKb()
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

struct Measure
{
    double seconds = 0;
    long peakKb = 0; // peak RSS of the child, file bytes included
    long baseKb = 0; // RSS before reading the file
};

// Runs `parse` in a forked child; the child reports time and peak RSS through a pipe.
template<typename F>
Measure inChild(const QString& path, F parse)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        Measure m;
        m.baseKb = maxRssKb();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QByteArray data = f.readAll();
        QElapsedTimer t;
        t.start();
        const bool ok = parse(std::move(data));
        m.seconds = t.nsecsElapsed() / 1e9;
        m.peakKb = maxRssKb();
        if (!ok)
            m.seconds = -1;
        (void)!write(fds[1], &m, sizeof m);
        _exit(0);
    }
    close(fds[1]);
    Measure m;
    (void)!read(fds[0], &m, sizeof m);
    close(fds[0]);
    waitpid(pid, nullptr, 0);
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 sizeMb = args.contains(QStringLiteral("--size-mb")) ? args.value(args.indexOf(QStringLiteral("--size-mb")) + 1).toLongLong() : 100;
    const int runs = args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 3;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    {
        const QByteArray text = bench::makeStateJson(sizeMb << 20);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
    }
    const double mb = QFileInfo(path).size() / double(1 << 20);
    std::printf("state.json: %.1f MiB (generated), %d runs each, best time, peak RSS of a child process\n\n", mb, runs);
    std::printf("%-28s %10s %12s %14s %12s\n", "parser", "time (s)", "MiB/s", "peak RSS MiB", "x file size");

    auto report = [&](const char* name, auto parse) {
        Measure best;
        best.seconds = 1e9;
        for (int i = 0; i < runs; ++i) {
            const Measure m = inChild(path, parse);
            if (m.seconds < 0) {
                std::printf("%-28s failed to parse\n", name);
                return 0.0;
            }
            if (m.seconds < best.seconds)
                best = m;
        }
        const double peakMb = (best.peakKb - best.baseKb) / 1024.0;
        std::printf("%-28s %10.3f %12.1f %14.1f %12.2f\n", name, best.seconds, mb / best.seconds, peakMb, peakMb / mb);
        return mb / best.seconds;
    };
    const double ours = report("statelens json::Document", [](QByteArray data) {
        auto doc = json::Document::parse(std::move(data));
        return bool(doc);
    });
    const double qt = report("QJsonDocument::fromJson", [](QByteArray data) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
        return err.error == QJsonParseError::NoError && !doc.isNull();
    });
    std::printf("\nthroughput ratio: %.2fx QJsonDocument (target: >= 2x); peak target: <= 3x the file size\n", ours / qt);
    return 0;
}
