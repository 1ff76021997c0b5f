/* byline-images.h: images added to drafts, kept by content hash
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A draft refers to an image it holds as `byline-image:<sha256>.<ext>`. */
#define BYLINE_IMAGE_SCHEME "byline-image:"

char     *byline_images_add_file     (const char    *images_dir,
                                      GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);
char     *byline_images_resolve      (const char    *images_dir,
                                      const char    *url);
gboolean  byline_images_name_is_valid (const char   *name);
char     *byline_images_adopt_markdown (const char   *images_dir,
                                        const char   *markdown,
                                        const char   *base_dir,
                                        GCancellable *cancellable,
                                        GError      **error);
GHashTable *byline_images_markdown_alts (const char  *markdown);

G_END_DECLS
