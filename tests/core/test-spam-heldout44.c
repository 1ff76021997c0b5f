/* test-spam-heldout44.c: a forty-fourth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Brno, the Czech
 * Republic (trams to stop running to the Vinohrady estate from 1 March
 * 2027 to 15 December 2028 while the Juliánov viaduct is rebuilt, a
 * replacement bus x9, the annual pass for 2,375 Kč instead of 4,750 Kč,
 * a public meeting on 20 October): test-spam-heldout44-data.h, which
 * says what each comment is. Most of them in Czech, with diacritics and
 * without; others in Slovak, Hungarian, Ukrainian, Romanian, Polish,
 * German, English and Vietnamese.
 *
 * Before the round, under the story and without it: desk 7 of 12 caught
 * and 0 of 12 readers flagged; dressed 6 of 12 and 0 of 12. What was
 * missed sold in Czech what no rule read in Czech, or gave its number
 * as a Czech mobile's nine digits, which no check read: a loan "bez
 * registru, na občanku, i pro exekuce", the number read out in Czech's
 * numbers, "sedm set dvacet jedna, nula nula šest…" (0); a ČEZ
 * "přeplatek" to be returned once a card is verified at a bare .online
 * address (0.40: the author's website alone); a Komerční banka login
 * "z nového zařízení", "ověřte svou totožnost", at a look-alike .site
 * (0.49); a "výprodej skladu -80 %" at "alza-vyprodej.shop", a big
 * shop's name borrowed (0.40); a "kartářka" who brings back a partner
 * and lifts a curse, her number with an O and an I for digits, "6O8 I5O
 * 2I7" (0); and, dressed, a removals firm, "balicí materiál zdarma",
 * its number and site (0); a bet site's sign-up page with the poster's
 * "?ref=" code in the website field only (0.40); a "věštkyně" whose
 * "výklad karet" brought a husband back, the number in digits and words
 * parted by bars, "sedm 3 devět | 20 | 44 | 1 osm" (0); a loan "bez
 * registru" without diacritics, "pujcku", the number a digit at a time
 * between dashes (0); a "developerský projekt, poslední 4 jednotky
 * 2+kk", "rezervace bez poplatku", with a broker's number and site
 * (0.15); and a hotel booked at "bookimg-…", an m for the n (0.35: a
 * discount alone). No reader was flagged; the nearest, two in capitals
 * and one with two links, stood at 0.40 and stand there still.
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, no new reason
 * (each kind had one), and no score in the earlier tests moved.
 *   - Czech's numbers read out, units, tens and a unit's hundreds ("sedm
 *     set dvacet jedna": 721), with their marks and without, only ever
 *     read as a part of a long number; a bar between a number's groups;
 *     and a Czech or Slovak mobile's nine digits, a 6 or a 7 first, when
 *     disguised ("6O8 I5O 2I7", "7-7-4 - 0-9-1 - 3-5-6") (-numbers.c);
 *   - a Czech loan "na občanku", "i pro exekuce", "bez zkoumání příjmu",
 *     "pujcka" without its marks, Slovak's "pôžička"; "lichvář",
 *     "nenaleťte" as a reader's (-services.c);
 *   - the kartářka's and the věštkyně's "výklad karet" as readings, a
 *     lost partner brought back and a curse lifted as spells, "zkuste
 *     ji", "zavolejte" as a testimonial's referral (which a reading with
 *     a number now counts as well as a link), "podvod", "podvodnice",
 *     "policie" as a warning (-trades.c);
 *   - a Czech notice: a "přeplatek" or a "zásilka", "ověřte", "uhraďte",
 *     at a made-up address named "preplat…", "vraceni…", "doplat…";
 *     "podvod", "nenaleťte", "pozor na", "neklikejte" as a reader's; and
 *     a bet site's sign-up page with a "?ref=" code in the website field
 *     as an affiliate's code (-notices.c);
 *   - a Czech bank alert's phrases ("pokud jste to nebyli vy", "z nového
 *     zařízení", "ověřte svou totožnost") as phishing's; two words of a
 *     reader's warning ("podvod… neklikejte") step it back (-offers.c);
 *   - a whole stock sold off ("výprodej", "wyprzedaż", "clearance") at
 *     a bare address that borrows a big shop's name (Alza, Allegro,
 *     eMAG, Zalando, IKEA, Temu…), the address naming the sale
 *     (-seasonal.c);
 *   - a look-alike address read again with each "m" as an "n"
 *     ("bookimg-…") (-neighbours.c);
 *   - Czech flats by their rooms ("2+kk", "jednotky") sold with a
 *     developer's project, its last units, a booking without a fee; a
 *     buyer's "stále čekáme", "se odkládá", "koupili jsme" as a
 *     complaint; "podvod", "csalás", "țeapă", "шахраї" as a warning
 *     (-brokers.c);
 *   - removals, "stehovani", in a host's name (-hosts.c), and "balicí
 *     materiál zdarma", "kalkulace zdarma" as a trade's free quote
 *     (-reach.c).
 * Twelve readers probe the new rules (probe_readers): a loan SMS quoted
 * with its number in Czech words, "podvod, lichváři"; a commuter without
 * diacritics counting minutes, prices and dates; DPMB's customer centre
 * and its landline; a fake ČEZ "přeplatek" e-mail quoted, "Podvod!
 * Nenaleťte"; a fake KB login SMS quoted, kb.cz linked, "podvod…
 * neklikejte" (0.15); a grandmother's kartářka, no number; a kartářka's
 * "6O8 I5O 2I7" quoted, "podvodnice… policie"; a real Alza sale at
 * alza.cz with a warning of "alza-neco.shop" (0.15); a hotel booked on
 * booking.com; a buyer whose "developerský projekt, poslední jednotky"
 * is two years late, the developer's landline; a Ukrainian warning of
 * the warehouse jobs, "шахраї"; a reader against betting shops, "bonus
 * bez vkladu", sending readers to a free addiction service: none is
 * flagged. (The Ukrainian warning that passes on "Viber +420 …" word
 * for word was read as the author's own messenger, 0.75, until the
 * thirty-third session read "таку рекламу бачила" as telling what she
 * saw (byline-spam-filter-relays.c); the probe, worded as readers also
 * do, "номер +420 … для Viber", went from 0.45 to 0.00 with it.)
 *
 * Still thin, though caught, each by one rule alone: the loan "bez
 * registru" read out in Czech's numbers and the loan "pujcku" with its
 * dashed number (0.50, the loan rule), the věštkyně's "výklad karet"
 * with her number in digits and words (0.50, the readings rule), and
 * the scholarship with a "refundable" €65 fee (0.50, caught before the
 * round); the warehouse jobs in Germany for 6,900 Kč stand at 0.55 (the
 * messenger's number only, caught before the round).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout44-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Pozor, tátovi přišla SMS: „Půjčka do 80 000 Kč bez registru, i pro exekuce, volejte sedm set dvacet jedna, nula nula šest, čtyřicet osm“. To je podvod, lichváři. Půjčku řešte jen v bance nebo v poradně, ne přes SMS.", "Tereza Malá", "tereza.mala.brno@seznam.cz", NULL },
  { "x9 jede kazdych 5 minut, ne 3. Ja jezdim v 7:15 z Palavskeho nam., 12 minut navic tam a 12 zpet, 2 375 Kc za rok misto 4 750 Kc, to je 6 Kc na den. Linka 9 a 4 byla lepsi, 17 minut do centra. Od 1. 3. 2027 do 15. 12. 2028 je to 655 dni.", "Pavel Kríž", "pavel.kriz.brno@centrum.cz", NULL },
  { "Kdo nestihne podat žádost o slevnou šalinkartu online, zákaznické centrum DPMB na Novobranské 18 má otevřeno Po–Pá 7–19, tel. 543 171 111. Stačí občanka a potvrzení o trvalém pobytu, sleva 2 375 Kč platí do 27. 11.", "Hana Vlčková", "hana.vlckova@email.cz", NULL },
  { "Podvod! Mámě přišel e-mail „ČEZ: vznikl Vám přeplatek 3 847 Kč, pro vrácení ověřte platební kartu na cez-vraceni.online“. ČEZ přeplatky vrací na účet z vyúčtování a nikdy nechce kartu. Nenaleťte, ověřte si to na zákaznické lince.", "Ondřej Beneš", "ondrej.benes@gmail.com", NULL },
  { "Mně taky přišla SMS „KB: přihlášení z nového zařízení, pokud jste to nebyli Vy, ověřte svou totožnost na odkazu“. Podvod, banka žádné odkazy neposílá, přihlášení si zkontrolujte jen v aplikaci nebo na https://www.kb.cz a neklikejte.", "Milan Svoboda", "milan.svoboda71@seznam.cz", NULL },
  { "Babička chodila v sedmdesátých letech ke kartářce na Cejl, výklad karet za pár korun, prý jí vyšlo, že bude bydlet v novém sídlišti. A opravdu, v roce 1983 jsme se stěhovali na Vinohrady. Tramvaj tam jezdila tehdy ještě ne.", "Jiřina Králová", "jirina.kralova@volny.cz", NULL },
  { "Varování: sousedce volala „kartářka“, že jí vrátí ztraceného partnera a sejme kletbu, ať zavolá na 6O8 I5O 2I7. Je to podvodnice, sousedka jí poslala 3 000 Kč a už to řeší policie.", "Marta Nováková", "marta.novakova@seznam.cz", NULL },
  { "Alza má teď opravdu výprodej, vysavač jsem koupila za 2 990 Kč na https://www.alza.cz a vyzvedla v AlzaBoxu na Pálavském náměstí. Jen pozor na weby typu alza-neco.shop, ty s Alzou nemají nic společného.", "Simona Černá", "simona.cerna@gmail.com", NULL },
  { "Na konferenci do Brna jsme hotel rezervovali přes booking.com se slevou 20 %, platilo se na recepci. Kdo přijede na projednání z Prahy, hotely u Malinovského náměstí jsou nejblíž k x9.", "Jan Kubíček", "jan.kubicek@gmail.com", NULL },
  { "Developerský projekt u Juliánova, poslední jednotky, rezervace bez poplatku: tak to psali v roce 2022. Koupili jsme 2+kk, kolaudace se odkládá už dva roky a stále čekáme. Kancelář developera, tel. 545 210 300, to nezvedá.", "Lenka Horáková", "lenka.horakova@seznam.cz", NULL },
  { "Робота в Німеччині на складі, треба лише оплатити документи 6 900 Kč, і номер +420 773 018 462 для Viber — таку рекламу бачила у групі для українців у Брні. Це шахраї, нічого не платіть, перевіряйте агентства на сайті MPSV.", "Ірина Коваль", "iryna.koval.brno@gmail.com", NULL },
  { "Sázkovky a kasina u zastávek mě štvou, bonus bez vkladu, registrace s kódem… To je cesta do dluhů. Pomoc pro závislé na hazardu je zdarma na https://www.adiktologie.cz, nikomu nic neposílejte.", "Roman Pospíšil", "roman.pospisil@seznam.cz", NULL },
};

static const HeldoutRound round44 = {
  "/spam-heldout44", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story44,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round44);

  return g_test_run ();
}
