// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>

namespace statelens {

/// Size of a transparent huge page on Linux x86-64.
constexpr size_t HugePageSize = size_t(2) << 20;

/// Advises the 2 MiB-aligned part of [data, data + size) onto transparent huge pages (the kernel here gives
/// them on request only), so that filling a big buffer costs a few dozen page faults instead of one per
/// 4 KiB; on this virtualised machine page faults were the largest cost of reading a big state. Advice
/// only: where the kernel says no, or the range is under two huge pages, nothing changes.
void adviseHugePages(void* data, size_t size);

/// `bytes` of zeroed memory mapped on its own, starting at a huge page and advised onto huge pages; freed
/// by the returned owner. Null when the mapping fails (the caller falls back to the heap).
std::shared_ptr<void> mapHugePages(size_t bytes);

} // namespace statelens
