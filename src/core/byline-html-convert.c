/* byline-html-convert.c: HTML back into Markdown (or text)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Posts pulled from WordPress (content.raw with Gutenberg `<!-- wp:… -->`
 * comments, or content.rendered) become Markdown with their structure:
 * headings → `##`, blockquote → `>`, paragraphs, lists, links, images
 * (`![alt](src "caption")`, byline-html-convert-figures.c),
 * em/strong, <br>, code, tables (byline-html-convert-tables.c). Scripts, styles, iframes,
 * forms and event handlers are dropped (see byline-html-tokenizer.c);
 * unsafe URLs keep their text without the link. The standfirst, byline and
 * dateline written by byline-article-render.c are read back into fields.
 */

#define G_LOG_DOMAIN "byline-html"

#include "config.h"

#include <string.h>

#include "byline-html-convert-private.h"
#include "byline-html-tokenizer-private.h"
#include "byline-text-private.h"

static const char * const mark_text[] = { "*", "**", "`", "~~", "" };

static void
mark_clear (gpointer data)
{
  g_free (((Mark *) data)->href);
}

void
_byline_html_conv_init (Conv     *c,
                        gboolean  text_only)
{
  memset (c, 0, sizeof *c);
  c->text_only = text_only;
  c->md = g_string_new (NULL);
  c->para = g_string_new (NULL);
  c->marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  g_array_set_clear_func (c->marks, mark_clear);
  c->lists = g_array_new (FALSE, TRUE, sizeof (List));
  c->pre = g_string_new (NULL);
  c->caption = g_string_new (NULL);
  c->cap = g_string_new (NULL);
  c->author = g_string_new (NULL);
  c->place_buf = g_string_new (NULL);
  c->bylines = g_ptr_array_new_with_free_func (g_free);
}

void
_byline_html_conv_clear (Conv *c)
{
  g_string_free (c->md, TRUE);
  g_string_free (c->para, TRUE);
  g_array_unref (c->marks);
  g_array_unref (c->lists);
  g_string_free (c->pre, TRUE);
  g_string_free (c->caption, TRUE);
  g_string_free (c->cap, TRUE);
  g_string_free (c->author, TRUE);
  g_string_free (c->place_buf, TRUE);
  _byline_html_table_free (c->table);
  g_free (c->fig_src);
  g_free (c->fig_alt);
  g_free (c->fig_title);
  g_free (c->standfirst);
  g_ptr_array_unref (c->bylines);
  g_free (c->place);
  g_free (c->datetime);
  g_free (c->zone);
}

static gboolean
is_html_space (char ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
}

/* Appends @text with white space runs collapsed to one space */
void
_byline_html_append_collapsed (GString    *dest,
                               const char *text,
                               gsize       len,
                               gboolean    strip_leading)
{
  gboolean space = dest->len == 0 || strip_leading ||
                   dest->str[dest->len - 1] == ' ' || dest->str[dest->len - 1] == '\n';

  for (gsize i = 0; i < len; i++)
    {
      if (is_html_space (text[i]))
        {
          if (!space)
            g_string_append_c (dest, ' ');
          space = TRUE;
        }
      else
        {
          g_string_append_c (dest, text[i]);
          space = FALSE;
        }
    }
}

void
_byline_html_conv_close_marks (Conv  *c,
                               guint  index)
{
  while (c->marks->len > index)
    {
      Mark *m = &g_array_index (c->marks, Mark, c->marks->len - 1);

      if (m->kind == MARK_LINK)
        {
          if (m->href != NULL)
            {
              if (c->para->len == m->pos)
                g_string_truncate (c->para, m->pos - 1);   /* an empty link */
              else
                {
                  g_string_append (c->para, "](");
                  _byline_html_url_append (c->para, m->href);
                  g_string_append_c (c->para, ')');
                }
            }
        }
      else if (c->para->len == m->pos)
        g_string_truncate (c->para, m->pos - strlen (mark_text[m->kind]));
      else
        {
          gboolean trailing = c->para->str[c->para->len - 1] == ' ';

          if (trailing)
            g_string_truncate (c->para, c->para->len - 1);
          g_string_append (c->para, mark_text[m->kind]);
          if (trailing)
            g_string_append_c (c->para, ' ');
        }
      g_array_set_size (c->marks, c->marks->len - 1);
    }
}

static void
open_mark (Conv       *c,
           MarkKind    kind,
           const char *href)
{
  Mark m = { kind, 0, NULL };

  if (c->text_only || c->marks->len >= MAX_DEPTH * 4)
    return;
  if (kind == MARK_LINK)
    {
      g_autoptr(GString) encoded = g_string_new (href);

      /* Browsers send inner spaces of an href as %20 */
      g_strstrip (encoded->str);
      g_string_set_size (encoded, strlen (encoded->str));
      g_string_replace (encoded, " ", "%20", 0);
      m.href = _byline_url_sanitize (encoded->str, BYLINE_URL_LINK);
      if (m.href != NULL)
        g_string_append_c (c->para, '[');
    }
  else
    g_string_append (c->para, mark_text[kind]);
  m.pos = c->para->len;
  c->after_open = TRUE;
  g_array_append_val (c->marks, m);
}

static void
close_mark (Conv     *c,
            MarkKind  kind)
{
  for (guint i = c->marks->len; i > 0; i--)
    {
      if (g_array_index (c->marks, Mark, i - 1).kind == kind)
        {
          _byline_html_conv_close_marks (c, i - 1);
          return;
        }
    }
}

static void
append_separator (Conv     *c,
                  gboolean  item)
{
  guint shared = MIN (c->prev_quote, c->quote_depth);

  if (c->md->len == 0)
    return;
  g_string_append_c (c->md, '\n');
  if (c->text_only || (item && c->prev_item))
    return;
  for (guint i = 0; i < shared; i++)
    g_string_append_c (c->md, '>');
  g_string_append_c (c->md, '\n');
}

/* Writes one block: @text's lines with the quote, list and heading prefixes */
void
_byline_html_conv_emit_block (Conv       *c,
                              const char *text,
                              gboolean    verbatim)
{
  g_autoptr(GString) quote = g_string_new (NULL);
  g_autoptr(GString) indent = g_string_new (NULL);
  g_autofree char *marker = NULL;
  gboolean item = c->item_pending && !verbatim;
  g_auto(GStrv) lines = NULL;

  if (!c->text_only)
    {
      for (guint i = 0; i < c->quote_depth; i++)
        g_string_append (quote, "> ");
      for (guint i = 0; i < c->lists->len; i++)
        {
          List *l = &g_array_index (c->lists, List, i);
          g_autofree char *m = l->ordered ? g_strdup_printf ("%u%c ", l->counter, l->marker)
                                       : g_strdup_printf ("%c ", l->marker);

          if (i + 1 == c->lists->len && item)
            marker = g_steal_pointer (&m);
          else
            g_string_append_printf (indent, "%*s", (int) strlen (m), "");
        }
      if (item && marker == NULL)
        marker = g_strdup ("- ");
    }

  append_separator (c, item);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (c->md, '\n');
      g_string_append (c->md, quote->str);
      g_string_append (c->md, indent->str);
      if (i == 0 && marker != NULL)
        g_string_append (c->md, marker);
      else if (marker != NULL)
        g_string_append_printf (c->md, "%*s", (int) strlen (marker), "");
      if (i == 0 && c->heading > 0 && !c->text_only)
        g_string_append_printf (c->md, "%.*s ", c->heading, "######");
      g_string_append (c->md, lines[i]);
    }

  c->prev_item = item;
  c->prev_quote = c->quote_depth;
  c->item_pending = FALSE;
}

static void
end_capture (Conv *c)
{
  if (c->capture == CAPTURE_STANDFIRST && c->standfirst == NULL)
    c->standfirst = g_strdup (g_strstrip (c->cap->str));
  c->capture = CAPTURE_NONE;
  c->capture_lede = FALSE;
  c->author_spans = c->place_spans = 0;
  g_string_truncate (c->cap, 0);
}

void
_byline_html_conv_flush (Conv *c)
{
  _byline_html_table_flushed (c);
  _byline_html_conv_close_marks (c, 0);
  end_capture (c);

  /* Trailing white space and hard breaks end nothing */
  for (;;)
    {
      gsize len = c->para->len;

      while (len > 0 && is_html_space (c->para->str[len - 1]))
        len--;
      if (len > 0 && c->para->str[len - 1] == '\\' && len < c->para->len)
        len--;
      else if (len == c->para->len)
        break;
      g_string_truncate (c->para, len);
    }

  if (c->para->len > 0)
    _byline_html_conv_emit_block (c, c->para->str, FALSE);
  g_string_truncate (c->para, 0);
  c->after_open = FALSE;
}

static void
append_run (Conv       *c,
            const char *raw,
            gsize       len)
{
  g_autoptr(GString) decoded = g_string_new (NULL);
  g_autoptr(GString) collapsed = g_string_new (NULL);

  _byline_html_decode_append (decoded, raw, len);

  if (c->pre_depth > 0)
    {
      g_string_append_len (c->pre, decoded->str, decoded->len);
      return;
    }
  if (c->in_figcaption)
    {
      _byline_html_append_collapsed (c->caption, decoded->str, decoded->len, FALSE);
      return;
    }
  if (c->table != NULL && strspn (decoded->str, " \t\n\r\f") < decoded->len)
    _byline_html_table_block (c, NULL);
  if (c->capture == CAPTURE_CREDIT || c->capture == CAPTURE_DATELINE)
    {
      if (c->author_spans > 0)
        _byline_html_append_collapsed (c->author, decoded->str, decoded->len, FALSE);
      else if (c->place_spans > 0)
        _byline_html_append_collapsed (c->place_buf, decoded->str, decoded->len, FALSE);
      return;
    }
  if (c->capture == CAPTURE_STANDFIRST)
    {
      _byline_html_append_collapsed (c->cap, decoded->str, decoded->len, FALSE);
      if (!c->capture_lede)
        return;
    }

  {
    gboolean line_start = c->para->len == 0 || c->para->str[c->para->len - 1] == '\n';

    /* What the paragraph already ends with decides about a leading space */
    if (c->para->len > 0 && !c->after_open && !line_start &&
        c->para->str[c->para->len - 1] != ' ' && decoded->len > 0 && is_html_space (decoded->str[0]))
      g_string_append_c (collapsed, ' ');
    _byline_html_append_collapsed (collapsed, decoded->str, decoded->len, TRUE);
    if (collapsed->len == 0)
      return;
    if (c->text_only)
      g_string_append_len (c->para, collapsed->str, collapsed->len);
    else
      _byline_markdown_escape_append (c->para, collapsed->str, collapsed->len, line_start);
    c->after_open = FALSE;
  }
}

/* Classic-editor posts are shown through WordPress's wpautop: a blank
 * line ends a paragraph, a single line break is a <br> */
void
_byline_html_conv_append_text (Conv       *c,
                               const char *raw,
                               gsize       len)
{
  const char *end = raw + len;

  if (!c->autop || c->pre_depth > 0 || c->in_figcaption)
    {
      append_run (c, raw, len);
      return;
    }

  while (raw < end)
    {
      const char *nl = memchr (raw, '\n', end - raw);
      guint breaks = 0;

      if (nl == NULL)
        {
          append_run (c, raw, end - raw);
          return;
        }
      append_run (c, raw, nl - raw);
      for (raw = nl; raw < end && is_html_space (*raw); raw++)
        breaks += *raw == '\n';
      if (breaks >= 2)
        _byline_html_conv_flush (c);
      else if (c->para->len > 0 && c->para->str[c->para->len - 1] != '\n')
        {
          /* White space before the break is no part of the line */
          while (c->para->len > 0 && c->para->str[c->para->len - 1] == ' ')
            g_string_truncate (c->para, c->para->len - 1);
          g_string_append (c->para, c->text_only ? "\n" : "\\\n");
        }
    }
}

static int
heading_level (const char *name)
{
  if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
    return MAX (2, name[1] - '0');
  return 0;
}

static gboolean
name_in (const char         *name,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (name, names[i]))
        return TRUE;
    }
  return FALSE;
}

static const char * const plain_blocks[] = {
  "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "address",
  "dl", "dt", "dd", "details", "summary", "center", "table", "thead", "tbody", "tfoot",
  "caption", "body", "html", "fieldset", "legend", "hgroup", "figcaption", NULL
};

static void
end_pre (Conv *c)
{
  g_autoptr(GString) block = g_string_new (NULL);
  guint run = 0, longest = 0;

  if (c->pre_depth == 0 || --c->pre_depth > 0)
    return;

  for (gsize i = 0; i < c->pre->len; i++)
    {
      run = c->pre->str[i] == '`' ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  while (c->pre->len > 0 && c->pre->str[c->pre->len - 1] == '\n')
    g_string_truncate (c->pre, c->pre->len - 1);
  if (c->pre->len > 0 && c->pre->str[0] == '\n')
    g_string_erase (c->pre, 0, 1);

  if (c->text_only)
    g_string_append (block, c->pre->str);
  else
    {
      guint fence = MAX (3, longest + 1);

      for (guint i = 0; i < fence; i++)
        g_string_append_c (block, '`');
      g_string_append_c (block, '\n');
      g_string_append (block, c->pre->str);
      g_string_append_c (block, '\n');
      for (guint i = 0; i < fence; i++)
        g_string_append_c (block, '`');
    }
  if (c->pre->len > 0)
    _byline_html_conv_emit_block (c, block->str, TRUE);
  g_string_truncate (c->pre, 0);
}

static void
start_tag (Conv            *c,
           BylineHtmlToken *t)
{
  const char *name = t->name;
  int level;

  if (name[0] == '\0')
    return;

  if (c->pre_depth > 0)
    {
      if (g_str_equal (name, "br"))
        g_string_append_c (c->pre, '\n');
      else if (g_str_equal (name, "pre"))
        c->pre_depth++;
      return;
    }

  if (c->table != NULL)
    _byline_html_table_block (c, name);
  if ((level = heading_level (name)) > 0)
    {
      _byline_html_conv_flush (c);
      c->heading = level;
    }
  else if (g_str_equal (name, "p") && c->capture == CAPTURE_NONE)
    {
      _byline_html_conv_flush (c);
      if (_byline_html_token_has_class (t, "byline-credit") && c->bylines->len == 0)
        c->capture = CAPTURE_CREDIT;
      else if (_byline_html_token_has_class (t, "byline-dateline") && c->place == NULL && c->datetime == NULL)
        {
          c->capture = CAPTURE_DATELINE;
          /* Where an Author's post kept the date: kses drops <time> */
          if (_byline_html_token_attr (t, "data-byline-datetime") != NULL)
            {
              c->datetime = g_strdup (_byline_html_token_attr (t, "data-byline-datetime"));
              g_free (c->zone);
              c->zone = g_strdup (_byline_html_token_attr (t, "data-byline-zone"));
            }
        }
      else if (_byline_html_token_has_class (t, "byline-standfirst") && c->standfirst == NULL)
        {
          c->capture = CAPTURE_STANDFIRST;
          c->capture_lede = _byline_html_token_has_class (t, "byline-lede");
        }
    }
  else if (g_str_equal (name, "span") && c->capture == CAPTURE_CREDIT)
    {
      if (c->author_spans > 0 || _byline_html_token_has_class (t, "byline-author"))
        c->author_spans++;
    }
  else if (g_str_equal (name, "span") && c->capture == CAPTURE_DATELINE)
    {
      if (c->place_spans > 0 || _byline_html_token_has_class (t, "byline-place"))
        c->place_spans++;
    }
  else if (g_str_equal (name, "time") && c->capture == CAPTURE_DATELINE && c->datetime == NULL &&
           _byline_html_token_attr (t, "datetime") != NULL)
    {
      c->datetime = g_strdup (_byline_html_token_attr (t, "datetime"));
      g_free (c->zone);
      c->zone = g_strdup (_byline_html_token_attr (t, "data-byline-zone"));
    }
  else if (g_str_equal (name, "blockquote"))
    {
      _byline_html_conv_flush (c);
      if (c->quote_depth < MAX_DEPTH)
        c->quote_depth++;
    }
  else if (g_str_equal (name, "ul") || g_str_equal (name, "ol"))
    {
      List l = { name[0] == 'o', 0, name[0] == 'o' ? '.' : '-' };
      const char *start = _byline_html_token_attr (t, "start");

      _byline_html_conv_flush (c);
      /* A list right after another is another list only with another marker */
      if (c->lists->len == 0 && c->md->len > 0 && c->md->len == c->list_end && c->list_marker == l.marker)
        l.marker = l.ordered ? ')' : '*';
      if (l.ordered && start != NULL)
        l.counter = (guint) CLAMP (g_ascii_strtoll (start, NULL, 10), 1, 999999999) - 1;
      if (c->lists->len < MAX_DEPTH)
        g_array_append_val (c->lists, l);
    }
  else if (g_str_equal (name, "li"))
    {
      _byline_html_conv_flush (c);
      if (c->lists->len > 0)
        g_array_index (c->lists, List, c->lists->len - 1).counter++;
      c->item_pending = TRUE;
    }
  else if (g_str_equal (name, "pre"))
    {
      _byline_html_conv_flush (c);
      c->pre_depth = 1;
      g_string_truncate (c->pre, 0);
    }
  else if (g_str_equal (name, "hr"))
    {
      _byline_html_conv_flush (c);
      _byline_html_conv_emit_block (c, c->text_only ? "" : "* * *", TRUE);
    }
  else if (g_str_equal (name, "br"))
    {
      if (c->para->len > 0)
        g_string_append (c->para, c->text_only ? "\n" : "\\\n");
    }
  else if (g_str_equal (name, "figure"))
    _byline_html_figure_start (c);
  else if (g_str_equal (name, "figcaption") && c->figure_depth > 0)
    c->in_figcaption = TRUE;
  else if (g_str_equal (name, "img"))
    {
      g_autofree char *src = _byline_url_sanitize (_byline_html_token_attr (t, "src"), BYLINE_URL_IMAGE);
      const char *alt = _byline_html_token_attr (t, "alt");

      if (src == NULL || !_byline_html_image_src_plausible (src))
        return;
      if (c->figure_depth > 0 && c->table_depth == 0)
        _byline_html_figure_image (c, g_steal_pointer (&src), alt, _byline_html_token_attr (t, "title"));
      else if (c->text_only)
        _byline_html_conv_append_text (c, alt ? alt : "", alt ? strlen (alt) : 0);
      else if (c->capture == CAPTURE_NONE || c->capture_lede)
        {
          _byline_html_image_append (c->para, src, alt, _byline_html_token_attr (t, "title"));
          c->after_open = FALSE;
        }
    }
  else if (g_str_equal (name, "a"))
    open_mark (c, MARK_LINK, _byline_html_token_attr (t, "href"));
  else if (g_str_equal (name, "cite") && c->quote_depth > 0 && c->para->len == 0 && !c->citation)
    {
      /* A quote's citation (WordPress puts it after the quote's paragraphs) */
      c->citation = TRUE;
      if (!c->text_only)
        g_string_append (c->para, "— ");
    }
  else if (g_str_equal (name, "em") || g_str_equal (name, "i") || g_str_equal (name, "cite"))
    open_mark (c, MARK_EM, NULL);
  else if (g_str_equal (name, "strong") || g_str_equal (name, "b"))
    open_mark (c, MARK_STRONG, NULL);
  else if (g_str_equal (name, "code") || g_str_equal (name, "kbd") || g_str_equal (name, "tt"))
    open_mark (c, MARK_CODE, NULL);
  else if (g_str_equal (name, "del") || g_str_equal (name, "s") || g_str_equal (name, "strike"))
    open_mark (c, MARK_DEL, NULL);
  else if (g_str_equal (name, "table"))
    _byline_html_table_start (c);
  else if (g_str_equal (name, "tr"))
    {
      _byline_html_table_row (c);
      _byline_html_conv_flush (c);
      c->table_cells = 0;
    }
  else if (g_str_equal (name, "td") || g_str_equal (name, "th"))
    {
      _byline_html_table_cell_end (c);
      if (c->table_cells++ > 0 && c->para->len > 0)
        g_string_append (c->para, " | ");
      _byline_html_table_cell_start (c, t);
    }
  else if (g_str_equal (name, "caption"))
    _byline_html_table_caption (c, TRUE);
  else if (name_in (name, plain_blocks))
    _byline_html_conv_flush (c);
}

static void
end_tag (Conv            *c,
         BylineHtmlToken *t)
{
  const char *name = t->name;

  if (name[0] == '\0')
    return;

  if (c->pre_depth > 0)
    {
      if (g_str_equal (name, "pre"))
        end_pre (c);
      return;
    }

  if (heading_level (name) > 0)
    {
      _byline_html_conv_flush (c);
      c->heading = 0;
    }
  else if (g_str_equal (name, "span") && c->author_spans > 0)
    {
      if (--c->author_spans == 0)
        {
          g_autofree char *author = g_strstrip (g_strdup (c->author->str));

          if (author[0] != '\0')
            g_ptr_array_add (c->bylines, g_steal_pointer (&author));
          g_string_truncate (c->author, 0);
        }
    }
  else if (g_str_equal (name, "span") && c->place_spans > 0)
    {
      if (--c->place_spans == 0 && c->place == NULL)
        c->place = g_strstrip (g_strdup (c->place_buf->str));
    }
  else if (g_str_equal (name, "blockquote"))
    {
      _byline_html_conv_flush (c);
      if (c->quote_depth > 0)
        c->quote_depth--;
      /* The next quote is another one: no `>` joins them */
      c->prev_quote = MIN (c->prev_quote, c->quote_depth);
      c->citation = FALSE;
    }
  else if (g_str_equal (name, "ul") || g_str_equal (name, "ol"))
    {
      _byline_html_conv_flush (c);
      if (c->lists->len == 1)
        {
          /* What follows the list is no item of it */
          c->list_end = c->md->len;
          c->list_marker = g_array_index (c->lists, List, 0).marker;
          c->prev_item = FALSE;
        }
      if (c->lists->len > 0)
        g_array_set_size (c->lists, c->lists->len - 1);
      c->item_pending = FALSE;
    }
  else if (g_str_equal (name, "li"))
    {
      _byline_html_conv_flush (c);
      c->item_pending = FALSE;
    }
  else if (g_str_equal (name, "figure"))
    _byline_html_figure_end (c);
  else if (g_str_equal (name, "figcaption"))
    c->in_figcaption = FALSE;
  else if (g_str_equal (name, "a"))
    close_mark (c, MARK_LINK);
  else if (g_str_equal (name, "cite") && c->citation)
    {
      if (g_str_equal (c->para->str, "— "))
        g_string_truncate (c->para, 0);   /* an empty citation */
      _byline_html_conv_flush (c);
      c->citation = FALSE;
    }
  else if (g_str_equal (name, "em") || g_str_equal (name, "i") || g_str_equal (name, "cite"))
    close_mark (c, MARK_EM);
  else if (g_str_equal (name, "strong") || g_str_equal (name, "b"))
    close_mark (c, MARK_STRONG);
  else if (g_str_equal (name, "code") || g_str_equal (name, "kbd") || g_str_equal (name, "tt"))
    close_mark (c, MARK_CODE);
  else if (g_str_equal (name, "del") || g_str_equal (name, "s") || g_str_equal (name, "strike"))
    close_mark (c, MARK_DEL);
  else if (g_str_equal (name, "table"))
    _byline_html_table_end (c);
  else if (g_str_equal (name, "td") || g_str_equal (name, "th"))
    _byline_html_table_cell_end (c);
  else if (g_str_equal (name, "caption"))
    _byline_html_table_caption (c, FALSE);
  else if (g_str_equal (name, "tr") || name_in (name, plain_blocks))
    {
      if (g_str_equal (name, "tr"))
        _byline_html_table_cell_end (c);
      _byline_html_conv_flush (c);
    }
}

/* WordPress's block delimiters (`<!-- wp:paragraph -->`, `<!-- /wp:html -->`)
 * and its <!--more--> and <!--nextpage--> separate blocks: the text on
 * either side never runs together */
static void
comment (Conv       *c,
         const char *text,
         gsize       len)
{
  while (len > 0 && is_html_space (*text))
    text++, len--;
  if (c->pre_depth > 0)
    return;
  if ((len >= 3 && strncmp (text, "wp:", 3) == 0) || (len >= 4 && strncmp (text, "/wp:", 4) == 0) ||
      (len >= 4 && strncmp (text, "more", 4) == 0) || (len >= 8 && strncmp (text, "nextpage", 8) == 0))
    _byline_html_conv_flush (c);
}

void
_byline_html_conv_run (Conv       *c,
                       const char *html,
                       gssize      length)
{
  g_autofree char *valid = _byline_text_make_valid (html, length);
  BylineHtmlTokenizer tok;
  BylineHtmlToken *t;

  _byline_html_tokenizer_init (&tok, valid, strlen (valid));
  while ((t = _byline_html_tokenizer_next (&tok))->type != BYLINE_HTML_TOKEN_EOF)
    {
      switch (t->type)
        {
        case BYLINE_HTML_TOKEN_TEXT:
          _byline_html_conv_append_text (c, t->text, t->text_len);
          break;
        case BYLINE_HTML_TOKEN_START:
          start_tag (c, t);
          break;
        case BYLINE_HTML_TOKEN_END:
          end_tag (c, t);
          break;
        case BYLINE_HTML_TOKEN_COMMENT:
          comment (c, t->text, t->text_len);
          break;
        case BYLINE_HTML_TOKEN_EOF:
        default:
          break;
        }
    }
  _byline_html_tokenizer_clear (&tok);

  /* Close whatever the input left open */
  if (c->pre_depth > 0)
    {
      c->pre_depth = 1;
      end_pre (c);
    }
  if (c->table_depth > 0)
    {
      c->table_depth = 1;
      _byline_html_table_end (c);
    }
  if (c->figure_depth > 0)
    {
      c->figure_depth = 1;
      _byline_html_figure_end (c);
    }
  _byline_html_conv_flush (c);

  while (c->md->len > 0 && is_html_space (c->md->str[c->md->len - 1]))
    g_string_truncate (c->md, c->md->len - 1);
  if (c->md->len > 0 && !c->text_only)
    g_string_append_c (c->md, '\n');
}

