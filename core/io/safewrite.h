// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filestamp.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace statelens {

struct WriteOptions
{
    /// The version of the target that the new content was derived from. If the file on disk is no longer
    /// that version (size, mtime, inode, then hash), nothing is written and a Conflict error is returned.
    /// Unset: no check. A stamp with exists == false expects the file to be absent.
    std::optional<FileStamp> expected;
    /// Mode for a file that does not exist yet (an existing file's mode is always kept).
    int newFileMode = 0644;
    /// Refuse to write through a symlink whose target lies outside this folder (empty: the target's folder).
    QString confineTo;
};

/// The one place where StateLens writes files: a temp file in the same folder, write, fsync the file,
/// rename over the target, fsync the folder. The target's mode is kept. The temp file is removed on
/// failure. Returns the stamp of the file as written.
Result<FileStamp> writeFileAtomically(const QString& path, QByteArrayView content, const WriteOptions& options = {});

/// Reads a whole file; the error names the file.
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

/// Checks that `path` is still the version `expected` describes (see WriteOptions::expected).
Result<void> checkUnchanged(const QString& path, const FileStamp& expected);

/// Copies `from` to `to` atomically (same rules as writeFileAtomically), keeping from's mode.
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

/// Removes a file and syncs its folder. Missing files are not an error.
Result<void> removeFileDurably(const QString& path);

} // namespace statelens
