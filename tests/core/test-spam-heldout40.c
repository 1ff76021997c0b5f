/* test-spam-heldout40.c: a fortieth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Pune, India
 * (the municipal corporation to charge for parking on 14 busy roads
 * from 1 September, pay-by-app meters and UPI QR codes, ₹10 and ₹40 an
 * hour, residents' permits, a hearing on 12 August):
 * test-spam-heldout40-data.h, which says what each comment is. Most of
 * them in English or Hinglish; others in Hindi, Marathi, Tamil, Bengali
 * and Urdu.
 *
 * Before the round, under the story and without it: desk 8 of 12
 * caught and 0 of 12 readers flagged; dressed 6 of 12 and 0 of 12. What
 * was missed wrote its number so that no check read it, or spoke a
 * scam no rule read in India's words: a fake SBI text, "your YONO
 * account will be BLOCKED today, update your PAN" at a .co.in link
 * (0.15); the electricity "disconnected tonight at 9.30", "contact our
 * electricity officer 7O0OO 12345", in English and Marathi (0); a
 * PhonePe "customer care" in Bengali, "6OOOO I2345", AnyDesk (0.40); a
 * "digital arrest" by a fake CBI inspector on Skype, the savings to an
 * "RBI safe account" (0); and, dressed, an "RTO licence 100% guaranteed
 * bina test ke" (0.45); a pandit who lifts "व्यापार बंधन और गृह क्लेश",
 * "9 1 2 3 4 0 0 0 0 0" (0.45); BankNifty "calls" on Telegram that
 * "made me ₹3.2 lakh" (0.49); a Marathi business loan "CIBIL न
 * पाहता… ५ मिनिटांत" (0); RERA flats, "only 9 units left at pre-launch
 * price… site visit", a broker's number in dashes (0.45); and a Tamil
 * "National Merit Scholarship", "எந்த தேர்வும் இல்லை", for a ₹999
 * processing fee (0.40).
 *
 * Fixed in one session with rules for their kinds, not their words:
 * desk 12 of 12, dressed 12 of 12, no reader flagged, and no reader's
 * score in the earlier tests moved (one earlier spam comment rose: the
 * twenty-fourth round's Hinglish loan "bina CIBIL score ke").
 *   - an Indian mobile's ten digits, a 6 to a 9 first and no zero
 *     before them, read as a number only when disguised: an O for a
 *     zero, an I or an l for a one ("6OOOO I2345"), one digit at a time
 *     (-numbers.c);
 *   - a KYC or a PAN "to update", an account "will be blocked", the
 *     power "will be disconnected", the bill "not updated", in English,
 *     Hindi and Marathi, as phishing; "fake" in Hindi and Marathi as a
 *     reader's warning (-offers.c);
 *   - a help desk in Bengali ("কাস্টমার কেয়ার… রিফান্ড… কল করুন"),
 *     its number disguised as well as plain (-ruses.c);
 *   - a "digital arrest": an agency's threat of arrest, its demand (the
 *     call not to be cut, the savings to a "safe account"), and a
 *     number to call; "1930" and "scam" as a reader's warning
 *     (-rackets.c, a new reason);
 *   - scholarships in Hindi, Marathi, Tamil and Bengali, "without exam"
 *     and "straight to the bank account" as the fake one's promises;
 *     India's stock market "calls" and tips in a Telegram channel with
 *     a claim of profit (-agents.c);
 *   - loans "bina CIBIL", "CIBIL न पाहता", "कर्ज", paid out "५
 *     मिनिटांत" (-services.c); a driving licence "bina test ke"
 *     (-reach.c); a pandit's "व्यापार बंधन" and "गृह क्लेश", and
 *     "police", "fraud" in Hindi and Urdu as a warning (-trades.c);
 *   - flats or plots sold with a sale's pressure ("units left",
 *     "pre-launch price", "site visit", "zero brokerage") and a number
 *     or a site, a buyer's complaint of delay told apart (a new reason),
 *     and jobs in the Gulf in Urdu for a "processing fee" paid first
 *     (-brokers.c).
 * Twelve readers probe the new rules (probe_readers): a daughter
 * quoting the electricity text as fake; a warning of the SBI text; an
 * uncle's "digital arrest" call, "call 1930"; the scholarship portal,
 * "no processing fee"; a buyer whose pre-launch flat is delayed; a
 * cousin who lost ₹2 lakh on BankNifty calls; a temple's free prayer
 * for business and peace at home, its priest's number; a Hindi warning
 * of fake PhonePe customer care numbers; a reader on loans "without
 * CIBIL in 5 minutes", the Mudra scheme's link; a driving school that
 * only trains, the RTO's site and its office number; a Bengali son who
 * called a fake customer care; flats "ready to move" in a reader's
 * story: none is flagged.
 *
 * Still thin, though caught: the Marathi business loan (0.50: the loan
 * rule alone; nothing else reads its Marathi), the amil baba (0.55,
 * caught before the round: his number broken over two lines, read
 * only as a messenger's), the electricity
 * text (0.55: phishing alone), the digital arrest (0.60: its rule
 * alone), the SBI text (0.62: phishing and its link). Three probe
 * readers stand at 0.45: the daughter quoting the electricity text
 * (its phishing phrases weigh 0.45 even beside "fake"), the
 * scholarship portal's address, and the reader on loans with a link.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout40-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "My mother got this SMS last night: \"Dear Consumer, your electricity power will be disconnected tonight at 9.30 PM because your previous month bill was not update, contact electricity officer 7O0OO 12345\". It's fake, MSEDCL never sends a personal number. Pay only on the official app or at the office, and don't call it.", "Neha Joshi", "neha.joshi.pune@gmail.com", NULL },
  { "Beware of \"SBI: your YONO account will be blocked today, update your PAN\" messages with links. The bank says it never asks for KYC over SMS. I got one too and reported it to the branch.", "Kiran Patil", "kiran.patil@gmail.com", NULL },
  { "My uncle in Aundh got a video call from a \"CBI officer\" on Skype who said a FedEx parcel in his name had been seized and he was under digital arrest, and asked him to move his savings to an RBI safe account. It is a scam, there is no such thing as a digital arrest. Hang up and call 1930 or report at cybercrime.gov.in.", "Sachin Kulkarni", "sachin.kulkarni@gmail.com", NULL },
  { "Genuine scholarships for students are on the National Scholarship Portal, scholarships.gov.in, and there is no processing fee at all. Ignore WhatsApp forwards asking ₹999 for a \"merit scholarship without exam\".", "Lakshmi Narayanan", "lakshmi.n@gmail.com", NULL },
  { "We booked a 2 BHK in Hinjewadi at the pre-launch price in 2019 after a site visit, and possession is still delayed by three years. Check the project on the MahaRERA site before paying any booking amount.", "Ashwini More", "ashwini.more@gmail.com", NULL },
  { "My cousin lost ₹2 lakh following BankNifty \"sure shot\" calls on a Telegram channel that promised profit every day. SEBI says never pay for tips; if you want to learn, read the NSE's free material.", "Omkar Deshmukh", "omkar.deshmukh@gmail.com", NULL },
  { "हमारे मोहल्ले के मंदिर में इस रविवार गणेश पूजा और भंडारा है, सबका स्वागत है। व्यापार और गृह शांति के लिए सामूहिक प्रार्थना भी होगी, कोई शुल्क नहीं। जानकारी के लिए पुजारी जी: 020 2445 1187", "Shri Ganesh Mandir Sadashiv Peth", "ganeshmandir.sp@gmail.com", NULL },
  { "PhonePe कस्टमर केयर के नाम पर Google पर दिए नंबर पर कॉल न करें, वो ठग हैं। असली मदद ऐप के अंदर Help सेक्शन में मिलती है, रिफंड वहीं से मांगें।", "Rahul Verma", "rahul.verma@gmail.com", NULL },
  { "Banks will not give you a loan without CIBIL in 5 minutes; those apps charge 40% and harass your contacts. If your shop needs working capital, ask the MSME desk at your bank or the Mudra scheme at https://www.mudra.org.in .", "Deepak Jain", "deepak.jain.ca@gmail.com", NULL },
  { "The RTO says there is no licence without a test: book the driving test slot on https://parivahan.gov.in and go with your learner's licence. Our driving school only trains, call the office on 020 2543 1199 for the timetable.", "Kothrud Motor Training School", "kothrudmotor@gmail.com", NULL },
  { "আমার বাবার টাকা UPI তে আটকে গেছে, আমি কাস্টমার কেয়ার নম্বর খুঁজে কল করেছিলাম, ওরা AnyDesk চাইল। সাবধান, অ্যাপের ভেতরের হেল্প ছাড়া কোথাও কল করবেন না।", "Sourav Das", "sourav.das@gmail.com", NULL },
  { "Landlords on Prabhat Road are already advertising \"2 BHK, ready to move, near metro\" with parking included; pre-launch prices in Baner are ₹1.2 crore. Paid parking will make flats with a garage dearer, that's the real story.", "Meenal Gadgil", "meenal.gadgil@gmail.com", NULL },
};

static const HeldoutRound round40 = {
  "/spam-heldout40", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story40,
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round40);

  return g_test_run ();
}
