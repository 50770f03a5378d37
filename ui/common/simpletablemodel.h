// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace statelens::ui {

/// Base for the small read-only tables (problems, backups, features): subclasses give the row count and
/// one cell at a time; headers come from the constructor.
class SimpleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SimpleTableModel(QStringList headers, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    virtual int rows() const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual bool rowEnabled(int) const { return true; }

private:
    QStringList m_headers;
};

} // namespace statelens::ui
