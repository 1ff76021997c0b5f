/* byline-application.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "byline-context.h"
#include "byline-store.h"

G_BEGIN_DECLS

#define BYLINE_TYPE_APPLICATION (byline_application_get_type())

G_DECLARE_FINAL_TYPE (BylineApplication, byline_application, BYLINE, APPLICATION, AdwApplication)

BylineApplication *byline_application_new       (void);
GSettings         *byline_application_get_settings (BylineApplication *self);
BylineContext     *byline_application_get_context  (BylineApplication *self);
BylineStore       *byline_application_get_store (BylineApplication *self);
int                byline_application_run       (int                argc,
                                                 char             **argv);

G_END_DECLS
