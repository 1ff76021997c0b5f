/* fuzz-markdown.c: libFuzzer entry point for Markdown → HTML
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
  g_autofree char *html = byline_markdown_to_html ((const char *) data, size, BYLINE_MARKDOWN_FIGURES,
                                                   NULL, NULL, NULL);

  if (byline_test_html_problem (html) != NULL)
    __builtin_trap ();
  return 0;
}
