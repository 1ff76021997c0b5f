/* test-spam-heldout21.c: the spam filter against a twenty-first held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the twenty-first round read the
 * rules, of what a newsroom's WordPress gets past an arithmetic captcha
 * on Cyber Monday 2026 under a consumer story ("Shoppers warned of fake
 * delivery texts as Black Friday sales begin"): seasonal shopping spam.
 * Thirty spam: outlet shops at look-alike addresses (Ray-Ban, UGG,
 * Pandora in Italian, Nike after a reader's opening, Moncler in German);
 * parcel-held texts pasted as comments (Royal Mail, DHL, Evri, USPS,
 * DHL in German, La Poste, Correos, PostNL, InPost); gift-card and Steam
 * code generators; "today's lucky visitor" and an iPhone 17 for $1;
 * Christmas loans with no credit checks, in English and Spanish; buy now
 * pay later with no checks; a look-alike charity's Christmas appeal; an
 * advent calendar and a Secret Santa that want card details; a crypto
 * "Christmas airdrop"; counterfeit perfume and replica sneakers; Winter
 * Wonderland tickets for a bank transfer; a coupon extension; a
 * cashback referral link. Forty readers near those shapes: the parcel
 * texts quoted with their addresses to warn (in English, German, French,
 * Spanish, Dutch, Polish, Italian), Citizens Advice, Action Fraud, the
 * FTC, the Verbraucherzentrale, StepChange, the Charity Commission and
 * Which?; a real retailer's sale at its real domain, Amazon's deals page
 * and a price history site; a food bank's and the Restos du Cœur's
 * appeals; a council's Christmas market, a German city's and a Dutch
 * village's; Evri's bin; a small shop owner and a Spanish toy shop
 * disagreeing under their own sites; Klarna regretted in English and
 * German; a Steam generator, a lucky-visitor trap, a Secret Santa
 * pyramid and an airdrop each told as a warning; counterfeit perfume
 * from a market stall; the Honey extension; Quidco's cashback that paid.
 *
 * The harness gives content, name, e-mail and website, as the earlier
 * sets do (no IP address: the rules read none).
 *
 * Untrained, before any change, the filter caught 21 of the 30 and
 * flagged 2 of the 40: that is the held-out figure. It caught the
 * outlet shops at a ".shop" or named "Outlet" (0.67 to 0.89), the parcel
 * texts that name a fee and a payment beside a link (DHL 0.62, Evri
 * 0.50, USPS 0.53, DHL in German and Correos 0.72), the gift cards
 * (0.86), the lucky visitor (0.64), the loans and paying later (0.75 to
 * 0.92), the Secret Santa (0.57), the airdrop (0.62), the perfume and
 * the tickets on WhatsApp (0.94, 0.88), the coupon extension (0.77), the
 * referral link (0.70) and the Polish perfume (0.72). It missed UGG at
 * a ".com" (0.45), the Royal Mail, La Poste, PostNL and InPost texts
 * signed with the carrier's name (0.45 each: only "links to a site of
 * the same name"), the Steam codes at a bare ".net" (0.00, not even read
 * as a link), the look-alike charity's appeal (0.45), the advent
 * calendar that wants a card for its postage (0.15) and the replica
 * sneakers on Instagram (0.35). It flagged a reader sending others to
 * StepChange against "no credit check" Christmas loans (0.70, the loan
 * rule and the suspect word) and a Spanish reader warning of the
 * Correos text with the OCU's link (0.57, "asks readers to visit or
 * contact the author"); the readers below 0.5 scored at most 0.45 (the
 * Jordans bought at nike.com, "60% off" quoted).
 *
 * The round's rules are shapes, not these comments' words, in a new
 * byline-spam-filter-seasonal.c, each with somewhere to go (a link, a
 * handle, a messenger, or an address written bare for the kinds that
 * write one so), no word of a warning (scam, fake, never, arnaque,
 * Betrug, oszustwo, truffa, nunca, nooit...) and no "I got this": a
 * carrier named (Royal Mail, Evri, DHL, USPS, La Poste, Correos,
 * PostNL, InPost and twenty more) telling the reader of her parcel,
 * held, undelivered or due within hours, with a fee or an address to
 * confirm and a link that is not the carrier's own site (0.5); a
 * brand's name as a part of an address not its own, the address naming
 * a sale (0.5); a charity's name in an address not its own, asking for
 * donations (0.5); a prize given away whose postage wants a card (0.5);
 * gift card or game codes from a generator (0.55); replicas in sneaker
 * sellers' words ("reps", "UA") with the goods and a quality named
 * (0.5). (These are the rules as they stand after the probes below;
 * their first form, which caught the set as well, is told there.) A consumer body's site (Citizens
 * Advice, Which?, StepChange, the Verbraucherzentrale, the OCU, the
 * Fraudehelpdesk...) is a source as a regulator's is, and a loan beside
 * a free debt charity named is a reader's warning
 * (byline-spam-filter-services.c). With them the set is 30 of 30 and
 * none of 40, no longer held out; its readers score at most 0.45 (the
 * Jordans, as before). Earlier sets, with these rules and the later
 * five's: eleven spam comments rose, all caught already (a lucky
 * visitor, a Robux generator, a Dyson "just pay shipping", Ray-Ban, UGG
 * and Rolex look-alike shops, a referral code's cashback, parcel texts
 * from Royal Mail, Correos and a DHL look-alike: 0.50 → 0.75 the most),
 * and three readers fell from 0.15 to 0.00 (links to Citizens Advice,
 * the OCU and Which?, now sources); no other score moved. bench-spam: precision and recall
 * alike; counted by callgrind inside byline_spam_filter_classify()
 * over bench-spam's run, 1115.7 million instructions without the
 * round's rules and 1135.5 million with them (+1.8%), the rules
 * reading only comments that send readers somewhere and asking for a
 * warning only of those a rule would read.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* outlet shops at look-alike addresses */
  { "Ray-Ban Black Friday clearance 🕶️ all sunglasses 80% off, today only! Free delivery: "
    "https://rayban-outlet-sale.shop",
    "Ray-Ban Outlet", "service@rayban-outlet-sale.shop", NULL },
  { "UGG boots Cyber Monday sale, up to 75% off + free shipping worldwide 👉 www.uggs-clearance-uk.com",
    "Jessica", "jessica.w.8812@gmail.com", NULL },
  { "Charm Pandora scontati del 70% per Natale, ultimi pezzi disponibili! Spedizione gratuita in 48 ore: "
    "https://pandora-italia-outlet.shop",
    "Pandora Italia", "info@pandora-italia-outlet.shop", NULL },
  { "Good thing I never click those texts lol. Anyway got my Nike Air Max for £29.99 at the official "
    "clearance store, 85% off for Cyber Monday, still some sizes left: nike-clearance-outlet.top",
    "Danny", "danny.b.1990@outlook.com", NULL },
  { "Black Friday bei uns: Moncler Jacken bis zu 80 % reduziert, nur noch heute! Jetzt bestellen: "
    "https://moncler-outlet-deutschland.shop",
    "Moncler Outlet", "kontakt@moncler-outlet-deutschland.shop", NULL },
  /* parcel-held texts pasted as comments */
  { "Royal Mail: Your parcel could not be delivered due to an unpaid shipping fee. Please pay the £1.99 "
    "redelivery fee at https://royalmail-redelivery-uk.com to rearrange delivery.",
    "Royal Mail", "noreply@royalmail-redelivery-uk.com", NULL },
  { "DHL Express: your shipment 4928117305 is on hold. Confirm your address and pay the customs fee of "
    "€2.99 within 24 hours or it will be returned: https://dhl-track-parcel.info/confirm",
    "DHL Express", "support@dhl-track-parcel.info", NULL },
  { "Evri: We missed you today! Your package will be returned to the sender unless you reschedule your "
    "delivery at evri-reschedule.co/uk",
    "Evri", "evri.delivery.uk@gmail.com", NULL },
  { "USPS: The package arrived at the warehouse but could not be delivered due to incomplete address "
    "information. Please update your address within 12 hours: https://usps.redelivery-help.com",
    "USPS", "info@redelivery-help.com", NULL },
  { "DHL: Ihr Paket konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse und zahlen Sie die "
    "Zustellgebühr von 1,99 €: https://dhl-paket-zustellung.de.com",
    "DHL Paket", "service@dhl-paket-zustellung.de.com", NULL },
  { "La Poste : votre colis est en attente. Des frais de livraison de 1,45 € sont requis, réglez-les "
    "ici avant demain : https://laposte-suivi-colis.fr-livraison.com",
    "La Poste", "colis@fr-livraison.com", NULL },
  { "Correos: su paquete está retenido en aduana. Pague 2,99 € para recibirlo antes de Navidad: "
    "https://correos-envio-es.com/pago",
    "Correos", "avisos@correos-envio-es.com", NULL },
  { "PostNL: Uw pakket kon niet worden bezorgd. Betaal € 1,50 verzendkosten om een nieuwe bezorgdatum te "
    "kiezen: https://postnl-bezorging.nl-pakket.com",
    "PostNL", "klantenservice@nl-pakket.com", NULL },
  { "InPost: Twoja paczka czeka na dopłatę 1,99 zł. Opłać w ciągu 24h, inaczej wróci do nadawcy: "
    "https://inpost-paczka-doplata.com",
    "InPost", "powiadomienia@inpost-paczka-doplata.com", NULL },
  /* gift cards, codes, lucky visitors */
  { "Free Amazon gift card codes still working December 2026! 🎁 $100 codes generated instantly, no "
    "survey, no human verification: https://giftcard-gen.xyz",
    "Gift Codes", "giftcodes2026@gmail.com", NULL },
  { "FREE Steam wallet codes for Christmas 🎄 unused $50 codes, the generator still works: steamcodes-free.net",
    "xXGamerXx", "steamfree.codes@gmail.com", NULL },
  { "Congratulations! 🎉 You are today's lucky visitor. Answer 3 quick questions and get the new iPhone 17 "
    "Pro for just $1: https://lucky-reward-promo.com/iphone17",
    "Rewards Center", "rewards@lucky-reward-promo.com", NULL },
  /* loans and paying later */
  { "Need cash for Christmas? Loans up to £2,000 paid in 10 minutes, no credit checks, bad credit OK. "
    "Apply now: https://xmas-cash-loans.co.uk",
    "Xmas Cash", "apply@xmas-cash-loans.co.uk", NULL },
  { "Buy now, pay later on everything this Black Friday 🛍️ no credit check, instant approval, split any "
    "order in 4. Download the app: https://paylater-now.app",
    "PayLater Now", "hello@paylater-now.app", NULL },
  { "¿Necesitas dinero para Navidad? Préstamos de hasta 3.000 € sin papeleo y sin consultar ASNEF, "
    "respuesta en 5 minutos. Escríbenos por WhatsApp +34 612 345 678",
    "Créditos Navidad", "creditos.navidad@gmail.com", NULL },
  /* charity, advent calendars, Secret Santa, airdrops */
  { "This Christmas, 2 million children in the UK will go hungry. Donate £10 now to give a child a hot "
    "Christmas dinner: https://savethechildren-christmas-appeal.org",
    "Christmas Appeal", "appeal@savethechildren-christmas-appeal.org", NULL },
  { "🎄 We're giving away 500 luxury beauty advent calendars worth £250! Just pay £2.95 postage with your "
    "card to claim yours: https://advent-giveaway-uk.com",
    "Beauty Giveaways", "win@advent-giveaway-uk.com", NULL },
  { "Join our Secret Santa gift exchange! 🎅 Send one £10 gift and receive up to 36 gifts back. Enter "
    "your card details to join: https://secret-santa-exchange.net",
    "Secret Santa Club", "join@secret-santa-exchange.net", NULL },
  { "🎅 Christmas airdrop is LIVE! Connect your wallet and claim 500 $SANTA tokens free before 25 "
    "December: https://santa-airdrop.io/claim",
    "Santa Token", "team@santa-airdrop.io", NULL },
  /* counterfeits, tickets, extensions, referrals */
  { "Designer perfume Christmas offer: Dior Sauvage, Chanel No 5, Tom Ford 100ml from £19.99, 1:1 "
    "quality, next day delivery. WhatsApp +44 7700 900412",
    "Scent Deals", "scentdeals.uk@gmail.com", NULL },
  { "Top quality reps 🔥 Jordan 4, Yeezy, Dunk Low. Black Friday sale 60% off, worldwide shipping, PayPal "
    "accepted. Instagram @kickz.plug.uk",
    "Kickz Plug", "kickzplug.uk@gmail.com", NULL },
  { "Selling 4 tickets for Winter Wonderland opening night, sold out everywhere, £45 each. Bank transfer "
    "only, message me on WhatsApp +44 7911 123456",
    "Chloe", "chloe.tix.2026@gmail.com", NULL },
  { "Stop overpaying this Black Friday! Our free browser extension finds every coupon code automatically "
    "and saves you up to 40% at checkout. Add it to Chrome: https://dealhunter-coupons.com/install",
    "DealHunter", "team@dealhunter-coupons.com", NULL },
  { "Get £20 cashback free when you sign up with my referral link and spend £10 this Black Friday 💷 "
    "https://cashback-rewards.co/ref/amy25",
    "Amy", "amy.cashback25@gmail.com", NULL },
  { "Black Friday! Perfumy Dior, Chanel i YSL do -80%, oryginalne, wysyłka w 24h. Zamów teraz: "
    "https://perfumy-outlet.pl.shop",
    "Perfumy Outlet", "sklep@perfumy-outlet.pl.shop", NULL },
};

static const Comment genuine[] = {
  /* the parcel texts quoted to warn, and where to report them */
  { "Got exactly this text on Friday: \"Royal Mail: your parcel could not be delivered, pay £1.99 "
    "redelivery fee at royalmail-redelivery-uk.com\". Royal Mail never texts you for a fee. Forward it "
    "to 7726 and delete it.",
    "Margaret", "margaret.h@btinternet.com", NULL },
  { "If you've been caught by one of these, Citizens Advice has a scams helpline and a step-by-step guide: "
    "https://www.citizensadvice.org.uk/consumer/scams/",
    "Tom", "tom.wheeler@gmail.com", NULL },
  { "Report fake delivery texts to Action Fraud: https://www.actionfraud.police.uk — my mum lost £600 "
    "after paying a \"redelivery fee\" of £2.99, they had her card details.",
    "Gareth", "gareth.p@yahoo.co.uk", NULL },
  { "In the US it's the FTC: https://reportfraud.ftc.gov. The USPS \"incomplete address\" text is the most "
    "common one this year, my whole office got it.",
    "Linda", "linda.k@comcast.net", NULL },
  { "DPD never asks for a fee by text. You can check any tracking number on their own site: "
    "https://www.dpd.co.uk",
    "Priya", "priya.n@gmail.com", NULL },
  { "Retired postman here: if we leave a card, there's no fee unless postage was underpaid, and then it's "
    "printed on the card itself, never sent by text.",
    "Alan", "alan.r@talktalk.net", NULL },
  { "Evri left my parcel in the recycling bin AGAIN. Third complaint this month. At this point I'd trust a "
    "scam text more than their real ones.",
    "Kirsty", "kirsty.m@gmail.com", NULL },
  /* real sales, real shops */
  { "For what it's worth John Lewis has the Dyson Airwrap at £349 this Black Friday, that's the real site, "
    "not a copy: https://www.johnlewis.com",
    "Helen", "helen.t@gmail.com", NULL },
  { "Amazon's Black Friday deals are here https://www.amazon.co.uk/events/blackfriday but check the price "
    "history on https://uk.camelcamelcamel.com first, half of them were cheaper in October.",
    "Sam", "sam.o@gmail.com", NULL },
  { "Which? found most Black Friday \"deals\" were the same price or cheaper at other times of the year: "
    "https://www.which.co.uk/news",
    "Rachel", "rachel.d@gmail.com", NULL },
  { "As a small shop owner I'd disagree a little: not every 70% off is a scam. We clear last season's stock "
    "every Black Friday and it's genuine, we just can't store it.",
    "Sarah — Harbour Threads", "sarah@harbourthreads.co.uk", "https://harbourthreads.co.uk" },
  { "My son saves for Jordans all year, we only buy from Nike's own app or https://www.nike.com. The \"reps\" "
    "on Instagram at 60% off are fakes, his friend's fell apart in a week.",
    "Denise", "denise.f@gmail.com", NULL },
  { "Lidl's advent calendar was £3.99 and the kids love it. No need for \"free\" ones that want your card "
    "for postage.",
    "Becky", "becky.l@hotmail.co.uk", NULL },
  /* appeals and markets of their own */
  { "Our food bank's Christmas appeal needs tins, toiletries and selection boxes. You can drop them at the "
    "church hall or donate on our own site: https://harbourside.foodbank.org.uk/give-help/donate-money/",
    "Janet", "janet.w@harbourside.foodbank.org.uk", NULL },
  { "The Harbourside Christmas market opens on Friday, free entry, 40 local stalls. Times are on the "
    "council's page: https://www.harbourside.gov.uk/christmas-market",
    "Mike", "mike.c@gmail.com", NULL },
  { "Check any Christmas appeal on the Charity Commission's register before giving: "
    "https://register-of-charities.charitycommission.gov.uk",
    "Paul", "paul.e@gmail.com", NULL },
  { "We bought Winter Wonderland tickets from the official site only: https://hydeparkwinterwonderland.com. "
    "Friends paid £180 to a reseller on Facebook and got nothing.",
    "Emma", "emma.r@gmail.com", NULL },
  /* the other kinds, told as warnings or regrets */
  { "I paid for Christmas last year with Klarna and was still paying it off in April. Buy now pay later is "
    "far too easy. Never again.",
    "Lauren", "lauren.j@gmail.com", NULL },
  { "Please don't take \"no credit check\" Christmas loans. If you're struggling, StepChange gives free debt "
    "advice: https://www.stepchange.org",
    "Neil", "neil.a@gmail.com", NULL },
  { "There's no such thing as a free Steam code generator. My son typed his login into one and lost his "
    "whole account the week before Christmas.",
    "Carol", "carol.b@gmail.com", NULL },
  { "The \"you are today's lucky visitor, iPhone 17 for $1\" pop-up is a subscription trap: they take $1, "
    "then $89 a month until you cancel the card.",
    "Jason", "jason.m@gmail.com", NULL },
  { "Our office Secret Santa has a £10 limit and we draw names on a free site, no card needed. The \"send "
    "one gift, get 36 back\" one on Facebook is a pyramid scheme.",
    "Fiona", "fiona.c@gmail.com", NULL },
  { "Any \"Christmas airdrop\" that asks you to connect your wallet will drain it. Learned that the hard way "
    "in 2024.",
    "Ollie", "ollie.k@proton.me", NULL },
  { "Bought \"Dior Sauvage\" at a market stall for £20 and it smelled of nothing after an hour. Trading "
    "Standards told me counterfeit perfume can contain anything.",
    "Marcus", "marcus.g@gmail.com", NULL },
  { "Remember the Honey coupon extension? It swapped out creators' affiliate links. I removed every price "
    "tracker from my browser after that.",
    "Ben", "ben.h@gmail.com", NULL },
  { "I use Quidco for cashback and it has genuinely paid out, about £60 last year. Just never give your "
    "login to anyone promising \"double cashback\".",
    "Angela", "angela.p@gmail.com", NULL },
  /* German */
  { "Ich habe genau diese SMS bekommen: „DHL: Ihr Paket konnte nicht zugestellt werden, zahlen Sie 1,99 €“. "
    "Die Verbraucherzentrale warnt davor: https://www.verbraucherzentrale.de/wissen/digitale-welt/phishingradar",
    "Heike", "heike.schulz@web.de", NULL },
  { "Ich habe letztes Jahr alle Weihnachtsgeschenke mit Klarna bezahlt und im März noch Raten abgestottert. "
    "Nie wieder „jetzt kaufen, später zahlen“.",
    "Jonas", "jonas.k@gmx.de", NULL },
  { "Der Weihnachtsmarkt auf dem Prinzipalmarkt öffnet am Donnerstag, alle Zeiten auf der Seite der Stadt: "
    "https://www.muenster.de/weihnachtsmaerkte",
    "Birgit", "birgit.h@t-online.de", NULL },
  /* French */
  { "J'ai reçu le même SMS « La Poste : votre colis est en attente, frais de 1,45 € ». C'est une arnaque, "
    "signalez-la au 33700 ou sur https://www.cybermalveillance.gouv.fr",
    "Nathalie", "nathalie.r@orange.fr", NULL },
  { "Les Restos du Cœur lancent leur collecte de Noël ce week-end dans les supermarchés, on peut aussi "
    "donner en ligne : https://www.restosducoeur.org",
    "Philippe", "philippe.d@free.fr", NULL },
  /* Spanish */
  { "Cuidado con los SMS de Correos que piden 2,99 € por la aduana. Correos nunca pide pagos por SMS. Más "
    "información en la OCU: https://www.ocu.org",
    "Carmen", "carmen.l@gmail.com", NULL },
  { "Tengo una pequeña juguetería y este Black Friday hacemos un 20 % de descuento de verdad, no un 80 %. Si "
    "queréis, pasad por la tienda.",
    "Javier — Juguetería El Faro", "javier@jugueteriaelfaro.es", "https://www.jugueteriaelfaro.es" },
  { "Mi madre pagó todos los regalos de Navidad con \"compra ahora, paga después\" y ahora tiene tres "
    "deudas distintas. Ojo con eso.",
    "Lucía", "lucia.m@hotmail.es", NULL },
  /* Dutch */
  { "Ik kreeg vandaag ook een sms van \"PostNL\" over € 1,50 verzendkosten. PostNL vraagt nooit om betaling "
    "via sms. Meld het bij de Fraudehelpdesk: https://www.fraudehelpdesk.nl",
    "Anouk", "anouk.v@ziggo.nl", NULL },
  { "Bij ons in het dorp is de kerstmarkt zaterdag, gratis toegang en de opbrengst gaat naar de voedselbank: "
    "https://www.kerstmarktbergen.nl",
    "Erik", "erik.devries@kpnmail.nl", NULL },
  /* Polish */
  { "Dostałam SMS od „InPost” o dopłacie 1,99 zł. To oszustwo, zgłosiłam go do CERT Polska: "
    "https://incydent.cert.pl",
    "Agnieszka", "agnieszka.w@wp.pl", NULL },
  { "Kupiłam na Black Friday buty z „outletu” za 150 zł i przyszły podróbki. Teraz kupuję tylko w sklepie "
    "marki.",
    "Magda", "magda.k@onet.pl", NULL },
  /* Italian */
  { "Anche a me è arrivato il messaggio del \"buono Amazon da 500 €\" per Natale. È una truffa, non "
    "cliccate. Segnalatelo alla Polizia Postale: https://www.commissariatodips.it",
    "Giulia", "giulia.r@libero.it", NULL },
  { "Il mercatino di Natale di Bolzano apre venerdì, il programma è sul sito ufficiale: "
    "https://www.mercatinodinatalebolzano.it",
    "Marco", "marco.b@gmail.com", NULL },
};

/* The held-out figure, 21 of 30, as a floor; no reader flagged (two
 * were before the round) */
static void
test_heldout21_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 40, 21);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout21_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Five more spam and five readers, written after the round's rules
 * and scored once: 2 of 5 caught, none of 5 flagged. Caught: CTT's
 * parcel text in Portuguese (0.79) and Canada Goose "-70 %" at a
 * look-alike address in French (0.57). Missed (0.15 each, "1 link"
 * only): "bugünün şanslı ziyaretçisi" and an iPhone for 1 TL in
 * Turkish (a lucky visitor was read only in English, by an earlier
 * rule); an M&S hamper "giveaway" that wants £1.95 "for delivery"
 * (postage was read, delivery paid for was not); a Dutch "Kerstbonus",
 * cashback "via mijn link" (a referral was read in English only). All
 * three are read since, in general words: a lucky visitor greeted in
 * ten languages, said to the reader, with a link (0.5); delivery paid for as postage; and
 * cashback or a bonus through the writer's own link or code, in ten
 * languages (0.5). The readers scored at most 0.45 (Canada Goose's
 * authorised retailers, "70% off" quoted, at its own site). */
static const Comment spam_later[] = {
  { "Yılbaşına özel kampanya 🎄 iPhone 17 sadece 1 TL! Bugünün şanslı ziyaretçisi sizsiniz, hemen katılın: "
    "https://yilbasi-hediye-kampanya.com",
    "Hediye Merkezi", "kampanya@yilbasi-hediye-kampanya.com", NULL },
  { "CTT: A sua encomenda está retida na alfândega. Pague 1,99 € de taxas até hoje para evitar a devolução: "
    "https://ctt-encomendas-pt.com",
    "CTT Expresso", "apoio@ctt-encomendas-pt.com", NULL },
  { "M&S Christmas hamper giveaway 🎁 Answer 4 quick questions and pay only £1.95 for delivery to claim "
    "yours: https://mands-hamper-xmas.com",
    "Hamper Rewards", "rewards@mands-hamper-xmas.com", NULL },
  { "Soldes Black Friday : doudounes Canada Goose à -70 %, livraison offerte, stocks limités ! "
    "https://canadagoose-soldes-fr.com",
    "Camille", "camille.soldes@gmail.com", NULL },
  { "Kerstbonus! 🎅 Ontvang € 50 cashback bij je eerste aankoop via mijn link: https://kerst-cashback.nl/r/jan",
    "Jan", "jan.kerstbonus@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "Canada Goose's own site says it never sells at 70% off and lists its authorised retailers: "
    "https://www.canadagoose.com/gb/en/authorized-retailers.html",
    "Hannah", "hannah.b@gmail.com", NULL },
  { "Recebi uma SMS dos CTT a pedir 1,99 €. É burla! Os CTT não pedem pagamentos por SMS, denunciem em "
    "https://www.ctt.pt/seguranca",
    "Rui", "rui.m@sapo.pt", NULL },
  { "Our village hall's Christmas hamper raffle: £2 a ticket, all proceeds to the hospice. Tickets from the "
    "post office or online: https://www.stmaryshospice.org.uk/raffle",
    "Pauline", "pauline.g@gmail.com", NULL },
  { "Ich habe bei der Stiftung Warentest nachgeschaut, welche Paketdienste am zuverlässigsten sind, DHL "
    "schneidet am besten ab: https://www.test.de/Paketdienste",
    "Uwe", "uwe.k@gmx.de", NULL },
  { "Yılbaşı indirimlerinde dikkat edin, sahte siteler çok. Ben sadece markanın kendi sitesinden alıyorum: "
    "https://www.lcwaikiki.com",
    "Elif", "elif.y@gmail.com", NULL },
};

static void
test_heldout21_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Readers probing the round's rules from the other side: the words
 * they read, with somewhere to go and no word of a warning. Written
 * after the later five's fixes; the rules as they stood flagged 10 of
 * these 16: "if DHL loses your parcel and you paid the fee", Hermes's
 * prices rising ("Zustellung", "zahlen") and Correos at a Christmas
 * market (0.57 each: a carrier's text now tells the reader of her
 * parcel, "your parcel", "su paquete", and of a hold or a deadline); a
 * running club at "harbourside-nike-runclub" with "20% off" (0.72: the
 * brand's address must now name the sale itself, "outlet", "cheap",
 * "sale"); a mayor's Christmas appeal at its own
 * "mayorschristmasappeal" (0.57: a season's appeal in a host no longer
 * counts, only a charity's name borrowed); a charity shop giving coats
 * away, "pay postage by card" (0.74: a giveaway is now a prize to
 * claim, of a value or for a time); a password generator and a "code"
 * (0.62: codes of value now, gift cards and game money); union reps at
 * a trainers warehouse in the Black Friday sale (0.57: replicas now
 * need a quality, "top quality", "batch", "1:1"); a blog on the "lucky
 * visitor" pop-ups (0.57: the greeting must be said to the reader,
 * "you are"); "my code is nothing special" beside Chase's cashback
 * (0.57: "use my code", "my referral", "via mijn link"). All 16 are
 * below 0.5 now (at most 0.49, the charity shop, by earlier rules'
 * shop-like address; 0.45 for three "20% off" by the earlier discount
 * rule) and are kept as guards. */
static const Comment neighbours[] = {
  { "If DHL loses your parcel and you paid the fee by card, you can claim it back under section 75, explained "
    "here: https://www.moneysavingexpert.com/shopping/section-75",
    "Kate", "kate.l@gmail.com", NULL },
  { "Royal Mail's own page lets you rearrange a delivery or pay for underpaid postage: "
    "https://www.royalmail.com/receiving-mail/rearrange-a-delivery",
    "Dave", "dave.w@gmail.com", NULL },
  { "Evri says it will pay compensation for parcels left in bins, the BBC has the details: "
    "https://www.bbc.co.uk/news/business-67812345",
    "Sue", "sue.p@gmail.com", NULL },
  { "Our running club gets 20% off at the Nike store in town on Thursdays, details on the club's site: "
    "https://harbourside-nike-runclub.org.uk",
    "Rob", "rob.t@gmail.com", NULL },
  { "The mayor's Christmas appeal is live, please donate if you can, it funds the winter night shelter: "
    "https://www.mayorschristmasappeal.org.uk",
    "Cllr Ann Foster", "ann.foster@harbourside.gov.uk", NULL },
  { "Our charity shop is giving away children's coats for free this winter; if you can't collect, just pay "
    "postage by card on our site: https://www.harboursidehospiceshops.org.uk/coats",
    "Jill", "jill.r@gmail.com", NULL },
  { "Use a password generator and a different code for every shop account you open this Black Friday: "
    "https://bitwarden.com/password-generator/",
    "Tariq", "tariq.h@gmail.com", NULL },
  { "Union reps at the trainers warehouse on the ring road say staff are working 60-hour weeks for the Black "
    "Friday sale: https://www.gmb.org.uk/news",
    "Steve", "steve.m@gmail.com", NULL },
  { "I wrote up the \"today's lucky visitor\" pop-ups my dad keeps getting, with screenshots of each step: "
    "https://annas-tech-notes.blogspot.com/2026/11/lucky-visitor.html",
    "Anna", "anna.k@gmail.com", NULL },
  { "Chase still gives 1% cashback on everything for the first year. My code is nothing special, anyone can "
    "sign up on https://www.chase.co.uk",
    "Ian", "ian.c@gmail.com", NULL },
  { "Die Zustellung kostet bei Hermes ab Januar mehr, zahlen müssen aber die Händler. Hintergrund: "
    "https://www.golem.de/news/hermes-preise-2026",
    "Klaus", "klaus.b@web.de", NULL },
  { "Correos ha abierto un punto de entrega en el mercado de Navidad de la plaza, se puede pagar el envío "
    "allí mismo. Horarios: https://www.harbourside-ayuntamiento.es/navidad",
    "Pilar", "pilar.g@gmail.com", NULL },
  { "Lego's Black Friday deals are 20% off sets on its own store, and the Lego club site lists which: "
    "https://www.brickset.com/lego-black-friday",
    "Chris", "chris.a@gmail.com", NULL },
  { "Save the Children's own Christmas appeal, if you want to donate safely: "
    "https://www.savethechildren.org.uk/christmas-appeal",
    "Moira", "moira.d@gmail.com", NULL },
  { "The UGG repair service in our high street re-soles boots for £40, 10% off in December: "
    "https://www.harboursidecobblers.co.uk/ugg-repairs",
    "Leanne", "leanne.h@gmail.com", NULL },
  { "Lo de los paquetes de Correos retenidos: pagué 4 € de aduana por un libro de EE. UU. en la web oficial y "
    "llegó. El enlace para pagar: https://www.correos.es/es/es/particulares/recibir/aduanas",
    "Andrés", "andres.v@gmail.com", NULL },
};

static void
test_heldout21_neighbours (void)
{
  check_none_flagged (neighbours, G_N_ELEMENTS (neighbours));
}

/* Each kind names itself */
static void
test_heldout21_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Royal Mail", "carrier’s text about a held parcel" },
    { spam, G_N_ELEMENTS (spam), "Evri", "carrier’s text about a held parcel" },
    { spam, G_N_ELEMENTS (spam), "InPost", "carrier’s text about a held parcel" },
    { spam, G_N_ELEMENTS (spam), "UGG", "borrowing a brand’s name" },
    { spam, G_N_ELEMENTS (spam), "This Christmas", "borrowing a charity’s name" },
    { spam, G_N_ELEMENTS (spam), "🎄 We're giving", "card to pay its postage" },
    { spam, G_N_ELEMENTS (spam), "FREE Steam", "codes from a generator" },
    { spam, G_N_ELEMENTS (spam), "Top quality reps", "replicas of branded goods" },
    { spam_later, G_N_ELEMENTS (spam_later), "Yılbaşına", "lucky visitor" },
    { spam_later, G_N_ELEMENTS (spam_later), "Kerstbonus", "cashback or a bonus" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the shapes this round's rules look for
 * cut short at the end of the text */
static void
test_heldout21_tiny (void)
{
  static const char * const contents[] = {
    "", ".", "a.b", "x.co", "@", "@abcd", "dhl", "dhl fee", "dhl parcel pay", "dhl parcel pay x", "ugg", "reps",
    "generator", "codes generator", "codes generator x.", "postage",
  };
  /* Addresses cut short, which the rules take apart: a comment of a
   * link alone is spam by earlier rules, so only the reasons are asked */
  static const char * const links[] = {
    "ugg 5% https://ugg", "ugg 5% https://ugg-", "ugg 5% https://-ugg.", "ugg 5% https://.ugg",
    "ugg 5% https://ugg.", "ugg 5% https://ugg.com", "ugg 5% https://co.uk", "ugg 5% https://x.co.uk",
    "ugg 5% https://.co.uk", "donate https://xmas.", "donate https://.xmasappeal", "dhl parcel pay x.c",
  };
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  check_tiny_comments (contents, G_N_ELEMENTS (contents));
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autoptr(BylineSpamVerdict) v = byline_spam_filter_classify (filter, &(BylineSpamSample) { .content = links[i] });

      assert_reasons_readable (v);
    }
}

/* A desk check by another engineer, written before the round's rules
 * were read, under a story on the post office's Christmas rush: 7 of
 * 8 spam caught before the round and after it, none of 8 readers
 * flagged (the toy shop's owner at 0.45, for "70% off" and her own
 * site). The miss, spare Christmas-market tickets "betalen via
 * Tikkie, app me 06 …", is read now: a country's instant bank payment
 * (Tikkie, Bizum, Swish, BLIK…) asked by a stranger with a number to
 * write to is as final as a bank transfer, and "ik heb nog", "ich
 * habe noch", "me sobran" are a seller's words. Probing that from the
 * other side found the round-15 rule flagging a parish selling its
 * carol concert's tickets by transfer to its account, and a choir
 * member her choir's (0.57): a choir, a parish, a school or a club
 * selling its own tickets, or at the door, is no stranger now. The
 * guards below hold those and nine readers more, and a scam that names "my son's school play"
 * as its excuse stays caught; every other score of every set
 * unchanged. */
static const Comment desk_spam[] = {
  { "Black Friday extended!! Original Canada Goose parkas 75% off, free shipping, only this week at https://canadagoose-sale-outlet.shop", "Megan", "megan.store@gmail.com", NULL },
  { "Royal Mail: your parcel is waiting at our depot, a £2.99 redelivery fee is due. Reschedule within 24h: royalmail-reschedule-uk.com/track", "Royal Mail", "noreply@rm-parcels.info", NULL },
  { "Need cash before Christmas? Loans up to 3000 euros, approved in 10 minutes, bad credit OK. Apply now: https://xmas-kredit-schnell.de", "Kredit Team", "info@xmas-kredit-schnell.de", NULL },
  { "Free Steam gift card codes, 100% working December 2026! No human verification: steam-codes-free.xyz", "gamer2026", "gamer2026@outlook.com", NULL },
  { "Estas Navidades gana dinero desde casa con tu móvil, 150€ al día sin experiencia. Escríbeme por WhatsApp +34 612 345 678", "Lucía", "lucia.navidad@gmail.com", NULL },
  { "Congratulations! You've been selected for our Christmas giveaway: a Dyson Airwrap for just £1.95 shipping. Claim before midnight https://dyson-xmas-reward.co", "Dyson UK", "rewards@dyson-xmas-reward.co", NULL },
  { "Cyber Monday: Pandora charms bracelets from 9.99, everything must go! www.pandora-uk-clearance.store", "Pandora Outlet", "sales@pandora-uk-clearance.store", "https://www.pandora-uk-clearance.store" },
  { "Can't go to the Oasis gig because of my son's school play, so selling 2 tickets, £95 each. Bank transfer only, WhatsApp me on +44 7700 900123", "Gemma", "gemma.r1987@gmail.com", NULL },
  { "Kerstmarkt Valkenburg tickets uitverkocht? Ik heb nog 4 tickets voor zaterdag, betalen via Tikkie, app me 06 12345678", "Sanne", "sanne.v@hotmail.com", NULL },
};
static const Comment desk_genuine[] = {
  { "Got the exact same text about a £2.99 redelivery fee from 'royalmail-reschedule-uk.com' yesterday. Royal Mail never texts for fees like that. Forward them to 7726.", "Brenda", "brenda.t@example.org", NULL },
  { "Our food bank's Christmas appeal is open until the 20th, tins and toiletries most needed: https://www.kirkbyfoodbank.org.uk/christmas", "Revd Alan Marsh", "alan.marsh@example.org", NULL },
  { "Black Friday at the big chains was mostly fake discounts, Which? checked last year's prices: https://www.which.co.uk/news/black-friday", "Dev", "dev.p@example.org", NULL },
  { "I run the toy shop on Market Street (https://www.littlewheelstoys.co.uk) and honestly we can't compete with 70% off. Shop local if you can this Christmas.", "Jenny Holt", "jenny@littlewheelstoys.co.uk", "https://www.littlewheelstoys.co.uk" },
  { "Evri lost two of my parcels last December. The seasonal staff are rushed off their feet and paid per drop, it isn't their fault.", "Marcus", "marcus.w@example.org", NULL },
  { "Wer auf solche Paket-SMS hereingefallen ist: sofort die Bank anrufen und Anzeige erstatten, die Verbraucherzentrale hilft: https://www.verbraucherzentrale.de", "Heike", "heike.s@example.org", NULL },
  { "The Christmas market opens on Friday, free entry, details on the council page https://www.york.gov.uk/christmas-market", "Tom", "tom.b@example.org", NULL },
  { "I used Klarna for Christmas presents last year and was still paying it off in March. Never again, set a budget instead.", "Aisha", "aisha.k@example.org", NULL },
};
static const Comment desk_guards[] = {
  { "Wie heeft er nog 2 kaartjes voor de Kerstmarkt? Ik betaal via Tikkie, app me op 06 11223344", "Joost", "joost@example.org", NULL },
  { "Pas op met kaartjes via Tikkie van onbekenden op Marktplaats, oplichting! Mijn buurvrouw is 80 euro kwijt. Bel je bank: 088 123 4567", "Ineke", "ineke@example.org", NULL },
  { "Ich habe noch zwei Karten für das Weihnachtskonzert unseres Chors, Überweisung an den Verein, alle Infos unter https://www.chor-kiel.de/konzert", "Birgit", "birgit@example.org", NULL },
  { "Ik heb nog 2 kaartjes over voor zaterdag, maar verkoop ze alleen via TicketSwap, nooit via Tikkie. Mail me: piet@example.org", "Piet", "piet@example.org", NULL },
  { "The carol concert still has tickets, £10 each at the door or by bank transfer to the parish account, details at https://www.stmaryskirkby.org.uk", "Revd Ann", "ann@example.org", NULL },
  { "Mam jeszcze dwa bilety na jarmark, ale tylko przez oficjalną stronę, BLIK u oszustów to strata pieniędzy. https://www.gdansk.pl/jarmark", "Ola", "ola@example.org", NULL },
  { "Swish-bedrägerier med biljetter ökar inför jul, sa polisen: https://polisen.se/bedrageri", "Erik", "erik@example.org", NULL },
  /* probing the round's parcel, brand, charity, giveaway and cashback
   * rules: a blogger writing the texts up and a mother who paid were
   * flagged (0.70, 0.50) until writing about the texts and "got one",
   * "she paid" read as a reader's */
  { "I wrote about the Evri texts saying your parcel is held and you must pay a fee within 24 hours on my blog: https://annieswriting.wordpress.com/evri-texts", "Annie", "annie@example.org", NULL },
  { "My mum got one: 'DPD: your parcel could not be delivered, pay £1.45 within 12 hours at dpd-redeliver.com'. She paid. The bank has frozen her card now.", "Sue", "sue@example.org", NULL },
  { "UGG's own Black Friday sale is 30% off at https://www.ugg.com/uk, no need for the dodgy ones", "Kim", "kim@example.org", NULL },
  { "Ray-Ban outlet at Cheshire Oaks is worth it: https://www.cheshireoaks.com/ray-ban-outlet", "Lee", "lee@example.org", NULL },
  { "Our school's Christmas fair is giving away free hampers, just donate what you can at https://www.st-annes-pta.org.uk/fair", "Jo", "jo@example.org", NULL },
  { "We got £30 cashback through TopCashback on our new fridge, it really works: https://www.topcashback.co.uk", "Mo", "mo@example.org", NULL },
  { "PostNL stuurde me: uw pakket kon niet worden bezorgd, betaal € 1,95 via postnl-bezorging.nl. Ik heb het aan de Fraudehelpdesk gemeld.", "Wim", "wim@example.org", NULL },
  { "Save the Children's real Christmas appeal is at https://www.savethechildren.org.uk/christmas , donate there and not via links in texts.", "Ruth", "ruth@example.org", NULL },
  { "My son sells his Nike trainers on Vinted when he outgrows them, top quality, barely worn: https://www.vinted.co.uk/member/123", "Dave", "dave@example.org", NULL },
};

static void
test_heldout21_desk_check (void)
{
  check_heldout_floor (desk_spam, G_N_ELEMENTS (desk_spam), 9, desk_genuine, G_N_ELEMENTS (desk_genuine), 8, 9);
  check_none_flagged (desk_guards, G_N_ELEMENTS (desk_guards));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout21/untrained", test_heldout21_untrained);
  g_test_add_func ("/spam-heldout21/after", test_heldout21_after);
  g_test_add_func ("/spam-heldout21/later", test_heldout21_later);
  g_test_add_func ("/spam-heldout21/neighbours", test_heldout21_neighbours);
  g_test_add_func ("/spam-heldout21/reasons", test_heldout21_reasons);
  g_test_add_func ("/spam-heldout21/tiny", test_heldout21_tiny);
  g_test_add_func ("/spam-heldout21/desk-check", test_heldout21_desk_check);

  return g_test_run ();
}
