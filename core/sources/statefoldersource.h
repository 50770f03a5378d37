// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceutil.h"

namespace statelens {

/// A state folder: the documented format (state.json with "version" and "namespaces") or the
/// coding-agent server's folder (versionless state.json snapshot). Both keep tasks/, logs/, reports/,
/// sessions/ and state.backup.<epoch-ms>.json beside state.json.
///
/// Addresses: documented namespaces are NAMESPACE/KEY; coding-agent's state.json is the namespace
/// "state"; task and report files are "@tasks/<id>" and "@reports/<id>".
class StateFolderSource final : public Source
{
public:
    StateFolderSource(const QString& root, SourceKind kind);

    SourceKind kind() const override { return m_kind; }
    Result<Snapshot> load(const LoadContext& context = {}) const override;
    Result<ApplyResult> apply(const Snapshot& base, const QList<Change>& changes) override;
    /// Reads one task, report, session or log file, the backups, or state.json (statefolderreload.cpp).
    Result<Reload> reloadFiles(Snapshot current, const QList<FileChange>& changes,
                               const LoadContext& context = {}) const override;
    WatchPlan watchPlan() const override;

    /// How many state.backup.*.json the documented format keeps (coding-agent rotates its own).
    void setBackupRetention(int count, int maxAgeDays = 0);

private:
    DocumentPtr loadState(Snapshot& s, const LoadContext& context) const;
    void loadBackups(Snapshot& s) const;
    void loadSideFolders(Snapshot& s, const LoadContext& context) const;
    void crossCheck(Snapshot& s, const DocumentPtr& state) const;

    SourceKind m_kind;
    int m_keepBackups = 10;
    int m_maxAgeDays = 0;
};

} // namespace statelens
