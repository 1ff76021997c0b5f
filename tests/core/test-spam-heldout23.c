/* test-spam-heldout23.c: the spam filter against a twenty-third held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eighty comments written before the twenty-third round read the
 * rules, under a local newsroom's story "Weight-loss jabs: pharmacies
 * run short as online sellers multiply" (late 2026), typed as a bot or
 * a tester who has never seen these tests would type them.
 *
 * Thirty-five spam: semaglutide, tirzepatide and "Ozempic" without a
 * prescription from an online shop, a "natural Ozempic" supplement,
 * keto and slimming gummies, two telehealth-looking pill mills ("no
 * doctor visit", "no GP needed"), and the everyday mix: generic praise
 * with a link, guest posts and backlinks, a casino, a crypto "account
 * manager", loans, essays, replica bags, dating, a fake help line, work
 * from home, a link alone, the website field only, a keyword author
 * name; in Spanish, German, French, Portuguese, Italian, Polish,
 * Turkish, Russian, Arabic, Indonesian and Chinese; BBCode and HTML
 * links; spaced letters, Cyrillic look-alikes, "dot com" and a spaced
 * address. Forty-five readers who use spam's words: patients and
 * pharmacists on Ozempic, Mounjaro and Wegovy, prices a month,
 * shortages, links to the NHS, NICE, the MHRA, the FDA, a GP practice,
 * the GPhC register, the BBC and Which?, a reader quoting a fake
 * seller's address and another its WhatsApp text, a nurse, a reader's
 * own diet blog, a price comparison, an independent pharmacy, capitals,
 * replies, typos; in Spanish, German, French, Portuguese, Italian,
 * Polish, Arabic, Persian, Urdu, Turkish, Russian, Dutch, Chinese and
 * Indonesian.
 *
 * Untrained, before any change, the filter caught 32 of the 35 and
 * flagged 3 of the 45: that is the held-out figure. It missed a
 * telehealth pill mill's "Online consultation FREE, semaglutide from
 * only £49/month, no GP needed" (0.45: only "the author links to a site
 * of the same name"), French slimming gummies, "l'alternative naturelle
 * à l'Ozempic" (0.45, the same reason alone) and Italian fat-burning
 * capsules "senza dieta", "effetto Ozempic naturale" (0.15: only "1
 * link"). The caught scored 0.50 to 0.98, the lowest the spaced address
 * "w w w . glp-direct . net" (0.50), the German "Abnehmspritze ohne
 * Rezept", a work-from-home neighbour and the other pill mill, "no
 * doctor visit" (0.53 each). It flagged an independent pharmacy linking
 * its own site (0.95: its name, its address and "pharmacy" read as an
 * advert), a pharmacist sending readers to the GPhC's register at
 * pharmacyregulation.org (0.78: a regulator's address read as a shop)
 * and a reader quoting a scam text's "Mounjaro without prescription,
 * WhatsApp +44 …" (0.84). Other readers scored at most 0.41 (a blogger
 * on her year on Wegovy, two readers naming an online pharmacy's
 * price).
 *
 * The round's rules are kinds, each in the file it belongs to. A
 * prescription done without by skipping its prescriber ("no GP
 * needed", "without seeing a doctor") is read by the pharmacy rule as
 * "no prescription" is, and a reader's alarm ("worrying", "illegal",
 * "breaking the law") is a warning there (trades.c). A supplement sold
 * under a prescribed drug's name as its natural version ("natural
 * Ozempic", "effetto Ozempic naturale", "l'alternative naturelle à
 * l'Ozempic", "nature's Viagra"), with somewhere to buy it, weighs 0.5,
 * unless the phrase is quoted or the reader debunks it or tells how it
 * is sold ("sold as", "no such thing", "non esiste": fixers.c). A
 * regulator's or an ombudsman's own site under a non-profit's ending
 * (pharmacyregulation.org, financial-ombudsman.org.uk) is a source, as
 * a consumer body's is, and its name is not read as a shop's
 * (offers.c, shape.c). A comment that talks of a scam has what it
 * quotes blanked before the author's own contact is looked for: the
 * WhatsApp number in "offering 'Mounjaro …, WhatsApp +44 …'. Obviously
 * a scam" is the scam's (shape.c). With them the set is 35 of 35 and 1
 * of 45: the three missed score 0.70 (the pill mill), 0.72 (the French
 * gummies) and 0.57 (the Italian capsules); the GPhC's register 0.41,
 * the scam text 0.35; the caught 0.50 to 0.98, the other readers at
 * most 0.41, as before.
 *
 * Not cleared: the independent pharmacy (0.95, genuine_not_yet below).
 * Its own name, its site's name (in the text and in the website field)
 * and the suspect list each hold "pharmacy", and it asks readers to
 * call: read as a business's advert, which is what it is, if an honest
 * one. Clearing it would take a rule sparing a business that signs
 * with its site and offers nothing, a hole a pill shop could use.
 *
 * Earlier sets, with all of the round's rules: no score crossed 0.5;
 * one reader moved, heldout17's (in two of its lists) "not every
 * dating app is a scam. But 'check my profile' messages … are always
 * bots" (0.30 → 0.00: the quoted phrase is no longer her own mention
 * of a profile); no spam moved; the later five's trick rule moved no
 * earlier score. bench-spam: precision and recall alike; counted by
 * callgrind inside byline_spam_filter_classify() over bench-spam's run,
 * 1147.9 million instructions without the round's rules and 1158.0
 * million with them (+0.9%).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* semaglutide, tirzepatide, "Ozempic" from an online shop */
  { "Buy semaglutide online without prescription, Ozempic pens in stock, next day delivery UK. Order at https://glp1-pharmacy-direct.com",
    "GLP1 Pharmacy", "orders@glp1-pharmacy-direct.com", NULL },
  { "Tirzepatide 10mg vials available, no script needed, research grade, discreet shipping worldwide. WhatsApp +44 7700 900123",
    "Mounjaro Supplier", "tirzsupply@gmail.com", NULL },
  /* "natural Ozempic", keto and slimming gummies */
  { "Forget expensive jabs! This natural Ozempic berberine supplement melts belly fat, doctors hate it. Try it risk free: https://naturalglp1-burn.com",
    "Karen Wellness", "karen.wellness@gmail.com", NULL },
  { "I lost 14kg in a month with Keto Slim Gummies, no diet no gym!! Get 60% off today only https://ketoslimgummies-official.shop",
    "Brenda", "brenda.k1979@gmail.com", NULL },
  /* telehealth-looking pill mills */
  { "Get Ozempic prescribed online in 5 minutes - no doctor visit, no questions asked. Fill our short form and your pen ships today: https://quickscript-telehealth.co",
    "QuickScript Health", "care@quickscript-telehealth.co", NULL },
  { "Online consultation FREE, semaglutide from only £49/month, no GP needed, delivered tomorrow in plain packaging. Start your assessment: https://slimjab-clinic.co.uk",
    "SlimJab Clinic", "hello@slimjab-clinic.co.uk", "https://slimjab-clinic.co.uk" },
  /* generic praise + link */
  { "Very good article, thank you for sharing this useful information. Please also visit my website https://www.weightloss-tips-hub.net",
    "Jenny", "jenny.tips88@gmail.com", NULL },
  /* SEO, backlinks */
  { "Hello webmaster, your news site has great content but low domain authority. We sell guest posts on 200+ health sites DA 60+, dofollow links. Email me for price list: outreach.linkbuilder@gmail.com",
    "Link Builder", "outreach.linkbuilder@gmail.com", NULL },
  /* casino */
  { "Bored of dieting? Spin the wheel at Royal Vegas Casino, 150 free spins no deposit! https://royalspin-casino.win",
    "Casino Royal", "promo@royalspin-casino.win", NULL },
  /* crypto "account manager" */
  { "I was struggling to pay for my jabs until I started trading crypto with Mr James Walker, my account manager. I earn $6,200 every week. Contact him on Telegram @jameswalkerfx",
    "Patricia", "patricia.m1968@gmail.com", NULL },
  /* loans */
  { "Need money for private treatment? Fast loans up to £5000, bad credit OK, same day payout. Apply now https://fastcash-loans-uk.co.uk",
    "Loans UK", "apply@fastcash-loans-uk.co.uk", NULL },
  /* essays */
  { "Nursing students! We write your pharmacology essay and dissertation, 100% original, deadline 6 hours. Order: https://nursing-essay-writers.com",
    "Essay Help", "support@nursing-essay-writers.com", NULL },
  /* replica */
  { "High quality replica handbags Louis Vuitton Chanel Gucci at 80% off, free shipping https://lux-bags-replica.shop",
    "Replica Bags", "sales@lux-bags-replica.shop", NULL },
  /* dating */
  { "Lonely tonight? Beautiful mature women looking for men in your area, sign up free https://mature-dates-near.me",
    "Olga", "olga.love@mail.ru", NULL },
  /* fake support number */
  { "Novo Nordisk customer care helpline number +1-888-555-0143 call 24/7 for Ozempic refund and order support",
    "Novo Nordisk Support", "novohelpdesk@gmail.com", NULL },
  /* work from home */
  { "My neighbour makes $380 a day working from home just 2 hours with her laptop. I did not believe it but now I earn too. Look here: www.easy-home-income.net",
    "Megan", "megan.r1992@hotmail.com", NULL },
  /* a link alone, the website field only, a keyword author name */
  { "https://semaglutide-buy-online.shop",
    "Alex", "alex7781@gmail.com", NULL },
  { "Thanks for the article, very helpful.",
    "Sophie", "sophie.w2021@gmail.com", "https://buy-mounjaro-cheap.online" },
  { "Great information about weight loss.",
    "Buy Ozempic Online No Prescription", "info@ozempic-store.net", "https://ozempic-store.net" },
  /* other languages */
  { "Compra Ozempic sin receta médica, envío rápido a toda España, pago contra reembolso. Pide ya por WhatsApp +34 612 345 678",
    "Farmacia Online", "farmacia.online.es@gmail.com", NULL },
  { "Abnehmspritze ohne Rezept bestellen! Semaglutid günstig kaufen, Lieferung in 48 Stunden: https://abnehm-apotheke-online.de",
    "Apotheke24", "bestellung@abnehm-apotheke-online.de", NULL },
  { "Perdez 10 kg en 30 jours avec nos gummies minceur naturels, l'alternative naturelle à l'Ozempic ! Commandez ici : https://minceur-naturelle.fr",
    "Minceur", "contact@minceur-naturelle.fr", NULL },
  { "Compre Mounjaro sem receita com entrega em todo o Brasil, preço de fábrica! Chama no zap (11) 91234-5678",
    "Mounjaro Brasil", "mounjaro.brasil@gmail.com", NULL },
  { "Dimagrire senza dieta con le nuove capsule brucia grassi, effetto Ozempic naturale! Ordina ora su https://dimagrire-veloce.it",
    "Giulia", "giulia.dimagrire@gmail.com", NULL },
  { "Kup Ozempic bez recepty, szybka wysyłka, dyskretne opakowanie. Zamów na https://apteka-bez-recepty.pl",
    "Apteka", "zamowienia@apteka-bez-recepty.pl", NULL },
  { "Reçetesiz Ozempic kalem satışı, tüm Türkiye'ye hızlı kargo. Sipariş için WhatsApp 0532 123 45 67",
    "Zayıflama İğnesi", "zayiflama.igne@gmail.com", NULL },
  { "Оземпик без рецепта с доставкой по всей России, оригинал, низкая цена. Заказ в Телеграм @ozempic_shop",
    "Оземпик", "ozempic.shop@mail.ru", NULL },
  { "اشتري أوزمبيك بدون وصفة طبية مع توصيل سريع لجميع الدول العربية. تواصل واتساب +971 50 123 4567",
    "صيدلية", "pharmacy.uae@gmail.com", NULL },
  { "Jual Ozempic original tanpa resep dokter, harga murah, kirim ke seluruh Indonesia. Order via WA 0812-9876-5432",
    "Toko Obat", "tokoobat.murah@gmail.com", NULL },
  { "司美格鲁肽减肥针，无需处方，正品保证，全国包邮。加微信：slim8888",
    "减肥针", "slim8888@qq.com", NULL },
  /* BBCode, HTML */
  { "[url=https://tirzepatide-online.top]buy tirzepatide[/url] [url=https://tirzepatide-online.top]mounjaro without prescription[/url]",
    "Tirz", "tirz@tirzepatide-online.top", NULL },
  { "Interesting read. <a href=\"https://www.slimfast-pills.store\">best weight loss pills 2026</a>",
    "Rachel", "rachel.slim@gmail.com", NULL },
  /* obfuscated: spaced letters, look-alikes, "dot com", a spaced address */
  { "B u y  O z e m p i c  no prescription, cheap, fast delivery - glp1meds dot com",
    "meds", "glp1meds@gmail.com", NULL },
  { "Buy Оzеmpic online cheap without prescription https://ozem-shop.cc",
    "Pharma", "pharma.ozem@gmail.com", NULL },
  { "Nice post admin! I ordered my semaglutide from this site and lost 12 kg, legit and cheap: w w w . glp-direct . net",
    "Tina", "tina.glp@gmail.com", NULL },
};

static const Comment genuine[] = {
  { "I'm on Ozempic for type 2 diabetes and my pharmacy hasn't had the 1mg pen since October. Pharmacist says maybe January. What are we supposed to do?",
    "Margaret", "margaret.h@btinternet.com", NULL },
  { "Community pharmacist here. We're getting about a third of our Mounjaro order each week. Please don't ring round buying from online sellers, a lot of what's out there is fake. MHRA guidance: https://www.gov.uk/government/news/mhra-warns-against-buying-weight-loss-medicines-online",
    "Raj (pharmacist)", "raj.p@example.org", NULL },
  { "Mounjaro went up from £122 to £330 a month for the 15mg dose at my online pharmacy. I can't afford that. Switching to Wegovy at £199.",
    "Kelly", "kelly.b88@gmail.com", NULL },
  { "NHS guidance on who can get Mounjaro on prescription: https://www.nhs.uk/medicines/tirzepatide/ - BMI over 40 and one other condition for the first phase.",
    "Tony", "tony.r@example.org", NULL },
  { "The NICE decision is here for anyone asking: https://www.nice.org.uk/guidance/ta1026 - it's a 12 year rollout.",
    "Priya", "priya.s@example.org", NULL },
  { "WARNING: a site called ozempic-uk-pharmacy.com is selling fake pens. My sister paid £180 and got a pen full of insulin. Reported to MHRA Yellow Card. Do NOT buy without a prescription!",
    "Debbie", "debbie.t@hotmail.co.uk", NULL },
  { "As a type 1 diabetic I don't use these but the insulin pen shortage last year was scary enough. Type 2 friends can't get Ozempic because people use it to slim for weddings.",
    "Graham", "graham.w@example.org", NULL },
  { "I'm a practice nurse. We're seeing patients who bought semaglutide online without prescription with pancreatitis. It is not a cosmetic drug. Please talk to your GP.",
    "Nurse Angela", "angela.n@example.org", NULL },
  { "I've written about my year on Wegovy, the side effects and the cost, on my blog if anyone wants the honest version: https://lucysweightlossjourney.wordpress.com/2026/10/a-year-on-wegovy",
    "Lucy Harper", "lucy.harper@example.org", "https://lucysweightlossjourney.wordpress.com" },
  { "I did a price comparison of the 10 biggest UK online pharmacies for Mounjaro 5mg last week: cheapest £149, dearest £249. Spreadsheet here: https://docs.google.com/spreadsheets/d/1aBcDeFgH/edit",
    "Matt", "matt.c@example.org", NULL },
  { "THIS IS WHAT HAPPENS WHEN CELEBRITIES USE DIABETES DRUGS TO GET THIN. PEOPLE WHO ACTUALLY NEED IT CAN'T GET IT!!!",
    "Sandra", "sandra.j@yahoo.co.uk", NULL },
  { "@Sandra it's not just celebrities, half my office is on it. Doesn't make it right though.",
    "Jo", "jo.m@example.org", NULL },
  { "ive been on mounjaro 7 months lost 3 stone, the pharmacy in tesco ran out so had to drive to the next town. worth it tho",
    "Bev", "bev.s@gmail.com", NULL },
  { "In the US the FDA took semaglutide off the shortage list in 2025, which is why compounded versions are now illegal there: https://www.fda.gov/drugs/drug-safety-and-availability/fda-clarifies-policies-compounders-national-glp-1-supply-begins-stabilize",
    "Dan", "dan.o@example.org", NULL },
  { "Our GP practice has a page on weight management referrals, ring reception rather than using the online form: https://www.riversidemedicalpractice.nhs.uk/weight-management",
    "Carol", "carol.d@example.org", NULL },
  { "BBC did a good piece on the fake pens last month: https://www.bbc.co.uk/news/health-67890123",
    "Ian", "ian.k@example.org", NULL },
  { "Soy farmacéutica en Málaga y aquí también faltan plumas de Ozempic desde el verano. Los diabéticos tienen prioridad, pero no siempre llega.",
    "Lucía", "lucia.f@gmail.com", NULL },
  { "Meine Mutter ist Diabetikerin und bekommt seit Wochen kein Ozempic. Die Apotheke sagt, Lieferengpass bis März. Wer es ohne Rezept im Internet kauft, riskiert Fälschungen.",
    "Jens", "jens.k@web.de", NULL },
  { "Infirmière en diabétologie : les patients sous Ozempic remboursé ont du mal à le trouver en pharmacie. La liste des ruptures est publiée par l'ANSM : https://ansm.sante.fr/disponibilites-des-produits-de-sante",
    "Nathalie", "nathalie.b@free.fr", NULL },
  { "Aqui no Brasil o Mounjaro custa quase R$ 2.000 por mês. Muita gente compra de contrabando sem receita, é perigoso.",
    "Fernanda", "fernanda.l@gmail.com", NULL },
  { "Mio padre è diabetico e il farmacista gli ha detto che l'Ozempic arriverà forse tra un mese. Intanto c'è chi lo usa per dimagrire.",
    "Marco", "marco.r@libero.it", NULL },
  { "W Polsce też brakuje Ozempicu. Lekarz przepisał mi inny lek, ale kosztuje 600 zł miesięcznie.",
    "Kasia", "kasia.w@wp.pl", NULL },
  { "أنا مريض سكري وأستخدم أوزمبيك منذ سنتين، الصيدليات عندنا لا تجده منذ شهرين. لا تشتروه من الإنترنت بدون وصفة.",
    "أحمد", "ahmed.s@gmail.com", NULL },
  { "من هم دیابت دارم و دو ماه است که اوزمپیک در داروخانه‌ها پیدا نمی‌شود. قیمتش هم سه برابر شده.",
    "مریم", "maryam.k@gmail.com", NULL },
  { "میری والدہ کو شوگر ہے اور اوزیمپک نہیں مل رہی۔ فارمیسی والے کہتے ہیں اگلے مہینے آئے گی۔",
    "Bilal", "bilal.a@gmail.com", NULL },
  { "Eczacıyım, Ozempic bulmak çok zor. İnternetten reçetesiz satanlar sahte ürün gönderiyor, dikkat edin.",
    "Ayşe", "ayse.y@gmail.com", NULL },
  { "Моя жена диабетик, Оземпик в аптеках пропал ещё летом. Покупать у перекупщиков в Телеграме опасно, там подделки.",
    "Андрей", "andrey.v@yandex.ru", NULL },
  { "In Nederland wordt Ozempic alleen nog vergoed voor diabetes. Mijn apotheek heeft een wachtlijst tot februari.",
    "Sanne", "sanne.d@ziggo.nl", NULL },
  { "Got a text today offering 'Mounjaro without prescription, WhatsApp +44 7700 900456'. Obviously a scam, forwarded it to 7726.",
    "Phil", "phil.e@example.org", NULL },
  { "Thanks for this article, really helpful.",
    "Joan", "joan.p@example.org", NULL },
  { "£199 a month for Wegovy is still cheaper than what I used to spend on takeaways and gym memberships I never used, to be fair.",
    "Liam", "liam.o@gmail.com", NULL },
  { "Tried keto for a year before Mounjaro. Lost 6kg and put it all back on. The jab is the only thing that's worked for me.",
    "Nadia", "nadia.h@example.org", NULL },
  { "Those 'natural Ozempic' berberine supplements on TikTok are nonsense. There's no evidence. Save your money.",
    "Dr Helen Ward", "helen.ward@example.org", NULL },
  { "I got mine through an online pharmacy that did a video consultation and asked for my GP records. Took a week. The ones that don't check anything are the ones to avoid.",
    "Steph", "steph.g@example.org", NULL },
  { "You can check whether an online pharmacy is registered on the GPhC register: https://www.pharmacyregulation.org/registers/pharmacy - look for the green logo.",
    "Pharmacist Tom", "tom.l@example.org", NULL },
  { "My husband has had type 2 for 15 years and has been on Ozempic since 2021. In the last three months we've been to six pharmacies. Meanwhile my colleague ordered it from some website and was injecting within two days. Something is very wrong with how this is being policed.",
    "Irene", "irene.c@example.org", NULL },
  { "Does anyone know if Boots in the Market Square has any Mounjaro 2.5 in stock?",
    "Gemma", "gemma.f@gmail.com", NULL },
  { "@Gemma they had some on Tuesday, ask for Sunil at the counter.",
    "Rob", "rob.n@example.org", NULL },
  { "Small correction: Mounjaro is made by Eli Lilly, not Novo Nordisk. Novo makes Ozempic and Wegovy.",
    "Pedantic Pete", "pete.p@example.org", NULL },
  { "The ads on Facebook say 'Buy Ozempic online, no prescription, 50% off'. How is Meta allowed to run them? https://www.which.co.uk/news/article/fake-weight-loss-jab-adverts",
    "Alison", "alison.m@example.org", NULL },
  { "我在香港，司美格鲁肽也缺货，医生说糖尿病人优先，减肥的要等。",
    "Wei", "wei.chen@gmail.com", NULL },
  { "Di Jakarta juga susah cari Ozempic, apotek bilang stok kosong. Hati-hati beli online tanpa resep dokter.",
    "Rina", "rina.p@gmail.com", NULL },
  { "Good piece.",
    "Hugh", "hugh.b@example.org", NULL },
  { "Big Pharma making BILLIONS while diabetics go without. Disgusting.",
    "Frank", "frank.t@gmail.com", NULL },
};

/* Five spam and five readers more, written after the round's rules and
 * before running them, of kinds the round did not tune on (a med spa's
 * compounded semaglutide and coupon code, microdosing in Spanish on
 * WhatsApp, a fake news page's "kitchen trick pharmacists are furious
 * about", pens resold on Instagram, guest posts in German; Boots
 * Online Doctor linked, a Polish diabetic, a patients' WhatsApp group,
 * the Guardian, a GP's warning). Scored once: 4 of 5 caught, none of 5
 * flagged. Missed: the fake news page (0.45: only "the author links to
 * a site of the same name"). Read since: a trick word ("trick",
 * "truco", "astuce", "трюк") with one of outrage ("hate", "furious",
 * "stunned", "odian", "wütend") within a few words is the "trick
 * doctors hate" of any trade, and "stone" and "lbs" what it promises
 * (bait.c); 0.72 now. Its three guards below, a pharmacist "furious
 * about the rationing, not about some weight loss trick", a reader
 * mocking the "'trick dentists hate' ads" and a Spanish blogger, are
 * left alone by it; the first is flagged by older rules (see
 * genuine_not_yet). */
static const Comment spam_later[] = {
  { "Compounded semaglutide now $199/month at our med spa, use code SLIM50 at checkout. Book online: https://glowmedspa-weightloss.com",
    "Glow Med Spa", "book@glowmedspa-weightloss.com", NULL },
  { "Microdosis de semaglutida para adelgazar sin efectos secundarios. Envíos a todo México, escríbenos al WhatsApp +52 55 8765 4321",
    "Adelgaza Ya", "adelgazaya.mx@gmail.com", NULL },
  { "Local mum loses 4 stone with this kitchen trick pharmacists are furious about → https://dailyhealth-news24.info/article/jab-free",
    "Health News", "editor@dailyhealth-news24.info", NULL },
  { "Selling 2 unopened Mounjaro 7.5mg pens, £150 each, can post next day. DM me on Instagram @mounjaro_uk_deals",
    "Kerry", "kerry.deals88@gmail.com", NULL },
  { "Hallo, wir bieten Gastbeiträge auf Gesundheitsportalen an, DoFollow-Links ab 49 €. Interesse? Schreiben Sie an gastbeitrag.agentur@gmail.com",
    "Gastbeitrag Agentur", "gastbeitrag.agentur@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "I got my Wegovy from Boots Online Doctor, £199 for the first month, and they did contact my GP. Link for anyone asking: https://onlinedoctor.boots.com/weight-loss",
    "Janet", "janet.w@example.org", NULL },
  { "Mam cukrzycę typu 2 i od trzech miesięcy nie mogę kupić Ozempicu w żadnej aptece w Krakowie. Lekarz mówi, żeby czekać.",
    "Tomasz", "tomasz.k@onet.pl", NULL },
  { "We set up a WhatsApp group for Type 2s in Northshire to share which pharmacies have stock, message me if you want adding.",
    "Carl", "carl.h@example.org", NULL },
  { "The Guardian reported the same shortage in Leeds last week: https://www.theguardian.com/society/2026/nov/20/weight-loss-jab-shortage-pharmacies",
    "Moira", "moira.d@example.org", NULL },
  { "As a GP: please, please don't buy semaglutide from Instagram or Telegram sellers. We've had two admissions this month.",
    "Dr S. Okafor", "s.okafor@example.org", NULL },
};

static void
test_heldout23_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Readers still flagged, asserted so, that a rule clearing them is
 * noticed: the independent pharmacy of the set (see above), and a
 * probe of the outraged trick (below) that the rule leaves alone but
 * older rules flag at 0.90: a pharmacist's blog on a free platform
 * named "pharmacistpaul" is read as a free page named for what spam
 * sells and as a shop ("pharm"), as heldout22's keto blog was */
static const Comment genuine_not_yet[] = {
  { "Pharmacists are furious about the rationing, not about some weight loss trick. I explain the supply chain on my blog: https://pharmacistpaul.blogspot.com/2026/11/shortage",
    "Paul Adeyemi", "paul.adeyemi@example.org", NULL },
  { "We're an independent pharmacy in Northshire and we only supply after a proper consultation. If you're struggling to find stock, call us and we'll tell you honestly: https://www.hollowaypharmacy.co.uk",
    "Holloway Pharmacy", "info@hollowaypharmacy.co.uk", "https://www.hollowaypharmacy.co.uk" },
};

static void
test_heldout23_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 35, genuine, G_N_ELEMENTS (genuine), 44, 32);
}

static void
test_heldout23_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Readers probing the round's rules from the other side, written after
 * the rules and before running them: at their first run 3 of 10 were
 * flagged, a blogger alarmed that an online clinic needed "no GP"
 * (0.53), a reader telling that berberine is "sold as nature's Ozempic"
 * (0.57) and an Italian told by her pharmacist that "l'Ozempic
 * naturale non esiste" (0.57); the readers' words of alarm, of how it
 * is sold and of "no such thing" clear them (at most 0.41 now). */
static const Comment guards[] = {
  /* a prescriber skipped ("no GP needed"), told of */
  { "My GP said no, so I tried one of those online clinics - no GP needed, just a questionnaire. They sent Mounjaro in two days. I've blogged about how worrying that is: https://annaonthemend.wordpress.com/2026/11/online-clinics",
    "Anna", "anna.m@example.org", NULL },
  { "No GP needed, they said. My pharmacist still rang my surgery before she'd hand over the Wegovy, thank goodness.",
    "Pauline", "pauline.r@example.org", NULL },
  { "Sellers offering semaglutide without seeing a doctor are breaking the law, says the regulator: https://www.pharmacyregulation.org/news/online-weight-loss",
    "Geoff", "geoff.b@example.org", NULL },
  /* a drug's "natural" version, told of */
  { "Berberine is being sold as nature's Ozempic all over TikTok. A dietitian explains what it actually does: https://www.bda.uk.com/resource/berberine.html",
    "Ruth", "ruth.a@example.org", NULL },
  { "My nan drinks her 'natural Ozempic' green tea every morning and swears by it. Recipe here if you're curious: https://nanaskitchen.blogspot.com/2026/05/green-tea",
    "Sian", "sian.w@example.org", NULL },
  { "Il farmacista mi ha detto che l'Ozempic naturale non esiste. Meglio parlare col medico prima: https://www.ilfattoalimentare.it/berberina-ozempic.html",
    "Chiara", "chiara.b@libero.it", NULL },
  /* a regulator's or an ombudsman's site */
  { "Check the pharmacy on the GPhC register before you buy anything online: https://www.pharmacyregulation.org/registers",
    "Nina", "nina.o@example.org", NULL },
  { "Complained to the ombudsman about my online pharmacy's refund and won: https://www.ombudsman.org.uk/making-complaint",
    "Derek", "derek.f@example.org", NULL },
  /* a scam's contact, quoted */
  { "Scam alert: texts saying 'your Ozempic refund is ready, WhatsApp +44 7700 900789 to claim'. Delete them.",
    "Hazel", "hazel.k@example.org", NULL },
  { "Got an email today: “Mounjaro 15mg, no prescription, Telegram @glp_deals”. Scammers everywhere. Reported it.",
    "Owen", "owen.j@example.org", NULL },
  /* a trick and a trade's outrage, told of */
  { "Those 'trick dentists hate' ads are back on every site. My honest two stone, no tricks, just walking: https://sallyslowandsteady.wordpress.com",
    "Sally", "sally.t@example.org", NULL },
  { "Los farmacéuticos odian tener que decir que no hay stock; no es ningún truco para perder peso, es escasez. Más en mi blog: https://elblogdemarisa.blogspot.com",
    "Marisa", "marisa.g@gmail.com", NULL },
};

/* Spam against the round's rules from the other side: a regulator's
 * word in a shop's address, a scam named by a seller who gives his own
 * number unquoted */
static const Comment spam_probes[] = {
  { "Genuine Ozempic pens, approved supplier: https://www.pharmacy-regulation-approved.shop",
    "Pharmacy Direct", "sales@pharmacy-regulation-approved.shop", NULL },
  { "Tired of scam sellers? We are the real deal: genuine Ozempic without prescription, WhatsApp +44 7700 900111",
    "Ozempic UK", "ozempicuk@gmail.com", NULL },
};

static void
test_heldout23_not_yet (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, genuine_not_yet, G_N_ELEMENTS (genuine_not_yet), "ham"), ==,
                    G_N_ELEMENTS (genuine_not_yet));
}

static void
test_heldout23_guards (void)
{
  check_all_caught (spam_probes, G_N_ELEMENTS (spam_probes), guards, G_N_ELEMENTS (guards));
}

/* Another engineer's desk check, written before reading the round's
 * rules or its set: eight spam and eight readers under the same story.
 * Before the round 5 of 8 caught, 1 of 8 flagged; after it 6 and 1 (the
 * GLP-1 gummies "like Ozempic but natural" read). Missed still: the
 * "Abnehmspritze ohne Rezept" (0.15: a weight-loss jab named by its
 * kind, not a drug's name) and a Russian slimming advert with its shop
 * written bare, "заказ на сайте hudeem-bystro.ru" (0.00: the slimming
 * rule knew English and wanted a link); flagged, a reader quoting the
 * scam text with its shop (0.61). Read since: the jabs by the names
 * readers and sellers give them are a kind of prescribed drug
 * (trades.c); the slimming rule in Spanish, German, French, Italian,
 * Portuguese, Polish, Turkish, Russian and Arabic, and a shop written
 * bare when the comment says to order there (fixers.c); a comment that
 * talks of a scam has its quotations blanked before its shop is looked
 * for, as before its contact (shape.c). 8 of 8, 0 of 8 now (the German
 * 0.53, the Russian 0.50). */
static const Comment desk_spam[] = {
  { "Can't get your Wegovy pen from the chemist? We ship genuine semaglutide pens to the UK in 48h, no consultation needed. Order at https://wegovy-direct-uk.shop",
    "Slim Direct", "orders@wegovy-direct-uk.shop", NULL },
  { "I lost 14 kg in 2 months with these GLP-1 gummies, it's like Ozempic but natural and without side effects!! Link in my name",
    "Karen Miller", "karen.m88@gmail.com", "https://glp1-gummies-official.com" },
  { "Mounjaro sin receta, envío discreto a toda España, pago con Bizum. Pedidos por WhatsApp +34 631 22 41 09",
    "Farmacia Online", "pedidos.mounjaro@gmail.com", NULL },
  { "Abnehmspritze ohne Rezept bestellen – 100% original, diskreter Versand: www.abnehm-spritze24.net",
    "Dr. Weber", "kontakt@abnehm-spritze24.net", NULL },
  { "Great article, very informative. I also write about weight loss here: best weight loss pills 2026",
    "best weight loss pills 2026", "seo.agency.team@gmail.com", "https://bestpills-review.xyz" },
  { "Bonjour, je gagne 300€ par jour depuis chez moi grâce au trading, contactez mon gestionnaire de compte M. Laurent sur Telegram @laurent_invest",
    "Sophie", "sophie.d77@gmail.com", NULL },
  { "OZEMPIC 1mg pens available now, best price, bitcoin accepted, worldwide delivery. Text +1 (646) 555-0187",
    "Pharma Express", "pharmaexpress@protonmail.com", NULL },
  { "Похудение без диет и спорта! Новое средство от жира, минус 15 кг за месяц. Заказ на сайте hudeem-bystro.ru",
    "Анна", "anna.hudeem@mail.ru", NULL },
};
static const Comment desk_genuine[] = {
  { "I'm type 2 diabetic and my Ozempic has been out of stock at Boots for three weeks. Meanwhile people buy it for weddings. The MHRA should act: https://www.gov.uk/government/organisations/medicines-and-healthcare-products-regulatory-agency",
    "Graham", "graham.p@example.org", NULL },
  { "Pharmacist here. Please don't buy 'Ozempic' from Instagram or WhatsApp sellers, we've seen pens full of insulin. If it's not from a registered pharmacy (check the green cross logo), don't inject it.",
    "Priya, pharmacist", "priya.r@example.org", NULL },
  { "I pay £199 a month for Mounjaro privately and lost 11kg since June. Expensive but it changed my life, I wish the NHS offered it sooner.",
    "Louise", "louise.h@example.org", NULL },
  { "Got a text yesterday: 'Wegovy pens 50% off, order at wegovy-direct-uk.shop'. Obviously a scam, reported it to 7726.",
    "Dan", "dan.k@example.org", NULL },
  { "Mi madre usa Ozempic para la diabetes y en su farmacia de Valencia tampoco hay. Es una vergüenza que se venda sin receta por internet.",
    "Carmen", "carmen.g@example.org", NULL },
  { "I write a low-carb recipe blog (https://www.sarahscarbfreekitchen.co.uk) and honestly diet and exercise got me 20kg down without any jab. Not for everyone, but possible.",
    "Sarah Lane", "sarah@sarahscarbfreekitchen.co.uk", "https://www.sarahscarbfreekitchen.co.uk" },
  { "THE REAL SCANDAL IS THAT DIABETICS CAN'T GET THEIR MEDICINE WHILE CLINICS SELL IT TO CELEBRITIES. SHAMEFUL.",
    "Ron", "ron.b@example.org", NULL },
  { "NICE guidance says tirzepatide is for a BMI over 35 with a weight-related condition: https://www.nice.org.uk/guidance/ta1026 — worth reading before anyone asks their GP.",
    "Dr Okoye", "c.okoye@example.org", NULL },
};

/* Probes of those rules from both sides, written after them: at their
 * first run three readers' own diet blogs and a sister's story ("no
 * pills", "Kapseln braucht niemand", a bare address) were flagged by
 * the slimming rule with a bare address (0.50), cleared by its asking
 * for an order; a pharmacist sending readers to pharmacyregulation.org
 * written bare (0.75: a shop, and the address her own contact), now a
 * source in both (reach.c, offers.c), 0.41. */
static const Comment desk_probe_spam[] = {
  { "Минус 12 кг за месяц без диет! Капсулы для похудения, заказ на сайте stroinaya-figura.ru",
    "Ирина", "irina.fit@mail.ru", NULL },
  { "Perdí 10 kilos sin dieta con estas cápsulas naturales, pídelas en adelgazar-rapido.es",
    "Lucía", "lucia.fit@gmail.com", NULL },
};
static const Comment desk_probe_genuine[] = {
  { "Я похудела на 12 кг без диет, просто перестала есть сладкое. Таблетки не пробовала. Мой блог: olga-zdorovo.ru",
    "Ольга", "olga@example.org", NULL },
  { "Mi hermana perdió 8 kg con pastillas compradas en internet sin dieta y acabó en urgencias. La web era pastillas-adelgazar.es",
    "Rosa", "rosa@example.org", NULL },
  { "Abnehmspritze ohne Rezept? Mein Hausarzt sagt, das ist illegal. Die Seite abnehm-spritze24.net sollte man melden.",
    "Klaus", "klaus@example.org", NULL },
  { "Got a text yesterday: Wegovy pens 50% off at wegovy-direct-uk.shop. Obviously a scam, reported it.",
    "Dan", "dan@example.org", NULL },
  { "Weight loss jabs without a prescription are illegal in the UK. Check your pharmacy at pharmacyregulation.org",
    "Priya", "priya@example.org", NULL },
  { "Bought 'skinny jabs' without a prescription from a beauty salon, lost 6 kg, then got so ill. Never again.",
    "Kerry", "kerry@example.org", NULL },
  { "I lost 9 kg in four months with the NHS weight management programme, no pills, no jabs, no dieting fads. Info at nhs.uk/better-health",
    "Bob", "bob@example.org", NULL },
  { "Моя мама похудела на 5 кг, когда начала ходить в бассейн. Таблетки и капли из рекламы — это развод. Подробнее на zdorovie-info.ru",
    "Сергей", "sergey@example.org", NULL },
  { "Beware the scam texts: 'Mounjaro without prescription, order at mounjaro-uk-direct.com'. Report them to 7726.",
    "Anne", "anne@example.org", NULL },
  { "Ich habe mit Sport und ohne Diät 7 kg abgenommen, Kapseln braucht niemand. Mein Laufblog: laufen-mit-anna.de",
    "Anna", "anna@example.org", NULL },
};

static void
test_heldout23_desk (void)
{
  check_all_caught (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine));
  check_all_caught (desk_probe_spam, G_N_ELEMENTS (desk_probe_spam), desk_probe_genuine,
                    G_N_ELEMENTS (desk_probe_genuine));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout23/untrained", test_heldout23_untrained);
  g_test_add_func ("/spam-heldout23/after", test_heldout23_after);
  g_test_add_func ("/spam-heldout23/later", test_heldout23_later);
  g_test_add_func ("/spam-heldout23/not-yet", test_heldout23_not_yet);
  g_test_add_func ("/spam-heldout23/guards", test_heldout23_guards);
  g_test_add_func ("/spam-heldout23/desk", test_heldout23_desk);

  return g_test_run ();
}
