// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictbanner.h"

#include "common/levelcolors.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace statelens::ui {

ConflictBanner::ConflictBanner(QWidget* parent)
    : QFrame(parent),
      m_label(new QLabel(this)),
      m_reload(new QPushButton(tr("&Reload (Discard Mine)"), this)),
      m_keepMine(new QPushButton(tr("&Keep Mine"), this)),
      m_merge(new QPushButton(tr("&Merge\u2026"), this))
{
    setObjectName(QStringLiteral("conflictBanner"));
    styleAsBanner(this, m_label, QStringLiteral("warning"));
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_merge->setObjectName(QStringLiteral("conflictMerge"));
    m_reload->setToolTip(tr("Drop your pending changes to these files and show what is on disk now (Undo brings them back)"));
    m_keepMine->setToolTip(tr("Back up the version on disk, then write your changes over it"));
    m_merge->setToolTip(tr("Keep what only one side changed; choose, field by field, where both sides changed"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(fontMetrics().height() * 3 / 2));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keepMine);
    layout->addWidget(m_merge);
    connect(m_reload, &QPushButton::clicked, this, &ConflictBanner::reloadRequested);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictBanner::keepMineRequested);
    connect(m_merge, &QPushButton::clicked, this, &ConflictBanner::mergeRequested);
    hide();
}

void ConflictBanner::showConflict(const QStringList& files, const QStringList& keys, const QString& detail)
{
    if (files.isEmpty()) {
        hide();
        return;
    }
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    QString text = files.size() == 1
        ? tr("%1 changed on disk while you have pending changes to it.").arg(names.first())
        : tr("%1 files changed on disk while you have pending changes to them: %2.").arg(files.size()).arg(names.join(QLatin1String(", ")));
    if (!keys.isEmpty()) {
        constexpr int Shown = 5;
        QString list = QStringList(keys.mid(0, Shown)).join(QLatin1String(", "));
        if (keys.size() > Shown)
            list = tr("%1 and %n more", nullptr, int(keys.size() - Shown)).arg(list);
        text += u' ' + tr("Changed on both sides: %1.", nullptr, int(keys.size())).arg(list);
    }
    if (!detail.isEmpty())
        text += u' ' + detail;
    m_label->setText(text);
    m_label->setToolTip((files + keys).join(u'\n'));
    show();
}

QString ConflictBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace statelens::ui
