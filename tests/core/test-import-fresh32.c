/* test-import-fresh32.c: a thirty-second round, a spot check written
 * blind by a second pair of hands
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty stories in tests/data/fresh-imports-32/, written before they
 * were imported (see the top of its expected.ini): eight English pages
 * from eight countries' outlets (Namibia, Uganda, Cyprus, Guyana, the
 * Bahamas, Seychelles, the Isle of Man, Bangladesh), six languages new
 * to the importer (Basque, Belarusian, Galician, Tajik, Burmese,
 * Yiddish) and six other shapes (a mayor's speech on a city's site, a
 * food recall notice, an advice column, an archive column, a markets
 * report under its price ticker, a letters page). Most pages copy their
 * top with no blank line between the site's name, its menu, the
 * headline, the byline, the date and the lede. Before the round, 1 of
 * 20 right in every field. Fixed: such a packed top parted so its
 * header is read, the byline keeping its role and address; a section
 * named under the site's name or again at the menu's end; the six
 * languages' months, weekdays, date forms, labels, furniture and
 * language (by a second helper, in the locale files); an advice
 * column's name over the headline; the short lines of a public page's
 * foot; more furniture. After: 20 of 20.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_32", 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh32", test_fresh_imports);

  return g_test_run ();
}
