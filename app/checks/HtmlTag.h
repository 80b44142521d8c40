#pragma once
#include <QList>
#include <QString>
#include <QStringView>

namespace pd::checks {

/// One start or end tag of an HTML fragment, with its attributes and where everything is in the source — a
/// lexer for checks that look at markup (not a parser: no tree, no error recovery beyond what offsets need).
struct HtmlTag {
    struct Attribute {
        QString name;        ///< lower-case
        QString value;       ///< raw, entities not decoded
        qsizetype valueStart = -1; ///< -1 for an attribute written without a value
        friend bool operator==(const Attribute &, const Attribute &) = default;
    };

    QString name; ///< lower-case
    bool closing = false;
    qsizetype start = 0; ///< the '<'
    qsizetype end = 0;   ///< just past the '>'
    QList<Attribute> attributes;

    [[nodiscard]] const Attribute *attribute(QStringView attributeName) const;

    /// Every tag in `html`, in order; comments, doctypes and the content of script and style are skipped.
    [[nodiscard]] static QList<HtmlTag> scan(QStringView html);

    friend bool operator==(const HtmlTag &, const HtmlTag &) = default;
};

} // namespace pd::checks
