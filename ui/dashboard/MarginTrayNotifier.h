#pragma once
#include "app/domain/ColumnHealth.h"

#include <QObject>

class QSystemTrayIcon;

namespace pd::models {
class SiteHealthWatch;
}

namespace pd::ui {

/// A tray notification when a column enters its warning margin, so an editor hears of it without the 工作台 open;
/// where the desktop has no tray, the same text goes to message() (the main window's status bar).
class MarginTrayNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarginTrayNotifier)

public:
    MarginTrayNotifier(models::SiteHealthWatch &watch, const QIcon &icon, QObject *parent = nullptr);

    /// The notification's title and text for these columns.
    [[nodiscard]] static QString title();
    [[nodiscard]] static QString text(const QList<domain::ColumnHealth> &columns);
    /// The one-line form for the status bar, where there is no tray: title and columns with Chinese punctuation.
    [[nodiscard]] static QString statusText(const QList<domain::ColumnHealth> &columns);

Q_SIGNALS:
    void message(const QString &text);

private:
    /// One line per column, in the words of the dashboard.
    [[nodiscard]] static QStringList lines(const QList<domain::ColumnHealth> &columns);
    void notify(qint64 siteId, const QList<domain::ColumnHealth> &columns);

    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace pd::ui
