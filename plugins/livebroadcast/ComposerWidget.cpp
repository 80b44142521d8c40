#include "plugins/livebroadcast/ComposerWidget.h"

#include "plugins/livebroadcast/LiveDesk.h"
#include "plugins/livebroadcast/LiveLog.h"

#include "app/domain/MediaInfo.h"
#include "app/media/WatermarkLogo.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

namespace {

// What each photo row carries: the prepared JPEG, its upload state and, once uploaded, the media id.
constexpr int JpegRole = Qt::UserRole + 1;
constexpr int MediaIdRole = Qt::UserRole + 2;
constexpr int NameRole = Qt::UserRole + 3;

QString captionOf(const QListWidgetItem *item)
{
    return item->text();
}

} // namespace

ComposerWidget::ComposerWidget(LiveDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_speaker(new QComboBox(this))
    , m_phrases(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_photos(new QListWidget(this))
    , m_post(new QPushButton(tr("Post (Ctrl+Enter)"), this))
    , m_addPhotos(new QPushButton(tr("Add photos…"), this))
    , m_problem(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_watermark(new QCheckBox(tr("Watermark photos"), this))
    , m_watermarkText(new QLineEdit(this))
    , m_chooseLogo(new QPushButton(tr("Logo…"), this))
    , m_clearLogo(new QPushButton(tr("Remove logo"), this))
    , m_logoThumb(new QLabel(this))
    , m_target(new QLabel(this))
{
    setObjectName(u"liveComposer"_s);
    setAcceptDrops(true);
    m_speaker->setObjectName(u"speaker"_s);
    m_speaker->setEditable(true);
    m_speaker->setInsertPolicy(QComboBox::NoInsert);
    m_speaker->lineEdit()->setPlaceholderText(tr("Speaker (type to search the guests)"));
    m_speaker->completer()->setFilterMode(Qt::MatchContains);
    m_speaker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_speaker->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_phrases->setObjectName(u"quickPhrases"_s);
    m_phrases->addItem(tr("Quick phrases…"));
    // Phrases a reporter at a government forum types dozens of times a day.
    m_phrases->addItems({tr("Good morning, the live broadcast is about to begin."), tr("The meeting has begun."),
                         tr("Applause from the audience."), tr("The following is a summary of the speech:"),
                         tr("The meeting is adjourned. Thank you for following."), tr("Stay tuned.")});
    connect(m_phrases, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_text->insertPlainText(m_phrases->itemText(index));
        m_phrases->setCurrentIndex(0);
        m_text->setFocus();
    });

    m_text->setObjectName(u"composerText"_s);
    m_text->setPlaceholderText(tr("What is happening? Ctrl+Enter posts."));
    m_text->installEventFilter(this);
    m_photos->setObjectName(u"composerPhotos"_s);
    m_photos->setViewMode(QListView::ListMode);
    m_photos->setIconSize(QSize(64, 64));
    m_photos->setMaximumHeight(150);
    m_photos->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_photos->setToolTip(tr("Double-click a photo to write its caption."));
    m_photos->hide();
    m_problem->setObjectName(u"composerProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();
    m_progress->setObjectName(u"uploadProgress"_s);
    m_watermark->setObjectName(u"watermark"_s);
    m_watermarkText->setObjectName(u"watermarkText"_s);
    m_watermarkText->setPlaceholderText(m_desk.host().currentSiteName());
    m_watermarkText->setToolTip(tr("Text drawn in the lower right corner of each photo; empty: the site's name"));
    m_chooseLogo->setObjectName(u"watermarkLogoButton"_s);
    m_chooseLogo->setToolTip(tr("An image (PNG, JPEG) drawn in the lower right corner of each photo, above the text"));
    m_clearLogo->setObjectName(u"clearWatermarkLogo"_s);
    m_logoThumb->setObjectName(u"watermarkLogoThumb"_s);
    m_logoThumb->setFixedHeight(m_watermarkText->sizeHint().height());
    m_logoThumb->hide();
    connect(m_watermark, &QCheckBox::toggled, this, &ComposerWidget::saveWatermark);
    connect(m_watermarkText, &QLineEdit::textEdited, this, &ComposerWidget::saveWatermark);
    m_target->setObjectName(u"composerSession"_s);
    m_target->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    m_target->hide();
    m_post->setObjectName(u"postButton"_s);
    m_post->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_speaker, 2);
    top->addWidget(m_phrases, 1);
    // The watermark gets a line of its own: with the logo's controls it no longer fits beside the post button.
    auto *watermark = new QHBoxLayout;
    watermark->addWidget(m_watermark);
    watermark->addWidget(m_watermarkText, 1);
    watermark->addWidget(m_logoThumb);
    watermark->addWidget(m_chooseLogo);
    watermark->addWidget(m_clearLogo);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addPhotos);
    buttons->addStretch(1);
    buttons->addWidget(m_post);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_target);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_photos);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addLayout(watermark);
    layout->addLayout(buttons);

    connect(m_post, &QPushButton::clicked, this, &ComposerWidget::submit);
    connect(m_addPhotos, &QPushButton::clicked, this, [this] {
        addPhotoFiles(QFileDialog::getOpenFileNames(this, tr("Add photos"), {},
                                                    tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp)")));
    });
    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the watermark logo"), {},
            tr("Images (%1)").arg(media::WatermarkLogo::filePatterns().join(u' ')));
        if (!path.isEmpty())
            setWatermarkLogoFile(path);
    });
    connect(m_clearLogo, &QPushButton::clicked, this, &ComposerWidget::clearWatermarkLogo);
    // Every keystroke is kept: a crash or a killed laptop loses nothing of what was typed.
    const auto keep = [this] {
        if (!m_restoring)
            m_desk.saveDraft(m_text->toPlainText(), m_speaker->currentText());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, keep);
    connect(m_speaker, &QComboBox::currentTextChanged, this, keep);
    connect(&m_desk, &LiveDesk::eventChanged, this, &ComposerWidget::onEventChanged);
    // A draft cleared after sending is stored one turn later (below); a window closing first must not keep the sent
    // text as a draft, or the next start would offer it to be posted twice.
    connect(&m_desk, &LiveDesk::closing, this,
            [this] { m_desk.saveDraft(m_text->toPlainText(), m_speaker->currentText()); });
    onEventChanged();
}

void ComposerWidget::onEventChanged()
{
    // With parallel sub-forums, the one this composer posts to is always in sight: three teams write side by side.
    const QString session = m_desk.postSessionTitle();
    m_target->setText(tr("Posting to: %1").arg(session));
    m_target->setVisible(m_desk.event().sessions.size() > 1 && !session.isEmpty());
    m_post->setToolTip(m_desk.canPostHere() || m_desk.event().id == 0
                           ? QString()
                           : tr("You are not in this sub-forum's team; the portal will refuse your posts here."));
    m_restoring = true;
    const QString typed = m_speaker->currentText();
    m_speaker->clear();
    m_speaker->addItems(m_desk.guests());
    const ComposerMemory::Draft draft = m_desk.draft();
    m_speaker->setCurrentText(draft.isEmpty() ? typed : draft.speaker);
    if (!draft.isEmpty() && m_text->toPlainText() != draft.text)
        m_text->setPlainText(draft.text);
    const ComposerMemory::Watermark mark = m_desk.watermark();
    m_watermark->setChecked(mark.on);
    m_watermarkText->setText(mark.text);
    // eventChanged also comes with every update of the event from the stream: decode only a logo not yet shown.
    const QString stored = mark.logoPng;
    if (stored != m_logoPng || stored.isEmpty()) {
        m_logo = QImage();
        m_logoPng = stored;
    }
    if (!m_logoPng.isEmpty() && m_logo.isNull()) {
        auto logo = media::WatermarkLogo::fromBase64Png(m_logoPng);
        if (logo) {
            m_logo = *logo;
        } else {
            qCWarning(lcLiveBroadcast) << "watermark logo of event" << m_desk.eventId()
                                       << "dropped:" << logo.error().message;
            m_logoPng.clear();
        }
    }
    showLogo();
    m_restoring = false;
    const bool open = m_desk.eventId() != 0 && m_desk.event().state != domain::LiveEventState::Ended;
    m_post->setEnabled(open);
    m_addPhotos->setEnabled(open);
    m_chooseLogo->setEnabled(m_desk.eventId() != 0);
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            submit();
            return true;
        }
        if (key->matches(QKeySequence::Paste) && QApplication::clipboard()->mimeData()->hasImage()) {
            addPhotoImage(qvariant_cast<QImage>(QApplication::clipboard()->mimeData()->imageData()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void ComposerWidget::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (!files.isEmpty())
        addPhotoFiles(files);
    else if (event->mimeData()->hasImage())
        addPhotoImage(qvariant_cast<QImage>(event->mimeData()->imageData()));
    event->acceptProposedAction();
}

media::PhotoOptions ComposerWidget::photoOptions() const
{
    media::PhotoOptions options;
    if (m_watermark->isChecked()) {
        // The text stays under a logo: an organiser's logo alone does not say which site published the photo.
        options.watermarkText = m_watermarkText->text().trimmed().isEmpty() ? m_desk.host().currentSiteName()
                                                                             : m_watermarkText->text().trimmed();
        options.watermarkLogo = m_logo;
    }
    return options;
}

void ComposerWidget::setWatermarkLogoFile(const QString &path)
{
    if (m_desk.eventId() == 0)
        return;
    auto logo = media::WatermarkLogo::fromFile(path);
    if (!logo) {
        showProblem(logo.error().message);
        return;
    }
    showProblem({});
    m_logo = *logo;
    m_logoPng = media::WatermarkLogo::toBase64Png(m_logo);
    showLogo();
    saveWatermark();
}

void ComposerWidget::clearWatermarkLogo()
{
    m_logo = QImage();
    m_logoPng.clear();
    showLogo();
    saveWatermark();
}

void ComposerWidget::showLogo()
{
    m_logoThumb->setVisible(!m_logo.isNull());
    m_clearLogo->setEnabled(!m_logo.isNull());
    if (m_logo.isNull()) {
        m_logoThumb->clear();
        m_logoThumb->setToolTip({});
        return;
    }
    const int side = m_logoThumb->height();
    const QPixmap thumb = QPixmap::fromImage(
        m_logo.scaled(QSize(side * 3, side), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_logoThumb->setPixmap(thumb);
    m_logoThumb->setFixedWidth(thumb.width()); // never squeezed into a sliver by a narrow panel
    m_logoThumb->setToolTip(tr("Watermark logo, %1 × %2 pixels").arg(m_logo.width()).arg(m_logo.height()));
}

void ComposerWidget::saveWatermark()
{
    if (m_restoring || m_desk.eventId() == 0)
        return;
    m_desk.saveWatermark({m_watermark->isChecked(), m_watermarkText->text(), m_logoPng});
}

void ComposerWidget::addPhotoFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        addPrepared(media::PhotoPipeline::prepareFile(path, photoOptions()), QFileInfo(path).completeBaseName());
}

void ComposerWidget::addPhotoImage(const QImage &image)
{
    addPrepared(media::PhotoPipeline::prepareImage(image, photoOptions()), tr("Pasted photo"));
}

void ComposerWidget::addPrepared(Result<media::PreparedPhoto> prepared, const QString &name)
{
    if (!prepared) {
        showProblem(prepared.error().message);
        return;
    }
    QImage thumb;
    thumb.loadFromData(prepared->jpeg, "JPEG");
    auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb.scaled(64, 64, Qt::KeepAspectRatio))), QString(),
                                     m_photos);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(JpegRole, prepared->jpeg);
    item->setData(NameRole, name + u".jpg"_s);
    item->setData(MediaIdRole, 0);
    item->setToolTip(tr("%1 × %2, %3 KB — double-click to write a caption")
                         .arg(prepared->size.width())
                         .arg(prepared->size.height())
                         .arg(prepared->jpeg.size() / 1024));
    m_photos->show();
}

void ComposerWidget::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ComposerWidget::submit()
{
    showProblem({});
    if (m_uploading)
        return;
    if (m_photos->count() > 0) {
        // Photos go up first (bytes do not fit in the outbox); the post with their media ids is queued after.
        m_uploading = true;
        m_post->setEnabled(false);
        uploadNext();
        return;
    }
    auto posted = m_desk.post(m_text->toPlainText(), m_speaker->currentText());
    if (!posted) {
        showProblem(posted.error().message);
        return;
    }
    clearAfterPosting();
    m_text->setFocus();
}

void ComposerWidget::uploadNext()
{
    for (int i = 0; i < m_photos->count(); ++i) {
        QListWidgetItem *item = m_photos->item(i);
        if (item->data(MediaIdRole).toLongLong() != 0)
            continue;
        const QString caption = captionOf(item);
        QPointer self(this);
        m_desk.host().uploadLiveMedia(
            item->data(JpegRole).toByteArray(), "image/jpeg", item->data(NameRole).toString(),
            [self, i](qint64 sent, qint64 total) {
                if (self && total > 0)
                    self->m_progress->setText(tr("Photo %1 of %2: %3 % uploaded")
                                                  .arg(i + 1)
                                                  .arg(self->m_photos->count())
                                                  .arg(sent * 100 / total));
            },
            [self, i](Result<domain::MediaInfo> r) {
                if (!self)
                    return;
                if (!r) {
                    self->m_uploading = false;
                    self->m_post->setEnabled(true);
                    self->m_progress->clear();
                    self->showProblem(tr("A photo could not be uploaded: %1").arg(r.error().message));
                    return;
                }
                if (i < self->m_photos->count()) {
                    self->m_photos->item(i)->setData(MediaIdRole, r->id);
                    self->m_photos->item(i)->setData(Qt::ToolTipRole, tr("Uploaded"));
                }
                self->uploadNext();
            });
        return;
    }
    finishPhotoPost();
}

void ComposerWidget::finishPhotoPost()
{
    m_uploading = false;
    m_post->setEnabled(true);
    m_progress->clear();
    QList<qint64> ids;
    QStringList captions;
    for (int i = 0; i < m_photos->count(); ++i) {
        ids.append(m_photos->item(i)->data(MediaIdRole).toLongLong());
        captions.append(captionOf(m_photos->item(i)));
    }
    auto posted = m_desk.post(m_text->toPlainText(), m_speaker->currentText(), ids, captions);
    if (!posted) {
        showProblem(posted.error().message);
        return;
    }
    m_photos->clear();
    m_photos->hide();
    clearAfterPosting();
}

void ComposerWidget::clearAfterPosting()
{
    m_restoring = true;
    m_text->clear();
    m_restoring = false;
    // The post is in the outbox already; forgetting the draft can wait one turn of the event loop, so the outbox
    // gets the post onto the wire first (one disk write fewer on the way from Ctrl+Enter to the readers).
    QTimer::singleShot(0, this, [this] { m_desk.saveDraft(m_text->toPlainText(), m_speaker->currentText()); });
}

} // namespace pd::livebroadcast
