// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/address.h"
#include "model/snapshot.h"
#include "util/result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace statelens {

struct LoadContext
{
    const std::atomic<bool>* cancel = nullptr; ///< a set flag ends the load with a Cancelled error
    std::function<void(int percent, const QString& what)> progress;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent, const QString& what) const
    {
        if (progress)
            progress(percent, what);
    }
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

    /// Every file or folder below path() that belongs to this state (for watching).
    virtual QStringList watchedPaths() const { return { m_path }; }

protected:
    QString m_path;
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

} // namespace statelens
