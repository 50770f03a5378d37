// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopepage.h"

#include "backup/diffmodel.h"
#include "backup/diffview.h"
#include "backup/restorewizard.h"

#include <QRadioButton>
#include <QVBoxLayout>

namespace statelens::ui {

ScopePage::ScopePage(RestoreWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_everything(new QRadioButton(tr("&Everything the backup holds"), this)),
      m_chosen(new QRadioButton(tr("&Only what I tick below"), this)),
      m_view(new DiffView(this))
{
    setObjectName(QStringLiteral("scopePage"));
    setTitle(tr("What to restore"));
    setSubTitle(tr("Tick namespaces, keys and tasks to restore only those; everything else stays exactly as it is."));
    m_everything->setObjectName(QStringLiteral("scopeEverything"));
    m_chosen->setObjectName(QStringLiteral("scopeChosen"));
    m_everything->setChecked(true);
    m_view->model()->setCheckable(true);
    m_view->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_everything);
    layout->addWidget(m_chosen);
    layout->addWidget(m_view, 1);
    connect(m_chosen, &QRadioButton::toggled, this, [this](bool on) {
        m_view->setEnabled(on);
        Q_EMIT completeChanged();
    });
    connect(m_view->model(), &QAbstractItemModel::dataChanged, this, &ScopePage::completeChanged);
}

void ScopePage::initializePage()
{
    m_view->setDiff(m_wizard->diff());
    m_view->model()->setCheckedAddresses(m_wizard->preselectedScope());
    // Opened for one key (from its history): only that key, if the backup differs there.
    if (!m_view->model()->checkedAddresses().isEmpty())
        m_chosen->setChecked(true);
    else
        m_everything->setChecked(true);
}

bool ScopePage::isComplete() const
{
    return m_everything->isChecked() || !m_view->model()->checkedAddresses().isEmpty();
}

bool ScopePage::validatePage()
{
    m_wizard->scope.addresses = m_everything->isChecked() ? QStringList() : m_view->model()->checkedAddresses();
    return true;
}

} // namespace statelens::ui
