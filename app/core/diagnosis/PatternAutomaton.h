#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <vector>

namespace Gatescope {

// An Aho–Corasick automaton over lower-cased bytes: finds where each of many patterns first
// occurs in a text in one pass, whatever the case of the text. Built once, then read-only, so it
// may be scanned from several threads at once.
class PatternAutomaton
{
public:
    // Compiles the patterns; matching ignores ASCII case.
    void build(const QList<QByteArray> &patterns);

    // Calls found(patternIndex) at the first occurrence of each pattern and puts where it starts in
    // firstMatch[patternIndex], which holds -1 for every pattern not found yet.
    template<typename Found> void scan(QByteArrayView text, std::vector<qsizetype> &firstMatch, Found found) const
    {
        int state = 0;
        const auto *bytes = reinterpret_cast<const uchar *>(text.data());
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            state = m_next[size_t(state) * size_t(m_classes) + m_classOf[bytes[i]]];
            const std::vector<int> &out = m_output[size_t(state)];
            if (out.empty())
                continue;
            for (int p : out) {
                if (firstMatch[size_t(p)] < 0) {
                    firstMatch[size_t(p)] = i + 1 - m_lengths[size_t(p)];
                    found(p);
                }
            }
        }
    }

private:
    static uchar lower(uchar c) { return (c >= 'A' && c <= 'Z') ? uchar(c + 32) : c; }

    std::array<quint8, 256> m_classOf {};
    int m_classes = 1;
    std::vector<int> m_next;
    std::vector<int> m_fail;
    std::vector<std::vector<int>> m_output;
    std::vector<int> m_lengths;
};

} // namespace Gatescope
