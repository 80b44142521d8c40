#include "server/http/ApiRequest.h"

#include <QUrlQuery>

namespace pd::server {

QString ApiRequest::query(const QString &name) const
{
    return http.query().queryItemValue(name, QUrl::FullyDecoded);
}

std::optional<qint64> ApiRequest::idArg(qsizetype index) const
{
    if (index >= pathArgs.size())
        return std::nullopt;
    bool ok = false;
    const qint64 id = pathArgs.at(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> ApiRequest::ifMatch() const
{
    if (!http.headers().contains("If-Match"))
        return std::nullopt;
    QByteArray v = header("If-Match").trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qint64 revision = v.toLongLong(&ok);
    return ok && revision > 0 ? revision : -1;
}

} // namespace pd::server
