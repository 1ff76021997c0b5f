/* test-import-fresh27.c: a twenty-seventh round, a spot check written
 * blind by a second pair of hands
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twenty stories in tests/data/fresh-imports-27/, written before they
 * were imported (see the top of its expected.ini): eleven in the
 * examples' shape in eleven locales, eight other everyday shapes (a live
 * page, a Q&A, a byline block with role, handle and e-mail, a "What we
 * know" list, Axios's lead-ins, a dpa story, a lead picture's caption
 * over the lede, an opinion piece "Special to" the paper) and a Persian
 * story dated in summer. Before the round, 11 of 20 right in every
 * field; now 20. Fixed: share lines, comment heads and newsletter or
 * channel prompts in Danish, Malay, Arabic, Brazilian Portuguese and
 * English (byline-import-phrases.c); a cookie banner copied as one line
 * with its button last (byline-import-consent.c); Malay's months "Mac",
 * "Ogos", "Disember"; a name over its job title with no "By"
 * (_byline_import_name_over_title()); a writer's block's role, handle
 * and e-mail to the note as printed (_byline_import_signature_leftover());
 * "Special to the …" under the name; "ST PHOTO: …" as a credit; a
 * one-word brand's edition ("Axios Denver") as the site's name.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_27", 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh27", test_fresh_imports);

  return g_test_run ();
}
