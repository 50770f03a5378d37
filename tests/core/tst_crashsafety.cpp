// SPDX-License-Identifier: GPL-3.0-or-later
// A writer killed with SIGKILL at random moments never leaves a torn state.json behind.
#include "json/jsondocument.h"
#include "json/jsonpointer.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace statelens;

namespace {
QByteArray content(qint64 generation)
{
    const QByteArray payload(qsizetype(generation % 7919) * 3 + 1, char('a' + generation % 26));
    return "{\n  \"generation\": " + QByteArray::number(generation) + ",\n  \"payload\": \"" + payload + "\"\n}\n";
}

// Starts the writer, lets it run for a random 1..40 ms of writing, then SIGKILLs it.
void runAndKill(const QString& mode, const QString& target, qint64 start, QRandomGenerator& rng)
{
    QProcess p;
    p.setProgram(test::TestDir::programPath(QStringLiteral("crashwriter")));
    p.setArguments({ mode, target, QString::number(start) });
    p.start();
    QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
    // A random moment within the writing loop (QProcess start-up is done by now).
    QTest::qWait(int(rng.bounded(1, 40)));
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawWritesAreAllOrNothing()
    {
        test::TestDir dir;
        const QString file = dir.createFile(QStringLiteral("state.json"), content(0), 0600);
        QRandomGenerator rng(20261121);
        qint64 seen = 0;
        for (int i = 0; i < 200; ++i) {
            runAndKill(QStringLiteral("raw"), file, seen + 1, rng);
            const QByteArray now = dir.read(QStringLiteral("state.json"));
            auto doc = json::Document::parse(now, file);
            QVERIFY2(doc, qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(doc ? QString() : doc.error().toString())));
            const qint64 generation = qint64(doc->number(doc->member(0, u"generation")));
            // Either the content from before this run, or exactly one of the contents it wrote.
            QVERIFY(generation >= seen);
            QCOMPARE(now, content(generation));
            seen = generation;
        }
        // Not a rate: on a busy machine a run can be killed before its first fsync ends.
        QVERIFY2(seen > 0, "the writer never got to write");
        QCOMPARE(int(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
    }

    void storeWritesSurviveKills()
    {
        // The whole documented write path: backup, rotation, lock, metrics.
        test::TestDir dir;
        const QString root = dir.createDir(QStringLiteral("state"));
        QRandomGenerator rng(7);
        qint64 last = 0;
        for (int i = 0; i < 40; ++i) {
            runAndKill(QStringLiteral("store"), root, last + 1, rng);
            const QString stateFile = root + QStringLiteral("/state.json");
            if (!QFileInfo::exists(stateFile))
                continue; // killed before the first save
            auto doc = json::Document::parse(dir.read(stateFile), stateFile);
            QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
            const quint32 n = doc->resolve(json::Pointer::parse(QStringLiteral("/namespaces/global/counter")).value());
            if (n == json::Document::npos)
                continue;
            const qint64 counter = qint64(doc->number(n));
            QVERIFY(counter >= last);
            last = counter;
            // Every backup that exists is complete JSON as well.
            for (const QString& b : QDir(root).entryList({ QStringLiteral("state.backup.*.json") }))
                QVERIFY2(json::Document::parse(dir.read(root + u'/' + b)), qPrintable(b));
        }
        QVERIFY(last > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
