/* byline-sha256.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BylineSha256 BylineSha256;

BylineSha256 *byline_sha256_new        (void);
void          byline_sha256_update     (BylineSha256  *self,
                                        gconstpointer  data,
                                        gssize         length);
char         *byline_sha256_get_string (BylineSha256  *self);
void          byline_sha256_free       (BylineSha256  *self);
char         *byline_sha256_for_data   (gconstpointer  data,
                                        gsize          length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineSha256, byline_sha256_free)

G_END_DECLS
