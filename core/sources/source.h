// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/backupgenerations.h"
#include "model/address.h"
#include "model/livedelta.h"
#include "model/snapshot.h"
#include "util/result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace statelens {

/// A file that was already read and parsed (by a partial reload, through FileChange::readContent()):
/// readJsonFile() uses it instead of reading the file again.
struct PreReadFile
{
    FileStamp stamp;
    std::shared_ptr<const json::Document> doc;
};

struct LoadContext
{
    const std::atomic<bool>* cancel = nullptr; ///< a set flag ends the load with a Cancelled error
    const QHash<QString, PreReadFile>* preread = nullptr; ///< files already read, by absolute path
    std::function<void(int percent, const QString& what)> progress;
    /// What to read: Values lets a source skip tasks, backups and the cross-checks (Snapshot::scope says
    /// what it did).
    SnapshotScope scope = SnapshotScope::Everything;
    /// With SnapshotScope::Focus: the addresses to read (a namespace, a key, or a place in a value).
    QList<Address> focus;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent, const QString& what) const
    {
        if (progress)
            progress(percent, what);
    }
};

/// A file whose new version could not be parsed during a partial reload; its last good data was kept.
struct DeferredFile
{
    QString path;
    FileStamp stamp; ///< the version that did not parse
    Error error;
};

/// The outcome of Source::reloadFiles(): the new snapshot, what differs from the old one, and the files
/// whose new version could not be used (yet).
struct Reload
{
    Snapshot snapshot;
    LiveDelta delta;
    QList<DeferredFile> deferred;
};

struct ApplyResult
{
    QStringList filesWritten;
    QStringList backupsMade;
};

/// A state on disk written by one kind of tool. load() reads it into the common model; apply() writes
/// changes back in that tool's own conventions, through writeFileAtomically(). Neither touches widgets,
/// and load() may run on any thread.
class Source
{
public:
    explicit Source(QString path) : m_path(std::move(path)) { }
    virtual ~Source() = default;
    Source(const Source&) = delete;
    Source& operator=(const Source&) = delete;

    virtual SourceKind kind() const = 0;
    /// The folder or file that was opened (absolute).
    const QString& path() const { return m_path; }

    /// Reads everything. Problems in single files are reported in Snapshot::problems; only a state that
    /// cannot be read at all gives an error.
    virtual Result<Snapshot> load(const LoadContext& context = {}) const = 0;

    /// Writes `changes`, made against `base`. Files that changed on disk since `base` was read are not
    /// overwritten: the result is a Conflict error and nothing is written.
    virtual Result<ApplyResult> apply(const Snapshot& base, const QList<Change>& changes);

    /// Reads again only what `changes` (settled reports of StateWatcher) touched, and builds the next
    /// snapshot from `current` (taken by value: a caller that moves in the only copy spares copying the
    /// big lists), sharing everything else; the delta is relative to `current`. Files are read with FileChange::readContent(): a
    /// file caught in a write (Conflict) keeps its old data, as does one that does not parse (listed in
    /// Reload::deferred, never as a problem: the caller decides whether the error persists). The default
    /// reads everything with load() and compares.
    virtual Result<Reload> reloadFiles(Snapshot current, const QList<FileChange>& changes,
                                       const LoadContext& context = {}) const;

    /// After apply() on `base` wrote `written`: reads back only those files (the state file, task files,
    /// the new backup), as reloadFiles() does, so that a save of a 100 MB state with 100,000 tasks does
    /// not read it all again. The result has no deferred files; an error (or a file that changed again
    /// meanwhile) tells the caller to load() instead.
    Result<Reload> readBack(Snapshot base, const ApplyResult& written, const LoadContext& context = {}) const;

    /// What live updates watch for this state (docs/WATCHING.md): the source says, LiveState does not ask
    /// which kind of source it is.
    struct WatchPlan
    {
        QString root;           ///< a folder or file for StateWatcher; empty: none
        QStringList subfolders; ///< folders below a root folder, relative to it, watched as well
        QString database;       ///< an SQLite database watched by its data_version; empty: none
    };
    virtual WatchPlan watchPlan() const { return { m_path, {}, {} }; }

    /// How many of StateLens's own generations (in layout::backupsDir) apply() keeps per file after a
    /// write; each file's oldest generation is always kept (docs/BACKUPS.md, "Generations").
    void setGenerationRetention(const backups::Retention& retention) { m_retention = retention; }
    const backups::Retention& generationRetention() const { return m_retention; }

protected:
    QString m_path;
    backups::Retention m_retention;
};

struct Detection
{
    SourceKind kind = SourceKind::Unknown;
    QString root;       ///< the folder (or file) the source opens
    QString detectedBy; ///< for people: what the decision was based on
    QString note;
};

/// Decides what wrote `path` (a folder or a file), from names and content.
Detection detectSource(const QString& path);

/// Detects and opens. Unknown content opens as plain JSON files with a note.
Result<std::unique_ptr<Source>> openSource(const QString& path);

/// A state opened and read once.
struct LoadedState
{
    std::unique_ptr<Source> source;
    Snapshot snapshot; ///< with readStartedNs set
};

/// openSource() then load(); the error names `path` when no source of this build can read it.
Result<LoadedState> openAndLoad(const QString& path, const LoadContext& context = {});

} // namespace statelens
