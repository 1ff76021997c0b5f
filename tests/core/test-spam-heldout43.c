/* test-spam-heldout43.c: a forty-third round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Cebu City, the
 * Philippines (the city to close 640 metres of Calle Pescadores to all
 * but Bus Rapid Transit buses from 1 February 2027, move the 418 vendors
 * of the Lawis Baybay Market to a four-storey annex 1.2 kilometres away
 * and cut the 09G, 10M and 21D jeepney routes; ₱5,000 a month for three
 * months, then ₱45 a day; ₱18,000 a jeepney to its operator; a public
 * hearing on 22 October): test-spam-heldout43-data.h, which says what
 * each comment is. Most of them in Cebuano (Bisaya) or in Taglish, some
 * in texting style; others in Tagalog, Filipino English, Mandarin,
 * Korean and Spanish.
 *
 * Before the round, under the story and without it: desk 10 of 12
 * caught and 0 of 12 readers flagged; dressed 7 of 12 and 0 of 12. What
 * was missed sold in the Philippines' words what no rule read, or gave
 * its number so that no check read it: an online loan "NO CI, NO
 * COLLATERAL", the number read out in Cebuano's digit words, "zero siyam
 * lima unom…" (0.35: the word "loan" alone); caregivers for Japan and
 * farm workers for Canada, "sa JAPAN", for a "placement fee", the number
 * spaced digit by digit (0); and, dressed, an albularyo's "gayuma" that
 * brought a husband back, the number half in Tagalog's digit words,
 * "zero siyam siyam anim - 5 walo 2 - apat apat isa 7" (0); a lending
 * app a neighbour "nakautang" from, "walang collateral, walang
 * co-maker" (0); a manpower agency's jobs "para sa Japan ug Canada",
 * "placement fee ₱85,000", a bare .online address and a +63 number (0);
 * a house "rent to own", "零首付 no down payment", "马上可以入住", in
 * Mandarin with a broker's number (0); and a resort booked at
 * "traveIoka-ph.com", a travel site's name with a capital I for the l
 * (0.35: a discount alone). No reader was flagged; the nearest, the
 * daughter quoting a fake "Market Operations" text with its .online
 * link beside "MODUS… Scam yan", stood at 0.49 and stands there still.
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, no new reason
 * (each kind had one), and no reader's score in the earlier tests rose.
 *   - Cebuano's and Tagalog's digit words ("usa", "duha", "tulo",
 *     "upat", "unom", "pito", "walo", "siyam"; "isa", "dalawa", "tatlo",
 *     "apat", "anim"), only ever read as part of a number of nine digits
 *     or more that starts with a zero (-numbers.c);
 *   - a loan without collateral in the Philippines' words ("no CI",
 *     "walang co-maker"), a neighbour's "nakautang", "umutang",
 *     "pahulam", "lending" as a loan, and "modus", "budol", "peke", "wag
 *     maniwala", "ayaw pagpatuo" as a reader's (-services.c);
 *   - a job abroad from the Philippines, "sa Japan", "sa Canada", "sa
 *     Dubai", "pa-abroad"; a house and lot "rent to own", "no down
 *     payment", "零首付", "可以入住", a "楼盘" or "公寓", with a broker's
 *     number; "illegal recruitment", "walay placement fee", "modus",
 *     "budol" as a reader's word, "延期交房" as a buyer's complaint
 *     (-brokers.c);
 *   - the albularyo, the mananambal and their "gayuma" and "lumay" as
 *     spells sold, "budol", "peke", "modus", "pulis" as a warning
 *     (-trades.c);
 *   - a look-alike address read again with each "i" as an "l" (a
 *     capital I for an l, lower-cased), and Asia's travel sites,
 *     Traveloka, Agoda, Expedia, Klook, among the names spelt so
 *     (-neighbours.c).
 * Twelve readers probe the new rules (probe_readers): a warning of a
 * loan text, "no CI, walang collateral", its number quoted, "Modus yan,
 * budol"; a 09G driver counting in Cebuano, "duha ka anak, tulo ka apo",
 * with his boundary and rent in pesos; a warning of "caregiver sa
 * Japan, placement fee", its spaced number quoted, "illegal
 * recruitment", dmw.gov.ph; the DMW's own hiring for Japan and Canada,
 * "walay placement fee", its hotline; a house and lot "rent to own, no
 * down payment" still without its title, "delayed", the developer's
 * landline; a Mandarin buyer's "零首付、马上可以入住" and "延期交房" with
 * the broker's number; a grandmother's albularyo and a quoted "gayuma"
 * text with its number in words, "budol na, ayaw pagpatuo"; the DSWD's
 * free AICS at dswd.gov.ph with its landline; a resort booked on
 * traveloka.com and Klook with a discount; a commuter's fares worked out,
 * "09G jeep ₱13 x 2"; a cooperative's lending to members "walang
 * collateral", its landline (0.45: the loan rule's lesser weight); a
 * licence renewed at the LTO, "no exam" licences "budol na",
 * portal.lto.gov.ph: none is flagged. (A warning that passes on a scam's
 * "text 0917 …" word for word was read as the author's own invitation
 * until the thirty-third session, which reads a sentence telling what
 * someone received, "naka-receive si Tita ng text", as passed on
 * (byline-spam-filter-relays.c); the probe words it as readers also
 * do, "text daw sa 0917 …".)
 *
 * Still thin, though caught, each at 0.50 by its one rule alone: the
 * caregivers for Japan and Canada (its invented shortener weighs
 * nothing), the albularyo's "gayuma" with her number in words, the
 * lending app "walang collateral", the manpower agency "sa Japan ug
 * Canada", the Mandarin "rent to own" house, and the scholarship with a
 * "refundable" fee, caught before the round; the rush NBI clearance and
 * "no exam" licence (its "+63.917…" number in dots read as a messenger's
 * only) and the Mandarin forex "teacher" stand at 0.55, the house-moving
 * truck's number at 0.55 and the casino code in the website field at
 * 0.58, caught before the round.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout43-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Ingat mga ka-tindera! Naka-receive si Tita ng text: \"ONLINE LOAN ₱50,000, no CI, walang collateral, approve in 5 mins\", text daw sa 0917 555 0134. Modus yan, budol! Yung kapitbahay namin nakautang sa ganyang app tapos hinarass pa sa Facebook ang buong pamilya.", "Jessa Alfaro", "jessa.alfaro.cebu@gmail.com", NULL },
  { "Duha ka anak, tulo ka apo, upat ka tuig na ko nagdrayber sa 09G, lima ka biyahe kada adlaw. ₱1,100 boundary, ₱45 sa renta ni misis, unom ka adlaw kada semana. 10M ug 21D wala na pud. Asa man mi paingon ani?", "Roberto Ybas", "roberto.ybas09g@gmail.com", NULL },
  { "Pahimangno sa mga drayber: naay nag-post sa Facebook nga \"caregiver sa Japan, placement fee ₱65,000 lang, tawag 0 9 1 8 - 6 6 2 - 0 4 7 3\". Illegal recruitment na, walay placement fee ang caregivers sa Japan ubos sa DMW. Susiha una sa https://www.dmw.gov.ph kung lisensyado ang agency.", "Ana Marie Sanchez", "anamarie.sanchez@gmail.com", NULL },
  { "Sa mga drayber nga gusto mo-abroad: ang DMW naay lehitimong hiring para sa drivers sa Japan ug caregivers sa Canada, walay placement fee, tan-awa ang job orders sa https://www.dmw.gov.ph o tawag sa hotline 1348. Ayaw mo pagbayad sa bisan kinsa sa Facebook.", "Mario Cabiling", "mario.cabiling@gmail.com", NULL },
  { "Nipalit mi og house and lot sa Talisay sa 2018, rent to own kuno, no down payment, pero 2024 na wala pa gihapon ang titulo. Delayed ang tanan. Ang opisina sa developer (032) 234 5678 dili na motubag. Mao nga mas maayo pa ang annex kaysa mangutang og balay.", "Gemma Tabada", "gemma.tabada@yahoo.com", NULL },
  { "我爸爸前年在Talisay买了一个公寓，广告说零首付、马上可以入住，结果延期交房两年，经纪人的电话0933 000 1111也打不通了。大家买房子之前一定要去HLURB查一下开发商。", "Vincent Go", "vincent.go.cebu@gmail.com", NULL },
  { "Si Lola nagpatambal sa albularyo sa Siquijor kaniadto para sa iyang tuhod, lana ug tuob, ug nindot man. Pero kadtong nag-text kang Mama nga \"gayuma, mobalik imong bana sulod sa 3 ka adlaw, tawag zero siyam siyam anim 582 4417\": budol na, ayaw pagpatuo.", "Kristine Ompad", "kristine.ompad@gmail.com", NULL },
  { "Ang AICS sa DSWD libre, walay processing fee, ug dili pinaagi sa link sa text. Adto lang sa DSWD Field Office 7 sa M.J. Cuenco Avenue o tan-awa https://www.dswd.gov.ph, hotline (032) 232 1965.", "Ramon Dungog", "ramon.dungog@gmail.com", NULL },
  { "Estuve en Moalboal en abril: reservé el resort en https://www.traveloka.com/es-ph y un tour de sardinas en Klook, con un 30% de descuento por temporada baja, y se pagaba al llegar. Vale la pena antes de las obras.", "Marta Iglesias", "marta.iglesias.viajes@gmail.com", NULL },
  { "Kinwenta nako: 09G jeep ₱13 x 2 = ₱26 kada adlaw, 6 ka adlaw = ₱156 kada semana. Karon 3 ka sakay na: jeep, BRT, shuttle, mga ₱39 one way. Pls lng unta libre ang shuttle gyud, 2 ka tuig pa ang works hangtod June 2028.", "Lyka Baguio", "lyka.baguio@gmail.com", NULL },
  { "Sa mga tindera nga kinahanglan og puhunan: ang Lawis Baybay Multi-Purpose Cooperative naay lending para sa mga miyembro, walang collateral pero kailangan 6 months na member, 1% kada bulan ang interest. Opisina sa Barangay Hall, landline (032) 256 1180.", "Lawis Baybay MPC", "lawisbaybay.mpc@gmail.com", NULL },
  { "Nagpa-renew ko sa akong lisensya sa LTO Cebu City District Office, walay fixer, ₱585 ra tanan, usa ka adlaw ra. Ayaw pagpatuo sa mga nagbaligya og \"no exam\" nga lisensya sa Facebook: budol na. Appointment sa https://portal.lto.gov.ph", "Jun Villarin", "jun.villarin@gmail.com", NULL },
};

static const HeldoutRound round43 = {
  "/spam-heldout43", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story43,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round43);

  return g_test_run ();
}
