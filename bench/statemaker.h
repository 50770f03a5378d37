// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace statelens::bench {

/// A realistic state.json of the documented format, about `bytes` long: namespaces of nested values,
/// TTL cache entries, and a snapshot of tasks with logs (2-space indent, raw UTF-8).
QByteArray makeStateJson(qint64 bytes, int seed = 1);

/// A state.json of the documented format with one namespace "big" of `keys` keys named
/// "user:<n>:<field>" (1,000 groups of fields per thousand keys), values small and mixed.
QByteArray makeOneNamespaceJson(int keys);
/// Writes `count` task files into `dir`/tasks (coding-agent style), returns how many were written.
int makeTaskFolder(const QString& dir, int count, int seed = 1);

} // namespace statelens::bench
