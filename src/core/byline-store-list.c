/* byline-store-list.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include "byline-store-private.h"

/* Listing articles (without bodies), counting them, and finding one's
 * position in a list: what the sidebar (#BylineArticleList) needs. All
 * filters are bound parameters; the ORDER BY of each sort is its own
 * statement so that SQLite uses the matching index. */

#define LIST_FILTER "WHERE (?1 IS NULL OR a.status = ?1) " \
                    "AND (?2 IS NULL OR a.section_id = (SELECT id FROM sections WHERE name = ?2)) "

static const char *list_sql[] = {
  [BYLINE_ARTICLE_SORT_MODIFIED] = "SELECT " COLUMNS_HEAD "''" COLUMNS_TAIL LIST_FILTER
                                   "ORDER BY a.modified DESC, a.id DESC LIMIT ?3 OFFSET ?4",
  [BYLINE_ARTICLE_SORT_CREATED] = "SELECT " COLUMNS_HEAD "''" COLUMNS_TAIL LIST_FILTER
                                  "ORDER BY a.created DESC, a.id DESC LIMIT ?3 OFFSET ?4",
  [BYLINE_ARTICLE_SORT_HEADLINE] = "SELECT " COLUMNS_HEAD "''" COLUMNS_TAIL LIST_FILTER
                                   "ORDER BY a.headline COLLATE NOCASE, a.id LIMIT ?3 OFFSET ?4",
};

static void
bind_query (BylineStmt               *stmt,
            const BylineArticleQuery *query)
{
  if (query->any_status)
    sqlite3_bind_null (stmt, 1);
  else
    _byline_store_bind_text (stmt, 1, byline_article_status_to_string (query->status));
  _byline_store_bind_text (stmt, 2, query->section);
}

/**
 * byline_store_list_articles:
 * @query: (nullable): filter, order and page; %NULL for all, newest first
 *
 * Lists articles without their bodies (byline_article_get_body() is "").
 *
 * Returns: (transfer full) (element-type BylineArticle): the articles
 */
GPtrArray *
byline_store_list_articles (BylineStore               *self,
                            const BylineArticleQuery  *query,
                            GCancellable              *cancellable,
                            GError                   **error)
{
  static const BylineArticleQuery all = BYLINE_ARTICLE_QUERY_INIT;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  if (query == NULL)
    query = &all;
  g_return_val_if_fail (query->sort <= BYLINE_ARTICLE_SORT_HEADLINE, NULL);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !(stmt = _byline_store_prepare (self, list_sql[query->sort], error)))
    return NULL;

  bind_query (stmt, query);
  sqlite3_bind_int64 (stmt, 3, query->limit > 0 ? (gint64) query->limit : -1);
  sqlite3_bind_int64 (stmt, 4, query->offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BylineArticle *article = _byline_store_article_from_row (self, stmt, error);

      if (article == NULL)
        return NULL;
      g_ptr_array_add (articles, article);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);

  return g_steal_pointer (&articles);
}

static gpointer
list_work (BylineStore   *self,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  return byline_store_list_articles (self, data, cancellable, error);
}

static void
query_free (BylineArticleQuery *query)
{
  g_free ((char *) query->section);
  g_free (query);
}

void
byline_store_list_articles_async (BylineStore              *self,
                                  const BylineArticleQuery *query,
                                  GCancellable             *cancellable,
                                  GAsyncReadyCallback       callback,
                                  gpointer                  user_data)
{
  static const BylineArticleQuery all = BYLINE_ARTICLE_QUERY_INIT;
  BylineArticleQuery *copy;

  g_return_if_fail (BYLINE_IS_STORE (self));

  copy = g_memdup2 (query ? query : &all, sizeof *copy);
  copy->section = g_strdup (copy->section);
  _byline_store_run_async (self, byline_store_list_articles_async, list_work,
                           copy, (GDestroyNotify) query_free, (GDestroyNotify) g_ptr_array_unref,
                           cancellable, callback, user_data);
}

GPtrArray *
byline_store_list_articles_finish (BylineStore   *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_store_list_articles_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * byline_store_count_articles:
 *
 * Returns: how many articles match @query (its sort, offset and limit are
 *   ignored), or -1 with @error set
 */
gint64
byline_store_count_articles (BylineStore               *self,
                             const BylineArticleQuery  *query,
                             GCancellable              *cancellable,
                             GError                   **error)
{
  static const BylineArticleQuery all = BYLINE_ARTICLE_QUERY_INIT;

  g_return_val_if_fail (BYLINE_IS_STORE (self), -1);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !(stmt = _byline_store_prepare (self, "SELECT count(*) FROM articles a " LIST_FILTER, error)))
    return -1;
  bind_query (stmt, query ? query : &all);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return (_byline_store_set_error (self, sqlite3_errcode (self->db), error), -1);
  return sqlite3_column_int64 (stmt, 0);
}

#define POSITION_FILTER "AND (?1 IS NULL OR a.status = ?1) " \
                        "AND (?2 IS NULL OR a.section_id = (SELECT id FROM sections WHERE name = ?2)) "

static const char *position_sql[] = {
  [BYLINE_ARTICLE_SORT_MODIFIED] = "SELECT count(*) FROM articles a, articles t WHERE t.id = ?3 " POSITION_FILTER
                                   "AND (a.modified > t.modified OR (a.modified = t.modified AND a.id > t.id))",
  [BYLINE_ARTICLE_SORT_CREATED] = "SELECT count(*) FROM articles a, articles t WHERE t.id = ?3 " POSITION_FILTER
                                  "AND (a.created > t.created OR (a.created = t.created AND a.id > t.id))",
  [BYLINE_ARTICLE_SORT_HEADLINE] = "SELECT count(*) FROM articles a, articles t WHERE t.id = ?3 " POSITION_FILTER
                                   "AND (a.headline COLLATE NOCASE < t.headline "
                                   "  OR (a.headline COLLATE NOCASE = t.headline AND a.id < t.id))",
};

/**
 * byline_store_article_position:
 * @position: (out): the article's index in the list @query gives (ignoring
 *   its offset and limit), or -1 when the article is not in that list
 *
 * Finds where an article is in a list without loading the list (for
 * #BylineArticleList).
 */
gboolean
byline_store_article_position (BylineStore               *self,
                               const BylineArticleQuery  *query,
                               gint64                     id,
                               gint64                    *position,
                               GError                   **error)
{
  static const BylineArticleQuery all = BYLINE_ARTICLE_QUERY_INIT;
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  if (query == NULL)
    query = &all;
  *position = -1;

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) member = NULL;
  g_autoptr(BylineStmt) before = NULL;

  if (!(member = _byline_store_prepare (self, "SELECT count(*) FROM articles a " LIST_FILTER "AND a.id = ?3", error)))
    return FALSE;
  bind_query (member, query);
  sqlite3_bind_int64 (member, 3, id);
  if ((rc = sqlite3_step (member)) != SQLITE_ROW)
    return _byline_store_set_error (self, rc, error);
  if (sqlite3_column_int64 (member, 0) == 0)
    return TRUE;

  if (!(before = _byline_store_prepare (self, position_sql[query->sort], error)))
    return FALSE;
  bind_query (before, query);
  sqlite3_bind_int64 (before, 3, id);
  if ((rc = sqlite3_step (before)) != SQLITE_ROW)
    return _byline_store_set_error (self, rc, error);
  *position = sqlite3_column_int64 (before, 0);
  return TRUE;
}

