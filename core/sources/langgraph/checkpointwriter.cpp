// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointwriter.h"

#include "channelversion.h"
#include "checkpointblob.h"
#include "langgraphstate.h"

#include "json/jsondocument.h"
#include "json/jsoneditor.h"
#include "sources/llmspell/sqliteconnection.h"

#include <QCoreApplication>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace statelens::langgraph {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::langgraph::Writer", s);
}

using llmspell::SqliteConnection;

/// Writes LangGraph files as its own channels; a pending write on one of them does not mean an unfinished
/// step (WRITES_IDX_MAP of langgraph-checkpoint).
bool isSpecialWrite(const QString& channel)
{
    return channel == u"__error__" || channel == u"__scheduled__" || channel == u"__interrupt__"
        || channel == u"__resume__";
}

class Writer final
{
public:
    Writer(const QString& dbPath, const Snapshot& base) : m_conn(dbPath, SqliteConnection::Mode::ReadWrite), m_base(base) { }
    ~Writer() { rollback(); }

    Result<void> begin();
    Result<void> writeThread(const QString& thread, const QList<Change>& changes);
    Result<void> commit();
    void rollback();

private:
    Error sqlError(const QString& what, const QSqlQuery& q) const { return m_conn.queryError(what, q); }
    Error refused(const QString& thread, const QString& why) const
    {
        return Error { Error::Kind::Unsupported, tr("thread %1 cannot be edited: %2").arg(thread, why), m_conn.path() };
    }

    SqliteConnection m_conn;
    const Snapshot& m_base;
};

Result<void> Writer::begin()
{
    // The write lock is taken now: the agent cannot add a checkpoint between the check and the insert.
    return m_conn.beginImmediate();
}

Result<void> Writer::writeThread(const QString& thread, const QList<Change>& changes)
{
    const Backup* known = latestCheckpoint(m_base, thread);
    if (!known)
        return Error::notFound(tr("no thread %1 in the database").arg(thread), m_conn.path());
    const QString knownId = known->meta.value(QStringLiteral("checkpoint_id")).toString();

    QSqlQuery q(m_conn.database());
    q.prepare(QStringLiteral("SELECT checkpoint_id, type, checkpoint, metadata FROM checkpoints "
                             "WHERE thread_id = ? AND checkpoint_ns = '' ORDER BY checkpoint_id DESC LIMIT 1"));
    q.addBindValue(thread);
    if (!q.exec())
        return sqlError(tr("cannot read the checkpoints table"), q);
    if (!q.next() || q.value(0).toString() != knownId) {
        Error e { Error::Kind::Conflict,
                  tr("thread %1 has a newer checkpoint than the one read (%2); reload before saving").arg(thread, knownId),
                  m_conn.path() };
        for (const Change& c : changes)
            e.conflicts << c.address.toString();
        return e;
    }
    const QString type = q.value(1).toString();
    const QByteArray checkpointBlob = q.value(2).toByteArray();
    const QByteArray metadataBlob = q.value(3).toByteArray();
    if (!isWritableBlobType(type))
        return refused(thread, tr("its checkpoints are serialised as \"%1\"; StateLens writes only JSON checkpoints").arg(type));

    QSqlQuery w(m_conn.database());
    w.prepare(QStringLiteral("SELECT DISTINCT channel FROM writes WHERE thread_id = ? AND checkpoint_ns = '' AND checkpoint_id = ?"));
    w.addBindValue(thread);
    w.addBindValue(knownId);
    if (!w.exec())
        return sqlError(tr("cannot read the writes table"), w);
    while (w.next())
        if (!isSpecialWrite(w.value(0).toString()))
            return refused(thread, tr("its latest checkpoint has pending writes of an unfinished step (channel %1); "
                                      "let LangGraph finish the step or use its updateState")
                                       .arg(w.value(0).toString()));

    auto checkpoint = json::JsonValue::parse(checkpointBlob, m_conn.path());
    if (!checkpoint)
        return checkpoint.error();
    auto metadata = json::JsonValue::parse(metadataBlob, m_conn.path());
    if (!metadata)
        return metadata.error();
    const json::JsonValue* versions = checkpoint->member(QStringLiteral("channel_versions"));
    if (!checkpoint->member(QStringLiteral("channel_values")) || !versions || !versions->isObject())
        return refused(thread, tr("its latest checkpoint has no channel_values and channel_versions"));

    auto doc = json::Document::parse(checkpointBlob, m_conn.path());
    if (!doc)
        return doc.error();
    json::Editor editor(std::move(doc.value()), json::Style::compact(), m_conn.path());
    QStringList written;
    for (const Change& c : changes) {
        if (!c.address.hasKey())
            return Error { Error::Kind::Usage, tr("'%1' names no channel").arg(c.address.toString()), m_conn.path() };
        if (!isStateChannel(c.address.key))
            return refused(thread, tr("%1 is one of LangGraph's own channels").arg(c.address.key));
        QStringList tokens = c.address.pointer.tokens();
        tokens.prepend(c.address.key);
        tokens.prepend(QStringLiteral("channel_values"));
        const json::Pointer target(tokens);
        auto edited = c.op == Change::Op::Set ? editor.set(target, c.value) : editor.remove(target);
        if (!edited)
            return Error { edited.error().kind, tr("thread %1: %2").arg(thread, edited.error().message), m_conn.path() };
        if (!written.contains(c.address.key))
            written.append(c.address.key);
    }

    // As updateState: every written channel gets the version after the checkpoint's highest.
    const json::JsonValue version = nextVersion(maxVersion(*versions));
    for (const QString& channel : std::as_const(written)) {
        auto r = editor.set(json::Pointer({ QStringLiteral("channel_versions"), channel }), version);
        if (!r)
            return r.error();
    }
    const qint64 step = metadata->member(QStringLiteral("step")) ? metadata->member(QStringLiteral("step"))->toInt() : -1;
    // The new id must sort after the latest (SqliteSaver takes the highest id as the thread's state).
    qint64 msecs = QDateTime::currentMSecsSinceEpoch();
    const QDateTime latestTime = uuid6Time(knownId);
    int ticks = 0;
    if (latestTime.isValid() && latestTime.toMSecsSinceEpoch() >= msecs) {
        msecs = latestTime.toMSecsSinceEpoch();
        ticks = 9999;
    }
    const QString id = makeCheckpointId(msecs, ticks, int(step + 1));
    const QString ts = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
    for (const auto& [member, value] : { std::pair { QStringLiteral("id"), json::JsonValue::fromString(id) },
                                         std::pair { QStringLiteral("ts"), json::JsonValue::fromString(ts) } }) {
        auto r = editor.set(json::Pointer({ member }), value);
        if (!r)
            return r.error();
    }
    if (checkpoint->member(QStringLiteral("updated_channels"))) {
        json::JsonValue list = json::JsonValue::array();
        for (const QString& channel : std::as_const(written))
            list.append(json::JsonValue::fromString(channel));
        if (auto r = editor.set(json::Pointer({ QStringLiteral("updated_channels") }), list); !r)
            return r.error();
    }
    auto newCheckpoint = editor.text();
    if (!newCheckpoint)
        return newCheckpoint.error();

    json::JsonValue newMetadata = json::JsonValue::object();
    newMetadata.insert(QStringLiteral("source"), json::JsonValue::fromString(QStringLiteral("update")));
    newMetadata.insert(QStringLiteral("step"), json::JsonValue::fromInt(step + 1));
    const json::JsonValue* parents = metadata->member(QStringLiteral("parents"));
    newMetadata.insert(QStringLiteral("parents"), parents ? *parents : json::JsonValue::object());

    QSqlQuery insert(m_conn.database());
    insert.prepare(QStringLiteral("INSERT INTO checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, "
                                  "type, checkpoint, metadata) VALUES (?, '', ?, ?, ?, ?, ?)"));
    insert.addBindValue(thread);
    insert.addBindValue(id);
    insert.addBindValue(knownId);
    insert.addBindValue(type.isEmpty() ? QStringLiteral("json") : type);
    insert.addBindValue(newCheckpoint.value());
    insert.addBindValue(newMetadata.toCompactJson());
    if (!insert.exec())
        return sqlError(tr("cannot write a new checkpoint for thread %1").arg(thread), insert);
    return {};
}

Result<void> Writer::commit()
{
    return m_conn.commit(tr("cannot commit the new checkpoints"));
}

void Writer::rollback()
{
    m_conn.rollback();
}

} // namespace

QString makeCheckpointId(qint64 msecs, int ticks, int step)
{
    constexpr quint64 UnixOffset = 0x01B21DD213814000ULL;
    const quint64 t = quint64(msecs) * 10000 + quint64(ticks) + UnixOffset;
    const quint32 timeHigh = quint32(t >> 28);
    const quint16 timeMid = quint16((t >> 12) & 0xffff);
    const quint16 timeLow = quint16(t & 0x0fff);
    const quint16 clockSeq = quint16((step & 0x3fff) | 0x8000);
    const quint64 node = QRandomGenerator::global()->generate64() & 0xffffffffffffULL;
    return QStringLiteral("%1-%2-6%3-%4-%5")
        .arg(timeHigh, 8, 16, QLatin1Char('0'))
        .arg(timeMid, 4, 16, QLatin1Char('0'))
        .arg(timeLow, 3, 16, QLatin1Char('0'))
        .arg(clockSeq, 4, 16, QLatin1Char('0'))
        .arg(node, 12, 16, QLatin1Char('0'));
}

Result<ApplyResult> applyCheckpointChanges(const QString& dbPath, const Snapshot& base, const QList<Change>& changes)
{
    if (changes.isEmpty())
        return ApplyResult {};
    QMap<QString, QList<Change>> byThread;
    for (const Change& c : changes) {
        QString thread, ns;
        splitNamespace(c.address.ns, &thread, &ns);
        if (!ns.isEmpty())
            return Error { Error::Kind::Unsupported,
                           QCoreApplication::translate("statelens::langgraph",
                                                       "%1 is a subgraph's namespace; LangGraph changes a subgraph's "
                                                       "state through its parent graph, so StateLens edits threads only")
                               .arg(c.address.ns),
                           dbPath };
        byThread[thread].append(c);
    }
    Writer writer(dbPath, base);
    if (auto r = writer.begin(); !r)
        return r.error();
    for (auto it = byThread.cbegin(); it != byThread.cend(); ++it)
        if (auto r = writer.writeThread(it.key(), it.value()); !r)
            return r.error();
    if (auto r = writer.commit(); !r)
        return r.error();
    ApplyResult result;
    result.filesWritten << dbPath;
    return result;
}

} // namespace statelens::langgraph
