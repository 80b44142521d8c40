#pragma once
#include "app/checks/CheckEngine.h"
#include "app/checks/Finding.h"
#include "app/checks/RuleSet.h"
#include "app/checks/StructureChecker.h"
#include "app/domain/Item.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace pd::checks {

class LinkChecker;

/// Checks an item while it is being written: the site's rules over title, subtitle, summary, body and
/// 内容概述, the structural checks (image alt text, empty headings, link schemes, title length, required metadata
/// and disclosure rules) and, with a LinkChecker, broken or slow links. Work runs on the thread pool after a short
/// pause in typing (debounce); a result computed from text that has changed since is dropped, so findings() always
/// describe checkedText(). Findings of HTML fields index the HTML, of plain fields the plain text.
///
/// Typical use in an editor:
/// @code
///   runner.setRuleSet(ruleSource.rules(siteId));      // and again on RuleSource::rulesChanged
///   runner.setItem(item);                             // once when the item opens (enables the metadata checks)
///   runner.setText(u"bodyHtml"_s, html, CheckRunner::Format::Html);  // on every edit of a field
///   connect(&runner, &CheckRunner::findingsChanged, …); // or show them through a FindingsModel
/// @endcode
/// A single text outside an editor (a live post before it is queued) needs no runner: call
/// CheckEngine::checkText() directly — it is synchronous, thread-safe and takes well under a millisecond per post.
class CheckRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRunner)

public:
    enum class Format { Plain, Html };

    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    /// The pause after the last change before a check starts (default 150 ms). While someone types without
    /// pausing, a check still starts at least every four pauses' worth of time.
    void setDebounce(std::chrono::milliseconds debounce);
    [[nodiscard]] std::chrono::milliseconds debounce() const { return m_debounce; }

    /// The rules to check against (the site's merged with local ones, see RuleSource). The automaton is built
    /// on the thread pool; findings follow.
    void setRuleSet(const RuleSet &rules);
    [[nodiscard]] const RuleSet &ruleSet() const { return m_rules; }
    /// Titles longer than this get a warning (default StructureChecker::DefaultMaxTitleLength).
    void setMaxTitleLength(qsizetype length);
    /// Optional: links in HTML fields are checked through `checker` (not owned; may be null to stop).
    void setLinkChecker(LinkChecker *checker);

    /// Takes every checked field of `item` (title, subtitle, summary, bodyHtml, disclosure.abstract) and
    /// enables the metadata checks (Item::validate: required fields, disclosure rules) on it.
    void setItem(const domain::Item &item);
    /// Sets one field's text; fields named like Item's JSON keys also update the item for the metadata checks.
    /// The check runs after the debounce pause; setting the same text again does nothing.
    void setText(const QString &field, const QString &text, Format format = Format::Plain);
    /// Removes a field and its findings.
    void removeField(const QString &field);
    /// Checks now instead of after the pause (e.g. right before a submit).
    void checkNow();
    /// Calls `done(true)` once every field's current text is checked (at once when it already is; checking now
    /// otherwise), or `done(false)` when that has not happened within `limit` (no rules yet, first start offline).
    /// Called exactly once, unless `context` is destroyed first. What a submit waits for: the check of exactly
    /// what is submitted.
    void whenUpToDate(QObject *context, std::chrono::milliseconds limit, std::function<void(bool checked)> done);

    /// The findings of the last completed check, ordered by field (as first set) then position.
    [[nodiscard]] const QList<Finding> &findings() const { return m_findings; }
    /// The text of `field` that findings() refer to (empty before the first check of it).
    [[nodiscard]] QString checkedText(const QString &field) const { return m_checkedText.value(field); }
    /// Whether the current text of every field has been checked (no check pending or running for it).
    [[nodiscard]] bool isUpToDate() const;
    [[nodiscard]] bool hasBlocking() const { return CheckEngine::hasBlocking(m_findings); }

Q_SIGNALS:
    /// A check completed with a result for the current text (also when the findings did not change).
    void findingsChanged(const QList<pd::checks::Finding> &findings);

private:
    struct Field {
        QString text;
        Format format = Format::Plain;
    };
    struct Job;
    struct Outcome;

    /// Runs on the thread pool.
    static std::shared_ptr<Outcome> runJob(const Job &job);
    void schedule();
    void start();
    void finished(const std::shared_ptr<Outcome> &outcome);
    void publish();
    void onLinkChecked(const QUrl &url);

    RuleSet m_rules;
    std::shared_ptr<const CheckEngine> m_engine; ///< null until the rules are compiled
    quint64 m_rulesGeneration = 0;                ///< bumped by setRuleSet; a compiled engine is kept only if current
    bool m_compileNeeded = true;
    StructureChecker m_structure;
    QPointer<LinkChecker> m_links;

    QStringList m_order;            ///< field names in the order they were first set
    QHash<QString, Field> m_fields; ///< current text
    std::optional<domain::Item> m_item;

    std::chrono::milliseconds m_debounce{150};
    QTimer m_timer;
    QElapsedTimer m_pendingSince; ///< the first change not yet checked
    quint64 m_generation = 0;     ///< bumped by every change
    bool m_running = false;
    bool m_dirty = false;         ///< changed while a check was running

    QHash<QString, QString> m_checkedText;
    QHash<QString, QList<Finding>> m_textFindings; ///< rules + structure, per field, of the checked text
    QHash<QString, QList<StructureChecker::Link>> m_fieldLinks;
    QList<Finding> m_findings;
};

} // namespace pd::checks
