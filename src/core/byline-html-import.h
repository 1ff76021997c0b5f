/* byline-html-import.h: HTML posts back into Markdown articles
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-article.h"

G_BEGIN_DECLS

#define BYLINE_HTML_IMPORT_ERROR (byline_html_import_error_quark ())

typedef enum
{
  BYLINE_HTML_IMPORT_ERROR_EMPTY,
} BylineHtmlImportError;

GQuark         byline_html_import_error_quark (void);

char          *byline_html_to_markdown        (const char  *html,
                                               gssize       length);
char          *byline_html_to_text            (const char  *html,
                                               gssize       length);
BylineArticle *byline_html_import_post        (const char  *title_html,
                                               const char  *content_html,
                                               const char  *excerpt_html,
                                               GError     **error);

G_END_DECLS
