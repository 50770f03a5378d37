// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcedetectors.h"

#include "sources/langgraph/langgraphsource.h"

namespace statelens {

std::unique_ptr<Source> makeLangGraphSource(const QString& path)
{
    return std::make_unique<LangGraphSource>(path);
}

} // namespace statelens
