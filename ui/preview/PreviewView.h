#pragma once
#include "app/domain/Item.h"

#include <QUrl>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace pd::api {
class Session;
}

namespace pd::ui {

class PreviewPage;
class PreviewRequestInterceptor;

/// The item as citizens will see it: the portal's CSS, desktop or phone width, in a QtWebEngine profile of its
/// own with JavaScript off, no QWebChannel, and a request interceptor that lets only the portal's media through.
class PreviewView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    enum class Width { Desktop, Phone };

    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    /// The portal the item belongs to (its /media/ is the only network source allowed).
    void setServer(const QUrl &server);
    /// The signed-in session whose token /media/ requests carry (an unpublished item's media are not public).
    void followSession(const api::Session &session);
    void showItem(const domain::Item &item);
    void setWidth(Width width);
    [[nodiscard]] Width width() const { return m_width; }

    [[nodiscard]] QWebEngineView *webView() const { return m_view; }
    [[nodiscard]] PreviewRequestInterceptor *interceptor() const { return m_interceptor; }
    [[nodiscard]] QWebEngineProfile *profile() const { return m_profile; }

Q_SIGNALS:
    /// The page finished loading (ok: without error).
    void loadFinished(bool ok);

private:
    void updateBlockedNote();

    QUrl m_server;
    QWebEngineProfile *m_profile = nullptr;
    PreviewRequestInterceptor *m_interceptor = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QHBoxLayout *m_row = nullptr;
    Width m_width = Width::Desktop;
    int m_blockedCount = 0;
};

} // namespace pd::ui
