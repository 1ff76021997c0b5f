/* byline-source-view.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_SOURCE_VIEW (byline_source_view_get_type())

G_DECLARE_FINAL_TYPE (BylineSourceView, byline_source_view, BYLINE, SOURCE_VIEW, GtkSourceView)

GtkWidget *byline_source_view_new (void);

G_END_DECLS
