/* byline-markdown-spans.c: where the Markdown syntax of a line is, for
 * highlighting
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor highlights the body line by line (a buffer line is a
 * paragraph): byline_markdown_scan_line() says where the headings, quote
 * and list markers, rules, code, emphasis, links and images of one line
 * are. The state carried from line to line is whether the line is inside
 * a fenced code block, or else whether it is paragraph text (which a
 * setext underline, "---" or "===" on the next line, makes a heading), so
 * an edit re-reads its own paragraph, the line above when that is
 * paragraph text, and the following ones only while the state changes.
 *
 * It follows CommonMark where a writer sees it, not in every corner (that
 * is md4c's job when the story is converted): emphasis pairs the first
 * run that can close it, link text holds no brackets, indented code blocks
 * are plain text as in GtkSourceView's Markdown, and of a setext heading
 * over several lines only the last line is known to be heading.
 * Every search is linear in the line, whatever it holds.
 */

#define G_LOG_DOMAIN "byline-markdown"

#include "config.h"

#include <string.h>

#include "byline-markdown-spans.h"

#define MAX_NESTING 3

/* The state between lines: inside a fenced code block, its fence's
 * character << 8 | its length; else these flags for the line before */
#define FENCE_MASK 0xFFFFu
#define PARAGRAPH  (1u << 16)   /* paragraph text, outside quotes and lists */
#define CONTAINED  (1u << 17)   /* paragraph text in a quote or list item */
#define SETEXT     (1u << 18)   /* a setext heading's text: this line is its underline */

typedef struct
{
  gsize  at;
  gsize  len;
  gssize closer;   /* the next run of the same length, or -1 */
} Ticks;

typedef struct
{
  const char *text;
  gsize       len;
  GArray     *spans;          /* in bytes until the end */
  gsize       no_closer[2][3];   /* '*', '_' × wanted runs: none closes from here on (+ 1) */
  GArray     *ticks;          /* (element-type Ticks): the backtick runs, once needed */
  gsize       no_title_close[3];   /* '"', '\'', ')': none from here on (+ 1) */
} Scan;

static const char * const kind_names[] = {
  "heading", "quote-marker", "list-marker", "rule", "code-block", "code", "emphasis", "strong",
  "link-text", "url", "image-marker", "escape",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == BYLINE_MARKDOWN_N_SPAN_KINDS);

/**
 * byline_markdown_span_kind_to_string:
 *
 * Returns: the kind's name, e.g. "heading" or "link-text"
 */
const char *
byline_markdown_span_kind_to_string (BylineMarkdownSpanKind kind)
{
  g_return_val_if_fail (kind < BYLINE_MARKDOWN_N_SPAN_KINDS, NULL);
  return kind_names[kind];
}

static void
add (Scan                   *scan,
     BylineMarkdownSpanKind  kind,
     gsize                   start,
     gsize                   end)
{
  BylineMarkdownSpan span = { kind, start, end };

  if (end > start)
    g_array_append_val (scan->spans, span);
}

static gsize
run_length (Scan  *scan,
            gsize  at,
            char   c)
{
  gsize end = at;

  while (end < scan->len && scan->text[end] == c)
    end++;
  return end - at;
}

static gboolean
is_space (Scan  *scan,
          gsize  at)
{
  return at >= scan->len || scan->text[at] == ' ' || scan->text[at] == '\t';
}

/* A word character for '_' emphasis: letters and digits of any script */
static gboolean
is_word (Scan  *scan,
         gsize  at)
{
  guchar c;

  if (at >= scan->len)
    return FALSE;
  c = scan->text[at];
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* Every run of backticks, each with the next one of the same length (its
 * closer as a code span), in one pass from the end of the line */
static void
find_ticks_runs (Scan *scan)
{
  g_autoptr(GHashTable) next = g_hash_table_new (NULL, NULL);   /* length → index + 1 */

  scan->ticks = g_array_new (FALSE, FALSE, sizeof (Ticks));
  for (gsize at = 0; at < scan->len; at++)
    {
      if (scan->text[at] == '`')
        {
          Ticks run = { at, run_length (scan, at, '`'), -1 };

          g_array_append_val (scan->ticks, run);
          at += run.len - 1;
        }
    }
  for (guint i = scan->ticks->len; i-- > 0;)
    {
      Ticks *run = &g_array_index (scan->ticks, Ticks, i);
      guint later = GPOINTER_TO_UINT (g_hash_table_lookup (next, GSIZE_TO_POINTER (run->len)));

      run->closer = later > 0 ? (gssize) g_array_index (scan->ticks, Ticks, later - 1).at : -1;
      g_hash_table_insert (next, GSIZE_TO_POINTER (run->len), GUINT_TO_POINTER (i + 1));
    }
}

/* The run of backticks closing the one at @at (a run's start), or -1 */
static gssize
find_ticks (Scan  *scan,
            gsize  at)
{
  guint low = 0, high;

  if (scan->ticks == NULL)
    find_ticks_runs (scan);
  high = scan->ticks->len;
  while (low < high)
    {
      guint mid = (low + high) / 2;
      Ticks *run = &g_array_index (scan->ticks, Ticks, mid);

      if (run->at == at)
        return run->closer;
      if (run->at < at)
        low = mid + 1;
      else
        high = mid;
    }
  return -1;
}

static gboolean
can_open (Scan  *scan,
          gsize  at,
          gsize  run,
          char   c)
{
  if (is_space (scan, at + run))
    return FALSE;
  return c == '*' || at == 0 || !is_word (scan, at - 1);
}

static gboolean
can_close (Scan  *scan,
           gsize  at,
           gsize  run,
           char   c)
{
  if (at == 0 || scan->text[at - 1] == ' ' || scan->text[at - 1] == '\t')
    return FALSE;
  return c == '*' || !is_word (scan, at + run);
}

/* Which closing runs an opening run of @run pairs with: a single one
 * skips the doubles of a strong span inside it, a double skips singles */
typedef enum {
  WANT_ANY,
  WANT_DOUBLE,
  WANT_NOT_DOUBLE,
} Want;

static gboolean
wanted (Want  want,
        gsize run)
{
  return want == WANT_ANY || (want == WANT_DOUBLE ? run >= 2 : run != 2);
}

/* The first run of @c after @from, before @end, that can close and is
 * @want-ed, or -1; code spans and escapes are skipped */
static gssize
find_closer (Scan  *scan,
             gsize  from,
             gsize  end,
             char   c,
             Want   want,
             gsize *run)
{
  gsize *memo = &scan->no_closer[c == '*' ? 0 : 1][want];
  gsize at = from;

  if (*memo != 0 && from >= *memo - 1)
    return -1;
  while (at < end)
    {
      char here = scan->text[at];

      if (here == '\\' && at + 1 < end)
        at += 2;
      else if (here == '`')
        {
          gsize ticks = run_length (scan, at, '`');
          gssize close = find_ticks (scan, at);

          at = close >= 0 && (gsize) close < end ? (gsize) close + ticks : at + ticks;
        }
      else if (here == c)
        {
          gsize n = MIN (run_length (scan, at, c), end - at);

          if (can_close (scan, at, n, c) && wanted (want, n))
            {
              *run = n;
              return at;
            }
          at += n;
        }
      else
        at++;
    }
  if (end == scan->len)
    *memo = from + 1;
  return -1;
}

/* The end of a link title opening at @at ("…", '…' or (…)), or 0; as in
 * GtkSourceView, a backslash does not hide the closing character */
static gsize
read_title (Scan  *scan,
            gsize  at,
            gsize  end)
{
  char close = scan->text[at] == '(' ? ')' : scan->text[at];
  gsize *memo = &scan->no_title_close[close == '"' ? 0 : close == '\'' ? 1 : 2];
  const char *found;

  if (*memo != 0 && at >= *memo - 1)
    return 0;
  found = memchr (scan->text + at + 1, close, end - at - 1);
  if (found != NULL)
    return found - scan->text + 1;
  if (end == scan->len)
    *memo = at + 1;
  return 0;
}

/* "[text](destination)" or "[text](destination "title")" at @at: the end
 * of the parenthesis, or 0 */
static gsize
read_link (Scan  *scan,
           gsize  at,
           gsize  end,
           gsize *close_bracket)
{
  guint depth = 0;
  gsize i;

  for (i = at + 1; i < end && scan->text[i] != ']' && scan->text[i] != '['; i++)
    {
      if (scan->text[i] == '\\')
        i++;
    }
  if (i + 1 >= end || scan->text[i] != ']' || scan->text[i + 1] != '(')
    return 0;
  *close_bracket = i;
  /* The destination, which may hold balanced parentheses ("…/Ferry_(boat)") */
  for (i += 2; i < end && scan->text[i] != ' '; i++)
    {
      if (scan->text[i] == '\\')
        i++;
      else if (scan->text[i] == '(' && ++depth > MAX_NESTING)
        return 0;
      else if (scan->text[i] == ')')
        {
          if (depth == 0)
            return i + 1;
          depth--;
        }
    }
  if (depth > 0)
    return 0;
  while (i < end && scan->text[i] == ' ')
    i++;
  if (i < end && (scan->text[i] == '"' || scan->text[i] == '\'' || scan->text[i] == '(') &&
      (i = read_title (scan, i, end)) == 0)
    return 0;
  while (i < end && scan->text[i] == ' ')
    i++;
  return i < end && scan->text[i] == ')' ? i + 1 : 0;
}

/* "<https://…>" at @at: the end, or 0 */
static gsize
read_autolink (Scan  *scan,
               gsize  at,
               gsize  end)
{
  static const char * const schemes[] = { "http://", "https://", "mailto:", NULL };
  const char *p = scan->text + at + 1;
  gboolean scheme = FALSE;

  for (guint i = 0; schemes[i] != NULL; i++)
    scheme |= (gsize) (end - at - 1) >= strlen (schemes[i]) &&
              g_ascii_strncasecmp (p, schemes[i], strlen (schemes[i])) == 0;
  if (!scheme)
    return 0;
  for (gsize i = at + 1; i < end; i++)
    {
      if (scan->text[i] == '>')
        return i + 1;
      if (scan->text[i] == ' ' || scan->text[i] == '<')
        return 0;
    }
  return 0;
}

static void
scan_inline (Scan  *scan,
             gsize  start,
             gsize  end,
             guint  depth)
{
  gsize i = start;

  while (i < end)
    {
      char c = scan->text[i];
      gsize stop, bracket = 0, run;
      gssize close;

      if (c == '\\' && i + 1 < end && g_ascii_ispunct (scan->text[i + 1]))
        {
          add (scan, BYLINE_MARKDOWN_SPAN_ESCAPE, i, i + 2);
          i += 2;
        }
      else if (c == '`')
        {
          run = run_length (scan, i, '`');
          close = find_ticks (scan, i);
          if (close >= 0 && (gsize) close + run <= end)
            {
              add (scan, BYLINE_MARKDOWN_SPAN_CODE, i, close + run);
              i = close + run;
            }
          else
            i += run;
        }
      else if (c == '<' && (stop = read_autolink (scan, i, end)) > 0)
        {
          add (scan, BYLINE_MARKDOWN_SPAN_URL, i, stop);
          i = stop;
        }
      else if ((c == '[' || (c == '!' && i + 1 < end && scan->text[i + 1] == '[')) &&
               (stop = read_link (scan, c == '!' ? i + 1 : i, end, &bracket)) > 0)
        {
          gsize text_start = c == '!' ? i + 1 : i;

          if (c == '!')
            add (scan, BYLINE_MARKDOWN_SPAN_IMAGE_MARKER, i, i + 1);
          add (scan, BYLINE_MARKDOWN_SPAN_LINK_TEXT, text_start, bracket + 1);
          add (scan, BYLINE_MARKDOWN_SPAN_URL, bracket + 1, stop);
          if (depth < MAX_NESTING)
            scan_inline (scan, text_start + 1, bracket, depth + 1);
          i = stop;
        }
      else if (c == '*' || c == '_')
        {
          run = run_length (scan, i, c);
          if (run > end - i)
            run = end - i;
          if (can_open (scan, i, run, c) &&
              (close = find_closer (scan, i + run, end, c,
                                    run == 1 ? WANT_NOT_DOUBLE : run == 2 ? WANT_DOUBLE : WANT_ANY,
                                    &stop)) >= 0)
            {
              gsize both = MIN (run, stop);

              if (both >= 2)
                add (scan, BYLINE_MARKDOWN_SPAN_STRONG, i, close + stop);
              if (both != 2)
                add (scan, BYLINE_MARKDOWN_SPAN_EMPHASIS, i, close + stop);
              if (depth < MAX_NESTING)
                scan_inline (scan, i + run, close, depth + 1);
              i = close + stop;
            }
          else
            i += run;
        }
      else
        i++;
    }
}

static gsize
skip_indent (Scan  *scan,
             gsize  at)
{
  for (guint n = 0; n < 3 && at < scan->len && scan->text[at] == ' '; n++)
    at++;
  return at;
}

/* "---", "* * *", "___": three or more of one character, and spaces */
static gboolean
is_rule (Scan  *scan,
         gsize  at)
{
  char c = at < scan->len ? scan->text[at] : '\0';
  guint count = 0;

  if (c != '-' && c != '*' && c != '_')
    return FALSE;
  for (; at < scan->len; at++)
    {
      if (scan->text[at] == c)
        count++;
      else if (scan->text[at] != ' ' && scan->text[at] != '\t')
        return FALSE;
    }
  return count >= 3;
}

/* The state after a fence opening at @at ("```" or "~~~" and more), or 0 */
static guint
fence (Scan  *scan,
       gsize  at)
{
  char c = at < scan->len ? scan->text[at] : '\0';
  gsize run;

  if (c != '`' && c != '~')
    return 0;
  run = run_length (scan, at, c);
  if (run < 3)
    return 0;
  /* A backtick fence's info string holds no backtick */
  if (c == '`' && memchr (scan->text + at + run, '`', scan->len - at - run) != NULL)
    return 0;
  return ((guint) (guchar) c << 8) | MIN (run, 255);
}

/* Converts the spans from bytes to characters */
static void
to_characters (Scan  *scan,
               guint  first)
{
  g_autofree guint *offsets = NULL;
  guint chars = 0;
  gsize i;

  for (i = 0; i < scan->len && (guchar) scan->text[i] < 0x80; i++)
    ;
  if (i == scan->len)
    return;

  offsets = g_new (guint, scan->len + 1);
  for (i = 0; i < scan->len; i++)
    {
      offsets[i] = chars;
      if (((guchar) scan->text[i] & 0xC0) != 0x80)
        chars++;
    }
  offsets[scan->len] = chars;
  for (guint s = first; s < scan->spans->len; s++)
    {
      BylineMarkdownSpan *span = &g_array_index (scan->spans, BylineMarkdownSpan, s);

      span->start = offsets[span->start];
      span->end = offsets[span->end];
    }
}

/**
 * byline_markdown_is_setext_underline:
 * @line: one line, without its line break
 * @length: bytes in @line, or -1 when NUL-terminated
 *
 * Whether @line can underline the paragraph above it into a heading:
 * `===` or `---` (any number, one or more), indented by at most three
 * spaces, and nothing else but spaces.
 */
gboolean
byline_markdown_is_setext_underline (const char *line,
                                     gssize      length)
{
  Scan scan = { line, length < 0 ? strlen (line) : (gsize) length, NULL, { { 0, } }, NULL, { 0, } };
  gsize at;
  char c;

  g_return_val_if_fail (line != NULL || length == 0, FALSE);

  at = skip_indent (&scan, 0);
  c = at < scan.len ? scan.text[at] : '\0';
  if (c != '=' && c != '-')
    return FALSE;
  at += run_length (&scan, at, c);
  while (at < scan.len && (scan.text[at] == ' ' || scan.text[at] == '\t'))
    at++;
  return at == scan.len;
}

/**
 * byline_markdown_state_in_paragraph:
 * @state: what byline_markdown_scan_line() returned for a line
 *
 * Returns: whether that line was paragraph text, which the line after it
 *   may turn into a heading: when the line after changes, the line must
 *   be scanned again too
 */
gboolean
byline_markdown_state_in_paragraph (guint state)
{
  return (state & (PARAGRAPH | SETEXT)) != 0;
}

/**
 * byline_markdown_scan_line:
 * @line: one line of Markdown, without its line break (valid UTF-8)
 * @length: bytes in @line, or -1 when NUL-terminated
 * @state: what the line before returned (0 for the first line)
 * @underlined: whether the next line is a setext underline
 *   (byline_markdown_is_setext_underline()), which makes this line a
 *   heading if it is paragraph text
 * @spans: (element-type BylineMarkdownSpan): where the line's spans are
 *   appended, in character offsets
 *
 * Returns: the state the next line starts in (0: a new block)
 */
guint
byline_markdown_scan_line (const char *line,
                           gssize      length,
                           guint       state,
                           gboolean    underlined,
                           GArray     *spans)
{
  Scan scan = { line, length < 0 ? strlen (line) : (gsize) length, spans, { { 0, } }, NULL, { 0, } };
  guint first = spans->len;
  guint fenced = state & FENCE_MASK;
  guint next = 0;
  gsize at;

  g_return_val_if_fail (line != NULL || length == 0, 0);
  g_return_val_if_fail (spans != NULL, 0);

  at = skip_indent (&scan, 0);
  if (fenced != 0)
    {
      char c = fenced >> 8;
      gsize run = at < scan.len && scan.text[at] == c ? run_length (&scan, at, c) : 0;

      add (&scan, BYLINE_MARKDOWN_SPAN_CODE_BLOCK, 0, scan.len);
      next = fenced;
      if (run >= (fenced & 0xFF))
        {
          gsize rest = at + run;

          while (rest < scan.len && (scan.text[rest] == ' ' || scan.text[rest] == '\t'))
            rest++;
          if (rest == scan.len)
            next = 0;
        }
    }
  else if ((state & SETEXT) && byline_markdown_is_setext_underline (line, scan.len))
    add (&scan, BYLINE_MARKDOWN_SPAN_HEADING, at, scan.len);
  else if ((next = fence (&scan, at)) != 0)
    add (&scan, BYLINE_MARKDOWN_SPAN_CODE_BLOCK, 0, scan.len);
  else if (is_rule (&scan, at))
    add (&scan, BYLINE_MARKDOWN_SPAN_RULE, at, scan.len);
  else
    {
      /* Four columns in, outside a paragraph: an indented code block */
      gboolean code = !(state & (PARAGRAPH | CONTAINED | SETEXT)) && at < scan.len && is_space (&scan, at);
      gboolean contained = FALSE;
      gsize hashes;
      gsize rest;

      /* Quote markers, nested ones too: "> > text" */
      while (at < scan.len && scan.text[at] == '>')
        {
          add (&scan, BYLINE_MARKDOWN_SPAN_QUOTE_MARKER, at, at + 1);
          at++;
          if (at < scan.len && scan.text[at] == ' ')
            at++;
          at = skip_indent (&scan, at);
          contained = TRUE;
        }

      hashes = at < scan.len && scan.text[at] == '#' ? run_length (&scan, at, '#') : 0;
      if (hashes >= 1 && hashes <= 6 && is_space (&scan, at + hashes))
        {
          add (&scan, BYLINE_MARKDOWN_SPAN_HEADING, at, scan.len);
          at += hashes;
          contained = FALSE;
          hashes = G_MAXSIZE;   /* no paragraph */
        }
      else if (at + 1 < scan.len && strchr ("-*+", scan.text[at]) != NULL && is_space (&scan, at + 1))
        {
          add (&scan, BYLINE_MARKDOWN_SPAN_LIST_MARKER, at, at + 1);
          at++;
          contained = TRUE;
        }
      else
        {
          gsize digits = 0;

          while (at + digits < scan.len && g_ascii_isdigit (scan.text[at + digits]) && digits < 9)
            digits++;
          if (digits > 0 && at + digits < scan.len && (scan.text[at + digits] == '.' || scan.text[at + digits] == ')') &&
              is_space (&scan, at + digits + 1) && at + digits + 1 < scan.len)
            {
              add (&scan, BYLINE_MARKDOWN_SPAN_LIST_MARKER, at, at + digits + 1);
              at += digits + 1;
              contained = TRUE;
            }
        }

      /* What the line is for the next one: paragraph text (lines without
       * markers under a quote or list item go on in it), or a new block */
      for (rest = at; rest < scan.len && (scan.text[rest] == ' ' || scan.text[rest] == '\t'); rest++)
        ;
      if (hashes == G_MAXSIZE || rest == scan.len || code)
        next = 0;
      else if (contained || (state & CONTAINED))
        next = CONTAINED;
      else if (underlined)
        {
          add (&scan, BYLINE_MARKDOWN_SPAN_HEADING, rest, scan.len);
          next = SETEXT;
        }
      else
        next = PARAGRAPH;
      scan_inline (&scan, at, scan.len, 0);
    }

  to_characters (&scan, first);
  g_clear_pointer (&scan.ticks, g_array_unref);
  return next;
}
