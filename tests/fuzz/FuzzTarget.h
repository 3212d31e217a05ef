#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

// The entry point every fuzz target defines. Under libFuzzer (clang, -DGATESCOPE_FUZZ=ON) the
// fuzzer's own main() calls it with generated inputs; in every other build ReplayCorpus.cpp's
// main() calls it once per seed file of the checked-in corpus, so the seeds (and every crash
// that was ever found, kept there as a regression seed) run in each normal CTest run.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace Gatescope::Fuzz {

// The fuzzer's bytes as a view, without copying.
inline QByteArrayView bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property every input must keep; when it does not, this prints `what` and aborts so the
// fuzzer records the input as a crash (and the replay driver fails).
void require(bool condition, const char *what);

// A small deterministic generator (xorshift32) for choices derived from the input, such as the
// places where a byte stream is split.
class SplitSequence
{
public:
    explicit SplitSequence(std::uint32_t seed)
        : m_state(seed == 0 ? 0x9e3779b9u : seed)
    { }
    std::uint32_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }

private:
    std::uint32_t m_state;
};

} // namespace Gatescope::Fuzz
