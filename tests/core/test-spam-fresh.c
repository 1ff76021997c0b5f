/* test-spam-fresh.c: the spam filter against comments of kinds neither
 * test-spam-corpus.c nor test-spam-unseen.c holds
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written in the fifth round, before the rules of that round, as a
 * checker would: spam that leaves its {spin|syntax} in, praises with a
 * link only in the author field, tells readers they won a lottery, has a
 * barrister with an inheritance or a "financial assistance" offer, asks
 * for bitcoin to a wallet, boasts of "$190 an hour from home", reviews
 * pills, hides its link in BBCode, HTML or "dot com", phishes, pumps a
 * share, sells visas and banknotes, and is in Russian, Chinese, Persian,
 * Arabic (with Arabic digits), Hindi, Turkish or Portuguese; and readers
 * who shout for a paragraph (with a newspaper's link), cite two
 * newspapers, quote prices by the hour, discuss a gambling law with its
 * casinos and free spins, reply to @someone, write in Hebrew, Urdu,
 * Japanese, Korean, Greek or Polish, say "Agreed.", give the council's
 * address or number, and warn of the lottery, sextortion and recovery
 * scams in the spam above. A genuine comment sent to spam is the worst
 * mistake the filter can make: none of these may be flagged.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* Spinner templates sent with their syntax left in */
  { "{Great|Awesome|Fantastic} {post|article|write-up}! {I will|I'll} {bookmark|save} your {site|blog} and "
    "{come back|return} {later|soon}.", "Bernice", "bernice.h@mail.example", NULL },
  { "Hi there! {This|That} is {a very|an extremely} {good|nice} tip, especially to those new to the news. "
    "{Brief|Short} but very accurate info. Thanks for sharing this one.", "Roxanne", "rox@mail.example",
    "https://roofing-pros-denver.example" },
  { "I {really|truly} like what you guys are up to. {Such|This kind of} clever work and reporting! "
    "Keep up the very good works, I've added you to my blogroll.", "Lonny", "lonny@mail.example", NULL },
  /* Praise with the link only in the author field */
  { "This cleared things up for me, cheers.", "Derek", "derek@mail.example",
    "https://derek-roofing-contractors.example" },
  { "Thanks for the great info, very useful for my research.", "Mia", "mia.j@mail.example",
    "https://best-rehab-centers-florida.example" },
  { "Nice blog. I learned a lot. Regards.", "Personal Injury Lawyer", "leads@mail.example",
    "https://injury-claims-help.example" },
  { "I like the valuable info you provide in your articles. I will bookmark your blog and check again here regularly.",
    "Tanya", "tanya@mail.example", "https://londoncleaningservices.example" },
  /* Lotteries, prizes, inheritances, "financial assistance" */
  { "CONGRATULATIONS!!! Your email address has won £850,000.00 in the UK National Lottery online draw. To claim your "
    "prize contact our claims agent Mr. David Brown via email claims.davidbrown@mail.example",
    "UK Lottery Board", "claims.davidbrown@mail.example", NULL },
  { "Attention: you have been selected as one of the beneficiaries of the 2026 Coca-Cola promotion, worth $1,500,000. "
    "Send your full name, address and phone number to award.dept@mail.example", "Award Department",
    "award.dept@mail.example", NULL },
  { "I am Mrs. Maria Gonzalez, winner of the $758 million Powerball jackpot. I am donating $2,000,000 to five random "
    "people as part of my charity project. Email me at mariagonzalez.donation@mail.example to claim yours.",
    "Maria Gonzalez", "mariagonzalez.donation@mail.example", NULL },
  { "Dear friend, I am Barrister James Okoro. Your late relative left a deposit of $10.5 million with no next of kin. "
    "Contact me via email for the transfer: barr.jamesokoro@mail.example", "Barrister James Okoro",
    "barr.jamesokoro@mail.example", NULL },
  { "I am Mr. Chen Wei, a director at a bank in Hong Kong. I have a business proposal worth 24.5 million USD that will "
    "benefit us both. Kindly reply to my private email chenwei.hk@mail.example", "Chen Wei", "chenwei.hk@mail.example",
    NULL },
  { "Good day. I got my $50,000 government grant through Agent Lisa Morgan, no payback needed. Contact her on Facebook "
    "or text +1 (312) 555-0187.", "Brenda", "brenda.k@mail.example", NULL },
  { "We offer financial assistance to individuals and businesses at a low rate of 2%. Contact Mr. Thomas Reed via "
    "email: thomasreedfinance@mail.example", "Thomas Reed", "thomasreedfinance@mail.example", NULL },
  { "Blank ATM cards for sale: withdraw up to $5,000 a day from any ATM in the world. Contact the hacker via email "
    "blankatm.hack@mail.example", "Hacker", "blankatm.hack@mail.example", NULL },
  { "Anyone who lost funds to fake crypto platforms should reach out to CYBERTRACE via email: "
    "cybertrace.funds@mail.example. They traced my USDT and got all of it back.", "Olivia Grant",
    "olivia.grant1981@mail.example", NULL },
  { "Investing with Mrs. Amanda Lee was the best decision of my life, I now earn $4,200 weekly from her signals. "
    "Telegram: @amanda_fxtrade", "Paul", "paul.r@mail.example", NULL },
  /* Bitcoin to a wallet */
  { "Elon Musk is giving away 5,000 BTC to celebrate! Send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh "
    "and get 0.2 BTC back instantly.", "Tesla Giveaway", "giveaway@mail.example", NULL },
  { "I know your password and I recorded you through your webcam. Pay $950 in Bitcoin to "
    "1BoatSLRHtKNngkdXEeobR76b53LETtpyT within 48 hours or your contacts get the video.", "Anonymous",
    "anon@mail.example", NULL },
  { "Hello pervert, I have your browsing history and a video of you. Send $500 to my wallet "
    "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE or I share it with everyone.", "x", "x@mail.example", NULL },
  /* Easy money from home */
  { "I get paid over $190 per hour working from home with 2 kids at home. I never thought I'd be able to do it but my "
    "best friend earns over $15k a month doing this. Everybody must try this job now by just using this website… "
    "www.paywork-online.example", "Jenna", "jenna@mail.example", NULL },
  { "My neighbour's aunt makes $97/hr on the laptop. She has been out of work for 8 months but last month her pay was "
    "$16,372 just working on the laptop for a few hours. Read more on this site https://jobs-at-home.example",
    "Amber", "amber@mail.example", NULL },
  { "Start earning $500 daily from your smartphone. No experience needed, no investment. Details here: "
    "https://phone-income.example", "Kim", "kim@mail.example", NULL },
  { "Google is paying $27,485 to $29,658 a month for working online from home. I joined this job 2 months ago and "
    "earned $31,547 in my first month. Copy this website → https://googlejobs-home.example", "Sherry",
    "sherry@mail.example", NULL },
  /* Reviews of pills and drops */
  { "I tried KetoSlim Burn for 30 days and lost 11 kg without changing my diet! My doctor was shocked. Only buy from "
    "the official website: https://ketoslim-official.example", "Donna", "donna@mail.example", NULL },
  { "After 20 years of tinnitus, CalmEar drops stopped the ringing in 2 weeks. Highly recommend, order it from the "
    "official site before stock runs out: https://calm-ear.example", "Gary", "gary@mail.example", NULL },
  { "Fantastic product! My husband's blood sugar is normal again thanks to GlucoTrust capsules. 100% natural, no side "
    "effects. Get yours with 70% off: glucotrust-sale.example", "Karen", "karen@mail.example", NULL },
  /* Links hidden in markup or spelt out */
  { "[url=http://cheap-jerseys.example]cheap nfl jerseys[/url] [url=http://cheap-jerseys.example/nba]wholesale nba "
    "jerseys[/url]", "jerseys", "jerseys@mail.example", NULL },
  { "Good points. <a href=\"https://payday-nearby.example\">payday loans near me</a>", "Lenders", "l@mail.example",
    NULL },
  { "Watch all the new movies free in HD on moviestream24 dot com, no sign up", "Movie Fan", "mf@mail.example", NULL },
  /* Phishing, pumping, visas, banknotes, brotherhoods */
  { "Your PayPal account has been limited. Verify your identity within 24 hours at "
    "https://paypal-secure-verify.example or it will be suspended.", "PayPal Service", "service@mail.example", NULL },
  { "$ZNTX is about to EXPLODE 🚀🚀 Buy before Monday's announcement, 1000% gains coming. Join our free group: "
    "discord.gg/pumpzone", "Stock Alerts", "alerts@mail.example", NULL },
  { "Get a Canada work permit and visa in 14 days, 100% guaranteed, no IELTS needed. Our agent answers on WhatsApp "
    "+1 604 555 0199", "Visa Agent", "visa@mail.example", NULL },
  { "Buy undetectable counterfeit money, grade A euro and dollar notes. Fast discreet delivery. Contact: "
    "notes.express@mail.example", "Notes", "notes.express@mail.example", NULL },
  { "Join the great brotherhood and become rich and famous. Call agent Mark on +1 (530) 555 0177 or email "
    "brotherhood.join@mail.example", "Agent Mark", "brotherhood.join@mail.example", NULL },
  { "🔥🔥 MEGA SALE 🔥🔥 Ray-Ban sunglasses 90% OFF today only 👉 https://rayban-outlet.example 👈",
    "Sunglasses", "sg@mail.example", NULL },
  /* In other languages and scripts */
  { "Прогон сайта по 5000 трастовым базам, рост позиций в Яндексе за 2 недели. Пишите: seo.progon@mail.example",
    "Прогон", "seo.progon@mail.example", NULL },
  { "Ставки на спорт с гарантией! Договорные матчи, 100% проход. Telegram @fixed_match_ru", "Ставки", "st@mail.example",
    NULL },
  { "代开各类发票，真实有效，可查验。联系微信：fp8866", "发票", "fp@mail.example", NULL },
  { "网赚项目，每天轻松赚500元，在家就能做，详情加QQ 88886666", "网赚", "wz@mail.example", NULL },
  { "کسب درآمد روزانه ۵ میلیون تومان از خانه، فقط با گوشی! برای اطلاعات بیشتر به آیدی تلگرام ما پیام دهید @daramad_iran",
    "درآمد", "daramad@mail.example", NULL },
  { "شهادات جامعية معتمدة للبيع، دكتوراه وماجستير بأسعار مناسبة، للتواصل واتساب ٠٠٩٦٦٥٥١٢٣٤٥٦٧",
    "شهادات", "cert@mail.example", NULL },
  { "ربح ١٠٠٠ دولار يومياً من التداول مع خبير الفوركس، راسلني على الرقم +44 7700 900555", "خبير", "fx@mail.example",
    NULL },
  { "घर बैठे कमाएं ₹50,000 महीना, अभी जुड़ें WhatsApp 98765 43210", "Kamai", "kamai@mail.example", NULL },
  { "Deneme bonusu veren siteler, 500 TL bedava bahis bonusu! Hemen üye ol: https://bahis-bonus.example",
    "Bahis", "bahis@mail.example", NULL },
  { "Ganhe dinheiro em casa trabalhando apenas 2 horas por dia! Acesse agora: https://renda-extra.example",
    "Renda Extra", "renda@mail.example", NULL },
  /* Written after the rules, to try them on other wordings */
  { "Hello, I am Mr. Ahmed Musa, an auditor at a bank in Burkina Faso. I found an abandoned sum of $18.5 million. "
    "Reply to ahmed.musa@mail.example", "Ahmed Musa", "ahmed.musa@mail.example", NULL },
  { "Congratulations! You are the lucky winner of an iPhone 17. Claim it here: http://prize-claim.example",
    "Rewards", "rewards@mail.example", NULL },
  { "Get a guaranteed loan of any amount, contact Mrs. Sandra Kent at sandrakentloans@mail.example",
    "Sandra Kent", "sandrakentloans@mail.example", NULL },
  { "Make money online with my simple system, I earn $350 a day from home. Visit https://simple-system.example",
    "Jade", "jade@mail.example", NULL },
};

static const Comment genuine[] = {
  /* Shouting, at length, with a newspaper's link or a price */
  { "I HAVE LIVED ON THIS STREET FOR 40 YEARS AND I HAVE NEVER SEEN THE COUNCIL SO USELESS. THEY CLOSED THE BRIDGE, "
    "THEY CLOSED THE SURGERY AND NOW THEY WANT TO CLOSE THE SCHOOL. WHO IS GOING TO STOP THEM? NOBODY, BECAUSE NOBODY "
    "READS THE PLANNING NOTICES!!!", "Doreen", "doreen@mail.example", NULL },
  { "READ THE ACTUAL REPORT BEFORE YOU BELIEVE THE MINISTER: "
    "https://www.theguardian.com/politics/2026/mar/04/report-waiting-lists", "Phil", "phil@mail.example", NULL },
  { "£12 TO PARK FOR TWO HOURS AT THE HOSPITAL. TWELVE POUNDS. WHILE VISITING MY DYING FATHER.", "Sandra W",
    "sandraw@mail.example", NULL },
  { "THEY SPENT £2.3 MILLION ON THIS LOGO. SEE FOR YOURSELF: https://www.bbc.co.uk/news/uk-england-leeds-68123456",
    "Ray", "ray@mail.example", NULL },
  { "WATCH THE MEETING YOURSELF, THE CHAIR SWITCHED OFF HER MIC WHEN RESIDENTS ASKED ABOUT THE MONEY: "
    "https://www.youtube.com/watch?v=a81Kx02", "Lorraine", "lorraine@mail.example", NULL },
  /* Two newspapers, or one as HTML */
  { "Both the FT (https://www.ft.com/content/7a1c-energy-prices) and Le Monde "
    "(https://www.lemonde.fr/economie/article/2026/03/02/prix-energie) put the rise at 9%, not 19%.",
    "Antoine", "antoine@mail.example", NULL },
  { "Compare https://www.nytimes.com/2026/02/11/us/politics/budget.html with "
    "https://www.washingtonpost.com/politics/2026/02/12/budget-vote/ — they can't both be right about the vote count.",
    "Mel", "mel@mail.example", NULL },
  { "As <a href=\"https://www.theguardian.com/uk-news/2026/mar/02/water-bills\">the Guardian reported</a>, bills will "
    "rise 21% on average.", "Hugh", "hugh@mail.example", NULL },
  /* Prices, by the hour and the month */
  { "Lidl has the same kettle for £19.99, Argos wants £34.99. Shop around before you buy.", "Joan", "joan@mail.example",
    NULL },
  { "A 2-bed flat near the station now costs $2,350 a month, up from $1,600 in 2023. Who can afford that on $18/hour?",
    "Marcus", "marcus@mail.example", NULL },
  { "I earn €14.50 an hour as a care worker, after 11 years. The CEO earns that in about four seconds.", "Inês",
    "ines@mail.example", NULL },
  { "Petrol at 1.89 a litre today at the Shell on the ring road, 1.72 at the Asda two miles away.", "Clive",
    "clive@mail.example", NULL },
  { "Delivery riders earn £3.50 per drop now, down from £4.20. I know because I am one.", "Tariq", "tariq@mail.example",
    NULL },
  { "Working from home saved me £200 a month on commuting, and my employer saved on office rent. Why force us back?",
    "Nadia", "nadia@mail.example", NULL },
  { "I've put £200 a month into an index fund since 2015. Boring, but it beat every crypto 'opportunity' my friends "
    "sent me.", "Howard", "howard@mail.example", NULL },
  /* A story on the gambling law, loans and pills */
  { "The new Gambling Act bans free spins and casino bonus offers for under-25s. About time: my brother lost his flat "
    "to online slots. https://www.bbc.co.uk/news/uk-politics-gambling-act", "Siobhan", "siobhan@mail.example", NULL },
  { "Sports betting ads are on the shirts of every Premier League club; the bill only bans them from 2027. Read the "
    "white paper: https://www.gov.uk/government/publications/high-stakes-gambling-reform", "Des", "des@mail.example",
    NULL },
  { "Payday loan firms moved into 'buy now, pay later' when the cap came in. Same people, new name.", "Ivy",
    "ivy@mail.example", NULL },
  { "My GP prescribed sildenafil after the heart operation and the pharmacy charged me £9.35. Online sellers want £40 "
    "for fake viagra. The story is right to warn people.", "Reg", "reg@mail.example", NULL },
  { "The casino licence hearing is on 14 April. Objections go to licensing@brighton-hove.gov.uk before 1 April.",
    "Brighton resident", "br@mail.example", NULL },
  { "Email your councillor about the casino plan: cllr.jane.doe@leeds.gov.uk. She has a vote on the licensing "
    "committee.", "Anita", "anita@mail.example", NULL },
  { "Bahis reklamları çocukların izlediği maçlarda yasaklanmalı, yazı çok yerinde.", "Emre", "emre@mail.example", NULL },
  { "The Guardian found that 1 in 4 casino customers on loans had been refused by their bank first: "
    "https://www.theguardian.com/society/2026/jan/20/gambling-loans", "Fiona", "fiona@mail.example", NULL },
  /* Replies */
  { "@Kev totally agree, and the same happened on Mill Road in 2019.", "Stu", "stu@mail.example", NULL },
  { "@Sarah_J no, the vote was in March. Check the minutes.", "Colin", "colin@mail.example", NULL },
  { "@DaveK @Marie both of you are missing the point: the money was already spent.", "Yvonne", "yvonne@mail.example",
    NULL },
  { "@editor could you contact me? I have photos of the crash. My email is ben.walsh@mail.example",
    "Ben Walsh", "ben.walsh@mail.example", NULL },
  /* Right to left */
  { "גרתי ברחוב הזה עשרים שנה, והעירייה מעולם לא תיקנה את המדרכה.", "יוסי", "yossi@mail.example", NULL },
  { "הארץ פרסמו נתונים אחרים: https://www.haaretz.co.il/news/2026-03-01/budget", "דנה", "dana.l@mail.example", NULL },
  { "کراچی میں پانی کی قلت کا مسئلہ ہر سال گرمیوں میں بڑھ جاتا ہے، حکومت کچھ نہیں کرتی۔", "عائشہ", "ayesha@mail.example",
    NULL },
  { "رقم الطوارئ في المستشفى هو ٩٩٧ لمن يحتاج المساعدة.", "فاطمة", "fatima@mail.example", NULL },
  { "قیمت بنزین در شیراز لیتری ۳۰۰۰ تومان است، نه ۱۵۰۰.", "بهرام", "bahram@mail.example", NULL },
  { "للاستفسار عن تعويضات الفيضان اتصلوا بالبلدية على الرقم ٠٢٢٣٤٥٦٧٨٩ صباحاً.", "سامي", "sami@mail.example", NULL },
  /* Short */
  { "Agreed.", "Pam", "pam@mail.example", NULL },
  { "Spot on.", "Viv", "viv@mail.example", NULL },
  { "+1", "Ed", "ed@mail.example", NULL },
  { "Well said, Margaret.", "Jo", "jo@mail.example", NULL },
  { "Thank you 🙏", "Priti", "priti@mail.example", NULL },
  { "So sad. RIP.", "Lyn", "lyn@mail.example", NULL },
  /* The council's address or number */
  { "If your bin wasn't collected, report it to waste@bristol.gov.uk or call 0117 922 2100. They do answer.",
    "Terry", "terry@mail.example", NULL },
  { "Contact the planning office at planning@camden.gov.uk before Friday if you want to object.", "Ruth B",
    "ruthb@mail.example", NULL },
  { "Trading Standards can be reached on 0808 223 1133 if you were sold a fake charger.", "Mo", "mo@mail.example", NULL },
  { "Волонтёры раздают воду у школы №5, телефон штаба 8 (495) 555-01-23.", "Наталья", "natalia@mail.example", NULL },
  /* Readers who warn of the scams above */
  { "My mum got a letter saying she'd won £850,000 in a Spanish lottery she never entered, asking her to contact a "
    "'claims agent' and pay a fee. Please warn your readers.", "Gillian", "gillian@mail.example", NULL },
  { "The hackers behind the hospital attack demanded 40 bitcoin. Paying ransoms only funds the next attack.",
    "Nick", "nick@mail.example", NULL },
  { "I got one of those emails saying they had a webcam video of me and wanted $900 in bitcoin. It's a bluff, "
    "delete and ignore.", "Oscar", "oscar@mail.example", NULL },
  { "My uncle lost £20,000 to a 'recovery expert' who promised to get his crypto back. Recovery scams are the second "
    "wave.", "Rani", "rani@mail.example", NULL },
  /* Readers with a website */
  { "Really useful explainer, thank you. I've shared it with our tenants' association.", "Hackney Tenants",
    "info@hackneytenants.example", "https://hackneytenants.example" },
  { "Great article. I wrote about the same flood in 1968 on my local history blog.", "Walter",
    "walter@mail.example", "https://oldharbourhistory.example" },
  { "We run the bike shop on Canal Street. Repairs went up from £25 to £40 because parts cost double since 2022.",
    "Canal Street Cycles", "hello@canalstreetcycles.example", "https://canalstreetcycles.example" },
  /* Other languages */
  { "Moro em Lisboa e a renda do meu T2 passou de 900 para 1400 euros em três anos.", "Rui", "rui@mail.example", NULL },
  { "हमारे गाँव में बिजली दिन में केवल छह घंटे आती है। कृपया इस पर भी लिखें।", "Suresh", "suresh@mail.example", NULL },
  { "東京の家賃は本当に高すぎます。記事に同意します。", "Kenji", "kenji@mail.example", NULL },
  { "서울 전세 가격이 작년보다 20% 올랐습니다.", "Minji", "minji@mail.example", NULL },
  { "Mieszkam w Krakowie i ceny mieszkań wzrosły o 40% w dwa lata.", "Tomasz", "tomasz@mail.example", NULL },
  { "Η τιμή του ψωμιού στην Αθήνα ανέβηκε στα 1,20 ευρώ.", "Eleni", "eleni@mail.example", NULL },
  { "上海的房租一个月要八千元，年轻人根本负担不起。", "王芳", "wangfang@mail.example", NULL },
  { "Our residents' group talks on WhatsApp; ask at the library if you want to join.", "Bernadette",
    "bernadette@mail.example", NULL },
  /* Written after the rule for money offered to whoever writes, to try
   * it: readers who send those who lost money to an ombudsman, the
   * police or a credit union */
  { "If you were mis-sold one of these loans you may be entitled to compensation. Contact the Financial Ombudsman via "
    "email complaint.info@financial-ombudsman.org.uk", "Alison", "alison@mail.example", NULL },
  { "I lost £18,000 to a fake lottery win. Report it to Action Fraud on 0300 123 2040 and to your bank straight away.",
    "Frank M", "frankm@mail.example", NULL },
  { "Our credit union offers small loans at 3% to members; contact the office via email hello@northside-cu.example",
    "Northside member", "nm@mail.example", NULL },
  { "The council's hardship grant is £500; apply through Mrs. Okafor at the advice centre, 0113 378 1234.",
    "Grace O", "graceo@mail.example", NULL },
  /* and the other new rules: a "dot com" that is history, an official
   * website, a protest to join, a messenger beside a reply */
  { "I lost my job in the dot com crash of 2001 and this feels exactly the same.", "Geoff", "geoff@mail.example",
    NULL },
  { "The official website (https://www.nhs.uk/conditions/measles/) has the vaccination dates; don't buy "
    "'immunity boosters' online.", "Dr. Hannah Osei", "h.osei@mail.example", NULL },
  { "Join our protest against the closure on Saturday: https://www.facebook.com/events/4417", "Save Our Library",
    "sol@mail.example", NULL },
  { "@Dave the same video was on Telegram, posted by the mayor's office.", "Karim", "karim@mail.example", NULL },
  { "I earn £11 an hour working from home for a call centre, details of the union campaign here: "
    "https://www.unison.org.uk/pay", "Shona", "shona@mail.example", NULL },
  { "FREE PARKING WAS PROMISED. NOW IT IS £4 AN HOUR. SEE https://www.facebook.com/groups/savetheparking",
    "Maureen", "maureen@mail.example", NULL },
  { "Zelle scam: they said I had won a prize and to call +1 415 555 0100 to claim it. Don't.", "Luis",
    "luis@mail.example", NULL },
  { "For a credit union loan, contact Mr. Patel at the branch, patel@northside-cu.example. Much fairer than a bank.",
    "Deepa", "deepa@mail.example", NULL },
  /* Shouting with a link to a local paper that no list names */
  { "THEY GAVE AWAY FREE TICKETS TO COUNCILLORS AND NOT ONE FOR THE KIDS. READ IT "
    "https://www.yorkshireeveningpost.co.uk/news/tickets", "Bev", "bev@mail.example", NULL },
  { "£2 MILLION ON A BRIDGE NOBODY USES!!! https://www.theargus.co.uk/news/bridge-costs", "Colin",
    "colin@mail.example", NULL },
};

static void
test_fresh_untrained (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  guint flagged;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  g_assert_cmpuint (G_N_ELEMENTS (spam), >=, 40);
  g_assert_cmpuint (G_N_ELEMENTS (genuine), >=, 50);

  /* When this set was written the rules caught 8 of its first 46 spam
   * and flagged one genuine comment (the gambling law, with its casino,
   * free spins and a newspaper's link). The rules written for it caught
   * all 46 and flagged none of the first 58 genuine; of the genuine
   * written after them to try them, four showed them too eager (a
   * union's page beside what a reader earns an hour, a shouted
   * complaint linking to a campaign page, a scam's number quoted as a
   * warning, a credit union's "Mr.") and were made to pass; so were,
   * later, two shouted comments linking to local papers no list names. */
  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught * 100, >=, 85 * G_N_ELEMENTS (spam));

  /* Why, in the editor's words */
  {
    g_autoptr(BylineSpamVerdict) spun = classify (filter, &spam[0]);
    g_autoptr(BylineSpamVerdict) lottery = classify (filter, &spam[7]);
    g_autoptr(BylineSpamVerdict) wallet = classify (filter, &spam[18]);
    g_autoptr(BylineSpamVerdict) home = classify (filter, &spam[20]);

    g_assert_true (has_reason (spun, "choices in braces such as {good|great}, left in by a spam template"));
    g_assert_true (has_reason (lottery, "offers money, a prize or a loan to whoever writes to an address"));
    g_assert_true (has_reason (wallet, "gives a cryptocurrency wallet to pay into"));
    g_assert_true (has_reason (home, "claims easy earnings and sends readers to a site"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-fresh/untrained", test_fresh_untrained);

  return g_test_run ();
}
