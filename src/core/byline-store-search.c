/* byline-store-search.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include "byline-fts.h"
#include "byline-store-private.h"

/* Full-text search over headline, standfirst, body, bylines and tags
 * (articles_fts; see byline-store-index.c for how it is kept up to date).
 * Ranked by bm25 with the headline weighted highest, through byline_rank()
 * (byline-store-rank.c), which returns bm25's scores for the best ?2 rows
 * and NULL for the rest without looking up their length.
 *
 * The index is scanned once: `t` holds the best ?2 rows, their scores and
 * their snippets' plans, made by byline_snippet_plan() (byline-store-
 * snippet.c) while the scan is at the row, only for the rows that enter
 * byline_rank()'s heap (a few hundred of tens of thousands). The snippets
 * are then written from the plans and the articles' text by
 * byline_snippet_render(), for the ?2 rows only: a second pass over the
 * matches (to have the index's match positions for snippet()) cost as much
 * as the ranking itself for a frequent word or a prefix. byline_rank_idf()
 * turns `t`'s scores into bm25's once the scan has counted the matches
 * (see byline-store-rank.c). */

#define SEARCH_SQL \
  "WITH t (id, score, plan) AS MATERIALIZED (" \
  "  SELECT rowid, byline_rank (articles_fts, ?2, 10.0, 4.0, 1.0, 3.0, 3.0) AS score, " \
  "    byline_snippet_plan (articles_fts, 12) " \
  "  FROM articles_fts WHERE articles_fts MATCH ?1 AND score IS NOT NULL " \
  "  ORDER BY score, rowid LIMIT ?2) " \
  "SELECT t.id, a.headline, " \
  "  byline_snippet_render (t.plan, '[', ']', '…', a.headline, a.standfirst, a.body, a.bylines, a.tags), " \
  "  t.score * byline_rank_idf () " \
  "FROM t CROSS JOIN articles a ON a.id = t.id " \
  "ORDER BY t.score, t.id"

void
byline_search_hit_free (BylineSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->headline);
  g_free (hit->snippet);
  g_free (hit);
}

/**
 * byline_store_search:
 * @text: what the user typed (any text is safe, see
 *   byline_fts_query_from_text())
 * @limit: at most this many hits (0: 50)
 *
 * Returns: (transfer full) (element-type BylineSearchHit): the hits, best
 *   first (an empty array when @text has no words)
 */
GPtrArray *
byline_store_search (BylineStore   *self,
                     const char    *text,
                     guint          limit,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_search_hit_free);
  g_autofree char *query = byline_fts_query_from_text (text);
  int rc;

  g_return_val_if_fail (BYLINE_IS_STORE (self), NULL);

  if (query == NULL)
    return g_steal_pointer (&hits);

  BYLINE_STORE_LOCK (self);
  g_autoptr(BylineStmt) stmt = NULL;

  /* Index what autosaves left first: a search sees all committed text. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !_byline_store_index_refresh (self, error) ||
      !(stmt = _byline_store_prepare (self, SEARCH_SQL, error)))
    return NULL;

  _byline_store_bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, limit > 0 ? limit : 50);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BylineSearchHit *hit = g_new0 (BylineSearchHit, 1);

      hit->article_id = sqlite3_column_int64 (stmt, 0);
      hit->headline = _byline_store_column_text (stmt, 1);
      hit->snippet = _byline_store_column_text (stmt, 2);
      hit->rank = sqlite3_column_double (stmt, 3);
      g_ptr_array_add (hits, hit);
    }
  if (rc != SQLITE_DONE)
    return (_byline_store_set_error (self, rc, error), NULL);

  return g_steal_pointer (&hits);
}

typedef struct
{
  char  *text;
  guint  limit;
} SearchData;

static void
search_data_free (SearchData *data)
{
  g_free (data->text);
  g_free (data);
}

static gpointer
search_work (BylineStore   *self,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SearchData *search = data;

  return byline_store_search (self, search->text, search->limit, cancellable, error);
}

void
byline_store_search_async (BylineStore         *self,
                           const char          *text,
                           guint                limit,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  SearchData *data;

  g_return_if_fail (BYLINE_IS_STORE (self));

  data = g_new0 (SearchData, 1);
  data->text = g_strdup (text);
  data->limit = limit;
  _byline_store_run_async (self, byline_store_search_async, search_work,
                           data, (GDestroyNotify) search_data_free,
                           (GDestroyNotify) g_ptr_array_unref,
                           cancellable, callback, user_data);
}

GPtrArray *
byline_store_search_finish (BylineStore   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_store_search_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The SQL the search runs, for the benchmark's comparison with the
 * sqlite3 shell. */
const char *
_byline_store_search_sql (void)
{
  return SEARCH_SQL;
}
