// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/source.h"

namespace statelens {

/// A LangGraph checkpoint database (SqliteSaver, JS or Python; see docs/sources/langgraph.md): each
/// thread is a namespace (subgraphs as THREAD/NS), the channels of its latest checkpoint are the keys,
/// every checkpoint is listed as a backup, and each thread's next nodes and pending interrupts are a task.
/// Opened from the database file or from a folder holding one.
class LangGraphSource final : public Source
{
public:
    explicit LangGraphSource(const QString& path);

    SourceKind kind() const override { return SourceKind::LangGraph; }

    /// Reads both tables in one read transaction without writing to the database (read-only open;
    /// immutable open when that fails). Blobs that cannot be decoded are problems and unusable backups.
    Result<Snapshot> load(const LoadContext& context = {}) const override;

    /// Writes the changes as new checkpoints (one per thread, source "update"), as LangGraph's updateState
    /// does; see langgraph::applyCheckpointChanges().
    Result<ApplyResult> apply(const Snapshot& base, const QList<Change>& changes) override;

    /// The database and its -wal file.
    WatchPlan watchPlan() const override;

private:
    QString database() const;
};

} // namespace statelens
