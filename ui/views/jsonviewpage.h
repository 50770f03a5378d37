// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace statelens::ui {

/// A read-only, highlighted JSON document with a title (reports).
class JsonViewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonViewPage)

public:
    explicit JsonViewPage(QWidget* parent = nullptr);

    void showJson(const QString& title, const QString& json);
    QPlainTextEdit* text() const { return m_text; }

private:
    QLabel* m_title;
    QPlainTextEdit* m_text;
};

} // namespace statelens::ui
