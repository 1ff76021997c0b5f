/* main.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "byline-cli.h"

#ifdef BYLINE_HAVE_GUI
# include "byline-application.h"
#endif

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* `byline <command>` never initialises GTK and needs no display. */
  if (byline_cli_wants_command (argc, argv))
    return byline_cli_main (argc, argv);

#ifdef BYLINE_HAVE_GUI
  return byline_application_run (argc, argv);
#else
  g_printerr ("byline: %s\n", _("This build has no graphical interface; run “byline help”."));
  return 1;
#endif
}
