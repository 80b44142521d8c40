#include "ui/editor/RichEditorView.h"

#include "app/editing/EditorBridge.h"
#include "ui/editor/EditorPage.h"
#include "ui/preview/PreviewRequestInterceptor.h"
#include "ui/preview/WebProfileLockdown.h"

#include <QPointer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace pd::ui {

QUrl RichEditorView::pageUrl()
{
    return QUrl(u"qrc:/editor/index.html"_s);
}

void RichEditorView::configureProfile(QWebEngineProfile *profile, PreviewRequestInterceptor *interceptor)
{
    lockDownWebProfile(*profile);
    QWebEngineSettings *s = profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    // The page is at qrc:; the portal's /media/ images are "remote" to it (the interceptor allows nothing else).
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    s->setAttribute(QWebEngineSettings::SpatialNavigationEnabled, false);
    interceptor->allowScheme(u"blob"_s);
    profile->setUrlRequestInterceptor(interceptor);
}

RichEditorView::RichEditorView(QWidget *parent)
    : QWidget(parent)
{
    // Off the record and separate from the preview's profile: the trusted editor page and item previews never
    // share a cache, storage or an interceptor.
    m_profile = new QWebEngineProfile(this);
    m_interceptor = new PreviewRequestInterceptor(this);
    configureProfile(m_profile, m_interceptor);
    build();
}

RichEditorView::RichEditorView(QWebEngineProfile *profile, PreviewRequestInterceptor *interceptor, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_interceptor(interceptor)
{
    build();
}

void RichEditorView::build()
{
    setObjectName(u"richEditorView"_s);
    m_bridge = new editing::EditorBridge(this);
    m_page = new EditorPage(m_profile, pageUrl(), this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(u"bridge"_s, m_bridge);
    m_page->setWebChannel(m_channel);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(u"richEditorWebView"_s);
    m_view->setAccessibleName(tr("Body (rich text)"));
    m_view->setPage(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_page->load(pageUrl());
}

RichEditorView::~RichEditorView()
{
    // The page must go before its profile.
    m_view->setPage(nullptr);
    delete m_page;
}

void RichEditorView::setServer(const QUrl &server)
{
    m_bridge->setServer(server);
    m_interceptor->setServer(server);
}

void RichEditorView::followSession(const api::Session &session)
{
    m_interceptor->followSession(session);
}

void RichEditorView::flush(std::function<void()> then)
{
    if (!m_bridge->isPageReady()) {
        then();
        return;
    }
    QPointer<RichEditorView> guard(this);
    m_page->runJavaScript(u"window.pdFlush ? window.pdFlush() : null"_s, [guard, then](const QVariant &result) {
        if (guard && result.typeId() == QMetaType::QString)
            guard->m_bridge->acceptFlushed(result.toString());
        then();
    });
}

} // namespace pd::ui
