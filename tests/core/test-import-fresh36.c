/* test-import-fresh36.c: a thirty-sixth round, a spot check written
 * blind by a second pair of hands
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twelve English pages in tests/data/fresh-imports-36/, written before
 * they were imported (see the top of its expected.ini), from the Cook
 * Islands, Kiribati, Alaska, Hawaii, Guam, Puerto Rico, Yukon, Tasmania,
 * the Northern Territory, Northern Ireland, Shetland and Liberia. Before
 * the round, 1 of 12 right in every field; 3 after the fixes made the
 * same day (ACST, ChST, "By Courier staff", "Ethan Marsh (AAP)"). What
 * the importer does not read yet is marked
 * "not yet" in each story's group and not asserted; the rest is.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_36", 12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh36", test_fresh_imports);

  return g_test_run ();
}
