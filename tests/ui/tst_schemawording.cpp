// SPDX-License-Identifier: GPL-3.0-or-later
// SchemaWording (ui/migrate/schemawording.h): the one way the badge, the status bar and the migration
// dialog name a state's schema.
#include "migrate/schemawording.h"

#include <QTest>

using namespace statelens::ui;

class TestSchemaWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
};

void TestSchemaWording::text_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("newest");
    QTest::addColumn<bool>("none");
    QTest::addColumn<QString>("text");

    QTest::newRow("no version") << "" << "" << true << "No schema";
    QTest::newRow("\"none\"") << "none" << "" << true << "No schema";
    QTest::newRow("none, with a migration") << "none" << "1.0.0" << true << "No schema \u00b7 migration to v1.0.0 available";
    QTest::newRow("a version") << "2.0.0" << "" << false << "Schema v2.0.0";
    QTest::newRow("an integer version") << "2" << "" << false << "Schema v2";
    QTest::newRow("with a migration") << "1.0.0" << "2.0.0" << false << "Schema v1.0.0 \u00b7 migration to v2.0.0 available";
    QTest::newRow("a version that says none only in part") << "nonexistent" << "" << false << "Schema vnonexistent";
}

void TestSchemaWording::text()
{
    QFETCH(QString, version);
    QFETCH(QString, newest);
    QFETCH(bool, none);
    QFETCH(QString, text);
    QCOMPARE(SchemaWording::isNone(version), none);
    QCOMPARE(SchemaWording::text(version, newest), text);
}

QTEST_GUILESS_MAIN(TestSchemaWording)
#include "tst_schemawording.moc"
