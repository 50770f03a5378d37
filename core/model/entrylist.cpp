// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrylist.h"

#include <QHashFunctions>

namespace statelens {

namespace {
// The UTF-8 bytes of key node `k`: the stored bytes themselves when they hold no escape (then they are the
// key's UTF-8), else decoded into `buffer`.
QByteArrayView keyBytes(const json::Document& d, quint32 k, QByteArray& buffer)
{
    const QByteArrayView raw = d.raw(k);
    const QByteArrayView body = raw.sliced(1, raw.size() - 2);
    if (!body.contains('\\'))
        return body;
    buffer = d.string(k).toUtf8();
    return buffer;
}
} // namespace

EntryList EntryList::fromObject(std::shared_ptr<const json::Document> doc, quint32 object, QString file,
                                QStringList* duplicates)
{
    EntryList list;
    const json::Document& d = *doc;
    auto nodes = std::make_shared<std::vector<quint32>>();
    const size_t members = size_t(d.childCount(object));
    nodes->reserve(members);

    // Duplicate keys are found with an open-addressing table of key hashes (no allocation per key); two
    // keys with the same hash are compared byte by byte.
    size_t capacity = 16;
    while (capacity < members * 2)
        capacity *= 2;
    const size_t mask = capacity - 1;
    std::vector<quint32> slots(capacity, 0); // 1 + index into nodes; 0: empty
    std::vector<size_t> hashes;
    hashes.reserve(members);
    QByteArray buffer, other;
    d.forEachMember(object, [&](quint32 k, quint32) {
        const QByteArrayView bytes = keyBytes(d, k, buffer);
        const size_t h = qHash(bytes, 0);
        for (size_t s = h & mask;; s = (s + 1) & mask) {
            if (slots[s] == 0) {
                slots[s] = quint32(nodes->size() + 1);
                hashes.push_back(h);
                nodes->push_back(k);
                return true;
            }
            const quint32 j = slots[s] - 1;
            if (hashes[j] == h && keyBytes(d, (*nodes)[j], other) == bytes) {
                (*nodes)[j] = k; // the last one's value, at the first one's place
                if (duplicates) {
                    const QString name = d.string(k);
                    if (!duplicates->contains(name))
                        duplicates->append(name);
                }
                return true;
            }
        }
    });
    nodes->shrink_to_fit();
    list.m_doc = std::move(doc);
    list.m_nodes = std::move(nodes);
    list.m_file = std::move(file);
    return list;
}

Entry EntryList::at(qsizetype i) const
{
    if (!m_doc)
        return m_entries.at(i);
    return Entry { keyAt(i), valueAt(i), m_file, {} };
}

QString EntryList::keyAt(qsizetype i) const
{
    return m_doc ? m_doc->string((*m_nodes)[size_t(i)]) : m_entries.at(i).key;
}

ValueRef EntryList::valueAt(qsizetype i) const
{
    return m_doc ? ValueRef(m_doc, (*m_nodes)[size_t(i)] + 1) : m_entries.at(i).value;
}

QByteArrayView EntryList::rawKeyAt(qsizetype i) const
{
    if (!m_doc)
        return {};
    const QByteArrayView raw = m_doc->raw((*m_nodes)[size_t(i)]);
    return raw.sliced(1, raw.size() - 2);
}

qsizetype EntryList::valueSizeAt(qsizetype i) const
{
    return m_doc ? m_doc->raw((*m_nodes)[size_t(i)] + 1).size() : m_entries.at(i).value.size();
}

qsizetype EntryList::indexOf(QStringView key) const
{
    if (!m_doc) {
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            if (m_entries.at(i).key == key)
                return i;
        return -1;
    }
    // An escape is never shorter than what it stands for, so stored bytes shorter than the key's UTF-8
    // cannot be it, and stored bytes without a backslash are the key's UTF-8 exactly.
    const QByteArray wanted = key.toUtf8();
    const std::vector<quint32>& nodes = *m_nodes;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QByteArrayView raw = m_doc->raw(nodes[i]);
        const QByteArrayView body = raw.sliced(1, raw.size() - 2);
        if (body.size() < wanted.size())
            continue;
        if (!body.contains('\\')) {
            if (body == QByteArrayView(wanted))
                return qsizetype(i);
        } else if (m_doc->string(nodes[i]) == key) {
            return qsizetype(i);
        }
    }
    return -1;
}

std::optional<Entry> EntryList::find(QStringView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? std::nullopt : std::optional(at(i));
}

void EntryList::materialize()
{
    if (!m_doc)
        return;
    QList<Entry> entries;
    entries.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        entries.append(at(i));
    m_entries = std::move(entries);
    m_doc.reset();
    m_nodes.reset();
    m_file.clear();
}

void EntryList::append(Entry e)
{
    materialize();
    m_entries.append(std::move(e));
}

void EntryList::replace(qsizetype i, Entry e)
{
    materialize();
    m_entries.replace(i, std::move(e));
}

void EntryList::removeAt(qsizetype i)
{
    materialize();
    m_entries.removeAt(i);
}

QList<Entry> EntryList::toList() const
{
    if (!m_doc)
        return m_entries;
    QList<Entry> out;
    out.reserve(size());
    for (const Entry& e : *this)
        out.append(e);
    return out;
}

bool EntryList::isSharedWith(const EntryList& other) const
{
    if (m_doc || other.m_doc)
        return m_doc == other.m_doc && m_nodes == other.m_nodes;
    return m_entries.isSharedWith(other.m_entries);
}

} // namespace statelens
