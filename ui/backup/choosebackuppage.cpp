// SPDX-License-Identifier: GPL-3.0-or-later
#include "choosebackuppage.h"

#include "backup/restorewizard.h"
#include "views/backupmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace statelens::ui {

ChooseBackupPage::ChooseBackupPage(RestoreWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_model(new BackupModel(this)), m_list(new QTableView(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("choosePage"));
    setTitle(tr("Choose a backup"));
    setSubTitle(tr("Newest first. Backups that cannot be used are greyed out; hover over one to see why."));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->setTextElideMode(Qt::ElideMiddle); // backup file names differ at their ends
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("chooseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_error->clear();
        Q_EMIT completeChanged();
    });
}

void ChooseBackupPage::initializePage()
{
    const QList<Backup>& backups = m_wizard->catalogue().backups();
    m_model->setBackups(backups);
    m_list->resizeColumnsToContents();
    QString want = m_wizard->preselected();
    if (want.isEmpty() || !m_wizard->catalogue().find(want) || m_wizard->catalogue().find(want)->health != Health::Ok)
        want = m_wizard->catalogue().newestHealthy() ? m_wizard->catalogue().newestHealthy()->id : QString();
    for (int r = 0; r < backups.size(); ++r)
        if (backups[r].id == want)
            m_list->selectRow(r);
    if (backups.isEmpty())
        m_error->setText(tr("This state has no backups."));
    else if (want.isEmpty())
        m_error->setText(tr("None of the backups can be used."));
}

QString ChooseBackupPage::selectedId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const Backup& b = m_wizard->catalogue().backups().at(rows.first().row());
    return b.health == Health::Ok ? b.id : QString();
}

bool ChooseBackupPage::isComplete() const
{
    return !selectedId().isEmpty();
}

bool ChooseBackupPage::validatePage()
{
    auto r = m_wizard->chooseBackup(selectedId());
    if (!r)
        m_error->setText(r.error().toString());
    return r.ok();
}

} // namespace statelens::ui
