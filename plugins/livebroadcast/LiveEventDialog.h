#pragma once
#include "app/domain/LiveEvent.h"
#include "app/domain/LiveStaffMember.h"
#include "plugins/livebroadcast/LiveSessionTimes.h"
#include "plugins/api/PanelHost.h"

#include <QDialog>
#include <QJsonObject>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace pd::livebroadcast {

class LiveGuestModel;

/// Creates or edits a live event: title, venue, kind (论坛, 新闻发布会, 听证会, 在线访谈), mode (direct / reviewed),
/// sessions — each sub-forum with its team of reporters and moderators — and guests with their titles and photos
/// (an image file uploaded through the host when chosen, shown as a thumbnail).
class LiveEventDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEventDialog)

public:
    /// event: the event to edit, or a default one (id 0) for a new one. people: whom a sub-forum's team may name.
    /// host: where guests' photos are fetched from and uploaded to.
    LiveEventDialog(const domain::LiveEvent &event, const QList<domain::LiveStaffMember> &people,
                    plugins::PanelHost &host, QWidget *parent = nullptr);

    /// The fields as a LiveEventInput (empty table rows left out).
    [[nodiscard]] QJsonObject input() const;

    /// Makes the image file at `path` the photo of the guest in `row` (what the 选择照片… file dialog ends in): read,
    /// stripped of its metadata, uploaded; a file that is no image or an upload that fails is reported in the dialog
    /// and the guest keeps the photo it had. Invokable: the plugin is not linked by tests.
    Q_INVOKABLE void setGuestPhotoFile(int row, const QString &path);

private:
    static QTableWidget *table(const QStringList &headers, QWidget *parent);
    /// The table's 添加 and 删除 buttons, in a row added to `layout`.
    static std::pair<QPushButton *, QPushButton *> addRowButtons(QTableWidget *table, QLayout *layout,
                                                                 QWidget *parent);
    /// The instant in a session row's start or end cell; invalid when it is empty.
    [[nodiscard]] QDateTime timeAt(int row, int column) const;
    /// Shows a team (user ids) in a session row's reporters or moderators cell.
    void setTeam(int row, int column, const QList<qint64> &ids);
    /// Lets the person tick the team of the current session row (column: reporters or moderators).
    void chooseTeam(int column);
    void chooseGuestPhoto();
    void fetchGuestThumbnails();
    void showGuestProblem(const QString &message);
    /// OK waits for a title, for every photo on the wire and for sessions that end after they start.
    void updateOk();
    /// Empties the current start or end cell of the sessions.
    void clearSessionTime();

    domain::LiveEvent m_original;
    LiveSessionTimes m_times;
    QLineEdit *m_title;
    QLineEdit *m_venue;
    QList<domain::LiveStaffMember> m_people;
    QComboBox *m_kind;
    QComboBox *m_mode;
    QTableWidget *m_sessions;
    plugins::PanelHost &m_host;
    LiveGuestModel *m_guestModel;
    QTableView *m_guests;
    QPushButton *m_choosePhoto;
    QPushButton *m_removePhoto;
    QLabel *m_guestProblem;
    QLabel *m_sessionProblem;
    QPushButton *m_ok = nullptr;
};

} // namespace pd::livebroadcast
