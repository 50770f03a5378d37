// SPDX-License-Identifier: GPL-3.0-or-later
#include "langgraphstate.h"

#include "checkpointblob.h"
#include "channelversion.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace statelens::langgraph {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::langgraph", s);
}

const QString Interrupt = QStringLiteral("__interrupt__");
const QString Resume = QStringLiteral("__resume__");

/// A checkpoint row with its blobs decoded (or the reason they could not be).
struct Decoded
{
    const CheckpointRow* row = nullptr;
    json::JsonValue checkpoint;
    json::JsonValue metadata;
    std::optional<Error> error;
};

Decoded decode(const CheckpointRow& row, const QString& file)
{
    Decoded d;
    d.row = &row;
    auto c = decodeBlob(row.type, row.checkpoint, file);
    if (!c) {
        d.error = c.error();
        return d;
    }
    auto m = decodeBlob(row.type, row.metadata, file);
    if (!m) {
        d.error = m.error();
        return d;
    }
    if (!c->isObject() || !c->member(QStringLiteral("channel_values"))) {
        d.error = Error { Error::Kind::Parse, tr("the checkpoint blob has no channel_values"), file };
        return d;
    }
    d.checkpoint = std::move(c.value());
    d.metadata = std::move(m.value());
    return d;
}

QString text(const json::JsonValue* v)
{
    if (!v)
        return {};
    return v->isString() ? v->toString() : QString::fromUtf8(v->toCompactJson());
}

/// Nodes that run next: a trigger channel ("branch:to:NODE", or "__start__") that holds a value and whose
/// version the node has not seen, as LangGraph's _prepareNextTasks decides it.
QStringList nextNodes(const json::JsonValue& checkpoint)
{
    QStringList out;
    const json::JsonValue* values = checkpoint.member(QStringLiteral("channel_values"));
    const json::JsonValue* versions = checkpoint.member(QStringLiteral("channel_versions"));
    const json::JsonValue* seen = checkpoint.member(QStringLiteral("versions_seen"));
    if (!values || !versions || !versions->isObject())
        return out;
    for (const json::JsonMember& m : versions->members()) {
        QString node;
        if (m.key.startsWith(QLatin1String("branch:to:")))
            node = m.key.mid(10);
        else if (m.key == u"__start__")
            node = m.key;
        else
            continue;
        if (!values->member(m.key))
            continue;
        const json::JsonValue* nodeSeen = seen ? seen->member(node) : nullptr;
        const json::JsonValue* seenVersion = nodeSeen ? nodeSeen->member(m.key) : nullptr;
        if (!seenVersion || compareVersions(m.value, *seenVersion) > 0)
            out.append(node);
    }
    return out;
}

} // namespace

QString namespaceName(const QString& thread, const QString& ns)
{
    return ns.isEmpty() ? thread : thread + u'/' + ns;
}

void splitNamespace(const QString& name, QString* thread, QString* ns)
{
    const qsizetype slash = name.indexOf(u'/');
    *thread = slash < 0 ? name : name.left(slash);
    *ns = slash < 0 ? QString() : name.mid(slash + 1);
}

QString backupId(const QString& thread, const QString& ns, const QString& checkpointId)
{
    return namespaceName(thread, ns) + u'@' + checkpointId;
}

QList<Entry> entriesOf(const json::JsonValue& checkpoint, const QString& file, const QString& checkpointId)
{
    QList<Entry> out;
    const json::JsonValue* values = checkpoint.member(QStringLiteral("channel_values"));
    const json::JsonValue* versions = checkpoint.member(QStringLiteral("channel_versions"));
    if (!values || !values->isObject())
        return out;
    for (const json::JsonMember& m : values->members()) {
        if (!isStateChannel(m.key))
            continue;
        Entry e;
        e.key = m.key;
        e.value = ValueRef::fromValue(m.value);
        e.file = file;
        e.meta.insert(QStringLiteral("checkpoint_id"), checkpointId);
        if (const json::JsonValue* v = versions ? versions->member(m.key) : nullptr)
            e.meta.insert(QStringLiteral("channel_version"), text(v));
        out.append(std::move(e));
    }
    return out;
}

QDateTime uuid6Time(const QString& id)
{
    // time_high(8 hex)-time_mid(4)-6 time_low(3)-…: 60 bits of 100 ns since 1582-10-15.
    if (id.size() != 36 || id.at(14) != u'6')
        return {};
    bool ok1 = false, ok2 = false, ok3 = false;
    const quint64 high = id.mid(0, 8).toULongLong(&ok1, 16);
    const quint64 mid = id.mid(9, 4).toULongLong(&ok2, 16);
    const quint64 low = id.mid(15, 3).toULongLong(&ok3, 16);
    if (!ok1 || !ok2 || !ok3)
        return {};
    const quint64 ticks = (high << 28) | (mid << 12) | low;
    constexpr quint64 UnixOffset = 0x01B21DD213814000ULL;
    if (ticks < UnixOffset)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64((ticks - UnixOffset) / 10000), Qt::UTC);
}

BuiltState buildState(const DatabaseRows& rows, const QString& file)
{
    BuiltState out;
    // The writes of each checkpoint, found in one pass (a long-running agent has many).
    QHash<QString, QList<const WriteRow*>> writesOf;
    for (const WriteRow& w : rows.writes)
        writesOf[w.thread + QChar(0) + w.ns + QChar(0) + w.checkpointId].append(&w);
    // Rows come ordered by thread, namespace and id: one chain after the other.
    qsizetype begin = 0;
    while (begin < rows.checkpoints.size()) {
        const QString thread = rows.checkpoints[begin].thread;
        const QString ns = rows.checkpoints[begin].ns;
        qsizetype end = begin;
        while (end < rows.checkpoints.size() && rows.checkpoints[end].thread == thread && rows.checkpoints[end].ns == ns)
            ++end;
        const QString nsName = namespaceName(thread, ns);

        QList<Decoded> chain;
        QHash<QString, qsizetype> byId;
        for (qsizetype i = begin; i < end; ++i) {
            byId.insert(rows.checkpoints[i].id, chain.size());
            chain.append(decode(rows.checkpoints[i], file));
        }
        // The first missing checkpoint on the way to the root, per checkpoint (empty: the chain is complete).
        QHash<QString, QString> missing;
        std::function<QString(const QString&, int)> missingAncestor = [&](const QString& id, int depth) -> QString {
            if (auto it = missing.constFind(id); it != missing.constEnd())
                return *it;
            const auto at = byId.constFind(id);
            QString m;
            if (at == byId.constEnd())
                m = id;
            else if (!chain[*at].row->parentId.isEmpty() && depth < 100000)
                m = missingAncestor(chain[*at].row->parentId, depth + 1);
            missing.insert(id, m);
            return m;
        };

        for (qsizetype i = 0; i < chain.size(); ++i) {
            const Decoded& d = chain[i];
            const CheckpointRow& row = *d.row;
            Backup b;
            b.id = backupId(thread, ns, row.id);
            b.path = file;
            b.kind = QString(CheckpointBackupKind);
            b.size = row.checkpoint.size() + row.metadata.size();
            b.parentId = row.parentId.isEmpty() ? QString() : backupId(thread, ns, row.parentId);
            b.meta.insert(QStringLiteral("thread"), thread);
            b.meta.insert(QStringLiteral("checkpoint_ns"), ns);
            b.meta.insert(QStringLiteral("checkpoint_id"), row.id);
            b.meta.insert(QStringLiteral("type"), row.type.isEmpty() ? QStringLiteral("json") : row.type);
            if (i == chain.size() - 1)
                b.meta.insert(QStringLiteral("latest"), true);
            b.time = uuid6Time(row.id);
            if (d.error) {
                b.health = Health::Unparsable;
                b.reason = d.error->message;
            } else {
                const QString ts = text(d.checkpoint.member(QStringLiteral("ts")));
                const QDateTime t = QDateTime::fromString(ts, Qt::ISODateWithMs);
                if (t.isValid())
                    b.time = t.toUTC();
                b.schemaVersion = text(d.checkpoint.member(QStringLiteral("v")));
                const json::JsonValue* values = d.checkpoint.member(QStringLiteral("channel_values"));
                int channels = 0;
                if (values && values->isObject())
                    for (const json::JsonMember& m : values->members())
                        channels += isStateChannel(m.key);
                b.entries = channels;
                if (const json::JsonValue* step = d.metadata.member(QStringLiteral("step")))
                    b.meta.insert(QStringLiteral("step"), step->toInt());
                b.meta.insert(QStringLiteral("source"), text(d.metadata.member(QStringLiteral("source"))));
                const QString gap = row.parentId.isEmpty() ? QString() : missingAncestor(row.parentId, 0);
                if (gap == row.parentId && !gap.isEmpty()) {
                    b.health = Health::BrokenChain;
                    b.reason = tr("parent checkpoint %1 is not in the database").arg(row.parentId);
                } else if (!gap.isEmpty()) {
                    b.health = Health::BrokenChain;
                    b.reason = tr("the chain is incomplete: ancestor checkpoint %1 is not in the database").arg(gap);
                }
            }
            if (d.error) {
                Problem p = Problem::fromError(*d.error);
                p.message = tr("checkpoint %1 of %2 cannot be read: %3").arg(row.id, nsName, d.error->message);
                p.address = Address { nsName, {}, {} }.toString();
                out.problems.append(p);
            }
            out.backups.append(std::move(b));
        }

        // The namespace shows the latest checkpoint, as SqliteSaver.getTuple reads it (the highest id).
        const Decoded& latest = chain.last();
        Namespace n;
        n.name = nsName;
        if (!latest.error)
            n.entries = entriesOf(latest.checkpoint, file, latest.row->id);
        out.namespaces.append(std::move(n));

        // Pending state: the writes made against the latest checkpoint.
        const QList<const WriteRow*> pending = writesOf.value(thread + QChar(0) + ns + QChar(0) + latest.row->id);
        QSet<QString> resumed;
        for (const WriteRow* w : std::as_const(pending))
            if (w->channel == Resume)
                resumed.insert(w->taskId);
        json::JsonValue interrupts = json::JsonValue::array();
        json::JsonValue writes = json::JsonValue::array();
        for (const WriteRow* w : std::as_const(pending)) {
            auto value = decodeBlob(w->type, w->value, file);
            json::JsonValue item = json::JsonValue::object();
            item.insert(QStringLiteral("task_id"), json::JsonValue::fromString(w->taskId));
            item.insert(QStringLiteral("channel"), json::JsonValue::fromString(w->channel));
            if (value)
                item.insert(QStringLiteral("value"), value.value());
            else
                item.insert(QStringLiteral("error"), json::JsonValue::fromString(value.error().message));
            if (w->channel == Interrupt && !resumed.contains(w->taskId)) {
                // JS writes a list of {id, value}; each is one interrupt.
                if (value && value->isArray()) {
                    for (const json::JsonValue& one : value->items()) {
                        json::JsonValue i = json::JsonValue::object();
                        i.insert(QStringLiteral("task_id"), json::JsonValue::fromString(w->taskId));
                        if (const json::JsonValue* id = one.member(QStringLiteral("id")))
                            i.insert(QStringLiteral("id"), *id);
                        const json::JsonValue* payload = one.member(QStringLiteral("value"));
                        i.insert(QStringLiteral("value"), payload ? *payload : one);
                        interrupts.append(std::move(i));
                    }
                } else {
                    interrupts.append(item);
                }
            }
            writes.append(std::move(item));
        }
        const QStringList next = latest.error ? QStringList() : nextNodes(latest.checkpoint);

        Task t;
        t.id = nsName;
        t.file = file;
        t.createdAt = out.backups[out.backups.size() - chain.size()].time;
        t.updatedAt = out.backups.last().time;
        if (interrupts.size() > 0) {
            t.status = QStringLiteral("interrupted");
            QStringList payloads;
            for (const json::JsonValue& i : interrupts.items())
                payloads.append(text(i.member(QStringLiteral("value"))));
            t.description = tr("waiting for a human at %1: %2").arg(next.join(QLatin1String(", ")), payloads.join(QLatin1String("; ")));
            out.problems.append(Problem { Problem::Severity::Info, file, 0, 0,
                                          QCoreApplication::translate("statelens::langgraph", "thread %1 is waiting for a human (%n interrupt(s))",
                                                                      nullptr, interrupts.size())
                                              .arg(nsName),
                                          Address { nsName, {}, {} }.toString() });
        } else if (!next.isEmpty()) {
            t.status = QStringLiteral("pending");
            t.description = tr("next: %1").arg(next.join(QLatin1String(", ")));
        } else {
            t.status = QStringLiteral("completed");
            t.description = tr("nothing left to run");
        }
        json::JsonValue v = json::JsonValue::object();
        v.insert(QStringLiteral("thread_id"), json::JsonValue::fromString(thread));
        v.insert(QStringLiteral("checkpoint_ns"), json::JsonValue::fromString(ns));
        v.insert(QStringLiteral("checkpoint_id"), json::JsonValue::fromString(latest.row->id));
        if (const json::JsonValue* step = latest.metadata.member(QStringLiteral("step")))
            v.insert(QStringLiteral("step"), *step);
        json::JsonValue nextArray = json::JsonValue::array();
        for (const QString& node : next)
            nextArray.append(json::JsonValue::fromString(node));
        v.insert(QStringLiteral("next"), std::move(nextArray));
        v.insert(QStringLiteral("interrupts"), std::move(interrupts));
        v.insert(QStringLiteral("pending_writes"), std::move(writes));
        t.value = ValueRef::fromValue(v);
        out.tasks.append(std::move(t));

        begin = end;
    }
    return out;
}

const Backup* latestCheckpoint(const Snapshot& snapshot, const QString& thread)
{
    for (const Backup& b : snapshot.backups)
        if (b.kind == CheckpointBackupKind && b.meta.value(QStringLiteral("latest")).toBool()
            && b.meta.value(QStringLiteral("thread")).toString() == thread
            && b.meta.value(QStringLiteral("checkpoint_ns")).toString().isEmpty())
            return &b;
    return nullptr;
}

} // namespace statelens::langgraph
