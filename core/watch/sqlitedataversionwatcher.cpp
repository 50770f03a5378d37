// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedataversionwatcher.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace statelens {

SqliteDataVersionWatcher::SqliteDataVersionWatcher(QObject* parent)
    : QObject(parent)
{
    static std::atomic<quint64> counter { 0 };
    m_connection = QStringLiteral("statelens-data-version-%1").arg(++counter);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &SqliteDataVersionWatcher::check);
}

SqliteDataVersionWatcher::~SqliteDataVersionWatcher()
{
    close();
}

Result<void> SqliteDataVersionWatcher::watch(const QString& databasePath, int intervalMs)
{
    stop();
    m_path = QFileInfo(databasePath).absoluteFilePath();
    if (!QFileInfo(m_path).isFile())
        return Error::notFound(tr("%1 does not exist").arg(m_path), m_path);
    if (Result<void> opened = open(); !opened)
        return opened;
    Result<qint64> version = readVersion();
    if (!version) {
        close();
        return version.error();
    }
    m_version = *version;
    m_database = FileStamp::stat(m_path);
    m_wal = FileStamp::stat(m_path + QLatin1String("-wal"));
    setInterval(intervalMs);
    m_timer.start();
    return {};
}

void SqliteDataVersionWatcher::stop()
{
    m_timer.stop();
    close();
    m_version = -1;
    m_database = {};
    m_wal = {};
}

void SqliteDataVersionWatcher::setInterval(int ms)
{
    m_timer.setInterval(qMax(10, ms));
}

Result<void> SqliteDataVersionWatcher::open()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
        if (db.open()) {
            m_open = true;
            return {};
        }
        const QString why = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(m_connection);
        return Error::io(m_path, tr("cannot open the database %1 to watch it: %2").arg(m_path, why));
    }
}

void SqliteDataVersionWatcher::close()
{
    if (!m_open)
        return;
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<qint64> SqliteDataVersionWatcher::readVersion()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // Each statement runs in its own read transaction, so no snapshot is held between checks.
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return Error::io(
            m_path, tr("cannot read the data version of %1: %2").arg(m_path, query.lastError().text()));
    return query.value(0).toLongLong();
}

void SqliteDataVersionWatcher::check()
{
    if (m_path.isEmpty())
        return;
    const FileStamp database = FileStamp::stat(m_path);
    const FileStamp wal = FileStamp::stat(m_path + QLatin1String("-wal"));
    bool changedOnDisk = !wal.sameFile(m_wal) || !database.sameFile(m_database);
    if (database.exists != m_database.exists || database.inode != m_database.inode
        || database.device != m_database.device) {
        // Replaced or removed: the old connection still reads the old inode.
        close();
        changedOnDisk = true;
    }
    m_database = database;
    m_wal = wal;
    if (!database.exists) {
        if (changedOnDisk)
            Q_EMIT changed();
        return;
    }
    if (!m_open) {
        if (Result<void> opened = open(); !opened) {
            Q_EMIT readFailed(opened.error().toString());
            return;
        }
    }
    const Result<qint64> version = readVersion();
    if (!version) {
        Q_EMIT readFailed(version.error().toString());
        close(); // opened again on the next check
        if (changedOnDisk)
            Q_EMIT changed();
        return;
    }
    const bool committed = *version != m_version;
    m_version = *version;
    if (committed || changedOnDisk)
        Q_EMIT changed();
}

} // namespace statelens
