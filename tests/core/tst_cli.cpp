// SPDX-License-Identifier: GPL-3.0-or-later
// statelens-cli on every sample: content matches the raw files read independently; exit codes; --json.
#include "testdir.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace statelens;

namespace {
struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(test::TestDir::programPath(QStringLiteral("statelens-cli")), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QStringList lines(const QByteArray& out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infoNamesTheSourceOfEverySample_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("kind");
        QTest::newRow("coding-agent") << "coding-agent/coding-agent-state" << "coding-agent";
        QTest::newRow("statefulobject") << "statefulobject/app" << "statefulobject";
        QTest::newRow("statefulobject file") << "statefulobject/app/counter.json" << "statefulobject";
        QTest::newRow("autonomous-dev") << "autonomous-dev/project" << "autonomous-dev";
    }
    void infoNamesTheSourceOfEverySample()
    {
        QFETCH(QString, sample);
        QFETCH(QString, kind);
        test::TestDir dir;
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("info"), dir.copySample(sample) });
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("source")).toString(), kind);
        QVERIFY(!o.value(QStringLiteral("detected_by")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("counts")).isObject());
    }

    void getMatchesTheRawFiles()
    {
        test::TestDir dir;
        const QString ca = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QJsonObject state = readJson(ca + QStringLiteral("/state.json"));
        Run r = cli({ QStringLiteral("--json"), QStringLiteral("get"), ca, QStringLiteral("state/metrics") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("value")).toObject(), state.value(QStringLiteral("metrics")).toObject());
        r = cli({ QStringLiteral("get"), ca, QStringLiteral("state/metrics/total_tasks") });
        QCOMPARE(r.out.trimmed().toInt(), state.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("total_tasks")).toInt());

        const QString so = dir.copySample(QStringLiteral("statefulobject/app"));
        r = cli({ QStringLiteral("get"), so, QStringLiteral("counter/count") });
        QCOMPARE(r.out, QByteArray("2\n"));
        r = cli({ QStringLiteral("get"), so, QStringLiteral("state/config/theme") });
        QCOMPARE(r.out, "\"" + readJson(so + QStringLiteral("/state.json")).value(QStringLiteral("config")).toObject()
                                     .value(QStringLiteral("theme")).toString().toUtf8() + "\"\n");

        const QString ad = dir.copySample(QStringLiteral("autonomous-dev/project"));
        r = cli({ QStringLiteral("get"), ad, QStringLiteral("batch_state/current_index") });
        QCOMPARE(r.out.trimmed().toInt(), readJson(ad + QStringLiteral("/.claude/batch_state.json")).value(QStringLiteral("current_index")).toInt());
    }

    void tasksAndBackupsAndLogs()
    {
        test::TestDir dir;
        const QString ca = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        Run r = cli({ QStringLiteral("--json"), QStringLiteral("tasks"), ca, QStringLiteral("--status"), QStringLiteral("failed") });
        QCOMPARE(r.code, 0);
        int failed = 0;
        for (const QString& f : QDir(ca + QStringLiteral("/tasks")).entryList({ QStringLiteral("*.json") }))
            failed += readJson(ca + QStringLiteral("/tasks/") + f).value(QStringLiteral("status")).toString() == QLatin1String("failed");
        QCOMPARE(r.json().array().size(), failed);
        r = cli({ QStringLiteral("--json"), QStringLiteral("backups"), ca });
        QCOMPARE(r.json().array().size(), 10);
        int empty = 0;
        for (const QJsonValue& b : r.json().array())
            empty += b.toObject().value(QStringLiteral("health")).toString() == QLatin1String("empty");
        QCOMPARE(empty, 2);
        r = cli({ QStringLiteral("logs"), ca, QStringLiteral("session_sess-42_1795260920140.log") });
        QCOMPARE(r.out, QByteArray("[10:00] session started\n"));
        const QString ad = dir.copySample(QStringLiteral("autonomous-dev/project"));
        r = cli({ QStringLiteral("--json"), QStringLiteral("tasks"), ad });
        QCOMPARE(r.json().array().size(), 3);
        QCOMPARE(r.json().array().at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        // One level of a JSON Lines log, counted here from the lines themselves.
        const QString audit = ad + QStringLiteral("/logs/security_audit.log");
        QFile auditFile(audit);
        QVERIFY(auditFile.open(QIODevice::ReadOnly));
        QList<QByteArray> infoLines;
        for (const QByteArray& line : auditFile.readAll().split('\n'))
            if (QJsonDocument::fromJson(line).object().value(QStringLiteral("status")).toString() == QLatin1String("info"))
                infoLines << line;
        QVERIFY(infoLines.size() >= 2);
        r = cli({ QStringLiteral("logs"), ad, QStringLiteral("security_audit.log"), QStringLiteral("--level"), QStringLiteral("INFO") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, infoLines.join('\n') + '\n');
        r = cli({ QStringLiteral("--json"), QStringLiteral("logs"), ad, QStringLiteral("security_audit.log"), QStringLiteral("--level"),
                  QStringLiteral("info"), QStringLiteral("--tail"), QStringLiteral("1") });
        const QJsonObject last = r.json().array().first().toObject();
        const QJsonObject raw = QJsonDocument::fromJson(infoLines.last()).object();
        QCOMPARE(last.value(QStringLiteral("time")).toString(), raw.value(QStringLiteral("timestamp")).toString());
        QCOMPARE(last.value(QStringLiteral("message")).toString(), raw.value(QStringLiteral("event_type")).toString());
        QCOMPARE(last.value(QStringLiteral("details")).toObject().value(QStringLiteral("context")), raw.value(QStringLiteral("context")));
    }

    void setAndRmGoThroughTheSafeWrite()
    {
        test::TestDir dir;
        const QString so = dir.copySample(QStringLiteral("statefulobject/app"));
        const QByteArray before = dir.read(so + QStringLiteral("/counter.json"));
        Run r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/count"), QStringLiteral("7") });
        QCOMPARE(r.code, 0);
        QByteArray expected = before;
        expected.replace("\"count\": 2", "\"count\": 7");
        QCOMPARE(dir.read(so + QStringLiteral("/counter.json")), expected);
        QCOMPARE(dir.read(so + QStringLiteral("/counter.json.bak")), before);
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/note"), QStringLiteral("hello"), QStringLiteral("--string") });
        QCOMPARE(r.code, 0);
        QCOMPARE(readJson(so + QStringLiteral("/counter.json")).value(QStringLiteral("note")).toString(), QStringLiteral("hello"));
        r = cli({ QStringLiteral("--json"), QStringLiteral("rm"), so, QStringLiteral("counter/note") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("written")).toArray().size(), 1);
        QCOMPARE(dir.read(so + QStringLiteral("/counter.json")), expected);
    }

    void exitCodesAndOneLineErrors()
    {
        test::TestDir dir;
        const QString so = dir.copySample(QStringLiteral("statefulobject/app"));
        Run r = cli({ QStringLiteral("frobnicate"), so });
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/count"), QStringLiteral("not json") });
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("get"), so, QStringLiteral("counter/missing") });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("counter.json"));
        dir.createFile(so + QStringLiteral("/counter.json"), "{\n  \"count\": 2,\n  \"label\"");
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/count"), QStringLiteral("3") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("counter.json:3:10:"), r.err.constData());
        r = cli({ QStringLiteral("info"), dir.filePath(QStringLiteral("nowhere")) });
        QCOMPARE(r.code, 1);
    }

    void valueFromStandardInputAndFile()
    {
        test::TestDir dir;
        const QString so = dir.copySample(QStringLiteral("statefulobject/app"));
        // Bigger than the 128 KiB that Linux allows for one argument: only standard input can carry it.
        const QString blob(200 * 1024, QLatin1Char('x'));
        const QByteArray big = "{\"blob\": \"" + blob.toUtf8() + "\", \"n\": 1}\n";
        QVERIFY(big.size() > 128 * 1024);
        Run r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/big"), QStringLiteral("-") }, big);
        QCOMPARE(r.code, 0);
        QJsonObject written = readJson(so + QStringLiteral("/counter.json")).value(QStringLiteral("big")).toObject();
        QCOMPARE(written.value(QStringLiteral("blob")).toString(), blob);
        QCOMPARE(written.value(QStringLiteral("n")).toInt(), 1);

        // --string with -: the bytes of standard input as they are.
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/note"), QStringLiteral("-"), QStringLiteral("--string") },
                "two\nlines\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(readJson(so + QStringLiteral("/counter.json")).value(QStringLiteral("note")).toString(), QStringLiteral("two\nlines\n"));

        // --file F instead of VALUE, and --file - for standard input.
        const QString valueFile = dir.createFile(QStringLiteral("value.json"), "[1, 2, 3]");
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/list"), QStringLiteral("--file"), valueFile });
        QCOMPARE(r.code, 0);
        QCOMPARE(readJson(so + QStringLiteral("/counter.json")).value(QStringLiteral("list")).toArray(), QJsonArray({ 1, 2, 3 }));
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/list"), QStringLiteral("--file"), QStringLiteral("-") }, "[4]");
        QCOMPARE(r.code, 0);
        QCOMPARE(readJson(so + QStringLiteral("/counter.json")).value(QStringLiteral("list")).toArray(), QJsonArray({ 4 }));

        // Errors: a file that cannot be read is named, standard input that is not JSON is bad usage, and
        // --file with a VALUE too is ambiguous.
        const QByteArray before = dir.read(so + QStringLiteral("/counter.json"));
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/list"), QStringLiteral("--file"), missing });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/list"), QStringLiteral("--file"), dir.path() });
        QCOMPARE(r.code, 1);
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/list"), QStringLiteral("-") }, "not json");
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("set"), so, QStringLiteral("counter/list"), QStringLiteral("7"), QStringLiteral("--file"), valueFile });
        QCOMPARE(r.code, 2);
        QCOMPARE(dir.read(so + QStringLiteral("/counter.json")), before);
    }

    void helpPerCommandAndUnknownCommands()
    {
        Run overview = cli({ QStringLiteral("--help") });
        QCOMPARE(overview.code, 0);
        QCOMPARE(cli({ QStringLiteral("help") }).out, overview.out);
        for (const char* command : { "info", "set", "restore", "backup", "doctor" })
            QVERIFY2(overview.out.contains(QByteArray("\n  ") + command + ' '), command);
        for (const QString& line : lines(overview.out))
            QVERIFY2(line.size() <= 80, qPrintable(line));

        const Run setHelp = cli({ QStringLiteral("help"), QStringLiteral("set") });
        QCOMPARE(setHelp.code, 0);
        QVERIFY(setHelp.out.contains("statelens-cli [--json] set PATH ADDRESS VALUE"));
        QVERIFY(setHelp.out.contains("--file F"));
        QVERIFY(setHelp.out.contains("--string"));
        QVERIFY(!setHelp.out.contains("--tail"));
        QCOMPARE(cli({ QStringLiteral("set"), QStringLiteral("--help") }).out, setHelp.out);
        QCOMPARE(cli({ QStringLiteral("set"), QStringLiteral("somewhere"), QStringLiteral("-h") }).out, setHelp.out);
        QVERIFY(cli({ QStringLiteral("help"), QStringLiteral("logs") }).out.contains("--level L"));

        for (const QStringList& args : { QStringList { QStringLiteral("nosuch") }, QStringList { QStringLiteral("nosuch"), QStringLiteral("/tmp") },
                                         QStringList { QStringLiteral("help"), QStringLiteral("nosuch") },
                                         QStringList { QStringLiteral("nosuch"), QStringLiteral("--help") } }) {
            const Run r = cli(args);
            QCOMPARE(r.code, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains("unknown command 'nosuch'"), r.err.constData());
            QVERIFY2(r.err.contains("statelens-cli help"), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        const Run noPath = cli({ QStringLiteral("info") });
        QCOMPARE(noPath.code, 2);
        QVERIFY(noPath.err.contains("'info' needs a PATH"));
    }

    void completeCommandsOptionsAndAddresses_data()
    {
        QTest::addColumn<QStringList>("words"); // after "__complete"; the last one is the word being typed
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("commands") << QStringList { QStringLiteral("ba") } << QStringList { QStringLiteral("backups"), QStringLiteral("backup") };
        QTest::newRow("after --json") << QStringList { QStringLiteral("--json"), QStringLiteral("hi") } << QStringList { QStringLiteral("history") };
        QTest::newRow("help topic") << QStringList { QStringLiteral("help"), QStringLiteral("mi") } << QStringList { QStringLiteral("migrate") };
        QTest::newRow("options of set") << QStringList { QStringLiteral("set"), QStringLiteral("--") }
                                        << QStringList { QStringLiteral("--string"), QStringLiteral("--file"), QStringLiteral("--json"), QStringLiteral("--help") };
        QTest::newRow("options of logs") << QStringList { QStringLiteral("logs"), QStringLiteral("P"), QStringLiteral("--t") } << QStringList { QStringLiteral("--tail") };
        QTest::newRow("path") << QStringList { QStringLiteral("info"), QStringLiteral("") } << QStringList { QStringLiteral(":files") };
        QTest::newRow("file of --file") << QStringList { QStringLiteral("set"), QStringLiteral("STATE"), QStringLiteral("--file"), QStringLiteral("") }
                                        << QStringList { QStringLiteral(":files") };
        QTest::newRow("namespaces") << QStringList { QStringLiteral("get"), QStringLiteral("STATE"), QStringLiteral("") }
                                    << QStringList { QStringLiteral("counter/"), QStringLiteral("state/") };
        QTest::newRow("keys") << QStringList { QStringLiteral("set"), QStringLiteral("--string"), QStringLiteral("STATE"), QStringLiteral("counter/") }
                              << QStringList { QStringLiteral("counter/count"), QStringLiteral("counter/label") };
        QTest::newRow("key prefix") << QStringList { QStringLiteral("get"), QStringLiteral("STATE"), QStringLiteral("counter/c") }
                                    << QStringList { QStringLiteral("counter/count") };
        QTest::newRow("ls namespace") << QStringList { QStringLiteral("ls"), QStringLiteral("STATE"), QStringLiteral("co") } << QStringList { QStringLiteral("counter") };
        QTest::newRow("--only address") << QStringList { QStringLiteral("restore"), QStringLiteral("STATE"), QStringLiteral("--only"), QStringLiteral("st") }
                                        << QStringList { QStringLiteral("state/") };
        QTest::newRow("backup subcommand") << QStringList { QStringLiteral("backup"), QStringLiteral("p") } << QStringList { QStringLiteral("prune") };
        QTest::newRow("backup path") << QStringList { QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("") } << QStringList { QStringLiteral(":files") };
        QTest::newRow("diff current") << QStringList { QStringLiteral("diff"), QStringLiteral("STATE"), QStringLiteral("cur") } << QStringList { QStringLiteral("current") };
        QTest::newRow("value") << QStringList { QStringLiteral("set"), QStringLiteral("STATE"), QStringLiteral("counter/count"), QStringLiteral("") } << QStringList {};
        QTest::newRow("too many") << QStringList { QStringLiteral("info"), QStringLiteral("STATE"), QStringLiteral("") } << QStringList {};
        QTest::newRow("unknown command") << QStringList { QStringLiteral("nosuch"), QStringLiteral("") } << QStringList {};
        QTest::newRow("missing state") << QStringList { QStringLiteral("get"), QStringLiteral("/nonexistent/state"), QStringLiteral("") } << QStringList {};
    }
    void completeCommandsOptionsAndAddresses()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        test::TestDir dir;
        const QString so = dir.copySample(QStringLiteral("statefulobject/app"));
        words.replaceInStrings(QStringLiteral("STATE"), so);
        const Run r = cli(QStringList { QStringLiteral("__complete") } + words);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QByteArray());
        QStringList got = lines(r.out);
        // Order does not matter to the shells, which sort.
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
