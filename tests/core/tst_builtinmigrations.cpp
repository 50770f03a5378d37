// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in migration steps on their own (docs/MIGRATIONS.md): which steps each family gets, and what
// each step makes of a state value, member order included, with the notes it leaves for the log and the
// states it refuses.
#include "migrate/builtinmigrations.h"

#include <QTest>

using namespace statelens;
using namespace statelens::migrate;

Q_DECLARE_METATYPE(statelens::migrate::Family)

namespace {

/// Runs the step `from` → `to` of `family` on `input`; the result's compact JSON, or "error: …".
QString run(Family family, const QString& from, const QString& to, const QByteArray& input, QStringList* notes)
{
    MigrationCatalog catalog;
    addBuiltinSteps(catalog, family);
    for (const Step& s : catalog.steps()) {
        if (s.from != from || s.to != to)
            continue;
        MigrationState state;
        state.state = json::JsonValue::parse(input).value();
        auto r = s.apply(state, *notes);
        if (!r)
            return QStringLiteral("error: ") + r.error().message;
        return QString::fromUtf8(state.state.toCompactJson());
    }
    return QStringLiteral("no step");
}

} // namespace

class TestBuiltinMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsOfEachFamily_data();
    void stepsOfEachFamily();
    void steps_data();
    void steps();
};

void TestBuiltinMigrations::stepsOfEachFamily_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<QStringList>("steps");

    QTest::newRow("StatefulObject") << Family::StatefulObject << QStringList { "1 -> 2" };
    QTest::newRow("batch state") << Family::BatchState << QStringList { "1.0.0 -> 1.1.0", "1.1.0 -> 2.0.0" };
    QTest::newRow("state folder") << Family::StateFolder << QStringList { "0.0.0 -> 1.0.0" };
    QTest::newRow("any JSON: user migrations only") << Family::Generic << QStringList();
}

void TestBuiltinMigrations::stepsOfEachFamily()
{
    QFETCH(Family, family);
    QFETCH(QStringList, steps);
    MigrationCatalog catalog;
    addBuiltinSteps(catalog, family);
    QStringList found;
    for (const Step& s : catalog.steps()) {
        found << s.from + QStringLiteral(" -> ") + s.to;
        QCOMPARE(s.origin, QStringLiteral("built-in"));
        QVERIFY(!s.description.isEmpty());
        QVERIFY(s.apply);
        QVERIFY(!s.needsTasks);
    }
    QCOMPARE(found, steps);
    // The whole chain plans from the oldest version to the newest.
    if (!steps.isEmpty()) {
        auto chain = catalog.plan(catalog.steps().first().from, catalog.steps().last().to);
        QVERIFY(chain);
        QCOMPARE(chain->size(), steps.size());
    }
}

void TestBuiltinMigrations::steps_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("notes");

    const auto so = Family::StatefulObject;
    QTest::newRow("v1 settings become config, in its place")
        << so << "1" << "2" << QByteArray(R"({"name": "x", "settings": {"ui_theme": "light", "request_timeout": 10}, "z": 1})")
        << R"({"name":"x","config":{"theme":"light","timeout":10},"z":1,"version":2})" << 0;
    QTest::newRow("missing settings take the seed's defaults")
        << so << "1" << "2" << QByteArray(R"({"settings": {}})") << R"({"config":{"theme":"dark","timeout":30},"version":2})"
        << 2;
    QTest::newRow("no settings at all") << so << "1" << "2" << QByteArray("{}")
                                        << R"({"config":{"theme":"dark","timeout":30},"version":2})" << 2;
    QTest::newRow("other settings are dropped, with a note")
        << so << "1" << "2" << QByteArray(R"({"settings": {"ui_theme": "a", "request_timeout": 1, "font_size": 12}})")
        << R"({"config":{"theme":"a","timeout":1},"version":2})" << 1;
    QTest::newRow("an existing version is replaced in place")
        << so << "1" << "2" << QByteArray(R"({"version": 1, "settings": {"ui_theme": "a", "request_timeout": 1}})")
        << R"({"version":2,"config":{"theme":"a","timeout":1}})" << 0;
    QTest::newRow("settings that are not an object") << so << "1" << "2" << QByteArray(R"({"settings": [1]})")
                                                     << "error: \"settings\" is not an object, so the v1 layout cannot be read"
                                                     << 0;
    QTest::newRow("a state that is not an object") << so << "1" << "2" << QByteArray("[]")
                                                   << "error: the state is not a JSON object" << 0;

    const auto batch = Family::BatchState;
    QTest::newRow("index lists get their names beside them")
        << batch << "1.0.0" << "1.1.0"
        << QByteArray(R"({"features": ["login", "search", "export"], "completed_features": [0, 2], "failed_features": [{"feature_index": 1}], "status": "running"})")
        << R"({"version":"1.1.0","features":["login","search","export"],"completed_features":[0,2],"completed":["login","export"],"failed_features":[{"feature_index":1}],"failed":["search"],"status":"running"})"
        << 0;
    QTest::newRow("an index that names no feature is left out")
        << batch << "1.0.0" << "1.1.0" << QByteArray(R"({"features": ["a"], "completed_features": [0, 5], "failed_features": []})")
        << R"({"version":"1.1.0","features":["a"],"completed_features":[0,5],"completed":["a"],"failed_features":[],"failed":[]})"
        << 1;
    QTest::newRow("existing name lists stay")
        << batch << "1.0.0" << "1.1.0" << QByteArray(R"({"features": ["a"], "completed": ["kept"]})")
        << R"({"version":"1.1.0","features":["a"],"completed":["kept"],"failed":[]})" << 1;
    QTest::newRow("updated_at renamed in place, clearing fields moved aside")
        << batch << "1.1.0" << "2.0.0"
        << QByteArray(R"({"version": "1.1.0", "updated_at": "t", "auto_clear_count": 2, "x": 1, "paused_at_feature_index": 3})")
        << R"({"version":"2.0.0","last_updated":"t","deprecated_context_clearing":{"auto_clear_count":2,"paused_at_feature_index":3},"x":1})"
        << 1;
    QTest::newRow("nothing to move") << batch << "1.1.0" << "2.0.0" << QByteArray(R"({"version": "1.1.0", "x": 1})")
                                     << R"({"version":"2.0.0","x":1})" << 0;
    QTest::newRow("both time members") << batch << "1.1.0" << "2.0.0"
                                       << QByteArray(R"({"updated_at": "a", "last_updated": "b"})")
                                       << "error: both \"updated_at\" and \"last_updated\" exist; cannot rename one to the other"
                                       << 0;
    QTest::newRow("the aside member exists already")
        << batch << "1.1.0" << "2.0.0" << QByteArray(R"({"auto_clear_count": 1, "deprecated_context_clearing": {}})")
        << "error: \"deprecated_context_clearing\" exists already" << 0;

    const auto folder = Family::StateFolder;
    QTest::newRow("coding-agent snapshot: namespaces before sessions")
        << folder << "0.0.0" << "1.0.0" << QByteArray(R"({"tasks": [], "sessions": [], "metrics": {}})")
        << R"({"version":"1.0.0","tasks":[],"namespaces":{},"sessions":[],"metrics":{}})" << 1;
    QTest::newRow("namespaces kept, appended when there are no sessions")
        << folder << "0.0.0" << "1.0.0" << QByteArray(R"({"metrics": {}})") << R"({"version":"1.0.0","metrics":{},"namespaces":{}})"
        << 0;
    QTest::newRow("existing namespaces stay")
        << folder << "0.0.0" << "1.0.0" << QByteArray(R"({"namespaces": {"a": {}}})") << R"({"version":"1.0.0","namespaces":{"a":{}}})"
        << 0;
}

void TestBuiltinMigrations::steps()
{
    QFETCH(Family, family);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QByteArray, input);
    QFETCH(QString, output);
    QFETCH(int, notes);
    QStringList said;
    QCOMPARE(run(family, from, to, input, &said), output);
    QCOMPARE(said.size(), notes);
}

QTEST_GUILESS_MAIN(TestBuiltinMigrations)
#include "tst_builtinmigrations.moc"
