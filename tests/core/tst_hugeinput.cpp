// SPDX-License-Identifier: GPL-3.0-or-later
// Files over 1 GiB: valid ones open, garbage ones are reported; neither crashes. Hostile shapes (issue 14):
// deep nesting, a 50 MB string, a 1 MB key, 100,000 copies of one key, invalid UTF-8: each a clear error or
// a correct view (the bounds are in docs/FORMAT.md, "Hostile input").
#include "json/jsondocument.h"
#include "sources/source.h"
#include "testdir.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace statelens;

namespace {
int countCode(const Snapshot& s, Problem::Code code)
{
    int n = 0;
    for (const Problem& p : s.problems)
        n += p.code == code;
    return n;
}
} // namespace

class TestHugeInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sparseGarbageOverOneGiB()
    {
        test::TestDir dir;
        const QString f = dir.filePath(QStringLiteral("app/state.json"));
        dir.createFile(f, "");
        QVERIFY(QFile::resize(f, (qint64(1) << 30) + 4096)); // 1 GiB of NUL bytes, sparse
        auto source = openSource(f);
        QVERIFY(source);
        auto s = source.value()->load();
        QVERIFY(s);
        QVERIFY(!s->problems.isEmpty());
        QCOMPARE(s->problems.first().file, f);
        QCOMPARE(s->problems.first().line, 1);
        QCOMPARE(s->problems.first().column, 1);
    }

    void validJsonOverOneGiB()
    {
        test::TestDir dir;
        const QString f = dir.filePath(QStringLiteral("big/data.json"));
        dir.createFile(f, "");
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray chunk = "\"" + QByteArray(1 << 20, 'x') + "\",\n";
        out.write("{\"items\": [\n");
        const int chunks = 1100; // about 1.07 GiB
        for (int i = 0; i < chunks; ++i)
            out.write(chunk);
        out.write("null\n], \"end\": true}\n");
        out.close();
        QVERIFY(QFileInfo(f).size() > (qint64(1) << 30));
        auto source = openSource(dir.filePath(QStringLiteral("big")));
        QVERIFY(source);
        auto s = source.value()->load();
        QVERIFY(s);
        const std::optional<Entry> items = s->findEntry(QStringLiteral("data"), QStringLiteral("items"));
        QVERIFY(items);
        QCOMPARE(items->value.childCount(), chunks + 1);
        QCOMPARE(s->findEntry(QStringLiteral("data"), QStringLiteral("end"))->value.raw(), QByteArrayView("true"));
        // Each of these values is over the 1 MiB limit: reported, not refused.
        bool tooBig = false;
        for (const Problem& p : s->problems)
            tooBig = tooBig || p.message.contains(QLatin1String("limit"));
        QVERIFY(tooBig);
    }

    void hostileShapesAreErrorsWithAPlace_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("100,000 levels") << QByteArray(100000, '[') << 2049 << QStringLiteral("nesting deeper than 2048");
        QTest::newRow("objects 100,000 deep") << QByteArray("{\"a\":").repeated(100000) << 2048 * 5 + 1 << QStringLiteral("nesting");
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\": \"\xC0\xAF\"}") << 8 << QStringLiteral("UTF-8");
        QTest::newRow("lone surrogate") << QByteArray("{\"a\": \"\xED\xA0\x80\"}") << 8 << QStringLiteral("UTF-8");
        QTest::newRow("truncated sequence") << QByteArray("{\"a\": \"\xE2\x82\"}") << 8 << QStringLiteral("UTF-8");
    }
    void hostileShapesAreErrorsWithAPlace()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, column);
        QFETCH(QString, says);
        test::TestDir dir;
        const QString f = dir.createFile(QStringLiteral("d/data.json"), text);
        auto source = openSource(f);
        QVERIFY(source);
        auto s = source.value()->load();
        QVERIFY(s);
        QVERIFY(!s->info.damaged.isEmpty());
        const Problem& p = s->problems.first();
        QCOMPARE(p.file, f);
        QCOMPARE(p.line, 1);
        QCOMPARE(p.column, column);
        QVERIFY2(p.message.contains(says, Qt::CaseInsensitive), qPrintable(p.message));
    }

    void fiftyMegabyteStringAndMegabyteKeyAreShown()
    {
        test::TestDir dir;
        const QByteArray key(1 << 20, 'k');
        const QString f = dir.createFile(QStringLiteral("d/data.json"),
                                         "{\"big\": \"" + QByteArray(50 << 20, 'x') + "\", \"" + key + "\": 1}");
        auto source = openSource(f);
        QVERIFY(source);
        auto s = source.value()->load();
        QVERIFY(s);
        const std::optional<Entry> big = s->findEntry(QStringLiteral("data"), QStringLiteral("big"));
        QVERIFY(big);
        QCOMPARE(big->value.raw().size(), qsizetype(50 << 20) + 2);
        const std::optional<Entry> longKey = s->findEntry(QStringLiteral("data"), QString::fromLatin1(key));
        QVERIFY(longKey);
        QCOMPARE(longKey->value.raw(), QByteArrayView("1"));
        bool over = false;
        for (const Problem& p : s->problems)
            over = over || (p.message.contains(QLatin1String("limit")) && p.address.endsWith(QLatin1String("/big")));
        QVERIFY(over); // over the value limit: reported, shown
    }

    void hundredThousandCopiesOfOneKeyAreOneEntry()
    {
        test::TestDir dir;
        QByteArray text = "{";
        for (int i = 0; i < 100000; ++i)
            text += "\"k\": " + QByteArray::number(i) + ",\n";
        text += "\"end\": true}";
        const QString f = dir.createFile(QStringLiteral("d/data.json"), text);
        auto source = openSource(f);
        QVERIFY(source);
        auto s = source.value()->load();
        QVERIFY(s);
        QCOMPARE(s->namespaces.size(), 1);
        QCOMPARE(s->namespaces.first().entries.size(), 2); // "k" once, with the last value, and "end"
        QCOMPARE(s->findEntry(QStringLiteral("data"), QStringLiteral("k"))->value.raw(), QByteArrayView("99999"));
        QCOMPARE(countCode(*s, Problem::Code::DuplicateKey), 1);
        auto doc = json::Document::parse(text, f);
        QVERIFY(doc);
        QCOMPARE(doc->toValue(doc->root()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHugeInput)
#include "tst_hugeinput.moc"
