// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetybackup.h"

#include "io/safewrite.h"
#include "io/statelayout.h"
#include "json/jsonstyle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace statelens::backup {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::backup", s); }

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

json::JsonValue str(const QString& s) { return json::JsonValue::fromString(s); }

QString memberText(const json::JsonValue& o, const char* name)
{
    const json::JsonValue* v = o.member(QString::fromLatin1(name));
    return v && v->isString() ? v->toString() : QString();
}
} // namespace

Result<SafetyManifest> createSafetyBackup(const QString& root, const QString& prefix, const QString& sourceKind,
                                          const QString& reason, bool complete, const QList<SafetyInput>& files,
                                          const QList<SafetyValue>& values)
{
    const QString dir = layout::backupsDir(root);
    if (auto made = makeFolders(dir); !made)
        return made.error();
    SafetyManifest m;
    m.createdAt = QDateTime::currentDateTimeUtc();
    // A free name: the next millisecond if this one is taken (two restores within one millisecond).
    QString folder;
    for (qint64 ms = m.createdAt.toMSecsSinceEpoch();; ++ms) {
        m.id = QStringLiteral("%1-%2").arg(prefix).arg(ms);
        folder = dir + u'/' + m.id;
        if (!QFileInfo::exists(folder) && QDir().mkdir(folder))
            break;
    }
    m.source = sourceKind;
    m.reason = reason;
    m.complete = complete;
    const QDir rootDir(root);
    for (const SafetyInput& in : files) {
        SafetyFile f;
        f.path = rootDir.relativeFilePath(in.path);
        if (f.path.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(f.path))
            return Error::validation(tr("%1 is outside the state folder %2").arg(in.path, root), in.path);
        f.existed = in.content.has_value();
        f.mode = in.mode;
        if (f.existed) {
            f.size = in.content->size();
            f.sha256 = sha256Hex(*in.content);
            const QString copy = folder + QStringLiteral("/files/") + f.path;
            QDir().mkpath(QFileInfo(copy).absolutePath());
            WriteOptions opt;
            opt.newFileMode = 0600; // the copies may hold what the originals hold: readable by the owner only
            if (auto w = writeFileAtomically(copy, *in.content, opt); !w)
                return w.error();
        }
        m.files.append(f);
    }
    m.values = values;

    json::JsonValue o = json::JsonValue::object();
    o.insert(QStringLiteral("format"), str(QStringLiteral("statelens-safety-backup")));
    o.insert(QStringLiteral("version"), json::JsonValue::fromInt(1));
    o.insert(QStringLiteral("id"), str(m.id));
    o.insert(QStringLiteral("created_at"), str(m.createdAt.toString(Qt::ISODateWithMs)));
    o.insert(QStringLiteral("source"), str(m.source));
    o.insert(QStringLiteral("reason"), str(m.reason));
    o.insert(QStringLiteral("complete"), json::JsonValue::fromBool(m.complete));
    json::JsonValue fs = json::JsonValue::array();
    for (const SafetyFile& f : std::as_const(m.files)) {
        json::JsonValue fo = json::JsonValue::object();
        fo.insert(QStringLiteral("path"), str(f.path));
        fo.insert(QStringLiteral("existed"), json::JsonValue::fromBool(f.existed));
        if (f.existed) {
            fo.insert(QStringLiteral("size"), json::JsonValue::fromInt(f.size));
            fo.insert(QStringLiteral("mode"), str(QString::number(f.mode, 8)));
            fo.insert(QStringLiteral("sha256"), str(f.sha256));
        }
        fs.append(std::move(fo));
    }
    o.insert(QStringLiteral("files"), std::move(fs));
    json::JsonValue vs = json::JsonValue::array();
    for (const SafetyValue& v : std::as_const(m.values)) {
        json::JsonValue vo = json::JsonValue::object();
        vo.insert(QStringLiteral("namespace"), str(v.ns));
        vo.insert(QStringLiteral("key"), str(v.key));
        vo.insert(QStringLiteral("existed"), json::JsonValue::fromBool(v.existed));
        if (v.existed)
            vo.insert(QStringLiteral("value"), v.value);
        vs.append(std::move(vo));
    }
    o.insert(QStringLiteral("values"), std::move(vs));
    WriteOptions opt; // holds the values it replaced, like the copies beside it
    opt.newFileMode = 0600;
    if (auto w = writeFileAtomically(folder + QStringLiteral("/manifest.json"), o.toJson(json::Style::javaScript()) + '\n', opt); !w)
        return w.error();
    return m;
}

Result<SafetyManifest> readSafetyManifest(const QString& folder)
{
    const QString path = folder + QStringLiteral("/manifest.json");
    if (!QFileInfo::exists(path))
        return Error { Error::Kind::NotFound, tr("no manifest.json: the backup was interrupted before it was complete"), path };
    auto text = readFile(path);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return Error { Error::Kind::Parse, tr("manifest.json is empty (0 bytes)"), path };
    auto parsed = json::JsonValue::parse(*text, path);
    if (!parsed)
        return parsed.error();
    const json::JsonValue& o = *parsed;
    if (!o.isObject() || memberText(o, "format") != QLatin1String("statelens-safety-backup"))
        return Error { Error::Kind::Parse, tr("not a StateLens safety backup manifest"), path };
    SafetyManifest m;
    m.id = memberText(o, "id");
    if (m.id.isEmpty())
        m.id = QFileInfo(folder).fileName();
    m.createdAt = QDateTime::fromString(memberText(o, "created_at"), Qt::ISODateWithMs);
    m.source = memberText(o, "source");
    m.reason = memberText(o, "reason");
    if (const json::JsonValue* c = o.member(QStringLiteral("complete")); c && c->isBool())
        m.complete = c->toBool();
    if (const json::JsonValue* fs = o.member(QStringLiteral("files")); fs && fs->isArray())
        for (const json::JsonValue& fo : fs->items()) {
            SafetyFile f;
            f.path = memberText(fo, "path");
            const json::JsonValue* ex = fo.member(QStringLiteral("existed"));
            f.existed = ex && ex->isBool() && ex->toBool();
            if (const json::JsonValue* sz = fo.member(QStringLiteral("size")); sz && sz->isNumber())
                f.size = sz->toInt();
            bool ok = false;
            const int mode = memberText(fo, "mode").toInt(&ok, 8);
            f.mode = ok ? mode : 0644;
            f.sha256 = memberText(fo, "sha256");
            if (f.path.isEmpty() || f.path.startsWith(QLatin1String("../")) || f.path.contains(QLatin1String("/../"))
                || QDir::isAbsolutePath(f.path))
                return Error { Error::Kind::Validation, tr("file entry with an unsafe path '%1'").arg(f.path), path };
            m.files.append(f);
        }
    if (const json::JsonValue* vs = o.member(QStringLiteral("values")); vs && vs->isArray())
        for (const json::JsonValue& vo : vs->items()) {
            SafetyValue v;
            v.ns = memberText(vo, "namespace");
            v.key = memberText(vo, "key");
            const json::JsonValue* ex = vo.member(QStringLiteral("existed"));
            v.existed = ex && ex->isBool() && ex->toBool();
            if (const json::JsonValue* val = vo.member(QStringLiteral("value")))
                v.value = *val;
            m.values.append(v);
        }
    return m;
}

Result<QByteArray> readSafetyFile(const QString& folder, const SafetyFile& file)
{
    const QString path = folder + QStringLiteral("/files/") + file.path;
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    const QString actual = sha256Hex(*bytes);
    if (!file.sha256.isEmpty() && actual != file.sha256)
        return Error { Error::Kind::Validation, tr("sha256 of the copy is %1, the manifest says %2").arg(actual, file.sha256), path };
    return bytes;
}

} // namespace statelens::backup
