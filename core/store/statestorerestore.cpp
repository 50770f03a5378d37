// SPDX-License-Identifier: GPL-3.0-or-later
// StateStore: restoring from backups and migrating between schema versions.
#include "statestore.h"

#include "backup/restoreengine.h"
#include "migrate/migrator.h"
#include "sources/statefoldersource.h"

namespace statelens {

Result<int> StateStore::restoreBackup(const QString& backupId, const QStringList& only)
{
    // The restore engine plans against the files on disk, takes a safety backup in .statelens/backups/,
    // writes atomically and rolls back on failure (docs/BACKUPS.md).
    backup::RestoreScope scope;
    scope.addresses = only;
    auto outcome = backup::restoreBackup(m_root, backupId, scope);
    if (!outcome)
        return outcome.error();
    StateFolderSource source(m_root, SourceKind::Documented);
    if (auto s = source.load(); s)
        m_snapshot = std::move(s.value());
    Q_EMIT saved();
    return outcome->entries;
}

Result<void> StateStore::migrate(const QString& target)
{
    if (schemaVersion() == target)
        return {};
    // The same migration as the window and the CLI run (backup first, conflict check, log), with the
    // steps this program registered planned first.
    migrate::MigratorOptions options;
    options.userConfigFolder = false;
    options.lockTimeoutMs = m_options.lockTimeoutMs;
    for (const MigrationStep& s : m_migrations.steps()) {
        migrate::Step step;
        step.from = s.from;
        step.to = s.to;
        step.description = s.description;
        step.origin = tr("registered by the program");
        step.apply = [apply = s.apply](migrate::MigrationState& state, QStringList&) { return apply(state.state); };
        options.programSteps << step;
    }
    auto migrator = migrate::Migrator::open(m_root, options);
    if (!migrator)
        return migrator.error();
    if (auto outcome = migrator->apply(target); !outcome)
        return outcome.error();
    StateFolderSource source(m_root, SourceKind::Documented);
    if (auto s = source.load(); s)
        m_snapshot = std::move(s.value());
    Q_EMIT saved();
    return {};
}

} // namespace statelens
