// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcedetectors.h"

#if __has_include("sources/llmspell/llmspellsource.h")
#include "sources/llmspell/llmspellsource.h"
#define STATELENS_HAVE_LLMSPELL 1
#endif

namespace statelens {

std::unique_ptr<Source> makeLlmSpellSource(const QString& path)
{
#ifdef STATELENS_HAVE_LLMSPELL
    return std::make_unique<LlmSpellSource>(path);
#else
    Q_UNUSED(path);
    return {};
#endif
}

} // namespace statelens
