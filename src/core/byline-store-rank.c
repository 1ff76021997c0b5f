/* byline-store-rank.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include "byline-store-private.h"

/* byline_rank (fts, limit, weight, …): FTS5's bm25() for a query that
 * only wants the best @limit rows.
 *
 * Why: bm25() needs each matching row's length in tokens, which FTS5 reads
 * with one lookup in its %_docsize table per row. A frequent word matches a
 * quarter of 100,000 articles, and those 25,000 lookups (plus sorting every
 * match) cost ~50 ms, while the index scan itself costs ~2 ms.
 *
 * How: the score of one phrase in one row is
 *
 *   idf × f × (k1 + 1) / (f + k1 × (1 − b + b × D / avgdl))
 *
 * where f is the phrase's weighted frequency in the row (known from the
 * position lists the scan has already read) and D the row's length. D is
 * at least the sum over the row's columns of (last matched offset + 1), so
 * putting that in for D gives an upper bound of the score without the
 * lookup. The function keeps, per query, the @limit best exact scores seen
 * so far (a min-heap). A row whose bound cannot beat the worst of them can
 * never be among the best @limit rows: it gets NULL without a lookup. A row
 * that can gets its exact bm25 score (D looked up), which is returned when
 * it enters the heap, else NULL. So
 *
 *   SELECT … byline_rank (…) AS score … WHERE score IS NOT NULL
 *   ORDER BY score LIMIT @limit
 *
 * returns exactly the rows and scores (negative: lower is better)
 * `ORDER BY bm25 (…) LIMIT @limit` returns, up to ties, after a few hundred
 * lookups instead of one per match, and the sorter sees only the rows that
 * entered the heap. Proof sketch: the heap's minimum only grows, so a row
 * dropped when it was below the minimum is below the final minimum too.
 *
 * The function may be called more than once for the same row (once for
 * the WHERE clause, once for the result column): the last row's answer is
 * kept so that the heap sees each row once. With @limit <= 0 every row gets
 * its exact score (plain weighted bm25).
 *
 * The idf of each phrase needs the number of rows the phrase matches, which
 * bm25() counts with a scan of its own (xQueryPhrase()) before the first
 * row is scored: for a frequent word or a prefix that is a second pass over
 * tens of thousands of rows. With one phrase (most searches: a word, a
 * prefix, a quoted phrase) and a @limit, the idf is the same factor in
 * every row's score, so it changes neither the order nor which rows make
 * the heap: byline_rank() then leaves it out (the scores are bm25's divided
 * by the idf) and counts the matching rows as the scan visits them (each of
 * them, as the query has no other condition). byline_rank_idf (), called
 * once the scan is over (in the statement's outer query, after a
 * MATERIALIZED CTE), returns the factor that turns those scores into
 * bm25's: 1 when they already are. The two functions share their state
 * through the connection (a BylineRankState each connection has). */

typedef struct
{
  /* The last byline_rank() query left the idf out of its scores. */
  gboolean      deferred;
  sqlite3_int64 n_rows;
  sqlite3_int64 hits;
} BylineRankState;

#define BM25_K1 1.2
#define BM25_B 0.75
/* Beyond this many rows, rank them all (and let the sorter pick). */
#define MAX_HEAP 65536

typedef struct
{
  int           n_phrases;
  int           n_columns;
  guint         limit;
  double        avgdl;
  double       *idf;        /* n_phrases */
  double       *freq;       /* n_phrases */
  double       *weights;    /* n_columns */
  int          *max_offset; /* n_columns */
  double       *heap;       /* limit best scores, heap[0] the worst */
  guint         heap_len;
  sqlite3_int64 last_rowid;
  gboolean      have_last;
  gboolean      last_kept;
  double        last_score;
  /* The idf is left out (one phrase and a limit); rows are counted in
   * state. */
  BylineRankState *state;
} RankData;

static void
rank_data_free (gpointer data)
{
  RankData *rank = data;

  g_free (rank->idf);
  g_free (rank->weights);
  g_free (rank->max_offset);
  g_free (rank->heap);
  g_free (rank);
}

static int
count_cb (const Fts5ExtensionApi *api,
          Fts5Context            *fts,
          void                   *user_data)
{
  (*(sqlite3_int64 *) user_data)++;
  return SQLITE_OK;
}

/* bm25()'s idf for @hits of @n_rows rows (as fts5Bm25GetData()). */
static double
idf (sqlite3_int64 n_rows,
     sqlite3_int64 hits)
{
  return MAX (log ((n_rows - hits + 0.5) / (hits + 0.5)), 1e-6);
}

/* Per query: as fts5Bm25GetData() in SQLite's fts5_aux.c, so that the
 * scores are bm25()'s. */
static int
rank_data_new (const Fts5ExtensionApi  *api,
               Fts5Context             *fts,
               int                      n_values,
               sqlite3_value          **values,
               RankData               **out)
{
  RankData *rank = g_new0 (RankData, 1);
  sqlite3_int64 n_rows = 0, n_tokens = 0;
  int rc;

  rank->n_phrases = api->xPhraseCount (fts);
  rank->n_columns = api->xColumnCount (fts);
  rank->limit = n_values > 0 ? CLAMP (sqlite3_value_int (values[0]), 0, MAX_HEAP + 1) : 0;
  if (rank->limit > MAX_HEAP)
    rank->limit = 0;
  rank->idf = g_new0 (double, 2 * rank->n_phrases + 1);
  rank->freq = rank->idf + rank->n_phrases;
  rank->weights = g_new (double, rank->n_columns);
  rank->max_offset = g_new0 (int, rank->n_columns);
  rank->heap = g_new0 (double, rank->limit + 1);
  for (int c = 0; c < rank->n_columns; c++)
    rank->weights[c] = c + 1 < n_values ? sqlite3_value_double (values[c + 1]) : 1.0;

  rc = api->xRowCount (fts, &n_rows);
  if (rc == SQLITE_OK)
    rc = api->xColumnTotalSize (fts, -1, &n_tokens);
  rank->avgdl = n_rows > 0 ? (double) n_tokens / n_rows : 1.0;

  {
    BylineRankState *state = api->xUserData (fts);

    state->deferred = rank->n_phrases == 1 && rank->limit > 0;
    state->n_rows = n_rows;
    state->hits = 0;
    if (state->deferred)
      {
        rank->state = state;
        rank->idf[0] = 1.0;
      }
  }

  for (int p = 0; rc == SQLITE_OK && rank->state == NULL && p < rank->n_phrases; p++)
    {
      sqlite3_int64 hits = 0;

      rc = api->xQueryPhrase (fts, p, &hits, count_cb);
      rank->idf[p] = idf (n_rows, hits);
    }

  if (rc == SQLITE_OK)
    rc = api->xSetAuxdata (fts, rank, rank_data_free);
  else
    rank_data_free (rank);

  *out = rc == SQLITE_OK ? rank : NULL;
  return rc;
}

/* Replaces the worst of the heap's scores by @score (or adds it). */
static void
heap_push (RankData *rank,
           double    score)
{
  double *heap = rank->heap;
  guint i;

  if (rank->heap_len < rank->limit)
    {
      for (i = rank->heap_len++; i > 0 && heap[(i - 1) / 2] > score; i = (i - 1) / 2)
        heap[i] = heap[(i - 1) / 2];
      heap[i] = score;
      return;
    }

  for (i = 0;;)
    {
      guint child = 2 * i + 1;

      if (child >= rank->heap_len)
        break;
      if (child + 1 < rank->heap_len && heap[child + 1] < heap[child])
        child++;
      if (heap[child] >= score)
        break;
      heap[i] = heap[child];
      i = child;
    }
  heap[i] = score;
}

static double
score_with_length (RankData *rank,
                   double    length)
{
  double score = 0;

  for (int p = 0; p < rank->n_phrases; p++)
    score += rank->idf[p] * rank->freq[p] * (BM25_K1 + 1.0) /
             (rank->freq[p] + BM25_K1 * (1.0 - BM25_B + BM25_B * length / rank->avgdl));
  return score;
}

static void
rank_function (const Fts5ExtensionApi  *api,
               Fts5Context             *fts,
               sqlite3_context         *context,
               int                      n_values,
               sqlite3_value          **values)
{
  RankData *rank = api->xGetAuxdata (fts, FALSE);
  sqlite3_int64 rowid;
  gboolean full;
  double score;
  int min_length = 0;
  int rc = SQLITE_OK;

  if (rank == NULL && (rc = rank_data_new (api, fts, n_values, values, &rank)) != SQLITE_OK)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }

  rowid = api->xRowid (fts);
  if (rank->have_last && rowid == rank->last_rowid)
    {
      if (rank->last_kept)
        sqlite3_result_double (context, rank->last_score);
      else
        sqlite3_result_null (context);
      return;
    }

  if (rank->state != NULL)
    rank->state->hits++;

  memset (rank->max_offset, 0, rank->n_columns * sizeof (int));
  for (int p = 0; p < rank->n_phrases; p++)
    {
      Fts5PhraseIter iter;
      int column, offset;
      double freq = 0;

      rc = api->xPhraseFirst (fts, p, &iter, &column, &offset);
      if (rc != SQLITE_OK)
        {
          sqlite3_result_error_code (context, rc);
          return;
        }
      for (; column >= 0; api->xPhraseNext (fts, &iter, &column, &offset))
        {
          if (column >= rank->n_columns)
            continue;
          freq += rank->weights[column];
          rank->max_offset[column] = MAX (rank->max_offset[column], offset + 1);
        }
      rank->freq[p] = freq;
    }
  for (int c = 0; c < rank->n_columns; c++)
    min_length += rank->max_offset[c];

  full = rank->limit > 0 && rank->heap_len == rank->limit;
  rank->have_last = TRUE;
  rank->last_rowid = rowid;
  rank->last_kept = FALSE;

  if (full && score_with_length (rank, min_length) <= rank->heap[0])
    {
      sqlite3_result_null (context);
      return;
    }

  {
    int length = 0;

    rc = api->xColumnSize (fts, -1, &length);
    if (rc != SQLITE_OK)
      {
        rank->have_last = FALSE;
        sqlite3_result_error_code (context, rc);
        return;
      }
    score = score_with_length (rank, length);
  }

  if (rank->limit > 0)
    {
      if (full && score <= rank->heap[0])
        {
          sqlite3_result_null (context);
          return;
        }
      heap_push (rank, score);
    }

  rank->last_kept = TRUE;
  rank->last_score = -score;
  sqlite3_result_double (context, -score);
}

/* The FTS5 API of @db, for registering functions (NULL: no FTS5). */
fts5_api *
_byline_store_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  if (sqlite3_finalize (stmt) != SQLITE_OK || api == NULL || api->iVersion < 2)
    return NULL;
  return api;
}

static void
idf_function (sqlite3_context  *context,
              int               n_values,
              sqlite3_value   **values)
{
  BylineRankState *state = sqlite3_user_data (context);

  sqlite3_result_double (context, state->deferred ? idf (state->n_rows, state->hits) : 1.0);
}

/* Registers byline_rank() and byline_rank_idf() on @db. Returns an SQLite
 * result code. */
int
_byline_store_register_rank (sqlite3 *db)
{
  fts5_api *api = _byline_store_fts5_api (db);
  BylineRankState *state;
  int rc;

  if (api == NULL)
    return SQLITE_ERROR;
  state = g_new0 (BylineRankState, 1);
  /* Not deterministic: its value changes as byline_rank() ranks. SQLite
   * frees the state with the connection (or at once if this fails). */
  if ((rc = sqlite3_create_function_v2 (db, "byline_rank_idf", 0, SQLITE_UTF8, state,
                                        idf_function, NULL, NULL, g_free)) != SQLITE_OK)
    return rc;
  return api->xCreateFunction (api, "byline_rank", state, rank_function, NULL);
}
