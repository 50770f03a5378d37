// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/livedelta.h"
#include "model/snapshot.h"

#include <QStackedWidget>

class QLabel;

namespace statelens::ui {

class BackupModel;
class BatchFeatureModel;
class EditController;
class JsonViewPage;
class LogPage;
class NamespacePage;
class ProblemModel;
class TablePage;
class TasksPage;
class WelcomePage;

/// The centre of the window: one page per kind of thing the navigator can select.
class CentreView final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentreView)

public:
    CentreView(EditController* edits, QWidget* parent = nullptr);

    /// Gives every page the new snapshot's data (pages keep cheap shared copies).
    void setSnapshot(const Snapshot& snapshot);
    /// A newer snapshot from the live updates: the pages that `delta` concerns update in place.
    void applyLive(const Snapshot& snapshot, const LiveDelta& delta);

    void showWelcome();
    void showMessage(const QString& title, const QString& text);
    void showNamespace(const QString& name, const QString& separator);
    void showTasks(const QString& status = {});
    void showLogs(const QList<LogFile>& files, const QString& title);
    void showReport(int index);
    void showBackups();
    void showProblems();
    void showBatch();

    WelcomePage* welcomePage() const { return m_welcome; }
    NamespacePage* namespacePage() const { return m_namespace; }
    TasksPage* tasksPage() const { return m_tasks; }
    LogPage* logPage() const { return m_logs; }
    TablePage* problemsPage() const { return m_problems; }
    TablePage* backupsPage() const { return m_backups; }
    TablePage* batchPage() const { return m_batch; }
    JsonViewPage* reportPage() const { return m_report; }

Q_SIGNALS:
    /// A problem that concerns a key was activated.
    void addressActivated(const QString& address);

private:
    void showProblemsData(const Snapshot& snapshot);
    void showBackupsData(const Snapshot& snapshot);
    void showBatchData(const Snapshot& snapshot);

    EditController* m_edits;
    Snapshot m_snapshot;
    WelcomePage* m_welcome;
    QLabel* m_message;
    NamespacePage* m_namespace;
    TasksPage* m_tasks;
    LogPage* m_logs;
    ProblemModel* m_problemModel;
    TablePage* m_problems;
    BackupModel* m_backupModel;
    TablePage* m_backups;
    BatchFeatureModel* m_batchModel;
    TablePage* m_batch;
    JsonViewPage* m_report;
};

} // namespace statelens::ui
