/* byline-diff.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  BYLINE_DIFF_EQUAL,
  BYLINE_DIFF_INSERT,
  BYLINE_DIFF_DELETE,
} BylineDiffOp;

/**
 * BylineDiffChunk:
 * @op: what happened to @text
 * @text: a run of whole words and the spaces and punctuation between them
 */
typedef struct
{
  BylineDiffOp  op;
  char         *text;
} BylineDiffChunk;

void       byline_diff_chunk_free (BylineDiffChunk *chunk);
GPtrArray *byline_diff_words      (const char      *old_text,
                                   const char      *new_text);
char      *byline_diff_format     (GPtrArray       *chunks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineDiffChunk, byline_diff_chunk_free)

G_END_DECLS
