// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstyle.h"

#include "jsondocument.h"

namespace statelens::json {

Style Style::javaScript()
{
    return Style {};
}

Style Style::python()
{
    Style s;
    s.escapeNonAscii = true;
    return s;
}

Style Style::compact()
{
    Style s;
    s.indent.clear();
    s.keySeparator = ":";
    s.itemSeparator = ",";
    return s;
}

namespace {

// Tells whether a text that is pure ASCII spells non-ASCII characters as \u escapes.
bool hasNonAsciiEscape(const QByteArray& text)
{
    qsizetype i = 0;
    while ((i = text.indexOf("\\u", i)) >= 0) {
        // "\\u" (an escaped backslash followed by u) is not an escape: count preceding backslashes.
        qsizetype b = i;
        while (b > 0 && text[b - 1] == '\\')
            --b;
        if ((i - b) % 2 == 0 && i + 6 <= text.size()) {
            bool ok = false;
            const uint v = text.mid(i + 2, 4).toUInt(&ok, 16);
            if (ok && v >= 0x80)
                return true;
        }
        i += 2;
    }
    return false;
}

} // namespace

Style Style::detect(const Document& doc, const Style& fallback)
{
    Style s = fallback;
    if (doc.isEmpty())
        return s;
    const QByteArray& text = doc.text();
    const quint32 root = doc.root();

    // Find the first container with at least one child; its layout tells indentation and separators.
    quint32 c = Document::npos;
    for (quint32 n = root; n < doc.nodeCount(); ++n)
        if (doc.isContainer(n) && doc.hasChildren(n)) {
            c = n;
            break;
        }
    if (c != Document::npos) {
        const QByteArrayView gap = QByteArrayView(text).sliced(doc.begin(c) + 1, doc.begin(c + 1) - doc.begin(c) - 1);
        const qsizetype nl = gap.lastIndexOf('\n');
        if (nl >= 0) {
            s.newline = (nl > 0 && gap[nl - 1] == '\r') ? QByteArray("\r\n") : QByteArray("\n");
            // Depth of c: count enclosing containers. Indentation of its children is (depth+1) units.
            int depth = 0;
            for (quint32 p = root; p < c;) {
                if (doc.next(p) > c) {
                    ++depth;
                    ++p;
                } else {
                    p = doc.next(p);
                }
            }
            const QByteArrayView ws = gap.sliced(nl + 1);
            const qsizetype unit = ws.size() / (depth + 1);
            s.indent = unit > 0 ? ws.first(unit).toByteArray() : QByteArray("  ");
        } else {
            s.indent.clear();
            // Item separator: the text after the comma between the first two children of the first
            // container that has two; with none, the fallback's.
            for (quint32 n = c; n < doc.nodeCount(); ++n) {
                if (!doc.isContainer(n) || !doc.hasChildren(n))
                    continue;
                const quint32 first = doc.isObject(n) ? n + 2 : n + 1;
                const quint32 second = doc.next(first);
                if (second >= doc.next(n))
                    continue;
                const qsizetype a = doc.end(first);
                const QByteArrayView between = QByteArrayView(text).sliced(a, doc.begin(second) - a);
                const qsizetype comma = between.indexOf(',');
                if (comma >= 0)
                    s.itemSeparator = between.sliced(comma).toByteArray();
                break;
            }
        }
    }
    // Key separator: the text between the first key and its value.
    for (quint32 n = root; n < doc.nodeCount(); ++n)
        if (doc.type(n) == NodeType::Key) {
            s.keySeparator = QByteArrayView(text).sliced(doc.end(n), doc.begin(n + 1) - doc.end(n)).toByteArray();
            break;
        }

    bool nonAscii = false;
    for (char ch : text)
        if (static_cast<unsigned char>(ch) >= 0x80) {
            nonAscii = true;
            break;
        }
    if (nonAscii)
        s.escapeNonAscii = false;
    else if (hasNonAsciiEscape(text))
        s.escapeNonAscii = true;
    if (text.contains("\\/"))
        s.escapeSlash = true;
    return s;
}

void appendQuoted(QByteArray& out, QStringView s, const Style& style)
{
    static const char hex[] = "0123456789abcdef";
    auto u4 = [&](char16_t c) {
        out += "\\u";
        out += hex[(c >> 12) & 0xf];
        out += hex[(c >> 8) & 0xf];
        out += hex[(c >> 4) & 0xf];
        out += hex[c & 0xf];
    };
    out += '"';
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c < 0x80) {
            if (c == '"')
                out += "\\\"";
            else if (c == '\\')
                out += "\\\\";
            else if (c == '/' && style.escapeSlash)
                out += "\\/";
            else
                out += char(c);
            continue;
        }
        switch (c) {
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        default: break;
        }
        if (c < 0x20 || style.escapeNonAscii) {
            u4(c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            out += s.sliced(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(c)) {
            u4(c); // a lone surrogate cannot be UTF-8; JSON.stringify escapes it the same way
        } else {
            out += QString(QChar(c)).toUtf8();
        }
    }
    out += '"';
}

} // namespace statelens::json
