// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation.h"

#include <QHash>

namespace statelens::langgraph {

namespace {

using Role = Turn::Role;

/// The string member `key` of `object`, or an empty string.
QString stringMember(const json::JsonValue& object, const char* key)
{
    const json::JsonValue* v = object.member(QLatin1String(key));
    return v && v->isString() ? v->toString() : QString();
}

bool endsWithMessage(const QString& className)
{
    return className.endsWith(QLatin1String("Message")) || className.endsWith(QLatin1String("MessageChunk"));
}

/// The role of a LangChain message class (chunks as their messages); ChatMessage says it in "role".
Role roleOfClass(QString className, const json::JsonValue& fields);

/// The role a chat message's "role" names: OpenAI's and Anthropic's, and LangChain's own words.
Role roleOfName(const QString& role)
{
    if (role == QLatin1String("user") || role == QLatin1String("human"))
        return Role::Human;
    if (role == QLatin1String("assistant") || role == QLatin1String("ai"))
        return Role::Ai;
    if (role == QLatin1String("tool") || role == QLatin1String("function"))
        return Role::Tool;
    if (role == QLatin1String("system") || role == QLatin1String("developer"))
        return Role::System;
    return Role::Other;
}

Role roleOfClass(QString className, const json::JsonValue& fields)
{
    if (className.endsWith(QLatin1String("Chunk")))
        className.chop(5);
    if (className == QLatin1String("HumanMessage"))
        return Role::Human;
    if (className == QLatin1String("AIMessage"))
        return Role::Ai;
    if (className == QLatin1String("ToolMessage") || className == QLatin1String("FunctionMessage"))
        return Role::Tool;
    if (className == QLatin1String("SystemMessage"))
        return Role::System;
    if (className == QLatin1String("ChatMessage"))
        return roleOfName(stringMember(fields, "role"));
    return Role::Other;
}

/// The role of LangChain's message "type" (BaseMessage.type), or nullopt for a type that is none of its.
std::optional<Role> roleOfType(const QString& type, const json::JsonValue& fields)
{
    if (type == QLatin1String("human"))
        return Role::Human;
    if (type == QLatin1String("ai"))
        return Role::Ai;
    if (type == QLatin1String("tool") || type == QLatin1String("function"))
        return Role::Tool;
    if (type == QLatin1String("system"))
        return Role::System;
    if (type == QLatin1String("chat"))
        return roleOfName(stringMember(fields, "role"));
    if (type == QLatin1String("remove"))
        return Role::Other;
    if (type.endsWith(QLatin1String("MessageChunk"))) // a chunk's type is its class name
        return roleOfClass(type, fields);
    return std::nullopt;
}

/// The content of a message: a string, null, or an array of blocks. nullopt for anything else.
std::optional<QList<ContentBlock>> readContent(const json::JsonValue* content)
{
    QList<ContentBlock> out;
    if (!content || content->isNull())
        return content ? std::optional(out) : std::nullopt;
    if (content->isString()) {
        if (!content->toString().isEmpty())
            out.append({ QStringLiteral("text"), content->toString() });
        return out;
    }
    if (!content->isArray())
        return std::nullopt;
    for (const json::JsonValue& block : content->items()) {
        if (block.isString()) {
            out.append({ QStringLiteral("text"), block.toString() });
            continue;
        }
        const QString type = block.isObject() ? stringMember(block, "type") : QString();
        const json::JsonValue* text = block.isObject() ? block.member(QStringLiteral("text")) : nullptr;
        const bool isText = type == QLatin1String("text") || type == QLatin1String("input_text")
            || type == QLatin1String("output_text");
        if (isText && text && text->isString())
            out.append({ QStringLiteral("text"), text->toString() });
        else // a text block without its text is named by nothing
            out.append({ isText ? QString() : type, QString() });
    }
    return out;
}

QString argsText(const json::JsonValue* args)
{
    if (!args)
        return QString();
    return args->isString() ? args->toString() : QString::fromUtf8(args->toCompactJson());
}

/// One entry of tool_calls: LangChain's {name, args, id} or OpenAI's {id, function: {name, arguments}}.
ToolCall readToolCall(const json::JsonValue& entry, bool invalid)
{
    ToolCall call;
    call.invalid = invalid;
    if (!entry.isObject()
        || !(entry.member(QStringLiteral("name")) || entry.member(QStringLiteral("function")))) {
        call.args = QString::fromUtf8(entry.toCompactJson());
        return call;
    }
    call.id = stringMember(entry, "id");
    const json::JsonValue* function = entry.member(QStringLiteral("function"));
    if (function && function->isObject() && !entry.member(QStringLiteral("name"))) {
        call.name = stringMember(*function, "name");
        call.args = argsText(function->member(QStringLiteral("arguments")));
    } else {
        call.name = stringMember(entry, "name");
        call.args = argsText(entry.member(QStringLiteral("args")));
    }
    return call;
}

void appendToolCalls(QList<ToolCall>& out, const json::JsonValue* calls, bool invalid)
{
    if (!calls || !calls->isArray())
        return;
    for (const json::JsonValue& entry : calls->items())
        out.append(readToolCall(entry, invalid));
}

/// A message from its class or type, and its fields (kwargs, the pydantic dump, or the dict itself).
std::optional<Turn> fromFields(Role role, const QString& kind, const json::JsonValue& fields)
{
    if (!fields.isObject())
        return std::nullopt;
    auto content = readContent(fields.member(QStringLiteral("content")));
    if (!content)
        return std::nullopt;
    Turn t;
    t.role = role;
    t.kind = kind;
    const QString chatRole = stringMember(fields, "role");
    if (role == Role::Other && !chatRole.isEmpty()
        && (kind.startsWith(QLatin1String("ChatMessage")) || kind == QLatin1String("chat")))
        t.kind = chatRole; // a ChatMessage's own role says more than its class
    t.content = std::move(*content);
    t.id = stringMember(fields, "id");
    t.name = stringMember(fields, "name");
    t.toolCallId = stringMember(fields, "tool_call_id");
    t.status = stringMember(fields, "status");
    appendToolCalls(t.toolCalls, fields.member(QStringLiteral("tool_calls")), false);
    if (t.toolCalls.isEmpty()) {
        // Older LangChain kept OpenAI's calls only here.
        const json::JsonValue* extra = fields.member(QStringLiteral("additional_kwargs"));
        if (extra && extra->isObject())
            appendToolCalls(t.toolCalls, extra->member(QStringLiteral("tool_calls")), false);
    }
    appendToolCalls(t.toolCalls, fields.member(QStringLiteral("invalid_tool_calls")), true);
    return t;
}

/// {"lc": 1, "type": "constructor", "id": [..., CLASS], "kwargs": {...}}
std::optional<Turn> fromLangChain(const json::JsonValue& v)
{
    const json::JsonValue* lc = v.member(QStringLiteral("lc"));
    const json::JsonValue* id = v.member(QStringLiteral("id"));
    const json::JsonValue* kwargs = v.member(QStringLiteral("kwargs"));
    if (!lc || !lc->isNumber() || stringMember(v, "type") != QLatin1String("constructor") || !id
        || !id->isArray() || id->items().empty() || !kwargs)
        return std::nullopt;
    for (const json::JsonValue& part : id->items())
        if (!part.isString())
            return std::nullopt;
    const QString className = id->items().back().toString();
    if (!endsWithMessage(className))
        return std::nullopt;
    return fromFields(roleOfClass(className, *kwargs), className, *kwargs);
}

/// Python LangGraph's MessagePack: a pydantic model as ext 4 (v1) or 5 (v2) of (module, CLASS, fields, ...).
std::optional<Turn> fromMsgpackExt(const json::JsonValue& v)
{
    const json::JsonValue* code = v.member(QStringLiteral("__msgpack_ext__"));
    const json::JsonValue* data = v.member(QStringLiteral("data"));
    if (!code || !code->isNumber() || (code->toInt() != 4 && code->toInt() != 5) || !data || !data->isArray()
        || data->items().size() < 3)
        return std::nullopt;
    const auto& tuple = data->items();
    if (!tuple[0].isString() || !tuple[1].isString() || !endsWithMessage(tuple[1].toString()))
        return std::nullopt;
    return fromFields(roleOfClass(tuple[1].toString(), tuple[2]), tuple[1].toString(), tuple[2]);
}

/// {"type": "human", "data": {...}} (messages_to_dict), {"type": "human", "content": ...} (the fields), or
/// {"role": "user", "content": ...}.
std::optional<Turn> fromDict(const json::JsonValue& v)
{
    const QString type = stringMember(v, "type");
    const json::JsonValue* data = v.member(QStringLiteral("data"));
    if (!type.isEmpty() && data && data->isObject() && !v.member(QStringLiteral("content"))) {
        if (const auto role = roleOfType(type, *data))
            return fromFields(*role, type, *data);
        return std::nullopt;
    }
    if (!v.member(QStringLiteral("content")))
        return std::nullopt;
    if (const auto role = roleOfType(type, v))
        return fromFields(*role, type, v);
    const QString role = stringMember(v, "role");
    if (role.isEmpty())
        return std::nullopt;
    return fromFields(roleOfName(role), role, v);
}

/// Links each tool message to the latest earlier call with its id that has no result yet.
void linkToolResults(QList<Turn>& turns)
{
    QHash<QString, std::pair<int, int>> open; // call id -> (turn, call)
    for (int t = 0; t < turns.size(); ++t) {
        Turn& turn = turns[t];
        if (turn.role == Role::Tool && !turn.toolCallId.isEmpty()) {
            const auto it = open.constFind(turn.toolCallId);
            if (it != open.constEnd()) {
                turn.callTurn = it->first;
                turn.callIndex = it->second;
                turns[it->first].toolCalls[it->second].resultTurn = t;
                open.erase(it);
            }
        }
        for (int c = 0; c < turn.toolCalls.size(); ++c)
            if (!turn.toolCalls[c].id.isEmpty() && !turn.toolCalls[c].invalid)
                open.insert(turn.toolCalls[c].id, { t, c });
    }
}

std::optional<Conversation> readArray(const json::JsonValue& array, const json::Pointer& at)
{
    if (array.items().empty())
        return std::nullopt;
    Conversation c;
    c.messages = at;
    c.turns.reserve(qsizetype(array.items().size()));
    int index = 0;
    for (const json::JsonValue& item : array.items()) {
        auto turn = readMessage(item);
        if (!turn)
            return std::nullopt;
        turn->pointer = at.child(index++);
        c.turns.append(std::move(*turn));
    }
    linkToolResults(c.turns);
    return c;
}

} // namespace

QString Turn::text() const
{
    QStringList parts;
    for (const ContentBlock& b : content)
        if (b.isText())
            parts << b.text;
    return parts.join(QStringLiteral("\n\n"));
}

QStringList Turn::otherBlocks() const
{
    QStringList out;
    for (const ContentBlock& b : content)
        if (!b.isText())
            out << b.type;
    return out;
}

std::optional<Turn> readMessage(const json::JsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    if (value.member(QStringLiteral("lc")))
        return fromLangChain(value);
    if (value.member(QStringLiteral("__msgpack_ext__")))
        return fromMsgpackExt(value);
    return fromDict(value);
}

std::optional<Conversation> readConversation(const json::JsonValue& value)
{
    if (value.isArray())
        return readArray(value, json::Pointer());
    if (!value.isObject())
        return std::nullopt;
    if (auto single = readMessage(value)) {
        Conversation c;
        c.turns.append(std::move(*single));
        return c;
    }
    const json::JsonValue* messages = value.member(QStringLiteral("messages"));
    if (messages && messages->isArray())
        return readArray(*messages, json::Pointer(QStringList { QStringLiteral("messages") }));
    return std::nullopt;
}

} // namespace statelens::langgraph
