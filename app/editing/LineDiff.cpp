#include "app/editing/LineDiff.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace pd::editing {

QList<LineDiff::Row> LineDiff::compare(const QStringList &left, const QStringList &right)
{
    // Common head and tail first: revisions usually differ in a few places, which keeps the table small.
    qsizetype head = 0;
    while (head < left.size() && head < right.size() && left.at(head) == right.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < left.size() - head && tail < right.size() - head
           && left.at(left.size() - 1 - tail) == right.at(right.size() - 1 - tail))
        ++tail;
    const qsizetype n = left.size() - head - tail;
    const qsizetype m = right.size() - head - tail;

    QList<Row> rows;
    for (qsizetype i = 0; i < head; ++i)
        rows.append({Kind::Same, int(i), int(i), left.at(i), right.at(i)});

    // Edit script of the middle: LCS table when it is of a sane size, else everything replaced.
    QList<Row> middle;
    auto removed = [&](qsizetype i) { middle.append({Kind::Removed, int(head + i), -1, left.at(head + i), {}}); };
    auto added = [&](qsizetype j) { middle.append({Kind::Added, -1, int(head + j), {}, right.at(head + j)}); };
    if (n * m <= 4'000'000) {
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = left.at(head + i) == right.at(head + j) ? at(i + 1, j + 1) + 1
                                                                    : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (left.at(head + i) == right.at(head + j)) {
                middle.append({Kind::Same, int(head + i), int(head + j), left.at(head + i), right.at(head + j)});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                removed(i++);
            } else {
                added(j++);
            }
        }
        while (i < n)
            removed(i++);
        while (j < m)
            added(j++);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            removed(i);
        for (qsizetype j = 0; j < m; ++j)
            added(j);
    }

    // Pair a run of removals with the following run of additions: those rows are changes, shown side by side.
    for (qsizetype k = 0; k < middle.size();) {
        if (middle.at(k).kind != Kind::Removed) {
            rows.append(middle.at(k++));
            continue;
        }
        qsizetype r = k;
        while (r < middle.size() && middle.at(r).kind == Kind::Removed)
            ++r;
        qsizetype a = r;
        while (a < middle.size() && middle.at(a).kind == Kind::Added)
            ++a;
        const qsizetype pairs = std::min(r - k, a - r);
        for (qsizetype p = 0; p < pairs; ++p) {
            const Row &del = middle.at(k + p);
            const Row &add = middle.at(r + p);
            rows.append({Kind::Changed, del.leftLine, add.rightLine, del.left, add.right});
        }
        for (qsizetype p = k + pairs; p < r; ++p)
            rows.append(middle.at(p));
        for (qsizetype p = r + pairs; p < a; ++p)
            rows.append(middle.at(p));
        k = a;
    }

    for (qsizetype t = tail; t > 0; --t) {
        const qsizetype li = left.size() - t;
        const qsizetype ri = right.size() - t;
        rows.append({Kind::Same, int(li), int(ri), left.at(li), right.at(ri)});
    }
    return rows;
}

QStringList LineDiff::htmlLines(const QString &html)
{
    static const QRegularExpression blockEnd(
        u"(</(?:p|li|h[1-6]|tr|table|ul|ol|blockquote|figure|div)>|<br\\s*/?>)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString text = html;
    text.replace(blockEnd, u"\\1\n"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        if (const QString t = line.trimmed(); !t.isEmpty())
            lines.append(t);
    return lines;
}

} // namespace pd::editing
