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
 * the start of the first column. */

#define MAX_TOKENS 64

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

/* Appends the tokens [first, last] of @text (their offsets in @scan's
 * ring) with the matches of @column in that range highlighted. */
static int
append_highlighted (const Fts5ExtensionApi *api,
                    Fts5Context            *fts,
                    GString                *out,
                    const char             *text,
                    int                     column,
                    WindowScan             *scan,
                    int                     first,
                    int                     last,
                    const char             *open,
                    const char             *close,
                    int                    *offset)
{
  int n_inst = 0;
  int rc = api->xInstCount (fts, &n_inst);
  int hl_start = -1, hl_end = -1;  /* the coalesced match being built */

  for (int i = 0; rc == SQLITE_OK && i <= n_inst; i++)
    {
      int phrase = 0, i_column = column, i_offset = G_MAXINT, i_end;

      if (i < n_inst && (rc = api->xInst (fts, i, &phrase, &i_column, &i_offset)) != SQLITE_OK)
        break;
      if (i_column != column)
        continue;
      i_end = i_offset == G_MAXINT ? G_MAXINT : i_offset + api->xPhraseSize (fts, phrase) - 1;
      if (i_end < first)
        continue;
      if (hl_start >= 0 && i_offset <= hl_end)
        {
          hl_end = MAX (hl_end, i_end);
          continue;
        }
      /* Write out the match built so far, clipped to the window. */
      if (hl_start >= 0)
        {
          int a = MAX (hl_start, first), b = MIN (hl_end, last);

          append_range (out, text, *offset, scan->ring[a % MAX_TOKENS].start);
          g_string_append (out, open);
          append_range (out, text, scan->ring[a % MAX_TOKENS].start, scan->ring[b % MAX_TOKENS].end);
          g_string_append (out, close);
          *offset = scan->ring[b % MAX_TOKENS].end;
        }
      if (i_offset > last)
        break;
      hl_start = i_offset;
      hl_end = i_end;
    }
  return rc;
}

static void
snippet_function (const Fts5ExtensionApi  *api,
                  Fts5Context             *fts,
                  sqlite3_context         *context,
                  int                      n_values,
                  sqlite3_value          **values)
{
  const char *open, *close, *ellipsis, *text = NULL;
  int n_tokens, n_text = 0, first, last, offset;
  WindowScan scan = { 0 };
  Window window;
  GString *out;
  int rc;

  if (n_values != 4)
    {
      sqlite3_result_error (context, "byline_snippet: wrong number of arguments", -1);
      return;
    }
  open = (const char *) sqlite3_value_text (values[0]);
  close = (const char *) sqlite3_value_text (values[1]);
  ellipsis = (const char *) sqlite3_value_text (values[2]);
  n_tokens = CLAMP (sqlite3_value_int (values[3]), 1, MAX_TOKENS);
  open = open ? open : "";
  close = close ? close : "";
  ellipsis = ellipsis ? ellipsis : "";

  rc = choose_window (api, fts, n_tokens, &window);
  if (rc == SQLITE_OK && window.column < 0)
    {
      window.column = 0;
      window.first = window.last = 0;
    }
  if (rc == SQLITE_OK)
    rc = api->xColumnText (fts, window.column, &text, &n_text);
  if (rc != SQLITE_OK || text == NULL)
    {
      if (rc != SQLITE_OK)
        sqlite3_result_error_code (context, rc);
      else
        sqlite3_result_null (context);
      return;
    }

  /* Centred on the matches, as snippet() does. */
  scan.first = MAX (0, window.first - (n_tokens - (window.last - window.first)) / 2);
  scan.n_tokens = n_tokens;
  rc = api->xTokenize (fts, text, n_text, &scan, window_scan_cb);
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (rc != SQLITE_OK)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }

  out = g_string_new (NULL);
  if (scan.n_seen == 0)
    {
      g_string_append_len (out, text, n_text);
      sqlite3_result_text (context, out->str, out->len, g_free);
      g_string_free (out, FALSE);
      return;
    }
  /* Past the end of the column: move the window back. */
  first = scan.more ? scan.first : MAX (0, MIN (scan.first, scan.n_seen - n_tokens));
  last = scan.more ? scan.first + n_tokens - 1 : scan.n_seen - 1;

  offset = 0;
  if (first > 0)
    {
      g_string_append (out, ellipsis);
      offset = scan.ring[first % MAX_TOKENS].start;
    }
  rc = append_highlighted (api, fts, out, text, window.column, &scan, first, last,
                           open, close, &offset);
  if (rc != SQLITE_OK)
    {
      g_string_free (out, TRUE);
      sqlite3_result_error_code (context, rc);
      return;
    }
  append_range (out, text, offset, scan.ring[last % MAX_TOKENS].end);
  if (scan.more)
    g_string_append (out, ellipsis);
  else
    append_range (out, text, MAX (offset, scan.ring[last % MAX_TOKENS].end), n_text);

  sqlite3_result_text (context, out->str, out->len, g_free);
  g_string_free (out, FALSE);
}

/* Registers byline_snippet() on @db. Returns an SQLite result code. */
int
_byline_store_register_snippet (sqlite3 *db)
{
  fts5_api *api = _byline_store_fts5_api (db);

  if (api == NULL)
    return SQLITE_ERROR;
  return api->xCreateFunction (api, "byline_snippet", NULL, snippet_function, NULL);
}
