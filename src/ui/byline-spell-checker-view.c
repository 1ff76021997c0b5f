/* byline-spell-checker-view.c: underlines and the context menu in text views
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-spell-checker"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-spell-checker-private.h"

#define MAX_SUGGESTIONS 6

void
_byline_spell_checker_attached_free (gpointer data)
{
  Attached *a = data;

  g_signal_handlers_disconnect_by_data (a->buffer, a);
  if (a->view != NULL)
    {
      gtk_widget_insert_action_group (GTK_WIDGET (a->view), "spelling", NULL);
      gtk_text_view_set_extra_menu (a->view, NULL);
      gtk_widget_remove_controller (GTK_WIDGET (a->view), a->click);
      g_object_set_data (G_OBJECT (a->view), BYLINE_SPELL_ATTACHED_KEY, NULL);
      gtk_widget_queue_draw (GTK_WIDGET (a->view));
      g_object_remove_weak_pointer (G_OBJECT (a->view), (gpointer *) &a->view);
    }
  if (a->checker != NULL)
    g_object_remove_weak_pointer (G_OBJECT (a->checker), (gpointer *) &a->checker);
  g_clear_object (&a->unchecked);
  g_clear_object (&a->buffer);
  g_clear_object (&a->menu);
  g_clear_pointer (&a->underlines, _byline_spell_underlines_free);
  g_clear_pointer (&a->misspelled, _byline_spell_ranges_free);
  g_clear_pointer (&a->skip_tags, g_ptr_array_unref);
  g_free (a->menu_word);
  g_free (a);
}

/* Marks [@start, @end) as misspelled, or no longer, and redraws the
 * view's squiggles */
void
_byline_spell_checker_mark (Attached          *a,
                            const GtkTextIter *start,
                            const GtkTextIter *end,
                            gboolean           misspelled)
{
  _byline_spell_ranges_set (a->misspelled, start, end, misspelled);
  _byline_spell_underlines_forget (a->underlines, start, end);
  if (a->view != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (a->view));
}

/* Longest run without white space that an edit's unchecked stretch is
 * widened over (see mark_unchecked()) */
#define MAX_TOKEN_CHARS 64

/* Moves @iter back (or forward) to the white space nearest it, at most
 * MAX_TOKEN_CHARS; FALSE when there is none that near */
static gboolean
to_space (GtkTextIter *iter,
          gboolean     backward)
{
  GtkTextIter i = *iter;

  for (guint n = 0; n <= MAX_TOKEN_CHARS; n++)
    {
      GtkTextIter before = i;

      if (backward ? gtk_text_iter_is_start (&i) || !gtk_text_iter_backward_char (&before) ||
                     g_unichar_isspace (gtk_text_iter_get_char (&before))
                   : gtk_text_iter_is_end (&i) || g_unichar_isspace (gtk_text_iter_get_char (&i)))
        {
          *iter = i;
          return TRUE;
        }
      if (backward)
        i = before;
      else
        gtk_text_iter_forward_char (&i);
    }
  return FALSE;
}

/* [@start, @end) waits for a check, with the words it cuts into. Words
 * never span white space, so the stretch between the spaces around it
 * holds them, found without Pango's word boundaries (which cost a pass
 * over the whole paragraph, on each word typed). Text running on without
 * spaces (Thai, Chinese, an address) is cut at its words instead. */
static void
mark_unchecked (Attached    *a,
                GtkTextIter *start,
                GtkTextIter *end)
{
  if (!to_space (start, TRUE) && gtk_text_iter_inside_word (start) && !gtk_text_iter_starts_word (start))
    gtk_text_iter_backward_word_start (start);
  if (!to_space (end, FALSE) && gtk_text_iter_inside_word (end) && !gtk_text_iter_ends_word (end))
    gtk_text_iter_forward_word_end (end);

  gtk_source_region_add_subregion (a->unchecked, start, end);
}

/* The stretch between the spaces around [@start, @end]: a word being typed
 * and what clings to it, found without Pango's word boundaries (which
 * cost a pass over the whole paragraph after each edit) */
static gboolean
token_around (GtkTextIter *start,
              GtkTextIter *end)
{
  for (GtkTextIter iter = *start; gtk_text_iter_compare (&iter, end) < 0; gtk_text_iter_forward_char (&iter))
    {
      if (g_unichar_isspace (gtk_text_iter_get_char (&iter)))
        return FALSE;
    }

  byline_text_iter_extend_to_spaces (start, end);
  return TRUE;
}

/**
 * byline_text_iter_extend_to_spaces:
 *
 * Moves @start back to just after the white space before it (or the start
 * of the buffer) and @end forward to the white space after it (or the
 * end): the stretch of text an edit between them can change a word in.
 */
void
byline_text_iter_extend_to_spaces (GtkTextIter *start,
                                   GtkTextIter *end)
{
  while (!gtk_text_iter_is_start (start))
    {
      GtkTextIter before = *start;

      gtk_text_iter_backward_char (&before);
      if (g_unichar_isspace (gtk_text_iter_get_char (&before)))
        break;
      *start = before;
    }
  while (!gtk_text_iter_is_end (end) && !g_unichar_isspace (gtk_text_iter_get_char (end)))
    gtk_text_iter_forward_char (end);
}

static void
undefer (Attached *a)
{
  GtkTextIter dstart, dend;

  if (!a->has_deferred)
    return;

  gtk_text_buffer_get_iter_at_mark (a->buffer, &dstart, a->deferred_start);
  gtk_text_buffer_get_iter_at_mark (a->buffer, &dend, a->deferred_end);
  a->has_deferred = FALSE;
  mark_unchecked (a, &dstart, &dend);
}

/* An edit: its words wait for a check. Typing (an edit inside a user
 * action, as GtkTextView makes for a key press) defers the word at the
 * cursor until the cursor leaves it: a word half typed is no misspelling,
 * and a keystroke inside a word then costs no check at all. */
static void
edited (Attached    *a,
        GtkTextIter *start,
        GtkTextIter *end)
{
  GtkTextIter cursor, tstart = *start, tend = *end;

  a->typing = a->user_action > 0;
  gtk_text_buffer_get_iter_at_mark (a->buffer, &cursor, gtk_text_buffer_get_insert (a->buffer));
  if (a->typing && token_around (&tstart, &tend) &&
      gtk_text_iter_compare (&cursor, &tstart) >= 0 && gtk_text_iter_compare (&cursor, &tend) <= 0)
    {
      GtkTextIter dstart, dend;

      /* Still the same word: nothing else to do */
      gtk_text_buffer_get_iter_at_mark (a->buffer, &dstart, a->deferred_start);
      gtk_text_buffer_get_iter_at_mark (a->buffer, &dend, a->deferred_end);
      if (!a->has_deferred || gtk_text_iter_compare (&dstart, &tstart) < 0 ||
          gtk_text_iter_compare (&dend, &tend) > 0)
        undefer (a);
      gtk_text_buffer_move_mark (a->buffer, a->deferred_start, &tstart);
      gtk_text_buffer_move_mark (a->buffer, a->deferred_end, &tend);
      a->has_deferred = TRUE;
      if (_byline_spell_ranges_contains (a->misspelled, &tstart) ||
          _byline_spell_ranges_forward_to_toggle (a->misspelled, &tstart))
        {
          if (gtk_text_iter_compare (&tstart, &tend) < 0)
            {
              gtk_text_buffer_get_iter_at_mark (a->buffer, &tstart, a->deferred_start);
              _byline_spell_checker_mark (a, &tstart, &tend, FALSE);
            }
        }
      return;
    }

  undefer (a);
  mark_unchecked (a, start, end);
  _byline_spell_checker_queue_check (a->checker);
}

static void
insert_text_after_cb (GtkTextBuffer *buffer,
                      GtkTextIter   *location,
                      const char    *text,
                      int            len,
                      Attached      *a)
{
  GtkTextIter start = *location, end = *location;

  gtk_text_iter_backward_chars (&start, g_utf8_strlen (text, len));
  _byline_spell_underlines_forget (a->underlines, &start, &end);
  /* New text is unchecked: typed at a misspelled word's start, it joined
   * the word's range (see byline-spell-ranges.c) */
  _byline_spell_ranges_set (a->misspelled, &start, &end, FALSE);
  if (a->checker == NULL || !byline_spell_checker_get_active (a->checker))
    return;

  edited (a, &start, &end);
}

static void
delete_range_after_cb (GtkTextBuffer *buffer,
                       GtkTextIter   *start,
                       GtkTextIter   *end,
                       Attached      *a)
{
  GtkTextIter s = *start, e = *start;

  _byline_spell_underlines_forget (a->underlines, &s, &e);
  if (a->checker == NULL || !byline_spell_checker_get_active (a->checker))
    return;

  edited (a, &s, &e);
}

/* Any tag's change can move words (highlighting makes some italic or
 * bold) and the checker's own moves squiggles: their paragraphs are
 * measured again */
static void
tag_changed_after_cb (GtkTextBuffer     *buffer,
                      GtkTextTag        *tag,
                      const GtkTextIter *start,
                      const GtkTextIter *end,
                      Attached          *a)
{
  GtkTextIter s = *start, e = *end;

  _byline_spell_underlines_forget (a->underlines, start, end);
  /* Code or an address came or went: its words are checked again */
  if (g_ptr_array_find (a->skip_tags, tag, NULL) && a->checker != NULL &&
      byline_spell_checker_get_active (a->checker))
    {
      mark_unchecked (a, &s, &e);
      _byline_spell_checker_queue_check (a->checker);
    }
}

static void
begin_user_action_cb (GtkTextBuffer *buffer,
                      Attached      *a)
{
  a->user_action++;
}

static void
end_user_action_cb (GtkTextBuffer *buffer,
                    Attached      *a)
{
  if (a->user_action > 0)
    a->user_action--;
}

/* The cursor left the word being typed: check it now */
static void
cursor_moved (Attached          *a,
              const GtkTextIter *location)
{
  GtkTextIter dstart, dend;

  if (!a->has_deferred || a->checker == NULL)
    return;

  gtk_text_buffer_get_iter_at_mark (a->buffer, &dstart, a->deferred_start);
  gtk_text_buffer_get_iter_at_mark (a->buffer, &dend, a->deferred_end);
  if (gtk_text_iter_compare (location, &dstart) >= 0 && gtk_text_iter_compare (location, &dend) <= 0)
    return;

  a->typing = FALSE;
  undefer (a);
  _byline_spell_checker_queue_check (a->checker);
}

static char *
attached_dup_word (Attached *a)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (a->buffer, &start, a->word_start);
  gtk_text_buffer_get_iter_at_mark (a->buffer, &end, a->word_end);
  return gtk_text_iter_get_slice (&start, &end);
}

static void
replace_activate_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     Attached      *a)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_mark (a->buffer, &start, a->word_start);
  gtk_text_buffer_get_iter_at_mark (a->buffer, &end, a->word_end);

  gtk_text_buffer_begin_user_action (a->buffer);
  gtk_text_buffer_delete (a->buffer, &start, &end);
  gtk_text_buffer_insert (a->buffer, &start, g_variant_get_string (parameter, NULL), -1);
  gtk_text_buffer_end_user_action (a->buffer);
}

/* "Add to Dictionary" and "Ignore" */
static void
accept_activate_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    Attached      *a)
{
  g_autofree char *word = attached_dup_word (a);

  if (a->checker == NULL)
    return;

  if (g_str_equal (g_action_get_name (G_ACTION (action)), "add"))
    byline_spell_checker_add_word (a->checker, word);
  else
    byline_spell_checker_ignore_word (a->checker, word);
}

/* Fills the context menu's spelling section for the word at @iter:
 * suggestions, "Add to Dictionary" and "Ignore" when it is underlined,
 * nothing otherwise. */
static void
update_menu_at (Attached          *a,
                const GtkTextIter *iter)
{
  g_auto(GStrv) suggestions = NULL;
  g_autofree char *word = NULL;
  g_autoptr(GMenu) replace_section = NULL;
  g_autoptr(GMenu) word_section = NULL;
  GtkTextIter start, end;

  if (a->checker == NULL || !byline_spell_checker_get_active (a->checker) ||
      !_byline_spell_ranges_contains (a->misspelled, iter))
    {
      g_clear_pointer (&a->menu_word, g_free);
      if (g_menu_model_get_n_items (G_MENU_MODEL (a->menu)) > 0)
        g_menu_remove_all (a->menu);
      return;
    }

  start = end = *iter;
  if (!gtk_text_iter_starts_word (&start))
    gtk_text_iter_backward_word_start (&start);
  if (!gtk_text_iter_ends_word (&end))
    gtk_text_iter_forward_word_end (&end);

  /* Moving the cursor inside the same word costs nothing */
  word = gtk_text_iter_get_slice (&start, &end);
  if (a->menu_word != NULL && g_str_equal (a->menu_word, word) &&
      a->menu_offset == gtk_text_iter_get_offset (&start))
    return;

  gtk_text_buffer_move_mark (a->buffer, a->word_start, &start);
  gtk_text_buffer_move_mark (a->buffer, a->word_end, &end);
  g_free (a->menu_word);
  a->menu_word = g_strdup (word);
  a->menu_offset = gtk_text_iter_get_offset (&start);

  replace_section = g_menu_new ();
  word_section = g_menu_new ();
  suggestions = byline_spell_checker_get_suggestions (a->checker, word);
  for (guint i = 0; suggestions != NULL && suggestions[i] != NULL && i < MAX_SUGGESTIONS; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggestions[i], NULL);

      g_menu_item_set_action_and_target_value (item, "spelling.replace",
                                               g_variant_new_string (suggestions[i]));
      g_menu_append_item (replace_section, item);
    }
  if (suggestions == NULL || suggestions[0] == NULL)
    g_menu_append (replace_section, _("No Suggestions"), "spelling.none");

  g_menu_append (word_section, _("_Add to Dictionary"), "spelling.add");
  g_menu_append (word_section, _("_Ignore"), "spelling.ignore");

  g_menu_remove_all (a->menu);
  g_menu_append_section (a->menu, NULL, G_MENU_MODEL (replace_section));
  g_menu_append_section (a->menu, NULL, G_MENU_MODEL (word_section));
}

/* Right click on an underlined word offers corrections for that word… */
static void
right_click_pressed_cb (GtkGestureClick *gesture,
                        int              n_press,
                        double           x,
                        double           y,
                        Attached        *a)
{
  GtkTextIter iter;
  int bx, by;

  if (a->view == NULL)
    return;

  gtk_text_view_window_to_buffer_coords (a->view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  gtk_text_view_get_iter_at_location (a->view, &iter, bx, by);
  update_menu_at (a, &iter);
}

/* …and the Menu key (or Shift+F10) for the word at the cursor */
static void
mark_set_cb (GtkTextBuffer     *buffer,
             const GtkTextIter *location,
             GtkTextMark       *mark,
             Attached          *a)
{
  if (mark == gtk_text_buffer_get_insert (buffer))
    {
      cursor_moved (a, location);
      update_menu_at (a, location);
    }
}

/**
 * byline_spell_checker_attach:
 *
 * Checks @view's text from now on: misspelled words get an error
 * underline, checked in idle chunks, and the view's context menu offers
 * corrections.
 */
void
byline_spell_checker_attach (BylineSpellChecker *self,
                             GtkTextView        *view)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) replace = g_simple_action_new ("replace", G_VARIANT_TYPE_STRING);
  g_autoptr(GSimpleAction) add = g_simple_action_new ("add", NULL);
  g_autoptr(GSimpleAction) ignore = g_simple_action_new ("ignore", NULL);
  g_autoptr(GSimpleAction) none = g_simple_action_new ("none", NULL);
  GtkTextIter start;
  Attached *a;

  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  a = g_new0 (Attached, 1);
  a->checker = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &a->checker);
  a->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &a->view);
  a->buffer = g_object_ref (gtk_text_view_get_buffer (view));
  /* Marks, not a tag: the views draw the squiggles (see
   * byline_spell_checker_snapshot_underlines() and byline-spell-ranges.c) */
  a->misspelled = _byline_spell_ranges_new (a->buffer);
  a->skip_tags = g_ptr_array_new_with_free_func (g_object_unref);
  a->underlines = _byline_spell_underlines_new ();
  g_object_set_data (G_OBJECT (view), BYLINE_SPELL_ATTACHED_KEY, a);
  a->unchecked = gtk_source_region_new (a->buffer);
  gtk_text_buffer_get_start_iter (a->buffer, &start);
  a->word_start = gtk_text_buffer_create_mark (a->buffer, NULL, &start, TRUE);
  a->word_end = gtk_text_buffer_create_mark (a->buffer, NULL, &start, FALSE);
  a->deferred_start = gtk_text_buffer_create_mark (a->buffer, NULL, &start, TRUE);
  a->deferred_end = gtk_text_buffer_create_mark (a->buffer, NULL, &start, FALSE);
  a->menu = g_menu_new ();
  g_ptr_array_add (self->attached, a);

  g_signal_connect_after (a->buffer, "insert-text", G_CALLBACK (insert_text_after_cb), a);
  g_signal_connect_after (a->buffer, "delete-range", G_CALLBACK (delete_range_after_cb), a);
  g_signal_connect (a->buffer, "mark-set", G_CALLBACK (mark_set_cb), a);
  g_signal_connect_after (a->buffer, "apply-tag", G_CALLBACK (tag_changed_after_cb), a);
  g_signal_connect_after (a->buffer, "remove-tag", G_CALLBACK (tag_changed_after_cb), a);
  g_signal_connect (a->buffer, "begin-user-action", G_CALLBACK (begin_user_action_cb), a);
  g_signal_connect (a->buffer, "end-user-action", G_CALLBACK (end_user_action_cb), a);

  g_signal_connect (replace, "activate", G_CALLBACK (replace_activate_cb), a);
  g_signal_connect (add, "activate", G_CALLBACK (accept_activate_cb), a);
  g_signal_connect (ignore, "activate", G_CALLBACK (accept_activate_cb), a);
  g_simple_action_set_enabled (none, FALSE);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (replace));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (add));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (ignore));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (none));
  gtk_widget_insert_action_group (GTK_WIDGET (view), "spelling", G_ACTION_GROUP (group));
  gtk_text_view_set_extra_menu (view, G_MENU_MODEL (a->menu));

  a->click = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (a->click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (a->click, GTK_PHASE_CAPTURE);
  g_signal_connect (a->click, "pressed", G_CALLBACK (right_click_pressed_cb), a);
  gtk_widget_add_controller (GTK_WIDGET (view), a->click);

  _byline_spell_checker_recheck_all (self);
}

/**
 * byline_spell_checker_skip_tag:
 * @view: a view the checker is attached to
 * @tag: a tag of @view's buffer
 *
 * Words that start in @tag are not checked: the Markdown highlighter's
 * code and link addresses, where "https" or a function name is no
 * misspelling.
 */
void
byline_spell_checker_skip_tag (BylineSpellChecker *self,
                               GtkTextView        *view,
                               GtkTextTag         *tag)
{
  g_return_if_fail (BYLINE_IS_SPELL_CHECKER (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (GTK_IS_TEXT_TAG (tag));

  for (guint i = 0; i < self->attached->len; i++)
    {
      Attached *a = g_ptr_array_index (self->attached, i);

      if (a->view == view && !g_ptr_array_find (a->skip_tags, tag, NULL))
        {
          g_ptr_array_add (a->skip_tags, g_object_ref (tag));
          _byline_spell_checker_recheck_all (self);
        }
    }
}

gboolean
_byline_spell_checker_skipped (Attached          *a,
                               const GtkTextIter *iter)
{
  for (guint i = 0; i < a->skip_tags->len; i++)
    {
      if (gtk_text_iter_has_tag (iter, g_ptr_array_index (a->skip_tags, i)))
        return TRUE;
    }
  return FALSE;
}

/**
 * byline_spell_checker_is_misspelled_at:
 *
 * Returns: whether the character at @iter is underlined as misspelled
 */
gboolean
byline_spell_checker_is_misspelled_at (BylineSpellChecker *self,
                                       const GtkTextIter  *iter)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (BYLINE_IS_SPELL_CHECKER (self), FALSE);

  buffer = gtk_text_iter_get_buffer (iter);
  for (guint i = 0; i < self->attached->len; i++)
    {
      Attached *a = g_ptr_array_index (self->attached, i);

      if (a->buffer == buffer)
        return _byline_spell_ranges_contains (a->misspelled, iter);
    }

  return FALSE;
}
