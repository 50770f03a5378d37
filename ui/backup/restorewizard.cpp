// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorewizard.h"

#include "backup/applypage.h"
#include "backup/choosebackuppage.h"
#include "backup/confirmpage.h"
#include "backup/optionspage.h"
#include "backup/previewpage.h"
#include "backup/scopepage.h"

namespace statelens::ui {

RestoreWizard::RestoreWizard(const QString& statePath, const Snapshot& current, QWidget* parent)
    : QWizard(parent), m_path(statePath), m_current(current), m_catalogue(current)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore a Backup"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChooseStep, new ChooseBackupPage(this));
    setPage(PreviewStep, new PreviewPage(this));
    setPage(ScopeStep, new ScopePage(this));
    setPage(OptionsStep, new OptionsPage(this));
    setPage(ConfirmStep, new ConfirmPage(this));
    setPage(ApplyStep, new ApplyPage(this));
    resize(900, 600);
}

Result<void> RestoreWizard::chooseBackup(const QString& id)
{
    const Backup* b = m_catalogue.find(id);
    if (!b)
        return Error::notFound(tr("no backup '%1'").arg(id), m_catalogue.root());
    if (m_chosen && m_chosen->backup.id == id)
        return {};
    auto loaded = backup::loadBackup(m_current, *b);
    if (!loaded)
        return loaded.error();
    m_chosen = std::move(loaded.value());
    m_diff = backup::compareWithCurrent(m_current, *m_chosen);
    m_plan.reset();
    return {};
}

Result<void> RestoreWizard::makePlan()
{
    m_plan.reset();
    if (!m_chosen)
        return Error::validation(tr("no backup chosen"));
    auto plan = backup::planRestore(m_current, *m_chosen, scope);
    if (!plan)
        return plan.error();
    m_plan = std::move(plan.value());
    return {};
}

} // namespace statelens::ui
