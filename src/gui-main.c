/* gui-main.c: `byline-gui`, the application window, started by `byline`
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-application.h"
#include "byline-paths.h"

int
main (int   argc,
      char *argv[])
{
  byline_paths_bind_translations ();

  return byline_application_run (argc, argv);
}
