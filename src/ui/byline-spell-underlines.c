/* byline-spell-underlines.c: the squiggles under misspelled words
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Misspelled words are kept as marks (byline-spell-ranges.c), and the views
 * draw a row of dots under them (GTK's look for Pango's error underline) as one
 * repeating gradient per word. Pango's error underline itself would draw
 * the same, but GTK 4.8 makes it a Cairo node, which the renderer cannot
 * compare between frames: each keystroke repainted every misspelled word
 * in sight. Gradients compare equal from frame to frame, so a frame
 * repaints only what changed, and they cost a fill each (textures, tried
 * first, cost Cairo a surface each, every frame).
 *
 * Where a squiggle goes is measured once per paragraph (Pango finds a
 * character's place by walking the paragraph) and kept, relative to the
 * paragraph's top, until the paragraph's text, spelling, tags or height
 * change, or the view's width or font does. A paragraph measured again
 * (the one being typed in) keeps the nodes of the squiggles that stayed
 * where they were: GTK's diff finds them equal and repaints only the ones
 * that moved, not every misspelled word of the paragraph. A frame looks
 * up the paragraphs in sight and searches the misspellings of only those
 * measured again.
 */

#define G_LOG_DOMAIN "byline-spell-checker"

#include "config.h"

#include "byline-spell-checker-private.h"

/* In logical pixels: square dots this wide, one every SQUIGGLE_PERIOD */
#define SQUIGGLE_HEIGHT 2
#define SQUIGGLE_PERIOD 3

/* Paragraphs whose squiggles are kept */
#define MAX_PARAGRAPHS 1024

typedef struct
{
  int            x;
  int            y;       /* from the paragraph's top */
  int            width;
  GskRenderNode *node;    /* its dots, kept while it stays where it is */
} Squiggle;

typedef struct
{
  int            height;
  gboolean       stale;   /* its text, spelling or tags changed: measured again */
  GArray        *squiggles;
  GskRenderNode *node;   /* the squiggles, drawn once and reused: equal from frame to frame */
} Paragraph;

struct _BylineSpellUnderlines
{
  GskColorStop stops[4];    /* a dot and a gap, in the theme's error colour */
  GdkRGBA     color;        /* the colour the paragraphs' nodes have */
  GHashTable *paragraphs;   /* line number + 1 → Paragraph */
  int         lines;        /* the buffer's line count they were measured at */
  int         view_width;
  guint       font_hash;
  int         below_bottom;   /* the dots' top, from a line's bottom (negative: above it) */
  gboolean    color_stale;    /* the theme's error colour is looked up again */
};

static void
squiggle_clear (gpointer data)
{
  Squiggle *s = data;

  g_clear_pointer (&s->node, gsk_render_node_unref);
}

static GArray *
squiggles_new (void)
{
  GArray *squiggles = g_array_new (FALSE, FALSE, sizeof (Squiggle));

  g_array_set_clear_func (squiggles, squiggle_clear);
  return squiggles;
}

static void
paragraph_free (gpointer data)
{
  Paragraph *p = data;

  g_array_unref (p->squiggles);
  g_clear_pointer (&p->node, gsk_render_node_unref);
  g_free (p);
}

BylineSpellUnderlines *
_byline_spell_underlines_new (void)
{
  BylineSpellUnderlines *u = g_new0 (BylineSpellUnderlines, 1);

  u->paragraphs = g_hash_table_new_full (NULL, NULL, NULL, paragraph_free);
  u->color_stale = TRUE;
  return u;
}

void
_byline_spell_underlines_free (BylineSpellUnderlines *u)
{
  g_hash_table_unref (u->paragraphs);
  g_free (u);
}

/**
 * _byline_spell_underlines_forget:
 *
 * The text or the tags of [@start, @end] changed: their paragraphs are
 * measured again when next drawn (every paragraph, when lines came or
 * went).
 */
void
_byline_spell_underlines_forget (BylineSpellUnderlines *u,
                                 const GtkTextIter     *start,
                                 const GtkTextIter     *end)
{
  int lines = gtk_text_buffer_get_line_count (gtk_text_iter_get_buffer (start));
  int first = gtk_text_iter_get_line (start), last = gtk_text_iter_get_line (end);

  if (lines != u->lines || last - first > MAX_PARAGRAPHS)
    {
      g_hash_table_remove_all (u->paragraphs);
      u->lines = lines;
      return;
    }

  /* (kept stale, not dropped: the squiggles that stay where they were keep
   * their nodes, and a frame repaints only the ones that moved) */
  for (int line = first; line <= last; line++)
    {
      Paragraph *p = g_hash_table_lookup (u->paragraphs, GINT_TO_POINTER (line + 1));

      if (p != NULL)
        p->stale = TRUE;
    }
}

/* The dots from character @first to character @last of one display line
 * (right to left, @first is the rightmost) */
static void
add_squiggle (BylineSpellUnderlines *u,
              GArray                *squiggles,
              const GdkRectangle    *first,
              const GdkRectangle    *last,
              int                    top)
{
  Squiggle s = { 0, };

  /* (a right-to-left character's width is negative: its x is its right) */
  s.x = MIN (MIN (first->x, first->x + first->width), MIN (last->x, last->x + last->width));
  s.width = MAX (MAX (first->x, first->x + first->width), MAX (last->x, last->x + last->width)) - s.x;
  s.y = first->y + first->height + u->below_bottom - top;
  if (s.width > 0)
    g_array_append_val (squiggles, s);
}

/* A misspelled stretch [@start, @end), one squiggle per display line it
 * covers (a word wraps only when it is longer than a line, so only then
 * are its characters walked) */
static void
measure_run (BylineSpellUnderlines *u,
             GtkTextView       *view,
             GArray            *squiggles,
             const GtkTextIter *start,
             const GtkTextIter *end,
             int                top)
{
  GtkTextIter iter = *start, last_char = *end;
  GdkRectangle first, last, rect;

  if (!gtk_text_iter_backward_char (&last_char) || gtk_text_iter_compare (&last_char, start) < 0)
    return;
  gtk_text_view_get_iter_location (view, start, &first);
  gtk_text_view_get_iter_location (view, &last_char, &last);
  if (first.y == last.y)
    {
      add_squiggle (u, squiggles, &first, &last, top);
      return;
    }

  last = first;
  while (gtk_text_iter_forward_char (&iter) && gtk_text_iter_compare (&iter, end) < 0)
    {
      gtk_text_view_get_iter_location (view, &iter, &rect);
      if (rect.y != first.y)
        {
          add_squiggle (u, squiggles, &first, &last, top);
          first = rect;
        }
      last = rect;
    }
  add_squiggle (u, squiggles, &first, &last, top);
}

/* The squiggles of @squiggles that are where one of @before was take its
 * node: the frame's diff then finds them equal, and repaints only those
 * that moved (the ones after the cursor on its line, as a rule) */
static void
keep_nodes (GArray *squiggles,
            GArray *before)
{
  guint j = 0;

  for (guint i = 0; i < squiggles->len; i++)
    {
      Squiggle *s = &g_array_index (squiggles, Squiggle, i);

      for (guint k = j; k < before->len; k++)
        {
          Squiggle *b = &g_array_index (before, Squiggle, k);

          if (b->x == s->x && b->y == s->y && b->width == s->width)
            {
              s->node = g_steal_pointer (&b->node);
              j = k + 1;
              break;
            }
        }
    }
}

/* The squiggles of the paragraph starting at @line_start, measured now
 * or before (none, for most paragraphs: that is kept too) */
static Paragraph *
measure_paragraph (BylineSpellUnderlines *u,
                   GtkTextView           *view,
                   BylineSpellRanges     *misspelled,
                   const GtkTextIter     *line_start,
                   int                    top,
                   int                    height)
{
  gpointer key = GINT_TO_POINTER (gtk_text_iter_get_line (line_start) + 1);
  Paragraph *p = g_hash_table_lookup (u->paragraphs, key);
  GtkTextIter line_end = *line_start, start, end;

  g_autoptr(GArray) before = NULL;

  /* (edits and spelling changes make their paragraphs stale; a height
   * that changed means the paragraph was laid out anew since) */
  if (p != NULL && !p->stale && p->height == height)
    return p;

  if (p == NULL)
    {
      if (g_hash_table_size (u->paragraphs) >= MAX_PARAGRAPHS)
        g_hash_table_remove_all (u->paragraphs);
      p = g_new0 (Paragraph, 1);
      g_hash_table_replace (u->paragraphs, key, p);
    }
  before = g_steal_pointer (&p->squiggles);
  g_clear_pointer (&p->node, gsk_render_node_unref);
  p->height = height;
  p->stale = FALSE;
  p->squiggles = squiggles_new ();

  if (!gtk_text_iter_ends_line (&line_end))
    gtk_text_iter_forward_to_line_end (&line_end);

  /* The misspelled stretches that start in the paragraph (or before it,
   * ending in it) */
  for (guint i = _byline_spell_ranges_index_after (misspelled, line_start);
       _byline_spell_ranges_next_run (misspelled, &i, &start, &end) && gtk_text_iter_compare (&start, &line_end) < 0;)
    {
      if (gtk_text_iter_compare (&start, line_start) < 0)
        start = *line_start;
      if (gtk_text_iter_compare (&end, &line_end) > 0)
        end = line_end;
      if (gtk_text_iter_compare (&start, &end) < 0)
        measure_run (u, view, p->squiggles, &start, &end, top);
    }

  if (before != NULL)
    keep_nodes (p->squiggles, before);
  return p;
}

/* The paragraph's squiggles as one node, from its top */
static GskRenderNode *
paragraph_node (BylineSpellUnderlines *u,
                Paragraph             *p)
{
  g_autoptr(GPtrArray) nodes = NULL;

  if (p->node != NULL || p->squiggles->len == 0)
    return p->node;

  nodes = g_ptr_array_sized_new (p->squiggles->len);
  for (guint i = 0; i < p->squiggles->len; i++)
    {
      Squiggle *s = &g_array_index (p->squiggles, Squiggle, i);

      if (s->node == NULL)
        s->node = gsk_repeating_linear_gradient_node_new (&GRAPHENE_RECT_INIT (s->x, s->y, s->width, SQUIGGLE_HEIGHT),
                                                          &GRAPHENE_POINT_INIT (s->x, s->y),
                                                          &GRAPHENE_POINT_INIT (s->x + SQUIGGLE_PERIOD, s->y),
                                                          u->stops, G_N_ELEMENTS (u->stops));
      g_ptr_array_add (nodes, s->node);
    }
  p->node = gsk_container_node_new ((GskRenderNode **) nodes->pdata, nodes->len);
  return p->node;
}

/* Takes the theme's error colour when the style changed, and forgets
 * places measured at another width, font or line count */
static void
check_looks (BylineSpellUnderlines *u,
             GtkTextView           *view)
{
  GtkWidget *widget = GTK_WIDGET (view);
  GdkRGBA color = u->color;
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  guint font_hash = font != NULL ? pango_font_description_hash (font) : 0;
  int lines = gtk_text_buffer_get_line_count (gtk_text_view_get_buffer (view));

  if (u->color_stale)
    {
      color = (GdkRGBA) { 0.878, 0.106, 0.141, 1.0 };   /* libadwaita's @error_color */
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "error_color", &color);
      G_GNUC_END_IGNORE_DEPRECATIONS
      u->color_stale = FALSE;

      /* A dot for two thirds of the period, then a gap */
      for (guint i = 0; i < G_N_ELEMENTS (u->stops); i++)
        {
          u->stops[i].offset = i < 1 ? 0.0f : i < 3 ? (float) SQUIGGLE_HEIGHT / SQUIGGLE_PERIOD : 1.0f;
          u->stops[i].color = color;
          if (i >= 2)
            u->stops[i].color.alpha = 0;
        }
    }
  if (u->view_width != gtk_widget_get_width (widget) || u->font_hash != font_hash || u->lines != lines ||
      !gdk_rgba_equal (&u->color, &color))
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);

      /* Where Pango puts an underline: just below the baseline, which is
       * the font's descent above a line's bottom */
      u->below_bottom = PANGO_PIXELS (-pango_font_metrics_get_descent (metrics) -
                                      pango_font_metrics_get_underline_position (metrics));
      pango_font_metrics_unref (metrics);

      g_hash_table_remove_all (u->paragraphs);
      u->view_width = gtk_widget_get_width (widget);
      u->font_hash = font_hash;
      u->lines = lines;
      u->color = color;
    }
}

/**
 * byline_spell_checker_css_changed:
 * @view: a text view, with a #BylineSpellChecker attached or not
 *
 * The style of @view changed (its #GtkWidgetClass.css_changed): the
 * squiggles take the theme's error colour again when next drawn. The
 * views Byline checks call this; looking the colour up on each frame cost
 * a keystroke more than all the rest of the drawing.
 */
void
byline_spell_checker_css_changed (GtkTextView *view)
{
  Attached *a;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  if ((a = g_object_get_data (G_OBJECT (view), BYLINE_SPELL_ATTACHED_KEY)) != NULL)
    a->underlines->color_stale = TRUE;
}

/**
 * byline_spell_checker_snapshot_underlines:
 * @view: a text view, with a #BylineSpellChecker attached or not
 * @snapshot: the view's snapshot, in buffer coordinates (as its
 *   #GtkTextViewClass.snapshot_layer has it)
 *
 * Draws the dotted underlines of the misspelled words of @view in sight. The
 * views Byline checks (#BylineTextView, #BylineSourceView) call this
 * above their text.
 *
 * Paragraph by paragraph in sight: one kept since the last frame costs a
 * lookup; only one whose text, spelling or layout changed (the one being
 * typed in) is searched for its misspellings and measured again.
 */
void
byline_spell_checker_snapshot_underlines (GtkTextView *view,
                                          GtkSnapshot *snapshot)
{
  Attached *a;
  GdkRectangle visible;
  GtkTextIter line_start;
  int top, height;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  if ((a = g_object_get_data (G_OBJECT (view), BYLINE_SPELL_ATTACHED_KEY)) == NULL ||
      _byline_spell_ranges_is_empty (a->misspelled))
    return;

  check_looks (a->underlines, view);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &line_start, visible.y, NULL);
  do
    {
      Paragraph *p;

      gtk_text_view_get_line_yrange (view, &line_start, &top, &height);
      p = measure_paragraph (a->underlines, view, a->misspelled, &line_start, top, height);
      if (paragraph_node (a->underlines, p) != NULL)
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, top));
          gtk_snapshot_append_node (snapshot, p->node);
          gtk_snapshot_restore (snapshot);
        }
    }
  while (top + height < visible.y + visible.height && gtk_text_iter_forward_line (&line_start));
}
