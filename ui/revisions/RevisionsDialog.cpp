#include "ui/revisions/RevisionsDialog.h"

#include "app/api/PortalClient.h"
#include "app/editing/ConflictMerge.h"
#include "app/editing/LineDiff.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
const QColor kRemoved(255, 228, 228);
const QColor kAdded(222, 247, 222);
const QColor kChanged(255, 246, 214);
} // namespace

RevisionsDialog::RevisionsDialog(api::PortalClient &client, qint64 itemId, QWidget *parent)
    : QDialog(parent)
    , m_history(client, itemId)
{
    setObjectName(u"revisionsDialog"_s);
    setWindowTitle(tr("Revisions"));
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(u"revisionList"_s);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumWidth(320);
    m_diff = new QTableWidget(0, 3, split);
    m_diff->setObjectName(u"revisionDiff"_s);
    m_diff->setAccessibleName(tr("Differences"));
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setWordWrap(true);
    m_diff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    split->addWidget(m_list);
    split->addWidget(m_diff);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_status = new QLabel(tr("Select two revisions to compare them, or one to compare it with the one before."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore as new draft"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"restoreRevisionButton"_s);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const auto version = m_history.cached(m_left)) {
            Q_EMIT restoreRequested(*version);
            accept();
        }
    });
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RevisionsDialog::selectionChanged);
    connect(&m_history, &editing::RevisionHistory::loaded, this, &RevisionsDialog::showRevisions);
    connect(&m_history, &editing::RevisionHistory::failed, m_status, &QLabel::setText);
    m_history.load();
}

void RevisionsDialog::showRevisions(const QList<editing::RevisionSummary> &revisions)
{
    for (const editing::RevisionSummary &r : revisions) {
        auto *row = new QListWidgetItem(tr("Revision %1 — %2, %3 (%4)")
                                            .arg(r.revision)
                                            .arg(QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat),
                                                 r.savedBy, r.state ? domain::itemStateDisplayName(*r.state) : QString()),
                                        m_list);
        row->setData(Qt::UserRole, r.revision);
    }
    Q_EMIT revisionsLoaded();
}

void RevisionsDialog::selectionChanged()
{
    QList<qint64> revs;
    for (const QListWidgetItem *i : m_list->selectedItems())
        revs.append(i->data(Qt::UserRole).toLongLong());
    std::ranges::sort(revs);
    if (revs.size() >= 2)
        compare(revs.first(), revs.last());
    else if (revs.size() == 1)
        compare(revs.first() > 1 ? revs.first() - 1 : revs.first(), revs.first());
}

void RevisionsDialog::compare(qint64 left, qint64 right)
{
    m_left = left;
    m_right = right;
    m_history.fetch(left, [this, left, right](const domain::Item &) {
        m_history.fetch(right, [this, left, right](const domain::Item &) {
            if (m_left == left && m_right == right)
                showDiff();
        });
    });
}

void RevisionsDialog::showDiff()
{
    // compare() only gets here once both versions are fetched.
    const domain::Item a = m_history.cached(m_left).value_or(domain::Item{});
    const domain::Item b = m_history.cached(m_right).value_or(domain::Item{});
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Revision %1").arg(m_left), tr("Revision %1").arg(m_right)});
    m_diff->setRowCount(0);
    const auto addRow = [this](const QString &label, const QString &left, const QString &right, const QColor &lc,
                               const QColor &rc) {
        const int row = m_diff->rowCount();
        m_diff->insertRow(row);
        m_diff->setItem(row, 0, new QTableWidgetItem(label));
        auto *l = new QTableWidgetItem(left);
        auto *r = new QTableWidgetItem(right);
        if (lc.isValid())
            l->setBackground(lc);
        if (rc.isValid())
            r->setBackground(rc);
        m_diff->setItem(row, 1, l);
        m_diff->setItem(row, 2, r);
    };
    // Metadata: one row per field that differs (the body is compared below, paragraph by paragraph).
    const editing::ConflictMerge fields(a, b);
    int changedFields = 0;
    for (const editing::ConflictField &f : fields.differingFields()) {
        if (f.key == u"bodyHtml")
            continue;
        addRow(f.label, f.mine, f.theirs, kChanged, kChanged);
        ++changedFields;
    }
    int changedLines = 0;
    const QString body = editing::ConflictMerge::fieldLabel(u"bodyHtml"_s);
    for (const editing::LineDiff::Row &r :
         editing::LineDiff::compare(editing::LineDiff::htmlLines(a.bodyHtml), editing::LineDiff::htmlLines(b.bodyHtml))) {
        switch (r.kind) {
        case editing::LineDiff::Kind::Same: addRow(body, r.left, r.right, {}, {}); break;
        case editing::LineDiff::Kind::Changed: addRow(body, r.left, r.right, kRemoved, kAdded); ++changedLines; break;
        case editing::LineDiff::Kind::Removed: addRow(body, r.left, {}, kRemoved, {}); ++changedLines; break;
        case editing::LineDiff::Kind::Added: addRow(body, {}, r.right, {}, kAdded); ++changedLines; break;
        }
    }
    m_diff->resizeRowsToContents();
    m_status->setText(tr("Revision %1 → %2: %n field(s) changed", nullptr, changedFields).arg(m_left).arg(m_right)
                      + tr(", %n body paragraph(s) changed.", nullptr, changedLines));
    m_restore->setEnabled(true);
    m_restore->setText(tr("&Restore revision %1 as new draft").arg(m_left));
    Q_EMIT compared();
}

} // namespace pd::ui
