#pragma once
#include "app/domain/Error.h"
#include "app/domain/SiteHealth.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace pd::domain {

/// A site's figures for a chosen period, as leaders ask for them every month: items published per column and type,
/// disclosure items per 主题分类, review turnaround per level (median, overdue), the stale and empty columns, and the
/// live events held in the period with their figures.
struct SiteReport {
    struct ColumnCount {
        qint64 columnId = 0;
        QString column;
        QString type; ///< news | feature | disclosure
        int count = 0;
        friend bool operator==(const ColumnCount &, const ColumnCount &) = default;
    };
    struct CategoryCount {
        QString code;
        QString name; ///< "<top>/<sub>" as the national catalogue writes it
        int count = 0;
        friend bool operator==(const CategoryCount &, const CategoryCount &) = default;
    };
    struct LevelTurnaround {
        int level = 0;
        int decisions = 0;       ///< approvals and rejections at this level in the period
        double medianHours = 0;  ///< wall-clock hours from entering the level to the decision
        int overdue = 0;         ///< decisions after the level's deadline (working hours)
        friend bool operator==(const LevelTurnaround &, const LevelTurnaround &) = default;
    };
    struct LiveFigures {
        qint64 eventId = 0;
        QString title;
        QString state;
        QDateTime startsAt;
        qint64 posts = 0;
        qint64 photos = 0;
        qint64 characters = 0;
        qint64 viewersPeak = 0;
        qint64 pageViews = 0;
        friend bool operator==(const LiveFigures &, const LiveFigures &) = default;
    };

    qint64 siteId = 0;
    QString siteName;
    QDate from; ///< first day, in the site's time zone
    QDate to;   ///< last day, included
    QDateTime generatedAt;
    QList<ColumnCount> published;
    QList<CategoryCount> disclosure;
    QList<LevelTurnaround> review;
    SiteHealth health; ///< at generatedAt: the stale and empty columns
    QList<LiveFigures> live;

    [[nodiscard]] int publishedTotal() const;
    [[nodiscard]] int disclosureTotal() const;
    /// Nothing happened in the period: nothing published, decided or broadcast.
    [[nodiscard]] bool isEmpty() const { return published.isEmpty() && review.isEmpty() && live.isEmpty(); }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<SiteReport> fromJson(const QJsonObject &json);
};

} // namespace pd::domain
