/* byline-core.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-types.h"
#include "byline-enums.h"
#include "byline-article.h"
#include "byline-spam-filter.h"
#include "byline-paths.h"
#include "byline-markdown.h"
#include "byline-markdown-spans.h"
#include "byline-calendar.h"
#include "byline-date-format.h"
#include "byline-article-render.h"
#include "byline-html-import.h"
#include "byline-import.h"
#include "byline-cms-types.h"
#include "byline-cms.h"
#include "byline-cms-wordpress.h"
#include "byline-secrets.h"
#include "byline-wp-json.h"
#include "byline-sha256.h"
#include "byline-slug.h"
#include "byline-spelling.h"
#include "byline-text-display.h"
#include "byline-diff.h"
#include "byline-fts.h"
#include "byline-store.h"
#include "byline-article-list.h"
#include "byline-cms-sync.h"
#include "byline-accounts.h"
#include "byline-outbox-runner.h"
#include "byline-publisher.h"
#include "byline-publish-checklist.h"
#include "byline-context.h"
#include "byline-export.h"
#include "byline-images.h"
#include "byline-comment.h"
#include "byline-comment-list.h"
#include "byline-comment-moderator.h"
#include "byline-comment-sync.h"
#include "byline-comment-outbox.h"
