/* test-shell.c: what GNOME Shell's search hands the window
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-search-provider.h"
#include "byline-test-ui.h"
#include "byline-window.h"

static GtkWidget *
find_drafts_search (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *placeholder = NULL;
      GtkWidget *found;

      if (GTK_IS_SEARCH_ENTRY (child))
        {
          g_object_get (child, "placeholder-text", &placeholder, NULL);
          if (g_strcmp0 (placeholder, "Search drafts") == 0)
            return child;
        }
      if ((found = find_drafts_search (child)) != NULL)
        return found;
    }

  return NULL;
}

/* LaunchSearch ("search in the app") lands here */
static void
test_shell_search_drafts (void)
{
  BylineWindow *window = byline_window_new (NULL);
  GtkWidget *entry = find_drafts_search (GTK_WIDGET (window));
  GtkWidget *focus;

  g_assert_nonnull (entry);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_set_sidebar_visible (window, FALSE);

  byline_window_search_drafts (window, "ferry quay");
  g_assert_true (byline_window_get_sidebar_visible (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "ferry quay");
  byline_test_wait_until (gtk_widget_get_mapped (entry), 3000);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shell_query (void)
{
  const char *typed[] = { "ferr", " quay ", "", "harb*", NULL };
  const char *blank[] = { " ", "", NULL };
  g_autofree char *query = byline_search_provider_dup_query (typed);
  g_autofree char *none = byline_search_provider_dup_query (blank);

  /* Every term a word prefix, as the overview searches while typing */
  g_assert_cmpstr (query, ==, "ferr* quay* harb*");
  g_assert_null (none);
  g_assert_null (byline_search_provider_dup_query (NULL));
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

  g_test_add_func ("/shell/search-drafts", test_shell_search_drafts);
  g_test_add_func ("/shell/query", test_shell_query);

  return g_test_run ();
}
