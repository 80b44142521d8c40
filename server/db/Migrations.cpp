#include "server/db/Migrations.h"

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
        Migration{2, u"items, revisions, audit, idempotency keys, index numbers, search, check rules"_s, {
            // Indexable fields live in columns; the whole item (as the API shows it) is kept as JSON in `content`.
            uR"(CREATE TABLE items (
                id {{ID}},
                site_id {{BIGINT}} NOT NULL REFERENCES sites(id),
                type TEXT NOT NULL,
                state TEXT NOT NULL,
                level INTEGER NOT NULL DEFAULT 0,
                revision {{BIGINT}} NOT NULL,
                title TEXT NOT NULL,
                column_ids TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL DEFAULT '',
                created_by {{BIGINT}} NOT NULL REFERENCES users(id),
                created_at {{BIGINT}} NOT NULL,
                updated_at {{BIGINT}} NOT NULL,
                level_entered_at {{BIGINT}},
                due_at {{BIGINT}},
                publish_at {{BIGINT}},
                published_at {{BIGINT}},
                index_no TEXT UNIQUE,
                topic_category TEXT,
                content TEXT NOT NULL))"_s,
            uR"(CREATE INDEX items_site_updated ON items(site_id, updated_at, id))"_s,
            uR"(CREATE INDEX items_site_state ON items(site_id, state, level))"_s,
            uR"(CREATE INDEX items_schedule ON items(state, publish_at))"_s,
            uR"(CREATE INDEX items_creator ON items(created_by, updated_at))"_s,
            uR"(CREATE TABLE item_columns (
                item_id {{BIGINT}} NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                column_id {{BIGINT}} NOT NULL REFERENCES site_columns(id),
                PRIMARY KEY (column_id, item_id)))"_s,
            uR"(CREATE INDEX item_columns_item ON item_columns(item_id))"_s,
            uR"(CREATE TABLE item_revisions (
                item_id {{BIGINT}} NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                revision {{BIGINT}} NOT NULL,
                saved_at {{BIGINT}} NOT NULL,
                saved_by {{BIGINT}} NOT NULL,
                state TEXT NOT NULL,
                snapshot TEXT NOT NULL,
                PRIMARY KEY (item_id, revision)))"_s,
            // No foreign key to items: the audit log outlives a deleted draft (kept ≥ 6 months by law).
            uR"(CREATE TABLE item_audit (
                id {{ID}},
                item_id {{BIGINT}} NOT NULL,
                at {{BIGINT}} NOT NULL,
                user_id {{BIGINT}} NOT NULL,
                action TEXT NOT NULL,
                from_state TEXT NOT NULL,
                from_level INTEGER NOT NULL,
                to_state TEXT NOT NULL,
                to_level INTEGER NOT NULL,
                comment TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE INDEX item_audit_item ON item_audit(item_id, id))"_s,
            uR"(CREATE TABLE idempotency_keys (
                user_id {{BIGINT}} NOT NULL,
                idem_key TEXT NOT NULL,
                request_hash TEXT NOT NULL,
                status INTEGER NOT NULL,
                response TEXT NOT NULL,
                etag TEXT NOT NULL DEFAULT '',
                created_at {{BIGINT}} NOT NULL,
                PRIMARY KEY (user_id, idem_key)))"_s,
            uR"(CREATE TABLE index_counters (
                org_code TEXT NOT NULL,
                year INTEGER NOT NULL,
                last_seq INTEGER NOT NULL,
                PRIMARY KEY (org_code, year)))"_s,
            uR"(CREATE TABLE check_rules (
                site_id {{BIGINT}} PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                rules TEXT NOT NULL))"_s,
            // Search: FTS5 with the trigram tokenizer on SQLite (unicode61 cannot split Chinese), a pg_trgm index on
            // PostgreSQL. Both are queried through SqlDialect.
            uR"(sqlite:CREATE VIRTUAL TABLE items_fts USING fts5(title, body, tokenize='trigram'))"_s,
            uR"(postgresql:CREATE EXTENSION IF NOT EXISTS pg_trgm)"_s,
            uR"(postgresql:CREATE TABLE items_fts (
                item_id BIGINT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                body TEXT NOT NULL))"_s,
            uR"(postgresql:CREATE INDEX items_fts_trgm ON items_fts USING gin ((title || ' ' || body) gin_trgm_ops))"_s,
        }},
        Migration{3, u"live events, posts with correction history, comments; the event stream"_s, {
            uR"(CREATE TABLE live_events (
                id {{ID}},
                site_id {{BIGINT}} NOT NULL REFERENCES sites(id),
                title TEXT NOT NULL,
                venue TEXT NOT NULL DEFAULT '',
                summary TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL,
                mode TEXT NOT NULL,
                starts_at {{BIGINT}},
                content TEXT NOT NULL,
                revision {{BIGINT}} NOT NULL,
                created_by {{BIGINT}} NOT NULL,
                created_at {{BIGINT}} NOT NULL,
                updated_at {{BIGINT}} NOT NULL,
                page_views {{BIGINT}} NOT NULL DEFAULT 0,
                viewers_peak INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE INDEX live_events_site ON live_events(site_id, starts_at))"_s,
            uR"(CREATE TABLE live_posts (
                id {{ID}},
                event_id {{BIGINT}} NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
                seq {{BIGINT}} NOT NULL,
                kind TEXT NOT NULL,
                state TEXT NOT NULL,
                text TEXT NOT NULL DEFAULT '',
                speaker TEXT NOT NULL DEFAULT '',
                photos TEXT NOT NULL DEFAULT '[]',
                pinned INTEGER NOT NULL DEFAULT 0,
                revision {{BIGINT}} NOT NULL,
                created_by {{BIGINT}} NOT NULL,
                created_at {{BIGINT}} NOT NULL,
                updated_at {{BIGINT}} NOT NULL,
                published_at {{BIGINT}},
                correction_note TEXT NOT NULL DEFAULT '',
                corrected_at {{BIGINT}},
                reason TEXT NOT NULL DEFAULT '',
                UNIQUE (event_id, seq)))"_s,
            uR"(CREATE INDEX live_posts_state ON live_posts(event_id, state, seq))"_s,
            // Every earlier version of a post, so a correction never erases what readers saw.
            uR"(CREATE TABLE live_post_history (
                post_id {{BIGINT}} NOT NULL REFERENCES live_posts(id) ON DELETE CASCADE,
                revision {{BIGINT}} NOT NULL,
                saved_at {{BIGINT}} NOT NULL,
                saved_by {{BIGINT}} NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                snapshot TEXT NOT NULL,
                PRIMARY KEY (post_id, revision)))"_s,
            uR"(CREATE TABLE live_comments (
                id {{ID}},
                event_id {{BIGINT}} NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
                state TEXT NOT NULL,
                author_name TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                created_at {{BIGINT}} NOT NULL,
                moderated_by {{BIGINT}},
                moderated_at {{BIGINT}}))"_s,
            uR"(CREATE INDEX live_comments_event ON live_comments(event_id, state, id))"_s,
            // The stream's durable, monotonic seq (AUTOINCREMENT / BIGSERIAL never reuse a value).
            uR"(CREATE TABLE stream_events (
                seq {{ID}},
                at {{BIGINT}} NOT NULL,
                type TEXT NOT NULL,
                public_event {{BIGINT}} NOT NULL DEFAULT 0,
                payload TEXT NOT NULL,
                audience TEXT NOT NULL))"_s,
            uR"(CREATE INDEX stream_events_public ON stream_events(public_event, seq))"_s,
        }},
        Migration{4, u"two-character Chinese search (bigram index)"_s, {
            // Trigrams cannot find a two-character word (停车, 招商) without scanning every body. Each CJK bigram is
            // stored as its own unicode61 token, so such a word is one index lookup. Filled by ItemRepository
            // (ensureSearchIndex) because the bigrams are computed in C++; PostgreSQL keeps using pg_trgm.
            uR"(sqlite:CREATE VIRTUAL TABLE items_bigram USING fts5(grams, tokenize='unicode61'))"_s,
        }},
        Migration{5, u"who changed the check rules, when and how"_s, {
            // The rule set itself stays one versioned document in check_rules; each admin edit adds a row here
            // (the rule as it was written, or as it was before deletion) so a changed wording rule can be traced.
            uR"(CREATE TABLE check_rule_changes (
                id {{ID}},
                site_id {{BIGINT}} NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                at {{BIGINT}} NOT NULL,
                user_id {{BIGINT}} NOT NULL,
                action TEXT NOT NULL,
                rule_id TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT '{}'))"_s,
            uR"(CREATE INDEX check_rule_changes_site ON check_rule_changes(site_id, version))"_s,
        }},
        Migration{6, u"繁体版: each site's OpenCC variant and the Traditional copy linked to each item"_s, {
            uR"(CREATE TABLE traditional_settings (
                site_id {{BIGINT}} PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
                variant TEXT NOT NULL))"_s,
            // source_revision: the revision of the Simplified item the copy was made from, so asking again for an
            // unchanged item changes nothing (the endpoint is idempotent).
            uR"(CREATE TABLE traditional_items (
                source_id {{BIGINT}} PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                item_id {{BIGINT}} NOT NULL UNIQUE REFERENCES items(id) ON DELETE CASCADE,
                variant TEXT NOT NULL,
                source_revision {{BIGINT}} NOT NULL,
                updated_at {{BIGINT}} NOT NULL))"_s,
        }},
        Migration{7, u"pending revisions of published items: their state and level for lists and the review queue"_s, {
            // The pending text itself lives in the item's content JSON; these columns let the queue and the lists
            // find an edit under review without reading every published item's content.
            uR"(ALTER TABLE items ADD COLUMN pending_state TEXT)"_s,
            uR"(ALTER TABLE items ADD COLUMN pending_level INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE items ADD COLUMN published_revision {{BIGINT}})"_s,
            uR"(CREATE INDEX items_site_pending ON items(site_id, pending_state, pending_level))"_s,
        }},
        Migration{8, u"administration: review policy, site group, column flags, account state, the administration audit log"_s, {
            // 三审 by different people unless a site decides otherwise: both exceptions start switched off.
            uR"(ALTER TABLE sites ADD COLUMN allow_same_reviewer INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sites ADD COLUMN allow_author_review INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sites ADD COLUMN parent_site_id {{BIGINT}} NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sites ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1)"_s,
            uR"(ALTER TABLE sites ADD COLUMN traditional INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sites ADD COLUMN public_url TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE sites ADD COLUMN revision {{BIGINT}} NOT NULL DEFAULT 1)"_s,
            uR"(ALTER TABLE site_columns ADD COLUMN in_catalogue INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE site_columns ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1)"_s,
            uR"(ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE users ADD COLUMN revision {{BIGINT}} NOT NULL DEFAULT 1)"_s,
            // Who changed which site, column, category, account or policy, with the whole record before and after
            // (JSON, '{}' for a creation or a deletion), so any administrative change can be traced and undone by hand.
            uR"(CREATE TABLE admin_audit (
                id {{ID}},
                at {{BIGINT}} NOT NULL,
                user_id {{BIGINT}} NOT NULL,
                username TEXT NOT NULL,
                resource TEXT NOT NULL,
                resource_id TEXT NOT NULL,
                action TEXT NOT NULL,
                before_json TEXT NOT NULL DEFAULT '{}',
                after_json TEXT NOT NULL DEFAULT '{}'))"_s,
            uR"(CREATE INDEX admin_audit_resource ON admin_audit(resource, resource_id, id))"_s,
        }},
        Migration{9, u"a site's working hours for review deadlines"_s, {
            // WorkingCalendar JSON; '' keeps the default calendar, as every site had before.
            uR"(ALTER TABLE sites ADD COLUMN working_hours TEXT NOT NULL DEFAULT '')"_s,
        }},
        Migration{10, u"a site's own disclosure topic categories beside the national catalogue"_s, {
            // The national 22 stay in code (their codes are fixed by the standard); only a site's additions are rows.
            uR"(CREATE TABLE disclosure_categories (
                code TEXT PRIMARY KEY,
                site_id {{BIGINT}} NOT NULL REFERENCES sites(id),
                parent_code TEXT NOT NULL DEFAULT '',
                name TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                revision {{BIGINT}} NOT NULL DEFAULT 1))"_s,
            uR"(CREATE INDEX disclosure_categories_site ON disclosure_categories(site_id, parent_code, position))"_s,
        }},
        Migration{11, u"co-publishing (站群): copies of an item placed in columns of other sites"_s, {
            // The copy is an ordinary item of the target site (its review queue, lists and pages take it as they are);
            // this row links it to the original so an update or a withdrawal of the original reaches it. A removed
            // placement keeps its row (removed_at) so "where was this published" stays answerable.
            uR"(CREATE TABLE item_placements (
                id {{ID}},
                source_id {{BIGINT}} NOT NULL REFERENCES items(id),
                site_id {{BIGINT}} NOT NULL REFERENCES sites(id),
                item_id {{BIGINT}} NOT NULL UNIQUE REFERENCES items(id),
                kind TEXT NOT NULL,
                created_by {{BIGINT}} NOT NULL,
                created_at {{BIGINT}} NOT NULL,
                removed_at {{BIGINT}},
                removed_by {{BIGINT}}))"_s,
            uR"(CREATE INDEX item_placements_source ON item_placements(source_id, id))"_s,
            uR"(CREATE INDEX item_placements_site ON item_placements(site_id, item_id))"_s,
            // Whether copies pushed here wait for this site's reviewers (the default) or go public at once.
            uR"(ALTER TABLE sites ADD COLUMN review_placements INTEGER NOT NULL DEFAULT 1)"_s,
        }},
        Migration{12, u"whole-site sweeps: content checks over everything published, and their findings"_s, {
            // A sweep walks a site's published items in id order; last_item_id is where it resumes after a restart.
            uR"(CREATE TABLE sweeps (
                id {{ID}},
                site_id {{BIGINT}} NOT NULL REFERENCES sites(id),
                state TEXT NOT NULL,
                total INTEGER NOT NULL,
                checked INTEGER NOT NULL DEFAULT 0,
                last_item_id {{BIGINT}} NOT NULL DEFAULT 0,
                started_by {{BIGINT}} NOT NULL,
                started_at {{BIGINT}} NOT NULL,
                finished_at {{BIGINT}}))"_s,
            uR"(CREATE INDEX sweeps_site_state ON sweeps(site_id, state))"_s,
            uR"(CREATE TABLE sweep_findings (
                id {{ID}},
                sweep_id {{BIGINT}} NOT NULL REFERENCES sweeps(id),
                item_id {{BIGINT}} NOT NULL,
                rule_id TEXT NOT NULL,
                field TEXT NOT NULL,
                finding TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'open',
                reason TEXT NOT NULL DEFAULT '',
                resolved_by {{BIGINT}},
                resolved_at {{BIGINT}}))"_s,
            uR"(CREATE INDEX sweep_findings_sweep ON sweep_findings(sweep_id, id))"_s,
        }},
        Migration{13, u"joint review of live posts: the approvals of a post's review round and the change it is for"_s, {
            // One JSON document per post ({approvals, pendingChange}): read and written with the post, never queried.
            uR"(ALTER TABLE live_posts ADD COLUMN review TEXT NOT NULL DEFAULT '{}')"_s,
            // Review decisions join corrections in a post's history; '' marks the corrections of older versions.
            uR"(ALTER TABLE live_post_history ADD COLUMN action TEXT NOT NULL DEFAULT '')"_s,
        }},
        Migration{14, u"live audience across portald instances: reader heartbeats, polling readers, comment search"_s, {
            // Each source of readers (a portald's WebSocket readers, or any other fan-out that counts its own) keeps
            // one row per event alive; a row whose source stopped refreshing it expires, so a dead instance's
            // readers drop out of the figure on their own.
            uR"(CREATE TABLE live_audience (
                source TEXT NOT NULL,
                event_id {{BIGINT}} NOT NULL,
                readers INTEGER NOT NULL,
                expires_at {{BIGINT}} NOT NULL,
                PRIMARY KEY (source, event_id)))"_s,
            // Readers on the feed.json fallback, by a digest of their address: any instance may hear a reader's
            // presence, the row is the same, so a reader is counted once whichever instance it reached.
            uR"(CREATE TABLE live_poll_readers (
                event_id {{BIGINT}} NOT NULL,
                reader TEXT NOT NULL,
                seen_at {{BIGINT}} NOT NULL,
                PRIMARY KEY (event_id, reader)))"_s,
            uR"(CREATE INDEX live_poll_readers_seen ON live_poll_readers(event_id, seen_at))"_s,
            // The moderators' paging walks an event's comments by id, with or without a state.
            uR"(CREATE INDEX live_comments_event_id ON live_comments(event_id, id))"_s,
        }},
        Migration{15, u"online interviews: netizen questions, the host's queue, guests' answers, the transcript item"_s, {
            // A duplicate merged into another keeps its row (merged_into) and hands its askers on.
            uR"(CREATE TABLE interview_questions (
                id {{ID}},
                event_id {{BIGINT}} NOT NULL REFERENCES live_events(id) ON DELETE CASCADE,
                state TEXT NOT NULL,
                author_name TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                askers INTEGER NOT NULL DEFAULT 1,
                merged_into {{BIGINT}},
                position INTEGER NOT NULL DEFAULT 0,
                reason TEXT NOT NULL DEFAULT '',
                revision {{BIGINT}} NOT NULL DEFAULT 1,
                created_at {{BIGINT}} NOT NULL,
                updated_at {{BIGINT}} NOT NULL,
                asked_at {{BIGINT}},
                answered_at {{BIGINT}}))"_s,
            uR"(CREATE INDEX interview_questions_event ON interview_questions(event_id, state, id))"_s,
            // One answer per question, held by the database too: two typists (or two portald instances) racing to
            // answer the same question cannot both succeed.
            uR"(CREATE TABLE interview_answers (
                id {{ID}},
                question_id {{BIGINT}} NOT NULL UNIQUE REFERENCES interview_questions(id) ON DELETE CASCADE,
                guest_id {{BIGINT}} NOT NULL,
                guest_name TEXT NOT NULL,
                guest_title TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL,
                created_by {{BIGINT}} NOT NULL,
                created_at {{BIGINT}} NOT NULL))"_s,
            // The 实录 item built from the answered pairs, so building it again returns the same draft.
            uR"(ALTER TABLE live_events ADD COLUMN transcript_item {{BIGINT}})"_s,
        }},
        Migration{16, u"parallel sessions (sub-forums) of live events: the session each post belongs to"_s, {
            // Every post made before posts named a session belongs to the event's first one, the main forum: the
            // sessions in an event's content get their ids by position when read, so the first one is 1.
            uR"(ALTER TABLE live_posts ADD COLUMN session_id {{BIGINT}} NOT NULL DEFAULT 1)"_s,
            uR"(CREATE INDEX live_posts_session ON live_posts(event_id, session_id, seq))"_s,
        }},
        Migration{17, u"link sweeps beside content sweeps; a content sweep follows the rule set it runs with"_s, {
            uR"(ALTER TABLE sweeps ADD COLUMN kind TEXT NOT NULL DEFAULT 'content')"_s,
            // The rule-set version a content sweep checks with; another version mid-sweep starts it over.
            uR"(ALTER TABLE sweeps ADD COLUMN rules_version INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sweeps ADD COLUMN restarts INTEGER NOT NULL DEFAULT 0)"_s,
            // A link sweep walks the site's pages in path order; last_page is where it resumes after a restart.
            uR"(ALTER TABLE sweeps ADD COLUMN last_page TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE sweeps ADD COLUMN links INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sweeps ADD COLUMN dead_links INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sweeps ADD COLUMN home_dead_links INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sweeps ADD COLUMN unchecked_links INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(ALTER TABLE sweeps ADD COLUMN external INTEGER NOT NULL DEFAULT 0)"_s,
            uR"(CREATE INDEX sweep_findings_item ON sweep_findings(item_id, state))"_s,
        }},
        Migration{18, u"a sweep's next batch of published items found by index, not by sorting the site's items"_s, {
            // (site_id, state, level) leaves id unordered: each batch sorted every published item of the site.
            uR"(CREATE INDEX items_site_state_id ON items(site_id, state, id))"_s,
        }},
        Migration{19, u"column revisions: two administrators arranging one column tree see each other's changes"_s, {
            // Bumped by every change of the column, its place among its siblings included; PUT and DELETE carry it
            // in If-Match.
            uR"(ALTER TABLE site_columns ADD COLUMN revision {{BIGINT}} NOT NULL DEFAULT 1)"_s,
        }},
        Migration{20, u"a rule change re-checks only what it could affect: a sweep's pending re-checks, and what it read"_s, {
            // Items a sweep has read (its first pass and every re-check), to show what a rule change cost.
            uR"(ALTER TABLE sweeps ADD COLUMN items_read INTEGER NOT NULL DEFAULT 0)"_s,
            // One row per rule change a sweep still has to catch up with on the items it had checked already
            // (id <= upto_item_id): the rule ids to re-check ('["*"]': all), and the folded phrases an item must
            // contain to be read at all ('[]': every item). last_item_id is where it resumes after a restart.
            uR"(CREATE TABLE sweep_rechecks (
                id {{ID}},
                sweep_id {{BIGINT}} NOT NULL REFERENCES sweeps(id),
                upto_item_id {{BIGINT}} NOT NULL,
                last_item_id {{BIGINT}} NOT NULL DEFAULT 0,
                rules TEXT NOT NULL,
                phrases TEXT NOT NULL))"_s,
            uR"(CREATE INDEX sweep_rechecks_sweep ON sweep_rechecks(sweep_id, id))"_s,
        }},
        Migration{21, u"corrections of interview answers: the answer's revision, its public note, the history"_s, {
            uR"(ALTER TABLE interview_answers ADD COLUMN revision {{BIGINT}} NOT NULL DEFAULT 1)"_s,
            uR"(ALTER TABLE interview_answers ADD COLUMN correction_note TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE interview_answers ADD COLUMN corrected_at {{BIGINT}})"_s,
            // A correction waiting for review in a reviewed interview (JSON); readers keep the answer meanwhile.
            uR"(ALTER TABLE interview_answers ADD COLUMN pending_correction TEXT)"_s,
            // Every earlier version of an answer, so a correction never erases what readers saw.
            uR"(CREATE TABLE interview_answer_history (
                id {{ID}},
                answer_id {{BIGINT}} NOT NULL REFERENCES interview_answers(id) ON DELETE CASCADE,
                revision {{BIGINT}} NOT NULL,
                action TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                snapshot TEXT NOT NULL,
                saved_by {{BIGINT}} NOT NULL,
                saved_at {{BIGINT}} NOT NULL))"_s,
            uR"(CREATE INDEX interview_answer_history_answer ON interview_answer_history(answer_id, id))"_s,
        }},
        Migration{22, u"answers of a reviewed interview wait for their approvals before readers see them"_s, {
            // published (every answer before this), pending (approvals so far in review_approvals, JSON) or
            // rejected (with the reviewer's reason, for the typist).
            uR"(ALTER TABLE interview_answers ADD COLUMN review_state TEXT NOT NULL DEFAULT 'published')"_s,
            uR"(ALTER TABLE interview_answers ADD COLUMN review_approvals TEXT)"_s,
            uR"(ALTER TABLE interview_answers ADD COLUMN review_reason TEXT NOT NULL DEFAULT '')"_s,
        }},
    };
}

} // namespace pd::server
