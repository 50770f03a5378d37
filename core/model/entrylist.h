// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/valueref.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QVariantMap>

#include <iterator>
#include <memory>
#include <optional>
#include <vector>

namespace statelens {

/// One key of a namespace.
struct Entry
{
    QString key;
    ValueRef value;
    QString file;          ///< the file (or database) that holds it
    QVariantMap meta;      ///< extra facts shown beside the value (rs-llmspell envelope: timestamp, schema_version…)
};

/// The keys of a namespace, in file order.
///
/// Keys read from an object of a parsed JSON document are not copied out of it: the list keeps the
/// document, the file name and one 32-bit node index per key, and builds an Entry only when one is asked
/// for (at(), iteration, find()), so a namespace of a million keys costs 4 MB beside the document's tape
/// instead of a million heap objects. Lists built entry by entry (sources that decode values themselves,
/// such as MessagePack or SQLite rows) hold their Entries. Copies share everything.
///
/// Iterating yields Entries by value: `for (const Entry& e : list)` binds each to a temporary.
class EntryList
{
public:
    EntryList() = default;
    /// A list of the given entries (implicit, so that `ns.entries = list;` reads as it always did).
    EntryList(QList<Entry> entries) : m_entries(std::move(entries)) { }

    /// The members of `object` (an Object node of `doc`), each an entry of `file`. A key given more than
    /// once is one entry, at its first place, with the value of its last (JSON.parse's last-one-wins); each
    /// such key is appended once to `duplicates` when it is given. `object` must be an object node.
    static EntryList fromObject(std::shared_ptr<const json::Document> doc, quint32 object, QString file,
                                QStringList* duplicates = nullptr);

    qsizetype size() const { return m_doc ? qsizetype(m_nodes->size()) : m_entries.size(); }
    bool isEmpty() const { return size() == 0; }

    /// Entry `i` (0 <= i < size()), built on the spot for a list over a document.
    Entry at(qsizetype i) const;
    Entry operator[](qsizetype i) const { return at(i); }
    Entry first() const { return at(0); }
    /// The key, value and file of entry `i`, without building the rest of it.
    QString keyAt(qsizetype i) const;
    ValueRef valueAt(qsizetype i) const;
    QString fileAt(qsizetype i) const { return m_doc ? m_file : m_entries.at(i).file; }
    /// The parsed file this list is a view into, and its name (null and empty once it holds Entries).
    const std::shared_ptr<const json::Document>& sourceDocument() const { return m_doc; }
    const QString& sourceFile() const { return m_file; }
    /// The stored bytes of key `i` between its quotes (escapes not decoded) for a list over a document;
    /// a null view otherwise. For checks that run over every key without decoding each.
    QByteArrayView rawKeyAt(qsizetype i) const;
    /// The size in bytes of value `i` as stored (ValueRef::size()), without taking a reference to it.
    qsizetype valueSizeAt(qsizetype i) const;

    /// Index of the entry named `key`, or -1. Linear, but compares the stored key bytes without decoding
    /// them when they hold no escapes.
    qsizetype indexOf(QStringView key) const;
    std::optional<Entry> find(QStringView key) const;

    /// Changing a list over a document first turns it into a list of Entries.
    void append(Entry e);
    EntryList& operator<<(Entry e)
    {
        append(std::move(e));
        return *this;
    }
    void replace(qsizetype i, Entry e);
    void removeAt(qsizetype i);
    template<typename Pred>
    qsizetype removeIf(Pred pred)
    {
        if (m_doc) {
            qsizetype i = 0;
            while (i < size() && !pred(at(i)))
                ++i;
            if (i == size())
                return 0; // nothing to remove: the list stays over its document
        }
        materialize();
        return m_entries.removeIf(pred);
    }
    QList<Entry> toList() const;

    /// True when both are the very same list (a reload shares what it did not read again).
    bool isSharedWith(const EntryList& other) const;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Entry;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = Entry;

        const_iterator() = default;
        const_iterator(const EntryList* list, qsizetype i) : m_list(list), m_i(i) { }
        Entry operator*() const { return m_list->at(m_i); }
        const_iterator& operator++() { ++m_i; return *this; }
        const_iterator operator++(int) { const_iterator old = *this; ++m_i; return old; }
        bool operator==(const const_iterator& o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator& o) const { return m_i != o.m_i; }

    private:
        const EntryList* m_list = nullptr;
        qsizetype m_i = 0;
    };
    const_iterator begin() const { return { this, 0 }; }
    const_iterator end() const { return { this, size() }; }

private:
    void materialize();

    // Over a document: m_doc, m_file and the key node of each entry (its value is the next node).
    std::shared_ptr<const json::Document> m_doc;
    std::shared_ptr<const std::vector<quint32>> m_nodes;
    QString m_file;
    // Otherwise: the entries themselves.
    QList<Entry> m_entries;
};

} // namespace statelens
