/* rel-hostile-gen.h: a deterministic corpus of hostile comments and posts
 *
 * rel_hostile_item (i, beacon) builds item i of the corpus: fields put
 * together from the attack strings below (script tags, event handlers,
 * javascript:/data: URLs, CSS tricks, bidi overrides, zero-width joiners,
 * SQL and FTS injection, NUL bytes, invalid UTF-8) with a seeded GRand, so
 * the same i always gives the same item. Every 1000th item has a 1 MB
 * body. @beacon is a URL that must never be fetched (planted in images,
 * links and CSS).
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

#define REL_HOSTILE_ONE_MB (1024 * 1024)

static const char * const rel_hostile_attacks[] = {
  "<script>alert(document.cookie)</script>",
  "<SCRIPT SRC=%B/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<img src=x onerror=alert(1)>",
  "<img src=\"%B/img.png\" onload=\"alert(1)\">",
  "<svg/onload=alert(1)>",
  "<body onload=alert(1)>",
  "<a href=\"javascript:alert(1)\">click</a>",
  "<a href=\"JaVaScRiPt&colon;alert(1)\">x</a>",
  "<a href=\"java\tscript:alert(1)\">tab</a>",
  "<a href=\"&#106;avascript:alert(1)\">entity</a>",
  "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
  "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
  "<a href=\"vbscript:msgbox(1)\">vb</a>",
  "<iframe src=\"%B/frame\"></iframe>",
  "<object data=\"%B/obj\"></object><embed src=\"%B/embed\">",
  "<form action=\"%B/form\"><input name=q></form>",
  "<meta http-equiv=\"refresh\" content=\"0;url=%B/meta\">",
  "<link rel=stylesheet href=\"%B/style.css\">",
  "<style>@import url(%B/import.css); body{background:url(%B/bg.png)}</style>",
  "<div style=\"background-image:url(%B/div.png)\">styled</div>",
  "<p style=\"behavior:url(x.htc);-moz-binding:url(%B/b.xml)\">css</p>",
  "<base href=\"%B/\">",
  "<img src=\"%B/beacon.png\" alt=\"beacon\">",
  "![beacon](%B/md.png) [link](%B/link) <%B/auto>",
  "[x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
  "<template><script>alert(1)</script></template>",
  "\"><script>alert(1)</script>",
  "' OR '1'='1'; DROP TABLE articles; --",
  "Robert'); DELETE FROM comments; --",
  "\" NEAR(a b) OR content:* AND NOT ^x -y +z",
  "\"unterminated NEAR( col:* (((( ))))",
  "\u202Egnp.exe \u2066isolate\u2069 \u2067rtl\u2068first\u202Aembed\u202C",
  "\u200D\u200C\u200B\u2060\uFEFF zero width",
  "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357algo",
  "## Heading\n> quote\n\n* list\n\n```\ncode <script>\n```",
  "%00 \\x00 &#0; &#x0; &nbsp; &lt;script&gt;",
};

/* Byte strings that are not valid UTF-8 or hold NUL bytes (lengths given). */
static const struct { const char *bytes; gsize len; } rel_hostile_raw[] = {
  { "\xff\xfe invalid", 10 },
  { "ok\0hidden<script>", 17 },
  { "\xc0\xbcscript\xc0\xbe", 10 },  /* overlong '<' and '>' */
  { "\xed\xa0\x80 surrogate", 13 },
  { "trunc\xe2\x82", 7 },
};

typedef struct
{
  gboolean  is_comment;
  char     *author_name;
  char     *author_url;
  char     *title;
  char     *content;     /* may hold NUL bytes and invalid UTF-8 */
  gsize     content_len;
  gboolean  valid_utf8;  /* content, name, url and title are valid UTF-8 */
} RelHostileItem;

static inline void
rel_hostile_item_clear (RelHostileItem *item)
{
  g_free (item->author_name);
  g_free (item->author_url);
  g_free (item->title);
  g_free (item->content);
}

static inline char *
rel_hostile_attack (GRand      *rand,
                    const char *beacon)
{
  const char *a = rel_hostile_attacks[g_rand_int_range (rand, 0, G_N_ELEMENTS (rel_hostile_attacks))];
  GString *s = g_string_new (a);

  g_string_replace (s, "%B", beacon, 0);
  return g_string_free (s, FALSE);
}

static inline void
rel_hostile_item (guint           i,
                  const char     *beacon,
                  RelHostileItem *item)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (0xB1E + i);
  GString *content = g_string_new (NULL);
  guint parts = g_rand_int_range (rand, 1, 6);
  g_autofree char *name_attack = rel_hostile_attack (rand, beacon);
  g_autofree char *title_attack = rel_hostile_attack (rand, beacon);

  memset (item, 0, sizeof *item);
  item->is_comment = i % 2 == 0;
  item->valid_utf8 = TRUE;
  item->author_name = g_strdup_printf ("Reader %u \u202E%s", i, name_attack);
  switch (i % 4)
    {
    case 0: item->author_url = g_strdup ("javascript:alert(1)"); break;
    case 1: item->author_url = g_strdup_printf ("%s/\u202Egpj.exe", beacon); break;
    case 2: item->author_url = g_strdup ("http://goo\u200Bgle.com/\u2066x"); break;
    default: item->author_url = g_strdup ("data:text/html,<script>alert(1)</script>"); break;
    }
  item->title = g_strdup_printf ("Story %u %s", i, title_attack);

  for (guint p = 0; p < parts; p++)
    {
      g_autofree char *attack = rel_hostile_attack (rand, beacon);

      g_string_append_printf (content, "<p>Part %u of %u: %s</p>\n", p, i, attack);
    }
  if (i % 1000 == 999)
    {
      /* A 1 MB body: the attacks over and over. */
      while (content->len < REL_HOSTILE_ONE_MB)
        {
          g_autofree char *attack = rel_hostile_attack (rand, beacon);

          g_string_append (content, attack);
          g_string_append_c (content, '\n');
        }
    }
  if (i % 50 == 7)
    {
      guint k = g_rand_int_range (rand, 0, G_N_ELEMENTS (rel_hostile_raw));

      g_string_append_len (content, rel_hostile_raw[k].bytes, rel_hostile_raw[k].len);
      item->valid_utf8 = g_utf8_validate_len (content->str, content->len, NULL);
    }
  item->content_len = content->len;
  item->content = g_string_free (content, FALSE);
}
