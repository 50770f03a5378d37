// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// StateLens's own generations: before any write, a copy of the old bytes of the file goes to
/// "<root>/.statelens/backups/<relative path with / as _>.<epoch-ms>.bak" (layout::backupsDir), beside
/// whatever the tool's own convention keeps. See docs/BACKUPS.md, "Generations".
namespace statelens::backups {

/// How the old bytes may be kept; each source decides per file (docs/BACKUPS.md lists the decisions).
enum class LinkPolicy {
    Copy, ///< always copy: the file's owner rewrites it in place (coding-agent's writeFile), or unknown
    Link  ///< hard-link the old inode: every writer replaces the file by rename, so the inode never changes
};

/// How many generations of each file are kept after a write and by `backup prune`.
struct Retention
{
    int keep = 10;        ///< newest generations kept per file
    int maxAgeDays = 90;  ///< older ones are removed (0: no age limit)
};

/// One generation found on disk.
struct Generation
{
    QString path;    ///< absolute
    QString fileKey; ///< the relative path of the file it holds, with '/' as '_'
    qint64 ms = -1;  ///< when it was taken (epoch ms, from the name)
};

/// The key of `file` (below `root`) in generation names: its relative path with '/' as '_'.
QString generationKey(const QString& root, const QString& file);

/// Splits a generation's file name "<key>.<13-digit ms>.bak" into key and ms; false if it is not one.
bool parseGenerationName(const QString& fileName, QString* key, qint64* ms);

/// Keeps the current bytes of `file` as a new generation below `root` and returns its path. A taken
/// millisecond moves on to the next free one, so no generation is ever overwritten. With LinkPolicy::Link
/// the generation is a hard link to the file's inode (linkOrCopyForBackup; a copy where linking is
/// impossible). The error names the backup folder when it cannot be created.
Result<QString> safety(const QString& root, const QString& file, LinkPolicy policy = LinkPolicy::Copy);

/// The backups taken right before `file` is overwritten: StateLens's generation first (so that when it
/// fails, not even the tool's backup has changed), then the tool's own, `toolBackup` (none when empty).
/// Returns the paths made.
Result<QStringList> beforeWrite(const QString& root, const QString& file, LinkPolicy policy,
                                const std::function<Result<QString>(const QString& file)>& toolBackup = {});

/// Every generation below `root` (sorted by file, then newest first).
QList<Generation> listGenerations(const QString& root);

/// Which of `generations` the retention rule removes, per file: those past the newest `keep`, and those
/// older than `maxAgeDays` before `nowMs`. The oldest generation of each file (its bytes before StateLens
/// first changed it) is never chosen unless `includeOriginals`.
QList<Generation> planGenerationPrune(const QList<Generation>& generations, const Retention& retention, qint64 nowMs,
                                      bool includeOriginals = false);

/// Applies the retention rule to the generations of `files` (all files when empty) below `root`, keeping
/// each file's original; returns the removed paths. Sources call it after each write.
Result<QStringList> pruneGenerations(const QString& root, const Retention& retention, const QStringList& files = {});

} // namespace statelens::backups
