// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonvalue.h"

#include "jsondocument.h"
#include "jsonstyle.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace statelens::json {

JsonValue JsonValue::fromBool(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::fromNumberText(const QByteArray& text)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_text = text;
    return v;
}

JsonValue JsonValue::fromDouble(double d)
{
    if (!std::isfinite(d))
        return {}; // JSON has no NaN or infinity; JSON.stringify writes null as well
    if (d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
        return fromInt(qint64(d));
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    return fromNumberText(QByteArray(buf, r.ptr - buf));
}

JsonValue JsonValue::fromInt(qint64 i)
{
    return fromNumberText(QByteArray::number(i));
}

JsonValue JsonValue::fromString(const QString& s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_string = s;
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_type = Type::Array;
    return v;
}

Result<JsonValue> JsonValue::parse(const QByteArray& text, const QString& fileName)
{
    auto doc = Document::parse(text, fileName);
    if (!doc)
        return doc.error();
    return doc->toValue(doc->root());
}

double JsonValue::toDouble() const
{
    if (m_type == Type::Bool)
        return m_bool ? 1 : 0;
    if (m_type != Type::Number)
        return 0;
    double d = 0;
    std::from_chars(m_text.constData(), m_text.constData() + m_text.size(), d);
    return d;
}

qint64 JsonValue::toInt(qint64 fallback) const
{
    if (m_type != Type::Number)
        return fallback;
    qint64 i = 0;
    const auto r = std::from_chars(m_text.constData(), m_text.constData() + m_text.size(), i);
    if (r.ec == std::errc() && r.ptr == m_text.constData() + m_text.size())
        return i;
    const double d = toDouble();
    return std::isfinite(d) ? qint64(d) : fallback;
}

int JsonValue::size() const
{
    return int(m_type == Type::Object ? m_members.size() : m_type == Type::Array ? m_items.size() : 0);
}

const JsonValue* JsonValue::member(const QString& key) const
{
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it)
        if (it->key == key)
            return &it->value;
    return nullptr;
}

JsonValue* JsonValue::member(const QString& key)
{
    return const_cast<JsonValue*>(std::as_const(*this).member(key));
}

void JsonValue::insert(const QString& key, JsonValue value)
{
    if (m_type != Type::Object) {
        *this = object();
    }
    if (JsonValue* existing = member(key))
        *existing = std::move(value);
    else
        m_members.push_back({ key, std::move(value) });
}

bool JsonValue::remove(const QString& key)
{
    const auto before = m_members.size();
    std::erase_if(m_members, [&](const JsonMember& m) { return m.key == key; });
    return m_members.size() != before;
}

void JsonValue::append(JsonValue value)
{
    if (m_type != Type::Array)
        *this = array();
    m_items.push_back(std::move(value));
}

bool JsonValue::operator==(const JsonValue& o) const
{
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == o.m_bool;
    case Type::Number:
        return m_text == o.m_text;
    case Type::String:
        return m_string == o.m_string;
    case Type::Object:
        return m_members == o.m_members;
    case Type::Array:
        return m_items == o.m_items;
    }
    return false;
}

static void write(QByteArray& out, const JsonValue& v, const Style& st, int depth)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        out += "null";
        return;
    case JsonValue::Type::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case JsonValue::Type::Number:
        out += v.numberText();
        return;
    case JsonValue::Type::String:
        appendQuoted(out, v.toString(), st);
        return;
    case JsonValue::Type::Object:
    case JsonValue::Type::Array:
        break;
    }
    const bool obj = v.isObject();
    if (v.size() == 0) {
        out += obj ? "{}" : "[]";
        return;
    }
    out += obj ? '{' : '[';
    auto breakLine = [&](int d) {
        if (!st.pretty())
            return;
        out += st.newline;
        for (int i = 0; i < d; ++i)
            out += st.indent;
    };
    const int n = v.size();
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            out += st.pretty() ? QByteArray(",") : st.itemSeparator;
        breakLine(depth + 1);
        if (obj) {
            const JsonMember& m = v.members()[size_t(i)];
            appendQuoted(out, m.key, st);
            out += st.keySeparator;
            write(out, m.value, st, depth + 1);
        } else {
            write(out, v.items()[size_t(i)], st, depth + 1);
        }
    }
    breakLine(depth);
    out += obj ? '}' : ']';
}

QByteArray JsonValue::toJson(const Style& style, int depth) const
{
    QByteArray out;
    write(out, *this, style, depth);
    return out;
}

QByteArray JsonValue::toCompactJson() const
{
    return toJson(Style::compact());
}

QString JsonValue::typeName(Type t)
{
    switch (t) {
    case Type::Null:
        return QCoreApplication::translate("JsonValue", "null");
    case Type::Bool:
        return QCoreApplication::translate("JsonValue", "boolean");
    case Type::Number:
        return QCoreApplication::translate("JsonValue", "number");
    case Type::String:
        return QCoreApplication::translate("JsonValue", "string");
    case Type::Object:
        return QCoreApplication::translate("JsonValue", "object");
    case Type::Array:
        return QCoreApplication::translate("JsonValue", "array");
    }
    return {};
}

} // namespace statelens::json
