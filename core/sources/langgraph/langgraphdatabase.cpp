// SPDX-License-Identifier: GPL-3.0-or-later
#include "langgraphdatabase.h"

#include "sources/llmspell/sqliteconnection.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace statelens::langgraph {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::langgraph", s);
}

using llmspell::SqliteConnection;

Result<std::unique_ptr<SqliteConnection>> open(const QString& path, QString* note)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error::notFound(tr("database file not found"), path);
    // SQLite would block opening a FIFO: only a regular file is handed to it.
    if (isSpecialFile(path))
        return Error::io(path, tr("not a regular file"));
    if (fi.isFile() && fi.size() == 0)
        return Error { Error::Kind::Parse, tr("the database file is empty (0 bytes)"), path };
    return llmspell::openForReading(path, note);
}

CheckpointRow checkpointFrom(const QSqlQuery& q)
{
    CheckpointRow r;
    r.thread = q.value(0).toString();
    r.ns = q.value(1).toString();
    r.id = q.value(2).toString();
    r.parentId = q.value(3).toString();
    r.type = q.value(4).toString();
    r.checkpoint = q.value(5).toByteArray();
    r.metadata = q.value(6).toByteArray();
    return r;
}

const QString CheckpointColumns = QStringLiteral(
    "SELECT thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, metadata FROM checkpoints");

} // namespace

bool hasCheckpointTables(const QString& path)
{
    if (!QFileInfo(path).isFile() || isSpecialFile(path))
        return false;
    QString note;
    auto conn = llmspell::openForReading(path, &note);
    if (!conn)
        return false;
    const QSqlDatabase db = conn.value()->database();
    return llmspell::hasTable(db, QStringLiteral("checkpoints")) && llmspell::hasTable(db, QStringLiteral("writes"));
}

Result<DatabaseRows> readDatabase(const QString& path, const LoadContext& context)
{
    DatabaseRows out;
    auto conn = open(path, &out.note);
    if (!conn)
        return conn.error();
    out.readOnly = conn.value()->mode() == SqliteConnection::Mode::Immutable;
    QSqlDatabase db = conn.value()->database();
    if (!llmspell::hasTable(db, QStringLiteral("checkpoints")) || !llmspell::hasTable(db, QStringLiteral("writes")))
        return Error { Error::Kind::Parse, tr("no checkpoints and writes tables: not a LangGraph checkpoint database"),
                       path };
    // One read transaction: the writes belong to the checkpoints read with them, even while the agent runs.
    if (!db.transaction())
        return conn.value()->error(tr("cannot start a read transaction"), llmspell::sqlMessage(db.lastError()));
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(CheckpointColumns + QStringLiteral(" ORDER BY thread_id, checkpoint_ns, checkpoint_id")))
            return conn.value()->error(tr("cannot read the checkpoints table"), llmspell::sqlMessage(q.lastError()));
        int row = 0;
        while (q.next()) {
            if ((++row & 255) == 0 && context.cancelled())
                return Error { Error::Kind::Cancelled, tr("loading was cancelled"), path };
            out.checkpoints.append(checkpointFrom(q));
        }
        if (q.lastError().isValid())
            return conn.value()->error(tr("reading the checkpoints table stopped"), llmspell::sqlMessage(q.lastError()));
        QSqlQuery w(db);
        w.setForwardOnly(true);
        if (!w.exec(QStringLiteral("SELECT thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, value "
                                   "FROM writes ORDER BY thread_id, checkpoint_ns, checkpoint_id, task_id, idx")))
            return conn.value()->error(tr("cannot read the writes table"), llmspell::sqlMessage(w.lastError()));
        while (w.next()) {
            if ((++row & 255) == 0 && context.cancelled())
                return Error { Error::Kind::Cancelled, tr("loading was cancelled"), path };
            WriteRow r;
            r.thread = w.value(0).toString();
            r.ns = w.value(1).toString();
            r.checkpointId = w.value(2).toString();
            r.taskId = w.value(3).toString();
            r.idx = w.value(4).toLongLong();
            r.channel = w.value(5).toString();
            r.type = w.value(6).toString();
            r.value = w.value(7).toByteArray();
            out.writes.append(std::move(r));
        }
        if (w.lastError().isValid())
            return conn.value()->error(tr("reading the writes table stopped"), llmspell::sqlMessage(w.lastError()));
    }
    db.rollback();
    return out;
}

Result<CheckpointRow> readCheckpoint(const QString& path, const QString& thread, const QString& ns, const QString& id)
{
    QString note;
    auto conn = open(path, &note);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->database());
    q.prepare(CheckpointColumns + QStringLiteral(" WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?"));
    q.addBindValue(thread);
    q.addBindValue(ns);
    q.addBindValue(id);
    if (!q.exec())
        return conn.value()->error(tr("cannot read the checkpoints table"), llmspell::sqlMessage(q.lastError()));
    if (!q.next())
        return Error::notFound(tr("no checkpoint %1 in thread %2").arg(id, thread), path);
    return checkpointFrom(q);
}

} // namespace statelens::langgraph
