/* spam-test-util.h: shared by the spam filter's tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "byline-core.h"

/* Whether one of @verdict's reasons holds @fragment */
static inline gboolean
has_reason (BylineSpamVerdict *verdict,
            const char        *fragment)
{
  for (guint i = 0; i < verdict->reasons->len; i++)
    {
      if (strstr (g_ptr_array_index (verdict->reasons, i), fragment) != NULL)
        return TRUE;
    }

  return FALSE;
}
