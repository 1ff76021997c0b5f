/* test-window.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "byline-comment-queue.h"
#include "byline-editor.h"
#include "byline-metadata-panel.h"
#include "byline-publish-popover.h"
#include "byline-test-ui.h"
#include "byline-window.h"

/* A menu button labelled @label */
static gboolean
is_menu_button_labelled (GtkWidget     *widget,
                         gconstpointer  label)
{
  return GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0;
}

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
  /* Nothing to publish yet */
  {
    GtkWidget *publish = byline_test_find_widget (GTK_WIDGET (window), is_menu_button_labelled, "Publish");

    g_assert_nonnull (publish);
    g_assert_false (gtk_widget_get_sensitive (publish));
  }

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

static void
test_window_metadata_toggle (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BylineArticle) article = byline_article_new ();
  BylineWindow *window;
  GtkWidget *panel;

  g_settings_set_boolean (settings, "metadata-panel-visible", TRUE);
  window = byline_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_set_article (window, article);
  g_assert_true (byline_window_get_metadata_visible (window));
  panel = GTK_WIDGET (byline_window_get_metadata_panel (window));
  byline_test_wait_until (gtk_widget_get_mapped (panel), 3000);
  g_assert_true (gtk_widget_get_mapped (panel));

  /* F9, through the window's own shortcut */
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "F9"));
  g_assert_false (byline_window_get_metadata_visible (window));
  g_assert_false (g_settings_get_boolean (settings, "metadata-panel-visible"));
  /* The flap slides away */
  byline_test_wait_until (!gtk_widget_get_mapped (panel), 3000);
  g_assert_false (gtk_widget_get_mapped (panel));

  /* The header-bar button's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-metadata", NULL));
  g_assert_true (byline_window_get_metadata_visible (window));
  g_assert_true (g_settings_get_boolean (settings, "metadata-panel-visible"));
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "F9"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window remembers */
  window = byline_window_new (NULL);
  g_assert_false (byline_window_get_metadata_visible (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "metadata-panel-visible");
}

static void
test_window_sidebar_toggle (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BylineWindow *window;

  window = byline_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (byline_window_get_sidebar_visible (window));
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "F8"));
  g_assert_false (byline_window_get_sidebar_visible (window));
  g_assert_false (g_settings_get_boolean (settings, "sidebar-visible"));
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "F8"));
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));

  /* Pane widths come from GSettings, live */
  {
    int width;

    g_settings_set_int (settings, "metadata-panel-width", 400);
    gtk_widget_get_size_request (GTK_WIDGET (byline_window_get_metadata_panel (window)), &width, NULL);
    g_assert_cmpint (width, ==, 400);
    g_settings_reset (settings, "metadata-panel-width");
    gtk_widget_get_size_request (GTK_WIDGET (byline_window_get_metadata_panel (window)), &width, NULL);
    g_assert_cmpint (width, ==, 340);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The editor pane's title: the AdwWindowTitle that is not "Drafts" or
 * "Details" */
static AdwWindowTitle *
find_editor_title (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwWindowTitle *found;

      if (ADW_IS_WINDOW_TITLE (child) &&
          g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (child)), "Drafts") != 0 &&
          g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (child)), "Details") != 0)
        return ADW_WINDOW_TITLE (child);
      if ((found = find_editor_title (child)) != NULL)
        return found;
    }

  return NULL;
}

/* The first button (or toggle) in @root whose action is @action */
static GtkWidget *
find_widget_by_action (GtkWidget  *root,
                       const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_widget_by_action (child, action)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_window_title (void)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  BylineWindow *window = byline_window_new (NULL);
  AdwWindowTitle *title = find_editor_title (GTK_WIDGET (window));

  g_assert_nonnull (title);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Byline");

  /* Bound with <lookup> to the open article's headline and status */
  byline_window_set_article (window, article);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Untitled Story");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Draft");
  byline_article_set_headline (article, "Ferries");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Ferries");
  byline_article_set_status (article, BYLINE_ARTICLE_STATUS_IN_REVIEW);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "In Review");

  /* The comment queue is a workspace of its own: its title, no drafts
   * list (without changing the user's choice), no editor buttons. */
  {
    gboolean sidebar = byline_window_get_sidebar_visible (window);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
    g_assert_cmpstr (byline_window_get_visible_view (window), ==, "comments");
    g_assert_cmpstr (adw_window_title_get_title (title), ==, "Comments");
    g_assert_false (gtk_widget_is_visible (find_widget_by_action (GTK_WIDGET (window), "win.find")));
    g_assert_false (gtk_widget_is_visible (find_widget_by_action (GTK_WIDGET (window), "win.toggle-sidebar")));
    g_assert_false (gtk_widget_is_visible (find_widget_by_action (GTK_WIDGET (window), "win.toggle-metadata")));
    g_assert_cmpint (byline_window_get_sidebar_visible (window), ==, sidebar);
    /* The header's toggle shows where we are; showing it again (the
     * desktop file's Comment Queue action) keeps it shown. */
    g_assert_true (byline_window_get_comments_visible (window));
    g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_widget_by_action (GTK_WIDGET (window),
                                                                                           "win.show-comments"))));
    byline_window_set_comments_visible (window, TRUE);
    g_assert_cmpstr (byline_window_get_visible_view (window), ==, "comments");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
    g_assert_cmpstr (byline_window_get_visible_view (window), ==, "editor");
    g_assert_false (byline_window_get_comments_visible (window));
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_widget_by_action (GTK_WIDGET (window),
                                                                                            "win.show-comments"))));
    g_assert_cmpstr (adw_window_title_get_title (title), ==, "Ferries");
    g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "In Review");
    g_assert_true (gtk_widget_get_visible (find_widget_by_action (GTK_WIDGET (window), "win.find")));
    g_assert_cmpint (byline_window_get_sidebar_visible (window), ==, sidebar);
  }

  byline_window_set_article (window, NULL);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Byline");
  g_assert_cmpstr (byline_window_get_visible_view (window), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_shortcuts (void)
{
  g_autoptr(BylineArticle) article = byline_article_new ();
  BylineWindow *window = byline_window_new (NULL);
  BylineSearchBar *bar;

  gtk_window_present (GTK_WINDOW (window));

  /* Without an article there is nothing to search */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL) &&
                  byline_search_bar_get_open (byline_editor_get_search_bar (byline_window_get_editor (window))));

  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "<Control>n"));
  g_assert_cmpstr (byline_window_get_visible_view (window), ==, "editor");
  g_assert_nonnull (byline_window_get_article (window));
  /* A new article starts now, in the user's zone */
  g_assert_nonnull (byline_article_get_date (byline_window_get_article (window)));

  bar = byline_editor_get_search_bar (byline_window_get_editor (window));
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "<Control>h"));
  g_assert_true (byline_search_bar_get_open (bar));
  g_assert_true (byline_search_bar_get_replace_mode (bar));
  byline_search_bar_close (bar);
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "<Control>f"));
  g_assert_true (byline_search_bar_get_open (bar));
  g_assert_false (byline_search_bar_get_replace_mode (bar));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A temporary drafts store's folder, and the database files in it */
static void
remove_store_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);

      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
screenshot_example (const char *file,
                    const char *language,
                    const char *png_name)
{
  g_autoptr(BylineArticle) article = byline_test_load_example (file, language);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autoptr(BylineStore) store = byline_store_new (path, NULL, &error);
  g_autoptr(BylineContext) context = NULL;
  g_autofree char *png = NULL;
  BylineWindow *window;
  BylineEditor *editor;
  GStatBuf st;

  g_settings_set_boolean (settings, "metadata-panel-visible", TRUE);
  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set (settings, "window-size", "(ii)", 1400, 900);

  byline_article_set_section (article, g_str_equal (language, "fa") ? "شهری" : "Transport");
  byline_article_set_direction (article, byline_text_direction_for_language (language));
  if (g_str_equal (language, "fa"))
    {
      const char *tags[] = { "حمل و نقل", "تهران", NULL };
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Tehran");

      date = g_date_time_new (zone, 2023, 3, 3, 10, 20, 0);
      byline_article_set_time_zone (article, "Asia/Tehran");
      byline_article_set_tags (article, tags);
    }
  else
    {
      const char *tags[] = { "ferries", "transport", "Portvale", NULL };
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");

      date = g_date_time_new (zone, 2023, 3, 3, 9, 15, 0);
      byline_article_set_time_zone (article, "Europe/London");
      byline_article_set_tags (article, tags);
      byline_article_set_excerpt (article, "Six battery-electric ferries join the harbour routes next summer.");
      byline_article_set_image_path (article, "/home/lena/Pictures/north-quay-ferry.jpg");
    }
  byline_article_set_date (article, date);

  /* A story of the drafts store, listed in the sidebar as it would be */
  g_assert_no_error (error);
  g_assert_true (byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, &error));
  g_assert_no_error (error);
  context = byline_context_new (store);
  window = byline_window_new_for_context (NULL, context);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_set_article (window, article);
  editor = byline_window_get_editor (window);
  g_assert_cmpuint (byline_editor_get_word_count (editor), >, 50);

  /* Let spell checking and the layout settle before the picture */
  byline_test_wait_until (!byline_spell_checker_is_busy (byline_editor_get_spell_checker (editor)), 5000);
  byline_test_wait_until (FALSE, 300);

  /* Every field is laid out, right to left ones too */
  byline_test_wait_until (gtk_widget_get_height (GTK_WIDGET (byline_editor_get_headline_view (editor))) > 20, 3000);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (byline_editor_get_headline_view (editor))), >, 20);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (byline_editor_get_standfirst_view (editor))), >, 20);

  png = byline_test_save_screenshot (GTK_WIDGET (window), png_name);
  g_assert_cmpint (g_stat (png, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_test_message ("Screenshot: %s", png);

  /* And with find and replace open */
  if (g_str_equal (language, "en-GB"))
    {
      BylineSearchBar *bar = byline_editor_get_search_bar (editor);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-replace", NULL));
      byline_search_bar_set_search_text (bar, "quay");
      byline_search_bar_set_replace_text (bar, "wharf");
      byline_test_wait_until (g_str_has_suffix (byline_search_bar_get_count_text (bar), "of 4"), 3000);
      g_assert_cmpstr (byline_search_bar_get_count_text (bar), ==, "1 of 4");
      byline_test_wait_until (FALSE, 400);
      g_free (byline_test_save_screenshot (GTK_WIDGET (window), "window-find.png"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-size");
  g_clear_object (&context);
  g_clear_object (&store);
  remove_store_dir (dir);
}

static void
test_window_screenshot_english (void)
{
  screenshot_example ("harbour-ferries.txt", "en-GB", "window-story-en.png");
}

static void
test_window_screenshot_persian (void)
{
  screenshot_example ("tehran-buses-fa.txt", "fa", "window-story-fa.png");
}

static gboolean
is_publish_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         BYLINE_IS_PUBLISH_POPOVER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)));
}

static void
test_window_narrow (void)
{
  g_autoptr(BylineArticle) article = byline_test_load_example ("harbour-ferries.txt", "en-GB");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *png = NULL;
  BylineWindow *window;
  GtkWidget *panel;

  g_settings_set_boolean (settings, "metadata-panel-visible", TRUE);
  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_set (settings, "window-size", "(ii)", 560, 720);

  window = byline_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_set_article (window, article);
  panel = GTK_WIDGET (byline_window_get_metadata_panel (window));

  /* Too narrow for three panes: both fold away, the editor keeps the window */
  byline_test_wait_until (!byline_window_get_sidebar_visible (window) &&
                          !byline_window_get_metadata_visible (window), 3000);
  g_assert_false (byline_window_get_sidebar_visible (window));
  g_assert_false (byline_window_get_metadata_visible (window));
  /* …which is not the user's choice: the settings still say shown */
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));
  g_assert_true (g_settings_get_boolean (settings, "metadata-panel-visible"));
  byline_test_wait_until (FALSE, 300);
  g_free (byline_test_save_screenshot (GTK_WIDGET (window), "window-narrow.png"));

  /* F9 slides the details over the editor */
  g_assert_true (byline_test_activate_shortcut (GTK_WIDGET (window), "F9"));
  g_assert_true (byline_window_get_metadata_visible (window));
  byline_test_wait_until (gtk_widget_get_mapped (panel), 3000);
  byline_test_wait_until (FALSE, 400);
  png = byline_test_save_screenshot (GTK_WIDGET (window), "window-narrow-details.png");
  g_test_message ("Screenshot: %s", png);

  /* The Publish button gives up its label below 600 px (the header bar
   * held the window at ~410 px with it, with only a close button), and
   * takes it back when the window is wide again */
  {
    GtkWidget *publish = byline_test_find_widget (GTK_WIDGET (window), is_publish_button, NULL);
    int narrow_min = 0, wide_min = 0;

    g_assert_nonnull (publish);
    g_assert_null (gtk_menu_button_get_label (GTK_MENU_BUTTON (publish)));
    g_assert_cmpstr (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (publish)), ==, "document-send-symbolic");
    gtk_widget_measure (publish, GTK_ORIENTATION_HORIZONTAL, -1, &narrow_min, NULL, NULL, NULL);
    gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (publish)), ==, "Publish");
    gtk_widget_measure (publish, GTK_ORIENTATION_HORIZONTAL, -1, &wide_min, NULL, NULL, NULL);
    g_assert_cmpint (narrow_min, <, wide_min - 30);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-size");
}

/* Whether @model (its sections and submenus too) has an item for @action */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_action (link, action))
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* A mapped button whose action is @action */
static gboolean
is_mapped_button_for (GtkWidget     *widget,
                      gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Every mapped button of the editor's header bar lies inside the window,
 * clear of the title and of the others, with a tooltip */
static void
assert_header_fits (BylineWindow *window,
                    int           width)
{
  GtkWidget *title = GTK_WIDGET (find_editor_title (GTK_WIDGET (window)));
  GtkWidget *header = gtk_widget_get_ancestor (title, ADW_TYPE_HEADER_BAR);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GPtrArray *stack = g_ptr_array_new ();
  graphene_rect_t title_bounds;

  g_ptr_array_add (stack, header);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        if (gtk_widget_get_mapped (c) && (GTK_IS_BUTTON (c) || GTK_IS_MENU_BUTTON (c)))
          g_ptr_array_add (buttons, c);
        else if (gtk_widget_get_mapped (c) && !GTK_IS_POPOVER (c))
          g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);

  g_assert_true (gtk_widget_compute_bounds (title, GTK_WIDGET (window), &title_bounds));
  g_assert_cmpint (gtk_widget_get_width (title), >, 0);
  g_assert_cmpuint (buttons->len, >=, 2);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = buttons->pdata[i];
      graphene_rect_t b;

      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (window), &b));
      g_assert_cmpfloat (b.origin.x, >=, 0);
      g_assert_cmpfloat (b.origin.x + b.size.width, <=, width);
      g_assert_cmpint (gtk_widget_get_width (button), >=, 24);
      g_assert_false (graphene_rect_intersection (&b, &title_bounds, NULL));
      /* (GTK_A11Y=none keeps no accessible properties on a shown
       * widget: test-a11y reads the names through AT-SPI) */
      if (gtk_widget_get_ancestor (button, GTK_TYPE_WINDOW_CONTROLS) == NULL)
        g_assert_nonnull (gtk_widget_get_tooltip_text (button));
      for (guint j = 0; j < i; j++)
        {
          graphene_rect_t o;

          g_assert_true (gtk_widget_compute_bounds (buttons->pdata[j], GTK_WIDGET (window), &o));
          g_assert_false (graphene_rect_intersection (&b, &o, NULL));
        }
    }
}

/* The header's actions, each with a visible path at every width: a mapped
 * button, or the primary menu */
static void
assert_actions_reachable (BylineWindow *window)
{
  static const char * const actions[] = {
    "win.toggle-sidebar", "win.find", "win.show-comments", "win.toggle-metadata", "win.new-article",
  };
  GtkWidget *menu_button = byline_test_find_widget (GTK_WIDGET (window), is_primary_menu_button, NULL);
  GMenuModel *menu;

  g_assert_nonnull (menu_button);
  g_assert_true (gtk_widget_get_mapped (menu_button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (byline_test_find_widget (GTK_WIDGET (window), is_mapped_button_for, actions[i]) != NULL ||
                   menu_has_action (menu, actions[i]));
  /* Publishing has no action: its button stays */
  if (g_strcmp0 (byline_window_get_visible_view (window), "editor") == 0)
    g_assert_true (gtk_widget_get_mapped (byline_test_find_widget (GTK_WIDGET (window), is_publish_button, NULL)));
}

/* A new window @width px wide and 720 high, with the panes shown or
 * not, holding @article (the comment queue in front when @comments),
 * laid out and settled */
static BylineWindow *
present_at_width (GSettings     *settings,
                  BylineArticle *article,
                  int            width,
                  gboolean       panes,
                  gboolean       comments)
{
  BylineWindow *window;

  g_settings_set_boolean (settings, "metadata-panel-visible", panes);
  g_settings_set_boolean (settings, "sidebar-visible", panes);
  g_settings_set (settings, "window-size", "(ii)", width, 720);
  window = byline_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  byline_window_set_article (window, article);
  byline_window_set_comments_visible (window, comments);
  byline_test_wait_until (gtk_widget_get_width (GTK_WIDGET (window)) > 0, 3000);
  byline_test_wait_until (FALSE, 300);
  return window;
}

/* Fits a 360 px window (phones, half a small screen) in both views, panes
 * shown or not, and looks right at 480, 800 and 1280 px: no header button
 * outside the window or over another, every action still reachable. */
static void
test_window_widths (void)
{
  g_autoptr(BylineArticle) article = byline_test_load_example ("harbour-ferries.txt", "en-GB");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const int widths[] = { 360, 480, 800, 1100, 1280 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint panes = 0; panes < 2; panes++)
      for (guint comments = 0; comments < 2; comments++)
        {
          g_autofree char *png = g_strdup_printf ("window-width-%d-%s-%s.png", widths[w],
                                                  comments ? "comments" : "editor", panes ? "panes" : "bare");
          GtkWidget *content;
          BylineWindow *window;
          int min = 0;

          window = present_at_width (settings, article, widths[w], panes, comments);
          /* A narrow window folds the panes: the drafts slide over it */
          if (panes && !comments && !byline_window_get_sidebar_visible (window))
            byline_window_set_sidebar_visible (window, TRUE);
          byline_test_wait_until (FALSE, 400);

          content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
          gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
          g_test_message ("%d px, %s, panes %d: minimum width %d", widths[w], png, panes, min);
          /* The header bar gives way step by step (the Publish label
           * below 600 px, Find and Comments below 480 px of editor), so
           * the window can always be made narrower, down to 360 px */
          if (widths[w] == 360)
            g_assert_cmpint (min, <=, 360);
          else
            g_assert_cmpint (min, <, widths[w]);
          /* Nothing holds the window wider than asked (its frame may take
           * a few pixels of the default size) */
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, widths[w]);
          assert_header_fits (window, gtk_widget_get_width (GTK_WIDGET (window)));
          assert_actions_reachable (window);
          g_free (byline_test_save_screenshot (GTK_WIDGET (window), png));
          /* Find and replace fits too: its options go to a row of their own */
          if (widths[w] == 360 && !panes && !comments)
            {
              g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
              byline_test_wait_until (FALSE, 400);
              g_free (byline_test_save_screenshot (GTK_WIDGET (window), "window-width-360-find-only.png"));
              g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-replace", NULL));
              byline_test_wait_until (FALSE, 400);
              gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
              g_test_message ("360 px with find and replace open: minimum width %d", min);
              g_assert_cmpint (min, <=, 360);
              g_free (byline_test_save_screenshot (GTK_WIDGET (window), "window-width-360-find.png"));
            }
          gtk_window_destroy (GTK_WINDOW (window));
        }
  g_settings_reset (settings, "window-size");
  g_settings_reset (settings, "sidebar-visible");
  g_settings_reset (settings, "metadata-panel-visible");
}

static gboolean
is_accel_label (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
         gtk_widget_get_mapped (widget);
}

/* The main menu's Undo and Redo show their keys, as Find and the rest of a
 * GNOME menu do: they showed none (the menu model had no accel for them) */
static void
test_window_menu_accels (void)
{
  g_autoptr(BylineArticle) article = byline_test_load_example ("harbour-ferries.txt", "en-GB");
  BylineWindow *window = byline_window_new (NULL);
  GtkWidget *menu_button, *popover;
  const struct { const char *label; const char *accel; } items[] = {
    { "Undo", "Ctrl+Z" }, { "Redo", "Shift+Ctrl+Z" },
  };

  gtk_window_present (GTK_WINDOW (window));
  byline_window_set_article (window, article);
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)), 3000);
  menu_button = byline_test_find_widget (GTK_WIDGET (window), is_primary_menu_button, NULL);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  byline_test_wait_until (gtk_widget_get_mapped (popover), 3000);
  byline_test_wait_until (FALSE, 300);
  g_free (byline_test_save_screenshot (popover, "window-main-menu.png"));

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      GtkWidget *label = byline_test_find_widget (popover, byline_test_label_is, items[i].label);
      GtkWidget *item;

      g_assert_nonnull (label);
      item = gtk_widget_get_parent (label);
      g_assert_nonnull (item);
      if (byline_test_find_widget (item, is_accel_label, items[i].accel) == NULL)
        g_error ("The menu's %s shows no %s", items[i].label, items[i].accel);
    }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *find_of_type (GtkWidget *root,
                                GType      type);

static gboolean
is_numeric_label (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric");
}

/* 1100 px with the drafts and the details open leaves the editor's column
 * 480 px: the find bar's entry was squeezed to ~110 px, its words scrolled
 * out ("ingsway"), the count drawn over them. Its options go to a row of
 * their own there; the entry keeps room, the count sits beside it. */
static void
test_window_find_bar_with_panes (void)
{
  g_autoptr(BylineArticle) article = byline_test_load_example ("harbour-ferries.txt", "en-GB");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const int widths[] = { 1100, 1280 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autofree char *png = g_strdup_printf ("window-find-panes-%d.png", widths[w]);
      BylineWindow *window;
      GtkWidget *bar, *entry, *count = NULL, *metadata;
      graphene_rect_t entry_bounds, count_bounds;

      window = present_at_width (settings, article, widths[w], TRUE, FALSE);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
      bar = GTK_WIDGET (byline_editor_get_search_bar (byline_window_get_editor (window)));
      byline_search_bar_set_search_text (BYLINE_SEARCH_BAR (bar), "Stockholm Stillingsway");
      byline_search_bar_set_search_text (BYLINE_SEARCH_BAR (bar), "ferr");
      byline_test_wait_until (FALSE, 500);
      g_free (byline_test_save_screenshot (GTK_WIDGET (window), png));

      /* both panes still beside the editor */
      metadata = find_of_type (GTK_WIDGET (window), BYLINE_TYPE_METADATA_PANEL);
      g_assert_true (metadata != NULL && gtk_widget_get_mapped (metadata));
      entry = find_of_type (bar, GTK_TYPE_SEARCH_ENTRY);
      for (GtkWidget *c = gtk_widget_get_next_sibling (entry); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_LABEL (c))
          count = c;
      if (count == NULL)   /* (before: the count overlaid the entry) */
        count = byline_test_find_widget (gtk_widget_get_parent (gtk_widget_get_parent (entry)), is_numeric_label, NULL);
      g_assert_nonnull (count);
      g_assert_true (gtk_widget_get_mapped (count));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (count)), !=, "");
      g_assert_true (gtk_widget_compute_bounds (entry, GTK_WIDGET (window), &entry_bounds));
      g_assert_true (gtk_widget_compute_bounds (count, GTK_WIDGET (window), &count_bounds));
      g_test_message ("%d px: entry %.0f px wide, count at %.0f..%.0f", widths[w], entry_bounds.size.width,
                      count_bounds.origin.x, count_bounds.origin.x + count_bounds.size.width);
      g_assert_cmpfloat (entry_bounds.size.width, >=, 200);
      g_assert_false (graphene_rect_intersection (&entry_bounds, &count_bounds, NULL));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (count))));
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_settings_reset (settings, "window-size");
  g_settings_reset (settings, "sidebar-visible");
  g_settings_reset (settings, "metadata-panel-visible");
}

static GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_of_type (child, type)) != NULL)
        return found;
    }

  return NULL;
}

/* Opening the comment queue gives the keyboard to its list, where j/k/a/s/d
 * work at once (they did nothing until a row was clicked). */
static void
test_window_comments_focus (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "byline.db", NULL);
  g_autoptr(BylineStore) store = byline_store_new (path, NULL, &error);
  g_autoptr(BylineContext) context = NULL;
  BylineWindow *window;
  GtkWidget *queue;
  GtkWidget *list;
  GtkWidget *focus;

  g_autoptr(BylineAccount) account = byline_account_new ("harbour", "http://127.0.0.1:9/", "http://127.0.0.1:9/wp-json/",
                                                          "editor", "Editor");

  g_assert_no_error (error);
  g_assert_true (byline_store_save_account (store, account, &error));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BylineCachedComment) c = byline_cached_comment_new ();

      c->account = g_strdup ("harbour");
      c->remote_id = 100 + i;
      c->post_remote_id = 7;
      c->post_headline = g_strdup ("Ferries");
      c->author_name = g_strdup ("Lena Okafor");
      c->author_email = g_strdup ("lena@example.org");
      c->author_url = g_strdup ("");
      c->author_ip = g_strdup ("203.0.113.1");
      c->author_user_agent = g_strdup ("Firefox");
      c->date_gmt = g_strdup_printf ("2026-11-27T1%u:00:00Z", i);
      c->status = g_strdup ("hold");
      c->content = g_strdup ("The ferry holds 240 passengers.");
      g_assert_cmpint (byline_store_upsert_comment (store, c, &error), >, 0);
      g_assert_no_error (error);
    }
  context = byline_context_new (store);
  window = byline_window_new_for_context (NULL, context);
  gtk_window_present (GTK_WINDOW (window));
  byline_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)), 5000);
  queue = find_of_type (GTK_WIDGET (window), BYLINE_TYPE_COMMENT_QUEUE);
  g_assert_nonnull (queue);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
  byline_test_wait_until (gtk_widget_get_mapped (queue), 5000);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  list = g_object_get_data (G_OBJECT (queue), "list-view");
  g_assert_true (focus == list || gtk_widget_is_ancestor (focus, list));
  g_assert_false (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus));

  /* Back to the editor and to the queue again: the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, queue));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&context);
  g_clear_object (&store);
  remove_store_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

  g_test_add_func ("/window/empty-state", test_window_empty_state);
  g_test_add_func ("/window/new-article-action", test_window_new_article_action);
  g_test_add_func ("/window/state-saved", test_window_state_saved);
  g_test_add_func ("/window/metadata-toggle", test_window_metadata_toggle);
  g_test_add_func ("/window/sidebar-toggle", test_window_sidebar_toggle);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/title", test_window_title);
  g_test_add_func ("/window/screenshot-english", test_window_screenshot_english);
  g_test_add_func ("/window/screenshot-persian", test_window_screenshot_persian);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/widths", test_window_widths);
  g_test_add_func ("/window/find-bar-with-panes", test_window_find_bar_with_panes);
  g_test_add_func ("/window/menu-accels", test_window_menu_accels);
  g_test_add_func ("/window/comments-focus", test_window_comments_focus);

  return g_test_run ();
}
