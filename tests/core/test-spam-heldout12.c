/* test-spam-heldout12.c: the spam filter against a twelfth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eighty comments written before the twelfth round read the rules, of
 * what a newsroom's WordPress gets past an arithmetic captcha in late
 * 2026: thirty-five spam (praise a language model wrote, under an author
 * named for a trade's keywords; casinos and betting in Hindi, Bengali,
 * Portuguese, Thai and Korean; essays and "take my online class";
 * recovery services for the victims of scams; escorts and dating with
 * the link spaced out or "[.]"; passports and IDs; fake support for
 * Microsoft and a refund for an antivirus "renewal"; solar and heat pump
 * grants for homeowners; Telegram spelt a letter at a time and WhatsApp
 * in emoji digits; a sentence of the story with a link, bare or in
 * Markdown; Markdown and BBCode links; trading in Arabic, betting in
 * Persian, earnings in Urdu and Japanese, essays in Chinese, a loan in
 * German, a clairvoyant in French, love spells in Spanish; "v1agra"; a
 * hash for an author; mathematical bold letters) and forty-five readers
 * (a food bank's and two petitions' links, a public bus pass's price and
 * number, NHS 111, a Rotary minibus, a Markdown link to gov.uk; crypto
 * casinos, payday loans, betting sponsors, essay mills, recovery scams,
 * fake Microsoft calls, solar panels, viagra, fake IDs and dating apps
 * as news; in capitals; two long letters; in all the spam's languages;
 * a florist and a café on their own street under their websites; a
 * link alone, "Great article!" alone; a street's WhatsApp group, a
 * quotation of the story, prayer emoji, a short handle for a name).
 *
 * Untrained, before any change, the filter caught 21 of the 35 and
 * flagged 1 of the 45: that is the held-out figure. It flagged a reader
 * who wrote "Signed." above a change.org petition (0.66, "nothing but a
 * link"). It missed both pieces of model praise under a keyword author
 * (0.45 each); the Hindi casino (0.15) and the Bengali betting site
 * (0.45); a blockchain "forensics team" to "recover your lost crypto"
 * (0.35); escorts at "h t t p s : / / sexy-dates . online" (0.00);
 * Microsoft's fake technicians (0.00) and a Norton "billing department"
 * (0.45); solar panels with "$0 down" (0.00) and an ECO4 boiler grant
 * (0.00); WhatsApp in emoji digits (0.00); a sentence of the story over
 * a Markdown payday link (0.49); a Japanese side job on LINE (0.15); and
 * a French clairvoyant (0.45). The readers closest to the line: the
 * street's WhatsApp group (0.45), sildenafil over the counter (0.41),
 * both readers in capitals (0.40), "Great article, thank you." under a
 * blog (0.35), crypto casinos (0.35) and payday loans (0.35).
 *
 * The round's rules are kinds, not these comments' words. A link alone
 * to where readers link (a petition, a post, a video) weighs half
 * (shape.c). Gambling's sign-up bonus is read in Hindi, Bengali and
 * Urdu (pitches.c). Help lines are for computers and Microsoft's
 * software too, and a North American toll-free number beside such a
 * product weighs one more help-line phrase (patterns.c). In
 * services.c: solar panels, heat pumps and insulation offered to
 * homeowners who "qualify", free or subsidised, with an address that is
 * no non-profit's; a brand's computer fixed by phone by "certified" or
 * "remote" technicians; money lost to a scam offered back by a firm in
 * its own voice. A clairvoyant's or an astrologer's readings with a
 * number and a site or an ask to call (trades.c). An address spaced
 * out ("h t t p s : / /", "sexy-dates . online") is spelt out
 * (disguise.c); digits in keycap emoji are read as digits, and a number
 * so written weighs 0.45. A Markdown link behind a seller's words to a
 * shop, in a comment that tells nothing of the writer's own, is a link
 * behind words (lures.c). An author's name of four words or more that
 * are the keywords of the website given with it (shape.c). Side jobs
 * in Japanese, Chinese and Korean are money made at home, and LINE's
 * "lin.ee" a messenger's link. With them the set is 35 of 35 and none
 * of 45, no longer held out, and no earlier set's comment changes
 * verdict but one more fake Norton line caught (heldout9's, 0.55); no
 * earlier reader's score moves.
 *
 * Readers written to probe the rules from the other side (the
 * "neighbours" below) found five flagged: a community energy co-op's
 * insulation scheme at its ".org.uk" (0.61), a repair shop whose
 * "technicians there are lovely" fixed a Dell's virus (0.50), an aunt's
 * tarot reader's number passed on (0.50), "I bought mine at [the outlet
 * on Queen Street](…)" (0.67), and a food bank's volunteers signing
 * with its name (0.30, under the line but the keyword rule's). Now a
 * non-profit's scheme is none, the technicians must be certified or
 * remote, a reading needs a site or an ask to call, a Markdown link
 * counts only in a comment with nothing of the writer's own, and the
 * keyword name needs an advert's word or a shop's host.
 *
 * Then five spam and five readers of the same kinds were written after
 * those rules and scored once: none of the 5 caught, none of the 5
 * flagged. That is the honest figure for the rules. They missed solar
 * "with no out-of-pocket cost thanks to the 30% federal tax credit.
 * Find out what you'd save" (no word of qualifying: 0.00), a recovery
 * firm in Spanish ("Nuestro equipo … recupera tu dinero": the verb
 * inflected and "víctima" singular, 0.00), an HP printer's "instant
 * remote assistance" on a toll-free number (0.45), the Brazilian
 * "tigrinho" slot with "bônus de cadastro" and "link na bio" (0.00),
 * and a locksmith's eight-word keyword name with two of its words in
 * the host and no advert's word (0.40). No reader was flagged ("a
 * 'recovery agent' took another £3,000" and a blog's "Well written and
 * fair" at 0.35 the closest).
 *
 * Rules for those five kinds followed (what a lead seller says you'd
 * save "at no cost", recovery firms' verbs in Spanish, Portuguese and
 * French, a brand's printer with "issues" and "remote assistance",
 * Brazil's slot "platforms", a keyword name with two words in a shop's
 * host), bringing the later ten to 5 of 5 and none of 5, a figure no
 * longer honest. So five spam and five readers more were written after
 * them and scored once: 4 of the 5 caught, none of the 5 flagged. They
 * missed a "gifted psychic" giving "love readings by phone" (0.45: a
 * psychic named without "reading" after it, nor a clairvoyant); the
 * recovery bureau was caught by an older rule (money offered to
 * whoever writes), not this round's.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* praise a language model wrote, under an author named for keywords */
  { "This is such a thoughtful and well-structured piece. I really appreciate how you balanced the different "
    "perspectives and presented the facts so clearly. Looking forward to reading more of your work!",
    "Best Water Damage Restoration Services Austin TX", "contact@austinwaterdamagepros.com",
    "https://austinwaterdamagepros.com" },
  { "What a comprehensive overview! Your attention to detail really shines through, and the points about local "
    "transport resonate deeply with me. Keep up the excellent work.",
    "Affordable SEO Agency London | Digital Marketing Experts", "hello@londonseoexperts.co.uk",
    "https://londonseoexperts.co.uk/services/" },
  /* casinos and betting in Hindi, Bengali, Portuguese, Thai and Korean */
  { "भारत का सबसे भरोसेमंद ऑनलाइन कैसीनो! पहली जमा पर 200% बोनस और तुरंत निकासी। अभी खेलें और जीतें: "
    "https://teenpatti-raja.in",
    "तीन पत्ती राजा", "support@teenpatti-raja.in", NULL },
  { "ক্রিকেট বেটিং করে প্রতিদিন জিতুন! নতুন সদস্যদের জন্য ৫০০ টাকা ফ্রি বোনাস, বিকাশে দ্রুত উত্তোলন। "
    "এখনই রেজিস্টার করুন: https://bajibet-bd.com",
    "BajiBet BD", "bajibetbd.agent@gmail.com", NULL },
  { "Aposte no Brasileirão com bônus de R$500 no primeiro depósito e saque via Pix na hora! Cadastre-se "
    "agora: https://ganhabet.bet.br/cadastro",
    "Ganha Bet", "afiliados@ganhabet.bet.br", NULL },
  { "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครสมาชิกใหม่รับโบนัส 100% ทันที https://pgslot-auto99.com",
    "สล็อต99", "admin@pgslot-auto99.com", NULL },
  { "먹튀 없는 메이저 카지노사이트 추천! 신규 가입 시 첫충 30% 보너스, 24시간 빠른 환전. 가입코드 VIP77 "
    "https://major-casino365.com",
    "메이저카지노", "vip77.casino@gmail.com", NULL },
  /* essays and homework */
  { "Struggling with your dissertation? Our UK-based PhD writers deliver 100% plagiarism-free essays in any "
    "subject within 24 hours. Get 20% off your first order at top-grade-essays.co.uk",
    "Top Grade Essays", "orders@top-grade-essays.co.uk", NULL },
  { "Can someone take my online class for me? Yes! We complete your assignments, quizzes and proctored exams "
    "and guarantee an A or B. Text us on WhatsApp +1 (347) 555-0178",
    "Class Help Pros", "classhelppros@gmail.com", NULL },
  /* recovery services for the victims of scams */
  { "Lost your savings to a fake crypto investment platform? Our certified blockchain forensics team has "
    "helped over 3,000 victims recover their lost crypto. Free case evaluation at chainrecover-experts.com",
    "ChainRecover Experts", "cases@chainrecover-experts.com", NULL },
  { "If you were scammed by an online broker or a romance scammer, don't give up. Funds recovery is possible "
    "through chargeback and tracing, we only charge after your money is back. Email "
    "refundassist.team@proton.me",
    "Refund Assist", "refundassist.team@proton.me", NULL },
  /* escorts and dating, the link obfuscated */
  { "Hot girls in your city are waiting for you tonight 💋 no registration, real photos → h t t p s : / / "
    "sexy-dates . online",
    "Kristina", "kristina.xo.94@mail.ru", NULL },
  { "Hi 😊 I'm Katya, 24, new in town and a bit bored tonight... check my profile and write me 😘 "
    "katya-private[.]club/id7734",
    "Katya", "katya.7734@yandex.ru", NULL },
  /* counterfeit documents and IDs */
  { "Buy real registered passports, driver's licences, ID cards and residence permits, registered in the "
    "database and fully verifiable. Fast and discreet delivery. Contact: docs4all@protonmail.com",
    "Genuine Documents", "docs4all@protonmail.com", NULL },
  /* fake tech support */
  { "Seeing a virus warning on your Windows PC? Don't click anything. Call Microsoft certified technicians "
    "at +1 (844) 555-0192 toll free, remote fix in 15 minutes.",
    "PC Support", "pcsupport.help24@gmail.com", NULL },
  { "Was your Norton or McAfee subscription auto-renewed without permission? For a refund call the billing "
    "department at 1-888-555-0146, open 24/7.",
    "Refund Desk", "refund.desk.billing@outlook.com", NULL },
  /* solar and heat pump lead generation */
  { "Homeowners in Phoenix: the new 2026 solar incentive lets you install panels with $0 down and cut your "
    "electric bill by up to 90%. See if your home qualifies in 30 seconds: solarsavings-az.com",
    "Arizona Solar Savings", "leads@solarsavings-az.com", NULL },
  { "Did you know you may be eligible for a FREE boiler or heat pump under the government ECO4 scheme? Check "
    "your eligibility in under a minute at eco4-grants-uk.co.uk, no obligation.",
    "ECO4 Grants UK", "info@eco4-grants-uk.co.uk", NULL },
  /* Telegram and WhatsApp written to slip past a check */
  { "My trading signals made 40% this month, 95% accuracy, free for the first week. Message me on "
    "T e l e g r a m : @ f x _ m a r k _ p r o",
    "Mark FX", "markfx.signals@gmail.com", NULL },
  { "Earn $300 daily from home with just your phone, no experience needed! WhatsApp me: ➕4️⃣4️⃣ 7️⃣4️⃣0️⃣0️⃣ "
    "1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣",
    "Rebecca", "rebecca.earns@gmail.com", NULL },
  /* a sentence of the story, and a link */
  { "The council said the new bus lanes would cut journey times by 15 per cent. "
    "https://cheapcarleasedeals.co.uk",
    "Car Lease Deals", "info@cheapcarleasedeals.co.uk", NULL },
  { "Residents have waited three years for the bridge to reopen, the councillor said. [Read more]"
    "(https://bestpaydayloans-online.com)",
    "Daniel", "daniel.w.88@gmail.com", NULL },
  /* links hidden as Markdown and BBCode */
  { "Thanks for the update, very helpful! [click here](https://replica-rolex-store.com) for more.",
    "Jason", "jason.m.1985@gmail.com", NULL },
  { "[url=https://cheap-ugg-boots-outlet.com]nice post[/url] thanks",
    "boots", "bootsoutlet2026@gmail.com", NULL },
  /* Arabic, Persian, Urdu, Chinese, Japanese, German, French, Spanish */
  { "اربح 500 دولار يومياً من تداول العملات الرقمية بدون خبرة! انضم الآن إلى قناتنا على تيليجرام واحصل على "
    "توصيات مجانية @arab_crypto_vip",
    "أرباح يومية", "arab.crypto.vip@gmail.com", NULL },
  { "بهترین سایت شرط بندی فوتبال با ضریب بالا و بونوس ۱۰۰٪ اولین واریز، برداشت سریع. ثبت نام: "
    "https://bet-iran90.com",
    "شرط بندی ۹۰", "support@bet-iran90.com", NULL },
  { "گھر بیٹھے آن لائن کمائی کریں، روزانہ 5000 روپے، کوئی تجربہ ضروری نہیں۔ ابھی واٹس ایپ کریں 0300 1234567",
    "آن لائن کمائی", "online.kamai.pk@gmail.com", NULL },
  { "专业代写论文、作业、毕业设计，保证原创，查重率低于5%，通过率100%。加微信 lunwen8888 咨询",
    "论文代写", "lunwen8888@qq.com", NULL },
  { "副業で月収50万円！スマホだけで誰でも簡単に稼げる方法を公式LINEで無料公開中。今すぐ友だち追加 "
    "https://lin.ee/AbC12xY",
    "副業サポート", "fukugyou.support@gmail.com", NULL },
  { "Sofortkredit ohne Schufa bis 10.000 €, Auszahlung in 24 Stunden, auch bei negativer Bonität. Jetzt "
    "unverbindlich beantragen: https://kredit-sofort-ohne-schufa.de",
    "Kredit Sofort", "service@kredit-sofort-ohne-schufa.de", NULL },
  { "Voyance sérieuse par téléphone, médium pur de naissance, première consultation gratuite et sans "
    "attente. Appelez le 08 92 68 12 34 ou rendez-vous sur voyance-claire-lumiere.fr",
    "Voyance Lumière", "contact@voyance-claire-lumiere.fr", NULL },
  { "Amarres de amor efectivos, recupera a tu pareja en 7 días con el maestro Julián, trabajos garantizados. "
    "Escríbeme al WhatsApp +51 987 654 321",
    "Maestro Julián", "maestrojulian.amarres@gmail.com", NULL },
  /* pharmacy, misspelt */
  { "Buy v1agra and c1alis online, cheap generic pills, no rx needed, overnight shipping: meds-4-men.net",
    "pharma", "pharma.deals@mail.ru", NULL },
  /* a hash for an author */
  { "nice post thx",
    "xkqzjvbwpt", "xkqzjvbwpt@mail.ru", "https://ghjtyu-shop.com" },
  /* mathematical letters that look like words */
  { "𝐁𝐞𝐬𝐭 𝐨𝐧𝐥𝐢𝐧𝐞 𝐜𝐚𝐬𝐢𝐧𝐨 𝐛𝐨𝐧𝐮𝐬 𝐭𝐨𝐝𝐚𝐲, 𝐟𝐫𝐞𝐞 𝐬𝐩𝐢𝐧𝐬 𝐟𝐨𝐫 𝐞𝐯𝐞𝐫𝐲 𝐧𝐞𝐰 𝐩𝐥𝐚𝐲𝐞𝐫 👉 luckyspin-777.com",
    "Lucky Spin", "luckyspin777@gmail.com", NULL },
};

static const Comment genuine[] = {
  /* a charity, a petition, a public service's price or number */
  { "The food bank on Mill Lane is desperate for tins and nappies this winter. You can donate online here: "
    "https://millbrookfoodbank.org.uk/donate",
    "Sue", "sue.p@btinternet.com", NULL },
  { "I've started a petition to keep the library open, please sign and share: "
    "https://petition.parliament.uk/petitions/712345",
    "Hannah", "hannah.c@gmail.com", NULL },
  { "Signed. https://www.change.org/p/keep-st-mary-s-maternity-unit-open",
    "Jo", "jo.kendall@outlook.com", NULL },
  { "The older person's bus pass is free in England, but in Jersey it costs £35 a year. Applications are by "
    "phone on 01534 445566, Monday to Friday.",
    "Peter", "peter.l@jerseymail.je", NULL },
  { "NHS 111 is free from landlines and mobiles. If you're in a mental health crisis, call 111 and press 2, "
    "someone will answer day or night.",
    "Carol", "carol.b@gmail.com", NULL },
  { "The Rotary club runs a free minibus to the hospital every Tuesday and Thursday for anyone over 70. Book "
    "a seat on 01632 960555 before noon the day before.",
    "Ken", "ken.r@rotarymail.org.uk", NULL },
  { "The full report is [here](https://www.gov.uk/government/publications/local-bus-services-2026) if anyone "
    "wants the numbers.",
    "Oliver", "oliver.t@proton.me", NULL },
  /* crypto, loans, casinos, essays, recovery, tech support, solar: critically */
  { "Crypto casinos are completely unregulated. My nephew lost £8,000 on one in a single weekend and there's "
    "nobody to complain to. The Gambling Commission should block them.",
    "Angela", "angela.w@gmail.com", NULL },
  { "Payday loans at 1,200% APR should be illegal. Citizens Advice helped me sort out my debts for free, "
    "their number is 0800 144 8848.",
    "Dean", "dean.h@yahoo.co.uk", NULL },
  { "Every football shirt in the league has a betting sponsor now. No wonder kids know the odds before they "
    "know their times tables.",
    "Martin", "martin.g@gmail.com", NULL },
  { "I teach at a university and essay mills are everywhere. Students pay £300 for a dissertation chapter "
    "and then get blackmailed by the same 'writers'.",
    "Dr Priya Nair", "p.nair@gmail.com", NULL },
  { "After my mum lost money to a fake investment site, a 'recovery company' phoned her offering to get it "
    "back for a fee. It's a second scam. Report everything to Action Fraud and nobody else.",
    "Stephen", "stephen.a@gmail.com", NULL },
  { "My dad got a pop-up saying his computer was infected and to call Microsoft. Microsoft never phones you "
    "and never puts numbers in pop-ups. He lost £400 before we stopped it.",
    "Louise", "louise.f@gmail.com", NULL },
  { "We put solar panels on in 2023. They cost £7,200 and our bills fell by about a third, so payback is "
    "nine years or so, not the three the door-to-door salesmen promise.",
    "Graham", "graham.p@gmail.com", NULL },
  { "The NHS made sildenafil available over the counter years ago. There is no reason to buy 'viagra' from "
    "a website that spams comment sections.",
    "Howard", "howard.k@gmail.com", NULL },
  { "Trading Standards seized 3,000 fake ID cards sold to students through Instagram. Scary how easy it is "
    "to get one.",
    "Beth", "beth.s@gmail.com", NULL },
  { "I met my husband on a dating app in 2019, so they're not all bad, but the fake profiles asking you to "
    "move to WhatsApp are out of control now.",
    "Claire", "claire.d@gmail.com", NULL },
  /* capitals, long letters */
  { "WHY DOES NOBODY FROM THE COUNCIL ANSWER THE PHONE? I HAVE RUNG FOURTEEN TIMES ABOUT THE FLOODING ON "
    "ASH GROVE AND NOBODY HAS CALLED BACK.",
    "Brenda", "brenda.m@aol.com", NULL },
  { "GREAT NEWS FOR THE VILLAGE, WELL DONE TO EVERYONE WHO CAMPAIGNED FOR THE CROSSING!!!",
    "Alf", "alf.t@gmail.com", NULL },
  { "I have lived on Station Road for forty-one years and I have never written to a newspaper before, but "
    "this story made me angry enough to start.\n\n"
    "When the bus depot closed in 2019 we were promised that the route would be kept. It was cut to one bus "
    "an hour in 2021 and to one every two hours this spring. My neighbour, who is 88, now waits in the cold "
    "for a bus that may not come, because the timetable online is wrong half the time.\n\n"
    "The council says it has no money. Yet it found £2.4 million for the new roundabout outside the retail "
    "park. I would ask the councillors quoted in your article to try getting to the hospital by bus one "
    "Tuesday morning, and then tell us again what their priorities are.\n\n"
    "Yours, a very tired pensioner.",
    "Margaret Evans", "m.evans1941@btinternet.com", NULL },
  { "Thank you for covering this properly. A few facts your readers might want:\n\n"
    "1. The rent on a two-bed flat in our block went from £950 to £1,375 in three years.\n"
    "2. The landlord's agent told us the increase was 'in line with the market', but the ONS figures for the "
    "region show rents up about 18% over the same period, not 45%.\n"
    "3. Shelter's helpline (0808 800 4444) told us we could challenge it at a tribunal, which we are now "
    "doing.\n\n"
    "If anyone else in Clarence Court got the same letter, please get in touch through the residents' "
    "association. We are stronger together.",
    "Tariq Hussain", "tariq.hussain@gmail.com", NULL },
  /* in the languages of the spam */
  { "यह खबर पढ़कर दुख हुआ। हमारे मोहल्ले में भी ऑनलाइन सट्टे के ऐप से कई लड़कों ने कर्ज़ ले लिया है। सरकार को इन ऐप्स "
    "पर रोक लगानी चाहिए।",
    "राजेश कुमार", "rajesh.k@gmail.com", NULL },
  { "ঢাকার যানজট দিন দিন বাড়ছে, অফিসে যেতে এখন দুই ঘণ্টা লাগে। মেট্রোরেলের নতুন লাইন কবে চালু হবে?",
    "তানিয়া", "tania.rahman@gmail.com", NULL },
  { "As bets estão destruindo famílias. Meu cunhado perdeu o salário inteiro no \"tigrinho\" e agora deve "
    "no cartão. O governo demorou demais para regulamentar.",
    "Fernanda", "fernanda.lima@gmail.com", NULL },
  { "ขอบคุณสำหรับข่าวนี้ค่ะ ค่าไฟเดือนนี้ขึ้นมาเกือบสองเท่า บ้านเราไม่ได้ใช้ไฟเพิ่มเลย อยากให้การไฟฟ้าชี้แจง",
    "สมหญิง", "somying.k@gmail.com", NULL },
  { "좋은 기사 감사합니다. 우리 동네 버스 노선도 줄어서 어르신들이 병원 가기가 너무 힘들어요.",
    "김민지", "minji.kim@naver.com", NULL },
  { "شكراً على هذا التقرير المهم. ابن عمي خسر مدخراته في منصة تداول وهمية على تيليجرام، يجب توعية الناس.",
    "خالد", "khaled.m@gmail.com", NULL },
  { "اجاره‌ها در تهران امسال دو برابر شده و حقوق ما همان است. کسی به فکر مستأجرها نیست.",
    "رضا", "reza.a@gmail.com", NULL },
  { "بہت اچھی رپورٹ۔ ہمارے علاقے میں بجلی کا بل اس مہینے دگنا آیا ہے، حکومت کو کچھ کرنا چاہیے۔",
    "فاطمہ", "fatima.n@gmail.com", NULL },
  { "感谢报道。我们小区门口的公交站撤了以后，老人去医院要走二十分钟，希望有关部门重视。",
    "王丽", "wangli@163.com", NULL },
  { "記事を読みました。うちの近所でも副業詐欺の被害がありました。LINEで知らない人から連絡が来ても無視してください。",
    "佐藤", "sato.h@gmail.com", NULL },
  { "Danke für den Artikel. Die Mieten in Leipzig sind in fünf Jahren um 30 Prozent gestiegen, und die "
    "Stadt schaut zu.",
    "Jens", "jens.mueller@web.de", NULL },
  { "Merci pour cet article. Ma grand-mère a appelé un faux « voyant » qui lui a pris 600 euros par "
    "téléphone. Il faudrait interdire ces numéros surtaxés.",
    "Camille", "camille.durand@orange.fr", NULL },
  { "Muy buen reportaje. En mi barrio llevan dos meses sin recoger la basura y el ayuntamiento no contesta.",
    "Lucía", "lucia.g@gmail.com", NULL },
  /* businesses on their own street */
  { "I own the florist on Bridge Street. Since the road closed our takings are down 40%. The council "
    "promised us compensation in March and we've heard nothing since.",
    "Rosie Bloom", "rosie@rosiesflowers.co.uk", "https://rosiesflowers.co.uk" },
  { "We're the café at number 12 and we're staying open all through the roadworks, the side entrance on "
    "Church Lane is open. Thank you to everyone who has kept coming.",
    "The Corner Café", "hello@thecornercafe-ilkley.co.uk", "https://thecornercafe-ilkley.co.uk" },
  /* a link alone, praise alone */
  { "https://www.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/october2026",
    "Rob", "rob.t@gmail.com", NULL },
  { "https://www.bbc.co.uk/news/uk-england-leeds-68123456",
    "Nick", "nick.h@gmail.com", NULL },
  { "Great article!",
    "Diane", "diane.w@gmail.com", NULL },
  { "Great article, thank you.",
    "Sam", "sam.whitfield@gmail.com", "https://samwhitfield.blog" },
  /* neighbours, numbers, short and odd */
  { "Residents of Elm Road: we have a WhatsApp group for flood updates. Message me on 07700 900123 and I'll "
    "add you.",
    "Lesley", "lesley.g@gmail.com", NULL },
  { "\"Residents have waited three years for the bridge to reopen\" - it's four years actually, the bridge "
    "shut in October 2022.",
    "Colin", "colin.b@gmail.com", NULL },
  { "🙏🙏 thinking of the families",
    "Josie", "josie.r@gmail.com", NULL },
  { "Source please?",
    "xj92", "xj92@proton.me", NULL },
  { "The fire service posts its updates on Telegram now, far quicker than the website.",
    "Andy", "andy.c@gmail.com", NULL },
};

/* Written after the round's rules, of the same kinds, and scored once */
static const Comment spam_after[] = {
  { "Florida homeowners are getting solar installed with no out-of-pocket cost thanks to the 30% federal tax "
    "credit. Find out what you'd save: sunshine-state-solar.net",
    "Sunshine State Solar", "quotes@sunshine-state-solar.net", NULL },
  { "¿Fuiste víctima de una estafa con criptomonedas? Nuestro equipo de abogados especializados recupera tu "
    "dinero en semanas. Consulta gratis: recuperafondos-legal.com",
    "Recupera Fondos", "contacto@recuperafondos-legal.com", NULL },
  { "Facing issues with your HP printer or the Windows 11 update? Our experts provide instant remote "
    "assistance. Dial +1-877-555-0163 now.",
    "Printer Help", "printerhelp.usa@gmail.com", NULL },
  { "Jogo do tigrinho pagando muito hoje! Plataforma nova com bônus de cadastro e saque rápido pelo Pix. Link "
    "na bio do nosso perfil @tigrinho.pagante",
    "Tigrinho Pagante", "tigrinho.pagante@gmail.com", NULL },
  { "Really enjoyed this read, it was clear, balanced and genuinely informative. Thanks for putting it together.",
    "Top Rated Emergency Locksmith Manchester 24 Hour", "jobs@manchester-locksmith-24hr.co.uk",
    "https://manchester-locksmith-24hr.co.uk" },
};

static const Comment genuine_after[] = {
  { "The solar panels on our school roof were paid for by the PTA and a community share offer. Details at "
    "https://ourschoolsolar.org.uk if other schools want to copy it.",
    "Fiona", "fiona.g@gmail.com", NULL },
  { "My friend's 'recovery agent' took another £3,000 after she was scammed. Nobody can get crypto back for "
    "a fee; report it to Action Fraud.",
    "Lorraine", "lorraine.b@gmail.com", NULL },
  { "Windows 11 broke the printer driver at our library too. The council's IT helpdesk told us to roll back "
    "the update.",
    "Graham", "graham.t@gmail.com", NULL },
  { "A rádio local disse que o tigrinho já levou o salário de metade do bairro. Cadê a fiscalização?",
    "Joana", "joana.m@gmail.com", NULL },
  { "Well written and fair. Thank you.",
    "Marjorie", "marjorie.w@gmail.com", "https://marjoriesgarden.blogspot.com" },
};

/* Scored once after the round's rules: the honest figure */
static void
test_heldout12_third (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_after, G_N_ELEMENTS (spam_after),
                                      genuine_after, G_N_ELEMENTS (genuine_after), &flagged);

  /* 0 when first scored; 5 since the rules that followed */
  g_assert_cmpuint (caught, >=, 5);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Written after the rules the later ten brought, and scored once */
static const Comment spam_fourth[] = {
  { "Homeowners in Kent: the £7,500 Boiler Upgrade grant now covers most of a heat pump. Check whether your "
    "property is eligible and get a no-obligation quote at kent-heatpump-grants.co.uk",
    "Kent Heat Pumps", "hello@kent-heatpump-grants.co.uk", NULL },
  { "Were you tricked by a fake trading app? Funds can be traced and returned. Our licensed investigators have "
    "returned $12m to clients this year. Book a call: assetreturn-bureau.com",
    "Asset Return Bureau", "cases@assetreturn-bureau.com", NULL },
  { "Netgear router keeps dropping? Get instant help from certified network technicians, call toll free "
    "1-866-555-0128 (24/7).",
    "Router Help", "routerhelp.desk@gmail.com", NULL },
  { "Gifted psychic and spiritual healer, 30 years of experience. Accurate love readings by phone, first 5 "
    "minutes free. Call Madame Rosa on +44 7700 900456 or visit psychicrosa.co.uk",
    "Madame Rosa", "rosa@psychicrosa.co.uk", NULL },
  { "A clear and thoughtful read, thank you for explaining this so well.",
    "Cheap Car Hire Glasgow Airport Deals", "bookings@glasgow-airport-carhire.co.uk",
    "https://glasgow-airport-carhire.co.uk" },
};

static const Comment genuine_fourth[] = {
  { "The heat pump grant is real, £7,500 from the Boiler Upgrade Scheme, but we still paid £4,000 on top. "
    "Check https://www.gov.uk/apply-boiler-upgrade-scheme before signing anything.",
    "Alison", "alison.f@gmail.com", NULL },
  { "My mother got an email from 'asset recovery investigators' promising to return what she lost in a crypto "
    "scam. We reported it to Action Fraud.",
    "Dan", "dan.k@gmail.com", NULL },
  { "Our broadband went down for three days and the provider's 0800 number just kept us on hold. Terrible "
    "service.",
    "Moira", "moira.s@gmail.com", NULL },
  { "There was a psychic fair at the town hall on Saturday, £5 entry, raising money for the hospice. Good fun.",
    "Bev", "bev.h@gmail.com", NULL },
  { "We run a small car hire firm near the airport, and the new drop-off charge is hitting our customers hard.",
    "Glasgow Car Hire", "info@glasgowcarhire.co.uk", "https://glasgowcarhire.co.uk" },
};

static void
test_heldout12_fourth (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_fourth, G_N_ELEMENTS (spam_fourth),
                                      genuine_fourth, G_N_ELEMENTS (genuine_fourth), &flagged);

  g_assert_cmpuint (caught, >=, 4);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Readers written to probe the round's rules from the other side */
static const Comment neighbours[] = {
  { "कैसीनो ऐप्स 200% बोनस का लालच देकर युवाओं को फंसाते हैं, पुलिस ने कार्रवाई शुरू की है: "
    "https://www.bbc.com/hindi/articles/c0000000",
    "अमित", "amit.s@gmail.com", NULL },
  { "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "Pete", "pete.r@gmail.com", NULL },
  { "Our community energy co-op helps households check if they qualify for free loft insulation under the "
    "ECO4 scheme: https://leedscommunityenergy.org.uk",
    "Leeds Community Energy", "info@leedscommunityenergy.org.uk", NULL },
  { "We're a small solar installer in Bristol. Honest advice: if a salesman says you qualify for free panels, "
    "ask who pays. Our prices are on bristolsolar.co.uk",
    "Tom (Bristol Solar)", "tom@bristolsolar.co.uk", "https://bristolsolar.co.uk" },
  { "We lost £20,000 to a fake crypto platform and our bank recovered half through a chargeback. Report it to "
    "Action Fraud on 0300 123 2040.",
    "Nigel", "nigel.p@gmail.com", NULL },
  { "My Dell laptop got a virus and the repair shop on King Street fixed it for £40. Their number is 0113 496 "
    "0000 and the technicians there are lovely.",
    "Pauline", "pauline.k@gmail.com", NULL },
  { "My aunt swears by the tarot reader on Market Street, you can book her on 01632 960123. Harmless fun.",
    "Gemma", "gemma.l@gmail.com", NULL },
  { "Three things the council forgot: 1️⃣ the school run 2️⃣ the buses 3️⃣ the market on Saturdays.",
    "Ruth", "ruth.a@gmail.com", NULL },
  { "Thank you for covering the food bank's winter appeal. We still need volunteers on Saturday mornings.",
    "Leeds Food Bank Volunteers", "hello@leedsfoodbank.org.uk", "https://leedsfoodbank.org.uk" },
  { "I bought mine at [the outlet on Queen Street](https://queenstreetoutlet.co.uk), far cheaper than online.",
    "Anne", "anne.c@gmail.com", NULL },
  { "Victims of the exchange's collapse can now claim to recover part of their crypto; the court's claims "
    "site is https://cases.stretto.com/celsius",
    "Ravi", "ravi.m@gmail.com", NULL },
  { "The Samaritans are on 116 123, free and 24/7. If you have lost money to a scam and feel desperate, "
    "please call them.",
    "Anon", "anon.reader@proton.me", NULL },
};

static void
test_heldout12_neighbours (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, neighbours, G_N_ELEMENTS (neighbours), "ham"), ==, 0);
}

/* The held-out figure, 21 of 35 and 1 of 45, as a floor */
static void
test_heldout12_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 35, genuine, G_N_ELEMENTS (genuine), 45, 21);
}

/* After the round's rules */
static void
test_heldout12_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* What an editor reads for the kinds of this round */
static void
test_heldout12_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "This is such", "the author’s name is the keywords of the website" },
    { spam, G_N_ELEMENTS (spam), "What a comprehensive", "the author’s name is the keywords of the website" },
    { spam, G_N_ELEMENTS (spam), "भारत का", "offers a gambling site’s sign-up bonus" },
    { spam, G_N_ELEMENTS (spam), "ক্রিকেট", "offers a gambling site’s sign-up bonus" },
    { spam, G_N_ELEMENTS (spam), "Lost your savings", "offers to recover money lost to a scam" },
    { spam, G_N_ELEMENTS (spam), "Hot girls", "a web address spelt out" },
    { spam, G_N_ELEMENTS (spam), "Seeing a virus", "offers to fix a computer by phone" },
    { spam, G_N_ELEMENTS (spam), "Was your Norton", "a phone number given as a help line" },
    { spam, G_N_ELEMENTS (spam), "Homeowners in Phoenix", "offers homeowners free or subsidised solar panels" },
    { spam, G_N_ELEMENTS (spam), "Did you know", "offers homeowners free or subsidised solar panels" },
    { spam, G_N_ELEMENTS (spam), "Earn $300", "a number written in emoji digits" },
    { spam, G_N_ELEMENTS (spam), "Residents have waited", "a link written behind the words “read more”" },
    { spam, G_N_ELEMENTS (spam), "副業で", "offers money made at home or online" },
    { spam, G_N_ELEMENTS (spam), "Voyance", "offers a clairvoyant’s or an astrologer’s readings" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The maintainer's own spot check, written before the round's rules
 * were read (kinds the brief named, words of its own): 11 of 14 caught
 * and none of 10 readers flagged before the round, and the same after
 * it. The three missed: keyword-stuffed counterfeit shirts ("cheap nfl
 * jerseys wholesale") under a random name (0.40), India's satta lottery
 * results under a site named for it (0.00), and forex earnings "500
 * dollars a day" with an invitation to "join our channel on Telegram"
 * in Arabic (0.35). Now read: the satta lottery and counterfeit
 * jerseys on the suspect list, "satta" and "matka" in a host as a
 * gambling site's, a channel of the author's to join as an invitation
 * (in English and Arabic; not "link in bio" alone, which readers quote
 * of scams: a reader who did so under her Instagram scored 0.50 with
 * it), and Telegram's Arabic spellings among the messengers. 14 of 14;
 * the set is no longer held out. Five readers written to probe those
 * (the neighbours) stay under the line. */
static const Comment spot_spam[] = {
  { "Bài viết rất hay! Mình hay chơi tại nhà cái uy tín này, nạp rút nhanh trong 3 phút, tặng 100k cho "
    "thành viên mới 👉 luckystar88-vn.club",
    "Lucky Star 88", "luckystar88win@gmail.com", "https://luckystar88-vn.club" },
  { "I lost $48,000 to a fake trading platform last year. I contacted CYBER TRACE RECOVERY on "
    "cybertracerecovery at proton dot me and they got every cent back in two weeks. Don't give up!",
    "Grace Whitfield", "grace.whitfield.recovery@outlook.com", NULL },
  { "Students reading this: deadlines killing you? Our native writers finish any essay, thesis or "
    "dissertation overnight, plagiarism-free. Use code NEWS15 for 15% off.",
    "EssayPro Helper", "help@essaybrothers.net", "https://essaybrothers.net" },
  { "Thank you for this information. For men with weak erection or early discharge, our herbal capsule "
    "works in 30 minutes, no side effects. WhatsApp +234 81 6655 4421",
    "Dr. Ahmed Kareem", "drkareem.clinic@gmail.com", NULL },
  { "hi, I'm new in your city and looking for a serious man 😘 my photos are here bit.ly/3xSofia",
    "sofia_91", "sofia91lonely@mail.ru", "https://bit.ly/3xSofia" },
  { "Great points about the storm damage. Homeowners in Tampa Bay can get a free roof inspection and "
    "insurance claim help this week only — call (813) 555-0199.",
    "Roofing Pros Tampa", "leads@roofprostampa.com", "https://roofprostampa.com" },
  { "Займ на карту за 5 минут без отказа и без проверки кредитной истории. Первый займ под 0%! "
    "Оформить: zaimy-bystro.ru",
    "Кредит Онлайн", "info@zaimy-bystro.ru", "https://zaimy-bystro.ru" },
  { "cheap nfl jerseys wholesale free shipping cheap nfl jerseys china",
    "kz8f3j2qq", "kz8f3j2qq@yandex.com", "http://cheap-jerseys-wholesale.shop" },
  { "Hi editor, I noticed your site has great content but weak backlinks. I can publish a guest post on "
    "high DA sites (DA 70+) for $45. Reply with your budget.",
    "Mark Benson", "mark.benson.seo@gmail.com", NULL },
  { "Satta King result fastest today! Gali, Disawar, Faridabad live chart daily updates at our site 🙏",
    "Anjali", "anjali.sharma1998@gmail.com", "https://satta-king-result.in" },
  { "هل تريد ربح 500 دولار يوميا من تداول الفوركس؟ انضم إلى قناتنا على تيليجرام واحصل على توصيات "
    "مجانية. الرابط في الملف الشخصي",
    "ملاذ للاستثمار", "invest@malath-fx.com", "https://malath-fx.com" },
  { "If your HP printer shows offline, dial our toll free number 1-888-555-0142 and a certified "
    "technician will fix it remotely 24/7.",
    "Tech Support", "support@printer-helpdesk.online", "https://printer-helpdesk.online" },
  { "Schöner Artikel! Übrigens: Wer schnell einen Führerschein ohne Prüfung braucht, echte registrierte "
    "Dokumente, schreibt mir auf Telegram @docs_europa",
    "Lena", "lena.k@web.de", NULL },
  { "As a pet owner myself, I found this article incredibly insightful and well-researched. Thank you "
    "for shedding light on such an important topic. Keep up the great work!",
    "Olivia Parker", "olivia.parker.writes@gmail.com", "https://www.bestpetinsurancequotes.co" },
};

static const Comment spot_genuine[] = {
  { "The council promised the same roof repairs in 2019. I'll believe it when I see scaffolding.",
    "Tom Hargreaves", "tom.h@btinternet.com", NULL },
  { "Meu pai perdeu dinheiro num golpe de investimento pelo WhatsApp. A reportagem devia explicar como "
    "denunciar: a Polícia Federal tem um formulário online.",
    "Maria Lopes", "mlopes@gmail.com", NULL },
  { "THIS IS THE THIRD TIME THIS YEAR THE 42 BUS HAS BEEN CUT. WHO DECIDES THIS?",
    "Kevin O'Neill", "kevin.oneill@outlook.com", "https://www.facebook.com/kevin.oneill" },
  { "Casinos and satta apps are ruining young men in our town. The state must ban these ads on cricket "
    "streams.",
    "Sunita Rao", "sunita.rao@yahoo.co.in", NULL },
  { "We're one of the shops on Elm Street mentioned here. Footfall is down a third since the roadworks "
    "began; we'd welcome the council coming to talk to us.",
    "Bakery on Elm", "hello@elmstreetbakery.co.uk", "https://elmstreetbakery.co.uk" },
  { "Die Zahlen im dritten Absatz stimmen nicht: laut Statistischem Bundesamt waren es 2025 nur 3,1 "
    "Prozent.",
    "Jonas Weber", "j.weber@posteo.de", NULL },
  { "ممنون از گزارش خوبتان. ای کاش درباره هزینه اجاره در شهرهای کوچک هم می‌نوشتید.",
    "Leila Karimi", "leila.karimi@gmail.com", NULL },
  { "Source for the figures: https://www.ons.gov.uk/employmentandlabourmarket",
    "Dan", "dan.p@protonmail.com", NULL },
  { "If anyone was scammed by a fake \"crypto recovery\" company after losing money, report it to "
    "Action Fraud on 0300 123 2040. Do not pay anyone who promises to get it back.",
    "Ahmed", "ahmed.salem@hotmail.com", NULL },
  { "Lovely article. My late husband worked at that library for 30 years.",
    "Grandma Joan", "joan1948@aol.com", NULL },
};

static const Comment spot_neighbours[] = {
  { "The satta king racket ruined my uncle. Police in Faridabad raided three dens last month and nobody "
    "wrote about it.",
    "Ravi Kumar", "ravi.k@gmail.com", NULL },
  { "My son's team wanted cheap jerseys for the season, the club shop charges £45 each. Is there a "
    "supplier the council uses?",
    "Megan", "megan.t@yahoo.com", NULL },
  { "هذه الإعلانات التي تقول انضم إلى قناتنا على تيليجرام واربح يوميا هي احتيال. خسر أخي ماله بسببها.",
    "Omar", "omar.h@hotmail.com", NULL },
  { "Every influencer says \"link in bio\" now and half of those links are scams. Good piece.",
    "Chloe", "chloe.r@gmail.com", "https://www.instagram.com/chloe.r" },
  { "Vi esse golpe: o perfil dizia \"link na bio\" e pedia Pix. Denunciei à polícia.",
    "Paulo", "paulo@uol.com.br", NULL },
};

static void
test_heldout12_spot_check (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spot_spam, G_N_ELEMENTS (spot_spam),
                                      spot_genuine, G_N_ELEMENTS (spot_genuine), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spot_spam));
  count_set_untrained (NULL, 0, spot_neighbours, G_N_ELEMENTS (spot_neighbours), &flagged);
  g_assert_cmpuint (flagged, ==, 0);
}

/* The shortest comments, and the openings this round's rules look for
 * cut short at the end of the text */
static void
test_heldout12_tiny (void)
{
  static const char * const contents[] = {
    "", "a", "h t t", "w w w", "a . com", "ab-c . c", "-- . com", " . ", "4️⃣", "4️⃣4️⃣4️⃣", "4\u20e3", "➕",
    "️", "\u20e3", "](", "[](", "[a](", "[a](b", "[read more](x", "solar", "qualify", "recover our", "virus",
    "tarot", "副業", "कैसीनो बोनस", "1-888", "+1 (8", "lin.ee/", "a b c d",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout12/untrained", test_heldout12_untrained);
  g_test_add_func ("/spam-heldout12/after", test_heldout12_after);
  g_test_add_func ("/spam-heldout12/third", test_heldout12_third);
  g_test_add_func ("/spam-heldout12/fourth", test_heldout12_fourth);
  g_test_add_func ("/spam-heldout12/neighbours", test_heldout12_neighbours);
  g_test_add_func ("/spam-heldout12/reasons", test_heldout12_reasons);
  g_test_add_func ("/spam-heldout12/spot-check", test_heldout12_spot_check);
  g_test_add_func ("/spam-heldout12/tiny", test_heldout12_tiny);

  return g_test_run ();
}
