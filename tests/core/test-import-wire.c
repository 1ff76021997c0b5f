/* test-import-wire.c: shapes of wire copy and pages found by importing
 * stories not seen before (Xinhua, ANSA, a press release, Le Monde's
 * byline with the writer's place, a place under a byline on top)
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-import-util.h"

/* "KUNMING, Nov. 28 (Xinhua) -- …" with two hyphens for the dash, and
 * ANSA's agency before the place: "(ANSA) - GENOVA, 28 NOV - …" */
static void
test_agency_datelines (void)
{
  const struct {
    const char *lede;
    const char *dateline;
    const char *byline;
    const char *iso;
  } cases[] = {
    { "KUNMING, Nov. 28, 2026 (Xinhua) -- A rail line opened on Saturday.", "KUNMING", "Xinhua",
      "2026-11-28T00:00:00+00:00" },
    { "NORTHVALE, Ohio -- A rail line opened on Saturday.", "NORTHVALE, Ohio", NULL, NULL },
    { "(ANSA) - GENOVA, 28 NOV 2026 - A rail line opened on Saturday.", "GENOVA", "ANSA",
      "2026-11-28T00:00:00+00:00" },
    { "(ANSA) - ROMA - A rail line opened on Saturday.", "ROMA", "ANSA", NULL },
    /* EFE's ".-", PTI's agency with no dash, more agencies */
    { "Madrid, 28 nov 2026 (EFE).- A rail line opened on Saturday.", "Madrid", "EFE", "2026-11-28T00:00:00+00:00" },
    { "NEW DELHI, Nov 28, 2026 (PTI) A rail line opened on Saturday.", "NEW DELHI", "PTI",
      "2026-11-28T00:00:00+00:00" },
    { "MUMBAI (PTI) A rail line opened on Saturday.", "MUMBAI", "PTI", NULL },
    { "MADRID, 28 Nov. 2026 (EUROPA PRESS) - A rail line opened on Saturday.", "MADRID", "EUROPA PRESS",
      "2026-11-28T00:00:00+00:00" },
    { "Roma, 28 nov. 2026 (AGI) - A rail line opened on Saturday.", "Roma", "AGI", "2026-11-28T00:00:00+00:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Rail line opens to the border\n\n%s\n\nTrade will grow.\n",
                                                cases[i].lede);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      assert_bylines (a, cases[i].byline, NULL);
      if (cases[i].iso != NULL)
        assert_date (a, cases[i].iso, "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==, "A rail line opened on Saturday.\n\nTrade will grow.\n");
    }

  /* An agency's name alone before the dash, or a hyphen pair in a
   * sentence, is no dateline: the paragraph stays whole */
  {
    const char *ledes[] = {
      "(ANSA) - Allerta rossa in Liguria.",
      "(Unknown Group) - ROMA - Allerta rossa in Liguria.",
      "The line -- long delayed -- opened on Saturday.",
      "Officials (Reuters) The line opened on Saturday.",
      "The line (PTI) opened on Saturday.",
    };

    for (guint i = 0; i < G_N_ELEMENTS (ledes); i++)
      {
        g_autofree char *story = g_strdup_printf ("Rail line opens to the border\n\n%s\n", ledes[i]);
        g_autoptr(BylineArticle) a = import (story, "UTC");

        g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
        assert_has (byline_article_get_body (a), ledes[i] + 8);
      }
  }
}

/* A place under "By Anna Kovac" whose first word is no place's ("Belo
 * Horizonte", "Kota Kinabalu") is the dateline, not a second writer,
 * when the story names it or when the byline is shouted and the place is
 * not; a second writer named only in the sign-off stays a writer */
static void
test_place_or_second_writer (void)
{
  const struct {
    const char *header;
    const char *lede;
    const char *second;
    const char *dateline;
  } cases[] = {
    { "Floods cut off the state capital\n\nBy Anna Kovac\nBelo Horizonte",
      "The river rose in Belo Horizonte on Saturday.", NULL, "Belo Horizonte" },
    { "By Anna Kovac\nKota Kinabalu\n\nFloods cut off the state capital",
      "Kota Kinabalu's river rose on Saturday.", NULL, "Kota Kinabalu" },
    { "Floods cut off the state capital\n\nBy ANNA KOVAC\nBelo Horizonte\nMarch 3, 2026",
      "The river rose on Saturday.", NULL, "Belo Horizonte" },
    { "Floods cut off the state capital\n\nBy Anna Kovac\nTom Hale",
      "The river rose on Saturday.", "Tom Hale", "" },
    /* (the sign-off names the writers: no place) */
    { "Floods cut off the state capital\n\nBy Anna Kovac\nTom Hale",
      "The river rose on Saturday.\n\nAdditional reporting by Tom Hale", "Tom Hale", "" },
    { "Floods cut off the state capital\n\nBy Anna Kovac\nTom Hale",
      "The river rose on Saturday.\n\nTom Hale contributed to this report.", "Tom Hale", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("%s\n\n%s\n", cases[i].header, cases[i].lede);
      g_autofree char *body = g_strdup_printf ("%s\n", cases[i].lede);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Floods cut off the state capital");
      assert_bylines (a, "Anna Kovac", cases[i].second);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      g_assert_cmpstr (byline_article_get_body (a), ==, body);
    }
}

/* "By Anna Kovac, Zagreb": the place after the comma is the dateline when
 * the lede names none; a paper there ("Herald", "Sentinel", one the story
 * calls "the Courier-Post"), a desk ("ARD-Hauptstadtstudio"), a title or a
 * second writer is none */
static void
test_place_after_byline_comma (void)
{
  const struct {
    const char *byline;
    const char *lede;
    const char *dateline;
  } cases[] = {
    { "By Anna Kovac, Zagreb", "The river rose on Saturday.", "Zagreb" },
    { "By Anna Kovac, Cape Town\nMarch 3, 2026", "The river rose on Saturday.", "Cape Town" },
    { "By Anna Kovac, Zagreb", "SPLIT – The river rose on Saturday.", "SPLIT" },
    { "By Tom Hale, Herald", "The river rose on Saturday.", "" },
    { "By Tom Hale, Sentinel", "The river rose on Saturday.", "" },
    { "By Tom Hale, Wanderer", "The river rose on Saturday, the Wanderer found.", "" },
    { "By Tom Hale, Health Reporter", "The river rose on Saturday.", "" },
    { "Von Tom Hale, ARD-Hauptstadtstudio", "The river rose on Saturday.", "" },
    { "By Tom Hale, Anna Kovac", "The river rose on Saturday.", "" },
    /* the place after a preposition, or after the writer's role */
    { "Por Ana Souza, de São Paulo", "The river rose on Saturday.", "São Paulo" },
    { "Par Claire Dubois, à Toulouse", "The river rose on Saturday.", "Toulouse" },
    { "Par Claire Dubois, envoyée spéciale à Toulouse", "The river rose on Saturday.", "Toulouse" },
    { "Di Giulia Rossi, inviata a Genova", "The river rose on Saturday.", "Genova" },
    { "By Tom Hale, a reporter at the Post", "The river rose on Saturday.", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Floods cut off the city\n\n%s\n\n%s\n\nRoads closed.\n",
                                                cases[i].byline, cases[i].lede);
      g_autofree char *body = g_strdup_printf ("%s\n\nRoads closed.\n",
                                               g_str_has_prefix (cases[i].lede, "SPLIT") ?
                                               cases[i].lede + strlen ("SPLIT – ") : cases[i].lede);
      g_autoptr(BylineArticle) a = import (story, "UTC");
      const char * const *bylines = byline_article_get_bylines (a);

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Floods cut off the city");
      g_assert_nonnull (bylines[0]);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      g_assert_cmpstr (byline_article_get_body (a), ==, body);
    }
}

/* Le Monde's "Par Claire Dubois (Toulouse, envoyée spéciale) et Julien
 * Martin": the names without the words in parentheses, the place in them
 * the dateline; a local TV site's "by: Kelsey Morgan"; a date line with
 * an update's time alone ("…, modifié à 11h40") is the time of
 * publication, the update's time dropped */
static void
test_bylines_with_asides (void)
{
  const struct {
    const char *header;
    const char *first, *second;
    const char *dateline;
    const char *iso;
  } cases[] = {
    { "Par Claire Dubois (Toulouse, envoyée spéciale) et Julien Martin\n\n"
      "Publié le 28 novembre 2026 à 09h12, modifié à 11h40",
      "Claire Dubois", "Julien Martin", "Toulouse", "2026-11-28T09:12:00+00:00" },
    { "By Claire Dubois (Toulouse)", "Claire Dubois", NULL, "Toulouse", NULL },
    { "By Jane Doe (AP)", "Jane Doe", NULL, "", NULL },
    { "by: Kelsey Morgan\n\nPosted: Nov 28, 2026 / 06:14 AM UTC", "Kelsey Morgan", NULL, "",
      "2026-11-28T06:14:00+00:00" },
    { "By: Kelsey Morgan\nPublished 28 November 2026 09:12, updated at 11:40 GMT", "Kelsey Morgan", NULL, "",
      "2026-11-28T09:12:00+00:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Farmers block the motorways again\n\n%s\n\n"
                                                "Farmers blocked the roads on Saturday.\n", cases[i].header);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Farmers block the motorways again");
      assert_bylines (a, cases[i].first, cases[i].second);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      if (cases[i].iso != NULL)
        assert_date (a, cases[i].iso, "UTC");
      g_assert_cmpstr (byline_article_get_standfirst (a), ==, "Farmers blocked the roads on Saturday.");
      g_assert_cmpstr (byline_article_get_body (a), ==, "Farmers blocked the roads on Saturday.\n");
    }

  /* An update's time with no date read stays */
  {
    g_autoptr(BylineArticle) a = import ("Farmers block the motorways again\n\nUpdated 11:40\n\n"
                                         "Farmers blocked the roads on Saturday.\n", "UTC");

    assert_has (byline_article_get_body (a), "Updated 11:40");
  }
}

/* "11/28/2026": a US date with the month first reads when the day cannot
 * be a month; "05/11/2026" stays day first, but where the line's zone, or
 * the user's without one, is the US's or the Philippines' */
static void
test_month_first_dates (void)
{
  const struct {
    const char *line;
    const char *default_zone;
    const char *iso;
    const char *zone;
  } cases[] = {
    { "11/28/2026", "UTC", "2026-11-28T00:00:00+00:00", "UTC" },
    { "11/28/2026 6:14 AM UTC", "UTC", "2026-11-28T06:14:00+00:00", "UTC" },
    { "05/11/2026", "UTC", "2026-11-05T00:00:00+00:00", "UTC" },
    { "28/11/2026", "UTC", "2026-11-28T00:00:00+00:00", "UTC" },
    { "03/11/2026 4:05 PM EST", "UTC", "2026-03-11T16:05:00-04:00", "America/New_York" },
    { "Published 03/11/2026 at 4:05 p.m. CT", "Europe/London", "2026-03-11T16:05:00-05:00", "America/Chicago" },
    { "03/11/2026 4:05 PM PHT", "UTC", "2026-03-11T16:05:00+08:00", "Asia/Manila" },
    { "03/11/2026 4:05 PM", "America/New_York", "2026-03-11T16:05:00-04:00", "America/New_York" },
    /* (a zone that writes the day first, named in the line, wins) */
    { "03/11/2026 16:05 GMT", "America/New_York", "2026-11-03T11:05:00-05:00", "America/New_York" },
    { "03/11/2026 16:05 CET", "America/Los_Angeles", "2026-11-03T16:05:00+01:00", "Europe/Berlin" },
    { "03/11/2026 16:05", "Europe/London", "2026-11-03T16:05:00+00:00", "Europe/London" },
    /* (a 24-hour clock past noon with no zone is Europe's way, also for
     * a user in New York; a morning's time says nothing) */
    { "03/11/2026 16:05", "America/New_York", "2026-11-03T16:05:00-05:00", "America/New_York" },
    { "03/11/2026 09:05", "America/New_York", "2026-03-11T09:05:00-04:00", "America/New_York" },
    /* (dots are never the US's order) */
    { "03.11.2026 4:05 PM EST", "UTC", "2026-11-03T16:05:00-05:00", "America/New_York" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Rail line opens to the border\n\n%s\n\nA rail line opened.\n",
                                                cases[i].line);
      g_autoptr(BylineArticle) a = import (story, cases[i].default_zone);

      assert_date (a, cases[i].iso, cases[i].zone);
      g_assert_cmpstr (byline_article_get_body (a), ==, "A rail line opened.\n");
    }
}

/* A press release: "FOR IMMEDIATE RELEASE" over the headline and "###"
 * under it are dropped, the wire's "/PRNewswire/ --" dateline read, the
 * media contact's block kept as it is (no summary box); an ANSA story's
 * copyright line is dropped too */
static void
test_press_release (void)
{
  g_autoptr(BylineArticle) a = import ("FOR IMMEDIATE RELEASE\n\n"
                                       "Northvale Water Announces Upgrade to Eastside Plant\n\n"
                                       "Project will cut boil-water notices across four counties\n\n"
                                       "NORTHVALE, Ohio, Nov. 28, 2026 /PRNewswire/ -- Northvale Water today "
                                       "announced an upgrade.\n\n"
                                       "Construction begins in March.\n\n"
                                       "Media Contact:\nJordan Pike\n(614) 555-0142\njpike@northvalewater.org\n\n"
                                       "###\n", "UTC");
  g_autoptr(BylineArticle) b = import ("Allerta rossa in Liguria\n\n"
                                       "(ANSA) - GENOVA, 28 NOV 2026 - Allerta rossa per pioggia.\n\n"
                                       "RIPRODUZIONE RISERVATA © Copyright ANSA\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Northvale Water Announces Upgrade to Eastside Plant");
  assert_bylines (a, NULL, NULL);
  g_assert_cmpstr (byline_article_get_standfirst (a), ==, "Project will cut boil-water notices across four counties");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "NORTHVALE, Ohio");
  assert_date (a, "2026-11-28T00:00:00+00:00", "UTC");
  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "Northvale Water today announced an upgrade.\n\nConstruction begins in March.\n\n"
                   "Media Contact:\nJordan Pike\n(614) 555-0142\njpike@northvalewater.org\n");

  assert_bylines (b, "ANSA", NULL);
  g_assert_cmpstr (byline_article_get_dateline (b), ==, "GENOVA");
  g_assert_cmpstr (byline_article_get_body (b), ==, "Allerta rossa per pioggia.\n");
}

/* Xinhua's page: "Source: Xinhua" / "Editor: Wang Lei" / the date, one to
 * a line, over the story: the agency is the byline, the editor no writer */
static void
test_agency_page_header (void)
{
  const char *headers[] = {
    "Source: Xinhua\nEditor: Wang Lei\n2026-11-28 15:42:10",
    "Source: Xinhua\n2026-11-28 15:42:10",
    "Source: Reuters\nEdited by Jane Doe\n28 November 2026 15:42",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autofree char *story = g_strdup_printf ("Rail link to Laos border opens\n\n%s\n\n"
                                                "KUNMING, Nov. 28 (Xinhua) -- A rail line opened on Saturday.\n\n"
                                                "Trade will grow.\n", headers[i]);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      assert_bylines (a, i < 2 ? "Xinhua" : "Reuters", NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "KUNMING");
      assert_date (a, i < 2 ? "2026-11-28T15:42:10+00:00" : "2026-11-28T15:42:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==, "A rail line opened on Saturday.\n\nTrade will grow.\n");
    }

  /* A source that is no agency's, or an editor's line in a paragraph, stays */
  {
    g_autoptr(BylineArticle) a = import ("Rail link to Laos border opens\n\nSource: the ministry\n"
                                         "Editor: Wang Lei\n\nA rail line opened on Saturday.\n", "UTC");

    assert_has (byline_article_get_body (a), "Source: the ministry");
  }
}

/* An Arab site's credit over the date: "الجزيرة نت - الخرطوم" (the agency,
 * then the place, in a script without capitals) and a date with
 * Arabic-Indic digits; a desk before the agency is still no place */
static void
test_agency_and_place_line (void)
{
  const struct {
    const char *header;
    const char *byline;
    const char *dateline;
  } cases[] = {
    { "الجزيرة نت - الخرطوم\n٢٨/١١/٢٠٢٦", "الجزيرة نت", "الخرطوم" },
    { "الجزيرة نت - الخرطوم", "الجزيرة نت", "الخرطوم" },
    { "Reuters - Lagos\n28 November 2026", "Reuters", "Lagos" },
    { "گروه جامعه - خبرگزاری ایسنا\n28 November 2026", "خبرگزاری ایسنا", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("الأمطار تغرق شوارع الخرطوم\n\n%s\n\n"
                                                "غمرت الأمطار الغزيرة شوارع العاصمة.\n", cases[i].header);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "الأمطار تغرق شوارع الخرطوم");
      assert_bylines (a, cases[i].byline, NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      if (strchr (cases[i].header, '\n') != NULL)
        assert_date (a, "2026-11-28T00:00:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==, "غمرت الأمطار الغزيرة شوارع العاصمة.\n");
    }
}

/* The BBC's signature with the title before the paper ("Sofia Bettiza" /
 * "Health reporter, BBC News"), under the date; a live page's "Live"
 * badge is no byline and is dropped */
static void
test_signature_and_badge (void)
{
  {
    g_autoptr(BylineArticle) a = import ("Junior doctors vote for fresh strikes\n\n28 November 2026\n\n"
                                         "Sofia Bettiza\nHealth reporter, BBC News\n\n"
                                         "Junior doctors have voted to strike again.\n", "UTC");

    assert_bylines (a, "Sofia Bettiza", NULL);
    assert_date (a, "2026-11-28T00:00:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==, "Junior doctors have voted to strike again.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("Storm Bert live: flights cancelled\n\nLive\n\n"
                                         "28 November 2026 10:42 GMT\n\nHeathrow cancelled 120 flights.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Storm Bert live: flights cancelled");
    assert_bylines (a, NULL, NULL);
    assert_date (a, "2026-11-28T10:42:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==, "Heathrow cancelled 120 flights.\n");
  }
}

/* Kyodo's "KYODO NEWS - Nov 28, 2026 - 14:15 | Japan, Politics, All": the
 * agency is the byline, the date read (the sections stay in the body) */
static void
test_agency_before_date (void)
{
  const struct {
    const char *line;
    const char *byline;
    const char *body;
  } cases[] = {
    { "KYODO NEWS - Nov 28, 2026 - 14:15", "Kyodo News", "" },
    { "KYODO NEWS - Nov 28, 2026 - 14:15 | Japan, Politics, All", "Kyodo News", "Japan, Politics, All\n\n" },
    { "Reuters | Nov 28, 2026 - 14:15", "Reuters", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Japan to raise defense spending\n\n%s\n\n"
                                                "TOKYO - Japan plans to raise spending.\n", cases[i].line);
      g_autofree char *body = g_strconcat (cases[i].body, "Japan plans to raise spending.\n", NULL);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      assert_bylines (a, cases[i].byline, NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "TOKYO");
      assert_date (a, "2026-11-28T14:15:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==, body);
    }
}

/* A caption under its credit ("Getty Images" / caption, "Image: …/The
 * Irish Times" / caption) is a caption, in italics, and no lede */
static void
test_credit_over_caption (void)
{
  const char *credits[] = { "Getty Images", "Image: Ciara O'Brien/The Irish Times", "AFP via Getty Images" };

  for (guint i = 0; i < G_N_ELEMENTS (credits); i++)
    {
      g_autofree char *story = g_strdup_printf ("Families face eviction as rents soar\n\n%s\n"
                                                "Mary Walsh outside her flat\n\n"
                                                "Mary Walsh has lived in her flat for 14 years.\n", credits[i]);
      g_autofree char *escaped = byline_markdown_escape (credits[i], -1);
      g_autofree char *body = g_strdup_printf ("*%s\nMary Walsh outside her flat*\n\n"
                                               "Mary Walsh has lived in her flat for 14 years.\n", escaped);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_assert_cmpstr (byline_article_get_standfirst (a), ==, "Mary Walsh has lived in her flat for 14 years.");
      g_assert_cmpstr (byline_article_get_body (a), ==, body);
    }

  /* A paragraph that only names an agency on top stays a paragraph */
  {
    g_autoptr(BylineArticle) a = import ("Families face eviction as rents soar\n\n"
                                         "Mary Walsh has lived in her flat for 14 years.\n\n"
                                         "Reuters reported the figures first.\nRents rose by 11%.\n", "UTC");

    assert_has (byline_article_get_body (a), "\n\nReuters reported the figures first.\nRents rose by 11%.\n");
  }
}

/* A place after the names: "Anna Kovac in Zagreb" and "Anna Kovac,
 * Zagreb" with no "By", "By A and B, Zagreb" (no third writer); "Story
 * by", "Reporter:" open a byline */
static void
test_names_then_place (void)
{
  const struct {
    const char *line;
    const char *first, *second, *third;
    const char *dateline;
  } cases[] = {
    { "Anna Kovac in Zagreb", "Anna Kovac", NULL, NULL, "Zagreb" },
    { "Anna Kovac, Zagreb", "Anna Kovac", NULL, NULL, "Zagreb" },
    { "Story by Anna Kovac", "Anna Kovac", NULL, NULL, "" },
    { "Reporter: Anna Kovac", "Anna Kovac", NULL, NULL, "" },
    { "By Anna Kovac and Tom Hale, Zagreb", "Anna Kovac", "Tom Hale", NULL, "Zagreb" },
    { "By Anna Kovac, Tom Hale, and Lisa Brandt, Zagreb", "Anna Kovac", "Tom Hale", "Lisa Brandt", "Zagreb" },
    { "By Anna Kovac, Tom Hale and Lisa Brandt", "Anna Kovac", "Tom Hale", "Lisa Brandt", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Floods cut off the city of Zagreb\n\n%s\n\n"
                                                "The river rose on Saturday.\n\nRoads closed.\n", cases[i].line);
      g_autoptr(BylineArticle) a = import (story, "UTC");
      const char * const *bylines = byline_article_get_bylines (a);

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Floods cut off the city of Zagreb");
      g_assert_cmpstr (bylines[0], ==, cases[i].first);
      g_assert_cmpstr (bylines[1], ==, cases[i].second);
      if (cases[i].second != NULL)
        g_assert_cmpstr (bylines[2], ==, cases[i].third);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      g_assert_cmpstr (byline_article_get_body (a), ==, "The river rose on Saturday.\n\nRoads closed.\n");
    }
}

/* A page's title copied as the headline loses the site's name ("| World
 * news | The Guardian", "- BBC News"), a wire's headline its tag ("UPDATE
 * 2-"); a gallery's counter and a media player's label are page furniture */
static void
test_page_title_and_players (void)
{
  const struct {
    const char *headline;
    const char *expected;
  } cases[] = {
    { "Floods cut off Zagreb | World news | The Guardian", "Floods cut off Zagreb" },
    { "Floods cut off Zagreb - BBC News", "Floods cut off Zagreb" },
    { "Floods cut off Zagreb – Al Jazeera", "Floods cut off Zagreb" },
    { "Crisis deepens - and the Government looks away", "Crisis deepens - and the Government looks away" },
    { "Lagos - a city under water", "Lagos - a city under water" },
    /* Reuters' wire tags */
    { "UPDATE 2-Floods cut off Zagreb", "Floods cut off Zagreb" },
    { "EXCLUSIVE-Floods cut off Zagreb", "Floods cut off Zagreb" },
    { "Anti-flood walls fail in Zagreb", "Anti-flood walls fail in Zagreb" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("%s\n\nImage 1 of 5\n\nVideo player loading\n\n"
                                                "28 November 2026\n\nThe river rose on Saturday.\n\n"
                                                "Photo 2 of 5\n\nRoads closed.\n", cases[i].headline);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, cases[i].expected);
      assert_date (a, "2026-11-28T00:00:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==, "The river rose on Saturday.\n\nRoads closed.\n");
    }
}

/* The New York Times' "By A and B" / "A reported from Queens." over the
 * date; an AP byline on top with no headline still lets the lede's
 * dateline be read; dpa's code under the story is furniture */
static void
test_signatures_without_headline (void)
{
  {
    g_autoptr(BylineArticle) a = import ("City Plans to Close 3 Subway Stations\n\n"
                                         "The closures will affect about 40,000 riders a day.\n\n"
                                         "By Anna Kovac and Tom Hale\nAnna Kovac reported from Queens.\n\n"
                                         "Nov. 28, 2026, 5:00 a.m. ET\n\n"
                                         "The city will close three stations.\n", "UTC");

    assert_bylines (a, "Anna Kovac", "Tom Hale");
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "Queens");
    assert_date (a, "2026-11-28T05:00:00-05:00", "America/New_York");
    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The closures will affect about 40,000 riders a day.");
    g_assert_cmpstr (byline_article_get_body (a), ==, "The city will close three stations.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("By ANNA KOVAC\nAssociated Press\n\n"
                                         "ZAGREB, Croatia (AP) — Croatia approved a plan.\n\n"
                                         "It will cost 1.2 billion euros.\n", "UTC");

    assert_bylines (a, "Anna Kovac", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "ZAGREB, Croatia");
    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "Croatia approved a plan.");
    g_assert_cmpstr (byline_article_get_body (a), ==, "Croatia approved a plan.\n\nIt will cost 1.2 billion euros.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("Bahn erhöht Preise\n\nBerlin (dpa) - Die Bahn erhöht die Preise.\n\n"
                                         "dpa-infocom, dpa:261128-99-123456/2\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==, "Die Bahn erhöht die Preise.\n");
  }
}

/* A page's prompts and tags between paragraphs are furniture, not
 * subheadings; the same words in a sentence stay */
static void
test_prompts_and_tags (void)
{
  g_autoptr(BylineArticle) a = import ("Floods cut off Zagreb\n\nBy Anna Kovac\n\n"
                                       "The river rose on Saturday.\n\nClick here to subscribe\n\n"
                                       "Follow @AnnaKovac on X\n\nEmail this story\n\nPrint this page\n\n"
                                       "Topics: Floods, Croatia\n\nTags: floods, croatia\n\n"
                                       "Filed under: World\n\nRoads closed.\n\n"
                                       "Follow the river on foot and you see the damage.\n\n"
                                       "Topics: the mayor spoke about the floods for an hour on Friday and took questions.\n",
                                       "UTC");

  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "The river rose on Saturday.\n\nRoads closed.\n\n"
                   "Follow the river on foot and you see the damage.\n\n"
                   "Topics: the mayor spoke about the floods for an hour on Friday and took questions.\n");
}

/* A signature of the name and the place after a slash or a dash, over
 * the date ("Ahmet Yılmaz / İstanbul"), or the name and the agency
 * ("Ahmet Yılmaz - Reuters": the writer, not the agency) */
static void
test_name_and_place_signature (void)
{
  const struct {
    const char *line;
    const char *dateline;
  } cases[] = {
    { "Ahmet Yılmaz / İstanbul", "İstanbul" },
    { "Ahmet Yılmaz - İstanbul", "İstanbul" },
    { "Ahmet Yılmaz – İstanbul", "İstanbul" },
    { "Ahmet Yılmaz - Reuters", "" },
    { "Ahmet Yılmaz | Dawn", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Ferry fares rise in the city\n\n%s\n28.11.2026 10:15\n\n"
                                                "Fares rose by 5%% on Saturday.\n", cases[i].line);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      assert_bylines (a, "Ahmet Yılmaz", NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      assert_date (a, "2026-11-28T10:15:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==, "Fares rose by 5% on Saturday.\n");
    }
}

/* After a byline's comma: titles ("Guest Columnist", "Editor-at-Large",
 * "Freelance", "PhD") are no place; "Jr." and "Sr." stay with the name;
 * the writer's handle or e-mail address is no part of the byline */
static void
test_titles_and_suffixes (void)
{
  const struct {
    const char *line;
    const char *first, *second;
  } cases[] = {
    { "By Tom Hale, Jr.", "Tom Hale Jr.", NULL },
    { "By Tom Hale Jr.", "Tom Hale Jr.", NULL },
    { "By Anna Kovac and Tom Hale Sr.", "Anna Kovac", "Tom Hale Sr." },
    { "By Tom Hale, Guest Columnist", "Tom Hale", NULL },
    { "By Tom Hale, Editor-at-Large", "Tom Hale", NULL },
    { "By Tom Hale, Freelance", "Tom Hale", NULL },
    { "By Tom Hale, PhD", "Tom Hale", NULL },
    /* the name and the paper, no "By": no deck */
    { "Tom Hale, The Washington Post", "Tom Hale", NULL },
    { "Tom Hale, The Irish Times", "Tom Hale", NULL },
    /* the writer's handle or e-mail address beside or under the name */
    { "By Tom Hale @tomhale", "Tom Hale", NULL },
    { "By Tom Hale\ntom.hale@example.com", "Tom Hale", NULL },
    { "By Tom Hale\n@tomhale\nNov. 28, 2026", "Tom Hale", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Council approves new budget\n\n%s\n\n"
                                                "The council approved its budget.\n", cases[i].line);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      assert_bylines (a, cases[i].first, cases[i].second);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
      g_assert_cmpstr (byline_article_get_body (a), ==, "The council approved its budget.\n");
    }
}

/* A dateline alone on its line over the lede ("WASHINGTON (AP)",
 * "ZAGREB, Croatia —"); a line with an agency that is no dateline, or a
 * dateline at the story's foot, stays */
static void
test_lone_dateline (void)
{
  const struct {
    const char *header;
    const char *byline;
    const char *dateline;
  } cases[] = {
    { "WASHINGTON (AP)", "AP", "WASHINGTON" },
    { "By Maria Chen\n\nZAGREB, Croatia —", "Maria Chen", "ZAGREB, Croatia" },
    { "By Maria Chen\n\nLONDON, Nov 28, 2026 (Reuters) -", "Maria Chen", "LONDON" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Senate passes stopgap bill\n\n%s\n\n"
                                                "The Senate passed a bill late Friday.\n\nMore follows.\n",
                                                cases[i].header);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      assert_bylines (a, cases[i].byline, NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The Senate passed a bill late Friday.");
      g_assert_cmpstr (byline_article_get_body (a), ==, "The Senate passed a bill late Friday.\n\nMore follows.\n");
    }

  {
    g_autoptr(BylineArticle) a = import ("Senate passes stopgap bill\n\nThe vote (Reuters)\n\n"
                                         "The rules changed on Friday.\n\nWASHINGTON (AP)\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The vote (Reuters)\n\nThe rules changed on Friday.\n\nWASHINGTON (AP)\n");
  }
}

/* A date line with a second time: the first time, with its own zone, is
 * the date's ("10:15 AM ET (15:15 GMT)", "à 09h12, modifié à 11h40") */
static void
test_two_times_in_a_line (void)
{
  const struct {
    const char *line;
    const char *iso, *zone;
  } cases[] = {
    { "Published 10:15 AM ET (15:15 GMT), Nov. 28, 2026", "2026-11-28T10:15:00-05:00", "America/New_York" },
    { "November 28, 2026 10:15 AM ET / 7:15 AM PT", "2026-11-28T10:15:00-05:00", "America/New_York" },
    { "Nov 28, 2026, 10:15 IST (04:45 GMT)", "2026-11-28T10:15:00+05:30", "Asia/Kolkata" },
    { "28 November 2026 10:15 - 11:30", "2026-11-28T10:15:00+00:00", "UTC" },
    { "Publié le 28 novembre 2026 à 09h12, modifié à 11h40", "2026-11-28T09:12:00+00:00", "UTC" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Rail fares to rise in January\n\n%s\n\nThe fares rise.\n",
                                                cases[i].line);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      assert_date (a, cases[i].iso, cases[i].zone);
      g_assert_cmpstr (byline_article_get_body (a), ==, "The fares rise.\n");
    }
}

/* A Guardian page copied whole: the page's links on top ("Skip to main
 * content", "Sign in"), the signature "Anna Kovac in Zagreb" over the
 * date, the topics under the story; CNN's "Zagreb, Croatia CNN —" on a
 * line of its own */
static void
test_whole_pages (void)
{
  {
    g_autoptr(BylineArticle) a = import ("Skip to main content\nPrint subscriptions\nSign in\n\n"
                                         "World\nEurope\nUS news\n\nCroatia\n\n"
                                         "Zagreb hit by worst floods in a century\n\n"
                                         "Thousands evacuated and power cut to 40,000 homes after days of rain\n\n"
                                         "Anna Kovac in Zagreb\nSat 28 Nov 2026 10.42 GMT\nShare\n\n"
                                         "Thousands of people have been evacuated.\n\n"
                                         "Explore more on these topics\nCroatia\nEurope\nFloods\nnews\n\n"
                                         "Share\n\nReuse this content\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Zagreb hit by worst floods in a century");
    assert_bylines (a, "Anna Kovac", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "Zagreb");
    assert_date (a, "2026-11-28T10:42:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                     "Thousands evacuated and power cut to 40,000 homes after days of rain");
    g_assert_cmpstr (byline_article_get_body (a), ==, "Thousands of people have been evacuated.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("Zagreb floods: Thousands evacuated\n\nBy Anna Kovac, CNN\n"
                                         "Updated 6:42 AM EST, Sat November 28, 2026\n\n"
                                         "Zagreb, Croatia CNN —\n\nThousands were evacuated.\n", "UTC");

    assert_bylines (a, "Anna Kovac", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "Zagreb, Croatia");
    assert_date (a, "2026-11-28T06:42:00-05:00", "America/New_York");
    g_assert_cmpstr (byline_article_get_body (a), ==, "Thousands were evacuated.\n");
  }
}

/* The deck on the line right under the headline, no blank line between:
 * the whole header stayed unread. The first lines of a hard-wrapped
 * paragraph stay one paragraph. */
static void
test_headline_and_deck_together (void)
{
  g_autoptr(BylineArticle) a = import ("Obama meets Biden\n"
                                       "Former president and vice president meet in Chicago to raise money\n"
                                       "\nBy Tom Reid\n\nMarch 3, 2023 - 09:15\n\n"
                                       "CHICAGO \u2013 Barack Obama and Joe Biden appeared together on Friday.\n\n"
                                       "The event raised $4 million.\n", "UTC");
  g_autoptr(BylineArticle) wrapped = import ("The council voted on Tuesday to approve the\n"
                                             "Harbour Board's budget after three months of argument over the pier.\n"
                                             "\nThe budget includes money for dredging.\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Obama meets Biden");
  g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                   "Former president and vice president meet in Chicago to raise money");
  assert_bylines (a, "Tom Reid", NULL);
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "CHICAGO");
  assert_date (a, "2023-03-03T09:15:00+00:00", "UTC");
  g_assert_nonnull (strstr (byline_article_get_body (a), "The event raised $4 million."));

  g_assert_null (strstr (byline_article_get_headline (wrapped), "approve the"));
  g_assert_nonnull (strstr (byline_article_get_body (wrapped), "approve the"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-wire/agency-datelines", test_agency_datelines);
  g_test_add_func ("/import-wire/place-or-second-writer", test_place_or_second_writer);
  g_test_add_func ("/import-wire/place-after-byline-comma", test_place_after_byline_comma);
  g_test_add_func ("/import-wire/bylines-with-asides", test_bylines_with_asides);
  g_test_add_func ("/import-wire/month-first-dates", test_month_first_dates);
  g_test_add_func ("/import-wire/press-release", test_press_release);
  g_test_add_func ("/import-wire/agency-page-header", test_agency_page_header);
  g_test_add_func ("/import-wire/agency-and-place-line", test_agency_and_place_line);
  g_test_add_func ("/import-wire/signature-and-badge", test_signature_and_badge);
  g_test_add_func ("/import-wire/agency-before-date", test_agency_before_date);
  g_test_add_func ("/import-wire/credit-over-caption", test_credit_over_caption);
  g_test_add_func ("/import-wire/names-then-place", test_names_then_place);
  g_test_add_func ("/import-wire/page-title-and-players", test_page_title_and_players);
  g_test_add_func ("/import-wire/signatures-without-headline", test_signatures_without_headline);
  g_test_add_func ("/import-wire/prompts-and-tags", test_prompts_and_tags);
  g_test_add_func ("/import-wire/name-and-place-signature", test_name_and_place_signature);
  g_test_add_func ("/import-wire/titles-and-suffixes", test_titles_and_suffixes);
  g_test_add_func ("/import-wire/lone-dateline", test_lone_dateline);
  g_test_add_func ("/import-wire/two-times-in-a-line", test_two_times_in_a_line);
  g_test_add_func ("/import-wire/whole-pages", test_whole_pages);
  g_test_add_func ("/import-wire/headline-and-deck-together", test_headline_and_deck_together);

  return g_test_run ();
}
