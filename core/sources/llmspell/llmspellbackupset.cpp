// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellbackupset.h"

#include "io/safewrite.h"
#include "llmspellcompression.h"
#include "llmspellkeys.h"
#include "llmspellvalue.h"
#include "msgpackjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace statelens {

namespace llmspell {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("statelens::llmspell::LlmSpellBackupSet", s, disambiguation, n);
}

QString stringMember(const json::JsonValue& obj, const char* name)
{
    const json::JsonValue* v = obj.member(QString::fromLatin1(name));
    if (!v)
        return {};
    return v->isString() ? v->toString() : v->isNumber() ? QString::fromLatin1(v->numberText()) : QString();
}

/// StateScope as serde writes it: "Global", or {"Custom": "id"} for the scopes with an identifier.
/// Returns the storage-key prefix ("global", "custom:id") or an empty string.
QString scopePrefix(const json::JsonValue& scope)
{
    if (scope.isString())
        return scope.toString().toLower();
    if (scope.isObject() && scope.members().size() == 1 && scope.members().front().value.isString())
        return scope.members().front().key.toLower() + u':' + scope.members().front().value.toString();
    return {};
}

/// Decodes the positional snapshot [timestamp, {"<scope>:<key>": [scope, key, data, version,
/// last_modified]}, metadata] into entries.
Result<QList<Entry>> snapshotEntries(const json::JsonValue& top, const QString& file, const QString& backupId)
{
    auto shape = [&](const QString& what) {
        return Error { Error::Kind::Parse,
            QCoreApplication::translate("statelens::llmspell",
                "MessagePack of the wrong shape: %1 (expected [timestamp, {key: [scope, key, data, "
                "version, last_modified]}, metadata])")
                .arg(what),
            file };
    };
    if (!top.isArray() || top.size() < 2)
        return shape(top.isArray()
                ? QCoreApplication::translate("statelens::llmspell",
                    "the top level is an array of %n element(s)", nullptr, int(top.size()))
                : QCoreApplication::translate("statelens::llmspell", "the top level is of type %1")
                      .arg(json::JsonValue::typeName(top.type())));
    const json::JsonValue& map = top.items()[1];
    if (!map.isObject())
        return shape(QCoreApplication::translate("statelens::llmspell", "the entries are of type %1")
                         .arg(json::JsonValue::typeName(map.type())));

    QList<Entry> out;
    out.reserve(qsizetype(map.members().size()));
    for (const json::JsonMember& m : map.members()) {
        const json::JsonValue& v = m.value;
        if (!v.isArray() || v.size() < 3 || !v.items()[1].isString())
            return shape(
                QCoreApplication::translate("statelens::llmspell", "entry '%1' is not [scope, key, data, …]")
                    .arg(m.key));
        const QString prefix = scopePrefix(v.items()[0]);
        const QString storageKey = prefix.isEmpty() ? m.key : prefix + u':' + v.items()[1].toString();
        KeyParts parts = splitStorageKey(storageKey);
        if (parts.scope.isEmpty())
            parts = { OtherNamespace.toString(), storageKey, {} };

        Entry e;
        e.key = parts.key;
        e.value = ValueRef::fromValue(v.items()[2]);
        e.file = file;
        e.meta.insert(QStringLiteral("namespace"), parts.ns);
        e.meta.insert(QStringLiteral("storage_key"), storageKey);
        e.meta.insert(QStringLiteral("scope"), prefix.isEmpty() ? parts.scope : prefix);
        e.meta.insert(QStringLiteral("backup_id"), backupId);
        if (v.size() > 3 && v.items()[3].isNumber())
            e.meta.insert(QStringLiteral("version"), v.items()[3].toInt());
        if (v.size() > 4) {
            const QDateTime t = systemTimeToDateTime(v.items()[4]);
            if (t.isValid())
                e.meta.insert(QStringLiteral("last_modified"), t);
        }
        out.append(std::move(e));
    }
    return out;
}

} // namespace

LlmSpellBackupSet::LlmSpellBackupSet(const QString& folder)
    : m_folder(QDir(folder).absolutePath())
{
    const QDir dir(m_folder);
    const QStringList metas = dir.entryList({ QStringLiteral("*.meta") }, QDir::Files, QDir::Name);
    for (const QString& name : metas) {
        Item item = readMeta(dir.absoluteFilePath(name));
        QString id = item.meta ? item.meta->id : QFileInfo(name).completeBaseName();
        if (m_items.contains(id))
            id = QFileInfo(name).completeBaseName();
        m_items.insert(id, std::move(item));
    }
    const QStringList backups = dir.entryList({ QStringLiteral("*.backup") }, QDir::Files, QDir::Name);
    for (const QString& name : backups)
        if (!dir.exists(QFileInfo(name).completeBaseName() + QLatin1String(".meta")))
            m_orphans.append(dir.absoluteFilePath(name));
}

LlmSpellBackupSet::Item LlmSpellBackupSet::readMeta(const QString& metaPath)
{
    Item item;
    item.metaPath = metaPath;
    auto text = readFile(metaPath);
    if (!text) {
        item.metaError = text.error();
        return item;
    }
    item.metaStamp = FileStamp::ofContent(metaPath, *text);
    if (text->isEmpty()) {
        item.metaError = Error { Error::Kind::Parse, tr("the .meta file is empty (0 bytes)"), metaPath };
        return item;
    }
    auto parsed = json::JsonValue::parse(*text, metaPath);
    if (!parsed) {
        item.metaError = parsed.error();
        return item;
    }
    const json::JsonValue& o = *parsed;
    if (!o.isObject()) {
        item.metaError = Error { Error::Kind::Parse, tr("the .meta file is not a JSON object"), metaPath };
        return item;
    }
    const QFileInfo fi(metaPath);
    Meta m;
    m.metaPath = metaPath;
    m.backupPath = fi.absolutePath() + u'/' + fi.completeBaseName() + QLatin1String(".backup");
    m.id = stringMember(o, "id");
    if (m.id.isEmpty())
        m.id = fi.completeBaseName();
    if (const json::JsonValue* c = o.member(QStringLiteral("created_at")))
        m.createdAt = systemTimeToDateTime(*c);
    m.incremental = stringMember(o, "backup_type").compare(u"Incremental", Qt::CaseInsensitive) == 0;
    m.parentId = stringMember(o, "parent_id");
    m.schemaVersion = stringMember(o, "schema_version");
    if (const json::JsonValue* c = o.member(QStringLiteral("checksums")); c && c->isObject())
        m.sha256 = stringMember(*c, "sha256").toLower();
    m.algorithm = QStringLiteral("none");
    if (const json::JsonValue* c = o.member(QStringLiteral("compression")); c && c->isObject())
        m.algorithm = stringMember(*c, "algorithm");
    if (const json::JsonValue* s = o.member(QStringLiteral("stats")); s && s->isObject())
        if (const json::JsonValue* n = s->member(QStringLiteral("total_entries")); n && n->isNumber())
            m.totalEntries = int(n->toInt(-1));
    item.meta = std::move(m);
    return item;
}

LlmSpellBackupSet::Decoded LlmSpellBackupSet::decodeFile(const Meta& meta)
{
    Decoded d;
    d.file = meta.backupPath;
    auto fail = [&d](Health h, const QString& reason) {
        d.health = h;
        d.reason = reason;
        d.entries.clear();
        return d;
    };
    if (!QFileInfo::exists(meta.backupPath))
        return fail(Health::Unreadable, tr("the .backup file next to the .meta is missing"));
    auto bytes = readFile(meta.backupPath);
    if (!bytes)
        return fail(Health::Unreadable, bytes.error().message);
    d.size = bytes->size();
    d.stamp = FileStamp::ofContent(meta.backupPath, *bytes);
    if (bytes->isEmpty())
        return fail(Health::Empty, tr("the .backup file is empty (0 bytes)"));

    if (!meta.sha256.isEmpty()) {
        const QString actual
            = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
        if (actual != meta.sha256)
            return fail(Health::ChecksumMismatch,
                tr("sha256 of the .backup file is %1, its .meta says %2").arg(actual, meta.sha256));
    }
    auto raw = decompressBackup(*bytes, meta.algorithm, meta.backupPath);
    if (!raw)
        return fail(Health::Unparsable, raw.error().message);
    auto top = decodeMessagePack(*raw, meta.backupPath);
    if (!top)
        return fail(Health::Unparsable, top.error().message);
    auto entries = snapshotEntries(*top, meta.backupPath, meta.id);
    if (!entries)
        return fail(Health::Unparsable, entries.error().message);
    d.entries = std::move(entries.value());
    return d;
}

const LlmSpellBackupSet::Decoded& LlmSpellBackupSet::decode(Item& item)
{
    if (!item.decoded) {
        if (item.meta) {
            item.decoded = decodeFile(*item.meta);
        } else {
            Decoded d;
            d.health = Health::Unparsable;
            d.reason = item.metaError.message;
            d.file = item.metaPath;
            item.decoded = std::move(d);
        }
    }
    return *item.decoded;
}

Result<QList<LlmSpellBackupSet::Item*>> LlmSpellBackupSet::chain(const QString& id)
{
    QList<Item*> out;
    QSet<QString> seen;
    QString current = id;
    QString child;
    for (;;) {
        auto it = m_items.find(current);
        if (it == m_items.end()) {
            const QString file = child.isEmpty() ? m_folder : m_items.value(child).metaPath;
            return Error { Error::Kind::NotFound, tr("parent backup %1 is missing").arg(current), file };
        }
        if (seen.contains(current))
            return Error { Error::Kind::Validation, tr("the parent chain loops at backup %1").arg(current),
                it->metaPath };
        seen.insert(current);
        out.prepend(&it.value());
        if (!it->meta)
            return Error { Error::Kind::Parse,
                tr("backup %1 has an unreadable .meta: %2").arg(current, it->metaError.message),
                it->metaPath };
        if (!it->meta->incremental || it->meta->parentId.isEmpty())
            return out;
        child = current;
        current = it->meta->parentId;
    }
}

Result<QList<Entry>> LlmSpellBackupSet::resolve(const QString& id)
{
    auto items = chain(id);
    if (!items)
        return items.error();
    QList<Entry> out;
    QHash<QString, qsizetype> index; // storage key → position in out
    for (Item* item : *items) {
        const Decoded& d = decode(*item);
        if (d.health != Health::Ok)
            return Error { Error::Kind::Validation,
                tr("backup %1 cannot be used (%2): %3")
                    .arg(item->meta ? item->meta->id : item->metaPath, healthName(d.health), d.reason),
                d.file };
        for (const Entry& e : d.entries) {
            const QString key = e.meta.value(QStringLiteral("storage_key")).toString();
            auto it = index.constFind(key);
            if (it != index.constEnd()) {
                out[*it] = e;
            } else {
                index.insert(key, out.size());
                out.append(e);
            }
        }
    }
    return out;
}

QString LlmSpellBackupSet::idOf(const QString& metaPath) const
{
    const QString wanted = QFileInfo(metaPath).absoluteFilePath();
    for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it)
        if (it->metaPath == wanted)
            return it.key();
    return {};
}

Result<QList<Backup>> LlmSpellBackupSet::list(
    QList<Problem>& problems, QHash<QString, FileStamp>& stamps, const LoadContext& context)
{
    QList<Backup> out;
    int done = 0;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (context.cancelled())
            return Error { Error::Kind::Cancelled, tr("loading was cancelled"), m_folder };
        context.report(50 + 50 * done++ / int(m_items.size()), tr("Reading backup %1").arg(it.key()));
        Item& item = it.value();
        const Decoded& d = decode(item);

        Backup b;
        b.id = it.key();
        b.path = item.metaPath;
        b.health = d.health;
        b.reason = d.reason;
        b.size = d.size;
        if (item.metaStamp.exists)
            stamps.insert(item.metaPath, item.metaStamp);
        if (d.stamp.exists)
            stamps.insert(d.file, d.stamp);
        if (item.meta) {
            const Meta& m = *item.meta;
            b.kind = m.incremental ? QStringLiteral("llmspell-incremental") : QStringLiteral("llmspell-full");
            b.time = m.createdAt;
            b.schemaVersion = m.schemaVersion;
            b.parentId = m.parentId;
            if (d.health == Health::Ok) {
                b.entries = int(d.entries.size());
                if (m.incremental) {
                    auto c = chain(b.id);
                    QString reason = c ? QString() : c.error().message;
                    for (qsizetype i = 0; c && i + 1 < c->size() && reason.isEmpty(); ++i) {
                        const Decoded& pd = decode(*c->at(i));
                        if (pd.health != Health::Ok)
                            reason
                                = tr("parent backup %1 is unusable: %2").arg(c->at(i)->meta->id, pd.reason);
                    }
                    if (!reason.isEmpty()) {
                        b.health = Health::BrokenChain;
                        b.reason = reason;
                    }
                }
            }
        } else {
            b.kind = QStringLiteral("llmspell-unknown");
        }
        if (b.health != Health::Ok) {
            const QString file = b.health == Health::BrokenChain ? item.metaPath : d.file;
            problems.append(
                Problem { b.health == Health::Empty ? Problem::Severity::Warning : Problem::Severity::Error,
                    file, 0, 0, tr("backup %1: %2: %3").arg(b.id, healthName(b.health), b.reason), {} });
        }
        out.append(std::move(b));
    }
    for (const QString& orphan : std::as_const(m_orphans))
        problems.append(Problem { Problem::Severity::Warning, orphan, 0, 0,
            tr("backup file without a .meta next to it; it cannot be read"), {} });
    std::stable_sort(
        out.begin(), out.end(), [](const Backup& a, const Backup& b) { return a.time < b.time; });
    return out;
}

} // namespace llmspell

Result<QList<Entry>> loadLlmSpellBackupEntries(const QString& metaPath)
{
    const QFileInfo fi(metaPath);
    if (!fi.isFile())
        return Error::notFound(
            QCoreApplication::translate("statelens::LlmSpellBackups", "backup .meta file not found"),
            metaPath);
    llmspell::LlmSpellBackupSet set(fi.absolutePath());
    const QString id = set.idOf(fi.absoluteFilePath());
    if (id.isEmpty())
        return Error::notFound(QCoreApplication::translate("statelens::LlmSpellBackups",
                                   "not a backup .meta file (name must end in .meta)"),
            metaPath);
    return set.resolve(id);
}

} // namespace statelens
