// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct stat;

namespace statelens {

/// What identifies one version of a file on disk: size, modification time (ns), inode and a content hash.
/// Taken when a file is read; checked again right before a write replaces it.
struct FileStamp
{
    bool exists = false;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;
    QByteArray hash; ///< of the content; empty when not computed

    /// Stats `path` (no hash). A missing file gives exists == false.
    static FileStamp stat(const QString& path);
    /// The stamp of a stat() result that the caller already has (no hash).
    static FileStamp fromStat(const struct ::stat& st);
    /// A stamp for content that was just read from `path` (stat plus the hash of `content`).
    static FileStamp ofContent(const QString& path, const QByteArray& content);
    /// The content hash of `content`; equal to a ContentHasher fed the same bytes in any number of pieces.
    static QByteArray hashOf(QByteArrayView content);

    bool sameFile(const FileStamp& o) const
    {
        return exists == o.exists && (!exists || (size == o.size && mtimeNs == o.mtimeNs && inode == o.inode && device == o.device));
    }
};

/// FileStamp::hashOf() over content that arrives in pieces (a save spliced from ranges of the old file and new
/// bytes never holds the new content in one buffer): the result does not depend on where the pieces split.
class ContentHasher
{
public:
    void add(QByteArrayView bytes);
    QByteArray finish();

private:
    void addBlock(const char* data, size_t size);

    size_t m_a = 0x9e3779b97f4a7c15ull;
    size_t m_b = 0xc2b2ae3d27d4eb4full;
    QByteArray m_partial; ///< the start of a block that is not complete yet
};

} // namespace statelens
