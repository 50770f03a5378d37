// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceutil.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace statelens {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens", s); }
}

Result<DocumentPtr> readJsonFile(const QString& path, Snapshot& snapshot, const LoadContext& context,
                                 const json::ParseOptions& shape)
{
    if (context.preread) {
        if (const auto it = context.preread->constFind(path); it != context.preread->cend()) {
            snapshot.stamps.insert(path, it->stamp);
            return it->doc;
        }
    }
    auto read = readFileStamped(path);
    if (!read)
        return read.error();
    snapshot.stamps.insert(path, read->stamp);
    if (read->content.isEmpty())
        return Error { Error::Kind::Parse, tr("file is empty (0 bytes)"), path };
    json::ParseOptions opt;
    opt.cancel = context.cancel;
    opt.focus = shape.focus;
    opt.collapse = shape.collapse;
    auto doc = json::Document::parse(std::move(read->content), path, opt);
    if (!doc)
        return doc.error();
    return std::make_shared<const json::Document>(std::move(doc.value()));
}

DamagedFile describeDamage(const QString& path, const Error& error)
{
    DamagedFile d;
    d.path = QFileInfo(path).absoluteFilePath();
    d.error = error;
    if (error.kind == Error::Kind::Io || error.kind == Error::Kind::NotFound) {
        d.damage = DamagedFile::Damage::Unreadable;
        return d;
    }
    if (error.kind == Error::Kind::Validation) {
        d.damage = DamagedFile::Damage::NotAnObject;
        return d;
    }
    auto bytes = readFile(path);
    d.damage = bytes ? classifyDamage(bytes.value(), error) : DamagedFile::Damage::Unreadable;
    return d;
}

namespace {
/// A backup too big to parse whenever the state is opened: is it whole (it ends with the closing brace
/// of an object), and which schema version does its head name ("version" as its first member, as the
/// documented format writes it)? Its entries stay unknown until it is opened.
void describeWithoutParsing(const QString& path, Backup& b)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        b.health = Health::Unreadable;
        b.reason = Error::io(path, f.errorString()).toString();
        return;
    }
    const QByteArray head = f.read(64 * 1024);
    f.seek(qMax<qint64>(0, b.size - 256));
    const QByteArray tail = f.read(256).trimmed();
    if (head.isEmpty() || !head.trimmed().startsWith('{') || !tail.endsWith('}')) {
        b.health = Health::Unparsable;
        b.reason = tr("%1: not a whole JSON object (it does not begin with '{' and end with '}'), as a copy "
                      "cut off while it was written leaves it").arg(path);
        return;
    }
    static const QRegularExpression version(QStringLiteral("^\\s*\\{\\s*\"version\"\\s*:\\s*\"([^\"\\\\]*)\""));
    const auto m = version.match(QString::fromUtf8(head.left(4096)));
    b.schemaVersion = m.hasMatch() ? m.captured(1) : QStringLiteral("none");
}
} // namespace

Backup jsonFileBackup(const QString& path, const QString& kind, const QDateTime& time,
                      const std::function<void(const json::Document&, Backup&)>& describe)
{
    const QFileInfo fi(path);
    Backup b;
    b.id = fi.fileName();
    b.path = path;
    b.kind = kind;
    b.size = fi.size();
    b.time = time.isValid() ? time : fi.lastModified().toUTC();
    if (b.size == 0) {
        b.health = Health::Empty;
        b.reason = tr("the backup is empty (0 bytes)");
        return b;
    }
    if (b.size > ParseBackupsUpTo) {
        describeWithoutParsing(path, b);
        return b;
    }
    Snapshot scratch;
    auto doc = readJsonFile(path, scratch);
    if (!doc) {
        b.health = doc.error().kind == Error::Kind::Parse ? Health::Unparsable : Health::Unreadable;
        b.reason = doc.error().toString();
    } else if (describe) {
        describe(*doc.value(), b);
    }
    return b;
}

void findHealthyBackups(Snapshot& snapshot, const std::function<bool(const Backup&, const QString&)>& replaces)
{
    for (DamagedFile& d : snapshot.info.damaged) {
        d.healthyBackupId.clear();
        for (const Backup& b : std::as_const(snapshot.backups))
            if (b.health == Health::Ok && replaces(b, d.path)) {
                d.healthyBackupId = b.id;
                break;
            }
    }
}

namespace {
// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ", the spelling of every timestamp the documented
// format writes, read without QDateTime's general parser (a task folder has four per task). Anything else,
// or any field out of range, is left to parseTime()'s general path, which gives the same answer.
std::optional<QDateTime> parseCanonicalUtc(QStringView t)
{
    if ((t.size() != 20 && t.size() != 24) || t.back() != u'Z' || t[4] != u'-' || t[7] != u'-' || t[10] != u'T'
        || t[13] != u':' || t[16] != u':' || (t.size() == 24 && t[19] != u'.'))
        return std::nullopt;
    bool ok = true;
    auto number = [&](qsizetype at, int digits) {
        int v = 0;
        for (int i = 0; i < digits; ++i) {
            const char16_t c = t[at + i].unicode();
            ok = ok && c >= u'0' && c <= u'9';
            v = v * 10 + int(c - u'0');
        }
        return v;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int ms = t.size() == 24 ? number(20, 3) : 0;
    if (!ok || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || year < 1)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const qint64 msecs = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL
        + qint64(hour) * 3600000 + qint64(minute) * 60000 + qint64(second) * 1000 + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}
} // namespace

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (auto fast = parseCanonicalUtc(text))
        return *fast;
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

QString linkOutside(const QString& path, const QString& root)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    if (real.isEmpty() || realRoot.isEmpty() || real == realRoot || real.startsWith(realRoot + u'/'))
        return {};
    return real;
}

void reportLinkOutside(const QString& path, const QString& root, Snapshot& snapshot)
{
    const QString real = linkOutside(path, root);
    if (real.isEmpty())
        return;
    Problem p;
    p.severity = Problem::Severity::Warning;
    p.code = Problem::Code::LinkOutside;
    p.file = path;
    p.message = tr("a symlink leads out of the state folder (to %1): shown, but StateLens never writes through it").arg(real);
    snapshot.problems.append(p);
}

QStringList listFiles(const QString& dir, const QStringList& nameFilters, bool hidden)
{
    QDir d(dir);
    if (!d.exists())
        return {};
    QDir::Filters f = QDir::Files | QDir::System | QDir::NoDotAndDotDot;
    if (hidden)
        f |= QDir::Hidden;
    const QStringList names = d.entryList(nameFilters, f, QDir::Name);
    QStringList out;
    out.reserve(names.size());
    for (const QString& n : names)
        out.append(d.absoluteFilePath(n));
    return out;
}

Problem duplicateKeyProblem(const QString& file, const QString& address)
{
    Problem p;
    p.severity = Problem::Severity::Warning;
    p.code = Problem::Code::DuplicateKey;
    p.file = file;
    p.address = address;
    p.message = tr("%1 is given more than once; the last one is the value (as JSON.parse and Python read it), the earlier ones are ignored").arg(address);
    return p;
}

Namespace namespaceFromObject(const QString& name, const DocumentPtr& doc, const QString& file, QStringList* duplicates)
{
    Namespace ns;
    ns.name = name;
    const quint32 root = doc->root();
    if (doc->isObject(root)) {
        ns.entries = EntryList::fromObject(doc, root, file, duplicates);
    } else {
        Entry e;
        e.key = QStringLiteral(".");
        e.value = ValueRef(doc, root);
        e.file = file;
        ns.entries.append(std::move(e));
    }
    return ns;
}

namespace {
bool isLowerOrDigit(char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }
bool isUpper(char16_t c) { return c >= u'A' && c <= u'Z'; }
bool isWordChar(char16_t c) { return isLowerOrDigit(c) || isUpper(c); }

// Start of the word that ends just before `end` (key[end - 1] is a word character). Words are runs of ASCII
// letters and digits, also split where a lower-case letter or digit is followed by an upper-case letter.
qsizetype wordStart(QStringView key, qsizetype end)
{
    qsizetype i = end - 1;
    while (i > 0 && isWordChar(key[i - 1].unicode()) && !(isUpper(key[i].unicode()) && isLowerOrDigit(key[i - 1].unicode())))
        --i;
    return i;
}

// End of the word before position `pos`: back over separators; 0 when there is none.
qsizetype wordEndBefore(QStringView key, qsizetype pos)
{
    while (pos > 0 && !isWordChar(key[pos - 1].unicode()))
        --pos;
    return pos;
}

bool isOneOf(QStringView word, std::initializer_list<QLatin1String> list)
{
    for (QLatin1String w : list)
        if (word.size() == w.size() && word.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

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
    // The last word of "apiKey", "access_token", "db-password" decides, so that "password_hash" or
    // "context_token_estimate" are not taken for secrets (the Problems list and the masking in the window use
    // this one rule). A scan from the end: no allocation, called for every key of a state.
    const QStringView k(key);
    const qsizetype lastEnd = wordEndBefore(k, k.size());
    if (lastEnd == 0)
        return false;
    const qsizetype lastStart = wordStart(k, lastEnd);
    const QStringView last = k.sliced(lastStart, lastEnd - lastStart);
    if (isOneOf(last, { QLatin1String("password"), QLatin1String("passwd"), QLatin1String("passphrase"), QLatin1String("secret"),
                        QLatin1String("token"), QLatin1String("credential"), QLatin1String("credentials"), QLatin1String("apikey") }))
        return true;
    if (!isOneOf(last, { QLatin1String("key") }))
        return false;
    const qsizetype ownerEnd = wordEndBefore(k, lastStart);
    if (ownerEnd == 0)
        return false;
    const qsizetype ownerStart = wordStart(k, ownerEnd);
    return isOneOf(k.sliced(ownerStart, ownerEnd - ownerStart), { QLatin1String("api"), QLatin1String("private"), QLatin1String("secret"),
                                                                   QLatin1String("access"), QLatin1String("auth"), QLatin1String("signing") });
}

namespace {
// False when the stored bytes of a key (UTF-8, escapes not decoded) cannot be a key looksSecret() takes:
// every word it takes ends in one of these three letters, and the last word of the key is its last run of
// ASCII letters and digits. No allocation; decides for almost every key of a big state.
bool mayLookSecret(QByteArrayView raw)
{
    if (raw.contains('\\'))
        return true; // an escape may spell a letter: decode and ask looksSecret()
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    qsizetype end = raw.size();
    while (end > 0 && !alnum(raw[end - 1]))
        --end;
    if (end < 3 || !alnum(raw[end - 2]) || !alnum(raw[end - 3]))
        return false;
    char last[3];
    for (int j = 0; j < 3; ++j)
        last[j] = char(raw[end - 3 + j] | 0x20);
    const QByteArrayView tail(last, 3);
    for (const char* t : { "ord", "swd", "ase", "ret", "ken", "ial", "als", "key" })
        if (tail == QByteArrayView(t, 3))
            return true;
    return false;
}
} // namespace

void addCommonProblems(Snapshot& s, qsizetype valueLimit)
{
    for (const Namespace& ns : std::as_const(s.namespaces)) {
        const EntryList& list = ns.entries;
        for (qsizetype i = 0; i < list.size(); ++i) {
            // Keys over a parsed document are decoded only when a check needs their text (a key whose
            // stored bytes are at most 255 has at most 255 characters).
            const QByteArrayView raw = list.rawKeyAt(i);
            const bool overDocument = !raw.isNull();
            const bool secret = (!overDocument || mayLookSecret(raw)) && looksSecret(list.keyAt(i));
            const bool longKey = (!overDocument || raw.size() > 255) && list.keyAt(i).size() > 255;
            const bool bigValue = list.valueSizeAt(i) > valueLimit;
            if (!secret && !longKey && !bigValue)
                continue;
            const Entry e = list.at(i);
            const QString address = ns.name + u'/' + e.key;
            if (secret && e.value.isValid() && e.value.type() != json::JsonValue::Type::Null) {
                Problem p;
                p.severity = Problem::Severity::Warning;
                p.file = e.file;
                p.address = address;
                p.message = tr("'%1' looks like a secret stored in plain text; secrets do not belong in state files")
                                .arg(address);
                s.problems.append(p);
            }
            if (longKey) {
                Problem p;
                p.file = e.file;
                p.address = address;
                p.message = tr("key '%1…' is %2 characters long; the limit is 255").arg(e.key.left(40)).arg(e.key.size());
                s.problems.append(p);
            }
            if (bigValue) {
                Problem p;
                p.file = e.file;
                p.address = address;
                p.message = tr("value of '%1' is %2 bytes; the limit is %3").arg(address).arg(e.value.size()).arg(valueLimit);
                s.problems.append(p);
            }
        }
    }
}

void reportTempFiles(const QString& dir, Snapshot& s)
{
    static const QRegularExpression temp(QStringLiteral(
        "^(\\..+\\.[A-Za-z0-9_]{6,}\\.tmp|\\.batch_state_.*\\.tmp|.+\\.json\\.[A-Za-z0-9]{6}|\\..+\\.statelens-[0-9a-f-]+\\.tmp)$"));
    // A task folder holds up to a million files: walk the names one at a time (no list of a million
    // QFileInfo), and match only names that can be temp files (hidden, or "NAME.json.XXXXXX").
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (!name.startsWith(u'.') && !name.contains(QLatin1String(".json.")))
            continue;
        if (temp.match(name).hasMatch()) {
            const QFileInfo fi = it.fileInfo();
            Problem p;
            p.severity = Problem::Severity::Warning;
            p.code = Problem::Code::TempFile;
            p.file = fi.absoluteFilePath();
            p.message = tr("leftover temporary file of an interrupted write (%1 bytes, last changed %2)")
                            .arg(fi.size())
                            .arg(fi.lastModified().toString(Qt::ISODate));
            s.problems.append(p);
        }
    }
}

} // namespace statelens
