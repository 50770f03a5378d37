// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsondocument.h"

#include <memory>

namespace statelens {

/// A value inside a parsed document, shared and cheap to copy. Values are not copied out of the
/// document until someone asks, so a state with a million keys costs one parse, not a million strings.
class ValueRef
{
public:
    ValueRef() = default;
    ValueRef(std::shared_ptr<const json::Document> doc, quint32 node) : m_doc(std::move(doc)), m_node(node) { }
    /// A standalone value (for sources that do not keep a document, such as MessagePack).
    static ValueRef fromValue(const json::JsonValue& v);

    /// Another node of the same document as `other`.
    static ValueRef sharing(const ValueRef& other, quint32 node) { return ValueRef(other.m_doc, node); }

    bool isValid() const { return m_doc && m_node != json::Document::npos; }
    const json::Document* document() const { return m_doc.get(); }
    quint32 node() const { return m_node; }

    json::JsonValue::Type type() const;
    json::JsonValue toValue() const;
    /// The value's bytes exactly as stored.
    QByteArrayView raw() const;
    qsizetype size() const { return isValid() ? raw().size() : 0; }
    /// A one-line preview of at most `maxChars` characters.
    QString preview(int maxChars = 200) const;
    /// Number of members or elements; 0 for scalars.
    int childCount() const;
    /// The decoded text of a string value, the raw text of anything else.
    QString text() const;

private:
    std::shared_ptr<const json::Document> m_doc;
    quint32 m_node = json::Document::npos;
};

} // namespace statelens
