// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace statelens::ui {

/// A title, a line of facts and a read-only table: the page for problems, backups and batch features.
class TablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePage)

public:
    TablePage(QAbstractItemModel* model, const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setFacts(const QString& facts);
    QTableView* table() const { return m_table; }

private:
    QLabel* m_title;
    QLabel* m_facts;
    QTableView* m_table;
};

} // namespace statelens::ui
