#pragma once
#include "app/domain/Column.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

namespace pd::server {

/// How the public pages write dates, states and text: Beijing time whatever the server's zone, the Chinese names of
/// column kinds and live states, plain text split into paragraphs, and item bodies made fit for a page (headings
/// below its h1, alt text on every image).
class PageText
{
public:
    /// Readers are in China; pages show Beijing time whatever the server's zone.
    [[nodiscard]] static QTimeZone beijing();
    [[nodiscard]] static QString date(const QDateTime &t);     ///< 2026-03-01
    [[nodiscard]] static QString dateTime(const QDateTime &t); ///< 2026-03-01 09:30
    [[nodiscard]] static QString iso(const QDateTime &t);      ///< RFC 3339 in Beijing time
    [[nodiscard]] static QString columnTypeName(domain::ColumnKind kind);
    [[nodiscard]] static QString liveStateName(const QString &state);
    /// Plain text → paragraphs for live posts (written by reporters as plain text with line breaks).
    [[nodiscard]] static QVariantList paragraphs(const QString &text);
    /// The `src` of the first image in `html`, or empty.
    [[nodiscard]] static QString firstImage(const QString &html);
    /// The text of `html` without tags, cut to `length` characters.
    [[nodiscard]] static QString plainSnippet(const QString &html, qsizetype length);
    /// Headings of an item body moved below the page's h1 without gaps; `alt` added where an image lacks it.
    [[nodiscard]] static QString normaliseBody(const QString &html, const QString &fallbackAlt);
};

} // namespace pd::server
