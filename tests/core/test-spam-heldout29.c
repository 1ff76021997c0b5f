/* test-spam-heldout29.c: a twenty-ninth round, a desk check under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story29: Carrowshire County Council withdraws the £412,000 subsidy
 * for the 72 bus, six villages on the Welsh border left with a
 * book-ahead minibus), in two sets. The first, the spam any site's
 * form lets through (a parcel fee, an energy rebate "GOV.UK NOTICE",
 * hacked accounts recovered, a widow on an oil rig, mystery shoppers
 * who forward the funds, Chinese and Japanese SEO, a bare list of
 * minibus hire searches, a web agency's audit, a bus pass "renewal"
 * fee, driving test cancellations, a sugar mummy's agent) and twelve
 * readers. The second, spam dressed as readers: a sad line with a
 * gutter-cleaning firm in the website field, flattery under a pet
 * insurance site's name, a neighbour who "makes £2,300 a month"
 * reselling with a method's link, a mobile mechanic's "call or text
 * Pete … say you saw him on here", a sentence of the story copied with
 * an e-bike shop's site, a reply to a reader that sells car finance
 * "even with bad credit", five stars for a dog groomer, mobility
 * scooters behind a link's words, a language model's summary ending
 * "check out", a Lithuanian van courier, "Very helpful!" and a short
 * link, essay proofreading spelt "(dot)"; and twelve readers. Before
 * the round, under the story: desk 8 of 12 caught and 0 of 12 readers
 * flagged; dressed 7 of 12 and 0 of 12.
 *
 * Fixed (byline-spam-filter-rackets.c, new, unless said): a job that
 * sends the reader money and has her forward the rest, keeping her
 * commission (a money mule's); car finance or loans "even with bad
 * credit", two of a broker's promises ("we approve", "no deposit",
 * "check your eligibility") and where to apply; an offer to get back
 * the reader's hacked or banned account from a stranger to write to;
 * "renew online" for a fee at a link or the thing "will be stopped";
 * six or more comma-split search phrases sharing a word, no sentence
 * among them, with a link; someone close who "makes £… a month", with
 * "the method" at an address; a business's "say you saw him on here"
 * beside its number. Read as a review now: "can't fault", "cleaned up
 * after" (-locals.c). A model's policy summary ("the delicate balance
 * between", "a holistic approach", "navigating these complexities"),
 * three or more of them, counts as its stock praise (-pitches.c). Every
 * rule steps back for a reader's warning ("scam", "money mules", "do
 * not click", "turned down"). After, under the story: desk 12 of 12
 * and 0 of 12 (the same without it); dressed 11 of 12 and 0 of 12. The
 * nearest the line: the groomer's five stars and the "(dot)" address
 * (0.50, older rules), the mule job (0.60) among the spam; the readers
 * in capitals and the village shop's site (0.40), the blogger (0.41).
 *
 * Not yet (test_heldout29_not_yet): the on-topic line with a gutter-
 * cleaning firm in the website field (0.40: the site's look only; the
 * line says nothing a reader would not); and, without the story's
 * words, the copied sentence with an e-bike shop's site (0.40), as in
 * rounds 27 and 28.
 *
 * Every earlier set's scores compared before and after (3,284
 * comments): two moved, none across the line, both spam caught before
 * that rose (hacking for hire that gets accounts back, round 10, 0.72
 * to 0.86; a loan "approved in 10 minutes", round 21, 0.74 to 0.89).
 *
 * Ten readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: a grandson whose
 * mystery shopper cheque bounced, "that is how money mules are
 * recruited"; car finance turned down for a CCJ, a soft search at
 * MoneyHelper; a Facebook hacked and a "so-called recovery expert"
 * (0.35, the older suspect word); a TV licence renewal that "will be
 * cancelled" without the fee; a list of bus times sharing "bus" with
 * the council's link; a neighbour's childminding "£1,200 a month" and
 * the council's free course; a volunteer scheme's "say you saw it on
 * here" (0.25); a real mystery shopper paid into her account; the
 * cabinet report's "delicate balance" and "holistic approach" quoted
 * with a campaign's link; a list of ways that fail, with a link. All
 * ten clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story29 =
  "Carrowshire County Council is to withdraw its £412,000 yearly subsidy for the 72 bus between Market Carrow and Llanfair Hill, leaving six villages on the Welsh border without a scheduled service from 25 April.\n\n"
  "The route, run by Dalesway Buses, carries about 230 passengers a day on eleven return journeys, Monday to Saturday. More than half of them travel free on older person's or disabled person's bus passes, which the council says leaves the route costing £6.80 for every passenger carried.\n\n"
  "In its place the council will launch Carrow Connect, a minibus booked by app or phone at least two hours ahead, running 7am to 7pm on weekdays only. Fares will be £3 a journey and bus passes will be accepted.\n\n"
  "Cllr Diane Fletcher, cabinet member for transport, said: \"Nobody wanted this. We face an £18m gap next year and we cannot keep paying for buses that run half-empty.\"\n\n"
  "Ebbsworth Parish Council says students at Market Carrow College, shift workers at the Thornby creamery and patients travelling to the community hospital will be hardest hit. A petition to save the route has 2,900 signatures.\n\n"
  "The council's cabinet meets on 12 March to take the final decision.";

static const Comment desk_spam[] = {
  { "Parcelforce Worldwide: your parcel PF418 2277 09GB could not be delivered because an import duty and handling fee of £2.49 is unpaid. Pay by 23:59 today or the item will be returned to the sender. Reschedule and pay here: https://parcelforce-gb-redeliver.com/track?id=PF418227709", "Parcelforce Delivery", "noreply@parcelforce-gb-redeliver.com", NULL },
  { "GOV.UK NOTICE: Households in England and Wales are entitled to the 2026 Energy Bills Rebate of £400, paid in one instalment. 1 in 3 eligible households has not claimed yet and the scheme closes on 31 March. Check your eligibility and enter your bank details to receive your payment within 3 working days: https://energy-rebate-gov-uk.help/claim", "Energy Bills Support Scheme", "support@energy-rebate-gov-uk.help", NULL },
  { "Has your Instagram, Facebook or WhatsApp been hacked, disabled or banned? Don't pay the hackers and don't wait weeks for Meta support. I have recovered over 2,000 accounts for influencers and small businesses, even when the email and phone number were changed, usually within 24 hours. DM me on Instagram @recover.with.jordan or email jordanrecovers@protonmail.com. Payment only after recovery ✅", "Jordan | Account Recovery", "jordanrecovers@protonmail.com", NULL },
  { "Hello, I read the comments here and you all seem like kind people. My name is Helena, I am 46 and a widow since my husband passed three years ago. I work as a structural engineer on an offshore oil rig in the North Sea and my contract ends in June. I am looking for an honest, God-fearing man for a serious relationship, maybe to settle down in a quiet village like yours. Please write to me on WhatsApp +44 7700 900318 or Telegram @HelenaNorthSea. I will be waiting 🌹", "Helena", "helena.widow.rig@gmail.com", NULL },
  { "NOW HIRING IN YOUR AREA: part-time Mystery Shoppers. Visit local shops, restaurants and money transfer outlets, fill in a short survey and earn £350 per assignment. We send you the funds for each evaluation by bank transfer or cheque, you keep your commission and forward the rest as instructed. Flexible hours, no experience needed. Apply today with your full name, address, age and mobile number to hr@shopperquest-uk.com", "ShopperQuest UK Recruitment", "hr@shopperquest-uk.com", NULL },
  { "专业谷歌SEO快速排名，蜘蛛池出租，寄生虫程序，高权重外链代发，泛目录站群，3天上首页，不上首页不收费！长期稳定，支持USDT付款。飞机 @seoking8868 微信 seo8868", "谷歌SEO快排", "seoking8868@163.com", NULL },
  { "【SEO対策】検索順位を最短7日で上位表示！高品質な被リンクを1本300円から販売中。ドメインパワー強化、競合サイト調査も無料。実績3,000サイト以上、成果が出なければ全額返金します。詳しくはこちら ▶ https://seo-joui-hyouji.jp/backlink", "被リンク販売センター", "info@seo-joui-hyouji.jp", NULL },
  { "minibus hire carrowshire, cheap minibus hire near me, 16 seater minibus hire, coach hire market carrow, airport transfers carrowshire, wedding coach hire, school trip coach hire, executive car hire, party bus hire, minibus with driver, cheap taxi carrowshire, best coach hire 2026 https://carrow-minibus-coach-hire.co.uk", "minibus hire carrowshire", "bookings@carrow-minibus-coach-hire.co.uk", "https://carrow-minibus-coach-hire.co.uk" },
  { "Hi there, I came across your website while researching local news sites and noticed a few issues that may be costing you readers: pages take over 6 seconds to load on mobile, several images have no alt text and you're not showing up on Google for some of your main search terms. We're a UK-based web design and digital marketing agency and have helped over 400 businesses like yours grow online. I'd be happy to send you a free video audit, no obligation. Just reply here or email me at liam@pixelcrest-digital.co.uk. Kind regards, Liam Carter, Business Development Manager", "Liam Carter", "liam@pixelcrest-digital.co.uk", "https://pixelcrest-digital.co.uk" },
  { "IMPORTANT NOTICE FOR BUS PASS HOLDERS: all older person's and disabled person's bus passes must be renewed for the new 2026 smart card system before 31 March or free travel will be stopped. Renew online in 2 minutes for a one-off £4.99 admin fee: https://buspass-renewal-uk.org/renew. Please share with elderly friends and family.", "Concessionary Travel Renewals", "renewals@buspass-renewal-uk.org", NULL },
  { "🚗 Waiting 24 weeks for a driving test? Our cancellation finder checks the DVSA site every 30 seconds and books the first free slot at your chosen centre. 97% of learners get a test within 14 days. From just £39, money back if we can't find one. Join 60,000+ learners 👉 testslot-finder.co.uk or WhatsApp 07700 900742", "TestSlot Finder", "hello@testslot-finder.co.uk", "https://testslot-finder.co.uk" },
  { "💰 Attention young men 18-35: a rich, lonely sugar mummy based in Cheshire is looking for a caring sugar boy for friendship and weekly fun. She pays £800 allowance every week, plus phone and travel. No experience needed. Message her agent Mrs Grace on WhatsApp +44 7700 900563 to be connected today. Small registration fee applies.", "Sugar Mummy Connect", "sugarmummyconnect.uk@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "I've driven the 72 for nine years. My early turn signs on at 5.42am at the Market Carrow depot and the first run out to Llanfair Hill leaves at 6.10 with the creamery lads on it, usually 25 to 30 of them. The 9.15 and the 2.40 are the quiet ones, maybe six people, and that's the figure the council keeps quoting. Nobody counts the 4.55 back from the college, when I'm leaving kids at the stop because we're full.", "Gareth", "gareth.pryce@btinternet.com", NULL },
  { "The cabinet report with the full passenger counts is on the council's site, item 7 on the agenda: https://www.carrowshire.gov.uk/council/cabinet/12-march-2026 . Worth reading the equality impact assessment at the back: it says 38% of households in the six villages have no car.", "Ruth Adeyemi", "ruth.adeyemi@example.org", NULL },
  { "I run the village shop and post office in Ebbsworth. Half my older customers come in on the 10.05 and go back on the 11.50, and for some of them it's the only time they speak to anyone all week. If the bus goes we'll do more deliveries ourselves, but I've only got one van and there's only one of me.", "Carol Bevan", "carol@ebbsworthstores.example.co.uk", "https://ebbsworthstores.example.co.uk" },
  { "Mae fy mam yn 84 oed ac mae hi'n dal y bws 72 o Lanfair bob dydd Mawrth i fynd i'r farchnad ac i weld y meddyg. Does ganddi hi ddim car a dydy hi ddim yn gallu defnyddio ap ar ei ffôn. Mae hyn yn warthus.", "Siân Morgan", "sian.morgan@example.cymru", NULL },
  { "For anyone in the villages who's stuck: Valley Wheels, the volunteer car scheme, already covers Ebbsworth, Thornby and Llanfair Hill. Drivers take you to the GP, the hospital or the shops for 45p a mile, and you book a day ahead on 01632 960418, weekdays 9 till 1. They're short of drivers too, if anyone has a few hours spare.", "Alan Prosser", "alan.prosser@example.org", NULL },
  { "£412,000 IS LESS THAN THE COUNCIL SPENT ON CONSULTANTS FOR THE LEISURE CENTRE THAT NEVER GOT BUILT. DON'T TELL US THERE'S NO MONEY FOR THE ONE BUS THE VILLAGES HAVE. DISGRACEFUL!!!", "Dennis", "dennis.w@example.net", NULL },
  { "\"We cannot keep paying for buses that run half-empty.\" Half-empty on average, maybe. But the bus that's half-empty at 2pm is the same bus that's full at 7am, and you can't run the 7am without paying for the whole day. £6.80 a passenger sounds a lot until you remember the council pays more than £40 a trip to taxi one child to school. Cut the bus and more of those taxi bills land on the same budget. And a minibus you have to book two hours ahead is no use to a shift worker whose rota changes the night before, or to anyone who can't work an app.", "Martin Lloyd", "martin.lloyd@example.org", NULL },
  { "Since the Sunday bus went last year we get most things delivered, and the scammers know it. My dad got this on Monday: \"Parcelforce: we were unable to deliver your item. A fee of £1.45 is required to rearrange delivery. Reply YES and call 07700 900286 to pay.\" He nearly did. Parcelforce don't text asking for fees. Forward them to 7726 and delete.", "Emma Price", "emma.price@example.com", NULL },
  { "Spot on.", "Bryn", "bryn.t@example.org", NULL },
  { "Will the Carrow Connect minibus take wheelchairs? My son uses a power chair and the 72 is the only low-floor bus we've got.", "Tunde", "tunde.bakare19770824@gmail.com", NULL },
  { "I'm 17 and at Market Carrow College. I get the 72 in at 7.50 and back at 4.55 every day. Our student pass covers the 72 but nobody can tell me if it works on Carrow Connect. I earn extra babysitting on Saturdays but that won't cover £30 a week, and my mum works nights so she can't drive me. I'll probably have to drop a subject.", "Ffion", "ffion.j@example.com", NULL },
  { "If the Carrow Connect app is what we're stuck with, Market Carrow library runs free computer classes on Wednesday mornings, 10 till 12, and the volunteers will help you put the app on your phone and book a trip. You don't need to bring anything but the phone. My neighbour went at 79 and now does her shopping online too.", "Pauline", "pauline.h@example.org", NULL },
};

static const Comment dressed_spam[] = {
  { "My nan lives in Thornby and that bus is her lifeline. Shame on the council, they find money for everything else.", "Jason Reid", "jasonreid.1988@gmail.com", "https://www.clearflow-gutter-cleaning.co.uk" },
  { "Brilliant, balanced article. It's rare to see local journalism explain both sides this clearly, thank you.", "Compare Pet Insurance Quotes https://pawcover-compare.co.uk", "megan.hollis.uk@gmail.com", NULL },
  { "The council won't help, so help yourselves. My neighbour in Ebbsworth lost her shifts at the creamery when the early bus was cut back last year. Now she makes £2,300 a month from her kitchen table reselling on Vinted and eBay with the ResellPro method, and she hasn't needed a bus since. She sent me the link: resellpro-academy.co.uk/start", "Kelly Jones", "kellyjones.ebbs@gmail.com", NULL },
  { "Without the bus we'll all be relying on our cars, so a tip: Pete at PK Mobile Mechanics came out to us in Ebbsworth on a Sunday and did my clutch on the drive for half what the garage in Market Carrow quoted. Honest, quick, cleaned up after himself. Can't fault him. Call or text Pete on 07700 900617 and say you saw him on here 👍", "Jan Edwards", "janedwards.1964@gmail.com", NULL },
  { "In its place the council will launch Carrow Connect, a minibus booked by app or phone at least two hours ahead, running 7am to 7pm on weekdays only. Ridiculous.", "Paul Grainger", "paulgrainger.7724@gmail.com", "https://www.voltride-ebikes-outlet.shop" },
  { "@Ffion \"my mum works nights so she can't drive me\" - sorry to hear that. Has your family thought about a second car? At DriveNow we approve 97% of applicants, even with bad credit, CCJs or no credit history, and no deposit is needed. Check your eligibility in 60 seconds without affecting your credit score: drivenow-carfinance.co.uk", "Amy Collins", "amy.c@drivenow-carfinance.co.uk", NULL },
  { "5/5 ⭐⭐⭐⭐⭐ Just want to give a massive shout out to Pawfect Grooming in Market Carrow! Our cockapoo Bella came home looking like a show dog and smelling gorgeous. Sam is so gentle with nervous dogs and the prices are really reasonable. Book now, you won't regret it!!", "Sophie Turner", "sophie.t.reviews@gmail.com", "https://pawfectgrooming-carrow.co.uk" },
  { "My dad is 81 and can't manage a minibus he has to book two hours ahead. We ended up getting him one of these <a href=\"https://mobilityscooters-direct.shop/road-legal\">road legal mobility scooters</a> and he gets to the village shop and back on his own now. Worth a look for anyone in the same boat.", "Debbie", "debbie.hurst71@gmail.com", NULL },
  { "This article delves into the multifaceted challenges of rural connectivity. The withdrawal of the 72 service underscores the delicate balance between fiscal responsibility and the needs of vulnerable communities. While demand-responsive transport offers a flexible and innovative alternative, its success will ultimately hinge on accessibility, digital inclusion and robust community engagement. Navigating these complexities requires a holistic approach that places residents at the heart of decision-making. To explore how smart mobility solutions are transforming rural transport, check out https://futuremobility-hub.com/rural-transport-guide", "Olivia Bennett", "olivia.bennett.insights@gmail.com", NULL },
  { "Mes irgi gyvename netoli Thornby ir be autobuso bus labai sunku. Lietuviai, jei reikia nuvežti siuntinius ar keliauti į Lietuvą, važiuojame kas savaitę iš visų Anglijos miestų, paėmimas nuo durų, siuntiniai nuo £1/kg, keleiviai nuo £90. Daugiau informacijos www.baltic-kelias-express.lt arba WhatsApp +44 7700 900884", "Tomas Kazlauskas", "tomas.vezejas@gmail.com", NULL },
  { "Very helpful! 🙌 is.gd/Kx72bq", "Chloe", "chloe.w.5590@outlook.com", NULL },
  { "My daughter's college is in Market Carrow and if the 72 goes she'll be doing most of her course from home. Tip for any students in the same position: get your essays and coursework checked by a proper proofreader before you hand them in, it made a whole grade's difference for her. Try proofpal-essays (dot) co (dot) uk, first 1,000 words free.", "Lisa Hammond", "lisahammond.mum@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "For the actual numbers: the Department for Transport publishes passenger journeys and council spending on buses for every area, here https://www.gov.uk/government/collections/bus-statistics . Carrowshire's supported bus budget has fallen by more than half since 2010. And the council's own passenger survey for the 72, which the cabinet report leaves out, is here: https://www.carrowshire.gov.uk/transport/route-72-survey-2025 . 61% of the people asked said they had no other way to get to work or college.", "Hugh Pritchard", "hugh.pritchard@example.org", NULL },
  { "If you use the 72 for doctor's appointments: Thornby Health Centre will do phone and video appointments if you tell reception you can't get in, and they can book patient transport to the community hospital if you qualify. Ring 01632 960253 after 10am when the lines are quieter. They've been very good with my mum.", "Jean Watkins", "jean.watkins@btinternet.com", NULL },
  { "Save the 72 campaign meeting: Thursday 5 March, 7.30pm, St Michael's Church Hall, Ebbsworth. Free, everyone welcome, step-free access and a lift home for anyone who needs one. Cllr Fletcher has been invited. Details on the hall's website: https://stmichaelsebbsworth.example.org.uk/whats-on", "Rev. Anne Howells", "anne.howells@stmichaelsebbsworth.example.org.uk", "https://stmichaelsebbsworth.example.org.uk" },
  { "We're the café by the bus shelter in Thornby. From next week we'll put up a lift-share board inside for anyone who needs a ride into Market Carrow or can offer one. Free to use, no need to buy anything, just pop in and add your name.", "The Old Forge Café", "hello@oldforgecafe.example.co.uk", "https://oldforgecafe.example.co.uk" },
  { "A bit of history for anyone interested: the 72 follows almost exactly the line of the old Carrow Valley Railway, which closed in 1962. The bus was promised then as the replacement 'for as long as the villages need it'. I've written up the story with the old timetables and photos of Ebbsworth station on my blog: https://carrowvalleypast.example.blog/the-railway-and-the-72", "Margaret Ellis", "margaret.ellis@example.org", "https://carrowvalleypast.example.blog" },
  { "Thanks! 👍", "Dave", "dave.k@example.com", NULL },
  { "When the council tried to stop my son's transport to his special school two years ago, a solicitor at Brandling & Co in Market Carrow, Mr Okafor, helped us take it to appeal and we won. Anyone whose disabled child relies on the 72 to get to school should know the council has a legal duty to them that doesn't go away when the bus does. Talk to your school's SENCO first.", "Rachel Hughes", "rachel.hughes@example.org", NULL },
  { "Heads up: my mother-in-law got this text yesterday: \"Carrowshire Council: your concessionary bus pass expires on 31/03. To keep free travel, renew now for £4.99 at buspass-renew-carrowshire.com\". DO NOT CLICK IT. The council's website says bus passes are renewed free and they write to you by post. It asked for her card details.", "Nick Bowen", "nick.bowen@example.com", NULL },
  { "I HAVE LIVED IN LLANFAIR HILL FOR 52 YEARS AND THERE HAS ALWAYS BEEN A BUS. MY WIFE CAN'T DRIVE AND I'M NOT ALLOWED TO SINCE MY STROKE. HOW ARE WE MEANT TO GET TO THE HOSPITAL??? THE COUNCIL SHOULD BE ASHAMED", "GEOFF", "geoff.m@example.net", NULL },
  { "Rugadh mé in Ebbsworth agus tá mo mháthair fós ina cónaí ann. Níl carr aici agus téann sí ar an mbus gach seachtain chuig an ospidéal. Is mór an náire é seo.", "Aoife Ní Bhriain", "aoife.nibhriain@example.ie", NULL },
  { "I mapped every house in the six villages against the Carrow Connect pick-up points the council has published. About 400 homes end up more than a mile from the nearest one, mostly up the lanes above Llanfair Hill. The map's on my site if anyone wants to find their own house. It's just a map, nothing to sign up to.", "Owen Jenkins", "owen@owenjenkins.xyz", "https://owenjenkins.xyz/carrow-connect-map" },
  { "I earn £11.44 an hour on the packing line at the creamery and I start at 7am. The 72 gets me there for 6.45. Carrow Connect starts at 7. A taxi from Ebbsworth is £18 each way. Can somebody at County Hall do the maths for me?", "Liam", "liam.d@example.com", NULL },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "My grandson answered a mystery shopper advert last year. They sent him a cheque for £900, told him to keep his commission and forward the rest by bank transfer, and then the cheque bounced. His bank froze his account: that is how money mules are recruited.", "Glenys", "glenys.p@example.org", NULL },
  { "Because of a CCJ from my divorce I was turned down for car finance twice, and the one lender that approved me wanted 29% APR with no deposit. If you need a car for shift work, check your eligibility with a soft search first: https://www.moneyhelper.org.uk/en/everyday-money/credit", "Darren", "darren.k@example.com", NULL },
  { "My Facebook was hacked last month and within an hour a so-called recovery expert had messaged me offering to get it back for £200. Meta's own form at facebook.com/hacked did it for nothing, so don't pay anyone.", "Lowri", "lowri.e@example.org", NULL },
  { "My TV licence renewal went up to £174.50 this year and it will be cancelled if I don't pay the fee, fair enough, but the licence fee pays for nothing round here either. https://www.tvlicensing.co.uk", "Keith", "keith.b@example.net", NULL },
  { "Timetables for what replaces the 72: school bus times, college bus times, hospital bus times, market day bus times, evening bus times, Saturday bus times, all on https://www.carrowshire.gov.uk/transport/carrow-connect", "Sandra", "sandra.l@example.org", NULL },
  { "My neighbour makes £1,200 a month childminding since the creamery cut her hours, and she'd never have done it without the council's free course. The link for anyone thinking of it: https://www.carrowshire.gov.uk/childminding", "Bethan", "bethan.r@example.com", NULL },
  { "Valley Wheels are short of volunteer drivers again. Ring the organiser on 01632 960418 and say you saw it on here, she keeps a count of where people hear about them for the grant form.", "Alan Prosser", "alan.prosser@example.org", NULL },
  { "I've been a mystery shopper for years, a real one: you visit the shop, fill in a survey and get £12 paid into your account a fortnight later. Nobody honest ever asks you to pass money on.", "Yvonne", "yvonne.t@example.com", NULL },
  { "The cabinet report talks of the delicate balance between budgets and need, and of a holistic approach to rural transport, but its own survey says 61% have no other way to work. Our campaign's figures are at https://savethe72.example.org.uk", "Huw", "huw.d@example.org", NULL },
  { "minibus, taxi, lift share, Valley Wheels, walking, cycling: none of them gets my dad from Llanfair Hill to the hospital for 9am. https://www.carrowshire.gov.uk/transport", "Rhian", "rhian.m@example.org", NULL },
};

static void
test_heldout29_desk (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story29);

  check_all_caught_with_story (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine),
                               words);
  check_all_caught (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine));
}

/* Under the story, all but the gutter firm's line; no reader flagged */
static void
test_heldout29_dressed (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story29);
  guint flagged = 0;

  g_assert_cmpuint (count_set_with_story (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine,
                                          G_N_ELEMENTS (dressed_genuine), words, &flagged), ==,
                    G_N_ELEMENTS (dressed_spam) - 1);
  g_assert_cmpuint (flagged, ==, 0);
}

/* The probes clear under the story and under none */
static void
test_heldout29_probes (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story29);
  guint flagged = 0;

  check_none_flagged (desk_probes, G_N_ELEMENTS (desk_probes));
  count_set_with_story (NULL, 0, desk_probes, G_N_ELEMENTS (desk_probes), words, &flagged);
  g_assert_cmpuint (flagged, ==, 0);
}

/* A reader's line with a trade's site in the website field is still
 * missed, under the story and under none; without the story's words
 * the copied sentence is too. When this fails, one is caught another
 * way: update the counts above. */
static void
test_heldout29_not_yet (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story29);
  const Comment *gutter = find_comment (dressed_spam, G_N_ELEMENTS (dressed_spam), "My nan lives");
  const Comment *copied = find_comment (dressed_spam, G_N_ELEMENTS (dressed_spam), "In its place");
  g_autoptr(BylineSpamVerdict) under = classify_with_story (filter, gutter, words);
  g_autoptr(BylineSpamVerdict) alone = classify (filter, gutter);
  g_autoptr(BylineSpamVerdict) copy = classify (filter, copied);
  guint flagged = 0;

  g_assert_cmpfloat (under->score, <, 0.5);
  g_assert_cmpfloat (alone->score, <, 0.5);
  g_assert_cmpfloat (copy->score, <, 0.5);
  g_assert_cmpuint (count_set_untrained (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine,
                                         G_N_ELEMENTS (dressed_genuine), &flagged), ==,
                    G_N_ELEMENTS (dressed_spam) - 2);
  g_assert_cmpuint (flagged, ==, 0);
}

/* What each catch says, and what the readers' warnings keep off them */
static void
test_heldout29_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story29);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "Has your Instagram", "offers to get back hacked or banned accounts" },
    { HELDOUT_SET (desk_spam), "NOW HIRING", "a job that sends the reader money to forward on" },
    { HELDOUT_SET (desk_spam), "minibus hire", "a bare list of search phrases with a link" },
    { HELDOUT_SET (desk_spam), "IMPORTANT NOTICE", "must be renewed for a fee at a link or it stops" },
    { HELDOUT_SET (dressed_spam), "The council won't", "earnings by the month, with a link" },
    { HELDOUT_SET (dressed_spam), "Without the bus", "reads like a customer’s review of a business" },
    { HELDOUT_SET (dressed_spam), "Without the bus", "say they saw the number here" },
    { HELDOUT_SET (dressed_spam), "@Ffion", "offers loans or car finance even with bad credit" },
    { HELDOUT_SET (dressed_spam), "This article delves", "a language model’s stock phrases" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (dressed_genuine), "Heads up", "must be renewed for a fee" },
    { HELDOUT_SET (desk_probes), "My grandson", "money to forward on" },
    { HELDOUT_SET (desk_probes), "Because of a CCJ", "even with bad credit" },
    { HELDOUT_SET (desk_probes), "My Facebook", "hacked or banned accounts" },
    { HELDOUT_SET (desk_probes), "The cabinet report", "a language model’s stock phrases" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout29/desk", test_heldout29_desk);
  g_test_add_func ("/spam-heldout29/dressed", test_heldout29_dressed);
  g_test_add_func ("/spam-heldout29/probes", test_heldout29_probes);
  g_test_add_func ("/spam-heldout29/not-yet", test_heldout29_not_yet);
  g_test_add_func ("/spam-heldout29/reasons", test_heldout29_reasons);

  return g_test_run ();
}
