// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app driven through its real widgets: open each real sample, find a key, edit it in both
// editor modes, undo, redo, save, and check that on disk only that value changed.

#include "uitestutil.h"
#include "testdir.h"

#include "common/levelcolors.h"
#include "common/valuehints.h"
#include "editor/jsontreemodel.h"
#include "editor/rawjsoneditor.h"
#include "editor/structurededitor.h"
#include "editor/valueeditorpanel.h"
#include "io/safewrite.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusinfo.h"
#include "namespaces/namespacepage.h"
#include "search/searchhitmodel.h"
#include "search/searchpanel.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "views/centreview.h"

#include <QApplication>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {

QHash<QString, QByteArray> filesBelow(const QString& root)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(p, readFile(p).value());
    }
    return out;
}

/// A string-valued key that is not a credential, preferably in a JSON file.
std::optional<Entry> pickEntry(const Snapshot& s, QString* ns)
{
    std::optional<Entry> fallback;
    for (const Namespace& n : s.namespaces)
        for (const Entry& e : n.entries) {
            if (e.value.type() != json::JsonValue::Type::String || looksSecret(e.key) || e.key.isEmpty())
                continue;
            if (e.file.endsWith(QLatin1String(".json"))) {
                *ns = n.name;
                return e;
            }
            if (!fallback) {
                *ns = n.name;
                fallback = e;
            }
        }
    return fallback;
}

Snapshot loadFresh(const QString& path)
{
    auto source = openSource(path);
    if (!source)
        qFatal("%s", qPrintable(source.error().toString()));
    auto snapshot = (*source)->load();
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().toString()));
    return *snapshot;
}

/// Clicks `button` of the next message box that opens.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

/// Shows `w` with `snapshot` opened through a FakeSource (which records what is saved); null if the
/// load did not finish.
std::shared_ptr<test::FakeSource> openFake(MainWindow& w, const Snapshot& snapshot)
{
    auto fake = std::make_shared<test::FakeSource>(snapshot);
    w.session()->setOpener([fake](const QString&) -> Result<std::shared_ptr<Source>> { return std::shared_ptr<Source>(fake); });
    w.show();
    QSignalSpy loaded(w.session(), &StateSession::loaded);
    w.openPath(QStringLiteral("/state"));
    return loaded.wait(10000) ? fake : nullptr;
}

/// Picks `path` in the next file dialog that opens (Qt's own dialog: offscreen has no native one).
void answerNextFileDialog(const QString& path)
{
    QTimer::singleShot(0, [path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept();
    });
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StateLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void openFindEditUndoSave_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("coding-agent") << QStringLiteral("coding-agent/coding-agent-state");
        QTest::newRow("statefulobject") << QStringLiteral("statefulobject/app");
        QTest::newRow("autonomous-dev") << QStringLiteral("autonomous-dev/project");
        QTest::newRow("rs-llmspell") << QStringLiteral("rs-llmspell");
    }

    void openFindEditUndoSave()
    {
        QFETCH(QString, sample);
        TestDir dir;
        const QString path = dir.copySample(sample);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StateSession* session = w.session();
        QSignalSpy loaded(session, &StateSession::loaded);
        QSignalSpy failed(session, &StateSession::loadFailed);
        QVERIFY(w.openPath(path));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1 || failed.count() == 1, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(w.statusInfo()->kindLabel()->text() != QLatin1String("nothing open"));

        const Snapshot original = session->snapshot();
        QString ns;
        const std::optional<Entry> picked = pickEntry(original, &ns);
        if (!picked || original.info.readOnly)
            QSKIP("no editable string value in this sample");
        const Entry target = *picked;
        qInfo("editing %s/%s in %s", qPrintable(ns), qPrintable(target.key), qPrintable(target.file));
        const QHash<QString, QByteArray> before = filesBelow(path);

        // Find the key with the filter box and jump to it.
        QTest::keySequence(&w, QKeySequence::Find);
        QLineEdit* search = w.searchPanel()->searchEdit();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, target.key);
        QTest::keyClick(search, Qt::Key_Return);
        QTreeView* hits = w.searchPanel()->results();
        QModelIndex found;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QModelIndex keys = w.searchPanel()->model()->groupIndex(search::HitKind::Key);
                for (int r = 0; r < hits->model()->rowCount(keys); ++r) {
                    const QModelIndex i = hits->model()->index(r, 0, keys);
                    if (i.data(SearchHitModel::KeyRole).toString() == target.key && i.data(SearchHitModel::NamespaceRole).toString() == ns)
                        found = i;
                }
                return found.isValid();
            }(),
            10000);
        hits->setFocus();
        hits->setCurrentIndex(found);
        QTest::keyClick(hits, Qt::Key_Return);
        ValueEditorPanel* editor = w.editor();
        QTRY_COMPARE(editor->currentKey(), target.key);
        QCOMPARE(editor->currentNamespace(), ns);

        // Structured mode: edit the string in place with the keyboard, then Apply.
        editor->setMode(ValueEditorPanel::StructuredMode);
        QTreeView* tree = editor->structuredEditor()->view();
        const QModelIndex valueCell = tree->model()->index(0, JsonTreeModel::ValueColumn);
        tree->setFocus();
        tree->setCurrentIndex(valueCell);
        QTest::keyClick(tree, Qt::Key_F2);
        auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("edited-by-gui"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(editor->applyButton()->isEnabled());
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QCOMPARE(session->pending()->count(), 1);
        QCOMPARE(w.edits()->currentValue(ns, target.key)->toString(), QStringLiteral("edited-by-gui"));

        // Raw mode: invalid text disables Apply and says where; valid text applies.
        editor->setMode(ValueEditorPanel::RawMode);
        QPlainTextEdit* raw = editor->rawEditor()->editor();
        raw->setFocus();
        raw->selectAll();
        QTest::keyClicks(raw, QStringLiteral("\"edited-raw"));
        editor->rawEditor()->validateNow();
        QVERIFY(!editor->applyButton()->isEnabled());
        QVERIFY(editor->rawEditor()->errorText().startsWith(QStringLiteral("Line 1, column")));
        QTest::keyClicks(raw, QStringLiteral("\""));
        editor->rawEditor()->validateNow();
        QVERIFY(editor->applyButton()->isEnabled());
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QCOMPARE(w.edits()->currentValue(ns, target.key)->toString(), QStringLiteral("edited-raw"));
        QCOMPARE(session->pending()->count(), 1);

        // Undo and redo with the standard shortcuts (from the key tree, so the text editor's own undo
        // is not the one that answers).
        w.centre()->namespacePage()->view()->setFocus();
        QTest::keySequence(&w, QKeySequence::Undo);
        QCOMPARE(w.edits()->currentValue(ns, target.key)->toString(), QStringLiteral("edited-by-gui"));
        QTest::keySequence(&w, QKeySequence::Undo);
        QVERIFY(session->pending()->isEmpty());
        QCOMPARE(*w.edits()->currentValue(ns, target.key), target.value.toValue());
        QTest::keySequence(&w, QKeySequence::Redo);
        QTest::keySequence(&w, QKeySequence::Redo);
        QCOMPARE(w.edits()->currentValue(ns, target.key)->toString(), QStringLiteral("edited-raw"));
        QVERIFY(editor->rawEditor()->text().contains(QStringLiteral("edited-raw")));

        // Save, and compare what is on disk.
        QTreeView* keys = w.centre()->namespacePage()->view();
        const QModelIndex shownKey = keys->currentIndex();
        QVERIFY(shownKey.isValid());
        QList<QPersistentModelIndex> open; // the branches down to the key
        for (QModelIndex p = shownKey.parent(); p.isValid(); p = p.parent())
            open << p;
        const int keyRows = keys->model()->rowCount();
        QSignalSpy saveFailed(session, &StateSession::saveFailed);
        QSignalSpy reloaded(session, &StateSession::reloaded);
        QTest::keySequence(&w, QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1 || !saveFailed.isEmpty(), 30000);
        QVERIFY2(saveFailed.isEmpty(), saveFailed.isEmpty() ? "" : qPrintable(saveFailed.first().first().toString()));
        QCOMPARE(loaded.count(), 1); // read again in place: the views keep where the user was
        QVERIFY(session->pending()->isEmpty());
        QCOMPARE(w.centre()->namespacePage()->currentKey(), target.key);
        QCOMPARE(keys->model()->rowCount(), keyRows);
        for (const QPersistentModelIndex& p : std::as_const(open))
            QVERIFY(p.isValid() && keys->isExpanded(p));
        QVERIFY(editor->rawEditor()->text().contains(QStringLiteral("edited-raw")));

        const Snapshot after = loadFresh(path);
        QCOMPARE(after.namespaces.size(), original.namespaces.size());
        for (const Namespace& n : original.namespaces)
            for (const Entry& e : n.entries) {
                const std::optional<Entry> now = after.findEntry(n.name, e.key);
                QVERIFY2(now, qPrintable(n.name + QLatin1Char('/') + e.key));
                if (n.name == ns && e.key == target.key)
                    QCOMPARE(now->value.toValue().toString(), QStringLiteral("edited-raw"));
                else
                    QVERIFY2(now->value.toValue() == e.value.toValue(), qPrintable(n.name + QLatin1Char('/') + e.key));
            }
        // Files that existed before are unchanged, except the one holding the value.
        const QHash<QString, QByteArray> nowFiles = filesBelow(path);
        QStringList changed;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (nowFiles.value(it.key()) != it.value() && !it.key().contains(QLatin1String("-wal")) && !it.key().contains(QLatin1String("-shm")))
                changed << it.key();
        QVERIFY2(changed.size() <= 1, qPrintable(changed.join(QLatin1String(", "))));
        // In a JSON file, exactly the value's bytes were replaced.
        const json::Document* doc = target.value.document();
        if (target.file.endsWith(QLatin1String(".json")) && doc && doc->text() == before.value(target.file)) {
            QByteArray expected = doc->text();
            expected.replace(doc->begin(target.value.node()), doc->end(target.value.node()) - doc->begin(target.value.node()),
                             "\"edited-raw\"");
            QCOMPARE(nowFiles.value(target.file), expected);
        }
    }

    void cancelLoading()
    {
        // A source that reads until told to stop.
        class SlowSource final : public Source
        {
        public:
            SlowSource() : Source(QStringLiteral("/slow")) { }
            SourceKind kind() const override { return SourceKind::PlainJson; }
            Result<Snapshot> load(const LoadContext& context) const override
            {
                context.report(10, QStringLiteral("reading"));
                while (!context.cancelled())
                    QThread::yieldCurrentThread();
                return Error { Error::Kind::Cancelled, QStringLiteral("cancelled") };
            }
            Result<ApplyResult> apply(const Snapshot&, const QList<Change>&) override { return ApplyResult {}; }
        };
        MainWindow w;
        w.show();
        w.session()->setOpener([](const QString&) -> Result<std::shared_ptr<Source>> { return std::shared_ptr<Source>(std::make_shared<SlowSource>()); });
        QSignalSpy cancelled(w.session(), &StateSession::loadCancelled);
        w.openPath(QStringLiteral("/slow"));
        QTRY_VERIFY(w.statusInfo()->cancelButton()->isVisible());
        QTest::mouseClick(w.statusInfo()->cancelButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(10000));
        QTRY_VERIFY(!w.statusInfo()->cancelButton()->isVisible());
    }

    void secretsLargeValuesAndTtl()
    {
        Snapshot s = test::sampleSnapshot();
        s.namespaces[1].entries << test::entry(QStringLiteral("blob"), "\"" + QByteArray(1100 * 1024, 'x') + "\"");
        MainWindow w;
        const auto fake = openFake(w, s);
        QVERIFY(fake);
        ValueEditorPanel* editor = w.editor();

        QVERIFY(w.jumpToKey(QStringLiteral("user"), QStringLiteral("api_key")));
        QVERIFY(editor->revealButton()->isVisible());
        QVERIFY(!editor->tabs()->isVisible());
        QTest::mouseClick(editor->revealButton(), Qt::LeftButton);
        QVERIFY(editor->tabs()->isVisible());

        QVERIFY(w.jumpToKey(QStringLiteral("user"), QStringLiteral("cache")));
        QVERIFY(editor->ttlLabel()->text().startsWith(QStringLiteral("expires in")));

        QVERIFY(w.jumpToKey(QStringLiteral("config"), QStringLiteral("blob")));
        QVERIFY(editor->editAnywayButton()->isVisible());
        QVERIFY(editor->rawEditor()->editor()->isReadOnly());
        QTest::mouseClick(editor->editAnywayButton(), Qt::LeftButton);
        QVERIFY(!editor->rawEditor()->editor()->isReadOnly());
    }

    void dropImportAndExport()
    {
        TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Dropping a folder from a file manager opens it.
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(root) });
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w.session()->path(), root);

        // Export a value, then a whole namespace, through the File menu's dialogs.
        const Snapshot& s = w.session()->snapshot();
        const Namespace* counter = s.findNamespace(QStringLiteral("counter"));
        QVERIFY(counter && counter->entries.size() >= 2);
        const Entry& first = counter->entries.first();
        QVERIFY(w.jumpToKey(counter->name, first.key));
        const QString valueFile = dir.path() + QStringLiteral("/value.json");
        answerNextFileDialog(valueFile);
        w.actions()->exportValue->trigger();
        QTRY_VERIFY(QFile::exists(valueFile));
        QCOMPARE(*json::JsonValue::parse(readFile(valueFile).value(), valueFile), first.value.toValue());

        const QString nsFile = dir.path() + QStringLiteral("/namespace.json");
        answerNextFileDialog(nsFile);
        w.actions()->exportNamespace->trigger();
        QTRY_VERIFY(QFile::exists(nsFile));
        const QJsonObject exported = QJsonDocument::fromJson(readFile(nsFile).value()).object();
        QCOMPARE(exported.size(), counter->entries.size());
        for (const Entry& e : counter->entries)
            QCOMPARE(QJsonDocument::fromJson("[" + e.value.raw().toByteArray() + "]").array().first(), exported.value(e.key));

        // Import a value into the shown key, and a namespace's keys: both become pending edits.
        const QString importValue = dir.path() + QStringLiteral("/import-value.json");
        QVERIFY(writeFileAtomically(importValue, "{\"imported\": [1, 2, 3]}\n"));
        answerNextFileDialog(importValue);
        w.actions()->importValue->trigger();
        QTRY_COMPARE(w.session()->pending()->count(), 1);
        QCOMPARE(w.edits()->currentValue(counter->name, first.key)->toCompactJson(), QByteArray("{\"imported\":[1,2,3]}"));

        const QString importNs = dir.path() + QStringLiteral("/import-namespace.json");
        QVERIFY(writeFileAtomically(importNs, "{\"fresh\": true, \"name\": \"from a file\"}\n"));
        answerNextFileDialog(importNs);
        w.actions()->importNamespace->trigger();
        QTRY_COMPARE(w.session()->pending()->count(), 3);
        QCOMPARE(w.edits()->currentValue(counter->name, QStringLiteral("fresh"))->toCompactJson(), QByteArray("true"));
        QCOMPARE(w.edits()->currentValue(counter->name, QStringLiteral("name"))->toString(), QStringLiteral("from a file"));
        // One undo step per import.
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->pending()->count(), 1);
    }

    void savingANewKeyKeepsItSelected()
    {
        TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        MainWindow w;
        w.show();
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(root));
        QVERIFY(loaded.wait(30000));
        QVERIFY(w.edits()->setValue(QStringLiteral("counter"), QStringLiteral("added_by_test"), json::JsonValue::fromInt(7)));
        QVERIFY(w.jumpToKey(QStringLiteral("counter"), QStringLiteral("added_by_test")));
        QSignalSpy reloaded(w.session(), &StateSession::reloaded);
        QTest::keySequence(&w, QKeySequence::Save);
        QVERIFY(reloaded.wait(30000));
        QCOMPARE(loaded.count(), 1);
        // Read back from the file the save wrote: the key is on disk now, still the one selected.
        QVERIFY(w.session()->pending()->isEmpty());
        QCOMPARE(w.centre()->namespacePage()->currentKey(), QStringLiteral("added_by_test"));
        QCOMPARE(w.editor()->currentKey(), QStringLiteral("added_by_test"));
        const std::optional<Entry> saved = w.session()->snapshot().findEntry(QStringLiteral("counter"), QStringLiteral("added_by_test"));
        QVERIFY(saved);
        QCOMPARE(saved->value.toValue().toInt(), 7);
        QCOMPARE(loadFresh(root).findEntry(QStringLiteral("counter"), QStringLiteral("added_by_test"))->value.toValue().toInt(), 7);
    }

    void jumpIntoANamespaceOfManyKeys()
    {
        Snapshot s = test::sampleSnapshot();
        Namespace big { QStringLiteral("big"), {} };
        const Entry proto = test::entry(QStringLiteral("x"), "1");
        for (int i = 0; i < 120000; ++i) {
            Entry e = proto;
            e.key = QStringLiteral("user:%1:field%2").arg(i / 100).arg(i % 100);
            big.entries << e;
        }
        s.namespaces << big;
        MainWindow w;
        const auto fake = openFake(w, s);
        QVERIFY(fake);
        // The keys are grouped on a worker; the jump lands once they are.
        QVERIFY(w.jumpToKey(QStringLiteral("big"), QStringLiteral("user:1042:field7")));
        NamespacePage* page = w.centre()->namespacePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->currentKey(), QStringLiteral("user:1042:field7"), 30000);
        QTRY_COMPARE(w.editor()->currentKey(), QStringLiteral("user:1042:field7"));
        QVERIFY(page->view()->isExpanded(page->view()->currentIndex().parent()));
    }

    void quittingWithPendingEditsAsks()
    {
        MainWindow w;
        const auto fake = openFake(w, test::sampleSnapshot());
        QVERIFY(fake);
        QVERIFY(w.edits()->setValue(QStringLiteral("config"), QStringLiteral("theme"), json::JsonValue::fromString(QStringLiteral("x"))));
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(w.close());
        QCOMPARE(fake->applied().size(), 1);
    }

    void followsADarkPalette()
    {
        const QPalette old = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        QApplication::setPalette(dark);
        QVERIFY(isDark(QApplication::palette()));
        // Error text stays readable: lighter than the dark base.
        QVERIFY(levelColor(QStringLiteral("error"), QApplication::palette()).lightness() > dark.color(QPalette::Base).lightness() + 80);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.centre()->namespacePage()->view()->palette().color(QPalette::Base), dark.color(QPalette::Base));
        QApplication::setPalette(old);
    }

    void withoutADisplayItSaysSo()
    {
        const QString program = TestDir::programPath(QStringLiteral("statelens"));
        if (!QFileInfo(program).isFile())
            QSKIP("the statelens executable is not built");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(program, {});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("xvfb-run"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
