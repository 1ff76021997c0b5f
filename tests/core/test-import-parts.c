/* test-import-parts.c: wire copy into articles, part by part: date lines,
 * datelines, white space, lists, captions and sign-offs
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

static void
test_import_dates (void)
{
  const struct {
    const char *line;
    const char *iso;
    const char *zone;
  } good[] = {
    { "March 3, 2023 - 09:15", "2023-03-03T09:15:00+01:00", "Europe/Paris" },
    { "3 March 2023 09:15", "2023-03-03T09:15:00+01:00", "Europe/Paris" },
    { "Friday, March 3, 2023 at 9:15 pm", "2023-03-03T21:15:00+01:00", "Europe/Paris" },
    { "Mar 3rd, 2023 12:05 AM", "2023-03-03T00:05:00+01:00", "Europe/Paris" },
    { "Updated: 3 March 2023, 09:15 GMT", "2023-03-03T09:15:00+00:00", "UTC" },
    { "2023-03-03 09:15", "2023-03-03T09:15:00+01:00", "Europe/Paris" },
    { "2023-03-03", "2023-03-03T00:00:00+01:00", "Europe/Paris" },
    { "2023-03-03T09:15:00Z", "2023-03-03T09:15:00+00:00", "UTC" },
    { "2023-03-03T09:15:00+01:00", "2023-03-03T09:15:00+01:00", "Europe/Paris" },
    { "2023-07-03T09:15:00+01:00", "2023-07-03T09:15:00+01:00", "+01:00" },
    { "03.03.2023 09:15", "2023-03-03T09:15:00+01:00", "Europe/Paris" },
    { "3 марта 2023 года, 09:15", "2023-03-03T09:15:00+01:00", "Europe/Paris" },
    { "۱۲ اسفند ۱۴۰۱ - ۱۰:۲۰", "2023-03-03T10:20:00+03:30", "Asia/Tehran" },
    { "جمعه ۱۲ اسفند ۱۴۰۱", "2023-03-03T00:00:00+03:30", "Asia/Tehran" },
    { "12 Esfand 1401, 10:20", "2023-03-03T10:20:00+03:30", "Asia/Tehran" },
    { "١٢ اسفند ١٤٠١ ١٠:٢٠", "2023-03-03T10:20:00+03:30", "Asia/Tehran" },
    /* British dotted times, zone abbreviations and offsets */
    { "Friday 3 March 2023 14.30 GMT", "2023-03-03T14:30:00+00:00", "UTC" },
    { "3 March 2023, 3.45pm", "2023-03-03T15:45:00+01:00", "Europe/Paris" },
    { "Mar. 3, 2023 3:45 p.m. EST", "2023-03-03T15:45:00-05:00", "America/New_York" },
    { "Updated July 4, 2023 at 8:00 PM PDT", "2023-07-04T20:00:00-07:00", "America/Los_Angeles" },
    { "03.03.2023 10:00 MSK", "2023-03-03T10:00:00+03:00", "Europe/Moscow" },
    { "3 марта 2026, 12:30 МСК", "2026-03-03T12:30:00+03:00", "Europe/Moscow" },
    /* Arabic month names (Egypt and the Gulf, the Levant, the Maghreb),
     * the Gregorian part of a line that gives the Islamic date too */
    { "٣ مارس ٢٠٢٦ - ١٠:٢٠", "2026-03-03T10:20:00+01:00", "Europe/Paris" },
    { "الثلاثاء ١٤ رمضان ١٤٤٧ هـ - ٣ مارس ٢٠٢٦ م", "2026-03-03T00:00:00+01:00", "Europe/Paris" },
    { "٣ آذار ٢٠٢٦، الساعة ١٠:٢٠ م", "2026-03-03T22:20:00+01:00", "Europe/Paris" },
    { "١٥ كانون الثاني ٢٠٢٦", "2026-01-15T00:00:00+01:00", "Europe/Paris" },
    { "3 تشرين الأول 2025", "2025-10-03T00:00:00+02:00", "Europe/Paris" },
    { "12 جانفي 2026", "2026-01-12T00:00:00+01:00", "Europe/Paris" },
    /* Other European languages */
    { "3 mars 2026 à 10:20", "2026-03-03T10:20:00+01:00", "Europe/Paris" },
    { "14. März 2026, 09:15 Uhr", "2026-03-14T09:15:00+01:00", "Europe/Paris" },
    { "3 de marzo de 2026", "2026-03-03T00:00:00+01:00", "Europe/Paris" },
    { "3 March 2023 09:00 (UTC+3:30)", "2023-03-03T09:00:00+03:30", "+03:30" },
    { "3 March 2023 09:00 GMT-0300", "2023-03-03T09:00:00-03:00", "-03:00" },
    /* Three-letter months of Portuguese, Italian, Polish and Turkish
     * pages; Spanish and Portuguese "h" after the time */
    { "23 Out 2025, 18:02", "2025-10-23T18:02:00+02:00", "Europe/Paris" },
    { "12 Set. 2025 - 14:00", "2025-09-12T14:00:00+02:00", "Europe/Paris" },
    { "3 de out. de 2025, 16:20", "2025-10-03T16:20:00+02:00", "Europe/Paris" },
    { "5 ago 2025 ore 9:10", "2025-08-05T09:10:00+02:00", "Europe/Paris" },
    { "23 paź 2025, 18:02", "2025-10-23T18:02:00+02:00", "Europe/Paris" },
    { "28 Kas 2026 10:15", "2026-11-28T10:15:00+01:00", "Europe/Paris" },
    { "Publicado: 27/11/2026 - 10:12h", "2026-11-27T10:12:00+01:00", "Europe/Paris" },
    { "27/11/2026 - 10:12 hs", "2026-11-27T10:12:00+01:00", "Europe/Paris" },
    { "۱۱ آذرماه ۱۴۰۵ | ۱۴:۳۰", "2026-12-02T14:30:00+03:30", "Asia/Tehran" },
    /* What a page prints after the date: its update's relative time, its
     * comment and view counts */
    { "Thursday, 16 April 2026, 16:35 Last update: about 3 hours ago", "2026-04-16T16:35:00+02:00", "Europe/Paris" },
    { "16 April 2026, 16:35 Last update: an hour ago", "2026-04-16T16:35:00+02:00", "Europe/Paris" },
    { "21 January 2026 04:20 pm - 4 - 2,318", "2026-01-21T16:20:00+01:00", "Europe/Paris" },
    { "21 January 2026 04:20 pm | 12", "2026-01-21T16:20:00+01:00", "Europe/Paris" },
    /* A numeric date's order, from the weekday the line names */
    { "Wed, 03/11/2026 - 12:14pm", "2026-03-11T12:14:00+01:00", "Europe/Paris" },
    { "Tue 03/11/2026", "2026-11-03T00:00:00+01:00", "Europe/Paris" },
  };
  const char *bad[] = {
    "Harbour city expands electric ferry fleet as ridership climbs",
    "The year 2023 was a good one for ferries, officials said on March 3.",
    "May 2023",
    "March 32, 2023",
    "30 Esfand 1401",
    "99:99 3 March 2023",
    "3 March 2023 14.30.15 est",
    "By Lena Okafor",
    "Posted 2 days ago",
    "3 out of 5 riders",
    "Council votes 4 - 3 - 2,318",
    "Last update: about 3 hours ago",
    "",
    "\xff\xfe",
  };
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;
      g_autofree char *iso = NULL;

      if (!byline_import_parse_date (good[i].line, paris, &date, &zone))
        g_error ("not read as a date: %s", good[i].line);
      iso = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
      g_assert_cmpstr (iso, ==, good[i].iso);
      g_assert_cmpstr (zone, ==, good[i].zone);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *zone = NULL;

      if (byline_import_parse_date (bad[i], paris, &date, &zone))
        g_error ("read as a date: %s", bad[i]);
      g_assert_null (date);
      g_assert_null (zone);
    }
}

static void
test_import_unicode_spaces (void)
{
  /* No-break (U+00A0), narrow no-break (U+202F) and figure (U+2007)
   * spaces in the header, zero-width spaces and word joiners at the edges
   * of lines; a ZWNJ (U+200C) and no-break spaces inside the body stay */
  const char *story =
    "\342\200\213Port\302\240strike ends after five days\342\200\213\n\n"
    "\342\200\213By\302\240Mark\342\200\257Lee\342\201\240\n\n"
    "March\302\2403, 2026\302\240-\302\240\342\200\207" "08:00\n\n"
    "ROTTERDAM\302\240\342\200\223\302\240Dock workers returned to work on Tuesday.\n\n"
    "Le syndicat a obtenu 6\302\240% \302\273 dit-il\302\240: oui.\342\200\214\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");
  const char *body = byline_article_get_body (a);

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Port\302\240strike ends after five days");
  assert_bylines (a, "Mark Lee", NULL);
  assert_date (a, "2026-03-03T08:00:00+00:00", "UTC");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "ROTTERDAM");
  g_assert_cmpstr (byline_article_get_standfirst (a), ==, "Dock workers returned to work on Tuesday.");
  assert_has (body, "6\302\240% \302\273 dit-il\302\240: oui.\342\200\214\n");
  assert_lacks (body, "\342\200\213");
}

static void
test_import_datelines (void)
{
  /* The place with its state or country, a date and an agency in it */
  const struct {
    const char *lede;
    const char *place;
    const char *iso;     /* NULL: a year-less "January 1" */
    const char *byline;
  } cases[] = {
    { "LONDON, January 1 (Reuters) - British factory output fell.", "LONDON", NULL, "Reuters" },
    { "LONDON, March 3, 2026 - British factory output fell.", "LONDON", "2026-03-03T00:00:00+00:00", NULL },
    { "PARIS, 3 mars 2026 (AFP) - Le trafic sera perturbé.", "PARIS", "2026-03-03T00:00:00+00:00", "AFP" },
    { "BERLIN, 14. März 2026 (dpa) - Die Bahn will bauen.", "BERLIN", "2026-03-14T00:00:00+00:00", "dpa" },
    { "SAN FRANCISCO, Calif. – Tech shares fell on Tuesday.", "SAN FRANCISCO, Calif.", NULL, NULL },
    { "KYIV, Ukraine – Air raid sirens sounded on Tuesday.", "KYIV, Ukraine", NULL, NULL },
    { "WASHINGTON, D.C., March 3, 2026 – Congress met.", "WASHINGTON, D.C.", "2026-03-03T00:00:00+00:00", NULL },
    { "ST. LOUIS – The river rose on Tuesday.", "ST. LOUIS", NULL, NULL },
    { "BEIJING: China's exports rose in February.", "BEIJING", NULL, NULL },
    { "BELIZE CITY, Wed. Mar. 11, 2026--Passengers will pay more.", "BELIZE CITY", "2026-03-11T00:00:00+00:00", NULL },
  };
  /* Not datelines: the paragraph stays whole */
  const char *whole[] = {
    "UPDATE: The river rose on Tuesday.",
    "Mr. Smith, who said 5 things – all wrong – left.",
    "LONDON, they said on Tuesday – it rained.",
    "Note: this story has been corrected.",
    "The well-known--Famous since 1920--bakery closed.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Markets fall as tariffs bite\n\n%s\n\nShares fell.\n", cases[i].lede);
      g_autoptr(BylineArticle) a = import (story, "UTC");
      const char *body = byline_article_get_body (a);

      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].place);
      assert_lacks (body, cases[i].place);
      assert_lacks (body, "(");
      assert_bylines (a, cases[i].byline, NULL);
      if (cases[i].iso != NULL)
        assert_date (a, cases[i].iso, "UTC");
      else if (strstr (cases[i].lede, "January 1") != NULL)
        {
          /* January 1 is never more than a day ahead: this year */
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          g_autofree char *iso = g_strdup_printf ("%d-01-01T00:00:00+00:00", g_date_time_get_year (now));

          assert_date (a, iso, "UTC");
        }
      else
        g_assert_null (byline_article_get_date (a));
    }

  for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
    {
      g_autofree char *story = g_strdup_printf ("Markets fall as tariffs bite\n\n%s\n\nShares fell.\n", whole[i]);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
      g_assert_true (g_str_has_prefix (byline_article_get_body (a), whole[i]));
    }

  /* A date line of the story's own wins over the dateline's date */
  {
    g_autoptr(BylineArticle) a = import ("Markets fall as tariffs bite\n\n2 December 2025 at 7:05 am\n\n"
                                         "LEEDS, Dec 2 - Shares fell.\n\nMore.\n", "UTC");

    assert_date (a, "2025-12-02T07:05:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "LEEDS");
  }
  /* A year-less date more than a day ahead is last year's */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) ahead = g_date_time_add_days (now, 3);
    g_autofree char *lede = g_date_time_format (ahead, "TOKYO, %B %-d (Reuters) - A quake shook Tokyo.");
    g_autofree char *story = g_strdup_printf ("Quake shakes Tokyo\n\n%s\n\nNo damage.\n", lede);
    g_autoptr(BylineArticle) a = import (story, "UTC");
    int year = g_date_time_get_year (ahead) - 1;

    /* (Three days ahead in the next year is already last year's date) */
    if (g_date_time_get_year (ahead) != g_date_time_get_year (now))
      year = g_date_time_get_year (now);
    g_assert_cmpint (g_date_time_get_year (byline_article_get_date (a)), ==, year);
  }
}

static void
test_import_sign_off (void)
{
  /* Sign-offs and sentences that lost their full stop stay paragraphs;
   * a subheading needs a paragraph after it */
  const char *story =
    "Oil prices jump after pipeline attack\n\n"
    "By Kim Ode\n\n"
    "SINGAPORE – Oil prices rose more than 3% on Tuesday after an attack on a pipeline.\n\n"
    "Brent crude futures rose to $84.20 a barrel\n\n"
    "Analysts said supply fears would persist.\n\n"
    "What traders fear\n\n"
    "Traders were also watching the dollar.\n\n"
    "Additional reporting by Jane Smith in London\n\n"
    "Reporting by Kim Ode; Writing by Tom Lee\n\n"
    "Editing by Sonali Paul\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");
  const char *body = byline_article_get_body (a);

  assert_has (body, "\n\n## What traders fear\n\n");
  assert_has (body, "\n\nBrent crude futures rose to $84.20 a barrel\n\n");
  assert_has (body, "\n\nAdditional reporting by Jane Smith in London\n\n"
                    "Reporting by Kim Ode; Writing by Tom Lee\n\n"
                    "Editing by Sonali Paul\n");
  g_assert_true (g_str_has_suffix (body, "\n\nEditing by Sonali Paul\n"));

  /* A last line without a full stop before the sign-off is no subheading */
  {
    g_autoptr(BylineArticle) b = import ("Oil prices jump\n\nBy Kim Ode\n\n"
                                         "SINGAPORE – Oil prices rose on Tuesday.\n\n"
                                         "Prices later eased in Asian trade\n\n"
                                         "(Reporting by Kim Ode; Editing by Sonali Paul)\n", "UTC");

    assert_lacks (byline_article_get_body (b), "## ");
  }
}

static void
test_import_lists (void)
{
  /* Bullets and numbers in a row become Markdown lists, each item's text
   * escaped; one numbered line in prose stays a paragraph */
  const char *story =
    "What the new budget means for your household\n\n"
    "By Priya Raman\n\n"
    "LONDON – The chancellor announced a package of measures on Tuesday.\n\n"
    "The key measures are:\n"
    "- Income tax thresholds frozen until 2029\n"
    "- Fuel duty cut by 5p a litre\n\n"
    "Economists said the changes would take effect in three stages:\n\n"
    "1. April: the fuel duty cut is extended.\n"
    "2) June: the *new* child benefit rules begin.\n"
    "3. January 2027: the freeze is reviewed.\n\n"
    "• Winners: savers\n\n"
    "• Losers: drivers\n\n"
    "1. A single numbered line in prose stays as it is.\n\n"
    "- Dashes in a row\n"
    "• of different bullets\n\n"
    "The end.\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");
  const char *body = byline_article_get_body (a);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  assert_has (body, "\n\nThe key measures are:\n\n"
                    "- Income tax thresholds frozen until 2029\n"
                    "- Fuel duty cut by 5p a litre\n\n");
  assert_has (body, "\n\n1. April: the fuel duty cut is extended.\n"
                    "2. June: the \\*new\\* child benefit rules begin.\n"
                    "3. January 2027: the freeze is reviewed.\n\n");
  assert_has (body, "\n\n- Winners: savers\n- Losers: drivers\n\n");
  assert_has (body, "\n\n1\\. A single numbered line in prose stays as it is.\n\n");
  assert_has (body, "\n\n\\- Dashes in a row\n• of different bullets\n\n");

  html = byline_markdown_to_html (body, -1, BYLINE_MARKDOWN_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_has (html, "<li>Income tax thresholds frozen until 2029</li>");
  assert_has (html, "<li>June: the *new* child benefit rules begin.</li>");
  assert_has (html, "<li>Losers: drivers</li>");
}

static void
test_import_photo_caption (void)
{
  /* A caption with its credit: kept in italics, not the standfirst, and
   * the dateline of the paragraph after it is still read */
  const char *stories[] = {
    "Floods cut off villages in northern Wales\n\n"
    "By Gareth Jones\n\n"
    "Rescue teams wade through floodwater in Llanrwst on Tuesday *morning*.\n"
    "Photo: Peter Byrne/PA\n\n"
    "LLANRWST – Hundreds of homes were cut off on Tuesday.\n\n"
    "Natural Resources Wales issued three severe flood warnings.\n",
    "Floods cut off villages in northern Wales\n\n"
    "By Gareth Jones\n\n"
    "Rescue teams wade through floodwater in Llanrwst on Tuesday *morning*.\n\n"
    "Photograph: Peter Byrne/PA\n\n"
    "LLANRWST – Hundreds of homes were cut off on Tuesday.\n\n"
    "Natural Resources Wales issued three severe flood warnings.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autoptr(BylineArticle) a = import (stories[i], "UTC");
      const char *body = byline_article_get_body (a);
      g_autoptr(GError) error = NULL;
      g_autofree char *html = NULL;

      assert_bylines (a, "Gareth Jones", NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "LLANRWST");
      g_assert_cmpstr (byline_article_get_standfirst (a), ==, "Hundreds of homes were cut off on Tuesday.");
      g_assert_true (g_str_has_prefix (body, "*Rescue teams wade through floodwater in Llanrwst on Tuesday \\*morning\\*.\n"));
      assert_has (body, "Photo");
      assert_has (body, ": Peter Byrne/PA*\n\nHundreds of homes were cut off on Tuesday.\n\n");

      html = byline_markdown_to_html (body, -1, BYLINE_MARKDOWN_NONE, NULL, NULL, &error);
      g_assert_no_error (error);
      assert_has (html, "<em>Rescue teams wade through floodwater in Llanrwst on Tuesday *morning*.");
      assert_has (html, "Peter Byrne/PA</em>");
    }
}

static void
test_import_glued_parenthesis (void)
{
  /* A parenthesis glued to a date ("8.1.2026(x)") is no update note after
   * it ("28 novembre 2026 (modifica …)"): the line stays whole in the
   * body. It was cut two bytes after the parenthesis, leaving ")" in the
   * body, or half a character when one came after it (found by
   * fuzz-wire-copy with an invalid byte, read as U+FFFD) */
  const char *stories[] = {
    "Ferry fleet grows\n\n8.1.2026(x)\n\nThe harbour added two ferries on Monday.\n",
    "Ferry fleet grows\n\n8.1.2026(\xb5)\n\nThe harbour added two ferries on Monday.\n",
    "Ferry fleet grows\n\n8.1.2026(\xd0\xbe\xd0\xb1\xd0\xbd)\n\nThe harbour added two ferries on Monday.\n",
  };
  const char *lines[] = {
    "8.1.2026(x)\n", "8.1.2026(\xef\xbf\xbd)\n", "8.1.2026(\xd0\xbe\xd0\xb1\xd0\xbd)\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autoptr(BylineArticle) a = import (stories[i], "UTC");
      const char *body = byline_article_get_body (a);

      g_assert_true (g_utf8_validate (body, -1, NULL));
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Ferry fleet grows");
      g_assert_true (g_str_has_prefix (body, lines[i]));
      assert_has (body, "The harbour added two ferries on Monday.\n");
    }
  {
    /* (with a space, the parenthesis is the update's) */
    g_autoptr(BylineArticle) a = import ("Ferry fleet grows\n\n8.1.2026 (updated 9.1.2026)\n\n"
                                         "The harbour added two ferries on Monday.\n", "UTC");

    assert_date (a, "2026-01-08T00:00:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==, "The harbour added two ferries on Monday.\n");
  }
}

/* Every input of fuzz-wire-copy's corpus (its seeds, and the inputs that
 * once crashed it or made a body that was not UTF-8) imports, as the
 * fuzzer checks it: a UTF-8 body that renders to safe HTML. Run here too,
 * under valgrind and AddressSanitizer with the rest of the suite. */
static void
test_import_fuzz_corpus (void)
{
  const char *dir = g_getenv ("BYLINE_WIRE_COPY_CORPUS");
  g_autoptr(GDir) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  entries = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(BylineArticle) a = NULL;
      g_autofree char *html = NULL;
      gsize length;

      g_test_message ("%s", name);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      a = byline_import_wire_copy (data, length, utc, NULL);
      n++;
      if (a == NULL)
        continue;
      g_assert_true (g_utf8_validate (byline_article_get_body (a), -1, NULL));
      html = byline_article_render_content_html (a, NULL, NULL, NULL);
      g_assert_null (byline_test_html_problem (html));
    }
  g_assert_cmpuint (n, >=, 10);
}

/* A second byline line names more writers: it was dropped when a name
 * beside the date line had given the first (a story line lost) */
static void
test_second_byline_line (void)
{
  g_autoptr(BylineArticle) a = import ("Ferry fares rise again\n\nJane Doe | November 26, 2026\n\nBy John Smith\n\n"
                                       "Fares on the harbour ferries will rise by 12 per cent from January, the operator "
                                       "said on Thursday.\n\nMore text here.\n", "UTC");

  assert_bylines (a, "Jane Doe", "John Smith");
  assert_date (a, "2026-11-26T00:00:00+00:00", "UTC");
  g_assert_true (g_str_has_prefix (byline_article_get_body (a), "Fares on the harbour ferries"));
}

/* A header pasted with no blank line under it: the lede, or the share
 * buttons, right under the date line (the whole page was body text) */
static void
test_header_then_lede (void)
{
  {
    g_autoptr(BylineArticle) a = import ("Rail strike disrupts weekend services\nBy Julian Moore\n"
                                         "Published 28/11/2026 at 18:02\n"
                                         "PARIS - Services will be heavily disrupted on Saturday and Sunday across the "
                                         "network, the operator said on Friday.\n\nOnly one train in two will run.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Rail strike disrupts weekend services");
    assert_bylines (a, "Julian Moore", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "PARIS");
    assert_date (a, "2026-11-28T18:02:00+00:00", "UTC");
    g_assert_true (g_str_has_prefix (byline_article_get_body (a), "Services will be heavily disrupted"));
  }
  {
    g_autoptr(BylineArticle) a = import ("Grève à la SNCF : le trafic perturbé ce week-end\nPar Julien Moreau\n"
                                         "Publié le 28/11/2026 à 18h02, mis à jour le 28/11/2026 à 19h10\n"
                                         "Partager sur Facebook\nPartager sur X\nCopier le lien\n"
                                         "PARIS – Le trafic sera fortement perturbé samedi et dimanche, a annoncé la SNCF.\n\n"
                                         "Recevez chaque matin l'essentiel de l'actualité\nS'inscrire\n\n"
                                         "Les négociations doivent reprendre lundi.\n\n"
                                         "Réagir à cet article\n12 commentaires\nVous devez être connecté pour commenter.\n\n"
                                         "Laisser un commentaire\nVotre adresse e-mail ne sera pas publiée. Les champs "
                                         "obligatoires sont indiqués avec *\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Grève à la SNCF : le trafic perturbé ce week-end");
    assert_bylines (a, "Julien Moreau", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "PARIS");
    assert_date (a, "2026-11-28T18:02:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Le trafic sera fortement perturbé samedi et dimanche, a annoncé la SNCF.\n\n"
                     "Les négociations doivent reprendre lundi.\n");
  }
}

/* A wire story with writers of its own keeps the agency its dateline
 * credits, in the note (it was nowhere: the credit is cut from the lede,
 * the agency's line under the bylines too); with no writer, the agency
 * is the byline, as before */
static void
test_agency_credit (void)
{
  {
    g_autoptr(BylineArticle) a = import ("Bristol ferry crews strike over pay\n\nBy Hannah Whitcombe and Daniel Osei\n"
                                         "Associated Press\n\nNovember 28, 2026, 9:42 AM GMT\n\n"
                                         "BRISTOL, England (AP) \u2014 Ferry crews on Bristol's harbour walked off the job "
                                         "on Friday after talks over a new pay deal collapsed.\n\nMore text.\n", "UTC");

    assert_bylines (a, "Hannah Whitcombe", "Daniel Osei");
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "BRISTOL, England");
    g_assert_cmpstr (byline_article_get_note (a), ==, "Agency: AP");
  }
  {
    g_autoptr(BylineArticle) a = import ("Ferry crews strike over pay\n\n"
                                         "BRISTOL, England (AP) \u2014 Ferry crews on Bristol's harbour walked off the job "
                                         "on Friday after talks over a new pay deal collapsed.\n\nMore text.\n", "UTC");

    assert_bylines (a, "AP", NULL);
    g_assert_cmpstr (byline_article_get_note (a), ==, "");
  }
}

/* A byline that says more than its writers' names (their role, a desk,
 * a paper's service) keeps it in the note, as printed; one that says no
 * more (names, "and", the writer's place) adds nothing */
static void
test_byline_as_printed (void)
{
  const struct {
    const char *byline;
    const char *first;
    const char *second;
    const char *note;
  } cases[] = {
    { "By Owen Barker, Local Democracy Reporter", "Owen Barker", NULL,
      "Byline as printed: By Owen Barker, Local Democracy Reporter" },
    { "By Rohan Mehta, Express News Service", "Rohan Mehta", NULL,
      "Byline as printed: By Rohan Mehta, Express News Service" },
    { "By Tomasz Nowak and Grace Adeyemi, Health Reporters", "Tomasz Nowak", "Grace Adeyemi",
      "Byline as printed: By Tomasz Nowak and Grace Adeyemi, Health Reporters" },
    { "Par Claire Dubois, envoyée spéciale à Lyon", "Claire Dubois", NULL,
      "Byline as printed: Par Claire Dubois, envoyée spéciale à Lyon" },
    { "By Priya Raman and Tom Hale", "Priya Raman", "Tom Hale", "" },
    { "By OMAR HADDAD in Beirut", "Omar Haddad", NULL, "" },
    { "بقلم: أحمد منصور وسارة خليل", "أحمد منصور", "سارة خليل", "" },
    /* a name over its title, no "By"; a writer's block, its role, handle
     * and e-mail on their own lines; the paper and the agency are not
     * the writer's words */
    { "Ciarán Walsh\n\nLegal Affairs Correspondent", "Ciarán Walsh", NULL,
      "Byline as printed: Ciarán Walsh, Legal Affairs Correspondent" },
    { "Ciarán Walsh\nLegal Affairs Correspondent\n@CiaranWalshLaw\nciaran.walsh@example.ie", "Ciarán Walsh", NULL,
      "Byline as printed: Ciarán Walsh / Legal Affairs Correspondent / @CiaranWalshLaw / ciaran.walsh@example.ie" },
    { "ANDREA LUNDY\nSPECIAL TO THE NORTHERN LEDGER", "Andrea Lundy", NULL,
      "Byline as printed: ANDREA LUNDY / SPECIAL TO THE NORTHERN LEDGER" },
    { "Kevin Marsh\nThe Daily Ledger", "Kevin Marsh", NULL, "" },
    { "By SETH BORENSTEIN\nAssociated Press", "Seth Borenstein", NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Council approves budget for the harbour\n\n%s\n\n"
                                               "November 28, 2026, 9:42 AM\n\n"
                                               "The council approved the budget on Monday, after a long debate.\n\n"
                                               "More text.\n", cases[i].byline);
      g_autoptr(BylineArticle) a = import (text, "UTC");

      assert_bylines (a, cases[i].first, cases[i].second);
      g_assert_cmpstr (byline_article_get_note (a), ==, cases[i].note);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Council approves budget for the harbour");
    }
}

/* A quote mark alone as a paragraph ("'", "‘’"): no subheading in single
 * quotes and no crash (the quoted-subheading rule once cut such a line
 * to a negative length) */
static void
test_quote_mark_alone (void)
{
  const char *marks[] = { "'", "''", "‘’", "’", "‘" };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_autofree char *text = g_strdup_printf ("Council approves budget\n\nThe council approved the budget on "
                                               "Monday.\n\n%s\n\nMore text here.\n", marks[i]);
      g_autoptr(BylineArticle) a = import (text, "UTC");

      g_assert_cmpstr (byline_article_get_headline (a), ==, "Council approves budget");
      assert_has (byline_article_get_body (a), "More text here.");
      g_assert_null (strstr (byline_article_get_body (a), "## "));
    }
}

/* The writers' addresses under the story, "Write to Priya Natarajan at
 * …", go to the note with the print edition's line; the story's own
 * "Write to your councillor at …" stays in the body */
static void
test_write_to_foot (void)
{
#define STORY "Council backs new bus lanes\n\nBy Ann Lee\nMarch 3, 2026\n\nLEEDS - The council approved " \
              "the bus lanes on Tuesday after a long debate about costs and traffic.\n\n" \
              "Residents can object until April.\n\n"
  const char *ours = STORY "Write to Ann Lee at ann.lee@ledger.example\n\n"
                     "Appeared in the March 4, 2026, print edition as 'Bus Lanes Backed'.\n";
  const char *theirs = STORY "Write to your councillor at council@leeds.example if you want to object.\n";
#undef STORY
  g_autoptr(BylineArticle) a = import (ours, "UTC");
  g_autoptr(BylineArticle) b = import (theirs, "UTC");

  g_assert_null (strstr (byline_article_get_body (a), "Write to"));
  g_assert_null (strstr (byline_article_get_body (a), "print edition"));
  assert_has (byline_article_get_note (a), "ann.lee@ledger.example");
  assert_has (byline_article_get_note (a), "print edition");
  assert_has (byline_article_get_body (b), "Write to your councillor at council@leeds.example");
}

/* A long read's first chapter head at the top of the body is a
 * subheading when the second's follows ("I." then "II."); a numbered
 * line with no second, or a second of another kind, stays a paragraph */
static void
test_first_chapter_head (void)
{
#define TOP "The last ferry\n\nBy Ann Lee\nMarch 3, 2026\n\n"
#define MIDDLE "\n\nThe first boat leaves at seven, when the tide says it can.\n\n" \
               "Ostler is 68 and has crossed the river since 1985.\n\n"
  g_autoptr(BylineArticle) roman = import (TOP "I. The crossing" MIDDLE "II. The river\n\nThe estuary is two miles wide.\n", "UTC");
  g_autoptr(BylineArticle) parts = import (TOP "Part 1: The crossing" MIDDLE "Part 2: The river\n\nThe estuary is wide.\n",
                                           "UTC");
  g_autoptr(BylineArticle) alone = import (TOP "I. The crossing" MIDDLE "The estuary is two miles wide.\n", "UTC");
  g_autoptr(BylineArticle) mixed = import (TOP "1. The crossing" MIDDLE "II. The river\n\nThe estuary is wide.\n", "UTC");
#undef TOP
#undef MIDDLE

  g_assert_true (g_str_has_prefix (byline_article_get_body (roman), "## I. The crossing\n\nThe first boat"));
  assert_has (byline_article_get_body (roman), "## II. The river");
  g_assert_true (g_str_has_prefix (byline_article_get_body (parts), "## Part 1: The crossing\n\n"));
  g_assert_true (g_str_has_prefix (byline_article_get_body (alone), "I. The crossing\n\nThe first boat"));
  g_assert_true (g_str_has_prefix (byline_article_get_body (mixed), "1\\. The crossing\n\n"));   /* (a paragraph, escaped) */
}

/* "Name/Staff Reporter": a name and the writer's role parted by a
 * slash is the byline, the line as printed in the note; a slash between
 * two other things ("Hull/Grimsby") is no byline */
static void
test_slashed_role (void)
{
#define REST "\n\nPublished: March 12, 2026\n\nThe corporation announced the trial yesterday after a long debate.\n"
  g_autoptr(BylineArticle) a = import ("Kerry-Ann Whyte/Staff Reporter\n\nHip Strip to go car-free at night" REST, "UTC");
  g_autoptr(BylineArticle) b = import ("Hip Strip to go car-free at night\n\nJanet Silvera / Senior Gleaner Writer" REST, "UTC");
  g_autoptr(BylineArticle) c = import ("Hull/Grimsby ferry link to close in April\n\nBy Ann Lee" REST, "UTC");
#undef REST

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Hip Strip to go car-free at night");
  g_assert_cmpstr (((char **) byline_article_get_bylines (a))[0], ==, "Kerry-Ann Whyte");
  assert_has (byline_article_get_note (a), "Kerry-Ann Whyte/Staff Reporter");
  g_assert_cmpstr (((char **) byline_article_get_bylines (b))[0], ==, "Janet Silvera");
  g_assert_cmpstr (byline_article_get_headline (c), ==, "Hull/Grimsby ferry link to close in April");
  g_assert_cmpstr (((char **) byline_article_get_bylines (c))[0], ==, "Ann Lee");
}

/* GhanaWeb's "Regional News of <date>" over the headline is the section
 * and the date, its "Source: GNA" the page's credit (in the note); a
 * headline with "News of" in it stays the headline */
static void
test_section_of_date (void)
{
#define REST "\n\nBy Yaw Asare, GNA\n\nKumasi, Dec. 3, GNA - More than 400 traders have moved back into rebuilt shops.\n\n" \
             "The Metropolitan Chief Executive said the work was finished early.\n"
  g_autoptr(BylineArticle) a = import ("Regional News of Wednesday, 3 December 2025\n\nSource: GNA\n\n"
                                       "Kejetia traders move back into rebuilt stalls" REST, "UTC");
  g_autoptr(BylineArticle) b = import ("Good News of a kind for Kejetia traders as stalls reopen" REST, "UTC");
  g_autofree char *date = NULL;
#undef REST

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Kejetia traders move back into rebuilt stalls");
  g_assert_cmpstr (byline_article_get_section (a), ==, "Regional News");
  date = g_date_time_format_iso8601 (byline_article_get_date (a));
  g_assert_cmpstr (date, ==, "2025-12-03T00:00:00Z");
  assert_has (byline_article_get_note (a), "Source: GNA");
  g_assert_null (strstr (byline_article_get_body (a), "Source: GNA"));
  g_assert_cmpstr (byline_article_get_headline (b), ==, "Good News of a kind for Kejetia traders as stalls reopen");
}

/* BOPA's labelled block at the foot names the writer and the date (the
 * block to the note); a fact box of labels that names neither stays */
static void
test_labelled_foot (void)
{
#define STORY "Gaborone faces water rationing\n\nGABORONE - Water rationing starts on Monday, the corporation said.\n\n" \
              "Residents found wasting water will be fined.\n\nThe last rationing was in 2015.\n\n"
  g_autoptr(BylineArticle) a = import (STORY "Source : BOPA\nAuthor : Kesego Mokgweetsi\nLocation : GABORONE\n"
                                       "Date : 10 Mar. 2026\n", "UTC");
  g_autoptr(BylineArticle) b = import (STORY "Population : 12,000\nArea : 45 km2\nMayor : Kabo Seretse\n", "UTC");
  g_autofree char *date = NULL;
#undef STORY

  g_assert_cmpstr (((char **) byline_article_get_bylines (a))[0], ==, "Kesego Mokgweetsi");
  date = g_date_time_format_iso8601 (byline_article_get_date (a));
  g_assert_cmpstr (date, ==, "2026-03-10T00:00:00Z");
  assert_has (byline_article_get_note (a), "Location : GABORONE");
  g_assert_null (strstr (byline_article_get_body (a), "Author :"));
  assert_has (byline_article_get_body (b), "Mayor : Kabo Seretse");
  g_assert_null (byline_article_get_bylines (b)[0]);
}

/* A date line whose words are none (a vertical tab and NUL bytes on it):
 * the Mongolian date reader looked past the end of its empty word list
 * (the fuzzer's find, under AddressSanitizer) */
static void
test_empty_date_words (void)
{
  static const char data[] = "P\013\0\0\0\0\0\0\0oBsteBy Lena OkPoBsted`b!y |";
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(BylineArticle) a = byline_import_wire_copy (data, sizeof data - 1, utc, NULL);

  g_assert_nonnull (a);
  g_assert_true (g_utf8_validate (byline_article_get_body (a), -1, NULL));
}

/* A line that opens with a web address: a reader's "Visit website:
 * https://…" pointer looked one byte before the line for its colon (the
 * fuzzer's find, under AddressSanitizer; nothing is lost) */
static void
test_address_alone (void)
{
  g_autoptr(BylineArticle) a = import ("Council approves budget\n\nhttps://\n\nRIVERTON \u2013 The council approved "
                                       "the budget on Monday.\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Council approves budget");
  assert_has (byline_article_get_body (a), "The council approved the budget on Monday.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/dates", test_import_dates);
  g_test_add_func ("/import/unicode-spaces", test_import_unicode_spaces);
  g_test_add_func ("/import/datelines", test_import_datelines);
  g_test_add_func ("/import/sign-off", test_import_sign_off);
  g_test_add_func ("/import/lists", test_import_lists);
  g_test_add_func ("/import/photo-caption", test_import_photo_caption);
  g_test_add_func ("/import/glued-parenthesis", test_import_glued_parenthesis);
  g_test_add_func ("/import/second-byline-line", test_second_byline_line);
  g_test_add_func ("/import/header-then-lede", test_header_then_lede);
  g_test_add_func ("/import/agency-credit", test_agency_credit);
  g_test_add_func ("/import/address-alone", test_address_alone);
  g_test_add_func ("/import/byline-as-printed", test_byline_as_printed);
  g_test_add_func ("/import/quote-mark-alone", test_quote_mark_alone);
  g_test_add_func ("/import/empty-date-words", test_empty_date_words);
  g_test_add_func ("/import/write-to-foot", test_write_to_foot);
  g_test_add_func ("/import/first-chapter-head", test_first_chapter_head);
  g_test_add_func ("/import/slashed-role", test_slashed_role);
  g_test_add_func ("/import/section-of-date", test_section_of_date);
  g_test_add_func ("/import/labelled-foot", test_labelled_foot);
  g_test_add_func ("/import/fuzz-corpus", test_import_fuzz_corpus);

  return g_test_run ();
}
