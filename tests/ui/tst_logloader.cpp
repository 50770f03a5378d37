// SPDX-License-Identifier: GPL-3.0-or-later
// LogLoader (ui/logs/logloader.h): log files read off the UI thread and handed back as records, named by
// file, with an error for each file that cannot be read; a newer request replaces an older one, so only the
// newer one is answered.
#include "logs/logloader.h"
#include "testdir.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

Q_DECLARE_METATYPE(statelens::LogRecord)

namespace {

LogFile logFile(const QString& path, LogFile::Format format, const QString& name = {})
{
    LogFile f;
    f.path = path;
    f.format = format;
    f.name = name;
    return f;
}

QList<LogRecord> recordsOf(const QSignalSpy& spy)
{
    return spy.first().first().value<QList<LogRecord>>();
}

} // namespace

class TestLogLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<LogRecord>>(); }
    void readsTheSampleLogs();
    void aFileThatCannotBeReadIsAnError();
    void aNewerRequestReplacesTheOlder();
    void nothingToRead();
};

void TestLogLoader::readsTheSampleLogs()
{
    TestDir dir;
    const QString audit = dir.copySample(QStringLiteral("autonomous-dev/project/logs/security_audit.log"));
    const QString session = dir.copySample(QStringLiteral("coding-agent/coding-agent-state/logs/session_sess-42_1795260929605.log"));
    LogLoader loader;
    QSignalSpy loaded(&loader, &LogLoader::loaded);
    loader.load({ logFile(audit, LogFile::Format::JsonLines), logFile(session, LogFile::Format::Text, QStringLiteral("session 42")) });
    QVERIFY(loader.isLoading());
    QVERIFY(loaded.wait(5000));
    QVERIFY(!loader.isLoading());
    const QList<LogRecord> records = recordsOf(loaded);
    QVERIFY(loaded.first().at(1).toStringList().isEmpty());

    // Every line of both files, in file order, each named by its file (or the name given).
    const QList<QByteArray> auditLines = dir.read(audit).trimmed().split('\n');
    const QList<QByteArray> sessionLines = dir.read(session).trimmed().split('\n');
    QCOMPARE(records.size(), auditLines.size() + sessionLines.size());
    QCOMPARE(records.first().source, QStringLiteral("security_audit.log"));
    QCOMPARE(records.first().line, 1);
    QCOMPARE(records.first().level, QStringLiteral("success"));
    QCOMPARE(records.first().time, QStringLiteral("2026-11-21T11:34:48.408679Z"));
    QCOMPARE(records[auditLines.size() - 1].line, int(auditLines.size()));
    const LogRecord& text = records[auditLines.size()];
    QCOMPARE(text.source, QStringLiteral("session 42"));
    QCOMPARE(text.line, 1);
    QVERIFY2(text.message.contains(QLatin1String("session started")), qPrintable(text.message));
}

void TestLogLoader::aFileThatCannotBeReadIsAnError()
{
    TestDir dir;
    const QString good = dir.createFile(QStringLiteral("logs/a.log"), "[10:00] one\n[10:01] two\n");
    const QString missing = dir.filePath(QStringLiteral("logs/gone.log"));
    const QString folder = dir.createDir(QStringLiteral("logs/not-a-file.log"));
    LogLoader loader;
    QSignalSpy loaded(&loader, &LogLoader::loaded);
    loader.load({ logFile(missing, LogFile::Format::Text), logFile(good, LogFile::Format::Text),
                  logFile(folder, LogFile::Format::Text) });
    QVERIFY(loaded.wait(5000));
    // What can be read is there; each other file is one error that names it.
    QCOMPARE(recordsOf(loaded).size(), 2);
    const QStringList errors = loaded.first().at(1).toStringList();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0].startsWith(missing), qPrintable(errors[0]));
    QVERIFY2(errors[1].startsWith(folder), qPrintable(errors[1]));
}

void TestLogLoader::aNewerRequestReplacesTheOlder()
{
    TestDir dir;
    const QString first = dir.createFile(QStringLiteral("first.log"), QByteArray("[10:00] first\n").repeated(20000));
    const QString second = dir.createFile(QStringLiteral("second.log"), "[10:00] second\n");
    LogLoader loader;
    QSignalSpy loaded(&loader, &LogLoader::loaded);
    loader.load({ logFile(first, LogFile::Format::Text) });
    loader.load({ logFile(second, LogFile::Format::Text) });
    QVERIFY(loaded.wait(5000));
    QCOMPARE(recordsOf(loaded).size(), 1);
    QCOMPARE(recordsOf(loaded).first().source, QStringLiteral("second.log"));
    // The first answer never comes.
    QVERIFY(!loaded.wait(300));
    QCOMPARE(loaded.size(), 1);
}

void TestLogLoader::nothingToRead()
{
    LogLoader loader;
    QSignalSpy loaded(&loader, &LogLoader::loaded);
    loader.load({});
    QVERIFY(loaded.wait(5000));
    QVERIFY(recordsOf(loaded).isEmpty());
    QVERIFY(loaded.first().at(1).toStringList().isEmpty());
}

QTEST_MAIN(TestLogLoader)
#include "tst_logloader.moc"
