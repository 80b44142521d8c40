#pragma once
#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace pd::api {
class PortalClient;
}
namespace pd::domain {
struct SiteReport;
}
namespace pd::reports {
class ReportLoader;
}

namespace pd::ui {

/// 报表: the monthly site report (or the site-group comparison, for administrators) for a chosen period, saved as
/// PDF or CSV. The figures come from portald; the layout is reports::SiteReportWriter's, with Qt Charts charts.
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

    [[nodiscard]] QLabel *message() const { return m_message; }

Q_SIGNALS:
    void saved(const QString &path);

private:
    void choosePath(Format format);
    void write(const QList<pd::domain::SiteReport> &reports);
    void showMessage(const QString &text, bool error);

    qint64 m_siteId = 0;
    reports::ReportLoader *m_loader = nullptr;
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
