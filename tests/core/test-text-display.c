/* test-text-display.c: untrusted names and URLs cannot spoof what is shown
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-html-import.h"
#include "byline-text-display.h"
#include "byline-text-private.h"
#include "byline-test-html.h"

#define FSI "\u2068"
#define LRI "\u2066"
#define PDI "\u2069"

static void
test_plain (void)
{
  g_autofree char *name = byline_text_isolate_for_display ("Ada Lovelace", -1);
  g_autofree char *persian = byline_text_isolate_for_display ("مریم نوروزی‌فر", -1);
  g_autofree char *empty = byline_text_isolate_for_display (NULL, -1);

  g_assert_cmpstr (name, ==, FSI "Ada Lovelace" PDI);
  /* ZWNJ stays in names: Persian needs it. */
  g_assert_cmpstr (persian, ==, FSI "مریم نوروزی‌فر" PDI);
  g_assert_cmpstr (empty, ==, FSI PDI);
}

static void
test_override_removed (void)
{
  /* "evil\u202Egpj.exe" would show as "evilexe.jpg". */
  g_autofree char *name = byline_text_isolate_for_display ("evil\u202Egpj.exe", -1);
  /* An unbalanced isolate or a PDI trying to close the wrapper early. */
  g_autofree char *escape = byline_text_isolate_for_display ("x\u2069\u2067\u202B\u200F\u061Cy", -1);

  g_assert_cmpstr (name, ==, FSI "evilgpj.exe" PDI);
  g_assert_cmpstr (escape, ==, FSI "xy" PDI);
  g_assert_false (byline_test_bidi_inside (name));
  g_assert_false (byline_test_bidi_inside (escape));
}

static void
test_controls_and_invalid (void)
{
  const char raw[] = "a\nb\r\x01\xff\xfe" "c\u2028d\0hidden";
  g_autofree char *text = byline_text_isolate_for_display (raw, sizeof raw - 1);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strchr (text, '\n'));
  g_assert_null (strchr (text, '\r'));
  g_assert_null (strstr (text, "\u2028"));
  g_assert_nonnull (strstr (text, "hidden"));
  g_assert_true (g_str_has_prefix (text, FSI "a b"));
}

static void
test_url (void)
{
  g_autofree char *url = byline_url_for_display ("http://example.com/\u202Efdp.exe", -1);
  g_autofree char *zw = byline_url_for_display ("http://goo\u200Bgle.com\uFEFF/\u200D", -1);

  g_assert_cmpstr (url, ==, LRI "http://example.com/fdp.exe" PDI);
  g_assert_cmpstr (zw, ==, LRI "http://google.com/" PDI);
}

/* A headline, excerpt or caption goes to the site as HTML text: never a
 * tag, never a character reference the journalist did not type, and an
 * ordinary "&" left as typed (WordPress's editor shows the stored HTML) */
static void
test_escape_text (void)
{
  static const struct {
    const char *text;
    const char *html;
  } cases[] = {
    { "R&D spending rises", "R&D spending rises" },
    { "AT&T, Q&A, fish & chips, M&S", "AT&T, Q&A, fish & chips, M&S" },
    { "Council <img src=x onerror=alert(1)> budget", "Council &lt;img src=x onerror=alert(1)&gt; budget" },
    /* An article about HTML: the entity as text */
    { "Why &amp; and &lt;p&gt; show up", "Why &amp;amp; and &amp;lt;p&amp;gt; show up" },
    /* Names browsers decode without a semicolon, even with letters after */
    { "&copy &copyright &notes &AMP &nbsp1 &frac12", "&amp;copy &amp;copyright &amp;notes &amp;AMP &amp;nbsp1 &amp;frac12" },
    /* Letters and digits ending in ";" (a known name or not), and numbers */
    { "B&Q; &Dagger; &foo; &#38; &#x26 &#", "B&amp;Q; &amp;Dagger; &amp;foo; &amp;#38; &amp;#x26 &amp;#" },
    /* Not a reference: no such name without semicolon, or nothing after */
    { "&Copy &D &c &", "&Copy &D &c &" },
    { "He said \"no\" — it's", "He said \"no\" — it's" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = _byline_html_escape_text (cases[i].text);
      g_autoptr(BylineArticle) back = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (html, ==, cases[i].html);
      /* Pulling the post decodes it to what was typed */
      back = byline_html_import_post (html, "", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (byline_article_get_headline (back), ==, cases[i].text);
    }
}

static void
test_first_strong (void)
{
  BylineTextDirection direction = BYLINE_TEXT_DIRECTION_RTL;

  g_assert_true (byline_text_first_strong_direction ("2026: «خبر» and more", &direction));
  g_assert_cmpint (direction, ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_true (byline_text_first_strong_direction ("\u2068Jo said «خبر»\u2069", &direction));
  g_assert_cmpint (direction, ==, BYLINE_TEXT_DIRECTION_LTR);
  g_assert_true (byline_text_first_strong_direction ("\u05e9\u05dc\u05d5\u05dd", &direction));
  g_assert_cmpint (direction, ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_true (byline_text_first_strong_direction ("— Привет", &direction));
  g_assert_cmpint (direction, ==, BYLINE_TEXT_DIRECTION_LTR);
  direction = BYLINE_TEXT_DIRECTION_RTL;
  g_assert_false (byline_text_first_strong_direction ("12, 3… 🙂", &direction));
  g_assert_cmpint (direction, ==, BYLINE_TEXT_DIRECTION_LTR);
  g_assert_false (byline_text_first_strong_direction (NULL, &direction));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/text-display/plain", test_plain);
  g_test_add_func ("/text-display/override-removed", test_override_removed);
  g_test_add_func ("/text-display/controls-and-invalid-utf8", test_controls_and_invalid);
  g_test_add_func ("/text-display/url", test_url);
  g_test_add_func ("/text-display/escape-text", test_escape_text);
  g_test_add_func ("/text-display/first-strong", test_first_strong);

  return g_test_run ();
}
