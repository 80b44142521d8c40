#include "ui/review/ReviewPage.h"

#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"
#include "ui/review/DecisionDialog.h"
#include "app/review/ReviewDesk.h"
#include "ui/review/ReviewPane.h"
#include "ui/review/ReviewTray.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pd::models::ReviewQueueModel;
using Action = pd::review::ReviewActions::Action;

namespace pd::ui {

ReviewPage::ReviewPage(models::Workspace &workspace, api::EventStream *stream, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_desk(std::make_unique<review::ReviewDesk>(workspace.client(), domain::WorkingCalendar()))
{
    buildUi();
    connectSignals(stream);
    addShortcuts();
    start();
    updateCount();
    m_view->setFocus();
}

void ReviewPage::buildUi()
{
    setObjectName(u"reviewPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"reviewSearch"_s);
    m_search->setPlaceholderText(tr("Search title, author or column (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 2);
    m_light = new QComboBox(this);
    m_light->setObjectName(u"reviewLightFilter"_s);
    m_light->addItem(tr("All deadlines"), int(review::ReviewQueueFilter::LightFilter::All));
    m_light->addItem(tr("Overdue"), int(review::ReviewQueueFilter::LightFilter::Overdue));
    m_light->addItem(tr("Due soon"), int(review::ReviewQueueFilter::LightFilter::DueSoon));
    m_light->addItem(tr("On time"), int(review::ReviewQueueFilter::LightFilter::OnTime));
    bar->addWidget(m_light);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"reviewTypeFilter"_s);
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("News"), u"news"_s);
    m_type->addItem(tr("Features"), u"feature"_s);
    m_type->addItem(tr("Disclosure"), u"disclosure"_s);
    bar->addWidget(m_type);
    m_count = new QLabel(this);
    m_count->setObjectName(u"reviewCount"_s);
    bar->addWidget(m_count, 1, Qt::AlignRight);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(left);
    m_view->setObjectName(u"reviewQueueView"_s);
    m_view->setModel(&m_desk->filter());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewQueueModel::DueSection, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Fixed widths (measuring 10,000 rows' contents would cost the queue its opening time); the title takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(u"审"_s);
    for (const auto &[section, chars] : {std::pair{ReviewQueueModel::LightSection, 5}, {ReviewQueueModel::TypeSection, 4},
                                         {ReviewQueueModel::ColumnSection, 6}, {ReviewQueueModel::AuthorSection, 4},
                                         {ReviewQueueModel::LevelSection, 6}, {ReviewQueueModel::SubmittedSection, 6},
                                         {ReviewQueueModel::DueSection, 6}, {ReviewQueueModel::SourceSection, 9}}) {
        // Wide enough for the value and for the heading with its sort arrow, whichever is longer.
        const QString heading = m_desk->filter().headerData(section, Qt::Horizontal).toString();
        header->resizeSection(section, std::max(em * chars + 12, metrics.horizontalAdvance(heading) + 2 * em));
    }
    header->setSectionResizeMode(ReviewQueueModel::TitleSection, QHeaderView::Stretch);
    header->setMinimumSectionSize(em * 3);
    // A title keeps its beginning, which is what tells items apart; the tooltip has the whole of it.
    m_view->setTextElideMode(Qt::ElideRight);
    // The light first, where the eye starts.
    m_view->horizontalHeader()->moveSection(ReviewQueueModel::LightSection, 0);
    m_view->setAccessibleName(tr("Review queue"));
    leftLayout->addWidget(m_view, 1);
    m_results = new QListWidget(left);
    m_results->setObjectName(u"bulkResults"_s);
    m_results->setAccessibleName(tr("Results of the bulk decision"));
    m_results->setMaximumHeight(160);
    m_results->hide();
    leftLayout->addWidget(m_results);
    m_undoBar = new QWidget(left);
    m_undoBar->setObjectName(u"undoBar"_s);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setObjectName(u"undoText"_s);
    m_undoText->setWordWrap(true);
    undoLayout->addWidget(m_undoText, 1);
    m_undoButton = new QPushButton(tr("&Undo (Ctrl+Z)"), m_undoBar);
    m_undoButton->setObjectName(u"undoButton"_s);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    leftLayout->addWidget(m_undoBar);
    m_pane = new ReviewPane(m_desk->loader(), split);
    split->addWidget(left);
    split->addWidget(m_pane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 700});
    layout->addWidget(split, 1);

    m_tray = new ReviewTray(m_desk->notifier(), this);
}

void ReviewPage::connectSignals(api::EventStream *stream)
{
    connect(m_search, &QLineEdit::textChanged, &m_desk->filter(), &review::ReviewQueueFilter::setSearchText);
    connect(m_light, &QComboBox::currentIndexChanged, this, [this] {
        m_desk->filter().setLightFilter(review::ReviewQueueFilter::LightFilter(m_light->currentData().toInt()));
    });
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_desk->filter().setTypeFilter(m_type->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::currentRowChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openItemRequested(index.data(ReviewQueueModel::ItemIdRole).toLongLong());
    });

    // A reload replaces every row: keep the reviewer on the same item, or on the one that took its place.
    connect(&m_desk->filter(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_keepId = current.isValid() ? current.data(ReviewQueueModel::ItemIdRole).toLongLong() : 0;
        m_keepRow = current.isValid() ? current.row() : -1;
    });
    connect(&m_desk->filter(), &QAbstractItemModel::modelReset, this, [this] {
        review::ReviewQueueFilter &filter = m_desk->filter();
        int row = -1;
        if (const int source = m_desk->queue().rowOf(m_keepId); source >= 0)
            row = filter.mapFromSource(m_desk->queue().index(source, 0)).row();
        if (row < 0 && filter.rowCount() > 0)
            row = std::clamp(m_keepRow, 0, filter.rowCount() - 1);
        if (row >= 0)
            m_view->setCurrentIndex(filter.index(row, ReviewQueueModel::TitleSection));
        updateCount();
    });
    connect(&m_desk->filter(), &QAbstractItemModel::rowsInserted, this, &ReviewPage::updateCount);
    connect(&m_desk->filter(), &QAbstractItemModel::rowsRemoved, this, &ReviewPage::updateCount);
    connect(&m_desk->filter(), &QAbstractItemModel::dataChanged, this, &ReviewPage::updateCount);
    // 来源 names the site of the group a copy came from: while the queue holds only the site's own items it stays
    // hidden and its width goes to the titles, which a 1366-pixel screen otherwise cuts to a character or two.
    const auto showSourceColumn = [this] {
        const ReviewQueueModel &queue = m_desk->queue();
        bool copies = false;
        for (int row = 0; row < queue.rowCount() && !copies; ++row)
            copies = !queue.index(row, 0).data(ReviewQueueModel::PlacementKindRole).toString().isEmpty();
        m_view->horizontalHeader()->setSectionHidden(ReviewQueueModel::SourceSection, !copies);
    };
    connect(&m_desk->queue(), &QAbstractItemModel::modelReset, this, showSourceColumn);
    connect(&m_desk->queue(), &QAbstractItemModel::rowsInserted, this, showSourceColumn);
    connect(&m_desk->queue(), &QAbstractItemModel::rowsRemoved, this, showSourceColumn);
    showSourceColumn();

    connect(m_desk.get(), &review::ReviewDesk::decided, this, [this](qint64 itemId, bool ok, const QString &message) {
        // A decision sent after its undo window concerns an item no longer on screen: only a refusal is news.
        if (!ok)
            m_pane->showMessage(message, true);
        else if (itemId == m_desk->currentId())
            m_pane->showMessage(tr("Done."), false);
    });
    connect(m_desk.get(), &review::ReviewDesk::pendingChanged, this, &ReviewPage::updateUndoBar);
    connect(m_undoButton, &QPushButton::clicked, m_desk.get(), &review::ReviewDesk::undo);
    connect(m_desk.get(), &review::ReviewDesk::undone, this, [this](qint64 itemId) {
        // Back on the item the decision was taken back from, as it was before.
        if (const int source = m_desk->queue().rowOf(itemId); source >= 0) {
            const QModelIndex row = m_desk->filter().mapFromSource(m_desk->queue().index(source, 0));
            // That row alone: Ctrl, still held from Ctrl+Z, would otherwise add it to the selection.
            m_view->selectionModel()->setCurrentIndex(row.siblingAtColumn(ReviewQueueModel::TitleSection),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
            m_view->scrollTo(m_view->currentIndex());
        }
        m_pane->showMessage(tr("Taken back: nothing was sent."), false);
        m_view->setFocus();
    });
    connect(&m_desk->bulk(), &review::BulkReview::finished, this, &ReviewPage::showBulkResults);
    connect(&m_desk->bulk(), &review::BulkReview::progress, this, [this](int done, int total) {
        m_pane->showMessage(tr("Applying: %1 of %2…").arg(done).arg(total), false);
    });
    connect(&m_desk->loader(), &review::ReviewItemLoader::failed, this,
            [this](const pd::Error &error) { m_pane->showMessage(error.message, true); });
    connect(&m_desk->queue(), &ReviewQueueModel::failed, this,
            [this](const pd::Error &error) { m_pane->showMessage(error.message, true); });

    connect(m_pane, &ReviewPane::approveRequested, this, [this] { decide(Action::Approve); });
    connect(m_pane, &ReviewPane::rejectRequested, this, [this] { decide(Action::Reject); });
    connect(m_pane, &ReviewPane::publishRequested, this, [this] { decide(Action::Publish); });
    connect(m_pane, &ReviewPane::scheduleRequested, this, [this] { decide(Action::Schedule); });

    connect(m_tray, &ReviewTray::activated, this, [this] {
        window()->show();
        window()->raise();
        window()->activateWindow();
    });

    if (stream)
        connect(stream, &api::EventStream::eventReceived, m_desk.get(), &review::ReviewDesk::handleEvent);
    connect(&m_workspace, &models::Workspace::siteChanged, this, &ReviewPage::start);
    // A decision still waiting goes out under the account that made it, before that account signs out.
    connect(&m_workspace, &models::Workspace::aboutToSignOut, m_desk.get(), &review::ReviewDesk::sendPending);
    connect(&m_workspace, &models::Workspace::stateChanged, this, [this](models::Workspace::State state) {
        if (state == models::Workspace::State::SignedOut)
            signedOut();
    });
}

void ReviewPage::addShortcuts()
{
    addShortcut(QKeySequence(Qt::Key_J), tr("Next item"), [this] { step(+1); });
    addShortcut(QKeySequence(Qt::Key_K), tr("Previous item"), [this] { step(-1); });
    addShortcut(QKeySequence(Qt::Key_A), tr("Approve"), [this] { decide(Action::Approve); });
    addShortcut(QKeySequence(Qt::Key_R), tr("Reject"), [this] { decide(Action::Reject); });
    addShortcut(QKeySequence(Qt::Key_P), tr("Publish now"), [this] { decide(Action::Publish); });
    addShortcut(QKeySequence(Qt::Key_S), tr("Schedule"), [this] { decide(Action::Schedule); });
    addShortcut(QKeySequence::Undo, tr("Take back the last decision"), [this] { m_desk->undo(); });
    addShortcut(QKeySequence::Find, tr("Search the queue"), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addShortcut(QKeySequence(Qt::Key_F5), tr("Reload the queue"), [this] { start(); });
    // Leaving the search field with Esc goes back to the list, where the single-key shortcuts work.
    addShortcut(QKeySequence(Qt::Key_Escape), tr("Back to the queue"), [this] { m_view->setFocus(); });
}

ReviewPage::~ReviewPage()
{
    // Closing the window is not taking the decision back.
    m_desk->sendPending();
}

void ReviewPage::signedOut()
{
    if (m_dialog)
        m_dialog->reject();
    m_desk->clear();
    m_pane->clear();
    m_results->clear();
    m_results->hide();
    updateCount();
}

void ReviewPage::updateUndoBar()
{
    m_undoBar->setVisible(m_desk->hasPending());
    if (!m_desk->hasPending())
        return;
    const int seconds = int(std::chrono::ceil<std::chrono::seconds>(m_desk->undoWindow()).count());
    m_undoText->setText(
        (m_desk->pendingAction() == Action::Publish
             ? tr("“%1” will be published in %n second(s).", nullptr, seconds)
             : tr("“%1” will be approved in %n second(s).", nullptr, seconds))
            .arg(m_desk->pendingTitle()));
}

void ReviewPage::addShortcut(const QKeySequence &keys, const QString &name, std::function<void()> what)
{
    auto *action = new QAction(name, this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, std::move(what));
    addAction(action);
}

void ReviewPage::start()
{
    if (m_workspace.site().id <= 0)
        return;
    m_pane->setServer(m_workspace.serverUrl());
    m_pane->followSession(m_workspace.client().session());
    m_desk->setSiteHours(m_workspace.site().workingHours);
    m_desk->start(m_workspace.site().id);
}

void ReviewPage::step(int delta)
{
    const int rows = m_desk->filter().rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    m_view->setCurrentIndex(m_desk->filter().index(row, ReviewQueueModel::TitleSection));
    m_view->scrollTo(m_view->currentIndex());
}

void ReviewPage::currentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(ReviewQueueModel::ItemIdRole).toLongLong();
    const qint64 revision = current.data(ReviewQueueModel::RevisionRole).toLongLong();
    // The outcome of a decision on the previous item says nothing about this one.
    if (id != m_desk->currentId())
        m_pane->showMessage({}, false);
    // The same item at the same revision after a reload: nothing new to show.
    const auto &shown = m_desk->loader().item();
    if (id == m_desk->currentId() && shown && shown->revision == revision)
        return;
    QList<qint64> neighbours;
    for (const int r : {current.row() + 1, current.row() - 1})
        if (r >= 0 && r < m_desk->filter().rowCount())
            neighbours.append(m_desk->filter().index(r, 0).data(ReviewQueueModel::ItemIdRole).toLongLong());
    m_desk->open(id, neighbours);
}

QList<qint64> ReviewPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(ReviewQueueModel::TitleSection))
        ids.append(index.data(ReviewQueueModel::ItemIdRole).toLongLong());
    // Keep the queue's order, which is what the reviewer sees.
    std::ranges::sort(ids, {}, [this](qint64 id) {
        return m_desk->filter().mapFromSource(m_desk->queue().index(m_desk->queue().rowOf(id), 0)).row();
    });
    return ids;
}

void ReviewPage::decide(Action action)
{
    if (m_dialog || m_desk->bulk().isRunning())
        return;
    QList<qint64> ids = selectedIds();
    const bool bulk = ids.size() > 1;
    if (bulk && action != Action::Approve && action != Action::Reject) {
        m_pane->showMessage(tr("Only approve and reject apply to several items; select one item to publish it."),
                            true);
        return;
    }
    if (!bulk) {
        if (m_desk->currentId() == 0)
            return;
        ids = {m_desk->currentId()};
    }
    // A single approval or publication asks nothing: it waits a few seconds, in which Ctrl+Z takes it back, so
    // a key pressed on the wrong row costs nothing. The rest ask first.
    if (!bulk && (action == Action::Approve || action == Action::Publish)) {
        m_desk->decideLater(review::ReviewActions::Decision{action, {}, {}});
        return;
    }
    m_dialog = new DecisionDialog(action, int(ids.size()), m_desk->calendar(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, action, ids] {
        apply(action, ids, m_dialog->decision());
        m_view->setFocus();
    });
    connect(m_dialog, &QDialog::rejected, this, [this] { m_view->setFocus(); });
    m_dialog->open();
}

void ReviewPage::apply(Action action, const QList<qint64> &ids, const review::ReviewActions::Decision &decision)
{
    if (ids.size() > 1) {
        if (auto started = m_desk->decideMany(ids, decision); !started)
            m_pane->showMessage(started.error().message, true);
        return;
    }
    Q_UNUSED(action);
    m_desk->decide(decision);
}

void ReviewPage::showBulkResults()
{
    const review::BulkReview &bulk = m_desk->bulk();
    m_results->clear();
    for (const review::BulkReview::Outcome &o : bulk.outcomes()) {
        auto *row = new QListWidgetItem(o.ok ? tr("✓ %1").arg(o.title) : tr("✗ %1 — %2").arg(o.title, o.message),
                                        m_results);
        row->setData(Qt::UserRole, o.id);
        row->setForeground(o.ok ? QColor(0x1e, 0x6b, 0x35) : QColor(0xb3, 0x26, 0x1e));
    }
    m_results->show();
    m_pane->showMessage(bulk.summary(), bulk.succeeded() != int(bulk.outcomes().size()));
}

void ReviewPage::updateCount()
{
    const int waiting = m_desk->queue().rowCount();
    const int red = m_desk->notifier().overdueCount();
    m_count->setText(red > 0 ? tr("%n waiting, %1 overdue", nullptr, waiting).arg(red)
                             : tr("%n waiting", nullptr, waiting));
}

} // namespace pd::ui
