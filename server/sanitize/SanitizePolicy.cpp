#include "sanitize/SanitizePolicy.h"

using namespace Qt::StringLiterals;

namespace pd::server {

SanitizePolicy SanitizePolicy::defaults()
{
    SanitizePolicy p;
    p.mediaPrefixes = {u"/media/"_s};
    // The classes the portal's public CSS styles and the editor produces; everything else is editor noise.
    p.allowedClasses = {u"text-left"_s,     u"text-center"_s, u"text-right"_s, u"text-indent"_s,
                        u"image"_s,         u"image-style-side"_s, u"table"_s,   u"table-bordered"_s,
                        u"attachment"_s,    u"note"_s,        u"lead"_s,       u"signature"_s,
                        u"date"_s};
    return p;
}

} // namespace pd::server
