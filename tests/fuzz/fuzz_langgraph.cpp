// SPDX-License-Identifier: GPL-3.0-or-later
// LangGraph checkpoint blobs: the first byte picks the serialisation type, the rest is the blob. Any bytes
// give a value or an error naming the file; a decoded value goes through everything that reads checkpoints
// (channels as entries, next nodes, interrupts, history health) as checkpoint, metadata and pending write,
// and is read as a conversation (a conversation's call/result links always point both ways).
#include "fuzzsupport.h"

#include "sources/langgraph/checkpointblob.h"
#include "sources/langgraph/conversation.h"
#include "sources/langgraph/langgraphstate.h"

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const char* const types[] = { "json", "msgpack", "null", "bytes", "pickle", "" };
    const char t = char(data[0]);
    const QString type = t == 'j' ? QStringLiteral("json")
                         : t == 'm' ? QStringLiteral("msgpack")
                                    : QString::fromLatin1(types[data[0] % 6]);
    const QByteArray blob = fuzz::bytes(data + 1, size - 1);
    const QString file = QStringLiteral("fuzz.sqlite");
    auto v = langgraph::decodeBlob(type, blob, file);
    if (!v && v.error().file != file)
        fuzz::fail(QStringLiteral("a blob error does not name the file"));
    if (v) {
        (void)langgraph::entriesOf(*v, file, QStringLiteral("1"));
        if (const auto c = langgraph::readConversation(*v)) {
            for (int t = 0; t < c->turns.size(); ++t) {
                const langgraph::Turn& turn = c->turns[t];
                if (turn.callTurn >= 0 && (turn.callTurn >= t || c->turns[turn.callTurn].toolCalls[turn.callIndex].resultTurn != t))
                    fuzz::fail(QStringLiteral("a tool result is linked to a call that does not link back"));
            }
        }
    }

    langgraph::DatabaseRows rows;
    langgraph::CheckpointRow first { QStringLiteral("t"), {}, QStringLiteral("1"), {}, type, blob, blob };
    langgraph::CheckpointRow second { QStringLiteral("t"), {}, QStringLiteral("2"), QStringLiteral("1"), type, blob, QByteArray("{}") };
    rows.checkpoints = { first, second };
    rows.writes = { { QStringLiteral("t"), {}, QStringLiteral("2"), QStringLiteral("task"), -3, QStringLiteral("__interrupt__"), type, blob } };
    const langgraph::BuiltState built = langgraph::buildState(rows, file);
    if (built.backups.size() != 2 || built.namespaces.size() != 1 || built.tasks.size() != 1)
        fuzz::fail(QStringLiteral("two checkpoints of one thread did not give two backups, one namespace and one task"));
    return 0;
}
