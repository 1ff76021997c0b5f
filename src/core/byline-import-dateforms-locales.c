/* byline-import-dateforms-locales.c: date lines in the calendars and
 * word orders of more languages, rewritten into what the date reader reads
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nepali papers date in the Bikram Sambat calendar, 56 or 57 years ahead
 * of the Gregorian one, its year starting in mid-April and its months of
 * 29 to 32 days as the almanac sets them ("शुक्रबार, २०८२ मंसिर १२ गते" is
 * Friday 28 November 2025); Mongolian ones number the month and put the
 * year first ("2026 оны 1-р сарын 22", "2026 оны нэгдүгээр сарын 22");
 * Khmer ones write the day, month and year each after its word ("ទី១០
 * ខែកញ្ញា ឆ្នាំ២០២៥", often run together without spaces) in Khmer digits;
 * Slovenian, Croatian, Czech and Slovak ones space out a numeric date
 * ("21. 4. 2026"). The date is rewritten in place as "28.11.2025" (day
 * first), what the rest of the line says (a weekday, the time) is left
 * for the date reader. Uzbek, Azerbaijani and Kyrgyz join the day to its
 * month and the year to its word by a hyphen ("2026-yil 5-fevral",
 * "2026-cı il", "27-январь, 2026-жыл"): the hyphens are read as spaces,
 * the year's word left out. Welsh
 * names Tuesday as it names March ("Dydd Mawrth 24 Mawrth 2026"): the
 * weekday after "Dydd" is left out, and "am" (at) before the time, no
 * "a.m." there. Basque puts the year first and the month in its genitive
 * ("2026ko martxoaren 12a"), Yiddish writes the day as an ordinal after
 * "the" ("דאָנערשטיק, דעם 15טן יאַנואַר 2026"), Burmese in its own figures
 * with the half of the day's word before a 12-hour time ("ဒီဇင်ဘာ ၉၊
 * ၂၀၂၅ | ညနေ ၄:၁၅", 16:15): each is rewritten as the date reader reads it.
 * Irish, Maltese, Luxembourgish, Somali, Marathi and Malagasy dates are
 * read in byline-import-dateforms-locales2.c.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"
#include "byline-import-private.h"

/* The Bikram Sambat months' lengths, from 2070 BS (1 Baisakh 2070 was 14
 * April 2013), as the almanac published them up to 2083 (1 Baisakh 2082
 * was 14 April 2025, 1 Baisakh 2083 is 14 April 2026) and as the usual
 * converters reckon them after that */
#define BS_FIRST_YEAR 2070
static const guint8 bs_month_days[][12] = {
  { 31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30 },   /* 2070 */
  { 31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30 },
  { 31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30 },
  { 31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31 },
  { 31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30 },
  { 31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30 },   /* 2075 */
  { 31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30 },
  { 31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31 },
  { 31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30 },
  { 31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30 },
  { 31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30 },   /* 2080 */
  { 31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31 },
  { 31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30 },
  { 31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30 },
  { 31, 31, 32, 31, 31, 30, 30, 30, 29, 30, 30, 30 },
  { 31, 32, 31, 32, 30, 31, 30, 30, 29, 30, 30, 30 },   /* 2085 */
  { 30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30 },
  { 31, 31, 32, 31, 31, 31, 30, 30, 29, 30, 30, 30 },
  { 30, 31, 32, 32, 30, 31, 30, 30, 29, 30, 30, 30 },
  { 30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30 },
  { 30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 30, 30 },   /* 2090 */
};

/**
 * _byline_import_bikram_sambat_to_gregorian:
 *
 * Converts the Bikram Sambat date @year, @month (1 Baisakh … 12 Chaitra),
 * @day to the Gregorian calendar, in @date
 *
 * Returns: whether the date is one of the table's years and valid
 */
gboolean
_byline_import_bikram_sambat_to_gregorian (int    year,
                                           int    month,
                                           int    day,
                                           GDate *date)
{
  guint days = 0;

  if (year < BS_FIRST_YEAR || year >= BS_FIRST_YEAR + (int) G_N_ELEMENTS (bs_month_days) || month < 1 ||
      month > 12 || day < 1 || day > bs_month_days[year - BS_FIRST_YEAR][month - 1])
    return FALSE;
  for (int y = BS_FIRST_YEAR; y < year; y++)
    for (int m = 0; m < 12; m++)
      days += bs_month_days[y - BS_FIRST_YEAR][m];
  for (int m = 0; m < month - 1; m++)
    days += bs_month_days[year - BS_FIRST_YEAR][m];
  g_date_clear (date, 1);
  g_date_set_dmy (date, 14, G_DATE_APRIL, 2013);
  g_date_add_days (date, days + day - 1);
  return TRUE;
}

/* The Bikram Sambat months in Nepali, as papers spell them (and their
 * Sanskrit names), one row per month */
static const char * const nepali_months[12][6] = {
  { "बैशाख", "वैशाख", "बैसाख", NULL }, { "जेठ", "जेष्ठ", "ज्येष्ठ", NULL },
  { "असार", "आषाढ", "असाढ", NULL }, { "साउन", "श्रावण", "साऊन", NULL },
  { "भदौ", "भाद्र", "भाद्रपद", NULL }, { "असोज", "आश्विन", NULL },
  { "कात्तिक", "कार्तिक", "कातिक", NULL }, { "मंसिर", "मङ्सिर", "मङसिर", "मार्ग", "मार्गशीर्ष", NULL },
  { "पुस", "पौष", "पूस", NULL }, { "माघ", NULL }, { "फागुन", "फाल्गुन", NULL }, { "चैत", "चैत्र", NULL },
};

/* Khmer's months, after "ខែ" (month) or alone */
static const char * const khmer_months[12] = {
  "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
};

/* Mongolian's ordinal months: "нэгдүгээр сар", the first month ("арван
 * нэгдүгээр", the eleventh, is two words: its second is read after
 * "арван") */
static const char * const mongolian_ordinals[10] = {
  "нэгдүгээр", "хоёрдугаар", "гуравдугаар", "дөрөвдүгээр", "тавдугаар", "зургаадугаар", "долдугаар",
  "наймдугаар", "есдүгээр", "аравдугаар",
};

/* The number @word is, all of it ASCII figures (a comma after it
 * allowed), or -1 */
static int
number_word (const char *word,
             guint       max_digits)
{
  int value = 0;
  guint n = 0;

  while (g_ascii_isdigit (word[n]) && n < max_digits)
    value = value * 10 + (word[n++] - '0');
  if (n == 0 || (word[n] != '\0' && !(word[n] == ',' && word[n + 1] == '\0')))
    return -1;
  return value;
}

/* @word without @suffix, when it ends so (else a copy of it) */
static char *
without_suffix (const char *word,
                const char *suffix)
{
  gsize len = strlen (word), cut = strlen (suffix);

  if (len > cut && g_str_has_suffix (word, suffix))
    return g_strndup (word, len - cut);
  return g_strdup (word);
}

/* @words[@from..@to] (inclusive) replaced by the day, month and year of
 * @date, written "28.11.2025" (a comma that closed @to kept) */
static char *
splice_words (char  **words,
              guint   from,
              guint   to,
              GDate  *date)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (i > from && i <= to)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (i == from)
        g_string_append_printf (out, "%d.%d.%d%s", g_date_get_day (date), g_date_get_month (date),
                                g_date_get_year (date), g_str_has_suffix (words[to], ",") ? "," : "");
      else
        g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
nepali_month (const char *word)
{
  g_autofree char *bare = without_suffix (word, ",");

  for (int m = 0; m < 12; m++)
    for (guint k = 0; nepali_months[m][k] != NULL; k++)
      if (g_str_equal (bare, nepali_months[m][k]))
        return m + 1;
  return 0;
}

/* A day: "१२", "12", "12गते", "12," */
static int
nepali_day (const char *word)
{
  g_autofree char *bare = without_suffix (word, "गते");

  return number_word (bare, 2);
}

/* "२०८२ मंसिर १२ गते", "१२ मंसिर २०८२", "मंसिर १२, २०८२" → "28.11.2025"
 * (the figures already in ASCII) */
static char *
nepali_date (char **words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      int m = nepali_month (words[i]);
      int y = -1, d = -1;
      guint from = i, to = i;
      gboolean day_last = FALSE;
      GDate date;

      if (m == 0)
        continue;
      if (i > 0 && (y = number_word (words[i - 1], 4)) >= 2000 && words[i + 1] != NULL &&
          (d = nepali_day (words[i + 1])) > 0)
        from = i - 1, to = i + 1, day_last = TRUE;
      else if (i > 0 && (d = nepali_day (words[i - 1])) > 0 && words[i + 1] != NULL &&
               (y = number_word (words[i + 1], 4)) >= 2000)
        from = i - 1, to = i + 1;
      else if (words[i + 1] != NULL && (d = nepali_day (words[i + 1])) > 0 && words[i + 2] != NULL &&
               (y = number_word (words[i + 2], 4)) >= 2000)
        to = i + 2;
      else
        continue;
      /* ("गते", the day's mark, as a word of its own) */
      if (day_last && words[to + 1] != NULL &&
          (g_str_equal (words[to + 1], "गते") || g_str_equal (words[to + 1], "गते,")))
        to++;
      if (!_byline_import_bikram_sambat_to_gregorian (y, m, d, &date))
        return NULL;
      return splice_words (words, from, to, &date);
    }
  return NULL;
}

/* "1-р" (first), "01-р", "12-р"; or "нэгдүгээр", "арван хоёрдугаар" (two
 * words: *@used is how many) */
static int
mongolian_month (char  **words,
                 guint   i,
                 guint  *used)
{
  g_autofree char *bare = words[i] != NULL ? without_suffix (words[i], "-р") : NULL;
  int month;

  *used = 1;
  if (bare == NULL)
    return 0;
  if (!g_str_equal (bare, words[i]) && (month = number_word (bare, 2)) >= 1 && month <= 12)
    return month;
  for (int k = 0; k < 10; k++)
    if (g_str_equal (words[i], mongolian_ordinals[k]))
      return k + 1;
  if (g_str_equal (words[i], "арван") && words[i + 1] != NULL)
    {
      *used = 2;
      if (g_str_equal (words[i + 1], "нэгдүгээр"))
        return 11;
      if (g_str_equal (words[i + 1], "хоёрдугаар"))
        return 12;
    }
  return 0;
}

/* "2026 оны 1-р сарын 22", "2026 оны нэгдүгээр сарын 22-ны" → "22.1.2026" */
static char *
mongolian_date (char **words)
{
  static const char * const day_marks[] = { "-ны", "-ний", "-нд", "-ний өдөр", "-нээс", NULL };

  for (guint i = 1; words[0] != NULL && words[i] != NULL; i++)
    {
      int y, m, d = -1;
      guint used, at;
      GDate date;

      if (!g_str_equal (words[i], "оны") || (y = number_word (words[i - 1], 4)) < 1900 || y > 2200 ||
          (m = mongolian_month (words, i + 1, &used)) == 0)
        continue;
      at = i + 1 + used;
      if (words[at] == NULL || (!g_str_equal (words[at], "сарын") && !g_str_equal (words[at], "сар")) ||
          words[at + 1] == NULL)
        continue;
      for (guint k = 0; day_marks[k] != NULL && d < 0; k++)
        {
          g_autofree char *bare = without_suffix (words[at + 1], day_marks[k]);

          d = number_word (bare, 2);
        }
      if (d < 1 || !g_date_valid_dmy (d, m, y))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, d, m, y);
      return splice_words (words, i - 1, at + 1, &date);
    }
  return NULL;
}

/* Reads ASCII figures backwards, ending at @end: the number, and where it
 * starts in *@start */
static int
number_before (const char  *line,
               const char  *end,
               const char **start)
{
  const char *p = end;
  int value = 0, scale = 1;

  while (p > line && g_ascii_isdigit (p[-1]) && scale <= 1000)
    {
      value += (p[-1] - '0') * scale;
      scale *= 10;
      p--;
    }
  *start = p;
  return p == end ? -1 : value;
}

/* "ថ្ងៃពុធ ទី10 ខែកញ្ញា ឆ្នាំ2025", "ថ្ងៃទី10ខែកញ្ញាឆ្នាំ2025" → "ថ្ងៃពុធ 10.9.2025"
 * (the figures already in ASCII; a Buddhist era's year, "ព.ស.2569", is
 * 543 years ahead) */
static char *
khmer_date (const char *line)
{
  for (int m = 0; m < 12; m++)
    {
      const char *hit = strstr (line, khmer_months[m]);
      const char *start, *p, *end;
      int d, y;
      GDate date;

      if (hit == NULL)
        continue;
      start = hit;
      if (start - line >= (gssize) strlen ("ខែ") && strncmp (start - strlen ("ខែ"), "ខែ", strlen ("ខែ")) == 0)
        start -= strlen ("ខែ");
      while (start > line && start[-1] == ' ')
        start--;
      if ((d = number_before (line, start, &start)) < 1 || d > 31)
        continue;
      if (start - line >= (gssize) strlen ("ទី") && strncmp (start - strlen ("ទី"), "ទី", strlen ("ទី")) == 0)
        start -= strlen ("ទី");
      if (start - line >= (gssize) strlen ("ថ្ងៃ") && strncmp (start - strlen ("ថ្ងៃ"), "ថ្ងៃ", strlen ("ថ្ងៃ")) == 0)
        start -= strlen ("ថ្ងៃ");
      p = hit + strlen (khmer_months[m]);
      while (*p == ' ')
        p++;
      if (g_str_has_prefix (p, "ឆ្នាំ"))
        p += strlen ("ឆ្នាំ");
      if (g_str_has_prefix (p, "ព.ស."))
        p += strlen ("ព.ស.");
      while (*p == ' ')
        p++;
      end = p;
      y = 0;
      while (g_ascii_isdigit (*end) && end - p < 4)
        y = y * 10 + (*end++ - '0');
      if (end - p != 4 || g_ascii_isdigit (*end))
        continue;
      if (y > 2400)
        y -= 543;
      if (!g_date_valid_dmy (d, m + 1, y))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, d, m + 1, y);
      return g_strdup_printf ("%.*s%s%d.%d.%d %s", (int) (start - line), line,
                              start > line && start[-1] != ' ' ? " " : "", d, m + 1, y, end);
    }
  return NULL;
}

/* "21. 4. 2026" → "21.4.2026": a numeric date spaced out, day first */
static char *
spaced_numeric_date (const char *line)
{
  for (const char *p = line; *p != '\0'; p++)
    {
      const char *q = p;
      int d = 0, m = 0, y = 0, n;

      if (!g_ascii_isdigit (*p) || (p > line && (g_ascii_isdigit (p[-1]) || p[-1] == '.')))
        continue;
      for (n = 0; g_ascii_isdigit (*q) && n < 3; n++)
        d = d * 10 + (*q++ - '0');
      if (n > 2 || !g_str_has_prefix (q, ". ") || !g_ascii_isdigit (q[2]))
        continue;
      q += 2;
      for (n = 0; g_ascii_isdigit (*q) && n < 3; n++)
        m = m * 10 + (*q++ - '0');
      if (n > 2 || !g_str_has_prefix (q, ". ") || !g_ascii_isdigit (q[2]))
        continue;
      q += 2;
      for (n = 0; g_ascii_isdigit (*q) && n < 5; n++)
        y = y * 10 + (*q++ - '0');
      if (n != 4 || d < 1 || d > 31 || m < 1 || m > 12 || y < 1900)
        continue;
      return g_strdup_printf ("%.*s%d.%d.%d%s", (int) (p - line), line, d, m, y, q);
    }
  return NULL;
}

/* "2026-yil 5-fevral", "27-fevral 2026-cı il" → "2026 5 fevral", "27
 * fevral 2026": a day joined to its month, a year to its word or its
 * ordinal ending (NULL when @words hold none) */
static char *
turkic_hyphens (char **words)
{
  static const char * const year_words[] = {
    "yil", "yilda", "yildagi", "yili", "cı", "ci", "cu", "cü", "йил", "йилда", "жыл", "жылы", NULL
  };
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean changed = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *hyphen = strchr (words[i], '-');
      gsize figures = strspn (words[i], "0123456789");
      g_autofree char *tail = hyphen != NULL ? without_suffix (hyphen + 1, ",") : NULL;

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (hyphen != NULL && hyphen == words[i] + figures && figures >= 1 && figures <= 2 &&
          _byline_import_parse_month (tail) > 0)
        {
          g_string_append_printf (out, "%.*s %s", (int) figures, words[i], hyphen + 1);
          changed = TRUE;
        }
      else if (hyphen != NULL && hyphen == words[i] + 4 && figures == 4 && g_strv_contains (year_words, tail))
        {
          g_string_append_printf (out, "%.4s%s", words[i], g_str_has_suffix (words[i], ",") ? "," : "");
          /* ("2026-cı il": the year's word after it) */
          if (words[i + 1] != NULL && (g_str_equal (words[i + 1], "il") || g_str_equal (words[i + 1], "il,")))
            i++;
          changed = TRUE;
        }
      else
        g_string_append (out, words[i]);
    }
  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* "Dydd Mawrth 24 Mawrth 2026, am 07:15" → "24 Mawrth 2026, 07:15" (NULL
 * when @words hold no Welsh weekday or month) */
static char *
welsh_date (char **words)
{
  static const char * const weekdays[] = { "llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul", NULL };
  static const char * const months[] = {
    "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd",
    "rhagfyr", NULL
  };
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean welsh = FALSE, changed = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      g_autofree char *bare = without_suffix (lower, ",");

      welsh |= g_strv_contains (months, bare) || g_str_equal (bare, "dydd");
    }
  if (!welsh)
    return NULL;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      g_autofree char *next = words[i + 1] != NULL ? g_utf8_strdown (words[i + 1], -1) : NULL;
      g_autofree char *bare = next != NULL ? without_suffix (next, ",") : NULL;

      if (g_str_equal (lower, "dydd") && bare != NULL && g_strv_contains (weekdays, bare))
        {
          i++;
          changed = TRUE;
          continue;
        }
      if (g_str_equal (lower, "am") && next != NULL && g_ascii_isdigit (next[0]))
        {
          changed = TRUE;
          continue;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* @word's figures when it is one or two of them and then one of
 * @suffixes (or none when @bare_ok), else -1 */
static int
day_with_suffix (const char         *word,
                 const char * const *suffixes,
                 gboolean            bare_ok)
{
  gsize figures = strspn (word, "0123456789");
  g_autofree char *number = NULL;
  int day;

  if (figures < 1 || figures > 2)
    return -1;
  if (!(bare_ok && word[figures] == '\0') && !g_strv_contains (suffixes, word + figures))
    return -1;
  number = g_strndup (word, figures);
  day = number_word (number, 2);
  return day >= 1 && day <= 31 ? day : -1;
}

/* "2026ko martxoaren 12a, 10:45", "2026ko martxoaren 12an, osteguna" →
 * "12.3.2026, 10:45": Basque puts the year first with "-ko" (of), the
 * month in its genitive and the day with its article or its locative
 * ("12a", the 12th, "12an", on the 12th, "1ean"); its weekday (a word
 * the date reader does not know) is left out */
static char *
basque_date (char **words)
{
  static const char * const day_endings[] = { "a", "an", "ean", "n", "etik", "tik", NULL };
  static const char * const weekdays[] = {
    "astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata", "igandea", NULL
  };

  for (guint i = 0; words[0] != NULL && words[1] != NULL && words[i + 2] != NULL; i++)
    {
      g_autofree char *year_word = without_suffix (words[i], "ko");
      g_autofree char *day_word = without_suffix (words[i + 2], ",");
      int y = number_word (year_word, 4), d;
      GDate date;
      char *out;

      if (g_str_equal (year_word, words[i]) || y < 1900 || y > 2200 ||
          !g_str_has_suffix (words[i + 1], "aren") || _byline_import_parse_month (words[i + 1]) == 0 ||
          (d = day_with_suffix (day_word, day_endings, FALSE)) < 0 ||
          !g_date_valid_dmy (d, _byline_import_parse_month (words[i + 1]), y))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, d, _byline_import_parse_month (words[i + 1]), y);
      out = splice_words (words, i, i + 2, &date);
      /* ("…, osteguna": its weekday, after the date or before it) */
      for (guint k = 0; weekdays[k] != NULL; k++)
        {
          g_autofree char *lower = g_utf8_strdown (out, -1);
          const char *hit = strstr (lower, weekdays[k]);
          g_autoptr(GString) cut = NULL;

          if (hit == NULL)
            continue;
          cut = g_string_new (out);
          g_string_erase (cut, hit - lower, strlen (weekdays[k]));
          g_free (out);
          out = g_strstrip (g_string_free (g_steal_pointer (&cut), FALSE));
          break;
        }
      return out;
    }
  return NULL;
}

/* "דאָנערשטיק, דעם 15טן יאַנואַר 2026" → "15.1.2026": Yiddish writes the
 * day as an ordinal ("15טן", "21סטן") after "דעם" (the), its weekday
 * before them, both words the date reader does not know; in the YIVO
 * spelling (its points) or the Hasidic press's (none, "-טאג") */
static char *
yiddish_date (char **words)
{
  static const char * const ordinal_endings[] = { "טן", "סטן", "טער", "סטער", "טע", "סטע", NULL };
  static const char * const weekdays[] = {
    "זונטיק", "מאָנטיק", "דינסטיק", "מיטוואָך", "דאָנערשטיק", "פֿרײַטיק", "שבת", "מאנטיק", "מיטוואך",
    "דאנערשטיק", "פרייטיק", "פֿרייטיק", "זונטאג", "מאנטאג", "דינסטאג", "דאנערשטאג", "פרייטאג", "שבת־קודש", NULL
  };

  for (guint i = 1; words[0] != NULL && words[i] != NULL && words[i + 1] != NULL; i++)
    {
      g_autofree char *year_word = without_suffix (words[i + 1], ",");
      int m = _byline_import_parse_month (words[i]), y, d;
      gboolean the = i >= 2 && g_str_equal (words[i - 2], "דעם");
      guint from;
      GDate date;

      if (m == 0 || g_utf8_get_char (words[i]) < 0x05D0 || g_utf8_get_char (words[i]) > 0x05F2 ||
          (y = number_word (year_word, 4)) < 1900 || y > 2200 ||
          (d = day_with_suffix (words[i - 1], ordinal_endings, the)) < 0 || !g_date_valid_dmy (d, m, y))
        continue;
      from = the ? i - 2 : i - 1;
      if (from > 0)
        {
          g_autofree char *weekday = without_suffix (words[from - 1], ",");

          if (g_strv_contains (weekdays, weekday))
            from--;
        }
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, d, m, y);
      return splice_words (words, from, i + 1, &date);
    }
  return NULL;
}

/* "4:15", "12:05": a 12-hour clock's hour and minute, and where they end */
static gboolean
read_hour_minute (const char  *p,
                  int         *hour,
                  int         *minute,
                  const char **end)
{
  gsize figures = strspn (p, "0123456789");

  if (figures < 1 || figures > 2 || p[figures] != ':' || strspn (p + figures + 1, "0123456789") != 2)
    return FALSE;
  *hour = (int) g_ascii_strtoll (p, NULL, 10);
  *minute = (int) g_ascii_strtoll (p + figures + 1, NULL, 10);
  *end = p + figures + 3;
  return *hour >= 1 && *hour <= 12 && *minute <= 59;
}

/* The half of the day's words of Burmese before a 12-hour time:
 * "နံနက်", "မနက်" (morning), "နေ့လည်" (midday), "မွန်းလွဲ" (afternoon),
 * "ညနေ" (evening), "ည" (night: the evening's after six, the small
 * hours' before) */
static int
burmese_hour (const char *half,
              int         hour)
{
  if (g_str_equal (half, "နံနက်") || g_str_equal (half, "မနက်"))
    return hour == 12 ? 0 : hour;
  if (g_str_equal (half, "နေ့လည်"))
    return hour >= 1 && hour <= 6 ? hour + 12 : hour;
  if (g_str_equal (half, "မွန်းလွဲ") || g_str_equal (half, "ညနေ"))
    return hour < 12 ? hour + 12 : hour;
  if (g_str_equal (half, "ည"))
    return hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  return -1;
}

/* "ဒီဇင်ဘာ ၉၊ ၂၀၂၅ | ညနေ ၄:၁၅" → "ဒီဇင်ဘာ 9, 2025 | 16:15": Burmese figures
 * as ASCII, its comma "၊" as ",", a 12-hour time after its half of the
 * day's word in 24 hours ("နာရီ", hour, after it left out); "၂၀၂၅
 * ခုနှစ် ဒီဇင်ဘာလ ၉ ရက်" (year, month, day, each with its word) →
 * "9.12.2025" (NULL when @line has no Burmese figure or month) */
static char *
burmese_date (const char *line)
{
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean burmese = FALSE;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x1040 && c <= 0x1049)
        g_string_append_c (ascii, (char) ('0' + (c - 0x1040)));
      else if (c == 0x104A)
        g_string_append_c (ascii, ',');
      else
        g_string_append_unichar (ascii, c);
      burmese |= c >= 0x1000 && c <= 0x109F;
    }
  if (!burmese)
    return NULL;
  words = g_strsplit (ascii->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int y, m, d, hour, minute;
      const char *end;

      /* "၂၀၂၅ ခုနှစ် ဒီဇင်ဘာလ ၉ ရက်" */
      if (words[i + 1] != NULL && words[i + 2] != NULL && words[i + 3] != NULL &&
          g_str_equal (words[i + 1], "ခုနှစ်") && (y = number_word (words[i], 4)) >= 1900 &&
          (m = _byline_import_parse_month (words[i + 2])) > 0 && (d = number_word (words[i + 3], 2)) > 0 &&
          g_date_valid_dmy (d, m, y))
        {
          g_string_append_printf (out, "%s%d.%d.%d", out->len > 0 ? " " : "", d, m, y);
          i += 3;
          if (words[i + 1] != NULL && (g_str_equal (words[i + 1], "ရက်") || g_str_equal (words[i + 1], "ရက်နေ့")))
            i++;
          continue;
        }
      /* "ညနေ 4:15", "ညနေ 4:15 နာရီ" */
      if (words[i + 1] != NULL && read_hour_minute (words[i + 1], &hour, &minute, &end) && *end == '\0' &&
          (hour = burmese_hour (words[i], hour)) >= 0 && hour <= 23)
        {
          g_string_append_printf (out, "%s%02d:%02d", out->len > 0 ? " " : "", hour, minute);
          i++;
          if (words[i + 1] != NULL && g_str_equal (words[i + 1], "နာရီ"))
            i++;
          continue;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  if (g_str_equal (out->str, line))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * _byline_import_khmer_digits_to_ascii:
 *
 * Returns: (transfer full) (nullable): @text with Khmer's figures (០–៩)
 *   as 0–9, or %NULL when it has none
 */
char *
_byline_import_khmer_digits_to_ascii (const char *text)
{
  g_autoptr(GString) out = NULL;
  gboolean any = FALSE;

  /* (every Khmer figure's UTF-8 opens with E1 9F) */
  if (strstr (text, "\xe1\x9f") == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x17E0 && c <= 0x17E9)
        {
          g_string_append_c (out, (char) ('0' + (c - 0x17E0)));
          any = TRUE;
        }
      else
        g_string_append_unichar (out, c);
    }
  return any ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/**
 * _byline_import_rewrite_locale_dates:
 * @line: a date line, its figures in ASCII (Khmer's and Burmese's too are
 *   read here)
 *
 * Returns: (transfer full) (nullable): @line with a Bikram Sambat,
 *   Mongolian, Khmer, Basque, Yiddish or spaced numeric date written
 *   "28.11.2025", an Uzbek or Azerbaijani one's hyphens as spaces, a Welsh
 *   one without its weekday, a Burmese one in ASCII figures and 24 hours
 *   (see the top of this file), or %NULL when it holds none
 */
char *
_byline_import_rewrite_locale_dates (const char *line)
{
  g_autofree char *khmer = _byline_import_khmer_digits_to_ascii (line);
  g_auto(GStrv) words = NULL;
  char *out;

  if (khmer != NULL)
    line = khmer;
  if (!g_utf8_validate (line, -1, NULL))
    return NULL;
  words = g_strsplit (line, " ", -1);
  if ((out = nepali_date (words)) != NULL || (out = mongolian_date (words)) != NULL ||
      (out = khmer_date (line)) != NULL || (out = spaced_numeric_date (line)) != NULL ||
      (out = turkic_hyphens (words)) != NULL || (out = welsh_date (words)) != NULL ||
      (out = basque_date (words)) != NULL || (out = yiddish_date (words)) != NULL || (out = burmese_date (line)) != NULL ||
      (out = _byline_import_rewrite_more_locale_dates (line)) != NULL)
    return out;
  return khmer != NULL ? g_steal_pointer (&khmer) : NULL;
}
