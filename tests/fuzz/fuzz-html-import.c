/* fuzz-html-import.c: libFuzzer entry point for HTML → Markdown import
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
  g_autofree char *markdown = byline_html_to_markdown ((const char *) data, size);
  g_autofree char *html = NULL;

  if (!g_utf8_validate (markdown, -1, NULL))
    __builtin_trap ();
  /* What the import makes must publish as inert HTML */
  html = byline_markdown_to_html (markdown, -1, BYLINE_MARKDOWN_FIGURES, NULL, NULL, NULL);
  if (byline_test_html_problem (html) != NULL)
    __builtin_trap ();
  return 0;
}
