/* test-slug.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-slug.h"

static void
assert_slug (const char *text,
             gsize       max_length,
             const char *expected)
{
  g_autofree char *slug = byline_slugify (text, max_length);

  g_assert_cmpstr (slug, ==, expected);
}

static void
test_slug_latin (void)
{
  assert_slug ("Harbour city expands electric ferry fleet as ridership climbs", 0,
               "harbour-city-expands-electric-ferry-fleet-as-ridership-climbs");
  assert_slug ("  Hello,   World!  ", 0, "hello-world");
  assert_slug ("Don't panic: 41,000 trips", 0, "dont-panic-41-000-trips");
  assert_slug ("Café déjà vu — Ærø", 0, "cafe-deja-vu-aeroe");
  assert_slug ("Straße", 0, "strasse");
  assert_slug ("", 0, "");
  assert_slug ("!!! ???", 0, "");
  assert_slug (NULL, 0, "");
}

static void
test_slug_russian (void)
{
  assert_slug ("Москва объявила о новых автобусах", 0, "moskva-obyavila-o-novykh-avtobusakh");
  assert_slug ("Щука и Ёж", 0, "shchuka-i-yozh");
}

static void
test_slug_persian (void)
{
  assert_slug ("گسترش ناوگان اتوبوس‌های برقی در پایتخت", 0,
               "gstrsh-navgan-atvbvshai-brghi-dr-paitkht");
  assert_slug ("۲۰۰ اتوبوس", 0, "200-atvbvs");
}

static void
test_slug_max_length (void)
{
  g_autofree char *slug = NULL;

  /* Cut at a word boundary, never mid-word, never with a trailing hyphen */
  assert_slug ("Harbour city expands electric ferry fleet", 20, "harbour-city-expands");
  assert_slug ("Harbour city expands electric ferry fleet", 22, "harbour-city-expands");
  assert_slug ("Harbour city expands electric ferry fleet", 21, "harbour-city-expands");
  /* One long word is cut where it must be */
  assert_slug ("Supercalifragilisticexpialidocious", 10, "supercalif");

  slug = byline_slugify ("word word word word word word word word word word word word word word "
                         "word word word word word word word word word word", 0);
  g_assert_cmpuint (strlen (slug), <=, BYLINE_SLUG_MAX_LENGTH);
  g_assert_false (g_str_has_suffix (slug, "-"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/slug/latin", test_slug_latin);
  g_test_add_func ("/slug/russian", test_slug_russian);
  g_test_add_func ("/slug/persian", test_slug_persian);
  g_test_add_func ("/slug/max-length", test_slug_max_length);

  return g_test_run ();
}
