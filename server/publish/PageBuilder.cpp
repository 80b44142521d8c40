#include "server/publish/PageBuilder.h"

#include "server/publish/PageText.h"

using namespace Qt::StringLiterals;

namespace pd::server {

PageBuilder::PageBuilder(const SiteContent &content, const PageRenderer &renderer,
                         const domain::TopicCategoryCatalog &catalog)
    : m_context(content, renderer, catalog)
{
}

void PageBuilder::setLiveStream(QString urlTemplate, QString protocol)
{
    m_context.setLiveStream(std::move(urlTemplate), std::move(protocol));
}

void PageBuilder::setFooter(QString hostOrganization, QString icpRecord)
{
    m_context.setFooter(std::move(hostOrganization), std::move(icpRecord));
}

QString PageBuilder::normaliseBody(const QString &html, const QString &fallbackAlt)
{
    return PageText::normaliseBody(html, fallbackAlt);
}

Result<PublicPage> PageBuilder::notFound() const
{
    QVariantHash context = m_context.baseContext(u"页面不存在"_s, 0);
    context.insert(u"meta"_s, m_context.siteMeta());
    return m_context.page(u"404.html"_s, u"not_found.html"_s, context);
}

} // namespace pd::server
