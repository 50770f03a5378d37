// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmpage.h"

#include "backup/restorewizard.h"
#include "common/formatting.h"

#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace statelens::ui {

ConfirmPage::ConfirmPage(RestoreWizard* wizard) : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("confirmPage"));
    setTitle(tr("Confirm"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

void ConfirmPage::initializePage()
{
    auto r = m_wizard->makePlan();
    m_ok = r.ok();
    if (!m_ok) {
        m_summary->setText(tr("This restore cannot be done:\n%1").arg(r.error().toString()));
        Q_EMIT completeChanged();
        return;
    }
    const backup::RestorePlan& plan = *m_wizard->plan();
    QStringList lines;
    lines << tr("Backup: %1 (%2, %3)").arg(plan.backup.id, plan.backup.kind, formatDateTime(plan.backup.time));
    lines << (plan.scope.isEmpty() ? tr("Scope: everything the backup holds") : tr("Scope: %1").arg(plan.scope.join(QLatin1String(", "))));
    lines << (m_wizard->exportFolder.isEmpty() ? tr("Where: in place, in %1").arg(plan.root)
                                               : tr("Where: a copy in %1 (the state itself is not changed)").arg(m_wizard->exportFolder));
    lines << QString();
    for (const backup::FileWrite& w : plan.files)
        if (w.damaged)
            lines << tr("%1 is damaged: it is replaced whole by the backup's copy, and its bytes are kept beside it as %1.corrupt.<time>.")
                         .arg(QDir(plan.root).relativeFilePath(w.path))
                  << QString();
    if (plan.files.isEmpty() && plan.changes.isEmpty()) {
        lines << tr("Nothing differs: the state already matches the backup in this scope.");
    } else {
        lines << tr("%n entry(ies) will change:", nullptr, int(plan.entries.size()));
        for (const diff::EntryDiff& e : plan.entries)
            lines << QStringLiteral("  %1  %2").arg(diff::changeKindName(e.kind), e.address());
        lines << QString() << tr("Written: %1").arg(plan.touched().join(QLatin1String(", ")));
        lines << tr("A safety backup of everything replaced is taken first; Undo restores it.");
    }
    m_summary->setText(lines.join(u'\n'));
    Q_EMIT completeChanged();
}

bool ConfirmPage::isComplete() const
{
    return m_ok;
}

QString ConfirmPage::summary() const
{
    return m_summary->text();
}

} // namespace statelens::ui
