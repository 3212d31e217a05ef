#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Gatescope {

// An error as a value: a message that names the input and, where known, the place in it
// ("capture.har: line 12, column 4: expected ':'"), and a code for callers and tests that must
// tell kinds of failure apart without reading the prose. No exceptions cross module boundaries.
struct Error
{
    enum class Code {
        Failed, // none of the kinds below, or not told apart (the default)
        Cancelled, // the caller's cancel flag stopped the work
        Io, // the file cannot be opened or read (missing, a folder, no permission)
        Empty, // the input holds nothing (or only blanks)
        TooLarge, // the input is over a size limit
        Binary, // binary bytes where text was expected
        Malformed, // the input is of a known kind but breaks its grammar (JSON, quoting, HTTP)
        Unsupported, // the input is not of a kind Gatescope reads (an HTTPie command, a fetch() call)
    };

    QString message;
    Code code = Code::Failed;
};

// Either a value or an Error. Used by every importer, loader and parser of Gatescope.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error.message; }
    Error::Code errorCode() const { return m_error.code; }
    // The error as a value, to pass on from a function that returns another Result.
    const Error &failure() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Gatescope
