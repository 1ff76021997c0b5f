/* test-metadata.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "byline-metadata-panel.h"
#include "byline-test-ui.h"

typedef struct
{
  GtkWindow           *window;
  BylineMetadataPanel *panel;
  BylineArticle       *article;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->panel = byline_metadata_panel_new ();
  gtk_window_set_child (f->window, GTK_WIDGET (f->panel));
  f->article = byline_article_new ();
  byline_metadata_panel_set_article (f->panel, f->article);
  gtk_window_present (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  g_clear_object (&f->article);
}

/* The template child called @name, through the widget tree's accessible
 * labels: tests reach rows the way a screen reader user does. */
static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, type, title)) != NULL)
        return found;
    }

  return NULL;
}

static GtkTextView *
find_text_view (GtkWidget *root,
                guint      index)
{
  guint seen = 0;
  GtkWidget *w = root;

  /* Depth-first, in template order: excerpt first, then the note */
  while (w != NULL)
    {
      if (GTK_IS_TEXT_VIEW (w) && seen++ == index)
        return GTK_TEXT_VIEW (w);

      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != root && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == root) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }

  return NULL;
}

static GtkWidget *
find_scrolled_window (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        return child;
      if ((found = find_scrolled_window (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
set_row (Fixture    *f,
         const char *title,
         const char *text)
{
  GtkWidget *row = find_row (GTK_WIDGET (f->panel), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_metadata_fields (Fixture       *f,
                      gconstpointer  data)
{
  const char * const *bylines;
  GtkTextView *excerpt, *note;
  AdwComboRow *status;

  set_row (f, "Section", "Transport");
  g_assert_cmpstr (byline_article_get_section (f->article), ==, "Transport");
  set_row (f, "Dateline Place", "PORTVALE");
  g_assert_cmpstr (byline_article_get_dateline (f->article), ==, "PORTVALE");
  set_row (f, "Caption", "A ferry at North Quay");
  g_assert_cmpstr (byline_article_get_image_caption (f->article), ==, "A ferry at North Quay");

  set_row (f, "Bylines, separated by commas", "Lena Okafor, Samuel Reyes ,");
  bylines = byline_article_get_bylines (f->article);
  g_assert_cmpuint (g_strv_length ((char **) bylines), ==, 2);
  g_assert_cmpstr (bylines[0], ==, "Lena Okafor");
  g_assert_cmpstr (bylines[1], ==, "Samuel Reyes");

  /* And back: the article's changes show in the rows */
  byline_article_set_section (f->article, "City");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (f->panel), ADW_TYPE_ENTRY_ROW,
                                                                    "Section"))), ==, "City");

  excerpt = find_text_view (GTK_WIDGET (f->panel), 0);
  note = find_text_view (GTK_WIDGET (f->panel), 1);
  g_assert_nonnull (excerpt);
  g_assert_nonnull (note);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (excerpt), "Six new ferries", -1);
  g_assert_cmpstr (byline_article_get_excerpt (f->article), ==, "Six new ferries");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Check the 96 million figure", -1);
  g_assert_cmpstr (byline_article_get_note (f->article), ==, "Check the 96 million figure");

  status = ADW_COMBO_ROW (find_row (GTK_WIDGET (f->panel), ADW_TYPE_COMBO_ROW, "Status"));
  adw_combo_row_set_selected (status, BYLINE_ARTICLE_STATUS_READY);
  g_assert_cmpint (byline_article_get_status (f->article), ==, BYLINE_ARTICLE_STATUS_READY);
  byline_article_set_status (f->article, BYLINE_ARTICLE_STATUS_IN_REVIEW);
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, BYLINE_ARTICLE_STATUS_IN_REVIEW);
}

static gboolean
is_tooltip_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static void
test_metadata_slug (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *slug_row = find_row (GTK_WIDGET (f->panel), ADW_TYPE_ENTRY_ROW, "Slug");

  g_assert_true (byline_metadata_panel_get_slug_follows_headline (f->panel));
  byline_article_set_headline (f->article, "Harbour city expands electric ferry fleet");
  g_assert_cmpstr (byline_article_get_slug (f->article), ==, "harbour-city-expands-electric-ferry-fleet");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (slug_row)), ==, "harbour-city-expands-electric-ferry-fleet");

  /* Transliterated for a Persian headline */
  byline_article_set_headline (f->article, "اتوبوس برقی");
  g_assert_cmpstr (byline_article_get_slug (f->article), ==, "atvbvs-brghi");

  /* The user edits it: it stops following */
  gtk_editable_set_text (GTK_EDITABLE (slug_row), "ferries-2023");
  g_assert_false (byline_metadata_panel_get_slug_follows_headline (f->panel));
  g_assert_cmpstr (byline_article_get_slug (f->article), ==, "ferries-2023");
  byline_article_set_headline (f->article, "Something else");
  g_assert_cmpstr (byline_article_get_slug (f->article), ==, "ferries-2023");

  /* Clearing it hands it back to the headline */
  gtk_editable_set_text (GTK_EDITABLE (slug_row), "");
  g_assert_true (byline_metadata_panel_get_slug_follows_headline (f->panel));
  g_assert_cmpstr (byline_article_get_slug (f->article), ==, "something-else");

  /* An article opened with a hand-written slug keeps it */
  {
    g_autoptr(BylineArticle) other = byline_article_new ();

    byline_article_set_headline (other, "Buses");
    byline_article_set_slug (other, "tehran-buses");
    byline_metadata_panel_set_article (f->panel, other);
    g_assert_false (byline_metadata_panel_get_slug_follows_headline (f->panel));
    byline_article_set_headline (other, "More buses");
    g_assert_cmpstr (byline_article_get_slug (other), ==, "tehran-buses");
    byline_metadata_panel_set_article (f->panel, f->article);
  }

  /* Once the story is out its address stays: published while open, or
   * opened published (with the slug its headline made) */
  byline_article_set_status (f->article, BYLINE_ARTICLE_STATUS_PUBLISHED);
  g_assert_false (byline_metadata_panel_get_slug_follows_headline (f->panel));
  byline_article_set_headline (f->article, "Something else again");
  g_assert_cmpstr (byline_article_get_slug (f->article), ==, "something-else");
  {
    g_autoptr(BylineArticle) scheduled = byline_article_new ();

    byline_article_set_headline (scheduled, "Buses");
    byline_article_set_slug (scheduled, "buses");
    byline_article_set_status (scheduled, BYLINE_ARTICLE_STATUS_SCHEDULED);
    byline_metadata_panel_set_article (f->panel, scheduled);
    g_assert_false (byline_metadata_panel_get_slug_follows_headline (f->panel));
    byline_article_set_headline (scheduled, "More buses");
    g_assert_cmpstr (byline_article_get_slug (scheduled), ==, "buses");
    /* the reset button still makes one from the headline, once */
    g_signal_emit_by_name (byline_test_find_widget (GTK_WIDGET (f->panel), is_tooltip_button,
                                                    "Make Slug from Headline"), "clicked");
    g_assert_cmpstr (byline_article_get_slug (scheduled), ==, "more-buses");
    g_assert_false (byline_metadata_panel_get_slug_follows_headline (f->panel));
    byline_article_set_headline (scheduled, "Buses again");
    g_assert_cmpstr (byline_article_get_slug (scheduled), ==, "more-buses");
    byline_metadata_panel_set_article (f->panel, f->article);
  }
}

static void
test_metadata_tags (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *entry = find_row (GTK_WIDGET (f->panel), ADW_TYPE_ENTRY_ROW, "Add Tags, separated by commas");
  const char * const *tags;

  g_assert_nonnull (entry);

  /* A comma makes a chip */
  gtk_editable_set_text (GTK_EDITABLE (entry), "ferries, transport");
  tags = byline_article_get_tags (f->article);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 1);
  g_assert_cmpstr (tags[0], ==, "ferries");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "transport");

  /* Enter makes the rest one */
  g_signal_emit_by_name (entry, "entry-activated");
  tags = byline_article_get_tags (f->article);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_cmpstr (tags[1], ==, "transport");

  /* No duplicates; removal */
  byline_metadata_panel_add_tags (f->panel, "transport, Portvale");
  tags = byline_article_get_tags (f->article);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 3);
  byline_metadata_panel_remove_tag (f->panel, "ferries");
  tags = byline_article_get_tags (f->article);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "transport");
}

/* Tags typed without Enter or a comma are kept when the field loses the
 * focus or another story is opened: they were left in the field, never
 * saved, and gone once the story closed */
static void
test_metadata_tags_unfinished (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *entry = find_row (GTK_WIDGET (f->panel), ADW_TYPE_ENTRY_ROW, "Add Tags, separated by commas");
  GtkWidget *dateline = find_row (GTK_WIDGET (f->panel), ADW_TYPE_ENTRY_ROW, "Dateline Place");
  g_autoptr(BylineArticle) other = byline_article_new ();
  const char * const *tags;

  g_assert_nonnull (entry);
  g_assert_nonnull (dateline);

  /* Typed, then the next field clicked */
  g_assert_true (gtk_widget_grab_focus (entry));
  byline_test_wait_until (FALSE, 50);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ferries");
  g_assert_true (gtk_widget_grab_focus (dateline));
  byline_test_wait_until (FALSE, 50);
  tags = byline_article_get_tags (f->article);
  g_assert_nonnull (tags);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 1);
  g_assert_cmpstr (tags[0], ==, "ferries");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Typed, then another story opened: the tag is the first story's */
  gtk_editable_set_text (GTK_EDITABLE (entry), "harbour");
  byline_metadata_panel_set_article (f->panel, other);
  tags = byline_article_get_tags (f->article);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_cmpstr (tags[1], ==, "harbour");
  tags = byline_article_get_tags (other);
  g_assert_true (tags == NULL || tags[0] == NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* The date popover opens beside the panel: below its row it ran off the
 * bottom of a laptop's screen, Set and the time with it */
static gboolean
is_date_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static void
test_metadata_date_popover_fits (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *button = byline_test_find_widget (GTK_WIDGET (f->panel), is_date_button, "Change Date and Time");

  g_assert_nonnull (button);
  g_assert_cmpint (gtk_menu_button_get_direction (GTK_MENU_BUTTON (button)), ==, GTK_ARROW_LEFT);
}

static gboolean
is_spin_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_SPIN_BUTTON (widget);
}

static gboolean
is_entry (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_ENTRY (widget);
}

/* The time typed into the picker is kept when a click elsewhere closes
 * it, as Set keeps it (it was dropped without a word); Escape drops it;
 * opening and closing it changes nothing */
static void
test_metadata_date_popover_keeps (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *button = byline_test_find_widget (GTK_WIDGET (f->panel), is_date_button, "Change Date and Time");
  GtkWidget *popover, *hour, *minute = NULL, *zone;
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GDateTime) local = NULL;

  g_assert_nonnull (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  hour = byline_test_find_widget (popover, is_spin_button, NULL);
  g_assert_nonnull (hour);
  for (GtkWidget *w = gtk_widget_get_next_sibling (hour); w != NULL && minute == NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_SPIN_BUTTON (w))
      minute = w;
  g_assert_nonnull (minute);
  zone = byline_test_find_widget (popover, is_entry, NULL);
  g_assert_nonnull (zone);
  g_assert_null (byline_article_get_date (f->article));

  /* Opened and closed: nothing changes */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  byline_test_wait_until (FALSE, 100);
  gtk_popover_popdown (GTK_POPOVER (popover));
  byline_test_wait_until (FALSE, 100);
  g_assert_null (byline_article_get_date (f->article));

  /* Changed, then closed by a click elsewhere: kept */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  byline_test_wait_until (FALSE, 100);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hour), 9);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minute), 15);
  gtk_editable_set_text (GTK_EDITABLE (zone), "Europe/London");
  gtk_popover_popdown (GTK_POPOVER (popover));
  byline_test_wait_until (FALSE, 100);
  g_assert_nonnull (byline_article_get_date (f->article));
  g_assert_cmpstr (byline_article_get_time_zone (f->article), ==, "Europe/London");
  local = g_date_time_to_timezone (byline_article_get_date (f->article), london);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 15);

  /* Changed, then Escape: dropped */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  byline_test_wait_until (FALSE, 100);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hour), 11);
  byline_test_send_key (popover, GDK_KEY_Escape, 0);
  gtk_popover_popdown (GTK_POPOVER (popover));
  byline_test_wait_until (FALSE, 100);
  g_clear_pointer (&local, g_date_time_unref);
  local = g_date_time_to_timezone (byline_article_get_date (f->article), london);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
}

static void
test_metadata_language (Fixture       *f,
                        gconstpointer  data)
{
  AdwComboRow *language = ADW_COMBO_ROW (find_row (GTK_WIDGET (f->panel), ADW_TYPE_COMBO_ROW, "Language"));

  g_assert_nonnull (language);
  g_assert_cmpuint (adw_combo_row_get_selected (language), ==, 0);   /* English */

  adw_combo_row_set_selected (language, 3);   /* Persian (after English, en-GB, en-US) */
  g_assert_cmpstr (byline_article_get_language (f->article), ==, "fa");
  g_assert_cmpint (byline_article_get_direction (f->article), ==, BYLINE_TEXT_DIRECTION_RTL);

  adw_combo_row_set_selected (language, 6);   /* Russian */
  g_assert_cmpstr (byline_article_get_language (f->article), ==, "ru");
  g_assert_cmpint (byline_article_get_direction (f->article), ==, BYLINE_TEXT_DIRECTION_LTR);

  /* The languages the importer tells by their script are named, and Urdu
   * reads right to left */
  byline_article_set_language (f->article, "hi");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (language)),
                                               adw_combo_row_get_selected (language)), ==, "Hindi");
  byline_article_set_language (f->article, "ko");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (language)),
                                               adw_combo_row_get_selected (language)), ==, "Korean");
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (language)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (language)), i), "Urdu") == 0)
      adw_combo_row_set_selected (language, i);
  g_assert_cmpstr (byline_article_get_language (f->article), ==, "ur");
  g_assert_cmpint (byline_article_get_direction (f->article), ==, BYLINE_TEXT_DIRECTION_RTL);

  /* Every language the importer recognises is named (Amharic and
   * Swahili were shown as "am" and "sw"); Central Kurdish reads right to
   * left */
  byline_article_set_language (f->article, "sw");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (language)),
                                               adw_combo_row_get_selected (language)), ==, "Swahili");
  byline_article_set_language (f->article, "am");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (language)),
                                               adw_combo_row_get_selected (language)), ==, "Amharic");
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (language)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (language)), i),
                   "Central Kurdish") == 0)
      adw_combo_row_set_selected (language, i);
  g_assert_cmpstr (byline_article_get_language (f->article), ==, "ckb");
  g_assert_cmpint (byline_article_get_direction (f->article), ==, BYLINE_TEXT_DIRECTION_RTL);

  /* A tag not in the list is shown, not lost */
  byline_article_set_language (f->article, "yo");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (language)),
                                               adw_combo_row_get_selected (language)), ==, "yo");
}

static void
test_metadata_date_and_image (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GDateTime) utc = NULL;

  /* 12 Esfand 1401, 10:20 Tehran time = 3 March 2023 06:50 UTC */
  g_assert_true (byline_metadata_panel_set_date_time (f->panel, 2023, 3, 3, 10, 20, "Asia/Tehran"));
  g_assert_cmpstr (byline_article_get_time_zone (f->article), ==, "Asia/Tehran");
  utc = g_date_time_to_utc (byline_article_get_date (f->article));
  g_assert_cmpint (g_date_time_get_hour (utc), ==, 6);
  g_assert_cmpint (g_date_time_get_minute (utc), ==, 50);
  g_assert_false (byline_metadata_panel_set_date_time (f->panel, 2023, 3, 3, 10, 20, "Mars/Olympus"));
  g_assert_cmpstr (byline_article_get_time_zone (f->article), ==, "Asia/Tehran");

  /* A featured image without alt text is flagged */
  g_assert_false (byline_metadata_panel_get_alt_text_missing (f->panel));
  byline_article_set_image_path (f->article, "/tmp/ferry.jpg");
  g_assert_true (byline_metadata_panel_get_alt_text_missing (f->panel));
  set_row (f, "Alt Text", "  ");
  g_assert_true (byline_metadata_panel_get_alt_text_missing (f->panel));
  /* The lower half of the panel, with the warning */
  {
    GtkWidget *w = find_scrolled_window (GTK_WIDGET (f->panel));
    GtkAdjustment *vadj;

    g_assert_nonnull (w);
    gtk_window_set_default_size (f->window, 360, 760);
    byline_test_wait_until (FALSE, 300);
    vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w));
    gtk_adjustment_set_value (vadj, gtk_adjustment_get_upper (vadj));
    byline_test_wait_until (FALSE, 200);
    g_free (byline_test_save_screenshot (GTK_WIDGET (f->window), "metadata-panel-lower.png"));
  }

  set_row (f, "Alt Text", "A white ferry at the quay");
  g_assert_cmpstr (byline_article_get_image_alt (f->article), ==, "A white ferry at the quay");
  g_assert_false (byline_metadata_panel_get_alt_text_missing (f->panel));
}

/* A 1×1 PNG */
static const guint8 test_png[] = {
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
  0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
  0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

static gboolean
is_picture (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_PICTURE (widget);
}

/* The featured image is a copy in the images folder, as images in the
 * text are: the story kept the chosen file's path, and lost its picture
 * when that file was moved or deleted. The row shows the picture. */
static void
test_metadata_image_copied (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-image-XXXXXX", &error);
  g_autofree char *original = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *picture;
  const char *stored;

  g_assert_no_error (error);
  original = g_build_filename (dir, "ferry.png", NULL);
  g_assert_true (g_file_set_contents (original, (const char *) test_png, sizeof test_png, &error));
  file = g_file_new_for_path (original);

  byline_article_set_image_media_id (f->article, 42);
  byline_metadata_panel_set_image_file (f->panel, file);
  /* (copied on a thread) */
  byline_test_wait_until (byline_article_get_image_path (f->article)[0] != '\0', 5000);
  stored = byline_article_get_image_path (f->article);
  g_assert_cmpstr (stored, !=, original);
  g_assert_true (g_str_has_prefix (stored, g_get_user_data_dir ()));
  g_assert_cmpint (byline_article_get_image_media_id (f->article), ==, 0);
  picture = byline_test_find_widget (GTK_WIDGET (f->panel), is_picture, NULL);
  g_assert_nonnull (picture);
  g_assert_true (gtk_widget_get_visible (picture));

  /* The original goes; the story's picture stays */
  g_assert_cmpint (g_unlink (original), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_true (g_file_test (byline_article_get_image_path (f->article), G_FILE_TEST_IS_REGULAR));
}

/* A picture fed through a named pipe by a thread, so that the test says
 * when the reader gets its bytes (the copy of a big photo, held) */
typedef struct
{
  char     *path;
  GBytes   *bytes;
  GThread  *thread;
  GMutex    lock;
  GCond     cond;
  gboolean  go;
  gint      opened;   /* atomic: a reader opened the pipe */
} Feeder;

static gpointer
feeder_thread (gpointer data)
{
  Feeder *feeder = data;
  gint64 deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (feeder->bytes, &size);
  int fd;

  /* Opening for writing without a reader fails at once (ENXIO): wait for
   * one, but never for ever */
  while ((fd = g_open (feeder->path, O_WRONLY | O_NONBLOCK, 0)) < 0 && g_get_monotonic_time () < deadline)
    g_usleep (5000);
  if (fd < 0)
    return NULL;
  g_atomic_int_set (&feeder->opened, TRUE);
  /* Held until the test says so (at most 3 s: a reader on the main
   * thread would wait that long) */
  deadline = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
  g_mutex_lock (&feeder->lock);
  while (!feeder->go && g_cond_wait_until (&feeder->cond, &feeder->lock, deadline))
    ;
  g_mutex_unlock (&feeder->lock);
  /* A reader that gave up (its copy cancelled) closed its end: EPIPE, and
   * SIGPIPE is ignored (see test_metadata_image_async()) */
  if (write (fd, bytes, size) != (gssize) size)
    g_test_message ("The picture's reader went away: %s", g_strerror (errno));
  close (fd);
  return NULL;
}

static GFile *
feeder_start (Feeder     *feeder,
              const char *dir,
              const char *name,
              GBytes     *bytes)
{
  memset (feeder, 0, sizeof *feeder);
  feeder->path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (mkfifo (feeder->path, 0600), ==, 0);
  feeder->bytes = g_bytes_ref (bytes);
  g_mutex_init (&feeder->lock);
  g_cond_init (&feeder->cond);
  feeder->thread = g_thread_new ("feeder", feeder_thread, feeder);
  return g_file_new_for_path (feeder->path);
}

/* Lets the bytes go, and waits until they were all written */
static void
feeder_finish (Feeder *feeder)
{
  g_mutex_lock (&feeder->lock);
  feeder->go = TRUE;
  g_cond_signal (&feeder->cond);
  g_mutex_unlock (&feeder->lock);
  g_thread_join (feeder->thread);
  g_unlink (feeder->path);
  g_free (feeder->path);
  g_bytes_unref (feeder->bytes);
  g_mutex_clear (&feeder->lock);
  g_cond_clear (&feeder->cond);
}

static gboolean
count_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Choosing a featured image copies it and makes its thumbnail on a
 * thread: the window goes on while a big photo is read, and the story
 * gets the picture when it is done. A story switched to meanwhile does
 * not get it, nor does the one shown before; nor after the window
 * closed. */
static void
test_metadata_image_async (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("byline-image-XXXXXX", &error);
  g_autoptr(GBytes) png = g_bytes_new_static (test_png, sizeof test_png);
  g_autoptr(GByteArray) longer = g_byte_array_new ();
  g_autoptr(GBytes) other_png = NULL;
  g_autoptr(BylineArticle) other = byline_article_new ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *first_path = NULL;
  Feeder feeder;
  GtkWidget *picture;
  gint64 start;
  guint ticks = 0, tick_id;

  g_assert_no_error (error);
  /* A copy cancelled before it read leaves the feeder writing to no one */
  signal (SIGPIPE, SIG_IGN);
  /* The same picture with bytes after its end: another checksum */
  g_byte_array_append (longer, test_png, sizeof test_png);
  g_byte_array_append (longer, (const guint8 *) "trailing", 8);
  other_png = g_byte_array_free_to_bytes (g_steal_pointer (&longer));

  /* The call returns at once; the window is drawn and its timers run
   * while the photo is read */
  file = feeder_start (&feeder, dir, "ferry.png", png);
  byline_article_set_image_media_id (f->article, 42);
  tick_id = g_timeout_add (10, count_cb, &ticks);
  start = g_get_monotonic_time ();
  byline_metadata_panel_set_image_file (f->panel, file);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_TIME_SPAN_SECOND);
  byline_test_wait_until (ticks >= 5, 2000);
  g_assert_cmpuint (ticks, >=, 5);
  g_assert_cmpstr (byline_article_get_image_path (f->article), ==, "");
  g_assert_cmpint (byline_article_get_image_media_id (f->article), ==, 42);
  g_source_remove (tick_id);

  feeder_finish (&feeder);
  byline_test_wait_until (byline_article_get_image_path (f->article)[0] != '\0', 5000);
  first_path = g_strdup (byline_article_get_image_path (f->article));
  g_assert_true (g_str_has_prefix (first_path, g_get_user_data_dir ()));
  g_assert_cmpint (byline_article_get_image_media_id (f->article), ==, 0);
  picture = byline_test_find_widget (GTK_WIDGET (f->panel), is_picture, NULL);
  g_assert_true (gtk_widget_get_visible (picture));
  byline_test_wait_until (gtk_picture_get_paintable (GTK_PICTURE (picture)) != NULL, 5000);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (picture)));
  g_clear_object (&file);

  /* Another story is shown while the picture is read: it is for neither */
  file = feeder_start (&feeder, dir, "harbour.png", other_png);
  byline_metadata_panel_set_image_file (f->panel, file);
  byline_test_wait_until (g_atomic_int_get (&feeder.opened), 5000);
  g_assert_true (g_atomic_int_get (&feeder.opened));
  byline_metadata_panel_set_article (f->panel, other);
  feeder_finish (&feeder);
  byline_test_wait_until (byline_article_get_image_path (other)[0] != '\0' ||
                          g_strcmp0 (byline_article_get_image_path (f->article), first_path) != 0, 1000);
  g_assert_cmpstr (byline_article_get_image_path (other), ==, "");
  g_assert_cmpstr (byline_article_get_image_path (f->article), ==, first_path);
  g_clear_object (&file);

  /* The window closes while the picture is read */
  file = feeder_start (&feeder, dir, "quay.png", other_png);
  byline_metadata_panel_set_image_file (f->panel, file);
  byline_test_wait_until (g_atomic_int_get (&feeder.opened), 5000);
  g_assert_true (g_atomic_int_get (&feeder.opened));
  g_clear_pointer (&f->window, gtk_window_destroy);
  feeder_finish (&feeder);
  byline_test_wait_until (byline_article_get_image_path (other)[0] != '\0', 1000);
  g_assert_cmpstr (byline_article_get_image_path (other), ==, "");

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The section is typed in until an account brings categories, then
 * chosen from them; a section written before stays listed */
static void
test_metadata_section (Fixture       *f,
                       gconstpointer  data)
{
  const char * const categories[] = { "Business", "City", "Politics", NULL };
  GtkEditable *entry = byline_metadata_panel_get_field (f->panel, "section");
  AdwComboRow *combo = byline_metadata_panel_get_section_combo (f->panel);
  GListModel *model = adw_combo_row_get_model (combo);

  /* Free text before */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (combo)));
  gtk_editable_set_text (entry, "Harbour");
  g_assert_cmpstr (byline_article_get_section (f->article), ==, "Harbour");

  /* A combo of the categories after, keeping "Harbour" */
  byline_metadata_panel_set_categories (f->panel, categories);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (entry)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (combo)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "No Section");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 4), ==, "Harbour");
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 4);

  /* Choosing one sets the article's section */
  adw_combo_row_set_selected (combo, 3);
  g_assert_cmpstr (byline_article_get_section (f->article), ==, "Politics");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);   /* "Harbour" is gone */
  adw_combo_row_set_selected (combo, 0);
  g_assert_cmpstr (byline_article_get_section (f->article), ==, "");

  /* …and the combo follows the article */
  byline_article_set_section (f->article, "City");
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 2);

  /* No categories (the account removed): free text again */
  byline_metadata_panel_set_categories (f->panel, NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (combo)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "City");
}

/* Once linked: the account, the story's address there and when it was
 * last published; updated when publishing changes the links */
static void
test_metadata_links (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BylineArticleLink) link = byline_article_link_new ("local", 42, "http://127.0.0.1:8080/?p=42&x=1",
                                                               "2026-01-01T10:00:00", "abc");
  g_autoptr(BylineArticleLink) other = byline_article_link_new ("desk", 7, NULL, NULL, NULL);
  GPtrArray *rows = byline_metadata_panel_get_link_rows (f->panel);
  GtkWidget *group;
  const char *subtitle;

  g_assert_cmpuint (rows->len, ==, 0);
  group = gtk_widget_get_ancestor (GTK_WIDGET (byline_metadata_panel_get_section_combo (f->panel)),
                                   ADW_TYPE_PREFERENCES_PAGE);
  g_assert_nonnull (group);

  byline_article_set_link (f->article, link);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (g_ptr_array_index (rows, 0),
                                                                  ADW_TYPE_PREFERENCES_GROUP)));
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "local");
  subtitle = adw_action_row_get_subtitle (g_ptr_array_index (rows, 0));
  /* (set as markup, with the & escaped; read back as text) */
  g_assert_true (g_str_has_prefix (subtitle, "http://127.0.0.1:8080/?p=42&x=1\nLast published 2026-01-01 "));

  byline_article_set_link (f->article, other);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 1)), ==, "");

  byline_article_remove_link (f->article, "local");
  byline_article_remove_link (f->article, "desk");
  g_assert_cmpuint (rows->len, ==, 0);

  /* Another article: its own links */
  {
    g_autoptr(BylineArticle) linked = byline_article_new ();

    byline_article_set_link (linked, link);
    byline_metadata_panel_set_article (f->panel, linked);
    g_assert_cmpuint (rows->len, ==, 1);
    byline_metadata_panel_set_article (f->panel, f->article);
    g_assert_cmpuint (rows->len, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  byline_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/metadata/fields", test_metadata_fields);
  ADD ("/metadata/slug", test_metadata_slug);
  ADD ("/metadata/tags", test_metadata_tags);
  ADD ("/metadata/tags-unfinished", test_metadata_tags_unfinished);
  ADD ("/metadata/date-popover-fits", test_metadata_date_popover_fits);
  ADD ("/metadata/date-popover-keeps", test_metadata_date_popover_keeps);
  ADD ("/metadata/section", test_metadata_section);
  ADD ("/metadata/links", test_metadata_links);
  ADD ("/metadata/language", test_metadata_language);
  ADD ("/metadata/date-and-image", test_metadata_date_and_image);
  ADD ("/metadata/image-copied", test_metadata_image_copied);
  ADD ("/metadata/image-async", test_metadata_image_async);
#undef ADD

  return g_test_run ();
}
