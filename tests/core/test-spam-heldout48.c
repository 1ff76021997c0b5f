/* test-spam-heldout48.c: a forty-eighth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Nairobi, Kenya
 * (about 2,800 hawkers on Tom Mboya Street moved to the new six-storey
 * Landhies Traders' Market from 3 May to 30 July 2027, KSh 1.42
 * billion, 3,000 stalls free for six months then KSh 1,500 a month, the
 * matatu stage at the Odeon end moved 300 metres to Ronald Ngala
 * Street, a forum on 13 March 2027 at Charter Hall):
 * test-spam-heldout48-data.h, which says what each comment is. Most of
 * them in Kenyan English, Sheng and Swahili; others in Somali, with
 * phrases of Kikuyu and Luo, one in Gujarati and one in Arabic.
 *
 * Before the round, under the story and without it: desk 10 of 12
 * caught and 0 of 12 readers flagged; dressed 7 of 12 and 0 of 12. What
 * was missed gave its number in Swahili's digit words, or sold what no
 * rule read in Kenya's words: a mganga from Tanga who "anarudisha
 * mpenzi", his number "sifuri saba tatu nne, 88 two, tano sita O, 1 O
 * saba", Swahili's digits and an O alone read as no number, so the
 * spell had nowhere to write (0); KCSE certificates and an "NTSA smart
 * DL bila test", "100% genuine, verifiable online", "07O1 552 O84" read
 * as a number but no paper's sale read in "bila test" (0); dressed, a
 * reader's nod with a betting site's "shindabet.online/join?code=
 * BRAYO48" in the website field, a code under "?code=", not "?ref="
 * (0.40, the shop-like site alone); a mganga in Kariobangi whose "dawa
 * ya kuvuta wateja" brought customers and "bwana akarudi", "0721 tisa
 * nne saba, sita moja nane" (0: neither the spell nor the digits read);
 * Joska plots "ONLY 3 REMAINING… pay deposit today… before prices go
 * up", no pressure of a sale read but the flats' and Asia's (0.15, its
 * link); and a "fully funded" UK scholarship with "only a KSh 3,800
 * application processing fee" at a bare "cul-scholarships.org/apply-ke",
 * no promise of the fake ones but "fully funded" itself (0).
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, no new reason
 * (each kind had one). In the earlier tests no score changed (the drift
 * of every ham, spam, probe and reader line of the core suite, before
 * and after, is none).
 *   - Swahili's digit words ("sifuri", "moja", "mbili", "tatu", "nne",
 *     "tano", "sita", "saba", "nane", "tisa") among a number's digits,
 *     "sifuri" where one may start, and an O alone after a group as a
 *     zero ("tano sita O, 1 O saba") (-numbers.c);
 *   - a healer's "dawa ya kuvuta wateja", "bwana akarudi", "mume
 *     akarudi" as his cures; "utapeli", "matapeli", "polisi" as a
 *     reader's warning (-trades.c);
 *   - a licence "bila test", "leseni bila test" as papers sold; papers
 *     vouched for ("100% genuine", "verifiable", "any grade, any year")
 *     weigh 0.55, not 0.45; "utapeli", "matapeli", "ni wizi" as a
 *     warning (-reach.c);
 *   - a sign-up page's code under "?code=", "?promo=", "?invite=",
 *     "?referral=" as well as "?ref=", in the website field (-referrals.c);
 *   - Kenya's plots ("viwanja", "plots for sale") sold with "deposit
 *     today", "secure yours", "ready title deeds", "before prices go up";
 *     a title "still not ready" as a buyer's complaint (-brokers.c);
 *   - a "fully funded" scholarship whose fee is made light of ("only a
 *     … fee", within 32 bytes) as its promise (-agents.c).
 * Twelve readers probe the new rules (probe_readers): a grandmother's
 * stall number read out in Swahili's digits; a mganga's advert quoted
 * with its number in words, "utapeli mtupu", "polisi"; a neighbour's
 * mganga who promised "bwana akarudi", "ni utapeli"; a parent sent to
 * KNEC, not to those who sell certificates "any grade, any year" and
 * "DL bila test", "matapeli", KNEC's number; a chama's plots, "title
 * deeds ready for collection", deposit balances by paybill and the
 * treasurer's number; a Joska buyer quoting "ONLY 3 REMAINING, pay
 * deposit today, ready title deeds", the title "still not ready"; a
 * reader on "fully funded" scholarships that never ask for a fee; a
 * university's fully funded MA with its KSh 1,000 fee and the admissions
 * office's number; a brother lost to betting's "free KSh 500 bonus and
 * a referral code", "ni wizi"; a cycling group's "/join?code=" page in
 * the website field (0.30); a fake certificates advert quoted with its
 * "07O1 552 O84", "matapeli"; a phone repairer's new stall and number:
 * none is flagged.
 *
 * Still thin, though caught, each by one rule alone: the Tanga mganga
 * (0.50, the spell with its number in words), the "fully funded" UK
 * scholarship (0.50, the scholarship's fee), and the Kariobangi mganga
 * and the KCSE papers (0.55 each); nearest of the readers, the cycling
 * group's sign-up page (0.30).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout48-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Shosho hana simu ya kisasa, kwa hivyo aliniambia niandike namba ya kibanda chake vile anavyoisoma: sifuri saba mbili mbili, tatu nne tano, sita saba nane. Wateja wake wa sukuma wampigie akifika Landhies.", "Grace Wairimu", "gracewairimu03@gmail.com", NULL },
  { "Wasee, kuna tangazo linazunguka WhatsApp: \"Daktari wa Tanga, anarudisha mpenzi, dawa ya kuvuta wateja, piga sifuri saba tatu nne, tano sita O.\" Huo ni utapeli mtupu, shangazi yangu alilipa 8,000 bob. Ripotini kwa polisi.", "Achieng Otieno", "achieng.otieno@gmail.com", NULL },
  { "Mganga wa Kariobangi alimwambia jirani yangu bwana akarudi kama atalipa elfu kumi. Bwana hakurudi, pesa ilienda. Ni utapeli, msiwape pesa hawa.", "Mama Wanjiru", "mamawanjiru@yahoo.com", NULL },
  { "Kama mtoto wako alipoteza cheti cha KCSE, any grade, any year, usinunue kwa hao wanaouza certificates na DL bila test, hao ni matapeli. Nenda KNEC upate certified copy, na NTSA wanafanya test kwa driving school iliyosajiliwa. KNEC: 020 3317412.", "Peter Kamau", "peter.kamau@gmail.com", NULL },
  { "Our chama of 30 mama mboga bought four plots in Kitengela together in 2024. Title deeds ready for collection this month; members who still owe pay deposit balances through Paybill 522533, Account LANDHIES30, or call the treasurer on 0722 118 406. No broker, no rush.", "Landhies Mama Mboga Chama", "landhieschama@gmail.com", NULL },
  { "We fell for it too: \"ONLY 3 REMAINING, pay deposit today, ready title deeds\" in Joska. Three years on the title is still not ready and the broker's 0722 118 406 is off. Ask to see the mother title at the Ardhi registry before you pay anything.", "Esther Muthoni", "esther.muthoni@outlook.com", NULL },
  { "Fully funded scholarships never ask you for an application processing fee. The real Commonwealth ones are listed at https://cscuk.fcdo.gov.uk/scholarships/ and you never pay to apply. If someone asks for KSh 3,800 by M-Pesa, it is a scam.", "Wambui Kiarie", "wambui.kiarie.planner@gmail.com", NULL },
  { "For the young hawkers who want to study: the University of Nairobi has a fully funded MA in urban planning for county staff and traders' children, with an application fee of KSh 1,000 paid at the bank. Ask the admissions office on 0722 205 901.", "Dr. Otieno Ouma", "otieno.ouma@uonbi.ac.ke", NULL },
  { "My brother lost his salary on those betting apps. They give you a free KSh 500 bonus and a referral code to share, then the odds take everything. Ni wizi. If betting is a problem in your home, the Kenya Red Cross line 1199 is free.", "Faith Chebet", "faith.chebet@gmail.com", NULL },
  { "Our cycling group rides down Ronald Ngala every Sunday at 7am to show the county where the cycle lane should go. Join us, everyone welcome, helmets required.", "Collins Waweru", "collins.waweru@gmail.com", "https://eastlandscyclists.org/join?code=SUNDAY" },
  { "Hii ni tangazo nilipokea: \"Tunatengeneza original KCSE certificates, 100% genuine, verifiable online, call 07O1 552 O84\". Msidanganywe, hao ni matapeli, na ni kosa la jinai kununua cheti.", "Halima Mohamed", "halima.mohamed@yahoo.com", NULL },
  { "Mimi ni fundi wa simu pale Tom Mboya, kibanda namba 12 karibu na Odeon. Nitahamia Landhies floor ya pili, stall C-118. Wateja wangu mnaweza kunipigia 0711 402 385 au kuja moja kwa moja, bei ni zile zile.", "Fundi Juma", "fundijuma@gmail.com", NULL },
};

static const HeldoutRound round48 = {
  "/spam-heldout48", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story48,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round48);

  return g_test_run ();
}
