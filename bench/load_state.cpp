// SPDX-License-Identifier: GPL-3.0-or-later
// Time to load a big state folder through Source::load (what the app and the CLI do), and peak memory.
//   bench_load [--dir DIR] [--state-mb N] [--tasks N] [--keep] [--generate-only]
// Without --dir a folder is generated in a temporary directory (kept with --keep for other benchmarks);
// --generate-only keeps it and stops there (bench/compare generates its folder this way).
#include "sources/source.h"
#include "statemaker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace statelens;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    auto opt = [&](const char* name, const QString& fallback) {
        const qsizetype i = a.indexOf(QLatin1String(name));
        return i >= 0 ? a.value(i + 1) : fallback;
    };
    QTemporaryDir tmp;
    const bool generateOnly = a.contains(QStringLiteral("--generate-only"));
    tmp.setAutoRemove(!a.contains(QStringLiteral("--keep")) && !generateOnly);
    QString dir = opt("--dir", QString());
    if (dir.isEmpty()) {
        dir = tmp.filePath(QStringLiteral("state"));
        QDir().mkpath(dir);
        QElapsedTimer gen;
        gen.start();
        QFile f(dir + QStringLiteral("/state.json"));
        f.open(QIODevice::WriteOnly);
        f.write(bench::makeStateJson(opt("--state-mb", QStringLiteral("100")).toLongLong() << 20));
        f.close();
        const int tasks = bench::makeTaskFolder(dir, opt("--tasks", QStringLiteral("100000")).toInt());
        std::printf("generated %s: state.json %.1f MiB, %d task files (%.1f s)\n", qPrintable(dir),
                    QFileInfo(f).size() / 1048576.0, tasks, gen.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    if (generateOnly)
        return 0;
    // Drop the page cache effect as far as we can without root tricks: report a cold-ish and a warm run.
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer t;
        t.start();
        auto source = openSource(dir);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().toString()));
            return 1;
        }
        auto s = source.value()->load();
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            return 1;
        }
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        std::printf("run %d: loaded %d keys in %lld namespaces, %lld tasks, %lld backups in %.2f s; peak RSS %.0f MiB\n", run + 1,
                    s->entryCount(), qint64(s->namespaces.size()), qint64(s->tasks.size()), qint64(s->backups.size()),
                    t.elapsed() / 1000.0, ru.ru_maxrss / 1024.0);
    }
    return 0;
}
