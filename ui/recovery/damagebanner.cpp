// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagebanner.h"

#include "common/levelcolors.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace statelens::ui {

DamageBanner::DamageBanner(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_restore(new QPushButton(this)), m_choose(new QPushButton(tr("Choose a Backup\u2026"), this))
{
    setObjectName(QStringLiteral("damageBanner"));
    styleAsBanner(this, m_label, QStringLiteral("error"));
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_restore->setObjectName(QStringLiteral("restoreHealthyBackup"));
    m_choose->setObjectName(QStringLiteral("chooseBackup"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_restore, 0, Qt::AlignTop);
    layout->addWidget(m_choose, 0, Qt::AlignTop);
    connect(m_restore, &QPushButton::clicked, this, [this] { Q_EMIT restoreRequested(m_backupId); });
    connect(m_choose, &QPushButton::clicked, this, &DamageBanner::chooseRequested);
    hide();
}

void DamageBanner::setInfo(const SourceInfo& info)
{
    if (!info.isDamaged()) {
        m_backupId.clear();
        hide();
        return;
    }
    QStringList lines;
    for (const DamagedFile& d : info.damaged) {
        QString line = tr("<b>%1 is %2</b>: %3.").arg(QFileInfo(d.path).fileName().toHtmlEscaped(), damageName(d.damage),
                                                        d.error.toString().toHtmlEscaped());
        switch (d.fallback) {
        case DamagedFile::Fallback::Backup:
            line += u' ' + tr("Showing its newest readable backup, %1, instead.").arg(QFileInfo(d.shownFrom).fileName().toHtmlEscaped());
            break;
        case DamagedFile::Fallback::TasksOnly:
            line += u' ' + tr("No backup of it parses; showing the tasks alone.");
            break;
        case DamagedFile::Fallback::None:
            line += u' ' + tr("Its keys cannot be shown.");
            break;
        }
        lines << line;
    }
    lines << tr("Editing is off until it is restored. The damaged bytes are kept beside it when you restore.");
    m_label->setText(lines.join(QLatin1String("<br>")));
    m_backupId = info.damaged.first().healthyBackupId;
    m_restore->setVisible(!m_backupId.isEmpty());
    m_restore->setText(tr("Restore from %1").arg(m_backupId));
    m_restore->setToolTip(tr("Replace the damaged file with the backup %1, after keeping its bytes aside").arg(m_backupId));
    show();
}

QString DamageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

QString DamageBanner::editingOffReason(const SourceInfo& info)
{
    if (!info.isDamaged())
        return {};
    return tr("%1 is %2: restore it from a backup before editing").arg(QFileInfo(info.damaged.first().path).fileName(),
                                                                        damageName(info.damaged.first().damage));
}

} // namespace statelens::ui
