#pragma once
#include <QObject>
#include <QUrl>

#include <functional>

namespace pd::editing {

/// The one object the rich editor page sees over QWebChannel: the body goes in (pushHtml) and the user's changes
/// come out (changed), with the portal's /media/ links made absolute for the page and relative again for the item.
/// Uploads the page asks for are handed to the application (uploadRequested) and answered with progress and a URL.
class EditorBridge : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorBridge)

public:
    explicit EditorBridge(QObject *parent = nullptr);
    ~EditorBridge() override;

    /// The portal whose /media/ the body's images and attachments point to.
    void setServer(const QUrl &server);
    /// Sets the editor's content (not a user change). Sent once the page is ready if it is not yet.
    void pushHtml(const QString &html);
    /// The body as the item stores it, as of the last push or reported change.
    [[nodiscard]] QString html() const { return m_html; }
    [[nodiscard]] bool isPageReady() const { return m_pageReady; }
    /// Whether the page shows the latest pushed body.
    [[nodiscard]] bool isBodyLoaded() const { return m_pageReady && m_loadedGeneration == m_generation; }
    void setReadOnly(bool readOnly);
    /// Selects the `occurrence`-th (0-based) appearance of `excerpt` in the editor's text; answered by selected().
    void select(const QString &excerpt, int occurrence);
    /// Replaces the `occurrence`-th appearance of `excerpt` with `replacement` (a user change); answered by replaced().
    void replace(const QString &excerpt, int occurrence, const QString &replacement);
    /// Inserts an uploaded image (`url` as the portal gives it, /media/…) at the cursor.
    void insertImage(const QString &url, const QString &alt);
    void focusEditor();
    /// Answers an upload the page asked for: progress, then a URL (/media/…) or an error message.
    void reportUploadProgress(int uploadId, qint64 sent, qint64 total);
    void finishUpload(int uploadId, const QString &url, const QString &error);
    /// A change the page reported late (a flush on save): handled like contentChanged().
    void acceptFlushed(const QString &editorHtml);

    /// The body in the page's form (media links absolute) and back; public for the tests.
    [[nodiscard]] QString toEditor(const QString &html) const;
    [[nodiscard]] QString fromEditor(const QString &html) const;

    // Called by the page.
    Q_INVOKABLE void pageReady();
    Q_INVOKABLE void contentChanged(const QString &editorHtml);
    Q_INVOKABLE void bodyLoaded(int generation);
    Q_INVOKABLE void upload(int uploadId, const QString &fileName, const QString &mimeType, const QString &base64);
    Q_INVOKABLE void cancelUpload(int uploadId);
    Q_INVOKABLE void selectionResult(bool found);
    Q_INVOKABLE void replaceResult(bool done);

Q_SIGNALS:
    // To the page.
    void htmlPushed(const QString &html, int generation);
    void readOnlyChanged(bool readOnly);
    void selectRequested(const QString &excerpt, int occurrence);
    void replaceRequested(const QString &excerpt, int occurrence, const QString &replacement);
    void imageInsertRequested(const QString &url, const QString &alt);
    void focusRequested();
    void uploadProgress(int uploadId, double sent, double total);
    void uploadFinished(int uploadId, const QString &url, const QString &error);

    // To the application.
    /// The page is up and has the current body.
    void ready();
    /// The page shows the latest pushed body.
    void loaded();
    /// The user changed the body; `html` is in the item's form.
    void changed(const QString &html);
    /// The page wants a file (pasted, dropped or picked in the editor) uploaded.
    void uploadRequested(int uploadId, const QString &fileName, const QString &mimeType, const QByteArray &bytes);
    void uploadCancelled(int uploadId);
    void selected(bool found);
    void replaced(bool done);

private:
    [[nodiscard]] QString mediaBase() const;

    QUrl m_server;
    QString m_html;
    int m_generation = 0;
    int m_loadedGeneration = -1;
    bool m_pageReady = false;
    bool m_readOnly = false;
};

} // namespace pd::editing
