#pragma once
#include "app/checks/Finding.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace pd::checks {

/// The built-in markup checks that need no rule list: images without alt text (GB/T 37668), empty
/// headings, links the portal will not keep (anything but http, https, mailto or a relative URL) and over-long
/// titles. All warn; findings have kind Structure and a ruleId naming the check ("structure.image-alt", …).
class StructureChecker
{
public:
    /// Longer titles wrap on the portal's lists and get cut in search results.
    static constexpr qsizetype DefaultMaxTitleLength = 40;

    explicit StructureChecker(qsizetype maxTitleLength = DefaultMaxTitleLength);

    [[nodiscard]] qsizetype maxTitleLength() const { return m_maxTitleLength; }

    /// Offsets index `html`.
    [[nodiscard]] QList<Finding> checkHtml(QStringView html, QString field) const;
    [[nodiscard]] QList<Finding> checkTitle(QStringView title, QString field) const;

    /// An http(s) link of a body, for the link checker: the URL as written and where its href value is.
    struct Link {
        QString url;
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Link &, const Link &) = default;
    };
    /// Every absolute http/https link target in `html` (a, img src, and the like), in order.
    [[nodiscard]] static QList<Link> httpLinks(QStringView html);

private:
    qsizetype m_maxTitleLength;
};

} // namespace pd::checks
