/* bench-comments-common.h: what the comment benchmarks share: a drafts
 * database with 100,000 cached comments (kept in BENCH_DATA_DIR), rows of
 * figures, percentiles
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>
#include <stdio.h>

#include "byline-core.h"

#include "bench-stats.h"

#define BENCH_N_COMMENTS 100000

G_GNUC_UNUSED static void
row (const char *name,
     double      value,
     const char *unit,
     double      target)
{
  if (target > 0)
    printf ("%s\t%.3f\t%s\t< %g\t%s\n", name, value, unit, target, value < target ? "pass" : "FAIL");
  else
    printf ("%s\t%.3f\t%s\t-\t-\n", name, value, unit);
  fflush (stdout);
}

G_GNUC_UNUSED static gint64
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmRSS:")))
    return 0;
  return g_ascii_strtoll (line + 6, NULL, 10);
}

/* The database with BENCH_N_COMMENTS comments (20% pending, some spammy),
 * made once and reused. */
G_GNUC_UNUSED static BylineStore *
bench_comment_store (void)
{
  const char *data_dir = g_getenv ("BENCH_DATA_DIR");
  g_autofree char *path = g_build_filename (data_dir ? data_dir : g_get_tmp_dir (), "bench-comments-100k.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineStore) store = NULL;
  BylineCommentQuery all = BYLINE_COMMENT_QUERY_INIT;
  static const char *statuses[] = { "approved", "approved", "hold", "approved", "spam" };

  store = byline_store_new (path, NULL, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  if (byline_store_count_comments (store, &all, NULL) >= BENCH_N_COMMENTS)
    return g_steal_pointer (&store);

  fprintf (stderr, "seeding %d comments…\n", BENCH_N_COMMENTS);
  {
    g_autoptr(BylineAccount) account = byline_account_new ("bench", "http://127.0.0.1:9/", "", "editor", "Editor");

    byline_store_save_account (store, account, NULL);
  }
  for (guint start = 0; start < BENCH_N_COMMENTS; start += 1000)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_cached_comment_free);

      for (guint i = start; i < start + 1000; i++)
        {
          BylineCachedComment *c = byline_cached_comment_new ();

          c->account = g_strdup ("bench");
          c->remote_id = i + 1;
          c->post_remote_id = 1 + i % 400;
          c->post_headline = g_strdup_printf ("Story number %u about the harbour", 1 + i % 400);
          c->author_name = g_strdup_printf ("Reader %u", i % 5000);
          c->author_email = g_strdup_printf ("reader%u@example.org", i % 5000);
          c->author_ip = g_strdup_printf ("198.51.100.%u", i % 250);
          c->author_user_agent = g_strdup ("Mozilla/5.0");
          c->date_gmt = g_strdup_printf ("2026-%02u-%02uT%02u:%02u:%02uZ", 1 + i % 12, 1 + i % 28,
                                         i % 24, i / 24 % 60, i % 60);
          c->status = g_strdup (statuses[i % G_N_ELEMENTS (statuses)]);
          c->content = g_strdup_printf (i % 7 == 0 ? "Cheap casino bonus %u http://spam.example/%u"
                                                   : "Comment %u: the ferry timetable changed again, see page %u.",
                                        i, i % 9);
          c->spam_score = i % 7 == 0 ? 0.9 : 0.05;
          g_ptr_array_add (batch, c);
        }
      if (!byline_store_upsert_comments (store, batch, &error))
        g_error ("%s", error->message);
    }
  return g_steal_pointer (&store);
}
