/* byline-editor-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-editor.h"
#include "byline-markdown-highlighter.h"

G_BEGIN_DECLS

struct _BylineEditor
{
  AdwBin              parent_instance;

  BylineArticle      *article;
  GSettings          *settings;
  GSettings          *interface_settings;
  BylineSpellChecker *spell_checker;
  BylineMarkdownHighlighter *highlighter;
  GtkCssProvider     *font_provider;
  GtkCssProvider     *headline_font_provider;

  /* Template widgets */
  BylineSearchBar    *search_bar;
  GtkScrolledWindow  *scroller;
  GtkWidget          *header_holder;
  GtkWidget          *header_box;
  GtkTextView        *headline_view;
  GtkLabel           *headline_placeholder;
  GtkLevelBar        *headline_meter;
  GtkLabel           *headline_count_label;
  GtkTextView        *standfirst_view;
  GtkLabel           *standfirst_placeholder;
  GtkSourceView      *body_view;
  GtkLabel           *stats_label;
  GtkLabel           *save_state_label;

  char               *stats_text;
  guint               count_source;
  guint               cursor_source;
  guint               relayout_source;
  guint               layout_source;
  guint               cursor_line_source;
  int                 header_width;     /* what layout_cb() last set */
  int                 header_height;    /* what layout_cb() measured */
  int                 header_x;
  int                 header_y;
  double              header_scroll;    /* the body's scroll at the last vadjustment_value_cb() */
  guint               word_count;       /* kept exact edit by edit */
  guint               shown_word_count; /* in the label, notified */
  guint               words_before;     /* around an edit, before it */
  guint               char_count;
  BylineSaveState     save_state;

  /* Set while the editor writes to the article or fills its buffers from
   * it, so that neither side echoes the other's change back. */
  guint               updating_article : 1;
  guint               loading : 1;
  guint               body_dirty : 1;
};

void _byline_editor_style_init         (BylineEditor *self);
void _byline_editor_style_dispose      (BylineEditor *self);
void _byline_editor_update_font        (BylineEditor *self);
void _byline_editor_update_direction   (BylineEditor *self);
void _byline_editor_update_scheme      (BylineEditor *self);
void _byline_editor_queue_cursor_visible (BylineEditor *self);
void _byline_editor_queue_relayout (BylineEditor *self);
void _byline_editor_queue_layout (BylineEditor *self);
void _byline_editor_body_init          (BylineEditor *self);
void _byline_editor_body_dispose       (BylineEditor *self);
void _byline_editor_body_recount       (BylineEditor *self,
                                        const char   *text);

G_END_DECLS
