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

/* Arabic as Arabic is romanised (the acceptance run's headline had
 * "shrgh" for شرق with Persian's qaf) */
static void
test_slug_arabic (void)
{
  assert_slug ("محطة تحلية جديدة تنهي انقطاع المياه في أحياء شرق المدينة", 0,
               "mhta-thlya-jdyda-tnhy-anqta-almyah-fy-ahya-shrq-almdyna");
  assert_slug ("ثلاثة قوارب", 0, "thlatha-qwarb");
  /* (a Persian headline keeps Persian's: it has گ, ک or ی) */
  assert_slug ("قیمت گوشت", 0, "ghimt-gvsht");
}

/* Scripts with no Latin form here keep their own letters, as WordPress
 * would make the slug: before, a Chinese headline's slug was its figures
 * alone ("6000") and a Hebrew one's empty */
static void
test_slug_own_letters (void)
{
  g_autofree char *long_slug = NULL;

  assert_slug ("杭州地铁新线开通 日均客流预计超过6000人次", 0, "杭州地铁新线开通-日均客流预计超过6000人次");
  assert_slug ("הכנסת אישרה את התקציב", 0, "הכנסת-אישרה-את-התקציב");
  assert_slug ("東京で大雪、交通に乱れ", 0, "東京で大雪-交通に乱れ");
  assert_slug ("Ελλάδα: Νέα μέτρα", 0, "ελλάδα-νέα-μέτρα");
  /* (mostly Latin: the other script's words separate) */
  assert_slug ("Apple opens its first store in 北京", 0, "apple-opens-its-first-store-in");
  /* cut within the length, never inside a character */
  long_slug = byline_slugify ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", 0);
  g_assert_cmpuint (strlen (long_slug), <=, BYLINE_SLUG_MAX_LENGTH);
  g_assert_cmpuint (strlen (long_slug), >, BYLINE_SLUG_MAX_LENGTH - 3);
  g_assert_true (g_utf8_validate (long_slug, -1, NULL));
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
  g_test_add_func ("/slug/arabic", test_slug_arabic);
  g_test_add_func ("/slug/own-letters", test_slug_own_letters);
  g_test_add_func ("/slug/max-length", test_slug_max_length);

  return g_test_run ();
}
