// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"

#include <QList>
#include <QString>

#include <optional>

namespace statelens::langgraph {

/// One part of a message's content: a text (a plain string content is one text block), or a block of
/// another type ("image_url", "tool_use", …), named by its type and not shown; `type` is empty for a block
/// that names no type.
struct ContentBlock
{
    QString type;
    QString text;
    bool isText() const { return type == QLatin1String("text"); }
    bool operator==(const ContentBlock& o) const { return type == o.type && text == o.text; }
};

/// A tool call an assistant message asks for.
struct ToolCall
{
    QString id;
    QString name; ///< empty when the call names no tool
    /// The arguments as compact JSON; for arguments stored as text (OpenAI's "arguments", LangChain's
    /// invalid_tool_calls) that text as it is; for an entry that is not a call object, the whole entry.
    QString args;
    bool invalid = false; ///< listed in invalid_tool_calls (LangChain could not parse its arguments)
    int resultTurn = -1; ///< the turn that answers it (a tool message with this id), or -1
};

/// One message of a conversation.
struct Turn
{
    enum class Role { Human, Ai, Tool, System, Other };

    Role role = Role::Other;
    /// What the message says it is: the LangChain class ("AIMessage", "ChatMessage", "MyMessage"), or the
    /// plain dict's "role" or "type" ("user", "human"); for a chat message whose role is none of the
    /// known ones, that role ("critic").
    QString kind;
    QString id; ///< the message id, if it has one
    QString name; ///< the message's name (for a tool message: the tool's)
    QList<ContentBlock> content;
    QList<ToolCall> toolCalls;
    QString toolCallId; ///< tool messages: the call it answers
    QString status; ///< tool messages: LangChain's ToolMessage status ("success", "error"), if stored
    int callTurn = -1; ///< tool messages: the turn whose call (toolCalls[callIndex]) this answers, or -1
    int callIndex = -1;
    json::Pointer pointer; ///< where the message is in the value read

    /// The text blocks joined by blank lines.
    QString text() const;
    /// The types of the other blocks, in order ("" for a block without a type).
    QStringList otherBlocks() const;
};

/// The messages of a value, in order, with tool calls linked to their results.
struct Conversation
{
    QList<Turn> turns;
    json::Pointer messages; ///< the array of messages ("" for the value itself, "/messages", or the message)
};

/// One message in any shape readConversation() accepts, or nullopt if `value` is none of them.
std::optional<Turn> readMessage(const json::JsonValue& value);

/// Reads `value` as a conversation, or returns nullopt ("not a conversation"). Accepted:
/// - a non-empty array whose every element is a message;
/// - an object whose "messages" member is such an array (a whole state saved as one value);
/// - a single message (a conversation of one turn).
/// A message is a LangChain object, `{"lc": 1, "type": "constructor", "id": [..., "AIMessage"], "kwargs":
/// {...}}`; Python LangGraph's MessagePack form of one, `{"__msgpack_ext__": 4|5, "data": [module,
/// "AIMessage", {...}, ...]}`; LangChain's message dict `{"type": "human", "data": {...}}` or its fields
/// `{"type": "human", "content": ...}`; or a chat message `{"role": "user", "content": ...}`. The class
/// must end in "Message" or "MessageChunk", the type be one of LangChain's, and "content" be a string, an
/// array of blocks or null. Anything else, anywhere in the array, is not a conversation: nothing is
/// guessed. Tool calls are read from "tool_calls" (LangChain's {name, args, id} or OpenAI's {id, function:
/// {name, arguments}}), else from "additional_kwargs"."tool_calls"; and from "invalid_tool_calls". A tool
/// message is linked to the latest earlier unanswered call with its tool_call_id.
std::optional<Conversation> readConversation(const json::JsonValue& value);

} // namespace statelens::langgraph
