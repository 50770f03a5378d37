// SPDX-License-Identifier: GPL-3.0-or-later
// The lossless JSON layer: parsing, errors with line:column, and input that must never crash.
#include "json/jsondocument.h"
#include "json/jsonpointer.h"
#include "testdir.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace statelens;
using namespace statelens::json;

class TestJsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndKeepsOrder()
    {
        auto doc = Document::parse("{\"z\": 1, \"a\": [true, false, null], \"m\": {\"k\": \"v\\u00e4\"}, \"n\": -1.50e+3}");
        QVERIFY(doc);
        const Document& d = *doc;
        QStringList keys;
        d.forEachMember(0, [&](quint32 k, quint32) { return keys.append(d.string(k)), true; });
        QCOMPARE(keys, (QStringList { "z", "a", "m", "n" }));
        QCOMPARE(d.childCount(d.member(0, u"a")), 3);
        QCOMPARE(d.string(d.resolve(Pointer::parse("/m/k").value())), QString::fromUtf8("vä"));
        QCOMPARE(d.raw(d.member(0, u"n")), QByteArrayView("-1.50e+3"));
        QCOMPARE(d.number(d.member(0, u"n")), -1500.0);
        QCOMPARE(d.toValue(d.member(0, u"n")).numberText(), QByteArray("-1.50e+3"));
        QCOMPARE(d.type(d.element(d.member(0, u"a"), 2)), NodeType::Null);
    }

    void errorsHaveLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
        QTest::newRow("truncated") << QByteArray("{\n  \"a\": [1, 2") << 2 << 13;
        QTest::newRow("trailing comma") << QByteArray("[1, 2,]") << 1 << 7;
        QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << 1 << 7;
        QTest::newRow("trailing data") << QByteArray("{} x") << 1 << 4;
        QTest::newRow("control char") << QByteArray("[\"a\tb\"]") << 1 << 4;
        QTest::newRow("non-ascii column") << QByteArray("{\"ä\": x}") << 1 << 7;
        QTest::newRow("empty") << QByteArray("") << 1 << 1;
        QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 3;
    }
    void errorsHaveLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        auto doc = Document::parse(text, QStringLiteral("state.json"));
        QVERIFY(!doc);
        QCOMPARE(doc.error().file, QStringLiteral("state.json"));
        QCOMPARE(doc.error().line, line);
        QCOMPARE(doc.error().column, column);
        QVERIFY(doc.error().toString().startsWith(QStringLiteral("state.json:%1:%2: ").arg(line).arg(column)));
    }

    void deepNestingIsReportedNotRecursed()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        auto doc = Document::parse(deep, QStringLiteral("deep.json"));
        QVERIFY(!doc);
        QVERIFY(doc.error().message.contains(QLatin1String("nesting")));
        // Moderately deep input still parses and converts.
        const QByteArray ok = QByteArray(1000, '[') + QByteArray(1000, ']');
        auto okDoc = Document::parse(ok);
        QVERIFY(okDoc);
        QCOMPARE(okDoc->toValue(0).toCompactJson(), ok);
    }

    void invalidUtf8IsAnError()
    {
        for (const QByteArray& bad : { QByteArray("[\"\xff\"]"), QByteArray("[\"\xc3\"]"), QByteArray("[\"\xed\xa0\x80\"]"),
                                       QByteArray("[\"\xe2\x82\"]"), QByteArray("[\xc3\xa4]") }) {
            auto doc = Document::parse(bad, QStringLiteral("x.json"));
            QVERIFY2(!doc, bad.toHex().constData());
            QCOMPARE(doc.error().line, 1);
        }
        QVERIFY(Document::parse("[\"\xf0\x9f\x98\x80\"]")); // a valid 4-byte sequence
    }

    void hugeNumbersKeepTheirSpelling()
    {
        const QByteArray text = "[1e999999, -123456789012345678901234567890, 0.1000000000000000000001]";
        auto doc = Document::parse(text);
        QVERIFY(doc);
        QCOMPARE(doc->raw(doc->element(0, 1)), QByteArrayView("-123456789012345678901234567890"));
        QVERIFY(qIsInf(doc->number(doc->element(0, 0))));
        QCOMPARE(doc->toValue(0).toCompactJson(), QByteArray("[1e999999,-123456789012345678901234567890,0.1000000000000000000001]"));
    }

    void duplicateKeysLastWins()
    {
        auto doc = Document::parse("{\"a\": 1, \"a\": 2}");
        QVERIFY(doc);
        QCOMPARE(doc->raw(doc->member(0, u"a")), QByteArrayView("2"));
        QCOMPARE(doc->childCount(0), 2);
    }

    void byteOrderMarkIsSkippedAndRemembered()
    {
        auto doc = Document::parse("\xEF\xBB\xBF{\"a\": 1}");
        QVERIFY(doc);
        QVERIFY(doc->hasBom());
        QCOMPARE(doc->raw(0), QByteArrayView("{\"a\": 1}"));
    }

    void escapesDecode()
    {
        auto doc = Document::parse("[\"a\\\"b\\\\c\\/d\\n\\u00e4\\ud83d\\ude00\"]");
        QVERIFY(doc);
        QCOMPARE(doc->string(doc->element(0, 0)), QStringLiteral("a\"b\\c/d\n\u00e4") + QString::fromUtf8("\xf0\x9f\x98\x80"));
    }

    void garbageNeverCrashes()
    {
        // Random bytes and random truncations of a real sample: every one parses or fails cleanly.
        QFile f(test::TestDir::samplePath(QStringLiteral("coding-agent/coding-agent-state/state.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray sample = f.readAll();
        quint32 seed = 12345;
        auto rnd = [&]() { return seed = seed * 1664525u + 1013904223u; };
        for (int i = 0; i < 2000; ++i) {
            QByteArray t = sample.left(qsizetype(rnd() % quint32(sample.size())));
            if (i % 3 == 0 && !t.isEmpty())
                t[qsizetype(rnd() % quint32(t.size()))] = char(rnd());
            auto doc = Document::parse(t);
            if (doc)
                QVERIFY(doc->nodeCount() > 0);
            else
                QVERIFY(doc.error().line >= 1);
        }
        for (int i = 0; i < 500; ++i) {
            QByteArray junk(qsizetype(rnd() % 300), Qt::Uninitialized);
            for (char& c : junk)
                c = char(rnd() >> 24);
            (void)Document::parse(junk);
        }
    }

    void agreesWithQJsonDocumentOnSamples()
    {
        // Independent check: every sample JSON file decodes to what QJsonDocument reads.
        QDirIterator it(QStringLiteral(STATELENS_TEST_DATA "/samples"), { QStringLiteral("*.json"), QStringLiteral("*.meta"), QStringLiteral("*.bak") },
                        QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            if (text.isEmpty())
                continue;
            auto doc = Document::parse(text, path);
            QVERIFY2(doc, qPrintable(path));
            const QJsonDocument mine = QJsonDocument::fromJson(doc->toValue(0).toCompactJson());
            QCOMPARE(mine, QJsonDocument::fromJson(text));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
