/* byline-diff.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-diff"

#include "config.h"

#include <string.h>

#include "byline-diff.h"

/* A word-level diff: the texts are cut into tokens (a word in any script,
 * a run of white space, or one other character), each distinct token gets
 * an integer, and Myers' O((N+M)·D) algorithm in its linear-space form
 * (divide and conquer on the "middle snake") compares the integer arrays.
 * Memory is O(N+M), so two 20,000-word revisions cost a few hundred KB. */

typedef struct
{
  const char *start;
  gsize       len;
} Token;

typedef struct
{
  const guint *a;
  const guint *b;
  int         *vf;
  int         *vb;
  int          offset;
  GArray      *script; /* pairs (op, count) in order */
} DiffState;

static inline gboolean
is_word_char (gunichar c)
{
  /* Letters, digits, marks; ZWNJ/ZWJ join the parts of Persian words. */
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == 0x200C || c == 0x200D;
}

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text;

  while (*p)
    {
      const char *start = p;
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        p++;
      else if (is_word_char (c))
        {
          while (*p)
            {
              gunichar d = g_utf8_get_char_validated (p, -1);

              if (d == (gunichar) -1 || d == (gunichar) -2 || !is_word_char (d))
                break;
              p = g_utf8_next_char (p);
            }
        }
      else if (g_unichar_isspace (c))
        {
          while (*p)
            {
              gunichar d = g_utf8_get_char_validated (p, -1);

              if (d == (gunichar) -1 || d == (gunichar) -2 || !g_unichar_isspace (d))
                break;
              p = g_utf8_next_char (p);
            }
        }
      else
        p = g_utf8_next_char (p);

      g_array_append_val (tokens, ((Token) { start, p - start }));
    }

  return tokens;
}

static guint
token_hash (gconstpointer key)
{
  const Token *t = key;
  guint h = 5381;

  for (gsize i = 0; i < t->len; i++)
    h = h * 33 + (guchar) t->start[i];
  return h;
}

static gboolean
token_equal (gconstpointer a,
             gconstpointer b)
{
  const Token *x = a, *y = b;

  return x->len == y->len && memcmp (x->start, y->start, x->len) == 0;
}

static guint *
intern_tokens (GArray     *tokens,
               GHashTable *ids)
{
  guint *out = g_new (guint, MAX (tokens->len, 1));

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);
      gpointer id;

      if (!g_hash_table_lookup_extended (ids, t, NULL, &id))
        {
          id = GUINT_TO_POINTER (g_hash_table_size (ids) + 1);
          g_hash_table_insert (ids, t, id);
        }
      out[i] = GPOINTER_TO_UINT (id);
    }

  return out;
}

static void
emit (DiffState    *state,
      BylineDiffOp  op,
      int           count)
{
  int pair[2];

  if (count <= 0)
    return;

  if (state->script->len >= 2)
    {
      int *last = &g_array_index (state->script, int, state->script->len - 2);

      if (last[0] == (int) op)
        {
          last[1] += count;
          return;
        }
    }

  pair[0] = op;
  pair[1] = count;
  g_array_append_vals (state->script, pair, 2);
}

/* Finds the middle snake of a[a0..a0+n) and b[b0..b0+m); returns its start
 * (*x, *y) and end (*u, *v) in those sub-sequences' coordinates. */
static void
middle_snake (DiffState *state,
              int        a0,
              int        n,
              int        b0,
              int        m,
              int       *x_out,
              int       *y_out,
              int       *u_out,
              int       *v_out)
{
  const guint *a = state->a + a0;
  const guint *b = state->b + b0;
  int *vf = state->vf + state->offset;
  int *vb = state->vb + state->offset;
  int delta = n - m;
  gboolean odd = (delta & 1) != 0;
  int max_d = (n + m + 1) / 2;

  vf[1] = 0;
  vb[1] = 0;

  for (int d = 0; d <= max_d; d++)
    {
      for (int k = -d; k <= d; k += 2)
        {
          int x, y, x0, y0;

          if (k == -d || (k != d && vf[k - 1] < vf[k + 1]))
            x = vf[k + 1];
          else
            x = vf[k - 1] + 1;
          y = x - k;
          x0 = x;
          y0 = y;
          while (x < n && y < m && a[x] == b[y])
            x++, y++;
          vf[k] = x;

          if (odd && delta - k >= -(d - 1) && delta - k <= d - 1 && vf[k] + vb[delta - k] >= n)
            {
              *x_out = x0;
              *y_out = y0;
              *u_out = x;
              *v_out = y;
              return;
            }
        }

      for (int k = -d; k <= d; k += 2)
        {
          int x, y, x0, y0;

          if (k == -d || (k != d && vb[k - 1] < vb[k + 1]))
            x = vb[k + 1];
          else
            x = vb[k - 1] + 1;
          y = x - k;
          x0 = x;
          y0 = y;
          while (x < n && y < m && a[n - 1 - x] == b[m - 1 - y])
            x++, y++;
          vb[k] = x;

          if (!odd && delta - k >= -d && delta - k <= d && vb[k] + vf[delta - k] >= n)
            {
              *x_out = n - x;
              *y_out = m - y;
              *u_out = n - x0;
              *v_out = m - y0;
              return;
            }
        }
    }

  /* Not reached for consistent input; fall back to "replace all". */
  *x_out = *y_out = 0;
  *u_out = *v_out = 0;
}

static void
diff_rec (DiffState *state,
          int        a0,
          int        n,
          int        b0,
          int        m)
{
  int prefix = 0, suffix = 0;
  int x, y, u, v;

  while (prefix < n && prefix < m && state->a[a0 + prefix] == state->b[b0 + prefix])
    prefix++;
  emit (state, BYLINE_DIFF_EQUAL, prefix);
  a0 += prefix, n -= prefix;
  b0 += prefix, m -= prefix;

  while (suffix < n && suffix < m &&
         state->a[a0 + n - 1 - suffix] == state->b[b0 + m - 1 - suffix])
    suffix++;
  n -= suffix;
  m -= suffix;

  if (n == 0 || m == 0)
    {
      emit (state, BYLINE_DIFF_DELETE, n);
      emit (state, BYLINE_DIFF_INSERT, m);
    }
  else
    {
      middle_snake (state, a0, n, b0, m, &x, &y, &u, &v);
      if ((x == 0 && y == 0 && u == 0 && v == 0) || (x == n && y == m) || (u == 0 && v == 0))
        {
          /* No progress possible: say it plainly instead of looping. */
          emit (state, BYLINE_DIFF_DELETE, n);
          emit (state, BYLINE_DIFF_INSERT, m);
        }
      else
        {
          diff_rec (state, a0, x, b0, y);
          emit (state, BYLINE_DIFF_EQUAL, u - x);
          diff_rec (state, a0 + u, n - u, b0 + v, m - v);
        }
    }

  emit (state, BYLINE_DIFF_EQUAL, suffix);
}

static void
append_tokens (GString *out,
               GArray  *tokens,
               guint    from,
               guint    count)
{
  for (guint i = from; i < from + count; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);

      g_string_append_len (out, t->start, t->len);
    }
}

void
byline_diff_chunk_free (BylineDiffChunk *chunk)
{
  if (chunk == NULL)
    return;
  g_free (chunk->text);
  g_free (chunk);
}

/**
 * byline_diff_words:
 * @old_text: (nullable): the older text
 * @new_text: (nullable): the newer text
 *
 * Compares two texts word by word, in any script (Latin, Cyrillic, Arabic
 * script with ZWNJ, …). Concatenating the texts of the EQUAL and DELETE
 * chunks gives @old_text back, of EQUAL and INSERT chunks @new_text.
 *
 * Returns: (transfer full) (element-type BylineDiffChunk): the chunks
 */
GPtrArray *
byline_diff_words (const char *old_text,
                   const char *new_text)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (token_hash, token_equal);
  g_autoptr(GArray) old_tokens = tokenize (old_text ? old_text : "");
  g_autoptr(GArray) new_tokens = tokenize (new_text ? new_text : "");
  g_autofree guint *a = intern_tokens (old_tokens, ids);
  g_autofree guint *b = intern_tokens (new_tokens, ids);
  g_autoptr(GArray) script = g_array_new (FALSE, FALSE, sizeof (int));
  GPtrArray *chunks = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_diff_chunk_free);
  int n = old_tokens->len, m = new_tokens->len;
  g_autofree int *vf = g_new0 (int, 2 * (n + m) + 4);
  g_autofree int *vb = g_new0 (int, 2 * (n + m) + 4);
  DiffState state = { a, b, vf, vb, n + m + 2, script };
  guint ai = 0, bi = 0;

  diff_rec (&state, 0, n, 0, m);

  for (guint i = 0; i < script->len; i += 2)
    {
      BylineDiffOp op = g_array_index (script, int, i);
      guint count = g_array_index (script, int, i + 1);
      BylineDiffChunk *chunk = g_new0 (BylineDiffChunk, 1);
      GString *text = g_string_new (NULL);

      chunk->op = op;
      if (op == BYLINE_DIFF_INSERT)
        {
          append_tokens (text, new_tokens, bi, count);
          bi += count;
        }
      else
        {
          append_tokens (text, old_tokens, ai, count);
          ai += count;
          if (op == BYLINE_DIFF_EQUAL)
            bi += count;
        }
      chunk->text = g_string_free (text, FALSE);
      g_ptr_array_add (chunks, chunk);
    }

  g_assert (ai == (guint) n && bi == (guint) m);

  return chunks;
}

/**
 * byline_diff_format:
 *
 * Formats chunks the way wdiff does: deletions as `[-old-]`, insertions as
 * `{+new+}`, equal text as is.
 *
 * Returns: (transfer full): the text
 */
char *
byline_diff_format (GPtrArray *chunks)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (chunks != NULL, NULL);

  for (guint i = 0; i < chunks->len; i++)
    {
      BylineDiffChunk *chunk = g_ptr_array_index (chunks, i);

      switch (chunk->op)
        {
        case BYLINE_DIFF_EQUAL:
          g_string_append (out, chunk->text);
          break;
        case BYLINE_DIFF_INSERT:
          g_string_append_printf (out, "{+%s+}", chunk->text);
          break;
        case BYLINE_DIFF_DELETE:
          g_string_append_printf (out, "[-%s-]", chunk->text);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free (out, FALSE);
}
