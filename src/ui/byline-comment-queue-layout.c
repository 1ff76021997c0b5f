/* byline-comment-queue-layout.c: the comment queue's status bar and its
 * narrow layout
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-queue"

#include "config.h"

#include "byline-comment-queue-private.h"

void
_byline_comment_queue_show_status (BylineCommentQueue *self,
                                   const char         *message,
                                   gboolean            busy)
{
  self->send_status = FALSE;
  gtk_label_set_text (self->status_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  /* Cancel while busy, Dismiss once done: both at once was also a bar
   * GTK 4.8 measured a pixel taller for a width than for none (their
   * baselines differ by one), a critical in the log */
  gtk_widget_set_visible (self->cancel_button, busy);
  gtk_widget_set_visible (self->dismiss_button, !busy);
  gtk_revealer_set_reveal_child (self->status_revealer, message != NULL);
}

/* A narrow window shows the list or the detail pane, not both: a click or
 * Enter on a comment opens its detail, Back (Alt+Left, a swipe) returns. */
static void
update_back_button (BylineCommentQueue *self)
{
  gboolean on_detail = adw_leaflet_get_folded (self->leaflet) &&
                       adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->detail);

  gtk_widget_set_visible (self->back_button, on_detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "queue.back", on_detail);
}

/* Narrow, the search goes under the queues, in sight. (After the frame:
 * the leaflet folds while it is being allocated.) */
static gboolean
update_toolbar_cb (gpointer user_data)
{
  BylineCommentQueue *self = user_data;

  if (self->toolbar != NULL && self->leaflet != NULL)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar), adw_leaflet_get_folded (self->leaflet)
                                                                     ? GTK_ORIENTATION_VERTICAL
                                                                     : GTK_ORIENTATION_HORIZONTAL);
  return G_SOURCE_REMOVE;
}

static void
folded_cb (BylineCommentQueue *self)
{
  update_back_button (self);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_toolbar_cb, g_object_ref (self), g_object_unref);
}

void
_byline_comment_queue_show_detail (BylineCommentQueue *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

void
_byline_comment_queue_init_fold (BylineCommentQueue *self)
{
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (update_back_button), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (_byline_comment_queue_show_detail), self,
                           G_CONNECT_SWAPPED);
  update_back_button (self);
}

void
_byline_comment_queue_class_init_layout (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, toolbar);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, dismiss_button);
  gtk_widget_class_install_action (widget_class, "queue.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "queue.back", NULL);
}
