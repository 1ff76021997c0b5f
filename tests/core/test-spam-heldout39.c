/* test-spam-heldout39.c: a thirty-ninth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Lagos, Nigeria
 * (the danfo terminal and about 1,150 traders at the Ayinke Market
 * junction in Oshodi moved to a new transport park at Ilasamaja):
 * test-spam-heldout39-data.h, which says what each comment is. Most of
 * them in English or Nigerian Pidgin; others in Yoruba, Igbo, Hausa,
 * Swahili and French.
 *
 * Before the round, under the story and without it: desk 10 of 12
 * caught and 0 of 12 readers flagged; dressed 8 of 12 and 0 of 12. What
 * was missed wrote its number so that no check read it, or spoke a
 * trade no rule read in West or East Africa's words: Canada and UK work
 * visas "100% guaranteed", half the processing fee upfront, the number
 * read out with "oh" for a zero ("oh-eight-one-oh, five five two…", 0);
 * the Illuminati's riches for joining, in Swahili, "+254 7two2 418 903"
 * (0); a "powerful herbalist" in Pidgin whose soap brings customers
 * back, "call am: 0 8 0 3 - 5 7 1 - 9 2 4 8" (dressed, 0); UK care jobs
 * "pay ₦600k now and the balance when the visa comes out", "WhatsApp
 * Mrs Folake: +234 (0) 7O3 92 81 644" (dressed, 0); a Yoruba prophet,
 * "prayer warrior alagbara", for money, marriage, children and enemies,
 * "0-7-0-6 ... 4-1-2 ... 8-8-3-9" (dressed, 0.30); and a Hausa NGO's
 * grant of ₦500,000 for a ₦5,000 form fee at a made-up .org.ng address
 * (dressed, 0.15).
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, and no reader's
 * score in the earlier tests moved (one earlier spam comment rose).
 *   - a telephone number in groups of single digits between dashes or
 *     dots, read out with "oh" for a zero, with a digit word run into a
 *     group ("7two2"), or with the trunk zero in brackets after the
 *     country's code, is somewhere to write; a match's scores ("0-0 1-0
 *     2-1") still are not (-numbers.c, new: the thirty-eighth round's
 *     reading of numbers, moved out of -disguise.c, and this round's);
 *   - a healer or a prophet called powerful beside his title, who names
 *     the troubles he ends (business, marriage, children, enemies, in
 *     English, Pidgin, Yoruba, Igbo, Hausa, Swahili and French), with a
 *     number, "call am" and "e pe" weighing a little more; a reader
 *     who calls him "wayo" or "jibiti" is told apart (-trades.c);
 *   - riches for joining the Illuminati or another secret society, the
 *     invitation beside its name, with whom to write to; French
 *     scholarships, "bourses complètes… frais de dossier", and a swindle
 *     named in French, Hausa, Yoruba and Pidgin as a warning (-agents.c);
 *   - a job abroad in Nigerian English: care jobs and work visas for
 *     the UK and Canada, "japa", the fee paid "upfront" or "the balance
 *     when the visa comes out" (-brokers.c);
 *   - a grant whose form costs a fee ("kudin fom ₦5,000"), at a made-up
 *     address of any name, and readers' warnings in Hausa, Yoruba,
 *     Pidgin and Swahili (-notices.c);
 *   - a bank account "flagged" and "restricted within 24hrs" as
 *     phishing (-offers.c), and "contact us" in Swahili, Hausa, Yoruba
 *     and Igbo, "kwa maelezo zaidi wasiliana na…" (-reach.c).
 * Thirteen readers probe the new rules (probe_readers): a sister's
 * "powerful prophet" who took ₦200,000, his number spaced out, "na
 * wayo"; a parish's free "powerful evening of prayer" for traders'
 * business and marriage, its pastor's office number; a mother's
 * herbalist who sells agbo, not charms; a Kenyan warning of "jiunge na
 * Illuminati" with its number; a Hausa warning quoting the ₦5,000 form
 * fee; the state's grant registered free at its .gov.ng site; a nephew's
 * fake Certificate of Sponsorship, the balance on the visa; French
 * scholarships with "aucun frais de dossier" at educanada.ca; the CBN
 * text quoted as fake; the union's office number spaced out, "call
 * am"; a Kenyan's "wasiliana na chama chenu"; football scores by the
 * danfo drivers; a cooperative's number beside an Illuminati joke:
 * none is flagged.
 *
 * Still thin, though caught: the herbalist (0.55: the healer rule
 * alone, its number read only as spaced out), the Hausa grant (0.57:
 * the form fee rule and its link), the CBN text (0.62: phishing and
 * its link), the loan app in Igbo and Pidgin (0.64, caught before the
 * round: no word for a loan, "from QuickNaira app in 10 minutes"), the
 * betting site in the website field of a few words of thanks (0.67).
 * Three probe readers stand at 0.45: the nephew who asks readers to
 * WhatsApp him, the reader quoting the CBN text (its phishing
 * phrases weigh 0.45 even beside "fake"), the cooperative's number.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout39-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "Please beware of these \"powerful prophet\" adverts. A woli who promised my sister marriage and children collected ₦200,000 for \"special prayers\" and then switched off his line, 0 8 0 3 - 5 7 1 - 9 2 4 8. Na wayo, nobody should call am.", "Folasade Ogunleye", "folasade.ogunleye@gmail.com", NULL },
  { "Join us for a powerful evening of prayer for traders moving to the new park, for their business, their marriage and their children, Friday 7 August at 6pm, RCCG Grace Parish, Ilasamaja. Everyone is welcome and it is free. Enquiries: Pastor Bayo Ajayi, church office 0803 412 7781.", "RCCG Grace Parish Ilasamaja", "graceparish.ilasamaja@gmail.com", NULL },
  { "My mother's herbalist at Oja Oba sells agbo for malaria and typhoid, not charms for business. If you want real herbs for your family, Iya Sade's stall is beside the pharmacy, 0805 118 2294.", "Bukola Adeyemi", "bukola.adeyemi@yahoo.com", NULL },
  { "Hawa wanaosema \"jiunge na Illuminati upate utajiri\" na kuweka namba +254 722 418 903 ni matapeli tu. Usitume pesa yoyote, ripoti kwa polisi.", "Wanjiru Kamau", "wanjiru.kamau@gmail.com", NULL },
  { "Ku yi hankali! Sakon \"tallafin ₦500,000 ga 'yan kasuwa, ku yi rajista a gtyk-foundation.org.ng, kudin fom ₦5,000\" damfara ne. Gwamnati ba ta karbar kudin fom.", "Aisha Bello", "aisha.bello.kano@gmail.com", NULL },
  { "The state's grant for displaced traders (₦100,000 each) is real: register free at https://lsetf-grants.lagosstate.gov.ng with your enumeration slip, there is no form fee and nothing to pay.", "Tokunbo Adeleke", "tokunbo.adeleke@gmail.com", NULL },
  { "My nephew paid ₦600k upfront to an agent for a UK care assistant job with a \"Certificate of Sponsorship\", the balance when the visa comes out. The CoS was fake. Check the Home Office register of licensed sponsors on https://www.gov.uk before you pay anybody, and WhatsApp me on 0803 555 1212 if you want the agent's name to avoid.", "Chidi Okeke", "chidi.okeke.lagos@gmail.com", NULL },
  { "Les bourses d'excellence du gouvernement canadien sont gratuites : aucun frais de dossier, tout se fait sur https://www.educanada.ca . Méfiez-vous des sites en .online qui demandent 45 000 FCFA.", "Aminata Diallo", "aminata.diallo@gmail.com", NULL },
  { "My mother got \"CBN: your BVN has been flagged, your account will be restricted within 24hrs, update your details at cbn-bvnupdate.com.ng\". It's fake, CBN never sends links. Call your bank's own line on the back of your card.", "Ngozi Eze", "ngozi.eze.ng@gmail.com", NULL },
  { "For the drivers, the NURTW Ayinke unit secretary says the union's office line is 0 8 0 2 - 3 3 4 - 1 9 0 7, call am before 3 August if your bus has no park sticker yet.", "Sunday Olawale", "sunday.olawale@gmail.com", NULL },
  { "Kwa wafanyabiashara wa Lagos: wasiliana na chama chenu cha wafanyabiashara kabla ya tarehe 10 Julai, hapa Nairobi waliohamishwa bila kusajiliwa walipoteza nafasi zao.", "Otieno Ouma", "otieno.ouma@gmail.com", NULL },
  { "Enyimba 0-0 Rangers, then 1-0, 2-1 ... 3-0, 1-1 at the weekend: the danfo drivers at Ayinke argue football louder than the conductors shout. I will miss that junction.", "Kelechi Nwankwo", "kelechi.nwankwo@gmail.com", NULL },
  { "Lol, the Illuminati must be behind that ₦6.8bn contract, somebody is getting rich. Traders who want to join our savings cooperative before the move, email ayinkecoop@gmail.com or call 0806 223 9184.", "Ayinke Traders Cooperative", "ayinkecoop@gmail.com", NULL },
};

static const HeldoutRound round39 = {
  "/spam-heldout39", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story39,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round39);

  return g_test_run ();
}
