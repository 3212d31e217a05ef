#include "diagnosis/PatternAutomaton.h"

namespace Gatescope {

void PatternAutomaton::build(const QList<QByteArray> &patterns)
{
    std::array<bool, 256> used {};
    for (const QByteArray &pattern : patterns)
        for (char c : pattern)
            used[uchar(lower(uchar(c)))] = true;
    m_classOf.fill(0);
    int classes = 1;
    for (int b = 0; b < 256; ++b) {
        if (used[size_t(b)])
            m_classOf[size_t(b)] = quint8(classes++);
    }
    for (int b = 0; b < 256; ++b)
        m_classOf[size_t(b)] = m_classOf[size_t(lower(uchar(b)))];
    m_classes = classes;
    m_next.assign(size_t(m_classes), -1);
    m_fail.assign(1, 0);
    m_output.assign(1, {});
    for (qsizetype p = 0; p < patterns.size(); ++p) {
        int state = 0;
        for (char c : patterns.at(p)) {
            const size_t slot = size_t(state) * size_t(m_classes) + m_classOf[uchar(c)];
            if (m_next[slot] < 0) {
                m_next[slot] = int(m_fail.size());
                m_next.resize(m_next.size() + size_t(m_classes), -1);
                m_fail.push_back(0);
                m_output.emplace_back();
            }
            state = m_next[slot];
        }
        m_output[size_t(state)].push_back(int(p));
        m_lengths.push_back(int(patterns.at(p).size()));
    }
    // Breadth-first: failure links and the full transition table.
    std::vector<int> queue;
    for (int c = 0; c < m_classes; ++c) {
        int &target = m_next[size_t(c)];
        if (target < 0) {
            target = 0;
        } else {
            m_fail[size_t(target)] = 0;
            queue.push_back(target);
        }
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const int state = queue[head];
        const std::vector<int> &inherited = m_output[size_t(m_fail[size_t(state)])];
        m_output[size_t(state)].insert(m_output[size_t(state)].end(), inherited.begin(), inherited.end());
        for (int c = 0; c < m_classes; ++c) {
            const size_t slot = size_t(state) * size_t(m_classes) + size_t(c);
            const int target = m_next[slot];
            const int viaFail = m_next[size_t(m_fail[size_t(state)]) * size_t(m_classes) + size_t(c)];
            if (target < 0) {
                m_next[slot] = viaFail;
            } else {
                m_fail[size_t(target)] = viaFail;
                queue.push_back(target);
            }
        }
    }
}

} // namespace Gatescope
