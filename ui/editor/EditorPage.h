#pragma once
#include <QWebEnginePage>

namespace pd::ui {

/// The rich editor's page: it stays on the bundled editor document (no navigation, no new windows) and sends the
/// page's console to the log, where a failure to start the editor is visible.
class EditorPage : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPage)

public:
    EditorPage(QWebEngineProfile *profile, const QUrl &home, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    QUrl m_home;
};

} // namespace pd::ui
