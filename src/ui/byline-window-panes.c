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

/* Below these widths the header bar keeps only what matters most: the
 * window's for the Publish label (as before), the editor column's for Find
 * and Comments (1100 px with both panes open leaves it 480) */
#define NARROW_WINDOW_WIDTH 600
#define NARROW_EDITOR_WIDTH 480

/* The width the editor's column gets: the window's, less the panes that
 * sit beside it (a folded pane slides over it instead). From the window's
 * size rather than the header bar's allocation, which libadwaita 1.2 does
 * not report (no breakpoints) and which an AdwSqueezer in the header bar
 * would lose to a long centred headline. */
static int
editor_width (BylineWindow *self)
{
  int width = 0, height = 0, pane = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width <= 0 || gtk_window_is_maximized (GTK_WINDOW (self)))
    return G_MAXINT;
  /* The flaps fold on their first allocation, and say so */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return width;
  if (adw_flap_get_reveal_flap (self->sidebar_flap) && !adw_flap_get_folded (self->sidebar_flap))
    {
      gtk_widget_get_size_request (self->sidebar, &pane, NULL);
      width -= pane;
    }
  if (adw_flap_get_reveal_flap (self->metadata_flap) && !adw_flap_get_folded (self->metadata_flap))
    {
      gtk_widget_get_size_request (GTK_WIDGET (self->metadata_panel), &pane, NULL);
      width -= pane;
    }

  return width;
}

/* A narrow header bar keeps the drafts and details toggles, Publish (as an
 * icon) and the primary menu: Find and Comments give way to the title
 * (both are in the menu, with their shortcuts). The comment queue keeps its
 * toggle, the way back to the editor, and has room for it. So the window
 * fits 360 px, where the header bar held it at ~430. */
static void
update_header (BylineWindow *self)
{
  BylineSearchBar *search_bar;
  gboolean comments, narrow, narrow_window;
  int width = 0, height = 0;

  if (self->find_button == NULL)   /* disposed */
    return;
  comments = _byline_window_showing_comments (self);
  narrow = editor_width (self) < NARROW_EDITOR_WIDTH;
  gtk_widget_set_visible (self->find_button, !comments && !narrow);
  gtk_widget_set_visible (self->comments_button, comments || !narrow);
  /* The find bar's options go to a row of their own when the entry would
   * be squeezed beside them (the column is 480 px with both panes open) */
  search_bar = byline_editor_get_search_bar (self->editor);
  byline_search_bar_set_compact (search_bar, narrow || editor_width (self) < byline_search_bar_get_wide_width (search_bar));

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  narrow_window = width > 0 && width < NARROW_WINDOW_WIDTH && !gtk_window_is_maximized (GTK_WINDOW (self));
  if (narrow_window == (gtk_menu_button_get_label (GTK_MENU_BUTTON (self->publish_button)) == NULL))
    return;
  if (narrow_window)
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->publish_button), "document-send-symbolic");
  else
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->publish_button), _("Publish"));
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
  gtk_widget_set_visible (self->publish_button, !comments);
  gtk_widget_set_visible (self->metadata_button, !comments);
  update_header (self);
}

static void
flap_reveal_cb (BylineWindow *self,
                GParamSpec   *pspec,
                AdwFlap      *flap)
{
  gboolean revealed = adw_flap_get_reveal_flap (flap);

  update_header (self);

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
  update_header (self);
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

void
_byline_window_init_panes (BylineWindow *self)
{
  g_signal_connect (self, "notify::default-width", G_CALLBACK (update_header), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (update_header), NULL);
  g_signal_connect (self, "map", G_CALLBACK (update_header), NULL);
  update_header (self);

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
