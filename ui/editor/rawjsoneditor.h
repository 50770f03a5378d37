// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace statelens::ui {

class JsonHighlighter;

/// The value as JSON text, highlighted and validated as you type (json::Document::parse): an error shows
/// its line:column and underlines the line.
class RawJsonEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawJsonEditor)

public:
    explicit RawJsonEditor(QWidget* parent = nullptr);

    /// Shows `text` without counting it as an edit.
    void setText(const QString& text);
    QString text() const;
    void setReadOnly(bool readOnly);
    /// Validates now (normally it runs shortly after the last keystroke).
    void validateNow();
    bool isValid() const { return m_valid; }
    /// The parsed text; only meaningful while isValid().
    Result<json::JsonValue> parsed() const;
    QString errorText() const;

    QPlainTextEdit* editor() const { return m_edit; }

Q_SIGNALS:
    void edited();
    void validityChanged(bool valid);

private:
    QPlainTextEdit* m_edit;
    JsonHighlighter* m_highlighter;
    QLabel* m_status;
    QTimer* m_timer;
    bool m_valid = true;
    bool m_settingText = false;
};

} // namespace statelens::ui
