// SPDX-License-Identifier: GPL-3.0-or-later
// Latency of StateWatcher, from a write by another process to filesChanged(), with 100,000 task files in
// the watched folder. The writer (tests/helpers/writer_files) writes 20 of them in turn, by rename or in
// place, at a fixed rate, and prints when each write became visible (CLOCK_MONOTONIC).
//
//   bench_watch_latency [--files 100000] [--writes 1000] [--poll-writes 200] [--dir /tmp] [--writer PATH]
//                       [--only inotify|polling]
#include "watch/statewatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include "benchclock.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace statelens;
using bench::cpuSeconds;
using bench::monotonicNs;
using bench::percentile;

namespace {

constexpr int kTargets = 20;

int seqOf(const QByteArray& content)
{
    const qsizetype at = content.lastIndexOf("\"seq\": ");
    return at < 0 ? -1 : content.mid(at + 7).trimmed().chopped(1).trimmed().toInt();
}

struct Detection
{
    int seq;
    qint64 ns;
};

struct Row
{
    QString name;
    int writes = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    int missedFinal = 0;
    int reports = 0;
    double cpu = 0;
    double seconds = 0;
};

Row runScenario(StateWatcher& watcher, const QString& writer, const QString& root, const QString& mode,
    int writes, double rate, const QString& name)
{
    QHash<QString, int> targetIndex;
    for (int k = 0; k < kTargets; ++k)
        targetIndex.insert(root + QStringLiteral("/tasks/task-%1.json").arg(k), k);
    QList<QList<Detection>> detections(kTargets);
    int reports = 0;
    const auto connection
        = QObject::connect(&watcher, &StateWatcher::filesChanged, [&](const QList<FileChange>& changes) {
              const qint64 now = monotonicNs();
              ++reports;
              for (const FileChange& c : changes) {
                  const int k = targetIndex.value(c.path, -1);
                  if (k < 0)
                      continue;
                  const Result<QByteArray> content = c.readContent();
                  if (content)
                      detections[k].append({ seqOf(*content), now });
              }
          });

    const double cpuBefore = cpuSeconds();
    QElapsedTimer elapsed;
    elapsed.start();
    QProcess process;
    process.start(writer,
        { mode, root, QStringLiteral("tasks/task-%1.json"), QString::number(writes),
            QString::number(kTargets), QString::number(rate) });
    {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        process.waitForStarted();
        if (process.state() == QProcess::Running)
            loop.exec();
    }
    // The final write of each target, then 30 s at most for the watcher to report it.
    QList<QPair<int, qint64>> written(writes + 1, { -1, 0 });
    QList<int> finalSeq(kTargets, -1);
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f[0].toInt() > 0 && f[0].toInt() <= writes) {
            written[f[0].toInt()] = { f[1].toInt(), f[2].toLongLong() };
            finalSeq[f[1].toInt()] = f[0].toInt();
        }
    }
    const auto allFinalSeen = [&] {
        for (int k = 0; k < kTargets; ++k) {
            if (finalSeq[k] > 0 && (detections[k].isEmpty() || detections[k].last().seq < finalSeq[k]))
                return false;
        }
        return true;
    };
    const qint64 deadline = monotonicNs() + 30'000'000'000LL;
    if (!allFinalSeen()) {
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (allFinalSeen() || monotonicNs() > deadline)
                loop.quit();
        });
        check.start(10);
        loop.exec();
    }
    QObject::disconnect(connection);

    Row row;
    row.name = name;
    row.seconds = double(elapsed.elapsed()) / 1000.0;
    row.cpu = cpuSeconds() - cpuBefore;
    row.reports = reports;
    std::vector<double> latencies;
    for (int i = 1; i <= writes; ++i) {
        const auto [k, t] = written[i];
        if (k < 0)
            continue;
        ++row.writes;
        for (const Detection& d : std::as_const(detections[k])) {
            if (d.seq >= i && d.ns >= t - 1'000'000'000LL) {
                latencies.push_back(std::max(0.0, double(d.ns - t) / 1e6));
                break;
            }
        }
    }
    for (int k = 0; k < kTargets; ++k) {
        if (finalSeq[k] > 0 && (detections[k].isEmpty() || detections[k].last().seq < finalSeq[k]))
            ++row.missedFinal;
    }
    row.p50 = percentile(latencies, 0.50);
    row.p95 = percentile(latencies, 0.95);
    row.p99 = percentile(latencies, 0.99);
    row.max = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
    std::printf("  %-34s done in %.1f s\n", qPrintable(name), row.seconds);
    std::fflush(stdout);
    return row;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int files = 100000, writes = 1000, pollWrites = 200;
    QString only;
    QString base = QDir::tempPath();
    QString writer = bench::defaultWriterProgram();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--files")
            files = args[i + 1].toInt();
        else if (args[i] == u"--writes")
            writes = args[i + 1].toInt();
        else if (args[i] == u"--poll-writes")
            pollWrites = args[i + 1].toInt();
        else if (args[i] == u"--dir")
            base = args[i + 1];
        else if (args[i] == u"--writer")
            writer = args[i + 1];
        else if (args[i] == u"--only")
            only = args[i + 1]; // "inotify" or "polling"
    }
    QTemporaryDir dir(base + QStringLiteral("/bench_watch-XXXXXX"));
    const QString root = dir.path();
    QDir(root).mkpath(QStringLiteral("tasks"));
    QElapsedTimer t;
    t.start();
    const QByteArray task = R"({"id": "x", "status": "pending", "tool": "claude", "logs": []})";
    for (int i = 0; i < files; ++i) {
        const QByteArray p = QFile::encodeName(root + QStringLiteral("/tasks/task-%1.json").arg(i));
        const int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || ::write(fd, task.constData(), size_t(task.size())) != task.size()) {
            std::fprintf(stderr, "cannot write %s\n", p.constData());
            return 1;
        }
        ::close(fd);
    }
    std::printf("%d task files created in %lld ms in %s\n", files, static_cast<long long>(t.elapsed()),
        qPrintable(root));

    QList<Row> rows;
    for (const bool polling : { false, true }) {
        if (!only.isEmpty() && only != QLatin1String(polling ? "polling" : "inotify"))
            continue;
        WatchSettings settings;
        settings.forcePolling = polling;
        StateWatcher watcher;
        watcher.setSettings(settings);
        t.restart();
        const double cpu0 = cpuSeconds();
        if (Result<void> r = watcher.watch(root, { QStringLiteral("tasks") }); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        std::printf("%s: baseline scan of %d files: %lld ms (%.2f s CPU); %s\n",
            polling ? "polling" : "inotify", int(watcher.knownFiles().size()),
            static_cast<long long>(t.elapsed()), cpuSeconds() - cpu0, qPrintable(watcher.modeDescription()));
        std::fflush(stdout);
        const int n = polling ? pollWrites : writes;
        for (const char* mode : { "replace", "inplace" }) {
            for (const double rate : { 10.0, 100.0 }) {
                const QString name = QStringLiteral("%1 %2 %3/s")
                                         .arg(polling ? u"polling" : u"inotify", QLatin1String(mode))
                                         .arg(rate);
                rows.append(runScenario(watcher, writer, root, QLatin1String(mode), n, rate, name));
            }
        }
    }

    std::printf("\n| scenario | writes | p50 ms | p95 ms | p99 ms | max ms | missed final states | reports | "
                "CPU s |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Row& r : std::as_const(rows)) {
        std::printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d of %d | %d | %.2f |\n", qPrintable(r.name),
            r.writes, r.p50, r.p95, r.p99, r.max, r.missedFinal, kTargets, r.reports, r.cpu);
    }
    return 0;
}
