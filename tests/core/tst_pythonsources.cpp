// SPDX-License-Identifier: GPL-3.0-or-later
// StatefulObject and autonomous-dev: Python-written JSON, read and written in the tool's own style.
#include "sources/source.h"
#include "testdir.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace statelens;

namespace {
Change change(const QString& address, const json::JsonValue& v, Change::Op op = Change::Op::Set)
{
    Change c;
    c.op = op;
    c.address = Address::parse(address).value();
    c.value = v;
    return c;
}
QJsonObject readJson(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}
int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
} // namespace

class TestPythonSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statefulObjectFolder()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        auto source = openSource(root);
        QVERIFY(source);
        QCOMPARE(source.value()->kind(), SourceKind::StatefulObject);
        const Snapshot s = source.value()->load().value();
        QCOMPARE(s.info.version, QStringLiteral("2"));
        QCOMPARE(s.namespaces.size(), 2);
        const QJsonObject counter = readJson(dir.read(root + QStringLiteral("/counter.json")));
        QCOMPARE(s.findEntry(QStringLiteral("counter"), QStringLiteral("label"))->value.text(), counter.value(QStringLiteral("label")).toString());
        QCOMPARE(s.findEntry(QStringLiteral("counter"), QStringLiteral("count"))->value.raw(), QByteArrayView("2"));
        QCOMPARE(s.backups.size(), 1);
        QCOMPARE(s.backups.first().kind, QStringLiteral("bak"));
        QCOMPARE(s.backups.first().health, Health::Ok);
    }

    void statefulObjectWriteKeepsStyleModeAndMakesTheBak()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QString file = root + QStringLiteral("/counter.json");
        ::chmod(QFile::encodeName(file).constData(), 0600);
        const QByteArray before = dir.read(file);
        auto source = openSource(root).value();
        const Snapshot s = source->load().value();
        auto r = source->apply(s, { change(QStringLiteral("counter/count"), json::JsonValue::fromInt(3)),
                                    change(QStringLiteral("counter/blabel"), json::JsonValue::fromString(QStringLiteral("Größe"))) });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        // Sorted insert, ASCII escapes, no trailing newline: exactly what json.dump(indent=2, sort_keys=True) writes.
        QCOMPARE(dir.read(file), QByteArray("{\n  \"blabel\": \"Gr\\u00f6\\u00dfe\",\n  \"count\": 3,\n  \"label\": \"Z\\u00e4hler\"\n}"));
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(dir.read(file + QStringLiteral(".bak")), before);
    }

    void statefulObjectV1IsInferred()
    {
        test::TestDir dir;
        const QString f = dir.createFile(QStringLiteral("app/state.json"),
                                         "{\n  \"settings\": {\n    \"request_timeout\": 60,\n    \"ui_theme\": \"light\"\n  }\n}");
        const Snapshot s = openSource(f).value()->load().value();
        QCOMPARE(s.info.kind, SourceKind::StatefulObject);
        QCOMPARE(s.info.version, QStringLiteral("1"));
        QVERIFY(s.info.versionOrigin.startsWith(QLatin1String("inferred")));
    }

    void orphanTempFilesAreReported()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        dir.createFile(root + QStringLiteral("/.counter.json.ab12cd34.tmp"), "{\"cou");
        const Snapshot s = openSource(root).value()->load().value();
        bool found = false;
        for (const Problem& p : s.problems)
            found = found || p.file.endsWith(QLatin1String(".counter.json.ab12cd34.tmp"));
        QVERIFY(found);
    }

    void batchStateIsShownAsABatch()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("autonomous-dev/project"));
        auto source = openSource(root);
        QVERIFY(source);
        QCOMPARE(source.value()->kind(), SourceKind::AutonomousDev);
        const Snapshot s = source.value()->load().value();
        QVERIFY(s.batch);
        const QJsonObject raw = readJson(dir.read(root + QStringLiteral("/.claude/batch_state.json")));
        QCOMPARE(s.batch->id, raw.value(QStringLiteral("batch_id")).toString());
        QCOMPARE(s.batch->features.size(), raw.value(QStringLiteral("features")).toArray().size());
        QCOMPARE(s.batch->features[0].state, QStringLiteral("completed"));
        QCOMPARE(s.batch->features[1].state, QStringLiteral("failed"));
        QCOMPARE(s.batch->features[1].error, QStringLiteral("Tests failed: 3 errors"));
        QCOMPARE(s.batch->features[1].retries, 1);
        QCOMPARE(s.batch->features[2].state, QStringLiteral("skipped"));
        QCOMPARE(s.findNamespace(QStringLiteral("batch_state"))->entries.size(), raw.size());
        QCOMPARE(s.logs.size(), 1);
        QCOMPARE(s.logs.first().format, LogFile::Format::JsonLines);
        // No false secret alarm for "context_token_estimate".
        for (const Problem& p : s.problems)
            QVERIFY2(!p.message.contains(QLatin1String("secret")), qPrintable(p.toString()));
    }

    void batchWriteKeepsStringKeysAndEscapes()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("autonomous-dev/project"));
        const QString file = root + QStringLiteral("/.claude/batch_state.json");
        const QByteArray before = dir.read(file);
        auto source = openSource(root).value();
        const Snapshot s = source->load().value();
        auto r = source->apply(s, { change(QStringLiteral("batch_state/retry_attempts/2"), json::JsonValue::fromInt(1)),
                                    change(QStringLiteral("batch_state/current_index"), json::JsonValue::fromInt(3)) });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QByteArray expected = before;
        expected.replace("\"retry_attempts\": {\n    \"1\": 1\n  }", "\"retry_attempts\": {\n    \"1\": 1,\n    \"2\": 1\n  }");
        expected.replace("\"current_index\": 2,", "\"current_index\": 3,");
        QCOMPARE(dir.read(file), expected);
        // The batch file has no backup of its own in the tool, so ours goes aside, out of its sight.
        QCOMPARE(r->backupsMade.size(), 1);
        QVERIFY(r->backupsMade.first().contains(QLatin1String("/.statelens/backups/")));
        QCOMPARE(dir.read(r->backupsMade.first()), before);
    }

    void badInputNeverCrashes_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("statefulobject") << "statefulobject/app";
        QTest::newRow("autonomous-dev") << "autonomous-dev/project";
    }
    void badInputNeverCrashes()
    {
        // Truncated, garbled and empty copies of every file: the load names the file and shows the rest.
        QFETCH(QString, sample);
        const QString src = test::TestDir::samplePath(sample);
        QDirIterator it(src, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(src).relativeFilePath(it.next());
            for (int variant = 0; variant < 3; ++variant) {
                test::TestDir dir;
                const QString root = dir.copySample(sample);
                QByteArray bytes = dir.read(root + u'/' + rel);
                bytes = variant == 0 ? bytes.left(bytes.size() / 2) : variant == 1 ? bytes.replace('"', '\x01') : QByteArray();
                dir.createFile(root + u'/' + rel, bytes);
                auto source = openSource(root);
                QVERIFY(source);
                auto s = source.value()->load();
                QVERIFY(s);
                if (!rel.endsWith(QLatin1String(".json")))
                    continue; // logs and .bak files are shown as they are (a .bak gets a health instead)
                bool named = false;
                for (const Problem& p : s->problems)
                    named = named || p.file.endsWith(rel);
                QVERIFY2(named, qPrintable(rel));
                // Everything else still loads.
                QVERIFY(s->namespaces.size() >= 1);
            }
        }
    }

    void unknownJsonOpensWithANote()
    {
        test::TestDir dir;
        dir.createFile(QStringLiteral("x/things.json"), "[1, 2, 3]\n");
        dir.createFile(QStringLiteral("x/other.json"), "{\"a\":{\"b\":1}}");
        auto source = openSource(dir.filePath(QStringLiteral("x")));
        QVERIFY(source);
        const Snapshot s = source.value()->load().value();
        QCOMPARE(s.info.kind, SourceKind::PlainJson);
        QVERIFY(!s.info.note.isEmpty());
        QCOMPARE(s.findEntry(QStringLiteral("things"), QStringLiteral("."))->value.raw(), QByteArrayView("[1, 2, 3]"));
        auto r = source.value()->apply(s, { change(QStringLiteral("other/a/b"), json::JsonValue::fromInt(2)) });
        QVERIFY(r);
        QCOMPARE(dir.read(QStringLiteral("x/other.json")), QByteArray("{\"a\":{\"b\":2}}"));
    }
};

QTEST_GUILESS_MAIN(TestPythonSources)
#include "tst_pythonsources.moc"
