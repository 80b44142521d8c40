#pragma once
#include "plugins/livebroadcast/LiveSessionTimes.h"

#include <QStyledItemDelegate>

namespace pd::livebroadcast {

/// Edits a session's start or end in the event dialog's sessions table with a date-time editor in the desk's zone
/// (calendar popup, keyboard), so nobody types ISO text. The cell keeps the instant under TimeRole and shows it as
/// the desk reads time.
class SessionTimeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The role of a start or end cell that holds its instant (invalid: no time).
    static constexpr int TimeRole = Qt::UserRole + 3;

    /// startColumn: where the row's start is, from which an empty end begins when it is first edited.
    SessionTimeDelegate(LiveSessionTimes times, int startColumn, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const LiveSessionTimes m_times;
    const int m_startColumn;
};

} // namespace pd::livebroadcast
