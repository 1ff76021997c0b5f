/* byline-html-convert-private.h: the HTML → Markdown converter's state
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "byline-html-tokenizer-private.h"

G_BEGIN_DECLS

#define MAX_DEPTH 16

typedef enum { MARK_EM, MARK_STRONG, MARK_CODE, MARK_DEL, MARK_LINK } MarkKind;
typedef enum { CAPTURE_NONE, CAPTURE_STANDFIRST, CAPTURE_CREDIT, CAPTURE_DATELINE } Capture;

typedef struct
{
  MarkKind  kind;
  gsize     pos;      /* para length after the opening marker */
  char     *href;     /* MARK_LINK: the safe URL, or NULL when no link is written */
} Mark;

typedef struct
{
  gboolean ordered;
  guint    counter;
  char     marker;     /* '-' or '*'; '.' or ')' after a number */
} List;

typedef struct _Table Table;

typedef struct
{
  gboolean   text_only;
  gboolean   autop;        /* a classic-editor post: line breaks as wpautop reads them */
  GString   *md;
  GString   *para;
  GArray    *marks;
  GArray    *lists;
  gsize      list_end;     /* c->md's length when the last list ended */
  char       list_marker;  /* and that list's marker */
  guint      quote_depth;
  guint      heading;
  gboolean   item_pending;
  gboolean   prev_item;
  guint      prev_quote;
  gboolean   citation;
  gboolean   after_open;
  guint      pre_depth;
  GString   *pre;
  guint      table_cells;
  guint      table_depth;
  Table     *table;        /* the outermost table, when it may be a GFM table */

  guint      figure_depth;
  char      *fig_src;
  char      *fig_alt;
  char      *fig_title;
  GString   *caption;
  gboolean   in_figcaption;
  gboolean   fig_multi;

  Capture    capture;
  gboolean   capture_lede;
  guint      author_spans;
  guint      place_spans;
  GString   *cap;
  GString   *author;
  GString   *place_buf;

  char      *standfirst;
  GPtrArray *bylines;
  char      *place;
  char      *datetime;
  char      *zone;
} Conv;

void _byline_html_conv_init      (Conv       *c,
                                  gboolean    text_only);
void _byline_html_conv_clear     (Conv       *c);
void _byline_html_conv_run       (Conv       *c,
                                  const char *html,
                                  gssize      length);
void _byline_html_append_collapsed (GString    *dest,
                                    const char *text,
                                    gsize       len,
                                    gboolean    strip_leading);

/* byline-html-convert.c: writing blocks */
void _byline_html_conv_flush       (Conv       *c);
void _byline_html_conv_emit_block  (Conv       *c,
                                    const char *text,
                                    gboolean    verbatim);
void _byline_html_conv_append_text (Conv       *c,
                                    const char *raw,
                                    gsize       len);

void _byline_html_conv_close_marks (Conv       *c,
                                    guint       index);

/* byline-html-convert-figures.c */
void _byline_html_url_append       (GString    *out,
                                    const char *url);
gboolean _byline_html_image_src_plausible (const char *src);
void _byline_html_image_append     (GString    *out,
                                    const char *src,
                                    const char *alt,
                                    const char *title);
void _byline_html_figure_start     (Conv       *c);
void _byline_html_figure_end       (Conv       *c);
void _byline_html_figure_image     (Conv       *c,
                                    char       *src,
                                    const char *alt,
                                    const char *title);

/* byline-html-convert-tables.c */
void _byline_html_table_free       (Table      *table);
void _byline_html_table_start      (Conv       *c);
void _byline_html_table_end        (Conv       *c);
void _byline_html_table_row        (Conv       *c);
void _byline_html_table_cell_start (Conv            *c,
                                    BylineHtmlToken *t);
void _byline_html_table_cell_end   (Conv       *c);
void _byline_html_table_caption    (Conv       *c,
                                    gboolean    start);
void _byline_html_table_block      (Conv       *c,
                                    const char *name);
void _byline_html_table_flushed    (Conv       *c);

G_END_DECLS
