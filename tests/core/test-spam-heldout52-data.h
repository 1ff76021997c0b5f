/* test-spam-heldout52-data.h: a fifty-second round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source
 * not read, built or run), under an invented local story (story52:
 * Dhaka, Bangladesh, where the 1.2-kilometre road along the Kalyanpur
 * canal, from Kalyanpur New Bazar to the Gabtoli end, will close to
 * traffic from Monday 1 February to Monday 31 May 2027 while Dhaka North
 * City Corporation dredges the canal, rebuilds its banks in concrete and
 * moves the hawkers and rickshaw stands off the road; the Zone 4
 * executive engineer puts the cost at Tk 186 crore, Tk 124 crore of it
 * from the Local Government Division and Tk 62 crore from the
 * corporation, for dredging, retaining walls, a walkway and two pumps
 * where the canal meets the Turag at Gabtoli; the 212 licensed hawkers
 * move to a temporary market on the old bus depot field at Darus Salam,
 * the nine rickshaw stands to side lanes off Mirpur Road, and the four
 * leguna (human hauler) routes go by Mirpur Road; the 146 shops on the
 * road that show lower sales can claim Tk 9,000 a month for up to four
 * months, claims open until Thursday 25 February 2027 at the Zone 4
 * office in Mirpur 10 or on the corporation's website, free of charge;
 * a grocer, 58, on the road since 1994, "four months with the road shut
 * is four months without a sale"; a rickshaw puller from Kurigram, 41,
 * says pullers and unlicensed tea stalls are on no list; the residents'
 * group Kalyanpur Khalpar Basinda Kalyan Samity, 310 homes flooded in
 * July 2026, asks for no heavy machines after 10pm; a public meeting on
 * Saturday 23 January 2027 at 3pm at the Zone 4 community centre,
 * questions to the corporation's free helpline 16315), in four sets,
 * most of them in Bengali (Bangla script, some with Bengali digits ০-৯,
 * some with ASCII digits), several in romanised "Banglish" as typed on
 * phones, some mixing Bengali or Banglish with English in one sentence,
 * and three in English; with bKash, Nagad and Rocket, imo and WhatsApp,
 * +880 and 01X mobile numbers, and .com.bd and .gov.bd sites.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a fake "waterlogging-affected family allowance 2027" (bhata) of the
 *     Ministry of Social Welfare, ৳১২,৫০০ a family, register with the NID
 *     by 28/02/2027, a "bhata-gov-bd." look-alike .top host without a
 *     scheme, paid by bKash, Nagad or Rocket (Bengali, Bengali digits);
 *   - bKash "account blocked" phishing, verify within 24 hours with the
 *     account number, 5-digit PIN and OTP, a "bkash-verify.com-bd."
 *     look-alike host, the same host in the website field, a "customer
 *     officer" number in Bengali digits (Bengali);
 *   - a fake Sundarban Courier notice, a parcel held at the Kalyanpur
 *     branch, Tk 65 redelivery charge by bKash, a look-alike .click host
 *     without a scheme (Banglish);
 *   - a loan app, Tk 5,000 to Tk 50,000 to bKash or Nagad in ten minutes
 *     with an NID and a selfie, "no CIB check" (the credit bureau), a
 *     WhatsApp number with letters O for zeros (Banglish);
 *   - Romania and Malaysia work visas, ৳৩,৮০,০০০ in all, ৳৬০,০০০ in
 *     advance by bKash "to take a serial", an imo/WhatsApp number and a
 *     .net host without a scheme (Bengali);
 *   - BPL cricket betting tips, Dhaka Capitals against Rangpur Riders,
 *     a rate of 5.20, a Tk 500 a week VIP group paid by Nagad, a promo
 *     code spelt letter by letter with spaces, a Telegram handle
 *     (Banglish with English);
 *   - a tantrik and kabiraj "hakim baba", love spells (boshikoron), lost
 *     love returned, obstacles to going abroad removed, court cases won,
 *     amulets by courier, the number written out in Bengali words
 *     (Bengali);
 *   - a "Dubai Gold Trade" AI robot platform, ৳১০,০০০ turned into
 *     ৳৬৫,০০০ in 30 days, a 20% referral bonus, "I am a leader now", a
 *     WhatsApp number split in pairs (Bengali mixed with English);
 *   - BRTA smart card driving licences without a test in ten days,
 *     National University and private university degrees, SSC and HSC
 *     mark sheets, passports, the number in Bengali digits spaced one by
 *     one (Bengali with English words);
 *   - an SEO agency in Banani, audit, high-DA backlinks from Bangladeshi
 *     news sites, Facebook page boosting and 10K followers from ৳4,999 a
 *     month, a WhatsApp number, an .example host in the text and the
 *     website field (English);
 *   - an adult come-on, "lonely?", Dhaka bhabis and varsity girls, video
 *     calls and hotel meets in Uttara, Dhanmondi, Banani, the .club host
 *     spelt with spaces and "[ডট]", a Telegram handle, the host in the
 *     website field (Bengali with English words);
 *   - a fake flood-relief appeal for a Kalyanpur slum, "children unfed
 *     for two days", "a few students", money to a personal bKash/Nagad
 *     number by send money, "share it" (Bengali, Bengali digits).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a canal-side resident whose home stood knee-deep in water for
 *     three days in July 2026, for the works if they end by 31 May before
 *     the monsoon (Bengali, Bengali digits);
 *   - against: a leguna driver on the Kalyanpur-Gabtoli route for 11
 *     years, 25 minutes more a trip by Mirpur Road, nothing for drivers
 *     and helpers, "a work for the photo" (Banglish);
 *   - sarcasm: the canal dredged in 2016 and "restored" in 2021, "I can
 *     bet only June's first rain will come on time" (Bengali);
 *   - a reply to "@Rafiqul Islam": the residents' samity has asked for a
 *     temporary leguna stand at Darus Salam, come to the meeting on the
 *     23rd (Banglish and Bengali mixed, English words);
 *   - a reader shouting in capitals, plans, promises, photos with the
 *     mayor, Kalyanpur and Darus Salam under water every July, "where did
 *     the 2021 dredging money go", all to the meeting (Banglish);
 *   - rain, a boat, a roadworks sign, raised hands and the Bangladesh flag
 *     only;
 *   - a question from a woman with an unlicensed tea and paan stall at
 *     New Bazar for 15 years: will stalls without a licence get anything,
 *     "what will we eat for four months" (Bengali);
 *   - a reader quoting an imo call to his father, a "Zone 4" caller
 *     asking a Tk 500 "registration fee" by Nagad to a number, to warn
 *     that it is a fraud and the claim is free (Bengali, Bengali digits);
 *   - the corporation's site (dncc.gov.bd) and the e-GP tender portal
 *     (eprocure.gov.bd) cited for the notice, the list of 146 shops, the
 *     form and the tender (Bengali with English words);
 *   - a reader born by the canal in 1952 who remembers boats to the
 *     Gabtoli haat and his father's fishing, encroachment and garbage
 *     since the eighties, asks the engineers to ask the old people where
 *     the water runs (Bengali, Bengali digits);
 *   - a bakery on the canal road since 1988, eleven workers, signing with
 *     its name, asking where and when it can load during the works, no
 *     phone, no link (Bengali);
 *   - a very short comment, "ইনশাআল্লাহ ভালো হবে।" (Bengali).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - sympathy for the 146 shops and the grocer's words, then a digital
 *     agency setting up Facebook pages, Daraz stores and boosting from
 *     ৳২,৫০০ a month, a phone number and its .com.bd site, in the text
 *     and the website field (Bengali);
 *   - the rickshaw puller's point taken, then a fake compensation site,
 *     ৳৯,০০০ to bKash in 48 hours "even without a licence" for a ৳৩০০
 *     processing fee, a "khotipuron-dncc-gov-bd" look-alike .online host
 *     without a scheme (Bengali);
 *   - a reply to "@Shafiqul Haque" agreeing about June's rain, a betting
 *     referral link in the website field only (Banglish);
 *   - stagnant water and dengue, a son's platelets at 30,000, then a
 *     papaya-leaf "herbal syrup" behind an HTML <a href>, 40% off this
 *     month (Bengali);
 *   - a reader who grew up in Kalyanpur glad for the canal, then Romania
 *     and Croatia work permits, ৳4.2 lakh, ৳80,000 advance by bKash to a
 *     personal number, passport copy by WhatsApp (English);
 *   - the rickshaw puller's words brought tears, then a Munshiganj "pir
 *     baba" whose amulet brought back trade and a husband, the number in
 *     English and Banglish words (Banglish);
 *   - the compensation will come late, then a "USDT Mining Pro" app,
 *     ৳৫,০০০ doubled in 25 days, withdrawals to bKash, a WhatsApp group
 *     link (Bengali mixed with English);
 *   - a furnished flat in Mohammadpur for families fleeing the dust,
 *     ৳১৮,০০০ a month, the owner "in Italy", two months in advance by
 *     bKash before viewing, one digit of the number as a Bengali word
 *     (Bengali, Bengali digits);
 *   - the dust and noise to come, then a task scam, Daraz order boosting
 *     and 5-star reviews for Tk 1,500 to Tk 3,000 a day paid by bKash, a
 *     Telegram handle (Banglish);
 *   - "good news for the shopkeepers", then a fake Nagad ৳৫০০ cashback
 *     for merchants in closed areas, "claim with your Nagad number and
 *     PIN" on a look-alike .online host, an "officer's" number with
 *     letters l and O for digits (Bengali with English words);
 *   - the 310 flooded homes, then a "khalpar humanitarian team" whose
 *     money goes to a personal bKash number, "the team's registration is
 *     not done yet" (Bengali, Bengali digits);
 *   - leguna drivers facing sergeants' checks on Mirpur Road, then a BRTA
 *     smart card licence without a test in seven days for Tk 18,000, a
 *     WhatsApp number with letters O for zeros (Banglish).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader writing for elderly parents: the corporation never asks
 *     for money, PIN or OTP; 999, the free line 16315, the bKash and
 *     Nagad helplines to stop a transfer, a GD at the police station
 *     (Bengali, both kinds of digits);
 *   - a pharmacy moving from the canal road to the Darus Salam temporary
 *     market, shop 37, its hours and its phone, "no advance, no bKash,
 *     medicine in hand then money" (Banglish);
 *   - the corporation's own notice, posted by the corporation, its page,
 *     the dates, the detours, the lists, the form, the meeting and the
 *     free line, the site in the website field (Bengali, Bengali digits);
 *   - the sums worked out: taka a metre, the division's and the
 *     corporation's shares in percent, the most the compensation can
 *     come to against the cost, a leguna driver's lost hours a month
 *     (Bengali, Bengali digits);
 *   - a reader quoting a scam SMS to her mother with its
 *     "dncc-gov-bd.khotipuron.site" look-alike link, to warn that only
 *     dncc.gov.bd and the Zone 4 office are real and free (Banglish);
 *   - a mosque committee collecting food aid before Ramadan for 64
 *     flooded families, at the mosque office or to the mosque's bKash
 *     merchant number, a printed receipt for each gift, the accounts on
 *     the notice board after Friday prayers (Bengali, Bengali digits);
 *   - a lawyer explaining that the Zone 4 committee approves claims from
 *     trade licences and VAT returns, no broker (dalal) can speed them
 *     up, hawkers with corporation ID cards can apply in writing, no one
 *     pays to apply (Bengali);
 *   - a reader recommending the free government legal aid helpline and
 *     the Dhaka district legal aid office, an English sentence about her
 *     aunt (Bengali with an English sentence);
 *   - an urban planner on the canal's catchment, encroachment and garbage
 *     at Gabtoli, the Institute of Water Modelling's site linked, his own
 *     site in the website field (English);
 *   - a paediatrician at Shaheed Suhrawardy Medical College Hospital on
 *     diarrhoea and dengue after waterlogging, for the works if the dust
 *     is watered down and the dredged mud is not left by the road
 *     (Bengali, Bengali digits);
 *   - a youth club's Friday canal clean-ups, its Facebook group, "we take
 *     no subscription, no money, just give time" (Banglish);
 *   - a reader mocking the spam under the story, the kabiraj, the licence
 *     without a test, the Romania visa, USDT doubling, the papaya syrup,
 *     the Italian owner's flat, the Nagad cashback, "no one give your
 *     PIN" (Bengali with a Banglish sentence).
 */

#pragma once

/* Included after spam-test-util.h, which defines Comment */

/* The story the comments are under */
static const char * const story52 =
  "Dhaka North to close the Kalyanpur canal road for four months of drainage works in 2027\n\n"
  "DHAKA, Bangladesh — The 1.2-kilometre road along the Kalyanpur canal, from Kalyanpur New Bazar to the Gabtoli "
  "end, will close to traffic from Monday 1 February to Monday 31 May 2027 while Dhaka North City Corporation "
  "dredges the canal, rebuilds its banks in concrete and moves the hawkers and rickshaw stands that line the road, "
  "the city corporation said.\n\n"
  "Tahmina Akter Shimu, the corporation's executive engineer for Zone 4, put the cost at Tk 186 crore, Tk 124 "
  "crore of it from the Local Government Division and Tk 62 crore from the corporation, for dredging, retaining "
  "walls on both banks, a walkway and two pumps where the canal meets the Turag at Gabtoli. The 212 licensed "
  "hawkers will move to a temporary market on the old bus depot field at Darus Salam and the nine rickshaw stands "
  "to side lanes off Mirpur Road; the four leguna routes that use the canal road will go by Mirpur Road. The 146 "
  "shops on the road that show lower sales can claim Tk 9,000 (৳9,000) a month for up to four months. Claims are "
  "open until Thursday 25 February 2027 at the Zone 4 office in Mirpur 10 or on the corporation's website, free of "
  "charge.\n\n"
  "\"Four months with the road shut is four months without a sale,\" said Abdul Mannan, 58, who has run a grocery "
  "on the canal road since 1994.\n\n"
  "Mohammad Selim, 41, a rickshaw puller from Kurigram who has worked the road for twelve years, said pullers and "
  "the unlicensed tea stalls are on no list: \"We carry the whole neighbourhood, but nobody counted us.\"\n\n"
  "The residents' group Kalyanpur Khalpar Basinda Kalyan Samity says waterlogging flooded 310 homes in July 2026 "
  "and asks for no heavy machines after 10pm. A public meeting is set for Saturday 23 January 2027 at 3pm at the "
  "Zone 4 community centre. Questions go to the corporation's free helpline, 16315.";

static const Comment desk_spam[] = {
  { "📢 জরুরি বিজ্ঞপ্তি 📢 সমাজকল্যাণ মন্ত্রণালয়ের \"জলাবদ্ধতা ক্ষতিগ্রস্ত পরিবার ভাতা ২০২৭\" চালু হয়েছে। ঢাকা "
    "উত্তর ও দক্ষিণ সিটির প্রতিটি ক্ষতিগ্রস্ত পরিবার পাবে এককালীন ৳১২,৫০০। জাতীয় পরিচয়পত্র (NID) নম্বর দিয়ে "
    "২৮/০২/২০২৭ তারিখের মধ্যে নিবন্ধন করুন: bhata-gov-bd.nibondhon-seba.top/dhaka টাকা সরাসরি বিকাশ, নগদ বা রকেটে "
    "পাঠানো হবে। সবাইকে শেয়ার করুন!",
    "ভাতা তথ্যকেন্দ্র", "info@nibondhon-seba.top", NULL },
  { "প্রিয় বিকাশ গ্রাহক, সন্দেহজনক লেনদেনের কারণে আপনার একাউন্টটি সাময়িকভাবে ব্লক করা হয়েছে। ২৪ ঘণ্টার মধ্যে "
    "ভেরিফাই না করলে একাউন্ট স্থায়ীভাবে বন্ধ হয়ে যাবে এবং ব্যালেন্স বাজেয়াপ্ত হবে। এখনই আপনার একাউন্ট নম্বর, ৫ "
    "সংখ্যার পিন ও ওটিপি দিয়ে সচল করুন: https://bkash-verify.com-bd.support/unlock অথবা কল করুন বিকাশ কাস্টমার "
    "অফিসারকে ০১৮৭২-৪৪০৯১৬।",
    "bKash Customer Care", "support@com-bd.support", "https://bkash-verify.com-bd.support" },
  { "Sundarban Courier Service: Apnar parcel (Tracking SCS-DHK-27-48815) Kalyanpur branch e 3 din dhore pore "
    "ache, thikana oshompurno. 48 ghontar moddhe Tk 65 redelivery charge bKash kore thikana update na korle "
    "parcel prerok er kache ferot jabe. Update korun: sundarban-courier.track-parcel.click/bd",
    "Sundarban Courier", "notice@track-parcel.click", NULL },
  { "💸 EMERGENCY LOAN 💸 Shudhu NID ar ekta selfie diye 10 minute e Tk 5,000 theke Tk 50,000 apnar bKash/Nagad "
    "e! Kono jaminot nai, guarantor nai, CIB check nai. Dokandar, rickshawala, garments worker shobai pabe. Daily "
    "kisti matro Tk 120. App download link nite WhatsApp korun +88 O17 1O-5O3 842. Offer shudhu ei shoptaho!",
    "Taka Now Loan", "takanow.loan.bd@gmail.com", NULL },
  { "🇷🇴🇲🇾 রোমানিয়া ও মালয়েশিয়া কাজের ভিসা 🇲🇾🇷🇴 ফ্যাক্টরি, কনস্ট্রাকশন ও ফুড প্যাকেজিং, বেতন ৳৯০,০০০ "
    "থেকে ৳১,৪০,০০০, থাকা-খাওয়া ফ্রি। অভিজ্ঞতা বা ইংরেজি লাগবে না। মোট খরচ ৳৩,৮০,০০০, আগে ৳৬০,০০০ বিকাশে জমা "
    "দিয়ে সিরিয়াল নিন, ৪৫ দিনে ফ্লাইট। সিট সীমিত! imo/WhatsApp: 01936-218457, বিস্তারিত: romania-visa-bd.net",
    "Global Manpower BD", "globalmanpower.bd24@gmail.com", NULL },
  { "🏏🔥 BPL 2027 SURE SHOT TIPS 🔥🏏 Aj rate Dhaka Capitals vs Rangpur Riders: toss + match winner + prothom 6 "
    "over e 55+ run, rate 5.20. Gotokal er combo 28x pass hoise ✅ VIP group e join korte Tk 500/week Nagad e. "
    "Betting site e promo code  B P L 5 2 K I N G  dile first deposit double. Telegram: @bpl_tips_king_dhaka 💯",
    "BPL Tips King", "bpltipsking@gmail.com", NULL },
  { "🔮 বিশ্ববিখ্যাত কামরূপ কামাখ্যার তান্ত্রিক গুরু ও আজমীর শরীফের কবিরাজ হাকিম বাবা 🔮 প্রেমে ব্যর্থ? "
    "স্বামী-স্ত্রীর অমিল? বশীকরণ, হারানো প্রেম ফিরিয়ে আনা, বিদেশ যাত্রার বাধা দূর, ব্যবসায় উন্নতি, মামলায় "
    "জয়—৭ দিনে ১০০% গ্যারান্টি, না হলে টাকা ফেরত। তাবিজ কুরিয়ারে পাঠানো হয়। ফোন: শূন্য এক সাত, নয় দুই, চার "
    "চার এক পাঁচ ছয় আট।",
    "হাকিম বাবা কবিরাজ", "hakimbaba.kabiraj@gmail.com", NULL },
  { "আসসালামু আলাইকুম ভাই-বোনেরা 🙏 মাত্র ৳১০,০০০ invest করে ৩০ দিনে ৳৬৫,০০০ withdraw করেছি, proof আছে! \"Dubai "
    "Gold Trade\" platform-এ AI robot নিজেই trading করে, আপনি শুধু daily profit দেখবেন বিকাশে। ৩ জন refer করলে "
    "extra ২০% bonus. আমি এখন leader, team-এ ১২০০+ member. জয়েন করতে inbox করুন বা WhatsApp: +880 1611-37 50 92",
    "Sumaiya Rahman", "sumaiya.dgt.leader@gmail.com", NULL },
  { "পরীক্ষা ছাড়াই BRTA স্মার্ট কার্ড ড্রাইভিং লাইসেন্স (পেশাদার/অপেশাদার) মাত্র ১০ দিনে, অনলাইনে ভেরিফাই হবে "
    "১০০%। এছাড়া জাতীয় বিশ্ববিদ্যালয় ও প্রাইভেট ইউনিভার্সিটির অনার্স-মাস্টার্স সার্টিফিকেট, এসএসসি-এইচএসসি "
    "মার্কশিট, পাসপোর্ট জরুরি ডেলিভারি। গোপনীয়তা রক্ষা করা হয়। যোগাযোগ: ০ ১ ৭ ৫ ৩ – ৮ ২ ০ – ৬ ৪ ১",
    "Dhaka Document Solution", "dhakadocsolution@gmail.com", NULL },
  { "Hello Editor, I was checking your news portal and noticed it does not rank on the first page of Google for "
    "\"Dhaka news\" and loads slowly on mobile. Our agency in Banani offers a full SEO package: technical audit, "
    "50 high-DA backlinks from Bangladeshi news sites, Facebook page boosting and 10K real followers, starting at "
    "only ৳4,999 a month. Free audit report in 24 hours. WhatsApp +880 1322-884017 or visit "
    "rankup-digital-bd.example",
    "Tanvir | RankUp Digital BD", "tanvir@rankup-digital-bd.example", "https://rankup-digital-bd.example" },
  { "🔞 একাকী লাগছে? 💋 ঢাকার সুন্দরী ভাবি, ভার্সিটি girls আর চাকরিজীবী মেয়েরা এখন অনলাইনে 🔥 ভিডিও কল, সিক্রেট "
    "চ্যাট, হোটেল মিট—উত্তরা, ধানমন্ডি, বনানী 😘 এখনই দেখুন 👉 d h a k a m i t e [ডট] c l u b /vip অথবা Telegram: "
    "@dhaka_bhabi_vip 💌",
    "Priya 💋", "priya@dhakamite.club", "http://dhakamite.club" },
  { "😭😭 কল্যাণপুর পোড়া বস্তির শত শত পরিবার পানিবন্দি, ছোট ছোট বাচ্চারা দুই দিন ধরে না খেয়ে আছে!! সরকার কিছু "
    "করছে না। আমরা কয়েকজন ছাত্র শুকনো খাবার আর ওষুধ নিয়ে যাচ্ছি। যার যা সামর্থ্য, আজ রাতের মধ্যেই পাঠান: "
    "বিকাশ/নগদ (পার্সোনাল) ০১৯৬৭-৫৫২৩০৮ (সেন্ড মানি)। ১০ টাকাও অনেক কিছু। আল্লাহ আপনাদের উত্তম প্রতিদান দিন। "
    "শেয়ার করে ছড়িয়ে দিন!!",
    "মানবতার হাত", "manobotarhat.relief@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "আমি কল্যাণপুর খালপাড়ের বাসিন্দা। ২০২৬ সালের জুলাইয়ে তিন দিন ঘরে হাঁটু পানি ছিল, ফ্রিজ আর বাচ্চাদের বইখাতা "
    "সব নষ্ট হয়েছে। খাল খনন করে গাবতলীতে পাম্প বসালে যদি এটা বন্ধ হয়, তাহলে চার মাস রাস্তা বন্ধ মেনে নিতে রাজি। "
    "শুধু বর্ষার আগে ৩১ মে-র মধ্যে কাজটা শেষ করুক।",
    "নাসরিন সুলতানা", "nasrin.sultana.klp@gmail.com", NULL },
  { "Ami 11 bochor dhore Kalyanpur-Gabtoli leguna chalai. Mirpur Road diye ghurle prottek trip e 25 minute beshi "
    "lagbe, sokaler jam e aro beshi. Amader keu kichu jigesh koreni. Dokandar ra Tk 9,000 pabe, amra driver "
    "helper ra ki pabo? Kichui na. Ei kaj ta photo tolar jonno, amader jonno na.",
    "Rafiqul Islam", "rafiq.leguna.driver@gmail.com", NULL },
  { "বাহ, কী সুন্দর খবর! কল্যাণপুর খাল ২০১৬ সালে একবার খনন হলো, ২০২১ সালে আবার \"পুনরুদ্ধার\" হলো, প্রতিবার ফিতা "
    "কাটা আর ছবি। এবার নাকি ৩১ মে-র মধ্যে শেষ 🙂 আমি বাজি ধরতে পারি, সময়মতো আসবে শুধু জুনের প্রথম বৃষ্টি। দেখা "
    "যাক।",
    "Shafiqul Haque", "shafiq.haque71@yahoo.com", NULL },
  { "@Rafiqul Islam bhai apnar kotha bujhi, amar chachao leguna chalay. তবে খালপাড় বাসিন্দা কল্যাণ সমিতি already "
    "দাবি করেছে যে দারুস সালামের মোড়ে একটা অস্থায়ী লেগুনা স্ট্যান্ড দিতে হবে। 23 tarikh shonibar Zone 4 "
    "community centre e ashen, driver bhai der o ashte bolen.",
    "Jannatul Ferdous Mim", "mim.jannatul99@gmail.com", NULL },
  { "AR KOTO?! PROTI BOCHOR EKI NATOK: NOKSHA, PROTISRUTI, MAYOR ER SATHE PHOTO, AR JULY ASHLEI KALYANPUR AR "
    "DARUS SALAM PANIR NICHE! 186 KOTI TAKA, 2021 ER KHAL KHONONER TAKA KOTHAY GELO?? SHOBAI 23 JANUARY COMMUNITY "
    "CENTRE E ASHEN! AMADER AR BOKA BANANO JABE NA!",
    "Mizanur Rahman", "mizan.rahman.dhk@gmail.com", NULL },
  { "🌧️🛶🚧🤲🇧🇩",
    "Tania", "tania.akter.22@gmail.com", NULL },
  { "আসসালামু আলাইকুম। আমি খালপাড়ে কল্যাণপুর নতুন বাজারের মোড়ে ১৫ বছর ধরে চা-পানের দোকান চালাই, লাইসেন্স নাই। "
    "দোকানদাররা মাসে ৯ হাজার টাকা পাবে, আমার মত যাদের লাইসেন্স নাই তারা কি কিছু পাবে? চার মাস দোকান না চললে "
    "বাচ্চাদের নিয়ে কী খাব? কেউ জানলে বলবেন।",
    "রহিমা বেগম", "rahima.begum.klp@gmail.com", NULL },
  { "সাবধান! আমার আব্বার কাছে গতকাল imo-তে কল এসেছে, বলে \"আমি সিটি কর্পোরেশন জোন-৪ থেকে বলছি, আপনার দোকান "
    "ক্ষতিপূরণের তালিকায় আছে, ৯,০০০ টাকা পেতে ৫০০ টাকা রেজিস্ট্রেশন ফি নগদ করেন ০১৮২৬-৩০৪৭১৯ নম্বরে\"। এটা "
    "প্রতারণা! সিটি কর্পোরেশন কোনো টাকা নেয় না, আবেদন জোন-৪ অফিসে বা ওয়েবসাইটে বিনা খরচে। কেউ টাকা পাঠাবেন না।",
    "Sabbir Ahmed", "sabbir.ahmed.bd@outlook.com", NULL },
  { "যারা কাগজপত্র খুঁজছেন: প্রকল্পের notice, ১৪৬টি দোকানের তালিকা আর ক্ষতিপূরণের আবেদন ফর্ম DNCC-র ওয়েবসাইটে "
    "আছে, https://www.dncc.gov.bd (নোটিশ বোর্ড সেকশনে)। খনন আর retaining wall-এর টেন্ডারের তথ্য e-GP পোর্টালে "
    "https://www.eprocure.gov.bd তে \"Kalyanpur Khal\" লিখে সার্চ করলে পাবেন। আবেদন ২৫ ফেব্রুয়ারি ২০২৭ পর্যন্ত, "
    "কোনো ফি নেই।",
    "Ashraful Alam", "ashraful.alam.eng@gmail.com", NULL },
  { "১৯৫২ সালে আমার জন্ম এই খালপাড়ে, তখন এটা খাল না, রীতিমতো নদীর মত ছিল। ছোটবেলায় নৌকায় করে গাবতলীর হাটে "
    "যেতাম, বর্ষায় আব্বা জাল ফেলে পুঁটি আর টেংরা ধরতেন। আশির দশকে দুই পাশে দখল শুরু হলো, তারপর ময়লা। আমার বয়স "
    "এখন ৭৪, মরার আগে খালটায় আবার পানি চলতে দেখলে শান্তি পাব। ইঞ্জিনিয়ার সাহেবরা যেন পুরান লোকদের জিজ্ঞেস করেন "
    "পানি কোন দিকে নামে।",
    "আব্দুল জব্বার মিয়া", "jabbar.mia1952@gmail.com", NULL },
  { "আমরা নিউ মদিনা বেকারি, খালপাড় রোডে ১৯৮৮ সাল থেকে, এগারো জন কর্মচারী। প্রতিদিন ভোর চারটায় ময়দা আসে আর "
    "পিকআপে করে রুটি-কেক দোকানে দোকানে যায়। খাল খননের বিপক্ষে না, কিন্তু চার মাস রাস্তা বন্ধ থাকলে মাল ওঠানামা "
    "কোথা দিয়ে, কয়টা থেকে কয়টা পর্যন্ত করব সেটা সিটি কর্পোরেশনকে পরিষ্কার বলতে হবে। ২৩ তারিখের সভায় থাকব। — "
    "নিউ মদিনা বেকারি, কল্যাণপুর",
    "New Madina Bakery", "newmadinabakery.klp@gmail.com", NULL },
  { "ইনশাআল্লাহ ভালো হবে।",
    "Rubel", "rubel.hossain.r@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "খালপাড়ের ১৪৬টি দোকানের জন্য সত্যিই কষ্টের খবর, মান্নান চাচার কথাটা বুকে লাগল: চার মাস রাস্তা বন্ধ মানে চার "
    "মাস বেচাকেনা বন্ধ। এজন্যই এখন অনলাইনে বিক্রি জরুরি। আমরা \"ঢাকা ডিজিটাল হাট\" আপনার দোকানের ফেসবুক পেজ, "
    "Daraz স্টোর আর বুস্টিং সেটআপ করে দিই, রাস্তা বন্ধ থাকলেও হোম ডেলিভারিতে অর্ডার আসবে। প্যাকেজ মাত্র "
    "৳২,৫০০/মাস থেকে। কল করুন 01715-602384 অথবা dhakadigitalhaat.com.bd",
    "Dhaka Digital Haat", "sales@dhakadigitalhaat.com.bd", "https://dhakadigitalhaat.com.bd" },
  { "সেলিম ভাই ঠিকই বলেছেন, রিকশাওয়ালা আর ছোট দোকানিদের কেউ গোনে না। তবে এখন অনলাইনে নিজেই ক্ষতিপূরণের আবেদন করা "
    "যায়, লাইসেন্স না থাকলেও: ৳৯,০০০ ৪৮ ঘণ্টায় বিকাশে চলে আসে, শুধু ৳৩০০ প্রসেসিং ফি দিতে হয়। NID দিয়ে এখানে "
    "আবেদন করুন: khotipuron-dncc-gov-bd.online/kalyanpur সবাইকে জানিয়ে দিন, সময় কম!",
    "ফারজানা ইয়াসমিন", "farzana.yasmin.dhk@gmail.com", NULL },
  { "@Shafiqul Haque 😂 ekdom thik bhai, June er brishti ta-i shudhu time moto ashbe. Tobu 23 tarikh community "
    "centre e jabo, dekhi ebar ki golpo shonay.",
    "Shakil", "shakil.ahmed.bd94@gmail.com", "https://jitbet-bd.top/join?ref=SHAKIL52" },
  { "খাল বন্ধ থাকলে যে পানি জমে থাকে, সেখান থেকেই তো ডেঙ্গু। গত বছর আমার ছেলের প্লাটিলেট ৩০ হাজারে নেমে গিয়েছিল, "
    "হাসপাতালে সিট পাইনি। পরে এক আত্মীয়ের পরামর্শে পেঁপে পাতার হারবাল সিরাপ খাওয়ালাম, তিন দিনে প্লাটিলেট "
    "স্বাভাবিক। যাদের দরকার তারা এখানে দেখুন: <a href=\"https://herbal-dengue-cure.shop/order?ref=klp52\">ডেঙ্গুর "
    "হারবাল সিরাপ হোম ডেলিভারি ঢাকা</a>, এই মাসে ৪০% ছাড়।",
    "শিরিন আক্তার", "shirin.akter.mirpur@gmail.com", NULL },
  { "Really happy to see the canal finally being cleaned, I grew up in Kalyanpur and the smell in summer was "
    "terrible. For the young men from the area who lose work during the closure: my cousin's agency still has 14 "
    "Romania and Croatia work permits for construction and warehouse jobs, salary from €700, visa in 60 days. "
    "Total cost ৳4.2 lakh, ৳80,000 advance to hold the slot, the rest after the visa. Send the advance by bKash "
    "to 01898-417305 (Kamrul, personal) and WhatsApp him your passport copy.",
    "Arif Hossain (UK)", "arif.hossain.uk@gmail.com", NULL },
  { "Selim bhai er kotha pore chokhe pani chole elo. Amar o ekshomoy dokan cholto na, shami o ghore firto na. "
    "Tarpor Munshiganj er Pir Baba Hazrat Shah Alam er tabij nilam, 21 din er moddhe byabsa abar jomlo, shami o "
    "fire elo, Alhamdulillah. Baba phone e o kaj koren, bishwash na hole try kore dekhen: zero one seven, nine "
    "nine, char char shat, dui shunno ek.",
    "Roksana Parvin", "roksana.parvin.klp@gmail.com", NULL },
  { "৯ হাজার টাকার ক্ষতিপূরণ কবে আসবে আল্লাহ জানে, সরকারি টাকা তো সবসময় দেরিতে আসে। দোকানদার ভাইদের বলছি, আমি ৫ "
    "মাস ধরে \"USDT Mining Pro\" app-এ আছি: ৳৫,০০০ দিয়ে শুরু করলে প্রতিদিন ৳৪৫০ profit, ২৫ দিনে টাকা ডাবল, "
    "বিকাশে withdraw. আমি নিজে ৪ বার তুলেছি। আমাদের WhatsApp group-এ join করুন: chat.whatsapp.com/UsdtMiningBDgold",
    "Moinul Islam Sagor", "sagor.usdt.bd@gmail.com", NULL },
  { "খালপাড়ে চার মাস ধুলা আর শব্দের মধ্যে ছোট বাচ্চা নিয়ে থাকা কঠিন। যারা কিছুদিন সরে থাকতে চান: মোহাম্মদপুর "
    "হুমায়ুন রোডে আমার ২ বেড-২ বাথের ফার্নিশড ফ্ল্যাট, লিফট-জেনারেটর আছে, মাসে মাত্র ৳১৮,০০০। আমি ইতালিতে থাকি, "
    "তাই ফ্ল্যাট দেখানোর আগে ২ মাসের অগ্রিম বিকাশে পাঠাতে হবে, তারপর কেয়ারটেকার চাবি দেবে। WhatsApp: ০১৭ পাঁচ "
    "৯৩৩-০৬১৪",
    "হেলাল উদ্দিন (ইতালি)", "helaluddin.italy@gmail.com", NULL },
  { "Road bondho thakle dust ar noise e ghore boshe thakte hobe, tai bolchi. Ami ghore boshe Daraz er product e "
    "order boost ar 5 star review dei, din e Tk 1,500 theke Tk 3,000 income, payment shathe shathe bKash e. "
    "Shudhu ekta smartphone lagbe, shuru te kono investment lagbe na. Amar team leader er Telegram "
    "@daraz_task_bd_official e nok den, bolben Tisha pathiyeche 😊",
    "Nusrat Jahan Tisha", "tisha.nusrat2001@gmail.com", NULL },
  { "খালপাড়ের দোকানদার ভাইয়েরা একটা সুখবর শোনেন, অনেকে জানেন না। নগদ এখন রাস্তা বন্ধ এলাকার merchant-দের জন্য "
    "৳৫০০ cashback দিচ্ছে, আমি গতকাল পেয়েছি। শুধু nagad-cashback.offer-bd.online এ গিয়ে দোকানের নগদ নম্বর আর "
    "PIN দিয়ে claim করবেন, ৫ মিনিটে টাকা ঢুকে যায়। না পারলে নগদ অফিসার রাকিব ভাইকে কল দেন: 0l9O4-7l3O58",
    "Kamal Hossain", "kamalhossain.store@gmail.com", NULL },
  { "৩১০টা ঘরে পানি ঢুকেছিল, সেই পরিবারগুলোর খোঁজ কেউ নেয় না। আমরা এলাকার কয়েকজন মিলে \"খালপাড় মানবিক টিম\" "
    "করেছি, বর্ষার আগেই চাল, ডাল, স্যালাইন আর মশারি দিতে চাই। সাহায্য করতে চাইলে পাঠান বিকাশ ০১৯১২-৬৪০৩৭৮ (রুবিনা "
    "আক্তার, পার্সোনাল)। টিমের রেজিস্ট্রেশন এখনো হয়নি, তাই আপাতত আমার নিজের নম্বরেই নিচ্ছি। জাযাকাল্লাহ খাইর 🤲",
    "খালপাড় মানবিক টিম", "khalparmanobikteam@gmail.com", NULL },
  { "Rafiq bhai er moto leguna driver der jonno ekta kajer kotha. Mirpur Road e ghurle protidin sergeant kagoj "
    "check korbe, licence na thakle mamla. Amar mama'r licence chilo na, Mizan bhai BRTA theke porikkha chara 7 "
    "din e smart card licence kore diyeche, Tk 18,000, online e verify hoy. Dorkar hole WhatsApp e Mizan bhai: "
    "+88O 1575-83 2O 41",
    "Jahid Hasan", "jahidhasan.drv@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "বয়স্ক আব্বা-আম্মাদের জন্য লিখছি: সিটি কর্পোরেশন ক্ষতিপূরণের জন্য কখনো টাকা, বিকাশ পিন বা ওটিপি চায় না। "
    "সন্দেহজনক কল বা এসএমএস এলে জাতীয় জরুরি সেবা ৯৯৯, সিটি কর্পোরেশনের ফ্রি হেল্পলাইন ১৬৩১৫। ভুল করে টাকা "
    "পাঠিয়ে ফেললে সাথে সাথে বিকাশ হেল্পলাইন 16247 বা নগদ 16167-এ কল দিয়ে লেনদেন আটকাতে বলুন, তারপর থানায় জিডি "
    "করুন।",
    "ফারহানা ইসলাম", "farhana.islam.cse@gmail.com", NULL },
  { "Kalyanpur er shobai ke jananchi: amader \"Mayer Doa Pharmacy\" 1 February theke khalpar road theke shore "
    "jacche Darus Salam er oshthayi market e, dokan no. 37. Khola thakbe shokal 8ta theke rat 11ta, shukrobar "
    "jumar por theke. Jorori oushodh lagle phone korben 01819-274563, ager number-i. Amra kono advance ba bKash "
    "nei na, oushodh haate diye taka.",
    "Mayer Doa Pharmacy", "mayerdoapharmacy@gmail.com", NULL },
  { "ঢাকা উত্তর সিটি কর্পোরেশনের বিজ্ঞপ্তি: কল্যাণপুর খাল পুনঃখনন ও সড়ক বন্ধের সব সরকারি তথ্য পাওয়া যাবে "
    "https://www.dncc.gov.bd/kalyanpur-khal পাতায়: কাজের নকশা, সময়সূচি (১ ফেব্রুয়ারি থেকে ৩১ মে ২০২৭), চারটি "
    "লেগুনা রুটের বিকল্প পথ (মিরপুর রোড), হকারদের দারুস সালাম অস্থায়ী মার্কেটের তালিকা, ১৪৬টি দোকানের তালিকা ও "
    "ক্ষতিপূরণের আবেদন ফর্ম (মাসে ৳৯,০০০, সর্বোচ্চ চার মাস)। আবেদন বৃহস্পতিবার ২৫ ফেব্রুয়ারি ২০২৭ পর্যন্ত, "
    "বিনামূল্যে। গণশুনানি: শনিবার ২৩ জানুয়ারি, বিকাল ৩টা, জোন-৪ কমিউনিটি সেন্টার। ফ্রি হেল্পলাইন: ১৬৩১৫।",
    "ঢাকা উত্তর সিটি কর্পোরেশন", "pr@dncc.gov.bd", "https://www.dncc.gov.bd" },
  { "হিসাব করে দেখলাম। ১৮৬ কোটি টাকা ÷ ১,২০০ মিটার = মিটারপ্রতি প্রায় ১৫ লাখ ৫০ হাজার টাকা। স্থানীয় সরকার বিভাগ "
    "দিচ্ছে ১২৪ কোটি (৬৬.৭%), সিটি কর্পোরেশন ৬২ কোটি (৩৩.৩%)। ক্ষতিপূরণ সর্বোচ্চ: ১৪৬টি দোকান × ৳৯,০০০ × ৪ মাস = "
    "৳৫২,৫৬,০০০, মানে পুরো প্রকল্পের ০.৩%-এরও কম। আর একজন লেগুনা চালক দিনে ১০ ট্রিপে ২৫ মিনিট করে বেশি ঘুরলে দিনে "
    "২৫০ মিনিট, মাসে ২৬ দিনে প্রায় ১০৮ ঘণ্টা।",
    "Tanjim Hasan", "tanjim.hasan.buet@gmail.com", NULL },
  { "Shabdhan shobai! Amar ammu ke kal ei SMS dise: \"DNCC: Apnar dokan Kalyanpur khal khotipuron talikay "
    "onumodito. Tk 9,000 pete 26/02 er moddhe tottho jachai korun: dncc-gov-bd.khotipuron.site\". Link e dhukle "
    "bKash number ar PIN chay. ETA PROTAROK. Ashol site shudhu dncc.gov.bd, ar abedon Zone 4 office e giye o kora "
    "jay, kono taka lage na.",
    "Nafisa Tabassum", "nafisa.tabassum@yahoo.com", NULL },
  { "কল্যাণপুর বায়তুল আমান জামে মসজিদ কমিটির পক্ষ থেকে: গত জুলাইয়ের জলাবদ্ধতায় ক্ষতিগ্রস্ত খালপাড়ের ৬৪টি "
    "পরিবারের জন্য রমজানের আগে খাদ্য সহায়তা তোলা হচ্ছে। দান সরাসরি মসজিদ অফিসে (আসর থেকে এশা) অথবা মসজিদের বিকাশ "
    "মার্চেন্ট নম্বর ০১৭৩০-৫৫৮২১৪-এ (পেমেন্ট অপশন) দিতে পারেন, প্রতিটি দানের ছাপানো রসিদ দেওয়া হয়। আয়-ব্যয়ের "
    "হিসাব প্রতি জুমার পর নোটিশ বোর্ডে টাঙানো হয়। — মো. আবুল কাশেম, সাধারণ সম্পাদক",
    "মো. আবুল কাশেম", "baitulaman.klp@gmail.com", NULL },
  { "আমি ঢাকা জজ কোর্টের আইনজীবী, কমেন্টে কিছু ভুল ধারণা দেখে লিখছি। ক্ষতিপূরণ অনুমোদন করবে সিটি কর্পোরেশনের "
    "জোন-৪ কমিটি, দোকানের ট্রেড লাইসেন্স আর ২০২৬ সালের ভ্যাট রিটার্ন বা বিক্রির খাতা দেখে; কোনো দালাল বা \"লোক\" "
    "ধরে দ্রুত করানো যায় না। সিটি কর্পোরেশনের পরিচয়পত্রধারী হকাররাও লিখিতভাবে তালিকায় নাম তোলার আবেদন করতে "
    "পারেন, নোটিশে নাম না থাকলেও। আবেদন করতে কাউকে কোনো টাকা দিতে হবে না।",
    "Adv. Sharmin Sultana", "sharmin.sultana.adv@gmail.com", NULL },
  { "সিটি কর্পোরেশন যদি আবেদন না নেয় বা তালিকায় নাম না তোলে, সরকারি আইনগত সহায়তা পাওয়া যায় একদম বিনামূল্যে: "
    "জাতীয় আইনগত সহায়তা প্রদান সংস্থার টোল ফ্রি হেল্পলাইন 16430। ঢাকা জেলা লিগ্যাল এইড অফিসে রবি থেকে "
    "বৃহস্পতিবার অফিস সময়ে সরাসরিও যেতে পারেন। My aunt got help there with a shop eviction case, they were "
    "really kind.",
    "Sadia Afrin", "sadia.afrin.law@gmail.com", NULL },
  { "I'm an urban planner and have been mapping Dhaka's canals for a decade. The Kalyanpur canal drains a big "
    "part of Mirpur and Shyamoli into the Turag, and most of the July 2026 waterlogging came from encroachment "
    "and garbage at the Gabtoli end, not from rain alone. Dredging only works if the pumps are maintained and the "
    "banks are kept clear after the ribbon is cut. The Institute of Water Modelling has published flood maps of "
    "the catchment that are worth a look before the meeting on the 23rd: https://www.iwmbd.org",
    "Dr. Farhan Kabir", "farhan.kabir.planning@gmail.com", "https://farhankabir.com.bd" },
  { "আমি শহীদ সোহরাওয়ার্দী মেডিকেল কলেজ হাসপাতালের শিশু বিভাগের চিকিৎসক। প্রতি বর্ষায় কল্যাণপুর আর দারুস সালাম "
    "থেকে ডায়রিয়া আর ডেঙ্গু নিয়ে অনেক বাচ্চা আসে, জুলাই ২০২৬-এ ওয়ার্ড ভরে গিয়েছিল। খাল খননের পক্ষে আছি, তবে "
    "অনুরোধ: কাজের চার মাস নিয়মিত পানি ছিটিয়ে ধুলা কমাতে হবে, আর খনন করা কাদা যেন রাস্তার পাশে জমে না থাকে, "
    "ওখানেই এডিস মশা জন্মায়।",
    "ডা. মাহফুজা খানম", "mahfuza.khanam.md@gmail.com", NULL },
  { "Kalyanpur Torun Songho theke bolchi: protibar er moto ebar o khal khonon er por jeno abar moyla na pore, tai "
    "amra protiti shukrobar shokal 7ta theke khalpar porishkar abhijan korbo, gloves ar bosta amader. Jara ashte "
    "chan amader Facebook group e join korun: facebook.com/groups/kalyanpurtorunsongho . Amra kono chanda nei na, "
    "kono taka lagbe na, shudhu shomoy din 🙂",
    "Kalyanpur Torun Songho", "kalyanpurtorunsongho@gmail.com", NULL },
  { "হা হা, এই খবরের নিচের কমেন্টগুলো তো পুরা গুলিস্তানের ফুটপাত 😂 কবিরাজ বাবা, পরীক্ষা ছাড়া লাইসেন্স, "
    "রোমানিয়ার ভিসা, USDT-তে টাকা ডাবল, পেঁপে পাতার সিরাপ, ইতালির মালিকের ফ্ল্যাট, আবার নগদের ক্যাশব্যাক… খাল তো "
    "তাও বর্ষায় জানান দিয়ে ভাসায়, এরা চুপচাপ ভাসায়। Keu kauke PIN diben na, bhai-bon ra.",
    "Tareq Aziz", "tareq.aziz.dhk@gmail.com", NULL },
};
