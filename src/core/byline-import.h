/* byline-import.h: wire copy (plain-text stories) into articles
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-article.h"

G_BEGIN_DECLS

#define BYLINE_IMPORT_ERROR (byline_import_error_quark ())

typedef enum
{
  BYLINE_IMPORT_ERROR_EMPTY,
} BylineImportError;

GQuark         byline_import_error_quark      (void);

BylineArticle *byline_import_wire_copy        (const char   *text,
                                               gssize        length,
                                               GTimeZone    *default_zone,
                                               GError      **error);
gboolean       byline_import_parse_date       (const char   *line,
                                               GTimeZone    *default_zone,
                                               GDateTime   **date,
                                               char        **time_zone);
const char    *byline_import_detect_language  (const char   *text);

G_END_DECLS
