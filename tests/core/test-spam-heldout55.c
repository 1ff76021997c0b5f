/* test-spam-heldout55.c: a fifty-fifth round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented story from Kathmandu,
 * Nepal (the 1.4 km road from Kalimati Chowk to Teku Dovan closed from
 * Falgun 17, 2083 to Mangsir 10, 2084 to widen it, lay a storm drain
 * and dig out the buried Tankeshwor dhunge dhara, Rs 68 crore 40 lakh;
 * 460 footpath vendors moved to 380 free stalls at Teku, registration
 * free at the ward 13 and 12 offices; the city's free line
 * 1660-01-72255): test-spam-heldout55-data.h, which says what each
 * comment is. Most of them in Nepali, in Devanagari with its digits or
 * ASCII ones, several in romanised Nepali, some English, two in Hindi
 * and one in Newari.
 *
 * Before the round, under the story and without it (the same both
 * ways): desk 7 of 12 caught and 0 of 12 readers flagged; dressed 5 of
 * 12 and 0 of 12. Every miss scored 0, no rule reading its Nepali:
 * the fake eSewa KYC notice ("24 घण्टाभित्र खाता ब्लक हुनेछ", its
 * look-alike host); the loan without collateral ("धितो चाहिँदैन"), its
 * Viber number in Nepali number words ("नौ आठ छ शून्य — चार एक सात —
 * …", no number word of Nepali read, nor an em dash as a dash); the
 * bumper lucky draw with its customs fee by Khalti ("98 07 . 35 . 19 .
 * 64"); the cooperative's 24 per cent; the ghaderi plots with a baina.
 * Dressed, the jobs in Dubai and Malaysia for a Rs 35,000 advance
 * ("भाइबर ९८६१-…": Nepali's Viber no messenger); the RO purifier
 * "recommended by the city" to a personal eSewa ID; the electric
 * scooter's zero-down EMI by Khalti; the network-marketing kit; the
 * herbal powder that cures asthma "100% ग्यारेन्टी"; the spout
 * "campaign" collecting to its coordinator's personal eSewa; the
 * astrologer's land-peace puja, his number in Nepali number words. The
 * manpower agency was caught thin (0.55, a WhatsApp number only).
 *
 * Fixed first, by kind, not all of the round: desk 9 of 12, dressed 7
 * of 12, both ways, no reader flagged, no new reason.
 *   - a Nepali or an Indian mobile read out in Nepali's and Hindi's
 *     digit words, tried only from its "नौ आठ" or "नौ सात" (98, 97), as
 *     the words are everyday ones ("छ" is "is"); an em dash as a dash
 *     between a number's groups (-numbers.c);
 *   - Nepali's Viber, WhatsApp and Telegram ("भाइबर", "ह्वाट्सएप",
 *     "टेलिग्राम") as messengers; eSewa, Khalti and IME Pay as mobile
 *     money (-messengers.c);
 *   - a job abroad for an advance ("अग्रिम"), and "ठग" (cheat,
 *     cheated, "ठगियो") as a reader's warning (-brokers.c);
 *   - a loan without collateral or a guarantor in Nepali ("धितो
 *     चाहिँदैन", "जमानी चाहिँदैन", "बिना धितो"), paid "in ten minutes"
 *     ("मिनेटमै") (-services.c);
 *   - a wallet's KYC text in Nepali ("KYC अपडेट", "ब्लक हुनेछ",
 *     "घण्टाभित्र", "रोक्का गरिनेछ", "प्रमाणित गर्नुहोस्"); a prize or a
 *     bumper draw and its customs fee ("पुरस्कार", "बम्पर", "भन्सार",
 *     "कर शुल्क") (-offers.c);
 *   - an astrologer ("ज्योतिषाचार्य", "ज्योतिष", "कुण्डली हेर्न") with
 *     Nepali's "contact" ("सम्पर्क", "फोन गर्नुहोस्"), unless a reader
 *     says "ठगी", "ठग" or "प्रहरी" (-trades.c).
 * In the earlier tests no line moved (the drift of every ham, spam,
 * probe and reader line of the core suite, before and after).
 * Classify's instructions (callgrind, bench-spam) rose 0.29 %.
 * Eighteen readers probe the new rules (probe_readers): a licensed
 * manpower company's "no fee", its landline; a returnee with the
 * Foreign Employment Board's line and a cheat's mobile; a dhikuti
 * organiser with her phone, cash only; a guthi's collection to its bank
 * account with receipts; a cooperative victim's 24 per cent; a KYC
 * smishing text quoted with "ठगी"; a grocer's number; ward 12's
 * notice; a lost cat and its reward; a Shivaratri puja with the
 * temple office's phone; a jhakri and a "Bengali baba" told of as
 * frauds; a brother lost to a teen patti app; a loan advert called a
 * fraud; a baina lost on a cheap plot; a licence broker's promise
 * turned down; a school fee paid by Khalti; an astrologer's fee called
 * "ठगी" with his number; a shop's job with "no advance": none is
 * flagged.
 *
 * After it, thin, each by one rule at 0.50: the loan and the
 * astrologer; the KYC notice at 0.55. Still missed (0 both ways): the
 * lucky draw (its number, split by " . ", not read as a contact, so
 * the prize rule has nowhere to write), the cooperative's interest and
 * the ghaderi plots (no rule reads a cooperative's rate or a plot's
 * baina in Nepali yet), the RO purifier, the electric scooter, the
 * network-marketing kit, the herbal cure and the spout campaign's
 * personal eSewa (the older rules for each kind read no Nepali yet).
 * Time, not a finding, kept them out of this pass.
 *
 * A second pass, by kind, caught two more dressed: desk 9 of 12,
 * dressed 9 of 12, both ways, no reader flagged, no new reason.
 *   - a remedy's cure in Nepali and Hindi: its claims ("साइड इफेक्ट
 *     शून्य"), the complaints it names (sugar, pressure, diabetes,
 *     asthma, rheumatism: "सुगर", "प्रेसर", "मधुमेह", "दम पूरै"), its
 *     promises ("जरैदेखि", "पूरै निको", "100% ग्यारेन्टी"), "ठगी" as a
 *     reader's warning, cash on delivery (-deals.c): the herbal powder,
 *     0.65;
 *   - a collection ("सहयोग गर्नुहोस्", "सहयोग संकलन", "चन्दा") to a
 *     coordinator's personal ("व्यक्तिगत") wallet, read as the Korean
 *     one to a person's account is, unless it gives its own account
 *     number ("खाता नं") or says not to send to a personal one ("नपठाउ")
 *     (-fixers.c): the spout campaign, thin at 0.50.
 * No earlier line of the core suite moved (the drift of every ham,
 * spam, probe and reader line, before and after: only this round's).
 * Classify's instructions (callgrind, bench-spam) rose 0.10 %. Nine
 * more readers probe (probe_readers): a cooperative's victim of 18 per
 * cent, a licensed land broker's "no baina before the papers", a
 * purifier shop's price and phone, a returnee's e-scooter registered
 * at the transport office, a warning about network marketing, an
 * ayurvedic clinic's phone, a temple's collection to its own account
 * with receipts, a school's raffle and its office phone, a herbal cure
 * called "ठगी" with the seller's number: none is flagged.
 *
 * Then still missed (0 both ways): the lucky draw ("98 07 . 35 . 19 .
 * 64", its groups parted by a dot with a space each side, still not
 * read as a number), the cooperative's 24 per cent and the ghaderi
 * plots' baina (desk); the RO purifier "recommended by the city" to a
 * personal eSewa ID, the electric scooter "no licence needed" for a
 * Khalti booking, the network-marketing kit (dressed).
 *
 * A third pass, by kind, caught the desk's three and one more dressed:
 * desk 12 of 12, dressed 10 of 12, both ways, no reader flagged, no new
 * reason.
 *   - a number whose groups are parted twice or more by a dot between
 *     spaces, read as disguised, as no one writes a number to be rung
 *     so (-numbers.c): the lucky draw, 0.55;
 *   - a plot ("घडेरी", "प्लट", "प्लॉट") sold with Nepali's pressure
 *     ("आजै बैना", "बैना राखेर", "बुक गर्नुहोस्", "भोलि छैन", "किस्तामा
 *     पनि") (-brokers.c): the ghaderi plots, 0.50;
 *   - a cooperative's or a savings scheme's rate ("% ब्याज") with a gift
 *     for the deposit ("उपहार"), to join by phone, unless its victims
 *     tell of it ("डुब्", "भागे", "लोभमा", "उजुरी", "ठग") (-earnings.c,
 *     -offers.c): the cooperative, 0.50;
 *   - a pyramid in Nepali or Hindi: earnings ("कमाउँछु"), a kit bought
 *     to start ("प्रोडक्ट किट"), those signed up under one
 *     ("तपाईंमुनि", "जना जोडे"), with a number, unless a reader calls
 *     it a pyramid (-brokers.c): the network-marketing kit, 0.50.
 * All four thin, each by one rule at 0.50 or 0.55. One more reader
 * probes (probe_readers): a lost dog's owner, her number parted by
 * tight dots and once by a spaced one; the second pass's cooperative
 * victims, licensed land broker and network-marketing warning probe the
 * rest: none is flagged.
 *
 * Still missed (0 both ways): the RO purifier "recommended by the city"
 * ("महानगरपालिकाबाट सिफारिस गरिएको") with an advance to a personal eSewa
 * ID, and the electric scooter "license napani" with a Rs 5,000 Khalti
 * booking (dressed): no rule reads an authority's false endorsement or
 * a vehicle "without a licence" yet; time, not a finding, kept them
 * out of this pass.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"
#include "test-spam-heldout55-data.h"

/* Readers that probe the round's rules */
static const Comment probe_readers[] = {
  { "हामी वैदेशिक रोजगार विभागबाट इजाजतप्राप्त म्यानपावर कम्पनी हौं (इजाजत नं. ५१२/०७०/७१)। मलेसिया र कतारका लागि "
    "सरकारको फ्रि भिसा फ्रि टिकट नीतिअनुसार कामदारसँग कुनै शुल्क लिँदैनौं, अग्रिम माग्ने जो कोही ठग हो। कार्यालय "
    "०१-४२७११२०, कालीमाटी। — हिमशिखर ह्युमन रिसोर्स प्रा.लि.",
    "हिमशिखर ह्युमन रिसोर्स", "info@himshikhar-hr.example", NULL },
  { "म मलेसियाबाट फर्केको हुँ। विदेश जानुअघि म्यानपावरको इजाजत वैदेशिक रोजगार बोर्डको हेल्पलाइन १६६०-०१-५००५५ मा "
    "फोन गरेर जाँच्नुहोस्, अग्रिम दिँदा रसिद लिनुहोस्। मेरो साथीलाई ९८४१२२३३४४ बाट फोन गरेर भिसा दिलाउँछु भनेर "
    "ठगियो।",
    "दिलबहादुर थापा", "dil.thapa.returnee@gmail.com", NULL },
  { "कालीमाटी तरकारी बजारका दिदीहरूको ढिकुटी: महिनाको रु २,०००, पन्ध्र जना। चैतको भेला ८ गते बिहान ११ बजे "
    "कालमोचन घाटको पाटीमा। पैसा भेलामै नगद, eSewa वा Khalti मा होइन। सोध्नु परे ९८०३४४५५६६ मा फोन गर्नुस्। — "
    "सरिता दिदी",
    "सरिता महर्जन", "sarita.maharjan@gmail.com", NULL },
  { "तेकु दोभान गुठीले यस वर्षको मत्स्यनारायण जात्राका लागि सहयोग संकलन गर्दैछ। रकम गुठीकै नाममा रहेको राष्ट्रिय "
    "वाणिज्य बैंकको खाता नं. १२३४५६७८९०१२ मा जम्मा गर्नुहोस्, हरेकलाई रसिद दिइन्छ। व्यक्तिगत खातामा नपठाउनुहोस्। "
    "सम्पर्क: ९८५१०४४३२१",
    "टेकु दोभान गुठी", "teku.guthi@gmail.com", NULL },
  { "मेरी आमाले २४% ब्याज दिने भनेको एउटा बचत तथा ऋण सहकारीमा मुद्दती बचत राख्नुभएको थियो, ५ लाख डुब्यो। अब "
    "समस्याग्रस्त सहकारी समितिमा दाबी गरेका छौं। उच्च ब्याजको लोभमा नपर्नुहोस्, सहकारी विभागमा उजुरी दिनुहोस्।",
    "अमृता केसी", "amrita.kc@gmail.com", NULL },
  { "ठगी सावधान! यस्तो SMS आयो: «प्रिय eSewa ग्राहक, तपाईंको KYC अपडेट नभएकाले 24 घण्टाभित्र खाता ब्लक हुनेछ, "
    "MPIN र OTP हाली प्रमाणित गर्नुहोस्» यो ठगी हो, eSewa ले कहिल्यै MPIN वा OTP माग्दैन। साइबर ब्यूरोमा उजुरी "
    "गरेँ।",
    "नविन श्रेष्ठ", "nabin.shrestha@gmail.com", NULL },
  { "टेकुको 'महालक्ष्मी किराना पसल' सडक बन्द हुँदा पनि खुला रहन्छ। चामल, दाल, तेल घरमै ल्याइदिन्छौं, फोन "
    "९८४१३३२२११ वा ०१-४२६१२३४। कुनै अग्रिम भुक्तानी चाहिँदैन, सामान आएपछि पैसा।",
    "महालक्ष्मी किराना", "mahalaxmi.kirana@gmail.com", NULL },
  { "[वडा नं. १२ को कार्यालय, टेकु] फुटपाथ व्यापारीको दर्ता फागुन ७ गतेसम्म निःशुल्क। नागरिकताको प्रतिलिपि र "
    "फोटो ल्याउनुहोला। यस कार्यालयले eSewa, Khalti वा फोनबाट कुनै शुल्क माग्दैन। फोन ०१-४२६२७३०।",
    "वडा नं. १२ कार्यालय", "ward12@kathmandu.gov.np", NULL },
  { "बिरालो हरायो! कालो-सेतो, नाम 'मुना', कुलेश्वर नजिकबाट आइतबार हरायो। भेट्नुभयो भने ९८६०११२२३३ मा फोन वा Viber "
    "गर्नुहोस्, रु ५,००० इनाम दिन्छौं।",
    "सुजन बज्राचार्य", "sujan.bajra@gmail.com", NULL },
  { "टंकेश्वर महादेव मन्दिरमा फागुन १८ गते महाशिवरात्रिको विशेष पूजा र भजन हुँदैछ। सबै भक्तजनलाई निम्तो छ, "
    "दान-दक्षिणा मन्दिरकै कार्यालयमा रसिदसहित। सम्पर्क मन्दिर कार्यालय ०१-४२७८८१९।",
    "टंकेश्वर महादेव मन्दिर", "tankeshwor.mandir@gmail.com", NULL },
  { "हाम्रो गाउँमा एउटा झाँक्री र एक जना 'बंगाली बाबा' ले वशीकरण र पूजाको नाममा मेरी काकीसँग ५० हजार लिए, रोग "
    "निको भएन। यस्ता बाबा सबै ठगी हुन्, प्रहरीमा उजुरी दिएका छौं।",
    "पासाङ लामा", "pasang.lama@gmail.com", NULL },
  { "मेरो भाइ अनलाइन तीनपत्ती र बेटिङ एपमा eSewa बाट पैसा हालेर २ लाख हार्‍यो। बोनसको लोभ देखाउने यस्ता एप जुवा "
    "हुन्, अवैध हुन्। अभिभावकहरू ध्यान दिनुहोस्।",
    "गोमा अधिकारी", "goma.adhikari@gmail.com", NULL },
  { "धितो बिना ऋण, १० मिनेटमै भन्ने विज्ञापन ठगी हो। मेरो दाइले नागरिकता र फोटो पठाएर सेवा शुल्क तिरे, ऋण कहिल्यै "
    "आएन। नेपाल राष्ट्र बैंकमा उजुरी गर्नुहोस्।",
    "विनोद पौडेल", "binod.paudel@gmail.com", NULL },
  { "भक्तपुरमा जग्गा किन्दा लालपुर्जा र नापी नक्सा मालपोत कार्यालयमा जाँचेर मात्र बैना दिनुहोस्। मेरो काकाले सस्तो "
    "घडेरीको विज्ञापन हेरेर ५० हजार बैना दिए, त्यो जग्गा अरूकै रहेछ।",
    "राजन दुवाल", "rajan.duwal@gmail.com", NULL },
  { "छोरालाई लाइसेन्सको ट्रायल फेरि दिन लगाएँ। दलालले ट्रायल बिना लाइसेन्स मिलाइदिन्छु भनेको थियो, तर त्यो सबै "
    "ठगी हो। यातायात कार्यालयमा आफैं जानुहोस्।",
    "मोहन कार्की", "mohan.karki@gmail.com", NULL },
  { "Bhai ko school ko fee eSewa ma tirna milcha ki nai? Teku ko school le Khalti number 9801234567 diyeko cha, "
    "receipt pani dincha re. Kasailai thaha cha?",
    "Sabina", "sabina.rai@gmail.com", NULL },
  { "हाम्रो छिमेकमा आएका एक ज्योतिषाचार्यले कुण्डली हेरेर भूमि दोष छ भन्दै आमासँग ११ हजार लिए। यो ठगी हो, उनको "
    "नम्बर ९८४१११२२३३ थियो, प्रहरीमा उजुरी दिएँ।",
    "उषा थापा", "usha.thapa@gmail.com", NULL },
  { "Jagir ko lagi sodhnu bhaye hamro pasal ma aaunu hola. Kalimati ko 'Sharma Kirana', sampark 9841556677. Talab "
    "mahina ko 18 hajar, kunai advance chahidaina.",
    "Sharma Kirana", "sharma.kirana@gmail.com", NULL },
  /* (the second pass's: a cooperative victim, a licensed land broker, a
   * purifier shop, a returnee's registered e-scooter, a warning about
   * network marketing, an ayurvedic clinic, a temple's collection to its
   * account, a school's raffle, a herbal cure called a cheat) */
  { "हाम्रो टोलको एउटा सहकारीले वार्षिक १८% ब्याज र उपहार दिन्छु भनेर बचत उठायो, २०७९ मा सञ्चालक "
    "भागे र सहकारी डुब्यो। उच्च ब्याजको लोभमा नपर्नुहोस्, सहकारी विभागमा दर्ता जाँचेर मात्र बचत "
    "गर्नुहोस्।",
    "केशव श्रेष्ठ", "keshab.shrestha@gmail.com", NULL },
  { "म इजाजतप्राप्त घरजग्गा व्यवसायी हुँ (इजाजत नं. ४५६)। भक्तपुरमा घडेरी किन्दा लालपुर्जा, नापी "
    "नक्सा र बाटो मालपोतमा जाँच नगरी कुनै बैना नदिनुहोस्। कागज पुगेपछि मात्र कारोबार। कार्यालय "
    "०१-६६१२३४५।",
    "रमेश दुवाल", "ramesh.duwal.realestate@gmail.com", NULL },
  { "कालीमाटीको 'शुद्ध पानी' पसलमा RO प्युरिफायर जडानसहित रु १८,५०० र फिल्टर फेर्ने रु २,५००। पसल "
    "बिहान १० देखि बेलुका ७ सम्म खुला। फोन ९८४१२३४००१।",
    "शुद्ध पानी पसल", "suddhapani.kalimati@gmail.com", NULL },
  { "कतारबाट फर्केपछि मैले इलेक्ट्रिक स्कुटर किनेँ, यातायात व्यवस्था कार्यालयमा दर्ता गरेर नम्बर "
    "प्लेट र लाइसेन्स पनि लिएँ। माइक्रोभन्दा सस्तो पर्छ, चार्ज गर्न घरमै मिल्छ।",
    "सुरेन्द्र राई", "surendra.rai@gmail.com", NULL },
  { "नेटवर्क मार्केटिङमा दुई जना तल जोडे लाख कमाइन्छ भन्ने कुरा नपत्याउनुहोस्। मेरी बहिनीले रु "
    "१५,००० को प्रोडक्ट किट किनिन्, कमिसन कहिल्यै आएन। यो पिरामिड हो।",
    "सीता गुरुङ", "sita.gurung@gmail.com", NULL },
  { "टेकुको 'आरोग्य आयुर्वेद क्लिनिक' मा दम, सुगर र बाथका बिरामीलाई वैद्यले जाँचेर मात्र औषधि "
    "दिन्छन्। आइतबारदेखि शुक्रबार बिहान ९ देखि ४ बजेसम्म। फोन ०१-४२६५५४४।",
    "आरोग्य आयुर्वेद क्लिनिक", "arogya.ayurveda@gmail.com", NULL },
  { "इन्द्रायणी मन्दिरको जीर्णोद्धारका लागि सहयोग गर्नुहोस्। रकम मन्दिर समितिको नाममा रहेको नेपाल "
    "बैंकको खाता नं. ०१२३४५६७८९ मा वा कार्यालयमा आएर बुझाउनुहोस्, रसिद दिइन्छ। सम्पर्क ९८५१०२२३३४।",
    "इन्द्रायणी मन्दिर समिति", "indrayani.mandir@gmail.com", NULL },
  { "टेकु माध्यमिक विद्यालयको वार्षिकोत्सवमा चिट्ठा: पहिलो पुरस्कार साइकल, दोस्रो पुरस्कार मोबाइल। "
    "टिकट रु ५० विद्यालयको कार्यालयमा मात्र पाइन्छ। सम्पर्क विद्यालय कार्यालय ०१-४२६११२२।",
    "टेकु माध्यमिक विद्यालय", "teku.school@gmail.com", NULL },
  { "फेसबुकमा '२१ दिनमा दम पूरै निको, सुगर जरैदेखि हटाउँछ, १००% ग्यारेन्टी' भन्ने चूर्ण बेच्नेलाई "
    "बुवाले रु ३,००० दिनुभयो, केही भएन। यो ठगी हो, उनको नम्बर ९८२१००११२२ थियो, औषधि व्यवस्था विभागमा "
    "उजुरी गरेँ।",
    "मीना पौडेल", "meena.paudel@gmail.com", NULL },
  /* (the third pass's: a lost dog, its owner's number parted by dots) */
  { "हाम्रो कुकुर 'भोटे' टेकु दोभाननजिकबाट बिहीबार बेलुका हरायो, खैरो रङ, रातो पट्टा। देख्नुभयो भने "
    "९८४१.२२३.३४४ वा 98 51 . 02 23 34 मा फोन गर्नुहोस्, रु २,००० इनाम दिन्छौं।",
    "निर्मला श्रेष्ठ", "nirmala.shrestha@gmail.com", NULL },
};

static const HeldoutRound round55 = {
  "/spam-heldout55", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (probe_readers), story55,
};

/* Not every spam comment of the round is caught yet: at least
 * DESK_CAUGHT and DRESSED_CAUGHT of the twelve, under the story and
 * without it, and no reader flagged; every probe clear. (When a later
 * session catches the rest, this becomes heldout_round_add_tests().) */
#define DESK_CAUGHT 12
#define DRESSED_CAUGHT 10

static void
check_floor_both_ways (const Comment *spam,
                       guint          n_spam,
                       const Comment *genuine,
                       guint          n_genuine,
                       guint          floor)
{
  g_autoptr(BylineSpamStory) story = byline_spam_story_new (round55.story);
  guint flagged = 0;

  g_assert_cmpuint (count_set_with_story (spam, n_spam, genuine, n_genuine, story, &flagged), >=, floor);
  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (count_set_untrained (spam, n_spam, genuine, n_genuine, &flagged), >=, floor);
  g_assert_cmpuint (flagged, ==, 0);
}

static void
test_desk (void)
{
  check_floor_both_ways (round55.desk_spam, round55.n_desk_spam, round55.desk_genuine, round55.n_desk_genuine,
                         DESK_CAUGHT);
}

static void
test_dressed (void)
{
  check_floor_both_ways (round55.dressed_spam, round55.n_dressed_spam, round55.dressed_genuine,
                         round55.n_dressed_genuine, DRESSED_CAUGHT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout55/desk", test_desk);
  g_test_add_func ("/spam-heldout55/dressed", test_dressed);
  g_test_add_data_func ("/spam-heldout55/probes", &round55, heldout_round_probes);

  return g_test_run ();
}
