// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a big state in the real window: time to first paint, time to fully loaded, and the longest
// stall of the UI thread (measured by a 2 ms precise timer: any gap beyond its interval is a stall).
//   bench_gui_open [--dir DIR] [--state-mb N] [--tasks N]
// Run under xvfb-run (or QT_QPA_PLATFORM=offscreen).
#include "mainwindow/mainwindow.h"
#include "session/statesession.h"
#include "statemaker.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace statelens;

namespace {
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
    QApplication app(argc, argv);
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
        f.write(bench::makeStateJson(opt("--state-mb", QStringLiteral("100")).toLongLong() << 20));
        f.close();
        bench::makeTaskFolder(dir, opt("--tasks", QStringLiteral("100000")).toInt());
    }
    std::printf("state: %s (state.json %.1f MiB, %lld task files)\n", qPrintable(dir),
                QFileInfo(dir + QStringLiteral("/state.json")).size() / 1048576.0,
                qint64(QDir(dir + QStringLiteral("/tasks")).entryList(QDir::Files).size()));

    QElapsedTimer clock;
    clock.start();
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
    qint64 loadedMs = -1;
    QObject::connect(window.session(), &ui::StateSession::loaded, [&] {
        // Fully loaded = the window has handled the new snapshot and is idle again.
        QTimer::singleShot(0, [&] {
            loadedMs = clock.elapsed();
            QTimer::singleShot(300, &app, &QApplication::quit); // keep measuring stalls a little longer
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
    return rc;
}
