#pragma once
#include "app/domain/Error.h"

#include <QString>
#include <QStringView>

namespace pd::domain {

/// A disclosure item's 索引号 `<org code>/<YYYY>-<NNNNN>`, e.g. `11441700007280420Y/2021-00050`; the org code is the
/// publisher's 18-character 统一社会信用代码 (GB 32100) or, on older sites, its 9-character 组织机构代码 (GB 11714).
struct IndexNumber {
    QString orgCode;
    int year = 0;
    int sequence = 0; ///< 1-based, per org code and year

    [[nodiscard]] QString toString() const { return format(orgCode, year, sequence); }

    /// Formats without validating: the server formats only what it has validated before.
    [[nodiscard]] static QString format(QStringView orgCode, int year, int sequence);
    /// Parses and validates an index number, including the org code's check character.
    [[nodiscard]] static Result<IndexNumber> parse(QStringView text);
    /// Validates an 18-character unified social credit code or a 9-character legacy org code, check characters
    /// included (a wrong one is almost always a typo).
    [[nodiscard]] static Result<void> validateOrgCode(QStringView code);

    /// The check character an 18-character code's first 17 characters call for (GB 32100-2015), or '\0'.
    [[nodiscard]] static QChar creditCodeCheckChar(QStringView first17);
    /// The check character a 9-character org code's first 8 characters call for (GB 11714-1997), or '\0'.
    [[nodiscard]] static QChar orgCodeCheckChar(QStringView first8);

    friend bool operator==(const IndexNumber &, const IndexNumber &) = default;
};

} // namespace pd::domain
