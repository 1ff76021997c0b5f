/* byline-cms-wordpress.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cms.h"

G_BEGIN_DECLS

/* BylineCmsWordpress: the WordPress REST API (wp/v2) for one account.
 *
 * - The API root is discovered on the first request from the site URL:
 *   the `Link: <…>; rel="https://api.w.org/"` header of a HEAD request,
 *   else `?rest_route=/` (plain permalinks). Remember it with
 *   byline_cms_wordpress_set_api_root() to skip discovery next time.
 * - One SoupSession: keep-alive, User-Agent `Byline/VERSION`, a timeout
 *   (default 30 s), at most 4 connections per host; lists with page 0 fetch
 *   page 1, read X-WP-TotalPages and keep 4 pages in flight.
 * - HTTP Basic with the Application Password, sent only to the API root's
 *   origin. Redirects are handled here: same-origin ones are followed;
 *   reads follow other origins without credentials; writes to another
 *   origin (or a 301/302/303 of a write) fail with BYLINE_CMS_ERROR_REDIRECT.
 * - TLS is verified against the system trust; nothing here changes that.
 * - Answers over max-response-size (16 MiB) fail with
 *   BYLINE_CMS_ERROR_TOO_LARGE without being read; non-JSON answers, broken
 *   JSON and invalid UTF-8 fail with BYLINE_CMS_ERROR_INVALID_RESPONSE.
 */

#define BYLINE_TYPE_CMS_WORDPRESS (byline_cms_wordpress_get_type())

G_DECLARE_FINAL_TYPE (BylineCmsWordpress, byline_cms_wordpress, BYLINE, CMS_WORDPRESS, GObject)

#define BYLINE_CMS_WORDPRESS_MAX_RESPONSE_SIZE (16 * 1024 * 1024)

BylineCmsWordpress *byline_cms_wordpress_new               (const char         *url,
                                                            const char         *user,
                                                            const char         *password);
const char         *byline_cms_wordpress_get_url           (BylineCmsWordpress *self);
const char         *byline_cms_wordpress_get_user          (BylineCmsWordpress *self);
const char         *byline_cms_wordpress_get_api_root      (BylineCmsWordpress *self);
void                byline_cms_wordpress_set_api_root      (BylineCmsWordpress *self,
                                                            const char         *api_root);
guint               byline_cms_wordpress_get_timeout       (BylineCmsWordpress *self);
void                byline_cms_wordpress_set_timeout       (BylineCmsWordpress *self,
                                                            guint               seconds);
gsize               byline_cms_wordpress_get_max_response_size (BylineCmsWordpress *self);
void                byline_cms_wordpress_set_max_response_size (BylineCmsWordpress *self,
                                                                gsize               max_size);

G_END_DECLS
