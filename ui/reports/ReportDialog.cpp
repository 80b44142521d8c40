#include "ui/reports/ReportDialog.h"

#include "app/reports/ReportLoader.h"
#include "app/reports/SiteReportWriter.h"
#include "ui/reports/ReportChart.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

ReportDialog::ReportDialog(api::PortalClient &client, qint64 siteId, bool siteGroup, QWidget *parent)
    : QDialog(parent), m_siteId(siteId), m_loader(new reports::ReportLoader(client, this))
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
        m_pdf->setEnabled(true);
        m_csv->setEnabled(true);
        showMessage(error.message, true);
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
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    showMessage(tr("Collecting the figures…"), false);
    if (m_group->isChecked() && m_group->isVisible())
        m_loader->loadGroup(m_from->date(), m_to->date());
    else
        m_loader->loadSite(m_siteId, m_from->date(), m_to->date());
}

void ReportDialog::write(const QList<pd::domain::SiteReport> &loaded)
{
    m_pdf->setEnabled(true);
    m_csv->setEnabled(true);
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
