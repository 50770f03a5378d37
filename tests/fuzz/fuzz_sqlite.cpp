// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite source (rs-llmspell's kv_store): the input is written as a database file and read the way a
// load reads it, read-only.
#include "fuzzsupport.h"

#include "sources/llmspell/llmspellkvreader.h"

#include <QDir>
#include <QFile>

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::scratchDir() + QStringLiteral("/llmspell.db");
    for (const char* suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    fuzz::writeScratchFile(path, fuzz::bytes(data, size));
    (void)llmspell::hasKvStoreTable(path);
    (void)llmspell::readKvStore(path, LoadContext {});
    return 0;
}
