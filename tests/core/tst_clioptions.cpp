// SPDX-License-Identifier: GPL-3.0-or-later
// statelens-cli's options (issue 14): a repeated list option accumulates, a repeated single option, an
// option the command does not read and a count that is not a number are refused, never ignored.
#include "testdir.h"

#include <QProcess>
#include <QTest>

using namespace statelens;

class TestCliOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("repeated --to") << QStringList { "migrate", "PATH", "--to", "2", "--to", "3" } << "more than once";
        QTest::newRow("repeated flag") << QStringList { "doctor", "PATH", "--fix", "--fix" } << "more than once";
        QTest::newRow("repeated --tail") << QStringList { "logs", "PATH", "--tail", "1", "--tail", "2" } << "more than once";
        QTest::newRow("unknown option") << QStringList { "set", "PATH", "state/x", "1", "--bogus" } << "does not take --bogus";
        QTest::newRow("option of another command") << QStringList { "info", "PATH", "--yes" } << "does not take --yes";
        QTest::newRow("count not a number") << QStringList { "logs", "PATH", "--tail", "ten" } << "whole number";
        QTest::newRow("negative count") << QStringList { "backup", "prune", "PATH", "--keep", "-1" } << "whole number";
        QTest::newRow("missing value") << QStringList { "migrate", "PATH", "--to" } << "needs a value";
    }
    void refusedOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QByteArray before = dir.read(QStringLiteral("coding-agent-state/state.json"));
        args.replace(args.indexOf(QStringLiteral("PATH")), root);
        const test::CliRun r = test::runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(dir.read(QStringLiteral("coding-agent-state/state.json")), before);
    }

    void repeatedOnlyAccumulates()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        test::CliRun r = test::runCli({ QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"), root });
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).section(QLatin1String("\"id\":"), 1).section(u'"', 1, 1);
        QVERIFY(!id.isEmpty());
        const QByteArray count = test::runCli({ QStringLiteral("get"), root, QStringLiteral("counter/count") }).out;
        const QByteArray config = test::runCli({ QStringLiteral("get"), root, QStringLiteral("state/config") }).out;
        QCOMPARE(test::runCli({ QStringLiteral("set"), root, QStringLiteral("counter/count"), QStringLiteral("99") }).code, 0);
        QCOMPARE(test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/config"), QStringLiteral("{}") }).code, 0);

        r = test::runCli({ QStringLiteral("restore"), root, id, QStringLiteral("--only"), QStringLiteral("counter/count"),
                  QStringLiteral("--only"), QStringLiteral("state/config"), QStringLiteral("--yes") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(test::runCli({ QStringLiteral("get"), root, QStringLiteral("counter/count") }).out, count);
        QCOMPARE(test::runCli({ QStringLiteral("get"), root, QStringLiteral("state/config") }).out, config);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
