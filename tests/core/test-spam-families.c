/* test-spam-families.c: the spam filter against five families of spam
 * that an editor found it let through, and the readers who write about
 * the same subjects
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written in the tenth round, before its rules: free gift cards, phones
 * and vouchers for a "short survey", often behind a bare shortened link
 * (bit.ly/…, no scheme); links through shorteners and to the endings
 * spammers buy (.xyz, .top, .icu, .sbs …); dating bait ("lonely tonight",
 * "see my private photos"); testimonials for a trading "mentor" with an
 * Instagram or Telegram handle; testimonials for "recovery hackers" and
 * hackers for hire, with an address to write to. And readers who warn of
 * each of them, talk about dating apps and their own trading, enter the
 * newspaper's prize draw, pass on a shortened link from the council's or
 * the police's tweet, and shout. A genuine comment sent to spam is the
 * worst mistake the filter can make: none of these may be flagged.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* 1. Free gifts and prizes for a survey or a click */
  { "Get a FREE $100 Amazon gift card! Limited offer, just complete a short survey: bit.ly/3xGft7Q",
    "Rewards Team", "rewards.team@mail.example", NULL },
  { "I just got a free iPhone 16 Pro by answering 5 quick questions, took me 2 minutes. Only a few left today "
    "→ tinyurl.com/freeiph16", "Chloe", "chloe.m92@mail.example", NULL },
  { "Walmart is giving away $500 vouchers to the first 1000 shoppers this week. Claim yours before it ends: "
    "walmart-rewards.xyz/claim", "Deals Alert", "alerts@mail.example", NULL },
  { "¡Felicidades! Has sido seleccionado para recibir una tarjeta regalo de 200€ de Mercadona. Completa la encuesta "
    "en cutt.ly/regalo200 antes de que termine la oferta.", "Mercadona Premios", "premios@mail.example", NULL },
  { "Ganhe um vale-presente de R$500 grátis! Oferta por tempo limitado, responda uma pesquisa rápida: rb.gy/x7k2pq",
    "Promoção", "promo.br@mail.example", NULL },
  { "Κάντε κλικ εδώ για ένα δωρεάν iPhone 16! Μόνο για σήμερα: https://dwro-iphone.xyz/gr", "Δώρα",
    "dwra@mail.example", NULL },
  { "You have been chosen for a free 12 month Netflix voucher. Hurry, offer ends tonight, complete the survey: "
    "https://netfl1x-gift.top/s?id=99", "Netflix Promo", "promo@mail.example", NULL },
  { "Бесплатный подарочный сертификат на 5000 рублей для каждого! Пройдите короткий опрос: clck.ru/3AbCd",
    "Подарки", "podarki@mail.example", NULL },
  /* 2. Shorteners and the endings spammers favour */
  { "Interesting. More on this at bit.ly/4kPz9Qw", "Marko", "marko.v@mail.example", NULL },
  { "Everyone should read this before it gets deleted: https://truth-news.buzz/article/8812", "Patriot",
    "patriot1776@mail.example", NULL },
  { "Found a way to watch all the matches live for free: https://livesport-hd.click/watch", "Sports Fan",
    "sportsfan@mail.example", NULL },
  { "Подробности по ссылке: https://vyplaty-2026.icu/form — получите компенсацию за коммунальные услуги",
    "Выплаты", "vyplaty@mail.example", NULL },
  { "lol check this out t.co/Zx81kLmPq", "jay", "jay.k@mail.example", NULL },
  { "برای دیدن فیلم کامل اینجا کلیک کنید: https://film-kamel.sbs/v/22", "فیلم", "film@mail.example", NULL },
  { "The real story they don't want you to see: is.gd/pHt0s2", "Lisa", "lisa.t@mail.example", NULL },
  { "شاهد الفيديو كاملاً من هنا: https://video-full.cfd/watch?v=1", "فيديو", "video@mail.example", NULL },
  /* 3. Dating and adult bait */
  { "Lonely tonight? 😘 I'm Anna, 24, new in town. See my private photos here: bit.ly/anna-pics", "Anna 24",
    "anna.sweet24@mail.example", NULL },
  { "Hot singles near you are waiting to chat! Sign up free: https://meet-local-girls.top", "Meet Singles",
    "meet@mail.example", NULL },
  { "hi handsome, I saw your comment and liked it. chat with me on my page https://lovechat.example/u/kristina 💋",
    "Kristina", "kristina.love@mail.example", NULL },
  { "Скучно одной вечером... Мои откровенные фото здесь: https://privat-foto.example/masha", "Маша",
    "masha.92@mail.example", NULL },
  { "¿Te sientes solo? Chicas solteras cerca de ti quieren conocerte. Entra gratis: https://citas-calientes.example",
    "Citas", "citas@mail.example", NULL },
  { "Oi amor, estou sozinha hoje à noite. Veja minhas fotos privadas: encurtador.com.br/aBX12", "Juliana",
    "juliana.s@mail.example", NULL },
  { "Looking for a discreet affair? Thousands of married women in your city want to meet. Join free today: "
    "https://discreet-meet.example", "Ashley", "ashley@mail.example", NULL },
  { "أشعر بالوحدة الليلة، شاهد صوري الخاصة هنا: https://sara-cam.example", "سارة", "sara@mail.example", NULL },
  /* 4. Testimonials for a trading "mentor", with a handle to write to */
  { "I was tired of my 9-5 and living paycheck to paycheck. I started trading with Mrs. Olivia Bennett's signals and "
    "now I make a living from my laptop. Message her on Instagram @olivia_bennett_fx", "Rachel",
    "rachel.w@mail.example", NULL },
  { "Big thanks to Daniel Cooper, his forex strategy turned my $1,000 into $12,500 in three weeks. He's on WhatsApp "
    "+1 (747) 555-0133", "Megan", "megan.h@mail.example", NULL },
  { "Honestly the best decision I made this year was investing with Sarah Whitman. Consistent weekly profits, no "
    "stress. You can reach her on Telegram @SarahWhitmanTrades", "Kevin", "kevin.o@mail.example", NULL },
  { "Gracias a la señora Laura Méndez ahora gano dinero con el trading desde casa. Escríbele por Instagram "
    "@laura.mendez.trader", "Lucía", "lucia.r@mail.example", NULL },
  { "Comecei a investir com o mentor Carlos Silva e hoje vivo só do trading. Chama ele no Instagram "
    "@carlos.silva.invest", "Bruno", "bruno.c@mail.example", NULL },
  { "Благодаря наставнику Игорю я зарабатываю на трейдинге больше, чем на работе. Пишите ему в Telegram "
    "@igor_signals", "Алексей", "alexei@mail.example", NULL },
  { "Anyone else here trading? I was losing money until I found Jessica Ray. Her copy-trading signals changed "
    "everything for me, she is @jessicaray.trades on IG", "Tyler", "tyler.b@mail.example", NULL },
  { "با سیگنال‌های استاد رضا ماهی ۲۰۰ میلیون درآمد دارم، آیدی اینستاگرام استاد: @reza_signal", "مریم",
    "maryam@mail.example", NULL },
  /* 5. Recovery "hackers" and hackers for hire */
  { "I was scammed out of $40,000 by a fake crypto platform and thought it was gone forever. Thanks to Marie "
    "Recovery Hackers I got it all back within a week. Email them at marierecoveryhackers@proton.me",
    "Tom Hollis", "tom.hollis@mail.example", NULL },
  { "Lost my savings to a binary options broker, but CyberSpace Recovery Pro traced and recovered every cent. "
    "Contact: cyberspacerecovery@proton.me", "Angela", "angela.m@mail.example", NULL },
  { "Need to catch a cheating spouse? I hired a hacker who got me into my husband's WhatsApp and Facebook. Reach him "
    "at hackwizard@cyberservices.example", "Jen", "jen.p@mail.example", NULL },
  { "Want to fix your credit score? A hacker raised mine from 520 to 810 in 10 days and removed all my late "
    "payments. Write to creditfixhacker@mail.example", "Darnell", "darnell@mail.example", NULL },
  { "Perdí 30.000 € en una estafa de inversión y gracias a los hackers de Recuperación Digital lo recuperé todo. "
    "Escríbeles a recuperaciondigital@proton.me", "Andrés", "andres.g@mail.example", NULL },
  { "تعرضت للاحتيال وخسرت ٢٠ ألف دولار، واستعدت أموالي بالكامل بفضل فريق استرداد الأموال. راسلوهم على "
    "fundsback@proton.me", "خالد", "khaled@mail.example", NULL },
  { "If you need any hacking service (phone hack, social media accounts, school grades change) contact Kevin, he is "
    "legit and fast: kevinhacks247@mail.example", "Mike", "mike.d@mail.example", NULL },
  { "Έχασα 15.000 ευρώ σε απάτη με κρυπτονομίσματα και τα πήρα όλα πίσω χάρη στους Recovery Experts. Στείλτε email "
    "στο recoveryexperts@proton.me", "Νίκος", "nikos@mail.example", NULL },
};

static const Comment genuine[] = {
  /* Readers who warn of the spam above */
  { "My dad got a text saying he'd won a free $100 gift card and just had to complete a short survey. It asked for "
    "his card details. Please warn people.", "Karen B", "karenb@mail.example", NULL },
  { "Those 'free iPhone' survey links going round Facebook are phishing. Never type your bank details into them.",
    "Owen", "owen@mail.example", NULL },
  { "If someone offers to 'recover' money you lost to a crypto scam for a fee, it is a second scam. Report it to "
    "Action Fraud on 0300 123 2040.", "Harriet", "harriet@mail.example", NULL },
  { "I was scammed out of £12,000 by a fake investment site. The recovery 'hackers' who contacted me afterwards "
    "wanted another £2,000 up front. Don't fall for it.", "Gordon", "gordon@mail.example", NULL },
  { "There's no such thing as hiring a hacker to fix your credit score. Those adverts on Instagram are all scams.",
    "Beth", "beth@mail.example", NULL },
  { "Every other reply under the council's posts is now someone praising a trading 'mentor' with an Instagram "
    "handle. Report them, don't reply.", "Alan", "alan@mail.example", NULL },
  { "Be careful with links ending in .xyz or .top in texts that claim to be from the post office; mine was a "
    "phishing page.", "Sue", "sue@mail.example", NULL },
  { "Romance scammers took my aunt for £30,000. It started with 'hi, are you lonely?' on Facebook.", "Martin",
    "martin@mail.example", NULL },
  { "My son works in cyber security. He says 'hire a hacker' sites either take your money or blackmail you.",
    "Pauline", "pauline@mail.example", NULL },
  { "THIS IS A SCAM AND THE BANK KNEW. MY MOTHER LOST £40,000 AND THEY SAID IT WAS HER OWN FAULT!!!", "Dean",
    "dean@mail.example", NULL },
  { "STOP LETTING THESE TRADING SCAMMERS ADVERTISE ON YOUR SITE!!! I REPORTED THREE OF THEM TODAY.", "Roy",
    "roy@mail.example", NULL },
  { "Contact me at jon.reed@mail.example if you lost money to the platform and want to join the group of victims "
    "suing it.", "Jon Reed", "jon.reed@mail.example", NULL },
  { "Thanks to the Financial Ombudsman I got my £3,000 back from the bank after the scam. It took six months.",
    "Mabel", "mabel@mail.example", NULL },
  { "I got all my money back thanks to my bank's fraud team. Call the number on the back of your card, never one "
    "in a text.", "Trevor", "trevor@mail.example", NULL },
  /* Dating */
  { "My daughter met her husband on a dating app, so it's not all bad. But the fake profiles asking you to 'chat "
    "with me on WhatsApp' are everywhere.", "Lynne", "lynne@mail.example", NULL },
  { "I'm 67, widowed and yes, lonely some nights. The dating apps are full of people asking for money. The article "
    "is spot on.", "Brian", "brian@mail.example", NULL },
  { "Hot singles near you? Those adverts ran on this very site last year, I'm glad they're gone.", "Fred",
    "fred@mail.example", NULL },
  { "Tinder, Bumble and Hinge all charge extra to see who liked you, and private photos get leaked, as the story "
    "says.", "Zoe", "zoe@mail.example", NULL },
  { "We met through the paper's lonely hearts column in 1987 and have been married 35 years now!", "Edna",
    "edna@mail.example", NULL },
  { "The Age UK befriending line is free for anyone who feels lonely: https://www.ageuk.org.uk/services/befriending",
    "Carol", "carol@mail.example", NULL },
  /* The newspaper's draws and offers, prizes won */
  { "I entered your newspaper's prize draw for the theatre tickets. When is the winner announced?", "Norma",
    "norma@mail.example", NULL },
  { "Congratulations to the winner of the Gazette's photo competition, the harbour at dawn was stunning.", "Iris",
    "iris@mail.example", NULL },
  { "Is the free £50 voucher in Saturday's paper valid at the Co-op too, or only at Tesco?", "Glen",
    "glen@mail.example", NULL },
  { "I won a free iPad in the school raffle last year and gave it to my granddaughter.", "Stan", "stan@mail.example",
    NULL },
  { "The survey on the council website about the park only takes five minutes: "
    "https://www.leeds.gov.uk/consultations/park", "Helen", "helen@mail.example", NULL },
  /* Shortened links from official sources */
  { "The council posted the new bin dates here: bit.ly/LeedsBins2026 (it's from their official Twitter).", "Derek",
    "derek.s@mail.example", NULL },
  { "Police tweeted the appeal with this link: t.co/Qp3xZ9Lm if you were on the A61 on Friday please get in touch "
    "with them.", "Janet", "janet@mail.example", NULL },
  { "The GP surgery's text had a short link to the NHS booking page, tinyurl.com/nhs-flu-jab, and it worked fine.",
    "Ken", "ken@mail.example", NULL },
  /* Readers who trade */
  { "I trade shares a little, mostly index funds. Anyone promising 10% a week is lying.", "Graham",
    "graham@mail.example", NULL },
  { "I've been day trading for three years and lost more than I made. The signal groups on Telegram are all scams.",
    "Rohan", "rohan@mail.example", NULL },
  { "Tired of my 9-5 too, but I'm not quitting for crypto. My brother did and lost his house.", "Kelly",
    "kelly@mail.example", NULL },
  { "I started investing £100 a month with Vanguard in 2019. It's boring but it works.", "Simon",
    "simon@mail.example", NULL },
  { "Warren Buffett never sold trading signals on Instagram. Neither should anyone who claims to be his student.",
    "Ahmed", "ahmed@mail.example", NULL },
  { "@Mike_T I trade a bit too, mostly on Trading 212. What do you think of the new ISA rules?", "Chris",
    "chris@mail.example", NULL },
  { "Follow the library on Instagram @leedslibraries for the summer reading challenge, my kids loved it.", "Amy",
    "amy@mail.example", NULL },
  /* Other languages */
  { "Me estafaron con una falsa inversión en criptomonedas. Denunciad a la policía y no paguéis a supuestos "
    "hackers de recuperación.", "Javier", "javier@mail.example", NULL },
  { "Minha mãe recebeu uma mensagem dizendo que ganhou um vale-presente grátis. Era golpe, cuidado com links "
    "encurtados.", "Paula", "paula@mail.example", NULL },
  { "Προσοχή: τα μηνύματα για δωρεάν iPhone είναι απάτη. Η αστυνομία το ανακοίνωσε χθες.", "Γιώργος",
    "giorgos@mail.example", NULL },
  { "Мою маму обманули «брокеры» на 300 тысяч рублей. Теперь звонят «хакеры» и обещают вернуть деньги за "
    "предоплату. Не ведитесь!", "Ольга", "olga@mail.example", NULL },
  { "دوستم با سیگنال‌های تلگرامی کل پس‌اندازش را از دست داد. مراقب باشید.", "سارا", "sara.k@mail.example", NULL },
  { "احذروا من رسائل الجوائز المجانية، كلها احتيال. أبلغوا الشرطة.", "منى", "mona@mail.example", NULL },
  { "¿Alguien más se siente solo en esta ciudad? Desde que cerraron el centro cívico no hay dónde ir.", "Rosa",
    "rosa@mail.example", NULL },
};

static void
test_families_untrained (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  guint flagged;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  g_assert_cmpuint (G_N_ELEMENTS (spam), >=, 30);
  g_assert_cmpuint (G_N_ELEMENTS (genuine), >=, 40);

  /* When this set was written the rules caught 8 of its 40 spam and
   * flagged none of its 42 genuine comments: a bare "bit.ly/…" was no
   * link at all, and nothing knew a gift for a survey, dating bait, a
   * mentor's handle or a recovery hacker. The rules written for it
   * (byline-spam-filter-bait.c) catch all 40. The comments written
   * after them to try them are in test-spam-families-tries.c. */
  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught * 100, >=, 85 * G_N_ELEMENTS (spam));

  /* Why, in the editor's words */
  {
    g_autoptr(BylineSpamVerdict) gift = classify (filter, &spam[0]);
    g_autoptr(BylineSpamVerdict) ending = classify (filter, &spam[5]);
    g_autoptr(BylineSpamVerdict) dating = classify (filter, &spam[16]);
    g_autoptr(BylineSpamVerdict) mentor = classify (filter, &spam[24]);
    g_autoptr(BylineSpamVerdict) recovery = classify (filter, &spam[32]);
    g_autoptr(BylineSpamVerdict) council = classify (filter, &genuine[25]);

    g_assert_true (has_reason (gift, "1 link"));
    g_assert_true (has_reason (gift, "links through a link shortener, which hides where it goes"));
    g_assert_true (has_reason (gift, "offers a free gift card, phone or prize for a survey or a click"));
    g_assert_true (has_reason (ending, "links to a site ending in “.xyz”, an ending spammers favour"));
    g_assert_true (has_reason (dating, "invites readers to a chat, a date or private photos, with a link or an "
                               "address"));
    g_assert_true (has_reason (mentor, "praises a trader or a mentor and gives a handle or a number to write to"));
    g_assert_true (has_reason (recovery, "tells of money won back by hackers, or offers hacking for hire"));
    /* the council's short link is a link, not a hidden one */
    g_assert_true (has_reason (council, "1 link"));
    g_assert_false (has_reason (council, "link shortener"));
  }
}

/* Which addresses written without "http" or "www." are links */
static void
test_families_bare_links (void)
{
  static const struct {
    const char *content;
    gboolean    link;
  } cases[] = {
    { "More here: bit.ly/AbC12", TRUE },
    { "see t.co/x9Lm2", TRUE },
    { "(tinyurl.com/freeiph16)", TRUE },
    { "Claim at walmart-rewards.example.com/claim today", FALSE },
    { "my page is facebook.com/bakerbob", FALSE },
    { "go to prize-claim.xyz now", TRUE },
    { "go to luckyspins.win/bonus now", TRUE },
    { "Limited time: walmart-gc.top", TRUE },
    { "I agree.Best wishes to all of you", FALSE },
    { "The minutes are in minutes.zip on the site", FALSE },
    { "I bought it on Amazon.com last week.", FALSE },
    { "The report.pdf is attached to the agenda.", FALSE },
    { "Write to jo.bloggs@bit.ly/ if you must", FALSE },
    { "Node.js/React developers are in demand.", FALSE },
    { "e.g./i.e. are not links", FALSE },
    { "bit.ly on its own is a name", FALSE },
  };
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BylineSpamVerdict) v = classify (filter, &(Comment) { cases[i].content, "Reader",
                                                                     "reader@mail.example", NULL });

      g_test_message ("%s: %s", cases[i].content, cases[i].link ? "link" : "no link");
      g_assert_cmpint (has_reason (v, "1 link"), ==, cases[i].link);
    }
}

/* A verdict is the comment's alone: the filter keeps what it worked out
 * about the comment it is reading (the pairs of letters in it, whether it
 * gives a contact) only while it reads it, so the same comments read in
 * the opposite order, or each one twice in a row, get the same verdicts. */
static void
test_families_order (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  const Comment *sets[] = { spam, genuine };
  const guint lens[] = { G_N_ELEMENTS (spam), G_N_ELEMENTS (genuine) };
  g_autoptr(GPtrArray) forward = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (guint i = 0; i < lens[s]; i++)
      {
        g_autoptr(BylineSpamVerdict) v = classify (filter, &sets[s][i]);
        g_autofree char *d = describe (v);

        g_ptr_array_add (forward, g_strdup_printf ("%.6f %s", v->score, d));
      }
  for (guint s = G_N_ELEMENTS (sets); s-- > 0;)
    for (guint i = lens[s]; i-- > 0;)
      {
        g_autoptr(BylineSpamVerdict) once = classify (filter, &sets[s][i]);
        g_autoptr(BylineSpamVerdict) twice = classify (filter, &sets[s][i]);
        g_autofree char *d1 = describe (once);
        g_autofree char *d2 = describe (twice);
        g_autofree char *back = g_strdup_printf ("%.6f %s", once->score, d1);
        guint at = (s == 0 ? 0 : lens[0]) + i;

        g_assert_cmpstr (back, ==, g_ptr_array_index (forward, at));
        g_assert_cmpstr (d1, ==, d2);
        n++;
      }
  g_assert_cmpuint (n, ==, forward->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-families/untrained", test_families_untrained);
  g_test_add_func ("/spam-families/bare-links", test_families_bare_links);
  g_test_add_func ("/spam-families/order", test_families_order);

  return g_test_run ();
}
