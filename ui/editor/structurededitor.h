// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"

#include <QWidget>

class QAction;
class QTreeView;

namespace statelens::ui {

class JsonTreeModel;

/// The value as a tree of typed items, with add, remove, move up and move down.
class StructuredEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructuredEditor)

public:
    explicit StructuredEditor(QWidget* parent = nullptr);

    void setValue(const json::JsonValue& value, const QString& label);
    json::JsonValue value() const;
    void clear();
    /// Expands the tree down to the item at `pointer`, selects it and scrolls it into view; false if the
    /// value has no such item.
    bool showItem(const json::Pointer& pointer);
    void setReadOnly(bool readOnly);
    void setMaskSecrets(bool mask);

    JsonTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QAction* addAction() const { return m_add; }
    QAction* removeAction() const { return m_remove; }
    QAction* upAction() const { return m_up; }
    QAction* downAction() const { return m_down; }

Q_SIGNALS:
    void edited();

private:
    void updateActions();

    JsonTreeModel* m_model;
    QTreeView* m_view;
    QAction* m_add;
    QAction* m_remove;
    QAction* m_up;
    QAction* m_down;
};

} // namespace statelens::ui
