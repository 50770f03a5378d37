// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceutil.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::Sources", s); }
}

Result<DocumentPtr> readJsonFile(const QString& path, Snapshot& snapshot, const LoadContext& context)
{
    if (context.preread) {
        if (const auto it = context.preread->constFind(path); it != context.preread->cend()) {
            snapshot.stamps.insert(path, it->stamp);
            return it->doc;
        }
    }
    auto content = readFile(path);
    if (!content)
        return content.error();
    snapshot.stamps.insert(path, FileStamp::ofContent(path, content.value()));
    if (content->isEmpty())
        return Error { Error::Kind::Parse, tr("file is empty (0 bytes)"), path };
    json::ParseOptions opt;
    opt.cancel = context.cancel;
    auto doc = json::Document::parse(std::move(content.value()), path, opt);
    if (!doc)
        return doc.error();
    return std::make_shared<const json::Document>(std::move(doc.value()));
}

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        // Python's isoformat() gives microseconds; Qt reads at most milliseconds.
        static const QRegularExpression micro(QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\d*(Z|[+-]\\d\\d:\\d\\d)?$"));
        const auto m = micro.match(text);
        if (m.hasMatch())
            t = QDateTime::fromString(m.captured(1) + (m.captured(2).isEmpty() ? QStringLiteral("Z") : m.captured(2)),
                                      Qt::ISODateWithMs);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(u'+'))
        t.setTimeSpec(Qt::UTC);
    return t;
}

QString memberString(const json::Document& doc, quint32 obj, QStringView key)
{
    const quint32 n = doc.member(obj, key);
    if (n == json::Document::npos)
        return {};
    if (doc.type(n) == json::NodeType::String)
        return doc.string(n);
    if (doc.type(n) == json::NodeType::Null)
        return {};
    return QString::fromUtf8(doc.raw(n));
}

QStringList listFiles(const QString& dir, const QStringList& nameFilters, bool hidden)
{
    QDir d(dir);
    if (!d.exists())
        return {};
    QDir::Filters f = QDir::Files | QDir::NoDotAndDotDot;
    if (hidden)
        f |= QDir::Hidden;
    const QStringList names = d.entryList(nameFilters, f, QDir::Name);
    QStringList out;
    out.reserve(names.size());
    for (const QString& n : names)
        out.append(d.absoluteFilePath(n));
    return out;
}

Namespace namespaceFromObject(const QString& name, const DocumentPtr& doc, const QString& file)
{
    Namespace ns;
    ns.name = name;
    const quint32 root = doc->root();
    if (doc->isObject(root)) {
        doc->forEachMember(root, [&](quint32 k, quint32 v) {
            Entry e;
            e.key = doc->string(k);
            e.value = ValueRef(doc, v);
            e.file = file;
            e.pointer = json::Pointer({ e.key });
            ns.entries.append(std::move(e));
            return true;
        });
    } else {
        Entry e;
        e.key = QStringLiteral(".");
        e.value = ValueRef(doc, root);
        e.file = file;
        ns.entries.append(std::move(e));
    }
    return ns;
}

std::optional<json::JsonValue> valueAt(const Snapshot& snapshot, const Address& address)
{
    if (address.key.isEmpty()) {
        const Namespace* ns = snapshot.findNamespace(address.ns);
        if (!ns)
            return std::nullopt;
        json::JsonValue obj = json::JsonValue::object();
        for (const Entry& entry : ns->entries)
            obj.insert(entry.key, entry.value.toValue());
        return obj;
    }
    auto v = resolveAddress(snapshot, address);
    return v ? std::optional(v->toValue()) : std::nullopt;
}

JsonEdit jsonEditFor(const Snapshot& base, const Change& change, const json::Pointer& pointer)
{
    JsonEdit e;
    e.pointer = pointer;
    if (change.op == Change::Op::Set)
        e.value = change.value;
    e.address = change.address.toString();
    e.base = valueAt(base, change.address);
    return e;
}

bool looksSecret(const QString& key)
{
    // Split "apiKey", "access_token", "db-password" into lower-case words; the last word decides, so that
    // "password_hash" or "context_token_estimate" are not taken for secrets (the Problems list and the
    // masking in the window use this one rule).
    static const QRegularExpression split(QStringLiteral("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])"));
    QStringList words = key.split(split, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (QString& w : words)
        w = w.toLower();
    static const QStringList secretWords = { QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("passphrase"),
                                             QStringLiteral("secret"), QStringLiteral("token"), QStringLiteral("credential"),
                                             QStringLiteral("credentials"), QStringLiteral("apikey") };
    static const QStringList keyOwners = { QStringLiteral("api"), QStringLiteral("private"), QStringLiteral("secret"),
                                           QStringLiteral("access"), QStringLiteral("auth"), QStringLiteral("signing") };
    const QString& last = words.last();
    return secretWords.contains(last) || (last == QLatin1String("key") && words.size() > 1 && keyOwners.contains(words[words.size() - 2]));
}

void addCommonProblems(Snapshot& s, qsizetype valueLimit)
{
    for (const Namespace& ns : std::as_const(s.namespaces))
        for (const Entry& e : ns.entries) {
            const QString address = ns.name + u'/' + e.key;
            if (looksSecret(e.key) && e.value.isValid() && e.value.type() != json::JsonValue::Type::Null) {
                Problem p;
                p.severity = Problem::Severity::Warning;
                p.file = e.file;
                p.address = address;
                p.message = tr("'%1' looks like a secret stored in plain text; secrets do not belong in state files")
                                .arg(address);
                s.problems.append(p);
            }
            if (e.key.size() > 255) {
                Problem p;
                p.file = e.file;
                p.address = address;
                p.message = tr("key '%1…' is %2 characters long; the limit is 255").arg(e.key.left(40)).arg(e.key.size());
                s.problems.append(p);
            }
            if (e.value.size() > valueLimit) {
                Problem p;
                p.file = e.file;
                p.address = address;
                p.message = tr("value of '%1' is %2 bytes; the limit is %3").arg(address).arg(e.value.size()).arg(valueLimit);
                s.problems.append(p);
            }
        }
}

void reportTempFiles(const QString& dir, Snapshot& s)
{
    static const QRegularExpression temp(QStringLiteral(
        "^(\\..+\\.[A-Za-z0-9_]{6,}\\.tmp|\\.batch_state_.*\\.tmp|.+\\.json\\.[A-Za-z0-9]{6}|\\..+\\.statelens-[0-9a-f]+\\.tmp)$"));
    const auto entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& fi : entries)
        if (temp.match(fi.fileName()).hasMatch()) {
            Problem p;
            p.severity = Problem::Severity::Warning;
            p.file = fi.absoluteFilePath();
            p.message = tr("leftover temporary file of an interrupted write (%1 bytes, last changed %2)")
                            .arg(fi.size())
                            .arg(fi.lastModified().toString(Qt::ISODate));
            s.problems.append(p);
        }
}

} // namespace statelens
