/* test-import-fresh26.c: a twenty-sixth round, my own spot check
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty stories in tests/data/fresh-imports-26/, written before they
 * were imported (see the top of its expected.ini): twelve in the
 * examples' shape in eleven languages, seven in other everyday shapes
 * and a Persian one whose date line writes "month" onto the month's
 * name. Before the round, 16 of 20 right in every field; the four
 * wrong: a Portuguese page's three-letter month ("23 Out 2025") and a
 * Persian "۱۱ آذرماه ۱۴۰۵" were no dates, and two bylines' role or
 * service after the writer's name ("By Owen Barker, Local Democracy
 * Reporter") was dropped. Now the month is read (byline-import-months.c'
 * short_months, byline_calendar_parse_persian_month()) and the byline as
 * printed goes to the note when it says more than its names
 * (byline-import-byline-note.c).
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_26", 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh26", test_fresh_imports);

  return g_test_run ();
}
