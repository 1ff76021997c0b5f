/* test-import.c: wire copy into articles
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "byline-test-html.h"
#include "test-import-util.h"

static char *
read_example (const char *name)
{
  return read_test_file ("BYLINE_EXAMPLES", name);
}

static void
test_import_harbour_ferries (void)
{
  g_autofree char *text = read_example ("harbour-ferries.txt");
  g_autoptr(BylineArticle) article = import (text, "Europe/London");
  const char *body = byline_article_get_body (article);
  const char *lede = "The municipal transit authority will add six battery-electric ferries to its harbour routes "
                     "by next summer, after passenger numbers on the cross-harbour line rose by a third in two years.";

  assert_bylines (article, "Lena Okafor", NULL);
  g_assert_cmpstr (byline_article_get_headline (article), ==, "Harbour city expands electric ferry fleet as ridership climbs");
  assert_date (article, "2023-03-03T09:15:00+00:00", "Europe/London");
  g_assert_cmpstr (byline_article_get_dateline (article), ==, "PORTVALE");
  g_assert_cmpstr (byline_article_get_standfirst (article), ==, lede);
  g_assert_cmpstr (byline_article_get_language (article), ==, "en");
  g_assert_cmpint (byline_article_get_direction (article), ==, BYLINE_TEXT_DIRECTION_LTR);
  g_assert_cmpstr (byline_article_get_slug (article), ==, "");

  /* The body reads complete: it starts with the lede, without the place */
  g_assert_true (g_str_has_prefix (body, lede));
  assert_has (body, "\n\n## Charging at the quay\n\nEach terminal will get");
  assert_has (body, "\n\n## What riders can expect\n\nTransit director Samuel Reyes said that \"quieter, cleaner and more frequent crossings\" were the aim");
  assert_has (body, "\n\n“We will run the new boats alongside the old ones for a month, so nobody is left on the quay "
                    "while crews learn the new systems,” he explained.\n\n");
  assert_has (body, "2.4 million litres a year.");
  g_assert_true (g_str_has_suffix (body, "two thirds of it from a national clean-transport fund.\n"));
  assert_lacks (body, "PORTVALE");
  assert_lacks (body, "Leave a Comment");
  assert_lacks (body, "3 + 4");
  assert_lacks (body, "Lena Okafor");
  assert_lacks (body, "March 3, 2023");
  assert_lacks (body, "\n\n\n");
  /* Exactly two subheadings, paragraphs otherwise */
  {
    g_auto(GStrv) blocks = g_strsplit (body, "\n\n", -1);
    guint headings = 0;

    g_assert_cmpuint (g_strv_length (blocks), ==, 10);
    for (guint i = 0; blocks[i] != NULL; i++)
      headings += g_str_has_prefix (blocks[i], "## ");
    g_assert_cmpuint (headings, ==, 2);
  }
}

static void
test_import_tehran_buses (void)
{
  g_autofree char *text = read_example ("tehran-buses-fa.txt");
  g_autoptr(BylineArticle) article = import (text, "Europe/London");
  const char *body = byline_article_get_body (article);

  assert_bylines (article, "مریم احمدی", NULL);
  g_assert_cmpstr (byline_article_get_headline (article), ==, "گسترش ناوگان اتوبوس‌های برقی در پایتخت");
  assert_date (article, "2023-03-03T10:20:00+03:30", "Asia/Tehran");
  g_assert_cmpstr (byline_article_get_dateline (article), ==, "تهران");
  g_assert_cmpstr (byline_article_get_language (article), ==, "fa");
  g_assert_cmpint (byline_article_get_direction (article), ==, BYLINE_TEXT_DIRECTION_RTL);
  g_assert_cmpstr (byline_article_get_standfirst (article), ==,
                   "شرکت واحد اتوبوسرانی اعلام کرد که تا پایان سال آینده ۲۰۰ اتوبوس برقی جدید به ناوگان شهری اضافه می‌شود.");
  g_assert_true (g_str_has_prefix (body, "شرکت واحد اتوبوسرانی اعلام کرد"));
  assert_has (body, "\n\n## ایستگاه‌های شارژ\n\n");
  assert_has (body, "\n\nمدیرعامل شرکت گفت: «هدف ما حمل و نقل پاک‌تر و آرام‌تر برای شهروندان است.»\n");
  assert_has (body, "۲۵۰ کیلومتر");
  assert_lacks (body, "تهران –");
  assert_lacks (body, "دیدگاه خود را بنویسید");
  assert_lacks (body, "۲ + ۵");
  assert_lacks (body, "مریم احمدی");
  assert_lacks (body, "۱۴۰۱");
}

/* Stories the importer has not seen: other shapes of the same kind */

static void
test_import_english_variations (void)
{
  /* BOM, Windows line endings, no byline, day-first date, no subheadings,
   * several quotes, extra blank lines and trailing white space */
  const char *story =
    "\357\273\277Council approves night bus trial  \r\n\r\n"
    "3 March 2023 22:40\r\n\r\n\r\n\r\n"
    "RIVERTON – The city council voted on Thursday to run night buses on three routes for six months.\t\r\n\r\n"
    "“It is about time,” said one nurse who works late shifts.\r\n\r\n"
    "“We will watch the numbers closely,” the council leader said. “If people use them, they stay.”\r\n\r\n"
    "Opponents said the money would be better spent on daytime services.   \r\n\r\n"
    "Leave a Reply\r\n\r\n"
    "Your email address will not be published.\r\n\r\n"
    "12 - 5 = ?\r\n";
  g_autoptr(BylineArticle) a = import (story, "Europe/Berlin");
  const char *body = byline_article_get_body (a);

  assert_bylines (a, NULL, NULL);
  g_assert_cmpstr (byline_article_get_headline (a), ==, "Council approves night bus trial");
  assert_date (a, "2023-03-03T22:40:00+01:00", "Europe/Berlin");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "RIVERTON");
  g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                   "The city council voted on Thursday to run night buses on three routes for six months.");
  g_assert_cmpstr (body, ==,
                   "The city council voted on Thursday to run night buses on three routes for six months.\n\n"
                   "“It is about time,” said one nurse who works late shifts.\n\n"
                   "“We will watch the numbers closely,” the council leader said. “If people use them, they stay.”\n\n"
                   "Opponents said the money would be better spent on daytime services.\n");
  assert_lacks (body, "\r");
  assert_lacks (body, "\357\273\277");
}

static void
test_import_english_two_bylines (void)
{
  const char *story =
    "Wind farm wins approval after five-year fight\n\n"
    "By Anna Berg and Tomás Ruiz\n\n"
    "2024-11-05T18:30:00+01:00\n\n"
    "OSLO - The planning board approved the offshore wind farm on Tuesday, ending a five-year dispute.\n\n"
    "Fishermen had argued that the turbines would close their grounds.\n\n"
    "What happens next\n\n"
    "Construction starts next spring. The operator expects the first power in 2027.\n\n"
    "Share this:\n\n"
    "Related\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");
  const char *body = byline_article_get_body (a);

  assert_bylines (a, "Anna Berg", "Tomás Ruiz");
  g_assert_cmpstr (byline_article_get_headline (a), ==, "Wind farm wins approval after five-year fight");
  assert_date (a, "2024-11-05T18:30:00+01:00", "+01:00");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "OSLO");
  assert_has (body, "\n\n## What happens next\n\nConstruction starts");
  assert_lacks (body, "Share this");
  assert_lacks (body, "Related");
  g_assert_true (g_str_has_prefix (body, "The planning board approved"));
}

static void
test_import_date_first_question_headline (void)
{
  const char *story =
    "Tuesday, 7 May 2024 at 6:05 pm\n\n"
    "Will the harbour tunnel ever open?\n\n"
    "By Samuel Reyes\n\n"
    "Engineers say the answer depends on a pump that has failed twice.\n\n"
    "The city has spent 40 million so far.\n";
  g_autoptr(BylineArticle) a = import (story, "Europe/Dublin");

  assert_bylines (a, "Samuel Reyes", NULL);
  g_assert_cmpstr (byline_article_get_headline (a), ==, "Will the harbour tunnel ever open?");
  assert_date (a, "2024-05-07T18:05:00+01:00", "Europe/Dublin");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "Engineers say the answer depends on a pump that has failed twice.\n\n"
                   "The city has spent 40 million so far.\n");
}

static void
test_import_persian_variations (void)
{
  const char *story =
    "نویسنده: علی رضایی و سارا محمدی\n\n"
    "افتتاح خط جدید مترو در اصفهان\n\n"
    "۱ فروردین ۱۴۰۲، ساعت ۰۸:۰۰\n\n"
    "اصفهان – خط دوم متروی اصفهان امروز با حضور مسئولان شهری افتتاح شد.\n\n"
    "شهردار اصفهان گفت: «این خط روزانه ۵۰ هزار مسافر را جابه‌جا می‌کند.»\n\n"
    "ایستگاه‌های جدید\n\n"
    "این خط ۱۲ ایستگاه دارد و تا پایان سال به ۱۸ ایستگاه می‌رسد.\n\n"
    "دیدگاهتان را بنویسید\n\n"
    "۳ + ۴ =\n";
  g_autoptr(BylineArticle) a = import (story, "Europe/London");
  const char *body = byline_article_get_body (a);

  assert_bylines (a, "علی رضایی", "سارا محمدی");
  g_assert_cmpstr (byline_article_get_headline (a), ==, "افتتاح خط جدید مترو در اصفهان");
  assert_date (a, "2023-03-21T08:00:00+03:30", "Asia/Tehran");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "اصفهان");
  g_assert_cmpstr (byline_article_get_language (a), ==, "fa");
  g_assert_cmpint (byline_article_get_direction (a), ==, BYLINE_TEXT_DIRECTION_RTL);
  assert_has (body, "«این خط روزانه ۵۰ هزار مسافر را جابه‌جا می‌کند.»");
  assert_has (body, "\n\n## ایستگاه‌های جدید\n\n");
  assert_lacks (body, "دیدگاهتان");
  assert_lacks (body, "۳ + ۴");
}

static void
test_import_persian_numeric_date (void)
{
  const char *story =
    "به قلم سارا محمدی\n\n"
    "بارش برف در تهران\n\n"
    "۱۴۰۱/۱۲/۱۲ ۱۰:۲۰\n\n"
    "برف سنگین امروز ترافیک پایتخت را مختل کرد.\n\n"
    "مدارس تعطیل شدند.\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");

  assert_bylines (a, "سارا محمدی", NULL);
  g_assert_cmpstr (byline_article_get_headline (a), ==, "بارش برف در تهران");
  assert_date (a, "2023-03-03T10:20:00+03:30", "Asia/Tehran");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
  g_assert_cmpstr (byline_article_get_body (a), ==, "برف سنگین امروز ترافیک پایتخت را مختل کرد.\n\nمدارس تعطیل شدند.\n");
}

static void
test_import_russian (void)
{
  const char *story =
    "Автор: Ирина Петрова\n\n"
    "Новый мост через Волгу откроют весной\n\n"
    "3 марта 2023, 09:15\n\n"
    "КАЗАНЬ — Строители завершили монтаж последнего пролёта нового моста.\n\n"
    "«Мы успеваем к сроку», — сказал главный инженер проекта.\n\n"
    "Что изменится для водителей\n\n"
    "Мост сократит путь между районами на двадцать минут.\n\n"
    "Оставить комментарий\n\n"
    "5 + 2 =\n";
  g_autoptr(BylineArticle) a = import (story, "Europe/Moscow");
  const char *body = byline_article_get_body (a);

  assert_bylines (a, "Ирина Петрова", NULL);
  g_assert_cmpstr (byline_article_get_headline (a), ==, "Новый мост через Волгу откроют весной");
  assert_date (a, "2023-03-03T09:15:00+03:00", "Europe/Moscow");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "КАЗАНЬ");
  g_assert_cmpstr (byline_article_get_language (a), ==, "ru");
  g_assert_cmpint (byline_article_get_direction (a), ==, BYLINE_TEXT_DIRECTION_LTR);
  g_assert_true (g_str_has_prefix (body, "Строители завершили"));
  assert_has (body, "«Мы успеваем к сроку», — сказал главный инженер проекта.");
  assert_has (body, "\n\n## Что изменится для водителей\n\n");
  assert_lacks (body, "Оставить");
  assert_lacks (body, "5 + 2");
  /* An upper-case place in any cased script, whatever its letters' bytes
   * ("М" is D0 9C, like the end of "“") */
  {
    g_autoptr(BylineArticle) b = import ("В Москве открылась новая станция метро\n\n"
                                         "МОСКВА – В столице открылась станция.\n\n"
                                         "Второй абзац.\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (b), ==, "МОСКВА");
    g_assert_true (g_str_has_prefix (byline_article_get_body (b), "В столице"));
  }
}

static void
test_import_arabic_language (void)
{
  g_autoptr(BylineArticle) a = import ("افتتاح مكتبة جديدة في المدينة\n\nافتتحت البلدية مكتبة عامة جديدة يوم الخميس.\n", "UTC");

  g_assert_cmpstr (byline_article_get_language (a), ==, "ar");
  g_assert_cmpint (byline_article_get_direction (a), ==, BYLINE_TEXT_DIRECTION_RTL);

  /* An Egyptian story: the date line with the Islamic date is the date,
   * not the standfirst */
  {
    g_autoptr(BylineArticle) b = import ("القاهرة تفتتح خطاً جديداً للمترو\n\n"
                                         "الثلاثاء ١٤ رمضان ١٤٤٧ هـ - ٣ مارس ٢٠٢٦ م\n\n"
                                         "كتب: أحمد حسن\n\n"
                                         "القاهرة - افتتحت الحكومة المصرية اليوم الخط الرابع لمترو الأنفاق.\n\n"
                                         "وقال وزير النقل إن الخط الجديد سينقل نحو ٣٠٠ ألف راكب يومياً.\n", "Africa/Cairo");

    assert_date (b, "2026-03-03T00:00:00+02:00", "Africa/Cairo");
    assert_bylines (b, "أحمد حسن", NULL);
    g_assert_cmpstr (byline_article_get_dateline (b), ==, "القاهرة");
    g_assert_cmpstr (byline_article_get_standfirst (b), ==, "افتتحت الحكومة المصرية اليوم الخط الرابع لمترو الأنفاق.");
    assert_lacks (byline_article_get_body (b), "رمضان");
  }
}

static void
test_import_empty (void)
{
  const char *empties[] = { "", "   \n\n\t\r\n", "\357\273\277", "Leave a Comment\n\n3 + 4 =\n" };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BylineArticle) a = byline_import_wire_copy (empties[i], -1, NULL, &error);

      g_assert_error (error, BYLINE_IMPORT_ERROR, BYLINE_IMPORT_ERROR_EMPTY);
      g_assert_null (a);
    }
}

static void
test_import_unrecognised (void)
{
  g_autoptr(BylineArticle) single = import ("Just one line of notes without a shape", "UTC");
  g_autoptr(BylineArticle) prose = import ("this is lowercase prose, not a story. it goes on; and on.\nsecond line *with* [marks]\n\n# hash and > quote\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (single), ==, "");
  g_assert_cmpstr (byline_article_get_body (single), ==, "Just one line of notes without a shape\n");
  g_assert_null (byline_article_get_date (single));
  g_assert_null (byline_article_get_bylines (single)[0]);

  /* Everything kept, escaped so that it reads back as the same text */
  g_assert_cmpstr (byline_article_get_headline (prose), ==, "");
  g_assert_cmpstr (byline_article_get_body (prose), ==,
                   "this is lowercase prose, not a story. it goes on; and on.\nsecond line \\*with\\* \\[marks\\]\n\n\\# hash and > quote\n");
}

static void
test_import_binary_junk (void)
{
  g_autoptr(GString) junk = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineArticle) a = NULL;
  guint32 seed = 7;

  for (guint i = 0; i < 64 * 1024; i++)
    {
      seed = seed * 1664525 + 1013904223;
      g_string_append_c (junk, (char) (seed >> 24));
    }

  a = byline_import_wire_copy (junk->str, junk->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (byline_article_get_body (a), -1, NULL));
  g_assert_true (g_utf8_validate (byline_article_get_headline (a), -1, NULL));
  assert_has (byline_article_get_body (a), "\357\277\275");
  g_assert_null (strchr (byline_article_get_body (a), '\001'));
}

/* Wire copy → content HTML → import: the same article comes back */
static void
round_trip (const char *example)
{
  g_autofree char *text = read_example (example);
  g_autoptr(BylineArticle) a = import (text, "Europe/London");
  g_autoptr(BylineArticle) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = byline_article_render_content_html (a, NULL, NULL, &error);

  g_assert_no_error (error);
  byline_test_assert_inert_html (html);
  b = byline_html_import_post (byline_article_get_headline (a), html, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (byline_article_get_headline (b), ==, byline_article_get_headline (a));
  g_assert_cmpstr (byline_article_get_standfirst (b), ==, byline_article_get_standfirst (a));
  g_assert_cmpstr (byline_article_get_body (b), ==, byline_article_get_body (a));
  g_assert_true (g_strv_equal (byline_article_get_bylines (b), byline_article_get_bylines (a)));
  g_assert_cmpstr (byline_article_get_dateline (b), ==, byline_article_get_dateline (a));
  g_assert_true (g_date_time_equal (byline_article_get_date (b), byline_article_get_date (a)));
  g_assert_cmpint (g_date_time_get_utc_offset (byline_article_get_date (b)), ==,
                   g_date_time_get_utc_offset (byline_article_get_date (a)));
  g_assert_cmpstr (byline_article_get_time_zone (b), ==, byline_article_get_time_zone (a));
  g_assert_cmpstr (byline_article_get_language (b), ==, byline_article_get_language (a));
  g_assert_cmpint (byline_article_get_direction (b), ==, byline_article_get_direction (a));
}

static void
test_import_round_trip (void)
{
  round_trip ("harbour-ferries.txt");
  round_trip ("tehran-buses-fa.txt");
}

static void
test_import_web_furniture (void)
{
  /* A WordPress page copied whole: links to other stories inside the
   * text, the comment count, the form's labels and a worded captcha */
  const char *story =
    "Council votes to close Elm Street library branch\n\n"
    "By Maria Gonzalez and Tom Whitfield\n\n"
    "Published 14 November 2024, 18:42\n\n"
    "RIVERTON — City councillors voted 7-2 on Wednesday night to close the Elm Street branch.\n\n"
    "Read more: Library opening hours cut for the winter\n\n"
    "The decision followed three hours of public comment.\n\n"
    "Advertisement\n\n"
    "\"This is the only quiet place many of our kids have,\" said Janet Morrow.\n\n"
    "Share this article\n\n"
    "3 thoughts on “Council votes to close Elm Street library branch”\n\n"
    "Comments (12)\n\n"
    "Leave a Reply\n"
    "Your email address will not be published. Required fields are marked *\n\n"
    "Comment *\n\nName *\n\nEmail *\n\n"
    "Save my name, email, and website in this browser for the next time I comment.\n\n"
    "What is 5 + 2?\n\n"
    "Notify me of follow-up comments by email.\n\n"
    "Δ\n\n"
    "Post Comment\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");
  const char *body = byline_article_get_body (a);

  g_assert_cmpstr (body, ==,
                   "City councillors voted 7-2 on Wednesday night to close the Elm Street branch.\n\n"
                   "The decision followed three hours of public comment.\n\n"
                   "\"This is the only quiet place many of our kids have,\" said Janet Morrow.\n");
  assert_bylines (a, "Maria Gonzalez", "Tom Whitfield");
  assert_date (a, "2024-11-14T18:42:00+00:00", "UTC");

  /* The same words inside a paragraph, or a sum that is answered, stay */
  {
    g_autoptr(BylineArticle) b = import ("Maths test results improve\n\n"
                                         "LONDON – Pupils were asked what 5 + 2 is.\n\n"
                                         "2 + 2 = 4\n\n"
                                         "Read more about the tests in our report, the board said.\n", "UTC");

    assert_has (byline_article_get_body (b), "what 5 + 2 is");
    assert_has (byline_article_get_body (b), "2 + 2 = 4");
    assert_has (byline_article_get_body (b), "Read more about the tests");
  }

  /* When the page says the story was updated: the published date is the
   * date; "Last modified …" and "Updated 3 hours ago" lines are dropped */
  {
    const struct {
      const char *header;
      const char *iso;       /* NULL: no date */
      const char *kept;      /* a line that stays in the body, or NULL */
    } updates[] = {
      { "Denis Campbell Health policy editor\n\nTue 3 Mar 2026 06.00 GMT\nLast modified on Tue 3 Mar 2026 14.32 GMT",
        "2026-03-03T06:00:00+00:00", NULL },
      { "Last modified on Tue 3 Mar 2026 14.32 GMT\n\nBy Denis Campbell\n\nTue 3 Mar 2026 06.00 GMT",
        "2026-03-03T06:00:00+00:00", NULL },
      { "By Denis Campbell\n\nUpdated 3 hours ago\n\nMarch 3, 2026 - 16:40 GMT", "2026-03-03T16:40:00+00:00", NULL },
      { "By Denis Campbell\n\nPublished 2 hours ago\nUpdated 5 mins ago\n\n3 March 2026 16:40 GMT",
        "2026-03-03T16:40:00+00:00", NULL },
      { "Last modified on Tue 3 Mar 2026 14.32 GMT\n\nBy Denis Campbell", "2026-03-03T14:32:00+00:00", NULL },
      { "By Denis Campbell\n\nUpdated 3 hours ago", NULL, "Updated 3 hours ago" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
      {
        g_autofree char *nhs = g_strdup_printf ("NHS waiting list hits record\n\n%s\n\n"
                                                  "The NHS waiting list in England has reached a record.\n\n"
                                                  "Figures were published on Tuesday.\n", updates[i].header);
        g_autoptr(BylineArticle) c = import (nhs, "UTC");
        const char *text = byline_article_get_body (c);

        assert_bylines (c, "Denis Campbell", NULL);
        if (updates[i].iso != NULL)
          assert_date (c, updates[i].iso, "UTC");
        else
          g_assert_null (byline_article_get_date (c));
        if (updates[i].kept != NULL)
          g_assert_true (g_str_has_prefix (text, updates[i].kept));
        else
          g_assert_true (g_str_has_prefix (text, "The NHS waiting list"));
        assert_lacks (text, "modified");
        assert_lacks (text, "GMT");
        assert_lacks (text, "Published");
      }
  }
}

static void
test_import_job_titles (void)
{
  /* A title after a comma, an agency, a place; shouted names */
  const struct {
    const char *line;
    const char *first;
    const char *second;
  } bylines[] = {
    { "By Priya Raman, Transport Correspondent", "Priya Raman", NULL },
    { "By JOHN SMITH Associated Press", "John Smith", NULL },
    { "By Jane Doe | Reuters", "Jane Doe", NULL },
    { "By Omar Haddad in Beirut", "Omar Haddad", NULL },
    { "By Anna Berg and SEAN O'BRIEN, AP", "Anna Berg", "Sean O'Brien" },
    { "By Reuters", "Reuters", NULL },
    { "By Our Correspondent", "Our Correspondent", NULL },
    /* A title after a comma is all title, whatever words it holds */
    { "By Priya Raman, Personal Finance Editor", "Priya Raman", NULL },
    { "By Jo Lee, Health and Science Reporter", "Jo Lee", NULL },
    { "By Tom Ruiz, Climate and Environment Correspondent", "Tom Ruiz", NULL },
    { "By Anna Berg and Jo Lee, Health and Science Reporters", "Anna Berg", "Jo Lee" },
    { "Priya Raman, Personal Finance Editor", "Priya Raman", NULL },
    /* Other languages' "By" */
    { "Von Julia Becker", "Julia Becker", NULL },
    { "Von Julia Becker und Paul Weber", "Julia Becker", "Paul Weber" },
    { "Par Claire Dubois et Marc Petit", "Claire Dubois", "Marc Petit" },
    { "Por Ana García", "Ana García", NULL },
    { "Door Sanne de Vries", "Sanne de Vries", NULL },
    { "Av Erik Lund", "Erik Lund", NULL },
    { "Af Mette Holm", "Mette Holm", NULL },
    { "Di Marco Rossi", "Marco Rossi", NULL },
    { "Автор: Иван Петров", "Иван Петров", NULL },
    { "كتب: أحمد حسن", "أحمد حسن", NULL },
    { "بقلم: أحمد حسن", "أحمد حسن", NULL },
    { "بقلم أحمد حسن", "أحمد حسن", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bylines); i++)
    {
      g_autofree char *story = g_strdup_printf ("Rail strike set to disrupt weekend travel\n\n%s\n\n"
                                                "2 December 2025 at 7:05 am\n\n"
                                                "LEEDS, Dec 2 - Train drivers will walk out on Saturday.\n\n"
                                                "Operators warned passengers to expect very limited services.\n",
                                                bylines[i].line);
      g_autoptr(BylineArticle) a = import (story, "Europe/London");

      assert_bylines (a, bylines[i].first, bylines[i].second);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Rail strike set to disrupt weekend travel");
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "LEEDS");
    }

  /* A headline that opens with such a word is no byline */
  {
    g_autoptr(BylineArticle) a = import ("Di Maio resigns\n\nBy Marco Rossi\n\n"
                                         "ROME - The minister resigned on Tuesday.\n\nMore follows.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Di Maio resigns");
    assert_bylines (a, "Marco Rossi", NULL);
  }

  /* "A, B, and C, Title": three people */
  {
    g_autoptr(BylineArticle) a = import ("Rail strike set to disrupt weekend travel\n\n"
                                         "By Anna Berg, Jo Lee, and Tom Ruiz, Staff Writers\n\n"
                                         "LEEDS - Train drivers will walk out on Saturday.\n\n"
                                         "Operators warned passengers.\n", "UTC");
    const char * const *names = byline_article_get_bylines (a);

    g_assert_cmpuint (g_strv_length ((char **) names), ==, 3);
    g_assert_cmpstr (names[2], ==, "Tom Ruiz");
  }
}

static void
test_import_deck_and_signature (void)
{
  /* The Guardian's shape: date on top, headline, a deck, an unlabelled
   * byline with the writer's beat */
  const char *story =
    "Friday 27 November 2026 14.30 GMT\n\n"
    "Ministers urged to rethink school meals plan\n\n"
    "Charities say the changes will leave thousands of children without a hot lunch\n\n"
    "Sarah Ahmed Education correspondent\n\n"
    "Ministers have been urged to rethink plans to change how free school meals are funded.\n\n"
    "The plan, announced last month, would move funding to local councils.\n";
  g_autoptr(BylineArticle) a = import (story, "Europe/London");
  const char *body = byline_article_get_body (a);

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Ministers urged to rethink school meals plan");
  g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                   "Charities say the changes will leave thousands of children without a hot lunch");
  assert_bylines (a, "Sarah Ahmed", NULL);
  assert_date (a, "2026-11-27T14:30:00+00:00", "Europe/London");
  g_assert_true (g_str_has_prefix (body, "Ministers have been urged"));
  assert_lacks (body, "Charities say");
  assert_lacks (body, "correspondent");

  /* A headline with a full stop, when a byline or date line follows */
  {
    g_autoptr(BylineArticle) b = import ("U.S. to cut tariffs on steel.\n\n"
                                         "By Lena Okafor\n\n"
                                         "March 3, 2026 - 09:00\n\n"
                                         "WASHINGTON – The administration will cut tariffs on steel imports.\n\n"
                                         "Industry groups welcomed the move.\n", "UTC");
    g_autoptr(BylineArticle) c = import ("Tariffs on steel will be cut.\n\n"
                                         "The administration said so on Tuesday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (b), ==, "U.S. to cut tariffs on steel.");
    assert_bylines (b, "Lena Okafor", NULL);
    assert_date (b, "2026-03-03T09:00:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_dateline (b), ==, "WASHINGTON");
    /* Without one, a sentence is body text */
    g_assert_cmpstr (byline_article_get_headline (c), ==, "");
  }

  /* A title-case headline that ends like a job title is still the headline */
  {
    g_autoptr(BylineArticle) b = import ("Network Fires Star News Anchor\n\n"
                                         "By Lena Okafor\n\n"
                                         "NEW YORK – The network dismissed its evening anchor on Monday.\n\n"
                                         "She had presented the programme for ten years.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (b), ==, "Network Fires Star News Anchor");
    assert_bylines (b, "Lena Okafor", NULL);
  }
}

static void
test_import_credit_line (void)
{
  /* A Persian agency story: desk and agency under the headline, a
   * "read more" link and the comment form at the end */
  const char *story =
    "افزایش قیمت بلیت مترو از اول فروردین\n\n"
    "گروه جامعه - خبرگزاری ایسنا\n\n"
    "تاریخ انتشار: ۲۵ اسفند ۱۴۰۲ ساعت ۱۴:۳۰\n\n"
    "تهران - شورای شهر تهران با افزایش ۲۵ درصدی نرخ بلیت مترو موافقت کرد.\n\n"
    "به گفته رئیس کمیسیون عمران، این افزایش کمتر از نرخ تورم است.\n\n"
    "بیشتر بخوانید: خط ۱۰ مترو تا پایان سال افتتاح می‌شود\n\n"
    "نظرات\n\n"
    "۵ + ۳ =\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");
  g_autoptr(BylineArticle) b = import ("Ministers agree rail fare freeze\n\n"
                                       "Politics desk | Reuters\n\n"
                                       "LONDON - Ministers agreed on Tuesday to freeze rail fares for a year.\n\n"
                                       "The freeze starts in March.\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "افزایش قیمت بلیت مترو از اول فروردین");
  assert_bylines (a, "خبرگزاری ایسنا", NULL);
  assert_date (a, "2024-03-15T14:30:00+03:30", "Asia/Tehran");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "تهران");
  g_assert_cmpstr (byline_article_get_standfirst (a), ==, "شورای شهر تهران با افزایش ۲۵ درصدی نرخ بلیت مترو موافقت کرد.");
  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "شورای شهر تهران با افزایش ۲۵ درصدی نرخ بلیت مترو موافقت کرد.\n\n"
                   "به گفته رئیس کمیسیون عمران، این افزایش کمتر از نرخ تورم است.\n");

  assert_bylines (b, "Reuters", NULL);
  g_assert_true (g_str_has_prefix (byline_article_get_body (b), "Ministers agreed"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/harbour-ferries", test_import_harbour_ferries);
  g_test_add_func ("/import/tehran-buses", test_import_tehran_buses);
  g_test_add_func ("/import/english-variations", test_import_english_variations);
  g_test_add_func ("/import/english-two-bylines", test_import_english_two_bylines);
  g_test_add_func ("/import/date-first-question-headline", test_import_date_first_question_headline);
  g_test_add_func ("/import/persian-variations", test_import_persian_variations);
  g_test_add_func ("/import/persian-numeric-date", test_import_persian_numeric_date);
  g_test_add_func ("/import/russian", test_import_russian);
  g_test_add_func ("/import/arabic-language", test_import_arabic_language);
  g_test_add_func ("/import/web-furniture", test_import_web_furniture);
  g_test_add_func ("/import/job-titles", test_import_job_titles);
  g_test_add_func ("/import/deck-and-signature", test_import_deck_and_signature);
  g_test_add_func ("/import/credit-line", test_import_credit_line);
  g_test_add_func ("/import/empty", test_import_empty);
  g_test_add_func ("/import/unrecognised", test_import_unrecognised);
  g_test_add_func ("/import/binary-junk", test_import_binary_junk);
  g_test_add_func ("/import/round-trip", test_import_round_trip);

  return g_test_run ();
}
