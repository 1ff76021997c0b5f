/* byline-slug.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BYLINE_SLUG_MAX_LENGTH 80

char *byline_slugify (const char *text,
                      gsize       max_length);

G_END_DECLS
