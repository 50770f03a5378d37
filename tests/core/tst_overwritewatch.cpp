// SPDX-License-Identifier: GPL-3.0-or-later
// OverwriteWatch: a saved value that the running tool writes over within the window is reported once.
#include "live/overwritewatch.h"

#include <QTest>

using namespace statelens;
using json::JsonValue;

namespace {

/// A snapshot with one namespace "user" holding `entries` ("key" -> JSON text; empty text: no key).
Snapshot snapshotWith(const QList<QPair<QString, QByteArray>>& entries)
{
    Snapshot s;
    Namespace ns;
    ns.name = QStringLiteral("user");
    for (const auto& [key, text] : entries) {
        if (text.isEmpty())
            continue;
        Entry e;
        e.key = key;
        e.value = ValueRef::fromValue(JsonValue::parse(text).value());
        ns.entries.append(e);
    }
    s.namespaces.append(ns);
    return s;
}

Change change(const QString& key, const QByteArray& value)
{
    Change c;
    c.address = Address { QStringLiteral("user"), key, {} };
    if (value.isEmpty())
        c.op = Change::Op::Remove;
    else
        c.value = JsonValue::parse(value).value();
    return c;
}

} // namespace

class TestOverwriteWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QByteArray>("saved"); // value of user/theme the save wrote; empty: removed it
        QTest::addColumn<QByteArray>("later"); // value of user/theme in the newer snapshot; empty: absent
        QTest::addColumn<qint64>("afterMs");
        QTest::addColumn<bool>("overwritten");

        QTest::newRow("still there") << QByteArray("\"dark\"") << QByteArray("\"dark\"") << qint64(1200) << false;
        QTest::newRow("written over") << QByteArray("\"dark\"") << QByteArray("\"light\"") << qint64(1200) << true;
        QTest::newRow("respelled, same value") << QByteArray("{\"a\": 1.0, \"b\": 2}") << QByteArray("{\"b\": 2, \"a\": 1}")
                                               << qint64(300) << false;
        QTest::newRow("removed, then back") << QByteArray() << QByteArray("\"light\"") << qint64(800) << true;
        QTest::newRow("removed, still gone") << QByteArray() << QByteArray() << qint64(800) << false;
        QTest::newRow("saved, then gone") << QByteArray("\"dark\"") << QByteArray() << qint64(800) << true;
        QTest::newRow("after the window") << QByteArray("\"dark\"") << QByteArray("\"light\"") << qint64(5001) << false;
    }

    void check()
    {
        QFETCH(QByteArray, saved);
        QFETCH(QByteArray, later);
        QFETCH(qint64, afterMs);
        QFETCH(bool, overwritten);

        OverwriteWatch watch;
        watch.watch({ change(QStringLiteral("theme"), saved), change(QStringLiteral("lang"), "\"en\"") }, 10000);
        QVERIFY(watch.isWatching());
        const Snapshot next = snapshotWith({ { QStringLiteral("theme"), later }, { QStringLiteral("lang"), "\"en\"" } });
        const QList<Overwrite> found = watch.check(next, 10000 + afterMs);
        QCOMPARE(found.size(), overwritten ? 1 : 0);
        if (overwritten) {
            QCOMPARE(found.first().address.toString(), QStringLiteral("user/theme"));
            QCOMPARE(found.first().afterMs, afterMs);
            QCOMPARE(found.first().saved.has_value(), !saved.isEmpty());
            QCOMPARE(found.first().now.has_value(), !later.isEmpty());
            const Change again = found.first().toChange();
            QCOMPARE(again.op, saved.isEmpty() ? Change::Op::Remove : Change::Op::Set);
            // Reported once: the same snapshot again says nothing more.
            QVERIFY(watch.check(next, 10000 + afterMs + 10).isEmpty());
        }
        if (afterMs > OverwriteWatch::DefaultWindowMs)
            QVERIFY(!watch.isWatching());
    }
};

QTEST_GUILESS_MAIN(TestOverwriteWatch)
#include "tst_overwritewatch.moc"
