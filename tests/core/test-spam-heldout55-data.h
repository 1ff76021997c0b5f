/* test-spam-heldout55-data.h: a fifty-fifth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source not
 * read, built or run), under an invented local story (story55: Kathmandu,
 * Nepal, where the metropolitan city will close the 1.4 km road from Kalimati
 * Chowk to Teku Dovan, where the Bishnumati meets the Bagmati, from Monday 1
 * March 2027 (Falgun 17, 2083 BS) to Friday 26 November 2027 (Mangsir 10,
 * 2084 BS), to widen it from 9 to 14 metres, lay a storm drain to the Bagmati
 * and dig out and rebuild the Tankeshwor dhunge dhara, a Malla-era stone
 * spout buried under the road's fill in 1989; the head of the city's
 * Infrastructure Development Department puts the cost at Rs 68 crore 40 lakh,
 * Rs 41 crore from the city and Rs 27 crore 40 lakh from the federal Ministry
 * of Urban Development; about 460 footpath vendors move to a temporary market
 * of 380 stalls on the city's open ground at Teku, free for the nine months,
 * and must register at the ward 13 (Kalimati) or ward 12 (Teku) office by
 * Friday 19 February 2027 (Falgun 7, 2083), free of charge; Safa tempos and
 * the Kalanki-Ratnapark microbuses go by Kuleshwor, the Ring Road at Balkhu
 * and Tripureshwor, with a temporary stop at Kuleshwor; lorries for the
 * Kalimati Fruits and Vegetable Market unload only between 10pm and 6am; a
 * greens seller, 54, 19 years on the Kalimati footpath, "who will come to
 * Teku to buy spinach?"; a man of Tankeshwor, 71, who drank from the spout as
 * a boy, "I want to drink from it once more"; the ward 13 chair says 37
 * houses lose part of their frontage and asks for compensation before any
 * wall comes down; the Tankeshwor Hiti Guthi asks for the spout back for its
 * Sithi Nakha cleaning in June; a public hearing on Friday 12 February 2027
 * (Magh 29, 2083) at 1pm in the ward 13 office hall in Kalimati; questions
 * and complaints to the city's free line 1660-01-72255), in four sets, most
 * of them in Nepali (Devanagari, some with Devanagari digits and some with
 * ASCII ones), several in romanised Nepali as typed on phones (hajur, cha,
 * garnu hola), some mixing Nepali with English in one sentence, three in
 * English, two in Hindi and one in Newari (Nepal Bhasa); with Viber, WhatsApp
 * and Telegram contacts, 98 and 97 mobiles, 01 Kathmandu landlines, a 1660
 * free line, eSewa and Khalti wallets, rupee amounts in lakh and crore, dates
 * in both the Bikram Sambat and the Gregorian calendar, and .gov.np sites.
 *
 * The first, the spam any site's form lets through (desk_spam), in order:
 *   - a manpower agency, jobs in Malaysia, Qatar, Dubai and Saudi Arabia,
 *     "free visa free ticket" yet a Rs 50,000 advance, a Viber/WhatsApp
 *     mobile in Devanagari digits (Nepali);
 *   - a Japan SSW (Tokutei Ginou) visa "agent" selling JLPT, NAT, IELTS and
 *     PTE certificates without the exam and Korea EPS "setting", Rs 1.5 lakh
 *     half in advance, a +977 mobile with a letter O for a zero, a .test host
 *     in the text and the website field (romanised Nepali with English);
 *   - a fake eSewa notice: the wallet "blocked in 24 hours" for want of KYC
 *     under a "Nepal Rastra Bank" rule, an "esewa-kyc-verify.com-np."
 *     look-alike .help host without a scheme, asking for the MPIN and the OTP
 *     (Nepali);
 *   - an online loan without collateral or guarantor, Rs 20,000 to 5 lakh in
 *     ten minutes, the jobless and the blacklisted welcome, a Viber mobile in
 *     Nepali number words (Nepali);
 *   - a fake Dashain-Tihar bumper lucky draw, Rs 25 lakh and a scooter, a Rs
 *     14,500 "customs and tax fee" by Khalti within 48 hours, the mobile
 *     split by spaces and dots (Nepali);
 *   - a "Bengali baba" tantrik: betrayal in love, quarrels between husband
 *     and wife, the love you want by a spell (vashikaran), a rival wife got
 *     rid of, business blocks lifted, 100 per cent in 72 hours, online puja,
 *     a +91 mobile with a letter l for a one, spaced (Hindi with an English
 *     phrase);
 *   - a savings and credit cooperative (sahakari) promising 24 per cent a
 *     year on fixed deposits, Rs 2,000 a month on a lakh, a gold ring for two
 *     lakh, membership by sending a citizenship photo to a Viber number in
 *     Devanagari digits (Nepali);
 *   - land plots (ghaderi) near Changunarayan in Bhaktapur at Rs 3.99 lakh an
 *     aana against a "market price" of nine, a Rs 50,000 advance (baina)
 *     today, a mobile with letters O and l for digits (Nepali);
 *   - a smart driving licence without the trial or the written exam in 15
 *     days, citizenship copies and urgent passports through "a man" in the
 *     transport and district offices, 50 per cent in advance, a mobile with a
 *     letter l for a one, spaced (romanised Nepali);
 *   - an SEO agency buying sponsored posts with dofollow backlinks on Nepali
 *     news portals, casino, betting, CBD, crypto, loan and adult dating
 *     niches, USD 90 a post by Payoneer or USDT, an .example host in the text
 *     and the website field (English);
 *   - an online teen patti, andar bahar, Aviator and cricket betting app, a
 *     100 per cent first-deposit bonus, deposits and withdrawals by eSewa and
 *     Khalti, a refer code, the .xyz host spelt with spaces, the host in the
 *     website field (romanised Nepali with English);
 *   - a forex, gold and crypto "signal group" doubling Rs 25,000 in seven
 *     days, "100% guaranteed", deposits in USDT and profits by eSewa every
 *     Friday, a Telegram handle (Nepali mixed with English).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a mother whose daughter walks to school in Teku on the road
 *     because of the stalls on the footpath, dust and mud, for the works if
 *     the Mangsir date holds (Nepali);
 *   - against: the son of a woman who has sold greens on the Kalimati
 *     footpath for 16 years, "the bulldozer is only ever for the poor", asks
 *     for the vendors' livelihood first (Nepali);
 *   - sarcasm: a Kathmandu road's life cycle (dig, leave, dig again for the
 *     Melamchi pipes), "Mangsir of which year?", he will take his grandson to
 *     see it in 2090 BS (romanised Nepali);
 *   - a reply to "@सुरज तामाङ": the footpath vendors' association will ask at
 *     the hearing for water, toilets and a roof at Teku and a return to
 *     Kalimati, the hearing's date, time and place, everyone come (Nepali);
 *   - a reader shouting, "६८ करोड ४० लाख!!!!" for 1.4 km, last year's Rs 3
 *     crore blacktop potholed in six months, asks in capitals for the
 *     contract and the contractor's name (Nepali with English and romanised
 *     capitals);
 *   - a roadworks sign, greens, an auto-rickshaw, a drop of water and praying
 *     hands only;
 *   - an elder of Tankeshwor who drank from the spout as a child, buried in
 *     2046 BS without asking anyone, glad, asks that it go back to the guthi
 *     for Sithi Nakha and that water really flow (Newari, Nepal Bhasa);
 *   - a reader quoting a call to her mother from a "metropolitan city
 *     employee" asking Rs 3,500 by eSewa for a Teku stall, the caller's
 *     mobile, to warn that registration is free at the ward office (Nepali);
 *   - a foreign cyclist giving the metropolitan city's site for the closure
 *     map and detours, asks for a bicycle lane, the hearing's date in both
 *     calendars (English);
 *   - the spout's history: Pratap Malla's time, an inscription, queues with
 *     water jars at 4am, Sithi Nakha, buried in 2046 BS; asks for
 *     archaeologists, the old stones numbered and the channel (rajkulo) found
 *     (Nepali);
 *   - a sweet shop on Kalimati Chowk since 2052 BS, signing with its name,
 *     asking by which road and until when its milk and khuwa van may come, no
 *     phone, no link (Nepali);
 *   - a very short comment, "good work, but may water really flow from the
 *     spout" (romanised Nepali).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - Kanchhi Maya's words, then 120 jobs in Dubai and Malaysia "without the
 *     language", a passport and a Rs 35,000 advance, a flight in 15 days, a
 *     Viber mobile in Devanagari digits (Nepali);
 *   - a reply to "@Rajesh Karki" on the Rs 68 crore, then a gold and forex
 *     signal group, Rs 50,000 turned into Rs 3.8 lakh in six months, a
 *     Telegram handle and a code word (Nepali mixed with English);
 *   - Hari Krishna Maharjan's spout, then E. coli and arsenic in the water
 *     and an RO+UV purifier "recommended by the metropolitan city" at half
 *     price, a Rs 5,000 advance to a personal eSewa ID (Nepali);
 *   - the tempo and microbus detour, then an electric scooter dealer, zero
 *     down and zero-interest EMI, "no licence needed", a Rs 5,000 booking by
 *     Khalti to a mobile with a letter l for a one (romanised Nepali with
 *     English);
 *   - the vendors moved, then a network-marketing (pyramid) scheme, a Rs
 *     12,500 product kit, commission for two recruits below you, "a lakh a
 *     month from home", a WhatsApp mobile in Devanagari digits (Nepali);
 *   - the dust of nine months of digging, then a Himalayan herbal powder that
 *     cured a father's asthma in 21 days and "roots out" diabetes, blood
 *     pressure and rheumatism, 100 per cent guaranteed, cash on delivery, a
 *     mobile in Devanagari digits (Nepali);
 *   - a reply to "@Bikash_KTM" about 2090 BS, a betting referral link in the
 *     website field only (romanised Nepali);
 *   - land prices to double with the corridor, then plots near Teku at Rs 9
 *     lakh an aana behind an HTML <a href> to a .shop host, book with an
 *     advance (Nepali);
 *   - a visitor to Ason and Kalimati hoping the vendors get a fair deal, then
 *     60 per cent off Everest helicopter tours and treks, a USD 250 deposit
 *     by Western Union or Wise to a guide's personal name, a spaced +977
 *     WhatsApp number and an .example host (English);
 *   - the spout brought back, then a "spout protection campaign" collecting
 *     to the coordinator's personal eSewa/Khalti, "the group's account opens
 *     after registration", receipts "later on Facebook" (Nepali);
 *   - "no future for the young here", then a study-abroad consultancy:
 *     admission without IELTS, a "100% visa guarantee", documents and bank
 *     balance "arranged", a Rs 75,000 non-refundable file fee, a Viber mobile
 *     in Devanagari digits, a .test host in the website field (Nepali mixed
 *     with English);
 *   - the start date, then an astrologer: Falgun 17 an inauspicious day, naga
 *     and bhumi dosh from digging, a Rs 5,100 online "land peace" puja by
 *     eSewa, the mobile in Nepali number words (Nepali).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader giving the police's 100 and the Cyber Bureau, "no office or
 *     wallet ever asks for an MPIN or OTP", call the bank or wallet to stop a
 *     transfer, the city's free line (Nepali);
 *   - a returnee from Qatar warning about "free visa free ticket" ads with
 *     advances, giving the Department of Foreign Employment's site to check a
 *     manpower agency's licence, labour permits, receipts, EPS only through
 *     the government (Nepali);
 *   - a manpower company licensed by the Department of Foreign Employment
 *     moving its office during the works, its licence number, "no fee" for
 *     Malaysia and Qatar under the free-visa policy, its landline (Nepali);
 *   - a cooperative member's son: Rs 7 lakh lost when a Kalimati
 *     cooperative's board fled in 2080 BS, the free claim to the troubled
 *     cooperatives committee, a warning against 24 per cent interest
 *     (Nepali);
 *   - the organiser of the vendors' dhikuti (rotating savings club), Rs 5,000
 *     a month, twenty members, the Falgun meeting at a temple courtyard, her
 *     mobile, "cash at the meeting only, never by wallet or account"
 *     (Nepali);
 *   - the Tankeshwor Hiti Guthi collecting for the Sithi Nakha cleaning and
 *     feast to its own Nepal Bank account, printed receipts, "never to a
 *     personal eSewa or account", the secretary's mobile (Nepali);
 *   - a lost dog, Bhure, white and brown with a blue collar, near Teku Dovan,
 *     the owner's mobile for a call or Viber and a Rs 10,000 reward (Nepali);
 *   - the ward 13 office's own notice: closure dates in both calendars, free
 *     vendor registration, the hearing, its landline, the free line and the
 *     city's site, "no money asked by phone, eSewa or Khalti", the site in
 *     the website field (Nepali);
 *   - a momo shop moving to a lane in Kuleshwor from Falgun 17, its prices,
 *     its mobile for orders, home delivery, a Facebook page in the website
 *     field (Nepali);
 *   - a reader quoting a smishing text with a "kathmandu-gov-np." look-alike
 *     .site host and a Rs 2,500 Khalti fee, to warn that kathmandu.gov.np is
 *     the only site and registration is free, reported (Nepali);
 *   - a wholesale trader bringing onions and potatoes from Birgunj asking
 *     which way the lorries will come at night, a WhatsApp group for drivers
 *     who cannot read Nepali, his mobile, "no money" (Hindi);
 *   - a reader mocking the spam under the story, the free visa, the eSewa
 *     KYC, the baba, the 24 per cent cooperative, the licence without a
 *     trial, teen patti and the pandit, "don't call any number here" (Nepali
 *     with a romanised sentence).
 */

#pragma once

/* Included after spam-test-util.h, which defines Comment */

/* The story the comments are under */
static const char * const story55 =
  "Kathmandu to close the Kalimati-Teku road for nine months to widen it, move its footpath vendors and dig out a "
  "buried stone spout\n\n"
  "KATHMANDU, Nepal — Kathmandu Metropolitan City will close the 1.4-kilometre road from Kalimati Chowk to Teku "
  "Dovan, where the Bishnumati meets the Bagmati, from Monday 1 March 2027 (Falgun 17, 2083 BS) to Friday 26 "
  "November 2027 (Mangsir 10, 2084 BS), to widen it from 9 to 14 metres, lay a storm drain to the Bagmati and dig "
  "out and rebuild the Tankeshwor dhunge dhara, a Malla-era stone spout buried under the road's fill in 1989, the "
  "city's Infrastructure Development Department said.\n\n"
  "Er. Sushil Maharjan, who heads the department, put the cost at Rs 68 crore 40 lakh, Rs 41 crore of it from the "
  "metropolitan city and Rs 27 crore 40 lakh from the federal Ministry of Urban Development. About 460 footpath "
  "vendors who sell vegetables, fruit and clothes along the road will move to a temporary market of 380 stalls on "
  "the city's open ground at Teku, beside the Bagmati corridor, free of charge for the nine months; they must "
  "register at the ward 13 office in Kalimati or the ward 12 office in Teku by Friday 19 February 2027 (Falgun 7, "
  "2083), also free of charge. Safa tempos and the microbuses between Kalanki and Ratnapark will go by Kuleshwor, "
  "the Ring Road at Balkhu and Tripureshwor, with a temporary stop at Kuleshwor. Lorries bringing produce to the "
  "Kalimati Fruits and Vegetable Market may unload only between 10pm and 6am.\n\n"
  "\"If they move us from here, who will come to Teku to buy spinach?\" said Kanchhi Maya Tamang, 54, who has sold "
  "greens on the Kalimati footpath for 19 years.\n\n"
  "\"I drank from that spout as a boy, before they poured the road over it. I want to drink from it once more before "
  "I die,\" said Hari Krishna Maharjan, 71, of Tankeshwor.\n\n"
  "The ward 13 chair, Bishnu Prasad Dangol, says 37 houses along the road will lose part of their frontage and asks "
  "that compensation be settled before any wall comes down. The Tankeshwor Hiti Guthi, the trust that looked after "
  "the spout for generations, asks that the restored spout be handed back to it for the Sithi Nakha cleaning in "
  "June. A public hearing is set for Friday 12 February 2027 (Magh 29, 2083) at 1pm in the ward 13 office hall in "
  "Kalimati. Questions and complaints go to the city's free line, 1660-01-72255.";

static const Comment desk_spam[] = {
  { "🇲🇾🇶🇦 मलेसिया, कतार, दुबई र साउदीका लागि तुरुन्त भिसा!! ✈️ फ्रि भिसा फ्रि टिकट, तलब रु ६५,००० देखि १,२०,००० सम्म "
    "+ ओभरटाइम। सेक्युरिटी गार्ड, हेल्पर, ड्राइभर, क्लिनर र होटल वेटर चाहियो। मेडिकल र पासपोर्ट मात्र लिएर आउनुहोस्, "
    "अग्रिम रु ५०,००० मात्र, बाँकी भिसा आएपछि। सिट सीमित!! भाइबर/ह्वाट्सएप ९८४१-६७२-०३९ — गल्फ ड्रिम ह्युमन रिसोर्स, "
    "कालीमाटी",
    "गल्फ ड्रिम ह्युमन रिसोर्स", "gulfdream.hr@yahoo.com", NULL },
  { "JAPAN 🇯🇵 Tokutei Ginou (SSW) ma direct visa!! Language test pass garna sakenu? No tension hajur 😎 JLPT N4, "
    "NAT, IELTS 6.5 / PTE 58 ko certificate system bata original, online verify huncha, exam dinai pardaina. Korea "
    "EPS ko lagi pani 'setting' milcha. Processing fee 1.5 lakh, half advance. Malai WhatsApp garnu hola: +977 98O3 "
    "614 729 www.japan-ssw-visa.test",
    "Japan SSW Visa Center", "info@japan-ssw-visa.test", "http://www.japan-ssw-visa.test" },
  { "प्रिय eSewa ग्राहक, नेपाल राष्ट्र बैंकको नयाँ निर्देशनअनुसार तपाईंको वालेटको KYC अपडेट नभएकाले 24 घण्टाभित्र "
    "खाता ब्लक हुनेछ र ब्यालेन्स रोक्का गरिनेछ। तुरुन्त तलको लिंकमा गई eSewa ID, MPIN र मोबाइलमा आएको OTP हाली "
    "प्रमाणित गर्नुहोस् 👉 esewa-kyc-verify.com-np.help/update — eSewa ग्राहक सेवा",
    "eSewa Support", "support@com-np.help", NULL },
  { "💸 धितो चाहिँदैन, जमानी चाहिँदैन! नागरिकता र फोटो मात्रै पठाउनुहोस्, 10 मिनेटमै रु 20,000 देखि 5 लाखसम्म "
    "तपाईंको खातामा। बेरोजगार, विदेशबाट फर्किएका र ब्ल्याकलिस्टमा परेकालाई पनि ऋण पाइन्छ। सेवा शुल्क मात्र 2%। "
    "भाइबर: नौ आठ छ शून्य — चार एक सात — आठ दुई नौ (म्यासेज मात्र)",
    "छिटो ऋण सेवा", "chhitorin.sewa@gmail.com", NULL },
  { "🎉 बधाई छ!! दशैं-तिहार मेगा बम्पर उपहार योजना 2084 मा तपाईंको मोबाइल नम्बर लकी ड्रबाट छानिएको छ। पुरस्कार: रु "
    "25,00,000 नगद + एउटा स्कुटी 🛵 रकम लिन भन्सार तथा कर शुल्क रु 14,500 Khalti मा तिर्नुहोस्: 98 07 . 35 . 19 . 64 "
    "— 48 घण्टाभित्र सम्पर्क नगरे पुरस्कार अर्कोलाई जानेछ।",
    "मेगा बम्पर उपहार योजना", "bumper.uphar2084@gmail.com", NULL },
  { "💖 Love problem solution बाबा जी 💖 प्यार में धोखा, पति-पत्नी में झगड़ा, मनचाहा प्यार पाने के लिए वशीकरण, सौतन "
    "से छुटकारा, कारोबार में रुकावट — सिर्फ़ 72 घंटे में 100% गारंटी समाधान। नेपाल, भारत, दुबई कहीं से भी ऑनलाइन "
    "पूजा। गोल्ड मेडलिस्ट अघोरी बाबा बंगाली जी, कॉल/व्हाट्सएप +91 98l5 0 4 2 6 3 7",
    "Love Guru Baba Ji", "babaji.lovespecialist@gmail.com", NULL },
  { "🏦 हिमाली बचत तथा ऋण सहकारी संस्था लि. — मुद्दती बचतमा वार्षिक २४% ब्याज!! 💰 रु १ लाख राख्नुहोस्, हरेक महिना "
    "रु २,००० ब्याज घरमै। दशैं विशेष: २ लाखभन्दा बढी राख्नेलाई सुनको औंठी उपहार 💍 बैंकमा ब्याज घट्यो, सहकारीमा "
    "बढ्यो! शेयर सदस्य बन्न नागरिकताको फोटो मात्र भाइबर गर्नुहोस् ९७४९०२६१५३",
    "हिमाली सहकारी", "member@himali-sahakari.test", NULL },
  { "🏡 सस्तो घडेरी!! भक्तपुर, चाँगुनारायण रिङरोडबाट ७ मिनेट, १३ फिट बाटो, पानी-बिजुली तयार, लालपुर्जा हातमा। आनाको "
    "रु ३ लाख ९९ हजार मात्र (बजार मूल्य ९ लाख)!! किस्तामा पनि पाइन्छ। आजै बैना रु ५०,००० राखेर प्लट बुक गर्नुहोस्, "
    "भोलि छैन! सम्पर्क: 98O1-26O-47l (प्रोपर्टी दाइ)",
    "प्रोपर्टी दाइ", "propertydai.ghaderi@gmail.com", NULL },
  { "Driving license ko trial fail bhayo? Tension nalinu hajur 😊 Trial nadikana, likhit exam nadikana 15 din ma "
    "smart license ghar mai. Bike/car dubai milcha. Nagarikta pratilipi ra passport urgent 3 din ma pani "
    "milaidinchhau, Yatayat ra DAO ma hamro 'manche' cha. Rate: bike 45,000, car 65,000, advance 50%. Call/Viber 98 "
    "5l 03 27 64 garnu hola, DM pani garna milcha.",
    "License Dai", "licensedai.np@gmail.com", NULL },
  { "Hello Editor, I am Aarav from Himalayan Rank Labs. We are interested to publish sponsored articles on your "
    "esteemed Nepali news portal with 2 dofollow backlinks each. Niches: casino, betting, CBD, crypto, loans, adult "
    "dating, all OK. We pay USD 90 per post via Payoneer or USDT (TRC20), bulk 50 posts possible. Kindly share your "
    "price list and DA/DR. Also we provide Google top 3 ranking for Nepali keywords in 30 days. Details: "
    "https://himalayan-ranklabs.example/publishers",
    "Aarav | Himalayan Rank Labs", "aarav@himalayan-ranklabs.example", "https://himalayan-ranklabs.example" },
  { "🃏 Teen Patti, Andar Bahar, Aviator 🚀 ra Cricket betting — Nepal ko no.1 app 'Sagarmatha Play' 🇳🇵 Pahilo "
    "deposit ma 100% bonus, eSewa/Khalti bata deposit, 5 minute ma withdraw!! Dinai 5000-20000 kamaunu hola, ekdam "
    "sajilo cha. Refer code: SGM55 👉 s a g a r m a t h a p l a y . x y z (browser ma hannu hola)",
    "Sagarmatha Play", "support@sagarmathaplay.xyz", "http://sagarmathaplay.xyz" },
  { "💹 पैसा double गर्ने सजिलो तरिका!! हाम्रो Forex + Gold (XAUUSD) + Crypto signal group मा join गर्नुहोस्, रु "
    "25,000 invest गर्दा 7 दिनमा रु 50,000 फिर्ता, 100% guaranteed ✅ दुबई र सिड्नीमा बस्ने नेपाली दाजुभाइले पनि "
    "कमाइरहनुभएको छ। USDT मा deposit, profit हरेक शुक्रबार eSewa मा। Telegram: @GoldenNepalFX_VIP (seat limited, आज "
    "मात्र)",
    "Golden Nepal FX", "goldennepalfx@proton.me", NULL },
};

static const Comment desk_genuine[] = {
  { "मेरी छोरी टेकुको स्कुलमा हिँडेर जान्छे। कालीमाटीदेखि टेकुसम्मको फुटपाथमा पसल थापिएकाले बच्चाहरू सडकमै "
    "हिँड्नुपर्छ, माइक्रोबस छेउबाटै कुदाउँछन्। धुलो र हिलो पनि उस्तै। नौ महिना दुःख भए पनि बाटो फराकिलो र ढल राम्रो "
    "बनोस्। तर मङ्सिरमा सकिन्छ भनेको कुरा फेरि 'अर्को वर्ष' नहोस् है!!",
    "सविता श्रेष्ठ", "savita.shrestha77@gmail.com", NULL },
  { "मेरी आमाले कालीमाटीको फुटपाथमा १६ वर्षदेखि साग बेच्नुहुन्छ। त्यही सागको कमाइले मलाई र बहिनीलाई पढाउनुभयो। अब "
    "टेकुको खुला मैदानमा पठाउने रे, त्यहाँ किन्न को आउँछ? ठूला पसलको अगाडिको अतिक्रमण कसैले छुँदैन, डोजर सधैं "
    "गरिबमाथि मात्र। सडक बनाउनुस्, तर पहिले हाम्रो रोजीरोटीको बन्दोबस्त गर्नुस्।",
    "सुरज तामाङ", "suraj.tamang.ktm@gmail.com", NULL },
  { "Haha Kathmandu ko road ko life cycle: khannu, chhodnu, Melamchi ko pipe halna pheri khannu, dhulo ma ramaunu 😂 "
    "Mangsir 10 ma sakincha re. Kun saal ko Mangsir bhanna chai birsechha hola news ma. 2090 BS ma nati lai lagera "
    "herna jaula 🤣",
    "Bikash_KTM", "bikash.ktm99@gmail.com", NULL },
  { "@सुरज तामाङ भाइ, तपाईंको कुरा ठिक हो। हामी फुटपाथ व्यापारी संघबाट सुनुवाइमा यही कुरा उठाउँदैछौं: टेकुको अस्थायी "
    "बजारमा पानी, शौचालय र छानो चाहियो, अनि नौ महिनापछि सबै जना फेरि कालीमाटी फर्कन पाउनुपर्छ। माघ २९ गते शुक्रबार "
    "दिउँसो १ बजे, वडा नं. १३ को हल, कालीमाटी। सबै दिदीबहिनी र दाजुभाइ आउनुहोला, मान्छे धेरै भए मात्र सुन्छन्।",
    "लक्ष्मी महर्जन", "laxmi.maharjan65@gmail.com", NULL },
  { "६८ करोड ४० लाख!!!! 1.4 KM को लागि??? गएको साल यही सडकमा कालोपत्रे गर्दा पनि ३ करोड खर्च भयो, ६ महिनामै "
    "खाल्डो!!! PLEASE PUBLISH THE CONTRACT AND THE CONTRACTOR'S NAME!!! JANATA LAI HISAB CHAHIYO!!!",
    "Rajesh Karki", "rajesh.karki.np@yahoo.com", NULL },
  { "🚧🥬🛺💧🙏",
    "Anisha", "anisha.rai21@gmail.com", NULL },
  { "जि मचाबलय् थ्व टंकेश्वर हितिया लः त्वनागु। २०४६ सालय् लँ दयेकेबलय् हिति त्वपुल, सुनानं न्यंगु मखु। आः हानं हिति "
    "पिकाइगु धाःगु न्यनाः तसकं लय्ताल। सिथि नखःकुन्हु हिति सफा यायेगु गुथिया ज्या खः, उकिं हिति गुथियात हे "
    "ल्हाःलाकेमाः। अले लः वयेमाः, लः मवःसा हिति दयेका नं छु याये?",
    "पूर्णमान शाक्य", "purnaman.shakya@gmail.com", NULL },
  { "होसियार!! हिजो आमालाई 'महानगरपालिकाको कर्मचारी' भन्दै फोन आयो: टेकुमा स्टल पाउन ६ गतेभित्र रु ३,५०० दर्ता शुल्क "
    "eSewa मा पठाउनू, नत्र नाम काटिन्छ रे। नम्बर 9808 447 215 थियो। आमाले पठाउनुभएन। दर्ता त वडा कार्यालयमा गएर "
    "निःशुल्क गर्ने हो, महानगरले फोनमा पैसा माग्दैन। कसैलाई यस्तो फोन आए पैसा नपठाउनुहोला, सबैलाई सेयर गर्नुस्।",
    "प्रमिला के.सी.", "pramila.kc@gmail.com", NULL },
  { "For anyone who doesn't read Nepali: the closure map and the tempo and microbus detours are posted on the "
    "metropolitan city's site, https://kathmandu.gov.np, under notices. I cycle from Kalimati to Teku every day and "
    "the footpath is impossible, so I'm glad, but please keep a lane open for bicycles and for the vegetable carts "
    "at night. Also, the hearing is on Magh 29, which is Friday 12 February for those of us on the other calendar.",
    "Tom Hendriks", "tom.hendriks.ktm@gmail.com", NULL },
  { "टंकेश्वर धुंगेधारा सामान्य धारा होइन। हजुरबुबाका अनुसार यो प्रताप मल्लकै पालाको हो र यसको ढुंगामा प्रचलित नेपाल "
    "लिपिमा अभिलेख थियो। मेरो बाल्यकालमा बिहान चार बजेदेखि गाग्री लिएर लाइन लाग्थ्यौं, बेलुका आमाहरू लुगा "
    "धुनुहुन्थ्यो, गुठीले हरेक वर्ष सिथी नखःमा सफा गर्थ्यो। २०४६ सालतिर सडक अग्लो बनाउँदा माटो हालेर पुरियो, कसैले "
    "सोधेन। अब निकाल्ने हो भने पुरातत्व विभागका विज्ञलाई साथै राख्नुहोस्, ठेकेदारको डोजरले ढुंगा नफोडोस्। पुराना "
    "ढुंगामा नम्बर लगाएर फेरि त्यही ठाउँमा राख्नुहोस् र जमिनमुनिको राजकुलो पनि खोज्नुहोस्, नत्र सुन्दर हिति बन्ला तर "
    "पानी आउँदैन।",
    "गोविन्द प्रधान", "govinda.pradhan1950@gmail.com", NULL },
  { "कालीमाटी चोकमा २०५२ सालदेखि मिठाई बनाउँदै आएको 'श्रेष्ठ मिष्ठान्न भण्डार' हौं। सडक बन्द हुँदा हाम्रो दूध र खुवा "
    "ल्याउने गाडी कुन बाटोबाट र कति बजेसम्म पसलसम्म आउन पाउँछ, महानगरले स्पष्ट पारिदिए हुन्थ्यो। पसल खुलै रहन्छ, "
    "ग्राहकहरू कुलेश्वरतर्फबाट हिँडेर आउन सक्नुहुन्छ। — श्रेष्ठ मिष्ठान्न भण्डार, कालीमाटी",
    "श्रेष्ठ मिष्ठान्न भण्डार", "shrestha.mishthan@gmail.com", NULL },
  { "Ramro kaam. Tara dhara ma sachchai pani aaos hai 🙏",
    "Sunita", "sunita.magar@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "कान्छीमाया दिदीको कुरा पढेर मन भारी भयो 😢 फुटपाथमा दिनभर घाम-पानी सहेर ५-७ सय कमाउनुभन्दा विदेश जानु नै बेस हो "
    "यो देशमा। हाम्रो कम्पनीमा यसै महिना दुबई र मलेसियाका लागि १२० जना महिला-पुरुषको माग आएको छ: क्लिनर, प्याकेजिङ, "
    "सुपरमार्केट हेल्पर, तलब रु ७० हजारदेखि। भाषा नजाने पनि हुन्छ। पासपोर्ट र रु ३५ हजार अग्रिम लिएर आउनुहोस्, १५ "
    "दिनमा उडान ✈️ भाइबर ९८६१-०५४-३२७",
    "मीना गुरुङ", "meena.gurung.jobs@gmail.com", NULL },
  { "@Rajesh Karki दाइ एकदम सही, ६८ करोड कसको खल्तीमा जान्छ थाहा छैन 😡 त्यसैले मैले सरकारलाई भर पर्न छोडिदिएँ। गएको "
    "६ महिनादेखि Gold/Forex signal group follow गर्छु, 50 हजारबाट अहिले 3 लाख 80 हजार भयो, घरबाटै मोबाइलमा। Mentor "
    "sir ले entry/exit सबै पठाइदिनुहुन्छ। Interested भए Telegram मा @XAU_Nepal_Mentor लाई 'Kalimati' भनेर msg "
    "गर्नुस्।",
    "Sudeep Thapa", "sudeep.thapa.fx@gmail.com", NULL },
  { "हरिकृष्ण बाको कुरा सुनेर बाल्यकाल सम्झें, धाराको पानी त अमृत जस्तो थियो। तर अहिले काठमाडौंको पानीमा ई-कोलाई र "
    "आर्सेनिक भेटिएको छ, धारा बने पनि सिधै पिउनु खतरा छ! त्यसैले हामीले 'AquaPure RO+UV' ल्याएका छौं, "
    "महानगरपालिकाबाट सिफारिस गरिएको 😊 बजार मूल्य रु ३२,००० अहिले रु १५,९९९ मात्र, अग्रिम रु ५,००० eSewa ID "
    "9847013562 (व्यक्तिगत) मा पठाएर बुक गर्नुहोस्, जडान निःशुल्क।",
    "AquaPure Nepal", "sales@aquapure-nepal.test", NULL },
  { "Tempo ra micro Balkhu ring road bata ghumne re, office pugna aba 1 ghanta 😩 Ma chai micro chhodera electric "
    "scooter kine, best decision! Hajur haru lai pani chahiyo bhane 'Zoomo EV Nepal' ma 0% down payment, 0% interest "
    "EMI cha, license napani chalauna milcha. Booking ko lagi Rs 5,000 Khalti garnu hola 98 04 7l 26 59 ma, delivery "
    "3 din ma. Offer Falgun samma matra!!",
    "Prakash Adhikari", "prakash.adhikari.ev@gmail.com", NULL },
  { "फुटपाथ व्यापारी दिदीबहिनीहरू, हटाउँदा दुःख नमान्नुहोस्। आजकल पसल चाहिँदैन, मोबाइल नै पसल हो! म पनि पहिले तरकारी "
    "बेच्थेँ, अहिले 'Global Wellness Network' मा जोडिएर घरबाटै महिनाको १ लाखसम्म कमाउँछु 💰 सुरुमा रु १२,५०० को "
    "प्रोडक्ट किट लिनुपर्छ, त्यसपछि तपाईंमुनि दुई जना जोडे कमिसन आइहाल्छ। विस्तृत जानकारीका लागि ह्वाट्सएप "
    "गर्नुहोस्: ९८०८ ६३१ ४७२",
    "सरस्वती बुढाथोकी", "saraswati.budhathoki@gmail.com", NULL },
  { "नौ महिना खन्दा कालीमाटी-टेकुमा कति धुलो उड्ला, सोच्दै डर लाग्छ 😷 मेरो बुवालाई पनि यही धुलोले दम भएको थियो, "
    "इन्हेलरले केही भएन। अनि हिमालको जडीबुटीबाट बनेको 'श्वास अमृत' चूर्ण खुवाएपछि २१ दिनमा दम पूरै निको!! सुगर, "
    "प्रेसर, बाथ पनि जरैदेखि हटाउँछ, १००% ग्यारेन्टी, साइड इफेक्ट शून्य। घरमै डेलिभरी, क्यास अन डेलिभरी। अर्डर: "
    "९८२१-४४७-०१८",
    "दीपा कार्की", "deepa.karki.herbal@gmail.com", NULL },
  { "@Bikash_KTM haha 2090 BS ma ma pani aaula, nati lai lera 😂😂",
    "Ramesh", "ramesh.lol88@gmail.com", "https://jitnu-cha.top/ref/rm55" },
  { "बागमती करिडोर र १४ मिटरको सडक बनेपछि टेकु-कालीमाटी आसपासको जग्गाको भाउ दोब्बर हुन्छ, पक्का! लगानी गर्ने बेला "
    "अहिले नै हो। मैले पनि बुबालाई भनेर एक टुक्रा लिएँ 👉 <a "
    "href=\"https://ktm-ghaderi-bazar.shop/teku?ref=kal55\">टेकु नजिक सस्तो घडेरी, आनाको ९ लाखमै</a> बैना राखेर बुक "
    "गर्न मिल्छ, छिटो गर्नुहोला।",
    "Anil Shrestha", "anil.shrestha.invest@gmail.com", NULL },
  { "I was in Ason and Kalimati last October and the market lanes were chaos but wonderful, I hope the vendors get a "
    "fair deal. Readers planning a Nepal trip this year: our Thamel agency has Everest Base Camp helicopter tours at "
    "60% off and 12-day trekking packages from USD 399 all inclusive, guaranteed departures. Secure your seat with a "
    "USD 250 deposit by Western Union or Wise to our guide Mr. Pemba (personal name, faster). WhatsApp +977 980 1 55 "
    "62 73 or summit-deals-nepal.example",
    "Laura | Summit Deals Nepal", "laura@summit-deals-nepal.example", NULL },
  { "धुंगेधारा फेरि ब्युँतिने कुराले मन खुसी भयो 🙏 हामी टंकेश्वरका केही युवाले हितिमा पूजा गर्न र गुठीलाई सहयोग "
    "गर्न 'हिति संरक्षण अभियान' सुरु गरेका छौं। रु १०० देखि जति सक्नुहुन्छ सहयोग गर्नुहोस्। eSewa/Khalti: 9849 206 "
    "731 (संयोजकको व्यक्तिगत), संस्थाको खाता दर्ता भएपछि खुल्छ। रसिद पछि फेसबुक पेजमा नाम राखेर दिइनेछ। 🙏🙏",
    "हिति संरक्षण अभियान", "hiti.abhiyan.tankeshwor@gmail.com", NULL },
  { "सडक, धारा, फुटपाथ... यो देशमा युवाको भविष्य छैन, बरु पढ्न बाहिर जाऊँ 🎓 'Himal Bridge Education' मार्फत "
    "Australia, Japan, UK का लागि IELTS बिना admission, 100% visa guarantee! Visa reject भए पैसा फिर्ता। Documents र "
    "bank balance हामी नै मिलाइदिन्छौं 😉 File open charge रु 75,000 (non-refundable)। Office कालीमाटीमै छ, तर अहिले "
    "online मात्र, Viber ९८६५-३०७-४१२",
    "Himal Bridge Education", "info@himalbridge-edu.test", "http://himalbridge-edu.test" },
  { "समाचार पढ्दा एउटा कुरा खट्क्यो: फागुन १७ गते सोमबार पञ्चाङ्गअनुसार अशुभ साइत हो, सोमबार दिशाशूल पनि पूर्वतिरै "
    "पर्छ। यस्तो दिन माटो खन्दा नाग र भूमि दोष लाग्छ, ठूलो दुर्घटना हुनसक्छ। आफ्नो घर-पसलको रक्षाका लागि भूमि शान्ति "
    "पूजा अनिवार्य छ। पं. ज्योतिषाचार्य गौरीशंकर शास्त्री (काशी), अनलाइन पूजा दक्षिणा रु ५,१०० मात्र eSewa मा, "
    "कुण्डली हेर्न निःशुल्क। सम्पर्क: नौ सात चार शून्य एक एक आठ पाँच छ तीन",
    "पं. गौरीशंकर शास्त्री", "jyotish.gaurishankar@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "बुवाआमालाई पढेर सुनाइदिनुहोला: महानगरपालिका वा वडा कार्यालयले फोनमा कहिल्यै दर्ता शुल्क, eSewa/Khalti को MPIN "
    "वा OTP माग्दैन। eSewa र Khalti ले पनि आफ्नो कर्मचारीमार्फत PIN सोध्दैनन्। यस्तो फोन वा SMS आए नेपाल प्रहरीको "
    "१०० मा फोन गर्नुहोस् वा साइबर ब्यूरोमा उजुरी दिनुहोस्, पैसा गइसकेको भए तुरुन्तै बैंक वा वालेटको ग्राहक सेवामा "
    "फोन गरेर कारोबार रोक्का गराउनुहोस्। सडकसम्बन्धी साँचो गुनासो महानगरको निःशुल्क लाइन 1660-01-72255 मा मात्र।",
    "रोशन पौडेल", "roshan.paudel@gmail.com", NULL },
  { "म कतारमा ६ वर्ष बसेर फर्किएँ। 'फ्रि भिसा फ्रि टिकट' भन्ने अनि अग्रिम ५०-६० हजार माग्ने विज्ञापन यहाँ कमेन्टमा "
    "पनि देखेँ, त्यस्तैमा मेरो साथी ठगियो। विदेश जानुअघि वैदेशिक रोजगार विभागको साइट https://dofe.gov.np मा "
    "म्यानपावरको इजाजत नम्बर जाँच्नुहोस्, श्रम स्वीकृति नलिई नजानुहोस् र पैसा दिँदा रसिद लिनुहोस्। कोरिया EPS त "
    "सरकारी प्रक्रियाबाट मात्र हुन्छ, 'सेटिङ' भन्नेहरू सबै ठग हुन्। ठगिएमा विभागमै उजुरी दिन सकिन्छ।",
    "देवराज राई", "devraj.rai.qatar@gmail.com", NULL },
  { "हाम्रो कार्यालय कालीमाटी चोकमा भएकाले सडक बन्द अवधिभर (फागुन १७ देखि) अस्थायी रूपमा कुलेश्वरको सहयोगी भवन, "
    "दोस्रो तलामा सर्दैछ। हामी वैदेशिक रोजगार विभागबाट इजाजतप्राप्त संस्था (इजाजत नं. ७४२/०६८/६९) हौं। मलेसिया र "
    "कतारका कामदारसँग सरकारको 'फ्रि भिसा फ्रि टिकट' नीतिअनुसार कुनै शुल्क लिइँदैन। हाम्रो नाम भनेर कसैले अग्रिम "
    "माग्यो भने त्यो ठगी हो। कार्यालय फोन ०१-४२७३५१८ (आइतबार-शुक्रबार १०-५)। — सगुन ओभरसिज प्रा.लि.",
    "सगुन ओभरसिज प्रा.लि.", "info@sagunoverseas.example", NULL },
  { "कमेन्टमा '२४% ब्याज दिने सहकारी' देखेर रिस उठ्यो। मेरा बुवाको कालीमाटीकै एउटा सहकारीमा ७ लाख रुपैयाँ थियो, २०८० "
    "सालमा सञ्चालक भागे, अहिलेसम्म आधा पनि फिर्ता आएको छैन। पीडितहरूले समस्याग्रस्त सहकारी व्यवस्थापन समितिमा दाबी "
    "फारम भर्न नछुटाउनुहोस्, त्यो निःशुल्क हो। अनि जति पनि उच्च ब्याजको लोभ देखाउँछन्, त्यहीँ रकम नराख्नुहोस्, दर्ता "
    "र लेखापरीक्षण हेरेर मात्र सदस्य बन्नुहोस्।",
    "कृष्ण घिमिरे", "krishna.ghimire@yahoo.com", NULL },
  { "कालीमाटी फुटपाथ दिदीबहिनीको ढिकुटीका सदस्यहरूलाई जानकारी: महिनाको रु ५,०००, बीस जना, पालो उही हो। टेकु सरेपछि "
    "पनि ढिकुटी चल्छ। फागुनको भेला १५ गते शनिबार दिउँसो २ बजे टंकेश्वर महादेव मन्दिरको चोकमा हुन्छ। पैसा भेलामा नगद "
    "मात्र, मोबाइल वालेट वा खातामा होइन। केही सोध्नु छ भने मलाई फोन गर्नुहोस् ९८४३-२१७-६०५। मेरो नाम लिएर कसैले पैसा "
    "माग्यो भने नदिनुहोला। — गीता दिदी",
    "गीता तामाङ", "geeta.tamang72@gmail.com", NULL },
  { "टंकेश्वर हिति गुठीको सूचना: धारा पुनर्निर्माणपछि जेठमा पर्ने सिथी नखःमा हिति सफाइ र पूजा गुठीले नै गर्नेछ। "
    "त्यसका लागि सामग्री र भोजको खर्च संकलन गर्दैछौं। सहयोग गुठीकै नाममा रहेको नेपाल बैंकको खाता नं. ०१२०१०१७४४३५ "
    "(टंकेश्वर हिति गुठी) मा वा गुठी घरमा आएर मात्र गर्नुहोस्, हरेकलाई छापिएको रसिद दिइन्छ। कसैको व्यक्तिगत eSewa वा "
    "खातामा नपठाउनुहोस्। सम्पर्क: गुठी सचिव ९८५१-०७२-३४६",
    "टंकेश्वर हिति गुठी", "tankeshwor.hiti.guthi@gmail.com", NULL },
  { "कुकुर हरायो 😭 हाम्रो 'भुरे' (सेतो-खैरो, पुच्छर घुम्रिएको, निलो पट्टा, ४ वर्ष) बुधबार बेलुका टेकु दोभानतिरबाट "
    "हरायो। मान्छेसँग डराउँदैन, नाम बोलायो भने आउँछ। कसैले देख्नुभयो भने 9818 302 447 मा फोन वा Viber गरिदिनुहोला, "
    "फेला पारिदिनेलाई रु १०,००० इनाम दिनेछौं। धन्यवाद 🙏",
    "रीता बज्राचार्य", "rita.bajracharya@gmail.com", NULL },
  { "[काठमाडौं महानगरपालिका, वडा नं. १३ को कार्यालय, कालीमाटी] कालीमाटी चोकदेखि टेकु दोभानसम्मको सडक २०८३ फागुन १७ "
    "(२०२७ मार्च १) देखि २०८४ मङ्सिर १० सम्म बन्द रहनेछ। फुटपाथ व्यापारीको दर्ता २०८३ फागुन ७ गतेसम्म यस कार्यालयमा "
    "निःशुल्क हुन्छ, नागरिकताको प्रतिलिपि र दुई प्रति फोटो ल्याउनुहोला। सार्वजनिक सुनुवाइ माघ २९ गते दिउँसो १ बजे "
    "यसै कार्यालयको हलमा। फोन ०१-४२८८१३०, निःशुल्क लाइन 1660-01-72255, https://kathmandu.gov.np। यस कार्यालयले दर्ता "
    "वा स्टलका लागि फोन, eSewa वा Khalti मार्फत कुनै रकम माग्दैन।",
    "वडा नं. १३ कार्यालय, कालीमाटी", "ward13@kathmandu.gov.np", "https://kathmandu.gov.np" },
  { "हाम्रा नियमित ग्राहकहरू ध्यान दिनुहोला 🙏 कालीमाटी सडकछेउको 'दाइको मःम पसल' फागुन १७ देखि कुलेश्वर चोकको "
    "पेट्रोल पम्पपछाडिको गल्लीमा सर्दैछ। भैंसीको मःम प्लेटको रु १५०, चिकेन रु १८०, झोल मःम रु २०० उही मूल्य। फोन "
    "अर्डर पहिलेकै नम्बर ९८४१-५५०-२१८, होम डेलिभरी कालीमाटी-टेकु-कुलेश्वरभित्र। सडक बनेपछि पुरानै ठाउँमा फर्किन्छौं!",
    "दाइको मःम पसल", "daikomomo.kalimati@gmail.com", "https://www.facebook.com/daikomomopasal" },
  { "यस्तो SMS आयो, कसैलाई आयो भने नखोल्नुहोस्: «KMC: फुटपाथ व्यापारी अस्थायी स्टल दर्ता अन्तिम दिन आज। शुल्क रु "
    "2,500 Khalti मार्फत तिर्नुहोस् ▶ kathmandu-gov-np.stall-darta.site» महानगरको साइट kathmandu.gov.np मात्र हो, "
    "gov-np.site जस्तो केही हुँदैन, र दर्ता निःशुल्क छ। मैले नेपाल टेलिकममा रिपोर्ट र साइबर ब्यूरोमा उजुरी गरेँ।",
    "अञ्जना बस्नेत", "anjana.basnet@gmail.com", NULL },
  { "मैं बीरगंज से कालीमाटी मंडी में प्याज़-आलू का ट्रक लाता हूँ, पंद्रह साल से। ख़बर में लिखा है कि माल रात दस बजे "
    "से सुबह छह बजे तक ही उतार सकते हैं। सवाल ये है कि ट्रक कुलेश्वर वाले रास्ते से आएँगे या टेकु की तरफ़ से? महानगर "
    "साफ़ बता दे तो अच्छा। जो ड्राइवर भाई नेपाली नहीं पढ़ पाते, उनके लिए हमने एक WhatsApp ग्रुप बनाया है, जुड़ना हो "
    "तो मुझे मैसेज करें 9855023174। कोई पैसा नहीं, सिर्फ़ रास्ते की जानकारी।",
    "मनोज कुमार साह", "manoj.sah.birgunj@gmail.com", NULL },
  { "यो कमेन्ट सेक्सन त मेला नै लाग्यो 😂 मलेसियाको फ्रि भिसा, eSewa KYC, ७२ घण्टामा वशीकरण गर्ने बाबा, २४% ब्याजको "
    "सहकारी, ट्रायल बिना लाइसेन्स, तीन पत्ती, अनि फागुन १७ को 'अशुभ साइत' वाला पण्डित पनि! Sadak bhanda pahila yo "
    "comment section ma dozer chalaunu parcha. हजुरबुबा-हजुरआमाहरू, यहाँ दिइएका कुनै नम्बरमा फोन नगर्नुहोला।",
    "Kalimati ko Keto", "kalimati.keto@gmail.com", NULL },
};
