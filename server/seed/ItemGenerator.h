#pragma once
#include "app/domain/Error.h"

#include <QString>

namespace pd::server {

class Database;

/// Bulk content for measurements (`portald --generate-items N`): clones of the site's published news with distinct
/// titles, spread over the past three years, stored exactly like real items (revision, search index, columns).
class ItemGenerator
{
public:
    explicit ItemGenerator(Database &db) : m_db(db) {}

    /// Adds `count` published items to the first site; needs published news to copy (run with --demo first). With a
    /// `mark`, the title of every `markEvery`th item (the markEvery-th, 2·markEvery-th, …) carries it: a known set of
    /// findings for a sweep.
    Result<int> generate(int count, const QString &mark = {}, int markEvery = 100);

    /// Adds `count` wording rules (four-character patterns no real text contains) to the first site's rule set, as
    /// its next version: the rule count of a large province's 敏感词 list for sweep measurements.
    Result<int> generateRules(int count);

private:
    Database &m_db;
};

} // namespace pd::server
