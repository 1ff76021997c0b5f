/* main.c: `byline`, the command line and the window's launcher
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <unistd.h>

#include "byline-cli.h"
#include "byline-paths.h"

#ifdef BYLINE_HAVE_GUI
/* The window is a second program, `byline-gui` in libexecdir: `byline
 * <command>` then loads no GTK, WebKit or GStreamer (a tenth of the
 * libraries, a tenth of the start-up time for every command a script
 * runs). From the build tree, the build tree's own. */
static char *
gui_path (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *build_dir = realpath (BYLINE_GUI_BUILD_DIR, NULL);

  if (self != NULL && build_dir != NULL)
    {
      g_autofree char *self_dir = g_path_get_dirname (self);

      if (g_str_equal (self_dir, build_dir))
        return g_build_filename (build_dir, "byline-gui", NULL);
    }

  return g_strdup (BYLINE_GUI_PATH);
}
#endif

int
main (int   argc,
      char *argv[])
{
  byline_paths_bind_translations ();

  /* `byline <command>` never initialises GTK and needs no display. */
  if (byline_cli_wants_command (argc, argv))
    return byline_cli_main (argc, argv);

#ifdef BYLINE_HAVE_GUI
  {
    g_autofree char *path = gui_path ();
    int saved_errno;

    /* argv[0] stays "byline": the window's program name, as before */
    execv (path, argv);
    saved_errno = errno;
    g_printerr ("byline: %s (%s): %s\n", _("Cannot start the window"), path,
                g_strerror (saved_errno));
    return 1;
  }
#else
  g_printerr ("byline: %s\n", _("This build has no graphical interface; run “byline help”."));
  return 1;
#endif
}
