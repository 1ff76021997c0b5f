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

typedef gboolean (*BylineSpellingCheckFunc) (const char *word,
                                             gpointer    user_data);

gboolean byline_spelling_check_joined (const char              *word,
                                       BylineSpellingCheckFunc  check,
                                       gpointer                 user_data);

gboolean byline_spelling_check_persian (const char              *word,
                                        BylineSpellingCheckFunc  check,
                                        gpointer                 user_data);

gboolean byline_spelling_check_news    (const char              *dictionary,
                                        const char              *word);

G_END_DECLS
