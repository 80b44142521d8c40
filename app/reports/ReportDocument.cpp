#include "app/reports/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::reports {

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(u',') + u"\r\n"_s;
}

/// The resolution QTextDocument lays text out at without a paint device (what print() scales from).
qreal layoutDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
}

Result<void> saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Storage,
                    QCoreApplication::translate("pd::reports::ReportDocument", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
    return {};
}
} // namespace

ReportDocument::ReportDocument(QString title, QStringList subtitle)
    : m_title(std::move(title)), m_subtitle(std::move(subtitle))
{
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::addSection(Section section)
{
    m_sections.append(std::move(section));
    m_document.reset();
}

QString ReportDocument::html() const
{
    // Chinese government documents are set in a Song (serif) face for text and a Hei (sans) face for headings.
    QString h = u"<html><head><style>"
                u"body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 10pt; }"
                u"h1 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 18pt; text-align: center; }"
                u"h2 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 13pt; margin-top: 14px; }"
                u"p.sub { text-align: center; color: #444444; }"
                u"th { background-color: #e8e8e8; font-family: 'Noto Sans CJK SC', sans-serif; }"
                u"</style></head><body>"_s;
    h += u"<h1>%1</h1>"_s.arg(m_title.toHtmlEscaped());
    for (const QString &line : m_subtitle)
        h += u"<p class=\"sub\">%1</p>"_s.arg(line.toHtmlEscaped());
    int chart = 0;
    for (const Section &s : m_sections) {
        h += u"<h2>%1</h2>"_s.arg(s.title.toHtmlEscaped());
        if (!s.text.isEmpty())
            h += u"<p>%1</p>"_s.arg(s.text.toHtmlEscaped().replace(u'\n', u"<br/>"_s));
        for (const QImage &image : s.charts) {
            Q_UNUSED(image);
            h += u"<p align=\"center\"><img src=\"chart:%1\" width=\"620\"/></p>"_s.arg(chart++);
        }
        for (const Table &t : s.tables) {
            if (!t.caption.isEmpty())
                h += u"<p><b>%1</b></p>"_s.arg(t.caption.toHtmlEscaped());
            h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s;
            for (const QString &head : t.headers)
                h += u"<th>%1</th>"_s.arg(head.toHtmlEscaped());
            h += u"</tr>"_s;
            for (const QStringList &row : t.rows) {
                h += u"<tr>"_s;
                for (const QString &cell : row)
                    h += u"<td>%1</td>"_s.arg(cell.toHtmlEscaped());
                h += u"</tr>"_s;
            }
            h += u"</table>"_s;
        }
    }
    return h + u"</body></html>"_s;
}

QTextDocument &ReportDocument::document() const
{
    if (m_document)
        return *m_document;
    m_document = std::make_unique<QTextDocument>();
    int chart = 0;
    for (const Section &s : m_sections)
        for (const QImage &image : s.charts)
            m_document->addResource(QTextDocument::ImageResource, QUrl(u"chart:%1"_s.arg(chart++)), image);
    m_document->setHtml(html());
    // Paginated on A4's printable area in layout units, so print() breaks the PDF's pages where these break.
    m_document->setPageSize(a4().paintRectPoints().size().toSizeF() * (layoutDpi() / 72.0));
    return *m_document;
}

int ReportDocument::pageCount() const
{
    return document().pageCount();
}

QImage ReportDocument::renderPage(int index) const
{
    QTextDocument &doc = document();
    const QSizeF page = doc.pageSize();
    const qreal scale = kDpi / layoutDpi();
    QImage image((page * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.translate(0, -page.height() * index);
    doc.drawContents(&painter, QRectF(QPointF(0, page.height() * index), page));
    return image;
}

Result<void> ReportDocument::writePdf(const QString &path) const
{
    {
        QPdfWriter writer(path);
        writer.setPageLayout(a4());
        writer.setResolution(kDpi);
        writer.setTitle(m_title);
        writer.setCreator(u"PortalDesk"_s);
        document().print(&writer);
    }
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return fail(ErrorCode::Storage,
                    QCoreApplication::translate("pd::reports::ReportDocument", "Cannot write %1.").arg(path));
    return {};
}

QByteArray ReportDocument::toCsv() const
{
    QString csv = csvLine({m_title});
    for (const QString &line : m_subtitle)
        csv += csvLine({line});
    for (const Section &s : m_sections) {
        csv += u"\r\n"_s + csvLine({s.title});
        if (!s.text.isEmpty())
            for (const QString &line : s.text.split(u'\n'))
                csv += csvLine({line});
        for (const Table &t : s.tables) {
            if (!t.caption.isEmpty())
                csv += csvLine({t.caption});
            csv += csvLine(t.headers);
            for (const QStringList &row : t.rows)
                csv += csvLine(row);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

Result<void> ReportDocument::writeCsv(const QString &path) const
{
    return saveBytes(path, toCsv());
}

QString ReportDocument::timeText(const QDateTime &moment, QStringView format)
{
    static const QTimeZone beijing = QTimeZone::fromSecondsAheadOfUtc(8 * 3600);
    return moment.isValid() ? moment.toTimeZone(beijing).toString(format) : QString();
}

} // namespace pd::reports
