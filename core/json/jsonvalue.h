// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace statelens::json {

struct Style;
struct JsonMember;

/// An ordered JSON value: objects keep their members in file order (QJsonObject sorts them), numbers keep
/// their spelling ("1.0" stays "1.0"). Used for editing single values, not for bulk storage.
class JsonValue
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Object, Array };

    JsonValue() = default;
    static JsonValue fromBool(bool b);
    /// A number with the given spelling; the caller guarantees it is valid JSON number syntax.
    static JsonValue fromNumberText(const QByteArray& text);
    static JsonValue fromDouble(double d);
    static JsonValue fromInt(qint64 i);
    static JsonValue fromString(const QString& s);
    static JsonValue object();
    static JsonValue array();

    /// Parses one JSON text. Errors carry fileName, line and column.
    static Result<JsonValue> parse(const QByteArray& text, const QString& fileName = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isContainer() const { return isObject() || isArray(); }

    bool toBool() const { return m_bool; }
    double toDouble() const;
    qint64 toInt(qint64 fallback = 0) const;
    const QByteArray& numberText() const { return m_text; }
    const QString& toString() const { return m_string; }

    std::vector<JsonMember>& members() { return m_members; }
    const std::vector<JsonMember>& members() const { return m_members; }
    std::vector<JsonValue>& items() { return m_items; }
    const std::vector<JsonValue>& items() const { return m_items; }
    int size() const;

    /// The last member with this key (JSON's "last one wins"), or nullptr.
    const JsonValue* member(const QString& key) const;
    JsonValue* member(const QString& key);
    /// Replaces the member's value, or appends a new member.
    void insert(const QString& key, JsonValue value);
    bool remove(const QString& key);
    void append(JsonValue value);

    /// Serializes in the given style at nesting depth `depth` (indentation of the closing bracket).
    QByteArray toJson(const Style& style, int depth = 0) const;
    /// Compact JSON, raw UTF-8.
    QByteArray toCompactJson() const;

    /// Deep equality; numbers compare by spelling.
    bool operator==(const JsonValue& other) const;
    bool operator!=(const JsonValue& other) const { return !(*this == other); }

    static QString typeName(Type t);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QByteArray m_text; // number spelling
    QString m_string;
    std::vector<JsonMember> m_members;
    std::vector<JsonValue> m_items;
};

struct JsonMember
{
    QString key;
    JsonValue value;
    bool operator==(const JsonMember& o) const { return key == o.key && value == o.value; }
};

} // namespace statelens::json
