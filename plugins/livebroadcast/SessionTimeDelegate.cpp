#include "plugins/livebroadcast/SessionTimeDelegate.h"

#include <QDateTimeEdit>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

SessionTimeDelegate::SessionTimeDelegate(LiveSessionTimes times, int startColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_times(std::move(times))
    , m_startColumn(startColumn)
{
}

QWidget *SessionTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateTimeEdit(parent);
    editor->setObjectName(u"sessionTimeEdit"_s);
    editor->setTimeZone(m_times.zone());
    editor->setDisplayFormat(LiveSessionTimes::DisplayFormat.toString());
    editor->setCalendarPopup(true);
    return editor;
}

void SessionTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    QDateTime moment = index.data(TimeRole).toDateTime();
    // An empty end starts from the session's start, an empty start from the next full hour.
    if (!moment.isValid() && index.column() != m_startColumn)
        moment = index.siblingAtColumn(m_startColumn).data(TimeRole).toDateTime();
    if (!moment.isValid()) {
        const QDateTime now = m_times.local(QDateTime::currentDateTimeUtc());
        moment = QDateTime(now.date(), QTime(now.time().hour(), 0), m_times.zone()).addSecs(3600);
    }
    static_cast<QDateTimeEdit *>(editor)->setDateTime(m_times.local(moment));
}

void SessionTimeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDateTime moment = static_cast<QDateTimeEdit *>(editor)->dateTime();
    model->setData(index, moment, TimeRole);
    model->setData(index, m_times.displayText(moment), Qt::DisplayRole);
}

} // namespace pd::livebroadcast
