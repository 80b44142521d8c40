#include "ui/editor/CoPublishDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

CoPublishDialog::CoPublishDialog(api::PortalClient &client, const domain::Item &item, const domain::User &user,
                                 QWidget *parent)
    : QDialog(parent), m_coPublishing(client)
{
    setObjectName(u"coPublishDialog"_s);
    setWindowTitle(tr("Publish on other sites — %1").arg(item.title));
    auto *layout = new QVBoxLayout(this);

    auto *whereLabel = new QLabel(tr("Where this item is published on other sites of the group:"), this);
    layout->addWidget(whereLabel);
    m_placements = new QTableView(this);
    m_placements->setObjectName(u"placementView"_s);
    m_placements->setModel(&m_coPublishing.placements());
    m_placements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_placements->setSelectionMode(QAbstractItemView::SingleSelection);
    m_placements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_placements->verticalHeader()->hide();
    m_placements->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_placements->horizontalHeader()->setSectionResizeMode(editing::PlacementListModel::SiteSection, QHeaderView::Stretch);
    m_placements->setAccessibleName(tr("Placements on other sites"));
    whereLabel->setBuddy(m_placements);
    layout->addWidget(m_placements, 1);
    m_remove = new QPushButton(tr("&Withdraw from the selected site"), this);
    m_remove->setObjectName(u"removePlacementButton"_s);
    layout->addWidget(m_remove, 0, Qt::AlignRight);

    auto *targetLabel = new QLabel(tr("Tick the columns to place it in (报送 to the portal, 推送 to sites you write for):"),
                                   this);
    targetLabel->setWordWrap(true);
    layout->addWidget(targetLabel);
    m_targets = new QTreeView(this);
    m_targets->setObjectName(u"placementTargets"_s);
    m_targets->setModel(&m_coPublishing.targets());
    m_targets->setHeaderHidden(true);
    m_targets->setAccessibleName(tr("Sites and columns to place the item in"));
    targetLabel->setBuddy(m_targets);
    layout->addWidget(m_targets, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(u"coPublishMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_place = buttons->addButton(tr("&Place in ticked columns"), QDialogButtonBox::ActionRole);
    m_place->setObjectName(u"placeButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_place, &QPushButton::clicked, &m_coPublishing, &editing::CoPublishing::placeChecked);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_placements->currentIndex();
        if (current.isValid())
            m_coPublishing.remove(current.data(editing::PlacementListModel::PlacementIdRole).toLongLong());
    });
    connect(&m_coPublishing, &editing::CoPublishing::busyChanged, this, [this](bool busy) {
        m_busy = busy;
        updateButtons();
    });
    connect(&m_coPublishing, &editing::CoPublishing::loaded, this, [this] {
        m_targets->expandAll();
        if (m_coPublishing.targets().siteCount() == 0)
            setMessage(tr("There is no other site you may place this item in: only published news travels, and only "
                          "to your site's portal or to sites you write for."),
                       false);
        updateButtons();
    });
    connect(&m_coPublishing, &editing::CoPublishing::placed, this, [this](int count) {
        setMessage(tr("Placed on %n site(s); each site's own review decides when it is public there.", nullptr, count),
                   false);
    });
    connect(&m_coPublishing, &editing::CoPublishing::removed, this,
            [this] { setMessage(tr("Withdrawn from that site."), false); });
    connect(&m_coPublishing, &editing::CoPublishing::failed, this, [this](const QString &message) { setMessage(message, true); });
    connect(&m_coPublishing.targets(), &editing::PlacementTargetModel::selectionChanged, this, &CoPublishDialog::updateButtons);
    connect(&m_coPublishing.targets(), &QAbstractItemModel::modelReset, m_targets, &QTreeView::expandAll);
    connect(m_placements->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CoPublishDialog::updateButtons);
    connect(&m_coPublishing.placements(), &QAbstractItemModel::modelReset, this, &CoPublishDialog::updateButtons);

    resize(560, 520);
    updateButtons();
    m_coPublishing.load(item, user);
}

QString CoPublishDialog::messageText() const
{
    return m_message->text();
}

void CoPublishDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b; font-weight: bold;"_s : QString());
}

void CoPublishDialog::updateButtons()
{
    m_place->setEnabled(!m_busy && !m_coPublishing.targets().selections().isEmpty());
    const QModelIndex current = m_placements->currentIndex();
    m_remove->setEnabled(!m_busy && current.isValid()
                         && current.data(editing::PlacementListModel::StateRole).toString() != u"withdrawn"_s);
}

} // namespace pd::ui
