/* rel-writer.c: a process autosaving many drafts, for the load harness
 *
 *   rel-writer DB WRITER N-DRAFTS SECONDS
 *
 * Creates N-DRAFTS drafts with an explicit save, then for SECONDS keeps
 * autosaving them round-robin (each autosave a new body "writer W draft D
 * value V"). Every store error is printed to stderr (the harness looks for
 * "locked"/"busy" there) and ends the process with status 1. At the end
 * prints "ID VALUE" for every draft: the last value it saved.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "byline-core.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree guint *values = NULL;
  int writer, n;
  gint64 end;

  if (argc != 5)
    {
      g_printerr ("usage: rel-writer DB WRITER N-DRAFTS SECONDS\n");
      return 2;
    }
  writer = atoi (argv[2]);
  n = atoi (argv[3]);
  end = g_get_monotonic_time () + atoi (argv[4]) * G_USEC_PER_SEC;
  values = g_new0 (guint, n);

  store = byline_store_new (argv[1], NULL, &error);
  if (store == NULL)
    {
      g_printerr ("open failed: %s\n", error->message);
      return 1;
    }
  for (int d = 0; d < n; d++)
    {
      BylineArticle *article = byline_article_new ();
      g_autofree char *headline = g_strdup_printf ("Writer %d draft %d", writer, d);

      byline_article_set_headline (article, headline);
      g_ptr_array_add (drafts, article);
      if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error))
        {
          g_printerr ("save failed: %s\n", error->message);
          return 1;
        }
    }

  for (guint round = 1; g_get_monotonic_time () < end; round++)
    {
      for (int d = 0; d < n; d++)
        {
          BylineArticle *article = g_ptr_array_index (drafts, d);
          g_autofree char *body = g_strdup_printf ("writer %d draft %d value %u", writer, d, round);

          byline_article_set_body (article, body);
          if (!byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error))
            {
              g_printerr ("autosave failed: %s\n", error->message);
              return 1;
            }
          values[d] = round;
        }
    }

  for (int d = 0; d < n; d++)
    printf ("%" G_GINT64_FORMAT " %u\n",
            byline_article_get_id (g_ptr_array_index (drafts, d)), values[d]);
  return 0;
}
