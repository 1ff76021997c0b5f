/* test-import-fresh24.c: a twenty-fourth round, the date and time line
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/fresh-imports-24/ is an everyday one in the
 * shape of the examples (byline, headline, date line, dateline and
 * lede, a paragraph or two, the comment form with an arithmetic
 * captcha) that differs from the others mainly in its date and time
 * line, as newsrooms print it in their languages and calendars:
 * 12-hour clocks with the language's own words for the afternoon
 * ("3:15 p.m. (ET)", "3:15 p. m.", "오후 3:15", "午後3時15分", "下午3:15",
 * "अपराह्न 3:15", "٣:١٥ مساءً", "۳:۱۵ بعدازظهر"), "15h15", "15 h 15",
 * "15.15 Uhr", "klo 15.15", "kl. 15.15", "15.15 น."; the Japanese era
 * ("令和8年"), the Thai Buddhist year (2569), a Hijri date alone, a
 * Solar Hijri one in Persian digits, a Hebrew date beside a Gregorian
 * one; named zones and offsets ("hora de Brasília", "heure de Paris",
 * "MEZ", "WITA", "IST", "PKT", "JST", "GMT+3", "UTC−05:00", "(ET)", CET);
 * numeric orders (11/30/2026 in a US paper, 30/11/2026, 30.11.26);
 * weekday forms ("Mo 30.11.2026", "Monday 30 November 2026");
 * "Published … | Updated …" in English, French, Korean, Finnish and
 * Swedish (the published time is the story's). 21-24 are guards: a date
 * in a body sentence under a dated header, a story whose only date is
 * its agency's dateline ("LONDON, Nov 30 (Reuters) -"), a headline with
 * years in it, a line of the time alone ("15:15") under a dated header.
 * Stories 01-24 and their expected fields were written before the
 * importer's date code was read or run.
 *
 * Before the importer was changed, of the first 20: headline 20,
 * bylines 20, dateline 20, date 11, time_zone 12, language 18,
 * standfirst 15, the body's "has" 20, furniture 20, no line lost 20.
 * Dates not read (the date line left as the standfirst or no date):
 * "अपराह्न 3:15 (IST)", "Publicado em 30/11/2026 às 15h15 (hora de
 * Brasília)", "à 15 h 15 (heure de Paris)", "Mo 30.11.2026 – 15.15 Uhr
 * MEZ", "30.11.26 kl. 15.15", "令和8年11月30日", the Hebrew date beside
 * "30.11.2026, 15:15"; read wrong: "3:15 p. m. (UTC−05:00)" as 15:15
 * UTC (the offset's minus sign), "입력 2026.11.30. 오후 3:15" as 03:15;
 * a Finnish story read as English and a Norwegian one as Swedish. Of the
 * four guards every field right but the date of the time alone under
 * its date ("30 November 2026" / "15:15": midnight).
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_24", 24);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fresh24/stories", test_fresh_imports);

  return g_test_run ();
}
