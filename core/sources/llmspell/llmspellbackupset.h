// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"
#include "sources/source.h"
#include "util/result.h"

#include <QMap>

#include <optional>

namespace statelens {

/// The entries of the rs-llmspell backup described by `metaPath` (a backups/<id>.meta file), with an
/// incremental backup's parent chain applied: the full backup first, then each newer backup's entries
/// replacing those with the same storage key. Every backup of the chain must be found next to it (by
/// id), match its sha256 and decode. Each Entry has meta "namespace" (where it belongs, by the same rule
/// as the database's keys), "storage_key", "scope", "version", "last_modified" and "backup_id" (the
/// backup it came from); Entry::file is that backup's .backup file. Reads only.
Result<QList<Entry>> loadLlmSpellBackupEntries(const QString& metaPath);

namespace llmspell {

/// The backups/ folder of rs-llmspell: every <id>.meta with its <id>.backup, decoded on demand and cached.
class LlmSpellBackupSet final
{
    Q_DISABLE_COPY_MOVE(LlmSpellBackupSet)

public:
    /// Lists and reads every *.meta in `folder` (not yet the .backup files).
    explicit LlmSpellBackupSet(const QString& folder);

    /// Every backup with its health; decodes all of them. Problems name the file at fault; `stamps` get
    /// the files that were read.
    Result<QList<Backup>> list(
        QList<Problem>& problems, QHash<QString, FileStamp>& stamps, const LoadContext& context);
    /// The chain-applied entries of backup `id` (see loadLlmSpellBackupEntries).
    Result<QList<Entry>> resolve(const QString& id);
    /// The id of the backup whose .meta is `metaPath`, or an empty string.
    QString idOf(const QString& metaPath) const;

private:
    struct Meta
    {
        QString id;
        QString metaPath;
        QString backupPath;
        QDateTime createdAt;
        bool incremental = false;
        QString parentId;
        QString schemaVersion;
        QString sha256;
        QString algorithm;
        int totalEntries = -1;
    };
    struct Decoded
    {
        Health health = Health::Ok;
        QString reason;
        QString file; ///< the file at fault
        QList<Entry> entries;
        qint64 size = 0;
        FileStamp stamp;
    };
    struct Item
    {
        QString metaPath;
        std::optional<Meta> meta; ///< unset when the .meta cannot be read
        Error metaError;
        FileStamp metaStamp;
        std::optional<Decoded> decoded;
    };

    static Item readMeta(const QString& metaPath);
    const Decoded& decode(Item& item);
    static Decoded decodeFile(const Meta& meta);
    /// The chain from the full backup to `id`, or the reason it is broken.
    Result<QList<Item*>> chain(const QString& id);

    QString m_folder;
    QMap<QString, Item> m_items; ///< by id
    QStringList m_orphans; ///< .backup files without a .meta
};

} // namespace llmspell
} // namespace statelens
