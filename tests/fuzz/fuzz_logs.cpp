// SPDX-License-Identifier: GPL-3.0-or-later
// Log records: any bytes split into records as a text log and as JSON Lines, each record with a line
// inside the input.
#include "fuzzsupport.h"

#include "logs/logrecord.h"

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype lines = input.count('\n') + 1;
    for (LogFile::Format f : { LogFile::Format::Text, LogFile::Format::JsonLines })
        for (const LogRecord& r : parseLog(input, f, QStringLiteral("fuzz.log")))
            if (r.line < 1 || r.line > lines)
                fuzz::fail(QStringLiteral("a record on line %1 of a %2-line log").arg(r.line).arg(lines));
    return 0;
}
