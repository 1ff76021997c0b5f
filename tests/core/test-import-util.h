/* test-import-util.h: what the wire-copy import tests share
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "byline-core.h"

/* The file @name in the folder the environment variable @dir_variable
 * names (BYLINE_EXAMPLES, BYLINE_OUTLETS) */
static inline char *
read_test_file (const char *dir_variable,
                const char *name)
{
  const char *dir = g_getenv (dir_variable);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static inline BylineArticle *
import (const char *text,
        const char *zone_id)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_id ? zone_id : "UTC");
  g_autoptr(GError) error = NULL;
  BylineArticle *article = byline_import_wire_copy (text, -1, zone, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static inline void
assert_date (BylineArticle *article,
             const char    *iso,
             const char    *zone)
{
  GDateTime *date = byline_article_get_date (article);
  g_autofree char *text = NULL;

  g_assert_nonnull (date);
  text = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
  g_assert_cmpstr (text, ==, iso);
  g_assert_cmpstr (byline_article_get_time_zone (article), ==, zone);
}

static inline void
assert_bylines (BylineArticle *article,
                const char    *first,
                const char    *second)
{
  const char * const *bylines = byline_article_get_bylines (article);

  if (first == NULL)
    {
      g_assert_null (bylines[0]);
      return;
    }
  g_assert_cmpstr (bylines[0], ==, first);
  g_assert_cmpstr (bylines[1], ==, second);
  if (second != NULL)
    g_assert_null (bylines[2]);
}

static inline void
assert_has (const char *haystack,
            const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static inline void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” unexpectedly found in:\n%s", needle, haystack);
}
