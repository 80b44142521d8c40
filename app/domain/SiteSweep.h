#pragma once
#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// A whole-site sweep as portald reports it: a content sweep (every published item against the current rules) or a
/// link sweep (every link of every public page), its progress and, for links, the dead-link ratio against the limit.
struct SiteSweep {
    enum class Kind { Content, Links };
    enum class State { Running, Done, Cancelled };

    qint64 id = 0;
    qint64 siteId = 0;
    Kind kind = Kind::Content;
    State state = State::Running;
    int total = 0;   ///< items (content) or pages (links) when it started
    int checked = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    int findings = 0;
    int open = 0;
    int restarts = 0; ///< content: times a rule change made it start over
    int links = 0;
    int deadLinks = 0;
    int homeDeadLinks = 0;
    int uncheckedLinks = 0;
    bool external = false;
    double deadLinkRatio = 0.0;
    double deadLinkLimit = 0.0;
    bool withinLimit = true;

    [[nodiscard]] bool running() const { return state == State::Running; }
    /// 0…100; 100 once done whatever the counts say (items published during the sweep are checked too).
    [[nodiscard]] int percent() const;

    [[nodiscard]] static QString kindCode(Kind kind);
    [[nodiscard]] static Result<SiteSweep> fromJson(const QJsonObject &json);
};

} // namespace pd::domain
