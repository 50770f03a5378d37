// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace statelens::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_recentLabel(new QLabel(tr("&Recent:"), this)), m_recent(new QListWidget(this)),
      m_noRecent(new QLabel(tr("The folders and files you open are listed here, to open them again with one click."), this))
{
    auto* title = new QLabel(tr("StateLens"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* hint = new QLabel(tr("Open the folder or file where a tool keeps its state, or drop it on this window. "
                               "StateLens recognises StateLens state folders, coding-agent state, StatefulObject "
                               "JSON, autonomous-dev batch state and rs-llmspell databases."),
                            this);
    hint->setWordWrap(true);
    auto* openFolder = new QPushButton(tr("Open &Folder\u2026"), this);
    auto* openFile = new QPushButton(tr("Open F&ile\u2026"), this);
    openFolder->setObjectName(QStringLiteral("welcomeOpenFolder"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(openFolder);
    buttons->addWidget(openFile);
    buttons->addStretch();
    m_recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_noRecent->setObjectName(QStringLiteral("welcomeNoRecent"));
    m_noRecent->setWordWrap(true);
    m_noRecent->setEnabled(false); // a hint, in the muted colour

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addLayout(buttons);
    column->addSpacing(fontMetrics().height());
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 1);
    column->addWidget(m_noRecent);
    column->addStretch(0); // takes the room when there is no list
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(openFile, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openPathRequested(item->text()); });
}

void WelcomePage::setRecent(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(path, m_recent);
        item->setToolTip(path);
    }
    // No empty box on a fresh start: the list appears with its first entry.
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

} // namespace statelens::ui
