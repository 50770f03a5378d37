// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QAction;
class QMainWindow;
class QMenu;

namespace statelens::ui {

/// The Help menu's own actions: the documentation (the installed docs, else the online README), a list of
/// the window's keyboard shortcuts, and About. The window places the menu; this owns what is in it.
class HelpController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpController)

public:
    explicit HelpController(QMainWindow* window);

    /// Fills `menu` with Documentation, Keyboard Shortcuts and About.
    void fillMenu(QMenu* menu);

    /// Where the documentation is: the installed docs/GUI.md (share/doc/statelens) if it is there,
    /// else the README online.
    static QUrl documentationUrl();

    QAction* documentation() const { return m_documentation; }
    QAction* shortcuts() const { return m_shortcuts; }
    QAction* about() const { return m_about; }

private:
    void showShortcuts();
    void showAbout();

    QMainWindow* m_window;
    QAction* m_documentation;
    QAction* m_shortcuts;
    QAction* m_about;
};

} // namespace statelens::ui
