/* byline-import-markdown.c: a story written in Markdown
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Byline's own Markdown export, or a story written in a text editor: its
 * first line a heading, "# Headline". The blocks under the headline that
 * are no Markdown of their own (the deck, in italics or not, the bylines,
 * the date line; a few short ones) and the first paragraph are read as
 * wire copy's header is, by byline_import_wire_copy(); the rest of the
 * body is kept as it is written, since its subheadings, quotes, lists,
 * emphasis and links are already Markdown (read as wire copy, "## Charging
 * at the quay" became "## \## Charging at the quay", and the headline kept
 * its "# "), but for what a page copied as Markdown adds: a dateline in
 * bold, "**OXFORD** –"; a short line in bold alone for a subheading; a
 * page's lines between paragraphs ("Advertisement") and the comment form
 * and its captcha under the story, left out as wire copy's are.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"
#include "byline-markdown.h"
#include "byline-markdown-spans.h"

/* Blocks under the headline read as its header, at most */
#define MAX_HEADER_BLOCKS 4

typedef struct
{
  guint start;   /* first line */
  guint end;     /* past the last line */
} Range;

static const char *
skip_indent (const char *line)
{
  guint n = 0;

  while (line[n] == ' ' && n < 3)
    n++;
  return line + n;
}

/**
 * _byline_import_is_markdown_document:
 * @text: valid UTF-8
 *
 * Whether @text is a Markdown document: its first line that is not blank
 * a level-one heading ("# Headline"; never a hashtag, "#Breaking").
 */
gboolean
_byline_import_is_markdown_document (const char *text)
{
  const char *p = text;

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  for (;;)
    {
      const char *line = p;

      while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
      if (*p != '\n')
        {
          p = skip_indent (line);
          break;
        }
      p++;
    }

  return p[0] == '#' && (p[1] == ' ' || p[1] == '\t');
}

/* @text without Markdown's backslash escapes ("\*" is "*"): what
 * byline_markdown_escape() was given */
static char *
unescape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p++)
    {
      if (p[0] == '\\' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The text of an ATX heading line, its "#"s and closing "#"s left out */
static char *
heading_text (const char *line)
{
  const char *p = skip_indent (line);
  g_autofree char *text = NULL;
  char *end;

  while (*p == '#')
    p++;
  text = g_strstrip (g_strdup (p));
  /* (a closing sequence, "# Headline #", after a space) */
  end = text + strlen (text);
  while (end > text && end[-1] == '#')
    end--;
  if (end == text || end[-1] == ' ')
    *end = '\0';
  g_strchomp (text);

  return unescape (text);
}

/* Whether @line opens a block of Markdown's own: a heading, a quote, a
 * list, a picture, a table, code */
static gboolean
is_structure (const char *line)
{
  const char *p = skip_indent (line);

  if (*p == '#' || *p == '>' || *p == '|' || g_str_has_prefix (p, "![") || g_str_has_prefix (p, "```") ||
      g_str_has_prefix (p, "~~~") || ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t')))
    return TRUE;
  while (g_ascii_isdigit (*p))
    p++;
  return p != skip_indent (line) && (*p == '.' || *p == ')') && p[1] == ' ';
}

/* A line in italics as a whole, "*The £340m extension …*" or "_…_" (not
 * bold): its text, else %NULL */
static char *
italic_line (const char *line)
{
  gsize len = strlen (line);

  if (len < 3 || (line[0] != '*' && line[0] != '_') || line[1] == line[0] || line[len - 1] != line[0] ||
      line[len - 2] == '\\' || line[len - 2] == line[0])
    return NULL;
  {
    g_autofree char *inner = g_strndup (line + 1, len - 2);

    return unescape (inner);
  }
}

/* @text with its links as their words, read as the editor's Markdown
 * reader reads them (byline_markdown_scan_line(): escapes, a title, a
 * destination's own parentheses): "By [Helen Cho](https://…)" → "By
 * Helen Cho" (a picture, "![…](…)", stays) */
static char *
plain_links (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));
  const char *line = text;

  for (;;)
    {
      const char *eol = strchr (line, '\n');
      gsize len = eol != NULL ? (gsize) (eol - line) : strlen (line);
      gsize copied = 0;

      g_array_set_size (spans, 0);
      byline_markdown_scan_line (line, len, 0, FALSE, spans);
      for (guint i = 0; i + 1 < spans->len; i++)
        {
          BylineMarkdownSpan *link = &g_array_index (spans, BylineMarkdownSpan, i);
          BylineMarkdownSpan *url = &g_array_index (spans, BylineMarkdownSpan, i + 1);

          if (link->kind != BYLINE_MARKDOWN_SPAN_LINK_TEXT || url->kind != BYLINE_MARKDOWN_SPAN_URL ||
              url->start != link->end || link->end - link->start < 2 || link->start < copied ||
              (i > 0 && g_array_index (spans, BylineMarkdownSpan, i - 1).kind == BYLINE_MARKDOWN_SPAN_IMAGE_MARKER))
            continue;
          g_string_append_len (out, line + copied, link->start - copied);
          g_string_append_len (out, line + link->start + 1, link->end - link->start - 2);
          copied = url->end;
          i++;
        }
      g_string_append_len (out, line + copied, len - copied);
      if (eol == NULL)
        break;
      g_string_append_c (out, '\n');
      line = eol + 1;
    }
  return g_string_free (out, FALSE);
}

/* A quote block headed "Excerpt" ("> ## Excerpt" / "> The council
 * says …"), as a page saver writes the page's excerpt over it: its text,
 * else %NULL */
static char *
excerpt_quote (char  **lines,
               Range  *range)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *head = skip_indent (lines[range->start]);

  if (range->end - range->start < 2 || head[0] != '>')
    return NULL;
  head++;
  while (*head == ' ' || *head == '#')
    head++;
  if (g_ascii_strcasecmp (head, "excerpt") != 0 && g_ascii_strcasecmp (head, "excerpt:") != 0)
    return NULL;
  for (guint i = range->start + 1; i < range->end; i++)
    {
      const char *line = skip_indent (lines[i]);

      if (line[0] != '>')
        return NULL;
      line++;
      while (*line == ' ')
        line++;
      if (line[0] != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", line);
    }
  return text->len > 0 ? unescape (text->str) : NULL;
}

/* Whether @range is a thematic break alone, "---", "* * *", as the
 * editor's Markdown reader reads one */
static gboolean
is_thematic_break (char  **lines,
                   Range  *range)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));

  if (range->end - range->start != 1)
    return FALSE;
  byline_markdown_scan_line (lines[range->start], -1, 0, FALSE, spans);
  return spans->len == 1 && g_array_index (spans, BylineMarkdownSpan, 0).kind == BYLINE_MARKDOWN_SPAN_RULE;
}

/* Whether @range is a picture alone, "![…](…)" */
static gboolean
is_picture (char  **lines,
            Range  *range)
{
  const char *line = skip_indent (lines[range->start]);

  return range->end - range->start == 1 && g_str_has_prefix (line, "![") && g_str_has_suffix (line, ")");
}

/* A lede that opens with its dateline in bold, "**OXFORD** – …" or
 * "__OXFORD__, …", as the wire copy reader knows it: "OXFORD – …" (what it
 * keeps after the dateline is still the end of the paragraph as written) */
static char *
unbold_dateline (const char *block)
{
  const char *close;

  if ((!g_str_has_prefix (block, "**") && !g_str_has_prefix (block, "__")) ||
      (close = strstr (block + 2, block[0] == '*' ? "**" : "__")) == NULL || close - block > 80 ||
      memchr (block + 2, '\n', close - block - 2) != NULL ||
      (!g_str_has_prefix (close + 2, " ") && !g_str_has_prefix (close + 2, ",") && !g_str_has_prefix (close + 2, ":")))
    return g_strdup (block);
  return g_strdup_printf ("%.*s%s", (int) (close - block - 2), block + 2, close + 2);
}

/* A line of the story's foot as the wire copy reader sees it: without
 * a heading's "#"s or its emphasis ("**Leave a comment**") */
static char *
foot_line_text (const char *line)
{
  const char *p = skip_indent (line);
  g_autofree char *text = NULL;
  gsize len;

  if (*p == '#')
    return heading_text (line);
  text = g_strstrip (plain_links (p));
  len = strlen (text);
  while (len >= 2 && (text[0] == '*' || text[0] == '_') && text[len - 1] == text[0])
    {
      memmove (text, text + 1, len - 2);
      text[len -= 2] = '\0';
    }
  return unescape (text);
}

/* A line in bold as a whole, a few words and no sentence: "**Affordable
 * housing**" */
static gboolean
is_bold_head (const char *line)
{
  gsize len = strlen (line);
  g_autofree char *inner = NULL;

  if (len < 5 || (!g_str_has_prefix (line, "**") && !g_str_has_prefix (line, "__")) ||
      !g_str_has_suffix (line, line[0] == '*' ? "**" : "__") || line[len - 3] == '\\')
    return FALSE;
  inner = g_strndup (line + 2, len - 4);
  if (strstr (inner, "**") != NULL || strstr (inner, "__") != NULL || inner[0] == ' ' ||
      _byline_import_count_words (inner) > 12 || _byline_import_ends_with_punctuation (inner) ||
      _byline_import_is_captcha (inner) || _byline_import_is_photo_credit (inner))
    return FALSE;
  /* (words, not a figure or a sum alone: "**£340m**", "**7 + 5 =**") */
  for (const char *p = inner; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isalpha (g_utf8_get_char (p)))
        return TRUE;
    }
  return FALSE;
}

/* Past the last line of the story itself, from @start: a comment form,
 * its captcha and other page furniture under the story are left out, as
 * the wire copy reader leaves them out (a Markdown page copied with its
 * foot) */
static guint
story_end (char  **lines,
           guint   start,
           guint   n)
{
  g_autoptr(GPtrArray) foot = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *dropped = NULL;
  g_autofree gboolean *inserted = NULL;
  guint end = n;

  for (guint i = start; i < n; i++)
    g_ptr_array_add (foot, foot_line_text (lines[i]));
  /* (a page's inserts, its share row, "Facebook Twitter"; the form) */
  inserted = _byline_import_drop_inserts (foot);
  dropped = g_new0 (gboolean, foot->len + 1);
  _byline_import_drop_form_tail (foot, dropped);
  while (end > start)
    {
      const char *text = g_ptr_array_index (foot, end - 1 - start);

      if (text[0] != '\0' && !dropped[end - 1 - start] && !inserted[end - 1 - start] &&
          !_byline_import_is_captcha (text) && !_byline_import_is_boilerplate (text))
        break;
      end--;
    }
  return end;
}

static char *
range_text (char  **lines,
            Range  *range)
{
  GString *out = g_string_new (NULL);

  for (guint i = range->start; i < range->end; i++)
    g_string_append_printf (out, "%s%s", i > range->start ? "\n" : "", lines[i]);
  return g_string_free (out, FALSE);
}

/* The body byline_import_wire_copy() made of the header's blocks and the
 * first paragraph, each of its paragraphs as the story wrote it when it
 * is (the end of) one of @raw: the importer escaped their text, which is
 * Markdown already, and may have cut a dateline off the lede's start.
 * (With nothing under it, the importer keeps @headline as the body: it
 * is the headline all the same.) @lede, the paragraph under a leading
 * subheading that was read with the header, stays where it is: what the
 * importer kept of it is returned (its end, past a dateline), or %NULL. */
static const char *
append_read_body (GString            *body,
                  const char         *read,
                  const char * const *raw,
                  const char         *headline,
                  const char         *lede)
{
  g_autofree char *flat_lede = lede != NULL ? g_strdelimit (g_strdup (lede), "\n", ' ') : NULL;
  g_auto(GStrv) paras = g_strsplit (read, "\n\n", -1);
  const char *lede_kept = NULL;

  for (guint i = 0; paras[i] != NULL; i++)
    {
      g_autofree char *para = g_strstrip (g_strdup (paras[i]));
      g_autofree char *plain = unescape (para);
      g_autofree char *flat = g_strdelimit (g_strdup (plain), "\n", ' ');
      const char *kept = para;
      const char *in_lede;

      /* (the importer may have read a hard-wrapped lede's lines apart) */
      in_lede = flat_lede != NULL && flat[0] != '\0' ? strstr (flat_lede, flat) : NULL;
      if (in_lede != NULL)
        {
          if (lede_kept == NULL || lede + (in_lede - flat_lede) < lede_kept)
            lede_kept = lede + (in_lede - flat_lede);
          continue;
        }
      if (para[0] == '\0' || g_str_equal (plain, headline))
        continue;
      for (guint r = 0; raw[r] != NULL; r++)
        {
          if (g_str_has_suffix (raw[r], plain))
            {
              kept = raw[r] + strlen (raw[r]) - strlen (plain);
              break;
            }
        }
      g_string_append_printf (body, "%s%s", body->len > 0 ? "\n\n" : "", kept);
    }

  return lede_kept;
}

/**
 * _byline_import_markdown_document:
 * @text: valid UTF-8, for which _byline_import_is_markdown_document() holds
 *
 * Reads a story written in Markdown (see the top of this file).
 *
 * Returns: (transfer full): a new, unsaved article, or %NULL with @error set
 */
BylineArticle *
_byline_import_markdown_document (const char  *text,
                                  GTimeZone   *default_zone,
                                  GError     **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autofree char *excerpt = NULL;
  guint skipped = 0;
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *lede = NULL;
  const char *lede_kept;
  Range lede_range = { 0, 0 };
  gboolean have_paragraph = FALSE;
  guint n, first = 0, read = 0, rest, end;

  lines = _byline_import_split_text_lines (text);
  n = g_strv_length (lines);
  while (first < n && lines[first][strspn (lines[first], " \t")] == '\0')
    first++;
  g_return_val_if_fail (first < n, NULL);
  headline = heading_text (lines[first]);

  /* The blocks under the headline, between blank lines */
  for (guint i = first + 1; i < n;)
    {
      Range range;

      while (i < n && lines[i][strspn (lines[i], " \t")] == '\0')
        i++;
      if (i >= n)
        break;
      range.start = i;
      while (i < n && lines[i][strspn (lines[i], " \t")] != '\0')
        i++;
      range.end = i;
      g_array_append_val (blocks, range);
    }

  /* The header's blocks: short, no Markdown of their own but italics,
   * and no sentence after the first (the deck); then the first paragraph,
   * if the body opens with one */
  g_string_append_printf (header, "%s\n\n", headline);
  for (read = 0; read < blocks->len && read <= MAX_HEADER_BLOCKS + held->len + skipped; read++)
    {
      Range *range = &g_array_index (blocks, Range, read);
      g_autofree char *block = range_text (lines, range);
      g_autofree char *italic = range->end - range->start == 1 ? italic_line (block) : NULL;
      g_autofree char *linked = plain_links (block);
      gboolean short_block = range->end - range->start <= 2 && _byline_import_count_words (block) <= 40 &&
                             (read == 0 || !_byline_import_ends_with_punctuation (linked));
      g_autofree char *unbolded = NULL;

      /* (a page saved with its excerpt over it, "> ## Excerpt" / "> …",
       * and a rule under it: the excerpt the article's) */
      if (excerpt == NULL && (excerpt = excerpt_quote (lines, range)) != NULL)
        {
          skipped++;
          continue;
        }
      if (is_thematic_break (lines, range))
        {
          skipped++;
          continue;
        }
      /* (a page's picture over the lede, and its caption under it: the
       * body's start, the header read past them) */
      if (is_picture (lines, range) && read + 1 < blocks->len)
        {
          Range *next = &g_array_index (blocks, Range, read + 1);
          g_autofree char *under = range_text (lines, next);
          g_autofree char *caption = next->end - next->start == 1 ? italic_line (under) : NULL;

          g_array_append_val (held, *range);
          if (next->end - next->start == 1 && (caption != NULL || _byline_import_is_photo_credit (under)))
            {
              g_array_append_val (held, *next);
              read++;
            }
          continue;
        }
      if (italic == NULL && is_structure (lines[range->start]))
        break;
      unbolded = unbold_dateline (block);
      /* (a byline's or a date's link, "By [Helen Cho](…)", as its words:
       * a header line, no sentence; the lede's links stay) */
      g_string_append_printf (header, "%s\n\n",
                              italic != NULL ? italic :
                              short_block && !_byline_import_ends_with_punctuation (linked) ? linked : unbolded);
      g_ptr_array_add (raw, g_steal_pointer (&block));
      if (!short_block || read == MAX_HEADER_BLOCKS + held->len + skipped)
        {
          have_paragraph = !short_block;
          read++;
          break;
        }
    }
  g_ptr_array_add (raw, NULL);
  /* A body that opens with a subheading ("By Mark Lee" / "## What the
   * deal says"): the header is read over the first paragraph under it,
   * which stays where it is (without one, the header is no story's and
   * would be read as body text) */
  for (guint i = read; !have_paragraph && i < blocks->len; i++)
    {
      Range *range = &g_array_index (blocks, Range, i);

      if (!is_structure (lines[range->start]))
        {
          g_autofree char *unbolded = NULL;

          lede = range_text (lines, range);
          lede_range = *range;
          unbolded = unbold_dateline (lede);
          g_string_append_printf (header, "%s\n\n", unbolded);
          break;
        }
    }

  article = byline_import_wire_copy (header->str, -1, default_zone, error);
  if (article == NULL)
    return NULL;
  byline_article_set_headline (article, headline);
  if (excerpt != NULL && byline_article_get_excerpt (article)[0] == '\0')
    byline_article_set_excerpt (article, excerpt);

  for (guint i = 0; i < held->len; i++)
    {
      g_autofree char *block = range_text (lines, &g_array_index (held, Range, i));

      g_string_append_printf (body, "%s%s", body->len > 0 ? "\n\n" : "", block);
    }
  lede_kept = append_read_body (body, byline_article_get_body (article), (const char * const *) raw->pdata,
                                headline, lede);
  rest = read < blocks->len ? g_array_index (blocks, Range, read).start : n;
  end = story_end (lines, rest, n);
  {
    g_autoptr(GString) tail = g_string_new (NULL);

    /* The rest as it was written, but for the lede's dateline */
    for (guint i = rest; i < end; i++)
      {
        if (lede_kept != NULL && i >= lede_range.start && i < lede_range.end)
          {
            if (i == lede_range.start)
              g_string_append_printf (tail, "%s\n", lede_kept);
            continue;
          }
        /* (a page's line between paragraphs, "Advertisement", "Read
         * more", as wire copy's; a sum with the story under it is the
         * story's) */
        if ((i == 0 || lines[i - 1][0] == '\0') && (i + 1 >= end || lines[i + 1][0] == '\0') &&
            *skip_indent (lines[i]) != '#' && lines[i][0] != '\0')
          {
            g_autofree char *plain = foot_line_text (lines[i]);

            if (_byline_import_is_boilerplate (plain) && !_byline_import_is_captcha (plain))
              {
                i++;   /* (and the blank line under it) */
                continue;
              }
          }
        /* (a paragraph that is a short line in bold, "**Affordable
         * housing**", is a subheading as a page writes it) */
        if ((i == 0 || lines[i - 1][0] == '\0') && (i + 1 >= end || lines[i + 1][0] == '\0') && is_bold_head (lines[i]))
          {
            g_autofree char *head = foot_line_text (lines[i]);

            g_string_append_printf (tail, "## %s\n", head);
            continue;
          }
        g_string_append_printf (tail, "%s\n", lines[i]);
      }
    while (tail->len > 0 && g_ascii_isspace (tail->str[tail->len - 1]))
      g_string_truncate (tail, tail->len - 1);
    if (tail->len > 0)
      g_string_append_printf (body, "%s%s", body->len > 0 ? "\n\n" : "", tail->str);
  }
  if (body->len > 0)
    g_string_append_c (body, '\n');
  byline_article_set_body (article, body->str);

  return g_steal_pointer (&article);
}
