/* byline-store-revisions.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-store-private.h"

/* Revisions: a full snapshot (byline_article_to_json() with body) of the
 * article at each explicit save, autosave that changed content, and
 * restore. A save whose content hash equals the newest revision's makes no
 * new revision; a restore makes one unless the article already has the
 * revision's content.
 *
 * Pruning policy, by the age of a revision:
 * - younger than 24 hours: all are kept;
 * - 24 hours to 7 days: the newest revision of each clock hour is kept;
 * - older than 7 days: the newest revision of each (UTC) day is kept.
 * The newest revision of an article is always kept. Pruning runs after
 * each explicit save and restore, and after every 50th autosave revision,
 * so that autosaves stay cheap; byline_store_prune_revisions() runs it on
 * demand. */

#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define PRUNE_EVERY 50

void
byline_revision_free (BylineRevision *revision)
{
  if (revision == NULL)
    return;
  g_free (revision->kind);
  g_free (revision->content_hash);
  g_free (revision->headline);
  g_free (revision);
}

guint
_byline_store_prune_locked (BylineStore  *self,
                            gint64        article_id,
                            GError      **error)
{
  g_autoptr(BylineStmt) stmt = NULL;
  g_autoptr(GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) doomed = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 now = _byline_store_now (self);
  gboolean first = TRUE;
  int rc;

  if (!(stmt = _byline_store_prepare (self, "SELECT id, created FROM revisions WHERE article_id = ? "
                                            "ORDER BY created DESC, id DESC", error)))
    return G_MAXUINT;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 created = sqlite3_column_int64 (stmt, 1);
      gint64 age = now - created;
      char *bucket;

      if (first || age < DAY)
        {
          first = FALSE;
          continue;
        }

      if (age < 7 * DAY)
        bucket = g_strdup_printf ("h%" G_GINT64_FORMAT, created / HOUR);
      else
        bucket = g_strdup_printf ("d%" G_GINT64_FORMAT, created / DAY);

      if (g_hash_table_contains (buckets, bucket))
        {
          g_array_append_val (doomed, id);
          g_free (bucket);
        }
      else
        g_hash_table_add (buckets, bucket);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), G_MAXUINT);
  _byline_stmt_release (g_steal_pointer (&stmt));

  for (guint i = 0; i < doomed->len; i++)
    {
      g_autoptr(BylineStmt) del = _byline_store_prepare (self, "DELETE FROM revisions WHERE id = ?", error);

      if (del == NULL)
        return G_MAXUINT;
      sqlite3_bind_int64 (del, 1, g_array_index (doomed, gint64, i));
      if (!_byline_store_step_done (self, del, error))
        return G_MAXUINT;
    }

  return doomed->len;
}

/* Appends @text, valid UTF-8, as a JSON string: runs without '"', '\\'
 * or control characters are copied as they are. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  const char *run = text, *p;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* The revision's snapshot: byline_article_to_json() with the body. The
 * body is most of it, and json-glib's generator escapes a string one
 * character at a time (for 20,000 words, a sixth of an autosave), so the
 * rest is generated without it and the body is added in front. A body
 * that is not valid UTF-8 (@body_is_utf8 FALSE; the store knows from
 * body_word_count()) is left to json-glib. */
static char *
snapshot_json (BylineArticle *article,
               guint          word_count,
               gboolean       body_is_utf8,
               gsize         *size)
{
  const char *body = byline_article_get_body (article);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *rest = NULL;
  gsize rest_size = 0, body_size = strlen (body);
  GString *out;

  if (!body_is_utf8)
    {
      node = _byline_article_to_json_counted (article, TRUE, word_count);
      json_generator_set_root (generator, node);
      return json_generator_to_data (generator, size);
    }

  node = _byline_article_to_json_counted (article, FALSE, word_count);
  json_generator_set_root (generator, node);
  rest = json_generator_to_data (generator, &rest_size);
  g_assert (rest_size > 2 && rest[0] == '{');

  out = g_string_sized_new (body_size + body_size / 32 + rest_size + 16);
  g_string_append (out, "{\"body\":");
  append_json_string (out, body);
  g_string_append_c (out, ',');
  g_string_append_len (out, rest + 1, rest_size - 1);
  *size = out->len;
  return g_string_free (out, FALSE);
}

gboolean
_byline_store_add_revision (BylineStore    *self,
                            BylineArticle  *article,
                            const char     *hash,
                            guint           word_count,
                            gboolean        body_is_utf8,
                            const char     *kind,
                            gboolean        force,
                            GError        **error)
{
  g_autoptr(BylineStmt) last = NULL;
  g_autoptr(BylineStmt) insert = NULL;
  g_autofree char *snapshot = NULL;
  gint64 id = byline_article_get_id (article);
  gsize size = 0;
  gint64 revision;

  if (!(last = _byline_store_prepare (self, "SELECT content_hash FROM revisions WHERE article_id = ? "
                                            "ORDER BY created DESC, id DESC LIMIT 1", error)))
    return FALSE;
  sqlite3_bind_int64 (last, 1, id);
  if (!force && sqlite3_step (last) == SQLITE_ROW &&
      g_strcmp0 ((const char *) sqlite3_column_text (last, 0), hash) == 0)
    return TRUE;
  _byline_stmt_release (g_steal_pointer (&last));

  snapshot = snapshot_json (article, word_count, body_is_utf8, &size);

  if (!(insert = _byline_store_prepare (self, "INSERT INTO revisions (article_id, kind, created, content_hash, size, snapshot) "
                                              "VALUES (?, ?, ?, ?, ?, ?)", error)))
    return FALSE;
  sqlite3_bind_int64 (insert, 1, id);
  _byline_store_bind_text (insert, 2, kind);
  sqlite3_bind_int64 (insert, 3, _byline_store_now (self));
  _byline_store_bind_text (insert, 4, hash);
  sqlite3_bind_int64 (insert, 5, size);
  sqlite3_bind_text (insert, 6, snapshot, size, SQLITE_STATIC);
  if (!_byline_store_step_done (self, insert, error))
    return FALSE;
  revision = sqlite3_last_insert_rowid (self->db);

  if (!g_str_equal (kind, "autosave") || revision % PRUNE_EVERY == 0)
    return _byline_store_prune_locked (self, id, error) != G_MAXUINT;
  return TRUE;
}

/**
 * byline_store_list_revisions:
 *
 * Returns: (transfer full) (element-type BylineRevision): the article's
 *   revisions, newest first
 */
GPtrArray *
byline_store_list_revisions (BylineStore   *self,
                             gint64         article_id,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_revision_free);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !(stmt = _byline_store_prepare (self,
          "SELECT id, article_id, kind, created, content_hash, size, json_extract (snapshot, '$.headline') "
          "FROM revisions WHERE article_id = ? ORDER BY created DESC, id DESC", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BylineRevision *revision = g_new0 (BylineRevision, 1);

      revision->id = sqlite3_column_int64 (stmt, 0);
      revision->article_id = sqlite3_column_int64 (stmt, 1);
      revision->kind = _byline_store_column_text (stmt, 2);
      revision->created = sqlite3_column_int64 (stmt, 3);
      revision->content_hash = _byline_store_column_text (stmt, 4);
      revision->size = sqlite3_column_int64 (stmt, 5);
      revision->headline = _byline_store_column_text (stmt, 6);
      g_ptr_array_add (revisions, revision);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);

  return g_steal_pointer (&revisions);
}

static BylineArticle *
load_revision_locked (BylineStore  *self,
                      gint64        article_id,
                      gint64        revision_id,
                      GError      **error)
{
  g_autoptr(BylineStmt) stmt = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  BylineArticle *article;
  const char *snapshot;

  if (!(stmt = _byline_store_prepare (self, "SELECT snapshot FROM revisions WHERE id = ? AND article_id = ?", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, revision_id);
  sqlite3_bind_int64 (stmt, 2, article_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("Article %lld has no revision %lld"),
                   (long long) article_id, (long long) revision_id);
      return NULL;
    }

  snapshot = (const char *) sqlite3_column_text (stmt, 0);
  if (!json_parser_load_from_data (parser, snapshot, -1, error) ||
      !(article = byline_article_new_from_json (json_parser_get_root (parser), error)))
    {
      g_prefix_error (error, _("Revision %lld is unreadable: "), (long long) revision_id);
      return NULL;
    }
  byline_article_set_id (article, article_id);
  return article;
}

/**
 * byline_store_load_revision:
 *
 * Returns: (transfer full): the article as it was in that revision (with
 *   the article's id), or %NULL with @error set
 */
BylineArticle *
byline_store_load_revision (BylineStore   *self,
                            gint64         article_id,
                            gint64         revision_id,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return load_revision_locked (self, article_id, revision_id, error);
}

static char *
revision_text (BylineArticle *article)
{
  return g_strdup_printf ("%s\n\n%s\n\n%s", byline_article_get_headline (article),
                          byline_article_get_standfirst (article), byline_article_get_body (article));
}

/**
 * byline_store_diff_revisions:
 *
 * Compares the headline, standfirst and body of two revisions word by word
 * (see byline_diff_words()).
 *
 * Returns: (transfer full) (element-type BylineDiffChunk): the chunks
 */
GPtrArray *
byline_store_diff_revisions (BylineStore   *self,
                             gint64         article_id,
                             gint64         old_revision,
                             gint64         new_revision,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(BylineArticle) old_article = NULL;
  g_autoptr(BylineArticle) new_article = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  if (!(old_article = byline_store_load_revision (self, article_id, old_revision, cancellable, error)) ||
      !(new_article = byline_store_load_revision (self, article_id, new_revision, cancellable, error)))
    return NULL;

  old_text = revision_text (old_article);
  new_text = revision_text (new_article);
  return byline_diff_words (old_text, new_text);
}

/**
 * byline_store_restore_revision:
 *
 * Makes the article what it was in @revision_id: saves it (keeping its
 * status and note, which are not part of a story's content) and records a
 * new revision of kind "restore", in one transaction. An article that
 * already has the revision's content is left as it is (no new revision).
 *
 * Returns: (transfer full): the restored article, or %NULL with @error set
 */
BylineArticle *
byline_store_restore_revision (BylineStore   *self,
                               gint64         article_id,
                               gint64         revision_id,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineArticle) current = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  {
    BYLINE_STORE_LOCK (self);

    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !(current = _byline_store_load_article_locked (self, article_id, FALSE, error)) ||
        !(article = load_revision_locked (self, article_id, revision_id, error)))
      return NULL;

    byline_article_set_status (article, byline_article_get_status (current));
    byline_article_set_note (article, byline_article_get_note (current));
    byline_article_set_created (article, byline_article_get_created (current));
    byline_article_set_uuid (article, byline_article_get_uuid (current));

    /* Already what it was then (restored twice, say): nothing to save */
    {
      g_autofree char *hash = byline_article_content_hash (article);
      g_autofree char *current_hash = byline_article_content_hash (current);

      if (g_str_equal (hash, current_hash))
        return g_steal_pointer (&current);
    }

    if (!_byline_store_begin (self, error))
      return NULL;
    if (!_byline_store_save_locked (self, article, "restore", TRUE, TRUE, error))
      {
        _byline_store_rollback (self);
        return NULL;
      }
    if (!_byline_store_commit (self, error))
      return NULL;
  }

  _byline_store_emit_changed_full (self, article_id, BYLINE_STORE_CHANGE_MODIFIED);
  return g_steal_pointer (&article);
}

/**
 * byline_store_prune_revisions:
 *
 * Applies the pruning policy (see the top of byline-store-revisions.c) to
 * one article's revisions now.
 *
 * Returns: how many revisions were removed, or %G_MAXUINT with @error set
 */
guint
byline_store_prune_revisions (BylineStore   *self,
                              gint64         article_id,
                              GCancellable  *cancellable,
                              GError       **error)
{
  guint removed;

  g_return_val_if_fail (BYLINE_IS_STORE (self), G_MAXUINT);

  BYLINE_STORE_LOCK (self);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !_byline_store_begin (self, error))
    return G_MAXUINT;
  removed = _byline_store_prune_locked (self, article_id, error);
  if (removed == G_MAXUINT)
    {
      _byline_store_rollback (self);
      return G_MAXUINT;
    }
  if (!_byline_store_commit (self, error))
    return G_MAXUINT;
  return removed;
}
