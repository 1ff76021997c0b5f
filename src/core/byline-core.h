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
#include "byline-paths.h"
#include "byline-diff.h"
#include "byline-fts.h"
#include "byline-store.h"
#include "byline-article-list.h"
