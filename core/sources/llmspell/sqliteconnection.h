// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace statelens::llmspell {

/// SQLite's own message of a Qt SQL error, without Qt's "Unable to execute statement".
QString sqlMessage(const QSqlError& e);

/// One Qt SQL connection to a SQLite file, under a name no other connection uses, so that any thread can
/// open its own. The connection is closed and removed again on destruction; QSqlQuery objects made on it
/// must be gone by then.
class SqliteConnection final
{
    Q_DISABLE_COPY_MOVE(SqliteConnection)

public:
    enum class Mode {
        ReadOnly, ///< SQLITE_OPEN_READONLY: sees the WAL, never writes the database; a WAL database with no
                  ///< -wal and -shm (no connection open) is read as Immutable, so that none are created
        Immutable, ///< file:…?immutable=1: reads the main file only (no locks, no -shm; the WAL is not seen)
        ReadWrite, ///< for apply(): writes in transactions
    };

    SqliteConnection(QString path, Mode mode, int busyTimeoutMs = 5000);
    ~SqliteConnection();

    /// Opens the file and reads its schema once, so that a file that is not SQLite fails here. Errors name
    /// the file and give SQLite's own message.
    Result<void> open();

    QSqlDatabase database() const;
    Mode mode() const { return m_mode; }
    const QString& path() const { return m_path; }

    /// An error for a failed query on this connection: names the file, includes SQLite's message.
    Error error(const QString& what, const QString& sqlMessage) const;
    /// The error of the failed query `q`, as error() words it; SQLITE_BUSY and SQLITE_LOCKED are
    /// Error::Kind::Busy (another writer holds the database: try again).
    Error queryError(const QString& what, const QSqlQuery& q) const;

    /// Opens the file and starts a write transaction that takes the write lock at once (BEGIN IMMEDIATE),
    /// so that nobody writes between the writer's checks and its writes.
    Result<void> beginImmediate();
    /// Commits the transaction begun by beginImmediate(); `what` says what is committed in an error.
    Result<void> commit(const QString& what);
    /// Rolls back the open transaction, if any (the destructor does too).
    void rollback();

private:
    QString m_path;
    QString m_name;
    Mode m_mode;
    int m_busyTimeoutMs;
    bool m_inTransaction = false;
};

/// Opens `path` read-only; when that fails (a WAL database whose -wal/-shm cannot be created or opened),
/// falls back to an immutable open that reads the main file only and says so in `note`.
Result<std::unique_ptr<SqliteConnection>> openForReading(const QString& path, QString* note);

/// True if the database has a table named `table`.
bool hasTable(const QSqlDatabase& db, const QString& table);

} // namespace statelens::llmspell
