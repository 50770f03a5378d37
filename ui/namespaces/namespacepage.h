// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/livedelta.h"
#include "model/snapshot.h"

#include <QWidget>

class QLabel;
class QToolBar;
class QTreeView;

namespace statelens::ui {

class ElidedLabel;

class EditController;
class KeyTreeModel;

/// The keys of one namespace as a tree (key, type, size, preview), with a toolbar for key actions.
class NamespacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamespacePage)

public:
    NamespacePage(EditController* edits, QWidget* parent = nullptr);

    void showNamespace(const Namespace& ns, const QString& separator);
    /// A newer version of the shown namespace, applied in place (expanded groups and selection stay).
    void updateNamespace(const Namespace& ns, const KeyDelta& delta);
    void clear();
    /// Selects `key`, expanding its groups; false if it is not in this namespace.
    bool selectKey(const QString& key);

    QString namespaceName() const;
    /// The selected key, empty when a group or nothing is selected.
    QString currentKey() const;
    QToolBar* toolBar() const { return m_toolBar; }
    QTreeView* view() const { return m_view; }
    KeyTreeModel* model() const { return m_model; }

Q_SIGNALS:
    void currentKeyChanged(const QString& ns, const QString& key);
    void keyActivated(const QString& ns, const QString& key);

private:
    void updateTitle();
    void expandSmallGroups();
    void onModelReady();

    EditController* m_edits;
    KeyTreeModel* m_model;
    ElidedLabel* m_title;
    QToolBar* m_toolBar;
    QTreeView* m_view;
    QString m_file;
    QString m_pendingKey; ///< selectKey() while the keys were being grouped
};

} // namespace statelens::ui
