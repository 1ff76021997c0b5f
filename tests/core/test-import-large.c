/* test-import-large.c: a megabyte of wire copy
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its own program, so the sanitizer run can leave it to the plain run: the
 * same passes as test-import's stories, but under ASan's unwinding on every
 * malloc it took 45 seconds.
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

static void
test_import_large (void)
{
  g_autoptr(GString) big = g_string_new ("By Lena Okafor\n\nA long story\n\nMarch 3, 2023 - 09:15\n\n");
  g_autoptr(BylineArticle) a = NULL;
  guint paragraphs = 0;

  while (big->len < 1024 * 1024)
    {
      g_string_append (big, "A paragraph of ordinary news text that goes on for a while, as they do.\n\n");
      if (++paragraphs % 50 == 0)
        g_string_append (big, "A subheading\n\n");
    }
  a = import (big->str, "UTC");
  g_assert_cmpstr (byline_article_get_headline (a), ==, "A long story");

  /* Half a megabyte of no-break spaces around a word: trimmed in linear time */
  {
    g_autoptr(GString) spaces = g_string_new (NULL);
    g_autoptr(BylineArticle) b = NULL;

    for (guint i = 0; i < 128 * 1024; i++)
      g_string_append (spaces, "\302\240");
    g_string_append_printf (spaces, "word%s\n", spaces->str);
    b = import (spaces->str, "UTC");
    g_assert_cmpstr (byline_article_get_body (b), ==, "word\n");
  }
  g_assert_cmpuint (strlen (byline_article_get_body (a)), >, 1000 * 1000);
  assert_has (byline_article_get_body (a), "\n\n## A subheading\n\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/large", test_import_large);

  return g_test_run ();
}
