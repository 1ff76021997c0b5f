/* test-markdown-spans.c: the spans the editor highlights
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const BylineMarkdownSpan *x = a, *y = b;
  int by_kind = strcmp (byline_markdown_span_kind_to_string (x->kind), byline_markdown_span_kind_to_string (y->kind));

  return by_kind != 0 ? by_kind : (int) x->start - (int) y->start;
}

/* @spans of @line as "kind start-end" words, by kind then start */
static char *
format_spans (const char *line,
              GArray     *spans)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  g_array_sort (spans, compare_spans);
  for (guint i = 0; i < spans->len; i++)
    {
      BylineMarkdownSpan *span = &g_array_index (spans, BylineMarkdownSpan, i);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, g_utf8_strlen (line, -1));
      g_ptr_array_add (words, g_strdup_printf ("%s %u-%u", byline_markdown_span_kind_to_string (span->kind),
                                               span->start, span->end));
    }
  g_ptr_array_add (words, NULL);
  return g_strjoinv (", ", (char **) words->pdata);
}

/* The line's spans as "kind start-end" words, by kind then start */
static char *
describe (const char *line,
          guint       state,
          guint      *next)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));
  guint after = byline_markdown_scan_line (line, -1, state, FALSE, spans);

  if (next != NULL)
    *next = after;
  return format_spans (line, spans);
}

/* Each line of @text scanned as the editor does (knowing whether the next
 * one is a setext underline), the lines' spans joined by " | " */
static char *
describe_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) described = g_ptr_array_new_with_free_func (g_free);
  guint state = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));
      gboolean underlined = lines[i + 1] != NULL && byline_markdown_is_setext_underline (lines[i + 1], -1);

      state = byline_markdown_scan_line (lines[i], -1, state, underlined, spans);
      g_ptr_array_add (described, format_spans (lines[i], spans));
    }
  g_ptr_array_add (described, NULL);
  return g_strjoinv (" | ", (char **) described->pdata);
}

static void
assert_lines (const char *text,
              const char *expected)
{
  g_autofree char *got = describe_lines (text);

  if (g_strcmp0 (got, expected) != 0)
    g_error ("%s\n  expected: %s\n  got:      %s", text, expected, got);
}

static void
assert_spans (const char *line,
              const char *expected)
{
  g_autofree char *got = describe (line, 0, NULL);

  if (g_strcmp0 (got, expected) != 0)
    g_error ("%s\n  expected: %s\n  got:      %s", line, expected, got);
}

static void
test_spans_blocks (void)
{
  assert_spans ("The council voted on Thursday.", "");
  assert_spans ("## What riders can expect", "heading 0-25");
  assert_spans ("# A", "heading 0-3");
  assert_spans ("#hashtag at the start", "");
  assert_spans ("####### seven is too many", "");
  assert_spans ("> “We will run the new boats,” he said.", "quote-marker 0-1");
  assert_spans ("> > nested", "quote-marker 0-1, quote-marker 2-3");
  assert_spans ("> ## Quoted heading", "heading 2-19, quote-marker 0-1");
  assert_spans ("- first item", "list-marker 0-1");
  assert_spans ("* item with *emphasis*", "emphasis 12-22, list-marker 0-1");
  assert_spans ("12. numbered", "list-marker 0-3");
  assert_spans ("2023. was a year", "list-marker 0-5");
  assert_spans ("3.5 million riders", "");
  assert_spans ("---", "rule 0-3");
  assert_spans ("* * *", "rule 0-5");
  assert_spans ("-- not a rule", "");
}

static void
test_spans_inline (void)
{
  assert_spans ("Some *emphasis* here", "emphasis 5-15");
  assert_spans ("Some _emphasis_ here", "emphasis 5-15");
  assert_spans ("**strong** and __also__", "strong 0-10, strong 15-23");
  assert_spans ("***both***", "emphasis 0-10, strong 0-10");
  assert_spans ("**bold with *italic* inside**", "emphasis 12-20, strong 0-29");
  assert_spans ("snake_case_words stay plain", "");
  assert_spans ("2 * 3 * 4 is arithmetic", "");
  assert_spans ("an *unclosed emphasis", "");
  assert_spans ("`code *not emphasis*` after", "code 0-21");
  assert_spans ("``a ` b`` then `c`", "code 0-9, code 15-18");
  assert_spans ("`unclosed code", "");
  assert_spans ("A [link](https://example.org) here", "link-text 2-8, url 8-29");
  assert_spans ("![Ferry at dusk](byline-image:ab.jpg \"Caption\")",
                "image-marker 0-1, link-text 1-16, url 16-47");
  assert_spans ("[*emphasised* link](u)", "emphasis 1-13, link-text 0-19, url 19-22");
  assert_spans ("[not a link] (space)", "");
  assert_spans ("[ferry](https://en.wikipedia.org/wiki/Ferry_(boat)) here", "link-text 0-7, url 7-51");
  assert_spans ("![Dusk](byline-image:a.jpg \"At the quay (Photo: Reuters)\")",
                "image-marker 0-1, link-text 1-7, url 7-58");
  assert_spans ("[t](u 'single') and [t](u (paren))", "link-text 0-3, link-text 20-23, url 3-15, url 23-34");
  assert_spans ("[unbalanced](a(b) x", "");
  assert_spans ("[title unclosed](u \"x)", "");
  assert_spans ("<https://example.org/x> and <notalink>", "url 0-23");
  assert_spans ("a \\*literal\\* star", "escape 2-4, escape 11-13");
  assert_spans ("\\[not a link](x)", "escape 0-2");
}

static void
test_spans_characters (void)
{
  /* Offsets are characters, not bytes, in any script */
  assert_spans ("## سیاست‌های *تازه* حمل و نقل", "emphasis 13-19, heading 0-29");
  assert_spans ("«Цитата» [ссылка](https://пример.рф)", "link-text 9-17, url 17-36");
  assert_spans ("é *ü*", "emphasis 2-5");
}

static void
test_spans_code_blocks (void)
{
  guint state = 0;
  g_autofree char *a = describe ("```html", 0, &state);
  guint inside = state;
  g_autofree char *b = describe ("<b>*not emphasis*</b>", inside, &state);
  g_autofree char *c = describe ("``", inside, &state);
  g_autofree char *d = NULL;
  g_autofree char *e = NULL;
  g_autofree char *f = NULL;

  g_assert_cmpstr (a, ==, "code-block 0-7");
  g_assert_cmpuint (inside, !=, 0);
  g_assert_cmpstr (b, ==, "code-block 0-21");
  g_assert_cmpuint (state, ==, inside);
  /* A shorter fence does not close it, a longer one does */
  g_assert_cmpstr (c, ==, "code-block 0-2");
  g_assert_cmpuint (state, ==, inside);
  d = describe ("````  ", inside, &state);
  g_assert_cmpstr (d, ==, "code-block 0-6");
  g_assert_cmpuint (state, ==, 0);

  /* Tildes close only tildes; an empty line inside stays inside */
  e = describe ("~~~", 0, &state);
  g_assert_cmpuint (state, !=, 0);
  f = describe ("```", state, &state);
  g_assert_cmpuint (state, !=, 0);
  {
    g_autofree char *empty = describe ("", state, &state);

    g_assert_cmpstr (empty, ==, "");
    g_assert_cmpuint (state, !=, 0);
  }
  /* Backticks in the info string: inline code, not a fence */
  {
    g_autofree char *inline_code = describe ("```a``` text", 0, &state);
    g_autofree char *after = describe ("*prose*", state, NULL);

    g_assert_cmpstr (inline_code, ==, "code 0-7");
    g_assert_cmpstr (after, ==, "emphasis 0-7");
  }
}

static void
test_spans_setext (void)
{
  /* "---" or "===" under paragraph text makes it a heading, as md4c
   * converts it; anywhere else "---" is a rule and "===" text */
  assert_lines ("What riders can expect\n---", "heading 0-22 | heading 0-3");
  assert_lines ("Timetable\n=========\nText", "heading 0-9 | heading 0-9 | ");
  assert_lines ("Short\n-", "heading 0-5 | heading 0-1");
  assert_lines ("Padded\n   ---  ", "heading 0-6 | heading 3-8");
  assert_lines ("  *Indented* title\n--", "emphasis 2-12, heading 2-18 | heading 0-2");
  assert_lines ("\n---", " | rule 0-3");
  assert_lines ("===", "");
  assert_lines ("Text\n---\n---", "heading 0-4 | heading 0-3 | rule 0-3");
  /* Not underlines: too far in, or spaced, or not alone on the line */
  assert_lines ("Text\n    ---", " | ");
  assert_lines ("Text\n- - -", " | rule 0-5");
  assert_lines ("Text\n--- more", " | ");
  /* Only paragraph text outside quotes and lists becomes a heading */
  assert_lines ("## Heading\n---", "heading 0-10 | rule 0-3");
  assert_lines ("> quoted\n---", "quote-marker 0-1 | rule 0-3");
  assert_lines ("- item\ncontinued\n---", "list-marker 0-1 |  | rule 0-3");
  assert_lines ("    indented code\n---", " | rule 0-3");
  assert_lines (">\nText\n---", "quote-marker 0-1 | heading 0-4 | heading 0-3");
  assert_lines ("```\ncode\n```\n---", "code-block 0-3 | code-block 0-4 | code-block 0-3 | rule 0-3");
  assert_lines ("```\ncode\n---", "code-block 0-3 | code-block 0-4 | code-block 0-3");
  /* The last line of a longer paragraph is what is known to be heading */
  assert_lines ("Line one\nline two\n---", " | heading 0-8 | heading 0-3");

  g_assert_true (byline_markdown_is_setext_underline ("=", -1));
  g_assert_true (byline_markdown_is_setext_underline ("---\t", -1));
  g_assert_false (byline_markdown_is_setext_underline ("", -1));
  g_assert_false (byline_markdown_is_setext_underline ("-=", -1));
  g_assert_false (byline_markdown_is_setext_underline ("---x", 4));
  g_assert_true (byline_markdown_is_setext_underline ("---x", 3));
}

static void
test_spans_hostile (void)
{
  /* Long lines of unmatched delimiters: 200,000 bytes of each (quadratic
   * work would run into the test's timeout) */
  const char *patterns[] = { "*a ", "_", "[", "[x]", "`", "`` ", "![", "<http://", "\\", "**_`[",
                             "[](a (", "[](a \"", "[](a '", "[](((", "[](a\\" };

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));

      while (line->len < 200000)
        g_string_append (line, patterns[i]);
      byline_markdown_scan_line (line->str, line->len, 0, FALSE, spans);
      for (guint s = 0; s < spans->len; s++)
        {
          BylineMarkdownSpan *span = &g_array_index (spans, BylineMarkdownSpan, s);

          g_assert_cmpuint (span->end, <=, line->len);
          g_assert_cmpuint (span->start, <, span->end);
        }
    }

  /* A length shorter than the string, and no NUL needed */
  {
    g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));

    byline_markdown_scan_line ("*a* *b*", 3, 0, FALSE, spans);
    g_assert_cmpuint (spans->len, ==, 1);
    g_assert_cmpuint (g_array_index (spans, BylineMarkdownSpan, 0).end, ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown-spans/blocks", test_spans_blocks);
  g_test_add_func ("/markdown-spans/inline", test_spans_inline);
  g_test_add_func ("/markdown-spans/characters", test_spans_characters);
  g_test_add_func ("/markdown-spans/code-blocks", test_spans_code_blocks);
  g_test_add_func ("/markdown-spans/setext", test_spans_setext);
  g_test_add_func ("/markdown-spans/hostile", test_spans_hostile);

  return g_test_run ();
}
