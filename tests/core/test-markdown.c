/* test-markdown.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "byline-test-html.h"

static char *
render (const char          *markdown,
        BylineMarkdownFlags  flags)
{
  g_autoptr(GError) error = NULL;
  char *html = byline_markdown_to_html (markdown, -1, flags, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (html);
  g_assert_true (g_utf8_validate (html, -1, NULL));
  return html;
}

static void
assert_inert (const char *html)
{
  byline_test_assert_inert_html (html);
}

static void
test_markdown_structure (void)
{
  g_autofree char *html = render ("# Top\n\n## Charging at the quay\n\n### Small\n\nA *word* and **two** and `code`.\n\n"
                                  "> “We will run the new boats,” he said.\n\n- one\n- two\n\n3. three\n4. four\n\n"
                                  "line  \nbreak\n\n---\n", BYLINE_MARKDOWN_NONE);

  g_assert_cmpstr (html, ==,
                   "<h2>Top</h2>\n"
                   "<h2>Charging at the quay</h2>\n"
                   "<h3>Small</h3>\n"
                   "<p>A <em>word</em> and <strong>two</strong> and <code>code</code>.</p>\n"
                   "<blockquote>\n<p>“We will run the new boats,” he said.</p>\n</blockquote>\n"
                   "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
                   "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n"
                   "<p>line<br>\nbreak</p>\n"
                   "<hr>\n");
}

static void
test_markdown_code_and_table (void)
{
  g_autofree char *code = render ("```c\nif (a < b && c) <script>\n```\n", BYLINE_MARKDOWN_NONE);
  g_autofree char *table = render ("| a | b |\n|---|---|\n| 1 | <b>2</b> |\n", BYLINE_MARKDOWN_NONE);

  g_assert_cmpstr (code, ==, "<pre><code>if (a &lt; b &amp;&amp; c) &lt;script&gt;\n</code></pre>\n");
  g_assert_nonnull (strstr (table, "<table>"));
  g_assert_nonnull (strstr (table, "<th>a</th>"));
  g_assert_nonnull (strstr (table, "<td>&lt;b&gt;2&lt;/b&gt;</td>"));
}

static void
test_markdown_raw_html_is_text (void)
{
  const char *hostile[] = {
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<div onclick=\"alert(1)\">x</div>\n\nmore",
    "Inline <b onmouseover=alert(1)>bold</b> and <style>*{}</style>",
    "<svg><script>alert(1)</script></svg>",
    "<!-- comment --><object data=x>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *html = render (hostile[i], BYLINE_MARKDOWN_NONE);

      assert_inert (html);
      g_assert_nonnull (strstr (html, "&lt;"));
    }
}

static void
test_markdown_links (void)
{
  const struct {
    const char *md;
    const char *html;
  } cases[] = {
    { "[site](https://example.com/a?b=1&c=2)", "<p><a href=\"https://example.com/a?b=1&amp;c=2\">site</a></p>\n" },
    { "[mail](mailto:desk@example.com)", "<p><a href=\"mailto:desk@example.com\">mail</a></p>\n" },
    { "[rel](../other/story)", "<p><a href=\"../other/story\">rel</a></p>\n" },
    /* Not a scheme (it starts with no letter): a relative URL, found by fuzz-markdown */
    { "[rel](^ttps://x.example/)", "<p><a href=\"^ttps://x.example/\">rel</a></p>\n" },
    { "[t](http://a.example/ \"say \\\"hi\\\"\")", "<p><a href=\"http://a.example/\" title=\"say &quot;hi&quot;\">t</a></p>\n" },
    { "[x](javascript:alert(1))", "<p>x</p>\n" },
    { "[x](JaVaScRiPt:alert(1))", "<p>x</p>\n" },
    { "[x](<java\tscript:alert(1)>)", "<p>x</p>\n" },
    { "[x](java&#x09;script:alert(1))", "<p>x</p>\n" },
    { "[x](data:text/html,<script>alert(1)</script>)", "<p>x</p>\n" },
    { "[x](vbscript:msgbox)", "<p>x</p>\n" },
    { "[x](file:///etc/passwd)", "<p>x</p>\n" },
    { "[x](https://example.com/&#x202E;gpj.exe)", "<p>x</p>\n" },
    { "<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n" },
    { "see https://example.com/page", "<p>see <a href=\"https://example.com/page\">https://example.com/page</a></p>\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = render (cases[i].md, BYLINE_MARKDOWN_NONE);

      g_assert_cmpstr (html, ==, cases[i].html);
      assert_inert (html);
    }
}

static char *
rewrite_cb (const char *url,
            gpointer    user_data)
{
  guint *calls = user_data;

  (*calls)++;
  if (g_str_equal (url, "pictures/quay.jpg"))
    return g_strdup ("https://news.example/wp-content/uploads/quay.jpg");
  if (g_str_equal (url, "evil.jpg"))
    return g_strdup ("javascript:alert(1)");
  return NULL;
}

static void
test_markdown_images (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = render ("![The quay at dawn](pictures/quay.jpg \"Caption & more\")", BYLINE_MARKDOWN_NONE);
  g_autofree char *figure = render ("![The quay at dawn](pictures/quay.jpg \"Caption & more\")", BYLINE_MARKDOWN_FIGURES);
  g_autofree char *inline_img = render ("Text ![a *b*](x.png \"T\") more", BYLINE_MARKDOWN_FIGURES);
  g_autofree char *no_images = render ("![alt text](x.png)", BYLINE_MARKDOWN_NO_IMAGES);
  g_autofree char *unsafe = render ("![alt](javascript:alert(1)) ![b](data:image/png;base64,AAAA) ![c](//evil.example/x.png)", BYLINE_MARKDOWN_NONE);
  g_autofree char *mapped = NULL;
  guint calls = 0;

  g_assert_cmpstr (plain, ==, "<p><img src=\"pictures/quay.jpg\" alt=\"The quay at dawn\" title=\"Caption &amp; more\"></p>\n");
  g_assert_cmpstr (figure, ==, "<figure><img src=\"pictures/quay.jpg\" alt=\"The quay at dawn\" title=\"Caption &amp; more\">"
                               "<figcaption>Caption &amp; more</figcaption></figure>\n");
  g_assert_cmpstr (inline_img, ==, "<p>Text <img src=\"x.png\" alt=\"a b\" title=\"T\"> more</p>\n");
  g_assert_cmpstr (no_images, ==, "<p>alt text</p>\n");
  g_assert_null (strstr (unsafe, "<img"));
  assert_inert (unsafe);

  mapped = byline_markdown_to_html ("![q](pictures/quay.jpg)\n\n![e](evil.jpg)\n\n![k](byline-image:42)",
                                    -1, BYLINE_MARKDOWN_NONE, rewrite_cb, &calls, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, 3);
  g_assert_nonnull (strstr (mapped, "<img src=\"https://news.example/wp-content/uploads/quay.jpg\" alt=\"q\">"));
  g_assert_nonnull (strstr (mapped, "<img src=\"byline-image:42\" alt=\"k\">"));
  g_assert_null (strstr (mapped, "alt=\"e\""));
  assert_inert (mapped);
}

static void
test_markdown_entities (void)
{
  g_autofree char *html = render ("&amp; &copy; &#169; &#x27; &#0; &bogus; &#1114112; &#xD800; &laquo;x&raquo;", BYLINE_MARKDOWN_NONE);

  g_assert_cmpstr (html, ==, "<p>&amp; © © &#39; \357\277\275 &amp;bogus; \357\277\275 \357\277\275 «x»</p>\n");
}

static void
test_markdown_invalid_input (void)
{
  g_autoptr(GError) error = NULL;
  const char bytes[] = "a\xff\xfe\0b\0\n\n## \xc3\x28 h\x01";
  g_autofree char *html = byline_markdown_to_html (bytes, sizeof bytes - 1, BYLINE_MARKDOWN_NONE, NULL, NULL, &error);
  g_autofree char *empty = render ("", BYLINE_MARKDOWN_NONE);

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (html, -1, NULL));
  g_assert_nonnull (strstr (html, "a\357\277\275\357\277\275\357\277\275b\357\277\275</p>"));
  g_assert_nonnull (strstr (html, "<h2>\357\277\275( h\357\277\275</h2>"));
  g_assert_cmpstr (empty, ==, "");
}

static void
test_markdown_large_input (void)
{
  g_autoptr(GString) big = g_string_new (NULL);
  g_autofree char *html = NULL;
  guint32 seed = 42;
  const char *pieces[] = { "word ", "*em* ", "[l](javascript:x) ", "<script>", "\n\n", "> ", "## ", "`", "![i](x.png) ",
                           "&amp;", "\xff", "- ", "1. ", "|", "***", "[", "]", "(", ")", "\\", "\n" };

  while (big->len < 1024 * 1024)
    {
      seed = seed * 1103515245 + 12345;
      g_string_append (big, pieces[(seed >> 16) % G_N_ELEMENTS (pieces)]);
    }

  html = byline_markdown_to_html (big->str, big->len, BYLINE_MARKDOWN_FIGURES, NULL, NULL, NULL);
  g_assert_nonnull (html);
  g_assert_true (g_utf8_validate (html, -1, NULL));
  g_assert_cmpuint (strlen (html), >, 512 * 1024);
  assert_inert (html);
}

static void
test_markdown_escape (void)
{
  const char *texts[] = {
    "# not a heading *not em* _nor this_ [x](y) `z` ~~s~~ a\\b",
    "1. not a list",
    "- nor this",
    "> nor a quote",
    "&amp; stays &amp; while Q&A stays Q&A",
    "<b>not bold</b> https://example.com/ a < b",
    "2023. A year",
    "===",
    "+ plus",
    "“Quotes” and «guillemets» and \"straight\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *md = byline_markdown_escape (texts[i], -1);
      g_autofree char *html = render (md, BYLINE_MARKDOWN_NONE);
      g_autofree char *expected_text = g_markup_escape_text (texts[i], -1);
      g_autofree char *text = NULL;
      g_autoptr(GString) stripped = g_string_new (html);

      /* The HTML is one paragraph of exactly the text (links aside) */
      g_assert_true (g_str_has_prefix (html, "<p>"));
      g_string_replace (stripped, "<a href=\"https://example.com/\">https://example.com/</a>", "https://example.com/", 0);
      g_string_replace (stripped, "&#39;", "&apos;", 0);
      g_string_replace (stripped, "&quot;", "\"", 0);
      g_string_replace (stripped, "&#39;", "'", 0);
      text = g_strndup (stripped->str + 3, stripped->len - 3 - strlen ("</p>\n"));
      {
        g_autoptr(GString) want = g_string_new (expected_text);

        g_string_replace (want, "&quot;", "\"", 0);
        g_string_replace (want, "&#39;", "'", 0);
        g_assert_cmpstr (text, ==, want->str);
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/markdown/structure", test_markdown_structure);
  g_test_add_func ("/markdown/code-and-table", test_markdown_code_and_table);
  g_test_add_func ("/markdown/raw-html-is-text", test_markdown_raw_html_is_text);
  g_test_add_func ("/markdown/links", test_markdown_links);
  g_test_add_func ("/markdown/images", test_markdown_images);
  g_test_add_func ("/markdown/entities", test_markdown_entities);
  g_test_add_func ("/markdown/invalid-input", test_markdown_invalid_input);
  g_test_add_func ("/markdown/large-input", test_markdown_large_input);
  g_test_add_func ("/markdown/escape", test_markdown_escape);

  return g_test_run ();
}
