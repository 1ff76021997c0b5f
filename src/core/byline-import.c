/* byline-import.c: wire copy (a story copied from a web page) into an article
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shape read here (README.md, "Importing wire copy"):
 *
 *   [byline]            "By Name", "By A and B", "نویسنده: …", "Автор: …",
 *                       or a short name line before the headline
 *   headline
 *   [date line]         see byline-import-date.c
 *   PLACE – lede …      the dateline place goes into the article's
 *                       dateline and is removed from the paragraph
 *   paragraphs …        separated by blank lines
 *   Subheading          a short line without final punctuation between
 *                       paragraphs becomes "## Subheading"
 *   boilerplate         "Leave a Comment", "3 + 4 =" … is dropped
 *
 * The lede (first body paragraph) is COPIED into the standfirst: the body
 * still reads complete. Text is escaped as Markdown, so it reads back
 * exactly. What is not recognised stays in the body: nothing is lost.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "byline-calendar.h"
#include "byline-enums.h"
#include "byline-import.h"
#include "byline-markdown.h"
#include "byline-text-private.h"

G_DEFINE_QUARK (byline-import-error-quark, byline_import_error)

#define MAX_HEADER_LINES 6

/* Whole lines of web-page furniture, compared case-insensitively after
 * trimming trailing ':' and '*' */
static const char * const boilerplate[] = {
  "leave a comment", "leave a reply", "leave a comment below", "post a comment",
  "comments", "comment", "share this", "share this article", "share this story", "share",
  "related", "related posts", "related articles", "like this", "post navigation",
  "your email address will not be published", "your email address will not be published.",
  "required fields are marked", "name", "email", "website", "post comment", "submit",
  "cancel reply", "save my name, email, and website in this browser for the next time i comment.",
  "advertisement", "read more", "print", "tweet",
  "دیدگاه خود را بنویسید", "دیدگاهتان را بنویسید", "ارسال دیدگاه", "ارسال نظر", "نظرات",
  "دیدگاه", "اشتراک‌گذاری", "اشتراک گذاری", "مطالب مرتبط", "اخبار مرتبط", "نام", "ایمیل",
  "оставить комментарий", "добавить комментарий", "комментарии", "поделиться",
  "читайте также", "похожие новости", "отправить",
  NULL
};

static const char * const byline_prefixes[] = {
  "by ", "written by ", "words by ", "reporting by ", "byline: ", "author: ",
  "نویسنده:", "نویسنده :", "به قلم:", "به قلم ", "خبرنگار:", "گزارش:",
  "автор:", "автор ", "текст:",
  NULL
};

static gboolean
is_captcha (const char *line)
{
  g_autofree char *ascii = byline_calendar_digits_to_ascii (line);
  const char *p = ascii;
  gboolean seen_op = FALSE;
  guint numbers = 0;

  /* NUMBER OP NUMBER = [?] */
  while (*p != '\0')
    {
      if (g_ascii_isspace (*p))
        p++;
      else if (g_ascii_isdigit (*p))
        {
          numbers++;
          while (g_ascii_isdigit (*p))
            p++;
        }
      else if (strchr ("+-*x", *p) != NULL && numbers == 1 && !seen_op)
        {
          seen_op = TRUE;
          p++;
        }
      else if (g_str_has_prefix (p, "×"))
        {
          if (numbers != 1 || seen_op)
            return FALSE;
          seen_op = TRUE;
          p += strlen ("×");
        }
      else if (*p == '=' && numbers == 2)
        {
          p++;
          while (g_ascii_isspace (*p) || *p == '?')
            p++;
          return *p == '\0';
        }
      else
        return FALSE;
    }

  return FALSE;
}

static gboolean
is_boilerplate (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  gsize len = strlen (lower);

  while (len > 0 && strchr (":*", lower[len - 1]))
    lower[--len] = '\0';
  g_strchomp (lower);

  for (guint i = 0; boilerplate[i] != NULL; i++)
    {
      if (g_str_equal (lower, boilerplate[i]))
        return TRUE;
    }

  return is_captcha (line);
}

static guint
count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          words++;
        }
    }

  return words;
}

static gboolean
ends_with_punctuation (const char *line)
{
  static const char * const finals[] = {
    ".", "!", "?", ":", ";", ",", "…", "؟", "،", "؛", "\"", "»", "”", "’", "'", ")", NULL
  };

  for (guint i = 0; finals[i] != NULL; i++)
    {
      if (g_str_has_suffix (line, finals[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
starts_with_quote (const char *line)
{
  return g_str_has_prefix (line, "\"") || g_str_has_prefix (line, "“") ||
         g_str_has_prefix (line, "«") || g_str_has_prefix (line, "„") ||
         g_str_has_prefix (line, "'") || g_str_has_prefix (line, "‘");
}

static gboolean
has_letter (const char *line)
{
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isalpha (g_utf8_get_char (p)))
        return TRUE;
    }

  return FALSE;
}

/* A short line without final punctuation: a headline, name or subheading */
static gboolean
is_short_line (const char *line,
               guint       max_words)
{
  return count_words (line) <= max_words && strlen (line) <= 160 && !ends_with_punctuation (line) &&
         !starts_with_quote (line) && has_letter (line);
}

/* A headline may ask or exclaim, or open with a quote, but is no sentence */
static gboolean
is_headline_like (const char *line)
{
  return count_words (line) <= 25 && strlen (line) <= 240 && has_letter (line) &&
         !g_str_has_suffix (line, ".") && !g_str_has_suffix (line, ",") &&
         !g_str_has_suffix (line, ";") && !g_str_has_suffix (line, ":") &&
         !g_str_has_suffix (line, "،") && !g_str_has_suffix (line, "؛");
}

/* Names: 1–4 words, no digits, capitalised in cased scripts */
static gboolean
is_name (const char *text)
{
  g_auto(GStrv) words = NULL;
  guint n = count_words (text);

  if (n == 0 || n > 4 || ends_with_punctuation (text) || strpbrk (text, ":0123456789@/") != NULL)
    return FALSE;

  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar first;

      if (words[i][0] == '\0')
        continue;
      first = g_utf8_get_char (words[i]);
      if (g_unichar_isdigit (first) || g_unichar_ispunct (first))
        return FALSE;
      /* Particles such as "van", "de", "al-" are fine after the first word */
      if (g_unichar_islower (first) && (i == 0 || strlen (words[i]) > 3))
        return FALSE;
    }

  return TRUE;
}

static char **
split_names (const char *text)
{
  static const char * const separators[] = { " and ", " & ", ", ", " و ", "، ", " и ", NULL };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *work = g_strdup (text);

  for (guint i = 0; separators[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (work, separators[i], -1);

      g_free (work);
      work = g_strjoinv ("\x1f", parts);
    }

  {
    g_auto(GStrv) names = g_strsplit (work, "\x1f", -1);

    for (guint i = 0; names[i] != NULL; i++)
      {
        g_strstrip (names[i]);
        if (names[i][0] != '\0')
          g_strv_builder_add (builder, names[i]);
      }
  }

  return g_strv_builder_end (builder);
}

/* "By Lena Okafor", "By A and B", "نویسنده: مریم احمدی" → names */
static char **
parse_byline (const char *line)
{
  g_autofree char *lower = g_utf8_strdown (line, -1);
  g_auto(GStrv) names = NULL;

  if (strlen (line) > 160 || ends_with_punctuation (line))
    return NULL;

  for (guint i = 0; byline_prefixes[i] != NULL; i++)
    {
      gsize plen = strlen (byline_prefixes[i]);

      /* Case folding keeps the length of these prefixes' letters */
      if (strncmp (lower, byline_prefixes[i], plen) == 0 && strlen (lower) == strlen (line))
        {
          names = split_names (line + plen);
          break;
        }
    }

  if (names == NULL || names[0] == NULL)
    return NULL;
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!is_name (names[i]))
        return NULL;
    }

  return g_steal_pointer (&names);
}

/* "PORTVALE – The municipal …" → place "PORTVALE", rest "The municipal …" */
static gboolean
split_dateline (const char  *line,
                char       **place,
                char       **rest)
{
  static const char * const dashes[] = { " – ", " — ", " - ", "—", "–", NULL };
  const char *best = NULL;
  gsize best_len = 0;
  g_autofree char *prefix = NULL;
  char *cut;

  for (guint i = 0; dashes[i] != NULL; i++)
    {
      const char *hit = strstr (line, dashes[i]);

      if (hit != NULL && hit - line <= 60 && (best == NULL || hit < best))
        {
          best = hit;
          best_len = strlen (dashes[i]);
        }
    }
  if (best == NULL || best == line)
    return FALSE;

  prefix = g_strstrip (g_strndup (line, best - line));
  if ((cut = strpbrk (prefix, ",(")) != NULL)
    *cut = '\0';
  g_strstrip (prefix);
  if (prefix[0] == '\0' || count_words (prefix) > 4 || strpbrk (prefix, ".!?:;\"«“0123456789") != NULL)
    return FALSE;

  /* In cased scripts a place is capitalised */
  for (const char *p = prefix; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (p == prefix || p[-1] == ' ')
        {
          if (g_unichar_islower (g_utf8_get_char (p)))
            return FALSE;
        }
    }

  *rest = g_strstrip (g_strdup (best + best_len));
  if ((*rest)[0] == '\0')
    {
      g_clear_pointer (rest, g_free);
      return FALSE;
    }
  *place = g_steal_pointer (&prefix);
  return TRUE;
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

      /* Trim ASCII white space, no-break spaces and stray BOMs, in one
       * pass from each end (linear, whatever the line holds) */
      {
        gsize len = strlen (line);
        gsize start = 0;

        for (;;)
          {
            if (start < len && g_ascii_isspace (line[start]))
              start++;
            else if (len - start >= 2 && memcmp (line + start, "\302\240", 2) == 0)
              start += 2;
            else if (len - start >= 3 && memcmp (line + start, "\357\273\277", 3) == 0)
              start += 3;
            else
              break;
          }
        for (;;)
          {
            if (len > start && g_ascii_isspace (line[len - 1]))
              len--;
            else if (len - start >= 2 && memcmp (line + len - 2, "\302\240", 2) == 0)
              len -= 2;
            else
              break;
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

      if (line[0] == '\0' || is_boilerplate (line))
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
  guint       consumed_blocks;   /* whole blocks read as the header */
  GPtrArray  *extra;             /* header lines that are neither: body */
} Header;

static void
header_clear (Header *h)
{
  g_strfreev (h->bylines);
  g_free (h->headline);
  g_clear_pointer (&h->date, g_date_time_unref);
  g_free (h->time_zone);
  g_clear_pointer (&h->extra, g_ptr_array_unref);
}

/* Reads byline, headline and date from the first single-line blocks */
static void
read_header (GPtrArray *blocks,
             GTimeZone *default_zone,
             Header    *h)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  guint i;

  h->extra = g_ptr_array_new_with_free_func (g_free);

  for (i = 0; i < blocks->len && i < MAX_HEADER_LINES; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      const char *line = g_ptr_array_index (block->lines, 0);
      char **names;

      if (block->lines->len != 1)
        break;

      if ((names = parse_byline (line)) != NULL)
        {
          if (h->bylines == NULL)
            h->bylines = names;
          else
            g_strfreev (names);
          continue;
        }
      if (h->date != NULL && candidates->len > 0)
        break;   /* after the date line, only a byline may follow */
      if (h->date == NULL && byline_import_parse_date (line, default_zone, &h->date, &h->time_zone))
        continue;
      if (!is_headline_like (line))
        break;
      g_ptr_array_add (candidates, (gpointer) line);
    }
  h->consumed_blocks = i;

  if (candidates->len == 0)
    return;

  /* An unlabelled name line before or after the headline is the byline */
  if (h->bylines == NULL && candidates->len >= 2)
    {
      const char *first = g_ptr_array_index (candidates, 0);
      const char *last = g_ptr_array_index (candidates, candidates->len - 1);

      if (is_name (first) && (!is_name (g_ptr_array_index (candidates, 1)) || candidates->len > 2))
        {
          h->bylines = g_strsplit (first, "\x1f", -1);
          g_ptr_array_remove_index (candidates, 0);
        }
      else if (is_name (last) && !is_name (first))
        {
          h->bylines = g_strsplit (last, "\x1f", -1);
          g_ptr_array_remove_index (candidates, candidates->len - 1);
        }
    }

  h->headline = g_strdup (g_ptr_array_index (candidates, 0));
  for (guint j = 1; j < candidates->len; j++)
    g_ptr_array_add (h->extra, g_strdup (g_ptr_array_index (candidates, j)));
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
  guint first_body;

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
  for (guint i = first_body; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      g_autofree char *para = block_text (block);

      if (i == first_body && h.headline != NULL)
        {
          g_autofree char *place = NULL;
          g_autofree char *rest = NULL;

          if (split_dateline (para, &place, &rest))
            {
              byline_article_set_dateline (article, place);
              g_free (para);
              para = g_steal_pointer (&rest);
            }
          standfirst = g_strdup (para);
        }

      if (block->lines->len == 1 && !previous_was_heading && i + 1 < blocks->len &&
          is_short_line (para, 12) && strlen (para) <= 90)
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
