#pragma once
#include "app/domain/Item.h"

#include <QString>
#include <QUrl>

namespace pd::editing {

/// Builds the page the preview shows: the item in the public site's article markup with the portal's CSS inlined,
/// and a Content-Security-Policy that forbids scripts and allows images only from the portal's /media/.
class PreviewDocument
{
public:
    /// `css` is the public site's stylesheet text; `server` the portal (relative /media/ URLs resolve against it).
    [[nodiscard]] static QString render(const domain::Item &item, const QString &css, const QUrl &server,
                                        const QString &topicPath = {});
    /// The origin-relative prefix a preview may load images from.
    [[nodiscard]] static QString mediaPrefix() { return QStringLiteral("/media/"); }
};

} // namespace pd::editing
