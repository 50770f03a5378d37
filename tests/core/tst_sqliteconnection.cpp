// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteConnection on its own (the one SQLite connection of the rs-llmspell and LangGraph sources): the
// three open modes and what each sees of a live writer's WAL, files that are not databases, the fallback
// to an immutable open, and the write transaction (BEGIN IMMEDIATE, busy when another writer holds it,
// commit, rollback, rollback on destruction).
#include "sources/llmspell/sqliteconnection.h"
#include "rawdb.h"
#include "testdir.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace statelens;
using namespace statelens::llmspell;
using statelens::test::RawDb;
using statelens::test::TestDir;

Q_DECLARE_METATYPE(statelens::llmspell::SqliteConnection::Mode)

namespace {

/// A database with table t(v) holding one row; in WAL mode when `wal`.
QString makeDatabase(TestDir& dir, bool wal, const QString& name = QStringLiteral("s.db"))
{
    const QString path = dir.filePath(name);
    RawDb raw(path);
    if (wal && !raw.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        qFatal("no WAL");
    if (!raw.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")) || !raw.exec(QStringLiteral("INSERT INTO t VALUES (1)")))
        qFatal("cannot fill %s", qPrintable(path));
    return path;
}

int rows(const SqliteConnection& c)
{
    QSqlQuery q(c.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM t")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool insert(const SqliteConnection& c)
{
    QSqlQuery q(c.database());
    return q.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
}

} // namespace

class TestSqliteConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensADatabase_data();
    void opensADatabase();
    void filesThatAreNotDatabases_data();
    void filesThatAreNotDatabases();
    void aQuietWalDatabaseIsReadWithoutMakingFiles();
    void aLiveWriterIsSeenThroughItsWal();
    void readOnlyRefusesWrites();
    void openForReadingFallsBackToImmutable();
    void aSecondWriterIsBusy();
    void rollbackAndDestructionUndo();
    void commitWithoutATransactionNamesWhat();
    void errorsNameTheFile();
};

void TestSqliteConnection::opensADatabase_data()
{
    QTest::addColumn<SqliteConnection::Mode>("mode");
    QTest::addColumn<bool>("wal");
    QTest::newRow("read-only") << SqliteConnection::Mode::ReadOnly << false;
    QTest::newRow("read-only, WAL") << SqliteConnection::Mode::ReadOnly << true;
    QTest::newRow("immutable") << SqliteConnection::Mode::Immutable << false;
    QTest::newRow("read-write") << SqliteConnection::Mode::ReadWrite << false;
    QTest::newRow("read-write, WAL") << SqliteConnection::Mode::ReadWrite << true;
}

void TestSqliteConnection::opensADatabase()
{
    QFETCH(SqliteConnection::Mode, mode);
    QFETCH(bool, wal);
    TestDir dir;
    const QString path = makeDatabase(dir, wal);
    // A name with characters a URI must escape: the immutable open builds one.
    const QString odd = dir.filePath(QStringLiteral("a dir #1?/s%20.db"));
    QVERIFY(QDir().mkpath(QFileInfo(odd).absolutePath()));
    QVERIFY(QFile::rename(path, odd));
    SqliteConnection c(odd, mode);
    QCOMPARE(c.mode(), mode);
    QCOMPARE(c.path(), odd);
    auto opened = c.open();
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(rows(c), 1);
    QVERIFY(hasTable(c.database(), QStringLiteral("t")));
    QVERIFY(!hasTable(c.database(), QStringLiteral("kv_store")));
}

void TestSqliteConnection::filesThatAreNotDatabases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("exists");
    QTest::newRow("text") << QByteArray("{\"this is\": \"JSON\"}\n") << true;
    QTest::newRow("a damaged header") << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'g') << true;
    QTest::newRow("missing") << QByteArray() << false;
}

void TestSqliteConnection::filesThatAreNotDatabases()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, exists);
    TestDir dir;
    const QString path = exists ? dir.createFile(QStringLiteral("x.db"), content) : dir.filePath(QStringLiteral("x.db"));
    for (SqliteConnection::Mode mode : { SqliteConnection::Mode::ReadOnly, SqliteConnection::Mode::Immutable }) {
        SqliteConnection c(path, mode);
        auto opened = c.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Io);
        QCOMPARE(opened.error().file, path);
        QVERIFY(!opened.error().message.isEmpty());
    }
    QString note;
    QVERIFY(!openForReading(path, &note));
    QCOMPARE(QFileInfo::exists(path), exists); // opening to read never creates the file
}

void TestSqliteConnection::aQuietWalDatabaseIsReadWithoutMakingFiles()
{
    TestDir dir;
    const QString path = makeDatabase(dir, true); // the last connection closed: no -wal, no -shm
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
        QVERIFY(c.open());
        QCOMPARE(rows(c), 1);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
}

void TestSqliteConnection::aLiveWriterIsSeenThroughItsWal()
{
    TestDir dir;
    const QString path = makeDatabase(dir, true);
    RawDb writer(path); // stays open: its commits stay in the -wal file
    QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
    QVERIFY(writer.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    SqliteConnection reader(path, SqliteConnection::Mode::ReadOnly);
    QVERIFY(reader.open());
    QCOMPARE(rows(reader), 2);
    // Immutable reads the main file alone: the row in the WAL is not there.
    SqliteConnection immutable(path, SqliteConnection::Mode::Immutable);
    QVERIFY(immutable.open());
    QCOMPARE(rows(immutable), 1);
    QString note;
    auto forReading = openForReading(path, &note);
    QVERIFY(forReading);
    QCOMPARE(forReading.value()->mode(), SqliteConnection::Mode::ReadOnly);
    QVERIFY(note.isEmpty());
}

void TestSqliteConnection::readOnlyRefusesWrites()
{
    TestDir dir;
    const QString path = makeDatabase(dir, false);
    const QByteArray before = dir.read(path);
    for (SqliteConnection::Mode mode : { SqliteConnection::Mode::ReadOnly, SqliteConnection::Mode::Immutable }) {
        SqliteConnection c(path, mode);
        QVERIFY(c.open());
        QVERIFY(!insert(c));
    }
    QCOMPARE(dir.read(path), before);
}

void TestSqliteConnection::openForReadingFallsBackToImmutable()
{
    // A WAL database whose -wal cannot be opened (here a folder stands in its place; on a read-only medium
    // a -shm that cannot be created does the same): the read-only open fails, the immutable one reads the
    // main file.
    TestDir dir;
    const QString path = makeDatabase(dir, true);
    QVERIFY(QDir().mkdir(path + QStringLiteral("-wal")));
    SqliteConnection plain(path, SqliteConnection::Mode::ReadOnly);
    QVERIFY(!plain.open());

    QString note;
    auto c = openForReading(path, &note);
    QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
    QCOMPARE(c.value()->mode(), SqliteConnection::Mode::Immutable);
    QCOMPARE(rows(*c.value()), 1);
    QVERIFY(!note.isEmpty());
}

void TestSqliteConnection::aSecondWriterIsBusy()
{
    TestDir dir;
    const QString path = makeDatabase(dir, true);
    SqliteConnection first(path, SqliteConnection::Mode::ReadWrite, 50);
    SqliteConnection second(path, SqliteConnection::Mode::ReadWrite, 50);
    QVERIFY(first.beginImmediate());
    QVERIFY(insert(first));
    auto busy = second.beginImmediate();
    QVERIFY(!busy);
    QCOMPARE(busy.error().kind, Error::Kind::Busy);
    QCOMPARE(busy.error().file, path);
    QVERIFY(first.commit(QStringLiteral("the test row")));
    // Free again once the first has committed; the next writer sees its row.
    SqliteConnection third(path, SqliteConnection::Mode::ReadWrite, 50);
    QVERIFY(third.beginImmediate());
    QCOMPARE(rows(third), 2);
    QVERIFY(third.commit(QStringLiteral("nothing")));
}

void TestSqliteConnection::rollbackAndDestructionUndo()
{
    TestDir dir;
    const QString path = makeDatabase(dir, false);
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(c.beginImmediate());
        QVERIFY(insert(c));
        QCOMPARE(rows(c), 2);
        c.rollback();
        QCOMPARE(rows(c), 1);
        c.rollback(); // nothing open: nothing happens
    }
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(c.beginImmediate());
        QVERIFY(insert(c));
    } // destroyed inside the transaction: rolled back
    RawDb raw(path);
    QCOMPARE(raw.select(QStringLiteral("SELECT count(*) FROM t")).first().first().toInt(), 1);
}

void TestSqliteConnection::commitWithoutATransactionNamesWhat()
{
    TestDir dir;
    const QString path = makeDatabase(dir, false);
    SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
    QVERIFY(c.open());
    auto r = c.commit(QStringLiteral("the new rows"));
    QVERIFY(!r);
    QCOMPARE(r.error().file, path);
    QVERIFY2(r.error().message.startsWith(QLatin1String("the new rows: ")), qPrintable(r.error().message));
}

void TestSqliteConnection::errorsNameTheFile()
{
    SqliteConnection c(QStringLiteral("/data/x.db"), SqliteConnection::Mode::ReadOnly);
    const Error e = c.error(QStringLiteral("cannot read"), QStringLiteral("disk I/O error"));
    QCOMPARE(e.kind, Error::Kind::Io);
    QCOMPARE(e.file, QStringLiteral("/data/x.db"));
    QCOMPARE(e.message, QStringLiteral("cannot read: disk I/O error"));
    QCOMPARE(c.error(QStringLiteral("cannot read"), {}).message, QStringLiteral("cannot read"));
    // SQLite's own words rather than Qt's wrapper, when there are any.
    QCOMPARE(sqlMessage(QSqlError(QStringLiteral("Unable to execute statement"), QStringLiteral("database is locked"))),
             QStringLiteral("database is locked"));
    QCOMPARE(sqlMessage(QSqlError(QStringLiteral("driver text"), {})), QStringLiteral("driver text"));
}

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqliteconnection.moc"
