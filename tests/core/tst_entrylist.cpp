// SPDX-License-Identifier: GPL-3.0-or-later
// EntryList: the keys of a namespace as views into a parsed document, built into Entries on demand.
#include "model/entrylist.h"

#include <QTest>

using namespace statelens;

namespace {
std::shared_ptr<const json::Document> parse(const QByteArray& text)
{
    auto doc = json::Document::parse(text, QStringLiteral("t.json"));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return std::make_shared<const json::Document>(std::move(doc.value()));
}

Entry entry(const QString& key, const QByteArray& value)
{
    return Entry { key, ValueRef(parse(value), 0), QStringLiteral("m.json"), {} };
}

QStringList keysOf(const EntryList& list)
{
    QStringList out;
    for (const Entry& e : list)
        out << e.key;
    return out;
}
} // namespace

class TestEntryList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void membersInFileOrder()
    {
        const auto doc = parse(R"({"b": 1, "a": [1, 2], "c": {"x": "y"}, "é:ü": "s"})");
        const EntryList list = EntryList::fromObject(doc, 0, QStringLiteral("/s/state.json"));
        QCOMPARE(list.size(), 4);
        QCOMPARE(keysOf(list), (QStringList { "b", "a", "c", QString::fromUtf8("é:ü") }));
        QCOMPARE(list.keyAt(1), QStringLiteral("a"));
        QCOMPARE(list.valueAt(1).raw(), QByteArrayView("[1, 2]"));
        QCOMPARE(list.valueSizeAt(2), qsizetype(QByteArrayView(R"({"x": "y"})").size()));
        QCOMPARE(list.fileAt(3), QStringLiteral("/s/state.json"));
        QCOMPARE(list.rawKeyAt(0), QByteArrayView("b"));
        const Entry c = list.at(2);
        QCOMPARE(c.key, QStringLiteral("c"));
        QCOMPARE(c.file, QStringLiteral("/s/state.json"));
        QCOMPARE(c.value.toValue().toCompactJson(), QByteArray(R"({"x":"y"})"));
        QVERIFY(c.meta.isEmpty());
        // The value shares the document: no copy of the bytes.
        QCOMPARE(c.value.document(), doc.get());
    }

    void duplicateKeysLastOneWinsAtFirstPlace_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("duplicates");
        QTest::newRow("none") << QByteArray(R"({"a": 1, "b": 2})") << QStringList { "a", "b" } << QStringList { "1", "2" } << QStringList {};
        QTest::newRow("twice") << QByteArray(R"({"a": 1, "b": 2, "a": 3})") << QStringList { "a", "b" } << QStringList { "3", "2" }
                               << QStringList { "a" };
        QTest::newRow("three times, one reported") << QByteArray(R"({"a": 1, "a": 2, "b": 0, "a": 3})") << QStringList { "a", "b" }
                                                   << QStringList { "3", "0" } << QStringList { "a" };
        QTest::newRow("escaped spelling of the same key") << QByteArray(R"({"a": 1, "\u0061": 2})") << QStringList { "a" }
                                                          << QStringList { "2" } << QStringList { "a" };
        QTest::newRow("escaped non-ASCII") << QByteArray("{\"\\u00e9\": 1, \"\xc3\xa9\": 2, \"e\": 3}")
                                           << QStringList { QString::fromUtf8("é"), "e" } << QStringList { "2", "3" }
                                           << QStringList { QString::fromUtf8("é") };
        QTest::newRow("empty key") << QByteArray(R"({"": 1, "x": 2, "": 3})") << QStringList { "", "x" } << QStringList { "3", "2" }
                                   << QStringList { "" };
        QTest::newRow("empty object") << QByteArray("{}") << QStringList {} << QStringList {} << QStringList {};
    }
    void duplicateKeysLastOneWinsAtFirstPlace()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        QFETCH(QStringList, duplicates);
        QStringList found;
        const EntryList list = EntryList::fromObject(parse(text), 0, QStringLiteral("t.json"), &found);
        QCOMPARE(keysOf(list), keys);
        QStringList got;
        for (qsizetype i = 0; i < list.size(); ++i)
            got << list.valueAt(i).raw().toByteArray();
        QCOMPARE(got, values);
        QCOMPARE(found, duplicates);
    }

    void manyKeysWithCollidingPrefixes()
    {
        // Enough keys to grow the duplicate table many times; every 10th key is given again later.
        QByteArray text = "{";
        for (int i = 0; i < 20000; ++i)
            text += (i ? "," : "") + QByteArray("\"key:") + QByteArray::number(i) + "\":" + QByteArray::number(i);
        for (int i = 0; i < 20000; i += 10)
            text += ",\"key:" + QByteArray::number(i) + "\":-" + QByteArray::number(i);
        text += "}";
        QStringList duplicates;
        const EntryList list = EntryList::fromObject(parse(text), 0, QStringLiteral("t.json"), &duplicates);
        QCOMPARE(list.size(), 20000);
        QCOMPARE(duplicates.size(), 2000);
        QCOMPARE(list.keyAt(19999), QStringLiteral("key:19999"));
        QCOMPARE(list.valueAt(30).raw(), QByteArrayView("-30"));
        QCOMPARE(list.valueAt(31).raw(), QByteArrayView("31"));
    }

    void findByKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("index");
        QTest::newRow("plain") << QStringLiteral("b") << 1;
        QTest::newRow("first") << QStringLiteral("a") << 0;
        QTest::newRow("escaped in the file") << QStringLiteral("tab\there") << 2;
        QTest::newRow("non-ASCII") << QString::fromUtf8("Zürich") << 3;
        QTest::newRow("escaped non-ASCII in the file") << QString::fromUtf8("é") << 4;
        QTest::newRow("prefix only") << QStringLiteral("Zür") << -1;
        QTest::newRow("longer") << QStringLiteral("bb") << -1;
        QTest::newRow("missing") << QStringLiteral("zz") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void findByKey()
    {
        QFETCH(QString, key);
        QFETCH(int, index);
        const auto doc = parse("{\"a\": 1, \"b\": 2, \"tab\\there\": 3, \"Z\xc3\xbcrich\": 4, \"\\u00e9\": 5}");
        const EntryList overDoc = EntryList::fromObject(doc, 0, QStringLiteral("t.json"));
        const EntryList built = overDoc.toList();
        QCOMPARE(overDoc.indexOf(key), qsizetype(index));
        QCOMPARE(built.indexOf(key), qsizetype(index));
        const std::optional<Entry> e = overDoc.find(key);
        QCOMPARE(e.has_value(), index >= 0);
        if (e)
            QCOMPARE(e->value.raw(), overDoc.valueAt(index).raw());
    }

    void changingAListOverADocumentBuildsItsEntries()
    {
        const auto doc = parse(R"({"a": 1, "b": 2, "c": 3})");
        const EntryList original = EntryList::fromObject(doc, 0, QStringLiteral("t.json"));
        EntryList list = original;
        QVERIFY(list.isSharedWith(original));
        QCOMPARE(list.removeIf([](const Entry& e) { return e.key == QLatin1String("zz"); }), 0);
        QVERIFY(list.isSharedWith(original)); // nothing removed: still over the document
        QCOMPARE(list.removeIf([](const Entry& e) { return e.key == QLatin1String("b"); }), 1);
        QVERIFY(!list.isSharedWith(original));
        QCOMPARE(keysOf(list), (QStringList { "a", "c" }));
        QVERIFY(list.rawKeyAt(0).isNull()); // built Entries: no stored bytes
        list << entry(QStringLiteral("d"), "4");
        list.replace(0, entry(QStringLiteral("a"), "10"));
        list.removeAt(1);
        QCOMPARE(keysOf(list), (QStringList { "a", "d" }));
        QCOMPARE(list.valueAt(0).raw(), QByteArrayView("10"));
        QCOMPARE(list.fileAt(1), QStringLiteral("m.json"));
        // The original is untouched.
        QCOMPARE(keysOf(original), (QStringList { "a", "b", "c" }));
        QCOMPARE(original.valueAt(1).raw(), QByteArrayView("2"));
    }

    void builtEntriesKeepWhatTheyWereGiven()
    {
        Entry e = entry(QStringLiteral("k"), R"({"v": 1})");
        e.meta.insert(QStringLiteral("timestamp"), 42);
        const EntryList list(QList<Entry> { e });
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().meta.value(QStringLiteral("timestamp")).toInt(), 42);
        QCOMPARE(list.valueSizeAt(0), qsizetype(8));
        QCOMPARE(list.toList().size(), 1);
        const EntryList empty;
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.begin() == empty.end());
    }
};

QTEST_GUILESS_MAIN(TestEntryList)
#include "tst_entrylist.moc"
