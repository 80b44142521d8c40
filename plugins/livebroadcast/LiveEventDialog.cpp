#include "plugins/livebroadcast/LiveEventDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
const QStringList GuestKeys{u"name"_s, u"title"_s};

} // namespace

LiveEventDialog::LiveEventDialog(const domain::LiveEvent &event, QWidget *parent)
    : QDialog(parent)
    , m_original(event)
    , m_title(new QLineEdit(event.title, this))
    , m_venue(new QLineEdit(event.venue, this))
    , m_mode(new QComboBox(this))
    , m_sessions(table({tr("Session"), tr("Starts"), tr("Ends")}, this))
    , m_guests(table({tr("Guest"), tr("Title")}, this))
{
    setObjectName(u"liveEventDialog"_s);
    setWindowTitle(event.id == 0 ? tr("New live event") : tr("Edit live event"));
    m_title->setObjectName(u"eventTitle"_s);
    m_venue->setObjectName(u"eventVenue"_s);
    m_mode->setObjectName(u"eventMode"_s);
    m_sessions->setObjectName(u"eventSessions"_s);
    m_guests->setObjectName(u"eventGuests"_s);
    m_mode->addItem(tr("Direct — posts go out at once"), u"direct"_s);
    m_mode->addItem(tr("Reviewed — a moderator approves each post"), u"reviewed"_s);
    m_mode->setCurrentIndex(event.isReviewed() ? 1 : 0);
    QList<QStringList> sessionRows;
    for (const domain::LiveEvent::Session &s : event.sessions)
        sessionRows.append({s.title, timeText(s.startsAt), timeText(s.endsAt)});
    fill(m_sessions, sessionRows);
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
    form->addRow(tr("Mode"), m_mode);
    auto *sessions = new QVBoxLayout;
    sessions->addWidget(m_sessions);
    addRowButtons(m_sessions, sessions, this);
    form->addRow(tr("Sessions"), sessions);
    auto *guests = new QVBoxLayout;
    guests->addWidget(m_guests);
    addRowButtons(m_guests, guests, this);
    form->addRow(tr("Guests"), guests);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 560);
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
    }
    const QJsonObject edited{{u"title"_s, m_title->text().trimmed()},
                      {u"mode"_s, m_mode->currentData().toString()},
                      {u"sessions"_s, read(m_sessions, SessionKeys)},
                      {u"guests"_s, read(m_guests, GuestKeys)}};
    for (auto it = edited.begin(); it != edited.end(); ++it)
        input.insert(it.key(), it.value());
    if (!m_venue->text().trimmed().isEmpty())
        input.insert(u"venue"_s, m_venue->text().trimmed());
    return input;
}

} // namespace pd::livebroadcast
