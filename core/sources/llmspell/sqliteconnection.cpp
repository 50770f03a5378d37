// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace statelens::llmspell {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::llmspell::SqliteConnection", s);
}

std::atomic<quint64> s_counter { 0 };

/// A database in WAL mode (header bytes 18 and 19 are 2) with neither "-wal" nor "-shm" beside it: no
/// connection is open (the last one to close removes both). A read-only open would create them and, unable
/// to checkpoint, leave them behind; reading the main file alone sees everything there is.
bool walWithoutConnection(const QString& path)
{
    const auto head = readFileHead(path, 20);
    return head && head->size() == 20 && quint8(head->at(18)) == 2 && quint8(head->at(19)) == 2
        && !QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

QString immutableUri(const QString& path)
{
    // QUrl percent-encodes '?', '#' and '%' in the path, as SQLite's URI parser expects.
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QLatin1String("?mode=ro&immutable=1");
}

} // namespace

QString sqlMessage(const QSqlError& e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

SqliteConnection::SqliteConnection(QString path, Mode mode, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_name(QStringLiteral("statelens-sqlite-%1").arg(++s_counter))
    , m_mode(mode)
    , m_busyTimeoutMs(busyTimeoutMs)
{ }

SqliteConnection::~SqliteConnection()
{
    rollback();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Error SqliteConnection::error(const QString& what, const QString& sqlMessage) const
{
    return Error { Error::Kind::Io, sqlMessage.isEmpty() ? what : what + QLatin1String(": ") + sqlMessage,
        m_path };
}

Error SqliteConnection::queryError(const QString& what, const QSqlQuery& q) const
{
    const QSqlError e = q.lastError();
    Error err = error(what, sqlMessage(e));
    if (e.nativeErrorCode() == u"5" || e.nativeErrorCode() == u"6") // SQLITE_BUSY, SQLITE_LOCKED
        err.kind = Error::Kind::Busy;
    return err;
}

Result<void> SqliteConnection::beginImmediate()
{
    if (auto opened = open(); !opened)
        return opened;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return queryError(tr("cannot start a write transaction"), q);
    m_inTransaction = true;
    return {};
}

Result<void> SqliteConnection::commit(const QString& what)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("COMMIT")))
        return queryError(what, q);
    m_inTransaction = false;
    return {};
}

void SqliteConnection::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Result<void> SqliteConnection::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!db.isValid())
        return Error { Error::Kind::Unsupported, tr("Qt's SQLite driver (QSQLITE) is not available"),
            m_path };

    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    switch (m_mode) {
    case Mode::ReadOnly:
        if (walWithoutConnection(m_path)) {
            db.setDatabaseName(immutableUri(m_path));
            options += QLatin1String(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else { // a live writer's -wal and -shm are there: read through them, as a reader must
            db.setDatabaseName(m_path);
            options += QLatin1String(";QSQLITE_OPEN_READONLY");
        }
        break;
    case Mode::Immutable:
        db.setDatabaseName(immutableUri(m_path));
        options += QLatin1String(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        break;
    case Mode::ReadWrite:
        db.setDatabaseName(m_path);
        break;
    }
    db.setConnectOptions(options);
    if (!db.open())
        return error(tr("cannot open the SQLite database"), sqlMessage(db.lastError()));

    // sqlite3_open_v2 opens lazily: only the first read shows whether this is a database at all.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return error(tr("cannot read the SQLite database"), sqlMessage(probe.lastError()));
    return {};
}

Result<std::unique_ptr<SqliteConnection>> openForReading(const QString& path, QString* note)
{
    auto conn = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadOnly);
    auto opened = conn->open();
    if (opened)
        return conn;
    conn.reset(); // remove the failed connection before trying again
    auto immutable = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::Immutable);
    if (!immutable->open())
        return opened.error();
    // Translated in the context this message always had (lupdate files a free function under its namespace).
    *note = QCoreApplication::translate("statelens::llmspell",
                                        "opened as immutable (read-only open failed: %1); changes still in the -wal "
                                        "file are not shown and nothing can be written")
                .arg(opened.error().message);
    return immutable;
}

bool hasTable(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

} // namespace statelens::llmspell
