/* byline-html-tokenizer-private.h: a small, tolerant HTML tokenizer
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
  BYLINE_HTML_TOKEN_EOF,
  BYLINE_HTML_TOKEN_TEXT,
  BYLINE_HTML_TOKEN_START,
  BYLINE_HTML_TOKEN_END,
  BYLINE_HTML_TOKEN_COMMENT,
} BylineHtmlTokenType;

typedef struct
{
  BylineHtmlTokenType  type;
  const char          *text;        /* TEXT: raw text, entities not decoded; COMMENT: its content */
  gsize                text_len;
  char                 name[16];    /* START/END: lower case; "" when unknown or too long */
  gboolean             self_closing;
  GPtrArray           *attrs;       /* START: name, decoded value, name, value … (kept ones only) */
} BylineHtmlToken;

typedef struct
{
  const char      *input;           /* valid UTF-8 without NUL bytes */
  gsize            length;
  gsize            pos;
  BylineHtmlToken  token;
} BylineHtmlTokenizer;

void             _byline_html_tokenizer_init  (BylineHtmlTokenizer *tok,
                                               const char          *input,
                                               gsize                length);
void             _byline_html_tokenizer_clear (BylineHtmlTokenizer *tok);
BylineHtmlToken *_byline_html_tokenizer_next  (BylineHtmlTokenizer *tok);
const char      *_byline_html_token_attr      (BylineHtmlToken     *token,
                                               const char          *name);
gboolean         _byline_html_token_has_class (BylineHtmlToken     *token,
                                               const char          *class_name);

G_END_DECLS
