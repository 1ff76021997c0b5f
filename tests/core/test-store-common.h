/* test-store-common.h: helpers shared by the store tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "byline-core.h"

static inline char *
test_store_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("byline-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
test_store_rmdir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        test_store_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static inline BylineStore *
test_store_open (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  BylineStore *store = byline_store_new (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* A clock for byline_store_set_clock(): the gint64 @data points to. */
static inline gint64
test_store_fake_clock (gpointer data)
{
  return *(gint64 *) data;
}

static inline BylineArticle *
test_store_article (const char *headline,
                    const char *body)
{
  BylineArticle *article = byline_article_new ();
  const char *bylines[] = { "Lena Okafor", "Dmitri Volkov", NULL };
  const char *tags[] = { "ferries", "transport", NULL };

  byline_article_set_headline (article, headline);
  byline_article_set_standfirst (article, "A standfirst");
  byline_article_set_body (article, body);
  byline_article_set_bylines (article, bylines);
  byline_article_set_tags (article, tags);
  byline_article_set_section (article, "City");
  byline_article_set_dateline (article, "HARBOUR CITY");
  return article;
}
