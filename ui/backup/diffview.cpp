// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffview.h"

#include "backup/difffilterproxy.h"
#include "backup/diffmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace statelens::ui {

DiffView::DiffView(QWidget* parent)
    : QWidget(parent),
      m_model(new DiffModel(this)),
      m_proxy(new DiffFilterProxy(this)),
      m_summary(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_namespaces(new QComboBox(this)),
      m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_search->setObjectName(QStringLiteral("diffSearch"));
    m_search->setPlaceholderText(tr("Search keys and values"));
    m_search->setClearButtonEnabled(true);
    m_namespaces->setObjectName(QStringLiteral("diffNamespace"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_summary, 1);
    filters->addWidget(m_namespaces);
    filters->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &DiffFilterProxy::setSearch);
    connect(m_namespaces, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setNamespace(i <= 0 ? QString() : m_namespaces->itemData(i).toString()); });
}

void DiffView::setDiff(const diff::DiffResult& d)
{
    m_model->setDiff(d);
    m_summary->setText(d.isEmpty() ? tr("No differences.")
                                   : tr("%1 added, %2 removed, %3 changed").arg(d.added).arg(d.removed).arg(d.changed));
    const QSignalBlocker block(m_namespaces);
    m_namespaces->clear();
    m_namespaces->addItem(tr("All namespaces"));
    for (const QString& g : m_model->groups())
        m_namespaces->addItem(g, g);
    m_proxy->setNamespace({});
    // Top levels open; large entries stay closed (no expandAll on big trees).
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_tree->expand(m_proxy->index(r, 0));
    m_tree->resizeColumnToContents(DiffModel::NameColumn);
}

} // namespace statelens::ui
