/* byline-import-dateline-locales.c: datelines in the marks of more
 * scripts
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Khmer papers close the dateline with the Khmer colon ("សៀមរាប៖ …");
 * Armenian agencies write the place, the day and their name in capitals
 * and close them with the Armenian full stop ("ԳՅՈՒՄՐԻ, 14 ՀՈԿՏԵՄԲԵՐԻ,
 * ՇԻՐԱԿԼՈՒՐ։ …", often typed as a colon). Georgian's letters
 * (Mkhedruli) are lower case to Unicode, but Georgian writes no capital:
 * a dateline's place in them ("ქუთაისი – …") is read as in a script
 * without case (byline-import-dateline.c asks here). Kerala's papers
 * close the dateline with a bullet ("കൊച്ചി ∙ …"). A news agency's
 * dateline alone on its line over the lede names the place, the day and
 * the agency between commas, no dash ("Gəncə, 27 fevral, AZƏRTAC");
 * Gujarati ones the place and the weekday ("અમદાવાદ,બુધવાર").
 * Tajik (and Russian) agencies write the place in capitals and the day,
 * then their name between slashes and a full stop ("ДУШАНБЕ, 18.03.2026
 * /«Ховар»/. …"): the name is the agency's, no part of the lede.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

#define KHMER_COLON "\xe1\x9f\x96"      /* ៖ */
#define ARMENIAN_FULL_STOP "\xd6\x89"   /* ։ */
#define BULLET_OPERATOR "\xe2\x88\x99"   /* ∙ */

/**
 * _byline_import_is_caseless_letter:
 * @c: a character
 *
 * Whether @c is a letter of a script written without capitals though
 * Unicode gives it a case: Georgian's Mkhedruli (its capitals, Mtavruli,
 * are no sentence's or name's first letter)
 */
gboolean
_byline_import_is_caseless_letter (gunichar c)
{
  return (c >= 0x10D0 && c <= 0x10FA) || (c >= 0x10FC && c <= 0x10FF);
}

/* Words of letters (and "-" inside a word), at most @max_words, no
 * figures or other marks */
static gboolean
is_word_run (const char *text,
             guint       max_words)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (c == ' ')
        {
          in_word = FALSE;
          continue;
        }
      if (!g_unichar_isalpha (c) && type != G_UNICODE_NON_SPACING_MARK && type != G_UNICODE_SPACING_MARK &&
          !(c == '-' && in_word))
        return FALSE;
      if (!in_word)
        words++;
      in_word = TRUE;
    }
  return words >= 1 && words <= max_words;
}

/* @line cut at the first @mark, within @max_bytes of its start: the
 * part before it (trimmed) in *@head, what follows it (past spaces) in
 * *@after; FALSE when there is no such mark or nothing follows it */
static gboolean
cut_at_mark (const char   *line,
             const char   *mark_text,
             gsize         max_bytes,
             char        **head,
             const char  **after)
{
  const char *mark = strstr (line, mark_text);

  if (mark == NULL || mark == line || (gsize) (mark - line) > max_bytes)
    return FALSE;
  *after = mark + strlen (mark_text);
  while (**after == ' ')
    (*after)++;
  if (**after == '\0')
    return FALSE;
  *head = g_strstrip (g_strndup (line, mark - line));
  return TRUE;
}

/* "សៀមរាប៖ រដ្ឋបាលខេត្ត …": a place of a word or two before the Khmer
 * colon, in the first letters (not "… បាននិយាយថា៖", "… said that:") */
static gboolean
split_khmer_dateline (const char  *line,
                      char       **place,
                      char       **rest)
{
  const char *after;
  g_autofree char *head = NULL;

  if (!cut_at_mark (line, KHMER_COLON, 60, &head, &after) || g_utf8_strlen (head, -1) > 15 ||
      !is_word_run (head, 2) || g_unichar_type (g_utf8_get_char (head)) != G_UNICODE_OTHER_LETTER ||
      g_str_has_suffix (head, "ថា"))
    return FALSE;
  *place = g_steal_pointer (&head);
  *rest = g_strdup (after);
  return TRUE;
}

/* Whether @text is in capitals of the Armenian script */
static gboolean
is_shouted_armenian (const char *text)
{
  gboolean armenian = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      armenian |= c >= 0x0531 && c <= 0x0556;
    }
  return armenian && _byline_import_is_shouted (text);
}

/* "ԳՅՈՒՄՐԻ, 14 ՀՈԿՏԵՄԲԵՐԻ, ՇԻՐԱԿԼՈՒՐ։ …": the place, the day and the
 * agency in capitals (the day and the agency each optional), the
 * Armenian full stop (or a colon for it), then a capital */
static gboolean
split_armenian_dateline (const char  *line,
                         GTimeZone   *default_zone,
                         char       **place,
                         char       **rest,
                         GDateTime  **date,
                         char       **time_zone,
                         char       **agency)
{
  const char *mark = strstr (line, ARMENIAN_FULL_STOP);
  const char *colon = strstr (line, ": ");
  const char *after;
  g_autofree char *head = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *who = NULL;
  guint n;

  if (mark == NULL || (colon != NULL && colon < mark))
    mark = colon;
  if (mark == NULL || mark == line || mark - line > 160)
    return FALSE;
  after = mark + (mark == colon ? 1 : strlen (ARMENIAN_FULL_STOP));
  while (*after == ' ')
    after++;
  head = g_strndup (line, mark - line);
  if (!is_shouted_armenian (head) || !g_unichar_isupper (g_utf8_get_char (after)))
    return FALSE;
  parts = g_strsplit (head, ",", -1);
  n = g_strv_length (parts);
  for (guint i = 0; i < n; i++)
    g_strstrip (parts[i]);
  /* (a colon needs more than a place before it: "ԵՐԵՎԱՆ: …" may be a
   * label's) */
  if (n > 3 || !is_word_run (parts[0], 3) || (mark == colon && n < 2))
    return FALSE;
  for (guint i = 1; i < n; i++)
    {
      if (when == NULL && g_unichar_isdigit (g_utf8_get_char (parts[i])) &&
          _byline_import_parse_dateline_date (parts[i], default_zone, &when, &zone))
        continue;
      if (i == n - 1 && who == NULL && is_word_run (parts[i], 3))
        {
          who = g_strdup (parts[i]);
          continue;
        }
      return FALSE;
    }
  *place = g_strdup (parts[0]);
  *rest = g_strdup (after);
  *date = g_steal_pointer (&when);
  *time_zone = g_steal_pointer (&zone);
  *agency = who != NULL ? _byline_import_unshout (who) : NULL;
  return TRUE;
}

/* "കൊച്ചി ∙ കൊച്ചി വാട്ടർ മെട്രോയുടെ …", "Kochi ∙ The …": a place of a word
 * to three before the bullet operator (capitalised in a script with
 * case) */
static gboolean
split_bullet_dateline (const char  *line,
                       char       **place,
                       char       **rest)
{
  const char *after;
  g_autofree char *head = NULL;

  if (!cut_at_mark (line, BULLET_OPERATOR, 80, &head, &after) || head[0] == '\0' ||
      g_utf8_strlen (head, -1) > 30 || !is_word_run (head, 3) || g_unichar_islower (g_utf8_get_char (head)))
    return FALSE;
  *place = g_steal_pointer (&head);
  *rest = g_strdup (after);
  return TRUE;
}

/* "ДУШАНБЕ, 18.03.2026 /«Паёми пойтахт»/. Аз …", "МОСКВА, 18 марта.
 * /ТАСС/. …": the place in capitals and the day, then the agency (or the
 * paper itself) between slashes, a full stop after them; the agency's
 * name without its quotation marks */
static gboolean
split_slashed_dateline (const char  *line,
                        GTimeZone   *default_zone,
                        char       **place,
                        char       **rest,
                        GDateTime  **date,
                        char       **time_zone,
                        char       **agency)
{
  static const char * const quotes[] = { "«", "»", "\"", "“", "”", "„", NULL };
  const char *open = strstr (line, " /");
  const char *close, *after, *comma;
  g_autofree char *head = NULL;
  g_autofree char *town = NULL;
  g_autoptr(GString) who = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *zone = NULL;

  if (open == NULL || open - line > 80 || (close = strchr (open + 2, '/')) == NULL || close - open > 80 ||
      close == open + 2)
    return FALSE;
  after = close + 1;
  if (*after == '.')
    after++;
  while (*after == ' ')
    after++;
  if (!g_unichar_isupper (g_utf8_get_char (after)))
    return FALSE;
  head = g_strstrip (g_strndup (line, open - line));
  if (g_str_has_suffix (head, "."))
    head[strlen (head) - 1] = '\0';
  if ((comma = strstr (head, ", ")) == NULL)
    return FALSE;
  town = g_strndup (head, comma - head);
  if (!is_word_run (town, 3) || !_byline_import_is_shouted (town) ||
      !_byline_import_parse_dateline_date (comma + 2, default_zone, &when, &zone))
    return FALSE;
  who = g_string_new_len (open + 2, close - open - 2);
  for (guint i = 0; quotes[i] != NULL; i++)
    g_string_replace (who, quotes[i], "", 0);
  g_strstrip (who->str);
  if (!is_word_run (who->str, 4))
    return FALSE;
  *place = g_steal_pointer (&town);
  *rest = g_strdup (after);
  *date = g_steal_pointer (&when);
  *time_zone = g_steal_pointer (&zone);
  *agency = g_strdup (who->str);
  return TRUE;
}

/* The weekdays Gujarati papers date their dateline with, alone on its
 * line over the lede ("અમદાવાદ,બુધવાર", Ahmedabad, Wednesday) */
static const char * const gujarati_weekdays[] = {
  "સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર", NULL
};

/* "અમદાવાદ,બુધવાર", "અમદાવાદ, બુધવાર": a place of a word to three and
 * the weekday after one comma (often with no space after it): the place
 * (NULL when @line is no such dateline) */
static char *
weekday_dateline_place (const char *line)
{
  const char *comma = strchr (line, ',');
  g_autofree char *head = NULL;
  g_autofree char *day = NULL;

  if (comma == NULL || comma == line || strchr (comma + 1, ',') != NULL || comma - line > 60)
    return NULL;
  head = g_strstrip (g_strndup (line, comma - line));
  day = g_strstrip (g_strdup (comma + 1));
  if (!g_strv_contains (gujarati_weekdays, day) || !is_word_run (head, 3))
    return NULL;
  return g_steal_pointer (&head);
}

/**
 * _byline_import_pad_lone_dateline:
 * @line: a line alone, with plain spaces, trimmed
 *
 * A dateline alone on its line that ends with its agency, in parentheses
 * ("WASHINGTON (AP)") or after a comma, the place and the day before it
 * ("Gəncə, 27 fevral, AZƏRTAC": the agency known or in capitals, the day
 * a date); or the place and the weekday, as Gujarati papers print it
 * ("અમદાવાદ,બુધવાર": the weekday is no part of the place nor of the lede)
 *
 * Returns: (transfer full) (nullable): @line written as a dateline that
 *   opens a paragraph, "WASHINGTON (AP) – x", "Gəncə, 27 fevral
 *   (AZƏRTAC) – x", "અમદાવાદ – x" (for _byline_import_split_dateline()),
 *   or %NULL
 */
char *
_byline_import_pad_lone_dateline (const char *line)
{
  const char *open, *comma;
  g_autofree char *place = weekday_dateline_place (line);

  if (place != NULL)
    return g_strconcat (place, " – x", NULL);

  if (g_str_has_suffix (line, ")") && (open = strrchr (line, '(')) != NULL && open > line)
    {
      g_autofree char *who = g_strndup (open + 1, strlen (open + 1) - 1);

      return _byline_import_is_agency (who) ? g_strconcat (line, " – x", NULL) : NULL;
    }
  if ((comma = g_strrstr (line, ", ")) != NULL && comma > line && strchr (line, ',') < comma)
    {
      g_autofree char *who = g_strdup (comma + 2);
      g_autofree char *head = g_strndup (line, comma - line);
      g_autofree char *day = g_strstrip (g_strdup (strchr (head, ',') + 1));
      g_autofree char *town = g_strndup (head, strchr (head, ',') - head);
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;

      if (_byline_import_count_words (who) > 2 || !is_word_run (town, 3) || !g_unichar_isdigit (g_utf8_get_char (day)) ||
          !(_byline_import_is_agency (who) || (_byline_import_is_shouted (who) && g_utf8_strlen (who, -1) >= 3)) ||
          !_byline_import_parse_dateline_date (day, utc, &date, &zone))
        return NULL;
      return g_strdup_printf ("%s (%s) – x", head, who);
    }
  return NULL;
}

/**
 * _byline_import_split_locale_dateline:
 *
 * As _byline_import_split_dateline(), for the Khmer, Armenian, Malayalam
 * and slashed agency datelines at the top of this file
 *
 * Returns: whether @line opens with one
 */
gboolean
_byline_import_split_locale_dateline (const char  *line,
                                      GTimeZone   *default_zone,
                                      char       **place,
                                      char       **rest,
                                      GDateTime  **date,
                                      char       **time_zone,
                                      char       **agency)
{
  return split_khmer_dateline (line, place, rest) ||
         split_armenian_dateline (line, default_zone, place, rest, date, time_zone, agency) ||
         split_bullet_dateline (line, place, rest) ||
         split_slashed_dateline (line, default_zone, place, rest, date, time_zone, agency);
}

/**
 * _byline_import_ethiopic_dateline:
 *
 * Amharic "አዲስ አበባ፡- …", "ባሕር ዳር፦ …": the Ethiopic wordspace and a
 * dash, or its preface colon, after the place.
 *
 * Returns: (transfer full) (nullable): @line with a dash there
 *   ("አዲስ አበባ - …"), or %NULL
 */
char *
_byline_import_ethiopic_dateline (const char *line)
{
  static const char * const marks[] = { "፡-", "፡ -", "፦", NULL };

  for (guint i = 0; marks[i] != NULL; i++)
    {
      const char *mark = strstr (line, marks[i]);
      const char *tail;

      if (mark == NULL || mark == line || mark - line > 80)
        continue;
      tail = mark + strlen (marks[i]);
      while (*tail == ' ')
        tail++;
      if (*tail != '\0')
        {
          g_autofree char *head = g_strndup (line, mark - line);

          return g_strdup_printf ("%s - %s", g_strchomp (head), tail);
        }
    }
  return NULL;
}
