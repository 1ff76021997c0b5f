/* byline-publish-popover.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-core.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_PUBLISH_POPOVER (byline_publish_popover_get_type())

G_DECLARE_FINAL_TYPE (BylinePublishPopover, byline_publish_popover, BYLINE, PUBLISH_POPOVER, GtkPopover)

BylinePublishPopover *byline_publish_popover_new           (void);
BylineArticle        *byline_publish_popover_get_article   (BylinePublishPopover *self);
void                  byline_publish_popover_set_article   (BylinePublishPopover *self,
                                                            BylineArticle        *article);
BylinePublisher      *byline_publish_popover_get_publisher (BylinePublishPopover *self);
void                  byline_publish_popover_set_publisher (BylinePublishPopover *self,
                                                            BylinePublisher      *publisher);
void                  byline_publish_popover_set_status    (BylinePublishPopover *self,
                                                            const char           *status);
const char           *byline_publish_popover_get_status    (BylinePublishPopover *self);
int                   byline_publish_popover_check_state   (BylinePublishPopover *self,
                                                            const char           *id);
gboolean              byline_publish_popover_can_publish   (BylinePublishPopover *self);
void                  byline_publish_popover_publish       (BylinePublishPopover *self);
gboolean              byline_publish_popover_is_busy       (BylinePublishPopover *self);
const char           *byline_publish_popover_get_message   (BylinePublishPopover *self);

G_END_DECLS
