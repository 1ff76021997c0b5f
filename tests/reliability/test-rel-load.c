/* test-rel-load.c: 200 drafts autosaved while the CLI works on the same
 * database
 *
 * Four rel-writer processes autosave 50 drafts each, round-robin, for the
 * run time (60 s long mode, 10 s short), while two more threads run the
 * real `byline` binary over and over: one creates and edits stories
 * (`new`, then `edit ID --set headline=…`), one searches and lists. Then:
 *   - no process printed "database is locked"/"busy" or failed;
 *   - every draft holds the last value its writer reported;
 *   - every CLI edit's last headline is there.
 * With the real WordPress of build-aux/reliability (BYLINE_WP_URL), a
 * third thread publishes and moderates through the CLI at the same time:
 * `new` + `publish --status publish`, `comments sync`, and `comments
 * moderate` of the newest held comment; afterwards every published story
 * is linked to its post and every moderated comment has its new status.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "rel-common.h"

#define WRITERS           4
#define DRAFTS_PER_WRITER 50

typedef struct
{
  const char *db;
  gint64      end;
  guint       runs;
  guint       failures;
  guint       lock_errors;
  GHashTable *last_headline;  /* id → headline the CLI set last */
  /* The remote thread (publish, comments), counted apart */
  guint       published_runs;
  guint       sync_runs;
  guint       moderate_runs;
  GHashTable *published;      /* ids published */
  GHashTable *approved;       /* comment ids approved */
} CliLoop;

static gboolean
cli (CliLoop     *loop,
     char       **out,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_buf = NULL;
  g_autofree char *stderr_buf = NULL;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("BYLINE"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) loop->db);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_buf, &stderr_buf, &error);
  g_assert_no_error (error);
  loop->runs++;
  if (stderr_buf != NULL && (strstr (stderr_buf, "locked") != NULL || strstr (stderr_buf, "busy") != NULL))
    loop->lock_errors++;
  if (!g_subprocess_get_successful (process))
    {
      loop->failures++;
      g_test_message ("byline %s failed: %s", first, stderr_buf);
      return FALSE;
    }
  if (out != NULL)
    *out = g_steal_pointer (&stdout_buf);
  return TRUE;
}

static gpointer
editor_thread (gpointer data)
{
  CliLoop *loop = data;

  for (guint i = 0; g_get_monotonic_time () < loop->end; i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *headline = g_strdup_printf ("CLI story %u", i);
      g_autofree char *set = NULL;
      gint64 id;

      if (!cli (loop, &out, "new", "--headline", headline, "--standfirst", "Written from the command line", NULL))
        continue;
      id = g_ascii_strtoll (out, NULL, 10);
      set = g_strdup_printf ("headline=CLI story %u edited", i);
      if (cli (loop, NULL, "edit", out[0] ? g_strstrip (out) : "0", "--set", set, NULL))
        g_hash_table_insert (loop->last_headline, GSIZE_TO_POINTER (id),
                             g_strdup_printf ("CLI story %u edited", i));
    }
  return NULL;
}

static gpointer
reader_thread (gpointer data)
{
  CliLoop *loop = data;

  while (g_get_monotonic_time () < loop->end)
    {
      cli (loop, NULL, "search", "draft", NULL);
      cli (loop, NULL, "list", "--json", NULL);
    }
  return NULL;
}

/* The newest held comment's local id in `comments list --json`, or 0. */
static gint64
first_id (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, json, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_ARRAY (root) ||
      json_array_get_length (json_node_get_array (root)) == 0)
    return 0;
  return json_object_get_int_member (json_array_get_object_element (json_node_get_array (root), 0), "id");
}

/* CLI_EXTRA: publishing and the comment queue beside the autosaves. */
static gpointer
remote_thread (gpointer data)
{
  CliLoop *loop = data;

  for (guint i = 0; g_get_monotonic_time () < loop->end; i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *list = NULL;
      g_autofree char *headline = g_strdup_printf ("Load story %u", i);
      gint64 id;

      if (cli (loop, &out, "new", "--headline", headline, "--standfirst", "Published while drafts autosave", NULL))
        {
          id = g_ascii_strtoll (g_strstrip (out), NULL, 10);
          loop->published_runs++;
          if (cli (loop, NULL, "publish", out, "--account", "wp", "--status", "publish", NULL))
            g_hash_table_add (loop->published, GSIZE_TO_POINTER (id));
        }
      loop->sync_runs++;
      cli (loop, NULL, "comments", "sync", "--account", "wp", NULL);
      if (cli (loop, &list, "comments", "list", "--status", "hold", "--limit", "1", "--json", NULL) &&
          (id = first_id (list)) > 0)
        {
          g_autofree char *id_arg = g_strdup_printf ("%" G_GINT64_FORMAT, id);

          loop->moderate_runs++;
          if (cli (loop, NULL, "comments", "moderate", id_arg, "approve", NULL))
            g_hash_table_add (loop->approved, GSIZE_TO_POINTER (id));
        }
    }
  return NULL;
}

static void
test_load (void)
{
  g_autofree char *dir = rel_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "byline.db", NULL);
  g_autofree char *writer_exe = g_test_build_filename (G_TEST_BUILT, "reliability", "rel-writer", NULL);
  guint seconds = rel_long_mode () ? 60 : 10;
  g_autofree char *seconds_arg = g_strdup_printf ("%u", seconds);
  g_autofree char *per_writer = g_strdup_printf ("%d", DRAFTS_PER_WRITER);
  GSubprocess *writers[WRITERS];
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CliLoop loop = { db, 0, 0, 0, 0, g_hash_table_new_full (NULL, NULL, NULL, g_free), 0, 0, 0,
                   g_hash_table_new (NULL, NULL), g_hash_table_new (NULL, NULL) };
  const char *wp = g_getenv ("BYLINE_WP_URL");
  GThread *editor, *reader, *remote = NULL;
  guint lost = 0, checked = 0, writer_failures = 0;

  /* Create the database (schema) before anyone races for it. */
  store = byline_store_new (db, NULL, &error);
  g_assert_no_error (error);
  if (wp != NULL)
    {
      g_autoptr(BylineAccount) account = byline_account_new ("wp", wp, "", g_getenv ("BYLINE_WP_EDITOR"), "Editor");

      g_assert_true (byline_store_save_account (store, account, &error));
      g_assert_no_error (error);
      /* Held comments to moderate, whatever ran before on this site. */
      {
        g_autofree char *script = g_build_filename (g_getenv ("BYLINE_SOURCE_ROOT"), "build-aux", "wordpress", NULL);
        g_autoptr(GSubprocess) seed = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error, script, "seed",
                                                        g_getenv ("BYLINE_WP_DIR"), "60", NULL);

        g_assert_no_error (error);
        g_assert_true (g_subprocess_wait_check (seed, NULL, &error));
        g_assert_no_error (error);
      }
      /* The children read the application password from here (no keyring in the test). */
      g_setenv ("BYLINE_PASSWORD", g_getenv ("BYLINE_WP_EDITOR_PASSWORD"), TRUE);
    }
  g_clear_object (&store);

  for (guint w = 0; w < WRITERS; w++)
    {
      g_autofree char *name = g_strdup_printf ("%u", w);

      writers[w] = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                     writer_exe, db, name, per_writer, seconds_arg, NULL);
      g_assert_no_error (error);
    }
  loop.end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  editor = g_thread_new ("cli-editor", editor_thread, &loop);
  reader = g_thread_new ("cli-reader", reader_thread, &loop);
  if (wp != NULL)
    remote = g_thread_new ("cli-remote", remote_thread, &loop);

  g_thread_join (editor);
  g_thread_join (reader);
  if (remote != NULL)
    g_thread_join (remote);

  store = byline_store_new (db, NULL, &error);
  g_assert_no_error (error);
  for (guint w = 0; w < WRITERS; w++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_auto(GStrv) lines = NULL;

      g_subprocess_communicate_utf8 (writers[w], NULL, NULL, &out, &err, &error);
      g_assert_no_error (error);
      if (!g_subprocess_get_successful (writers[w]))
        {
          writer_failures++;
          g_test_message ("writer %u failed: %s", w, err);
        }
      if (err != NULL && (strstr (err, "locked") != NULL || strstr (err, "busy") != NULL))
        loop.lock_errors++;
      lines = g_strsplit (out, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          gint64 id;
          guint value;
          g_autoptr(BylineArticle) article = NULL;
          g_autofree char *expected = NULL;

          if (sscanf (lines[i], "%" G_GINT64_FORMAT " %u", &id, &value) != 2)
            continue;
          article = byline_store_load_article (store, id, NULL, &error);
          g_assert_no_error (error);
          expected = g_strdup_printf ("writer %u draft %u value %u", w, i, value);
          checked++;
          if (g_strcmp0 (byline_article_get_body (article), expected) != 0)
            {
              lost++;
              g_test_message ("draft %" G_GINT64_FORMAT ": %s, expected %s", id,
                              byline_article_get_body (article), expected);
            }
        }
      g_object_unref (writers[w]);
    }

  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, loop.last_headline);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        g_autoptr(BylineArticle) article = byline_store_load_article (store, GPOINTER_TO_SIZE (key), NULL, &error);

        g_assert_no_error (error);
        checked++;
        if (g_strcmp0 (byline_article_get_headline (article), value) != 0)
          lost++;
      }
  }
  {
    GHashTableIter iter;
    gpointer key;

    /* Every story published is linked to its post, every comment approved
     * has that status: no write of the remote thread was lost either. */
    g_hash_table_iter_init (&iter, loop.published);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        g_autoptr(BylineArticle) article = byline_store_load_article (store, GPOINTER_TO_SIZE (key), NULL, &error);
        const BylineArticleLink *link;

        g_assert_no_error (error);
        checked++;
        link = byline_article_find_link (article, "wp");
        if (link == NULL || link->remote_id <= 0)
          lost++;
      }
    g_hash_table_iter_init (&iter, loop.approved);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        g_autoptr(BylineCachedComment) comment = byline_store_get_comment (store, GPOINTER_TO_SIZE (key), &error);

        g_assert_no_error (error);
        checked++;
        if (g_strcmp0 (comment->status, "approved") != 0)
          lost++;
      }
  }
  g_assert_true (byline_store_check (store, NULL, NULL));

  rel_figure ("load.seconds", "%u", seconds);
  rel_figure ("load.drafts", "%d", WRITERS * DRAFTS_PER_WRITER);
  rel_figure ("load.cli_runs", "%u", loop.runs);
  rel_figure ("load.lock_errors", "%u", loop.lock_errors);
  rel_figure ("load.failures", "%u", loop.failures + writer_failures);
  rel_figure ("load.lost_writes", "%u", lost);
  rel_figure ("load.writes_checked", "%u", checked);
  if (wp != NULL)
    rel_figure ("load.remote", "%u publishes (%u linked), %u comment syncs, %u moderations (%u approved)",
                loop.published_runs, g_hash_table_size (loop.published), loop.sync_runs,
                loop.moderate_runs, g_hash_table_size (loop.approved));
  else
    rel_figure ("load.remote", "n/a (no WordPress: run build-aux/reliability)");
  g_assert_cmpuint (checked, >=, WRITERS * DRAFTS_PER_WRITER);
  g_assert_cmpuint (loop.lock_errors, ==, 0);
  g_assert_cmpuint (loop.failures + writer_failures, ==, 0);
  g_assert_cmpuint (lost, ==, 0);

  if (wp != NULL)
    {
      g_assert_cmpuint (g_hash_table_size (loop.published), >, 0);
      g_assert_cmpuint (loop.sync_runs, >, 0);
    }
  g_hash_table_unref (loop.last_headline);
  g_hash_table_unref (loop.published);
  g_hash_table_unref (loop.approved);
  g_clear_object (&store);
  rel_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reliability/load/autosave-while-cli", test_load);

  return g_test_run ();
}
