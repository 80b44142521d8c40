#pragma once
#include "tests/support/HttpProbe.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace pd::test {

/// A news draft as POST /api/v1/items takes it: the fields every test's draft has (site, type, title, one column)
/// and the test's own on top (`fields` add to or replace them), so that what a draft needs is said once.
class NewsDraft
{
public:
    NewsDraft(qint64 site, qint64 column, const QString &title, const QJsonObject &fields = {});

    [[nodiscard]] const QJsonObject &json() const { return m_json; }

    /// Creates it on the portald at `server` as the session `token`; the answer (201 with the item when taken).
    [[nodiscard]] HttpProbe::Reply create(HttpProbe &http, const QUrl &server, const QString &token) const;
    /// create(), reduced to the new item's id; 0 when portald refused it.
    [[nodiscard]] qint64 createId(HttpProbe &http, const QUrl &server, const QString &token) const;

private:
    QJsonObject m_json;
};

} // namespace pd::test
