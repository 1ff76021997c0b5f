/* test-import-fresh34.c: a thirty-fourth round, a spot check written
 * blind by a second pair of hands
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty stories in tests/data/fresh-imports-34/, written before they
 * were imported (see the top of its expected.ini): eight English pages
 * from Zimbabwe, Rwanda, Sierra Leone, the Cayman Islands, Jersey, Saint
 * Lucia, Hong Kong and Tonga, six languages new to the importer (Zulu,
 * Gujarati, Sinhala, Turkmen, Malagasy, Tatar) and six other shapes (a
 * press regulator's ruling, a travel feature, a chess column, a match's
 * player ratings, a memo printed in full, an automated earthquake
 * report). Before the round, 2 of 20 right in every field. Fixed: a
 * count named after the date; a writer's role or desk under a byline or
 * a name alone, to the note; "News" alone a section; a menu on one line
 * with bars, and a site's name in capitals over it; a headline with its
 * byline's and date's line glued under it; "Name • date • 4 min read";
 * a section the headline opens with ("Chess" / "Chess: …"); a headline
 * of two sentences; WordPress's related posts; Facebook's comments
 * plugin, a newsletter box's small print, a foot's links, postal address
 * and company registration; the six languages (by a second helper, in
 * the locale files, with a patch to four others). After: 20 of 20.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_34", 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh34", test_fresh_imports);

  return g_test_run ();
}
