// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfilewriter.h"

#include "io/filelock.h"
#include "io/safewrite.h"
#include "json/jsoneditor.h"
#include "json/jsonequivalence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens", s); }

constexpr int MaxAttempts = 8;

/// The file as it is now: its bytes (the initial content for a missing file that may be created) and stamp.
struct Current
{
    QByteArray text;
    FileStamp stamp;
    std::shared_ptr<const json::Document> known; ///< `text` parsed, when it is JsonWriteRequest::known
};

/// What a parse for these edits must read in full: the places they change (a root edit, or more than a
/// focus holds, reads everything).
json::ParseOptions optionsFor(const QList<JsonEdit>& edits)
{
    json::ParseOptions opt;
    for (const JsonEdit& e : edits) {
        if (e.pointer.isRoot())
            return {};
        opt.focus.append(e.pointer.tokens());
    }
    return opt;
}

/// True when every place `edits` change, and every object on the way there, was read into nodes.
bool readsAll(const json::Document& doc, const QList<JsonEdit>& edits)
{
    if (!doc.isPartial())
        return true;
    for (const JsonEdit& e : edits) {
        quint32 n = doc.root();
        for (const QString& t : e.pointer.tokens()) {
            if (n == json::Document::npos)
                break; // missing from here on: the edit adds it to an object that was read
            if (doc.isCollapsed(n))
                return false;
            n = doc.resolve(json::Pointer({ t }), n);
        }
        if (n != json::Document::npos && doc.isCollapsed(n))
            return false;
    }
    return true;
}

/// The current text parsed for the edits: the caller's document when the text is its version and it read
/// every place they change, else the text parsed again, focused on them (only they are read into nodes).
Result<json::Document> parseCurrent(const Current& now, const QString& file, const QList<JsonEdit>& edits)
{
    if (now.known && readsAll(*now.known, edits))
        return *now.known;
    return json::Document::parse(now.text, file, optionsFor(edits));
}

Result<Current> readCurrent(const JsonWriteRequest& req)
{
    Current c;
    c.stamp = FileStamp::stat(req.file);
    if (c.stamp.exists && req.known && req.expected && c.stamp.sameFile(*req.expected)
        && req.known->text().size() == c.stamp.size) {
        // The version the caller read and still holds parsed: no second read, hash or parse.
        c.text = req.known->text();
        c.stamp.hash = req.expected->hash;
        c.known = req.known;
    } else if (c.stamp.exists) {
        auto read = readFileStamped(req.file); // the stamp of exactly the bytes read
        if (!read)
            return read.error();
        c.text = std::move(read->content);
        c.stamp = read->stamp;
    } else if (!req.createIfMissing) {
        if (req.expected && req.expected->exists)
            return Error { Error::Kind::Conflict, tr("file was deleted since it was read"), req.file };
        return Error::notFound(tr("file does not exist"), req.file);
    } else {
        c.text = req.initialContent;
    }
    return c;
}

/// True when `now` is the version `expected` describes (same file, or same bytes).
bool isExpectedVersion(const FileStamp& now, const FileStamp& expected)
{
    if (now.exists != expected.exists)
        return false;
    return !now.exists || now.sameFile(expected) || (!expected.hash.isEmpty() && now.hash == expected.hash);
}

/// The edits whose value in `current` is neither the one they were made against nor the one they write.
QStringList clashes(const json::Document& current, const QList<JsonEdit>& edits)
{
    QStringList out;
    for (const JsonEdit& e : edits) {
        if (!e.checkBase)
            continue;
        const quint32 n = current.isEmpty() ? json::Document::npos : current.resolve(e.pointer);
        const std::optional<json::JsonValue> now
            = n == json::Document::npos ? std::nullopt : std::optional(current.toValue(n));
        if (json::equivalent(now, e.base) || json::equivalent(now, e.value))
            continue;
        const QString name = e.address.isEmpty() ? e.pointer.toString() : e.address;
        if (!out.contains(name))
            out << name;
    }
    return out;
}

Error conflictError(const QString& file, const QStringList& keys)
{
    Error e { Error::Kind::Conflict,
              tr("changed on disk since it was read, at %1; reload or merge first").arg(keys.join(QLatin1String(", "))),
              file };
    e.conflicts = keys;
    return e;
}

/// Nothing, or a Conflict naming the clashing edits, for the file as it is now (`now`, parsed: `doc`).
Result<void> checkAgainstBase(const JsonWriteRequest& req, const Current& now, const json::Document& doc)
{
    if (!req.expected || isExpectedVersion(now.stamp, *req.expected))
        return {};
    if (const QStringList keys = clashes(doc, req.edits); !keys.isEmpty())
        return conflictError(req.file, keys);
    return {};
}

Result<void> applyEdits(json::Editor& editor, const JsonWriteRequest& req)
{
    for (const JsonEdit& e : req.edits) {
        if (!e.value && e.base && !editor.value(e.pointer))
            continue; // removed on both sides
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
    return {};
}

void pauseBeforeAttempt(int attempt)
{
    QThread::msleep(2u << qMin(attempt, 6)); // 4, 8, 16 … 128 ms: about half a second in all
}
} // namespace

Result<void> checkJsonEdits(const JsonWriteRequest& req)
{
    if (!req.expected)
        return {};
    if (FileStamp::stat(req.file).sameFile(*req.expected))
        return {}; // unchanged since it was read: nothing to clash with, and no need to read it
    auto now = readCurrent(req);
    if (!now)
        return now.error();
    if (isExpectedVersion(now->stamp, *req.expected))
        return {};
    auto doc = json::Document::parse(now->text, req.file, optionsFor(req.edits));
    if (!doc)
        return {};
    return checkAgainstBase(req, now.value(), doc.value());
}

Result<JsonWriteOutcome> applyJsonEdits(const JsonWriteRequest& req)
{
    // Refused before the lock and the backup: nothing is written, not even beside the file.
    if (!req.confineTo.isEmpty()) {
        auto confined = req.followLinkAnywhere ? checkConfined(req.file, req.confineTo)
                                               : checkConfinedFile(req.file, req.confineTo);
        if (!confined)
            return confined.error();
    }
    FileLock lock;
    if (!req.lockFile.isEmpty()) {
        auto l = FileLock::acquire(req.lockFile);
        if (!l)
            return l.error();
        lock = std::move(l.value());
    }
    JsonWriteOutcome outcome;
    bool backedUp = false;
    for (int attempt = 1;; ++attempt) {
        const bool last = attempt == MaxAttempts;
        auto now = readCurrent(req);
        if (!now)
            return now.error();
        const FileStamp& stamp = now->stamp;
        auto doc = parseCurrent(now.value(), req.file, req.edits);
        if (!doc) {
            // Another writer may be halfway through writing the file in place: look again.
            if (last || !req.expected || isExpectedVersion(stamp, *req.expected))
                return doc.error();
            pauseBeforeAttempt(attempt);
            continue;
        }
        if (auto r = checkAgainstBase(req, now.value(), doc.value()); !r)
            return r.error();
        json::Editor editor(std::move(doc.value()), req.fallbackStyle, req.file);
        if (auto r = applyEdits(editor, req); !r)
            return r.error();
        auto out = editor.splices();
        if (!out)
            return out.error();
        outcome.content = std::move(out.value());
        const bool unchanged = outcome.content.onOriginal ? outcome.content.unchanged() : outcome.content.build() == now->text;
        if (stamp.exists && unchanged) {
            outcome.stamp = stamp;
            return outcome;
        }
        if (stamp.exists && req.backup && !backedUp) {
            auto b = req.backup(req.file);
            if (!b)
                return Error { b.error().kind, tr("backup before writing failed: %1").arg(b.error().message), req.file };
            outcome.backupPaths = b.value();
            backedUp = true;
        }
        WriteOptions opt;
        opt.expected = stamp;
        opt.newFileMode = 0644;
        opt.confineTo = req.confineTo;
        opt.followLinkAnywhere = req.followLinkAnywhere;
        // The unchanged ranges are copied from the file itself while it is the version just read.
        SplicedContent spliced;
        spliced.base = outcome.content.base;
        spliced.pieces.reserve(outcome.content.splices.size());
        for (const json::Splice& sp : outcome.content.splices)
            spliced.pieces.push_back({ sp.begin, sp.end, sp.text });
        if (stamp.exists && outcome.content.onOriginal) {
            spliced.baseFile = req.file;
            spliced.baseStamp = stamp;
        }
        auto written = writeFileAtomically(req.file, spliced, opt);
        if (written) {
            outcome.changed = true;
            outcome.stamp = written.value();
            return outcome;
        }
        // Replaced between our read and our write by a writer that took no lock: read it again.
        if (written.error().kind != Error::Kind::Conflict || last)
            return last && written.error().kind == Error::Kind::Conflict
                ? Error { Error::Kind::Conflict,
                          tr("kept changing on disk while saving (%1 attempts); try again").arg(MaxAttempts), req.file }
                : written.error();
        pauseBeforeAttempt(attempt);
    }
}

namespace backups {

Result<QString> timestamped(const QString& file, LinkPolicy policy)
{
    const QString dir = QFileInfo(file).absolutePath();
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QString path;
    for (;; ++ms) {
        path = dir + QStringLiteral("/state.backup.%1.json").arg(ms);
        if (!QFileInfo::exists(path))
            break;
    }
    auto r = linkOrCopyForBackup(file, path, policy == LinkPolicy::Link);
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
