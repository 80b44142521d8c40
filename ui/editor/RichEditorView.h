#pragma once
#include <QUrl>
#include <QWidget>

#include <functional>

class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace pd::api {
class Session;
}

namespace pd::editing {
class EditorBridge;
}

namespace pd::ui {

class EditorPage;
class PreviewRequestInterceptor;

/// The body in CKEditor 5 (bundled, zh-cn), hosted in a QtWebEngine profile of its own: only this page gets the
/// QWebChannel (with the EditorBridge on it), and its request interceptor lets through only the bundled assets and
/// the portal's /media/, so the editor loads nothing from the network.
class RichEditorView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RichEditorView)

public:
    /// With a profile of its own (created here).
    explicit RichEditorView(QWidget *parent = nullptr);
    /// In a profile shared by editor pages only (a RichEditorPool's); `profile` and `interceptor` must outlive it.
    RichEditorView(QWebEngineProfile *profile, PreviewRequestInterceptor *interceptor, QWidget *parent = nullptr);
    ~RichEditorView() override;

    /// Gives a profile the editor page's settings: JavaScript on for the bundled page, no plugins, no
    /// prefetching, nothing persistent; `interceptor` (blob: allowed) becomes its network wall.
    static void configureProfile(QWebEngineProfile *profile, PreviewRequestInterceptor *interceptor);

    /// The portal whose /media/ the body shows.
    void setServer(const QUrl &server);
    /// The signed-in session whose token the body's /media/ requests carry (a draft's pictures are not public).
    void followSession(const api::Session &session);
    [[nodiscard]] editing::EditorBridge &bridge() const { return *m_bridge; }
    /// Collects keystrokes the page still holds back (its change debounce), then calls `then` (at once when none).
    void flush(std::function<void()> then);

    [[nodiscard]] QWebEngineView *webView() const { return m_view; }
    [[nodiscard]] EditorPage *page() const { return m_page; }
    [[nodiscard]] QWebEngineProfile *profile() const { return m_profile; }
    [[nodiscard]] PreviewRequestInterceptor *interceptor() const { return m_interceptor; }

    /// The bundled editor document.
    [[nodiscard]] static QUrl pageUrl();

private:
    void build();

    editing::EditorBridge *m_bridge = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    PreviewRequestInterceptor *m_interceptor = nullptr;
    EditorPage *m_page = nullptr;
    QWebChannel *m_channel = nullptr;
    QWebEngineView *m_view = nullptr;
};

} // namespace pd::ui
