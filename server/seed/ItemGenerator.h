#pragma once
#include "app/domain/Error.h"

namespace pd::server {

class Database;

/// Bulk content for measurements (`portald --generate-items N`): clones of the site's published news with distinct
/// titles, spread over the past three years, stored exactly like real items (revision, search index, columns).
class ItemGenerator
{
public:
    explicit ItemGenerator(Database &db) : m_db(db) {}

    /// Adds `count` published items to the first site; needs published news to copy (run with --demo first).
    Result<int> generate(int count);

private:
    Database &m_db;
};

} // namespace pd::server
