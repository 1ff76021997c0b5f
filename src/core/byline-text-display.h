/* byline-text-display.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-types.h"

G_BEGIN_DECLS

char *byline_text_isolate_for_display (const char *text,
                                       gssize      length);
char *byline_url_for_display          (const char *url,
                                       gssize      length);

gboolean byline_text_first_strong_direction (const char          *text,
                                             BylineTextDirection *direction);

G_END_DECLS
