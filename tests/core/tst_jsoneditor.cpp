// SPDX-License-Identifier: GPL-3.0-or-later
// Saving changes only what changed: round trips over every real sample, and single edits.
#include "json/jsoneditor.h"
#include "testdir.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace statelens;
using namespace statelens::json;

namespace {

QStringList sampleJsonFiles()
{
    QStringList out;
    QDirIterator it(QStringLiteral(STATELENS_TEST_DATA "/samples"),
                    { QStringLiteral("*.json"), QStringLiteral("*.meta"), QStringLiteral("*.bak") },
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (QFileInfo(p).size() > 0)
            out.append(p);
    }
    out.sort();
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lines of a and b that differ (same line count assumed by callers that use it).
QList<int> changedLines(const QByteArray& a, const QByteArray& b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    QList<int> out;
    for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i)
        if (la.value(i) != lb.value(i))
            out.append(int(i));
    return out;
}

Editor editorFor(const QByteArray& text, const Style& fallback = Style::javaScript())
{
    return Editor(Document::parse(text).value(), fallback);
}

} // namespace

class TestJsonEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteIdentical()
    {
        const QStringList files = sampleJsonFiles();
        QVERIFY(files.size() >= 20);
        for (const QString& path : files) {
            const QByteArray text = readAll(path);
            auto doc = Document::parse(text, path);
            QVERIFY2(doc, qPrintable(path));
            Editor editor(doc.value(), Style::javaScript(), path);
            // Setting every top-level member to the value it already has changes nothing.
            if (doc->isObject(0))
                doc->forEachMember(0, [&](quint32 k, quint32 v) {
                    editor.set(Pointer({ doc->string(k) }), doc->toValue(v)).ok();
                    return true;
                });
            QCOMPARE(editor.text().value(), text);
        }
    }

    void oneEditChangesOnlyThatValue()
    {
        // For every sample, edit the first scalar found at depth >= 1: only its line changes, and the result
        // is what QJsonDocument says it should be.
        for (const QString& path : sampleJsonFiles()) {
            const QByteArray text = readAll(path);
            const Document doc = Document::parse(text, path).value();
            quint32 target = Document::npos;
            QString key;
            doc.forEachMember(0, [&](quint32 k, quint32 v) {
                const NodeType t = doc.type(v);
                if (t == NodeType::Number || t == NodeType::String || t == NodeType::True || t == NodeType::False) {
                    target = v;
                    key = doc.string(k);
                    return false;
                }
                return true;
            });
            if (target == Document::npos)
                continue;
            Editor editor(doc, Style::javaScript(), path);
            QVERIFY(editor.set(Pointer({ key }), JsonValue::fromString(QStringLiteral("edited \u00fc"))));
            const QByteArray out = editor.text().value();
            QCOMPARE(changedLines(text, out).size(), 1);
            // Bytes before and after the value are untouched.
            QCOMPARE(out.left(doc.begin(target)), text.left(doc.begin(target)));
            QCOMPARE(out.right(text.size() - doc.end(target)), text.right(text.size() - doc.end(target)));
            QJsonObject expected = QJsonDocument::fromJson(text).object();
            expected.insert(key, QStringLiteral("edited \u00fc"));
            QCOMPARE(QJsonDocument::fromJson(out).object(), expected);
        }
    }

    void escapingFollowsTheFile()
    {
        // Python (ASCII-escaped) stays ASCII; JavaScript (raw UTF-8) stays raw.
        const QByteArray python = readAll(test::TestDir::samplePath(QStringLiteral("statefulobject/app/counter.json")));
        Editor p = editorFor(python);
        QVERIFY(p.set(Pointer({ QStringLiteral("label") }), JsonValue::fromString(QStringLiteral("Zähler 2"))));
        QCOMPARE(p.text().value(), QByteArray("{\n  \"count\": 2,\n  \"label\": \"Z\\u00e4hler 2\"\n}"));

        Editor js = editorFor("{\n  \"a\": \"ä\"\n}");
        QVERIFY(js.set(Pointer({ QStringLiteral("a") }), JsonValue::fromString(QStringLiteral("ö"))));
        QCOMPARE(js.text().value(), QByteArray("{\n  \"a\": \"ö\"\n}"));
    }

    void addMemberUsesTheFilesIndentation()
    {
        Editor e = editorFor("{\n    \"a\": {\n        \"x\": 1\n    }\n}\n");
        JsonValue v = JsonValue::object();
        v.insert(QStringLiteral("k"), JsonValue::fromInt(2));
        QVERIFY(e.set(Pointer::parse("/a/y").value(), v));
        QVERIFY(e.set(Pointer::parse("/b").value(), JsonValue::array()));
        QCOMPARE(e.text().value(),
                 QByteArray("{\n    \"a\": {\n        \"x\": 1,\n        \"y\": {\n            \"k\": 2\n        }\n    },\n    \"b\": []\n}\n"));
    }

    void sortedFilesGetSortedInserts()
    {
        Style s = Style::python();
        s.sortKeys = true;
        Editor e = editorFor("{\n  \"a\": 1,\n  \"c\": 3\n}", s);
        QVERIFY(e.set(Pointer({ QStringLiteral("b") }), JsonValue::fromInt(2)));
        QCOMPARE(e.text().value(), QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}"));
    }

    void removeKeepsNeighbours()
    {
        const QByteArray text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}";
        for (const auto& [key, expected] : { std::pair { "a", "{\n  \"b\": 2,\n  \"c\": 3\n}" },
                                             std::pair { "b", "{\n  \"a\": 1,\n  \"c\": 3\n}" },
                                             std::pair { "c", "{\n  \"a\": 1,\n  \"b\": 2\n}" } }) {
            Editor e = editorFor(text);
            QVERIFY(e.remove(Pointer({ QString::fromLatin1(key) })));
            QCOMPARE(e.text().value(), QByteArray(expected));
        }
        Editor both = editorFor(text);
        QVERIFY(both.remove(Pointer({ QStringLiteral("a") })));
        QVERIFY(both.remove(Pointer({ QStringLiteral("b") })));
        QVERIFY(both.remove(Pointer({ QStringLiteral("c") })));
        QCOMPARE(both.text().value(), QByteArray("{}"));
    }

    void compactStyleIsKept()
    {
        Editor py = editorFor("{\"a\": 1, \"b\": [1, 2]}");
        QVERIFY(py.set(Pointer::parse("/b/-").value(), JsonValue::fromInt(3)));
        QVERIFY(py.set(Pointer::parse("/c").value(), JsonValue::fromBool(true)));
        QCOMPARE(py.text().value(), QByteArray("{\"a\": 1, \"b\": [1, 2, 3], \"c\": true}"));
        Editor js = editorFor("{\"a\":1}");
        JsonValue o = JsonValue::object();
        o.insert(QStringLiteral("x"), JsonValue());
        QVERIFY(js.set(Pointer::parse("/b").value(), o));
        QCOMPARE(js.text().value(), QByteArray("{\"a\":1,\"b\":{\"x\":null}}"));
    }

    void structuralDiffTouchesOnlyChangedLeaves()
    {
        const QByteArray text = "{\n  \"cfg\": {\n    \"n\": 1.0,\n    \"s\": \"x\",\n    \"l\": [1, 2, 3],\n    \"old\": true\n  }\n}";
        Editor e = editorFor(text);
        JsonValue cfg = e.value(Pointer({ QStringLiteral("cfg") })).value();
        cfg.member(QStringLiteral("s"))->operator=(JsonValue::fromString(QStringLiteral("y")));
        cfg.remove(QStringLiteral("old"));
        cfg.insert(QStringLiteral("new"), JsonValue::fromInt(5));
        QVERIFY(e.set(Pointer({ QStringLiteral("cfg") }), cfg));
        QCOMPARE(e.text().value(), QByteArray("{\n  \"cfg\": {\n    \"n\": 1.0,\n    \"s\": \"y\",\n    \"l\": [1, 2, 3],\n    \"new\": 5\n  }\n}"));
    }

    void arrayInsertAndRemove()
    {
        Editor e = editorFor("[\n  1,\n  2,\n  3\n]");
        QVERIFY(e.insert(Pointer::parse("/1").value(), JsonValue::fromInt(9)));
        QCOMPARE(e.text().value(), QByteArray("[\n  1,\n  9,\n  2,\n  3\n]"));
        QVERIFY(e.remove(Pointer::parse("/0").value()));
        QCOMPARE(e.text().value(), QByteArray("[\n  9,\n  2,\n  3\n]"));
        JsonValue arr = e.value(Pointer()).value();
        arr.items().erase(arr.items().begin() + 1);
        QVERIFY(e.set(Pointer(), arr));
        QCOMPARE(e.text().value(), QByteArray("[\n  9,\n  3\n]"));
    }

    void missingParentIsAnError()
    {
        Editor e = editorFor("{\"a\": 1}");
        auto r = e.set(Pointer::parse("/x/y").value(), JsonValue::fromInt(1));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(e.text().value(), QByteArray("{\"a\": 1}"));
    }

    // An edit through a pointer whose parent is missing or is not a container is a NotFound error that
    // names the file and the pointer, and changes nothing (the first used to read past the node tape).
    void invalidPathIsACleanError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("insert under a missing parent") << QByteArray("{\"a\": {}}") << "insert" << "/missing/x";
        QTest::newRow("set under a missing parent") << QByteArray("{\"a\": {}}") << "set" << "/missing/x";
        QTest::newRow("remove under a missing parent") << QByteArray("{\"a\": {}}") << "remove" << "/missing/x";
        QTest::newRow("insert below a number") << QByteArray("{\"a\": 1}") << "insert" << "/a/b/c";
        QTest::newRow("insert below a string") << QByteArray("{\"a\": \"s\"}") << "insert" << "/a/0";
        QTest::newRow("remove a missing member") << QByteArray("{\"a\": {}}") << "remove" << "/a/x";
        QTest::newRow("set past the array's end") << QByteArray("[1, 2]") << "set" << "/5";
        QTest::newRow("insert at a leading-zero index") << QByteArray("[1, 2]") << "insert" << "/01";
        QTest::newRow("insert at a signed index") << QByteArray("[1, 2]") << "insert" << "/+1";
        QTest::newRow("remove the root") << QByteArray("[1]") << "remove" << "";
    }
    void invalidPathIsACleanError()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, op);
        QFETCH(QString, pointer);
        const QString file = QStringLiteral("/state/state.json");
        Editor e(Document::parse(text).value(), Style::javaScript(), file);
        const Pointer p = Pointer::parse(pointer).value();
        const JsonValue v = JsonValue::fromInt(7);
        const Result<void> r = op == QLatin1String("insert") ? e.insert(p, v) : op == QLatin1String("set") ? e.set(p, v) : e.remove(p);
        QVERIFY(!r);
        QCOMPARE(r.error().file, file);
        if (!p.isRoot()) {
            QCOMPARE(r.error().kind, Error::Kind::NotFound);
            QVERIFY2(r.error().message.contains(p.parent().toString()) || r.error().message.contains(pointer),
                     qPrintable(r.error().message));
        }
        QVERIFY(!e.changed());
        QCOMPARE(e.text().value(), text);
    }

    void resolveOnAnEmptyDocumentIsNpos()
    {
        const Document empty;
        QCOMPARE(empty.resolve(Pointer::parse("/a/b").value()), Document::npos);
        QCOMPARE(empty.resolve(Pointer()), Document::npos);
        QCOMPARE(empty.member(Document::npos, u"a"), Document::npos);
        QCOMPARE(empty.element(Document::npos, 0), Document::npos);
    }

    // Several edits on one Editor: each sees the result of the ones before it. (A one-member compact
    // object reveals no separator style, so new members follow the fallback's ",".)
    void editsSeeEarlierEdits_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("ops"); // "set /p json", "insert /p json", "remove /p"
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("remove shifts indexes") << QByteArray("{\"a\":[10,20,30]}")
            << QStringList { "remove /a/0", "set /a/1 99" } << QByteArray("{\"a\":[20,99]}");
        QTest::newRow("set root then a member") << QByteArray("{\"arr\": []}")
            << QStringList { "set  {\"z\":2,\"arr\":[]}", "set /z \"v3\"" }
            << QByteArray("{\"z\": \"v3\",\"arr\": []}");
        QTest::newRow("insert then insert at the same index") << QByteArray("[1, 2]")
            << QStringList { "insert /1 8", "insert /1 9" } << QByteArray("[1, 9, 8, 2]");
        QTest::newRow("append twice") << QByteArray("[1]")
            << QStringList { "set /- 2", "set /2 3" } << QByteArray("[1,2,3]");
        QTest::newRow("remove a member then add it again") << QByteArray("{\"a\": 1, \"b\": 2}")
            << QStringList { "remove /a", "set /a 3" } << QByteArray("{\"b\": 2, \"a\": 3}");
        QTest::newRow("add a member then edit inside it") << QByteArray("{\"a\": 1}")
            << QStringList { "set /b {\"c\":1}", "set /b/d 2" } << QByteArray("{\"a\": 1,\"b\": {\"c\": 1,\"d\": 2}}");
        QTest::newRow("edit a member then its parent") << QByteArray("{\"o\": {\"x\": 0, \"y\": 1}}")
            << QStringList { "set /o/x 5", "set /o {\"x\":0,\"y\":1,\"z\":2}" }
            << QByteArray("{\"o\": {\"x\": 0, \"y\": 1, \"z\": 2}}");
        QTest::newRow("two new members in one object") << QByteArray("{\"a\": 1}")
            << QStringList { "set /b 2", "set /c 3" } << QByteArray("{\"a\": 1,\"b\": 2,\"c\": 3}");
        QTest::newRow("remove first and last of three") << QByteArray("{\"a\": 1, \"b\": 2, \"c\": 3}")
            << QStringList { "remove /a", "remove /c" } << QByteArray("{\"b\": 2}");
        QTest::newRow("remove both members") << QByteArray("{\"a\": 1, \"b\": 2}")
            << QStringList { "remove /a", "remove /b" } << QByteArray("{}");
        QTest::newRow("remove the last member then add one") << QByteArray("{\"a\": 1, \"b\": 2}")
            << QStringList { "remove /b", "set /c 3" } << QByteArray("{\"a\": 1, \"c\": 3}");
        QTest::newRow("fill an empty object twice") << QByteArray("{\"o\": {}}")
            << QStringList { "set /o/a 1", "set /o/b 2" } << QByteArray("{\"o\": {\"a\": 1,\"b\": 2}}");
        QTest::newRow("replace an element then remove its neighbour") << QByteArray("[1, 2, 3]")
            << QStringList { "set /1 7", "remove /2", "set /0 6" } << QByteArray("[6, 7]");
    }
    void editsSeeEarlierEdits()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, ops);
        QFETCH(QByteArray, expected);
        Editor e = editorFor(text);
        for (const QString& op : ops) {
            const QStringList parts = op.split(u' ');
            const Pointer p = Pointer::parse(parts.value(1)).value();
            const QString json = parts.mid(2).join(u' ');
            Result<void> r;
            if (parts[0] == QLatin1String("remove"))
                r = e.remove(p);
            else if (parts[0] == QLatin1String("insert"))
                r = e.insert(p, JsonValue::parse(json.toUtf8()).value());
            else
                r = e.set(p, JsonValue::parse(json.toUtf8()).value());
            QVERIFY2(r, qPrintable(op));
        }
        QCOMPARE(e.text().value(), expected);
    }

    // Many edits of different members cost one reparse: the text is rebuilt once, at text().
    void manyIndependentEditsStayPending()
    {
        QByteArray text = "{";
        for (int i = 0; i < 1000; ++i)
            text += (i ? ", \"k" : "\"k") + QByteArray::number(i) + "\": " + QByteArray::number(i);
        text += "}";
        Editor e = editorFor(text);
        for (int i = 0; i < 1000; i += 2)
            QVERIFY(e.set(Pointer({ QStringLiteral("k%1").arg(i) }), JsonValue::fromInt(-i)));
        for (int i = 0; i < 100; ++i)
            QVERIFY(e.set(Pointer({ QStringLiteral("new%1").arg(i) }), JsonValue::fromInt(i)));
        const JsonValue v = JsonValue::parse(e.text().value()).value();
        QCOMPARE(v.size(), 1100);
        QCOMPARE(v.members()[2].value.toInt(), -2);
        QCOMPARE(v.members()[3].value.toInt(), 3);
        QCOMPARE(v.members()[1099].key, QStringLiteral("new99"));
    }

    // A multi-key save of 1,000 keys into a file of 100,000 members: the edits stay pending and the text
    // is parsed once more at the end, not once per edit. The time is printed, not asserted.
    void thousandKeySaveOnABigFile()
    {
        QByteArray text = "{\n";
        for (int i = 0; i < 100000; ++i)
            text += (i ? ",\n  \"k" : "  \"k") + QByteArray::number(i) + "\": \"value " + QByteArray::number(i) + "\"";
        text += "\n}\n";
        QElapsedTimer timer;
        timer.start();
        Editor e = editorFor(text);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(e.set(Pointer({ QStringLiteral("k%1").arg(i * 97) }), JsonValue::fromInt(i)));
        for (int i = 0; i < 1000; ++i)
            QVERIFY(e.set(Pointer({ QStringLiteral("n%1").arg(i) }), JsonValue::fromInt(i)));
        const QByteArray out = e.text().value();
        qInfo("2,000 edits of a %lld-byte file: %lld ms", static_cast<long long>(text.size()),
              static_cast<long long>(timer.elapsed()));
        const Document d = Document::parse(out).value();
        QCOMPARE(d.childCount(0), 101000);
        QCOMPARE(d.toValue(d.member(0, u"k97")).toInt(), 1);
        QCOMPARE(d.toValue(d.member(0, u"n999")).toInt(), 999);
        QCOMPARE(d.toValue(d.member(0, u"k98")).toString(), QStringLiteral("value 98"));
    }

    void numbersKeepSpelling()
    {
        Editor e = editorFor("{\"a\": 1.0, \"b\": 1e3}");
        QVERIFY(e.set(Pointer({ QStringLiteral("c") }), JsonValue::fromDouble(0.1)));
        QCOMPARE(e.text().value(), QByteArray("{\"a\": 1.0, \"b\": 1e3, \"c\": 0.1}"));
    }

    void crlfAndTrailingNewlineAreKept()
    {
        Editor e = editorFor("{\r\n  \"a\": 1\r\n}\r\n");
        QVERIFY(e.set(Pointer({ QStringLiteral("b") }), JsonValue::fromInt(2)));
        QCOMPARE(e.text().value(), QByteArray("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestJsonEditor)
#include "tst_jsoneditor.moc"
