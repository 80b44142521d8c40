#pragma once
#include <QSet>
#include <QString>
#include <QStringList>

namespace pd::server {

/// What the HTML sanitiser lets through for one site: media prefixes, the site's own hosts, the class allow-list, limits.
struct SanitizePolicy {
    /// Image sources must start with one of these (site media only; relative by default, e.g. "/media/").
    QStringList mediaPrefixes;
    /// Hosts that count as the site itself: links to them get no rel="noopener".
    QStringList siteHosts;
    /// The only class names kept on elements; all others are dropped.
    QSet<QString> allowedClasses;
    /// Input larger than this (UTF-8 bytes) is refused rather than parsed.
    qsizetype maxInputBytes = 2 * 1024 * 1024;
    /// Estimated element nesting above this is refused: gumbo's tree building is quadratic in depth.
    int maxNestingDepth = 256;

    /// The policy portald uses when a site configures nothing else.
    static SanitizePolicy defaults();
};

} // namespace pd::server
