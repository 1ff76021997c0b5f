/* byline-comment-queue-keys.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-queue"

#include "config.h"

#include "byline-comment-queue-private.h"

/* Keys the queue's class bindings (byline-comment-queue-actions.c) cannot
 * see because a child takes them first, and the actions whose state
 * follows the moderator. */

static void
can_undo_cb (BylineCommentQueue *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "queue.undo",
                                 self->moderator != NULL && byline_comment_moderator_can_undo (self->moderator));
}

/* Undo (the button, z) is there only when there is something to undo */
void
_byline_comment_queue_watch_moderator (BylineCommentQueue *self)
{
  if (self->moderator != NULL)
    g_signal_connect_object (self->moderator, "notify::can-undo", G_CALLBACK (can_undo_cb), self,
                             G_CONNECT_SWAPPED);
  can_undo_cb (self);
}

static gboolean
send_reply_shortcut_cb (GtkWidget *widget,
                        GVariant  *args,
                        gpointer   user_data)
{
  BylineCommentQueue *self = BYLINE_COMMENT_QUEUE (widget);

  /* Not writing: the key goes on to whatever has the focus */
  if (!byline_comment_detail_get_replying (self->detail))
    return FALSE;
  gtk_widget_activate_action (widget, "queue.send-reply", NULL);
  return TRUE;
}

/* Ctrl+Enter sends a reply or saves an edit. The focus is then in the
 * reply box, whose GtkTextView takes Enter (with or without Ctrl) as a new
 * line before a binding of the queue's (bubble phase) would see it, so the
 * shortcut listens in the capture phase, ahead of the text view. */
void
_byline_comment_queue_init_shortcuts (BylineCommentQueue *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], GDK_CONTROL_MASK),
                                                            gtk_callback_action_new (send_reply_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* The list view binds Ctrl+A to its own select-all, which a single
   * selection ignores: in the list, the key marks every comment. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_a, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("queue.select-all")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);
}
