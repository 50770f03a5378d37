// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/structuraldiff.h"
#include "io/filestamp.h"
#include "migrate/migrationcatalog.h"
#include "migrate/migrationsubject.h"

#include <QHash>

#include <functional>

namespace statelens::migrate {

/// What one step did, for the plan view and the log.
struct StepReport
{
    QString from;
    QString to;
    QString description;
    QString origin;
    QList<diff::ValueChange> changes; ///< in the state file
    QList<QPair<QString, QList<diff::ValueChange>>> taskChanges; ///< per task file (file name)
    QStringList notes;
    /// The top-level members of the state file that `changes` touch, before and after the step (objects
    /// holding only those members), so that a view can show whole entries without a copy of the state.
    json::JsonValue touchedBefore;
    json::JsonValue touchedAfter;
};

/// A migration computed in memory: nothing on disk is touched to make one.
struct Preview
{
    QString from;
    QString to;
    bool noop = false; ///< the state is at `to` already
    QList<StepReport> steps;
    json::JsonValue before;
    json::JsonValue after;
    QList<diff::ValueChange> changes; ///< before → after, the structural diff the backups use
    QByteArray newText; ///< the state file as it would be written (only changed bytes differ)
    QHash<QString, QByteArray> newTaskTexts; ///< task files that would change: path → new text
};

struct Outcome
{
    QString from;
    QString to;
    bool noop = false;
    QString backup; ///< the pre-migration backup written
    QString keptBackup; ///< where an earlier pre-migration backup was kept (empty if there was none)
    QString log;
    QString logText; ///< what this run added to the log
    QStringList filesWritten;
    QStringList taskBackups;
    QList<StepReport> steps;
};

struct RollbackOutcome
{
    QString file;
    QString restoredFrom;
    QString safetyCopy; ///< the state as it was before the rollback
    bool unchanged = false; ///< the file already had the backup's bytes
    QList<diff::ValueChange> changes;
};

struct MigratorOptions
{
    /// Steps the program itself registers (StateStore::migrations()): planned before the built-in ones.
    QList<Step> programSteps;
    QStringList extraFolders; ///< more folders of user migrations (tests, --migrations)
    bool userConfigFolder = true; ///< also read Migrator::userConfigFolder()
    int lockTimeoutMs = 3000;
};

/// Versions and migrations of one state: detection, the catalogue (built-in steps plus user migration
/// files), plans, dry runs, applying with a backup and a log, and rollback (docs/MIGRATIONS.md).
class Migrator
{
public:
    using Options = MigratorOptions;
    /// Reports progress while applying: percent and what is being done.
    using Progress = std::function<void(int percent, const QString& what)>;

    /// Detects the state at `path` and reads the migrations that apply to it. Malformed user files do not
    /// stop this; they are listed in problems() and make dryRun() and apply() fail until fixed.
    static Result<Migrator> open(const QString& path, const Options& options = {});
    /// The user's migrations: the window's QStandardPaths::AppConfigLocation + "/migrations"
    /// (~/.config/StateLens/StateLens/migrations), the same folder for statelens-cli.
    static QString userConfigFolder();

    const Subject& subject() const { return m_subject; }
    const MigrationCatalog& catalog() const { return m_catalog; }
    const QList<Error>& problems() const { return m_problems; }
    /// Versions a chain of steps leads to from the current version.
    QStringList targets() const;
    /// targets() that are newer than the current version ("migrations available").
    QStringList newerTargets() const;

    /// The shortest chain from the current version to `target`.
    Result<QList<Step>> plan(const QString& target) const;
    /// Computes the migration in memory from the file as it is now. Nothing is written.
    Result<Preview> dryRun(const QString& target) const;
    /// Migrates: pre-migration backup (earlier ones kept), the new state written atomically with a
    /// conflict check, then the log. A step that fails leaves every file as it was.
    Result<Outcome> apply(const QString& target, const Progress& progress = {});
    /// Restores the newest pre-migration backup, byte for byte (the current state is copied aside first).
    Result<RollbackOutcome> rollback();
    /// What rollback() would do, without doing it.
    Result<RollbackOutcome> rollbackPreview() const;

private:
    Result<Preview> compute(
        const QString& target, const QByteArray& text, QHash<QString, FileStamp>* taskStamps) const;
    Result<QList<TaskFile>> readTasks(
        QHash<QString, FileStamp>* stamps, QHash<QString, QByteArray>* texts) const;
    QString logText(const Preview& preview, const Outcome& outcome) const;

    Subject m_subject;
    MigrationCatalog m_catalog;
    QList<Error> m_problems;
    Options m_options;
};

} // namespace statelens::migrate
