// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace statelens::ui {

/// A dismissible line above the centre for errors that must not block the window (a load or save that
/// failed).
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showInfo(const QString& text);
    QString text() const;

private:
    void show(const QString& text, bool error);

    QLabel* m_label;
};

} // namespace statelens::ui
