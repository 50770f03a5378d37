// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

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

    void setRecent(const QStringList& paths);

Q_SIGNALS:
    void openFolderRequested();
    void openFileRequested();
    void openPathRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace statelens::ui
