// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusinfo.h"

#include "common/elidedlabel.h"
#include "common/formatting.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace statelens::ui {

StatusInfo::StatusInfo(QStatusBar* bar)
    : QObject(bar),
      m_bar(bar),
      m_kind(new QLabel(bar)),
      m_path(new ElidedLabel(bar)),
      m_saved(new QLabel(bar)),
      m_live(new QLabel(tr("live updates: off"), bar)),
      m_pending(new QLabel(bar)),
      m_busy(new QLabel(bar)),
      m_progress(new QProgressBar(bar)),
      m_cancel(new QPushButton(tr("Cancel"), bar))
{
    m_kind->setObjectName(QStringLiteral("statusKind"));
    m_path->setObjectName(QStringLiteral("statusPath"));
    m_saved->setObjectName(QStringLiteral("statusSaved"));
    m_live->setObjectName(QStringLiteral("statusLive"));
    m_pending->setObjectName(QStringLiteral("statusPending"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_cancel->setObjectName(QStringLiteral("loadCancel"));
    // On a narrow screen the facts give way (cut, with their tooltips) rather than widen the window.
    for (QLabel* l : { m_kind, m_saved, m_live, m_pending, m_busy })
        l->setMinimumWidth(m_bar->fontMetrics().averageCharWidth() * 6);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(m_bar->fontMetrics().averageCharWidth() * 24);
    m_bar->addWidget(m_busy);
    m_bar->addWidget(m_progress);
    m_bar->addWidget(m_cancel);
    m_bar->addPermanentWidget(m_kind);
    m_bar->addPermanentWidget(m_path, 1);
    m_bar->addPermanentWidget(m_pending);
    m_bar->addPermanentWidget(m_saved);
    m_bar->addPermanentWidget(m_live);
    setBusy(false);
    setSnapshot(nullptr);
    setPendingCount(0);
}

void StatusInfo::setSnapshot(const Snapshot* s)
{
    if (!s) {
        m_kind->setText(tr("nothing open"));
        m_path->clear();
        m_saved->clear();
        return;
    }
    m_kind->setText(sourceKindName(s->info.kind) + (s->info.readOnly ? tr(" (read-only)") : QString()));
    m_kind->setToolTip(s->info.detectedBy + (s->info.note.isEmpty() ? QString() : QStringLiteral("\n") + s->info.note));
    m_path->setText(s->info.path);
    m_saved->setText(tr("last saved %1").arg(formatDateTime(s->lastSaved)));
    m_saved->setToolTip(m_saved->text());
}

void StatusInfo::setBusy(bool busy, const QString& what)
{
    m_busy->setText(what);
    m_busy->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setRange(0, 0); // busy indicator until the first progress report
}

void StatusInfo::setProgress(int percent, const QString& what)
{
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
    if (!what.isEmpty())
        m_busy->setText(what);
}

void StatusInfo::setPendingCount(int count)
{
    m_pending->setText(count == 1 ? tr("1 pending change") : tr("%1 pending changes").arg(count));
    m_pending->setVisible(count > 0);
}

void StatusInfo::setLiveState(const QString& text)
{
    m_live->setText(text);
}

} // namespace statelens::ui
