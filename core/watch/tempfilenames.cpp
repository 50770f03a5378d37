// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempfilenames.h"

#include <QFile>

#include <sys/stat.h>

namespace statelens {

static bool isQSaveFileSuffix(QStringView suffix)
{
    // QTemporaryFile fills "XXXXXX" with letters of both cases. An all lower case suffix is far more likely
    // to be a real extension ("backup"), and QSaveFile picks one only once in 64 saves.
    if (suffix.size() != 6)
        return false;
    bool upper = false;
    for (QChar c : suffix) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            upper = true;
        else if (c.unicode() < 'a' || c.unicode() > 'z')
            return false;
    }
    return upper;
}

bool isAtomicWriterTempName(const QString& dir, const QString& name)
{
    if (name.size() > 5 && name.startsWith(u'.') && name.endsWith(QLatin1String(".tmp")))
        return true;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || !isQSaveFileSuffix(QStringView(name).mid(dot + 1)))
        return false;
    // QSaveFile on Linux writes an unnamed O_TMPFILE and gives it this name only to rename it over an
    // existing target, so the target is there whenever the temp name is.
    struct stat st;
    const QByteArray base = QFile::encodeName(dir + u'/' + name.left(dot));
    return ::stat(base.constData(), &st) == 0 && S_ISREG(st.st_mode);
}

} // namespace statelens
