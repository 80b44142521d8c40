#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::test {

/// One known XSS attack (OWASP cheat-sheet style, mutation XSS, parser differentials) as HTML input.
struct XssVector {
    QString name;
    QString html;
};

/// The attack corpus shared by the sanitiser's unit test and the over-HTTP test of stored bodyHtml.
[[nodiscard]] QList<XssVector> xssVectors();

/// Re-parses `html` with gumbo as a browser would (a <body> fragment) and lists every construct that could run
/// script or load foreign content: elements or attributes outside the allow-list, event handlers, script URLs,
/// images from outside /media/, comments, templates, foreign (SVG/MathML) content. Empty means safe.
[[nodiscard]] QStringList unsafeConstructs(const QString &html);

} // namespace pd::test
