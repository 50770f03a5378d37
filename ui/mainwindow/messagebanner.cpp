// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include "common/levelcolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace statelens::ui {

MessageBanner::MessageBanner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showError(const QString& text)
{
    show(text, true);
}

void MessageBanner::showInfo(const QString& text)
{
    show(text, false);
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void MessageBanner::show(const QString& text, bool error)
{
    m_label->setText(text);
    QPalette p = m_label->palette();
    p.setColor(QPalette::WindowText, error ? levelColor(QStringLiteral("error"), palette()) : palette().color(QPalette::WindowText));
    m_label->setPalette(p);
    setVisible(true);
}

} // namespace statelens::ui
