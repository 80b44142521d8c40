#pragma once
#include "app/domain/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::domain {

class TopicCategoryCatalog;

/// The 政府信息公开 metadata of a disclosure item (domain.md "Disclosure item"); JSON keys are the member names.
struct DisclosureMeta {
    QString indexNo;       ///< 索引号, assigned by the server, never changed
    QString publisher;     ///< 发布机构 (full name)
    QString docNo;         ///< 发文字号, e.g. 临政办发〔2026〕7号; may be empty
    QDate writtenDate;     ///< 成文日期
    QString topicCategory; ///< 主题分类 code from TopicCategoryCatalog
    QString genre;         ///< 体裁分类
    QString audience;      ///< 服务对象; may be empty
    QString mode;          ///< 公开方式
    QString modeReason;    ///< required for 不予公开
    QString term;          ///< 公开时限
    QString scope;         ///< 公开范围
    QString validity;      ///< 有效性
    // Set only by the invalidate action (server-managed like indexNo; an edit keeps them as they are).
    QDate effectiveDate;     ///< the day a 失效 / 废止 took effect
    qint64 replacedBy = 0;   ///< the disclosure item that replaces this one (0: none)
    QList<qint64> replaces;  ///< the items this one replaces (the back links of their replacedBy)
    QStringList keywords;  ///< 主题词
    QString abstract;      ///< 内容概述, at most 100 characters

    static constexpr qsizetype MaxAbstractLength = 100;

    [[nodiscard]] QJsonObject toJson() const;
    /// Reads the JSON form; fails (Validation, one FieldError per field) only where a value cannot be read at all
    /// (wrong JSON type, a date that is not YYYY-MM-DD). What the values mean is validate()'s business.
    [[nodiscard]] static Result<DisclosureMeta> fromJson(const QJsonObject &json);

    /// Every problem with the metadata, one FieldError per problem (field = JSON key), messages translatable
    /// in the "pd::domain" context. Empty when the metadata may be saved.
    [[nodiscard]] QList<FieldError> validate(const TopicCategoryCatalog &catalog, QDate today) const;
    /// validate() against the national catalogue and today's date.
    [[nodiscard]] QList<FieldError> validate() const;

    friend bool operator==(const DisclosureMeta &, const DisclosureMeta &) = default;
};

} // namespace pd::domain
