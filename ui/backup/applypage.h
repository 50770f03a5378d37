// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace statelens::backup {
struct RestoreOutcome;
}

namespace statelens::ui {

class RestoreWizard;

/// Step 6: carries the plan out on a worker thread with progress, then says what was done and offers Undo
/// (restoring the safety backup the restore took).
class ApplyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyPage)

public:
    explicit ApplyPage(RestoreWizard* wizard);
    ~ApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString result() const;
    QPushButton* undoButton() const { return m_undo; }

private:
    struct Outcome
    {
        int entries = 0;
        QString backupId;
        QString safetyId;
        QString root;
        QStringList files;     ///< what the restore wrote (empty: nothing differed)
        QStringList keptAside; ///< damaged files' bytes kept beside them
        std::optional<Error> error;
    };
    void start(std::function<Outcome()> work);
    void finished();
    void undo();

    RestoreWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_result;
    QPushButton* m_undo;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    bool m_undoing = false;
    bool m_done = false;
    QString m_safetyId;
};

} // namespace statelens::ui
