// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <vector>

namespace statelens::ui {

LineDiff diffLines(const QStringList& a, const QStringList& b, int maxLines)
{
    LineDiff d;
    const int n = int(a.size()), m = int(b.size());
    if (n > maxLines || m > maxLines) {
        for (int i = 0; i < qMax(n, m); ++i)
            if (i >= n || i >= m || a[i] != b[i]) {
                if (i < n)
                    d.removed.insert(i);
                if (i < m)
                    d.added.insert(i);
            }
        return d;
    }
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    int i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            d.removed.insert(i++);
        } else {
            d.added.insert(j++);
        }
    }
    while (i < n)
        d.removed.insert(i++);
    while (j < m)
        d.added.insert(j++);
    return d;
}

} // namespace statelens::ui
