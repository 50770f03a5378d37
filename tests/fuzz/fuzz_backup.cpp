// SPDX-License-Identifier: GPL-3.0-or-later
// rs-llmspell backups: the input is a .meta, a NUL, and the .backup bytes. Both are written to a folder
// and read as a backup (meta, checksum, zstd/lz4, MessagePack, entries); the backup bytes also go
// straight through each decompressor and the MessagePack decoder, since a mutated file rarely keeps its
// checksum.
#include "fuzzsupport.h"

#include "sources/llmspell/llmspellbackupset.h"
#include "sources/llmspell/llmspellcompression.h"
#include "sources/llmspell/msgpackjson.h"

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto [meta, backup] = fuzz::splitAtNul(fuzz::bytes(data, size));
    const QString dir = fuzz::scratchDir();
    const QString metaPath = dir + QStringLiteral("/backup_fuzz.meta");
    fuzz::writeScratchFile(metaPath, meta);
    fuzz::writeScratchFile(dir + QStringLiteral("/backup_fuzz.backup"), backup);
    (void)loadLlmSpellBackupEntries(metaPath);
    for (const char* algorithm : { "zstd", "lz4", "none" })
        if (auto raw = llmspell::decompressBackup(backup, QLatin1String(algorithm), QStringLiteral("fuzz.backup")))
            (void)llmspell::decodeMessagePack(*raw, QStringLiteral("fuzz.backup"));
    return 0;
}
