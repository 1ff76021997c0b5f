/* byline-store-comment-cache.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-fts.h"
#include "byline-store-private.h"

/* What comment sync and the comment queue need beyond the basic cache in
 * byline-store-comments.c: filtered, paged and counted lists (for
 * #BylineCommentList), the per-account sync state (remote id → status,
 * newest date), batch upserts in one transaction, and the per-account
 * spam filter. */

/* Comments are the only table in FROM (the account's name is a scalar
 * subquery), and only the filters in use are in the WHERE clause (each
 * variant interned: the store caches statements by the SQL's address): then
 * SQLite walks comments_by_date or comments_by_status in order, and a page
 * deep in 100,000 comments costs an index walk, not a sort. */
#define CACHE_COLUMNS \
  "SELECT c.id, (SELECT name FROM accounts WHERE id = c.account_id), c.remote_id, c.post_remote_id, " \
  "  c.post_headline, c.parent, c.author_name, c.author_email, c.author_url, c.author_ip, " \
  "  c.author_user_agent, c.date_gmt, c.status, c.content, c.spam_score, c.spam_reasons, c.type FROM comments c "

/* The Likely spam list: exactly the WHERE of the partial index
 * comments_likely_spam (schema 7), so that SQLite uses it. */
#define LIKELY_SPAM "c.status IN ('hold', 'approved') AND c.spam_score >= 0.5"

/* Parameters ?12… are the substring patterns of words of scripts written
 * without spaces (append_filter()); a search uses at most this many. */
#define FIRST_UNSPACED 12
#define MAX_UNSPACED   4

/* The orders lists come in: newest first, or for Likely spam the highest
 * stored spam score first (the score the detail pane explains), then
 * newest. KEY is the same columns as a row value, for keyset seeks and
 * positions. */
#define ORDER_BY_DATE "ORDER BY c.date_gmt DESC, c.id DESC"
#define ORDER_BY_SCORE "ORDER BY c.spam_score DESC, c.date_gmt DESC, c.id DESC"

static const char *
order_by (const BylineCommentQuery *query)
{
  return query->likely_spam ? ORDER_BY_SCORE : ORDER_BY_DATE;
}

void
byline_comment_state_free (BylineCommentState *state)
{
  if (state == NULL)
    return;
  g_free (state->status);
  g_free (state);
}

/* Appends, after "FROM comments c ", the index a list in @query's order
 * walks: SQLite would rather take comments_by_status for Likely spam's
 * status IN (…) and sort; the partial index has the rows in order. */
static void
append_index (GString                  *sql,
              const BylineCommentQuery *query)
{
  if (query->likely_spam)
    g_string_append (sql, "INDEXED BY comments_likely_spam ");
}

/* Appends the WHERE clause for @query (parameters ?1…?6, bound by
 * bind_filter()); @match is the FTS expression or NULL. */
static void
append_filter (GString                  *sql,
               const BylineCommentQuery *query,
               const char               *match)
{
  const char *and = "WHERE ";
  /* An author's comments are few: found by comments_by_author, then
   * sorted. With the account or status as a plain term SQLite would walk
   * the account's (or status's) comments by date instead, looking for the
   * author's, most of 100,000 rows for one who wrote once (0.5 s cold, on
   * the main thread each time the detail pane showed a comment); the unary
   * "+" keeps those terms as filters. */
  const char *plain = query->author != NULL ? "+" : "";

#define CLAUSE(cond, text) if (cond) { g_string_append_printf (sql, "%s" text " ", and); and = "AND "; }
  if (query->account != NULL)
    {
      g_string_append_printf (sql, "%s%sc.account_id = (SELECT id FROM accounts WHERE name = ?1) ", and, plain);
      and = "AND ";
    }
  if (query->status != NULL)
    {
      g_string_append_printf (sql, "%s%sc.status = ?2 ", and, plain);
      and = "AND ";
    }
  CLAUSE (query->likely_spam, LIKELY_SPAM);
  CLAUSE (query->post != 0, "c.post_remote_id = ?4");
  /* E-mail addresses without case (comments_by_author is NOCASE: both
   * sides of the OR can use it); a name without an address exactly. */
  CLAUSE (query->author != NULL, "(c.author_email = ?5 COLLATE NOCASE OR "
                                 "(c.author_email = '' COLLATE NOCASE AND c.author_name = ?5))");
  CLAUSE (match != NULL, "c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?6)");
#undef CLAUSE
  /* Words of scripts written without spaces (Chinese, Japanese, Thai):
   * the index has a whole run of them as one token, so they are found as
   * substrings of the text or the author's name instead (a scan of the
   * rows the other terms leave). */
  {
    g_auto(GStrv) words = byline_fts_unspaced_words (query->search);

    for (guint i = 0; words[i] != NULL && i < MAX_UNSPACED; i++)
      {
        g_string_append_printf (sql, "%s(c.content LIKE ?%u ESCAPE '\\' OR c.author_name LIKE ?%u ESCAPE '\\') ",
                                and, FIRST_UNSPACED + i, FIRST_UNSPACED + i);
        and = "AND ";
      }
  }
}

static void
bind_filter (BylineStmt               *stmt,
             const BylineCommentQuery *query,
             const char               *match)
{
  if (query->account != NULL)
    _byline_store_bind_text (stmt, 1, query->account);
  if (query->status != NULL)
    _byline_store_bind_text (stmt, 2, query->status);
  if (query->post != 0)
    sqlite3_bind_int64 (stmt, 4, query->post);
  if (query->author != NULL)
    _byline_store_bind_text (stmt, 5, query->author);
  if (match != NULL)
    _byline_store_bind_text (stmt, 6, match);
  {
    g_auto(GStrv) words = byline_fts_unspaced_words (query->search);

    for (guint i = 0; words[i] != NULL && i < MAX_UNSPACED; i++)
      {
        GString *pattern = g_string_new ("%");

        for (const char *p = words[i]; *p; p++)
          {
            if (*p == '%' || *p == '_' || *p == '\\')
              g_string_append_c (pattern, '\\');
            g_string_append_c (pattern, *p);
          }
        g_string_append_c (pattern, '%');
        sqlite3_bind_text (stmt, FIRST_UNSPACED + i, g_string_free (pattern, FALSE), -1, g_free);
      }
  }
}

static gboolean
query_has_filter (const BylineCommentQuery *query,
                  const char               *match)
{
  g_auto(GStrv) words = byline_fts_unspaced_words (query->search);

  return query->account != NULL || query->status != NULL || query->likely_spam || query->post != 0 ||
         query->author != NULL || match != NULL || words[0] != NULL;
}

/* FALSE when a search was asked for that can match nothing. */
static gboolean
filter_match (const BylineCommentQuery  *query,
              char                     **match)
{
  g_auto(GStrv) words = byline_fts_unspaced_words (query->search);

  *match = byline_fts_query_spaced (query->search);
  return !(query->search != NULL && *query->search != '\0' && *match == NULL && words[0] == NULL);
}

BylineCachedComment *
_byline_store_cached_comment_from_row (BylineStmt *stmt)
{
  BylineCachedComment *comment = byline_cached_comment_new ();
  g_autofree char *reasons = NULL;

  comment->id = sqlite3_column_int64 (stmt, 0);
  comment->account = _byline_store_column_text (stmt, 1);
  comment->remote_id = sqlite3_column_int64 (stmt, 2);
  comment->post_remote_id = sqlite3_column_int64 (stmt, 3);
  comment->post_headline = _byline_store_column_text (stmt, 4);
  comment->parent = sqlite3_column_int64 (stmt, 5);
  comment->author_name = _byline_store_column_text (stmt, 6);
  comment->author_email = _byline_store_column_text (stmt, 7);
  comment->author_url = _byline_store_column_text (stmt, 8);
  comment->author_ip = _byline_store_column_text (stmt, 9);
  comment->author_user_agent = _byline_store_column_text (stmt, 10);
  comment->date_gmt = _byline_store_column_text (stmt, 11);
  comment->status = _byline_store_column_text (stmt, 12);
  comment->content = _byline_store_column_text (stmt, 13);
  comment->spam_score = sqlite3_column_double (stmt, 14);
  reasons = _byline_store_column_text (stmt, 15);
  comment->spam_reasons = _byline_store_reasons_from_json (reasons);
  comment->type = _byline_store_column_text (stmt, 16);
  return comment;
}

static GPtrArray *
query_comments (BylineStore                *self,
                const BylineCommentQuery   *query,
                const BylineCachedComment  *after,
                GError                    **error)
{
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);
  g_autoptr(GString) sql = g_string_new (CACHE_COLUMNS);
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!filter_match (query, &match))
    return g_steal_pointer (&comments);
  if (after == NULL && query->offset > 0)
    {
      /* A page deep in the list (a far jump): its ids first, from the
       * index alone, then those rows. An OFFSET over the whole rows took
       * 1.6 ms for a page 30,000 deep in 100,000 comments; this 0.6 ms. */
      g_string_append (sql, "WHERE c.id IN (SELECT c.id FROM comments c ");
      append_index (sql, query);
      append_filter (sql, query, match);
      g_string_append_printf (sql, "%s LIMIT ?7 OFFSET ?8) %s", order_by (query), order_by (query));
    }
  else
    {
      append_index (sql, query);
      append_filter (sql, query, match);
      if (after != NULL)
        g_string_append_printf (sql, "%s%s ", query_has_filter (query, match) ? "AND " : "WHERE ",
                                query->likely_spam ? "(c.spam_score, c.date_gmt, c.id) < (?11, ?9, ?10)"
                                                   : "(c.date_gmt, c.id) < (?9, ?10)");
      g_string_append_printf (sql, "%s LIMIT ?7 OFFSET ?8", order_by (query));
    }

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, g_intern_string (sql->str), error)))
    return NULL;
  bind_filter (stmt, query, match);
  sqlite3_bind_int64 (stmt, 7, query->limit > 0 ? (gint64) query->limit : -1);
  sqlite3_bind_int64 (stmt, 8, query->offset);
  if (after != NULL)
    {
      _byline_store_bind_text (stmt, 9, after->date_gmt ? after->date_gmt : "");
      sqlite3_bind_int64 (stmt, 10, after->id);
      if (query->likely_spam)
        sqlite3_bind_double (stmt, 11, after->spam_score);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (comments, _byline_store_cached_comment_from_row (stmt));
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&comments);
}

/**
 * byline_store_query_comments:
 * @query: which comments (see #BylineCommentQuery), newest first (Likely
 *   spam: highest spam score first, then newest)
 *
 * Returns: (transfer full) (element-type BylineCachedComment): the
 *   comments, or %NULL with @error set
 */
GPtrArray *
byline_store_query_comments (BylineStore               *self,
                             const BylineCommentQuery  *query,
                             GError                   **error)
{
  return query_comments (self, query, NULL, error);
}

/**
 * byline_store_query_comments_after:
 * @after: a comment of the list @query gives
 *
 * The comments that come after @after in that list (@query's offset
 * counts from there): a page seeks to @after's place in the list's index
 * instead of stepping over every comment before it.
 *
 * Returns: (transfer full) (element-type BylineCachedComment): the
 *   comments, or %NULL with @error set
 */
GPtrArray *
byline_store_query_comments_after (BylineStore                *self,
                                   const BylineCommentQuery   *query,
                                   const BylineCachedComment  *after,
                                   GError                    **error)
{
  g_return_val_if_fail (after != NULL, NULL);

  return query_comments (self, query, after, error);
}

/**
 * byline_store_comment_ids:
 *
 * Returns: (transfer full) (element-type gint64): the local ids of every
 *   comment @query lists (offset and limit ignored), in the list's order; for
 *   acting on a whole filtered list without loading it
 */
GArray *
byline_store_comment_ids (BylineStore               *self,
                          const BylineCommentQuery  *query,
                          GError                   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) sql = g_string_new ("SELECT c.id FROM comments c ");
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!filter_match (query, &match))
    return g_steal_pointer (&ids);
  append_index (sql, query);
  append_filter (sql, query, match);
  g_string_append (sql, order_by (query));

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, g_intern_string (sql->str), error)))
    return NULL;
  bind_filter (stmt, query, match);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&ids);
}

/**
 * byline_store_count_comments:
 *
 * Returns: how many comments match @query (offset and limit ignored), or
 *   -1 with @error set
 */
gint64
byline_store_count_comments (BylineStore               *self,
                             const BylineCommentQuery  *query,
                             GError                   **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*) FROM comments c ");
  g_autofree char *match = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (self), -1);
  g_return_val_if_fail (query != NULL, -1);

  if (!filter_match (query, &match))
    return 0;
  append_index (sql, query);
  append_filter (sql, query, match);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, g_intern_string (sql->str), error)))
    return -1;
  bind_filter (stmt, query, match);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return (_byline_store_set_error (self, sqlite3_errcode (self->db), error), -1);
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * byline_store_comment_position:
 * @position: (out): where comment @id is in the list @query gives, or -1
 *   when it is not in that list
 */
gboolean
byline_store_comment_position (BylineStore               *self,
                               const BylineCommentQuery  *query,
                               gint64                     id,
                               gint64                    *position,
                               GError                   **error)
{
  g_autoptr(GString) member_sql = g_string_new ("SELECT count(*) FROM comments c ");
  g_autoptr(GString) before_sql = g_string_new ("SELECT count(*) FROM comments t, comments c ");
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL && position != NULL, FALSE);

  *position = -1;
  if (!filter_match (query, &match))
    return TRUE;
  append_filter (member_sql, query, match);
  g_string_append (member_sql, query_has_filter (query, match) ? "AND c.id = ?7" : "WHERE c.id = ?7");
  append_index (before_sql, query);
  append_filter (before_sql, query, match);
  g_string_append (before_sql, query_has_filter (query, match) ? "AND " : "WHERE ");
  g_string_append (before_sql, query->likely_spam ? "t.id = ?7 AND (c.spam_score, c.date_gmt, c.id) > (t.spam_score, t.date_gmt, t.id)"
                                                  : "t.id = ?7 AND (c.date_gmt, c.id) > (t.date_gmt, t.id)");

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) member = NULL;
  g_autoptr(BylineStmt) before = NULL;

  if (!(member = _byline_store_prepare (self, g_intern_string (member_sql->str), error)))
    return FALSE;
  bind_filter (member, query, match);
  sqlite3_bind_int64 (member, 7, id);
  if ((rc = sqlite3_step (member)) != SQLITE_ROW)
    return _byline_store_set_error (self, rc, error);
  if (sqlite3_column_int64 (member, 0) == 0)
    return TRUE;

  if (!(before = _byline_store_prepare (self, g_intern_string (before_sql->str), error)))
    return FALSE;
  bind_filter (before, query, match);
  sqlite3_bind_int64 (before, 7, id);
  if ((rc = sqlite3_step (before)) != SQLITE_ROW)
    return _byline_store_set_error (self, rc, error);
  *position = sqlite3_column_int64 (before, 0);
  return TRUE;
}

/**
 * byline_store_get_comment:
 *
 * Returns: (transfer full): the cached comment with local id @id, or
 *   %NULL with %BYLINE_STORE_ERROR_NOT_FOUND
 */
BylineCachedComment *
byline_store_get_comment (BylineStore  *self,
                          gint64        id,
                          GError      **error)
{
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, CACHE_COLUMNS "WHERE c.id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _byline_store_cached_comment_from_row (stmt);
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
               _("No comment with id %lld"), (long long) id);
  return NULL;
}

/**
 * byline_store_find_comment:
 *
 * Returns: the local id of @account's comment @remote_id, 0 when it is not
 *   cached, or -1 with @error set
 */
gint64
byline_store_find_comment (BylineStore  *self,
                           const char   *account,
                           gint64        remote_id,
                           GError      **error)
{
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), -1);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT c.id FROM comments c JOIN accounts a ON a.id = c.account_id "
                                      "WHERE a.name = ? AND c.remote_id = ?", error)))
    return -1;
  _byline_store_bind_text (stmt, 1, account);
  sqlite3_bind_int64 (stmt, 2, remote_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), -1);
  return 0;
}

/**
 * byline_store_comment_states:
 *
 * What sync compares with the site: every cached comment of @account.
 *
 * Returns: (transfer full): remote id (gint64 *) → #BylineCommentState
 */
GHashTable *
byline_store_comment_states (BylineStore  *self,
                             const char   *account,
                             GError      **error)
{
  g_autoptr(GHashTable) states = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                         (GDestroyNotify) byline_comment_state_free);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT c.id, c.remote_id, c.status FROM comments c "
                                      "JOIN accounts a ON a.id = c.account_id WHERE a.name = ?", error)))
    return NULL;
  _byline_store_bind_text (stmt, 1, account);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BylineCommentState *state = g_new0 (BylineCommentState, 1);

      state->id = sqlite3_column_int64 (stmt, 0);
      state->remote_id = sqlite3_column_int64 (stmt, 1);
      state->status = _byline_store_column_text (stmt, 2);
      g_hash_table_insert (states, &state->remote_id, state);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&states);
}

/**
 * byline_store_newest_comment_date:
 *
 * Returns: (transfer full) (nullable): the newest date_gmt among
 *   @account's cached comments, %NULL when there are none (or on error)
 */
char *
byline_store_newest_comment_date (BylineStore  *self,
                                  const char   *account,
                                  GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT max (c.date_gmt) FROM comments c "
                                      "JOIN accounts a ON a.id = c.account_id WHERE a.name = ?", error)))
    return NULL;
  _byline_store_bind_text (stmt, 1, account);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return (_byline_store_set_error (self, sqlite3_errcode (self->db), error), NULL);
  return _byline_store_column_text (stmt, 0);
}

/**
 * byline_store_delete_comment:
 *
 * Removes a comment (and its history) from the cache: it is gone from the
 * site.
 */
gboolean
byline_store_delete_comment (BylineStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "DELETE FROM comments WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _byline_store_step_done (self, stmt, error);
}

/**
 * byline_store_set_comment_content:
 *
 * Replaces a cached comment's raw text (an edit by the moderator).
 */
gboolean
byline_store_set_comment_content (BylineStore  *self,
                                  gint64        id,
                                  const char   *content,
                                  GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (content != NULL, FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "UPDATE comments SET content = ? WHERE id = ?", error)))
    return FALSE;
  _byline_store_bind_text (stmt, 1, content);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No comment with id %lld"), (long long) id);
      return FALSE;
    }
  return TRUE;
}

/**
 * byline_store_load_spam_filter:
 *
 * Returns: (transfer full) (nullable): what byline_spam_filter_to_bytes()
 *   gave for @account, or %NULL (with @error unset) when none was saved
 */
GBytes *
byline_store_load_spam_filter (BylineStore  *self,
                               const char   *account,
                               GError      **error)
{
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT f.data FROM spam_filters f JOIN accounts a "
                                      "ON a.id = f.account_id WHERE a.name = ?", error)))
    return NULL;
  _byline_store_bind_text (stmt, 1, account);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  if (rc != SQLITE_DONE)
    _byline_store_set_error (self, rc, error);
  return NULL;
}

/**
 * byline_store_save_spam_filter:
 * @data: byline_spam_filter_to_bytes() of @account's filter
 */
gboolean
byline_store_save_spam_filter (BylineStore  *self,
                               const char   *account,
                               GBytes       *data,
                               GError      **error)
{
  gsize size;
  gconstpointer bytes;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  bytes = g_bytes_get_data (data, &size);
  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "INSERT OR REPLACE INTO spam_filters (account_id, data, modified) "
                                      "SELECT id, ?2, ?3 FROM accounts WHERE name = ?1", error)))
    return FALSE;
  _byline_store_bind_text (stmt, 1, account);
  sqlite3_bind_blob64 (stmt, 2, size > 0 ? bytes : "", size, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, _byline_store_now (self));
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No account named “%s”"), account);
      return FALSE;
    }
  return TRUE;
}

/**
 * byline_store_outbox_cancel:
 *
 * Removes an outbox row that was not sent yet (state pending or failed):
 * undoing an action before it left.
 *
 * Returns: %TRUE when the row was removed, %FALSE when it was already
 *   sent or being sent (or on error, with @error set)
 */
gboolean
byline_store_outbox_cancel (BylineStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "DELETE FROM outbox WHERE id = ? AND state IN ('pending', 'failed')",
                                      error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;
  return sqlite3_changes (self->db) > 0;
}
