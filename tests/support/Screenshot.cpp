#include "tests/support/Screenshot.h"

#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QScreen>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <tuple>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

/// The file for `name`, the directory made; empty when no screenshots are wanted.
QString pathFor(const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    return dir + u'/' + name + u".png"_s;
}

/// Sees whether a widget paints.
class PaintWatch : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

/// Asks `widget` to paint again and waits until it has: a picture taken right after a change (a dialog just
/// exposed, a chart laid out, a placeholder removed) then shows the change, not what was on the screen before.
void settle(QWidget *widget)
{
    PaintWatch watch;
    widget->installEventFilter(&watch);
    widget->update();
    // A window that does not paint (hidden, minimised) is still pictured as it is.
    std::ignore = QTest::qWaitFor([&watch] { return watch.painted; }, 2000);
    widget->removeEventFilter(&watch);
}

} // namespace

bool Screenshot::grab(QWidget *widget, const QString &name)
{
    const QString path = pathFor(name);
    if (path.isEmpty())
        return true;
    settle(widget);
    return widget->grab().save(path);
}

bool Screenshot::grabWindow(QWidget *widget, const QString &name)
{
    const QString path = pathFor(name);
    if (path.isEmpty())
        return true;
    QWidget *window = widget->window();
    settle(window);
    QWindow *handle = window->windowHandle();
    return handle && handle->screen() && handle->screen()->grabWindow(window->winId()).save(path);
}

} // namespace pd::test
