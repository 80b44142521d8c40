#pragma once
#include <QString>
#include <QStringView>
#include <vector>

namespace pd::checks {

/// Folds the ways one word can be written onto one form, one UTF-16 unit for one UTF-16 unit (so offsets into the
/// folded text are offsets into the original): full-width ASCII → half-width, ideographic and no-break spaces →
/// space, Latin letters → lower case, common Traditional/variant characters → Simplified.
class VariantFolder
{
public:
    VariantFolder();

    [[nodiscard]] char16_t fold(char16_t c) const { return m_table[c]; }
    [[nodiscard]] QString fold(QStringView text) const;

private:
    std::vector<char16_t> m_table; ///< 64 Ki entries: a lookup per character is all folding costs
};

} // namespace pd::checks
