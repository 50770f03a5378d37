// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepages.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace statelens {

void adviseHugePages(void* data, size_t size)
{
#ifdef Q_OS_LINUX
    if (size < 2 * HugePageSize)
        return;
    const quintptr begin = (quintptr(data) + HugePageSize - 1) & ~quintptr(HugePageSize - 1);
    const quintptr end = (quintptr(data) + size) & ~quintptr(HugePageSize - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void*>(begin), size_t(end - begin), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

std::shared_ptr<void> mapHugePages(size_t bytes)
{
#ifdef Q_OS_LINUX
    const size_t size = (bytes + HugePageSize - 1) & ~(HugePageSize - 1);
    const size_t mapped = size + HugePageSize; // room to align the start to a huge page
    void* p = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return nullptr;
    char* base = static_cast<char*>(p);
    char* aligned = reinterpret_cast<char*>((quintptr(base) + HugePageSize - 1) & ~quintptr(HugePageSize - 1));
    if (const size_t head = size_t(aligned - base))
        ::munmap(base, head);
    if (const size_t tail = mapped - size_t(aligned - base) - size)
        ::munmap(aligned + size, tail);
    ::madvise(aligned, size, MADV_HUGEPAGE);
    return std::shared_ptr<void>(aligned, [size](void* q) { ::munmap(q, size); });
#else
    Q_UNUSED(bytes);
    return nullptr;
#endif
}

} // namespace statelens
