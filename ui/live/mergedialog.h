// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QDialog>

#include <optional>

class QTableWidget;

namespace statelens::ui {

/// One key that both sides changed: the version the edit started from, the disk's and mine (nullopt:
/// the key does not exist on that side).
struct MergeRow
{
    QString ns;
    QString key;
    std::optional<json::JsonValue> base;
    std::optional<json::JsonValue> theirs;
    std::optional<json::JsonValue> mine;
};

/// Lets the user choose, for each key changed both on disk and in the pending edits, which side wins.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    MergeDialog(const QList<MergeRow>& rows, QWidget* parent = nullptr);

    /// True when row `row` keeps my value (the default), false when it takes the disk's.
    bool keepsMine(int row) const;
    void setKeepsMine(int row, bool mine);
    int rowCount() const;
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace statelens::ui
