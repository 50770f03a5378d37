// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: ctest runs this program with LANG=de_DE.UTF-8 (and no LC_ALL or LANGUAGE), it
// installs the catalogue the way the app does, and the menus and the welcome page read German, with one
// accelerator per letter in each menu.

#include "app/translation.h"
#include "mainwindow/mainwindow.h"
#include "views/centreview.h"
#include "views/welcomepage.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace statelens::ui;

namespace {

/// The letter an action's text marks as its accelerator ("&Datei" → 'd'), or a null QChar.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

/// The accelerators used twice among `actions`, as "letter: text, text".
QStringList clashes(const QList<QAction*>& actions)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QAction* a : actions) {
        if (!a->isSeparator() && a->isVisible() && !mnemonic(a->text()).isNull())
            byLetter.insert(mnemonic(a->text()), a->text());
    }
    QStringList out;
    for (const QChar c : byLetter.uniqueKeys()) {
        if (byLetter.count(c) > 1)
            out << QStringLiteral("%1: %2").arg(c).arg(byLetter.values(c).join(QLatin1String(", ")));
    }
    return out;
}

} // namespace

class GermanWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German);
        QVERIFY(installTranslation(m_translator));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void menuTitlesAreGerman()
    {
        QStringList titles;
        for (const QAction* a : m_window->menuBar()->actions())
            titles << a->text();
        for (const char* title :
            { "&Datei", "&Bearbeiten", "&Ansicht", "&Sicherungen", "&Werkzeuge", "&Hilfe" })
            QVERIFY2(
                titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(QLatin1String(" | "))));
        QVERIFY2(clashes(m_window->menuBar()->actions()).isEmpty(),
            qPrintable(clashes(m_window->menuBar()->actions()).join(QLatin1Char('\n'))));
        // Help is the last menu (the Backups menu, added by its controller, comes before it).
        QCOMPARE(titles.last(), QStringLiteral("&Hilfe"));
        QCOMPARE(titles.at(titles.size() - 2), QStringLiteral("&Sicherungen"));
    }

    void menuEntriesAreGermanWithDistinctAccelerators()
    {
        QStringList entries;
        for (const QAction* title : m_window->menuBar()->actions()) {
            const QMenu* menu = title->menu();
            QVERIFY(menu);
            for (const QAction* a : menu->actions())
                entries << a->text();
            const QStringList clash = clashes(menu->actions());
            QVERIFY2(clash.isEmpty(),
                qPrintable(title->text() + QLatin1String(": ") + clash.join(QLatin1String("; "))));
        }
        for (const char* entry : { "&Speichern", "Ordner &öffnen…", "&Beenden", "Schlüssel &hinzufügen…",
                 "Sicherung &wiederherstellen…", "&Prüfen und reparieren…", "Ü&ber StateLens" })
            QVERIFY2(
                entries.contains(QString::fromUtf8(entry)), qPrintable(entries.join(QLatin1String(" | "))));
    }

    void welcomePageIsGerman()
    {
        WelcomePage* welcome = m_window->centre()->welcomePage();
        QVERIFY(welcome->isVisible());
        const auto* openFolder = welcome->findChild<QPushButton*>(QStringLiteral("welcomeOpenFolder"));
        QVERIFY(openFolder);
        QCOMPARE(openFolder->text(), QStringLiteral("&Ordner öffnen…"));
        QStringList labels;
        for (const QLabel* label : welcome->findChildren<QLabel*>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("&Zuletzt verwendet:")),
            qPrintable(labels.join(QLatin1String(" | "))));
        const bool hint = std::any_of(labels.cbegin(), labels.cend(), [](const QString& t) {
            return t.startsWith(QStringLiteral("Öffnen Sie den Ordner oder die Datei"));
        });
        QVERIFY2(hint, qPrintable(labels.join(QLatin1String(" | "))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }

private:
    QTranslator m_translator;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(GermanWindowTest)
#include "tst_germanwindow.moc"
