// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/migrator.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace statelens::ui {

class DiffView;

/// Versions and migrations of one state: the current version and where it came from, a target, the plan
/// (the chain of steps), per step its notes and every value it would drop or move, and the step's dry-run
/// diff in the Backups view's DiffView; Apply with progress, then the log; Roll Back restores the
/// pre-migration backup after a confirmation. The Migrator (core) does every read and write; applying and
/// rolling back run on a worker thread.
class MigrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationDialog)

public:
    explicit MigrationDialog(
        const QString& path, const migrate::MigratorOptions& options = {}, QWidget* parent = nullptr);
    ~MigrationDialog() override;

    /// The log written by the last apply (empty before).
    QString logPath() const { return m_log; }
    bool isApplying() const { return m_applying; }
    /// The diff of the step selected in the plan (the first step when the plan is shown).
    DiffView* diffView() const { return m_diff; }

Q_SIGNALS:
    /// The state on disk changed (reload it).
    void migrated(const QString& logPath);
    /// The pre-migration backup was restored (reload the state).
    void rolledBack(const QString& backup);

public Q_SLOTS:
    void reject() override;

private:
    void reopen();
    void showPreview();
    void apply();
    void finishApply(const std::optional<migrate::Outcome>& outcome, const Error& error);
    void showStep(int row);
    void showEffects();
    void updateRollback();
    void rollback();
    bool askRollback(const migrate::RollbackOutcome& preview);
    void finishRollback(const std::optional<migrate::RollbackOutcome>& outcome, const Error& error);
    void setBusy(bool busy);
    void openLog();
    void setMessage(const QString& text, bool error);

    QString m_path;
    migrate::MigratorOptions m_options;
    std::optional<migrate::Migrator> m_migrator;
    std::optional<migrate::Preview> m_preview; ///< the dry run shown
    QString m_log;
    bool m_applying = false; ///< applying or rolling back

    QLabel* m_version;
    QLabel* m_file;
    QComboBox* m_target;
    QListWidget* m_plan;
    QListWidget* m_effects;
    DiffView* m_diff;
    QPlainTextEdit* m_logView;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_apply;
    QPushButton* m_rollback;
    QPushButton* m_openLog;
    QPushButton* m_close;
};

} // namespace statelens::ui
