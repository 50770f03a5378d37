// SPDX-License-Identifier: GPL-3.0-or-later
#include "autonomousdevsource.h"

#include "io/jsonfilewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::AutonomousDevSource", s); }
}

AutonomousDevSource::AutonomousDevSource(const QString& root) : JsonFilesSource(QFileInfo(root).absoluteFilePath()) { }

Source::WatchPlan AutonomousDevSource::watchPlan() const
{
    return { m_path, { QStringLiteral(".claude"), QStringLiteral(".ralph-checkpoints"), QStringLiteral("logs") }, {} };
}

Result<QStringList> AutonomousDevSource::backup(const QString& file) const
{
    // batch_state.json is replaced by rename (temp file, then rename): our generation shares the old inode.
    // Checkpoints have the tool's own .bak besides ours; how the tool rewrites them is not documented,
    // so ours is a copy.
    if (file.endsWith(QLatin1String("_checkpoint.json")))
        return backups::beforeWrite(m_path, file, backups::LinkPolicy::Copy, backups::singleBak);
    return backups::beforeWrite(m_path, file, backups::LinkPolicy::Link);
}

void AutonomousDevSource::namespaceReloaded(Snapshot& s, const QString& name, const DocumentPtr& doc) const
{
    if (name != QLatin1String("batch_state") || !doc || !doc->isObject(0))
        return;
    s.batch = readBatch(*doc);
    s.lastSaved = s.batch->updatedAt;
    readVersion(*doc, s.info); // a migration or a rollback rewrote the file: the version follows the disk
}

void AutonomousDevSource::readVersion(const json::Document& d, SourceInfo& info)
{
    const quint32 v = d.isObject(0) ? d.member(0, u"version") : json::Document::npos;
    if (v == json::Document::npos) {
        info.version = QStringLiteral("none");
        info.versionOrigin
            = tr("inferred: no \"version\" field (the library has no versioning; the skill document's 1.0.0)");
        return;
    }
    info.version = QString::fromUtf8(d.raw(v)).remove(u'"');
    info.versionOrigin = tr("field \"version\"");
}

Batch AutonomousDevSource::readBatch(const json::Document& d)
{
    Batch b;
    b.id = memberString(d, 0, u"batch_id");
    b.status = memberString(d, 0, u"status");
    b.createdAt = parseTime(memberString(d, 0, u"created_at"));
    // Schema 2.0.0 renamed updated_at to last_updated (docs/MIGRATIONS.md): read the one the file has.
    b.updatedAt = parseTime(memberString(d, 0, u"updated_at"));
    if (!b.updatedAt.isValid())
        b.updatedAt = parseTime(memberString(d, 0, u"last_updated"));
    const quint32 cur = d.member(0, u"current_index");
    b.currentIndex = cur != json::Document::npos ? int(d.number(cur)) : 0;

    QSet<int> completed;
    if (const quint32 c = d.member(0, u"completed_features"); c != json::Document::npos && d.isArray(c))
        d.forEachElement(c, [&](int, quint32 v) { return completed.insert(int(d.number(v))), true; });
    QHash<int, QString> failed, skipped;
    if (const quint32 f = d.member(0, u"failed_features"); f != json::Document::npos && d.isArray(f))
        d.forEachElement(f, [&](int, quint32 v) {
            const quint32 i = d.member(v, u"feature_index");
            if (i != json::Document::npos)
                failed.insert(int(d.number(i)), memberString(d, v, u"error_message"));
            return true;
        });
    if (const quint32 sk = d.member(0, u"skipped_features"); sk != json::Document::npos && d.isArray(sk))
        d.forEachElement(sk, [&](int, quint32 v) {
            const quint32 i = d.member(v, u"feature_index");
            if (i != json::Document::npos)
                skipped.insert(int(d.number(i)), memberString(d, v, u"reason"));
            return true;
        });
    const quint32 retries = d.member(0, u"retry_attempts");
    if (const quint32 fs = d.member(0, u"features"); fs != json::Document::npos && d.isArray(fs))
        d.forEachElement(fs, [&](int i, quint32 v) {
            BatchFeature f;
            f.index = i;
            f.name = d.type(v) == json::NodeType::String ? d.string(v) : QString::fromUtf8(d.raw(v));
            if (retries != json::Document::npos) {
                const quint32 r = d.member(retries, QString::number(i));
                f.retries = r != json::Document::npos ? int(d.number(r)) : 0;
            }
            if (completed.contains(i)) {
                f.state = QStringLiteral("completed");
            } else if (failed.contains(i)) {
                f.state = QStringLiteral("failed");
                f.error = failed.value(i);
            } else if (skipped.contains(i)) {
                f.state = QStringLiteral("skipped");
                f.reason = skipped.value(i);
            } else if (i == b.currentIndex && b.status == QLatin1String("in_progress")) {
                f.state = QStringLiteral("current");
            } else {
                f.state = QStringLiteral("pending");
            }
            b.features.append(f);
            return true;
        });
    return b;
}

Result<Snapshot> AutonomousDevSource::load(const LoadContext& context) const
{
    if (!QFileInfo(m_path).isDir())
        return Error::notFound(tr("project folder does not exist"), m_path);
    Snapshot s;
    s.info.kind = kind();
    s.info.path = m_path;
    s.info.detectedBy = tr(".claude/batch_state.json written by batch_state_manager.py");
    const QString batchFile = m_path + QStringLiteral("/.claude/batch_state.json");
    QStringList files;
    s.info.version = QStringLiteral("none");
    if (QFileInfo::exists(batchFile)) {
        files.append(batchFile);
        if (const DocumentPtr doc = addFile(s, QStringLiteral("batch_state"), batchFile, context); doc && doc->isObject(0)) {
            s.batch = readBatch(*doc);
            s.lastSaved = s.batch->updatedAt;
            readVersion(*doc, s.info);
        }
    } else {
        Problem p;
        p.severity = Problem::Severity::Info;
        p.file = batchFile;
        p.message = tr("no batch is running (batch_state.json does not exist)");
        s.problems.append(p);
    }
    for (const QString& f : listFiles(m_path + QStringLiteral("/.ralph-checkpoints"), { QStringLiteral("*_checkpoint.json") })) {
        files.append(f);
        addFile(s, QFileInfo(f).completeBaseName(), f, context);
    }
    addBakBackups(s, files);
    addPreMigrationBackups(s, files);
    addSafetyBackups(s);
    for (const QString& f : listFiles(m_path + QStringLiteral("/logs"),
                                      { QStringLiteral("*.log"), QStringLiteral("*.log.*"), QStringLiteral("*.jsonl") })) {
        const QFileInfo fi(f);
        LogFile log;
        log.name = fi.fileName();
        log.path = f;
        log.size = fi.size();
        log.time = fi.lastModified().toUTC();
        log.format = LogFile::Format::JsonLines;
        s.logs.append(log);
    }
    reportTempFiles(m_path + QStringLiteral("/.claude"), s);
    addCommonProblems(s);
    return s;
}

} // namespace statelens
