// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace statelens {

/// What went wrong, with the file it concerns and, where it applies, the line and column (1-based).
struct Error
{
    enum class Kind { Io, Parse, Validation, Conflict, Busy, NotFound, Unsupported, Cancelled, Usage };

    Kind kind = Kind::Io;
    QString message;
    QString file;
    int line = 0;
    int column = 0;
    /// For a Conflict: each place that both this write and someone else changed, as an address
    /// ("NAMESPACE/KEY/pointer", Address::toString()) where the writer knows it, else as a JSON Pointer inside
    /// `file`. Empty when the conflict is not about particular keys (a file deleted or created meanwhile).
    QStringList conflicts;

    /// One line for people: "file:line:column: message", parts left out where they are unknown.
    QString toString() const;

    static Error io(const QString& file, const QString& message) { return { Kind::Io, message, file }; }
    static Error validation(const QString& message, const QString& file = {})
    {
        return { Kind::Validation, message, file };
    }
    static Error notFound(const QString& message, const QString& file = {})
    {
        return { Kind::NotFound, message, file };
    }
};

/// A value or an Error (std::expected is not in C++20).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace statelens
