#pragma once
#include "server/sanitize/SanitizePolicy.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace pd::server {

/// Decides which URLs may appear in sanitised HTML, the way a browser would read them (not the way they look).
class UrlFilter
{
public:
    explicit UrlFilter(const SanitizePolicy &policy);

    /// A link target (href): http, https, mailto or relative. Returns the cleaned URL, or nothing when refused.
    [[nodiscard]] std::optional<QString> link(QStringView raw) const;
    /// An image source: only the site's media (a configured prefix), no traversal. Cleaned URL or nothing.
    [[nodiscard]] std::optional<QString> imageSource(QStringView raw) const;
    /// Whether a link (already accepted by link()) leaves the site, so it gets rel="noopener".
    [[nodiscard]] bool isExternal(QStringView cleaned) const;

    /// What a browser's URL parser does before anything else: strip C0 controls and spaces at both ends,
    /// remove tabs and newlines anywhere ("java\tscript:" is "javascript:").
    [[nodiscard]] static QString browserNormalised(QStringView raw);
    /// The URL's scheme in lower case per the URL standard (ASCII alpha first), or empty for a relative URL.
    [[nodiscard]] static QString scheme(QStringView normalised);

private:
    const SanitizePolicy &m_policy;
};

} // namespace pd::server
