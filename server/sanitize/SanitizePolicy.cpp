#include "server/sanitize/SanitizePolicy.h"

using namespace Qt::StringLiterals;

namespace pd::server {

SanitizePolicy SanitizePolicy::defaults()
{
    SanitizePolicy p;
    p.mediaPrefixes = {u"/media/"_s};
    // The classes the portal's public CSS styles and the editor produces; everything else is editor noise.
    p.allowedClasses = {
        u"text-left"_s, u"text-center"_s, u"text-right"_s, u"text-justify"_s, u"text-indent"_s, u"lead"_s,
        u"note"_s, u"signature"_s, u"date"_s, u"attachment"_s, u"table"_s, u"table-bordered"_s,
        // CKEditor 5's image and table figures (its alignment is configured to emit the text-* classes above).
        u"image"_s, u"image-style-side"_s, u"image-style-align-left"_s, u"image-style-align-right"_s,
        u"image-style-align-center"_s, u"image-style-block-align-left"_s, u"image-style-block-align-right"_s};
    return p;
}

} // namespace pd::server
