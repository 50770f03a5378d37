// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigatorpanel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace statelens::ui {

NavigatorPanel::NavigatorPanel(QWidget* parent)
    : QWidget(parent), m_model(new NavigatorModel(this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("navigatorTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle); // log and session names differ at their ends; the tooltip has all
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NavigatorPanel::emitCurrent);
}

void NavigatorPanel::setSnapshot(const Snapshot& snapshot, const QStringList& added, const QStringList& removed,
                                 bool notify)
{
    const QModelIndex cur = m_view->currentIndex();
    const auto section = NavigatorModel::Section(cur.data(NavigatorModel::SectionRole).toInt());
    const QString name = cur.data(NavigatorModel::NameRole).toString();
    const bool had = cur.isValid();
    m_restoring = true;
    m_model->setSnapshot(snapshot, added, removed);
    // Sections are few; their first batch of children is cheap to show.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex s = m_model->index(r, 0);
        const auto kind = NavigatorModel::Section(s.data(NavigatorModel::SectionRole).toInt());
        if (kind == NavigatorModel::Section::Namespaces || kind == NavigatorModel::Section::Tasks
            || kind == NavigatorModel::Section::Sessions)
            m_view->expand(s);
    }
    if (had && !select(section, name))
        select(section);
    m_restoring = false;
    if (notify)
        emitCurrent();
}

void NavigatorPanel::clear()
{
    m_model->clear();
}

bool NavigatorPanel::select(NavigatorModel::Section section, const QString& name)
{
    const QModelIndex idx = name.isEmpty() ? m_model->sectionIndex(section) : m_model->findItem(section, name);
    if (!idx.isValid())
        return false;
    if (idx.parent().isValid())
        m_view->expand(idx.parent());
    if (m_view->currentIndex() == idx && !m_restoring)
        emitCurrent(); // selecting again still shows it
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return true;
}

void NavigatorPanel::emitCurrent()
{
    if (m_restoring)
        return;
    const QModelIndex cur = m_view->currentIndex();
    if (!cur.isValid())
        return;
    Q_EMIT selected(NavigatorModel::Section(cur.data(NavigatorModel::SectionRole).toInt()),
                    cur.data(NavigatorModel::NameRole).toString(), cur.data(NavigatorModel::ItemIndexRole).toInt());
}

} // namespace statelens::ui
