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

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

  g_test_add ("/search/find", Fixture, NULL, fixture_set_up, test_search_find, fixture_tear_down);
  g_test_add ("/search/replace", Fixture, NULL, fixture_set_up, test_search_replace, fixture_tear_down);
  g_test_add ("/search/closed-takes-no-width", Fixture, NULL, fixture_set_up, test_search_closed_takes_no_width,
              fixture_tear_down);

  return g_test_run ();
}
