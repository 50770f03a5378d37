// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechange.h"

#include "io/safewrite.h"

#include <QCoreApplication>

namespace statelens {

const char* FileChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return "added";
    case Kind::Modified:
        return "modified";
    case Kind::Removed:
        return "removed";
    case Kind::Replaced:
        return "replaced";
    }
    return "?";
}

Result<QByteArray> FileChange::readContent() const
{
    if (kind == FileChange::Kind::Removed || !stamp.exists)
        return Error::notFound(
            QCoreApplication::translate("statelens::FileChange", "%1 was removed").arg(path), path);
    const auto superseded = [this] {
        return Error { Error::Kind::Conflict,
            QCoreApplication::translate("statelens::FileChange",
                "%1 changed again while it was read; the newer version will be reported")
                .arg(path),
            path };
    };
    if (!FileStamp::stat(path).sameFile(stamp))
        return superseded();
    Result<QByteArray> content = readFile(path);
    if (!content)
        return content;
    if (!FileStamp::stat(path).sameFile(stamp))
        return superseded();
    return content;
}

} // namespace statelens
