// SPDX-License-Identifier: GPL-3.0-or-later
#include "langgraphsource.h"

#include "checkpointwriter.h"
#include "langgraphdatabase.h"
#include "langgraphdetect.h"
#include "langgraphstate.h"

#include "sources/sourcedetectors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace statelens {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::LangGraphSource", s);
}

} // namespace

LangGraphSource::LangGraphSource(const QString& path)
    : Source(QFileInfo(path).absoluteFilePath())
{ }

QString LangGraphSource::database() const
{
    const QString found = langgraph::findDatabase(m_path);
    // A file that is no (longer a) checkpoint database is still the one to read: load() says what is wrong.
    return found.isEmpty() && QFileInfo(m_path).isFile() ? m_path : found;
}

Result<Snapshot> LangGraphSource::load(const LoadContext& context) const
{
    if (!QFileInfo::exists(m_path))
        return Error::notFound(tr("no such file or folder"), m_path);
    if (context.cancelled())
        return Error { Error::Kind::Cancelled, tr("loading was cancelled"), m_path };
    const QString db = database();
    if (db.isEmpty())
        return Error::notFound(tr("no LangGraph checkpoint database (*.sqlite, *.db) found"), m_path);

    Snapshot s;
    s.info.kind = SourceKind::LangGraph;
    s.info.path = m_path;
    QString why;
    s.info.detectedBy = looksLikeLangGraph(m_path, &why) ? why : tr("opened as a LangGraph checkpoint database");
    context.report(0, tr("Reading %1").arg(QFileInfo(db).fileName()));
    s.stamps.insert(db, FileStamp::stat(db));
    const QString wal = db + QLatin1String("-wal");
    if (QFileInfo::exists(wal))
        s.stamps.insert(wal, FileStamp::stat(wal));
    auto rows = langgraph::readDatabase(db, context);
    if (!rows)
        return rows.error();
    s.info.readOnly = rows->readOnly;
    s.info.note = rows->note;
    s.info.version = QStringLiteral("none");
    s.info.versionOrigin = tr("LangGraph keeps a version per checkpoint (\"v\"), shown with each checkpoint");
    langgraph::BuiltState built = langgraph::buildState(rows.value(), db);
    s.namespaces = std::move(built.namespaces);
    s.backups = std::move(built.backups);
    s.tasks = std::move(built.tasks);
    s.problems = std::move(built.problems);
    for (const Backup& b : std::as_const(s.backups))
        if (b.meta.value(QStringLiteral("latest")).toBool() && (!s.lastSaved.isValid() || b.time > s.lastSaved))
            s.lastSaved = b.time;
    if (s.namespaces.isEmpty())
        s.info.note = tr("the database holds no checkpoints yet");
    context.report(100, tr("Done"));
    return s;
}

Result<ApplyResult> LangGraphSource::apply(const Snapshot& base, const QList<Change>& changes)
{
    const QString db = database();
    if (base.info.readOnly || db.isEmpty())
        return Error { Error::Kind::Unsupported,
                       tr("this LangGraph database is read-only (it could only be opened as immutable)"),
                       db.isEmpty() ? m_path : db };
    return langgraph::applyCheckpointChanges(db, base, changes);
}

Source::WatchPlan LangGraphSource::watchPlan() const
{
    // The database by its data_version: commits into the -wal leave the main file's stamp alone.
    const QString db = database();
    if (db.isEmpty())
        return { m_path, {}, {} };
    return { {}, {}, db };
}

} // namespace statelens
