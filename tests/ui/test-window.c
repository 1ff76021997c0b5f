/* test-window.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-test-ui.h"
#include "byline-window.h"

static void
test_window_empty_state (void)
{
  BylineWindow *window;
  g_autofree char *png = NULL;
  GStatBuf st;

  window = byline_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)), 5000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  g_assert_cmpstr (byline_window_get_visible_view (window), ==, "empty");

  png = byline_test_save_screenshot (GTK_WIDGET (window), "window-empty.png");
  g_assert_cmpint (g_stat (png, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_new_article_action (void)
{
  BylineWindow *window;

  window = byline_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-article", NULL));
  g_assert_cmpstr (byline_window_get_visible_view (window), ==, "editor");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_state_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BylineWindow *window;
  int width, height;

  g_settings_set (settings, "window-size", "(ii)", 900, 640);
  window = byline_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (window));

  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

  g_test_add_func ("/window/empty-state", test_window_empty_state);
  g_test_add_func ("/window/new-article-action", test_window_new_article_action);
  g_test_add_func ("/window/state-saved", test_window_state_saved);

  return g_test_run ();
}
