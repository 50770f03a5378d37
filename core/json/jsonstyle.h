// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace statelens::json {

class Document;

/// How a file spells its JSON, so that new text matches the old.
struct Style
{
    QByteArray indent = "  ";      ///< one level of indentation; empty means compact (one line)
    QByteArray newline = "\n";     ///< "\n" or "\r\n"
    QByteArray keySeparator = ": "; ///< between a key and its value
    QByteArray itemSeparator = ","; ///< after a comma in compact text: "," (JavaScript) or ", " (Python)
    bool escapeNonAscii = false;   ///< \uXXXX for non-ASCII (Python's ensure_ascii) or raw UTF-8 (JavaScript)
    bool escapeSlash = false;      ///< "\/" (PHP) or "/"
    bool sortKeys = false;         ///< new members go where sorted order puts them (Python's sort_keys)

    bool pretty() const { return !indent.isEmpty(); }

    /// JSON.stringify(v, null, 2): two spaces, raw UTF-8.
    static Style javaScript();
    /// json.dump(v, indent=2): two spaces, ASCII-escaped.
    static Style python();
    /// Compact, raw UTF-8, no spaces.
    static Style compact();
    /// Reads the style of an existing document; `fallback` fills in what the text does not show (for
    /// example whether non-ASCII is escaped, in a file that has none).
    static Style detect(const Document& doc, const Style& fallback);
};

/// Appends `s` as a JSON string literal (with quotes) in the given escaping style.
void appendQuoted(QByteArray& out, QStringView s, const Style& style);

} // namespace statelens::json
