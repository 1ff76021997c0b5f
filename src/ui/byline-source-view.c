/* byline-source-view.c: the body's source view, which draws its spelling
 * squiggles and keeps the headline and standfirst (its overlay) first in
 * the Tab order
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-source-view"

#include "config.h"

#include "byline-source-view.h"
#include "byline-spell-checker.h"

struct _BylineSourceView
{
  GtkSourceView parent_instance;
};

G_DEFINE_FINAL_TYPE (BylineSourceView, byline_source_view, GTK_SOURCE_TYPE_VIEW)

static void
byline_source_view_snapshot_layer (GtkTextView      *view,
                            GtkTextViewLayer  layer,
                            GtkSnapshot      *snapshot)
{
  GtkTextViewClass *parent_class = GTK_TEXT_VIEW_CLASS (byline_source_view_parent_class);

  if (parent_class->snapshot_layer != NULL)
    parent_class->snapshot_layer (view, layer, snapshot);

  if (layer == GTK_TEXT_VIEW_LAYER_ABOVE_TEXT)
    byline_spell_checker_snapshot_underlines (view, snapshot);
}

/* Offers the focus to the view's children (the headline and standfirst
 * the editor lays over the top of the text), first to last or last to
 * first */
static gboolean
focus_children (GtkWidget        *widget,
                GtkWidget        *after,
                GtkDirectionType  direction)
{
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  GtkWidget *child;

  if (after != NULL)
    child = forward ? gtk_widget_get_next_sibling (after) : gtk_widget_get_prev_sibling (after);
  else
    child = forward ? gtk_widget_get_first_child (widget) : gtk_widget_get_last_child (widget);
  for (; child != NULL; child = forward ? gtk_widget_get_next_sibling (child) : gtk_widget_get_prev_sibling (child))
    {
      if (gtk_widget_child_focus (child, direction))
        return TRUE;
    }
  return FALSE;
}

/* Tab reads the page top to bottom: headline, standfirst, then the text
 * (GtkTextView takes the focus itself first and its children after);
 * Shift+Tab goes back up the same way. Arrow keys are the view's own. */
static gboolean
byline_source_view_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  gboolean is_focus = gtk_widget_is_focus (widget);

  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (is_focus)
        return FALSE;
      if (focus_child != NULL && gtk_widget_child_focus (focus_child, direction))
        return TRUE;
      if (focus_child == NULL && focus_children (widget, NULL, direction))
        return TRUE;
      if (focus_child != NULL && focus_children (widget, focus_child, direction))
        return TRUE;
      return gtk_widget_grab_focus (widget);
    }
  if (direction == GTK_DIR_TAB_BACKWARD)
    {
      if (is_focus)
        return focus_children (widget, NULL, direction);
      if (focus_child != NULL)
        return gtk_widget_child_focus (focus_child, direction) || focus_children (widget, focus_child, direction);
      return gtk_widget_grab_focus (widget);
    }
  return GTK_WIDGET_CLASS (byline_source_view_parent_class)->focus (widget, direction);
}

/* The squiggles' colour is the theme's */
static void
byline_source_view_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (byline_source_view_parent_class)->css_changed (widget, change);
  byline_spell_checker_css_changed (GTK_TEXT_VIEW (widget));
}

static void
byline_source_view_class_init (BylineSourceViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  widget_class->css_changed = byline_source_view_css_changed;
  widget_class->focus = byline_source_view_focus;
  text_view_class->snapshot_layer = byline_source_view_snapshot_layer;
}

static void
byline_source_view_init (BylineSourceView *self)
{
}

GtkWidget *
byline_source_view_new (void)
{
  return g_object_new (BYLINE_TYPE_SOURCE_VIEW, NULL);
}
