/* byline-comment-queue-marks.c: the comments marked for a bulk action
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `x`, shift-click, ctrl-click and Select All mark comments; Shift+A/S/D
 * act on them (or, with none marked, on the one under the cursor). Every
 * comment of the filtered list is marked by a flag, not by 100,000 ids.
 */

#define G_LOG_DOMAIN "byline-comment-queue"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-comment-queue-private.h"
#include "byline-comment-row.h"

/* "3 of 120 selected", or how many the list has */
void
_byline_comment_queue_update_selection_label (BylineCommentQueue *self)
{
  guint total = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  guint64 n = self->all_marked ? total : g_hash_table_size (self->marked);
  g_autofree char *text = NULL;

  if (n > 0)
    /* Translators: selected comments of all in the list */
    text = g_strdup_printf (_("%u of %u selected"), (guint) n, total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u comment", "%u comments", total), total);
  gtk_label_set_text (self->selection_label, text);
}

/**
 * _byline_comment_queue_targets:
 * @selection: the selection (bulk) rather than the cursor
 *
 * Returns: (transfer full) (element-type gint64): the comments to act on
 */
GArray *
_byline_comment_queue_targets (BylineCommentQueue *self,
                               gboolean            selection)
{
  GArray *ids = NULL;

  if (selection && self->all_marked)
    {
      g_autoptr(GError) error = NULL;

      ids = byline_store_comment_ids (self->store, byline_comment_list_get_query (self->list), &error);
      if (ids == NULL)
        g_warning ("Could not list the comments: %s", error->message);
    }
  if (ids == NULL)
    ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (selection && !self->all_marked)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->marked);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_array_append_val (ids, *(gint64 *) key);
    }
  if (ids->len == 0)
    {
      g_autoptr(BylineComment) comment = byline_comment_queue_get_current (self);

      if (comment != NULL)
        {
          gint64 id = byline_comment_get_id (comment);

          g_array_append_val (ids, id);
        }
    }
  return ids;
}

gboolean
_byline_comment_queue_is_marked (BylineCommentQueue *self,
                                 gint64              id)
{
  return self->all_marked || g_hash_table_contains (self->marked, &id);
}

/* Shows the marks on the rows on screen. */
void
_byline_comment_queue_refresh_marks (BylineCommentQueue *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      BylineComment *comment;

      if (BYLINE_IS_COMMENT_ROW (row) && (comment = byline_comment_row_get_comment (BYLINE_COMMENT_ROW (row))))
        byline_comment_row_set_marked (BYLINE_COMMENT_ROW (row),
                                       _byline_comment_queue_is_marked (self, byline_comment_get_id (comment)));
    }
  _byline_comment_queue_update_selection_label (self);
}

gboolean
_byline_comment_queue_marking (BylineCommentQueue *self)
{
  return self->all_marked || g_hash_table_size (self->marked) > 0;
}

void
_byline_comment_queue_clear_marks (BylineCommentQueue *self)
{
  self->all_marked = FALSE;
  g_hash_table_remove_all (self->marked);
  _byline_comment_queue_refresh_marks (self);
}

/**
 * _byline_comment_queue_toggle_mark:
 * @id: a comment; 0 marks every comment in the list
 */
void
_byline_comment_queue_toggle_mark (BylineCommentQueue *self,
                                   gint64              id,
                                   gboolean            on)
{
  if (id == 0)
    {
      g_hash_table_remove_all (self->marked);
      self->all_marked = on;
    }
  else if (on)
    g_hash_table_add (self->marked, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->marked, &id);
  _byline_comment_queue_refresh_marks (self);
}

void
_byline_comment_queue_mark_range (BylineCommentQueue *self,
                                  guint               from,
                                  guint               to)
{
  for (guint i = MIN (from, to); i <= MAX (from, to); i++)
    {
      g_autoptr(BylineComment) comment = g_list_model_get_item (G_LIST_MODEL (self->list), i);

      if (comment != NULL)
        {
          gint64 id = byline_comment_get_id (comment);

          g_hash_table_add (self->marked, g_memdup2 (&id, sizeof id));
        }
    }
  _byline_comment_queue_refresh_marks (self);
}
