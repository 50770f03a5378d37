// SPDX-License-Identifier: GPL-3.0-or-later
#include "langgraphdetect.h"

#include "langgraphdatabase.h"

#include "io/safewrite.h"
#include "sources/sourcedetectors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace statelens {

namespace {

bool isCheckpointDatabase(const QString& path)
{
    // SQLite's 16-byte header first: SQLite takes a 0-byte (or any) file for an empty database.
    const auto head = readFileHead(path, 16);
    return head && head.value() == QByteArray("SQLite format 3\0", 16) && langgraph::hasCheckpointTables(path);
}

} // namespace

QString langgraph::findDatabase(const QString& path)
{
    const QFileInfo fi(path);
    if (fi.isFile())
        return isCheckpointDatabase(fi.absoluteFilePath()) ? fi.absoluteFilePath() : QString();
    if (!fi.isDir())
        return {};
    const QDir dir(fi.absoluteFilePath());
    const QStringList dbs = dir.entryList({ QStringLiteral("*.sqlite"), QStringLiteral("*.sqlite3"), QStringLiteral("*.db") },
                                          QDir::Files, QDir::Name);
    for (const QString& name : dbs)
        if (isCheckpointDatabase(dir.absoluteFilePath(name)))
            return dir.absoluteFilePath(name);
    return {};
}

bool looksLikeLangGraph(const QString& path, QString* why)
{
    const QString db = langgraph::findDatabase(path);
    if (db.isEmpty())
        return false;
    if (why)
        *why = QFileInfo(path).isDir()
            ? QCoreApplication::translate("statelens", "%1 has LangGraph's checkpoints and writes tables").arg(QFileInfo(db).fileName())
            : QCoreApplication::translate("statelens", "a SQLite file with LangGraph's checkpoints and writes tables");
    return true;
}

} // namespace statelens
