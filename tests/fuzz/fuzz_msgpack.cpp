// SPDX-License-Identifier: GPL-3.0-or-later
// MessagePack decoding (rs-llmspell's values and backups): any bytes give a value or an error; a decoded
// value encodes and decodes again. The kv_store BLOB decoder sees the same bytes under both kinds of key.
#include "fuzzsupport.h"

#include "sources/llmspell/llmspellvalue.h"
#include "sources/llmspell/msgpackjson.h"

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString file = QStringLiteral("fuzz.msgpack");
    if (auto v = llmspell::decodeMessagePack(input, file)) {
        const QByteArray again = llmspell::encodeMessagePack(*v);
        if (!llmspell::decodeMessagePack(again, file))
            fuzz::fail(QStringLiteral("a decoded value does not decode after encoding it again"));
    }
    (void)llmspell::decodeStoredValue(QStringLiteral("test:fuzz"), input, file);
    (void)llmspell::decodeStoredValue(QStringLiteral("user:fuzz"), input, file);
    return 0;
}
