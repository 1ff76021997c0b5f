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
 * tagesschau.de, IRNA, the Hindustan Times, Kyodo and El Mundo; then the
 * Washington Post, the Daily Mail, Sky News, the South China Morning
 * Post, the Irish Times, Al-Ahram, a Guardian live page and a Ukrainian
 * site; then Reuters' own site, Folha de S.Paulo, Dawn and the Times of
 * Israel; then NOS, Anadolu, PAP, SVT, an interview in questions and
 * answers and a SPIEGEL interview (tests/data/outlets/): each field as a journalist checks it, and
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
     "\"This is a dangerous event, particularly for older people and young children,\" he said.\n" },
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
    "Emma Whitfield", NULL, "Leeds",
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
     "**Q: Do I need to book?**\n"
     "\n"
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
    "2026-11-28T10:42:00+00:00", "Europe/London",
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
    "Ana López", NULL, "Madrid",
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
    "HT Correspondent", NULL, "New Delhi",
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
  { "ahram-exports-ar.txt", "Africa/Cairo", "ar",
    "ارتفاع صادرات مصر الزراعية",
    "أحمد حسن", NULL, NULL,
    "2026-11-28T10:30:00+02:00", "Africa/Cairo",
    "ارتفعت صادرات مصر الزراعية إلى خمسة ملايين طن منذ بداية العام، بحسب وزارة الزراعة.",
    "ارتفعت صادرات مصر الزراعية إلى خمسة ملايين طن منذ بداية العام، بحسب وزارة الزراعة.\n"
     "\n"
     "وقال وزير الزراعة إن الصادرات شملت الموالح والبطاطس.\n" },
  { "guardian-live-storm.txt", "Europe/London", "en",
    "Storm Bert live: thousands without power as 90mph winds batter UK",
    "Jane Doe", NULL, NULL,
    "2026-11-28T06:30:00+00:00", "Europe/London",
    "Latest updates as Met Office issues amber warning for wind",
    "**10.42 GMT**\n"
     "\n"
     "## Power cuts across Wales\n"
     "\n"
     "About 40,000 homes are without power across Wales, the National Grid said.\n"
     "\n"
     "**10.15 GMT**\n"
     "\n"
     "## Ferries cancelled\n"
     "\n"
     "All ferry crossings between Holyhead and Dublin have been cancelled.\n" },
  { "irish-times-port.txt", "Europe/Dublin", "en",
    "Dublin Port traffic falls for third month",
    "Jane Doe", NULL, NULL,
    "2026-11-28T06:14:00+00:00", "Europe/Dublin",
    "Cargo volumes through Dublin Port fell for the third month in a row in October, figures show.",
    "Cargo volumes through Dublin Port fell for the third month in a row in October, figures show.\n"
     "\n"
     "The port handled 3.1 million tonnes, down 4 per cent on the same month last year.\n" },
  { "mail-cat.txt", "Europe/London", "en",
    "Mother's joy as missing cat returns home after three years",
    "Jane Doe", NULL, NULL,
    "2026-11-28T06:14:00-05:00", "America/New_York",
    "A cat that went missing three years ago has returned to its owner after being found 200 miles away.",
    "A cat that went missing three years ago has returned to its owner after being found 200 miles away.\n"
     "\n"
     "The tabby, named Whiskers, was identified by his microchip.\n" },
  { "scmp-buses.txt", "Asia/Hong_Kong", "en",
    "Hong Kong to add 40 new bus routes next year",
    "Jane Doe", NULL, NULL,
    "2026-11-28T06:14:00+08:00", "Asia/Hong_Kong",
    "Transport department says the new routes will serve fast-growing districts in the New Territories",
    "Hong Kong will add 40 new bus routes next year, the Transport Department said on Saturday.\n"
     "\n"
     "The routes will mainly serve Tung Chung and Tseung Kwan O.\n" },
  { "sky-fuel-duty.txt", "Europe/London", "en",
    "Chancellor to freeze fuel duty for another year",
    "Jane Doe", NULL, NULL,
    "2026-11-28T06:14:00+00:00", "Europe/London",
    "The chancellor is expected to freeze fuel duty in next week's budget, Sky News understands.",
    "The chancellor is expected to freeze fuel duty in next week's budget, Sky News understands.\n"
     "\n"
     "The move would cost the Treasury about £3bn a year.\n" },
  { "wapo-broadband.txt", "America/New_York", "en",
    "Senate passes bill to expand rural broadband",
    "Jane Doe", NULL, NULL,
    "2026-11-28T06:14:00-05:00", "America/New_York",
    "The measure now goes to the House, where its fate is uncertain.",
    "The Senate on Friday passed a $20 billion bill to expand broadband access in rural areas, with 68 senators voting in favor.\n"
     "\n"
     "\"This is about making sure every American can get online,\" said the bill's sponsor.\n" },
  { "pravda-trolleybuses-uk.txt", "Europe/Kyiv", "uk",
    "Київ отримає 50 нових тролейбусів до кінця року",
    "Олена Коваленко", NULL, "КИЇВ",
    "2026-11-28T10:15:00+02:00", "Europe/Kyiv",
    "Столична влада підписала контракт на постачання 50 нових тролейбусів, повідомили у міській адміністрації.",
    "Столична влада підписала контракт на постачання 50 нових тролейбусів, повідомили у міській адміністрації.\n"
     "\n"
     "Перші машини вийдуть на маршрути вже у грудні.\n"
     "\n"
     "«Це найбільше оновлення парку за десять років», – сказав заступник міського голови.\n" },
  { "dawn-water.txt", "Asia/Karachi", "en",
    "Karachi to get new water supply scheme",
    "Jane Doe", NULL, "KARACHI",
    "2026-11-28T00:00:00+05:00", "Asia/Karachi",
    "The Sindh government approved a Rs20 billion water supply scheme for Karachi on Saturday.",
    "The Sindh government approved a Rs20 billion water supply scheme for Karachi on Saturday.\n"
     "\n"
     "The scheme will add 65 million gallons a day to the city's supply.\n" },
  { "folha-onibus-pt.txt", "America/Sao_Paulo", "pt",
    "Prefeitura de São Paulo anuncia 200 novos ônibus elétricos",
    "Maria Silva", NULL, "São Paulo",
    "2026-11-28T10:15:00-03:00", "America/Sao_Paulo",
    "Veículos começam a circular em março, segundo a gestão municipal",
    "A Prefeitura de São Paulo anunciou neste sábado a compra de 200 ônibus elétricos, que devem começar a circular em março.\n"
     "\n"
     "\"É o maior investimento em transporte limpo da história da cidade\", disse o prefeito.\n" },
  { "reuters-pmi.txt", "Asia/Shanghai", "en",
    "China's factory activity expands for third month",
    "Jane Doe", "John Roe", "BEIJING",
    "2026-11-28T06:14:00+08:00", "Asia/Shanghai",
    "China's factory activity expanded for a third straight month in November, an official survey showed on Saturday.",
    "China's factory activity expanded for a third straight month in November, an official survey showed on Saturday.\n"
     "\n"
     "The official manufacturing purchasing managers' index (PMI) rose to 50.8 from 50.2 in October.\n"
     "\n"
     "Reporting by Jane Doe and John Roe; Editing by Sam Holmes\n" },
  { "times-of-israel-truce.txt", "Asia/Jerusalem", "en",
    "Hamas, Israel agree to extend truce by two days",
    "TOI Staff", NULL, NULL,
    "2026-11-28T10:15:00+02:00", "Asia/Jerusalem",
    "Israel and Hamas agreed on Saturday to extend a truce by two more days, mediators said.",
    "Israel and Hamas agreed on Saturday to extend a truce by two more days, mediators said.\n"
     "\n"
     "The extension will allow more hostages to be released.\n"
     "\n"
     "*Illustrative: Trucks carry aid into Gaza, November 27, 2026. (AP Photo/Jane Doe)*\n" },
  { "nos-woningbouw-nl.txt", "Europe/Amsterdam", "nl",
    "Kabinet trekt 2 miljard uit voor woningen voor starters",
    NULL, NULL, NULL,
    "2026-11-28T10:15:00+01:00", "Europe/Amsterdam",
    "Het kabinet trekt de komende vijf jaar 2 miljard euro uit om sneller betaalbare woningen voor starters te bouwen. Dat heeft minister De Jong van Volkshuisvesting vanochtend bekendgemaakt.",
    "Het kabinet trekt de komende vijf jaar 2 miljard euro uit om sneller betaalbare woningen voor starters te bouwen. Dat heeft minister De Jong van Volkshuisvesting vanochtend bekendgemaakt.\n"
     "\n"
     "Gemeenten krijgen het geld alleen als ze binnen twee jaar met de bouw beginnen. \"We kunnen niet langer wachten\", zei De Jong na afloop van de ministerraad.\n"
     "\n"
     "De Vereniging van Nederlandse Gemeenten is blij met het geld, maar zegt dat het bij lange na niet genoeg is. Volgens de VNG zijn er jaarlijks zeker 100.000 nieuwe woningen nodig.\n" },
  { "aa-ulasim-tr.txt", "Europe/Istanbul", "tr",
    "İstanbul'da toplu taşımaya yüzde 20 zam",
    "Ahmet Yılmaz", NULL, "İSTANBUL",
    "2026-11-28T00:00:00+03:00", "Europe/Istanbul",
    "İstanbul Büyükşehir Belediyesi, kentteki toplu taşıma ücretlerine 1 Aralık'tan itibaren yüzde 20 zam yapılacağını açıkladı.",
    "İstanbul Büyükşehir Belediyesi, kentteki toplu taşıma ücretlerine yüzde 20 zam yapılacağını açıkladı.\n"
     "\n"
     "Belediyeden yapılan yazılı açıklamada, yeni tarifenin 1 Aralık'tan itibaren geçerli olacağı belirtildi.\n"
     "\n"
     "Açıklamada, öğrenciler ve 65 yaş üstü yolcular için indirimli tarifenin korunacağı ifade edildi.\n" },
  { "pap-prad-pl.txt", "Europe/Warsaw", "pl",
    "Rząd przyjął projekt ustawy o obniżce cen prądu",
    "Anna Nowak", NULL, NULL,
    "2026-11-28T10:15:00+01:00", "Europe/Warsaw",
    "Rząd przyjął w piątek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych od stycznia – poinformowało Ministerstwo Klimatu i Środowiska.",
    "Rząd przyjął w piątek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych od stycznia – poinformowało Ministerstwo Klimatu i Środowiska.\n"
     "\n"
     "Jak przekazała minister klimatu, nowe przepisy obejmą ok. 15 mln gospodarstw domowych. \"To jest realna pomoc dla rodzin\" – powiedziała.\n"
     "\n"
     "Zdaniem ekspertów obniżka jest jednak za mała, by zatrzymać wzrost rachunków, które w tym roku wzrosły już o 15 proc. Opozycja zapowiedziała, że nie poprze projektu w obecnym kształcie. (PAP)\n" },
  { "library-interview.txt", "Europe/London", "en",
    "'We will not close a single library'",
    "Lena Okafor", NULL, "PORTVALE",
    "2026-11-28T09:00:00+00:00", "Europe/London",
    "The new culture minister talks about budgets, books and the digital age",
    "Hana Ito took over the culture ministry in October, promising to protect local libraries from the cuts that closed 40 of them under her predecessor. We met her at the Central Library.\n"
     "\n"
     "**Q: Your predecessor closed 40 libraries. Will you reopen any?**\n"
     "\n"
     "A: We are looking at every one of them. Where a building is still ours, yes, we want to reopen it.\n"
     "\n"
     "**Q: How will you pay for that?**\n"
     "\n"
     "A: From the arts budget, which rises by 4% next year.\n"
     "\n"
     "Some of that money was meant for museums, and they will get less.\n"
     "\n"
     "**Q: Do people still need libraries in the digital age?**\n"
     "\n"
     "A: More than ever. For many children it is the only quiet place to read.\n"
     "\n"
     "This interview has been edited for length and clarity.\n" },
  { "svt-bolan-sv.txt", "Europe/Stockholm", "sv",
    "Regeringen vill sänka bolånetaket",
    "Erik Johansson", NULL, NULL,
    "2026-11-28T10:15:00+01:00", "Europe/Stockholm",
    "Regeringen vill att fler unga ska kunna köpa en egen bostad och föreslår därför att bolånetaket sänks från 85 till 80 procent.",
    "Regeringen vill att fler unga ska kunna köpa en egen bostad och föreslår därför att bolånetaket sänks från 85 till 80 procent.\n"
     "\n"
     "– Det här är en viktig reform för alla som står utanför bostadsmarknaden, säger finansministern till SVT.\n"
     "\n"
     "Oppositionen säger att förslaget inte räcker. Beslutet väntas fattas efter årsskiftet.\n" },
  { "spiegel-interview-de.txt", "Europe/Berlin", "de",
    "»Wir haben zu lange gewartet«",
    "Julia Becker", NULL, NULL,
    "2026-11-28T14:05:00+01:00", "Europe/Berlin",
    "Bahnchefin Eva Lang über Verspätungen, Baustellen und den Deutschlandtakt",
    "Eva Lang, 54, ist seit März Vorstandsvorsitzende der Deutschen Bahn.\n"
     "\n"
     "**SPIEGEL: Frau Lang, jeder dritte Fernzug ist zu spät. Warum?**\n"
     "\n"
     "Lang: Weil wir zu lange nicht in das Netz investiert haben. Das holen wir jetzt nach.\n"
     "\n"
     "**SPIEGEL: Wann wird es besser?**\n"
     "\n"
     "Lang: Ab 2028 spüren die Fahrgäste einen Unterschied.\n" },
};

static char *
read_outlet (const char *name)
{
  return read_test_file ("BYLINE_OUTLETS", name);
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import-outlets/%s", stories[i].file);

      g_test_add_data_func (path, &stories[i], test_outlet);
    }

  return g_test_run ();
}
