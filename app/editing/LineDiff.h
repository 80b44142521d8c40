#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::editing {

/// A line-based diff (longest common subsequence), shaped for a side-by-side view of two revisions.
class LineDiff
{
public:
    enum class Kind { Same, Changed, Removed, Added };
    /// One row of the side-by-side view: a line on the left, on the right, or both.
    struct Row {
        Kind kind = Kind::Same;
        int leftLine = -1; ///< 0-based, -1 when the row has no left line
        int rightLine = -1;
        QString left;
        QString right;
    };

    [[nodiscard]] static QList<Row> compare(const QStringList &left, const QStringList &right);
    /// Splits body HTML into one block per line (after </p>, </li>, headings, rows, <br>), so that the diff of two
    /// bodies follows paragraphs even when the HTML came in on one line.
    [[nodiscard]] static QStringList htmlLines(const QString &html);
};

} // namespace pd::editing
