// SPDX-License-Identifier: GPL-3.0-or-later
// readTask()/readTaskFile(): the summary of a task object, read in one pass over its members.
#include "sources/sourceutil.h"
#include "sources/taskreader.h"

#include "sources/source.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace statelens;
using namespace statelens::test;

namespace {
std::shared_ptr<const json::Document> parse(const QByteArray& text)
{
    auto doc = json::Document::parse(text, QStringLiteral("task.json"));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return std::make_shared<const json::Document>(std::move(doc.value()));
}
// The rows of TestTaskReader::summary, outside the class: moc in Qt 6.4 misreads some raw string literals.
void addSummaryRows()
{
    QTest::newRow("documented") << QByteArray(R"({"id": "task_1", "description": "Build", "status": "completed", "tool": "CLAUDECODE",
        "created_at": "2026-01-01T10:00:00.000Z", "updated_at": "2026-01-01T11:00:00Z", "completed_at": "2026-01-01T11:30:00.250Z",
        "logs": [{"message": "a"}, {"message": "b"}], "result": {"id": "not this one", "status": "nested"}})")
                                << QStringLiteral("task_1") << QStringLiteral("completed") << QStringLiteral("Build") << QStringLiteral("") << QStringLiteral("2026-01-01T10:00:00.000Z") << 2;
    QTest::newRow("repeated member: the last wins") << QByteArray(R"({"id": "a", "status": "pending", "status": "failed", "error": "x", "error": null})")
                                                    << QStringLiteral("a") << QStringLiteral("failed") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << 0;
    QTest::newRow("escaped member names") << QByteArray(R"({"\u0069d": "esc", "st\u0061tus": "waiting", "\u0063ompleted_at": "2026-01-01T00:00:00Z", "created_\u0061t": "2026-02-03T04:05:06.007Z"})")
                                          << QStringLiteral("esc") << QStringLiteral("waiting") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("2026-02-03T04:05:06.007Z") << 0;
    QTest::newRow("numbers and other types as written") << QByteArray(R"({"id": 42, "status": true, "description": {"a": 1}, "logs": {"x": 1, "y": 2}})")
                                                         << QStringLiteral("42") << QStringLiteral("true") << QStringLiteral(R"({"a": 1})") << QStringLiteral("") << QStringLiteral("") << 2;
    QTest::newRow("microseconds and offsets") << QByteArray(R"({"id": "p", "created_at": "2026-01-01T10:00:00.123456+00:00"})")
                                              << QStringLiteral("p") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("2026-01-01T10:00:00.123Z") << 0;
    QTest::newRow("no id: the file name") << QByteArray(R"({"status": "pending", "a_member_longer_than_any": 1})")
                                          << QStringLiteral("task") << QStringLiteral("pending") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << 0;
}

const std::shared_ptr<const json::Document> completedTask()
{
    return parse(R"({"id": "t", "status": "completed", "created_at": "2026-01-01T00:00:00.000Z",
                     "completed_at": "2026-01-01T00:00:01.500Z"})");
}
} // namespace

class TestTaskReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("created");
        QTest::addColumn<int>("logs");
        addSummaryRows();
    }
    void summary()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, id);
        QFETCH(QString, status);
        QFETCH(QString, description);
        QFETCH(QString, error);
        QFETCH(QString, created);
        QFETCH(int, logs);
        const auto doc = parse(text);
        for (const Task& t : { readTask(doc, 0, QStringLiteral("/s/tasks/task.json")),
                               readTaskFile(*doc, QStringLiteral("/s/tasks/task.json")) }) {
            QCOMPARE(t.id, id);
            QCOMPARE(t.status, status);
            QCOMPARE(t.description, description);
            QCOMPARE(t.error, error);
            QCOMPARE(t.createdAt.isValid() ? t.createdAt.toUTC().toString(Qt::ISODateWithMs) : QString(), created);
            QCOMPARE(t.logCount, logs);
            QCOMPARE(t.file, QStringLiteral("/s/tasks/task.json"));
        }
    }

    void aFolderIsListedAsListFilesListsIt()
    {
        // readTaskFolder() lists the folder itself (names with their types, one pass); it must take the files
        // listFiles() takes, in the same order, and mark the links.
        TestDir dir;
        const QString tasks = dir.createDir(QStringLiteral("s/tasks"));
        const QByteArray task = R"({"id": "x", "status": "pending"})";
        for (const char* name : { "b.json", "a.json", "B.json", "Z\xc3\xbc.json", "upper.JSON", "10.json", "9.json", "notes.txt", ".hidden.json" })
            dir.createFile(QStringLiteral("s/tasks/") + QString::fromUtf8(name), task);
        QVERIFY(QDir().mkpath(tasks + QStringLiteral("/folder.json")));
        const QString outside = dir.createFile(QStringLiteral("elsewhere/o.json"), task);
        QVERIFY(QFile::link(outside, tasks + QStringLiteral("/linked.json")));
        QVERIFY(QFile::link(tasks + QStringLiteral("/nothing-here"), tasks + QStringLiteral("/dangling.json")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), tasks + QStringLiteral("/dirlink.json")));
        QCOMPARE(mkfifo(QFile::encodeName(tasks + QStringLiteral("/pipe.json")).constData(), 0600), 0);

        Snapshot s;
        const QList<Task> read = readTaskFolder(tasks, s, {});
        QStringList readFiles;
        for (const Task& t : read)
            readFiles << t.file;
        QStringList expected;
        for (const QString& f : listFiles(tasks, { QStringLiteral("*.json") }))
            if (!f.endsWith(QLatin1String("/pipe.json")) && !f.endsWith(QLatin1String("/dangling.json")))
                expected << f; // the FIFO and the dangling link are listed, then refused with a problem
        QCOMPARE(readFiles, expected);
        QVERIFY(expected.contains(tasks + QStringLiteral("/upper.JSON")));
        QVERIFY(!expected.contains(tasks + QStringLiteral("/folder.json")));
        QVERIFY(!expected.contains(tasks + QStringLiteral("/dirlink.json")));
        QStringList problemFiles;
        for (const Problem& p : std::as_const(s.problems))
            problemFiles << QFileInfo(p.file).fileName();
        QVERIFY2(problemFiles.contains(QStringLiteral("pipe.json")), qPrintable(problemFiles.join(u' ')));
        QVERIFY2(problemFiles.contains(QStringLiteral("dangling.json")), qPrintable(problemFiles.join(u' ')));
        QVERIFY2(std::any_of(s.problems.cbegin(), s.problems.cend(), [](const Problem& p) { return p.code == Problem::Code::LinkOutside; }),
                 qPrintable(problemFiles.join(u' '))); // the link out of the folder is marked
    }

    void completedTimes()
    {
        const auto doc = completedTask();
        const Task t = readTask(doc, 0, QStringLiteral("t.json"));
        QCOMPARE(t.createdAt.msecsTo(t.completedAt), qint64(1500));
        QCOMPARE(t.completedAt.timeSpec(), Qt::UTC);
        const TaskMetrics m = computeMetrics({ t });
        QCOMPARE(m.completed, 1);
        QCOMPARE(m.averageCompletionMs, qint64(1500));
    }
};

QTEST_GUILESS_MAIN(TestTaskReader)
#include "tst_taskreader.moc"
