/* test-rel-crash.c: kill -9 a journalist typing a story, again and again
 *
 * Each round starts rel-typist on the same database: it loads what the
 * last round left, goes on typing the English example story character by
 * character with the editor's autosave cadence (idle 500 ms and at most
 * every 5 s, both scaled down 10×) and is killed with SIGKILL at a random
 * moment. Then:
 *   - PRAGMA integrity_check (plain SQLite) must say "ok";
 *   - the article's body must be exactly the first K characters of the
 *     story, with K at least the last autosave the child reported as
 *     committed, and at least what the previous round left (nothing older
 *     is lost).
 * Figures: rounds, corruptions, the largest loss in characters (typed but
 * not saved) and in seconds (the age, at the kill, of the oldest keystroke
 * that was not saved).
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>

#include "rel-common.h"

#define IDLE_MS 50
#define MAX_MS  500

typedef struct
{
  glong  last_saved;      /* last "S" line */
  glong  last_typed;      /* last "T" line */
  GArray *typed_at;       /* gint64 usec, index = characters typed */
} ChildReport;

static void
parse_report (const char  *text,
              ChildReport *report)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      char kind;
      glong n;
      gint64 usec;

      /* Only complete lines: one cut by the kill has no newline. */
      if (sscanf (lines[i], "%c %ld %" G_GINT64_FORMAT, &kind, &n, &usec) != 3)
        continue;
      if (kind == 'S')
        report->last_saved = MAX (report->last_saved, n);
      else if (kind == 'T')
        {
          report->last_typed = n;
          if (n >= 0 && (guint) n >= report->typed_at->len)
            g_array_set_size (report->typed_at, n + 1);
          g_array_index (report->typed_at, gint64, n) = usec;
        }
    }
}

static void
test_kill_while_typing (void)
{
  g_autofree char *dir = rel_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "byline.db", NULL);
  g_autofree char *typist = g_test_build_filename (G_TEST_BUILT, "reliability", "rel-typist", NULL);
  g_autofree char *story_path = g_build_filename (g_getenv ("BYLINE_EXAMPLES"), "harbour-ferries.txt", NULL);
  g_autofree char *story = NULL;
  g_autofree gunichar *chars = NULL;
  glong story_len = 0;
  g_autofree char *idle = g_strdup_printf ("%d", IDLE_MS);
  g_autofree char *max = g_strdup_printf ("%d", MAX_MS);
  guint rounds = rel_long_mode () ? 200 : 30;
  guint corruptions = 0;
  glong previous = 0, max_loss_chars = 0;
  gint64 max_loss_usec = 0;

  g_assert_true (g_file_get_contents (story_path, &story, NULL, NULL));
  chars = g_utf8_to_ucs4 (story, -1, NULL, &story_len, NULL);
  g_assert_cmpint (story_len, >, 100);

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autoptr(BylineStore) store = NULL;
      g_autoptr(BylineArticle) article = NULL;
      g_autofree char *first = NULL;
      g_autofree char *integrity = NULL;
      g_autofree gunichar *body = NULL;
      ChildReport report = { 0, 0, g_array_new (FALSE, TRUE, sizeof (gint64)) };
      GString *output;
      glong body_len = 0;
      gint64 killed_at;
      char buffer[8192];
      gssize n;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                typist, db, story_path, idle, max, NULL);
      g_assert_no_error (error);
      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      /* The first line comes once the store is open (startup time varies,
       * e.g. under a sanitizer); kill at a random moment after that. */
      first = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (first);
      g_usleep (g_test_rand_int_range (0, 700) * 1000);
      killed_at = g_get_monotonic_time ();
      g_subprocess_send_signal (child, SIGKILL);

      output = g_string_new (first);
      g_string_append_c (output, '\n');
      while ((n = g_input_stream_read (G_INPUT_STREAM (lines), buffer, sizeof buffer, NULL, &error)) > 0)
        g_string_append_len (output, buffer, n);
      g_assert_no_error (error);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (child));
      g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
      parse_report (output->str, &report);
      g_string_free (output, TRUE);

      integrity = rel_integrity_check (db);
      if (!g_str_equal (integrity, "ok"))
        {
          corruptions++;
          g_test_message ("round %u: integrity_check says %s", round, integrity);
          g_array_unref (report.typed_at);
          continue;
        }

      store = byline_store_new (db, NULL, &error);
      g_assert_no_error (error);
      article = byline_store_load_article (store, 1, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (byline_article_get_headline (article), ==, "Harbour ferries (typed)");
      body = g_utf8_to_ucs4 (byline_article_get_body (article), -1, NULL, &body_len, &error);
      g_assert_no_error (error);

      /* Exactly the story, as far as it was saved. */
      for (glong i = 0; i < body_len; i++)
        if (body[i] != chars[i % story_len])
          g_error ("round %u: character %ld of the saved body is not the story's", round, i);
      g_assert_cmpint (body_len, >=, report.last_saved);
      g_assert_cmpint (body_len, >=, previous);
      g_assert_cmpint (body_len, <=, MAX (report.last_typed, previous));

      if (report.last_typed - body_len > max_loss_chars)
        max_loss_chars = report.last_typed - body_len;
      /* Seconds lost: the age, at the kill, of the oldest keystroke that
       * did not make it to the database (0 when none was lost). */
      if (report.last_typed > body_len && body_len + 1 < (glong) report.typed_at->len &&
          g_array_index (report.typed_at, gint64, body_len + 1) != 0)
        max_loss_usec = MAX (max_loss_usec, killed_at - g_array_index (report.typed_at, gint64, body_len + 1));
      g_test_message ("round %u: typed %ld, reported saved %ld, stored %ld",
                      round, report.last_typed, report.last_saved, body_len);
      previous = body_len;
      g_array_unref (report.typed_at);
    }

  rel_figure ("crash.rounds", "%u", rounds);
  rel_figure ("crash.corruptions", "%u", corruptions);
  rel_figure ("crash.max_loss_chars", "%ld", max_loss_chars);
  rel_figure ("crash.max_loss_seconds", "%.3f", max_loss_usec / 1e6);
  rel_figure ("crash.story_chars_saved", "%ld", previous);
  g_assert_cmpuint (corruptions, ==, 0);
  g_assert_cmpint (previous, >, 0);
  rel_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reliability/crash/kill-while-typing", test_kill_while_typing);

  return g_test_run ();
}
