// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellkvwriter.h"

#include "json/jsoneditor.h"
#include "llmspellkeys.h"
#include "llmspellvalue.h"
#include "msgpack/msgpackeditor.h"
#include "msgpack/msgpackencoding.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

namespace statelens::llmspell {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::llmspell::Transaction", s);
}

/// One row as this apply sees it.
struct Row
{
    QString kvId; ///< empty for rows inserted by this apply
    QString kvKey;
    QByteArray blob;
    Encoding encoding = Encoding::Envelope;
    bool inserted = false;
    bool removed = false;
    bool changed = false;
};

struct Now
{
    qint64 secs = 0;
    qint64 nanos = 0;
};

Now now()
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
                        .count();
    return { qint64(ns / 1000000000), qint64(ns % 1000000000) };
}

bool isMessagePack(Encoding e)
{
    return e == Encoding::MsgPack || e == Encoding::MsgPackState;
}

/// SystemTime as rmp_serde writes it inside a SerializableState: [secs, nanos].
json::JsonValue positionalTimestamp(const Now& t)
{
    json::JsonValue ts = json::JsonValue::array();
    ts.items().push_back(json::JsonValue::fromInt(t.secs));
    ts.items().push_back(json::JsonValue::fromInt(t.nanos));
    return ts;
}

json::JsonValue timestampValue(const Now& t)
{
    json::JsonValue ts = json::JsonValue::object();
    ts.insert(QStringLiteral("secs_since_epoch"), json::JsonValue::fromInt(t.secs));
    ts.insert(QStringLiteral("nanos_since_epoch"), json::JsonValue::fromInt(t.nanos));
    return ts;
}

/// The tenant most rows of `base` belong to ("system" when there are none).
QString usualTenant(const Snapshot& base)
{
    QHash<QString, int> counts;
    QString best = QStringLiteral("system");
    int bestCount = 0;
    for (const Namespace& ns : base.namespaces)
        for (const Entry& e : ns.entries) {
            const QString t = e.meta.value(QStringLiteral("tenant_id")).toString();
            if (t.isEmpty())
                continue;
            const int c = ++counts[t];
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
    return best;
}

class Transaction final
{
public:
    Transaction(const QString& dbPath, const Snapshot& base)
        : m_conn(dbPath, SqliteConnection::Mode::ReadWrite)
        , m_base(base)
    { }
    ~Transaction() { rollback(); }

    Result<void> begin();
    Result<void> change(const Change& c, const Now& t);
    Result<void> commit(const Now& t);
    void rollback();

private:
    Result<Row*> rowFor(const Change& c);
    Result<void> edit(Row& row, const Change& c, const Now& t);
    Result<void> editMessagePack(Row& row, const Change& c, const Now& t);
    Error sqlError(const QString& what, const QSqlQuery& q) const;
    /// Rows are the keys: a row someone else changed is a conflict for that key only.
    Error conflict(const QString& address, const QString& kvKey, const QString& why) const
    {
        Error e { Error::Kind::Conflict, tr("'%1' %2; reload before saving").arg(kvKey, why), m_conn.path() };
        e.conflicts << address;
        return e;
    }

    SqliteConnection m_conn;
    const Snapshot& m_base;
    QHash<QString, Row> m_rows; ///< by address
    QStringList m_order; ///< addresses in the order first touched
};

Error Transaction::sqlError(const QString& what, const QSqlQuery& q) const
{
    return m_conn.queryError(what, q);
}

Result<void> Transaction::begin()
{
    // The write lock is taken now, so that nobody writes between the checks below and the writes.
    return m_conn.beginImmediate();
}

Result<Row*> Transaction::rowFor(const Change& c)
{
    const QString address = Address { c.address.ns, c.address.key, {} }.toString();
    if (auto it = m_rows.find(address); it != m_rows.end())
        return &it.value();

    Row row;
    QSqlQuery q(m_conn.database());
    const std::optional<Entry> entry = m_base.findEntry(c.address.ns, c.address.key);
    if (entry) {
        row.kvId = entry->meta.value(QStringLiteral("kv_id")).toString();
        row.kvKey = entry->meta.value(QStringLiteral("kv_key")).toString();
        q.prepare(QStringLiteral("SELECT value, updated_at FROM kv_store WHERE kv_id = ?"));
        q.addBindValue(row.kvId);
        if (!q.exec())
            return sqlError(tr("cannot read kv_store"), q);
        if (!q.next())
            return conflict(address, row.kvKey, tr("was removed from the database since it was read"));
        row.blob = q.value(0).toByteArray();
        const qint64 updatedAt = q.value(1).toLongLong();
        auto stored = decodeStoredValue(row.kvKey, row.blob, m_conn.path());
        if (!stored)
            return conflict(address, row.kvKey, tr("no longer holds a readable value"));
        row.encoding = stored->encoding;
        const qint64 baseUpdated
            = entry->meta.value(QStringLiteral("updated_at")).toDateTime().toSecsSinceEpoch();
        const bool same = isMessagePack(row.encoding)
            ? stored->value.toValue() == entry->value.toValue()
            : entry->value.document() && row.blob == entry->value.document()->text();
        if (!same || updatedAt != baseUpdated)
            return conflict(address, row.kvKey, tr("changed in the database since it was read"));
    } else {
        if (c.op == Change::Op::Remove)
            return Error { Error::Kind::NotFound, tr("'%1' does not exist").arg(address), m_conn.path() };
        if (!c.address.pointer.isRoot())
            return Error { Error::Kind::NotFound,
                tr("'%1' does not exist; set the whole key before setting a part of it").arg(address),
                m_conn.path() };
        row.kvKey = kvKeyFor(c.address.ns, c.address.key);
        q.prepare(QStringLiteral("SELECT 1 FROM kv_store WHERE key = ?"));
        q.addBindValue(row.kvKey);
        if (!q.exec())
            return sqlError(tr("cannot read kv_store"), q);
        if (q.next())
            return conflict(address, row.kvKey, tr("was added to the database since it was read"));
        row.inserted = true;
        row.encoding = isFastPathKey(row.kvKey) ? Encoding::MsgPackState : Encoding::Envelope;
    }
    m_order.append(address);
    return &m_rows.insert(address, row).value();
}

Result<void> Transaction::edit(Row& row, const Change& c, const Now& t)
{
    if (row.removed)
        return Error { Error::Kind::Usage, tr("'%1' was removed earlier in the same save").arg(row.kvKey),
            m_conn.path() };
    const bool whole = c.address.pointer.isRoot();
    if (c.op == Change::Op::Remove && whole) {
        row.removed = true;
        return {};
    }
    row.changed = true;
    if (row.inserted && c.op == Change::Op::Set && whole && row.blob.isEmpty()) {
        if (row.encoding == Encoding::MsgPackState) {
            // rmp_serde::to_vec(&SerializableState { key, value, timestamp, schema_version: 1 })
            json::JsonValue state = json::JsonValue::array();
            state.items().push_back(json::JsonValue::fromString(storageKeyOf(row.kvKey)));
            state.items().push_back(c.value);
            state.items().push_back(positionalTimestamp(t));
            state.items().push_back(json::JsonValue::fromInt(1));
            row.blob = msgpack::encodeDefault(state);
        } else {
            json::JsonValue env = json::JsonValue::object();
            env.insert(QStringLiteral("key"), json::JsonValue::fromString(storageKeyOf(row.kvKey)));
            env.insert(QStringLiteral("value"), c.value);
            env.insert(QStringLiteral("timestamp"), timestampValue(t));
            env.insert(QStringLiteral("schema_version"), json::JsonValue::fromInt(1));
            row.blob = env.toCompactJson();
        }
        return {};
    }

    if (isMessagePack(row.encoding))
        return editMessagePack(row, c, t);
    auto doc = json::Document::parse(row.blob, m_conn.path());
    if (!doc)
        return doc.error();
    json::Editor editor(std::move(doc.value()), json::Style::compact(), m_conn.path());
    QStringList tokens = c.address.pointer.tokens();
    if (row.encoding == Encoding::Envelope)
        tokens.prepend(QStringLiteral("value"));
    const json::Pointer target(tokens);
    auto edited = c.op == Change::Op::Set ? editor.set(target, c.value) : editor.remove(target);
    if (!edited)
        return edited;
    if (row.encoding == Encoding::Envelope) {
        auto stamped = editor.set(json::Pointer({ QStringLiteral("timestamp") }), timestampValue(t));
        if (!stamped)
            return stamped;
    }
    auto out = editor.text();
    if (!out)
        return out.error();
    row.blob = *out;
    return {};
}

Result<void> Transaction::editMessagePack(Row& row, const Change& c, const Now& t)
{
    // Only the edited element's bytes change (and the SerializableState's timestamp, as for an envelope).
    auto doc = msgpack::Document::parse(row.blob, m_conn.path());
    if (!doc)
        return doc.error();
    msgpack::Editor editor(std::move(doc.value()), m_conn.path());
    QStringList tokens = c.address.pointer.tokens();
    if (row.encoding == Encoding::MsgPackState)
        tokens.prepend(QStringLiteral("1"));
    const json::Pointer target(tokens);
    auto edited = c.op == Change::Op::Set ? editor.set(target, c.value) : editor.remove(target);
    if (!edited)
        return edited;
    if (row.encoding == Encoding::MsgPackState && editor.changed()) {
        auto stamped = editor.set(json::Pointer({ QStringLiteral("2") }), positionalTimestamp(t));
        if (!stamped)
            return stamped;
    }
    row.blob = editor.bytes();
    return {};
}

Result<void> Transaction::change(const Change& c, const Now& t)
{
    if (!c.address.hasKey())
        return Error { Error::Kind::Usage, tr("'%1' names no key").arg(c.address.toString()), m_conn.path() };
    auto row = rowFor(c);
    if (!row)
        return row.error();
    return edit(**row, c, t);
}

Result<void> Transaction::commit(const Now& t)
{
    const QString tenant = usualTenant(m_base);
    const qint64 secs = t.secs;
    for (const QString& address : std::as_const(m_order)) {
        const Row& row = m_rows[address];
        QSqlQuery q(m_conn.database());
        if (row.inserted && row.removed) {
            continue;
        } else if (row.removed) {
            q.prepare(QStringLiteral("DELETE FROM kv_store WHERE kv_id = ?"));
            q.addBindValue(row.kvId);
        } else if (row.inserted) {
            q.prepare(QStringLiteral(
                "INSERT INTO kv_store (kv_id, tenant_id, key, value, metadata, created_at, updated_at) "
                "VALUES (lower(hex(randomblob(16))), ?, ?, ?, NULL, ?, ?)"));
            q.addBindValue(tenant);
            q.addBindValue(row.kvKey);
            q.addBindValue(row.blob);
            q.addBindValue(secs);
            q.addBindValue(secs);
        } else if (row.changed) {
            q.prepare(QStringLiteral("UPDATE kv_store SET value = ?, updated_at = ? WHERE kv_id = ?"));
            q.addBindValue(row.blob);
            q.addBindValue(secs);
            q.addBindValue(row.kvId);
        } else {
            continue;
        }
        if (!q.exec())
            return sqlError(tr("cannot write '%1'").arg(row.kvKey), q);
        if (q.numRowsAffected() != 1)
            return conflict(address, row.kvKey, tr("changed in the database while saving"));
    }
    return m_conn.commit(tr("cannot commit the changes"));
}

void Transaction::rollback()
{
    m_conn.rollback();
}

} // namespace

Result<ApplyResult> applyKvChanges(const QString& dbPath, const Snapshot& base, const QList<Change>& changes)
{
    if (changes.isEmpty())
        return ApplyResult {};
    Transaction tx(dbPath, base);
    auto begun = tx.begin();
    if (!begun)
        return begun.error();
    const Now t = now();
    for (const Change& c : changes) {
        auto done = tx.change(c, t);
        if (!done) {
            tx.rollback();
            return done.error();
        }
    }
    auto committed = tx.commit(t);
    if (!committed) {
        tx.rollback();
        return committed.error();
    }
    ApplyResult result;
    result.filesWritten << dbPath;
    return result;
}

} // namespace statelens::llmspell
