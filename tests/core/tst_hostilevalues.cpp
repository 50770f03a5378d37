// SPDX-License-Identifier: GPL-3.0-or-later
// Values that readers used to change silently (issue 14): a leading U+FEFF inside strings and keys, and keys
// given more than once in one object, read everywhere as JSON.parse and Python read them (last one wins).
#include "json/jsondocument.h"
#include "sources/source.h"
#include "testdir.h"

#include <QProcess>
#include <QTest>

using namespace statelens;

namespace {

const QByteArray bom("\xEF\xBB\xBF");
const QString feff(QChar(0xFEFF));

int countProblems(const Snapshot& s, Problem::Code code)
{
    int n = 0;
    for (const Problem& p : s.problems)
        n += p.code == code;
    return n;
}
} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leadingBomIsPartOfTheString_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("raw") << bom + "hello" << feff + QStringLiteral("hello");
        QTest::newRow("two") << bom + bom + "x" << feff + feff + QStringLiteral("x");
        QTest::newRow("only") << bom << feff;
        QTest::newRow("after an escape") << "\\n" + bom + "x" << QStringLiteral("\n") + feff + QStringLiteral("x");
        QTest::newRow("escaped") << QByteArray("\\ufeffhello") << feff + QStringLiteral("hello");
        QTest::newRow("inside") << "a" + bom << QStringLiteral("a") + feff;
    }
    void leadingBomIsPartOfTheString()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, decoded);
        QCOMPARE(json::decodeJsonString(body), decoded);
        auto doc = json::Document::parse("{\"k\":\"" + body + "\"}", QStringLiteral("t.json"));
        QVERIFY(doc);
        QCOMPARE(doc->toValue(doc->root()).member(QStringLiteral("k"))->toString(), decoded);
    }

    void bomValuesAndKeysThroughTheCli()
    {
        test::TestDir dir;
        const QString file = dir.createFile(QStringLiteral("data.json"),
                                            "{\n  \"greeting\": \"" + bom + "hello\",\n  \"" + bom + "key\": 1\n}");
        // get shows the mark; set to the text without it is a change and is written.
        test::CliRun r = test::runCli({ QStringLiteral("--json"), QStringLiteral("get"), file, QStringLiteral("data/greeting") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(bom + "hello") || r.out.contains("\\ufeffhello"), r.out.constData());
        r = test::runCli({ QStringLiteral("set"), file, QStringLiteral("data/greeting"), QStringLiteral("\"hello\"") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains("unchanged"));
        QVERIFY(dir.read(QStringLiteral("data.json")).contains("\"greeting\": \"hello\""));
        // A key that starts with U+FEFF can be addressed.
        r = test::runCli({ QStringLiteral("get"), file, QStringLiteral("data/") + feff + QStringLiteral("key") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("1"));
        r = test::runCli({ QStringLiteral("set"), file, QStringLiteral("data/") + feff + QStringLiteral("key"), QStringLiteral("2") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(dir.read(QStringLiteral("data.json")).contains("\"" + bom + "key\": 2"));
    }

    void duplicateKeysReadLastOneWinsEverywhere()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        QByteArray text = dir.read(QStringLiteral("coding-agent-state/state.json"));
        const qsizetype at = text.lastIndexOf("\"last_saved\"");
        QVERIFY(at > 0);
        // last_saved three times, as a writer that appends without looking leaves it.
        text = text.left(at) + "\"last_saved\": \"first\",\n  \"last_saved\": \"second\",\n  \"last_saved\": \"third\"\n}";
        dir.createFile(QStringLiteral("coding-agent-state/state.json"), text);

        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        const std::optional<Entry> e = loaded->snapshot.findEntry(QStringLiteral("state"), QStringLiteral("last_saved"));
        QVERIFY(e);
        QCOMPARE(e->value.text(), QStringLiteral("third"));
        int entries = 0;
        for (const Namespace& ns : loaded->snapshot.namespaces)
            for (const Entry& x : ns.entries)
                entries += x.key == QLatin1String("last_saved");
        QCOMPARE(entries, 1);
        QCOMPARE(countProblems(loaded->snapshot, Problem::Code::DuplicateKey), 1);

        test::CliRun r = test::runCli({ QStringLiteral("get"), root, QStringLiteral("state/last_saved") });
        QCOMPARE(r.out.trimmed(), QByteArray("\"third\""));
        r = test::runCli({ QStringLiteral("--json"), QStringLiteral("info"), root });
        QVERIFY(r.out.contains("more than once"));
        // set edits the occurrence that get shows.
        r = test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/last_saved"), QStringLiteral("\"fourth\"") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = test::runCli({ QStringLiteral("get"), root, QStringLiteral("state/last_saved") });
        QVERIFY(r.out.trimmed() != QByteArray("\"third\""));
        QVERIFY(!dir.read(QStringLiteral("coding-agent-state/state.json")).contains("\"third\""));
    }

    void duplicateNamespacesAndKeysOfTheDocumentedFormat()
    {
        test::TestDir dir;
        dir.createFile(QStringLiteral("s/state.json"),
                       R"({"version": "1.0.0", "namespaces": {"app": {"old": 1}, "ui": {"k": 1, "k": 2, "k": 3},)"
                       R"( "app": {"theme": "light"}}, "last_saved": "x"})");
        auto loaded = openAndLoad(dir.filePath(QStringLiteral("s")));
        QVERIFY(loaded);
        const Snapshot& s = loaded->snapshot;
        QCOMPARE(s.namespaces.size(), 2);
        QVERIFY(!s.findEntry(QStringLiteral("app"), QStringLiteral("old"))); // the first "app" is not the value
        QCOMPARE(s.findEntry(QStringLiteral("app"), QStringLiteral("theme"))->value.text(), QStringLiteral("light"));
        QCOMPARE(s.findEntry(QStringLiteral("ui"), QStringLiteral("k"))->value.raw(), QByteArrayView("3"));
        QCOMPARE(countProblems(s, Problem::Code::DuplicateKey), 2);
        const test::CliRun r = test::runCli({ QStringLiteral("get"), dir.filePath(QStringLiteral("s")), QStringLiteral("ui/k") });
        QCOMPARE(r.out.trimmed(), QByteArray("3"));
    }

    void duplicateKeysInValuesKeepFirstPlaceLastValue()
    {
        auto doc = json::Document::parse(R"({"o":{"a":1,"b":2,"a":3}})", QStringLiteral("t.json"));
        QVERIFY(doc);
        const json::JsonValue o = *doc->toValue(doc->root()).member(QStringLiteral("o"));
        QCOMPARE(o.toCompactJson(), QByteArray(R"({"a":3,"b":2})"));
        // A big object takes the indexed path.
        QByteArray big = "{";
        for (int i = 0; i < 40; ++i)
            big += "\"k" + QByteArray::number(i % 20) + "\":" + QByteArray::number(i) + ',';
        big += "\"end\":0}";
        auto bigDoc = json::Document::parse(big, QStringLiteral("big.json"));
        QVERIFY(bigDoc);
        const json::JsonValue v = bigDoc->toValue(bigDoc->root());
        QCOMPARE(v.size(), 21);
        QCOMPARE(v.member(QStringLiteral("k0"))->toCompactJson(), QByteArray("20"));
        QCOMPARE(v.members().front().key, QStringLiteral("k0"));
    }
};

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
