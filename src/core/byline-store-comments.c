/* byline-store-comments.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-fts.h"
#include "byline-store-private.h"

/* The comments cache for the comment queue: one row per (account, remote
 * id), upserted by sync; local moderation changes the status at once and
 * records who did what in comment_moderation. Sync writes a page of
 * comments in one statement (byline_store_upsert_comments()). */

#define COMMENT_COLUMNS \
  "SELECT c.id, a.name, c.remote_id, c.post_remote_id, c.post_headline, c.parent, c.author_name, " \
  "  c.author_email, c.author_url, c.author_ip, c.author_user_agent, c.date_gmt, c.status, " \
  "  c.content, c.spam_score, c.spam_reasons, c.type FROM comments c JOIN accounts a ON a.id = c.account_id "

static gboolean
valid_status (const char  *status,
              GError     **error)
{
  static const char *statuses[] = { "hold", "approved", "spam", "trash" };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (status, statuses[i]) == 0)
      return TRUE;

  g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_INVALID,
               _("Unknown comment status “%s” (use hold, approved, spam or trash)"), status ? status : "");
  return FALSE;
}

static char *
reasons_to_json (char **reasons)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
    json_builder_add_string_value (builder, reasons[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

char **
_byline_store_reasons_from_json (const char *text)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonNode *root;

  /* Most comments have no reasons; a list page has 100 of them. */
  if (text == NULL || strcmp (text, "[]") == 0)
    return g_new0 (char *, 1);
  parser = json_parser_new ();
  builder = g_strv_builder_new ();
  if (json_parser_load_from_data (parser, text, -1, NULL) &&
      (root = json_parser_get_root (parser)) && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  return g_strv_builder_end (builder);
}

/* Binds ?1 … ?16: account, remote_id, post_remote_id, post_headline,
 * parent, author_name, author_email, author_url, author_ip,
 * author_user_agent, date_gmt, status, content, spam_score, @reasons
 * (the JSON array the column keeps) and type. */
static void
bind_comment (BylineStmt                *stmt,
              const BylineCachedComment *comment,
              const char                *reasons)
{
#define STR(s) ((s) ? (s) : "")
  _byline_store_bind_text (stmt, 1, comment->account);
  sqlite3_bind_int64 (stmt, 2, comment->remote_id);
  sqlite3_bind_int64 (stmt, 3, comment->post_remote_id);
  _byline_store_bind_text (stmt, 4, STR (comment->post_headline));
  sqlite3_bind_int64 (stmt, 5, comment->parent);
  _byline_store_bind_text (stmt, 6, STR (comment->author_name));
  _byline_store_bind_text (stmt, 7, STR (comment->author_email));
  _byline_store_bind_text (stmt, 8, STR (comment->author_url));
  _byline_store_bind_text (stmt, 9, STR (comment->author_ip));
  _byline_store_bind_text (stmt, 10, STR (comment->author_user_agent));
  _byline_store_bind_text (stmt, 11, STR (comment->date_gmt));
  _byline_store_bind_text (stmt, 12, comment->status);
  _byline_store_bind_text (stmt, 13, STR (comment->content));
  sqlite3_bind_double (stmt, 14, comment->spam_score);
  _byline_store_bind_text (stmt, 15, reasons);
  _byline_store_bind_text (stmt, 16, comment->type && *comment->type ? comment->type : "comment");
#undef STR
}

/**
 * byline_store_upsert_comment:
 *
 * Inserts or updates the cached comment (@comment->account,
 * @comment->remote_id). The account must exist.
 *
 * Returns: the local comment id, or 0 with @error set
 */
gint64
byline_store_upsert_comment (BylineStore                *self,
                             const BylineCachedComment  *comment,
                             GError                    **error)
{
  g_autofree char *reasons = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (self), 0);
  g_return_val_if_fail (comment != NULL && comment->account != NULL, 0);

  if (!valid_status (comment->status, error))
    return 0;

  reasons = reasons_to_json (comment->spam_reasons);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;
  g_autoptr(BylineStmt) id = NULL;

  if (!(stmt = _byline_store_prepare (self,
          "INSERT INTO comments (account_id, remote_id, post_remote_id, post_headline, parent, author_name, "
          "  author_email, author_url, author_ip, author_user_agent, date_gmt, status, content, spam_score, "
          "  spam_reasons, type) "
          "SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16 FROM accounts WHERE name = ?1 "
          "ON CONFLICT (account_id, remote_id) DO UPDATE SET post_remote_id = ?3, post_headline = ?4, "
          "  parent = ?5, author_name = ?6, author_email = ?7, author_url = ?8, author_ip = ?9, "
          "  author_user_agent = ?10, date_gmt = ?11, status = ?12, content = ?13, spam_score = ?14, "
          "  spam_reasons = ?15, type = ?16", error)))
    return 0;
  bind_comment (stmt, comment, reasons);
  if (!_byline_store_step_done (self, stmt, error))
    return 0;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No account named “%s”"), comment->account);
      return 0;
    }

  if (!(id = _byline_store_prepare (self, "SELECT c.id FROM comments c JOIN accounts a ON a.id = c.account_id "
                                          "WHERE a.name = ? AND c.remote_id = ?", error)))
    return 0;
  _byline_store_bind_text (id, 1, comment->account);
  sqlite3_bind_int64 (id, 2, comment->remote_id);
  if (sqlite3_step (id) != SQLITE_ROW)
    return (_byline_store_set_error (self, sqlite3_errcode (self->db), error), 0);
  return sqlite3_column_int64 (id, 0);
}

/* Reasons as the column keeps them: a JSON array of strings. */
static char *
reasons_column (char **reasons)
{
  return reasons == NULL || reasons[0] == NULL ? g_strdup ("[]") : reasons_to_json (reasons);
}

/**
 * byline_store_upsert_comments:
 * @comments: (element-type BylineCachedComment): comments of one or more
 *   accounts
 *
 * byline_store_upsert_comment() for many, in one transaction: the rows go
 * into a temporary table (a prepared statement, no index to update), then
 * into the cache in ONE statement, because the full-text index flushes
 * what it collected at every statement's savepoint (a statement per
 * comment wrote an index segment per comment, most of a sync's CPU time).
 * Sets each comment's id.
 */
gboolean
byline_store_upsert_comments (BylineStore  *self,
                              GPtrArray    *comments,
                              GError      **error)
{
  guint i;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (comments != NULL, FALSE);

  for (i = 0; i < comments->len; i++)
    {
      BylineCachedComment *comment = g_ptr_array_index (comments, i);

      g_return_val_if_fail (comment->account != NULL, FALSE);
      if (!valid_status (comment->status, error))
        return FALSE;
    }
  if (comments->len == 0)
    return TRUE;

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) add = NULL;
  g_autoptr(BylineStmt) stmt = NULL;
  g_autoptr(BylineStmt) ids = NULL;

  if (!_byline_store_begin (self, error))
    return FALSE;
  /* Temporary: this connection's own, gone with it; its rows go with the
   * transaction's commit (deleted below) or rollback. */
  if (!_byline_store_exec (self,
          "CREATE TEMP TABLE IF NOT EXISTS comments_incoming ("
          "  account TEXT, remote_id INTEGER, post_remote_id INTEGER, post_headline TEXT, parent INTEGER,"
          "  author_name TEXT, author_email TEXT, author_url TEXT, author_ip TEXT, author_user_agent TEXT,"
          "  date_gmt TEXT, status TEXT, content TEXT, spam_score REAL, spam_reasons TEXT, type TEXT)", error) ||
      !(add = _byline_store_prepare (self,
          "INSERT INTO temp.comments_incoming VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
          "  ?14, ?15, ?16)", error)))
    goto fail;
  for (i = 0; i < comments->len; i++)
    {
      BylineCachedComment *c = g_ptr_array_index (comments, i);
      g_autofree char *reasons = reasons_column (c->spam_reasons);

      bind_comment (add, c, reasons);
      if (!_byline_store_step_done (self, add, error))
        goto fail;
      sqlite3_reset (add);
    }
  if (!(stmt = _byline_store_prepare (self,
          "INSERT INTO comments (account_id, remote_id, post_remote_id, post_headline, parent, author_name, "
          "  author_email, author_url, author_ip, author_user_agent, date_gmt, status, content, spam_score, "
          "  spam_reasons, type) "
          "SELECT a.id, i.remote_id, i.post_remote_id, i.post_headline, i.parent, i.author_name, "
          "  i.author_email, i.author_url, i.author_ip, i.author_user_agent, i.date_gmt, i.status, "
          "  i.content, i.spam_score, i.spam_reasons, i.type "
          "FROM temp.comments_incoming i JOIN accounts a ON a.name = i.account WHERE true ORDER BY i.rowid "
          "ON CONFLICT (account_id, remote_id) DO UPDATE SET post_remote_id = excluded.post_remote_id, "
          "  post_headline = excluded.post_headline, parent = excluded.parent, "
          "  author_name = excluded.author_name, author_email = excluded.author_email, "
          "  author_url = excluded.author_url, author_ip = excluded.author_ip, "
          "  author_user_agent = excluded.author_user_agent, date_gmt = excluded.date_gmt, "
          "  status = excluded.status, content = excluded.content, spam_score = excluded.spam_score, "
          "  spam_reasons = excluded.spam_reasons, type = excluded.type", error)) ||
      !_byline_store_step_done (self, stmt, error))
    goto fail;
  if ((guint) sqlite3_changes (self->db) != comments->len)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No account named “%s”"), ((BylineCachedComment *) comments->pdata[0])->account);
      goto fail;
    }
  /* Every id in one statement, in the order the comments came. */
  if (!(ids = _byline_store_prepare (self,
          "SELECT c.id FROM temp.comments_incoming i JOIN accounts a ON a.name = i.account "
          "JOIN comments c ON c.account_id = a.id AND c.remote_id = i.remote_id ORDER BY i.rowid", error)))
    goto fail;
  for (i = 0; i < comments->len && sqlite3_step (ids) == SQLITE_ROW; i++)
    ((BylineCachedComment *) g_ptr_array_index (comments, i))->id = sqlite3_column_int64 (ids, 0);
  if (i < comments->len)
    {
      _byline_store_set_error (self, sqlite3_errcode (self->db), error);
      goto fail;
    }
  sqlite3_reset (ids);
  if (!_byline_store_exec (self, "DELETE FROM temp.comments_incoming", error))
    goto fail;
  return _byline_store_commit (self, error);

fail:
  _byline_store_rollback (self);
  return FALSE;
}

/**
 * byline_store_list_comments:
 * @account: (nullable): only this account's comments
 * @status: (nullable): only comments with this status
 * @search: (nullable): only comments whose text or author match (FTS)
 * @limit: at most this many (0: no limit)
 *
 * Returns: (transfer full) (element-type BylineCachedComment): comments,
 *   newest first
 */
GPtrArray *
byline_store_list_comments (BylineStore  *self,
                            const char   *account,
                            const char   *status,
                            const char   *search,
                            guint         offset,
                            guint         limit,
                            GError      **error)
{
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);
  g_autofree char *match = byline_fts_query_from_text (search);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  if (status != NULL && !valid_status (status, error))
    return NULL;
  if (search != NULL && match == NULL)
    return g_steal_pointer (&comments);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, COMMENT_COLUMNS
          "WHERE (?1 IS NULL OR a.name = ?1) AND (?2 IS NULL OR c.status = ?2) "
          "AND (?3 IS NULL OR c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?3)) "
          "ORDER BY c.date_gmt DESC, c.id DESC LIMIT ?4 OFFSET ?5", error)))
    return NULL;
  _byline_store_bind_text (stmt, 1, account);
  _byline_store_bind_text (stmt, 2, status);
  _byline_store_bind_text (stmt, 3, match);
  sqlite3_bind_int64 (stmt, 4, limit > 0 ? (gint64) limit : -1);
  sqlite3_bind_int64 (stmt, 5, offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (comments, _byline_store_cached_comment_from_row (stmt));
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&comments);
}

/**
 * byline_store_moderate_comment:
 * @status: the new status
 * @actor: (nullable): who did it (e.g. the account's username)
 *
 * Changes a cached comment's status and records it in the moderation
 * history, in one transaction. (Sending it to the site goes through the
 * outbox.)
 */
gboolean
byline_store_moderate_comment (BylineStore  *self,
                               gint64        id,
                               const char   *status,
                               const char   *actor,
                               GError      **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  if (!valid_status (status, error))
    return FALSE;

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) history = NULL;
  g_autoptr(BylineStmt) update = NULL;

  if (!_byline_store_begin (self, error))
    return FALSE;

  if (!(history = _byline_store_prepare (self,
          "INSERT INTO comment_moderation (comment_id, old_status, new_status, actor, at) "
          "SELECT id, status, ?2, ?3, ?4 FROM comments WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (history, 1, id);
  _byline_store_bind_text (history, 2, status);
  _byline_store_bind_text (history, 3, actor ? actor : "");
  sqlite3_bind_int64 (history, 4, _byline_store_now (self));
  if (!_byline_store_step_done (self, history, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No comment with id %lld"), (long long) id);
      goto fail;
    }

  if (!(update = _byline_store_prepare (self, "UPDATE comments SET status = ? WHERE id = ?", error)))
    goto fail;
  _byline_store_bind_text (update, 1, status);
  sqlite3_bind_int64 (update, 2, id);
  if (!_byline_store_step_done (self, update, error))
    goto fail;

  return _byline_store_commit (self, error);

fail:
  _byline_store_rollback (self);
  return FALSE;
}

void
byline_comment_change_free (BylineCommentChange *change)
{
  if (change == NULL)
    return;
  g_free (change->old_status);
  g_free (change->new_status);
  g_free (change->actor);
  g_free (change);
}

/**
 * byline_store_comment_changes:
 *
 * Returns: (transfer full) (element-type BylineCommentChange): the
 *   moderation history of a comment, oldest first
 */
GPtrArray *
byline_store_comment_changes (BylineStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_comment_change_free);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "SELECT at, old_status, new_status, actor FROM comment_moderation "
                                            "WHERE comment_id = ? ORDER BY at, id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BylineCommentChange *change = g_new0 (BylineCommentChange, 1);

      change->at = sqlite3_column_int64 (stmt, 0);
      change->old_status = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      change->new_status = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      change->actor = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (changes, change);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);
  return g_steal_pointer (&changes);
}

/**
 * byline_store_comment_history:
 *
 * Returns: (transfer full) (element-type utf8): the moderation history of
 *   a comment, oldest first, as "TIME OLD→NEW ACTOR" lines (for logs and
 *   tests; byline_store_comment_changes() has the same as fields)
 */
GPtrArray *
byline_store_comment_history (BylineStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_autoptr(GPtrArray) changes = byline_store_comment_changes (self, id, error);
  g_autoptr(GPtrArray) lines = NULL;

  if (changes == NULL)
    return NULL;
  lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < changes->len; i++)
    {
      BylineCommentChange *change = g_ptr_array_index (changes, i);

      g_ptr_array_add (lines, g_strdup_printf ("%" G_GINT64_FORMAT " %s→%s %s", change->at,
                                               change->old_status, change->new_status, change->actor));
    }
  return g_steal_pointer (&lines);
}

/**
 * byline_store_set_comment_score:
 * @reasons: (nullable) (array zero-terminated=1): why, strongest first
 *
 * Replaces a cached comment's spam score and reasons (its text changed:
 * an edit).
 */
gboolean
byline_store_set_comment_score (BylineStore  *self,
                                gint64        id,
                                double        score,
                                char        **reasons,
                                GError      **error)
{
  g_autofree char *json = reasons_to_json (reasons);

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (!(stmt = _byline_store_prepare (self, "UPDATE comments SET spam_score = ?2, spam_reasons = ?3 WHERE id = ?1",
                                      error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_double (stmt, 2, score);
  _byline_store_bind_text (stmt, 3, json);
  return _byline_store_step_done (self, stmt, error);
}
