#include "tests/support/Screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QWidget>
#include <QWindow>

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

} // namespace

bool Screenshot::grab(QWidget *widget, const QString &name)
{
    const QString path = pathFor(name);
    return path.isEmpty() || widget->grab().save(path);
}

bool Screenshot::grabWindow(QWidget *widget, const QString &name)
{
    const QString path = pathFor(name);
    if (path.isEmpty())
        return true;
    QWidget *window = widget->window();
    QWindow *handle = window->windowHandle();
    return handle && handle->screen() && handle->screen()->grabWindow(window->winId()).save(path);
}

} // namespace pd::test
