/* test-spam-heldout7.c: the spam filter against a seventh held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the seventh round read the rules:
 * thirty spam of as many kinds as get past an arithmetic captcha (link
 * and guest-post offers, casinos and betting, trading and "recovery"
 * testimonies, pills, essays, loans, fake reviews, praise with a link,
 * fake help lines, jobs and earnings from home, dating, cracked
 * software, coupons, counterfeits, spam in Indonesian, Russian, Chinese,
 * Portuguese, Vietnamese, Arabic and Spanish, addresses spelt out to
 * slip past link checks, spam replying to a reader) and forty readers
 * under news stories (angry, in capitals, correcting with a government's
 * or a newspaper's link, linking to their own blog, asking the
 * journalist, in Persian, Russian, Spanish, German, Arabic, Chinese and
 * Portuguese, writing of casinos, payday loans, drugs and bitcoin as
 * news, giving the numbers of public help lines). Posted to a real
 * WordPress and listed with the command line, the untrained filter
 * caught 22 of the 30 and flagged 1 reader (named like her blog, she
 * wrote "on my blog"): that is the held-out figure. It missed a
 * "recovery" story with its address spelt "(at) gmail (dot) com", a
 * fake printer help line, dating bait sending readers to "my page" in
 * the website field, cracked software, betting in Vietnamese and tips
 * with an address spelt a letter at a time, a removals company in
 * Arabic and a loan offer in Spanish. The round's rules name those
 * kinds (and readers of the same subjects, tried on comments outside
 * this set), never these comments' words; with them it catches 30 and
 * flags none, a figure no longer held out.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  { "Hi, I was checking your website and noticed it is not ranking on the first page of Google for "
    "many important keywords. We can get you high DA/PA do-follow backlinks and guest posts on 300+ "
    "real news sites at a very affordable price. Reply to this comment or email me for the price "
    "list and past results.",
    "Mike Peterson", "mike.seoexpert@outlook.com", NULL },
  { "Looking for the best online casino in 2024? We compared 50 sites so you don't have to: 200% "
    "welcome bonus up to $1000, 100 free spins on registration, instant withdrawals. See the full "
    "ranking at https://casinotopreviews.net/best-online-casinos",
    "Top Casino Reviews", "info@casinotopreviews.net", "https://casinotopreviews.net" },
  { "Situs slot gacor hari ini paling terpercaya, deposit via pulsa dan dana tanpa potongan, gampang "
    "maxwin! Daftar sekarang dan dapatkan bonus new member 100% di slotgacor88",
    "slot gacor", "admin@slotgacor88.xyz", "https://slotgacor88.xyz" },
  { "I was very skeptical at first but after investing $500 with Mrs. Sarah Williams I received "
    "$12,400 profit in just 7 days, no stress at all. She is the best trader I have ever seen. You "
    "can contact her on WhatsApp: +1 (323) 555-0187 and thank me later.",
    "Linda Morgan", "lindamorgan4421@gmail.com", NULL },
  { "I lost over $86,000 in bitcoin to a fake investment platform and I thought I would never see it "
    "again. A friend referred me to Cyber Recovery Pro and they recovered all my funds within 72 "
    "hours. Reach them at cyberrecoverypro (at) gmail (dot) com, they are legit.",
    "Daniel Harris", "danielharris.h@yahoo.com", NULL },
  { "Forex trading changed my life this year. I was introduced to Mr. James Collins, an expert "
    "account manager, and my portfolio has grown 10x since March. Message him on Telegram "
    "@JamesFxSignals to start earning too.",
    "Jennifer", "jenniferwalker991@gmail.com", NULL },
  { "Buy Viagra online without prescription, cheap generic Cialis 20mg and Levitra, discreet "
    "packaging and overnight delivery. Best prices guaranteed at https://rxcheapmeds.com/buy-viagra",
    "pharmacy online", "sales@rxcheapmeds.com", "https://rxcheapmeds.com" },
  { "V1agra 0.85$ - C1al1s 1.10$ - Tr@madol - Xan@x no Rx needed!! order at pills4u [dot] ru",
    "meds", "noreply@pills4u.ru", NULL },
  { "Struggling with your assignments? Our professional writers will write your essay, thesis or "
    "dissertation from scratch, 100% plagiarism-free, delivered on time. Students get 15% off the "
    "first order: https://essaywritersonline.co/write-my-essay",
    "EssayPro Writers", "support@essaywritersonline.co", "https://essaywritersonline.co" },
  { "Do you need an urgent loan to pay off your debt or start a business? We offer personal and "
    "business loans at 2% interest rate, no credit check. Contact us via email "
    "robertloanfirm@gmail.com or WhatsApp +44 7700 900461 for more information.",
    "Mr. Robert Finance", "robertloanfirm@gmail.com", NULL },
  { "I've been using Keto Burn Pro for 3 weeks and already lost 18 pounds without changing my diet! "
    "Totally natural and no side effects. They have a 50% discount today on the official website: "
    "https://ketoburnpro-official.com",
    "Amanda K.", "amanda.k.reviews@gmail.com", "https://ketoburnpro-official.com" },
  { "Great post! Very informative and well written, I learned a lot from it. Keep up the good work, "
    "I will definitely come back for more.",
    "Rachel", "rachel@bestvpnguide.info", "https://bestvpnguide.info" },
  { "Hello there, I found your blog via Google while searching for a related topic, and your website "
    "came up. It looks good. I have bookmarked it in my google bookmarks and will share it with my "
    "friends.",
    "Cheap Flights", "contact@flightdeals247.com", "https://flightdeals247.com" },
  { "Is your printer showing offline or not printing? Call HP Printer Support toll free number "
    "+1-888-555-0199 for instant help from certified technicians, available 24/7.",
    "HP Printer Support", "help@printerhelpdesk.us", "https://printerhelpdesk.us" },
  { "I am making $85 an hour working from home. I never thought I'd be able to do it but my best "
    "friend is earning over 10k a month doing this and she convinced me to try. The potential with "
    "this is endless. Copy this site to start: https://homeincome.work",
    "Grace Turner", "graceturner@mail.com", "https://homeincome.work" },
  { "We are hiring! Part-time remote job, no experience needed, just a smartphone and 1-2 hours a "
    "day. Daily salary 300-800 USD. Contact our HR on Telegram @hr_remote_anna",
    "Anna HR", "anna.recruit2024@gmail.com", NULL },
  { "Hi, I saw your comment and you seem like a very kind man. I am Katya, 26, and I feel lonely "
    "here. Write me on my page, I will send you my photos",
    "Katya", "katya.sweet96@mail.ru", "https://lovely-girls-date.com/katya" },
  { "Hot singles in your area want to meet you tonight, no sign up fee. Click here to see who is "
    "online now: https://localhookups.site/join",
    "Meet Tonight", "promo@localhookups.site", "https://localhookups.site" },
  { "Adobe Photoshop 2024 crack full version free download with keygen and activation key, working "
    "100%. Direct download link: https://fullcrackpc.net/photoshop-2024-crack",
    "Free Software", "admin@fullcrackpc.net", "https://fullcrackpc.net" },
  { "Use promo code SAVE70 for 70% off at checkout! We update Amazon, Walmart and Nike coupon codes "
    "every day, verified working: https://couponhubdaily.com/amazon-coupons",
    "Deals Daily", "deals@couponhubdaily.com", "https://couponhubdaily.com" },
  { "Replica Rolex watches, Louis Vuitton and Gucci handbags, Nike Air Jordan outlet, AAA quality at "
    "factory prices, free shipping worldwide. Visit our store luxuryreplicashop.cn",
    "replica store", "service@luxuryreplicashop.cn", "https://luxuryreplicashop.cn" },
  { "Заработок в интернете от 5000 рублей в день без вложений и опыта! Работа на дому для всех, "
    "выплаты каждый день. Подробнее на сайте https://dohod-online.ru",
    "Заработок", "info@dohod-online.ru", "https://dohod-online.ru" },
  { "专业代写论文、代考、作业辅导，留学生论文包过，价格优惠。加微信：daixie888 咨询",
    "代写", "daixie888@163.com", NULL },
  { "Ganhe dinheiro apostando! O melhor cassino online do Brasil com bônus de boas-vindas de R$500 e "
    "saque via PIX na hora. Cadastre-se já: https://apostaganha.bet",
    "Cassino Bônus", "contato@apostaganha.bet", "https://apostaganha.bet" },
  { "Nhà cái uy tín số 1 Việt Nam, đăng ký tài khoản nhận ngay 100k, nạp rút siêu tốc, cá cược bóng "
    "đá và nổ hũ. Link vào: nhacai79.vip",
    "nha cai uy tin", "cskh@nhacai79.vip", "https://nhacai79.vip" },
  { "أفضل شركة نقل عفش بالرياض مع الفك والتركيب والتغليف بأسعار مميزة وضمان على الأثاث، اتصل الآن "
    "0555123456 أو واتساب",
    "شركة نقل عفش", "info@naql-afsh.com", "https://naql-afsh.com" },
  { "¿Necesitas un préstamo rápido? Ofrezco préstamos entre particulares sin aval y sin consultar "
    "ASNEF, desde 3.000 hasta 500.000 euros al 2% de interés. Respuesta en 24 horas. Escríbeme a "
    "prestamosya.particular@gmail.com",
    "Préstamos Rápidos", "prestamosya.particular@gmail.com", NULL },
  { "@Mark I totally agree with you. By the way, my aunt makes $6,000 a month from home with this "
    "simple online job and she only started two months ago. Check it out here "
    "https://easyhomecash.online",
    "Sandra", "sandra.m.jobs@gmail.com", "https://easyhomecash.online" },
  { "Want free daily winning tips? Football betting predictions with 95% accuracy, check out b e s t "
    "b e t s . c l u b or message us on WhatsApp",
    "Best Bets", "bets@bestbets.club", NULL },
  { "I want to thank Dr. Ogudugu, the great spell caster who brought my ex husband back to me within "
    "48 hours after 3 years of separation. If you need help with your relationship, email him: "
    "drogudugu.spelltemple@gmail.com or WhatsApp +2349012345678",
    "Emily Clark", "emilyclark717@gmail.com", NULL },
};

static const Comment genuine[] = {
  { "I think the piece misses the point. The council voted the budget down because the transport "
    "figures didn't add up, not because of party politics. Read the committee minutes before blaming "
    "the opposition.",
    "Peter Lang", "peter.lang58@gmail.com", NULL },
  { "THIS IS A DISGRACE. THREE YEARS WE HAVE BEEN WAITING FOR THE BRIDGE TO BE FIXED AND NOBODY AT "
    "CITY HALL CARES. MY KIDS HAVE TO WALK AN EXTRA MILE TO SCHOOL ALONG THE HIGHWAY.",
    "Debbie R", "debbier@hotmail.com", NULL },
  { "My mother spent her last two years at Rosewood. The staff were wonderful but there were nights "
    "with one carer for thirty residents. Nobody should be surprised by what the inspectors found; "
    "families have been complaining since 2019.",
    "Margaret O'Neill", "m.oneill@btinternet.com", NULL },
  { "Small correction: the unemployment rate in October was 4.1%, not 4.5%. See the release here: "
    "https://www.bls.gov/news.release/empsit.nr0.htm",
    "Sam Whitaker", "swhitaker@protonmail.com", NULL },
  { "The Guardian had a different number for the same survey last week: "
    "https://www.theguardian.com/society/2024/mar/12/housing-waiting-lists-record-high - which one "
    "is right?",
    "J. Okafor", "jokafor@gmail.com", NULL },
  { "I wrote about the same rezoning fight on my blog last year, with the maps from the planning "
    "office: https://janesmithwrites.com/2023/05/the-eastside-rezoning/ Curious whether anything "
    "changed after the hearing.",
    "Jane Smith", "jane@janesmithwrites.com", "https://janesmithwrites.com" },
  { "Great piece, thanks.",
    "Tom", "tomb@gmail.com", NULL },
  { "Thank you for covering this. None of the TV stations even mentioned it.",
    "Alicia Gómez", "agomez@yahoo.com", NULL },
  { "Did you ask the police department why the bodycam footage still hasn't been released? It has "
    "been six weeks. Would be good to see a follow-up on that.",
    "Bill Carter", "bcarter@comcast.net", NULL },
  { "ممنون از گزارش خوبتان. ای کاش درباره وضعیت مهاجران افغان در شهر هم بیشتر می‌نوشتید، خیلی‌ها "
    "هنوز بی‌سرپناه هستند.",
    "رضا", "reza.k@gmail.com", NULL },
  { "Спасибо за статью. Живу в этом районе уже двадцать лет, и с автобусами становится только хуже: "
    "по вечерам приходится ждать по сорок минут.",
    "Ирина", "irina.petrova@yandex.ru", NULL },
  { "Muy buen artículo. En mi barrio pasa lo mismo, los alquileres han subido un 30% en dos años y "
    "el ayuntamiento no hace nada.",
    "Carlos M.", "carlosm@gmail.com", NULL },
  { "Interessanter Artikel, aber die Zahlen zum Netzausbau halte ich für zu optimistisch. Bei uns im "
    "Landkreis wartet man seit Jahren auf die Leitung.",
    "Klaus Becker", "k.becker@web.de", NULL },
  { "شكراً على هذا المقال المهم. نتمنى أن تتابعوا قضية انقطاع الكهرباء المتكرر في الأحياء الشرقية، "
    "فالوضع لا يطاق في الصيف.",
    "أحمد", "ahmed.s@hotmail.com", NULL },
  { "这篇报道写得很好，希望你们能继续关注农村老年人的看病难问题。",
    "李明", "liming1980@qq.com", NULL },
  { "They promised the new casino would bring 2,000 jobs. Atlantic City heard the same promises. And "
    "online betting apps are the bigger problem anyway - my nephew lost his savings on sports "
    "betting before he turned 21.",
    "Frank DeLuca", "fdeluca@aol.com", NULL },
  { "Payday loans at 400% APR should be illegal, full stop. The state capped interest at 36% in 2020 "
    "and the lenders just moved online and called themselves tribal lenders.",
    "Karen W", "karenw@gmail.com", NULL },
  { "Fentanyl is in everything now. Narcan should be in every school nurse's office. My cousin "
    "overdosed on what he thought was a Xanax he bought from a friend.",
    "Mike Ruiz", "mruiz@outlook.com", NULL },
  { "Anyone who put their savings into FTX should have known better. Bitcoin isn't an investment, "
    "it's a casino with extra steps.",
    "Dave", "dave.h@gmail.com", NULL },
  { "For anyone affected by the flooding: the county assistance line is 211 and FEMA's helpline is "
    "1-800-621-3362. Registering is free, don't pay anyone who asks you for a fee to 'speed up' your "
    "claim.",
    "Linda Park", "lpark@gmail.com", NULL },
  { "A single ride went from $2.50 to $3.25 and the monthly pass is now $110. That's a lot for "
    "people working minimum wage jobs who have no other way to get to work.",
    "Rosa", "rosa.d@gmail.com", NULL },
  { "Well said.",
    "Greg", "gregm@gmail.com", NULL },
  { "Oh great, another 'public consultation'. That'll fix the potholes for sure.",
    "Paul", "paul.t@gmail.com", NULL },
  { "@Tom that's simply not true. The school board minutes are public and they show the vote was "
    "5-2, with both of your 'heroes' voting for the cuts.",
    "Nancy Hill", "nhill@gmail.com", NULL },
  { "I have taught in this district for 25 years. Class sizes have gone from 22 to 31 in my time, "
    "and we buy our own paper. The new curriculum is fine, but nobody asked how we are supposed to "
    "teach it with no aides.",
    "Ms. Evans", "evans.teacher@gmail.com", NULL },
  { "Where can I find the full report you mention? Is there a link to it somewhere?",
    "Raj", "raj.patel@gmail.com", NULL },
  { "The bakery on Main Street was there for 40 years. Sad to see it go, their rye bread was the "
    "best in town.",
    "Helen", "helen.b@gmail.com", NULL },
  { "This article is biased garbage. You only quoted one side and didn't even call the landlord. Do "
    "better.",
    "Concerned Reader", "truthseeker77@gmail.com", NULL },
  { "My doctor told me these weight loss drugs like Ozempic cost about $900 a month without "
    "insurance. Who can afford that? No wonder people are buying knock-offs online.",
    "Sharon", "sharonk@gmail.com", NULL },
  { "Be careful everyone, my father got a call last week from someone claiming to be Microsoft tech "
    "support, asking him to install a program so they could 'fix' his computer. Just hang up on "
    "these people.",
    "Ed Miller", "edmiller@gmail.com", NULL },
  { "I photographed the march that day from the library steps; the crowd was far bigger than the "
    "police estimate of 3,000. It took forty minutes to pass.",
    "Chris Novak", "chris@novakphoto.com", "https://novakphoto.com" },
  { "Working from home saved me two hours of commuting every day. Companies forcing people back to "
    "the office are protecting their real estate, not productivity.",
    "Julia", "julia.r@gmail.com", NULL },
  { "The bridge was opened in 1932, not 1923: https://en.wikipedia.org/wiki/Harbor_Street_Bridge",
    "Historian", "oldtownhistory@gmail.com", NULL },
  { "The audit itself is here: https://www.gao.gov/assets/gao-24-105938.pdf - page 12 has the "
    "numbers the mayor keeps quoting out of context.",
    "Ann Lee", "annlee@gmail.com", NULL },
  { "If anyone from the Eastside tenants reads this, our association meets on Thursday at 7pm at the "
    "community centre. You can reach us at eastsidetenants@gmail.com. The landlord did the same "
    "thing in our building.",
    "Marcus", "marcus.t@gmail.com", NULL },
  { "Worth knowing: the library runs free tax help every Saturday morning until April. Call 555-0142 "
    "to book a slot, it fills up fast.",
    "Joan", "joan.w@gmail.com", NULL },
  { "¡QUÉ VERGÜENZA! Llevan diez años prometiendo el hospital y todavía no han puesto ni un "
    "ladrillo.",
    "Luis Herrera", "lherrera@gmail.com", NULL },
  { "If you're interested in this topic, the book 'Evicted' by Matthew Desmond is excellent and "
    "explains a lot of what's happening here.",
    "Ben", "ben.k@gmail.com", NULL },
  { "Replying to Sarah above: I had exactly the same experience at the DMV. Four hours in line and "
    "then told I had the wrong form.",
    "Steve", "steve.g@gmail.com", NULL },
  { "Excelente reportagem. Aqui em Lisboa a situação da habitação está igualmente insustentável, e "
    "os jovens estão todos a ir para fora.",
    "Joana Silva", "joana.silva@sapo.pt", NULL },
};

static void
test_heldout7_untrained (void)
{
  guint flagged;
  guint caught = count_set_untrained (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine), &flagged);

  g_assert_cmpuint (flagged, ==, 0);
  g_assert_cmpuint (caught, ==, G_N_ELEMENTS (spam));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout7/untrained", test_heldout7_untrained);

  return g_test_run ();
}
