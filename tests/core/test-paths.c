/* test-paths.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-paths.h"

static void
test_paths_default (void)
{
  g_autofree char *db = NULL;
  g_autofree char *expected = NULL;

  g_unsetenv ("BYLINE_DB");
  db = byline_paths_resolve_db (NULL);
  expected = g_build_filename (g_get_user_data_dir (), "byline", "byline.db", NULL);
  g_assert_cmpstr (db, ==, expected);
}

static void
test_paths_precedence (void)
{
  g_autofree char *from_env = NULL;
  g_autofree char *from_option = NULL;
  g_autofree char *from_empty = NULL;

  g_setenv ("BYLINE_DB", "/tmp/env.db", TRUE);
  from_env = byline_paths_resolve_db (NULL);
  from_option = byline_paths_resolve_db ("/tmp/option.db");
  from_empty = byline_paths_resolve_db ("");
  g_unsetenv ("BYLINE_DB");

  g_assert_cmpstr (from_env, ==, "/tmp/env.db");
  g_assert_cmpstr (from_option, ==, "/tmp/option.db");
  g_assert_cmpstr (from_empty, ==, "/tmp/env.db");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/paths/default", test_paths_default);
  g_test_add_func ("/paths/precedence", test_paths_precedence);

  return g_test_run ();
}
