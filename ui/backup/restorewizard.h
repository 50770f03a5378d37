// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "backup/restoreplan.h"

#include <QWizard>

#include <optional>

namespace statelens::ui {

/// The restore wizard: choose a backup, preview the difference, choose what to restore, choose where,
/// confirm, apply (off the UI thread) with an Undo. Everything that reads or writes files is a core call.
class RestoreWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreWizard)

public:
    enum PageId { ChooseStep, PreviewStep, ScopeStep, OptionsStep, ConfirmStep, ApplyStep };

    /// `current` is the state as the window last read it from `statePath`.
    RestoreWizard(const QString& statePath, const Snapshot& current, QWidget* parent = nullptr);

    const QString& statePath() const { return m_path; }
    const Snapshot& current() const { return m_current; }
    const backup::BackupCatalogue& catalogue() const { return m_catalogue; }

    /// Starts on this backup instead of the newest healthy one.
    void preselect(const QString& backupId) { m_preselect = backupId; }
    const QString& preselected() const { return m_preselect; }
    /// Starts the "what to restore" page with only these entries ticked (NAMESPACE/KEY, @tasks/<id>).
    void preselectScope(const QStringList& addresses) { m_presetScope = addresses; }
    const QStringList& preselectedScope() const { return m_presetScope; }

    /// Loads the chosen backup and compares it with the current state.
    Result<void> chooseBackup(const QString& id);
    const std::optional<backup::LoadedBackup>& chosen() const { return m_chosen; }
    const diff::DiffResult& diff() const { return m_diff; }

    backup::RestoreScope scope;
    QString exportFolder; ///< empty: restore in place

    /// Plans the restore of `scope` (for the summary); the plan is what the apply page executes.
    Result<void> makePlan();
    const std::optional<backup::RestorePlan>& plan() const { return m_plan; }

Q_SIGNALS:
    /// The state on disk changed (a restore or an undo finished): reload it.
    void stateChanged();

private:
    QString m_path;
    Snapshot m_current;
    backup::BackupCatalogue m_catalogue;
    QString m_preselect;
    QStringList m_presetScope;
    std::optional<backup::LoadedBackup> m_chosen;
    diff::DiffResult m_diff;
    std::optional<backup::RestorePlan> m_plan;
};

} // namespace statelens::ui
