#include "server/db/SqlDialect.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr QLatin1StringView kSqlitePrefix{"sqlite:"};
constexpr QLatin1StringView kPostgresPrefix{"postgresql:"};
} // namespace

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

bool SqlDialect::accepts(QStringView statement) const
{
    if (statement.startsWith(kSqlitePrefix))
        return m_kind == Kind::Sqlite;
    if (statement.startsWith(kPostgresPrefix))
        return m_kind == Kind::Postgres;
    return true;
}

QString SqlDialect::expand(QString statement) const
{
    if (statement.startsWith(kSqlitePrefix))
        statement.remove(0, kSqlitePrefix.size());
    else if (statement.startsWith(kPostgresPrefix))
        statement.remove(0, kPostgresPrefix.size());
    const bool lite = m_kind == Kind::Sqlite;
    statement.replace(u"{{ID}}"_s, lite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s);
    statement.replace(u"{{BIGINT}}"_s, lite ? u"INTEGER"_s : u"BIGINT"_s);
    statement.replace(u"{{BLOB}}"_s, lite ? u"BLOB"_s : u"BYTEA"_s);
    return statement.trimmed();
}

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

} // namespace

QString SqlDialect::cjkBigrams(QStringView text)
{
    QSet<QStringView> seen;
    QStringList grams;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (!isCjk(text[i]) || !isCjk(text[i + 1]))
            continue;
        const QStringView gram = text.sliced(i, 2);
        if (!seen.contains(gram)) {
            seen.insert(gram);
            grams.append(gram.toString());
        }
    }
    return grams.join(u' ');
}

QString SqlDialect::contentWithoutBody() const
{
    return m_kind == Kind::Sqlite ? u"json_remove(items.content, '$.bodyHtml')"_s
                                  : u"(items.content::jsonb - 'bodyHtml')::text"_s;
}

QString SqlDialect::contentText(const QString &path) const
{
    return m_kind == Kind::Sqlite ? u"json_extract(items.content, '$.%1')"_s.arg(path)
                                  : u"(items.content::jsonb #>> '{%1}')"_s.arg(QString(path).replace(u'.', u','));
}

QString SqlDialect::bigramDelete() const
{
    return m_kind == Kind::Sqlite ? u"DELETE FROM items_bigram WHERE rowid = ?"_s : QString();
}

QString SqlDialect::bigramInsert() const
{
    return m_kind == Kind::Sqlite ? u"INSERT INTO items_bigram (rowid, grams) VALUES (?, ?)"_s : QString();
}

SqlDialect::Fragment SqlDialect::searchCondition(const QString &query) const
{
    Fragment f;
    QStringList parts;
    const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString term : terms) {
        if (m_kind == Kind::Sqlite && term.size() == 2 && isCjk(term[0]) && isCjk(term[1])) {
            parts << u"items.id IN (SELECT rowid FROM items_bigram WHERE items_bigram MATCH ?)"_s;
            f.binds << QVariant(u'"' + term + u'"');
            continue;
        }
        if (m_kind == Kind::Sqlite && term.size() >= 3) {
            parts << u"items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"_s;
            f.binds << QVariant(u'"' + term.replace(u'"', u"\"\""_s) + u'"');
            continue;
        }
        term.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        const QString like = u'%' + term + u'%';
        if (m_kind == Kind::Sqlite) {
            parts << u"items.id IN (SELECT rowid FROM items_fts WHERE title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')"_s;
            f.binds << like << like;
        } else {
            parts << u"items.id IN (SELECT item_id FROM items_fts WHERE (title || ' ' || body) ILIKE ? ESCAPE '\\')"_s;
            f.binds << like;
        }
    }
    f.sql = parts.isEmpty() ? u"1=1"_s : parts.join(u" AND "_s);
    return f;
}

QString SqlDialect::searchDelete() const
{
    return m_kind == Kind::Sqlite ? u"DELETE FROM items_fts WHERE rowid = ?"_s : u"DELETE FROM items_fts WHERE item_id = ?"_s;
}

QString SqlDialect::searchInsert() const
{
    return m_kind == Kind::Sqlite ? u"INSERT INTO items_fts (rowid, title, body) VALUES (?, ?, ?)"_s
                                  : u"INSERT INTO items_fts (item_id, title, body) VALUES (?, ?, ?)"_s;
}

} // namespace pd::server
