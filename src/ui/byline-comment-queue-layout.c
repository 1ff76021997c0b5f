/* byline-comment-queue-layout.c: the comment queue's status bar and its
 * narrow layout
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-queue"

#include "config.h"

#include <glib/gi18n.h>

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

/* The queue's name, on the narrow layout's menu button */
static void
update_queue_menu_button (BylineCommentQueue *self)
{
  static const struct {
    const char *queue;
    const char *name;
  } names[] = {
    { "hold", N_("Pending") }, { "approved", N_("Approved") }, { "spam", N_("Spam") },
    { "trash", N_("Trash") }, { "all", N_("All") }, { "likely-spam", N_("Likely Spam") },
  };
  g_autofree char *queue = NULL;

  if (self->queue_menu_button == NULL)   /* disposed */
    return;
  g_object_get (self, "queue", &queue, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (queue, names[i].queue) == 0)
      gtk_menu_button_set_label (GTK_MENU_BUTTON (self->queue_menu_button), _(names[i].name));
}

/* Narrow, the action bar's buttons show their icons alone; their names
 * stay for screen readers (and in the tooltips, with the keys) */
static void
set_icons_only (GtkWidget *widget,
                gboolean   icons_only)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *label;

      if (!ADW_IS_BUTTON_CONTENT (child))
        {
          set_icons_only (child, icons_only);
          continue;
        }
      if ((label = g_object_get_data (G_OBJECT (child), "byline-label")) == NULL)
        {
          g_autoptr(GString) name = g_string_new (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)));

          g_object_set_data_full (G_OBJECT (child), "byline-label", g_strdup (name->str), g_free);
          label = g_object_get_data (G_OBJECT (child), "byline-label");
          g_string_replace (name, "_", "", 0);
          gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (child)),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
        }
      adw_button_content_set_label (ADW_BUTTON_CONTENT (child), icons_only ? "" : label);
    }
}

/* The width the one-row layout needs: the queues' buttons with the
 * search's least width beside them, and the action bar with the buttons'
 * names (measured while they are shown) */
static int
wide_width (BylineCommentQueue *self)
{
  GtkWidget *buttons = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->queue_buttons));
  GtkWidget *search = gtk_widget_get_next_sibling (self->queue_buttons);
  int buttons_width = 0, search_width = 0;

  gtk_widget_measure (buttons, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &buttons_width, NULL, NULL);
  gtk_widget_measure (search, GTK_ORIENTATION_HORIZONTAL, -1, &search_width, NULL, NULL, NULL);
  if (!self->narrow || self->action_bar_width == 0)
    gtk_widget_measure (self->action_bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &self->action_bar_width, NULL, NULL);

  /* the toolbar's margins and spacing */
  return MAX (buttons_width + 6 + search_width + 12, self->action_bar_width);
}

/* Narrow (the leaflet folded, or too little room for the queues' buttons
 * and the actions' names in one row, as between the fold and about
 * 800 px): the search goes under a menu of the queues, in sight, the count
 * beside that menu, and the action bar's buttons show their icons alone.
 * (After the frame: the leaflet folds while it is being allocated, and the
 * width is known once allocated.) */
static gboolean
update_toolbar_cb (gpointer user_data)
{
  BylineCommentQueue *self = user_data;
  gboolean narrow;
  int width;

  self->toolbar_id = 0;
  if (self->toolbar == NULL || self->leaflet == NULL)
    return G_SOURCE_REMOVE;
  width = gtk_widget_get_width (GTK_WIDGET (self));
  narrow = adw_leaflet_get_folded (self->leaflet) || (width > 0 && width < wide_width (self));
  if (narrow == self->narrow && self->narrow_applied)
    return G_SOURCE_REMOVE;
  self->narrow = narrow;
  self->narrow_applied = TRUE;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_visible (self->queue_buttons, !narrow);
  gtk_widget_set_visible (self->queue_menu_row, narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->selection_label), !narrow);
  set_icons_only (self->action_bar, narrow);
  return G_SOURCE_REMOVE;
}

static void
queue_update_toolbar (BylineCommentQueue *self)
{
  if (self->toolbar_id == 0)
    self->toolbar_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_toolbar_cb, g_object_ref (self), g_object_unref);
}

static void
folded_cb (BylineCommentQueue *self)
{
  update_back_button (self);
  queue_update_toolbar (self);
}

void
_byline_comment_queue_show_detail (BylineCommentQueue *self)
{
  GtkWidget *focus;

  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail));
  /* The leaflet moved the focus from the list into the detail's first
   * selectable label, and GTK selects all of a label focused so (the
   * author's name stood highlighted): the selection goes, and the way back
   * takes the focus. The moderation keys work from there as from the list. */
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  if (GTK_IS_LABEL (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->detail)))
    {
      gtk_label_select_region (GTK_LABEL (focus), 0, 0);
      gtk_widget_grab_focus (self->back_button);
    }
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
  /* The action bar's scroller spans the queue: its page is the width */
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->action_scroller)),
                           "notify::page-size", G_CALLBACK (queue_update_toolbar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (_byline_comment_queue_show_detail), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::queue", G_CALLBACK (update_queue_menu_button), NULL);
  g_object_bind_property (self->selection_label, "label", self->narrow_count_label, "label", G_BINDING_SYNC_CREATE);
  update_back_button (self);
  update_queue_menu_button (self);
}

void
_byline_comment_queue_class_init_layout (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, toolbar);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, queue_buttons);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, queue_menu_row);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, queue_menu_button);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, narrow_count_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, action_bar);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, action_scroller);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, pending_button);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, pending_count_label);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, likely_button);
  gtk_widget_class_bind_template_child (widget_class, BylineCommentQueue, likely_count_label);
  gtk_widget_class_install_action (widget_class, "queue.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "queue.back", NULL);
}
