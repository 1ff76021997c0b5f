/* byline-store-articles.c
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

/* Articles: save (insert or update, with its revision, in one
 * transaction), load, delete, duplicate and links (listing is in
 * byline-store-list.c).
 *
 * Saving an article does not touch its links to CMS accounts: those are
 * written only by byline_store_set_link(), so that an editor autosaving an
 * older copy of the article can never undo what publishing recorded. */

static GDateTime *
date_time_from_usec (gint64 usec)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  return seconds ? g_date_time_add (seconds, usec % G_USEC_PER_SEC) : NULL;
}

static GDateTime *
parse_date (const char *text,
            const char *time_zone)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) tz = NULL;

  if (text == NULL || text[0] == '\0')
    return NULL;
  if (!(dt = g_date_time_new_from_iso8601 (text, NULL)))
    return NULL;
  if (time_zone != NULL && time_zone[0] != '\0' && (tz = g_time_zone_new_identifier (time_zone)))
    return g_date_time_to_timezone (dt, tz);
  return g_steal_pointer (&dt);
}

static gboolean
load_names (BylineStore  *self,
            const char   *sql,
            gint64        id,
            char       ***out,
            GError      **error)
{
  g_autoptr(BylineStmt) stmt = _byline_store_prepare (self, sql, error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return _byline_store_set_error (self, rc, error);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

BylineArticle *
_byline_store_article_from_row (BylineStore  *self,
                                BylineStmt   *stmt,
                                GError      **error)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_auto(GStrv) bylines = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(BylineStmt) links = NULL;

  BylineArticleStatus status = BYLINE_ARTICLE_STATUS_DRAFT;
  BylineTextDirection direction = BYLINE_TEXT_DIRECTION_LTR;
  const char *time_zone;
  gint64 id;
  int rc;

#define TEXT(n) ((const char *) sqlite3_column_text (stmt, (n)))
  id = sqlite3_column_int64 (stmt, 0);
  byline_article_set_id (article, id);
  byline_article_set_uuid (article, TEXT (1));
  byline_article_set_headline (article, TEXT (2));
  byline_article_set_standfirst (article, TEXT (3));
  byline_article_set_body (article, TEXT (4));
  byline_article_set_dateline (article, TEXT (5));
  time_zone = TEXT (7);
  date = parse_date (TEXT (6), time_zone);
  byline_article_set_date (article, date);
  byline_article_set_time_zone (article, time_zone);
  byline_article_set_section (article, TEXT (8));
  byline_article_set_excerpt (article, TEXT (9));
  byline_article_set_slug (article, TEXT (10));
  byline_article_set_language (article, TEXT (11));
  byline_text_direction_from_string (TEXT (12), &direction);
  byline_article_set_direction (article, direction);
  byline_article_status_from_string (TEXT (13), &status);
  byline_article_set_status (article, status);
  byline_article_set_note (article, TEXT (14));
  byline_article_set_image_path (article, TEXT (15));
  byline_article_set_image_media_id (article, sqlite3_column_int64 (stmt, 16));
  byline_article_set_image_alt (article, TEXT (17));
  byline_article_set_image_caption (article, TEXT (18));
  created = date_time_from_usec (sqlite3_column_int64 (stmt, 19));
  modified = date_time_from_usec (sqlite3_column_int64 (stmt, 20));
  byline_article_set_created (article, created);
  byline_article_set_modified (article, modified);
  /* Lists leave the body out: their rows still show its length */
  g_object_set_data (G_OBJECT (article), "byline-word-count",
                     GUINT_TO_POINTER ((guint) sqlite3_column_int (stmt, 21)));
#undef TEXT

  if (!load_names (self, "SELECT au.name FROM article_bylines ab JOIN authors au ON au.id = ab.author_id "
                         "WHERE ab.article_id = ? ORDER BY ab.position", id, &bylines, error) ||
      !load_names (self, "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                         "WHERE at.article_id = ? ORDER BY at.position", id, &tags, error))
    return NULL;
  byline_article_set_bylines (article, (const char * const *) bylines);
  byline_article_set_tags (article, (const char * const *) tags);

  links = _byline_store_prepare (self, "SELECT ac.name, l.remote_id, l.url, l.remote_modified, l.content_hash "
                                       "FROM article_links l JOIN accounts ac ON ac.id = l.account_id "
                                       "WHERE l.article_id = ? ORDER BY ac.name", error);
  if (links == NULL)
    return NULL;
  sqlite3_bind_int64 (links, 1, id);
  while ((rc = sqlite3_step (links)) == SQLITE_ROW)
    {
      g_autoptr(BylineArticleLink) link =
        byline_article_link_new ((const char *) sqlite3_column_text (links, 0),
                                 sqlite3_column_int64 (links, 1),
                                 (const char *) sqlite3_column_text (links, 2),
                                 (const char *) sqlite3_column_text (links, 3),
                                 (const char *) sqlite3_column_text (links, 4));
      byline_article_set_link (article, link);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);

  return g_steal_pointer (&article);
}

BylineArticle *
_byline_store_load_article_locked (BylineStore  *self,
                                   gint64        id,
                                   gboolean      with_body,
                                   GError      **error)
{
  g_autoptr(BylineStmt) stmt = NULL;
  int rc;

  stmt = _byline_store_prepare (self, "SELECT " COLUMNS_HEAD "a.body" COLUMNS_TAIL "WHERE a.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No article with id %lld"), (long long) id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    return (_byline_store_set_error (self, rc, error), NULL);

  return _byline_store_article_from_row (self, stmt, error);
}

static gboolean
name_id (BylineStore  *self,
         const char   *insert_sql,
         const char   *select_sql,
         const char   *name,
         gint64       *id,
         GError      **error)
{
  g_autoptr(BylineStmt) insert = _byline_store_prepare (self, insert_sql, error);
  g_autoptr(BylineStmt) select = NULL;

  if (insert == NULL)
    return FALSE;
  _byline_store_bind_text (insert, 1, name);
  if (!_byline_store_step_done (self, insert, error))
    return FALSE;

  if (!(select = _byline_store_prepare (self, select_sql, error)))
    return FALSE;
  _byline_store_bind_text (select, 1, name);
  if (sqlite3_step (select) != SQLITE_ROW)
    return _byline_store_set_error (self, sqlite3_errcode (self->db), error);
  *id = sqlite3_column_int64 (select, 0);
  return TRUE;
}

static gboolean
save_names (BylineStore        *self,
            gint64              article_id,
            const char * const *names,
            gboolean            tags,
            GError            **error)
{
  g_autoptr(BylineStmt) clear = NULL;

  clear = _byline_store_prepare (self, tags ? "DELETE FROM article_tags WHERE article_id = ?"
                                            : "DELETE FROM article_bylines WHERE article_id = ?", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, article_id);
  if (!_byline_store_step_done (self, clear, error))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(BylineStmt) link = NULL;
      gint64 name = 0;

      if (!name_id (self,
                    tags ? "INSERT OR IGNORE INTO tags (name) VALUES (?)"
                         : "INSERT OR IGNORE INTO authors (name) VALUES (?)",
                    tags ? "SELECT id FROM tags WHERE name = ?" : "SELECT id FROM authors WHERE name = ?",
                    names[i], &name, error))
        return FALSE;

      link = _byline_store_prepare (self, tags ? "INSERT INTO article_tags (article_id, position, tag_id) VALUES (?, ?, ?)"
                                               : "INSERT INTO article_bylines (article_id, position, author_id) VALUES (?, ?, ?)",
                                    error);
      if (link == NULL)
        return FALSE;
      sqlite3_bind_int64 (link, 1, article_id);
      sqlite3_bind_int (link, 2, i);
      sqlite3_bind_int64 (link, 3, name);
      if (!_byline_store_step_done (self, link, error))
        return FALSE;
    }

  return TRUE;
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n';
}

/* Words in @text[@from, @to). */
static guint
count_words_in (const char *text,
                gsize       from,
                gsize       to)
{
  g_autofree char *part = g_strndup (text + from, to - from);

  return byline_article_count_words (part);
}

/* The word count of @body, and whether it is valid UTF-8 (see the
 * revision's snapshot_json()). Counting 20,000 words costs as much as the
 * rest of an autosave, so the store keeps the last body it saved with its
 * count and validity, and looks again only at what changed: the text
 * between the last space before the first difference and the first space
 * after the last one. byline_article_count_words() is additive across a
 * space (a space ends a word and the state after it is the state at the
 * start), and so is validity (no UTF-8 sequence holds a space byte), so
 * the rest keeps its count. */
static guint
body_word_count (BylineStore *self,
                 const char  *body,
                 gboolean    *valid)
{
  const char *old = self->saved_body;
  gsize len = strlen (body), old_len = self->saved_body_len;
  gsize prefix = 0, suffix = 0, start, old_end, end;
  guint words;

  if (old == NULL || !self->saved_valid)
    {
      words = byline_article_count_words (body);
      *valid = g_utf8_validate_len (body, len, NULL);
    }
  else
    {
      while (prefix < len && prefix < old_len && body[prefix] == old[prefix])
        prefix++;
      if (prefix == len && len == old_len)
        return (*valid = TRUE, self->saved_words);
      while (suffix < len - prefix && suffix < old_len - prefix &&
             body[len - 1 - suffix] == old[old_len - 1 - suffix])
        suffix++;

      /* Back to just after a space in the common prefix, on to a space in
       * the common suffix (the start or the end of the text otherwise). */
      for (start = prefix; start > 0 && !is_space (old[start - 1]); start--)
        ;
      for (old_end = old_len - suffix; old_end < old_len && !is_space (old[old_end]); old_end++)
        ;
      end = len - (old_len - old_end);
      words = self->saved_words - count_words_in (old, start, old_end) + count_words_in (body, start, end);
      *valid = g_utf8_validate_len (body + start, end - start, NULL);
    }

  g_free (self->saved_body);
  self->saved_body = g_memdup2 (body, len + 1);
  self->saved_body_len = len;
  self->saved_words = words;
  self->saved_valid = *valid;
  return words;
}

/* Must be called inside a write transaction. */
gboolean
_byline_store_save_locked (BylineStore    *self,
                           BylineArticle  *article,
                           const char     *revision_kind,
                           gboolean        force_revision,
                           gboolean        index_now,
                           GError        **error)
{
  g_autoptr(BylineStmt) stmt = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *bylines = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *date = NULL;
  const char *section = byline_article_get_section (article);
  gint64 id = byline_article_get_id (article);
  gint64 section_id = 0;
  gboolean valid_utf8;
  guint words = body_word_count (self, byline_article_get_body (article), &valid_utf8);
  gint64 now;

  now = self->clock ? self->clock (self->clock_data) * G_USEC_PER_SEC : g_get_real_time ();
  modified = date_time_from_usec (now);

  if (section[0] != '\0' &&
      !name_id (self, "INSERT OR IGNORE INTO sections (name) VALUES (?)",
                "SELECT id FROM sections WHERE name = ?", section, &section_id, error))
    return FALSE;

  bylines = g_strjoinv (", ", (char **) byline_article_get_bylines (article));
  tags = g_strjoinv (", ", (char **) byline_article_get_tags (article));
  hash = byline_article_content_hash (article);
  if (byline_article_get_date (article) != NULL)
    date = g_date_time_format_iso8601 (byline_article_get_date (article));
  if (byline_article_get_uuid (article)[0] == '\0')
    {
      g_autofree char *uuid = g_uuid_string_random ();

      byline_article_set_uuid (article, uuid);
    }

  if (id == 0)
    stmt = _byline_store_prepare (self,
      "INSERT INTO articles (uuid, headline, standfirst, body, dateline, date, time_zone, section_id, "
      "  excerpt, slug, language, direction, status, note, image_path, image_media_id, image_alt, "
      "  image_caption, word_count, content_hash, bylines, tags, modified, created) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
      "  ?20, ?21, ?22, ?23, ?23)", error);
  else
    stmt = _byline_store_prepare (self,
      "UPDATE articles SET uuid = ?1, headline = ?2, standfirst = ?3, body = ?4, dateline = ?5, "
      "  date = ?6, time_zone = ?7, section_id = ?8, excerpt = ?9, slug = ?10, language = ?11, "
      "  direction = ?12, status = ?13, note = ?14, image_path = ?15, image_media_id = ?16, "
      "  image_alt = ?17, image_caption = ?18, word_count = ?19, content_hash = ?20, bylines = ?21, "
      "  tags = ?22, modified = ?23 WHERE id = ?24", error);
  if (stmt == NULL)
    return FALSE;

  _byline_store_bind_text (stmt, 1, byline_article_get_uuid (article));
  _byline_store_bind_text (stmt, 2, byline_article_get_headline (article));
  _byline_store_bind_text (stmt, 3, byline_article_get_standfirst (article));
  _byline_store_bind_text (stmt, 4, byline_article_get_body (article));
  _byline_store_bind_text (stmt, 5, byline_article_get_dateline (article));
  _byline_store_bind_text (stmt, 6, date);
  _byline_store_bind_text (stmt, 7, byline_article_get_time_zone (article));
  if (section_id != 0)
    sqlite3_bind_int64 (stmt, 8, section_id);
  else
    sqlite3_bind_null (stmt, 8);
  _byline_store_bind_text (stmt, 9, byline_article_get_excerpt (article));
  _byline_store_bind_text (stmt, 10, byline_article_get_slug (article));
  _byline_store_bind_text (stmt, 11, byline_article_get_language (article));
  _byline_store_bind_text (stmt, 12, byline_text_direction_to_string (byline_article_get_direction (article)));
  _byline_store_bind_text (stmt, 13, byline_article_status_to_string (byline_article_get_status (article)));
  _byline_store_bind_text (stmt, 14, byline_article_get_note (article));
  _byline_store_bind_text (stmt, 15, byline_article_get_image_path (article));
  sqlite3_bind_int64 (stmt, 16, byline_article_get_image_media_id (article));
  _byline_store_bind_text (stmt, 17, byline_article_get_image_alt (article));
  _byline_store_bind_text (stmt, 18, byline_article_get_image_caption (article));
  sqlite3_bind_int (stmt, 19, words);
  _byline_store_bind_text (stmt, 20, hash);
  _byline_store_bind_text (stmt, 21, bylines);
  _byline_store_bind_text (stmt, 22, tags);
  sqlite3_bind_int64 (stmt, 23, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 24, id);

  if (!_byline_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    {
      id = sqlite3_last_insert_rowid (self->db);
      byline_article_set_id (article, id);
      byline_article_set_created (article, modified);
    }
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                   _("No article with id %lld"), (long long) id);
      return FALSE;
    }
  byline_article_set_modified (article, modified);

  if (!save_names (self, id, byline_article_get_bylines (article), FALSE, error) ||
      !save_names (self, id, byline_article_get_tags (article), TRUE, error))
    return FALSE;

  if (!_byline_store_add_revision (self, article, hash, words, valid_utf8, revision_kind, force_revision, error))
    return FALSE;

  /* Unless @index_now, the search index is brought up to date later (see
   * byline-store-index.c). */
  return !index_now || _byline_store_index_flush_locked (self, id, error);
}

/**
 * byline_store_save_article:
 * @article: the article; when its id is 0 it is inserted and gets an id,
 *   created and modified times, otherwise it is updated
 * @flags: %BYLINE_SAVE_EXPLICIT or %BYLINE_SAVE_AUTOSAVE
 *
 * Saves @article and its revision (when its content is new) in one
 * transaction: after a crash either both are there or neither.
 */
gboolean
byline_store_save_article (BylineStore      *self,
                           BylineArticle    *article,
                           BylineSaveFlags   flags,
                           GCancellable     *cancellable,
                           GError          **error)
{
  gboolean inserted;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (BYLINE_IS_ARTICLE (article), FALSE);

  inserted = byline_article_get_id (article) == 0;

  {
    BYLINE_STORE_LOCK (self);

    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !_byline_store_begin (self, error))
      return FALSE;

    if (!_byline_store_save_locked (self, article,
                                    (flags & BYLINE_SAVE_AUTOSAVE) ? "autosave" : "explicit",
                                    FALSE, FALSE, error))
      {
        _byline_store_rollback (self);
        if (inserted)
          byline_article_set_id (article, 0);
        return FALSE;
      }

    if (!_byline_store_commit (self, error))
      {
        if (inserted)
          byline_article_set_id (article, 0);
        return FALSE;
      }
  }

  /* Indexing a 20,000-word story costs tens of milliseconds: it runs on
   * the worker thread, at once after an explicit save, once autosaves
   * have been quiet for a while after an autosave. */
  _byline_store_index_schedule (self, (flags & BYLINE_SAVE_AUTOSAVE) ? self->index_delay_ms : 0);
  _byline_store_emit_changed_full (self, byline_article_get_id (article),
                                   inserted ? BYLINE_STORE_CHANGE_ADDED : BYLINE_STORE_CHANGE_MODIFIED);
  return TRUE;
}

static gpointer
save_work (BylineStore   *self,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  BylineArticle *copy = data;
  BylineSaveFlags flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (copy), "byline-save-flags"));

  if (!byline_store_save_article (self, copy, flags, cancellable, error))
    return NULL;
  return g_object_ref (copy);
}

/**
 * byline_store_save_article_async:
 *
 * Saves a copy of @article (taken now) on the store's worker thread. On
 * success byline_store_save_article_finish() sets @article's id, created
 * and modified times.
 */
void
byline_store_save_article_async (BylineStore         *self,
                                 BylineArticle       *article,
                                 BylineSaveFlags      flags,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  BylineArticle *copy;

  g_return_if_fail (BYLINE_IS_STORE (self));
  g_return_if_fail (BYLINE_IS_ARTICLE (article));

  copy = byline_article_copy (article);
  g_object_set_data (G_OBJECT (copy), "byline-save-flags", GUINT_TO_POINTER (flags));
  g_object_set_data_full (G_OBJECT (copy), "byline-original", g_object_ref (article), g_object_unref);
  _byline_store_run_async (self, byline_store_save_article_async, save_work,
                           copy, g_object_unref, g_object_unref,
                           cancellable, callback, user_data);
}

gboolean
byline_store_save_article_finish (BylineStore   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_autoptr(BylineArticle) saved = NULL;
  BylineArticle *original;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_store_save_article_async, FALSE);

  if (!(saved = g_task_propagate_pointer (G_TASK (result), error)))
    return FALSE;

  original = g_object_get_data (G_OBJECT (saved), "byline-original");
  byline_article_set_id (original, byline_article_get_id (saved));
  byline_article_set_uuid (original, byline_article_get_uuid (saved));
  byline_article_set_created (original, byline_article_get_created (saved));
  byline_article_set_modified (original, byline_article_get_modified (saved));
  return TRUE;
}

BylineArticle *
byline_store_load_article (BylineStore   *self,
                           gint64         id,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  BYLINE_STORE_LOCK (self);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return _byline_store_load_article_locked (self, id, TRUE, error);
}

static gpointer
load_work (BylineStore   *self,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  return byline_store_load_article (self, *(gint64 *) data, cancellable, error);
}

void
byline_store_load_article_async (BylineStore         *self,
                                 gint64               id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (BYLINE_IS_STORE (self));

  _byline_store_run_async (self, byline_store_load_article_async, load_work,
                           g_memdup2 (&id, sizeof id), g_free, g_object_unref,
                           cancellable, callback, user_data);
}

BylineArticle *
byline_store_load_article_finish (BylineStore   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_store_load_article_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
byline_store_delete_article (BylineStore   *self,
                             gint64         id,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);

  {
    BYLINE_STORE_LOCK (self);
    g_autoptr(BylineStmt) stmt = NULL;

    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !(stmt = _byline_store_prepare (self, "DELETE FROM articles WHERE id = ?", error)))
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    /* One statement: it is its own transaction (cascades included). */
    if (!_byline_store_step_done (self, stmt, error))
      return FALSE;
    if (sqlite3_changes (self->db) == 0)
      {
        g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                     _("No article with id %lld"), (long long) id);
        return FALSE;
      }
  }

  _byline_store_emit_changed_full (self, id, BYLINE_STORE_CHANGE_REMOVED);
  return TRUE;
}

/**
 * byline_store_duplicate_article:
 *
 * Copies an article into a new draft (new id and UUID, no links, headline
 * marked as a copy).
 *
 * Returns: (transfer full): the new article, or %NULL with @error set
 */
BylineArticle *
byline_store_duplicate_article (BylineStore   *self,
                                gint64         id,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(BylineArticle) copy = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *headline = NULL;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  if (!(copy = byline_store_load_article (self, id, cancellable, error)))
    return NULL;

  headline = g_strdup_printf (_("%s (copy)"), byline_article_get_headline (copy));
  byline_article_set_id (copy, 0);
  byline_article_set_uuid (copy, uuid);
  byline_article_set_headline (copy, headline);
  byline_article_set_status (copy, BYLINE_ARTICLE_STATUS_DRAFT);
  while (byline_article_get_links (copy)->len > 0)
    g_ptr_array_remove_index (byline_article_get_links (copy), 0);

  if (!byline_store_save_article (self, copy, BYLINE_SAVE_EXPLICIT, cancellable, error))
    return NULL;
  return g_steal_pointer (&copy);
}

/**
 * byline_store_set_link:
 * @link: where the article lives on one account (the account must exist,
 *   see byline_store_save_account())
 *
 * Records or replaces the article's link to @link->account. Does not
 * create a revision.
 */
gboolean
byline_store_set_link (BylineStore              *self,
                       gint64                    article_id,
                       const BylineArticleLink  *link,
                       GError                  **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (link != NULL, FALSE);

  {
    BYLINE_STORE_LOCK (self);
    g_autoptr(BylineStmt) stmt = NULL;

    if (!(stmt = _byline_store_prepare (self,
            "INSERT OR REPLACE INTO article_links (article_id, account_id, remote_id, url, remote_modified, content_hash) "
            "SELECT ?1, id, ?3, ?4, ?5, ?6 FROM accounts WHERE name = ?2", error)))
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, article_id);
    _byline_store_bind_text (stmt, 2, link->account);
    sqlite3_bind_int64 (stmt, 3, link->remote_id);
    _byline_store_bind_text (stmt, 4, link->url);
    _byline_store_bind_text (stmt, 5, link->remote_modified);
    _byline_store_bind_text (stmt, 6, link->content_hash);
    if (!_byline_store_step_done (self, stmt, error))
      return FALSE;
    if (sqlite3_changes (self->db) == 0)
      {
        g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                     _("No account named “%s”"), link->account);
        return FALSE;
      }
  }

  _byline_store_emit_changed_full (self, article_id, BYLINE_STORE_CHANGE_MODIFIED);
  return TRUE;
}
