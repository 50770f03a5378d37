// SPDX-License-Identifier: GPL-3.0-or-later
// Latency of live updates, from a write by another process to LiveState::updated() (the delta) and to the
// task model's dataChanged(), with 100,000 task files in the state folder. The writer
// (tests/helpers/writer_files) rewrites 20 of the task files in turn, in place (the coding-agent server's
// writeFile) or by rename, at a fixed rate, and prints when each write became visible (CLOCK_MONOTONIC).
//
//   bench_live_latency [--files 100000] [--writes 1000] [--dir /tmp] [--writer PATH] [--modes inplace,replace]
#include "live/livestate.h"
#include "sources/source.h"
#include "tasks/tasktablemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
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

struct Detection
{
    int seq;
    qint64 ns;
};

struct Row
{
    QString name;
    int writes = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0; // to the delta
    double m50 = 0, m95 = 0, m99 = 0; // to the model's dataChanged
    int missedFinal = 0;
    int updates = 0;
    double cpu = 0;
};

int targetOf(const QString& id)
{
    if (!id.startsWith(QLatin1String("task-")))
        return -1;
    bool ok = false;
    const int k = id.mid(5).toInt(&ok);
    return ok && k < kTargets ? k : -1;
}

int seqOf(const Task& t)
{
    const json::JsonValue v = t.value.toValue();
    const json::JsonValue* seq = v.member(QStringLiteral("seq"));
    return seq ? int(seq->toInt(-1)) : -1;
}

std::vector<double> latencies(const QList<QPair<int, qint64>>& written, const QList<QList<Detection>>& seen)
{
    std::vector<double> out;
    for (qsizetype i = 1; i < written.size(); ++i) {
        const auto [k, t] = written[i];
        if (k < 0)
            continue;
        for (const Detection& d : seen[k])
            if (d.seq >= int(i) && d.ns >= t - 1'000'000'000LL) {
                out.push_back(std::max(0.0, double(d.ns - t) / 1e6));
                break;
            }
    }
    return out;
}

Row runScenario(LiveState& live, ui::TaskTableModel& model, const QString& writer, const QString& root,
                const QString& mode, int writes, double rate)
{
    QList<QList<Detection>> delta(kTargets), shown(kTargets);
    int updates = 0;
    qint64 applyNs = 0;
    const auto c1 = QObject::connect(&live, &LiveState::updated, &live, [&](const LiveDelta& d) {
        const qint64 now = monotonicNs();
        ++updates;
        const QList<Task>& tasks = live.snapshot().tasks;
        for (int row : d.tasks.changed + d.tasks.added)
            if (const int k = targetOf(tasks[row].id); k >= 0)
                delta[k].append({ seqOf(tasks[row]), now });
        QElapsedTimer apply;
        apply.start();
        model.applyDelta(tasks, d.tasks);
        applyNs += apply.nsecsElapsed();
    });
    const auto c2 = QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                                     [&](const QModelIndex& from, const QModelIndex&, const QList<int>& roles) {
                                         if (!roles.isEmpty())
                                             return; // the highlight fading, not new data
                                         const qint64 now = monotonicNs();
                                         const Task& t = model.taskAt(from.row());
                                         if (const int k = targetOf(t.id); k >= 0)
                                             shown[k].append({ seqOf(t), now });
                                     });
    const double cpu0 = cpuSeconds();
    QProcess process;
    process.start(writer, { mode, root, QStringLiteral("tasks/task-%1.json"), QString::number(writes),
                            QString::number(kTargets), QString::number(rate) });
    {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        if (process.waitForStarted() && process.state() == QProcess::Running)
            loop.exec();
    }
    QList<QPair<int, qint64>> written(writes + 1, { -1, 0 });
    QList<int> finalSeq(kTargets, -1);
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f[0].toInt() > 0 && f[0].toInt() <= writes) {
            written[f[0].toInt()] = { f[1].toInt(), f[2].toLongLong() };
            finalSeq[f[1].toInt()] = f[0].toInt();
        }
    }
    auto missed = [&] {
        int n = 0;
        for (int k = 0; k < kTargets; ++k)
            n += finalSeq[k] > 0 && (shown[k].isEmpty() || shown[k].last().seq < finalSeq[k]);
        return n;
    };
    const qint64 deadline = monotonicNs() + 30'000'000'000LL;
    if (missed() > 0) {
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (missed() == 0 || monotonicNs() > deadline)
                loop.quit();
        });
        check.start(10);
        loop.exec();
    }
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    Row row;
    row.name = QStringLiteral("%1 %2/s").arg(mode).arg(rate);
    row.cpu = cpuSeconds() - cpu0;
    row.updates = updates;
    for (const auto& w : written)
        row.writes += w.first >= 0;
    const std::vector<double> d = latencies(written, delta), m = latencies(written, shown);
    row.p50 = percentile(d, 0.50);
    row.p95 = percentile(d, 0.95);
    row.p99 = percentile(d, 0.99);
    row.max = d.empty() ? 0 : *std::max_element(d.begin(), d.end());
    row.m50 = percentile(m, 0.50);
    row.m95 = percentile(m, 0.95);
    row.m99 = percentile(m, 0.99);
    row.missedFinal = missed();
    std::printf("  %-20s done (model update %.2f ms on average)\n", qPrintable(row.name),
                updates ? double(applyNs) / updates / 1e6 : 0.0);
    std::fflush(stdout);
    return row;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int files = 100000, writes = 1000;
    QString base = QDir::tempPath();
    QStringList modes = { QStringLiteral("inplace"), QStringLiteral("replace") };
    QString writer = bench::defaultWriterProgram();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--files")
            files = args[i + 1].toInt();
        else if (args[i] == u"--writes")
            writes = args[i + 1].toInt();
        else if (args[i] == u"--dir")
            base = args[i + 1];
        else if (args[i] == u"--writer")
            writer = args[i + 1];
        else if (args[i] == u"--modes")
            modes = args[i + 1].split(u',');
    }
    QTemporaryDir dir(base + QStringLiteral("/bench_live-XXXXXX"));
    const QString root = dir.path();
    QDir(root).mkpath(QStringLiteral("tasks"));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < files; ++i) {
        const QByteArray task = R"({"id": "task-)" + QByteArray::number(i)
            + R"(", "status": "pending", "tool": "CLAUDECODE", "seq": 0, "logs": []})";
        const QByteArray p = QFile::encodeName(root + QStringLiteral("/tasks/task-%1.json").arg(i));
        const int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || ::write(fd, task.constData(), size_t(task.size())) != task.size()) {
            std::fprintf(stderr, "cannot write %s\n", p.constData());
            return 1;
        }
        ::close(fd);
    }
    std::printf("%d task files created in %lld ms in %s\n", files, static_cast<long long>(t.elapsed()), qPrintable(root));
    auto opened = openSource(root);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    std::shared_ptr<Source> source(std::move(opened.value()));
    t.restart();
    auto loaded = source->load();
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    std::printf("loaded %lld tasks (%s) in %lld ms\n", static_cast<long long>(loaded->tasks.size()),
                qPrintable(sourceKindId(source->kind())), static_cast<long long>(t.elapsed()));
    ui::TaskTableModel model;
    model.setTasks(loaded->tasks);
    LiveState live;
    t.restart();
    if (auto r = live.start(source, *loaded); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return 1;
    }
    std::printf("watching: %lld ms; %s\n", static_cast<long long>(t.elapsed()), qPrintable(live.modeDescription()));
    std::fflush(stdout);

    QList<Row> rows;
    for (const QString& mode : std::as_const(modes))
        for (const double rate : { 10.0, 100.0 })
            rows << runScenario(live, model, writer, root, mode, writes, rate);

    std::printf("\n| scenario | writes | delta p50 ms | delta p95 ms | delta p99 ms | delta max ms | model p50 ms | "
                "model p95 ms | model p99 ms | missed final states | updates | CPU s |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Row& r : std::as_const(rows))
        std::printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d of %d | %d | %.2f |\n",
                    qPrintable(r.name), r.writes, r.p50, r.p95, r.p99, r.max, r.m50, r.m95, r.m99, r.missedFinal,
                    kTargets, r.updates, r.cpu);
    return 0;
}
