// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationRegistry::compareVersions(), the one version order of migrations (the catalogue's reachable
// versions, the Migrator's "newer than this state"): numeric parts, missing parts as 0, and a total order.
#include "migrate/migrationregistry.h"

#include <QTest>

using namespace statelens;

class TestMigrationRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareVersions_data();
    void compareVersions();
    void aTotalOrder();
};

void TestMigrationRegistry::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");

    QTest::newRow("equal") << "1.2.3" << "1.2.3" << 0;
    QTest::newRow("integers") << "2" << "10" << -1;
    QTest::newRow("integers, reversed") << "10" << "2" << 1;
    QTest::newRow("numeric minor, not text") << "1.10.0" << "1.9.0" << 1;
    QTest::newRow("numeric patch") << "1.0.9" << "1.0.10" << -1;
    QTest::newRow("major first") << "2.0.0" << "1.99.99" << 1;
    QTest::newRow("0.0.0 before 1.0.0") << "0.0.0" << "1.0.0" << -1;
    QTest::newRow("integer against a dotted version") << "2" << "1.9" << 1;
    QTest::newRow("missing parts count as 0, then the shorter first") << "1.0" << "1.0.0" << -1;
    QTest::newRow("longer with a higher part") << "1.0" << "1.0.1" << -1;
}

void TestMigrationRegistry::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const auto sign = [](int x) { return (x > 0) - (x < 0); };
    QCOMPARE(sign(MigrationRegistry::compareVersions(a, b)), order);
    QCOMPARE(sign(MigrationRegistry::compareVersions(b, a)), -order);
}

void TestMigrationRegistry::aTotalOrder()
{
    // Sorting needs a strict weak order: antisymmetric and transitive over every pair and triple.
    const QStringList versions { "0", "1", "2", "10", "1.0", "1.0.0", "1.0.1", "1.1", "1.9.0", "1.10.0", "2.0.0", "0.0.0" };
    const auto cmp = [](const QString& a, const QString& b) { return MigrationRegistry::compareVersions(a, b); };
    for (const QString& a : versions) {
        QCOMPARE(cmp(a, a), 0);
        for (const QString& b : versions) {
            QCOMPARE(cmp(a, b) < 0, cmp(b, a) > 0);
            if (a != b)
                QVERIFY2(cmp(a, b) != 0, qPrintable(a + QLatin1Char(' ') + b));
            for (const QString& c : versions)
                if (cmp(a, b) < 0 && cmp(b, c) < 0)
                    QVERIFY2(cmp(a, c) < 0, qPrintable(a + QLatin1Char(' ') + b + QLatin1Char(' ') + c));
        }
    }
}

QTEST_GUILESS_MAIN(TestMigrationRegistry)
#include "tst_migrationregistry.moc"
