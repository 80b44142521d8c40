#pragma once
#include <QWebEnginePage>

namespace pd::ui {

/// A page that never navigates away: a clicked link is handed to linkClicked() (the system browser) and nothing
/// may open new windows.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    void linkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    /// Hostile pages fill the console with refused loads: they go to the log, not to stderr as errors.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;
};

} // namespace pd::ui
