// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupgenerations.h"

#include "io/safewrite.h"
#include "io/statelayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace statelens::backups {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::backups", s); }
}

QString generationKey(const QString& root, const QString& file)
{
    QString rel = QDir(root).relativeFilePath(file);
    rel.replace(u'/', u'_');
    return rel;
}

bool parseGenerationName(const QString& fileName, QString* key, qint64* ms)
{
    static const QRegularExpression re(QStringLiteral("^(.+)\\.(\\d{13})\\.bak$"));
    const auto m = re.match(fileName);
    if (!m.hasMatch())
        return false;
    if (key)
        *key = m.captured(1);
    if (ms)
        *ms = m.captured(2).toLongLong();
    return true;
}

Result<QString> safety(const QString& root, const QString& file, LinkPolicy policy)
{
    const QString dir = layout::backupsDir(root);
    if (auto made = makeFolders(dir); !made)
        return Error::io(dir, tr("cannot create the backup folder %1: %2").arg(dir, made.error().message));
    const QString key = generationKey(root, file);
    for (qint64 ms = QDateTime::currentMSecsSinceEpoch();; ++ms) {
        const QString path = dir + QStringLiteral("/%1.%2.bak").arg(key).arg(ms);
        if (QFileInfo::exists(path))
            continue;
        auto kept = linkOrCopyForBackup(file, path, policy == LinkPolicy::Link);
        if (!kept)
            return kept.error();
        return path;
    }
}

Result<QStringList> beforeWrite(const QString& root, const QString& file, LinkPolicy policy,
                                const std::function<Result<QString>(const QString& file)>& toolBackup)
{
    auto own = safety(root, file, policy);
    if (!own)
        return own.error();
    QStringList made { own.value() };
    if (toolBackup) {
        auto tool = toolBackup(file);
        if (!tool)
            return tool.error();
        if (!tool->isEmpty())
            made.append(tool.value());
    }
    return made;
}

QList<Generation> listGenerations(const QString& root)
{
    QList<Generation> out;
    const QDir dir(layout::backupsDir(root));
    const auto names = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        Generation g;
        if (!parseGenerationName(name, &g.fileKey, &g.ms))
            continue;
        g.path = dir.absoluteFilePath(name);
        out.append(g);
    }
    std::sort(out.begin(), out.end(), [](const Generation& a, const Generation& b) {
        return a.fileKey != b.fileKey ? a.fileKey < b.fileKey : a.ms > b.ms;
    });
    return out;
}

QList<Generation> planGenerationPrune(const QList<Generation>& generations, const Retention& retention, qint64 nowMs,
                                      bool includeOriginals)
{
    QHash<QString, QList<Generation>> byFile;
    QStringList order;
    for (const Generation& g : generations) {
        if (!byFile.contains(g.fileKey))
            order.append(g.fileKey);
        byFile[g.fileKey].append(g);
    }
    const qint64 cutoff = retention.maxAgeDays > 0 ? nowMs - qint64(retention.maxAgeDays) * 86400000 : -1;
    QList<Generation> out;
    for (const QString& key : std::as_const(order)) {
        QList<Generation>& list = byFile[key];
        std::stable_sort(list.begin(), list.end(), [](const Generation& a, const Generation& b) { return a.ms > b.ms; });
        for (qsizetype i = 0; i < list.size(); ++i) {
            const bool original = i == list.size() - 1;
            if (original && !includeOriginals)
                continue;
            if (i >= retention.keep || (cutoff >= 0 && list[i].ms < cutoff))
                out.append(list[i]);
        }
    }
    return out;
}

Result<QStringList> pruneGenerations(const QString& root, const Retention& retention, const QStringList& files)
{
    QList<Generation> all = listGenerations(root);
    if (!files.isEmpty()) {
        QSet<QString> keys;
        for (const QString& f : files)
            keys.insert(generationKey(root, f));
        all.removeIf([&](const Generation& g) { return !keys.contains(g.fileKey); });
    }
    QStringList removed;
    for (const Generation& g : planGenerationPrune(all, retention, QDateTime::currentMSecsSinceEpoch())) {
        if (auto r = removeFileDurably(g.path); !r)
            return r.error();
        removed.append(g.path);
    }
    return removed;
}

} // namespace statelens::backups
