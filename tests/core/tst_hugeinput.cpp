// SPDX-License-Identifier: GPL-3.0-or-later
// Files over 1 GiB: valid ones open, garbage ones are reported; neither crashes.
#include "sources/source.h"
#include "testdir.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace statelens;

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
        const Entry* items = s->findEntry(QStringLiteral("data"), QStringLiteral("items"));
        QVERIFY(items);
        QCOMPARE(items->value.childCount(), chunks + 1);
        QCOMPARE(s->findEntry(QStringLiteral("data"), QStringLiteral("end"))->value.raw(), QByteArrayView("true"));
        // Each of these values is over the 1 MiB limit: reported, not refused.
        bool tooBig = false;
        for (const Problem& p : s->problems)
            tooBig = tooBig || p.message.contains(QLatin1String("limit"));
        QVERIFY(tooBig);
    }
};

QTEST_GUILESS_MAIN(TestHugeInput)
#include "tst_hugeinput.moc"
