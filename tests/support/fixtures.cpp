// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

namespace statelens::test {

QByteArray documentedState()
{
    return R"({
  "version": "1.0.0",
  "last_saved": "2026-01-01T00:00:00.000Z",
  "namespaces": {
    "user": {
      "name":   "Ada",
      "prefs": {"theme": "dark",  "lang": "en"},
      "added_later": 7
    },
    "config": { "limit": 10, "mode": "fast" },
    "fresh": { "x": 1 }
  },
  "sessions": [],
  "metrics": {"total_tasks": 0, "completed_tasks": 0, "failed_tasks": 0, "average_completion_time": 0}
}
)";
}

QByteArray documentedBackup()
{
    return R"({
  "version": "1.0.0",
  "last_saved": "2025-12-31T00:00:00.000Z",
  "namespaces": {
    "user": { "name": "Grace", "prefs": {"theme": "light", "lang": "en"} },
    "config": { "limit": 5, "mode": "fast" },
    "old": { "k": [1, 2] }
  },
  "sessions": [],
  "metrics": {"total_tasks": 0, "completed_tasks": 0, "failed_tasks": 0, "average_completion_time": 0}
}
)";
}

} // namespace statelens::test
