/* byline-article-link.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-article"

#include "config.h"

#include "byline-article.h"

G_DEFINE_BOXED_TYPE (BylineArticleLink, byline_article_link,
                     byline_article_link_copy, byline_article_link_free)

BylineArticleLink *
byline_article_link_new (const char *account,
                         gint64      remote_id,
                         const char *url,
                         const char *remote_modified,
                         const char *content_hash)
{
  BylineArticleLink *link;

  g_return_val_if_fail (account != NULL, NULL);

  link = g_new0 (BylineArticleLink, 1);
  link->account = g_strdup (account);
  link->remote_id = remote_id;
  link->url = g_strdup (url);
  link->remote_modified = g_strdup (remote_modified);
  link->content_hash = g_strdup (content_hash);

  return link;
}

BylineArticleLink *
byline_article_link_copy (const BylineArticleLink *link)
{
  g_return_val_if_fail (link != NULL, NULL);

  return byline_article_link_new (link->account, link->remote_id, link->url,
                                  link->remote_modified, link->content_hash);
}

void
byline_article_link_free (BylineArticleLink *link)
{
  if (link == NULL)
    return;

  g_free (link->account);
  g_free (link->url);
  g_free (link->remote_modified);
  g_free (link->content_hash);
  g_free (link);
}
