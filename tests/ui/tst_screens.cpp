// SPDX-License-Identifier: GPL-3.0-or-later
// Any screen, any theme, and the details (issue 18, part C), through the real window: the window fits
// 1280×800 at scale 1 and 1600×1000 at scale 2 (checked by its geometry, in a child process that has
// that screen), the theme choice in Preferences, icons and check boxes in both themes, times to the
// millisecond, middle elision, whole-word elision, the TTL column, the welcome page, which actions are
// enabled, and the menus.

#include "uitestutil.h"
#include "testdir.h"

#include "app/startup.h"
#include "common/elidedlabel.h"
#include "common/formatting.h"
#include "common/levelcolors.h"
#include "common/uisettings.h"
#include "common/wordelidedelegate.h"
#include "editor/jsontreemodel.h"
#include "editor/rawjsoneditor.h"
#include "editor/structurededitor.h"
#include "editor/valueeditorpanel.h"
#include "help/helpcontroller.h"
#include "help/shortcutsdialog.h"
#include "live/livecontroller.h"
#include "logs/logpage.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/settingsdialog.h"
#include "namespaces/keytreemodel.h"
#include "namespaces/namespacepage.h"
#include "navigator/navigatorpanel.h"
#include "session/statesession.h"
#include "tasks/taskspage.h"
#include "theme/paletteicon.h"
#include "theme/theme.h"
#include "views/backupmodel.h"
#include "views/centreview.h"
#include "views/problemmodel.h"
#include "views/tablepage.h"
#include "views/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {

std::shared_ptr<test::FakeSource> openFake(MainWindow& w, const Snapshot& snapshot)
{
    auto fake = std::make_shared<test::FakeSource>(snapshot);
    w.session()->setOpener([fake](const QString&) -> Result<std::shared_ptr<Source>> { return std::shared_ptr<Source>(fake); });
    w.show();
    QSignalSpy loaded(w.session(), &StateSession::loaded);
    w.openPath(QStringLiteral("/state"));
    return loaded.wait(10000) ? fake : nullptr;
}

bool openReal(MainWindow& w, const QString& root)
{
    w.show();
    QSignalSpy loaded(w.session(), &StateSession::loaded);
    w.openPath(root);
    return loaded.wait(20000);
}

/// The mean colour of the pixels of `image` that are drawn (alpha over half).
QColor meanVisibleColour(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = argb.pixel(x, y);
            if (qAlpha(p) < 128)
                continue;
            r += qRed(p), g += qGreen(p), b += qBlue(p), ++n;
        }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}

/// The largest lightness difference between a pixel of `image` inside `rect` and `background`.
int strongestContrast(const QImage& image, const QRect& rect, const QColor& background)
{
    int best = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (image.rect().contains(x, y))
                best = std::max(best, std::abs(QColor(image.pixel(x, y)).lightness() - background.lightness()));
    return best;
}

} // namespace

/// The widgets under `root` that ask for the most room: what to look at when the window does not fit.
QStringList widestWidgets(const QWidget* root, int atLeast)
{
    QStringList out;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (m.width() >= atLeast || m.height() >= atLeast)
            out << QStringLiteral("%1 %2%5 min %3x%4").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(m.width()).arg(m.height()).arg(w->isVisibleTo(root) ? QString() : QStringLiteral(" (hidden)"));
    }
    return out;
}

/// Receives the URLs QDesktopServices would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

class TestScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StateLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screens"));
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    // ---- any screen ------------------------------------------------------------------------------

    void fitsTheScreen_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QByteArray>("scale");
        QTest::newRow("1280x800 at scale 1") << 1280 << 800 << QByteArray("1");
        QTest::newRow("1600x1000 at scale 2") << 1600 << 1000 << QByteArray("2");
    }

    /// The window opened with a fresh configuration on a screen of that size and scale (a child process
    /// of this test on an offscreen screen configured so) fits: see fitChild().
    void fitsTheScreen()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QByteArray, scale);
        TestDir dir;
        const QString config = dir.createFile(QStringLiteral("screen.json"),
            QStringLiteral(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": %1, "height": %2,
                              "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]})").arg(width).arg(height).toUtf8());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(scale));
        env.insert(QStringLiteral("STATELENS_FIT_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("fitChild") });
        QVERIFY(child.waitForFinished(120000));
        const QByteArray out = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("PASS   : TestScreens::fitChild()"), out.constData());
        qInfo().noquote() << QString::fromUtf8(out).split(u'\n').filter(QStringLiteral("window ")).join(u'\n');
    }

    /// Runs only as the child of fitsTheScreen(): opens a real sample with a fresh configuration and checks
    /// by geometry that the window and every dock are on the screen, and that each dock has room for
    /// what it holds.
    void fitChild()
    {
        if (qEnvironmentVariableIsEmpty("STATELENS_FIT_CHILD"))
            QSKIP("runs in the child process that fitsTheScreen() starts");
        TestDir dir;
        MainWindow w;
        QVERIFY(openReal(w, dir.copySample(QStringLiteral("coding-agent/coding-agent-state"))));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSection(NavigatorModel::Section::Tasks);
        QTest::qWait(100); // let the layout settle
        const QRect available = w.screen()->availableGeometry();
        if (w.minimumSizeHint().width() > available.width() || w.minimumSizeHint().height() > available.height())
            qInfo().noquote() << widestWidgets(&w, available.height() / 2).join(u'\n');
        qInfo("window %s on a screen of %dx%d (logical) at scale %s; minimum %dx%d", qPrintable(QStringLiteral("%1x%2").arg(w.frameGeometry().width()).arg(w.frameGeometry().height())),
              available.width(), available.height(), qgetenv("QT_SCALE_FACTOR").constData(), w.minimumSizeHint().width(), w.minimumSizeHint().height());
        QVERIFY2(available.contains(w.frameGeometry()),
                 qPrintable(QStringLiteral("frame %1,%2 %3x%4 not inside %5x%6").arg(w.frameGeometry().x()).arg(w.frameGeometry().y())
                                .arg(w.frameGeometry().width()).arg(w.frameGeometry().height()).arg(available.width()).arg(available.height())));
        const QList<QDockWidget*> docks = w.findChildren<QDockWidget*>();
        QVERIFY(docks.size() >= 4);
        for (QDockWidget* dock : docks) {
            dock->raise(); // a tabbed dock is shown by its tab
            QTest::qWait(20);
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
            const QRect onScreen(dock->mapToGlobal(QPoint(0, 0)), dock->size());
            QVERIFY2(available.contains(onScreen), qPrintable(dock->objectName()));
            const QSize need = dock->widget()->minimumSizeHint();
            QVERIFY2(dock->widget()->width() >= need.width() && dock->widget()->height() >= need.height(),
                     qPrintable(QStringLiteral("%1 is %2x%3, needs %4x%5").arg(dock->objectName()).arg(dock->widget()->width())
                                    .arg(dock->widget()->height()).arg(need.width()).arg(need.height())));
        }
        QWidget* centre = w.centralWidget();
        QVERIFY(centre->isVisible());
        QVERIFY(available.contains(QRect(centre->mapToGlobal(QPoint(0, 0)), centre->size())));
        QVERIFY(centre->width() >= centre->minimumSizeHint().width());
    }

    // ---- any theme ------------------------------------------------------------------------------

    void themeIsChosenAppliedLiveAndRemembered()
    {
        applyTheme(Theme::System);
        QCOMPARE(isDark(QApplication::palette()), desktopIsDark());
        {
            SettingsDialog dialog;
            dialog.show();
            auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->count(), 3);
            QCOMPARE(Theme(combo->currentData().toInt()), Theme::System);
            combo->setCurrentIndex(combo->findData(int(Theme::Dark)));
            QVERIFY(isDark(QApplication::palette())); // at once, before OK
            QCOMPARE(currentTheme(), Theme::Dark);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        }
        QCOMPARE(currentTheme(), Theme::System); // Cancel puts it back
        QCOMPARE(UiSettings::theme(), Theme::System);
        {
            SettingsDialog dialog;
            dialog.show();
            auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"));
            combo->setCurrentIndex(combo->findData(int(Theme::Dark)));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
        QCOMPARE(UiSettings::theme(), Theme::Dark);
        QVERIFY(isDark(QApplication::palette()));
        StartupOptions options;
        QCOMPARE(startupTheme(options), Theme::Dark); // remembered for the next start
        UiSettings::setTheme(Theme::Light);
        QCOMPARE(startupTheme(options), Theme::Light);
        options.dark = true;
        QCOMPARE(startupTheme(options), Theme::Dark); // the hidden --dark wins
        applyTheme(Theme::Light);
        QVERIFY(!isDark(QApplication::palette()));
        applyTheme(Theme::System);
    }

    void iconsAndCheckBoxesShowInBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void iconsAndCheckBoxesShowInBothThemes()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        MainWindow w;
        QVERIFY(openFake(w, test::sampleSnapshot()));
        const QColor window = QApplication::palette().color(QPalette::Window);
        // The pause icon (a grey shape in the common style) is drawn in the text colour.
        const QIcon pause = w.live()->pauseAction()->icon();
        const QColor drawn = meanVisibleColour(pause.pixmap(32).toImage());
        QVERIFY(drawn.isValid());
        QVERIFY2(std::abs(drawn.lightness() - window.lightness()) > 100,
                 qPrintable(QStringLiteral("icon %1 on window %2").arg(drawn.name(), window.name())));
        QVERIFY(isMonochrome(QApplication::style()->standardIcon(QStyle::SP_MediaPause).pixmap(32).toImage()));

        // An unchecked check box stands out from the window around it.
        QCheckBox box(QStringLiteral("Regex"));
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        const QImage image = box.grab().toImage();
        QVERIFY2(strongestContrast(image, indicator, window) > 60,
                 qPrintable(QStringLiteral("contrast %1").arg(strongestContrast(image, indicator, window))));
        applyTheme(Theme::System);
    }

    // ---- the details ----------------------------------------------------------------------------

    /// The coding-agent sample has backups taken within one second (state.backup.<epoch ms>.json).
    void backupsTakenInOneSecondShowMilliseconds()
    {
        TestDir dir;
        MainWindow w;
        QVERIFY(openReal(w, dir.copySample(QStringLiteral("coding-agent/coding-agent-state"))));
        QVERIFY(w.showSection(NavigatorModel::Section::Backups));
        QTableView* table = w.centre()->backupsPage()->table();
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
        const QAbstractItemModel* m = table->model();
        QVERIFY(m->rowCount() >= 3);
        QHash<QString, QString> timeOfFile;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString file = m->index(r, BackupModel::PathColumn).data().toString();
            QCOMPARE(m->index(r, BackupModel::PathColumn).data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), file);
            timeOfFile.insert(QFileInfo(file).fileName(), m->index(r, BackupModel::TimeColumn).data().toString());
        }
        const QString a = timeOfFile.value(QStringLiteral("state.backup.1795260926847.json"));
        const QString b = timeOfFile.value(QStringLiteral("state.backup.1795260926848.json"));
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(timeOfFile.keys().join(u' ')));
        QVERIFY(a != b);
        QVERIFY2(a.endsWith(QStringLiteral(".847")), qPrintable(a));
        QVERIFY2(b.endsWith(QStringLiteral(".848")), qPrintable(b));
    }

    void timesShowMillisecondsOnlyWhereSecondsCollide()
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1795260926847, Qt::UTC);
        const QSet<qint64> shared = collidingSeconds({ t, t.addMSecs(1), t.addSecs(5) });
        QCOMPARE(shared.size(), 1);
        QVERIFY(shared.contains(t.toSecsSinceEpoch()));
        QVERIFY(!formatDateTime(t, true).endsWith(formatDateTime(t)));
        QCOMPARE(formatDateTime(t, true).left(19), formatDateTime(t));
        QVERIFY(formatDateTime(t, true).endsWith(QStringLiteral(".847")));
    }

    void namesElideInTheMiddle()
    {
        TestDir dir;
        MainWindow w;
        QVERIFY(openReal(w, dir.copySample(QStringLiteral("coding-agent/coding-agent-state"))));
        QCOMPARE(w.navigator()->view()->textElideMode(), Qt::ElideMiddle);
        QVERIFY(w.showSection(NavigatorModel::Section::Logs));
        auto* title = w.centre()->logPage()->findChild<ElidedLabel*>(QStringLiteral("logTitle"));
        QVERIFY(title);
        const QString name = QStringLiteral("session_2025-01-01_10-00-00_a1b2c3d4e5f6_claude_code_debug.log");
        title->setText(name);
        title->resize(title->fontMetrics().horizontalAdvance(name) / 2, title->height());
        QCOMPARE(title->text(), name);
        const QString shown = title->shownText();
        QVERIFY2(shown.contains(QChar(0x2026)), qPrintable(shown));
        QVERIFY(name.startsWith(shown.section(QChar(0x2026), 0, 0)));
        QVERIFY(name.endsWith(shown.section(QChar(0x2026), 1)));
        QVERIFY(shown.endsWith(QStringLiteral(".log"))); // the end that tells them apart stays
        QCOMPARE(title->toolTip(), name);
        QVERIFY(title->minimumSizeHint().width() < title->sizeHint().width() / 2); // it never widens the window
    }

    void elideAtWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("chars"); // the room, in average characters
        QTest::newRow("fits") << QStringLiteral("Fix the flaky test") << 40;
        QTest::newRow("sentence") << QStringLiteral("Fix the flaky integration test in the payment service") << 20;
        QTest::newRow("punctuation") << QStringLiteral("Retry failed, then report: the network was down for a while") << 25;
        QTest::newRow("one long word") << QStringLiteral("Supercalifragilisticexpialidocious") << 10;
    }

    void elideAtWord()
    {
        QFETCH(QString, text);
        QFETCH(int, chars);
        const QFontMetrics fm(QApplication::font());
        const int width = fm.averageCharWidth() * chars;
        const QString out = ui::elideAtWord(text, fm, width);
        if (fm.horizontalAdvance(text) <= width) {
            QCOMPARE(out, text);
            return;
        }
        QVERIFY(out.endsWith(QChar(0x2026)));
        QVERIFY(fm.horizontalAdvance(out) <= width);
        const QString kept = out.chopped(1);
        QVERIFY(text.startsWith(kept));
        if (text.contains(u' ') && text.indexOf(u' ') < kept.size() + 1)
            QVERIFY2(text.at(kept.size()).isSpace() || text.at(kept.size()).isPunct(), qPrintable(out)); // a whole word
    }

    void sentencesAreCutAtWords()
    {
        MainWindow w;
        QVERIFY(openFake(w, test::sampleSnapshot()));
        QVERIFY(w.showSection(NavigatorModel::Section::Problems));
        QTableView* problems = w.centre()->problemsPage()->table();
        QVERIFY(qobject_cast<WordElideDelegate*>(problems->itemDelegateForColumn(ProblemModel::MessageColumn)));
        QVERIFY(!problems->model()->index(0, ProblemModel::MessageColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(w.showSection(NavigatorModel::Section::Tasks));
        QTableView* tasks = w.centre()->tasksPage()->findChild<QTableView*>(QStringLiteral("taskTable"));
        QVERIFY(tasks);
        QVERIFY(qobject_cast<WordElideDelegate*>(tasks->itemDelegateForColumn(1))); // the description
    }

    void concernsColumnShownOnlyWithKeys()
    {
        {
            MainWindow w;
            QVERIFY(openFake(w, test::sampleSnapshot())); // its problem concerns user/count
            QVERIFY(w.showSection(NavigatorModel::Section::Problems));
            QTableView* table = w.centre()->problemsPage()->table();
            QVERIFY(!table->isColumnHidden(ProblemModel::AddressColumn));
            QCOMPARE(table->model()->index(0, ProblemModel::AddressColumn).data().toString(), QStringLiteral("user/count"));
        }
        Snapshot s = test::sampleSnapshot();
        s.problems.first().address.clear();
        MainWindow w;
        QVERIFY(openFake(w, s));
        QVERIFY(w.showSection(NavigatorModel::Section::Problems));
        QVERIFY(w.centre()->problemsPage()->table()->isColumnHidden(ProblemModel::AddressColumn));
    }

    void ttlColumnAndHumanExpiry()
    {
        MainWindow w;
        QVERIFY(openFake(w, test::sampleSnapshot()));
        QVERIFY(w.jumpToKey(QStringLiteral("user"), QStringLiteral("cache"))); // {"value": 1, "expires_at": 4102444800}
        QTreeView* tree = w.centre()->namespacePage()->view();
        QVERIFY(!tree->isColumnHidden(KeyTreeModel::TtlColumn));
        const QModelIndex cache = tree->currentIndex().siblingAtColumn(KeyTreeModel::TtlColumn);
        QVERIFY2(cache.data().toString().startsWith(QStringLiteral("expires in")), qPrintable(cache.data().toString()));
        QCOMPARE(tree->model()->headerData(KeyTreeModel::TtlColumn, Qt::Horizontal).toString(), QStringLiteral("TTL"));
        // In the editor the epoch number shows its time; editing keeps the number.
        QTreeView* editor = w.editor()->structuredEditor()->view();
        QVERIFY(editor);
        const QAbstractItemModel* m = editor->model();
        const QModelIndex root = m->index(0, 0);
        QModelIndex expires;
        for (int r = 0; r < m->rowCount(root); ++r)
            if (m->index(r, JsonTreeModel::KeyColumn, root).data().toString() == QLatin1String("expires_at"))
                expires = m->index(r, JsonTreeModel::ValueColumn, root);
        QVERIFY(expires.isValid());
        const QString shown = expires.data().toString();
        QVERIFY2(shown.startsWith(QStringLiteral("4102444800"))
                     && shown.contains(formatDateTime(QDateTime::fromSecsSinceEpoch(4102444800, Qt::UTC))), qPrintable(shown));
        QCOMPARE(expires.data(Qt::EditRole).toString(), QStringLiteral("4102444800"));
        // A namespace without TTL values has no TTL column.
        QVERIFY(w.jumpToKey(QStringLiteral("config"), QStringLiteral("theme")));
        QVERIFY(tree->isColumnHidden(KeyTreeModel::TtlColumn));
    }

    void welcomePageHasNoEmptyBox()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WelcomePage* welcome = w.centre()->welcomePage();
        QCOMPARE(w.centre()->currentWidget(), welcome);
        QVERIFY(!welcome->recentList()->isVisible());
        auto* hint = welcome->findChild<QLabel*>(QStringLiteral("welcomeNoRecent"));
        QVERIFY(hint && hint->isVisible());
        welcome->setRecent({ QStringLiteral("/tmp/some/state") });
        QVERIFY(welcome->recentList()->isVisible());
        QVERIFY(!hint->isVisible());
        QCOMPARE(welcome->recentList()->item(0)->toolTip(), QStringLiteral("/tmp/some/state"));
    }

    void actionsAreEnabledOnlyWhenTheyCanAct()
    {
        MainWindow w;
        w.show();
        MainActions* a = w.actions();
        for (QAction* off : { w.live()->pauseAction(), a->applyValue, a->save, a->review, a->revert, a->reload, a->find,
                              a->addKey, a->addNamespace, a->deleteKey, a->deleteNamespace, a->importValue,
                              a->exportValue, a->importNamespace, a->exportNamespace, a->checkRepair })
            QVERIFY2(!off->isEnabled(), qPrintable(off->text()));
        for (QAction* on : { a->openFolder, a->openFile, a->preferences, a->quit, w.help()->documentation(),
                             w.help()->shortcuts(), w.help()->about() })
            QVERIFY2(on->isEnabled(), qPrintable(on->text()));

        QSignalSpy loaded(w.session(), &StateSession::loaded);
        auto fake = std::make_shared<test::FakeSource>(test::sampleSnapshot());
        w.session()->setOpener([fake](const QString&) -> Result<std::shared_ptr<Source>> { return std::shared_ptr<Source>(fake); });
        w.openPath(QStringLiteral("/state"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(w.live()->pauseAction()->isEnabled());
        QVERIFY(a->find->isEnabled());
        QVERIFY(w.jumpToKey(QStringLiteral("config"), QStringLiteral("theme")));
        QVERIFY(!a->applyValue->isEnabled()); // nothing edited yet
        QVERIFY(!a->save->isEnabled());
        w.editor()->setMode(ValueEditorPanel::RawMode);
        QPlainTextEdit* raw = w.editor()->rawEditor()->editor();
        raw->setFocus();
        raw->selectAll();
        QTest::keyClicks(raw, QStringLiteral("\"light\""));
        w.editor()->rawEditor()->validateNow();
        QTRY_VERIFY(a->applyValue->isEnabled());
        a->applyValue->trigger();
        QTRY_VERIFY(a->save->isEnabled());
        QVERIFY(!a->applyValue->isEnabled());
    }

    void menusInStandardOrderWithHelp()
    {
        MainWindow w;
        w.show();
        QStringList titles;
        for (const QAction* m : w.menuBar()->actions())
            titles << m->text().remove(u'&');
        QCOMPARE(titles.mid(0, 3), (QStringList { QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View") }));
        QCOMPARE(titles.last(), QStringLiteral("Help"));
        QCOMPARE(titles.at(titles.size() - 2), QStringLiteral("Backups"));
        const QMenu* help = w.menuBar()->actions().last()->menu();
        QVERIFY(help->actions().contains(w.help()->documentation()));
        QVERIFY(help->actions().contains(w.help()->shortcuts()));
        QVERIFY(help->actions().contains(w.help()->about()));
        QCOMPARE(w.help()->documentation()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void documentationOpensTheDocs()
    {
        UrlCatcher catcher;
        for (const char* scheme : { "file", "https" })
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &catcher, "open");
        MainWindow w;
        w.help()->documentation()->trigger();
        for (const char* scheme : { "file", "https" })
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        QCOMPARE(catcher.urls.size(), 1);
        const QUrl url = catcher.urls.first();
        QCOMPARE(url, HelpController::documentationUrl());
        if (url.isLocalFile())
            QVERIFY(QFileInfo(url.toLocalFile()).isFile());
        else
            QVERIFY(url.toString().contains(QStringLiteral("readme"), Qt::CaseInsensitive));
    }

    void shortcutsDialogListsTheActions()
    {
        MainWindow w;
        w.show();
        bool checked = false;
        QTimer::singleShot(0, &w, [&checked] {
            auto* dialog = qobject_cast<ShortcutsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTreeWidget* list = dialog->list();
            QHash<QString, QString> keys;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                keys.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
            QCOMPARE(keys.value(QStringLiteral("Save")), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
            QCOMPARE(keys.value(QStringLiteral("Apply Value")), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
            QVERIFY(keys.contains(QStringLiteral("Documentation")));
            QVERIFY(!keys.contains(QStringLiteral("Import Value"))); // no shortcut, not listed
            checked = true;
            dialog->reject();
        });
        w.help()->shortcuts()->trigger();
        QVERIFY(checked);
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
