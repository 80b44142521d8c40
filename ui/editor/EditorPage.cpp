#include "ui/editor/EditorPage.h"

#include "ui/UiLog.h"

namespace pd::ui {

EditorPage::EditorPage(QWebEngineProfile *profile, const QUrl &home, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_home(home)
{
}

bool EditorPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    // A link in the body is text being edited, never somewhere to go; a dropped file is an upload, not a page.
    if (isMainFrame && url == m_home)
        return true;
    qCInfo(lcUi) << "rich editor: navigation refused" << url.toDisplayString();
    return false;
}

QWebEnginePage *EditorPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

void EditorPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                          const QString &source)
{
    if (level == ErrorMessageLevel)
        qCWarning(lcUi) << "rich editor:" << message << source << line;
    else
        qCDebug(lcUi) << "rich editor:" << message << source << line;
}

} // namespace pd::ui
