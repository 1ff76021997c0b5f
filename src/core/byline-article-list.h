/* byline-article-list.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_ARTICLE_LIST (byline_article_list_get_type())

G_DECLARE_FINAL_TYPE (BylineArticleList, byline_article_list, BYLINE, ARTICLE_LIST, GObject)

#define BYLINE_ARTICLE_LIST_PAGE_SIZE 200

BylineArticleList *byline_article_list_new       (BylineStore              *store,
                                                  const BylineArticleQuery *query);
BylineStore       *byline_article_list_get_store (BylineArticleList        *self);
void               byline_article_list_set_query (BylineArticleList        *self,
                                                  const BylineArticleQuery *query);
guint              byline_article_list_get_n_cached_pages (BylineArticleList *self);
guint              byline_article_list_get_word_count (BylineArticle     *item);

G_END_DECLS
