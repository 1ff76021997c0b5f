/* byline-editor-body.c: inserting into the body
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-editor"

#include "config.h"

#include "byline-editor-private.h"

/**
 * byline_editor_insert_markdown:
 * @markdown: e.g. an image reference
 *
 * Inserts @markdown into the body at the cursor (replacing a selection),
 * as its own paragraph when it is not one already, undoably.
 */
void
byline_editor_insert_markdown (BylineEditor *self,
                               const char   *markdown)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autoptr(GString) text = NULL;

  g_return_if_fail (BYLINE_IS_EDITOR (self));
  g_return_if_fail (markdown != NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  text = g_string_new (markdown);

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
  end = start;
  if (!gtk_text_iter_starts_line (&start))
    g_string_prepend (text, "\n\n");
  if (!gtk_text_iter_ends_line (&end))
    g_string_append (text, "\n\n");
  gtk_text_buffer_insert (buffer, &start, text->str, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_buffer_place_cursor (buffer, &start);
}
