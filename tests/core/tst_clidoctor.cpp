// SPDX-License-Identifier: GPL-3.0-or-later
// statelens-cli doctor, the real binary on copies of the real samples: exit codes 0/1/2, --json, and that
// --fix without --yes writes nothing while --fix --yes repairs (bytes on disk, backup kept).
#include "testdir.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
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
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(test::TestDir::programPath(QStringLiteral("statelens-cli")), args);
    p.waitForFinished(60000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

/// An orphan temp file beside the StatefulObject sample, last changed an hour ago.
QString addOldTempFile(const QString& root, const QByteArray& bytes)
{
    const QString path = root + QStringLiteral("/.counter.ab12cd34.tmp");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    f.flush(); // or closing would write the buffer, and move the time, after setFileTime()
    f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
    return path;
}

QStringList allFiles(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}
} // namespace

class TestCliDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("tempFile");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::newRow("healthy") << "statefulobject/app" << false << QStringList {} << 0;
        QTest::newRow("healthy rs-llmspell") << "rs-llmspell" << false << QStringList {} << 0;
        QTest::newRow("temp file") << "statefulobject/app" << true << QStringList {} << 1;
        QTest::newRow("coding-agent by nature")
            << "coding-agent/coding-agent-state" << false << QStringList {} << 1;
        QTest::newRow("fix without yes") << "statefulobject/app" << true << QStringList { "--fix" } << 1;
        QTest::newRow("fix yes, all fixed")
            << "statefulobject/app" << true << QStringList { "--fix", "--yes" } << 0;
        QTest::newRow("fix yes, some remain")
            << "coding-agent/coding-agent-state" << false << QStringList { "--fix", "--yes" } << 1;
        QTest::newRow("yes without fix") << "statefulobject/app" << false << QStringList { "--yes" } << 2;
        QTest::newRow("unknown option") << "statefulobject/app" << false << QStringList { "--force" } << 2;
        QTest::newRow("extra argument") << "statefulobject/app" << false << QStringList { "more" } << 2;
    }
    void exitCodes()
    {
        QFETCH(QString, sample);
        QFETCH(bool, tempFile);
        QFETCH(QStringList, options);
        QFETCH(int, code);
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        if (tempFile)
            QVERIFY(!addOldTempFile(root, "{\"count\": 3").isEmpty());
        const Run r = cli(QStringList { QStringLiteral("doctor"), root } + options);
        QVERIFY2(r.code == code, r.out + r.err);
        if (code == 2)
            QVERIFY(r.err.contains("statelens-cli: "));
        else
            QVERIFY(!r.out.isEmpty());
    }

    void usageWithoutPath() { QCOMPARE(cli({ QStringLiteral("doctor") }).code, 2); }

    void missingPathIsADataError()
    {
        test::TestDir dir;
        const Run r = cli({ QStringLiteral("doctor"), dir.filePath(QStringLiteral("missing")) });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("missing"));
    }

    void textNamesEachFindingAndItsFix()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const Run r = cli({ QStringLiteral("doctor"), root });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out.count("[empty-backup]"), 2);
        QVERIFY(r.out.contains("state.backup.1795260926848.json"));
        QVERIFY(r.out.contains("(needs you)"));
    }

    void jsonListsFindings()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QString temp = addOldTempFile(root, "{\"count\": 3");
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("doctor"), root });
        QCOMPARE(r.code, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("statefulobject"));
        QCOMPARE(o.value(QStringLiteral("healthy")).toBool(), false);
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(QStringLiteral("id")).toString(), QStringLiteral("orphan-temp-file"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(f.value(QStringLiteral("file")).toString(), temp);
        QCOMPARE(f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("move-temp-file"));
        QCOMPARE(f.value(QStringLiteral("fix")).toObject().value(QStringLiteral("safe")).toBool(), true);

        const Run healthy = cli({ QStringLiteral("--json"), QStringLiteral("doctor"),
            dir.copySample(QStringLiteral("autonomous-dev/project")) });
        QCOMPARE(healthy.code, 0);
        QCOMPARE(healthy.json().value(QStringLiteral("healthy")).toBool(), true);
        QCOMPARE(healthy.json().value(QStringLiteral("findings")).toArray().size(), 0);
    }

    void fixWithoutYesWritesNothing()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        addOldTempFile(root, "{\"count\": 3");
        const QStringList before = allFiles(root);
        const Run r = cli({ QStringLiteral("doctor"), root, QStringLiteral("--fix") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("Would fix: [orphan-temp-file]"));
        QCOMPARE(allFiles(root), before);
    }

    void fixYesRepairsWithABackup()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QByteArray bytes = "{\"count\": 3";
        const QString temp = addOldTempFile(root, bytes);
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("doctor"), root, QStringLiteral("--fix"),
            QStringLiteral("--yes") });
        QCOMPARE(r.code, 0);
        const QJsonArray repairs = r.json().value(QStringLiteral("repairs")).toArray();
        QCOMPARE(repairs.size(), 1);
        const QJsonObject step = repairs.first().toObject();
        QCOMPARE(step.value(QStringLiteral("applied")).toBool(), true);
        QVERIFY(step.value(QStringLiteral("error")).isNull());
        const QString backup = step.value(QStringLiteral("backups")).toArray().first().toString();
        QVERIFY(backup.startsWith(root + QStringLiteral("/.statelens/backups/")));
        QFile copy(backup);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);
        QVERIFY(!QFile::exists(temp));
        // What remains is at most the note about the copy kept as evidence.
        QCOMPARE(r.json().value(QStringLiteral("healthy")).toBool(), true);
        for (const QJsonValue& f : r.json().value(QStringLiteral("findings")).toArray())
            QCOMPARE(f.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_clidoctor.moc"
