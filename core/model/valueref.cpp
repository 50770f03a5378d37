// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueref.h"

#include "json/jsonstyle.h"

namespace statelens {

ValueRef ValueRef::fromValue(const json::JsonValue& v)
{
    auto doc = json::Document::parse(v.toCompactJson());
    if (!doc)
        return {};
    return ValueRef(std::make_shared<const json::Document>(std::move(doc.value())), 0);
}

json::JsonValue::Type ValueRef::type() const
{
    return isValid() ? m_doc->valueType(m_node) : json::JsonValue::Type::Null;
}

json::JsonValue ValueRef::toValue() const
{
    return isValid() ? m_doc->toValue(m_node) : json::JsonValue();
}

QByteArrayView ValueRef::raw() const
{
    return isValid() ? m_doc->raw(m_node) : QByteArrayView();
}

int ValueRef::childCount() const
{
    return isValid() ? m_doc->childCount(m_node) : 0;
}

QString ValueRef::text() const
{
    if (!isValid())
        return {};
    if (m_doc->type(m_node) == json::NodeType::String)
        return m_doc->string(m_node);
    return QString::fromUtf8(raw());
}

QString ValueRef::preview(int maxChars) const
{
    if (!isValid())
        return {};
    if (m_doc->type(m_node) == json::NodeType::String) {
        QString s = m_doc->string(m_node);
        s.replace(u'\n', QLatin1String("\\n"));
        return s.size() > maxChars ? s.left(maxChars - 1) + QChar(0x2026) : s;
    }
    // Collapse whitespace outside strings without building the whole value.
    const QByteArrayView r = raw();
    QByteArray out;
    out.reserve(qMin<qsizetype>(r.size(), maxChars * 2));
    bool inString = false, escaped = false, space = false;
    for (qsizetype i = 0; i < r.size() && out.size() < maxChars * 2; ++i) {
        const char c = r[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && c != ',' && c != ']' && c != '}' && !out.endsWith('[') && !out.endsWith('{'))
            out += ' ';
        space = false;
        out += c;
        if (c == '"')
            inString = true;
    }
    QString s = QString::fromUtf8(out);
    return s.size() > maxChars ? s.left(maxChars - 1) + QChar(0x2026) : s;
}

} // namespace statelens
