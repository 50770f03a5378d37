// SPDX-License-Identifier: GPL-3.0-or-later
// rs-llmspell: the SQLite kv_store and the backups folder, checked against values decoded independently
// (QJsonDocument for the JSON envelopes; msgpack-cxx, zstd and SHA-256 called directly for the backups).
#include "sources/llmspell/llmspellcompression.h"
#include "sources/llmspell/llmspellkeys.h"
#include "sources/llmspell/llmspellsource.h"
#include "rawdb.h"
#include "testdir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#define MSGPACK_NO_BOOST
#define MSGPACK_DEFAULT_API_VERSION 3
#include <msgpack.hpp>
#include <lz4.h>
#include <zstd.h>

#include <atomic>
#include <thread>

using namespace statelens;
using statelens::test::TestDir;

namespace {

/// The kv_store table as the test reads it itself, behind the source's back.
class KvStoreDb : public test::RawDb
{
public:
    using RawDb::RawDb;

    struct Row
    {
        QString kvId, tenant;
        QByteArray value;
        qint64 createdAt = 0, updatedAt = 0;
        bool exists = false;
    };
    Row row(const QString& key) const
    {
        const QList<QVariantList> found
            = select(QStringLiteral("SELECT kv_id, tenant_id, value, created_at, updated_at FROM kv_store WHERE key = ?"),
                     { key });
        if (found.isEmpty())
            return {};
        const QVariantList& r = found.constFirst();
        return { r[0].toString(), r[1].toString(), r[2].toByteArray(), r[3].toLongLong(), r[4].toLongLong(), true };
    }
};

/// JSON text of any value (scalars too) as a QJsonValue.
QJsonValue jsonOf(QByteArrayView text)
{
    return QJsonDocument::fromJson("[" + text.toByteArray() + "]").array().at(0);
}

/// msgpack-cxx object → QJsonValue, written independently of the source's own decoder.
QJsonValue toQJson(const msgpack::object& o)
{
    switch (o.type) {
    case msgpack::type::NIL:
        return QJsonValue::Null;
    case msgpack::type::BOOLEAN:
        return o.via.boolean;
    case msgpack::type::POSITIVE_INTEGER:
        return qint64(o.via.u64);
    case msgpack::type::NEGATIVE_INTEGER:
        return qint64(o.via.i64);
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        return o.via.f64;
    case msgpack::type::STR:
        return QString::fromUtf8(o.via.str.ptr, int(o.via.str.size));
    case msgpack::type::ARRAY: {
        QJsonArray a;
        for (uint32_t i = 0; i < o.via.array.size; ++i)
            a.append(toQJson(o.via.array.ptr[i]));
        return a;
    }
    case msgpack::type::MAP: {
        QJsonObject m;
        for (uint32_t i = 0; i < o.via.map.size; ++i)
            m.insert(
                QString::fromUtf8(o.via.map.ptr[i].key.via.str.ptr, int(o.via.map.ptr[i].key.via.str.size)),
                toQJson(o.via.map.ptr[i].val));
        return m;
    }
    default:
        return QJsonValue::Undefined;
    }
}

QJsonValue decodeMsgPack(const QByteArray& bytes)
{
    const msgpack::object_handle h = msgpack::unpack(bytes.constData(), size_t(bytes.size()));
    return toQJson(h.get());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray zstd(const QByteArray& data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    out.truncate(
        qsizetype(ZSTD_compress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()), 3)));
    return out;
}

/// Rewrites a backup's .meta with `edit` applied to its JSON object.
template <typename F> void editMeta(const QString& metaPath, F&& edit)
{
    QJsonObject o = QJsonDocument::fromJson(readAll(metaPath)).object();
    edit(o);
    writeAll(metaPath, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

const Problem* problemFor(const Snapshot& s, const QString& file)
{
    for (const Problem& p : s.problems)
        if (p.file == file)
            return &p;
    return nullptr;
}

const Backup* backupById(const Snapshot& s, const QString& id)
{
    for (const Backup& b : s.backups)
        if (b.id == id)
            return &b;
    return nullptr;
}

const QString FullId = QStringLiteral("backup_1795261064_aceb64cc2b69b18e");
const QString IncId = QStringLiteral("backup_1795261065_e1ead74ce49af8a");

Snapshot loadOk(const QString& path)
{
    LlmSpellSource source(path);
    auto s = source.load();
    if (!s)
        qWarning() << s.error().toString();
    return s ? s.value() : Snapshot {};
}

} // namespace

class TestLlmSpell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyMapping_data();
    void keyMapping();
    void detection();
    void kvRows();
    void openFromFileOrBackupsFolder();
    void backupsDecodeAndVerify();
    void entriesMatchReplicaDebug();
    void setAndRemoveRoundTrip();
    void insertNewKey();
    void conflictWhenChangedOutside();
    void messagePackValue();
    void emptyDatabaseFile();
    void garbageDatabaseFile();
    void wrongChecksum();
    void corruptZstdFrame();
    void wrongShapeMessagePack();
    void missingParent();
    void lz4AndUnsizedZstdBackups_data();
    void lz4AndUnsizedZstdBackups();
    void lz4SizePrefixIsNotBelieved();
    void unreadableMeta();
    void missingBackupFile();
    void unopenableWalFallsBackToImmutable();
    void loadsOnSeveralThreads();
    void cancelledLoad();
};

void TestLlmSpell::keyMapping_data()
{
    QTest::addColumn<QString>("kvKey");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("key");
    QTest::newRow("global") << "state:global:user:preferences"
                            << "user"
                            << "preferences";
    QTest::newRow("global, key with colons") << "state:global:config:a:b"
                                             << "config"
                                             << "a:b";
    QTest::newRow("global, no namespace") << "state:global:config"
                                          << "global"
                                          << "config";
    QTest::newRow("agent") << "state:agent:agent-1:history"
                           << "agent:agent-1"
                           << "history";
    QTest::newRow("custom, empty id") << "state:custom::workflow:wf1:step"
                                      << "custom::workflow"
                                      << "wf1:step";
    QTest::newRow("custom, empty id, one part") << "state:custom::step"
                                                << "custom:"
                                                << "step";
    QTest::newRow("custom") << "state:custom:calc:last"
                            << "custom:calc"
                            << "last";
    QTest::newRow("test key") << "test:bench:1"
                              << "other"
                              << "test:bench:1";
    QTest::newRow("unknown") << "agent_state:a1"
                             << "other"
                             << "agent_state:a1";
}

void TestLlmSpell::keyMapping()
{
    QFETCH(QString, kvKey);
    QFETCH(QString, ns);
    QFETCH(QString, key);
    const llmspell::KeyParts parts = llmspell::splitKvKey(kvKey);
    QCOMPARE(parts.ns, ns);
    QCOMPARE(parts.key, key);
    QCOMPARE(llmspell::kvKeyFor(parts.ns, parts.key), kvKey);
}

void TestLlmSpell::detection()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    QString why;
    QVERIFY(looksLikeLlmSpell(root, &why));
    QVERIFY(why.contains(QLatin1String("kv_store")));
    QVERIFY(looksLikeLlmSpell(root + QLatin1String("/data/llmspell.db")));
    QVERIFY(looksLikeLlmSpell(root + QLatin1String("/backups"), &why));
    QVERIFY(why.contains(QLatin1String(".meta")));
    QVERIFY(!looksLikeLlmSpell(dir.createDir(QStringLiteral("empty"))));
    QVERIFY(!looksLikeLlmSpell(dir.createFile(QStringLiteral("x.db"), "not sqlite")));
    QVERIFY(!looksLikeSled(root));

    const QString sled = dir.createDir(QStringLiteral("llmspell_state"));
    dir.createFile(QStringLiteral("llmspell_state/conf"),
        QByteArray("segment_size: 524288\nuse_compression: false\nversion: 0.34\n") + QByteArray(4, '\x01'));
    dir.createFile(QStringLiteral("llmspell_state/db"), QByteArray(512, '\0'));
    dir.createFile(QStringLiteral("llmspell_state/snap.00000000000001A0"), QByteArray(64, '\x02'));
    dir.createDir(QStringLiteral("llmspell_state/blobs"));
    QVERIFY(looksLikeSled(sled, &why));
    QVERIFY(why.contains(QLatin1String("sled")));
    QVERIFY(!looksLikeLlmSpell(sled));
    // conf alone is not enough.
    const QString confOnly = dir.createDir(QStringLiteral("confonly"));
    dir.createFile(QStringLiteral("confonly/conf"), "x");
    QVERIFY(!looksLikeSled(confOnly));
}

void TestLlmSpell::kvRows()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    const Snapshot s = loadOk(root);
    for (const Problem& p : s.problems)
        qWarning() << p.toString();
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.info.kind, SourceKind::LlmSpell);
    QCOMPARE(s.info.version, QStringLiteral("7"));
    QCOMPARE(s.info.versionOrigin, QStringLiteral("table _migrations"));
    QVERIFY(!s.info.readOnly);
    QVERIFY(!s.info.detectedBy.isEmpty());
    QVERIFY(s.stamps.contains(db));
    QCOMPARE(s.entryCount(), 3);
    // Loading a WAL database that no connection has open creates neither -wal nor -shm (issue 14).
    QVERIFY(!QFileInfo::exists(db + QLatin1String("-shm")));
    QVERIFY(!QFileInfo::exists(db + QLatin1String("-wal")));

    const struct
    {
        const char* kvKey;
        const char* ns;
        const char* key;
    } expected[] = {
        { "state:global:user:preferences", "user", "preferences" },
        { "state:global:config:app_settings", "config", "app_settings" },
        { "state:custom::workflow:wf1:step", "custom::workflow", "wf1:step" },
    };
    KvStoreDb raw(db);
    for (const auto& x : expected) {
        const std::optional<Entry> e = s.findEntry(QString::fromLatin1(x.ns), QString::fromLatin1(x.key));
        QVERIFY2(e, x.kvKey);
        const KvStoreDb::Row row = raw.row(QString::fromLatin1(x.kvKey));
        QVERIFY(row.exists);
        const QJsonObject envelope = QJsonDocument::fromJson(row.value).object();
        QCOMPARE(jsonOf(e->value.raw()), envelope.value(QLatin1String("value")));
        QCOMPARE(e->file, db);
        QCOMPARE(e->meta.value(QStringLiteral("kv_id")).toString(), row.kvId);
        QCOMPARE(e->meta.value(QStringLiteral("tenant_id")).toString(), row.tenant);
        QCOMPARE(e->meta.value(QStringLiteral("kv_key")).toString(), QString::fromLatin1(x.kvKey));
        QCOMPARE(e->meta.value(QStringLiteral("schema_version")).toInt(),
            envelope.value(QLatin1String("schema_version")).toInt());
        const QJsonObject ts = envelope.value(QLatin1String("timestamp")).toObject();
        const qint64 ms = qint64(ts.value(QLatin1String("secs_since_epoch")).toDouble()) * 1000
            + qint64(ts.value(QLatin1String("nanos_since_epoch")).toDouble()) / 1000000;
        QCOMPARE(e->meta.value(QStringLiteral("timestamp")).toDateTime(),
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        QCOMPARE(e->meta.value(QStringLiteral("created_at")).toDateTime().toSecsSinceEpoch(), row.createdAt);
        QCOMPARE(e->meta.value(QStringLiteral("updated_at")).toDateTime().toSecsSinceEpoch(), row.updatedAt);
    }
    QCOMPARE(s.findEntry(QStringLiteral("user"), QStringLiteral("preferences"))
                 ->value.toValue()
                 .member(QStringLiteral("theme"))
                 ->toString(),
        QStringLiteral("dark"));
    QCOMPARE(s.findEntry(QStringLiteral("custom::workflow"), QStringLiteral("wf1:step"))->value.text(),
        QStringLiteral("done"));
}

void TestLlmSpell::openFromFileOrBackupsFolder()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const Snapshot fromFile = loadOk(root + QLatin1String("/data/llmspell.db"));
    QCOMPARE(fromFile.entryCount(), 3);
    QCOMPARE(fromFile.backups.size(), 2); // data/ has backups/ beside it
    QVERIFY(!fromFile.info.readOnly);

    const Snapshot fromBackups = loadOk(root + QLatin1String("/backups"));
    QCOMPARE(fromBackups.entryCount(), 0);
    QCOMPARE(fromBackups.backups.size(), 2);
    QVERIFY(fromBackups.info.readOnly);
    QCOMPARE(fromBackups.info.version, QStringLiteral("1.0.0"));
    LlmSpellSource source(root + QLatin1String("/backups"));
    auto applied = source.apply(fromBackups,
        { Change { Change::Op::Remove, Address { QStringLiteral("user"), QStringLiteral("preferences"), {} },
            {} } });
    QVERIFY(!applied);
    QCOMPARE(applied.error().kind, Error::Kind::Unsupported);
}

void TestLlmSpell::backupsDecodeAndVerify()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const Snapshot s = loadOk(root);
    QCOMPARE(s.backups.size(), 2);
    const Backup* full = backupById(s, FullId);
    const Backup* inc = backupById(s, IncId);
    QVERIFY(full && inc);
    QCOMPARE(full->kind, QStringLiteral("llmspell-full"));
    QCOMPARE(inc->kind, QStringLiteral("llmspell-incremental"));
    QCOMPARE(full->health, Health::Ok);
    QCOMPARE(inc->health, Health::Ok);
    QCOMPARE(inc->parentId, FullId);
    QVERIFY(full->parentId.isEmpty());
    QCOMPARE(full->schemaVersion, QStringLiteral("1.0.0"));
    QCOMPARE(full->entries, 4);
    QCOMPARE(full->time, QDateTime::fromMSecsSinceEpoch(1795261064776LL, Qt::UTC));
    QVERIFY(full->time < inc->time);
    QCOMPARE(s.backups.first().id, FullId); // oldest first

    // The checksums really are those of the files (computed here independently).
    for (const QString& id : { FullId, IncId }) {
        const QString base = root + QLatin1String("/backups/") + id;
        const QJsonObject meta = QJsonDocument::fromJson(readAll(base + QLatin1String(".meta"))).object();
        QCOMPARE(sha256(readAll(base + QLatin1String(".backup"))),
            meta.value(QLatin1String("checksums")).toObject().value(QLatin1String("sha256")).toString());
        QCOMPARE(backupById(s, id)->size, QFileInfo(base + QLatin1String(".backup")).size());
    }

    // The incremental resolves through its parent: its own newer value wins.
    auto incEntries
        = loadLlmSpellBackupEntries(root + QLatin1String("/backups/") + IncId + QLatin1String(".meta"));
    QVERIFY2(incEntries, qPrintable(incEntries ? QString() : incEntries.error().toString()));
    auto fullEntries
        = loadLlmSpellBackupEntries(root + QLatin1String("/backups/") + FullId + QLatin1String(".meta"));
    QVERIFY(fullEntries);
    auto theme = [](const QList<Entry>& list) {
        for (const Entry& e : list)
            if (e.meta.value(QStringLiteral("storage_key")).toString() == u"global:user:preferences")
                return e.value.toValue().member(QStringLiteral("theme"))->toString();
        return QString();
    };
    QCOMPARE(theme(*fullEntries), QStringLiteral("dark"));
    QCOMPARE(theme(*incEntries), QStringLiteral("light"));
    QCOMPARE(incEntries->size(), 4);
    for (const Entry& e : *incEntries) {
        if (e.meta.value(QStringLiteral("storage_key")).toString() == u"agent:agent-1:conversation") {
            QCOMPARE(e.meta.value(QStringLiteral("namespace")).toString(), QStringLiteral("agent:agent-1"));
            QCOMPARE(e.key, QStringLiteral("conversation"));
            QCOMPARE(e.meta.value(QStringLiteral("scope")).toString(), QStringLiteral("agent:agent-1"));
        }
    }
}

void TestLlmSpell::entriesMatchReplicaDebug()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    for (const QString& id : { FullId, IncId }) {
        const QString base = root + QLatin1String("/backups/") + id;
        const QByteArray debug
            = readAll(base + QLatin1String(".snapshot.uncompressed.msgpack.REPLICA-DEBUG"));
        QVERIFY(!debug.isEmpty());

        // zstd of the .backup is exactly the debug MessagePack.
        const QByteArray compressed = readAll(base + QLatin1String(".backup"));
        QByteArray plain(debug.size(), Qt::Uninitialized);
        QCOMPARE(qsizetype(ZSTD_decompress(
                     plain.data(), size_t(plain.size()), compressed.constData(), size_t(compressed.size()))),
            debug.size());
        QCOMPARE(plain, debug);

        // Every entry of the debug snapshot, decoded here with msgpack-cxx, is in the resolved entries
        // (in this sample the incremental holds every key, so its resolved entries are its own).
        const QJsonArray snapshot = decodeMsgPack(debug).toArray();
        QCOMPARE(snapshot.size(), 3);
        const QJsonObject entries = snapshot.at(1).toObject();
        auto resolved = loadLlmSpellBackupEntries(base + QLatin1String(".meta"));
        QVERIFY(resolved);
        QCOMPARE(resolved->size(), entries.size());
        for (const Entry& e : *resolved) {
            const QString storageKey = e.meta.value(QStringLiteral("storage_key")).toString();
            QVERIFY2(entries.contains(storageKey), qPrintable(storageKey));
            const QJsonArray tuple = entries.value(storageKey).toArray();
            QCOMPARE(tuple.size(), 5);
            // scope "Global" or {"Agent": "agent-1"}, then the key: together the storage key.
            const QJsonValue scope = tuple.at(0);
            const QString prefix = scope.isString()
                ? scope.toString().toLower()
                : scope.toObject().keys().first().toLower() + u':' + scope.toObject().begin()->toString();
            QCOMPARE(prefix + u':' + tuple.at(1).toString(), storageKey);
            QCOMPARE(jsonOf(e.value.raw()), tuple.at(2));
            QCOMPARE(e.meta.value(QStringLiteral("version")).toLongLong(), qint64(tuple.at(3).toDouble()));
            const QJsonArray lm = tuple.at(4).toArray();
            QCOMPARE(e.meta.value(QStringLiteral("last_modified")).toDateTime(),
                QDateTime::fromMSecsSinceEpoch(
                    qint64(lm.at(0).toDouble()) * 1000 + qint64(lm.at(1).toDouble()) / 1000000, Qt::UTC));
            QCOMPARE(e.file, base + QLatin1String(".backup"));
            QCOMPARE(e.meta.value(QStringLiteral("backup_id")).toString(), id);
        }
    }
}

void TestLlmSpell::setAndRemoveRoundTrip()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    LlmSpellSource source(root);
    auto base = source.load();
    QVERIFY(base);

    KvStoreDb::Row prefsBefore, configBefore, stepBefore;
    {
        KvStoreDb raw(db);
        prefsBefore = raw.row(QStringLiteral("state:global:user:preferences"));
        configBefore = raw.row(QStringLiteral("state:global:config:app_settings"));
        stepBefore = raw.row(QStringLiteral("state:custom::workflow:wf1:step"));
    }
    auto addr = [](const QString& text) { return Address::parse(text).value(); };
    const QList<Change> changes {
        { Change::Op::Set, addr(QStringLiteral("user/preferences/theme")),
            json::JsonValue::fromString(QStringLiteral("solarized")) },
        { Change::Op::Remove, addr(QStringLiteral("custom::workflow/wf1:step")), {} },
    };
    auto applied = source.apply(*base, changes);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(applied->filesWritten, QStringList { db });

    auto after = source.load();
    QVERIFY(after);
    QVERIFY(after->problems.isEmpty());
    QCOMPARE(after->entryCount(), 2);
    const std::optional<Entry> prefs = after->findEntry(QStringLiteral("user"), QStringLiteral("preferences"));
    QVERIFY(prefs);
    QCOMPARE(
        jsonOf(prefs->value.raw()), QJsonValue(QJsonObject { { "theme", "solarized" }, { "lang", "fr" } }));
    QVERIFY(!after->findEntry(QStringLiteral("custom::workflow"), QStringLiteral("wf1:step")));

    KvStoreDb raw(db);
    const KvStoreDb::Row prefsAfter = raw.row(QStringLiteral("state:global:user:preferences"));
    QVERIFY(prefsAfter.updatedAt > prefsBefore.updatedAt);
    QCOMPARE(prefsAfter.createdAt, prefsBefore.createdAt);
    QCOMPARE(prefsAfter.kvId, prefsBefore.kvId);
    // Still a compact envelope with the same key and a newer timestamp; only theme and timestamp changed.
    QVERIFY(!prefsAfter.value.contains(' '));
    const QJsonObject envBefore = QJsonDocument::fromJson(prefsBefore.value).object();
    const QJsonObject envAfter = QJsonDocument::fromJson(prefsAfter.value).object();
    QCOMPARE(envAfter.value(QLatin1String("key")), envBefore.value(QLatin1String("key")));
    QCOMPARE(
        envAfter.value(QLatin1String("schema_version")), envBefore.value(QLatin1String("schema_version")));
    QVERIFY(envAfter.value(QLatin1String("timestamp"))
                .toObject()
                .value(QLatin1String("secs_since_epoch"))
                .toDouble()
        > envBefore.value(QLatin1String("timestamp"))
              .toObject()
              .value(QLatin1String("secs_since_epoch"))
              .toDouble());
    QByteArray expected = prefsBefore.value;
    expected.replace("\"theme\":\"dark\"", "\"theme\":\"solarized\"");
    QCOMPARE(prefsAfter.value.left(prefsAfter.value.indexOf("\"timestamp\"")),
        expected.left(expected.indexOf("\"timestamp\"")));

    // The other row is byte-identical, the removed one is gone.
    const KvStoreDb::Row configAfter = raw.row(QStringLiteral("state:global:config:app_settings"));
    QCOMPARE(configAfter.value, configBefore.value);
    QCOMPARE(configAfter.updatedAt, configBefore.updatedAt);
    QVERIFY(stepBefore.exists);
    QVERIFY(!raw.row(QStringLiteral("state:custom::workflow:wf1:step")).exists);
}

void TestLlmSpell::insertNewKey()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    LlmSpellSource source(root);
    auto base = source.load();
    QVERIFY(base);
    json::JsonValue v = json::JsonValue::object();
    v.insert(QStringLiteral("enabled"), json::JsonValue::fromBool(true));
    auto applied = source.apply(*base,
        { { Change::Op::Set, Address::parse(QStringLiteral("features/beta")).value(), v },
            { Change::Op::Set, Address::parse(QStringLiteral("agent:a1/history")).value(),
                json::JsonValue::array() } });
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));

    KvStoreDb raw(db);
    const KvStoreDb::Row row = raw.row(QStringLiteral("state:global:features:beta"));
    QVERIFY(row.exists);
    QCOMPARE(row.tenant, QStringLiteral("system"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(row.kvId).hasMatch());
    const QJsonObject env = QJsonDocument::fromJson(row.value).object();
    QCOMPARE(env.value(QLatin1String("key")).toString(), QStringLiteral("global:features:beta"));
    QCOMPARE(env.value(QLatin1String("value")), QJsonValue(QJsonObject { { "enabled", true } }));
    QCOMPARE(env.value(QLatin1String("schema_version")).toInt(), 1);
    QVERIFY(env.value(QLatin1String("timestamp")).toObject().contains(QLatin1String("nanos_since_epoch")));
    QVERIFY(raw.row(QStringLiteral("state:agent:a1:history")).exists);

    auto after = source.load();
    QVERIFY(after);
    QCOMPARE(after->entryCount(), 5);
    QVERIFY(after->findEntry(QStringLiteral("features"), QStringLiteral("beta")));
    QCOMPARE(after->findEntry(QStringLiteral("agent:a1"), QStringLiteral("history"))->value.type(),
        json::JsonValue::Type::Array);
}

void TestLlmSpell::conflictWhenChangedOutside()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    LlmSpellSource source(root);
    auto base = source.load();
    QVERIFY(base);
    const QByteArray outside
        = R"({"key":"global:config:app_settings","value":{"retries":9},"timestamp":{"secs_since_epoch":1,"nanos_since_epoch":2},"schema_version":1})";
    {
        KvStoreDb raw(db);
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE kv_store SET value = ? WHERE key = 'state:global:config:app_settings'"),
            { outside }));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO kv_store (tenant_id, key, value) VALUES ('system', "
                                        "'state:global:late:key', X'7B7D')")));
    }
    const KvStoreDb::Row prefsBefore = KvStoreDb(db).row(QStringLiteral("state:global:user:preferences"));

    // A change to the row changed outside: conflict, and the other change of the batch is not written.
    auto applied = source.apply(*base,
        { { Change::Op::Set, Address::parse(QStringLiteral("user/preferences/lang")).value(),
              json::JsonValue::fromString(QStringLiteral("de")) },
            { Change::Op::Set, Address::parse(QStringLiteral("config/app_settings/retries")).value(),
                json::JsonValue::fromInt(4) } });
    QVERIFY(!applied);
    QCOMPARE(applied.error().kind, Error::Kind::Conflict);
    QCOMPARE(applied.error().file, db);
    QCOMPARE(applied.error().conflicts, QStringList { QStringLiteral("config/app_settings") });
    KvStoreDb raw(db);
    QCOMPARE(raw.row(QStringLiteral("state:global:config:app_settings")).value, outside);
    QCOMPARE(raw.row(QStringLiteral("state:global:user:preferences")).value, prefsBefore.value);

    // A key added outside since the load is not overwritten by an insert.
    auto inserted = source.apply(*base,
        { { Change::Op::Set, Address::parse(QStringLiteral("late/key")).value(),
            json::JsonValue::fromInt(1) } });
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().kind, Error::Kind::Conflict);
    QCOMPARE(raw.row(QStringLiteral("state:global:late:key")).value, QByteArray("{}"));
}

void TestLlmSpell::messagePackValue()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    msgpack::sbuffer sb;
    msgpack::packer<msgpack::sbuffer> pk(sb);
    pk.pack_map(3);
    pk.pack(std::string("n"));
    pk.pack(42);
    pk.pack(std::string("name"));
    pk.pack(std::string("h\xc3\xa9llo"));
    pk.pack(std::string("items"));
    pk.pack_array(3);
    pk.pack(2.5);
    pk.pack(true);
    pk.pack_nil();
    const QByteArray blob(sb.data(), qsizetype(sb.size()));
    {
        KvStoreDb raw(db);
        QVERIFY(
            raw.exec(QStringLiteral(
                         "INSERT INTO kv_store (tenant_id, key, value) VALUES ('system', 'test:bench:1', ?)"),
                { blob }));
    }
    LlmSpellSource source(root);
    auto s = source.load();
    QVERIFY(s);
    QVERIFY(s->problems.isEmpty());
    const std::optional<Entry> e = s->findEntry(QStringLiteral("other"), QStringLiteral("test:bench:1"));
    QVERIFY(e);
    QCOMPARE(e->meta.value(QStringLiteral("encoding")).toString(), QStringLiteral("msgpack"));
    QCOMPARE(jsonOf(e->value.raw()), decodeMsgPack(blob));

    auto applied = source.apply(*s,
        { { Change::Op::Set, Address::parse(QStringLiteral("other/test:bench:1/n")).value(),
            json::JsonValue::fromInt(43) } });
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const QByteArray after = KvStoreDb(db).row(QStringLiteral("test:bench:1")).value;
    QJsonObject expected = decodeMsgPack(blob).toObject();
    expected.insert(QStringLiteral("n"), 43);
    QCOMPARE(decodeMsgPack(after), QJsonValue(expected)); // still MessagePack, with the new value
    auto reloaded = source.load();
    QVERIFY(reloaded);
    QCOMPARE(reloaded->findEntry(QStringLiteral("other"), QStringLiteral("test:bench:1"))
                 ->value.toValue()
                 .member(QStringLiteral("n"))
                 ->toInt(),
        43);
}

void TestLlmSpell::emptyDatabaseFile()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    QFile::remove(db + QLatin1String("-wal"));
    QFile::remove(db + QLatin1String("-shm"));
    writeAll(db, {});
    const Snapshot s = loadOk(root);
    QVERIFY(problemFor(s, db));
    QVERIFY(problemFor(s, db)->message.contains(QLatin1String("0 bytes")));
    QCOMPARE(s.entryCount(), 0);
    QCOMPARE(s.backups.size(), 2);
    QCOMPARE(s.backups[0].health, Health::Ok);
    QCOMPARE(s.backups[1].health, Health::Ok);
}

void TestLlmSpell::garbageDatabaseFile()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    QFile::remove(db + QLatin1String("-wal"));
    QFile::remove(db + QLatin1String("-shm"));
    writeAll(db, QByteArray("this is not a database, just text. ").repeated(200));
    const Snapshot s = loadOk(root);
    const Problem* p = problemFor(s, db);
    QVERIFY(p);
    QCOMPARE(p->severity, Problem::Severity::Error);
    QCOMPARE(s.backups.size(), 2);
    QVERIFY(s.info.readOnly);

    // The garbage file alone, with nothing else readable: an error that names it.
    const QString alone
        = dir.createFile(QStringLiteral("alone/llmspell.db"), "garbage garbage garbage garbage");
    auto r = LlmSpellSource(alone).load();
    QVERIFY(!r);
    QCOMPARE(r.error().file, alone);
}

void TestLlmSpell::wrongChecksum()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString base = root + QLatin1String("/backups/") + FullId;
    editMeta(base + QLatin1String(".meta"), [](QJsonObject& o) {
        o.insert(QStringLiteral("checksums"), QJsonObject { { "sha256", QString(64, u'0') } });
    });
    const Snapshot s = loadOk(root);
    QCOMPARE(backupById(s, FullId)->health, Health::ChecksumMismatch);
    QVERIFY(backupById(s, FullId)->reason.contains(QString(64, u'0')));
    QVERIFY(problemFor(s, base + QLatin1String(".backup")));
    // The incremental is fine itself, but its parent cannot be used.
    QCOMPARE(backupById(s, IncId)->health, Health::BrokenChain);
    QCOMPARE(s.entryCount(), 3);
    QVERIFY(!loadLlmSpellBackupEntries(base + QLatin1String(".meta")));
}

void TestLlmSpell::corruptZstdFrame()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString base = root + QLatin1String("/backups/") + IncId;
    QByteArray bytes = readAll(base + QLatin1String(".backup"));
    bytes.truncate(bytes.size() / 2); // a frame cut in the middle, with a matching checksum
    for (int i = 20; i < bytes.size(); i += 7)
        bytes[i] = char(bytes[i] ^ 0x5a);
    writeAll(base + QLatin1String(".backup"), bytes);
    editMeta(base + QLatin1String(".meta"), [&](QJsonObject& o) {
        o.insert(QStringLiteral("checksums"), QJsonObject { { "sha256", sha256(bytes) } });
    });
    const Snapshot s = loadOk(root);
    QCOMPARE(backupById(s, IncId)->health, Health::Unparsable);
    QVERIFY(problemFor(s, base + QLatin1String(".backup")));
    QCOMPARE(backupById(s, FullId)->health, Health::Ok);
    QCOMPARE(s.entryCount(), 3);
}

void TestLlmSpell::wrongShapeMessagePack()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString base = root + QLatin1String("/backups/backup_1795261070_0000000000000001");
    // A map where the positional array belongs.
    msgpack::sbuffer sb;
    msgpack::packer<msgpack::sbuffer> pk(sb);
    pk.pack_map(1);
    pk.pack(std::string("entries"));
    pk.pack_array(0);
    const QByteArray compressed = zstd(QByteArray(sb.data(), qsizetype(sb.size())));
    writeAll(base + QLatin1String(".backup"), compressed);
    QJsonObject meta = QJsonDocument::fromJson(
        readAll(root + QLatin1String("/backups/") + FullId + QLatin1String(".meta")))
                           .object();
    meta.insert(QStringLiteral("id"), QFileInfo(base).fileName());
    meta.insert(QStringLiteral("checksums"), QJsonObject { { "sha256", sha256(compressed) } });
    writeAll(base + QLatin1String(".meta"), QJsonDocument(meta).toJson());

    const Snapshot s = loadOk(root);
    QCOMPARE(s.backups.size(), 3);
    const Backup* b = backupById(s, QFileInfo(base).fileName());
    QVERIFY(b);
    QCOMPARE(b->health, Health::Unparsable);
    QVERIFY2(b->reason.contains(QLatin1String("wrong shape")), qPrintable(b->reason));
    QVERIFY(problemFor(s, base + QLatin1String(".backup")));
    QCOMPARE(backupById(s, FullId)->health, Health::Ok);
    QCOMPARE(backupById(s, IncId)->health, Health::Ok);
}

void TestLlmSpell::missingParent()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString meta = root + QLatin1String("/backups/") + IncId + QLatin1String(".meta");
    editMeta(
        meta, [](QJsonObject& o) { o.insert(QStringLiteral("parent_id"), QStringLiteral("backup_1_gone")); });
    const Snapshot s = loadOk(root);
    const Backup* inc = backupById(s, IncId);
    QCOMPARE(inc->health, Health::BrokenChain);
    QVERIFY(inc->reason.contains(QLatin1String("backup_1_gone")));
    const Problem* p = problemFor(s, meta);
    QVERIFY(p);
    QVERIFY(p->message.contains(QLatin1String("backup_1_gone")));
    QCOMPARE(backupById(s, FullId)->health, Health::Ok);
    QCOMPARE(s.entryCount(), 3);
    auto entries = loadLlmSpellBackupEntries(meta);
    QVERIFY(!entries);
    QVERIFY(entries.error().message.contains(QLatin1String("backup_1_gone")));
}

void TestLlmSpell::lz4AndUnsizedZstdBackups_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("lz4, size prepended") << "lz4";
    QTest::newRow("zstd without content size") << "zstd";
}

void TestLlmSpell::lz4AndUnsizedZstdBackups()
{
    QFETCH(QString, algorithm);
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString full = root + QLatin1String("/backups/") + FullId;
    const QByteArray plain = readAll(full + QLatin1String(".snapshot.uncompressed.msgpack.REPLICA-DEBUG"));
    QByteArray packed;
    if (algorithm == u"lz4") {
        QByteArray block(LZ4_compressBound(int(plain.size())), Qt::Uninitialized);
        block.truncate(
            LZ4_compress_default(plain.constData(), block.data(), int(plain.size()), int(block.size())));
        const quint32 n = quint32(plain.size());
        const char prefix[4]
            = { char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff), char(n >> 24) };
        packed = QByteArray(prefix, 4) + block;
    } else {
        ZSTD_CCtx* cctx = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0);
        packed.resize(qsizetype(ZSTD_compressBound(size_t(plain.size()))));
        packed.truncate(qsizetype(ZSTD_compress2(
            cctx, packed.data(), size_t(packed.size()), plain.constData(), size_t(plain.size()))));
        ZSTD_freeCCtx(cctx);
        QCOMPARE(
            ZSTD_getFrameContentSize(packed.constData(), size_t(packed.size())), ZSTD_CONTENTSIZE_UNKNOWN);
    }
    writeAll(full + QLatin1String(".backup"), packed);
    editMeta(full + QLatin1String(".meta"), [&](QJsonObject& o) {
        o.insert(QStringLiteral("checksums"), QJsonObject { { "sha256", sha256(packed) } });
        QJsonObject c = o.value(QLatin1String("compression")).toObject();
        c.insert(QStringLiteral("algorithm"), algorithm);
        o.insert(QStringLiteral("compression"), c);
    });
    const Snapshot s = loadOk(root);
    QCOMPARE(backupById(s, FullId)->health, Health::Ok);
    QCOMPARE(backupById(s, FullId)->entries, 4);
    QCOMPARE(backupById(s, IncId)->health, Health::Ok);
    auto entries = loadLlmSpellBackupEntries(full + QLatin1String(".meta"));
    QVERIFY(entries);
    const QJsonObject expected = decodeMsgPack(plain).toArray().at(1).toObject();
    QCOMPARE(entries->size(), expected.size());
    for (const Entry& e : *entries)
        QCOMPARE(jsonOf(e.value.raw()),
            expected.value(e.meta.value(QStringLiteral("storage_key")).toString()).toArray().at(2));
}

// Found by the backup fuzz target: a size prefix that claims a gigabyte made the reader allocate it before
// decoding a few bytes. A prefix beyond what lz4 can expand to is corruption, named with the file.
void TestLlmSpell::lz4SizePrefixIsNotBelieved()
{
    const QString file = QStringLiteral("/state/backups/x.backup");
    const char hostile[] = { char(0x00), char(0x00), char(0x00), char(0x40), char(0x1f), 'a', 'b', 'c' };
    auto r = llmspell::decompressBackup(QByteArrayView(hostile, sizeof hostile), QStringLiteral("lz4"), file);
    QVERIFY(!r);
    QCOMPARE(r.error().file, file);
    QVERIFY(r.error().message.contains(QStringLiteral("1073741824")));
    // A real block with its true size still decodes, however well it compressed.
    const QByteArray plain(100000, 'z');
    QByteArray block(LZ4_compressBound(int(plain.size())), Qt::Uninitialized);
    block.truncate(LZ4_compress_default(plain.constData(), block.data(), int(plain.size()), int(block.size())));
    const quint32 n = quint32(plain.size());
    const char prefix[4] = { char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff), char(n >> 24) };
    auto ok = llmspell::decompressBackup(QByteArray(prefix, 4) + block, QStringLiteral("lz4"), file);
    QVERIFY(ok);
    QCOMPARE(ok.value(), plain);
}

void TestLlmSpell::unreadableMeta()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString meta = root + QLatin1String("/backups/") + FullId + QLatin1String(".meta");
    writeAll(meta, "{\n  \"id\": \"backup_1795261064_aceb64cc2b69b18e\",\n  \"created_at\": {\n");
    const Snapshot s = loadOk(root);
    const Backup* b = backupById(s, FullId);
    QVERIFY(b);
    QCOMPARE(b->health, Health::Unparsable);
    const Problem* p = problemFor(s, meta);
    QVERIFY(p);
    QCOMPARE(backupById(s, IncId)->health, Health::BrokenChain);
    QCOMPARE(s.entryCount(), 3);
    auto entries = loadLlmSpellBackupEntries(meta);
    QVERIFY(!entries);
    QCOMPARE(entries.error().file, meta);
}

void TestLlmSpell::missingBackupFile()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString backup = root + QLatin1String("/backups/") + FullId + QLatin1String(".backup");
    QVERIFY(QFile::remove(backup));
    dir.createFile(QStringLiteral("rs-llmspell/backups/backup_5_orphan.backup"), "x");
    const Snapshot s = loadOk(root);
    QCOMPARE(backupById(s, FullId)->health, Health::Unreadable);
    QVERIFY(problemFor(s, backup));
    QCOMPARE(backupById(s, IncId)->health, Health::BrokenChain);
    QVERIFY(problemFor(s, root + QLatin1String("/backups/backup_5_orphan.backup")));
    QCOMPARE(s.entryCount(), 3);
}

void TestLlmSpell::unopenableWalFallsBackToImmutable()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const QString db = root + QLatin1String("/data/llmspell.db");
    // A -wal that cannot be opened (a folder in its place) makes the read-only open fail, as a missing
    // -shm in a folder without write permission does (which cannot be staged as root).
    // The sample ships without -wal/-shm (the tool checkpointed on close); remove any a reader left.
    QFile::remove(db + QLatin1String("-wal"));
    QFile::remove(db + QLatin1String("-shm"));
    QVERIFY(QDir().mkdir(db + QLatin1String("-wal")));
    LlmSpellSource source(root);
    auto s = source.load();
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(s->entryCount(), 3);
    QVERIFY(s->info.readOnly);
    QVERIFY(s->info.note.contains(QLatin1String("immutable")));
    QVERIFY(QFileInfo(db + QLatin1String("-wal")).isDir());
    auto applied = source.apply(
        *s, { { Change::Op::Remove, Address::parse(QStringLiteral("user/preferences")).value(), {} } });
    QVERIFY(!applied);
    QCOMPARE(applied.error().kind, Error::Kind::Unsupported);
}

void TestLlmSpell::loadsOnSeveralThreads()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    std::atomic<int> ok { 0 };
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&] {
            for (int j = 0; j < 5; ++j) {
                auto s = LlmSpellSource(root).load();
                if (s && s->entryCount() == 3 && s->backups.size() == 2)
                    ++ok;
            }
        });
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(ok.load(), 20);
}

void TestLlmSpell::cancelledLoad()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    std::atomic<bool> cancel { true };
    LoadContext context;
    context.cancel = &cancel;
    auto s = LlmSpellSource(root).load(context);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestLlmSpell)
#include "tst_llmspell.moc"
