/* byline-import-dateline.c: the dateline that opens a story's first
 * paragraph
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   PORTVALE – The municipal …
 *   LONDON, March 3 (Reuters) - British factory output …
 *   SAN FRANCISCO, Calif., March 3, 2026 – …
 *   PARIS, 3 mars 2026 (AFP) - Le trafic …
 *   ST. LOUIS – …            BEIJING: China's exports …
 *   تهران- ایرنا- …          (place and agency, each before a dash)
 *
 * The place (with its state or country: "SAN FRANCISCO, Calif.") is the
 * dateline; a date in it is read (a year-less one is in the current
 * year); the agency in parentheses is returned. When the words before the
 * dash are anything else, the paragraph is left whole.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* Lines that open with a shouted word and a colon but name no place */
static const char * const colon_labels[] = {
  "update", "updated", "updates", "note", "editor's note", "editors' note", "breaking", "breaking news",
  "exclusive", "watch", "listen", "live", "correction", "clarification", "analysis", "opinion",
  "comment", "factbox", "explainer", "q&a", "video", "photos", "warning", "urgent", "flash",
  "alert", "summary", "preview", "review", "timeline", "profile", "obituary", "fact check",
  "فوری", "گزارش", "خبرنگار", "منبع", "یادداشت", "توضیح", "عاجل", "تحديث", "ملاحظة", "مصدر",
  NULL
};

/* Whether @text holds any character of @set (by character: strpbrk()
 * would match "“" against the bytes of "М") */
static gboolean
has_any_char (const char *text,
              const char *set)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_utf8_strchr (set, -1, g_utf8_get_char (p)) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether @text holds an upper- or lower-case letter (Latin, Cyrillic …;
 * Persian, Arabic, Chinese, Japanese and Georgian have no case) */
gboolean
_byline_import_has_cased_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((g_unichar_isupper (c) || g_unichar_islower (c)) && !_byline_import_is_caseless_letter (c))
        return TRUE;
    }
  return FALSE;
}

/* The dash after a dateline's place: an en or em dash (or the horizontal
 * bar Japanese copy writes it with, "―"), or a hyphen with
 * space (any Unicode space) on both sides, in the first 80 bytes */
static const char *
find_dateline_dash (const char  *line,
                    const char **after)
{
  gunichar before = 0;

  for (const char *p = line; *p != '\0' && p - line <= 80; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c == 0x2013 || c == 0x2014 || c == 0x2015 ||
          (c == '-' && _byline_import_is_edge_space (before) && _byline_import_is_edge_space (g_utf8_get_char (next))))
        {
          *after = next;
          return p;
        }
      /* "Madrid, 28 nov (EFE).- …": the Spanish agencies' dash; and
       * the Mexican papers' after the place ("Ciudad de México.- …") */
      if (c == '-' && before == '.' && p - line >= 2 &&
          (p[-2] == ')' || g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p - 1)))) &&
          _byline_import_is_edge_space (g_utf8_get_char (next)))
        {
          *after = next;
          return p - 1;
        }
      /* "KUNMING, Nov. 28 (Xinhua) -- …": two hyphens for a dash; glued,
       * Belize's "BELIZE CITY, Wed. Mar. 11, 2026--Passengers …" */
      if (c == '-' && *next == '-' &&
          ((_byline_import_is_edge_space (before) && _byline_import_is_edge_space (g_utf8_get_char (next + 1))) ||
           (g_unichar_isalnum (before) && g_unichar_isupper (g_utf8_get_char (next + 1)))))
        {
          *after = next + 1;
          return p;
        }
      before = c;
    }
  return NULL;
}

/* The small words inside a place's name: "Rio de Janeiro", "Frankfurt am
 * Main", "Ciudad del Este", "Châlons-en-Champagne" has them inside a word */
static const char * const place_particles[] = {
  "de", "da", "do", "dos", "das", "del", "la", "le", "les", "el", "es", "al", "am", "an", "der", "sur",
  "upon", "di", NULL
};

/* A place: 1–@max_words words, each capitalised in cased scripts (but
 * for a particle between two: "Rio de Janeiro"), letters with "-" or
 * "'" inside; a word may be an abbreviation with dots ("ST.", "Calif.",
 * "N.Y.") */
static gboolean
is_place (const char *text,
          guint       max_words)
{
  g_auto(GStrv) words = NULL;

  if (text[0] == '\0' || _byline_import_count_words (text) > max_words ||
      has_any_char (text, "!?:;,()\"«»“”0123456789"))
    return FALSE;
  /* (an Arabic comma; an agency's name: "خبرگزاری مهر، گروه استان‌ها") */
  if (strstr (text, "،") != NULL || strstr (text, "خبرگزاری") != NULL || strstr (text, "وكالة") != NULL)
    return FALSE;

  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      const char *dot = strchr (word, '.');

      if (word[0] == '\0')
        return FALSE;
      if (i > 0 && words[i + 1] != NULL && g_strv_contains (place_particles, word))
        continue;
      if ((g_unichar_islower (g_utf8_get_char (word)) && !_byline_import_is_caseless_letter (g_utf8_get_char (word))) ||
          !g_unichar_isalpha (g_utf8_get_char (word)))
        return FALSE;
      /* "St." or "Calif." end in a dot; "N.Y." has dots inside */
      if (dot != NULL && (g_utf8_strlen (word, -1) > 7 || !g_str_has_suffix (word, ".")))
        return FALSE;
    }
  return TRUE;
}

/* A web address's name: one word, a dot and two to four lower-case
 * letters ("KOMPAS.com", "Tempo.co") */
static gboolean
is_site_name (const char *text)
{
  const char *dot = strrchr (text, '.');
  gsize tld;

  if (dot == NULL || dot == text || strchr (text, ' ') != NULL)
    return FALSE;
  tld = strlen (dot + 1);
  if (tld < 2 || tld > 4)
    return FALSE;
  for (const char *p = dot + 1; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p))
        return FALSE;
    }
  return TRUE;
}

/**
 * _byline_import_is_shouted:
 *
 * Whether every cased letter of @text is upper case, two at least:
 * "ZAGREB", "NEW YORK"
 */
gboolean
_byline_import_is_shouted (const char *text)
{
  guint upper = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      upper += g_unichar_isupper (c);
    }
  return upper >= 2;
}

/* "March 3", "3 mars": a date here opens with its day or month (a date
 * line may hold an unknown word, "D.C., March 3" is no date) */
static gboolean
opens_with_date_part (const char *text)
{
  g_autofree char *word = NULL;

  /* (French writes "le" before the day: "MONTRÉAL, le 5 mars 2026 -") */
  if (g_str_has_prefix (text, "le ") && g_unichar_isdigit (g_utf8_get_char (text + 3)))
    return TRUE;
  word = g_strndup (text, strcspn (text, " "));
  /* (after the weekday: "BELIZE CITY, Wed. Mar. 11, 2026--") */
  if (_byline_import_is_weekday_word (word) && text[strlen (word)] == ' ')
    return opens_with_date_part (text + strlen (word) + 1);
  return g_unichar_isdigit (g_utf8_get_char (text)) || _byline_import_parse_month (word) > 0;
}

static char *
skip_spaces_dup (const char *p)
{
  while (*p != '\0' && _byline_import_is_edge_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return *p != '\0' ? g_strdup (p) : NULL;
}

/* "اسلام آباد" before a colon, over a sentence in Urdu (its own letters
 * ے ٹ ڈ ڑ ں): two words, neither the particle "نے" of "he said" nor a
 * verb of saying */
static gboolean
is_urdu_place (const char *prefix,
               const char *sentence)
{
  static const char * const urdu_letters[] = { "ے", "ٹ", "ڈ", "ڑ", "ں", NULL };
  static const char * const saying[] = { "نے", "کہا", "بتایا", "کہنا", "کہتے", "کہ", "ہے", "ہیں", NULL };
  g_auto(GStrv) words = g_strsplit (prefix, " ", -1);
  gboolean urdu = FALSE;

  if (g_strv_length (words) != 2)
    return FALSE;
  for (guint i = 0; urdu_letters[i] != NULL; i++)
    urdu |= strstr (sentence, urdu_letters[i]) != NULL;
  for (guint i = 0; words[i] != NULL; i++)
    if (g_strv_contains (saying, words[i]))
      return FALSE;
  return urdu;
}

/* "BEIJING: China's exports …": a shouted place, a colon, a capital;
 * "تبریز: …": one word of a script without case */
static gboolean
split_colon_dateline (const char  *line,
                      char       **place,
                      char       **rest)
{
  const char *colon = strchr (line, ':');
  g_autofree char *raw = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *after = NULL;

  if (colon == NULL || colon == line || colon - line > 60 || !_byline_import_is_edge_space (g_utf8_get_char (colon + 1)))
    return FALSE;
  raw = g_strndup (line, colon - line);
  prefix = g_strstrip (_byline_import_plain_spaces (raw));
  lower = g_utf8_strdown (prefix, -1);
  if (!is_place (prefix, 3) || g_strv_contains (colon_labels, lower))
    return FALSE;
  after = skip_spaces_dup (colon + 1);
  if (after == NULL)
    return FALSE;
  if (_byline_import_is_shouted (prefix))
    {
      if (!g_unichar_isupper (g_utf8_get_char (after)))
        return FALSE;
    }
  else
    {
      gunichar first = g_utf8_get_char (after);

      /* "تبریز: …": in a script without case, one word, then a sentence
       * in that script; in Urdu, whose papers all open so, two
       * ("اسلام آباد: …"; not "انہوں نے کہا:", "he said:") */
      if ((strchr (prefix, ' ') != NULL && !is_urdu_place (prefix, after)) || _byline_import_has_cased_letter (prefix) ||
          !g_unichar_isalpha (first) || g_unichar_isupper (first) || g_unichar_islower (first))
        return FALSE;
    }
  *rest = g_steal_pointer (&after);
  *place = g_steal_pointer (&prefix);
  return TRUE;
}

/* Whether @sentence reads as German: two of its words at least are
 * German grammar words. (An English lede may open with a word and a full
 * stop too: "Finally. The council voted …" is no dateline.) */
static gboolean
reads_as_german (const char *sentence)
{
  static const char * const words[] = {
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein", "eine",
    "einen", "zu", "auf", "für", "sich", "im", "wird", "werden", "hat", "haben", "sind", "nach",
    "bei", "auch", "noch", "aus", "über", "vor", "soll", "sollen", "teilte", NULL
  };
  g_autofree char *lower = g_utf8_strdown (sentence, -1);
  g_auto(GStrv) tokens = g_strsplit_set (lower, " ,;:.!?\"„“()", -1);
  guint found = 0;

  for (guint i = 0; tokens[i] != NULL && found < 2; i++)
    found += g_strv_contains (words, tokens[i]);
  return found >= 2;
}

/* "Hamburg. Die Hochbahn wird …": the German papers' dateline, one
 * capitalised word and a full stop, then a German sentence of eight words
 * at least; in any language, a place of up to three words in capitals
 * ("ОМСК. Мэрия Омска сообщила …") */
static gboolean
split_period_dateline (const char  *line,
                       char       **place,
                       char       **rest)
{
  /* (abbreviations that open a sentence: "Gov. Newsom said …") */
  static const char * const abbreviations[] = {
    "gov", "sen", "rep", "gen", "col", "maj", "capt", "sgt", "prof", "supt", "insp", "det", "adm",
    "pres", "atty", "hon", "rev", "mrs", "msgr", "mt", "ft", "no", "nr", "vol", "art", "abs", "inc",
    "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "bzw", "vgl", "dipl", "ing", "univ", NULL
  };
  const char *stop = strstr (line, ". ");
  g_autofree char *word = NULL;
  g_autofree char *after = NULL;
  g_autofree char *lower = NULL;
  gboolean shouted;

  if (stop == NULL || stop - line > 40)
    return FALSE;
  word = g_strndup (line, stop - line);
  lower = g_utf8_strdown (word, -1);
  if (g_strv_contains (abbreviations, lower))
    return FALSE;
  after = skip_spaces_dup (stop + 1);
  /* (a place in capitals is a dateline in any language: "ОМСК. Мэрия
   * …", "ZARAGOZA. Un incendio …"; no label, "BREAKING. …") */
  shouted = _byline_import_is_shouted (word) && g_utf8_strlen (word, -1) >= 3 && is_place (word, 3) &&
            !g_strv_contains (colon_labels, lower);
  /* (a place of two or three words, "Dar es Salaam. Buses will …", as
   * Tanzania's papers write it, in any language: a lede opens with no
   * sentence of two capitalised words) */
  if (g_utf8_strlen (word, -1) < 3 || !is_place (word, 3) ||
      !_byline_import_has_cased_letter (word) || after == NULL || !g_unichar_isupper (g_utf8_get_char (after)) ||
      _byline_import_count_words (after) < 8 || (!shouted && strchr (word, ' ') == NULL && !reads_as_german (after)))
    return FALSE;
  *rest = g_steal_pointer (&after);
  *place = g_steal_pointer (&word);
  return TRUE;
}

/* The first hyphen or dash in @text's first @limit bytes with a space
 * after it ("تهران- ", "تهران - "); NULL when none */
static const char *
find_loose_dash (const char  *text,
                 gsize        limit,
                 const char **after)
{
  for (const char *p = text; *p != '\0' && (gsize) (p - text) <= limit; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if ((c == '-' || c == 0x2013 || c == 0x2014) && p > text && _byline_import_is_edge_space (g_utf8_get_char (next)))
        {
          *after = next;
          return p;
        }
    }
  return NULL;
}

/* "تهران- ایرنا- …", "تهران - ایرنا - …": a place, then the agency, each
 * before a dash (the Iranian agencies' dateline) */
static gboolean
split_agency_dateline (const char  *line,
                       char       **place,
                       char       **rest,
                       char       **agency)
{
  const char *after = NULL, *after2 = NULL;
  const char *dash = find_loose_dash (line, 60, &after);
  const char *dash2;
  g_autofree char *where = NULL;
  g_autofree char *who = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *raw2 = NULL;

  if (dash == NULL)
    return FALSE;
  raw = g_strndup (line, dash - line);
  where = g_strstrip (_byline_import_plain_spaces (raw));
  if (!is_place (where, 3))
    return FALSE;
  while (*after != '\0' && _byline_import_is_edge_space (g_utf8_get_char (after)))
    after = g_utf8_next_char (after);
  if ((dash2 = find_loose_dash (after, 60, &after2)) == NULL)
    return FALSE;
  raw2 = g_strndup (after, dash2 - after);
  who = g_strstrip (_byline_import_plain_spaces (raw2));
  lower = g_utf8_strdown (who, -1);
  if (!_byline_import_is_agency (who) && !(g_str_has_prefix (lower, "خبرگزاری") && _byline_import_count_words (who) <= 4))
    return FALSE;
  if ((*rest = skip_spaces_dup (after2)) == NULL)
    return FALSE;
  *place = g_steal_pointer (&where);
  *agency = g_steal_pointer (&who);
  return TRUE;
}

/* "خبرگزاری مهر، گروه استان‌ها - رضا کریمی: …": an Iranian agency's
 * name and desk, a dash, and the reporter's name and a colon (or the
 * lede at once) → the reporter, else the agency, in @agency; no place */
static gboolean
split_agency_desk_lede (const char  *line,
                        char       **place,
                        char       **rest,
                        char       **agency)
{
  const char *after = NULL;
  const char *dash = find_loose_dash (line, 120, &after);
  g_autofree char *prefix = NULL;
  g_autofree char *who = NULL;
  const char *colon;
  char *comma;

  if (dash == NULL || !g_str_has_prefix (line, "خبرگزاری"))
    return FALSE;
  prefix = g_strndup (line, dash - line);
  if ((comma = strstr (prefix, "،")) != NULL || (comma = strchr (prefix, ',')) != NULL)
    *comma = '\0';
  who = g_strstrip (_byline_import_plain_spaces (prefix));
  if (_byline_import_count_words (who) > 4)
    return FALSE;
  while (*after != '\0' && _byline_import_is_edge_space (g_utf8_get_char (after)))
    after = g_utf8_next_char (after);
  /* (the reporter: two to four words, no figures) */
  if ((colon = strchr (after, ':')) != NULL && colon - after <= 80)
    {
      g_autofree char *name = g_strstrip (g_strndup (after, colon - after));

      if (_byline_import_count_words (name) >= 2 && _byline_import_count_words (name) <= 4 &&
          is_place (name, 4) && colon[1] != '\0')
        {
          g_free (who);
          who = g_steal_pointer (&name);
          after = colon + 1;
        }
    }
  if ((*rest = skip_spaces_dup (after)) == NULL)
    return FALSE;
  *place = g_strdup ("");
  *agency = g_steal_pointer (&who);
  return TRUE;
}

/**
 * _byline_import_split_dateline:
 * @line: the first paragraph
 * @default_zone: (nullable): the zone of a date without one
 * @place: (out): the dateline ("SAN FRANCISCO, Calif.")
 * @rest: (out): the paragraph after it
 * @date: (out) (optional): the date in the dateline, or %NULL
 * @time_zone: (out): the date's zone, or %NULL
 * @agency: (out): a known agency in parentheses ("Reuters"), or %NULL
 *
 * Returns: whether @line opens with a dateline
 */
gboolean
_byline_import_split_dateline (const char  *line,
                               GTimeZone   *default_zone,
                               char       **place,
                               char       **rest,
                               GDateTime  **date,
                               char       **time_zone,
                               char       **agency)
{
  const char *after = NULL;
  const char *dash = find_dateline_dash (line, &after);
  g_autofree char *raw = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *paren = NULL;
  g_autoptr(GString) where = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *zone = NULL;
  char *open;

  *place = *rest = *time_zone = *agency = NULL;
  *date = NULL;

  if (split_agency_dateline (line, place, rest, agency) || split_agency_desk_lede (line, place, rest, agency) ||
      _byline_import_split_locale_dateline (line, default_zone, place, rest, date, time_zone, agency))
    return TRUE;

  /* Amharic "አዲስ አበባ፡- …": read as "አዲስ አበባ - …" */
  {
    g_autofree char *standard = _byline_import_ethiopic_dateline (line);

    if (standard != NULL)
      return _byline_import_split_dateline (standard, default_zone, place, rest, date, time_zone, agency);
  }

  /* "横浜 2026年3月5日 14時00分 ― …": read as "横浜, 2026年3月5日 14時00分 - …" */
  if (dash != NULL && after != NULL && *after != '\0')
    {
      g_autofree char *head = _byline_import_caseless_dateline_head (line, dash - line, default_zone);

      if (head != NULL)
        {
          g_autofree char *standard = g_strdup_printf ("%s - %s", head, after + strspn (after, " "));

          return _byline_import_split_dateline (standard, default_zone, place, rest, date, time_zone, agency);
        }
    }

  /* "МОСКВА, 28 ноября. /ТАСС/. …": the agency between slashes, read as
   * "МОСКВА, 28 ноября (ТАСС) - …" (a press release's "/PRNewswire/ --"
   * names no agency, and is read below) */
  {
    const char *open_slash = strstr (line, " /");
    const char *close_slash = open_slash != NULL ? strchr (open_slash + 2, '/') : NULL;

    if (close_slash != NULL && close_slash - line <= 80)
      {
        g_autofree char *who = g_strndup (open_slash + 2, close_slash - open_slash - 2);
        g_autofree char *head = g_strndup (line, open_slash - line);
        const char *tail = close_slash + 1;
        g_autofree char *standard = NULL;

        /* (TASS's full stops around it; a dash after it) */
        if (g_str_has_suffix (head, "."))
          head[strlen (head) - 1] = '\0';
        if (*tail == '.')
          tail++;
        while (*tail == ' ')
          tail++;
        if (g_str_has_prefix (tail, "-- "))
          tail += 3;
        else if (g_str_has_prefix (tail, "— ") || g_str_has_prefix (tail, "– "))
          tail = strchr (tail, ' ') + 1;
        if (_byline_import_is_agency (who) && *tail != '\0' && tail > close_slash + 1)
          {
            standard = g_strdup_printf ("%s (%s) - %s", head, who, tail);
            return _byline_import_split_dateline (standard, default_zone, place, rest, date, time_zone, agency);
          }
      }
  }

  /* "شیراز- …", "LONDON- …": a hyphen against the place, when the place
   * is shouted or in a script without case (a capitalised word there is
   * more likely a typo: "Well- known …") */
  if (dash == NULL)
    {
      const char *loose_after = NULL;
      const char *loose = find_loose_dash (line, 40, &loose_after);

      if (loose != NULL && *loose == '-')
        {
          g_autofree char *before = g_strndup (line, loose - line);
          g_autofree char *plain = g_strstrip (_byline_import_plain_spaces (before));
          if (_byline_import_is_shouted (plain) || (!_byline_import_has_cased_letter (plain) && plain[0] != '\0'))
            {
              dash = loose;
              after = loose_after;
            }
        }
    }

  /* "NEW DELHI, Nov 28 (PTI) The government …": a known agency in
   * parentheses ends the dateline, with no dash after it */
  {
    const char *open_paren = strchr (line, '(');
    const char *close_paren = open_paren != NULL ? strchr (open_paren, ')') : NULL;

    g_autofree char *before = open_paren != NULL ? g_strndup (line, open_paren - line) : NULL;
    /* (Hindi's "नई दिल्ली, 28 नवंबर (भाषा) दिल्ली …": a script without
     * case, in which the lede's first letter is no capital) */
    gboolean caseless = before != NULL && !_byline_import_has_cased_letter (before) && close_paren != NULL &&
                        close_paren[1] == ' ' && g_unichar_isalpha (g_utf8_get_char (close_paren + 2)) &&
                        !_byline_import_has_cased_letter (close_paren + 2);

    /* "کراچی (اسٹاف رپورٹر) شہر …", "लखनऊ (संवाददाता) …": in a script
     * without case, a place of one or two words and the paper's
     * reporter in parentheses */
    if (caseless && close_paren - line <= 80 && (dash == NULL || dash > close_paren) && close_paren[1] == ' ')
      {
        static const char * const reporters[] = { "رپورٹر", "نمائندہ", "خبرنگار", "مراسل", "संवाददाता", NULL };
        g_autofree char *who = g_strstrip (g_strndup (open_paren + 1, close_paren - open_paren - 1));
        g_autofree char *town = g_strstrip (g_strdup (before));
        gboolean reporter = FALSE;

        for (guint i = 0; reporters[i] != NULL; i++)
          reporter |= strstr (who, reporters[i]) != NULL;
        if (reporter && _byline_import_count_words (who) <= 3 && _byline_import_count_words (town) <= 2 &&
            is_place (town, 2) && (*rest = skip_spaces_dup (close_paren + 1)) != NULL)
          {
            *place = g_steal_pointer (&town);
            *agency = g_steal_pointer (&who);
            return TRUE;
          }
      }

    /* ("Islamabad, Nov 28 (APP): The …": a colon after it, as Pakistan's
     * agency writes) */
    const char *gap = close_paren != NULL && close_paren[1] == ':' ? close_paren + 1 : close_paren;

    if (close_paren != NULL && close_paren - line <= 80 && (dash == NULL || dash > close_paren) &&
        gap[1] == ' ' && (g_unichar_isupper (g_utf8_get_char (gap + 2)) || caseless))
      {
        g_autofree char *who = g_strndup (open_paren + 1, close_paren - open_paren - 1);

        /* (a place and a date, or a shouted place: "Officials (Reuters)
         * The plan …" is a sentence) */
        if (_byline_import_is_agency (who) && (strchr (before, ',') != NULL || _byline_import_is_shouted (before)))
          {
            dash = gap + 1;
            after = gap + 1;
          }
      }
  }

  /* "(ANSA) - GENOVA, 28 NOV - …": the agency first, then the dateline */
  if (line[0] == '(' && dash != NULL)
    {
      g_autofree char *first = g_strndup (line, dash - line);
      g_autofree char *who = NULL;
      g_autofree char *after_agency = skip_spaces_dup (after);

      g_strstrip (first);
      if (!g_str_has_suffix (first, ")") || after_agency == NULL)
        return FALSE;
      who = g_strstrip (g_strndup (first + 1, strlen (first) - 2));
      if (!_byline_import_is_agency (who) ||
          !_byline_import_split_dateline (after_agency, default_zone, place, rest, date, time_zone, agency))
        return FALSE;
      g_free (*agency);
      *agency = g_steal_pointer (&who);
      return TRUE;
    }

  if (dash == NULL || dash == line)
    return split_colon_dateline (line, place, rest) || split_period_dateline (line, place, rest);

  raw = g_strndup (line, dash - line);
  prefix = g_strstrip (_byline_import_plain_spaces (raw));
  /* "MADRID.– …": Spanish papers' full stop against the dash (not "Calif.", "D.C.") */
  if (dash > line && dash[-1] == '.' && strlen (prefix) > 1)
    {
      const char *word = strrchr (prefix, ' ') != NULL ? strrchr (prefix, ' ') + 1 : prefix;

      if (strchr (word, '.') == word + strlen (word) - 1 &&
          (_byline_import_is_shouted (word) || g_utf8_strlen (word, -1) > 6))
        prefix[strlen (prefix) - 1] = '\0';
    }

  /* "(Reuters)", "(AFP)" at the end ("(APP):" with its colon) */
  if (g_str_has_suffix (prefix, "):"))
    prefix[strlen (prefix) - 1] = '\0';
  if (g_str_has_suffix (prefix, ")") && (open = strrchr (prefix, '(')) != NULL)
    {
      paren = g_strstrip (g_strndup (open + 1, strlen (open + 1) - 1));
      *open = '\0';
      g_strstrip (prefix);
      if (paren[0] == '\0' || prefix[0] == '\0' || _byline_import_count_words (paren) > 4)
        return FALSE;
    }

  /* "TACOMA, Wash. (Nov. 24, 2026) –": a press release's date in the
   * parentheses */
  if (paren != NULL && !_byline_import_is_agency (paren) &&
      _byline_import_parse_dateline_date (paren, default_zone, &when, &zone))
    g_clear_pointer (&paren, g_free);

  /* "Zagreb, Croatia CNN —": the agency's name after the place, no
   * parentheses */
  if (paren == NULL && (open = strrchr (prefix, ' ')) != NULL && _byline_import_is_agency (open + 1) &&
      _byline_import_is_shouted (open + 1))
    {
      paren = g_strdup (open + 1);
      *open = '\0';
      g_strstrip (prefix);
    }

  /* "Nov. 27 (UPI) -- …": the agency's date, and no place */
  if (paren != NULL && when == NULL && _byline_import_is_agency (paren) && opens_with_date_part (prefix) &&
      _byline_import_parse_dateline_date (prefix, default_zone, &when, &zone))
    {
      if ((*rest = skip_spaces_dup (after)) == NULL)
        return FALSE;
      *place = g_strdup ("");
      *date = g_steal_pointer (&when);
      *time_zone = g_steal_pointer (&zone);
      *agency = g_steal_pointer (&paren);
      return TRUE;
    }

  /* The place, then its state or country, then a date */
  parts = g_strsplit (prefix, ",", -1);
  g_strstrip (parts[0]);
  if (!is_place (parts[0], 4))
    return split_colon_dateline (line, place, rest);
  where = g_string_new (parts[0]);
  for (guint i = 1; parts[i] != NULL; i++)
    {
      g_autofree char *tail = g_strjoinv (",", parts + i);

      g_strstrip (parts[i]);
      if (when == NULL && opens_with_date_part (g_strstrip (tail)) &&
          _byline_import_parse_dateline_date (tail, default_zone, &when, &zone))
        break;
      /* "JAKARTA, KOMPAS.com –": the site's name after the place */
      if (parts[i + 1] == NULL && is_site_name (parts[i]))
        break;
      if (!is_place (parts[i], 3))
        return FALSE;
      g_string_append_printf (where, ", %s", parts[i]);
    }

  *rest = skip_spaces_dup (after);
  if (*rest == NULL)
    return FALSE;
  /* "Port Louis – 12 March, 2026: The …": the date after the dash, with
   * a colon; "GIS – 12 March, 2026:", a government service's initials
   * where the place would be, is no place */
  if (when == NULL && _byline_import_take_lede_date (rest, default_zone, &when, &zone) &&
      _byline_import_is_initials (where->str))
    g_string_truncate (where, 0);
  /* "МОСКВА, 28 ноя — РИА Новости. Двенадцать …": the agency after the
   * dash, as RIA Novosti signs, with a full stop */
  if (paren == NULL && strstr (*rest, ". ") != NULL && strstr (*rest, ". ") - *rest <= 40)
    {
      const char *stop = strstr (*rest, ". ");
      g_autofree char *who = g_strndup (*rest, stop - *rest);
      g_autofree char *tail = skip_spaces_dup (stop + 1);

      if (tail != NULL && _byline_import_is_agency (who))
        {
          paren = g_steal_pointer (&who);
          g_free (*rest);
          *rest = g_steal_pointer (&tail);
        }
    }
  *place = g_string_free (g_steal_pointer (&where), FALSE);
  *date = g_steal_pointer (&when);
  *time_zone = g_steal_pointer (&zone);
  if (paren != NULL && _byline_import_is_agency (paren))
    *agency = g_steal_pointer (&paren);
  return TRUE;
}

/**
 * _byline_import_lone_dateline:
 * @para: a paragraph
 *
 * A dateline alone on its line, over the lede: "WASHINGTON (AP)",
 * "ZAGREB, Croatia —", "Gəncə, 27 fevral, AZƏRTAC" (an agency in
 * parentheses or after the day, or a dash at its end: a shouted word
 * alone, "BREAKING", is none).
 *
 * Returns: (transfer full) (nullable): @para as the opening of a
 *   paragraph, for _byline_import_split_dateline(), or %NULL
 */
char *
_byline_import_lone_dateline (const char *para)
{
  g_autofree char *line = NULL;
  g_autofree char *padded = NULL;
  g_autofree char *place = NULL;
  g_autofree char *rest = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *agency = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (strlen (para) > 80 || strchr (para, '\n') != NULL)
    return NULL;
  line = g_strstrip (_byline_import_plain_spaces (para));
  if (g_str_has_suffix (line, " —") || g_str_has_suffix (line, " –") || g_str_has_suffix (line, " -") ||
      g_str_has_suffix (line, " --"))
    padded = g_strconcat (line, " x", NULL);
  else   /* ("WASHINGTON (AP)", "Gəncə, 27 fevral, AZƏRTAC": byline-import-dateline-locales.c) */
    padded = _byline_import_pad_lone_dateline (line);
  if (padded == NULL || !_byline_import_split_dateline (padded, utc, &place, &rest, &date, &zone, &agency) ||
      g_strcmp0 (rest, "x") != 0)
    return NULL;
  return g_steal_pointer (&padded);
}
