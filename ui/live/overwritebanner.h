// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace statelens::ui {

/// The line above the centre that says the running tool wrote over values just saved, and offers to save
/// them again or to pause live updates until the tool stops.
class OverwriteBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverwriteBanner)

public:
    explicit OverwriteBanner(QWidget* parent = nullptr);

    /// Shows `text` (hidden when empty).
    void showMessage(const QString& text);
    QString text() const;

    QPushButton* saveAgainButton() const { return m_saveAgain; }
    QPushButton* pauseButton() const { return m_pause; }

Q_SIGNALS:
    void saveAgainRequested();
    void pauseRequested();

private:
    QLabel* m_label;
    QPushButton* m_saveAgain;
    QPushButton* m_pause;
};

} // namespace statelens::ui
