// SPDX-License-Identifier: GPL-3.0-or-later
// backup::Coverage on its own: what part of a state a backup holds, and trimming a snapshot to it, so that
// comparing with a partial backup never reports what it never held as removed.
#include "backup/coverage.h"

#include <QTest>

Q_DECLARE_METATYPE(statelens::backup::Coverage)

using namespace statelens;
using namespace statelens::backup;

namespace {
Entry entry(const QString& key, const QString& scope = {})
{
    Entry e;
    e.key = key;
    e.value = ValueRef::fromValue(json::JsonValue::fromString(key));
    if (!scope.isEmpty())
        e.meta.insert(QStringLiteral("scope"), scope);
    return e;
}

Snapshot snapshot()
{
    Snapshot s;
    s.namespaces.append(Namespace { QStringLiteral("user"), QList<Entry> { entry(QStringLiteral("name")), entry(QStringLiteral("theme")) } });
    s.namespaces.append(Namespace { QStringLiteral("a/b"), QList<Entry> { entry(QStringLiteral("x~y")) } });
    s.namespaces.append(Namespace { QStringLiteral("other"),
                                    QList<Entry> { entry(QStringLiteral("test:1")), entry(QStringLiteral("state-row"), QStringLiteral("Global")) } });
    s.namespaces.append(Namespace { QStringLiteral("empty"), QList<Entry> {} });
    for (const char* id : { "t1", "t2" }) {
        Task t;
        t.id = QString::fromLatin1(id);
        s.tasks.append(t);
    }
    return s;
}

/// "ns:key,key;ns:…|task,task" for a trimmed snapshot.
QString describe(const Snapshot& s)
{
    QStringList nss;
    for (const Namespace& ns : s.namespaces) {
        QStringList keys;
        for (const Entry& e : ns.entries)
            keys << e.key;
        nss << ns.name + u':' + keys.join(u',');
    }
    QStringList tasks;
    for (const Task& t : s.tasks)
        tasks << t.id;
    return nss.join(u';') + u'|' + tasks.join(u',');
}
} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyAddressEscapes();
    void trim_data();
    void trim();
    void emptiness();
};

void TestCoverage::keyAddressEscapes()
{
    QCOMPARE(keyAddress(QStringLiteral("user"), QStringLiteral("name")), QStringLiteral("user/name"));
    QCOMPARE(keyAddress(QStringLiteral("a/b"), QStringLiteral("x~y")), QStringLiteral("a~1b/x~0y"));
}

void TestCoverage::trim_data()
{
    QTest::addColumn<Coverage>("coverage");
    QTest::addColumn<QString>("kept");

    Coverage all;
    all.allNamespaces = true;
    all.allTasks = true;
    QTest::newRow("everything (a whole state.json backup with tasks)")
        << all << QStringLiteral("user:name,theme;a/b:x~y;other:test:1,state-row;empty:|t1,t2");

    Coverage scoped;
    scoped.allNamespaces = true;
    scoped.scopedRowsOnly = true;
    QTest::newRow("rs-llmspell: only rows of a state scope") << scoped << QStringLiteral("other:state-row|");

    Coverage oneNamespace;
    oneNamespace.namespaces = { QStringLiteral("user"), QStringLiteral("empty") };
    QTest::newRow("whole namespaces, an empty one kept") << oneNamespace << QStringLiteral("user:name,theme;empty:|");

    Coverage keys;
    keys.keys = { keyAddress(QStringLiteral("user"), QStringLiteral("theme")), keyAddress(QStringLiteral("a/b"), QStringLiteral("x~y")) };
    keys.tasks = { QStringLiteral("t2") };
    QTest::newRow("single keys (escaped) and one task") << keys << QStringLiteral("user:theme;a/b:x~y|t2");

    Coverage unescaped;
    unescaped.keys = { QStringLiteral("a/b/x~y") }; // not Address::toString() form: covers nothing
    QTest::newRow("an unescaped key address covers nothing") << unescaped << QStringLiteral("|");

    QTest::newRow("nothing") << Coverage() << QStringLiteral("|");
}

void TestCoverage::trim()
{
    QFETCH(Coverage, coverage);
    QFETCH(QString, kept);
    const Snapshot full = snapshot();
    QCOMPARE(describe(trimToCoverage(full, coverage)), kept);
}

void TestCoverage::emptiness()
{
    Coverage c;
    QVERIFY(c.isEmpty());
    c.tasks.insert(QStringLiteral("t1"));
    QVERIFY(!c.isEmpty());
    QVERIFY(c.coversTask(QStringLiteral("t1")));
    QVERIFY(!c.coversTask(QStringLiteral("t2")));
    c.allTasks = true;
    QVERIFY(c.coversTask(QStringLiteral("t2")));
    Coverage k;
    k.keys.insert(QStringLiteral("user/name"));
    QVERIFY(!k.isEmpty());
    QVERIFY(k.coversKey(QStringLiteral("user"), QStringLiteral("name")));
    QVERIFY(!k.coversKey(QStringLiteral("user"), QStringLiteral("theme")));
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
