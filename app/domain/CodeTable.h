#pragma once
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace pd::domain {

/// The codes an enum is written as in JSON, the database or a file name ("draft", "news", "block"), both ways, from
/// one table: each mapping is written down once, so the two directions cannot drift apart. The codes of the
/// tables that use it are part of a contract (the REST API, the rules JSON); never rename one.
///
/// @code
///   constexpr CodeTable<ItemType, 3> kTypes{{{
///       {ItemType::News, u"news"}, {ItemType::Feature, u"feature"}, {ItemType::Disclosure, u"disclosure"},
///   }}};
///   static_assert(kTypes.isOneToOne());
///   kTypes.code(ItemType::News);     // u"news"
///   kTypes.fromCode(u"feature");     // ItemType::Feature
/// @endcode
template <typename Enum, std::size_t N>
class CodeTable
{
public:
    using Entry = std::pair<Enum, QStringView>;

    constexpr explicit CodeTable(const std::array<Entry, N> &entries)
        : m_entries(entries)
    {
    }

    /// The code of `value`; empty when the table does not list it.
    [[nodiscard]] QString code(Enum value) const
    {
        for (const auto &[v, c] : m_entries)
            if (v == value)
                return c.toString();
        return {};
    }
    /// The value written as `code` (compared exactly), nullopt for a code the table does not know.
    [[nodiscard]] constexpr std::optional<Enum> fromCode(QStringView code) const
    {
        for (const auto &[v, c] : m_entries)
            if (same(c, code))
                return v;
        return std::nullopt;
    }
    /// Every value, in the table's order.
    [[nodiscard]] QList<Enum> values() const
    {
        QList<Enum> out;
        out.reserve(qsizetype(N));
        for (const auto &[v, c] : m_entries)
            out.append(v);
        return out;
    }
    /// No value listed twice, no code used twice, no empty code: what a table must be to read back what it wrote.
    [[nodiscard]] constexpr bool isOneToOne() const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (m_entries[i].second.isEmpty())
                return false;
            for (std::size_t j = i + 1; j < N; ++j)
                if (m_entries[i].first == m_entries[j].first || same(m_entries[i].second, m_entries[j].second))
                    return false;
        }
        return true;
    }
    [[nodiscard]] static constexpr std::size_t size() { return N; }

private:
    /// QStringView's own == is not constexpr; this is, so a table can be checked by static_assert.
    static constexpr bool same(QStringView a, QStringView b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype k = 0; k < a.size(); ++k)
            if (a[k] != b[k])
                return false;
        return true;
    }

    std::array<Entry, N> m_entries;
};

} // namespace pd::domain
