#pragma once
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace pd::test {

class HttpProbe;

/// The demo portal's editorial path over the API, for tests that need items in a given state: a transition sent
/// with the If-Match of the item's current revision, and a news item taken from draft to published by the demo's
/// editor and its three reviewers (the third also publishes).
class DemoWorkflow
{
public:
    struct Accounts
    {
        QString editor, reviewer1, reviewer2, reviewer3; ///< access tokens
        /// Every one of them signed in.
        [[nodiscard]] bool complete() const
        {
            return !editor.isEmpty() && !reviewer1.isEmpty() && !reviewer2.isEmpty() && !reviewer3.isEmpty();
        }
    };

    DemoWorkflow(HttpProbe &http, QUrl base, qint64 siteId, Accounts accounts);

    /// The item after `action` by `token`; empty (and a warning with the answer) when refused.
    QJsonObject transition(const QString &token, qint64 id, const QString &action, const QString &comment = {});
    /// The id of the site's column named `name`, 0 when there is none.
    qint64 columnNamed(const QString &name);
    /// A news item with `title` in `columnId`, published through every review level; its id, 0 on any refusal.
    /// `fields` (a body, keywords …) are written over the item's defaults.
    qint64 publishNews(qint64 columnId, const QString &title, const QString &summary, const QJsonObject &fields = {});

private:
    QUrl url(const QString &path) const { return m_base.resolved(QUrl(path)); }

    HttpProbe &m_http;
    QUrl m_base;
    qint64 m_siteId = 0;
    Accounts m_accounts;
};

} // namespace pd::test
