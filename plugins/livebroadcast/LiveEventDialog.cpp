#include "plugins/livebroadcast/LiveEventDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

/// A schedule time as the person typed it: with its offset, to the second.
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QJsonArray read(const QTableWidget *table, const QStringList &keys)
{
    QJsonArray rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QJsonObject row;
        for (int c = 0; c < keys.size(); ++c) {
            const QTableWidgetItem *item = table->item(r, c);
            const QString value = item ? item->text().trimmed() : QString();
            if (!value.isEmpty())
                row.insert(keys.at(c), value);
        }
        if (!row.value(keys.first()).toString().isEmpty())
            rows.append(row);
    }
    return rows;
}

const QStringList SessionKeys{u"title"_s, u"startsAt"_s, u"endsAt"_s};
// The sessions table: title, starts, ends (typed), then the team's two columns (chosen, ids in IdsRole); the
// session's id rides on the title cell, so an edit keeps the session the posts belong to.
constexpr int ReportersColumn = 3;
constexpr int ModeratorsColumn = 4;
constexpr int IdsRole = Qt::UserRole + 1;
constexpr int SessionIdRole = Qt::UserRole + 2;

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
const QStringList GuestKeys{u"name"_s, u"title"_s};

} // namespace

LiveEventDialog::LiveEventDialog(const domain::LiveEvent &event, const QList<domain::LiveStaffMember> &people,
                                 QWidget *parent)
    : QDialog(parent)
    , m_original(event)
    , m_title(new QLineEdit(event.title, this))
    , m_venue(new QLineEdit(event.venue, this))
    , m_people(people)
    , m_kind(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_sessions(table({tr("Session"), tr("Starts"), tr("Ends"), tr("Reporters"), tr("Moderators")}, this))
    , m_guests(table({tr("Guest"), tr("Title")}, this))
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
    m_guests->setObjectName(u"eventGuests"_s);
    m_mode->addItem(tr("Direct — posts go out at once"), u"direct"_s);
    m_mode->addItem(tr("Reviewed — a moderator approves each post"), u"reviewed"_s);
    m_mode->setCurrentIndex(event.isReviewed() ? 1 : 0);
    QList<QStringList> sessionRows;
    for (const domain::LiveEvent::Session &s : event.sessions)
        sessionRows.append({s.title, timeText(s.startsAt), timeText(s.endsAt)});
    fill(m_sessions, sessionRows);
    for (int r = 0; r < event.sessions.size(); ++r) {
        m_sessions->item(r, 0)->setData(SessionIdRole, event.sessions.at(r).id);
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
    QList<QStringList> guestRows;
    for (const domain::LiveEvent::Guest &g : event.guests)
        guestRows.append({g.name, g.title});
    fill(m_guests, guestRows);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Venue"), m_venue);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Mode"), m_mode);
    auto *sessions = new QVBoxLayout;
    sessions->addWidget(m_sessions);
    addRowButtons(m_sessions, sessions, this);
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
    form->addRow(tr("Sessions"), sessions);
    auto *guests = new QVBoxLayout;
    guests->addWidget(m_guests);
    addRowButtons(m_guests, guests, this);
    form->addRow(tr("Guests"), guests);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 600);
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

void LiveEventDialog::addRowButtons(QTableWidget *table, QLayout *layout, QWidget *parent)
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
}

QJsonObject LiveEventDialog::input() const
{
    // A PUT replaces the editable fields: what this dialog does not show is carried over unchanged — the review
    // groups above all, which only their own editor changes.
    QJsonObject input;
    if (m_original.id != 0) {
        input.insert(u"summary"_s, m_original.summary);
        if (m_original.startsAt.isValid())
            input.insert(u"startsAt"_s, timeText(m_original.startsAt));
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
        for (int c = 1; c < SessionKeys.size(); ++c)
            if (const QTableWidgetItem *item = m_sessions->item(r, c); item && !item->text().trimmed().isEmpty())
                row.insert(SessionKeys.at(c), item->text().trimmed());
        sessions.append(row);
    }
    const QJsonObject edited{{u"title"_s, m_title->text().trimmed()},
                      {u"kind"_s, m_kind->currentData().toString()},
                      {u"mode"_s, m_mode->currentData().toString()},
                      {u"sessions"_s, sessions},
                      {u"guests"_s, read(m_guests, GuestKeys)}};
    for (auto it = edited.begin(); it != edited.end(); ++it)
        input.insert(it.key(), it.value());
    if (!m_venue->text().trimmed().isEmpty())
        input.insert(u"venue"_s, m_venue->text().trimmed());
    return input;
}

} // namespace pd::livebroadcast
