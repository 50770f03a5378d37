// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/source.h"

namespace statelens {

/// rs-llmspell: a SQLite file with a kv_store table, a folder with data/*.db holding one, or a backups
/// folder of backup_*.meta. `why` says what was found. (Implemented in sources/llmspell/.)
bool looksLikeLlmSpell(const QString& path, QString* why);
/// A sled database folder (older rs-llmspell versions): recognised so it can be explained, never parsed.
bool looksLikeSled(const QString& path, QString* why);
/// Opens an rs-llmspell root (folder with data/ and/or backups/, the .db file, or the backups folder).
std::unique_ptr<Source> makeLlmSpellSource(const QString& path);
/// LangGraph: a SQLite file with SqliteSaver's checkpoints and writes tables, or a folder holding one
/// (*.sqlite, *.sqlite3, *.db). `why` says what was found. (Implemented in sources/langgraph/.)
bool looksLikeLangGraph(const QString& path, QString* why);
/// Opens a LangGraph checkpoint database (the file, or the folder holding it).
std::unique_ptr<Source> makeLangGraphSource(const QString& path);

} // namespace statelens
