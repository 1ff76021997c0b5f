/* byline-enums.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-types.h"

G_BEGIN_DECLS

const char          *byline_article_status_to_string   (BylineArticleStatus  status);
gboolean             byline_article_status_from_string (const char          *str,
                                                        BylineArticleStatus *status);
const char          *byline_text_direction_to_string   (BylineTextDirection  direction);
gboolean             byline_text_direction_from_string (const char          *str,
                                                        BylineTextDirection *direction);
BylineTextDirection  byline_text_direction_for_language (const char         *language);

G_END_DECLS
