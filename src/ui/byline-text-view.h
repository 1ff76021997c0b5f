/* byline-text-view.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_TEXT_VIEW (byline_text_view_get_type())

G_DECLARE_FINAL_TYPE (BylineTextView, byline_text_view, BYLINE, TEXT_VIEW, GtkTextView)

GtkWidget *byline_text_view_new (void);

G_END_DECLS
