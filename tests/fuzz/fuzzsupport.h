// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share. Each target is one tests/fuzz/fuzz_NAME.cpp defining
// LLVMFuzzerTestOneInput; it is linked with libFuzzer when STATELENS_FUZZ is on, and with replaymain.cpp
// in the normal build, where ctest feeds it its seed corpus and its regression inputs.
namespace statelens::fuzz {

/// The input as a QByteArray (a copy, so that readers may keep it).
QByteArray bytes(const uint8_t* data, size_t size);
/// The part before the first NUL byte and the part after it (empty if there is none).
QPair<QByteArray, QByteArray> splitAtNul(const QByteArray& input);
/// A folder that lives as long as the process, for targets that read files.
QString scratchDir();
/// Creates the QCoreApplication that Qt SQL needs, once.
void ensureApplication();
/// Writes `content` to `path`, replacing it; aborts if that fails (the fuzz run itself is broken).
void writeScratchFile(const QString& path, const QByteArray& content);
/// Reports a broken property (not a crash of the reader, a wrong answer) and aborts, so that libFuzzer
/// keeps the input.
[[noreturn]] void fail(const QString& what);

} // namespace statelens::fuzz
