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
 *   minus the same interval idle, the median of three runs (target
 *   < 2 ms; the slowest run is printed too); and the synchronous part
 *   alone (the buffer's signal handlers);
 * - the same typing in two references with nothing of Byline, for what
 *   GTK 4.8 itself costs here: a plain GtkTextView, and a GtkSourceView
 *   highlighting Markdown, each with the story and the body's font,
 *   margins, spacing and wrapping, in a window of the same size.
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

#include <gtksourceview/gtksource.h>

#include "byline-editor.h"

#include "bench-stats.h"

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

typedef struct
{
  double insert;       /* median of the runs, idle subtracted */
  double delete;
  double insert_worst; /* the slowest run */
  double delete_worst;
  double sync_insert;
  double sync_delete;
  double idle;
} Typing;

/* Settles, puts the cursor in the middle of @view's text and types
 * there RUNS times: each run measures the idle cost per interval, then
 * inserts KEYSTROKES keys and deletes them again (the text is the same
 * for the next run). The figures are the runs' medians: one run's mean
 * moves by ±0.2 ms with the host (cache, frequency), the same code. */
#define RUNS 3

static void
measure_typing (GtkTextView *view,
                Typing      *typing)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter middle;
  double insert[RUNS], delete[RUNS], sync_insert[RUNS], sync_delete[RUNS], idle[RUNS];

  /* Let the background work (layout, spell check) finish */
  wait_ms (g_getenv ("BENCH_EDITOR_SETTLE_MS") ? atoi (g_getenv ("BENCH_EDITOR_SETTLE_MS")) : 3000);
  drain ();

  gtk_text_buffer_get_iter_at_offset (buffer, &middle, gtk_text_buffer_get_char_count (buffer) / 2);
  gtk_text_iter_forward_word_end (&middle);
  gtk_text_buffer_place_cursor (buffer, &middle);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_view_scroll_to_mark (view, gtk_text_buffer_get_insert (buffer), 0, TRUE, 0, 0.5);
  /* Until the main thread is idle: the scroll shows the overlay
   * scrollbars, whose fade-out draws frames for a second or two. (Before
   * 2026-11-29 the typing began 500 ms after the scroll, and the idle
   * figure subtracted from it held those frames, 0.25-0.35 ms per
   * interval, which the typing never had.) */
  for (guint i = 0; i < 20; i++)
    {
      double c0 = thread_cpu_ms ();

      wait_ms (500);
      if (thread_cpu_ms () - c0 < 0.5)
        break;
    }

  for (guint r = 0; r < RUNS; r++)
    {
      /* What the main thread spends doing nothing (frame clock, timers) */
      double c0 = thread_cpu_ms ();

      wait_ms (KEYSTROKES * INTERVAL_MS);
      idle[r] = (thread_cpu_ms () - c0) / KEYSTROKES;

      insert[r] = type_keys (buffer, TRUE, &sync_insert[r]);
      wait_ms (500);
      delete[r] = type_keys (buffer, FALSE, &sync_delete[r]);
      g_printerr ("bench-editor: run %u: insert %.2f, delete %.2f, idle %.2f ms a key (before the idle is taken off)\n",
                  r + 1, insert[r], delete[r], idle[r]);
      wait_ms (500);
    }

  /* The main thread's cost of doing nothing, taken off each run: the
   * least of the runs' idle intervals (the first run's holds frames of
   * something that ends before the next: taken off that run alone, as
   * before 2026-11-29, they made it look 0.2-0.3 ms cheaper than the
   * others) */
  typing->idle = idle[0];
  for (guint r = 1; r < RUNS; r++)
    typing->idle = MIN (typing->idle, idle[r]);
  for (guint r = 0; r < RUNS; r++)
    {
      insert[r] -= typing->idle;
      delete[r] -= typing->idle;
    }

  typing->insert_worst = MAX (MAX (insert[0], insert[1]), insert[2]);
  typing->delete_worst = MAX (MAX (delete[0], delete[1]), delete[2]);
  typing->insert = median (insert, RUNS);
  typing->delete = median (delete, RUNS);
  typing->sync_insert = median (sync_insert, RUNS);
  typing->sync_delete = median (sync_delete, RUNS);
}

/* A window of the editor's size with only a text view (a GtkSourceView
 * highlighting Markdown when @source) holding @text, with @body's font,
 * margins, spacing and wrapping */
static GtkWidget *
reference_new (GtkTextView *body,
               const char  *text,
               gboolean     source)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (body)));
  g_autofree char *family = g_strescape (pango_font_description_get_family (font), NULL);
  g_autofree char *css = g_strdup_printf ("textview { font-family: \"%s\"; font-size: %gpt; }", family,
                                          pango_font_description_get_size (font) / (double) PANGO_SCALE);
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = source ? gtk_source_view_new () : gtk_text_view_new ();
  GtkTextView *text_view = GTK_TEXT_VIEW (view);

  if (source)
    gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (text_view)),
                                    gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (),
                                                                              "markdown"));
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider (gtk_widget_get_style_context (view), GTK_STYLE_PROVIDER (provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_text_view_set_wrap_mode (text_view, gtk_text_view_get_wrap_mode (body));
  gtk_text_view_set_left_margin (text_view, gtk_text_view_get_left_margin (body));
  gtk_text_view_set_right_margin (text_view, gtk_text_view_get_right_margin (body));
  gtk_text_view_set_top_margin (text_view, gtk_text_view_get_top_margin (body));
  gtk_text_view_set_pixels_below_lines (text_view, gtk_text_view_get_pixels_below_lines (body));
  gtk_text_view_set_pixels_inside_wrap (text_view, gtk_text_view_get_pixels_inside_wrap (body));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), text, -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  g_object_set_data (G_OBJECT (window), "view", view);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  return window;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autofree char *story = make_body (WORDS);
  GtkWidget *window;
  BylineEditor *editor;
  GtkTextView *body;
  g_autofree char *body_text = NULL;
  double t0, open_ms;
  Typing typing;

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
  byline_article_set_body (article, story);

  /* For finding what costs: BENCH_EDITOR_NO_SPELL=1 turns spelling off,
   * BENCH_EDITOR_NO_REFERENCES=1 leaves the references out */
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

  body = GTK_TEXT_VIEW (byline_editor_get_body_view (editor));
  measure_typing (body, &typing);

  {
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (body), &start, &end);
    body_text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (body), &start, &end, FALSE);
  }

  row ("editor: main-thread CPU per keystroke, insert (all work incl. redraw; median of 3 runs)", typing.insert, "ms", 2);
  row ("editor: main-thread CPU per keystroke, delete (all work incl. redraw; median of 3 runs)", typing.delete, "ms", 2);
  printf ("editor: main-thread CPU per keystroke, insert, slowest run\t%.2f\tms\t-\t-\n", typing.insert_worst);
  printf ("editor: main-thread CPU per keystroke, delete, slowest run\t%.2f\tms\t-\t-\n", typing.delete_worst);
  row ("editor: synchronous handlers per keystroke, insert", typing.sync_insert, "ms", 1);
  row ("editor: synchronous handlers per keystroke, delete", typing.sync_delete, "ms", 1);
  printf ("editor: idle main-thread CPU per %d ms (subtracted; the least of the runs')\t%.2f\tms\t-\t-\n", INTERVAL_MS,
          typing.idle);

  /* The references, looking as the body does (its window hidden, so it
   * draws nothing meanwhile) */
  gtk_widget_set_visible (window, FALSE);
  for (guint i = 0; i < (g_getenv ("BENCH_EDITOR_NO_REFERENCES") ? 0 : 2); i++)
    {
      GtkWidget *reference_window = reference_new (body, body_text, i == 1);
      GtkTextView *reference = GTK_TEXT_VIEW (g_object_get_data (G_OBJECT (reference_window), "view"));
      Typing ref;

      measure_typing (reference, &ref);
      printf ("%s\t%.2f\tms\t-\t-\n",
              i == 0 ? "editor: reference, plain GtkTextView, CPU per keystroke (insert and delete)"
                     : "editor: reference, GtkSourceView with Markdown, CPU per keystroke (insert and delete)",
              (ref.insert + ref.delete) / 2);
      printf ("%s\t%.2f\tms\t-\t-\n",
              i == 0 ? "editor: reference, plain GtkTextView, synchronous per keystroke (insert and delete)"
                     : "editor: reference, GtkSourceView with Markdown, synchronous per keystroke (insert and delete)",
              (ref.sync_insert + ref.sync_delete) / 2);
      gtk_window_destroy (GTK_WINDOW (reference_window));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
