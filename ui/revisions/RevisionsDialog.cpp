#include "revisions/RevisionsDialog.h"

#include "api/PortalClient.h"
#include "editing/ConflictMerge.h"
#include "editing/LineDiff.h"

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
    , m_client(client)
    , m_itemId(itemId)
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
        if (m_versions.contains(m_left)) {
            Q_EMIT restoreRequested(m_versions.value(m_left));
            accept();
        }
    });
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RevisionsDialog::selectionChanged);
    load();
}

void RevisionsDialog::load()
{
    m_client.call("GET", u"/api/v1/items/%1/revisions"_s.arg(m_itemId), {}, {}, this,
                  [this](Result<api::ApiReply> reply) {
                      if (!reply) {
                          m_status->setText(reply.error().message);
                          return;
                      }
                      const QJsonArray list = reply->json.isArray() ? reply->json.array()
                                                                    : reply->json.object().value(u"items").toArray();
                      for (const QJsonValue &v : list) {
                          const QJsonObject o = v.toObject();
                          const qint64 rev = o.value(u"revision").toInteger();
                          const QDateTime at = QDateTime::fromString(o.value(u"savedAt").toString(), Qt::ISODateWithMs);
                          const QString who = o.value(u"savedBy").toObject().value(u"displayName").toString();
                          const auto state = domain::itemStateFromCode(o.value(u"state").toString());
                          auto *row = new QListWidgetItem(
                              tr("Revision %1 — %2, %3 (%4)")
                                  .arg(rev)
                                  .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), who,
                                       state ? domain::itemStateDisplayName(*state) : QString()),
                              m_list);
                          row->setData(Qt::UserRole, rev);
                      }
                      Q_EMIT revisionsLoaded();
                  });
}

void RevisionsDialog::fetch(qint64 revision, std::function<void()> then)
{
    if (m_versions.contains(revision)) {
        then();
        return;
    }
    m_client.call("GET", u"/api/v1/items/%1/revisions/%2"_s.arg(m_itemId).arg(revision), {}, {}, this,
                  [this, revision, then = std::move(then)](Result<api::ApiReply> reply) {
                      if (!reply) {
                          m_status->setText(reply.error().message);
                          return;
                      }
                      auto item = domain::Item::fromJson(reply->json.object());
                      if (!item) {
                          m_status->setText(item.error().message);
                          return;
                      }
                      item->revision = revision;
                      m_versions.insert(revision, *item);
                      then();
                  });
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
    fetch(left, [this, left, right] {
        fetch(right, [this, left, right] {
            if (m_left == left && m_right == right)
                showDiff();
        });
    });
}

void RevisionsDialog::showDiff()
{
    const domain::Item &a = m_versions.value(m_left);
    const domain::Item &b = m_versions.value(m_right);
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
