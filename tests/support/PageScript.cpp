#include "tests/support/PageScript.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>

#include <memory>
#include <optional>

namespace pd::test {

QVariant PageScript::run(QWebEnginePage *page, const QString &script, int timeoutMs)
{
    // Shared with the callback: a result arriving after the time-out must not write into a finished call.
    auto result = std::make_shared<std::optional<QVariant>>();
    auto loop = std::make_shared<QPointer<QEventLoop>>();
    page->runJavaScript(script, [result, loop](const QVariant &value) {
        *result = value;
        if (*loop)
            (*loop)->quit();
    });
    if (!result->has_value()) {
        QEventLoop wait;
        *loop = &wait;
        QTimer::singleShot(timeoutMs, &wait, &QEventLoop::quit);
        wait.exec();
        *loop = nullptr;
    }
    return result->value_or(QVariant());
}

} // namespace pd::test
