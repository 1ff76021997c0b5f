/* byline-text-display.c: untrusted short text made safe to show
 *
 * Reader comments carry author names and URLs chosen by whoever wrote
 * them. Bidi controls in them (U+202E RIGHT-TO-LEFT OVERRIDE, the
 * isolates U+2066–U+2069, …) can reorder what is shown around them: a
 * name can make the next label read backwards, a URL can show
 * "moc.elgoog" as "google.com". These helpers give text that is shown as
 * exactly what it is, whatever surrounds it.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-text"

#include "config.h"

#include "byline-text-display.h"
#include <string.h>

#include "byline-text-private.h"

#define FSI 0x2068  /* FIRST STRONG ISOLATE */
#define LRI 0x2066  /* LEFT-TO-RIGHT ISOLATE */
#define PDI 0x2069  /* POP DIRECTIONAL ISOLATE */

static gboolean
is_invisible_format (gunichar c)
{
  /* Zero-width space, word joiner, invisible operators, BOM: nothing a
   * URL needs, and they hide what a URL really is. ZWNJ/ZWJ (U+200C/D)
   * are needed by Persian and emoji in names, but not in URLs. */
  return c == 0x200B || c == 0x200C || c == 0x200D || (c >= 0x2060 && c <= 0x2064) ||
         c == 0xFEFF || c == 0x180E || c == 0x00AD;
}

static char *
clean (const char *text,
       gssize      length,
       gunichar    isolate,
       gboolean    drop_invisible)
{
  g_autofree char *valid = _byline_text_make_valid (text, length);
  GString *out = g_string_sized_new (strlen (valid) + 8);

  g_string_append_unichar (out, isolate);
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (_byline_unichar_is_bidi_control (c))
        continue;
      /* Line breaks and other controls would break a one-line label. */
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029)
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (drop_invisible && is_invisible_format (c))
        continue;
      g_string_append_unichar (out, c);
    }
  g_string_append_unichar (out, PDI);
  return g_string_free (out, FALSE);
}

/**
 * byline_text_isolate_for_display:
 * @text: (nullable): an untrusted name or other one-line text
 * @length: length of @text in bytes, or -1 when NUL-terminated
 *
 * Prepares untrusted text (a comment author's name, …) for a label next
 * to other text: invalid UTF-8 becomes U+FFFD, every bidi control
 * (U+200E/F, U+202A–E, U+2066–9, U+061C) is removed, control characters
 * and line/paragraph separators become spaces, and the result is wrapped
 * in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so its direction
 * follows its own first strong letter (Persian names stay right-to-left)
 * and cannot leak into what comes before or after. Zero-width joiners
 * stay: Persian and emoji need them.
 *
 * Returns: (transfer full): the text to show
 */
char *
byline_text_isolate_for_display (const char *text,
                                 gssize      length)
{
  return clean (text, length, FSI, FALSE);
}

/**
 * byline_url_for_display:
 * @url: (nullable): an untrusted URL
 * @length: length of @url in bytes, or -1 when NUL-terminated
 *
 * Like byline_text_isolate_for_display() for a URL shown to the user
 * before they decide to open it: also drops zero-width and other
 * invisible format characters, and isolates it left-to-right (URLs read
 * left to right even in a right-to-left interface).
 *
 * Returns: (transfer full): the URL to show (never to open: open the
 *   original, after the user has seen this)
 */
char *
byline_url_for_display (const char *url,
                        gssize      length)
{
  return clean (url, length, LRI, TRUE);
}

/**
 * byline_text_first_strong_direction:
 * @text: (nullable): text, valid UTF-8
 * @direction: (out): the direction of its first letter
 *
 * The direction @text reads in on its own, as a browser's `dir="auto"` or
 * Unicode's first-strong rule takes it: that of its first letter (Arabic,
 * Hebrew, Syriac, Thaana, N'Ko and other right-to-left scripts, else left
 * to right). Digits, punctuation, emoji and direction controls are skipped.
 *
 * Returns: %FALSE when @text has no letter (@direction is then LTR)
 */
gboolean
byline_text_first_strong_direction (const char          *text,
                                    BylineTextDirection *direction)
{
  *direction = BYLINE_TEXT_DIRECTION_LTR;
  for (const char *p = text ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
        case G_UNICODE_SCRIPT_SAMARITAN:
        case G_UNICODE_SCRIPT_MANDAIC:
        case G_UNICODE_SCRIPT_ADLAM:
          *direction = BYLINE_TEXT_DIRECTION_RTL;
          break;
        default:
          break;
        }
      return TRUE;
    }
  return FALSE;
}
