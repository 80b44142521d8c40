#include "app/checks/PatternMatcher.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace pd::checks {

PatternMatcher::PatternMatcher()
    : PatternMatcher(QList<QString>{})
{
}

PatternMatcher::PatternMatcher(const QList<QString> &patterns)
    : m_rootNext(0x10000, -1)
{
    // Build the trie with a hash of (state, char) -> state, then freeze it into sorted edge arrays.
    std::unordered_map<std::uint64_t, std::int32_t> trie;
    trie.reserve(size_t(patterns.size()) * 4);
    std::vector<std::int32_t> output{-1};
    std::vector<std::int32_t> lastSame;
    m_nextSame.assign(size_t(patterns.size()), -1);
    m_patternLength.assign(size_t(patterns.size()), 0);
    lastSame.assign(size_t(patterns.size()), -1);

    for (qsizetype p = 0; p < patterns.size(); ++p) {
        const QString &pattern = patterns.at(p);
        m_patternLength[size_t(p)] = std::int32_t(pattern.size());
        if (pattern.isEmpty())
            continue;
        std::int32_t state = 0;
        for (QChar qc : pattern) {
            const std::uint64_t key = (std::uint64_t(state) << 16) | qc.unicode();
            auto [it, inserted] = trie.try_emplace(key, std::int32_t(output.size()));
            if (inserted)
                output.push_back(-1);
            state = it->second;
        }
        if (output[size_t(state)] < 0) {
            output[size_t(state)] = std::int32_t(p);
            lastSame[size_t(p)] = std::int32_t(p);
        } else {
            // Chain identical patterns so each reports its own match.
            const std::int32_t first = output[size_t(state)];
            m_nextSame[size_t(lastSame[size_t(first)])] = std::int32_t(p);
            lastSame[size_t(first)] = std::int32_t(p);
        }
    }

    const size_t states = output.size();
    std::vector<std::vector<std::pair<char16_t, std::int32_t>>> edges(states);
    for (const auto &[key, target] : trie)
        edges[size_t(key >> 16)].emplace_back(char16_t(key & 0xFFFF), target);
    m_states.assign(states, State{});
    for (size_t s = 0; s < states; ++s) {
        std::ranges::sort(edges[s]);
        m_states[s].edgeBegin = std::int32_t(m_edges.size());
        for (const auto &[c, target] : edges[s]) {
            m_edges.push_back(Edge{c, target});
            if (s == 0)
                m_rootNext[c] = target;
        }
        m_states[s].edgeEnd = std::int32_t(m_edges.size());
    }
    m_output = std::move(output);

    size_t wideEdges = 0;
    for (size_t s = 1; s < states; ++s) {
        if (m_states[s].edgeEnd - m_states[s].edgeBegin > kScanEdges)
            wideEdges += size_t(m_states[s].edgeEnd - m_states[s].edgeBegin);
    }
    size_t capacity = 16;
    int bits = 4;
    while (capacity < 2 * wideEdges) {
        capacity *= 2;
        ++bits;
    }
    m_wide.assign(capacity, WideEdge{});
    m_wideMask = capacity - 1;
    m_wideShift = 64 - bits;
    for (size_t s = 1; s < states; ++s) {
        if (m_states[s].edgeEnd - m_states[s].edgeBegin <= kScanEdges)
            continue;
        for (std::int32_t e = m_states[s].edgeBegin; e < m_states[s].edgeEnd; ++e) {
            const std::uint64_t key = (std::uint64_t(s) << 16) | m_edges[size_t(e)].c;
            std::uint64_t slot = hashOf(key);
            while (m_wide[size_t(slot)].key != kEmptyKey)
                slot = (slot + 1) & m_wideMask;
            m_wide[size_t(slot)] = WideEdge{key, m_edges[size_t(e)].target};
        }
    }

    // Breadth-first: a state's failure link is the longest proper suffix of its path that is also a trie path.
    m_dict.assign(states, -1);
    std::deque<std::int32_t> queue;
    for (const auto &[c, target] : edges[0])
        queue.push_back(target);
    while (!queue.empty()) {
        const std::int32_t u = queue.front();
        queue.pop_front();
        for (const auto &[c, v] : edges[size_t(u)]) {
            std::int32_t f = m_states[size_t(u)].fail;
            std::int32_t g = child(f, c);
            while (g < 0 && f != 0) {
                f = m_states[size_t(f)].fail;
                g = child(f, c);
            }
            m_states[size_t(v)].fail = g >= 0 ? g : 0;
            const std::int32_t fv = m_states[size_t(v)].fail;
            m_dict[size_t(v)] = m_output[size_t(fv)] >= 0 ? fv : m_dict[size_t(fv)];
            queue.push_back(v);
        }
    }
    for (size_t s = 1; s < states; ++s)
        m_states[s].report = m_output[s] >= 0 ? std::int32_t(s) : m_dict[s];
}

QList<PatternMatcher::Match> PatternMatcher::findAll(QStringView text) const
{
    QList<Match> matches;
    forEachMatch(text, [&](const Match &m) { matches.append(m); });
    return matches;
}

} // namespace pd::checks
