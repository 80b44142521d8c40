#include "app/checksclient/CheckRunner.h"

#include "app/checks/ChecksLog.h"
#include "app/checks/LinkChecker.h"

#include <QFutureWatcher>
#include <QSet>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

// The item fields a runner knows how to feed into Item::validate(), by their JSON names.
void setItemField(domain::Item &item, const QString &field, const QString &text)
{
    if (field == u"title")
        item.title = text;
    else if (field == u"subtitle")
        item.subtitle = text;
    else if (field == u"summary")
        item.summary = text;
    else if (field == u"bodyHtml")
        item.bodyHtml = text;
    else if (field == u"disclosure.abstract" && item.disclosure)
        item.disclosure->abstract = text;
}

} // namespace

/// Everything a check needs, copied, so the thread pool never touches the runner.
struct CheckRunner::Job {
    quint64 generation = 0;
    quint64 rulesGeneration = 0;
    std::shared_ptr<const CheckEngine> engine; ///< null: compile `rules` first
    RuleSet rules;
    StructureChecker structure;
    QStringList order;
    QHash<QString, Field> fields;
    std::optional<domain::Item> item;
};

/// What a check found, handed back to the runner's thread.
struct CheckRunner::Outcome {
    quint64 generation = 0;
    quint64 rulesGeneration = 0;
    std::shared_ptr<const CheckEngine> compiled; ///< set when this job built the engine
    QHash<QString, QString> texts;
    QHash<QString, QList<Finding>> findings;
    QHash<QString, QList<StructureChecker::Link>> links;
    QList<Finding> metadata;
};

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CheckRunner::start);
}

CheckRunner::~CheckRunner() = default;

void CheckRunner::setDebounce(std::chrono::milliseconds debounce)
{
    m_debounce = std::max(std::chrono::milliseconds(0), debounce);
}

void CheckRunner::setRuleSet(const RuleSet &rules)
{
    m_rules = rules;
    ++m_rulesGeneration;
    m_compileNeeded = true;
    schedule();
}

void CheckRunner::setMaxTitleLength(qsizetype length)
{
    if (length == m_structure.maxTitleLength())
        return;
    m_structure = StructureChecker(length);
    schedule();
}

void CheckRunner::setLinkChecker(LinkChecker *checker)
{
    if (m_links)
        m_links->disconnect(this);
    m_links = checker;
    if (m_links)
        connect(m_links, &LinkChecker::checked, this, &CheckRunner::onLinkChecked);
    schedule();
}

void CheckRunner::setItem(const domain::Item &item)
{
    m_item = item;
    const auto set = [this](const QString &field, const QString &text, Format format) {
        if (!m_fields.contains(field))
            m_order.append(field);
        m_fields.insert(field, Field{text, format});
    };
    set(u"title"_s, item.title, Format::Plain);
    set(u"subtitle"_s, item.subtitle, Format::Plain);
    set(u"summary"_s, item.summary, Format::Plain);
    set(u"bodyHtml"_s, item.bodyHtml, Format::Html);
    if (item.disclosure)
        set(u"disclosure.abstract"_s, item.disclosure->abstract, Format::Plain);
    else
        removeField(u"disclosure.abstract"_s);
    schedule();
}

void CheckRunner::setText(const QString &field, const QString &text, Format format)
{
    const auto it = m_fields.constFind(field);
    if (it != m_fields.cend() && it->text == text && it->format == format)
        return;
    if (it == m_fields.cend())
        m_order.append(field);
    m_fields.insert(field, Field{text, format});
    if (m_item)
        setItemField(*m_item, field, text);
    schedule();
}

void CheckRunner::removeField(const QString &field)
{
    if (!m_fields.remove(field))
        return;
    m_order.removeAll(field);
    schedule();
}

void CheckRunner::checkNow()
{
    m_timer.stop();
    start();
}

bool CheckRunner::isUpToDate() const
{
    return !m_running && !m_dirty && !m_timer.isActive() && m_engine && !m_compileNeeded;
}

void CheckRunner::whenUpToDate(QObject *context, std::chrono::milliseconds limit, std::function<void(bool)> done)
{
    if (isUpToDate()) {
        done(true);
        return;
    }
    // Whichever comes first — a check of the current text or the limit — answers; the other is cut off.
    struct Wait {
        bool answered = false;
        QMetaObject::Connection checked;
        std::function<void(bool)> done;
    };
    auto wait = std::make_shared<Wait>();
    wait->done = std::move(done);
    const auto answer = [wait](bool checked) {
        if (wait->answered)
            return;
        wait->answered = true;
        QObject::disconnect(wait->checked);
        wait->done(checked);
    };
    wait->checked = connect(this, &CheckRunner::findingsChanged, context, [this, answer] {
        if (isUpToDate())
            answer(true);
    });
    QTimer::singleShot(limit, context, [answer] { answer(false); });
    checkNow();
}

void CheckRunner::schedule()
{
    ++m_generation;
    if (!m_pendingSince.isValid())
        m_pendingSince.start();
    // Restart the pause on every change, but not for ever: someone typing steadily still sees findings.
    if (!m_timer.isActive() || m_pendingSince.elapsed() < 4 * m_debounce.count())
        m_timer.start(m_debounce);
}

void CheckRunner::start()
{
    if (m_running) {
        m_dirty = true; // the running check is already stale; the next one starts when it ends
        return;
    }
    m_pendingSince.invalidate();
    m_dirty = false;

    Job job;
    job.generation = m_generation;
    job.rulesGeneration = m_rulesGeneration;
    if (!m_compileNeeded)
        job.engine = m_engine;
    else
        job.rules = m_rules;
    job.structure = m_structure;
    job.order = m_order;
    job.fields = m_fields;
    job.item = m_item;

    m_running = true;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([job = std::move(job)] { return runJob(job); }));
}

void CheckRunner::finished(const std::shared_ptr<Outcome> &outcome)
{
    m_running = false;
    if (outcome->compiled && outcome->rulesGeneration == m_rulesGeneration) {
        m_engine = outcome->compiled;
        m_compileNeeded = false;
    }
    if (outcome->generation == m_generation) {
        m_checkedText = outcome->texts;
        m_textFindings = outcome->findings;
        m_fieldLinks = outcome->links;
        // Metadata findings are kept under a key no field has.
        m_textFindings.insert(QString(), outcome->metadata);
        publish();
        if (m_links) {
            QSet<QUrl> asked;
            for (const auto &links : std::as_const(m_fieldLinks)) {
                for (const StructureChecker::Link &link : links) {
                    const QUrl url(link.url);
                    if (!asked.contains(url) && !m_links->cached(url)) {
                        asked.insert(url);
                        m_links->check(url);
                    }
                }
            }
        }
    } else {
        qCDebug(lcChecks) << "dropped a stale check" << outcome->generation << "<" << m_generation;
    }
    if (m_dirty)
        start();
}

void CheckRunner::publish()
{
    QList<Finding> all;
    for (const QString &field : std::as_const(m_order)) {
        QList<Finding> fieldFindings = m_textFindings.value(field);
        if (m_links)
            fieldFindings << m_links->findings(m_fieldLinks.value(field), field);
        std::ranges::stable_sort(fieldFindings, {}, &Finding::start);
        all << fieldFindings;
    }
    all << m_textFindings.value(QString());
    m_findings = std::move(all);
    Q_EMIT findingsChanged(m_findings);
}

void CheckRunner::onLinkChecked(const QUrl &url)
{
    for (const auto &links : std::as_const(m_fieldLinks)) {
        for (const StructureChecker::Link &link : links) {
            if (QUrl(link.url) == url) {
                publish();
                return;
            }
        }
    }
}

std::shared_ptr<CheckRunner::Outcome> CheckRunner::runJob(const Job &job)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->generation = job.generation;
    outcome->rulesGeneration = job.rulesGeneration;
    std::shared_ptr<const CheckEngine> engine = job.engine;
    if (!engine) {
        engine = std::make_shared<const CheckEngine>(job.rules);
        outcome->compiled = engine;
    }
    for (const QString &field : job.order) {
        const auto &f = job.fields.value(field);
        outcome->texts.insert(field, f.text);
        QList<Finding> found;
        if (f.format == Format::Html) {
            found << engine->checkHtml(f.text, field);
            found << job.structure.checkHtml(f.text, field);
            outcome->links.insert(field, StructureChecker::httpLinks(f.text));
        } else {
            found << engine->checkText(f.text, field);
            if (field == u"title")
                found << job.structure.checkTitle(f.text, field);
        }
        outcome->findings.insert(field, std::move(found));
    }
    if (job.item) {
        // Missing or malformed metadata: the server refuses to save or submit such an item, hence Block.
        for (const FieldError &e : job.item->validate()) {
            Finding f;
            f.ruleId = u"structure.metadata"_s;
            f.kind = RuleKind::Structure;
            f.severity = Severity::Block;
            f.field = e.field;
            f.message = e.message;
            outcome->metadata.append(std::move(f));
        }
    }
    return outcome;
}

} // namespace pd::checks
