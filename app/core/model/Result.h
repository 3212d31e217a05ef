#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Gatescope {

// An error as a value: a message that names the input and, where known, the place in it
// ("capture.har: line 12, column 4: expected ':'"). No exceptions cross module boundaries.
struct Error
{
    QString message;
};

// Either a value or an Error. Used by every importer, loader and parser of Gatescope.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error.message))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace Gatescope
