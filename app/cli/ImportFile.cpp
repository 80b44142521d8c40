#include "app/cli/ImportFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {
QString inlineMarkdown(const QString &text)
{
    QString html = text.toHtmlEscaped();
    static const QRegularExpression strong(u"\\*\\*(.+?)\\*\\*"_s);
    static const QRegularExpression em(u"\\*(.+?)\\*"_s);
    html.replace(strong, u"<strong>\\1</strong>"_s);
    html.replace(em, u"<em>\\1</em>"_s);
    return html;
}
} // namespace

QString ImportFile::markdownToHtml(const QString &markdown)
{
    QStringList out;
    QStringList paragraph;
    bool inList = false;
    const auto flush = [&] {
        if (!paragraph.isEmpty()) {
            out.append(u"<p>"_s + inlineMarkdown(paragraph.join(u' ')) + u"</p>"_s);
            paragraph.clear();
        }
        if (inList) {
            out.append(u"</ul>"_s);
            inList = false;
        }
    };
    for (const QString &raw : markdown.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (line.startsWith(u'#')) {
            flush();
            const qsizetype level = std::min<qsizetype>(line.indexOf(QRegularExpression(u"[^#]"_s)), 3);
            // The item title is the page's h1; body headings start at h2.
            const int tag = int(std::max<qsizetype>(level, 1)) + 1;
            out.append(u"<h%1>%2</h%1>"_s.arg(tag).arg(inlineMarkdown(line.mid(level).trimmed())));
            continue;
        }
        if (line.startsWith(u"- "_s) || line.startsWith(u"* "_s)) {
            if (!paragraph.isEmpty()) {
                out.append(u"<p>"_s + inlineMarkdown(paragraph.join(u' ')) + u"</p>"_s);
                paragraph.clear();
            }
            if (!inList) {
                out.append(u"<ul>"_s);
                inList = true;
            }
            out.append(u"<li>"_s + inlineMarkdown(line.mid(2).trimmed()) + u"</li>"_s);
            continue;
        }
        if (inList) {
            out.append(u"</ul>"_s);
            inList = false;
        }
        paragraph.append(line);
    }
    flush();
    return out.join(u'\n');
}

Result<QJsonObject> ImportFile::read(const QString &path, qint64 siteId, const QHash<QString, qint64> &columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll()).remove(u'\r');
    const qsizetype split = text.indexOf(u"\n\n"_s);
    const QString header = split < 0 ? text : text.left(split);
    const QString body = split < 0 ? QString() : text.mid(split + 2);

    QHash<QString, QString> meta;
    for (const QString &line : header.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return fail(ErrorCode::InvalidInput,
                        tr("%1: the header line “%2” is not of the form key: value.").arg(QFileInfo(path).fileName(), line));
        meta.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QString name = QFileInfo(path).fileName();
    const QString title = meta.value(u"title"_s);
    if (title.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1: the header has no title.").arg(name));
    const QString column = meta.value(u"column"_s);
    if (!columns.contains(column))
        return fail(ErrorCode::InvalidInput, tr("%1: unknown column “%2”.").arg(name, column));

    const bool markdown = path.endsWith(u".md"_s, Qt::CaseInsensitive) || path.endsWith(u".markdown"_s, Qt::CaseInsensitive);
    QJsonArray keywords;
    for (const QString &k : meta.value(u"keywords"_s).split(QRegularExpression(u"[,，、]"_s), Qt::SkipEmptyParts))
        keywords.append(k.trimmed());
    return QJsonObject{{u"site"_s, siteId},
                       {u"type"_s, u"news"_s},
                       {u"title"_s, title},
                       {u"subtitle"_s, meta.value(u"subtitle"_s)},
                       {u"summary"_s, meta.value(u"summary"_s)},
                       {u"author"_s, meta.value(u"author"_s)},
                       {u"source"_s, meta.value(u"source"_s)},
                       {u"responsibleEditor"_s, meta.value(u"editor"_s)},
                       {u"keywords"_s, keywords},
                       {u"columns"_s, QJsonArray{columns.value(column)}},
                       {u"bodyHtml"_s, markdown ? markdownToHtml(body) : body.trimmed()}};
}

} // namespace pd::cli
