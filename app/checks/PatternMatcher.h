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
    [[nodiscard]] qsizetype stateCount() const { return qsizetype(m_fail.size()); }

    /// Calls f(Match) for every occurrence, ordered by end position.
    template <typename F>
    void forEachMatch(QStringView text, F &&f) const
    {
        std::int32_t state = 0;
        const QChar *data = text.data();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = data[i].unicode();
            for (;;) {
                const std::int32_t next = child(state, c);
                if (next >= 0) {
                    state = next;
                    break;
                }
                if (state == 0)
                    break;
                state = m_fail[size_t(state)];
            }
            for (std::int32_t o = m_output[size_t(state)] >= 0 ? state : m_dict[size_t(state)]; o > 0;
                 o = m_dict[size_t(o)]) {
                for (std::int32_t p = m_output[size_t(o)]; p >= 0; p = m_nextSame[size_t(p)]) {
                    const qsizetype len = m_patternLength[size_t(p)];
                    f(Match{int(p), i + 1 - len, len});
                }
            }
        }
    }

    [[nodiscard]] QList<Match> findAll(QStringView text) const;

private:
    [[nodiscard]] std::int32_t child(std::int32_t state, char16_t c) const
    {
        if (state == 0)
            return m_rootNext[c];
        const char16_t *chars = m_edgeChar.data();
        std::int32_t lo = m_edgeBegin[size_t(state)];
        std::int32_t hi = m_edgeBegin[size_t(state) + 1];
        // Most states have one or two edges: a short linear scan beats a binary search there.
        if (hi - lo <= 4) {
            for (std::int32_t e = lo; e < hi; ++e) {
                if (chars[e] == c)
                    return m_edgeTarget[size_t(e)];
            }
            return -1;
        }
        while (lo < hi) {
            const std::int32_t mid = (lo + hi) / 2;
            if (chars[mid] < c)
                lo = mid + 1;
            else
                hi = mid;
        }
        return (lo < m_edgeBegin[size_t(state) + 1] && chars[lo] == c) ? m_edgeTarget[size_t(lo)] : -1;
    }

    std::vector<std::int32_t> m_rootNext;   ///< 64 Ki entries, -1 = stay at the root
    std::vector<std::int32_t> m_edgeBegin;  ///< per state, into m_edgeChar/m_edgeTarget (sorted by char)
    std::vector<char16_t> m_edgeChar;
    std::vector<std::int32_t> m_edgeTarget;
    std::vector<std::int32_t> m_fail;
    std::vector<std::int32_t> m_output;     ///< first pattern ending in this state, or -1
    std::vector<std::int32_t> m_dict;       ///< next state on the failure chain with an output, or -1
    std::vector<std::int32_t> m_nextSame;   ///< next pattern identical to this one, or -1
    std::vector<std::int32_t> m_patternLength;
};

} // namespace pd::checks
