/* byline-import-dateforms-locales2.c: date lines of more languages,
 * rewritten into what the date reader reads
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * byline-import-dateforms-locales.c's languages go on here. Irish names
 * its weekdays after "Dé" (day) and two of its months in two words ("Dé
 * hAoine, 24 Deireadh Fómhair 2025", Friday 24 October 2025); Maltese
 * puts "ta'" (of) between the day and the month and its article before
 * the weekday ("It-Tlieta, 3 ta' Marzu 2026", Tuesday 3 March 2026);
 * Luxembourgish writes its own months and weekdays and parts the hour by
 * a full stop before "Auer" (o'clock: "Mëttwoch, 4. Mäerz 2026, 14.35
 * Auer"); Somali writes its own months and weekdays ("Khamiis, 12
 * Febraayo 2026"); Marathi its own months, its Tuesday ("मंगळवार"), and
 * the half of the day's word before a 12-hour time ("दुपारी ३:४०",
 * afternoon, 15:40); Malagasy its own months and weekdays ("Alarobia 18
 * Martsa 2026"); Yoruba numbers its months after "Oṣù" (month) and puts
 * the part of the day after a 12-hour time ("Ọjọ́bọ̀, 12 Oṣù Kẹta, 2026 |
 * 4:15 ìrọ̀lẹ́", Thursday 12 March 2026, 16:15); Haitian Creole writes its
 * own months and weekdays ("Madi 10 mas 2026"); Lao, Dhivehi and Xhosa
 * their weekdays before a date the date reader knows the month of
 * ("ວັນພຸດ ທີ 25 ມີນາ 2026", "ބުދަ، 18 މާރިޗު 2026"). The date is rewritten
 * in place as "24.10.2025" (day first), its weekday left out, a time in
 * 24 hours as "14:35"; the rest of the line is left for the date reader.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

typedef struct
{
  const char *name;   /* lower case, one word or two */
  int         month;
} LocaleMonth;

typedef struct
{
  const LocaleMonth  *months;
  const char * const *weekdays;   /* lower case, one word or two */
  const char * const *before;     /* words before a weekday ("nhar", on) */
  const char * const *between;    /* words between the day and the month */
  const char * const *marks;      /* words one of which the line must hold, or NULL */
  const char * const *after;      /* words between the weekday and the day ("ທີ", the) */
  gboolean            toneless;   /* words read without their tone marks (Yoruba's) */
} LocaleDates;

/* Irish: the months (and their genitives, "mí na Samhna"), the weekdays
 * after "Dé" ("Déardaoin", Thursday, in one word) */
static const LocaleMonth irish_months[] = {
  { "eanáir", 1 }, { "feabhra", 2 }, { "márta", 3 }, { "aibreán", 4 }, { "aibreáin", 4 }, { "bealtaine", 5 },
  { "meitheamh", 6 }, { "meithimh", 6 }, { "iúil", 7 }, { "lúnasa", 8 }, { "meán fómhair", 9 },
  { "deireadh fómhair", 10 }, { "samhain", 11 }, { "samhna", 11 }, { "nollaig", 12 }, { "nollag", 12 },
  { NULL, 0 }
};
static const char * const irish_weekdays[] = {
  "dé luain", "dé máirt", "dé céadaoin", "déardaoin", "dé ardaoin", "dé haoine", "dé sathairn", "dé domhnaigh",
  NULL
};

/* Maltese: the months, the weekdays with their article and without it,
 * "nhar" (on) before them, "ta'" (of) before the month */
static const LocaleMonth maltese_months[] = {
  { "jannar", 1 }, { "frar", 2 }, { "marzu", 3 }, { "april", 4 }, { "mejju", 5 }, { "ġunju", 6 }, { "lulju", 7 },
  { "awwissu", 8 }, { "settembru", 9 }, { "ottubru", 10 }, { "novembru", 11 }, { "diċembru", 12 }, { NULL, 0 }
};
static const char * const maltese_weekdays[] = {
  "it-tnejn", "it-tlieta", "l-erbgħa", "il-ħamis", "il-ġimgħa", "is-sibt", "il-ħadd", "tnejn", "tlieta", "erbgħa",
  "ħamis", "ġimgħa", "sibt", "ħadd", NULL
};
static const char * const maltese_before[] = { "nhar", NULL };
static const char * const maltese_between[] = { "ta'", "ta’", NULL };

/* Luxembourgish: the months, the weekdays; a line in German ("4. Juli
 * 2026") is no Luxembourgish one without a word of its own */
static const LocaleMonth luxembourgish_months[] = {
  { "januar", 1 }, { "februar", 2 }, { "mäerz", 3 }, { "abrëll", 4 }, { "mee", 5 }, { "juni", 6 }, { "juli", 7 },
  { "august", 8 }, { "september", 9 }, { "oktober", 10 }, { "november", 11 }, { "dezember", 12 }, { NULL, 0 }
};
static const char * const luxembourgish_weekdays[] = {
  "méindeg", "dënschdeg", "mëttwoch", "donneschdeg", "freideg", "samschdeg", "sonndeg", NULL
};
static const char * const luxembourgish_marks[] = {
  "méindeg", "dënschdeg", "mëttwoch", "donneschdeg", "freideg", "samschdeg", "sonndeg", "mäerz", "abrëll", "mee",
  "auer", NULL
};

/* Somali: the months, as its papers spell them, the weekdays */
static const LocaleMonth somali_months[] = {
  { "janaayo", 1 }, { "jannaayo", 1 }, { "febraayo", 2 }, { "febrayo", 2 }, { "maarso", 3 }, { "abriil", 4 },
  { "maajo", 5 }, { "juun", 6 }, { "luulyo", 7 }, { "luuliyo", 7 }, { "agoosto", 8 }, { "ogost", 8 },
  { "sebtembar", 9 }, { "sibtambar", 9 }, { "oktoobar", 10 }, { "nofembar", 11 }, { "nofeembar", 11 },
  { "desembar", 12 }, { "diseembar", 12 }, { NULL, 0 }
};
static const char * const somali_weekdays[] = {
  "isniin", "talaado", "arbaco", "khamiis", "jimce", "sabti", "axad", NULL
};

/* Marathi: the months (Hindi's "मार्च", "जून" too: a line must hold a
 * word only Marathi writes), the weekdays ("मंगळवार", Tuesday, with its
 * ळ) */
static const LocaleMonth marathi_months[] = {
  { "जानेवारी", 1 }, { "फेब्रुवारी", 2 }, { "मार्च", 3 }, { "एप्रिल", 4 }, { "मे", 5 }, { "जून", 6 }, { "जुलै", 7 },
  { "ऑगस्ट", 8 }, { "सप्टेंबर", 9 }, { "ऑक्टोबर", 10 }, { "नोव्हेंबर", 11 }, { "डिसेंबर", 12 }, { NULL, 0 }
};
static const char * const marathi_weekdays[] = {
  "सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार", NULL
};
static const char * const marathi_marks[] = {
  "जानेवारी", "फेब्रुवारी", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर", "मंगळवार", "पहाटे",
  "सकाळी", "दुपारी", "संध्याकाळी", "सायंकाळी", "रात्री", "वाजता", NULL
};

/* Malagasy: the months (with "Mey", May, and "Jona", June, a name too,
 * which only a date line's day and year before and after them make a
 * month), the weekdays ("Alarobia 18 Martsa 2026") */
static const LocaleMonth malagasy_months[] = {
  { "janoary", 1 }, { "febroary", 2 }, { "martsa", 3 }, { "aprily", 4 }, { "mey", 5 }, { "jona", 6 },
  { "jolay", 7 }, { "aogositra", 8 }, { "septambra", 9 }, { "oktobra", 10 }, { "novambra", 11 },
  { "desambra", 12 }, { NULL, 0 }
};
static const char * const malagasy_weekdays[] = {
  "alatsinainy", "talata", "alarobia", "alakamisy", "zoma", "sabotsy", "alahady", NULL
};

/* Yoruba: "Oṣù" (month) and the month's number, "Oṣù Kẹta" (the third
 * month, March), or its own name, "Oṣù Ẹrẹ̀nà"; the weekdays ("Ọjọ́bọ̀",
 * Thursday). Papers print the tone marks or leave them out, some of them
 * combining marks over "ẹ" and "ọ" ("Ọ̀yọ́"): the words are read without
 * them, as written here */
static const LocaleMonth yoruba_months[] = {
  { "oṣu kini", 1 }, { "oṣu kinni", 1 }, { "oṣu ṣẹrẹ", 1 }, { "oṣu keji", 2 }, { "oṣu erele", 2 },
  { "oṣu kẹta", 3 }, { "oṣu ẹrẹna", 3 }, { "oṣu kẹrin", 4 }, { "oṣu igbe", 4 }, { "oṣu karun", 5 },
  { "oṣu karun-un", 5 }, { "oṣu ẹbibi", 5 }, { "oṣu kẹfa", 6 }, { "oṣu okudu", 6 }, { "oṣu keje", 7 },
  { "oṣu agẹmọ", 7 }, { "oṣu kẹjọ", 8 }, { "oṣu ogun", 8 }, { "oṣu kẹsan", 9 }, { "oṣu kẹsan-an", 9 },
  { "oṣu owewe", 9 }, { "oṣu kẹwa", 10 }, { "oṣu ọwara", 10 }, { "oṣu kọkanla", 11 }, { "oṣu belu", 11 },
  { "oṣu kejila", 12 }, { "oṣu ọpẹ", 12 }, { NULL, 0 }
};
static const char * const yoruba_weekdays[] = {
  "ọjọ aje", "ọjọ iṣẹgun", "ọjọru", "ọjọ ru", "ọjọbọ", "ọjọ bọ", "ọjọ ẹti", "ọjọ abamẹta", "ọjọ aiku", NULL
};

/* Haitian Creole: the months ("mas", "me", words too, only with a day and
 * a year around them), the weekdays ("Madi 10 mas 2026"); a line must hold
 * a word only Creole writes ("23 Out 2025" is Portuguese's October, "Out"
 * Creole's August) */
static const LocaleMonth creole_months[] = {
  { "janvye", 1 }, { "fevriye", 2 }, { "mas", 3 }, { "avril", 4 }, { "me", 5 }, { "jen", 6 }, { "jiyè", 7 },
  { "out", 8 }, { "septanm", 9 }, { "oktòb", 10 }, { "novanm", 11 }, { "desanm", 12 }, { NULL, 0 }
};
static const char * const creole_weekdays[] = {
  "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch", NULL
};
static const char * const creole_marks[] = {
  "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch", "janvye", "fevriye", "mas", "jen", "jiyè",
  "septanm", "oktòb", "novanm", "desanm", NULL
};

/* Lao, Dhivehi and Xhosa, whose months the date reader knows
 * (byline-import-months.c): the weekdays before the day, Lao's with
 * "ທີ" (the) after them ("ວັນພຸດ ທີ 25 ມີນາ 2026", Wednesday 25 March
 * 2026), Dhivehi's with an Arabic comma ("ބުދަ، 18 މާރިޗު 2026") */
static const char * const lao_weekdays[] = {
  "ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ", "ວັນອາທິດ", NULL
};
static const char * const lao_after[] = { "ທີ", "ທີ່", NULL };
static const char * const dhivehi_weekdays[] = {
  "އާދިއްތަ", "ހޯމަ", "އަންގާރަ", "ބުދަ", "ބުރާސްފަތި", "ހުކުރު", "ހޮނިހިރު", NULL
};
static const char * const xhosa_weekdays[] = {
  "umvulo", "ulwesibini", "ulwesithathu", "ulwesine", "ulwesihlanu", "umgqibelo", "icawa", "ngomvulo",
  "ngolwesibini", "ngolwesithathu", "ngolwesine", "ngolwesihlanu", "ngomgqibelo", "ngecawa", NULL
};

static const LocaleDates locale_dates[] = {
  { irish_months, irish_weekdays, NULL, NULL, NULL },
  { maltese_months, maltese_weekdays, maltese_before, maltese_between, NULL },
  { luxembourgish_months, luxembourgish_weekdays, NULL, NULL, luxembourgish_marks },
  { somali_months, somali_weekdays, NULL, NULL, NULL },
  { marathi_months, marathi_weekdays, NULL, NULL, marathi_marks },
  { malagasy_months, malagasy_weekdays, NULL, NULL, NULL },
  { yoruba_months, yoruba_weekdays, NULL, NULL, NULL, NULL, TRUE },
  { creole_months, creole_weekdays, NULL, NULL, creole_marks },
  /* (no months of their own: the weekday must be there) */
  { NULL, lao_weekdays, NULL, NULL, NULL, lao_after },
  { NULL, dhivehi_weekdays, NULL, NULL, NULL },
  { NULL, xhosa_weekdays, NULL, NULL, NULL },
};

/* @word without its tone marks, the grave, acute and macron over its
 * vowels, combining or not ("Ọjọ́bọ̀" → "Ọjọbọ"; the dot under "ọ" stays) */
static char *
without_tones (const char *word)
{
  g_autofree char *apart = g_utf8_normalize (word, -1, G_NORMALIZE_NFD);
  g_autoptr(GString) out = g_string_new (NULL);

  if (apart == NULL)
    return g_strdup (word);
  for (const char *p = apart; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x0300 && c != 0x0301 && c != 0x0304)
        g_string_append_unichar (out, c);
    }
  return g_utf8_normalize (out->str, -1, G_NORMALIZE_NFC);
}

/* @word lower-cased, a comma (an Arabic one too, "ބުދަ،") or a full stop
 * after it left out, and without its tone marks when @toneless */
static char *
bare_word (const char *word,
           gboolean    toneless)
{
  char *lower = g_utf8_strdown (word, -1);
  gsize len = strlen (lower);

  if (len > 1 && (lower[len - 1] == ',' || lower[len - 1] == '.'))
    lower[len - 1] = '\0';
  else if (len > 2 && g_str_has_suffix (lower, "،"))
    lower[len - strlen ("،")] = '\0';
  if (toneless)
    {
      char *plain = without_tones (lower);

      g_free (lower);
      return plain;
    }
  return lower;
}

/* The number @word is, one to @max_digits ASCII figures (a comma or a
 * full stop after it allowed), or -1 */
static int
number_word (const char *word,
             guint       max_digits)
{
  int value = 0;
  guint n = 0;

  while (g_ascii_isdigit (word[n]) && n < max_digits)
    value = value * 10 + (word[n++] - '0');
  if (n == 0 || (word[n] != '\0' && !((word[n] == ',' || word[n] == '.') && word[n + 1] == '\0')))
    return -1;
  return value;
}

/* Whether @words from @i on are one of @names (one word or two): how
 * many words, or 0 */
static guint
match_words (char               **words,
             guint                i,
             const char * const  *names,
             gboolean             toneless)
{
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  if (names == NULL || words[i] == NULL)
    return 0;
  one = bare_word (words[i], toneless);
  if (g_strv_contains (names, one))
    return 1;
  if (words[i + 1] == NULL)
    return 0;
  {
    g_autofree char *next = bare_word (words[i + 1], toneless);

    two = g_strconcat (one, " ", next, NULL);
  }
  return g_strv_contains (names, two) ? 2 : 0;
}

/* The month @words from @i on name in @dates's months (the date
 * reader's when it has none), and how many words */
static int
match_month (char              **words,
             guint               i,
             const LocaleDates  *dates,
             guint              *n)
{
  const LocaleMonth *months = dates->months;
  g_autofree char *one = bare_word (words[i], dates->toneless);
  g_autofree char *two = NULL;

  if (months == NULL)
    {
      *n = 1;
      return _byline_import_parse_month (one);
    }
  if (words[i + 1] != NULL)
    {
      g_autofree char *next = bare_word (words[i + 1], dates->toneless);

      two = g_strconcat (one, " ", next, NULL);
    }
  for (guint k = 0; months[k].name != NULL; k++)
    {
      if (g_str_equal (one, months[k].name))
        {
          *n = 1;
          return months[k].month;
        }
      if (two != NULL && g_str_equal (two, months[k].name))
        {
          *n = 2;
          return months[k].month;
        }
    }
  return 0;
}

/* Whether a word of @words is one of @marks */
static gboolean
holds_mark (char               **words,
            const char * const  *marks)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *bare = bare_word (words[i], FALSE);

      if (g_strv_contains (marks, bare))
        return TRUE;
    }
  return FALSE;
}

/* "Dé hAoine, 24 Deireadh Fómhair 2025" → "24.10.2025": the day, the
 * month and the year of @dates's language in @words as one, its weekday
 * before them left out (NULL when @words hold no such date) */
static char *
locale_date (char              **words,
             const LocaleDates  *dates)
{
  if (dates->marks != NULL && !holds_mark (words, dates->marks))
    return NULL;
  for (guint i = 0; words[i] != NULL && words[i + 1] != NULL; i++)
    {
      int d = number_word (words[i], 2), m, y;
      guint at = i + 1, n = 0, from = i, span = 0;
      gboolean weekday = FALSE;
      g_autoptr(GString) out = NULL;

      if (d < 1 || d > 31)
        continue;
      if (dates->between != NULL && (span = match_words (words, at, dates->between, FALSE)) == 0)
        continue;
      at += span;
      if (words[at] == NULL || (m = match_month (words, at, dates, &n)) == 0)
        continue;
      at += n;
      if (words[at] == NULL || (y = number_word (words[at], 4)) < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
        continue;
      /* (the weekday before the day, "ທີ", the, between them, and
       * "nhar", on, before it) */
      if (from >= 1 && match_words (words, from - 1, dates->after, FALSE) == 1)
        from--;
      for (guint w = 1; w <= 2 && from >= w && !weekday; w++)
        {
          if (match_words (words, from - w, dates->weekdays, dates->toneless) == w)
            {
              from -= w;
              weekday = TRUE;
            }
        }
      /* (a date the date reader reads but for its weekday) */
      if (dates->months == NULL && !weekday)
        continue;
      if (from < i && from >= 1 && match_words (words, from - 1, dates->before, FALSE) == 1)
        from--;
      out = g_string_new (NULL);
      for (guint k = 0; k < from; k++)
        g_string_append_printf (out, "%s ", words[k]);
      g_string_append_printf (out, "%d.%d.%d%s", d, m, y, g_str_has_suffix (words[at], ",") ? "," : "");
      for (guint k = at + 1; words[k] != NULL; k++)
        g_string_append_printf (out, " %s", words[k]);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  return NULL;
}

/* "14.35", "3:40": an hour and its minutes, and the rest of @word after
 * them (a comma) */
static gboolean
read_time (const char  *word,
           int         *hour,
           int         *minute,
           const char **rest)
{
  gsize figures = strspn (word, "0123456789");

  if (figures < 1 || figures > 2 || (word[figures] != ':' && word[figures] != '.') ||
      strspn (word + figures + 1, "0123456789") != 2)
    return FALSE;
  *hour = (int) g_ascii_strtoll (word, NULL, 10);
  *minute = (int) g_ascii_strtoll (word + figures + 1, NULL, 10);
  *rest = word + figures + 3;
  return *hour <= 23 && *minute <= 59 && (**rest == '\0' || g_str_equal (*rest, ","));
}

/* Marathi's half of the day's word before a 12-hour time: "पहाटे"
 * (before dawn), "सकाळी" (in the morning), "दुपारी" (in the afternoon),
 * "संध्याकाळी", "सायंकाळी" (in the evening), "रात्री" (at night: the
 * evening's after six, the small hours' before) */
static int
marathi_hour (const char *half,
              int         hour)
{
  if (hour < 1 || hour > 12)
    return -1;
  if (g_str_equal (half, "पहाटे") || g_str_equal (half, "सकाळी"))
    return hour == 12 ? 0 : hour;
  if (g_str_equal (half, "दुपारी"))
    return hour <= 6 ? hour + 12 : hour;
  if (g_str_equal (half, "संध्याकाळी") || g_str_equal (half, "सायंकाळी"))
    return hour < 12 ? hour + 12 : hour;
  if (g_str_equal (half, "रात्री"))
    return hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  return -1;
}

/* Yoruba's part of the day after a 12-hour time, read without its tone
 * marks: "àárọ̀", "òwúrọ̀" (in the morning), "ọ̀sán" (in the afternoon),
 * "ìrọ̀lẹ́" (in the evening), "alẹ́" (at night: the evening's after six,
 * the small hours' before) */
static int
yoruba_hour (const char *half,
             int         hour)
{
  g_autofree char *plain = NULL;

  if (hour < 1 || hour > 12)
    return -1;
  plain = bare_word (half, TRUE);
  if (g_str_equal (plain, "aarọ") || g_str_equal (plain, "owurọ") || g_str_equal (plain, "idaji"))
    return hour == 12 ? 0 : hour;
  if (g_str_equal (plain, "ọsan"))
    return hour <= 6 ? hour + 12 : hour;
  if (g_str_equal (plain, "irọlẹ"))
    return hour < 12 ? hour + 12 : hour;
  if (g_str_equal (plain, "alẹ"))
    return hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  return -1;
}

/* "14.35 Auer" → "14:35", "ëm 14.35 Auer" too (Luxembourgish); "दुपारी
 * 3:40 वाजता" → "15:40" (Marathi); "4:15 ìrọ̀lẹ́" → "16:15" (Yoruba); NULL
 * when @words hold none */
static char *
locale_time (char **words)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean changed = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *next = words[i + 1] != NULL ? bare_word (words[i + 1], FALSE) : NULL;
      g_autofree char *lower = bare_word (words[i], FALSE);
      const char *rest;
      int hour, minute;

      /* (Luxembourgish: "ëm", at, before it) */
      if (g_str_equal (lower, "ëm") && words[i + 1] != NULL && words[i + 2] != NULL &&
          read_time (words[i + 1], &hour, &minute, &rest))
        {
          g_autofree char *after = bare_word (words[i + 2], FALSE);

          if (g_str_equal (after, "auer"))
            continue;
        }
      if (next != NULL && g_str_equal (next, "auer") && read_time (words[i], &hour, &minute, &rest))
        {
          g_string_append_printf (out, "%s%02d:%02d%s", out->len > 0 ? " " : "", hour, minute,
                                  g_str_has_suffix (words[i + 1], ",") ? "," : "");
          i++;
          changed = TRUE;
          continue;
        }
      if (words[i + 1] != NULL && read_time (words[i + 1], &hour, &minute, &rest) &&
          (hour = marathi_hour (words[i], hour)) >= 0)
        {
          g_string_append_printf (out, "%s%02d:%02d%s", out->len > 0 ? " " : "", hour, minute, rest);
          i++;
          /* ("वाजता", at … o'clock, "वा." after it) */
          if (words[i + 1] != NULL && (g_str_equal (words[i + 1], "वाजता") || g_str_equal (words[i + 1], "वा.")))
            i++;
          changed = TRUE;
          continue;
        }
      if (words[i + 1] != NULL && read_time (words[i], &hour, &minute, &rest) &&
          (hour = yoruba_hour (words[i + 1], hour)) >= 0)
        {
          g_string_append_printf (out, "%s%02d:%02d%s", out->len > 0 ? " " : "", hour, minute,
                                  g_str_has_suffix (words[i + 1], ",") ? "," : "");
          i++;
          changed = TRUE;
          continue;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/**
 * _byline_import_rewrite_more_locale_dates:
 * @line: a date line, its figures in ASCII
 *
 * Returns: (transfer full) (nullable): @line with an Irish, Maltese,
 *   Luxembourgish, Somali, Marathi, Malagasy, Yoruba, Haitian Creole,
 *   Lao, Dhivehi or Xhosa date written "24.10.2025" and its weekday left
 *   out, a Luxembourgish, Marathi or Yoruba time in 24 hours (see the top
 *   of this file), or %NULL when it holds none
 */
char *
_byline_import_rewrite_more_locale_dates (const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  g_autofree char *dated = NULL;
  char *timed;

  for (guint k = 0; k < G_N_ELEMENTS (locale_dates) && dated == NULL; k++)
    dated = locale_date (words, &locale_dates[k]);
  if (dated != NULL)
    {
      g_strfreev (words);
      words = g_strsplit (dated, " ", -1);
    }
  if ((timed = locale_time (words)) != NULL)
    return timed;
  return g_steal_pointer (&dated);
}
