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
