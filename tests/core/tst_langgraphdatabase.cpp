// SPDX-License-Identifier: GPL-3.0-or-later
// The LangGraph checkpoint database below the source (sources/langgraph/langgraphdatabase.h and
// langgraphdetect.h): which files and folders hold one, the rows read in one transaction against the rows
// the test reads itself from the real LangGraph.js sample, one checkpoint by its key, and the files that
// are not such a database (missing, empty, a FIFO, SQLite without the tables). Reading never writes.
#include "sources/langgraph/langgraphdatabase.h"
#include "sources/langgraph/langgraphdetect.h"
#include "rawdb.h"
#include "testdir.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace statelens;
using namespace statelens::langgraph;
using statelens::test::RawDb;
using statelens::test::TestDir;

Q_DECLARE_METATYPE(statelens::Error::Kind)

namespace {

const QString Sample = QStringLiteral("langgraph/agent-checkpoints.sqlite");

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestLangGraphDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findDatabase_data();
    void findDatabase();
    void rowsAsTheDatabaseHoldsThem();
    void oneCheckpointByItsKey();
    void notACheckpointDatabase_data();
    void notACheckpointDatabase();
    void cancelledWhileReading();
};

void TestLangGraphDatabase::findDatabase_data()
{
    QTest::addColumn<QStringList>("files"); // "name" copies the sample as name; "name=text" writes text
    QTest::addColumn<QString>("open");      // relative; empty: the folder
    QTest::addColumn<QString>("found");     // relative; empty: none

    QTest::newRow("the file") << QStringList { "agent.sqlite" } << "agent.sqlite" << "agent.sqlite";
    QTest::newRow("any extension when named") << QStringList { "agent.bin" } << "agent.bin" << "agent.bin";
    QTest::newRow("in a folder: *.sqlite") << QStringList { "agent.sqlite" } << "" << "agent.sqlite";
    QTest::newRow("in a folder: *.sqlite3") << QStringList { "agent.sqlite3" } << "" << "agent.sqlite3";
    QTest::newRow("in a folder: *.db") << QStringList { "checkpoints.db" } << "" << "checkpoints.db";
    QTest::newRow("in a folder: other names are not looked at") << QStringList { "agent.bin" } << "" << "";
    QTest::newRow("the first by name") << QStringList { "b.db", "a.sqlite" } << "" << "a.sqlite";
    QTest::newRow("text named .db is skipped") << QStringList { "a.db=not sqlite", "b.db" } << "" << "b.db";
    QTest::newRow("an empty file") << QStringList { "a.db=" } << "a.db" << "";
    QTest::newRow("SQLite without the tables") << QStringList { "other.db=sqlite" } << "" << "";
    QTest::newRow("missing") << QStringList() << "nothing.sqlite" << "";
    QTest::newRow("empty folder") << QStringList() << "" << "";
}

void TestLangGraphDatabase::findDatabase()
{
    QFETCH(QStringList, files);
    QFETCH(QString, open);
    QFETCH(QString, found);
    TestDir dir;
    const QString folder = dir.createDir(QStringLiteral("agent"));
    for (const QString& f : std::as_const(files)) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq < 0) {
            dir.copySample(Sample, QStringLiteral("agent/") + f);
        } else if (f.mid(eq + 1) == u"sqlite") {
            RawDb raw(folder + u'/' + f.left(eq));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE checkpoints (x)")));
        } else {
            dir.createFile(QStringLiteral("agent/") + f.left(eq), f.mid(eq + 1).toUtf8());
        }
    }
    const QString path = open.isEmpty() ? folder : folder + u'/' + open;
    const QString expected = found.isEmpty() ? QString() : folder + u'/' + found;
    QCOMPARE(langgraph::findDatabase(path), expected);
    QCOMPARE(hasCheckpointTables(path), !expected.isEmpty() && !open.isEmpty());
}

void TestLangGraphDatabase::rowsAsTheDatabaseHoldsThem()
{
    TestDir dir;
    const QString db = dir.copySample(Sample);
    const QByteArray before = digest(db);
    auto rows = readDatabase(db);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QVERIFY(!rows->readOnly);
    QVERIFY(rows->note.isEmpty());
    // Read, not written: the same bytes, and no -wal or -shm left beside the file.
    QCOMPARE(digest(db), before);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));

    RawDb raw(db);
    const QList<QVariantList> checkpoints = raw.select(QStringLiteral(
        "SELECT thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, metadata FROM checkpoints "
        "ORDER BY thread_id, checkpoint_ns, checkpoint_id"));
    QVERIFY(checkpoints.size() > 3);
    QCOMPARE(rows->checkpoints.size(), checkpoints.size());
    for (int i = 0; i < checkpoints.size(); ++i) {
        const CheckpointRow& r = rows->checkpoints[i];
        const QVariantList& x = checkpoints[i];
        QCOMPARE(r.thread, x[0].toString());
        QCOMPARE(r.ns, x[1].toString());
        QCOMPARE(r.id, x[2].toString());
        QCOMPARE(r.parentId, x[3].toString());
        QCOMPARE(r.type, x[4].toString());
        QCOMPARE(r.checkpoint, x[5].toByteArray());
        QCOMPARE(r.metadata, x[6].toByteArray());
    }
    // The first checkpoint of a chain has no parent.
    QVERIFY(rows->checkpoints.first().parentId.isEmpty());

    const QList<QVariantList> writes = raw.select(QStringLiteral(
        "SELECT thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, value FROM writes "
        "ORDER BY thread_id, checkpoint_ns, checkpoint_id, task_id, idx"));
    QVERIFY(!writes.isEmpty());
    QCOMPARE(rows->writes.size(), writes.size());
    for (int i = 0; i < writes.size(); ++i) {
        const WriteRow& w = rows->writes[i];
        QCOMPARE(w.thread, writes[i][0].toString());
        QCOMPARE(w.checkpointId, writes[i][2].toString());
        QCOMPARE(w.taskId, writes[i][3].toString());
        QCOMPARE(w.idx, writes[i][4].toLongLong());
        QCOMPARE(w.channel, writes[i][5].toString());
        QCOMPARE(w.value, writes[i][7].toByteArray());
    }
}

void TestLangGraphDatabase::oneCheckpointByItsKey()
{
    TestDir dir;
    const QString db = dir.copySample(Sample);
    auto all = readDatabase(db);
    QVERIFY(all);
    const CheckpointRow& last = all->checkpoints.last();
    auto one = readCheckpoint(db, last.thread, last.ns, last.id);
    QVERIFY(one);
    QCOMPARE(one->id, last.id);
    QCOMPARE(one->thread, last.thread);
    QCOMPARE(one->checkpoint, last.checkpoint);
    QCOMPARE(one->metadata, last.metadata);

    auto missing = readCheckpoint(db, last.thread, last.ns, QStringLiteral("no-such-id"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QCOMPARE(missing.error().file, db);
    // The namespace is part of the key.
    QVERIFY(!readCheckpoint(db, last.thread, QStringLiteral("other:ns"), last.id));
}

void TestLangGraphDatabase::notACheckpointDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Error::Kind>("error");
    QTest::newRow("missing") << "missing" << Error::Kind::NotFound;
    QTest::newRow("empty") << "empty" << Error::Kind::Parse;
    QTest::newRow("a FIFO") << "fifo" << Error::Kind::Io;
    QTest::newRow("text") << "text" << Error::Kind::Io;
    QTest::newRow("SQLite without the tables") << "sqlite" << Error::Kind::Parse;
}

void TestLangGraphDatabase::notACheckpointDatabase()
{
    QFETCH(QString, kind);
    QFETCH(Error::Kind, error);
    TestDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    if (kind == u"empty")
        dir.createFile(QStringLiteral("x.sqlite"), QByteArray());
    else if (kind == u"fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else if (kind == u"text")
        dir.createFile(QStringLiteral("x.sqlite"), "checkpoints, writes");
    else if (kind == u"sqlite") {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE checkpoints (x)")));
    }
    auto rows = readDatabase(path);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, error);
    QCOMPARE(rows.error().file, path);
    QVERIFY(!readCheckpoint(path, QStringLiteral("t"), {}, QStringLiteral("1")));
    QVERIFY(!hasCheckpointTables(path));
    QCOMPARE(QFileInfo::exists(path), kind != u"missing"); // nothing made by looking
}

void TestLangGraphDatabase::cancelledWhileReading()
{
    TestDir dir;
    const QString db = dir.copySample(Sample);
    {
        RawDb raw(db);
        // Enough rows for the reader to look at the flag between them.
        QVERIFY(raw.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
            "INSERT INTO checkpoints SELECT c.thread_id, c.checkpoint_ns, c.checkpoint_id || '-' || n.i, c.checkpoint_id, "
            "c.type, c.checkpoint, c.metadata FROM n, (SELECT * FROM checkpoints LIMIT 1) c")));
    }
    std::atomic<bool> cancel { true };
    LoadContext context;
    context.cancel = &cancel;
    auto rows = readDatabase(db, context);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, Error::Kind::Cancelled);
    QCOMPARE(rows.error().file, db);
    cancel = false;
    auto whole = readDatabase(db, context);
    QVERIFY(whole);
    QVERIFY(whole->checkpoints.size() > 600);
}

QTEST_GUILESS_MAIN(TestLangGraphDatabase)
#include "tst_langgraphdatabase.moc"
