// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace statelens::ui {

/// One line of text that gives way: it asks for its whole width but accepts a few characters, elides
/// (in the middle by default, where file names differ) and shows the whole text as its tooltip when cut.
/// For names in title rows and the status bar, which would otherwise set the window's minimum width.
class ElidedLabel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    void setText(const QString& text);
    QString text() const { return m_text; }
    /// What is drawn now (the text, or its elided form).
    QString shownText() const;
    void clear() { setText(QString()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void updateTip();

    QString m_text;
    Qt::TextElideMode m_mode;
};

} // namespace statelens::ui
