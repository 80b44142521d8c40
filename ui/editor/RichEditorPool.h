#pragma once
#include <QObject>
#include <QPointer>
#include <QUrl>

class QWebEngineProfile;
class QWidget;

namespace pd::api {
class Session;
}

namespace pd::ui {

class PreviewRequestInterceptor;
class RichEditorView;

/// Keeps one rich editor started ahead of need, so a new editor window gets a page whose CKEditor is already up
/// and only has to show the item. All of its pages share one off-the-record profile of their own (never the
/// preview's). Owned by whoever opens editor windows (the main window) and handed to each.
class RichEditorPool : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RichEditorPool)

public:
    explicit RichEditorPool(QObject *parent = nullptr);
    ~RichEditorPool() override;

    /// The portal whose /media/ the editor pages may load.
    void setServer(const QUrl &server);
    /// The signed-in session whose token the pages' /media/ requests carry.
    void followSession(const api::Session &session);
    /// The started editor (ready or still starting) for a new window; the next one starts shortly after.
    [[nodiscard]] RichEditorView *take(QWidget *parent);
    /// Whether the editor waiting to be taken has its page up.
    [[nodiscard]] bool isSpareReady() const;

Q_SIGNALS:
    void spareReady();

private:
    void startSpare();

    QWebEngineProfile *m_profile = nullptr;
    PreviewRequestInterceptor *m_interceptor = nullptr;
    QPointer<RichEditorView> m_spare;
    QUrl m_server;
};

} // namespace pd::ui
