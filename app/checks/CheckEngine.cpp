#include "app/checks/CheckEngine.h"

#include "app/checks/ChecksLog.h"
#include "app/checks/HtmlText.h"
#include "app/checks/PatternMatcher.h"
#include "app/checks/VariantFolder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

// Official titles that may stand right before or after a leader's name. A leader rule's own titles are added;
// this list lets "副市长陈志远" be recognised as a (wrong) title even when no rule lists 副市长.
constexpr std::array<QStringView, 40> kKnownTitles{
    u"市长",     u"副市长",   u"常务副市长", u"代市长",   u"市委书记", u"市委副书记", u"书记",     u"副书记",
    u"市委常委", u"秘书长",   u"副秘书长",   u"主任",     u"副主任",   u"局长",       u"副局长",   u"区长",
    u"副区长",   u"区委书记", u"县长",       u"副县长",   u"县委书记", u"省长",       u"副省长",   u"省委书记",
    u"主席",     u"副主席",   u"部长",       u"副部长",   u"厅长",     u"副厅长",     u"处长",     u"副处长",
    u"镇长",     u"乡长",     u"院长",       u"检察长",   u"市政协主席", u"市人大常委会主任", u"巡视员", u"调研员",
};

// Context shown on each side of a match in Finding::excerpt.
constexpr qsizetype kExcerptContext = 10;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

QString excerptOf(QStringView plain, qsizetype start, qsizetype length)
{
    const qsizetype left = std::max<qsizetype>(0, start - kExcerptContext);
    const qsizetype right = std::min(plain.size(), start + length + kExcerptContext);
    QString s = plain.sliced(left, right - left).toString();
    s.replace(u'\n', u' ');
    if (left > 0)
        s.prepend(u'…');
    if (right < plain.size())
        s.append(u'…');
    return s;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("pd::checks", text);
}

} // namespace

struct CheckEngine::Compiled {
    RuleSet rules;
    VariantFolder folder;
    PatternMatcher matcher;
    std::vector<int> patternRule;         ///< per pattern: rule index, or -1 for an allow-list phrase
    QStringList titles;                   ///< every known title, folded, longest first
    std::vector<QStringList> ruleTitles;  ///< per rule: its correct titles, folded

    /// `plain` is folded character by character as it is read: a folded copy of a long text would double what
    /// the scan streams through the cache.
    QList<Finding> run(QStringView plain, const QString &field, bool requireTitles) const;
    [[nodiscard]] QString titleBefore(QStringView plain, qsizetype pos, qsizetype &titleStart) const;
    [[nodiscard]] QString titleAfter(QStringView plain, qsizetype pos, qsizetype &titleEnd) const;
    /// Whether `plain`, folded, equals `folded`.
    [[nodiscard]] bool foldsTo(QStringView plain, QStringView folded) const;
};

CheckEngine::CheckEngine(RuleSet rules)
{
    auto d = std::make_shared<Compiled>();
    d->rules = std::move(rules);

    QList<QString> patterns;
    QSet<QString> titles;
    for (QStringView t : kKnownTitles)
        titles.insert(d->folder.fold(t));
    d->ruleTitles.resize(size_t(d->rules.rules.size()));
    for (qsizetype i = 0; i < d->rules.rules.size(); ++i) {
        const Rule &r = d->rules.rules.at(i);
        for (const QString &t : r.titles) {
            d->ruleTitles[size_t(i)].append(d->folder.fold(t));
            titles.insert(d->folder.fold(t));
        }
        if (!r.enabled || r.pattern.isEmpty())
            continue;
        patterns.append(d->folder.fold(r.pattern));
        d->patternRule.push_back(int(i));
    }
    for (const QString &phrase : std::as_const(d->rules.allow)) {
        patterns.append(d->folder.fold(phrase));
        d->patternRule.push_back(-1);
    }
    d->titles = QStringList(titles.begin(), titles.end());
    std::ranges::sort(d->titles, [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    d->matcher = PatternMatcher(patterns);
    qCDebug(lcChecks) << "compiled" << patterns.size() << "patterns into" << d->matcher.stateCount() << "states";
    m_d = std::move(d);
}

const RuleSet &CheckEngine::ruleSet() const
{
    return m_d->rules;
}

bool CheckEngine::Compiled::foldsTo(QStringView plain, QStringView folded) const
{
    if (plain.size() != folded.size())
        return false;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (folder.fold(plain.at(i).unicode()) != folded.at(i).unicode())
            return false;
    }
    return true;
}

QString CheckEngine::Compiled::titleBefore(QStringView plain, qsizetype pos, qsizetype &titleStart) const
{
    while (pos > 0 && isSpace(QChar(folder.fold(plain.at(pos - 1).unicode()))))
        --pos;
    for (const QString &t : titles) {
        if (pos >= t.size() && foldsTo(plain.sliced(pos - t.size(), t.size()), t)) {
            titleStart = pos - t.size();
            return t;
        }
    }
    return {};
}

QString CheckEngine::Compiled::titleAfter(QStringView plain, qsizetype pos, qsizetype &titleEnd) const
{
    while (pos < plain.size() && isSpace(QChar(folder.fold(plain.at(pos).unicode()))))
        ++pos;
    for (const QString &t : titles) {
        if (plain.size() - pos >= t.size() && foldsTo(plain.sliced(pos, t.size()), t)) {
            titleEnd = pos + t.size();
            return t;
        }
    }
    return {};
}

QList<Finding> CheckEngine::Compiled::run(QStringView plain, const QString &field, bool requireTitles) const
{
    struct Range {
        qsizetype start;
        qsizetype end;
    };
    QList<Range> allowed;
    QList<Finding> findings;
    // Leader rules with titles: per rule, whether any mention carried a correct title, any a wrong one, and the
    // first mention (for the "never named with a title" warning).
    struct LeaderSeen {
        bool correct = false;
        bool wrong = false;
        qsizetype firstStart = -1;
        qsizetype firstLength = 0;
    };
    QHash<int, LeaderSeen> leaders;

    const auto fold = [this](char16_t c) { return folder.fold(c); };
    matcher.forEachMatch(plain, [&](const PatternMatcher::Match &m) {
        const int ruleIndex = patternRule[size_t(m.pattern)];
        if (ruleIndex < 0) {
            allowed.append({m.start, m.start + m.length});
            return;
        }
        const Rule &rule = rules.rules.at(ruleIndex);
        Finding f;
        f.ruleId = rule.id;
        f.kind = rule.kind;
        f.severity = rule.severity;
        f.field = field;
        f.start = m.start;
        f.length = m.length;
        f.suggestion = rule.suggestion;
        const QString found = plain.sliced(m.start, m.length).toString();

        if (rule.kind == RuleKind::Leader && !rule.titles.isEmpty()) {
            LeaderSeen &seen = leaders[ruleIndex];
            if (seen.firstStart < 0) {
                seen.firstStart = m.start;
                seen.firstLength = m.length;
            }
            const QStringList &correct = ruleTitles[size_t(ruleIndex)];
            qsizetype titleStart = m.start;
            qsizetype titleEnd = m.start + m.length;
            const QString before = titleBefore(plain, m.start, titleStart);
            const QString after = titleAfter(plain, m.start + m.length, titleEnd);
            const bool wrongBefore = !before.isEmpty() && !correct.contains(before);
            const bool wrongAfter = !after.isEmpty() && !correct.contains(after);
            if ((!before.isEmpty() && !wrongBefore) || (!after.isEmpty() && !wrongAfter))
                seen.correct = true;
            if (!wrongBefore && !wrongAfter)
                return;
            seen.wrong = true;
            const qsizetype from = wrongBefore ? titleStart : m.start;
            const qsizetype to = wrongAfter ? titleEnd : m.start + m.length;
            const QString wrongTitle = plain.sliced(wrongBefore ? titleStart : m.start + m.length,
                                                    wrongBefore ? before.size() : after.size()).toString();
            f.start = from;
            f.length = to - from;
            f.suggestion = wrongBefore ? rule.titles.first() + found : found + rule.titles.first();
            f.message = translated(QT_TRANSLATE_NOOP("pd::checks", "The title of %1 is %2, not %3."))
                            .arg(found, rule.titles.first(), wrongTitle);
        } else {
            switch (rule.kind) {
            case RuleKind::Sensitive:
                f.message = translated(QT_TRANSLATE_NOOP("pd::checks", "\"%1\" is a sensitive expression.")).arg(found);
                break;
            case RuleKind::Typo:
                f.message = rule.suggestion.isEmpty()
                    ? translated(QT_TRANSLATE_NOOP("pd::checks", "\"%1\" may be a typo.")).arg(found)
                    : translated(QT_TRANSLATE_NOOP("pd::checks", "\"%1\" may be a typo for \"%2\"."))
                        .arg(found, rule.suggestion);
                break;
            case RuleKind::Wording:
            case RuleKind::Structure: // RuleSet::fromJson refuses these; a hand-made one reports like wording
                f.message = rule.suggestion.isEmpty()
                    ? translated(QT_TRANSLATE_NOOP("pd::checks", "\"%1\" is an incorrect expression.")).arg(found)
                    : translated(QT_TRANSLATE_NOOP("pd::checks", "\"%1\" is an incorrect expression; write \"%2\"."))
                          .arg(found, rule.suggestion);
                break;
            case RuleKind::Leader:
                f.message =
                    translated(QT_TRANSLATE_NOOP("pd::checks", "\"%1\" names a leader incorrectly; write \"%2\"."))
                        .arg(found, rule.suggestion);
                break;
            }
        }
        if (!rule.note.isEmpty())
            f.message += u' ' + rule.note;
        findings.append(std::move(f));
    }, fold);

    // Headlines and short plain-text posts conventionally use bare names; an article body must title its leaders.
    for (auto it = leaders.cbegin(); requireTitles && it != leaders.cend(); ++it) {
        const LeaderSeen &seen = it.value();
        if (seen.correct || seen.wrong)
            continue;
        const Rule &rule = rules.rules.at(it.key());
        Finding f;
        f.ruleId = rule.id;
        f.kind = rule.kind;
        f.severity = Severity::Warn; // a bare name is sloppy, not wrong
        f.field = field;
        f.start = seen.firstStart;
        f.length = seen.firstLength;
        const QString name = plain.sliced(f.start, f.length).toString();
        f.suggestion = rule.titles.first() + name;
        f.message = translated(QT_TRANSLATE_NOOP("pd::checks", "%1 should be named with the title %2."))
            .arg(name, rule.titles.first());
        findings.append(std::move(f));
    }

    if (!allowed.isEmpty()) {
        // A finding is allowed when some allowed occurrence starting at or before it reaches past its end: with
        // the occurrences sorted by start and the running maximum of their ends, that is one binary search.
        std::ranges::sort(allowed, [](const Range &a, const Range &b) { return a.start < b.start; });
        QList<qsizetype> reach(allowed.size());
        for (qsizetype i = 0; i < allowed.size(); ++i)
            reach[i] = std::max(allowed.at(i).end, i > 0 ? reach.at(i - 1) : 0);
        findings.removeIf([&](const Finding &f) {
            const auto after = std::ranges::upper_bound(allowed, f.start, {}, &Range::start);
            const qsizetype n = after - allowed.begin();
            return n > 0 && reach.at(n - 1) >= f.start + f.length;
        });
    }
    std::ranges::sort(findings, [](const Finding &a, const Finding &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.ruleId < b.ruleId;
    });
    for (Finding &f : findings)
        f.excerpt = excerptOf(plain, f.start, f.length);
    return findings;
}

QList<Finding> CheckEngine::checkText(QStringView text, QString field) const
{
    return m_d->run(text, field, false);
}

QList<Finding> CheckEngine::checkHtml(QStringView html, QString field) const
{
    const HtmlText extracted = HtmlText::fromHtml(html);
    QList<Finding> findings = m_d->run(extracted.text(), field, true);
    for (Finding &f : findings) {
        const auto [start, end] = extracted.htmlRange(f.start, f.length);
        f.start = start;
        f.length = end - start;
    }
    return findings;
}

bool CheckEngine::hasBlocking(const QList<Finding> &findings)
{
    return std::ranges::any_of(findings, [](const Finding &f) { return f.severity == Severity::Block; });
}

} // namespace pd::checks
