// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/keyhistory.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace statelens::ui {

class HistoryChart;
class KeyHistoryModel;

/// "When did this break?": one key across all backups, oldest to newest, drawn as a chart (numbers) or a
/// timeline, with the table below (changes in bold). Selecting a point, on the chart or in the table,
/// shows that backup's whole value and offers to restore it through the restore wizard.
class KeyHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyHistoryDialog)

public:
    KeyHistoryDialog(const QString& address, const QList<backup::HistoryPoint>& points, QWidget* parent = nullptr);
    KeyHistoryModel* model() const { return m_model; }
    HistoryChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QPlainTextEdit* valueView() const { return m_value; }
    QPushButton* restoreButton() const { return m_restore; }
    /// Selects point `index` everywhere (chart, table, value); -1 clears.
    void selectPoint(int index);
    int selectedPoint() const { return m_selected; }

Q_SIGNALS:
    /// The user asked to restore `address` (the key, NAMESPACE/KEY or @tasks/<id>) from `backupId`.
    void restoreRequested(const QString& backupId, const QString& address);

private:
    QString m_address;
    QString m_entryAddress; ///< the key that holds the address (a restore works on whole keys)
    KeyHistoryModel* m_model;
    HistoryChart* m_chart;
    QTableView* m_table;
    QLabel* m_pointLabel;
    QPlainTextEdit* m_value;
    QPushButton* m_restore;
    int m_selected = -1;
};

} // namespace statelens::ui
