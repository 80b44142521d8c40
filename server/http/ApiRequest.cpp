#include "http/ApiRequest.h"

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

} // namespace pd::server
