/* byline-fts.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *byline_fts_query_from_text  (const char *text);
char  *byline_fts_query_spaced     (const char *text);
char  *byline_fts_text_as_typed    (const char *text);
char **byline_fts_unspaced_words   (const char *text);

G_END_DECLS
