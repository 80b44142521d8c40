#include "db/Migrations.h"

using namespace Qt::StringLiterals;

namespace pd::server {

QList<Migration> schemaMigrations()
{
    // Timestamps are milliseconds since the epoch (UTC) in {{BIGINT}} columns: comparable and identical on both
    // dialects, no time-zone surprises.
    return {
        Migration{1, u"sites, columns, users, roles, tokens"_s, {
            uR"(CREATE TABLE sites (
                id {{ID}},
                name TEXT NOT NULL,
                domain TEXT NOT NULL DEFAULT '',
                site_code TEXT NOT NULL DEFAULT '',
                org_code TEXT NOT NULL DEFAULT '',
                review_levels INTEGER NOT NULL DEFAULT 3,
                review_hours DOUBLE PRECISION NOT NULL DEFAULT 4.0))"_s,
            uR"(CREATE TABLE site_columns (
                id {{ID}},
                site_id {{BIGINT}} NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
                parent_id {{BIGINT}} REFERENCES site_columns(id) ON DELETE CASCADE,
                col_key TEXT NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                update_days INTEGER NOT NULL DEFAULT 0,
                sort_order INTEGER NOT NULL DEFAULT 0,
                last_published_at {{BIGINT}},
                UNIQUE (site_id, col_key)))"_s,
            uR"(CREATE INDEX site_columns_site ON site_columns(site_id, sort_order))"_s,
            uR"(CREATE TABLE users (
                id {{ID}},
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                created_at {{BIGINT}} NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE TABLE user_roles (
                user_id {{BIGINT}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                site_id {{BIGINT}} NOT NULL DEFAULT 0,
                level INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (user_id, role, site_id, level)))"_s,
            // Only SHA-256 hashes of tokens are stored: a leaked database cannot be replayed as sessions.
            uR"(CREATE TABLE tokens (
                hash TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                family TEXT NOT NULL,
                user_id {{BIGINT}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                created_at {{BIGINT}} NOT NULL,
                expires_at {{BIGINT}} NOT NULL,
                used_at {{BIGINT}},
                revoked_at {{BIGINT}}))"_s,
            uR"(CREATE INDEX tokens_family ON tokens(family))"_s,
            uR"(CREATE TABLE server_meta (
                meta_key TEXT PRIMARY KEY,
                meta_value TEXT NOT NULL))"_s,
        }},
    };
}

} // namespace pd::server
