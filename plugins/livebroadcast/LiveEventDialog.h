#pragma once
#include "app/domain/LiveEvent.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace pd::livebroadcast {

/// Creates or edits a live event: title, venue, mode (direct / reviewed), sessions and guests with their titles.
class LiveEventDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEventDialog)

public:
    /// event: the event to edit, or a default one (id 0) for a new one.
    explicit LiveEventDialog(const domain::LiveEvent &event, QWidget *parent = nullptr);

    /// The fields as a LiveEventInput (empty table rows left out).
    [[nodiscard]] QJsonObject input() const;

private:
    static QTableWidget *table(const QStringList &headers, QWidget *parent);
    static void addRowButtons(QTableWidget *table, QLayout *layout, QWidget *parent);

    domain::LiveEvent m_original;
    QLineEdit *m_title;
    QLineEdit *m_venue;
    QComboBox *m_mode;
    QTableWidget *m_sessions;
    QTableWidget *m_guests;
};

} // namespace pd::livebroadcast
