// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueref.h"

#include "json/jsonstyle.h"

#include <QHash>

#include <mutex>

namespace statelens {

struct ValueRef::Lazy
{
    Loader load;
    qsizetype size = 0;
    quint64 digest = 0;
    std::once_flag once;
    std::shared_ptr<const json::Document> doc; // written once, under `once`
};

ValueRef::ValueRef(std::shared_ptr<const json::Document> doc, quint32 node) : m_doc(std::move(doc)), m_node(node)
{
    if (!m_doc || m_node >= m_doc->nodeCount() || !m_doc->isCollapsed(m_node))
        return;
    const QByteArrayView raw = m_doc->raw(m_node);
    m_lazy = std::make_shared<Lazy>();
    m_lazy->size = raw.size();
    m_lazy->digest = digestOf(raw);
    m_lazy->load = [d = m_doc, n = m_node]() -> std::shared_ptr<const json::Document> {
        auto parsed = json::Document::parse(d->raw(n).toByteArray());
        return parsed ? std::make_shared<const json::Document>(std::move(parsed.value())) : nullptr;
    };
}

ValueRef ValueRef::deferred(Loader load, qsizetype size, quint64 digest)
{
    ValueRef v;
    v.m_lazy = std::make_shared<Lazy>();
    v.m_lazy->load = std::move(load);
    v.m_lazy->size = size;
    v.m_lazy->digest = digest;
    v.m_node = 0;
    return v;
}

quint64 ValueRef::digestOf(QByteArrayView raw)
{
    // Two seeded passes folded into 64 bits (size_t is 64 bits on the platforms StateLens builds for).
    const size_t a = qHashBits(raw.data(), size_t(raw.size()), 0x5a17e11);
    const size_t b = qHashBits(raw.data(), size_t(raw.size()), 0x2b0c4d9);
    return quint64(a) ^ (quint64(b) << 1);
}

const json::Document* ValueRef::loaded() const
{
    Lazy& lazy = *m_lazy;
    std::call_once(lazy.once, [&lazy] {
        lazy.doc = lazy.load ? lazy.load() : nullptr;
        // Only the version the summary was read from will do: a file rewritten since gives no value (the
        // snapshot that describes the new version brings it), never bytes that disagree with the summary.
        if (lazy.doc && (lazy.doc->isEmpty() || lazy.doc->raw(0).size() != lazy.size || digestOf(lazy.doc->raw(0)) != lazy.digest))
            lazy.doc.reset();
        lazy.load = nullptr; // drop what the loader captured
    });
    return lazy.doc.get();
}

ValueRef ValueRef::sharing(const ValueRef& other, quint32 node)
{
    if (!other.m_lazy)
        return ValueRef(other.m_doc, node);
    other.loaded();
    return ValueRef(other.m_lazy->doc, node);
}

std::shared_ptr<const json::Document> ValueRef::sharedDocument() const
{
    if (!m_lazy)
        return m_doc;
    loaded();
    return m_lazy->doc;
}

bool ValueRef::sameBytes(const ValueRef& other) const
{
    if (m_lazy && other.m_lazy)
        return m_lazy == other.m_lazy || (m_lazy->size == other.m_lazy->size && m_lazy->digest == other.m_lazy->digest);
    if (m_lazy || other.m_lazy) {
        // One side was read whole: compare its fingerprint with the other's, loading neither needlessly.
        const ValueRef& lazy = m_lazy ? *this : other;
        const ValueRef& eager = m_lazy ? other : *this;
        if (!eager.isValid())
            return false;
        const QByteArrayView r = eager.raw();
        return r.size() == lazy.m_lazy->size && digestOf(r) == lazy.m_lazy->digest;
    }
    if (isValid() != other.isValid())
        return false;
    return !isValid() || (m_doc == other.m_doc && m_node == other.m_node) || raw() == other.raw();
}

qsizetype ValueRef::size() const
{
    if (m_lazy)
        return m_lazy->size;
    return isValid() ? raw().size() : 0;
}

ValueRef ValueRef::fromValue(const json::JsonValue& v)
{
    auto doc = json::Document::parse(v.toCompactJson());
    if (!doc)
        return {};
    return ValueRef(std::make_shared<const json::Document>(std::move(doc.value())), 0);
}

json::JsonValue::Type ValueRef::type() const
{
    if (collapsed())
        return m_doc->valueType(m_node);
    return isValid() ? doc()->valueType(node()) : json::JsonValue::Type::Null;
}

json::JsonValue ValueRef::toValue() const
{
    return isValid() ? doc()->toValue(node()) : json::JsonValue();
}

QByteArrayView ValueRef::raw() const
{
    if (collapsed())
        return m_doc->raw(m_node);
    return isValid() ? doc()->raw(node()) : QByteArrayView();
}

int ValueRef::childCount() const
{
    return isValid() ? doc()->childCount(node()) : 0;
}

QString ValueRef::text() const
{
    if (!isValid())
        return {};
    if (doc()->type(node()) == json::NodeType::String)
        return doc()->string(node());
    return QString::fromUtf8(raw());
}

QString ValueRef::preview(int maxChars) const
{
    if (!isValid())
        return {};
    if (doc()->type(node()) == json::NodeType::String) {
        QString s = doc()->string(node());
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
