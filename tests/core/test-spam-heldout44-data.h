/* test-spam-heldout44-data.h: a forty-fourth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story44: Brno, Czech Republic, where trams will stop running to the
 * Vinohrady housing estate from Monday 1 March 2027 to Friday 15
 * December 2028 while the city demolishes and rebuilds the Juliánov
 * viaduct, 412 metres of 1968 concrete carrying line 9 over the railway
 * and Ostravská street; the deputy mayor for transport puts the cost at
 * 1.86 billion Kč, about €74 million, 1.21 billion of it from EU funds,
 * corroded reinforcement in 9 of 14 spans, a 20 km/h limit since 2024,
 * the new bridge with a cycle path and lifts; a replacement bus x9
 * every three minutes at peak from Pálavské náměstí to Malinovského
 * náměstí, the trip to the centre from 17 to about 29 minutes; the
 * transport company's spokeswoman offers the estate's 13,000 residents
 * the annual pass for 2,375 Kč instead of 4,750 Kč, applications until
 * Friday 27 November; a resident, 71, with a walking frame on the ninth
 * floor; a baker on Pálavské náměstí, 44, a third of his customers
 * coming by tram, the city's 40% rent cut only for its own premises;
 * the chair of the residents' association Vinohrady sobě asking for a
 * free minibus and for one track kept open; an associate professor of
 * civil engineering saying single-track working would add nine months
 * and 310 million Kč; a public meeting on Tuesday 20 October at 5.30pm
 * at the Vinohrady community centre on Bzenecká street), in two sets,
 * most of them in Czech, with and without diacritics, some in Slovak,
 * Hungarian, Ukrainian, Romanian, Polish, German, English and
 * Vietnamese.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - an online casino, "bonus bez vkladu" with a code, a referral link
 *     on a .xyz host, the same host in the website field (Czech, no
 *     diacritics);
 *   - a loan "bez registru", "na občanku", "i pro exekuce", the number
 *     in Czech number words, no link (Czech);
 *   - a fake Zásilkovna parcel with 29.90 Kč unpaid, a look-alike
 *     "zasilkovna.cz-" name nested in a .top host (Czech, no
 *     diacritics);
 *   - a fake ČEZ "přeplatek" of 3,847.20 Kč, card to be verified at a
 *     bare .online host, the same host in the website field (Czech);
 *   - a fake Komerční banka login alert, a "moje-kb" look-alike .site
 *     link (Czech, no diacritics);
 *   - liking videos and rating restaurants from home for 2,500 Kč a
 *     day, a Telegram handle (Slovak);
 *   - warehouse jobs in Germany with 6,900 Kč for papers and housing, a
 *     +420 number in dotted groups on Viber/WhatsApp (Ukrainian);
 *   - an invented TV presenter's AI robot trading ČEZ shares, an
 *     invented shortener link, a .pro host in the website field
 *     (Czech);
 *   - a "warehouse sale" of phones at 80% off, a bare look-alike .shop
 *     host (Czech, no diacritics);
 *   - a "kartářka", tarot and a partner brought back, the number with
 *     letter Os and letter Is for digits (Czech);
 *   - Instagram and TikTok followers for sale, a bare .store host, a
 *     discount code, the host in the website field (Hungarian);
 *   - a lottery "win" of €850,000, a 189 € notary fee, a +44 WhatsApp
 *     number (German).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - a resident of Vinohrady since 1994 for the rebuild, concrete
 *     falling from the pillars (Czech);
 *   - an expat against the full closure, for one track kept open
 *     (English);
 *   - sarcasm on the x9 in traffic and the 2028 end date (Czech);
 *   - all-capitals anger at promises since 2019 (Czech, no
 *     diacritics);
 *   - emoji only;
 *   - a reply to "@Daniel Hughes", half agreeing, school buses in the
 *     morning (Polish);
 *   - a question to the reporter: is the pass discount only for
 *     permanent residents, or also for Ukrainians under temporary
 *     protection (Ukrainian);
 *   - a reader quoting a fake "DPMB" compensation SMS with its .online
 *     link to warn "podvod", "nenaleťte", a line of "шахраї" (Czech and
 *     Ukrainian);
 *   - a brno.cz page and a local news site's page cited (Czech);
 *   - an 88-year-old resident, her granddaughter typing (Czech, no
 *     diacritics);
 *   - a Vietnamese grocer near the Juliánov stop signing with his
 *     shop's name, no phone, no link (Vietnamese);
 *   - a very short comment, "finally" (Hungarian).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - a memory of moving to Vinohrady in 1987 in gumboots, then a
 *     removals firm with a number and its site (Czech);
 *   - the 12 extra minutes worked out, then an e-scooter shop linked
 *     from a phrase, an HTML <a href> (Czech);
 *   - a reply to "@Jaroslav Hruby" agreeing, a betting site with a
 *     referral code in the website field only (Czech, no diacritics);
 *   - sympathy for the resident on the ninth floor, then a fortune
 *     teller, the number in mixed digits and number words (Czech);
 *   - a former VUT student's memory of the shaking viaduct, then a
 *     crypto mentor and his Telegram handle (German);
 *   - the baker's rent defended, then a loan "bez registru", the number
 *     split by dashes (Czech, no diacritics);
 *   - a former Vinohrady resident's tram memory, then an agency for
 *     Dutch warehouse jobs with a 280 € fee, a +40 number and a .site
 *     host (Romanian);
 *   - flat prices after the rebuild, then "developerský projekt,
 *     poslední jednotky", a broker's number and site (Czech);
 *   - the pass discount praised, then a fake state "příspěvek na
 *     energie" with a 59 Kč fee on a gov-cz look-alike host (Czech);
 *   - the professor's point backed by an engineering student, then a
 *     "fully funded" scholarship with a €65 application fee
 *     (English);
 *   - praise for the residents' association, then an online course
 *     from 4,990 Kč to 990 Kč (Czech);
 *   - a visitor's memory of the viaduct, then hotel booking at a
 *     look-alike host (Polish).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader's own blog post with her photos of the old viaduct, the
 *     blog in the website field, nothing sold (Czech);
 *   - the residents' association collecting donations for a minibus,
 *     its own .cz site, its transparent account there (Czech);
 *   - the cost worked out per resident, in euros and percentages, the
 *     single track's months and millions (Slovak);
 *   - an 86-year-old reader since 1965, her husband a carpenter on the
 *     viaduct, all in capitals (Czech);
 *   - two official pages, brno.cz and portal.gov.cz (Czech);
 *   - the free official Brno iD app recommended, no link (Ukrainian);
 *   - a neighbourhood Facebook group's walk before the meeting, "zdarma",
 *     nothing sold (Czech);
 *   - a long rant on "akce", "sleva", "zdarma" and "cashback" (Czech);
 *   - a reader in Vienna, raised in Vinohrady, asking for a bus lane
 *     (German);
 *   - a reply thanking "@Martin Sedláček" for the link (Romanian);
 *   - a son whose mother paid 1,850 Kč for a fake "revize", warning, no
 *     link (Czech);
 *   - a bistro at the stop signing with its name, prices and hours, no
 *     link (Czech).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story44 =
  "Brno to close tram line to Vinohrady for nearly two years to rebuild Juliánov viaduct\n\n"
  "BRNO, Czech Republic — Trams will stop running to the Vinohrady housing estate from Monday 1 March 2027 until Friday 15 December 2028 while the city demolishes and rebuilds the Juliánov viaduct, the 412-metre concrete bridge that has carried line 9 over the railway and Ostravská street since 1968, Brno's deputy mayor for transport said on Thursday.\n\n"
  "Ondřej Kratochvíl said the work would cost 1.86 billion koruna (CZK), about €74 million, of which 1.21 billion would come from EU funds. Inspectors found corroded reinforcement in 9 of the viaduct's 14 spans, and trams have been limited to 20 km/h on it since 2024. The new bridge will be wider, with a cycle path and lifts at the Juliánov stop.\n\n"
  "During the closure a replacement bus, the x9, will run every three minutes at peak from Pálavské náměstí to Malinovského náměstí. DPMB, the city transport company, expects the trip to the centre to take about 29 minutes instead of 17. Its spokeswoman, Jana Vrbová, said the estate's roughly 13,000 residents would be offered the annual pass for 2,375 Kč instead of 4,750 Kč; applications close on Friday 27 November.\n\n"
  "\"I am 71, I walk with a frame and I live on the ninth floor. A bus full of schoolchildren is not a tram,\" said Marie Šťastná, who has lived on the estate since 1983.\n\n"
  "Lukáš Dvořák, 44, who runs a bakery on Pálavské náměstí, said a third of his customers arrive by tram from Juliánov. The city offers a 40% rent cut to tenants of its own premises, \"but I rent from a private owner,\" he said.\n\n"
  "Petra Machalová, who chairs the residents' association Vinohrady sobě, asked for a free minibus for older residents and for one track to be kept open during the works. Vojtěch Kučera, an associate professor of civil engineering at Brno University of Technology, said single-track working was possible but would add nine months and about 310 million Kč.\n\n"
  "A public meeting will be held on Tuesday 20 October at 5.30pm at the Vinohrady community centre on Bzenecká street.";

static const Comment desk_spam[] = {
  { "🎰 BONUS BEZ VKLADU 500 Kc + 200 free spinu jen pro hrace z Brna a celeho JMK!! Staci registrace s kodem SALINA500, vyber vyher na ucet do 15 minut, bez overovani. Hraj hned: https://kasino-morava.xyz/reg?kod=SALINA500 🍀💰", "Kasino Morava", "bonus@kasino-morava.xyz", "https://kasino-morava.xyz" },
  { "Potřebujete rychle peníze? Půjčka do 80 000 Kč bez registru, jen na občanku, bez doložení příjmu, i pro exekuce a insolvence. Peníze na účtu ještě dnes, nebo vám je dovezeme domů. Volejte nebo pište SMS: sedm set dvacet jedna, nula nula šest, čtyřicet osm, devadesát tři. Paní Zdeňka", "Zdeňka – rychlé půjčky", "pujcky.zdenka@seznam.cz", NULL },
  { "Zasilkovna: Vase zasilka c. Z 4418 2701 nemohla byt dorucena na vydejni misto Brno, Palavske nam. z duvodu neuhrazeneho dopravneho 29,90 Kc. Uhradte do 24 hodin, jinak bude vracena odesilateli: https://zasilkovna.cz-doplatek.top/Z44182701", "Zasilkovna CZ", "info@cz-doplatek.top", NULL },
  { "Vážený zákazníku ČEZ, na základě ročního vyúčtování elektřiny za období 2025/2026 Vám vznikl přeplatek ve výši 3 847,20 Kč. Pro vrácení přeplatku na Váš účet je nutné ověřit platební kartu do 31. 10. 2026 na cez-preplatky.online/vraceni. Po tomto datu nárok zaniká. Děkujeme, ČEZ Zákaznická linka", "ČEZ Zákaznický servis", "vraceni@cez-preplatky.online", "https://cez-preplatky.online" },
  { "KB Klient: Zaznamenali jsme prihlaseni do Vaseho internetoveho bankovnictvi z noveho zarizeni (Samsung SM-A546, Ostrava) dne 14.10.2026 v 23:41. Pokud jste to nebyli Vy, ihned zablokujte pristup a overte svou totoznost: https://moje-kb.klient-overeni.site/blokace Bezpecnostni oddeleni Komercni banky", "Komercni banka - bezpecnost", "bezpecnost@klient-overeni.site", NULL },
  { "Ahojte, hľadáme 15 ľudí z Brna aj zo Slovenska na jednoduchú prácu z domu cez mobil 📱 Dávate lajky videám a hodnotenia reštauráciám na Google Maps, zarobíte 2 500 Kč (100 €) denne, výplata každý deň na účet. Žiadny vklad, žiadne skúsenosti. Napíšte mi na Telegram 👉 @Lucia_Praca_Domov", "Lucia Horváthová", "lucia.horvathova.hr@gmail.com", NULL },
  { "Робота в Німеччині для українців з Брна 🇩🇪 Логістичні склади в Дортмунді та Лейпцигу, пакування посилок, 15,50 €/год, офіційний договір, житло поруч. Потрібно лише оплатити оформлення документів і житло за перший місяць — 6 900 Kč. Виїзд щопонеділка автобусом з Брна. Viber/WhatsApp: +420.773.018.462 Олена", "Олена Кадри Європа", "olena.kadry.evropa@gmail.com", NULL },
  { "Moderátor Pavel Sedloň v živém vysílání prozradil, jak vydělává na akciích ČEZ přes nového robota s umělou inteligencí. Stačí vložit 5 500 Kč a systém obchoduje za vás, v průměru 38 000 Kč měsíčně. Banky to chtějí zakázat a rozhovor byl stažen. Než to zmizí: https://kratce.click/cez-ai", "Investice ČEZ AI", "info@cez-invest-ai.pro", "https://cez-invest-ai.pro" },
  { "VYPRODEJ SKLADU -80 %! iPhone 16 Pro za 2 990 Kc, roboticky vysavac za 999 Kc, fen Dyson za 1 490 Kc. Doprava zdarma do Brna, platba i na dobirku. Zbyva poslednich 37 kusu: alza-vyprodej.shop", "Alza Vyprodej", "objednavky@alza-vyprodej.shop", NULL },
  { "Jsem kartářka Vlasta z Brna, 30 let praxe. Vykládám karty a tarot po telefonu, vrátím vám ztraceného partnera, sejmu kletbu i uhranutí, láskyplné rituály se 100% výsledkem. Zavolejte ještě dnes, první otázka zdarma: 6O8 I5O 2I7 ✨🔮", "Kartářka Vlasta", "kartarka.vlasta@email.cz", NULL },
  { "Szeretnél több követőt? 🚀 Valódi magyar, cseh és szlovák Instagram- és TikTok-követők, 1 000 követő csak 990 Ft, 10 000 megtekintés 1 490 Ft. Jelszó nem kell, szállítás 1 órán belül, örök garancia. Rendelj most: kovetoguru.store – 25% kedvezmény a BRNO25 kóddal!", "KövetőGuru", "hello@kovetoguru.store", "https://kovetoguru.store" },
  { "HERZLICHEN GLÜCKWUNSCH! Ihre E-Mail-Adresse wurde bei der internationalen Euro-Sonderauslosung 2026 als Gewinner der zweiten Kategorie ausgewählt: 850.000,00 €. Um Ihren Gewinn freizugeben, überweisen Sie bitte die Bearbeitungs- und Notargebühr von 189 € und kontaktieren Sie Ihren Sachbearbeiter Dr. Klaus Wehrmann per WhatsApp: +44 7418 330 925. Gewinn-Nr.: EU/2026/BR-4471", "Euro Sonderauslosung", "gewinner.abteilung@euro-auslosung.info", NULL },
};

static const Comment desk_genuine[] = {
  { "Bydlím na Vinohradech od roku 1994 a pod tím viaduktem chodím každý den se psem. Z pilířů už padají kusy betonu a železo je vidět holým okem. Dva roky s autobusem budou otrava, ale radši tohle, než aby se jednou zřítil i se šalinou. Jsem pro.", "Radek Zouhar", "radek.zouhar@seznam.cz", NULL },
  { "I've lived on Vinohrady for six years and I'm against the full closure. Professor Kučera says they could keep one track open for nine more months of work. Nine months longer is better than two years of 29-minute bus rides for 13,000 people. Why is nobody at DPMB even considering it?", "Daniel Hughes", "dan.hughes.brno@gmail.com", NULL },
  { "Paráda, konečně si i Vinohrady užijí pravou brněnskou romantiku: x9 každé tři minuty, z toho dvě stojí v koloně na Ostravské a do třetí se nevejdete. A konec stavby 15. prosince 2028, to si radši rovnou zapíšu do kalendáře na rok 2030. 😂", "Kamila Doležalová", "kamila.dolezalova@centrum.cz", NULL },
  { "UZ OD ROKU 2019 SLIBUJETE, ZE VIADUKT OPRAVITE, A NIC!!! TED NAJEDNOU DVA ROKY BEZ TRAMVAJE A LIDI AT SI PORADI SAMI. KDO TO ZAPLATI? MY, V CASE!!! PROC JSTE TO NEDELALI PRED PETI LETY, KDYZ TO STALO POLOVIC?!", "Jaroslav Hrubý", "jarda.hruby@volny.cz", NULL },
  { "🚋🚧➡️🚌🚌🚌😩⏳", "Terka", "tereza.b.brno@gmail.com", NULL },
  { "@Daniel Hughes zgadzam się w połowie. Pracuję w Brnie od 2021 roku i mieszkam przy placu Pálavské náměstí. Jeden tor przez dziewięć miesięcy dłużej to też hałas, pył i objazdy. Ale autobus co trzy minuty to za mało, kiedy rano jadą wszystkie szkoły naraz.", "Agnieszka Wróbel", "agnieszka.wrobel.brno@gmail.com", NULL },
  { "Питання до автора статті: знижка на річний проїзний (2 375 Kč замість 4 750 Kč) лише для мешканців із постійною адресою (trvalý pobyt) на Vinohradech? Багато українців тут мають тимчасовий захист і зареєстровані в гуртожитку чи в іншому районі, хоча живуть і працюють на Vinohrady. Чи можемо ми теж подати заяву до 27 листопада?", "Оксана Мельник", "oksana.melnyk.brno@gmail.com", NULL },
  { "Pozor, PODVOD! Mamce včera přišla SMS: „DPMB: Kompenzace pro obyvatele Vinohrad – sleva na šalinkartu 2 375 Kč. Žádost podejte do 48 h a uhraďte ověřovací poplatek 49 Kč na dpmb-kompenzace.online“. DPMB žádné SMS s odkazy neposílá, žádost se podává osobně v zákaznickém centru. Nenaleťte a řekněte to rodičům. Українцям теж приходить така SMS українською — це шахраї, нічого не платіть!", "Veronika Pešková", "veronika.peskova@gmail.com", NULL },
  { "Kdo chce vidět harmonogram a vizualizace nového mostu, jsou na stránce města: https://www.brno.cz/doprava/rekonstrukce-julianovskeho-viaduktu . A dobrý rozbor, proč nejde stavět po jedné koleji, vyšel včera v Jihomoravských listech: https://www.jihomoravskelisty.cz/brno/2026/10/julianovsky-viadukt-jedna-kolej . Před úterním projednáním doporučuju přečíst obojí.", "Martin Sedláček", "martin.sedlacek.arch@gmail.com", NULL },
  { "pisu za babicku, je ji 88 a diktuje mi to: bydlim na Vinohradech od zacatku, kdyz sem jezdil jen autobus a vsude bylo bahno, tak jsme se na tramvaj nacekali dost. Ted nam ji zase berou a ja uz ty schody do autobusu nevyjdu. At na nas stary lidi taky nekdo mysli. Anezka Kolarova", "Lucie Kolářová", "lucka.kolarova07@seznam.cz", NULL },
  { "Tôi có cửa hàng tạp hóa ở Vinohrady từ năm 2008, gần trạm Juliánov. Nhiều khách của tôi là người già đi tàu điện số 9 đến mua rau và bánh mì. Hai năm không có tàu điện thì cửa hàng sẽ rất khó khăn, nhưng cây cầu cũ thật sự nguy hiểm. Mong thành phố cho xe buýt dừng ngay trước cửa hàng như trạm cũ. — Nguyễn Văn Hùng, Potraviny Hùng", "Potraviny Hùng", "potravinyhung.vinohrady@gmail.com", NULL },
  { "Végre! 👍", "Zsófia", "zsofi.nagy.brno@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Na Vinohrady jsme se stěhovali v roce 1987, tenkrát se tam ještě chodilo v holínkách a na tramvaj se čekalo roky. Kdo teď kvůli dvěma letům bez šaliny uvažuje o přestěhování blíž k centru, doporučuji Stěhování Morava Expres: byty, kanceláře, vyklízení, balicí materiál zdarma, víkendy bez příplatku. Tel. 731 404 219, napište, že jste ze zpráv o viaduktu 🚚", "Stěhování Morava Expres", "info@stehovani-moravaexpres.cz", "https://stehovani-moravaexpres.cz" },
  { "Ze 17 na 29 minut, to si spočítejte: dvě hodiny týdně navíc v autobuse. Já jsem to vyřešila po svém a do práce na Malinovského náměstí jezdím na <a href=\"https://elektrojizda-brno.shop/kolobezky?utm_source=viadukt\">elektrokoloběžce z Vinohrad do centra</a>, za 14 minut jsem tam. Teď mají navíc slevu 20 % na celý sklad.", "Simona Řezníčková", "simona.reznickova91@gmail.com", NULL },
  { "@Jaroslav Hruby presne tak, o viaduktu se mluvi minimalne od 2019 a vzdycky se to odlozilo kvuli penezum. Ted se najednou musi zavrit vsechno naraz. Typicky Brno.", "Petr Novotný", "petr.novotny.tipy@gmail.com", "https://kurzy-bonus.bet/registrace?ref=petrn77" },
  { "Paní Šťastné se vůbec nedivím, moje maminka taky bydlí v devátém patře a bez tramvaje by byla úplně odříznutá. Mně v nejtěžším období, kdy odešel manžel a k tomu přišla exekuce, pomohla jen věštkyně paní Ludmila, výklad karet mi sedl do puntíku a manžel se do měsíce vrátil. Zkuste ji, volejte: sedm 3 devět | 20 | 44 | 1 osm", "Hana Vondráčková", "hana.vondrackova68@seznam.cz", NULL },
  { "Ich habe von 2017 bis 2020 an der VUT studiert und bin jeden Tag mit der Neun über den Juliánov-Viadukt gefahren, schon damals hat er bei jeder Bahn gezittert. Gut, dass er endlich neu gebaut wird. Ganz ehrlich: dass ich heute nicht mehr auf Baustellenbusse angewiesen bin, verdanke ich meinem Krypto-Mentor Lukas Brenner. Mit seinen Signalen habe ich aus 2.000 € in drei Monaten 31.000 € gemacht. Schreibt ihm auf Telegram @LukasBrenner_Signals und sagt, dass Jonas euch schickt.", "Jonas Reiter", "jonas.reiter.94@gmx.de", NULL },
  { "40 % sleva na najem plati jen v mestskych prostorach, pan Dvorak ma pravdu, soukromy majitel mu neslevi nic. Kdo potrebuje preklenout ty dva roky, ja jsem si vzala pujcku bez registru a bez zkoumani prijmu u pana Karla, 150 000 Kc na ucte druhy den, splatky si nastavite sami. Volejte: 7-7-4 - 0-9-1 - 3-5-6", "Jitka Malá", "jitka.mala.brno@email.cz", NULL },
  { "Am locuit patru ani în Brno, pe Vinohrady, și în fiecare dimineață luam tramvaiul 9 spre fabrică, podul ăla chiar tremura. Doi ani cu autobuzul x9 înseamnă încă o oră pe zi pierdută. Eu am ales altceva: prin agenția Olanda Work Direct lucrez acum în Rotterdam la un depozit, 16,80 €/oră, cazare asigurată. Taxa de procesare a contractului și a actelor e doar 280 €, plătită înainte de plecare. Scrieți-le pe WhatsApp la +40 7 5 2 - 3 1 8 - 0 4 4 sau pe olandawork-direct.site", "Mihaela Dobre", "mihaela.dobre.cz@gmail.com", NULL },
  { "Bez tramvaje budou ceny bytů na Vinohradech dva roky stát, ale po dokončení viaduktu s výtahy a cyklostezkou vyletí nahoru, to je jasné. Kdo chce být o krok napřed: developerský projekt Rezidence Juliánské terasy, poslední 4 jednotky 2+kk a 3+kk s terasou, kolaudace 2028, rezervace bez poplatku do konce měsíce. Makléř Ing. Tomáš Bednář, 606 118 437, www.julianske-terasy-reality.cz", "Tomáš Bednář – reality", "bednar@julianske-terasy-reality.cz", "https://julianske-terasy-reality.cz" },
  { "Sleva na šalinkartu je fajn, ale hodně lidí z Vinohrad neví, že od října stát vyplácí i nový příspěvek na energie 7 200 Kč na domácnost. Já ho dostala za tři dny. Stačí vyplnit žádost na https://prispevek-energie.gov-cz.online/zadost a zaplatit správní poplatek 59 Kč kartou. Sdílejte s rodiči, termín je do konce listopadu!", "Dana Procházková", "dana.prochazkova.vin@seznam.cz", NULL },
  { "Dr Kučera is right that single-track working is possible, we modelled exactly this kind of staged bridge replacement in our structures course at VUT. For any engineering students reading: I got a fully funded master's scholarship in the Netherlands through the EuroBridge Talent Programme, tuition, housing and €1,100 a month covered. You only pay a refundable €65 application fee, deadline 30 November: eurobridge-talent.org/apply", "Filip Hanák", "filip.hanak.vut@gmail.com", NULL },
  { "Klobouk dolů před spolkem Vinohrady sobě a paní Machalovou, bez nich by se o jedné koleji ani nemluvilo. Jen bych dodala, že dva roky dojíždění jsou ideální příležitost konečně pracovat z domu. V mém online kurzu „Home office naplno“ vás naučím získat první klienty do 30 dnů, místo 4 990 Kč teď jen 990 Kč, akce platí do neděle: https://kurz.homeofficenaplno.online/brno", "Lenka Fialová – mentorka", "lenka@homeofficenaplno.online", "https://homeofficenaplno.online" },
  { "Byłam w Brnie w maju na konferencji i jeździłam dziewiątką na Vinohrady do znajomych, ten wiadukt rzeczywiście wyglądał strasznie. Szkoda tylko, że przez dwa lata będzie tak trudno dojechać. Kto planuje przyjazd, niech rezerwuje hotel w centrum, ja brałam pokój z 45% zniżką przez bookimg-hotele-brno.com, dużo taniej niż gdzie indziej i płatność przy zameldowaniu.", "Magdalena Kowalczyk", "magda.kowalczyk.krk@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "Před dvěma lety jsem začala fotit Juliánovský viadukt, protože jsem tušila, že dlouho nevydrží. Na blogu mám teď článek asi se čtyřiceti fotkami: šaliny v mlze, rezavé výztuže pod sedmým polem a dobové snímky ze stavby v roce 1968, které mi půjčil soused. Nic neprodávám, jen ať po něm něco zůstane: https://zapiskyzvinohrad.blogspot.com/2026/10/julianovsky-viadukt-naposledy.html", "Eva Pokorná", "eva.pokorna.foto@gmail.com", "https://zapiskyzvinohrad.blogspot.com" },
  { "Spolek Vinohrady sobě vybírá příspěvky na dopravu seniorů během uzavírky: pokud ho nezajistí město, chceme od března 2027 provozovat vlastní minibus k lékařům a na nákupy. Každá koruna je vidět na transparentním účtu, číslo účtu a vyúčtování najdete na našem webu https://www.vinohradysobe.cz/dary . Přijďte také v úterý 20. října na projednání. Děkujeme! Petra Machalová, předsedkyně", "Vinohrady sobě, z.s.", "predsedkyne@vinohradysobe.cz", "https://www.vinohradysobe.cz" },
  { "Prepočítal som si to: 1,86 mld. Kč je pri kurze 25,1 Kč/€ asi 74,1 mil. €, z toho EÚ dá 1,21 mld., teda 65 %. Na jedného z 13 000 obyvateľov to je 143 077 Kč. Zľava na šalinkartu 2 375 Kč × 13 000 = 30,9 mil. Kč, čiže 1,7 % stavby. Jedna koľaj navyše 310 mil. Kč = 16,7 % ceny a 9 mesiacov k 21,5 mesiacom uzávierky, teda +42 %. Opravte ma, ak som sa pomýlil.", "Martin Kováč", "martin.kovac.brno@gmail.com", NULL },
  { "JE MI 86 LET A VAŠE NOVINY ODEBÍRÁM OD ROKU 1965. PAMATUJU, JAK SE JULIÁNOVSKÝ VIADUKT STAVĚL, MŮJ MUŽ NA NĚM DĚLAL TESAŘE. TEHDY HO POSTAVILI ZA DVA ROKY A VŠICHNI NA NĚJ BYLI PYŠNÍ. AŤ HO TEĎ POSTAVÍ STEJNĚ POCTIVĚ A AŤ NA NÁS STARÉ S TÍM AUTOBUSEM NEZAPOMENOU. DĚKUJI ZA ČLÁNEK.", "BOHUMILA NĚMCOVÁ", "b.nemcova1940@seznam.cz", NULL },
  { "Pro ty, kdo chtějí podklady před úterním projednáním: oficiální informace k uzavírce a mapa náhradních zastávek x9 jsou na https://www.brno.cz/w/julianovsky-viadukt-verejne-projednani a jak podat připomínku ke stavbě elektronicky přes datovou schránku, popisuje Portál občana: https://portal.gov.cz/sluzby-vs/pripominky-ke-stavebnimu-zameru . Lhůty jsou uvedené tamtéž, ohlídejte si je.", "Jana Křížová", "jana.krizova.pravnik@gmail.com", NULL },
  { "Порада для всіх, хто їздить з Vinohrady: завантажте офіційний застосунок Brno iD, він безкоштовний. Там можна купити квиток чи подовжити šalinkartu без черги в касі, а під час закриття лінії 9 місто обіцяє показувати там автобус x9 у реальному часі. Є чеська та англійська мова, українську, кажуть, теж додадуть.", "Андрій Бондаренко", "andrii.bondarenko.brno@gmail.com", NULL },
  { "Ze skupiny Sousedé Vinohrady na Facebooku 📢 V sobotu 17. 10. v 10:00 se sejdeme u kašny na Pálavském náměstí a projdeme si spolu trasu náhradního autobusu x9 a zastávky, kde se bude přestupovat. Sepíšeme připomínky na úterní veřejné projednání. Zdarma, nikdo nic neprodává a nikdo po vás nebude chtít peníze ani podpis. Vezměte děti i babičky. Admin skupiny", "Sousedé Vinohrady", "sousede.vinohrady@gmail.com", NULL },
  { "Všude samá akce: sleva 30 % na pizzu, doprava zdarma, cashback na kartu, druhý kus zdarma, věrnostní body, Black Friday už od října. Jenom když jde o šalinu pro 13 000 lidí, žádná akce ani sleva není, jen poloviční šalinkarta a „vydržte dva roky“. Zdarma dostaneme leda prach ze stavby a hluk od šesti ráno. Cashback za 12 minut denně navíc v autobuse nám nikdo nevyplatí. Na kampaň s billboardy má město miliony, na minibus pro důchodce ne.", "Zdeněk Pavlík", "zdenek.pavlik.brno@seznam.cz", NULL },
  { "Ich lebe seit 2014 in Wien und bin in Brno-Vinohrady aufgewachsen. Hier werden bei langen Sperren meistens Ersatzbusse mit eigener Busspur eingerichtet, oft mit Ampelvorrang, sonst steht der Bus im Stau wie alle anderen. Genau das würde ich für die x9 auf der Ostravská auch fordern. Zwei Jahre sind lang, aber mit eigener Spur werden aus 29 Minuten vielleicht 22.", "Petra Schwarz", "petra.schwarz@chello.at", NULL },
  { "@Martin Sedláček mulțumesc pentru link! Pe pagina orașului am găsit în sfârșit harta stațiilor autobuzului x9, iar stația mea de pe Bzenecká rămâne aproape de bloc. Vin și eu marți la ședința publică. Mersi încă o dată!", "Ioana Popescu", "ioana.popescu.brno@gmail.com", NULL },
  { "Varování pro všechny, kdo mají rodiče na Vinohradech: mámě (79) minulý týden zazvonili dva chlapi v reflexních vestách, že jsou od města a kvůli stavbě viaduktu dělají povinnou revizi statiky a plynu v bytech u trati. Chtěli 1 850 Kč hotově za „revizi“, dali jí nějaký papír bez razítka a za deset minut byli pryč. Město ani DPMB nic takového nedělá. Už je to nahlášené na policii, nikomu neotvírejte a nic neplaťte.", "Jakub Šimek", "jakub.simek.brno@gmail.com", NULL },
  { "Jsme hned u zastávky Pálavské náměstí a uzavírku odneseme taky, tak ať se lidi aspoň při čekání na x9 zahřejí. Od března 2027 u nás bude polévka dne za 49 Kč, denní menu za 159 Kč, káva s sebou za 39 Kč a koláč za 35 Kč. Otevřeno Po–Pá 6:30–18:00, So 8:00–13:00. Držte se, sousedi! Bistro Na Pálavě, Iveta a Honza", "Bistro Na Pálavě", "bistronapalave@seznam.cz", NULL },
};
