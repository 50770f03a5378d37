// SPDX-License-Identifier: GPL-3.0-or-later
#include "overwritebanner.h"

#include "common/levelcolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace statelens::ui {

OverwriteBanner::OverwriteBanner(QWidget* parent)
    : QFrame(parent),
      m_label(new QLabel(this)),
      m_saveAgain(new QPushButton(tr("&Save Again"), this)),
      m_pause(new QPushButton(tr("&Pause Live Updates"), this))
{
    setObjectName(QStringLiteral("overwriteBanner"));
    styleAsBanner(this, m_label, QStringLiteral("warning"));
    m_saveAgain->setObjectName(QStringLiteral("overwriteSaveAgain"));
    m_pause->setObjectName(QStringLiteral("overwritePause"));
    m_saveAgain->setToolTip(tr("Write your values again (the tool may write over them again while it runs)"));
    m_pause->setToolTip(tr("Stop following the disk until the tool has stopped; resuming shows what it wrote"));
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(fontMetrics().height() * 3 / 2));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_saveAgain);
    layout->addWidget(m_pause);
    layout->addWidget(close);
    connect(m_saveAgain, &QPushButton::clicked, this, &OverwriteBanner::saveAgainRequested);
    connect(m_pause, &QPushButton::clicked, this, &OverwriteBanner::pauseRequested);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void OverwriteBanner::showMessage(const QString& text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

QString OverwriteBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace statelens::ui
