/* byline-metadata-panel-links.c: the CMS accounts the story is linked to,
 * with its address there and when it was last published
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-metadata-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-metadata-panel-private.h"

/* "2026-01-01T10:00:00" (the site's time, GMT) in the user's time zone */
static char *
format_published (const char *remote_modified)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (remote_modified == NULL || remote_modified[0] == '\0' ||
      !(when = g_date_time_new_from_iso8601 (remote_modified, utc)))
    return NULL;

  local = g_date_time_to_local (when);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * byline_metadata_panel_update_links:
 *
 * Shows the article's links to CMS accounts again (after publishing, which
 * changes them without a notification).
 */
void
byline_metadata_panel_update_links (BylineMetadataPanel *self)
{
  GPtrArray *links;

  g_return_if_fail (BYLINE_IS_METADATA_PANEL (self));

  for (guint i = 0; i < self->link_rows->len; i++)
    adw_preferences_group_remove (self->links_group, g_ptr_array_index (self->link_rows, i));
  g_ptr_array_set_size (self->link_rows, 0);

  links = self->article ? byline_article_get_links (self->article) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->links_group), links != NULL && links->len > 0);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const BylineArticleLink *link = g_ptr_array_index (links, i);
      g_autofree char *published = format_published (link->remote_modified);
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (published != NULL)
        /* Translators: %s is a date and time, "2026-11-28 09:30" */
        when = g_strdup_printf (_("Last published %s"), published);
      subtitle = g_markup_printf_escaped ("%s%s%s", link->url ? link->url : "",
                                          link->url && when ? "\n" : "", when ? when : "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), link->account);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->links_group, row);
      g_ptr_array_add (self->link_rows, row);
    }
}

/**
 * byline_metadata_panel_get_link_rows:
 *
 * Returns: (transfer none) (element-type AdwActionRow): one row per CMS
 *   account the article is linked to
 */
GPtrArray *
byline_metadata_panel_get_link_rows (BylineMetadataPanel *self)
{
  g_return_val_if_fail (BYLINE_IS_METADATA_PANEL (self), NULL);

  return self->link_rows;
}
