// SPDX-License-Identifier: GPL-3.0-or-later
// Address on its own: NAMESPACE/KEY[/POINTER] with JSON Pointer escaping, parsed and written back, and
// resolved in a snapshot (keys, pointers into values, tasks), with errors that say what is missing.
#include "model/address.h"
#include "model/snapshot.h"
#include "model/valueref.h"

#include <QTest>

using namespace statelens;

namespace {
Snapshot snapshot()
{
    Snapshot s;
    s.info.path = QStringLiteral("/state");
    Entry theme;
    theme.key = QStringLiteral("preferences");
    theme.value = ValueRef::fromValue(json::JsonValue::parse("{\"theme\":\"dark\",\"a/b\":{\"c~d\":[1,2,3]}}").value());
    Entry plain;
    plain.key = QStringLiteral("x/y");
    plain.value = ValueRef::fromValue(json::JsonValue::fromInt(7));
    s.namespaces.append(Namespace { QStringLiteral("user"), QList<Entry> { theme, plain } });
    Task t;
    t.id = QStringLiteral("t1");
    t.value = ValueRef::fromValue(json::JsonValue::parse("{\"status\":\"failed\"}").value());
    s.tasks.append(t);
    return s;
}
} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void emptyNamespaceIsAUsageError();
    void resolve_data();
    void resolve();
    void missing_data();
    void missing();
};

void TestAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("pointer");
    QTest::addColumn<QString>("written");

    QTest::newRow("namespace only") << "user" << "user" << QString() << QStringList() << "user";
    QTest::newRow("namespace and key") << "user/theme" << "user" << "theme" << QStringList() << "user/theme";
    QTest::newRow("with a pointer") << "user/preferences/theme" << "user" << "preferences"
                                    << QStringList { "theme" } << "user/preferences/theme";
    QTest::newRow("array index") << "user/list/0/name" << "user" << "list" << QStringList { "0", "name" }
                                 << "user/list/0/name";
    QTest::newRow("escaped slash and tilde") << "a~1b/c~0d/e~1f" << "a/b" << "c~d" << QStringList { "e/f" }
                                             << "a~1b/c~0d/e~1f";
    QTest::newRow("tasks") << "@tasks/t1/status" << "@tasks" << "t1" << QStringList { "status" } << "@tasks/t1/status";
    QTest::newRow("~01 is ~1, not /") << "ns/~01" << "ns" << "~1" << QStringList() << "ns/~01";
    QTest::newRow("empty key before a pointer") << "ns//x" << "ns" << QString() << QStringList { "x" } << "ns//x";
}

void TestAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, ns);
    QFETCH(QString, key);
    QFETCH(QStringList, pointer);
    QFETCH(QString, written);
    const auto a = Address::parse(text);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
    QCOMPARE(a->ns, ns);
    QCOMPARE(a->key, key);
    QCOMPARE(a->pointer.tokens(), pointer);
    QCOMPARE(a->hasKey(), !key.isEmpty());
    QCOMPARE(a->toString(), written);
    // What toString() writes parses back to the same address.
    const auto again = Address::parse(a->toString());
    QVERIFY(again);
    QCOMPARE(again->ns, a->ns);
    QCOMPARE(again->key, a->key);
    QCOMPARE(again->pointer.tokens(), a->pointer.tokens());
}

void TestAddress::emptyNamespaceIsAUsageError()
{
    for (const QString& text : { QString(), QStringLiteral("/key"), QStringLiteral("/") }) {
        const auto a = Address::parse(text);
        QVERIFY2(!a, qPrintable(text));
        QCOMPARE(a.error().kind, Error::Kind::Usage);
        QVERIFY(a.error().message.contains(QLatin1String("NAMESPACE/KEY")));
    }
}

void TestAddress::resolve_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("a key") << "user/x~1y" << QByteArray("7");
    QTest::newRow("a member") << "user/preferences/theme" << QByteArray("\"dark\"");
    QTest::newRow("escaped members and an index") << "user/preferences/a~1b/c~0d/1" << QByteArray("2");
    QTest::newRow("a task") << "@tasks/t1" << QByteArray("{\"status\":\"failed\"}");
    QTest::newRow("a task field") << "@tasks/t1/status" << QByteArray("\"failed\"");
}

void TestAddress::resolve()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, json);
    const auto a = Address::parse(address);
    QVERIFY(a);
    const auto v = resolveAddress(snapshot(), *a);
    QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
    QCOMPARE(v->toValue().toCompactJson(), json);
}

void TestAddress::missing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("says");

    QTest::newRow("no namespace") << "nope/k" << "no namespace 'nope'";
    QTest::newRow("no key") << "user/nope" << "no key 'nope' in namespace 'user'";
    QTest::newRow("no member") << "user/preferences/colour" << "no value at user/preferences/colour";
    QTest::newRow("index out of range") << "user/preferences/a~1b/c~0d/3" << "no value at";
    QTest::newRow("no task") << "@tasks/t9" << "no tasks entry 't9'";
}

void TestAddress::missing()
{
    QFETCH(QString, address);
    QFETCH(QString, says);
    const auto a = Address::parse(address);
    QVERIFY(a);
    const auto v = resolveAddress(snapshot(), *a);
    QVERIFY(!v);
    QCOMPARE(v.error().kind, Error::Kind::NotFound);
    QVERIFY2(v.error().message.contains(says), qPrintable(v.error().message));
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
