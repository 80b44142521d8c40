#pragma once
#include "app/domain/Error.h"
#include "app/domain/SiteHealth.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

namespace pd::api {
class PortalClient;
}

namespace pd::models {

/// The inspection's early warnings as portald judges them: the current site's columns (days left under each
/// rule, yellow inside the margin, red when stale or empty) and its count against the fail line, the whole site
/// group's for administrators, and which columns entered their margin since the last look (for the tray).
class SiteHealthWatch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteHealthWatch)

public:
    explicit SiteHealthWatch(api::PortalClient &client, QObject *parent = nullptr);

    /// Asks portald for `siteId`'s health and, with `withGroup`, for every site of the group; ready() follows.
    void refresh(qint64 siteId, bool withGroup);

    [[nodiscard]] const std::optional<domain::SiteHealth> &site() const { return m_site; }
    /// Every site of the group the user sees, when refresh() asked for it.
    [[nodiscard]] const QList<domain::SiteHealth> &group() const { return m_group; }

    /// The banner line: the yellow columns with their days left, then the red ones. Empty when all is well.
    [[nodiscard]] static QString warningText(const domain::SiteHealth &health);
    /// The count against the fail line: "临江市统计局: 4 of 5 stale or empty columns before the site fails".
    [[nodiscard]] static QString countText(const domain::SiteHealth &health);
    /// One column in words: "部门动态: 2 days left", "媒体关注: stale for 27 days", "视频新闻: empty".
    [[nodiscard]] static QString columnText(const domain::ColumnHealth &column);

Q_SIGNALS:
    void ready();
    void failed(const pd::Error &error);
    /// Columns of the site that are yellow now and were not at the previous answer (every yellow one the first
    /// time a site is looked at in this session).
    void enteredMargin(qint64 siteId, const QList<pd::domain::ColumnHealth> &columns);

private:
    void done();

    api::PortalClient &m_client;
    quint64 m_generation = 0;
    int m_pending = 0;
    std::optional<domain::SiteHealth> m_site;
    QList<domain::SiteHealth> m_group;
    QHash<qint64, QSet<qint64>> m_warned; ///< site → columns already announced as yellow
};

} // namespace pd::models
