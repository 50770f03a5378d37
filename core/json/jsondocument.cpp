// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include "jsonpointer.h"

#include "util/hugepages.h"

#include <QCoreApplication>
#include <QHash>

#include <charconv>
#include <type_traits>
#include <cstring>

namespace statelens::json {

namespace {
// A tape chunk of at least 2 MiB is mapped on its own onto huge pages (util/hugepages.h): the tape of a
// 100 MB state then costs a few dozen page faults instead of tens of thousands. Smaller chunks come from
// the heap.
template<typename T>
std::shared_ptr<T[]> allocateChunk(size_t count)
{
    static_assert(std::is_trivially_default_constructible_v<T> && std::is_trivially_destructible_v<T>);
    if (count * sizeof(T) >= HugePageSize)
        if (std::shared_ptr<void> mapped = mapHugePages(count * sizeof(T)))
            return std::shared_ptr<T[]>(mapped, static_cast<T*>(mapped.get()));
    return std::shared_ptr<T[]>(new T[count]);
}
} // namespace

quint32 Document::push(NodeType t, qsizetype begin, quint32 length)
{
    const int k = chunkOf(m_count);
    if (size_t(k) >= m_chunks.size())
        m_chunks.emplace_back(allocateChunk<Node>(size_t(1) << (k + FirstChunkBits)));
    Node& nd = node(m_count);
    nd.word = quint64(begin) | (quint64(t) << 56);
    nd.length = length;
    nd.skip = 1;
    return m_count++;
}


JsonValue::Type Document::valueType(quint32 n) const
{
    switch (type(n)) {
    case NodeType::Null:
        return JsonValue::Type::Null;
    case NodeType::True:
    case NodeType::False:
        return JsonValue::Type::Bool;
    case NodeType::Number:
        return JsonValue::Type::Number;
    case NodeType::Object:
        return JsonValue::Type::Object;
    case NodeType::Array:
        return JsonValue::Type::Array;
    case NodeType::String:
    case NodeType::Key:
        break;
    }
    return JsonValue::Type::String;
}

int Document::childCount(quint32 n) const
{
    int count = 0;
    if (isObject(n))
        forEachMember(n, [&](quint32, quint32) { return ++count, true; });
    else if (isArray(n))
        forEachElement(n, [&](int, quint32) { return ++count, true; });
    return count;
}

quint32 Document::member(quint32 obj, QStringView key) const
{
    if (obj >= m_count || !isObject(obj))
        return npos;
    quint32 found = npos;
    const QByteArray utf8 = key.toUtf8();
    forEachMember(obj, [&](quint32 k, quint32 v) {
        const QByteArrayView body = raw(k).sliced(1, node(k).length - 2);
        // Fast path: the key is spelled without escapes.
        if (body == utf8 || (body.contains('\\') && string(k) == key))
            found = v;
        return true;
    });
    return found;
}

quint32 Document::element(quint32 arr, int index) const
{
    if (arr >= m_count || !isArray(arr) || index < 0)
        return npos;
    quint32 found = npos;
    forEachElement(arr, [&](int i, quint32 v) {
        if (i == index)
            found = v;
        return i < index;
    });
    return found;
}

quint32 Document::resolve(const Pointer& p, quint32 from) const
{
    if (from >= m_count)
        return npos;
    quint32 n = from;
    for (const QString& t : p.tokens()) {
        if (n == npos)
            return npos;
        if (isObject(n)) {
            n = member(n, t);
        } else if (isArray(n)) {
            bool ok = false;
            const int i = t.toInt(&ok);
            n = ok && (t == QLatin1String("0") || !t.startsWith(u'0')) ? element(n, i) : npos;
        } else {
            return npos;
        }
    }
    return n;
}

QString fromUtf8KeepingBom(QByteArrayView bytes)
{
    // QString::fromUtf8() drops a leading byte order mark; inside a JSON string U+FEFF is a character.
    static constexpr QByteArrayView bom("\xEF\xBB\xBF");
    if (!bytes.startsWith(bom))
        return QString::fromUtf8(bytes);
    qsizetype marks = 0;
    while (bytes.sliced(marks * 3).startsWith(bom))
        ++marks;
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(bytes.sliced(marks * 3));
}

QString decodeJsonString(QByteArrayView body)
{
    if (!body.contains('\\'))
        return fromUtf8KeepingBom(body);
    QString out;
    out.reserve(body.size());
    qsizetype i = 0;
    while (i < body.size()) {
        const qsizetype bs = body.indexOf('\\', i);
        if (bs < 0) {
            out += fromUtf8KeepingBom(body.sliced(i));
            break;
        }
        out += fromUtf8KeepingBom(body.sliced(i, bs - i));
        const char e = body[bs + 1];
        switch (e) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            unsigned v = 0;
            std::from_chars(body.data() + bs + 2, body.data() + bs + 6, v, 16);
            out += QChar(char16_t(v)); // surrogate pairs arrive as two escapes and combine in UTF-16
            i = bs + 6;
            continue;
        }
        default: out += QChar::fromLatin1(e); break;
        }
        i = bs + 2;
    }
    return out;
}

QString Document::string(quint32 n) const
{
    const QByteArrayView r = raw(n);
    return decodeJsonString(r.sliced(1, r.size() - 2));
}

double Document::number(quint32 n) const
{
    const QByteArrayView r = raw(n);
    double d = 0;
    const auto res = std::from_chars(r.data(), r.data() + r.size(), d);
    if (res.ec == std::errc::result_out_of_range)
        return r.startsWith('-') ? -HUGE_VAL : HUGE_VAL;
    return d;
}

JsonValue Document::toValue(quint32 n) const
{
    if (isCollapsed(n)) { // not read into nodes by a focused parse: read its text now
        auto inner = Document::parse(raw(n).toByteArray());
        return inner ? inner->toValue(0) : JsonValue();
    }
    switch (type(n)) {
    case NodeType::Null:
        return {};
    case NodeType::True:
        return JsonValue::fromBool(true);
    case NodeType::False:
        return JsonValue::fromBool(false);
    case NodeType::Number:
        return JsonValue::fromNumberText(raw(n).toByteArray());
    case NodeType::String:
    case NodeType::Key:
        return JsonValue::fromString(string(n));
    case NodeType::Object: {
        // A key given twice keeps its first place and its last value, as JSON.parse and Python's json read it.
        JsonValue v = JsonValue::object();
        auto& members = v.members();
        QHash<QString, size_t> at; // filled only for big objects; small ones are scanned
        forEachMember(n, [&](quint32 k, quint32 val) {
            QString key = string(k);
            size_t found = members.size();
            if (members.size() < 16) {
                for (size_t i = 0; i < members.size(); ++i)
                    if (members[i].key == key) {
                        found = i;
                        break;
                    }
            } else {
                if (at.isEmpty())
                    for (size_t i = 0; i < members.size(); ++i)
                        at.insert(members[i].key, i);
                found = at.value(key, members.size());
            }
            if (found < members.size()) {
                members[found].value = toValue(val);
                return true;
            }
            if (!at.isEmpty())
                at.insert(key, members.size());
            members.push_back({ std::move(key), toValue(val) });
            return true;
        });
        return v;
    }
    case NodeType::Array: {
        JsonValue v = JsonValue::array();
        forEachElement(n, [&](int, quint32 val) {
            v.items().push_back(toValue(val));
            return true;
        });
        return v;
    }
    }
    return {};
}

void Document::lineColumn(qsizetype offset, int* line, int* column) const
{
    const char* s = m_text.constData();
    offset = qBound<qsizetype>(0, offset, m_text.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (s[i] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    int col = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80)
            ++col;
    *line = l;
    *column = col;
}

} // namespace statelens::json
