/* byline-search-bar.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-search-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-search-bar.h"
#include "byline-ui.h"

struct _BylineSearchBar
{
  AdwBin                   parent_instance;

  GtkSourceView           *view;
  GtkSourceSearchSettings *settings;
  GtkSourceSearchContext  *context;
  char                    *count_text;
  gboolean                 compact;

  /* Template widgets */
  GtkRevealer             *revealer;
  GtkSearchEntry          *search_entry;
  GtkLabel                *count_label;
  GtkButton               *previous_button;
  GtkButton               *next_button;
  GtkToggleButton         *case_button;
  GtkToggleButton         *word_button;
  GtkToggleButton         *regex_button;
  GtkToggleButton         *replace_toggle;
  GtkButton               *close_button;
  GtkEntry                *replace_entry;
  GtkButton               *replace_button;
  GtkButton               *replace_all_button;
};

G_DEFINE_FINAL_TYPE (BylineSearchBar, byline_search_bar, ADW_TYPE_BIN)

static GtkTextBuffer *
get_buffer (BylineSearchBar *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
}

static void
update_count (BylineSearchBar *self)
{
  GtkTextIter start, end;
  int count, position = -1;
  const GError *regex_error;

  g_clear_pointer (&self->count_text, g_free);

  if (self->context == NULL)
    return;

  /* (This runs on every edit of the body, through occurrences-count:
   * setting a tooltip, even to the same NULL, makes GTK look for the
   * pointer, an X round trip) */
  regex_error = gtk_source_search_context_get_regex_error (self->context);
  if (regex_error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->search_entry), regex_error->message);
    }
  else if (gtk_widget_has_css_class (GTK_WIDGET (self->search_entry), "error"))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->search_entry), NULL);
    }

  count = gtk_source_search_context_get_occurrences_count (self->context);
  if (gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end))
    position = gtk_source_search_context_get_occurrence_position (self->context, &start, &end);

  if (gtk_source_search_settings_get_search_text (self->settings) == NULL || count < 0)
    self->count_text = g_strdup ("");
  else if (count == 0)
    self->count_text = g_strdup (_("No matches"));
  else if (position > 0)
    /* Translators: the current match and how many there are, "3 of 12" */
    self->count_text = g_strdup_printf (_("%d of %d"), position, count);
  else
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d match", "%d matches", count), count);

  gtk_label_set_label (self->count_label, self->count_text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), self->count_text[0] != '\0');

  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), count != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button), count != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_button), count != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_all_button), count != 0);
}

static void
select_match (BylineSearchBar *self,
              GtkTextIter     *start,
              GtkTextIter     *end)
{
  gtk_text_buffer_select_range (get_buffer (self), start, end);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->view), start, 0.25, FALSE, 0, 0);
  update_count (self);
}

static void
search_changed_cb (BylineSearchBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkTextIter start, end, match_start, match_end;
  gboolean wrapped;

  /* With regular expressions off, GtkSourceView unescapes \n, \t… itself */
  gtk_source_search_settings_set_search_text (self->settings, text[0] ? text : NULL);

  if (text[0] == '\0' || self->context == NULL)
    {
      update_count (self);
      return;
    }

  /* Search as you type from where the selection starts */
  gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end);
  if (gtk_source_search_context_forward (self->context, &start, &match_start, &match_end, &wrapped))
    select_match (self, &match_start, &match_end);
  else
    update_count (self);
}

static void
occurrences_changed_cb (BylineSearchBar *self)
{
  update_count (self);
}

static void
next_clicked_cb (BylineSearchBar *self)
{
  byline_search_bar_next (self);
}

static void
previous_clicked_cb (BylineSearchBar *self)
{
  byline_search_bar_previous (self);
}

static void
replace_clicked_cb (BylineSearchBar *self)
{
  byline_search_bar_replace (self);
}

static void
replace_all_clicked_cb (BylineSearchBar *self)
{
  byline_search_bar_replace_all (self);
}

static void
close_clicked_cb (BylineSearchBar *self)
{
  byline_search_bar_close (self);
}

/* Tab goes from the search entry to the replace entry under it, then
 * along the buttons (the options last when they have a row of their own),
 * as in gnome-text-editor: GTK's own order goes row by row, and took Tab
 * from the search entry to the buttons beside it. At either end the focus
 * leaves the bar as GTK moves it. */
static gboolean
move_focus (BylineSearchBar *self,
            int              step)
{
  GtkWidget *options[] = {
    GTK_WIDGET (self->case_button), GTK_WIDGET (self->word_button), GTK_WIDGET (self->regex_button),
    GTK_WIDGET (self->replace_toggle),
  };
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int at = -1;

  g_ptr_array_add (chain, self->search_entry);
  g_ptr_array_add (chain, self->replace_entry);
  g_ptr_array_add (chain, self->previous_button);
  g_ptr_array_add (chain, self->next_button);
  if (!self->compact)
    for (guint i = 0; i < G_N_ELEMENTS (options); i++)
      g_ptr_array_add (chain, options[i]);
  g_ptr_array_add (chain, self->close_button);
  g_ptr_array_add (chain, self->replace_button);
  g_ptr_array_add (chain, self->replace_all_button);
  if (self->compact)
    for (guint i = 0; i < G_N_ELEMENTS (options); i++)
      g_ptr_array_add (chain, options[i]);

  if (focus == NULL)
    return FALSE;
  for (guint i = 0; i < chain->len; i++)
    if (focus == chain->pdata[i] || gtk_widget_is_ancestor (focus, chain->pdata[i]))
      at = i;
  if (at < 0)
    return FALSE;
  for (int i = at + step; i >= 0 && i < (int) chain->len; i += step)
    {
      GtkWidget *next = chain->pdata[i];

      if (gtk_widget_get_mapped (next) && gtk_widget_is_sensitive (next) && gtk_widget_grab_focus (next))
        return TRUE;
    }
  return FALSE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BylineSearchBar       *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      byline_search_bar_close (self);
      return TRUE;
    }

  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab) &&
      !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return move_focus (self, keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) ? -1 : 1);

  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->replace_entry)))
        byline_search_bar_replace (self);
      else if (state & GDK_SHIFT_MASK)
        byline_search_bar_previous (self);
      else
        byline_search_bar_next (self);
      return TRUE;
    }

  return FALSE;
}

static void
next_match_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  byline_search_bar_next (BYLINE_SEARCH_BAR (widget));
}

static void
previous_match_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  byline_search_bar_previous (BYLINE_SEARCH_BAR (widget));
}

static void
byline_search_bar_dispose (GObject *object)
{
  BylineSearchBar *self = (BylineSearchBar *)object;

  /* AdwBin's dispose unparents the template's root, and with it every
   * template child; gtk_widget_dispose_template() would free them under
   * AdwBin's feet. */
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  self->view = NULL;

  G_OBJECT_CLASS (byline_search_bar_parent_class)->dispose (object);
}

static void
byline_search_bar_finalize (GObject *object)
{
  BylineSearchBar *self = (BylineSearchBar *)object;

  g_free (self->count_text);

  G_OBJECT_CLASS (byline_search_bar_parent_class)->finalize (object);
}

static void
byline_search_bar_class_init (BylineSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  byline_ui_ensure_resources ();

  object_class->dispose = byline_search_bar_dispose;
  object_class->finalize = byline_search_bar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/byline-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, next_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, case_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, word_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, regex_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, replace_toggle);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, close_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, replace_button);
  gtk_widget_class_bind_template_child (widget_class, BylineSearchBar, replace_all_button);

  gtk_widget_class_install_action (widget_class, "search.next", NULL, next_match_action);
  gtk_widget_class_install_action (widget_class, "search.previous", NULL, previous_match_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "search.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "search.previous", NULL);
}

/* A closed bar takes no room: a hidden revealer's child would still set
 * the editor's (and so the window's) minimum width */
static void
child_revealed_cb (BylineSearchBar *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->revealer), gtk_revealer_get_reveal_child (self->revealer) ||
                                                       gtk_revealer_get_child_revealed (self->revealer));
}

static void
byline_search_bar_init (BylineSearchBar *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->revealer, "notify::child-revealed", G_CALLBACK (child_revealed_cb), self);
  child_revealed_cb (self);

  self->settings = gtk_source_search_settings_new ();
  gtk_source_search_settings_set_wrap_around (self->settings, TRUE);
  g_object_bind_property (self->case_button, "active", self->settings, "case-sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->word_button, "active", self->settings, "at-word-boundaries",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->regex_button, "active", self->settings, "regex-enabled",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->next_button, "clicked", G_CALLBACK (next_clicked_cb), self);
  g_signal_connect_swapped (self->previous_button, "clicked", G_CALLBACK (previous_clicked_cb), self);
  g_signal_connect_swapped (self->replace_button, "clicked", G_CALLBACK (replace_clicked_cb), self);
  g_signal_connect_swapped (self->replace_all_button, "clicked", G_CALLBACK (replace_all_clicked_cb), self);
  g_signal_connect_swapped (self->close_button, "clicked", G_CALLBACK (close_clicked_cb), self);

  /* Escape closes; Enter and Shift+Enter step through the matches */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

BylineSearchBar *
byline_search_bar_new (void)
{
  return g_object_new (BYLINE_TYPE_SEARCH_BAR, NULL);
}

/**
 * byline_search_bar_set_view:
 *
 * Searches @view's buffer. The view must keep its buffer.
 */
void
byline_search_bar_set_view (BylineSearchBar *self,
                            GtkSourceView   *view)
{
  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));
  g_return_if_fail (GTK_SOURCE_IS_VIEW (view));

  g_clear_object (&self->context);
  self->view = view;
  /* Highlighting starts when the bar opens (and needs a style scheme) */
  self->context = g_object_new (GTK_SOURCE_TYPE_SEARCH_CONTEXT,
                                "buffer", get_buffer (self),
                                "settings", self->settings,
                                "highlight", FALSE,
                                NULL);
  g_signal_connect_object (self->context, "notify::occurrences-count",
                           G_CALLBACK (occurrences_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::regex-error",
                           G_CALLBACK (occurrences_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkSourceSearchSettings *
byline_search_bar_get_settings (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), NULL);

  return self->settings;
}

GtkSourceSearchContext *
byline_search_bar_get_context (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), NULL);

  return self->context;
}

/**
 * byline_search_bar_open:
 * @replace: whether to show the replace row too
 *
 * Shows the bar, seeds it with the selected text when that is a short
 * single line, and focuses the search entry.
 */
void
byline_search_bar_open (BylineSearchBar *self,
                        gboolean         replace)
{
  GtkTextIter start, end;

  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  if (self->view != NULL && gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end) &&
      gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end) &&
      gtk_text_iter_get_offset (&end) - gtk_text_iter_get_offset (&start) < 100)
    {
      g_autofree char *selected = gtk_text_iter_get_slice (&start, &end);

      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), selected);
    }

  gtk_toggle_button_set_active (self->replace_toggle, replace);
  gtk_widget_set_visible (GTK_WIDGET (self->revealer), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  if (self->context != NULL)
    gtk_source_search_context_set_highlight (self->context, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
  update_count (self);
}

void
byline_search_bar_close (BylineSearchBar *self)
{
  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  if (self->context != NULL)
    gtk_source_search_context_set_highlight (self->context, FALSE);
  if (self->view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

gboolean
byline_search_bar_get_open (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

gboolean
byline_search_bar_get_replace_mode (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), FALSE);

  return gtk_toggle_button_get_active (self->replace_toggle);
}

void
byline_search_bar_set_search_text (BylineSearchBar *self,
                                   const char      *text)
{
  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Do not wait for the entry's search delay */
  search_changed_cb (self);
}

void
byline_search_bar_set_replace_text (BylineSearchBar *self,
                                    const char      *text)
{
  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->replace_entry), text ? text : "");
}

static gboolean
step (BylineSearchBar *self,
      gboolean         forward)
{
  GtkTextIter start, end, match_start, match_end;
  gboolean wrapped, found;

  if (self->context == NULL)
    return FALSE;

  gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end);
  if (forward)
    found = gtk_source_search_context_forward (self->context, &end, &match_start, &match_end, &wrapped);
  else
    found = gtk_source_search_context_backward (self->context, &start, &match_start, &match_end, &wrapped);

  if (found)
    select_match (self, &match_start, &match_end);

  return found;
}

/**
 * byline_search_bar_next:
 *
 * Selects the next match after the selection, wrapping around.
 *
 * Returns: whether there was a match
 */
gboolean
byline_search_bar_next (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), FALSE);

  return step (self, TRUE);
}

/**
 * byline_search_bar_previous:
 *
 * Selects the match before the selection, wrapping around.
 *
 * Returns: whether there was a match
 */
gboolean
byline_search_bar_previous (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), FALSE);

  return step (self, FALSE);
}

/**
 * byline_search_bar_replace:
 *
 * Replaces the selected match, if the selection is one, and selects the
 * next match.
 *
 * Returns: whether a match was replaced
 */
gboolean
byline_search_bar_replace (BylineSearchBar *self)
{
  const char *replacement;
  GtkTextIter start, end;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), FALSE);

  if (self->context == NULL)
    return FALSE;

  replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));

  if (!gtk_text_buffer_get_selection_bounds (get_buffer (self), &start, &end) ||
      gtk_source_search_context_get_occurrence_position (self->context, &start, &end) <= 0)
    {
      /* Nothing selected yet: go to the first match, replace on the next press */
      byline_search_bar_next (self);
      return FALSE;
    }

  if (!gtk_source_search_context_replace (self->context, &start, &end, replacement, -1, &error))
    {
      g_debug ("Cannot replace: %s", error->message);
      return FALSE;
    }

  gtk_text_buffer_select_range (get_buffer (self), &end, &end);
  byline_search_bar_next (self);
  return TRUE;
}

/**
 * byline_search_bar_replace_all:
 *
 * Returns: how many matches were replaced (one undo step undoes them all)
 */
guint
byline_search_bar_replace_all (BylineSearchBar *self)
{
  g_autoptr(GError) error = NULL;
  guint replaced;

  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), 0);

  if (self->context == NULL)
    return 0;

  replaced = gtk_source_search_context_replace_all (self->context,
                                                    gtk_editable_get_text (GTK_EDITABLE (self->replace_entry)),
                                                    -1, &error);
  if (error != NULL)
    g_debug ("Cannot replace: %s", error->message);

  update_count (self);
  return replaced;
}

/**
 * byline_search_bar_get_count_text:
 *
 * Returns: what the bar shows about the matches: "3 of 12", "12 matches",
 *   "No matches" or ""
 */
const char *
byline_search_bar_get_count_text (BylineSearchBar *self)
{
  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), NULL);

  update_count (self);
  return self->count_text ? self->count_text : "";
}

static void
place (GtkWidget *child,
       int        column,
       int        row,
       int        span)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (gtk_widget_get_parent (child));
  GtkGridLayoutChild *cell = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, child));

  gtk_grid_layout_child_set_column (cell, column);
  gtk_grid_layout_child_set_row (cell, row);
  gtk_grid_layout_child_set_column_span (cell, span);
}

/**
 * byline_search_bar_set_compact:
 *
 * In a narrow window (or one whose column is narrower than
 * byline_search_bar_get_wide_width()) the options (Aa, Word, .*, Show
 * Replace) go to a row of their own under the entries, so that the bar
 * fits 360 px and the search entry keeps its room.
 */
void
byline_search_bar_set_compact (BylineSearchBar *self,
                               gboolean         compact)
{
  GtkWidget *options, *replace_box;

  g_return_if_fail (BYLINE_IS_SEARCH_BAR (self));

  options = gtk_widget_get_parent (GTK_WIDGET (self->case_button));
  replace_box = gtk_widget_get_parent (GTK_WIDGET (self->replace_button));
  self->compact = compact;
  /* (Replace and Replace All have a row of their own too: beside the
   * replace entry they took its column's width from the search entry) */
  if (compact)
    {
      place (GTK_WIDGET (self->close_button), 2, 0, 1);
      place (GTK_WIDGET (self->replace_entry), 0, 1, 3);
      place (replace_box, 0, 2, 3);
      place (options, 0, 3, 2);
      place (GTK_WIDGET (self->replace_toggle), 2, 3, 1);
    }
  else
    {
      place (options, 2, 0, 1);
      place (GTK_WIDGET (self->replace_toggle), 3, 0, 1);
      place (GTK_WIDGET (self->close_button), 4, 0, 1);
      place (GTK_WIDGET (self->replace_entry), 0, 1, 1);
      place (replace_box, 1, 1, 4);
    }
}

/**
 * byline_search_bar_get_wide_width:
 *
 * The least width the bar takes with its options on the entry's row, and
 * room for the entry's words and a count ("888 of 888") beside it.
 * Narrower than that, the caller makes it compact
 * (byline_search_bar_set_compact()): on one row the entry was squeezed
 * to a few letters, the count over them.
 */
int
byline_search_bar_get_wide_width (BylineSearchBar *self)
{
  GtkWidget *row[] = {
    GTK_WIDGET (self->search_entry), gtk_widget_get_parent (GTK_WIDGET (self->previous_button)),
    gtk_widget_get_parent (GTK_WIDGET (self->case_button)), GTK_WIDGET (self->replace_toggle),
    GTK_WIDGET (self->close_button),
  };
  g_autofree char *count = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  /* the grid's margins, its four spacings, the count's */
  int width = 12 + 12 + 4 * 6 + 6;
  int count_width = 0;

  g_return_val_if_fail (BYLINE_IS_SEARCH_BAR (self), 0);

  for (guint i = 0; i < G_N_ELEMENTS (row); i++)
    {
      int min = 0;

      gtk_widget_measure (row[i], GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      width += min;
    }
  count = g_strdup_printf (_("%d of %d"), 888, 888);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->count_label), count);
  pango_layout_get_pixel_size (layout, &count_width, NULL);

  return width + count_width;
}
