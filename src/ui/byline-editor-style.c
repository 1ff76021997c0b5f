/* byline-editor-style.c: fonts, colours, direction and scrolling
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-editor"

#include "config.h"

#include "byline-editor-private.h"

#define FALLBACK_DOCUMENT_FONT "Serif 13"
#define READING_WIDTH 720
#define PAGE_MARGIN 24
#define HEADER_TOP 36
#define HEADER_GAP 24

static char *
font_description_to_css (const PangoFontDescription *desc,
                         const char                 *selector,
                         double                      scale)
{
  GString *css = g_string_new (selector);
  PangoFontMask mask = pango_font_description_get_set_fields (desc);

  g_string_append (css, " {");
  if (mask & PANGO_FONT_MASK_FAMILY)
    g_string_append_printf (css, " font-family: \"%s\";", pango_font_description_get_family (desc));
  if (mask & PANGO_FONT_MASK_SIZE)
    {
      double size = (double) pango_font_description_get_size (desc) / PANGO_SCALE * scale;
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      /* CSS wants a dot, whatever the locale */
      g_ascii_formatd (buf, sizeof buf, "%.1f", size);
      g_string_append_printf (css, " font-size: %s%s;", buf,
                              pango_font_description_get_size_is_absolute (desc) ? "px" : "pt");
    }
  if (scale == 1.0 && (mask & PANGO_FONT_MASK_WEIGHT))
    g_string_append_printf (css, " font-weight: %d;", (int) pango_font_description_get_weight (desc));
  if (mask & PANGO_FONT_MASK_STYLE)
    g_string_append_printf (css, " font-style: %s;",
                            pango_font_description_get_style (desc) == PANGO_STYLE_ITALIC ? "italic" :
                            pango_font_description_get_style (desc) == PANGO_STYLE_OBLIQUE ? "oblique" :
                            "normal");
  g_string_append (css, " }");

  return g_string_free (css, FALSE);
}

/**
 * byline_editor_dup_font:
 *
 * Returns: (transfer full): the font the editor's text uses: the system
 *   document font, or the editor font from the preferences
 */
char *
byline_editor_dup_font (BylineEditor *self)
{
  g_autofree char *font = NULL;

  g_return_val_if_fail (BYLINE_IS_EDITOR (self), NULL);

  if (g_settings_get_boolean (self->settings, "use-system-font"))
    {
      if (self->interface_settings != NULL)
        font = g_settings_get_string (self->interface_settings, "document-font-name");
      if (font == NULL || font[0] == '\0')
        {
          g_free (font);
          font = g_strdup (FALLBACK_DOCUMENT_FONT);
        }
    }
  else
    font = g_settings_get_string (self->settings, "editor-font");

  return g_steal_pointer (&font);
}

void
_byline_editor_update_font (BylineEditor *self)
{
  g_autofree char *font = byline_editor_dup_font (self);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);
  g_autoptr(PangoFontDescription) family_only = pango_font_description_new ();
  g_autofree char *css = NULL;
  g_autofree char *headline_css = NULL;

  css = font_description_to_css (desc, "textview", 1.0);
  gtk_css_provider_load_from_data (self->font_provider, css, -1);

  /* The headline takes the family only; its size and weight are its own */
  if (pango_font_description_get_set_fields (desc) & PANGO_FONT_MASK_FAMILY)
    pango_font_description_set_family (family_only, pango_font_description_get_family (desc));
  headline_css = font_description_to_css (family_only, "textview, label", 1.0);
  gtk_css_provider_load_from_data (self->headline_font_provider, headline_css, -1);
  _byline_editor_queue_layout (self);
}

void
_byline_editor_update_scheme (BylineEditor *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkSourceStyleScheme *scheme;
  GtkSourceBuffer *buffer;

  scheme = gtk_source_style_scheme_manager_get_scheme (schemes, adw_style_manager_get_dark (manager) ?
                                                       "Adwaita-dark" : "Adwaita");
  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view)));
  gtk_source_buffer_set_style_scheme (buffer, scheme);
  if (self->highlighter != NULL)
    byline_markdown_highlighter_set_style_scheme (self->highlighter, scheme);
}

/* An article is edited right to left when its direction says so or its
 * language is written that way. Only the widgets' base direction is set:
 * Pango still lays each paragraph out by its own first strong character,
 * so an English quote inside a Persian story reads correctly. */
void
_byline_editor_update_direction (BylineEditor *self)
{
  GtkTextDirection direction = GTK_TEXT_DIR_LTR;
  GtkWidget *widgets[] = {
    GTK_WIDGET (self->headline_view), GTK_WIDGET (self->headline_placeholder),
    GTK_WIDGET (self->standfirst_view), GTK_WIDGET (self->standfirst_placeholder),
    GTK_WIDGET (self->body_view), GTK_WIDGET (self->headline_meter),
    gtk_widget_get_parent (GTK_WIDGET (self->headline_meter)),
    /* (not the "38 / 80" count: an RTL label would show "80 / 38") */
  };

  if (self->article != NULL &&
      (byline_article_get_direction (self->article) == BYLINE_TEXT_DIRECTION_RTL ||
       byline_text_direction_for_language (byline_article_get_language (self->article)) == BYLINE_TEXT_DIRECTION_RTL))
    direction = GTK_TEXT_DIR_RTL;

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    gtk_widget_set_direction (widgets[i], direction);

  _byline_editor_queue_relayout (self);
}

static gboolean
relayout_cb (gpointer user_data)
{
  BylineEditor *self = user_data;

  self->relayout_source = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self->headline_view));
  gtk_widget_queue_resize (GTK_WIDGET (self->standfirst_view));
  gtk_widget_queue_resize (GTK_WIDGET (self->body_view));
  _byline_editor_queue_layout (self);

  return G_SOURCE_REMOVE;
}

/* GTK 4.8's GtkTextView, when right to left and not in a scrolled window
 * of its own, finishes laying its text out in an idle without asking for
 * a new size, and stays 0 pixels tall: ask for it once the layout is done
 * (a lower priority than GtkTextView's validation idle). */
void
_byline_editor_queue_relayout (BylineEditor *self)
{
  if (self->relayout_source == 0)
    self->relayout_source = g_idle_add_full (G_PRIORITY_LOW, relayout_cb, self, NULL);
}

/* The reading width: the body keeps at most READING_WIDTH pixels of text,
 * centred by its margins, and the header overlay sits above that text,
 * as wide as it. Runs when the width or the header's height may have
 * changed, and touches only what did change: the view reports its width
 * (its adjustment's "changed") on every allocation, and resizing the
 * header or moving the overlay makes GTK measure and allocate the window
 * again: done unconditionally, every frame while typing queued the
 * next one's layout. */
static gboolean
layout_cb (gpointer user_data)
{
  BylineEditor *self = user_data;
  GtkTextView *body = GTK_TEXT_VIEW (self->body_view);
  int width = gtk_widget_get_width (GTK_WIDGET (self->scroller));
  int text_width, margin, header_height, top;

  self->layout_source = 0;

  if (width <= 0)
    return G_SOURCE_REMOVE;

  text_width = MIN (READING_WIDTH, MAX (width - 2 * PAGE_MARGIN, 120));
  margin = MAX ((width - text_width) / 2, 0);
  if (gtk_text_view_get_left_margin (body) != margin)
    {
      gtk_text_view_set_left_margin (body, margin);
      gtk_text_view_set_right_margin (body, margin);
    }

  if (self->header_width != text_width)
    {
      self->header_width = text_width;
      g_object_set_data (G_OBJECT (self->header_box), "byline-width", GINT_TO_POINTER (text_width));
      gtk_widget_queue_resize (self->header_box);
    }
  gtk_widget_measure (self->header_box, GTK_ORIENTATION_VERTICAL, text_width,
                      NULL, &header_height, NULL, NULL);
  self->header_height = header_height;
  top = HEADER_TOP + header_height + HEADER_GAP;
  if (gtk_text_view_get_top_margin (body) != top)
    gtk_text_view_set_top_margin (body, top);
  /* Overlay coordinates are in the buffer's, whose y = 0 is where the text
   * starts, below the top margin the header lives in */
  if (self->header_x != margin || self->header_y != HEADER_TOP - top)
    {
      self->header_x = margin;
      self->header_y = HEADER_TOP - top;
      gtk_text_view_move_overlay (body, self->header_box, margin, HEADER_TOP - top);
      /* GtkTextView places its overlay children when it is allocated, by
       * the top margin it had then: have it place the header again */
      gtk_widget_queue_allocate (GTK_WIDGET (body));
    }

  return G_SOURCE_REMOVE;
}

/* The header overlay stacks its children like a vertical box, as wide as
 * layout_cb() says. (The scrolled window's horizontal policy is
 * `external`, so this width never becomes the window's minimum: the
 * window can still shrink, and layout_cb() narrows the header to match.) */
static void
header_measure (GtkWidget      *widget,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  int width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "byline-width"));

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* GtkTextView gives overlays their minimum size */
      *minimum = *natural = width;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, for_size >= 0 ? for_size : width,
                          &child_min, &child_nat, NULL, NULL);
      *minimum += child_min;
      *natural += child_nat;
    }
}

static void
header_allocate (GtkWidget *widget,
                 int        width,
                 int        height,
                 int        baseline)
{
  BylineEditor *self = g_object_get_data (G_OBJECT (widget), "byline-editor");
  int y = 0, after = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_nat, NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_nat }, -1);
      y += child_nat;
      /* A GtkTextView measures the height of its text at the width it had
       * (not the one asked for): laid out at a new width, the headline
       * or standfirst may now be taller or shorter than the body's top
       * margin allows for, and the first paragraph would sit under the
       * standfirst or far below it */
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_nat, NULL, NULL);
      after += child_nat;
    }
  if (self != NULL && after != self->header_height)
    _byline_editor_queue_layout (self);
}

void
_byline_editor_queue_layout (BylineEditor *self)
{
  if (self->layout_source == 0)
    self->layout_source = g_idle_add_full (GTK_PRIORITY_RESIZE - 5, layout_cb, self, NULL);
}

static void
width_changed_cb (BylineEditor *self)
{
  _byline_editor_queue_layout (self);
}

/* Typing in the headline or standfirst brings the top of the story back
 * into view (the body view scrolls to its own cursor by itself). */
static gboolean
cursor_visible_cb (gpointer user_data)
{
  BylineEditor *self = user_data;
  GtkWidget *focus;
  GtkAdjustment *vadj;

  self->cursor_source = 0;

  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  if (focus == NULL || !gtk_widget_is_ancestor (focus, self->header_box))
    return G_SOURCE_REMOVE;

  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->body_view));
  if (gtk_adjustment_get_value (vadj) > HEADER_TOP)
    gtk_adjustment_set_value (vadj, 0);

  return G_SOURCE_REMOVE;
}

void
_byline_editor_queue_cursor_visible (BylineEditor *self)
{
  if (self->cursor_source == 0)
    self->cursor_source = g_idle_add_full (GTK_PRIORITY_RESIZE + 10, cursor_visible_cb, self, NULL);
}

static void
mark_set_cb (BylineEditor  *self,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             GtkTextBuffer *buffer)
{
  if (mark == gtk_text_buffer_get_insert (buffer))
    _byline_editor_queue_cursor_visible (self);
}

static void
hadjustment_cb (BylineEditor *self)
{
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->body_view));

  /* The page size of the horizontal adjustment is the view's width */
  if (hadj != NULL)
    g_signal_connect_object (hadj, "changed", G_CALLBACK (width_changed_cb), self, G_CONNECT_SWAPPED);
}

/* GTK 4.8's GtkTextView places its overlay children by the scroll offset
 * only when it allocates them again for a new size, not when the view
 * scrolls: the header stayed where it had been drawn, over the story
 * scrolled under it. Asking for the header's size again places it at the
 * offset it has now. Only while it is in view, or was before this scroll:
 * once above the view it stays out of sight, and scrolling further costs
 * nothing. */
static void
vadjustment_value_cb (GtkAdjustment *vadj,
                      BylineEditor  *self)
{
  double value = gtk_adjustment_get_value (vadj);
  double reach = HEADER_TOP + MAX (self->header_height, 0) + HEADER_GAP;

  if (value < reach || self->header_scroll < reach)
    gtk_widget_queue_resize (self->header_box);
  self->header_scroll = value;
}

static void
vadjustment_cb (BylineEditor *self)
{
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->body_view));

  if (vadj != NULL)
    g_signal_connect_object (vadj, "value-changed", G_CALLBACK (vadjustment_value_cb), self, 0);
}

static void
style_manager_dark_cb (BylineEditor *self)
{
  _byline_editor_update_scheme (self);
}

/* A press in the headline or standfirst is theirs alone. They lie over
 * the body as its overlay, and GtkTextView's own click gesture claims
 * nothing on a press: the press went on to the body, which took the
 * focus back and put its cursor on its first line, so a click in the
 * headline typed into the body. Claimed here (after the field's own
 * gestures have run), the body never sees it; the field's drag and
 * double click still work. */
static void
header_field_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         gpointer         user_data)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
_byline_editor_style_init (BylineEditor *self)
{
  static const BylineMarkdownSpanKind unchecked_kinds[] = {
    BYLINE_MARKDOWN_SPAN_URL, BYLINE_MARKDOWN_SPAN_CODE, BYLINE_MARKDOWN_SPAN_CODE_BLOCK,
  };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  GtkSourceBuffer *body = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->body_view)));
  GtkTextView *views[] = { self->headline_view, self->standfirst_view, GTK_TEXT_VIEW (self->body_view) };
  GtkWidget *family_widgets[] = {
    GTK_WIDGET (self->headline_view), GTK_WIDGET (self->headline_placeholder),
    GTK_WIDGET (self->standfirst_view), GTK_WIDGET (self->standfirst_placeholder),
  };

  /* The desktop's document font, when there is a desktop to ask */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "document-font-name"))
    {
      self->interface_settings = g_settings_new ("org.gnome.desktop.interface");
      g_signal_connect_object (self->interface_settings, "changed::document-font-name",
                               G_CALLBACK (_byline_editor_update_font), self, G_CONNECT_SWAPPED);
    }

  self->header_width = self->header_x = self->header_y = G_MININT;
  self->header_height = -1;
  g_object_set_data (G_OBJECT (self->header_box), "byline-editor", self);
  gtk_widget_set_layout_manager (self->header_box,
                                 gtk_custom_layout_new (NULL, header_measure, header_allocate));

  self->font_provider = gtk_css_provider_new ();
  self->headline_font_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->body_view)),
                                  GTK_STYLE_PROVIDER (self->font_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  for (guint i = 0; i < G_N_ELEMENTS (family_widgets); i++)
    gtk_style_context_add_provider (gtk_widget_get_style_context (family_widgets[i]),
                                    GTK_STYLE_PROVIDER (self->headline_font_provider),
                                    GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  _byline_editor_update_font (self);

  /* Byline's own Markdown highlighting, with the scheme's styles: it
   * changes no tag while a paragraph is typed into (see
   * byline-markdown-highlighter.c) */
  gtk_source_buffer_set_highlight_syntax (body, FALSE);
  gtk_source_buffer_set_highlight_matching_brackets (body, FALSE);
  self->highlighter = byline_markdown_highlighter_new (GTK_TEXT_BUFFER (body));
  /* No spelling in code and link addresses */
  for (guint i = 0; i < G_N_ELEMENTS (unchecked_kinds); i++)
    byline_spell_checker_skip_tag (self->spell_checker, GTK_TEXT_VIEW (self->body_view),
                                   byline_markdown_highlighter_get_tag (self->highlighter, unchecked_kinds[i]));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_manager_dark_cb), self, G_CONNECT_SWAPPED);
  _byline_editor_update_scheme (self);

  for (guint i = 0; i < 2; i++)
    {
      GtkGesture *click = gtk_gesture_click_new ();

      g_signal_connect_object (gtk_text_view_get_buffer (views[i]), "mark-set",
                               G_CALLBACK (mark_set_cb), self, G_CONNECT_SWAPPED);
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
      g_signal_connect (click, "pressed", G_CALLBACK (header_field_pressed_cb), NULL);
      gtk_widget_add_controller (GTK_WIDGET (views[i]), GTK_EVENT_CONTROLLER (click));
    }
  /* and one between them (the headline's meter, the margins) is nobody's:
   * the body took it and moved its cursor to its first line */
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
    g_signal_connect (click, "pressed", G_CALLBACK (header_field_pressed_cb), NULL);
    gtk_widget_add_controller (self->header_box, GTK_EVENT_CONTROLLER (click));
  }
  g_signal_connect_object (self->body_view, "notify::hadjustment", G_CALLBACK (hadjustment_cb), self,
                           G_CONNECT_SWAPPED);
  hadjustment_cb (self);
  g_signal_connect_object (self->body_view, "notify::vadjustment", G_CALLBACK (vadjustment_cb), self,
                           G_CONNECT_SWAPPED);
  vadjustment_cb (self);
}

void
_byline_editor_style_dispose (BylineEditor *self)
{
  g_clear_handle_id (&self->cursor_source, g_source_remove);
  g_clear_handle_id (&self->relayout_source, g_source_remove);
  g_clear_handle_id (&self->layout_source, g_source_remove);
  if (self->header_box != NULL)
    g_object_set_data (G_OBJECT (self->header_box), "byline-editor", NULL);
  g_clear_object (&self->font_provider);
  g_clear_object (&self->headline_font_provider);
  g_clear_object (&self->highlighter);
}
