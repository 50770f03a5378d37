// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace statelens::ui {

class RestoreWizard;

/// Step 5: exactly what will change, planned in memory before anything is written.
class ConfirmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPage)

public:
    explicit ConfirmPage(RestoreWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    QString summary() const;

private:
    RestoreWizard* m_wizard;
    QLabel* m_summary;
    bool m_ok = false;
};

} // namespace statelens::ui
