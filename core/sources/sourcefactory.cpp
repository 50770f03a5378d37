// SPDX-License-Identifier: GPL-3.0-or-later
// Detection: what wrote a folder or file, decided from names first and content second.
#include "sources/autonomousdevsource.h"
#include "sources/source.h"
#include "sources/sourcedetectors.h"
#include "sources/statefoldersource.h"
#include "sources/statefulobjectsource.h"

#include "io/jsonfilewriter.h"
#include "io/safewrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens", s); }

/// Reads at most the first `limit` bytes (detection never reads a whole big file).
QByteArray head(const QString& path, qint64 limit = 1 << 20)
{
    auto bytes = readFileHead(path, limit);
    return bytes ? std::move(bytes.value()) : QByteArray();
}

bool looksPythonJson(const QByteArray& text)
{
    // json.dump(indent=2): "key": value, ASCII only; Python never writes raw non-ASCII with ensure_ascii.
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return text.startsWith("{\n  \"") || text == "{}";
}

/// The head of the newest non-empty state.backup.<ms>.json in `dir`: what state.json held before, for a
/// folder whose state.json does not tell (empty or cut off before its first member).
QByteArray newestBackupHead(const QDir& dir)
{
    QStringList names = dir.entryList({ QStringLiteral("state.backup.*.json") }, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return backups::timestampOf(a) > backups::timestampOf(b);
    });
    for (const QString& n : std::as_const(names)) {
        const QByteArray h = head(dir.filePath(n));
        if (!h.trimmed().isEmpty())
            return h;
    }
    return {};
}

Detection detectFolder(const QString& dir)
{
    Detection d;
    d.root = dir;
    const QDir q(dir);
    const QString state = q.filePath(QStringLiteral("state.json"));
    if (QFileInfo::exists(state)) {
        const QByteArray h = head(state);
        if (h.contains("\"namespaces\"") && h.contains("\"version\"")) {
            d.kind = SourceKind::Documented;
            d.detectedBy = tr("state.json has \"version\" and \"namespaces\"");
            return d;
        }
        // A damaged state.json (empty, or cut off early) does not change what the folder is: its backups
        // tell.
        if (!h.contains("\"namespaces\"") && !h.contains("\"tasks\"")) {
            const QByteArray b = newestBackupHead(q);
            if (b.contains("\"namespaces\"") && b.contains("\"version\"")) {
                d.kind = SourceKind::Documented;
                d.detectedBy = tr("state.json does not tell; its newest backup has \"version\" and \"namespaces\"");
                return d;
            }
        }
        const bool folderLayout = q.exists(QStringLiteral("tasks"))
            || !q.entryList({ QStringLiteral("state.backup.*.json") }, QDir::Files).isEmpty();
        if (h.contains("\"tasks\"") || folderLayout) {
            d.kind = SourceKind::CodingAgent;
            d.detectedBy = folderLayout ? tr("state.json with tasks/ or state.backup.*.json beside it")
                                        : tr("state.json holds \"tasks\" without a version");
            return d;
        }
    } else if (q.exists(QStringLiteral("tasks")) || !q.entryList({ QStringLiteral("state.backup.*.json") }, QDir::Files).isEmpty()) {
        d.kind = SourceKind::CodingAgent;
        d.detectedBy = tr("tasks/ or state.backup.*.json without state.json");
        d.note = tr("state.json is missing");
        return d;
    }
    if (QFileInfo::exists(q.filePath(QStringLiteral(".claude/batch_state.json")))
        || q.exists(QStringLiteral(".ralph-checkpoints"))
        || QFileInfo::exists(q.filePath(QStringLiteral("logs/security_audit.log")))) {
        d.kind = SourceKind::AutonomousDev;
        d.detectedBy = tr(".claude/batch_state.json, .ralph-checkpoints/ or logs/security_audit.log");
        return d;
    }
    if (QFileInfo(dir).fileName() == QLatin1String(".claude") && QFileInfo::exists(q.filePath(QStringLiteral("batch_state.json")))) {
        d.kind = SourceKind::AutonomousDev;
        d.root = QFileInfo(dir).absolutePath();
        d.detectedBy = tr("batch_state.json in .claude/");
        return d;
    }
    QString why;
    if (looksLikeLangGraph(dir, &why)) {
        d.kind = SourceKind::LangGraph;
        d.detectedBy = why;
        return d;
    }
    if (looksLikeLlmSpell(dir, &why)) {
        d.kind = SourceKind::LlmSpell;
        d.detectedBy = why;
        return d;
    }
    if (looksLikeSled(dir, &why)) {
        d.kind = SourceKind::Sled;
        d.detectedBy = why;
        d.note = tr("sled format, not readable; export the state with the tool itself");
        return d;
    }
    const QStringList jsons = q.entryList({ QStringLiteral("*.json") }, QDir::Files);
    const QStringList baks = q.entryList({ QStringLiteral("*.json.bak") }, QDir::Files);
    const QStringList tmps = q.entryList({ QStringLiteral(".*.tmp") }, QDir::Files | QDir::Hidden);
    bool python = !jsons.isEmpty();
    for (const QString& j : jsons)
        python = python && looksPythonJson(head(q.filePath(j), 4096));
    if (!jsons.isEmpty() && (python || !baks.isEmpty() || !tmps.isEmpty())) {
        d.kind = SourceKind::StatefulObject;
        d.detectedBy = !baks.isEmpty() ? tr("*.json with *.json.bak beside them") : tr("*.json written by Python's json.dump");
        return d;
    }
    d.kind = SourceKind::PlainJson;
    d.detectedBy = tr("no known layout");
    d.note = jsons.isEmpty() ? tr("no JSON files here; nothing StateLens recognises") : tr("unknown content, shown as plain JSON files");
    return d;
}

} // namespace

Detection detectSource(const QString& input)
{
    const QFileInfo fi(input);
    const QString path = fi.absoluteFilePath();
    if (fi.isDir())
        return detectFolder(path);
    Detection d;
    d.root = path;
    QString why;
    if (!fi.exists()) {
        d.note = tr("does not exist");
        return d;
    }
    if (looksLikeLangGraph(path, &why)) {
        d.kind = SourceKind::LangGraph;
        d.detectedBy = why;
        return d;
    }
    if (looksLikeLlmSpell(path, &why)) {
        d.kind = SourceKind::LlmSpell;
        d.detectedBy = why;
        return d;
    }
    const QString name = fi.fileName();
    if (name == QLatin1String("state.json") || name.startsWith(QLatin1String("state.backup."))) {
        Detection folder = detectFolder(fi.absolutePath());
        if (folder.kind == SourceKind::Documented || folder.kind == SourceKind::CodingAgent)
            return folder;
    }
    if (name == QLatin1String("batch_state.json") || name.endsWith(QLatin1String("_checkpoint.json"))) {
        d.kind = SourceKind::AutonomousDev;
        const QDir parent = fi.absoluteDir();
        d.root = (parent.dirName() == QLatin1String(".claude") || parent.dirName() == QLatin1String(".ralph-checkpoints"))
                     ? QFileInfo(parent.absolutePath()).absolutePath()
                     : parent.absolutePath();
        d.detectedBy = tr("the file name %1").arg(name);
        return d;
    }
    const QByteArray h = head(path, 4096);
    if (looksPythonJson(h) || QFileInfo::exists(path + QStringLiteral(".bak"))) {
        d.kind = SourceKind::StatefulObject;
        d.detectedBy = QFileInfo::exists(path + QStringLiteral(".bak")) ? tr("a .bak generation beside the file")
                                                                        : tr("JSON written by Python's json.dump");
        return d;
    }
    d.kind = SourceKind::PlainJson;
    d.detectedBy = tr("no known layout");
    d.note = tr("unknown content, shown as a plain JSON file");
    return d;
}

Result<std::unique_ptr<Source>> openSource(const QString& path)
{
    const Detection d = detectSource(path);
    std::unique_ptr<Source> source;
    switch (d.kind) {
    case SourceKind::Documented:
    case SourceKind::CodingAgent:
        source = std::make_unique<StateFolderSource>(d.root, d.kind);
        break;
    case SourceKind::StatefulObject:
        source = std::make_unique<StatefulObjectSource>(d.root);
        break;
    case SourceKind::AutonomousDev:
        source = std::make_unique<AutonomousDevSource>(d.root);
        break;
    case SourceKind::LlmSpell:
        source = makeLlmSpellSource(d.root);
        break;
    case SourceKind::LangGraph:
        source = makeLangGraphSource(d.root);
        break;
    case SourceKind::Sled:
        return Error { Error::Kind::Unsupported, d.note, d.root };
    case SourceKind::PlainJson:
        source = std::make_unique<PlainJsonSource>(d.root, d.note);
        break;
    case SourceKind::Unknown:
        return Error::notFound(d.note.isEmpty() ? tr("nothing to open") : d.note, path);
    }
    return source;
}

Result<ApplyResult> Source::apply(const Snapshot&, const QList<Change>&)
{
    return Error { Error::Kind::Unsupported, QCoreApplication::translate("statelens::Source", "this source is read-only"), m_path };
}

Result<LoadedState> openAndLoad(const QString& path, const LoadContext& context)
{
    auto source = openSource(path);
    if (!source)
        return source.error();
    if (!source.value())
        return Error { Error::Kind::Unsupported, tr("this kind of state is not supported in this build"), path };
    const qint64 began = QDateTime::currentMSecsSinceEpoch() * 1000000;
    auto snapshot = source.value()->load(context);
    if (!snapshot)
        return snapshot.error();
    snapshot->readStartedNs = began;
    return LoadedState { std::move(source.value()), std::move(snapshot.value()) };
}

} // namespace statelens
