// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace statelens {

/// True if `path` is rs-llmspell state: a SQLite file with a kv_store table, a folder whose data/ (or
/// itself) holds such a *.db, or a backups folder (or a folder with backups/) holding backup_*.meta.
/// Databases are opened read-only. `why`, if given, says what the decision was based on.
bool looksLikeLlmSpell(const QString& path, QString* why = nullptr);

/// True if `path` is a sled database directory, as older rs-llmspell versions kept (./llmspell_state):
/// a `conf` file together with a `db` file, `snap.*` snapshot files or a `blobs/` folder. sled's format
/// is opaque and cannot be read safely; callers should say so instead of trying.
bool looksLikeSled(const QString& path, QString* why = nullptr);

namespace llmspell {

/// The database of an rs-llmspell root: data/llmspell.db (even when it is unreadable, so that loading can
/// say why), else the first data/*.db with a kv_store table, else the only data/*.db; for a folder that
/// itself holds *.db files, the same rule inside it. Empty if there is none.
QString findDatabase(const QString& folder);

/// The backups folder of an rs-llmspell root (root/backups, or root itself when it holds *.meta), or empty.
QString findBackupsFolder(const QString& folder);

} // namespace llmspell

} // namespace statelens
