#include "ui/editor/RichEditorPool.h"

#include "app/editing/EditorBridge.h"
#include "ui/editor/RichEditorView.h"
#include "ui/preview/PreviewRequestInterceptor.h"

#include <QTimer>
#include <QWebEngineProfile>

namespace pd::ui {

namespace {
// The next spare starts after the window that took the last one has shown its item, not in competition with it.
constexpr int kRestartDelayMs = 300;
} // namespace

RichEditorPool::RichEditorPool(QObject *parent)
    : QObject(parent)
{
    m_profile = new QWebEngineProfile(this);
    m_interceptor = new PreviewRequestInterceptor(this);
    RichEditorView::configureProfile(m_profile, m_interceptor);
    startSpare();
}

RichEditorPool::~RichEditorPool()
{
    // Pages before their profile.
    delete m_spare;
}

void RichEditorPool::setServer(const QUrl &server)
{
    m_server = server;
    m_interceptor->setServer(server);
    if (m_spare)
        m_spare->bridge().setServer(server);
}

void RichEditorPool::followSession(const api::Session &session)
{
    m_interceptor->followSession(session);
}

void RichEditorPool::startSpare()
{
    if (m_spare)
        return;
    m_spare = new RichEditorView(m_profile, m_interceptor);
    m_spare->bridge().setServer(m_server);
    connect(&m_spare->bridge(), &editing::EditorBridge::ready, this, &RichEditorPool::spareReady);
}

bool RichEditorPool::isSpareReady() const
{
    return m_spare && m_spare->bridge().isPageReady();
}

RichEditorView *RichEditorPool::take(QWidget *parent)
{
    if (!m_spare)
        startSpare();
    RichEditorView *view = m_spare;
    m_spare.clear();
    disconnect(&view->bridge(), nullptr, this, nullptr);
    view->setParent(parent);
    QTimer::singleShot(kRestartDelayMs, this, &RichEditorPool::startSpare);
    return view;
}

} // namespace pd::ui
