// SPDX-License-Identifier: GPL-3.0-or-later
// Task files (coding-agent tasks/*.json): the input is read as one task from memory, and as the only
// file of a tasks folder through the same path a load takes.
#include "fuzzsupport.h"

#include "json/jsondocument.h"
#include "sources/source.h"
#include "sources/sourceutil.h"
#include "sources/taskreader.h"

#include <QDir>

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (auto doc = json::Document::parse(input, QStringLiteral("task_fuzz.json")); doc && doc->isObject(0)) {
        const DocumentPtr shared = std::make_shared<const json::Document>(std::move(doc.value()));
        const Task t = readTask(shared, 0, QStringLiteral("task_fuzz.json"));
        (void)computeMetrics({ t });
    }
    const QString dir = fuzz::scratchDir() + QStringLiteral("/tasks");
    QDir().mkpath(dir);
    fuzz::writeScratchFile(dir + QStringLiteral("/task_fuzz.json"), input);
    Snapshot snapshot;
    (void)readTaskFolder(dir, snapshot, LoadContext {});
    return 0;
}
