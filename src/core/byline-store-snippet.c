/* byline-store-snippet.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-store"

#include "config.h"

#include <string.h>

#include "byline-store-private.h"

/* byline_snippet (fts, open, close, ellipsis, n_tokens): a search hit's
 * context, in the format of FTS5's snippet (fts, -1, open, close, ellipsis,
 * n_tokens): about @n_tokens tokens of one column around the matches, each
 * match between @open and @close, @ellipsis where the text goes on.
 *
 * Why: snippet() tokenizes every column of the row in full to find the
 * sentence starts, then the chosen column once more to highlight it. For
 * an 800-word body that is most of a search's cost (50 hits: 100 passes
 * over 800 words; a Persian or Russian body costs ~2 M instructions per
 * pass).
 *
 * How: the window is chosen from the match positions FTS5 already has
 * (xInst), without tokenizing: in column order (headline, standfirst,
 * body, bylines, tags), the first window of @n_tokens tokens that holds
 * the most distinct query phrases, centred on its matches. Only that
 * column is tokenized, and tokenizing stops one token after the window
 * (the tokenizer's callback returns SQLITE_DONE), so the cost grows with
 * the position of the match, not the length of the text. The offsets of
 * the last @n_tokens tokens are kept in a ring, so a window that would run
 * past the end of the column is moved back without a second pass.
 * Unlike snippet(), the window is not moved to the start of a sentence.
 * A row without a match position (never the case for a MATCH query) gets
 * the start of the first column.
 *
 * The same in two steps, for a search that must not scan the index a second
 * time to make its snippets (byline-store-search.c):
 * byline_snippet_plan (fts, n_tokens) is the part that needs the FTS5
 * cursor: a small blob with the column, the window and the column's
 * matches near it; byline_snippet_render (plan, open, close, ellipsis,
 * column0, column1, …) tokenizes the planned column's text (taken from the
 * content table) with the index's tokenizer and writes the snippet.
 * byline_snippet() is plan and render in one call, so the two agree. */

#define MAX_TOKENS 64
/* Matches in a plan: all that can meet a window of at most MAX_TOKENS
 * tokens moved back by at most MAX_TOKENS (they are disjoint). */
#define MAX_RANGES (2 * MAX_TOKENS + 1)
/* The index's tokenizer: as articles_fts's `tokenize` option (migrations). */
#define TOKENIZER "unicode61"
static const char *tokenizer_args[] = { "remove_diacritics", "2" };

typedef struct
{
  int column;
  int first;     /* the wanted window: first token, centred on the matches */
  int n_tokens;
  int n_ranges;
  int ranges[2 * MAX_RANGES];  /* coalesced matches: first, last token */
} SnippetPlan;

#define PLAN_HEADER_INTS 4

typedef struct
{
  int start;  /* byte offsets */
  int end;
} TokenSpan;

typedef struct
{
  int       first;     /* wanted window: first token */
  int       n_tokens;
  int       n_seen;    /* tokens seen */
  gboolean  more;      /* stopped: the column goes on after the window */
  TokenSpan ring[MAX_TOKENS];
} WindowScan;

static int
window_scan_cb (void       *user_data,
                int         flags,
                const char *token,
                int         n_token,
                int         start,
                int         end)
{
  WindowScan *scan = user_data;

  if (flags & FTS5_TOKEN_COLOCATED)
    return SQLITE_OK;
  if (scan->n_seen >= scan->first + scan->n_tokens)
    {
      scan->more = TRUE;
      return SQLITE_DONE;
    }
  scan->ring[scan->n_seen % MAX_TOKENS].start = start;
  scan->ring[scan->n_seen % MAX_TOKENS].end = end;
  scan->n_seen++;
  return SQLITE_OK;
}

typedef struct
{
  int column;
  int first;  /* token of the first match in the window */
  int last;   /* one past the last matched token */
  int score;  /* distinct phrases in the window */
} Window;

/* The best window of @n_tokens tokens (see above). Returns an SQLite
 * result code. */
static int
choose_window (const Fts5ExtensionApi *api,
               Fts5Context            *fts,
               int                     n_tokens,
               Window                 *best)
{
  int n_inst = 0, n_phrases = api->xPhraseCount (fts);
  g_autofree int *counts = g_new0 (int, n_phrases);
  int rc = api->xInstCount (fts, &n_inst);

  best->column = -1;
  best->score = 0;
  for (int i = 0; rc == SQLITE_OK && i < n_inst && best->score < n_phrases;)
    {
      int phrase, column, offset;
      int end = i, distinct = 0;

      /* Instances come ordered by column, then offset: [i, end) is a
       * sliding window over this column's instances. */
      if ((rc = api->xInst (fts, i, &phrase, &column, &offset)) != SQLITE_OK)
        break;
      memset (counts, 0, n_phrases * sizeof (int));
      for (int a = i; a < n_inst; a++)
        {
          int a_phrase, a_column, a_offset;

          if ((rc = api->xInst (fts, a, &a_phrase, &a_column, &a_offset)) != SQLITE_OK)
            break;
          if (a_column != column)
            {
              i = a;
              break;
            }
          i = a + 1;
          while (end < n_inst)
            {
              int e_phrase, e_column, e_offset;

              if ((rc = api->xInst (fts, end, &e_phrase, &e_column, &e_offset)) != SQLITE_OK)
                break;
              if (e_column != column || e_offset >= a_offset + n_tokens)
                break;
              if (counts[e_phrase]++ == 0)
                distinct++;
              end++;
            }
          if (rc != SQLITE_OK)
            break;
          if (distinct > best->score)
            {
              best->column = column;
              best->first = a_offset;
              best->last = a_offset + 1;
              best->score = distinct;
              for (int k = a; k < end && rc == SQLITE_OK; k++)
                {
                  int k_phrase, k_column, k_offset;

                  rc = api->xInst (fts, k, &k_phrase, &k_column, &k_offset);
                  best->last = MAX (best->last, k_offset + api->xPhraseSize (fts, k_phrase));
                }
              if (distinct == n_phrases)
                break;
            }
          /* Slide: a leaves the window. */
          if (counts[a_phrase]-- == 1)
            distinct--;
        }
    }
  return rc;
}

static void
append_range (GString    *out,
              const char *text,
              int         from,
              int         to)
{
  if (to > from)
    g_string_append_len (out, text + from, to - from);
}

/* The plan of the current row's snippet (see above). Returns an SQLite
 * result code. */
static int
make_plan (const Fts5ExtensionApi *api,
           Fts5Context            *fts,
           int                     n_tokens,
           SnippetPlan            *plan)
{
  Window window;
  int n_inst = 0, lo, hi;
  int hl_start = -1, hl_end = -1;  /* the coalesced match being built */
  int rc = choose_window (api, fts, n_tokens, &window);

  if (rc == SQLITE_OK && window.column < 0)
    {
      window.column = 0;
      window.first = window.last = 0;
    }
  if (rc == SQLITE_OK)
    rc = api->xInstCount (fts, &n_inst);
  if (rc != SQLITE_OK)
    return rc;

  plan->column = window.column;
  plan->n_tokens = n_tokens;
  plan->n_ranges = 0;
  /* Centred on the matches, as snippet() does. */
  plan->first = MAX (0, window.first - (n_tokens - (window.last - window.first)) / 2);
  /* The window shown starts at most n_tokens earlier (at the end of the
   * column) and ends by first + n_tokens - 1. */
  lo = plan->first - n_tokens;
  hi = plan->first + n_tokens - 1;

  for (int i = 0; i <= n_inst; i++)
    {
      int phrase = 0, i_column = window.column, i_offset = G_MAXINT, i_end;

      if (i < n_inst && (rc = api->xInst (fts, i, &phrase, &i_column, &i_offset)) != SQLITE_OK)
        return rc;
      if (i_column != window.column)
        continue;
      i_end = i_offset == G_MAXINT ? G_MAXINT : i_offset + api->xPhraseSize (fts, phrase) - 1;
      if (i_end < lo)
        continue;
      if (hl_start >= 0 && i_offset <= hl_end)
        {
          hl_end = MAX (hl_end, i_end);
          continue;
        }
      if (hl_start >= 0 && plan->n_ranges < MAX_RANGES)
        {
          plan->ranges[2 * plan->n_ranges] = hl_start;
          plan->ranges[2 * plan->n_ranges + 1] = hl_end;
          plan->n_ranges++;
        }
      if (i_offset > hi)
        break;
      hl_start = i_offset;
      hl_end = i_end;
    }
  return SQLITE_OK;
}

/* The snippet of @text, the planned column, whose tokens @scan has seen
 * (@plan's window). */
static GString *
render (const SnippetPlan *plan,
        const WindowScan  *scan,
        const char        *text,
        int                n_text,
        const char        *open,
        const char        *close,
        const char        *ellipsis)
{
  GString *out = g_string_new (NULL);
  int first, last, offset = 0;

  if (scan->n_seen == 0)
    {
      g_string_append_len (out, text, n_text);
      return out;
    }
  /* Past the end of the column: move the window back. */
  first = scan->more ? scan->first : MAX (0, MIN (scan->first, scan->n_seen - plan->n_tokens));
  last = scan->more ? scan->first + plan->n_tokens - 1 : scan->n_seen - 1;

  if (first > 0)
    {
      g_string_append (out, ellipsis);
      offset = scan->ring[first % MAX_TOKENS].start;
    }
  /* The matches in [first, last], clipped to it. */
  for (int r = 0; r < plan->n_ranges; r++)
    {
      int a = MAX (plan->ranges[2 * r], first), b = MIN (plan->ranges[2 * r + 1], last);

      if (a > b)
        continue;
      append_range (out, text, offset, scan->ring[a % MAX_TOKENS].start);
      g_string_append (out, open);
      append_range (out, text, scan->ring[a % MAX_TOKENS].start, scan->ring[b % MAX_TOKENS].end);
      g_string_append (out, close);
      offset = scan->ring[b % MAX_TOKENS].end;
    }
  append_range (out, text, offset, scan->ring[last % MAX_TOKENS].end);
  if (scan->more)
    g_string_append (out, ellipsis);
  else
    append_range (out, text, MAX (offset, scan->ring[last % MAX_TOKENS].end), n_text);
  return out;
}

static const char *
value_text (sqlite3_value *value)
{
  const char *text = (const char *) sqlite3_value_text (value);

  return text ? text : "";
}

static void
result_string (sqlite3_context *context,
               GString         *out)
{
  gsize len = out->len;

  sqlite3_result_text (context, g_string_free (out, FALSE), len, g_free);
}

static void
snippet_function (const Fts5ExtensionApi  *api,
                  Fts5Context             *fts,
                  sqlite3_context         *context,
                  int                      n_values,
                  sqlite3_value          **values)
{
  const char *text = NULL;
  int n_text = 0;
  WindowScan scan = { 0 };
  SnippetPlan plan;
  int rc;

  if (n_values != 4)
    {
      sqlite3_result_error (context, "byline_snippet: wrong number of arguments", -1);
      return;
    }

  rc = make_plan (api, fts, CLAMP (sqlite3_value_int (values[3]), 1, MAX_TOKENS), &plan);
  if (rc == SQLITE_OK)
    rc = api->xColumnText (fts, plan.column, &text, &n_text);
  if (rc == SQLITE_OK && text != NULL)
    {
      scan.first = plan.first;
      scan.n_tokens = plan.n_tokens;
      rc = api->xTokenize (fts, text, n_text, &scan, window_scan_cb);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    sqlite3_result_error_code (context, rc);
  else if (text == NULL)
    sqlite3_result_null (context);
  else
    result_string (context, render (&plan, &scan, text, n_text, value_text (values[0]),
                                    value_text (values[1]), value_text (values[2])));
}

static void
plan_function (const Fts5ExtensionApi  *api,
               Fts5Context             *fts,
               sqlite3_context         *context,
               int                      n_values,
               sqlite3_value          **values)
{
  SnippetPlan plan;
  int rc;

  if (n_values != 1)
    {
      sqlite3_result_error (context, "byline_snippet_plan: wrong number of arguments", -1);
      return;
    }
  rc = make_plan (api, fts, CLAMP (sqlite3_value_int (values[0]), 1, MAX_TOKENS), &plan);
  if (rc != SQLITE_OK)
    sqlite3_result_error_code (context, rc);
  else
    sqlite3_result_blob (context, &plan, (PLAN_HEADER_INTS + 2 * plan.n_ranges) * sizeof (int),
                         SQLITE_TRANSIENT);
}

typedef struct
{
  fts5_tokenizer  tokenizer;
  Fts5Tokenizer  *instance;
} Renderer;

static void
renderer_free (void *data)
{
  Renderer *renderer = data;

  if (renderer->instance != NULL)
    renderer->tokenizer.xDelete (renderer->instance);
  g_free (renderer);
}

static void
render_function (sqlite3_context  *context,
                 int               n_values,
                 sqlite3_value   **values)
{
  Renderer *renderer = sqlite3_user_data (context);
  SnippetPlan plan = { 0 };
  WindowScan scan = { 0 };
  const void *blob;
  int size, n_text, rc;
  const char *text;

  if (n_values < 5)
    {
      sqlite3_result_error (context, "byline_snippet_render: wrong number of arguments", -1);
      return;
    }
  blob = sqlite3_value_blob (values[0]);
  size = sqlite3_value_bytes (values[0]);
  if (blob == NULL || size < (int) (PLAN_HEADER_INTS * sizeof (int)) || size > (int) sizeof plan ||
      size % sizeof (int) != 0)
    {
      sqlite3_result_error (context, "byline_snippet_render: not a plan", -1);
      return;
    }
  memcpy (&plan, blob, size);
  if (plan.column < 0 || plan.column >= n_values - 4 || plan.n_tokens < 1 || plan.n_tokens > MAX_TOKENS ||
      plan.first < 0 || plan.first > G_MAXINT - 2 * MAX_TOKENS || plan.n_ranges < 0 || plan.n_ranges > MAX_RANGES ||
      size != (int) ((PLAN_HEADER_INTS + 2 * plan.n_ranges) * sizeof (int)))
    {
      sqlite3_result_error (context, "byline_snippet_render: not a plan", -1);
      return;
    }

  text = (const char *) sqlite3_value_text (values[4 + plan.column]);
  n_text = sqlite3_value_bytes (values[4 + plan.column]);
  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  scan.first = plan.first;
  scan.n_tokens = plan.n_tokens;
  rc = renderer->tokenizer.xTokenize (renderer->instance, &scan, FTS5_TOKENIZE_DOCUMENT,
                                      text, n_text, window_scan_cb);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }
  result_string (context, render (&plan, &scan, text, n_text, value_text (values[1]),
                                  value_text (values[2]), value_text (values[3])));
}

/* Registers byline_snippet(), byline_snippet_plan() and
 * byline_snippet_render() on @db. Returns an SQLite result code. */
int
_byline_store_register_snippet (sqlite3 *db)
{
  fts5_api *api = _byline_store_fts5_api (db);
  Renderer *renderer;
  void *tokenizer_data = NULL;
  int rc;

  if (api == NULL)
    return SQLITE_ERROR;
  if ((rc = api->xCreateFunction (api, "byline_snippet", NULL, snippet_function, NULL)) != SQLITE_OK ||
      (rc = api->xCreateFunction (api, "byline_snippet_plan", NULL, plan_function, NULL)) != SQLITE_OK)
    return rc;

  renderer = g_new0 (Renderer, 1);
  rc = api->xFindTokenizer (api, TOKENIZER, &tokenizer_data, &renderer->tokenizer);
  if (rc == SQLITE_OK)
    rc = renderer->tokenizer.xCreate (tokenizer_data, tokenizer_args, G_N_ELEMENTS (tokenizer_args),
                                      &renderer->instance);
  if (rc != SQLITE_OK)
    {
      renderer_free (renderer);
      return rc;
    }
  /* SQLite calls renderer_free() if this fails, too. */
  return sqlite3_create_function_v2 (db, "byline_snippet_render", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                     renderer, render_function, NULL, NULL, renderer_free);
}
