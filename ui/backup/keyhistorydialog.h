// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/keyhistory.h"

#include <QDialog>

class QTableView;

namespace statelens::ui {

class KeyHistoryModel;

/// "When did this break?": one key across all backups, oldest to newest, changes in bold.
class KeyHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyHistoryDialog)

public:
    KeyHistoryDialog(const QString& address, const QList<backup::HistoryPoint>& points, QWidget* parent = nullptr);
    KeyHistoryModel* model() const { return m_model; }

private:
    KeyHistoryModel* m_model;
    QTableView* m_table;
};

} // namespace statelens::ui
