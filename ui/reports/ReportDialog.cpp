#include "ui/reports/ReportDialog.h"

#include "app/api/LiveClient.h"
#include "app/reports/LiveReportLoader.h"
#include "app/reports/LiveReportWriter.h"
#include "app/reports/ReportLoader.h"
#include "app/reports/SiteReportWriter.h"
#include "ui/reports/ReportChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

ReportDialog::ReportDialog(api::PortalClient &client, qint64 siteId, bool siteGroup, QWidget *parent)
    : QDialog(parent), m_siteId(siteId), m_loader(new reports::ReportLoader(client, this)),
      m_liveLoader(new reports::LiveReportLoader(client, this)), m_liveClient(std::make_unique<api::LiveClient>(client))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Reports"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    // Leaders ask for last month's figures; that is the period offered.
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_from = new QDateEdit(thisMonth.addMonths(-1), this);
    m_from->setObjectName(u"reportFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to = new QDateEdit(thisMonth.addDays(-1), this);
    m_to->setObjectName(u"reportTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    m_group = new QCheckBox(tr("Compare every site of the site group"), this);
    m_group->setObjectName(u"reportGroup"_s);
    m_group->setVisible(siteGroup);
    form->addRow(QString(), m_group);
    layout->addLayout(form);
    // A live event's final report is of the event, not of a period.
    auto *live = new QGroupBox(tr("Live broadcast final report"), this);
    auto *liveRow = new QHBoxLayout(live);
    m_liveEvent = new QComboBox(live);
    m_liveEvent->setObjectName(u"reportLiveEvent"_s);
    m_liveEvent->setMinimumContentsLength(24);
    // The events arrive after the dialog is shown: the field then asks for the width of their names.
    m_liveEvent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_livePdf = new QPushButton(tr("Save live report PDF…"), live);
    m_livePdf->setObjectName(u"reportLivePdf"_s);
    m_livePdf->setEnabled(false);
    liveRow->addWidget(m_liveEvent, 1);
    liveRow->addWidget(m_livePdf);
    layout->addWidget(live);
    m_message = new QLabel(this);
    m_message->setObjectName(u"reportMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(u"reportPdf"_s);
    m_csv = buttons->addButton(tr("Save CSV…"), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(u"reportCsv"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, [this] { choosePath(Format::Pdf); });
    connect(m_csv, &QPushButton::clicked, this, [this] { choosePath(Format::Csv); });
    connect(m_loader, &reports::ReportLoader::loaded, this, &ReportDialog::write);
    connect(m_loader, &reports::ReportLoader::failed, this, [this](const pd::Error &error) {
        setBusy(false);
        showMessage(error.message, true);
    });
    connect(m_liveLoader, &reports::LiveReportLoader::loaded, this, &ReportDialog::writeLive);
    connect(m_liveLoader, &reports::LiveReportLoader::failed, this, [this](const pd::Error &error) {
        setBusy(false);
        showMessage(error.message, true);
    });
    connect(m_livePdf, &QPushButton::clicked, this, [this] {
        const qint64 event = m_liveEvent->currentData().toLongLong();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), u"live-%1.pdf"_s.arg(event),
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            saveLiveReport(event, path, Format::Pdf);
    });
    m_liveClient->events(siteId, this, [this](Result<QList<domain::LiveEvent>> events) {
        if (!events)
            return;
        for (const domain::LiveEvent &e : std::as_const(*events))
            m_liveEvent->addItem(u"%1 (%2)"_s.arg(e.title, reports::LiveReportWriter::kindName(e.kind)), e.id);
        // The dialog was sized before the events' names were known: it widens for them (up to half the screen).
        m_liveEvent->setMinimumWidth(
            std::min(m_liveEvent->sizeHint().width(), screen()->availableGeometry().width() / 2));
        m_livePdf->setEnabled(m_liveEvent->count() > 0);
        Q_EMIT liveEventsLoaded();
    });
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::setWholeGroup(bool on)
{
    m_group->setChecked(on);
}

void ReportDialog::choosePath(Format format)
{
    const QString filter = format == Format::Pdf ? tr("PDF documents (*.pdf)") : tr("CSV tables (*.csv)");
    const QString suggested = u"report-%1-%2.%3"_s.arg(m_from->date().toString(u"yyyyMMdd"_s),
                                                       m_to->date().toString(u"yyyyMMdd"_s),
                                                       format == Format::Pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested, filter);
    if (!path.isEmpty())
        saveTo(path, format);
}

void ReportDialog::saveTo(const QString &path, Format format)
{
    if (m_to->date() < m_from->date()) {
        showMessage(tr("The period ends before it starts."), true);
        return;
    }
    m_path = path;
    m_format = format;
    setBusy(true);
    showMessage(tr("Collecting the figures…"), false);
    if (m_group->isChecked() && m_group->isVisible())
        m_loader->loadGroup(m_from->date(), m_to->date());
    else
        m_loader->loadSite(m_siteId, m_from->date(), m_to->date());
}

void ReportDialog::saveLiveReport(qint64 eventId, const QString &path, Format format)
{
    m_path = path;
    m_format = format;
    setBusy(true);
    showMessage(tr("Collecting the figures…"), false);
    m_liveLoader->load(eventId);
}

void ReportDialog::writeLive(const pd::domain::LiveEvent &event, const pd::domain::LiveStats &stats)
{
    setBusy(false);
    const auto doc = reports::LiveReportWriter(&ReportChart::bars).event(event, stats, QDateTime::currentDateTimeUtc());
    const auto written = m_format == Format::Pdf ? doc->writePdf(m_path) : doc->writeCsv(m_path);
    if (!written) {
        showMessage(written.error().message, true);
        return;
    }
    showMessage(tr("Saved %1.").arg(m_path), false);
    Q_EMIT saved(m_path);
}

void ReportDialog::setBusy(bool busy)
{
    m_pdf->setEnabled(!busy);
    m_csv->setEnabled(!busy);
    m_livePdf->setEnabled(!busy && m_liveEvent->count() > 0);
}

void ReportDialog::write(const QList<pd::domain::SiteReport> &loaded)
{
    setBusy(false);
    const bool group = loaded.size() != 1 || (m_group->isChecked() && m_group->isVisible());
    if (loaded.isEmpty() || (!group && loaded.first().isEmpty())) {
        showMessage(loaded.isEmpty() ? tr("There is no site to report on.")
                                     : reports::SiteReportWriter::emptyMessage(loaded.first()),
                    true);
        return;
    }
    const reports::SiteReportWriter writer(&ReportChart::bars);
    const auto doc = group ? writer.group(loaded) : writer.site(loaded.first());
    const auto written = m_format == Format::Pdf ? doc->writePdf(m_path) : doc->writeCsv(m_path);
    if (!written) {
        showMessage(written.error().message, true);
        return;
    }
    showMessage(tr("Saved %1.").arg(m_path), false);
    Q_EMIT saved(m_path);
}

void ReportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

} // namespace pd::ui
