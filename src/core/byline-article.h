/* byline-article.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "byline-enums.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_ARTICLE (byline_article_get_type())
#define BYLINE_ARTICLE_ERROR (byline_article_error_quark ())

typedef enum
{
  BYLINE_ARTICLE_ERROR_INVALID,
} BylineArticleError;

GQuark byline_article_error_quark (void);

G_DECLARE_FINAL_TYPE (BylineArticle, byline_article, BYLINE, ARTICLE, GObject)

/**
 * BylineArticleLink:
 * @account: the CMS account's name
 * @remote_id: the post's id on that site (0 when not created yet)
 * @url: the post's public URL, or %NULL
 * @remote_modified: the site's `modified_gmt` when Byline last saw the post
 *   (ISO 8601, UTC), or %NULL
 * @content_hash: byline_article_content_hash() of what was last published
 *
 * Where an article lives on one CMS account.
 */
struct _BylineArticleLink
{
  char   *account;
  gint64  remote_id;
  char   *url;
  char   *remote_modified;
  char   *content_hash;
};

#define BYLINE_TYPE_ARTICLE_LINK (byline_article_link_get_type ())

GType              byline_article_link_get_type (void) G_GNUC_CONST;
BylineArticleLink *byline_article_link_new      (const char              *account,
                                                 gint64                   remote_id,
                                                 const char              *url,
                                                 const char              *remote_modified,
                                                 const char              *content_hash);
BylineArticleLink *byline_article_link_copy     (const BylineArticleLink *link);
void               byline_article_link_free     (BylineArticleLink       *link);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineArticleLink, byline_article_link_free)

BylineArticle       *byline_article_new                (void);
BylineArticle       *byline_article_copy               (BylineArticle       *self);

gint64               byline_article_get_id             (BylineArticle       *self);
void                 byline_article_set_id             (BylineArticle       *self,
                                                        gint64               id);
const char          *byline_article_get_uuid           (BylineArticle       *self);
void                 byline_article_set_uuid           (BylineArticle       *self,
                                                        const char          *uuid);
const char          *byline_article_get_headline       (BylineArticle       *self);
void                 byline_article_set_headline       (BylineArticle       *self,
                                                        const char          *headline);
const char          *byline_article_get_standfirst     (BylineArticle       *self);
void                 byline_article_set_standfirst     (BylineArticle       *self,
                                                        const char          *standfirst);
const char          *byline_article_get_body           (BylineArticle       *self);
void                 byline_article_set_body           (BylineArticle       *self,
                                                        const char          *body);
const char * const  *byline_article_get_bylines        (BylineArticle       *self);
void                 byline_article_set_bylines        (BylineArticle       *self,
                                                        const char * const  *bylines);
const char          *byline_article_get_dateline       (BylineArticle       *self);
void                 byline_article_set_dateline       (BylineArticle       *self,
                                                        const char          *dateline);
GDateTime           *byline_article_get_date           (BylineArticle       *self);
void                 byline_article_set_date           (BylineArticle       *self,
                                                        GDateTime           *date);
const char          *byline_article_get_time_zone      (BylineArticle       *self);
void                 byline_article_set_time_zone      (BylineArticle       *self,
                                                        const char          *time_zone);
const char          *byline_article_get_section        (BylineArticle       *self);
void                 byline_article_set_section        (BylineArticle       *self,
                                                        const char          *section);
const char * const  *byline_article_get_tags           (BylineArticle       *self);
void                 byline_article_set_tags           (BylineArticle       *self,
                                                        const char * const  *tags);
const char          *byline_article_get_excerpt        (BylineArticle       *self);
const char          *byline_article_get_summary        (BylineArticle       *self);
void                 byline_article_set_excerpt        (BylineArticle       *self,
                                                        const char          *excerpt);
const char          *byline_article_get_slug           (BylineArticle       *self);
void                 byline_article_set_slug           (BylineArticle       *self,
                                                        const char          *slug);
const char          *byline_article_get_language       (BylineArticle       *self);
void                 byline_article_set_language       (BylineArticle       *self,
                                                        const char          *language);
BylineTextDirection  byline_article_get_direction      (BylineArticle       *self);
void                 byline_article_set_direction      (BylineArticle       *self,
                                                        BylineTextDirection  direction);
const char          *byline_article_get_image_path     (BylineArticle       *self);
void                 byline_article_set_image_path     (BylineArticle       *self,
                                                        const char          *image_path);
gint64               byline_article_get_image_media_id (BylineArticle       *self);
void                 byline_article_set_image_media_id (BylineArticle       *self,
                                                        gint64               media_id);
const char          *byline_article_get_image_alt      (BylineArticle       *self);
void                 byline_article_set_image_alt      (BylineArticle       *self,
                                                        const char          *image_alt);
const char          *byline_article_get_image_caption  (BylineArticle       *self);
void                 byline_article_set_image_caption  (BylineArticle       *self,
                                                        const char          *image_caption);
BylineArticleStatus  byline_article_get_status         (BylineArticle       *self);
gboolean             byline_article_is_public          (BylineArticle       *self);
void                 byline_article_set_status         (BylineArticle       *self,
                                                        BylineArticleStatus  status);
const char          *byline_article_get_note           (BylineArticle       *self);
void                 byline_article_set_note           (BylineArticle       *self,
                                                        const char          *note);
GDateTime           *byline_article_get_created        (BylineArticle       *self);
void                 byline_article_set_created        (BylineArticle       *self,
                                                        GDateTime           *created);
GDateTime           *byline_article_get_modified       (BylineArticle       *self);
void                 byline_article_set_modified       (BylineArticle       *self,
                                                        GDateTime           *modified);

GPtrArray           *byline_article_get_links          (BylineArticle       *self);
const BylineArticleLink *byline_article_find_link      (BylineArticle       *self,
                                                        const char          *account);
void                 byline_article_set_link           (BylineArticle       *self,
                                                        const BylineArticleLink *link);
void                 byline_article_remove_link        (BylineArticle       *self,
                                                        const char          *account);

char                *byline_article_content_hash       (BylineArticle       *self);
guint                byline_article_count_words        (const char          *text);
JsonNode            *byline_article_to_json            (BylineArticle       *self,
                                                        gboolean             with_body);
BylineArticle       *byline_article_new_from_json      (JsonNode            *node,
                                                        GError             **error);

/* For the store, which has counted the words already. */
JsonNode            *_byline_article_to_json_counted   (BylineArticle       *self,
                                                        gboolean             with_body,
                                                        guint                word_count);

G_END_DECLS
