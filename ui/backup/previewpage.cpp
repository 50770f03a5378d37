// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include "backup/diffview.h"
#include "backup/restorewizard.h"

#include <QVBoxLayout>

namespace statelens::ui {

PreviewPage::PreviewPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard), m_view(new DiffView(this))
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void PreviewPage::initializePage()
{
    const Backup& b = m_wizard->chosen()->backup;
    setSubTitle(tr("What restoring %1 would change in the current state (only what the backup holds is compared).").arg(b.id));
    m_view->setDiff(m_wizard->diff());
}

} // namespace statelens::ui
