/* test-spam-heldout27.c: a twenty-seventh round, a desk check under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written before they were scored, without the filter's source
 * at hand, under an invented local story (story27: Hollinford shuts two
 * libraries on Sundays to save £1.2m), in two sets. The first, the spam
 * any site's form lets through (paid guest posts and backlinks, praise
 * from "Best Air Fryer Reviews", links to a pharmacy's tramadol, forex
 * signals on Telegram, a loan shark on WhatsApp, a cam girl in styled
 * letters, essays from £9.99 a page, replica watches in Cyrillic
 * look-alike letters and "[.]", Swedish and Dutch casinos that let in
 * those who shut themselves out of gambling, a fake printer help line,
 * the classic "$17,000 a month from home") and twelve readers: 12 of 12
 * caught, 0 of 12 flagged before the round. The second, spam dressed
 * as readers: a reader's line with a vape wholesaler in the website
 * field, "exactly what I needed to read today" from an e-mail at a
 * casino bonus's site, the "Howdy! This post could not be written any
 * better" template with a keto gummies site, a mum's tip for a named
 * online tutor on WhatsApp, cheap books behind a Markdown link, a
 * recovery "hacker" at "(at) proton (dot) me", "$9,850 last month, see
 * my profile", a sentence of the story copied with an ink shop's site,
 * Greek betting with a first-deposit bonus, a language model's "as an
 * avid reader", "more info" behind shorturl.at, "Thanks, very
 * informative." under the name "rx-pharmacy24.shop"; and twelve
 * readers: 4 of 12 caught without the story's words, 5 of 12 with them
 * (byline-spam-filter-echo.c caught the copied sentence), 0 of 12
 * flagged. The dressed set is scored under the story here.
 *
 * Fixed: the author's website or e-mail named for a trade when the
 * trade's word is run together with others at a word's start or end
 * ("vapekingdom-wholesale", "ketoslimgummies-official": a vape, a diet
 * product), with "official", "wholesale", "direct", "shop", "store" and
 * "deals" as an advert's words, and a casino's "bonus" beside a game's
 * word ("spinpalace-bonus") (byline-spam-filter-ruses.c); the spun
 * "could not be written any better … my old room mate" template among
 * the old stock phrases, and a stranger recommended, by title and name
 * or by trade, with "her WhatsApp is +44 …" (-agents.c), which also
 * counts now as a messenger's number (-patterns.c); Greek betting
 * ("στοίχημα", "μπόνους", "πρώτη κατάθεση") with the gambling sign-up
 * offers of Europe's languages, "stoixima" in a host as a betting
 * site's (-pitches.c, -patterns.c); a short link vouched for only by a
 * body that published it or in whose paper it is ("the council posted
 * …", "the council's leaflet"), not by a council the comment argues
 * about (-bait.c); an author's name that is a web address with a digit
 * before its dot, weighing as it did when the address looks like a
 * shop's, less when it is a blog's own address given as the website
 * too, and generic praise under such a name counted as praise with
 * somewhere to go (-shape.c). After: 12 of 12 and 0 of 12; dressed 12
 * of 12 under the story (11 of 12 without it) and 0 of 12. The readers
 * nearest the line stay where they were: the capitals of desk and
 * dressed readers (0.40) and the Friends group named like its site
 * (0.45).
 *
 * Not yet (test_heldout27_not_yet): the copied sentence with an ink
 * shop in the website field, without the story's words (0.40: the
 * shop's look only); a caller that passes no story gets that.
 *
 * Every earlier set's scores compared before and after (3,166
 * comments): no reader moved; 26 spam rose, none of them across the
 * line.
 *
 * Ten readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: a reader who quit
 * vaping, with his blog's site; a local historian whose name is her
 * blog's address; a Greek reader's "Στοίχημα ότι…" ("I bet…"); a tutor
 * recommended by title with no messenger; a link to the council's own
 * report; the council's short link, said to be published by it; a box
 * office at a "ticketoffice" site ("keto" inside a word); a spin class
 * teacher whose e-mail is at a spin studio; a homework club's leader
 * recommended with the library's landline; a warning about a "Mr" on
 * WhatsApp. All ten clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story27 =
  "Hollinford City Council has voted to close Central Library and Saltmarket Library on Sundays from 12 April, in a move it says will save £1.2m over three years.\n\n"
  "The cabinet approved the plan by six votes to three on Tuesday evening. Fourteen part-time posts will go, although the council says most staff will be offered hours elsewhere in the service.\n\n"
  "Cllr Joanna Pryce, cabinet member for communities, said: \"Nobody goes into politics to cut library hours. But Sunday opening costs us nearly twice as much per visit as a weekday, and we have to find £9m this year.\"\n\n"
  "A petition against the change, started by the Friends of Saltmarket Library, has gathered more than 4,300 signatures. Campaigners say around 1,900 people use the two libraries each Sunday, many of them students and families without internet at home.\n\n"
  "The council says it will review the decision in twelve months.";

static const Comment desk_spam[] = {
  { "Hi there, I'm Daniel from Linkvora Media. We publish guest posts on 300+ high DA news sites (DA 50-90), do-follow backlinks, permanent, Google News approved. Would you accept a sponsored article on your site? Our rates: linkvora-media.com/guest-post-rates or WhatsApp +44 7700 900312.", "Daniel | Linkvora Media", "outreach@linkvora-media.com", "https://linkvora-media.com" },
  { "What a fantastic read! Your writing style is so engaging and the points you raise are spot on. I've bookmarked your site and shared it with my friends. Keep up the amazing work! 🙌", "Best Air Fryer Reviews", "bestairfryerreviews2026@gmail.com", "https://bestairfryer-reviews2026.com" },
  { "https://rx-meds-direct.shop/tramadol-50mg\nhttps://rx-meds-direct.shop/xanax-2mg-no-prescription\nhttps://rx-meds-direct.shop/oxycodone-overnight-delivery\nhttps://rx-meds-direct.shop/viagra-100mg-cheap", "buy tramadol online", "support@rx-meds-direct.shop", NULL },
  { "📈 FREE forex & crypto signals, 95% accuracy, 3-5 trades a day on XAUUSD and BTC. I turned $500 into $8,400 in one month following them. Join the VIP channel now 👉 t.me/GoldPipsSignalsVIP (only 20 spots left!)", "Gold Pips Signals", "goldpipsvip@outlook.com", NULL },
  { "Bad credit? Refused by the bank? We lend £500 to £5,000 same day cash in hand, no credit check, no paperwork, no questions asked. Text or WhatsApp Mr Kelvin on 07700 900744. Fast and discreet.", "Kelvin Fast Cash", "kelvinfastcash247@gmail.com", NULL },
  { "𝓗𝓮𝔂 𝔂𝓸𝓾... 𝓘'𝓶 𝓙𝓮𝓼𝓼𝔂, 𝟐𝟑, 𝓪𝓷𝓭 𝓫𝓸𝓻𝓮𝓭 𝓽𝓸𝓷𝓲𝓰𝓱𝓽 💋 𝓼𝓮𝓮 𝓶𝔂 𝓹𝓻𝓲𝓿𝓪𝓽𝓮 𝓹𝓱𝓸𝓽𝓸𝓼 👉 𝗹𝗼𝘃𝗲𝗰𝗮𝗺𝘅.𝗹𝗶𝘃𝗲/𝗷𝗲𝘀𝘀𝘆", "𝓙𝓮𝓼𝓼𝔂 💋", "jessy.hot@lovecamx.live", NULL },
  { "Students! Struggling with coursework, a dissertation or exam prep? UK-based PhD writers, any subject, from £9.99 a page, Turnitin report included, deadlines from 3 hours. 15% off with code LIB15 at top-grade-essays.co.uk", "TopGrade Essays", "orders@top-grade-essays.co.uk", "https://top-grade-essays.co.uk" },
  { "Swiss AAA+ Rоlex Daytona, Submariner and Аudemars Piguet 1:1 clones, sapphire glass, automatic movement, free tracked UK delivery. Order now: rep1ica-tlme[.]com or type r e p 1 i c a t l m e dot com", "Luxury Timepieces", "sales@rep1ica-tlme.com", NULL },
  { "Spela på casino utan svensk licens 2026 🎰 Ingen Spelpaus, inget BankID krävs, snabba uttag med Trustly och upp till 500% välkomstbonus! Jämför de bästa casinona här: casinoutanlicens-topp.se", "Casino Utan Licens", "info@casinoutanlicens-topp.se", "https://casinoutanlicens-topp.se" },
  { "Online casino zonder CRUKS registratie ✅ Direct spelen zonder iDIN, 200% bonus tot €1000 + 100 free spins. Bekijk de beste casino's zonder vergunning op casinozondercruks-nl.net", "Casino Zonder Cruks", "bonus@casinozondercruks-nl.net", "https://casinozondercruks-nl.net" },
  { "Is your HP printer offline or Outlook not opening? Call our 24/7 certified technicians toll free on +1-888-555-0162 for instant help with printers, routers, antivirus and email. Quick remote fix guaranteed!", "Printer Support Helpline", "help@printer-offline-fixnow.com", "https://printer-offline-fixnow.com" },
  { "I'm making over $17,000 a month working from home part time. I kept hearing other people tell me how much money they can make online so I decided to look into it. Well, it was all true and has totally changed my life. This is what I do ➡️ www.homecash-easy.site", "Mary Hutton", "maryhutton1994@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "For anyone checking before they go: Saltmarket is open Mon-Fri 9am-7pm and Sat 9am-5pm, and the desk number is 01632 960418 if you need to renew or ask about the change. Central keeps its Sunday 11am-4pm opening until 5 April.", "Pauline Hurst", "pauline.hurst@example.org", NULL },
  { "The petition is on the council's own site. If it gets past 5,000 they have to debate it at full council, so please sign: https://petitions.hollinford.gov.uk/sunday-libraries", "Martin Okafor", "m.okafor@example.com", NULL },
  { "ABSOLUTELY DISGRACEFUL. THEY FOUND £3 MILLION FOR THE CIVIC CENTRE ATRIUM BUT NOT A PENNY FOR KIDS TO HAVE SOMEWHERE WARM ON A SUNDAY. VOTE THEM OUT IN MAY.", "Derek", "derek.w@example.net", NULL },
  { "I run Pageturners, the bookshop on Mill Street. People assume I'd be pleased about this. I'm not: half my customers are readers because a library got them started. A shop is no substitute for a free library. Sad day.", "Owen Pryor", "owen@pageturners.example.co.uk", "https://pageturners.example.co.uk" },
  { "Mi hija estudia en la biblioteca de Saltmarket todos los domingos porque en casa no tenemos internet. ¿Adónde va a ir ahora? Es una pena.", "Lucía Fernández", "lucia.fernandez@example.com", NULL },
  { "£1.2m over three years is £400k a year, so £200k per library, across 52 Sundays that's about £3,850 a Sunday each. With 950 visitors each that's roughly £4 a visit. We subsidise the leisure centre car park more than that.", "Raj Mistry", "raj.mistry@example.org", NULL },
  { "😡📚🔒", "Chloe", "chloe.b@example.com", NULL },
  { "\"Sunday opening costs us nearly twice as much per visit as a weekday.\" Of course it does, you pay staff a Sunday rate. But cost per visit is the wrong measure. The people who come on a Sunday are the ones who can't come on a Tuesday: shift workers, parents who work all week, students with nowhere quiet at home. Close it on a Monday morning when it's empty and you'd save almost as much. The council has chosen the cheapest day to cut on paper, not the cheapest day to lose.", "Graham Ellis", "graham.ellis@example.org", NULL },
  { "I work Monday to Saturday in a warehouse. Sunday is literally the only day I can take my two boys to the library. Cllr Pryce, when exactly do you suggest we go?", "Shane", "shane.t@example.com", NULL },
  { "@Graham agree with most of that, but Central is staying open till 7 on Thursdays now so it's not quite nothing. The consultation was rushed though, two weeks over Christmas.", "Anne-Marie", "annemarie.c@example.org", NULL },
  { "Could volunteers run the Sunday sessions, like some villages do? Not ideal, and it shouldn't replace paid staff, but better than locking the doors.", "Colin", "colin.p@example.net", NULL },
  { "I worked at Central for 22 years. Sundays were the busiest day on the public computers, people doing job applications and Universal Credit journals. They won't come on a weekday, they're at work or at the jobcentre.", "Sheila Grant", "sheila.grant@example.org", NULL },
};

static const Comment dressed_spam[] = {
  { "Shame about the Sundays. My kids practically grew up in Saltmarket library, it was our weekend routine for years.", "Rachel M", "rachel.m.1988@gmail.com", "https://www.vapekingdom-wholesale.com" },
  { "This is exactly what I needed to read today. Keep up the great work!", "Olivia Reed", "olivia.reed@spinpalace-bonus.club", NULL },
  { "Howdy! This post could not be written any better! Reading through this post reminds me of my old room mate! He always kept talking about this. I will forward this post to him. Pretty sure he will have a good read. Thank you for sharing!", "Bettina", "bettina.whitlow@yahoo.com", "https://ketoslimgummies-official.com" },
  { "As a mum this worries me, my daughter revises at Central every Sunday for her GCSEs. What really helped us was Mrs Angela Brooks, an online tutor for maths and science, very patient and affordable. Her WhatsApp is +44 7700 900615 if anyone needs.", "Helen Carter", "helencarter.uk86@gmail.com", NULL },
  { "Libraries are a lifeline for families who can't afford to buy books every week. For parents stuck on Sundays now, there are some decent [cheap children's books online](https://bookbargain-warehouse.shop/childrens) worth a look.", "Amy R", "amy.r.writes@gmail.com", NULL },
  { "I never thought I'd see the £23,000 I lost to a fake investment app again. A friend recommended CYBER GENIE RECOVERY and within 72 hours every penny was back in my account. They can also get into any phone or WhatsApp remotely. Reach them: cybergenie.recovery (at) proton (dot) me", "Patricia Lowe", "patricialowe1961@gmail.com", NULL },
  { "Sundays off means more time at home I guess 😅 I started working online last year and made $9,850 last month just from my laptop. Honestly life changing. See my profile for how I did it.", "Grace Whitfield", "gracewhitfield.online@gmail.com", "https://remote-income-club.site/grace" },
  { "Campaigners say around 1,900 people use the two libraries each Sunday, many of them students and families without internet at home. Sad.", "Tom Becker", "tom.becker2290@gmail.com", "https://www.inkjet-cartridge-outlet.shop" },
  { "Κρίμα για τις βιβλιοθήκες τις Κυριακές. Για όσους ψάχνουν κάτι να κάνουν το Σαββατοκύριακο, το καλύτερο στοίχημα online με μπόνους 100% στην πρώτη κατάθεση: stoiximabet-vip.com", "Νίκος", "nikos.p88@gmail.com", NULL },
  { "As an avid reader, I find this article insightful and thought-provoking. Libraries serve as vital community hubs, fostering literacy, inclusion and lifelong learning. It is crucial that local authorities strike a balance between budgetary constraints and public access. Thank you for shedding light on this important topic.", "Ethan Clarke", "ethanclarke.content@gmail.com", "https://smarthomegadgetreviews.net" },
  { "The council could save the same money by cutting consultants, more info shorturl.at/hqrX7", "Concerned Resident", "concerned.resident.24@outlook.com", NULL },
  { "Thanks, very informative.", "rx-pharmacy24.shop", "mike.dolan772@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I was a librarian for 31 years, the last nine at Saltmarket. Sunday opening was never a luxury: it was when the homework club ran, when the English conversation group met, when dads came in with toddlers. It is also worth remembering that councils have a legal duty here, not just a budget line. The Public Libraries and Museums Act 1964 requires a \"comprehensive and efficient\" service, and ministers have intervened before when councils cut too far: https://en.wikipedia.org/wiki/Public_Libraries_and_Museums_Act_1964", "Margaret Lowry", "margaret.lowry@example.org", NULL },
  { "The minutes and the officers' report are up, pages 14-22 have the Sunday visitor numbers by branch: https://democracy.hollinford.gov.uk/ieListDocuments.aspx?CId=132&MId=4471", "Ian Fletcher", "ian.fletcher@example.com", NULL },
  { "While the library's shut we'll run a free Sunday storytime for under-8s at the café, 10:30 to 11:30, starting 12 April. No need to book and no need to buy anything. Details on our site.", "Bea at The Reading Room Café", "bea@readingroomcafe.example.co.uk", "https://readingroomcafe.example.co.uk" },
  { "If you can get out to Oakbury, check out the library on Marsh Lane, it's open Sundays 10-4 and they'll take a Hollinford card. The 42 bus stops right outside.", "Dave K", "dave.k@example.net", NULL },
  { "The Friends of Saltmarket Library are a registered charity and we're fundraising to keep the homework club going on Saturdays instead. If you can spare a few pounds, please donate at https://friendsofsaltmarketlibrary.example.org.uk/donate - every penny goes to the library.", "Friends of Saltmarket Library", "secretary@friendsofsaltmarketlibrary.example.org.uk", "https://friendsofsaltmarketlibrary.example.org.uk" },
  { "Thanks for this!", "Jo", "jo.h@example.org", NULL },
  { "Sou brasileira e moro em Hollinford há seis anos. Aprendi inglês nessa biblioteca, aos domingos, no grupo de conversação dos voluntários. Fechar aos domingos é tirar isso de quem trabalha a semana inteira.", "Fernanda Souza", "fernanda.souza@example.com", NULL },
  { "If you want your say, ring the council's customer services on 01632 960000 and ask for Cllr Pryce's office, or email your ward councillor. Calls are logged and they do count them.", "Brian", "brian.m@example.org", NULL },
  { "Will the book drop box still be open on Sundays? I usually return mine on the way to work on a Monday.", "Kath", "kbarnes19840712@gmail.com", NULL },
  { "I'm in Year 13 with A-level exams in June. Central on a Sunday is the only quiet place I can do homework and revision, there are five of us at home and one table. Please reconsider.", "Aisha", "aisha.k@example.org", NULL },
  { "I'm an apprentice and I earn £9 an hour. I can't afford broadband and books as well. The library is how I got through my course, and Sunday is my only day off.", "Kyle", "kyle.d@example.com", NULL },
  { "NO!!! NO!!! NO!!! SUNDAY IS THE ONLY DAY WORKING FAMILIES CAN GO TOGETHER!!!! SHAME ON EVERY COUNCILLOR WHO VOTED FOR THIS!!!!!", "Tracey", "tracey.h@example.org", NULL },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "I quit vaping two years ago with the stop-smoking group that met at Saltmarket on Sunday mornings. I wrote about it on my blog. Where will the group meet now?", "Ryan Doyle", "ryan@quitvapingstories.example.com", "https://quitvapingstories.example.com" },
  { "Central library was where I researched most of my local history posts, and Sunday was the only day I had free. I've put the old opening hours on my blog for anyone curious.", "hollinfordhistory.blog", "ann@hollinfordhistory.blog", "https://hollinfordhistory.blog" },
  { "Στοίχημα ότι σε έναν χρόνο θα τις κλείσουν και τα Σάββατα. Κρίμα για τα παιδιά που διαβάζουν εκεί.", "Γιώργος", "giorgos@example.gr", NULL },
  { "My son's maths tutor, Mrs Okafor, runs free revision sessions at Central on Sundays. Very patient and she has helped so many kids. Ask at the desk if you need her.", "Linda", "linda.b@example.org", NULL },
  { "The council's own figures say Sunday visits fell 8% last year, see page 14 of the report: https://democracy.hollinford.gov.uk/documents/s4471/report.pdf", "Phil", "phil@example.org", NULL },
  { "The council has finally published the list of Sunday services it says will move to the community centres instead. It's here: bit.ly/HollinfordSundays", "Norma", "norma@example.org", NULL },
  { "The Hollinford Playhouse box office is open Sundays 12-4 and says it will hold free story sessions for children while the libraries are shut.", "Playhouse Box Office", "boxoffice@hollinford-ticketoffice.example.co.uk", "https://hollinford-ticketoffice.example.co.uk" },
  { "I teach the Sunday spin class at the leisure centre next to Saltmarket. Half my regulars drop their kids at the library first. We'll lose them too.", "Jas", "jas@spinstudio-hollinford.example.co.uk", NULL },
  { "Mrs Dawson at Saltmarket runs the homework club and she's brilliant, really patient with the kids. If you need her, ring the library on 01632 960418.", "Karen", "karen.t@example.org", NULL },
  { "A Mr Daniels sent me a WhatsApp from +44 7700 900777 offering my daughter tutoring, then asked for £200 up front. Don't pay him.", "Sunita", "sunita@example.org", NULL },
};

static void
test_heldout27_desk (void)
{
  check_all_caught (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine));
}

static void
test_heldout27_dressed (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story27);

  check_all_caught_with_story (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine,
                               G_N_ELEMENTS (dressed_genuine), words);
}

/* The probes clear under the story and under none */
static void
test_heldout27_probes (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story27);
  guint flagged = 0;

  check_none_flagged (desk_probes, G_N_ELEMENTS (desk_probes));
  count_set_with_story (NULL, 0, desk_probes, G_N_ELEMENTS (desk_probes), words, &flagged);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Without the story's words the copied sentence is a reader's line
 * with a shop's website, and still missed; the rest of the dressed
 * spam is caught without them. When this fails, the copy is caught
 * another way: update the counts above. */
static void
test_heldout27_not_yet (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  const Comment *copied = find_comment (dressed_spam, G_N_ELEMENTS (dressed_spam), "Campaigners say");
  g_autoptr(BylineSpamVerdict) v = classify (filter, copied);
  guint flagged = 0;

  g_assert_cmpfloat (v->score, <, 0.5);
  g_assert_cmpuint (count_set_untrained (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine,
                                         G_N_ELEMENTS (dressed_genuine), &flagged), ==,
                    G_N_ELEMENTS (dressed_spam) - 1);
  g_assert_cmpuint (flagged, ==, 0);
}

static void
test_heldout27_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story27);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (dressed_spam), "Shame about the Sundays", "is named for a trade spam sells" },
    { HELDOUT_SET (dressed_spam), "This is exactly what", "e-mail address is at a site named for a trade" },
    { HELDOUT_SET (dressed_spam), "Howdy!", "the stock phrases of old comment spam" },
    { HELDOUT_SET (dressed_spam), "Howdy!", "is named for a trade spam sells" },
    { HELDOUT_SET (dressed_spam), "As a mum", "recommends someone to readers" },
    { HELDOUT_SET (dressed_spam), "As a mum", "WhatsApp, Telegram or similar number to write to" },
    { HELDOUT_SET (dressed_spam), "Κρίμα", "gambling site’s sign-up bonus" },
    { HELDOUT_SET (dressed_spam), "The council could", "links through a link shortener" },
    { HELDOUT_SET (dressed_spam), "Thanks, very informative.", "reads like an advert" },
    { HELDOUT_SET (dressed_spam), "Campaigners say", "of the story word for word" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout27/desk", test_heldout27_desk);
  g_test_add_func ("/spam-heldout27/dressed", test_heldout27_dressed);
  g_test_add_func ("/spam-heldout27/probes", test_heldout27_probes);
  g_test_add_func ("/spam-heldout27/not-yet", test_heldout27_not_yet);
  g_test_add_func ("/spam-heldout27/reasons", test_heldout27_reasons);

  return g_test_run ();
}
