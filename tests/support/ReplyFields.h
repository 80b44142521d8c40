#pragma once
#include "tests/support/HttpProbe.h"

#include <QJsonObject>
#include <QString>

namespace pd::test {

// The fields of portald's answer about one resource that the API tests read after nearly every call: the id to name
// it in the next path, the revision its If-Match needs, and the state of an item in the review workflow.

/// The `id` of the resource in `r`'s body (0 when it has none).
inline qint64 idOf(const HttpProbe::Reply &r)
{
    return r.json.object().value(QLatin1StringView("id")).toInteger();
}

/// The `revision` of the resource in `r`'s body (0 when it has none).
inline qint64 revOf(const HttpProbe::Reply &r)
{
    return r.json.object().value(QLatin1StringView("revision")).toInteger();
}

/// The workflow `state` of the item in `r`'s body (empty when it has none).
inline QString stateOf(const HttpProbe::Reply &r)
{
    return r.json.object().value(QLatin1StringView("state")).toString();
}

} // namespace pd::test
