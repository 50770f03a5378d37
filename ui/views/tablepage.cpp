// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace statelens::ui {

TablePage::TablePage(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_facts(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(objectName + QStringLiteral("Page"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setVisible(false);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_table, 1);
}

void TablePage::setTitle(const QString& title)
{
    m_title->setText(title);
}

void TablePage::setFacts(const QString& facts)
{
    m_facts->setText(facts);
    m_facts->setVisible(!facts.isEmpty());
}

} // namespace statelens::ui
