/* test-spam-heldout10.c: the spam filter against a tenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eighty comments written before the tenth round read the rules, of
 * what a newsroom's WordPress gets past an arithmetic captcha in 2026:
 * thirty-five spam (praise a language model wrote, restating the
 * article, with a link, a website or an address, in English and German;
 * guest post, collaboration and sponsored article offers; a free tool
 * that wants backlinks; crypto recovery and hacker for hire testimonies
 * in English and Spanish; investment on Telegram and WhatsApp in Hindi,
 * Urdu, Bengali, Arabic, Swahili and Nigerian English; Korean toto, Thai
 * slots, a Chinese casino and a Japanese one; CBD, a VPN, escorts,
 * superclone watches, fake passports and certificates, followers in
 * Spanish, an essay service, a degree mill; app download bait in English
 * and Hindi; and spam hiding in a reply to another reader) and
 * forty-five readers (long and short, angry and kind, in all those
 * languages and in French, German, Portuguese, Indonesian, Turkish,
 * Hebrew mixed with English; quoting rents, fuel, rice and electricity
 * prices and the numbers of Action Fraud, the Passport Office, India's
 * cyber crime line and a hospice; linking Wikipedia, the BBC, the FSA
 * and an Israeli ministry; writing of recovery scams, an escort
 * agency's trial, casinos, toto and slot sites, payday and app loans,
 * VPNs, CBD, degree mills, guest post offers, bought followers; a bike
 * shop and a café under their own websites; a reader who posts the same
 * line twice and a reader who answers another).
 *
 * Untrained, before any change, the filter caught 14 of the 35 and
 * flagged 1 of the 45: that is the held-out figure. It missed all four
 * pieces of model-written praise (a link after "for readers who want to
 * explore the topic further", a website alone, an address written bare
 * after "the work we do at", and the German one at 0.45), the guest
 * post and the paid collaboration offers, the free tool, a hacker for
 * hire to be written to by email, investment on WhatsApp in Urdu and
 * Bengali (no messenger's name in Latin letters) and in Nigerian English
 * (0.45), every gambling site in Korean, Thai, Chinese and Japanese,
 * CBD with a discount, superclone watches, fake passports, a degree
 * mill, and both app download baits. It caught the sponsored article
 * offer, the Telegram and WhatsApp testimonies in English, Spanish,
 * Hindi, Arabic and Swahili, the VPN deal, escorts, followers, the
 * essay service, a referral code behind a shortener and both replies.
 * It flagged a freelance reporter who wrote of the "guest post" offers
 * she deletes ("guest post" on the suspect list, and "want a link"
 * read as asking readers to visit her).
 *
 * The round's rules are kinds, not these comments' words. "link in my"
 * invites only as "link in my bio" or "profile", so the reporter is a
 * reader again (0.35, for "guest post" alone). The messengers' names in
 * Urdu and Bengali script, with the word put before the number, and
 * "WhatsApp her now on…" give somewhere to write. "Hackers for hire"
 * changing grades or clearing records join the hire lists (bait.c),
 * "superclone" watches named by their model the copies rule (lures.c).
 * A new file, byline-spam-filter-pitches.c, weighs with somewhere to
 * go: praise in a language model's stock phrases (in six languages,
 * three phrases weighing more than one); guest post and paid article
 * offers made by a firm; gambling in Korean, Thai, Chinese and Japanese
 * with a sign-up bonus; CBD and papers or degrees without an exam, for
 * sale; money for installing an app; a tool of one's own offered to
 * website owners. With them the set is 35 of 35 and none of 45, no
 * longer held out, and no earlier set's reader scores any differently.
 *
 * Then ten spam and ten readers of the same kinds were written after
 * those rules and scored once: 4 of the 10 caught, none of the 10
 * flagged. That is the honest figure for the rules. They missed
 * model-written praise worded otherwise, in Spanish ("pone de relieve
 * aspectos que a menudo se pasan por alto") and in English ("unpacks
 * the complexities", "a timely reminder"), a PR agency "reaching out on
 * behalf of" a client to place an article "per placement", a Chinese
 * casino's sign-up money with Telegram called by its nickname (飞机),
 * an app's bonus in Swahili ("pakua app hii upate bonasi"), and a VPN
 * discount in a reply to another reader (0.45). The readers (a Korean
 * and a Thai writing of gambling adverts and a scam line, an Urdu
 * reader naming WhatsApp and the FIA's helpline, a Thai restaurant and
 * a health food shop that stopped selling CBD under their websites,
 * praise in stock phrases without a link, an Arabic reader linking
 * Wikipedia, a Nigerian warning of crypto recovery) all stay below.
 *
 * A second round names those kinds, not those comments' words: more of
 * a model's stock phrases in six languages (one phrase alone now 0.2,
 * so a reader's blog and "sheds light on" stay below), an agency
 * placing a client's article, a Chinese casino's sign-up money, an app
 * bonus in Swahili, "with my link" before a link the author earns by;
 * and, in lures.c, "replica watches" or "handbags" as goods copied when
 * no brand is named. With it that set is 10 of 10 and none of 10; the
 * test still holds it only to the 4 it first scored.
 *
 * A third set of eight spam and eight readers, written after the second
 * round and scored once: 4 of 8 caught, none of 8 flagged. It missed
 * model praise in Italian ("un articolo davvero illuminante", "chi vuole
 * saperne di più") and in English worded once more otherwise ("balanced
 * framing", "given equal weight", before "we explore similar themes at"
 * an address), Korean sports betting with Telegram written in Hangul
 * (텔레그램, which the messengers list lacks), and essay spam in a reply
 * that sends readers to "thesishelpers.co.uk" after "See". Readers kept
 * below: an Italian's electricity bill, a carer mentioning her blog, a
 * reader's free map of closed libraries, a Korean mother's gambling
 * helpline, a Thai reader on baccarat sites, a Hindi reader on bills, an
 * Indonesian on online prostitution, and a warning against paid
 * dissertations with the student support line.
 *
 * A third round adds the messengers' names in Korean, Thai and Japanese
 * script and "LINE ID", Korean betting and deposit bonuses, and
 * coursework "done by an expert" with somewhere to go. With it the
 * third set is 6 of 8; the test holds it to the 4 it first scored. Two
 * pieces of model-written praise are still missed (Italian, and English
 * in yet other words): a list of stock phrases finds what a model wrote
 * last year, not what it writes next, and it is no set's held-out
 * figure any more.
 *
 * Readers written to probe the rules from the other side (the
 * "neighbours" below) found three more readers flagged: a café owner
 * who would "love to collaborate" with other shops, a teacher writing
 * of essays "done by experts" under her blog, and a reader whose stock
 * phrases went on to her own blog post. The rules now count each
 * outreach phrase once, ask a ghostwriter for a price, and set stock
 * phrases aside when the writer tells of her own life; gambling's
 * sign-up words with only a website weigh less, and nothing beside
 * addiction, debt or the police.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* praise a language model wrote, restating the article, with a link or a website */
  { "This piece offers a nuanced perspective on the housing debate, balancing the concerns of tenants "
    "with the realities developers face. For readers who want to explore the topic further, I have "
    "compiled a few resources at https://homeequity-guide.net",
    "Daniel Brooks", "d.brooks.writes@gmail.com", NULL },
  { "What stands out in this article is how carefully it weighs the cost of the new bypass against the "
    "time commuters would save. A genuinely balanced and insightful read.",
    "SmartCommute Hub", "contact@smartcommute-hub.com", "https://smartcommute-hub.com" },
  { "Your exploration of the rural broadband gap highlights an often overlooked dimension of digital "
    "inclusion. It resonates deeply with the work we do at fiberlink-solutions.io, where we help "
    "households compare providers.",
    "Fiberlink Solutions", "hello@fiberlink-solutions.io", NULL },
  { "Dieser Beitrag bietet eine differenzierte Perspektive auf die Energiewende und zeigt sehr schön, "
    "wie wichtig jede einzelne Entscheidung ist. Weitere hilfreiche Tipps finden Sie auf "
    "https://solar-ratgeber24.de",
    "Solar Ratgeber", "info@solar-ratgeber24.de", NULL },
  /* guest posts, collaborations, sponsored articles, backlinks to a tool */
  { "Hi editor, I'm Priya from ContentBridge. We would love to contribute a high-quality guest post to "
    "your site on any topic of your choice, and we are also open to a paid collaboration. Kindly reply "
    "at priya.outreach@contentbridge.co",
    "Priya Sharma", "priya.outreach@contentbridge.co", NULL },
  { "Hello team, we are interested in publishing a sponsored article on your news website with one "
    "do-follow link. What is your price for a permanent post? WhatsApp +44 7700 900123",
    "Mark Linkbuilder", "mark.seo.deals@gmail.com", NULL },
  { "Hey! Loved your recent story on local farming. We're a sustainable brand and would love to "
    "collaborate: we can pay for a mention with a link to our store. Email partnerships@greenroots-shop.co",
    "Green Roots", "partnerships@greenroots-shop.co", NULL },
  { "If anyone wants to check their own site's speed, I built a free tool for exactly this: "
    "pagespeedy.app, it also finds broken links in seconds.",
    "Tom", "tom.pagespeedy@gmail.com", NULL },
  /* crypto recovery and hackers for hire */
  { "I lost 3.2 BTC to a fake trading platform in March. I reached out to RecoverPro Team and within 72 "
    "hours my funds were back in my wallet. Highly recommend them to anyone in the same situation, "
    "email recoverproteam@protonmail.com",
    "Jessica Moore", "jessmoore1979@gmail.com", NULL },
  { "Do you suspect your partner is cheating? I needed access to my husband's WhatsApp and this ethical "
    "hacker got it done in 6 hours without him knowing. Telegram: @hackwizard_pro",
    "Linda", "linda.k22@yahoo.com", NULL },
  { "Need to change your university grades, clear a criminal record or recover a hacked Instagram? "
    "Reliable hackers for hire, payment only after the job is done. Email hackerforhire247@gmail.com",
    "Cyber Genius", "hackerforhire247@gmail.com", NULL },
  { "Perdí 15.000 dólares en una estafa de criptomonedas. Gracias a Recuperación Cripto Global recuperé "
    "todo en 48 horas. Escríbanles a su Telegram @recuperacion_global",
    "Marta G.", "martag.1985@hotmail.com", NULL },
  /* investment on a messenger, in many languages */
  { "मैंने सिर्फ़ ₹5,000 लगाकर एक हफ़्ते में ₹42,000 कमाए। भरोसेमंद निवेश सलाहकार से जुड़ने के लिए "
    "टेलीग्राम पर संपर्क करें: @rahul_profit_guru",
    "Rahul Verma", "rahulverma.inv@gmail.com", NULL },
  { "گھر بیٹھے روزانہ 5000 روپے کمائیں، صرف موبائل چاہیے۔ مزید معلومات کے لیے واٹس ایپ کریں 0301-2345678",
    "Ayesha", "ayesha.earn@gmail.com", NULL },
  { "মাত্র ১০০০ টাকা বিনিয়োগ করে প্রতিদিন ৫০০ টাকা আয় করুন! বিস্তারিত জানতে হোয়াটসঅ্যাপ করুন +8801712345678",
    "Rafiq", "rafiq.income@gmail.com", NULL },
  { "استثمر 250 دولار واربح 3000 دولار خلال أسبوع مع أفضل خبير تداول. تواصل معي على واتساب +966 55 123 4567",
    "خالد", "khalid.trade@gmail.com", NULL },
  { "Nimepata faida ya Sh 450,000 kwa wiki moja kupitia uwekezaji wa forex. Wasiliana na mshauri wangu "
    "kwa WhatsApp +254 712 345678",
    "Neema", "neema.forex@gmail.com", NULL },
  { "God bless Mrs Funmilayo for this opportunity o! I invested 50k naira and collected 380k in 5 days. "
    "No story. Whatsapp her now on +234 803 123 4567 and thank me later",
    "Chioma", "chiomablessed@gmail.com", NULL },
  /* gambling in Korean, Thai, Chinese and Japanese */
  { "안전한 토토사이트 추천 - 먹튀검증 완료, 신규가입 첫충 20% 보너스 지급. 바로가기 https://toto-safe77.com",
    "토토왕", "totoking@naver.com", NULL },
  { "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครวันนี้รับโบนัส 100% ที่ https://slotpg-th99.com",
    "แอดมิน", "slotpg99@gmail.com", NULL },
  { "澳门娱乐城官方网站，真人博彩，百家乐，首存送88%，24小时在线提款。网址：yule888.vip",
    "娱乐城客服", "kf@yule888.vip", NULL },
  { "オンラインカジノで月100万円稼いでいます！初回入金ボーナス200%、詳しくは私のサイトから。",
    "ゆうき", "yuki.casino@gmail.com", "https://casino-jp-bonus.net" },
  /* CBD, VPN, escorts, replicas, fake papers, followers, essays */
  { "Has anyone tried full-spectrum CBD oil for anxiety? It changed my sleep completely. I order mine "
    "from greenleafcbd-store.com, they have 20% off this week.",
    "Karen", "karen.w.1970@gmail.com", NULL },
  { "Worried about privacy? Get the fastest VPN for streaming and torrents, 3 years for $1.99/mo, 83% off "
    "today only: https://vpn-deal-now.com/go",
    "Secure Surfer", "deals@vpn-deal-now.com", NULL },
  { "Independent escorts in Dubai Marina, VIP models available 24/7, incall and outcall. Book on WhatsApp "
    "+971 50 123 4567",
    "Dubai VIP", "vipmodels.dxb@gmail.com", NULL },
  { "Swiss-grade superclone watches shipped from HK, Submariner from $189, PayPal accepted. Catalogue: "
    "timeless-clones.shop",
    "Timeless", "sales@timeless-clones.shop", NULL },
  { "Buy real registered passports, driver's licences and ID cards for all countries. Also IELTS and "
    "TOEFL certificates without the exam. Email docs@legitpapers.org",
    "Legit Papers", "docs@legitpapers.org", NULL },
  { "Compra seguidores reales para TikTok e Instagram desde 2€, entrega en 10 minutos. Entra en "
    "https://seguidores-top.es",
    "Seguidores Top", "info@seguidores-top.es", NULL },
  { "No time for your nursing essay? Our PhD experts write plagiarism-free papers from $9 a page, 24h "
    "delivery. Order at essaypro-help.com",
    "Essay Pro", "support@essaypro-help.com", NULL },
  { "Get a verified bachelor's or master's degree from accredited universities in 7 days, no classes "
    "required, transcripts included. Visit degreesfast.org",
    "Degrees Fast", "admissions@degreesfast.org", NULL },
  /* download an app */
  { "Download this app and get ₹500 cashback instantly on your first UPI transfer! Use my referral code "
    "KARAN500: https://bit.ly/cashapp-500",
    "Karan", "karan.refer@gmail.com", NULL },
  { "भारत का नंबर 1 ऑनलाइन तीन पत्ती ऐप – अभी डाउनलोड करें और पहली जमा पर 500% बोनस पाएं: https://teenpatti-gold.app",
    "Teen Patti Gold", "promo@teenpatti-gold.app", NULL },
  { "Earn $30 just for installing and playing this game for 10 minutes, paid straight to PayPal. "
    "Download: https://play-earn.link/app",
    "Gamer Mike", "mike.playearn@gmail.com", NULL },
  /* hiding in a reply */
  { "@Margaret I'm so sorry about your mum. When I was in debt a loan company called QuickFund helped me "
    "within hours, apply at quickfund-now.com, no credit check.",
    "Sandra", "sandra.j.1982@gmail.com", NULL },
  { "Replying to Dave: you're right, the economy is a mess. That's why I switched to passive income with "
    "Bitcoin mining, I get $2,100 every week. Ask me how on Telegram @mining_jenny",
    "Jenny", "jenny.mining@gmail.com", NULL },
};

static const Comment genuine[] = {
  { "The article says rents rose 9% but that is the city average. In our building on Harrow Road they "
    "went from £1,150 to £1,450 in a single year, which is 26%, and the landlord has not fixed the damp "
    "in three winters. The council's private renting team told us to 'keep a diary'. A diary! We have "
    "kept one. It is forty pages long now and nothing has happened.",
    "Helen Ashby", "helen.ashby@btinternet.com", NULL },
  { "Thank you for this.",
    "Sam", "sam.okafor@gmail.com", NULL },
  { "A thoughtful and balanced article. I especially appreciated the interviews with the night-shift "
    "nurses; their voices are rarely heard.",
    "Margaret Hill", "mhill1951@outlook.com", NULL },
  { "My dad lost his savings to a fake trading site, and then a 'recovery agent' on Telegram asked him "
    "for another $2,000 fee to get it back. These recovery hackers are the second wave of the same scam. "
    "Report it to Action Fraud on 0300 123 2040, not to anyone who comments here offering help.",
    "Paul Turner", "pturner@gmail.com", NULL },
  { "The escort agency trial at Southwark Crown Court showed how the women were trafficked and kept in "
    "debt. The judge's sentencing remarks are on judiciary.uk and are worth reading in full.",
    "Rachel Green", "rachel.green.law@gmail.com", NULL },
  { "The casino resort in Osaka is meant to open in 2030 and the government expects 20 million visitors "
    "a year. Does anyone actually believe that figure?",
    "Kenji", "kenji.tanaka@yahoo.co.jp", NULL },
  { "Buy-now-pay-later is the new payday loan. My niece had six of them open at once, each 'only' £40 a "
    "month, and the late fees piled up faster than she could pay.",
    "Diane", "diane.m@hotmail.co.uk", NULL },
  { "불법 토토사이트 때문에 청소년 도박 문제가 정말 심각합니다. 정부가 더 강하게 단속해야 합니다.",
    "김민수", "minsu.kim@naver.com", NULL },
  { "ลูกชายของฉันติดเว็บสล็อตออนไลน์จนเป็นหนี้สองแสนบาท รัฐบาลควรปิดเว็บพวกนี้ให้หมด",
    "สมศรี", "somsri.k@hotmail.com", NULL },
  { "我表哥在澳门赌场输掉了全部积蓄，博彩业的危害应该多报道一些。谢谢你们的文章。",
    "李华", "lihua1988@163.com", NULL },
  { "記事を読みました。カジノ法案には反対です。依存症対策が全く足りていないと思います。",
    "佐藤", "sato.h@gmail.com", NULL },
  { "मेरे चाचा को व्हाट्सएप पर निवेश के नाम पर ठगा गया, 2 लाख रुपये चले गए। ऐसे मामलों में साइबर क्राइम "
    "हेल्पलाइन 1930 पर तुरंत शिकायत करें।",
    "अनिता", "anita.sharma@gmail.com", NULL },
  { "بہت اچھی رپورٹ۔ کراچی میں بجلی کا بل اس مہینے 18000 روپے آیا ہے، غریب آدمی کہاں جائے؟",
    "عمران", "imran.khan.khi@gmail.com", NULL },
  { "ধন্যবাদ এই প্রতিবেদনের জন্য। ঢাকায় চালের দাম কেজিপ্রতি ৭৫ টাকা হয়ে গেছে, আমরা কীভাবে চলব?",
    "সুমাইয়া", "sumaiya.dhaka@gmail.com", NULL },
  { "أشكركم على التقرير. فاتورة الكهرباء عندنا في عمّان تضاعفت هذا الشتاء، والخط الساخن للشكاوى 117 لا يرد أبداً.",
    "ليلى", "layla.amman@gmail.com", NULL },
  { "Habari nzuri. Lakini mikopo ya mtandaoni inawaumiza vijana wengi hapa Mombasa, riba ni kubwa mno na "
    "wanatumia picha za watu kuwatishia.",
    "Juma", "juma.mombasa@gmail.com", NULL },
  { "This fuel price matter na wa o. I paid ₦1,050 per litre in Lagos yesterday. How are ordinary people "
    "supposed to survive this?",
    "Tunde", "tunde.adebayo@yahoo.com", NULL },
  { "כתבה חשובה. The ministry's own data shows waiting times of 90 days for a specialist, לא 30 כמו "
    "שנאמר בכתבה: https://www.gov.il/he/departments/ministry_of_health",
    "נועה", "noa.levi@gmail.com", NULL },
  { "We run the bike repair shop on Canal Street, and since the cycle lane opened our walk-in trade is up "
    "about a fifth. The delivery vans parking in it are the real problem, not the lane.",
    "Canal Street Cycles", "hello@canalstreetcycles.co.uk", "https://canalstreetcycles.co.uk" },
  { "Speaking as the owner of a café on the square: the new parking charges (£3.20 an hour) have cut our "
    "lunchtime trade by a third. Please ask the council where the money goes.",
    "Maria Costa", "maria@thecornercafe.co.uk", "https://thecornercafe.co.uk" },
  { "Well done to all the volunteers at the food bank!",
    "Bev", "bev.collins@gmail.com", NULL },
  { "Well done to all the volunteers at the food bank!",
    "Bev", "bev.collins@gmail.com", NULL },
  { "For context, the dam was finished in 1961, not 1966: https://en.wikipedia.org/wiki/Kariba_Dam",
    "Tendai", "tendai.m@gmail.com", NULL },
  { "The BBC reported a different figure this morning: https://www.bbc.co.uk/news/uk-politics-67890123",
    "Alan", "alan.reeves@gmail.com", NULL },
  { "Russia blocked yet another VPN this week. My cousin in Kazan says half her friends pay about 300 "
    "roubles a month for one just to read foreign news.",
    "Olga", "olga.ivanova@gmail.com", NULL },
  { "The Food Standards Agency keeps a public list of the CBD products that may be sold, and most shop "
    "brands are not on it: https://www.food.gov.uk/business-guidance/cannabidiol-cbd",
    "Gareth", "gareth.price@gmail.com", NULL },
  { "So the deputy minister's 'master's degree' came from a diploma mill that sells certificates for $400. "
    "And he still has his job.",
    "Ifeoma", "ifeoma.n@gmail.com", NULL },
  { "As a freelance reporter I get three 'guest post' offers a week from agencies who want a link in my "
    "articles. I delete them all. Good to see this written about.",
    "Lucy Marsh", "lucy.marsh.press@gmail.com", NULL },
  { "@Margaret so sorry about your mum. The hospice at St Luke's helped us enormously when my father was "
    "ill; their family support line is 020 7946 0321.",
    "Ann", "ann.byrne@gmail.com", NULL },
  { "My students now hand in essays that are obviously written by a chatbot, and the university tells us "
    "the detection tools can't be used as evidence.",
    "Dr Peter Hall", "p.hall@gmail.com", NULL },
  { "Half the followers on the mayor's Instagram are bots, you can see it at a glance. Who paid for them?",
    "Kev", "kev.h@gmail.com", NULL },
  { "The hospital's systems were down for nine days after the ransomware attack. My mother's operation "
    "was cancelled twice.",
    "Joanne", "joanne.b@gmail.com", NULL },
  { "For anyone renewing: the Passport Office advice line is 0300 222 0000, 8am to 8pm on weekdays. Don't "
    "pay the websites that charge £50 to 'check your form'.",
    "Ian", "ian.fletcher@gmail.com", NULL },
  { "¡Es una vergüenza! Llevamos tres meses sin autobús nocturno y el ayuntamiento no dice nada.",
    "Lucía", "lucia.fdz@gmail.com", NULL },
  { "Merci pour cet article. À Marseille, le loyer d'un deux-pièces dépasse maintenant 900 € et les "
    "étudiants dorment chez des amis.",
    "Camille", "camille.durand@free.fr", NULL },
  { "Danke für den Bericht. Die Tafel in unserer Stadt hat inzwischen eine Warteliste von drei Monaten.",
    "Jürgen", "juergen.weber@web.de", NULL },
  { "Que reportagem triste. A minha avó esperou oito horas nas urgências de Setúbal com uma fratura.",
    "Inês", "ines.santos@sapo.pt", NULL },
  { "My grandmother would have loved this piece. She ran the post office in the village for thirty-one "
    "years and knew every family by their handwriting. When it closed in 2009 she said the village had "
    "lost its voice. Thank you for remembering places like hers.",
    "Eleanor", "eleanor.p@gmail.com", NULL },
  { "Pinjol ilegal sudah meresahkan, tetangga saya diteror debt collector padahal pinjamannya cuma "
    "Rp 2 juta. OJK harus bertindak.",
    "Dewi", "dewi.lestari@gmail.com", NULL },
  { "Bahis reklamları her yerde, maç aralarında bile. Gençlerin bu kadar kolay erişmesi kabul edilemez.",
    "Mehmet", "mehmet.yilmaz@gmail.com", NULL },
  { "The fire brigade's flood alerts are on their official Telegram channel now as well as the website, "
    "which helped us a lot during the storm.",
    "Fiona", "fiona.mckay@gmail.com", NULL },
  { "My Seiko cost £250 twenty years ago and keeps better time than my brother-in-law's £8,000 Rolex.",
    "Dennis", "dennis.w@gmail.com", NULL },
  { "Spot on.",
    "Raj", "raj.patel@gmail.com", NULL },
  { "I'm a GP in Bradford and I'd add one thing: many patients buy CBD oil online thinking it is "
    "medicine. Please talk to your pharmacist first, it can interact with other drugs.",
    "Dr Aisha Rahman", "aisha.rahman@nhs.net", NULL },
  { "You quote the lottery's 'good causes' figure of £1.8bn, but leave out that ticket sales were £8bn. "
    "Four in five pounds never reach a good cause.",
    "Martin", "martin.cole@gmail.com", NULL },
};

/* Written after the round's rules, scored once: see the top comment */
static const Comment spam_after[] = {
  { "Este artículo ofrece una mirada profunda y equilibrada sobre la crisis del agua, y pone de relieve "
    "aspectos que a menudo se pasan por alto. Para quienes deseen profundizar, recomiendo "
    "https://aguapura-filtros.mx",
    "Aguapura", "ventas@aguapura-filtros.mx", NULL },
  { "I appreciate how this article unpacks the complexities of school funding without oversimplifying. "
    "It's a timely reminder of why local journalism matters.",
    "EduFunding Insights", "team@edufundinginsights.com", "https://edufundinginsights.com" },
  { "Hello, I am reaching out on behalf of a digital PR agency. We have a client in the fintech space who "
    "would like to feature an article on your publication. Budget is $150 per placement. Let me know "
    "your terms. Ahmed, ahmed@prlinkhouse.com",
    "Ahmed", "ahmed@prlinkhouse.com", NULL },
  { "All thanks to Wizard Brian Recovery, I got back my $67,000 in USDT that I lost to a fake broker. "
    "Contact him on WhatsApp: +1 (302) 555-0187 or email wizardbrian@consultant.com",
    "Grace Williams", "gracew.1990@gmail.com", NULL },
  { "메이저놀이터 추천, 가입머니 3만원 즉시 지급! 안전한 카지노사이트 → major-play.kr",
    "놀이터", "majorplay@naver.com", NULL },
  { "新葡京线上娱乐，注册即送38元体验金，支持USDT充值。飞机：@xpj_kefu",
    "客服小美", "xpj_kefu@163.com", NULL },
  { "صرف 10 ہزار روپے سے کرپٹو ٹریڈنگ شروع کریں اور ہر ہفتے 25 ہزار کمائیں۔ ٹیلی گرام پر رابطہ کریں: @pk_crypto_sir",
    "Sir Bilal", "bilal.crypto.pk@gmail.com", NULL },
  { "Pakua app hii upate bonasi ya Sh 1,000 bure! Tumia link hii: https://pesa-haraka.app/ref/juma",
    "Pesa Haraka", "info@pesa-haraka.app", NULL },
  { "Vendemos pasaportes, licencias de conducir y cédulas registradas de cualquier país, entrega discreta. "
    "WhatsApp +52 55 1234 5678",
    "Documentos Rápidos", "docs.rapidos@gmail.com", NULL },
  { "@Fiona agree completely about the storm. By the way, anyone who needs a VPN for travel, I've been "
    "using SurfShield for a year, 80% off with my link: https://surfshield.link/r/fiona",
    "Mel", "mel.travels88@gmail.com", NULL },
};

static const Comment genuine_after[] = {
  { "토토 광고가 유튜브에 너무 많이 나옵니다. 아이들이 보는데 규제가 필요합니다.",
    "박지훈", "jihoon.park@naver.com", NULL },
  { "ถ้าใครโดนแก๊งคอลเซ็นเตอร์หลอก โทรแจ้งสายด่วน 1441 ได้เลยค่ะ",
    "นิด", "nid.bkk@gmail.com", NULL },
  { "میرے بھائی کو بھی واٹس ایپ پر سرمایہ کاری کا جھانسہ دیا گیا۔ ایف آئی اے کی ہیلپ لائن 1991 پر شکایت کریں۔",
    "فاطمہ", "fatima.lhr@gmail.com", NULL },
  { "We run a small Thai restaurant in Leith and the new licensing fee of £1,200 a year is more than our "
    "monthly rent used to be.",
    "Baan Thai Leith", "hello@baanthai-leith.co.uk", "https://baanthai-leith.co.uk" },
  { "This is a thoughtful, well-researched piece that sheds light on an often overlooked problem: carers "
    "who are themselves over seventy. My mother is one.",
    "Clare", "clare.d@gmail.com", NULL },
  { "Several local 'news' sites turned out to be selling sponsored articles dressed up as reporting. "
    "Good that you label yours.",
    "Owen", "owen.price@gmail.com", NULL },
  { "المقال ممتاز، لكن تاريخ تأسيس المدينة خاطئ. انظروا: https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D8%B2%D8%B1%D9%82%D8%A7%D8%A1",
    "سامي", "sami.zarqa@gmail.com", NULL },
  { "খুব ভালো প্রতিবেদন, ধন্যবাদ।",
    "তানভীর", "tanvir.ctg@gmail.com", NULL },
  { "I own a health food shop and we stopped selling CBD oil after the FSA rules; half the products we "
    "had tested failed.",
    "Greenhouse Wholefoods", "shop@greenhouse-wholefoods.co.uk", "https://greenhouse-wholefoods.co.uk" },
  { "Please people, anybody that tells you he can recover your lost crypto is a scammer. EFCC has warned "
    "about this several times.",
    "Emeka", "emeka.o@yahoo.com", NULL },
};

/* Written after the second round's rules, scored once: see the top
 * comment */
static const Comment spam_third[] = {
  { "Un articolo davvero illuminante che affronta con equilibrio un tema complesso come la transizione "
    "energetica. Chi vuole saperne di più trova approfondimenti su https://energia-casa-risparmio.it",
    "Energia Casa", "info@energia-casa-risparmio.it", NULL },
  { "Really appreciated the balanced framing here, it's rare to see both the economic and the human side "
    "given equal weight. We explore similar themes at futureofworkdaily.com",
    "Future of Work Daily", "editor@futureofworkdaily.com", NULL },
  { "Dear Editor, we'd like to buy a do-follow backlink inside one of your existing articles (a niche "
    "edit). We pay via PayPal within 24h. Reply to outreach@linkvault.io",
    "LinkVault", "outreach@linkvault.io", NULL },
  { "스포츠 배팅 최고 배당, 신규 회원 입금 보너스 30%! 텔레그램 @bet_korea77",
    "벳코리아", "betkorea77@gmail.com", NULL },
  { "บาคาร่าออนไลน์ ฝากขั้นต่ำ 1 บาท แจกเครดิตฟรี 50 ไลน์ @baccarat88",
    "บาคาร่า88", "baccarat88th@gmail.com", NULL },
  { "क्रिप्टो में पैसे डूब गए? हमारे रिकवरी एक्सपर्ट 48 घंटे में वापस दिलाते हैं। टेलीग्राम: @recover_india",
    "Recover India", "recover.india@gmail.com", NULL },
  { "Open BO cewek cantik Jakarta, booking via WA 0812 3456 7890, real pic no tipu",
    "Mami Sinta", "sinta.bo@gmail.com", NULL },
  { "@Dr Peter Hall maybe the students just need better help. My sister got her whole dissertation done "
    "by an expert for £300 and got 72%. See thesishelpers.co.uk",
    "Jade", "jade.k.2001@gmail.com", NULL },
};

static const Comment genuine_third[] = {
  { "Articolo equilibrato. Io però pago la bolletta della luce 140 euro al mese per un bilocale a Bari, "
    "e nessuno ne parla.",
    "Giuseppe", "giuseppe.r@libero.it", NULL },
  { "Thoughtful piece. I wrote about my own years of caring for my dad on my blog, if it helps anyone.",
    "Anne", "anne.m.carer@gmail.com", "https://annecares.wordpress.com" },
  { "I made a free map of all the closed libraries from the council's FOI data: libmap.example.org. "
    "Corrections welcome.",
    "Rob", "rob.h@gmail.com", NULL },
  { "스포츠 도박 광고 때문에 제 아들이 빚을 졌습니다. 도박 문제 상담은 1336으로 전화하세요.",
    "이수진", "sujin.lee@naver.com", NULL },
  { "ข่าวนี้ดีมาก ตำรวจควรจับเว็บบาคาร่าพวกนี้ให้หมด",
    "ประยุทธ", "prayut.s@gmail.com", NULL },
  { "बहुत बढ़िया रिपोर्ट। हमारे शहर में बिजली का बिल 30% बढ़ गया है।",
    "सुरेश", "suresh.k@gmail.com", NULL },
  { "Berita ini penting. Banyak prostitusi online lewat aplikasi, polisi harus bertindak tegas.",
    "Rina", "rina.s@gmail.com", NULL },
  { "If you're a student being offered 'dissertation help' for £300, please don't: universities now expel "
    "for it. The student support line is 0800 068 4144.",
    "Mark", "mark.t@gmail.com", NULL },
};

/* Readers written to probe the round's rules from the other side, each
 * near one of them: three were flagged when first scored (the café's
 * "we would love to collaborate", counted twice, the teacher's "essays
 * done by experts", and Jane's stock phrases before her own blog),
 * none is now */
static const Comment neighbours[] = {
  { "I run a small café and we would love to collaborate with other shops on the high street, email me at "
    "cafe@corner.example",
    "Jo", NULL, NULL },
  { "As a teacher I see essays done by experts for money every week. More on my blog https://teach.example",
    "Jo", NULL, "https://teach.example" },
  { "ลูกชายฉันสมัครเว็บสล็อตแล้วเสียไปสองหมื่น",
    "Jo", NULL, "https://nokblog.example" },
  { "우리 아들이 토토사이트에 가입했어요",
    "Jo", NULL, "https://myblog.example" },
  { "Thought-provoking piece that sheds light on an often overlooked issue. I wrote about it on my blog: "
    "https://janesblog.example/post",
    "Jane", NULL, NULL },
  { "A thought-provoking read, thank you.",
    "Jo", NULL, "https://janesblog.example" },
  { "Is CBD oil any good for arthritis? My pharmacist says buy only from reputable shops like the one at "
    "https://boots.com",
    "Jo", NULL, NULL },
  { "The app gives you a bonus for installing it, which is how they got my mum. Download the app and get "
    "scammed, basically: https://bbc.co.uk/news/x",
    "Jo", NULL, NULL },
};

static void
test_heldout10_untrained (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spam));
}

static void
test_heldout10_after (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_after, G_N_ELEMENTS (spam_after),
                                      genuine_after, G_N_ELEMENTS (genuine_after), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, >=, 4);
}

static void
test_heldout10_third (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_third, G_N_ELEMENTS (spam_third),
                                      genuine_third, G_N_ELEMENTS (genuine_third), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, >=, 4);
}

/* The maintainer's own spot check, written before the round's rules
 * were read (kinds the brief named, words of its own): 10 of 14 caught
 * and none of 8 flagged before the round, 12 and none after it. The two
 * missed: a Korean betting site's "카톡 toto77" (an account named after a
 * messenger written in Hangul, without a colon, was no account) and an
 * essay mill's "our UK writers deliver 100% original papers … Order at"
 * (only "done by an expert" with a price was read). Both kinds are read
 * now; the set is no longer held out. */
static const Comment spot_spam[] = {
  { "I found this article very informative. For anyone looking for reliable car rental in Dubai, check out "
    "https://dubai-rentacar-deals.ae", "Ahmed Rentals", "ahmed@dubai-rentacar-deals.ae", NULL },
  { "토토사이트 추천 안전놀이터 보증업체 가입코드 777 ☎ 카톡 toto77 24시간 상담", "안전놀이터", "toto77@naver.example", NULL },
  { "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครเลย https://slot-pg888.example", "pgslot", "admin@slot-pg888.example",
    NULL },
  { "Hi editor, I'd love to contribute a guest post to your site. We pay $150 per do-follow link. Reply to "
    "outreach@linkvista.example", "Maria from LinkVista", "outreach@linkvista.example", NULL },
  { "I lost $84,000 to a fake trading platform until I found RECOVERY EXPERT Dan Wilson. Contact him on WhatsApp "
    "+1 (302) 555-0187, he got all my money back within a week.", "Karen Mills", "karenmills1970@gmail.example", NULL },
  { "Need to catch a cheating spouse? Contact hackerjoe at protonmail dot com for phone access, fast and discreet "
    "service.", "Jake", "jake.t@mail.example", NULL },
  { "Struggling with your dissertation? Our UK writers deliver 100% original papers in 24 hours. Order at "
    "essaypro-uk.co", "EssayPro UK", "info@essaypro-uk.example", NULL },
  { "Nice post, thanks.", "Replica Rolex", "sales@luxury-replica-shop.example", "https://luxury-replica-shop.cn" },
  { "घर बैठे रोज़ ₹5000 कमाएं! अभी व्हाट्सएप करें 98765 43210 पर, सीमित सीटें", "Rahul", "rahul.earn@gmail.example", NULL },
  { "أفضل شركة تنظيف منازل في الرياض خصم 30% اتصل الآن 0551234567", "شركة النخبة", "info@alnokhba-clean.example", NULL },
  { "Our organic CBD gummies helped my anxiety so much. Get 20% off with code CALM20 at greenleafcbd.shop",
    "GreenLeaf", "hello@greenleafcbd.example", NULL },
  { "This article offers a comprehensive overview of the challenges facing coastal infrastructure. The insights "
    "shared are truly valuable for anyone interested in the topic. Thank you for sharing such well-researched "
    "content!", "Emily Clarke", "emily.clarke.writes@gmail.example", "https://bestvpnreviews.net" },
  { "Buy real registered passports, driver's licenses, ID cards and residence permits. Telegram @docsworld24",
    "Docs World", "docsworld24@gmail.example", NULL },
  { "澳门新葡京娱乐城 注册送88元 官网 www.xpj8899.com 日出千万 信誉第一", "葡京", "vip@xpj8899.example", NULL },
};

static const Comment spot_genuine[] = {
  { "The council's figures are here: https://www.gov.uk/government/statistics/local-authority-housing and they "
    "don't match what the mayor said.", "Helen Ward", "helen.ward@example.org", NULL },
  { "My mother lost £12,000 to one of those \"recovery experts\" after a crypto scam. Please write about how they "
    "target victims twice.", "Priya", "priya.n@example.com", NULL },
  { "Casino licence or not, the town needs the jobs. 400 jobs is 400 jobs.", "Dave", "dave1961@example.com", NULL },
  { "Call 111 if it's not an emergency, 999 if it is. People keep clogging A&E with sprains.", "Nurse Kay",
    "kay@example.org", NULL },
  { "این طرح مترو سال‌هاست وعده داده شده؛ امیدوارم این بار واقعاً اجرا شود.", "فرهاد", "farhad@example.ir", NULL },
  { "As a baker on the high street, the parking charges are killing our morning trade. Footfall is down a third "
    "since April.", "Sam Okafor", "sam@okaforbakery.example", "https://okaforbakery.co.uk" },
  { "Great article, thanks.", "Jan", "jan.k@example.com", NULL },
  { "지하철 연장 소식 반갑네요. 출퇴근 시간이 많이 줄어들 것 같습니다.", "민지", "minji@example.kr", NULL },
  /* (a messenger in its own script before a year or a version is no account) */
  { "카톡 2023 업데이트 이후로 알림이 자꾸 늦게 와요. 저만 그런가요?", "지훈", "jihoon@example.kr", NULL },
  { "微信 2024年 的新规定让很多小商户很头疼。", "王芳", "wangfang@example.cn", NULL },
  { "My son's school says essays written by experts for money are the new cheating. Our writers' club meets on "
    "Tuesdays: https://millbrook-writers.example", "Anne", "anne@example.org", NULL },
};

static void
test_heldout10_spot_check (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spot_spam, G_N_ELEMENTS (spot_spam),
                                      spot_genuine, G_N_ELEMENTS (spot_genuine), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spot_spam));
}

static void
test_heldout10_neighbours (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, neighbours, G_N_ELEMENTS (neighbours), "ham"), ==, 0);
}

/* What an editor reads for the kinds of this round */
static void
test_heldout10_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Your exploration of", "praise in a language model’s stock phrases" },
    { spam, G_N_ELEMENTS (spam), "Hi editor, I'm Priya", "offers the site’s owner a guest post or a paid article" },
    { spam, G_N_ELEMENTS (spam), "안전한 토토사이트", "offers a gambling site’s sign-up bonus" },
    { spam, G_N_ELEMENTS (spam), "Has anyone tried", "sells CBD or cannabis products" },
    { spam, G_N_ELEMENTS (spam), "Get a verified", "sells diplomas, licences or identity papers" },
    { spam, G_N_ELEMENTS (spam), "Earn $30", "pays readers to install an app or a game" },
    { spam, G_N_ELEMENTS (spam), "If anyone wants to check", "offers its own tool to website owners" },
    { spam, G_N_ELEMENTS (spam), "Need to change your", "offers hacking for hire" },
    { spam, G_N_ELEMENTS (spam), "Swiss-grade", "sells copies of luxury brands" },
    { spam, G_N_ELEMENTS (spam), "মাত্র", "gives a WhatsApp, Telegram or similar number to write to" },
    { spam, G_N_ELEMENTS (spam), "God bless", "gives a WhatsApp, Telegram or similar number to write to" },
    { spam_after, G_N_ELEMENTS (spam_after), "@Fiona", "sends readers through the author’s own referral link" },
    { spam_after, G_N_ELEMENTS (spam_after), "Hello, I am reaching out", "offers the site’s owner a guest post" },
    { spam_third, G_N_ELEMENTS (spam_third), "@Dr Peter Hall", "offers coursework written for students" },
    { spam_third, G_N_ELEMENTS (spam_third), "스포츠 배팅", "gives a WhatsApp, Telegram or similar number to write to" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the openings this round's rules look for
 * cut short at the end of the text */
static void
test_heldout10_tiny (void)
{
  static const char * const contents[] = {
    "", "a", "토", "토토", "ส", "สล็อต", "カジノ", "娱乐城", "首存", "واٹس ایپ", "واٹس ایپ کریں", "হোয়াটসঅ্যাপ",
    "হোয়াটসঅ্যাপ করুন", "whatsapp her now", "whatsapp her now on", "whatsapp her now on +", "cbd oil", "buy cbd oil",
    "guest post", "we guest post", "download this app", "i built a free tool", "superclone", "nuanced perspective",
    "link in my", "hackers for hire", "without exam", "텔레그램", "텔레그램 @", "line id", "line id:",
    "essay done by an expert", "with my link", "pakua app", "葡京", "即送", "스포츠토토 입금",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout10/untrained", test_heldout10_untrained);
  g_test_add_func ("/spam-heldout10/after", test_heldout10_after);
  g_test_add_func ("/spam-heldout10/third", test_heldout10_third);
  g_test_add_func ("/spam-heldout10/neighbours", test_heldout10_neighbours);
  g_test_add_func ("/spam-heldout10/spot-check", test_heldout10_spot_check);
  g_test_add_func ("/spam-heldout10/reasons", test_heldout10_reasons);
  g_test_add_func ("/spam-heldout10/tiny", test_heldout10_tiny);

  return g_test_run ();
}
