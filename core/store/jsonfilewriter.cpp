// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfilewriter.h"

#include "io/filelock.h"
#include "io/safewrite.h"
#include "json/jsoneditor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::JsonFileWriter", s); }
}

Result<JsonWriteOutcome> applyJsonEdits(const JsonWriteRequest& req)
{
    FileLock lock;
    if (!req.lockFile.isEmpty()) {
        auto l = FileLock::acquire(req.lockFile);
        if (!l)
            return l.error();
        lock = std::move(l.value());
    }
    QByteArray text;
    FileStamp stamp = FileStamp::stat(req.file);
    if (stamp.exists) {
        auto content = readFile(req.file);
        if (!content)
            return content.error();
        text = std::move(content.value());
        stamp.hash = FileStamp::hashOf(text);
    } else if (!req.createIfMissing) {
        return Error::notFound(tr("file does not exist"), req.file);
    } else {
        text = req.initialContent;
    }
    if (req.expected) {
        if (auto r = checkUnchanged(req.file, *req.expected); !r)
            return r.error();
    }
    auto doc = json::Document::parse(text, req.file);
    if (!doc)
        return doc.error();
    json::Editor editor(std::move(doc.value()), req.fallbackStyle, req.file);
    for (const JsonEdit& e : req.edits) {
        auto r = e.value ? editor.set(e.pointer, *e.value) : editor.remove(e.pointer);
        if (!r && e.value && req.createParents && r.error().kind == Error::Kind::NotFound && !e.pointer.isRoot()) {
            // Create the missing objects between the deepest existing ancestor and the value.
            json::Pointer ancestor = e.pointer.parent();
            QStringList missing { e.pointer.last() };
            while (!ancestor.isRoot() && !editor.value(ancestor)) {
                missing.prepend(ancestor.last());
                ancestor = ancestor.parent();
            }
            json::JsonValue nested = *e.value;
            for (qsizetype i = missing.size() - 1; i >= 1; --i) {
                json::JsonValue obj = json::JsonValue::object();
                obj.insert(missing[i], std::move(nested));
                nested = std::move(obj);
            }
            r = editor.set(ancestor.child(missing.first()), nested);
        }
        if (!r)
            return r.error();
    }
    auto out = editor.text();
    if (!out)
        return out.error();
    JsonWriteOutcome outcome;
    outcome.text = out.value();
    if (stamp.exists && outcome.text == text) {
        outcome.stamp = stamp;
        return outcome;
    }
    if (stamp.exists && req.backup) {
        auto b = req.backup(req.file);
        if (!b)
            return Error { b.error().kind, tr("backup before writing failed: %1").arg(b.error().message), req.file };
        outcome.backupPaths = b.value();
    }
    WriteOptions opt;
    opt.expected = stamp;
    opt.newFileMode = 0644;
    opt.confineTo = req.confineTo;
    auto written = writeFileAtomically(req.file, outcome.text, opt);
    if (!written)
        return written.error();
    outcome.changed = true;
    outcome.stamp = written.value();
    return outcome;
}

namespace backups {

Result<QString> timestamped(const QString& file)
{
    const QString dir = QFileInfo(file).absolutePath();
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QString path;
    for (;; ++ms) {
        path = dir + QStringLiteral("/state.backup.%1.json").arg(ms);
        if (!QFileInfo::exists(path))
            break;
    }
    auto r = copyFileAtomically(file, path);
    if (!r)
        return r.error();
    return path;
}

Result<QString> singleBak(const QString& file)
{
    const QString path = file + QStringLiteral(".bak");
    auto r = copyFileAtomically(file, path);
    if (!r)
        return r.error();
    return path;
}

qint64 timestampOf(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^state\\.backup\\.(\\d+)\\.json$"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

Result<QStringList> prune(const QString& dir, int keep, int maxAgeDays)
{
    QStringList names = QDir(dir).entryList({ QStringLiteral("state.backup.*.json") }, QDir::Files, QDir::Name);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return timestampOf(a) > timestampOf(b); });
    const qint64 cutoff = maxAgeDays > 0 ? QDateTime::currentMSecsSinceEpoch() - qint64(maxAgeDays) * 86400000 : -1;
    QStringList removed;
    for (int i = 0; i < names.size(); ++i) {
        const qint64 ts = timestampOf(names[i]);
        if (i >= keep || (cutoff >= 0 && ts >= 0 && ts < cutoff)) {
            const QString path = dir + u'/' + names[i];
            if (auto r = removeFileDurably(path); !r)
                return r.error();
            removed.append(path);
        }
    }
    return removed;
}

} // namespace backups

} // namespace statelens
