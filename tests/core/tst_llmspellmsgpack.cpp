// SPDX-License-Identifier: GPL-3.0-or-later
// rs-llmspell's MessagePack rows (tests/data/samples/rs-llmspell-msgpack, written by rmp_serde): the
// SerializableState is unwrapped, edits change only the bytes of what changed, diff and history compare values,
// and a restore writes what rmp_serde writes. Byte-level expectations are spelled out here from the MessagePack
// specification, not taken from the code under test.
#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "backup/keyhistory.h"
#include "backup/restoreengine.h"
#include "msgpack/msgpackdocument.h"
#include "msgpack/msgpackeditor.h"
#include "msgpack/msgpackencoding.h"
#include "sources/llmspell/llmspellkeys.h"
#include "sources/llmspell/llmspellsource.h"
#include "sources/llmspell/llmspellvalue.h"
#include "testdir.h"

#include <QFile>
#include <QProcess>
#include <QTest>
// Qt SQL is linked into the core library privately; its headers are reached through the Qt include root.
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace statelens;
using statelens::test::TestDir;

namespace {

const QString Sample = QStringLiteral("rs-llmspell-msgpack");
const QString RunKey = QStringLiteral("state:global:test:run:42");
const QString BackupId = QStringLiteral("backup_1795263600_5eed5eed5eed5eed");

QByteArray blob(const QString& name)
{
    QFile f(TestDir::samplePath(Sample + QLatin1String("/blobs/") + name + QLatin1String(".msgpack")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read blob %s", qPrintable(name));
    return f.readAll();
}

/// The value BLOB of row `key`, read with a connection of the test's own.
QByteArray rowValue(const QString& db, const QString& key)
{
    static int count = 0;
    const QString name = QStringLiteral("tst-msgpack-%1").arg(++count);
    QByteArray out;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(db);
        if (!d.open())
            qFatal("cannot open %s", qPrintable(db));
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT value FROM kv_store WHERE key = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next())
            out = q.value(0).toByteArray();
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

msgpack::Document parsed(const QByteArray& bytes)
{
    auto d = msgpack::Document::parse(bytes, QStringLiteral("test"));
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(d.value());
}

json::Pointer ptr(const QString& text)
{
    return json::Pointer::parse(text).value();
}

/// Offsets at which two byte arrays of the same size differ.
QList<qsizetype> differingBytes(const QByteArray& a, const QByteArray& b)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            out.append(i);
    return out;
}

Snapshot loadOk(const QString& root)
{
    LlmSpellSource source(root);
    auto s = source.load();
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
    return std::move(s.value());
}

Result<ApplyResult> applyOne(const QString& root, const Snapshot& base, Change::Op op, const QString& address,
    const json::JsonValue& value = {})
{
    LlmSpellSource source(root);
    return source.apply(base, { { op, Address::parse(address).value(), value } });
}

/// The built rmp_serde checker (make/make.sh builds it there), or empty.
QString rmpChecker()
{
    QString path = qEnvironmentVariable("STATELENS_RMP_CHECK");
    if (path.isEmpty())
        path = QStringLiteral("/tmp/make-llmspell-msgpack-target/release/make-llmspell-msgpack");
    return QFile::exists(path) ? path : QString();
}

} // namespace

class TestLlmSpellMsgPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentIndexesEncodings();
    void documentRejects_data();
    void documentRejects();
    void defaultEncodingIsRmpSerdes();
    void loadUnwrapsSerializableState();
    void strictShape_data();
    void strictShape();
    void fastPathKeys();
    void editBooleanChangesOneByte();
    void floatsKeepTheirWidth();
    void integersKeepTheirWidth();
    void binAndExtKeptByUnrelatedEdits();
    void containerHeaders();
    void nonStateArrayEditedInPlace();
    void newKeyIsASerializableState();
    void diffAndHistoryCompareValues();
    void restoreWritesRmpSerdeBytes();
    void restoreOfEqualValuesWritesNothing();
    void rmpSerdeReadsEditedBlob();
    void cli();
};

void TestLlmSpellMsgPack::documentIndexesEncodings()
{
    const msgpack::Document doc = parsed(blob(QStringLiteral("test-run-42")));
    const auto node = [&](const QString& p) {
        const quint32 n = doc.find(ptr(p));
        if (n == msgpack::Document::npos)
            qFatal("no %s", qPrintable(p));
        return doc.node(n);
    };
    QCOMPARE(node(QString()).marker, quint8(0x94)); // fixarray of 4
    QCOMPARE(node(QStringLiteral("/1")).marker, quint8(0x8f)); // fixmap of 15
    QCOMPARE(node(QStringLiteral("/1/score")).marker, quint8(0xcb));
    QCOMPARE(node(QStringLiteral("/1/ratio")).marker, quint8(0xca));
    QCOMPARE(node(QStringLiteral("/1/big")).marker, quint8(0xcf));
    QCOMPARE(node(QStringLiteral("/1/neg")).marker, quint8(0xd3));
    QCOMPARE(node(QStringLiteral("/1/small_neg")).marker, quint8(0xfb)); // negative fixint -5
    QCOMPARE(node(QStringLiteral("/1/long_text")).marker, quint8(0xd9));
    QCOMPARE(node(QStringLiteral("/1/payload")).kind, msgpack::Kind::Bin);
    QCOMPARE(node(QStringLiteral("/1/tag")).kind, msgpack::Kind::Ext);
    QCOMPARE(node(QStringLiteral("/1/tag")).extType, qint8(5));
    QCOMPARE(node(QStringLiteral("/2")).count, 2u);
    QCOMPARE(doc.find(ptr(QStringLiteral("/1/missing"))), msgpack::Document::npos);
    QCOMPARE(doc.find(ptr(QStringLiteral("/4"))), msgpack::Document::npos);
    QCOMPARE(doc.find(ptr(QStringLiteral("/01"))), msgpack::Document::npos);

    const json::JsonValue v = doc.toJson(doc.find(ptr(QStringLiteral("/1"))));
    const auto text = [&](const char* key) { return v.member(QString::fromLatin1(key))->numberText(); };
    QCOMPARE(text("score"), QByteArray("3.0")); // a whole float64 stays a float, as serde_json writes it
    QCOMPARE(text("ratio"), QByteArray("0.1")); // float32's shortest spelling, not 0.10000000149011612
    QCOMPARE(text("big"), QByteArray("9007199254740993"));
    QCOMPARE(text("max"), QByteArray("18446744073709551615"));
    QCOMPARE(text("neg"), QByteArray("-9007199254740993"));
    QCOMPARE(text("small_neg"), QByteArray("-5"));
    QCOMPARE(v.member(QStringLiteral("name"))->toString(), QStringLiteral("nightly run \u2713"));
    QCOMPARE(v.member(QStringLiteral("payload"))->toString(), QStringLiteral("AAEC/w==")); // 00 01 02 ff
    QCOMPARE(v.member(QStringLiteral("tag"))->toString(), QStringLiteral("3q2+7w==")); // de ad be ef
    QVERIFY(v.member(QStringLiteral("nothing"))->isNull());
    QCOMPARE(v.member(QStringLiteral("samples"))->toCompactJson(), QByteArray("[1.5,2.0,-0.25]"));
}

void TestLlmSpellMsgPack::documentRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "0 bytes";
    QTest::newRow("truncated str") << QByteArray("\xa5" "ab") << "ends too early";
    QTest::newRow("trailing") << QByteArray("\xc3\xc3") << "after the end";
    QTest::newRow("reserved c1") << QByteArray("\xc1") << "0xc1";
    QTest::newRow("huge array count") << QByteArray("\xdd\xff\xff\xff\xff\x01") << "ends too early";
    QTest::newRow("too deep") << QByteArray(600, '\x91') + QByteArray(1, '\x01') << "deeper than 512";
}

void TestLlmSpellMsgPack::documentRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto d = msgpack::Document::parse(bytes, QStringLiteral("/x/blob"));
    QVERIFY(!d);
    QCOMPARE(d.error().file, QStringLiteral("/x/blob"));
    QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
}

void TestLlmSpellMsgPack::defaultEncodingIsRmpSerdes()
{
    // What rmp_serde::to_vec writes for a serde_json::Value (the sample's BLOBs are the reference).
    const msgpack::Document latency = parsed(blob(QStringLiteral("benchmark-latency")));
    QCOMPARE(msgpack::encodeDefault(latency.toJson(1)), latency.elementBytes(1)); // the key, a fixstr
    const quint32 value = latency.find(ptr(QStringLiteral("/1")));
    QCOMPARE(msgpack::encodeDefault(latency.toJson(value)), latency.elementBytes(value)); // float64s, "13.0" too
    const QByteArray raw = blob(QStringLiteral("benchmark-raw"));
    QCOMPARE(msgpack::encodeDefault(parsed(raw).toJson()), raw);
    const QByteArray tuple = blob(QStringLiteral("test-tuple"));
    QCOMPARE(msgpack::encodeDefault(parsed(tuple).toJson()), tuple);

    const auto enc = [](const char* json) {
        return msgpack::encodeDefault(json::JsonValue::parse(QByteArray(json)).value()).toHex();
    };
    QCOMPARE(enc("127"), QByteArray("7f"));
    QCOMPARE(enc("128"), QByteArray("cc80"));
    QCOMPARE(enc("65536"), QByteArray("ce00010000"));
    QCOMPARE(enc("-33"), QByteArray("d0df"));
    QCOMPARE(enc("-32"), QByteArray("e0"));
    QCOMPARE(enc("1e3"), QByteArray("cb408f400000000000")); // not an integer for serde_json: f64
    QCOMPARE(enc("\"" + QByteArray(32, 'x') + "\"").left(4), QByteArray("d920"));
    QCOMPARE(enc("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]").left(6), QByteArray("dc0010"));
    QCOMPARE(enc("{\"a\":null}"), QByteArray("81a161c0"));
}

void TestLlmSpellMsgPack::loadUnwrapsSerializableState()
{
    TestDir dir;
    const Snapshot s = loadOk(dir.copySample(Sample));
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.isEmpty() ? QString() : s.problems.first().message));

    const std::optional<Entry> run = s.findEntry(QStringLiteral("test"), QStringLiteral("run:42"));
    QVERIFY(run);
    const json::JsonValue v = run->value.toValue();
    QVERIFY(v.isObject()); // the value, not [key, value, timestamp, schema_version]
    QCOMPARE(v.member(QStringLiteral("passed"))->toBool(), true);
    QCOMPARE(run->meta.value(QStringLiteral("encoding")).toString(), QStringLiteral("msgpack-state"));
    QCOMPARE(run->meta.value(QStringLiteral("storage_key")).toString(), QStringLiteral("global:test:run:42"));
    QCOMPARE(run->meta.value(QStringLiteral("timestamp")).toDateTime(),
        QDateTime::fromMSecsSinceEpoch(1795263595130LL, Qt::UTC));
    QCOMPARE(run->meta.value(QStringLiteral("schema_version")).toInt(), 1);

    const std::optional<Entry> latency = s.findEntry(QStringLiteral("benchmark"), QStringLiteral("latency"));
    QVERIFY(latency);
    QCOMPARE(latency->value.toValue().toCompactJson(), QByteArray("[12.5,13.0,11.75]"));
    QCOMPARE(latency->meta.value(QStringLiteral("encoding")).toString(), QStringLiteral("msgpack-state"));

    const std::optional<Entry> raw = s.findEntry(QStringLiteral("benchmark"), QStringLiteral("raw"));
    QVERIFY(raw);
    QCOMPARE(raw->meta.value(QStringLiteral("encoding")).toString(), QStringLiteral("msgpack"));
    QCOMPARE(raw->value.toValue().toCompactJson(), QByteArray("{\"iterations\":1000,\"mean_ms\":0.5}"));
    QVERIFY(!raw->meta.contains(QStringLiteral("timestamp")));

    // Looks like a SerializableState, but its first element is not the row's storage key: shown whole.
    const std::optional<Entry> tuple = s.findEntry(QStringLiteral("test"), QStringLiteral("tuple"));
    QVERIFY(tuple);
    QCOMPARE(tuple->meta.value(QStringLiteral("encoding")).toString(), QStringLiteral("msgpack"));
    QCOMPARE(tuple->value.toValue().toCompactJson(),
        QByteArray("[\"global:test:elsewhere\",{\"a\":1},[1,2],1]"));

    // The JSON envelope row keeps its key in the same meta.
    const std::optional<Entry> prefs = s.findEntry(QStringLiteral("user"), QStringLiteral("preferences"));
    QVERIFY(prefs);
    QCOMPARE(prefs->meta.value(QStringLiteral("storage_key")).toString(), QStringLiteral("global:user:preferences"));
}

void TestLlmSpellMsgPack::strictShape_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("unwrapped");
    QTest::newRow("SerializableState") << QByteArray(R"(["global:test:k",{"a":1},[1795263595,5],1])") << true;
    QTest::newRow("schema_version 0") << QByteArray(R"(["global:test:k",null,[0,0],0])") << true;
    QTest::newRow("other key") << QByteArray(R"(["global:test:other",{"a":1},[1,5],1])") << false;
    QTest::newRow("row key with state:") << QByteArray(R"(["state:global:test:k",1,[1,5],1])") << false;
    QTest::newRow("three elements") << QByteArray(R"(["global:test:k",1,[1,5]])") << false;
    QTest::newRow("five elements") << QByteArray(R"(["global:test:k",1,[1,5],1,2])") << false;
    QTest::newRow("timestamp of three") << QByteArray(R"(["global:test:k",1,[1,5,6],1])") << false;
    QTest::newRow("timestamp as map") << QByteArray(R"(["global:test:k",1,{"secs":1,"nanos":5},1])") << false;
    QTest::newRow("negative secs") << QByteArray(R"(["global:test:k",1,[-1,5],1])") << false;
    QTest::newRow("nanos of a second or more") << QByteArray(R"(["global:test:k",1,[1,1000000000],1])") << false;
    QTest::newRow("float secs") << QByteArray(R"(["global:test:k",1,[1.5,5],1])") << false;
    QTest::newRow("version as text") << QByteArray(R"(["global:test:k",1,[1,5],"1"])") << false;
    QTest::newRow("version beyond u32") << QByteArray(R"(["global:test:k",1,[1,5],4294967296])") << false;
    QTest::newRow("a map") << QByteArray(R"({"key":"global:test:k","value":1})") << false;
}

void TestLlmSpellMsgPack::strictShape()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, unwrapped);
    const QByteArray bytes = msgpack::encodeDefault(json::JsonValue::parse(json).value());
    QCOMPARE(llmspell::isSerializableState(parsed(bytes), QStringLiteral("state:global:test:k")), unwrapped);
    auto stored = llmspell::decodeStoredValue(QStringLiteral("state:global:test:k"), bytes, QStringLiteral("db"));
    QVERIFY(stored);
    QCOMPARE(stored->encoding, unwrapped ? llmspell::Encoding::MsgPackState : llmspell::Encoding::MsgPack);
    const json::JsonValue whole = json::JsonValue::parse(json).value();
    QCOMPARE(stored->value.toValue(), unwrapped ? whole.items()[1] : whole);
}

void TestLlmSpellMsgPack::fastPathKeys()
{
    QVERIFY(llmspell::isFastPathKey(QStringLiteral("state:global:test:run:42")));
    QVERIFY(llmspell::isFastPathKey(QStringLiteral("state:global:benchmark:x")));
    QVERIFY(llmspell::isFastPathKey(QStringLiteral("state:agent:a1:test:x")));
    QVERIFY(llmspell::isFastPathKey(QStringLiteral("state:custom::benchmark:x")));
    QVERIFY(llmspell::isFastPathKey(QStringLiteral("test:bench:1")));
    QVERIFY(!llmspell::isFastPathKey(QStringLiteral("state:global:user:test:x")));
    QVERIFY(!llmspell::isFastPathKey(QStringLiteral("state:agent:test:x")));
    QVERIFY(!llmspell::isFastPathKey(QStringLiteral("state:global:testing")));
}

void TestLlmSpellMsgPack::editBooleanChangesOneByte()
{
    const QByteArray original = blob(QStringLiteral("test-run-42"));
    msgpack::Editor editor(parsed(original));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/passed")), json::JsonValue::fromBool(false)));
    QCOMPARE(editor.bytes().size(), original.size());
    const QList<qsizetype> diff = differingBytes(original, editor.bytes());
    QCOMPARE(diff.size(), 1);
    QCOMPARE(quint8(original[diff[0]]), quint8(0xc3));
    QCOMPARE(quint8(editor.bytes()[diff[0]]), quint8(0xc2));

    // Through the source: the value changes in that byte; the SerializableState's timestamp becomes now.
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    const Snapshot base = loadOk(root);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto applied = applyOne(root, base, Change::Op::Set, QStringLiteral("test/run:42/passed"),
        json::JsonValue::fromBool(false));
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const QByteArray written = rowValue(db, RunKey);
    QCOMPARE(written.size(), original.size());
    const msgpack::Document doc = parsed(written);
    const msgpack::Node& ts = doc.node(doc.find(ptr(QStringLiteral("/2"))));
    QList<qsizetype> outsideTimestamp;
    for (qsizetype i : differingBytes(original, written))
        if (i < ts.begin || i >= ts.end)
            outsideTimestamp.append(i);
    QCOMPARE(outsideTimestamp, diff);
    quint64 secs = 0;
    QVERIFY(doc.toUInt(doc.find(ptr(QStringLiteral("/2/0"))), &secs));
    QVERIFY(qint64(secs) >= before);
    QVERIFY(llmspell::isSerializableState(doc, RunKey));
    const Snapshot after = loadOk(root);
    QCOMPARE(after.findEntry(QStringLiteral("test"), QStringLiteral("run:42"))->value.toValue()
                 .member(QStringLiteral("passed"))->toBool(),
        false);
}

void TestLlmSpellMsgPack::floatsKeepTheirWidth()
{
    const QByteArray original = blob(QStringLiteral("test-run-42"));
    msgpack::Editor editor(parsed(original));
    // The unchanged 3.0 (set again as the integer 3, as a JSON editor may spell it) is not touched.
    QVERIFY(editor.set(ptr(QStringLiteral("/1/score")), json::JsonValue::fromInt(3)));
    QVERIFY(!editor.changed());
    QCOMPARE(editor.bytes(), original);
    // A new whole number in a float64 stays float64.
    QVERIFY(editor.set(ptr(QStringLiteral("/1/score")), json::JsonValue::fromInt(4)));
    const auto bytesAt = [&](const QString& p) {
        const msgpack::Document& d = editor.document();
        return d.elementBytes(d.find(ptr(p))).toHex();
    };
    QCOMPARE(bytesAt(QStringLiteral("/1/score")), QByteArray("cb4010000000000000"));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/samples/1")), json::JsonValue::fromNumberText("7")));
    QCOMPARE(bytesAt(QStringLiteral("/1/samples/1")), QByteArray("cb401c000000000000"));
    // float32 stays float32 when the number is one; else it becomes float64 rather than lose digits.
    QVERIFY(editor.set(ptr(QStringLiteral("/1/ratio")), json::JsonValue::fromNumberText("0.5")));
    QCOMPARE(bytesAt(QStringLiteral("/1/ratio")), QByteArray("ca3f000000"));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/ratio")), json::JsonValue::fromNumberText("0.3")));
    QCOMPARE(bytesAt(QStringLiteral("/1/ratio")), QByteArray("cb3fd3333333333333"));
    QCOMPARE(editor.bytes().size(), original.size() + 4);
}

void TestLlmSpellMsgPack::integersKeepTheirWidth()
{
    const QByteArray original = blob(QStringLiteral("test-run-42"));
    msgpack::Editor editor(parsed(original));
    const auto bytesAt = [&](const QString& p) {
        const msgpack::Document& d = editor.document();
        return d.elementBytes(d.find(ptr(p))).toHex();
    };
    QVERIFY(editor.set(ptr(QStringLiteral("/1/big")), json::JsonValue::fromNumberText("9007199254740995")));
    QCOMPARE(bytesAt(QStringLiteral("/1/big")), QByteArray("cf0020000000000003"));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/big")), json::JsonValue::fromInt(7)));
    QCOMPARE(bytesAt(QStringLiteral("/1/big")), QByteArray("cf0000000000000007")); // keeps its uint64
    QVERIFY(editor.set(ptr(QStringLiteral("/1/count")), json::JsonValue::fromInt(300)));
    QCOMPARE(bytesAt(QStringLiteral("/1/count")), QByteArray("cd012c")); // no longer fits a fixint
    QVERIFY(editor.set(ptr(QStringLiteral("/1/small_neg")), json::JsonValue::fromInt(-100)));
    QCOMPARE(bytesAt(QStringLiteral("/1/small_neg")), QByteArray("d09c"));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/neg")), json::JsonValue::fromInt(-1)));
    QCOMPARE(bytesAt(QStringLiteral("/1/neg")), QByteArray("d3ffffffffffffffff"));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/max")), json::JsonValue::fromNumberText("-2")));
    QCOMPARE(bytesAt(QStringLiteral("/1/max")), QByteArray("fe")); // a uint64 cannot hold it: rmp's choice
    // The exact values survive a reload of the bytes.
    const json::JsonValue v = msgpack::Document::parse(editor.bytes()).value().toJson();
    QCOMPARE(v.items()[1].member(QStringLiteral("max"))->numberText(), QByteArray("-2"));
}

void TestLlmSpellMsgPack::binAndExtKeptByUnrelatedEdits()
{
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    const Snapshot base = loadOk(root);
    auto applied = applyOne(root, base, Change::Op::Set, QStringLiteral("test/run:42/name"),
        json::JsonValue::fromString(QStringLiteral("renamed")));
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const QByteArray written = rowValue(db, RunKey);
    QVERIFY(written.contains(QByteArray::fromHex("a77061796c6f6164c4040001 02ff")));
    QVERIFY(written.contains(QByteArray::fromHex("a3746167d605deadbeef")));
    QVERIFY(written.contains(QByteArray::fromHex("a772656e616d6564"))); // fixstr "renamed"

    msgpack::Editor editor(parsed(written));
    const auto bytesAt = [&](const QString& p) {
        const msgpack::Document& d = editor.document();
        return d.elementBytes(d.find(ptr(p))).toHex();
    };
    // Base64 text keeps bin and ext (with its type); other text becomes a str.
    QVERIFY(editor.set(ptr(QStringLiteral("/1/payload")), json::JsonValue::fromString(QStringLiteral("AAECAw=="))));
    QCOMPARE(bytesAt(QStringLiteral("/1/payload")), QByteArray("c40400010203"));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/tag")), json::JsonValue::fromString(QStringLiteral("AQI="))));
    QCOMPARE(bytesAt(QStringLiteral("/1/tag")), QByteArray("d5050102")); // fixext2, type 5
    QVERIFY(editor.set(ptr(QStringLiteral("/1/tag")), json::JsonValue::fromString(QStringLiteral("not base64!"))));
    QCOMPARE(bytesAt(QStringLiteral("/1/tag")), QByteArray("ab6e6f7420626173653634 21").replace(' ', ""));
    // A str8 stays str8 for a short text.
    QVERIFY(editor.set(ptr(QStringLiteral("/1/long_text")), json::JsonValue::fromString(QStringLiteral("ab"))));
    QCOMPARE(bytesAt(QStringLiteral("/1/long_text")), QByteArray("d9026162"));
}

void TestLlmSpellMsgPack::containerHeaders()
{
    const QByteArray original = blob(QStringLiteral("test-run-42"));
    msgpack::Editor editor(parsed(original));
    // The value map holds 15 pairs (fixmap 0x8f): a 16th needs map16.
    QVERIFY(editor.set(ptr(QStringLiteral("/1/added")), json::JsonValue::fromBool(true)));
    const msgpack::Document& d = editor.document();
    const msgpack::Node& map = d.node(d.find(ptr(QStringLiteral("/1"))));
    QCOMPARE(d.bytes().mid(map.begin, 3).toHex(), QByteArray("de0010"));
    QVERIFY(d.bytes().endsWith(QByteArray::fromHex("a56164646564c3") + original.right(12))); // then the timestamp and version
    QCOMPARE(d.bytes().size(), original.size() + 2 + 7);
    // Removing two members keeps the map16 header (its width fits) and the other bytes.
    QVERIFY(editor.remove(ptr(QStringLiteral("/1/added"))));
    QVERIFY(editor.remove(ptr(QStringLiteral("/1/nothing"))));
    const msgpack::Document& e = editor.document();
    QCOMPARE(e.bytes().mid(e.node(e.find(ptr(QStringLiteral("/1")))).begin, 3).toHex(), QByteArray("de000e"));
    QVERIFY(!e.bytes().contains(QByteArray("nothing")));
    QCOMPARE(e.bytes().size(), original.size() + 2 - 9);
    // Appending to an array (by "-" or by its size) and removing from it.
    QVERIFY(editor.set(ptr(QStringLiteral("/1/samples/-")), json::JsonValue::fromNumberText("0.5")));
    QVERIFY(editor.set(ptr(QStringLiteral("/1/samples/4")), json::JsonValue::fromInt(1)));
    QVERIFY(!editor.set(ptr(QStringLiteral("/1/samples/9")), json::JsonValue::fromInt(1)));
    QVERIFY(editor.remove(ptr(QStringLiteral("/1/samples/0"))));
    const msgpack::Document& f = editor.document();
    QCOMPARE(f.toJson(f.find(ptr(QStringLiteral("/1/samples")))).toCompactJson(), QByteArray("[2.0,-0.25,0.5,1]"));
    QCOMPARE(f.node(f.find(ptr(QStringLiteral("/1/samples")))).marker, quint8(0x94));
    QVERIFY(!editor.remove(json::Pointer()));
    QVERIFY(!editor.remove(ptr(QStringLiteral("/1/nothing"))));
}

void TestLlmSpellMsgPack::nonStateArrayEditedInPlace()
{
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    const QByteArray original = blob(QStringLiteral("test-tuple"));
    auto applied = applyOne(root, loadOk(root), Change::Op::Set, QStringLiteral("test/tuple/1/a"),
        json::JsonValue::fromInt(2));
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    // A bare value has no timestamp of its own: only that byte changes.
    const QByteArray written = rowValue(db, QStringLiteral("state:global:test:tuple"));
    QCOMPARE(differingBytes(original, written).size(), 1);
    QCOMPARE(written.size(), original.size());
}

void TestLlmSpellMsgPack::newKeyIsASerializableState()
{
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    const json::JsonValue value = json::JsonValue::parse(R"({"ok":true,"n":300,"f":2.0,"s":"x"})").value();
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto applied = applyOne(root, loadOk(root), Change::Op::Set, QStringLiteral("test/fresh"), value);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const QByteArray written = rowValue(db, QStringLiteral("state:global:test:fresh"));
    const msgpack::Document doc = parsed(written);
    QVERIFY(llmspell::isSerializableState(doc, QStringLiteral("state:global:test:fresh")));
    // [fixstr key, map {ok: true, n: uint16 300, f: float64 2.0, s: "x"}, [uint32 secs, nanos], 1]
    QVERIFY(written.startsWith(QByteArray::fromHex("94b1") + "global:test:fresh"
        + QByteArray::fromHex("84a26f6bc3a16ecd012ca166cb4000000000000000a173a178")));
    QVERIFY(written.endsWith(QByteArray(1, '\x01')));
    const msgpack::Node& secs = doc.node(doc.find(ptr(QStringLiteral("/2/0"))));
    QCOMPARE(secs.marker, quint8(0xce));
    quint64 s = 0;
    QVERIFY(doc.toUInt(doc.find(ptr(QStringLiteral("/2/0"))), &s) && qint64(s) >= before);
    const Snapshot after = loadOk(root);
    const std::optional<Entry> e = after.findEntry(QStringLiteral("test"), QStringLiteral("fresh"));
    QVERIFY(e);
    QCOMPARE(e->meta.value(QStringLiteral("encoding")).toString(), QStringLiteral("msgpack-state"));
    QCOMPARE(e->value.toValue().toCompactJson(), QByteArray(R"({"ok":true,"n":300,"f":2.0,"s":"x"})"));
}

void TestLlmSpellMsgPack::diffAndHistoryCompareValues()
{
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const Snapshot current = loadOk(root);
    const backup::BackupCatalogue catalogue(current);
    const Backup* b = catalogue.find(BackupId);
    QVERIFY(b);
    QCOMPARE(b->health, Health::Ok);
    auto loaded = backup::loadBackup(current, *b);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    // The backup holds the bare values; the database the SerializableStates and a JSON envelope: all equal.
    const diff::DiffResult d = backup::compareWithCurrent(current, *loaded);
    QStringList changed;
    for (const diff::EntryDiff& e : d.entries)
        changed << e.ns + u'/' + e.key;
    QVERIFY2(d.entries.isEmpty(), qPrintable(changed.join(u' ')));

    const QList<backup::HistoryPoint> h = backup::keyHistory(current, catalogue, Address::parse(QStringLiteral("test/run:42")).value());
    QCOMPARE(h.size(), 2);
    QVERIFY(h[0].present && h[1].present);
    QVERIFY(!h[1].changed);

    // A real change shows, as a change of the value (not of its type).
    auto applied = applyOne(root, current, Change::Op::Set, QStringLiteral("test/run:42/score"),
        json::JsonValue::fromNumberText("3.5"));
    QVERIFY(applied);
    const Snapshot edited = loadOk(root);
    auto again = backup::loadBackup(edited, *b);
    QVERIFY(again);
    const diff::DiffResult d2 = backup::compareWithCurrent(edited, *again);
    QCOMPARE(d2.entries.size(), 1);
    QCOMPARE(d2.entries[0].kind, diff::ChangeKind::Changed);
    QCOMPARE(d2.entries[0].details.size(), 1);
    QCOMPARE(d2.entries[0].details[0].pointer.toString(), QStringLiteral("/score"));
}

void TestLlmSpellMsgPack::restoreWritesRmpSerdeBytes()
{
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    const QByteArray original = blob(QStringLiteral("test-run-42"));
    Snapshot base = loadOk(root);
    QVERIFY(applyOne(root, base, Change::Op::Set, QStringLiteral("test/run:42/passed"), json::JsonValue::fromBool(false)));
    base = loadOk(root);
    QVERIFY(applyOne(root, base, Change::Op::Remove, QStringLiteral("benchmark/latency")));

    auto outcome = backup::restoreBackup(root, BackupId,
        backup::RestoreScope { { QStringLiteral("test/run:42"), QStringLiteral("benchmark/latency") } });
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));

    // The edited row: its value is byte for byte what rmp_serde wrote (float64 3.0, float32, bin, ext, u64).
    const msgpack::Document before = parsed(original);
    const msgpack::Document restored = parsed(rowValue(db, RunKey));
    QVERIFY(llmspell::isSerializableState(restored, RunKey));
    QCOMPARE(restored.elementBytes(restored.find(ptr(QStringLiteral("/1")))),
        before.elementBytes(before.find(ptr(QStringLiteral("/1")))));
    // The removed row comes back as rmp_serde::to_vec(&SerializableState) writes it: only the timestamp differs.
    const msgpack::Document latency = parsed(blob(QStringLiteral("benchmark-latency")));
    const msgpack::Document back = parsed(rowValue(db, QStringLiteral("state:global:benchmark:latency")));
    for (const QString& p : { QStringLiteral("/0"), QStringLiteral("/1"), QStringLiteral("/3") })
        QCOMPARE(back.elementBytes(back.find(ptr(p))), latency.elementBytes(latency.find(ptr(p))));
    QCOMPARE(back.node(back.root()).marker, quint8(0x94));
    QCOMPARE(back.node(back.find(ptr(QStringLiteral("/2/0")))).marker, quint8(0xce));

    const Snapshot after = loadOk(root);
    auto loaded = backup::loadBackup(after, *backup::BackupCatalogue(after).find(BackupId));
    QVERIFY(loaded);
    QVERIFY(backup::compareWithCurrent(after, *loaded).entries.isEmpty());
}

void TestLlmSpellMsgPack::restoreOfEqualValuesWritesNothing()
{
    // The issue: a restore "silently rewrites the row" when only the encoding differed. Values are equal now,
    // so restoring the whole backup has nothing to do and every row keeps its bytes.
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    const QStringList keys = { RunKey, QStringLiteral("state:global:benchmark:latency"),
        QStringLiteral("state:global:benchmark:raw"), QStringLiteral("state:global:test:tuple"),
        QStringLiteral("state:global:user:preferences") };
    QList<QByteArray> before;
    for (const QString& k : keys)
        before << rowValue(db, k);
    auto outcome = backup::restoreBackup(root, BackupId);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->entries, 0);
    QVERIFY(outcome->safetyId.isEmpty());
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(rowValue(db, keys[i]), before[i]);
}

void TestLlmSpellMsgPack::rmpSerdeReadsEditedBlob()
{
    const QString checker = rmpChecker();
    if (checker.isEmpty())
        QSKIP("the rmp_serde checker is not built: run tests/data/samples/rs-llmspell-msgpack/make/make.sh "
              "(or set STATELENS_RMP_CHECK to the built make-llmspell-msgpack)");
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    const QList<Change> changes = {
        { Change::Op::Set, Address::parse(QStringLiteral("test/run:42/passed")).value(), json::JsonValue::fromBool(false) },
        { Change::Op::Set, Address::parse(QStringLiteral("test/run:42/score")).value(), json::JsonValue::fromInt(4) },
        { Change::Op::Set, Address::parse(QStringLiteral("test/run:42/big")).value(), json::JsonValue::fromNumberText("9007199254740995") },
        { Change::Op::Set, Address::parse(QStringLiteral("test/run:42/payload")).value(), json::JsonValue::fromString(QStringLiteral("AAECAw==")) },
        { Change::Op::Set, Address::parse(QStringLiteral("test/run:42/samples/-")).value(), json::JsonValue::fromInt(2) },
        { Change::Op::Set, Address::parse(QStringLiteral("test/run:42/extra")).value(), json::JsonValue::fromString(QStringLiteral("x")) },
    };
    LlmSpellSource source(root);
    auto applied = source.apply(loadOk(root), changes);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const QString file = dir.createFile(QStringLiteral("edited.msgpack"), rowValue(db, RunKey));
    QProcess p;
    p.start(checker, { QStringLiteral("check"), file });
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("passed: false, score: 4.0, ratio: 0.1,")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("big: 9007199254740995, max: 18446744073709551615, neg: -9007199254740993")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("payload: [0, 1, 2, 3], tag: Ext((5, [222, 173, 190, 239]))")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("samples: [1.5, 2.0, -0.25, 2.0]")), qPrintable(out));
}

void TestLlmSpellMsgPack::cli()
{
    TestDir dir;
    const QString root = dir.copySample(Sample);
    const QString db = root + QLatin1String("/data/llmspell.db");
    // get prints the value, not [key, value, timestamp, schema_version].
    test::CliRun r = test::runCli({ QStringLiteral("get"), root, QStringLiteral("test/run:42/score") });
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("3.0"));
    r = test::runCli({ QStringLiteral("get"), root, QStringLiteral("benchmark/latency") });
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(!r.out.contains("global:benchmark:latency") && r.out.contains("13.0"), r.out.constData());
    // diff and history show no change between the database and the backup that holds the same values.
    r = test::runCli({ QStringLiteral("diff"), root, BackupId, QStringLiteral("current") });
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("0 added, 0 removed, 0 changed"), r.out.constData());
    r = test::runCli({ QStringLiteral("history"), root, QStringLiteral("test/run:42") });
    QVERIFY2(r.code == 0, r.err.constData());
    // WHEN BACKUP CHANGED VALUE: the current state's CHANGED column is empty.
    const QByteArray current = r.out.mid(r.out.indexOf("current"));
    QVERIFY2(current.startsWith("current") && current.mid(7, current.indexOf('{') - 7).trimmed().isEmpty(),
        r.out.constData());
    // set through the CLI changes one byte of the value.
    r = test::runCli({ QStringLiteral("set"), root, QStringLiteral("test/run:42/nested/ok"), QStringLiteral("true") });
    QVERIFY2(r.code == 0, r.err.constData());
    const msgpack::Document before = parsed(blob(QStringLiteral("test-run-42")));
    const msgpack::Document after = parsed(rowValue(db, RunKey));
    const QByteArray a = before.elementBytes(before.find(ptr(QStringLiteral("/1"))));
    const QByteArray b = after.elementBytes(after.find(ptr(QStringLiteral("/1"))));
    QCOMPARE(differingBytes(a, b).size(), 1);
    QCOMPARE(a.size(), b.size());
}

QTEST_GUILESS_MAIN(TestLlmSpellMsgPack)
#include "tst_llmspellmsgpack.moc"
