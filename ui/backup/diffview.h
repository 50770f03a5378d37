// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/structuraldiff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace statelens::ui {

class DiffFilterProxy;
class DiffModel;

/// A structural diff with its filters (one namespace, search) and a summary line.
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    explicit DiffView(QWidget* parent = nullptr);

    void setDiff(const diff::DiffResult& diff);
    DiffModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* namespaceBox() const { return m_namespaces; }

private:
    DiffModel* m_model;
    DiffFilterProxy* m_proxy;
    QLabel* m_summary;
    QLineEdit* m_search;
    QComboBox* m_namespaces;
    QTreeView* m_tree;
};

} // namespace statelens::ui
