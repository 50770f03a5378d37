// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcedetectors.h"

#include "sources/llmspell/llmspellsource.h"

namespace statelens {

std::unique_ptr<Source> makeLlmSpellSource(const QString& path)
{
    return std::make_unique<LlmSpellSource>(path);
}

} // namespace statelens
