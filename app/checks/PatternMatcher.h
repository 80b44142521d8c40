#pragma once
#include <QList>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <vector>

namespace pd::checks {

/// An Aho-Corasick automaton over UTF-16 units: finds every occurrence of every pattern in one pass over the
/// text, in time linear in the text plus the matches, whatever the number of patterns.
class PatternMatcher
{
public:
    struct Match {
        int pattern = 0; ///< index into the patterns given to the constructor
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Match &, const Match &) = default;
    };

    PatternMatcher();
    /// Empty patterns never match; identical patterns each report their own matches.
    explicit PatternMatcher(const QList<QString> &patterns);

    [[nodiscard]] int patternCount() const { return int(m_patternLength.size()); }
    [[nodiscard]] qsizetype stateCount() const { return qsizetype(m_states.size()); }

    /// Calls f(Match) for every occurrence, ordered by end position. `map` is applied to each character of the
    /// text first (CheckEngine folds variants this way, without a folded copy of a long text).
    template <typename F, typename Map = char16_t (*)(char16_t)>
    void forEachMatch(QStringView text, F &&f, Map map = [](char16_t c) { return c; }) const
    {
        std::int32_t state = 0;
        const QChar *data = text.data();
        const State *states = m_states.data();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = map(data[i].unicode());
            for (;;) {
                const std::int32_t next = child(state, c);
                if (next >= 0) {
                    state = next;
                    break;
                }
                if (state == 0)
                    break;
                state = states[state].fail;
            }
            for (std::int32_t o = states[state].report; o > 0; o = m_dict[size_t(o)]) {
                for (std::int32_t p = m_output[size_t(o)]; p >= 0; p = m_nextSame[size_t(p)]) {
                    const qsizetype len = m_patternLength[size_t(p)];
                    f(Match{int(p), i + 1 - len, len});
                }
            }
        }
    }

    [[nodiscard]] QList<Match> findAll(QStringView text) const;

private:
    /// Everything the scan reads about a state, in one 16-byte record (one cache line fetch per step instead of
    /// one per array: the text walks the states in no particular order).
    struct State {
        std::int32_t edgeBegin = 0; ///< into m_edges, sorted by char
        std::int32_t edgeEnd = 0;
        std::int32_t fail = 0;
        std::int32_t report = -1;   ///< this state if a pattern ends here, else the next such state on the failure chain
    };
    struct Edge {
        char16_t c;
        std::int32_t target;
    };

    [[nodiscard]] std::int32_t child(std::int32_t state, char16_t c) const
    {
        if (state == 0)
            return m_rootNext[c];
        const State &s = m_states[size_t(state)];
        const Edge *edges = m_edges.data();
        const std::int32_t lo = s.edgeBegin;
        const std::int32_t hi = s.edgeEnd;
        // Most states have one or two edges: a short linear scan is fastest there.
        if (hi - lo <= kScanEdges) {
            for (std::int32_t e = lo; e < hi; ++e) {
                if (edges[e].c == c)
                    return edges[e].target;
            }
            return -1;
        }
        // The few wide states (near the root, where Chinese text spends its time) are looked up in one hash table:
        // a binary search over hundreds of edges mispredicts its way through a dozen branches per character.
        const std::uint64_t key = (std::uint64_t(state) << 16) | c;
        for (std::uint64_t slot = hashOf(key);; slot = (slot + 1) & m_wideMask) {
            const WideEdge &w = m_wide[size_t(slot)];
            if (w.key == key)
                return w.target;
            if (w.key == kEmptyKey)
                return -1;
        }
    }

    static constexpr std::int32_t kScanEdges = 6;
    static constexpr std::uint64_t kEmptyKey = ~std::uint64_t(0);
    struct WideEdge {
        std::uint64_t key = kEmptyKey; ///< state << 16 | char
        std::int32_t target = -1;
    };
    [[nodiscard]] std::uint64_t hashOf(std::uint64_t key) const
    {
        return ((key * 0x9E3779B97F4A7C15ull) >> m_wideShift) & m_wideMask;
    }

    std::vector<std::int32_t> m_rootNext;   ///< 64 Ki entries, -1 = stay at the root
    std::vector<State> m_states;
    std::vector<Edge> m_edges;
    std::vector<WideEdge> m_wide; ///< open addressing, linear probing, at most half full
    std::uint64_t m_wideMask = 0;
    int m_wideShift = 63;
    std::vector<std::int32_t> m_output;     ///< first pattern ending in this state, or -1
    std::vector<std::int32_t> m_dict;       ///< next state on the failure chain with an output, or -1
    std::vector<std::int32_t> m_nextSame;   ///< next pattern identical to this one, or -1
    std::vector<std::int32_t> m_patternLength;
};

} // namespace pd::checks
