/* test-search.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-editor.h"
#include "byline-test-ui.h"

#define TEXT "The ferry left. Ferries carry 180 passengers; the ferryman waved at the ferry."

typedef struct
{
  GtkWindow       *window;
  BylineEditor    *editor;
  BylineSearchBar *bar;
  GtkTextBuffer   *buffer;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BylineArticle) article = byline_article_new ();

  byline_article_set_body (article, TEXT);
  f->window = GTK_WINDOW (gtk_window_new ());
  f->editor = byline_editor_new ();
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  byline_editor_set_article (f->editor, article);
  f->bar = byline_editor_get_search_bar (f->editor);
  f->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (byline_editor_get_body_view (f->editor)));
  gtk_window_present (f->window);
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->editor)), 5000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
}

static int
count (Fixture *f)
{
  GtkSourceSearchContext *context = byline_search_bar_get_context (f->bar);

  /* The context counts in idle chunks */
  byline_test_wait_until (gtk_source_search_context_get_occurrences_count (context) >= 0, 3000);
  return gtk_source_search_context_get_occurrences_count (context);
}

static char *
selected (Fixture *f)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_selection_bounds (f->buffer, &start, &end);
  return gtk_text_iter_get_slice (&start, &end);
}

static char *
text (Fixture *f)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (f->buffer, &start, &end);
  return gtk_text_iter_get_slice (&start, &end);
}

static void
test_search_find (Fixture       *f,
                  gconstpointer  data)
{
  GtkSourceSearchSettings *settings = byline_search_bar_get_settings (f->bar);
  g_autofree char *sel = NULL;

  byline_search_bar_open (f->bar, FALSE);
  g_assert_true (byline_search_bar_get_open (f->bar));
  g_assert_false (byline_search_bar_get_replace_mode (f->bar));

  /* Case-insensitive by default: ferry, Ferri(es), ferry(man), ferry */
  byline_search_bar_set_search_text (f->bar, "ferr");
  g_assert_cmpint (count (f), ==, 4);
  sel = selected (f);
  g_assert_cmpstr (sel, ==, "ferr");
  g_assert_cmpstr (byline_search_bar_get_count_text (f->bar), ==, "1 of 4");

  g_assert_true (byline_search_bar_next (f->bar));
  g_assert_cmpstr (byline_search_bar_get_count_text (f->bar), ==, "2 of 4");
  g_clear_pointer (&sel, g_free);
  sel = selected (f);
  g_assert_cmpstr (sel, ==, "Ferr");
  g_assert_true (byline_search_bar_previous (f->bar));
  g_assert_cmpstr (byline_search_bar_get_count_text (f->bar), ==, "1 of 4");
  /* Wrapping around backwards */
  g_assert_true (byline_search_bar_previous (f->bar));
  g_assert_cmpstr (byline_search_bar_get_count_text (f->bar), ==, "4 of 4");

  /* Match case */
  gtk_source_search_settings_set_case_sensitive (settings, TRUE);
  g_assert_cmpint (count (f), ==, 3);

  /* Whole words: "ferry" twice, not "ferryman" */
  gtk_source_search_settings_set_case_sensitive (settings, FALSE);
  gtk_source_search_settings_set_at_word_boundaries (settings, TRUE);
  byline_search_bar_set_search_text (f->bar, "ferry");
  g_assert_cmpint (count (f), ==, 2);

  /* Regular expressions */
  gtk_source_search_settings_set_at_word_boundaries (settings, FALSE);
  gtk_source_search_settings_set_regex_enabled (settings, TRUE);
  byline_search_bar_set_search_text (f->bar, "[0-9]+ pass\\w+");
  g_assert_cmpint (count (f), ==, 1);
  g_clear_pointer (&sel, g_free);
  sel = selected (f);
  g_assert_cmpstr (sel, ==, "180 passengers");

  byline_search_bar_set_search_text (f->bar, "no such thing");
  g_assert_cmpint (count (f), ==, 0);
  g_assert_cmpstr (byline_search_bar_get_count_text (f->bar), ==, "No matches");

  /* Escape closes the bar, through its key controller… */
  g_assert_true (byline_test_send_key (GTK_WIDGET (f->bar), GDK_KEY_Escape, 0));
  g_assert_false (byline_search_bar_get_open (f->bar));

  /* …and from the body too, where it is otherwise the body's own key */
  byline_search_bar_open (f->bar, FALSE);
  g_assert_true (byline_test_send_key (GTK_WIDGET (byline_editor_get_body_view (f->editor)), GDK_KEY_Escape, 0));
  g_assert_false (byline_search_bar_get_open (f->bar));
  g_assert_false (byline_test_send_key (GTK_WIDGET (byline_editor_get_body_view (f->editor)), GDK_KEY_Escape, 0));
}

static void
test_search_replace (Fixture       *f,
                     gconstpointer  data)
{
  GtkSourceSearchSettings *settings = byline_search_bar_get_settings (f->bar);
  g_autofree char *t = NULL;

  byline_search_bar_open (f->bar, TRUE);
  g_assert_true (byline_search_bar_get_replace_mode (f->bar));

  gtk_source_search_settings_set_at_word_boundaries (settings, TRUE);
  byline_search_bar_set_search_text (f->bar, "ferry");
  byline_search_bar_set_replace_text (f->bar, "boat");
  g_assert_cmpint (count (f), ==, 2);

  /* Replace the selected match, then step on to the next */
  g_assert_true (byline_search_bar_replace (f->bar));
  t = text (f);
  g_assert_cmpstr (t, ==, "The boat left. Ferries carry 180 passengers; the ferryman waved at the ferry.");
  g_assert_cmpint (count (f), ==, 1);

  /* Regex replace all with a back reference, undone in one step */
  gtk_source_search_settings_set_at_word_boundaries (settings, FALSE);
  gtk_source_search_settings_set_regex_enabled (settings, TRUE);
  byline_search_bar_set_search_text (f->bar, "(\\d+) passengers");
  byline_search_bar_set_replace_text (f->bar, "\\1 people");
  g_assert_cmpuint (byline_search_bar_replace_all (f->bar), ==, 1);
  g_clear_pointer (&t, g_free);
  t = text (f);
  g_assert_cmpstr (t, ==, "The boat left. Ferries carry 180 people; the ferryman waved at the ferry.");

  gtk_source_search_settings_set_regex_enabled (settings, FALSE);
  byline_search_bar_set_search_text (f->bar, "ferr");
  byline_search_bar_set_replace_text (f->bar, "FERR");
  g_assert_cmpuint (byline_search_bar_replace_all (f->bar), ==, 3);
  g_clear_pointer (&t, g_free);
  t = text (f);
  g_assert_cmpstr (t, ==, "The boat left. FERRies carry 180 people; the FERRyman waved at the FERRy.");
  gtk_text_buffer_undo (f->buffer);
  g_clear_pointer (&t, g_free);
  t = text (f);
  g_assert_cmpstr (t, ==, "The boat left. Ferries carry 180 people; the ferryman waved at the ferry.");

  /* The article gets the replaced text too */
  byline_editor_sync_to_article (f->editor);
  g_assert_cmpstr (byline_article_get_body (byline_editor_get_article (f->editor)), ==, t);
}

static int
editor_min_width (Fixture *f)
{
  int min = 0;

  gtk_widget_measure (GTK_WIDGET (f->editor), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

/* The closed bar takes no width: it held the editor, and so the window,
 * at 424 px, wider than the 360 px a narrow window has */
static void
test_search_closed_takes_no_width (Fixture       *f,
                                   gconstpointer  data)
{
  int closed = editor_min_width (f);

  g_assert_cmpint (closed, <=, 360);
  byline_search_bar_open (f->bar, TRUE);
  g_assert_true (byline_search_bar_get_open (f->bar));
  g_assert_cmpint (editor_min_width (f), >, closed);
  byline_search_bar_close (f->bar);
  byline_test_wait_until (editor_min_width (f) == closed, 3000);
  g_assert_cmpint (editor_min_width (f), ==, closed);
  /* …and opens again as before */
  byline_search_bar_open (f->bar, FALSE);
  g_assert_true (byline_search_bar_get_open (f->bar));
  g_assert_cmpint (editor_min_width (f), >, closed);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (c, type) ? c : find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_count_label (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric");
}

static gboolean
focus_in (Fixture   *f,
          GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
tab (Fixture        *f,
     GdkModifierType state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_nonnull (focus);
  g_assert_true (byline_test_dispatch_key (focus, state & GDK_SHIFT_MASK ? GDK_KEY_ISO_Left_Tab : GDK_KEY_Tab, state));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* With the details pane open the editor's column is ~480 px: the search
 * entry was squeezed to ~110 px (the text scrolled out, "ingsway") and the
 * count was drawn over it. The entry keeps room for a few words and the
 * count sits beside it, wide and compact (the window's own case is
 * test-window's /window/find-bar-with-panes). */
static void
test_search_entry_room (Fixture       *f,
                        gconstpointer  data)
{
  const struct { int width; gboolean compact; } cases[] = { { 700, FALSE }, { 480, TRUE }, { 360, TRUE } };
  GtkWidget *entry = find_descendant (GTK_WIDGET (f->bar), GTK_TYPE_SEARCH_ENTRY);

  byline_search_bar_open (f->bar, TRUE);
  byline_search_bar_set_search_text (f->bar, "Ferries carry");
  g_assert_cmpint (count (f), ==, 1);
  g_assert_cmpstr (byline_search_bar_get_count_text (f->bar), ==, "1 of 1");

  /* (the window makes the bar compact below its wide width) */
  g_assert_cmpint (byline_search_bar_get_wide_width (f->bar), >, 480);
  g_assert_cmpint (byline_search_bar_get_wide_width (f->bar), <=, 700);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *label = byline_test_find_widget (GTK_WIDGET (f->bar), is_count_label, NULL);
      graphene_rect_t entry_bounds, label_bounds;
      g_autofree char *name = g_strdup_printf ("search-bar-%d.png", cases[i].width);

      byline_search_bar_set_compact (f->bar, cases[i].compact);
      gtk_window_set_default_size (f->window, cases[i].width, 600);
      byline_test_wait_until (gtk_widget_get_width (GTK_WIDGET (f->window)) == cases[i].width, 5000);
      for (int j = 0; j < 10; j++)
        {
          while (g_main_context_iteration (NULL, FALSE))
            ;
          g_usleep (10000);
        }
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), ==, cases[i].width);
      g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), name));

      g_assert_nonnull (label);
      g_assert_true (gtk_widget_get_mapped (label));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "1 of 1");
      g_assert_true (gtk_widget_compute_bounds (entry, GTK_WIDGET (f->window), &entry_bounds));
      g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (f->window), &label_bounds));
      if (entry_bounds.size.width < 150)
        g_error ("At %d px the search entry is %.0f px wide", cases[i].width, entry_bounds.size.width);
      if (graphene_rect_intersection (&entry_bounds, &label_bounds, NULL))
        g_error ("At %d px the count (%.0f..%.0f) is over the entry (%.0f..%.0f)", cases[i].width,
                 label_bounds.origin.x, label_bounds.origin.x + label_bounds.size.width,
                 entry_bounds.origin.x, entry_bounds.origin.x + entry_bounds.size.width);
      /* the count is shown whole, and within the window */
      g_assert_false (gtk_label_get_layout (GTK_LABEL (label)) != NULL &&
                      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
      g_assert_cmpfloat (label_bounds.origin.x + label_bounds.size.width, <=, cases[i].width);
    }
}

/* Tab from the search entry reaches the replace entry under it, Shift+Tab
 * returns; then Tab goes on along the buttons */
static void
test_search_tab_to_replace (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *entry = find_descendant (GTK_WIDGET (f->bar), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *replace = find_descendant (GTK_WIDGET (f->bar), GTK_TYPE_ENTRY);

  for (int compact = 0; compact < 2; compact++)
    {
      byline_search_bar_set_compact (f->bar, compact);
      byline_search_bar_open (f->bar, TRUE);
      /* (the revealer maps its child once it starts sliding in) */
      byline_test_wait_until (gtk_widget_get_mapped (replace), 3000);
      g_assert_true (gtk_widget_get_mapped (replace));
      g_assert_true (focus_in (f, entry));
      tab (f, 0);
      g_assert_true (focus_in (f, replace));
      tab (f, GDK_SHIFT_MASK);
      g_assert_true (focus_in (f, entry));
      tab (f, 0);
      tab (f, 0);
      g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (f->window))));
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (f->bar)));
    }
  /* without the replace row, Tab goes from the entry to the buttons */
  byline_search_bar_close (f->bar);
  byline_search_bar_open (f->bar, FALSE);
  byline_test_wait_until (gtk_widget_get_mapped (entry), 3000);
  g_assert_false (gtk_widget_get_visible (replace));
  g_assert_true (focus_in (f, entry));
  tab (f, 0);
  g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (f->window))));
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

  g_test_add ("/search/find", Fixture, NULL, fixture_set_up, test_search_find, fixture_tear_down);
  g_test_add ("/search/replace", Fixture, NULL, fixture_set_up, test_search_replace, fixture_tear_down);
  g_test_add ("/search/closed-takes-no-width", Fixture, NULL, fixture_set_up, test_search_closed_takes_no_width,
              fixture_tear_down);

  g_test_add ("/search/entry-room", Fixture, NULL, fixture_set_up, test_search_entry_room, fixture_tear_down);
  g_test_add ("/search/tab-to-replace", Fixture, NULL, fixture_set_up, test_search_tab_to_replace,
              fixture_tear_down);

  return g_test_run ();
}
