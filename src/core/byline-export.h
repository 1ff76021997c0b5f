/* byline-export.h: a story as a Markdown, HTML or JSON file
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-article.h"
#include "byline-markdown.h"

G_BEGIN_DECLS

#define BYLINE_EXPORT_ERROR (byline_export_error_quark ())

typedef enum
{
  BYLINE_EXPORT_ERROR_UNKNOWN_FORMAT,
} BylineExportError;

typedef enum
{
  BYLINE_EXPORT_MARKDOWN,
  BYLINE_EXPORT_HTML,
  BYLINE_EXPORT_JSON,
} BylineExportFormat;

GQuark      byline_export_error_quark       (void);
gboolean    byline_export_format_from_string (const char           *name,
                                              BylineExportFormat   *format,
                                              GError              **error);
const char *byline_export_format_extension  (BylineExportFormat    format);
GBytes     *byline_export_article           (BylineArticle        *article,
                                             BylineExportFormat    format,
                                             BylineUrlRewriteFunc  image_func,
                                             gpointer              user_data,
                                             GError              **error);

G_END_DECLS
