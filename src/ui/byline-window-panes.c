/* byline-window-panes.c: the window's panes (drafts, details) and its
 * views (editor, comment queue)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-window"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-window-private.h"

gboolean
_byline_window_showing_comments (BylineWindow *self)
{
  /* NULL while the template is built or disposed (the action asks) */
  return self->main_stack != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "comments") == 0;
}

/* The panes' widths come from GSettings; their visibility too, except
 * while a narrow window folds them away, which is not the user's choice and
 * is not saved. The comment queue is a workspace of its own: no drafts
 * list, and none of the editor's buttons in the header bar. */
void
_byline_window_apply_panes (BylineWindow *self)
{
  gboolean editing = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0;
  gboolean comments = _byline_window_showing_comments (self);

  static const char * const editor_actions[] = {
    "win.find", "win.find-replace", "win.find-next", "win.find-previous",
    "win.undo", "win.redo", "win.toggle-metadata",
  };

  for (guint i = 0; i < G_N_ELEMENTS (editor_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editor_actions[i], editing);

  adw_flap_set_reveal_flap (self->sidebar_flap, self->sidebar_visible && !comments);
  adw_flap_set_reveal_flap (self->metadata_flap, self->metadata_visible && editing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->metadata_panel), editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-sidebar", !comments);
  gtk_widget_set_visible (self->sidebar_button, !comments);
  gtk_widget_set_visible (self->find_button, !comments);
  gtk_widget_set_visible (self->publish_button, !comments);
  gtk_widget_set_visible (self->metadata_button, !comments);
}

static void
flap_reveal_cb (BylineWindow *self,
                GParamSpec   *pspec,
                AdwFlap      *flap)
{
  gboolean revealed = adw_flap_get_reveal_flap (flap);

  /* A swipe, or a fold of a narrow window, closed or opened a pane. A flap
   * also opens itself when it unfolds: outside the editor (the comment
   * queue, the empty state) the panes it hides stay hidden. */
  if (flap == self->sidebar_flap && !_byline_window_showing_comments (self))
    byline_window_set_sidebar_visible (self, revealed);
  else if (flap == self->metadata_flap &&
           g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0)
    byline_window_set_metadata_visible (self, revealed);
  else if (revealed)
    adw_flap_set_reveal_flap (flap, FALSE);
}

static void
flap_folded_cb (BylineWindow *self,
                GParamSpec   *pspec,
                AdwFlap      *flap)
{
  if (adw_flap_get_folded (flap))
    return;

  /* Wide again: back to what the user chose */
  if (flap == self->sidebar_flap)
    byline_window_set_sidebar_visible (self, g_settings_get_boolean (self->settings, "sidebar-visible"));
  else
    byline_window_set_metadata_visible (self, g_settings_get_boolean (self->settings, "metadata-panel-visible"));
}

/* A draft picked in the drafts list while it slides over the editor (a
 * narrow window): the story comes to the front, as a leaflet would show
 * it, with neither pane over it. Only for now (folded panes save nothing). */
void
_byline_window_show_story (BylineWindow *self)
{
  if (adw_flap_get_folded (self->sidebar_flap))
    byline_window_set_sidebar_visible (self, FALSE);
  if (adw_flap_get_folded (self->metadata_flap))
    byline_window_set_metadata_visible (self, FALSE);
}

/* libadwaita 1.2 has no breakpoints: below 600 px the Publish button
 * shows its icon instead of its label, so the header bar fits a 360 px
 * window (with only a close button) instead of holding it at ~410 */
static void
window_width_cb (BylineWindow *self)
{
  int width = 0, height = 0;
  gboolean narrow;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  narrow = width > 0 && width < 600 && !gtk_window_is_maximized (GTK_WINDOW (self));
  if (narrow == (gtk_menu_button_get_label (GTK_MENU_BUTTON (self->publish_button)) == NULL))
    return;
  if (narrow)
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->publish_button), "document-send-symbolic");
  else
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->publish_button), _("Publish"));
}

void
_byline_window_init_panes (BylineWindow *self)
{
  g_signal_connect (self, "notify::default-width", G_CALLBACK (window_width_cb), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (window_width_cb), NULL);
  window_width_cb (self);

  g_signal_connect_object (self->sidebar_flap, "notify::reveal-flap", G_CALLBACK (flap_reveal_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->metadata_flap, "notify::reveal-flap", G_CALLBACK (flap_reveal_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->metadata_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self,
                           G_CONNECT_SWAPPED);
}

gboolean
byline_window_get_comments_visible (BylineWindow *self)
{
  g_return_val_if_fail (BYLINE_IS_WINDOW (self), FALSE);

  return _byline_window_showing_comments (self);
}

/**
 * byline_window_set_comments_visible:
 *
 * Shows the comment queue (opening the store's comments on first use), or
 * goes back to the editor.
 */
void
byline_window_set_comments_visible (BylineWindow *self,
                                    gboolean      visible)
{
  g_return_if_fail (BYLINE_IS_WINDOW (self));

  if (!!visible == _byline_window_showing_comments (self))
    return;
  if (!visible)
    {
      gtk_stack_set_visible_child_name (self->main_stack, self->article ? "editor" : "empty");
      return;
    }
  byline_comment_queue_ensure_store (self->comment_queue);
  gtk_stack_set_visible_child_name (self->main_stack, "comments");
  gtk_widget_grab_focus (GTK_WIDGET (self->comment_queue));
}
