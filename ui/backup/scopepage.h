// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QRadioButton;

namespace statelens::ui {

class DiffView;
class RestoreWizard;

/// Step 3: everything (the default), or the namespaces, keys and tasks ticked in the diff.
class ScopePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopePage)

public:
    explicit ScopePage(RestoreWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    DiffView* diffView() const { return m_view; }

private:
    RestoreWizard* m_wizard;
    QRadioButton* m_everything;
    QRadioButton* m_chosen;
    DiffView* m_view;
};

} // namespace statelens::ui
