// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filestamp.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace statelens {

struct WriteOptions
{
    /// The version of the target that the new content was derived from. If the file on disk is no longer
    /// that version (size, mtime, inode, then hash), nothing is written and a Conflict error is returned.
    /// Unset: no check. A stamp with exists == false expects the file to be absent.
    std::optional<FileStamp> expected;
    /// Mode for a file that does not exist yet (an existing file's mode is kept unless `mode` is set).
    int newFileMode = 0644;
    /// The mode the file gets whether or not it exists (a copy or log that must keep the mode of the state
    /// file it holds values of, even where an older one was more open).
    std::optional<int> mode;
    /// Refuse to write through a symlink whose target lies outside this folder (empty: the file's folder), and
    /// refuse any file whose folder is reached through a symlink that leaves it (only when set).
    QString confineTo;
    /// The top-level state file: a symlink is written through wherever it points (its target is replaced
    /// atomically and the link kept, as editors do). Folders on the way are still confined.
    bool followLinkAnywhere = false;
};

/// The one place where StateLens writes files: a temp file in the same folder, write, fsync the file,
/// rename over the target, fsync the folder. The target's mode is kept. The temp file is removed on
/// failure. Returns the stamp of the file as written.
Result<FileStamp> writeFileAtomically(const QString& path, QByteArrayView content, const WriteOptions& options = {});

/// New content made of an old text with some byte ranges replaced: what a save of a few edits writes. The
/// unchanged ranges are copied by the kernel from `baseFile` (copy_file_range: no copy through this process,
/// and none at all on a filesystem that shares blocks) while that file is still the version `baseStamp`
/// describes; otherwise, and wherever the kernel refuses, they are written from `base`.
struct SplicedContent
{
    struct Piece
    {
        qsizetype begin; ///< base[begin, end) is replaced by text
        qsizetype end;
        QByteArray text;
    };
    QByteArrayView base;
    std::vector<Piece> pieces; ///< sorted by begin, not overlapping
    QString baseFile;          ///< empty: everything is written from memory
    FileStamp baseStamp;

    qsizetype size() const;
};

/// writeFileAtomically() for spliced content: the same steps, checks and result.
Result<FileStamp> writeFileAtomically(const QString& path, const SplicedContent& content, const WriteOptions& options = {});

/// Reads a whole file; the error names the file. Only a regular file is opened (a symlink is followed): a
/// FIFO, socket or device gives an Io error that says what it is, and is never opened.
Result<QByteArray> readFile(const QString& path);

/// A file's content and the stamp of exactly that version.
struct StampedContent
{
    QByteArray content;
    FileStamp stamp; ///< with the content's hash
};

/// Reads a whole regular file and stamps it from the same open file (fstat), so that the stamp always
/// describes the bytes read, even when the file is replaced meanwhile. Something that is not a regular
/// file (a FIFO, a socket, a device) is refused without being read: reading a FIFO would wait forever.
Result<StampedContent> readFileStamped(const QString& path);

/// True when `path` exists (a symlink followed) and is not a regular file or folder: a FIFO, socket or device.
bool isSpecialFile(const QString& path);

/// Reads at most the first `limit` bytes of a regular file (same rules as readFile()).
Result<QByteArray> readFileHead(const QString& path, qint64 limit);

/// Checks that the folder of `path` does not lead out of `root` through a symlink (a symlinked tasks/ that
/// points elsewhere). A folder that does not exist passes. The error names `path`.
Result<void> checkConfined(const QString& path, const QString& root);

/// checkConfined(), and if `path` itself is a symlink, that its target lies inside `root` too.
Result<void> checkConfinedFile(const QString& path, const QString& root);

/// Checks that `path` is still the version `expected` describes (see WriteOptions::expected).
Result<void> checkUnchanged(const QString& path, const FileStamp& expected);

/// Copies `from` to `to` atomically (same rules as writeFileAtomically), giving `to` from's mode even where
/// `to` existed with another.
Result<FileStamp> copyFileAtomically(const QString& from, const QString& to);

/// How linkOrCopyForBackup() kept the old bytes.
enum class BackupCopy { Linked, Copied };

/// Gives the current content of `from` a second name `to` (which must not exist) and syncs to's folder.
/// With `mayLink`, `to` becomes a hard link to from's inode (no bytes copied): the backup of a file that is
/// about to be replaced by a rename. Without it, or where linking is impossible (another filesystem,
/// EPERM, EMLINK, a filesystem without links), the bytes are copied with copyFileAtomically(). Only link
/// when every writer of `from` replaces it by rename: a writer that rewrites it in place would change the
/// backup too. A symlink is followed. Errors name `to` (or `from` when it cannot be read).
Result<BackupCopy> linkOrCopyForBackup(const QString& from, const QString& to, bool mayLink);

/// Creates `dir` and its missing parents (mode 0755 less the umask). The error names the folder that could
/// not be made and the cause (a read-only or immutable folder, a file in the way).
Result<void> makeFolders(const QString& dir);

/// A temp file of StateLens's own atomic writes (".<name>.statelens-<pid>-<hex>.tmp") whose writer is gone.
struct StaleTemp
{
    QString path;
    qint64 pid = 0; ///< the writer named in the file name, no longer running
};

/// The temp files in `dir` that StateLens's atomic writes left behind when they were killed: safe to remove
/// (writeFileAtomically() removes them, once per folder and process, before its first write there).
QList<StaleTemp> staleTemps(const QString& dir);

/// Removes a file and syncs its folder. Missing files are not an error.
Result<void> removeFileDurably(const QString& path);

} // namespace statelens
