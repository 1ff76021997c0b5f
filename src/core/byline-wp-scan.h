/* byline-wp-scan.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "byline-cms-types.h"

G_BEGIN_DECLS

/* Reads a list answer in place (see byline-wp-scan.c); %NULL: read it
 * with json-glib instead */
typedef GPtrArray *(*BylineWpScanFunc) (const char *data,
                                        gsize       len);

GPtrArray *byline_wp_scan_comments (const char *data,
                                    gsize       len);

G_END_DECLS
