#include "server/http/FormPage.h"

#include "server/http/Problem.h"

using namespace Qt::StringLiterals;

namespace pd::server {

ApiResponse FormPage::page(int status, const QString &title, const QStringList &lines) const
{
    QString items;
    for (const QString &line : lines)
        items += u"<p>%1</p>\n"_s.arg(line.toHtmlEscaped());
    const QString html = u"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<title>%1</title>\n</head>\n<body>\n<main>\n<h1 role=\"status\">%1</h1>\n%2"
                         "<p><a href=\"%3\">%4</a></p>\n</main>\n</body>\n</html>\n"_s.arg(
                             title.toHtmlEscaped(), items, m_back.toHtmlEscaped(), m_backLabel.toHtmlEscaped());
    return ApiResponse::raw(status, html.toUtf8(), "text/html; charset=utf-8");
}

ApiResponse FormPage::refusal(const QString &title, const Error &error) const
{
    QStringList lines{error.message};
    for (const FieldError &f : error.fields)
        if (f.message != error.message)
            lines.append(f.message);
    ApiResponse answer = page(Problem::status(error), title, lines);
    if (error.retryAfterSeconds > 0)
        answer.setHeader("Retry-After", QByteArray::number(error.retryAfterSeconds));
    return answer;
}

} // namespace pd::server
