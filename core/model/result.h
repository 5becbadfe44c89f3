#pragma once

// A value or an error a user can read. C++20 has no std::expected, so this is the small
// subset of it that Slipway needs: errors are values with a message fit to show, never
// exceptions across the Qt event loop.

#include <QString>

#include <utility>
#include <variant>

namespace Slipway {

struct Error
{
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_state(value)
    {}
    Result(T &&value)
        : m_state(std::move(value))
    {}
    Result(const Error &error)
        : m_state(error)
    {}
    Result(Error &&error)
        : m_state(std::move(error))
    {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }
    // Shortcut for showing: the message of the error, empty when there is a value.
    QString errorMessage() const { return hasValue() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {}
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Slipway
