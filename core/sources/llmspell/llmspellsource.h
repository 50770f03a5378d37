// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/llmspell/llmspellbackupset.h"
#include "sources/llmspell/llmspelldetect.h"
#include "sources/source.h"

namespace statelens {

/// The state of rs-llmspell: the SQLite key-value store data/llmspell.db (kv_store rows, shown by scope and
/// namespace; see docs/sources/llmspell.md) and the backups/ folder (<id>.meta + compressed MessagePack
/// <id>.backup, read-only). Opened from the root folder (holding data/ and/or backups/), from the .db
/// file itself, or from the backups folder.
class LlmSpellSource final : public Source
{
public:
    explicit LlmSpellSource(const QString& path);

    SourceKind kind() const override { return SourceKind::LlmSpell; }

    /// Reads the database without writing to it (read-only open; immutable open when that fails) and
    /// decodes and checks every backup. Problems with the database or single backups are reported in
    /// Snapshot::problems; only a state with nothing readable at all is an error.
    Result<Snapshot> load(const LoadContext& context = {}) const override;

    /// Writes Set/Remove changes to kv_store rows in one transaction: a Set replaces the envelope's
    /// "value" (or the part the address' pointer names), bumps the envelope timestamp and updated_at; a
    /// Set on a missing key inserts a row; a Remove deletes the row (or the part the pointer names). Rows
    /// that changed since `base` make the whole apply a Conflict error. Backups are never written.
    Result<ApplyResult> apply(const Snapshot& base, const QList<Change>& changes) override;

    WatchPlan watchPlan() const override;

private:
    struct Paths
    {
        QString database; ///< empty: none
        QString backups; ///< empty: none
    };
    Paths resolvePaths() const;
};

} // namespace statelens
