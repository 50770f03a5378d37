// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/address.h"
#include "sources/source.h"

namespace statelens::llmspell {

/// Applies `changes` to the kv_store of `dbPath` in one IMMEDIATE transaction (see LlmSpellSource::apply).
/// Every row a change touches is compared with `base` first (value bytes and updated_at; a new key must
/// still be absent); any difference rolls everything back and gives a Conflict error.
Result<ApplyResult> applyKvChanges(const QString& dbPath, const Snapshot& base, const QList<Change>& changes);

} // namespace statelens::llmspell
