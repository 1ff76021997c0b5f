/* test-import-example-shape.c: stories of the examples' shape, varied
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/example-shape/ is the shape of the two
 * examples (byline, headline, date line, a dateline in the lede,
 * subheadings, quotes, the comment form and its captcha) with one or two
 * things changed: the byline's wording and names, the date line's format
 * and zone, the dateline's dash and place, subheadings, quotes, blank
 * lines, the page's furniture, the language. expected.ini there lists
 * what each must import as; every field is checked, and no line of the
 * story's text may be lost.
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

static char *
expected_string (GKeyFile   *expected,
                 const char *name,
                 const char *key)
{
  g_autoptr(GError) error = NULL;
  char *value = g_key_file_get_string (expected, name, key, &error);

  g_assert_no_error (error);
  return value;
}

static char **
expected_list (GKeyFile   *expected,
               const char *name,
               const char *key)
{
  g_autofree char *value = expected_string (expected, name, key);

  if (value[0] == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (value, "|", -1);
}

/* A line of the story's text (after its first three: byline, headline
 * and date) is in the article, unless it is furniture named in "lacks" */
static void
assert_nothing_lost (const char          *story,
                     BylineArticle       *article,
                     const char * const  *lacks)
{
  g_auto(GStrv) lines = g_strsplit (story, "\n", -1);
  g_autofree char *all = g_strconcat (byline_article_get_headline (article), "\n",
                                      byline_article_get_standfirst (article), "\n",
                                      byline_article_get_body (article), NULL);
  guint filled = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      glong length = g_utf8_strlen (line, -1);
      const char *end;
      gboolean furniture = FALSE;
      g_auto(GStrv) words = NULL;

      if (line[0] == '\0' || ++filled <= 3 || g_strv_length (words = g_strsplit (line, " ", -1)) < 6)
        continue;
      for (guint j = 0; lacks[j] != NULL; j++)
        furniture |= strstr (line, lacks[j]) != NULL;
      if (furniture)
        continue;
      /* (the end of the line: the lede's start is its dateline) */
      end = g_utf8_offset_to_pointer (line, MAX (0, length - 30));
      assert_has (all, end);
    }
}

static void
check_story (const char *folder,
             GKeyFile   *expected,
             const char *name)
{
  g_autofree char *file = g_strconcat (name, ".txt", NULL);
  g_autofree char *story = read_test_file (folder, file);
  g_autoptr(BylineArticle) article = import (story, "UTC");
  g_autofree char *headline = expected_string (expected, name, "headline");
  g_autofree char *dateline = expected_string (expected, name, "dateline");
  g_autofree char *date = expected_string (expected, name, "date");
  g_autofree char *zone = expected_string (expected, name, "time_zone");
  g_autofree char *language = expected_string (expected, name, "language");
  g_autofree char *direction = expected_string (expected, name, "direction");
  g_autofree char *standfirst = expected_string (expected, name, "standfirst");
  g_auto(GStrv) bylines = expected_list (expected, name, "bylines");
  g_auto(GStrv) has = expected_list (expected, name, "has");
  g_auto(GStrv) lacks = expected_list (expected, name, "lacks");
  const char * const *got = byline_article_get_bylines (article);
  const char *body = byline_article_get_body (article);

  g_test_message ("%s", name);
  g_assert_cmpstr (byline_article_get_headline (article), ==, headline);
  g_assert_cmpuint (g_strv_length ((char **) got), ==, g_strv_length (bylines));
  for (guint i = 0; bylines[i] != NULL; i++)
    g_assert_cmpstr (got[i], ==, bylines[i]);
  g_assert_cmpstr (byline_article_get_dateline (article), ==, dateline);
  assert_date (article, date, zone);
  g_assert_cmpstr (byline_article_get_language (article), ==, language);
  g_assert_cmpstr (byline_article_get_direction (article) == BYLINE_TEXT_DIRECTION_RTL ? "rtl" : "ltr", ==,
                   direction);
  g_assert_cmpstr (byline_article_get_standfirst (article), ==, standfirst);
  /* (the lede stays the body's first paragraph) */
  g_assert_true (g_str_has_prefix (body, standfirst));
  for (guint i = 0; has[i] != NULL; i++)
    assert_has (body, has[i]);
  for (guint i = 0; lacks[i] != NULL; i++)
    assert_lacks (body, lacks[i]);
  assert_nothing_lost (story, article, (const char * const *) lacks);
}

/* Every story of the folder named by the environment variable @folder */
static void
check_folder (const char *folder,
              gsize       at_least)
{
  g_autoptr(GKeyFile) expected = g_key_file_new ();
  g_autofree char *text = read_test_file (folder, "expected.ini");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  gsize n = 0;

  g_key_file_load_from_data (expected, text, -1, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  names = g_key_file_get_groups (expected, &n);
  g_assert_cmpuint (n, >=, at_least);
  for (gsize i = 0; i < n; i++)
    check_story (folder, expected, names[i]);
}

static void
test_example_shape (void)
{
  check_folder ("BYLINE_EXAMPLE_SHAPE", 30);
}

/* tests/data/page-furniture/: stories of the same shape with what a web
 * page puts into and under a story (advertising markers, newsletter
 * boxes, sharing rows, links, readers' comments), all of it to be
 * dropped, and what belongs to the story (captions, the sign-off, a
 * correction), to be kept */
static void
test_page_furniture (void)
{
  check_folder ("BYLINE_PAGE_FURNITURE", 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/example-shape/variants", test_example_shape);
  g_test_add_func ("/import/example-shape/page-furniture", test_page_furniture);

  return g_test_run ();
}
