/* test-spam-heldout26.c: a twenty-sixth round, my own desk check
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments under the ferry story of the examples, written before they
 * were scored, in two sets. The first, the spam any site's form lets
 * through (a travel blog's link, essays, a crypto mentor on WhatsApp, an
 * SEO offer, pills, a Russian casino, the classic "Very nice post…"
 * under a loan site, a loan, a dating lure, German work from home, car
 * rentals at a .xyz, Persian Instagram followers) and twelve readers:
 * 12 of 12 caught, 0 of 12 flagged before the round. The second, spam
 * dressed as readers: a reader's line with a casino in the website
 * field, a copied sentence of the story, a spin template, a link behind
 * "cheap flights", a crypto recovery "expert", a data-entry job at
 * $45/hour, a testimonial for "Norton support" at a toll-free number,
 * Chinese essay writing on WeChat, "www dot … dot com", a shortened link
 * alone, a copying site's "[…] excerpt […]" with its link, a Polish
 * casino; and twelve readers: 7 of 12 caught, 0 of 12 flagged before.
 *
 * Fixed: the author's website named for a trade spam sells, as the
 * author's e-mail already was ("best-online-casino-bonus.net"); a
 * copying site's excerpt in brackets and ellipses with a link; a
 * product's name with "support" after it ("Norton support") as a help
 * line's phrase, and "I called …" a warning only when the line is not
 * praised for it ("…fixed it in minutes, highly recommend!",
 * byline-spam-filter-helplines.c, moved out of -patterns.c); easy
 * earnings at a job that asks no experience weigh 0.5. After: 11 of 12,
 * 0 of 12. Not yet: the copied sentence of the story with a ticket
 * site in the website field (spam_not_yet): the filter is not given the
 * story's text. Every earlier set's scores compared (3,108 comments):
 * no reader moved, thirteen spam rose. (Round 27 gave the filter the
 * words of the story a comment is under, byline-spam-filter-echo.c: the
 * copied sentence is caught with them, under-story.)
 *
 * Ten readers of mine probing those rules, written after them
 * (desk_probes): a deckhand's job "no experience needed" at the ferry
 * company's site, "[…] quoted […]" with a Wikipedia link, HP's real
 * support "very helpful", a fake Epson line "from a Google ad … a scam",
 * a walking group "no experience needed". Eight clear; two flagged by
 * older rules, asserted as not yet (genuine_not_yet): a casino worker
 * whose website names the casino (0.61: the suspect word and a shop's
 * look) and a gambling charity's volunteer giving its help line, its
 * site in the website field (0.50: "asks readers to visit or contact
 * the author").
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

static const Comment desk_spam[] = {
  { "Great article about the ferries! I also wrote about sustainable travel on my blog, check it out: https://travel-tips-best2026.blogspot.com/2026/11/green-ferries.html", "Travel Tips", "traveltips2026@gmail.com", "https://travel-tips-best2026.blogspot.com" },
  { "Need help with your assignment? Our professional writers deliver essays in 24 hours, 100% plagiarism free. Order now at essaypro-help.net and get 20% off!", "Emily Clark", "emily.clark8812@gmail.com", "https://essaypro-help.net" },
  { "I started investing in bitcoin with Mr. Harrison Wood and now earn $12,000 every week. Contact him on WhatsApp +1 (302) 555-0147 for guidance", "Sandra Miller", "sandramiller@outlook.com", NULL },
  { "Hello admin, your website has some SEO issues. We can bring you to first page of Google in 30 days. Reply for free audit: seo@rankboostpro.in", "Rahul SEO", "seo@rankboostpro.in", "https://rankboostpro.in" },
  { "Buy cheap Viagra and Cialis online without prescription, fast discreet shipping worldwide >> pharma-direct-24.shop", "pharmacy", "sales@pharma-direct-24.shop", "https://pharma-direct-24.shop" },
  { "Играйте в лучшем онлайн казино! Бонус 200% на первый депозит и 100 фриспинов: vulkan-top-casino.ru", "Казино Вулкан", "bonus@vulkan-top-casino.ru", "https://vulkan-top-casino.ru" },
  { "Very nice post. I just stumbled upon your blog and wanted to say that I've really enjoyed browsing your blog posts. After all I'll be subscribing to your feed and I hope you write again very soon!", "Kredit", "jeanette.h@mail.ru", "https://kredit-bez-otkaza.ru" },
  { "Are you in need of a loan? We offer loans at 2% interest rate to individuals and companies. Email us now: fastloanfinance@gmail.com", "Fast Loan Finance", "fastloanfinance@gmail.com", NULL },
  { "Hot singles in your area are waiting for you tonight 😍 click here → datehot.club/meet", "Anna", "anna.xx@datehot.club", "https://datehot.club" },
  { "Ich verdiene 350 Euro am Tag von zu Hause aus mit nur 2 Stunden Arbeit. Ich hätte nie gedacht, dass es so einfach ist. Schau hier: www.heimjob-geld.de", "Laura", "laura.k1990@web.de", NULL },
  { "Thanks for sharing!! For the best deals on car rentals at the harbour visit https://cheap-car-rental-deals.xyz/?ref=ferry", "CarRental", "info@cheap-car-rental-deals.xyz", "https://cheap-car-rental-deals.xyz" },
  { "خرید فالوور واقعی اینستاگرام با ارزان ترین قیمت و تحویل فوری، همین الان سفارش دهید: followerplus.ir", "فالوور پلاس", "info@followerplus.ir", "https://followerplus.ir" },
};

static const Comment desk_genuine[] = {
  { "The timetable is already on the council's site: https://www.portvale.gov.uk/ferries/timetable - the 7:40 boat is still missing from it though.", "Margaret Hughes", "mhughes@example.org", NULL },
  { "THIS IS A DISGRACE. Four years of promises and still no boat after 11pm. Who exactly is this for??", "Dennis", "dennis.p@example.com", NULL },
  { "I left a blue rucksack on the 8:15 crossing this morning, it has my work laptop in it. If anyone picked it up please call 07700 900481, reward offered.", "Tom W", "tomw@example.net", NULL },
  { "96 million for six boats is 16 million a boat. The Norwegian ones cost about half that, see https://en.wikipedia.org/wiki/Ampere_(ferry)", "Ingrid", "ingrid.s@example.no", NULL },
  { "Good news for once. My daughter commutes across every day and the old boats stink of diesel.", "Pat Morgan", "pat.morgan@example.org", NULL },
  { "بالاخره! سال‌هاست منتظر اتوبوس برقی هستیم. امیدوارم این بار واقعاً اجرا شود.", "رضا", "reza@example.ir", NULL },
  { "As the owner of the café on North Quay I can tell you we lose customers every time the boats are late. Happy to see this, as long as the works don't close the quay for months.", "Sue at Quayside Café", "sue@quaysidecafe.example.co.uk", "https://quaysidecafe.example.co.uk" },
  { "Does anyone know if the new boats will take bicycles? The current ones only allow 4.", "cyclist_dave", "dave.r@example.com", NULL },
  { "Free money from the national fund my foot. It's our taxes. Nothing is free.", "Bob", "bob@example.com", NULL },
  { "Ich fahre seit zehn Jahren täglich mit der Fähre. Ein Takt von 15 Minuten wäre schon ein großer Fortschritt.", "Jürgen", "juergen@example.de", NULL },
  { "Click on the 'routes' tab at the top of the transit authority's page and you can sign up for text alerts when a boat is cancelled. Saved me a lot of waiting.", "Helen", "helen.b@example.org", NULL },
  { "My husband works at the shipyard building these. 180 people employed on the contract, so it's good for jobs here too. Visit their open day on 12 December, details at portvale-shipyard.example.com", "Karen", "karen.l@example.org", NULL },
};

static const Comment dressed_spam[] = {
  { "I take this ferry every day to work, glad to see the council finally doing something about it.", "Mike", "mike.jones3321@gmail.com", "https://www.best-online-casino-bonus.net" },
  { "{Great|Awesome|Fantastic} {post|article}! {Thanks|Thank you} for {sharing|posting} this {info|information}.", "Jessica", "jessica5531@yahoo.com", NULL },
  { "Nice read. For anyone travelling, <a href=\"https://cheapflights-deals.top\">cheap flights</a> are available right now.", "Jack", "jack@cheapflights-deals.top", NULL },
  { "I lost $80,000 to a fake crypto broker last year. Thanks to Recovery Expert I got all my money back within 2 weeks. Email: recoveryexpert247@proton.me", "Linda Grant", "lindagrant77@gmail.com", NULL },
  { "Hiring now! Part-time data entry, work from your phone, $45/hour, no experience needed. Apply today at jobs-remote-now.com", "HR Team", "hr@jobs-remote-now.com", NULL },
  { "My printer stopped working, I called Norton support at 1-888-555-0199 and they fixed it in minutes, highly recommend!", "Steve", "steve.w1987@gmail.com", NULL },
  { "代写论文，各种作业代写，包过，微信：lunwen888", "代写", "lw888@qq.com", NULL },
  { "Get your meds at www dot cheap-meds-online dot com, no prescription needed", "Meds", "meds@example.xyz", NULL },
  { "https://bit.ly/3xFerry2026", "Visitor", "visitor991@gmail.com", NULL },
  { "[…] the transit authority will add six battery-electric ferries […] read more at https://news-aggregator-daily.info/ferries-fleet", "News Aggregator Daily", "admin@news-aggregator-daily.info", "https://news-aggregator-daily.info" },
  { "Bardzo ciekawy artykuł. Polecam sprawdzić najlepsze kasyno online z bonusem bez depozytu: kasyno-bonus-pl.com", "Marek", "marek.k@wp.pl", NULL },
};

static const Comment dressed_genuine[] = {
  { "My cousin works at North Quay and says the substation work hasn't even started. Believe it when I see it.", "Gareth", "gareth.t@example.org", NULL },
  { "Anyone else get the email from the transit authority about the consultation? The link is https://consult.portvale.gov.uk/ferries - closes on Friday.", "Joan", "joan.m@example.org", NULL },
  { "Lovely to see. I remember the old paddle steamer in the 60s. Great article, thanks.", "Arthur", "arthur.b@example.org", NULL },
  { "Will fares go up to pay for this? Nobody mentions that.", "Kev", "kev1977@gmail.com", NULL },
  { "I run the bike shop by the terminal (Harbour Cycles). Happy to store bikes for ferry commuters for free during the works, just pop in.", "Harbour Cycles", "shop@harbourcycles.example.co.uk", "https://harbourcycles.example.co.uk" },
  { "Lost my dog near the terminal yesterday, black lab called Bess, answers to her name. Please call 07700 900555 if you see her.", "Claire", "claire.d@example.org", NULL },
  { "Eleven minutes to recharge? I'll believe it when I see it. My phone takes an hour.", "sceptic", "sceptic@example.com", NULL },
  { "For those asking, the shipyard is Holt & Sons, they built the pilot boats too. Their history page is worth a read: holtandsons.example.co.uk/history", "Ray", "ray.h@example.org", NULL },
  { "Can the paper please find out what happens to the old diesel boats? Sold abroad or scrapped?", "Miriam", "miriam.k@example.org", NULL },
  { "I'm a teacher and half my class crosses on the 7:40. If it's late they miss registration. More boats can't come soon enough.", "Mrs Patel", "s.patel@example.sch.uk", NULL },
  { "Das ist eine gute Nachricht, aber 96 Millionen sind viel Geld. Wer kontrolliert die Kosten?", "Klaus", "klaus@example.de", NULL },
  { "Great news!! 👍👍", "Becky", "becky.s@example.com", NULL },
};

static const Comment spam_not_yet[] = {
  { "The new vessels, built by a regional shipyard, carry 180 passengers each and recharge in eleven minutes at the terminal berths. Interesting!", "Ferry Guide", "ferryguide@gmail.com", "https://ferry-guide-tickets.com/cheap-tickets" },
};

static const Comment desk_probes[] = {
  { "The ferry company is hiring deckhands, £14 an hour, no experience needed as they train you. Apply at portvaleferries.co.uk/jobs", "Sam", "sam@example.org", NULL },
  { "My nephew got a job on the boats last year, no experience required, they pay £450 a week. Details on the council's site www.portvale.gov.uk/jobs", "Gwen", "gwen@example.org", NULL },
  { "[…] six battery-electric ferries […] six is not enough, the authority's own plan said ten: https://en.wikipedia.org/wiki/Portvale_ferries", "Alan", "alan@example.org", NULL },
  { "[...] the remaining two will follow within four months [...] I'll believe that when I see it.", "Ruth", "ruth@example.org", NULL },
  { "I called HP support on 0800 555 0100 about my printer and they were very helpful, but that's nothing to do with ferries!", "Norman", "norman@example.org", NULL },
  { "I rang the so-called Epson helpline on 1-888-555-0123 from a Google ad and it was a scam, they wanted remote access. Beware.", "Irene", "irene@example.org", NULL },
  { "Our walking group meets at the terminal every Saturday, all welcome, no experience needed! Details at portvale-walkers.co.uk", "Portvale Walkers", "walk@example.org", "https://portvale-walkers.co.uk" },
  { "Agree with Sue. The cafe and the bike hire by the quay both lose money when boats are late. Support local!", "Tina", "tina@example.org", NULL },
};

static const Comment genuine_not_yet[] = {
  { "Working at the casino on the seafront, most of my colleagues take the late boat home. An 11pm crossing would help hundreds of us.", "Dev", "dev@example.org", "https://www.grand-harbour-casino-staff.example.org" },
  { "I volunteer for a gambling addiction helpline: if the late boats mean more people stuck in the harbour arcades, call us on 0808 8020 133.", "GamCare volunteer", "vol@example.org", "https://www.gamcare.org.uk" },
};

static void
test_heldout26_desk (void)
{
  check_all_caught (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine));
}

static void
test_heldout26_dressed (void)
{
  check_all_caught (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine, G_N_ELEMENTS (dressed_genuine));
  check_none_flagged (desk_probes, G_N_ELEMENTS (desk_probes));
}

/* Readers quoting the story: a sentence and their own view of it, at
 * more length than the quotation; a sentence and "This." with no
 * website */
static const Comment story_quoters[] = {
  { "\"The new vessels, built by a regional shipyard, carry 180 passengers each and recharge in eleven minutes\" - "
    "eleven minutes at the berth, fine, but nobody says where the power for six of them at once comes from. The "
    "substation at North Quay was already struggling last winter.", "Owen", "owen@example.org", NULL },
  { "The new vessels, built by a regional shipyard, carry 180 passengers each. This.", "Lyn", "lyn@example.org", NULL },
};

static void
test_heldout26_not_yet (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, genuine_not_yet, G_N_ELEMENTS (genuine_not_yet), "ham"), ==,
                    G_N_ELEMENTS (genuine_not_yet));
}

/* The copied sentence, not yet caught in round 26, is once the filter is
 * given the story's words (byline-spam-filter-echo.c); without them it
 * is not, and readers who quote the story are not flagged with them. */
static void
test_heldout26_under_story (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autofree char *path = g_build_filename (g_getenv ("BYLINE_EXAMPLES"), "harbour-ferries.txt", NULL);
  g_autofree char *story = NULL;
  g_autoptr(BylineSpamStory) words = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &story, NULL, &error);
  g_assert_no_error (error);
  words = byline_spam_story_new (story);

  g_assert_cmpuint (count_flagged (filter, spam_not_yet, G_N_ELEMENTS (spam_not_yet), "spam"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (spam_not_yet); i++)
    {
      g_autoptr(BylineSpamVerdict) v = classify_with_story (filter, &spam_not_yet[i], words);

      g_assert_cmpfloat (v->score, >=, 0.5);
      g_assert_true (has_reason (v, "of the story word for word"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (story_quoters); i++)
    {
      g_autoptr(BylineSpamVerdict) v = classify_with_story (filter, &story_quoters[i], words);
      g_autofree char *why = describe (v);

      g_test_message ("ham   %.2f  %s  [%s]", v->score, story_quoters[i].content, why);
      g_assert_cmpfloat (v->score, <, 0.5);
    }
  /* (every earlier reader of the round, under the story, as before) */
  for (guint i = 0; i < G_N_ELEMENTS (desk_genuine); i++)
    {
      g_autoptr(BylineSpamVerdict) v = classify_with_story (filter, &desk_genuine[i], words);

      g_assert_cmpfloat (v->score, <, 0.5);
    }
}

static void
test_heldout26_reasons (void)
{
  const ReasonCheck checks[] = {
    { HELDOUT_SET (dressed_spam), "I take this ferry", "is named for a trade spam sells" },
    { HELDOUT_SET (dressed_spam), "[…] the transit", "an excerpt of the story in brackets" },
    { HELDOUT_SET (dressed_spam), "My printer stopped", "as fake support lines do" },
    { HELDOUT_SET (dressed_spam), "Hiring now!", "claims easy earnings" },
  };

  check_reasons (checks, G_N_ELEMENTS (checks));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout26/desk", test_heldout26_desk);
  g_test_add_func ("/spam-heldout26/dressed", test_heldout26_dressed);
  g_test_add_func ("/spam-heldout26/not-yet", test_heldout26_not_yet);
  g_test_add_func ("/spam-heldout26/under-story", test_heldout26_under_story);
  g_test_add_func ("/spam-heldout26/reasons", test_heldout26_reasons);

  return g_test_run ();
}
