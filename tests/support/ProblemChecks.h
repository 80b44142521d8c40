#pragma once
#include "tests/support/HttpProbe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace pd::test {

/// The fields a problem+json answer names in its `errors`, in their order.
inline QStringList problemFields(const HttpProbe::Reply &r)
{
    QStringList out;
    for (const QJsonValue &e : r.json.object().value(QLatin1StringView("errors")).toArray())
        out.append(e.toObject().value(QLatin1StringView("field")).toString());
    return out;
}

/// Checks that `r` is portald's problem+json answer with `status`: the media type, the status repeated in the body,
/// a title, a detail, a type and an errors list (the shape server/http/Problem.cpp gives every error).
inline void verifyProblem(const HttpProbe::Reply &r, int status)
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.headers.value("content-type").startsWith("application/problem+json"), r.headers.value("content-type"));
    const QJsonObject p = r.json.object();
    QCOMPARE(p.value(QLatin1StringView("status")).toInt(), status);
    QVERIFY(!p.value(QLatin1StringView("title")).toString().isEmpty());
    QVERIFY(!p.value(QLatin1StringView("detail")).toString().isEmpty());
    QVERIFY(p.value(QLatin1StringView("type")).isString());
    QVERIFY(p.value(QLatin1StringView("errors")).isArray());
}

} // namespace pd::test
