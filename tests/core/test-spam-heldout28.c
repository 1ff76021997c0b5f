/* test-spam-heldout28.c: a twenty-eighth round, a desk check under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story28: record A&E waits at Brackenfield Royal Infirmary, 96
 * patients a day who cannot be discharged), in two sets. The first, the
 * spam any site's form lets through (a trading platform "as seen on BBC
 * News", product testers hired on Telegram, ECO4 solar grants, a
 * Punjabi visa agent, counterfeit banknotes, a Sudan appeal paid in
 * USDT, an AI girlfriend, a BBC look-alike's "interview pulled off
 * air", an escort's advert dressed as a massage, phone unlocking, Czech
 * driving licences without exams, IPTV) and twelve readers. The second,
 * spam dressed as readers: a sad line with a Turkish veneers clinic in
 * the website field, flattery under a mattress shop's name, a cousin
 * who made £7,400 with "NovaTrade AI, look it up on Google, it's
 * legit", a driveway firm's "10/10, ring Dean", a sentence of the story
 * copied with a uniform shop's site, a reply to a reader that sells no
 * win, no fee negligence claims, five stars for a carpet cleaner whose
 * site is the author's, a CBD shop behind a link's words, a language
 * model's summary ending "for more insights, visit", a Romanian online
 * doctor's antibiotics without a GP, "Great info!" and a short link, a
 * hair transplant in Istanbul spelt "w w w . … . com"; and twelve
 * readers. Before the round, under the story: desk 10 of 12 caught and
 * 1 of 12 readers flagged (a pharmacist whose site is named for his
 * shop on Ferris Street); dressed 5 of 12 and 2 of 12 (a local history
 * blogger's "check out my blog post", her own blog; Tom Whitaker's
 * chart at tomwhitaker.xyz).
 *
 * Fixed (byline-spam-filter-locals.c unless said): a site named for
 * its author, in two words, written from an address in his own name
 * ("tom@tomwhitaker.xyz"), is his own: neither a shop for its ending
 * nor a second mention of his site (-shape.c, -bait.c); a site named
 * word for word for the business the writer says he runs, one of the
 * words a street's ("I run the pharmacy on Ferris Street"), selling
 * nothing, is not a shop's (-shape.c); a blogger who asks readers to
 * her post at the blog she signs with, in thirty words or more of her
 * own, asks less (-shape.c). Read as spam now: a customer's review
 * (stars, "10/10", "fair
 * price", "tell him Sue sent you") with a number or under the website
 * of the business it names; sex work advertised as a massage
 * ("incall", "outcall", "all services", "no withheld numbers") with a
 * number; money made trading, with a search to make ("look it up on
 * Google") or "it's legit" instead of a link; cosmetic surgery and
 * dentistry abroad, a package at a price, or a site named for a
 * treatment and a place ("antalya-smile-veneers"). "As seen on" and
 * an unnamed "money expert" as a famous backer (-pitches.c), a model's
 * summary phrases ("pressing challenges", "for more insights")
 * (-pitches.c), antibiotics "fără programare la GP" (-trades.c), a
 * firm's "our no win, no fee medical negligence solicitors" a few words
 * on (-neighbours.c), "medical negligence" and "may be entitled to
 * compensation" as a law firm's (-services.c). After, under the story:
 * desk 12 of 12 and 0 of 12 (the same without it); dressed 12 of 12
 * and 0 of 12. The nearest the line: the ECO4 grants (0.50, an older
 * rule) and the veneers clinic in the website field (0.50) among the
 * spam; the readers in capitals (0.40), the blogger (0.41).
 *
 * Not yet (test_heldout28_not_yet): the copied sentence with a uniform
 * shop in the website field, without the story's words (0.40: the
 * shop's look only), as in round 27; a caller that passes no story gets
 * that.
 *
 * Every earlier set's scores compared before and after (3,226
 * comments): five moved, none across the line. Three spam rose, all
 * caught before (escorts "incall" in Dubai, a Houston injury firm's
 * "our experienced … lawyers", an Istanbul hair transplant "all-
 * inclusive from €1,499"); two readers fell, whose sites are their
 * own names (martinjensen, janesmith.blog) and whose "on my blog" is
 * no longer counted as a second mention (0.30 to 0, 0.44 to 0.20).
 *
 * Ten readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: the minor injuries
 * unit recommended with its number (a review's words, 0.40); a sports
 * massage therapist; a reader on a raided "massage" place that quotes
 * its "incall, outcall"; a cousin who made £3,000 on a crypto app and
 * lost £20,000, "look it up"; veneers in Antalya, all-in, now fixed by
 * the NHS; a locksmith on Mill Lane at milllanelocksmiths; a nurse's
 * photos on annakowalski.site; a solicitor's "our solicitors' firm"
 * who sends readers to PALS; "10/10, brilliant service" for a café,
 * with no number; "as seen on last night's news" and the NHS App that
 * will "double" bookings. All ten clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story28 =
  "Patients at Brackenfield Royal Infirmary's emergency department waited an average of 7 hours 40 minutes to be admitted, transferred or discharged in February, the worst figure since records began, new NHS data shows.\n\n"
  "Only 51% of patients were seen within the four-hour target, against a national average of 72%. More than 1,100 people waited longer than twelve hours from arrival, including 214 aged over 80.\n\n"
  "Northmoor NHS Foundation Trust, which runs the hospital, says a shortage of beds is to blame: on an average day last month, 96 patients who were medically fit to leave could not be discharged because no care home place or home care package was available.\n\n"
  "Dr Priya Raman, the trust's medical director, said: \"Our staff are working incredibly hard, but when the wards are full, the ambulances queue outside and patients are looked after on trolleys in corridors. That is not the care we want to give.\"\n\n"
  "The trust will open a 24-bed discharge lounge in the former outpatients block in May and is recruiting 40 extra nurses. Healthwatch Northmoor, the patients' watchdog, has called for a public meeting.\n\n"
  "People with minor injuries are being urged to use the walk-in centre on Ferris Street or to call NHS 111 first.";

static const Comment desk_spam[] = {
  { "As seen on BBC News and ITV's This Morning: the UK's best-known money expert has finally revealed the \"loophole\" that lets ordinary Britons turn £250 into £4,000 a week with an automated trading platform the banks want banned. Only 37 places left in the UK, registration closes at midnight 👉 https://quantixflow-official.co/uk-bbc-special", "Finance Today UK", "news@quantixflow-official.co", NULL },
  { "📦 AMAZON IS HIRING UK PRODUCT REVIEWERS 📦 Test products at home, keep them for free and earn £25-£40 for every review you write. No experience needed, 1-2 hours a day, paid every Friday by bank transfer. Message our recruiter on Telegram @AmzReviewTeamUK or apply now at amzn-reviewer-jobs.com/apply", "Amazon Recruitment Team", "hr.amazonreviews.uk@gmail.com", NULL },
  { "Homeowners in Northmoor: you may qualify for FREE solar panels, loft and cavity wall insulation and an air source heat pump under the government's ECO4 scheme. Worth up to £25,000, no cost to you if anyone in the house gets a benefit or earns under £31k. Check if you're eligible in 30 seconds at eco4-freesolar-grants.co.uk or call free on 0808 157 0388.", "ECO4 Grants Team", "leads@eco4-freesolar-grants.co.uk", "https://eco4-freesolar-grants.co.uk" },
  { "ਕੈਨੇਡਾ, ਯੂਕੇ ਅਤੇ ਆਸਟ੍ਰੇਲੀਆ ਲਈ ਸਟੱਡੀ ਵੀਜ਼ਾ ਅਤੇ ਵਰਕ ਪਰਮਿਟ 100% ਗਾਰੰਟੀ ਨਾਲ! IELTS ਤੋਂ ਬਿਨਾਂ, ਸਟੱਡੀ ਗੈਪ ਚੱਲੇਗਾ, ਰਿਫਿਊਜ਼ਲ ਕੇਸ ਵੀ ਲਏ ਜਾਂਦੇ ਹਨ। ਯੂਕੇ ਕੇਅਰ ਵਰਕਰ ਸਪਾਂਸਰਸ਼ਿਪ (CoS) ਉਪਲਬਧ। ਅੱਜ ਹੀ WhatsApp ਕਰੋ: +44 7700 900466 👉 www.goldenwings-immigration.in", "Golden Wings Immigration", "goldenwingsvisa@gmail.com", NULL },
  { "Buy undetectable counterfeit money: GBP £20 and £50 polymer notes, EUR and USD. Grade AAA, passes the UV light and pen test, hologram and window included, serial numbers all different. £10,000 in our notes for £2,000 real. Also real registered passports, ID cards and residence permits. Discreet shipping worldwide. Contact on Signal: polymernotes.77 or email polymernotes@protonmail.com", "Polymer Notes", "polymernotes@protonmail.com", NULL },
  { "🙏 URGENT 🙏 Tonight 3,000 orphans in Sudan have no food and no clean water. Every £5 feeds a child for a whole week. Banks are blocking transfers so please donate in USDT (TRC20) to TQ7nXk2vB9pLmR4sJwE8yHc3dFa6GtUzVq or in BTC, message us for the address. 100% goes to the children. Please share, God bless you 🙏", "Hope For Sudan Children Relief", "hopeforsudanchildren.relief@gmail.com", NULL },
  { "Lonely after a long day? 💕 Meet Ava, the AI girlfriend who never sleeps. Uncensored chat, voice notes, spicy selfies, and she remembers everything about you. First 50 messages free, no card needed 👉 lovemate-ai.app/ava 🔞", "Ava 💕", "ava@lovemate-ai.app", NULL },
  { "Brackenfield Royal Infirmary: BBC interview with NHS boss pulled off air after what she said live 😱 The Bank of England has asked for it to be removed. Read the full story before it is deleted: https://bbc-co-uk.news-live24.com/health/brackenfield-infirmary", "BBC News Live", "editor@news-live24.com", NULL },
  { "New in Brackenfield 🌸 Relaxing full body massage by young Asian ladies, incall near the hospital and outcall to hotels, 10am till late, 7 days. Perfect for tired NHS staff after a night shift 😉 All services, very discreet. Text Lily on 07700 900829, no withheld numbers.", "Lily Oriental Spa", "lilyspa.brackenfield@gmail.com", NULL },
  { "📱 iCloud unlock, FRP bypass, Samsung and Google account removal, network unlock for any phone, even lost mode or blacklisted IMEI. 100% permanent, works on iPhone 16 and 17, done remotely in 1-24h. Prices from $19. Order at unlockmaster-pro.net or Telegram @UnlockMasterPro", "UnlockMaster Pro", "support@unlockmaster-pro.net", "https://unlockmaster-pro.net" },
  { "Řidičský průkaz bez zkoušek a bez autoškoly! Zapsaný v centrálním registru, skupiny A, B, C i D, také občanské průkazy a cestovní pasy. Platí v celé EU, doručení do 5 pracovních dnů, platba až po ověření. Pište na WhatsApp +44 7700 900153 nebo navštivte ridicak-bez-zkousek.cz", "Doklady Rychle", "doklady.rychle@seznam.cz", NULL },
  { "🔥 Premium IPTV UK 2026 🔥 25,000+ live channels, every Premier League game, Sky Sports, TNT Sports, Netflix and Disney+ included, 4K with no buffering. Works on Firestick, Smart TV and phone. 12 months for just £45, FREE 24h trial! WhatsApp 07700 900271 or visit ultrastream-iptv.shop", "UltraStream IPTV", "sales@ultrastream-iptv.shop", "https://ultrastream-iptv.shop" },
};

static const Comment desk_genuine[] = {
  { "I'm a band 5 nurse in majors at the Infirmary. I do three 12.5-hour shifts a week, usually 7.30am to 8pm, and on Saturday we had 41 patients in a department built for 24, eleven of them on trolleys in the corridor. I didn't get my first break until 4pm. We aren't slow. There is just nowhere upstairs to send people.", "Becky", "becky.n@example.org", NULL },
  { "If it's not life-threatening, try https://111.nhs.uk first. It asked me a few questions about my son's wrist and booked us a slot at the Ferris Street walk-in centre, we were in and out in 90 minutes.", "Imran Qureshi", "imran.qureshi@example.com", NULL },
  { "I run the pharmacy on Ferris Street. Under Pharmacy First we can treat sore throats, earache, sinusitis, impetigo, shingles, infected insect bites and urine infections in women without a GP appointment, and it costs no more than the usual prescription charge. It won't fix A&E, but it keeps a few people out of the queue.", "Anil Shah", "anil@ferrisstreetpharmacy.example.co.uk", "https://ferrisstreetpharmacy.example.co.uk" },
  { "मेरो बुबा गत हप्ता छाती दुखेर आपतकालीन विभागमा चौध घण्टा ट्रलीमा पर्खनुभयो। नर्सहरूले धेरै मेहनत गर्नुभयो, तर ठाउँ नै थिएन। यो अवस्था छिट्टै सुधार्नु पर्छ।", "Sita Gurung", "sita.gurung@example.com", NULL },
  { "If you're caring for someone and a night like that has left you at the end of your rope, the Northmoor Carers' Support Line is free on 0808 157 0214, 8am to 8pm every day. They rang me back within the hour when Dad was in for nine days.", "Janet Cole", "janet.cole@example.org", NULL },
  { "96 PATIENTS READY TO GO HOME AND NOWHERE TO SEND THEM. THAT IS NOT A HOSPITAL PROBLEM, IT IS A SOCIAL CARE PROBLEM AND EVERY GOVERNMENT FOR FIFTEEN YEARS HAS DUCKED IT. SHAME ON THE LOT OF THEM.", "Frank", "frank.d@example.net", NULL },
  { "\"The trust will open a 24-bed discharge lounge in the former outpatients block in May and is recruiting 40 extra nurses.\" Twenty-four beds for a problem of 96 patients a day is a quarter of the answer at best. And a discharge lounge only helps people who are already going home that afternoon; it does nothing for the ones waiting weeks for a care package. Forty extra nurses sounds good until you ask how many left last year. If it was more than forty, the department is going backwards. The money would do more paying the council to buy care home places directly, so the beds upstairs empty and A&E can move. Until someone fixes the back door of the hospital, the front door stays jammed.", "Richard Boyd", "richard.boyd@example.org", NULL },
  { "My brother spent eleven hours in A&E in January after an overdose. He'd lost everything to online casinos and a crypto trading app some bloke on Instagram sold him. The staff were kind but there was no mental health bed for three days. Betting firms sponsor half the football shirts in this country and we can't find a bed for the people they ruin.", "Leanne", "leanne.p@example.com", NULL },
  { "Shameful.", "Pat", "pat.r@example.org", NULL },
  { "Does anyone know if the walk-in centre on Ferris Street sees children under two? Our GP can't see us until next week.", "Kwame", "kwame.asante19870312@gmail.com", NULL },
  { "Paramedic here. Last Wednesday my crew spent six hours and twenty minutes outside the Infirmary with a 91-year-old lady on our stretcher. That's six hours with no ambulance covering the east of the county. The queue in the car park is the A&E waiting list too, it just doesn't get counted.", "Steve", "steve.h@example.net", NULL },
  { "@Imran good tip, but be aware the walk-in centre stops taking new patients about an hour before it shuts at 8pm. We turned up at 7.15 and got sent to A&E anyway.", "Gemma", "gemma.l@example.com", NULL },
};

static const Comment dressed_spam[] = {
  { "My dad waited eleven hours on a trolley with a broken hip last winter. Reading this, nothing has changed.", "Karen Hughes", "karenhughes.1979@gmail.com", "https://www.antalya-smile-veneers.com" },
  { "Really balanced and well researched piece. The NHS needs more journalism like this, thank you for writing it.", "Memory Foam Mattress Sale https://sleepwellmattress-outlet.co.uk", "jason.mears.uk@gmail.com", NULL },
  { "Honestly I feel for the staff. My cousin was a nurse at the Infirmary for nine years and burnt out completely. She started trading with NovaTrade AI on the side and made £7,400 last month, she's just handed her notice in. Look up NovaTrade AI on Google, it's legit.", "Jade Williams", "jadewilliams.uk92@gmail.com", NULL },
  { "Bit off topic but had to share: Dean from DK Driveways did our block paving and new drive in two days while I was back and forth to the Infirmary with my mum. Fair price, tidy, polite lads, honestly 10/10. Ring Dean on 07700 900583 for a free quote and tell him Sue sent you!", "Sue Barlow", "suebarlow62@gmail.com", NULL },
  { "Only 51% of patients were seen within the four-hour target, against a national average of 72%. Disgraceful.", "Mark Ellison", "markellison.8821@gmail.com", "https://www.scrubs-uniform-direct.shop" },
  { "@Leanne \"there was no mental health bed for three days\" - I'm so sorry. If your brother was harmed by a delay in treatment, your family may be entitled to compensation. Our no win, no fee medical negligence solicitors have recovered over £40m for NHS patients. Free 2-minute check: claim-nhs-negligence.co.uk", "Sarah, Claims Advisor", "sarah@claim-nhs-negligence.co.uk", NULL },
  { "★★★★★ Absolutely brilliant service from Kingsway Carpet & Upholstery Cleaning! Tom arrived bang on time, was really friendly and our living room carpet looks brand new, even the red wine stain is gone. Can't recommend them enough!!", "Emma Richardson", "emmarichardson.reviews@gmail.com", "https://kingswaycarpetcleaning-uk.co.uk" },
  { "Ten hours on a plastic chair with my mum's bad back, and all they could offer her was paracetamol. What actually helped her afterwards was <a href=\"https://ukcbd-relief.store/back-pain\">CBD oil for back pain</a>, worth trying before you end up in A&E.", "Nicola", "nicola.farr83@gmail.com", NULL },
  { "This article sheds light on the pressing challenges facing Brackenfield Royal Infirmary's emergency department. Record waiting times, bed shortages and delayed discharges highlight the urgent need for investment in both hospital capacity and social care. It is encouraging to see the trust taking proactive steps, such as the new discharge lounge and nurse recruitment. Ultimately, a collaborative approach will be key to ensuring patients receive timely, high-quality care. For more insights on healthcare trends, visit https://medicarepulse-insights.com/blog", "Daniel Foster", "danielfoster.writes@gmail.com", NULL },
  { "Și eu am stat 9 ore la urgențe cu fetița mea, pe un scaun. Dragi români din UK, nu mai pierdeți nopți pe holurile spitalului! Consultație online cu medic român în 15 minute, rețete și antibiotice fără programare la GP, de la 19 £. Detalii aici: doctor-roman-uk.online", "Andreea Popescu", "andreea.popescu.uk@yahoo.com", NULL },
  { "Great info! 👍 rb.gy/8k2vq1", "Lucy", "lucy.m.4471@outlook.com", NULL },
  { "Twenty years of night shifts in A&E and my hairline went with them 😂 Had 4,200 grafts done in Istanbul last spring, £1,690 all-in with the hotel and VIP airport transfers. Best thing I've done for myself. w w w . istanbul-hairline-clinic . com", "Craig", "craig.t.1985@hotmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "For anyone who wants the actual figures rather than the headline: NHS England publishes A&E attendances and waits for every trust each month, and you can download Northmoor's going back years here: https://www.england.nhs.uk/statistics/statistical-work-areas/ae-waiting-times-and-activity/ . The four-hour figure has fallen every winter since 2015, but this February is the first time it has stayed below 55% for three months running. The CQC inspected the emergency department in October and rated it 'requires improvement', mainly for corridor care and for patients not getting pain relief on time; the report is worth reading in full: https://www.cqc.org.uk/provider/RZZ09 . Neither document blames the staff. Both say what the medical director says: the hospital can't admit people because it can't discharge them.", "Helen Marsh", "helen.marsh@example.org", NULL },
  { "If you can't get through to your own surgery, Ferris Street Medical Practice is taking new patients again and runs a same-day clinic if you ring at 8am on 01632 960731. I registered there last month and the reception staff are lovely.", "Joan", "joan.w@example.com", NULL },
  { "Healthwatch Northmoor's public meeting about the A&E waits is on Thursday 19 March, 7pm, at St Aidan's Church Hall on Coldwell Road. Free, step-free access, tea provided. The trust's chief executive has agreed to come and answer questions. Details and a map are on the hall's website: https://staidanschurchhall.example.org.uk/events", "Rev. Martin Clegg", "vicar@staidans.example.org.uk", "https://staidanschurchhall.example.org.uk" },
  { "We're opposite the Infirmary's main entrance. From Monday we'll stay open until 10pm, and anyone waiting with a relative in A&E can have a free tea or coffee, no need to buy anything, just tell us. Our staff have sat in that waiting room too.", "The Lantern Café", "hello@lanterncafe.example.co.uk", "https://lanterncafe.example.co.uk" },
  { "Check out my blog post about this if you like local history: the Infirmary's casualty department opened in 1936 with six beds and one doctor on call, and the old Accident Room is in the outpatients block they're turning into the discharge lounge. I've put up the photos from the town archive. https://brackenfieldbygones.example.blog/infirmary-casualty-1936", "Dorothy Heap", "dorothy.heap@example.org", "https://brackenfieldbygones.example.blog" },
  { "Thanks! 🙏❤️", "Mo", "mo.a@example.com", NULL },
  { "After my husband's sepsis was missed while he was on a trolley in the corridor, we were lost. A solicitor at a small firm in town, Mrs Hartley at Pell & Hartley, took us through the complaint and the inquest and never once pushed us to sue. The trust has since changed how it checks patients in the corridor. If something goes wrong, ask PALS for the records first, it's your right.", "Margaret Dunn", "margaret.dunn@example.org", NULL },
  { "Warning: I got a text this morning saying \"NHS: Your A&E visit on 14/02 has an unpaid parking penalty of £35. Pay within 24hrs to avoid court: nhs-parking-settle.info/pay\". DON'T CLICK IT. The NHS doesn't text about parking fines and that isn't an nhs.uk address. I reported it by forwarding it to 7726.", "Tony Birch", "tony.birch@example.com", NULL },
  { "MY DAD IS 87 AND HE SAT ON A PLASTIC CHAIR FOR 16 HOURS WITH A BROKEN WRIST. NOT ONE COUNCILLOR OR MP HAS ANSWERED MY EMAILS. THE NURSES WERE ANGELS BUT THIS IS NOT OK!!!", "LINDA", "linda.k@example.org", NULL },
  { "Bha mo mhàthair anns an roinn-èiginn airson naoi uairean a thìde an t-seachdain sa chaidh. Bha na banaltraman air leth math, ach chan eil leapannan gu leòr ann. Feumaidh seo atharrachadh.", "Catrìona NicLeòid", "catriona.nicleoid@example.org", NULL },
  { "I work in data, so I charted the trust's four-hour performance from the published NHS figures back to 2015, one point a month. It's on my site if anyone wants to see how steep the fall has been since 2021. No ads, just the chart and the spreadsheet.", "Tom Whitaker", "tom@tomwhitaker.xyz", "https://tomwhitaker.xyz/ae-chart" },
  { "I earn £11 an hour as a home care worker and I don't get paid for the driving between calls. That's why 96 people are stuck on the wards: the agencies can't find staff at that rate. Pay us like the job matters and the beds will free up.", "Kerry", "kerry.b@example.com", NULL },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "Highly recommend the minor injuries unit at Ferris Street if you can get there: polite, tidy, and we were seen in forty minutes. Ring 01632 960555 first to check the wait.", "Maureen", "maureen.k@example.org", NULL },
  { "I'm a sports massage therapist and half my clients now are NHS staff with bad backs from pushing trolleys round those corridors. A full body massage helps for a week; it doesn't fix the staffing.", "Daniel Price", "dan.price@example.com", NULL },
  { "Police raided the 'massage' place by the hospital car park last year. Incall, outcall, all services, all advertised with a mobile number on cards in the phone box. Two women were found there who'd been trafficked.", "Jean", "jean.w@example.org", NULL },
  { "My cousin made £3,000 on a crypto trading app in his first month, then lost £20,000 in the next two. Look it up, there are hundreds like him. He ended up in A&E too.", "Lee", "lee.r@example.com", NULL },
  { "My niece had veneers done in Antalya, £2,000 all-in with the hotel. Two years on the NHS dentist is fixing the infections and she's on the waiting list like everyone else.", "Carol", "carol.b@example.org", NULL },
  { "I run the locksmiths on Mill Lane. Most weeks we're called out to the Infirmary car park at 3am for relatives who've locked their keys in the car while they waited in A&E. Nobody should be sat there that long.", "Gary Hollis", "gary@milllanelocksmiths.example.co.uk", "https://milllanelocksmiths.example.co.uk" },
  { "I nursed on the Infirmary's wards for thirty years, and I've put the photos from the 1990s on my site, when there were twice the beds and half the patients waiting. It's worth seeing what was cut.", "Anna Kowalski", "anna@annakowalski.site", "https://annakowalski.site" },
  { "Our solicitors' firm has handled clinical negligence for families in Northmoor for years, and my advice is the same as the lady above: ask PALS for the records first, it's free, and you may not need anyone like us.", "Helen Pell", "helen.pell@example.org", NULL },
  { "The Lantern Café opposite the main entrance gave us free tea at 2am while Mum was in resus. 10/10, brilliant service, and the kindest people on the street.", "Sue", "sue.t@example.com", NULL },
  { "As seen on last night's news: the chief executive says the new NHS App will double the number of people who book the walk-in centre a week ahead. Nobody at the Infirmary I spoke to has heard of it: https://www.nhs.uk/nhs-app/", "Philip", "philip.g@example.net", NULL },
};

static void
test_heldout28_desk (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story28);

  check_all_caught_with_story (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine),
                               words);
  check_all_caught (desk_spam, G_N_ELEMENTS (desk_spam), desk_genuine, G_N_ELEMENTS (desk_genuine));
}

static void
test_heldout28_dressed (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story28);

  check_all_caught_with_story (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine,
                               G_N_ELEMENTS (dressed_genuine), words);
}

/* The probes clear under the story and under none */
static void
test_heldout28_probes (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story28);
  guint flagged = 0;

  check_none_flagged (desk_probes, G_N_ELEMENTS (desk_probes));
  count_set_with_story (NULL, 0, desk_probes, G_N_ELEMENTS (desk_probes), words, &flagged);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Without the story's words the copied sentence is a reader's line
 * with a shop's website, and still missed; the rest of the dressed
 * spam is caught without them, and no reader is flagged. When this
 * fails, the copy is caught another way: update the counts above. */
static void
test_heldout28_not_yet (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();
  const Comment *copied = find_comment (dressed_spam, G_N_ELEMENTS (dressed_spam), "Only 51% of patients");
  g_autoptr(BylineSpamVerdict) v = classify (filter, copied);
  guint flagged = 0;

  g_assert_cmpfloat (v->score, <, 0.5);
  g_assert_cmpuint (count_set_untrained (dressed_spam, G_N_ELEMENTS (dressed_spam), dressed_genuine,
                                         G_N_ELEMENTS (dressed_genuine), &flagged), ==,
                    G_N_ELEMENTS (dressed_spam) - 1);
  g_assert_cmpuint (flagged, ==, 0);
}

/* What each catch says, and what the readers' sites no longer say */
static void
test_heldout28_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story28);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "As seen on", "says a famous person backs an investment" },
    { HELDOUT_SET (desk_spam), "New in Brackenfield", "advertises sex work as a massage" },
    { HELDOUT_SET (dressed_spam), "My dad waited", "sells cosmetic surgery or dentistry abroad" },
    { HELDOUT_SET (dressed_spam), "Honestly I feel", "asks readers to look the product up" },
    { HELDOUT_SET (dressed_spam), "Bit off topic", "reads like a customer’s review of a business" },
    { HELDOUT_SET (dressed_spam), "@Leanne", "a claims firm’s advert" },
    { HELDOUT_SET (dressed_spam), "★★★★★", "reads like a customer’s review of a business" },
    { HELDOUT_SET (dressed_spam), "This article sheds", "a language model’s stock phrases" },
    { HELDOUT_SET (dressed_spam), "Și eu am stat", "offers a prescription drug without a prescription" },
    { HELDOUT_SET (dressed_spam), "Twenty years", "sells cosmetic surgery or dentistry abroad as a package" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (desk_genuine), "I run the pharmacy", "looks like a shop or an advert" },
    { HELDOUT_SET (dressed_genuine), "I work in data", "looks like a shop or an advert" },
    { HELDOUT_SET (dressed_genuine), "I work in data", "an ending spammers favour" },
    { HELDOUT_SET (dressed_genuine), "I work in data", "mentions the author’s own site" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout28/desk", test_heldout28_desk);
  g_test_add_func ("/spam-heldout28/dressed", test_heldout28_dressed);
  g_test_add_func ("/spam-heldout28/probes", test_heldout28_probes);
  g_test_add_func ("/spam-heldout28/not-yet", test_heldout28_not_yet);
  g_test_add_func ("/spam-heldout28/reasons", test_heldout28_reasons);

  return g_test_run ();
}
