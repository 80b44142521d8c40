#include "ui/preview/PreviewView.h"

#include "app/domain/TopicCategoryCatalog.h"
#include "app/editing/PreviewDocument.h"
#include "ui/preview/PreviewPage.h"
#include "ui/preview/PreviewRequestInterceptor.h"
#include "ui/preview/WebProfileLockdown.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
constexpr int kPhoneWidth = 390; // a common phone's CSS width
}

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"previewView"_s);
    // An off-the-record profile of its own: no cookies, cache or storage shared with the editor's profile.
    m_profile = new QWebEngineProfile(this);
    lockDownWebProfile(*m_profile);
    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    m_interceptor = new PreviewRequestInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);

    m_page = new PreviewPage(m_profile, this);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(u"previewWebView"_s);
    m_view->setAccessibleName(tr("Preview"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    auto *bar = new QToolBar(this);
    auto *group = new QActionGroup(this);
    QAction *desktop = bar->addAction(tr("&Desktop"), this, [this] { setWidth(Width::Desktop); });
    desktop->setObjectName(u"previewDesktopAction"_s);
    QAction *phone = bar->addAction(tr("&Phone"), this, [this] { setWidth(Width::Phone); });
    phone->setObjectName(u"previewPhoneAction"_s);
    for (QAction *a : {desktop, phone}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    desktop->setChecked(true);
    m_note = new QLabel(this);
    m_note->setObjectName(u"previewNote"_s);
    bar->addWidget(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    m_row = new QHBoxLayout;
    m_row->addWidget(m_view, 1);
    layout->addLayout(m_row, 1);

    connect(m_page, &PreviewPage::linkClicked, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewView::loadFinished);
    connect(m_interceptor, &PreviewRequestInterceptor::requestBlocked, this, &PreviewView::updateBlockedNote,
            Qt::QueuedConnection);
}

PreviewView::~PreviewView()
{
    // The page must go before its profile.
    m_view->setPage(nullptr);
    delete m_page;
}

void PreviewView::setServer(const QUrl &server)
{
    m_server = server;
    m_interceptor->setServer(server);
}

void PreviewView::followSession(const api::Session &session)
{
    m_interceptor->followSession(session);
}

void PreviewView::showItem(const domain::Item &item)
{
    QFile cssFile(u":/preview/portal.css"_s);
    const QString css = cssFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(cssFile.readAll()) : QString();
    QString topic;
    if (item.disclosure)
        topic = domain::TopicCategoryCatalog().path(item.disclosure->topicCategory);
    m_blockedCount = 0;
    m_note->clear();
    // The base URL is the portal, so that the body's relative /media/ URLs point at its media.
    m_page->setHtml(editing::PreviewDocument::render(item, css, m_server, topic),
                    m_server.isValid() ? m_server.resolved(QUrl(u"/"_s)) : QUrl(u"about:blank"_s));
}

void PreviewView::setWidth(Width width)
{
    m_width = width;
    if (width == Width::Phone) {
        m_view->setFixedWidth(kPhoneWidth);
        m_row->setAlignment(m_view, Qt::AlignHCenter);
    } else {
        m_view->setMinimumWidth(0);
        m_view->setMaximumWidth(QWIDGETSIZE_MAX);
        m_row->setAlignment(m_view, {});
    }
}

void PreviewView::updateBlockedNote()
{
    ++m_blockedCount;
    m_note->setText(tr("%n request(s) to other sites blocked", nullptr, m_blockedCount));
}

} // namespace pd::ui
