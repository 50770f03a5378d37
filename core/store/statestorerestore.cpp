// SPDX-License-Identifier: GPL-3.0-or-later
// StateStore: restoring from backups and migrating between schema versions.
#include "statestore.h"

#include "io/safewrite.h"
#include "json/jsoneditor.h"
#include "sources/statefoldersource.h"
#include "sources/statelayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::StateStore", s); }
}

Result<int> StateStore::restoreBackup(const QString& backupId, const QStringList& only)
{
    const Backup* backup = nullptr;
    for (const Backup& b : std::as_const(m_snapshot.backups))
        if (b.id == backupId || b.path == backupId)
            backup = &b;
    if (!backup)
        return Error::notFound(tr("no backup '%1'").arg(backupId), m_root);
    if (backup->health != statelens::Health::Ok)
        return Error::validation(tr("backup %1 cannot be restored: %2").arg(backup->id, backup->reason), backup->path);
    auto text = readFile(backup->path);
    if (!text)
        return text.error();
    auto doc = json::Document::parse(text.value(), backup->path);
    if (!doc)
        return doc.error();
    const json::Document& d = doc.value();
    const quint32 nss = d.isObject(0) ? d.member(0, u"namespaces") : json::Document::npos;
    if (nss == json::Document::npos || !d.isObject(nss))
        return Error::validation(tr("the backup has no \"namespaces\" object"), backup->path);

    // What is in scope: everything, or the listed namespaces and keys.
    auto inScope = [&](const QString& ns, const QString& key) {
        if (only.isEmpty())
            return true;
        return only.contains(ns) || only.contains(ns + u'/' + key);
    };
    QList<Change> changes;
    QSet<QString> inBackup, namespacesInBackup;
    int restored = 0;
    d.forEachMember(nss, [&](quint32 nk, quint32 nv) {
        const QString ns = d.string(nk);
        namespacesInBackup.insert(ns);
        if (!d.isObject(nv))
            return true;
        d.forEachMember(nv, [&](quint32 kk, quint32 kv) {
            const QString key = d.string(kk);
            inBackup.insert(ns + u'/' + key);
            if (!inScope(ns, key))
                return true;
            Change c;
            c.op = Change::Op::Set;
            c.address.ns = ns;
            c.address.key = key;
            c.value = d.toValue(kv);
            changes.append(c);
            ++restored;
            return true;
        });
        return true;
    });
    for (const Namespace& ns : std::as_const(m_snapshot.namespaces)) {
        if (!namespacesInBackup.contains(ns.name) && (only.isEmpty() || only.contains(ns.name))) {
            Change c;
            c.op = Change::Op::Remove;
            c.address.ns = ns.name;
            changes.append(c);
            continue;
        }
        for (const Entry& e : ns.entries)
            if (!inBackup.contains(ns.name + u'/' + e.key) && inScope(ns.name, e.key)) {
                Change c;
                c.op = Change::Op::Remove;
                c.address.ns = ns.name;
                c.address.key = e.key;
                changes.append(c);
            }
    }
    if (changes.isEmpty())
        return 0;
    if (auto r = write(changes); !r)
        return r.error();
    return restored;
}

Result<void> StateStore::migrate(const QString& target)
{
    const QString stateFile = layout::stateFile(m_root);
    const QString from = schemaVersion();
    if (from == target)
        return {};
    auto plan = m_migrations.plan(from, target);
    if (!plan)
        return Error { plan.error().kind, plan.error().message, stateFile };
    auto text = readFile(stateFile);
    if (!text)
        return text.error();
    const FileStamp stamp = FileStamp::ofContent(stateFile, text.value());
    auto doc = json::Document::parse(text.value(), stateFile);
    if (!doc)
        return doc.error();
    json::JsonValue state = doc->toValue(0);
    QStringList log { tr("%1 migrating %2 from %3 to %4").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), stateFile, from, target) };
    for (const MigrationStep& step : plan.value()) {
        if (auto r = step.apply(state); !r)
            return Error { r.error().kind, tr("migration step %1 → %2 failed: %3").arg(step.from, step.to, r.error().message), stateFile };
        log.append(tr("step %1 → %2: %3").arg(step.from, step.to, step.description));
    }
    state.insert(QStringLiteral("version"), json::JsonValue::fromString(target));

    // Earlier pre-migration backups are kept under their time; the newest has the documented name.
    const QString pre = layout::preMigrationBackup(m_root);
    if (QFileInfo::exists(pre)) {
        const qint64 ms = QFileInfo(pre).lastModified().toMSecsSinceEpoch();
        const QString kept = m_root + QStringLiteral("/state.pre-migration.backup.%1.json").arg(ms);
        if (auto c = copyFileAtomically(pre, kept); !c)
            return c.error();
    }
    if (auto c = copyFileAtomically(stateFile, pre); !c)
        return c.error();
    json::Editor editor(std::move(doc.value()), json::Style::javaScript(), stateFile);
    if (auto r = editor.set(json::Pointer(), state); !r)
        return r;
    auto out = editor.text();
    if (!out)
        return out.error();
    WriteOptions opt;
    opt.expected = stamp;
    if (auto w = writeFileAtomically(stateFile, out.value(), opt); !w)
        return w.error();
    log.append(tr("done; the state before is in %1").arg(QFileInfo(pre).fileName()));
    if (auto w = writeFileAtomically(layout::migrationLog(m_root, from, target), (log.join(u'\n') + u'\n').toUtf8()); !w)
        return w.error();
    StateFolderSource source(m_root, SourceKind::Documented);
    if (auto s = source.load(); s)
        m_snapshot = std::move(s.value());
    Q_EMIT saved();
    return {};
}

} // namespace statelens
