#include "ui/preview/PreviewPage.h"

#include "ui/UiLog.h"

using namespace Qt::StringLiterals;

namespace pd::ui {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        // Only a person's click leaves the preview, and then into the system browser, never inside the desk.
        if (url.scheme() == u"http" || url.scheme() == u"https")
            Q_EMIT linkClicked(url);
        return false;
    }
    // setHtml() arrives as a typed navigation of the main frame (with JavaScript off nothing in the page can
    // start one); redirects, forms, meta refresh and frames do not get through.
    Q_UNUSED(url)
    return isMainFrame && type == NavigationTypeTyped;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int line,
                                           const QString &)
{
    qCInfo(lcUi) << "preview console:" << line << message;
}

} // namespace pd::ui
