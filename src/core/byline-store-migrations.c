/* byline-store-migrations.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-store-private.h"

/* The schema, as an ordered list of migrations. Migration N takes a
 * database from `PRAGMA user_version` N-1 to N, in one transaction.
 *
 * NEVER edit a migration that has shipped: add a new one. Frozen copies of
 * each version's schema live in tests/data/schema/vN.sql, and
 * tests/core/test-store-migrations.c migrates a database of every earlier
 * version to the latest. */

/* The comments table after its id (schema 4), made again in schema 9 */
#define COMMENTS_COLUMNS \
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE," \
  "  remote_id INTEGER NOT NULL," \
  "  post_remote_id INTEGER NOT NULL DEFAULT 0," \
  "  post_headline TEXT NOT NULL DEFAULT ''," \
  "  parent INTEGER NOT NULL DEFAULT 0," \
  "  author_name TEXT NOT NULL DEFAULT ''," \
  "  author_email TEXT NOT NULL DEFAULT ''," \
  "  author_url TEXT NOT NULL DEFAULT ''," \
  "  author_ip TEXT NOT NULL DEFAULT ''," \
  "  author_user_agent TEXT NOT NULL DEFAULT ''," \
  "  date_gmt TEXT NOT NULL DEFAULT ''," \
  "  status TEXT NOT NULL CHECK (status IN ('hold', 'approved', 'spam', 'trash'))," \
  "  content TEXT NOT NULL DEFAULT ''," \
  "  spam_score REAL NOT NULL DEFAULT -1," \
  "  spam_reasons TEXT NOT NULL DEFAULT '[]'," \
  "  UNIQUE (account_id, remote_id));"

/* The triggers that keep the comments' full-text index (schema 4), made
 * again with the table in schema 9 */
#define COMMENTS_FTS_TRIGGERS \
  "CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN" \
  "  INSERT INTO comments_fts (rowid, content, author_name, author_email)" \
  "  VALUES (new.id, new.content, new.author_name, new.author_email);" \
  "END;" \
  "CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN" \
  "  INSERT INTO comments_fts (comments_fts, rowid, content, author_name, author_email)" \
  "  VALUES ('delete', old.id, old.content, old.author_name, old.author_email);" \
  "END;" \
  "CREATE TRIGGER comments_fts_update AFTER UPDATE ON comments" \
  "  WHEN old.content IS NOT new.content OR old.author_name IS NOT new.author_name" \
  "    OR old.author_email IS NOT new.author_email " \
  "BEGIN" \
  "  INSERT INTO comments_fts (comments_fts, rowid, content, author_name, author_email)" \
  "  VALUES ('delete', old.id, old.content, old.author_name, old.author_email);" \
  "  INSERT INTO comments_fts (rowid, content, author_name, author_email)" \
  "  VALUES (new.id, new.content, new.author_name, new.author_email);" \
  "END;"

static const char *migrations[] = {
  /* 1: articles with normalised bylines, sections and tags; revisions;
   * accounts (no secrets) and per-account links. */
  "CREATE TABLE sections ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE);"
  "CREATE TABLE authors ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE);"
  "CREATE TABLE tags ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE);"
  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  headline TEXT NOT NULL DEFAULT '',"
  "  standfirst TEXT NOT NULL DEFAULT '',"
  "  body TEXT NOT NULL DEFAULT '',"
  "  dateline TEXT NOT NULL DEFAULT '',"
  "  date TEXT,"
  "  time_zone TEXT NOT NULL DEFAULT '',"
  "  section_id INTEGER REFERENCES sections (id) ON DELETE SET NULL,"
  "  excerpt TEXT NOT NULL DEFAULT '',"
  "  slug TEXT NOT NULL DEFAULT '',"
  "  language TEXT NOT NULL DEFAULT 'en',"
  "  direction TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),"
  "  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
  "    ('draft', 'in-review', 'ready', 'scheduled', 'published', 'archived')),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  image_path TEXT NOT NULL DEFAULT '',"
  "  image_media_id INTEGER NOT NULL DEFAULT 0,"
  "  image_alt TEXT NOT NULL DEFAULT '',"
  "  image_caption TEXT NOT NULL DEFAULT '',"
  "  word_count INTEGER NOT NULL DEFAULT 0,"
  "  content_hash TEXT NOT NULL DEFAULT '',"
  "  created INTEGER NOT NULL,"   /* Unix time, microseconds */
  "  modified INTEGER NOT NULL);"
  "CREATE INDEX articles_by_modified ON articles (modified DESC, id DESC);"
  "CREATE INDEX articles_by_created ON articles (created DESC, id DESC);"
  "CREATE INDEX articles_by_headline ON articles (headline COLLATE NOCASE, id);"
  "CREATE INDEX articles_by_status ON articles (status, modified DESC, id DESC);"
  "CREATE INDEX articles_by_section ON articles (section_id, modified DESC, id DESC);"
  "CREATE TABLE article_bylines ("
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  author_id INTEGER NOT NULL REFERENCES authors (id),"
  "  PRIMARY KEY (article_id, position));"
  "CREATE INDEX article_bylines_by_author ON article_bylines (author_id);"
  "CREATE TABLE article_tags ("
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  tag_id INTEGER NOT NULL REFERENCES tags (id),"
  "  PRIMARY KEY (article_id, position));"
  "CREATE INDEX article_tags_by_tag ON article_tags (tag_id);"
  "CREATE TABLE revisions ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('explicit', 'autosave', 'restore')),"
  "  created INTEGER NOT NULL,"   /* Unix time, seconds */
  "  content_hash TEXT NOT NULL,"
  "  size INTEGER NOT NULL,"
  "  snapshot TEXT NOT NULL);"    /* byline_article_to_json() with body */
  "CREATE INDEX revisions_by_article ON revisions (article_id, created DESC, id DESC);"
  "CREATE TABLE accounts ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  base_url TEXT NOT NULL,"
  "  api_root TEXT NOT NULL DEFAULT '',"
  "  username TEXT NOT NULL DEFAULT '',"
  "  display_name TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE article_links ("
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  remote_id INTEGER NOT NULL DEFAULT 0,"
  "  url TEXT,"
  "  remote_modified TEXT,"       /* the site's modified_gmt */
  "  content_hash TEXT,"          /* of what was last published */
  "  PRIMARY KEY (article_id, account_id));"
  "CREATE INDEX article_links_by_remote ON article_links (account_id, remote_id);",

  /* 2: full-text search. The bylines and tags are copied into text columns
   * of articles so that FTS5 can use articles as its external content. */
  "ALTER TABLE articles ADD COLUMN bylines TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE articles ADD COLUMN tags TEXT NOT NULL DEFAULT '';"
  "UPDATE articles SET"
  "  bylines = coalesce ((SELECT group_concat (name, ', ') FROM"
  "     (SELECT au.name FROM article_bylines ab JOIN authors au ON au.id = ab.author_id"
  "      WHERE ab.article_id = articles.id ORDER BY ab.position)), ''),"
  "  tags = coalesce ((SELECT group_concat (name, ', ') FROM"
  "     (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
  "      WHERE at.article_id = articles.id ORDER BY at.position)), '');"
  "CREATE VIRTUAL TABLE articles_fts USING fts5 ("
  "  headline, standfirst, body, bylines, tags,"
  "  content = 'articles', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2');"
  "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
  "  INSERT INTO articles_fts (rowid, headline, standfirst, body, bylines, tags)"
  "  VALUES (new.id, new.headline, new.standfirst, new.body, new.bylines, new.tags);"
  "END;"
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body, bylines, tags)"
  "  VALUES ('delete', old.id, old.headline, old.standfirst, old.body, old.bylines, old.tags);"
  "END;"
  "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles"
  "  WHEN old.headline IS NOT new.headline OR old.standfirst IS NOT new.standfirst"
  "    OR old.body IS NOT new.body OR old.bylines IS NOT new.bylines OR old.tags IS NOT new.tags "
  "BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body, bylines, tags)"
  "  VALUES ('delete', old.id, old.headline, old.standfirst, old.body, old.bylines, old.tags);"
  "  INSERT INTO articles_fts (rowid, headline, standfirst, body, bylines, tags)"
  "  VALUES (new.id, new.headline, new.standfirst, new.body, new.bylines, new.tags);"
  "END;"
  "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');",

  /* 3: the outbox of remote operations, cached site terms, uploaded media. */
  "CREATE TABLE outbox ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL,"          /* publish, unpublish, trash, moderate, reply, edit-comment, … */
  "  account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,"
  "  target INTEGER NOT NULL DEFAULT 0,"  /* article id or comment id, by kind */
  "  payload TEXT NOT NULL DEFAULT '{}',"
  "  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'failed', 'done')),"
  "  attempts INTEGER NOT NULL DEFAULT 0,"
  "  next_attempt INTEGER NOT NULL DEFAULT 0,"  /* Unix time, seconds */
  "  last_error TEXT,"
  "  created INTEGER NOT NULL);"
  "CREATE INDEX outbox_due ON outbox (state, next_attempt, id);"
  "CREATE TABLE terms ("
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('category', 'tag', 'author')),"
  "  remote_id INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  slug TEXT NOT NULL DEFAULT '',"
  "  parent INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (account_id, kind, remote_id));"
  "CREATE INDEX terms_by_name ON terms (account_id, kind, name COLLATE NOCASE);"
  "CREATE TABLE media ("
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  content_hash TEXT NOT NULL,"
  "  remote_id INTEGER NOT NULL,"
  "  url TEXT,"
  "  PRIMARY KEY (account_id, content_hash));",

  /* 4: the comments cache (the comment queue), its moderation history,
   * full-text search over comment text and author, and the per-site spam
   * classifier's token counts. */
  "CREATE TABLE comments ("
  "  id INTEGER PRIMARY KEY,"
  COMMENTS_COLUMNS
  "CREATE INDEX comments_by_status ON comments (status, date_gmt DESC, id DESC);"
  "CREATE INDEX comments_by_post ON comments (account_id, post_remote_id, date_gmt DESC);"
  "CREATE INDEX comments_by_author ON comments (author_email, date_gmt DESC);"
  "CREATE TABLE comment_moderation ("
  "  id INTEGER PRIMARY KEY,"
  "  comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,"
  "  old_status TEXT NOT NULL,"
  "  new_status TEXT NOT NULL,"
  "  actor TEXT NOT NULL DEFAULT '',"
  "  at INTEGER NOT NULL);"
  "CREATE INDEX comment_moderation_by_comment ON comment_moderation (comment_id, at);"
  "CREATE VIRTUAL TABLE comments_fts USING fts5 ("
  "  content, author_name, author_email,"
  "  content = 'comments', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2');"
  COMMENTS_FTS_TRIGGERS
  "CREATE TABLE spam_tokens ("
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  token TEXT NOT NULL,"
  "  spam INTEGER NOT NULL DEFAULT 0,"
  "  ham INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (account_id, token)) WITHOUT ROWID;",

  /* 5: deferred full-text indexing and prefix indexes (see
   * byline-store-index.c). The triggers no longer index: they queue the
   * article in articles_fts_pending with the text the index holds for it
   * (indexed = 0: none), the first time it changes; the store indexes the
   * queue later. Deleting an article removes from the index what the index
   * holds. The index is rebuilt with prefix indexes for 3 and 4 characters,
   * so that `harb*` reads one doclist instead of merging those of every
   * word that starts with "harb". */
  "CREATE TABLE articles_fts_pending ("
  "  id INTEGER PRIMARY KEY,"
  "  indexed INTEGER NOT NULL,"
  "  headline TEXT, standfirst TEXT, body TEXT, bylines TEXT, tags TEXT);"
  "DROP TRIGGER articles_fts_insert;"
  "DROP TRIGGER articles_fts_delete;"
  "DROP TRIGGER articles_fts_update;"
  "DROP TABLE articles_fts;"
  "CREATE VIRTUAL TABLE articles_fts USING fts5 ("
  "  headline, standfirst, body, bylines, tags,"
  "  content = 'articles', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4');"
  "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
  "  INSERT OR IGNORE INTO articles_fts_pending (id, indexed) VALUES (new.id, 0);"
  "END;"
  "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles"
  "  WHEN old.headline IS NOT new.headline OR old.standfirst IS NOT new.standfirst"
  "    OR old.body IS NOT new.body OR old.bylines IS NOT new.bylines OR old.tags IS NOT new.tags "
  "BEGIN"
  "  INSERT OR IGNORE INTO articles_fts_pending (id, indexed, headline, standfirst, body, bylines, tags)"
  "  VALUES (old.id, 1, old.headline, old.standfirst, old.body, old.bylines, old.tags);"
  "END;"
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body, bylines, tags)"
  "  SELECT 'delete', old.id, old.headline, old.standfirst, old.body, old.bylines, old.tags"
  "  WHERE NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE id = old.id);"
  "  INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body, bylines, tags)"
  "  SELECT 'delete', id, headline, standfirst, body, bylines, tags"
  "  FROM articles_fts_pending WHERE id = old.id AND indexed;"
  "  DELETE FROM articles_fts_pending WHERE id = old.id;"
  "END;"
  "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');",

  /* 6: each site's spam filter as one blob (byline_spam_filter_to_bytes()),
   * and the orders the comment queue lists in. */
  "CREATE TABLE spam_filters ("
  "  account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,"
  "  data BLOB NOT NULL,"
  "  modified INTEGER NOT NULL);"   /* Unix time, seconds */
  "CREATE INDEX comments_by_date ON comments (date_gmt DESC, id DESC);"
  "CREATE INDEX comments_by_account ON comments (account_id, date_gmt DESC, id DESC);",

  /* 7 (branch comments: "likely spam by score"): the comment queue's
   * Likely spam list, highest stored spam score first. A partial index of
   * exactly that list's rows, in that order: its first page is the first
   * 100 entries and its count reads only its own entries (status is in it
   * so that the count need not read the rows). Its WHERE must
   * stay the text byline-store-comment-cache.c filters with (LIKELY_SPAM),
   * or SQLite will not use it. */
  "CREATE INDEX comments_likely_spam ON comments (spam_score DESC, date_gmt DESC, id DESC, status)"
  "  WHERE status IN ('hold', 'approved') AND spam_score >= 0.5;",

  /* 8: "only this author" finds an e-mail address whatever its case
   * (ALICE@example.com is alice@example.com): the author index compares
   * without case, as byline-store-comment-cache.c's filter does (COLLATE
   * NOCASE on both sides of its OR), or SQLite would scan the table. */
  "DROP INDEX comments_by_author;"
  "CREATE INDEX comments_by_author ON comments (author_email COLLATE NOCASE, date_gmt DESC);",

  /* 9: a comment's local id (the one `byline comments` takes) is never
   * given to another: without AUTOINCREMENT, SQLite hands the highest id
   * out again once its comment is deleted (the site deleted it), and an
   * id a script or an outbox row kept would name another reader's comment.
   * SQLite cannot add AUTOINCREMENT to a table: it is made again with the
   * same rows, ids, indexes and triggers. The full-text index keeps its
   * rows (its rowids are the same ids; dropping a table fires no trigger).
   * Dropping it deletes the moderation history by cascade (foreign keys
   * cannot be turned off inside the migration's transaction), so the
   * history is kept aside and put back. */
  "CREATE TEMP TABLE moderation_kept AS SELECT * FROM comment_moderation;"
  "CREATE TABLE comments_new ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  COMMENTS_COLUMNS
  "INSERT INTO comments_new SELECT id, account_id, remote_id, post_remote_id, post_headline, parent, author_name,"
  "  author_email, author_url, author_ip, author_user_agent, date_gmt, status, content, spam_score, spam_reasons"
  "  FROM comments ORDER BY id;"
  "DROP TABLE comments;"
  "ALTER TABLE comments_new RENAME TO comments;"
  "CREATE INDEX comments_by_status ON comments (status, date_gmt DESC, id DESC);"
  "CREATE INDEX comments_by_post ON comments (account_id, post_remote_id, date_gmt DESC);"
  "CREATE INDEX comments_by_author ON comments (author_email COLLATE NOCASE, date_gmt DESC);"
  "CREATE INDEX comments_by_date ON comments (date_gmt DESC, id DESC);"
  "CREATE INDEX comments_by_account ON comments (account_id, date_gmt DESC, id DESC);"
  "CREATE INDEX comments_likely_spam ON comments (spam_score DESC, date_gmt DESC, id DESC, status)"
  "  WHERE status IN ('hold', 'approved') AND spam_score >= 0.5;"
  COMMENTS_FTS_TRIGGERS
  "DELETE FROM comment_moderation;"
  "INSERT INTO comment_moderation SELECT * FROM moderation_kept WHERE comment_id IN (SELECT id FROM comments);"
  "DROP TABLE moderation_kept;",

  /* 10: what kind of comment it is, as WordPress says: "comment", or
   * "pingback" and "trackback" (another site linking to the story, a
   * classic spam vector, moderated in the same queue). */
  "ALTER TABLE comments ADD COLUMN type TEXT NOT NULL DEFAULT 'comment';",

  /* 11: the text of the posts comments are under that no local article
   * is linked to, as the site shows it (plain text: headline, excerpt,
   * body), for the spam filter's story; '' when the site gave none. */
  "CREATE TABLE comment_posts ("
  "  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  post_remote_id INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  fetched INTEGER NOT NULL,"   /* Unix time, seconds */
  "  PRIMARY KEY (account_id, post_remote_id));",
};

int
_byline_store_n_migrations (void)
{
  return G_N_ELEMENTS (migrations);
}

/* Also used by tests to build a database of an older version. */
gboolean
_byline_store_migrate (BylineStore  *self,
                       int           target_version,
                       GError      **error)
{
  int version = 0;
  sqlite3_stmt *stmt = NULL;

  g_assert (target_version <= (int) G_N_ELEMENTS (migrations));

  if (!_byline_store_begin (self, error))
    return FALSE;

  /* Read the version inside the write transaction: another program may
   * have migrated the file while we waited for the lock. */
  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  for (; version < target_version; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      g_debug ("Migrating %s to schema %d", self->path, version + 1);
      if (!_byline_store_exec (self, migrations[version], error) ||
          !_byline_store_exec (self, set_version, error))
        {
          g_prefix_error (error, _("Upgrading the drafts database to version %d failed: "), version + 1);
          _byline_store_rollback (self);
          return FALSE;
        }

      /* Each migration commits on its own: a failure keeps the earlier ones. */
      if (!_byline_store_commit (self, error) || !_byline_store_begin (self, error))
        return FALSE;
    }

  if (!_byline_store_commit (self, error))
    return FALSE;

  self->schema_version = version;
  return TRUE;
}
