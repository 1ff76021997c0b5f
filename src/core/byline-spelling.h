/* byline-spelling.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *byline_spelling_choose_dictionary (const char         *language,
                                         const char         *locale,
                                         const char * const *available);

G_END_DECLS
