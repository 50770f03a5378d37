// SPDX-License-Identifier: GPL-3.0-or-later
// statelens-demo-writer: keeps changing a coding-agent state folder, the way the agent itself would, so that
// StateLens has something live to show.
#include "demowriter.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace statelens;

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens-demo-writer", s);
}

int fail(const QString& message, int code)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << u": "_qs << message << Qt::endl;
    return code;
}

bool parseCount(const QCommandLineParser& parser, const QString& option, int* out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0)
        return false;
    *out = value;
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"statelens-demo-writer"_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes to a coding-agent state folder the way the agent does, about once a second: creates and "
           "moves on tasks, edits state.json in place, appends to the session log and rotates backups."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"STATE_DIR"_qs, tr("The state folder (with state.json and tasks/)."));
    const QString interval = u"interval-ms"_qs, iterations = u"iterations"_qs, seed = u"seed"_qs;
    parser.addOption({ interval, tr("Milliseconds between two steps, on average (default 1000)."), u"N"_qs });
    parser.addOption({ iterations, tr("Stop after N steps (default 0: until Ctrl+C or SIGTERM)."), u"N"_qs });
    parser.addOption({ seed, tr("Seed for the random choices (default: random)."), u"N"_qs });
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(tr("expected one STATE_DIR (see --help)"), 2);
    DemoWriter::Options options;
    int seedValue = 0;
    if (!parseCount(parser, interval, &options.intervalMs)
        || !parseCount(parser, iterations, &options.iterations) || !parseCount(parser, seed, &seedValue))
        return fail(tr("--interval-ms, --iterations and --seed take a whole number >= 0"), 2);
    options.seed = quint32(seedValue);
    const QString dir = QDir(args.first()).absolutePath();
    if (!QFileInfo(dir).isDir())
        return fail(tr("%1: no such folder").arg(dir), 2);

    DemoWriter writer(dir, options);
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::stopRequested, &app, [&](int signalNumber) {
        QTextStream(stdout) << tr("signal %1: stopping").arg(signalNumber) << Qt::endl;
        writer.stop();
        app.quit();
    });
    QObject::connect(&writer, &DemoWriter::finished, &app, [&] {
        writer.stop();
        app.quit();
    });
    if (auto started = writer.start(); !started)
        return fail(started.error().toString(), 1);
    return app.exec();
}
