/* test-spam-heldout42.c: a forty-second round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Fez, Morocco
 * (the commune to move the 148 lime and soaking vats of the Chouara
 * tannery out of the medina to Aïn Nokbi, six kilometres east, and the
 * 312 tanners who work them, 86.4 million dirhams, 2,500 DH a month for
 * six months, then 300 DH rent, registration until 30 October, a public
 * meeting on 14 October): test-spam-heldout42-data.h, which says what
 * each comment is. Most of them in Moroccan Darija, in Arabic script or
 * in Arabizi (digits for letters: 3, 7, 9); others in Modern Standard
 * Arabic, French, Spanish, English and Tamazight.
 *
 * Before the round, under the story and without it: desk 9 of 12
 * caught and 0 of 12 readers flagged; dressed 7 of 12 and 0 of 12. What
 * was missed sold in Morocco's words what no rule read, or gave its
 * number so that no check read it: a fake CNSS notice, family
 * allowances suspended, "رسوم المعالجة" at a .info link (0.15: its link
 * alone); driving licences and diplomas "sans examen", "enregistrés dans
 * le système", the number as "O6.7I.OO.2O.84" (0); strawberry-picking
 * contracts in Spain for "gastos de expediente" at a bare shortener-like
 * address (0); and, dressed, a fqih who brought a husband back, "rajli
 * rja3", the number "0 stta sb3a sb3a 00 58 19 62" in Darija's number
 * words (0); Canadian work contracts for "frais de dossier", a bare
 * .online address and a +212 number (0.40: the address alone); "lots
 * titrés" in a "lotissement" with "facilités de paiement" and a
 * broker's number (0); a "منحة ممولة بالكامل" in Germany for "رسوم
 * دراسة الملف… قابلة للاسترجاع" at a bare address (0); and a riad
 * booked at "bookinq-…", a booking site's name with a q for the g
 * (0.35: a discount alone). No reader was flagged; the nearest, the
 * daughter quoting a fake Chambre d'artisanat SMS beside "NSBA", stood
 * at 0.49 and stands there still.
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, no new reason
 * (each kind had one), and no reader's score in the earlier tests moved
 * (one earlier spam comment rose: the thirty-seventh round's dressed
 * sympathy in Arabic that turns to a sheikh who undoes spells and
 * brings back the beloved, on WhatsApp, 0.75 to 0.88, now read as
 * selling spells too).
 *   - Moroccan numbers when disguised: a pair of letter Os or Is with
 *     no digit, inside a number after a dot or a dash ("O6.7I.OO.2O"),
 *     and Darija's digit words in Arabizi ("stta", "sb3a", "tmnya"), only
 *     ever read as part of a number of nine digits or more that starts
 *     with a zero (-numbers.c);
 *   - a job abroad for a fee: work contracts in French, Spanish, Arabic
 *     and Darija, Spain and Québec as abroad ("en España", "f Québec",
 *     "visado"), the "frais de dossier" and "gastos de expediente" as the
 *     worker's fee, a bare address as somewhere to pay; plots sold in
 *     French ("lots titrés", "lotissement", "facilités de paiement",
 *     "pour visiter") with a broker's number; "nsba", "نصب", "احتيال",
 *     "escroquerie", and a public agency's "bla frais", "sin pagar", as a
 *     reader's word (-brokers.c);
 *   - a scholarship's fee in Arabic ("منحة ممولة بالكامل", "رسوم دراسة
 *     الملف", "قابلة للاسترجاع"), "بدون رسوم" as a reader's, and a bare
 *     address as somewhere for all the agents' kinds (-agents.c);
 *   - Morocco's social security fund (CNSS, "الضمان الاجتماعي") as a
 *     public body said to owe, family allowances as what it owes, a
 *     "processing fee" "to avoid" being struck off as the claim's
 *     urgency; "arnaque", "نصب", "بلا حتى رسوم" as a reader's word
 *     (-fixers.c);
 *   - a fqih's spells in Arabic and in Arabizi ("جلب الحبيب", "فك
 *     السحر", "jalb l7bib", "rajli rja3"), "نصب", "nsba", the police as a
 *     warning (-trades.c);
 *   - papers "registered in the system", a licence "sans examen", and a
 *     reader's warning of those who sell them ("c'est une arnaque"),
 *     which steps the rule back (-reach.c);
 *   - a look-alike address read in each part between hyphens and with a
 *     q for a g, the booking sites among the names spelt so
 *     (-neighbours.c).
 * Twelve readers probe the new rules (probe_readers): a warning of the
 * fake CNSS SMS with its address, "نصب"; the CNSS's own portal, "بلا حتى
 * رسوم… داخل أجل"; a sister sent to Huelva by ANAPEC "bla frais de
 * dossier", anapec.org; a Spanish warning of an "expediente" offer, its
 * number quoted, "estafa"; a buyer of a "lot titré" four years late,
 * the urban agency's landline; DAAD's scholarships "بدون رسوم" at
 * daad.de; a tanner's day in Arabizi, "men stta d sba7 7ta sb3a d
 * l3chiya, 0 congé", no number; an aunt robbed by a "fqih rou7ani",
 * his disguised number quoted, "Nsba!"; a riad on booking.com with its
 * landline; a warning of "permis sans examen" pages, narsa.ma; the
 * tanners' association's landline in dots, "bla flouss"; a reader who
 * booked on Booking and Airbnb with a discount: none is flagged.
 *
 * Still thin, though caught, each at 0.50 by its one rule alone: the
 * Spanish "expediente" jobs (its bare address weighs nothing of its
 * own), the fqih's "rajli rja3" with his number in words, the "lots
 * titrés" with the broker's number, and the Arabic scholarship; the
 * fake CNSS notice stands at 0.57 (the rule and its link), the bet site
 * in the website field at 0.58, caught before the round.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout42-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "رد البال، وصلات لمي رسالة فيها: \"تم تعليق التعويضات العائلية، أداء رسوم المعالجة 9 دراهم عبر cnss-tahyin.info داخل أجل 24 ساعة\". هادا نصب، الصندوق الوطني للضمان الاجتماعي ما كيطلب حتى درهم فالرسائل.", "Khadija Alami", "khadija.alami.fes@gmail.com", NULL },
  { "التعويضات العائلية كيصرفها الصندوق الوطني للضمان الاجتماعي بلا حتى رسوم، وتحيين المعطيات كيدار فالوكالة ولا فالبوابة الرسمية https://www.cnss.ma داخل أجل معقول، ماشي فشي رابط جا فرسالة.", "Mohammed Lazrak", "m.lazrak.cnss@gmail.com", NULL },
  { "Khti mchat l Huelva b contrat de travail dyal lfraise men ANAPEC, visado f 40 yom, bla frais de dossier, gratuit kolchi. Ila bghitiw tsjlo, ghir f lwakala dyal ANAPEC wla f anapec.org, machi 3nd chi samsar.", "Sanae Berrada", "sanae.berrada@gmail.com", NULL },
  { "Cuidado: a mi primo le llegó por WhatsApp \"contratos de trabajo en España, alojamiento incluido, gastos de expediente de 3.000 DH\" con un número +212 6 12 34 56 78. Es una estafa, las campañas de la fresa se hacen por la ANAPEC y sin pagar nada.", "Karim Ouali", "karim.ouali.es@gmail.com", NULL },
  { "J'ai acheté un lot titré au lotissement voisin en 2019, facilités de paiement sur trois ans, et le titre foncier n'a pas été remis à la signature : quatre ans de retard. L'agence urbaine m'a reçu au 05 35 62 11 40, sans résultat.", "Driss Tazi", "driss.tazi.fes@gmail.com", NULL },
  { "للطلبة: منح DAAD لدراسة الماستر في ألمانيا منحة ممولة بالكامل وتشمل السكن و934 يورو شهريا، والتسجيل بدون رسوم على الموقع الرسمي daad.de فقط. أي رسوم دراسة الملف هي نصب.", "Asmae Bennis", "asmae.bennis.chem@gmail.com", NULL },
  { "Khdmt 9 snin f dbagha men stta d sba7 7ta sb3a d l3chiya, 0 congé, w kont kanakhod jouj w tlata d l'alaf f chhar. Rb3a d drari kbrou b had lkhdma, w 2500 dh ma t9dich 7ta l kra.", "Abdelali Sefrioui", "abdelali.sefrioui@gmail.com", NULL },
  { "Khalti khlsat 3000 dh l wa7ed fqih rou7ani bach jalb l7bib w rajli rja3, w walou. Nsba! Kan kay3ti numéro: 0 stta sb3a 12 34 56 78. Ila chi wa7ed tlb mnkom flouss b smiyt sso7or, bl8o l boulis.", "Houda Kettani", "houda.kettani@gmail.com", NULL },
  { "Riad Dar Sbagha, 5 chambres 9rib men Chouara : réservations sur booking.com ou au fixe 05 35 74 12 90. Nous gardons nos tarifs pendant les travaux et nous prévenons nos clients de l'odeur le matin.", "Riad Dar Sbagha", "riaddarsbagha@gmail.com", NULL },
  { "Attention aux pages qui vendent le « permis sans examen » et des diplômes « enregistrés dans le système » par WhatsApp : c'est une arnaque, le permis se passe à la NARSA, https://www.narsa.ma", "Younes Fassi", "younes.fassi@gmail.com", NULL },
  { "L'ijtima3 dyal jam3iyat dabbagha nhar 14: ila bghiti tsjl smitek, 3ayt l jam3iya f lfixe 05.35.63.20.11, bla flouss. Jibo m3akom carte d'artisan, w li ma 3ndouch yji 7ta howa.", "Association Tanneurs Chouara", "atchouara@gmail.com", NULL },
  { "@Carmen Ortega yo también reservé en Booking y en Airbnb un riad con vistas a la curtiduría, 30% de descuento por la temporada baja, y se pagaba al llegar. Merece la pena ir antes de las obras.", "Lucía Herrera", "lucia.herrera.viajes@gmail.com", NULL },
};

static const HeldoutRound round42 = {
  "/spam-heldout42", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story42,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round42);

  return g_test_run ();
}
