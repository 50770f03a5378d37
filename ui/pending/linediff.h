// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>

namespace statelens::ui {

struct LineDiff
{
    QSet<int> removed; ///< lines of the old text that are not in the new one (0-based)
    QSet<int> added;   ///< lines of the new text that are not in the old one
};

/// A longest-common-subsequence line diff; texts longer than `maxLines` lines are compared line by line
/// at the same position instead (cheap, and good enough for one key's value).
LineDiff diffLines(const QStringList& before, const QStringList& after, int maxLines = 3000);

} // namespace statelens::ui
