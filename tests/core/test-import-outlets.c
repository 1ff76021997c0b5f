/* test-import-outlets.c: wire copy from outlets the importer had not seen
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stories as a reader copies them from BBC News, a US local paper, the
 * Times of India, ABC Australia, Al Jazeera, Der Spiegel, Le Monde, El
 * País, a Persian and an Arabic site, a live page, an explainer with
 * questions, a story with a list and a table, a brief and text with no
 * header; then CNN, the New York Times, Le Figaro, Corriere della Sera,
 * tagesschau.de, IRNA, the Hindustan Times, Kyodo and El Mundo
 * (tests/data/outlets/): each field as a journalist checks it, and
 * the whole body, so that nothing of the story is lost and no furniture
 * is left.
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

typedef struct
{
  const char *file;
  const char *default_zone;
  const char *language;
  const char *headline;
  const char *byline1, *byline2;
  const char *dateline;
  const char *date, *time_zone;   /* NULL: no date */
  const char *standfirst;
  const char *body;
} Story;

static const Story stories[] = {
  { "abc-heatwave.txt", "Australia/Sydney", "en",
    "Heatwave warning issued for Sydney as temperatures set to top 40C",
    "Jessica Tran", NULL, NULL,
    "2026-11-28T06:30:00+11:00", "Australia/Sydney",
    "The Bureau of Meteorology has issued a severe heatwave warning for Sydney, with temperatures forecast to top 40 degrees Celsius in the city's west on Sunday.",
    "Key points:\n"
     "\n"
     "- Temperatures are expected to reach 41C in western Sydney\n"
     "- Total fire bans are in place across four districts\n"
     "- Residents are urged to check on elderly neighbours\n"
     "\n"
     "The Bureau of Meteorology has issued a severe heatwave warning for Sydney, with temperatures forecast to top 40 degrees Celsius in the city's west on Sunday.\n"
     "\n"
     "Senior meteorologist Dean Narramore said the heat would persist until Tuesday.\n"
     "\n"
     "\"This is a dangerous event, particularly for older people and young children,\" he said.\n"
     "\n"
     "Posted 28 Nov 202628 Nov 2026, updated 28 Nov 2026\n" },
  { "aljazeera-climate.txt", "Asia/Qatar", "en",
    "Talks stall at climate summit as nations split over finance",
    "Ahmed Karim", NULL, NULL,
    "2026-11-28T00:00:00+03:00", "Asia/Qatar",
    "Negotiators remain divided over who should pay for losses in developing countries.",
    "Negotiators at the United Nations climate summit failed to agree on a finance deal on Friday, with wealthy and developing nations split over contributions.\n"
     "\n"
     "Small island states accused rich countries of breaking earlier promises.\n"
     "\n"
     "\"We cannot keep coming back with empty hands,\" said one delegate from the Pacific.\n"
     "\n"
     "Source: Al Jazeera and news agencies\n" },
  { "bbc-floods.txt", "Europe/London", "en",
    "Flood defences to be rebuilt after river burst banks in Yorkshire",
    "Emma Whitfield", NULL, NULL,
    "2026-11-28T00:00:00+00:00", "Europe/London",
    "Flood defences along the River Aire will be rebuilt within two years, the Environment Agency has said, after the river burst its banks and flooded more than 300 homes.",
    "*Residents waded through knee-deep water on Friday morning\n"
     "Image caption, Residents waded through knee-deep water on Friday morning*\n"
     "\n"
     "Flood defences along the River Aire will be rebuilt within two years, the Environment Agency has said, after the river burst its banks and flooded more than 300 homes.\n"
     "\n"
     "The agency said the existing walls, built in the 1980s, had been \"overwhelmed\" by the volume of rain that fell over three days.\n"
     "\n"
     "Council leader James Lewis said: \"People have lost everything. We owe them a clear timetable.\"\n"
     "\n"
     "## What happens next?\n"
     "\n"
     "The agency will consult residents on the design early next year, with work expected to begin in the summer.\n" },
  { "bread-prices-fa.txt", "UTC", "fa",
    "افزایش قیمت نان در نانوایی‌های سه استان از هفته آینده",
    "سارا محمدی", NULL, NULL,
    "2026-11-28T14:30:00+03:30", "Asia/Tehran",
    "به گزارش خبرنگار اقتصادی، قیمت نان در استان‌های فارس، اصفهان و خراسان رضوی از هفته آینده افزایش می‌یابد.",
    "به گزارش خبرنگار اقتصادی، قیمت نان در استان‌های فارس، اصفهان و خراسان رضوی از هفته آینده افزایش می‌یابد.\n"
     "\n"
     "معاون استاندار فارس گفت: «این افزایش برای جبران هزینه‌های نانوایان است.»\n" },
  { "bridge-brief.txt", "UTC", "en",
    "Bridge closed after lorry strike",
    NULL, NULL, NULL,
    NULL, NULL,
    "The Old Mill bridge will stay closed until Monday after a lorry hit its parapet on Friday.",
    "The Old Mill bridge will stay closed until Monday after a lorry hit its parapet on Friday.\n"
     "\n"
     "Diversions are in place via the ring road.\n" },
  { "elpais-alquiler-es.txt", "Europe/Madrid", "es",
    "El Gobierno aprueba una ayuda de 500 euros para el alquiler de jóvenes",
    "Ana López", NULL, "Madrid",
    "2026-11-28T10:15:00+01:00", "Europe/Madrid",
    "La medida beneficiará a unos 70.000 jóvenes menores de 35 años",
    "El Consejo de Ministros aprobó este viernes una ayuda de 500 euros mensuales para el alquiler de jóvenes con ingresos bajos.\n"
     "\n"
     "\"Es una medida para que los jóvenes puedan emanciparse\", dijo la ministra de Vivienda.\n" },
  { "flu-jab-qa.txt", "UTC", "en",
    "What the new flu jab rules mean for you",
    "Rachel Green", NULL, NULL,
    "2026-11-28T14:10:00-05:00", "America/New_York",
    "Health officials have changed who can get a free flu vaccine this winter. Here is what you need to know.",
    "Health officials have changed who can get a free flu vaccine this winter. Here is what you need to know.\n"
     "\n"
     "## Who is eligible?\n"
     "\n"
     "Everyone over 50, pregnant women and children aged two to 17.\n"
     "\n"
     "## Where can I get it?\n"
     "\n"
     "At your doctor's office or a participating pharmacy.\n"
     "\n"
     "Q: Do I need to book?\n"
     "A: Most pharmacies take walk-ins, but booking is recommended.\n" },
  { "lemonde-peche-fr.txt", "Europe/Paris", "fr",
    "La Commission européenne propose de réduire les quotas de pêche en Méditerranée",
    "Claire Dubois", NULL, NULL,
    "2026-11-28T10:15:00+01:00", "Europe/Paris",
    "Les ministres devront se prononcer en décembre sur cette proposition, contestée par les pêcheurs français et italiens.",
    "La Commission européenne a proposé, vendredi 27 novembre, une baisse de 20 % des quotas de pêche pour plusieurs espèces en Méditerranée.\n"
     "\n"
     "« Les stocks sont à un niveau critique », a déclaré le commissaire chargé de la pêche.\n"
     "\n"
     "Les pêcheurs dénoncent une mesure « brutale ».\n" },
  { "parish-no-header.txt", "UTC", "en",
    NULL,
    NULL, NULL, NULL,
    NULL, NULL,
    NULL,
    "the minutes of the parish council meeting were approved without amendment. councillors then discussed the state of the playground, which had been vandalised twice since september.\n"
     "\n"
     "it was agreed that the clerk would seek quotes for new fencing.\n" },
  { "parking-list.txt", "America/Chicago", "en",
    "Five things to know about the new parking rules",
    "Tom Baker", NULL, NULL,
    "2026-11-28T00:00:00-06:00", "America/Chicago",
    "The city's new parking rules take effect on Monday. Here is what changes.",
    "The city's new parking rules take effect on Monday. Here is what changes.\n"
     "\n"
     "1. Meters run until 10 p.m.\n"
     "2. Sunday parking is no longer free.\n"
     "3. Residents' permits cost $40 a year.\n"
     "\n"
     "The fees compare as follows:\n"
     "\n"
     "| Zone | Old fee | New fee |\n"
     "| --- | --- | --- |\n"
     "| Downtown | $2.00 | $3.50 |\n"
     "| Midtown | $1.50 | $2.50 |\n"
     "\n"
     "The council expects to raise $3 million a year.\n" },
  { "solar-plant-ar.txt", "Africa/Cairo", "ar",
    "افتتاح أكبر محطة للطاقة الشمسية في المنطقة",
    "محمد علي", NULL, "القاهرة",
    "2026-11-28T10:30:00+02:00", "Africa/Cairo",
    "افتتحت الحكومة المصرية اليوم السبت أكبر محطة للطاقة الشمسية في المنطقة بقدرة ألفي ميغاواط.",
    "افتتحت الحكومة المصرية اليوم السبت أكبر محطة للطاقة الشمسية في المنطقة بقدرة ألفي ميغاواط.\n"
     "\n"
     "وقال وزير الكهرباء إن المحطة ستوفر الكهرباء لنحو مليون منزل.\n" },
  { "spiegel-bahn-de.txt", "Europe/Berlin", "de",
    "Bahn kündigt neue Verbindungen nach Polen an",
    "Julia Becker", "Thomas Krüger", NULL,
    "2026-11-28T14:05:00+01:00", "Europe/Berlin",
    "Ab Dezember fahren mehr Fernzüge zwischen Berlin und Warschau. Die Fahrzeit soll um eine Stunde sinken.",
    "Die Deutsche Bahn will ab dem Fahrplanwechsel im Dezember sechs statt vier Fernzüge täglich zwischen Berlin und Warschau fahren lassen.\n"
     "\n"
     "Nach Angaben des Unternehmens soll die Fahrzeit auf unter vier Stunden sinken.\n"
     "\n"
     "»Wir wollen die Schiene zur ersten Wahl machen«, sagte ein Sprecher.\n" },
  { "storm-live.txt", "Europe/London", "en",
    "Storm Bert live: thousands without power as winds hit 90mph",
    NULL, NULL, NULL,
    "2026-11-28T10:42:00+00:00", "UTC",
    "All ferry crossings between Holyhead and Dublin have been cancelled for the rest of the day.",
    "**10:42 GMT**\n"
     "\n"
     "## Ferries cancelled\n"
     "\n"
     "All ferry crossings between Holyhead and Dublin have been cancelled for the rest of the day.\n"
     "\n"
     "**10:15 GMT**\n"
     "\n"
     "## Power cuts\n"
     "\n"
     "About 40,000 homes are without power across Wales, the National Grid said.\n"
     "\n"
     "**09:58 GMT**\n"
     "\n"
     "Good morning and welcome to our live coverage of Storm Bert.\n" },
  { "toi-metro.txt", "UTC", "en",
    "Mumbai metro line 3 to run till midnight from December",
    "TNN", NULL, "MUMBAI",
    "2026-11-28T09:15:00+05:30", "Asia/Kolkata",
    "The Mumbai Metro Rail Corporation will extend services on the Aqua Line till midnight from December 1, officials said on Friday.",
    "The Mumbai Metro Rail Corporation will extend services on the Aqua Line till midnight from December 1, officials said on Friday.\n"
     "\n"
     "The last train from Aarey will leave at 11.30pm, while the first train will continue to leave at 6.30am.\n"
     "\n"
     "\"Ridership has crossed 2 lakh a day, and commuters have asked for later trains,\" an official said.\n" },
  { "us-local-roads.txt", "America/Chicago", "en",
    "City council approves $12 million budget for road repairs",
    "Kevin Marsh", NULL, "SPRINGFIELD, Ill.",
    "2026-11-28T06:14:00-05:00", "America/New_York",
    "The City Council voted 7-2 on Tuesday night to spend $12 million repairing roads damaged by last winter's freeze.",
    "The City Council voted 7-2 on Tuesday night to spend $12 million repairing roads damaged by last winter's freeze.\n"
     "\n"
     "Council member Dana Ortiz, who voted against the plan, said the money should go to sidewalks first.\n"
     "\n"
     "\"We keep fixing roads for cars and forgetting the people who walk,\" Ortiz said.\n"
     "\n"
     "Work is expected to start in April and run through October.\n"
     "\n"
     "Contact Kevin Marsh at kmarsh@dailyledger.com or 217-555-0143.\n" },
  { "cnn-wildfire.txt", "America/Los_Angeles", "en",
    "Wildfire forces evacuation of 20,000 in Southern California",
    "Maria Santos", NULL, NULL,
    "2026-11-28T06:14:00-05:00", "America/New_York",
    "Firefighters battled a fast-moving wildfire in Ventura County on Saturday, forcing about 20,000 people to leave their homes.",
    "Source: CNN\n"
     "\n"
     "Firefighters battled a fast-moving wildfire in Ventura County on Saturday, forcing about 20,000 people to leave their homes.\n"
     "\n"
     "The fire had burned 12,000 acres by dawn and was 5% contained, officials said.\n"
     "\n"
     "\"Leave now. Don't wait,\" the county sheriff told residents.\n"
     "\n"
     "CNN's Tom Lee contributed to this report.\n" },
  { "corriere-tram-it.txt", "Europe/Rome", "it",
    "Roma, nuove linee del tram entro il 2028",
    "Mario Rossi", NULL, NULL,
    "2026-11-28T00:00:00+01:00", "Europe/Rome",
    "Il Comune di Roma ha approvato il progetto per tre nuove linee del tram, che saranno completate entro il 2028.",
    "Il Comune di Roma ha approvato il progetto per tre nuove linee del tram, che saranno completate entro il 2028.\n"
     "\n"
     "«È un investimento storico per la città», ha detto il sindaco.\n" },
  { "elmundo-salario-es.txt", "Europe/Madrid", "es",
    "El Gobierno eleva el salario mínimo a 1.200 euros",
    "Ana López", NULL, NULL,
    "2026-11-28T10:15:00+01:00", "Europe/Madrid",
    "El Consejo de Ministros ha aprobado este sábado la subida del salario mínimo interprofesional.",
    "El Consejo de Ministros ha aprobado este sábado la subida del salario mínimo interprofesional.\n"
     "\n"
     "La medida afectará a unos dos millones de trabajadores, según el Ministerio de Trabajo.\n" },
  { "figaro-greve-fr.txt", "Europe/Paris", "fr",
    "Grève à la SNCF : le trafic très perturbé ce week-end",
    "Le Figaro avec AFP", NULL, NULL,
    "2026-11-28T10:15:00+01:00", "Europe/Paris",
    "La grève des contrôleurs de la SNCF perturbe fortement le trafic ce samedi, avec un TGV sur deux annulé.",
    "La grève des contrôleurs de la SNCF perturbe fortement le trafic ce samedi, avec un TGV sur deux annulé.\n"
     "\n"
     "« Nous demandons une hausse des salaires », a déclaré un représentant syndical.\n" },
  { "ht-air-quality.txt", "Asia/Kolkata", "en",
    "Delhi air quality turns 'severe' as AQI crosses 450",
    "HT Correspondent", NULL, NULL,
    "2026-11-28T09:15:00+05:30", "Asia/Kolkata",
    "Delhi's air quality slipped into the \"severe\" category on Saturday morning, with the Air Quality Index (AQI) crossing 450 at several monitoring stations.",
    "Delhi's air quality slipped into the \"severe\" category on Saturday morning, with the Air Quality Index (AQI) crossing 450 at several monitoring stations.\n"
     "\n"
     "Schools in the capital will remain shut until Monday, the education department said.\n" },
  { "irna-dams-fa.txt", "Asia/Tehran", "fa",
    "ساخت سه سد جدید در خوزستان آغاز شد",
    "ایرنا", NULL, "تهران",
    "2026-11-28T14:30:00+03:30", "Asia/Tehran",
    "وزیر نیرو از آغاز ساخت سه سد جدید در استان خوزستان خبر داد.",
    "وزیر نیرو از آغاز ساخت سه سد جدید در استان خوزستان خبر داد.\n"
     "\n"
     "وزیر نیرو روز جمعه گفت: «ساخت این سدها تا سه سال آینده به پایان می‌رسد.»\n"
     "\n"
     "به گفته وی، هزینه این طرح‌ها از محل صندوق توسعه ملی تأمین می‌شود.\n" },
  { "kyodo-subsidies.txt", "Asia/Tokyo", "en",
    "Japan to extend fuel subsidies until March",
    "Kyodo", NULL, "TOKYO",
    "2026-11-28T00:00:00+09:00", "Asia/Tokyo",
    "The government will extend fuel subsidies until the end of March to ease the burden of high energy prices on households, officials said Saturday.",
    "The government will extend fuel subsidies until the end of March to ease the burden of high energy prices on households, officials said Saturday.\n"
     "\n"
     "The subsidies cost about 500 billion yen a month.\n" },
  { "nyt-rail.txt", "America/New_York", "en",
    "Ukraine Opens New Rail Link to Poland",
    "Jane Doe", "John Roe", "Kyiv, Ukraine",
    "2026-11-28T06:14:00-05:00", "America/New_York",
    "The line will cut travel times between Kyiv and Warsaw by three hours.",
    "Ukraine opened a new standard-gauge rail link to Poland on Saturday, allowing trains to cross the border without changing wheels.\n"
     "\n"
     "The project cost about $400 million and took three years.\n" },
  { "tagesschau-heizung-de.txt", "Europe/Berlin", "de",
    "Bundestag beschließt neues Heizungsgesetz",
    "Peter Schmidt", NULL, NULL,
    "2026-11-28T14:05:00+01:00", "Europe/Berlin",
    "Der Bundestag hat das umstrittene Heizungsgesetz beschlossen. Die Opposition kündigte eine Klage an.",
    "Mit den Stimmen der Koalition hat der Bundestag am Freitag das neue Heizungsgesetz verabschiedet.\n"
     "\n"
     "Die Union kritisierte das Verfahren als überhastet.\n" },
};

static char *
read_outlet (const char *name)
{
  const char *dir = g_getenv ("BYLINE_OUTLETS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
test_outlet (gconstpointer data)
{
  const Story *story = data;
  g_autofree char *text = read_outlet (story->file);
  g_autoptr(BylineArticle) a = import (text, story->default_zone);

  g_assert_cmpstr (byline_article_get_headline (a), ==, story->headline ? story->headline : "");
  assert_bylines (a, story->byline1, story->byline2);
  g_assert_cmpstr (byline_article_get_dateline (a), ==, story->dateline ? story->dateline : "");
  if (story->date != NULL)
    assert_date (a, story->date, story->time_zone);
  else
    g_assert_null (byline_article_get_date (a));
  g_assert_cmpstr (byline_article_get_standfirst (a), ==, story->standfirst ? story->standfirst : "");
  g_assert_cmpstr (byline_article_get_body (a), ==, story->body);
  g_assert_cmpstr (byline_article_get_language (a), ==, story->language);
}

/* The rules those stories need, each on its own and where it must stop */

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
        "Ana López", "2026-11-28T10:15:00+00:00", "", "El Consejo de Ministros aprobó la subida.\n" },
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import-outlets/%s", stories[i].file);

      g_test_add_data_func (path, &stories[i], test_outlet);
    }

  g_test_add_func ("/import-outlets/rules/furniture", test_furniture);
  g_test_add_func ("/import-outlets/rules/navigation", test_navigation);
  g_test_add_func ("/import-outlets/rules/signature-and-date-lines", test_signature_and_date_lines);
  g_test_add_func ("/import-outlets/rules/body-shapes", test_body_shapes);
  g_test_add_func ("/import-outlets/rules/latin-languages", test_latin_languages);
  g_test_add_func ("/import-outlets/rules/more-header-shapes", test_more_header_shapes);

  return g_test_run ();
}
