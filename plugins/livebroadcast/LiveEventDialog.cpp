#include "plugins/livebroadcast/LiveEventDialog.h"
#include "plugins/livebroadcast/LiveGuestModel.h"
#include "plugins/livebroadcast/LiveSessionTimes.h"
#include "plugins/livebroadcast/SessionTimeDelegate.h"

#include "app/media/PhotoPipeline.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
}

const QStringList SessionKeys{u"title"_s, u"startsAt"_s, u"endsAt"_s};
// The sessions table: title, starts, ends (SessionTimeDelegate), then the team's two columns (chosen, ids in
// IdsRole); the session's id rides on the title cell, so an edit keeps the session the posts belong to.
constexpr int ReportersColumn = 3;
constexpr int ModeratorsColumn = 4;
constexpr int IdsRole = Qt::UserRole + 1;
constexpr int SessionIdRole = Qt::UserRole + 2;
// A start or end cell's instant; the cell's text is that instant in the desk's zone.
constexpr int TimeRole = SessionTimeDelegate::TimeRole;
constexpr int StartsColumn = 1;
constexpr int EndsColumn = 2;

QList<qint64> idsOf(const QTableWidgetItem *item)
{
    QList<qint64> ids;
    if (item)
        for (const QVariant &v : item->data(IdsRole).toList())
            ids.append(v.toLongLong());
    return ids;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

/// A portrait needs far fewer pixels than a news photo; the pipeline also strips what the camera wrote into it.
constexpr int GuestPhotoLongEdge = 800;

} // namespace

LiveEventDialog::LiveEventDialog(const domain::LiveEvent &event, const QList<domain::LiveStaffMember> &people,
                                 plugins::PanelHost &host, QWidget *parent)
    : QDialog(parent)
    , m_original(event)
    , m_title(new QLineEdit(event.title, this))
    , m_venue(new QLineEdit(event.venue, this))
    , m_people(people)
    , m_kind(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_sessions(table({tr("Session"), tr("Starts"), tr("Ends"), tr("Reporters"), tr("Moderators")}, this))
    , m_host(host)
    , m_guestModel(new LiveGuestModel(event.guests, this))
    , m_guests(new QTableView(this))
    , m_choosePhoto(new QPushButton(tr("Choose photo…"), this))
    , m_removePhoto(new QPushButton(tr("Remove photo"), this))
    , m_guestProblem(new QLabel(this))
    , m_sessionProblem(new QLabel(this))
{
    setObjectName(u"liveEventDialog"_s);
    setWindowTitle(event.id == 0 ? tr("New live event") : tr("Edit live event"));
    m_title->setObjectName(u"eventTitle"_s);
    m_venue->setObjectName(u"eventVenue"_s);
    m_mode->setObjectName(u"eventMode"_s);
    m_kind->setObjectName(u"eventKind"_s);
    m_kind->addItem(tr("Forum"), u"forum"_s);
    m_kind->addItem(tr("Press conference"), u"press"_s);
    m_kind->addItem(tr("Hearing"), u"hearing"_s);
    m_kind->addItem(tr("Online interview"), u"interview"_s);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(domain::liveEventKindCode(event.kind))));
    m_sessions->setObjectName(u"eventSessions"_s);
    // Wide enough for a time and its editor's calendar button.
    m_sessions->setColumnWidth(0, 260);
    m_sessions->setColumnWidth(StartsColumn, 170);
    m_sessions->setColumnWidth(EndsColumn, 170);
    auto *timeDelegate = new SessionTimeDelegate(m_times, StartsColumn, m_sessions);
    m_sessions->setItemDelegateForColumn(StartsColumn, timeDelegate);
    m_sessions->setItemDelegateForColumn(EndsColumn, timeDelegate);
    // Arrows move between cells; Tab goes on to the table's buttons, as it does from the guests.
    m_sessions->setTabKeyNavigation(false);
    // A session need not have times, so a time set by mistake can be taken away again: Delete or Backspace on the
    // cell (not while its editor is open, which takes the keys itself).
    for (const int column : {StartsColumn, EndsColumn})
        m_sessions->horizontalHeaderItem(column)->setToolTip(
            tr("Double-click or F2 sets the time; Delete clears it."));
    for (const QKeySequence &key : {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)}) {
        auto *clear = new QShortcut(key, m_sessions);
        clear->setContext(Qt::WidgetShortcut);
        connect(clear, &QShortcut::activated, this, &LiveEventDialog::clearSessionTime);
    }
    m_sessionProblem->setObjectName(u"sessionTimeProblem"_s);
    m_sessionProblem->setWordWrap(true);
    m_sessionProblem->setStyleSheet(u"color: #b3261e;"_s);
    m_sessionProblem->hide();
    m_sessions->setColumnWidth(ReportersColumn, 120);
    m_guests->setObjectName(u"eventGuests"_s);
    m_mode->addItem(tr("Direct — posts go out at once"), u"direct"_s);
    m_mode->addItem(tr("Reviewed — a moderator approves each post"), u"reviewed"_s);
    m_mode->setCurrentIndex(event.isReviewed() ? 1 : 0);
    QList<QStringList> sessionRows;
    for (const domain::LiveEvent::Session &s : event.sessions)
        sessionRows.append({s.title, m_times.displayText(s.startsAt), m_times.displayText(s.endsAt)});
    fill(m_sessions, sessionRows);
    for (int r = 0; r < event.sessions.size(); ++r) {
        m_sessions->item(r, 0)->setData(SessionIdRole, event.sessions.at(r).id);
        m_sessions->item(r, StartsColumn)->setData(TimeRole, event.sessions.at(r).startsAt);
        m_sessions->item(r, EndsColumn)->setData(TimeRole, event.sessions.at(r).endsAt);
        setTeam(r, ReportersColumn, event.sessions.at(r).reporters);
        setTeam(r, ModeratorsColumn, event.sessions.at(r).moderators);
    }
    // A new event takes its kind's mode (a hearing is reviewed, a press conference direct) until the person
    // chooses one.
    if (event.id == 0)
        connect(m_kind, &QComboBox::activated, this, [this] {
            const auto kind = domain::liveEventKindFromCode(m_kind->currentData().toString());
            m_mode->setCurrentIndex(kind && domain::defaultLiveMode(*kind) == domain::LiveMode::Reviewed ? 1 : 0);
        });
    // The team cells are chosen from the site's live staff, not typed.
    connect(m_sessions, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column == ReportersColumn || column == ModeratorsColumn)
            chooseTeam(column);
    });
    m_guests->setModel(m_guestModel);
    m_guests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_guests->setSelectionMode(QAbstractItemView::SingleSelection);
    // Arrows move between cells; Tab goes on to the guest buttons, so choosing a photo needs no mouse.
    m_guests->setTabKeyNavigation(false);
    m_guests->verticalHeader()->hide();
    m_guests->verticalHeader()->setDefaultSectionSize(LiveGuestModel::ThumbnailSize + 8);
    m_guests->setIconSize(QSize(LiveGuestModel::ThumbnailSize, LiveGuestModel::ThumbnailSize));
    m_guests->horizontalHeader()->setStretchLastSection(true);
    m_guests->setColumnWidth(LiveGuestModel::NameColumn, 180);
    m_guests->setColumnWidth(LiveGuestModel::TitleColumn, 420);
    m_guests->setMinimumHeight(150);
    m_choosePhoto->setObjectName(u"guestChoosePhoto"_s);
    m_removePhoto->setObjectName(u"guestRemovePhoto"_s);
    m_guestProblem->setObjectName(u"guestPhotoProblem"_s);
    m_guestProblem->setWordWrap(true);
    m_guestProblem->setStyleSheet(u"color: #b3261e;"_s);
    m_guestProblem->hide();
    connect(m_choosePhoto, &QPushButton::clicked, this, &LiveEventDialog::chooseGuestPhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        showGuestProblem({});
        m_guestModel->removePhoto(m_guests->currentIndex().row());
        updateOk();
    });
    fetchGuestThumbnails();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    updateOk();
    connect(m_title, &QLineEdit::textChanged, this, &LiveEventDialog::updateOk);
    connect(m_sessions, &QTableWidget::itemChanged, this, &LiveEventDialog::updateOk);
    connect(m_sessions->model(), &QAbstractItemModel::rowsRemoved, this, &LiveEventDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Venue"), m_venue);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Mode"), m_mode);
    auto *sessions = new QVBoxLayout;
    sessions->addWidget(m_sessions);
    const auto [addSession, removeSession] = addRowButtons(m_sessions, sessions, this);
    addSession->setObjectName(u"sessionAdd"_s);
    removeSession->setObjectName(u"sessionRemove"_s);
    auto *teams = new QHBoxLayout;
    auto *reporters = new QPushButton(tr("Reporters…"), this);
    reporters->setObjectName(u"sessionReporters"_s);
    auto *moderators = new QPushButton(tr("Moderators…"), this);
    moderators->setObjectName(u"sessionModerators"_s);
    connect(reporters, &QPushButton::clicked, this, [this] { chooseTeam(ReportersColumn); });
    connect(moderators, &QPushButton::clicked, this, [this] { chooseTeam(ModeratorsColumn); });
    teams->addWidget(new QLabel(tr("Team of the selected sub-forum (nobody chosen: everyone of the site):"), this));
    teams->addWidget(reporters);
    teams->addWidget(moderators);
    teams->addStretch(1);
    sessions->addLayout(teams);
    sessions->addWidget(m_sessionProblem);
    form->addRow(tr("Sessions"), sessions);
    auto *guests = new QVBoxLayout;
    guests->addWidget(m_guests);
    auto *guestButtons = new QHBoxLayout;
    auto *addGuest = new QPushButton(tr("Add"), this);
    addGuest->setObjectName(u"guestAdd"_s);
    auto *removeGuest = new QPushButton(tr("Remove"), this);
    removeGuest->setObjectName(u"guestRemove"_s);
    connect(addGuest, &QPushButton::clicked, this, [this] {
        const int row = m_guestModel->rowCount();
        m_guestModel->insertRows(row, 1);
        const QModelIndex name = m_guestModel->index(row, LiveGuestModel::NameColumn);
        m_guests->setCurrentIndex(name);
        m_guests->edit(name);
    });
    connect(removeGuest, &QPushButton::clicked, this, [this] {
        if (const int row = m_guests->currentIndex().row(); row >= 0)
            m_guestModel->removeRows(row, 1);
        updateOk();
    });
    guestButtons->addWidget(addGuest);
    guestButtons->addWidget(removeGuest);
    guestButtons->addSpacing(16);
    guestButtons->addWidget(m_choosePhoto);
    guestButtons->addWidget(m_removePhoto);
    guestButtons->addStretch(1);
    guests->addLayout(guestButtons);
    guests->addWidget(m_guestProblem);
    form->addRow(tr("Guests"), guests);
    // The widgets were made out of their visual order; Tab follows what the person sees.
    QWidget::setTabOrder({m_title, m_venue, m_kind, m_mode, m_sessions, addSession, removeSession, reporters,
                          moderators, m_guests, addGuest, removeGuest, m_choosePhoto, m_removePhoto,
                          buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel)});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(960, 640);
}

void LiveEventDialog::chooseGuestPhoto()
{
    const int row = m_guests->currentIndex().row();
    if (row < 0) {
        showGuestProblem(tr("Select the guest whose photo you want to choose."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the guest's photo"), {},
                                                      tr("Images (*.jpg *.jpeg *.png *.webp)"));
    if (!path.isEmpty())
        setGuestPhotoFile(row, path);
}

void LiveEventDialog::setGuestPhotoFile(int row, const QString &path)
{
    if (row < 0 || row >= m_guestModel->rowCount())
        return;
    showGuestProblem({});
    const QString fileName = QFileInfo(path).fileName();
    media::PhotoOptions options;
    options.maxLongEdge = GuestPhotoLongEdge;
    const auto prepared = media::PhotoPipeline::prepareFile(path, options);
    if (!prepared) {
        showGuestProblem(tr("%1 cannot be the guest's photo: %2").arg(fileName, prepared.error().message));
        return;
    }
    QImage picture;
    picture.loadFromData(prepared->jpeg, "JPEG");
    const LiveGuestModel::RowKey key = m_guestModel->keyOf(row);
    m_guestModel->setUploading(key, true);
    updateOk();
    QPointer self(this);
    m_host.uploadLiveMedia(prepared->jpeg, "image/jpeg", QFileInfo(path).completeBaseName() + u".jpg"_s, {},
                           [self, key, picture, fileName](Result<domain::MediaInfo> media) {
                               if (!self)
                                   return;
                               if (!media) {
                                   self->m_guestModel->setUploading(key, false);
                                   self->showGuestProblem(tr("The photo %1 could not be uploaded: %2")
                                                              .arg(fileName, media.error().message));
                               } else {
                                   self->m_guestModel->setPhoto(key, media->id, picture);
                               }
                               self->updateOk();
                           });
}

void LiveEventDialog::fetchGuestThumbnails()
{
    QPointer self(this);
    for (const QString &url : m_guestModel->missingThumbnails())
        m_host.liveMedia(url, [self, url](Result<QByteArray> bytes) {
            if (!self)
                return;
            QImage picture;
            if (bytes && picture.loadFromData(*bytes))
                self->m_guestModel->setThumbnail(url, picture);
            else
                self->m_guestModel->setThumbnailFailed(url);
        });
}

void LiveEventDialog::showGuestProblem(const QString &message)
{
    m_guestProblem->setText(message);
    m_guestProblem->setVisible(!message.isEmpty());
}

void LiveEventDialog::clearSessionTime()
{
    QTableWidgetItem *item = m_sessions->currentItem();
    if (!item || (item->column() != StartsColumn && item->column() != EndsColumn))
        return;
    item->setData(TimeRole, QVariant());
    item->setText(QString());
}

void LiveEventDialog::updateOk()
{
    // A session ending before it starts is said here, before portald would refuse the whole event for it.
    QString problem;
    for (int r = 0; r < m_sessions->rowCount() && problem.isEmpty(); ++r) {
        const QTableWidgetItem *title = m_sessions->item(r, 0);
        problem = LiveSessionTimes::problem(title ? title->text().trimmed() : QString(), timeAt(r, StartsColumn),
                                            timeAt(r, EndsColumn));
    }
    m_sessionProblem->setText(problem);
    m_sessionProblem->setVisible(!problem.isEmpty());
    if (m_ok)
        m_ok->setEnabled(!m_title->text().trimmed().isEmpty() && !m_guestModel->isUploading() && problem.isEmpty());
}

QDateTime LiveEventDialog::timeAt(int row, int column) const
{
    const QTableWidgetItem *item = m_sessions->item(row, column);
    if (!item)
        return {};
    const QDateTime moment = item->data(TimeRole).toDateTime();
    return moment.isValid() ? moment : m_times.fromDisplayText(item->text());
}

void LiveEventDialog::setTeam(int row, int column, const QList<qint64> &ids)
{
    QStringList names;
    QVariantList stored;
    for (qint64 id : ids) {
        const auto it = std::ranges::find(m_people, id, &domain::LiveStaffMember::id);
        names.append(it != m_people.end() ? it->displayName : tr("user %1").arg(id));
        stored.append(id);
    }
    auto *item = new QTableWidgetItem(names.join(u"、"_s));
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setData(IdsRole, stored);
    item->setToolTip(tr("Double-click to choose"));
    m_sessions->setItem(row, column, item);
}

void LiveEventDialog::chooseTeam(int column)
{
    const int row = m_sessions->currentRow();
    if (row < 0)
        return;
    const bool reporters = column == ReportersColumn;
    QDialog chooser(this);
    chooser.setObjectName(u"teamDialog"_s);
    chooser.setWindowTitle(reporters ? tr("Reporters of this sub-forum") : tr("Moderators of this sub-forum"));
    auto *list = new QListWidget(&chooser);
    list->setObjectName(u"teamList"_s);
    const QList<qint64> chosen = idsOf(m_sessions->item(row, column));
    for (const domain::LiveStaffMember &m : std::as_const(m_people)) {
        if (reporters ? !m.reporter : !m.moderator)
            continue;
        auto *item = new QListWidgetItem(m.displayName, list);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &chooser);
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    auto *layout = new QVBoxLayout(&chooser);
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (chooser.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    // Someone chosen before who is no longer on the list (a role taken away) stays until removed here.
    for (qint64 id : chosen)
        if (std::ranges::find(m_people, id, &domain::LiveStaffMember::id) == m_people.end())
            ids.append(id);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    setTeam(row, column, ids);
}

QTableWidget *LiveEventDialog::table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setMinimumHeight(120);
    return t;
}

std::pair<QPushButton *, QPushButton *> LiveEventDialog::addRowButtons(QTableWidget *table, QLayout *layout,
                                                                      QWidget *parent)
{
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), parent);
    auto *remove = new QPushButton(tr("Remove"), parent);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    static_cast<QBoxLayout *>(layout)->addLayout(row);
    return {add, remove};
}

QJsonObject LiveEventDialog::input() const
{
    // A PUT replaces the editable fields: what this dialog does not show is carried over unchanged — the review
    // groups above all, which only their own editor changes.
    QJsonObject input;
    if (m_original.id != 0) {
        input.insert(u"summary"_s, m_original.summary);
        if (m_original.startsAt.isValid())
            input.insert(u"startsAt"_s, m_times.wireText(m_original.startsAt));
        input.insert(u"review"_s, m_original.review.toJson());
        if (!m_original.host.name.isEmpty())
            input.insert(u"host"_s, QJsonObject{{u"name"_s, m_original.host.name}, {u"title"_s, m_original.host.title}});
    }
    // Each session row with its id (none for a new one) and its team.
    QJsonArray sessions;
    for (int r = 0; r < m_sessions->rowCount(); ++r) {
        const QTableWidgetItem *title = m_sessions->item(r, 0);
        if (!title || title->text().trimmed().isEmpty())
            continue;
        QJsonObject row{{u"title"_s, title->text().trimmed()},
                        {u"reporters"_s, idArray(idsOf(m_sessions->item(r, ReportersColumn)))},
                        {u"moderators"_s, idArray(idsOf(m_sessions->item(r, ModeratorsColumn)))}};
        if (const qint64 id = title->data(SessionIdRole).toLongLong(); id > 0)
            row.insert(u"id"_s, id);
        for (int c = StartsColumn; c <= EndsColumn; ++c)
            if (const QString time = m_times.wireText(timeAt(r, c)); !time.isEmpty())
                row.insert(SessionKeys.at(c), time);
        sessions.append(row);
    }
    const QJsonObject edited{{u"title"_s, m_title->text().trimmed()},
                      {u"kind"_s, m_kind->currentData().toString()},
                      {u"mode"_s, m_mode->currentData().toString()},
                      {u"sessions"_s, sessions},
                      {u"guests"_s, m_guestModel->input()}};
    for (auto it = edited.begin(); it != edited.end(); ++it)
        input.insert(it.key(), it.value());
    if (!m_venue->text().trimmed().isEmpty())
        input.insert(u"venue"_s, m_venue->text().trimmed());
    return input;
}

} // namespace pd::livebroadcast
