/* test-spam-heldout11.c: the spam filter against an eleventh held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eighty comments written before the eleventh round read the rules, of
 * what a newsroom's WordPress gets past an arithmetic captcha in late
 * 2026: thirty-five spam (fake news-site "tips" linking a lookalike
 * domain; romance openers of the pig-butchering kind; praise a language
 * model wrote "as a" professional, with the link in the author's
 * website only; a plumber, a roofer and injury lawyers in a city; visa
 * and Dubai property agents; loan apps in Swahili, Hausa, Yoruba,
 * Tagalog and Indonesian; semaglutide without a prescription; fake
 * support numbers for Coinbase and an airline; an airdrop and a wallet
 * "validation"; jobs liking videos; SEO and followers in Vietnamese,
 * Russian, Portuguese, Turkish and Polish; a bare shortened link, a
 * string of emoji with a website, a link in the author's name, an
 * address written "dot com", one in full-width letters; and a reply to
 * another reader) and forty-five readers (quoting helplines, linking
 * the government, Wikipedia and the news; writing of scams, loan apps,
 * pharmacy prices, movers, visas, crypto, jobs; angry, in capitals, in
 * one word; in Vietnamese, Tagalog, Swahili, Portuguese, Polish,
 * Turkish, Russian, Arabic, Persian and Indonesian; a plumber and a
 * removals firm under their own websites; a reader who posts the same
 * line twice, and one who answers another).
 *
 * Untrained, before any change, the filter caught 24 of the 35 and
 * flagged none of the 45: that is the held-out figure. It missed a
 * "Reuters confirmed" tip linking a lookalike domain without a scheme
 * (0.00); both pieces of model-written praise "as a" financial advisor
 * (0.00) and nutritionist (0.20), the link in the author's website
 * only; injury lawyers in Houston (0.40); Dubai flats with a
 * "guaranteed rental yield" and a golden visa (0.30); the loan apps in
 * Hausa, Yoruba and Tagalog (0.45 each, for an author named after its
 * site alone); a testimony buying ozempic "with no prescription" from
 * a shop (0.35); Delta's fake customer service number (0.45); and a
 * wallet's "validation" after an update (0.45). It caught the Cyrillic
 * lookalike, both romance openers, the plumber and the roofer, the visa
 * agent, the Swahili and Indonesian loans, the semaglutide shop,
 * Coinbase's fake number, the airdrop, both jobs, all five SEO and
 * followers adverts, the bare link, the emoji, the link in the name,
 * "dot com", the full-width letters and the reply. The readers closest
 * to the line: the refugee clinic (0.30), a plumber and a removals firm
 * under their own websites (0.40 each), a reader in capitals (0.40) and
 * the gov.uk visa fees (0.41).
 *
 * The round's rules are kinds, not these comments' words. A new file,
 * byline-spam-filter-services.c, reads a web address one of whose
 * hyphenated parts is a news organisation's name but which is not its
 * site ("reuters-breaking.live"); a loan offered without collateral or
 * a guarantor, in the languages loan apps advertise in, with somewhere
 * to apply; a law firm's practice beside its pitch ("free case review",
 * "no win, no fee") in a firm's voice; property sold with a promised
 * return or a golden visa. Elsewhere: one prescription drug named
 * rightly, "without a prescription", at a shop's address, bare or
 * linked (trades.c, GLP-1 drugs on its list); airlines and banks among
 * what fake help lines are for (patterns.c); ".live" and ".app" among
 * the endings that are a link with a hyphen or a path (bait.c); and
 * praise written "as a" professional, with a website in the author's
 * field and no link in the text (pitches.c). With them the set is 35 of
 * 35 and none of 45, no longer held out, and no earlier set's reader
 * scores any differently.
 *
 * Then ten spam and ten readers of the same kinds were written after
 * those rules and scored once: 4 of the 10 caught, none of the 10
 * flagged. That is the honest figure for the rules. They missed a tip
 * linking "sky-news-uk.info" (a brand in two parts, and an ending no
 * list holds: 0.00), a romance opener that says "dear friend" and
 * leaves a LINE handle (0.00), a therapist's "insightful piece" with
 * "thanks for highlighting this" (0.20: one stock phrase, the other
 * worded otherwise), movers at "£25/hour" with a phone number (0.45),
 * tirzepatide with "no consultation needed" through a Telegram link
 * (0.15), and Emirates' "reservations desk 24/7" (0.00: one help-line
 * phrase, and the airline not on the list). It caught the study visa
 * agent, a cash loan on WhatsApp in Indonesian, a hotel-review job and
 * Russian followers. No reader was flagged (Mounjaro's shortage at
 * 0.35 the closest).
 *
 * Readers written to probe the rules from the other side (the
 * "neighbours" below) found three flagged: a reader asking whether
 * "bbc-news.co" is the BBC's (0.50, the lookalike rule), one who rang
 * Ryanair's number and found them helpful (0.55, the airline now among
 * what fake help lines are for), and a loan app's victim who "promised
 * 'no collateral' but took my contacts", linking Kenya's central bank
 * (0.79: the loan rule, and older rules reading "my contacts" as a
 * dating page's and "centralbank.go.ke" as no government's). Now a
 * lookalike address counts only when no one asks or warns of it, a
 * loan only when no one reports it, a help line only when the writer
 * did not call it herself, "my contacts" only "here", and "go" before a
 * country's two letters is a government's. No earlier set's comment
 * changes verdict, and no earlier reader's score moves.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* fake news-site tips, linking a lookalike domain */
  { "Tip for your newsroom: the full leaked council report is here before they take it down "
    "https://bbс-news-uk.co/leak/council-report-2026",
    "Newsdesk Tips", "tips.newsdesk@gmail.com", NULL },
  { "Reuters confirmed this an hour ago, the mayor has already resigned. Full story: "
    "reuters-breaking.live/story/88213",
    "Alan", "alan.t.1972@outlook.com", NULL },
  /* romance openers, pig-butchering kind */
  { "Hi dear, I saw your comment on the pension article and you seem like a kind and wise person. I am "
    "Linda from Singapore, I work in wine import. Can we be friends? My WhatsApp is +65 8123 4567",
    "Linda Chen", "lindachen.sg88@gmail.com", NULL },
  { "Hello handsome, sorry to disturb you here. I read your comment and I think we have same thinking "
    "about life. I am a widow living in Hong Kong, hope to know you more, my Telegram @Jenny_HK88",
    "Jenny", "jenny.hk.1990@gmail.com", NULL },
  /* praise a language model wrote, the link in the author's website only */
  { "Great insights! As a financial advisor, I often see clients struggle with exactly the kind of "
    "uncertainty this article describes. Thank you for shedding light on such an important issue.",
    "Michael Turner", "michael@wealthpath-advisors.net", "https://wealthpath-advisors.net" },
  { "As a nutritionist, I truly appreciate how this article breaks down the complex relationship "
    "between school meals and children's attention. Very informative and well researched!",
    "Sarah Collins, RD", "sarah@nutrifit-blog.com", "https://nutrifit-blog.com/services" },
  /* local services in a city */
  { "Looking for a reliable plumber in Leeds? 24/7 emergency plumbing, blocked drains and boiler "
    "repair, no call-out fee. Call 0113 496 0123 or visit leedsplumbingpros.co.uk",
    "Leeds Plumbing Pros", "info@leedsplumbingpros.co.uk", NULL },
  { "Storm damage? Our Dallas roofing contractors offer free roof inspections and handle your whole "
    "insurance claim. Call (214) 555-0187 today for a free estimate!",
    "DFW Roof Masters", "leads@dfwroofmasters.com", "https://dfwroofmasters.com" },
  { "Injured in a car accident in Houston? Our experienced personal injury lawyers will get you the "
    "compensation you deserve. No win, no fee. Free case review at houstoninjuryattorneys-pro.com",
    "Houston Injury Attorneys", "intake@houstoninjuryattorneys-pro.com", NULL },
  /* visa and property agents */
  { "Canada work permit and PR in 3 months guaranteed, no IELTS needed, 100% visa success. Contact our "
    "licensed immigration consultant on WhatsApp +91 98765 43210",
    "Global Visa Experts", "globalvisaexperts.in@gmail.com", NULL },
  { "Luxury apartments in Dubai with 8% guaranteed rental yield and a golden visa for your whole "
    "family. Book your free consultation now: dubai-invest-homes.ae",
    "Omar | Dubai Property", "omar@dubai-invest-homes.ae", NULL },
  /* loan apps in Swahili, Hausa, Yoruba, Tagalog and Indonesian */
  { "Unahitaji mkopo wa haraka? Pakua app ya PesaHaraka upate mkopo hadi Sh 50,000 bila dhamana ndani ya "
    "dakika 5. https://pesaharaka-loan.co.ke",
    "PesaHaraka", "msaada@pesaharaka-loan.co.ke", NULL },
  { "Kuna bukatar rance cikin gaggawa? Sauke manhajar KudiNow ku samu rance har naira 200,000 ba tare da "
    "jingina ba. https://kudinow.ng",
    "KudiNow", "support@kudinow.ng", NULL },
  { "Ṣe o nilo owo ni kiakia? Gba awin to to ₦100,000 laarin iṣẹju marun lai si onigbọwọ. Ṣe igbasilẹ "
    "app wa loni: https://owoyara.ng",
    "Owo Yara", "owoyara.loans@gmail.com", NULL },
  { "Kailangan mo ba ng pera agad? Mabilis na pautang hanggang ₱50,000, walang collateral, approved sa "
    "loob ng 10 minuto! I-download na ang app: https://pesoagad.ph",
    "Peso Agad", "hello@pesoagad.ph", NULL },
  { "Butuh dana cepat? Pinjaman online tanpa jaminan, cair dalam 5 menit, bunga rendah. Langsung daftar "
    "di https://danakilat.id",
    "Dana Kilat", "cs@danakilat.id", NULL },
  /* semaglutide without a prescription */
  { "Buy semaglutide (Ozempic, Wegovy) online without prescription, discreet shipping worldwide, 30% "
    "off your first order: rx-slimpharmacy.com",
    "Rx Slim", "sales@rx-slimpharmacy.com", NULL },
  { "I lost 14 kg in two months on ozempic and no doctor was needed, I get my pens from glp1-direct.shop "
    "with no prescription and they arrive in 3 days.",
    "Karen W", "karenw.slim@gmail.com", NULL },
  /* fake support numbers */
  { "For any Coinbase issue call the Coinbase support number +1 (888) 720-4431, they unlocked my account in "
    "minutes. 24/7 helpline.",
    "Robert", "robert.k.help@gmail.com", NULL },
  { "Delta Airlines reservations: to change or cancel your flight call the Delta customer service number "
    "1-855-910-3364 (toll free), agents available 24 hours.",
    "Flight Desk", "flightdesk.usa@gmail.com", NULL },
  /* an airdrop and a wallet to connect */
  { "🚀 $PEPE2 airdrop is LIVE! Connect your wallet at pepe2-claim.xyz and claim 5,000 tokens free before "
    "the snapshot 🚀",
    "PEPE2 Official", "airdrop@pepe2-claim.xyz", NULL },
  { "MetaMask users: your wallet needs validation after the latest update. Sync it here "
    "wallet-rectify.app/connect within 24 hours to avoid suspension.",
    "Wallet Support", "noreply.walletsupport@gmail.com", NULL },
  /* jobs liking videos */
  { "Earn $500 daily just liking YouTube videos from your phone! No experience needed. Message our HR "
    "manager on Telegram @hr_emily_jobs to start today.",
    "Emily HR", "emily.hr.recruit@gmail.com", NULL },
  { "We are hiring part-time remote workers, 30 to 60 minutes a day, pay ₹3000 daily, you only need a "
    "smartphone. Apply: wa.me/919812345678",
    "Priya Recruiter", "priya.jobs.in@gmail.com", NULL },
  /* SEO and followers in Vietnamese, Russian, Portuguese, Turkish and Polish */
  { "Dịch vụ SEO tổng thể uy tín, lên top Google bền vững, cam kết hiệu quả, giá rẻ. Xem chi tiết tại "
    "https://seotophcm.vn",
    "SEO Top HCM", "lienhe@seotophcm.vn", NULL },
  { "Продвижение сайтов в ТОП Яндекса и Google, гарантия результата, недорого. Подробнее: "
    "https://seo-prodvizhenie.ru",
    "Сергей", "sergey@seo-prodvizhenie.ru", NULL },
  { "Agência de marketing digital especializada em SEO, tráfego pago e criação de sites. Orçamento "
    "grátis: https://agenciatopo.com.br",
    "Agência Topo", "contato@agenciatopo.com.br", NULL },
  { "Instagram takipçi satın al, en ucuz ve gerçek takipçi, anında teslimat! https://takipcimarket.com.tr",
    "Takipçi Market", "destek@takipcimarket.com.tr", NULL },
  { "Pozycjonowanie stron internetowych Warszawa, skuteczne SEO w przystępnej cenie. Zapraszamy: "
    "https://pozycjonowanie-waw.pl",
    "Pozycjonowanie WAW", "biuro@pozycjonowanie-waw.pl", NULL },
  /* a bare link, emoji alone, a link in the name */
  { "https://bit.ly/3xQz9Lm",
    "Amanda", "amanda.r1994@gmail.com", NULL },
  { "🔥🔥🔥💰💰💰👉👉👉",
    "Crypto King", "cryptoking.signals@gmail.com", "https://cryptoking-signals.io" },
  { "Very useful article, thanks for sharing.",
    "Cheap Flights www.flyfare-deals.com", "deals@flyfare-deals.com", NULL },
  /* an address written out, and one in full-width letters */
  { "Make $8000 a month from home like I do, see all the details at work from home hub dot com",
    "Jessica", "jessica.wfh@gmail.com", NULL },
  { "Ｂｅｓｔ ｃａｓｉｎｏ ｂｏｎｕｓ ｔｏｄａｙ ｗｗｗ．ｓｐｉｎｗｉｎ７７．ｃｏｍ",
    "spin", "spinwin77@gmail.com", NULL },
  /* a reply to another reader */
  { "@Margaret I was in the same situation with my pension until I found a broker who doubled it in 3 "
    "months. Ask for Mr James on WhatsApp +44 7418 339201, tell him I sent you.",
    "Susan Hill", "susanhill.uk@gmail.com", NULL },
};

static const Comment genuine[] = {
  /* helplines, government, Wikipedia, the news */
  { "If you've been targeted, call Action Fraud on 0300 123 2040 or forward the text to 7726. Never call "
    "the number in the message itself.",
    "Brian", "brian.k@btinternet.com", NULL },
  { "The official visa fees are on https://www.gov.uk/visa-fees and anyone charging you for a "
    "'guaranteed' visa is lying.",
    "Nadia", "nadia.r@gmail.com", NULL },
  { "Pig butchering scams have their own Wikipedia page now: "
    "https://en.wikipedia.org/wiki/Pig_butchering_scam. My uncle lost his savings to a 'woman from "
    "Singapore' he met on WhatsApp.",
    "Tom Reilly", "tomreilly@outlook.com", NULL },
  { "Related: https://www.theguardian.com/money/2026/oct/12/task-scam-youtube-likes",
    "Ruth", "ruth.m@gmail.com", NULL },
  { "@Margaret please don't answer anyone offering to double your pension, that's exactly how my dad was "
    "scammed. Call the Pension Advisory helpline on 0800 011 3797 instead.",
    "Deborah", "deb.lawson@yahoo.co.uk", NULL },
  /* scams, loans, pharmacy prices, movers, visas, crypto, jobs */
  { "These instant loan apps charge 35% a month. I borrowed 10,000 shillings and owed 16,000 after six "
    "weeks. Parliament must regulate them.",
    "Otieno", "otieno.j@gmail.com", NULL },
  { "Ozempic costs me $935 a month without insurance. Anyone who says they'll sell it without a "
    "prescription is selling you saline or worse.",
    "Linda Park", "lpark58@gmail.com", NULL },
  { "My GP prescribed semaglutide for my diabetes and now the pharmacy can't get it because so many "
    "people are using it to lose weight.",
    "Margaret", "margaret.h@btinternet.com", NULL },
  { "Generic metformin at Boots is £9.90 per item with the prescription charge in England; in Wales "
    "prescriptions are free.",
    "Gwen", "gwen.ap@gmail.com", NULL },
  { "We used a moving company from Toronto last summer and they held our furniture hostage until we paid "
    "$2,000 extra. Check the Better Business Bureau before you book anyone.",
    "Kevin", "kevin.m.to@gmail.com", NULL },
  { "My brother paid an 'agent' 4 lakh rupees for a Canadian work permit that never existed. The "
    "government says you never need a consultant to apply: "
    "https://www.canada.ca/en/immigration-refugees-citizenship.html",
    "Harpreet", "harpreet.s@gmail.com", NULL },
  { "The Dubai off-plan flats my cousin bought for a 'guaranteed 8% yield' are still not built four years "
    "later. Guaranteed by whom?",
    "Imran", "imran.q@hotmail.co.uk", NULL },
  { "I hold a little bitcoin, but anyone who asks you to 'connect your wallet' to claim an airdrop is "
    "draining it. Never sign a transaction you don't understand.",
    "Sam", "sam.devlin@proton.me", NULL },
  { "Bitcoin went past $120k this year and the article still treats every holder like a criminal. Lazy "
    "journalism.",
    "Marcus", "marcus.b@gmail.com", NULL },
  { "My daughter got a WhatsApp message offering $50 a day to like YouTube videos. It's the task scam: "
    "they pay you twice, then ask you to 'top up'. Report it.",
    "Janet", "janet.wills@gmail.com", NULL },
  { "Coinbase doesn't have a phone line you can ring, they only call you back from inside the app. "
    "Anyone posting a 'Coinbase support number' is a scammer.",
    "Chris", "chris.odonnell@gmail.com", NULL },
  { "Delta cancelled my flight and the only number that worked was the one on delta.com itself. The "
    "first search result was a fake 'support line' that asked for my card.",
    "Paula", "paula.g@gmail.com", NULL },
  { "After the storm three men knocked on every door on our street offering free roof inspections. One "
    "of them broke tiles himself. The police say it's a known trick.",
    "Derek", "derek.nash@gmail.com", NULL },
  { "I'm a personal injury solicitor in Manchester, and 'no win no fee' isn't free: the success fee can "
    "take 25% of your compensation. Read the agreement before you sign.",
    "Claire", "claire.w@gmail.com", NULL },
  { "Our local paper's website is now half 'sponsored' SEO articles for casinos and loans. No wonder "
    "nobody trusts it.",
    "Alan", "alan.fisher@gmail.com", NULL },
  { "I've been unemployed for eight months. 500 applications, 3 interviews. Don't tell me the job market "
    "is fine.",
    "Jordan", "jordan.k@gmail.com", NULL },
  { "Abeg make una report these loan apps to FCCPC. Dem dey call all your contacts and disgrace you "
    "because of 5k.",
    "Tunde", "tunde.a@gmail.com", NULL },
  /* short, angry, in capitals, one word */
  { "Absolute disgrace. Resign.",
    "Pete", "pete1960@aol.com", NULL },
  { "THIS COUNCIL HAS RAISED OUR RATES THREE YEARS IN A ROW AND THE ROADS ARE STILL FULL OF POTHOLES!!!",
    "FED UP", "fedup.ratepayer@gmail.com", NULL },
  { "Finally.",
    "Ann", "ann.b@gmail.com", NULL },
  { "Shameful",
    "M", "m.harris@gmail.com", NULL },
  { "Source?",
    "Lee", "lee.c@gmail.com", NULL },
  { "👏👏👏",
    "Grace", "grace.o@gmail.com", NULL },
  { "Why is nobody talking about the bus cuts? Why is nobody talking about the bus cuts?",
    "Rosa", "rosa.t@gmail.com", NULL },
  /* in other languages */
  { "Giá điện tăng liên tục mà lương không tăng, người lao động như chúng tôi sống sao nổi?",
    "Nguyễn Văn Hùng", "hung.nguyen@gmail.com", NULL },
  { "Bố tôi bị lừa qua Zalo, kẻ gian giả làm công an gọi điện đòi chuyển tiền. Mọi người nhớ gọi 113 "
    "khi nghi ngờ.",
    "Lan", "lan.tran@gmail.com", NULL },
  { "Sana po ay maayos na ang kalsada sa amin bago mag-tag-ulan. Ilang taon na kaming naghihintay.",
    "Maricel", "maricel.d@gmail.com", NULL },
  { "Ang daming nag-aalok ng pautang sa Facebook, mag-ingat po tayo. Sa website ng SEC makikita kung "
    "rehistrado ang lending company.",
    "Jun", "jun.reyes@yahoo.com", NULL },
  { "Serikali inapaswa kudhibiti programu za mikopo mtandaoni. Jirani yangu alidhalilishwa baada ya "
    "kuchelewa kulipa.",
    "Amina", "amina.w@gmail.com", NULL },
  { "Minha mãe recebeu uma ligação falsa do 'banco' pedindo o código do cartão. Liguem sempre para o "
    "número que está atrás do cartão.",
    "Beatriz", "bia.santos@gmail.com", NULL },
  { "Ceny mieszkań w Warszawie są absurdalne. Młodzi ludzie nie mają żadnych szans na własne M.",
    "Krzysztof", "krzysiek.n@wp.pl", NULL },
  { "Kira artışları çok fazla, öğrenciler yurt bulamıyor. Belediye bir şey yapmalı.",
    "Elif", "elif.k@gmail.com", NULL },
  { "Bu sitede yorumların yarısı bahis reklamı olmuş, moderatörler uyuyor mu?",
    "Murat", "murat.y@hotmail.com", NULL },
  { "Моя бабушка чуть не перевела деньги мошенникам, которые представились сотрудниками банка. Спасибо "
    "за статью, распечатаю ей.",
    "Ольга", "olga.v@yandex.ru", NULL },
  { "شكراً على المقال. نصب علينا مكتب هجرة وهمي وأخذ منا ألفي دولار، يجب على الحكومة ملاحقتهم.",
    "سامي", "sami.h@gmail.com", NULL },
  { "قیمت دارو در این ماه دو برابر شده است. بیماران دیابتی واقعاً زیر فشار هستند.",
    "مریم", "maryam.t@gmail.com", NULL },
  { "Pinjol ilegal sudah sangat meresahkan, teman saya diteror debt collector karena telat bayar dua "
    "hari. OJK harus bertindak tegas.",
    "Dewi", "dewi.p@gmail.com", NULL },
  /* local businesses under their own websites */
  { "As the owner of a small plumbing firm in Leeds, I can tell you the fake 'no call-out fee' adverts are "
    "hurting honest tradespeople. We always give a written quote first.",
    "Gary Holt", "gary@holtplumbing.co.uk", "https://holtplumbing.co.uk" },
  { "We run a two-van removals firm in Bristol. Honest advice: get three quotes and never pay more than a "
    "20% deposit up front.",
    "Bristol Removals", "office@bristolremovals.co.uk", "https://bristolremovals.co.uk" },
  { "I volunteer at a refugee legal clinic. Free advice is available, so don't pay anyone who promises a "
    "'guaranteed' visa. Our opening hours are on our website.",
    "Helen", "helen@leedsrefugeeclinic.org.uk", "https://leedsrefugeeclinic.org.uk" },
};

/* Written after the round's rules, of the same kinds, and scored once */
static const Comment spam_after[] = {
  { "Breaking: Sky News just confirmed the minister's arrest, the video is here sky-news-uk.info/live/4471",
    "UK Alerts", "ukalerts.news@gmail.com", NULL },
  { "Good evening dear friend, I came across your kind words on this page and felt we could talk. I'm Anna, a "
    "nurse in Dubai. Add me on Line: anna_dxb",
    "Anna", "anna.dxb.nurse@gmail.com", NULL },
  { "Insightful piece! As a licensed therapist, I've seen firsthand how loneliness affects older adults. Thanks "
    "for highlighting this.",
    "Rachel Green, LMFT", "rachel@calmmind-therapy.co", "https://calmmind-therapy.co" },
  { "Moving in Manchester? Two men and a van from £25/hour, fully insured, same-day removals. Call 0161 555 0199",
    "Manchester Van Men", "bookings@mcrvanmen.co.uk", NULL },
  { "Study in Australia with a scholarship and a PR pathway, visa approval 99%, no IELTS. DM us on Instagram "
    "@ozstudy_visa or call +61 480 012 345",
    "Oz Study Visa", "ozstudyvisa@gmail.com", NULL },
  { "Pinjaman dana tunai tanpa BI checking, cair 1 jam, syarat mudah. Info WA 0857-1234-5678",
    "Dana Cepat", "danacepat.id@gmail.com", NULL },
  { "Tirzepatide pens shipped to the UK, no consultation needed, next day. Order via t.me/slimpens_uk",
    "Slim Pens", "slimpens.uk@gmail.com", NULL },
  { "Booking issue with Emirates? Reach the Emirates reservations desk 24/7 at +1-888-601-2237 for instant "
    "rebooking.",
    "Travel Help", "travelhelp.desk@gmail.com", NULL },
  { "Remote job: rate hotel reviews on our platform and earn $300-$800 a day. Contact recruiter Sophie on "
    "WhatsApp +1 (478) 555-0134",
    "Sophie", "sophie.recruits@gmail.com", NULL },
  { "Профессиональная накрутка подписчиков в Telegram и Instagram, живые подписчики, низкие цены! nakrutka-top.ru",
    "Накрутка", "info@nakrutka-top.ru", NULL },
};

static const Comment genuine_after[] = {
  { "The Sky News report is here https://news.sky.com/story/minister-arrested-13245 if anyone wants the source.",
    "Phil", "phil.d@gmail.com", NULL },
  { "As a nurse, I can tell you the article is right: we've lost a third of our staff since 2022.",
    "Joanne", "joanne.k@gmail.com", "https://nursevoices.blog" },
  { "Moving companies in Manchester charge £600 for a one-bed flat now. We did it ourselves with a rented van.",
    "Liam", "liam.b@gmail.com", NULL },
  { "The Home Office helpline is 0300 123 2241. Don't pay agents promising 'guaranteed' visas.",
    "Farah", "farah.a@gmail.com", NULL },
  { "Ang pautang app na ito ay may 'no collateral' daw pero 30% ang interes kada linggo. Mag-ingat!",
    "Rowena", "rowena.c@gmail.com", NULL },
  { "Mounjaro shortages again at our pharmacy. Lilly says supply will be back in January.",
    "Ian", "ian.p@gmail.com", NULL },
  { "Emirates refunded me in two weeks after I called the number printed on my booking. Good service, for once.",
    "Khalid", "khalid.m@gmail.com", NULL },
  { "My cousin earns $300 a day? No, my cousin LOST $3,000 to one of these 'rate hotels' job scams.",
    "Tina", "tina.r@gmail.com", NULL },
  { "Купила квартиру в ипотеку под 18%, теперь половина зарплаты уходит банку.",
    "Наталья", "natalia.s@yandex.ru", NULL },
  { "The new ferry timetable is a joke. 40 minutes between boats at rush hour?",
    "Callum", "callum.m@gmail.com", NULL },
};

/* Readers written to probe the round's rules from the other side */
static const Comment neighbours[] = {
  { "As a GP, I'd add that patients should never buy Ozempic online without a prescription; see "
    "https://www.nhs.uk/medicines/semaglutide/",
    "Dr Amir Shah", "amir.shah@gmail.com", NULL },
  { "As a retired banker, I found this very informative. Thank you.",
    "Edward", "edward.h@gmail.com", "https://myrosegarden.blog" },
  { "Our firm handles personal injury claims, and we tell every client: read the 'no win no fee' small print.",
    "Smith & Co", "office@smithlaw.co.uk", "https://smithlaw.co.uk" },
  { "Dubai apartments with a 'guaranteed rental yield' were sold to my parents; the developer vanished. "
    "https://www.bbc.co.uk/news/business-67341234",
    "Sara", "sara.k@gmail.com", NULL },
  { "The loan app promised 'no collateral' but took my contacts. Report them: https://www.centralbank.go.ke",
    "Wanjiru", "wanjiru.n@gmail.com", NULL },
  { "It was on theguardian.com/uk-news, the real site, not some copy.",
    "Pat", "pat.l@gmail.com", NULL },
  { "Reuters has a fact check on it: https://www.reuters.com/fact-check/ and the 'reuters-breaking' site is fake.",
    "Owen", "owen.t@gmail.com", NULL },
  { "For cancelled flights, Ryanair's customer service number is on ryanair.com; I called 24/7 and they were "
    "helpful: +353 1 945 1212",
    "Niamh", "niamh.o@gmail.com", NULL },
  { "Pautang na walang collateral? Sa SSS at Pag-IBIG lang po, may salary loan sila: https://www.sss.gov.ph",
    "Marites", "marites.v@gmail.com", NULL },
  { "As a roofer in Dallas, I, too, have seen the storm chasers; insist on a written contract.",
    "Hank", "hank@dallasroofing.com", "https://dallasroofing.com" },
  { "Great insights, thank you. As a mum of three, I can tell you the school run is chaos.",
    "Becky", "becky.l@gmail.com", "https://beckyblogs.co.uk" },
  { "Is the site at bbc-news.co real? It looks like a copy of the BBC.",
    "Gordon", "gordon.w@gmail.com", NULL },
};

/* Scored once after the round's rules: the honest figure */
static void
test_heldout11_third (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_after, G_N_ELEMENTS (spam_after),
                                      genuine_after, G_N_ELEMENTS (genuine_after), &flagged);

  g_assert_cmpuint (caught, >=, 4);
  g_assert_cmpuint (flagged, ==, 0);
}

static void
test_heldout11_neighbours (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, neighbours, G_N_ELEMENTS (neighbours), "ham"), ==, 0);
}

/* The held-out figure, 24 of 35 and none of 45, as a floor */
static void
test_heldout11_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 35, genuine, G_N_ELEMENTS (genuine), 45, 24);
}

/* After the round's rules */
static void
test_heldout11_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* What an editor reads for the kinds of this round */
/* The maintainer's own spot check, written before the round's rules
 * were read (kinds the brief named, words of its own): 11 of 14 caught
 * and none of 10 flagged before the round, and the same after it. The
 * three missed: a roofer's "as a roofer with 20 years of experience I
 * completely agree" from an author whose website is a roofing firm, a
 * Turkish loan ("kredi notu düşük olanlara anında kredi, evrak yok")
 * and a Brazilian financing offer to "chama no zap (11) 98765-4321"
 * (Brazil's name for WhatsApp). Now read: loans without the checks or
 * papers a bank asks for, in Turkish, Polish, Vietnamese, Portuguese,
 * Spanish and Russian; "zap" before a number; a profession "with N
 * years of experience" and more plain praise, which brings the roofer
 * to 0.45 only (a business's owner agreeing under the firm's site is
 * what readers do too). 13 of 14; the set is no longer held out. */
static const Comment spot_spam[] = {
  { "Had the same problem with my wallet being locked. Called the Coinbase support number +1 (888) "
    "555-0143 and they fixed it in ten minutes, they are available 24/7.",
    "Coinbase Help Desk", "support.desk.cb@gmail.example", NULL },
  { "Hello dear, I read your comment and you seem like a kind and honest person. I am new here and would "
    "like to be friends. Please write me on WhatsApp +1 415 555 0199",
    "Lisa", "lisa.m.hello@outlook.example", NULL },
  { "Buy Ozempic and semaglutide online without a prescription, discreet delivery worldwide, pay with "
    "crypto. Visit glp1-pharma-direct.example",
    "Dr. Mark Allen", "mark.allen.md@gmail.example", NULL },
  { "I'm making $420 a day just liking YouTube videos from my phone, no experience needed. Message the "
    "HR manager on Telegram @TaskManager_Amy to start today.",
    "Jenny", "jenny.works@gmail.example", NULL },
  { "$ETH airdrop is live for early holders! Connect your wallet at eth-claim-rewards.example before "
    "midnight to claim your share.",
    "Airdrop Alert", "airdrop@claim.example", NULL },
  { "Moving soon? Our licensed movers in Toronto offer the best rates in the GTA, free quotes at "
    "https://gta-moving.example, call 647-555-0112.",
    "Toronto Movers", "info@gta-moving.example", NULL },
  { "Great points! As a roofer with 20 years of experience I completely agree that maintenance matters.",
    "Mike", "mike.r@gmail.example", "https://denver-roof-repair.example" },
  { "Get your Canada PR in 6 months guaranteed! Study visa, work permit, express entry. WhatsApp our "
    "consultant +91 98100 55555",
    "Visa Consultants", "apply@canada-pr-fast.example", NULL },
  { "Dịch vụ SEO tổng thể uy tín, lên top Google nhanh chóng, cam kết hiệu quả. Xem thêm tại "
    "dichvuseo-top1.example",
    "SEO Viet", "seo@dichvu.example", NULL },
  { "Butuh dana cepat? Pinjaman online tanpa jaminan, cair dalam 5 menit tanpa BI checking. Hubungi WA "
    "0812-3456-7890",
    "Pinjaman", "pinjol@cepat.example", NULL },
  { "Kredi notu düşük olanlara anında kredi, evrak yok, başvuru için hemen tıklayın: "
    "hizlikredi-onay.example",
    "Kredi", "info@kredi.example", NULL },
  { "nice article check my site b e s t c a s i n o [dot] com for free spins",
    "Bob", "bob.s@gmail.example", NULL },
  { "Лучшие ставки на спорт и бонус 10000 рублей новым игрокам, регистрируйся по ссылке bk-bonus.example",
    "Ставки", "bet@ru.example", NULL },
  { "Ótimo texto! Trabalho com consórcio e financiamento de imóveis, sem entrada e com as menores taxas. "
    "Chama no zap (11) 98765-4321",
    "Ana", "ana.corretora@gmail.example", NULL },
};

static const Comment spot_genuine[] = {
  { "If your Coinbase account is locked, only use the help page on coinbase.com. Anyone giving you a "
    "\"support number\" in a comment is a scammer.",
    "Rob", "rob.h@example.com", NULL },
  { "Salamat sa balitang ito. Ang taas na talaga ng presyo ng bigas sa palengke namin, 55 pesos na ang "
    "kilo.",
    "Maria Santos", "maria.santos@example.ph", NULL },
  { "My GP told me the semaglutide shortage means she can only prescribe it to diabetics now. The "
    "pharmacy wanted £199 a month privately.",
    "Tom", "tom.w@example.org", NULL },
  { "THIS IS A DISGRACE. THE COUNCIL KNEW ABOUT THE POTHOLES FOR TWO YEARS!!!",
    "Greg", "greg@example.net", NULL },
  { "Bài viết rất hay, cảm ơn tác giả. Giá nhà ở Hà Nội tăng quá nhanh, người trẻ không thể mua nổi.",
    "Linh", "linh.nguyen@example.vn", NULL },
  { "Kredi faizleri bu kadar yüksekken kimse ev alamaz. Merkez Bankası ne yapıyor?",
    "Kemal", "kemal@example.com.tr", NULL },
  { "We're one of the small movers named in the piece. For the record, we never charged the \"fuel "
    "surcharge\" the council mentions; our prices are on our site.",
    "Jo (Hartley Removals)", "jo@hartleyremovals.example", "https://hartleyremovals.example" },
  { "Job scams like \"like videos and earn\" took 40,000 rupees from my cousin. The FIA cyber crime "
    "helpline is 1991, report it.",
    "Sana", "sana@example.pk", NULL },
  { "Excelente reportagem. O financiamento imobiliário com juros de 11% ao ano é impagável para a classe "
    "média.",
    "Paulo", "paulo@example.br", NULL },
  { "Спасибо за статью. В нашем городе тоже закрыли единственную поликлинику.",
    "Ivan", "ivan@example.ru", NULL },
  /* (written after: readers warning of those loans, and "zap" as a word) */
  { "\"Evrak yok, kefil yok\" diyen kredi reklamlarına inanmayın; lisanslı kurumları BDDK'nın sitesinden "
    "kontrol edin: https://www.bddk.org.tr",
    "Derya", "derya@example.com.tr", NULL },
  { "Zap, the power went out at 9pm again, 3 times this week. Call 105 if yours is out too.",
    "Mark", "mark@example.net", NULL },
  { "Chwilówka bez BIK to pułapka, mój brat spłaca trzy naraz. Rzecznik Finansowy pomaga: "
    "https://rf.gov.pl",
    "Kasia", "kasia@example.pl", NULL },
  { "Meu tio caiu no golpe do empréstimo sem consulta pelo zap, perdeu 2 mil reais. Denunciem!",
    "Rui", "rui@example.br", NULL },
};

static void
test_heldout11_spot_check (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spot_spam, G_N_ELEMENTS (spot_spam),
                                      spot_genuine, G_N_ELEMENTS (spot_genuine), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spot_spam) - 1);
}

static void
test_heldout11_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Reuters confirmed", "borrows a news organisation’s name" },
    { spam, G_N_ELEMENTS (spam), "Great insights!", "praise written as a professional" },
    { spam, G_N_ELEMENTS (spam), "Injured in a car", "advertises a law firm’s services" },
    { spam, G_N_ELEMENTS (spam), "Luxury apartments", "sells property as an investment" },
    { spam, G_N_ELEMENTS (spam), "Kuna bukatar", "offers a loan without collateral" },
    { spam, G_N_ELEMENTS (spam), "Kailangan mo", "offers a loan without collateral" },
    { spam, G_N_ELEMENTS (spam), "I lost 14 kg", "offers a prescription drug without a prescription" },
    { spam, G_N_ELEMENTS (spam), "Delta Airlines", "a phone number given as a help line" },
    { spam, G_N_ELEMENTS (spam), "MetaMask users", "reads like a phishing message" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the openings this round's rules look for
 * cut short at the end of the text */
static void
test_heldout11_tiny (void)
{
  static const char * const contents[] = {
    "", "a", "as a", "as an", "as a,", "as a x, i", "as a nurse, i", "bbc-", "bbc-news.", "bbc-",
    "-.live", "a.app", "loan bila dhamana", "awin", "onigbọwọ", "no prescription", "ozempic.shop",
    "free case review", "rental yield", "golden visa", ".", "..", "a.b",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout11/untrained", test_heldout11_untrained);
  g_test_add_func ("/spam-heldout11/after", test_heldout11_after);
  g_test_add_func ("/spam-heldout11/third", test_heldout11_third);
  g_test_add_func ("/spam-heldout11/neighbours", test_heldout11_neighbours);
  g_test_add_func ("/spam-heldout11/spot-check", test_heldout11_spot_check);
  g_test_add_func ("/spam-heldout11/reasons", test_heldout11_reasons);
  g_test_add_func ("/spam-heldout11/tiny", test_heldout11_tiny);

  return g_test_run ();
}
