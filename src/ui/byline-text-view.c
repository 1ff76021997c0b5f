/* byline-text-view.c: the headline's and standfirst's text view, which draws its spelling squiggles
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-text-view"

#include "config.h"

#include "byline-text-view.h"
#include "byline-spell-checker.h"

struct _BylineTextView
{
  GtkTextView parent_instance;
};

G_DEFINE_FINAL_TYPE (BylineTextView, byline_text_view, GTK_TYPE_TEXT_VIEW)

static void
byline_text_view_snapshot_layer (GtkTextView      *view,
                            GtkTextViewLayer  layer,
                            GtkSnapshot      *snapshot)
{
  GtkTextViewClass *parent_class = GTK_TEXT_VIEW_CLASS (byline_text_view_parent_class);

  if (parent_class->snapshot_layer != NULL)
    parent_class->snapshot_layer (view, layer, snapshot);

  if (layer == GTK_TEXT_VIEW_LAYER_ABOVE_TEXT)
    byline_spell_checker_snapshot_underlines (view, snapshot);
}

/* The squiggles' colour is the theme's */
static void
byline_text_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (byline_text_view_parent_class)->css_changed (widget, change);
  byline_spell_checker_css_changed (GTK_TEXT_VIEW (widget));
}

static void
byline_text_view_class_init (BylineTextViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  widget_class->css_changed = byline_text_view_css_changed;
  text_view_class->snapshot_layer = byline_text_view_snapshot_layer;
}

static void
byline_text_view_init (BylineTextView *self)
{
}

GtkWidget *
byline_text_view_new (void)
{
  return g_object_new (BYLINE_TYPE_TEXT_VIEW, NULL);
}
