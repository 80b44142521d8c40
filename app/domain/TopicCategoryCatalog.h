#pragma once
#include "app/domain/TopicCategory.h"

#include <QHash>
#include <QList>
#include <optional>

namespace pd::domain {

/// The national topic catalogue (主题分类) of government information disclosure: 22 top categories, each with its
/// sub-categories. Codes are stable (they are stored with every disclosure item); names are Chinese data.
class TopicCategoryCatalog
{
public:
    /// The built-in national catalogue.
    TopicCategoryCatalog();
    /// The national catalogue followed by a site's own categories (tops before their sub-categories): the whole
    /// catalogue of that site, so hasSiteCategories() is true even when the list is empty.
    explicit TopicCategoryCatalog(const QList<TopicCategory> &siteCategories);

    /// Whether this catalogue holds the site's own categories as well. Without them (the national catalogue alone,
    /// as a client offline may have it) a code in the shape of a site's own category cannot be judged here.
    [[nodiscard]] bool hasSiteCategories() const { return m_withSiteCategories; }

    /// Adds one of a site's own categories after the national ones: a top category, or a sub-category of a top
    /// category already present. False (and nothing added) when its code is taken or its parent is unknown.
    bool add(const TopicCategory &category);

    [[nodiscard]] QList<TopicCategory> topCategories() const;
    [[nodiscard]] QList<TopicCategory> subCategories(const QString &topCode) const;
    /// Every entry, each top category followed by its sub-categories.
    [[nodiscard]] const QList<TopicCategory> &all() const { return m_all; }

    [[nodiscard]] std::optional<TopicCategory> byCode(const QString &code) const;
    [[nodiscard]] bool contains(const QString &code) const { return m_byCode.contains(code); }
    /// Looks up "<top name>/<sub name>" (e.g. "综合政务/政务公开") or a bare top name ("国防").
    [[nodiscard]] std::optional<TopicCategory> byPath(QStringView path) const;
    /// The "<top name>/<sub name>" path of a code (the top name alone for a top category); empty when unknown.
    [[nodiscard]] QString path(const QString &code) const;

private:
    QList<TopicCategory> m_all;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, qsizetype> m_byPath;
    bool m_withSiteCategories = false;
};

} // namespace pd::domain
