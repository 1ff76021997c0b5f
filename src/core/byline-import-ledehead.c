/* byline-import-ledehead.c: a date that opens a lede after the dateline's
 * dash, and initials where a dateline's place would be
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/**
 * _byline_import_take_lede_date:
 * @rest: (inout): the lede after a dateline's dash
 *
 * "12 March, 2026: The new …", as government information services write
 * after the dash: a date (its day or its month first) closed by a colon
 * within its first 40 bytes, then a capital. Takes it off @rest.
 *
 * Returns: whether it did, with @date and @time_zone set
 */
gboolean
_byline_import_take_lede_date (char       **rest,
                               GTimeZone   *default_zone,
                               GDateTime  **date,
                               char       **time_zone)
{
  const char *colon = strchr (*rest, ':');
  g_autofree char *head = NULL;
  g_autofree char *word = NULL;
  const char *tail;

  if (colon == NULL || colon - *rest > 40 || colon[1] != ' ')
    return FALSE;
  tail = colon + 1 + strspn (colon + 1, " ");
  head = g_strndup (*rest, colon - *rest);
  word = g_strndup (head, strcspn (head, " ,"));
  /* (a time, "10:30", has no space after its colon) */
  if (!g_unichar_isupper (g_utf8_get_char (tail)) ||
      (!g_unichar_isdigit (g_utf8_get_char (head)) && _byline_import_parse_month (word) == 0) ||
      !_byline_import_parse_dateline_date (head, default_zone, date, time_zone))
    return FALSE;
  memmove (*rest, tail, strlen (tail) + 1);
  return TRUE;
}

/**
 * _byline_import_is_initials:
 *
 * Whether @text is a name's initials, two to five capitals ("GIS", the
 * Government Information Service), and no place's name.
 */
gboolean
_byline_import_is_initials (const char *text)
{
  gsize len = strlen (text);

  if (len < 2 || len > 5)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}

/* What opens a paragraph before a colon and is no place: a label */
static const char * const lede_labels[] = {
  "update", "updated", "updates", "note", "editor's note", "editors' note", "editor’s note", "background",
  "context", "analysis", "opinion", "comment", "commentary", "correction", "clarification", "watch", "listen",
  "live", "breaking", "breaking news", "exclusive", "explainer", "factbox", "fact check", "summary", "preview",
  "review", "profile", "obituary", "warning", "disclaimer", "source", "sources", "read more", "also read",
  "related", "photo", "photos", "video", "pictures", "quote", "question", "answer", "tip", "fact", "facts",
  "why it matters", "bottom line", "the bottom line", "key points", "in brief", "at a glance",
  "by the numbers", "highlights", "story highlights", "sponsored", "advertisement", "paid content",
  "partner content", "transcript", "statement", "press release", "media release", "what happened",
  "what we know", "timeline", "reminder", "please note", "important", NULL
};

/* Whether @text's words are each capitalised, letters only (a dot,
 * hyphen or apostrophe inside): "South Tarawa", "Port-Vila", "St. John's" */
static gboolean
capitalised_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_utf8_strlen (words[i], -1) < 2 || !g_unichar_isupper (g_utf8_get_char (words[i])))
        return FALSE;
      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && strchr (".-'", *p) == NULL && c != 0x2019)
            return FALSE;
        }
    }
  return words[0] != NULL;
}

/* Where @paragraph's head before a colon ends ("Name: …"), or %NULL:
 * three words at most, then ": " */
static const char *
head_colon (const char *paragraph)
{
  const char *colon = strchr (paragraph, ':');
  g_autofree char *head = NULL;

  if (colon == NULL || colon == paragraph || colon - paragraph > 40 || colon[1] != ' ')
    return NULL;
  head = g_strndup (paragraph, colon - paragraph);
  return _byline_import_count_words (head) <= 3 ? colon : NULL;
}

/**
 * _byline_import_split_lede_colon:
 * @lede: the story's first paragraph
 * @blocks: (element-type Block): the story's blocks
 * @next: the block after the lede's, if there is one
 * @place: (out): the dateline's place
 * @rest: (out): the lede without it
 *
 * "South Tarawa: The Nippon Causeway …", "New Delhi: The …", as papers in
 * South Asia and the Pacific open a story: a place of up to three
 * capitalised words, a colon and a sentence of twelve words or more. Not
 * a label ("Update: …", "Background: …"), nor a transcript's speaker,
 * whose colon opens the next paragraph too ("Smith: …" / "Jones: …").
 * (A shouted place, "BEIJING: …", is _byline_import_split_dateline()'s.)
 */
gboolean
_byline_import_split_lede_colon (const char  *lede,
                                 GPtrArray   *blocks,
                                 guint        next,
                                 char       **place,
                                 char       **rest)
{
  const char *after = next < blocks->len ? g_ptr_array_index (((Block *) g_ptr_array_index (blocks, next))->lines, 0) : NULL;
  const char *colon = head_colon (lede);
  g_autofree char *head = NULL;
  g_autofree char *lower = NULL;
  const char *tail;

  if (colon == NULL)
    return FALSE;
  tail = colon + 1 + strspn (colon + 1, " ");
  head = g_strndup (lede, colon - lede);
  lower = g_utf8_strdown (head, -1);
  if (!capitalised_words (head) || _byline_import_is_shouted (head) || g_strv_contains (lede_labels, lower) ||
      !g_unichar_isupper (g_utf8_get_char (tail)) || _byline_import_count_words (tail) < 12 ||
      !_byline_import_ends_with_punctuation (tail) || (after != NULL && head_colon (after) != NULL))
    return FALSE;
  g_free (*place);
  *place = g_steal_pointer (&head);
  g_free (*rest);
  *rest = g_strdup (tail);
  return TRUE;
}

/**
 * _byline_import_opens_shouted_dateline:
 *
 * "ELDORET, Kenya, Mar 24 – Matatus …": a lede, its dateline's first
 * word in capitals (a deck opens with no such thing; "Narlıdere–Buca
 * hattının …" is a deck's first word)
 */
gboolean
_byline_import_opens_shouted_dateline (const char *line)
{
  g_autofree char *first = g_strndup (line, strcspn (line, " ,"));

  return _byline_import_is_shouted (first) && _byline_import_opens_with_dateline (line);
}
