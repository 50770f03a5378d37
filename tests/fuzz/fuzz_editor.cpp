// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON editor against its model (tests/support/editormodel.h). The input is a document, a NUL, and
// the bytes that choose the edits; without a NUL the whole input is both. When the document does not
// parse, the bytes choose a random document instead.
#include "editormodel.h"
#include "fuzzsupport.h"

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    auto [text, choices] = fuzz::splitAtNul(input);
    if (input.indexOf('\0') < 0)
        choices = input;
    testing::ByteChooser fromDocument(reinterpret_cast<const uint8_t*>(choices.constData()), size_t(choices.size()));
    QString failure = testing::checkEditSequenceOn(text, fromDocument);
    if (failure.isEmpty()) {
        testing::ByteChooser fromBytes(data, size);
        failure = testing::checkEditSequence(fromBytes);
    }
    if (!failure.isEmpty())
        fuzz::fail(failure);
    return 0;
}
