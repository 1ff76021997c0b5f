/* test-spam-heldout33.c: a thirty-third round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story33: Kotor, Montenegro, where the municipal assembly votes 19 to
 * 12 to allow no more than two cruise ships a day into the bay from 1
 * May and to raise the Old Town fee for cruise passengers from EUR 2 to
 * EUR 8; the port company Luka Kotor expects to lose EUR 1.9 million a
 * year and will go to the Constitutional Court; a café owner on the
 * Square of Arms, the 140 licensed guides and the taxi drivers object
 * and will protest on Monday; the Old Town residents' association,
 * down to about 950 residents, welcomes it; the fee goes to a fund for
 * roofs, façades and cheaper rents for young families; a public
 * meeting on Tuesday 10 March at 6pm; UNESCO's list since 1979), in two
 * sets, some of them in Montenegrin, Russian, Italian or German. The
 * first, the spam any site's form lets through (a "domain expiration
 * notice" selling search engine "registration", a Booking.com "Partner
 * Hub" hold on a host's payouts, a Montenegrin tax refund to claim with
 * card details at a look-alike site, kittens "free" but for the pet
 * courier's EUR 180, sold-out festival tickets paid by PayPal friends
 * and family, debt relief "up to 70%", a token airdrop that wants a
 * wallet connected, reviews removed and five-star ones posted, steroids
 * without a prescription in Montenegrin, a timeshare "buyer" waiting for
 * an escrow fee, Schengen visa slots in Russian, secret shoppers paying
 * a "certification fee") and twelve readers. The second, spam dressed
 * as readers: kind words from a visitor whose website is a replica bag
 * shop, a phrase of the story in an HTML link to a casino's free spins,
 * a private lender's testimonial, a language model's "pivotal moment …
 * striking the right balance" ending in a travel blog's guide, a boat
 * tour's five stars with its booking link, an Airbnb "rental arbitrage"
 * webinar, an apartment agency's "guaranteed 90% occupancy" in
 * Montenegrin, a residence permit "in 10 days" in Russian, a "leaked
 * document" video, cruise deals "up to 70% off" in Italian, sea-view
 * studios with a "guaranteed 8% rental yield", the Old Town's cats
 * leading to CBD drops; and twelve readers a naive filter might flag.
 * Before the round, under the story: desk 10 of 12 caught (the tax
 * refund, 0.15, and the secret shoppers, 0.49, missed) and 0 of 12
 * readers flagged; dressed 6 of 12 and 0 of 12, missed: the replica
 * shop's website (0.40), the model's travel guide, the boat tour, the
 * webinar, the Italian cruise deals and the sea-view studios (0.15
 * each). The same without the story.
 *
 * Fixed: a notice's refund, its form and its made-up address in
 * Montenegrin ("povraćaj poreza", "unesite podatke", "poreska-
 * povracaj-…"), and its readers' warnings ("prevara", "pazite")
 * (byline-spam-filter-notices.c); a website ending in ".shop" or
 * ".store" and named for a trade ("luxebags-replica.shop") counts as
 * one with a shop's word, unless the comment speaks of that trade
 * itself, as a maker of model ships does (-ruses.c); a model's weighing
 * of a cap ("a pivotal moment", "striking the right balance",
 * "stakeholder engagement", "for a deeper dive") counts as its summary
 * does, three or more outside quotation marks (-pitches.c); a discount
 * in other languages ("sconti fino al 70%") (-offers.c), and a sale
 * "solo oggi" at the author's own site (-locals.c); property sold for a
 * "guaranteed" yield, with a link, now weighs as a second promise, not
 * where a reader warns ("too good to be true") (-services.c). New: a
 * customer's review with stars and "book direct here" at the link of
 * the business it names, not from its owner ("we run") nor with a
 * complaint (-locals.c); paid work at home that asks the worker for a
 * fee to start ("pay the training and certification fee"), not where a
 * reader warns (-brokers.c); a free webinar promising an income, its
 * seats running out, at a link, not where a reader who sat through one
 * warns (-services.c). After, under the story: desk 12 of 12 and 0 of
 * 12; dressed 12 of 12 and 0 of 12 (the same without it). The nearest
 * the line: the domain notice, the Booking.com hold, the boat tour, the
 * webinar and the sea-view studios (0.53), the tax refund (0.57) among
 * the spam; the two in capitals (0.40) among the readers.
 *
 * Not yet: none of this round, though five of its spam sit just over
 * the line (0.53), each on one rule and a link or a name.
 *
 * Every earlier set's scores compared before and after (3,516
 * comments): one moved, none across the line. No reader moved. The one
 * rose: CBD gummies at "purecbd-gummies.store" (round 22, 0.85 to
 * 0.93).
 *
 * Twelve readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: the tax refund SMS
 * quoted as "prevara"; the secret shoppers' fee warned of; a guide's
 * licence course whose certification fee is paid at the tourist office;
 * the municipality's free webinar with seats running out but no income
 * promised; a reader who sat through an arbitrage webinar; a kayak
 * tour's owner with five stars and "book direct here"; a complaint
 * about the boat tour with its link; a guest's five stars and a boat's
 * link with no call to book; the "guaranteed 8% rental yield" called
 * too good to be true; a maker of model ships under a ".shop" site
 * named "replica"; a hotel's "sconto del 30%" with a newspaper's link;
 * "stakeholder engagement" mocked with one more phrase. All twelve
 * clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story33 =
  "Kotor's municipal assembly voted 19 to 12 on Thursday to allow no more than two cruise ships a day into the Bay of Kotor from 1 May, and to raise the fee each cruise passenger pays to enter the Old Town from €2 to €8.\n\n"
  "Last year 471 cruise calls brought about 630,000 passengers to a walled town whose permanent population has fallen to about 950, from more than 3,000 in the early 2000s. On the busiest days, seven ships and up to 16,000 passengers arrived before noon. \"The Old Town is not a museum we rent out by the hour,\" said the mayor, Vesna Radulović, who proposed the cap. \"People have to be able to live here, buy bread and get to the doctor.\"\n\n"
  "The port company, Luka Kotor, warned that it would lose about €1.9 million a year in berthing fees and that three cruise lines had already moved 41 calls planned for this season to Split, Corfu and Bari. Its director, Dragan Perović, said the assembly had \"voted on a slogan, not a study\" and that the company would ask the Constitutional Court to review the decision.\n\n"
  "On the Square of Arms, Milica Đurović, who has run a café by the clock tower for 22 years, said she sells up to 600 coffees on a seven-ship day. \"With two ships I will have to let two waiters go. The residents are right about the crowds, but nobody came to ask us.\" The association of tour guides, which has 140 licensed members, and the taxi drivers at the Old Town gate said they would protest outside the municipality building on Monday.\n\n"
  "The Old Town residents' association welcomed the vote. Nikola Vukčević, 71, whose family has lived in the same house near St Tryphon's Cathedral since 1890, said that on ship days he waits until the afternoon to go to the pharmacy. \"Every year another neighbour sells to someone who turns the house into four apartments. Soon there will be nobody left to close the shutters in a storm.\"\n\n"
  "Under the decision, money from the fee will go into a fund for repairing roofs and façades in the Old Town and for cheaper rents for young families who move back inside the walls. Ship slots will be booked through an online system from 1 March. The municipality will present the plan at a public meeting in the cultural centre on Tuesday 10 March at 6pm. Kotor and its bay have been on UNESCO's World Heritage list since 1979, and the World Heritage Committee has asked Montenegro for a plan to manage visitor numbers.";

static const Comment desk_spam[] = {
  { "DOMAIN EXPIRATION NOTICE – FINAL REMINDER. Attention: Site Owner. The search engine optimization submission for your domain will expire on 28.02.2026. Failure to complete your search engine registration by the expiration date may result in the loss of all online visibility, making it difficult for customers to locate you on the web. Secure annual payment of $86.00: https://domain-renewal-center.net/pay?inv=884213 . This is not a bill. You are under no obligation to pay unless you accept this offer.", "Domain Registry Services", "notice@domain-renewal-center.net", NULL },
  { "Booking.com Partner Hub: Dear host, due to incomplete verification of your property in Kotor, new reservations have been paused and 2 guest payouts (€1,284.00) are on hold. To restore your listing, re-confirm your bank account and card details within 48 hours at https://partner-booking-verify.com/hotel/kotor-5521 . Properties that are not verified will be removed from search results.", "Booking Partner Support", "partner.support@booking-host-verify.com", NULL },
  { "Poreska uprava Crne Gore: Na osnovu godišnjeg obračuna utvrđeno je da imate pravo na povraćaj poreza u iznosu od 148,60 €. Da biste primili uplatu, unesite podatke svoje platne kartice na https://poreska-povracaj-me.com/refund najkasnije do 20.02.2026. Nakon tog roka zahtjev se automatski poništava.", "Poreska uprava CG", "povracaj@poreska-povracaj-me.com", NULL },
  { "Adorable British Shorthair and Scottish Fold kittens looking for a loving home ❤️🐱 12 weeks old, vaccinated, microchipped, with EU pet passport and litter trained. They are FREE to a good family, you only pay the pet courier for delivery and insurance (€180) anywhere in Montenegro, Serbia or Croatia. I had to move abroad for work and can't keep them. Email me for photos and videos: sara.kittens.home@gmail.com", "Sara Mitchell", "sara.kittens.home@gmail.com", NULL },
  { "Selling 4 tickets for the Boka Bay Sound festival on 18 July – SOLD OUT on the official site!! Can't go anymore because of a family emergency. €65 each instead of €110, VIP boat transfer included. Payment only by PayPal friends & family or bank transfer, I send the e-tickets right after. Telegram @bokasound_tix, first come first served 🎶🔥", "Nina K.", "nina.tickets.2026@gmail.com", NULL },
  { "Drowning in credit card debt, loans or unpaid bills? 📉 DebtClear Europe can legally reduce what you owe by up to 70% and stop collection calls in 48 hours. One small monthly payment, no credit check, no court. Thousands of families across the Balkans are already debt-free. Free consultation today: https://debtclear-europe.com/apply ☎️ +44 20 7946 0831", "DebtClear Europe", "help@debtclear-europe.com", "https://debtclear-europe.com" },
  { "🚨 $BOKA TOKEN AIRDROP IS LIVE 🚨 To celebrate our exchange listing, the first 50,000 wallets can claim 2,500 $BOKA (≈ $740) for FREE. Connect your MetaMask or Trust Wallet at https://boka-airdrop.finance/claim and approve the transaction to receive your tokens instantly. Only 3,118 spots left! ⏳ #airdrop #crypto", "BOKA Official", "airdrop@boka-airdrop.finance", "https://boka-airdrop.finance" },
  { "Restaurant, hotel and apartment owners in Kotor 📈 Bad reviews killing your bookings? We REMOVE negative Google, TripAdvisor and Booking.com reviews (95% success, pay only after removal) and post 5-star reviews from real Local Guide accounts in your guests' languages. Packages from €49 for 10 reviews. WhatsApp +44 7700 900284 or https://review-boost-pro.com", "ReviewBoost Pro", "sales@review-boost-pro.com", "https://review-boost-pro.com" },
  { "Anabolički steroidi, SARMs, HGH i peptidi 💪 Originalni proizvodi, laboratorijski testirani. Bez recepta, diskretna dostava za 24h na teritoriji Crne Gore, Srbije i BiH, plaćanje pouzećem. Kure za masu i definiciju već od 60 €! Poruči na Viber/WhatsApp +382 69 000 417 ili na www.anabolik-shop-balkan.com", "Anabolik Shop", "prodaja@anabolik-shop-balkan.com", "https://anabolik-shop-balkan.com" },
  { "ATTENTION TIMESHARE OWNERS: We currently have qualified buyers looking for weeks at resorts in Spain, Portugal, Croatia and Montenegro, ready to pay up to €28,000 for yours. We handle the whole sale from start to finish; only a fully refundable closing and escrow fee of €1,450 is due before the transfer. This offer is valid this month only. Contact our resale department: resales@euro-timeshare-exit.com", "Euro Timeshare Exit Ltd.", "resales@euro-timeshare-exit.com", NULL },
  { "Запись на шенгенскую визу в Подгорице без ожидания! ✅ Гарантированные слоты в визовые центры Италии, Франции, Испании и Германии на ближайшие даты. Поможем с приглашением, бронью отеля и страховкой, одобрение 98%. Цена слота от 150 €. Пишите в Telegram @schengen_slot_cg или WhatsApp +44 7700 900391", "Визовый центр Черногория", "schengen.slot.cg@gmail.com", NULL },
  { "WE ARE HIRING SECRET SHOPPERS IN KOTOR, BUDVA AND HERCEG NOVI. Visit restaurants, hotels and shops, rate the service in a short online form and earn €35 per assignment, plus the cost of your meal reimbursed. Flexible hours, ideal for students and pensioners. To receive your first assignment, register and pay the €19 training and certification fee at https://secretshopper-balkans.com/join", "Secret Shopper Balkans HR", "hr@secretshopper-balkans.com", NULL },
};

static const Comment desk_genuine[] = {
  { "Finally. About twenty years too late, but finally.", "Bojana R.", "bojana.radonjic@gmail.com", NULL },
  { "My grandmother's house is in the Old Town, two streets from the Maritime Museum. When I was a child there were three bakeries inside the walls, a shoemaker, a butcher and a school, and the old men played cards on the square. Today the bakery sells fridge magnets and the school is a boutique hotel. I don't blame the cruise passengers, most of them are nice people who get four hours and a map. I blame twenty years of councils that counted passengers instead of residents. Two ships a day and €8 will not bring the families back by themselves. The fund for rents is the part that matters, and I will believe in it when I see the first young family move in. Until then it's a good first step and nothing more.", "Ana Kovačević", "ana.kovacevic.kt@gmail.com", NULL },
  { "AND WHO WILL PAY THE LEASING ON MY MINIBUS NOW? SHIP DAYS ARE HALF MY INCOME, I DRIVE THE PASSENGERS TO LOVĆEN AND PERAST FROM MAY TO OCTOBER. NOBODY FROM THE MUNICIPALITY ASKED THE DRIVERS. NOT ONE MEETING. SEE YOU ALL ON MONDAY IN FRONT OF THE MUNICIPALITY.", "GORAN MARKOVIĆ", "goran.markovic.kt@gmail.com", NULL },
  { "Konačno neko da misli na nas koji ovdje živimo cijelu godinu. Ljeti ne mogu do pijace od gužve, a zimi je Stari grad prazan jer su pola kuća apartmani. Osam eura nije ništa za nekoga ko je platio krstarenje tri hiljade. Samo neka taj fond za krovove ne završi kao sve ostalo u ovoj opštini.", "Jelena Lazović", "jelena.lazovic@gmail.com", NULL },
  { "Живу в Доброте третий год. В дни, когда в заливе стоят пять-шесть лайнеров, дорога вдоль залива стоит намертво, до Котора на машине можно ехать час. Два корабля в день — разумное решение, жаль только, что с мая, а не с прошлого года.", "Дмитрий Соколов", "d.sokolov.dobrota@gmail.com", NULL },
  { "\"The Old Town is not a museum we rent out by the hour.\" Nice line from the mayor. Then maybe she can explain why the same municipality registered dozens of new short-let apartments inside the walls last year. The ships are the easy target; the houses turned into four apartments each are the real problem, exactly as Mr Vukčević says.", "Stefan Ivanović", "stefan.ivanovic88@gmail.com", NULL },
  { "Apartment owners, be careful. My mother got this SMS yesterday: \"Turistička organizacija Kotor: Boravišna taksa za 2025. nije izmirena. Izbjegnite kaznu od 500 € – platite odmah na to-kotor-taksa.com\". It is FAKE, the site asks for your card number and the code from your bank. The tourist organisation does not send payment links by SMS. Don't click it, and warn your older relatives who rent out rooms.", "Marija Vuksanović", "marija.vuksanovic@gmail.com", NULL },
  { "For anyone wondering why UNESCO keeps coming up: Kotor has been on the World Heritage list since 1979, and the committee's reports on the state of the site, including the pressure from cruise ships and new building around the bay, are public here: https://whc.unesco.org/en/list/125/ . Worth reading before Monday's protest.", "Petar Milić", "petar.milic.kotor@gmail.com", NULL },
  { "🚢🚢 ✅   🚢🚢🚢🚢🚢🚢🚢 ❌   Bravo Kotor! 👏👏⚓", "Tamara", "tamara.b.kotor@gmail.com", NULL },
  { "@GORAN MARKOVIĆ I understand you, my brother drives too. But with seven ships nobody could get to Perast anyway, the road was blocked by coaches by ten. Maybe fewer passengers means more of them actually book a proper trip. Let's see what the season brings before we call it a disaster.", "Vladimir Popović", "vlado.popovic@outlook.com", NULL },
  { "Sono stata a Kotor in crociera nel 2019 e sinceramente è stata un'esperienza bruttissima: migliaia di persone nei vicoli, impossibile vedere qualcosa o sedersi da qualche parte. Ci sono tornata l'anno scorso a ottobre, in macchina con il traghetto da Bari, ed era un altro posto. Hanno fatto benissimo.", "Francesca Rinaldi", "francesca.rinaldi72@gmail.com", NULL },
  { "The article says the €8 is for cruise passengers. Does that mean people who come in from Budva or Tivat by bus don't pay anything? And are children included? It would be good to know before the summer.", "Ivana Knežević", "ivana.knezevic@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Such a beautiful town, I really hope they find a balance. We were there on a ship day in 2023 and could barely move on the square, but the locals were still so kind to us.", "Chloe Bennett", "chloe.bennett@luxebags-replica.shop", "https://luxebags-replica.shop/louis-vuitton-neverfull-replica-1-1" },
  { "Finally someone said it. <a href=\"https://balkan-kazino-bonus.com/free-spins\">On the busiest days, seven ships</a> in a town of 950 people is pure madness. Good decision.", "Marko", "marko.kt1990@gmail.com", NULL },
  { "My heart goes out to Milica and the other café owners, I know what it means when the season fails. In 2022 my restaurant in Ulcinj nearly closed and no bank would give me a loan. A friend introduced me to Mrs. Helena Weiss, a private lender, who gave me €40,000 at 2% interest in three days, no collateral and no paperwork. Today my business is saved. If you need help, contact her on helenaweissloans@gmail.com and God bless her 🙏", "Dragana P.", "dragana.p.ulcinj@gmail.com", NULL },
  { "Kotor's decision to cap cruise arrivals represents a pivotal moment in the ongoing conversation about sustainable tourism. On one hand, the cruise industry brings vital revenue to local businesses; on the other, overtourism threatens the very heritage that attracts visitors in the first place. Striking the right balance requires thoughtful policy, stakeholder engagement and a long-term vision. It remains to be seen how cruise lines will adapt, but this is undoubtedly a step in the right direction. For a deeper dive into sustainable travel strategies, check out our comprehensive guide: https://wanderwise-travel.net/blog/sustainable-tourism-guide", "Olivia Hart", "olivia@wanderwise-travel.net", "https://wanderwise-travel.net" },
  { "If you're coming to Kotor this summer, skip the crowds and book a private boat with BlueCove Tours instead! Captain Marko took us to Perast, Our Lady of the Rocks and the Blue Cave, 3 hours, €45 per person, drinks included. Best day of our holiday ⭐⭐⭐⭐⭐ Book direct here and skip the agency fees: https://bluecove-tours-kotor.com/book", "Sophie & Tom", "sophie.tom.travels@gmail.com", NULL },
  { "@Milica Đurović I understand your worry, but two ships a day can be an opportunity. I run a FREE online masterclass that shows café and apartment owners how to earn €5,000+ a month with rental arbitrage on Airbnb, without owning a single property. Next webinar is this Sunday, only 30 seats left: https://airbnb-arbitrage-academy.com/free-webinar", "Luka Petrović | Airbnb Coach", "luka@airbnb-arbitrage-academy.com", "https://airbnb-arbitrage-academy.com" },
  { "Žao mi je ugostitelja, ali vi koji izdajete apartmane ne brinite! Naša agencija garantuje 90% popunjenosti od maja do oktobra, gosti iz Njemačke, Izraela i Skandinavije, isplata svakog mjeseca na vaš račun. Jednokratna članarina samo 99 €. Prijavite svoj objekat još danas: www.apartmani-boka-garant.com ili Viber +382 68 000 593", "Boka Garant Booking", "info@apartmani-boka-garant.com", "https://apartmani-boka-garant.com" },
  { "Очень жаль, что город так меняется... Кстати, для всех русскоязычных в Боке: оформим ВНЖ Черногории за 10 дней без вашего присутствия, регистрация фирмы, счёт в банке, гарантия результата или возврат денег. Бесплатная консультация: Telegram @vnz_montenegro_fast, сайт vnz-crna-gora.pro", "Марина | ВНЖ Черногория", "marina@vnz-crna-gora.pro", "https://vnz-crna-gora.pro" },
  { "They are not telling you the real reason for this vote 👀👀 A leaked document shows which cruise company paid whom at the municipality. Watch the full video before it gets deleted: https://boka-istina-news.click/video/kotor-leak-2026", "Boka Istina", "bokaistina.news@gmail.com", NULL },
  { "Che peccato per i commercianti, Kotor è una perla! 😍 Per chi vuole comunque vedere le Bocche di Cattaro dal mare: crociere nel Mediterraneo con sconti fino al 70%, partenze da Venezia, Bari e Trieste, bambini gratis. Offerte esclusive solo oggi 👉 https://crociere-lowcost-offerte.it/adriatico", "Giulia - CrociereLowCost", "giulia@crociere-lowcost-offerte.it", "https://crociere-lowcost-offerte.it" },
  { "Sad to see the Old Town change, but smart investors know what a cap means: fewer crowds, higher prices. Sea-view studios in Dobrota from €79,000 with a GUARANTEED 8% rental yield for 5 years, fully managed, no experience needed. Only 6 units left: https://adriatic-prime-estates.com/kotor-offer", "James Carter", "j.carter@adriatic-prime-estates.com", NULL },
  { "I hope part of the €8 goes to the Old Town cats 🐈 The crowds stress them terribly, just like my own cat, who used to hide under the bed all day. Our vet told us about Pawz Calm CBD drops and after one week she is a different animal, sleeps and eats normally again. They are 30% off this week and ship to Montenegro: https://pawz-calm-cbd.com/cats 💚", "Emily Rose", "emily.rose.catmom@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I run Konoba Kod Tripuna behind the cathedral with my brother, and yes, a restaurant owner in favour. On seven-ship days our regulars stay away because they can't get through the gate, and cruise passengers don't sit down for lunch, they have four hours. From May we'll open at 8 for breakfast again like my father did in the nineties, and the lunch menu stays €12 for anyone who lives in the municipality. Come and tell us what you think.", "Nemanja Radović", "nemanja@konoba-kodtripuna.me", "https://konoba-kodtripuna.me" },
  { "I've written a blog about the cats of the Old Town for nine years, and ship days are the hardest on them: no shade, no water, children chasing them for photos. I've put together a post on which cafés leave water bowls out, where the volunteers feed them and how to report a sick cat to the shelter: https://macke-starog-grada.blogspot.com/2026/02/brodovi-i-macke.html Nothing to buy, just please share it with visitors.", "Sanja Bošković", "sanja.boskovic@gmail.com", "https://macke-starog-grada.blogspot.com" },
  { "Humanitarni koncert za popravku krova crkve Svetog Luke: subota, 21. mart u 19 časova u Kulturnom centru. Nastupaju klapa i gradska muzika, a sav prihod ide za krov i za udruženje stanara. Ulaznice 15 €, djeca do 12 godina besplatno. Rezervacije na 067 000 482 ili u turističkom info centru kod Glavnih gradskih vrata. Vidimo se!", "Jovana Milošević", "jovana.milosevic.kt@gmail.com", NULL },
  { "It isn't final yet: Mr Perović says the port will go to the Constitutional Court, and until the court decides whether to take the case the cap could still be suspended. The court publishes its decisions and pending cases on its own site, https://www.ustavnisud.me , so anyone can follow it there instead of relying on rumours from the port or the municipality.", "Aleksandar Vujošević", "a.vujosevic.law@gmail.com", NULL },
  { "I WAS BORN AT NUMBER 312 IN THE OLD TOWN AND I AM STILL HERE. FORTY YEARS AGO WE HAD 3,000 NEIGHBOURS, NOW I KNOW MAYBE TWENTY. TWO SHIPS IS ENOUGH. THANK YOU TO THE 19 WHO VOTED FOR US!!!", "MILENA TOMIĆ", "milena.tomic312@gmail.com", NULL },
  { "Konačno.", "Đorđe", "djordje.kt@gmail.com", NULL },
  { "Wir waren 2023 mit einem Kreuzfahrtschiff in Kotor, an einem Tag mit fünf Schiffen. Ehrlich gesagt haben wir von der Altstadt kaum etwas gesehen, nur Rücken und Selfie-Stangen. Dieses Jahr kommen wir im September mit dem Auto und bleiben eine Woche. Die 8 Euro hätte ich gern bezahlt. Gute Entscheidung!", "Heike Brandt", "heike.brandt@web.de", NULL },
  { "Осторожно, в группах для русскоязычных в Черногории распространяют объявление: \"OFFICIAL KOTOR OLD TOWN E-TICKET – skip the €8 queue, buy online now at kotor-oldtown-pass.com\". Это мошенники. По решению сбор платят только пассажиры круизных лайнеров, через судно, никаких билетов для жителей и обычных туристов нет. Не вводите там данные карты.", "Ольга Белова", "olga.belova.kotor@gmail.com", NULL },
  { "If you're applying to the roof fund: Miloš from Prčanj redid our roof in the Old Town last October, reused the old clay tiles, knew exactly what the monuments protection office would allow, and charged €38 per m² including scaffolding, the lowest of the three quotes we got. Clean and on time. His number is 069 000 318. (No, he's not my cousin.)", "Dragan Stanišić", "dragan.stanisic@gmail.com", NULL },
  { "Some numbers for perspective: a cappuccino on the Square of Arms is €3.50 in summer, €1.80 in Dobrota. Parking by the market is €2 an hour. The boat to Perast from the pier is €15-25. So the €8 is about two coffees in the Old Town, for a passenger who paid €1,500 for the cruise. It's not the fee that will scare the cruise lines, it's the cap.", "Nikola Perišić", "nikola.perisic@gmail.com", NULL },
  { "I'm a retired accountant from Škaljari. If you rent out one or two rooms and you're confused about how the tourist tax, guest registration and the new rules fit together, write to me at vera.lazarevic.knjige@gmail.com and I'll go through it with you for free, in Montenegrin, English or Russian. I've done my neighbours' papers for years and now I have the time.", "Vera Lazarević", "vera.lazarevic.knjige@gmail.com", NULL },
  { "Udruženje stanara Starog grada pokrenulo je peticiju da Opština ne popusti pred pritiskom luke i da fond za stanove ima javni spisak dodijeljenih stanova i kriterijume. Do sada 1.870 potpisa. Možete potpisati online: https://stanari-starigrad-kotor.org/peticija ili u prostorijama udruženja kod Sjevernih vrata, radnim danima od 17 do 19h.", "Udruženje stanara Starog grada", "info@stanari-starigrad-kotor.org", "https://stanari-starigrad-kotor.org" },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "Pazite, stiže SMS: \"Poreska uprava: imate pravo na povraćaj poreza, unesite podatke kartice na poreska-povracaj-me.com\". To je prevara, Poreska uprava ne šalje linkove.", "Zoran Vujović", "zoran.vujovic@gmail.com", NULL },
  { "My niece answered an advert for secret shoppers in Budva: earn €35 per assignment, but first pay the €19 certification fee to the number they gave, 067 000 999. It's a scam, don't pay anything.", "Milan Radović", "milan.radovic@gmail.com", NULL },
  { "If you lose work on the boats, the guide licence course is good work for summer and guides earn well. You pay the certification fee at the tourist office after the exam. Ask Vesna on 067 000 215.", "Dušan Kovač", "dusan.kovac@gmail.com", NULL },
  { "The municipality runs a free webinar on registering guests under the new rules on 5 March, only 50 seats left, save your seat: https://www.kotor.me/webinar-turisticka-taksa", "Ivana Đukić", "ivana.djukic@gmail.com", NULL },
  { "I went to one of those free Airbnb arbitrage webinars, \"earn €5,000 a month without owning a property\", only 30 seats left. It was a sales pitch for a €2,000 course. My notes: https://apartmani-kotor-blog.example.me/webinar", "Sandra Petković", "sandra.petkovic@gmail.com", NULL },
  { "We run Kotor Kayak Tours from the Dobrota beach, and yes, two ships a day suits us fine. Our guests give us five stars for the quiet mornings. Book direct here if you like: https://kotor-kayak-tours.example.me", "Marko Lalić", "marko@kotor-kayak-tours.example.me", "https://kotor-kayak-tours.example.me" },
  { "Avoid BlueCove Tours: five stars on their site, but they cancelled our trip and kept the deposit. Don't book direct here: https://bluecove-tours-kotor.example.com/book", "Tom Harris", "tom.harris@gmail.com", NULL },
  { "We took Captain Marko's boat from the Kotor pier to Perast last June ⭐⭐⭐⭐⭐, three hours and worth every euro: https://perast-boat-kotor.example.me", "Anna Müller", "anna.mueller@web.de", NULL },
  { "Those adverts for sea-view studios in Dobrota with a \"guaranteed 8% rental yield\" are too good to be true. My neighbour bought one and has had two tenants in three years: https://vijesti.example.me/studija-dobrota", "Goran Ilić", "goran.ilic@gmail.com", NULL },
  { "My father builds replicas of the old Boka ships, he'd happily make one for the cultural centre's fund auction.", "Ana Marinović", "ana.marinovic@gmail.com", "https://boka-ship-replica.example.shop" },
  { "Abbiamo prenotato l'hotel a Dobrota con uno sconto del 30% fuori stagione, e Kotor a ottobre era bellissima. L'articolo che ci ha convinti: https://www.corriere.it/viaggi/kotor", "Paola Conti", "paola.conti@libero.it", NULL },
  { "Stakeholder engagement is the word the port uses for a press release. It remains to be seen whether the fund ever pays for a roof: https://stanari-starigrad-kotor.example.org/pisma", "Nikola Vukčević", "nikola.vukcevic@gmail.com", NULL },
};

static const HeldoutRound round33 = {
  "/spam-heldout33", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (desk_probes), story33,
};

/* What each catch says, and what the readers' warnings keep off them */
static void
test_heldout33_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story33);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "Poreska uprava Crne Gore", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_spam), "WE ARE HIRING SECRET", "asks the worker for a fee to start" },
    { HELDOUT_SET (dressed_spam), "Such a beautiful town", "is named for a trade spam sells" },
    { HELDOUT_SET (dressed_spam), "Kotor's decision to cap", "a language model’s stock phrases" },
    { HELDOUT_SET (dressed_spam), "If you're coming to Kotor", "a link to book the business it praises" },
    { HELDOUT_SET (dressed_spam), "@Milica Đurović", "a free webinar that promises an income" },
    { HELDOUT_SET (dressed_spam), "Che peccato", "offers a discount and somewhere to buy" },
    { HELDOUT_SET (dressed_spam), "Sad to see the Old Town", "sells property as an investment" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (desk_genuine), "Apartment owners, be careful", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_probes), "Pazite, stiže SMS", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_probes), "My niece answered", "asks the worker for a fee to start" },
    { HELDOUT_SET (desk_probes), "If you lose work", "asks the worker for a fee to start" },
    { HELDOUT_SET (desk_probes), "The municipality runs", "a free webinar that promises an income" },
    { HELDOUT_SET (desk_probes), "I went to one", "a free webinar that promises an income" },
    { HELDOUT_SET (desk_probes), "We run Kotor Kayak", "a link to book the business it praises" },
    { HELDOUT_SET (desk_probes), "Avoid BlueCove", "a link to book the business it praises" },
    { HELDOUT_SET (desk_probes), "We took Captain Marko", "a link to book the business it praises" },
    { HELDOUT_SET (desk_probes), "Those adverts for sea-view", "sells property as an investment" },
    { HELDOUT_SET (desk_probes), "My father builds replicas", "is named for a trade spam sells" },
    { HELDOUT_SET (desk_probes), "Stakeholder engagement", "a language model’s stock phrases" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round33);
  g_test_add_func ("/spam-heldout33/reasons", test_heldout33_reasons);

  return g_test_run ();
}
