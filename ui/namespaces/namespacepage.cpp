// SPDX-License-Identifier: GPL-3.0-or-later
#include "namespacepage.h"

#include "common/elidedlabel.h"
#include "common/formatting.h"
#include "namespaces/keytreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace statelens::ui {

NamespacePage::NamespacePage(EditController* edits, QWidget* parent)
    : QWidget(parent),
      m_edits(edits),
      m_model(new KeyTreeModel(edits, this)),
      m_title(new ElidedLabel(this)),
      m_toolBar(new QToolBar(this)),
      m_view(new QTreeView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("namespaceTitle")); // the namespace and its file, elided in the middle
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_view->setObjectName(QStringLiteral("keyTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(KeyTreeModel::KeyColumn, fontMetrics().averageCharWidth() * 32);
    m_view->header()->resizeSection(KeyTreeModel::TypeColumn, typeColumnWidth(fontMetrics()));
    m_view->header()->resizeSection(KeyTreeModel::SizeColumn, fontMetrics().averageCharWidth() * 13);
    m_view->header()->resizeSection(KeyTreeModel::TtlColumn, fontMetrics().averageCharWidth() * 22);
    m_view->setColumnHidden(KeyTreeModel::TtlColumn, true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_toolBar);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentKeyChanged(m_model->namespaceName(), m_model->keyAt(current)); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString key = m_model->keyAt(index);
        if (!key.isEmpty())
            Q_EMIT keyActivated(m_model->namespaceName(), key);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &NamespacePage::updateTitle);
    connect(m_model, &KeyTreeModel::ready, this, &NamespacePage::onModelReady);
}

void NamespacePage::showNamespace(const Namespace& ns, const QString& separator)
{
    m_file = ns.entries.isEmpty() ? QString() : ns.entries.fileAt(0);
    m_pendingKey.clear();
    m_model->setNamespace(ns, separator);
    m_view->setColumnHidden(KeyTreeModel::TtlColumn, !m_model->hasTtl());
    expandSmallGroups();
    m_view->setCurrentIndex(QModelIndex());
    Q_EMIT currentKeyChanged(ns.name, QString());
}

void NamespacePage::expandSmallGroups()
{
    // A small namespace opens with its first level of groups expanded; a big one stays collapsed.
    if (m_model->rowCount() <= 50)
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->hasChildren(m_model->index(r, 0)) && m_model->rowCount(m_model->index(r, 0)) <= 50)
                m_view->expand(m_model->index(r, 0));
}

void NamespacePage::onModelReady()
{
    expandSmallGroups();
    if (!m_pendingKey.isEmpty())
        selectKey(std::exchange(m_pendingKey, {}));
}

void NamespacePage::updateNamespace(const Namespace& ns, const KeyDelta& delta)
{
    if (ns.name != m_model->namespaceName())
        return;
    if (!ns.entries.isEmpty())
        m_file = ns.entries.fileAt(0);
    m_model->updateNamespace(ns, delta);
    m_view->setColumnHidden(KeyTreeModel::TtlColumn, !m_model->hasTtl());
}

void NamespacePage::clear()
{
    m_model->clear();
}

void NamespacePage::updateTitle()
{
    const QString name = m_model->namespaceName();
    QString text = tr("Namespace %1").arg(name.isEmpty() ? tr("(default)") : name);
    if (m_model->isLoading())
        text += QStringLiteral(" \u2014 ") + tr("grouping %n key(s)\u2026", nullptr, m_model->namespaceSize());
    if (!m_file.isEmpty())
        text += QStringLiteral(" \u2014 ") + m_file;
    m_title->setText(text);
}

bool NamespacePage::selectKey(const QString& key)
{
    if (m_model->isLoading()) { // selected once the keys are grouped
        m_pendingKey = key;
        return true;
    }
    const QModelIndex idx = m_model->indexForKey(key);
    if (!idx.isValid())
        return false;
    for (QModelIndex p = idx.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return true;
}

QString NamespacePage::namespaceName() const
{
    return m_model->namespaceName();
}

QString NamespacePage::currentKey() const
{
    return m_model->keyAt(m_view->currentIndex());
}

} // namespace statelens::ui
