// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/pendingedit.h"

#include <QList>
#include <QUndoCommand>

namespace statelens::ui {

class PendingChanges;

/// One undoable step: moves the pending edits of one or more keys from `before` to `after`.
class EditCommand final : public QUndoCommand
{
public:
    struct Step
    {
        QString ns;
        QString key;
        std::optional<PendingEdit> before;
        std::optional<PendingEdit> after;
    };

    EditCommand(PendingChanges* target, QList<Step> steps, const QString& text);

    void undo() override;
    void redo() override;

private:
    PendingChanges* m_target;
    QList<Step> m_steps;
};

} // namespace statelens::ui
