/* byline-metadata-panel.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-metadata-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-languages.h"
#include "byline-metadata-panel-private.h"
#include "byline-slug.h"
#include "byline-ui.h"

G_DEFINE_FINAL_TYPE (BylineMetadataPanel, byline_metadata_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * byline_metadata_panel_dup_status_label:
 *
 * Returns: (transfer full): the status as the newsroom says it: "In Review"
 */
char *
byline_metadata_panel_dup_status_label (BylineArticleStatus status)
{
  switch (status)
    {
    case BYLINE_ARTICLE_STATUS_IN_REVIEW:
      return g_strdup (_("In Review"));
    case BYLINE_ARTICLE_STATUS_READY:
      return g_strdup (_("Ready"));
    case BYLINE_ARTICLE_STATUS_SCHEDULED:
      return g_strdup (_("Scheduled"));
    case BYLINE_ARTICLE_STATUS_PUBLISHED:
      return g_strdup (_("Published"));
    case BYLINE_ARTICLE_STATUS_ARCHIVED:
      return g_strdup (_("Archived"));
    case BYLINE_ARTICLE_STATUS_DRAFT:
    default:
      return g_strdup (_("Draft"));
    }
}

static char *
buffer_dup_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer_text (BylineMetadataPanel *self,
                 GtkTextView         *view,
                 const char          *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *current = buffer_dup_text (buffer);

  if (g_strcmp0 (current, text) == 0)
    return;

  self->updating = TRUE;
  gtk_text_buffer_set_text (buffer, text, -1);
  self->updating = FALSE;
}

static void
set_row_text (BylineMetadataPanel *self,
              AdwEntryRow         *row,
              const char          *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
    return;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  self->updating = FALSE;
}

static void
update_excerpt_meter (BylineMetadataPanel *self)
{
  guint limit = g_settings_get_uint (self->settings, "excerpt-limit");
  guint length = gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (self->excerpt_view));
  /* Translators: characters used of the house limit, "62 / 80"; %Iu writes the locale's digits */
  g_autofree char *label = g_strdup_printf (_("%u / %u"), length, limit);

  gtk_level_bar_set_value (self->excerpt_meter, MIN (1.0, (double) length / MAX (limit, 1)));
  gtk_label_set_label (self->excerpt_count_label, label);
  if (length > limit)
    gtk_widget_add_css_class (GTK_WIDGET (self->excerpt_count_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->excerpt_count_label), "error");
}

static void
update_spelling (BylineMetadataPanel *self)
{
  const char *language = self->article ? byline_article_get_language (self->article) : NULL;
  gboolean warn = FALSE;

  g_clear_pointer (&self->spelling_text, g_free);

  if (self->spell_checker == NULL)
    self->spelling_text = g_strdup ("");
  else if (!byline_spell_checker_get_enabled (self->spell_checker))
    self->spelling_text = g_strdup (_("Spell checking is off in Preferences"));
  else if (byline_spell_checker_get_available (self->spell_checker))
    self->spelling_text = g_strdup_printf (_("Checked with the %s dictionary"),
                                           byline_spell_checker_get_dictionary (self->spell_checker));
  else
    {
      /* Translators: %s is a language name, "Persian" */
      self->spelling_text = g_strdup_printf (_("No spelling dictionary for %s"),
                                             byline_language_get_name (language ? language : ""));
      warn = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->spelling_row), self->spell_checker != NULL);
  adw_action_row_set_subtitle (self->spelling_row, self->spelling_text);
  gtk_image_set_from_icon_name (self->spelling_icon, warn ? "dialog-warning-symbolic" :
                                "object-select-symbolic");
  if (warn)
    gtk_widget_add_css_class (GTK_WIDGET (self->spelling_icon), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->spelling_icon), "warning");
}

static void
update_language (BylineMetadataPanel *self)
{
  const char *language = byline_article_get_language (self->article);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->language_model));
  guint found = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n && found == GTK_INVALID_LIST_POSITION; i++)
    {
      if (g_strcmp0 (byline_languages_code_at (self->language_model, i), language) == 0)
        found = i;
    }

  self->updating = TRUE;
  if (found == GTK_INVALID_LIST_POSITION && language[0] != '\0')
    {
      gtk_string_list_append (self->language_model, language);
      found = n;
    }
  adw_combo_row_set_selected (self->language_row, found);
  gtk_switch_set_active (self->rtl_switch,
                         byline_article_get_direction (self->article) == BYLINE_TEXT_DIRECTION_RTL);
  self->updating = FALSE;

  update_spelling (self);
}

static void
set_slug_from_headline (BylineMetadataPanel *self)
{
  g_autofree char *slug = byline_slugify (byline_article_get_headline (self->article), 0);

  byline_article_set_slug (self->article, slug);
  set_row_text (self, self->slug_row, slug);
}

static void
update_bylines (BylineMetadataPanel *self)
{
  g_autofree char *text = g_strjoinv (", ", (char **) byline_article_get_bylines (self->article));
  g_auto(GStrv) parsed = NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  g_auto(GStrv) current = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->bylines_row)), ",", -1);

  /* Leave the row alone while it already says the same ("Ann, " while typing) */
  for (guint i = 0; current[i]; i++)
    {
      g_strstrip (current[i]);
      if (current[i][0])
        g_strv_builder_add (builder, current[i]);
    }
  parsed = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  if (!g_strv_equal ((const char * const *) parsed, byline_article_get_bylines (self->article)))
    set_row_text (self, self->bylines_row, text);
}

static void
article_notify_cb (BylineMetadataPanel *self,
                   GParamSpec          *pspec,
                   BylineArticle       *article)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "headline"))
    {
      if (self->slug_follows_headline)
        set_slug_from_headline (self);
    }
  else if (g_str_equal (name, "slug"))
    set_row_text (self, self->slug_row, byline_article_get_slug (article));
  else if (g_str_equal (name, "bylines"))
    update_bylines (self);
  else if (g_str_equal (name, "tags"))
    _byline_metadata_panel_update_tags (self);
  else if (g_str_equal (name, "section"))
    _byline_metadata_panel_update_section (self);
  else if (g_str_equal (name, "date") || g_str_equal (name, "time-zone"))
    _byline_metadata_panel_update_date (self);
  else if (g_str_equal (name, "excerpt"))
    set_buffer_text (self, self->excerpt_view, byline_article_get_excerpt (article));
  else if (g_str_equal (name, "note"))
    set_buffer_text (self, self->note_view, byline_article_get_note (article));
  else if (g_str_equal (name, "language") || g_str_equal (name, "direction"))
    update_language (self);
  else if (g_str_equal (name, "status"))
    {
      /* Out now: the story's address stays (see below) */
      if (byline_article_is_public (article))
        self->slug_follows_headline = FALSE;
      self->updating = TRUE;
      adw_combo_row_set_selected (self->status_row, byline_article_get_status (article));
      self->updating = FALSE;
    }
  else if (g_str_equal (name, "image-path") || g_str_equal (name, "image-alt"))
    _byline_metadata_panel_update_image (self);
}

static gboolean
refill_slug_cb (gpointer user_data)
{
  BylineMetadataPanel *self = user_data;

  if (self->article != NULL && self->slug_follows_headline &&
      gtk_editable_get_text (GTK_EDITABLE (self->slug_row))[0] == '\0')
    set_row_text (self, self->slug_row, byline_article_get_slug (self->article));

  return G_SOURCE_REMOVE;
}

static void
slug_changed_cb (BylineMetadataPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->slug_row));

  if (self->updating || self->article == NULL)
    return;

  /* The user took the slug over; clearing it hands it back to the headline.
   * (An empty row is also the middle of gtk_editable_set_text(), which
   * deletes before it inserts: fill the row later, not now.) */
  if (text[0] == '\0')
    {
      g_autofree char *slug = byline_slugify (byline_article_get_headline (self->article), 0);

      self->slug_follows_headline = TRUE;
      byline_article_set_slug (self->article, slug);
      g_idle_add_full (G_PRIORITY_DEFAULT, refill_slug_cb, g_object_ref (self), g_object_unref);
      return;
    }

  self->slug_follows_headline = FALSE;
  byline_article_set_slug (self->article, text);
}

static void
slug_reset_clicked_cb (BylineMetadataPanel *self)
{
  if (self->article == NULL)
    return;

  /* (a published story's slug is made once: it goes on not following) */
  self->slug_follows_headline = !byline_article_is_public (self->article);
  set_slug_from_headline (self);
}

static void
bylines_changed_cb (BylineMetadataPanel *self)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) bylines = NULL;

  if (self->updating || self->article == NULL)
    return;

  builder = g_strv_builder_new ();
  parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->bylines_row)), ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0])
        g_strv_builder_add (builder, parts[i]);
    }
  bylines = g_strv_builder_end (builder);
  byline_article_set_bylines (self->article, (const char * const *) bylines);
}

static void
text_view_changed_cb (BylineMetadataPanel *self,
                      GtkTextBuffer       *buffer)
{
  g_autofree char *text = NULL;

  if (buffer == gtk_text_view_get_buffer (self->excerpt_view))
    update_excerpt_meter (self);

  if (self->updating || self->article == NULL)
    return;

  text = buffer_dup_text (buffer);
  if (buffer == gtk_text_view_get_buffer (self->excerpt_view))
    byline_article_set_excerpt (self->article, text);
  else
    byline_article_set_note (self->article, text);
}

static void
status_selected_cb (BylineMetadataPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || self->article == NULL || selected > BYLINE_ARTICLE_STATUS_LAST)
    return;

  byline_article_set_status (self->article, selected);
}

/* Choosing a language sets the direction it is written in (and so the
 * editor's direction and spelling dictionary follow). */
static void
language_selected_cb (BylineMetadataPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);
  const char *code;

  if (self->updating || self->article == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  code = byline_languages_code_at (self->language_model, selected);
  byline_article_set_language (self->article, code);
  byline_article_set_direction (self->article, byline_text_direction_for_language (code));
}

static void
rtl_active_cb (BylineMetadataPanel *self)
{
  if (self->updating || self->article == NULL)
    return;

  byline_article_set_direction (self->article, gtk_switch_get_active (self->rtl_switch) ?
                                BYLINE_TEXT_DIRECTION_RTL : BYLINE_TEXT_DIRECTION_LTR);
}

static void
settings_changed_cb (BylineMetadataPanel *self,
                     const char          *key)
{
  if (g_str_equal (key, "excerpt-limit"))
    update_excerpt_meter (self);
}

/* The window closed: a picture still being copied is dropped */
static void
byline_metadata_panel_unroot (GtkWidget *widget)
{
  _byline_metadata_panel_cancel_image (BYLINE_METADATA_PANEL (widget));
  GTK_WIDGET_CLASS (byline_metadata_panel_parent_class)->unroot (widget);
}

static void
byline_metadata_panel_dispose (GObject *object)
{
  BylineMetadataPanel *self = (BylineMetadataPanel *)object;

  byline_metadata_panel_set_article (self, NULL);
  byline_metadata_panel_set_spell_checker (self, NULL);
  _byline_metadata_panel_cancel_image (self);

  /* AdwBin's dispose unparents the template's root, and with it every
   * template child; gtk_widget_dispose_template() would free them under
   * AdwBin's feet. */

  G_OBJECT_CLASS (byline_metadata_panel_parent_class)->dispose (object);
}

static void
byline_metadata_panel_finalize (GObject *object)
{
  BylineMetadataPanel *self = (BylineMetadataPanel *)object;

  g_free (self->date_shown);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->link_rows, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_free (self->spelling_text);
  g_free (self->thumb_path);
  g_free (self->thumb_loading);
  g_clear_object (&self->thumb);

  G_OBJECT_CLASS (byline_metadata_panel_parent_class)->finalize (object);
}

static void
byline_metadata_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BylineMetadataPanel *self = BYLINE_METADATA_PANEL (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_metadata_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BylineMetadataPanel *self = BYLINE_METADATA_PANEL (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      byline_metadata_panel_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A flap is given its natural width: make that the width the user chose
 * (the width request, from GSettings), not what the rows would like. */
static void
byline_metadata_panel_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  int width;

  GTK_WIDGET_CLASS (byline_metadata_panel_parent_class)->measure (widget, orientation, for_size,
                                                                  minimum, natural,
                                                                  minimum_baseline, natural_baseline);

  gtk_widget_get_size_request (widget, &width, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL && width > 0)
    *natural = MAX (*minimum, width);
}

static void
byline_metadata_panel_class_init (BylineMetadataPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_metadata_panel_dispose;
  object_class->finalize = byline_metadata_panel_finalize;
  object_class->get_property = byline_metadata_panel_get_property;
  object_class->set_property = byline_metadata_panel_set_property;

  widget_class->measure = byline_metadata_panel_measure;
  widget_class->unroot = byline_metadata_panel_unroot;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, BYLINE_TYPE_ARTICLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-metadata-panel.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, BylineMetadataPanel, name)
  BIND (status_row);
  BIND (status_model);
  BIND (slug_row);
  BIND (slug_reset_button);
  BIND (section_row);
  BIND (section_combo_row);
  BIND (links_group);
  BIND (section_model);
  BIND (bylines_row);
  BIND (dateline_row);
  BIND (date_row);
  BIND (date_button);
  BIND (date_popover);
  BIND (calendar);
  BIND (hour_spin);
  BIND (minute_spin);
  BIND (zone_entry);
  BIND (date_now_button);
  BIND (date_apply_button);
  BIND (tag_entry_row);
  BIND (tags_box);
  BIND (excerpt_view);
  BIND (excerpt_meter);
  BIND (excerpt_count_label);
  BIND (language_row);
  BIND (language_model);
  BIND (rtl_row);
  BIND (rtl_switch);
  BIND (spelling_row);
  BIND (spelling_icon);
  BIND (image_row);
  BIND (image_preview);
  BIND (image_clear_button);
  BIND (image_choose_button);
  BIND (alt_row);
  BIND (alt_warning);
  BIND (caption_row);
  BIND (note_view);
#undef BIND
}

static void
byline_metadata_panel_init (BylineMetadataPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->bindings = g_ptr_array_new ();
  self->slug_follows_headline = TRUE;

  for (guint i = 0; i <= BYLINE_ARTICLE_STATUS_LAST; i++)
    {
      g_autofree char *label = byline_metadata_panel_dup_status_label (i);

      gtk_string_list_append (self->status_model, label);
    }
  byline_languages_fill (self->language_model);

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->slug_row, "changed", G_CALLBACK (slug_changed_cb), self);
  g_signal_connect_swapped (self->slug_reset_button, "clicked", G_CALLBACK (slug_reset_clicked_cb), self);
  g_signal_connect_swapped (self->bylines_row, "changed", G_CALLBACK (bylines_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->excerpt_view), "changed",
                            G_CALLBACK (text_view_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed",
                            G_CALLBACK (text_view_changed_cb), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (language_selected_cb), self);
  g_signal_connect_swapped (self->rtl_switch, "notify::active", G_CALLBACK (rtl_active_cb), self);

  _byline_metadata_panel_fields_init (self);
  _byline_metadata_panel_section_init (self);
  self->link_rows = g_ptr_array_new ();
  update_excerpt_meter (self);
  update_spelling (self);
  _byline_metadata_panel_update_image (self);
}

BylineMetadataPanel *
byline_metadata_panel_new (void)
{
  return g_object_new (BYLINE_TYPE_METADATA_PANEL, NULL);
}

BylineArticle *
byline_metadata_panel_get_article (BylineMetadataPanel *self)
{
  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), NULL);

  return self->article;
}

/**
 * byline_metadata_panel_set_article:
 * @article: (nullable): the article whose details to show and edit
 */
void
byline_metadata_panel_set_article (BylineMetadataPanel *self,
                                   BylineArticle       *article)
{
  static const struct {
    const char *property;
    gsize       row_offset;
  } text_rows[] = {
    { "section", G_STRUCT_OFFSET (BylineMetadataPanel, section_row) },
    { "dateline", G_STRUCT_OFFSET (BylineMetadataPanel, dateline_row) },
    { "image-alt", G_STRUCT_OFFSET (BylineMetadataPanel, alt_row) },
    { "image-caption", G_STRUCT_OFFSET (BylineMetadataPanel, caption_row) },
  };
  g_autofree char *expected_slug = NULL;

  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));
  g_return_if_fail (!article || BYLINE_IS_ARTICLE (article));

  if (self->article == article)
    return;

  /* A picture chosen for the story shown until now is not this one's */
  _byline_metadata_panel_cancel_image (self);
  _byline_metadata_panel_commit_tag_entry (self);
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);
  if (self->article != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->article, article_notify_cb, self);
      g_signal_handlers_disconnect_by_func (self->article, byline_metadata_panel_update_links, self);
    }

  g_set_object (&self->article, article);

  if (article != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
        {
          GObject *row = G_STRUCT_MEMBER (GObject *, self, text_rows[i].row_offset);

          g_ptr_array_add (self->bindings,
                           g_object_bind_property (article, text_rows[i].property, row, "text",
                                                   G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL));
        }
      g_signal_connect_object (article, "notify", G_CALLBACK (article_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (article, "links-changed", G_CALLBACK (byline_metadata_panel_update_links),
                               self, G_CONNECT_SWAPPED);

      /* A slug that is what the headline makes (or none) keeps following
       * the headline; one the user wrote stays, and so does a published or
       * scheduled story's (its address; the reset button still makes a
       * new one from the headline). */
      expected_slug = byline_slugify (byline_article_get_headline (article), 0);
      self->slug_follows_headline = !byline_article_is_public (article) &&
                                    (byline_article_get_slug (article)[0] == '\0' ||
                                     g_str_equal (byline_article_get_slug (article), expected_slug));
      set_row_text (self, self->slug_row, byline_article_get_slug (article));
      if (self->slug_follows_headline)
        set_slug_from_headline (self);

      update_bylines (self);
      set_buffer_text (self, self->excerpt_view, byline_article_get_excerpt (article));
      set_buffer_text (self, self->note_view, byline_article_get_note (article));
      self->updating = TRUE;
      adw_combo_row_set_selected (self->status_row, byline_article_get_status (article));
      self->updating = FALSE;
      update_language (self);
      _byline_metadata_panel_update_tags (self);
      _byline_metadata_panel_update_date (self);
      _byline_metadata_panel_update_image (self);
      _byline_metadata_panel_update_section (self);
    }
  byline_metadata_panel_update_links (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

static void
spell_checker_notify_cb (BylineMetadataPanel *self)
{
  update_spelling (self);
}

/**
 * byline_metadata_panel_set_spell_checker:
 * @checker: (nullable): the editor's spell checker, whose state the panel
 *   reports under the language
 */
void
byline_metadata_panel_set_spell_checker (BylineMetadataPanel *self,
                                         BylineSpellChecker  *checker)
{
  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));

  if (self->spell_checker == checker)
    return;

  if (self->spell_checker != NULL)
    g_signal_handlers_disconnect_by_func (self->spell_checker, spell_checker_notify_cb, self);
  g_set_object (&self->spell_checker, checker);
  if (checker != NULL)
    g_signal_connect_object (checker, "notify", G_CALLBACK (spell_checker_notify_cb), self,
                             G_CONNECT_SWAPPED);
  update_spelling (self);
}

gboolean
byline_metadata_panel_get_slug_follows_headline (BylineMetadataPanel *self)
{
  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), FALSE);

  return self->slug_follows_headline;
}

/**
 * byline_metadata_panel_get_spelling_text:
 *
 * Returns: what the panel says about spell checking for the article's
 *   language, e.g. "No spelling dictionary for Persian"
 */
const char *
byline_metadata_panel_get_spelling_text (BylineMetadataPanel *self)
{
  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), NULL);

  return self->spelling_text;
}

/**
 * byline_metadata_panel_get_alt_text_missing:
 *
 * Returns: whether the article has a featured image without alt text
 */
gboolean
byline_metadata_panel_get_alt_text_missing (BylineMetadataPanel *self)
{
  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), FALSE);

  if (self->article == NULL)
    return FALSE;

  if (byline_article_get_image_path (self->article)[0] == '\0')
    return FALSE;

  for (const char *p = byline_article_get_image_alt (self->article); *p; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}
