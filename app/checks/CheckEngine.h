#pragma once
#include "app/checks/Finding.h"
#include "app/checks/RuleSet.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <memory>

namespace pd::checks {

/// Runs a site's RuleSet over text or HTML: all rules in one pass of an Aho-Corasick automaton over the folded
/// text (full-width/half-width, 繁/简), leader name-and-title rules, the site's allow-list. Built once per rule set;
/// copies share the compiled automaton and const calls are safe from several threads (portald's workers).
///
/// A single short text needs nothing more: e.g. a live post before it is queued —
/// `const auto findings = engine.checkText(post.text, u"text"_s); if (CheckEngine::hasBlocking(findings)) …` — takes
/// well under a millisecond. An editor that checks while typing uses CheckRunner (debounced, off the UI thread).
class CheckEngine
{
public:
    explicit CheckEngine(RuleSet rules = {});

    [[nodiscard]] const RuleSet &ruleSet() const;

    /// Findings in plain text (titles, summaries, live posts); offsets index `text`. Sorted by position.
    [[nodiscard]] QList<Finding> checkText(QStringView text, QString field) const;
    /// Findings in the visible text of an HTML fragment; offsets index `html` (tags skipped, entities decoded).
    /// Also warns when a leader is named in the body but never with a correct title.
    [[nodiscard]] QList<Finding> checkHtml(QStringView html, QString field) const;

    /// Whether any finding blocks a submit.
    [[nodiscard]] static bool hasBlocking(const QList<Finding> &findings);

private:
    struct Compiled;
    std::shared_ptr<const Compiled> m_d;
};

} // namespace pd::checks
