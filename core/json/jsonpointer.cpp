// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpointer.h"

#include <QCoreApplication>

namespace statelens::json {

Result<Pointer> Pointer::parse(const QString& text)
{
    if (text.isEmpty())
        return Pointer();
    if (!text.startsWith(u'/'))
        return Error { Error::Kind::Usage,
                       QCoreApplication::translate("Pointer", "a JSON Pointer starts with '/': %1").arg(text) };
    QStringList tokens = text.mid(1).split(u'/');
    for (QString& t : tokens)
        t = unescape(t);
    return Pointer(tokens);
}

Pointer Pointer::parent() const
{
    QStringList t = m_tokens;
    if (!t.isEmpty())
        t.removeLast();
    return Pointer(t);
}

Pointer Pointer::child(const QString& token) const
{
    QStringList t = m_tokens;
    t.append(token);
    return Pointer(t);
}

QString Pointer::toString() const
{
    QString out;
    for (const QString& t : m_tokens)
        out += u'/' + escape(t);
    return out;
}

bool Pointer::startsWith(const Pointer& other) const
{
    if (other.m_tokens.size() > m_tokens.size())
        return false;
    for (qsizetype i = 0; i < other.m_tokens.size(); ++i)
        if (m_tokens[i] != other.m_tokens[i])
            return false;
    return true;
}

QString Pointer::escape(const QString& token)
{
    QString t = token;
    t.replace(u'~', QLatin1String("~0"));
    t.replace(u'/', QLatin1String("~1"));
    return t;
}

QString Pointer::unescape(const QString& token)
{
    QString t = token;
    t.replace(QLatin1String("~1"), QLatin1String("/"));
    t.replace(QLatin1String("~0"), QLatin1String("~"));
    return t;
}

} // namespace statelens::json
