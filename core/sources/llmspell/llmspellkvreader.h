// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"
#include "sources/source.h"
#include "util/result.h"

namespace statelens::llmspell {

/// What the SQLite database of rs-llmspell holds.
struct KvContents
{
    QList<Namespace> namespaces;
    QList<Problem> problems;
    QString version = QStringLiteral("none"); ///< highest applied migration
    QString versionOrigin;
    QString note;
    bool readOnly = false; ///< true when only an immutable open worked (nothing may be written then)
};

/// Reads kv_store and _migrations of `dbPath` without writing to it. Rows that cannot be decoded are
/// problems; only a file that cannot be opened as SQLite at all is an error.
Result<KvContents> readKvStore(const QString& dbPath, const LoadContext& context);

/// True if `path` is a SQLite file with a kv_store table (opened read-only; nothing is written).
bool hasKvStoreTable(const QString& path);

} // namespace statelens::llmspell
