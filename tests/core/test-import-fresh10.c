/* test-import-fresh10.c: a tenth round of stories nobody had seen, copy
 * that came from a reader, an app or a channel rather than a page
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/fresh-imports-10/ came to the desk as a
 * reader or an app hands it on: text copied out of a browser's Reader
 * View, Pocket and Instapaper (the site's name, the author and "5–6
 * minutes" of reading time over the headline, in English and Spanish),
 * a story shared from a news app ("Shared from Apple News" over it,
 * "Sent from my iPhone" or "Read more at: …" under it), an RSS reader's
 * copy ("Feed · 2h"), a live blog's "Key events" and its entries
 * ("14:05 — …"), a Telegram channel's post in Ukrainian and a Mastodon
 * post in German (emoji, hashtags, "Subscribe", boosts); stories in
 * Chinese ("记者 …"), Japanese ("（記者　…）"), Korean ("… 기자"),
 * Hindi, Thai (the Buddhist year 2569), Hebrew, Greek, Turkish,
 * Indonesian, Swahili and Polish; a byline of three names, a Reuters
 * sign-off with "Additional reporting by", "Published:", "Updated:"
 * and "Correction:" lines, a picture's caption and its credit inside
 * the text. Stories 01-25 were written before the importer was read,
 * the rest after its fixes; expected.ini there lists the fields they
 * must import as, in the format of test-import-fresh7.c, and a field
 * the importer still gets wrong is left out there and named in a "not
 * yet" comment.
 *
 * Before the importer was changed, of the first 25 (against the
 * expectations as they stand: four stories' were changed after that
 * first run and before any fix, to match the earlier rounds and so that
 * they can fail: a picture's caption and credit are kept in the body,
 * in italics, not moved to the note (19, 23), and two posts' hashtags
 * and date line are "absent", since the body escapes "#" and "28." and
 * no line opens with them (08, 25); later the post's date line read
 * into the header (25) and the reader's "[Image:" (23) were named as
 * such, which changes none of these figures):
 * headline 18, bylines 12, dateline 22, date 21, standfirst 16 of 24,
 * language 24, furniture dropped 8, no line lost 23. A reader's header
 * (the site's name, the author's bare name, the reading time) hid the
 * headline or became the standfirst, an app's "Shared from …" and a
 * feed's "· 2h" line were read as the headline, a reporter's word
 * stayed on the name ("记者 刘晓燕", "이민수 기자", "מאת נועה לוי") or
 * the name was not found at all (Japanese, Hindi, Thai, Greek, Turkish,
 * Swahili), Thai's Buddhist year and Greek's and Swahili's dates were
 * not read, Swahili read as Polish, an emoji opened two headlines, a
 * post's hashtags became a subheading, and a live blog's "Key events"
 * went to the note. After the fixes: headline 25, bylines 25, dateline
 * 24, date 25, standfirst 24 of 24, language 25, furniture 22, no line
 * lost 24 (still not: the publication's name under an app's headline,
 * Indonesian's "BANDUNG, KOMPAS -" whose paper is no agency the rules
 * know, a caption labelled "Photo:" in the text that took the story's
 * paragraph over it into its italics, and the reporter's line under a
 * Japanese and a Thai story, which stays in the body as a wire's
 * sign-off does).
 *
 * The ten written after them (26-35: Reader View in German, Instapaper
 * in French, a story shared from Google News, an RSS reader's, a second
 * live blog, a Telegram channel in Russian, a Chinese, a Korean and a
 * Thai story, a Polish one shared from an app), on their first run:
 * headline 10, bylines 10, dateline 10, date 10, standfirst 9 of 9,
 * language 10, furniture 9, no line lost 10 (the publication's name
 * under the shared story's headline, as in 04). After the publication's
 * name under a shared story's headline went to the note: furniture 23
 * of the first 25 and 10 of these ten, the rest the same. After a
 * labelled caption ("Photo: The lido's diving platform … (Kate
 * Ellis/…)") was no longer the credit of the paragraph over it: no line
 * lost 25 of the first 25. Left: Indonesian's "PLACE, PAPER -" dateline
 * and the reporter's line kept under a Japanese and a Thai story.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_10", 25);
}

/* Four stories of the round's kinds by another engineer, written before
 * its rules were read and imported once after them: every field right
 * at that first run (the live blog's standfirst is its first entry, as
 * the round says). Held to it. */
static void
test_spot_check (void)
{
  {
    g_autoptr(BylineArticle) a = import ("thecoastalherald.com\n"
                                         "Harbour dredging to start in spring after years of delay\n"
                                         "Megan Price\n"
                                         "4\u20135 minutes\n\n"
                                         "The harbour authority will begin dredging the main channel in March, it said on "
                                         "Thursday, ending a five-year dispute over the cost.\n\n"
                                         "Shipping firms had warned that larger container vessels could no longer reach "
                                         "the inner docks at low tide.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Harbour dredging to start in spring after years of delay");
    assert_bylines (a, "Megan Price", NULL);
    g_assert_cmpstr (byline_article_get_note (a), ==, "thecoastalherald.com\n4\u20135 minutes");
    g_assert_true (g_str_has_prefix (byline_article_get_body (a), "The harbour authority will begin dredging"));
  }
  {
    g_autoptr(BylineArticle) a = import ("杭州地铁新线开通 日均客流预计超过20万人次\n\n"
                                         "2026年11月28日 09:30 来源：浙江日报\n\n"
                                         "记者 王磊\n\n"
                                         "本报讯 杭州地铁10号线二期今天上午正式开通运营，全长12.6公里，设车站8座。\n\n"
                                         "市地铁集团负责人表示，新线开通后，城西居民到市中心的通勤时间将缩短约25分钟。\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "杭州地铁新线开通 日均客流预计超过20万人次");
    assert_bylines (a, "王磊", NULL);
    assert_date (a, "2026-11-28T09:30:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_language (a), ==, "zh");
    g_assert_true (g_str_has_prefix (byline_article_get_body (a), "本报讯 杭州地铁10号线"));
  }
  {
    g_autoptr(BylineArticle) a = import ("\u26a1\ufe0f Срочно: в Харькове после обстрела обесточены 40 тысяч абонентов\n\n"
                                         "Энергетики работают на месте, восстановление займёт до вечера, сообщили в облэнерго.\n\n"
                                         "Ранее в городе объявляли воздушную тревогу.\n\n"
                                         "#Харьков #энергетика\n"
                                         "\U0001f449 Подписаться | Наш сайт\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Срочно: в Харькове после обстрела обесточены 40 тысяч абонентов");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Энергетики работают на месте, восстановление займёт до вечера, сообщили в облэнерго.\n\n"
                     "Ранее в городе объявляли воздушную тревогу.\n");
    assert_has (byline_article_get_note (a), "#Харьков #энергетика");
  }
  {
    g_autoptr(BylineArticle) a = import ("Storm Bert live: thousands without power as rivers burst banks\n\n"
                                         "Key events\n"
                                         "- 14:05 Met Office extends amber warning\n"
                                         "- 12:30 Trains cancelled across Wales\n\n"
                                         "14:05 \u2014 The Met Office has extended its amber warning for rain until Monday morning.\n\n"
                                         "12:30 \u2014 Transport for Wales has cancelled all services north of Cardiff.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Storm Bert live: thousands without power as rivers burst banks");
    g_assert_true (g_str_has_prefix (byline_article_get_body (a),
                                     "Key events\n\n- 14:05 Met Office extends amber warning\n- 12:30 Trains"));
    assert_has (byline_article_get_body (a), "12:30 \u2014 Transport for Wales has cancelled");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fresh10/stories", test_fresh_imports);
  g_test_add_func ("/import/fresh10/spot-check", test_spot_check);

  return g_test_run ();
}
