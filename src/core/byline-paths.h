/* byline-paths.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *byline_paths_default_db    (void);
char *byline_paths_data_dir      (void);
char *byline_paths_resolve_db    (const char *explicit_path);
void  byline_paths_bind_translations (void);

G_END_DECLS
