/* test-import-fresh23.c: a twenty-third round, everyday stories
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/fresh-imports-23/ is an everyday one as a
 * new user who has never seen these tests would paste it from a
 * newspaper's page: the shape of the examples (byline, headline, date
 * line, dateline and lede, paragraphs, short subheadings, quotes in
 * straight and curly marks, the site's comment form with an arithmetic
 * captcha at the end), varied as real pages vary: the headline over or
 * under the byline, two or three authors ("By A and B", "A, B and C"),
 * a role after the name ("By X, Health Correspondent"), dates in other
 * forms (ISO, "3 March 2023 at 9:15", "Mar. 3, 2023 9:15 a.m. ET",
 * "Updated …", "Posted …"), a standfirst, a photo caption with its
 * credit (to the note or the image's caption), "Advertisement", "Read
 * more:" links, a tags line, a comment count, readers' comments under
 * the form, the captcha worded in other ways ("What is 7 + 2?",
 * "Solve: 4 × 3 =", "*"); in English, Spanish, French, German,
 * Portuguese, Italian, Turkish, Arabic (Eastern Arabic digits), Persian
 * (a Solar Hijri date in Persian digits), Russian, Indonesian, Japanese
 * and Chinese. 21-24 are guards: a story quoting a card that reads
 * "Leave a comment", a story on a maths test with "3 + 4 = 7" on its
 * own line, a headline that is a name, a one-paragraph story with no
 * date. Stories 01-24 were written before the importer was read;
 * expected.ini lists the fields they must import as, in the format of
 * test-import-fresh7.c, with the section and the tags where the page
 * shows them.
 *
 * Before the importer was changed, of the first 20: headline 20,
 * bylines 18, dateline 20, date 20, standfirst 20, language 20, section
 * 0 (of 1), tags 0 (of 2), the body's "has" 19, furniture 8, no line
 * lost 20, note 0 (of 4); of the four guards, "has" 3, every other
 * field 4. No photo caption with its credit ("… Photo: Colin Marsh",
 * "(Photo by … / Desert Herald)") left the body; "Oleh: Rina
 * Wulandari" and "記者：佐藤美咲" were no bylines (none, and the whole
 * line); the comment forms of Portuguese, Italian, Turkish, Indonesian,
 * Japanese, Chinese, Mexican Spanish and German pages kept a line or
 * two ("Deixe seu comentário", "Yorum yaz", "コメントを書く" as a
 * subheading, "Invia", "Gönder", "Kirim", "送信", "提交", "Senden"), and
 * a share row's "X" stayed; an Italian kicker over the headline
 * ("Cronaca") was dropped, not the section; a "Tags: …" or "Tag: …"
 * line under the story was dropped, not read as the tags; the
 * subheading "Paid for by the council" went to the note as a sponsor's
 * line; the guard's card "Leave a comment", a line of the story, was
 * dropped.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  /* (untrained: the figures above; asserted once the importer is) */
  g_test_incomplete ("round 23 untrained");
  return;
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_23", 24);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fresh23/stories", test_fresh_imports);

  return g_test_run ();
}
