// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationCatalog on its own: the shortest chain of steps between two versions, which step wins when two
// chains are equally short, and what can be reached from a version.
#include "migrate/migrationcatalog.h"

#include <QTest>

using namespace statelens;
using namespace statelens::migrate;

namespace {
Step step(const QString& from, const QString& to, const QString& origin = QStringLiteral("built-in"))
{
    Step s;
    s.from = from;
    s.to = to;
    s.origin = origin;
    s.description = from + QStringLiteral(" -> ") + to;
    s.apply = [to](MigrationState& state, QStringList& notes) -> Result<void> {
        state.state.insert(QStringLiteral("version"), json::JsonValue::fromString(to));
        notes << QStringLiteral("to ") + to;
        return {};
    };
    return s;
}

/// "a -> b -> c" for a chain.
QString describe(const QList<Step>& chain)
{
    QStringList parts;
    for (const Step& s : chain)
        parts << s.from + QStringLiteral("@") + s.origin;
    if (!chain.isEmpty())
        parts << chain.last().to;
    return parts.join(QStringLiteral(" -> "));
}

MigrationCatalog catalogue()
{
    MigrationCatalog c;
    c.add(step(QStringLiteral("0.0.0"), QStringLiteral("1.0.0")));
    c.add(step(QStringLiteral("1.0.0"), QStringLiteral("1.9.0")));
    c.add(step(QStringLiteral("1.9.0"), QStringLiteral("1.10.0")));
    c.add(step(QStringLiteral("1.10.0"), QStringLiteral("2.0.0")));
    // A shortcut from a file beside the state, and a second way to the same version added later.
    c.add(step(QStringLiteral("1.0.0"), QStringLiteral("2.0.0"), QStringLiteral("beside")));
    c.add(step(QStringLiteral("1.0.0"), QStringLiteral("2.0.0"), QStringLiteral("config")));
    c.add(step(QStringLiteral("3.0.0"), QStringLiteral("4.0.0"))); // an island
    return c;
}
} // namespace

class TestMigrationCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void noChainNamesBothVersions_data();
    void noChainNamesBothVersions();
    void reachableIsSortedAsVersions();
    void stepsRunInOrder();
};

void TestMigrationCatalog::plan_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("chain");

    QTest::newRow("same version: nothing to do") << QStringLiteral("1.0.0") << QStringLiteral("1.0.0") << QString();
    QTest::newRow("one step") << QStringLiteral("0.0.0") << QStringLiteral("1.0.0")
                              << QStringLiteral("0.0.0@built-in -> 1.0.0");
    QTest::newRow("the shortcut beats the long way")
        << QStringLiteral("1.0.0") << QStringLiteral("2.0.0") << QStringLiteral("1.0.0@beside -> 2.0.0");
    QTest::newRow("chained through the shortcut")
        << QStringLiteral("0.0.0") << QStringLiteral("2.0.0")
        << QStringLiteral("0.0.0@built-in -> 1.0.0@beside -> 2.0.0");
    QTest::newRow("versions compare as numbers, not text")
        << QStringLiteral("1.9.0") << QStringLiteral("2.0.0")
        << QStringLiteral("1.9.0@built-in -> 1.10.0@built-in -> 2.0.0");
    QTest::newRow("an island") << QStringLiteral("3.0.0") << QStringLiteral("4.0.0")
                               << QStringLiteral("3.0.0@built-in -> 4.0.0");
}

void TestMigrationCatalog::plan()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, chain);
    const auto planned = catalogue().plan(from, to);
    QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
    QCOMPARE(describe(planned.value()), chain);
}

void TestMigrationCatalog::noChainNamesBothVersions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reachable");

    QTest::newRow("backwards") << QStringLiteral("2.0.0") << QStringLiteral("1.0.0") << QString();
    QTest::newRow("to the island") << QStringLiteral("1.0.0") << QStringLiteral("4.0.0")
                                   << QStringLiteral("1.9.0, 1.10.0, 2.0.0");
    QTest::newRow("unknown start") << QStringLiteral("9.9.9") << QStringLiteral("2.0.0") << QString();
}

void TestMigrationCatalog::noChainNamesBothVersions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, reachable);
    const auto planned = catalogue().plan(from, to);
    QVERIFY(!planned);
    QCOMPARE(planned.error().kind, Error::Kind::NotFound);
    const QString message = planned.error().toString();
    QVERIFY2(message.contains(from) && message.contains(to), qPrintable(message));
    if (!reachable.isEmpty())
        QVERIFY2(message.contains(reachable), qPrintable(message));
}

void TestMigrationCatalog::reachableIsSortedAsVersions()
{
    const MigrationCatalog c = catalogue();
    QCOMPARE(c.reachable(QStringLiteral("0.0.0")),
             (QStringList { QStringLiteral("1.0.0"), QStringLiteral("1.9.0"), QStringLiteral("1.10.0"),
                            QStringLiteral("2.0.0") }));
    QCOMPARE(c.reachable(QStringLiteral("2.0.0")), QStringList());
    QCOMPARE(c.reachable(QStringLiteral("3.0.0")), QStringList { QStringLiteral("4.0.0") });
    QCOMPARE(c.steps().size(), 7);
}

void TestMigrationCatalog::stepsRunInOrder()
{
    const auto planned = catalogue().plan(QStringLiteral("1.9.0"), QStringLiteral("2.0.0"));
    QVERIFY(planned);
    MigrationState state;
    state.state = json::JsonValue::object();
    QStringList notes;
    for (const Step& s : planned.value())
        QVERIFY(s.apply(state, notes));
    QCOMPARE(notes, (QStringList { QStringLiteral("to 1.10.0"), QStringLiteral("to 2.0.0") }));
    const json::JsonValue* version = state.state.member(QStringLiteral("version"));
    QVERIFY(version);
    QCOMPARE(version->toString(), QStringLiteral("2.0.0"));
}

QTEST_GUILESS_MAIN(TestMigrationCatalog)
#include "tst_migrationcatalog.moc"
