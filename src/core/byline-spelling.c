/* byline-spelling.c: which spelling dictionary an article's language
 * uses, and the Persian forms a dictionary of listed words misses
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-spelling"

#include "config.h"

#include <string.h>

#include "byline-spelling.h"

/* The region a language is most often written in, for a bare tag when the
 * user's locale says nothing about it */
static const char * const usual_regions[] = {
  "en", "US", "fa", "IR", "ru", "RU", "de", "DE", "fr", "FR", "es", "ES", "he", "IL",
  "pt", "PT", "it", "IT", "ar", "SA", NULL
};

/* Splits a BCP 47 tag ("en-GB", "sr-Latn-RS") or a POSIX locale
 * ("en_GB.UTF-8@euro") into a lower-case language and an upper-case
 * region, either of which may come back NULL */
static void
split_tag (const char  *tag,
           char       **language,
           char       **region)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  char *cut;

  *language = NULL;
  *region = NULL;
  if (tag == NULL || tag[0] == '\0')
    return;

  copy = g_strdup (tag);
  if ((cut = strpbrk (copy, ".@")) != NULL)
    *cut = '\0';
  g_strdelimit (copy, "-", '_');
  parts = g_strsplit (copy, "_", -1);
  if (parts[0] == NULL || parts[0][0] == '\0' || g_str_equal (parts[0], "C") ||
      g_str_equal (parts[0], "POSIX"))
    return;

  *language = g_ascii_strdown (parts[0], -1);
  for (guint i = 1; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      /* (a script, "Latn", is four letters; a region two letters or
       * three digits) */
      if (len == 2 || (len == 3 && g_ascii_isdigit (parts[i][0])))
        {
          *region = g_ascii_strup (parts[i], -1);
          break;
        }
    }
}

static const char *
find_available (const char * const *available,
                const char         *language,
                const char         *region)
{
  g_autofree char *wanted = region ? g_strdup_printf ("%s_%s", language, region) : g_strdup (language);

  for (guint i = 0; available[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (available[i], wanted) == 0)
        return available[i];
    }

  return NULL;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * byline_spelling_choose_dictionary:
 * @language: (nullable): the article's language, a BCP 47 tag (`en`,
 *   `en-GB`, `pt-BR`)
 * @locale: (nullable): the user's locale (`en_GB.UTF-8`) or language
 * @available: the installed dictionaries' tags (`en_GB`, `en_US`, `fa`)
 *
 * Chooses the dictionary to check @language with: the tag's own region
 * when it has one and it is installed (`en-GB` → `en_GB`); else, for the
 * same language as the user's locale, the locale's region
 * (`en` with `en_GB.UTF-8` → `en_GB`); else a dictionary of the bare
 * language (`fa`); else the language's usual region (`en` → `en_US`);
 * else the first installed dictionary of the language in alphabetical
 * order. The same inputs always give the same answer.
 *
 * Returns: (transfer full) (nullable): one of @available, or %NULL when
 *   none is for @language
 */
char *
byline_spelling_choose_dictionary (const char         *language,
                                   const char         *locale,
                                   const char * const *available)
{
  g_autofree char *lang = NULL;
  g_autofree char *region = NULL;
  g_autofree char *locale_lang = NULL;
  g_autofree char *locale_region = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GPtrArray) same_language = NULL;
  const char *found = NULL;

  if (available == NULL)
    return NULL;

  split_tag (language, &lang, &region);
  if (lang == NULL)
    return NULL;
  split_tag (locale, &locale_lang, &locale_region);

  if (region != NULL)
    found = find_available (available, lang, region);
  if (found == NULL && locale_region != NULL && g_strcmp0 (locale_lang, lang) == 0)
    found = find_available (available, lang, locale_region);
  if (found == NULL)
    found = find_available (available, lang, NULL);
  for (guint i = 0; found == NULL && usual_regions[i] != NULL; i += 2)
    {
      if (g_str_equal (usual_regions[i], lang))
        found = find_available (available, lang, usual_regions[i + 1]);
    }
  if (found != NULL)
    return g_strdup (found);

  prefix = g_strconcat (lang, "_", NULL);
  same_language = g_ptr_array_new ();
  for (guint i = 0; available[i] != NULL; i++)
    {
      if (g_ascii_strncasecmp (available[i], prefix, strlen (prefix)) == 0)
        g_ptr_array_add (same_language, (gpointer) available[i]);
    }
  if (same_language->len == 0)
    return NULL;

  g_ptr_array_sort (same_language, compare_strings);
  return g_strdup (g_ptr_array_index (same_language, 0));
}

/* What Persian joins to a word with a zero-width non-joiner: plurals,
 * comparatives, the continuous "می", possessives */
static const char * const joined_parts[] = {
  "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین", "تری",
  "می", "نمی", "ای", "ام", "ات", "اش", "ایم", "اید", "اند", "مان", "تان", "شان", "ی",
  NULL
};

/**
 * byline_spelling_check_joined:
 * @word: a word the dictionary did not know
 * @check: tells whether a word is spelled right
 *
 * Persian joins suffixes and prefixes to a word with a zero-width
 * non-joiner (U+200C): "اتوبوس‌های", "آرام‌تر", "می‌شود". Dictionaries
 * list few of the joined forms; such a word is spelled right when each of
 * its parts is a word @check knows or one of the parts Persian joins.
 *
 * Returns: %TRUE when @word has such parts and every part is right
 */
gboolean
byline_spelling_check_joined (const char              *word,
                              BylineSpellingCheckFunc  check,
                              gpointer                 user_data)
{
  g_auto(GStrv) parts = NULL;
  gboolean stem = FALSE;

  g_return_val_if_fail (word != NULL && check != NULL, FALSE);

  if (strstr (word, "\u200c") == NULL)
    return FALSE;
  parts = g_strsplit (word, "\u200c", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        return FALSE;
      if (g_strv_contains (joined_parts, parts[i]))
        continue;
      if (!check (parts[i], user_data))
        return FALSE;
      stem = TRUE;
    }
  /* (parts that are all affixes make no word) */
  return stem;
}

/* Words of every Persian news story that Debian's Persian dictionary
 * (myspell-fa, a list of forms from 2007) does not list: numbers and
 * numerals, prepositions and conjunctions, pronouns. Checked only when
 * the dictionary says no. */
static const char * const persian_common[] = {
  "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده", "چهارده",
  "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد",
  "هشتاد", "نود", "صد", "یکصد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد",
  "هزار", "میلیون", "میلیارد", "تریلیون", "نیم", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم",
  "هشتم", "نهم", "دهم", "نخست", "نخستین", "اول", "اولین", "دومین", "سومین",
  "برای", "از", "به", "با", "در", "بر", "بی", "تا", "که", "را", "و", "یا", "هم", "نیز", "اما", "ولی", "اگر",
  "چون", "زیرا", "پس", "همچنین", "درباره", "دربارهٔ", "مانند", "مثل", "بین", "میان", "پیش", "زیر", "روی",
  "کنار", "نزد", "طی", "علیه", "توسط", "سوی", "اینکه", "آنکه", "چنین", "چنان", "همین", "همان", "این", "آن",
  "همه", "هر", "هیچ", "دیگر", "بیش", "بیشتر", "کمتر", "بسیار", "خیلی", "حتی", "فقط", "تنها", "چه", "چرا",
  "کجا", "چگونه", "من", "تو", "او", "وی", "ما", "شما", "ایشان", "آنها", "خود", "خویش", "یکدیگر",
  "یورو",
  NULL
};

typedef struct
{
  BylineSpellingCheckFunc check;
  gpointer                user_data;
} Checker;

/* The dictionary's answer, or one of the common words */
static gboolean
known (Checker    *c,
       const char *word)
{
  return c->check (word, c->user_data) || g_strv_contains (persian_common, word);
}

/* The hamza on a seat where the dictionary writes another: "مسئول"
 * (مسؤول), "مسئولیت" (مسوولیت), "رئیس" (رییس), "هیئت" (هیأت) */
static gboolean
known_hamza (Checker    *c,
             const char *word)
{
  static const char * const seats[][2] = {
    { "ئو", "ؤو" }, { "ئو", "وو" }, { "ئی", "یی" }, { "ئ", "أ" },
  };

  if (strstr (word, "ئ") == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (seats); i++)
    {
      g_autoptr(GString) variant = g_string_new (word);

      if (strstr (word, seats[i][0]) != NULL && g_string_replace (variant, seats[i][0], seats[i][1], 0) > 0 &&
          c->check (variant->str, c->user_data))
        return TRUE;
    }
  return FALSE;
}

static gboolean
known_form (Checker    *c,
            const char *word)
{
  return known (c, word) || known_hamza (c, word);
}

/* A plural in "ان" written without a non-joiner, of a word the
 * dictionary knows: "کودکان" (کودک), "نمایندگان" (نماینده), "دانشجویان"
 * (دانشجو), "آقایان" (آقا) */
static gboolean
known_plural (Checker    *c,
              const char *word)
{
  gsize len = strlen (word);
  g_autofree char *stem = NULL;

  if (len < strlen ("ان") + 2 * strlen ("ک") || !g_str_has_suffix (word, "ان"))
    return FALSE;
  stem = g_strndup (word, len - strlen ("ان"));
  if (known_form (c, stem))
    return TRUE;
  /* (a word in a silent "ه" takes "گان"; one in "ا" or "و", "یان") */
  if (g_str_has_suffix (stem, "گ"))
    {
      g_autofree char *with_he = NULL;

      stem[strlen (stem) - strlen ("گ")] = '\0';
      with_he = g_strconcat (stem, "ه", NULL);
      return stem[0] != '\0' && known_form (c, with_he);
    }
  if (g_str_has_suffix (stem, "ی"))
    {
      stem[strlen (stem) - strlen ("ی")] = '\0';
      return (g_str_has_suffix (stem, "ا") || g_str_has_suffix (stem, "و")) && known_form (c, stem);
    }
  return FALSE;
}

/* @word without its short vowels and tanwin ("تقریباً": تقریبا), which
 * the list never writes; %NULL when it has none */
static char *
without_harakat (const char *word)
{
  g_autoptr(GString) bare = g_string_new (NULL);
  gboolean any = FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x064B && c <= 0x0652) || c == 0x0670)
        any = TRUE;
      else
        g_string_append_unichar (bare, c);
    }
  return any && bare->len > 0 ? g_string_free (g_steal_pointer (&bare), FALSE) : NULL;
}

static gboolean
check_persian_word (const char *word,
                    gpointer    user_data)
{
  Checker *c = user_data;
  g_autofree char *bare = NULL;

  if (known_form (c, word) || known_plural (c, word))
    return TRUE;
  return (bare = without_harakat (word)) != NULL && (known_form (c, bare) || known_plural (c, bare));
}

/**
 * byline_spelling_check_persian:
 * @word: a Persian word the dictionary did not know
 * @check: tells whether a word is spelled right (the dictionary)
 *
 * The forms Debian's Persian dictionary, a list of forms, misses: words
 * joined with a zero-width non-joiner (byline_spelling_check_joined()),
 * with each part checked as below; the numbers, prepositions and
 * pronouns every story uses; the hamza on the seat the Academy writes
 * ("مسئول", where the list has "مسؤول"); plurals in "ان" of a word it
 * lists ("کودکان", "نمایندگان", "دانشجویان"); a word with its short
 * vowels or tanwin written ("تقریباً").
 *
 * Returns: %TRUE when @word is one of those forms
 */
gboolean
byline_spelling_check_persian (const char              *word,
                               BylineSpellingCheckFunc  check,
                               gpointer                 user_data)
{
  Checker c = { check, user_data };

  g_return_val_if_fail (word != NULL && check != NULL, FALSE);

  if (strstr (word, "\u200c") != NULL)
    return byline_spelling_check_joined (word, check_persian_word, &c);
  return check_persian_word (word, &c);
}

/* Words of this decade's news that the hunspell dictionaries Debian
 * ships do not list yet (en_US lacks "lockdown" and "cyberattack",
 * en_GB "ridership" and "layoffs"), in every spelling an English
 * dictionary accepts: none is a British or American spelling of the
 * other's word. Checked only when the dictionary says no. */
static const char * const english_news[] = {
  "livestream", "livestreams", "livestreamed", "livestreaming", "cyberattack", "cyberattacks",
  "cybersecurity", "lockdown", "lockdowns", "whistleblower", "whistleblowers", "whistleblowing",
  "ridership", "chatbot", "chatbots", "deepfake", "deepfakes", "stablecoin", "stablecoins", "podcaster",
  "podcasters", "gigafactory", "gigafactories", "rideshare", "layoff", "layoffs", "frontrunner",
  "frontrunners", "frontlines", "upskilling", "reskilling", "telehealth", "unvaccinated", "monkeypox",
  "mpox", "redistricting", "antivax", "microplastic", "microplastics", "e-bike", "e-bikes", "e-scooter",
  "e-scooters",
  NULL
};

/**
 * byline_spelling_check_news:
 * @dictionary: the dictionary's name ("en_GB", "fa")
 * @word: a word the dictionary did not know
 *
 * Whether @word is one of the everyday words of news the installed
 * dictionaries for @dictionary's language miss (English only so far),
 * as written or capitalised ("Lockdown", "LOCKDOWN").
 *
 * Returns: %TRUE when it is
 */
gboolean
byline_spelling_check_news (const char *dictionary,
                            const char *word)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (word != NULL, FALSE);

  if (dictionary == NULL || (!g_str_equal (dictionary, "en") && !g_str_has_prefix (dictionary, "en_")) ||
      !g_str_is_ascii (word) || word[0] == '\0')
    return FALSE;
  lower = g_utf8_strdown (word, -1);
  /* (as written, with a capital first letter, or all in capitals: not
   * "lockDown") */
  if (!g_str_equal (lower, word) && !g_str_equal (lower + 1, word + 1))
    {
      g_autofree char *upper = g_utf8_strup (word, -1);

      if (!g_str_equal (upper, word))
        return FALSE;
    }
  return g_strv_contains (english_news, lower);
}
