// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QStringList>

namespace statelens::json {

/// An RFC 6901 JSON Pointer ("/config/theme", "" for the whole value).
class Pointer
{
public:
    Pointer() = default;
    explicit Pointer(QStringList tokens) : m_tokens(std::move(tokens)) { }

    /// Parses "/a/b~1c"; an empty string is the root. Fails on text that does not start with '/'.
    static Result<Pointer> parse(const QString& text);

    const QStringList& tokens() const { return m_tokens; }
    bool isRoot() const { return m_tokens.isEmpty(); }
    Pointer parent() const;
    QString last() const { return m_tokens.isEmpty() ? QString() : m_tokens.last(); }
    Pointer child(const QString& token) const;
    Pointer child(int index) const { return child(QString::number(index)); }
    QString toString() const;
    bool operator==(const Pointer& o) const { return m_tokens == o.m_tokens; }
    /// True if this pointer equals `other` or lies inside it.
    bool startsWith(const Pointer& other) const;

    static QString escape(const QString& token);
    static QString unescape(const QString& token);

private:
    QStringList m_tokens;
};

} // namespace statelens::json
