/* byline-metadata-panel-fields.c: the date picker, the tag chips and the
 * featured image
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-metadata-panel"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-completion.h"
#include "byline-date-format.h"
#include "byline-metadata-panel-private.h"

#define ZONE_TABLE "/usr/share/zoneinfo/zone1970.tab"

static GTimeZone *
article_zone (BylineMetadataPanel *self)
{
  const char *identifier = byline_article_get_time_zone (self->article);
  GTimeZone *zone = identifier[0] ? g_time_zone_new_identifier (identifier) : NULL;

  return zone ? zone : g_time_zone_new_local ();
}

void
_byline_metadata_panel_update_date (BylineMetadataPanel *self)
{
  g_autofree char *subtitle = NULL;
  GDateTime *date;

  if (self->article == NULL)
    return;

  date = byline_article_get_date (self->article);
  if (date == NULL)
    {
      adw_action_row_set_subtitle (self->date_row, _("Not set"));
      return;
    }

  subtitle = byline_format_date_in_zone (date, byline_article_get_time_zone (self->article));
  adw_action_row_set_subtitle (self->date_row, subtitle);
}

static void
fill_picker (BylineMetadataPanel *self,
             GDateTime           *date,
             GTimeZone           *zone)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (date, zone);

  gtk_calendar_select_day (self->calendar, local);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (local));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (local));
  gtk_editable_set_text (GTK_EDITABLE (self->zone_entry), g_time_zone_get_identifier (zone));
  gtk_widget_remove_css_class (GTK_WIDGET (self->zone_entry), "error");
}

/* What the picker shows, to tell whether it was changed */
static char *
picker_values (BylineMetadataPanel *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  return g_strdup_printf ("%d-%d-%d %d:%d %s", g_date_time_get_year (day), g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day), gtk_spin_button_get_value_as_int (self->hour_spin),
                          gtk_spin_button_get_value_as_int (self->minute_spin),
                          gtk_editable_get_text (GTK_EDITABLE (self->zone_entry)));
}

static void
date_popover_show_cb (BylineMetadataPanel *self)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) now = NULL;
  GDateTime *date;

  if (self->article == NULL)
    return;

  zone = article_zone (self);
  date = byline_article_get_date (self->article);
  if (date == NULL)
    date = now = g_date_time_new_now (zone);
  fill_picker (self, date, zone);
  self->date_cancelled = FALSE;
  g_free (self->date_shown);
  self->date_shown = picker_values (self);
}

/* Escape closes the picker without its changes */
static gboolean
date_popover_key_cb (GtkEventControllerKey *keys,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     BylineMetadataPanel   *self)
{
  if (keyval == GDK_KEY_Escape)
    self->date_cancelled = TRUE;
  return FALSE;
}

static void date_apply_clicked_cb (BylineMetadataPanel *self);

/* Closed by a click elsewhere (the next field), the picker keeps what was
 * changed in it, as Set does: it was dropped without a word. A zone that
 * is not one is not applied (Set says so in the picker). */
static void
date_popover_closed_cb (BylineMetadataPanel *self)
{
  g_autofree char *values = NULL;

  if (self->date_cancelled || self->article == NULL || self->date_shown == NULL)
    return;
  /* A number typed into a spin button counts once it is read */
  gtk_spin_button_update (self->hour_spin);
  gtk_spin_button_update (self->minute_spin);
  values = picker_values (self);
  if (!g_str_equal (values, self->date_shown))
    date_apply_clicked_cb (self);
  g_clear_pointer (&self->date_shown, g_free);
}

static void
date_now_clicked_cb (BylineMetadataPanel *self)
{
  const char *identifier = gtk_editable_get_text (GTK_EDITABLE (self->zone_entry));
  g_autoptr(GTimeZone) zone = identifier[0] ? g_time_zone_new_identifier (identifier) : NULL;
  g_autoptr(GDateTime) now = NULL;

  if (zone == NULL)
    zone = g_time_zone_new_local ();
  now = g_date_time_new_now (zone);
  fill_picker (self, now, zone);
}

static void
date_apply_clicked_cb (BylineMetadataPanel *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  gtk_spin_button_update (self->hour_spin);
  gtk_spin_button_update (self->minute_spin);

  if (byline_metadata_panel_set_date_time (self,
                                           g_date_time_get_year (day),
                                           g_date_time_get_month (day),
                                           g_date_time_get_day_of_month (day),
                                           gtk_spin_button_get_value_as_int (self->hour_spin),
                                           gtk_spin_button_get_value_as_int (self->minute_spin),
                                           gtk_editable_get_text (GTK_EDITABLE (self->zone_entry))))
    {
      g_clear_pointer (&self->date_shown, g_free);
      gtk_popover_popdown (self->date_popover);
    }
}

/**
 * byline_metadata_panel_set_date_time:
 * @zone: an IANA time zone such as `Asia/Tehran`
 *
 * Sets the article's date, in @zone, as the date picker does.
 *
 * Returns: %FALSE when @zone is not a known time zone
 */
gboolean
byline_metadata_panel_set_date_time (BylineMetadataPanel *self,
                                     int                  year,
                                     int                  month,
                                     int                  day,
                                     int                  hour,
                                     int                  minute,
                                     const char          *zone)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), FALSE);

  if (self->article == NULL || zone == NULL || (tz = g_time_zone_new_identifier (zone)) == NULL ||
      (date = g_date_time_new (tz, year, month, day, hour, minute, 0)) == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->zone_entry), "error");
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->zone_entry), "error");
  byline_article_set_time_zone (self->article, zone);
  byline_article_set_date (self->article, date);
  return TRUE;
}

static GtkEntryCompletion *
zone_completion_new (void)
{
  g_autoptr(GtkListStore) store = gtk_list_store_new (1, G_TYPE_STRING);
  g_autofree char *table = NULL;
  g_auto(GStrv) lines = NULL;
  GtkEntryCompletion *completion;

  /* The IANA zones, as tzdata lists them for people to choose from */
  if (g_file_get_contents (ZONE_TABLE, &table, NULL, NULL))
    lines = g_strsplit (table, "\n", -1);

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (fields) >= 3)
        gtk_list_store_insert_with_values (store, NULL, -1, 0, fields[2], -1);
    }
  gtk_list_store_insert_with_values (store, NULL, -1, 0, "UTC", -1);
  gtk_tree_sortable_set_sort_column_id (GTK_TREE_SORTABLE (store), 0, GTK_SORT_ASCENDING);

  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (store));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 2);

  return completion;
}

static void
tag_remove_clicked_cb (GtkButton           *button,
                       BylineMetadataPanel *self)
{
  byline_metadata_panel_remove_tag (self, g_object_get_data (G_OBJECT (button), "tag"));
}

static GtkWidget *
tag_chip_new (BylineMetadataPanel *self,
              const char          *tag)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (tag);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *remove_label = g_strdup_printf (_("Remove Tag “%s”"), tag);

  gtk_widget_add_css_class (box, "tag-chip");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "tag", g_strdup (tag), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (tag_remove_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), remove);

  return box;
}

void
_byline_metadata_panel_update_tags (BylineMetadataPanel *self)
{
  const char * const *tags = self->article ? byline_article_get_tags (self->article) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_flow_box_remove (self->tags_box, child);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    gtk_flow_box_append (self->tags_box, tag_chip_new (self, tags[i]));

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), tags != NULL && tags[0] != NULL);
}

/**
 * byline_metadata_panel_add_tags:
 * @text: one tag, or several separated by commas
 *
 * Adds the tags the article does not have yet, as typing them and
 * pressing Enter (or a comma) does.
 */
void
byline_metadata_panel_add_tags (BylineMetadataPanel *self,
                                const char          *text)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) tags = NULL;
  const char * const *current;

  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));

  if (self->article == NULL || text == NULL)
    return;

  builder = g_strv_builder_new ();
  current = byline_article_get_tags (self->article);
  g_strv_builder_addv (builder, (const char **) current);

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0' && !g_strv_contains (current, parts[i]))
        g_strv_builder_add (builder, parts[i]);
    }

  tags = g_strv_builder_end (builder);
  byline_article_set_tags (self->article, (const char * const *) tags);
}

void
byline_metadata_panel_remove_tag (BylineMetadataPanel *self,
                                  const char          *tag)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) tags = NULL;
  const char * const *current;

  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));

  if (self->article == NULL || tag == NULL)
    return;

  builder = g_strv_builder_new ();
  current = byline_article_get_tags (self->article);
  for (guint i = 0; current[i] != NULL; i++)
    {
      if (!g_str_equal (current[i], tag))
        g_strv_builder_add (builder, current[i]);
    }

  tags = g_strv_builder_end (builder);
  byline_article_set_tags (self->article, (const char * const *) tags);
}

static void
tag_entry_apply_cb (BylineMetadataPanel *self)
{
  byline_metadata_panel_add_tags (self, gtk_editable_get_text (GTK_EDITABLE (self->tag_entry_row)));
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry_row), "");
}

/* Tags typed but not yet ended by Enter or a comma are the article's too:
 * kept when the field loses the focus or another story is opened, not
 * left in the field to be lost */
void
_byline_metadata_panel_commit_tag_entry (BylineMetadataPanel *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry_row))));

  if (text[0] != '\0' && self->article != NULL)
    tag_entry_apply_cb (self);
}

/**
 * byline_metadata_panel_commit_pending:
 *
 * Puts what is typed but not yet taken (a tag without Enter or a comma)
 * into the article: the window calls it before it saves, so closing the
 * window with a tag in the field keeps the tag.
 */
void
byline_metadata_panel_commit_pending (BylineMetadataPanel *self)
{
  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));

  _byline_metadata_panel_commit_tag_entry (self);
}

/* A comma ends a tag, as Enter does */
static void
tag_entry_changed_cb (BylineMetadataPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tag_entry_row));
  const char *comma = strrchr (text, ',');
  g_autofree char *done = NULL;
  g_autofree char *rest = NULL;

  if (comma == NULL)
    return;

  done = g_strndup (text, comma - text);
  rest = g_strdup (comma + 1);
  byline_metadata_panel_add_tags (self, done);
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry_row), g_strchug (rest));
}

void
_byline_metadata_panel_update_image (BylineMetadataPanel *self)
{
  gboolean missing = byline_metadata_panel_get_alt_text_missing (self);
  const char *path = self->article ? byline_article_get_image_path (self->article) : "";
  g_autofree char *name = path[0] ? g_path_get_basename (path) : NULL;
  g_autofree char *dir = _byline_metadata_panel_images_dir ();
  g_autofree char *images_dir = g_strconcat (dir, G_DIR_SEPARATOR_S, NULL);
  gboolean shown = name != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR);

  /* The picture itself; a copy in the images folder has a name made of
   * its checksum, which says nothing: only other files are named */
  _byline_metadata_panel_show_image (self, shown ? path : NULL);
  gtk_picture_set_alternative_text (self->image_preview,
                                    self->article ? byline_article_get_image_alt (self->article) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->image_preview), shown);
  if (name == NULL)
    adw_action_row_set_subtitle (self->image_row, _("No image"));
  else
    adw_action_row_set_subtitle (self->image_row, shown && g_str_has_prefix (path, images_dir) ? "" : name);
  gtk_widget_set_visible (GTK_WIDGET (self->image_clear_button), name != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->alt_warning), missing);
  if (missing)
    gtk_widget_add_css_class (GTK_WIDGET (self->alt_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->alt_row), "warning");
}

static void
image_chooser_response_cb (BylineMetadataPanel  *self,
                           int                   response,
                           GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      byline_metadata_panel_set_image_file (self, file);
    }

  g_object_unref (chooser);
}

static void
image_choose_clicked_cb (BylineMetadataPanel *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose Featured Image"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), NULL);
  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (image_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
image_clear_clicked_cb (BylineMetadataPanel *self)
{
  /* A picture still being copied does not come back after this */
  _byline_metadata_panel_cancel_image (self);
  if (self->article != NULL)
    {
      byline_article_set_image_path (self->article, NULL);
      byline_article_set_image_media_id (self->article, 0);
    }
}

void
_byline_metadata_panel_fields_init (BylineMetadataPanel *self)
{
  g_autoptr(GtkEntryCompletion) completion = zone_completion_new ();
  GtkEventController *focus;
  GtkEventController *keys;

  gtk_entry_set_completion (self->zone_entry, completion);

  g_signal_connect_swapped (self->date_popover, "show", G_CALLBACK (date_popover_show_cb), self);
  g_signal_connect_swapped (self->date_popover, "closed", G_CALLBACK (date_popover_closed_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (date_popover_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->date_popover), keys);
  g_signal_connect_swapped (self->date_now_button, "clicked", G_CALLBACK (date_now_clicked_cb), self);
  g_signal_connect_swapped (self->date_apply_button, "clicked", G_CALLBACK (date_apply_clicked_cb), self);
  g_signal_connect_swapped (self->zone_entry, "activate", G_CALLBACK (date_apply_clicked_cb), self);
  g_signal_connect_swapped (self->tag_entry_row, "apply", G_CALLBACK (tag_entry_apply_cb), self);
  g_signal_connect_swapped (self->tag_entry_row, "entry-activated", G_CALLBACK (tag_entry_apply_cb), self);
  g_signal_connect_swapped (self->tag_entry_row, "changed", G_CALLBACK (tag_entry_changed_cb), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (_byline_metadata_panel_commit_tag_entry), self);
  gtk_widget_add_controller (GTK_WIDGET (self->tag_entry_row), focus);
  g_signal_connect_swapped (self->image_choose_button, "clicked", G_CALLBACK (image_choose_clicked_cb), self);
  g_signal_connect_swapped (self->image_clear_button, "clicked", G_CALLBACK (image_clear_clicked_cb), self);

  _byline_metadata_panel_update_tags (self);
}

/**
 * byline_metadata_panel_get_field:
 * @kind: `author` (the bylines), `tag` (the new-tag entry) or `section`
 *
 * Returns: (transfer none) (nullable): the text field for @kind
 */
GtkEditable *
byline_metadata_panel_get_field (BylineMetadataPanel *self,
                                 const char          *kind)
{
  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), NULL);

  if (g_strcmp0 (kind, "author") == 0)
    return GTK_EDITABLE (self->bylines_row);
  if (g_strcmp0 (kind, "tag") == 0)
    return GTK_EDITABLE (self->tag_entry_row);
  if (g_strcmp0 (kind, "section") == 0)
    return GTK_EDITABLE (self->section_row);
  return NULL;
}

/**
 * byline_metadata_panel_set_known_names:
 * @kind: `author`, `tag` or `section`
 * @names: (nullable): names to complete from (bylines and tags used
 *   before, the CMS's authors, tags and categories)
 */
void
byline_metadata_panel_set_known_names (BylineMetadataPanel *self,
                                       const char          *kind,
                                       const char * const  *names)
{
  GtkEditable *field;
  BylineCompletion *completion;

  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));

  if ((field = byline_metadata_panel_get_field (self, kind)) == NULL)
    return;

  completion = g_object_get_data (G_OBJECT (field), "byline-completion");
  if (completion == NULL)
    {
      completion = byline_completion_attach (field, g_str_equal (kind, "author") || g_str_equal (kind, "tag"));
      /* A suggested tag taken with Enter, Tab or a click is a tag: typing
       * on starts the next one (it was appended to the suggestion) */
      if (g_str_equal (kind, "tag"))
        g_signal_connect_object (completion, "accepted", G_CALLBACK (tag_entry_apply_cb), self, G_CONNECT_SWAPPED);
    }
  byline_completion_set_names (completion, names);
}
