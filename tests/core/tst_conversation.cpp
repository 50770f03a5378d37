// SPDX-License-Identifier: GPL-3.0-or-later
// Messages read as a conversation (langgraph::readConversation): the messages channels of the LangGraph
// sample, checked against the checkpoint rows read independently (QSqlQuery + QJsonDocument); the other
// shapes tools store messages in, by hand; and input that is not a conversation, which must say so
// without crashing or guessing.
#include "sources/langgraph/conversation.h"
#include "sources/langgraph/langgraphstate.h"
#include "sources/source.h"
#include "testdir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
// Qt SQL is linked into the core library privately; its headers are reached through the Qt include root.
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace statelens;
using namespace statelens::langgraph;
using statelens::test::TestDir;

namespace {

const QString Sample = QStringLiteral("langgraph/agent-checkpoints.sqlite");

/// The channel_values of the latest checkpoint of every (thread, checkpoint_ns), read with a connection
/// of the test's own: the highest checkpoint_id, as SqliteSaver picks it.
QList<std::tuple<QString, QString, QJsonObject>> latestChannelValues(const QString& path)
{
    QList<std::tuple<QString, QString, QJsonObject>> out;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-conversation"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT thread_id, checkpoint_ns, checkpoint FROM checkpoints c WHERE checkpoint_id = "
                "(SELECT MAX(checkpoint_id) FROM checkpoints d WHERE d.thread_id = c.thread_id "
                "AND d.checkpoint_ns = c.checkpoint_ns) ORDER BY thread_id, checkpoint_ns")))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            out.append({ q.value(0).toString(), q.value(1).toString(),
                QJsonDocument::fromJson(q.value(2).toByteArray())
                    .object()
                    .value(QStringLiteral("channel_values"))
                    .toObject() });
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-conversation"));
    return out;
}

Turn::Role roleOfClass(const QString& className)
{
    static const QHash<QString, Turn::Role> roles {
        { QStringLiteral("HumanMessage"), Turn::Role::Human },
        { QStringLiteral("AIMessage"), Turn::Role::Ai },
        { QStringLiteral("ToolMessage"), Turn::Role::Tool },
        { QStringLiteral("SystemMessage"), Turn::Role::System },
    };
    return roles.value(className, Turn::Role::Other);
}

QString roleName(Turn::Role role)
{
    switch (role) {
    case Turn::Role::Human:
        return QStringLiteral("human");
    case Turn::Role::Ai:
        return QStringLiteral("ai");
    case Turn::Role::Tool:
        return QStringLiteral("tool");
    case Turn::Role::System:
        return QStringLiteral("system");
    case Turn::Role::Other:
        return QStringLiteral("other");
    }
    return QString();
}

/// Everything read from a conversation on one line per turn, for the hand cases to spell out.
QString describe(const Conversation& c)
{
    QStringList turns;
    for (const Turn& t : c.turns) {
        QString s = roleName(t.role) + u'/' + t.kind + u' ' + t.pointer.toString();
        if (!t.id.isEmpty())
            s += QStringLiteral(" id=") + t.id;
        if (!t.name.isEmpty())
            s += QStringLiteral(" name=") + t.name;
        if (!t.text().isEmpty())
            s += QStringLiteral(" text=\"%1\"").arg(t.text());
        if (!t.otherBlocks().isEmpty())
            s += QStringLiteral(" blocks=[%1]").arg(t.otherBlocks().join(u','));
        for (const ToolCall& call : t.toolCalls) {
            s += QStringLiteral(" call=%1#%2(%3)").arg(call.name, call.id, call.args);
            if (call.invalid)
                s += u'!';
            if (call.resultTurn >= 0)
                s += QStringLiteral("->%1").arg(call.resultTurn);
        }
        if (!t.toolCallId.isEmpty())
            s += QStringLiteral(" answers=%1@%2.%3").arg(t.toolCallId).arg(t.callTurn).arg(t.callIndex);
        if (!t.status.isEmpty())
            s += QStringLiteral(" status=") + t.status;
        turns << s;
    }
    return c.messages.toString() + QStringLiteral(": ") + turns.join(QStringLiteral(" | "));
}

json::JsonValue parsed(const QByteArray& text)
{
    auto v = json::JsonValue::parse(text);
    if (!v)
        qFatal("bad test JSON: %s", qPrintable(v.error().toString()));
    return std::move(v.value());
}

/// The invariants of a conversation that any input must keep: one turn per message, and every link
/// between a call and its result pointing both ways.
bool consistent(const Conversation& c, const json::JsonValue& value)
{
    const json::JsonValue* messages = c.messages.isRoot() ? &value : value.member(QStringLiteral("messages"));
    if (!messages || c.turns.size() != (messages->isArray() ? messages->size() : 1))
        return false;
    for (int i = 0; i < c.turns.size(); ++i) {
        const Turn& t = c.turns[i];
        for (int k = 0; k < t.toolCalls.size(); ++k) {
            const int r = t.toolCalls[k].resultTurn;
            if (r >= 0
                && (r <= i || r >= c.turns.size() || c.turns[r].callTurn != i || c.turns[r].callIndex != k))
                return false;
        }
        if (t.callTurn >= 0
            && (t.callTurn >= i || t.callIndex < 0 || t.callIndex >= c.turns[t.callTurn].toolCalls.size()
                || c.turns[t.callTurn].toolCalls[t.callIndex].resultTurn != i))
            return false;
    }
    return true;
}

/// The hand cases of shapes(): JSON and what describe() gives, or an empty string for "not a conversation".
/// (Outside the test class: moc 6.4 misreads some raw string literals inside a class.)
void addShapeRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("OpenAI chat messages")
        << QByteArray(R"([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "1+1?"},
                          {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function",
                           "function": {"name": "add", "arguments": "{\u0022a\u0022: 1, \u0022b\u0022: 1}"}}]},
                          {"role": "tool", "tool_call_id": "c1", "content": "2"},
                          {"role": "assistant", "content": "2"}])")
        << QStringLiteral(": system/system /0 text=\"Be brief.\" | human/user /1 text=\"1+1?\" | "
                          "ai/assistant /2 call=add#c1({\"a\": 1, \"b\": 1})->3 | tool/tool /3 text=\"2\" "
                          "answers=c1@2.0 | "
                          "ai/assistant /4 text=\"2\"");
    QTest::newRow("LangChain fields with content blocks (Python LangGraph's JSON)") << QByteArray(
        R"([{"type": "human", "content": [{"type": "text", "text": "Look:"}, {"type": "image_url", "image_url": {"url": "x"}}, "and this"], "id": "h1"},
                          {"type": "ai", "content": [{"type": "text", "text": "Checking."}, {"type": "tool_use", "id": "t1", "name": "ls", "input": {}}],
                           "tool_calls": [{"name": "ls", "args": {"path": "/"}, "id": "t1", "type": "tool_call"}]},
                          {"type": "tool", "content": "denied", "tool_call_id": "t1", "name": "ls", "status": "error"}])")
                                                                                    << QStringLiteral(
                                                                                           ": human/human /0 "
                                                                                           "id=h1 "
                                                                                           "text=\"Look:"
                                                                                           "\n\nand this\" "
                                                                                           "blocks=[image_"
                                                                                           "url] | "
                                                                                           "ai/ai /1 "
                                                                                           "text=\"Checking."
                                                                                           "\" "
                                                                                           "blocks=[tool_use]"
                                                                                           " call=ls#t1({"
                                                                                           "\"path\":\"/"
                                                                                           "\"})->2 | "
                                                                                           "tool/tool /2 "
                                                                                           "name=ls "
                                                                                           "text=\"denied\" "
                                                                                           "answers=t1@1.0 "
                                                                                           "status=error");
    QTest::newRow("messages_to_dict")
        << QByteArray(R"([{"type": "system", "data": {"content": "rules", "type": "system"}},
                          {"type": "human", "data": {"content": "hi", "type": "human", "id": "m1"}}])")
        << QStringLiteral(": system/system /0 text=\"rules\" | human/human /1 id=m1 text=\"hi\"");
    QTest::newRow("Python LangGraph's MessagePack (pydantic v2 and v1 ext)") << QByteArray(
        R"([{"__msgpack_ext__": 5, "data": ["langchain_core.messages.human", "HumanMessage", {"content": "hi", "type": "human", "id": "m1"}, "model_validate_json"]},
                          {"__msgpack_ext__": 4, "data": ["langchain_core.messages.ai", "AIMessage", {"content": "", "type": "ai", "tool_calls": [{"name": "f", "args": {}, "id": "c"}]}]}])")
                                                                             << QStringLiteral(
                                                                                    ": human/HumanMessage /0 "
                                                                                    "id=m1 text=\"hi\" | "
                                                                                    "ai/AIMessage /1 "
                                                                                    "call=f#c({})");
    QTest::newRow("a whole state with its messages")
        << QByteArray(R"({"topic": "x", "messages": [{"role": "user", "content": "go"}], "draft": null})")
        << QStringLiteral("/messages: human/user /messages/0 text=\"go\"");
    QTest::newRow("one message") << QByteArray(
        R"({"lc": 1, "type": "constructor", "id": ["langchain_core", "messages", "SystemMessage"], "kwargs": {"content": "You are terse."}})")
                                 << QStringLiteral(": system/SystemMessage  text=\"You are terse.\"");
    QTest::newRow("chunks, chat roles, other classes") << QByteArray(
        R"([{"lc": 1, "type": "constructor", "id": ["langchain_core", "messages", "AIMessageChunk"], "kwargs": {"content": "part"}},
                          {"lc": 1, "type": "constructor", "id": ["langchain_core", "messages", "ChatMessage"], "kwargs": {"content": "meh", "role": "critic"}},
                          {"lc": 1, "type": "constructor", "id": ["langchain_core", "messages", "ChatMessage"], "kwargs": {"content": "ok", "role": "assistant"}},
                          {"lc": 1, "type": "constructor", "id": ["langchain_core", "messages", "RemoveMessage"], "kwargs": {"content": "", "id": "m9"}},
                          {"lc": 1, "type": "constructor", "id": ["my_app", "NoteMessage"], "kwargs": {"content": "n", "name": "bot"}},
                          {"type": "remove", "content": "", "id": "m8"},
                          {"role": "model", "content": "gemini says"}])")
                                                       << QStringLiteral(
                                                              ": ai/AIMessageChunk /0 text=\"part\" | "
                                                              "other/critic /1 text=\"meh\" | ai/ChatMessage "
                                                              "/2 text=\"ok\" | "
                                                              "other/RemoveMessage /3 id=m9 | "
                                                              "other/NoteMessage /4 name=bot text=\"n\" | "
                                                              "other/remove /5 id=m8 | "
                                                              "other/model /6 text=\"gemini says\"");
    QTest::newRow("calls: invalid, legacy, unnamed, unanswered, answered twice, orphan result")
        << QByteArray(
               R"([{"type": "ai", "content": "", "tool_calls": [{"name": "a", "args": {}, "id": "1"}, {"args": 1}, 7],
                           "invalid_tool_calls": [{"name": "b", "args": "{oops", "id": "2", "error": "bad JSON"}]},
                          {"type": "ai", "content": "", "tool_calls": [], "additional_kwargs": {"tool_calls": [{"id": "3", "type": "function", "function": {"name": "c", "arguments": "{}"}}]}},
                          {"type": "tool", "content": "one", "tool_call_id": "1"},
                          {"type": "tool", "content": "again", "tool_call_id": "1"},
                          {"type": "tool", "content": "?", "tool_call_id": "2"},
                          {"type": "tool", "content": "lost", "tool_call_id": "x"}])")
        << QStringLiteral(
               ": ai/ai /0 call=a#1({})->2 call=#({\"args\":1}) call=#(7) call=b#2({oops)! | ai/ai /1 "
               "call=c#3({}) | "
               "tool/tool /2 text=\"one\" answers=1@0.0 | tool/tool /3 text=\"again\" answers=1@-1.-1 | "
               "tool/tool /4 text=\"?\" answers=2@-1.-1 | tool/tool /5 text=\"lost\" answers=x@-1.-1");
    QTest::newRow("a call id used twice: the result answers the latest")
        << QByteArray(R"([{"type": "ai", "content": "", "tool_calls": [{"name": "a", "args": {}, "id": "1"}]},
                          {"type": "ai", "content": "", "tool_calls": [{"name": "b", "args": {}, "id": "1"}]},
                          {"type": "tool", "content": "r", "tool_call_id": "1"}])")
        << QStringLiteral(
               ": ai/ai /0 call=a#1({}) | ai/ai /1 call=b#1({})->2 | tool/tool /2 text=\"r\" answers=1@1.0");
    QTest::newRow("blocks without text or type") << QByteArray(
        R"([{"role": "user", "content": [{"type": "text"}, {"text": "untyped"}, 5, {"type": "text", "text": 3}, {"type": "output_text", "text": "out"}]}])")
                                                 << QStringLiteral(
                                                        ": human/user /0 text=\"out\" blocks=[,,,]");

    // Not a conversation: nothing is guessed, anywhere in the array.
    const QString no;
    QTest::newRow("empty array") << QByteArray("[]") << no;
    QTest::newRow("scalars") << QByteArray(R"(["hi", 1, null])") << no;
    QTest::newRow("a string") << QByteArray(R"("hello")") << no;
    QTest::newRow("null") << QByteArray("null") << no;
    QTest::newRow("empty object") << QByteArray("{}") << no;
    QTest::newRow("content without a role") << QByteArray(R"([{"content": "x"}])") << no;
    QTest::newRow("a role without content") << QByteArray(R"([{"role": "user"}])") << no;
    QTest::newRow("an empty role") << QByteArray(R"([{"role": "", "content": "x"}])") << no;
    QTest::newRow("content a number") << QByteArray(R"([{"role": "user", "content": 42}])") << no;
    QTest::newRow("content an object")
        << QByteArray(R"([{"type": "human", "content": {"text": "x"}}])") << no;
    QTest::newRow("one element is not a message")
        << QByteArray(R"([{"role": "user", "content": "x"}, {"foo": 1}])") << no;
    QTest::newRow("content blocks are not messages")
        << QByteArray(R"([{"type": "text", "content": "x"}])") << no;
    QTest::newRow("unknown type, no role") << QByteArray(R"([{"type": "message", "content": "x"}])") << no;
    QTest::newRow("a LangChain document") << QByteArray(
        R"([{"lc": 1, "type": "constructor", "id": ["langchain_core", "documents", "Document"], "kwargs": {"page_content": "x"}}])")
                                          << no;
    QTest::newRow("a LangChain secret")
        << QByteArray(R"([{"lc": 1, "type": "secret", "id": ["OPENAI_API_KEY"]}])") << no;
    QTest::newRow("class id not all strings") << QByteArray(
        R"([{"lc": 1, "type": "constructor", "id": ["x", 3, "AIMessage"], "kwargs": {"content": "x"}}])")
                                              << no;
    QTest::newRow("empty class id") << QByteArray(
        R"([{"lc": 1, "type": "constructor", "id": [], "kwargs": {"content": "x"}}])")
                                    << no;
    QTest::newRow("no kwargs") << QByteArray(R"([{"lc": 1, "type": "constructor", "id": ["AIMessage"]}])")
                               << no;
    QTest::newRow("kwargs an array") << QByteArray(
        R"([{"lc": 1, "type": "constructor", "id": ["AIMessage"], "kwargs": ["content"]}])")
                                     << no;
    QTest::newRow("kwargs without content")
        << QByteArray(R"([{"lc": 1, "type": "constructor", "id": ["AIMessage"], "kwargs": {"id": "a"}}])")
        << no;
    QTest::newRow("lc not a number") << QByteArray(
        R"([{"lc": "1", "type": "constructor", "id": ["AIMessage"], "kwargs": {"content": "x"}}])")
                                     << no;
    QTest::newRow("another ext type")
        << QByteArray(R"([{"__msgpack_ext__": 2, "data": ["m", "HumanMessage", {"content": "x"}]}])") << no;
    QTest::newRow("ext too short") << QByteArray(R"([{"__msgpack_ext__": 5, "data": ["m", "HumanMessage"]}])")
                                   << no;
    QTest::newRow("ext of a model that is no message") << QByteArray(
        R"([{"__msgpack_ext__": 5, "data": ["app", "Plan", {"content": "x"}, "model_validate_json"]}])")
                                                       << no;
    QTest::newRow("dict data not an object") << QByteArray(R"([{"type": "human", "data": "hi"}])") << no;
    QTest::newRow("dict data of an unknown type")
        << QByteArray(R"([{"type": "note", "data": {"content": "x"}}])") << no;
    QTest::newRow("messages empty") << QByteArray(R"({"messages": []})") << no;
    QTest::newRow("messages not an array") << QByteArray(R"({"messages": "hi"})") << no;
    QTest::newRow("nested arrays") << QByteArray(R"([[{"role": "user", "content": "x"}]])") << no;
}

} // namespace

class TestConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleMessages_data()
    {
        QTest::addColumn<QString>("thread");
        QTest::addColumn<QString>("checkpointNs");
        QTest::addColumn<QJsonArray>("messages");
        int withMessages = 0;
        for (const auto& [thread, ns, values] : latestChannelValues(TestDir::samplePath(Sample))) {
            const QJsonArray messages = values.value(QStringLiteral("messages")).toArray();
            if (messages.isEmpty())
                continue;
            ++withMessages;
            QTest::newRow(qPrintable(namespaceName(thread, ns))) << thread << ns << messages;
        }
        QVERIFY(withMessages >= 4); // both threads and both subgraphs
    }

    void sampleMessages()
    {
        QFETCH(QString, thread);
        QFETCH(QString, checkpointNs);
        QFETCH(QJsonArray, messages);
        TestDir dir;
        auto state = openAndLoad(dir.copySample(Sample));
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        const std::optional<Entry> entry
            = state->snapshot.findEntry(namespaceName(thread, checkpointNs), QStringLiteral("messages"));
        QVERIFY(entry);
        const auto conversation = readConversation(entry->value.toValue());
        QVERIFY(conversation);
        QVERIFY(conversation->messages.isRoot());
        QCOMPARE(conversation->turns.size(), messages.size());

        int toolResults = 0;
        for (int i = 0; i < messages.size(); ++i) {
            const QJsonObject m = messages[i].toObject();
            const QJsonObject kwargs = m.value(QStringLiteral("kwargs")).toObject();
            const QString className = m.value(QStringLiteral("id")).toArray().last().toString();
            const Turn& turn = conversation->turns[i];
            QCOMPARE(turn.kind, className);
            QCOMPARE(turn.role, roleOfClass(className));
            QVERIFY(turn.role != Turn::Role::Other);
            QVERIFY(kwargs.value(QStringLiteral("content")).isString());
            QCOMPARE(turn.text(), kwargs.value(QStringLiteral("content")).toString());
            QVERIFY(turn.otherBlocks().isEmpty());
            QCOMPARE(turn.id, kwargs.value(QStringLiteral("id")).toString());
            QCOMPARE(turn.pointer.toString(), QStringLiteral("/%1").arg(i));
            QCOMPARE(turn.toolCallId, kwargs.value(QStringLiteral("tool_call_id")).toString());

            const QJsonArray calls = kwargs.value(QStringLiteral("tool_calls")).toArray();
            QCOMPARE(turn.toolCalls.size(), calls.size());
            for (int c = 0; c < calls.size(); ++c) {
                const QJsonObject call = calls[c].toObject();
                QCOMPARE(turn.toolCalls[c].name, call.value(QStringLiteral("name")).toString());
                QCOMPARE(turn.toolCalls[c].id, call.value(QStringLiteral("id")).toString());
                QCOMPARE(QJsonDocument::fromJson(turn.toolCalls[c].args.toUtf8()).object(),
                    call.value(QStringLiteral("args")).toObject());
                QVERIFY(!turn.toolCalls[c].invalid);
            }

            // A tool message answers the earlier call with its id; that call points back to it.
            int callTurn = -1, callIndex = -1;
            for (int j = 0; j < i && !turn.toolCallId.isEmpty(); ++j) {
                const QJsonArray earlier = messages[j]
                                               .toObject()
                                               .value(QStringLiteral("kwargs"))
                                               .toObject()
                                               .value(QStringLiteral("tool_calls"))
                                               .toArray();
                for (int c = 0; c < earlier.size(); ++c)
                    if (earlier[c].toObject().value(QStringLiteral("id")).toString() == turn.toolCallId) {
                        callTurn = j;
                        callIndex = c;
                    }
            }
            QCOMPARE(turn.callTurn, callTurn);
            QCOMPARE(turn.callIndex, callIndex);
            if (callTurn >= 0) {
                QCOMPARE(conversation->turns[callTurn].toolCalls[callIndex].resultTurn, i);
                ++toolResults;
            }
        }
        QVERIFY(toolResults > 0); // every messages channel of the sample has a search call and its result
    }

    void otherChannelsAreNotConversations()
    {
        TestDir dir;
        auto state = openAndLoad(dir.copySample(Sample));
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        int channels = 0;
        for (const Namespace& ns : state->snapshot.namespaces)
            for (const Entry& e : ns.entries) {
                if (e.key == QLatin1String("messages"))
                    continue;
                ++channels;
                QVERIFY2(!readConversation(e.value.toValue()), qPrintable(ns.name + u'/' + e.key));
            }
        QVERIFY(channels >= 12); // topic, findings and draft of every namespace, and more
    }

    void shapes_data() { addShapeRows(); }

    void shapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const json::JsonValue value = parsed(json);
        const auto conversation = readConversation(value);
        QCOMPARE(conversation ? describe(*conversation) : QString(), expected);
        if (conversation)
            QVERIFY(consistent(*conversation, value));
    }

    void brokenSampleMessagesNeverCrash()
    {
        // Every member of every message of the sample, and of its kwargs and tool calls, removed or replaced
        // by every kind of value: a conversation or not, never a crash, and the links always point both ways.
        TestDir dir;
        auto state = openAndLoad(dir.copySample(Sample));
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        const json::JsonValue original
            = state->snapshot.findEntry(QStringLiteral("thread-approved"), QStringLiteral("messages"))
                  ->value.toValue();
        const QList<json::JsonValue> replacements { json::JsonValue(), json::JsonValue::fromInt(1),
            json::JsonValue::fromString(QStringLiteral("s")), json::JsonValue::array(),
            json::JsonValue::object(), parsed("[1, {}]"), parsed(R"({"a": [null]})") };
        int variants = 0, conversations = 0;
        const auto check = [&](const json::JsonValue& value) {
            ++variants;
            const auto c = readConversation(value);
            if (c) {
                ++conversations;
                QVERIFY(consistent(*c, value));
            }
        };
        for (int i = 0; i < original.size(); ++i) {
            // Paths to objects inside message i: the message, its kwargs, each tool call.
            QList<QStringList> objects { {}, { QStringLiteral("kwargs") } };
            const json::JsonValue* calls = original.items()[size_t(i)]
                                               .member(QStringLiteral("kwargs"))
                                               ->member(QStringLiteral("tool_calls"));
            for (int c = 0; calls && c < calls->size(); ++c)
                objects.append(
                    { QStringLiteral("kwargs"), QStringLiteral("tool_calls"), QString::number(c) });
            for (const QStringList& path : objects) {
                const auto at = [&](json::JsonValue& root) {
                    json::JsonValue* v = &root.items()[size_t(i)];
                    for (const QString& token : path)
                        v = v->isArray() ? &v->items()[size_t(token.toInt())] : v->member(token);
                    return v;
                };
                json::JsonValue probe = original;
                QStringList keys;
                for (const json::JsonMember& m : at(probe)->members())
                    keys << m.key;
                for (const QString& key : keys) {
                    json::JsonValue removed = original;
                    at(removed)->remove(key);
                    check(removed);
                    for (const json::JsonValue& r : replacements) {
                        json::JsonValue changed = original;
                        at(changed)->insert(key, r);
                        check(changed);
                    }
                }
            }
            json::JsonValue replaced = original;
            for (const json::JsonValue& r : replacements) {
                replaced.items()[size_t(i)] = r;
                QVERIFY(!readConversation(replaced)); // a message that is not one: not a conversation
            }
        }
        QVERIFY(variants > 300);
        QVERIFY(conversations > 0 && conversations < variants);
        // Removing content, or making it a number, an object or a boolean, is not a conversation any more.
        json::JsonValue noContent = original;
        noContent.items()[0].member(QStringLiteral("kwargs"))->remove(QStringLiteral("content"));
        QVERIFY(!readConversation(noContent));
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
