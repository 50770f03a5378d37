// SPDX-License-Identifier: GPL-3.0-or-later
// StateStore: restoring from backups and migrating between schema versions.
#include "statestore.h"

#include "backup/restoreengine.h"
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
}

Result<int> StateStore::restoreBackup(const QString& backupId, const QStringList& only)
{
    // The restore engine plans against the files on disk, takes a safety backup in .statelens/backups/,
    // writes atomically and rolls back on failure (docs/BACKUPS.md).
    backup::RestoreScope scope;
    scope.addresses = only;
    auto outcome = backup::restoreBackup(m_root, backupId, scope);
    if (!outcome)
        return outcome.error();
    StateFolderSource source(m_root, SourceKind::Documented);
    if (auto s = source.load(); s)
        m_snapshot = std::move(s.value());
    Q_EMIT saved();
    return outcome->entries;
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
