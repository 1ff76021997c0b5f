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

/* The line's spans as "kind start-end" words, by kind then start */
static char *
describe (const char *line,
          guint       state,
          guint      *next)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  guint after = byline_markdown_scan_line (line, -1, state, spans);

  if (next != NULL)
    *next = after;
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

    g_assert_cmpstr (inline_code, ==, "code 0-7");
    g_assert_cmpuint (state, ==, 0);
  }
}

static void
test_spans_hostile (void)
{
  /* Long lines of unmatched delimiters: 200,000 bytes of each (quadratic
   * work would run into the test's timeout) */
  const char *patterns[] = { "*a ", "_", "[", "[x]", "`", "`` ", "![", "<http://", "\\", "**_`[" };

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BylineMarkdownSpan));

      while (line->len < 200000)
        g_string_append (line, patterns[i]);
      byline_markdown_scan_line (line->str, line->len, 0, spans);
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

    byline_markdown_scan_line ("*a* *b*", 3, 0, spans);
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
  g_test_add_func ("/markdown-spans/hostile", test_spans_hostile);

  return g_test_run ();
}
