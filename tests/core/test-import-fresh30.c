/* test-import-fresh30.c: a thirtieth round, a spot check written blind
 * by a second pair of hands
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty stories in tests/data/fresh-imports-30/, written before they
 * were imported (see the top of its expected.ini): ten in the examples'
 * shape in ten more locales (Icelandic, Slovenian, Georgian, Kazakh,
 * Albanian, Mongolian, Nepali with a Bikram Sambat date, Hausa, Khmer
 * with its digits, Armenian), nine other shapes (a court report's
 * "LEGAL:" warning, a live page's pinned entry, a hurling report, a TV
 * station's winter storm warning, a theatre review's stars, a
 * translated story, a farmers' helpline box, a business story's "Write
 * to … at …", a German police appeal from a press portal) and a Pashto
 * story with a Solar Hijri date in Afghanistan's month names. Before the
 * round, 2 of 20 right in every field; now 20. Fixed: months, byline
 * labels, furniture and language detection in the eleven locales (the
 * Nepali calendar 2070-2090, Afghanistan's months and zone), a lone
 * e-mail address under the writer's name, Georgian's caseless
 * headline; a legal warning on top to the note, "Reporting from …" on
 * its own line as the dateline's place, a review's stars in the header,
 * a byline all in capitals, "Write to … at …" and the print edition's
 * line to the note, a police force's name over its release, "More …
 * reviews", "Latest News", "Weitere Meldungen" and a portal's credit.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_30", 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh30", test_fresh_imports);

  return g_test_run ();
}
