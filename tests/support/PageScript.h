#pragma once
#include <QString>
#include <QVariant>

class QWebEnginePage;

namespace pd::test {

/// Runs JavaScript in a QtWebEngine page for a test and waits (event loop running) for its result, so WebEngine
/// tests share one wait instead of each writing its own. Links pd_testsupport_web.
class PageScript
{
public:
    /// The script's result; an invalid QVariant when none came within `timeoutMs` (or the script returned none).
    static QVariant run(QWebEnginePage *page, const QString &script, int timeoutMs = 15000);
};

} // namespace pd::test
