// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

#include "common/levelcolors.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace statelens::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    updateFormats();
}

void JsonHighlighter::updateFormats()
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = isDark(palette);
    m_key.setForeground(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae));
    m_string.setForeground(dark ? QColor(0x9e, 0xcb, 0x8f) : QColor(0x11, 0x63, 0x29));
    m_number.setForeground(dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00));
    m_keyword.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf));
    m_keyword.setFontWeight(QFont::Bold);
    m_error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_error.setUnderlineColor(levelColor(QStringLiteral("error"), palette));
}

void JsonHighlighter::setErrorLine(int line)
{
    if (line == m_errorLine)
        return;
    const int old = m_errorLine;
    m_errorLine = line;
    if (old > 0)
        rehighlightBlock(document()->findBlockByNumber(old - 1));
    if (line > 0)
        rehighlightBlock(document()->findBlockByNumber(line - 1));
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    // Strings never span lines in JSON, so each line can be scanned on its own.
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text[j] != u'"')
                j += text[j] == u'\\' ? 2 : 1;
            j = qMin(j + 1, n);
            qsizetype k = j;
            while (k < n && text[k].isSpace())
                ++k;
            setFormat(int(i), int(j - i), k < n && text[k] == u':' ? m_key : m_string);
            i = j;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && (text[j].isDigit() || QStringView(u".eE+-").contains(text[j])))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n && text[j].isLetter())
                ++j;
            const QStringView word = QStringView(text).sliced(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_keyword);
            i = j;
        } else {
            ++i;
        }
    }
    if (m_errorLine > 0 && currentBlock().blockNumber() == m_errorLine - 1) {
        for (int i = 0; i < text.size(); ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(m_error.underlineColor());
            setFormat(i, 1, f);
        }
    }
}

} // namespace statelens::ui
