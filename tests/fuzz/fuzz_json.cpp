// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON parser: any bytes give a document or an error with a position; a parsed document turns into a
// value whose compact text parses again.
#include "fuzzsupport.h"

#include "json/jsondocument.h"
#include "json/jsonvalue.h"

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    json::ParseOptions options;
    options.maxDepth = 512;
    auto doc = json::Document::parse(input, QStringLiteral("fuzz.json"), options);
    if (!doc) {
        if (doc.error().line < 1 || doc.error().file != QLatin1String("fuzz.json"))
            fuzz::fail(QStringLiteral("a parse error without a position or file: ") + doc.error().toString());
        return 0;
    }
    const json::JsonValue value = doc->toValue(doc->root());
    if (!json::Document::parse(value.toCompactJson()))
        fuzz::fail(QStringLiteral("the compact text of a parsed value does not parse"));
    return 0;
}
