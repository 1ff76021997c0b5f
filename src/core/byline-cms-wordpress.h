/* byline-cms-wordpress.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cms.h"

G_BEGIN_DECLS

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
