// SPDX-License-Identifier: GPL-3.0-or-later
// Recognising rs-llmspell state and sled folders (sources/llmspell/llmspelldetect.h): the files and
// folders that are rs-llmspell (the database, a root with data/, a backups folder), which database of a
// folder is used, where the backups are, and the sled layouts that are named but never read.
#include "sources/llmspell/llmspelldetect.h"
#include "rawdb.h"
#include "testdir.h"

#include <QFileInfo>
#include <QTest>

using namespace statelens;
using statelens::test::RawDb;
using statelens::test::TestDir;

namespace {

/// Builds `spec` in `dir`: "a/b/" a folder, "x.db=kv" SQLite with a kv_store table, "x.db=sqlite" SQLite
/// without one, "name=text" a file holding the text, "name" an empty file.
void build(TestDir& dir, const QStringList& spec)
{
    for (const QString& item : spec) {
        if (item.endsWith(u'/')) {
            dir.createDir(item);
            continue;
        }
        const qsizetype eq = item.indexOf(u'=');
        const QString name = eq < 0 ? item : item.left(eq);
        const QString what = eq < 0 ? QString() : item.mid(eq + 1);
        if (what == u"kv" || what == u"sqlite") {
            dir.createDir(QFileInfo(dir.filePath(name)).path());
            RawDb raw(dir.filePath(name));
            const bool made = raw.exec(what == u"kv" ? QStringLiteral("CREATE TABLE kv_store (key TEXT, value BLOB)")
                                                     : QStringLiteral("CREATE TABLE other (x)"));
            if (!made)
                qFatal("cannot build %s", qPrintable(name));
        } else {
            dir.createFile(name, what.toUtf8());
        }
    }
}

} // namespace

class TestLlmSpellDetect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSample();
    void looksLikeLlmSpell_data();
    void looksLikeLlmSpell();
    void findDatabase_data();
    void findDatabase();
    void findBackupsFolder_data();
    void findBackupsFolder();
    void looksLikeSled_data();
    void looksLikeSled();
};

void TestLlmSpellDetect::theSample()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    QString why;
    QVERIFY(::statelens::looksLikeLlmSpell(root, &why));
    QVERIFY2(why.contains(QLatin1String("data/llmspell.db")), qPrintable(why));
    QVERIFY(::statelens::looksLikeLlmSpell(root + QStringLiteral("/data/llmspell.db"), &why));
    QVERIFY(::statelens::looksLikeLlmSpell(root + QStringLiteral("/data")));
    QVERIFY(::statelens::looksLikeLlmSpell(root + QStringLiteral("/backups"), &why));
    QCOMPARE(llmspell::findDatabase(root), root + QStringLiteral("/data/llmspell.db"));
    QCOMPARE(llmspell::findBackupsFolder(root), root + QStringLiteral("/backups"));
    QVERIFY(!::statelens::looksLikeSled(root));
    // Neither is a LangGraph database.
    QVERIFY(!::statelens::looksLikeLlmSpell(dir.copySample(QStringLiteral("langgraph/agent-checkpoints.sqlite"))));
}

void TestLlmSpellDetect::looksLikeLlmSpell_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QString>("open");
    QTest::addColumn<bool>("is");

    QTest::newRow("a database with kv_store") << QStringList { "s.db=kv" } << "s.db" << true;
    QTest::newRow("any name") << QStringList { "state.bin=kv" } << "state.bin" << true;
    QTest::newRow("SQLite without kv_store") << QStringList { "s.db=sqlite" } << "s.db" << false;
    QTest::newRow("text named .db") << QStringList { "s.db=kv_store" } << "s.db" << false;
    QTest::newRow("an empty file") << QStringList { "s.db" } << "s.db" << false;
    QTest::newRow("a root with data/") << QStringList { "r/data/llmspell.db=kv" } << "r" << true;
    QTest::newRow("a root with data/ of another name") << QStringList { "r/data/x.sqlite=kv" } << "r" << true;
    QTest::newRow("a folder of databases") << QStringList { "r/x.db=kv" } << "r" << true;
    QTest::newRow("a backups folder") << QStringList { "b/backup_1_a.meta={}" } << "b" << true;
    QTest::newRow("a root with backups/") << QStringList { "r/backups/backup_1_a.meta={}" } << "r" << true;
    QTest::newRow("other .meta files") << QStringList { "r/x.meta={}" } << "r" << false;
    QTest::newRow("a llmspell.db that is not one") << QStringList { "r/data/llmspell.db=broken" } << "r" << false;
    QTest::newRow("an empty folder") << QStringList { "r/" } << "r" << false;
    QTest::newRow("missing") << QStringList() << "r" << false;
}

void TestLlmSpellDetect::looksLikeLlmSpell()
{
    QFETCH(QStringList, spec);
    QFETCH(QString, open);
    QFETCH(bool, is);
    TestDir dir;
    build(dir, spec);
    QString why;
    QCOMPARE(::statelens::looksLikeLlmSpell(dir.filePath(open), &why), is);
    QCOMPARE(!why.isEmpty(), is); // says why when it is, nothing when it is not
    QCOMPARE(::statelens::looksLikeLlmSpell(dir.filePath(open)), is); // `why` is optional
}

void TestLlmSpellDetect::findDatabase_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QString>("found"); // relative to the root "r"; empty: none

    QTest::newRow("data/llmspell.db") << QStringList { "r/data/llmspell.db=kv", "r/data/a.db=kv" } << "data/llmspell.db";
    QTest::newRow("llmspell.db even when it is not readable, to say why")
        << QStringList { "r/data/llmspell.db=broken", "r/data/a.db=kv" } << "data/llmspell.db";
    QTest::newRow("the first with kv_store") << QStringList { "r/data/a.db=sqlite", "r/data/b.db=kv", "r/data/c.db=kv" }
                                             << "data/b.db";
    QTest::newRow("the only one") << QStringList { "r/data/a.db=sqlite" } << "data/a.db";
    QTest::newRow("two, neither with kv_store") << QStringList { "r/data/a.db=sqlite", "r/data/b.db=sqlite" } << "";
    QTest::newRow("*.sqlite and *.sqlite3 count") << QStringList { "r/data/a.sqlite3=kv" } << "data/a.sqlite3";
    QTest::newRow("data/ first, then the folder itself") << QStringList { "r/data/a.db=kv", "r/b.db=kv" } << "data/a.db";
    QTest::newRow("the folder itself") << QStringList { "r/b.db=kv", "r/notes.txt=x" } << "b.db";
    QTest::newRow("none") << QStringList { "r/data/", "r/x.json={}" } << "";
}

void TestLlmSpellDetect::findDatabase()
{
    QFETCH(QStringList, spec);
    QFETCH(QString, found);
    TestDir dir;
    build(dir, spec);
    QCOMPARE(llmspell::findDatabase(dir.filePath(QStringLiteral("r"))),
             found.isEmpty() ? QString() : dir.filePath(QStringLiteral("r/") + found));
}

void TestLlmSpellDetect::findBackupsFolder_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QString>("found");
    QTest::newRow("backups/") << QStringList { "r/backups/" } << "r/backups";
    QTest::newRow("the folder holds *.meta") << QStringList { "r/backup_1_a.meta={}" } << "r";
    QTest::newRow("backups/ first") << QStringList { "r/backups/", "r/x.meta={}" } << "r/backups";
    QTest::newRow("a file named backups") << QStringList { "r/backups=x" } << "";
    QTest::newRow("none") << QStringList { "r/data/" } << "";
}

void TestLlmSpellDetect::findBackupsFolder()
{
    QFETCH(QStringList, spec);
    QFETCH(QString, found);
    TestDir dir;
    build(dir, spec);
    QCOMPARE(llmspell::findBackupsFolder(dir.filePath(QStringLiteral("r"))), found.isEmpty() ? QString() : dir.filePath(found));
}

void TestLlmSpellDetect::looksLikeSled_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("why"); // what was found; empty: not sled

    QTest::newRow("conf and db") << QStringList { "s/conf=x", "s/db=x" } << "s" << "db";
    QTest::newRow("conf and a snapshot") << QStringList { "s/conf=x", "s/snap.0000000000001=x" } << "s" << "snap.*";
    QTest::newRow("conf and blobs/") << QStringList { "s/conf=x", "s/blobs/" } << "s" << "blobs/";
    QTest::newRow("all three") << QStringList { "s/conf=x", "s/db=x", "s/snap.1=x", "s/blobs/" } << "s" << "db, snap.*, blobs/";
    QTest::newRow("conf alone") << QStringList { "s/conf=x" } << "s" << "";
    QTest::newRow("db alone") << QStringList { "s/db=x" } << "s" << "";
    QTest::newRow("conf is a folder") << QStringList { "s/conf/", "s/db=x" } << "s" << "";
    QTest::newRow("a file") << QStringList { "s/conf=x", "s/db=x" } << "s/db" << "";
}

void TestLlmSpellDetect::looksLikeSled()
{
    QFETCH(QStringList, spec);
    QFETCH(QString, open);
    QFETCH(QString, why);
    TestDir dir;
    build(dir, spec);
    QString said;
    QCOMPARE(::statelens::looksLikeSled(dir.filePath(open), &said), !why.isEmpty());
    if (!why.isEmpty())
        QVERIFY2(said.contains(QStringLiteral("(conf, %1)").arg(why)), qPrintable(said));
    QVERIFY(!::statelens::looksLikeLlmSpell(dir.filePath(open))); // never taken for SQLite state
}

QTEST_GUILESS_MAIN(TestLlmSpellDetect)
#include "tst_llmspelldetect.moc"
