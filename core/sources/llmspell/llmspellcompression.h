// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace statelens::llmspell {

/// Largest decompressed backup StateLens accepts; a corrupt size field must not allocate more.
inline constexpr qint64 MaxDecompressedSize = qint64(1) << 30;

/// Decompresses one or more zstd frames (zstd::encode_all output). Frames whose content size is not in
/// the header are streamed. Errors name `file`.
Result<QByteArray> decompressZstd(QByteArrayView data, const QString& file);

/// Decompresses an lz4 block preceded by its decompressed size as 4 little-endian bytes (lz4_flex's
/// compress_prepend_size, lz4::block::compress with prepend_size). Errors name `file`.
Result<QByteArray> decompressLz4SizePrepended(QByteArrayView data, const QString& file);

/// Decompresses with the algorithm named in a backup's .meta ("zstd", "lz4", "none"; case-insensitive).
Result<QByteArray> decompressBackup(QByteArrayView data, const QString& algorithm, const QString& file);

} // namespace statelens::llmspell
