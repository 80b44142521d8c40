#pragma once
#include <QList>
#include <QString>
#include <QStringView>
#include <utility>

namespace pd::checks {

/// The visible text of an HTML fragment with, for every text character, the HTML range it came from: tags are
/// skipped (block-level ones become a line break so words do not run across paragraphs), entities are decoded,
/// comments, scripts and styles are dropped. Offsets found in text() map back into the original HTML.
class HtmlText
{
public:
    [[nodiscard]] static HtmlText fromHtml(QStringView html);

    [[nodiscard]] const QString &text() const { return m_text; }
    /// Where text character `index` starts in the HTML.
    [[nodiscard]] qsizetype htmlStart(qsizetype index) const { return m_start.at(index); }
    /// Just past the HTML that produced text character `index` (an entity spans several HTML characters).
    [[nodiscard]] qsizetype htmlEnd(qsizetype index) const { return m_end.at(index); }
    /// The HTML range [first, second) that text range [start, start + length) came from.
    [[nodiscard]] std::pair<qsizetype, qsizetype> htmlRange(qsizetype start, qsizetype length) const;

private:
    void append(QChar c, qsizetype htmlStart, qsizetype htmlEnd);

    QString m_text;
    QList<qsizetype> m_start;
    QList<qsizetype> m_end;
};

} // namespace pd::checks
