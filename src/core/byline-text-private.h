/* byline-text-private.h: helpers shared by the text conversions
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BYLINE_URL_LINK,   /* <a href>: http, https, mailto, relative */
  BYLINE_URL_IMAGE,  /* <img src>: http, https, file, byline-image, relative */
} BylineUrlKind;

char     *_byline_text_make_valid       (const char  *text,
                                         gssize       length);
void      _byline_html_escape_append    (GString     *out,
                                         const char  *text,
                                         gssize       length);
char     *_byline_html_escape           (const char  *text);
char     *_byline_html_escape_text      (const char  *text);
gboolean  _byline_html_decode_entity    (const char  *text,
                                         gsize        length,
                                         gsize       *consumed,
                                         GString     *out);
void      _byline_html_decode_append    (GString     *out,
                                         const char  *text,
                                         gsize        length);
char     *_byline_url_sanitize          (const char  *url,
                                         BylineUrlKind kind);
void      _byline_markdown_escape_append (GString    *out,
                                         const char *text,
                                         gsize       length,
                                         gboolean    line_start);
gboolean  _byline_unichar_is_bidi_control (gunichar   c);

G_END_DECLS
