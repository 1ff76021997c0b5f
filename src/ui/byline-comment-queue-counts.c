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
 * burst of changes and once the list stops scrolling, in a worker
 * thread: a moderation or a scroll never waits for them.
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

typedef struct
{
  BylineStore *store;
  char        *account;
  gint64       pending;
  gint64       likely;
} Count;

static void
count_free (Count *count)
{
  g_clear_object (&count->store);
  g_free (count->account);
  g_free (count);
}

/* In a worker thread: the scroll and the keys go on meanwhile (counting
 * 100,000 comments' index takes a millisecond or two, more when the
 * disk has not read it yet) */
static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Count *count = task_data;
  BylineCommentQuery pending = BYLINE_COMMENT_QUERY_INIT;
  BylineCommentQuery likely = BYLINE_COMMENT_QUERY_INIT;
  GError *error = NULL;

  pending.account = likely.account = count->account;
  pending.status = "hold";
  likely.likely_spam = TRUE;
  if ((count->pending = byline_store_count_comments (count->store, &pending, &error)) < 0 ||
      (count->likely = byline_store_count_comments (count->store, &likely, &error)) < 0)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
counted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (object);
  Count *count = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not count the comments: %s", error->message);
      return;
    }
  /* (a later count is on its way: it has the newer figures) */
  if (GPOINTER_TO_UINT (user_data) != self->count_generation)
    return;
  show_count (self->pending_button, self->pending_count_label, count->pending);
  show_count (self->likely_button, self->likely_count_label, count->likely);
  self->pending_count = count->pending;
  self->likely_count = count->likely;
}

static gboolean
count_cb (gpointer user_data)
{
  BylineCommentQueue *self = user_data;
  g_autoptr(GTask) task = NULL;
  Count *count;

  self->count_id = 0;
  if (self->store == NULL)
    return G_SOURCE_REMOVE;

  count = g_new0 (Count, 1);
  count->store = g_object_ref (self->store);
  count->account = g_strdup (self->site);
  task = g_task_new (self, self->cancellable, counted_cb, GUINT_TO_POINTER (++self->count_generation));
  g_task_set_source_tag (task, count_cb);
  g_task_set_task_data (task, count, (GDestroyNotify) count_free);
  g_task_run_in_thread (task, count_thread);
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

/* Counting waits for the scrolling to stop: a count due is put off
 * while the list moves */
static void
scrolled_cb (BylineCommentQueue *self)
{
  if (self->count_id != 0)
    _byline_comment_queue_count_later (self);
}

void
_byline_comment_queue_init_counts (BylineCommentQueue *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->list_view), GTK_TYPE_SCROLLED_WINDOW);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
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
    return self->pending_count;
  if (g_strcmp0 (queue, "likely-spam") == 0)
    return self->likely_count;
  return -1;
}
