/* test-spam-heldout52.c: a fifty-second round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Dhaka,
 * Bangladesh (the 1.2 km road along the Kalyanpur canal closed from 1
 * February to 31 May 2027 while Dhaka North City Corporation dredges the
 * canal, Tk 186 crore, Tk 9,000 a month for up to four months to the 146
 * shops that lose sales, claims free of charge at the Zone 4 office or
 * the corporation's site until 25 February 2027, a public meeting on 23
 * January 2027, the corporation's free line 16315):
 * test-spam-heldout52-data.h, which says what each comment is. Most of
 * them in Bengali (Bangla script, with Bengali digits or ASCII ones),
 * several in romanised Banglish as typed on phones, some mixing either
 * with English in one sentence, and three in English.
 *
 * Before the round, under the story and without it (the same both
 * ways): desk 8 of 12 caught and 0 of 12 readers flagged; dressed 6 of
 * 12 and 2 of 12. What was missed was read in no rule's Bengali or
 * Banglish, bKash, Nagad and Rocket written in Bengali were no mobile
 * money, and a Bangladeshi mobile's eleven digits were no number when
 * read out or disguised: bKash's "account blocked" text, "আপনার
 * একাউন্টটি সাময়িকভাবে ব্লক করা হয়েছে… পিন ও ওটিপি দিয়ে সচল করুন" at a
 * look-alike link (0.15, the link alone), no PIN asked for read; a
 * kabiraj's "বশীকরণ, হারানো প্রেম ফিরিয়ে আনা… ফোন: শূন্য এক সাত, নয়
 * দুই…" (0), the number in Bengali words no number; papers sold,
 * "পরীক্ষা ছাড়াই BRTA স্মার্ট কার্ড ড্রাইভিং লাইসেন্স… অনলাইনে ভেরিফাই
 * হবে ১০০%", the number "০ ১ ৭ ৫ ৩ – ৮ ২ ০ – ৬ ৪ ১" (0), neither the
 * licence without its test in Bengali nor an en dash between a number's
 * groups read; a flood appeal, "শত শত পরিবার পানিবন্দি… যার যা
 * সামর্থ্য… বিকাশ/নগদ (পার্সোনাল) ০১৯৬৭-…" (0), neither the flood, the
 * gift nor the wallets read in Bengali. Dressed, a digital agency's
 * "কল করুন 01715-… অথবা dhakadigitalhaat.com.bd" (0), "কল করুন" no
 * call; Romania and Croatia "work permits… ৳80,000 advance to hold the
 * slot… by bKash" (0.45), the plural and the advance no job abroad's
 * fee; a Banglish testimonial for a pir's "tabij", his number "zero one
 * seven, nine nine, char char shat, dui shunno ek" (0), neither the
 * amulet nor Banglish's digits read; a flat let from Italy, "ফ্ল্যাট
 * দেখানোর আগে ২ মাসের অগ্রিম বিকাশে… WhatsApp: ০১৭ পাঁচ ৯৩৩-০৬১৪" (0),
 * a digit written as a Bengali word ending the number; a Nagad
 * "cashback", "নগদ নম্বর আর PIN দিয়ে claim করবেন… কল দেন: 0l9O4-7l3O58"
 * (0), the PIN asked for unread and a group of six no group; and a
 * "humanitarian team" for the 310 flooded homes paid to "বিকাশ ০১৯১২-…
 * (… পার্সোনাল)" (0), as the flood appeal. Two readers were flagged: a
 * pharmacy telling its customers where it moves, signed "Mayer Doa
 * Pharmacy" (0.64: the name read as an advert's, and "pharmacy" again
 * as a suspect word, one word counted twice); and a reader quoting a
 * scam SMS with its "dncc-gov-bd.khotipuron.site" link, "ETA PROTAROK"
 * (0.61: no word of her warning read, the link counted as a shop's and
 * as dressed as a government's).
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, both ways, no reader flagged, one
 * new reason ("asks for the PIN or the one-time code of an account").
 * In the earlier tests (the drift of every ham, spam, probe and
 * reader line of the core suite, before and after) nine spam comments
 * rose and none fell, no reader moved: a KRA tax refund's "verify your
 * KRA PIN… via M-Pesa" at a link (heldout48, 0.88 to 0.95, a secret
 * asked for); a number in keycaps, "WhatsApp me: +44 7400 123456"
 * (heldout12, 0.92 to 0.97, its group of six read); and seven healers
 * guaranteeing their spells, "100%", "guaranteed" (a Greek witch,
 * heldout45, 0.50 to 0.55; a Bengali kabiraj and Baba Ji, heldout14,
 * 0.72 to 0.75, and a mganga, 0.88 to 0.89; Maga Carmela, heldout46,
 * and a Kazakh emshi, heldout49, 0.72 to 0.75; a babalawo, heldout39,
 * 0.88 to 0.89). Classify's instructions (callgrind, bench-spam) fell
 * 1.30 %: the new rules alone rose them some 1.2 %, each word looked up
 * in the index first, the numbers read out in Bengali or Banglish tried
 * only at a zero's word; but whether a comment talks of fraud, which
 * several rules ask, is now worked out once for it (-hideouts.c).
 *   - a Bangladeshi mobile's eleven digits, a 0 first, disguised: read
 *     out in Bengali's, Banglish's or English's digit words ("শূন্য এক
 *     সাত…", "জিরো ওয়ান…", "char char shat"), one digit as a Bengali
 *     word among the others, a digit at a time with an en dash between
 *     groups, groups of six ("0l9O4-7l3O58") (-numbers.c); Bengali's
 *     letters with a nukta written whole folded as they are written
 *     apart, so that a word reads one way (-features.c);
 *   - bKash, Nagad and Rocket named in Bengali, words too (development,
 *     cash, a rocket), as mobile money beside a number or their own
 *     words ("বিকাশ/নগদ (পার্সোনাল) ০১৯৬৭-…", "নগদ নম্বর") (-messengers.c);
 *   - a wallet's PIN or one-time code asked for ("পিন ও ওটিপি দিয়ে",
 *     "PIN দিয়ে claim করবেন", "enter your PIN"), not denied in its
 *     clause ("চায় না", "diben na", "never") nor given in the wallet's own
 *     app, with an address or a number and no talk of fraud: phishing,
 *     whatever the wallet or the bait, its own reason beside the
 *     phishing notice's, in a new file, -wallets.c (-offers.c would have
 *     passed 800 lines);
 *   - a flood and a gift in Bengali and Banglish ("পানিবন্দি", "ঘরে
 *     পানি", "সাহায্য করতে চাইলে", "যার যা সামর্থ্য") paid to a wallet's
 *     number; a receipt ("রসিদ") or a merchant's number a real
 *     collection's, "প্রতারণা" a reader's (-fixers.c);
 *   - the licence without its test in Bengali, its words read further
 *     apart as its letters are three bytes ("পরীক্ষা ছাড়াই… ড্রাইভিং
 *     লাইসেন্স"), and in Banglish ("porikkha chara… licence"); "অনলাইনে
 *     ভেরিফাই" as the papers' vouch; "প্রতারক", "পুলিশ", "বলে কিছু নেই" as
 *     a driving school's warning (-reach.c);
 *   - the kabiraj's and the pir's words ("হারানো প্রেম", "তাবিজ",
 *     "tabij", "boshikoron"), the husband back ("স্বামী ফিরে এসেছে"),
 *     "ফোন করুন", "try kore dekhen" as the referral and a guarantee
 *     ("১০০% গ্যারান্টি") as the advert's push; "প্রতারক", "ভণ্ড",
 *     "bhondo" as warnings (-trades.c);
 *   - a job abroad's "advance to hold the slot", "work permits", and
 *     Bengali's jobs, countries and "অগ্রিম" (advance) (-brokers.c);
 *   - a flat let unseen in Bengali, "ফ্ল্যাট দেখানোর আগে… অগ্রিম… চাবি
 *     দেবে"; a landlord's "এসে দেখে" (come and see) (-services.c);
 *   - "কল করুন", "ফোন দিন", "call korun" as calls (-forms.c);
 *   - "প্রতারণা", "প্রতারক", "এটা ভুয়া", "protarok" as talk of fraud, what
 *     a reader quotes then the fraud's (-hideouts.c), and as a warning of
 *     a look-alike address (-neighbours.c);
 *   - a shop that signs with its name and quotes it in the comment, with
 *     no link nor price, counted once for the trade in its name
 *     (-locals.c, byline-spam-filter.c).
 * Twelve readers probe the new rules (probe_readers): a mother's bKash
 * SMS quoted, "পিন ও ওটিপি দিয়ে ভেরিফাই করুন", "এটা প্রতারণা"; a school's
 * teachers collecting for flood-stranded families, "সাহায্য করতে চাইলে",
 * at the school's Nagad merchant number, a receipt for each gift; an
 * uncle's number in Bengali words for a grandmother; a courier branch's
 * real notice with its phone, "redelivery charge… protarona"; a job fair
 * with its phone, "বিকাশে অগ্রিম… দালালের প্রতারণা"; a warning of loan
 * apps in English (0.35, "loan"); a kabiraj's advert quoted with his
 * number in Banglish words, "bhondo protarok, police e jan"; a driving
 * school quoting "পরীক্ষা ছাড়াই লাইসেন্স… WhatsApp…", "প্রতারক দালাল"; a
 * reader's "Nagad app e nijer PIN diye dhukun" with nagad.com.bd (0.15,
 * the link); a tailor's move with its phone in Bengali digits; a women's
 * savings samity's "২৫ দিনে টাকা ডাবল… প্রতারক"; a landlord letting a flat
 * after a visit, with her number: none is flagged.
 *
 * Still thin, though caught, each by one rule alone: the digital agency
 * (0.50, the number and its address), the kabiraj and the pir (0.55,
 * the cure with its guarantee or referral), the BRTA papers (0.55, the
 * licence with its vouch), the flood appeal and the "humanitarian team"
 * (0.55, a disaster's appeal paid to a private number) and the Nagad
 * "cashback" (0.55, the PIN asked for). Nearest of the readers, all of
 * the round's own: the pharmacy (0.45, its name) and the reader shouting
 * in capitals (0.40).
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout52-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "আমার মায়ের ফোনে এই এসএমএস এসেছে: «প্রিয় বিকাশ গ্রাহক, আপনার একাউন্ট ব্লক করা হয়েছে, ২৪ ঘণ্টার মধ্যে পিন "
    "ও ওটিপি দিয়ে ভেরিফাই করুন: bkash-unlock.verify-bd.site»। এটা প্রতারণা! বিকাশ কখনো পিন বা ওটিপি চায় না, "
    "সমস্যা হলে ১৬২৪৭-এ কল করুন।",
    "Mahmuda Khatun", "mahmuda.khatun.klp@gmail.com", NULL },
  { "দারুস সালাম সরকারি প্রাথমিক বিদ্যালয়ের শিক্ষক পরিষদ থেকে: পানিবন্দি ২৭টি পরিবারের বাচ্চাদের জন্য বই-খাতা "
    "আর স্কুলব্যাগ কেনা হচ্ছে। সাহায্য করতে চাইলে স্কুল অফিসে সরাসরি অথবা স্কুলের নগদ মার্চেন্ট নম্বর "
    "০১৮৪৫-৬২০৩১৭-এ দিতে পারেন, প্রতিটি দানের রসিদ দেওয়া হয়, হিসাব অভিভাবক সভায় দেখানো হবে।",
    "শিক্ষক পরিষদ, দারুস সালাম", "darussalam.gps.teachers@gmail.com", NULL },
  { "আমার নানু সংখ্যা পড়তে পারেন না, তাই ক্ষতিপূরণের ফর্ম জমা দিতে যে মামা সাথে যাবেন তাঁর নম্বর কথায় লিখে "
    "দিলাম: শূন্য এক সাত, এক পাঁচ, তিন দুই আট, চার নয় শূন্য। আবেদন বিনামূল্যে, কাউকে টাকা দিতে হবে না।",
    "সুমাইয়া আক্তার", "sumaiya.akter.klp@gmail.com", NULL },
  { "Ami Sundarban Courier er Kalyanpur branch e kaj kori. Road bondho thakar shomoy branch ta Darus Salam e "
    "shore jacche, 1 February theke parcel oikhane theke nite hobe, NID ar tracking number niye ashben, branch er "
    "phone 01713-582094. Amra SMS e bKash e kono charge chai na, \"redelivery charge\" er message ashle ota "
    "protarona.",
    "Habibur Rahman", "habib.courier.klp@gmail.com", NULL },
  { "বিএমইটি আর জেলা কর্মসংস্থান অফিসের চাকরি মেলা ২০ ফেব্রুয়ারি মিরপুর ১০-এ, তথ্যের জন্য ফোন ০১৭৯৪-৩৩৫৮২০। "
    "রোমানিয়া বা মালয়েশিয়া যেতে চাইলে শুধু সরকারি নিবন্ধিত রিক্রুটিং এজেন্সির মাধ্যমে যান, খরচের রসিদ নিন। কেউ "
    "বিকাশে অগ্রিম টাকা চাইলে সেটা দালালের প্রতারণা।",
    "Kawsar Ahmed", "kawsar.ahmed.mirpur@gmail.com", NULL },
  { "A warning about loan apps: my cousin took Tk 5,000 from one with just his NID and a selfie, \"no CIB check\", "
    "and a week later they wanted Tk 12,000 and threatened to message everyone in his phone book. These apps are "
    "illegal; file a GD at the police station and borrow only from a bank or a registered NGO.",
    "Nadia Chowdhury", "nadia.chowdhury.dhk@gmail.com", NULL },
  { "Amar khala ekta kobiraj baba-r ad dekhe 15,000 taka bKash koreche: boshikoron, harano prem ferot, 7 din e "
    "100% guarantee, phone korun shunno ek shat, noy dui, char char ek panch, choy aat. Kichui hoyni, number o "
    "bondho. Egula sob bhondo protarok, police e jan, keu phone korben na.",
    "Parvez Alam", "parvez.alam.klp@gmail.com", NULL },
  { "আমার মিরপুরে ড্রাইভিং স্কুল, ১৮ বছর ধরে। পরীক্ষা ছাড়া BRTA স্মার্ট কার্ড লাইসেন্স বলে কিছু নেই। যারা "
    "\"পরীক্ষা ছাড়াই লাইসেন্স ১০ দিনে, অনলাইনে ভেরিফাই, WhatsApp ০১৮৮৩-৫৪১২০৯\" বিজ্ঞাপন দেয় তারা প্রতারক দালাল, "
    "ভুয়া কাগজ দেয়, পুলিশ ধরলে মামলা। লাইসেন্স শুধু BRTA অফিসে লিখিত আর ব্যবহারিক পরীক্ষা দিয়ে হয়।",
    "মোস্তফা কামাল", "mostafa.driving.school@gmail.com", NULL },
  { "Cashback pete kono link e jete hoy na: Nagad app e nijer PIN diye dhukun, \"My Offers\" e dekhben. Official "
    "site https://nagad.com.bd te o offer er list ache. Onno kothao PIN diben na.",
    "Rakibul Hasan", "rakibul.hasan.mirpur@gmail.com", NULL },
  { "আমাদের দর্জির দোকান \"রূপসী টেইলার্স\" ১ ফেব্রুয়ারি থেকে দারুস সালামের অস্থায়ী মার্কেটে, দোকান নং ১২। "
    "অর্ডার বা ডেলিভারির খোঁজে ফোন: ০১৭১২-৪৮৩০৫৬। অগ্রিম কিছু লাগে না, কাপড় নেওয়ার সময় টাকা।",
    "রূপসী টেইলার্স", "rupshitailors.klp@gmail.com", NULL },
  { "আমাদের খালপাড়ের মহিলা সঞ্চয় সমিতিতে ২০ জন সদস্য, প্রতি মাসে ৫০০ টাকা করে জমা দিই, ১২ মাস পরে প্রত্যেকে "
    "৬,০০০ টাকা ফেরত পাই, সাথে সামান্য মুনাফা। যারা \"২৫ দিনে টাকা ডাবল\" বলে তারা প্রতারক।",
    "আয়েশা সিদ্দিকা", "ayesha.siddika.klp@gmail.com", NULL },
  { "মোহাম্মদপুরে আমার দুই রুমের একটা ফ্ল্যাট খালপাড়ের পরিবারদের জন্য চার মাসের ভাড়ায় দিতে পারি, মাসে ১৫,০০০ "
    "টাকা। আগে এসে দেখে যাবেন, পছন্দ হলে চুক্তি করে তারপর অগ্রিম, চাবি সেদিনই দেব। ফোন 01911-204873, আমি নিজে "
    "বাসায় থাকি।",
    "Selina Begum", "selina.begum.mdpur@gmail.com", NULL },
};

static const HeldoutRound round52 = {
  "/spam-heldout52", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story52,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round52);

  return g_test_run ();
}
