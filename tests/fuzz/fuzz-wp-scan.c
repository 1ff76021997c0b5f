/* fuzz-wp-scan.c: libFuzzer entry point for the comments page read in
 * place (byline-wp-scan.c)
 *
 * Whatever it reads, json-glib and byline_wp_json_decode_comment() must
 * read the same way (wp-scan-compare.h); what it does not read it leaves
 * to them. Every string it gives must be valid UTF-8.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "byline-core.h"
#include "wp-scan-compare.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  g_autoptr(GPtrArray) comments = NULL;

  if (!wp_scan_agrees (text, size, NULL))
    __builtin_trap ();
  if (!g_utf8_validate (text, size, NULL) || !(comments = byline_wp_scan_comments (text, size)))
    return 0;
  for (guint i = 0; i < comments->len; i++)
    {
      BylineCmsComment *comment = g_ptr_array_index (comments, i);
      const char *strings[] = { comment->author_name, comment->author_email, comment->author_url,
                                comment->author_ip, comment->author_user_agent, comment->content,
                                comment->content_rendered, comment->link, comment->type };

      for (guint k = 0; k < G_N_ELEMENTS (strings); k++)
        if (strings[k] != NULL && !g_utf8_validate (strings[k], -1, NULL))
          __builtin_trap ();
      if (comment->id <= 0)
        __builtin_trap ();
    }
  return 0;
}
