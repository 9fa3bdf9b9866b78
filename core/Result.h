// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace imali {

/** What kind of failure an Error is; the command line maps it to an exit code. */
enum class ErrorKind {
    Validation, ///< the caller's input was wrong (exit 2)
    NotFound,   ///< a named record does not exist (exit 2)
    Conflict,   ///< the request clashes with the records' state (exit 2)
    Runtime,    ///< the environment failed: database, file, network (exit 1)
    Integrity,  ///< tampering or corruption detected (exit 1)
};

/** A failure: its kind and one line of text for a person. Never carries a secret. */
struct Error {
    ErrorKind kind = ErrorKind::Runtime;
    QString message;

    static Error validation(const QString& m) { return {ErrorKind::Validation, m}; }
    static Error notFound(const QString& m) { return {ErrorKind::NotFound, m}; }
    static Error conflict(const QString& m) { return {ErrorKind::Conflict, m}; }
    static Error runtime(const QString& m) { return {ErrorKind::Runtime, m}; }
    static Error integrity(const QString& m) { return {ErrorKind::Integrity, m}; }
};

/** A value or an Error; g++ 12 has no std::expected in C++20. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Result of an operation that yields nothing but success. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace imali
