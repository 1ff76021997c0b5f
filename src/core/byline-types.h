/* byline-types.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Forward declarations of the core types, so that headers stay small. */
typedef struct _BylineArticle     BylineArticle;
typedef struct _BylineArticleLink BylineArticleLink;

/**
 * BylineArticleStatus:
 *
 * Where a story stands in the newsroom. The strings (see
 * byline_article_status_to_string()) are part of the CLI's JSON contract.
 */
typedef enum
{
  BYLINE_ARTICLE_STATUS_DRAFT,
  BYLINE_ARTICLE_STATUS_IN_REVIEW,
  BYLINE_ARTICLE_STATUS_READY,
  BYLINE_ARTICLE_STATUS_SCHEDULED,
  BYLINE_ARTICLE_STATUS_PUBLISHED,
  BYLINE_ARTICLE_STATUS_ARCHIVED,
} BylineArticleStatus;

#define BYLINE_ARTICLE_STATUS_LAST BYLINE_ARTICLE_STATUS_ARCHIVED

GType byline_article_status_get_type (void) G_GNUC_CONST;
#define BYLINE_TYPE_ARTICLE_STATUS (byline_article_status_get_type ())

/**
 * BylineTextDirection:
 *
 * The direction an article's text is written in: `ltr` or `rtl`.
 */
typedef enum
{
  BYLINE_TEXT_DIRECTION_LTR,
  BYLINE_TEXT_DIRECTION_RTL,
} BylineTextDirection;

GType byline_text_direction_get_type (void) G_GNUC_CONST;
#define BYLINE_TYPE_TEXT_DIRECTION (byline_text_direction_get_type ())

G_END_DECLS
