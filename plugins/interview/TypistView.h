#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd::interview {

class InterviewDesk;

/// The typist's view (录入): the question the host asked and the guest answering it (with their picture), the
/// answer entry sent with Ctrl+Enter through the outbox, and the pairs answered so far, each of which can be
/// corrected (更正) with a note readers see.
class TypistView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypistView)

public:
    explicit TypistView(InterviewDesk &desk, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onEventChanged();
    void onQuestionsChanged();
    void showAnswerState();
    void showGuest();
    void send();
    void chooseCorrection();
    void sendCorrection();

    InterviewDesk &m_desk;
    QLabel *m_question;
    QLabel *m_asker;
    QComboBox *m_guests;
    QLabel *m_photo;
    QLabel *m_guestTitle;
    QPlainTextEdit *m_answer;
    QLabel *m_state;
    QListWidget *m_answered;
    QPlainTextEdit *m_correction;
    QLineEdit *m_correctionNote;
    QPushButton *m_correct;
    qint64 m_questionId = 0; ///< the question the editor's text belongs to
    qint64 m_correcting = 0; ///< the answered question the correction editor holds
};

} // namespace pd::interview
