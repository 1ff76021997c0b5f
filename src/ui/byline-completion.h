/* byline-completion.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BYLINE_TYPE_COMPLETION (byline_completion_get_type())

G_DECLARE_FINAL_TYPE (BylineCompletion, byline_completion, BYLINE, COMPLETION, GObject)

BylineCompletion *byline_completion_attach        (GtkEditable        *editable,
                                                   gboolean            comma_separated);
void              byline_completion_set_names     (BylineCompletion   *self,
                                                   const char * const *names);
guint             byline_completion_get_n_matches (BylineCompletion   *self);
const char       *byline_completion_get_match     (BylineCompletion   *self,
                                                   guint               index);
void              byline_completion_accept        (BylineCompletion   *self,
                                                   guint               index);

G_END_DECLS
