/* byline-wp-json.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "byline-cms-types.h"

G_BEGIN_DECLS

/* Decoders for WordPress REST JSON. They take untrusted input: any node of
 * any shape is accepted without crashing; members of the wrong type count
 * as missing; an object without a positive integer `id` is an error
 * (BYLINE_CMS_ERROR_INVALID_RESPONSE). Text is kept as it came: never
 * interpret it as HTML. */

typedef gpointer (*BylineWpDecodeFunc) (JsonNode  *node,
                                        GError   **error);

BylineCmsPost    *byline_wp_json_decode_post     (JsonNode            *node,
                                                  GError             **error);
BylineCmsComment *byline_wp_json_decode_comment  (JsonNode            *node,
                                                  GError             **error);
BylineCmsTerm    *byline_wp_json_decode_term     (JsonNode            *node,
                                                  GError             **error);
BylineCmsUser    *byline_wp_json_decode_user     (JsonNode            *node,
                                                  GError             **error);
BylineCmsMedia   *byline_wp_json_decode_media    (JsonNode            *node,
                                                  GError             **error);
BylineCmsSite    *byline_wp_json_decode_site     (JsonNode            *node,
                                                  GError             **error);
gboolean          byline_wp_json_decode_error    (JsonNode            *node,
                                                  char               **code,
                                                  char               **message,
                                                  guint               *status);
GPtrArray        *byline_wp_json_decode_list     (JsonNode            *node,
                                                  BylineWpDecodeFunc   decode,
                                                  GDestroyNotify       free_func,
                                                  GError             **error);
gboolean          byline_wp_json_schema_has_meta (JsonNode            *node,
                                                  const char          *key);

JsonNode         *byline_wp_json_encode_post     (const BylineCmsPost *post);
void              byline_wp_json_add_string      (JsonBuilder         *builder,
                                                  const char          *name,
                                                  const char          *value);
char             *byline_wp_json_format_date     (GDateTime           *date);

G_END_DECLS
