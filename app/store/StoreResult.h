#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// The outcome of a store operation: a value, or a translated error for the agent. The default
// StoreResult<> carries no value. Errors never contain ticket data or keys.
template <typename T = std::monostate>
class StoreResult
{
public:
    // StoreResult<> starts as success; any other StoreResult<T> starts empty (not ok) until a
    // value is assigned: coroutine helpers need default construction.
    StoreResult()
    {
        if constexpr (std::is_same_v<T, std::monostate>)
            m_value = std::monostate{};
    }
    StoreResult(T value) : m_value(std::move(value)) {}

    static StoreResult failure(QString error)
    {
        StoreResult result{Failure{}};
        result.m_error = std::move(error);
        return result;
    }
    // Passes another result's error on, whatever its value type.
    template <typename U>
    static StoreResult failure(const StoreResult<U> &other)
    {
        return failure(other.error());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value, so that `for (auto &x : repo.list().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

private:
    struct Failure
    {};
    explicit StoreResult(Failure) {}

    std::optional<T> m_value;
    QString m_error;
};
