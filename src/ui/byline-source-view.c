/* byline-source-view.c: the body's source view, which draws its spelling squiggles
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

static void
byline_source_view_class_init (BylineSourceViewClass *klass)
{
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

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
