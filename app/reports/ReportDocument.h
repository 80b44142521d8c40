#pragma once
#include "app/domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

class QTextDocument;

namespace pd::reports {

/// A printable report of plain parts — a title block, then sections of text, tables and chart images — written as
/// an A4 PDF through Qt's own PDF writer or as CSV for spreadsheets (each table under its section's title). The
/// monthly site report, the site-group comparison and a live event's final report are all built from these parts.
class ReportDocument
{
public:
    struct Table {
        QString caption;
        QStringList headers;
        QList<QStringList> rows;
    };
    struct Section {
        QString title;
        QString text;
        QList<Table> tables;
        QList<QImage> charts;
    };

    ReportDocument(QString title, QStringList subtitle);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    void addSection(Section section);
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] const QList<Section> &sections() const { return m_sections; }

    /// The laid-out document (paginated on A4), built on first use; its pages are the PDF's pages.
    [[nodiscard]] QTextDocument &document() const;
    [[nodiscard]] int pageCount() const;
    /// Page `index` (0-based) as an image, as it is printed.
    [[nodiscard]] QImage renderPage(int index) const;

    /// The PDF (A4 portrait, the document's title as the PDF's title).
    Result<void> writePdf(const QString &path) const;
    /// CSV in UTF-8 with a byte-order mark (spreadsheet programs otherwise misread Chinese): the title block, then
    /// each table with its section's title and caption above it.
    [[nodiscard]] QByteArray toCsv() const;
    Result<void> writeCsv(const QString &path) const;

    /// The resolution of the PDF and of renderPage().
    static constexpr int kDpi = 150;

    /// `moment` as the report prints it: in Beijing time whatever the zone of the machine that writes it, since a
    /// report is read where the portal and its events are; empty for an invalid moment.
    [[nodiscard]] static QString timeText(const QDateTime &moment, QStringView format = u"yyyy-MM-dd HH:mm");

private:
    [[nodiscard]] QString html() const;

    QString m_title;
    QStringList m_subtitle;
    QList<Section> m_sections;
    mutable std::unique_ptr<QTextDocument> m_document;
};

} // namespace pd::reports
