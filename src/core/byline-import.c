/* byline-import.c: wire copy (a story copied from a web page) into an article
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shape read here (README.md, "Importing wire copy"):
 *
 *   [byline]            "By Name", "By A and B", "نویسنده: …", "Автор: …",
 *                       "Name, Job title", or a short name line before
 *                       the headline (byline-import-names.c)
 *   headline
 *   [date line]         see byline-import-date.c; "Last modified …" and
 *                       "Updated 3 hours ago" only stand in for none
 *   [caption / Photo: …] a picture's caption and credit: an italic
 *                       paragraph, never the lede
 *   PLACE – lede …      the dateline place goes into the article's
 *                       dateline and is removed from the paragraph
 *                       (byline-import-dateline.c: "LONDON, March 3
 *                       (Reuters) -" gives a date and an agency too)
 *   paragraphs …        separated by blank lines
 *   - item / 1. item    two or more in a row: a Markdown list
 *                       (byline-import-lists.c)
 *   Subheading          a short line without final punctuation between
 *                       paragraphs becomes "## Subheading" (not a
 *                       sign-off such as "Editing by …")
 *   boilerplate         "Leave a Comment", "What is 3 + 4?", "Read more:
 *                       …" is dropped (byline-import-lines.c)
 *
 * A deck (a sentence-like line right under the headline) is the
 * standfirst; without one, the lede (first body paragraph) is COPIED into
 * the standfirst: the body still reads complete. Text is escaped as Markdown, so it reads back
 * exactly. What is not recognised stays in the body: nothing is lost.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "byline-calendar.h"
#include "byline-enums.h"
#include "byline-import.h"
#include "byline-import-private.h"
#include "byline-markdown.h"
#include "byline-text-private.h"

G_DEFINE_QUARK (byline-import-error-quark, byline_import_error)

#define MAX_HEADER_LINES 6

static gboolean
starts_with_quote (const char *line)
{
  return g_str_has_prefix (line, "\"") || g_str_has_prefix (line, "“") ||
         g_str_has_prefix (line, "«") || g_str_has_prefix (line, "„") ||
         g_str_has_prefix (line, "'") || g_str_has_prefix (line, "‘");
}

/* A short line without final punctuation: a headline, name or subheading */
static gboolean
is_short_line (const char *line,
               guint       max_words)
{
  return _byline_import_count_words (line) <= max_words && strlen (line) <= 160 &&
         !_byline_import_ends_with_punctuation (line) && !starts_with_quote (line) &&
         _byline_import_has_letter (line);
}

/* A headline may ask or exclaim, or open with a quote, but is no sentence */
static gboolean
is_headline_like (const char *line)
{
  return _byline_import_count_words (line) <= 25 && strlen (line) <= 240 && _byline_import_has_letter (line) &&
         !g_str_has_suffix (line, ".") && !g_str_has_suffix (line, ",") &&
         !g_str_has_suffix (line, ";") && !g_str_has_suffix (line, ":") &&
         !g_str_has_suffix (line, "،") && !g_str_has_suffix (line, "؛");
}

/**
 * byline_import_detect_language:
 *
 * Guesses the language from the script: Arabic script with Persian letters
 * (پ چ ژ گ ک ی, Persian digits) → `fa`, other Arabic script → `ar`,
 * Hebrew → `he`, Cyrillic → `ru`, anything else → `en`.
 *
 * Returns: a language tag
 */
const char *
byline_import_detect_language (const char *text)
{
  guint latin = 0, arabic = 0, persian = 0, arabic_only = 0, cyrillic = 0, hebrew = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return "en";

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        {
          if (g_ascii_isalpha (c))
            latin++;
        }
      else if (c >= 0x0600 && c <= 0x06FF)
        {
          arabic++;
          if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 ||
              c == 0x06CC || (c >= 0x06F0 && c <= 0x06F9))
            persian++;
          else if (c == 0x064A || c == 0x0643 || c == 0x0629 || (c >= 0x0660 && c <= 0x0669))
            arabic_only++;
        }
      else if (c >= 0x0400 && c <= 0x04FF)
        cyrillic++;
      else if (c >= 0x0590 && c <= 0x05FF)
        hebrew++;
      else if (g_unichar_isalpha (c))
        latin++;
    }

  if (arabic > latin && arabic >= cyrillic && arabic >= hebrew)
    return persian >= arabic_only ? "fa" : "ar";
  if (cyrillic > latin && cyrillic >= hebrew)
    return "ru";
  if (hebrew > latin)
    return "he";
  return "en";
}

/* Lines, trimmed, with blank lines as NULL-free empty strings */
static GPtrArray *
split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p;
      char *line;

      while (*end != '\0' && *end != '\n' && *end != '\r')
        end++;
      line = g_strndup (p, end - p);

      /* Trim white space (any Unicode space, no-break ones too) and
       * invisible characters (zero-width space, word joiner, stray BOMs),
       * in one pass from each end (linear, whatever the line holds) */
      {
        gsize len = strlen (line);
        gsize start = 0;

        while (start < len && _byline_import_is_edge_space (g_utf8_get_char (line + start)))
          start = g_utf8_next_char (line + start) - line;
        while (len > start)
          {
            const char *last = g_utf8_find_prev_char (line + start, line + len);

            if (last == NULL || !_byline_import_is_edge_space (g_utf8_get_char (last)))
              break;
            len = last - line;
          }
        memmove (line, line + start, len - start);
        line[len - start] = '\0';
      }
      g_ptr_array_add (lines, line);

      if (end[0] == '\r' && end[1] == '\n')
        end++;
      p = *end != '\0' ? end + 1 : end;
    }

  return lines;
}

typedef struct
{
  GPtrArray *lines;   /* (element-type utf8) lines of one paragraph */
} Block;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_ptr_array_unref (block->lines);
  g_free (block);
}

static GPtrArray *
make_blocks (GPtrArray *lines)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);
  Block *current = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      /* (furniture is short: a long line is never read twice over) */
      g_autofree char *plain = line[0] != '\0' && strlen (line) <= 1000 ? _byline_import_plain_spaces (line) : NULL;

      if (line[0] == '\0' || (plain != NULL && _byline_import_is_boilerplate (plain)))
        {
          current = NULL;
          continue;
        }
      if (current == NULL)
        {
          current = g_new0 (Block, 1);
          current->lines = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (blocks, current);
        }
      g_ptr_array_add (current->lines, g_strdup (line));
    }

  return blocks;
}

static char *
block_text (Block *block)
{
  g_ptr_array_add (block->lines, NULL);
  {
    char *text = g_strjoinv ("\n", (char **) block->lines->pdata);

    g_ptr_array_set_size (block->lines, block->lines->len - 1);
    return text;
  }
}

typedef struct
{
  char      **bylines;
  char       *headline;
  GDateTime  *date;
  char       *time_zone;
  char       *deck;              /* a line under the headline: the standfirst */
  guint       consumed_blocks;   /* whole blocks read as the header */
  GPtrArray  *extra;             /* header lines that are neither: body */
} Header;

static void
header_clear (Header *h)
{
  g_strfreev (h->bylines);
  g_free (h->headline);
  g_free (h->deck);
  g_clear_pointer (&h->date, g_date_time_unref);
  g_free (h->time_zone);
  g_clear_pointer (&h->extra, g_ptr_array_unref);
}

/* The header as it is read, line by line */
typedef struct
{
  GPtrArray  *candidates;          /* headline-like lines (originals) */
  GPtrArray  *relative;            /* "Updated 3 hours ago" lines (originals) */
  GDateTime  *update_date;         /* from "Last modified on …", "Updated …" */
  char       *update_zone;
  gboolean    date_under_headline;
} HeaderState;

/* A date, an update's date or a relative time: lines a page may print
 * together in one block ("Tue 3 Mar 2026 06.00 GMT" / "Last modified on …") */
static gboolean
is_time_line (const char *line,
              GTimeZone  *default_zone)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;

  return _byline_import_is_relative_time (line) || byline_import_parse_date (line, default_zone, &date, &zone);
}

/* Reads one header line into @h; FALSE when it ends the header */
static gboolean
read_header_line (const char  *original,
                  GTimeZone   *default_zone,
                  gboolean     byline_or_date_next,
                  Header      *h,
                  HeaderState *st)
{
  /* Header lines are read with plain spaces ("By\u00a0Mark Lee") */
  g_autofree char *line = _byline_import_plain_spaces (original);
  guint n_candidates = st->candidates->len;
  char **names;

  /* "By …", a name that a job title or agency gives away, or an
   * agency's credit line under the headline */
  if ((names = _byline_import_parse_byline (line)) != NULL ||
      (h->bylines == NULL && (names = _byline_import_parse_signed_line (line, n_candidates > 0)) != NULL) ||
      (h->bylines == NULL && n_candidates > 0 && (names = _byline_import_parse_credit_line (line)) != NULL))
    {
      if (h->bylines == NULL)
        h->bylines = names;
      else
        g_strfreev (names);
      return TRUE;
    }
  /* "Updated 3 hours ago": kept only when the story has no date */
  if (_byline_import_is_relative_time (line))
    {
      g_ptr_array_add (st->relative, g_strdup (original));
      return TRUE;
    }
  /* "Last modified on …": the date only when there is no other */
  if (_byline_import_is_update_line (line))
    {
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;

      if (byline_import_parse_date (line, default_zone, &date, &zone))
        {
          if (st->update_date == NULL)
            {
              st->update_date = g_steal_pointer (&date);
              st->update_zone = g_steal_pointer (&zone);
            }
          return TRUE;
        }
    }
  /* After a date line under the headline, only a byline may follow
   * (a date line on top opens the header instead) */
  if (st->date_under_headline)
    return FALSE;
  if (h->date == NULL && byline_import_parse_date (line, default_zone, &h->date, &h->time_zone))
    {
      st->date_under_headline = n_candidates > 0;
      return TRUE;
    }
  if (!is_headline_like (line))
    {
      /* "U.S. to cut tariffs on steel." is the headline when a byline or
       * date line follows it */
      g_autofree char *cut = g_strdup (line);
      gsize len = strlen (cut);

      if (n_candidates > 0 || !byline_or_date_next || len < 2 || cut[len - 1] != '.' || cut[len - 2] == '.')
        return FALSE;
      cut[len - 1] = '\0';
      if (!is_headline_like (cut))
        return FALSE;
    }
  g_ptr_array_add (st->candidates, (gpointer) original);
  return TRUE;
}

/* Whether @block is one line that is a byline or a date line */
static gboolean
is_byline_or_date (Block     *block,
                   GTimeZone *default_zone)
{
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  g_auto(GStrv) names = NULL;

  if (block->lines->len != 1)
    return FALSE;
  line = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
  names = _byline_import_parse_byline (line);
  return names != NULL || byline_import_parse_date (line, default_zone, &date, &zone);
}

/* Reads byline, headline and date from the first single-line blocks (and
 * blocks of date lines) */
static void
read_header (GPtrArray *blocks,
             GTimeZone *default_zone,
             Header    *h)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(GPtrArray) relative = g_ptr_array_new_with_free_func (g_free);
  HeaderState st = { candidates, relative, NULL, NULL, FALSE };
  guint i;

  h->extra = g_ptr_array_new_with_free_func (g_free);

  for (i = 0; i < blocks->len && i < MAX_HEADER_LINES; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      gboolean go_on = TRUE;

      if (block->lines->len != 1)
        {
          for (guint j = 0; j < block->lines->len; j++)
            {
              g_autofree char *plain = _byline_import_plain_spaces (g_ptr_array_index (block->lines, j));

              if (!is_time_line (plain, default_zone))
                go_on = FALSE;
            }
        }
      for (guint j = 0; go_on && j < block->lines->len; j++)
        go_on = read_header_line (g_ptr_array_index (block->lines, j), default_zone,
                                  i + 1 < blocks->len && is_byline_or_date (g_ptr_array_index (blocks, i + 1), default_zone),
                                  h, &st);
      if (!go_on)
        break;
    }

  /* The date of publication; else the update's; relative times only when
   * there is neither */
  if (h->date == NULL && st.update_date != NULL)
    {
      h->date = g_steal_pointer (&st.update_date);
      h->time_zone = g_steal_pointer (&st.update_zone);
    }
  g_clear_pointer (&st.update_date, g_date_time_unref);
  g_free (st.update_zone);
  if (h->date == NULL)
    {
      for (guint j = 0; j < relative->len; j++)
        g_ptr_array_add (h->extra, g_strdup (g_ptr_array_index (relative, j)));
    }
  h->consumed_blocks = i;

  if (candidates->len == 0)
    return;

  /* An unlabelled name line before or after the headline is the byline */
  if (h->bylines == NULL && candidates->len >= 2)
    {
      g_autofree char *first = _byline_import_plain_spaces (g_ptr_array_index (candidates, 0));
      g_autofree char *second = _byline_import_plain_spaces (g_ptr_array_index (candidates, 1));
      g_autofree char *last = _byline_import_plain_spaces (g_ptr_array_index (candidates, candidates->len - 1));

      if (_byline_import_is_name (first) &&
          (!_byline_import_is_name (second) || candidates->len > 2))
        {
          h->bylines = g_strsplit (first, "\x1f", -1);
          g_ptr_array_remove_index (candidates, 0);
        }
      else if (_byline_import_is_name (last) && !_byline_import_is_name (first))
        {
          h->bylines = g_strsplit (last, "\x1f", -1);
          g_ptr_array_remove_index (candidates, candidates->len - 1);
        }
    }

  h->headline = g_strdup (g_ptr_array_index (candidates, 0));
  for (guint j = 1; j < candidates->len; j++)
    {
      const char *line = g_ptr_array_index (candidates, j);
      g_autofree char *plain = _byline_import_plain_spaces (line);

      /* The line right under the headline, when it reads like a sentence,
       * is the story's standfirst (a deck), not its first paragraph */
      if (j == 1 && _byline_import_count_words (plain) >= 5 && !_byline_import_is_name (plain))
        h->deck = g_strdup (line);
      else
        g_ptr_array_add (h->extra, g_strdup (line));
    }
}

/* A subheading: a short line without final punctuation that is no
 * sign-off ("Editing by …") and no sentence of figures that lost its full
 * stop ("Brent crude rose to $84.20 a barrel") */
static gboolean
is_subheading (const char *para)
{
  g_autofree char *plain = NULL;

  if (strlen (para) > 400)
    return FALSE;
  plain = _byline_import_plain_spaces (para);

  return is_short_line (plain, 12) && strlen (plain) <= 90 && !_byline_import_is_credit_line (plain) &&
         !_byline_import_has_figure (plain);
}

/* What a subheading needs after it: text that is no sign-off */
static gboolean
is_paragraph (Block *block)
{
  const char *line = g_ptr_array_index (block->lines, 0);
  g_autofree char *plain = NULL;

  if (strlen (line) > 400)
    return TRUE;
  plain = _byline_import_plain_spaces (line);
  return !_byline_import_is_credit_line (plain);
}

/* How many blocks from @i are a picture's caption and credit (0: none):
 * a paragraph of up to three lines ending in a credit ("Rescue teams wade
 * …" / "Photo: Peter Byrne/PA"), or a one-line caption and the credit in
 * the paragraph after it */
static guint
caption_blocks (GPtrArray *blocks,
                guint      i)
{
  Block *block = g_ptr_array_index (blocks, i);
  const char *last_line = g_ptr_array_index (block->lines, block->lines->len - 1);
  g_autofree char *last = strlen (last_line) <= 400 ? _byline_import_plain_spaces (last_line) : NULL;

  if (block->lines->len <= 3 && last != NULL && _byline_import_is_photo_credit (last))
    return 1;
  if (block->lines->len == 1 && i + 1 < blocks->len)
    {
      Block *next = g_ptr_array_index (blocks, i + 1);
      const char *next_line = g_ptr_array_index (next->lines, 0);
      g_autofree char *credit = NULL;

      if (next->lines->len == 1 && strlen (next_line) <= 400 &&
          _byline_import_is_photo_credit ((credit = _byline_import_plain_spaces (next_line))))
        return 2;
    }
  return 0;
}

static void
append_paragraph (GString    *body,
                  const char *prefix,
                  const char *text)
{
  g_autofree char *escaped = byline_markdown_escape (text, -1);

  if (body->len > 0)
    g_string_append (body, "\n\n");
  g_string_append (body, prefix);
  g_string_append (body, escaped);
}

/**
 * byline_import_wire_copy:
 * @text: the story as plain text (any bytes; invalid UTF-8 becomes U+FFFD)
 * @length: bytes in @text, or -1 when NUL-terminated
 * @default_zone: (nullable): the zone of a date line that implies none
 *   (the local zone if %NULL)
 * @error: set when there is no text at all
 *
 * Reads a story copied from a newspaper's web page into a new article (see
 * the top of this file and README.md for the shape it understands). The
 * slug is left empty; the language and direction come from the script.
 *
 * Returns: (transfer full): a new, unsaved article, or %NULL with @error set
 */
BylineArticle *
byline_import_wire_copy (const char  *text,
                         gssize       length,
                         GTimeZone   *default_zone,
                         GError     **error)
{
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GString) body = NULL;
  g_autofree char *standfirst = NULL;
  Header h = { 0 };
  const char *language;
  gboolean previous_was_heading = TRUE;
  gboolean lede_pending;
  guint first_body;
  guint n;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  valid = _byline_text_make_valid (text, length);
  lines = split_lines (valid);
  blocks = make_blocks (lines);
  if (blocks->len == 0)
    {
      g_set_error_literal (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_EMPTY,
                           _("There is no text to import"));
      return NULL;
    }

  article = byline_article_new ();
  read_header (blocks, default_zone, &h);

  /* Nothing left for the body: the input was not a story we understand,
   * so all of it is body text */
  if (h.consumed_blocks >= blocks->len)
    {
      header_clear (&h);
      memset (&h, 0, sizeof h);
      h.extra = g_ptr_array_new_with_free_func (g_free);
    }

  body = g_string_new (NULL);
  for (guint i = 0; i < h.extra->len; i++)
    append_paragraph (body, "", g_ptr_array_index (h.extra, i));

  first_body = h.consumed_blocks;
  lede_pending = h.headline != NULL;
  for (guint i = first_body; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      g_autofree char *para = block_text (block);

      /* A picture's caption and credit: kept, in italics, and not the
       * lede (the dateline may be in the paragraph after it) */
      if ((n = caption_blocks (blocks, i)) > 0)
        {
          g_autoptr(GString) caption = g_string_new (NULL);
          g_autofree char *escaped = NULL;

          for (guint j = i; j < i + n; j++)
            {
              g_autofree char *line = block_text (g_ptr_array_index (blocks, j));

              g_string_append_printf (caption, "%s%s", caption->len > 0 ? "\n" : "", line);
            }
          escaped = byline_markdown_escape (caption->str, -1);
          g_string_append_printf (body, "%s*%s*", body->len > 0 ? "\n\n" : "", escaped);
          i += n - 1;
          previous_was_heading = FALSE;
          continue;
        }

      if (lede_pending)
        {
          g_autofree char *place = NULL;
          g_autofree char *rest = NULL;
          g_autoptr(GDateTime) date = NULL;
          g_autofree char *zone = NULL;
          g_autofree char *agency = NULL;

          if (_byline_import_split_dateline (para, default_zone, &place, &rest, &date, &zone, &agency))
            {
              byline_article_set_dateline (article, place);
              g_free (para);
              para = g_steal_pointer (&rest);
              /* "LONDON, March 3 (Reuters) -": the story's date and
               * writer when it names no other */
              if (h.date == NULL && date != NULL)
                {
                  h.date = g_steal_pointer (&date);
                  g_free (h.time_zone);
                  h.time_zone = g_steal_pointer (&zone);
                }
              if (h.bylines == NULL && agency != NULL)
                {
                  h.bylines = g_new0 (char *, 2);
                  h.bylines[0] = g_steal_pointer (&agency);
                }
            }
          standfirst = g_strdup (h.deck != NULL ? h.deck : para);
        }

      /* Lists: lines of one paragraph, or one-line paragraphs in a row */
      if (!lede_pending)
        {
          g_autoptr(GPtrArray) items = g_ptr_array_new ();
          guint run;

          /* (only the items: linear in the story's length) */
          for (guint j = i; j < blocks->len && ((Block *) g_ptr_array_index (blocks, j))->lines->len == 1; j++)
            {
              const char *line = g_ptr_array_index (((Block *) g_ptr_array_index (blocks, j))->lines, 0);

              if (!_byline_import_is_list_item (line))
                break;
              g_ptr_array_add (items, (gpointer) line);
            }
          if ((run = _byline_import_list_run ((const char * const *) items->pdata, items->len)) > 0)
            {
              _byline_import_append_list (body, (const char * const *) items->pdata, run);
              i += run - 1;
              previous_was_heading = FALSE;
              continue;
            }
          if (_byline_import_append_with_lists (body, (const char * const *) block->lines->pdata, block->lines->len))
            {
              previous_was_heading = FALSE;
              continue;
            }
        }

      lede_pending = FALSE;
      if (block->lines->len == 1 && !previous_was_heading && is_subheading (para) &&
          i + 1 < blocks->len && is_paragraph (g_ptr_array_index (blocks, i + 1)))
        {
          append_paragraph (body, "## ", para);
          previous_was_heading = TRUE;
        }
      else
        {
          append_paragraph (body, "", para);
          previous_was_heading = FALSE;
        }
    }
  if (body->len > 0)
    g_string_append_c (body, '\n');

  if (h.headline != NULL)
    byline_article_set_headline (article, h.headline);
  if (h.bylines != NULL)
    byline_article_set_bylines (article, (const char * const *) h.bylines);
  if (h.date != NULL)
    {
      byline_article_set_date (article, h.date);
      byline_article_set_time_zone (article, h.time_zone);
    }
  if (standfirst != NULL)
    byline_article_set_standfirst (article, standfirst);
  byline_article_set_body (article, body->str);

  language = byline_import_detect_language (valid);
  byline_article_set_language (article, language);
  byline_article_set_direction (article, byline_text_direction_for_language (language));
  byline_article_set_slug (article, "");

  header_clear (&h);
  return g_steal_pointer (&article);
}
