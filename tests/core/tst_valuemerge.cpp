// SPDX-License-Identifier: GPL-3.0-or-later
// diff::mergeValues: a three-way merge of one key, field by field.
#include "diff/valuemerge.h"
#include "json/jsonequivalence.h"

#include <QTest>

using namespace statelens;
using json::JsonValue;

namespace {
std::optional<JsonValue> value(const QByteArray& text)
{
    return text.isEmpty() ? std::nullopt : std::optional(JsonValue::parse(text).value());
}
} // namespace

class TestValueMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QByteArray>("base"); // empty: absent
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QByteArray>("mine");
        QTest::addColumn<QByteArray>("merged"); // with their value at each conflict
        QTest::addColumn<QStringList>("conflicts");
        QTest::addColumn<QByteArray>("allMine"); // resolved, keeping mine everywhere

        QTest::newRow("only mine changed") << QByteArray("1") << QByteArray("1") << QByteArray("2") << QByteArray("2")
                                           << QStringList() << QByteArray("2");
        QTest::newRow("only theirs changed") << QByteArray("1") << QByteArray("3") << QByteArray("1") << QByteArray("3")
                                             << QStringList() << QByteArray("3");
        QTest::newRow("scalar both") << QByteArray("1") << QByteArray("3") << QByteArray("2") << QByteArray("3")
                                     << QStringList { "" } << QByteArray("2");
        QTest::newRow("different fields") << QByteArray(R"({"a":1,"b":1})") << QByteArray(R"({"a":1,"b":2})")
                                          << QByteArray(R"({"a":5,"b":1})") << QByteArray(R"({"a":5,"b":2})")
                                          << QStringList() << QByteArray(R"({"a":5,"b":2})");
        QTest::newRow("same field, nested") << QByteArray(R"({"ui":{"theme":"a","size":1},"x":0})")
                                            << QByteArray(R"({"ui":{"theme":"b","size":1},"x":1})")
                                            << QByteArray(R"({"ui":{"theme":"c","size":2},"x":0})")
                                            << QByteArray(R"({"ui":{"theme":"b","size":2},"x":1})")
                                            << QStringList { "/ui/theme" }
                                            << QByteArray(R"({"ui":{"theme":"c","size":2},"x":1})");
        QTest::newRow("removed by them, changed by me") << QByteArray(R"({"a":1,"b":1})") << QByteArray(R"({"b":1})")
                                                        << QByteArray(R"({"a":2,"b":1})") << QByteArray(R"({"b":1})")
                                                        << QStringList { "/a" } << QByteArray(R"({"a":2,"b":1})");
        QTest::newRow("arrays whole") << QByteArray(R"({"l":[1,2]})") << QByteArray(R"({"l":[1,2,3]})")
                                      << QByteArray(R"({"l":[0,2]})") << QByteArray(R"({"l":[1,2,3]})")
                                      << QStringList { "/l" } << QByteArray(R"({"l":[0,2]})");
        QTest::newRow("added by both, differently") << QByteArray() << QByteArray(R"({"a":1})") << QByteArray(R"({"a":2})")
                                                    << QByteArray(R"({"a":1})") << QStringList { "" } << QByteArray(R"({"a":2})");
        QTest::newRow("removed by me") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})") << QByteArray()
                                       << QByteArray() << QStringList() << QByteArray();
    }

    void merge()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, theirs);
        QFETCH(QByteArray, mine);
        QFETCH(QByteArray, merged);
        QFETCH(QStringList, conflicts);
        QFETCH(QByteArray, allMine);

        const diff::ValueMerge m = diff::mergeValues(value(base), value(theirs), value(mine));
        QStringList pointers;
        for (const diff::FieldConflict& c : m.conflicts)
            pointers << c.pointer.toString();
        QCOMPARE(pointers, conflicts);
        QVERIFY2(json::equivalent(m.merged, value(merged)), m.merged ? m.merged->toCompactJson().constData() : "absent");
        const auto resolved = m.resolved(QList<bool>(m.conflicts.size(), true));
        QVERIFY2(json::equivalent(resolved, value(allMine)), resolved ? resolved->toCompactJson().constData() : "absent");
        QVERIFY(json::equivalent(m.resolved({}), m.merged));
    }
};

QTEST_GUILESS_MAIN(TestValueMerge)
#include "tst_valuemerge.moc"
