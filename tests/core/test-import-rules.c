/* test-import-rules.c: the rules wire copy from other outlets needs
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stories of tests/data/outlets/ (test-import-outlets.c) needed these
 * rules; here each is on its own, with where it must stop.
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

static void
test_furniture (void)
{
  const char *story =
    "ABC News Homepage\n\n"
    "Ferry fares frozen for another year\n\n"
    "By Nadia Rossi\n\n"
    "Temps de lecture 3 min.\n\n"
    "PORTVALE – The harbour authority froze ferry fares on Monday.\n\n"
    "Anzeige\n\n"
    "Fares have not risen since 2024.\n\n"
    "Lire aussi | Les ferries électriques arrivent\n\n"
    "کد خبر: ۱۲۳۴۵۶۷\n\n"
    "Download The Portvale Post App for the latest news.\n\n"
    "Related Topics\n\n"
    "Ferries\nPortvale\n\n"
    "More on this story\n\n"
    "Harbour city expands electric ferry fleet\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Ferry fares frozen for another year");
  assert_bylines (a, "Nadia Rossi", NULL);
  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "The harbour authority froze ferry fares on Monday.\n\n"
                   "Fares have not risen since 2024.\n");

  /* After "Related", a sentence is the story again; the same words in a
   * sentence stay */
  {
    g_autoptr(BylineArticle) b = import ("Ferry fares frozen\n\nPORTVALE – Fares were frozen.\n\n"
                                         "Related\n\nFerries\n\n"
                                         "The council will review them in spring.\n\n"
                                         "It took 3 min to read the decision, a councillor said.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (b), ==,
                     "Fares were frozen.\n\nThe council will review them in spring.\n\n"
                     "It took 3 min to read the decision, a councillor said.\n");
  }
}

static void
test_navigation (void)
{
  const struct {
    const char *top;
    const char *byline;   /* NULL: none */
  } tops[] = {
    { "Home\nNews\nUK", NULL },
    { "NEWS\nLOCAL", NULL },
    { "News / City / Mumbai", NULL },
    { "News|Climate Crisis", NULL },
    { "الرئيسية / أخبار", NULL },
    { "International", NULL },
    /* an agency on top is the byline, never navigation */
    { "Reuters", "Reuters" },
  };

  /* A section and a headline on one line is the headline */
  {
    g_autoptr(BylineArticle) a = import ("Opinion | Why trams matter\n\n"
                                         "PORTVALE – The city needs trams.\n", "UTC");
    g_autoptr(BylineArticle) b = import ("Opinion | Why trams matter\n\n"
                                         "The case for light rail in a growing city\n\n"
                                         "PORTVALE – The city needs trams.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Opinion | Why trams matter");
    g_assert_cmpstr (byline_article_get_headline (b), ==, "Opinion | Why trams matter");
    g_assert_cmpstr (byline_article_get_standfirst (b), ==, "The case for light rail in a growing city");
  }
  /* A desk's reach and a section's word over the headline is its
   * section; a paper's name ending in "News" is dropped, no section */
  {
    const char *sections[][2] = {
      { "Local News", "Local News" }, { "World Politics", "World Politics" }, { "Sky News", "" }, { "Global News", "" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      {
        g_autofree char *story = g_strdup_printf ("%s\n\nFerry fares frozen for another year\n\nBy Lena Okafor\n"
                                                  "March 3, 2026\n\nPORTVALE – The harbour authority froze ferry "
                                                  "fares on Monday.\n", sections[i][0]);
        g_autoptr(BylineArticle) a = import (story, "UTC");

        g_assert_cmpstr (byline_article_get_headline (a), ==, "Ferry fares frozen for another year");
        g_assert_cmpstr (byline_article_get_section (a), ==, sections[i][1]);
        g_assert_null (strstr (byline_article_get_body (a), sections[i][0]));
      }
  }
  /* A police force's name over its release is no headline; a headline
   * that opens or ends with the police is one */
  {
    const char *releases[][2] = {
      { "Polizei Hamburg\n\nZeugenaufruf nach Raub auf Kiosk", "Zeugenaufruf nach Raub auf Kiosk" },
      { "Greater Manchester Police\n\nAppeal after kiosk robbery", "Appeal after kiosk robbery" },
      { "Polizei sucht Zeugen", "Polizei sucht Zeugen" },
      { "Protester Hurt By Police", "Protester Hurt By Police" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (releases); i++)
      {
        g_autofree char *story = g_strdup_printf ("%s\n\n04.06.2026 11:32\n\nHamburg - Nach einem Raub auf einen "
                                                  "Kiosk fahndet die Polizei nach einem unbekannten Mann.\n\n"
                                                  "Der Inhaber blieb unverletzt.\n", releases[i][0]);
        g_autoptr(BylineArticle) a = import (story, "UTC");

        g_assert_cmpstr (byline_article_get_headline (a), ==, releases[i][1]);
      }
  }
  /* Crumbs with no headline under them are the headline */
  {
    g_autoptr(BylineArticle) c = import ("Trams | Budget\n\nPORTVALE – The city needs trams.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (c), ==, "Trams | Budget");
  }

  for (guint i = 0; i < G_N_ELEMENTS (tops); i++)
    {
      g_autofree char *story = g_strdup_printf ("%s\n\nFerry fares frozen for another year\n\n"
                                                "PORTVALE – The harbour authority froze ferry fares on Monday.\n",
                                                tops[i].top);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_assert_cmpstr (byline_article_get_headline (a), ==, "Ferry fares frozen for another year");
      assert_bylines (a, tops[i].byline, NULL);
      g_assert_cmpstr (byline_article_get_body (a), ==, "The harbour authority froze ferry fares on Monday.\n");
    }
}

static void
test_signature_and_date_lines (void)
{
  const struct {
    const char *header;
    const char *byline;
    const char *iso;
    const char *zone;
    const char *dateline;
  } headers[] = {
    /* name, desk and place */
    { "Emma Whitfield\nBBC News, Leeds\n\n28 November 2026", "Emma Whitfield", "2026-11-28T00:00:00+01:00", "Europe/Madrid", "PORTVALE" },
    /* name, paper, published and updated on one line */
    { "Kevin Marsh\nThe Daily Ledger\nPublished 6:14 AM EST Nov. 28, 2026 | Updated 9:02 AM EST Nov. 28, 2026",
      "Kevin Marsh", "2026-11-28T06:14:00-05:00", "America/New_York", "PORTVALE" },
    /* an agency and an update's date */
    { "TNN / Updated: Nov 28, 2026, 09:15 IST", "TNN", "2026-11-28T09:15:00+05:30", "Asia/Kolkata", "PORTVALE" },
    { "By Jessica Tran\nPosted Sat 28 Nov 2026 at 6:30am, updated Sat 28 Nov 2026 at 8:45am",
      "Jessica Tran", "2026-11-28T06:30:00+01:00", "Europe/Madrid", "PORTVALE" },
    { "Par Claire Dubois\nPublié le 28 novembre 2026 à 10h15, modifié le 28 novembre 2026 à 11h02",
      "Claire Dubois", "2026-11-28T10:15:00+01:00", "Europe/Madrid", "PORTVALE" },
    { "By Rachel Green\nHealth Reporter\n\nNovember 28, 2026 2:10 p.m. ET", "Rachel Green",
      "2026-11-28T14:10:00-05:00", "America/New_York", "PORTVALE" },
    /* the place a date line opens with, when the lede names none; a
     * zone's abbreviation that is the default zone's offset names it */
    { "Ana López\nMadrid - 28 nov 2026 - 10:15 CET", "Ana López", "2026-11-28T10:15:00+01:00", "Europe/Madrid", "PORTVALE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autofree char *story = g_strdup_printf ("Ferry fares frozen for another year\n\n"
                                                "The harbour authority says the fares stay as they are.\n\n%s\n\n"
                                                "PORTVALE – The harbour authority froze ferry fares on Monday.\n",
                                                headers[i].header);
      g_autoptr(BylineArticle) a = import (story, "Europe/Madrid");

      g_assert_cmpstr (byline_article_get_headline (a), ==, "Ferry fares frozen for another year");
      g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The harbour authority says the fares stay as they are.");
      assert_bylines (a, headers[i].byline, NULL);
      assert_date (a, headers[i].iso, headers[i].zone);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, headers[i].dateline);
      g_assert_cmpstr (byline_article_get_body (a), ==, "The harbour authority froze ferry fares on Monday.\n");
    }

  /* A place before the date line's dash gives the dateline when the lede
   * has none; CET elsewhere is Central European Time */
  {
    g_autoptr(BylineArticle) b = import ("Ferry fares frozen for another year\n\nMadrid - 28 nov 2026 - 10:15 CET\n\n"
                                         "The harbour authority froze ferry fares on Monday.\n", "UTC");
    g_autoptr(BylineArticle) c = import ("Ferry fares frozen for another year\n\nSaturday - 28 Nov 2026\n\n"
                                         "The harbour authority froze ferry fares on Monday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (b), ==, "Madrid");
    assert_date (b, "2026-11-28T10:15:00+01:00", "Europe/Berlin");
    g_assert_cmpstr (byline_article_get_dateline (c), ==, "");
  }
  /* An offset read in the zone that has it names the zone */
  {
    g_autoptr(BylineArticle) d = import ("Factory activity expands\n\nNovember 28, 2026 6:14 AM GMT+8\n\n"
                                         "Factory activity expanded.\n", "Asia/Shanghai");
    g_autoptr(BylineArticle) e = import ("Factory activity expands\n\nNovember 28, 2026 6:14 AM GMT+8\n\n"
                                         "Factory activity expanded.\n", "UTC");

    assert_date (d, "2026-11-28T06:14:00+08:00", "Asia/Shanghai");
    assert_date (e, "2026-11-28T06:14:00+08:00", "+08:00");
  }
}

static void
test_more_header_shapes (void)
{
  /* Bylines: what follows a comma without any "and" is no second writer;
   * a paper's initials and a title are a byline as they are */
  {
    const struct {
      const char *line;
      const char *first, *second;
    } bylines[] = {
      { "By HT Correspondent, New Delhi", "HT Correspondent", NULL },
      { "Von Peter Schmidt, ARD-Hauptstadtstudio", "Peter Schmidt", NULL },
      { "By Jane Doe, New Delhi", "Jane Doe", NULL },
      { "By Jane Doe, John Roe and Max Muster", "Jane Doe", "John Roe" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bylines); i++)
      {
        g_autofree char *story = g_strdup_printf ("Ferry fares frozen for another year\n\n%s\n\n"
                                                  "The harbour authority froze ferry fares on Monday.\n", bylines[i].line);
        g_autoptr(BylineArticle) a = import (story, "UTC");

        g_assert_cmpstr (byline_article_get_bylines (a)[0], ==, bylines[i].first);
        g_assert_cmpstr (byline_article_get_bylines (a)[1], ==, bylines[i].second);
      }
  }

  /* Signature blocks on top, date lines with an update in them, a deck
   * between the date line and the byline */
  {
    const struct {
      const char *story;
      const char *byline;   /* NULL: none */
      const char *iso;
      const char *dateline;
      const char *body;
    } cases[] = {
      { "KYODO\nNov 28, 2026\n\nJapan extends fuel subsidies\n\nTOKYO - The subsidies stay.\n",
        "Kyodo", "2026-11-28T00:00:00+00:00", "TOKYO", "The subsidies stay.\n" },
      { "ANA LÓPEZ\nMadrid\nActualizado Sábado, 28 noviembre 2026 - 10:15\n\nEl Gobierno sube el salario\n\n"
        "El Consejo de Ministros aprobó la subida.\n",
        "Ana López", "2026-11-28T10:15:00+00:00", "Madrid", "El Consejo de Ministros aprobó la subida.\n" },
      /* a second date in a signature on top is no headline */
      { "Jane Doe\nPublished On 28 Nov 2026\n28 Nov 2026\n\nEl Gobierno sube el salario\n\n"
        "El Consejo de Ministros aprobó la subida.\n",
        "Jane Doe", "2026-11-28T00:00:00+00:00", "", "El Consejo de Ministros aprobó la subida.\n" },
      { "Accueil  Actualité  Société\n\nGrève à la SNCF ce week-end\n\n"
        "Par Le Figaro avec AFP\nPublié le 28/11/2026 à 10:15, mis à jour le 28/11/2026 à 11:02\n\n"
        "La grève perturbe le trafic.\n",
        "Le Figaro avec AFP", "2026-11-28T10:15:00+00:00", "", "La grève perturbe le trafic.\n" },
      { "Roma, nuove linee del tram\n\ndi Mario Rossi\n\n"
        "28 novembre 2026 (modifica il 28 novembre 2026 | 11:02)\n\nIl Comune ha approvato il progetto.\n",
        "Mario Rossi", "2026-11-28T00:00:00+00:00", "", "Il Comune ha approvato il progetto.\n" },
      { "Bundestag beschließt Heizungsgesetz\n\nStand: 28.11.2026 14:05 Uhr\n\n"
        "Der Bundestag hat das Gesetz beschlossen. Die Opposition klagt.\n\n"
        "Von Peter Schmidt, ARD-Hauptstadtstudio\n\nMit den Stimmen der Koalition fiel die Entscheidung.\n",
        "Peter Schmidt", "2026-11-28T14:05:00+00:00", "", "Mit den Stimmen der Koalition fiel die Entscheidung.\n" },
      /* a weekday in the paper's language beside the place */
      { "Bundestag beschließt Heizungsgesetz\n\nBerlin, Samstag, 28. November 2026, 14:05 Uhr\n\n"
        "Der Bundestag hat das Gesetz beschlossen.\n",
        NULL, "2026-11-28T14:05:00+00:00", "Berlin", "Der Bundestag hat das Gesetz beschlossen.\n" },
      /* the place a writer reports from, when the lede names none */
      { "Ukraine opens rail link to Poland\n\nBy Jane Doe\nReporting from Kyiv, Ukraine\n\n"
        "Nov. 28, 2026, 6:14 a.m. ET\n\nThe line opened on Saturday.\n",
        "Jane Doe", "2026-11-28T06:14:00-05:00", "Kyiv, Ukraine", "The line opened on Saturday.\n" },
      { "Ukraine opens rail link to Poland\n\nBy Jane Doe\nReporting from Kyiv, Ukraine\n\n"
        "Nov. 28, 2026, 6:14 a.m. ET\n\nLVIV, Ukraine – The line opened on Saturday.\n",
        "Jane Doe", "2026-11-28T06:14:00-05:00", "LVIV, Ukraine", "The line opened on Saturday.\n" },
      /* an Iranian agency's dateline: place and agency */
      { "ساخت سه سد جدید آغاز شد\n\n۷ آذر ۱۴۰۵، ۱۴:۳۰\n\nتهران- ایرنا- وزیر نیرو از ساخت سه سد خبر داد.\n",
        "ایرنا", "2026-11-28T14:30:00+03:30", "تهران", "وزیر نیرو از ساخت سه سد خبر داد.\n" },
      { "ساخت سه سد جدید آغاز شد\n\n۷ آذر ۱۴۰۵، ۱۴:۳۰\n\nاهواز - ایسنا - وزیر نیرو از ساخت سه سد خبر داد.\n",
        "ایسنا", "2026-11-28T14:30:00+03:30", "اهواز", "وزیر نیرو از ساخت سه سد خبر داد.\n" },
      /* "Par" that reads no name and has no date under it is no byline */
      { "Par for the course\n\nPar les temps qui courent\nLe Monde\n\nThe harbour authority froze fares.\n",
        NULL, NULL, "", "Par les temps qui courent\nLe Monde\n\nThe harbour authority froze fares.\n" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(BylineArticle) a = import (cases[i].story, "UTC");

        assert_bylines (a, cases[i].byline, NULL);
        if (cases[i].iso != NULL)
          {
            g_autofree char *text = NULL;

            g_assert_nonnull (byline_article_get_date (a));
            text = g_date_time_format (byline_article_get_date (a), "%Y-%m-%dT%H:%M:%S%:z");

            g_assert_cmpstr (text, ==, cases[i].iso);
          }
        else
          g_assert_null (byline_article_get_date (a));
        g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
        g_assert_cmpstr (byline_article_get_body (a), ==, cases[i].body);
        /* the headline is the story's, never a date */
        g_assert_true (strstr (cases[i].story, byline_article_get_headline (a)) != NULL);
        g_assert_false (g_unichar_isdigit (g_utf8_get_char (byline_article_get_headline (a))));
      }
  }

  /* More furniture; a year alone, and "(c)" in a list, stay */
  {
    g_autoptr(BylineArticle) a = import ("Ferry fares frozen for another year\n\n"
                                         "Listen to this article · 4:12 min Learn more\n\nShare full article\n\n183\n\n"
                                         "PORTVALE – The harbour authority froze ferry fares on Monday.\n\n"
                                         "Écouter cet article\n\n1,204\n\n"
                                         "2024\n\nFares last rose that year.\n\n"
                                         "(c) the third option applies.\n\n"
                                         "Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.\n\n"
                                         "Read full story\n\n© RIPRODUZIONE RISERVATA\n\n© 2026 Portvale Post. All rights reserved.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The harbour authority froze ferry fares on Monday.\n\n"
                     "2024\n\nFares last rose that year.\n\n(c) the third option applies.\n");
  }
}

static void
test_latin_languages (void)
{
  const struct {
    const char *text;
    const char *language;
  } texts[] = {
    { "Die Bahn will mehr Züge fahren lassen, sagte ein Sprecher. Das ist nicht neu.", "de" },
    { "Les pêcheurs dénoncent une mesure brutale, qui est contestée dans le sud.", "fr" },
    { "El Gobierno aprobó una ayuda para los jóvenes con ingresos bajos.", "es" },
    { "Il governo ha approvato la legge, che non è stata votata dalla opposizione.", "it" },
    { "O governo não aprovou a lei, que foi votada pelo Senado em maio.", "pt" },
    /* Cyrillic: Ukrainian by its own letters, else Russian */
    { "Столична влада підписала контракт на постачання нових тролейбусів.", "uk" },
    { "Столичные власти подписали контракт на поставку новых троллейбусов.", "ru" },
    /* a few foreign words in English, or too few words to tell, are English */
    { "The minister said the plan was a fait accompli, and that les jeux sont faits.", "en" },
    { "Der Spiegel", "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_cmpstr (byline_import_detect_language (texts[i].text), ==, texts[i].language);
}

static void
test_body_shapes (void)
{
  /* Questions as subheadings; a question in quotes, or one word, is none */
  {
    g_autoptr(BylineArticle) a = import ("Flu jabs: what changes\n\nHealth officials changed the rules.\n\n"
                                         "Who is eligible?\n\nEveryone over 50.\n\n"
                                         "“Why now?”\n\nThe minister did not say.\n\n"
                                         "Why?\n\nNobody knows.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Health officials changed the rules.\n\n## Who is eligible?\n\nEveryone over 50.\n\n"
                     "“Why now?”\n\nThe minister did not say.\n\nWhy?\n\nNobody knows.\n");
  }
  /* A live page's entries, a summary box, a table; prose typed with two
   * spaces after its full stops, and lines after a colon that are quotes,
   * stay paragraphs */
  {
    g_autoptr(BylineArticle) a = import ("Storm live: winds hit 90mph\n\n"
                                         "Key points:\nFerries are cancelled\nSchools are shut\n\n"
                                         "10:42 GMT\nFerries cancelled\n\n"
                                         "All crossings are off.\n\n"
                                         "09:58 GMT\n\n"
                                         "Good morning.\n\n"
                                         "Zone      Old fee   New fee\nDowntown  $2.00     $3|50\n\n"
                                         "It rained.  Then it stopped.\nIt rained again.  Then the wind came.\n\n"
                                         "He said:\n“Stay in.”\n“Keep warm.”\n", "UTC");

    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "All crossings are off.");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Key points:\n\n- Ferries are cancelled\n- Schools are shut\n\n"
                     "**10:42 GMT**\n\n## Ferries cancelled\n\nAll crossings are off.\n\n"
                     "**09:58 GMT**\n\nGood morning.\n\n"
                     "| Zone | Old fee | New fee |\n| --- | --- | --- |\n| Downtown | $2.00 | $3\\|50 |\n\n"
                     "It rained.  Then it stopped.\nIt rained again.  Then the wind came.\n\n"
                     "He said:\n“Stay in.”\n“Keep warm.”\n");
  }
}

static void
test_third_round (void)
{
  const struct {
    const char *story;
    const char *byline;   /* NULL: none */
    const char *iso;
    const char *body;
  } cases[] = {
    /* "FOR MAILONLINE" is no part of the name, shouted or not */
    { "Cat returns home after three years\n\nBy JANE DOE FOR MAILONLINE\n\n"
      "PUBLISHED: 06:14 EST, 28 November 2026 | UPDATED: 09:02 EST, 28 November 2026\n\n"
      "A cat came home.\n\nShare or comment on this article:\n",
      "Jane Doe", "2026-11-28T06:14:00-05:00", "A cat came home.\n" },
    /* a handle in the signature; "UK" after the time is UK time */
    { "Jane Doe\nPolitical reporter @janedoe\nSaturday 28 November 2026 06:14, UK\n\n"
      "Chancellor to freeze fuel duty\n\nThe chancellor will freeze fuel duty.\n\n"
      "Why you can trust Sky News\n\nIt costs £3bn.\n",
      "Jane Doe", "2026-11-28T06:14:00+00:00", "The chancellor will freeze fuel duty.\n\nIt costs £3bn.\n" },
    { "Jane Doe\nPolitical reporter @janedoe\nSunday 28 June 2026 06:14, UK\n\n"
      "Chancellor to freeze fuel duty\n\nThe chancellor will freeze fuel duty.\n",
      "Jane Doe", "2026-06-28T06:14:00+01:00", "The chancellor will freeze fuel duty.\n" },
    /* the place after the agency in a signature is the dateline (below) */
    { "Flood defences to be rebuilt\n\n28 November 2026\n\nEmma Whitfield\nBBC News, Leeds\n\n"
      "The river burst its banks.\n",
      "Emma Whitfield", "2026-11-28T00:00:00+00:00", "The river burst its banks.\n" },
    /* a label under the date line is no byline */
    { "Flood defences to be rebuilt\n\n28 November 2026\n\nBreaking News\n\nThe river burst its banks.\n",
      NULL, "2026-11-28T00:00:00+00:00", "Breaking News\n\nThe river burst its banks.\n" },
    /* a full name alone under the date line */
    { "Dublin Port traffic falls\n\nSat Nov 28 2026 - 06:14\n\nJane Doe\n\nCargo volumes fell.\n",
      "Jane Doe", "2026-11-28T06:14:00+00:00", "Cargo volumes fell.\n" },
    /* a masthead's slogan on top */
    { "Democracy Dies in Darkness\n\nSenate passes broadband bill\n\nThe measure goes to the House.\n\n"
      "By Jane Doe\nNovember 28, 2026 at 6:14 a.m. EST\n\nGift Article\n\nThe Senate passed the bill.\n",
      "Jane Doe", "2026-11-28T06:14:00-05:00", "The Senate passed the bill.\n" },
    /* a day-first date with hyphens */
    { "ارتفاع صادرات مصر الزراعية\n\nنشر في 28-11-2026 10:30\n\nكتب: أحمد حسن\n\nارتفعت الصادرات.\n",
      "أحمد حسن", "2026-11-28T10:30:00+00:00", "ارتفعت الصادرات.\n" },
    /* the first publication under the last update's time; "Key events"
     * links ("2h ago" / title) go, the entries stay */
    { "Storm live: winds batter UK\n\nBy Jane Doe\n\n"
      "Sat 28 Nov 2026 10.42 GMT\nFirst published on Sat 28 Nov 2026 06.30 GMT\n\n"
      "Key events\n\n2h ago\nFerries cancelled\n\n35m ago\nPower cuts\n\n"
      "10.42 GMT\nPower cuts\n\nHomes are without power.\n",
      "Jane Doe", "2026-11-28T06:30:00+00:00",
      "**10.42 GMT**\n\n## Power cuts\n\nHomes are without power.\n" },
    /* the date stamp repeated under the story goes; an editor's note stays */
    { "Heatwave warning for Sydney\n\nBy Jessica Tran\nPosted Sat 28 Nov 2026 at 6:30am\n\n"
      "Temperatures will top 40C.\n\nUpdated at 5pm with the minister's comments.\n\n"
      "Published in 2019\n\nThe last heatwave report came out then.\n\n"
      "Posted 28 Nov 202628 Nov 2026, updated 28 Nov 2026\n",
      "Jessica Tran", "2026-11-28T06:30:00+00:00",
      "Temperatures will top 40C.\n\nUpdated at 5pm with the minister's comments.\n\n"
      "## Published in 2019\n\nThe last heatwave report came out then.\n" },
    /* a date line run together by the copy; an offset read in a zone
     * that has it is that zone, in another it stays an offset */
    { "China's factory activity expands\n\nBy Jane Doe\n\n"
      "November 28, 20266:14 AM GMT+8Updated 2 hours ago\n\n"
      "BEIJING, Nov 28 (Reuters) - Factory activity expanded.\n\nOur Standards: The Thomson Reuters Trust Principles.\n",
      "Jane Doe", "2026-11-28T06:14:00+08:00", "Factory activity expanded.\n" },
    /* "Name | Paper", an "about" before a relative time, closed comments */
    { "Karachi to get water scheme\n\nJane Doe | Dawn\nPublished November 28, 2026\nUpdated about 2 hours ago\n\n"
      "KARACHI: The government approved it.\n\nComments (14)\n\nClosed\n",
      "Jane Doe", "2026-11-28T00:00:00+00:00", "The government approved it.\n" },
    /* a month's name between a date's numbers; "às" */
    { "Prefeitura anuncia ônibus elétricos\n\nMaria Silva\nSão Paulo\n28.nov.2026 às 10h15\n\n"
      "A Prefeitura anunciou a compra.\n\nReceba notícias da Folha\n",
      "Maria Silva", "2026-11-28T10:15:00+00:00", "A Prefeitura anunciou a compra.\n" },
    /* "and Agencies" is no writer; a caption with its credit in
     * parentheses; a channel's sign-up line */
    { "Israel and Hamas extend truce\n\nBy TOI Staff and Agencies\n\n28 November 2026, 10:15 am\n\n"
      "The truce was extended.\n\nIllustrative: Trucks carry aid into Gaza. (AP Photo/Jane Doe)\n\n"
      "Join our WhatsApp channel\n",
      "TOI Staff", "2026-11-28T10:15:00+00:00",
      "The truce was extended.\n\n*Illustrative: Trucks carry aid into Gaza. (AP Photo/Jane Doe)*\n" },
    /* a relative time that opens a paragraph of the story stays */
    { "Storm live: winds batter UK\n\nBy Jane Doe\n\nSat 28 Nov 2026 10.42 GMT\n\n"
      "Homes are without power.\n\nKey events\n\nThe storm moved north 2h ago, forecasters said.\n",
      "Jane Doe", "2026-11-28T10:42:00+00:00",
      "Homes are without power.\n\nThe storm moved north 2h ago, forecasters said.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylineArticle) a = import (cases[i].story, "UTC");
      g_autofree char *text = NULL;

      assert_bylines (a, cases[i].byline, NULL);
      g_assert_nonnull (byline_article_get_date (a));
      text = g_date_time_format (byline_article_get_date (a), "%Y-%m-%dT%H:%M:%S%:z");
      g_assert_cmpstr (text, ==, cases[i].iso);
      g_assert_cmpstr (byline_article_get_body (a), ==, cases[i].body);
      if (strstr (cases[i].story, "BBC News, Leeds") != NULL)
        g_assert_cmpstr (byline_article_get_dateline (a), ==, "Leeds");
    }
}

/* What a reader, an app or a channel puts around a story, in several
 * languages, goes to the note; the headline, the writer and the date
 * are the story's (byline-import-reader.c and the tenth round's rules) */
static void
test_reader_wrapping (void)
{
  static const char lede[] =
    "The council opened a new ferry terminal on Friday after two years of work on the harbour wall, officials said.\n\n"
    "Boats will call every hour from Monday, and the old pier will close for repairs in the spring, they said.\n";
  const struct {
    const char *top;
    const char *bottom;
    const char *byline;
    const char *noted;
  } cases[] = {
    { "harbourpost.com\nFerry terminal opens\nAnna Kovac\n4–5 Minuten\n\n", "", "Anna Kovac", "4–5 Minuten" },
    { "Ferry terminal opens\nsite.fr · par Anna Kovac · 3 min\n\n", "", "Anna Kovac", "3 min" },
    { "Geteilt über Google News\n\nFerry terminal opens\n\nBy Anna Kovac\n\n", "\nGesendet von meinem iPhone\n",
      "Anna Kovac", "Gesendet von meinem iPhone" },
    { "Ferry terminal opens\n\nBy Anna Kovac\n\n", "\nCzytaj więcej: https://example.pl/prom\n", "Anna Kovac",
      "Czytaj więcej: https://example.pl/prom" },
    { "Harbour Echo · 2h\n\nFerry terminal opens\n\nBy Anna Kovac\n\n", "\nVisit website\n", "Anna Kovac",
      "Harbour Echo · 2h" },
    { "🚢 Ferry terminal opens\n\nBy Anna Kovac\n\n", "\n#Harbour #Ferries\n\n👉 Підписатися на канал\n", "Anna Kovac",
      "#Harbour #Ferries" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strconcat (cases[i].top, lede, cases[i].bottom, NULL);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Ferry terminal opens");
      assert_bylines (a, cases[i].byline, NULL);
      g_assert_cmpstr (byline_article_get_body (a), ==, lede);
      assert_has (byline_article_get_note (a), cases[i].noted);
    }

  /* A reporter's word is no part of the name; Thai's Buddhist year and
   * a Greek woman's name in the genitive */
  {
    const struct {
      const char *header;
      const char *byline;
      const char *iso;
    } dated[] = {
      { "Ferry terminal opens\n\n이민수 기자\n\n2026.11.28 14:05\n\n", "이민수", "2026-11-28T14:05:00+00:00" },
      { "Ferry terminal opens\n\nมานี ใจดี\n\n28 พฤศจิกายน 2569 เวลา 10.15 น.\n\n", NULL, "2026-11-28T10:15:00+00:00" },
      { "Ferry terminal opens\n\nΤης Μαρίας Γεωργίου\n\n28 Νοεμβρίου 2026, 12:10\n\n", "Μαρία Γεωργίου",
        "2026-11-28T12:10:00+00:00" },
      { "Ferry terminal opens\n\nNa Amina Hassan\n\nJumamosi, Novemba 28, 2026\n\n", "Amina Hassan",
        "2026-11-28T00:00:00+00:00" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (dated); i++)
      {
        g_autofree char *story = g_strconcat (dated[i].header, lede, NULL);
        g_autoptr(BylineArticle) a = import (story, "UTC");
        g_autofree char *text = NULL;

        g_test_message ("dated case %u", i);
        if (dated[i].byline != NULL)
          assert_bylines (a, dated[i].byline, NULL);
        g_assert_nonnull (byline_article_get_date (a));
        text = g_date_time_format (byline_article_get_date (a), "%Y-%m-%dT%H:%M:%S%:z");
        g_assert_cmpstr (text, ==, dated[i].iso);
      }
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-rules/furniture", test_furniture);
  g_test_add_func ("/import-rules/navigation", test_navigation);
  g_test_add_func ("/import-rules/signature-and-date-lines", test_signature_and_date_lines);
  g_test_add_func ("/import-rules/body-shapes", test_body_shapes);
  g_test_add_func ("/import-rules/latin-languages", test_latin_languages);
  g_test_add_func ("/import-rules/more-header-shapes", test_more_header_shapes);
  g_test_add_func ("/import-rules/third-round", test_third_round);
  g_test_add_func ("/import-rules/reader-wrapping", test_reader_wrapping);

  return g_test_run ();
}
