// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"
#include "util/result.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace statelens {

/// Notices commits made to an SQLite database by other programs. It polls `PRAGMA data_version` on a
/// read-only connection of its own (the number changes whenever another connection commits), and also
/// stats the database and its `-wal` file, so that a checkpoint, a database replaced by rename, or a
/// database that cannot be opened still leads to changed(). Needs only an event loop (no widgets).
class SqliteDataVersionWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqliteDataVersionWatcher)

public:
    explicit SqliteDataVersionWatcher(QObject* parent = nullptr);
    ~SqliteDataVersionWatcher() override;

    /// Opens `databasePath` read-only on a uniquely named QSQLITE connection and checks it every
    /// `intervalMs`. The current version is the baseline. The error names the file when it cannot be opened.
    Result<void> watch(const QString& databasePath, int intervalMs = 500);
    /// Closes the connection and stops polling.
    void stop();
    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }

    QString databasePath() const { return m_path; }
    /// The name of the QSqlDatabase connection this watcher uses (unique per instance).
    QString connectionName() const { return m_connection; }
    /// The last `PRAGMA data_version` read, -1 before the first.
    qint64 dataVersion() const { return m_version; }

    /// Checks now (also done by the timer).
    void check();

Q_SIGNALS:
    /// The database changed: another connection committed, or the files changed on disk.
    void changed();
    /// The database could not be read; the message names the file (translated).
    void readFailed(const QString& message);

private:
    Result<void> open();
    void close();
    Result<qint64> readVersion();

    QString m_path;
    QString m_connection;
    QTimer m_timer;
    qint64 m_version = -1;
    FileStamp m_database;
    FileStamp m_wal;
    bool m_open = false;
};

} // namespace statelens
