/* test-spell.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-metadata-panel.h"
#include "byline-source-view.h"
#include "byline-spell-checker.h"
#include "byline-spell-checker-private.h"
#include "byline-text-view.h"
#include "byline-test-ui.h"

static gboolean
misspelled_at (BylineSpellChecker *checker,
               GtkTextBuffer      *buffer,
               int                 offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return byline_spell_checker_is_misspelled_at (checker, &iter);
}

static void
test_spell_english (void)
{
  g_autoptr(BylineSpellChecker) checker = byline_spell_checker_new ();
  g_autoptr(GtkWidget) view = g_object_ref_sink (gtk_text_view_new ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_auto(GStrv) suggestions = NULL;

  byline_spell_checker_attach (checker, GTK_TEXT_VIEW (view));
  byline_spell_checker_set_language (checker, "en");
  g_assert_true (byline_spell_checker_get_available (checker));
  g_assert_cmpstr (byline_spell_checker_get_dictionary (checker), ==, "en_US");

  /* "The quikc brown fox": offsets 4 (quikc) and 10 (brown) */
  gtk_text_buffer_set_text (buffer, "The quikc brown fox ran 41,000 tripz", -1);
  g_assert_true (byline_spell_checker_is_busy (checker));   /* checked in idle, not inline */
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);

  g_assert_true (misspelled_at (checker, buffer, 4));
  g_assert_true (misspelled_at (checker, buffer, 8));
  g_assert_false (misspelled_at (checker, buffer, 0));
  g_assert_false (misspelled_at (checker, buffer, 10));
  g_assert_false (misspelled_at (checker, buffer, 25));   /* numbers are not words */
  g_assert_true (misspelled_at (checker, buffer, 32));    /* the last word is checked too */

  suggestions = byline_spell_checker_get_suggestions (checker, "quikc");
  g_assert_nonnull (suggestions);
  g_assert_true (g_strv_contains ((const char * const *) suggestions, "quick"));

  /* The cursor on the word (as for the Menu key; a right click does the
   * same for the clicked word) fills the text view's context menu */
  {
    GMenuModel *menu = gtk_text_view_get_extra_menu (GTK_TEXT_VIEW (view));
    GtkTextIter iter;
    g_autofree char *fixed = NULL;
    GtkTextIter start, end;

    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 0);
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, 6);
    gtk_text_buffer_place_cursor (buffer, &iter);
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);   /* suggestions; add / ignore */
    g_assert_cmpint (g_menu_model_get_n_items (g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION)), ==, 2);

    /* Choosing a suggestion replaces the word, and the fix is rechecked */
    g_assert_true (gtk_widget_activate_action (view, "spelling.replace", "s", "quick"));
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    fixed = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (fixed, ==, "The quick brown fox ran 41,000 tripz");

    gtk_text_buffer_get_iter_at_offset (buffer, &iter, 0);
    gtk_text_buffer_place_cursor (buffer, &iter);
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 0);
  }
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_false (misspelled_at (checker, buffer, 4));

  /* Ignore accepts a word for the session */
  gtk_text_buffer_set_text (buffer, "Portvale ferries", -1);
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_true (misspelled_at (checker, buffer, 0));
  byline_spell_checker_ignore_word (checker, "Portvale");
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_false (misspelled_at (checker, buffer, 0));

  /* Turned off: no underlines at all */
  gtk_text_buffer_set_text (buffer, "quikc", -1);
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_true (misspelled_at (checker, buffer, 0));
  byline_spell_checker_set_enabled (checker, FALSE);
  g_assert_false (byline_spell_checker_get_active (checker));
  g_assert_false (misspelled_at (checker, buffer, 0));
}

/* A word being typed is not underlined until the cursor leaves it; edits
 * check only the words they touch */
static void
test_spell_typing (void)
{
  g_autoptr(BylineSpellChecker) checker = byline_spell_checker_new ();
  g_autoptr(GtkWidget) view = g_object_ref_sink (gtk_text_view_new ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const char *typed = "governmnet";
  GtkTextIter iter;

  byline_spell_checker_attach (checker, GTK_TEXT_VIEW (view));
  byline_spell_checker_set_language (checker, "en-US");
  gtk_text_buffer_set_text (buffer, "The council said ", -1);
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);

  /* Typed a key at a time, as GtkTextView does */
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  for (const char *p = typed; *p; p++)
    {
      gtk_text_buffer_insert_interactive_at_cursor (buffer, p, 1, TRUE);
      byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
      g_assert_false (misspelled_at (checker, buffer, 17));
    }

  /* A space: the cursor left the word, which is checked now */
  gtk_text_buffer_insert_interactive_at_cursor (buffer, " ", 1, TRUE);
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_true (misspelled_at (checker, buffer, 17));
  g_assert_false (misspelled_at (checker, buffer, 4));

  /* Fixing it in place: no underline while the cursor is in the word,
   * then checked again when the cursor moves away */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 27);
  gtk_text_buffer_place_cursor (buffer, &iter);
  {
    GtkTextIter start = iter, end = iter;

    gtk_text_iter_backward_chars (&start, 3);
    gtk_text_buffer_begin_user_action (buffer);
    gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
    gtk_text_buffer_end_user_action (buffer);
  }
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "nen", -1, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "X", -1, TRUE);
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_false (misspelled_at (checker, buffer, 17));   /* "governmenX", being typed */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (byline_spell_checker_is_busy (checker));
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_true (misspelled_at (checker, buffer, 17));

  /* Programmatic edits (not typing) are checked at once, cursor or not */
  gtk_text_buffer_set_text (buffer, "tripz", -1);
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_true (misspelled_at (checker, buffer, 0));
}

static void
test_spell_russian_and_persian (void)
{
  g_autoptr(BylineSpellChecker) checker = byline_spell_checker_new ();

  byline_spell_checker_set_language (checker, "ru");
  g_assert_true (byline_spell_checker_get_available (checker));
  g_assert_true (byline_spell_checker_check_word (checker, "автобус"));
  g_assert_false (byline_spell_checker_check_word (checker, "автобсу"));

  byline_spell_checker_set_language (checker, "fa");
  g_assert_true (byline_spell_checker_get_available (checker));
  g_assert_true (g_str_has_prefix (byline_spell_checker_get_dictionary (checker), "fa"));
  /* Every word of the Tehran example is right with Debian's dictionary,
   * which lists "مسؤول" but not "مسئول", "شهروند" but not "شهروندان", and
   * neither "برای" nor "شش" (core's test-spelling has the rules) */
  {
    static const char * const words[] = {
      "برای", "شش", "مسئولان", "شهروندان", "گازوئیل", "اتوبوس‌های", "آرام‌تر", "ایستگاه‌های", "می‌شود",
    };

    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      g_assert_true (byline_spell_checker_check_word (checker, words[i]));
    g_assert_false (byline_spell_checker_check_word (checker, "اتوبسوها"));
    g_assert_false (byline_spell_checker_check_word (checker, "شهرونداان"));
  }

  /* British English is checked with the British dictionary (the mapping
   * itself is core's, test-spelling) */
  byline_spell_checker_set_language (checker, "en-GB");
  g_assert_cmpstr (byline_spell_checker_get_dictionary (checker), ==, "en_GB");
  g_assert_true (byline_spell_checker_check_word (checker, "colour"));
  g_assert_true (byline_spell_checker_check_word (checker, "harbour"));
  /* the news words Debian's dictionaries lack: "ridership" (en_GB),
   * "lockdown" (en_US) */
  g_assert_true (byline_spell_checker_check_word (checker, "ridership"));
  g_assert_true (byline_spell_checker_check_word (checker, "Lockdown"));
  byline_spell_checker_set_language (checker, "en-US");
  g_assert_cmpstr (byline_spell_checker_get_dictionary (checker), ==, "en_US");
  g_assert_false (byline_spell_checker_check_word (checker, "colour"));
  g_assert_true (byline_spell_checker_check_word (checker, "lockdown"));
  g_assert_true (byline_spell_checker_check_word (checker, "cyberattacks"));
  g_assert_false (byline_spell_checker_check_word (checker, "lockdwon"));
}

static void
test_spell_no_dictionary (void)
{
  g_autoptr(BylineSpellChecker) checker = byline_spell_checker_new ();
  g_autoptr(GtkWidget) view = g_object_ref_sink (gtk_text_view_new ());
  g_autoptr(BylineArticle) article = byline_article_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  BylineMetadataPanel *panel;
  GtkWidget *window;

  byline_spell_checker_attach (checker, GTK_TEXT_VIEW (view));

  /* No Turkish dictionary is installed: quietly off, no warning or error
   * (G_DEBUG=fatal-criticals would abort on one) */
  byline_spell_checker_set_language (checker, "tr");
  g_assert_false (byline_spell_checker_get_available (checker));
  g_assert_false (byline_spell_checker_get_active (checker));
  g_assert_null (byline_spell_checker_get_dictionary (checker));
  gtk_text_buffer_set_text (buffer, "quikc yazım", -1);
  g_assert_false (byline_spell_checker_is_busy (checker));
  g_assert_false (misspelled_at (checker, buffer, 0));
  g_assert_true (byline_spell_checker_check_word (checker, "quikc"));
  g_assert_null (byline_spell_checker_get_suggestions (checker, "quikc"));

  /* The details panel says so under the language */
  byline_article_set_language (article, "tr");
  window = gtk_window_new ();
  panel = byline_metadata_panel_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (panel));
  byline_metadata_panel_set_spell_checker (panel, checker);
  byline_metadata_panel_set_article (panel, article);
  g_assert_cmpstr (byline_metadata_panel_get_spelling_text (panel), ==, "No spelling dictionary for Turkish");

  /* Back to a language with a dictionary */
  byline_spell_checker_set_language (checker, "en-GB");
  g_assert_true (byline_spell_checker_get_available (checker));
  g_assert_true (g_str_has_prefix (byline_metadata_panel_get_spelling_text (panel), "Checked with the en_"));
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  g_assert_true (misspelled_at (checker, buffer, 0));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The bounds of the rows of dots (repeating gradients) in @node, and the
 * nodes themselves into @nodes when not %NULL */
static void
collect_dots (GskRenderNode *node,
              GArray        *rects,
              GPtrArray     *nodes)
{
  graphene_rect_t bounds;

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_REPEATING_LINEAR_GRADIENT_NODE:
      gsk_render_node_get_bounds (node, &bounds);
      g_array_append_val (rects, bounds);
      if (nodes != NULL)
        g_ptr_array_add (nodes, gsk_render_node_ref (node));
      break;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_dots (gsk_container_node_get_child (node, i), rects, nodes);
      break;
    case GSK_TRANSFORM_NODE:
      collect_dots (gsk_transform_node_get_child (node), rects, nodes);
      break;
    case GSK_CLIP_NODE:
      collect_dots (gsk_clip_node_get_child (node), rects, nodes);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect_dots (gsk_rounded_clip_node_get_child (node), rects, nodes);
      break;
    case GSK_OPACITY_NODE:
      collect_dots (gsk_opacity_node_get_child (node), rects, nodes);
      break;
    case GSK_DEBUG_NODE:
      collect_dots (gsk_debug_node_get_child (node), rects, nodes);
      break;
    default:
      break;
    }
}

/* The squiggles the checker draws for @view, in buffer coordinates (and
 * their nodes into @nodes, when not %NULL) */
static GArray *
squiggle_nodes (GtkWidget *view,
                GPtrArray *nodes)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GArray *rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));

  byline_spell_checker_snapshot_underlines (GTK_TEXT_VIEW (view), snapshot);
  if ((node = gtk_snapshot_free_to_node (snapshot)) != NULL)
    collect_dots (node, rects, nodes);
  return rects;
}

static GArray *
squiggles (GtkWidget *view)
{
  return squiggle_nodes (view, NULL);
}

/* The rows of dots in the whole view as it draws itself */
static guint
dots_drawn (GtkWidget *view)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (view);
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gtk_test_widget_wait_for_draw (view);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (view), gtk_widget_get_height (view));
  if ((node = gtk_snapshot_free_to_node (snapshot)) != NULL)
    collect_dots (node, rects, NULL);
  return rects->len;
}

static void
set_text_and_wait (BylineSpellChecker *checker,
                   GtkWidget          *view,
                   const char         *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
  gtk_test_widget_wait_for_draw (view);
}

/* The dots of the word [@first, @last] span it, below its baseline and
 * within its line, in either direction */
static void
assert_squiggle_under (GtkWidget             *view,
                       const graphene_rect_t *squiggle,
                       int                    first,
                       int                    last)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  int left = G_MAXINT, right = G_MININT;
  GdkRectangle rect = { 0, };

  for (int offset = first; offset <= last; offset++)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
      gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &iter, &rect);
      left = MIN (left, MIN (rect.x, rect.x + rect.width));
      right = MAX (right, MAX (rect.x, rect.x + rect.width));
    }

  g_assert_cmpfloat_with_epsilon (squiggle->origin.x, left, 0.5);
  g_assert_cmpfloat_with_epsilon (squiggle->origin.x + squiggle->size.width, right, 0.5);
  g_assert_cmpfloat (squiggle->origin.y, >, rect.y + rect.height / 2.0);
  g_assert_cmpfloat (squiggle->origin.y + squiggle->size.height, <=, rect.y + rect.height + 1);
  g_assert_cmpfloat (squiggle->size.height, >=, 1);
  g_assert_cmpfloat (squiggle->size.height, <, rect.height / 4.0);
}

/* Misspelled words get a squiggle the views draw (not Pango's error
 * underline, which GTK 4.8 repaints on every frame), where the word is
 * after edits, and on each line of a word that wraps */
static void
test_spell_squiggles (void)
{
  g_autoptr(BylineSpellChecker) checker = byline_spell_checker_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = byline_source_view_new ();
  GtkWidget *headline = byline_text_view_new ();
  g_autoptr(GArray) rects = NULL;
  g_autofree char *long_word = NULL;

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (headline), GTK_WRAP_WORD_CHAR);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_box_append (GTK_BOX (box), headline);
  gtk_box_append (GTK_BOX (box), view);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_present (GTK_WINDOW (window));

  byline_spell_checker_attach (checker, GTK_TEXT_VIEW (view));
  byline_spell_checker_attach (checker, GTK_TEXT_VIEW (headline));
  byline_spell_checker_set_language (checker, "en-US");

  set_text_and_wait (checker, view, "The quikc brown fox");
  rects = squiggles (view);
  g_assert_cmpuint (rects->len, ==, 1);
  assert_squiggle_under (view, &g_array_index (rects, graphene_rect_t, 0), 4, 8);
  g_assert_cmpuint (dots_drawn (view), ==, 1);
  g_clear_pointer (&rects, g_array_unref);

  /* Text inserted before it moves it */
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start);
    gtk_text_buffer_insert (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, "Then ", -1);
    byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
    gtk_test_widget_wait_for_draw (view);
  }
  rects = squiggles (view);
  g_assert_cmpuint (rects->len, ==, 1);
  assert_squiggle_under (view, &g_array_index (rects, graphene_rect_t, 0), 9, 13);
  g_clear_pointer (&rects, g_array_unref);

  /* Typing between two misspellings moves the second only: the first
   * keeps its node, so the frame's diff repaints only the second */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
    g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
    GtkTextIter iter;

    set_text_and_wait (checker, view, "The quikc brown fox jumpd");
    g_array_unref (squiggle_nodes (view, before));
    g_assert_cmpuint (before->len, ==, 2);
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, 15);   /* after "brown" */
    gtk_text_buffer_insert (buffer, &iter, "ish", -1);
    byline_test_wait_until (!byline_spell_checker_is_busy (checker), 5000);
    gtk_test_widget_wait_for_draw (view);
    rects = squiggle_nodes (view, after);
    g_assert_cmpuint (after->len, ==, 2);
    g_assert_true (g_ptr_array_index (after, 0) == g_ptr_array_index (before, 0));
    g_assert_true (g_ptr_array_index (after, 1) != g_ptr_array_index (before, 1));
    assert_squiggle_under (view, &g_array_index (rects, graphene_rect_t, 1), 23, 28);
    g_clear_pointer (&rects, g_array_unref);
  }

  /* Dark style: the dots take the dark theme's error colour */
  {
    g_autoptr(GPtrArray) light = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
    g_autoptr(GPtrArray) dark = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
    const GskColorStop *light_stops, *dark_stops;

    g_array_unref (squiggle_nodes (view, light));
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
    gtk_test_widget_wait_for_draw (view);
    g_array_unref (squiggle_nodes (view, dark));
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
    g_assert_cmpuint (light->len, ==, 2);
    g_assert_cmpuint (dark->len, ==, 2);
    light_stops = gsk_linear_gradient_node_get_color_stops (g_ptr_array_index (light, 0), NULL);
    dark_stops = gsk_linear_gradient_node_get_color_stops (g_ptr_array_index (dark, 0), NULL);
    g_assert_false (gdk_rgba_equal (&light_stops[0].color, &dark_stops[0].color));
    /* (lighter on the dark background) */
    g_assert_cmpfloat (dark_stops[0].color.green + dark_stops[0].color.blue, >,
                       light_stops[0].color.green + light_stops[0].color.blue);
  }

  /* A word longer than a line: a squiggle on each of its lines */
  long_word = g_strnfill (300, 'q');
  set_text_and_wait (checker, view, long_word);
  rects = squiggles (view);
  g_assert_cmpuint (rects->len, >=, 2);
  for (guint i = 1; i < rects->len; i++)
    g_assert_cmpfloat (g_array_index (rects, graphene_rect_t, i).origin.y, >,
                       g_array_index (rects, graphene_rect_t, i - 1).origin.y);
  g_clear_pointer (&rects, g_array_unref);

  /* Right to left (Persian): the dots span the word too */
  byline_spell_checker_set_language (checker, "fa");
  set_text_and_wait (checker, view, "این کخقثژ است");
  rects = squiggles (view);
  g_assert_cmpuint (rects->len, ==, 1);
  assert_squiggle_under (view, &g_array_index (rects, graphene_rect_t, 0), 4, 8);
  g_clear_pointer (&rects, g_array_unref);
  byline_spell_checker_set_language (checker, "en-US");

  /* Correct text, or spelling turned off: none */
  set_text_and_wait (checker, view, "The quick brown fox");
  rects = squiggles (view);
  g_assert_cmpuint (rects->len, ==, 0);
  g_clear_pointer (&rects, g_array_unref);
  g_assert_cmpuint (dots_drawn (view), ==, 0);

  /* The headline's view draws them too */
  set_text_and_wait (checker, headline, "Harbor feries");
  g_assert_cmpuint (dots_drawn (headline), ==, 1);
  byline_spell_checker_set_enabled (checker, FALSE);
  g_assert_cmpuint (dots_drawn (headline), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the model's character at @i is misspelled (out of the text: no) */
static gboolean
model_at (GArray *model,
          int     i)
{
  return i >= 0 && (guint) i < model->len && g_array_index (model, gboolean, i);
}

/* The misspelled words kept as marks answer as a tag would: random
 * marking, unmarking, typing and deleting, checked against a plain array
 * after each step, character by character */
static void
test_spell_ranges (void)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autoptr(GArray) model = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  BylineSpellRanges *ranges = _byline_spell_ranges_new (buffer);
  GtkTextIter start, end;

  gtk_text_buffer_set_text (buffer, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", -1);
  g_array_set_size (model, gtk_text_buffer_get_char_count (buffer));

  for (guint step = 0; step < 3000; step++)
    {
      int len = model->len;
      int a = g_rand_int_range (rand, 0, len + 1);
      int span = g_rand_int_range (rand, 0, 8);
      int b = MIN (len, a + span);
      guint op = g_rand_int_range (rand, 0, 10);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, a);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, b);
      if (op < 6)
        {
          gboolean on = op < 3;

          _byline_spell_ranges_set (ranges, &start, &end, on);
          for (int i = a; i < b; i++)
            g_array_index (model, gboolean, i) = on;
        }
      else if (op < 8 || len < 10)
        {
          /* Typed at a range's start, text joins it; at its end, not */
          gboolean inside = model_at (model, a);
          guint n = g_rand_int_range (rand, 1, 4);

          gtk_text_buffer_insert (buffer, &start, "xyz", n);
          for (guint i = 0; i < n; i++)
            g_array_insert_val (model, a, inside);
        }
      else
        {
          gtk_text_buffer_delete (buffer, &start, &end);
          if (b > a)
            g_array_remove_range (model, a, b - a);
        }

      g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, model->len);
      for (int i = 0; i <= (int) model->len; i++)
        {
          GtkTextIter iter;
          int next = i + 1;

          gtk_text_buffer_get_iter_at_offset (buffer, &iter, i);
          if (_byline_spell_ranges_contains (ranges, &iter) != model_at (model, i))
            g_error ("step %u: character %d is %s", step, i, model_at (model, i) ? "misspelled" : "not");

          /* The next boundary, or the end */
          while (next <= (int) model->len && model_at (model, next) == model_at (model, next - 1))
            next++;
          if (_byline_spell_ranges_forward_to_toggle (ranges, &iter))
            g_assert_cmpint (gtk_text_iter_get_offset (&iter), ==, next);
          else
            {
              g_assert_cmpint (next, >, (int) model->len);
              g_assert_true (gtk_text_iter_is_end (&iter));
            }
        }
    }

  /* Within and covers, on the final text */
  for (int a = 0; a < (int) model->len; a++)
    for (int b = a + 1; b <= MIN ((int) model->len, a + 6); b++)
      {
        gboolean any = FALSE, all = TRUE;

        for (int i = a; i < b; i++)
          {
            any |= model_at (model, i);
            all &= model_at (model, i);
          }
        gtk_text_buffer_get_iter_at_offset (buffer, &start, a);
        gtk_text_buffer_get_iter_at_offset (buffer, &end, b);
        g_assert_cmpint (_byline_spell_ranges_within (ranges, &start, &end), ==, any);
        g_assert_cmpint (_byline_spell_ranges_covers (ranges, &start, &end), ==, all);
      }

  _byline_spell_ranges_free (ranges);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

  g_test_add_func ("/spell/english", test_spell_english);
  g_test_add_func ("/spell/typing", test_spell_typing);
  g_test_add_func ("/spell/russian-and-persian", test_spell_russian_and_persian);
  g_test_add_func ("/spell/no-dictionary", test_spell_no_dictionary);
  g_test_add_func ("/spell/squiggles", test_spell_squiggles);
  g_test_add_func ("/spell/ranges", test_spell_ranges);

  return g_test_run ();
}
