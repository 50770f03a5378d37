// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestamp.h"

#include <QCryptographicHash>
#include <QFile>

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
    return QCryptographicHash::hash(content, QCryptographicHash::Sha1);
}

} // namespace statelens
