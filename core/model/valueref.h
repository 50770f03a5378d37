// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsondocument.h"

#include <functional>
#include <memory>

namespace statelens {

/// A value inside a parsed document, shared and cheap to copy. Values are not copied out of the
/// document until someone asks, so a state with a million keys costs one parse, not a million strings.
class ValueRef
{
public:
    ValueRef() = default;
    /// A node of `doc`. A node a parse left collapsed (json::Document::isCollapsed) is read from its bytes on
    /// first use, as a deferred value is; its raw bytes, size and type need no read.
    ValueRef(std::shared_ptr<const json::Document> doc, quint32 node);
    /// A standalone value (for sources that do not keep a document, such as MessagePack).
    static ValueRef fromValue(const json::JsonValue& v);
    /// Reads a document that should be loaded once and only when its content is asked for.
    using Loader = std::function<std::shared_ptr<const json::Document>()>;
    /// A value whose document is read on first use (a task file: a folder of 100,000 tasks is read for
    /// the summary, and a task's whole object only when it is opened). The value is the loaded document's
    /// root. `size` and `digest` describe the value's bytes as they were when the summary was read, so
    /// that comparisons and sizes need no read. Loading happens on the thread that first asks for the
    /// content, once; a loader that fails, or whose document's root is not the bytes `size` and `digest`
    /// describe (the file was rewritten since), leaves a null value. Copies share the loaded document.
    static ValueRef deferred(Loader load, qsizetype size, quint64 digest);
    /// The digest deferred() and sameBytes() use: a 64-bit fingerprint of a value's raw bytes.
    static quint64 digestOf(QByteArrayView raw);

    /// Another node of the same document as `other`.
    static ValueRef sharing(const ValueRef& other, quint32 node);

    bool isValid() const { return m_lazy && !m_doc ? loaded() != nullptr : (m_doc && m_node != json::Document::npos); }
    /// The document that holds the value (loads a deferred value).
    const json::Document* document() const { return m_lazy ? loaded() : m_doc.get(); }
    quint32 node() const { return m_lazy ? 0 : m_node; }
    /// document(), shared: keeps the document alive (a writer reuses the text a snapshot already parsed).
    std::shared_ptr<const json::Document> sharedDocument() const;
    /// True for a deferred value (whether or not it was loaded yet).
    bool isDeferred() const { return m_lazy != nullptr; }
    /// True when both hold the same bytes. Two deferred values compare by size and digest without being
    /// loaded; any other pair compares their raw bytes.
    bool sameBytes(const ValueRef& other) const;

    json::JsonValue::Type type() const;
    json::JsonValue toValue() const;
    /// The value's bytes exactly as stored.
    QByteArrayView raw() const;
    qsizetype size() const;
    /// A one-line preview of at most `maxChars` characters.
    QString preview(int maxChars = 200) const;
    /// Number of members or elements; 0 for scalars.
    int childCount() const;
    /// The decoded text of a string value, the raw text of anything else.
    QString text() const;

private:
    struct Lazy;
    const json::Document* loaded() const;
    const json::Document* doc() const { return document(); }

    /// Set for a collapsed node (with m_lazy): its bytes are here, its nodes in the loaded document.
    bool collapsed() const { return m_lazy && m_doc; }

    std::shared_ptr<const json::Document> m_doc;
    quint32 m_node = json::Document::npos;
    std::shared_ptr<Lazy> m_lazy;
};

} // namespace statelens
