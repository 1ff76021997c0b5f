/* bench-comments-ui.c: opening the comment queue with 100,000 cached
 * comments in a real window (build-aux/bench runs it under xvfb-run with
 * the cairo renderer): time until the first rows are drawn, the whole
 * app's resident memory, and frames while jumping through the list
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <time.h>

#include "bench-comments-common.h"
#include "byline-comment-queue.h"

#define JUMPS 40

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BylineStore) store = NULL;
  GtkWindow *window;
  GtkWidget *queue;
  gint64 t0;
  double first_rows_ms, scroll_ms, set_ms, cpu0, first_rows_cpu, scroll_cpu = 0, redraw_ms;
  g_autoptr(GArray) jump_cpu = NULL;
  GdkFrameClock *clock;
  gint64 refresh_us = 0, frame_time;
  guint missed = 0;
  g_autofree char *missed_name = NULL;
  GtkAdjustment *adjustment;
  GtkWidget *scroller;

  setlocale (LC_ALL, "");
  if (!gtk_init_check ())
    {
      fprintf (stderr, "bench-comments-ui: no display (build-aux/bench runs it under xvfb-run)\n");
      return 1;
    }
  adw_init ();
  store = bench_comment_store ();

  /* As in the app: the window is up, the Comments view is shown, then the
   * queue gets the store and lists it. */
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1180, 760);
  queue = byline_comment_queue_new ();
  gtk_window_set_child (window, queue);
  byline_comment_queue_set_queue (BYLINE_COMMENT_QUEUE (queue), "all");
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (queue);

  /* What one frame of the empty queue costs (drawing through Xvfb). */
  t0 = g_get_monotonic_time ();
  gtk_widget_queue_draw (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (queue);
  redraw_ms = (g_get_monotonic_time () - t0) / 1000.0;

  t0 = g_get_monotonic_time ();
  cpu0 = thread_cpu_ms ();
  byline_comment_queue_set_store (BYLINE_COMMENT_QUEUE (queue), store);
  set_ms = (g_get_monotonic_time () - t0) / 1000.0;
  gtk_test_widget_wait_for_draw (queue);
  first_rows_ms = (g_get_monotonic_time () - t0) / 1000.0;
  first_rows_cpu = thread_cpu_ms () - cpu0;

  row ("comment queue window: one frame of the empty queue (baseline)", redraw_ms, "ms", 0);
  row ("comment queue window: listing (set_store, main thread)", set_ms, "ms", 0);
  row ("comment queue window: first rows drawn (100,000 cached)", first_rows_ms, "ms", 200);
  row ("comment queue window: first rows drawn, main-thread CPU", first_rows_cpu, "ms", 200);
  row ("comment queue window: whole app resident memory", rss_kib () / 1024.0, "MiB", 200);

  /* Scroll the whole list in 40 jumps, each drawn. A jump cannot be drawn
   * sooner than the frame clock's next frame (GDK paces frames at the
   * display's refresh interval, 16.7 ms at 60 Hz), so the wall time of a
   * jump is about one interval however little it costs: scrolling is
   * smooth when each jump's work fits in a frame (main-thread CPU under
   * 16 ms) and no jump misses its frame: its frame comes one interval
   * after the last one's (the frame clock's frame times), not two. */
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (g_object_get_data (G_OBJECT (queue), "list-view")),
                                      GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  clock = gtk_widget_get_frame_clock (queue);
  gdk_frame_clock_get_refresh_info (clock, 0, &refresh_us, NULL);
  jump_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  frame_time = gdk_frame_clock_get_frame_time (clock);
  t0 = g_get_monotonic_time ();
  for (guint i = 1; i <= JUMPS; i++)
    {
      double c0 = thread_cpu_ms (), cpu;

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * i / (JUMPS + 1.0));
      gtk_test_widget_wait_for_draw (queue);
      cpu = thread_cpu_ms () - c0;
      g_array_append_val (jump_cpu, cpu);
      scroll_cpu += cpu / JUMPS;
      if (gdk_frame_clock_get_frame_time (clock) - frame_time > refresh_us * 3 / 2)
        missed++;
      frame_time = gdk_frame_clock_get_frame_time (clock);
    }
  scroll_ms = (g_get_monotonic_time () - t0) / 1000.0 / JUMPS;
  row ("comment queue window: display frame interval (frame clock)", refresh_us / 1000.0, "ms", 0);
  row ("comment queue window: one scroll jump drawn, wall mean (about one frame interval)", scroll_ms, "ms", 0);
  row ("comment queue window: one scroll jump drawn, main-thread CPU mean", scroll_cpu, "ms", 16);
  row ("comment queue window: one scroll jump drawn, main-thread CPU p95", percentile (jump_cpu, 0.95), "ms", 16);
  missed_name = g_strdup_printf ("comment queue window: scroll jumps that missed their frame (of %d)", JUMPS);
  row (missed_name, missed, "", 1);
  row ("comment queue window: resident memory after scrolling it all", rss_kib () / 1024.0, "MiB", 200);

  gtk_window_destroy (window);
  return 0;
}
