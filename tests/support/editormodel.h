// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace statelens::testing {

/// Where the random choices of an edit sequence come from: a seeded generator in the unit test, the
/// fuzzer's bytes in the fuzz target.
class Chooser
{
public:
    virtual ~Chooser() = default;
    /// A number in [0, n) (n > 0).
    virtual int pick(int n) = 0;
};

/// Choices from a seeded Mersenne Twister: the same seed gives the same sequence.
class SeededChooser final : public Chooser
{
public:
    explicit SeededChooser(quint64 seed) : m_rng(seed) { }
    int pick(int n) override { return int(m_rng() % quint64(n)); }

private:
    std::mt19937_64 m_rng;
};

/// Choices read from bytes, one or two per choice; 0 once they run out.
class ByteChooser final : public Chooser
{
public:
    ByteChooser(const uint8_t* data, size_t size) : m_data(data), m_size(size) { }
    int pick(int n) override;

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_at = 0;
};

/// A plain ordered JSON value, written without any of the editor's code: the reference that
/// json::Editor is compared with. Numbers are kept as their text.
struct ModelValue
{
    enum class Kind { Null, False, True, Number, String, Object, Array };
    Kind kind = Kind::Null;
    QByteArray number;
    QString string;
    QList<QPair<QString, ModelValue>> members;
    QList<ModelValue> items;

    bool operator==(const ModelValue& o) const;
    /// Index of the member named `key`, or -1.
    int indexOf(const QString& key) const;
};

/// Runs one random edit sequence on a random document through json::Editor and through ModelValue, and
/// compares them (equal values, output parses, no duplicate keys, untouched top-level members
/// byte-identical, failed edits change nothing). Returns an empty string on success, else what differed
/// with the document and the operations, for the failure message.
QString checkEditSequence(Chooser& choose);

/// The same, starting from `text` (skipped, with an empty result, when it does not parse or has
/// duplicate keys, which the model cannot represent).
QString checkEditSequenceOn(const QByteArray& text, Chooser& choose);

} // namespace statelens::testing
