/* byline-metadata-panel-section.c: the section, chosen from the CMS's
 * categories once an account has them, typed in before
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-metadata-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-metadata-panel-private.h"

/* The combo lists "No Section", the categories, and the article's section
 * when it is none of them (written before the account existed) */
void
_byline_metadata_panel_update_section (BylineMetadataPanel *self)
{
  const char *section = self->article ? byline_article_get_section (self->article) : "";
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  gboolean have_categories = self->categories != NULL && self->categories[0] != NULL;
  guint selected = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->section_combo_row), have_categories);
  gtk_widget_set_visible (GTK_WIDGET (self->section_row), !have_categories);
  if (!have_categories)
    return;

  g_strv_builder_add (builder, _("No Section"));
  for (guint i = 0; self->categories[i] != NULL; i++)
    {
      g_strv_builder_add (builder, self->categories[i]);
      if (g_str_equal (self->categories[i], section))
        selected = i + 1;
    }
  if (selected == 0 && section[0] != '\0')
    {
      g_strv_builder_add (builder, section);
      selected = g_strv_length (self->categories) + 1;
    }
  items = g_strv_builder_end (builder);

  self->updating = TRUE;
  gtk_string_list_splice (self->section_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->section_model)),
                          (const char * const *) items);
  adw_combo_row_set_selected (self->section_combo_row, selected);
  self->updating = FALSE;
}

static void
section_selected_cb (BylineMetadataPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->section_combo_row);

  if (self->updating || self->article == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  byline_article_set_section (self->article, selected == 0 ? "" :
                              gtk_string_list_get_string (self->section_model, selected));
}

void
_byline_metadata_panel_section_init (BylineMetadataPanel *self)
{
  g_signal_connect_object (self->section_combo_row, "notify::selected",
                           G_CALLBACK (section_selected_cb), self, G_CONNECT_SWAPPED);
}

/**
 * byline_metadata_panel_set_categories:
 * @categories: (nullable): the CMS accounts' categories, sorted
 *
 * With categories, the section is chosen from them (a combo); without,
 * typed in.
 */
void
byline_metadata_panel_set_categories (BylineMetadataPanel *self,
                                      const char * const  *categories)
{
  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));

  if (self->categories != NULL && categories != NULL &&
      g_strv_equal ((const char * const *) self->categories, categories))
    return;

  g_strfreev (self->categories);
  self->categories = g_strdupv ((char **) categories);
  _byline_metadata_panel_update_section (self);
}

/**
 * byline_metadata_panel_get_section_combo:
 *
 * Returns: (transfer none): the row choosing the section from the
 *   categories (shown only when there are some)
 */
AdwComboRow *
byline_metadata_panel_get_section_combo (BylineMetadataPanel *self)
{
  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), NULL);

  return self->section_combo_row;
}
