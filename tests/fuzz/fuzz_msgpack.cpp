// SPDX-License-Identifier: GPL-3.0-or-later
// MessagePack (rs-llmspell's values and backups): any bytes give a document or an error; a document's value
// encodes (as rmp_serde would) to bytes that show the same value; the editor replaces, adds and removes
// elements without touching the others, and setting an element to the value it shows changes nothing. The
// kv_store BLOB decoder sees the same bytes under both kinds of key.
#include "fuzzsupport.h"

#include "msgpack/msgpackdocument.h"
#include "msgpack/msgpackeditor.h"
#include "msgpack/msgpackencoding.h"
#include "sources/llmspell/llmspellvalue.h"

using namespace statelens;

namespace {

/// Pointers to the root's direct children that address them (a map key that occurs twice is left out).
QList<QPair<json::Pointer, quint32>> childPointers(const msgpack::Document& doc)
{
    QList<QPair<json::Pointer, quint32>> out;
    const msgpack::Node& root = doc.node(doc.root());
    const std::vector<quint32> c = doc.children(doc.root());
    if (root.kind == msgpack::Kind::Array) {
        for (size_t i = 0; i < c.size() && i < 16; ++i)
            out.append({ json::Pointer({ QString::number(i) }), c[i] });
    } else if (root.kind == msgpack::Kind::Map) {
        for (size_t i = 0; i + 1 < c.size() && i < 32; i += 2) {
            const QString key = doc.keyText(c[i]);
            if (doc.member(doc.root(), key) == c[i + 1])
                out.append({ json::Pointer({ key }), c[i + 1] });
        }
    }
    return out;
}

void checkSiblings(const msgpack::Document& before, const msgpack::Document& after, const json::Pointer& edited)
{
    for (const auto& [p, n] : childPointers(before)) {
        if (p == edited || (before.node(before.root()).kind == msgpack::Kind::Array && p.last().toInt() >= edited.last().toInt()))
            continue;
        const quint32 m = after.find(p);
        if (m == msgpack::Document::npos || after.elementBytes(m) != before.elementBytes(n))
            fuzz::fail(QStringLiteral("an edit of %1 changed the bytes of %2").arg(edited.toString(), p.toString()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString file = QStringLiteral("fuzz.msgpack");
    (void)llmspell::decodeStoredValue(QStringLiteral("test:fuzz"), input, file);
    (void)llmspell::decodeStoredValue(QStringLiteral("user:fuzz"), input, file);
    (void)llmspell::decodeStoredValue(QStringLiteral("state:global:test:fuzz"), input, file);
    auto parsed = msgpack::Document::parse(input, file);
    if (!parsed)
        return 0;
    const msgpack::Document& doc = *parsed;
    const json::JsonValue value = doc.toJson();

    auto again = msgpack::Document::parse(msgpack::encodeDefault(value), file);
    if (!again)
        fuzz::fail(QStringLiteral("a decoded value does not decode after encoding it again"));
    if (again->toJson() != value)
        fuzz::fail(QStringLiteral("a decoded value shows differently after encoding it again"));

    {
        msgpack::Editor same(doc, file);
        if (!same.set(json::Pointer(), value) || same.bytes() != input)
            fuzz::fail(QStringLiteral("setting the value it shows changed the bytes"));
    }
    for (const auto& [p, n] : childPointers(doc)) {
        msgpack::Editor set(doc, file);
        const json::JsonValue replacement = json::JsonValue::fromBool(!doc.toJson(n).toBool());
        if (!set.set(p, replacement))
            fuzz::fail(QStringLiteral("cannot set %1").arg(p.toString()));
        const quint32 m = set.document().find(p);
        if (m == msgpack::Document::npos || set.document().toJson(m) != replacement)
            fuzz::fail(QStringLiteral("%1 does not hold what was set").arg(p.toString()));
        checkSiblings(doc, set.document(), p);

        msgpack::Editor removed(doc, file);
        if (!removed.remove(p))
            fuzz::fail(QStringLiteral("cannot remove %1").arg(p.toString()));
        if (removed.document().node(removed.document().root()).count + 1 != doc.node(doc.root()).count)
            fuzz::fail(QStringLiteral("removing %1 did not count one element less").arg(p.toString()));
        checkSiblings(doc, removed.document(), p);
    }
    if (doc.node(doc.root()).kind == msgpack::Kind::Map) {
        msgpack::Editor added(doc, file);
        const json::Pointer p({ QStringLiteral("\x01new") });
        if (doc.member(doc.root(), p.last()) == msgpack::Document::npos) {
            if (!added.set(p, value.isContainer() ? json::JsonValue() : value))
                fuzz::fail(QStringLiteral("cannot add a member"));
            if (added.document().node(added.document().root()).count != doc.node(doc.root()).count + 1)
                fuzz::fail(QStringLiteral("adding a member did not count one more"));
            checkSiblings(doc, added.document(), p);
        }
    }
    return 0;
}
