/* test-spam-families-tries.c: the rules of test-spam-families.c tried
 * on comments written after them
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The five families of spam an editor found the untrained filter let
 * through (free gifts for a survey, shortened links and the endings
 * spammers buy, dating bait, trading mentors with a handle, recovery
 * hackers and hackers for hire), written again in other words and
 * languages after each round of rules, with the readers whose words
 * the rules use. Each round is marked where it starts; what it found is
 * told in the test. A genuine comment sent to spam is the worst mistake
 * the filter can make: none of these may be flagged.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* Written after the rules, to try them on other wordings */
  { "Claim your complimentary $250 Costco reward now, only 3 remaining! Tap here: shorturl.at/bcDE4",
    "Costco Rewards", "costco.rewards@mail.example", NULL },
  { "Congrats!! You're today's lucky visitor. Spin the wheel to win a Samsung Galaxy S25: https://lucky-spin.win/s25",
    "Lucky Draw", "lucky@mail.example", NULL },
  { "Free PS5 giveaway for our followers, just answer 3 questions → tiny.cc/ps5free", "GameDrop",
    "gamedrop@mail.example", NULL },
  { "مبروك! لقد تم اختيارك للحصول على بطاقة هدايا مجانية بقيمة ٥٠٠ ريال. أكمل الاستبيان: bit.ly/hdy500",
    "هدايا", "hadaya@mail.example", NULL },
  { "read this before they take it down goo.gl/Xk29aP", "truthseeker", "ts@mail.example", NULL },
  { "Best site for free movies and series, no sign up: https://movies4free.lol", "Movie Lover",
    "movies@mail.example", NULL },
  { "Hey cutie 😍 I'm Sofia, bored and alone at home. Write me here: https://sofia-chat.example", "Sofia",
    "sofia.x@mail.example", NULL },
  { "Want to meet real women tonight? No fake profiles, 100% free registration: https://realwomen-date.example",
    "Real Dates", "dates@mail.example", NULL },
  { "Привет, я Катя, ищу мужчину для приятных встреч. Мой профиль тут: https://katya-love.example", "Катя",
    "katya@mail.example", NULL },
  { "Γεια σου, είμαι η Μαρία και νιώθω μοναξιά απόψε. Δες τις φωτογραφίες μου εδώ: https://maria-chat.example",
    "Μαρία", "maria.g@mail.example", NULL },
  { "I never believed in online trading until my cousin introduced me to Mr. James Carter. I have made over $30,000 "
    "in two months. Contact him on WhatsApp +1 (302) 555-0199", "Laura", "laura.p@mail.example", NULL },
  { "Shout out to @crypto_with_anna on Instagram, her mentorship paid off my student debt in 6 months!!", "Dani",
    "dani@mail.example", NULL },
  { "Hats off to Linda Hughes, I withdrew my first profit of $8,400 yesterday. She manages accounts for beginners, "
    "text her: LindaHughesFX@mail.example", "Greg", "greg@mail.example", NULL },
  { "Llevo 3 meses invirtiendo con el señor Andrés Vidal y ya dejé mi trabajo. Contáctalo por Instagram "
    "@andresvidal.fx", "Marta", "marta@mail.example", NULL },
  { "My wife was cheating and I needed proof. A spy expert got me full access to her phone remotely, texts and "
    "calls. Email spyexpert@mail.example", "Rick", "rick@mail.example", NULL },
  { "Scammed by a forex broker? Don't lose hope. Wizard Recovery Team got back 95% of my funds. Reach them via "
    "recoverywizard@proton.me", "Hannah", "hannah.k@mail.example", NULL },
  { "Fui vítima de um golpe com criptomoedas e recuperei tudo com a ajuda dos hackers da Recupera Já. Contato: "
    "recuperaja@proton.me", "Fernanda", "fernanda@mail.example", NULL },
  { "Меня обманули брокеры на 2 млн, но хакеры из команды ВозвратПро вернули всё до копейки. Пишите им: "
    "vozvratpro@proton.me", "Сергей", "sergey@mail.example", NULL },
  { "در یک سایت جعلی ارز دیجیتال کلاهبرداری شدم و تیم هکرهای بازیابی پولم را برگرداندند. ایمیل: "
    "bazyabi@proton.me", "رضا", "reza@mail.example", NULL },
  /* Written after the second rules, a third try */
  { "🎁 You've been selected! Get your $1000 Walmart Gift Card now. Limited time: walmart-gc.top",
    "Walmart", "gc@mail.example", NULL },
  { "FREE iPhone 15 for the first 100 people!!! Just answer a few questions: https://apple-promo.icu/free",
    "Apple Promo", "apple@mail.example", NULL },
  { "Congratulations! You won a $500 Amazon voucher. Claim here bit.ly/AmzWin500",
    "Amazon", "amz@mail.example", NULL },
  { "Get a free $750 Cash App reward, offer ends soon: cutt.ly/cashapp750", "Cash", "cash@mail.example", NULL },
  { "Obtén un iPhone 15 gratis, solo por hoy. Haz clic aquí: https://iphone-gratis.xyz",
    "Promo", "p@mail.example", NULL },
  { "Ganhe R$1000 no Pix agora mesmo! Resgate aqui: tinyurl.com/pixgratis", "Pix Bônus", "pix@mail.example", NULL },
  { "Получите iPhone бесплатно! Осталось всего 5 штук: https://iphone-free.click",
    "Акция", "akc@mail.example", NULL },
  { "دریافت کارت هدیه رایگان ۱۰۰ دلاری، فقط امروز: bit.ly/hadie100", "هدیه", "h@mail.example", NULL },
  { "Δωρεάν κουπόνι 100€ για τα σουπερμάρκετ! Συμπληρώστε την έρευνα: https://kouponi.sbs",
    "Κουπόνια", "k@mail.example", NULL },
  { "wow, just look at this lol: cutt.ly/wR7pQz", "Amanda", "amanda@mail.example", NULL },
  { "More details: https://news-daily24.top/politics/article-99", "News24", "news@mail.example", NULL },
  { "I posted the whole leaked document here https://docs-leak.xyz/file/2231", "anon", "anon@mail.example", NULL },
  { "Смотрите полное видео: https://video-hd.monster/v/88", "Видео", "v@mail.example", NULL },
  { "Good article. Also see rb.gy/k8x2mp", "Peter", "peter@mail.example", NULL },
  { "Hi, I'm Jessica 😘 so lonely in this city... text me here bit.ly/jess-chat",
    "Jessica", "jess@mail.example", NULL },
  { "Bored tonight? Horny girls in your area want to hook up. No credit card needed: "
    "https://hookup-now.example", "Adult", "a@mail.example", NULL },
  { "Hello dear, I am single mom looking for a serious man. Write me on my email linda.love@mail.example",
    "Linda", "linda.love@mail.example", NULL },
  { "Hola guapo, estoy sola esta noche. Mira mis fotos aquí: https://fotos-ana.example",
    "Ana", "ana@mail.example", NULL },
  { "Eu sou a Bia, solteira e carente 😍 me chama no WhatsApp +55 11 95555-0123", "Bia", "bia@mail.example", NULL },
  { "Одинокая девушка ищет друга для общения. Пиши мне: https://anya-chat.example",
    "Аня", "anya@mail.example", NULL },
  { "I got introduced to Mrs. Anna Clarke by a friend and she has helped me grow my portfolio from $2k to "
    "$25k. She is on Instagram: @annaclarke_invest", "Susan", "susan@mail.example", NULL },
  { "All thanks to Mr. Robert Hayes for the good work he has done in my life. I now earn weekly from his "
    "trading platform. Contact him via Telegram: @RobertHayesFX", "Joy", "joy@mail.example", NULL },
  { "Trading with Expert Emily has been amazing! Withdrew $15,000 last week. WhatsApp her +1 (213) 555-0147",
    "Nina", "nina@mail.example", NULL },
  { "I was skeptical at first but Mr. Wilson's crypto strategy really works, I'm now financially free. Reach "
    "him on IG @wilson.cryptotrades", "Carl", "carl@mail.example", NULL },
  { "Muito obrigado à Dra. Paula Reis, graças às operações dela tenho lucro todo mês. Instagram: "
    "@paulareis.trader", "Caio", "caio@mail.example", NULL },
  { "Спасибо Анне Волковой, с её сигналами я заработал 500 тысяч за месяц. Её телеграм @anna_volkova_trade",
    "Дмитрий", "d@mail.example", NULL },
  { "I lost $85,000 to a fake investment site. A friend recommended Fast Recovery Hacks and they recovered "
    "everything in 72 hours. Email: fastrecoveryhacks@proton.me", "Ellen", "ellen@mail.example", NULL },
  { "Do you need a professional hacker? Whatsapp, Instagram, Facebook, email hacking, change of grades, "
    "credit repair. Contact: prohacker@mail.example", "Pro Hacker", "ph@mail.example", NULL },
  { "My ex stole money from me and Digital Asset Recovery got it back. Highly recommend! WhatsApp +1 (929) "
    "555-0180", "Kim", "kim@mail.example", NULL },
  { "Suspect your partner is cheating? Get access to their phone without them knowing. Email "
    "spyhacks@mail.example", "Spy", "spy@mail.example", NULL },
  { "Perdi 50 mil reais num golpe de investimento e a equipe da Resgate Digital recuperou tudo. Contato: "
    "resgatedigital@proton.me", "Marcos", "marcos@mail.example", NULL },
  { "Потеряла все сбережения на фальшивой бирже, но хакеры вернули мне деньги. Пишите им на почту "
    "vozvrat@proton.me", "Ирина", "irina@mail.example", NULL },
  { "Χάσαμε 20.000 ευρώ σε απάτη και οι hackers της Recovery Pro μας τα επέστρεψαν. Email: "
    "recoverypro@proton.me", "Κώστας", "kostas@mail.example", NULL },
  { "خسرت أموالي في منصة تداول وهمية، وقام الهكر باسترجاعها كلها. تواصلوا معه: hackerx@proton.me",
    "سعيد", "saeed@mail.example", NULL },
  /* A fourth try, after the third rules */
  { "Win big this weekend!! Free spins waiting for you at luckyspins.bet/bonus", "Casino", "c@mail.example", NULL },
  { "100% legit, not a scam: I got my free $200 Target gift card from here bit.ly/tgtfree",
    "Brooke", "brooke@mail.example", NULL },
  { "I'm new here 😘 looking for someone to talk to tonight, my profile: https://lovely-anna.example",
    "Anna", "anna2@mail.example", NULL },
  { "My husband's account was hacked and we lost $12k, but Ghost Recovery traced the thief and got every "
    "dollar back. ghostrecovery@proton.me", "Irene", "irene2@mail.example", NULL },
  { "Investing with Mr. Steven Brooks changed my life, I make $5,000 weekly from his signals. Telegram "
    "@StevenBrooksFx", "Gail", "gail2@mail.example", NULL },
  { "Earn from home: I followed Ms. Rose on IG @rose.trades and her signals paid for my new car!",
    "Vic", "vic@mail.example", NULL },
  { "Click for the full video: https://viral-clip.cam/v?id=9", "Viral", "viral@mail.example", NULL },
  { "Free Robux generator 2026, no human verification!! robux-free.top/gen", "Gamer", "gamer@mail.example", NULL },
  { "Very true. I read more about it here: ow.ly/Xk9f50Rz", "Martin", "martin@mail.example", NULL },
  { "Get paid to take surveys! $50 per survey, free to join: https://survey-cash.click",
    "Survey", "survey@mail.example", NULL },
  /* "chat with me" and a site of the author's own */
  { "Hi, I'm Mia, chat with me here: https://mia-chat.example", "Mia", "mia@mail.example", NULL },
  { "so bored... chat with me? https://cam4you.example/mia", "Mia", "mia.b@mail.example", NULL },
  /* A fifth try: links in HTML and BBCode, French, more Spanish, Portuguese and Greek */
  { "<a href=\"https://bit.ly/3kPq9\">Claim your free gift card</a>", "Gift", "g@mail.example", NULL },
  { "[url=https://tinyurl.com/ycx7k2]free iPhone 16 giveaway[/url]", "Giveaway", "gw@mail.example", NULL },
  { "Amazing news! Walmart is giving away free $1,000 gift cards for a quick 30-second survey. Get yours: "
    "https://walmart-reward.example/gc", "Jenny", "jenny@mail.example", NULL },
  { "You are our 1,000,000th visitor! Claim your free Samsung Galaxy now: http://prize-center.example/claim",
    "Prize Center", "pc@mail.example", NULL },
  { "💰 Free $100 Shein voucher for everyone who answers our 3-question survey 👉 shein-gift.example/survey",
    "Shein", "shein@mail.example", NULL },
  { "Quiero compartir mi testimonio: gracias al mentor Roberto Díaz gano 3.000 dólares al mes con el trading. "
    "Su Instagram: @roberto.diaz.fx", "Elena", "elena@mail.example", NULL },
  { "Depois que conheci a mentora Fernanda, minha vida mudou, hoje ganho 10 mil por mês com trading. Fala com "
    "ela no Instagram @fernanda.trader", "Lu", "lu@mail.example", NULL },
  { "Я уволилась с работы и теперь зарабатываю на криптовалюте с наставником Олегом. Его инстаграм "
    "@oleg_crypto_mentor", "Оля", "olya@mail.example", NULL },
  { "Thanks to Mr. Henry Mitchell's trading program, I quit my 9 to 5 job. You can text him on WhatsApp: +1 "
    "(505) 555-0164", "Rose", "rose@mail.example", NULL },
  { "Don't let anyone tell you crypto recovery is impossible. I lost 3.5 BTC to a fake exchange and Tracer "
    "Hacks got it all back. Email them: tracerhacks@proton.me", "Jorge", "jorge@mail.example", NULL },
  { "Need a hacker to catch a cheating spouse, recover a hacked account or fix your credit score? Contact "
    "Adam: adamhacks@mail.example, 100% legit", "Adam", "adam@mail.example", NULL },
  { "Από τότε που ξεκίνησα trading με τα σήματα του κ. Παπαδόπουλου βγάζω 2.000 ευρώ τον μήνα. Instagram: "
    "@papadopoulos.fx", "Ελένη", "eleni.k@mail.example", NULL },
  { "من دلم تنگه و امشب تنهام، عکس‌های خصوصیم رو اینجا ببین: https://baran-chat.example",
    "باران", "baran@mail.example", NULL },
  { "كنت أبحث عن شخص أتحدث معه الليلة، شاهد صوري الخاصة هنا: https://lina-chat.example",
    "لينا", "lina@mail.example", NULL },
  { "Bonjour, je suis seule ce soir... viens voir mes photos privées: https://julie-cam.example",
    "Julie", "julie@mail.example", NULL },
  { "Me robaron 20.000 dólares en una estafa de criptomonedas y gracias a los expertos de Rescate Cripto lo "
    "recuperé todo. Escríbeles: rescatecripto@proton.me", "Pablo", "pablo@mail.example", NULL },
  { "Получи бесплатно 1000 рублей на карту! Акция ограничена, переходи: is.gd/dengi1000",
    "Бонус", "bonus@mail.example", NULL },
  { "این مقاله را بخوانید: https://khabar-roz.top/news/55", "خبر", "khabar@mail.example", NULL },
  { "Leia mais em: encurtador.com.br/rTx45", "Notícias", "noticias@mail.example", NULL },
  /* A seventh try: links in brackets and capitals, Greek dating */
  { "FREE GIFT CARD!!! (bit.ly/Gft500)", "Gifts", "gifts@mail.example", NULL },
  { "Limited offer — free voucher, just fill a survey at TINYURL.COM/VOUCHER2026.",
    "Offers", "offers@mail.example", NULL },
  { "Get the app and a free £20 credit: https://app-bonus.icu/?ref=77", "App", "app@mail.example", NULL },
  { "Check my new pics 😘 https://bit.ly/3Ab9Kz", "Vika", "vika@mail.example", NULL },
  { "I'm so lonely tonight, anyone want to chat? my page: https://sweet-vika.example",
    "Vika", "vika@mail.example", NULL },
  { "Recovering lost crypto is possible! I lost 60k in USDT and thanks to Crypto Asset Recovery I got it all "
    "back. They're on Telegram @cryptoassetrecovery", "Ryan", "ryan@mail.example", NULL },
  { "Contact Apex Hackers for any hack job: phone monitoring, grade change, credit score boost. "
    "apexhackers@mail.example", "Apex", "apex@mail.example", NULL },
  { "My friend recommended Mrs. Claire Davies and I can't thank her enough, my first investment of $500 gave "
    "me $6,500 in a week. Contact her on WhatsApp +44 7911 555 123", "Jo", "jo9@mail.example", NULL },
  { "Θέλεις δωρεάν iPhone 16; Κάνε κλικ εδώ: https://iphone-dwro.xyz", "Προσφορά", "pr@mail.example", NULL },
  { "Ερωτική συνομιλία με μοναχικές γυναίκες: https://chat-gr.example", "Chat", "chat@mail.example", NULL },
  /* An eighth try: recovery hackers after the bank and the police failed */
  { "I reported it to my bank and the police and nothing happened, until Lexis Recovery Hackers got back all "
    "2.3 BTC I lost to a fake exchange. Email: lexisrecovery@proton.me", "Sandra", "sandra@mail.example", NULL },
  { "After my bank refused to help, Spectre Cyber Recovery traced my stolen USDT and returned it. WhatsApp +1 "
    "(415) 555-0172", "Omar", "omar@mail.example", NULL },
  /* An eleventh try: a parcel redelivery, praise with a short link, copy
   * trading, a romance scam's money won back */
  { "Exclusive for our readers: a FREE Dyson Airwrap! Just pay shipping. Offer valid 24h: "
    "https://dyson-readers.example/offer", "Dyson Promo", "dy@mail.example", NULL },
  { "Your parcel could not be delivered. Reschedule and claim your free voucher: royalmail-redeliver.xyz/uk",
    "Royal Mail", "rm@mail.example", NULL },
  { "Hello, just completed a 2-min survey and got a $50 Starbucks gift card, worked for me: bit.ly/sbux50",
    "Kayla", "kayla@mail.example", NULL },
  { "Nice post. Visit tinyurl.com/2p8xbw9k", "Max", "max@mail.example", NULL },
  { "see here → cutt.ly/9wErT1x", "n", "n@mail.example", NULL },
  { "Leia a matéria completa em https://noticias-hoje.click/politica/123", "Portal", "portal@mail.example", NULL },
  { "Смотри тут: https://skidki-2026.top", "Скидки", "sk@mail.example", NULL },
  { "I'm Sarah, 26, divorced and lonely 💋 Let's chat on my profile https://sarah-dates.example",
    "Sarah", "sarah26@mail.example", NULL },
  { "Girls in your area are online now and want to meet you tonight: https://meetnow-girls.example",
    "Meet", "meet2@mail.example", NULL },
  { "I can't believe how much my life has changed since I started copy trading with Mrs. Evelyn Ross. $3,000 "
    "to $41,000 in 2 months! Her Instagram: @evelynross_trades", "Ava", "ava@mail.example", NULL },
  { "Forex trading changed my life thanks to my account manager Mr. Lucas Grant. WhatsApp him: +1 (786) "
    "555-0113", "Noah", "noah@mail.example", NULL },
  { "Let me recommend Mr. David Hart to everyone here, I now earn weekly profits from his crypto signals. "
    "Reach him on Telegram @DavidHartSignals", "Mia", "mia3@mail.example", NULL },
  { "I was a victim of a romance scam and lost $75k. Thanks to Hack Recovery Services I got every penny back. "
    "Contact: hackrecoveryservices@proton.me", "Grace", "grace@mail.example", NULL },
  { "Need your spouse's WhatsApp messages? Want to boost your credit score to 800? Email the best hacker: "
    "elitehacker@mail.example", "Elite", "elite@mail.example", NULL },
  { "If you need to recover lost or stolen crypto, contact Cyber Genie Recovery on WhatsApp +44 7418 555 276, "
    "they recovered my $25k.", "Ella", "ella@mail.example", NULL },
  /* A twelfth try: mentors named by a title; the first is still missed (no
   * word of trading at all) */
  { "Mrs. Karen Lowe is the real deal. Started with $500, now at $9,200. Instagram: @karenlowe.fx",
    "Beth", "beth2@mail.example", NULL },
  { "Expert Daniel's crypto signals are the best, I'm up 400% this month. Telegram @expertdanielfx",
    "Leo", "leo@mail.example", NULL },
  { "Coach Mike taught me forex in 3 weeks and I'm consistently green. DM him on IG @coachmike_fx",
    "Zara", "zara@mail.example", NULL },
};

static const Comment genuine[] = {
  /* Written after the rules, to try them */
  { "The shortened link in the council's leaflet, bit.ly/parkconsult, goes to a dead page. Can someone fix it?",
    "Pat", "pat@mail.example", NULL },
  { "Petition to save the library: bit.ly/saveourlibrary2026 - nearly 3,000 signatures already.", "Friends of "
    "the Library", "fol@mail.example", NULL },
  { "My sister runs a small bakery, her Instagram is @rosiesbakes. Not spam, just proud!", "Rosie's brother",
    "tom.r@mail.example", NULL },
  { "I made a small profit trading Tesla shares in 2021 and lost it all in 2022. Thanks to that, I now stick to "
    "index funds.", "Neil", "neil@mail.example", NULL },
  { "A man on Facebook claimed he could recover my stolen crypto if I emailed him. Luckily I asked my bank first.",
    "Wendy", "wendy@mail.example", NULL },
  { "Lonely? The Silver Line is free, day and night: 0800 4 70 80 90.", "Age Concern volunteer",
    "volunteer@mail.example", NULL },
  { "My son was lonely after the move until he joined the chess club, details at https://www.leedschess.example",
    "Ravi", "ravi@mail.example", NULL },
  { "@Kate_R she's on Telegram too, but honestly the trading groups there lost me £2,000.", "Colm",
    "colm@mail.example", NULL },
  { "The hacker who leaked the council's emails was caught, see the police statement: "
    "https://www.west-yorkshire.police.uk/news/123", "Irene", "irene@mail.example", NULL },
  { "The dating site in the story, Match.com, says it removed 400 fake profiles last month.", "Yusuf",
    "yusuf@mail.example", NULL },
  { "Our readers' offer this week: a free £10 voucher for the market with every copy. Claim it at the kiosk.",
    "Newsagent", "kiosk@mail.example", NULL },
  { "I was scammed on a dating site and the police recovered some of it. Email me at gail.h@mail.example if it "
    "happened to you too, we are a support group.", "Gail", "gail.h@mail.example", NULL },
  /* Written after the second rules, a third try */
  { "Got a text saying I'd won a Tesco voucher with a link to tinyurl.com/tesco-win. Obviously a scam, "
    "reported it to 7726.", "Moira", "moira@mail.example", NULL },
  { "The police warned about fake giveaway links like bit.ly ones on Facebook promising free iPhones.",
    "Stan", "stan@mail.example", NULL },
  { "The library's summer survey: https://www.leeds.gov.uk/libraries/survey. Five minutes, and you can win a "
    "£20 book token.", "Beryl", "beryl@mail.example", NULL },
  { "The Gazette's Christmas giveaway last year was lovely, my mum won the hamper!",
    "Chris", "chris@mail.example", NULL },
  { "Here's the bus timetable the council shared: bit.ly/Route42Times", "Harold", "harold@mail.example", NULL },
  { "Full report from the inquiry (the link in the council's press release): tinyurl.com/inquiry-report-2026",
    "Denise", "denise@mail.example", NULL },
  { "I sell bread at the market on Saturdays, my page is facebook.com/bakerbob for anyone interested.",
    "Bob", "bob@mail.example", NULL },
  { "My husband and I met on Tinder eight years ago. Not every app romance is a scam.",
    "Kath", "kath@mail.example", NULL },
  { "Lonely old people are targeted by romance scammers, my neighbour lost £60k. She thought he loved her.",
    "Roger", "roger@mail.example", NULL },
  { "Anyone who feels alone tonight, the Samaritans are on 116 123, free, any time.",
    "Sam", "sam@mail.example", NULL },
  { "I've traded crypto since 2017 and the one thing I learned: anyone who DMs you on Instagram offering "
    "signals is a scammer.", "Jake", "jake@mail.example", NULL },
  { "My financial adviser, Mrs. Hughes at Barclays, told me to stay away from forex. Best decision I ever "
    "made.", "Elaine", "elaine@mail.example", NULL },
  { "I was scammed out of £8,000 and my bank refunded me under the new reimbursement rules. Contact your bank "
    "first.", "Vera", "vera@mail.example", NULL },
  { "Got my money back from the fake ticket seller through PayPal buyer protection. Always pay with PayPal or "
    "a card.", "Lee", "lee@mail.example", NULL },
  { "The hackers who hit the NHS trust got nothing back: the trust refused to pay. Good.",
    "Adrian", "adrian@mail.example", NULL },
  { "My cousin hired a private investigator to catch her cheating husband. Cost her £3,000 and found nothing.",
    "Tina", "tina@mail.example", NULL },
  { "Thanks to the Citizens Advice team I recovered the deposit my landlord kept. Call them on 0800 144 8848.",
    "Nadine", "nadine@mail.example", NULL },
  { "I DON'T WANT A FREE VOUCHER, I WANT MY BINS EMPTIED!!!", "Ernest", "ernest@mail.example", NULL },
  { "FREE SCHOOL MEALS FOR ALL KIDS NOW. SIGN THE PETITION: https://petition.parliament.uk/petitions/700123",
    "Sharon", "sharon@mail.example", NULL },
  { "I lost £2,000 to a fake Facebook Marketplace seller. Police said they can't do anything. Contact me if "
    "it happened to you: hayley.m@mail.example", "Hayley", "hayley.m@mail.example", NULL },
  { "The article is right: the \"trading mentor\" accounts on Instagram all use stolen photos. @FCA should "
    "act.", "Ian", "ian@mail.example", NULL },
  { "Thanks @Rachel for the tip, the free flu jab at Boots is still available: "
    "https://www.nhs.uk/vaccinations/flu", "Gwen", "gwen@mail.example", NULL },
  { "Μου έστειλαν μήνυμα για δωρεάν δώρο με σύνδεσμο bit.ly, μην το ανοίξετε, είναι απάτη.",
    "Άννα", "anna.g@mail.example", NULL },
  { "Me llegó un SMS de un premio con un enlace acortado. Es una estafa, no lo abráis.",
    "Carmen", "carmen@mail.example", NULL },
  { "Обещают бесплатный iPhone за опрос, не переходите по ссылкам, это мошенники.",
    "Пётр", "petr@mail.example", NULL },
  { "I work in IT security: the 'ethical hackers for hire' on Instagram are all scammers.",
    "Dev", "dev@mail.example", NULL },
  { "Our club raised £3,000 for the hospice. Photos from the night: "
    "https://www.flickr.com/photos/rotary/albums/2026", "Rotary", "rotary@mail.example", NULL },
  { "Photos of tonight's meeting, lovely to see so many: https://www.facebook.com/groups/millroad/photos",
    "Pam", "pam@mail.example", NULL },
  { "The free ebook the council recommends is at gutenberg.org/ebooks/1342 if you want to read Pride and "
    "Prejudice.", "Lit", "lit@mail.example", NULL },
  { "My daughter's dating profile was copied by scammers who then asked men for money. Report fake profiles!",
    "Gloria", "gloria@mail.example", NULL },
  /* A fourth try, after the third rules: readers whose words the rules
   * use (a flood's photos, a protest to meet at, a single mom's bus pass,
   * married women's pensions, a raffle prize) */
  { "Congratulations to the prize winners! Full list: https://www.gazette.example/prizes",
    "Gazette reader", "gr@mail.example", NULL },
  { "Kids bored? Left alone at home all summer? The YMCA runs free camps: https://www.ymca.org.uk/camps",
    "Jill", "jill@mail.example", NULL },
  { "Meet me at the protest on Saturday, details: https://www.facebook.com/events/998877",
    "Kerry", "kerry@mail.example", NULL },
  { "All my photos of the flood are here: flickr.com/photos/jim/albums/flood", "Jim", "jim@mail.example", NULL },
  { "Great strategy from the council, thanks to @LeedsCC for listening to residents.",
    "Olu", "olu@mail.example", NULL },
  { "Thanks to the non-profit @FoodBankLeeds, 300 families ate this Christmas.", "Ruth", "ruth@mail.example", NULL },
  { "Police are looking for a man seen near the school, call 101 or email appeals@police.example",
    "Tony", "tony@mail.example", NULL },
  { "As a single mom I rely on the free bus pass. Here's how to apply: https://www.wymetro.com/passes",
    "Leanne", "leanne@mail.example", NULL },
  { "The married women's pension gap is explained well here: https://www.ifs.org.uk/pensions-gap",
    "Audrey", "audrey@mail.example", NULL },
  { "Scammers asked for remote access to my PC, pretending to be BT. Call your bank on the number on your "
    "card.", "Mick", "mick@mail.example", NULL },
  { "I got a text: 'Congratulations, you have been selected for a free Amazon gift card', with a link. Delete "
    "them!", "Phyllis", "phyllis@mail.example", NULL },
  { "My sister won the raffle prize, a free iPad! Thank you to the school PTA: "
    "https://www.stmarys-pta.example", "Jess", "jess@mail.example", NULL },
  { "Read the full thread here: twitter.com/BBCBreaking/status/1780000000", "Abdul", "abdul@mail.example", NULL },
  { "My crypto portfolio lost 60% last year. I'm grateful I only put in what I could afford to lose.",
    "Dom", "dom@mail.example", NULL },
  { "Thanks to my mentor at the Prince's Trust I started my own bakery. If you're young and stuck, email "
    "them: info@princes-trust.example", "Jade", "jade@mail.example", NULL },
  { "I'm a forex trader by profession and I can tell you: anyone selling signals on Instagram is lying. Ask "
    "me anything @Vik_FX", "Vik", "vik@mail.example", NULL },
  { "Hackers stole my Instagram account; Meta support got it back after two weeks. Email me if you need the "
    "steps: lou@mail.example", "Lou", "lou@mail.example", NULL },
  { "The ethical hacking course at the college is free for residents: "
    "https://www.leeds-city-college.ac.uk/hacking", "Raj", "raj@mail.example", NULL },
  { "A reporter should look at the loan sharks on our estate. I can be reached at 07700 900 456 if you want "
    "names.", "Anon", "anon2@mail.example", NULL },
  { "Lonely hearts ads used to be in the paper every Friday, I met my wife through one. Archive: "
    "https://archive.example/lonely-hearts", "Bill", "bill@mail.example", NULL },
  { "Here's the video of the council debate: youtube.com/watch?v=Xk2p9Lm", "Gary", "gary@mail.example", NULL },
  { "Our little Etsy shop donates 10% to the hospice, etsy.com/shop/knitsforhospice",
    "Mags", "mags@mail.example", NULL },
  { "FREE IPHONE MY FOOT. THESE SCAMMERS SHOULD BE JAILED.", "Arthur", "arthur@mail.example", NULL },
  { "Wikipedia has the whole history: en.wikipedia.org/wiki/Leeds_Kirkgate_Market", "Hal", "hal@mail.example", NULL },
  { "Поздравляю победителей конкурса фотографий газеты! Все работы тут: https://gazeta.example/konkurs",
    "Лена", "lena@mail.example", NULL },
  { "Ganhei um vale-presente no sorteio da escola, obrigado à diretora!", "Ana Paula", "ap@mail.example", NULL },
  { "Οι φωτογραφίες μου από την πορεία: https://www.flickr.com/photos/nikos/albums/2026",
    "Νίκος", "nikosp@mail.example", NULL },
  { "I earned my first salary as a trader at a bank in 1998. The job has changed completely since, as the "
    "article says.", "Malcolm", "malcolm@mail.example", NULL },
  { "Check out my blog post about the flood: medium.com/@sarah/flood-2026", "Sarah", "sarah@mail.example", NULL },
  /* "chat with me" beside an event page, an e-mail address, a campaign */
  { "Come and chat with me at the Labour stall on Saturday: https://www.facebook.com/events/12345", "Cllr Hill",
    "hill@mail.example", NULL },
  { "If you want to chat with me about the allotment plans, email me at dave.allot@mail.example", "Dave",
    "dave.allot@mail.example", NULL },
  { "If you want to talk to me about the campaign, see https://savethepark.example", "Jo", "jo.s@mail.example",
    NULL },
  /* A fifth try */
  { "Our school's reading scheme gives every child a free book voucher; the details are on the council page: "
    "bit.ly/LeedsReads", "Mandy", "mandy@mail.example", NULL },
  { "Hackers got into my Facebook last year. The only people who helped were Action Fraud; all the 'recovery "
    "experts' in my messages wanted money.", "Paula", "paula2@mail.example", NULL },
  { "I trade a little on the side and I'm grateful I never fell for the Instagram 'mentors'. Index funds, "
    "boring, works.", "Keith", "keith@mail.example", NULL },
  { "She met him on a dating app, he said he was lonely, and within a month she had sent him £40,000. Please "
    "read the article and warn your parents.", "Carole", "carole@mail.example", NULL },
  { "Η κόρη μου γνώρισε τον άντρα της σε εφαρμογή γνωριμιών. Δεν είναι όλα απάτη.",
    "Μαίρη", "mairi@mail.example", NULL },
  { "Mi abuela vive sola y recibe llamadas de 'premios' cada semana. Es una vergüenza que no hagan nada.",
    "Lucía M", "luciam@mail.example", NULL },
  { "Моя мама одинока и постоянно получает звонки от «выигрышей». Это мошенники, будьте осторожны.",
    "Ирина К", "irinak@mail.example", NULL },
  { "The festival's free tickets were gone in an hour: https://www.leedsfestival.example/tickets",
    "Mo", "mo2@mail.example", NULL },
  { "The crypto exchange in the article collapsed owing £40m. The administrators' page: "
    "https://www.kroll.example/ftx-claims", "Raymond", "raymond@mail.example", NULL },
  { "Δωρεάν παρκάρισμα για τους κατοίκους από τον Μάιο, λέει ο δήμος: https://www.athens.gr/parking",
    "Σοφία", "sofia.p@mail.example", NULL },
  { "Free gift with every paper this Saturday: a map of the old city!", "Derek P", "derekp@mail.example", NULL },
  { "I got my money back from the scammers thanks to my bank's fraud team, and the police traced them. Report "
    "it to Action Fraud.", "Kim W", "kimw@mail.example", NULL },
  { "My mentor at work encouraged me to start investing in my pension at 25. Best decision I ever made.",
    "Aisha", "aisha@mail.example", NULL },
  { "شاهدوا الفيديو الكامل للجلسة على موقع البلدية: https://www.amman.gov.jo/session",
    "عمر", "omar@mail.example", NULL },
  { "ویدیوی کامل جلسه شورای شهر اینجاست: https://www.aparat.com/v/abc123", "علی", "ali@mail.example", NULL },
  /* A sixth try: the rules' words beside a web address written bare, a
   * charity's page, a recovery after a flood */
  { "I'm grateful I learned trading from books and Investopedia.com, not from influencers.",
    "Hugh", "hugh2@mail.example", NULL },
  { "My trading account at Hargreaves Lansdown helped me save for a deposit. Details on HL.co.uk if you're "
    "curious.", "Nat", "nat@mail.example", NULL },
  { "Lost £5,000 to a fake broker; the FCA's ScamSmart site (fca.org.uk/scamsmart) helped me get some of it "
    "back via my bank.", "Ben", "ben2@mail.example", NULL },
  { "Hot tip for lonely pensioners: the library's coffee mornings, see leeds.gov.uk/libraries.",
    "June", "june@mail.example", NULL },
  { "Free iPhone repairs at the Repair Café this Saturday, details at repaircafe.org/leeds",
    "Tom", "tom3@mail.example", NULL },
  { "Recovery after the flood will take years. The team at the community centre (0113 555 0199) needs "
    "volunteers.", "Liz", "liz@mail.example", NULL },
  { "Hackers took down the council website last week; the recovery team says it's back now. Call 0113 222 "
    "4444 for bins.", "Fran", "fran@mail.example", NULL },
  { "I lost my job and got back on my feet thanks to the Jobcentre team. Email me if you want the name of my "
    "adviser: ray.k@mail.example", "Ray", "ray2@mail.example", NULL },
  { "The casino's \"free $50 bonus\" for new sign-ups is exactly what the new law bans. Report such ads to "
    "asa.org.uk/make-a-complaint", "Cora", "cora@mail.example", NULL },
  { "My nephew was bored and lonely in lockdown, gaming with friends online saved him. "
    "https://www.mind.org.uk/young-people", "Deb", "deb@mail.example", NULL },
  { "Is this the real police account? The tweet links to bit.ly/WYP-appeal but I can't tell.",
    "Gus", "gus@mail.example", NULL },
  { "The minister's tweet: t.co/8xLqP2 says the opposite of what she said in parliament.",
    "Viv", "viv2@mail.example", NULL },
  { "My husband was a day trader for 20 years, changed our life, but it's not for everyone. He lost a fortune "
    "in 2008 too.", "Sylvia", "sylvia@mail.example", NULL },
  { "Mentor scheme for young people who want to start a business: princes-trust.org.uk/mentoring. It changed "
    "my life.", "Callum", "callum@mail.example", NULL },
  /* A seventh try: short links of a broadcaster or a QR code, a scam's
   * domain told, support groups and help lines */
  { "I found the council's consultation via a QR code on the bus shelter (qrco.de/bf1234), it's the real one, "
    "I checked with the council.", "Val", "val@mail.example", NULL },
  { "Source for the figures: bbc.in/3xYzAb (BBC's own short link).", "Ahmed K", "ahmedk@mail.example", NULL },
  { "The Met Office tweet: t.co/9ZqP1 shows the warning area.", "Ian W", "ianw@mail.example", NULL },
  { "@Jay_88 the bit.ly links in those texts are the giveaway, real banks never send them.",
    "Tess", "tess@mail.example", NULL },
  { "Le Monde a publié l'enquête complète : https://www.lemonde.fr/enquete/2026/03/04/arnaques",
    "Claire", "claire@mail.example", NULL },
  { "My daughter met a lonely man online who turned out to be a scammer. She's fine now. Warn your kids.",
    "Pat W", "patw@mail.example", NULL },
  { "Has anyone else used the free Age UK befriending calls? My dad loves them. "
    "https://www.ageuk.org.uk/befriending", "Ruthie", "ruthie@mail.example", NULL },
  { "I stopped trading crypto after losing £4,000. Thanks to my partner I got help from GamCare: 0808 8020 "
    "133.", "Ollie", "ollie@mail.example", NULL },
  { "The recovery of the stolen artwork was thanks to Interpol's team, see interpol.int/news",
    "Greta", "greta@mail.example", NULL },
  { "\"Free $1000 gift card\" texts are everywhere this week. The ones I got linked to walmart-gc.top and "
    "similar sites.", "Nora", "nora@mail.example", NULL },
  { "Thanks for covering this. Our support group for romance scam victims meets on Tuesdays: "
    "https://www.victimsupport.org.uk", "Pam B", "pamb@mail.example", NULL },
  { "If your teenager is being bullied online, the NSPCC helpline is 0808 800 5000. Free and confidential.",
    "Marion", "marion@mail.example", NULL },
  { "My son was hacked on Instagram; a so-called recovery expert then asked for £300. The police told us it's "
    "a common second scam.", "Brenda", "brenda2@mail.example", NULL },
  { "Ο δήμος έδωσε δωρεάν κουπόνια για τα σχολικά: https://www.thessaloniki.gr/kouponia",
    "Κατερίνα", "kat@mail.example", NULL },
  { "Free prize draw for residents who recycle: the winners get a £50 voucher. Council page: "
    "leeds.gov.uk/recycling-draw", "Lenny", "lenny@mail.example", NULL },
  /* An eighth try: Persian, Arabic, Russian, Spanish, Portuguese and Greek
   * readers on signals, fake platforms and recovery hackers; a solicitor
   * and a bank that got money back */
  { "خواهرم با سیگنال‌های یک کانال تلگرامی ۵۰ میلیون ضرر کرد. شماره پلیس فتا: ۰۲۱۸۸۸۸۸۸۸۸",
    "نرگس", "narges@mail.example", NULL },
  { "لقد خسرت ٥٠٠٠ دولار في منصة تداول وهمية. أبلغت الشرطة على الرقم ٩١١ ولم أسترجع شيئاً.",
    "يوسف", "yousef@mail.example", NULL },
  { "Я тоже торгую на бирже, но без всяких «наставников». Мой блог о пенсиях: https://pensii-blog.example",
    "Виктор", "viktor@mail.example", NULL },
  { "Бесплатные курсы финансовой грамотности для пенсионеров в библиотеке, запись по телефону 8 (812) "
    "555-12-34.", "Галина", "galina@mail.example", NULL },
  { "Мой сын познакомился с девушкой в приложении, а она оказалась мошенницей. Пишите мне, если с вами было "
    "так же: oksana.v@mail.example", "Оксана", "oksana@mail.example", NULL },
  { "Gracias a mi asesor del banco dejé de invertir en criptomonedas. Su consejo me salvó.",
    "Manuel", "manuel@mail.example", NULL },
  { "Sorteo del periódico: ganadores de las entradas en https://www.elcorreo.example/sorteo",
    "Iñaki", "inaki@mail.example", NULL },
  { "O golpe do falso hacker que recupera dinheiro está em todo lado. Denunciem na polícia: 190.",
    "Rita", "rita@mail.example", NULL },
  { "Η αστυνομία λέει ότι οι «χάκερ ανάκτησης» είναι δεύτερη απάτη. Καταγγελίες στο 11188.",
    "Πέτρος", "petros@mail.example", NULL },
  { "My mum is lonely since Dad died. The council's befriending scheme is on 0113 378 0000 and she loves it.",
    "Adele", "adele@mail.example", NULL },
  { "Hire a hacker? No. Hire a lawyer. My solicitor got my money back from the fake broker: "
    "smith.law@mail.example", "Graham B", "grahamb@mail.example", NULL },
  { "I lost £900 to a fake Glastonbury ticket seller, my bank got it back. If you need the complaint "
    "template, message me: carly.t@mail.example", "Carly", "carly@mail.example", NULL },
  /* A ninth try: readers who give a handle, a number or an address beside
   * the rules' words (a journalist, a lost dog, a recovery ward, the
   * site's own dating adverts) */
  { "I run the investors' club at the library. Thanks to the members we raised £2,000 for the food bank. Join "
    "us: investclub@mail.example", "Harold B", "haroldb@mail.example", NULL },
  { "Journalist here: if a trading 'mentor' scammed you and you earned nothing but lost a lot, DM me "
    "@jsmith_reporter.", "Jane Smith", "jane.s@mail.example", NULL },
  { "My brother quit his job to trade crypto full time and now he's broke. If anyone needs the debt charity's "
    "number: 0808 808 4000.", "Fiona B", "fionab@mail.example", NULL },
  { "The broker in the article has been fined. The FCA warning list is at register.fca.org.uk, email "
    "consumer.queries@fca.org.uk with questions.", "Ned", "ned@mail.example", NULL },
  { "We lost our dog and a kind stranger traced him through the microchip and got him back to us! Thanks to "
    "the team at the vets: 0113 555 0101", "Sue B", "sueb@mail.example", NULL },
  { "Thanks to @MoneySavingExpert I got back £300 in bank charges. Their guide is free.",
    "Lydia", "lydia@mail.example", NULL },
  { "I got all my money back after the holiday firm collapsed, thanks to ATOL. Claims: claims@caa.co.uk",
    "Dennis", "dennis@mail.example", NULL },
  { "The recovery team at St James's was brilliant after my stroke. If anyone wants to thank them, email "
    "patient.experience@leedsth.nhs.uk", "Olive", "olive@mail.example", NULL },
  { "Hot singles near you? Lonely tonight? That's what the popups on your site say on my phone. Please fix "
    "your ads! @Gazette", "Ray B", "rayb@mail.example", NULL },
  { "Our dating-scam support group has helped 40 people. Contact us at help@romancescamsupport.example",
    "Anne R", "anner@mail.example", NULL },
  { "Hacker News had a good thread on this: news.ycombinator.com/item?id=123456",
    "Dev B", "devb@mail.example", NULL },
  { "I'm a cyber security expert. If you were hacked, email me and I'll tell you for free what to do first: "
    "sec.help@mail.example", "Sam K", "samk@mail.example", NULL },
  /* A tenth try, of the readers the editor named: a recovery scam warned
   * of (with the scammers' address), dating apps, the council's and the
   * police's tweeted short links, readers who trade shares */
  { "Warning to everyone: after I lost £15,000 to a crypto scam, 'Recovery Masters' contacted me on Instagram "
    "promising to get it all back for a fee. It's the same scammers. Don't reply to them.",
    "Lorna", "lorna@mail.example", NULL },
  { "PSA: anyone offering to recover your lost bitcoin is a thief. My dad paid 'CyberTrace Recovery' $3,000 "
    "and got nothing. Their email was cybertrace@proton.me, block it.", "Evan", "evan@mail.example", NULL },
  { "I met my partner on Hinge. We chatted for two weeks before meeting. The article makes it sound like "
    "every dating app user is a scammer, which is unfair.", "Priya", "priya@mail.example", NULL },
  { "Dating apps have made me feel lonelier than ever. Endless chat, no dates. Anyone else?",
    "Mark T", "markt@mail.example", NULL },
  { "The council tweeted the road closure map: bit.ly/A61closure — diversion via Otley Road.",
    "Keith R", "keithr@mail.example", NULL },
  { "Link from West Yorkshire Police's tweet for the witness appeal: t.co/Rz81mQ",
    "Hannah", "hannah2@mail.example", NULL },
  { "I trade shares on Freetrade, mostly FTSE 100. Made about 6% last year, which beats my savings account. "
    "Nothing fancy.", "Owen T", "owent@mail.example", NULL },
  { "I've been trading since 2010. The only 'signals' I trust are company results. Anyone selling signals on "
    "Telegram is scamming you.", "Barry", "barry@mail.example", NULL },
  { "My trading profits paid for our kitchen, but I lost half of it in 2022. Be careful, it's not a job.",
    "Tom H", "tomh@mail.example", NULL },
  { "This happened to my colleague: a 'mentor' on Instagram, @fx_queen_sarah or similar, took £8,000. Report "
    "such accounts.", "Linda W", "lindaw@mail.example", NULL },
  { "I was scammed by a fake broker. The police didn't help, but my bank refunded me after six weeks. Email "
    "me if you want the letter I used: jo.k@mail.example", "Jo K", "jok@mail.example", NULL },
  { "The story is right: the 'hackers for hire' to catch a cheating spouse are just blackmailers. My friend "
    "paid one and got threats.", "Gemma", "gemma@mail.example", NULL },
  { "Congratulations to Mrs. Patel, winner of our readers' photo prize! Her picture of the canal is on page "
    "4.", "Editor", "editor@mail.example", NULL },
  { "Bought a 'free' iPhone case from an Instagram ad, paid £9.99 shipping and got nothing. Their page: "
    "shop-cases.example/free. Avoid.", "Ryan M", "ryanm@mail.example", NULL },
  { "Lonely? Our Tuesday lunch club at St Mark's is free, all welcome. Call Margaret on 0113 496 0011.",
    "Margaret", "margaret@mail.example", NULL },
  /* A twelfth try: readers who name a "Mr.", a "Mrs." or a "Dr." beside
   * trading and a number */
  { "My financial adviser, Mrs. Hughes at Barclays, told me to stay away from forex. You can reach the branch "
    "on 0345 734 5345.", "Elaine B", "elaineb@mail.example", NULL },
  { "Mr. Khan, the maths teacher, runs a free investing club for sixth formers on Fridays. Contact the "
    "school: office@school.example", "Parent", "parent@mail.example", NULL },
  { "@DrSmith your point about crypto regulation is spot on. Dr. Lee made the same argument on Newsnight.",
    "Prof", "prof@mail.example", NULL },
  { "Sir Keir's trading speech was rubbish, read the full text: "
    "https://www.gov.uk/government/speeches/trade-2026", "Tony B", "tonyb@mail.example", NULL },
  { "Mr. Jones from the trading standards office says to report fake sellers to 0808 223 1133.",
    "Sheila", "sheila@mail.example", NULL },
};

static void
test_tries_untrained (void)
{
  guint flagged;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  /* Of the first 19 spam and 12 genuine written after the rules to try
   * them, they missed six (a "bored and alone" girl, a Russian "looking
   * for a man", a shout-out to a mentor's handle, a withdrawn "first
   * profit", a Spanish investor who quit his job, a spy with "full
   * access to her phone") and flagged a petition behind a bit.ly link;
   * all were made right. Of a third try, 34 spam and 30 genuine written
   * after that, they missed eight (a "single mom" with an e-mail
   * address, a mentor who "helped me grow my portfolio", "Withdrew
   * $15,000", a "professional hacker" for grades and credit, access to a
   * cheating partner's phone, a Portuguese "team" and an Arabic hacker
   * who won money back, a Greek "they gave it back") and flagged a
   * reader who quoted a scam's tinyurl link; all were made right. A
   * fourth try (10 spam, 29 genuine) missed a gift card "100% legit, not
   * a scam", a 😘 "looking for someone to talk to" and a mentor's signals
   * that "paid for my new car", and flagged a reader whose Instagram
   * account Meta support got back from hackers ("email me"); all were
   * made right, and words that readers use with a link ("meet me", "my
   * photos", "married women", "single mom", "strategy", "thanks to") no
   * longer count alone. A fifth try (19 spam, 15 genuine) missed five,
   * all in other languages (a Spanish and a Portuguese mentor's
   * testimony, a Greek trader's "I make 2,000 a month", a French "alone
   * tonight", Spanish "experts" who won money back); their words were
   * added. A sixth try, 14 genuine, found three flagged: a web address
   * written bare counted as a mentor's contact ("grateful I learned
   * trading from Investopedia.com", "the Prince's Trust's mentor scheme
   * … changed my life"), and two words of loneliness made a date ("bored
   * and lonely in lockdown", with a charity's page). A testimony now
   * needs a handle, a number or an e-mail address, and dating bait a
   * word of flirting. A seventh try (10 spam, 15 genuine) missed a Greek
   * "erotic chat with lonely women" and flagged a reader who told where
   * the gift card texts she got "linked to" (walmart-gc.top); a gift
   * that is warned of is no bait, whether by link or by address. An
   * eighth try (2 spam, 12 genuine) flagged "Hire a hacker? No. Hire a
   * lawyer. My solicitor got my money back …": money won back by a bank,
   * a solicitor or the police is no hacker's. A ninth try, 12 genuine,
   * flagged three: a journalist asking mentors' victims to "DM me", a
   * dog "traced" and "got back" thanks to a vet's team, and a reader
   * quoting the site's own "hot singles near you" pop-ups to @Gazette. A
   * testimony and a recovery need a third party to write to, a recovery
   * needs money, and dating bait is no quoted advert. A tenth try, 15
   * genuine of the kinds the editor named, flagged none. An eleventh
   * try, 15 spam, missed three for want of words ("girls in your area …
   * meet you tonight", "my life has changed", "got every penny back"). A
   * twelfth try (3 spam, 5 genuine) missed "Coach Mike taught me forex …
   * DM him on IG" and "Mrs. Karen Lowe is the real deal … Instagram:
   * @…". Counting a title as a testimony caught both but flagged three
   * of the five readers ("Mr. Jones from trading standards", "my
   * adviser, Mrs. Hughes", "Mr. Khan … runs a free investing club"), so
   * it was not kept; sending readers to write to "him" or "her" is a
   * testimony's ending and counts. Karen Lowe, with no word of trading,
   * is missed. */
  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught * 100, >=, 85 * G_N_ELEMENTS (spam));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-families-tries/untrained", test_tries_untrained);

  return g_test_run ();
}
