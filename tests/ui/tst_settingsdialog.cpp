// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: the backup generation retention is stored, and the next save of the open state uses it.
#include "testdir.h"

#include "common/uisettings.h"
#include "io/backupgenerations.h"
#include "mainwindow/settingsdialog.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace statelens;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StateLensTest"));
        QSettings().clear();
    }

    void retentionIsStoredAndUsedByTheNextSave()
    {
        {
            ui::SettingsDialog dialog;
            dialog.show();
            auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("keepGenerations"));
            auto* age = dialog.findChild<QSpinBox*>(QStringLiteral("maxGenerationAge"));
            QVERIFY(keep && age);
            QCOMPARE(keep->value(), backups::Retention().keep);
            QCOMPARE(age->value(), backups::Retention().maxAgeDays);
            keep->setValue(1);
            age->setValue(7);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
        QCOMPARE(ui::UiSettings::generationRetention().keep, 1);
        QCOMPARE(ui::UiSettings::generationRetention().maxAgeDays, 7);

        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QString counter = root + QStringLiteral("/counter.json");
        const QByteArray original = dir.read(counter);
        ui::StateSession session;
        QSignalSpy loaded(&session, &ui::StateSession::loaded);
        session.open(root);
        QVERIFY(loaded.wait(10000));
        for (int i = 0; i < 3; ++i) {
            QSignalSpy saved(&session, &ui::StateSession::saved);
            ui::PendingEdit edit;
            edit.ns = QStringLiteral("counter");
            edit.key = QStringLiteral("count");
            edit.value = json::JsonValue::fromInt(50 + i);
            edit.before = session.snapshot().findEntry(edit.ns, edit.key)->value.toValue();
            session.pending()->set(edit.ns, edit.key, edit);
            QVERIFY(session.save());
            QVERIFY(saved.wait(10000));
            QTRY_VERIFY(!session.isBusy());
        }
        // Keep 1 per file, and the original: two generations of counter.json after three saves.
        QList<backups::Generation> gens;
        for (const backups::Generation& g : backups::listGenerations(root))
            if (g.fileKey == QLatin1String("counter.json"))
                gens.append(g);
        QCOMPARE(gens.size(), 2);
        QCOMPARE(dir.read(gens.last().path), original);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
