/* byline-spelling.c: which spelling dictionary an article's language uses
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
