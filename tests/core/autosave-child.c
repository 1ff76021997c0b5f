/* autosave-child.c: a writer process for the crash and concurrency tests
 *
 *   autosave-child DB autosave   autosaves article 1 in a loop forever,
 *                                printing N after autosave N committed
 *   autosave-child DB insert N   inserts N articles, then exits 0
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "byline-core.h"

static int
autosave_loop (BylineStore *store)
{
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  GString *body = g_string_new (NULL);

  article = byline_store_load_article (store, 1, NULL, &error);
  if (article == NULL)
    {
      g_clear_error (&error);
      article = byline_article_new ();
      byline_article_set_headline (article, "Autosaved");
      if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error))
        g_error ("%s", error->message);
    }

  for (guint64 n = 1; ; n++)
    {
      g_string_printf (body, "seq %" G_GUINT64_FORMAT "\n", n);
      for (guint i = 0; i < 20; i++)
        g_string_append_printf (body, "word%" G_GUINT64_FORMAT " ", (n * 7 + i) % 1000);
      byline_article_set_body (article, body->str);
      if (!byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error))
        {
          g_printerr ("autosave failed: %s\n", error->message);
          return 1;
        }
      printf ("%" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
    }

  return 0;
}

static int
insert_many (BylineStore *store,
             guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BylineArticle) article = byline_article_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *headline = g_strdup_printf ("Process %d article %u", (int) getpid (), i);

      byline_article_set_headline (article, headline);
      byline_article_set_body (article, "Written by another process at the same time.");
      if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error))
        {
          g_printerr ("insert failed: %s\n", error->message);
          return 1;
        }
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc < 3)
    {
      g_printerr ("usage: autosave-child DB autosave|insert N|headline ID\n");
      return 2;
    }

  store = byline_store_new (argv[1], NULL, &error);
  if (store == NULL)
    {
      g_printerr ("open failed: %s\n", error->message);
      return 1;
    }

  if (g_str_equal (argv[2], "autosave"))
    return autosave_loop (store);
  if (g_str_equal (argv[2], "insert") && argc > 3)
    return insert_many (store, atoi (argv[3]));
  if (g_str_equal (argv[2], "headline") && argc > 3)
    {
      g_autoptr(BylineArticle) article = byline_store_load_article (store, g_ascii_strtoll (argv[3], NULL, 10),
                                                                    NULL, &error);

      if (article == NULL)
        {
          g_printerr ("load failed: %s\n", error->message);
          return 1;
        }
      g_print ("%s\n", byline_article_get_headline (article));
      return 0;
    }

  return 2;
}
