#pragma once
#include "app/domain/LiveEvent.h"
#include "app/domain/LiveStaffMember.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace pd::livebroadcast {

/// Creates or edits a live event: title, venue, kind (论坛, 新闻发布会, 听证会, 在线访谈), mode (direct / reviewed),
/// sessions — each sub-forum with its team of reporters and moderators — and guests with their titles.
class LiveEventDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEventDialog)

public:
    /// event: the event to edit, or a default one (id 0) for a new one. people: whom a sub-forum's team may name.
    LiveEventDialog(const domain::LiveEvent &event, const QList<domain::LiveStaffMember> &people,
                    QWidget *parent = nullptr);

    /// The fields as a LiveEventInput (empty table rows left out).
    [[nodiscard]] QJsonObject input() const;

private:
    static QTableWidget *table(const QStringList &headers, QWidget *parent);
    static void addRowButtons(QTableWidget *table, QLayout *layout, QWidget *parent);
    /// Shows a team (user ids) in a session row's reporters or moderators cell.
    void setTeam(int row, int column, const QList<qint64> &ids);
    /// Lets the person tick the team of the current session row (column: reporters or moderators).
    void chooseTeam(int column);

    domain::LiveEvent m_original;
    QLineEdit *m_title;
    QLineEdit *m_venue;
    QList<domain::LiveStaffMember> m_people;
    QComboBox *m_kind;
    QComboBox *m_mode;
    QTableWidget *m_sessions;
    QTableWidget *m_guests;
};

} // namespace pd::livebroadcast
