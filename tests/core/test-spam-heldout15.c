/* test-spam-heldout15.c: the spam filter against a fifteenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy-three comments written before the fifteenth round read the
 * rules, of what a newsroom's WordPress gets past an arithmetic captcha
 * in late 2026, of kinds the earlier sets had little of: thirty-three
 * spam (spun praise with its {a|b} choices left in; "I am regular
 * visitor" over a slot site; a sentence of the story quoted over a
 * plumber's link; a villa let for Christmas by bank transfer; printer,
 * antivirus and airline "customer care" numbers; a wallet's seed phrase
 * to validate and a DApp to "rectify" one; a pandit's kundli, vastu and
 * numerology in English and Hindi; parrots adopted for the shipping;
 * brides abroad through an agency; cheap flights through an agent on
 * WhatsApp; gold and forex signals in Urdu, Arabic and Hindi; adult
 * chat in spaced letters and in Cyrillic look-alikes; emoji and a link;
 * a link alone; guest posts offered in Spanish and German; Amazon
 * product reviewers hired; data entry with a registration fee; bail and
 * cases "fixed" through magistrates; a kidney bought; a scholarship
 * with a processing fee; "sure odds" in Nigeria and mikeka in Swahili;
 * loans in Bengali, Yoruba and Amharic) and forty readers (the same
 * kinds as news, warnings or their own life: a spinner's braces seen, a
 * regular reader, the story quoted, a fake villa, HP's and Norton's own
 * sites, an airline's app, a seed phrase never typed, kundli as
 * tradition, a greyhound from the RSPCA, bride agencies as news,
 * Telegram losses, the price of gold, a product reviewer "job" reported,
 * data entry lost, bail by a magistrate, a kidney ring, Chevening, a
 * brother's betting, loan apps; a bakery named; emoji; "Agreed."; a
 * statistics office's link; a reader's guest post; N O T spaced; in
 * Hindi, Urdu, Arabic, Spanish, German, Swahili, Bengali, Yoruba,
 * Amharic, Korean, Japanese, Georgian, Armenian and Kazakh).
 *
 * Untrained, before any change, the filter caught 20 of the 33 and
 * flagged none of the 40: that is the held-out figure. It missed "I am
 * regular visitor" (0.40: the author's site alone); the villa (0.45);
 * the parrots (0.45); the brides' agency (0.45); the flights' agent
 * (0.45); the Urdu signals (0.15); the German guest post (0.35); the
 * Amazon reviewers (0.40); the bail fixer (0.00); the kidney (0.45);
 * the scholarship (0.30); the Swahili mikeka (0.00); and the Amharic
 * loan (0.35). The readers closest to the line: the one who saw the
 * spinner's braces (0.40) and the reader's unpaid guest post (0.35);
 * every other reader 0.00.
 *
 * The round's rules are kinds, not these comments' words, in a new
 * byline-spam-filter-agents.c, each with somewhere to go or to write
 * and weighed only if no reader's warning ("scam", "fake", "lost",
 * "almost", "reported"...) is given: the stock phrases of old comment
 * spam ("how are you everybody", "fastidious"), two of them with a
 * website; a holiday home let for a bank transfer or deposit outside
 * the booking sites, at a bargain, with an address; a pet given away
 * for its shipping (not through a rescue's home visit); brides through
 * an agency; flights under the airlines' price through an agent on
 * WhatsApp; bail or a case fixed through contacts in the courts; money
 * for a kidney; a scholarship with a fee and the fake ones' promises;
 * easy paid work (product reviewers, data entry) with a hiring call
 * and two of its terms; betting tips by subscription (M-Pesa, "jiunge",
 * "sure odds", mikeka); trading signals with an accuracy or a profit
 * promised, in Urdu, Arabic, Hindi and English. Pitches.c now reads a
 * guest post's offer that asks the site its price (answer to the
 * form's address: no link needed), and German, Italian and Portuguese
 * names for guest posts; services.c reads loans in Amharic. With them
 * the set is 33 of 33 and none of 40, no longer held out. No reader of
 * an earlier set changes score; five spam of earlier sets score higher
 * (two guest posts that ask the price, gold and crypto signals, a task
 * job), none lower.
 *
 * Twelve readers written after those rules to probe them (the
 * "neighbours" below) found one flagged at their first scoring: a
 * reader's own travel agent, found cheaper than the airline, paid after
 * booking confirmation, with a landline (0.50); now the agent must be
 * on WhatsApp. While they were being written, before they were first
 * scored, four rules were tightened for what they would say: the stock
 * phrases lost "this paragraph" and "in favor of"; a holiday let needs
 * a bargain ("cancellation", "last minute") as well as a bank transfer;
 * a scholarship's fee needs a fake one's promise ("no IELTS", a visa);
 * the jobs need a call to apply or earn, not a reader's "from home";
 * signals need an accuracy or a profit, not a "%". The closest stays a
 * family's kittens free to a good home (0.45, by older rules: a phone
 * number to text).
 *
 * Then five spam and five readers of yet other kinds were written
 * after those rules, without reading the rules' words again, and
 * scored once: 2 of the 5 caught, none of the 5 flagged. That is the
 * honest figure for the filter after the round, and the two it caught
 * (driving test slots booked early for a fee on WhatsApp, 0.75; a
 * cheap Umrah package in Urdu, 0.55) were caught by older rules, none
 * by this round's. It missed a late husband's piano given away for the
 * movers' fee (0.45: an address), a truck sold cheaply by a soldier
 * "deployed overseas" at eBay's "shipping depot" (0.00), and debts
 * written off by a "government-backed IVA" (0.45: a link named like
 * its author). The readers stayed at 0.00.
 *
 * Rules for those three kinds followed in agents.c: a late relative's
 * goods given away (two of its words) for a fee the reader is to pay
 * the movers or the shipper, with an address; a vehicle with a seller
 * far away (deployed, overseas), a marketplace's "protection", escrow
 * or depot, and a price; debts written off with two of the lead
 * sellers' promises (a share "up to 85%", "freeze interest", "check if
 * you qualify") and a link, unless a free adviser (StepChange, Citizens
 * Advice) is named. The later ten are 5 of 5 and none of 5, no longer
 * honest. Three more neighbours probe them (a father's piano given to
 * a church that paid the movers, a soldier's Ford sold at home, a
 * Citizens Advice adviser on IVAs): while they were being written,
 * before they were scored, the movers' fee was narrowed to one the
 * reader pays and the free advisers were named; scored, none is
 * flagged. Before and after the whole round, no reader of an earlier
 * set changes score. bench-spam: precision 0.985, recall 1.000, unseen
 * kinds 0.989 and 1.000, untrained recall 0.685, before and after
 * alike; classify about 0.06 ms per comment both before and after,
 * measured side by side (the machine is shared and runs vary).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  { "{Great|Awesome|Wonderful} {post|article|write-up}! I {really|truly} {enjoyed|liked} reading it, "
    "{keep up the good work|thanks for sharing|you have a new fan}. {Check out|Have a look at} my "
    "{site|blog} too.",
    "best vpn 2026", "reviews@bestvpnpicks.xyz", "https://bestvpnpicks.xyz" },
  { "I am regular visitor, how are you everybody? This paragraph posted at this web page is "
    "genuinely fastidious.",
    "slot gacor maxwin", "admin@gacor88.vip", "https://gacor88.vip" },
  { "\"The council said the bypass would cut journey times by a third.\" Couldn't agree more. "
    "emergency plumber leeds https://leeds-emergency-plumber24.co.uk",
    "emergency plumber leeds", "info@leeds-emergency-plumber24.co.uk",
    "https://leeds-emergency-plumber24.co.uk" },
  { "Hello, our villa in the Algarve is free for Christmas week because of a cancellation: 4 "
    "bedrooms, heated pool, sea view, only €650 the whole week. No Airbnb fees, just a deposit by "
    "bank transfer to secure the dates. Email me for photos: maria.santos.villa@gmail.com",
    "Maria Santos", "maria.santos.villa@gmail.com", NULL },
  { "HP printer offline or not printing? Call our printer support helpline +1 (888) 555-0143, toll "
    "free 24/7. Certified technicians fix HP, Canon, Epson and Brother printers in minutes.",
    "Printer Helpdesk", "support@printer-helpdesk.net", "https://printer-helpdesk.net" },
  { "Norton antivirus auto renewal charged twice? For a refund or cancellation contact the Norton "
    "customer service number +1-877-555-0199 (toll free), available 24x7.",
    "Norton Support", "nortoncare.help@gmail.com", NULL },
  { "To change or cancel your Delta flight booking, speak to a live person at the Delta Airlines "
    "reservations number 1-855-555-0176. Airline customer care open 24 hours.",
    "Airline Reservations Desk", "desk@flyreservation-help.com", "https://flyreservation-help.com" },
  { "Your MetaMask wallet has been flagged for unusual activity. Validate your seed phrase at "
    "https://metamask-wallet-sync.io within 24 hours or your funds will be frozen.",
    "MetaMask Security", "noreply@metamask-wallet-sync.io", NULL },
  { "Having issues with stuck transactions, missing tokens or a failed airdrop claim? Connect your "
    "wallet to the DApp synchronizer at walletrectify-node.app and rectify any issue instantly, "
    "decentralised and secure.",
    "Wallet Rectify", "support@walletrectify-node.app", NULL },
  { "Problems in marriage, career or business? Talk to Pandit Ravi Shastri, gold medalist "
    "astrologer. Kundli matching, vastu dosh nivaran, numerology name correction. Paid consultation "
    "₹501 only. WhatsApp +91 98765 43210",
    "Pandit Ravi Shastri", "panditravi.astro@gmail.com", NULL },
  { "अपना भाग्य बदलें! अंक ज्योतिष से नाम सुधार और वास्तु दोष निवारण। गारंटी के साथ समाधान, सिर्फ "
    "₹299 में परामर्श। अभी व्हाट्सएप करें +91 87654 32109",
    "ज्योतिषाचार्य", "jyotish.samadhan@gmail.com", NULL },
  { "We have 2 lovely African grey parrots looking for a new home, talking and hand tame, they come "
    "with cage, toys and papers. Free adoption to a loving home, you only pay the shipping. Text "
    "(415) 555-0132.",
    "Sarah", "sarahparrots22@gmail.com", NULL },
  { "Beautiful Ukrainian and Colombian women are seeking serious marriage with Western men. Our "
    "agency arranges letters, video chat and romance tours. Register free at lovebrides-intl.com",
    "International Brides", "team@lovebrides-intl.com", "https://lovebrides-intl.com" },
  { "Cheapest flight tickets to Lagos, Nairobi, Dubai and Toronto, 40% below airline prices "
    "through our agent. Pay after booking confirmation. WhatsApp Agent Bello +234 803 555 0199",
    "Bello Travels", "bellotravels@yahoo.com", NULL },
  { "فاریکس اور گولڈ سگنلز روزانہ 95٪ درستگی کے ساتھ۔ ہمارے وی آئی پی ٹیلیگرام چینل میں شامل ہوں "
    "اور روزانہ منافع کمائیں۔ t.me/goldsignals_pk",
    "گولڈ سگنلز", "goldsignals.pk@gmail.com", NULL },
  { "توصيات الذهب والفوركس يومياً بدقة 90٪، انضم إلى قناتنا على تيليجرام واربح يومياً. للتواصل "
    "واتساب +971 50 555 0123",
    "خبير التداول", "forex.expert.uae@gmail.com", NULL },
  { "गोल्ड और फॉरेक्स सिग्नल रोज़ाना, 90% सटीकता। हमारे टेलीग्राम चैनल से जुड़ें और रोज़ कमाएँ। "
    "t.me/forexking_india",
    "Forex King", "forexking.india@gmail.com", NULL },
  { "h o t  g i r l s  near you ❤ free c h a t, no sign up 👉 t.ly/Qp9Lm",
    "Anna", "anna.x1994@mail.ru", NULL },
  { "Ѕеху ѕіnglеѕ іn уоur аrеа wаnt tо mееt tоnіght. Ѕее рhоtоѕ: dаtе-nоw.сlub",
    "Kristina", "kristina.love@inbox.lv", NULL },
  { "🔥🔥💰💰🚀🚀 👉 https://x7win.top/r/88 👈 🎁🎁",
    "💰", "x7win@x7win.top", NULL },
  { "https://cheap-rolex-replica.shop/",
    "replica watches", "sale@cheap-rolex-replica.shop", "https://cheap-rolex-replica.shop" },
  { "Hola, somos una agencia de marketing y nos gustaría publicar un artículo patrocinado (guest "
    "post) en su web con un enlace dofollow. ¿Cuál es su tarifa? Contacto: ventas@linkbuilding-pro.es",
    "Laura García", "ventas@linkbuilding-pro.es", NULL },
  { "Guten Tag, wir bieten Ihnen einen hochwertigen Gastartikel mit Backlink für Ihre Seite an. "
    "Bezahlung sofort per PayPal. Bitte teilen Sie uns Ihre Preise für einen Gastbeitrag mit.",
    "Jonas Weber", "jonas.weber.seo@gmail.com", NULL },
  { "Amazon is hiring product reviewers from home! Earn $350/day writing honest reviews, no "
    "experience needed. Apply now: amazon-reviewer-jobs.online",
    "Amazon Careers", "hr@amazon-reviewer-jobs.online", NULL },
  { "Simple data entry and typing job from home, 2 hours daily, payment weekly via M-Pesa or bank. "
    "Registration fee only KES 1,500, refundable. WhatsApp +254 712 555 019",
    "Online Jobs Kenya", "onlinejobske@gmail.com", NULL },
  { "Is your relative in police custody or remand? We get bail approved fast and cases struck out. "
    "We have contacts with magistrates and judges, 100% guaranteed result. Call Barrister Okafor "
    "0806 555 2210.",
    "Barrister Okafor", "okafor.legalfix@gmail.com", NULL },
  { "URGENT: we are buying kidney donors for $450,000 at our hospital in India. If you are interested "
    "contact Dr. Raj Kumar by email: kidneydonorhospital@gmail.com",
    "Dr. Raj Kumar", "kidneydonorhospital@gmail.com", NULL },
  { "Fully funded 2027 scholarship in Canada for international students, no IELTS required, visa "
    "and air ticket paid. Processing fee $150 only. Apply at canada-scholarship-grant.org",
    "Scholarship Board", "admissions@canada-scholarship-grant.org", NULL },
  { "Sure 2 odds daily and correct score fixed matches. Join our VIP, last week we won 7 straight. "
    "Pay ₦10,000 to subscribe, WhatsApp 0803 555 1290. Bet9ja and SportyBet booking codes daily.",
    "Sure Odds Naija", "sureoddsnaija@gmail.com", NULL },
  { "Mikeka ya uhakika kila siku! Odds 50 za leo, tumeshinda mechi 9 mfululizo. Jiunge VIP kwa Ksh "
    "500 tu, tuma kwa M-Pesa 0712 555 883.",
    "Mikeka VIP", "mikekavip@gmail.com", NULL },
  { "জরুরি টাকার দরকার? কোনো জামানত ছাড়াই ১০ মিনিটে ৫০,০০০ টাকা লোন, শুধু NID দিয়ে। আমাদের অ্যাপ "
    "ডাউনলোড করুন: bit.ly/takaloan-bd",
    "টাকা লোন", "takaloan.bd@gmail.com", NULL },
  { "Ṣé o nílò owó kíákíá? A ń yá ni lówó láìsí ìdúró, ₦50,000 sí ₦500,000 ní ìṣẹ́jú márùn-ún. "
    "Kàn sí wa lórí WhatsApp 0813 555 2291",
    "Owo Kiakia", "owokiakia@gmail.com", NULL },
  { "ፈጣን ብድር ያለ ዋስትና! እስከ 100,000 ብር በ24 ሰዓት ውስጥ። አሁኑኑ በቴሌግራም ያግኙን @fastbirr_loan",
    "ፈጣን ብድር", "fastbirr.loan@gmail.com", NULL },
};

static const Comment genuine[] = {
  { "Funny, the spam under last week's story still had the {Great|Awesome} brackets in it. Someone "
    "didn't run their spinner properly.",
    "Pete Carroll", "petec@gmail.com", NULL },
  { "I'm a regular reader from Sheffield and this is the first time I've commented. The piece on "
    "the library closures was spot on.",
    "Anne Whitely", "anne.whitely@outlook.com", NULL },
  { "\"The council said the bypass would cut journey times by a third.\" I'll believe that when I "
    "see it, the last one added ten minutes to my commute.",
    "Rob H", "robh1975@yahoo.co.uk", NULL },
  { "Almost lost £900 on a fake villa listing in Crete last summer. The 'owner' wanted a bank "
    "transfer outside Booking.com. Always pay through the platform, people.",
    "Kirsty", "kirsty.mcl@gmail.com", NULL },
  { "My HP printer went offline too after the update. In the end HP's own support site "
    "(support.hp.com) had the fix: reinstall the driver. Don't call numbers you find in comments.",
    "Graham Lowe", "g.lowe@btinternet.com", NULL },
  { "My mum got a pop-up saying her Norton had expired, with a phone number to call. It's a scam: "
    "Norton's real renewal is done in your account on norton.com.",
    "Sunita Patel", "sunita.patel@gmail.com", NULL },
  { "Delta rebooked us without any phone call at all, just through the app. We still waited two "
    "hours at the airport desk for the bags though.",
    "Mike D", "miked@comcast.net", NULL },
  { "Never, ever type your seed phrase into a website. No real wallet support will ask for it. My "
    "brother lost 2 ETH that way.",
    "Tomasz", "tomasz.k@protonmail.com", NULL },
  { "My grandmother still insists on kundli matching before any wedding in the family. For most of "
    "us it's tradition more than belief.",
    "Neha Sharma", "neha.sharma88@gmail.com", NULL },
  { "यह लेख बहुत अच्छा है। हमारे गाँव में भी लोग ज्योतिषियों को हज़ारों रुपये दे देते हैं, जागरूकता "
    "ज़रूरी है।",
    "रमेश कुमार", "ramesh.kumar@rediffmail.com", NULL },
  { "We adopted our greyhound through the RSPCA. You meet the dog first and there's a home visit; "
    "nobody asks you to pay for 'shipping'.",
    "Lucy Green", "lucy.green@sky.com", NULL },
  { "The marriage agency industry in Ukraine deserves a story of its own. Many of the women on those "
    "sites never wrote the letters sent in their names.",
    "Olena", "olena.b@ukr.net", NULL },
  { "بہت اچھی رپورٹ۔ میرے کزن نے بھی ایک ٹیلیگرام گروپ میں پیسے لگائے اور سب کچھ کھو دیا۔",
    "عمران", "imran.ali@hotmail.com", NULL },
  { "شكراً على هذا التقرير المهم. أسعار الذهب ارتفعت كثيراً هذا الشهر في دبي.",
    "سارة", "sara.m@gmail.com", NULL },
  { "😂😂😂 the photo of the mayor with the giant scissors 🎀✂️ made my day",
    "Jess", "jess.t@icloud.com", NULL },
  { "Agreed.",
    "Bill", "bill.n@aol.com", NULL },
  { "The full report is here: https://www.ons.gov.uk/employmentandlabourmarket",
    "Stats Nerd", "statsnerd@gmail.com", NULL },
  { "As someone who runs a small bakery on Hope Street, the parking changes have halved our Saturday "
    "trade. Happy to talk to your reporter.",
    "Dawn Reeves", "dawn@hopestreetbakery.co.uk", "https://hopestreetbakery.co.uk" },
  { "Muy buen artículo. En mi pueblo también cerraron la biblioteca y nadie del ayuntamiento dio "
    "explicaciones.",
    "Carmen Ruiz", "carmen.ruiz@gmail.com", NULL },
  { "Danke für den Bericht. Wir haben hier in Freiburg ganz ähnliche Probleme mit den Mieten.",
    "Markus", "markus.h@web.de", NULL },
  { "My niece was offered a 'product reviewer' job for Amazon over Telegram. They wanted her to "
    "deposit money first. We reported it to Action Fraud.",
    "Paul Jenkins", "pauljenkins@gmail.com", NULL },
  { "Kazi za data entry mtandaoni nyingi ni utapeli. Mimi nililipa 1500 na sikupata chochote. "
    "Asanteni kwa kuandika hili.",
    "Wanjiru", "wanjiru.k@gmail.com", NULL },
  { "Bail is set by a magistrate, not by anyone you can pay. My cousin's lawyer explained that the "
    "only fees are the court's.",
    "Chinedu", "chinedu.o@yahoo.com", NULL },
  { "The organ trafficking story from Nepal was heartbreaking. Men were promised jobs and came home "
    "with one kidney.",
    "Anita", "anita.g@gmail.com", NULL },
  { "The Chevening scholarship is genuinely fully funded and there's no application fee; apply only "
    "on chevening.org.",
    "Kwame Mensah", "kwame.mensah@gmail.com", NULL },
  { "Sports betting has eaten my younger brother's salary for two years now. The government needs "
    "to regulate these apps.",
    "Tunde", "tunde.a@gmail.com", NULL },
  { "Vijana wetu wanapoteza pesa nyingi kwenye kubeti. Serikali iweke sheria kali.",
    "Mwangi", "mwangi.j@gmail.com", NULL },
  { "খুব ভালো প্রতিবেদন। আমাদের এলাকায় অনেকে অ্যাপ থেকে লোন নিয়ে বিপদে পড়েছে।",
    "রহিম", "rahim.uddin@gmail.com", NULL },
  { "Ẹ ṣé fún ìròyìn yìí. Ọ̀pọ̀ èèyàn ní Ìbàdàn ti kó sí wàhálà àwọn app owó yá.",
    "Adébáyọ̀", "adebayo.o@gmail.com", NULL },
  { "በጣም ጥሩ ዘገባ ነው። እናመሰግናለን።",
    "ሰላም", "selam.t@gmail.com", NULL },
  { "좋은 기사 감사합니다. 우리 동네에서도 비슷한 일이 있었어요.",
    "김민준", "minjun.kim@naver.com", NULL },
  { "とても分かりやすい記事でした。続報を楽しみにしています。",
    "佐藤", "sato.h@yahoo.co.jp", NULL },
  { "ძალიან კარგი სტატიაა, მადლობა ავტორს.",
    "ნინო", "nino.b@gmail.com", NULL },
  { "Շատ լավ հոդված է, շնորհակալություն։",
    "Արամ", "aram.p@mail.am", NULL },
  { "Өте жақсы мақала, рахмет! Біздің қалада да осындай жағдай бар.",
    "Айгүл", "aigul.n@mail.kz", NULL },
  { "I write the odd guest post for a gardening blog, unpaid. Would the paper ever take a reader's "
    "column on allotments?",
    "Margaret Hill", "mhill.garden@gmail.com", NULL },
  { "This is N O T how you run a consultation. Three days' notice for a meeting on a Tuesday "
    "afternoon?",
    "Ian Fraser", "ianfraser@gmail.com", NULL },
  { "My horoscope said today would bring unexpected news. It did: my council tax went up 5%.",
    "Sam", "sam.w@gmail.com", NULL },
  { "If anyone gets a call claiming to be from their bank, hang up and ring the number on the back "
    "of your card. In the UK you can also call 159.",
    "Helen", "helen.r@gmail.com", NULL },
  { "Gold signals groups on Telegram are how my colleague lost his savings. Please do a follow-up "
    "on these groups.",
    "Faisal", "faisal.k@gmail.com", NULL },
};

/* Written after the round's rules without reading their words again,
 * and scored once: 2 of 5 and none of 5; 5 of 5 since */
static const Comment spam_later[] = {
  { "I'm giving away my late husband's Yamaha U1 piano to a family who will love it, it is in excellent "
    "condition. You only need to pay the moving company for delivery. Email me at "
    "margaret.piano1956@gmail.com",
    "Margaret", "margaret.piano1956@gmail.com", NULL },
  { "Can't find a driving test date? We book earlier practical test slots at any DVSA centre within 2 "
    "weeks, £85 fee, no pass no fee on rebooks. WhatsApp 07412 555 901",
    "Fast Test Slots", "fasttestslots@gmail.com", NULL },
  { "سستا عمرہ پیکج 2027! صرف 1,95,000 روپے میں ویزہ، ٹکٹ اور حرم کے قریب ہوٹل۔ محدود سیٹیں، ابھی بکنگ "
    "کروائیں واٹس ایپ 0300 5550123",
    "الحرمین ٹریولز", "alharamain.travels@gmail.com", NULL },
  { "Selling my 2019 Toyota Tacoma for only $4,300 because I'm deployed overseas with the army and can't "
    "keep it. The truck is at eBay's shipping depot with buyer protection, email for photos: "
    "sgt.mike.reynolds@outlook.com",
    "Mike Reynolds", "sgt.mike.reynolds@outlook.com", NULL },
  { "Struggling with debt? Write off up to 85% of what you owe with a government-backed IVA. Freeze "
    "interest, stop bailiffs, one affordable payment. Check if you qualify in 30 seconds: "
    "https://debtfree-check.co.uk",
    "Debt Free Check", "help@debtfree-check.co.uk", NULL },
};

static const Comment genuine_later[] = {
  { "My mother's old upright piano went to a primary school for free; we paid the removal firm ourselves, "
    "£180, and it was worth every penny.",
    "Ruth Ellis", "ruth.ellis@gmail.com", NULL },
  { "Waited five months for a driving test in Manchester. The DVSA's own booking site finally showed a "
    "cancellation at 6am, so keep checking early.",
    "Callum", "callum.b@hotmail.co.uk", NULL },
  { "ہم نے عمرہ کا پیکج ایک رجسٹرڈ ٹریول ایجنسی سے لیا، سب کچھ ٹھیک رہا۔ الحمدللہ۔",
    "نادیہ", "nadia.r@gmail.com", NULL },
  { "Sold my Corolla on Autotrader in two days. The buyer paid by bank transfer and collected it in "
    "person; no escrow nonsense.",
    "Gary", "gary.t@btinternet.com", NULL },
  { "StepChange helped my brother with a debt management plan for free. Don't pay a company that "
    "cold-calls you about an IVA.",
    "Lorna", "lorna.m@gmail.com", NULL },
};

/* Readers written after the round's rules, to probe them from the other
 * side: each near one kind, none to be flagged */
static const Comment neighbours[] = {
  { "Is the second paragraph right? This web page says the bridge opens in May, but the council's own "
    "notice says June.",
    "Alan Pritchard", "alan@pritchardlocalhistory.org.uk", "https://pritchardlocalhistory.org.uk" },
  { "As a cottage owner in Cornwall I take a deposit by bank transfer too, as most small owners do. If in "
    "doubt, ring and ask for a video tour: bookings@trevonecottage.co.uk",
    "Trevone Cottage", "bookings@trevonecottage.co.uk", "https://trevonecottage.co.uk" },
  { "Our cat had kittens and we're looking for a loving home for the last two. Free to a good home in "
    "Leeds, you'd need to collect, we don't deliver. Text 07700 900456.",
    "Becky", "becky.n@gmail.com", NULL },
  { "My wife and I met through a marriage agency in Kharkiv in 2009; the letters were real and so was the "
    "video chat. Our story is at ourkharkivyears.blogspot.com",
    "Steve and Iryna", "steve.iryna@gmail.com", NULL },
  { "Our travel agent found flights to Lagos cheaper than the airline's own site, and we paid after "
    "booking confirmation. Ask for Funmi at Skyway Travel, 020 7946 0321.",
    "Bisi Adeyemi", "bisi.adeyemi@gmail.com", NULL },
  { "The magistrates dismissed the case once the CCTV came out, and my brother's bail conditions were "
    "lifted. Thanks to his solicitor at Hall & Co, hallsolicitors.co.uk",
    "Dan Hughes", "danhughes@outlook.com", NULL },
  { "My sister gave me a kidney in 2019. Living donors have their travel and lost earnings paid back, "
    "about £600 in her case; write to me at kidneysister@gmail.com if you are thinking about it.",
    "Claire Dunn", "kidneysister@gmail.com", NULL },
  { "My daughter's university bursary came through, but the hall still wanted a £20 registration fee. "
    "Email the student office (studentfinance@uni.ac.uk) if unsure.",
    "Janet Cole", "janet.cole@gmail.com", NULL },
  { "I did data entry from home for the NHS during covid, £11 per hour, no experience needed, found "
    "through Reed: reed.co.uk",
    "Sue P", "suep@gmail.com", NULL },
  { "Gold is up 2% this week and the Fed's signals point to another cut. More on my blog.",
    "Market Musings", "rajiv@marketmusings.blog", "https://marketmusings.blog" },
  { "The 'sure odds' VIP groups are a racket. My cousin paid Ksh 500 on M-Pesa and got nothing. "
    "Call the BCLB on 0709 123 456 to report them.",
    "Otieno", "otieno.j@gmail.com", NULL },
  { "We hired two Amazon product reviewers for our launch, through Vine, not Facebook groups. Earn "
    "their trust by shipping a good product: apply at vine.amazon.com",
    "Kettle & Co", "hello@kettleandco.com", "https://kettleandco.com" },
  /* (written after the later five's rules) */
  { "We gave away my late father's piano to a church hall for free; the church paid the movers. Write if "
    "your school would like his music books: ruth.e@gmail.com",
    "Ruth", "ruth.e@gmail.com", NULL },
  { "My son is deployed overseas, so we sold his Ford on Autotrader for £6,000; the buyer test-drove it "
    "first and paid by bank transfer. Happy to help with the forms: proud.army.dad@gmail.com",
    "Keith", "proud.army.dad@gmail.com", NULL },
  { "I'm a debt adviser at Citizens Advice. An IVA can freeze interest, but so can a free debt "
    "management plan; see if you qualify at https://www.citizensadvice.org.uk/debt-and-money/",
    "Priya N", "priya.n@citizensadvice.org.uk", NULL },
};

/* The held-out figure, 20 of 33 and none of 40, as a floor */
static void
test_heldout15_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 33, genuine, G_N_ELEMENTS (genuine), 40, 20);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout15_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

static void
test_heldout15_neighbours (void)
{
  check_none_flagged (neighbours, G_N_ELEMENTS (neighbours));
}

static void
test_heldout15_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Each new kind names itself */
static void
test_heldout15_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "I am regular visitor", "stock phrases of old comment spam" },
    { spam, G_N_ELEMENTS (spam), "Hello, our villa", "lets a holiday home for a bank transfer" },
    { spam, G_N_ELEMENTS (spam), "We have 2 lovely", "gives a pet away for the cost of shipping" },
    { spam, G_N_ELEMENTS (spam), "Beautiful Ukrainian", "introduces brides from abroad" },
    { spam, G_N_ELEMENTS (spam), "Cheapest flight", "sells flights under the airlines’ price" },
    { spam, G_N_ELEMENTS (spam), "Is your relative", "sells bail or a case’s outcome" },
    { spam, G_N_ELEMENTS (spam), "URGENT: we are buying", "offers money for a kidney" },
    { spam, G_N_ELEMENTS (spam), "Fully funded", "offers a scholarship that asks for a fee" },
    { spam, G_N_ELEMENTS (spam), "Amazon is hiring", "offers easy paid work" },
    { spam, G_N_ELEMENTS (spam), "Mikeka", "sells betting tips by subscription" },
    { spam, G_N_ELEMENTS (spam), "فاریکس", "sells trading signals" },
    { spam, G_N_ELEMENTS (spam), "Guten Tag", "asks the site’s price for a guest post" },
    { spam, G_N_ELEMENTS (spam), "ፈጣን ብድር", "offers a loan without collateral" },
    { spam_later, G_N_ELEMENTS (spam_later), "I'm giving away", "gives away a late relative’s goods" },
    { spam_later, G_N_ELEMENTS (spam_later), "Selling my 2019", "sells a vehicle cheaply from far away" },
    { spam_later, G_N_ELEMENTS (spam_later), "Struggling with debt", "promises debts written off" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the words this round's rules look for cut
 * short at the end of the text */
static void
test_heldout15_tiny (void)
{
  static const char * const contents[] = {
    "", "%", "٪", "fastidious", "this web page", "villa", "bank transfer", "parrot", "pay the shipping", "brides",
    "whatsapp", "flights", "bail", "kidney", "$", "scholarship", "processing fee", "is hiring", "/day", "mikeka",
    "vip", "سگنل", "ብድር", "ያለ ዋስትና", "gastartikel", "ihre preise", "iva", "up to 85%", "deployed", "escrow",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

/* A spot check of the round, written by another hand before its rules
 * were read and scored once after them, untrained: 12 of 14 spam
 * caught, none of 10 readers flagged (the closest, a web agency's owner
 * on "free SEO audits": 0.35). Tickets sold by a stranger for PayPal's
 * "friends and family" (0.45) and a Dutch "Gefeliciteerd! Je bent
 * geselecteerd" iPhone giveaway (0.41: the giveaway words were read in
 * English and a few other languages) were missed. Now read: tickets
 * offered by their seller for a payment no one can take back, unless a
 * reader warns of it or is the one buying; being congratulated and
 * chosen in Europe's languages. Four readers probing those stay under
 * the line. */
static const Comment spot_spam[] = {
  { "Got 2 spare standing tickets for the Coldplay show at Wembley on Saturday, can't go "
    "anymore. £90 each, face value. PayPal friends and family only, I'll send them straight to "
    "your phone. Email resale.tickets.uk@gmail.com",
    "Ticket Exchange UK", "resale.tickets.uk@gmail.com", NULL },
  { "حل واجبات جامعية وبحوث ومشاريع تخرج بأسعار مناسبة وضمان الدرجة الكاملة. تواصل معنا واتساب "
    "0551234567",
    "خدمات طلابية", "halwajibat.sa@gmail.com", NULL },
  { "Заработок в интернете от 5000 рублей в день без вложений! Работа с телефона 2-3 часа. Пиши "
    "в телеграм @marina_dohod, всё расскажу.",
    "Марина", "marina.zarabotok@mail.ru", NULL },
  { "Dear friend, I am Barrister James Cole, personal attorney to a late client who died in a "
    "car accident with his family, leaving a deposit of $8.5 million. He shares your surname. "
    "Contact me urgently on jcole.chambers@outlook.com for the release of the funds.",
    "Barrister James Cole", "jcole.chambers@outlook.com", NULL },
  { "Hi, I was checking your website and found 17 SEO errors that are hurting your Google "
    "ranking. Reply to this comment or email audit@rankfixers.net for a free audit report.",
    "WebAudit Team", "audit@rankfixers.net", NULL },
  { "Seniors are ditching their joint pills for these CBD gummies featured on Shark Tank. Pain "
    "gone in 21 days. Limited bottles left: https://healthnewsdaily.live/cbd-gummies",
    "Dr. Linda", "linda@healthnewsdaily.live", "https://healthnewsdaily.live/cbd-gummies" },
  { "R.I.P. Sad news for fans this morning, the actor was found at his home. Read the full "
    "story here: https://celebdaily.click/breaking",
    "Celeb Daily", "news@celebdaily.click", "https://celebdaily.click" },
  { "Homeowners in your area now qualify for FREE government-funded solar panels. No cost, no "
    "catch. Check your eligibility today: call 0800 123 4567",
    "SolarGrants", "info@freesolargrants.co.uk", NULL },
  { "Ho iniziato a guadagnare 300€ al giorno con il trading automatico, senza nessuna "
    "esperienza. Iscriviti qui e inizia anche tu: https://autotrade-italia.top",
    "Giulia Rossi", "giulia.trading@gmail.com", NULL },
  { "专业代写论文，本科硕士博士均可，包过查重，价格优惠。加微信：lunwen2026",
    "学术服务", "lunwen@qq.com", NULL },
  { "Vous avez besoin d'un prêt entre particuliers sérieux et rapide ? De 5 000 € à 500 000 € à "
    "un taux de 2 %. Contactez-moi par e-mail : pret.rapide.particulier@gmail.com",
    "Prêt Rapide", "pret.rapide.particulier@gmail.com", NULL },
  { "Gefeliciteerd! Je bent geselecteerd om een gratis iPhone 17 te winnen. Vul vandaag nog je "
    "gegevens in op https://prijsactie-nl.com",
    "Jouw Prijs", "winnaar@prijsactie-nl.com", "https://prijsactie-nl.com" },
  { "메이저 토토사이트 추천 가입머니 3만원 지급 안전놀이터 먹튀검증 완료 https://safe-toto.kr",
    "토토 추천", "toto@safe-toto.kr", "https://safe-toto.kr" },
  { "Great article! By the way, I have a 2 bedroom apartment near the harbour for rent at "
    "$650/month, utilities included. I'm abroad for work so I'll mail the keys after the "
    "deposit. Text me 415-555-0133",
    "Mike", "mike.rentals44@gmail.com", NULL },
};

static const Comment spot_genuine[] = {
  { "My father got an email from a \"barrister\" about an inheritance from someone with our "
    "surname. Thankfully he showed it to me before replying. These scams target the elderly.",
    "Patricia Long", "plong@verizon.net", NULL },
  { "I run a small web agency and half our new clients come to us after paying someone for a "
    "\"free SEO audit\" that fixed nothing. Be careful who you hire.",
    "Sam Okoro", "sam.okoro@gmail.com", NULL },
  { "Our vet suggested CBD oil for our old labrador's arthritis and it honestly helped. Ask "
    "your vet first though, the dose matters.",
    "Claire", "claire.b@hotmail.com", NULL },
  { "We got our panels through the council's Solar Together scheme last year, details on "
    "https://www.solartogether.co.uk. Took four months but worth it.",
    "Dennis Hart", "dennis.hart@btinternet.com", NULL },
  { "مجموعات حل الواجبات على واتساب صارت منتشرة في الجامعة، والأساتذة يشتكون. المشكلة أن الطلاب "
    "لا يتعلمون شيئاً.",
    "أحمد", "ahmed.k@gmail.com", NULL },
  { "Работаю фрилансером третий год, зарабатываю меньше, чем в офисе, но зато дома с детьми. "
    "Статья правдивая.",
    "Игорь", "igor.v@yandex.ru", NULL },
  { "Mio cugino ha perso 20.000 euro con il trading online dopo una pubblicità su Facebook. "
    "Qualcuno dovrebbe fermare queste truffe.",
    "Marco", "marco.bianchi@libero.it", NULL },
  { "불법 토토사이트 단속 기사 잘 읽었습니다. 주변에도 빚진 사람이 많아요.",
    "민수", "minsu.park@naver.com", NULL },
  { "The BBC has the full story with the council's response here: "
    "https://www.bbc.co.uk/news/uk-england-bristol",
    "Rachel", "rachel.m@gmail.com", NULL },
  { "Does anyone know where to get tickets for the harbour festival? The official site "
    "https://www.harbourfest.org.uk says sold out but there might be returns.",
    "Owen", "owen.t@outlook.com", NULL },
};

/* Readers probing the spot check's rules from the other side */
static const Comment spot_neighbours[] = {
  { "I lost £180 buying Taylor Swift tickets from a stranger who wanted PayPal friends and "
    "family. Only buy on the official resale site!",
    "Beth", "beth.h@gmail.com", NULL },
  { "Anyone have two tickets for the cup final? Happy to pay face value by bank transfer once "
    "I've seen them on the club's app. Email me at tom.w@yahoo.com",
    "Tom", "tom.w@yahoo.com", NULL },
  { "Gefeliciteerd aan de ploeg van de veerdienst, wat een mooi resultaat! Meer foto's op "
    "https://www.rijnmond.nl",
    "Noor", "noor.a@gmail.com", NULL },
  { "Ik ben geselecteerd voor het burgerpanel van de gemeente, informatie staat op "
    "https://www.rotterdam.nl/burgerpanel",
    "Jan", "jan.devries@ziggo.nl", NULL },
};

static void
test_heldout15_spot_check (void)
{
  check_spot_set (spot_spam, G_N_ELEMENTS (spot_spam), spot_genuine, G_N_ELEMENTS (spot_genuine),
                  spot_neighbours, G_N_ELEMENTS (spot_neighbours));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout15/untrained", test_heldout15_untrained);
  g_test_add_func ("/spam-heldout15/after", test_heldout15_after);
  g_test_add_func ("/spam-heldout15/later", test_heldout15_later);
  g_test_add_func ("/spam-heldout15/neighbours", test_heldout15_neighbours);
  g_test_add_func ("/spam-heldout15/reasons", test_heldout15_reasons);
  g_test_add_func ("/spam-heldout15/tiny", test_heldout15_tiny);
  g_test_add_func ("/spam-heldout15/spot-check", test_heldout15_spot_check);

  return g_test_run ();
}
