// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace statelens::ui {

class BackupModel;
class RestoreWizard;

/// Step 1: the catalogue, newest first, with health; unusable backups are shown disabled with the reason.
class ChooseBackupPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChooseBackupPage)

public:
    explicit ChooseBackupPage(RestoreWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// The id of the selected backup, or empty.
    QString selectedId() const;
    QTableView* list() const { return m_list; }

private:
    RestoreWizard* m_wizard;
    BackupModel* m_model;
    QTableView* m_list;
    QLabel* m_error;
};

} // namespace statelens::ui
