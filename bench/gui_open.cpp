// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a big state in the real window: time to first paint, time to fully loaded, and the longest
// stall of the UI thread (measured by a 2 ms precise timer: any gap beyond its interval is a stall).
//   bench_gui_open [--dir DIR] [--state-mb N] [--tasks N]
//   bench_gui_open --namespace-keys 1000000   (one namespace of a million keys instead)
//   --save: at the end, change one value and save it (this writes into --dir!)
// Run under xvfb-run (or QT_QPA_PLATFORM=offscreen).
#include "mainwindow/mainwindow.h"
#include "session/editcontroller.h"
#include "session/statesession.h"
#include "tasks/taskspage.h"
#include "tasks/tasktablemodel.h"
#include "views/centreview.h"
#include "statemaker.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace statelens;

namespace {
qint64 threadCpuNs()
{
    struct timespec ts;
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

/// Times every event the UI thread dispatches, so that a stall can be traced to its receiver.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        qint64 ms;
        qint64 atMs;
        QString what;
    };
    QElapsedTimer* clock = nullptr;
    QList<Slow> slowest;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!clock || depth > 0 || QThread::currentThread() != thread()) // the UI thread's events only
            return QApplication::notify(receiver, event);
        ++depth;
        const qint64 start = clock->nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        const int type = event->type();
        const QString name = QString::fromLatin1(receiver->metaObject()->className());
        const bool r = QApplication::notify(receiver, event);
        const qint64 ms = (clock->nsecsElapsed() - start) / 1000000;
        const qint64 cpuMs = (threadCpuNs() - cpuStart) / 1000000;
        --depth;
        // CPU time well below the wall time: the thread waited (for a core, a lock or the disk).
        if (ms >= 20)
            slowest.append({ ms, start / 1000000, QStringLiteral("%1 event %2, %3 ms on CPU").arg(name).arg(type).arg(cpuMs) });
        return r;
    }

private:
    int depth = 0;
};

class PaintProbe final : public QObject
{
public:
    QElapsedTimer* clock = nullptr;
    qint64 firstPaintMs = -1;

protected:
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Paint && firstPaintMs < 0)
            firstPaintMs = clock->elapsed();
        return QObject::eventFilter(o, e);
    }
};
} // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    const QStringList a = app.arguments();
    auto opt = [&](const char* name, const QString& fallback) {
        const qsizetype i = a.indexOf(QLatin1String(name));
        return i >= 0 ? a.value(i + 1) : fallback;
    };
    QTemporaryDir tmp;
    QString dir = opt("--dir", QString());
    if (dir.isEmpty()) {
        dir = tmp.filePath(QStringLiteral("state"));
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/state.json"));
        f.open(QIODevice::WriteOnly);
        const int namespaceKeys = opt("--namespace-keys", QStringLiteral("0")).toInt();
        if (namespaceKeys > 0) { // one namespace of that many keys, shown first, no tasks
            f.write(bench::makeOneNamespaceJson(namespaceKeys));
        } else {
            f.write(bench::makeStateJson(opt("--state-mb", QStringLiteral("100")).toLongLong() << 20));
            bench::makeTaskFolder(dir, opt("--tasks", QStringLiteral("100000")).toInt());
        }
        f.close();
    }
    std::printf("state: %s (state.json %.1f MiB, %lld task files)\n", qPrintable(dir),
                QFileInfo(dir + QStringLiteral("/state.json")).size() / 1048576.0,
                qint64(QDir(dir + QStringLiteral("/tasks")).entryList(QDir::Files).size()));

    QElapsedTimer clock;
    clock.start();
    app.clock = &clock;
    qint64 maxGap = 0, last = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxGap = qMax(maxGap, now - last - 2);
        last = now;
    });
    ticker.start();

    ui::MainWindow window;
    PaintProbe probe;
    probe.clock = &clock;
    window.installEventFilter(&probe);
    const auto children = window.findChildren<QWidget*>();
    for (QWidget* w : children)
        w->installEventFilter(&probe);
    qint64 loadedMs = -1, tasksShownMs = -1, sortMs = -1, savedMs = -1;
    QElapsedTimer saveClock;
    QObject::connect(window.session(), &ui::StateSession::loaded, [&] {
        // Fully loaded = the window has handled the new snapshot and is idle again.
        QTimer::singleShot(0, [&] {
            loadedMs = clock.elapsed();
            // Then what a user does next: open the tasks (filled and sorted only now, on a worker), then
            // sort them another way; each time until the sorted rows are shown.
            QTimer::singleShot(300, [&] {
                ui::TaskTableModel* model = window.centre()->tasksPage()->model();
                QElapsedTimer t;
                t.start();
                window.showSection(ui::NavigatorModel::Section::Tasks);
                auto whenSorted = [&app, &window, model](std::function<void()> next) {
                    auto poll = std::make_shared<std::function<void()>>();
                    *poll = [&app, &window, model, next, poll] {
                        if (model->isSorting() || (model->rowCount() == 0 && !window.session()->snapshot().tasks.isEmpty()))
                            QTimer::singleShot(5, &app, *poll);
                        else
                            next();
                    };
                    (*poll)();
                };
                whenSorted([&, t, model, whenSorted]() mutable {
                    tasksShownMs = t.elapsed();
                    t.restart();
                    window.centre()->tasksPage()->table()->sortByColumn(ui::TaskTableModel::DescriptionColumn,
                                                                        Qt::AscendingOrder);
                    whenSorted([&, t] {
                        sortMs = t.elapsed();
                        // Last, change one value and save: the state is written, read again and shown in place.
                        const Snapshot& shown = window.session()->snapshot();
                        if (!a.contains(QStringLiteral("--save")) || shown.namespaces.isEmpty()
                            || shown.namespaces.first().entries.isEmpty()) {
                            QTimer::singleShot(300, &app, &QApplication::quit);
                            return;
                        }
                        const Namespace& ns = shown.namespaces.first();
                        const QString value = QStringLiteral("saved by the benchmark at %1").arg(QDateTime::currentMSecsSinceEpoch());
                        window.edits()->setValue(ns.name, ns.entries.first().key, json::JsonValue::fromString(value));
                        saveClock.start();
                        QObject::connect(window.session(), &ui::StateSession::reloaded, &app, [&] {
                            savedMs = saveClock.elapsed();
                            QTimer::singleShot(300, &app, &QApplication::quit); // keep measuring stalls a little longer
                        });
                        auto failed = [&](const QString& m) {
                            std::fprintf(stderr, "save failed: %s\n", qPrintable(m));
                            app.exit(1);
                        };
                        QObject::connect(window.session(), &ui::StateSession::saveFailed, &app, failed);
                        QObject::connect(window.session(), &ui::StateSession::saveConflict, &app, failed);
                        if (!window.session()->save()) {
                            std::fprintf(stderr, "nothing to save\n");
                            app.exit(1);
                        }
                    });
                });
            });
        });
    });
    QObject::connect(window.session(), &ui::StateSession::loadFailed, [&](const QString& m) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(m));
        app.exit(1);
    });
    window.resize(1400, 900);
    window.show();
    window.openPath(dir);
    last = clock.elapsed();
    const int rc = app.exec();
    std::printf("first paint:        %lld ms (target < 200 ms)\n", probe.firstPaintMs);
    std::printf("fully loaded:       %lld ms\n", loadedMs);
    std::printf("longest UI stall:   %lld ms (target <= 50 ms)\n", maxGap);
    std::printf("then: tasks shown sorted after %lld ms; sorted by description after %lld ms\n"
                "      then one value saved and the state read again after %lld ms\n"
                "      (the window stays responsive meanwhile: the longest stall includes all of these)\n",
                tasksShownMs, sortMs, savedMs);
    std::sort(app.slowest.begin(), app.slowest.end(), [](const auto& a, const auto& b) { return a.ms > b.ms; });
    for (qsizetype i = 0; i < qMin<qsizetype>(8, app.slowest.size()); ++i)
        std::printf("  slow event: %4lld ms at %6lld ms  %s\n", app.slowest[i].ms, app.slowest[i].atMs,
                    qPrintable(app.slowest[i].what));
    return rc;
}
