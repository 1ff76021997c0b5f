/* byline-completion.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-completion"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-completion.h"

/* Suggestions under a text field (an AdwEntryRow, which GtkEntryCompletion
 * cannot serve): names starting with what is being typed — the last
 * comma-separated part for fields holding several — in a popover that
 * leaves the focus in the field. Down and Up pick, Enter or Tab accepts,
 * Escape closes; a click accepts too. */

#define MAX_MATCHES 8

struct _BylineCompletion
{
  GObject       parent_instance;

  GtkWidget    *widget;     /* weak; owns us */
  GtkWidget    *popover;
  GtkListBox   *list;
  char        **names;
  GPtrArray    *matches;
  gboolean      comma_separated;
  gboolean      accepting;
};

G_DEFINE_FINAL_TYPE (BylineCompletion, byline_completion, G_TYPE_OBJECT)

enum {
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The part being typed, and where it starts */
static const char *
current_token (BylineCompletion *self,
               const char       *text)
{
  const char *comma = self->comma_separated ? strrchr (text, ',') : NULL;
  const char *token = comma ? comma + 1 : text;

  while (*token == ' ')
    token++;
  return token;
}

static gboolean
already_listed (BylineCompletion *self,
                const char       *text,
                const char       *name)
{
  g_auto(GStrv) parts = NULL;

  if (!self->comma_separated)
    return FALSE;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL && parts[i + 1] != NULL; i++)
    if (g_utf8_collate (g_strstrip (parts[i]), name) == 0)
      return TRUE;
  return FALSE;
}

static void
update (BylineCompletion *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->widget));
  const char *token = current_token (self, text);
  g_autofree char *folded = g_utf8_casefold (token, -1);
  GtkWidget *child;

  g_ptr_array_set_size (self->matches, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; folded[0] != '\0' && self->names && self->names[i] && self->matches->len < MAX_MATCHES; i++)
    {
      g_autofree char *name = g_utf8_casefold (self->names[i], -1);

      if (g_str_has_prefix (name, folded) && !g_str_equal (self->names[i], token) &&
          !already_listed (self, text, self->names[i]))
        {
          GtkWidget *label = gtk_label_new (self->names[i]);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_list_box_append (self->list, label);
          g_ptr_array_add (self->matches, self->names[i]);
        }
    }

  /* Offered only to someone typing in the field */
  {
    GtkRoot *root = gtk_widget_get_root (self->widget);
    GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
    gboolean typing = focus != NULL && (focus == self->widget || gtk_widget_is_ancestor (focus, self->widget));

    if (self->matches->len > 0 && typing && gtk_widget_get_mapped (self->widget))
      gtk_popover_popup (GTK_POPOVER (self->popover));
    else
      gtk_popover_popdown (GTK_POPOVER (self->popover));
  }
}

static void
changed_cb (BylineCompletion *self)
{
  if (!self->accepting)
    update (self);
}

static void
row_activated_cb (BylineCompletion *self,
                  GtkListBoxRow    *row)
{
  byline_completion_accept (self, gtk_list_box_row_get_index (row));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BylineCompletion      *self)
{
  GtkListBoxRow *row;
  int index;

  if (!gtk_widget_get_visible (self->popover) || self->matches->len == 0)
    return FALSE;

  row = gtk_list_box_get_selected_row (self->list);
  index = row ? gtk_list_box_row_get_index (row) : -1;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_Up:
      index += keyval == GDK_KEY_Down ? 1 : -1;
      index = CLAMP (index, 0, (int) self->matches->len - 1);
      gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, index));
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_Tab:
      if (index < 0)
        return FALSE;
      byline_completion_accept (self, index);
      return TRUE;

    case GDK_KEY_Escape:
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return TRUE;

    default:
      return FALSE;
    }
}

static void
widget_destroy_cb (BylineCompletion *self)
{
  g_clear_pointer (&self->popover, gtk_widget_unparent);
}

static void
byline_completion_finalize (GObject *object)
{
  BylineCompletion *self = (BylineCompletion *)object;

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_strfreev (self->names);

  G_OBJECT_CLASS (byline_completion_parent_class)->finalize (object);
}

static void
byline_completion_class_init (BylineCompletionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = byline_completion_finalize;

  /**
   * BylineCompletion::accepted:
   *
   * A suggestion was taken into the field (a field of items, such as tags,
   * makes it one at once).
   */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
byline_completion_init (BylineCompletion *self)
{
  self->matches = g_ptr_array_new ();
}

/**
 * byline_completion_attach:
 * @editable: a text field (its widget keeps the completion)
 * @comma_separated: whether the field holds several names, separated by
 *   commas (only the last is completed)
 *
 * Returns: (transfer none): the completion, alive as long as @editable
 */
BylineCompletion *
byline_completion_attach (GtkEditable *editable,
                          gboolean     comma_separated)
{
  BylineCompletion *self;
  GtkEventController *keys;
  GtkWidget *scroller;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  self = g_object_new (BYLINE_TYPE_COMPLETION, NULL);
  self->widget = GTK_WIDGET (editable);
  self->comma_separated = comma_separated;

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Suggestions"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  self->popover = gtk_popover_new ();
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_widget_set_size_request (scroller, 220, -1);
  gtk_popover_set_child (GTK_POPOVER (self->popover), scroller);
  gtk_widget_set_parent (self->popover, self->widget);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (self->widget, keys);

  g_signal_connect_object (editable, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editable, "destroy", G_CALLBACK (widget_destroy_cb), self, G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (editable), "byline-completion", self, g_object_unref);

  return self;
}

/**
 * byline_completion_set_names:
 * @names: (nullable): the names to offer, in the order to show them
 */
void
byline_completion_set_names (BylineCompletion   *self,
                             const char * const *names)
{
  g_return_if_fail (BYLINE_IS_COMPLETION (self));

  g_strfreev (self->names);
  self->names = g_strdupv ((char **) names);
  g_ptr_array_set_size (self->matches, 0);
}

/**
 * byline_completion_get_n_matches:
 *
 * Returns: how many names are offered for the text now in the field
 */
guint
byline_completion_get_n_matches (BylineCompletion *self)
{
  g_return_val_if_fail (BYLINE_IS_COMPLETION (self), 0);

  return self->matches->len;
}

const char *
byline_completion_get_match (BylineCompletion *self,
                             guint             index)
{
  g_return_val_if_fail (BYLINE_IS_COMPLETION (self), NULL);
  g_return_val_if_fail (index < self->matches->len, NULL);

  return g_ptr_array_index (self->matches, index);
}

/**
 * byline_completion_accept:
 *
 * Replaces the part being typed with the @index-th match and emits
 * #BylineCompletion::accepted.
 */
void
byline_completion_accept (BylineCompletion *self,
                          guint             index)
{
  const char *text;
  g_autofree char *before = NULL;
  g_autofree char *replaced = NULL;

  g_return_if_fail (BYLINE_IS_COMPLETION (self));
  g_return_if_fail (index < self->matches->len);

  text = gtk_editable_get_text (GTK_EDITABLE (self->widget));
  before = g_strndup (text, current_token (self, text) - text);
  replaced = g_strconcat (before, g_ptr_array_index (self->matches, index), NULL);

  self->accepting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->widget), replaced);
  gtk_editable_set_position (GTK_EDITABLE (self->widget), -1);
  self->accepting = FALSE;

  g_ptr_array_set_size (self->matches, 0);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_signal_emit (self, signals[ACCEPTED], 0);
}
