/* byline-article-render.h: an article as HTML for publishing and preview
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-article.h"
#include "byline-markdown.h"

G_BEGIN_DECLS

char *byline_article_render_content_html (BylineArticle         *article,
                                          BylineUrlRewriteFunc   image_func,
                                          gpointer               user_data,
                                          GError               **error);
char *byline_article_render_preview_html (BylineArticle         *article,
                                          BylineUrlRewriteFunc   image_func,
                                          gpointer               user_data,
                                          GError               **error);

G_END_DECLS
