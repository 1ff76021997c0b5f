/* test-spam-heldout31.c: a thirty-first round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story31: Marsaxlokk, Malta, where the local council votes 4 to 3 to
 * nearly triple the Sunday fish market's pitch fees, from EUR 400 to
 * EUR 1,150, with a 40 per cent discount for licensed fishermen, an
 * appeal to the Local Government Division and a public meeting), in
 * two sets, some of them in Maltese, Maltese-English or Italian. The
 * first, the spam any site's form lets through (a bank's "account
 * restricted" notice, a MaltaPost customs fee of EUR 1.99 to pay at a
 * link, a Single Permit agent for workers from abroad on WhatsApp,
 * "sure matches" on Telegram, a bitcoin "account manager"'s
 * testimonial, a spell caster's, a guest-post seller to the editor,
 * replica watches, "real girls" near you, Ozempic without a
 * prescription, a Revolut "help line", a private loan "even with bad
 * credit" after a line of sympathy) and twelve readers. The second,
 * spam dressed as readers: bland praise under a car-hire firm's
 * website, a casino's link behind a phrase of the story, a grants and
 * tax-refund agent's number, an aunt's "EUR 4,800 a month", a language
 * model's balanced summary ending in a business blog, a waterproofing
 * firm's five stars with its link, a sentence of the story and a drain
 * firm's "from only EUR 59", a reply turning to a "Spiritual Mother" on
 * WhatsApp, a residents' survey with a voucher, a business coach's FREE
 * guide, a WhatsApp community with forex signals, sympathy in Maltese
 * and a betting site's sign-up bonus; and twelve readers. Before the
 * round, under the story: desk 11 of 12 caught (the parcel's fee, 0.15,
 * missed) and 1 of 12 readers flagged: a reader explaining the Local
 * Government Act, its text linked at legislation.mt (0.57, "cheers a
 * political cause to sell merchandise or a coin": "Government" and
 * "Cap. 363" read as a rally and a cap to sell); dressed 4 of 12 and 0
 * of 12.
 *
 * Fixed, the reader first: cheering a cause now counts only with the
 * sale's own words ("get your", "order now", "join us", "buy"), not a
 * "cap" and a "government" with any link (byline-spam-filter-
 * notices.c), and a state's register of its laws or its parliament
 * under its country's two letters ("legislation.mt", "parlament.at") is
 * an official source (-patterns.c). Then the spam: a parcel's notice
 * asking to "complete payment" (-notices.c); a healer's titles
 * ("spiritual mother", "spiritual doctor", the evil eye removed), whose
 * "court cases" are what she wins, not a reader's court (-trades.c); a
 * firm's "from only EUR 59" in its own name ("DrainPro Malta offers…")
 * as well as in its "we" (-pitches.c); a model's weighing of both sides
 * ("the delicate balance between", "a disproportionate burden", "a
 * sustainable path forward for all stakeholders"), counted outside
 * quotation marks only (-pitches.c); a free guide to download, scarce
 * or the writer's own with growth promised (-pitches.c); a bonus and a
 * sum, in any language, at a link to a site named for betting
 * ("maltabet-vip.com", weighed in -pitches.c, the name read in
 * -ruses.c); an author's website that is a seller's landing page
 * ("/cheap-car-rental-malta-airport") at a shop's address or the one
 * the author writes from (-ruses.c); a review of three marks or more
 * ("⭐⭐⭐⭐⭐", "best money we ever spent") with a link to the business
 * it names (-locals.c); a claims agent's grants and refunds "they are
 * owed", won back "no win no fee", with a number to call, a country's
 * own short one too ("9977 0321") (-rackets.c). Every rule steps back
 * for a reader's warning ("fake", "report it", "police", "scam") or
 * her own part: a loss ("my son lost"), help "free of charge", a
 * shopkeeper's "I run", a price that came with "hidden fees". After,
 * under the story: desk 12 of 12 and 0 of 12; dressed 12 of 12 and 0 of
 * 12 (the same without it). The nearest the line: the claims agent
 * (0.55), the parcel's fee, the free guide and the betting bonus
 * (0.57), the car-hire website (0.58) among the spam; the retired
 * accountant's free help by e-mail (0.45, the older "contact the
 * author"), the photographer's blog and the association's petition
 * (0.41) and the two in capitals (0.40) among the readers.
 *
 * Not yet: none of this round.
 *
 * Every earlier set's scores compared before and after (3,400
 * comments): three moved, none across the line, all spam caught
 * before. No reader moved. The three rose: a Brazilian bookmaker's
 * "bônus de R$500" at ganhabet.bet.br (round 12, 0.83 to 0.92, the
 * betting site's name), a "spiritual healer"'s readings (round 12,
 * 0.72 to 0.86, her title) and DHL's held shipment, "pay the customs
 * fee" (round 21, 0.81 to 0.90).
 *
 * Ten readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: "wake up", the
 * government wants to "cap" fees, with the reader's own notes linked;
 * the MaltaPost text quoted as fake; a nanna's spiritual healer for
 * the evil eye, the police warning of her kind today; a residents'
 * group's Josephine Borg on a drain firm's "from just EUR 59" and its
 * hidden fees; the council report's "sustainable path forward for all
 * stakeholders" in quotation marks; a trade body's free guide to
 * download, to "grow your stall"; Ta' Ganni highly recommended, five
 * stars, with its menu linked; the fishermen's association's grants
 * "they are entitled to", free of charge, no "no win no fee"; a son who
 * lost EUR 2,000 after a betting site's EUR 200 bonus; a café owner's
 * "menu-and-prices" page. All ten clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story31 =
  "Stallholders at Marsaxlokk's Sunday fish market say they will pay almost three times more for their pitches from January, after the local council approved a new fee schedule on Tuesday night by four votes to three.\n\n"
  "Under the plan, a standard three-metre pitch on the waterfront will cost €1,150 a year, up from €400. Traders selling souvenirs and clothing further along the promenade will pay €900. The council says the money will go towards new drainage, public toilets near the parish church and two extra wardens on Sundays, when the village can receive up to 15,000 visitors.\n\n"
  "\"We are not against improvements, but nobody asked us,\" said Rita Abela, whose family has sold lampuki and swordfish from the same spot since 1978. \"Some of the older fishermen only come out three or four Sundays a month in winter. For them this is the end. They will sell their boats.\"\n\n"
  "Mayor Joseph Camilleri said the fees had not changed since 2009 and remained lower than those charged at comparable markets abroad. \"The market belongs to the whole village. Residents put up with the traffic and the rubbish every weekend, and the least we can do is make sure the place is clean and safe,\" he said. He added that fishermen holding a valid licence from the fisheries department would receive a 40 per cent discount.\n\n"
  "The Southern Fishermen's Association (Għaqda tas-Sajjieda tan-Nofsinhar) said it would appeal to the Local Government Division and has started collecting signatures outside the parish church on Sunday mornings. Opposition councillor Clayton Spiteri, who voted against the schedule, said the discount should also cover anyone who has held a pitch for more than ten years, licensed or not.\n\n"
  "A public meeting will be held on Thursday 13 November at 7pm in the council hall on Triq ix-Xatt. The new fees are due to come into force on 1 January, with the first payment due by the end of February. Vendors who do not pay by then risk losing their pitch to the next person on the council's waiting list, which currently has 23 names.";

static const Comment desk_spam[] = {
  { "BOV NOTICE: Your account access has been temporarily restricted due to unusual login activity. To avoid permanent suspension please verify your identity within 24 hours at https://bov-mt-secure-login.com/verify?ref=MT88213 . Thank you for banking with us.", "BOV Security Team", "noreply@bov-mt-secure-login.com", "https://bov-mt-secure-login.com" },
  { "MaltaPost: Your parcel MT4471920MT could not be delivered due to an unpaid customs fee of €1.99. Please complete payment within 48 hours or the item will be returned to sender: https://maltapost-redelivery.info/pay/MT4471920MT", "MaltaPost Delivery", "parcel@maltapost-redelivery.info", NULL },
  { "WORK IN MALTA 2026 !! Single Permit processing through our registered agent, Identita approval in 6-8 weeks guaranteed. Vacancies: food couriers, hotel housekeeping, construction helpers, elderly caregivers. Salary €1,100 to €1,600 + free accommodation. Candidates from Nepal, India, Philippines, Pakistan, Bangladesh welcome. Processing fee only €2,500, 50% after visa stamping. WhatsApp Mr. Sandeep +977 980 000 4417 for interview slot.", "Global Manpower Solutions", "globalmanpower.sandeep@gmail.com", NULL },
  { "Mela guys stop working for nothing 😂 every weekend I give 2 SURE matches, odds 8.00+, last weekend 5/5 WON ✅✅✅ Serie A + Premier League. Mhux niċċajta, inside info from Italy. VIP group only €30 a month, Revolut accepted. Telegram: @MaltaSureTipsVIP", "Kurt Tips", "kurt.suretips@outlook.com", NULL },
  { "I want to testify about how Mrs. Evelyn Carter changed my life. I was very skeptical at first but I invested €1,000 on her bitcoin mining platform and after only 7 days I withdrew €11,300 straight to my Revolut. She is honest and God-fearing and she will guide you step by step. Contact her on WhatsApp +44 7700 900461 or email evelyncarter.trades@outlook.com and thank me later.", "Mary Grech", "marygrech1971@yahoo.com", NULL },
  { "My husband left me for a younger woman from Paceville and I cried every night for 8 months. Then a friend from Zejtun told me about DR. OBAKU, a powerful spell caster. I contacted him and within 72 hours my husband came back on his knees begging for forgiveness!!! Dr Obaku also cures infertility, wins court cases, brings lottery luck and stops business failure. Email: drobakuspelltemple@gmail.com or WhatsApp +234 800 000 7731. God bless you Dr Obaku.", "Charlene Vella", "charlene.vella.testimony@gmail.com", NULL },
  { "Hello Editor, I hope this message finds you well. I really enjoyed your coverage of the Marsaxlokk market fees, very balanced reporting. I am reaching out because we work with several travel and iGaming brands who would love to publish a guest article on your news portal. We offer €150-€400 per dofollow link, paid via PayPal within 24 hours of publishing, and we can supply ready-written content. Kindly reply with your price list and any guidelines. Best regards, Emily | Outreach Manager, RankBridge Media", "Emily Clarke", "emily.outreach@rankbridgemedia.co", "https://rankbridgemedia.co" },
  { "Top quality replica watches and bags, 1:1 mirror grade. Rolex Submariner from €189, Omega, AP, LV Neverfull €95, Gucci, Prada, Moncler jackets. FREE shipping to Malta and Gozo in 5 days, discreet packaging, no customs problems. Shop now: https://luxmirror-outlet.shop/malta", "Luxury Outlet MT", "sales@luxmirror-outlet.shop", "https://luxmirror-outlet.shop" },
  { "Bored tonight? 😘 Real girls from Sliema, St Julian's and Gzira want to meet you NOW. No sign-up, no credit card, 100% discreet. Chat free here: https://maltahookups-now.club/join?ref=mxlk", "Bianca 🔥", "bianca22@maltahookups-now.club", "https://maltahookups-now.club" },
  { "Buy Ozempic, Mounjaro, Viagra, Cialis, Tramadol and Xanax online WITHOUT prescription. Lowest prices in the EU, 100% original, delivery to Malta in 3-5 days, pay by card or crypto. Order here >> https://eu-rx-pharmadirect.net <<", "EU Pharmacy Direct", "orders@eu-rx-pharmadirect.net", "https://eu-rx-pharmadirect.net" },
  { "If you have problem with Revolut card blocked, transfer pending or money missing from account, call Revolut Malta customer care 24/7 helpline +356 2099 0000 or +44 7700 900982, our agent will fix your account the same day. We also help with Melita and GO refund claims.", "Customer Support Team", "revolut.helpdesk.mt@gmail.com", NULL },
  { "Very sad to read this, these fishermen are the heart of Marsaxlokk and €1,150 is a lot of money when the winter is slow. My thoughts are with Rita and her family. To any vendor who is worried about paying by February: we offer private loans from €500 up to €50,000 at 2% interest, no bank, no guarantor, even with bad credit or no payslip. Approval the same day. Email quickcredit.malta@gmail.com", "Anthony Zammit", "quickcredit.malta@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "Disgraceful.", "Joe Farrugia", "joefarrugia54@gmail.com", NULL },
  { "Typical. They pass it on a Tuesday night when nobody is watching and then call a 'public meeting' AFTER the vote. Four councillors have decided that a man who goes out at 4am in January to catch fish should pay nearly three times more so they can build toilets for the coach tours. Where was the consultation? Where are the accounts showing what the old fees were spent on for sixteen years? I have lived in this village all my life and I have never seen it this badly run. Shame on all four of them.", "Carmen Cassar", "carmen.cassar@gmail.com", NULL },
  { "MY FATHER SOLD FISH ON THAT QUAY FOR 51 YEARS AND NOT ONCE DID THE COUNCIL FIX THE DRAINS. NOW THEY WANT €1,150 FOR THE SAME BROKEN PAVEMENT. WE WILL BE AT THE MEETING ON THURSDAY. ALL FISHERMEN'S FAMILIES PLEASE COME.", "SALVU MICALLEF", "salvu.micallef@hotmail.com", NULL },
  { "Il-kunsill qed jinsa li mingħajr is-sajjieda m'hemmx suq. In-nies jiġu Marsaxlokk għall-ħut frisk, mhux għall-kalzetti u għall-kalamiti tal-friġġ. Jekk jitilqu s-sajjieda, jispiċċa kollox.", "Ġorġ Azzopardi", "gorg.azzopardi@gmail.com", NULL },
  { "For those asking whether the council can actually do this: local councils set these charges under the Local Government Act (Cap. 363), and complaints go to the Local Government Division, not to the council itself. The full text is here: https://legislation.mt/eli/cap/363/eng . Worth reading before Thursday so people know what to ask.", "Martina Schembri", "mschembri.lawnotes@gmail.com", NULL },
  { "We drive down from Mosta most Sundays and always buy from the blue stall by the bus stop. The lady there cleans the fish for you and tells you exactly what came in that morning. Then lunch at Ta' Ġanni on the corner, which is never cheap but always good. If the real fishermen disappear and it's all sunglasses and t-shirts, we'll stop coming, simple as that.", "Kevin Attard", "kevattard@yahoo.com", NULL },
  { "\"Residents put up with the traffic and the rubbish every weekend\" - yes we do, Mayor, and the rubbish comes from the tour coaches, not from Rita Abela's stall. Charge the coach operators.", "Doris Mifsud", "dorismifsud@gmail.com", NULL },
  { "WARNING to all stallholders: my mother got this SMS yesterday - \"Marsaxlokk Local Council: your 2026 stall permit is pending. Pay €48 admin fee today to keep your pitch or call 7912 0456 to pay by card.\" It is NOT from the council, they do not text people for payments. Do not call that number. My uncle did and they asked him for his card PIN.", "Stephanie Galea", "steph.galea@gmail.com", NULL },
  { "@Carmen Cassar I agree the timing was bad, but to be fair the article says licensed fishermen get 40% off, so someone like Rita would pay about €690, not €1,150. Still a big jump, but let's get the facts right before Thursday.", "Mark Vella", "markvella88@gmail.com", NULL },
  { "Best fish in Malta 🐟🐟🎣 Leave our fishermen alone!! 😡😡 Marsaxlokk without the luzzu and the real fish sellers is just another tourist trap 🚤❌💶 #SaveTheMarket ❤️🇲🇹", "Jessica B", "jessb.mt@gmail.com", NULL },
  { "Unpopular opinion, but the fees were last changed in 2009 and the parking on Sundays is a disaster. Something has to pay for wardens and toilets. Maybe the rise is too steep in one go - why not phase it over three years?", "Neil Debono", "neil.debono@outlook.com", NULL },
  { "I moved to Marsaxlokk from Manchester four years ago and the Sunday market is honestly one of the reasons I stayed. What strikes me reading this is that the souvenir sellers get a lower rate (€900) than the fish pitches (€1,150), when it's the souvenir stalls that have multiplied and now block half the promenade. Surely it should be the other way round? Also, nobody has mentioned the two or three fishermen who sell straight from their boats on Tuesday and Friday mornings. Does the new fee apply to them too, for a handful of mornings a month? I'll be at the meeting on the 13th, but I'd urge the council to publish the full schedule online beforehand so people can read it properly instead of relying on screenshots passed around on Facebook.", "Graham Holt", "graham.holt.mxlk@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Such a beautiful village, we visited in September and the fish was amazing. Really hope the council listens to the fishermen on this one.", "Sarah Jenkins", "sarah@maltacarhire-deals.com", "https://maltacarhire-deals.com/cheap-car-rental-malta-airport" },
  { "Totally agree with the mayor that <a href=\"https://spin-royale-casino.bet/mt/welcome-bonus\">the market belongs to the whole village</a>, but the fishermen deserve a fair deal too.", "Luke P.", "lukep.mt@gmail.com", NULL },
  { "For any vendor who wants to fight this: our office helps small traders claim government grants and tax refunds they don't even know they are owed. Most clients get back €2,000 to €6,000, no win no fee. Call or WhatsApp Daniel on 9977 0321. We also handle residence permits and company set-up.", "Daniel Mallia", "daniel@grantsrefunds-mt.com", NULL },
  { "My aunt used to sell at this market every Sunday and she was always complaining about the fees. Now she stays home in Zabbar and earns €4,800 a month just working on her laptop a few hours a day. I didn't believe it until I saw her bank statement. This is what she does ---> www.homeincome-mt.online", "Roberta Farrugia", "roberta.f1990@gmail.com", NULL },
  { "This article highlights the delicate balance between preserving local traditions and funding essential public infrastructure. On one hand, the council's need for improved drainage and sanitation is understandable; on the other, the sharp fee increase places a disproportionate burden on small-scale fishermen. Ultimately, transparent consultation and phased implementation may offer a sustainable path forward for all stakeholders. For more insights on small business resilience, visit https://bizgrowthinsights.net/blog/small-traders-resilience", "Alex Morgan", "alex.morgan@bizgrowthinsights.net", "https://bizgrowthinsights.net" },
  { "Speaking of drainage - after the floods last winter we had Mediterranean Waterproofing redo our whole roof and yard drains in Fgura. Absolutely brilliant team, on time, left everything spotless, and a 10 year guarantee. Best money we ever spent, highly recommend them to anyone in the south! ⭐⭐⭐⭐⭐ https://medwaterproofing-malta.com", "Christine Borg", "christineborg.fgura@gmail.com", NULL },
  { "\"The council says the money will go towards new drainage, public toilets near the parish church and two extra wardens on Sundays.\" Blocked drains? Smelly toilets? DrainPro Malta offers 24/7 CCTV drain inspection and unblocking from only €59. Book online: https://drainpro-mt.com/book", "DrainPro Malta", "info@drainpro-mt.com", "https://drainpro-mt.com" },
  { "@SALVU MICALLEF I am so sorry about your father, I understand this pain. When our family shop was failing in 2023 and we had debts everywhere, I found Spiritual Mother Nkechi who removed the għajn ħażina (evil eye) from our business. In 3 weeks the customers came back. She helps with business, money, court cases and enemies. WhatsApp her on +234 800 000 2261, she will not disappoint you.", "Josephine Spiteri", "josephine.spiteri77@gmail.com", NULL },
  { "We are collecting opinions from Marsaxlokk residents and visitors about the new market fees for the local council report. Please fill in our 2-minute survey. Every participant receives a €100 supermarket voucher as a thank you! https://marsaxlokk-residents-survey.com/form?id=2025-11", "Marsaxlokk Residents Survey", "survey@marsaxlokk-residents-survey.com", "https://marsaxlokk-residents-survey.com" },
  { "Stallholders, don't just complain - adapt! I wrote a FREE guide: \"10 Ways Market Traders Can Double Their Sunday Income in 2026\" (PDF, 34 pages). Instant download: https://traderboost-academy.com/free-guide  Only 50 copies left this week.", "Ryan Cachia - Business Coach", "ryan@traderboost-academy.com", "https://traderboost-academy.com" },
  { "Good article. For all Marsaxlokk and south Malta people, join our WhatsApp community for updates on the fees and local news, plus daily FREE forex & crypto signals from our analyst (94% win rate last month) 📈 https://chat.whatsapp.com/KxQ8vR2Lm9Tr4PzWq7Hd", "South Malta Updates", "southmaltaupdates@gmail.com", NULL },
  { "Ħasra kbira għas-sajjieda, il-kunsill ma jaf xejn. Imma min irid jagħmel il-flus tal-permess malajr: jien irbaħt €640 il-Ħadd li għadda fuq il-futbol 😎 Irreġistra hawn u ħu bonus ta' €200: https://maltabet-vip.com/reg?code=MXLK", "Clint Mizzi", "clintmizzi.bets@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I run Kafè tal-Moll at the end of the promenade, so I'm not neutral: Sundays pay our rent for the whole week. But I'd much rather see the fishermen stay than have more trinket stalls. Happy to host a residents' meeting free of charge if the council hall is too small on Thursday.", "Roderick Pace", "rod@kafetalmoll.com.mt", "https://kafetalmoll.com.mt" },
  { "I photographed every stall on the waterfront last summer for a project on the market's history - there were 31 fish stalls and 74 others. Full map and photos on my blog if anyone wants to see how much it has changed since the 80s: https://marsaxlokk-then-and-now.blogspot.com/2025/07/sunday-market-map.html", "Ivan Gauci", "ivan.gauci.photo@gmail.com", "https://marsaxlokk-then-and-now.blogspot.com" },
  { "The parish Caritas group is organising a fish supper in aid of fishermen's families on Friday 21 November at 7.30pm in the Oratory hall, Triq il-Knisja. Tickets €15 (children €7), including wine and dessert. Bookings at the parish office, 2100 0417, weekday mornings. All welcome, bring your neighbours!", "Parroċċa Marsaxlokk - Caritas", "caritas.marsaxlokk@gmail.com", NULL },
  { "For anyone checking whether they qualify for the 40% discount: the fishing licence categories (MFA full-time, MFB part-time) are explained on the Department of Fisheries and Aquaculture page here: https://agriculture.gov.mt/en/fisheries/licensing/Pages/commercial-fishing-vessel-licence-categories-and-renewal-requirements.aspx - part-timers with an MFB licence may not count as 'valid licence' holders under the new schedule, so ask at the meeting.", "Noel Caruana", "noel.caruana@gmail.com", NULL },
  { "PLEASE EVERYONE COME TO THE MEETING THURSDAY 13TH 7PM!!! BRING YOUR ID CARD IF YOU WANT TO SIGN THE PETITION. WE NEED NUMBERS!!!", "Nanna Tereża", "tereza.borg42@gmail.com", NULL },
  { "Grazzi 🙏", "Mario", "mario.z@gmail.com", NULL },
  { "Vivo a Marsaxlokk da sei anni e ogni domenica compro il pesce da Rita. Aumentare le tariffe così, senza parlare con i pescatori, è un errore. Ci vediamo alla riunione giovedì.", "Giulia Romano", "giulia.romano.mt@gmail.com", NULL },
  { "Heads up: a message is going round WhatsApp groups saying \"OFFICIAL: Marsaxlokk Vendor Relief Fund 2026 - register now to receive €500 towards your new stall fee. Limited places! marsaxlokk-relief-fund.com\". It is a scam. It asks for a photo of your ID card and your bank login. The council has no such fund. Please tell your parents.", "Rebecca Agius", "rebecca.agius@gmail.com", NULL },
  { "Slightly off topic, but about the 'new drainage': the storm drain outside our house on Triq il-Wiesgħa has flooded every winter since 2021 and the council has ignored four emails. In the end we paid Ċensu Grech, a plumber from Zejtun, to clear it himself - €80, done in an afternoon, and he didn't overcharge. 7999 2031 if your street has the same problem. We shouldn't have to, but there you go.", "Alan Bonello", "alan.bonello@outlook.com", NULL },
  { "For comparison, what I paid this year as a craft seller: Ta' Qali crafts fair €35 a day, Birgu Christmas market €220 for the season, a Sunday flea market pitch €12 a week (about €620 a year). So €900 a year for souvenirs in Marsaxlokk is not outrageous. €1,150 for a fisherman who only sells a few months a year is another story.", "Lorraine Xuereb", "lorraine.crafts@gmail.com", NULL },
  { "Retired accountant here, from Birzebbuga. If any stallholder needs help writing the appeal to the Local Government Division, or working out what they will actually owe after the discount, I'm happy to help for free. Leave a message at the association's stall or email me on paulfenech.retired@gmail.com. No charge, no catch.", "Paul Fenech", "paulfenech.retired@gmail.com", NULL },
  { "The Southern Fishermen's Association will be collecting signatures outside the parish church every Sunday from 8am until the meeting. You can also sign online on our website: https://sajjieda-nofsinhar.org.mt/petizzjoni - we will hand everything to the Local Government Division on 14 November.", "Għaqda tas-Sajjieda tan-Nofsinhar", "info@sajjieda-nofsinhar.org.mt", "https://sajjieda-nofsinhar.org.mt" },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "Wake up, people: the government wants to cap what every stall pays, and nobody voted for that. My notes on the new schedule, clause by clause: https://mxlk-notes.example.com/fees-2026", "Karl Bonnici", "karl.bonnici@gmail.com", NULL },
  { "My neighbour got this today: \"MaltaPost: your parcel is held, complete payment of the €1.99 customs fee at maltapost-redelivery.info\". It is fake, report it to MaltaPost and delete it.", "Antoinette Camilleri", "antoinette.c@gmail.com", NULL },
  { "My nanna used to take us to a spiritual healer in Zejtun to remove the evil eye. These days the same kind of people advertise on Facebook and ask for money up front, and the police have warned about them.", "Doris Zahra", "doris.zahra@gmail.com", NULL },
  { "Josephine Borg here, from the Fgura residents' group: a drain firm off Facebook quoted one of our neighbours from just €59 and then charged €300, hidden fees everywhere. Our minutes are on the group's site.", "Josephine Borg", "josephine@fgura-residents.example.org", "https://fgura-residents.example.org" },
  { "The council's report calls the schedule 'a sustainable path forward for all stakeholders' and denies it places \"a disproportionate burden\" on fishermen. Tell that to Rita. My notes: https://mxlk-notes.example.com", "Ray Azzopardi", "ray@mxlk-notes.example.com", "https://mxlk-notes.example.com" },
  { "The Malta Business Bureau has a free guide for market traders on EU funding (PDF download): https://mbb.org.mt/market-traders-guide.pdf. Worth reading if you want to grow your stall.", "Claire Vella", "claire.vella@gmail.com", NULL },
  { "Highly recommend Ta' Ganni on the corner, five stars every time, and the fish comes off the quay that morning. Their menu: https://taganni-marsaxlokk.example.com", "Kevin Attard", "kevattard@yahoo.com", NULL },
  { "Our office at the association helps members claim the EU fisheries grants they are entitled to, free of charge: no commission, no 'no win no fee' nonsense. Call 2165 0000 on weekday mornings.", "Southern Fishermen's Association", "info@sajjieda-nofsinhar.org.mt", NULL },
  { "My son lost €2,000 at https://maltabet-vip.com after their €200 'welcome' bonus. The regulator should ban them.", "Maria Galea", "maria.galea@gmail.com", NULL },
  { "I run Kafè tal-Moll at the end of the promenade. Our Sunday menu is online if you come down for the meeting.", "Roderick Pace", "rod@kafetalmoll.com.mt", "https://kafetalmoll.com.mt/menu-and-prices-2025" },
};

static const HeldoutRound round31 = {
  "/spam-heldout31", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (desk_probes), story31,
};

/* What each catch says, and what the readers' warnings keep off them */
static void
test_heldout31_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story31);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "MaltaPost: Your parcel", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (dressed_spam), "Such a beautiful village", "a seller’s page named for search words" },
    { HELDOUT_SET (dressed_spam), "For any vendor", "a claims agent’s advert" },
    { HELDOUT_SET (dressed_spam), "This article highlights", "a language model’s stock phrases" },
    { HELDOUT_SET (dressed_spam), "Speaking of drainage", "reads like a customer’s review of a business" },
    { HELDOUT_SET (dressed_spam), "\"The council says", "sells the writer’s own services from a starting price" },
    { HELDOUT_SET (dressed_spam), "@SALVU MICALLEF", "offers spells or a healer’s cures" },
    { HELDOUT_SET (dressed_spam), "Stallholders, don't", "offers a free guide to download" },
    { HELDOUT_SET (dressed_spam), "Ħasra kbira", "offers a gambling site’s sign-up bonus" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (desk_genuine), "For those asking", "cheers a political cause" },
    { HELDOUT_SET (desk_probes), "Wake up, people", "cheers a political cause" },
    { HELDOUT_SET (desk_probes), "My neighbour got this", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_probes), "My nanna", "offers spells or a healer’s cures" },
    { HELDOUT_SET (desk_probes), "Josephine Borg here", "from a starting price" },
    { HELDOUT_SET (desk_probes), "The council's report", "a language model’s stock phrases" },
    { HELDOUT_SET (desk_probes), "The Malta Business Bureau", "offers a free guide to download" },
    { HELDOUT_SET (desk_probes), "Highly recommend", "reads like a customer’s review of a business" },
    { HELDOUT_SET (desk_probes), "Our office at the association", "a claims agent’s advert" },
    { HELDOUT_SET (desk_probes), "My son lost", "offers a gambling site’s sign-up bonus" },
    { HELDOUT_SET (desk_probes), "I run Kafè", "a seller’s page named for search words" },
    { HELDOUT_SET (dressed_genuine), "Retired accountant", "a claims agent’s advert" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round31);
  g_test_add_func ("/spam-heldout31/reasons", test_heldout31_reasons);

  return g_test_run ();
}
