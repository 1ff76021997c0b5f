/* test-spam-heldout14.c: the spam filter against a fourteenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the fourteenth round read the rules,
 * of what a newsroom's WordPress gets past an arithmetic captcha in late
 * 2026, of kinds the earlier sets had little of: thirty spam (game
 * currency topped up cheaply in English and Tagalog; a disaster appeal
 * paid in crypto and one at a look-alike fundraising site; task jobs on
 * WhatsApp in English and Swahili; negative articles removed from
 * Google, in English and Hebrew; Wikipedia pages written to order; press
 * releases placed on news sites; a predatory journal's call for papers;
 * exam certificates and documents without the exam, in English and
 * Bulgarian; love spells and black magic in English, Urdu, Bengali and
 * Swahili; a tax refund in Greek, aid for displaced people in Ukrainian
 * and forgotten money at the central bank in Brazilian Portuguese, each
 * claimed at a look-alike site; followers sold in Thai and English; a
 * cash offer for your house; a phone spy app; iCloud unlocking; a free
 * match stream; magic mushrooms by post; "GLP-1 patches" doctors hide; a
 * free heat pump grant; a gold IRA) and forty readers (the same topics
 * as news or their own life: a child's banned game account, giving
 * through the Red Cross, a charity register's link, a WhatsApp job
 * blocked, articles removed for money, a Wikipedian on paid editing, a
 * council's press office with its own site, an academic on predatory
 * journals, an IELTS resit, baba ji stickers, stalkerware's help site,
 * a locked iPhone, psilocybin therapy, a GP's weight-loss jab, a heat
 * pump grant, gold after a radio ad, match-fixing as news, an essay
 * mill; a pharmacy named politely; in Tagalog, Swahili, Hebrew,
 * Bulgarian, Urdu, Bengali, Greek, Ukrainian, Brazilian Portuguese and
 * Thai; in capitals; quoting the story; a word or two).
 *
 * Untrained, before any change, the filter caught 16 of the 30 and
 * flagged none of the 40: that is the held-out figure. It missed the
 * game diamonds in Tagalog (0.40); the look-alike fundraiser (0.15);
 * article removal in English (0.15) and in Hebrew (0.00); press release
 * placement (0.15); the predatory journal (0.15); the Bengali love spell
 * (0.45); the Greek tax refund (0.15), the Ukrainian aid (0.49) and the
 * Brazilian forgotten money (0.49); the spy app (0.15); iCloud
 * unlocking (0.15); the GLP-1 patches (0.15); and the gold IRA (0.15).
 * The readers closest to the line: the Brazilian who found her
 * forgotten money at the central bank's site (0.45), "marketing_guy" on
 * bought followers (0.45: his name), the reader in capitals (0.40), and
 * at 0.35 giving through the Red Cross ("crypto"), a pharmacy named
 * ("pharmacy") and match-fixing as news ("fixed matches").
 *
 * The round's rules are kinds, not these comments' words, in a new
 * byline-spam-filter-fixers.c, each with somewhere to go or to write
 * and no reader's warning: news articles, reviews or search results
 * removed, as a service sells it (a guarantee, discretion, a free
 * consultation), in English, Spanish, French, German, Russian and
 * Hebrew; a press release with two signs of placement and a price or a
 * guarantee; a call for papers with a promise of quick or paid
 * publication; three signs of reading another's phone in secret
 * (without "stalkerware", "abuse", "police"); a phone's lock taken off
 * for money, unless the maker's own site is linked; a game's currency
 * with a price or a seller's word, unless the game's own shop is
 * linked; and, with a link of the writer's own: a public body said to
 * owe readers money with a deadline or the card to enter (Greek,
 * Ukrainian, Russian, Portuguese, Spanish, French, German, English); an
 * appeal after a disaster with two of a fundraiser's promises at a site
 * no known charity's or fundraising platform's; savings into gold with
 * two of the retirement adverts' phrases; a slimming product with a
 * weight lost and its hype. The love spells of trades.c now read
 * Bengali, Urdu and the "love problem solution" of India's adverts.
 * Bait.c's word counter (whole words in Latin letters, anywhere in
 * other scripts) is shared as _byline_spam_terms_found(). With them the
 * set is 30 of 30 and none of 40, no longer held out. No comment of an
 * earlier set changes score.
 *
 * Fifteen readers written after those rules to probe them (the
 * "neighbours" below) found one flagged: Apple removing an activation
 * lock "permanent and free" for the owner, at support.apple.com (0.57);
 * now the makers' sites are theirs to unlock. While those readers were
 * being written, before they were first scored, three rules were
 * tightened for what they would say: an appeal's "100%" alone (a food
 * bank "100% volunteer run"), a call for papers without a promise (a
 * reader's special issue), a diet blog's "without exercise", and the
 * games' own shops.
 *
 * Then five spam and five readers of yet other kinds were written
 * after those rules, without reading the rules' words, and scored
 * once: 3 of the 5 caught, none of the 5 flagged. That is the honest
 * figure for the filter after the round, though the three it caught
 * (a timeshare exit "guaranteed", Netflix accounts resold in Malay on
 * WhatsApp, hacked Instagram accounts "recovered" in Turkish) were
 * caught by older rules, none by this round's. It missed diabetic test
 * strips bought for cash (0.15: one link) and a domain name offered for
 * sale to the site (0.45: "backlinks" and a link). The readers stayed
 * at 0.15 or under (a Turkish reader who got her account back at
 * Instagram's help site: 0.15).
 *
 * Rules for those two kinds followed in fixers.c: medical supplies
 * (test strips, glucose sensors, insulin pens) with two of a buyer's
 * words (a price, a shipping label, a quote); a domain name with two
 * words of its sale. The later ten are 5 of 5 and none of 5, no longer
 * honest. Two more neighbours stay under the line: a daughter asking
 * where to give her mother's test strips rather than to the "cash for
 * strips" vans (0.41, by older rules: a charity's link read as her
 * own), and a paper moving to a new domain (0.45, by older rules: an
 * author whose site bears its name).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  { "Running low on diamonds before the new Free Fire season? We top up Free Fire, "
    "Mobile Legends and PUBG UC straight to your player ID, 40% under the in-game "
    "price. No login needed, instant in 2 minutes, pay with GCash, Maya or card "
    "👉 https://ffdiamondz-topup.shop",
    "Rico", "rico.topup@gmail.com", "https://ffdiamondz-topup.shop" },
  { "Legit po kami! Murang diamonds para sa Mobile Legends, 86 dias = ₱65 lang, "
    "Weekly Diamond Pass ₱80. Send lang ng ID at Server ID, GCash payment, loaded "
    "agad within 5 mins. PM sa page namin o order dito: mlbbdias-ph.store 💎💎",
    "Kuya Jun Topup", "junjun.dias@yahoo.com", NULL },
  { "Our hearts are with the families in Herat. Our foundation is on the ground "
    "delivering tents, water and blankets tonight. Every dollar reaches the victims "
    "directly. Donate USDT (TRC20): TXk9mWq3vHnZ8pRr2LdYb6sJc4eTu7aQfN or through "
    "our page https://afghan-quake-relief.org/donate. Please share, time is running "
    "out 🙏",
    "Hope Without Borders Relief", "info@afghan-quake-relief.org", NULL },
  { "Thousands of children in Valencia lost everything in the floods. $5 feeds a "
    "family for a day. We are a registered emergency fund and 100% of your gift "
    "goes to families. Give now before the 48-hour match ends: "
    "https://gofundme-floodrelief.help/valencia",
    "Emergency Flood Fund", "appeal@floodrelief.help", NULL },
  { "Hello, I am Jenny from the HR department of Talent Hub Recruitment. We are "
    "hiring part-time online workers, 30-60 minutes a day on your phone, rating "
    "hotels and liking videos. Daily salary 200-800 USD, paid the same day. No "
    "experience needed, age 23+. Interested please add my WhatsApp: +44 7418 362095",
    "Jenny HR", "jenny.talenthub@outlook.com", NULL },
  { "Habari! Tunatafuta watu wa kufanya kazi za mtandaoni kwa simu, kazi rahisi ya "
    "kulike video za TikTok na kuandika maoni. Malipo ni Ksh 1,500 hadi 6,000 kila "
    "siku kupitia M-Pesa. Hakuna uzoefu unaohitajika. Tuma ujumbe WhatsApp "
    "0712 448 903 sasa hivi, nafasi ni chache!",
    "Agnes Wanjiru", "agneswanjiru88@gmail.com", NULL },
  { "Negative article about you or your business ranking on page one of Google? Our "
    "team permanently removes damaging news articles, reviews and search results. "
    "Discreet, guaranteed or your money back. Free confidential assessment: "
    "https://cleanslate-reputation.com",
    "Mark | CleanSlate", "mark@cleanslate-reputation.com", "https://cleanslate-reputation.com" },
  { "כתבה שלילית עליך בגוגל פוגעת בעסק? אנחנו מסירים כתבות, ביקורות ותוצאות חיפוש "
    "לצמיתות, בדיסקרטיות מלאה ועם אחריות להחזר כספי. ייעוץ ראשוני חינם: "
    "052-7734119 או באתר reputation-il.co.il",
    "מוניטין פלוס", "office@reputation-il.co.il", NULL },
  { "Does your brand or founder deserve a Wikipedia page? Our experienced Wikipedia "
    "editors write, publish and protect your page so it stays live. 97% approval "
    "rate, 500+ pages published for CEOs, artists and startups. Get a free quote "
    "today: www.wikiprowriters.net",
    "Wiki Pro Writers", "sales@wikiprowriters.net", NULL },
  { "Hi editor, we distribute press releases to 400+ news outlets including Yahoo "
    "Finance, Benzinga and AP News partner sites for just $149. Guaranteed placement "
    "within 48 hours with a full report of live links. Boost your brand's "
    "credibility: https://prwirepush.com/packages",
    "Sofia – PR Wire Push", "sofia@prwirepush.com", "https://prwirepush.com" },
  { "Dear Researcher, greetings from the International Journal of Advanced "
    "Multidisciplinary Research (IJAMR). We invite you to submit your manuscript for "
    "our December issue. Scopus & Web of Science indexed, peer review in 72 hours, "
    "publication within 7 days, APC only $99. Submit: editor.ijamr@gmail.com | "
    "www.ijamr-journal.org",
    "Dr. Rebecca Moore, Managing Editor", "editor.ijamr@gmail.com", NULL },
  { "Buy registered IELTS, TOEFL and PTE certificates without taking the exam, "
    "verifiable on the official database. We also provide genuine passports, "
    "driver's licenses, diplomas and residence permits for USA, UK, Canada and EU. "
    "Contact: WhatsApp +1 (302) 555-0187 / docs.express@protonmail.com",
    "Real Documents Online", "docs.express@protonmail.com", NULL },
  { "Истинска шофьорска книжка без изпит, регистрирана в базата на МВР! Изготвяме "
    "също лични карти, паспорти и дипломи. Бърза доставка до 7 дни в цяла "
    "България, пълна дискретност. Пишете ни в Telegram: @bg_dokumenti или Viber "
    "+359 88 412 7735",
    "Документи БГ", "dokumenti.bg@mail.bg", NULL },
  { "Love problem solution specialist Baba Ji +91-98765 43210. Get your lost love "
    "back in 48 hours, husband wife dispute, inter-caste marriage problem, "
    "vashikaran, black magic removal, family problems. 100% guaranteed result. "
    "Call or WhatsApp now, consultation free!!",
    "Astrologer Rahul Shastri Ji", "rahulshastri.ji@gmail.com", NULL },
  { "کالا جادو کا توڑ، محبوب آپ کے قدموں میں، رشتے کی بندش، کاروبار کی بندش، شوہر "
    "کو راضی کرنا۔ نامور عامل بابا 100٪ گارنٹی کے ساتھ، 24 گھنٹوں میں نتیجہ۔ ابھی "
    "رابطہ کریں واٹس ایپ 0300-4721956",
    "Amil Baba Lahore", "amilbaba.lhr@gmail.com", NULL },
  { "ভালোবাসার মানুষকে ফিরে পেতে চান? স্বামী-স্ত্রীর অশান্তি, বিয়েতে বাধা, ব্যবসায় "
    "ক্ষতি সব সমস্যার ১০০% সমাধান। বিখ্যাত তান্ত্রিক গুরুজী, ৩ দিনে ফল নিশ্চিত। "
    "এখনই কল বা WhatsApp করুন: +880 1712-558490",
    "গুরুজী", "guruji.kolkata@gmail.com", NULL },
  { "Mganga wa kienyeji Dr. Mama Zuri: narudisha mpenzi aliyekuacha ndani ya siku 3, "
    "dawa ya mvuto wa biashara, pete ya bahati, kesi mahakamani na kupandishwa cheo "
    "kazini. Majibu ni ya uhakika 100%. Piga au WhatsApp +255 754 889 012",
    "Dr Mama Zuri", "mamazuri.tiba@gmail.com", NULL },
  { "ΑΑΔΕ: Έχετε επιστροφή φόρου 386,40€ που δεν έχει καταβληθεί. Για να λάβετε το "
    "ποσό επιβεβαιώστε τα στοιχεία της κάρτας σας έως 30/11 στο "
    "https://aade-epistrofi.gr-gov.info/refund διαφορετικά το ποσό θα ακυρωθεί.",
    "Επιστροφή Φόρου", "noreply@aade-epistrofi.info", NULL },
  { "Увага! Внутрішньо переміщені особи можуть отримати одноразову допомогу 6 600 "
    "грн від ООН. Залишилось 2 дні для подачі заявки. Перевірте, чи є ви в списку, "
    "та введіть дані картки для зарахування: https://un-dopomoga.online/vpo",
    "Допомога ВПО", "dopomoga.vpo@ukr.net", NULL },
  { "Você tem valores a receber! O Banco Central liberou R$ 2.847,90 esquecidos no "
    "seu CPF. Consulte agora e saque via PIX antes do prazo final: "
    "https://valoresareceber-bcb.site/consulta  Não perca, o dinheiro volta para a "
    "União!",
    "Consulta Valores", "consulta@valoresareceber-bcb.site", NULL },
  { "ปั๊มฟอลโลเวอร์ IG TikTok Facebook ราคาถูกที่สุด เริ่มต้น 1,000 ฟอล 39 บาท "
    "คนไทยจริง ไม่ลด ไม่ต้องใช้รหัสผ่าน ได้ภายใน 10 นาที สั่งเลยที่ "
    "https://thaifollowpanel.com ไลน์ @followfast",
    "ปั๊มฟอล ราคาถูก", "thaifollowpanel@gmail.com", NULL },
  { "Want to go viral? Buy real Instagram followers, TikTok views and YouTube "
    "subscribers from $2.99. High retention, non-drop, no password required, "
    "delivery starts in 5 minutes. Cheapest SMM panel 2026 → smmkingpanel.io",
    "SMM King", "support@smmkingpanel.io", "https://smmkingpanel.io" },
  { "Hi, I'm a local investor and I'd like to make a cash offer on your property. "
    "We buy houses as-is in any condition, no repairs, no agent fees, close in as "
    "little as 7 days. Inherited a house or behind on payments? Get your fair cash "
    "offer today at https://quickcashhomebuyers.us or text 813-555-0142",
    "Dave Buys Houses", "dave@quickcashhomebuyers.us", NULL },
  { "Think your partner is cheating? With SpyEye you can read their WhatsApp, "
    "Messenger and text messages, see call logs and track their GPS location in "
    "real time, 100% undetectable, no root or jailbreak needed. Try it free for 3 "
    "days: https://spyeye-app.com",
    "Catch Cheater", "help@spyeye-app.com", NULL },
  { "iCloud locked iPhone? We remove iCloud activation lock on any iPhone or iPad, "
    "all models up to iPhone 17 Pro Max and iOS 26, permanent official unlock by "
    "IMEI, also FRP bypass for Samsung. Results in 1-3 days, money back guarantee. "
    "Order: www.officialicloudunlock.net",
    "Unlock Expert", "orders@officialicloudunlock.net", NULL },
  { "Watch Arsenal vs Chelsea Live Stream Free HD 🔴 Premier League 2026 full match "
    "online, no signup, works on mobile & smart TV 👉 "
    "https://livesoccerhd.xyz/arsenal-chelsea-live",
    "Live Football HD", "admin@livesoccerhd.xyz", NULL },
  { "Best place to buy magic mushrooms online 🍄 Golden Teacher, B+ and Blue "
    "Meanies, microdose capsules, DMT carts and LSD tabs. Lab tested, discreet "
    "stealth shipping worldwide, pay with crypto for 15% off. Order now: "
    "https://shroomhaven.store",
    "ShroomHaven", "care@shroomhaven.store", "https://shroomhaven.store" },
  { "My sister lost 23 kg in 3 months without injections or diets using these new "
    "GLP-1 patches that doctors don't want you to know about. They cost a fraction "
    "of Ozempic and are sold out everywhere, but there is still stock here: "
    "https://glp1-slimpatch.com/offer",
    "Linda Hayes", "lindahayes1971@gmail.com", NULL },
  { "Homeowners in England can now get a FREE air source heat pump and solar panels "
    "under the new government grant scheme. No upfront cost, 100% funded. Check if "
    "your postcode qualifies in 30 seconds before funding runs out: "
    "https://greenhomes-grant-check.co.uk",
    "Green Homes Grant Team", "apply@greenhomes-grant-check.co.uk", NULL },
  { "With the dollar losing value and another crash coming, smart retirees are "
    "moving their 401(k) into a Gold IRA, tax-free and penalty-free. Request your "
    "FREE 2026 Gold Investment Kit and see how much your savings could be "
    "protected: https://americanpreciousgold.com/free-kit",
    "Retirement Gold Advisor", "kits@americanpreciousgold.com", NULL },
};

static const Comment genuine[] = {
  { "My 11-year-old spent £60 of birthday money on Free Fire diamonds from some "
    "'cheap top-up' site his friend sent him. Account got banned a week later. Only "
    "buy inside the game, parents.",
    "Karen M.", "karen.m@btinternet.com", NULL },
  { "Totoo 'to. Yung pamangkin ko bumili ng diamonds sa Mobile Legends sa isang page "
    "sa Facebook, mura daw, tapos na-ban yung account niya. Sa loob na lang ng laro "
    "o sa official na Codashop kayo bumili.",
    "Marites D.", "maritesd@gmail.com", NULL },
  { "We gave through the Red Cross's own appeal page rather than the links going "
    "round on WhatsApp. If a 'foundation' only takes crypto, walk away.",
    "Sameer", "sameer.k@hotmail.com", NULL },
  { "My aunt lost £150 to a fake flood charity on Facebook last year. In the UK you "
    "can check the charity number on the Charity Commission register before giving: "
    "https://register-of-charities.charitycommission.gov.uk",
    "Gwen Parry", "gwenparry@gmail.com", NULL },
  { "Got one of these last week: 'Hi, I'm Jenny from HR, we pay $300 a day to like "
    "videos', on WhatsApp from a +44 number. Blocked and reported. Glad you're "
    "writing about it.",
    "Tom B", "tombrennan@gmail.com", NULL },
  { "Hizi kazi za mtandaoni za kulike video ni utapeli mtupu. Dada yangu alituma "
    "elfu kumi kwa M-Pesa ili 'kufungua akaunti' na hakupata chochote. Asanteni kwa "
    "kuandika habari hii.",
    "Baraka", "baraka.o@gmail.com", NULL },
  { "So there is an entire industry paid to make negative news articles disappear "
    "from Google? That explains a lot. Good on you for naming the firms that "
    "threatened you.",
    "Ellen", "ellen.r@icloud.com", NULL },
  { "כתבה חשובה. מפחיד לחשוב שיש חברות שמוחקות כתבות תמורת כסף. תודה שלא נכנעתם.",
    "נועה", "noa.levi@walla.co.il", NULL },
  { "As a long-time Wikipedia volunteer: paid editing has to be disclosed on the "
    "article's talk page, and 'guaranteed' pages usually get deleted within months. "
    "Anyone promising otherwise is lying.",
    "Jonas (Wikipedian)", "jonas.w@posteo.de", NULL },
  { "I'm the communications officer for the council. The full statement, including "
    "the timetable for the works, is on our website: https://www.leeds.gov.uk/news",
    "Leeds City Council press office", "press@leeds.gov.uk", "https://www.leeds.gov.uk" },
  { "Academics get these 'Scopus indexed, publish in 7 days' emails daily. A journal "
    "that promises peer review in 72 hours isn't doing peer review. Check the "
    "journal on Scopus's own source list.",
    "Dr. Aoife Kelly", "aoife.kelly@ucd.ie", NULL },
  { "My nephew sat IELTS three times before he got the 7.0 he needed for nursing "
    "registration. Honest, expensive, exhausting. People buying certificates make it "
    "worse for everyone.",
    "Priya", "priya.n@gmail.com", NULL },
  { "Чакам вече четири месеца за изпит за шофьорска книжка в София. Нищо чудно, че "
    "хората търсят обходни пътища. Министерството трябва да назначи още изпитващи.",
    "Георги", "georgi.ivanov@abv.bg", NULL },
  { "In Delhi every lamppost has a 'love problem solution baba ji' sticker with a "
    "phone number. My neighbour paid one 40,000 rupees. Good that someone is finally "
    "reporting on it.",
    "Ankit S.", "ankit.sharma@rediffmail.com", NULL },
  { "عامل بابا کے نام پر لوگوں کو لوٹنے والوں کے خلاف کارروائی ہونی چاہیے۔ میری خالہ "
    "نے بھی ہزاروں روپے دیے تھے۔ اچھی رپورٹ ہے۔",
    "فاطمہ", "fatima.r@gmail.com", NULL },
  { "সিলেটের বন্যায় আমাদের গ্রামের অর্ধেক ঘর ডুবে গেছে। সরকারি সাহায্য এখনো "
    "পৌঁছায়নি। খবরটা তুলে ধরার জন্য ধন্যবাদ।",
    "রাশেদ", "rashed.sylhet@gmail.com", NULL },
  { "Περιμένω την επιστροφή φόρου από τον Ιούλιο. Η ΑΑΔΕ λέει «σε επεξεργασία». Και "
    "μετά αναρωτιούνται γιατί ο κόσμος πέφτει θύμα σε ψεύτικα μηνύματα.",
    "Νίκος Π.", "nikos.p@otenet.gr", NULL },
  { "Отримали допомогу як ВПО через Дію, все офіційно і без жодних «перевірте "
    "картку». Якщо вам пишуть про виплати від ООН з посиланням — це шахраї.",
    "Оксана", "oksana.k@ukr.net", NULL },
  { "Consultei no site do Banco Central pelo gov.br e tinha R$ 14,32 esquecidos numa "
    "conta antiga kkkk. Só pelo site oficial, gente, nada de link por WhatsApp.",
    "Juliana", "juliana.s@uol.com.br", NULL },
  { "อินฟลูหลายคนซื้อฟอลโลเวอร์กันเยอะมาก ดูจากยอดไลก์กับคอมเมนต์ก็รู้แล้ว "
    "ขอบคุณที่เขียนเรื่องนี้ครับ",
    "ต้น", "ton.s@hotmail.com", NULL },
  { "Half of this 'influencer's' 2 million followers are obviously bought. 2M "
    "followers, 300 likes a post. Brands should check engagement before paying "
    "them.",
    "marketing_guy", "j.hollis@gmail.com", NULL },
  { "After my mum died we got five 'we buy houses for cash, any condition' letters "
    "in a month. Vultures, the lot of them. Ours went through a normal estate agent "
    "in the end.",
    "Helen W", "helenw@sky.com", NULL },
  { "Stalkerware is a tool of domestic abuse, full stop. If you think one is on "
    "your phone, the Coalition Against Stalkerware has advice: "
    "https://stopstalkerware.org",
    "Refuge volunteer", "m.okafor@gmail.com", NULL },
  { "Bought a 'refurbished' iPhone on Marketplace that turned out to be iCloud "
    "locked. Apple wouldn't unlock it without proof of purchase from the original "
    "owner. Lesson learned, check before paying.",
    "Dan", "dan.f@gmail.com", NULL },
  { "Is the match on free-to-air anywhere? I don't want Sky just for one game.",
    "Bob", NULL, NULL },
  { "Oregon's licensed psilocybin service centres are nothing like the online "
    "mushroom shops. My therapist mentioned the research at Johns Hopkins, "
    "interesting read.",
    "Mara", "mara.l@protonmail.com", NULL },
  { "I'm on Mounjaro through my GP, down 14 kg since March, but the nausea in the "
    "first month was rough. Please don't buy 'GLP-1 patches' or pens online.",
    "Steve R", "steve.r@gmail.com", NULL },
  { "We got £7,500 off our heat pump through the Boiler Upgrade Scheme. You apply "
    "through an MCS-certified installer, not through cold callers or 'check your "
    "postcode' sites.",
    "Rhian", "rhian.d@gmail.com", NULL },
  { "My dad moved half his pension into gold after a radio ad. When he wanted to "
    "sell, the dealer offered 30% less than he paid. Please, retirees, talk to an "
    "independent adviser.",
    "Carl J.", "carlj@aol.com", NULL },
  { "STOP LETTING THESE FAKE CHARITIES ADVERTISE ON FACEBOOK!!! MY MOTHER GAVE £200 "
    "TO A 'FLOOD APPEAL' THAT DOESN'T EXIST. WHERE IS THE REGULATOR???",
    "ANGRY SON", "d.walsh@gmail.com", NULL },
  { "Heartbreaking.",
    "Liz", NULL, NULL },
  { "Thanks, sent this to my parents.",
    "Ravi", "ravi.p@gmail.com", NULL },
  { "Kudos to Patel's Pharmacy on King Street, who spotted the fake pens my mum had "
    "bought online and told her to report it.",
    "Nadia", "nadia.h@gmail.com", NULL },
  { "Συγχαρητήρια για το ρεπορτάζ, επιτέλους κάποιος ασχολείται σοβαρά.",
    "Ελένη", "eleni.k@gmail.com", NULL },
  { "\"Victims are told to pay a 'release fee' before they can withdraw\" — exactly "
    "what happened to my brother with the hotel-rating job on Telegram. Lost "
    "£2,400.",
    "Marcus", "marcus.t@gmail.com", NULL },
  { "Sa lahat ng gustong mag-abroad: i-check muna sa DMW kung lisensyado ang agency. "
    "Yung pinsan ko muntik nang magbayad ng placement fee sa pekeng recruiter sa "
    "Facebook.",
    "Ramon", "ramon.c@yahoo.com", NULL },
  { "The match-fixing ring apparently sold 'guaranteed fixed matches' to punters on "
    "Telegram as a side business. The article's timeline is damning.",
    "Pete", "pete.m@gmail.com", NULL },
  { "I teach at a university; we caught 14 students this term submitting essays "
    "from the same essay mill. A writing centre appointment is free and actually "
    "helps.",
    "Prof. Hana", "h.novak@uni.edu", NULL },
  { "Kenya needs to regulate these recruitment agents. My brother paid 150k for a "
    "'job in Qatar' and is still waiting. Serikali iamke!",
    "Wanjiku", "wanjiku.m@gmail.com", NULL },
  { "הערה קטנה: השם של השר כתוב לא נכון בפסקה השלישית.",
    "דוד", "david.c@gmail.com", NULL },
};

/* Readers written after the round's rules, to probe them from the other
 * side: each near one kind, none to be flagged */
static const Comment neighbours[] = {
  { "Our neighbours lost their house in the floods. Their GoFundMe is here, every dollar goes to them: "
    "https://www.gofundme.com/f/rebuild-the-okafors",
    "Chidi", "chidi.o@gmail.com", NULL },
  { "The food bank in Pontypridd is collecting for families hit by the floods, donate at "
    "https://pontypriddfoodbank.org.uk. It's 100% volunteer run.",
    "Rhys", "rhys.j@gmail.com", NULL },
  { "Got a text saying my HMRC tax refund expires today, with a link to hmrc-refund-uk.com. Reported it to "
    "7726, please do the same.",
    "Jo", "jo.baker@gmail.com", NULL },
  { "Our special issue on flood policy, indexed in Scopus, is free to read at "
    "https://www.floodjournal.org/special-issue-2026, with the data behind this story.",
    "Dr. Owen Hale", "o.hale@bristol.ac.uk", NULL },
  { "Apple will remove the activation lock if you take the original receipt to a Genius Bar. That's the "
    "official route, permanent and free: https://support.apple.com/en-gb/108794",
    "Sunita", "sunita.r@gmail.com", NULL },
  { "My ex put a spy app on my phone to read my WhatsApp and track my location. The police did nothing. "
    "https://stopstalkerware.org helped me find it.",
    "Anonymous", NULL, NULL },
  { "You can top up Robux with gift cards from any supermarket, cheap and instant, and no dodgy sites: "
    "https://www.roblox.com/giftcards",
    "Dad of three", "mike.t@gmail.com", NULL },
  { "I lost 12 kg on keto without exercise or pills, and wrote down every meal here: https://annaskitchen.blog",
    "Anna", "anna.k@gmail.com", "https://annaskitchen.blog" },
  { "Gold IRAs are sold hard on cable news. The SEC's investor alert explains the fees and the 401(k) "
    "rollover traps: https://www.investor.gov/introduction-investing",
    "Walt", "walt.h@gmail.com", NULL },
  { "Under GDPR you can ask Google to remove search results about you, free of charge. The ICO explains "
    "how: https://ico.org.uk/for-the-public/",
    "Claire", "claire.m@gmail.com", NULL },
  { "O Banco Central avisa: valores a receber só no site oficial, não existe prazo final. Cuidado com "
    "golpe! https://valoresareceber.bcb.gov.br",
    "Paulo", "paulo.r@gmail.com", NULL },
  { "Η ΑΑΔΕ ανακοίνωσε ότι η επιστροφή φόρου θα γίνει έως 30/11. Δείτε στο https://www.aade.gr",
    "Μαρία", "maria.p@gmail.com", NULL },
  { "Допомога від ООН для ВПО: офіційна інформація тут https://www.unhcr.org/ua/",
    "Ірина", "iryna.m@ukr.net", NULL },
  { "The university's full press release, distributed to news outlets this morning, is at "
    "https://www.leeds.ac.uk/news. No mention of the £2m cost.",
    "Sam", "sam.w@gmail.com", NULL },
  { "We use Family Link to see their location and screen time. The kids know, it's free: "
    "https://families.google/familylink/",
    "Becky", "becky.l@gmail.com", NULL },
  { "Where can we give unused test strips? Mum's Accu-Chek ones are in date and we'd rather they went to "
    "someone who needs them than to the cash for strips vans. Our surgery said to ask here: "
    "https://www.diabetes.org.uk/community",
    "Karen L", "karen.l@gmail.com", NULL },
  { "We're moving the paper to a new domain next month; the old one will redirect, so links that have aged "
    "well keep working: https://www.otleyvoice.org",
    "Otley Voice", "editor@otleyvoice.org", "https://www.otleyvoice.org" },
};

/* The held-out figure, 16 of 30 and none of 40, as a floor */
static void
test_heldout14_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 40, 16);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout14_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Written after the round's rules without reading their words, and
 * scored once: 3 of 5 and none of 5; 5 of 5 since */
static const Comment spam_later[] = {
  { "We BUY unused diabetic test strips for CASH! OneTouch, FreeStyle Libre sensors, Dexcom G7, Accu-Chek. "
    "Top prices paid, free prepaid shipping label, paid same day by PayPal or Zelle. Text us 702-555-0119 or "
    "get a quote at https://stripsforcash.net",
    "Strips4Cash", "quotes@stripsforcash.net", NULL },
  { "Stuck paying maintenance fees on a timeshare you never use? Our attorneys legally cancel timeshare "
    "contracts, 100% guaranteed exit or your money back. Over 12,000 families freed. Book a free consultation: "
    "https://timeshareexitpros.com",
    "Timeshare Exit Pros", "help@timeshareexitpros.com", NULL },
  { "Jual akaun Netflix Premium 4K, Spotify, YouTube Premium dan Disney+ Hotstar murah! Netflix sebulan RM12 "
    "sahaja, private profile, warranty penuh. Order terus di WhatsApp 012-338 4471 atau Telegram @akaunmurah",
    "Akaun Premium Murah", "akaunmurah@gmail.com", NULL },
  { "Premium domain for sale: newsdaily24.com, aged 11 years, DA 38, strong backlinks, perfect for a media "
    "brand like yours. Buy it now for $2,450 or make an offer at https://dan.com/buy-domain/newsdaily24.com",
    "Domain Broker", "offers@premiumnames.io", NULL },
  { "Instagram hesabınız mı çalındı veya kapatıldı mı? Çalınan ve askıya alınan hesapları 24 saat içinde geri "
    "alıyoruz, Facebook ve TikTok hesapları da. Ödeme iş tesliminden sonra. İletişim için WhatsApp: "
    "+90 532 418 77 09",
    "Hesap Kurtarma Uzmanı", "hesapkurtarma@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "There's a van outside our clinic every Tuesday buying test strips for cash. My husband's insurance pays "
    "for his, so selling them on felt wrong to us, but I understand why people do.",
    "Marilyn", "marilyn.s@gmail.com", NULL },
  { "We got out of our timeshare in Tenerife through the resort itself. It took a year. The exit companies "
    "wanted £4,000 upfront, which is exactly what your article describes.",
    "Geoff and Pam", "geoffpam@btinternet.com", NULL },
  { "Anak saya kongsi akaun Netflix dengan kawan-kawan sekolah, murah katanya, tapi minggu lepas akaun tu kena "
    "sekat. Terima kasih atas artikel ini.",
    "Puan Rohana", "rohana.a@yahoo.com", NULL },
  { "I bought a domain for my bakery ten years ago for £8 and still get emails offering to 'buy it for $2,000'. "
    "Never replied to one.",
    "Beth", "beth@bethsbakes.co.uk", "https://bethsbakes.co.uk" },
  { "Instagram hesabım geçen ay çalındı, para isteyen 'kurtarma uzmanlarına' hiç yazmadım. Meta'nın kendi "
    "sayfasından iki günde geri aldım: https://help.instagram.com/368191326593075",
    "Elif", "elif.y@gmail.com", NULL },
};

static void
test_heldout14_later (void)
{
  /* 3 when first scored; 5 since the rules that followed */
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

static void
test_heldout14_neighbours (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, neighbours, G_N_ELEMENTS (neighbours), "ham"), ==, 0);
}

/* What an editor reads for the kinds of this round */
static void
test_heldout14_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Legit po kami", "sells a game’s currency outside the game" },
    { spam, G_N_ELEMENTS (spam), "Thousands of children", "appeals for donations after a disaster" },
    { spam, G_N_ELEMENTS (spam), "Negative article", "offers to remove news articles" },
    { spam, G_N_ELEMENTS (spam), "כתבה שלילית", "offers to remove news articles" },
    { spam, G_N_ELEMENTS (spam), "Hi editor", "sells press releases placed on news sites" },
    { spam, G_N_ELEMENTS (spam), "Dear Researcher", "calls for papers to a journal" },
    { spam, G_N_ELEMENTS (spam), "ভালোবাসার", "offers spells or a healer’s cures" },
    { spam, G_N_ELEMENTS (spam), "ΑΑΔΕ", "says a public body owes readers money" },
    { spam, G_N_ELEMENTS (spam), "Увага", "says a public body owes readers money" },
    { spam, G_N_ELEMENTS (spam), "Você tem", "says a public body owes readers money" },
    { spam, G_N_ELEMENTS (spam), "Think your partner", "read someone else’s phone in secret" },
    { spam, G_N_ELEMENTS (spam), "iCloud locked", "sells the unlocking of locked or blocked phones" },
    { spam, G_N_ELEMENTS (spam), "My sister lost", "sells a slimming product" },
    { spam, G_N_ELEMENTS (spam), "With the dollar", "urges savings into gold" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the words this round's rules look for cut
 * short at the end of the text */
static void
test_heldout14_tiny (void)
{
  static const char * const contents[] = {
    "", "%", "100% of your", "gold ira", "401(k)", "icloud unlock", "frp", "spy", "read their", "scopus",
    "apc", "press release", "diamonds", "free fire", "ααδε", "оон", "допомог", "כתבות", "מסירים", "তান্ত্রিক",
    "remove search results", "lost 5 kg", "glp-1 patches",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

/* A spot check of the round, written by another hand before its rules
 * were read and scored once after them, untrained: 13 of 14 spam
 * caught, none of 10 readers flagged (the closest, a wife asking where
 * the tramadol went: 0.41). The hacker who "recovers" accounts, a
 * Canadian work permit "guaranteed, no IELTS", an essay mill, replica
 * watches, pills without a prescription, cracked software, Turkish
 * followers, a Greek casino, a Swahili loan, Thai slots, a fund
 * "recovery" service, a lottery win at an address (0.50) and money
 * made at home on WhatsApp in Portuguese were caught by earlier
 * rounds' rules; reviews bought for a business ("Buy Google reviews
 * from real local accounts, 5-star, non-drop") scored 0.45. Now read:
 * a review site's reviews with a word of buying and a sign of the
 * trade (non-drop, real or aged accounts, packages), with no warning;
 * four readers probing it stay under the line. */
static const Comment spot_spam[] = {
  { "My Facebook was taken over and the scammers changed everything. I was lucky to find an ethical "
    "hacker, Kevin, who got it back in 3 hours. He also recovers Instagram, Snapchat and lost crypto "
    "wallets. Reach him on kevinhacks.pro@gmail.com, he is the real deal!!",
    "Kevin Hacks", "kevinhacks.pro@gmail.com", NULL },
  { "Canada work permit with LMIA job offer guaranteed, no IELTS required, processing 45 days. Family "
    "can come too. Limited slots this month. WhatsApp +91 98765 43210 for free eligibility check.",
    "Visa Consultant Raj", "raj.visaexpert@gmail.com", NULL },
  { "Struggling with deadlines? Our native UK writers will do your essay, dissertation or coursework "
    "from £9/page, 100% plagiarism free, Turnitin report included. Order now at "
    "assignmentpro-writers.net and get 20% off your first order.",
    "AssignmentPro", "help@assignmentpro-writers.net", "https://assignmentpro-writers.net" },
  { "Nice article. If you love watches check our Swiss grade 1:1 Rolex, Omega and AP replica watches, "
    "AAA quality, free shipping worldwide, PayPal accepted: https://topclasswatches.cc",
    "luxury replicas", "sales@topclasswatches.cc", "https://topclasswatches.cc" },
  { "Buy tramadol, oxycodone and Xanax online without prescription. Overnight delivery, discreet "
    "packaging, best prices guaranteed. https://rx-overnight.shop",
    "MedsOnline", "care@rx-overnight.shop", "https://rx-overnight.shop" },
  { "Adobe Photoshop 2026 crack + keygen full version free download, works 100%, also Office 2024 "
    "activator and Windows 11 loader: https://crackfull.net/photoshop-2026",
    "Softpedia Free", "admin@crackfull.net", "https://crackfull.net/photoshop-2026" },
  { "Instagram takipçi satın al, gerçek ve Türk takipçi, düşme yok, anında teslimat. Beğeni ve "
    "izlenme paketleri için: https://takipcimerkezi.co",
    "Takipçi Merkezi", "info@takipcimerkezi.co", "https://takipcimerkezi.co" },
  { "Το καλύτερο online καζίνο στην Ελλάδα! Μπόνους καλωσορίσματος 200% και 100 δωρεάν περιστροφές. "
    "Γρήγορες αναλήψεις. Παίξε τώρα: https://kazino-bonus-gr.com",
    "Νίκος", "nikos.bonus@mail.gr", "https://kazino-bonus-gr.com" },
  { "Unahitaji mkopo wa haraka bila dhamana? Tunatoa mkopo kuanzia shilingi 50,000 hadi milioni 5 "
    "ndani ya saa moja. Tuma ujumbe WhatsApp 0712 345 678.",
    "Mkopo Haraka", "mikopoharaka@gmail.com", NULL },
  { "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครวันนี้รับโบนัส 100% เล่นได้ทุกค่าย "
    "https://slot888th.bet",
    "สล็อตเว็บตรง", "contact@slot888th.bet", "https://slot888th.bet" },
  { "I lost $48,000 to a fake trading platform last year and I thought it was gone forever. Then a "
    "friend introduced me to Recovery Masters, they traced the funds and I got everything back in two "
    "weeks. Contact them: recoverymasters@protonmail.com",
    "Sandra Whitfield", "sandra.whitfield1972@outlook.com", NULL },
  { "CONGRATULATIONS! Your email address has won £850,000 in the Microsoft Online Promo Draw 2026. "
    "Ticket No. 5648-221. To claim, send your full name, address and phone number to our claims agent "
    "Mr. Peter Wood at claims.msaward@yahoo.com",
    "Microsoft Award Team", "claims.msaward@yahoo.com", NULL },
  { "Buy Google reviews from real local accounts, 5-star, non-drop, lifetime guarantee. Also "
    "Trustpilot and Yelp reviews. Boost your business rating today at https://reviewboost.io",
    "ReviewBoost", "sales@reviewboost.io", "https://reviewboost.io" },
  { "Renda extra trabalhando de casa! Ganhe de R$ 300 a R$ 500 por dia só com o celular, sem "
    "experiência. Vagas limitadas, chama no zap (11) 98888-7777 que te explico tudo.",
    "Ana Paula", "anapaula.rendaextra@gmail.com", NULL },
};

static const Comment spot_genuine[] = {
  { "My Facebook was hacked in March and I lost eight years of photos. Facebook's own recovery form "
    "took three weeks but it worked. Please don't pay anyone who offers to \"hack it back\" in the "
    "replies, they are all scammers.",
    "Helen Marsh", "helen.marsh@btinternet.com", NULL },
  { "My brother has been waiting eleven months for his Canadian work permit. The processing times on "
    "the IRCC site keep changing and nobody answers the phone. This story is spot on.",
    "Arjun Mehta", "arjun.mehta@gmail.com", NULL },
  { "As a teacher I see more essays bought from essay mills every term, and now AI does it for free. "
    "Universities need to go back to exams in the hall.",
    "Ms Carter", "jcarter@school.sch.uk", NULL },
  { "I bought a fake Rolex in Bangkok for a laugh in 2009. Lasted a week. The real thing at the "
    "jeweller on Park Street costs more than my car!",
    "Dave", "dave1961@hotmail.co.uk", NULL },
  { "My husband is on tramadol for his back and the pharmacy in town has had none for a fortnight. "
    "The GP keeps telling us to ring around. Is anyone else having this problem?",
    "Margaret O'Neill", "moneill@eircom.net", NULL },
  { "Η συζήτηση για την άδεια του καζίνο στο Ελληνικό κρατάει χρόνια. Τι θα κερδίσει τελικά η "
    "γειτονιά; Κανείς δεν μας ρώτησε.",
    "Γιώργος Π.", "gpapad@otenet.gr", NULL },
  { "Hizi apps za mikopo zinawasumbua watu sana. Dada yangu alichukua mkopo mdogo na sasa wanapiga "
    "simu kwa ndugu zake wote. Serikali ichukue hatua.",
    "Amina Juma", "aminajuma@yahoo.com", NULL },
  { "เบื่อโฆษณาสล็อตออนไลน์ในทีวีและยูทูบมาก เด็กๆ เห็นทุกวัน ทำไมไม่มีใครจัดการ",
    "สมชาย", "somchai.k@hotmail.com", NULL },
  { "Trabalho de casa há dois anos e, sinceramente, ganho menos do que antes. A matéria acertou em "
    "cheio sobre o custo de energia e internet.",
    "Carla Mendes", "carla.mendes@uol.com.br", NULL },
  { "The council's consultation on the ferry timetable closes on Friday, details here: "
    "https://www.bristol.gov.uk/consultations. Worth filling in if you use the 7:40.",
    "Tom Bright", "tom.bright@gmail.com", NULL },
};

/* Readers probing the spot check's rule from the other side */
static const Comment spot_neighbours[] = {
  { "Lovely piece about the high street. We have just passed 300 Google reviews, thank you all! Buy "
    "our sourdough at the Saturday market or order online at crumbsbakery.co.uk.",
    "Crumbs Bakery", "hello@crumbsbakery.co.uk", "https://crumbsbakery.co.uk" },
  { "The CMA fined a firm that sold fake reviews in bulk packages last year. Amazon and Trustpilot "
    "still have thousands of them. Buy nothing with only five-star reviews.",
    "Priya S", "priya.s@gmail.com", NULL },
  { "I run a small plumbing firm and Google reviews make or break us. We never buy them: every one of "
    "our 212 is a real customer. Happy to show anyone.",
    "Mark Ellis", "mark@ellisplumbing.co.uk", "https://ellisplumbing.co.uk" },
  { "Where can I buy the book the reviewer mentions? Amazon says it has no copies and the reviews "
    "there are all for the old edition.",
    "Jo Lin", "jolin88@yahoo.com", NULL },
};

static void
test_heldout14_spot_check (void)
{
  check_spot_set (spot_spam, G_N_ELEMENTS (spot_spam), spot_genuine, G_N_ELEMENTS (spot_genuine),
                  spot_neighbours, G_N_ELEMENTS (spot_neighbours));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout14/untrained", test_heldout14_untrained);
  g_test_add_func ("/spam-heldout14/after", test_heldout14_after);
  g_test_add_func ("/spam-heldout14/later", test_heldout14_later);
  g_test_add_func ("/spam-heldout14/neighbours", test_heldout14_neighbours);
  g_test_add_func ("/spam-heldout14/reasons", test_heldout14_reasons);
  g_test_add_func ("/spam-heldout14/tiny", test_heldout14_tiny);
  g_test_add_func ("/spam-heldout14/spot-check", test_heldout14_spot_check);

  return g_test_run ();
}
