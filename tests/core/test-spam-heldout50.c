/* test-spam-heldout50.c: a fiftieth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Saint-Louis,
 * Senegal (a 2.3 km sea wall along the Langue de Barbarie from 1 March
 * 2027, 640 Guet Ndar families moved 11 km inland to Djougop between
 * April and September 2027, 27.6 billion CFA francs, 450,000 francs for
 * the move and 60,000 a month for six months, claims free of charge
 * at the Guet Ndar annex or the commune's site until 30 April 2027, a
 * public meeting on 13 February 2027, the commune's free line 800 00 31
 * 31): test-spam-heldout50-data.h, which says what each comment is.
 * Most of them in French and Wolof, alone or mixed in one sentence;
 * two in Arabic (one with Hassaniya words and Eastern Arabic digits),
 * one in Pulaar and two in English.
 *
 * Before the round, under the story and without it (the same both
 * ways): desk 8 of 12 caught and 0 of 12 readers flagged; dressed 6 of
 * 12 and 0 of 12. What was missed was read in no rule's French or
 * Wolof, and a Senegalese mobile's nine digits ("77 390 61 22") are no
 * number to the checks for numbers, which ask ten: a fake DER/FJ grant,
 * "financement NON REMBOURSABLE… frais de dossier 10 000 FCFA", at
 * "der-sn.financement-jeunes.site" (0.40, the shop-like host alone), no
 * state's fund nor its fee read in French; betting tips, "TICKET
 * GAGNANT… cote 47… Abonnement VIP… pronostics sûrs", a "Canal Télégram"
 * (0), no tipster's French read, nor Telegram's name as French spells
 * it; a marabout of the Fouta, "retour de l'être aimé…
 * désenvoûtement", his number "7 7 - 3 9 0 - 6 1 - 2 2" (0), a dash
 * after two digits alone read as a match's score, ending the number; a
 * Tabaski draw, "vous avez gagné 2 500 000 FCFA… 15 000 FCFA frais de
 * transfert ci numéro Wave 70 812 44 39" (0), no prize read in French,
 * the Wave number no number; dressed, a Wolof testimonial for a
 * serigne, "sama njaay dellu, sama jëkkër dellusi… woo ko : juróom-
 * ñaar, juróom-ñett, 413, ñaar fukk ak juróom-benn, 09" (0), neither
 * the cure nor Wolof's numbers read; an online tontine, "dugal 25 000
 * FCFA, ci 15 fan nga jot 75 000 FCFA", with a WhatsApp group (0.41),
 * no promise of returns read without a percentage; a flat let from
 * Italy, "mon cousin vous remettra les clés après versement de la
 * caution… par Wave", WhatsApp "77 sept 40 22 18" (0), no letting read
 * in French, the "sept" no digit; "sponsored posts and do-follow
 * links… from $40 per article" (0.15), the plural not read, one phrase
 * of the trade; and an "association" for the homes the sea took, paid
 * to "Wave 76 208 55 31 (Mame Diarra N.)", its account "to be opened
 * later" (0), neither the disaster nor the gift read in French or
 * Wolof, Wave not read as mobile money, its number no number.
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, both ways, no reader flagged, no new
 * reason. In the earlier tests (the drift of every ham, spam, probe and
 * reader line of the core suite, before and after) ten spam lines rose
 * and none fell: six guest post and link sellers' (the plurals, "per
 * article": 0.65 to 0.81, 0.80 to 0.94, 0.86 to 0.92, 0.91 to 0.95,
 * 0.91 to 0.93, 0.85 to 0.88), a copy trader's "$3,000 to $41,000" and
 * an AI trading bot's (0.50 to 0.75, 0.82 to 0.91, money multiplied
 * within weeks), a EuroMillions letter and a scholarship, each with a
 * processing fee (0.65 to 0.69, 0.65 to 0.84, a fee asked first); no
 * reader line moved. Classify's instructions (callgrind, bench-spam) rose 0.79 %,
 * the new number readers tried only at the first letters of their
 * words, the numbers after a chat's or mobile money's name found by
 * their digits first.
 *   - a dash after two digits alone or more no longer ends a number
 *     ("7 7 - 3 9 0 - 6 1"); a national number of eight or nine digits
 *     in groups ("77 390 61 22") read after a chat's name ("WhatsApp :",
 *     "Télégram", "واتساب") or mobile money's ("Wave", "Orange Money",
 *     "Free Money"…), as somewhere to write or to pay (-numbers.c,
 *     -messengers.c, -patterns.c);
 *   - French's and Wolof's numbers read out with their tens and
 *     hundreds ("soixante-dix-sept", "quatre-vingt-dix", "ñaar fukk ak
 *     juróom-benn", "juróom-ñaar"), in a new file, -readout.c
 *     (-numerals.c would have passed 800 lines);
 *   - the marabout's French ("retour de l'être aimé", "désenvoûtement",
 *     "grand marabout") and a Wolof testimonial's husband or trade come
 *     back ("jëkkër dellu", "njaay dellu"); "woo ko", "appelez-le" as its
 *     referral; "arnaque", "escroc", "gendarmerie", Wolof's "naxe" and
 *     "naxkat" as warnings (-trades.c);
 *   - betting tips sold in French ("pronostics", "ticket gagnant",
 *     "cote", "combiné", "abonnement", "canal VIP"), "dépendance" and
 *     "naxe" as warnings (-agents.c);
 *   - a prize in French ("vous avez gagné", "gagnant", "tiré au sort"),
 *     a fee asked first to pay it out ("frais de transfert", "processing
 *     fee") as another kind of windfall, 0.55; "arnaque", "gendarmerie",
 *     "naxe" as a reader's (-offers.c);
 *   - money multiplied within days, weeks or months ("25 000 FCFA… ci 15
 *     fan… 75 000 FCFA", "100 000 FCFA en 2 850 000 FCFA en 3
 *     semaines"), with somewhere to join, as a promise of large returns;
 *     not a sum paid by the month (a tontine's share, a wage), nor a
 *     reader's "pyramide", "arnaque", "naxe" (-earnings.c, -offers.c);
 *   - a French-speaking state's funds ("délégation générale", "DER/FJ",
 *     "ministère") owing a grant "non remboursable" for a "frais de
 *     dossier"; "gratuitement", "naxe" as a reader's; a disaster and a
 *     gift in French and Wolof ("sinistrés", "yóbbu seen kër", "amuñu
 *     dara"; "faites un don", "ndimbal") paid to a mobile money number,
 *     West Africa's mobile money as payment apps (-fixers.c);
 *   - a flat let in West Africa's French ("je loue", "meublé", "F3"),
 *     the keys "après le versement" of the deposit; "après la visite"
 *     as a landlord's (-services.c);
 *   - the link trade's plurals and price ("sponsored posts", "per
 *     article", "rate card"), counted in the author's own words: a site
 *     owner quoting the offers she gets makes none (-patterns.c,
 *     -pitches.c, -shape.c);
 *   - Wolof's "naxe", "naxkat", "moytuleen" as talk of fraud, its "du
 *     naxe" as a denial, its "dafa jot" and French's "un message" as
 *     telling what someone received (-hideouts.c, -relays.c).
 * Twelve readers probe the new rules (probe_readers): a marabout's
 * advert quoted with its WhatsApp number, "arnaque", the gendarmerie; a
 * serigne's "sa jëkkër dellu" quoted with his number in Wolof's words,
 * "naxkat"; a fishwife's number read out in Wolof, "woo ko", no cure
 * (0.45); an uncle's number written in French words for a grandmother;
 * the DER/FJ's fake grant quoted, "arnaque", der.sn (0.15, its link);
 * a son's VIP "pronostics sûrs" on Telegram, quoted, "dépendance",
 * "naxe"; a fish seller's Wave number, paid on delivery; a women's
 * tontine, 10,000 FCFA a month, 120,000 after twelve months; a landlord
 * letting an F3 after a visit, with her number; the Red Cross's account
 * against a quoted Wave number, "naxkat"; a site owner quoting the
 * sponsored posts she is offered, "spam"; an Arabic warning quoting
 * "جلب الحبيب وفك السحر" and a WhatsApp number: none is flagged.
 *
 * Still thin, though caught, each by one rule alone: the Tabaski draw
 * (0.55, the prize with its fee), the Wolof serigne's testimonial
 * (0.55, the cure with its referral) and the "association"'s appeal
 * (0.55, a disaster's appeal paid to a private number). Nearest of the
 * readers: the fishwife's number read out in Wolof (0.45) and, of the
 * round's own, the Lodo youth association with its WhatsApp group
 * (0.41), the reader shouting in capitals and the one citing the
 * commune's and the World Bank's pages (0.40).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout50-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Ma tante a vu sur Facebook : « Grand marabout, retour de l'être aimé en 3 jours, désenvoûtement, "
    "WhatsApp 77 390 61 22 ». Elle a envoyé 75 000 FCFA et rien n'est revenu. C'est une arnaque : portez "
    "plainte à la gendarmerie.",
    "Khady Ndiaye", "khady.ndiaye.sl@gmail.com", NULL },
  { "Sama jigéen dafa jot message bii : « Serigne bu mag : sa jëkkër dellu ci ñetti fan, woo ko : "
    "juróom-ñaar, juróom-benn, 208, fanweer ak ñett, 14 ». Naxkat yi la. Buleen ko woo, dem leen ci "
    "gendarmerie.",
    "Ibrahima Fall", "ibou.fall.ndar@gmail.com", NULL },
  { "Mame Coumba di jaay jën bu wow ci marché Sor, hangar 5, ginnaaw bi ñu toxoo Pondokholé. Dafa mag, "
    "amul WhatsApp, kon woo ko ci juróom-ñaar, juróom-ñett, 562, ñaar fukk ak juróom, 18. Jën wi neex na !",
    "Awa Guèye", "awa.gueye.sor@gmail.com", NULL },
  { "Ma grand-mère ne lit pas les chiffres, alors je lui ai écrit en lettres le numéro de mon oncle qui "
    "l'aidera pour le dossier à l'annexe : soixante-dix-sept, cinq cent soixante-deux, quarante, dix-huit. "
    "Le dépôt est gratuit, on ne paie personne.",
    "Seynabou Diop", "seynabou.diop.gn@gmail.com", NULL },
  { "La DER/FJ ne demande jamais de frais de dossier. Le message qui circule, « financement non "
    "remboursable, frais de dossier 10 000 FCFA, formulaire sur der-sn.financement-jeunes.site », est une "
    "arnaque : les vrais programmes sont annoncés sur https://www.der.sn et dans ses antennes régionales.",
    "Oumar Sy", "oumar.sy.dakar@gmail.com", NULL },
  { "Sama doom dafa fey abonnement VIP 5 000 FCFA ci ayu-bés ngir « pronostics sûrs » ak « tickets "
    "gagnants » ci « Telegram @pronos_ndar ». Dépendance la, naxe rekk, xaalisam yépp jeex na. Waajur yi, "
    "moytuleen !",
    "Fatou Sarr", "fatou.sarr.lodo@gmail.com", NULL },
  { "Ñi nekk Djougop te bëgg jën bu wow : maa ngi leen koy yóbbul ci gaawu samdi yu nekk. Fey ci Wave 77 "
    "562 40 18 bu ñu la indil sa jën, du ci kanam. — Mariama, jaaykatu guedj ci Sor",
    "Mariama Guèye", "mariamagueye.guedj@gmail.com", NULL },
  { "Notre tontine de femmes transformatrices à Guet Ndar : chaque membre cotise 10 000 FCFA par mois et, "
    "après 12 mois, chacune a reçu une fois 120 000 FCFA. Pas d'intérêts, pas de miracle. Les « tontines "
    "digitales » qui promettent 75 000 FCFA en 15 jours sont des pyramides.",
    "Aïssatou Fall", "aissatou.fall.gn@gmail.com", NULL },
  { "Je loue un F3 meublé à Sor aux familles qui attendent Djougop, 90 000 FCFA par mois. Visite sur place "
    "avant tout paiement, la caution après la visite et la signature du bail. Tél. 77 318 20 44, Mme "
    "Ndiaye.",
    "Adama Ndiaye", "adama.ndiaye.sor@yahoo.fr", NULL },
  { "Ndimbal ngir sinistrés yi ci Guet Ndar : Croix-Rouge Sénégal mi ngi dajale ndimbal ci compte officiel "
    "bi, te dañuy joxe reçu. Buleen yónnee xaalis ci « Wave 76 208 55 31 » walla beneen numéro bu ñu leen "
    "yónnee ci WhatsApp : naxkat yi la.",
    "Cheikh Mbaye", "cheikh.mbaye.ndar@gmail.com", NULL },
  { "I run a small news site in Saint-Louis. Every week I get spam emails offering “sponsored posts and "
    "do-follow links from $40 per article” on our pages. We have never sold a link: our reporting is not "
    "for sale.",
    "Aminata Diallo", "aminata.diallo@ndarinfo.sn", NULL },
  { "تحذير للأسر في غيت اندر: إعلانات «جلب الحبيب وفك السحر، واتساب 77 390 61 22» نصب واحتيال، "
    "أخذوا من جارتنا خمسين ألف فرنك. بلغوا الدرك ولا ترسلوا أي مال.",
    "Mohamed Lemine", "medlemine.ndar@gmail.com", NULL },
};

static const HeldoutRound round50 = {
  "/spam-heldout50", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story50,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round50);

  return g_test_run ();
}
