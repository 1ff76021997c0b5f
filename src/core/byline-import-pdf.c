/* byline-import-pdf.c: a story copied out of a PDF
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text copied out of a PDF has the page's furniture in it wherever a
 * page ended: the page's number ("Page 2 of 4", "صفحه ۱ از ۲"), often
 * on a line with the document's running title, and the running header
 * or footer (the organisation's name and the date) once a page. None of
 * it is the story, and it falls mid-paragraph, so its lines leave
 * outright (not even a paragraph break stays where they were).
 *
 * A typeset PDF also breaks words across lines with a hyphen
 * ("infra-" / "structure"): those join again. A word that has a hyphen
 * of its own ("well-" / "maintained") keeps it: the join is made only
 * when the joined word is in the text elsewhere, or when the part
 * before the break is no word that compounds with a hyphen ("well",
 * "self", "non"…) and the hyphened pair is not in the text elsewhere.
 * A newspaper's narrow column, copied out of its e-paper (most lines
 * short, words broken at their ends), or a wider one set justified (its
 * lines of one width), has each paragraph's lines joined.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* The word before "of" in a page's number ("Page 2 of 4"), in lower
 * case, with the word for "of" */
static const struct {
  const char *page;
  const char *of;
} page_words[] = {
  { "page", "of" }, { "seite", "von" }, { "página", "de" }, { "pagina", "di" }, { "страница", "из" },
  { "стр.", "из" }, { "sayfa", "/" }, { "صفحه", "از" }, { "صفحة", "من" }, { "page", "sur" },
};

static gboolean
is_number (const char *word)
{
  gboolean digits = FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isdigit (g_utf8_get_char (p)))
        return FALSE;
      digits = TRUE;
    }
  return digits;
}

/* "Page 2 of 4", "page 1/2", "Seite 3 von 5", "صفحه ۱ از ۲" at the end
 * of @lower (after the running title, or alone) */
static gboolean
ends_with_page_number (const char *lower)
{
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0')
        words[n++] = words[i];
      else
        g_free (words[i]);
    }
  words[n] = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (page_words); i++)
    {
      const char *slash;

      /* "Page 2 of 4" */
      if (n >= 4 && g_str_equal (words[n - 4], page_words[i].page) && is_number (words[n - 3]) &&
          g_str_equal (words[n - 2], page_words[i].of) && is_number (words[n - 1]))
        return TRUE;
      /* "page 1/2" */
      if (n >= 2 && g_str_equal (words[n - 2], page_words[i].page) && (slash = strchr (words[n - 1], '/')) != NULL)
        {
          g_autofree char *first = g_strndup (words[n - 1], slash - words[n - 1]);

          if (is_number (first) && is_number (slash + 1))
            return TRUE;
        }
    }
  return FALSE;
}

/* A line of a page's furniture that names the page: its number alone,
 * or after the running title (twelve words at most) */
static gboolean
is_page_line (const char *line)
{
  g_autofree char *lower = NULL;

  if (strlen (line) > 200 || _byline_import_count_words (line) > 16)
    return FALSE;
  lower = _byline_import_lower (line);
  return ends_with_page_number (lower);
}

/* "Greenway Housing Association | Annual report 2026 | 3": a running
 * footer with the page's number after its last separator; the title,
 * or NULL */
static char *
running_title (const char *line)
{
  static const char * const separators[] = { " | ", " – ", " — ", " · ", NULL };

  if (strlen (line) > 200 || _byline_import_ends_with_punctuation (line))
    return NULL;
  for (guint i = 0; separators[i] != NULL; i++)
    {
      const char *last = g_strrstr (line, separators[i]);

      if (last != NULL && last != line && is_number (last + strlen (separators[i])))
        return g_strndup (line, last - line);
    }
  return NULL;
}

static guint
count_equal (GPtrArray  *lines,
             const char *line)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    n += g_str_equal (g_ptr_array_index (lines, i), line);
  return n;
}

/* Words that make a compound with a hyphen: the part before a hyphen
 * at a line's end that keeps its hyphen unless the joined word is in
 * the text */
static const char * const compounding[] = {
  "well", "self", "non", "co", "ex", "anti", "pre", "post", "re", "pro", "semi", "multi", "cross", "half",
  "long", "short", "high", "low", "all", "part", "full", "first", "second", "third", "so", "much",
  "ill", "far", "near", "mid", "vice", "quasi", "neo", "pseudo", NULL
};

/* The letters at the end of @line before its hyphen ("infra" of "…
 * wider infra-"), or NULL */
static const char *
broken_word (const char *line)
{
  gsize len = strlen (line);
  const char *start;

  if (len < 3 || line[len - 1] != '-' || line[len - 2] == '-' || line[len - 2] == ' ')
    return NULL;
  start = line + len - 1;
  while (start > line)
    {
      const char *prev = g_utf8_prev_char (start);

      if (!g_unichar_isalpha (g_utf8_get_char (prev)))
        break;
      start = prev;
    }
  /* (a word, not "-" alone, nor "e-" of "e-mail" at a line's start) */
  return start < line + len - 1 ? start : NULL;
}

/* Whether @word, as a word, is in @text */
static gboolean
has_word (const char *text,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean before = p == text || !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p)));
      gboolean after = !g_unichar_isalpha (g_utf8_get_char (p + len));

      if (before && after)
        return TRUE;
    }
  return FALSE;
}

/* @line with the first word of @next (up to @word_end) after it, the
 * line's hyphen dropped if @join */
static char *
line_with_word (const char *line,
                      gboolean    join,
                      const char *next,
                      const char *word_end)
{
  gsize len = strlen (line) - (join ? 1 : 0);
  GString *out = g_string_new_len (line, len);

  g_string_append_len (out, next, word_end - next);
  return g_string_free (out, FALSE);
}

static void
join_broken_words (GPtrArray  *lines,
                   const char *lower_text)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      char *next = g_ptr_array_index (lines, i + 1);
      const char *start = broken_word (line);
      const char *rest_end;
      g_autofree char *head = NULL;
      g_autofree char *tail = NULL;
      g_autofree char *joined = NULL;
      g_autofree char *hyphened = NULL;
      g_autofree char *new_line = NULL;
      gboolean join;

      if (start == NULL || !g_unichar_islower (g_utf8_get_char (next)))
        continue;
      rest_end = next;
      while (*rest_end != '\0' && g_unichar_isalpha (g_utf8_get_char (rest_end)))
        rest_end = g_utf8_next_char (rest_end);
      head = g_utf8_strdown (start, line + strlen (line) - 1 - start);
      tail = g_utf8_strdown (next, rest_end - next);
      joined = g_strconcat (head, tail, NULL);
      hyphened = g_strconcat (head, "-", tail, NULL);
      join = has_word (lower_text, joined) ||
             (!g_strv_contains (compounding, head) && !has_word (lower_text, hyphened));
      /* (a word broken so is mid-sentence: the two lines are one) */
      new_line = line_with_word (line, join, next, next + strlen (next));
      g_ptr_array_index (lines, i) = g_steal_pointer (&new_line);
      g_free (line);
      g_ptr_array_remove_index (lines, i + 1);
      i--;
    }
}

/* Whether the lines of @lines that have another under them in their
 * paragraph (not a paragraph's last) are of one width, as a justified
 * column's are: nine in ten within a fifth of the longest, which is no
 * more than 80 characters. Copy of one paragraph a line without blank
 * lines between has lines of every length. */
static gboolean
is_justified (GPtrArray *lines)
{
  guint longest = 0, inner = 0, even = 0;

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i + 1 < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);
          guint n;

          if (line[0] == '\0' || ((const char *) g_ptr_array_index (lines, i + 1))[0] == '\0')
            continue;
          n = g_utf8_strlen (line, -1);
          if (pass == 0)
            longest = MAX (longest, n);
          else
            {
              inner++;
              even += n * 5 >= longest * 4;
            }
        }
    }
  return longest <= 80 && inner >= 8 && even * 10 >= inner * 9;
}

/* Whether @lines are a newspaper's narrow column, copied out of its
 * e-paper: a word broken with a hyphen at a line's end, most lines
 * short (no more than 60 characters: a page's column, not a mail's 72)
 * and most in runs of lines; or, set wider, words broken at two lines'
 * ends or more and the lines justified (a mail program breaks no word
 * and wraps at a fixed count of characters, which byline-import-wrap.c
 * joins) */
static gboolean
is_narrow_column (GPtrArray *lines)
{
  guint filled = 0, narrow = 0, run = 0, broken = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] == '\0')
        continue;
      filled++;
      narrow += g_utf8_strlen (line, -1) <= 60;
      /* (in a run: a line over or under it too) */
      run += (i + 1 < lines->len && ((const char *) g_ptr_array_index (lines, i + 1))[0] != '\0') ||
             (i > 0 && ((const char *) g_ptr_array_index (lines, i - 1))[0] != '\0');
      broken += broken_word (line) != NULL;
    }
  if (broken == 0 || filled < 12 || run * 2 < filled)
    return FALSE;
  return narrow * 10 >= filled * 8 || (broken >= 2 && is_justified (lines));
}

/* A narrow column's lines, each paragraph's (the lines between blank
 * ones) joined into one line */
static void
join_column_lines (GPtrArray *lines)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      const char *next = g_ptr_array_index (lines, i + 1);

      if (line[0] == '\0' || next[0] == '\0' || _byline_import_is_list_item (next))
        continue;
      g_ptr_array_index (lines, i) = g_strconcat (line, " ", next, NULL);
      g_free (line);
      g_ptr_array_remove_index (lines, i + 1);
      i--;
    }
}

/* A character of a script written without spaces between words: Han,
 * kana, and the full-width punctuation among them (not Hangul: Korean
 * puts spaces between its words) */
static gboolean
is_unspaced (gunichar c)
{
  return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xFF01 && c <= 0xFF5E);
}

/* Whether @lines are a Chinese or Japanese page's column copied out of
 * its e-paper: most filled lines of such a script, and the lines that
 * run on to another most of them as long as the longest (the column's
 * width, 15 characters at least), in the middle of a sentence */
static gboolean
is_unspaced_column (GPtrArray *lines)
{
  guint filled = 0, unspaced = 0, run = 0, full = 0, open = 0;
  glong width = 0;

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);
          gboolean more = i + 1 < lines->len && ((const char *) g_ptr_array_index (lines, i + 1))[0] != '\0';
          glong length = g_utf8_strlen (line, -1);
          gunichar last;

          if (line[0] == '\0')
            continue;
          last = g_utf8_get_char (g_utf8_prev_char (line + strlen (line)));
          if (pass == 0)
            {
              filled++;
              unspaced += is_unspaced (g_utf8_get_char (line)) && is_unspaced (last);
              width = more ? MAX (width, length) : width;
              continue;
            }
          if (!more)
            continue;
          run++;
          full += length + 3 >= width;
          open += is_unspaced (last) && last != 0x3002 && last != 0xFF01 && last != 0xFF1F;
        }
    }
  return filled >= 8 && unspaced * 10 >= filled * 7 && width >= 15 && full >= 3 && full * 10 >= run * 6 &&
         open * 2 > run;
}

/* An unspaced column's paragraphs, each one's lines joined with no space
 * where a character of such a script is on either side ("…低床車両" /
 * "10両を導入へ") */
static void
join_unspaced_lines (GPtrArray *lines)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      const char *next = g_ptr_array_index (lines, i + 1);
      gboolean tight;

      if (line[0] == '\0' || next[0] == '\0' || _byline_import_is_list_item (next))
        continue;
      tight = is_unspaced (g_utf8_get_char (g_utf8_prev_char (line + strlen (line)))) ||
              is_unspaced (g_utf8_get_char (next));
      g_ptr_array_index (lines, i) = g_strconcat (line, tight ? "" : " ", next, NULL);
      g_free (line);
      g_ptr_array_remove_index (lines, i + 1);
      i--;
    }
}

/* "4 THE EASTBRIDGE GAZETTE Saturday, November 28, 2026", "THE DAILY
 * POST Monday 3 March 2026 17": a newspaper page's head, its number at
 * one end, the paper's name in capitals and the date; the date, or NULL */
static char *
page_head_date (const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  guint n = g_strv_length (words);
  guint from = 0, to = n;

  if (n < 4 || strlen (line) > 120)
    return NULL;
  if (is_number (words[0]) && strlen (words[0]) <= 3)
    from = 1;
  else if (is_number (words[n - 1]) && strlen (words[n - 1]) <= 3)
    to = n - 1;
  else
    return NULL;
  /* (the name, two words in capitals at least, then the date) */
  for (guint k = from + 2; k < to; k++)
    {
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;
      g_autoptr(GString) name = g_string_new (NULL);
      g_autoptr(GString) rest = g_string_new (NULL);

      for (guint w = from; w < to; w++)
        {
          GString *part = w < k ? name : rest;

          g_string_append_printf (part, "%s%s", part->len > 0 ? " " : "", words[w]);
        }
      if (!_byline_import_is_shouted (name->str))
        return NULL;
      if (byline_import_parse_date (rest->str, utc, &date, &zone))
        return g_string_free (g_steal_pointer (&rest), FALSE);
    }
  return NULL;
}

/* "Turn to page 6", "Continued on Page 4", "Barrier from page 4",
 * "Dokończenie na str. 6", "下转第6版": the paper's jump to another page
 * (a few words, the page's number last) */
static gboolean
is_jump_line (const char *line)
{
  static const char * const jumps[] = {
    "turn to page ", "continued on page ", "continued from page ", "continues on page ", "see page ",
    "more on page ", "from page ", "fortsetzung auf seite ", "fortsetzung von seite ", "weiter auf seite ",
    "suite page ", "suite en page ", "suite de la page ", "continúa en la página ", "continúa en página ",
    "viene de la página ", "segue a pagina ", "segue a pag. ", "continua a pagina ", "continua a pag. ",
    "continua na página ", "continuação da página ", "lees verder op pagina ", "vervolg op pagina ",
    "vervolg van pagina ", "dokończenie na str. ", "dokończenie ze str. ", "ciąg dalszy na str. ", "ze str. ",
    "devamı sayfa ", "продолжение на стр. ", "συνέχεια στη σελ. ", "συνέχεια στη σελίδα ", "下转第", "上接第",
    "转第", "接第", NULL
  };
  static const char * const after_page[] = {
    "面に続く", "面へ続く", "面から続く", "面から", "면에 계속", "면에서 계속", NULL
  };
  g_autofree char *lower = NULL;

  if (strlen (line) > 80 || _byline_import_count_words (line) > 6)
    return FALSE;
  lower = _byline_import_lower (line);
  /* ("（下转第6版）") */
  if (g_str_has_prefix (lower, "（") && g_str_has_suffix (lower, "）"))
    {
      lower[strlen (lower) - strlen ("）")] = '\0';
      memmove (lower, lower + strlen ("（"), strlen (lower + strlen ("（")) + 1);
    }
  if (g_str_has_suffix (lower, "版"))
    lower[strlen (lower) - strlen ("版")] = '\0';
  for (guint i = 0; jumps[i] != NULL; i++)
    {
      const char *at = strstr (lower, jumps[i]);

      if (at != NULL && is_number (at + strlen (jumps[i])))
        return TRUE;
    }
  /* ("6面に続く", "4面から続く", "6면에 계속": the page first) */
  for (guint i = 0; after_page[i] != NULL; i++)
    {
      if (g_str_has_suffix (lower, after_page[i]) && strlen (lower) > strlen (after_page[i]))
        {
          g_autofree char *page = g_strndup (lower, strlen (lower) - strlen (after_page[i]));

          if (is_number (page))
            return TRUE;
        }
    }
  return FALSE;
}

/* "Page 4", "4", "Strona 4", "S. 4", "第4版": a page's number, alone or
 * after its word */
static gboolean
is_page_number (const char *part)
{
  static const char * const words[] = {
    "page ", "p. ", "seite ", "s. ", "página ", "pág. ", "pagina ", "pag. ", "strona ", "str. ", "sayfa ",
    "страница ", "стр. ", "σελίδα ", "σελ. ", "halaman ", "ukurasa ", NULL
  };
  g_autofree char *lower = _byline_import_lower (part);

  if (is_number (lower))
    return TRUE;
  if (g_str_has_prefix (lower, "第") && g_str_has_suffix (lower, "版") && strlen (lower) > strlen ("第版"))
    {
      lower[strlen (lower) - strlen ("版")] = '\0';
      return is_number (lower + strlen ("第"));
    }
  /* ("4面", Japanese; "4면", Korean) */
  if (g_str_has_suffix (lower, "面") || g_str_has_suffix (lower, "면"))
    {
      lower[strlen (lower) - strlen ("面")] = '\0';
      return is_number (lower);
    }
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_has_prefix (lower, words[i]) && is_number (lower + strlen (words[i])))
        return TRUE;
    }
  return FALSE;
}

/* "Page 4 | The Coastal Herald | Tuesday, March 3, 2026", "第4版 | 海滨日报
 * | 2026年3月3日 星期二": an e-paper's running head, its parts between bars,
 * the page's number one of them and the date another */
static gboolean
is_barred_page_head (const char *line)
{
  g_auto(GStrv) parts = NULL;
  gboolean page = FALSE, date = FALSE;
  guint n;

  if (strlen (line) > 160 || strstr (line, " | ") == NULL)
    return FALSE;
  parts = g_strsplit (line, " | ", -1);
  n = g_strv_length (parts);
  if (n < 2 || n > 4)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_strstrip (parts[i]);
      if (!page && is_page_number (parts[i]))
        page = TRUE;
      else if (!date && _byline_import_is_header_date (parts[i], NULL))
        date = TRUE;
      else if (_byline_import_count_words (parts[i]) > 6 || _byline_import_ends_with_punctuation (parts[i]))
        return FALSE;
    }
  return page && date;
}

/* A browser's margins on a page it printed to PDF: "6/3/2026, 11:20 π.μ.
 * <spaces> the page's title" on top, "the page's address <spaces> 1/2"
 * at its foot */
static gboolean
is_print_margin (const char *line)
{
  const char *gap = strstr (line, "   ");
  g_autofree char *left = NULL;
  const char *right;

  if (gap == NULL || gap == line || strlen (line) > 400)
    return FALSE;
  left = g_strndup (line, gap - line);
  right = gap;
  while (*right == ' ')
    right++;
  if (g_str_has_prefix (left, "https://") || g_str_has_prefix (left, "http://") || g_str_has_prefix (left, "file://"))
    {
      const char *slash = strchr (right, '/');
      g_autofree char *first = slash != NULL ? g_strndup (right, slash - right) : NULL;

      return strchr (left, ' ') == NULL && slash != NULL && is_number (first) && is_number (slash + 1);
    }
  return g_ascii_isdigit (left[0]) && _byline_import_is_header_date (left, NULL) && right[0] != '\0';
}

/* A web address alone, the paper's, at a page's foot: "herald.co.uk" */
static gboolean
is_lone_address (const char *line)
{
  const char *dot = strchr (line, '.');

  return dot != NULL && dot > line && strchr (line, ' ') == NULL && strchr (line, '@') == NULL &&
         strlen (line) < 60 && g_ascii_isalpha (dot[1]) && !_byline_import_ends_with_punctuation (line);
}

/**
 * _byline_import_take_pdf_furniture:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 *
 * Takes out of @lines a PDF's page numbers with the running title on
 * their line, and the running header or footer next to them that comes
 * back on every page; joins words broken across lines with a hyphen.
 */
void
_byline_import_take_pdf_furniture (GPtrArray *lines)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *lower_text = NULL;
  g_autoptr(GPtrArray) running = g_ptr_array_new_with_free_func (g_free);
  gboolean column = is_narrow_column (lines);
  guint pages = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *title = running_title (line);

      if (is_page_line (line))
        pages++;
      /* ("… | 3" and "… | 4": the same title on two pages) */
      else if (title != NULL)
        {
          for (guint j = i + 1; j < lines->len; j++)
            {
              g_autofree char *other = running_title (g_ptr_array_index (lines, j));

              if (other != NULL && g_str_equal (other, title) && !g_str_equal (line, g_ptr_array_index (lines, j)))
                {
                  g_ptr_array_add (running, g_strdup (line));
                  break;
                }
            }
        }
    }

  /* A running line: the same short line, no sentence, twice or more,
   * once right over or under a page's number (the first five lines stay,
   * below) */
  for (guint i = 0; pages > 0 && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (!is_page_line (line))
        continue;
      for (int d = -1; d <= 1; d += 2)
        {
          const char *near;

          if ((int) i + d < 0 || i + d >= lines->len)
            continue;
          near = g_ptr_array_index (lines, i + d);
          if (near[0] != '\0' && !is_page_line (near) && _byline_import_count_words (near) <= 12 &&
              !_byline_import_ends_with_punctuation (near) && count_equal (lines, near) >= 2)
            g_ptr_array_add (running, g_strdup (near));
        }
    }

  /* (the document's own head, the first lines, stays: "Cabinet – 25
   * November 2026" over the report is its date) */
  for (guint i = lines->len; i > 5; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);

      if (is_page_line (line))
        {
          g_ptr_array_remove_index (lines, i - 1);
          continue;
        }
      for (guint j = 0; j < running->len; j++)
        {
          if (g_str_equal (line, g_ptr_array_index (running, j)))
            {
              g_ptr_array_remove_index (lines, i - 1);
              break;
            }
        }
    }

  /* (an e-paper's running head with its bars, a jump to another page,
   * a browser's margins: the paper's or the browser's, on whichever
   * page) */
  for (guint i = lines->len; i > 0; i--)
    {
      const char *line = g_ptr_array_index (lines, i - 1);

      if (line[0] != '\0' && (is_barred_page_head (line) || is_jump_line (line) || is_print_margin (line)))
        g_ptr_array_remove_index (lines, i - 1);
    }

  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (lines, i));
  lower_text = _byline_import_lower (text->str);
  join_broken_words (lines, lower_text);
  if (!column && is_unspaced_column (lines))
    {
      join_unspaced_lines (lines);
      return;
    }
  if (!column)
    return;
  /* (an e-paper's page head: its date stays, the first, for the header;
   * a section's name in capitals alone, a jump to another page and the
   * paper's address leave) */
  for (guint i = 0, heads = 0; i < lines->len; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      g_autofree char *date = page_head_date (line);

      if (date != NULL && heads++ == 0)
        {
          g_ptr_array_index (lines, i) = g_steal_pointer (&date);
          g_free (line);
        }
      else if (date != NULL || is_jump_line (line) || is_lone_address (line) ||
               (i < 6 && _byline_import_count_words (line) == 1 && _byline_import_is_shouted (line)))
        line[0] = '\0';
    }
  join_column_lines (lines);
}
