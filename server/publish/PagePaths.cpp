#include "server/publish/PagePaths.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::server {

QString PagePaths::itemPath(qint64 id)
{
    return u"items/%1.html"_s.arg(id);
}

QString PagePaths::columnDir(qint64 id)
{
    return u"columns/%1"_s.arg(id);
}

QString PagePaths::featureDir(const QString &slug)
{
    return u"features/"_s + slug;
}

QString PagePaths::disclosureDir(const QString &code)
{
    return u"disclosure/"_s + code;
}

QString PagePaths::liveDir(qint64 id)
{
    return u"live/%1"_s.arg(id);
}

QString PagePaths::columnUrl(qint64 id)
{
    return u"/columns/%1/"_s.arg(id);
}

QString PagePaths::liveUrl(qint64 id)
{
    return u"/live/%1/"_s.arg(id);
}

QString PagePaths::disclosureUrl(const QString &code)
{
    return u"/disclosure/%1/"_s.arg(code);
}

QString PagePaths::pageFileName(int page)
{
    return page <= 1 ? u"index.html"_s : u"page-%1.html"_s.arg(page);
}

bool PagePaths::isUsableSlug(const QString &slug)
{
    static const QRegularExpression rule(u"^[a-z0-9][a-z0-9-]{0,79}$"_s);
    return rule.match(slug).hasMatch();
}

QString PagePaths::publicUrlOf(const domain::Item &item)
{
    if (item.type == domain::ItemType::Feature && item.feature && isUsableSlug(item.feature->slug))
        return u"/features/%1/"_s.arg(item.feature->slug);
    return u"/items/%1.html"_s.arg(item.id);
}

} // namespace pd::server
