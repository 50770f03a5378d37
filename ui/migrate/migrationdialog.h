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
class QTreeWidget;

namespace statelens::ui {

/// Versions and migrations of one state: the current version and where it came from, a target, the plan
/// (the chain of steps) and the dry-run diff, Apply with progress, then the log. The Migrator (core) does
/// every read and write; applying runs on a worker thread.
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

Q_SIGNALS:
    /// The state on disk changed (reload it).
    void migrated(const QString& logPath);

public Q_SLOTS:
    void reject() override;

private:
    void reopen();
    void showPreview();
    void apply();
    void finishApply(const std::optional<migrate::Outcome>& outcome, const Error& error);
    void openLog();
    void setMessage(const QString& text, bool error);

    QString m_path;
    migrate::MigratorOptions m_options;
    std::optional<migrate::Migrator> m_migrator;
    QString m_log;
    bool m_applying = false;

    QLabel* m_version;
    QLabel* m_file;
    QComboBox* m_target;
    QListWidget* m_plan;
    QTreeWidget* m_diff;
    QPlainTextEdit* m_logView;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_apply;
    QPushButton* m_openLog;
    QPushButton* m_close;
};

} // namespace statelens::ui
