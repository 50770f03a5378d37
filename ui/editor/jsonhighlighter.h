// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace statelens::ui {

/// Colours JSON text: keys, strings, numbers, true/false/null. Colours follow the palette (light or dark).
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument* document);

    /// Marks line `line` (1-based) as the place of a syntax error; 0 clears it.
    void setErrorLine(int line);

protected:
    void highlightBlock(const QString& text) override;

private:
    void updateFormats();

    QTextCharFormat m_key, m_string, m_number, m_keyword, m_error;
    int m_errorLine = 0;
};

} // namespace statelens::ui
