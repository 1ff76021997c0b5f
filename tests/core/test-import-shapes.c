/* test-import-shapes.c: more shapes of wire copy
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer's place under the byline; a stamp in GMT told in the user's
 * zone; Dutch, Turkish, Polish and Swedish copy and what their pages
 * print around it; interviews; and where each rule stops.
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

/* "10:42 GMT" is an instant: the story takes the zone the user chose
 * (the same instant told there); with no zone chosen it stays in UTC */
static void
test_gmt_follows_zone (void)
{
  const char *story =
    "Rail strike called off after late talks\n\n"
    "By Tom Hale\n\n"
    "Sat 28 Nov 2026 10.42 GMT\n\n"
    "A planned rail strike was called off late on Friday after talks between unions and operators.\n";
  const char *iso =
    "Ferry fares frozen\n\n"
    "2026-06-03T09:15:00Z\n\n"
    "The harbour authority froze ferry fares on Monday.\n";

  {
    g_autoptr(BylineArticle) a = import (story, "Europe/London");

    assert_date (a, "2026-11-28T10:42:00+00:00", "Europe/London");
  }
  {
    /* (in summer London is an hour ahead: the same instant) */
    g_autoptr(BylineArticle) a = import (iso, "Europe/London");

    assert_date (a, "2026-06-03T10:15:00+01:00", "Europe/London");
  }
  {
    g_autoptr(BylineArticle) a = import (story, "Asia/Tehran");

    assert_date (a, "2026-11-28T14:12:00+03:30", "Asia/Tehran");
  }
  {
    g_autoptr(BylineArticle) a = import (story, "UTC");

    assert_date (a, "2026-11-28T10:42:00+00:00", "UTC");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BylineArticle) a = byline_import_wire_copy (story, -1, NULL, &error);

    g_assert_no_error (error);
    assert_date (a, "2026-11-28T10:42:00+00:00", "UTC");
  }
  /* Other zones keep their own rule: EST read in London stays New York */
  {
    g_autoptr(BylineArticle) a = import ("Rail strike called off\n\nNov. 28, 2026 6:14 AM EST\n\n"
                                         "The strike was called off.\n", "Europe/London");

    assert_date (a, "2026-11-28T06:14:00-05:00", "America/New_York");
  }
}

/* Dutch, Turkish, Polish and Swedish by their short words; a few
 * foreign names in English copy leave it English */
static void
test_more_latin_languages (void)
{
  const struct {
    const char *story;
    const char *language;
  } stories[] = {
    { "Kabinet wil sneller bouwen voor starters\n\n"
      "Het kabinet wil dat gemeenten sneller betaalbare woningen bouwen voor starters. Volgens minister "
      "De Jong moeten er de komende vijf jaar 100.000 huizen bij komen.\n\n"
      "Gemeenten zeggen dat ze daar niet genoeg geld voor hebben. Het kabinet wijst erop dat er al extra "
      "geld is vrijgemaakt, maar volgens de Vereniging van Nederlandse Gemeenten is dat bij lange na niet "
      "genoeg.\n", "nl" },
    { "İstanbul'da toplu taşımaya yüzde 20 zam\n\n"
      "İstanbul Büyükşehir Belediyesi, kentteki toplu taşıma ücretlerine yüzde 20 zam yapılacağını "
      "açıkladı. Yeni tarife 1 Aralık'tan itibaren geçerli olacak.\n\n"
      "Belediye Başkanı, artışın akaryakıt fiyatları nedeniyle zorunlu hale geldiğini söyledi. Öğrenciler "
      "için indirimli tarifenin korunacağını ifade eden Başkan, \"Bu karar kolay olmadı ama başka bir yol "
      "yoktu\" dedi.\n", "tr" },
    { "Rząd obniży ceny prądu od stycznia\n\n"
      "Rząd przyjął w piątek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych. Jak "
      "poinformowało ministerstwo, nowe przepisy mają wejść w życie od stycznia.\n\n"
      "Zdaniem ekspertów to jednak za mało, by zatrzymać wzrost rachunków, które w tym roku wzrosły już o "
      "15 proc. Opozycja zapowiedziała, że nie poprze projektu.\n", "pl" },
    { "Regeringen vill sänka bolånetaket\n\n"
      "Regeringen vill att fler unga ska kunna köpa en egen bostad. Enligt finansministern är det viktigt "
      "att bolånetaket sänks, men oppositionen säger att förslaget inte räcker.\n\n"
      "Beslutet väntas fattas efter årsskiftet och gäller för alla som köper sin första bostad.\n", "sv" },
    /* Names from those languages in English copy */
    { "Port deal signed\n\n"
      "Jan van der Berg, Mehmet Öztürk and Zofia Nowak signed the deal in Gdańsk on Friday. Van der Berg "
      "said it was good for Rotterdam.\n", "en" },
    { "Ministers meet\n\nAnna Lindqvist met Ahmet Yılmaz in Ankara.\n", "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autoptr(BylineArticle) a = import (stories[i].story, "UTC");

      g_assert_cmpstr (byline_article_get_language (a), ==, stories[i].language);
      g_assert_cmpint (byline_article_get_direction (a), ==, BYLINE_TEXT_DIRECTION_LTR);
    }
  /* (the short words alone, as the rules test has them for the others) */
  g_assert_cmpstr (byline_import_detect_language ("Het is niet zo dat de trein op tijd rijdt."), ==, "nl");
  g_assert_cmpstr (byline_import_detect_language ("Bu yıl daha çok yolcu bekleniyor, dedi."), ==, "tr");
  g_assert_cmpstr (byline_import_detect_language ("Pociąg nie przyjechał, jak podała spółka w piątek."), ==, "pl");
  g_assert_cmpstr (byline_import_detect_language ("Tåget är inte i tid, säger bolaget och det är illa."), ==, "sv");
}

/* An interview: each question and answer a paragraph, the questions in
 * bold, whatever labels them; a line that only looks like one is prose */
static void
test_interview (void)
{
  /* "Q:"/"A:" run together, an answer over two paragraphs */
  {
    g_autoptr(BylineArticle) a = import ("'We will not close a single library'\n\n"
                                         "By Lena Okafor\n\n"
                                         "The new culture minister talked to us about budgets and books.\n\n"
                                         "Q: Will libraries close?\nA: No. We will not close a single one.\n\n"
                                         "Q: How will you pay for them?\n"
                                         "A: From the arts budget.\n\n"
                                         "That budget rises next year.\n", "UTC");

    g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                     "The new culture minister talked to us about budgets and books.");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The new culture minister talked to us about budgets and books.\n\n"
                     "**Q: Will libraries close?**\n\nA: No. We will not close a single one.\n\n"
                     "**Q: How will you pay for them?**\n\nA: From the arts budget.\n\n"
                     "That budget rises next year.\n");
  }
  /* "Question:"/"Answer:", each on its own, a question over two lines */
  {
    g_autoptr(BylineArticle) a = import ("Ferry chief on fares\n\nThe ferry chief spoke on Friday.\n\n"
                                         "Question: Fares rose twice this year.\nWhy?\n\n"
                                         "Answer: Fuel.\n\n"
                                         "QUESTION: And next year?\n\nANSWER: We will see.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The ferry chief spoke on Friday.\n\n"
                     "**Question: Fares rose twice this year.\nWhy?**\n\nAnswer: Fuel.\n\n"
                     "**QUESTION: And next year?**\n\nANSWER: We will see.\n");
  }
  /* The interviewer's initials first, the guest's after */
  {
    g_autoptr(BylineArticle) a = import ("Ferry chief on fares\n\nThe ferry chief spoke on Friday.\n\n"
                                         "JD: Why did fares rise?\nMK: Fuel costs doubled.\n\n"
                                         "JD: Will they fall?\nMK: Not this year.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The ferry chief spoke on Friday.\n\n"
                     "**JD: Why did fares rise?**\n\nMK: Fuel costs doubled.\n\n"
                     "**JD: Will they fall?**\n\nMK: Not this year.\n");
  }
  /* Another language's labels: "F:"/"A:" in German, "P:"/"R:" in Spanish */
  {
    g_autoptr(BylineArticle) a = import ("Bahnchef im Gespräch\n\nDer Bahnchef sprach mit uns.\n\n"
                                         "F: Warum sind die Züge so spät?\nA: Die Baustellen.\n", "Europe/Berlin");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Der Bahnchef sprach mit uns.\n\n"
                     "**F: Warum sind die Züge so spät?**\n\nA: Die Baustellen.\n");
  }
  /* Straight after the byline: the first question is no deck, and a
   * deck above stays the standfirst */
  {
    g_autoptr(BylineArticle) a = import ("Ferry chief: fares will not fall\n\nBy Lena Okafor\n\n"
                                         "Q: Why did fares rise?\n\nA: Fuel costs doubled this year.\n\n"
                                         "Q: Will they fall?\n\nA: Not this year.\n", "UTC");

    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "**Q: Why did fares rise?**\n\nA: Fuel costs doubled this year.\n\n"
                     "**Q: Will they fall?**\n\nA: Not this year.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("Ferry chief: fares will not fall\n\n"
                                         "The ferry chief on fuel, fares and the new harbour\n\nBy Lena Okafor\n\n"
                                         "Q: Why did fares rise?\nA: Fuel costs doubled this year.\n", "UTC");

    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The ferry chief on fuel, fares and the new harbour");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "**Q: Why did fares rise?**\n\nA: Fuel costs doubled this year.\n");
  }
  /* "Q." and "A.", as American papers print them; Persian labels */
  {
    g_autoptr(BylineArticle) a = import ("Ferry chief on fares\n\nThe ferry chief spoke on Friday.\n\n"
                                         "Q. Why did fares rise?\nA. Fuel.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The ferry chief spoke on Friday.\n\n**Q. Why did fares rise?**\n\nA. Fuel.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("گفت‌وگو با شهردار\n\nشهردار به پرسش‌های ما پاسخ داد.\n\n"
                                         "پرسش: چرا کرایه گران شد؟\nپاسخ: سوخت گران شد.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "شهردار به پرسش‌های ما پاسخ داد.\n\n**پرسش: چرا کرایه گران شد؟**\n\nپاسخ: سوخت گران شد.\n");
  }
  /* Speakers by name, the interviewer first ("SPIEGEL:", "Lang:") */
  {
    g_autoptr(BylineArticle) a = import ("Bahnchefin im Gespräch\n\nEva Lang leitet die Bahn.\n\n"
                                         "SPIEGEL: Warum sind die Züge spät?\n\nEva Lang: Die Baustellen.\n\n"
                                         "SPIEGEL: Wann wird es besser?\n\nEva Lang: Ab 2028.\n", "Europe/Berlin");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Eva Lang leitet die Bahn.\n\n"
                     "**SPIEGEL: Warum sind die Züge spät?**\n\nEva Lang: Die Baustellen.\n\n"
                     "**SPIEGEL: Wann wird es besser?**\n\nEva Lang: Ab 2028.\n");
  }
  /* The first turn straight under the byline is no deck; the guest's
   * words in the headline are no turn */
  {
    g_autoptr(BylineArticle) a = import ("Bahnchefin Lang: »Wir haben zu lange gewartet«\n\nVon Julia Becker\n\n"
                                         "SPIEGEL: Warum sind die Züge so oft zu spät?\n\nLang: Die Baustellen.\n\n"
                                         "SPIEGEL: Wann wird es besser?\n\nLang: Ab 2028.\n", "Europe/Berlin");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Bahnchefin Lang: »Wir haben zu lange gewartet«");
    assert_bylines (a, "Julia Becker", NULL);
    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "**SPIEGEL: Warum sind die Züge so oft zu spät?**\n\nLang: Die Baustellen.\n\n"
                     "**SPIEGEL: Wann wird es besser?**\n\nLang: Ab 2028.\n");
  }
  /* Labels that are no speakers, or speakers that do not take turns,
   * make no interview */
  {
    const char *body = "The harbour froze fares.\n\nUpdate: the council agreed.\n\nNote: fares were set in 2024.\n\n"
                       "Update: the port agreed too.\n\nNote: the vote was close.\n";
    g_autofree char *story = g_strconcat ("Ferry fares frozen\n\n", body, NULL);
    g_autoptr(BylineArticle) a = import (story, "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==, body);
  }
  {
    const char *body = "The mayor and the port chief spoke.\n\nMayor Hill: We froze fares.\n\n"
                       "Mayor Hill: They stay frozen.\n\nChief Ode: We agree.\n\nChief Ode: For a year.\n";
    g_autofree char *story = g_strconcat ("Ferry fares frozen\n\n", body, NULL);
    g_autoptr(BylineArticle) a = import (story, "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==, body);
  }
  /* One label alone, or a shouted word with a colon once, is prose */
  {
    g_autoptr(BylineArticle) a = import ("Ferry fares frozen\n\nThe harbour froze fares.\n\n"
                                         "A: the old fare, B: the new one.\nBoth were shown.\n\n"
                                         "UK: fares rise elsewhere.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The harbour froze fares.\n\n"
                     "A: the old fare, B: the new one.\nBoth were shown.\n\n"
                     "UK: fares rise elsewhere.\n");
  }
}

/* A second writer under "By Anna Kovac", alone or after "and", is a
 * writer: not the dateline, not dropped; a place's name there is still
 * the place */
static void
test_second_writer_under_byline (void)
{
  const struct {
    const char *story;
    const char *second;
    const char *dateline;
  } cases[] = {
    { "By Anna Kovac\nTom Hale\n\nFloods close the coast road\n\nMarch 3, 2023 - 09:15\n\n", "Tom Hale", "" },
    { "By Anna Kovac\nand Tom Hale\n\nFloods close the coast road\n\nMarch 3, 2023 - 09:15\n\n", "Tom Hale", "" },
    { "By Anna Kovac\n& Tom Hale\nMarch 3, 2023 - 09:15\n\nFloods close the coast road\n\n", "Tom Hale", "" },
    { "Floods close the coast road\n\nBy Anna Kovac\nTom Hale\n\nMarch 3, 2023 - 09:15\n\n", "Tom Hale", "" },
    { "By Anna Kovac\nNew York\n\nFloods close the coast road\n\nMarch 3, 2023 - 09:15\n\n", NULL, "New York" },
    { "By Anna Kovac\nZAGREB\n\nFloods close the coast road\n\nMarch 3, 2023 - 09:15\n\n", NULL, "ZAGREB" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strconcat (cases[i].story, "Floods closed the coast road again on Friday.\n\n"
                                            "The road carries 20,000 cars a day.\n", NULL);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      assert_bylines (a, "Anna Kovac", cases[i].second);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Floods close the coast road");
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "Floods closed the coast road again on Friday.\n\nThe road carries 20,000 cars a day.\n");
    }
}

/* The place under the writer's name ("ZAGREB", "in Lagos", "Maria Lopez
 * | Madrid") is the dateline when the lede names none, and leaves the
 * body; a paper's name there, a short first sentence or a headline in
 * title case under a byline on top is none */
static void
test_place_under_byline (void)
{
  const struct {
    const char *header;
    const char *byline;
    const char *dateline;
  } cases[] = {
    { "Flood barrier fails in the capital\n\nBy Anna Kovac\nZAGREB", "Anna Kovac", "ZAGREB" },
    { "Flood barrier fails in the capital\n\nBy Anna Kovac\n\nZAGREB", "Anna Kovac", "ZAGREB" },
    { "Flood barrier fails in the capital\n\nBy Anna Kovac\n\nZagreb", "Anna Kovac", "Zagreb" },
    { "Fuel queues return as strike bites\n\nAnna Kovac\nin Lagos", "Anna Kovac", "Lagos" },
    { "Fuel queues return as strike bites\n\nAnna Kovac\nLagos, Nigeria", "Anna Kovac", "Lagos, Nigeria" },
    { "Fuel queues return as strike bites\n\nBy Anna Kovac\n\nIn Lagos", "Anna Kovac", "Lagos" },
    { "Madrid tightens rules on tourist flats\n\nMaria Lopez | Madrid", "Maria Lopez", "Madrid" },
    { "Madrid tightens rules on tourist flats\n\nMaria Lopez | Madrid\n28 Nov 2026 10:15 CET", "Maria Lopez",
      "Madrid" },
    { "Ceasefire talks resume\n\nBy Omar Haddad in Beirut", "Omar Haddad", "Beirut" },
    { "Rio to build new tram line\n\nBy Ana Souza\nRIO DE JANEIRO", "Ana Souza", "RIO DE JANEIRO" },
    /* a paper, a desk or a title under the name is no place */
    { "Karachi to get new water scheme\n\nJane Doe | Dawn\nPublished November 28, 2026", "Jane Doe", "" },
    { "Rail fares to rise\n\nKevin Marsh\nThe Daily Ledger", "Kevin Marsh", "" },
    { "Flu jab rules change\n\nBy Rachel Green\nHealth Reporter", "Rachel Green", "" },
    { "Flu jab rules change\n\nBy Rachel Green\nAl Jazeera", "Rachel Green", "" },
    { "Flu jab rules change\n\nBy Rachel Green\nNPR", "Rachel Green", "" },
    { "Flu jab rules change\n\nBy Rachel Green\nWashington Bureau", "Rachel Green", "" },
    { "Flu jab rules change\n\nBy Rachel Green\nIn Brief", "Rachel Green", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("%s\n\nThe city council voted on Friday to act.\n\n"
                                                "Owners said they would appeal.\n", cases[i].header);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      assert_bylines (a, cases[i].byline, NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, cases[i].dateline);
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "The city council voted on Friday to act.\n\nOwners said they would appeal.\n");
      g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The city council voted on Friday to act.");
    }

  /* An agency beside the name is no place */
  {
    g_autoptr(BylineArticle) a = import ("Rail fares to rise\n\nJane Doe | Reuters\n\nThe fares rise.\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
    g_assert_cmpstr (byline_article_get_body (a), ==, "The fares rise.\n");
  }
  /* A page's label under the byline is no place (it stays, as before) */
  {
    g_autoptr(BylineArticle) a = import ("Flu jab rules change\n\nBy Rachel Green\n\nBREAKING\n\n"
                                         "The rules changed on Friday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
  }
  /* The lede's own dateline comes first */
  {
    g_autoptr(BylineArticle) a = import ("Flood barrier fails\n\nBy Anna Kovac\nZAGREB\n\n"
                                         "SPLIT – The barrier failed on Saturday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (a), ==, "SPLIT");
    g_assert_cmpstr (byline_article_get_body (a), ==, "The barrier failed on Saturday.\n");
  }
  /* A short first sentence under the byline stays the story's */
  {
    g_autoptr(BylineArticle) a = import ("Council approves new budget\n\nBy Tom Hale\n\nVotes held.\n\n"
                                         "The council approved its budget on Friday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Votes held.\n\nThe council approved its budget on Friday.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("Council approves new budget\n\nBy Tom Hale\n\nNobody was hurt\n\n"
                                         "The council approved its budget on Friday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
    assert_has (byline_article_get_body (a), "Nobody was hurt");
  }
  /* A byline on top and a headline in title case under it */
  {
    g_autoptr(BylineArticle) a = import ("By Anna Kovac\n\nZagreb Floods Again\n\n"
                                         "The Sava burst its banks on Saturday.\n\nEngineers were called.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Zagreb Floods Again");
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "");
    assert_bylines (a, "Anna Kovac", NULL);
  }
}

/* What NOS, Anadolu and PAP put around a story, each on its own: the
 * words of publication and update in Dutch, Turkish, Polish and Swedish,
 * a name beside the date line, the date over a signature with the
 * agency's credit, the editors' codes under the story and the share
 * buttons */
static void
test_header_words (void)
{
  const struct {
    const char *header;
    const char *byline;
    const char *iso;
  } cases[] = {
    { "Geplaatst 28 november 2026 10:15\nAangepast 28 november 2026 11:02", NULL, "2026-11-28T10:15:00+00:00" },
    { "Gewijzigd 28 november 2026 11:02", NULL, "2026-11-28T11:02:00+00:00" },
    { "Publicerad 28 november 2026 10:15\nUppdaterad 28 november 2026 11:02", NULL, "2026-11-28T10:15:00+00:00" },
    { "Ahmet Yılmaz   |28.11.2026 - Güncelleme : 28.11.2026", "Ahmet Yılmaz", "2026-11-28T00:00:00+00:00" },
    { "28.11.2026, 10:15\nAutor: Anna Nowak\nŹródło: PAP", "Anna Nowak", "2026-11-28T10:15:00+00:00" },
    { "28.11.2026, 10:15\nAutor: Anna Nowak", "Anna Nowak", "2026-11-28T10:15:00+00:00" },
    { "Opublikowano 28.11.2026, 10:15\nAktualizacja 28.11.2026, 11:02", NULL, "2026-11-28T10:15:00+00:00" },
    { "By Jane Doe\nSource: Reuters\n28 November 2026", "Jane Doe", "2026-11-28T00:00:00+00:00" },
    /* month names and weekdays in those languages */
    { "Cumartesi 28 Kasım 2026 10:15", NULL, "2026-11-28T10:15:00+00:00" },
    { "3 Mart 2026 saat 09:30", NULL, "2026-03-03T09:30:00+00:00" },
    { "sobota, 28 listopada 2026 godz. 10:15", NULL, "2026-11-28T10:15:00+00:00" },
    { "Opublikowano: 3 października 2026", NULL, "2026-10-03T00:00:00+00:00" },
    { "zaterdag 28 november 2026 om 10:15", NULL, "2026-11-28T10:15:00+00:00" },
    { "lördag 28 augusti 2026 kl. 10.15", NULL, "2026-08-28T10:15:00+00:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("Rail fares to rise in January\n\n%s\n\n"
                                                "The fares rise by 4%% in January.\n\n"
                                                "Deel artikel:\n\nPaylaş\n\nUdostępnij\n\nDela\n\n"
                                                "Operators blamed energy costs.\n\nanw/ mok/\n", cases[i].header);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_assert_cmpstr (byline_article_get_headline (a), ==, "Rail fares to rise in January");
      assert_bylines (a, cases[i].byline, NULL);
      assert_date (a, cases[i].iso, "UTC");
      g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The fares rise by 4% in January.");
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "The fares rise by 4% in January.\n\nOperators blamed energy costs.\n");
    }

  /* Codes with a sentence, or a source at the story's foot, stay */
  {
    g_autoptr(BylineArticle) a = import ("Rail fares to rise\n\nThe fares rise.\n\nSee www/ ftp/ for more.\n\n"
                                         "Source: Reuters\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==, "The fares rise.\n\nSee www/ ftp/ for more.\n\nSource: Reuters\n");
  }
}

/* A page's top copied with no blank line between its parts: the site's
 * name, the section under it, the headline, the byline with its role and
 * address (to the note), the date; a menu over the headline dropped; a
 * story whose first paragraph is hard-wrapped is not parted so */
static void
test_packed_top (void)
{
  g_autoptr(BylineArticle) a = import ("The Nassau Sentinel\nBusiness\n"
                                       "Jitney drivers threaten to park buses over fuel surcharge delay\n"
                                       "By KENDRA GREENE\nSentinel Staff Reporter\nkgreene@sentinel.example\n"
                                       "Wednesday, March 4, 2026\nShare\n"
                                       "JITNEY operators say they will park their buses on Monday if the fuel surcharge is not approved.\n\n"
                                       "The union said its members could no longer cover the cost of diesel.\n", "UTC");
  g_autoptr(BylineArticle) menu = import ("The Nassau Sentinel\nHome\nLocal News\nBusiness\nSports\n"
                                          "Jitney drivers threaten to park buses over fuel surcharge delay\n"
                                          "By Kendra Greene\nWednesday, March 4, 2026\n"
                                          "JITNEY operators say they will park their buses on Monday if the fuel surcharge is not approved.\n\n"
                                          "The union said its members could no longer cover the cost of diesel.\n", "UTC");
  g_autoptr(BylineArticle) wrapped = import ("Drivers say they will park their buses on Monday if\nthe government does "
                                             "not approve the fuel surcharge\nthey first asked for in November, the "
                                             "union said on\nTuesday in a statement.\n\nThe union said its members "
                                             "could not cover the cost.\n", "UTC");
  g_autofree char *date = NULL;

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Jitney drivers threaten to park buses over fuel surcharge delay");
  g_assert_cmpstr (byline_article_get_bylines (a)[0], ==, "Kendra Greene");
  g_assert_cmpstr (byline_article_get_section (a), ==, "Business");
  date = g_date_time_format_iso8601 (byline_article_get_date (a));
  g_assert_cmpstr (date, ==, "2026-03-04T00:00:00Z");
  assert_has (byline_article_get_note (a), "Sentinel Staff Reporter");
  assert_has (byline_article_get_note (a), "kgreene@sentinel.example");
  g_assert_true (g_str_has_prefix (byline_article_get_body (a), "JITNEY operators say"));
  g_assert_cmpstr (byline_article_get_headline (menu), ==, "Jitney drivers threaten to park buses over fuel surcharge delay");
  g_assert_cmpstr (byline_article_get_bylines (menu)[0], ==, "Kendra Greene");
  g_assert_true (g_str_has_prefix (byline_article_get_body (menu), "JITNEY operators say"));
  assert_has (byline_article_get_body (wrapped), "Drivers say they will park their buses on Monday if the government");
}

/* A menu that names its section again over the headline gives the
 * section; "More nostalgia" over links goes with them, "More delays"
 * over the story's sentence is its subheading; an advice column's name
 * over the headline is no byline */
static void
test_menu_section_again (void)
{
#define BODY "Every week we look back at what was making the news in the town a century, half a century and 25 years ago.\n\n"
  g_autoptr(BylineArticle) a = import ("The Courier\nNews\nSport\nWhat's On\nNostalgia\nNostalgia\n"
                                       "Looking back: Ice on the harbour and a new swimming pool\nBy Graham Tulloch\n"
                                       "Saturday, 14 March 2026\n" BODY "The harbour froze over from wall to wall.\n\n"
                                       "More nostalgia\nLooking back: When the circus came to town\n"
                                       "Looking back: The night the lights went out\n", "UTC");
  g_autoptr(BylineArticle) b = import ("Ferry timetable changes\n\nBy Ann Lee\n\nMarch 3, 2026\n\n" BODY
                                       "More delays\n\nPassengers on the evening crossing waited two hours on Sunday "
                                       "after the second boat broke down in the harbour.\n", "UTC");
  g_autoptr(BylineArticle) c = import ("The Mail\nNews\nSport\nLife & Style\nMoney\nLife & Style\nAsk Moira\n"
                                       "‘My sister borrowed £4,000 and acts as if it never happened’\n"
                                       "Our agony aunt on a family loan that is souring a friendship\nMoira Delaney\n"
                                       "Saturday 21 February 2026 7:00 am\n" BODY "She lent the money in June.\n", "UTC");
#undef BODY

  g_assert_cmpstr (byline_article_get_section (a), ==, "Nostalgia");
  g_assert_null (strstr (byline_article_get_body (a), "circus"));
  assert_has (byline_article_get_body (b), "## More delays");
  g_assert_cmpstr (byline_article_get_headline (c), ==, "‘My sister borrowed £4,000 and acts as if it never happened’");
  g_assert_cmpuint (g_strv_length ((char **) byline_article_get_bylines (c)), ==, 1);
  g_assert_cmpstr (byline_article_get_bylines (c)[0], ==, "Moira Delaney");
}

/* A research release: "NEWS RELEASE <date>" over the headline, the
 * institution in capitals (the note, no byline), and at the foot its
 * journal block of labels over values: the story above it stays the
 * body (round 31's 15, the whole page, is the one whose block was taken
 * for the page's header, the story going to the note) */
static void
test_research_release (void)
{
  g_autoptr(BylineArticle) a = import ("NEWS RELEASE 14-JAN-2026\n\nCity crows remember the people who feed them, study finds\n\n"
                                       "Peer-Reviewed Publication\n\nUNIVERSITY OF NORTHERN CASCADIA\n\n"
                                       "BELLINGHAM, Wash. — American crows living in cities can recognize individual people who "
                                       "once fed them for at least five years after the feeding stopped, a long-term study found.\n\n"
                                       "The researchers spent eight years following 212 wild crows that had been fitted with "
                                       "colored leg bands on and around the campus of the university.\n\n"
                                       "Journal\nAnimal Behaviour Letters\n\nDOI\n10.5555/abl.2026.0142\n\n"
                                       "Method of Research\nObservational study\n\nSubject of Research\nAnimals\n\n"
                                       "Article Title\nLong-term recognition of human "
                                       "provisioners by urban crows\n\nArticle Publication Date\n13-Jan-2026\n", "UTC");
  g_autofree char *date = NULL;

  g_assert_cmpstr (byline_article_get_headline (a), ==, "City crows remember the people who feed them, study finds");
  g_assert_null (byline_article_get_bylines (a)[0]);
  date = g_date_time_format_iso8601 (byline_article_get_date (a));
  g_assert_cmpstr (date, ==, "2026-01-14T00:00:00Z");
  assert_has (byline_article_get_note (a), "UNIVERSITY OF NORTHERN CASCADIA");
  assert_has (byline_article_get_body (a), "The researchers spent eight years");
  g_assert_null (strstr (byline_article_get_note (a), "The researchers"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-shapes/gmt-follows-zone", test_gmt_follows_zone);
  g_test_add_func ("/import-shapes/more-latin-languages", test_more_latin_languages);
  g_test_add_func ("/import-shapes/interview", test_interview);
  g_test_add_func ("/import-shapes/place-under-byline", test_place_under_byline);
  g_test_add_func ("/import-shapes/second-writer-under-byline", test_second_writer_under_byline);
  g_test_add_func ("/import-shapes/header-words", test_header_words);
  g_test_add_func ("/import-shapes/packed-top", test_packed_top);
  g_test_add_func ("/import-shapes/menu-section-again", test_menu_section_again);
  g_test_add_func ("/import-shapes/research-release", test_research_release);

  return g_test_run ();
}
