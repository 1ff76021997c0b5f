/* byline-markdown.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BYLINE_MARKDOWN_ERROR (byline_markdown_error_quark ())

typedef enum
{
  BYLINE_MARKDOWN_ERROR_FAILED,
  BYLINE_MARKDOWN_ERROR_TOO_LARGE,
} BylineMarkdownError;

/**
 * BylineMarkdownFlags:
 * @BYLINE_MARKDOWN_NONE: plain rendering
 * @BYLINE_MARKDOWN_FIGURES: a paragraph holding only an image with a title
 *   (`![alt](src "caption")`) becomes `<figure>` with a `<figcaption>`
 * @BYLINE_MARKDOWN_NO_IMAGES: images are rendered as their alt text
 */
typedef enum
{
  BYLINE_MARKDOWN_NONE      = 0,
  BYLINE_MARKDOWN_FIGURES   = 1 << 0,
  BYLINE_MARKDOWN_NO_IMAGES = 1 << 1,
} BylineMarkdownFlags;

/**
 * BylineUrlRewriteFunc:
 * @url: the image URL as written in the Markdown (already checked as safe)
 * @user_data: closure data
 *
 * Maps an image reference (a local path, `byline-image:…`) to the URL to
 * put into the HTML, e.g. the uploaded media's URL.
 *
 * Returns: (transfer full) (nullable): the new URL (checked again), or
 *   %NULL to keep @url
 */
typedef char *(*BylineUrlRewriteFunc) (const char *url,
                                       gpointer    user_data);

GQuark  byline_markdown_error_quark (void);

char   *byline_markdown_to_html     (const char            *markdown,
                                     gssize                 length,
                                     BylineMarkdownFlags    flags,
                                     BylineUrlRewriteFunc   image_func,
                                     gpointer               user_data,
                                     GError               **error);
char   *byline_markdown_escape      (const char            *text,
                                     gssize                 length);

G_END_DECLS
