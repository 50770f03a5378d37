// SPDX-License-Identifier: GPL-3.0-or-later
#include "statemaker.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

namespace statelens::bench {

namespace {
const char* const statuses[] = { "pending", "in_progress", "waiting", "completed", "failed", "cancelled" };
const char* const words[] = { "authentication", "Zürich", "refactor", "database", "migration", "cache", "retry", "token-budget",
                              "deploy", "schema", "ünïcödé", "review" };

QByteArray task(QRandomGenerator& rng, int i, const QByteArray& indent)
{
    const QByteArray id = QUuid::createUuidV5(QUuid(), QByteArray::number(i)).toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray in1 = indent + "  ", in2 = indent + "    ", in3 = indent + "      ";
    QByteArray t = indent + "{\n";
    t += in1 + "\"id\": \"" + id + "\",\n";
    t += in1 + "\"description\": \"Task " + QByteArray::number(i) + " " + words[rng.bounded(12)] + " " + words[rng.bounded(12)] + "\",\n";
    t += in1 + "\"status\": \"" + statuses[rng.bounded(6)] + "\",\n";
    t += in1 + "\"tool\": \"CLAUDECODE\",\n";
    t += in1 + "\"created_at\": \"2026-11-21T11:35:20.110Z\",\n";
    t += in1 + "\"updated_at\": \"2026-11-21T11:35:20.136Z\",\n";
    t += in1 + "\"logs\": [\n";
    const int logs = int(rng.bounded(2, 8));
    for (int l = 0; l < logs; ++l) {
        t += in2 + "{\n";
        t += in3 + "\"timestamp\": \"2026-11-21T11:35:20.1" + QByteArray::number(10 + l) + "Z\",\n";
        t += in3 + "\"level\": \"info\",\n" + in3 + "\"type\": \"system\",\n";
        t += in3 + "\"message\": \"Step " + QByteArray::number(l) + ": " + words[rng.bounded(12)] + "\",\n";
        t += in3 + "\"metadata\": {\n" + in3 + "  \"duration\": " + QByteArray::number(rng.bounded(5000)) + ",\n" + in3
            + "  \"cost\": 0.0" + QByteArray::number(rng.bounded(1000)) + "\n" + in3 + "}\n";
        t += in2 + (l + 1 < logs ? "},\n" : "}\n");
    }
    t += in1 + "],\n";
    t += in1 + "\"result\": {\n" + in2 + "\"success\": true,\n" + in2 + "\"turns\": " + QByteArray::number(rng.bounded(20)) + "\n" + in1 + "}\n";
    t += indent + "}";
    return t;
}
} // namespace

QByteArray makeStateJson(qint64 bytes, int seed)
{
    QRandomGenerator rng { quint32(seed) };
    QByteArray out;
    out.reserve(bytes + (1 << 20));
    out += "{\n  \"version\": \"1.0.0\",\n  \"last_saved\": \"2026-11-21T12:00:00.000Z\",\n  \"namespaces\": {\n";
    // Half the bytes in namespaces, half in a tasks snapshot.
    int ns = 0;
    while (out.size() < bytes / 2) {
        if (ns)
            out += ",\n";
        out += "    \"ns_" + QByteArray::number(ns) + "\": {\n";
        for (int k = 0; k < 200; ++k) {
            out += "      \"key:" + QByteArray::number(k) + ":" + words[rng.bounded(12)] + "\": ";
            switch (k % 4) {
            case 0: out += "{\"value\": {\"hits\": " + QByteArray::number(rng.bounded(100000)) + ", \"ok\": true}, \"expires_at\": 1795300000}"; break;
            case 1: out += "\"" + QByteArray(words[rng.bounded(12)]) + " \\\"quoted\\\" \\u00e9\""; break;
            case 2: out += QByteArray::number(rng.generateDouble() * 1000, 'f', 3); break;
            default: out += "[1, 2.5, null, false, \"x\"]"; break;
            }
            out += k + 1 < 200 ? ",\n" : "\n";
        }
        out += "    }";
        ++ns;
    }
    out += "\n  },\n  \"tasks\": [\n";
    int i = 0;
    while (out.size() < bytes) {
        if (i)
            out += ",\n";
        out += task(rng, i++, "    ");
    }
    out += "\n  ],\n  \"sessions\": [],\n  \"metrics\": {\n    \"total_tasks\": " + QByteArray::number(i)
        + ",\n    \"completed_tasks\": 0,\n    \"failed_tasks\": 0,\n    \"average_completion_time\": 0\n  }\n}";
    return out;
}

int makeTaskFolder(const QString& dir, int count, int seed)
{
    QRandomGenerator rng { quint32(seed) };
    QDir().mkpath(dir + QStringLiteral("/tasks"));
    int written = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray t = task(rng, i, "");
        const int idStart = int(t.indexOf("\"id\": \"")) + 7;
        const QString id = QString::fromLatin1(t.mid(idStart, 36));
        QFile f(dir + QStringLiteral("/tasks/") + id + QStringLiteral(".json"));
        if (f.open(QIODevice::WriteOnly) && f.write(t) == t.size())
            ++written;
    }
    return written;
}

QByteArray makeOneNamespaceJson(int keys)
{
    QByteArray out;
    out.reserve(qint64(keys) * 40 + 256);
    out += "{\n  \"version\": \"1.0.0\",\n  \"last_saved\": \"2026-11-21T12:00:00.000Z\",\n  \"namespaces\": {\n"
           "    \"big\": {\n";
    for (int k = 0; k < keys; ++k) {
        out += "      \"user:" + QByteArray::number(k / 1000) + ":" + words[k % 12] + QByteArray::number(k) + "\": ";
        out += (k % 3 == 0) ? QByteArray::number(k) : (k % 3 == 1) ? QByteArray("\"text\"") : QByteArray("{\"a\": [1, 2]}");
        out += k + 1 < keys ? ",\n" : "\n";
    }
    out += "    }\n  }\n}\n";
    return out;
}

} // namespace statelens::bench
