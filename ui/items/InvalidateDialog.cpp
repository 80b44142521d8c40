#include "ui/items/InvalidateDialog.h"

#include "app/editing/Invalidation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString describe(const domain::Item &item)
{
    const QString indexNo = item.disclosure ? item.disclosure->indexNo : QString();
    return indexNo.isEmpty() ? item.title : InvalidateDialog::tr("%1 — %2").arg(item.title, indexNo);
}
} // namespace

InvalidateDialog::InvalidateDialog(editing::Invalidation &run, const domain::Item &item, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_item(item)
{
    setObjectName(u"invalidateDialog"_s);
    setWindowTitle(tr("Mark as no longer in force (失效 / 废止)"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("“%1” stays on the public site, marked as no longer in force from the day you give; "
                                "its page and its catalogue entry say so and link to the document replacing it. "
                                "A marking cannot be undone.")
                                 .arg(item.title),
                             this);
    intro->setObjectName(u"invalidateIntro"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_validity = new QComboBox(this);
    m_validity->setObjectName(u"validityBox"_s);
    m_validity->setAccessibleName(tr("Validity"));
    m_validity->addItem(tr("失效 — no longer in force (expired or modified)"), u"失效"_s);
    m_validity->addItem(tr("废止 — abolished"), u"废止"_s);
    form->addRow(tr("&Validity:"), m_validity);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"effectiveDateEdit"_s);
    m_date->setAccessibleName(tr("Effective date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("&From:"), m_date);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"replacementSearch"_s);
    m_search->setAccessibleName(tr("Search the replacing document"));
    m_search->setPlaceholderText(tr("Title, index number (索引号) or document number (文号)"));
    m_search->setClearButtonEnabled(true);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(u"replacementList"_s);
    m_candidates->setAccessibleName(tr("Replacing document"));
    m_candidates->setMinimumHeight(110);
    auto *none = new QListWidgetItem(tr("No replacing document"), m_candidates);
    none->setData(IdRole, qint64(0));
    m_candidates->setCurrentRow(0);
    auto *replacing = new QWidget(this);
    auto *replacingLayout = new QVBoxLayout(replacing);
    replacingLayout->setContentsMargins(0, 0, 0, 0);
    replacingLayout->addWidget(m_search);
    replacingLayout->addWidget(m_candidates);
    form->addRow(tr("&Replaced by:"), replacing);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Optional: why (kept in the audit log)"));
    m_reason->setMaximumHeight(64);
    form->addRow(tr("R&eason:"), m_reason);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Public pages that will show the marking:"), this));
    m_pages = new QListWidget(this);
    m_pages->setObjectName(u"publicPages"_s);
    m_pages->setAccessibleName(tr("Public pages"));
    m_pages->addItem(tr("Asking the portal…"));
    m_pages->setMaximumHeight(110);
    layout->addWidget(m_pages);

    m_error = new QLabel(this);
    m_error->setObjectName(u"invalidateError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(u"invalidateStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = m_buttons->addButton(tr("Mark"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);

    m_searchSoon.setSingleShot(true);
    m_searchSoon.setInterval(300);
    connect(&m_searchSoon, &QTimer::timeout, this, &InvalidateDialog::searchNow);
    connect(m_search, &QLineEdit::textChanged, &m_searchSoon, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &InvalidateDialog::searchNow);
    connect(m_reason, &QPlainTextEdit::textChanged, m_error, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InvalidateDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_run, &editing::Invalidation::candidatesFound, this, &InvalidateDialog::showCandidates);
    connect(&m_run, &editing::Invalidation::searchFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(&m_run, &editing::Invalidation::finished, this, &InvalidateDialog::showFinished);
    resize(600, 560);
    // The newest documents of the site are offered before anything is typed.
    searchNow();
}

void InvalidateDialog::setPages(const QStringList &pages)
{
    m_pages->clear();
    if (pages.isEmpty())
        m_pages->addItem(tr("None: the document is not on any public page."));
    else
        m_pages->addItems(pages);
}

QString InvalidateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString InvalidateDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

qint64 InvalidateDialog::replacedBy() const
{
    const QListWidgetItem *current = m_candidates->currentItem();
    return current ? current->data(IdRole).toLongLong() : 0;
}

void InvalidateDialog::searchNow()
{
    m_searchSoon.stop();
    m_run.search(m_item.siteId, m_search->text(), m_item.id);
}

void InvalidateDialog::showCandidates()
{
    // The document already chosen stays offered whatever the new search finds.
    const QListWidgetItem *current = m_candidates->currentItem();
    const qint64 chosen = current ? current->data(IdRole).toLongLong() : 0;
    const QString chosenText = current ? current->text() : QString();
    m_candidates->clear();
    auto *none = new QListWidgetItem(tr("No replacing document"), m_candidates);
    none->setData(IdRole, qint64(0));
    QListWidgetItem *keep = chosen == 0 ? none : nullptr;
    for (const domain::Item &candidate : m_run.candidates()) {
        auto *row = new QListWidgetItem(describe(candidate), m_candidates);
        row->setData(IdRole, candidate.id);
        row->setToolTip(candidate.title);
        if (candidate.id == chosen)
            keep = row;
    }
    if (!keep) {
        keep = new QListWidgetItem(chosenText, m_candidates);
        keep->setData(IdRole, chosen);
    }
    m_candidates->setCurrentItem(keep);
}

void InvalidateDialog::confirm()
{
    const editing::Invalidation::Request request{m_item, m_validity->currentData().toString(), m_date->date(),
                                                 replacedBy(), m_reason->toPlainText()};
    const auto started = m_run.start(request);
    if (!started) {
        m_error->setText(started.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_confirm->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void InvalidateDialog::showFinished()
{
    auto *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setEnabled(true);
    if (!m_run.succeeded()) {
        // Nothing was marked: the user may correct the request and confirm again.
        m_error->setText(m_run.message());
        m_error->show();
        m_confirm->setEnabled(true);
        return;
    }
    m_status->setText(tr("Marked: %1. The public pages show it once the portal has rewritten them.")
                          .arg(editing::Invalidation::validityText(m_run.result())));
    m_status->show();
    m_confirm->hide();
    cancel->setText(tr("Close"));
    Q_EMIT marked(m_run.result());
}

} // namespace pd::ui
