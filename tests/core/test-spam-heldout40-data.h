/* test-spam-heldout40-data.h: a fortieth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story40: Pune, India, where the municipal corporation will charge
 * for parking on 14 busy roads from Tuesday 1 September, pay-by-app
 * meters replacing free kerbside parking on Laxmi Road, Tilak Road,
 * Bajirao Road, Kumthekar Road, FC Road, JM Road, Karve Road, Prabhat
 * Road, Bhandarkar Road, East Street, MG Road in Camp, Koregaon Park
 * North Main Road, Baner Road and Nagar Road; the Additional Municipal
 * Commissioner counts 6,840 slots, 4,960 for two-wheelers and 1,880
 * for cars, at 10 rupees an hour for two-wheelers and 40 for cars for
 * the first two hours, then 20 and 60, the first 15 minutes free,
 * monthly passes on one road at 600 and 2,500 rupees, payment by the
 * PMC Park app or UPI QR codes on 310 solar posts, about 21 crore
 * rupees a year expected, 40 per cent for footpaths and bus stops; the
 * head of the traffic planning cell cites a March survey (62 per cent
 * of two-wheelers on Laxmi Road parked over three hours, mostly shop
 * staff), residents' permits at 300 rupees a month on Prabhat and
 * Bhandarkar roads, 120 marshals, a 500 rupee fine and towing; a
 * Laxmi Road saree shop owner of 31 years against, an autorickshaw
 * union president saying nine of the roads have no rickshaw stand, the
 * Prabhat Road Residents' Welfare Association for, a COEP transport
 * planning professor asking for visible enforcement and monthly
 * occupancy data; a public hearing on Wednesday 12 August at 11am at
 * the PMC headquarters in Shivajinagar, written objections until
 * Friday 21 August), in two sets, most of them in English or Hinglish
 * (Hindi in Latin letters), some in Hindi, Marathi, Tamil, Bengali or
 * Urdu.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - an instant loan app "bina CIBIL", only Aadhaar and PAN, the
 *     number spaced in groups, the site in the website field
 *     (Hinglish);
 *   - a part-time job task scam: YouTube likes, Instagram follows and
 *     hotel ratings on Google Maps, a wa.me link and a Telegram handle
 *     (English);
 *   - a colour prediction game with a referral code on a .xyz host,
 *     then satta matka "fix jodi", the number in Hindi words (Hinglish);
 *   - a fake bank KYC SMS, "SBl" with a letter l, YONO blocked, a PAN
 *     update link on a .co.in host (English);
 *   - a fake electricity disconnection SMS "tonight at 9.30", the
 *     number with letter Os for zeros, then the same in Marathi with
 *     Devanagari digits in the time (English and Marathi);
 *   - an amil baba, "love problem solution baba ji", vashikaran and
 *     black magic, the number split across two lines (Urdu and
 *     English);
 *   - a "sure-shot" stock and IPO tips Telegram channel, a paid
 *     premium plan, the site in the website field (Tamil and English);
 *   - a fake PhonePe customer care number, letters for digits and the
 *     number again in Bengali words, AnyDesk (Bengali and English);
 *   - a fake "PM Berozgari Bhatta Yojana" with a 199 rupee registration
 *     fee, the number in Devanagari digits (Hindi);
 *   - Instagram followers, Google reviews and SEO backlinks from an
 *     "agency", one line, a .top host (English);
 *   - a dating and escort offer in Pune, the number half in words, a
 *     .xyz host (Hinglish and English);
 *   - a "digital arrest": a seized FedEx parcel with MDMA, a fake CBI
 *     inspector on Skype, savings to an "RBI safe account", the number
 *     split across three lines (English and Hinglish).
 *
 * And twelve readers (desk_genuine):
 *   - a hardware shop owner on Bajirao Road against, asking for
 *     loading space (Hinglish);
 *   - a Bhandarkar Road resident for it, footpaths blocked by coaching
 *     class scooters (English);
 *   - sarcasm on paying to park in a pothole (English);
 *   - all-caps anger at PMC and the buses (English);
 *   - emoji only;
 *   - a reply to "@Sunil Agarwal" on the first 15 free minutes (Marathi
 *     and English);
 *   - a question to the reporter on the monthly pass and paying
 *     without a smartphone (English);
 *   - a reader quoting a fake "PMC PARKING" pass SMS with its .in link
 *     to warn that it is fake (English);
 *   - a reader citing the draft policy on pmc.gov.in (English);
 *   - a 78-year-old pensioner with no smartphone asking to pay in cash
 *     (Marathi);
 *   - a stationery shop on Kumthekar Road for it, signing with the
 *     shop's name, no phone, no link (English);
 *   - one word and two exclamation marks (English).
 *
 * The second, spam dressed as readers (dressed_spam), in order:
 *   - a reader from Bengaluru praising pay-by-app parking, then a
 *     parking app referral code for 500 rupees credit, the link also in
 *     the website field (English);
 *   - a joke on the hourly rate and a wife learning to drive, then a
 *     driving school with a licence "without test" and two numbers
 *     (Hinglish);
 *   - a student on the two-wheeler slots, then "two-wheeler cover" as
 *     a link to a shop (English);
 *   - a short on-topic opinion on Diwali parking and honest marshals,
 *     a betting site in the website field (Hinglish);
 *   - a shop owner's wife worried about customers, then a pandit who
 *     cured the shop's slump in three days, the number spaced digit by
 *     digit (Hindi);
 *   - a remark on the 21 crore, then a Telegram stock tips channel that
 *     made "3.2 lakh in 4 months" (English);
 *   - a small shop near Tulshibaug, then a business loan in five
 *     minutes without CIBIL (Marathi);
 *   - the cost of living in Pune, then jobs in Dubai, Saudi and Canada
 *     for a 45,000 rupee processing fee paid first (Urdu);
 *   - living near work as the real answer, then RERA approved flats in
 *     Hinjewadi with a broker's number in dashes (English);
 *   - agreeing with the rickshaw union leader, then a fake "PM
 *     e-Rickshaw Sahayata Yojana" with a 499 rupee fee (Hinglish);
 *   - a Tamil student near FC Road for the plan, then a "National Merit
 *     Scholarship" for a 999 rupee processing fee (Tamil and English);
 *   - answering the saree shop owner, then a digital marketing course
 *     with "100% placement" (English).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader's own blog post counting parked vehicles on two roads,
 *     no ads (English);
 *   - a Ganesh mandal asking to suspend charges during Ganeshotsav and
 *     taking contributions on its own site (English and Marathi);
 *   - the revenue worked out slot by slot, lakhs, crores and
 *     percentages (English);
 *   - an 83-year-old reader of the paper since 1967, all in capitals
 *     (English);
 *   - two pmc.gov.in pages, the notice and the permit form (English);
 *   - the free Apli PMPML app recommended, no link (English);
 *   - a housing society's WhatsApp notice on permits, "not collecting
 *     any money", nothing sold (English and Marathi);
 *   - a long rant on "free" parking, free delivery, cashback, money and
 *     offers (English);
 *   - a reader in Singapore comparing the Parking.sg app and HDB
 *     carparks (English);
 *   - a reply thanking "@Shraddha Natu" for the permit form (Marathi and
 *     English);
 *   - a son whose father lost 48,000 rupees to a fake customer care
 *     number, warning, no link (Hindi);
 *   - a tea stall on Bajirao Road signing with its name and prices, no
 *     link (Marathi in Latin letters and English).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story40 =
  "The Pune Municipal Corporation (PMC) will start charging for parking on 14 of the city's busiest roads from Tuesday 1 September, replacing free kerbside parking with pay-by-app meters on Laxmi Road, Tilak Road, Bajirao Road, Kumthekar Road, Fergusson College Road, Jangali Maharaj Road, Karve Road, Prabhat Road, Bhandarkar Road, East Street and MG Road in Camp, Koregaon Park North Main Road, Baner Road, and Nagar Road between Yerawada and Viman Nagar.\n\n"
  "Vikram Sathe, Additional Municipal Commissioner, said the roads would have 6,840 marked slots, 4,960 for two-wheelers and 1,880 for cars. Between 8am and 10pm, two-wheelers will pay ₹10 an hour and cars ₹40 an hour for the first two hours, rising to ₹20 and ₹60 for every hour after that, with the first 15 minutes free. Monthly passes, valid on one road, will cost ₹600 for two-wheelers and ₹2,500 for cars. Drivers will pay through the corporation's PMC Park app or by scanning UPI QR codes on 310 solar-powered posts. \"We expect about ₹21 crore a year, and 40 per cent of it is earmarked for footpath repairs and PMPML bus stops on the same roads,\" Mr Sathe said.\n\n"
  "Snehal Borade, head of the corporation's traffic planning cell, said a survey in March found that 62 per cent of two-wheelers on Laxmi Road stayed parked for more than three hours, most of them belonging to shop staff. Residents of Prabhat Road and Bhandarkar Road will be able to buy a residents' permit for ₹300 a month for one vehicle, and 120 parking marshals will enforce the rules, with a ₹500 fine and towing for vehicles left without paying.\n\n"
  "Mahesh Oswal, 58, who has run a saree shop on Laxmi Road for 31 years, said customers from Hadapsar and Pimpri-Chinchwad would go to malls instead. \"A family comes for wedding shopping and stays four hours. That is ₹200 for parking before they have bought a single saree,\" he said. Dnyaneshwar Shinde, president of the Pune Shahar Rickshaw Chalak-Malak Sanghatana, which says it represents about 18,000 drivers, said the plans left no autorickshaw stands on nine of the 14 roads. \"Where are we supposed to wait for passengers? The traffic police will fine us ₹1,000 instead,\" he said.\n\n"
  "Anjali Gokhale, secretary of the Prabhat Road Residents' Welfare Association, welcomed the move, saying members had complained for years about coaching-class students' vehicles blocking their gates, but asked that permits be issued before 1 September. Prof. Ravindra Patwardhan, who teaches transport planning at COEP Technological University, said paid parking only works when enforcement and spending are visible. \"Pricing may free a fifth of the kerb, but if towing is selective or the app fails on a weak network, people will simply park in the next lane,\" he said, urging the corporation to publish occupancy data every month.\n\n"
  "A public hearing will be held on Wednesday 12 August at 11am at the Mahatma Phule Sabhagruha in the PMC headquarters, Shivajinagar. Written objections and suggestions can be sent to the traffic planning cell until Friday 21 August.";

static const Comment desk_spam[] = {
  { "Loan chahiye urgent? 💰 ₹5,000 se ₹5,00,000 tak instant personal loan BINA CIBIL check, bina salary slip, bina guarantor. Sirf Aadhaar + PAN se 10 minute me paisa seedha bank account me ✅ Low interest, pehle loan pe 0% processing fee. Abhi apply karo 👉 rupeeturant-loan.online/apply ya call/WhatsApp karo +91 98 123 00000 (10am-9pm). Limited offer!!", "RupeeTurant Instant Loan", "help.rupeeturant@gmail.com", "https://rupeeturant-loan.online" },
  { "Hello Sir/Madam 🙏 I am Kavya from the HR team of TripNest Digital Pvt Ltd. We are hiring part-time / work from home candidates. Simple work: like YouTube videos, follow Instagram pages and give 5-star ratings to hotels on Google Maps. Per task ₹50-₹150, daily income ₹3,000 to ₹8,000, paid same day on UPI. No experience needed, students and housewives welcome, age 20+. Interested? Send \"TASK\" on WhatsApp wa.me/919100012345 or join Telegram @Kavya_HR_TripNest. Only few seats left today.", "Kavya HR", "kavya.hr.tripnest@outlook.com", NULL },
  { "🎯 Colour Prediction game khelo aur roz ₹2,000-₹20,000 jeeto!! Red, Green ya Violet chuno, har 1 minute me result 🔥 Sign up pe ₹151 bonus, pehle deposit pe 100% extra. Withdrawal 5 minute me UPI se. Mera referral code PUNE777 👉 https://rangjeeto.xyz/register?invite=PUNE777\nKalyan / Milan satta matka fix jodi bhi milegi, single open 100% pass, WhatsApp karo nau aath do do zero zero zero zero ek do", "Rang Jeeto Official", "support@rangjeeto.xyz", NULL },
  { "Dear SBl Customer, your YONO account will be BLOCKED today. Please update your PAN card immediately to avoid suspension. Click: http://sbi-yono-kyc-update.co.in/pan Ignore if already updated. -SBI", "SBI Alert", "alerts@sbi-yono-kyc-update.co.in", NULL },
  { "Dear Consumer, your electricity power will be disconnected tonight at 9.30 PM from electricity office because your previous month bill was not update. Please immediately contact our electricity officer 7O0OO 12345. Thank you.\nप्रिय ग्राहक, आपले मागील महिन्याचे वीज बिल अपडेट न झाल्यामुळे आज रात्री ९:३० वाजता आपला वीज पुरवठा खंडित केला जाईल. त्वरित आमच्या वीज अधिकाऱ्यांशी संपर्क साधा: 7O0OO 12345 - महावितरण", "MSEDCL Bill Dept", "mahavitaran.billdesk@gmail.com", NULL },
  { "Love problem solution baba ji ⭐ Amil Baba Khan Sahab — محبت میں ناکامی، شوہر یا بیوی کو قابو کرنا، ساس بہو کا جھگڑا، کاروبار میں بندش، سوتن سے چھٹکارا، کالے جادو کا توڑ — صرف 24 گھنٹوں میں 100٪ گارنٹی۔ Vashikaran specialist gold medalist, one call will change your life. Call/WhatsApp +91 9 0 0 0 0\n1 2 3 4 5", "Amil Baba Khan Sahab", "amilbabakhan786@gmail.com", "https://lovesolution-babaji.in" },
  { "📈 பங்குச் சந்தையில் தினமும் லாபம்! Sure-shot intraday & F&O calls, upcoming IPO GMP, 100% accuracy. நேற்று BANKNIFTY call-ல் 280% profit 🚀 எங்கள் இலவச Telegram சேனலில் இப்போதே சேருங்கள்: t.me/ChennaiBullTips_Official — Premium plan ₹4,999 மட்டும், loss ஆனால் full refund.", "Bull Tips Tamil", "chennaibulltips@protonmail.com", "https://bulltips-tamil.top" },
  { "PhonePe কাস্টমার কেয়ার নম্বর 24x7 ☎️ টাকা ভুল অ্যাকাউন্টে চলে গেছে? পেমেন্ট আটকে গেছে? রিফান্ড পাননি? এখনই কল করুন 6OOOO I2345 (ছয় শূন্য শূন্য শূন্য শূন্য এক দুই তিন চার পাঁচ) — আমাদের অফিসার AnyDesk দিয়ে সঙ্গে সঙ্গে সমাধান করে দেবেন। PhonePe / Google Pay / Paytm all complaint solve.", "PhonePe Helpline", "phonepe.care.helpdesk@gmail.com", "https://upi-refund-care.online" },
  { "🇮🇳 प्रधानमंत्री बेरोज़गारी भत्ता योजना 2026 — 18 से 40 वर्ष के सभी युवाओं को हर महीने ₹३,५०० सीधे खाते में। रजिस्ट्रेशन की अंतिम तिथि ३१ अगस्त। पंजीकरण शुल्क केवल ₹१९९ (UPI से)। फ़ॉर्म भरें: pmyojana-registration.online/bhatta या व्हाट्सएप करें +९१ ८००००१२३४५। ज़्यादा से ज़्यादा शेयर करें।", "PM Yojana Seva Kendra", "pmyojana.sevakendra@gmail.com", "https://pmyojana-registration.online" },
  { "Buy 10K real Indian Instagram followers ₹299 only 🚀 YouTube views, Google reviews, SEO backlinks DA 50+ — GrowthWala Digital Agency, no password needed, 24hr delivery: growthwala.top", "GrowthWala Agency", "sales@growthwala.top", "https://growthwala.top" },
  { "Pune me lonely feel kar rahe ho? 😍 Independent college girls & housewives for dating and friendship — Koregaon Park, Viman Nagar, Hinjewadi, hotel & home service 24x7, cash on meet, 100% safe & private. Photos on WhatsApp: 9 eight 7 zero zero zero zero 1 2 3 🔞 punedatingclub.xyz", "Riya Pune Friendship", "riya.pune.friends@yahoo.com", "https://punedatingclub.xyz" },
  { "URGENT NOTICE FROM MUMBAI CUSTOMS & NARCOTICS CONTROL BUREAU: A FedEx parcel booked on your Aadhaar from Mumbai to Taiwan has been seized containing 5 passports, 3 credit cards, 4 kg clothes and 200 grams MDMA. An FIR is registered against you and a warrant will be issued in 2 hours. You are under DIGITAL ARREST — do not disconnect, do not inform family members or local police, otherwise you will be arrested physically. Aapko turant CBI officer se Skype video call par baat karni hogi aur verification ke liye apni savings RBI safe account me transfer karni hogi (refund after 24 hrs). Contact Inspector Vinod Rathod immediately: +91-7\n0000-1\n2345 / Skype: live:cbi.mumbai.cyberdesk Case No. NCB/MUM/2026/4471", "Inspector Vinod Rathod CBI", "ncb.mumbai.notice@gov-in.online", NULL },
};

static const Comment desk_genuine[] = {
  { "Main Bajirao Road pe 22 saal se hardware ki dukaan chala raha hoon. Online ki wajah se customer pehle hi kam ho gaye hai, ab car ka ₹40 ghanta lagega toh kaun aayega? Plumber aur contractor log 10-15 minute ruk ke saaman le jaate hai, unka kya? PMC pehle apne multi-level parking bharo, Narayan Peth wala aadha khaali padha rehta hai. Loading-unloading ke liye alag jagah do, phir paise maango.", "Sunil Agarwal", "sunil.agarwal.hw@gmail.com", NULL },
  { "I live on Bhandarkar Road and I'm fully for this. For years the coaching class crowd has parked scooters three deep on the footpath, and my mother can't walk to the chemist without stepping into traffic. Free parking was never free, we paid for it with our footpaths. Just please make the residents' permit simple and online before 1 September.", "Aditi Ranade", "aditi.ranade@outlook.com", NULL },
  { "Wonderful. ₹40 an hour to park in a pothole on Karve Road, with complimentary dust and a towing van as the welcome gift. Truly a world-class city.", "Nikhil B", "nikhil.bhosale.88@gmail.com", NULL },
  { "FIRST GIVE US PROPER BUSES AND FOOTPATHS THEN TALK ABOUT CHARGING PEOPLE!!! THE PMPML BUS TO MY AREA COMES ONCE IN 45 MINUTES. THIS IS JUST ANOTHER WAY TO LOOT THE MIDDLE CLASS. SHAME ON PMC!!!", "RAJESH PAWAR", "rajeshpawar1971@rediffmail.com", NULL },
  { "🚗💸😡🅿️❌", "Tanvi", "tanvi.k.2004@gmail.com", NULL },
  { "@Sunil Agarwal तुमचं म्हणणं बरोबर आहे की loading साठी जागा पाहिजे, पण बातमीत लिहिलंय की पहिली 15 मिनिटं फुकट आहेत. Plumber, contractor लोकांसाठी ते पुरेसं आहे असं मला वाटतं. खरी अडचण दुकानातले कर्मचारी दिवसभर गाड्या लावतात ती आहे.", "Swapnil Kale", "swapnil.kale@yahoo.co.in", NULL },
  { "Question for the reporter: is the ₹2,500 monthly car pass valid on only one of the 14 roads or on all of them? And can people pay without a smartphone, say by SMS or a card at the meter? The story mentions the app and QR codes but not cash.", "Meera Iyer", "meera.iyer.pune@gmail.com", NULL },
  { "Beware, the scammers are faster than PMC. My father got this SMS today: \"PMC PARKING: Register your vehicle for the new paid parking monthly pass before 31/08 to avoid ₹2000 penalty. Pay ₹99 at http://pmc-parkingpass.in/register\". THIS IS FAKE. The corporation hasn't opened any registration and its own site ends in .gov.in. Don't click, don't pay, and forward this to your parents' WhatsApp groups.", "Rohan Deshpande", "rohan.deshpande@gmail.com", NULL },
  { "For anyone who wants to read the actual proposal instead of WhatsApp forwards, the draft parking policy with the rates and the list of roads is on the corporation's site: https://www.pmc.gov.in/en/traffic-planning/paid-parking-draft-2026 . Objections can be sent until 21 August, it's worth doing.", "Prasad Kulkarni", "prasad.k@protonmail.com", NULL },
  { "मी ७८ वर्षांचा आहे. दर महिन्याला पेन्शनसाठी टिळक रोडवरच्या बँकेत आणि डॉक्टरकडे स्कूटरने जातो. माझ्याकडे साधा फोन आहे, ॲप वगैरे मला जमत नाही. आमच्यासारख्या ज्येष्ठ नागरिकांनी पैसे कसे भरायचे? महापालिकेने निदान रोख पैसे घेणारा एखादा माणूस तरी ठेवावा.", "G. V. Joshi", "gvjoshi1948@gmail.com", NULL },
  { "We have been on Kumthekar Road since 1979 and honestly this may help us. Right now the same six cars sit in front of our shop from 9am to 9pm and real customers drive past because they can't stop. If paid parking makes the spaces turn over every hour or two, we'll get more walk-ins, not fewer. Please keep the rates the same on Sundays though.\n— Bhide Stationery & Xerox, Kumthekar Road", "Bhide Stationery", "bhidestationery@gmail.com", NULL },
  { "Finally!!", "Ketan", "ketan.m@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Pay-by-app parking is honestly the best part of this. I moved from Bengaluru last year and we used an app there for everything, no arguments with attendants over change. PMC's own app will probably crash on day one 😅 so till then use ParkKaro, it already works at Phoenix and Seasons mall. Sign up with my referral code ANKIT500 and get ₹500 parking credit free: parkkaro-app.in/r/ANKIT500", "Ankit Verma", "ankit.verma.blr@gmail.com", "https://parkkaro-app.in/r/ANKIT500" },
  { "Parking ₹40 ghanta?? Bhai itne me toh auto ka bhada ho jata hai 😂 Meri wife bhi car chalana seekh rahi thi taki mujhe drop na karna pade, ab soch rahe hai scooty hi le le. Jo bhi seekhna chahte hai — Shree Samarth Motor Driving School, Kothrud & Warje, 21 din car training sirf ₹4,499, lady trainer available, RTO licence 100% guaranteed bina test ke. Call 98900 00123 / 98900 00124", "Sameer Kadam", "samarthdriving.kothrud@gmail.com", NULL },
  { "The article says 4,960 of the slots are for two-wheelers, which tells you who actually uses these roads. My scooter sits on FC Road outside college all day, so a ₹600 monthly pass is fine for me as long as nobody steals the helmet. Speaking of which, if you're going to park on the road anyway, get a proper <a href=\"https://bikekavach-store.shop/pune/scooter-covers\">two-wheeler cover</a> and disc lock, they're 40% off this week.", "Yash Shinde", "yash.shinde.fc@gmail.com", NULL },
  { "Laxmi Road pe Diwali ke time waise bhi parking milti hi nahi, paid ho ya free. Mujhe lagta hai 15 minute free wala rule accha hai, bas marshals honest hone chahiye warna sab setting ho jayegi.", "Rohit Jadhav", "rohit.jadhav.777@gmail.com", "https://teenpatti-jackpot.xyz/?ref=rohit777" },
  { "मेरे पति की भी लक्ष्मी रोड पर कपड़ों की दुकान है, पार्किंग की वजह से ग्राहक कम होंगे यही चिंता सबको है। पर एक साल पहले हमारी दुकान बिल्कुल नहीं चल रही थी, घर में रोज़ झगड़े होते थे। फिर किसी ने पंडित राघवेंद्र शास्त्री जी का नंबर दिया, उन्होंने सिर्फ़ ३ दिन में व्यापार बंधन और गृह क्लेश दूर कर दिया। कोई भी समस्या हो — प्रेम विवाह, नौकरी, व्यापार, पति-पत्नी में अनबन — एक बार बात ज़रूर करें: 9 1 2 3 4 0 0 0 0 0 (व्हाट्सएप भी)", "Sunita Maheshwari", "sunita.maheshwari81@gmail.com", NULL },
  { "₹21 crore a year from parking and the roads will still look exactly the same, guaranteed. Honestly I stopped worrying about these charges last year. I was a salaried guy paying EMIs, then a colleague added me to Dalal Street Sniper on Telegram and their BankNifty calls made me ₹3.2 lakh in 4 months. Free trial this week only, join before the link expires: t.me/dalalstreetsniper_vip 📈", "Karan Mehta", "karanmehta.trader@gmail.com", "https://dalalstreet-sniper.online" },
  { "आमचं तुळशीबागेजवळ छोटं दुकान आहे. पार्किंग शुल्क सुरू झालं तर ग्राहक नक्कीच कमी होतील, आधीच भाडं आणि वीजबिल वाढलंय. पण ज्या व्यापाऱ्यांना माल भरण्यासाठी किंवा दुकान वाढवण्यासाठी पैसे हवे असतील त्यांनी काळजी करू नका — आम्ही लक्ष्मी बिझनेस लोनमधून फक्त ५ मिनिटांत ₹२ लाखांपर्यंत कर्ज घेतलं, CIBIL न पाहता, कागदपत्रं फक्त आधार आणि पॅन. अर्ज इथे करा: laxmibizloan.in/apply किंवा कॉल करा 77000 12345", "Prakash Gaikwad", "prakash.gaikwad.tb@gmail.com", "https://laxmibizloan.in" },
  { "پونے میں کمائی کم ہے اور خرچ روز بڑھ رہا ہے، اب پارکنگ کے بھی پیسے دینے ہوں گے۔ میرے کزن نے بھی یہی سوچا اور پچھلے سال دبئی چلا گیا، آج ہر مہینے ایک لاکھ روپے گھر بھیجتا ہے۔ الفلاح اوورسیز کے ذریعے دبئی، سعودی عرب اور کینیڈا میں ڈرائیور، ہیلپر، سیکیورٹی گارڈ اور پیکنگ کی نوکریاں — ویزا، ٹکٹ اور رہائش کمپنی کی طرف سے، صرف پروسیسنگ فیس ₹45,000 پہلے جمع کرنی ہوگی۔ واٹس ایپ: +91 99 000 00 321", "Imran Shaikh", "alfalah.overseas.pune@gmail.com", NULL },
  { "The real problem is that everyone drives 20 km to work because nobody can afford to live near it. I shifted close to my office last year and haven't paid for parking since. If you're thinking the same: 2 & 3 BHK flats at Hinjewadi Phase 3, RERA approved, 5 mins from Metro Line 3, starting ₹58 lakh all-inclusive, only 9 units left at pre-launch price, zero brokerage this month. Site visit with free pick-up: call Amol (broker) on 9-8-2-2-0-0-0-0-4-5 or WhatsApp.", "Amol Pisal", "amol.homes.hinjewadi@gmail.com", "https://hinjewadi-homes.co.in" },
  { "Dnyaneshwar Shinde ji ne sahi kaha, 9 roads pe rickshaw stand hi nahi hai. Par rickshaw chalak bhaiyon ke liye ek acchi khabar bhi hai — PM e-Rickshaw Sahayata Yojana 2026 me ₹1,50,000 tak subsidy aur naya EV auto sirf ₹25,000 down payment pe. Registration fee sirf ₹499, last date 25 August. Form aur details: pm-erickshaw-yojana.in/apply ya Telegram @PMYojanaHelpDesk", "Santosh Waghmare", "santosh.waghmare.auto@gmail.com", NULL },
  { "நான் புனேவில் படிக்கும் தமிழ் மாணவன். FC Road-ல் எங்கள் hostel அருகே தினமும் பார்க்கிங் பிரச்சனை, இந்த முடிவு நல்லது தான். மாணவர்களுக்கு ஒரு நல்ல செய்தி: National Merit Scholarship 2026 — ₹50,000 நேரடியாக வங்கிக் கணக்கில், எந்த தேர்வும் இல்லை. Processing fee ₹999 மட்டும் செலுத்தி இன்றே பதிவு செய்யுங்கள்: nms-scholarship2026.online — கடைசி தேதி இந்த வெள்ளிக்கிழமை!", "Karthik Subramanian", "karthik.s.pune@gmail.com", NULL },
  { "Mahesh Oswal ji's worry is real, but the answer isn't free parking, it's getting your shop online. Half of my family's saree business on Laxmi Road now comes from Instagram and WhatsApp orders, and those customers don't need to park at all. I learnt it in 30 days at Digital Udaan Academy — Meta ads, Google My Business, reels, WhatsApp catalogue. New batch from Monday, ₹4,999 only (was ₹14,999), certificate + 100% placement. DM @digitaludaan.pune on Instagram or visit digitaludaan-academy.online", "Pooja Bafna", "pooja.bafna.dm@gmail.com", "https://digitaludaan-academy.online" },
};

static const Comment dressed_genuine[] = {
  { "I spent two Saturdays this June counting parked vehicles on Laxmi Road and Kumthekar Road for a small project of mine, and wrote up what I found: about 7 in 10 two-wheelers didn't move between 10am and 4pm, and most belonged to people working in the shops. No ads, just photos and tallies, in case it helps anyone preparing for the hearing: https://kerbside-pune.blogspot.com/2026/07/counting-laxmi-road.html", "Ishaan Apte", "ishaan.apte@gmail.com", "https://kerbside-pune.blogspot.com" },
  { "Paid parking starts just two weeks before Ganeshotsav, and Kumthekar and Laxmi roads are where lakhs of devotees come every evening. We request PMC to suspend the charges for the ten days, or at least after 6pm. Our mandal will again run volunteer traffic marshals and a lost-and-found desk this year; anyone who wants to volunteer or contribute to the utsav can do it on our own site, www.kasbapethganeshmandal.org/vargani (receipts given). गणपती बाप्पा मोरया! 🙏", "Shri Kasba Peth Navtarun Mandal", "navtarunmandal.kasba@gmail.com", "https://www.kasbapethganeshmandal.org" },
  { "Let me do the maths, ignoring the higher rate after two hours. 4,960 two-wheeler slots × ₹10 × 8 paid hours × 60% occupancy = ₹2.38 lakh a day. 1,880 car slots × ₹40 × 8 × 60% = ₹3.61 lakh a day. Total about ₹6 lakh a day, or ₹21.9 crore over 365 days, which matches PMC's ₹21 crore only if occupancy stays at 60% even on Sundays and nobody buys a pass. A ₹600 pass is 58% less than what a two-wheeler slot earns at hourly rates (₹1,440 a month) and a ₹2,500 car pass is 57% less than ₹5,760, so if 30% of slots go to pass holders revenue falls by about 17%. Either the 60% is optimistic or the passes will be capped.", "Anand Limaye", "anand.limaye.ca@gmail.com", NULL },
  { "I AM 83 AND HAVE READ THIS PAPER SINCE 1967. IN THOSE DAYS LAXMI ROAD HAD TONGAS AND CYCLES AND NOBODY NEEDED PARKING. I DO NOT OWN A CAR BUT I SUPPORT THIS. PLEASE ALSO PUT BENCHES AND PROPER FOOTPATHS SO OLD PEOPLE CAN WALK. MY EYESIGHT IS WEAK SO EXCUSE THE CAPITAL LETTERS.", "V. S. PHADKE", "vsphadke1943@gmail.com", NULL },
  { "Two useful official pages: the notice with the ward-wise list of the 14 roads and slot counts is at https://www.pmc.gov.in/en/notices/paid-parking-14-roads-2026 and the form for residents' parking permits (₹300 a month) is at https://www.pmc.gov.in/en/services/resident-parking-permit . The hearing details are in the notice too. Please read those before believing WhatsApp.", "Shraddha Natu", "shraddha.natu@gmail.com", NULL },
  { "If you don't want to pay to park on FC Road at all, try the Apli PMPML app. It's free, shows where the buses actually are and you can buy a day pass in it. Took me three weeks to get used to it, but I've stopped taking the scooter to Deccan.", "Harshad Mulay", "harshad.mulay@outlook.com", NULL },
  { "Forwarded from our Vishrambaug Co-op Housing Society group: \"Dear members, as per the news PMC will start paid parking on Bajirao Road and Tilak Road from 1 September. Members who park outside the gate should apply for the residents' permit themselves at the ward office or on the PMC site. The society is NOT collecting any money or documents for this, and nobody from the society will call you for an OTP. Please inform your tenants. — सचिव, विश्रामबाग सहकारी गृहरचना संस्था\"", "Ramesh Datar", "datar.vishrambaug@gmail.com", NULL },
  { "Everybody talks as if parking was ever free. It was free for the man who leaves his car on the road for twelve hours, and it cost money to everyone else: the bus stuck behind him, the ambulance, the pedestrian. Meanwhile shops give free delivery, malls give free parking with a ₹500 bill, banks offer cashback and free credit cards, and the corporation hands out 'free' permissions to every new building without asking where its 200 cars will go. Now suddenly people are upset because they have to pay cash or UPI for a slice of public road. I'm not saying trust PMC with the money, show us where every rupee goes, but stop pretending free parking is a birthright. The best offer in town was always the kerb, and it was never really free.", "Sanjana Rao", "sanjana.rao@fastmail.com", NULL },
  { "Reading this from Singapore, where I've lived for eleven years. Nobody here argues about paying for parking: the Parking.sg app is free, you pay by the minute, and HDB carparks outside the centre charge about S$0.60 per half hour. What makes it work isn't the app, it's that the rules are the same for everyone and the enforcement officers actually come. If PMC fines the shopkeeper's brother-in-law the same as everyone else, Pune will be fine. Also refund the unused minutes like the app here does, people will accept it faster.", "Ajinkya Kelkar", "ajinkya.kelkar.sg@gmail.com", NULL },
  { "@Shraddha Natu खूप धन्यवाद! permit चा form मला सापडतच नव्हता, आता आईच्या स्कूटरसाठी apply केलं. Thanks a lot 🙏", "Vaishali Deshmukh", "vaishali.d@gmail.com", NULL },
  { "सबको सावधान करना चाहता हूँ। पिछले महीने एक मॉल की पार्किंग में मेरे पिताजी का ₹60 का UPI भुगतान अटक गया तो उन्होंने गूगल पर 'कस्टमर केयर' नंबर ढूँढा। उस आदमी ने स्क्रीन शेयर वाला ऐप डलवाया और दस मिनट में खाते से ₹48,000 निकल गए। जब PMC का ऐप शुरू हो, उसका हेल्पलाइन नंबर सिर्फ़ ऐप के अंदर या PMC की वेबसाइट से ही लें, गूगल या किसी कमेंट में दिए नंबर पर कभी कॉल न करें, और किसी के कहने पर कोई ऐप इंस्टॉल न करें।", "Amit Tiwari", "amit.tiwari.pune@gmail.com", NULL },
  { "Aamchya amruttulya samor 30 varsha rickshaw wale ani customers thambtat. 15 minute free aahe te changla aahe, chaha pyayla tevdha pure. Pan rickshaw stand kadhu naka please, amche nimme customer tech aahet. Cutting ₹12, special chai ₹20, poha ₹30, misal pav ₹60, sakali 6 pasun.\n— Shree Datta Amruttulya, Bajirao Road (Vishrambaug Wada javal)", "Shree Datta Amruttulya", "dattaamruttulya@gmail.com", NULL },
};
