/* test-spam-heldout22.c: the spam filter against a twenty-second held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ninety comments written before the twenty-second round read the
 * rules. The round has no theme: it is the everyday spam a new site
 * gets past an arithmetic captcha, typed plainly and quickly as a bot
 * or a tester who has never seen these tests would type it, and the
 * readers under an ordinary local news story ("Council votes to close
 * two libraries and raise parking charges by 40%").
 *
 * Forty spam: generic praise with a link, SEO services and backlinks,
 * casino, slots and betting, viagra and pharmacy without prescription,
 * weight loss and CBD, crypto, forex and an "investment manager", loans,
 * essay writing, replica watches and bags, adult and dating, a fake
 * support number, work from home, a link alone, a comment whose only
 * link is the website field, keyword-stuffed author names, spam in
 * Spanish, French, German, Russian, Portuguese, Indonesian, Vietnamese,
 * Chinese, Arabic and Hindi, BBCode and HTML links, "nice" and "thanks
 * for sharing" with the website field filled, text said twice, bought
 * followers. Fifty readers: short and long, angry, shouting in capitals,
 * links to the council's papers and the BBC, a reader's own café and
 * blog named honestly, money and percentages argued over, replies to
 * others, typos, and readers writing in Spanish, French, German, Polish,
 * Portuguese, Urdu, Welsh and Arabic.
 *
 * The harness gives content, name, e-mail and website, as the earlier
 * sets do (no IP address: the rules read none).
 *
 * Untrained, before any change, the filter caught 33 of the 40 and
 * flagged none of the 50: that is the held-out figure. It missed a
 * keto pill "I tried it" with a link (0.49: only the shop-like
 * address), "Thank you for this information." and "nice" from authors
 * whose website field is an advert's address (0.40 each: only that
 * address), "thanks for sharing" from a blogspot beauty-tips site
 * (0.35), erection pills "ohne Rezept" in German (0.45: only "the
 * author links to a site of the same name"), a betting site's welcome
 * bonus in Arabic (0.49) and a sugar-daddy dating site (0.15: only "1
 * link"). The caught scored 0.53 to 0.98, the lowest the home-
 * improvement praise and the working-from-home earnings (0.53), the
 * Indonesian web-design offer and the WeChat earnings (0.55). Readers
 * scored at most 0.41 (the blogger's own post on the closures); the
 * three shouting in capitals 0.40 each.
 *
 * The round's rules are kinds, each in the file it belongs to, not
 * these comments' words. A comment of one to eight stock words of
 * praise or thanks and nothing else ("nice", "thanks for sharing",
 * "Thank you for this information."), from an author whose website is
 * named with a hyphen or digits, is there for the website (0.4,
 * forms.c); a reader's own site in her name in one word
 * ("tomhughes.example") is not read so. A slimming pill or keto's
 * "without diet", its weight written "10kg", is hype (fixers.c).
 * "Ohne Rezept", "sans ordonnance", "senza ricetta", "bez recepty" and
 * more, and a kind of drug named instead of one ("Potenzmittel",
 * "sleeping pills", "antibiotics"), are read by the pharmacy rule
 * (trades.c). Gambling and its sign-up bonus in Arabic, Russian,
 * Turkish, Indonesian and Vietnamese (pitches.c). "Sugar daddy" and
 * "rich men near you" are dating bait (bait.c). With them the set is
 * 40 of 40 and none of 50, no longer held out: the seven missed score
 * 0.57 (the sugar daddy) to 0.74; the readers at most 0.41, as before.
 * The five later spam and the twelve probes below led to two rules
 * more and to narrower forms of these: a comment opening on a sum to
 * earn in the imperative ("Earn $500", "Guadagna 1000€", "Ganhe R$
 * 300") with somewhere to go is read as money made at home (trades.c);
 * a luxury brand sold "cheap" or "only $59" with a price and shipping,
 * at a site that does not bear the brand's name, weighs 0.4 (lures.c).
 * The stock-words rule spares a ".org" and a site bearing the author's
 * own name (not an advert's: "casino" at casino-online.example is
 * still read); "without diet or exercise" is hype, not "without diet"
 * ("without diet pills"); the pharmacy rule hears a warning in German,
 * French, Spanish, Italian, Polish, Dutch, Portuguese, Russian, Turkish
 * and Indonesian; a gambler's loss in Russian, Arabic, Turkish,
 * Indonesian and Vietnamese; and a sugar daddy named is flirting, one
 * word of two, the invitation to "meet rich men" the bait.
 *
 * Earlier sets, with all of the round's rules: twenty-five spam
 * comments rose, all caught already (the Turkish and Russian casinos'
 * bonuses, a sugar daddy, "Earn $…" openings, short praise from made-up
 * sites: 0.53 → 0.77 the most), one spot-check spam missed before is
 * caught ("Earn $200/day reviewing AI answers", heldout20, 0.15 →
 * 0.57), one missed spam rose and stays missed ("very nice" from an
 * escort's page, 0.00 → 0.40), and no reader's score moved. bench-spam:
 * precision and recall alike; counted by callgrind inside
 * byline_spam_filter_classify() over bench-spam's run, 1116.4 million
 * instructions without the round's rules and 1125.6 million with them
 * (+0.8%).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* generic praise + link */
  { "Great post! Very informative. Visit my site for more: https://www.best-deals-online247.com",
    "Mark", "mark.deals247@gmail.com", NULL },
  { "I really like your blog, keep up the good work. I have bookmarked it. Check out my website too http://topnewsblog.xyz",
    "Sarah", "sarahj77@yahoo.com", "http://topnewsblog.xyz" },
  /* SEO, backlinks */
  { "Hi, I noticed your website is not ranking on the first page of Google. We can help you get more traffic with our SEO services. Reply for a free audit.",
    "SEO Expert", "seo.rankfirst@gmail.com", NULL },
  { "Buy high quality backlinks DA 50+ cheap price, guaranteed ranking boost. Contact us on skype live:backlinkpro",
    "Backlink Pro", "backlinkpro@outlook.com", NULL },
  /* casino, slots, betting */
  { "Best online casino 2026 - get 200% welcome bonus + 100 free spins! Play now https://luckyspin-casino.bet",
    "Casino Bonus", "info@luckyspin-casino.bet", NULL },
  { "slot gacor hari ini maxwin, daftar sekarang di situs slot online terpercaya https://gacor88.vip",
    "slot gacor", "admin@gacor88.vip", "https://gacor88.vip" },
  { "Football betting tips 100% sure win, fixed matches available. Join our telegram @surewin_tips",
    "Betting Tips", "surewintips@gmail.com", NULL },
  /* pharmacy, weight loss, CBD */
  { "Buy viagra online cheap, no prescription needed, fast discreet shipping. https://cheap-meds-rx.com",
    "pharmacy", "sales@cheap-meds-rx.com", NULL },
  { "Lose 10kg in 2 weeks without diet or exercise!! This natural keto pill really works, I tried it: https://ketoslim-official.com",
    "Linda", "linda.fit88@gmail.com", NULL },
  { "CBD gummies for anxiety and pain relief, 100% natural. Order today and get 50% off https://purecbd-gummies.store",
    "Pure CBD", "order@purecbd-gummies.store", NULL },
  /* crypto, forex, investment */
  { "I made $8,500 in one week trading bitcoin with Mrs Jennifer Clark, she is the best account manager. Contact her on WhatsApp +1 (555) 203-8841",
    "Robert", "robert.williams1962@gmail.com", NULL },
  { "Earn daily profit with forex trading, minimum deposit $100, guaranteed 30% weekly returns. Sign up https://fx-profitpro.net",
    "Forex Pro", "support@fx-profitpro.net", NULL },
  /* loans */
  { "Do you need a loan? We offer loans at 2% interest rate to individuals and companies. Contact us: quickloanfirm@gmail.com",
    "Loan Firm", "quickloanfirm@gmail.com", NULL },
  /* essays */
  { "Need help with your essay? Professional writers, plagiarism free, any deadline. Order at https://essaywriters-pro.org",
    "Emily", "emily@essaywriters-pro.org", NULL },
  /* replicas */
  { "Top quality replica watches Rolex Omega Patek, best prices, worldwide shipping https://www.replicawatch-shop.cc",
    "watches", "shop@replicawatch-shop.cc", NULL },
  /* adult, dating */
  { "Hot single girls in your area want to meet you tonight 😘 click here https://meet-hot-girls.club",
    "Anna", "anna.hot@mail.ru", NULL },
  /* fake support */
  { "For Coinbase customer support call 1-888-555-0199 toll free 24/7 helpline number",
    "Coinbase Support", "coinbasehelp@gmail.com", NULL },
  /* work from home */
  { "I get paid $95 an hour working from home on my laptop. Last month I made $12,000. Its easy, anyone can do it, go to this site: www.homejobs-daily.com",
    "Jessica", "jessica.b1990@hotmail.com", NULL },
  /* link alone, website only, stuffed names */
  { "https://www.onlinedrugstore-usa.com",
    "Tom", "tom1234@gmail.com", NULL },
  { "Thank you for this information.",
    "Mike", "mike.j2020@gmail.com", "https://www.cheap-insurance-quotes.online" },
  { "good article",
    "cheap car insurance quotes online best rates", "quotes@carinsure.biz", "https://carinsure.biz" },
  { "This is really helpful, thanks!",
    "Plumber London | Emergency Plumbing 24/7", "info@plumber-london24.co.uk", "https://plumber-london24.co.uk" },
  /* other languages */
  { "Préstamos rápidos sin aval y sin buró de crédito, dinero en 24 horas. Escríbenos por WhatsApp +52 55 1234 5678",
    "Préstamos", "prestamos.rapidos@gmail.com", NULL },
  { "Gagnez de l'argent facilement depuis chez vous, 500€ par jour ! Inscrivez-vous ici : https://argent-facile.fr.nf",
    "Julie", "julie.argent@gmail.com", NULL },
  { "Günstige Potenzmittel ohne Rezept kaufen, diskreter Versand. Jetzt bestellen: https://potenz-apotheke24.com",
    "Apotheke", "info@potenz-apotheke24.com", NULL },
  { "Заработок в интернете от 5000 рублей в день без вложений! Подробнее на сайте https://zarabotok-online.ru",
    "Ирина", "irina.zarabotok@mail.ru", NULL },
  { "Ganhe dinheiro no Fortune Tiger, bônus de R$ 50 no cadastro! Acesse agora https://tigrinho-bet.com",
    "Tigrinho", "contato@tigrinho-bet.com", NULL },
  { "Jasa pembuatan website murah dan profesional, harga mulai 500 ribu. Hubungi WA 0812-3456-7890",
    "Jasa Web", "jasaweb@gmail.com", NULL },
  { "Dịch vụ SEO tổng thể uy tín, lên top Google nhanh chóng. Liên hệ ngay: https://seo-vietnam.vn",
    "SEO Việt", "lienhe@seo-vietnam.vn", NULL },
  { "网上赚钱，每天轻松收入1000元，加微信了解详情 wx: abc88888",
    "赚钱", "zhuanqian@qq.com", NULL },
  { "أفضل موقع للمراهنات الرياضية، احصل على مكافأة ترحيبية 100٪ الآن https://arab-bet.com",
    "مراهنات", "info@arab-bet.com", NULL },
  { "घर बैठे पैसे कमाएं, रोज़ 2000 रुपये कमाने का आसान तरीका। अभी जुड़ें https://paisa-kamao.in",
    "Rahul", "rahul.kamao@gmail.com", NULL },
  /* BBCode, HTML */
  { "[url=https://buy-cialis-online.top]buy cialis online[/url] [url=https://buy-cialis-online.top]cialis 20mg[/url]",
    "Cialis", "cialis@buy-cialis-online.top", NULL },
  { "Nice article! <a href=\"https://www.cheap-flights-today.com\">cheap flights</a>",
    "Jenny", "jenny.travel@gmail.com", NULL },
  /* very short, website field */
  { "nice",
    "Kevin", "kevin.p@gmail.com", "https://www.fast-cash-now.net" },
  { "thanks for sharing",
    "Lisa", "lisa.m@gmail.com", "https://lisas-beauty-tips.blogspot.com" },
  /* said twice */
  { "Earn money online from home, no experience needed https://money-at-home.biz Earn money online from home, no experience needed https://money-at-home.biz",
    "Money", "money@money-at-home.biz", NULL },
  /* followers, another praise, dating */
  { "Buy Instagram followers and likes cheap, real and active, instant delivery! https://followersboost.io",
    "Followers Boost", "hello@followersboost.io", NULL },
  { "Wow, this article is amazing. I learned a lot. If you want to know more about home improvement visit https://homeideas-hub.com",
    "David", "david.smith.1985@gmail.com", NULL },
  { "Looking for a sugar daddy? Join free today and meet rich men near you www.sugardaddy-meet.com",
    "Sugar", "sugar@sugardaddy-meet.com", NULL },
};

static const Comment genuine[] = {
  { "Disgraceful. Closing libraries while councillors give themselves a pay rise.",
    "Pete", "pete.h@gmail.com", NULL },
  { "My kids use the Westgate library every Saturday. Where are they supposed to go now?",
    "Claire M", "claire.m84@hotmail.com", NULL },
  { "40% ON PARKING??? ARE THEY TRYING TO KILL THE HIGH STREET ON PURPOSE",
    "Bob", "bob.taylor@yahoo.co.uk", NULL },
  { "The full council papers are here if anyone wants to read them rather than just react: https://democracy.northshire.gov.uk/ieListDocuments.aspx?MId=4412",
    "Sam", "sam.k@example.org", NULL },
  { "I run a small café on Bridge Street (The Copper Kettle) and parking going from £1.50 to £2.10 an hour will hurt us. Half our customers drive in from the villages.",
    "Helen", "helen@copperkettlecafe.co.uk", "https://www.copperkettlecafe.co.uk" },
  { "@Pete the pay rise was 2%, same as staff. Not defending the closures but get your facts right.",
    "Mandy", "mandy.r@gmail.com", NULL },
  { "Its a disgrace, my mum is 82 and the library is the only place she goes to talk to people. shame on the lot of them",
    "Gary", "garyw1971@gmail.com", NULL },
  { "Thanks for reporting this. Is there a petition?",
    "Lucy", "lucy.p@outlook.com", NULL },
  { "There is, 3,200 signatures so far: https://www.change.org/p/northshire-council-save-westgate-library",
    "Dan", "dan.o@example.org", NULL },
  { "The council has a £14m black hole according to their own budget report. Something has to give, and frankly libraries are used by a tiny percentage of people.",
    "Realist", "realist99@gmail.com", NULL },
  { "@Realist 'a tiny percentage' - 212,000 visits last year per the council's own figures. Thats not tiny.",
    "Karen", "karen.b@example.org", NULL },
  { "I wrote a longer piece on what the closures mean for the town on my blog, with the visitor numbers for each branch: https://northshirenotes.wordpress.com/2026/11/libraries",
    "Alan Price", "alan.price@example.org", "https://northshirenotes.wordpress.com" },
  { "so we pay more council tax and get less. every year the same story",
    "Jim", "jim.b@btinternet.com", NULL },
  { "Good. Waste of money. Everyone has the internet now.",
    "Craig", "craig.d@gmail.com", NULL },
  { "@Craig not everyone does. My neighbour is 76 and does all her forms and bank stuff on the library computers because she can't afford broadband.",
    "Sue", "sue.t@example.org", NULL },
  { "Como usuaria de la biblioteca desde hace 15 años, me parece una vergüenza. Mis hijos aprendieron inglés allí.",
    "Marta", "marta.g@gmail.com", NULL },
  { "C'est triste. À Lille aussi ils ont fermé deux médiathèques l'an dernier, et rien ne les a remplacées.",
    "Sophie", "sophie.l@free.fr", NULL },
  { "In Deutschland werden Bibliotheken auch geschlossen, aber bei uns wurde die Stadtbücherei von Ehrenamtlichen übernommen. Vielleicht eine Idee?",
    "Jonas", "jonas.k@web.de", NULL },
  { "Biblioteka na Westgate to jedyne miejsce gdzie moje dzieci mogą czytać po polsku. Bardzo smutne.",
    "Agnieszka", "agnieszka.w@wp.pl", NULL },
  { "Sou brasileira e moro aqui há 6 anos, a biblioteca me ajudou muito quando cheguei. Que pena.",
    "Fernanda", "fer.souza@gmail.com", NULL },
  { "Parking was £1 an hour three years ago. Now £2.10. Thats 110% in three years, way above inflation.",
    "Martin", "martin.c@example.org", NULL },
  { "How much will closing the two branches actually save? The article doesnt say.",
    "Priya", "priya.s@gmail.com", NULL },
  { "@Priya it's in the report, £380,000 a year for both, page 14.",
    "Sam", "sam.k@example.org", NULL },
  { "VOTE THEM OUT IN MAY. ALL OF THEM.",
    "Dave", "dave.n@gmail.com", NULL },
  { "Our book club has met at Eastfield library every month since 2009. We'll move to the pub I suppose, but it won't be the same. If anyone wants to join we meet first Tuesday of the month.",
    "Margaret", "margaret.h@example.org", NULL },
  { "The BBC covered the same thing in Sheffield last year: https://www.bbc.co.uk/news/uk-england-south-yorkshire-67000000 - volunteers kept 4 of them open.",
    "Tony", "tony.r@example.org", NULL },
  { "Can someone explain why the parking money can't be used to fund the libraries? Isn't it ring fenced?",
    "Hannah", "hannah.j@example.org", NULL },
  { "@Hannah parking surplus has to go on transport by law (Road Traffic Regulation Act s.55), so no.",
    "Phil", "phil.w@example.org", NULL },
  { "i work at one of the branches and we found out from this article. thanks council",
    "anon", "anon.libworker@gmail.com", NULL },
  { "The meeting is open to the public, 7pm Thursday at the Guildhall. Turn up and ask questions.",
    "Rachel", "rachel.f@example.org", NULL },
  { "Great article, thanks for explaining it so clearly. Much better than the council's own press release.",
    "Nina", "nina.v@example.org", NULL },
  { "As a small business owner (I run a bike repair shop, northshirecycles.co.uk) I'd rather pay a bit more council tax than lose the library. Our staff use it for training courses.",
    "Owen", "owen@northshirecycles.co.uk", NULL },
  { "Free parking after 3pm would bring people back into town. Look at what Ludlow did.",
    "Chris", "chris.l@example.org", NULL },
  { "First the youth club, then the swimming pool, now libraries. Whats next?",
    "Bev", "bev.s@gmail.com", NULL },
  { "Does anyone know if the mobile library van is being kept? My dad relies on it.",
    "Kath", "kath.m@example.org", NULL },
  { "The mobile library is staying according to the cabinet member on Radio Northshire this morning.",
    "Steve", "steve.p@example.org", NULL },
  { "lol at people saying 'use the internet'. try applying for universal credit on a phone with a cracked screen",
    "Jade", "jade.x@gmail.com", NULL },
  { "This article has a mistake, it's Westgate and Eastfield closing, not Northgate. Please correct.",
    "Paul", "paul.g@example.org", NULL },
  { "Nice one council. Really nice. Spend £2m on a new roundabout and close the libraries.",
    "Kev", "kev.b@example.org", NULL },
  { "I volunteered at the Friends of Westgate Library for ten years. We raised over £20,000 for new books and the building. You can still donate or join us at https://friendsofwestgatelibrary.org.uk",
    "Jean Holloway", "jean@friendsofwestgatelibrary.org.uk", NULL },
  { "میں بھی ہر ہفتے لائبریری جاتا ہوں، بہت افسوس کی بات ہے۔",
    "Imran", "imran.a@gmail.com", NULL },
  { "Mae hyn yn drist iawn. Roedd y llyfrgell yn bwysig i'r gymuned.",
    "Gwen", "gwen.ll@example.org", NULL },
  { "هذا قرار سيء جداً، المكتبة مهمة للطلاب والعائلات.",
    "Omar", "omar.h@gmail.com", NULL },
  { "Parking charges: £2.10/hr, £8 all day, residents permit up from £60 to £84. Source: https://www.northshire.gov.uk/parking/charges-2027",
    "Info", "info.reader@example.org", NULL },
  { "Thanks for sharing this, I had no idea.",
    "Beth", "beth.w@example.org", NULL },
  { "Ive lived here 40 yrs and this town has never been so run down. Shops boarded up, now this.",
    "Roy", "roy.a@example.org", NULL },
  { "What about the staff? 14 jobs according to Unison. https://www.unison.org.uk/news/2026/11/northshire-libraries",
    "Maggie", "maggie.u@example.org", NULL },
  { "We moved here partly because of the library. Gutted.",
    "Tom and Lia", "tomandlia@gmail.com", NULL },
  { "Honest question, how many people actually borrow books any more? I haven't been in one for 20 years. Not saying close them but maybe make them community hubs with a café or something.",
    "Neil", "neil.k@example.org", NULL },
  { "SHAME ON YOU NORTHSHIRE COUNCIL!!!!",
    "Angry of Westgate", "angrywestgate@gmail.com", NULL },
};

static void
test_heldout22_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 40, genuine, G_N_ELEMENTS (genuine), 50, 33);
}

static void
test_heldout22_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Five spam and five readers more, written after the round's rules,
 * scored once: 3 of 5 caught, none of 5 flagged. Missed: Air Jordans
 * "only $59" at kicks-factory.cn (0.45: only "the author links to a
 * site of the same name") and "Guadagna 1000€ al mese" on the sofa
 * (0.15: only "1 link"); read since by the rules told above (0.67,
 * 0.57). */
static const Comment spam_later[] = {
  { "Hello admin, your site has some broken links and loads slowly on mobile. I can fix all of it cheap, see my portfolio https://webfixer-pro.net",
    "WebFixer", "webfixer.pro@gmail.com", NULL },
  { "Online pharmacy - tramadol, xanax, ambien without prescription. Fast shipping USA to USA. https://rxmeds24.shop",
    "RxMeds", "orders@rxmeds24.shop", NULL },
  { "Ganhe R$ 300 por dia trabalhando em casa pelo celular, vagas limitadas! Chama no WhatsApp (11) 98765-4321",
    "Camila", "camila.renda@gmail.com", NULL },
  { "Cheap Air Jordan 1 only $59, Nike Dunk $49, free shipping worldwide. Shop now www.kicks-factory.cn",
    "Kicks Factory", "sales@kicks-factory.cn", NULL },
  { "Guadagna 1000€ al mese con Amazon stando sul divano, funziona davvero! Clicca qui ➡️ https://guadagni-facili.it",
    "Giulia", "giulia.guadagni@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "I've been in the Eastfield branch twice in ten years. Sorry, but I'm not paying more council tax for it.",
    "Keith", "keith.m@example.org", NULL },
  { "Our parish hall could host a library corner, we have space Tuesdays and Thursdays. Ring the office on 01632 960812 if the council wants to talk.",
    "Revd Clare Abbott", "clare.abbott@example.org", NULL },
  { "Good piece. One correction: the cabinet vote was 6-3, not 7-2, see the minutes https://democracy.northshire.gov.uk/mgIssueHistoryHome.aspx?IId=9921",
    "Sam", "sam.k@example.org", NULL },
  { "Ich wohne seit 2019 hier. In Kassel kostet Parken 1,50 € die Stunde, hier bald 2,10 £. Verrückt.",
    "Lena", "lena.b@web.de", NULL },
  { "Thank you Helen for speaking up, we'll come to the Copper Kettle on Saturday to support you!",
    "Ros", "ros.t@example.org", NULL },
};

static void
test_heldout22_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Readers probing the round's rules from the other side. At their
 * first run 8 of 12 were flagged: "Great article, thank you." from
 * jane-doe.me and "Very informative, thank you!" from a U3A's .org.uk
 * (0.61, the stock-words rule); German and French readers warning of
 * antibiotics and sleeping pills without a prescription (0.53: the
 * pharmacy rule heard only English warnings); a Russian brother who
 * lost at a casino and an Arabic mother whose son did (0.86, 0.57:
 * gambling's harm unheard in those languages); a flatmate on a sugar
 * daddy site (0.57). All are below 0.5 now, at most 0.45. A thirteenth
 * probe is left out of this list because older rules flag it, not this
 * round's: "My sister lost 8kg on keto without diet pills ... Her
 * recipes: ketowithkate.blogspot.com" scored 0.93 at first, 0.67 now
 * (a free page named for what spam sells, a shop-like address, "pills"
 * on the suspect list): a reader's keto blog on a platform still reads
 * as a shop. */
static const Comment probes[] = {
  /* a few stock words, from a reader's own site or a club's */
  { "Great article, thank you.", "Jane Doe", "jane@jane-doe.me", "https://jane-doe.me" },
  { "Very informative, thank you!", "Pat", "pat@example.org", "https://www.kirkby-u3a.org.uk" },
  { "Nice one.", "Mel", "mel@example.org", "https://st-marys-pta.org.uk" },
  { "Thanks for sharing the council papers, Sam.", "Ade", "ade@example.org", "https://northshire-walks.co.uk" },
  /* slimming, told by readers */
  { "I lost 20kg on the NHS low calorie plan, no pills, no gimmicks: https://www.nhs.uk/better-health/lose-weight/",
    "Denise", "denise@example.org", NULL },
  /* drugs without a prescription, warned of */
  { "Antibiotika ohne Rezept aus dem Internet sind gefährlich, warnt die Apothekerkammer: https://www.abda.de/themen/arzneimittelfaelschungen",
    "Uwe", "uwe@example.org", NULL },
  { "Acheter des somnifères sans ordonnance sur internet, c'est dangereux : ma tante a fini aux urgences. https://www.ansm.sante.fr",
    "Claire", "claire@example.org", NULL },
  /* gambling, told of */
  { "Мой брат проиграл в казино все деньги, бонусы и фриспины это ловушка. Помощь тут: https://www.gamblersanonymous.org",
    "Олег", "oleg@example.org", NULL },
  { "ابني خسر كل أمواله في المراهنات بسبب مكافأة ترحيبية، يجب منع هذه المواقع. https://www.gamcare.org.uk",
    "سعاد", "suad@example.org", NULL },
  /* sugar daddies, reported */
  { "My flatmate joined a sugar daddy site to pay her rent, that's where student housing is now: https://www.savethestudent.org/money/student-rent.html",
    "Izzy", "izzy@example.org", NULL },
  { "Judi online merusak keluarga, suami saya kehilangan gaji sebulan. Laporkan situsnya di https://aduankonten.id",
    "Sri", "sri@example.org", NULL },
};

static void
test_heldout22_probes (void)
{
  check_none_flagged (probes, G_N_ELEMENTS (probes));
}

/* A desk check by another engineer, written before the round's rules
 * were read, under a story on a bus lane's roadworks: 7 of 8 spam
 * caught before the round and after it, none of 8 readers flagged (a
 * reader shouting in capitals at 0.40). The miss, "Quer ganhar
 * dinheiro trabalhando em casa? Ganhe até R$ 300 por dia, sem
 * experiência" at a bare address (0.45), is read now: a sum to earn in
 * the imperative opens any sentence, not only the first, and counts
 * only with what makes it an advert's (by the day, from home, without
 * experience, from the phone or the sofa, easily, just for…). Probing
 * that from the other side found four readers flagged by its first
 * form (0.57–0.70: a blogger's "Earn £11.44 an hour and you still
 * can't rent here", a care worker's "Make £500 a week for 50 hours?",
 * a café hiring at "£12 an hour plus tips", "Ganhe até R$ 50 mil? Só
 * se for na Mega-Sena"), the last flagged by the opening rule before
 * this round too; the guards below hold them. */
static const Comment desk_spam[] = {
  { "Hi, I love your website. I run a digital marketing agency and we can get you on the first page of Google in 30 days. Reply for a free audit.", "Rahul SEO Expert", "rahul.seoexpert@gmail.com", "https://rankfast-seo.in" },
  { "Play online slots and win real money! 200 free spins on signup at www.luckyspin777.bet", "LuckySpin", "promo@luckyspin777.bet", NULL },
  { "buy cialis online cheap no prescription fast delivery https://meds-discount24.com", "pharma", "info@meds-discount24.com", NULL },
  { "I made $8,400 last month trading bitcoin with Mrs Susan Clark, she is the best account manager. Contact her on WhatsApp +1 (415) 555 0199", "Jennifer Adams", "jenadams2019@gmail.com", NULL },
  { "Very informative article, thanks", "Best Roofing Contractor Austin TX", "sales@austin-roofing-pros.com", "https://austin-roofing-pros.com" },
  { "Quer ganhar dinheiro trabalhando em casa? Ganhe até R$ 300 por dia, sem experiência. Acesse: renda-extra-facil.com.br", "Ana", "ana.rendaextra@gmail.com", NULL },
  { "[url=http://hot-singles-online.ru]Meet hot singles tonight[/url]", "Kristina", "kristina1999@mail.ru", NULL },
  { "Need help with your assignment? Our expert writers deliver plagiarism-free essays within 24 hours. Visit https://essaypro-help.net and get 20% off your first order!", "Emily Clark", "emily@essaypro-help.net", NULL },
};
static const Comment desk_genuine[] = {
  { "THIS COUNCIL IS A JOKE. THREE YEARS OF ROADWORKS AND STILL NO BUS LANE!!!", "Gary", "gary.b@example.org", NULL },
  { "The figures are in the council's own report, page 14: https://www.leeds.gov.uk/docs/transport-review.pdf", "Helen", "helen.w@example.org", NULL },
  { "Thanks for covering this, nobody else has.", "Mark", "mark.t@example.org", NULL },
  { "I run the bakery on Station Road and we lost 30% of trade during the last works. Nobody compensated us.", "Diane Cole", "diane@colesbakery.co.uk", "https://www.colesbakery.co.uk" },
  { "@Gary the bus lane was in phase two, it's on the map in the article. Calm down.", "Priya", "priya.s@example.org", NULL },
  { "Muy buen artículo. En Valencia pasó lo mismo con el tranvía y al final fue un éxito.", "Jorge", "jorge.m@example.org", NULL },
  { "Bitcoin fell 20% this week, anyone who put their pension in it like the councillor suggested should be worried.", "Alan", "alan.p@example.org", NULL },
  { "nice one", "Kev", "kev.o@example.org", NULL },
};
static const Comment desk_guards[] = {
  { "I wrote about the minimum wage on my blog: https://jane-econ.blogspot.com. Earn £11.44 an hour and you still can't rent a room here.", "Jane", "jane@example.org", NULL },
  { "Care workers are paid a pittance. Make £500 a week for 50 hours of lifting people? My union explains it: https://www.unison.org.uk/care", "Sam", "sam@example.org", NULL },
  { "Saw an advert on Facebook: 'Earn $300 a day from home!' It's a scam, reported it. https://www.actionfraud.police.uk", "Lou", "lou@example.org", NULL },
  { "Ganhe até R$ 50 mil? Só se for na Mega-Sena. O salário mínimo mal paga o aluguel: https://www.dieese.org.br", "Paulo", "paulo@example.org", NULL },
  { "Our café is hiring for Christmas. Earn £12 an hour plus tips, apply in person or at https://www.thecornercafe.co.uk/jobs", "Corner Café", "jobs@thecornercafe.co.uk", NULL },
};

static void
test_heldout22_desk_check (void)
{
  check_heldout_floor (desk_spam, G_N_ELEMENTS (desk_spam), 8, desk_genuine, G_N_ELEMENTS (desk_genuine), 8, 8);
  check_none_flagged (desk_guards, G_N_ELEMENTS (desk_guards));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout22/untrained", test_heldout22_untrained);
  g_test_add_func ("/spam-heldout22/after", test_heldout22_after);
  g_test_add_func ("/spam-heldout22/later", test_heldout22_later);
  g_test_add_func ("/spam-heldout22/probes", test_heldout22_probes);
  g_test_add_func ("/spam-heldout22/desk-check", test_heldout22_desk_check);

  return g_test_run ();
}
