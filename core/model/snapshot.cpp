// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace statelens {

QString sourceKindId(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Documented: return QStringLiteral("documented");
    case SourceKind::CodingAgent: return QStringLiteral("coding-agent");
    case SourceKind::StatefulObject: return QStringLiteral("statefulobject");
    case SourceKind::AutonomousDev: return QStringLiteral("autonomous-dev");
    case SourceKind::LlmSpell: return QStringLiteral("rs-llmspell");
    case SourceKind::Sled: return QStringLiteral("sled");
    case SourceKind::LangGraph: return QStringLiteral("langgraph");
    case SourceKind::PlainJson: return QStringLiteral("json");
    case SourceKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Documented: return QCoreApplication::translate("SourceKind", "StateLens state folder");
    case SourceKind::CodingAgent: return QCoreApplication::translate("SourceKind", "coding-agent state");
    case SourceKind::StatefulObject: return QCoreApplication::translate("SourceKind", "StatefulObject JSON");
    case SourceKind::AutonomousDev: return QCoreApplication::translate("SourceKind", "autonomous-dev batch state");
    case SourceKind::LlmSpell: return QCoreApplication::translate("SourceKind", "rs-llmspell state");
    case SourceKind::Sled: return QCoreApplication::translate("SourceKind", "sled database");
    case SourceKind::LangGraph: return QCoreApplication::translate("SourceKind", "LangGraph checkpoints");
    case SourceKind::PlainJson: return QCoreApplication::translate("SourceKind", "JSON files");
    case SourceKind::Unknown: break;
    }
    return QCoreApplication::translate("SourceKind", "unknown");
}

QString healthName(Health h)
{
    switch (h) {
    case Health::Ok: return QCoreApplication::translate("Health", "ok");
    case Health::Empty: return QCoreApplication::translate("Health", "empty");
    case Health::Unparsable: return QCoreApplication::translate("Health", "unparsable");
    case Health::ChecksumMismatch: return QCoreApplication::translate("Health", "checksum mismatch");
    case Health::BrokenChain: return QCoreApplication::translate("Health", "broken chain");
    case Health::Unreadable: return QCoreApplication::translate("Health", "unreadable");
    }
    return {};
}

QString damageId(DamagedFile::Damage damage)
{
    switch (damage) {
    case DamagedFile::Damage::Empty: return QStringLiteral("empty");
    case DamagedFile::Damage::Truncated: return QStringLiteral("truncated");
    case DamagedFile::Damage::Invalid: return QStringLiteral("invalid");
    case DamagedFile::Damage::NotAnObject: return QStringLiteral("not-an-object");
    case DamagedFile::Damage::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

QString damageName(DamagedFile::Damage damage)
{
    switch (damage) {
    case DamagedFile::Damage::Empty: return QCoreApplication::translate("Damage", "empty (0 bytes)");
    case DamagedFile::Damage::Truncated: return QCoreApplication::translate("Damage", "truncated");
    case DamagedFile::Damage::Invalid: return QCoreApplication::translate("Damage", "not valid JSON");
    case DamagedFile::Damage::NotAnObject: return QCoreApplication::translate("Damage", "not a JSON object");
    case DamagedFile::Damage::Unreadable: return QCoreApplication::translate("Damage", "unreadable");
    }
    return {};
}

DamagedFile::Damage classifyDamage(const QByteArray& bytes, const Error& error)
{
    if (bytes.isEmpty())
        return DamagedFile::Damage::Empty;
    if (error.kind != Error::Kind::Parse || error.line <= 0)
        return DamagedFile::Damage::Invalid;
    // The byte offset of the error's 1-based line and column (columns count characters).
    qsizetype at = 0;
    for (int line = 1; line < error.line && at < bytes.size(); ++at)
        if (bytes[at] == '\n')
            ++line;
    for (int column = 1; at < bytes.size(); ++at) {
        if ((static_cast<unsigned char>(bytes[at]) & 0xC0) == 0x80)
            continue;
        if (column++ == error.column)
            break;
    }
    qsizetype end = bytes.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (end > at && space(bytes[end - 1]))
        --end;
    // Cut off: the error is at the end of the text, or it is a string that the text ends inside (the
    // parser reports an unterminated string where it starts).
    if (at >= end)
        return DamagedFile::Damage::Truncated;
    if (bytes[at] == '"' && bytes.indexOf('"', at + 1) < 0)
        return DamagedFile::Damage::Truncated;
    return DamagedFile::Damage::Invalid;
}

const DamagedFile* SourceInfo::damageOf(const QString& path) const
{
    for (const DamagedFile& d : damaged)
        if (d.path == path)
            return &d;
    return nullptr;
}

Problem Problem::fromError(const Error& e, Severity s)
{
    Problem p;
    p.severity = s;
    p.file = e.file;
    p.line = e.line;
    p.column = e.column;
    p.message = e.message;
    if (e.kind == Error::Kind::Io && !e.file.isEmpty() && isSpecialFile(e.file))
        p.code = Code::NotRegularFile; // the error of readFile(), which never opens such a file
    return p;
}

QString Problem::toString() const
{
    Error e { Error::Kind::Validation, message, file, line, column };
    return e.toString();
}

const Namespace* Snapshot::findNamespace(const QString& name) const
{
    for (const Namespace& ns : namespaces)
        if (ns.name == name)
            return &ns;
    return nullptr;
}

std::optional<Entry> Snapshot::findEntry(const QString& ns, const QString& key) const
{
    if (const Namespace* n = findNamespace(ns))
        return n->entries.find(key);
    return std::nullopt;
}

QMap<QString, int> countByStatus(const QList<Task>& tasks)
{
    // A few distinct statuses over many tasks, mostly sharing their strings (TextPool): look first among
    // the strings seen last by address, which reads no characters; count by value otherwise.
    struct Seen
    {
        const QChar* data;
        qsizetype size;
        int count;
        QString text;
    };
    QVarLengthArray<Seen, 8> recent;
    QHash<QString, int> others;
    for (const Task& t : tasks) {
        const QChar* data = t.status.constData();
        auto it = std::find_if(recent.begin(), recent.end(),
                               [&](const Seen& s) { return s.data == data && s.size == t.status.size(); });
        if (it != recent.end())
            ++it->count;
        else if (recent.size() < 8 && !t.status.isNull())
            recent.append({ data, t.status.size(), 1, t.status });
        else
            ++others[t.status];
    }
    QMap<QString, int> sorted;
    for (const Seen& s : recent)
        sorted[s.text] += s.count;
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        sorted[it.key()] += it.value();
    return sorted;
}

int Snapshot::entryCount() const
{
    int n = 0;
    for (const Namespace& ns : namespaces)
        n += int(ns.entries.size());
    return n;
}

} // namespace statelens
