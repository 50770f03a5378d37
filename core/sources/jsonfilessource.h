// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonstyle.h"
#include "sources/sourceutil.h"

namespace statelens {

/// Base for sources whose namespaces are single JSON files: the namespace is the file's stem and the keys
/// are its top-level members ("counter/count"). Subclasses say which files belong, how the tool spells
/// its JSON, and how it backs a file up before a write.
class JsonFilesSource : public Source
{
public:
    using Source::Source;

    Result<ApplyResult> apply(const Snapshot& base, const QList<Change>& changes) override;
    /// Reads again only the namespace files and .bak backups that changed (jsonfilesreload.cpp).
    Result<Reload> reloadFiles(Snapshot current, const QList<FileChange>& changes,
                               const LoadContext& context = {}) const override;

protected:
    /// Reads `file` as namespace `name` into `s` (entries, stamps, namespaceFiles); problems on failure.
    DocumentPtr addFile(Snapshot& s, const QString& name, const QString& file, const LoadContext& context) const;
    /// The style a file gets where its own text does not tell (for example non-ASCII escaping).
    virtual json::Style fallbackStyle() const { return json::Style::javaScript(); }
    /// Backs `file` up before it is overwritten: StateLens's generation, then the tool's own backup if
    /// it keeps one (backups::beforeWrite); returns the paths made.
    virtual Result<QStringList> backup(const QString& file) const;
    /// Root folder for StateLens's own safety backups.
    virtual QString safetyRoot() const;
    /// Called after namespace `name` was read again from `doc` by reloadFiles() (for what else the file feeds).
    virtual void namespaceReloaded(Snapshot& snapshot, const QString& name, const DocumentPtr& doc) const;
    /// Adds StateLens's own backups (in layout::backupsDir(safetyRoot())) to the catalogue.
    void addSafetyBackups(Snapshot& s) const;
    /// Adds `<file>.bak` backups found beside the files to the catalogue.
    void addBakBackups(Snapshot& s, const QStringList& files) const;
    /// The pre-migration backups a migration keeps beside each of `files` (kind "pre-migration").
    void addPreMigrationBackups(Snapshot& s, const QStringList& files) const;
};

} // namespace statelens
