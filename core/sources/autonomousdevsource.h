// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/jsonfilessource.h"

namespace statelens {

/// A project of akaszubski/autonomous-dev: .claude/batch_state.json (namespace "batch_state"),
/// .ralph-checkpoints/*_checkpoint.json with their .bak, and the JSON Lines logs/security_audit.log.
class AutonomousDevSource final : public JsonFilesSource
{
public:
    /// `root` is the project folder (the one holding .claude/).
    explicit AutonomousDevSource(const QString& root);

    SourceKind kind() const override { return SourceKind::AutonomousDev; }
    Result<Snapshot> load(const LoadContext& context = {}) const override;
    WatchPlan watchPlan() const override;

    /// The batch as the tool's state describes it: each feature with its state and retries.
    static Batch readBatch(const json::Document& doc);

protected:
    json::Style fallbackStyle() const override { return json::Style::python(); }
    Result<QStringList> backup(const QString& file) const override;
    void namespaceReloaded(Snapshot& snapshot, const QString& name, const DocumentPtr& doc) const override;

private:
    /// The schema version of batch_state.json: its "version", else "none" (read as 1.0.0 by migrations).
    static void readVersion(const json::Document& doc, SourceInfo& info);
};

} // namespace statelens
