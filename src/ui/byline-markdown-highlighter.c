/* byline-markdown-highlighter.c: Markdown highlighting of the story's body
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body is prose with a little Markdown, edited a key at a time. This
 * highlighter reads each edited line (a paragraph) with
 * byline_markdown_scan_line() and changes a tag only where the spans it
 * finds differ from the tags already there: typing inside a paragraph
 * changes no tag at all, so GTK neither re-lays out nor repaints anything
 * for the highlighting. (GtkSourceView's Markdown language removes and
 * re-applies every tag of the edited paragraph on each key, which cost
 * more than a third of a keystroke in bench-editor.)
 *
 * The tags take their looks from the editor's GtkSourceView style scheme
 * (the same styles GtkSourceView's Markdown maps to), so they follow the
 * light and dark schemes. Lines are scanned in an idle just before GTK
 * lays the text out; the state carried from line to line is whether a
 * fenced code block is open or the line is paragraph text, and the scan
 * goes on past the edited lines only while that state changes (and
 * starts a line above them when that line is paragraph text, which a
 * "---" under it makes a heading). A whole new text is scanned top first,
 * in slices that leave room for frames.
 */

#define G_LOG_DOMAIN "byline-markdown-highlighter"

#include "config.h"

#include "byline-markdown-highlighter.h"

#define UNKNOWN G_MAXUINT
#define SLICE_USEC 6000
/* Before GTK's validation idle (GTK_PRIORITY_RESIZE - 2) and the editor's
 * cursor-line idle (- 3): the tags are in place when the line is laid out */
#define EDIT_PRIORITY (G_PRIORITY_HIGH_IDLE + 10 - 4)
#define MAX_RANGES 64
#define ALL_KINDS ((1u << BYLINE_MARKDOWN_N_SPAN_KINDS) - 1)

typedef struct
{
  guint state;    /* the state after the line, or UNKNOWN */
  guint tagged;   /* a bit per kind whose tag may be on the line */
} Line;

struct _BylineMarkdownHighlighter
{
  GObject        parent_instance;

  GtkTextBuffer *buffer;
  GtkTextTag    *tags[BYLINE_MARKDOWN_N_SPAN_KINDS];
  GArray        *states;        /* Line per line */
  GArray        *spans;         /* scratch */
  int            insert_line;   /* between the two insert-text handlers */
  int            dirty_start;   /* the first line to scan, -1: none */
  int            dirty_end;     /* the last line that must be scanned */
  guint          idle_id;
  gboolean       tagging;       /* (its own tags being applied) */
};

G_DEFINE_FINAL_TYPE (BylineMarkdownHighlighter, byline_markdown_highlighter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUFFER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The style scheme's styles for each kind, first found wins (GtkSourceView's
 * markdown.lang maps its styles to these) */
static const char * const style_ids[BYLINE_MARKDOWN_N_SPAN_KINDS][3] = {
  [BYLINE_MARKDOWN_SPAN_HEADING] = { "def:heading", NULL },
  [BYLINE_MARKDOWN_SPAN_QUOTE_MARKER] = { "def:shebang", "def:comment", NULL },
  [BYLINE_MARKDOWN_SPAN_LIST_MARKER] = { "def:list-marker", "def:preprocessor", NULL },
  [BYLINE_MARKDOWN_SPAN_RULE] = { "def:thematic-break", "def:comment", NULL },
  [BYLINE_MARKDOWN_SPAN_CODE_BLOCK] = { "def:preformatted-section", "def:identifier", NULL },
  [BYLINE_MARKDOWN_SPAN_CODE] = { "def:inline-code", "def:preformatted-section", NULL },
  [BYLINE_MARKDOWN_SPAN_EMPHASIS] = { "def:emphasis", NULL },
  [BYLINE_MARKDOWN_SPAN_STRONG] = { "def:strong-emphasis", NULL },
  [BYLINE_MARKDOWN_SPAN_LINK_TEXT] = { "def:link-text", "def:string", NULL },
  [BYLINE_MARKDOWN_SPAN_URL] = { "def:link-destination", "def:underlined", NULL },
  [BYLINE_MARKDOWN_SPAN_IMAGE_MARKER] = { "def:link-symbol", "def:special-char", NULL },
  [BYLINE_MARKDOWN_SPAN_ESCAPE] = { "def:special-char", NULL },
};

typedef struct
{
  guint start;
  guint end;
} Range;

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* The ranges of @kind among the scanned spans, sorted and merged; FALSE
 * when there are too many to compare (the tag is then set afresh) */
static gboolean
wanted_ranges (BylineMarkdownHighlighter *self,
               BylineMarkdownSpanKind     kind,
               Range                     *ranges,
               guint                     *n_ranges)
{
  guint n = 0;

  for (guint i = 0; i < self->spans->len; i++)
    {
      const BylineMarkdownSpan *span = &g_array_index (self->spans, BylineMarkdownSpan, i);

      if (span->kind != kind)
        continue;
      if (n == MAX_RANGES)
        return FALSE;
      ranges[n++] = (Range) { span->start, span->end };
    }
  if (n > 1)
    {
      guint merged = 0;

      qsort (ranges, n, sizeof (Range), compare_ranges);
      for (guint i = 1; i < n; i++)
        {
          if (ranges[i].start <= ranges[merged].end)
            ranges[merged].end = MAX (ranges[merged].end, ranges[i].end);
          else
            ranges[++merged] = ranges[i];
        }
      n = merged + 1;
    }
  *n_ranges = n;
  return TRUE;
}

/* Whether @tag covers exactly @ranges between @start and @next (the next
 * line's start); a tag running on into the line break never does */
static gboolean
tag_matches (GtkTextTag        *tag,
             const GtkTextIter *start,
             const GtkTextIter *next,
             guint              line_chars,
             const Range       *ranges,
             guint              n_ranges)
{
  GtkTextIter iter = *start;
  int open = gtk_text_iter_has_tag (&iter, tag) ? 0 : -1;
  guint n = 0;

  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag) && gtk_text_iter_compare (&iter, next) < 0)
    {
      guint offset = gtk_text_iter_get_line_offset (&iter);

      if (open < 0)
        {
          open = offset;
          continue;
        }
      if (n >= n_ranges || ranges[n].start != (guint) open || ranges[n].end != offset)
        return FALSE;
      n++;
      open = -1;
    }
  if (open >= 0)
    {
      /* On to the end of the last line, or into the line break */
      guint end = gtk_text_iter_get_line (next) == gtk_text_iter_get_line (start) ? line_chars : line_chars + 1;

      if (n >= n_ranges || ranges[n].start != (guint) open || ranges[n].end != end)
        return FALSE;
      n++;
    }
  return n == n_ranges;
}

/* Whether the line after @line is a setext underline ("---", "==="),
 * which makes @line a heading when it is paragraph text */
static gboolean
underlined (BylineMarkdownHighlighter *self,
            int                        line)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  gunichar c;

  if (!gtk_text_buffer_get_iter_at_line (self->buffer, &start, line + 1))
    return FALSE;
  /* Most lines give themselves away at once */
  end = start;
  for (guint i = 0; i < 3 && gtk_text_iter_get_char (&end) == ' '; i++)
    gtk_text_iter_forward_char (&end);
  c = gtk_text_iter_get_char (&end);
  if (c != '-' && c != '=')
    return FALSE;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  text = gtk_text_buffer_get_slice (self->buffer, &start, &end, TRUE);
  return byline_markdown_is_setext_underline (text, -1);
}

/* Scans @line (starting in @state) and sets its tags; returns the state
 * after it */
static guint
highlight_line (BylineMarkdownHighlighter *self,
                int                        line,
                guint                      state,
                guint                     *tagged)
{
  GtkTextIter start, end, next;
  g_autofree char *text = NULL;
  guint line_chars;

  gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  next = start;
  gtk_text_iter_forward_line (&next);   /* the buffer's end on the last line */
  line_chars = gtk_text_iter_get_line_offset (&end);

  text = gtk_text_buffer_get_slice (self->buffer, &start, &end, TRUE);
  g_array_set_size (self->spans, 0);
  state = byline_markdown_scan_line (text, -1, state, underlined (self, line), self->spans);

  for (guint kind = 0; kind < BYLINE_MARKDOWN_N_SPAN_KINDS; kind++)
    {
      Range ranges[MAX_RANGES];
      guint n_ranges = 0;
      gboolean comparable = wanted_ranges (self, kind, ranges, &n_ranges);
      guint bit = 1u << kind;

      /* A tag never set on the line is not there to look for (each
       * look walks the line and the buffer's tree: most kinds, most
       * lines) */
      if (n_ranges == 0 && comparable && (*tagged & bit) == 0)
        continue;
      if (n_ranges > 0 || !comparable)
        *tagged |= bit;
      else
        *tagged &= ~bit;
      if (comparable && tag_matches (self->tags[kind], &start, &next, line_chars, ranges, n_ranges))
        continue;

      gtk_text_buffer_remove_tag (self->buffer, self->tags[kind], &start, &next);
      for (guint i = 0; i < self->spans->len; i++)
        {
          const BylineMarkdownSpan *span = &g_array_index (self->spans, BylineMarkdownSpan, i);
          GtkTextIter from = start, to = start;

          if (span->kind != kind)
            continue;
          gtk_text_iter_set_line_offset (&from, span->start);
          gtk_text_iter_set_line_offset (&to, span->end);
          self->tagging = TRUE;
          gtk_text_buffer_apply_tag (self->buffer, self->tags[kind], &from, &to);
          self->tagging = FALSE;
        }
      /* Removing and applying left the iterators behind */
      gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
      next = start;
      gtk_text_iter_forward_line (&next);
    }

  return state;
}

/* Every line unknown, all to be scanned */
static void
reset_states (BylineMarkdownHighlighter *self)
{
  guint lines = gtk_text_buffer_get_line_count (self->buffer);

  g_array_set_size (self->states, 0);
  for (guint i = 0; i < lines; i++)
    g_array_append_val (self->states, ((Line) { UNKNOWN, ALL_KINDS }));
  self->dirty_start = 0;
  self->dirty_end = lines - 1;
}

static void
check_states (BylineMarkdownHighlighter *self)
{
  guint lines = gtk_text_buffer_get_line_count (self->buffer);

  if (self->states->len == lines)
    return;
  /* Not expected: the line bookkeeping lost track. Start over. */
  g_warning ("Markdown highlighting lost track of the lines (%u for %u); scanning again",
             self->states->len, lines);
  reset_states (self);
}

/* Scans the dirty lines until @deadline (0: to the end); TRUE when done */
static gboolean
scan (BylineMarkdownHighlighter *self,
      gint64                     deadline)
{
  int lines;
  int line;

  check_states (self);
  lines = self->states->len;
  line = self->dirty_start;
  /* Paragraph text above is a heading or not by what this line is now */
  if (line > 0 && line < lines && byline_markdown_state_in_paragraph (g_array_index (self->states, Line, line - 1).state))
    line--;
  while (line >= 0 && line < lines)
    {
      Line *l = &g_array_index (self->states, Line, line);
      guint before = line == 0 ? 0 : g_array_index (self->states, Line, line - 1).state;
      guint old = l->state;
      guint after = highlight_line (self, line, before == UNKNOWN ? 0 : before, &l->tagged);

      l->state = after;
      line++;
      if (line > self->dirty_end && after == old)
        break;
      if (deadline != 0 && line % 32 == 0 && g_get_monotonic_time () > deadline)
        {
          self->dirty_start = line;
          self->dirty_end = MAX (self->dirty_end, line);
          return FALSE;
        }
    }

  self->dirty_start = self->dirty_end = -1;
  return TRUE;
}

static gboolean
scan_idle_cb (gpointer data)
{
  BylineMarkdownHighlighter *self = data;

  if (scan (self, g_get_monotonic_time () + SLICE_USEC))
    {
      self->idle_id = 0;
      return G_SOURCE_REMOVE;
    }
  /* The rest of a long scan leaves room for frames and input */
  self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scan_idle_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
mark_dirty (BylineMarkdownHighlighter *self,
            int                        start,
            int                        end)
{
  if (self->dirty_start < 0)
    {
      self->dirty_start = start;
      self->dirty_end = end;
    }
  else
    {
      self->dirty_start = MIN (self->dirty_start, start);
      self->dirty_end = MAX (self->dirty_end, end);
    }
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (EDIT_PRIORITY, scan_idle_cb, self, NULL);
}

static void
insert_text_cb (BylineMarkdownHighlighter *self,
                GtkTextIter               *location)
{
  self->insert_line = gtk_text_iter_get_line (location);
}

static void
insert_text_after_cb (BylineMarkdownHighlighter *self,
                      GtkTextIter               *location)
{
  int end = gtk_text_iter_get_line (location);
  int added = end - self->insert_line;

  /* (the new lines may carry the split line's tags) */
  for (int i = 0; i < added; i++)
    g_array_insert_val (self->states, self->insert_line + 1,
                        ((Line) { UNKNOWN, g_array_index (self->states, Line, self->insert_line).tagged }));
  if (self->dirty_end > self->insert_line)
    self->dirty_end += added;
  if (self->dirty_start > self->insert_line)
    self->dirty_start += added;
  mark_dirty (self, self->insert_line, end);
}

static void
delete_range_cb (BylineMarkdownHighlighter *self,
                 GtkTextIter               *start,
                 GtkTextIter               *end)
{
  int first = gtk_text_iter_get_line (start);
  int removed = gtk_text_iter_get_line (end) - first;

  if (removed > 0 && (guint) (first + removed) < self->states->len)
    {
      /* The joined line has the tags of all */
      for (int i = 1; i <= removed; i++)
        g_array_index (self->states, Line, first).tagged |= g_array_index (self->states, Line, first + i).tagged;
      g_array_remove_range (self->states, first + 1, removed);
    }
  if (self->dirty_end > first)
    self->dirty_end = MAX (first, self->dirty_end - removed);
  if (self->dirty_start > first)
    self->dirty_start = MAX (first, self->dirty_start - removed);
  mark_dirty (self, first, first);
}

/* One of its tags set by someone else (text pasted with its tags): the
 * lines are looked at for all kinds when next scanned */
static void
apply_tag_cb (BylineMarkdownHighlighter *self,
              GtkTextTag                *tag,
              GtkTextIter               *start,
              GtkTextIter               *end)
{
  guint first = gtk_text_iter_get_line (start), last = gtk_text_iter_get_line (end);
  gboolean ours = FALSE;

  for (guint kind = 0; kind < BYLINE_MARKDOWN_N_SPAN_KINDS; kind++)
    ours |= tag == self->tags[kind];
  if (self->tagging || !ours)
    return;
  for (guint line = first; line <= last && line < self->states->len; line++)
    g_array_index (self->states, Line, line).tagged = ALL_KINDS;
  mark_dirty (self, first, last);
}

static void
byline_markdown_highlighter_constructed (GObject *object)
{
  BylineMarkdownHighlighter *self = BYLINE_MARKDOWN_HIGHLIGHTER (object);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

  G_OBJECT_CLASS (byline_markdown_highlighter_parent_class)->constructed (object);

  for (guint kind = 0; kind < BYLINE_MARKDOWN_N_SPAN_KINDS; kind++)
    {
      g_autofree char *name = g_strdup_printf ("byline-markdown-%s", byline_markdown_span_kind_to_string (kind));

      self->tags[kind] = gtk_text_tag_new (name);
      gtk_text_tag_table_add (table, self->tags[kind]);
      g_object_unref (self->tags[kind]);   /* the table holds it */
      /* Under the search matches and anything else the editor marks */
      gtk_text_tag_set_priority (self->tags[kind], 0);
    }

  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (insert_text_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->buffer, "delete-range", G_CALLBACK (delete_range_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "apply-tag", G_CALLBACK (apply_tag_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  reset_states (self);
  mark_dirty (self, 0, self->states->len - 1);
}

static void
byline_markdown_highlighter_dispose (GObject *object)
{
  BylineMarkdownHighlighter *self = BYLINE_MARKDOWN_HIGHLIGHTER (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (byline_markdown_highlighter_parent_class)->dispose (object);
}

static void
byline_markdown_highlighter_finalize (GObject *object)
{
  BylineMarkdownHighlighter *self = BYLINE_MARKDOWN_HIGHLIGHTER (object);

  g_array_unref (self->states);
  g_array_unref (self->spans);

  G_OBJECT_CLASS (byline_markdown_highlighter_parent_class)->finalize (object);
}

static void
byline_markdown_highlighter_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  BylineMarkdownHighlighter *self = BYLINE_MARKDOWN_HIGHLIGHTER (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      g_value_set_object (value, self->buffer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_markdown_highlighter_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  BylineMarkdownHighlighter *self = BYLINE_MARKDOWN_HIGHLIGHTER (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      self->buffer = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
byline_markdown_highlighter_class_init (BylineMarkdownHighlighterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = byline_markdown_highlighter_constructed;
  object_class->dispose = byline_markdown_highlighter_dispose;
  object_class->finalize = byline_markdown_highlighter_finalize;
  object_class->get_property = byline_markdown_highlighter_get_property;
  object_class->set_property = byline_markdown_highlighter_set_property;

  properties [PROP_BUFFER] =
    g_param_spec_object ("buffer", NULL, NULL,
                         GTK_TYPE_TEXT_BUFFER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
byline_markdown_highlighter_init (BylineMarkdownHighlighter *self)
{
  self->states = g_array_new (FALSE, FALSE, sizeof (Line));
  self->spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));
  self->dirty_start = self->dirty_end = -1;
}

/**
 * byline_markdown_highlighter_new:
 * @buffer: the text to highlight, from now on
 *
 * Returns: (transfer full): a highlighter for @buffer
 */
BylineMarkdownHighlighter *
byline_markdown_highlighter_new (GtkTextBuffer *buffer)
{
  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  return g_object_new (BYLINE_TYPE_MARKDOWN_HIGHLIGHTER, "buffer", buffer, NULL);
}

/**
 * byline_markdown_highlighter_get_tag:
 *
 * Returns: (transfer none): the tag that marks spans of @kind
 */
GtkTextTag *
byline_markdown_highlighter_get_tag (BylineMarkdownHighlighter *self,
                                     BylineMarkdownSpanKind     kind)
{
  g_return_val_if_fail (BYLINE_IS_MARKDOWN_HIGHLIGHTER (self), NULL);
  g_return_val_if_fail (kind < BYLINE_MARKDOWN_N_SPAN_KINDS, NULL);

  return self->tags[kind];
}

/**
 * byline_markdown_highlighter_set_style_scheme:
 * @scheme: (nullable): where the tags' looks come from
 *
 * Gives each tag the scheme's style for its kind (see style_ids); emphasis
 * and strong text stay italic and bold in a scheme without those styles.
 */
void
byline_markdown_highlighter_set_style_scheme (BylineMarkdownHighlighter *self,
                                              GtkSourceStyleScheme      *scheme)
{
  g_return_if_fail (BYLINE_IS_MARKDOWN_HIGHLIGHTER (self));
  g_return_if_fail (scheme == NULL || GTK_SOURCE_IS_STYLE_SCHEME (scheme));

  for (guint kind = 0; kind < BYLINE_MARKDOWN_N_SPAN_KINDS; kind++)
    {
      GtkSourceStyle *style = NULL;

      for (guint i = 0; scheme != NULL && style == NULL && style_ids[kind][i] != NULL; i++)
        style = gtk_source_style_scheme_get_style (scheme, style_ids[kind][i]);
      gtk_source_style_apply (style, self->tags[kind]);
      if (style == NULL && kind == BYLINE_MARKDOWN_SPAN_EMPHASIS)
        g_object_set (self->tags[kind], "style", PANGO_STYLE_ITALIC, NULL);
      else if (style == NULL && (kind == BYLINE_MARKDOWN_SPAN_STRONG || kind == BYLINE_MARKDOWN_SPAN_HEADING))
        g_object_set (self->tags[kind], "weight", PANGO_WEIGHT_BOLD, NULL);
    }
}
