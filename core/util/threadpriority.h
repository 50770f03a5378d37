// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace statelens {

/// Lowers the calling thread's scheduling priority (nice +10 on Linux, once per thread), for work in
/// the background: loading, sorting, scanning folders. With two cores busy with such work, the UI
/// thread and Qt's painting threads would otherwise wait for a core, and the window would stall
/// although it has nothing to wait for. Background work still gets every core that is idle.
void lowerThreadPriority();

} // namespace statelens
