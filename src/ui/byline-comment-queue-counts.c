/* byline-comment-queue-counts.c: how many comments wait, on the queue buttons
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Pending and Likely Spam buttons carry how many comments each holds
 * (of the site chosen, or of every site), so an editor sees what waits
 * without opening the queue. The counts are counted a moment after the
 * comments change (a sync, a moderation, another site), once for a
 * burst of changes: a moderation itself never waits for them.
 */

#define G_LOG_DOMAIN "byline-comments"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-comment-queue-private.h"

#define COUNT_DELAY_MS 150

static void
show_count (GtkWidget  *button,
            GtkLabel   *label,
            gint64      n)
{
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  if (n <= 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  text = g_strdup_printf ("%'" G_GINT64_FORMAT, n);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s comment", "%s comments", (gulong) n), text);
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static gboolean
count_cb (gpointer user_data)
{
  BylineCommentQueue *self = user_data;
  BylineCommentQuery pending = BYLINE_COMMENT_QUERY_INIT;
  BylineCommentQuery likely = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  gint64 n_pending = 0, n_likely = 0;

  self->count_id = 0;
  if (self->store == NULL)
    return G_SOURCE_REMOVE;

  pending.account = likely.account = self->site;
  pending.status = "hold";
  likely.likely_spam = TRUE;
  if ((n_pending = byline_store_count_comments (self->store, &pending, &error)) < 0 ||
      (n_likely = byline_store_count_comments (self->store, &likely, &error)) < 0)
    {
      g_warning ("Could not count the comments: %s", error->message);
      return G_SOURCE_REMOVE;
    }
  show_count (self->pending_button, self->pending_count_label, n_pending);
  show_count (self->likely_button, self->likely_count_label, n_likely);
  self->pending_count = n_pending;
  self->likely_count = n_likely;
  return G_SOURCE_REMOVE;
}

/**
 * _byline_comment_queue_count_later:
 *
 * Counts the waiting comments again shortly (the comments changed).
 */
void
_byline_comment_queue_count_later (BylineCommentQueue *self)
{
  g_clear_handle_id (&self->count_id, g_source_remove);
  if (self->store != NULL)
    self->count_id = g_timeout_add (COUNT_DELAY_MS, count_cb, self);
}

/**
 * _byline_comment_queue_cancel_count:
 */
void
_byline_comment_queue_cancel_count (BylineCommentQueue *self)
{
  g_clear_handle_id (&self->count_id, g_source_remove);
}

/**
 * byline_comment_queue_get_waiting:
 * @queue: "hold" or "likely-spam"
 *
 * Returns: the count the queue's button shows (0: none shown), or -1 for
 *   another queue
 */
gint64
byline_comment_queue_get_waiting (BylineCommentQueue *self,
                                  const char         *queue)
{
  g_return_val_if_fail (BYLINE_IS_COMMENT_QUEUE (self), -1);

  if (g_strcmp0 (queue, "hold") == 0)
    return gtk_widget_get_visible (GTK_WIDGET (self->pending_count_label)) ? self->pending_count : 0;
  if (g_strcmp0 (queue, "likely-spam") == 0)
    return gtk_widget_get_visible (GTK_WIDGET (self->likely_count_label)) ? self->likely_count : 0;
  return -1;
}
