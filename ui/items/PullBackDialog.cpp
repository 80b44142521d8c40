#include "ui/items/PullBackDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
QString introFor(domain::WorkflowAction action, int count)
{
    switch (action) {
    case domain::WorkflowAction::Unpublish:
        return PullBackDialog::tr("Take %n item(s) off the public site. They can go through review again later.",
                                  nullptr, count);
    case domain::WorkflowAction::Archive:
        return PullBackDialog::tr("Archive %n item(s): they stay off the public site and leave the daily lists.",
                                  nullptr, count);
    default:
        return PullBackDialog::tr("Withdraw (撤稿) %n item(s) from everywhere they are published. A withdrawal is "
                                  "final and on the record; a corrected text is a new item.",
                                  nullptr, count);
    }
}
} // namespace

PullBackDialog::PullBackDialog(editing::BulkTransition &run, domain::WorkflowAction action,
                               const QList<editing::BulkTransition::Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_action(action)
    , m_targets(targets)
{
    setObjectName(u"pullBackDialog"_s);
    const int count = int(targets.size());
    setWindowTitle(count > 1 ? tr("%1: %n items", nullptr, count).arg(domain::workflowActionDisplayName(action))
                             : domain::workflowActionDisplayName(action));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(introFor(action, count), this);
    intro->setObjectName(u"pullBackIntro"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *items = new QListWidget(this);
    items->setObjectName(u"pullBackItems"_s);
    items->setAccessibleName(tr("Items"));
    for (const auto &t : targets)
        items->addItem(t.title);
    items->setMaximumHeight(items->sizeHintForRow(0) * std::min(count, 5) + 8);
    layout->addWidget(items);

    auto *pagesLabel = new QLabel(tr("Public pages they are on now (re-rendered without them):"), this);
    layout->addWidget(pagesLabel);
    m_pages = new QListWidget(this);
    m_pages->setObjectName(u"publicPages"_s);
    m_pages->setAccessibleName(tr("Public pages"));
    m_pages->addItem(tr("Asking the portal…"));
    layout->addWidget(m_pages, 1);

    auto *reasonLabel = new QLabel(action == domain::WorkflowAction::Withdraw ? tr("Reason (required):")
                                                                              : tr("Reason:"),
                                   this);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? It is kept in the audit log and shown in the lists."));
    m_reason->setMaximumHeight(80);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);

    m_error = new QLabel(this);
    m_error->setObjectName(u"pullBackError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_status = new QLabel(this);
    m_status->setObjectName(u"pullBackStatus"_s);
    m_status->hide();
    layout->addWidget(m_status);
    m_results = new QListWidget(this);
    m_results->setObjectName(u"pullBackResults"_s);
    m_results->setAccessibleName(tr("Results"));
    m_results->setWordWrap(true);
    m_results->hide();
    layout->addWidget(m_results, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = m_buttons->addButton(domain::workflowActionDisplayName(action), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    // A refusal is about the reason as it was; typing a new one takes it away.
    connect(m_reason, &QPlainTextEdit::textChanged, m_error, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PullBackDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_run, &editing::BulkTransition::progress, this, &PullBackDialog::showProgress);
    connect(&m_run, &editing::BulkTransition::finished, this, &PullBackDialog::showFinished);
    resize(560, 480);
}

void PullBackDialog::setPages(const QStringList &pages)
{
    m_pages->clear();
    if (pages.isEmpty())
        m_pages->addItem(tr("None: the items are not on any public page."));
    else
        m_pages->addItems(pages);
}

QString PullBackDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PullBackDialog::confirm()
{
    const auto started = m_run.start(m_targets, m_action, m_reason->toPlainText());
    if (!started) {
        m_error->setText(started.error().message);
        m_error->show();
        m_reason->setFocus();
        return;
    }
    m_error->hide();
    m_reason->setReadOnly(true);
    m_confirm->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void PullBackDialog::showProgress(int done, int total)
{
    m_status->setText(tr("%1 of %2 done").arg(done).arg(total));
    m_status->show();
    const auto &o = m_run.outcomes().constLast();
    m_results->addItem(o.ok ? tr("✓ %1").arg(o.title) : tr("✗ %1").arg(o.message));
    m_results->show();
}

void PullBackDialog::showFinished()
{
    m_status->setText(m_run.summary());
    m_confirm->hide();
    auto *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Close"));
    cancel->setEnabled(true);
}

} // namespace pd::ui
