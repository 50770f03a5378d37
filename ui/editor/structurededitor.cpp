// SPDX-License-Identifier: GPL-3.0-or-later
#include "structurededitor.h"

#include "common/formatting.h"
#include "editor/jsonitemdelegate.h"
#include "editor/jsontreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace statelens::ui {

StructuredEditor::StructuredEditor(QWidget* parent)
    : QWidget(parent), m_model(new JsonTreeModel(this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("structuredTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new JsonItemDelegate(this));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(JsonTreeModel::KeyColumn, fontMetrics().averageCharWidth() * 22);
    m_view->header()->resizeSection(JsonTreeModel::TypeColumn, typeColumnWidth(fontMetrics()));

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add = bar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add"));
    m_add->setToolTip(tr("Add a member to the selected object or array, or an item after the selected one (Insert)"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove = bar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected item (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_up = bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"));
    m_up->setToolTip(tr("Move the selected item up (Ctrl+Up)"));
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down = bar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Down"));
    m_down->setToolTip(tr("Move the selected item down (Ctrl+Down)"));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    for (QAction* a : { m_add, m_remove, m_up, m_down })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    connect(m_add, &QAction::triggered, this, [this] {
        const QModelIndex added = m_model->addItem(m_view->currentIndex());
        if (!added.isValid())
            return;
        m_view->expand(added.parent());
        m_view->setCurrentIndex(added);
        if (m_model->flags(added) & Qt::ItemIsEditable)
            m_view->edit(added);
    });
    connect(m_remove, &QAction::triggered, this, [this] { m_model->removeItem(m_view->currentIndex()); });
    connect(m_up, &QAction::triggered, this,
            [this] { m_view->setCurrentIndex(m_model->moveItem(m_view->currentIndex(), -1)); });
    connect(m_down, &QAction::triggered, this,
            [this] { m_view->setCurrentIndex(m_model->moveItem(m_view->currentIndex(), +1)); });
    connect(m_model, &JsonTreeModel::edited, this, &StructuredEditor::edited);
    connect(m_model, &JsonTreeModel::edited, this, &StructuredEditor::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &StructuredEditor::updateActions);
    updateActions();
}

void StructuredEditor::setValue(const json::JsonValue& value, const QString& label)
{
    m_model->setValue(value, label);
    const QModelIndex root = m_model->index(0, 0);
    m_view->expand(root);
    if (m_model->rowCount(root) <= 20) // small values open one level deeper
        for (int r = 0; r < m_model->rowCount(root); ++r)
            if (m_model->rowCount(m_model->index(r, 0, root)) <= 20)
                m_view->expand(m_model->index(r, 0, root));
    m_view->setCurrentIndex(root);
    m_view->header()->setResizeContentsPrecision(200);
    m_view->resizeColumnToContents(JsonTreeModel::KeyColumn);
    updateActions();
}

bool StructuredEditor::showItem(const json::Pointer& pointer)
{
    QModelIndex at = m_model->index(0, 0);
    for (const QString& token : pointer.tokens()) {
        if (!at.isValid())
            return false;
        const int rows = m_model->rowCount(at);
        QModelIndex next;
        if (m_model->typeAt(at) == json::JsonValue::Type::Array) {
            bool number = false;
            const int row = token.toInt(&number);
            if (number && row >= 0 && row < rows)
                next = m_model->index(row, 0, at);
        } else {
            // The last member of a name is the one in effect.
            for (int r = rows - 1; r >= 0 && !next.isValid(); --r)
                if (m_model->index(r, JsonTreeModel::KeyColumn, at).data().toString() == token)
                    next = m_model->index(r, 0, at);
        }
        at = next;
    }
    if (!at.isValid())
        return false;
    for (QModelIndex p = at.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->expand(at);
    m_view->setCurrentIndex(at);
    m_view->scrollTo(at, QAbstractItemView::PositionAtTop);
    return true;
}

void StructuredEditor::clear()
{
    m_model->clear();
    updateActions();
}

json::JsonValue StructuredEditor::value() const
{
    return m_model->value();
}

void StructuredEditor::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    updateActions();
}

void StructuredEditor::setMaskSecrets(bool mask)
{
    m_model->setMaskSecrets(mask);
}

void StructuredEditor::updateActions()
{
    const QModelIndex cur = m_view->currentIndex();
    const bool editable = !m_model->isReadOnly() && m_model->rowCount() > 0;
    const bool isRoot = cur.isValid() && !cur.parent().isValid();
    const auto type = m_model->typeAt(cur.isValid() ? cur : m_model->index(0, 0));
    const bool container = type == json::JsonValue::Type::Object || type == json::JsonValue::Type::Array;
    m_add->setEnabled(editable && (container || (cur.isValid() && !isRoot)));
    m_remove->setEnabled(editable && cur.isValid() && !isRoot);
    m_up->setEnabled(editable && cur.isValid() && !isRoot && cur.row() > 0);
    m_down->setEnabled(editable && cur.isValid() && !isRoot && cur.row() + 1 < m_model->rowCount(cur.parent()));
}

} // namespace statelens::ui
