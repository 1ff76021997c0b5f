/* test-spam-heldout8.c: the spam filter against an eighth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy-two comments written before the eighth round read the rules:
 * thirty-one spam of kinds the earlier sets had little of (crypto
 * airdrops and wallet "validation", Telegram trading signals, visa and
 * work-permit agents, nursing homework, replica watches, escorts and
 * webcams in the website field, pharmacies with misspelt drug names,
 * words broken by zero-width spaces, Cyrillic, Greek, leetspeak and
 * full-width look-alike letters, addresses hidden in HTML entities,
 * BBCode and Markdown links, a punycode domain, a bare IP address,
 * machine-written praise whose only payload is the website field,
 * phishing, a fake federal grant, bought followers, and spam in
 * Chinese, Russian, Portuguese, Turkish, Hindi and Swahili) and
 * forty-one readers (long and short, in Persian, Arabic, mixed Persian
 * and English, German, French, Turkish, Hindi, Swahili, Chinese,
 * Russian, Portuguese, Japanese, Italian and Spanish, linking the ONS,
 * Reuters and their own blog, quoting prices and percentages, starting
 * a street's WhatsApp group, giving the Samaritans' number, shouting in
 * capitals, pasting code and a recipe, writing of airdrops, casinos,
 * payday loans, essay mills, replicas and phishing as news, and a baker
 * whose website field is her bakery). Untrained, before any change,
 * the filter caught 18 of the 31 and flagged none of the 41: that is
 * the held-out figure. It missed wallet drainers and an airdrop,
 * Telegram signals, super-clone watches, an escort's and a webcam's
 * site in the website field, "c4s1n0", a link in HTML codes, a punycode
 * phishing link, a bare IP address, two paragraphs of machine praise
 * and earnings in Hindi. The round's rules (byline-spam-filter-lures.c,
 * HTML codes and invisible characters read when normalising) name those
 * kinds, never these comments' words; with them it catches 31 and flags
 * none, a figure no longer held out.
 *
 * Then thirteen spam and sixteen readers of the same kinds were written
 * after the rules and scored once: 3 of the 13 caught, none of the 16
 * flagged. That is the honest figure for the rules: they missed a
 * "link your MetaMask" airdrop, a study-visa agent, "VIP models" in the
 * website field, pills spelt "Valiumm", an HTML link to a ghostwriter,
 * machine praise worded otherwise, Netflix phishing, a Swahili healer,
 * and bought followers in Portuguese and Turkish. A second round of
 * rules (byline-spam-filter-trades.c: pills several or misspelt,
 * followers for a price, visas with two guarantees, spells with a
 * number; "link your MetaMask" as any wallet's, a brand's help desk at
 * an address not the brand's, a link written behind words in HTML or
 * BBCode, praise that tells nothing of the writer's own life) names
 * those kinds, tried on readers of the same subjects outside this file
 * (Boots selling Viagra, a bakery's Instagram, a county's guaranteed
 * scholarship, "voodoo economics", an exchange's "connect your wallet",
 * a blog linked "on my blog"); with it the second set is 13 of 13 and
 * none of 16, no longer held out either.
 *
 * A third set of ten spam and ten readers, written after the second
 * round and scored once, is left as it scored: 7 of 10 caught, none of
 * 10 flagged. It misses an airdrop that asks for no wallet ("your
 * wallet has been selected, claim at …"), machine praise in yet other
 * words, and an escort site calling itself "independent girls"; the
 * test holds it to at least those 7, for a later round to raise.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  { "🎉 The official $ZKS token airdrop is live! Early community members can claim 2,500 tokens for "
    "free. Connect your wallet at https://zks-airdrop-claim.app before the snapshot closes on Friday.",
    "ZK Community", "airdrop@zks-airdrop-claim.app", NULL },
  { "If your wallet is showing a wrong balance or your transactions are stuck, you need to validate "
    "and resynchronise it. Go to dappsconnect-rectify.web.app, choose your wallet and enter your "
    "recovery phrase to fix the issue instantly.",
    "Wallet Support", "support.dappsfix@gmail.com", NULL },
  { "Stop losing money on your own trades. Our VIP channel posts 3-5 crypto and gold signals every "
    "day with entry, take-profit and stop-loss, 92% accuracy last month. Join free for 7 days: "
    "t.me/GoldBullSignalsVIP",
    "Kevin Trades", "kevintrades.fx@gmail.com", NULL },
  { "Canada and Australia are recruiting foreign workers NOW! Visa sponsorship and work permit in 4 "
    "weeks, LMIA approved jobs for drivers, caregivers and farm workers, no IELTS needed. Our licensed "
    "agent will process everything for you. Send your CV on WhatsApp +1 (647) 555-0133",
    "Global Visa Consult", "globalvisaconsult.ca@gmail.com", NULL },
  { "Nursing students! Don't stress over your care plans and capstone projects. Our US-based tutors "
    "do your homework, online classes and exams with an A+ guaranteed. Pay after delivery. Order now "
    "at nursingpaperhelp.com",
    "Nursing Paper Help", "orders@nursingpaperhelp.com", "https://nursingpaperhelp.com" },
  { "Top quality Swiss movement 1:1 clone Patek Philippe Nautilus, Audemars Piguet Royal Oak and "
    "Omega Seamaster, sapphire glass, 2 years warranty. Only $289, worldwide shipping with tracking.",
    "Super Clone Watches", "sales@superclonewatch.to", "https://superclonewatch.to" },
  { "Interesting, thanks for writing this.",
    "Nadia", "nadia.vip@gmail.com", "https://dubai-vip-escorts.com/nadia" },
  { "hey handsome 😘 you look bored, come chat with me, I'm online now",
    "Jessy 22", "jessy22@mail.com", "https://camgirls-live.xxx/jessy" },
  { "Buy Adderal 30mg, Oxycodon, Percocett and Xanaax online without prescripton. Overnight shipping "
    "USA, payment by bitcoin or Zelle. Text or WhatsApp +1 (251) 555-0173",
    "Medz Store", "medzstore247@gmail.com", NULL },
  { "Best on\u200bline ca\u200bsi\u200bno in the UK: 100 free sp\u200bins, no de\u200bposit needed. "
    "Claim now at https://spinroyale.win/bonus",
    "Spin Royale", "promo@spinroyale.win", NULL },
  { "Frее саsіnо bоnus fоr nеw рlауеrs: 300% оn уоur fіrst dероsіt аnd wіthdrаwаls іn 5 mіnutеs. "
    "Rеgіstеr аt https://luckyspin-777.com",
    "Lucky Spin", "vip@luckyspin-777.com", NULL },
  { "ΒΙΤCΟΙΝ dοubler: send 0.1 ΒΤC tο οur wallet and get 0.2 ΒΤC back within 24 hοurs. Guaranteed "
    "by smart cοntract. Wallet: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
    "BTC Doubler", "doubler.btc@proton.me", NULL },
  { "b3st c4s1n0 b0nu5 2024!!! fr33 sp1n5 + 200% d3p0s1t b0nu5 >> luckyw1n.club",
    "luckyw1n", "admin@luckyw1n.club", NULL },
  { "Instant payday loan up to $5,000, no credit check, approval in 10 minutes: "
    "&#104;ttps&#58;//quickcash-now.loan/apply",
    "QuickCash", "apply@quickcash-now.loan", NULL },
  { "Nice site! [url=https://buy-tramadol-online.biz]buy tramadol online[/url] "
    "[url=https://buy-tramadol-online.biz/ambien]ambien without prescription[/url]",
    "tramadol", "sales@buy-tramadol-online.biz", NULL },
  { "Helpful read. For anyone struggling with debt, [get a fast loan here](https://fastloan-approve.com) "
    "and [check your credit score for free](https://fastloan-approve.com/score).",
    "Fast Loan", "hello@fastloan-approve.com", NULL },
  { "Your Apple ID has been locked for security reasons. Sign in to restore access: "
    "https://xn--pple-43d.com/verify",
    "Apple Support", "noreply@xn--pple-43d.com", NULL },
  { "Free download all new movies 2024 HD no registration, watch online: http://185.223.94.17/movies/free",
    "Movies HD", "movieshd2024@gmail.com", NULL },
  { "This is a truly insightful and well-researched article. The author does an excellent job of "
    "breaking down complex ideas into clear, digestible points, and the structure makes it easy to "
    "follow from start to finish. I especially appreciated the balanced perspective and the practical "
    "takeaways. Content like this adds real value for readers, and I look forward to exploring more "
    "of your work in the future.",
    "Smart Home Hub", "outreach@smarthomehubreviews.com", "https://smarthomehubreviews.com" },
  { "What a fantastic read! Your insights on this topic are both thought-provoking and informative. "
    "It's clear that a great deal of research went into this piece. Thank you for sharing your "
    "expertise — I've bookmarked this page for future reference.",
    "Emma Collins", "emma.collins.writer@gmail.com", "https://tophomeimprovementtips.com" },
  { "Dear customer, your PayPal account will be suspended within 24 hours due to unusual sign-in "
    "activity. To avoid permanent limitation please verify your information at "
    "http://paypal-resolution-center.info/login immediately.",
    "PayPal Security", "security@paypal-resolution-center.info", NULL },
  { "招聘网络兼职，手机刷单，日结300-800元，时间自由，无需押金，宝妈学生均可。有意者加微信 jz66888 或QQ "
    "2845561937",
    "兼职招聘", "jz66888@163.com", NULL },
  { "Купить диплом о высшем образовании с занесением в реестр. Любой вуз и специальность, гарантия "
    "качества, доставка курьером по всей России. Звоните: +7 (495) 555-01-23 или заходите на сайт "
    "diplomy-msk.ru",
    "Дипломы", "zakaz@diplomy-msk.ru", "https://diplomy-msk.ru" },
  { "Empréstimo para negativado com aprovação na hora! Sem consulta ao SPC e Serasa, dinheiro na conta "
    "em 24h, parcelas que cabem no seu bolso. Chama no WhatsApp (11) 95555-0142 e simule agora.",
    "Crédito Fácil", "creditofacil.br@gmail.com", NULL },
  { "Deneme bonusu veren siteler 2024 listesi! Yatırımsız 500 TL deneme bonusu, anında çekim, "
    "güvenilir bahis ve casino siteleri. Hemen üye ol: https://denemebonusu-veren.site",
    "Deneme Bonusu", "info@denemebonusu-veren.site", "https://denemebonusu-veren.site" },
  { "घर बैठे रोज़ ₹3000 से ₹8000 कमाएँ! सिर्फ़ मोबाइल से ऑनलाइन काम, कोई निवेश नहीं, पेमेंट रोज़ाना। "
    "अभी व्हाट्सएप करें 98765 43210",
    "Online Kaam", "onlinekaam.india@gmail.com", NULL },
  { "Unahitaji mkopo wa haraka bila dhamana? Tunatoa mikopo ya hadi Sh 2,000,000 ndani ya dakika 30, "
    "riba nafuu. Piga simu au tuma ujumbe WhatsApp 0712 555 014 sasa hivi.",
    "Mikopo Haraka", "mikopoharaka@gmail.com", NULL },
  { "Hey there! Do you know if they make any plugins to help with SEO? I'm trying to get my blog to "
    "rank for some targeted keywords but I'm not seeing very good gains. If you know of any please "
    "share. Thank you!",
    "CBD Gummies", "info@bestcbdgummies.shop", "https://bestcbdgummies.shop" },
  { "ｃａｓｉｎｏ ｂｏｎｕｓ 100% ➜ ｗｉｎｂｉｇ８８．ｃｏｍ",
    "win big", "promo@winbig88.com", NULL },
  { "CONGRATULATIONS! You have been selected to receive a $5,000 federal grant that you never have to "
    "pay back. Limited slots left, claim yours today by sending your name and address to "
    "grants.federalaid@gmail.com",
    "Federal Grant Office", "grants.federalaid@gmail.com", NULL },
  { "Buy real Instagram followers and TikTok likes, 10K followers for $19, instant delivery, no "
    "password needed: https://socialboost.shop",
    "Social Boost", "team@socialboost.shop", "https://socialboost.shop" },
};

static const Comment genuine[] = {
  { "I've lived on the estate for eleven years and the article gets the timeline right, but it skips "
    "the part that matters most: the council knew about the damp in 2021. Three of us wrote to our "
    "councillor with photos, and we got a letter back saying a survey would be 'scheduled in due "
    "course'. Nothing happened until the local paper picked it up. I'm glad it's being covered now, "
    "but please keep asking who signed off on delaying the repairs.",
    "Dorothy Hughes", "dot.hughes@btinternet.com", NULL },
  { "Brilliant, thank you.",
    "Nia", "nia.o@gmail.com", NULL },
  { "این گزارش دقیقاً همان چیزی است که ما در محله‌مان می‌بینیم. اجاره‌ها در یک سال دو برابر شده و "
    "هیچ‌کس پاسخگو نیست.",
    "مریم", "maryam.h@gmail.com", NULL },
  { "أتفق مع الكاتب، لكن نسبة البطالة المذكورة (12.4%) قديمة. آخر رقم من الـ ILO هو 10.8% لعام 2023، "
    "يمكن مراجعته على موقعهم.",
    "Omar K", "omar.khalil@outlook.com", NULL },
  { "For those asking, the inflation figures are on the ONS site: "
    "https://www.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/latest - "
    "food inflation was 19.2% in March, the highest in 45 years.",
    "Graham", "graham.t@gmail.com", NULL },
  { "Reuters reported the opposite yesterday: "
    "https://www.reuters.com/markets/europe/ecb-holds-rates-2024-04-11/ - can the paper clarify which "
    "version is correct?",
    "Henrik", "henrik.s@gmail.com", NULL },
  { "Our weekly shop went from €85 to €120 in two years, that's over 40%. Butter alone is €3.49 now. "
    "Wages haven't moved 5%.",
    "Aoife", "aoife.byrne@eircom.net", NULL },
  { "For anyone on Mill Lane affected by the water main burst: we've set up a WhatsApp group to share "
    "updates from the water company and organise lifts for older neighbours. Pop a note through "
    "number 14 or ask at the post office and we'll add you.",
    "Ruth Patel", "ruth.patel@gmail.com", NULL },
  { "If this story has affected you, Samaritans can be reached free on 116 123, day or night. You "
    "don't have to be suicidal to call.",
    "Ellie", "ellie.m@hotmail.co.uk", NULL },
  { "ABSOLUTELY DISGUSTING. THEY CLOSED THE ONLY A&E FOR FORTY MILES AND NOW A MAN HAS DIED IN THE "
    "AMBULANCE QUEUE. WHO IS GOING TO RESIGN?? NOBODY, AS USUAL!!!",
    "Gary", "garyb1965@yahoo.co.uk", NULL },
  { "The script in the sidebar has an off-by-one bug. This line:\n\n"
    "    for (i = 0; i <= len; i++) total += values[i];\n\n"
    "should use i < len, otherwise it reads one past the end of the array. Easy to miss!",
    "Priya", "priya.dev@fastmail.com", "https://github.com/priyacodes" },
  { "My nan's version of the soda bread: 450g wholemeal flour, 1 tsp bicarbonate of soda, 1 tsp salt, "
    "400ml buttermilk. Mix quickly, cut a cross on top and bake at 200°C for 40 minutes. No yeast, no "
    "kneading!",
    "Siobhan", "siobhan.k@gmail.com", NULL },
  { "Every week there's another 'airdrop' or 'free token' scam on social media, and the exchanges do "
    "nothing. My brother connected his wallet to one of those sites and lost everything in minutes. "
    "The regulators should go after the platforms running the ads.",
    "Tomasz", "tomasz.w@wp.pl", NULL },
  { "The new casino on the waterfront was sold to us as a jobs scheme. Two years later problem "
    "gambling referrals in the borough have tripled and the 'free spins' adverts are on every bus "
    "stop. Who is surprised?",
    "Harold", "harold.j@gmail.com", NULL },
  { "Payday lenders are back under new names. 'No credit check, instant approval' loans at 1,200% APR "
    "are being pushed at students on TikTok. The FCA should ban the adverts outright.",
    "Megan", "megan.r@gmail.com", NULL },
  { "As someone who has run a bakery on the high street for twelve years, the business rates rise is "
    "the final straw for a lot of us. We've cut opening to five days and I still can't make the "
    "numbers work.",
    "Sam Okoro", "sam@okorobakes.co.uk", "https://okorobakes.co.uk" },
  { "Vielen Dank für den ausführlichen Bericht. Leider fehlt der Hinweis, dass die Mieten in unserer "
    "Stadt seit 2019 um fast 35 Prozent gestiegen sind.",
    "Sabine", "sabine.k@gmx.de", NULL },
  { "Article très juste. Dans notre village, la dernière boulangerie a fermé en mars et la poste ne "
    "passe plus qu'une fois par semaine. On se sent abandonnés.",
    "Jean-Marc", "jm.durand@orange.fr", NULL },
  { "Çok güzel bir yazı olmuş, elinize sağlık. Bizim mahallede de kiralar bir yılda iki katına çıktı, "
    "emekliler nasıl geçinecek bilmiyorum.",
    "Ayşe", "ayse.demir@hotmail.com", NULL },
  { "बहुत अच्छा लेख। हमारे गाँव में भी पानी की यही समस्या है, सरकार को तुरंत कदम उठाना चाहिए।",
    "राजेश", "rajesh.k@gmail.com", NULL },
  { "Asante kwa makala hii nzuri. Bei ya unga imepanda sana hapa Nairobi, familia nyingi zinashindwa "
    "kununua chakula cha kutosha.",
    "Wanjiru", "wanjiru.m@gmail.com", NULL },
  { "又一个虚拟币平台跑路了，我邻居投了十几万全没了。希望警方能追回损失，也提醒大家不要相信高收益的宣传。",
    "王芳", "wangfang@163.com", NULL },
  { "Купленные дипломы — беда не только для работодателей. У нас в больнице работал «врач» с таким "
    "дипломом, пока его не разоблачили. Спасибо, что пишете об этом.",
    "Олег", "oleg.s@mail.ru", NULL },
  { "Ótima matéria. Minha mãe quase caiu no golpe do empréstimo consignado, ligaram dizendo que ela "
    "tinha crédito aprovado. Todo mundo precisa ler isso.",
    "Fernanda", "fernanda.lima@uol.com.br", NULL },
  { "Heads up: I got an email this morning saying my account would be suspended unless I verified my "
    "details through a link. It looked exactly like my bank's. Forward these to report@phishing.gov.uk "
    "and delete them.",
    "Brian", "brian.c@gmail.com", NULL },
  { "My husband's spousal visa took 14 months, not the 12 weeks the Home Office website promises, and "
    "we paid over £3,000 in fees plus the health surcharge. The system is broken.",
    "Lucy", "lucy.a@gmail.com", NULL },
  { "As a secondary teacher, I can tell you half the essays I mark now read like they were written by "
    "ChatGPT. The essay mills that used to charge £100 an assignment are going out of business, which "
    "is the only silver lining.",
    "Mr Davies", "g.davies@schoolmail.org", NULL },
  { "Customs seized 4,000 fake Rolex watches at the port last year and it barely made the news. "
    "Counterfeits fund organised crime; people buying 'replicas' on holiday should know that.",
    "Nadia F", "nadia.f@gmail.com", NULL },
  { "The library is hiring part-time assistants, 15 hours a week. The advert is on the council jobs "
    "page, closing date Friday. Good for anyone who's been asking in these comments.",
    "Pat", "pat.m@gmail.com", NULL },
  { "Great article, very informative. Thank you for taking the time to explain the new rules so "
    "clearly.",
    "Eileen", "eileen.w@gmail.com", NULL },
  { "If your router is one of the affected models, log in at 192.168.1.1 and check the firmware "
    "version under Settings > System. Anything older than 1.0.4 is vulnerable.",
    "Kyle", "kyle.n@protonmail.com", NULL },
  { "The [full audit](https://www.nao.org.uk/reports/) is worth reading, especially the chapter on "
    "consultants' fees.",
    "Rob", "rob.h@gmail.com", NULL },
  { "Protesters organised on Telegram because their WhatsApp groups kept getting reported. Not "
    "everyone on Telegram is a scammer, whatever the minister says.",
    "Dmitri", "dmitri.v@gmail.com", NULL },
  { "とても参考になる記事でした。私の住む町でもバスの本数が減って、高齢者が病院に行けなくなっています。",
    "佐藤", "sato.k@yahoo.co.jp", NULL },
  { "Bell'articolo, ma i dati sulla disoccupazione giovanile sono del 2022. Oggi siamo intorno al 22%, "
    "secondo l'ISTAT.",
    "Giulia", "giulia.r@libero.it", NULL },
  { "¡BASTA YA! Nos suben el agua un 25% y el servicio es peor que nunca.",
    "Manolo", "manolo.g@gmail.com", NULL },
  { "من هم با نویسنده موافقم. The UNHCR numbers say ۳.۴ میلیون پناهنده در ایران, more than the article "
    "suggests.",
    "Sina", "sina.a@gmail.com", NULL },
  { "Agreed.",
    "JK", "jk.reader@gmail.com", NULL },
  { "I wrote up the walk with photos of the flooded path here: "
    "https://meadowwalks.blog/2024/02/river-path - the council's sign says closed until June.",
    "Alan Brooks", "alan@meadowwalks.blog", "https://meadowwalks.blog" },
  { "Citizens Advice runs a free debt helpline on 0800 240 4420. Please don't take out one of those "
    "loans advertised on the radio.",
    "Margaret", "margaret.b@gmail.com", NULL },
  { "My pharmacy has been out of Adderall for three months. Meanwhile I get texts offering it "
    "'without prescription'. Something is very wrong.",
    "Jordan", "jordan.t@gmail.com", NULL },
};

/* Written after the round's rules, of the same kinds, and not tried
 * before they were scored */
static const Comment spam_after[] = {
  { "Hello! Uniswap is giving away UNI to early users. To receive your share, go to uniswap-rewards.org "
    "and link your MetaMask. Offer ends in 48h.",
    "Uniswap Team", "rewards@uniswap-rewards.org", NULL },
  { "Earn with us 💰 Our expert analysts share BTC/ETH futures calls every morning. Last week +340% in "
    "total. DM on Telegram: @CryptoKingSignals",
    "Crypto King", "cryptoking.calls@gmail.com", NULL },
  { "Study in Canada or the UK with a full scholarship and guaranteed visa approval. No IELTS, no bank "
    "statement needed. Contact our consultant today: visa.abroad.help@gmail.com",
    "Abroad Help Desk", "visa.abroad.help@gmail.com", NULL },
  { "Best AAA replica handbags: Louis Vuitton Neverfull, Chanel Classic Flap, Hermès Birkin, identical to "
    "the original, prices from $199. Shop now: lux-bags-mirror.com",
    "Luxury Bags", "sales@lux-bags-mirror.com", NULL },
  { "Nice one 👍",
    "Aisha", "aisha.k@gmail.com", "https://istanbul-vip-models.com/aisha" },
  { "Get Ambien, Valiumm and Somma at discount prices, no Rx, FedEx next day. Order: meds-express24.net",
    "Express Meds", "order@meds-express24.net", NULL },
  { "Get 0.05 ΒТC free every day from our faucet, сlaim here ➜ https://btc-faucet.click",
    "faucet", "admin@btc-faucet.click", NULL },
  { "<a href=\"https://cheap-ghostwriter.net\">essay writer</a> is the best service I used for my thesis, "
    "highly recommend!",
    "Tom", "tom.studies@gmail.com", NULL },
  { "I really appreciate the depth and clarity of this article. It offers a fresh perspective on an "
    "important topic and presents the information in a way that is both engaging and accessible. "
    "Articles like this remind me why thoughtful writing matters. Thank you for putting this together, "
    "and I look forward to reading more from you.",
    "Olivia Reed", "olivia.reed.blog@gmail.com", "https://dailyfitnesshacks.net" },
  { "Netflix: Your membership is on hold. We were unable to process your last payment. Update your "
    "details at netflix-billing-support.com to continue watching.",
    "Netflix", "info@netflix-billing-support.com", NULL },
  { "Mganga Dr. Kubwa anatibu magonjwa sugu, anarudisha mpenzi aliyekuacha na kuleta bahati ya biashara. "
    "Piga simu +255 712 345 678.",
    "Dr Kubwa", "drkubwa.tiba@gmail.com", NULL },
  { "Seguidores brasileiros reais para Instagram, 1000 seguidores por R$ 9,90, entrega imediata! Acesse: "
    "seguidoresbr.com.br",
    "Seguidores BR", "contato@seguidoresbr.com.br", NULL },
  { "Instagram takipçi satın al! 1000 gerçek takipçi sadece 49 TL, anında teslimat. Hemen sipariş ver: "
    "takipcimarket.com",
    "Takipçi Market", "destek@takipcimarket.com", "https://takipcimarket.com" },
};

static const Comment genuine_after[] = {
  { "I got a DM on Instagram saying I'd won a Uniswap airdrop and had to link my MetaMask. Reported it. "
    "Please write about these, my dad almost fell for one.",
    "Chloe", "chloe.b@gmail.com", NULL },
  { "Bitcoin is up 12% this week and every taxi driver I meet wants to buy some. Feels like 2021 all over "
    "again.",
    "Marek", "marek.n@gmail.com", NULL },
  { "My cousin paid an 'agent' £2,000 for a Canadian work visa that never existed. The only real "
    "information is on canada.ca, people.",
    "Harpreet", "harpreet.s@gmail.com", NULL },
  { "The handbag seizure story reminded me of the Grand Bazaar, where 'genuine fake' watches are sold "
    "openly for €30.",
    "Selin", "selin.a@gmail.com", NULL },
  { "Pharmacies here are still short of ADHD medication. My son's prescription took nine days to fill.",
    "Karen B", "karenb@gmail.com", NULL },
  { "شكراً على المقال. الأسعار ارتفعت 20% في الأردن هذا العام، ورواتبنا كما هي.",
    "ليلى", "layla.j@gmail.com", NULL },
  { "خیلی ممنون. لطفاً درباره مهاجران افغان در مشهد هم بنویسید؛ وضعیت مدرسه بچه‌هایشان خیلی بد است.",
    "نرگس", "narges.m@gmail.com", NULL },
  { "We run a family campsite near the coast and the new tourist tax will add £4 a night per pitch. Half "
    "our bookings are from families on tight budgets.",
    "Gwen Price", "gwen@seaviewcamping.co.uk", "https://seaviewcamping.co.uk" },
  { "The Oak Park neighbourhood WhatsApp has been sharing the burglary reports, if you live nearby ask a "
    "neighbour to add you. Police non-emergency is 101.",
    "Tony", "tony.w@gmail.com", NULL },
  { "If you're struggling with gambling, GamCare's helpline is free: 0808 8020 133. It helped my brother.",
    "Dean", "dean.r@gmail.com", NULL },
  { "If you want to check it yourself: curl -s https://api.example.org/v1/stats | jq '.rate' gives 4.2 "
    "for me, not 4.7.",
    "Lena", "lena.k@posteo.de", NULL },
  { "Kira artışları gerçekten dayanılmaz oldu. İstanbul'da 2+1 bir daire 25.000 TL, maaşım 22.000 TL.",
    "Emre", "emre.y@gmail.com", NULL },
  { "इस लेख के लिए धन्यवाद। हमारे शहर में भी ऑनलाइन नौकरी के नाम पर ठगी बढ़ रही है, लोगों को सावधान रहना "
    "चाहिए।",
    "सुनीता", "sunita.r@gmail.com", NULL },
  { "Nimefurahi kusoma habari hii. Serikali inapaswa kuchukua hatua dhidi ya mikopo ya simu yenye riba "
    "kubwa.",
    "Baraka", "baraka.o@gmail.com", NULL },
  { "STOP BUILDING LUXURY FLATS NOBODY CAN AFFORD!!! BUILD COUNCIL HOUSES!!!",
    "Mick", "mick.d@gmail.com", NULL },
  { "What a thoughtful and well-researched piece. I've been teaching history for thirty years and this is "
    "the clearest account of the 1926 strike I've read. Thank you.",
    "Alison Grey", "alison.grey@gmail.com", "https://historyteacherblog.wordpress.com" },
};

/* Written after the second round of rules and scored once, as a
 * check on it */
static const Comment spam_third[] = {
  { "Congrats! Your wallet has been selected for the $PEPE2 airdrop 🐸 Claim before 23:59 UTC → "
    "pepe2-claim.net",
    "PEPE2", "drop@pepe2-claim.net", NULL },
  { "Tired of losing? Our Discord gives 5 sure picks a day, 87% hit rate this month, first week free: "
    "discord.gg/surepicks",
    "Sure Picks", "surepicks.vip@gmail.com", NULL },
  { "Work permit for Poland and Romania, 100% guaranteed, employer pays the flight. Send a passport copy "
    "on WhatsApp +48 512 555 017",
    "EU Jobs Agency", "eujobs.agency@gmail.com", NULL },
  { "Rolex Daytona 1:1 AAA, Omega, Cartier, wholesale prices, we ship worldwide, see the catalogue on my "
    "profile",
    "Mark", "mark.watches@gmail.com", "https://watchesclone.co" },
  { "Buy Tramadoll 100mg and Xannax 2mg online, no script needed, overnight delivery: rxnoscript.net",
    "RX", "sales@rxnoscript.net", NULL },
  { "Накрутка подписчиков в Instagram и Telegram, 1000 подписчиков — 199 ₽. Заказ на сайте smm-fast.ru",
    "SMM Fast", "zakaz@smm-fast.ru", NULL },
  { "【顺丰快递】您的包裹地址有误，请在24小时内登录 sf-express-cn.top 更新信息，否则将退回。",
    "顺丰", "service@sf-express-cn.top", NULL },
  { "Such a compelling and well-articulated article! The way you explore the nuances of the subject is "
    "both informative and inspiring. It is rare to find content that balances depth with readability so "
    "effectively. I will definitely be sharing this with others who would benefit from these insights. "
    "Keep up the excellent work!",
    "Grace Miller", "grace.miller.home@gmail.com", "https://topgardeningideas.net" },
  { "very nice",
    "Riya", "riya.mumbai@gmail.com", "https://mumbai-independent-girls.in/riya" },
  { "Get [fr\u200bee spins](https://slotsheaven.vip) now",
    "Slots Heaven", "vip@slotsheaven.vip", NULL },
};

static const Comment genuine_third[] = {
  { "The 'airdrop' texts claiming to be from my bank's crypto arm are everywhere. Mine said to claim "
    "before midnight. Deleted.",
    "Howard", "howard.p@gmail.com", NULL },
  { "Poland's work permit backlog is now nine months according to the ministry: gov.pl",
    "Kasia", "kasia.w@gmail.com", NULL },
  { "I sold my late husband's Omega to a dealer for £1,200; they checked it wasn't a replica first. "
    "Prices for real watches have dropped since 2022.",
    "Brenda", "brenda.l@gmail.com", NULL },
  { "My GP says tramadol prescriptions in our area fell by a third after the rule change.",
    "Colin", "colin.f@gmail.com", NULL },
  { "Подписчики в Telegram-каналах нашего города накручены, это все знают. Журналистам стоит проверить.",
    "Денис", "denis.k@yandex.ru", NULL },
  { "SF Express lost my parcel too; their real site is sf-express.com and the call centre was helpful.",
    "Wei", "wei.zhang@gmail.com", NULL },
  { "Beautiful, thoughtful writing. It captures exactly how it felt to grow up in this town in the 80s. "
    "Thank you.",
    "Margaret Ellis", "margaret@margaretwrites.blog", "https://margaretwrites.blog" },
  { "Our allotment group is on WhatsApp, the link is on the noticeboard at the gate. We share seeds and "
    "tools, everyone welcome.",
    "Bill", "bill.allotments@gmail.com", NULL },
  { "Gambling adverts promising a 'hit rate' of 90% should be banned, full stop.",
    "Irene", "irene.c@gmail.com", NULL },
  { "Vielen Dank! Endlich schreibt jemand über die Mieten in Leipzig.",
    "Jens", "jens.m@gmx.de", NULL },
};

static void
test_heldout8_untrained (void)
{
  guint flagged;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spam));
}

static void
test_heldout8_after (void)
{
  guint flagged;
  guint caught = count_set_untrained (spam_after, G_N_ELEMENTS (spam_after), genuine_after,
                                      G_N_ELEMENTS (genuine_after), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spam_after));
}

static void
test_heldout8_third (void)
{
  guint flagged;
  guint caught = count_set_untrained (spam_third, G_N_ELEMENTS (spam_third), genuine_third,
                                      G_N_ELEMENTS (genuine_third), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, >=, 7);
}

/* What an editor reads for the kinds of this round */
static void
test_heldout8_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Instant payday loan", "letters written as HTML codes" },
    { spam, G_N_ELEMENTS (spam), "Best on\u200bline", "words broken up by invisible characters" },
    { spam, G_N_ELEMENTS (spam), "b3st c4s1n0", "word “casino” is on the suspect list, disguised with digits or symbols" },
    { spam, G_N_ELEMENTS (spam), "Free download all new movies", "links to 185.223.94.17, a bare number instead of a site’s name" },
    { spam, G_N_ELEMENTS (spam), "Your Apple ID", "punycode" },
    { spam, G_N_ELEMENTS (spam), "If your wallet", "connect a crypto wallet or give its recovery phrase" },
    { spam, G_N_ELEMENTS (spam), "Top quality Swiss", "sells copies of luxury brands" },
    { spam, G_N_ELEMENTS (spam), "Stop losing money", "tips with a claimed success rate" },
    { spam, G_N_ELEMENTS (spam), "Interesting, thanks", "the author’s website dubai-vip-escorts.com is an adult, escort or webcam site" },
    { spam, G_N_ELEMENTS (spam), "This is a truly insightful", "a paragraph of praise that would fit any article" },
    { spam_after, G_N_ELEMENTS (spam_after), "Get Ambien", "sells prescription drugs, several or misspelt" },
    { spam_after, G_N_ELEMENTS (spam_after), "Netflix:", "the address netflix-billing-support.com passes for a known brand’s help desk" },
    { spam_after, G_N_ELEMENTS (spam_after), "<a href=", "a link written behind the words “essay writer”" },
    { spam_after, G_N_ELEMENTS (spam_after), "Seguidores", "sells followers, likes or views" },
    { spam_after, G_N_ELEMENTS (spam_after), "Study in Canada", "offers visas or permits with a guarantee" },
    { spam_after, G_N_ELEMENTS (spam_after), "Mganga", "offers spells or a healer’s cures" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments a form lets through: nothing, one byte, one
 * multi-byte character, and the openings the disguise rules look for
 * cut short at the end of the text (a past round read past an empty
 * comment's end). */
static void
test_heldout8_tiny (void)
{
  static const char * const contents[] = {
    "", "a", ".", "&", "[", "x", "\u200b", "é", "ф", "中", "😘", "&#", "&#1", "&#104", "[url=", "](",
    "xn--", "1.2.3.4", "h", "c4", "\xef\xbd\x83", "&#x", "&#x;", "&#99999999;", "<a ", "<a href=",
    "[url=]", "[url=x][/url]", "%", "100%", "http:", "xn--.", "wa.me/", "t.me/", "a\u200b", "\u200ba",
    "\u200b\u200b", "\xc2\xad", "\xe2\x80", "@", "ambienn",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout8/untrained", test_heldout8_untrained);
  g_test_add_func ("/spam-heldout8/after", test_heldout8_after);
  g_test_add_func ("/spam-heldout8/third", test_heldout8_third);
  g_test_add_func ("/spam-heldout8/reasons", test_heldout8_reasons);
  g_test_add_func ("/spam-heldout8/tiny", test_heldout8_tiny);

  return g_test_run ();
}
