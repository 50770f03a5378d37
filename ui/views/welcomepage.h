// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace statelens::ui {

/// What the window shows before anything is open: how to open a state, and the recent ones.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// Lists `paths`; with none, the list is replaced by a line that says what will be there.
    void setRecent(const QStringList& paths);
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void openFolderRequested();
    void openFileRequested();
    void openPathRequested(const QString& path);

private:
    QLabel* m_recentLabel;
    QListWidget* m_recent;
    QLabel* m_noRecent;
};

} // namespace statelens::ui
