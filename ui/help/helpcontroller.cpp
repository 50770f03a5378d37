// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpcontroller.h"

#include "help/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace statelens::ui {

namespace {
// The project's README, for when the docs are not installed next to the program.
constexpr auto OnlineReadme = "https://github.com/statelens/statelens#readme";
} // namespace

HelpController::HelpController(QMainWindow* window)
    : QObject(window),
      m_window(window),
      m_documentation(new QAction(tr("&Documentation"), this)),
      m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), this)),
      m_about(new QAction(tr("&About StateLens"), this))
{
    m_documentation->setObjectName(QStringLiteral("helpDocumentation"));
    m_documentation->setShortcut(QKeySequence::HelpContents);
    m_documentation->setToolTip(tr("Open the StateLens documentation"));
    m_shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    m_about->setObjectName(QStringLiteral("helpAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_documentation, &QAction::triggered, this, [] { QDesktopServices::openUrl(documentationUrl()); });
    connect(m_shortcuts, &QAction::triggered, this, &HelpController::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpController::showAbout);
}

void HelpController::fillMenu(QMenu* menu)
{
    menu->addAction(m_documentation);
    menu->addAction(m_shortcuts);
    menu->addSeparator();
    menu->addAction(m_about);
}

QUrl HelpController::documentationUrl()
{
    // Installed: <prefix>/bin/statelens and <prefix>/share/doc/statelens/GUI.md.
    QStringList candidates { QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/statelens/GUI.md")) };
    for (const QString& dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        candidates << QDir(dir).filePath(QStringLiteral("doc/statelens/GUI.md"));
    for (const QString& file : candidates)
        if (QFileInfo(file).isFile())
            return QUrl::fromLocalFile(QFileInfo(file).canonicalFilePath());
    return QUrl(QString::fromLatin1(OnlineReadme));
}

void HelpController::showShortcuts()
{
    ShortcutsDialog dialog(m_window->findChildren<QAction*>(), m_window);
    dialog.exec();
}

void HelpController::showAbout()
{
    QMessageBox::about(m_window, tr("About StateLens"),
                       tr("StateLens %1\nInspect and edit the state that tools persist to disk.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace statelens::ui
