/* test-spelling.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-spelling.h"

static const char * const installed[] = { "en_US", "ru_RU", "fa", "fa_IR", "en_GB", "pt_BR", "de_CH", "de_AT", NULL };

static void
assert_choice (const char *language,
               const char *locale,
               const char *expected)
{
  g_autofree char *chosen = byline_spelling_choose_dictionary (language, locale, installed);

  g_assert_cmpstr (chosen, ==, expected);
}

static void
test_spelling_region (void)
{
  /* The article's own region wins, whatever the locale */
  assert_choice ("en-GB", "en_US.UTF-8", "en_GB");
  assert_choice ("en-US", "en_GB.UTF-8", "en_US");
  assert_choice ("en_GB", NULL, "en_GB");
  assert_choice ("EN-gb", NULL, "en_GB");
  assert_choice ("pt-BR", NULL, "pt_BR");
  assert_choice ("fa-IR", NULL, "fa_IR");
  /* A script subtag is skipped on the way to the region */
  assert_choice ("en-Latn-GB", NULL, "en_GB");
  /* A region not installed falls back as a bare language would */
  assert_choice ("en-AU", "en_GB.UTF-8", "en_GB");
  assert_choice ("en-AU", "C.UTF-8", "en_US");
}

static void
test_spelling_locale (void)
{
  /* A bare language takes the user's region when it is the same language */
  assert_choice ("en", "en_GB.UTF-8", "en_GB");
  assert_choice ("en", "en_GB", "en_GB");
  assert_choice ("en", "en_GB.UTF-8@euro", "en_GB");
  assert_choice ("en", "en_US.UTF-8", "en_US");
  /* …not another language's region */
  assert_choice ("en", "de_CH.UTF-8", "en_US");
  assert_choice ("en", "C.UTF-8", "en_US");
  assert_choice ("en", "C", "en_US");
  assert_choice ("en", NULL, "en_US");
  /* A locale region with no dictionary changes nothing */
  assert_choice ("en", "en_IE.UTF-8", "en_US");
  assert_choice ("ru", "ru_UA.UTF-8", "ru_RU");
}

static void
test_spelling_fallbacks (void)
{
  /* The bare dictionary, then the usual region, then the first installed
   * in alphabetical order (the same answer every time) */
  assert_choice ("fa", NULL, "fa");
  assert_choice ("fa", "fa_IR.UTF-8", "fa_IR");
  assert_choice ("ru", NULL, "ru_RU");
  assert_choice ("de", NULL, "de_AT");
  assert_choice ("pt", NULL, "pt_BR");

  /* Nothing for the language */
  assert_choice ("tr", "tr_TR.UTF-8", NULL);
  assert_choice ("", NULL, NULL);
  assert_choice (NULL, "en_GB.UTF-8", NULL);
  /* "e" is no prefix of "en_US" */
  assert_choice ("e", NULL, NULL);

  {
    const char * const none[] = { NULL };
    g_autofree char *chosen = byline_spelling_choose_dictionary ("en", NULL, none);

    g_assert_null (chosen);
    g_assert_null (byline_spelling_choose_dictionary ("en", NULL, NULL));
  }
}

static gboolean
knows (const char *word,
       gpointer    user_data)
{
  return g_strv_contains ((const char * const *) user_data, word);
}

/* Persian's joined forms: the dictionary knows the words, not each form
 * with its suffix after a zero-width non-joiner (they were underlined) */
static void
test_spelling_joined (void)
{
  const char *dictionary[] = { "اتوبوس", "آرام", "شود", "ایستگاه", NULL };

  g_assert_true (byline_spelling_check_joined ("اتوبوس\u200cهای", knows, dictionary));
  g_assert_true (byline_spelling_check_joined ("آرام\u200cتر", knows, dictionary));
  g_assert_true (byline_spelling_check_joined ("می\u200cشود", knows, dictionary));
  g_assert_true (byline_spelling_check_joined ("ایستگاه\u200cهای", knows, dictionary));
  /* a misspelt stem stays misspelt; affixes alone make no word; no
   * joiner, nothing to say */
  g_assert_false (byline_spelling_check_joined ("اتوبس\u200cهای", knows, dictionary));
  g_assert_false (byline_spelling_check_joined ("می\u200cها", knows, dictionary));
  g_assert_false (byline_spelling_check_joined ("\u200cها", knows, dictionary));
  g_assert_false (byline_spelling_check_joined ("اتوبوسها", knows, dictionary));
}

/* The forms Debian's Persian dictionary (a list of forms, as myspell-fa
 * has it) misses: the Tehran example's common words were underlined */
static void
test_spelling_persian (void)
{
  /* as the list writes them: the hamza dropped or on another seat */
  const char *dictionary[] = { "کودک", "نماینده", "دانشجو", "شهروند", "مسؤول", "مسوولیت", "رییس", "هیأت",
                               "گازوییل", "جمهور", "اتوبوس", "تقریبا", NULL };

  /* numbers and prepositions of every story */
  g_assert_true (byline_spelling_check_persian ("برای", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("شش", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("هزار", knows, dictionary));
  /* plurals in "ان", "گان", "یان" */
  g_assert_true (byline_spelling_check_persian ("کودکان", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("شهروندان", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("نمایندگان", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("دانشجویان", knows, dictionary));
  /* the hamza where the Academy writes it */
  g_assert_true (byline_spelling_check_persian ("مسئول", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("مسئولیت", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("مسئولان", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("رئیس", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("هیئت", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("گازوئیل", knows, dictionary));
  /* joined parts read the same way; tanwin is not spelling */
  g_assert_true (byline_spelling_check_persian ("رئیس\u200cجمهور", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("اتوبوس\u200cهای", knows, dictionary));
  g_assert_true (byline_spelling_check_persian ("تقریباً", knows, dictionary));

  /* misspellings stay misspelt */
  g_assert_false (byline_spelling_check_persian ("کودکن", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("شهرونداان", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("نمایندان", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("مسئئول", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("اتوبس\u200cهای", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("ان", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("گان", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("ًً", knows, dictionary));
  g_assert_false (byline_spelling_check_persian ("", knows, dictionary));
}

/* The words of this decade's news English dictionaries miss, for English
 * only, as written or capitalised */
static void
test_spelling_news (void)
{
  g_assert_true (byline_spelling_check_news ("en_US", "lockdown"));
  g_assert_true (byline_spelling_check_news ("en_GB", "ridership"));
  g_assert_true (byline_spelling_check_news ("en", "Cyberattacks"));
  g_assert_true (byline_spelling_check_news ("en_AU", "WHISTLEBLOWER"));
  g_assert_false (byline_spelling_check_news ("en_US", "lockDown"));
  g_assert_false (byline_spelling_check_news ("en_US", "lockdwon"));
  g_assert_false (byline_spelling_check_news ("en_US", ""));
  g_assert_false (byline_spelling_check_news ("de_DE", "lockdown"));
  g_assert_false (byline_spelling_check_news ("fa", "lockdown"));
  g_assert_false (byline_spelling_check_news (NULL, "lockdown"));
  g_assert_false (byline_spelling_check_news ("en_US", "łockdown"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spelling/region", test_spelling_region);
  g_test_add_func ("/spelling/locale", test_spelling_locale);
  g_test_add_func ("/spelling/fallbacks", test_spelling_fallbacks);
  g_test_add_func ("/spelling/joined", test_spelling_joined);
  g_test_add_func ("/spelling/persian", test_spelling_persian);
  g_test_add_func ("/spelling/news", test_spelling_news);

  return g_test_run ();
}
