#pragma once
#include "app/media/PhotoPipeline.h"

#include <QImage>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd::livebroadcast {

class LiveDesk;

/// Where a reporter writes: the text (Ctrl+Enter posts), the speaker picked from the event's guests with
/// type-ahead, quick phrases, and photos (drag-drop, paste, file dialog; several at once, each with a caption,
/// prepared by the PhotoPipeline and uploaded with progress). Photos may carry a watermark (text and/or a logo),
/// chosen per event and kept with the account. The unsent text is kept on every change.
class ComposerWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerWidget)

public:
    explicit ComposerWidget(LiveDesk &desk, QWidget *parent = nullptr);

    /// Posts what is in the composer (what Ctrl+Enter does).
    void submit();
    /// Adds photos from files (the file dialog and drops end here).
    void addPhotoFiles(const QStringList &paths);
    void addPhotoImage(const QImage &image);
    /// Reads, scales down and keeps this event's watermark logo (the "Logo…" dialog ends here); an unreadable file
    /// is reported in the problem line and the current logo stays. Invokable: the plugin is not linked by tests.
    Q_INVOKABLE void setWatermarkLogoFile(const QString &path);
    Q_INVOKABLE void clearWatermarkLogo();
    [[nodiscard]] QPlainTextEdit *editor() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Photo;
    void onEventChanged();
    void addPrepared(Result<media::PreparedPhoto> prepared, const QString &name);
    void uploadNext();
    void finishPhotoPost();
    void clearAfterPosting();
    void showProblem(const QString &message);
    [[nodiscard]] media::PhotoOptions photoOptions() const;
    void saveWatermark();
    void showLogo();

    LiveDesk &m_desk;
    QComboBox *m_speaker;
    QComboBox *m_phrases;
    QPlainTextEdit *m_text;
    QListWidget *m_photos;
    QPushButton *m_post;
    QPushButton *m_addPhotos;
    QLabel *m_problem;
    QLabel *m_progress; ///< the upload of the photo on the wire
    QCheckBox *m_watermark;
    QLineEdit *m_watermarkText;
    QPushButton *m_chooseLogo;
    QPushButton *m_clearLogo;
    QLabel *m_logoThumb;
    QLabel *m_target; ///< the sub-forum the posts go to
    QImage m_logo;       ///< this event's watermark logo, already scaled down (null: none)
    QString m_logoPng;   ///< m_logo as stored (base64 PNG), encoded once rather than on every keystroke
    bool m_restoring = false;
    bool m_uploading = false;
};

} // namespace pd::livebroadcast
