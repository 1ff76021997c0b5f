/* byline-paths.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-paths"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "byline-paths.h"

/**
 * byline_paths_bind_translations:
 *
 * The user's locale and Byline's translations in LOCALEDIR, in UTF-8:
 * what `byline` and the window's program do first.
 */
void
byline_paths_bind_translations (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * byline_paths_data_dir:
 *
 * Returns: (transfer full): Byline's folder in the XDG data directory,
 *   e.g. `~/.local/share/byline` (inside the Flatpak sandbox the
 *   per-application data directory).
 */
char *
byline_paths_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), PACKAGE_NAME, NULL);
}

/**
 * byline_paths_default_db:
 *
 * Returns: (transfer full): the default drafts database, `byline/byline.db`
 *   in the XDG data directory.
 */
char *
byline_paths_default_db (void)
{
  g_autofree char *dir = byline_paths_data_dir ();

  return g_build_filename (dir, "byline.db", NULL);
}

/**
 * byline_paths_resolve_db:
 * @explicit_path: (nullable): a path given on the command line
 *
 * Picks the database in order of precedence: @explicit_path (`--db`),
 * then the `BYLINE_DB` environment variable, then the default.
 *
 * Returns: (transfer full): the database path to use
 */
char *
byline_paths_resolve_db (const char *explicit_path)
{
  const char *env;

  if (explicit_path != NULL && explicit_path[0] != '\0')
    return g_strdup (explicit_path);

  env = g_getenv ("BYLINE_DB");
  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return byline_paths_default_db ();
}
