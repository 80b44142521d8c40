#include "ui/review/ReviewTray.h"

#include "app/review/ReviewNotifier.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
QIcon badgeIcon(int count)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.drawPixmap(pixmap.rect(), QIcon(u":/icons/portaldesk.svg"_s).pixmap(64, 64));
    if (count > 0) {
        p.setBrush(QColor(0xd9, 0x2d, 0x20));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(26, 0, 38, 38));
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(count > 99 ? 16 : 24);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(26, 0, 38, 38), Qt::AlignCenter, count > 99 ? u"99+"_s : QString::number(count));
    }
    return QIcon(pixmap);
}
} // namespace

ReviewTray::ReviewTray(review::ReviewNotifier &notifier, QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        connect(m_icon, &QSystemTrayIcon::activated, this, &ReviewTray::activated);
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ReviewTray::activated);
        update(0);
        m_icon->show();
    }
    connect(&notifier, &review::ReviewNotifier::waitingCountChanged, this, &ReviewTray::update);
    connect(&notifier, &review::ReviewNotifier::itemArrived, this, [this](qint64, const QString &title) {
        if (m_icon)
            m_icon->showMessage(tr("New item to review"), title, QSystemTrayIcon::Information);
    });
    connect(&notifier, &review::ReviewNotifier::itemOverdue, this, [this](qint64, const QString &title) {
        if (m_icon)
            m_icon->showMessage(tr("Review overdue"), title, QSystemTrayIcon::Warning);
    });
}

QString ReviewTray::toolTipFor(int count)
{
    return tr("PortalDesk: %n item(s) waiting for review", nullptr, count);
}

void ReviewTray::update(int count)
{
    if (!m_icon)
        return;
    m_icon->setIcon(badgeIcon(count));
    m_icon->setToolTip(toolTipFor(count));
}

} // namespace pd::ui
