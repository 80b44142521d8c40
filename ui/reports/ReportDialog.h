#pragma once
#include <QDate>
#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace pd::api {
class LiveClient;
class PortalClient;
}
namespace pd::domain {
struct LiveEvent;
struct LiveStats;
struct SiteReport;
}
namespace pd::reports {
class LiveReportLoader;
class ReportLoader;
}

namespace pd::ui {

/// 报表: the monthly site report (or the site-group comparison, for administrators) for a chosen period, and a live
/// event's final report (直播总结) for a chosen event, saved as PDF or CSV. The figures come from portald; the layout is
/// reports::SiteReportWriter's and reports::LiveReportWriter's, with Qt Charts charts.
class ReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    enum class Format { Pdf, Csv };

    ReportDialog(api::PortalClient &client, qint64 siteId, bool siteGroup, QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// Loads the chosen period's figures and writes them to `path`; saved() or a message follows.
    void saveTo(const QString &path, Format format);
    void setPeriod(QDate from, QDate to);
    void setWholeGroup(bool on);
    /// Loads the final figures of live event `eventId` and writes its report to `path`; saved() or a message follows.
    void saveLiveReport(qint64 eventId, const QString &path, Format format);
    [[nodiscard]] QComboBox *liveEvents() const { return m_liveEvent; }

    [[nodiscard]] QLabel *message() const { return m_message; }

Q_SIGNALS:
    void saved(const QString &path);
    /// The site's live events are in liveEvents().
    void liveEventsLoaded();

private:
    void choosePath(Format format);
    void write(const QList<pd::domain::SiteReport> &reports);
    void writeLive(const pd::domain::LiveEvent &event, const pd::domain::LiveStats &stats);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);

    qint64 m_siteId = 0;
    reports::ReportLoader *m_loader = nullptr;
    reports::LiveReportLoader *m_liveLoader = nullptr;
    std::unique_ptr<api::LiveClient> m_liveClient; ///< lists the site's live events
    QComboBox *m_liveEvent = nullptr;
    QPushButton *m_livePdf = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_group = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QString m_path;
    Format m_format = Format::Pdf;
};

} // namespace pd::ui
