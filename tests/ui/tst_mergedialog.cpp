// SPDX-License-Identifier: GPL-3.0-or-later
// Merging with a running tool: the merge dialog shows both sides field by field with every choice in
// sight on a 1600x1000 screen, and the save after the merge goes through while the tool keeps writing.
// After a save, a tool that writes over the saved value is named in a banner that offers to save again.
#include "testdir.h"

#include "diff/valuemerge.h"
#include "io/safewrite.h"
#include "live/conflictbanner.h"
#include "live/livecontroller.h"
#include "live/mergedialog.h"
#include "live/overwritebanner.h"
#include "mainwindow/mainwindow.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {

const QByteArray StateJson = R"({
  "version": "1.0.0",
  "last_saved": "2026-01-01T00:00:00.000Z",
  "namespaces": {
    "user": { "prefs": { "theme": "light", "size": 10, "font": "mono" }, "value": 0 },
    "writer": { "counter": 0 }
  },
  "sessions": [],
  "metrics": { "total_tasks": 0, "completed_tasks": 0, "failed_tasks": 0, "average_completion_time": 0 }
}
)";

std::optional<json::JsonValue> parse(const char* text)
{
    return json::JsonValue::parse(text).value();
}

/// Another program's read-modify-write of one key of state.json, under the folder's lock.
void theirWrite(const QString& folder, const QString& ns, const QString& key, const QJsonValue& value)
{
    const int fd = ::open(QFile::encodeName(folder + QStringLiteral("/state.lock")).constData(), O_RDWR | O_CREAT, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX), 0);
    const QString file = folder + QStringLiteral("/state.json");
    QJsonObject root = QJsonDocument::fromJson(readFile(file).value()).object();
    QJsonObject namespaces = root.value(QStringLiteral("namespaces")).toObject();
    QJsonObject n = namespaces.value(ns).toObject();
    n.insert(key, value);
    namespaces.insert(ns, n);
    root.insert(QStringLiteral("namespaces"), namespaces);
    QVERIFY(writeFileAtomically(file, QJsonDocument(root).toJson()));
    ::close(fd);
}

QJsonObject namespacesIn(const QString& folder)
{
    return QJsonDocument::fromJson(readFile(folder + QStringLiteral("/state.json")).value())
        .object()
        .value(QStringLiteral("namespaces"))
        .toObject();
}

bool openIn(MainWindow& w, const QString& path)
{
    QSignalSpy loaded(w.session(), &StateSession::loaded);
    w.openPath(path);
    return loaded.wait(30000);
}

/// The rows the window builds for one key whose value both sides changed.
QList<MergeRow> rowsFor(const QString& key, const std::optional<json::JsonValue>& base,
                        const std::optional<json::JsonValue>& theirs, const std::optional<json::JsonValue>& mine)
{
    QList<MergeRow> rows;
    for (const diff::FieldConflict& c : diff::mergeValues(base, theirs, mine).conflicts)
        rows << MergeRow { QStringLiteral("user"), key, c.pointer, c.base, c.theirs, c.mine };
    return rows;
}

} // namespace

class TestMergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1600, 1000));
    }

    void rowsAreFields()
    {
        const QList<MergeRow> rows = rowsFor(QStringLiteral("prefs"),
                                             parse(R"({"theme":"light","size":10,"ui":{"zoom":1,"pane":"left"},"tags":[1]})"),
                                             parse(R"({"theme":"dark","size":10,"ui":{"zoom":2,"pane":"left"},"tags":[1,2]})"),
                                             parse(R"({"theme":"blue","size":12,"ui":{"zoom":3,"pane":"right"},"tags":[0]})"));
        MergeDialog dialog(rows);
        QCOMPARE(dialog.rowCount(), 3); // size and ui/pane only I changed: merged without asking
        QStringList fields;
        for (int r = 0; r < dialog.rowCount(); ++r)
            fields << dialog.table()->item(r, 0)->text();
        QCOMPARE(fields, (QStringList { "user/prefs/theme", "user/prefs/ui/zoom", "user/prefs/tags" }));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("\"dark\""));
        QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("\"blue\""));
        QVERIFY(dialog.keepsMine(1));
        dialog.setKeepsMine(1, false);
        QVERIFY(!dialog.keepsMine(1));
    }

    void choicesFitOnScreen_data()
    {
        QTest::addColumn<int>("fields");
        QTest::newRow("one field") << 1;
        QTest::newRow("twelve fields") << 12;
    }

    void choicesFitOnScreen()
    {
        QFETCH(int, fields);
        json::JsonValue base = json::JsonValue::object(), theirs = json::JsonValue::object(), mine = json::JsonValue::object();
        const QString longText(70, u'x');
        for (int i = 0; i < fields; ++i) {
            const QString k = QStringLiteral("a_rather_long_field_name_%1").arg(i);
            base.insert(k, json::JsonValue::fromString(longText + u'0'));
            theirs.insert(k, json::JsonValue::fromString(longText + u'1'));
            mine.insert(k, json::JsonValue::fromString(longText + u'2'));
        }
        QWidget parent;
        parent.resize(1600, 1000);
        parent.show();
        MergeDialog dialog(rowsFor(QStringLiteral("settings"), base, theirs, mine), &parent);
        QCOMPARE(dialog.rowCount(), fields);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.width() <= 1600 && dialog.height() <= 1000);
        QCOMPARE(dialog.table()->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(dialog.table()->verticalScrollBar()->maximum(), 0);
        const QRect viewport = dialog.table()->viewport()->rect();
        for (int r = 0; r < fields; ++r) {
            QWidget* choice = dialog.table()->cellWidget(r, MergeDialog::KeepColumn);
            QVERIFY(choice && choice->isVisible());
            const QRect inViewport(choice->mapTo(dialog.table()->viewport(), QPoint(0, 0)), choice->size());
            QVERIFY2(viewport.contains(inViewport), qPrintable(QStringLiteral("row %1 is out of sight").arg(r)));
        }
    }

    /// A running tool rewrites state.json 50 times a second; the user's edit clashes with a change of
    /// another program at one field: merge, then save, which goes through.
    void saveAfterMergeGoesThrough()
    {
        TestDir dir;
        const QString folder = dir.createDir(QStringLiteral("state"));
        dir.createFile(QStringLiteral("state/state.json"), StateJson);
        QProcess tool;
        tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        tool.start(TestDir::programPath(QStringLiteral("statewriter_rmw")),
                   { folder, QStringLiteral("lock"), QStringLiteral("50"), QStringLiteral("writer"), QStringLiteral("counter") });
        QVERIFY(tool.waitForStarted());

        MainWindow w;
        w.show();
        QVERIFY(openIn(w, folder));
        QVERIFY(w.edits()->setValue(QStringLiteral("user"), QStringLiteral("prefs"),
                                    *parse(R"({"theme": "mine", "size": 12, "font": "mono"})")));
        // The tool's own writes touch no edited key: they are shown, and raise no banner.
        QSignalSpy liveUpdates(w.session(), &StateSession::liveUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(liveUpdates.count() >= 3, 30000);
        QVERIFY(!w.live()->banner()->isVisible());
        QCOMPARE(w.session()->pending()->count(), 1);

        theirWrite(folder, QStringLiteral("user"), QStringLiteral("prefs"),
                   QJsonObject { { "theme", "theirs" }, { "size", 10 }, { "font", "serif" } });
        ConflictBanner* banner = w.live()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QVERIFY2(banner->text().contains(QLatin1String("user/prefs")), qPrintable(banner->text()));

        QStringList fields;
        QTimer::singleShot(0, this, [&fields] {
            auto* dialog = qobject_cast<MergeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (int r = 0; r < dialog->rowCount(); ++r)
                fields << dialog->table()->item(r, 0)->text();
            dialog->accept(); // keep mine
        });
        QTest::mouseClick(banner->mergeButton(), Qt::LeftButton);
        QCOMPARE(fields, QStringList { QStringLiteral("user/prefs/theme") });
        QVERIFY(!banner->isVisible());

        QSignalSpy saved(w.session(), &StateSession::saved);
        QSignalSpy conflict(w.session(), &StateSession::saveConflict);
        QVERIFY(w.session()->save());
        QVERIFY(saved.wait(30000));
        QCOMPARE(conflict.count(), 0);
        tool.terminate();
        QVERIFY(tool.waitForFinished(5000));
        const QJsonObject prefs = namespacesIn(folder).value(QStringLiteral("user")).toObject().value(QStringLiteral("prefs")).toObject();
        QCOMPARE(prefs.value(QStringLiteral("theme")).toString(), QStringLiteral("mine")); // both changed: mine kept
        QCOMPARE(prefs.value(QStringLiteral("size")).toInt(), 12);                         // only mine changed
        QCOMPARE(prefs.value(QStringLiteral("font")).toString(), QStringLiteral("serif")); // only theirs changed
        QVERIFY(namespacesIn(folder).value(QStringLiteral("writer")).toObject().value(QStringLiteral("counter")).toInt() > 0);
    }

    /// A tool that writes its own value back over a saved one is named, with the time, and Save Again
    /// writes the value again.
    void overwriteAfterSaveIsNamed()
    {
        TestDir dir;
        const QString folder = dir.createDir(QStringLiteral("state"));
        dir.createFile(QStringLiteral("state/state.json"), StateJson);
        MainWindow w;
        w.show();
        QVERIFY(openIn(w, folder));
        QVERIFY(w.edits()->setValue(QStringLiteral("user"), QStringLiteral("value"), json::JsonValue::fromInt(41)));
        QSignalSpy saved(w.session(), &StateSession::saved);
        QVERIFY(w.session()->save());
        QVERIFY(saved.wait(30000));

        theirWrite(folder, QStringLiteral("user"), QStringLiteral("value"), 0);
        OverwriteBanner* banner = w.live()->overwriteBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QVERIFY2(banner->text().contains(QLatin1String("overwrote your change to user/value")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("s after it was saved")), qPrintable(banner->text()));

        QTest::mouseClick(banner->saveAgainButton(), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QVERIFY(!banner->isVisible());
        QCOMPARE(namespacesIn(folder).value(QStringLiteral("user")).toObject().value(QStringLiteral("value")).toInt(), 41);
    }
};

int main(int argc, char** argv)
{
    // A 1600x1000 screen, as the issue's users had: the offscreen platform reads its screens from a file.
    QTemporaryDir config;
    const QString screens = config.filePath(QStringLiteral("screens.json"));
    QFile f(screens);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(R"({"screens": [{"name": "main", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96,
                 "logicalBaseDpi": 96, "dpr": 1}]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screens));
    QApplication app(argc, argv);
    TestMergeDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mergedialog.moc"
