#pragma once
#include <QObject>

class QSystemTrayIcon;

namespace pd::review {
class ReviewNotifier;
}

namespace pd::ui {

/// The review queue in the system tray: an icon with the number of waiting items, the count in the tooltip,
/// and a desktop notification when an item arrives or turns red. Does nothing where there is no tray.
class ReviewTray : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewTray)

public:
    explicit ReviewTray(review::ReviewNotifier &notifier, QObject *parent = nullptr);

    /// Whether an icon is shown (a system tray exists).
    [[nodiscard]] bool isShown() const { return m_icon != nullptr; }
    /// The tooltip text for `count` waiting items.
    [[nodiscard]] static QString toolTipFor(int count);

Q_SIGNALS:
    /// The user clicked the icon or a notification: bring the queue up.
    void activated();

private:
    void update(int count);

    QSystemTrayIcon *m_icon = nullptr;
};

} // namespace pd::ui
