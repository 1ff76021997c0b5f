/* test-import-fresh15.c: a fifteenth round, the examples' own shape as
 * real users' copies vary it
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/fresh-imports-15/ is the shape of
 * /work/shared/examples (byline, headline, date - time, "PLACE – lede",
 * plain-line subheadings, quotes, a comment form with an arithmetic
 * captcha) with one or two of the ways a real user's copy differs: CRLF
 * line ends and a BOM, tabs, no-break and trailing spaces, no blank
 * lines, paragraphs hard-wrapped at 70 columns, the date or the headline
 * first, a byline in capitals, in lower case, with a role or with three
 * names, a headline in capitals or ending in a period or a question
 * mark, "3 March 2023, 9:15 am", "2023-03-03 09:15", "Mar. 3, 2023 at
 * 9:15 a.m. EST", "Friday 3 March 2023 09.15 GMT", a dateline with a
 * country, a colon or a hyphen, subheadings in capitals or ending in a
 * colon, a pull quote, a photo caption, "Related:" lines, other comment
 * forms and captchas ("Leave a Reply", "Join the discussion", "Comments
 * are closed.", "What is 4 + 3?", "seven + 2 =", "Solve: 12 − 5");
 * Persian with other Solar Hijri months and forms, Arabic with
 * Arabic-Indic digits and a Hijri date alone, Urdu, Turkish, Spanish,
 * French, German and Russian. Stories 01-25 were written before the
 * importer was read, the rest after its fixes; expected.ini there lists
 * the fields they must import as, in the format of
 * test-import-fresh7.c, and a field the importer still gets wrong is
 * left out there and named in a "not yet" comment.
 *
 * Before the importer was changed, of the first 25: headline 23, bylines
 * 23, dateline 25, date 24, standfirst 23, language 25, furniture
 * dropped 21, the body's "has" 22, no line lost 25. A subheading kept
 * its no-break space ("Testing on the new track"), one in capitals
 * stayed in capitals ("## WHO QUALIFIES") and one ending in a colon was
 * a paragraph; a headline in capitals stayed in capitals; "by lena
 * okafor" in lower case was the headline, and the headline the
 * standfirst; a role after the writer's name in Turkish ("Ayşe Demir,
 * Ulaşım Muhabiri") was a second byline; a Hijri date alone ("الجمعة ١١
 * شعبان ١٤٤٤ هـ - ١٠:٢٠") was not read and was the standfirst; "Solve: 12
 * − 5", "Resuelve: 6 + 1", "Comments are closed." and Urdu's "اپنا تبصرہ
 * بھیجیں" stayed.
 *
 * After the fixes (a subheading's text with plain spaces, no final colon
 * and in sentence case when shouted, the story's own capitals kept for
 * its names; a short line ending in a colon over a paragraph that is no
 * quote or list a subheading, when the story has two such at least (one
 * alone may lead into the next paragraph: "The council gave three
 * reasons:"); a shouted headline in sentence case; a
 * byline typed in lower case; Turkish, German and Indonesian job titles;
 * an Islamic date alone told in the Gregorian calendar, its weekday
 * choosing between the arithmetic's day and the one beside it; a sum
 * after a label that asks for it, "Solve:", a captcha; a stock line with
 * its full stop; Urdu's comment form): 25 of 25 on every field, and no
 * story of the earlier rounds imports differently.
 *
 * The five written after the fixes (26-30: Indonesian with "WIB", a
 * headline over "By A | date", Persian with "نویسنده:", a Khordad date
 * and a sum in Latin digits, a list of bullets under an "Updated:" line,
 * Arabic with a Levantine month and "كتب:"), on their first run:
 * headline 5, bylines 5, dateline 5, date 3 (4 once the Persian story's
 * summer time, +04:30, was put right in expected.ini: Iran keeps none
 * since 2022, and the importer had it right), standfirst 4, language 5,
 * furniture 2, "has" 5, no line lost 5. Indonesian's "Maret" and "WIB"
 * were not read, nor its comment form ("Tinggalkan Balasan", "Alamat
 * email Anda …"); WordPress's Persian "پاسخی بگذارید" and Arabic's
 * "شاركنا رأيك" stayed. After Indonesian's "Maret" and "Agustus", its
 * WordPress comment form, and those of Persian ("پاسخی بگذارید") and
 * Arabic ("شاركنا رأيك", "أضف تعليقك"): 30 of 30 on every field, and
 * still no story of the earlier rounds imports differently.
 *
 * Story 13's pull quote was at first not checked (only that it was
 * kept); it stayed twice, above the paragraph that says it, since its
 * full stop was that paragraph's comma before "she said". Its "absent"
 * was added after the round, with the fix (a pull quote's last stop
 * does not count): with it, the before figures would have had furniture
 * 20 of 25.
 *
 * Three more (31-33) in the examples' shape, written by another hand
 * after the round and run once ("Story by", "Updated: … GMT" and
 * "PORTVALE (Reuters) -" over a login-only comment form; Persian with
 * "نویسنده:", a weekday before the Solar Hijri date and "ساعت"; Spanish
 * with "Por", "VALENCIA.-" and WordPress's Spanish form): every field
 * right but two lines of the forms that stayed in the body, Persian's
 * "حاصل ۳ + ۴ را وارد کنید" (a sum with words asking for it typed) and
 * "Cancelar respuesta" (WordPress's "Cancel reply" in Spanish). Both
 * read since, with "Cancel reply" in WordPress's other languages.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_15", 33);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fresh15/stories", test_fresh_imports);

  return g_test_run ();
}
