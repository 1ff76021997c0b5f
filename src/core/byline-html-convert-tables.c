/* byline-html-convert-tables.c: HTML tables as GFM pipe tables
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a table is read, its rows are written as before (cells joined by
 * " | " in one paragraph a row) and each cell's inline Markdown is kept
 * as well. At </table>, a simple table (rows of cells with inline content
 * only, no colspan or rowspan, no text between the cells) replaces those
 * paragraphs with a GFM pipe table, which Byline's Markdown renders; the
 * first row is the header row (GFM needs one). Any other table stays as
 * the readable paragraphs. A <caption> is a paragraph after the table.
 */

#define G_LOG_DOMAIN "byline-html"

#include "config.h"

#include <string.h>

#include "byline-html-convert-private.h"
#include "byline-html-tokenizer-private.h"

struct _Table
{
  gboolean   simple;
  GPtrArray *rows;          /* of GPtrArray of the cells' Markdown */
  GString   *caption;
  gboolean   in_cell;
  gboolean   in_caption;
  gsize      cell_start;    /* in c->para */
  guint      cell_marks;    /* c->marks->len at the cell's start */

  /* The converter's state before the table, to write it again */
  gsize      md_start;
  gboolean   prev_item;
  guint      prev_quote;
  gboolean   item_pending;
};

static const char * const cell_blocks[] = {
  "p", "div", "section", "article", "aside", "ul", "ol", "li", "dl", "blockquote", "pre",
  "figure", "hr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "details", NULL
};

void
_byline_html_table_free (Table *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_string_free (table->caption, TRUE);
  g_free (table);
}

static gboolean
reading (Conv *c)
{
  return c->table != NULL && c->table_depth == 1;
}

void
_byline_html_table_start (Conv *c)
{
  _byline_html_conv_flush (c);
  if (c->table_depth++ > 0)
    {
      if (c->table != NULL)
        c->table->simple = FALSE;   /* a table in a table */
      return;
    }
  if (c->text_only)
    return;

  c->table = g_new0 (Table, 1);
  c->table->simple = TRUE;
  c->table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  c->table->caption = g_string_new (NULL);
  c->table->md_start = c->md->len;
  c->table->prev_item = c->prev_item;
  c->table->prev_quote = c->prev_quote;
  c->table->item_pending = c->item_pending;
}

void
_byline_html_table_row (Conv *c)
{
  if (!reading (c))
    return;
  _byline_html_table_cell_end (c);
  g_ptr_array_add (c->table->rows, g_ptr_array_new_with_free_func (g_free));
}

void
_byline_html_table_cell_start (Conv            *c,
                               BylineHtmlToken *t)
{
  const char *span[] = { "colspan", "rowspan" };

  if (!reading (c))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (span); i++)
    {
      const char *value = _byline_html_token_attr (t, span[i]);

      if (value != NULL && g_ascii_strtoll (value, NULL, 10) > 1)
        c->table->simple = FALSE;
    }
  if (c->table->in_cell)
    _byline_html_table_cell_end (c);   /* <td> closes the open cell */
  if (c->table->rows->len == 0)
    _byline_html_table_row (c);
  c->table->in_cell = TRUE;
  c->table->cell_start = c->para->len;
  c->table->cell_marks = c->marks->len;
}

/* A cell's Markdown on one line, its pipes escaped (md4c keeps the pipes
 * of a code span in its cell, and would show the backslash there) */
static char *
cell_markdown (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean code = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] == '\n')
        {
          g_string_append_c (out, ' ');   /* a <br> */
          p++;
        }
      else if (*p == '\\' && p[1] != '\0')
        {
          g_string_append_len (out, p, 2);
          p++;
        }
      else if (*p == '`')
        {
          code = !code;
          g_string_append_c (out, '`');
        }
      else if (*p == '|' && !code)
        g_string_append (out, "\\|");
      else
        g_string_append_c (out, *p == '\n' ? ' ' : *p);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

void
_byline_html_table_cell_end (Conv *c)
{
  GPtrArray *row;

  if (!reading (c) || !c->table->in_cell)
    return;
  c->table->in_cell = FALSE;
  _byline_html_conv_close_marks (c, MIN (c->table->cell_marks, c->marks->len));
  if (c->para->len < c->table->cell_start || c->table->rows->len == 0)
    {
      c->table->simple = FALSE;
      return;
    }
  row = g_ptr_array_index (c->table->rows, c->table->rows->len - 1);
  g_ptr_array_add (row, cell_markdown (c->para->str + c->table->cell_start));
}

void
_byline_html_table_caption (Conv     *c,
                            gboolean  start)
{
  if (!reading (c))
    return;
  if (start)
    {
      _byline_html_conv_flush (c);
      c->table->in_caption = TRUE;
      return;
    }
  if (!c->table->in_caption)
    return;
  _byline_html_conv_close_marks (c, 0);
  g_string_append (c->table->caption, c->para->str);
  g_string_truncate (c->para, 0);
  c->table->in_caption = FALSE;
}

/* Block content in a cell (@name), or text between cells (@name %NULL):
 * not a GFM table */
void
_byline_html_table_block (Conv       *c,
                          const char *name)
{
  if (!reading (c))
    return;
  if (name == NULL)
    {
      if (!c->table->in_cell && !c->table->in_caption)
        c->table->simple = FALSE;
    }
  else if (c->table->in_cell)
    {
      for (guint i = 0; cell_blocks[i] != NULL; i++)
        {
          if (g_str_equal (name, cell_blocks[i]))
            c->table->simple = FALSE;
        }
    }
}

/* A paragraph ended inside a cell or the caption */
void
_byline_html_table_flushed (Conv *c)
{
  if (reading (c) && (c->table->in_cell || c->table->in_caption))
    c->table->simple = FALSE;
}

static void
write_row (GString   *out,
           GPtrArray *row,
           guint      columns)
{
  g_string_append_c (out, '|');
  for (guint i = 0; i < columns; i++)
    {
      const char *cell = i < row->len ? g_ptr_array_index (row, i) : "";

      g_string_append_printf (out, " %s |", cell);
    }
}

void
_byline_html_table_end (Conv *c)
{
  g_autoptr(GString) md = g_string_new (NULL);
  g_autofree char *caption = NULL;
  Table *table;
  guint columns = 0;

  _byline_html_table_cell_end (c);
  _byline_html_conv_flush (c);
  if (c->table_depth == 0 || --c->table_depth > 0 || c->table == NULL)
    return;
  table = g_steal_pointer (&c->table);

  for (guint i = table->rows->len; i > 0; i--)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, i - 1);

      if (row->len == 0)
        g_ptr_array_remove_index (table->rows, i - 1);   /* an empty <tr> */
      else
        columns = MAX (columns, row->len);
    }

  if (table->simple && columns > 0 && table->md_start <= c->md->len)
    {
      g_string_truncate (c->md, table->md_start);
      c->prev_item = table->prev_item;
      c->prev_quote = table->prev_quote;
      c->item_pending = table->item_pending;

      write_row (md, g_ptr_array_index (table->rows, 0), columns);
      g_string_append (md, "\n|");
      for (guint i = 0; i < columns; i++)
        g_string_append (md, " --- |");
      for (guint r = 1; r < table->rows->len; r++)
        {
          g_string_append_c (md, '\n');
          write_row (md, g_ptr_array_index (table->rows, r), columns);
        }
      _byline_html_conv_emit_block (c, md->str, FALSE);
    }

  caption = g_strstrip (g_strdup (table->caption->str));
  if (caption[0] != '\0')
    _byline_html_conv_emit_block (c, caption, TRUE);
  _byline_html_table_free (table);
}
