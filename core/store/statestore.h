// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsondocument.h"
#include "migrate/migrationregistry.h"
#include "model/address.h"
#include "model/snapshot.h"
#include "util/result.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace statelens {

/// The persistence system the documents describe, for an application that keeps its own state in a
/// state folder of the documented format (docs/FORMAT.md): namespaced values, tasks, session logs,
/// reports, backups, schema versions, health, and events. Every write goes through the safe-write path
/// under the folder's lock; state.json is backed up before each overwrite.
class StateStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int keepBackups = 10;           ///< state.backup.*.json kept after each save
        int maxBackupAgeDays = 0;       ///< 0: no age limit
        qsizetype maxValueBytes = 1 << 20; ///< per value, as compact JSON
        int lockTimeoutMs = 3000;
    };

    /// How load() got its state.
    enum class Fallback { None, Missing, Backup, Tasks, Empty };
    struct LoadReport
    {
        Fallback fallback = Fallback::None;
        QString usedFile;        ///< the file the values came from
        QString evidence;        ///< where a corrupt state.json was copied aside
        QList<Problem> problems;
    };

    struct BackupCreated
    {
        QString id;
        qint64 sizeBytes = 0;
    };

    struct Health
    {
        bool directoryExists = false;
        bool writable = false;
        qint64 freeBytes = -1;
        QDateTime lastSaveTime;
        int backupCount = 0;
        QList<Problem> problems;
    };

    /// The folder from the command line (first non-option argument after the program), else
    /// STATE_PATH, else ./coding-agent-state, as the document says.
    static QString defaultRoot(const QStringList& arguments);

    explicit StateStore(const QString& root, QObject* parent = nullptr);
    StateStore(const QString& root, const Options& options, QObject* parent = nullptr);
    ~StateStore() override;

    QString root() const { return m_root; }

    /// Reads state.json and tasks/. A missing file is an empty state; a corrupt one is left untouched,
    /// copied aside as evidence, and the newest backup that parses is used instead, else the tasks alone.
    Result<LoadReport> load();

    // Namespaced values. save() and remove() write at once; stage()/stageRemove() collect changes that
    // commit() (or autosave, or shutdown) writes as one.
    Result<void> save(const QString& ns, const QString& key, const json::JsonValue& value);
    Result<void> remove(const QString& ns, const QString& key);
    /// The value, or a NotFound error.
    Result<json::JsonValue> value(const QString& ns, const QString& key) const;
    QStringList keys(const QString& ns) const;
    QStringList namespaces() const;
    Result<void> stage(const QString& ns, const QString& key, const json::JsonValue& value);
    Result<void> stageRemove(const QString& ns, const QString& key);
    bool hasStagedChanges() const { return !m_staged.isEmpty(); }
    /// Writes all staged changes as one write (with the backup before it).
    Result<void> commit();

    // Tasks, session logs, reports.
    Result<void> saveTask(const json::JsonValue& task);
    Result<QList<json::JsonValue>> loadTasks() const;
    Result<json::JsonValue> loadTask(const QString& id) const;
    Result<void> deleteTask(const QString& id);
    /// Writes logs/session_<id>_<epoch-ms>.log; returns its path.
    Result<QString> saveSessionLog(const QString& sessionId, const QString& content);
    /// Writes reports/<id>.json; returns its path.
    Result<QString> saveReport(const QString& reportId, const json::JsonValue& report);

    // Backups.
    Result<BackupCreated> createBackup();
    QList<Backup> backups() const;
    /// Restores everything (empty `only`) or the given NAMESPACE or NAMESPACE/KEY addresses from a
    /// backup; returns the number of entries restored. The current state is backed up first.
    Result<int> restoreBackup(const QString& backupId, const QStringList& only = {});
    Result<QStringList> pruneBackups(int keep, int maxAgeDays = 0);

    // Versions.
    QString schemaVersion() const;
    MigrationRegistry& migrations() { return m_migrations; }
    QStringList knownVersions() const { return m_migrations.versions(); }
    /// Migrates state.json to `target` through the registry's shortest chain; writes
    /// state.pre-migration.backup.json and the migration log first.
    Result<void> migrate(const QString& target);

    Health health() const;

    /// Autosave interval in ms (the document's 30 000); 0 turns autosave off.
    void setAutosaveInterval(int ms);
    /// Commits staged changes; also called on QCoreApplication::aboutToQuit.
    void shutdown();

Q_SIGNALS:
    void saved();
    void loaded();
    void saveError(const QString& message);
    void autosaveTriggered();

private:
    Result<void> write(const QList<Change>& changes);
    Result<void> failed(const Error& e);

    QString m_root;
    Options m_options;
    Snapshot m_snapshot; // what load() or the last write read
    Fallback m_fallback = Fallback::None;
    FileStamp m_corruptStamp;
    QList<Change> m_staged;
    QDateTime m_lastSave;
    MigrationRegistry m_migrations;
    QTimer m_autosave;
};

} // namespace statelens
