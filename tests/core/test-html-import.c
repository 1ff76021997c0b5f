/* test-html-import.c: HTML posts back into Markdown, and the renderings
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
md (const char *html)
{
  char *markdown = byline_html_to_markdown (html, -1);

  g_assert_nonnull (markdown);
  g_assert_true (g_utf8_validate (markdown, -1, NULL));
  return markdown;
}

static void
test_html_structure (void)
{
  const struct {
    const char *html;
    const char *markdown;
  } cases[] = {
    { "<p>One</p><p>Two</p>", "One\n\nTwo\n" },
    { "<h2>Charging at the quay</h2><p>Text</p>", "## Charging at the quay\n\nText\n" },
    { "<h1>Top</h1><h3>Small</h3>", "## Top\n\n### Small\n" },
    { "<blockquote><p>“Quote,” he said.</p><p>More.</p></blockquote><p>After</p>",
      "> “Quote,” he said.\n>\n> More.\n\nAfter\n" },
    { "<ul><li>one</li><li>two <b>bold</b></li></ul>", "- one\n- two **bold**\n" },
    { "<ol start=\"3\"><li>three</li><li>four</li></ol>", "3. three\n4. four\n" },
    { "<ul><li>a<ul><li>nested</li></ul></li></ul>", "- a\n  - nested\n" },
    { "<p>An <em>emphasis</em>, <i>italic</i>, <strong>strong</strong>, <code>a*b</code></p>",
      "An *emphasis*, *italic*, **strong**, `a\\*b`\n" },
    { "<p>Line<br>break<br/></p>", "Line\\\nbreak\n" },
    { "<p><a href=\"https://example.com/a b\" onclick=\"x()\">site</a> and <a href=\"javascript:alert(1)\">bad</a></p>",
      "[site](https://example.com/a%20b) and bad\n" },
    { "<p><img src=\"https://example.com/q.jpg\" alt=\"The [quay]\" onerror=\"alert(1)\"></p>",
      "![The \\[quay\\]](https://example.com/q.jpg)\n" },
    { "<figure class=\"wp-block-image\"><img src=\"/q.jpg\" alt=\"Quay\"><figcaption>The “quay”, at dawn</figcaption></figure>",
      "![Quay](/q.jpg \"The “quay”, at dawn\")\n" },
    { "<p>&amp; &lt;b&gt; &copy; &#1234; &#x1F600; &nbsp;x &unknown; &#0;</p>",
      "& \\<b> © Ӓ 😀 \302\240x \\&unknown; \357\277\275\n" },
    { "<p>*not em* and # not heading</p><p># at start</p><p>1. not a list</p>",
      "\\*not em\\* and # not heading\n\n\\# at start\n\n1\\. not a list\n" },
    { "<pre><code>if (a &lt; b) {\n  x();\n}</code></pre>", "```\nif (a < b) {\n  x();\n}\n```\n" },
    { "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>",
      "| a | b |\n| --- | --- |\n| 1 | 2 |\n" },
    { "<hr>", "* * *\n" },
    { "  <p>  spaced \n\t out   text  </p>  ", "spaced out text\n" },
    { "<div><p>in a div</p></div>", "in a div\n" },
    { "<p><em></em><strong> </strong>x</p>", "x\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markdown = md (cases[i].html);

      g_assert_cmpstr (markdown, ==, cases[i].markdown);
    }
}

static void
test_html_gutenberg (void)
{
  const char *raw =
    "<!-- wp:paragraph -->\n<p>First paragraph.</p>\n<!-- /wp:paragraph -->\n\n"
    "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">A subhead</h2>\n<!-- /wp:heading -->\n\n"
    "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>Quoted.</p>\n"
    "<!-- /wp:paragraph --><cite>Someone</cite></blockquote>\n<!-- /wp:quote -->\n\n"
    "<!-- wp:image {\"id\":12} -->\n<figure class=\"wp-block-image\"><img src=\"http://127.0.0.1/wp-content/uploads/x.jpg\" alt=\"\" class=\"wp-image-12\"/></figure>\n<!-- /wp:image -->";
  g_autofree char *markdown = md (raw);

  g_assert_cmpstr (markdown, ==,
                   "First paragraph.\n\n## A subhead\n\n> Quoted.\n>\n> — Someone\n\n"
                   "![](http://127.0.0.1/wp-content/uploads/x.jpg)\n");
}

static void
assert_no_hostile_text (const char *markdown)
{
  g_autofree char *lower = g_ascii_strdown (markdown, -1);

  g_assert_null (strstr (lower, "alert"));
  g_assert_null (strstr (lower, "javascript"));
  g_assert_null (strstr (lower, "vbscript"));
  g_assert_null (strstr (lower, "data:"));
  g_assert_null (strstr (lower, "evil"));
}

static void
test_html_hostile (void)
{
  const char *hostile[] = {
    "<script>alert(1)</script>",
    "<SCRIPT type=text/javascript>alert(1)</SCRIPT >",
    "<script>document.write('</scr' + 'ipt>alert(1)')",
    "<style>body { background: url(javascript:alert(1)) }</style>",
    "<iframe src=\"https://evil.example\">alert(1)</iframe>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\" alt=\"\">",
    "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"\">",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\" JAVASCRIPT:alert(1)\">x</a>",
    "<a href=\"vbscript:msgbox\">x</a>",
    "<a href=\"data:text/html,alert\">x</a>",
    "<svg onload=alert(1)><circle/></svg>",
    "<math><mtext>alert(1)</mtext></math>",
    "<noscript><p>alert(1)</p></noscript>",
    "<template><p>alert(1)</p></template>",
    "<form action=\"https://evil.example\"><input value=alert(1)></form>",
    "<!-- <script>alert(1)</script> -->",
    "<!--> alert-less -->",
    "<object data=\"evil.swf\">alert(1)</object>",
    "<p title=\"</p><script>alert(1)</script>\">ok</p>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *markdown = md (hostile[i]);
      g_autofree char *html = NULL;
      g_autoptr(GError) error = NULL;

      assert_no_hostile_text (markdown);
      html = byline_markdown_to_html (markdown, -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, &error);
      g_assert_no_error (error);
      byline_test_assert_inert_html (html);
    }
}

static void
test_html_malformed (void)
{
  const char *inputs[] = {
    "<", "<<<<", "</", "</>", "<!", "<!-", "<!--", "<?", "<p", "<p class=", "<p class=\"unclosed",
    "<a href='x", "<em><strong>unclosed", "</p></div></li></ul>", "<li>orphan item",
    "<ul><li><ul><li><ul><li><ul><li><ul><li><ul><li><ul><li><ul><li><ul><li><ul><li><ul><li><ul><li>"
    "<ul><li><ul><li><ul><li><ul><li><ul><li><ul><li>deep",
    "<blockquote><blockquote><blockquote>deep", "<figure><img src=a.png>", "<pre>unclosed <b>pre",
    "<figcaption>no figure</figcaption>", "<a><a><a>x</a>", "text & more &", "&#", "&#x", "&#99999999999999999999;",
    "<p>\xff\xfe invalid</p>", "<" "p>a\0b</p>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *markdown = md (inputs[i]);
      g_autofree char *text = byline_html_to_text (inputs[i], -1);

      g_assert_true (g_utf8_validate (markdown, -1, NULL));
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }

  {
    const char with_nul[] = "<p>a\0b</p>";
    g_autofree char *markdown = byline_html_to_markdown (with_nul, sizeof with_nul - 1);

    g_assert_cmpstr (markdown, ==, "a\357\277\275b\n");
  }
}

/* Found by fuzz-html-import: a <time> without datetime before one with it
 * leaked the first zone */
static void
test_html_regression_two_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) a =
    byline_html_import_post ("T", "<p class=\"byline-dateline\"><time data-byline-zone=\"Europe/Oslo\">x</time>"
                                  "<time datetime=\"2023-03-03T09:15:00+00:00\" data-byline-zone=\"Europe/London\">y</time></p>"
                                  "<p>Body</p>", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (byline_article_get_date (a));
  g_assert_cmpstr (byline_article_get_time_zone (a), ==, "Europe/London");
  g_assert_cmpstr (byline_article_get_body (a), ==, "Body\n");
}

static void
test_html_large (void)
{
  const char *pieces[] = {
    "<p>", "</p>", "<em>", "<a href=\"https://x.example/\">", "</a>", "<ul><li>", "</li>", "text ",
    "<", "<!--", "-->", "<script>", "</script>", "&amp;", "&#", "\"", "<img src=x alt=\"", "<blockquote>",
    "<br>", "<pre>", "</pre>", "<figure>", "</figure>", "<table><tr><td>", "\xff",
  };
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GString) attr = g_string_new ("<p title=\"");
  g_autofree char *markdown = NULL;
  g_autofree char *markdown2 = NULL;
  guint32 seed = 1;

  while (big->len < 1024 * 1024)
    {
      seed = seed * 1103515245 + 12345;
      g_string_append (big, pieces[(seed >> 16) % G_N_ELEMENTS (pieces)]);
    }
  markdown = byline_html_to_markdown (big->str, big->len);
  g_assert_nonnull (markdown);
  g_assert_true (g_utf8_validate (markdown, -1, NULL));

  /* A 1 MB attribute and a 1 MB unclosed comment */
  while (attr->len < 1024 * 1024)
    g_string_append (attr, "aaaaaaaaaaaaaaaa");
  g_string_append (attr, "\">ok</p><!--");
  while (attr->len < 2 * 1024 * 1024)
    g_string_append (attr, "bbbbbbbbbbbbbbbb");
  markdown2 = byline_html_to_markdown (attr->str, attr->len);
  g_assert_cmpstr (markdown2, ==, "ok\n");
}

static void
test_html_text (void)
{
  g_autofree char *a = byline_html_to_text ("Harbour &amp; <em>city</em> <script>x()</script>expands", -1);
  g_autofree char *b = byline_html_to_text ("<p>One</p><p>Two *stars*</p>", -1);

  g_assert_cmpstr (a, ==, "Harbour & city expands");
  g_assert_cmpstr (b, ==, "One\nTwo *stars*");
}

static BylineArticle *
sample_article (void)
{
  BylineArticle *article = byline_article_new ();
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GDateTime) date = g_date_time_new (london, 2023, 3, 3, 9, 15, 0);
  const char *bylines[] = { "Lena Okafor", "Sam <Reyes> & Co", NULL };

  byline_article_set_headline (article, "Ferries <script>alert(1)</script> & more");
  byline_article_set_standfirst (article, "A *summary* that is not the lede.");
  byline_article_set_bylines (article, bylines);
  byline_article_set_dateline (article, "PORTVALE");
  byline_article_set_date (article, date);
  byline_article_set_time_zone (article, "Europe/London");
  byline_article_set_body (article,
                           "First paragraph with a [link](https://example.com/) and *emphasis*.\n\n"
                           "## Charging at the quay\n\n"
                           "> “We will run the new boats,” he explained.\n\n"
                           "- one\n- two\n\n"
                           "![The quay](pictures/quay.jpg \"The quay at dawn\")\n\n"
                           "<script>alert(1)</script> [bad](javascript:alert(1))\n");
  return article;
}

static char *
upload_cb (const char *url,
           gpointer    user_data)
{
  return g_strconcat ("https://news.example/uploads/", url, NULL);
}

static void
test_html_content_format (void)
{
  g_autoptr(BylineArticle) article = sample_article ();
  g_autoptr(GError) error = NULL;
  g_autofree char *html = byline_article_render_content_html (article, upload_cb, NULL, &error);

  g_assert_no_error (error);
  byline_test_assert_inert_html (html);
  g_assert_true (g_str_has_prefix (html,
                                   "<p class=\"byline-standfirst\">A *summary* that is not the lede.</p>\n"
                                   "<p class=\"byline-credit\">By <span class=\"byline-author\" dir=\"auto\">Lena Okafor</span> and "
                                   "<span class=\"byline-author\" dir=\"auto\">Sam &lt;Reyes&gt; &amp; Co</span></p>\n"
                                   "<p class=\"byline-dateline\" data-byline-datetime=\"2023-03-03T09:15:00+00:00\" "
                                   "data-byline-zone=\"Europe/London\"><span class=\"byline-place\" dir=\"auto\">PORTVALE</span>, "
                                   "<time datetime=\"2023-03-03T09:15:00+00:00\" data-byline-zone=\"Europe/London\">"
                                   "3 March 2023, 09:15</time></p>\n"
                                   "<p>First paragraph with a <a href=\"https://example.com/\">link</a> and <em>emphasis</em>.</p>\n"
                                   "<h2>Charging at the quay</h2>\n"
                                   "<blockquote>\n<p>“We will run the new boats,” he explained.</p>\n</blockquote>\n"));
  g_assert_nonnull (strstr (html, "<figure><img src=\"https://news.example/uploads/pictures/quay.jpg\" alt=\"The quay\" "
                                  "title=\"The quay at dawn\"><figcaption>The quay at dawn</figcaption></figure>\n"));
  g_assert_nonnull (strstr (html, "<p>&lt;script&gt;alert(1)&lt;/script&gt; bad</p>\n"));
}

static void
test_html_content_round_trip (void)
{
  g_autoptr(BylineArticle) article = sample_article ();
  g_autoptr(BylineArticle) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = byline_article_render_content_html (article, NULL, NULL, &error);
  g_autofree char *body_html = NULL;
  g_autofree char *back_html = NULL;
  const char * const *bylines;

  g_assert_no_error (error);
  back = byline_html_import_post ("Ferries &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html,
                                  "<p>The <b>excerpt</b></p>", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (byline_article_get_headline (back), ==, byline_article_get_headline (article));
  g_assert_cmpstr (byline_article_get_standfirst (back), ==, byline_article_get_standfirst (article));
  bylines = byline_article_get_bylines (back);
  g_assert_cmpstr (bylines[0], ==, "Lena Okafor");
  g_assert_cmpstr (bylines[1], ==, "Sam <Reyes> & Co");
  g_assert_null (bylines[2]);
  g_assert_cmpstr (byline_article_get_dateline (back), ==, "PORTVALE");
  g_assert_true (g_date_time_equal (byline_article_get_date (back), byline_article_get_date (article)));
  g_assert_cmpstr (byline_article_get_time_zone (back), ==, "Europe/London");
  g_assert_cmpstr (byline_article_get_excerpt (back), ==, "The excerpt");
  g_assert_cmpstr (byline_article_get_body (back), ==,
                   "First paragraph with a [link](https://example.com/) and *emphasis*.\n\n"
                   "## Charging at the quay\n\n"
                   "> “We will run the new boats,” he explained.\n\n"
                   "- one\n- two\n\n"
                   "![The quay](pictures/quay.jpg \"The quay at dawn\")\n\n"
                   "\\<script>alert(1)\\</script> bad\n");

  /* Equivalent Markdown: the bodies render to the same HTML, except for
   * the unsafe link, which was already dropped when publishing */
  body_html = byline_markdown_to_html (byline_article_get_body (article), -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, NULL);
  back_html = byline_markdown_to_html (byline_article_get_body (back), -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, NULL);
  g_assert_cmpstr (body_html, ==, back_html);
}

/* A Persian story says its language and direction to the site's page,
 * and reads back the same */
static void
test_html_content_direction (void)
{
  g_autoptr(BylineArticle) fa = byline_article_new ();
  g_autoptr(BylineArticle) en = sample_article ();
  g_autoptr(BylineArticle) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *en_html = NULL;
  const char *bylines[] = { "سارا احمدی", NULL };

  byline_article_set_headline (fa, "گسترش ناوگان اتوبوس برقی");
  byline_article_set_standfirst (fa, "شرکت واحد ۵۰ اتوبوس تازه می‌خرد.");
  byline_article_set_bylines (fa, bylines);
  byline_article_set_dateline (fa, "تهران");
  byline_article_set_body (fa, "شرکت واحد اتوبوسرانی اعلام کرد.\n\n## برنامه\n\n> «اتوبوس‌ها تا بهار می‌رسند.»\n");
  byline_article_set_language (fa, "fa");
  byline_article_set_direction (fa, BYLINE_TEXT_DIRECTION_RTL);
  html = byline_article_render_content_html (fa, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (html, "<div class=\"byline-story\" lang=\"fa\" dir=\"rtl\">\n"));
  g_assert_true (g_str_has_suffix (html, "</div>\n"));
  /* Each block takes its own text's direction (an English paragraph in a
   * Persian story ends with its full stop) */
  g_assert_nonnull (strstr (html, "<h2 dir=\"auto\">"));
  g_assert_nonnull (strstr (html, "<p dir=\"auto\">"));

  back = byline_html_import_post ("گسترش ناوگان اتوبوس برقی", html, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_standfirst (back), ==, byline_article_get_standfirst (fa));
  g_assert_cmpstrv (byline_article_get_bylines (back), bylines);
  g_assert_cmpstr (byline_article_get_dateline (back), ==, "تهران");
  g_assert_cmpstr (byline_article_get_body (back), ==, byline_article_get_body (fa));
  g_assert_cmpint (byline_article_get_direction (back), ==, BYLINE_TEXT_DIRECTION_RTL);

  /* The standfirst takes its own text's direction too, whether it opens
   * the body (a wire copy's lede) or not; it is read back all the same */
  for (guint lede = 0; lede < 2; lede++)
    {
      g_autofree char *with_standfirst = NULL;
      g_autoptr(BylineArticle) again = NULL;
      const char *standfirst = lede ? "شرکت واحد اتوبوسرانی اعلام کرد." : "Tehran buys 50 buses.";

      byline_article_set_standfirst (fa, standfirst);
      with_standfirst = byline_article_render_content_html (fa, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (with_standfirst, lede ? "<p class=\"byline-standfirst byline-lede\" dir=\"auto\">"
                                                      : "<p class=\"byline-standfirst\" dir=\"auto\">"));
      again = byline_html_import_post ("گسترش ناوگان اتوبوس برقی", with_standfirst, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (byline_article_get_standfirst (again), ==, standfirst);
      g_assert_cmpstr (byline_article_get_body (again), ==, byline_article_get_body (fa));
    }

  /* English, left to right: no wrapper */
  en_html = byline_article_render_content_html (en, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_str_has_prefix (en_html, "<div"));
}

/* The date shown in the dateline is in the story's language, as the
 * words around the names are ("بقلم", "Автор:"): an Arabic or Russian
 * story said "10 May 2024" */
static void
test_html_content_dateline_language (void)
{
  struct { const char *language; const char *dateline; } cases[] = {
    { "ar", "<span class=\"byline-place\" dir=\"auto\">PLACE</span>، <time datetime=\"2024-05-10T14:00:00+03:00\" data-byline-zone=\"Asia/Amman\">10 مايو 2024، 14:00</time>" },
    { "ru", "<span class=\"byline-place\" dir=\"auto\">PLACE</span>, <time datetime=\"2024-05-10T14:00:00+03:00\" data-byline-zone=\"Asia/Amman\">10 мая 2024, 14:00</time>" },
    { "fa", "<span class=\"byline-place\" dir=\"auto\">PLACE</span>، <time datetime=\"2024-05-10T14:00:00+03:00\" data-byline-zone=\"Asia/Amman\">۲۱ اردیبهشت ۱۴۰۳، ۱۴:۰۰</time>" },
    { "en", "<span class=\"byline-place\" dir=\"auto\">PLACE</span>, <time datetime=\"2024-05-10T14:00:00+03:00\" data-byline-zone=\"Asia/Amman\">10 May 2024, 14:00</time>" },
  };
  g_autoptr(GTimeZone) amman = g_time_zone_new_identifier ("Asia/Amman");
  g_autoptr(GDateTime) date = g_date_time_new (amman, 2024, 5, 10, 14, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylineArticle) article = byline_article_new ();
      g_autoptr(BylineArticle) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *html = NULL;

      byline_article_set_headline (article, "H");
      byline_article_set_dateline (article, "PLACE");
      byline_article_set_time_zone (article, "Asia/Amman");
      byline_article_set_date (article, date);
      byline_article_set_language (article, cases[i].language);
      byline_article_set_body (article, "Body.");
      html = byline_article_render_content_html (article, NULL, NULL, &error);
      g_assert_no_error (error);
      if (strstr (html, cases[i].dateline) == NULL)
        g_error ("%s: expected %s in\n%s", cases[i].language, cases[i].dateline, html);

      /* Only the attributes are read back */
      back = byline_html_import_post ("H", html, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (byline_article_get_dateline (back), ==, "PLACE");
      g_assert_true (g_date_time_equal (byline_article_get_date (back), date));
      g_assert_cmpstr (byline_article_get_time_zone (back), ==, "Asia/Amman");
    }
}

/* WordPress's kses drops the time element from the post of a user without
 * unfiltered_html (an Author): the date was lost on the way back */
static void
test_html_content_date_without_time_element (void)
{
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2023, 3, 3, 10, 20, 0);
  g_autoptr(BylineArticle) article = byline_article_new ();
  g_autoptr(BylineArticle) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) time_tags = g_regex_new ("</?time[^>]*>", 0, 0, NULL);
  g_autofree char *html = NULL;
  g_autofree char *kept = NULL;

  byline_article_set_headline (article, "H");
  byline_article_set_dateline (article, "تهران");
  byline_article_set_time_zone (article, "Asia/Tehran");
  byline_article_set_date (article, date);
  byline_article_set_language (article, "fa");
  byline_article_set_direction (article, BYLINE_TEXT_DIRECTION_RTL);
  byline_article_set_body (article, "متن.");
  html = byline_article_render_content_html (article, NULL, NULL, &error);
  g_assert_no_error (error);
  kept = g_regex_replace_literal (time_tags, html, -1, 0, "", 0, NULL);
  g_assert_null (strstr (kept, "<time"));

  back = byline_html_import_post ("H", kept, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_dateline (back), ==, "تهران");
  g_assert_nonnull (byline_article_get_date (back));
  g_assert_true (g_date_time_equal (byline_article_get_date (back), date));
  g_assert_cmpstr (byline_article_get_time_zone (back), ==, "Asia/Tehran");
}

static void
test_html_import_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) none = byline_html_import_post (NULL, "<!-- wp:paragraph --><p> </p><script>x</script>", NULL, &error);
  g_autoptr(BylineArticle) fa = NULL;

  g_assert_error (error, BYLINE_HTML_IMPORT_ERROR, BYLINE_HTML_IMPORT_ERROR_EMPTY);
  g_assert_null (none);
  g_clear_error (&error);

  fa = byline_html_import_post ("گسترش ناوگان", "<p>شرکت واحد اتوبوسرانی اعلام کرد.</p>", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (byline_article_get_language (fa), ==, "fa");
  g_assert_cmpint (byline_article_get_direction (fa), ==, BYLINE_TEXT_DIRECTION_RTL);
}

static void
test_html_preview (void)
{
  g_autoptr(BylineArticle) article = sample_article ();
  g_autoptr(BylineArticle) fa = byline_article_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *html = byline_article_render_preview_html (article, NULL, NULL, &error);
  g_autofree char *fa_html = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2023, 3, 3, 10, 20, 0);
  const char *body;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n"));
  g_assert_nonnull (strstr (html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "style-src 'unsafe-inline'; img-src file:;"));
  g_assert_nonnull (strstr (html, "prefers-color-scheme: dark"));
  g_assert_nonnull (strstr (html, "<title>Ferries &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</title>"));
  g_assert_nonnull (strstr (html, "<h1>Ferries &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h1>"));
  g_assert_nonnull (strstr (html, "<h2>Charging at the quay</h2>"));
  g_assert_nonnull (strstr (html, "<blockquote>"));
  g_assert_nonnull (strstr (html, "<span class=\"byline-author\" dir=\"auto\">Lena Okafor</span>"));
  g_assert_nonnull (strstr (html, "<span class=\"byline-place\" dir=\"auto\">PORTVALE</span>"));

  /* The story part is as inert as the published body */
  body = strstr (html, "</header>");
  g_assert_nonnull (body);
  {
    g_autofree char *story = g_strndup (body + strlen ("</header>"), strstr (body, "</article>") - body - strlen ("</header>"));

    byline_test_assert_inert_html (story);
  }
  g_assert_null (strstr (html, "<script"));

  byline_article_set_headline (fa, "گسترش ناوگان اتوبوس‌های برقی در پایتخت");
  byline_article_set_language (fa, "fa");
  byline_article_set_direction (fa, BYLINE_TEXT_DIRECTION_RTL);
  byline_article_set_date (fa, date);
  byline_article_set_time_zone (fa, "Asia/Tehran");
  byline_article_set_dateline (fa, "تهران");
  byline_article_set_body (fa, "## ایستگاه‌های شارژ\n\nمدیرعامل شرکت گفت: «هدف ما.»\n");
  fa_html = byline_article_render_preview_html (fa, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (fa_html, "<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">\n"));
  g_assert_nonnull (strstr (fa_html, "۱۲ اسفند ۱۴۰۱، ۱۰:۲۰</time>"));
  g_assert_nonnull (strstr (fa_html, "<h2 dir=\"auto\">ایستگاه‌های شارژ</h2>"));
}

typedef struct {
  const char *html;
  const char *markdown;
} HtmlCase;

static void
assert_cases (const HtmlCase *cases,
              guint           n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *markdown = md (cases[i].html);

      g_assert_cmpstr (markdown, ==, cases[i].markdown);
    }
}

/* A gallery's images in document order, each with its own caption; the
 * gallery's caption is a paragraph of its own */
static void
test_html_gallery (void)
{
  const HtmlCase cases[] = {
    { "<!-- wp:gallery -->\n<figure class=\"wp-block-gallery has-nested-images\"><!-- wp:image {\"id\":5} -->\n"
      "<figure class=\"wp-block-image\"><img src=\"/one.jpg\" alt=\"Gallery one\"/><figcaption>Cap one</figcaption></figure>\n"
      "<!-- /wp:image -->\n<!-- wp:image {\"id\":6} -->\n"
      "<figure class=\"wp-block-image\"><img src=\"/two.png\" alt=\"Gallery two\"/></figure>\n"
      "<!-- /wp:image --><figcaption class=\"blocks-gallery-caption\">Gallery caption</figcaption></figure>\n"
      "<!-- /wp:gallery -->",
      "![Gallery one](/one.jpg \"Cap one\")\n\n![Gallery two](/two.png)\n\nGallery caption\n" },
    /* The older gallery markup: images in list items */
    { "<figure class=\"wp-block-gallery\"><ul class=\"blocks-gallery-grid\">"
      "<li><figure><img src=\"/a.jpg\" alt=\"A\"><figcaption>Cap A</figcaption></figure></li>"
      "<li><figure><img src=\"/b.jpg\" alt=\"B\"></figure></li></ul>"
      "<figcaption>All</figcaption></figure>",
      "- ![A](/a.jpg \"Cap A\")\n- ![B](/b.jpg)\n\nAll\n" },
    /* Several images in one figure: in order, the caption after them */
    { "<figure><img src=\"/a.jpg\" alt=\"A\"><img src=\"/b.jpg\" alt=\"B\"><figcaption>Both</figcaption></figure>",
      "![A](/a.jpg)\n\n![B](/b.jpg)\n\nBoth\n" },
  };

  assert_cases (cases, G_N_ELEMENTS (cases));
}

/* A quote and the pullquote after it stay two quotes; citations are
 * "— name" lines inside their quote */
static void
test_html_quotes (void)
{
  const HtmlCase cases[] = {
    { "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><p>Quoted words here.</p><cite>Mayor Smith</cite></blockquote>\n"
      "<!-- /wp:quote -->\n<!-- wp:pullquote -->\n<figure class=\"wp-block-pullquote\"><blockquote><p>Pullquote text.</p>"
      "<cite>Pull Citer</cite></blockquote></figure>\n<!-- /wp:pullquote -->",
      "> Quoted words here.\n>\n> — Mayor Smith\n\n> Pullquote text.\n>\n> — Pull Citer\n" },
    { "<blockquote><p>One</p></blockquote><blockquote><p>Two</p></blockquote>", "> One\n\n> Two\n" },
    { "<blockquote><blockquote><p>a</p></blockquote><blockquote><p>b</p></blockquote><p>c</p></blockquote>",
      "> > a\n>\n> > b\n>\n> c\n" },
    /* A cite inside the text is the title of a work */
    { "<blockquote><p>As <cite>The Times</cite> said.</p><cite></cite></blockquote>", "> As *The Times* said.\n" },
  };

  assert_cases (cases, G_N_ELEMENTS (cases));

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *markdown = md (cases[i].html);
      g_autofree char *html = byline_markdown_to_html (markdown, -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, NULL);
      const char *second = strstr (html, "</blockquote>");

      g_assert_nonnull (second);
      g_assert_nonnull (strstr (second, "<blockquote>"));
    }
}

/* Blocks never run together: WordPress's block comments and block
 * elements separate paragraphs; shortcodes stay text */
static void
test_html_block_boundaries (void)
{
  const HtmlCase cases[] = {
    { "<!-- wp:html -->\n<a href=\"data:text/html,x\">data link</a>\n<!-- /wp:html -->\n"
      "<!-- wp:shortcode -->\n[gallery ids=\"5,6\"]\n<!-- /wp:shortcode -->",
      "data link\n\n\\[gallery ids=\"5,6\"\\]\n" },
    { "<!-- wp:html --><b>one</b><!-- /wp:html --><!-- wp:html --><i>two</i><!-- /wp:html -->",
      "**one**\n\n*two*\n" },
    { "<p>Before</p><!--more-->After", "Before\n\nAfter\n" },
    { "<div>a</div>loose<section>b</section>", "a\n\nloose\n\nb\n" },
    /* Other comments are nothing, inside a paragraph too */
    { "<p>foo<!-- note -->bar</p>", "foobar\n" },
    { "<pre>a<!-- wp:x -->b</pre>", "```\nab\n```\n" },
  };

  assert_cases (cases, G_N_ELEMENTS (cases));
}

/* Simple tables are GFM pipe tables (published back as tables); others
 * stay readable paragraphs */
static void
test_html_tables (void)
{
  const HtmlCase cases[] = {
    { "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><thead><tr><th>Ward</th><th>Votes</th></tr></thead>"
      "<tbody><tr><td>North</td><td>1,204</td></tr><tr><td>South</td><td>987</td></tr></tbody></table>"
      "<figcaption>Table caption</figcaption></figure>\n<!-- /wp:table -->",
      "| Ward | Votes |\n| --- | --- |\n| North | 1,204 |\n| South | 987 |\n\nTable caption\n" },
    /* Inline Markdown in cells, pipes escaped, a <br> a space, short rows filled */
    { "<p>Before</p><table>\n<tbody>\n<tr>\n<td><b>a|b</b></td>\n<td><a href=\"https://example.com/?q=x|y\">l</a> <code>c|d</code></td>\n</tr>\n"
      "<tr><td>one<br>two</td></tr><tr><td>*</td><td>\\</td></tr></tbody></table><p>After</p>",
      "Before\n\n| **a\\|b** | [l](https://example.com/?q=x\\|y) `c|d` |\n| --- | --- |\n| one two |  |\n"
      "| \\* | \\\\ |\n\nAfter\n" },
    { "<table><caption>Results</caption><tr><td>1</td></tr></table>", "| 1 |\n| --- |\n\nResults\n" },
    { "<blockquote><table><tr><td>q</td></tr></table></blockquote>", "> | q |\n> | --- |\n" },
    { "<ul><li><table><tr><td>x</td></tr></table></li></ul>", "- | x |\n  | --- |\n" },
    /* Not GFM tables: spans, blocks in cells, text between cells, nested tables */
    { "<table><tr><td colspan=\"2\">wide</td></tr><tr><td>1</td><td>2</td></tr></table>", "wide\n\n1 | 2\n" },
    { "<table><tr><td rowspan=2>tall</td><td>1</td></tr></table>", "tall | 1\n" },
    { "<table><tr><td><p>para</p></td><td>2</td></tr></table>", "para\n\n2\n" },
    { "<table><tr><td><ul><li>i</li></ul></td></tr></table>", "- i\n" },
    { "<table>stray<tr><td>1</td></tr></table>", "stray\n\n1\n" },
    { "<table><tr><td><table><tr><td>in</td></tr></table></td></tr></table>", "in\n" },
    { "<table></table><table><tr></tr></table>", "" },
  };

  assert_cases (cases, G_N_ELEMENTS (cases));

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *markdown = md (cases[i].html);
      g_autoptr(GError) error = NULL;
      g_autofree char *html = byline_markdown_to_html (markdown, -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, &error);

      g_assert_no_error (error);
      byline_test_assert_inert_html (html);
      g_assert_nonnull (strstr (html, "<table>"));
      g_assert_nonnull (strstr (html, "<th>"));
      if (i == 0)
        g_assert_nonnull (strstr (html, "<td>1,204</td>"));
      else
        {
          g_assert_nonnull (strstr (html, "<strong>a|b</strong>"));
          g_assert_nonnull (strstr (html, "<code>c|d</code>"));
          g_assert_nonnull (strstr (html, "<td>one two</td>"));
        }
    }
}

/* A classic-editor post reads as WordPress shows it (wpautop): a blank
 * line is a paragraph break, a single line break a hard break */
static void
test_html_classic (void)
{
  const HtmlCase cases[] = {
    { "First line\nsecond line\r\n\r\nNew paragraph with <em>em</em>\n<strong>bold</strong> line  \n\n\n\nLast",
      "First line\\\nsecond line\n\nNew paragraph with *em*\\\n**bold** line\n\nLast\n" },
    { "Intro\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\nAfter\n<blockquote>Quote line\nsecond</blockquote>\n<pre>a\n\nb</pre>",
      "Intro\n\n- a\n- b\n\nAfter\n\n> Quote line\\\n> second\n\n```\na\n\nb\n```\n" },
    { "[gallery ids=\"5,6\"]\n\n# not a heading\n- not a list", "\\[gallery ids=\"5,6\"\\]\n\n\\# not a heading\\\n\\- not a list\n" },
    /* Posts with paragraphs or block comments keep HTML's white space */
    { "<p>a\nb</p>\n\n<p>c</p>", "a b\n\nc\n" },
    { "<!-- wp:html -->\nline1\nline2\n<!-- /wp:html -->", "line1 line2\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BylineArticle) article = byline_html_import_post ("Classic", cases[i].html, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (byline_article_get_body (article), ==, cases[i].markdown);
    }
}

/* An img whose src names no file is no image (not a broken `![](x)`);
 * relative paths are images */
static void
test_html_image_src (void)
{
  const HtmlCase cases[] = {
    { "<img src=\"x\" onerror=\"alert('onerror')\"><p>Text</p>", "Text\n" },
    { "<p>a <img src=\"?x\" alt=\"q\"> <img src=\"#top\"> b</p>", "a b\n" },
    { "<figure><img src=x><figcaption>Cap</figcaption></figure>", "Cap\n" },
    { "<p><img src=\"q.jpg\" alt=\"Q\"> <img src=\"/media/7?size=x\" alt=\"M\"> "
      "<img src=\"uploads/a\" alt=\"U\"> <img src=\"https://example.com/x\" alt=\"H\"></p>",
      "![Q](q.jpg) ![M](/media/7?size=x) ![U](uploads/a) ![H](https://example.com/x)\n" },
  };

  assert_cases (cases, G_N_ELEMENTS (cases));
}

/* Nested lists keep their nesting; lists one after another stay separate
 * lists (CommonMark would join two lists with the same marker) */
static void
test_html_lists (void)
{
  const HtmlCase cases[] = {
    { "<ul><li>Item one<ul><li>Nested A</li><li>Nested B<ol><li>Deep 1</li></ol></li></ul></li><li>Item two</li></ul>"
      "<ol start=\"5\"><li>Fifth</li><li>Sixth</li></ol>",
      "- Item one\n  - Nested A\n  - Nested B\n    1. Deep 1\n- Item two\n\n5. Fifth\n6. Sixth\n" },
    { "<ul><li>a</li></ul><ul><li>b</li></ul><ul><li>c</li></ul>", "- a\n\n* b\n\n- c\n" },
    { "<ol><li>a</li></ol><ol><li>b</li></ol>", "1. a\n\n1) b\n" },
    { "<ul><li>a</li></ul><p>p</p><ul><li>b</li></ul>", "- a\n\np\n\n- b\n" },
    /* Headings h2–h6 as they are, line breaks hard breaks */
    { "<h2>2</h2><h4>4</h4><h5>5</h5><h6>6</h6><p>a<br>b</p>", "## 2\n\n#### 4\n\n##### 5\n\n###### 6\n\na\\\nb\n" },
  };

  assert_cases (cases, G_N_ELEMENTS (cases));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *markdown = md (cases[i].html);
      g_autofree char *html = byline_markdown_to_html (markdown, -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, NULL);
      guint lists = 0;

      g_assert_null (strstr (html, "<p>"));   /* tight lists, none merged into a loose one */
      for (const char *p = html; (p = strstr (p, "</ul>")) != NULL; p++)
        lists++;
      for (const char *p = html; (p = strstr (p, "</ol>")) != NULL; p++)
        lists++;
      g_assert_cmpuint (lists, ==, i == 0 ? 4 : i == 1 ? 3 : 2);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/html/structure", test_html_structure);
  g_test_add_func ("/html/gutenberg", test_html_gutenberg);
  g_test_add_func ("/html/hostile", test_html_hostile);
  g_test_add_func ("/html/malformed", test_html_malformed);
  g_test_add_func ("/html/large", test_html_large);
  g_test_add_func ("/html/regression-two-times", test_html_regression_two_times);
  g_test_add_func ("/html/text", test_html_text);
  g_test_add_func ("/html/content-format", test_html_content_format);
  g_test_add_func ("/html/content-round-trip", test_html_content_round_trip);
  g_test_add_func ("/html/content-direction", test_html_content_direction);
  g_test_add_func ("/html/content-dateline-language", test_html_content_dateline_language);
  g_test_add_func ("/html/content-date-without-time-element", test_html_content_date_without_time_element);
  g_test_add_func ("/html/import-empty", test_html_import_empty);
  g_test_add_func ("/html/preview", test_html_preview);
  g_test_add_func ("/html/gallery", test_html_gallery);
  g_test_add_func ("/html/quotes", test_html_quotes);
  g_test_add_func ("/html/block-boundaries", test_html_block_boundaries);
  g_test_add_func ("/html/tables", test_html_tables);
  g_test_add_func ("/html/classic", test_html_classic);
  g_test_add_func ("/html/image-src", test_html_image_src);
  g_test_add_func ("/html/lists", test_html_lists);

  return g_test_run ();
}
