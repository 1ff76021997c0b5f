/* fuzz-spam-filter.c: libFuzzer entry point for the spam filter's saved form
 *
 * The filter is kept per site as bytes; damaged bytes must give an error,
 * never a crash, and a filter that loads must classify, save and load again.
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "byline-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new_from_bytes (bytes, &error);
  const BylineSpamSample sample = {
    .content = "Cheap casino bonus http://a.example http://b.example",
    .author_name = "Winner", .author_email = "w@example.com",
    .author_url = "http://a.example", .author_ip = "10.0.0.1", .repeat_count = 2,
  };

  if (filter == NULL)
    {
      if (error == NULL)
        __builtin_trap ();
      return 0;
    }

  {
    g_autoptr(BylineSpamVerdict) verdict = byline_spam_filter_classify (filter, &sample);
    g_autoptr(GBytes) again = NULL;
    g_autoptr(BylineSpamFilter) reloaded = NULL;

    if (!(verdict->score >= 0.0 && verdict->score <= 1.0))
      __builtin_trap ();
    for (guint i = 0; i < verdict->reasons->len; i++)
      if (!g_utf8_validate (g_ptr_array_index (verdict->reasons, i), -1, NULL))
        __builtin_trap ();
    byline_spam_filter_train (filter, &sample, TRUE);
    again = byline_spam_filter_to_bytes (filter);
    reloaded = byline_spam_filter_new_from_bytes (again, &error);
    if (reloaded == NULL)
      __builtin_trap ();
  }
  return 0;
}
