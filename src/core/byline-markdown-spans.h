/* byline-markdown-spans.h: where the Markdown syntax of a line is, for
 * highlighting
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BylineMarkdownSpanKind:
 * @BYLINE_MARKDOWN_SPAN_HEADING: a heading: an ATX heading line (`## Subheading`), or
 *   a setext heading's last line and its underline (`---`, `===`)
 * @BYLINE_MARKDOWN_SPAN_QUOTE_MARKER: the `>` of a block quote
 * @BYLINE_MARKDOWN_SPAN_LIST_MARKER: `-`, `*`, `+`, `1.` opening a list item
 * @BYLINE_MARKDOWN_SPAN_RULE: a thematic break (`---`)
 * @BYLINE_MARKDOWN_SPAN_CODE_BLOCK: a line of a fenced code block, fences
 *   included
 * @BYLINE_MARKDOWN_SPAN_CODE: a code span, backticks included
 * @BYLINE_MARKDOWN_SPAN_EMPHASIS: `*emphasis*` or `_emphasis_`
 * @BYLINE_MARKDOWN_SPAN_STRONG: `**strong**` or `__strong__`
 * @BYLINE_MARKDOWN_SPAN_LINK_TEXT: the `[text]` of a link or image
 * @BYLINE_MARKDOWN_SPAN_URL: the `(destination)` of a link or image, or an
 *   autolink (`<https://…>`)
 * @BYLINE_MARKDOWN_SPAN_IMAGE_MARKER: the `!` of an image
 * @BYLINE_MARKDOWN_SPAN_ESCAPE: a backslash escape (`\*`)
 */
typedef enum
{
  BYLINE_MARKDOWN_SPAN_HEADING,
  BYLINE_MARKDOWN_SPAN_QUOTE_MARKER,
  BYLINE_MARKDOWN_SPAN_LIST_MARKER,
  BYLINE_MARKDOWN_SPAN_RULE,
  BYLINE_MARKDOWN_SPAN_CODE_BLOCK,
  BYLINE_MARKDOWN_SPAN_CODE,
  BYLINE_MARKDOWN_SPAN_EMPHASIS,
  BYLINE_MARKDOWN_SPAN_STRONG,
  BYLINE_MARKDOWN_SPAN_LINK_TEXT,
  BYLINE_MARKDOWN_SPAN_URL,
  BYLINE_MARKDOWN_SPAN_IMAGE_MARKER,
  BYLINE_MARKDOWN_SPAN_ESCAPE,
} BylineMarkdownSpanKind;

#define BYLINE_MARKDOWN_N_SPAN_KINDS (BYLINE_MARKDOWN_SPAN_ESCAPE + 1)

/**
 * BylineMarkdownSpan:
 * @kind: what the span is
 * @start: its first character, counted in characters from the line's start
 * @end: the character after its last one
 */
typedef struct
{
  BylineMarkdownSpanKind kind;
  guint                  start;
  guint                  end;
} BylineMarkdownSpan;

const char *byline_markdown_span_kind_to_string (BylineMarkdownSpanKind  kind);
guint       byline_markdown_scan_line            (const char             *line,
                                                  gssize                  length,
                                                  guint                   state,
                                                  gboolean                underlined,
                                                  GArray                 *spans);
gboolean    byline_markdown_is_setext_underline  (const char             *line,
                                                  gssize                  length);
gboolean    byline_markdown_state_in_paragraph   (guint                   state);

G_END_DECLS
