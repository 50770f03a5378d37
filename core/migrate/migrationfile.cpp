// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationfile.h"

#include "io/safewrite.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace statelens::migrate {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::migrate::Reader", s);
}

const QStringList formats
    = { QStringLiteral("statefulobject"), QStringLiteral("autonomous-dev"), QStringLiteral("state-folder"),
          QStringLiteral("documented"), QStringLiteral("coding-agent"), QStringLiteral("json") };

/// Parses with the document kept, so that errors can point at the node at fault.
class Reader
{
public:
    Reader(const json::Document& doc, const QString& path)
        : m_doc(doc)
        , m_path(path)
    { }

    Error at(quint32 node, const QString& message) const
    {
        Error e = Error::validation(message, m_path);
        m_doc.lineColumn(node == json::Document::npos ? 0 : m_doc.begin(node), &e.line, &e.column);
        return e;
    }

    /// A version: a string, or an integer written as one.
    Result<QString> version(quint32 obj, const char16_t* name) const
    {
        const quint32 v = m_doc.member(obj, name);
        if (v == json::Document::npos)
            return at(obj,
                tr("\"%1\" is missing (the version the migration starts from or leads to)")
                    .arg(QString::fromUtf16(name)));
        if (m_doc.valueType(v) == json::JsonValue::Type::String && !m_doc.string(v).trimmed().isEmpty())
            return normalizeVersion(m_doc.string(v));
        if (m_doc.valueType(v) == json::JsonValue::Type::Number && !m_doc.raw(v).contains('.'))
            return QString::fromUtf8(m_doc.raw(v));
        return at(v,
            tr("\"%1\" must be a version: a string such as \"1.1.0\" or an integer")
                .arg(QString::fromUtf16(name)));
    }

    Result<QString> optionalString(quint32 obj, const char16_t* name) const
    {
        const quint32 v = m_doc.member(obj, name);
        if (v == json::Document::npos)
            return QString();
        if (m_doc.valueType(v) != json::JsonValue::Type::String)
            return at(v, tr("\"%1\" must be a string").arg(QString::fromUtf16(name)));
        return m_doc.string(v);
    }

    Result<Scope> scope(quint32 v) const
    {
        Scope s;
        if (m_doc.valueType(v) == json::JsonValue::Type::String) {
            const QString name = m_doc.string(v);
            if (name == QLatin1String("state"))
                return s;
            if (name == QLatin1String("tasks")) {
                s.kind = Scope::Kind::Tasks;
                return s;
            }
        } else if (m_doc.isObject(v)) {
            auto ns = optionalString(v, u"namespace");
            auto key = optionalString(v, u"key");
            if (!ns)
                return ns.error();
            if (!key)
                return key.error();
            if (!ns->isEmpty()) {
                s.kind = key->isEmpty() ? Scope::Kind::Namespace : Scope::Kind::Key;
                s.ns = ns.value();
                s.key = key.value();
                return s;
            }
        }
        return at(v,
            tr("\"scope\" must be \"state\", \"tasks\", {\"namespace\": NS} or {\"namespace\": NS, \"key\": "
               "KEY}"));
    }

    Result<json::Pointer> pointer(quint32 op, const char16_t* name) const
    {
        const quint32 v = m_doc.member(op, name);
        if (v == json::Document::npos || m_doc.valueType(v) != json::JsonValue::Type::String)
            return at(op,
                tr("the operation needs \"%1\", a JSON Pointer such as \"/config/theme\"")
                    .arg(QString::fromUtf16(name)));
        auto p = json::Pointer::parse(m_doc.string(v));
        if (!p)
            return at(
                v, tr("\"%1\" is not a JSON Pointer: %2").arg(QString::fromUtf16(name), p.error().message));
        return p.value();
    }

    Result<PatchOperation> operation(quint32 n, const Scope& fileScope) const
    {
        if (!m_doc.isObject(n))
            return at(n, tr("an operation must be an object with \"op\" and \"path\""));
        PatchOperation op;
        m_doc.lineColumn(m_doc.begin(n), &op.line, &op.column);
        op.scope = fileScope;
        const quint32 name = m_doc.member(n, u"op");
        if (name == json::Document::npos || m_doc.valueType(name) != json::JsonValue::Type::String)
            return at(n, tr("the operation has no \"op\""));
        static const QHash<QString, PatchOperation::Op> ops = {
            { QStringLiteral("add"), PatchOperation::Op::Add },
            { QStringLiteral("remove"), PatchOperation::Op::Remove },
            { QStringLiteral("replace"), PatchOperation::Op::Replace },
            { QStringLiteral("move"), PatchOperation::Op::Move },
            { QStringLiteral("copy"), PatchOperation::Op::Copy },
            { QStringLiteral("test"), PatchOperation::Op::Test },
            { QStringLiteral("rename"), PatchOperation::Op::Rename },
            { QStringLiteral("default"), PatchOperation::Op::Default },
        };
        const QString opName = m_doc.string(name);
        if (!ops.contains(opName))
            return at(name,
                tr("unknown op \"%1\" (add, remove, replace, move, copy, test, rename, default)")
                    .arg(opName));
        op.op = ops.value(opName);
        auto path = pointer(n, u"path");
        if (!path)
            return path.error();
        op.path = path.value();
        switch (op.op) {
        case PatchOperation::Op::Add:
        case PatchOperation::Op::Replace:
        case PatchOperation::Op::Test:
        case PatchOperation::Op::Default: {
            const quint32 v = m_doc.member(n, u"value");
            if (v == json::Document::npos)
                return at(n, tr("\"%1\" needs a \"value\"").arg(opName));
            op.value = m_doc.toValue(v);
            break;
        }
        case PatchOperation::Op::Move:
        case PatchOperation::Op::Copy: {
            auto from = pointer(n, u"from");
            if (!from)
                return from.error();
            op.from = from.value();
            break;
        }
        case PatchOperation::Op::Rename: {
            auto to = optionalString(n, u"to");
            if (!to)
                return to.error();
            if (to->isEmpty())
                return at(n, tr("\"rename\" needs \"to\", the new key"));
            if (op.path.isRoot())
                return at(n, tr("\"rename\" needs the path of a member, not \"\""));
            op.newKey = to.value();
            break;
        }
        case PatchOperation::Op::Remove:
            break;
        }
        if (const quint32 s = m_doc.member(n, u"scope"); s != json::Document::npos) {
            auto sc = scope(s);
            if (!sc)
                return sc.error();
            op.scope = sc.value();
        }
        return op;
    }

private:
    const json::Document& m_doc;
    QString m_path;
};
} // namespace

Result<UserMigration> MigrationFile::load(const QString& path)
{
    auto text = readFile(path);
    if (!text)
        return text.error();
    return parse(text.value(), path);
}

Result<UserMigration> MigrationFile::parse(const QByteArray& text, const QString& path)
{
    auto doc = json::Document::parse(text, path);
    if (!doc)
        return doc.error();
    const json::Document& d = doc.value();
    const Reader r(d, path);
    if (!d.isObject(0))
        return r.at(0,
            QCoreApplication::translate("statelens::migrate::MigrationFile",
                "a migration file holds one JSON object with \"from\", \"to\" and \"operations\""));
    UserMigration m;
    m.path = path;
    auto from = r.version(0, u"from");
    if (!from)
        return from.error();
    auto to = r.version(0, u"to");
    if (!to)
        return to.error();
    m.from = from.value();
    m.to = to.value();
    if (m.from == m.to)
        return r.at(d.member(0, u"to"),
            QCoreApplication::translate(
                "statelens::migrate::MigrationFile", "\"from\" and \"to\" are the same version, %1")
                .arg(m.to));
    auto description = r.optionalString(0, u"description");
    if (!description)
        return description.error();
    m.description = description->isEmpty() ? QFileInfo(path).fileName() : description.value();
    auto format = r.optionalString(0, u"format");
    if (!format)
        return format.error();
    if (!format->isEmpty() && !formats.contains(format.value()))
        return r.at(d.member(0, u"format"),
            QCoreApplication::translate(
                "statelens::migrate::MigrationFile", "unknown \"format\" \"%1\" (one of: %2)")
                .arg(format.value(), formats.join(QLatin1String(", "))));
    m.format = format.value();
    Scope fileScope;
    if (const quint32 s = d.member(0, u"scope"); s != json::Document::npos) {
        auto sc = r.scope(s);
        if (!sc)
            return sc.error();
        fileScope = sc.value();
    }
    const quint32 ops = d.member(0, u"operations");
    if (ops == json::Document::npos || !d.isArray(ops))
        return r.at(ops == json::Document::npos ? 0 : ops,
            QCoreApplication::translate("statelens::migrate::MigrationFile",
                "\"operations\" must be an array of JSON Patch operations"));
    Result<void> failure;
    d.forEachElement(ops, [&](int, quint32 n) {
        auto op = r.operation(n, fileScope);
        if (!op) {
            failure = op.error();
            return false;
        }
        m.operations.append(op.value());
        return true;
    });
    if (!failure)
        return failure.error();
    return m;
}

QList<UserMigration> MigrationFile::loadFolder(const QString& folder, QList<Error>* errors)
{
    QList<UserMigration> out;
    const QDir dir(folder);
    if (!dir.exists())
        return out;
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        auto m = load(dir.filePath(name));
        if (m)
            out.append(m.value());
        else if (errors)
            errors->append(m.error());
    }
    return out;
}

bool MigrationFile::appliesTo(const UserMigration& migration, const Subject& subject)
{
    const QString& f = migration.format;
    if (f.isEmpty())
        return true;
    if (f == QLatin1String("documented") || f == QLatin1String("coding-agent"))
        return subject.family == Family::StateFolder;
    return f == familyId(subject.family);
}

Step MigrationFile::toStep(const UserMigration& migration, const Subject& subject)
{
    Step step;
    step.from = migration.from;
    step.to = migration.to;
    step.description = migration.description;
    step.origin = migration.path;
    for (const PatchOperation& op : migration.operations)
        step.needsTasks = step.needsTasks || op.scope.kind == Scope::Kind::Tasks;
    const bool folder = subject.family == Family::StateFolder;
    const QString fileNs = subject.fileNamespace();
    const QString path = migration.path;
    const QList<PatchOperation> ops = migration.operations;
    step.apply = [ops, folder, fileNs, path](MigrationState& ms, QStringList& notes) -> Result<void> {
        auto located = [&](Error e, const QString& where = {}) {
            e.file = path;
            if (!where.isEmpty())
                e.message = where + QStringLiteral(": ") + e.message;
            return e;
        };
        for (const PatchOperation& op : ops) {
            const Scope& s = op.scope;
            json::Pointer base;
            switch (s.kind) {
            case Scope::Kind::State:
                break;
            case Scope::Kind::Namespace:
            case Scope::Kind::Key:
                if (folder) {
                    base = json::Pointer({ QStringLiteral("namespaces"), s.ns });
                } else if (s.ns != fileNs) {
                    Error e
                        = Error::validation(QCoreApplication::translate("statelens::migrate::MigrationFile",
                            "this state has no namespace \"%1\" (its file is the namespace \"%2\")")
                                                .arg(s.ns, fileNs));
                    e.line = op.line;
                    e.column = op.column;
                    return located(e);
                }
                if (s.kind == Scope::Kind::Key)
                    base = base.child(s.key);
                break;
            case Scope::Kind::Tasks: {
                if (!folder) {
                    Error e
                        = Error::validation(QCoreApplication::translate("statelens::migrate::MigrationFile",
                            "this state has no tasks (only state folders keep tasks/)"));
                    e.line = op.line;
                    e.column = op.column;
                    return located(e);
                }
                for (TaskFile& t : ms.tasks)
                    if (auto r = JsonPatch::apply(t.value, op); !r)
                        return located(r.error(),
                            QCoreApplication::translate("statelens::migrate::MigrationFile", "task file %1")
                                .arg(QFileInfo(t.path).fileName()));
                if (json::JsonValue* inState
                    = ms.state.isObject() ? ms.state.member(QStringLiteral("tasks")) : nullptr;
                    inState && inState->isArray()) {
                    for (size_t i = 0; i < inState->items().size(); ++i)
                        if (auto r = JsonPatch::apply(inState->items()[i], op); !r)
                            return located(r.error(),
                                QCoreApplication::translate(
                                    "statelens::migrate::MigrationFile", "state.json tasks[%1]")
                                    .arg(i));
                }
                continue;
            }
            }
            if (auto r = JsonPatch::apply(ms.state, op, base); !r)
                return located(r.error(), s.kind == Scope::Kind::State ? QString() : s.describe());
        }
        Q_UNUSED(notes);
        return {};
    };
    return step;
}

} // namespace statelens::migrate
