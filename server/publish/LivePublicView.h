#pragma once
#include "app/domain/LiveComment.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LivePost.h"

#include <QList>

namespace pd::server {

/// What citizens may see of one live event: the event, its published posts (any order; the page sorts), its
/// approved comments, and the last public stream seq of the event (where a page that loaded this view resumes the
/// public stream). The live page, feed.json and the site's listings are built from it.
struct LivePublicView {
    domain::LiveEvent event;
    QList<domain::LivePost> posts;
    QList<domain::LiveComment> comments;
    qint64 streamSeq = 0;
};

} // namespace pd::server
