/* bench-editor.c: the editor with a long story (run by build-aux/bench
 * under a headless weston, GTK's Wayland backend, and under xvfb-run)
 *
 * Builds a 50,000-word English article in Markdown (paragraphs, `##`
 * subheadings every few paragraphs, `>` quotes, emphasis and links, a few
 * misspellings) and measures, in a real BylineEditor in a window:
 *
 * - opening it: byline_editor_set_article() until the first frame is
 *   drawn (target < 150 ms);
 * - each keystroke typed in the middle of it, a character inserted (and
 *   then deleted) as GtkTextView does for a key press: the main thread's
 *   CPU time per keystroke (CLOCK_THREAD_CPUTIME_ID) over a run typed at
 *   30 ms intervals — the handlers, Markdown highlighting, spell checking,
 *   counts, layout and painting, everything the UI thread does for it —
 *   minus the same interval idle (target < 2 ms); and the synchronous part
 *   alone (the buffer's signal handlers).
 *
 * Prints rows: name TAB value TAB unit TAB target TAB ok.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "byline-editor.h"

#define WORDS 50000
#define KEYSTROKES 200
#define INTERVAL_MS 30

static const char *vocabulary[] = {
  "the", "council", "harbour", "ferry", "passengers", "minister", "said", "on", "Tuesday",
  "that", "electric", "boats", "would", "run", "every", "twenty", "minutes", "from", "spring",
  "while", "workers", "at", "the", "quay", "asked", "for", "higher", "wages", "and", "a",
  "shorter", "week", "officials", "expect", "ridership", "to", "climb", "further", "as",
  "fares", "fall", "budget", "transport", "station", "energy", "river", "bridge", "city",
  "recieve", "governmnet",
};

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static char *
make_body (guint words)
{
  GString *out = g_string_new (NULL);
  guint32 seed = 42;
  guint in_paragraph = 0;
  guint paragraphs = 0;

  for (guint i = 0; i < words; i++)
    {
      const char *word;

      seed = seed * 1103515245 + 12345;
      word = vocabulary[(seed >> 16) % G_N_ELEMENTS (vocabulary)];

      if (in_paragraph == 0)
        {
          paragraphs++;
          if (paragraphs % 6 == 0)
            g_string_append (out, "## Subheading about the harbour\n\n");
          if (paragraphs % 9 == 0)
            g_string_append (out, "> ");
        }
      if (in_paragraph == 7)
        g_string_append_printf (out, "*%s* ", word);
      else if (in_paragraph == 15)
        g_string_append_printf (out, "[%s](https://example.com/%s) ", word, word);
      else
        g_string_append_printf (out, "%s ", word);

      if (++in_paragraph == 60)
        {
          g_string_truncate (out, out->len - 1);
          g_string_append (out, ".\n\n");
          in_paragraph = 0;
        }
    }

  return g_string_free (out, FALSE);
}

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
wait_done_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms, sleeping in poll() between events as an
 * application does (polling in a loop instead cost the main thread about
 * 3 ms of CPU per 30 ms, which the idle figure then had to cancel out) */
static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, wait_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
row (const char *name,
     double      value,
     const char *unit,
     double      target)
{
  printf ("%s\t%.2f\t%s\t< %g %s\t%s\n", name, value, unit, target, unit, value < target ? "ok" : "FAIL");
}

/* Types KEYSTROKES keys at INTERVAL_MS, inserting or deleting one
 * character at the cursor; returns the main thread's CPU ms per key and
 * sets *sync_ms to the synchronous part */
static double
type_keys (GtkTextBuffer *buffer,
           gboolean       insert,
           double        *sync_ms)
{
  double cpu0, cpu1, sync = 0;
  const char *keys = "reporters ";

  cpu0 = thread_cpu_ms ();
  for (guint i = 0; i < KEYSTROKES; i++)
    {
      double t0 = thread_cpu_ms ();

      if (insert)
        {
          char key[2] = { keys[i % 10], '\0' };

          gtk_text_buffer_insert_interactive_at_cursor (buffer, key, 1, TRUE);
        }
      else
        {
          GtkTextIter start, end;

          gtk_text_buffer_get_iter_at_mark (buffer, &end, gtk_text_buffer_get_insert (buffer));
          start = end;
          gtk_text_iter_backward_char (&start);
          gtk_text_buffer_begin_user_action (buffer);
          gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
          gtk_text_buffer_end_user_action (buffer);
        }
      sync += thread_cpu_ms () - t0;
      wait_ms (INTERVAL_MS);
    }
  drain ();
  cpu1 = thread_cpu_ms ();

  *sync_ms = sync / KEYSTROKES;
  return (cpu1 - cpu0) / KEYSTROKES;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autofree char *body = make_body (WORDS);
  GtkWidget *window;
  BylineEditor *editor;
  GtkTextBuffer *buffer;
  GtkTextIter middle;
  double t0, open_ms, idle_cpu, per_insert, per_delete, sync_insert, sync_delete;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-editor: no display (run under xvfb-run or a Wayland compositor)\n");
      return 1;
    }
  adw_init ();
  /* While keys come in GtkTextView does not blink the cursor; idle, it
   * does, and the frames of that would be subtracted from the keystrokes
   * as "idle" work they never include */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  byline_article_set_headline (article, "Harbour city expands electric ferry fleet");
  byline_article_set_language (article, "en");
  byline_article_set_body (article, body);

  /* For finding what costs: BENCH_EDITOR_NO_SPELL=1 turns spelling off */
  if (g_getenv ("BENCH_EDITOR_NO_SPELL") != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      g_settings_set_boolean (settings, "spell-checking", FALSE);
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  editor = byline_editor_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  drain ();

  /* Opening: until the first frame with the story is drawn */
  t0 = g_get_monotonic_time () / 1000.0;
  byline_editor_set_article (editor, article);
  gtk_test_widget_wait_for_draw (window);
  open_ms = g_get_monotonic_time () / 1000.0 - t0;
  row ("editor: open 50,000-word article (to first frame)", open_ms, "ms", 150);

  /* Let the background work (layout, spell check) finish */
  wait_ms (g_getenv ("BENCH_EDITOR_SETTLE_MS") ? atoi (g_getenv ("BENCH_EDITOR_SETTLE_MS")) : 3000);
  drain ();

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (editor)));
  gtk_text_buffer_get_iter_at_offset (buffer, &middle, gtk_text_buffer_get_char_count (buffer) / 2);
  gtk_text_iter_forward_word_end (&middle);
  gtk_text_buffer_place_cursor (buffer, &middle);
  gtk_widget_grab_focus (GTK_WIDGET (byline_editor_get_body_view (editor)));
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (byline_editor_get_body_view (editor)),
                                gtk_text_buffer_get_insert (buffer), 0, TRUE, 0, 0.5);
  wait_ms (500);

  /* What the main thread spends doing nothing (cursor blink, frame clock) */
  {
    double c0 = thread_cpu_ms ();

    wait_ms (KEYSTROKES * INTERVAL_MS);
    idle_cpu = (thread_cpu_ms () - c0) / KEYSTROKES;
  }

  per_insert = type_keys (buffer, TRUE, &sync_insert) - idle_cpu;
  wait_ms (500);
  per_delete = type_keys (buffer, FALSE, &sync_delete) - idle_cpu;

  row ("editor: main-thread CPU per keystroke, insert (all work incl. redraw)", per_insert, "ms", 2);
  row ("editor: main-thread CPU per keystroke, delete (all work incl. redraw)", per_delete, "ms", 2);
  row ("editor: synchronous handlers per keystroke, insert", sync_insert, "ms", 1);
  row ("editor: synchronous handlers per keystroke, delete", sync_delete, "ms", 1);
  printf ("editor: idle main-thread CPU per %d ms (subtracted)\t%.2f\tms\t-\t-\n", INTERVAL_MS, idle_cpu);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
