/* test-wp-scan.c: a page of comments read in place (byline-wp-scan.c)
 * means what json-glib and byline_wp_json_decode_comment() make of it,
 * and whatever it does not read plainly is left to them
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "wp-scan-compare.h"

static void
assert_read_alike (const char *json)
{
  gboolean scanned = FALSE;

  if (!wp_scan_agrees (json, strlen (json), &scanned))
    g_error ("read otherwise than json-glib reads it: %s", json);
  if (!scanned)
    g_error ("left to json-glib: %s", json);
}

/* Pages as WordPress writes them, and the odd shapes a site or a plugin
 * sends that json-glib and the decoder take */
static void
test_same_as_json_glib (void)
{
  const char *pages[] = {
    "[]",
    " \n[ ]\r\n",
    "[{\"id\":2,\"post\":4,\"parent\":0,\"author\":0,\"author_name\":\"Ole 1\",\"author_email\":\"reader1@example.invalid\","
    "\"author_url\":\"\",\"author_ip\":\"192.0.2.2\",\"author_user_agent\":\"SeedBrowser\\/1\","
    "\"date_gmt\":\"2026-11-30T04:58:56\",\"content\":{\"rendered\":\"<p>Reader comment number 1.<\\/p>\\n\","
    "\"raw\":\"Reader comment number 1.\"},\"status\":\"hold\",\"type\":\"comment\"}]",
    /* escapes: PHP writes every non-ASCII letter as \u, an emoji as a pair */
    "[{\"id\":7,\"author_name\":\"Jos\\u00e9 \\u05e9\\u05dc\\u05d5\\u05dd\",\"content\":{\"raw\":"
    "\"\\ud83d\\ude00 \\\"quoted\\\" tab\\there\\\\ back\\bspace\\fform\\r\\n\\u2019\"}}]",
    /* UTF-8 as it is, RTL and mixed */
    "[{\"id\":8,\"author_name\":\"مريم\",\"content\":{\"raw\":\"שלום and مرحبا 😀\",\"rendered\":\"<p>x</p>\"}}]",
    /* ids as strings, as integral floats; negative and fractional ones are no ids */
    "[{\"id\":\"12\",\"post\":4.0,\"parent\":-3,\"author\":1.5}]",
    "[{\"id\":1e2,\"post\":\"x\",\"parent\":\"-4\",\"author\":9007199254740993.0}]",
    "[{\"id\":5.0e0,\"post\":-0}, {\"id\":5}]",
    /* members of the wrong type are missing */
    "[{\"id\":3,\"post\":null,\"author_name\":12,\"author_email\":true,\"author_url\":[\"a\"],\"status\":1,"
    "\"date_gmt\":{\"x\":1},\"content\":null,\"type\":false}]",
    /* content as a string is the rendered text; raw and rendered of the wrong type */
    "[{\"id\":4,\"content\":\"<p>only rendered</p>\"},{\"id\":5,\"content\":{\"raw\":1,\"rendered\":null}}]",
    /* the last of two members wins, for content too */
    "[{\"id\":6,\"id\":9,\"status\":\"spam\",\"status\":\"approved\",\"post\":2,\"post\":\"no\","
    "\"content\":{\"raw\":\"first\"},\"content\":\"second\"}]",
    "[{\"id\":6,\"content\":{\"raw\":\"a\",\"raw\":\"b\",\"rendered\":\"c\"}}]",
    /* statuses as WordPress words, filter words, 1/0, unknown */
    "[{\"id\":1,\"status\":\"approve\"},{\"id\":2,\"status\":\"1\"},{\"id\":3,\"status\":\"0\"},"
    "{\"id\":4,\"status\":\"unapproved\"},{\"id\":5,\"status\":\"weird\"},{\"id\":6,\"status\":\"trash\"}]",
    /* dates: with a zone, without, broken, empty, too long */
    "[{\"id\":1,\"date_gmt\":\"2026-01-02T10:00:00Z\"},{\"id\":2,\"date_gmt\":\"2026-01-02T10:00:00+02:00\"},"
    "{\"id\":3,\"date_gmt\":\"yesterday\"},{\"id\":4,\"date_gmt\":\"\"},"
    "{\"id\":5,\"date_gmt\":\"2026-01-02T10:00:00.000000000000000000000000000000000000000000000000000000000000\"}]",
    /* whatever else a comment carries, nested, passed over */
    "[{\"_links\":{\"self\":[{\"href\":\"https:\\/\\/example.org\\/c\\/1\",\"x\":[1,2.5,-3e-2,true,false,null,{}]}]},"
    "\"author_avatar_urls\":{\"24\":\"a\"},\"meta\":[],\"id\":10,\"link\":\"https://example.org/?p=1#comment-10\"}]",
    /* an escaped member name is its name */
    "[{\"i\\u0064\":11,\"\\u0074ype\":\"pingback\"}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    assert_read_alike (pages[i]);
}

/* What is not plain JSON, or is read by json-glib its own way, or is no
 * list of comments, is left to json-glib, which says what is wrong. */
static void
test_left_to_json_glib (void)
{
  const char *pages[] = {
    "",
    "   ",
    "{\"code\":\"rest_forbidden\",\"message\":\"Sorry\",\"data\":{\"status\":403}}",
    "[1, 2]",
    "[{\"post\":4}]",                            /* no id */
    "[{\"id\":0}]",
    "[{\"id\":\"abc\"}]",
    "[{}]",
    "[{\"id\":1},]",                             /* trailing comma */
    "[{\"id\":1}] x",
    "[{\"id\":1}",
    "[{\"id\":1,\"author_name\":\"\\333\"}]",   /* json-glib's octal escape */
    "[{\"id\":1,\"author_name\":\"a\\u0000b\"}]",
    "[{\"id\":1,\"author_name\":\"\\ud83d alone\"}]",
    "[{\"id\":1,\"author_name\":\"\\ude00\"}]",
    "[{\"id\":1,\"author_name\":\"\\x41\"}]",
    "[{\"id\":1,\"author_name\":\"tab\there\"}]", /* a raw control character */
    "[{\"id\":99999999999999999999}]",          /* past 64 bits */
    "[{\"id\":1,\"post\":01}]",
    "[{\"id\":1,\"post\":+1}]",
    "[{\"id\":1,\"post\":.5}]",
    "[{\"id\":1,\"post\":1.}]",
    "[{\"id\":1,\"post\":1e999}]",
    "[{\"id\":1,\"x\":tru}]",
    "[{'id':1}]",
    "[{\"id\":1} /* comment */]",
    "\xef\xbb\xbf[{\"id\":1}]",                 /* a byte order mark */
  };
  g_autoptr(GString) deep = g_string_new ("[{\"id\":1,\"x\":");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GPtrArray) comments = byline_wp_scan_comments (pages[i], strlen (pages[i]));

      if (comments != NULL)
        g_error ("read, not left to json-glib: %s", pages[i]);
    }

  for (guint i = 0; i < 200; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 200; i++)
    g_string_append_c (deep, ']');
  g_string_append (deep, "}]");
  g_assert_null (byline_wp_scan_comments (deep->str, deep->len));
}

static const char *const words[] = {
  "a", "Reader", "comment", "\"quoted\"", "back\\slash", "tab\t", "line\nbreak", "https://example.org/a?b=1&c=2",
  "<script>alert(1)</script>", "café", "naïve", "שלום", "مرحبا", "😀", "🇳🇴", "\xe2\x80\x8f", "ﬁ", "",
  "12", "-3", "1.5", "spam", "hold", "approved", "approve", "trash", "2026-03-01T09:15:00", "0",
};

/* A random value for a member: mostly the type the decoder takes */
static void
random_value (GString *json,
              GRand   *rand,
              gboolean number,
              gboolean php)
{
  switch (g_rand_int_range (rand, 0, number ? 12 : 10))
    {
    case 0:
      g_string_append (json, "null");
      break;
    case 1:
      g_string_append (json, g_rand_boolean (rand) ? "true" : "false");
      break;
    case 2:
      g_string_append (json, "[1,{\"a\":[]},\"x\"]");
      break;
    case 3:
      g_string_append_printf (json, "%d", g_rand_int_range (rand, -5, 100000));
      break;
    case 4:
      g_string_append_printf (json, "%d.%d", g_rand_int_range (rand, 0, 50), g_rand_int_range (rand, 0, 3));
      break;
    case 10:
    case 11:
      g_string_append_printf (json, "%d", g_rand_int_range (rand, 1, 100000));
      break;
    default:
      {
        g_autoptr(GString) text = g_string_new (NULL);
        g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);
        g_autofree char *quoted = NULL;
        guint n = g_rand_int_range (rand, 0, 6);

        for (guint i = 0; i < n; i++)
          g_string_append_printf (text, "%s%s", i ? " " : "", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
        if (!php)
          {
            json_node_set_string (node, text->str);
            quoted = json_to_string (node, FALSE);
            g_string_append (json, quoted);
            break;
          }
        /* as PHP's json_encode(): "\/", and \u for every letter past ASCII */
        g_string_append_c (json, '"');
        for (const char *p = text->str; *p; p = g_utf8_next_char (p))
          {
            gunichar c = g_utf8_get_char (p);

            if (c == '"' || c == '\\')
              g_string_append_printf (json, "\\%c", (char) c);
            else if (c == '/')
              g_string_append (json, "\\/");
            else if (c == '\n')
              g_string_append (json, "\\n");
            else if (c == '\t')
              g_string_append (json, "\\t");
            else if (c < 0x80)
              g_string_append_c (json, (char) c);
            else if (c < 0x10000)
              g_string_append_printf (json, "\\u%04x", c);
            else
              g_string_append_printf (json, "\\u%04x\\u%04x", 0xD800 + ((c - 0x10000) >> 10),
                                      0xDC00 + ((c - 0x10000) & 0x3FF));
          }
        g_string_append_c (json, '"');
      }
      break;
    }
}

/* Random pages, written the way PHP writes them and the way json-glib
 * does, with members in any order, missing, repeated, of other types */
static void
test_random_pages (void)
{
  static const char *const members[] = {
    "id", "post", "parent", "author", "author_name", "author_email", "author_url", "author_ip",
    "author_user_agent", "date_gmt", "status", "content", "link", "type", "_links",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261201);
  guint scanned_pages = 0;

  for (guint page = 0; page < 400; page++)
    {
      g_autoptr(GString) json = g_string_new ("[");
      gboolean php = page % 2 == 0;
      guint n = g_rand_int_range (rand, 0, 8);
      gboolean scanned;

      for (guint c = 0; c < n; c++)
        {
          guint k = g_rand_int_range (rand, 0, 14);

          g_string_append_printf (json, "%s{\"id\":%d", c ? ",\n" : "", g_rand_int_range (rand, 1, 1000000));
          for (guint m = 0; m < k; m++)
            {
              const char *name = members[g_rand_int_range (rand, 0, G_N_ELEMENTS (members))];

              g_string_append_printf (json, ", \"%s\": ", name);
              if (g_str_equal (name, "content") && g_rand_int_range (rand, 0, 4) > 0)
                {
                  g_string_append (json, "{\"rendered\": ");
                  random_value (json, rand, FALSE, php);
                  g_string_append (json, ", \"raw\": ");
                  random_value (json, rand, FALSE, php);
                  g_string_append (json, ", \"protected\": false}");
                }
              else
                random_value (json, rand, m < 4 || g_str_equal (name, "post") || g_str_equal (name, "parent"), php);
            }
          g_string_append_c (json, '}');
        }
      g_string_append_c (json, ']');
      if (!wp_scan_agrees (json->str, json->len, &scanned))
        g_error ("read otherwise than json-glib reads it: %s", json->str);
      scanned_pages += scanned;
    }
  /* Most were read in place (a page where a comment's last "id" is of
   * another type is left to json-glib) */
  g_assert_cmpuint (scanned_pages, >, 120);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wp-scan/same-as-json-glib", test_same_as_json_glib);
  g_test_add_func ("/wp-scan/left-to-json-glib", test_left_to_json_glib);
  g_test_add_func ("/wp-scan/random-pages", test_random_pages);

  return g_test_run ();
}
