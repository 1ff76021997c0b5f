/* fuzz-wire-copy.c: libFuzzer entry point for the wire-copy importer
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "byline-core.h"
#include "byline-test-html.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static GTimeZone *utc;
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *html = NULL;

  if (utc == NULL)
    utc = g_time_zone_new_utc ();

  article = byline_import_wire_copy ((const char *) data, size, utc, NULL);
  if (article == NULL)
    return 0;
  if (!g_utf8_validate (byline_article_get_body (article), -1, NULL))
    __builtin_trap ();
  html = byline_article_render_content_html (article, NULL, NULL, NULL);
  if (byline_test_html_problem (html) != NULL)
    __builtin_trap ();
  return 0;
}
