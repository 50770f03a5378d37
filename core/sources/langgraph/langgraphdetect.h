// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace statelens::langgraph {

/// The checkpoint database of `path`: the file itself when it is a SQLite file with SqliteSaver's
/// `checkpoints` and `writes` tables, or in a folder the first such *.sqlite, *.sqlite3 or *.db (by name).
/// Empty if there is none. Databases are opened read-only.
QString findDatabase(const QString& path);

} // namespace statelens::langgraph
