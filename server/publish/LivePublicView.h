#pragma once
#include "app/domain/InterviewQuestion.h"
#include "app/domain/LiveComment.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LivePost.h"

#include <QList>
#include <optional>

namespace pd::server {

/// What citizens may see of one live event: the event, its published posts (any order; the page sorts), its
/// approved comments, and the last public stream seq of the event (where a page that loaded this view resumes the
/// public stream). The live page, feed.json and the site's listings are built from it. An interview adds its
/// answered questions (in the order they were answered) and the one the host asked last, still unanswered.
struct LivePublicView {
    domain::LiveEvent event;
    QList<domain::LivePost> posts;
    QList<domain::LiveComment> comments;
    qint64 streamSeq = 0;
    QList<domain::InterviewQuestion> answered;
    std::optional<domain::InterviewQuestion> currentQuestion;
};

} // namespace pd::server
