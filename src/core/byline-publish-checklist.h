/* byline-publish-checklist.h: what to check before publishing
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-article.h"

G_BEGIN_DECLS

/**
 * BylineChecklistItem:
 * @id: "headline", "excerpt", "section", "image-alt", "schedule"
 * @label: what is checked, translated
 * @ok: whether it passes
 * @reason: (nullable): why not, in plain words, translated
 * @blocking: publishing cannot go ahead while this fails
 */
typedef struct
{
  const char *id;
  char       *label;
  gboolean    ok;
  char       *reason;
  gboolean    blocking;
} BylineChecklistItem;

void       byline_checklist_item_free (BylineChecklistItem *item);
GPtrArray *byline_publish_checklist   (BylineArticle *article,
                                       const char    *status,
                                       GDateTime     *now);
gboolean   byline_publish_checklist_blocks (GPtrArray *items);
const char *byline_publish_status_for (BylineArticleStatus status);

G_END_DECLS
