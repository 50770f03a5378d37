// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestamp.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>

#include <sys/stat.h>

namespace statelens {

FileStamp FileStamp::stat(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return fromStat(st);
}

FileStamp FileStamp::fromStat(const struct ::stat& st)
{
    FileStamp s;
    s.exists = true;
    s.size = st.st_size;
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    s.inode = st.st_ino;
    s.device = st.st_dev;
    return s;
}

FileStamp FileStamp::ofContent(const QString& path, const QByteArray& content)
{
    FileStamp s = stat(path);
    s.hash = hashOf(content);
    return s;
}

QByteArray FileStamp::hashOf(QByteArrayView content)
{
    ContentHasher h;
    h.add(content);
    return h.finish();
}

namespace {
// The content is hashed in blocks of this size, each block's two hashes seeded with the ones before.
constexpr qsizetype HashBlock = qsizetype(1) << 20;
} // namespace

void ContentHasher::addBlock(const char* data, size_t size)
{
    // A 128-bit fingerprint from two seeded qHashBits chains. The conflict check consults it only when size
    // and inode match and the mtime does not (a touch, or a rewrite by another process), to tell accidental
    // changes apart; stamps never leave the process. That needs no cryptographic strength, and SHA-1 cost
    // 1.3 s per 100 MB on the shared machine, three times on every save of a big state.json
    // (docs/PERFORMANCE.md).
    m_a = qHashBits(data, size, m_a);
    m_b = qHashBits(data, size, m_b);
}

void ContentHasher::add(QByteArrayView bytes)
{
    if (!m_partial.isEmpty()) {
        const qsizetype take = std::min(HashBlock - m_partial.size(), bytes.size());
        m_partial.append(bytes.first(take));
        bytes = bytes.sliced(take);
        if (m_partial.size() < HashBlock)
            return;
        addBlock(m_partial.constData(), size_t(m_partial.size()));
        m_partial.clear();
    }
    while (bytes.size() >= HashBlock) { // whole blocks straight from the caller's bytes
        addBlock(bytes.data(), size_t(HashBlock));
        bytes = bytes.sliced(HashBlock);
    }
    if (!bytes.isEmpty()) {
        m_partial.reserve(HashBlock);
        m_partial.append(bytes);
    }
}

QByteArray ContentHasher::finish()
{
    // The last block (possibly empty), so that "" and a content of whole blocks are told apart by length too.
    addBlock(m_partial.constData(), size_t(m_partial.size()));
    m_partial.clear();
    QByteArray out(qsizetype(2 * sizeof(size_t)), Qt::Uninitialized);
    std::memcpy(out.data(), &m_a, sizeof m_a);
    std::memcpy(out.data() + sizeof m_a, &m_b, sizeof m_b);
    return out;
}

} // namespace statelens
