/* test-import-fresh22.c: a twenty-second round, author boxes,
 * disclosures and bios
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/fresh-imports-22/ is copied from a page whose
 * header or foot carries an author box rather than a "By …" line: The
 * Conversation's own pages in English, French, Spanish, Indonesian and
 * Portuguese ("Author"/"Authors" over a name and an affiliation,
 * "Disclosure statement" and its paragraph, "Partners" and "View all
 * partners", the box over the headline or under it), Project
 * Syndicate's bio at the foot ("Jane Doe, a former …, is …"), an
 * academic blog's "Note: This article gives the views of the author …"
 * and "About the author", a think tank's "Author" box with a job title
 * and "Related experts", Substack, Medium and Ghost posts ("Written by",
 * "Follow", "Subscribe", "Share", "Discussion about this post", a
 * one-line bio under the name), op-eds with a bio line at the foot
 * ("*Maria Lopez is …*", "— David Osei is …"), a German "Gastbeitrag
 * von …" with "Zur Autorin:", a French "Tribune" ("Par …, professeur à
 * …"), a Spanish "Sobre el autor", and MSN's "More for You" under a
 * story. The byline is the author's name; the affiliation, the
 * disclosure and the bio go to the article's note (an editor
 * republishing must keep them); the partners' lines and the buttons
 * are furniture. The story without its furniture is in clean/, and its
 * lines must all be in the import. Stories 01-20 were written before
 * the importer was read (01 and 02 are a spot check's copies, as
 * given), 26-30 after its fixes, 31-36 (guards) after those;
 * expected.ini lists the fields they must import as, in the format of
 * test-import-fresh7.c.
 *
 * Before the importer was changed, of the first 20: headline 18,
 * bylines 5, dateline 18, date 16, standfirst 10, language 20,
 * furniture 4 (of 20), the body's "has" 20, no line lost 20, note 2
 * (of 18). No author box gave its name as the byline: The
 * Conversation's "Author" over the name and affiliation, with the
 * "Disclosure statement" and "Partners" under it, ran together as the
 * standfirst (English, two authors too) or left the headline, byline
 * and date unread when it stood over the headline (French); in Spanish,
 * Indonesian and Portuguese the affiliation or the second author was a
 * byline or the dateline and "Declaración de transparencia" or
 * "Pernyataan Pengungkapan" the standfirst; the partners' lines stayed
 * in the body. A bio at the foot ("Jane Doe, a former …, is …", "Sarah
 * Whitfield is …" under "About the author", "*Maria Lopez is …*", "—
 * David Osei is …", "Zur Autorin: …", "Carlos Ruiz es …") stayed in
 * the body and gave no byline when the header had none; the blog's
 * "Note: This article gives the views of the author …" stayed in the
 * body; Project Syndicate's header (headline, date, standfirst and
 * name one under another) lost its headline and date; a think tank's
 * "Author" box was the standfirst and its "Related experts" stayed;
 * Medium's "Written by …", its followers and the writer's bio stayed
 * under the story (and "6 min read" went to the note); Substack's bio
 * under the name was the standfirst and its date unread; "Gastbeitrag
 * von Anna Berger" was no byline; "Par Jean Martin" kept its "Par";
 * MSN's "More for You" and Substack's "Ready for more?" stayed.
 *
 * After the fixes (byline-import-authorbox.c: on top, a box's label
 * over names alone on their lines, each over its affiliation, read as
 * the byline "By …" in the box's place, the affiliations to the note,
 * and under it "Disclosure statement" (in six languages) with its
 * paragraph to the note, "Partners" with its paragraph and "View all
 * partners" dropped; "Gastbeitrag von …" read as "Von …"; a line of bio
 * between a name and the date to the note; the first line, of four
 * words or more, right over a date line set apart from it as the
 * headline; a think tank's "Related experts" over names and titles to
 * the end dropped; under the story, its last blocks a bio box when
 * every line of them is one: a label ("About the author", "Zur
 * Autorin: …"), "Written by …" with its followers' count and a line of
 * bio, a name alone over its bio, a bio ("Name is …", "… ist …", "… es
 * …", "… adalah …"; "Name, a …, is …") in italics or after a dash, a
 * blog's "Note: This article gives the views of the author …", its
 * buttons; taken when the story names no writer, its names the
 * bylines then, or when they are the writers', the bios and the blog's
 * note to the note; "More for You" and "Ready for more?" among a
 * portal's buttons; "Artikel ini diterbitkan ulang …" among the
 * republication notices; "Par Jean Martin, professeur à l'université
 * …" no longer taken as a full name with its "Par"): 20 of 20 on every
 * field, note 18 of 18. One expectation was changed, not the importer:
 * 15's "12.11.2026, 18:04 Uhr" names no zone and is read in the
 * default zone (UTC), as example-shape's German dates are; it had been
 * written as Berlin time. Of the earlier rounds' stories (744
 * imports), one changed on the way: outlets/kyodo-subsidies' "KYODO"
 * over its date was set apart as a headline and read as the byline
 * "KYODO"; the rule now wants four words or more, and none changed.
 *
 * The five written after the fixes (26-30: The Conversation Africa's
 * "Authors" with three names and a standfirst under the headline, a
 * German op-ed's "Über die Autorin" over the name and "Lena Vogt ist
 * …", an Italian one's "L'autore" over "Marco Bianchi è …", an op-ed's
 * bio in underscores with "The views expressed in this article are
 * the author’s own.", an Indonesian one's "Tentang Penulis" over
 * "Budi Santoso adalah …"), at their first run: headline 5, bylines 4,
 * dateline 5, date 5, standfirst 5, language 5, furniture 4 (of 5),
 * "has" 5, no line lost 5, note 4 (of 5). The Indonesian bio stayed in
 * the body and gave no byline: its label, a page's stock line
 * (byline-import-phrases.c), was dropped before the box was looked
 * for, and a bio with no label, mark or name over it is not taken.
 * Fixed generally: a bio right under a line dropped as furniture is
 * under its label; all five right on every field.
 *
 * 31-35 are guards: ordinary stories copied from the paper itself,
 * with the round's surface features in them innocently (a biography's
 * review with its own section "About the author" over "Daniel Hope is
 * a maritime historian …" and two more paragraphs, a business story's
 * "Partners" section and "View all partners on the airline's website
 * …" in a sentence, a story on conflicts of interest with a subheading
 * "Disclosure statement" and "Note: This article gives the views of
 * the author, the journal's editor said …", an obituary whose last
 * paragraph is "Margaret Hale, a former headteacher, is survived by
 * …", a headline of three capitalised words, "Harbour Bridge Reopens",
 * right over its standfirst and the date). At their first run:
 * headline 5, bylines 5, dateline 5, date 5, standfirst 4, language 5,
 * furniture 5, "has" 4, no line lost 5. The review's "About the author"
 * was dropped as a page's stock line (a rule older than this round),
 * and the new rule for a blog's name over a line of bio over the date
 * sent the bridge's standfirst to the note. Fixed by keeping a bio
 * box's label as a subheading when three paragraphs or more stand
 * under it and one of them is no bio, and by looking for a name over a
 * bio under the copy's first line only. Set apart from its standfirst
 * and date, "Harbour Bridge Reopens" was read as a byline (the header
 * reader's, older than the round): a headline of a name's shape over a
 * standfirst is left with it, and that story's header stays unread, as
 * before the round ("not yet" in expected.ini: headline, dateline,
 * date, standfirst). Of the earlier rounds' stories (744 imports), none
 * changed; the core suite passes. A sixth guard, 36, written after
 * those fixes (a book prize's fact box in the body, "Author" over
 * "Hilary Mantel", "Prize" over "Northfield Book Prize"), failed at its
 * first run: the box was read as an author box and became a subheading
 * "By Hilary Mantel and Northfield Book Prize". Fixed by looking for
 * the box on top only, above the copy's second line of fifteen words
 * or more that ends a sentence (a standfirst's and a lede's).
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_22", 35);
}

/* Odd input at the round's rules: cut-off labels, boxes and bios, each
 * alone as the whole story too; nothing is lost and nothing is read
 * past its end (run under valgrind) */
static void
test_odd_input (void)
{
  static const char * const odd[] = {
    "Author",
    "Authors\nJane Doe",
    "Author\nJane Doe\nSenior Lecturer, University of Easton",
    "Disclosure statement",
    "Partners",
    "View all partners",
    "Related experts\nJane Doe",
    "Gastbeitrag von",
    "Gastbeitrag von ",
    "Zur Autorin:",
    "Zur Autorin: Anna Berger ist",
    "About the author",
    "Written by",
    "Written by Jane Doe",
    "312 followers",
    "— ",
    "*",
    "**",
    "_x_",
    "— Jane Doe is.",
    "Jane Doe, a",
    "Jane Doe, a b, is c d.",
    "Note: This article gives the views of the author",
    "Par Jean Martin, université",
  };

  check_odd_lines (odd, G_N_ELEMENTS (odd),
                   "@ODD@\n\nA headline for the odd line\n\nBy Tom Reid\n@ODD@\n\n"
                   "NORTHFIELD – A lede of a few words here, and then a few more words so it is long.\n\n@ODD@\n\n"
                   "The last paragraph of the story ends here.\n\n@ODD@\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fresh22/stories", test_fresh_imports);
  g_test_add_func ("/import/fresh22/odd-input", test_odd_input);

  return g_test_run ();
}
