// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/pendingedit.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace statelens::ui {

/// Reviews the pending edits before saving: for each key, the saved JSON beside the new JSON with the
/// changed lines marked. Accepting it means "save".
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    DiffDialog(const QList<PendingEdit>& edits, bool canSave, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPlainTextEdit* beforeView() const { return m_before; }
    QPlainTextEdit* afterView() const { return m_after; }

private:
    void showEdit(int row);

    QList<PendingEdit> m_edits;
    QListWidget* m_list;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
};

} // namespace statelens::ui
