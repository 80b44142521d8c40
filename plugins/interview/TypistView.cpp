#include "plugins/interview/TypistView.h"

#include "plugins/interview/InterviewDesk.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace pd::interview {

namespace {

/// The guest's picture: a round badge with the family name, in a colour of its own per guest, so the typist sees at
/// a glance who is speaking.
QPixmap guestBadge(const QString &name, qint64 guestId, int size)
{
    const std::array<QColor, 5> colours{QColor(0xb3, 0x26, 0x1e), QColor(0x1f, 0x5f, 0xa8), QColor(0x1e, 0x7b, 0x34),
                                        QColor(0x8a, 0x4b, 0x00), QColor(0x5b, 0x3f, 0x9e)};
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colours.at(std::size_t(guestId < 0 ? 0 : guestId) % colours.size()));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(pixmap.rect());
    QFont font = painter.font();
    font.setPixelSize(size * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, name.left(1));
    return pixmap;
}

/// The guest's own photo in the badge's place: cut to a circle of the same size, the middle of the picture kept.
QPixmap guestPortrait(const QImage &photo, int size)
{
    const QImage scaled = photo.scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    painter.setClipPath(circle);
    painter.drawImage(QPoint((size - scaled.width()) / 2, (size - scaled.height()) / 2), scaled);
    return pixmap;
}

} // namespace

TypistView::TypistView(InterviewDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_question(new QLabel(this))
    , m_asker(new QLabel(this))
    , m_guests(new QComboBox(this))
    , m_photo(new QLabel(this))
    , m_guestTitle(new QLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_answered(new QListWidget(this))
    , m_correction(new QPlainTextEdit(this))
    , m_correctionNote(new QLineEdit(this))
    , m_correct(new QPushButton(tr("Correct"), this))
{
    setObjectName(u"typistView"_s);
    m_question->setObjectName(u"typistQuestion"_s);
    m_question->setWordWrap(true);
    QFont large = m_question->font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    large.setBold(true);
    m_question->setFont(large);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_asker->setStyleSheet(u"color: #555;"_s);
    m_guests->setObjectName(u"guestChooser"_s);
    m_photo->setObjectName(u"guestPhoto"_s);
    m_photo->setFixedSize(72, 72);
    m_guestTitle->setObjectName(u"guestTitle"_s);
    m_guestTitle->setWordWrap(true);
    m_answer->setObjectName(u"answerText"_s);
    m_answer->setPlaceholderText(tr("The guest's answer — Ctrl+Enter sends it"));
    m_answer->installEventFilter(this);
    m_state->setObjectName(u"answerState"_s);
    m_state->setWordWrap(true);
    m_answered->setObjectName(u"answeredList"_s);
    m_answered->setWordWrap(true);
    m_answered->setAlternatingRowColors(true);
    m_correction->setObjectName(u"correctionText"_s);
    m_correction->setPlaceholderText(tr("Choose a sent answer above to correct it — Ctrl+Enter sends the correction"));
    m_correction->setMaximumHeight(m_correction->fontMetrics().lineSpacing() * 5);
    m_correction->installEventFilter(this);
    m_correctionNote->setObjectName(u"correctionNote"_s);
    m_correctionNote->setPlaceholderText(tr("What was corrected (readers see this note)"));
    m_correct->setObjectName(u"correctAnswer"_s);

    auto *guest = new QGridLayout;
    guest->addWidget(m_photo, 0, 0, 2, 1);
    guest->addWidget(new QLabel(tr("Answering:"), this), 0, 1);
    guest->addWidget(m_guests, 0, 2);
    guest->addWidget(m_guestTitle, 1, 1, 1, 2);
    guest->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Current question"), this));
    layout->addWidget(m_question);
    layout->addWidget(m_asker);
    layout->addLayout(guest);
    layout->addWidget(m_answer, 2);
    layout->addWidget(m_state);
    layout->addWidget(new QLabel(tr("Answered"), this));
    layout->addWidget(m_answered, 2);
    layout->addWidget(m_correction);
    auto *correction = new QHBoxLayout;
    correction->addWidget(m_correctionNote, 1);
    correction->addWidget(m_correct);
    layout->addLayout(correction);

    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &TypistView::onQuestionsChanged);
    connect(&m_desk, &InterviewDesk::questionsChanged, later, qOverload<>(&QTimer::start));
    connect(&m_desk, &InterviewDesk::answersChanged, later, qOverload<>(&QTimer::start));
    connect(&m_desk, &InterviewDesk::eventChanged, this, &TypistView::onEventChanged);
    connect(m_guests, &QComboBox::currentIndexChanged, this, &TypistView::showGuest);
    connect(&m_desk, &InterviewDesk::guestPhotoLoaded, this, &TypistView::showGuest);
    connect(m_answered, &QListWidget::currentRowChanged, this, &TypistView::chooseCorrection);
    connect(m_correct, &QPushButton::clicked, this, &TypistView::sendCorrection);
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        if (m_questionId != 0)
            m_desk.saveDraft(m_questionId, m_answer->toPlainText());
    });
    onEventChanged();
    onQuestionsChanged();
}

void TypistView::onEventChanged()
{
    const qint64 chosen = m_guests->currentData().toLongLong();
    m_guests->clear();
    for (const domain::LiveEvent::Guest &g : m_desk.event().guests)
        m_guests->addItem(g.name, g.id);
    const int index = m_guests->findData(chosen);
    m_guests->setCurrentIndex(index >= 0 ? index : (m_guests->count() > 0 ? 0 : -1));
    showGuest();
}

void TypistView::showGuest()
{
    const domain::LiveEvent::Guest *g = m_desk.event().guest(m_guests->currentData().toLongLong());
    if (!g) {
        m_photo->clear();
        m_guestTitle->clear();
        return;
    }
    const QImage photo = m_desk.guestPhoto(*g);
    m_photo->setPixmap(photo.isNull() ? guestBadge(g->name, g->id, m_photo->width())
                                      : guestPortrait(photo, m_photo->width()));
    m_photo->setToolTip(g->name);
    m_guestTitle->setText(g->title);
}

void TypistView::onQuestionsChanged()
{
    const domain::InterviewQuestion current = m_desk.current();
    if (current.id != m_questionId) {
        // Another question: its own unsent text (after a crash) or an empty editor.
        m_questionId = current.id;
        const QSignalBlocker quiet(m_answer);
        m_answer->setPlainText(m_desk.draft(current.id));
    }
    if (current.id == 0) {
        m_question->setText(tr("Waiting for the host to ask the next question."));
        m_asker->clear();
    } else {
        m_question->setText(current.text);
        m_asker->setText(tr("Asked by %1").arg(current.name.isEmpty() ? tr("Netizen") : current.name));
    }
    m_answer->setEnabled(current.id != 0);
    {
        // Rebuilt from the desk; the pair being corrected stays chosen and its editor keeps what was typed.
        const QSignalBlocker quiet(m_answered);
        m_answered->clear();
        for (const domain::InterviewQuestion &q : m_desk.answered()) {
            const QString guest = q.answer ? q.answer->guestName : QString();
            QString line = tr("Q: %1\nA (%2): %3").arg(q.text, guest, q.answer ? q.answer->text : QString());
            if (q.answer && q.answer->review == domain::InterviewAnswer::Review::Pending)
                line += u'\n' + tr("Waiting for review");
            else if (q.answer && q.answer->review == domain::InterviewAnswer::Review::Rejected)
                line += u'\n' + tr("Sent back: %1 — fix it below and send it again").arg(q.answer->rejectReason);
            else if (q.answer && q.answer->pendingCorrection)
                line += u'\n' + tr("Correction waiting for review: %1").arg(q.answer->pendingCorrection->text);
            else if (q.answer && !q.answer->correctionNote.isEmpty())
                line += u'\n' + tr("Corrected: %1").arg(q.answer->correctionNote);
            auto *item = new QListWidgetItem(line, m_answered);
            item->setData(Qt::UserRole, q.id);
            if (q.id == m_correcting)
                m_answered->setCurrentItem(item);
        }
    }
    if (!m_answered->currentItem())
        m_answered->scrollToBottom();
    chooseCorrection();
    showAnswerState();
}

void TypistView::showAnswerState()
{
    switch (m_desk.answerState(m_questionId)) {
    case InterviewDesk::AnswerState::None:
        m_state->clear();
        break;
    case InterviewDesk::AnswerState::Waiting:
        m_state->setText(m_desk.connectionState() == plugins::ConnectionState::Offline
                             ? tr("Waiting for the link — the answer goes out by itself when it returns.")
                             : tr("Sending…"));
        break;
    case InterviewDesk::AnswerState::Delivered: {
        const domain::InterviewQuestion *q = m_desk.question(m_questionId);
        m_state->setText(q && q->answer && !q->answer->isPublic() ? tr("Sent — waiting for review before readers see it.")
                                                                 : tr("Published with its question."));
        break;
    }
    case InterviewDesk::AnswerState::Refused:
        m_state->setText(tr("Not published: %1").arg(m_desk.answerError(m_questionId)));
        break;
    }
}

void TypistView::send()
{
    if (auto r = m_desk.answer(m_questionId, m_guests->currentData().toLongLong(), m_answer->toPlainText()); !r) {
        Q_EMIT m_desk.failed(r.error().message);
        return;
    }
    const QSignalBlocker quiet(m_answer);
    m_answer->clear();
    showAnswerState();
}

void TypistView::chooseCorrection()
{
    const QListWidgetItem *item = m_answered->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    const domain::InterviewQuestion *q = id ? m_desk.question(id) : nullptr;
    const bool open = q && InterviewDesk::correctable(*q);
    m_correction->setEnabled(open);
    m_correctionNote->setEnabled(open);
    m_correct->setEnabled(open);
    if (id == m_correcting)
        return;
    // Another pair: its answer as sent, to be edited in place.
    m_correcting = id;
    m_correction->setPlainText(q && q->answer ? q->answer->text : QString());
    m_correctionNote->clear();
}

void TypistView::sendCorrection()
{
    if (auto r = m_desk.correct(m_correcting, m_correction->toPlainText(), m_correctionNote->text()); !r) {
        Q_EMIT m_desk.failed(r.error().message);
        return;
    }
    m_correctionNote->clear();
    m_state->setText(tr("Correction queued — readers see it with its note once it is through (and through review, if this interview is reviewed)."));
}

bool TypistView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_answer || watched == m_correction) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (watched == m_answer)
                send();
            else
                sendCorrection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::interview
