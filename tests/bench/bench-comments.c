/* bench-comments.c: comment sync from a real WordPress against curl, the
 * queue's list model over 100,000 cached comments, and the main-thread
 * cost of one moderation action
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sync figure starts its own WordPress with build-aux/wordpress (or
 * uses the one in $BYLINE_WP_DIR), seeds BENCH_WP_COMMENTS (10,000)
 * comments, and times a first sync into an empty store; then curl fetches
 * the same pages (context=edit, per_page=100, every status, type=all) one
 * after another over one connection, in the same run. Byline ÷ curl should be
 * ≤ 0.6: several pages in flight, scored and written while the next ones
 * are on the wire. The requests each side made are counted from php -S's
 * log. BENCH_SYNC_ROUNDS (5) rounds of both, each side's best kept: the
 * same 102 pages cost WordPress 3.8 to 5.4 s of CPU from round to round
 * on a 2-core VM, the same for either client.
 * BENCH_COMMENTS_SYNC_ONLY=1 runs the sync figure alone.
 * Prints rows "name<TAB>value<TAB>unit<TAB>target<TAB>ok".
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench-comments-common.h"

static GHashTable *
read_env (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "env", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *env = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!g_file_get_contents (path, &text, NULL, NULL))
    g_error ("No env file in %s", dir);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *line = g_strstrip (lines[i]);
      char *eq;
      g_autofree char *value = NULL;

      if (g_str_has_prefix (line, "export "))
        line += 7;
      if (!(eq = strchr (line, '=')))
        continue;
      *eq = '\0';
      value = g_shell_unquote (eq + 1, NULL);
      g_hash_table_insert (env, g_strdup (line), g_strdup (value ? value : eq + 1));
    }
  return env;
}

static char *
run (const char * const *argv,
     const char          *input)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     (input ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0), &error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, input, NULL, &out, NULL, &error) ||
      !g_subprocess_get_successful (process))
    g_error ("%s failed: %s", argv[0], error ? error->message : "exit status");
  return out;
}

/* CPU seconds (user + system) of this process, its threads included. */
static double
self_cpu_s (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* CPU seconds the WordPress side has used so far: every process in the
 * php -S group (its workers) and MariaDB's. */
static double
server_cpu_s (GHashTable *env)
{
  const char *php = g_hash_table_lookup (env, "BYLINE_WP_PHP_PID");
  const char *db = g_hash_table_lookup (env, "BYLINE_WP_MARIADB_PID");
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;
  double total = 0;

  while (proc != NULL && (name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/proc", name, "stat", NULL);
      g_autofree char *stat = NULL;
      g_auto(GStrv) fields = NULL;
      const char *end;

      if (!g_ascii_isdigit (name[0]) || !g_file_get_contents (path, &stat, NULL, NULL) ||
          !(end = strrchr (stat, ')')))
        continue;
      /* After "pid (comm) ": state ppid pgrp … utime (14) stime (15). */
      fields = g_strsplit (end + 2, " ", 0);
      if (g_strv_length (fields) < 13)
        continue;
      if ((php && g_strcmp0 (fields[2], php) == 0) || (db && g_strcmp0 (name, db) == 0))
        total += (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) / sysconf (_SC_CLK_TCK);
    }
  return total;
}

/* Requests WordPress has taken so far: php -S closes every connection
 * after its one request and logs "Accepted" for each. */
static guint
server_requests (GHashTable *env)
{
  g_autofree char *path = g_build_filename (g_hash_table_lookup (env, "BYLINE_WP_DIR"), "log", "php.log", NULL);
  g_autofree char *log = NULL;
  guint n = 0;

  if (!g_file_get_contents (path, &log, NULL, NULL))
    return 0;
  for (const char *p = log; (p = strstr (p, " Accepted\n")) != NULL; p++)
    n++;
  return n;
}

static void
remove_db (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
}

static void
bench_sync (void)
{
  const char *wp_dir = g_getenv ("BYLINE_WP_DIR");
  g_autofree char *started = NULL;
  g_autoptr(GHashTable) env = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("byline-bench-sync-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (tmp, "sync.db", NULL);
  g_autoptr(BylineAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) config = g_string_new (NULL);
  g_autofree char *api_root = NULL;
  const char *n_comments = g_getenv ("BENCH_WP_COMMENTS") ? g_getenv ("BENCH_WP_COMMENTS") : "10000";
  const char *statuses[][2] = { { "hold", "hold" }, { "approved", "approve" }, { "spam", "spam" }, { "trash", "trash" } };
  BylineCommentSyncStats stats = { 0, };
  guint pages = 0, byline_requests = 0, curl_requests = 0, requests0;
  guint rounds = g_getenv ("BENCH_SYNC_ROUNDS") ? MAX (1, atoi (g_getenv ("BENCH_SYNC_ROUNDS"))) : 5;
  gint64 t0;
  double byline_s = 0, curl_s = 0, byline_cpu = 0, byline_server_cpu = 0, curl_server_cpu = 0, cpu0, server0;

  if (wp_dir == NULL)
    {
      const char *start[] = { "build-aux/wordpress", "start", NULL };

      fprintf (stderr, "starting WordPress…\n");
      started = g_strstrip (run (start, NULL));
      wp_dir = started;
    }
  /* BENCH_WP_COMMENTS=0 with BYLINE_WP_DIR: a site seeded before. */
  if (g_strcmp0 (n_comments, "0") != 0)
    {
      const char *seed[] = { "build-aux/wordpress", "seed", wp_dir, n_comments, NULL };

      fprintf (stderr, "seeding %s comments…\n", n_comments);
      g_free (run (seed, NULL));
    }
  env = read_env (wp_dir);

  /* With its API root known, as `byline accounts add` leaves an account:
   * a sync does not discover it again. */
  api_root = g_strdup_printf ("%s/wp-json/", (char *) g_hash_table_lookup (env, "BYLINE_WP_URL"));
  account = byline_account_new ("wp", g_hash_table_lookup (env, "BYLINE_WP_URL"), api_root,
                                g_hash_table_lookup (env, "BYLINE_WP_EDITOR"), "Editor");
  g_setenv ("BYLINE_PASSWORD", g_hash_table_lookup (env, "BYLINE_WP_EDITOR_PASSWORD"), TRUE);

  /* One request first, so that neither side pays for PHP's first start. */
  {
    g_autofree char *warm = g_strdup_printf ("user = \"%s:%s\"\nurl = \"%s/wp-json/wp/v2/comments?per_page=1\"\n"
                                             "output = \"/dev/null\"\n",
                                             (char *) g_hash_table_lookup (env, "BYLINE_WP_EDITOR"),
                                             (char *) g_hash_table_lookup (env, "BYLINE_WP_EDITOR_PASSWORD"),
                                             (char *) g_hash_table_lookup (env, "BYLINE_WP_URL"));
    const char *curl[] = { "curl", "-s", "-K", "-", NULL };
    g_free (run (curl, warm));
  }

  /* Rounds of Byline then curl, each side's best round kept: on a shared
   * machine the load comes and goes between the two runs of a round. */
  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(BylineStore) store = byline_store_new (db, NULL, &error);
      const char *curl[] = { "curl", "-s", "-K", "-", NULL };
      double b_s, b_cpu, b_server, c_s, c_server;

      if (store == NULL || !byline_store_save_account (store, account, &error))
        g_error ("store: %s", error->message);
      memset (&stats, 0, sizeof stats);
      /* The site's counters first: reading them (every process's
       * /proc/PID/stat, the server's log) is the bench's work, neither
       * side's. */
      server0 = server_cpu_s (env);
      requests0 = server_requests (env);
      t0 = g_get_monotonic_time ();
      cpu0 = self_cpu_s ();
      if (!byline_comment_sync_run (store, "wp", NULL, NULL, NULL, &stats, &error))
        g_error ("sync: %s", error->message);
      b_s = (g_get_monotonic_time () - t0) / 1e6;
      b_cpu = self_cpu_s () - cpu0;
      b_server = server_cpu_s (env) - server0;
      byline_requests = server_requests (env) - requests0;

      /* The same pages, one after another, over one connection. */
      if (round == 0)
        {
          g_string_append_printf (config, "user = \"%s:%s\"\n", (char *) g_hash_table_lookup (env, "BYLINE_WP_EDITOR"),
                                  (char *) g_hash_table_lookup (env, "BYLINE_WP_EDITOR_PASSWORD"));
          for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
            {
              BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
              gint64 n;

              query.status = statuses[s][0];
              n = byline_store_count_comments (store, &query, NULL);
              for (gint64 page = 1; page == 1 || (page - 1) * 100 < n; page++, pages++)
                g_string_append_printf (config, "url = \"%s/wp-json/wp/v2/comments?orderby=id&order=asc&context=edit"
                                        "&_fields=id%%2Cpost%%2Cparent%%2Cauthor%%2Cauthor_name%%2Cauthor_email"
                                        "%%2Cauthor_url%%2Cauthor_ip%%2Cauthor_user_agent%%2Cdate_gmt%%2Cstatus"
                                        "%%2Ccontent%%2Ctype&status=%s&type=all&per_page=100&page=%" G_GINT64_FORMAT "\"\n"
                                        "output = \"/dev/null\"\n",
                                        (char *) g_hash_table_lookup (env, "BYLINE_WP_URL"), statuses[s][1], page);
            }
        }
      g_clear_object (&store);
      remove_db (db);

      server0 = server_cpu_s (env);
      requests0 = server_requests (env);
      t0 = g_get_monotonic_time ();
      g_free (run (curl, config->str));
      c_s = (g_get_monotonic_time () - t0) / 1e6;
      c_server = server_cpu_s (env) - server0;
      curl_requests = server_requests (env) - requests0;

      fprintf (stderr, "round %u: Byline %.2f s (its CPU %.2f s, WordPress %.2f s), curl %.2f s (WordPress %.2f s): "
               "%.2f ×\n", round + 1, b_s, b_cpu, b_server, c_s, c_server, b_s / c_s);
      byline_s = round ? MIN (byline_s, b_s) : b_s;
      byline_cpu = round ? MIN (byline_cpu, b_cpu) : b_cpu;
      byline_server_cpu = round ? MIN (byline_server_cpu, b_server) : b_server;
      curl_s = round ? MIN (curl_s, c_s) : c_s;
      curl_server_cpu = round ? MIN (curl_server_cpu, c_server) : c_server;
    }

  row ("comment sync: comments fetched", stats.fetched, "", 0);
  row ("comment sync: pages curl fetched", pages, "", 0);
  row ("comment sync: requests WordPress served Byline", byline_requests, "", 0);
  row ("comment sync: requests WordPress served curl", curl_requests, "", 0);
  row ("comment sync: rounds (best of each side kept)", rounds, "", 0);
  row ("comment sync: Byline (first sync, all statuses)", byline_s, "s", 0);
  row ("comment sync: curl, same pages one after another", curl_s, "s", 0);
  row ("comment sync: Byline ÷ curl", byline_s / curl_s, "×", 0.6);
  /* On 2 cores, server and client share the CPUs: what each side used. */
  row ("comment sync: Byline's own CPU (all threads)", byline_cpu, "s", 0);
  row ("comment sync: WordPress CPU (PHP + MariaDB) serving Byline", byline_server_cpu, "s", 0);
  row ("comment sync: WordPress CPU serving curl", curl_server_cpu, "s", 0);
  /* On an idle machine curl one page after another takes about the
   * server's CPU for those pages; Byline at best both sides' CPU spread
   * over every core. A bound that the load of the machine does not move. */
  row ("comment sync: best possible Byline ÷ curl on these cores (CPU)", (byline_server_cpu + byline_cpu) /
       (double) sysconf (_SC_NPROCESSORS_ONLN) / curl_server_cpu, "×", 0);

  g_rmdir (tmp);
  if (started != NULL)
    {
      const char *stop[] = { "build-aux/wordpress", "stop", started, NULL };

      g_free (run (stop, NULL));
    }
}

/* Milliseconds to get rows @at … @at + 29 of @list. */
static double
time_30_rows (GListModel *list,
              guint       at)
{
  gint64 t0 = g_get_monotonic_time ();

  for (guint i = 0; i < 30; i++)
    g_object_unref (g_list_model_get_item (list, at + i));
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
bench_list_and_moderate (void)
{
  g_autoptr(BylineStore) store = bench_comment_store ();
  g_autoptr(BylineCommentList) list = NULL;
  g_autoptr(BylineCommentModerator) moderator = NULL;
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scroll_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) action_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_ms = g_array_new (FALSE, FALSE, sizeof (double));
  BylineCommentQuery pending = BYLINE_COMMENT_QUERY_INIT;
  BylineCommentQuery all = BYLINE_COMMENT_QUERY_INIT;
  gint64 rss_before = rss_kib ();

  pending.status = "hold";
  for (guint r = 0; r < 10; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(BylineCommentList) l = byline_comment_list_new (store, r % 2 ? &all : &pending);

      for (guint i = 0; i < 30; i++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (l), i));
      double ms = (g_get_monotonic_time () - t0) / 1000.0;

      g_array_append_val (open_ms, ms);
    }
  row ("comment queue: open, count + first 30 rows (100,000 cached) p95", percentile (open_ms, 0.95), "ms", 200);

  /* Likely spam, highest score first (the partial index of schema 7). */
  g_array_set_size (open_ms, 0);
  for (guint r = 0; r < 10; r++)
    {
      BylineCommentQuery likely = BYLINE_COMMENT_QUERY_INIT;
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(BylineCommentList) l = NULL;
      double ms;

      likely.likely_spam = TRUE;
      l = byline_comment_list_new (store, &likely);
      time_30_rows (G_LIST_MODEL (l), 0);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (open_ms, ms);
    }
  row ("comment queue: open Likely spam by score, count + first 30 rows p95", percentile (open_ms, 0.95), "ms", 200);

  /* Scrolling anywhere: a page of rows at a random offset. */
  list = byline_comment_list_new (store, &all);
  for (guint r = 0; r < 50; r++)
    {
      double ms = time_30_rows (G_LIST_MODEL (list),
                                g_random_int_range (0, g_list_model_get_n_items (G_LIST_MODEL (list)) - 30));

      g_array_append_val (scroll_ms, ms);
    }
  row ("comment queue: jump to a random place, 30 rows p95", percentile (scroll_ms, 0.95), "ms", 16);

  /* Scrolling on: the next 30 rows, a page sought from the one before. */
  g_array_set_size (scroll_ms, 0);
  for (guint r = 0; r < 200; r++)
    {
      double ms = time_30_rows (G_LIST_MODEL (list), r * 30);

      g_array_append_val (scroll_ms, ms);
    }
  row ("comment queue: scroll on, next 30 rows p95", percentile (scroll_ms, 0.95), "ms", 16);
  row ("comment queue: core memory growth after 50 jumps", (rss_kib () - rss_before) / 1024.0, "MiB", 0);

  /* One action as the queue does it: the list told, the store and the
   * outbox written, the filter trained (saving it waits for an idle). */
  moderator = byline_comment_moderator_new (store);
  g_clear_object (&list);
  list = byline_comment_list_new (store, &pending);
  for (guint r = 0; r < 200; r++)
    {
      g_autoptr(BylineComment) c = g_list_model_get_item (G_LIST_MODEL (list), 0);
      gint64 id = byline_comment_get_id (c);
      gint64 t0 = g_get_monotonic_time ();
      gint64 t1;

      byline_comment_list_begin_change (list, &id, 1);
      t1 = g_get_monotonic_time ();
      byline_comment_moderator_moderate (moderator, &id, 1, r % 2 ? "spam" : "approved", NULL);
      double action = (g_get_monotonic_time () - t1) / 1000.0;
      double with_list;

      g_array_append_val (action_ms, action);
      byline_comment_list_end_change (list);
      with_list = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (list_ms, with_list);
    }
  row ("moderation action on the main thread (store, outbox, filter) p50", percentile (action_ms, 0.50), "ms", 1);
  row ("moderation action on the main thread (store, outbox, filter) p95", percentile (action_ms, 0.95), "ms", 0);
  row ("moderation action with the list update (100,000 cached) p50", percentile (list_ms, 0.50), "ms", 0);

  /* Put them back for the next run (and drop the queued operations). */
  for (guint r = 0; r < 200; r++)
    byline_comment_moderator_undo (moderator, NULL);
  {
    g_autoptr(GPtrArray) items = byline_store_outbox_list (store, NULL, NULL);

    for (guint i = 0; items != NULL && i < items->len; i++)
      byline_store_outbox_cancel (store, ((BylineOutboxItem *) g_ptr_array_index (items, i))->id, NULL);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");

  if (g_getenv ("BENCH_COMMENTS_SYNC_ONLY") == NULL)
    bench_list_and_moderate ();
  if (g_getenv ("BENCH_NO_WORDPRESS") == NULL)
    bench_sync ();
  return 0;
}
