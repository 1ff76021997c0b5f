/* byline-publisher-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cms.h"
#include "byline-publisher.h"

G_BEGIN_DECLS

typedef enum
{
  BYLINE_PUBLISH_MEDIA_UNKNOWN,     /* found in the store: the site knows */
  BYLINE_PUBLISH_MEDIA_UNATTACHED,  /* uploaded before the post existed */
  BYLINE_PUBLISH_MEDIA_ATTACHED,
} BylinePublishMediaState;

/* One "publish" row being sent (byline-publisher-send.c) */
typedef struct
{
  BylineOutboxRunner *runner;
  BylineStore        *store;
  BylineCms          *cms;
  const char         *account;
  gint64              item_id;
  GCancellable       *cancellable;
  GHashTable         *uploaded;   /* local reference → remote URL */
  gint64              post_id;    /* the post, when known before uploading */
  GHashTable         *media;      /* media id (gint64) → BylinePublishMediaState */
  GError             *error;
} BylinePublishJob;

/* byline-publisher-site.c */
gboolean       _byline_publisher_read_site    (BylinePublishJob      *job,
                                               BylineCmsSite        **site,
                                               BylineCmsUser        **me,
                                               GError               **error);
BylineCmsPost *_byline_publisher_find_by_uuid (BylinePublishJob      *job,
                                               const char            *slug,
                                               const char            *uuid,
                                               GError               **error);
void           _byline_publisher_note_media   (BylinePublishJob      *job,
                                               const BylineCmsMedia  *media,
                                               gboolean               uploaded);
void           _byline_publisher_attach_media (BylinePublishJob      *job,
                                               gint64                 post_id);

/* byline-publisher-send.c: the outbox send functions */
JsonNode *_byline_publisher_send_publish (BylineOutboxRunner  *runner,
                                          BylineOutboxItem    *item,
                                          BylineCms           *cms,
                                          GCancellable        *cancellable,
                                          gpointer             user_data,
                                          GError             **error);
JsonNode *_byline_publisher_send_status  (BylineOutboxRunner  *runner,
                                          BylineOutboxItem    *item,
                                          BylineCms           *cms,
                                          GCancellable        *cancellable,
                                          gpointer             user_data,
                                          GError             **error);
char     *_byline_publisher_format_gmt   (GDateTime           *date);
BylineArticleStatus _byline_publisher_status_for (const char  *wp_status,
                                                  BylineArticleStatus current);

/* byline-publisher-pull.c */
BylineArticle *_byline_publisher_article_from_post (BylineStore          *store,
                                                    const char           *account,
                                                    const BylineCmsPost  *post,
                                                    GError              **error);

G_END_DECLS

G_BEGIN_DECLS
BylineStore *_byline_publisher_get_store (BylinePublisher *self);
G_END_DECLS
