#include "app/domain/TopicCategoryCatalog.h"

#include <array>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

struct TopEntry {
    QStringView name;
    QStringView subs; ///< sub-category names separated by '|'
};

// The 22 national top categories in their official order, with the sub-categories city catalogues use.
// Codes are derived from positions: top = 2 digits, sub = top + 2 digits. They are stored with every item, so
// never reorder or remove an entry; add new sub-categories only at the end of their list.
constexpr std::array<TopEntry, 22> kCatalogue{{
    {u"综合政务", u"政务公开|政务督查|应急管理|电子政务|信访|其他"},
    {u"国民经济管理、国有资产监管", u"发展规划|经济运行|价格管理|统计|国有资产监管|节能与资源综合利用|其他"},
    {u"财政、金融、审计", u"财政|预算决算|税务|金融|审计|其他"},
    {u"国土资源、能源", u"土地|矿产|测绘|电力|新能源|节能|其他"},
    {u"农业、林业、水利", u"农业、农村|林业|水利|畜牧业|渔业|其他"},
    {u"工业、交通", u"工业|信息产业（含电信）|交通运输|邮政|民航|铁路|其他"},
    {u"商贸、海关、旅游", u"国内贸易（含供销）|对外经贸合作|海关|口岸|旅游|其他"},
    {u"市场监管、安全生产监管", u"市场监管|质量监督|食品药品监管|安全生产|知识产权|其他"},
    {u"城乡建设、环境保护", u"城乡规划|城乡建设（含住房）|环境监测、保护与治理|气象、地震|市政公用|其他"},
    {u"科技、教育", u"科技|教育|其他"},
    {u"文化、广电、新闻出版", u"文化|广播电视|新闻出版|文物|其他"},
    {u"卫生、体育", u"卫生|医疗保障|体育|其他"},
    {u"人口与计划生育、妇女儿童工作", u"人口与计划生育|妇女儿童工作|老龄工作|其他"},
    {u"劳动、人事、监察", u"劳动就业|社会保障|人事工作|公务员管理|监察|其他"},
    {u"公安、安全、司法", u"公安|国家安全|司法|消防|其他"},
    {u"民政、扶贫、救灾", u"社会福利|减灾救灾|扶贫|社区建设|区划地名|其他"},
    {u"民族、宗教", u"民族事务|宗教事务|其他"},
    {u"对外事务", u"外事工作|国际交流合作|其他"},
    {u"港澳台侨工作", u"港澳工作|台湾工作|侨务工作|其他"},
    {u"国防", u"国防动员|民兵预备役|人民防空|双拥工作|其他"},
    {u"机构编制", u"机构设置|编制管理|其他"},
    {u"其他", u"其他"},
}};

} // namespace

TopicCategoryCatalog::TopicCategoryCatalog()
{
    for (size_t t = 0; t < kCatalogue.size(); ++t) {
        const TopEntry &top = kCatalogue.at(t);
        const QString topCode = u"%1"_s.arg(int(t) + 1, 2, 10, QChar(u'0'));
        m_byCode.insert(topCode, m_all.size());
        m_byPath.insert(top.name.toString(), m_all.size());
        m_all.append(TopicCategory{topCode, top.name.toString(), QString()});
        int s = 0;
        for (QStringView sub : top.subs.tokenize(u'|')) {
            const QString code = topCode + u"%1"_s.arg(++s, 2, 10, QChar(u'0'));
            m_byCode.insert(code, m_all.size());
            m_byPath.insert(top.name.toString() + u'/' + sub.toString(), m_all.size());
            m_all.append(TopicCategory{code, sub.toString(), topCode});
        }
    }
}

TopicCategoryCatalog::TopicCategoryCatalog(const QList<TopicCategory> &siteCategories)
    : TopicCategoryCatalog()
{
    m_withSiteCategories = true;
    for (const TopicCategory &c : siteCategories)
        add(c);
}

bool TopicCategoryCatalog::add(const TopicCategory &category)
{
    if (category.code.isEmpty() || m_byCode.contains(category.code))
        return false;
    QString path = category.name;
    if (!category.isTopLevel()) {
        const auto parent = m_byCode.constFind(category.parentCode);
        if (parent == m_byCode.cend() || !m_all.at(*parent).isTopLevel())
            return false;
        path = m_all.at(*parent).name + u'/' + category.name;
    }
    m_byCode.insert(category.code, m_all.size());
    m_byPath.insert(path, m_all.size());
    m_all.append(category);
    return true;
}

QList<TopicCategory> TopicCategoryCatalog::topCategories() const
{
    QList<TopicCategory> tops;
    for (const TopicCategory &c : m_all) {
        if (c.isTopLevel())
            tops.append(c);
    }
    return tops;
}

QList<TopicCategory> TopicCategoryCatalog::subCategories(const QString &topCode) const
{
    QList<TopicCategory> subs;
    for (const TopicCategory &c : m_all) {
        if (c.parentCode == topCode)
            subs.append(c);
    }
    return subs;
}

std::optional<TopicCategory> TopicCategoryCatalog::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    if (it == m_byCode.cend())
        return std::nullopt;
    return m_all.at(*it);
}

std::optional<TopicCategory> TopicCategoryCatalog::byPath(QStringView path) const
{
    const auto it = m_byPath.constFind(path.trimmed().toString());
    if (it == m_byPath.cend())
        return std::nullopt;
    return m_all.at(*it);
}

QString TopicCategoryCatalog::path(const QString &code) const
{
    const std::optional<TopicCategory> c = byCode(code);
    if (!c)
        return {};
    if (c->isTopLevel())
        return c->name;
    return byCode(c->parentCode)->name + u'/' + c->name;
}

} // namespace pd::domain
