/* byline-languages.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

const char *byline_language_get_name      (const char    *code);
void        byline_languages_fill         (GtkStringList *model);
const char *byline_languages_code_at      (GtkStringList *model,
                                           guint          position);

G_END_DECLS
