// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace statelens::ui {

class RestoreWizard;

/// Step 4: a safety backup is always taken; restore in place, or export the result to another folder.
class OptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(RestoreWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    RestoreWizard* m_wizard;
    QRadioButton* m_inPlace;
    QRadioButton* m_export;
    QLineEdit* m_folder;
};

} // namespace statelens::ui
