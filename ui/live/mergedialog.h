// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"

#include <QDialog>

#include <optional>

class QTableWidget;

namespace statelens::ui {

/// One field (a JSON Pointer inside a key's value) that both sides changed: the version the edit started
/// from, the disk's and mine (nullopt: it does not exist on that side).
struct MergeRow
{
    QString ns;
    QString key;
    json::Pointer pointer; ///< inside the key's value; the root for the whole value
    std::optional<json::JsonValue> base;
    std::optional<json::JsonValue> theirs;
    std::optional<json::JsonValue> mine;
};

/// Lets the user choose, for each field changed both on disk and in the pending edits, which side wins.
/// The choice comes right after the field's name, and the dialog sizes itself to its content (within the
/// screen), so that every choice is visible without scrolling.
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
    /// The column that holds the choices.
    static constexpr int KeepColumn = 1;

private:
    QTableWidget* m_table;
};

} // namespace statelens::ui
