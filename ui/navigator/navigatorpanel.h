// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigator/navigatormodel.h"

#include <QWidget>

class QTreeView;

namespace statelens::ui {

/// The navigator tree in its dock; tells the window what was selected.
class NavigatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorPanel)

public:
    explicit NavigatorPanel(QWidget* parent = nullptr);

    /// Rebuilds the tree, keeping the selection where the same item (or its section) still exists; with
    /// `notify`, announces the selection again so that the centre shows the new data.
    void setSnapshot(const Snapshot& snapshot, const QStringList& addedNamespaces,
                     const QStringList& removedNamespaces, bool notify = true);
    void clear();
    /// Selects an item (or the section itself for an empty name); false if not found.
    bool select(NavigatorModel::Section section, const QString& name = {});

    NavigatorModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    /// A section (name empty, index -1) or one of its items was selected.
    void selected(statelens::ui::NavigatorModel::Section section, const QString& name, int index);

private:
    void emitCurrent();

    NavigatorModel* m_model;
    QTreeView* m_view;
    bool m_restoring = false;
};

} // namespace statelens::ui
