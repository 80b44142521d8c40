#include "ui/review/ReviewPane.h"

#include "app/domain/WorkflowState.h"
#include "ui/preview/PreviewView.h"
#include "app/review/ReviewItemLoader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEngineView>

#include <array>

using namespace Qt::StringLiterals;

namespace pd::ui {

ReviewPane::ReviewPane(review::ReviewItemLoader &loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
{
    buildUi();
    connectSignals();
    clearAll();
}

void ReviewPane::buildUi()
{
    setObjectName(u"reviewPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"reviewTitle"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"reviewMeta"_s);
    m_meta->setWordWrap(true);
    layout->addWidget(m_meta);
    m_message = new QLabel(this);
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_preview = new PreviewView(m_tabs);
    m_tabs->addTab(m_preview, tr("Preview"));
    m_diff = new QTextBrowser(m_tabs);
    m_diff->setObjectName(u"reviewDiff"_s);
    m_tabs->addTab(m_diff, tr("Changes"));
    m_findings = new QTreeWidget(m_tabs);
    m_findings->setObjectName(u"reviewFindings"_s);
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Severity"), tr("Field"), tr("Found"), tr("Suggestion"), tr("Why")});
    m_tabs->addTab(m_findings, tr("Checks"));
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(u"reviewHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Comment")});
    m_tabs->addTab(m_history, tr("Comments and audit trail"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    const auto addButton = [this, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setEnabled(false);
        buttons->addWidget(b);
        m_buttons.append(b);
    };
    addButton(tr("&Approve (A)"), u"approveButton"_s);
    addButton(tr("&Reject (R)"), u"rejectButton"_s);
    addButton(tr("&Publish now (P)"), u"publishButton"_s);
    addButton(tr("&Schedule… (S)"), u"scheduleButton"_s);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void ReviewPane::connectSignals()
{
    // In the order buildUi() adds the buttons.
    constexpr std::array requests{&ReviewPane::approveRequested, &ReviewPane::rejectRequested,
                                  &ReviewPane::publishRequested, &ReviewPane::scheduleRequested};
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        connect(m_buttons.at(i), &QPushButton::clicked, this, requests.at(size_t(i)));
    connect(&m_loader, &review::ReviewItemLoader::itemLoaded, this, &ReviewPane::showItem);
    connect(&m_loader, &review::ReviewItemLoader::diffReady, this, &ReviewPane::showDiff);
    connect(&m_loader, &review::ReviewItemLoader::findingsReady, this, &ReviewPane::showFindings);
    connect(&m_loader, &review::ReviewItemLoader::ignoredFindingsLoaded, this, &ReviewPane::showFindings);
    connect(&m_loader, &review::ReviewItemLoader::auditLoaded, this,
            [this](const QList<review::AuditEntry> &entries) {
                m_history->clear();
                const QLocale locale;
                for (const review::AuditEntry &e : entries)
                    new QTreeWidgetItem(m_history, {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                                    e.user, e.actionText(), e.comment});
                m_history->resizeColumnToContents(0);
            });
}

void ReviewPane::showFindings()
{
    m_findings->clear();
    for (const checks::Finding &f : m_loader.findings()) {
        auto *row = new QTreeWidgetItem(m_findings, {f.severity == checks::Severity::Block ? tr("Must fix") : tr("Warning"),
                                                     f.field, f.excerpt, f.suggestion, f.message});
        row->setToolTip(4, f.message);
    }
    for (const domain::SweepFinding &f : m_loader.ignoredFindings()) {
        const QString why = tr("Ignored in a sweep by %1: %2").arg(f.resolvedBy, f.reason);
        auto *row = new QTreeWidgetItem(m_findings, {tr("Ignored"), f.field, f.excerpt, f.suggestion, why});
        row->setToolTip(4, why);
    }
    const int count = m_findings->topLevelItemCount();
    m_tabs->setTabText(int(Tab::Findings), count == 0 ? tr("Checks") : tr("Checks (%1)").arg(count));
}

void ReviewPane::setServer(const QUrl &server)
{
    m_preview->setServer(server);
}

void ReviewPane::followSession(const api::Session &session)
{
    m_preview->followSession(session);
}

void ReviewPane::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ReviewPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e"_s : u"color: #1e6b35"_s);
    m_message->setVisible(!text.isEmpty());
}

void ReviewPane::clear()
{
    clearAll();
    showMessage({}, false);
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(false);
    // The previous item must not stay readable under the next account.
    m_preview->webView()->setHtml(QString());
}

void ReviewPane::clearAll()
{
    m_title->setText(tr("Nothing selected"));
    m_meta->clear();
    m_diff->clear();
    m_findings->clear();
    m_history->clear();
}

void ReviewPane::showItem(const domain::Item &item)
{
    m_title->setText(item.title);
    const QLocale locale;
    QStringList meta{domain::itemStateDisplayName(item.workflow.state)};
    if (item.workflow.state == domain::ItemState::Submitted)
        meta.append(tr("level %1").arg(item.workflow.level));
    // 作者 is the byline readers see, as in the queue; the account that submitted it is named only when it differs.
    const QString byline = item.author.trimmed();
    if (!byline.isEmpty())
        meta.append(tr("by %1").arg(byline));
    if (!item.createdByName.isEmpty() && item.createdByName != byline)
        meta.append(tr("submitted by %1").arg(item.createdByName));
    if (item.dueAt.isValid())
        meta.append(tr("due %1").arg(locale.toString(item.dueAt.toLocalTime(), QLocale::ShortFormat)));
    meta.append(tr("revision %1").arg(item.revision));
    m_meta->setText(meta.join(u" · "_s));
    const bool submitted = item.workflow.state == domain::ItemState::Submitted;
    const bool approved = item.workflow.state == domain::ItemState::Approved;
    m_buttons.at(0)->setEnabled(submitted);
    m_buttons.at(1)->setEnabled(submitted || approved);
    m_buttons.at(2)->setEnabled(approved);
    m_buttons.at(3)->setEnabled(approved);
    m_preview->showItem(item);
}

void ReviewPane::showDiff()
{
    using Kind = editing::LineDiff::Kind;
    QString html = u"<p>"_s;
    switch (m_loader.baseline()) {
    case review::ReviewItemLoader::Baseline::Published:
        html += tr("Compared with the published revision %1.").arg(m_loader.baselineRevision());
        break;
    case review::ReviewItemLoader::Baseline::Rejected:
        html += tr("Compared with the version rejected in revision %1.").arg(m_loader.baselineRevision());
        break;
    case review::ReviewItemLoader::Baseline::None:
        html += tr("New item: nothing was published or rejected before.");
        break;
    }
    html += u"</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
    int changes = 0;
    for (const editing::LineDiff::Row &row : m_loader.diff()) {
        const auto cell = [](const QString &text, const char *colour) {
            return u"<td width=\"50%\" style=\"background:%1\">%2</td>"_s.arg(QLatin1StringView(colour),
                                                                             text.toHtmlEscaped());
        };
        switch (row.kind) {
        case Kind::Same: html += u"<tr>"_s + cell(row.left, "#ffffff") + cell(row.right, "#ffffff"); break;
        case Kind::Changed: html += u"<tr>"_s + cell(row.left, "#fde2e1") + cell(row.right, "#dff3e3"); break;
        case Kind::Removed: html += u"<tr>"_s + cell(row.left, "#fde2e1") + cell(QString(), "#f4f4f4"); break;
        case Kind::Added: html += u"<tr>"_s + cell(QString(), "#f4f4f4") + cell(row.right, "#dff3e3"); break;
        }
        html += u"</tr>"_s;
        changes += row.kind == Kind::Same ? 0 : 1;
    }
    html += u"</table>"_s;
    m_diff->setHtml(html);
    m_tabs->setTabText(int(Tab::Diff), changes == 0 ? tr("Changes") : tr("Changes (%1)").arg(changes));
}

} // namespace pd::ui
