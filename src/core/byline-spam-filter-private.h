/* byline-spam-filter-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-spam-filter.h"

G_BEGIN_DECLS

#define MAX_TOKEN_CHARS 30

char       *_byline_spam_normalize      (const char             *text);
char       *_byline_spam_url_host       (const char             *url);
guint       _byline_spam_scan_links     (const char             *text,
                                         GHashTable             *tokens);
GHashTable *_byline_spam_sample_sources (const BylineSpamSample *sample);
GHashTable *_byline_spam_sample_tokens  (const BylineSpamSample *sample);
gboolean    _byline_spam_contains_word  (const char             *text,
                                         const char             *word);
gboolean    _byline_spam_is_word_char   (gunichar                c);

G_END_DECLS
