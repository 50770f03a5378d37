// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"
#include "util/result.h"

#include <QByteArray>

#include <QList>
#include <QMetaType>
#include <QString>

namespace statelens {

/// One file that changed on disk, as StateWatcher reports it once the change has settled.
struct FileChange
{
    enum class Kind {
        Added, ///< a file that was not there before
        Modified, ///< the same inode with a new size or mtime (rewritten in place)
        Removed, ///< gone
        Replaced, ///< another inode under the same name (renamed over: atomic writers)
    };

    QString path; ///< absolute
    Kind kind = Kind::Modified;
    /// The version that was reported (exists == false for Removed). Read it with readContent() to be sure
    /// that the content read is this version and not a write in progress.
    FileStamp stamp;

    /// Reads the version of the file that this change reported. When the file changed since (a writer is
    /// at work), the result is a Conflict error and a newer StateWatcher::filesChanged() for it will
    /// follow: a consumer must not show that as corruption. A Removed change gives a NotFound error.
    Result<QByteArray> readContent() const;

    /// "added", "modified", "removed" or "replaced" (for logs and tests, not translated).
    static const char* kindName(Kind kind);
};

} // namespace statelens

Q_DECLARE_METATYPE(statelens::FileChange)
