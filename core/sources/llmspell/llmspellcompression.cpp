// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellcompression.h"

#include <QCoreApplication>

#include <lz4.h>
#include <zstd.h>

#include <limits>
#include <memory>

namespace statelens::llmspell {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::llmspell", s);
}

Error corrupt(const QString& file, const QString& detail)
{
    return Error { Error::Kind::Parse, tr("corrupt compressed data: %1").arg(detail), file };
}

Error tooLarge(const QString& file)
{
    return Error { Error::Kind::Unsupported,
        tr("decompressed data would be larger than %1 MiB").arg(MaxDecompressedSize >> 20), file };
}

} // namespace

Result<QByteArray> decompressZstd(QByteArrayView data, const QString& file)
{
    if (data.isEmpty())
        return corrupt(file, tr("no zstd frame (0 bytes)"));
    const unsigned long long declared = ZSTD_getFrameContentSize(data.data(), size_t(data.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR)
        return corrupt(file, tr("not a zstd frame"));

    // One frame with its size in the header: decompress in one call. Anything else (unknown size, several
    // frames) is streamed, which also checks the size against the limit as it grows.
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN
        && ZSTD_findFrameCompressedSize(data.data(), size_t(data.size())) == size_t(data.size())) {
        if (declared > quint64(MaxDecompressedSize))
            return tooLarge(file);
        QByteArray out(qsizetype(declared), Qt::Uninitialized);
        const size_t n = ZSTD_decompress(out.data(), size_t(out.size()), data.data(), size_t(data.size()));
        if (ZSTD_isError(n))
            return corrupt(file, QString::fromUtf8(ZSTD_getErrorName(n)));
        out.truncate(qsizetype(n));
        return out;
    }

    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!ctx)
        return Error { Error::Kind::Io, tr("out of memory for zstd"), file };
    QByteArray out;
    QByteArray chunk(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer in { data.data(), size_t(data.size()), 0 };
    size_t last = 0;
    while (in.pos < in.size) {
        const size_t before = in.pos;
        ZSTD_outBuffer o { chunk.data(), size_t(chunk.size()), 0 };
        last = ZSTD_decompressStream(ctx.get(), &o, &in);
        if (ZSTD_isError(last))
            return corrupt(file, QString::fromUtf8(ZSTD_getErrorName(last)));
        out.append(chunk.constData(), qsizetype(o.pos));
        if (out.size() > MaxDecompressedSize)
            return tooLarge(file);
        if (o.pos == 0 && in.pos == before)
            return corrupt(file, tr("the zstd decoder makes no progress"));
    }
    // Flush what the decoder still holds once the input is consumed.
    for (int guard = 0; last != 0 && guard < 1 << 20; ++guard) {
        ZSTD_outBuffer o { chunk.data(), size_t(chunk.size()), 0 };
        last = ZSTD_decompressStream(ctx.get(), &o, &in);
        if (ZSTD_isError(last))
            return corrupt(file, QString::fromUtf8(ZSTD_getErrorName(last)));
        out.append(chunk.constData(), qsizetype(o.pos));
        if (out.size() > MaxDecompressedSize)
            return tooLarge(file);
        if (o.pos == 0)
            break;
    }
    if (last != 0)
        return corrupt(file, tr("the zstd frame is truncated"));
    return out;
}

Result<QByteArray> decompressLz4SizePrepended(QByteArrayView data, const QString& file)
{
    if (data.size() < 4)
        return corrupt(file, tr("lz4 data shorter than its 4-byte size prefix"));
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const quint32 size = quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
    if (qint64(size) > MaxDecompressedSize)
        return tooLarge(file);
    if (data.size() - 4 > qsizetype(std::numeric_limits<int>::max()))
        return tooLarge(file);
    // An lz4 block expands at most about 255 times: a prefix that claims more is not believed, and nothing
    // is allocated for it (a hostile 8-byte file would otherwise reserve a gigabyte).
    if (qint64(size) > qint64(data.size() - 4) * 255 + 16)
        return corrupt(file, tr("the lz4 size prefix says %1 bytes, more than %2 compressed bytes can hold")
                                 .arg(size).arg(data.size() - 4));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const int n = LZ4_decompress_safe(data.data() + 4, out.data(), int(data.size() - 4), int(size));
    if (n < 0)
        return corrupt(file, tr("invalid lz4 block"));
    if (quint32(n) != size)
        return corrupt(file, tr("lz4 block holds %1 bytes, its prefix says %2").arg(n).arg(size));
    return out;
}

Result<QByteArray> decompressBackup(QByteArrayView data, const QString& algorithm, const QString& file)
{
    const QString a = algorithm.toLower();
    if (a == u"zstd")
        return decompressZstd(data, file);
    if (a == u"lz4")
        return decompressLz4SizePrepended(data, file);
    if (a == u"none" || a.isEmpty())
        return data.toByteArray();
    return Error { Error::Kind::Unsupported,
        tr("compression '%1' is not supported (zstd, lz4 and none are)").arg(algorithm), file };
}

} // namespace statelens::llmspell
