#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace pd::plugins {
class PanelHost;
}

namespace pd::interview {

class DirectorView;
class HostView;
class InterviewDesk;
class ReviewView;
class TypistView;

/// The online interview desk (在线访谈): the interview bar (choose, public page, transcript after the end), the
/// offline banner, and one tab per role — director (导播), host (主持人), typist (录入). A person usually keeps one
/// role for the day; the tab their roles suggest is shown first.
class InterviewPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewPanel)

public:
    explicit InterviewPanel(plugins::PanelHost &host, QWidget *parent = nullptr);
    ~InterviewPanel() override;

    [[nodiscard]] InterviewDesk &desk() { return *m_desk; }

private:
    void fillEvents();
    void onEventChanged();
    void onConnection();

    InterviewDesk *m_desk;
    QComboBox *m_events;
    QLabel *m_eventState;
    QPushButton *m_publicPage;
    QPushButton *m_transcript;
    QLabel *m_banner;
    QLabel *m_message;
    QTabWidget *m_roles;
    DirectorView *m_director = nullptr;
    HostView *m_host = nullptr;
    TypistView *m_typist = nullptr;
    ReviewView *m_review = nullptr;
};

} // namespace pd::interview
