#include "ui/dashboard/MarginTrayNotifier.h"

#include "app/models/SiteHealthWatch.h"

#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;
using pd::models::SiteHealthWatch;

namespace pd::ui {

MarginTrayNotifier::MarginTrayNotifier(SiteHealthWatch &watch, const QIcon &icon, QObject *parent) : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(title());
    }
    connect(&watch, &SiteHealthWatch::enteredMargin, this, &MarginTrayNotifier::notify);
}

QString MarginTrayNotifier::title()
{
    return tr("Columns about to go stale");
}

QStringList MarginTrayNotifier::lines(const QList<domain::ColumnHealth> &columns)
{
    QStringList out;
    for (const domain::ColumnHealth &c : columns)
        out.append(SiteHealthWatch::columnText(c));
    return out;
}

QString MarginTrayNotifier::text(const QList<domain::ColumnHealth> &columns)
{
    return lines(columns).join(u'\n');
}

QString MarginTrayNotifier::statusText(const QList<domain::ColumnHealth> &columns)
{
    //: The status bar's form of the tray notification: its title, then the columns.
    return tr("%1: %2").arg(title(), lines(columns).join(tr("; ")));
}

void MarginTrayNotifier::notify(qint64, const QList<domain::ColumnHealth> &columns)
{
    const QString body = text(columns);
    Q_EMIT message(statusText(columns));
    if (!m_tray)
        return;
    m_tray->show();
    m_tray->showMessage(title(), body, QSystemTrayIcon::Warning);
}

} // namespace pd::ui
