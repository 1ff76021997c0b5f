/* byline-markdown-highlighter.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "byline-markdown-spans.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_MARKDOWN_HIGHLIGHTER (byline_markdown_highlighter_get_type ())

G_DECLARE_FINAL_TYPE (BylineMarkdownHighlighter, byline_markdown_highlighter, BYLINE, MARKDOWN_HIGHLIGHTER, GObject)

BylineMarkdownHighlighter *byline_markdown_highlighter_new              (GtkTextBuffer             *buffer);
GtkTextTag                *byline_markdown_highlighter_get_tag          (BylineMarkdownHighlighter *self,
                                                                         BylineMarkdownSpanKind     kind);
void                       byline_markdown_highlighter_set_style_scheme (BylineMarkdownHighlighter *self,
                                                                         GtkSourceStyleScheme      *scheme);

G_END_DECLS
