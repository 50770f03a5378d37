// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace statelens::ui {

class DiffView;
class RestoreWizard;

/// Step 2: what differs between the current state and the chosen backup.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(RestoreWizard* wizard);

    void initializePage() override;
    DiffView* diffView() const { return m_view; }

private:
    RestoreWizard* m_wizard;
    DiffView* m_view;
};

} // namespace statelens::ui
