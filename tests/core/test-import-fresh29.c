/* test-import-fresh29.c: a twenty-ninth round, a spot check written blind
 * by a second pair of hands
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty stories in tests/data/fresh-imports-29/, written before they
 * were imported (see the top of its expected.ini): ten in the examples'
 * shape in ten more locales (Nigerian English, Argentine Spanish,
 * Catalan, Slovak, Croatian, Bulgarian, Moroccan Arabic, Urdu, Bengali
 * with its digits, Indonesian), nine other shapes (a headline wrapped
 * over two lines, an app's "Listen to this article", a cricket score
 * box, an "UPDATE:" on top, "How we reported this story", road
 * closures as a list, a Q&A explainer, "Staff and agencies", footnotes)
 * and a Persian autumn date. Before the round, 4 of 20 right in every
 * field; now 20. Fixed: furniture in eight more languages and shapes,
 * the Guardian's newsletter box, Catalan told from Spanish and
 * Croatian from Polish, the page's "Editor:" kept in the note, a
 * wrapped headline joined, a cricket innings with its overs as a score
 * line, an hour without minutes ("5 a.m."), "Staff and agencies" as the
 * byline.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_29", 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh29", test_fresh_imports);

  return g_test_run ();
}
