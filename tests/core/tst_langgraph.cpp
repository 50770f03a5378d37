// SPDX-License-Identifier: GPL-3.0-or-later
// LangGraph checkpoint databases: the sample written by the real LangGraph.js SqliteSaver
// (tests/data/samples/langgraph), checked against the rows read independently (QSqlQuery + QJsonDocument).
#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "backup/keyhistory.h"
#include "backup/restoreengine.h"
#include "diff/structuraldiff.h"
#include "live/livestate.h"
#include "sources/langgraph/channelversion.h"
#include "sources/langgraph/checkpointblob.h"
#include "sources/langgraph/checkpointwriter.h"
#include "sources/langgraph/langgraphstate.h"
#include "sources/source.h"
#include "rawdb.h"
#include "testdir.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
// Qt SQL is linked into the core library privately; its headers are reached through the Qt include root.
#include <QtSql/QSqlQuery>

#define MSGPACK_NO_BOOST
#define MSGPACK_DEFAULT_API_VERSION 3
#include <msgpack.hpp>

using namespace statelens;
using statelens::test::TestDir;

namespace {

const QString Sample = QStringLiteral("langgraph/agent-checkpoints.sqlite");

/// The checkpoints table as the test reads it itself, behind the source's back.
class CheckpointDb : public test::RawDb
{
public:
    using RawDb::RawDb;

    struct Row
    {
        QString thread, ns, id, parent, type;
        QByteArray checkpoint, metadata;
        QJsonObject json() const { return QJsonDocument::fromJson(checkpoint).object(); }
        QJsonObject meta() const { return QJsonDocument::fromJson(metadata).object(); }
    };
    QList<Row> rows(const QString& where = {}) const
    {
        QList<Row> out;
        const QList<QVariantList> found = select(
            QStringLiteral("SELECT thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, "
                           "metadata FROM checkpoints %1 ORDER BY thread_id, checkpoint_ns, checkpoint_id")
                .arg(where));
        for (const QVariantList& r : found)
            out.append({ r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(),
                         r[5].toByteArray(), r[6].toByteArray() });
        return out;
    }
    Row latest(const QString& thread) const
    {
        return rows(QStringLiteral("WHERE thread_id = '%1' AND checkpoint_ns = ''").arg(thread)).constLast();
    }
};

QJsonValue toQJson(const json::JsonValue& v)
{
    return QJsonDocument::fromJson("[" + v.toCompactJson() + "]").array().at(0);
}

Snapshot load(const QString& path)
{
    auto state = openAndLoad(path);
    if (!state)
        qFatal("%s", qPrintable(state.error().toString()));
    return std::move(state->snapshot);
}

const Backup* backupNamed(const Snapshot& s, const QString& id)
{
    for (const Backup& b : s.backups)
        if (b.id == id)
            return &b;
    return nullptr;
}

json::JsonValue jsonOf(const char* text)
{
    return json::JsonValue::parse(QByteArray(text)).value();
}

} // namespace

class TestLangGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsTheDatabaseAndItsFolder()
    {
        TestDir dir;
        dir.createDir(QStringLiteral("agent"));
        const QString db = dir.copySample(Sample, QStringLiteral("agent/checkpoints.sqlite"));
        QVERIFY(QFileInfo::exists(db));
        QCOMPARE(detectSource(db).kind, SourceKind::LangGraph);
        QCOMPARE(detectSource(dir.filePath(QStringLiteral("agent"))).kind, SourceKind::LangGraph);
        QCOMPARE(sourceKindId(SourceKind::LangGraph), QStringLiteral("langgraph"));
        // An rs-llmspell store is still what it was.
        QCOMPARE(detectSource(TestDir::samplePath(QStringLiteral("rs-llmspell"))).kind, SourceKind::LlmSpell);
        // A SQLite file without the two tables is not LangGraph.
        test::RawDb other(dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE checkpoints (x)")));
        QVERIFY(detectSource(dir.filePath(QStringLiteral("other.sqlite"))).kind != SourceKind::LangGraph);
    }

    void threadsAreNamespacesAndChannelsAreKeys()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        const Snapshot s = load(db);
        QCOMPARE(s.info.kind, SourceKind::LangGraph);
        CheckpointDb raw(db);
        // One namespace per (thread, checkpoint_ns); the keys are the state channels of the highest checkpoint id.
        QSet<QString> expected;
        for (const CheckpointDb::Row& r : raw.rows())
            expected.insert(r.ns.isEmpty() ? r.thread : r.thread + u'/' + r.ns);
        QSet<QString> names;
        for (const Namespace& n : s.namespaces)
            names.insert(n.name);
        QCOMPARE(names, expected);
        QVERIFY(names.contains(QStringLiteral("thread-approved")));
        QVERIFY(names.contains(QStringLiteral("thread-waiting")));
        int subgraphs = 0;
        for (const QString& n : names)
            subgraphs += n.startsWith(QLatin1String("thread-approved/research:"));
        QCOMPARE(subgraphs, 1);

        for (const QString& thread : { QStringLiteral("thread-approved"), QStringLiteral("thread-waiting") }) {
            const QJsonObject values = raw.latest(thread).json().value(QStringLiteral("channel_values")).toObject();
            const Namespace* ns = s.findNamespace(thread);
            QVERIFY(ns);
            QStringList keys;
            for (const Entry& e : ns->entries) {
                keys.append(e.key);
                QCOMPARE(toQJson(e.value.toValue()), values.value(e.key));
            }
            QStringList stateChannels;
            for (auto it = values.begin(); it != values.end(); ++it)
                if (!it.key().startsWith(QLatin1String("__")) && !it.key().startsWith(QLatin1String("branch:to:")))
                    stateChannels.append(it.key());
            keys.sort();
            stateChannels.sort();
            QCOMPARE(keys, stateChannels);
        }
        const std::optional<Entry> reviewer = s.findEntry(QStringLiteral("thread-approved"), QStringLiteral("reviewer"));
        QVERIFY(reviewer);
        QCOMPARE(reviewer->value.toValue().toString(), QStringLiteral("alice"));
        // Messages are LangChain constructor objects, kept as they are.
        const json::JsonValue messages = s.findEntry(QStringLiteral("thread-approved"), QStringLiteral("messages"))->value.toValue();
        QCOMPARE(messages.items().size(), std::size_t(5));
        QCOMPARE(messages.items()[3].member(QStringLiteral("id"))->items()[2].toString(), QStringLiteral("ToolMessage"));
    }

    void checkpointsAreTheHistory()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        const Snapshot s = load(db);
        CheckpointDb raw(db);
        const QList<CheckpointDb::Row> rows = raw.rows();
        int checkpoints = 0;
        for (const Backup& b : s.backups)
            checkpoints += b.kind == langgraph::CheckpointBackupKind;
        QCOMPARE(checkpoints, rows.size());
        for (const CheckpointDb::Row& r : rows) {
            const Backup* b = backupNamed(s, langgraph::backupId(r.thread, r.ns, r.id));
            QVERIFY2(b, qPrintable(r.id));
            QCOMPARE(b->health, Health::Ok);
            QCOMPARE(b->meta.value(QStringLiteral("step")).toInt(), r.meta().value(QStringLiteral("step")).toInt());
            QCOMPARE(b->meta.value(QStringLiteral("source")).toString(), r.meta().value(QStringLiteral("source")).toString());
            QCOMPARE(b->parentId, r.parent.isEmpty() ? QString() : langgraph::backupId(r.thread, r.ns, r.parent));
            QCOMPARE(b->time, QDateTime::fromString(r.json().value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs));
        }
        // The outside updateState of the sample is the newest checkpoint of its thread.
        const Backup* latest = langgraph::latestCheckpoint(s, QStringLiteral("thread-approved"));
        QVERIFY(latest);
        QCOMPARE(latest->meta.value(QStringLiteral("source")).toString(), QStringLiteral("update"));
        QCOMPARE(latest->meta.value(QStringLiteral("checkpoint_id")).toString(), raw.latest(QStringLiteral("thread-approved")).id);
        // Checkpoint ids are UUID v6 of the time the checkpoint was made (LangGraph takes ts a moment later).
        const QDateTime idTime = langgraph::uuid6Time(latest->meta.value(QStringLiteral("checkpoint_id")).toString());
        QVERIFY(idTime.isValid());
        QVERIFY(qAbs(idTime.msecsTo(latest->time)) < 1000);
        // LangGraph's checkpoints are the agent's: never deletable.
        QVERIFY(!backup::BackupCatalogue::isDeletable(*latest));
    }

    void healthNamesMissingParentsAndBadBlobs()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        CheckpointDb raw(db);
        const QList<CheckpointDb::Row> chain = raw.rows(QStringLiteral("WHERE thread_id = 'thread-waiting' AND checkpoint_ns = ''"));
        QVERIFY(chain.size() >= 4);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM checkpoints WHERE checkpoint_id = '%1'").arg(chain[1].id)));
        QVERIFY(raw.exec(QStringLiteral("UPDATE checkpoints SET checkpoint = CAST('{\"v\":4, \"channel_values\": [' AS BLOB) "
                                "WHERE checkpoint_id = '%1'").arg(chain[0].id)));
        const Snapshot s = load(db);
        const Backup* orphan = backupNamed(s, langgraph::backupId(chain[2].thread, {}, chain[2].id));
        QVERIFY(orphan);
        QCOMPARE(orphan->health, Health::BrokenChain);
        QVERIFY2(orphan->reason.contains(chain[1].id), qPrintable(orphan->reason));
        const Backup* later = backupNamed(s, langgraph::backupId(chain[3].thread, {}, chain[3].id));
        QCOMPARE(later->health, Health::BrokenChain);
        QVERIFY2(later->reason.contains(chain[1].id), qPrintable(later->reason));
        const Backup* broken = backupNamed(s, langgraph::backupId(chain[0].thread, {}, chain[0].id));
        QCOMPARE(broken->health, Health::Unparsable);
        bool named = false;
        for (const Problem& p : s.problems)
            named = named || (p.message.contains(chain[0].id) && p.file == db && p.line == 1);
        QVERIFY(named);
        // A broken history is refused when asked for, with the reason.
        auto loaded = backup::loadBackup(s, *orphan);
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(chain[1].id));
    }

    void pendingInterruptsAndNextNodes()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        const Snapshot s = load(db);
        const Task* waiting = nullptr;
        const Task* approved = nullptr;
        for (const Task& t : s.tasks) {
            if (t.id == u"thread-waiting")
                waiting = &t;
            if (t.id == u"thread-approved")
                approved = &t;
        }
        QVERIFY(waiting && approved);
        QCOMPARE(waiting->status, QStringLiteral("interrupted"));
        const json::JsonValue w = waiting->value.toValue();
        QCOMPARE(toQJson(*w.member(QStringLiteral("next"))), QJsonValue(QJsonArray { QStringLiteral("review") }));
        const json::JsonValue& interrupts = *w.member(QStringLiteral("interrupts"));
        QCOMPARE(interrupts.items().size(), std::size_t(1));
        QCOMPARE(interrupts.items()[0].member(QStringLiteral("value"))->member(QStringLiteral("question"))->toString(),
                 QStringLiteral("Publish this draft?"));
        QVERIFY(waiting->description.contains(QStringLiteral("Publish this draft?")));
        // The resumed thread ran to its end: nothing next, no interrupt.
        QCOMPARE(approved->status, QStringLiteral("completed"));
        QCOMPARE(approved->value.toValue().member(QStringLiteral("interrupts"))->items().size(), std::size_t(0));
        // A thread waiting for a human is flagged.
        int flagged = 0;
        for (const Problem& p : s.problems)
            flagged += p.severity == Problem::Severity::Info && p.address == u"thread-waiting";
        QCOMPARE(flagged, 1);
    }

    void editWritesOneNewCheckpointAsUpdateStateDoes()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        auto state = openAndLoad(db);
        QVERIFY(state);
        CheckpointDb raw(db);
        const QList<CheckpointDb::Row> before = raw.rows();
        const CheckpointDb::Row parent = raw.latest(QStringLiteral("thread-waiting"));

        Change c;
        c.address = Address::parse(QStringLiteral("thread-waiting/draft")).value();
        c.value = json::JsonValue::fromString(QStringLiteral("Edited by StateLens"));
        auto applied = state->source->apply(state->snapshot, { c });
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));

        const QList<CheckpointDb::Row> after = raw.rows();
        QCOMPARE(after.size(), before.size() + 1);
        // No earlier checkpoint was touched, byte for byte.
        for (const CheckpointDb::Row& r : before) {
            bool same = false;
            for (const CheckpointDb::Row& a : after)
                same = same || (a.id == r.id && a.checkpoint == r.checkpoint && a.metadata == r.metadata && a.parent == r.parent);
            QVERIFY2(same, qPrintable(r.id));
        }
        const CheckpointDb::Row added = raw.latest(QStringLiteral("thread-waiting"));
        QVERIFY(added.id > parent.id);
        QCOMPARE(added.parent, parent.id);
        QCOMPARE(added.type, QStringLiteral("json"));
        const QJsonObject meta = added.meta();
        QCOMPARE(meta.value(QStringLiteral("source")).toString(), QStringLiteral("update"));
        QCOMPARE(meta.value(QStringLiteral("step")).toInt(), parent.meta().value(QStringLiteral("step")).toInt() + 1);
        const QJsonObject cp = added.json();
        QCOMPARE(cp.value(QStringLiteral("id")).toString(), added.id);
        QCOMPARE(cp.value(QStringLiteral("channel_values")).toObject().value(QStringLiteral("draft")).toString(),
                 QStringLiteral("Edited by StateLens"));
        // The written channel is at the version after the highest; the others keep theirs.
        const QJsonObject oldVersions = parent.json().value(QStringLiteral("channel_versions")).toObject();
        const QJsonObject newVersions = cp.value(QStringLiteral("channel_versions")).toObject();
        int highest = 0;
        for (const QJsonValue& v : oldVersions)
            highest = qMax(highest, v.toInt());
        QCOMPARE(newVersions.value(QStringLiteral("draft")).toInt(), highest + 1);
        for (auto it = oldVersions.begin(); it != oldVersions.end(); ++it)
            if (it.key() != u"draft")
                QCOMPARE(newVersions.value(it.key()), it.value());
        QCOMPARE(cp.value(QStringLiteral("versions_seen")), parent.json().value(QStringLiteral("versions_seen")));
        // The step sits in the id's clock sequence, as LangGraph's uuid6(step) puts it.
        QCOMPARE(added.id.mid(19, 4).toInt(nullptr, 16) & 0x3fff, meta.value(QStringLiteral("step")).toInt());

        const Snapshot reread = load(db);
        QCOMPARE(reread.findEntry(QStringLiteral("thread-waiting"), QStringLiteral("draft"))->value.toValue().toString(),
                 QStringLiteral("Edited by StateLens"));
        // Still waiting for its human: the update did not answer the interrupt.
        QCOMPARE(langgraph::latestCheckpoint(reread, QStringLiteral("thread-waiting"))->meta.value(QStringLiteral("source")).toString(),
                 QStringLiteral("update"));
    }

    void aNewerCheckpointIsAConflict()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        auto state = openAndLoad(db);
        QVERIFY(state);
        CheckpointDb raw(db);
        const int before = raw.rows().size();
        // The agent writes a step meanwhile.
        const CheckpointDb::Row latest = raw.latest(QStringLiteral("thread-approved"));
        const QString newer = langgraph::makeCheckpointId(QDateTime::currentMSecsSinceEpoch() + 60000, 0, 9);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO checkpoints SELECT thread_id, checkpoint_ns, '%1', checkpoint_id, type, checkpoint, "
                                "metadata FROM checkpoints WHERE checkpoint_id = '%2'").arg(newer, latest.id)));
        Change c;
        c.address = Address::parse(QStringLiteral("thread-approved/reviewer")).value();
        c.value = json::JsonValue::fromString(QStringLiteral("bob"));
        auto applied = state->source->apply(state->snapshot, { c });
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, Error::Kind::Conflict);
        QCOMPARE(applied.error().file, db);
        QCOMPARE(raw.rows().size(), before + 1);
    }

    void refusedEditsSayWhy_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("said");
        QTest::newRow("subgraph") << QStringLiteral("thread-approved~1%1/draft") << QStringLiteral("subgraph");
        QTest::newRow("own channel") << QStringLiteral("thread-approved/__pregel_tasks") << QStringLiteral("__pregel_tasks");
    }
    void refusedEditsSayWhy()
    {
        QFETCH(QString, address);
        QFETCH(QString, said);
        TestDir dir;
        const QString db = dir.copySample(Sample);
        auto state = openAndLoad(db);
        QVERIFY(state);
        QString subgraph;
        for (const Namespace& n : state->snapshot.namespaces)
            if (n.name.startsWith(QLatin1String("thread-approved/")))
                subgraph = n.name.mid(16);
        Change c;
        c.address = Address::parse(address.contains(QLatin1String("%1")) ? address.arg(subgraph) : address).value();
        c.value = json::JsonValue::fromString(QStringLiteral("x"));
        const int before = CheckpointDb(db).rows().size();
        auto applied = state->source->apply(state->snapshot, { c });
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(said), qPrintable(applied.error().message));
        QCOMPARE(CheckpointDb(db).rows().size(), before);
    }

    void historyAndDiffGoThroughTheBackupCommands()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        const Snapshot s = load(db);
        const backup::BackupCatalogue catalogue(s);
        const auto history = backup::keyHistory(s, catalogue, Address::parse(QStringLiteral("thread-approved/draft")).value());
        // Absent until the research subgraph wrote it, then one value.
        QVERIFY(history.size() >= 3);
        QVERIFY(!history.first().present);
        QVERIFY(history.last().present);
        QCOMPARE(history.last().value.toString(), QStringLiteral("Summary of SQLite WAL (1 finding(s))"));
        int changes = 0;
        for (const auto& p : history)
            changes += p.changed;
        QCOMPARE(changes, 2);

        // The diff between the first and the last checkpoint of the thread, through the CLI.
        CheckpointDb raw(db);
        const QList<CheckpointDb::Row> chain = raw.rows(QStringLiteral("WHERE thread_id = 'thread-approved' AND checkpoint_ns = ''"));
        const auto run = test::runCli({ QStringLiteral("diff"), db, QStringLiteral("thread-approved@") + chain.first().id,
                                        QStringLiteral("thread-approved@") + chain.last().id, QStringLiteral("--json") });
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject d = QJsonDocument::fromJson(run.out).object();
        // The input checkpoint holds the channels with defaults (messages and findings empty); the rest came later.
        QStringList added, changed;
        for (const QJsonValue& e : d.value(QStringLiteral("entries")).toArray()) {
            const QString change = e.toObject().value(QStringLiteral("change")).toString();
            (change == u"added" ? added : changed).append(e.toObject().value(QStringLiteral("key")).toString());
        }
        added.sort();
        changed.sort();
        QCOMPARE(added, QStringList({ QStringLiteral("approved"), QStringLiteral("draft"), QStringLiteral("reviewer"),
                                      QStringLiteral("topic") }));
        QCOMPARE(changed, QStringList({ QStringLiteral("findings"), QStringLiteral("messages") }));
    }

    void restoreIsAForkAsNewCheckpoint()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        CheckpointDb raw(db);
        const QList<CheckpointDb::Row> chain = raw.rows(QStringLiteral("WHERE thread_id = 'thread-approved' AND checkpoint_ns = ''"));
        // The checkpoint after "plan" ran: messages and topic only.
        const CheckpointDb::Row old = chain[1];
        QCOMPARE(old.meta().value(QStringLiteral("step")).toInt(), 0);
        const int before = raw.rows().size();
        auto restored = backup::restoreBackup(db, QStringLiteral("thread-approved@") + old.id);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(raw.rows().size(), before + 1);
        const CheckpointDb::Row fork = raw.latest(QStringLiteral("thread-approved"));
        QCOMPARE(fork.parent, chain.last().id);
        QCOMPARE(fork.meta().value(QStringLiteral("source")).toString(), QStringLiteral("update"));
        QJsonObject oldValues = old.json().value(QStringLiteral("channel_values")).toObject();
        QJsonObject newValues = fork.json().value(QStringLiteral("channel_values")).toObject();
        for (const QString& k : newValues.keys())
            if (!langgraph::isStateChannel(k))
                newValues.remove(k);
        for (const QString& k : oldValues.keys())
            if (!langgraph::isStateChannel(k))
                oldValues.remove(k);
        QCOMPARE(newValues, oldValues);
    }

    void liveStateShowsANewCheckpointOfARunningAgent()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        auto state = openAndLoad(db);
        QVERIFY(state);
        // The database is watched by its data_version (which sees commits into the -wal), nothing else.
        const Source::WatchPlan plan = state->source->watchPlan();
        QCOMPARE(plan.database, db);
        QVERIFY(plan.root.isEmpty());
        const int before = int(state->snapshot.backups.size());
        LiveState live;
        QSignalSpy ready(&live, &LiveState::ready);
        QVERIFY(live.start(std::shared_ptr<Source>(std::move(state->source)), state->snapshot));
        QVERIFY(!ready.isEmpty() || ready.wait(30000));
        QVERIFY2(live.modeText().contains(QLatin1String("data_version")), qPrintable(live.modeText()));
        // The agent's connection stays open, in WAL mode: the commit reaches the -wal file only.
        CheckpointDb agent(db);
        QVERIFY(agent.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        const CheckpointDb::Row latest = agent.latest(QStringLiteral("thread-waiting"));
        const QString id = langgraph::makeCheckpointId(QDateTime::currentMSecsSinceEpoch() + 1000, 0, 3);
        QVERIFY(agent.exec(QStringLiteral("INSERT INTO checkpoints SELECT thread_id, checkpoint_ns, '%1', checkpoint_id, type, "
                                  "checkpoint, metadata FROM checkpoints WHERE checkpoint_id = '%2'")
                       .arg(id, latest.id)));
        QTRY_COMPARE_WITH_TIMEOUT(int(live.snapshot().backups.size()), before + 1, 30000);
        const Backup* newest = langgraph::latestCheckpoint(live.snapshot(), QStringLiteral("thread-waiting"));
        QVERIFY(newest);
        QCOMPARE(newest->meta.value(QStringLiteral("checkpoint_id")).toString(), id);
        live.stop();
    }

    void blobsDecodeAsTheirTypeSays()
    {
        // JSON, with line:column in errors.
        auto bad = langgraph::decodeBlob(QStringLiteral("json"), QByteArray("{\n  \"a\": ]"), QStringLiteral("f.sqlite"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().file, QStringLiteral("f.sqlite"));
        QCOMPARE(bad.error().line, 2);
        // Python's msgpack: plain values, and ext types tagged with their code and decoded payload.
        msgpack::sbuffer buf;
        msgpack::packer<msgpack::sbuffer> pk(buf);
        pk.pack_map(2);
        pk.pack(std::string("n"));
        pk.pack(7);
        pk.pack(std::string("msg"));
        msgpack::sbuffer inner;
        msgpack::pack(inner, std::vector<std::string> { "langchain_core.messages", "HumanMessage" });
        pk.pack_ext(inner.size(), 2);
        pk.pack_ext_body(inner.data(), uint32_t(inner.size()));
        auto v = langgraph::decodeBlob(QStringLiteral("msgpack"), QByteArray(buf.data(), qsizetype(buf.size())), QStringLiteral("f"));
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(v->member(QStringLiteral("n"))->toInt(), 7);
        const json::JsonValue* ext = v->member(QStringLiteral("msg"));
        QCOMPARE(ext->member(QStringLiteral("__msgpack_ext__"))->toInt(), 2);
        QCOMPARE(ext->member(QStringLiteral("data"))->items()[1].toString(), QStringLiteral("HumanMessage"));
        // Never guessed: pickle and unknown types are refused by name.
        auto pickle = langgraph::decodeBlob(QStringLiteral("pickle"), QByteArray("\x80\x04", 2), QStringLiteral("f"));
        QVERIFY(!pickle);
        QCOMPARE(pickle.error().kind, Error::Kind::Unsupported);
        QVERIFY(pickle.error().message.contains(QStringLiteral("pickle")));
        QVERIFY(!langgraph::isWritableBlobType(QStringLiteral("msgpack")));
        QVERIFY(langgraph::decodeBlob(QStringLiteral("null"), {}, QStringLiteral("f"))->isNull());
    }

    void msgpackThreadsAreReadOnly()
    {
        TestDir dir;
        const QString db = dir.copySample(Sample);
        CheckpointDb raw(db);
        // A Python-style thread: the same checkpoint, as MessagePack.
        msgpack::sbuffer cp;
        msgpack::packer<msgpack::sbuffer> pk(cp);
        pk.pack_map(4);
        pk.pack(std::string("v"));
        pk.pack(1);
        pk.pack(std::string("id"));
        pk.pack(std::string("1ef00000-0000-6000-8000-000000000000"));
        pk.pack(std::string("channel_values"));
        pk.pack_map(1);
        pk.pack(std::string("answer"));
        pk.pack(42);
        pk.pack(std::string("channel_versions"));
        pk.pack_map(1);
        pk.pack(std::string("answer"));
        pk.pack(std::string("00000000000000000000000000000002.0.5"));
        msgpack::sbuffer meta;
        msgpack::packer<msgpack::sbuffer> pm(meta);
        pm.pack_map(2);
        pm.pack(std::string("source"));
        pm.pack(std::string("loop"));
        pm.pack(std::string("step"));
        pm.pack(1);
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("INSERT INTO checkpoints VALUES ('py', '', '1ef00000-0000-6000-8000-000000000000', NULL, 'msgpack', ?, ?)"));
        q.addBindValue(QByteArray(cp.data(), qsizetype(cp.size())));
        q.addBindValue(QByteArray(meta.data(), qsizetype(meta.size())));
        QVERIFY(q.exec());
        auto state = openAndLoad(db);
        QVERIFY(state);
        QCOMPARE(state->snapshot.findEntry(QStringLiteral("py"), QStringLiteral("answer"))->value.toValue().toInt(), 42);
        Change c;
        c.address = Address::parse(QStringLiteral("py/answer")).value();
        c.value = json::JsonValue::fromInt(43);
        auto applied = state->source->apply(state->snapshot, { c });
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(QStringLiteral("msgpack")), qPrintable(applied.error().message));
    }

    void channelVersionsAdvanceAsLangGraphDoes()
    {
        QCOMPARE(langgraph::compareVersions(jsonOf("10"), jsonOf("9")), 1);
        QCOMPARE(langgraph::nextVersion(langgraph::maxVersion(jsonOf(R"({"a":3,"b":12,"c":1})"))).toInt(), 13);
        QCOMPARE(langgraph::nextVersion(json::JsonValue()).toInt(), 1);
        const json::JsonValue py = langgraph::nextVersion(jsonOf(R"("00000000000000000000000000000005.0.123")"));
        QVERIFY(py.toString().startsWith(QLatin1String("00000000000000000000000000000006.")));
        QCOMPARE(py.toString().section(u'.', 0, 0).size(), 32);
        QVERIFY(langgraph::compareVersions(py, jsonOf(R"("00000000000000000000000000000005.0.9")")) > 0);
        // Ids sort by time; the step sits in the clock sequence.
        const QString a = langgraph::makeCheckpointId(1700000000000, 0, 3);
        const QString b = langgraph::makeCheckpointId(1700000000001, 0, 2);
        QVERIFY(a < b);
        QCOMPARE(langgraph::uuid6Time(a), QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
        QCOMPARE(a.mid(19, 4), QStringLiteral("8003"));
    }
};

QTEST_GUILESS_MAIN(TestLangGraph)
#include "tst_langgraph.moc"
