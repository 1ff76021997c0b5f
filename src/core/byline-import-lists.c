/* byline-import-lists.c: bullet and numbered lists in wire copy
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lines that open with a bullet ("- ", "• ", "* ", "· ", "▪ ") or a number
 * ("1. ", "2) ") become a Markdown list when there are at least two of
 * them in a row, with the same bullet or with numbers that count up by
 * one: "1. April …" alone in prose is a sentence that happens to open
 * with a number (it stays a paragraph, escaped as "1\. April …"). Dashes
 * other than the hyphen open dialogue in Russian and French, not lists.
 * Each item's text is escaped, so it reads back as the same text.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"
#include "byline-markdown.h"

static const char * const bullets[] = { "- ", "• ", "* ", "· ", "▪ ", "◦ ", NULL };

/* The item's bullet (an index in bullets[]), or its number as a negative
 * value −1 … −999; 0 when @line is no item. @text: its text */
static int
list_item (const char  *line,
           const char **text)
{
  int number = 0;
  const char *p = line;

  for (guint i = 0; bullets[i] != NULL; i++)
    {
      if (g_str_has_prefix (line, bullets[i]))
        {
          *text = line + strlen (bullets[i]);
          while (**text == ' ')
            (*text)++;
          return **text != '\0' ? (int) i + 1 : 0;
        }
    }

  while (g_ascii_isdigit (*p) && p - line < 3)
    number = number * 10 + (*p++ - '0');
  if (p == line || number == 0 || (*p != '.' && *p != ')') || p[1] != ' ')
    return 0;
  *text = p + 2;
  while (**text == ' ')
    (*text)++;
  return **text != '\0' ? -number : 0;
}

/**
 * _byline_import_is_list_item:
 *
 * Returns: whether @line opens with a bullet or a number and a space
 */
gboolean
_byline_import_is_list_item (const char *line)
{
  const char *text;

  return list_item (line, &text) != 0;
}

/**
 * _byline_import_list_run:
 * @lines: lines of text
 * @n: how many
 *
 * Returns: how many of the first @lines make one list (0 when fewer than
 *   two do)
 */
guint
_byline_import_list_run (const char * const *lines,
                         guint               n)
{
  const char *text;
  int first;
  guint run = 1;

  if (n < 2 || (first = list_item (lines[0], &text)) == 0)
    return 0;
  while (run < n)
    {
      int kind = list_item (lines[run], &text);

      if (kind == 0 || (first > 0 && kind != first) || (first < 0 && kind != first - (int) run))
        break;
      run++;
    }
  return run >= 2 ? run : 0;
}

/**
 * _byline_import_append_list:
 * @body: the Markdown so far
 * @lines: the list's lines (as _byline_import_list_run() counted them)
 * @n: how many
 *
 * Appends the list as Markdown ("- item", "1. item"), after a blank line.
 */
void
_byline_import_append_list (GString            *body,
                            const char * const *lines,
                            guint               n)
{
  if (body->len > 0)
    g_string_append (body, "\n\n");
  for (guint i = 0; i < n; i++)
    {
      const char *text = NULL;
      int kind = list_item (lines[i], &text);
      g_autofree char *escaped = byline_markdown_escape (text, -1);

      if (i > 0)
        g_string_append_c (body, '\n');
      if (kind > 0)
        g_string_append (body, "- ");
      else
        g_string_append_printf (body, "%d. ", -kind);
      g_string_append (body, escaped);
    }
}

static void
append_lines (GString            *body,
              const char * const *lines,
              guint               n)
{
  g_autoptr(GString) para = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (para, "%s%s", i > 0 ? "\n" : "", lines[i]);
  escaped = byline_markdown_escape (para->str, -1);
  if (body->len > 0)
    g_string_append (body, "\n\n");
  g_string_append (body, escaped);
}

/**
 * _byline_import_append_with_lists:
 * @body: the Markdown so far
 * @lines: the lines of one paragraph
 * @n: how many
 *
 * When @lines hold a list ("The key measures are:" / "- One" / "- Two"),
 * appends them as paragraphs and lists.
 *
 * Returns: %FALSE, appending nothing, when they hold none
 */
gboolean
_byline_import_append_with_lists (GString            *body,
                                  const char * const *lines,
                                  guint               n)
{
  guint start = 0, i = 0;
  gboolean any = FALSE;

  for (guint k = 0; k < n && !any; k++)
    any = _byline_import_list_run (lines + k, n - k) > 0;
  if (!any)
    return FALSE;

  while (i < n)
    {
      guint run = _byline_import_list_run (lines + i, n - i);

      if (run == 0)
        {
          i++;
          continue;
        }
      if (i > start)
        append_lines (body, lines + start, i - start);
      _byline_import_append_list (body, lines + i, run);
      i += run;
      start = i;
    }
  if (n > start)
    append_lines (body, lines + start, n - start);
  return TRUE;
}

/* @line cut into cells at tabs and runs of two spaces or more */
static char **
table_cells (const char *line)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = line;

  while (*p != '\0')
    {
      const char *start = p;
      const char *end;

      while (*p != '\0' && *p != '\t' && !(p[0] == ' ' && p[1] == ' '))
        p++;
      end = p;
      while (*p == ' ' || *p == '\t')
        p++;
      if (end > start)
        {
          g_autofree char *cell = g_strndup (start, end - start);

          g_strv_builder_add (builder, cell);
        }
    }
  return g_strv_builder_end (builder);
}

static void
append_row (GString            *body,
            const char * const *cells)
{
  g_string_append (body, "|");
  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *escaped = byline_markdown_escape (cells[i], -1);

      g_string_append_c (body, ' ');
      for (const char *p = escaped; *p != '\0'; p++)
        {
          if (*p == '|' && (p == escaped || p[-1] != '\\'))
            g_string_append_c (body, '\\');
          g_string_append_c (body, *p);
        }
      g_string_append (body, " |");
    }
}

/**
 * _byline_import_append_table:
 * @body: the Markdown so far
 * @lines: one paragraph's lines
 * @n: how many
 *
 * A table as a page's copy gives it: two lines or more, each cut into the
 * same number of cells (two or more) by tabs or runs of spaces ("Zone
 * Old fee   New fee"), each of up to eight words and no sentence. Appends it as a Markdown table, the first line its
 * head.
 *
 * Returns: whether @lines were a table
 */
gboolean
_byline_import_append_table (GString            *body,
                             const char * const *lines,
                             guint               n)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint columns = 0;

  if (n < 2 || n > 200)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      char **cells;

      if (strlen (lines[i]) > 400)
        return FALSE;
      cells = table_cells (lines[i]);
      g_ptr_array_add (rows, cells);
      if (i == 0)
        columns = g_strv_length (cells);
      if (columns < 2 || g_strv_length (cells) != columns)
        return FALSE;
      /* Cells are short and no sentences ("Sentence one.  Sentence two."
       * is prose typed with two spaces) */
      for (guint c = 0; cells[c] != NULL; c++)
        {
          if (_byline_import_count_words (cells[c]) > 8 || strlen (cells[c]) > 80 ||
              _byline_import_ends_with_punctuation (cells[c]))
            return FALSE;
        }
    }

  if (body->len > 0)
    g_string_append (body, "\n\n");
  for (guint i = 0; i < n; i++)
    {
      append_row (body, g_ptr_array_index (rows, i));
      g_string_append_c (body, '\n');
      if (i == 0)
        {
          for (guint c = 0; c < columns; c++)
            g_string_append (body, c == 0 ? "| --- |" : " --- |");
          g_string_append_c (body, '\n');
        }
    }
  g_string_truncate (body, body->len - 1);
  return TRUE;
}
