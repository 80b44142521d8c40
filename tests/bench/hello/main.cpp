// The yardstick for client.startup.ratio: the smallest Qt Widgets program, measured exactly like portaldesk
// --quit-after-shown (process start until the first window is exposed and the event loop has returned).
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

/// Quits the application once the watched window is first exposed on screen.
class QuitWhenExposed : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed() && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(u"Hello, world — 你好，世界"_s);
    label.resize(400, 200);
    label.winId(); // create the native window now so the filter sees its first expose
    QuitWhenExposed quitter;
    label.windowHandle()->installEventFilter(&quitter);
    label.show();
    return app.exec();
}
