// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

#include "session/pendingchanges.h"

namespace statelens::ui {

EditCommand::EditCommand(PendingChanges* target, QList<Step> steps, const QString& text)
    : QUndoCommand(text), m_target(target), m_steps(std::move(steps))
{
}

void EditCommand::undo()
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
        m_target->set(it->ns, it->key, it->before);
}

void EditCommand::redo()
{
    for (const Step& s : m_steps)
        m_target->set(s.ns, s.key, s.after);
}

} // namespace statelens::ui
