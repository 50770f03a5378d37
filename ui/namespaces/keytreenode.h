// SPDX-License-Identifier: GPL-3.0-or-later
// The tree item of KeyTreeModel, shared by keytreemodel.cpp and keytreeupdate.cpp.
#pragma once

#include "keytreemodel.h"

namespace statelens::ui {

struct KeyTreeModel::Node
{
    QString label;
    QString prefix;   // groups: the text every key below starts with, separator included
    int key = -1;     // leaves: index into m_keys
    Node* parent = nullptr;
    int row = 0;
    int count = 0;    // groups: keys below
    bool populated = false;
    std::vector<int> members; // groups, until populated: indices into m_keys
    std::vector<std::unique_ptr<Node>> children;

    bool isGroup() const { return key < 0; }
};

/// Everything setNamespace() builds; for a large namespace it is built on a worker thread.
struct KeyTreeModel::Tree
{
    QStringList keys;
    std::vector<int> entryOf;
    std::unique_ptr<Node> root = std::make_unique<Node>();
    QHash<QString, Node*> leaves;
};

} // namespace statelens::ui
