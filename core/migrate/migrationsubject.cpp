// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationsubject.h"

#include "io/safewrite.h"
#include "io/statelayout.h"
#include "json/jsondocument.h"
#include "sources/source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace statelens::migrate {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::migrate::Subject", s);
}

bool isBackupName(const QString& name)
{
    return name.contains(QLatin1String(".pre-migration.backup"))
        || name.startsWith(QLatin1String("state.backup."));
}

struct Peek
{
    bool object = false;
    bool hasVersion = false;
    bool hasSettings = false;
};

Peek peek(const QString& file)
{
    Peek p;
    auto text = readFile(file);
    if (!text)
        return p;
    auto doc = json::Document::parse(text.value(), file);
    if (!doc || !doc->isObject(0))
        return p;
    p.object = true;
    p.hasVersion = doc->member(0, u"version") != json::Document::npos;
    p.hasSettings = doc->member(0, u"settings") != json::Document::npos;
    return p;
}

/// In a folder of single JSON files: the one that carries a version (or the v1 shape).
Result<QString> pickFile(const QString& dir)
{
    QStringList versioned;
    const QStringList names = QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& n : names) {
        if (isBackupName(n))
            continue;
        const Peek p = peek(QDir(dir).filePath(n));
        if (p.object && (p.hasVersion || p.hasSettings))
            versioned.append(n);
    }
    if (versioned.isEmpty())
        return Error::notFound(QCoreApplication::translate("statelens::migrate",
                                   "no JSON file here has a \"version\" field or the v1 \"settings\" layout; "
                                   "nothing to migrate"),
            dir);
    if (versioned.size() == 1)
        return QDir(dir).filePath(versioned.first());
    if (versioned.contains(QLatin1String("state.json")))
        return QDir(dir).filePath(QStringLiteral("state.json"));
    return Error::validation(QCoreApplication::translate("statelens::migrate",
                                 "several files carry a version (%1); pass the one to migrate")
                                 .arg(versioned.join(QLatin1String(", "))),
        dir);
}
} // namespace

QString familyId(Family family)
{
    switch (family) {
    case Family::StatefulObject:
        return QStringLiteral("statefulobject");
    case Family::BatchState:
        return QStringLiteral("autonomous-dev");
    case Family::StateFolder:
        return QStringLiteral("state-folder");
    case Family::Generic:
        return QStringLiteral("json");
    }
    return {};
}

QString normalizeVersion(const QString& text)
{
    QString v = text.trimmed();
    if (v.size() > 1 && (v.front() == u'v' || v.front() == u'V') && v.at(1).isDigit())
        v.remove(0, 1);
    return v;
}

Result<Subject> Subject::detect(const QString& path)
{
    const Detection d = detectSource(path);
    Subject s;
    s.kind = d.kind;
    s.root = d.root;
    const QFileInfo input(path);
    switch (d.kind) {
    case SourceKind::Documented:
    case SourceKind::CodingAgent:
        s.family = Family::StateFolder;
        s.file = layout::stateFile(d.root);
        break;
    case SourceKind::AutonomousDev:
        s.family = Family::BatchState;
        s.file = d.root + QStringLiteral("/.claude/batch_state.json");
        break;
    case SourceKind::StatefulObject:
    case SourceKind::PlainJson: {
        s.family = d.kind == SourceKind::StatefulObject ? Family::StatefulObject : Family::Generic;
        if (input.isDir()) {
            auto f = pickFile(input.absoluteFilePath());
            if (!f)
                return f.error();
            s.file = f.value();
        } else {
            s.file = input.absoluteFilePath();
        }
        break;
    }
    case SourceKind::LlmSpell:
        return Error { Error::Kind::Unsupported,
            tr("rs-llmspell keeps a schema_version per value and migrates its database itself; StateLens "
               "does not migrate it"),
            d.root };
    case SourceKind::LangGraph:
        return Error { Error::Kind::Unsupported,
            tr("a LangGraph checkpoint database is changed by new checkpoints, never migrated; StateLens does not "
               "migrate it"),
            d.root };
    case SourceKind::Sled:
    case SourceKind::Unknown:
        return Error { Error::Kind::Unsupported,
            d.note.isEmpty() ? tr("nothing StateLens can migrate") : d.note, path };
    }
    if (!QFileInfo::exists(s.file))
        return Error::notFound(tr("there is no state file to migrate"), s.file);
    auto text = readFile(s.file);
    if (!text)
        return text.error();
    auto doc = json::Document::parse(text.value(), s.file);
    if (!doc)
        return doc.error();
    const json::Document& j = doc.value();
    if (!j.isObject(0))
        return Error::validation(tr("the state is not a JSON object, so it has no version"), s.file);

    const quint32 v = j.member(0, u"version");
    if (v != json::Document::npos) {
        if (j.valueType(v) == json::JsonValue::Type::String) {
            s.version = j.string(v);
        } else if (j.valueType(v) == json::JsonValue::Type::Number
            && QRegularExpression(QStringLiteral("^-?[0-9]+$"))
                   .match(QString::fromUtf8(j.raw(v)))
                   .hasMatch()) {
            s.version = QString::fromUtf8(j.raw(v));
            s.integerVersions = true;
        } else {
            Error e
                = Error::validation(tr("the \"version\" field is neither a string nor an integer"), s.file);
            j.lineColumn(j.begin(v), &e.line, &e.column);
            return e;
        }
        s.versionOrigin = tr("field \"version\"");
        if (s.family == Family::Generic && j.member(0, u"config") != json::Document::npos
            && s.integerVersions)
            s.family = Family::StatefulObject; // the v2 layout of seed 000
        return s;
    }
    s.inferred = true;
    switch (s.family) {
    case Family::StateFolder:
        s.version = QStringLiteral("0.0.0");
        s.versionOrigin
            = tr("inferred: state.json has no \"version\" field, so it is the coding-agent server's "
                 "versionless snapshot, numbered 0.0.0 (it precedes the documented format's 1.0.0)");
        return s;
    case Family::BatchState:
        s.version = QStringLiteral("1.0.0");
        s.versionOrigin
            = tr("inferred: no \"version\" field; batch_state_manager.py writes none, and the skill "
                 "document reads a missing version as \"1.0.0\" (assumed)");
        return s;
    case Family::StatefulObject:
    case Family::Generic:
        if (j.member(0, u"settings") != json::Document::npos) {
            s.family = Family::StatefulObject;
            s.version = QStringLiteral("1");
            s.integerVersions = true;
            s.versionOrigin = tr("inferred: \"settings\" and no \"version\", the StatefulObject v1 layout "
                                 "(its _set_state reads a missing version as 1)");
            return s;
        }
        break;
    }
    return Error::notFound(tr("no \"version\" field, and no layout StateLens knows a version for"), s.file);
}

QString Subject::stateFolder() const
{
    return family == Family::StateFolder ? root : QString();
}

QString Subject::fileNamespace() const
{
    return QFileInfo(file).completeBaseName();
}

QString Subject::preMigrationBackup() const
{
    if (family == Family::StateFolder)
        return layout::preMigrationBackup(root);
    return file + QStringLiteral(".pre-migration.backup");
}

QString Subject::keptPreMigrationBackup(qint64 epochMs) const
{
    if (family == Family::StateFolder)
        return root + QStringLiteral("/state.pre-migration.backup.%1.json").arg(epochMs);
    return file + QStringLiteral(".pre-migration.backup.%1").arg(epochMs);
}

QString Subject::logFile(const QString& from, const QString& to) const
{
    if (family == Family::StateFolder)
        return layout::migrationLog(root, from, to);
    return file + QStringLiteral(".migration-v%1-to-v%2.log").arg(from, to);
}

QStringList Subject::migrationFolders() const
{
    QStringList dirs;
    const QFileInfo r(root);
    if (r.isDir())
        dirs.append(r.absoluteFilePath() + QStringLiteral("/migrations"));
    dirs.append(QFileInfo(file).absolutePath() + QStringLiteral("/migrations"));
    dirs.removeDuplicates();
    return dirs;
}

json::JsonValue Subject::versionValue(const QString& v) const
{
    bool isInt = false;
    const qint64 n = v.toLongLong(&isInt);
    if (integerVersions && isInt)
        return json::JsonValue::fromInt(n);
    return json::JsonValue::fromString(v);
}

} // namespace statelens::migrate
