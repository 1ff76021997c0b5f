/* test-spam-corpus.c: the spam filter on a new site, against a labelled
 * set of comments written for this test
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A site that has just started moderating has taught the filter nothing,
 * and the spam that gets past a simple arithmetic captcha is written by
 * hand or by better bots: polite praise with one shop link, an author
 * called after the product, a website in the author field. Genuine
 * readers disagree, correct the figures (prices, percentages, dates),
 * quote officials, link to a ministry or a newspaper, say "Thanks", shout,
 * and write in Persian, Arabic or Russian. The set below is of both, of
 * many kinds; the rules must sort most of it with no training at all.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* Generic praise with a link */
  { "Great article, very informative! I found similar tips at https://cheap-shoes-outlet.example/sale",
    "Jessica", "jessica.m1987@mail.example", NULL },
  { "Nice post. I bookmarked your blog and will come back. https://www.bestwatchreplica.example",
    "Watch Lover", "info@bestwatchreplica.example", NULL },
  { "Thanks for sharing this useful information. Keep up the good work! http://tinyurl.example/x7Kq2",
    "Mark", "mark.w@mail.example", NULL },
  { "Very helpful article, thank you. Here is more on the topic: https://homeloans-direct.example/guide",
    "Sandra", "s.baker@mail.example", NULL },
  { "Wonderful post! This is exactly what I was looking for.",
    "Best VPN Deals", "deals@bestvpndeals.example", "https://bestvpndeals.example" },
  { "Awesome article, well written. Looking forward to more posts like this.",
    "Plumber Near Me", "contact@fixitfast-plumbing.example", "https://fixitfast-plumbing.shop" },
  { "I really enjoyed reading this, great job. You can also find cheap flights here https://flightdeals4u.example",
    "Emma", "emma@flightdeals4u.example", NULL },
  /* SEO and backlink offers */
  { "Hi, I noticed your website is not on the first page of Google. We offer affordable SEO services "
    "and high quality dofollow backlinks. Contact me for a free audit.",
    "Rahul - SEO Expert", "rahul.seo.expert@mail.example", "https://rank-booster.example" },
  { "Would you accept a guest post on your site? I can pay $50 per article with one backlink. Reply to this email.",
    "Outreach Team", "outreach@linkhub-media.example", NULL },
  { "Want more traffic? Our agency can help you rank higher in weeks. Visit our website https://growth-seo.example",
    "GrowthSEO Agency", "hello@growth-seo.example", "https://growth-seo.example" },
  /* Crypto, loans, pharma */
  { "I made $8,450 in two weeks with this bitcoin trading platform, guaranteed profit, no experience needed "
    "http://coinprofit-now.example", "Daniel", "d.roberts@mail.example", NULL },
  { "Need money fast? Payday loan with instant approval and no credit check: https://quickcash-loans.example",
    "Quick Cash", "apply@quickcash-loans.example", "https://quickcash-loans.example" },
  { "Buy cialis and viagra online without prescription, discreet delivery. https://rx-pharm24.example",
    "Pharmacy Online", "sales@rx-pharm24.example", NULL },
  { "Crypto investment opportunity: join our trading signals group and double your deposit in 7 days. WhatsApp +1 555 0100",
    "Alice Crypto", "alice.trades@mail.example", NULL },
  { "Sildenafil 100mg from $0.59 per pill, order now https://ed-meds.example",
    "Mike", "mike@ed-meds.example", NULL },
  { "Lost money to a fake broker? I recovered my funds with the help of a hacker. Contact him on Telegram @FundsBackPro",
    "Linda Hayes", "linda.hayes77@mail.example", NULL },
  /* "Check my profile" */
  { "Hi, I'm new in town and lonely tonight 😘 check my profile",
    "Kristina", "kristina.love@mail.example", "https://hot-dating-girls.example/kristina" },
  { "So true!! Visit my page for more 🔥🔥", "Lena", "lena99@mail.example", "https://lena-private.example" },
  { "Bored at home? Check out my channel, link in my profile", "Sweet Sophie", "sophie@mail.example",
    "https://sophie-cams.example" },
  /* Link only */
  { "https://casino-royal-win.example/bonus", "Anonymous", "a@mail.example", NULL },
  { "http://k8x3p.example/?ref=news", "Guest", "guest@mail.example", NULL },
  { "Look: https://bit.example/3xYz http://bit.example/4aBc", NULL, NULL, NULL },
  { "www.replica-bags-outlet.example", "Bags", "bags@mail.example", NULL },
  /* Foreign-language spam */
  { "Заработок в интернете от 5000 рублей в день без вложений! Подробнее на сайте http://dohod-bystro.example",
    "Ирина", "irina@mail.example", NULL },
  { "Лучшее онлайн казино, бонус 200% на первый депозит: https://kazino-vulkan.example",
    "Казино Вулкан", "vulkan@mail.example", NULL },
  { "Займ на карту за 5 минут, без отказа! https://zaim-bystro.example", "Займ Онлайн", "zaim@mail.example", NULL },
  { "خرید فالوور اینستاگرام با کمترین قیمت و تحویل فوری https://followers-shop.example",
    "خرید فالوور", "shop@followers-shop.example", NULL },
  { "بهترین سایت شرط بندی و کازینو آنلاین با بونوس ویژه، همین حالا عضو شوید https://bet-iran.example",
    "Sara", "sara@mail.example", NULL },
  { "¡Excelente artículo! Gana dinero desde casa con nuestro curso de forex https://forex-facil.example",
    "Carlos", "carlos@forex-facil.example", NULL },
  { "Sehr informativer Artikel, danke! Günstige Kredite ohne Schufa: https://kredit-sofort.shop",
    "Kredit Sofort", "info@kredit-sofort.shop", NULL },
  /* Keyword names, links in the author fields */
  { "Interesting point of view, thanks.", "Cheap Car Insurance Quotes", "quotes@mail.example",
    "https://cheap-car-insurance.example" },
  { "Thank you for the article!", "www.essay-writers.example", "help@essay-writers.example", NULL },
  { "This is very useful, thank you.", "Best Online Casino", "casino@mail.example", "http://casino-top10.example" },
  /* Other kinds */
  { "EARN $500 A DAY WORKING FROM HOME, NO EXPERIENCE NEEDED!!! http://easy-money.example",
    "Jobs", "jobs@mail.example", NULL },
  { "Вест оnline саsino bonus, сlick https://spins.example", "Tom", "tom@mail.example", NULL },
  { "Great post! Visit my blog https://mytravelnotes.example for more", "Traveller", "t@mail.example", NULL },
  { "We provide professional essay writing services for students, 100% plagiarism free. Order at https://essays-pro.example",
    "Essay Pro", "orders@essays-pro.example", NULL },
  { "Very informative! I also wrote about this on my blog.", "Kevin", "kevin@mail.example",
    "https://kevin-deals-blog.example" },
  { "Get the best VPN for streaming at 80% off today only https://vpn-superdeal.example",
    "Deals", "deals@mail.example", NULL },
  { "Nice article, thanks for sharing! https://newsite-4412.example/", "Maria", "maria@mail.example", NULL },
  /* A second batch, written after the rules above were in place: 7 of
   * these 10 scored 0.5 or more then, 8 after two general changes ("I
   * sell" is self-promotion; "shop" alone in a name is no advert); the
   * last two still do not */
  { "Hello! I just wanted to say your article helped me a lot. By the way, I sell handmade leather wallets, "
    "have a look: https://leathercraft-store.example", "Oliver", "oliver@mail.example", NULL },
  { "Thank you so much for this post, it really made my day. I will share it with my friends!",
    "Payday Loans Online", "loans@mail.example", "https://payday-fast.example" },
  { "Informative post. For anyone looking for affordable web design, we can help: https://webdesign-agency.example",
    "WebDesign Agency", "info@webdesign-agency.example", NULL },
  { "Make money online!!! Join now https://join-now.example https://join-now.example/2 https://join-now.example/3",
    "Money", "m@mail.example", NULL },
  { "Привет! Отличный блог. Продвижение сайтов в топ Яндекса недорого, пишите в телеграм @seo_top",
    "Продвижение сайтов", "seo@mail.example", NULL },
  { "مقاله عالی بود. برای خرید گوشی ارزان به سایت ما سر بزنید https://mobile-shop.example",
    "فروشگاه موبایل", "shop@mail.example", NULL },
  { "Great content! https://bit.example/aZ91", "John", "john@mail.example", NULL },
  { "Je recommande ce casino en ligne, bonus de bienvenue 100% : https://casino-fr.example",
    "Pierre", "p@mail.example", NULL },
  { "Hi admin, I can write high quality articles for your website. Guest post price 30 USD. Contact: writer@mail.example",
    "Content Writer", "writer@mail.example", NULL },
  { "Nice one", "Anna", "anna@mail.example", "https://anna-hot-pics.example" },
};

static const Comment genuine[] = {
  /* Disagreements, corrections with numbers */
  { "Bread went from €1.20 to €1.85, milk €0.99 to €1.49, eggs from €2.10 to €3.40. That is a 54% rise "
    "in two years, not the 12% the minister claimed.", "Marta Kowalski", "marta.k@mail.example", NULL },
  { "I disagree with the mayor. The new tram line costs 340 million and will save commuters maybe 4 minutes.",
    "Peter", "peter.h@mail.example", NULL },
  { "Correction: the vote was 27 to 14, not 24 to 17. I was in the chamber.", "J. Okafor", "jokafor@mail.example", NULL },
  { "Rent in our building rose from $1,450 to $1,980 a month since 2022, a 36.5% increase. Wages did not.",
    "Dana", "dana.r@mail.example", NULL },
  { "The chart says 3.2% unemployment but the text says 3.6%. Which is it?", "Sam", "sam@mail.example", NULL },
  { "Fuel prices: 1.79 in January, 1.92 in March, 2.05 now. Cheap it is not.", "Henk", "henk@mail.example", NULL },
  { "Your headline says the budget was cut, but 4.1bn to 4.3bn is an increase, even after 2% inflation.",
    "Economist reader", "reader@mail.example", NULL },
  { "You are wrong about the ferry. The 7:15 boat was cancelled twice this week and nobody told us.",
    "Ahmed Yusuf", "ahmed.y@mail.example", NULL },
  /* Quotes of officials */
  { "The minister said on Tuesday: \"We will not raise taxes on families this year.\" Two weeks later VAT went up. "
    "Remember that at the next election.", "Claire", "claire@mail.example", NULL },
  { "\"There is no crisis in our hospitals,\" said the health secretary. My mother waited 11 hours in A&E last week.",
    "Tom Reilly", "t.reilly@mail.example", NULL },
  { "The police chief's quote about 'a handful of incidents' does not match the 212 reports in the FOI release.",
    "Investigator", "inv@mail.example", NULL },
  /* Links to government or news sites */
  { "The full report is here: https://www.ons.gov.uk/economy/inflationandpriceindices", "Gareth", "gareth@mail.example", NULL },
  { "Source for the figures: https://ec.europa.eu/eurostat/web/main/data/database and the council minutes at "
    "https://www.bristol.gov.uk/council-meetings", "Lotte", "lotte@mail.example", NULL },
  { "The BBC reported the opposite yesterday: https://www.bbc.co.uk/news/uk-politics-12345678 — who is right?",
    "Frank", "frank@mail.example", NULL },
  { "See the study from the university: https://www.ox.ac.uk/news/2026-03-01-air-quality-study", "Priya", "priya@mail.example", NULL },
  { "The WHO guidance is different: https://www.who.int/news-room/fact-sheets/detail/drinking-water",
    "Dr. Elena Petrova", "e.petrova@mail.example", NULL },
  /* Short thanks and praise */
  { "Thanks", "Bob", "bob@mail.example", NULL },
  { "Great article, thank you.", "Ingrid", "ingrid@mail.example", NULL },
  { "Thanks for covering this, nobody else did.", "Mehmet", "mehmet@mail.example", NULL },
  { "Well written and fair. More of this please.", "Ruth", "ruth@mail.example", NULL },
  { "Very informative, I had no idea the harbour was that old.", "Lars", "lars@mail.example", NULL },
  /* Angry but genuine */
  { "THIS IS A DISGRACE! Three years of roadworks and still no bus lane!!!", "Angry commuter", "angry@mail.example", NULL },
  { "Absolutely ridiculous decision. The council should be ashamed. Who voted for this?", "Gordon", "g@mail.example", NULL },
  { "Your paper keeps printing this government's press releases as news. Do your job.", "Not impressed", "ni@mail.example", NULL },
  { "Pathetic. Cutting the library hours while paying consultants 400k. Resign.", "Hilde", "hilde@mail.example", NULL },
  /* Non-English and other scripts */
  { "Не согласен с автором: тарифы выросли на 18%, а не на 8%. Проверьте данные Росстата.",
    "Алексей", "alexey@mail.example", NULL },
  { "Спасибо за статью. Наконец-то кто-то написал про пробки на мосту.", "Ольга", "olga@mail.example", NULL },
  { "Хлеб подорожал с 45 до 62 рублей, молоко с 80 до 110. Зарплаты не выросли.", "Пётр", "petr@mail.example", NULL },
  { "این گزارش دقیق نیست؛ قیمت نان در تهران از ۱۵ هزار تومان به ۲۵ هزار تومان رسیده است.",
    "مریم", "maryam@mail.example", NULL },
  { "ممنون از گزارش خوبتان درباره آلودگی هوا. لطفاً درباره مدارس هم بنویسید.", "رضا", "reza@mail.example", NULL },
  { "وزیر گفت «هیچ کمبودی وجود ندارد» اما داروخانه‌های محله ما هفته‌هاست انسولین ندارند.",
    "سارا احمدی", "sara.a@mail.example", NULL },
  { "شكراً على المقال. لكن الأرقام غير صحيحة، نسبة البطالة ١٢٪ وليست ٨٪.", "خالد", "khaled@mail.example", NULL },
  { "أختلف مع الكاتب، الحكومة وعدت بخفض الأسعار ولم يحدث شيء.", "ليلى", "layla@mail.example", NULL },
  { "Merci pour cet article. Le maire a pourtant promis 200 logements en 2024.", "Amélie", "amelie@mail.example", NULL },
  { "Der Artikel vergisst, dass die Miete um 23 % gestiegen ist.", "Jürgen", "juergen@mail.example", NULL },
  /* Readers with a website, topics that sound commercial */
  { "I run a small bakery on Harbour Street and the new parking rules cost me half my morning customers.",
    "Anna Schmidt", "anna@annasbakery.example", "https://annasbakery.example" },
  { "As a pharmacist I can confirm the shortage: we had no amoxicillin for three weeks.", "Jonas",
    "jonas@mail.example", NULL },
  { "The casino project was rejected in 2019 as well. Same developer, same promises about 500 jobs.",
    "George Best", "gbest@mail.example", NULL },
  { "My student loan repayments went up by £40 a month after the rate change. Nobody explained why.",
    "Chloe", "chloe@mail.example", NULL },
  { "I wrote a longer reply on my blog, but in short: the numbers in paragraph 3 are from 2021.",
    "Martin Jensen", "martin@mail.example", "https://martinjensen.example" },
  { "Could you publish the list of streets affected? The PDF on the council site (www.leeds.gov.uk) is broken.",
    "Kate", "kate@mail.example", NULL },
  { "Bitcoin is not a pension plan. Glad the article said so clearly.", "Old sceptic", "os@mail.example", NULL },
  /* The second batch: one of these 12 scored 0.5 or more then, the shop
   * owner, whose name counted as an advert for "shop" */
  { "The mayor promised 1,200 new homes by 2025; only 340 were built, that is 28%.", "Tim", "tim@mail.example", NULL },
  { "Thanks!", "Nora", "nora@mail.example", NULL },
  { "Disagree. The statistics office (https://www.destatis.de/EN/Home/_node.html) shows the opposite trend.",
    "Klaus", "klaus@mail.example", NULL },
  { "Prices at our local shop: potatoes 2.49/kg, onions 1.99/kg, up 30% since spring.", "Greengrocer's wife",
    "g@mail.example", NULL },
  { "The Guardian has more detail: https://www.theguardian.com/world/2026/mar/01/ferry-strike", "Ben",
    "ben@mail.example", NULL },
  { "Спасибо, очень полезная статья. Жаль, что мэрия молчит.", "Игорь", "igor@mail.example", NULL },
  { "در محله ما آب سه روز قطع بود و هیچ مسئولی جواب نداد.", "علی", "ali@mail.example", NULL },
  { "Interesting, but you forgot to mention the 2019 referendum.", "Best", "best.sam@mail.example", NULL },
  { "I'm a small business owner and these new fees are killing us. 15% more on every invoice.", "Shop owner",
    "so@mail.example", "https://cornershop-bakery.example" },
  { "WHY DOES NOBODY TALK ABOUT THE HOSPITAL WAITING LISTS?", "Fed up", "f@mail.example", NULL },
  { "Great article. Here's the official data: https://data.gov.uk/dataset/road-traffic", "Rob", "rob@mail.example", NULL },
  { "As a crypto investor myself I think the regulator is right this time.", "Vik", "vik@mail.example", NULL },
};

static void
test_corpus_untrained (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  guint flagged;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  g_assert_cmpuint (G_N_ELEMENTS (spam) + G_N_ELEMENTS (genuine), >=, 60);

  /* The two that went wrong on a new site, and why, in the editor's words */
  {
    g_autoptr(BylineSpamVerdict) shop = classify (filter, &spam[0]);
    g_autoptr(BylineSpamVerdict) prices = classify (filter, &genuine[0]);
    g_autoptr(BylineSpamVerdict) vpn = classify (filter, &spam[4]);

    g_assert_cmpfloat (shop->score, >=, 0.5);
    g_assert_true (has_reason (shop, "praise that would fit any article, with a link"));
    g_assert_true (has_reason (shop, "links to cheap-shoes-outlet.example, which looks like a shop or an advert"));
    g_assert_cmpfloat (prices->score, <, 0.1);
    g_assert_cmpuint (prices->reasons->len, ==, 0);
    g_assert_cmpfloat (vpn->score, >=, 0.5);
    g_assert_true (has_reason (vpn, "the author’s name “Best VPN Deals” reads like an advert"));
    g_assert_true (has_reason (vpn, "the author’s website bestvpndeals.example looks like a shop or an advert"));
  }

  /* at least 85% of the spam, at most 1 in 20 genuine comments */
  g_assert_cmpuint (caught * 100, >=, 85 * G_N_ELEMENTS (spam));
  g_assert_cmpuint (flagged * 20, <=, G_N_ELEMENTS (genuine));
}

/* What an editor's first days of decisions may look like: spam full of
 * prices and percentages, approved comments with few figures. */
static void
train_lightly (BylineSpamFilter *filter)
{
  static const char *spam_offers[] = {
    "Only $19.99 today, 70% off all watches http://watches.example",
    "Buy 2 get 1 free, prices from €9.99, 24 hours only http://deals.example",
    "Loans from 1.9% APR, up to 5000, answer in 15 minutes http://loans.example",
    "Earn 300 to 500 a day, 100% guaranteed http://earn.example",
    "Pills from 0.99 per pill, 80% cheaper than 2 pharmacies http://pills.example",
    "Bitcoin up 45% in 7 days, invest 250 now http://coin.example",
    "Casino bonus 200% up to 1000, 50 free spins http://spin.example",
    "Cheap flights from 29.99, save 60% http://fly.example",
    "SEO package 49 per month, 10 backlinks, top 3 in Google http://seo.example",
    "Replica bags 85% off, 2 days delivery, from 1.20 a piece http://bags.example",
    "Weight loss 10 kg in 14 days, 1.85 per capsule http://slim.example",
    "Forex signals 95% accuracy, 12 trades a day, 3.40 per signal http://fx.example",
  };
  static const char *approved[] = {
    "Thanks for the report on the harbour works, very clear.",
    "I live on the ferry route and nobody asked us about the noise.",
    "The council should publish the minutes before the vote, not after.",
    "Good to see the library staying open on Saturdays.",
    "The school run is chaos since the bridge closed.",
    "Could you follow up on the hospital parking charges?",
    "My neighbours and I wrote to the mayor about the trees on our street.",
    "The new bus timetable does not match the trains at the station.",
    "I disagree with the columnist about the stadium plan.",
    "Please keep covering the water quality in the river.",
    "The photographs of the flood were striking, thank you.",
    "Is there any news about the tram extension to the north side?",
  };

  for (guint i = 0; i < G_N_ELEMENTS (spam_offers); i++)
    byline_spam_filter_train (filter, &(BylineSpamSample) { .content = spam_offers[i] }, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (approved); i++)
    byline_spam_filter_train (filter, &(BylineSpamSample) { .content = approved[i] }, FALSE);
}

/* Figures are no sign of spam: a reader's price list must not look like
 * the offers the filter was taught, however many numbers they share. */
static void
test_corpus_lightly_trained (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  guint caught, flagged;

  train_lightly (filter);
  flagged = count_flagged (filter, genuine, G_N_ELEMENTS (genuine), "ham");
  caught = count_flagged (filter, spam, G_N_ELEMENTS (spam), "spam");

  {
    /* The price list itself, and with nothing but figures in common */
    g_autoptr(BylineSpamVerdict) prices = classify (filter, &genuine[0]);
    g_autoptr(BylineSpamVerdict) figures = byline_spam_filter_classify (filter, &(BylineSpamSample) {
      .content = "19.99 9.99 1.9% 5000 15 300 500 100% 0.99 80% 45% 250 200% 1000 50 29.99 60% 49 10 3",
    });

    g_assert_cmpfloat (prices->score, <, 0.5);
    g_assert_cmpfloat (figures->score, <, 0.5);
    g_assert_false (has_reason (figures, "like past spam"));
  }

  g_test_message ("spam caught %u of %u, genuine flagged %u of %u",
                  caught, (guint) G_N_ELEMENTS (spam), flagged, (guint) G_N_ELEMENTS (genuine));
  g_assert_cmpuint (caught * 100, >=, 85 * G_N_ELEMENTS (spam));
  g_assert_cmpuint (flagged * 20, <=, G_N_ELEMENTS (genuine));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-corpus/untrained", test_corpus_untrained);
  g_test_add_func ("/spam-corpus/lightly-trained", test_corpus_lightly_trained);

  return g_test_run ();
}
