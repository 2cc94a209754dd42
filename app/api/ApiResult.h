#pragma once

#include "api/ApiError.h"

#include <utility>
#include <variant>

// What every call returns: the value asked for, or why not. Never both, never half.
template <typename T>
class ApiResult
{
public:
    // Only for containers and QCoro::waitFor, which need a default: it holds an error.
    ApiResult() : m_result(std::in_place_index<1>, ApiError()) {}
    ApiResult(T value) : m_result(std::in_place_index<0>, std::move(value)) {}
    ApiResult(ApiError error) : m_result(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_result.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_result); }
    T &value() & { return std::get<0>(m_result); }
    T &&value() && { return std::get<0>(std::move(m_result)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    // Only when !ok().
    const ApiError &error() const { return std::get<1>(m_result); }

private:
    std::variant<T, ApiError> m_result;
};

// For calls that answer with nothing but success (PUT → 204).
struct Done
{
    bool operator==(const Done &) const = default;
};
