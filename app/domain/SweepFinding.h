#pragma once
#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// One finding of a sweep: a rule matched in an item's field, or a dead link on a public page; open, fixed
/// (已整改, confirmed by a re-check) or ignored (忽略, with the reason reviewers see).
struct SweepFinding {
    enum class State { Open, Fixed, Ignored };

    qint64 id = 0;
    qint64 sweepId = 0;
    qint64 itemId = 0;  ///< 0: a dead link on a page that is not an item's (home page, column lists)
    QString itemTitle;
    QString ruleId;
    QString kind;       ///< sensitive, typo, wording, leader … or link
    QString severity;   ///< block, warn
    QString field;      ///< title, summary, bodyHtml …; for a link the page file
    int start = 0;
    int length = 0;
    QString excerpt;
    QString suggestion;
    QString message;
    State state = State::Open;
    QString reason;
    QString resolvedBy; ///< who marked it fixed or ignored (display name)
    QDateTime resolvedAt;
    // Dead links only.
    QString page;       ///< the page's URL path
    QString url;        ///< as written in the page
    QString target;     ///< page, image, attachment, resource
    bool external = false;
    QString status;     ///< dead, timeout, redirect-loop, unreachable
    int http = 0;

    [[nodiscard]] bool isLink() const { return kind == u"link"; }
    [[nodiscard]] static QString stateCode(State state);
    [[nodiscard]] static Result<SweepFinding> fromJson(const QJsonObject &json);
};

} // namespace pd::domain
