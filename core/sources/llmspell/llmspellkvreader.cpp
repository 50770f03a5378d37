// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellkvreader.h"

#include "llmspellkeys.h"
#include "llmspellvalue.h"
#include "sqliteconnection.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace statelens::llmspell {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::llmspell", s);
}

void readVersion(const QSqlDatabase& db, KvContents& out)
{
    if (!hasTable(db, QStringLiteral("_migrations"))) {
        out.versionOrigin = tr("no _migrations table");
        return;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT max(version) FROM _migrations")) && q.next() && !q.value(0).isNull()) {
        out.version = QString::number(q.value(0).toLongLong());
        out.versionOrigin = QStringLiteral("table _migrations");
    } else {
        out.versionOrigin = tr("table _migrations is empty");
    }
}

} // namespace

bool hasKvStoreTable(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return false;
    QString note;
    auto conn = openForReading(path, &note);
    return conn && hasTable(conn.value()->database(), QStringLiteral("kv_store"));
}

Result<KvContents> readKvStore(const QString& dbPath, const LoadContext& context)
{
    const QFileInfo fi(dbPath);
    if (!fi.exists())
        return Error::notFound(tr("database file not found"), dbPath);
    // SQLite would block opening a FIFO: only a regular file is handed to it (readFileHead says what it is).
    if (isSpecialFile(dbPath)) {
        auto head = readFileHead(dbPath, 16);
        return head ? Error::io(dbPath, tr("not a regular file")) : head.error();
    }
    // SQLite would take a 0-byte file for an empty database; say what it is instead.
    if (fi.isFile() && fi.size() == 0)
        return Error { Error::Kind::Parse, tr("the database file is empty (0 bytes)"), dbPath };
    KvContents out;
    auto conn = openForReading(dbPath, &out.note);
    if (!conn)
        return conn.error();
    out.readOnly = conn.value()->mode() == SqliteConnection::Mode::Immutable;
    const QSqlDatabase db = conn.value()->database();

    if (out.readOnly && QFileInfo(dbPath + QLatin1String("-wal")).size() > 0) {
        out.problems.append(Problem { Problem::Severity::Warning, dbPath, 0, 0, out.note, {} });
    }
    readVersion(db, out);
    if (!hasTable(db, QStringLiteral("kv_store"))) {
        out.problems.append(Problem { Problem::Severity::Error, dbPath, 0, 0,
            tr("no kv_store table: not an rs-llmspell database, or an empty one"), {} });
        return out;
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kv_id, tenant_id, key, value, metadata, created_at, updated_at "
                               "FROM kv_store ORDER BY key, tenant_id"))) {
        out.problems.append(
            Problem::fromError(conn.value()->error(tr("cannot read kv_store"), sqlMessage(q.lastError()))));
        return out;
    }

    QHash<QString, int> nsIndex;
    QHash<QString, QString> seen; // address → tenant of the first row with it
    int row = 0;
    while (q.next()) {
        if ((++row & 1023) == 0 && context.cancelled())
            return Error { Error::Kind::Cancelled, tr("loading was cancelled"), dbPath };
        const QString kvKey = q.value(2).toString();
        const QString tenant = q.value(1).toString();
        const KeyParts parts = splitKvKey(kvKey);
        const QString address = Address { parts.ns, parts.key, {} }.toString();

        auto stored = decodeStoredValue(kvKey, q.value(3).toByteArray(), dbPath);
        if (!stored) {
            Problem p = Problem::fromError(stored.error());
            p.address = address;
            out.problems.append(p);
            continue;
        }
        if (seen.contains(address)) {
            out.problems.append(Problem { Problem::Severity::Warning, dbPath, 0, 0,
                tr("'%1' (tenant %2) maps to the same address as a row of tenant %3; "
                   "edits by address change the first one")
                    .arg(kvKey, tenant, seen.value(address)),
                address });
        } else {
            seen.insert(address, tenant);
        }

        Entry e;
        e.key = parts.key;
        e.value = stored->value;
        e.file = dbPath;
        e.meta.insert(QStringLiteral("kv_key"), kvKey);
        e.meta.insert(QStringLiteral("kv_id"), q.value(0).toString());
        e.meta.insert(QStringLiteral("tenant_id"), tenant);
        e.meta.insert(QStringLiteral("encoding"), encodingName(stored->encoding));
        if (!parts.scope.isEmpty())
            e.meta.insert(QStringLiteral("scope"), parts.scope);
        if (!stored->storageKey.isEmpty())
            e.meta.insert(QStringLiteral("storage_key"), stored->storageKey);
        if (stored->timestamp.isValid())
            e.meta.insert(QStringLiteral("timestamp"), stored->timestamp);
        if (stored->schemaVersion.isValid())
            e.meta.insert(QStringLiteral("schema_version"), stored->schemaVersion);
        if (!q.value(4).isNull())
            e.meta.insert(QStringLiteral("metadata"), q.value(4).toString());
        e.meta.insert(
            QStringLiteral("created_at"), QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC));
        e.meta.insert(
            QStringLiteral("updated_at"), QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC));

        auto it = nsIndex.constFind(parts.ns);
        if (it == nsIndex.constEnd()) {
            it = nsIndex.insert(parts.ns, int(out.namespaces.size()));
            out.namespaces.append(Namespace { parts.ns, {} });
        }
        out.namespaces[*it].entries.append(std::move(e));
    }
    if (q.lastError().isValid())
        out.problems.append(Problem::fromError(
            conn.value()->error(tr("reading kv_store stopped"), sqlMessage(q.lastError()))));
    return out;
}

} // namespace statelens::llmspell
