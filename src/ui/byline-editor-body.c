/* byline-editor-body.c: inserting into the body, and Ctrl+B / Ctrl+I
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-editor"

#include "config.h"

#include <string.h>

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

/* The word count follows each edit by counting only the words around it:
 * from the space before the change to the space after it. Words never
 * span white space (byline_article_count_words() ends a word at any
 * character that is not a letter, digit, mark or a joiner between two of
 * them), so the story's count is the sum over such stretches and stays
 * exact, at a cost of the edited word, not of the 50,000 around it. */
static guint
count_words_around (const GtkTextIter *start,
                    const GtkTextIter *end)
{
  GtkTextIter s = *start, e = *end;
  g_autofree char *text = NULL;

  byline_text_iter_extend_to_spaces (&s, &e);
  text = gtk_text_iter_get_text (&s, &e);
  return byline_article_count_words (text);
}

static void
apply_delta (BylineEditor *self,
             guint         after)
{
  if (after >= self->words_before || self->word_count >= self->words_before - after)
    self->word_count = self->word_count - self->words_before + after;
  else
    self->word_count = 0;
}

/* GTK 4.8 lays an edited paragraph out twice before the next frame: its
 * validation idle (GTK_PRIORITY_RESIZE - 2) lays it out for its height
 * and keeps nothing (it caches only full layouts), then the input
 * method's cursor idle, which the validation queues, lays it out again in
 * full, and the frame draws that one. Laying the cursor's paragraph out in
 * full first, in an idle after the keys already queued and before the
 * validation, lets both find it in the cache: one Pango layout of the
 * paragraph per keystroke instead of two (counted with uprobes on
 * gtk_text_layout_create_display). */
static gboolean
cursor_line_cb (gpointer user_data)
{
  BylineEditor *self = user_data;

  self->cursor_line_source = 0;
  gtk_text_view_get_cursor_locations (GTK_TEXT_VIEW (self->body_view), NULL, NULL, NULL);

  return G_SOURCE_REMOVE;
}

static void
queue_cursor_line (BylineEditor *self)
{
  if (self->cursor_line_source == 0)
    self->cursor_line_source = g_idle_add_full (GTK_PRIORITY_RESIZE - 3, cursor_line_cb, self, NULL);
}

static void
insert_text_before_cb (GtkTextBuffer *buffer,
                       GtkTextIter   *location,
                       const char    *text,
                       int            len,
                       BylineEditor  *self)
{
  if (!self->loading)
    self->words_before = count_words_around (location, location);
}

static void
insert_text_after_cb (GtkTextBuffer *buffer,
                      GtkTextIter   *location,
                      const char    *text,
                      int            len,
                      BylineEditor  *self)
{
  GtkTextIter start = *location;

  if (self->loading)
    return;

  gtk_text_iter_backward_chars (&start, g_utf8_strlen (text, len));
  apply_delta (self, count_words_around (&start, location));
  queue_cursor_line (self);
}

static void
delete_range_before_cb (GtkTextBuffer *buffer,
                        GtkTextIter   *start,
                        GtkTextIter   *end,
                        BylineEditor  *self)
{
  if (!self->loading)
    self->words_before = count_words_around (start, end);
}

static void
delete_range_after_cb (GtkTextBuffer *buffer,
                       GtkTextIter   *start,
                       GtkTextIter   *end,
                       BylineEditor  *self)
{
  if (self->loading)
    return;

  apply_delta (self, count_words_around (start, start));
  queue_cursor_line (self);
}

/* Called after the body is filled from the article (edits made while
 * loading are not counted one by one) */
void
_byline_editor_body_recount (BylineEditor *self,
                             const char   *text)
{
  self->word_count = byline_article_count_words (text);
}

/* Whether the @n characters before @at (@backward) or after it are
 * @marker, and, for a single "*", not part of a "**" */
static gboolean
marked (const GtkTextIter *at,
        const char        *marker,
        gboolean           backward)
{
  glong n = g_utf8_strlen (marker, -1);
  GtkTextIter a = *at, b = *at;
  g_autofree char *text = NULL;
  g_autofree char *wider = NULL;

  if (backward ? !gtk_text_iter_backward_chars (&a, n) : !gtk_text_iter_forward_chars (&b, n))
    return FALSE;
  text = gtk_text_iter_get_slice (&a, &b);
  if (!g_str_equal (text, marker))
    return FALSE;
  if (n == 1)
    {
      if (backward ? !gtk_text_iter_backward_char (&a) : !gtk_text_iter_forward_char (&b))
        return TRUE;
      wider = gtk_text_iter_get_slice (&a, &b);
      return !g_str_equal (wider, "**");
    }
  return TRUE;
}

/* Ctrl+B and Ctrl+I in the body: **strong** or *emphasis* around the
 * selection, or the word at the cursor, or a pair to type into; taken off
 * again when the text already has them. One undo step. */
static gboolean
toggle_markers (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  BylineEditor *self = user_data;
  const char *marker = g_variant_get_string (args, NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  glong n = g_utf8_strlen (marker, -1);
  GtkTextIter start, end;
  GtkTextMark *start_mark, *end_mark;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end) &&
      (gtk_text_iter_inside_word (&start) || gtk_text_iter_ends_word (&start)))
    {
      if (!gtk_text_iter_starts_word (&start))
        gtk_text_iter_backward_word_start (&start);
      if (!gtk_text_iter_ends_word (&end))
        gtk_text_iter_forward_word_end (&end);
    }

  gtk_text_buffer_begin_user_action (buffer);
  if (gtk_text_iter_equal (&start, &end))
    {
      /* Nothing to wrap: a pair of markers, the cursor between them */
      g_autofree char *pair = g_strconcat (marker, marker, NULL);

      gtk_text_buffer_insert (buffer, &start, pair, -1);
      gtk_text_iter_backward_chars (&start, n);
      gtk_text_buffer_place_cursor (buffer, &start);
      gtk_text_buffer_end_user_action (buffer);
      return TRUE;
    }
  /* (the start stays after an opening marker put in front of it, the end
   * before a closing one put after it) */
  start_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, FALSE);
  end_mark = gtk_text_buffer_create_mark (buffer, NULL, &end, TRUE);
  if (marked (&start, marker, TRUE) && marked (&end, marker, FALSE))
    {
      GtkTextIter from = end, to = end;

      gtk_text_iter_forward_chars (&to, n);
      gtk_text_buffer_delete (buffer, &from, &to);
      gtk_text_buffer_get_iter_at_mark (buffer, &to, start_mark);
      from = to;
      gtk_text_iter_backward_chars (&from, n);
      gtk_text_buffer_delete (buffer, &from, &to);
    }
  else
    {
      gtk_text_buffer_insert (buffer, &end, marker, -1);
      gtk_text_buffer_get_iter_at_mark (buffer, &start, start_mark);
      gtk_text_buffer_insert (buffer, &start, marker, -1);
    }
  /* The text (or the place to type it) selected between the markers */
  gtk_text_buffer_get_iter_at_mark (buffer, &start, start_mark);
  gtk_text_buffer_get_iter_at_mark (buffer, &end, end_mark);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_buffer_delete_mark (buffer, start_mark);
  gtk_text_buffer_delete_mark (buffer, end_mark);
  gtk_text_buffer_end_user_action (buffer);
  return TRUE;
}

void
_byline_editor_body_init (BylineEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string ("<Control>b"),
                                                                         gtk_callback_action_new (toggle_markers, self, NULL),
                                                                         "s", "**"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string ("<Control>i"),
                                                                         gtk_callback_action_new (toggle_markers, self, NULL),
                                                                         "s", "*"));
  gtk_widget_add_controller (GTK_WIDGET (self->body_view), shortcuts);

  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_before_cb), self, 0);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_before_cb), self, 0);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_after_cb), self,
                           G_CONNECT_AFTER);
}

void
_byline_editor_body_dispose (BylineEditor *self)
{
  g_clear_handle_id (&self->cursor_line_source, g_source_remove);
}
