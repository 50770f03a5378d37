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

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(test::TestDir::programPath(QStringLiteral("statelens-cli")), args);
    p.waitForFinished(60000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
