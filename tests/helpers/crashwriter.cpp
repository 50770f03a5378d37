// SPDX-License-Identifier: GPL-3.0-or-later
// Saves in a loop until killed, for the crash-safety test.
//   crashwriter raw FILE START      writes content(START), content(START+1), … with writeFileAtomically
//   crashwriter store FOLDER START  sets global/counter = START, START+1, … through StateStore (backup,
//                                   rotation, lock, metrics: the whole documented write path)
#include "io/safewrite.h"
#include "json/jsonvalue.h"
#include "store/statestore.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
QByteArray content(qint64 generation)
{
    // Sizes vary so that a torn write would show as a length mismatch, not only as bad JSON.
    const QByteArray payload(qsizetype(generation % 7919) * 3 + 1, char('a' + generation % 26));
    return "{\n  \"generation\": " + QByteArray::number(generation) + ",\n  \"payload\": \"" + payload + "\"\n}\n";
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const QString mode = args[1];
    const QString target = args[2];
    qint64 generation = args[3].toLongLong();
    // After the first complete write, one line on stdout: the test kills at a random moment after it, so
    // that a slow machine (the test's own start-up, slow fsync) still sees writes to interrupt.
    bool announced = false;
    auto announce = [&announced] {
        if (!announced) {
            std::fputs("writing\n", stdout);
            std::fflush(stdout);
            announced = true;
        }
    };
    if (mode == QLatin1String("raw")) {
        for (;; ++generation) {
            if (auto r = statelens::writeFileAtomically(target, content(generation)); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 1;
            }
            announce();
        }
    }
    statelens::StateStore store(target);
    if (auto r = store.load(); !r)
        return 1;
    for (;; ++generation) {
        if (auto r = store.save(QStringLiteral("global"), QStringLiteral("counter"), statelens::json::JsonValue::fromInt(generation)); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        announce();
    }
}
