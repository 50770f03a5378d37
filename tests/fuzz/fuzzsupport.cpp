// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace statelens::fuzz {

QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

QPair<QByteArray, QByteArray> splitAtNul(const QByteArray& input)
{
    const qsizetype nul = input.indexOf('\0');
    if (nul < 0)
        return { input, {} };
    return { input.left(nul), input.mid(nul + 1) };
}

QString scratchDir()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a temporary folder"));
    return dir.path();
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "statelens-fuzz";
    static char* argv[] = { name, nullptr };
    new QCoreApplication(argc, argv); // lives until the process ends
}

void writeScratchFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        fail(QStringLiteral("cannot write %1").arg(path));
}

void fail(const QString& what)
{
    std::fprintf(stderr, "fuzz property broken: %s\n", qPrintable(what));
    std::abort();
}

} // namespace statelens::fuzz
