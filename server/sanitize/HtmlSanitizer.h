#pragma once
#include "app/domain/Error.h"
#include "server/sanitize/SanitizePolicy.h"

#include <QString>
#include <QStringView>

namespace pd::server {

/// Parses untrusted HTML with gumbo (as a <body> fragment, like a browser would) and re-serialises only the
/// allow-listed elements and attributes, escaped. The output is what portald stores for every bodyHtml.
class HtmlSanitizer
{
public:
    explicit HtmlSanitizer(SanitizePolicy policy = SanitizePolicy::defaults());

    /// The sanitised fragment. Fails (TooLarge / Validation) only for input beyond the policy's size or nesting
    /// limits, which no editor produces and which would make parsing slow.
    [[nodiscard]] Result<QString> sanitize(QStringView html) const;

    [[nodiscard]] const SanitizePolicy &policy() const { return m_policy; }

    /// A cheap over-estimate of how deep the parser's tree will get, computed without parsing.
    [[nodiscard]] static int estimateNestingDepth(QStringView html);

private:
    SanitizePolicy m_policy;
};

/// Convenience for the item controllers: HtmlSanitizer(policy).sanitize(html).
[[nodiscard]] Result<QString> sanitizeHtml(QStringView html, const SanitizePolicy &policy);

} // namespace pd::server
