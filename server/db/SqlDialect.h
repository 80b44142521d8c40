#pragma once
#include <QString>
#include <QVariantList>

namespace pd::server {

/// The one place where SQLite and PostgreSQL differ: DDL tokens, driver names, search expressions.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isSqlite() const { return m_kind == Kind::Sqlite; }
    [[nodiscard]] QString driverName() const;
    /// Migration-only statements are prefixed with `sqlite:` or `postgresql:`; this says whether one applies here.
    [[nodiscard]] bool accepts(QStringView statement) const;
    /// Replaces the portable tokens ({{ID}}, {{BIGINT}}, {{BLOB}}) and strips a dialect prefix.
    [[nodiscard]] QString expand(QString statement) const;

    /// A WHERE fragment (over `items`) plus its binds.
    struct Fragment {
        QString sql;
        QVariantList binds;
    };
    /// Full-text search: every whitespace-separated term must occur in the title or the body text. On SQLite: FTS5
    /// trigram MATCH for terms of 3+ characters, the bigram index for two CJK characters (两字词 are common), a LIKE
    /// scan only for the rest (single characters, two Latin letters).
    [[nodiscard]] Fragment searchCondition(const QString &query) const;
    [[nodiscard]] QString searchDelete() const;
    [[nodiscard]] QString searchInsert() const; ///< binds: item id, title, body text
    /// The bigram index (SQLite only; empty on PostgreSQL, which needs none of its own).
    [[nodiscard]] QString bigramDelete() const;
    [[nodiscard]] QString bigramInsert() const; ///< binds: item id, space-separated bigrams
    /// `items.content` (the item's JSON) without its `bodyHtml`, as text: for reading thousands of items whose
    /// bodies are not needed (the public site's listings), so neither the database nor the JSON parser carries them.
    [[nodiscard]] QString contentWithoutBody() const;
    /// One text value inside `items.content` at the dotted `path` ("disclosure.validity"), NULL when absent: for
    /// a summary field that has no column of its own.
    [[nodiscard]] QString contentText(const QString &path) const;
    /// The distinct CJK character pairs of `text`, space-separated: what the bigram index stores.
    [[nodiscard]] static QString cjkBigrams(QStringView text);

private:
    Kind m_kind;
};

} // namespace pd::server
