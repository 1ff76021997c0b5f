/* test-store-crash.c: kill -9 during autosaves, and concurrent writers
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <stdlib.h>

#include "test-store-common.h"
#include "test-store-index.h"

#define KILL_ROUNDS 60

static char *
child_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "core", "autosave-child", NULL);
}

static guint64
last_number (const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output ? output : "", "\n", -1);
  guint64 last = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* A line cut short by the kill has no newline after it: only
       * complete lines count as reported. */
      if (lines[i + 1] != NULL && lines[i][0] != '\0')
        last = g_ascii_strtoull (lines[i], NULL, 10);
    }
  return last;
}

static void
test_kill_during_autosave (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autofree char *child = child_path ();
  guint rounds_with_saves = 0;

  for (guint round = 0; round < KILL_ROUNDS; round++)
    {
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autofree char *first = NULL;
      GString *output;
      g_autoptr(BylineStore) store = NULL;
      g_autoptr(BylineArticle) article = NULL;
      g_autofree char *text = NULL;
      guint64 reported, saved;
      const char *body;

      process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, child, path, "autosave", NULL);
      g_assert_no_error (error);
      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));

      /* Wait for the first completed autosave (startup time varies, e.g.
       * under a sanitizer), then kill at a random moment of the loop. */
      first = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (first);
      g_usleep (g_test_rand_int_range (0, 60) * 1000);
      g_subprocess_send_signal (process, SIGKILL);

      output = g_string_new (first);
      g_string_append_c (output, '\n');
      {
        gssize n;
        char buffer[4096];

        while ((n = g_input_stream_read (G_INPUT_STREAM (lines), buffer, sizeof buffer, NULL, &error)) > 0)
          g_string_append_len (output, buffer, n);
      }
      g_assert_no_error (error);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (process));
      g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);

      text = g_string_free (g_steal_pointer (&output), FALSE);
      reported = last_number (text);

      store = byline_store_new (path, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (byline_store_check (store, NULL, &error));
      g_assert_no_error (error);

      article = byline_store_load_article (store, 1, NULL, &error);
      g_assert_no_error (error);
      body = byline_article_get_body (article);
      saved = g_str_has_prefix (body, "seq ") ? g_ascii_strtoull (body + 4, NULL, 10) : 0;
      g_test_message ("round %u: reported %" G_GUINT64_FORMAT ", stored %" G_GUINT64_FORMAT,
                      round, reported, saved);
      /* Each round restarts its count at 1 and has reported at least one
       * autosave, so the stored text is from this round: the last reported
       * one, or the one after it if it committed but was not printed. */
      g_assert_cmpuint (reported, >=, 1);
      g_assert_cmpuint (saved, >=, reported);
      g_assert_cmpuint (saved, <=, reported + 1);

      /* The killed program's autosaves were not indexed; opening indexed
       * them, so a search finds the stored text. */
      g_assert_cmpint (test_store_pending (store), ==, 0);
      {
        g_autofree char *seq = g_strdup_printf ("%" G_GUINT64_FORMAT, saved);
        g_autoptr(GPtrArray) hits = byline_store_search (store, seq, 10, NULL, &error);

        g_assert_no_error (error);
        g_assert_cmpuint (hits->len, ==, 1);
        g_assert_cmpint (((BylineSearchHit *) g_ptr_array_index (hits, 0))->article_id, ==, 1);
      }
      if (round % 10 == 0)
        test_store_assert_index_matches_content (store);
      rounds_with_saves++;
    }

  g_assert_cmpuint (rounds_with_saves, >=, 50);
  test_store_rmdir (dir);
}

typedef struct
{
  const char *path;
  guint       n;
} WriterData;

static gpointer
writer_thread (gpointer user_data)
{
  WriterData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineStore) store = byline_store_new (data->path, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < data->n; i++)
    {
      g_autoptr(BylineArticle) article = test_store_article ("Thread", "Concurrent write");

      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
      g_assert_no_error (error);
      byline_article_set_body (article, "Concurrent autosave");
      g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_AUTOSAVE, NULL, &error));
      g_assert_no_error (error);
    }
  return NULL;
}

static void
test_two_connections_two_threads (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autoptr(BylineStore) store = test_store_open (dir);
  WriterData data = { path, 150 };
  GThread *a, *b;

  a = g_thread_new ("writer-a", writer_thread, &data);
  b = g_thread_new ("writer-b", writer_thread, &data);
  g_thread_join (a);
  g_thread_join (b);

  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, NULL), ==, 300);
  g_assert_true (byline_store_check (store, NULL, NULL));
  g_clear_object (&store);
  test_store_rmdir (dir);
}

static void
test_two_processes (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autofree char *child = child_path ();
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(GSubprocess) p1 = NULL;
  g_autoptr(GSubprocess) p2 = NULL;
  g_autoptr(GError) error = NULL;
  WriterData data = { path, 100 };

  p1 = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_PIPE, &error, child, path, "insert", "100", NULL);
  g_assert_no_error (error);
  p2 = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_PIPE, &error, child, path, "insert", "100", NULL);
  g_assert_no_error (error);
  writer_thread (&data);

  g_assert_true (g_subprocess_wait_check (p1, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (p2, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (byline_store_count_articles (store, NULL, NULL, NULL), ==, 300);
  g_clear_object (&store);
  test_store_rmdir (dir);
}

/* A program (the CLI) reading the database while this one has it open:
 * the headline it sees for @id */
static char *
headline_in_other_process (const char *path,
                           gint64      id)
{
  g_autofree char *child = child_path ();
  g_autofree char *arg = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autoptr(GSubprocess) p = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  p = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, child, path, "headline", arg, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (p, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (p));
  return g_strchomp (out);
}

/* Opens and closes the file as any code in the process may (GTK's file
 * chooser sniffs the files of a folder it shows): POSIX locks are the
 * process's, so this drops every lock the store's connection held */
static void
touch_file (const char *path)
{
  int fd = g_open (path, O_RDONLY, 0);

  if (fd >= 0)
    close (fd);
}

static void
test_locks_dropped_by_another_open (void)
{
  g_autofree char *dir = test_store_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(BylineStore) store = test_store_open (dir);
  g_autoptr(BylineArticle) article = test_store_article ("Before", "Saved while the window was open.");
  g_autoptr(GError) error = NULL;
  g_autofree char *seen = NULL;

  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  touch_file (path);
  touch_file (shm);

  /* The CLI runs and ends: it must not take the -wal away */
  seen = headline_in_other_process (path, byline_article_get_id (article));
  g_assert_cmpstr (seen, ==, "Before");
  g_clear_pointer (&seen, g_free);

  byline_article_set_headline (article, "After");
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  seen = headline_in_other_process (path, byline_article_get_id (article));
  g_assert_cmpstr (seen, ==, "After");

  g_clear_object (&store);
  test_store_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/crash/kill-during-autosave", test_kill_during_autosave);
  g_test_add_func ("/store/concurrency/two-connections-two-threads", test_two_connections_two_threads);
  g_test_add_func ("/store/concurrency/two-processes", test_two_processes);
  g_test_add_func ("/store/concurrency/locks-dropped-by-another-open", test_locks_dropped_by_another_open);

  return g_test_run ();
}
