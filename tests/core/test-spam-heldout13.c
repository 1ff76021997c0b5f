/* test-spam-heldout13.c: the spam filter against a thirteenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy-one comments written before the thirteenth round read the
 * rules, of what a newsroom's WordPress gets past an arithmetic captcha
 * in late 2026, of kinds the earlier sets had little of: thirty-one spam
 * (pirate television by subscription in English and French; a rebate
 * claimed by scanning a QR code; crypto calls on Discord and an
 * investment circle on Signal; a phone giveaway, Elon Musk doubling
 * bitcoin and Martin Lewis selling an AI trading platform; a Temu
 * referral code; a sugar daddy's allowance, teacup puppies, concert
 * tickets and a flat let by a landlady abroad; a parcel held for a
 * customs fee; a credit score "fixed", verified exchange accounts for
 * sale, an AI "humanizer" to beat plagiarism detectors; THC gummies and
 * kratom, research peptides, a hair clinic in Istanbul; parcels to
 * reship from home; loans in Italian, Dutch, Polish, Romanian and
 * Vietnamese; slots in Indonesian and Tagalog; letters in circles and
 * small capitals; a shortened link behind "SHOCKING" news bait; a link
 * slipped into the middle of praise) and forty readers (IPTV, QR codes,
 * Discord, Signal, giveaways, Martin Lewis's fake ads, Temu, sugar
 * daddies, rescue dogs, spare tickets, rents, parcel texts, credit,
 * humanizers, kratom, peptides, hair transplants and warehouse jobs as
 * news or their own life, one with a Discord invitation and one with a
 * council's short link; a hardware shop and a pub named, official
 * sites, a blog shared politely, a sofa given away by e-mail; in
 * Italian, Dutch, Polish, Romanian, Vietnamese, Indonesian, Tagalog and
 * Hungarian; in capitals; quoting the story; one or two words).
 *
 * Untrained, before any change, the filter caught 16 of the 31 and
 * flagged none of the 40: that is the held-out figure (the set was meant
 * to hold thirty spam; it was scored before the count was noticed, so it
 * keeps all thirty-one). It missed IPTV in English (0.40) and in French
 * (0.00); the QR code rebate (0.00); the Signal circle (0.15); Martin
 * Lewis's AI trading platform (0.45); the Temu code (0.00); the puppies
 * (0.45) and the flat (0.45); the AI humanizer (0.00); the peptides
 * (0.00); the parcels to reship (0.45); the Dutch, Romanian and
 * Vietnamese loans (0.00 each); and the "SHOCKING" short link (0.15).
 * The readers closest to the line: the sofa given away by e-mail
 * (0.45), the blog (0.41), both readers in capitals (0.40), and
 * Indonesian gambling as news (0.35).
 *
 * The round's rules are kinds, not these comments' words. In
 * trades.c: television sold without a licence (IPTV) with two signs of
 * the trade (a trial, a count of channels, a year's subscription) and
 * somewhere to buy; peptides and SARMs sold "for research"; puppies and
 * kittens sent by courier, with a number or an address. In services.c:
 * loans without checks in Dutch, Italian, Romanian, Hungarian, Czech
 * and Vietnamese, weighing 0.5 rather than 0.45 with two such promises
 * or a payout within the day; a home let unseen, the keys sent after a
 * deposit; parcels to receive and reship, payments to pass on, as money
 * mule jobs. In pitches.c: an AI "humanizer" in its makers' words; an
 * author's own referral code (a code of letters and digits) with what
 * it gets a new user, needing no link; a famous name backing an
 * investment with promised earnings or a secret "the banks" would shut;
 * an invitation into a group chat to trade, with a percentage or the
 * trade's hype. In bait.c: a scandal or a hidden video behind a
 * shortened link (or two such words behind any link of the writer's);
 * money claimed by scanning a code or giving bank details. Signal's
 * "signal.group" and "signal.me" are a messenger's links (lures.c).
 * With them the set is 31 of 31 and none of 40, no longer held out. No
 * earlier set's reader changes score; earlier spam only rises (a
 * Telegram signals channel and a Discord pump group in fresh, two
 * "leaked" tips, three loans).
 *
 * Readers written to probe the rules from the other side (the
 * "neighbours" below) found nine flagged: a broadband firm's IPTV box
 * "for the channels" at bt.com (0.50), a landlord abroad whose agent
 * lets his flat (0.72), a mystery shopper's agency (0.57), a lecturer
 * whose students beat Turnitin with a free humanizer, under his blog
 * (0.50), "my code didn't work at checkout" (0.50), Martin Lewis's
 * advice to "start with" savings and the best "deposit" rates (0.50), an
 * investment club's WhatsApp group (0.57), a church's QR code for
 * donations (0.57), and, by an older rule, a reader quoting Elon Musk's
 * "'double your bitcoin'" deepfakes (0.58). Now IPTV needs two signs of
 * the trade, a rental scam the keys after a deposit, a humanizer its
 * makers' words, a referral code a code, a famous name's scheme its
 * promised earnings, a group chat a percentage or hype, a claim money
 * to receive; mystery shopping is no mule job, and "double your" in
 * quotation marks promises nothing (offers.c).
 *
 * Then five spam and five readers of the same kinds were written after
 * those rules and scored once: 1 of the 5 caught, none of the 5
 * flagged. That is the honest figure for the rules. They caught IPTV in
 * Spanish (0.88) and missed Maine Coon kittens with "transport to your
 * door" (0.45: no courier's word the rule knew), Deborah Meaden's app
 * that "turns £200 into £3,000 a week" which "the banks hate" (0.40: an
 * app, no platform or investment; earnings as a sum, not a word), a
 * Hungarian loan "jövedelemigazolás nélkül, BAR-listásoknak is" (0.45:
 * one promise and no payout time), and an assistant who would "receive
 * payments from our clients into your account and transfer them on"
 * (0.35: the mule's job in words the rule lacked). No reader was
 * flagged, none above 0.15.
 *
 * Rules for those kinds followed (a courier's or "transport to your
 * door" for pets, and more breeds; an app a famous name backs, earnings
 * by the week and "the banks hate it", the readers' warnings as whole
 * words, since a scheme's address may hold "report"; loans "for those
 * on the debtors' list" and paid out "at once" in Hungarian, Czech and
 * German; money received into one's account and sent on, both halves
 * needed), bringing the later ten to 5 of 5 and none of 5, a figure no
 * longer honest. Four more neighbours stay under the line: kittens for
 * local homes with "no couriers" (0.45), sole traders who "receive
 * payments" and "transfer them" at the council's site (0.00), a Dragon
 * who "backed" an app that "turns" waste into compost (0.50 until
 * "backed" and "turns" were dropped as a scheme's words), and a
 * Hungarian reader calling such loans usury (0.50 until "uzsora" and
 * its kin were read as warnings).
 *
 * So five spam and five readers more were written after those rules
 * and scored once: 3 of the 5 caught, none of the 5 flagged. They
 * missed a flat in Lyon whose keys "vous seront envoyées par la poste
 * après le virement de la caution" (0.45: the rental scam known in
 * English only) and "£20 free on Revolut when you sign up with my
 * referral link", the link written without "http" (0.00: a referral
 * link counted only as a link); the retatrutide pens were caught by
 * the rule for peptides.
 *
 * Then the rental scam's keys and deposit were read in French,
 * Spanish, German, Italian and Portuguese, with the homes' and the
 * warnings' words, and a referral link counts written bare, weighing
 * 0.5 with what signing up gets: the fourth ten 5 of 5 and none of 5,
 * no longer honest either. Readers probing those stay under the line: a
 * warning of landlords abroad who post the keys (0.00), a flat let by
 * an agency with an address for its number (0.45), a friend's referral
 * link to an energy firm (0.00), and "no referral link nonsense"
 * (0.00).
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* pirate television by subscription */
  { "Best IPTV subscription of 2026: 25,000 live channels, every Premier League and Champions League match in "
    "4K, no buffering. 24-hour free trial at ultra-iptv-uk.store",
    "Ultra IPTV", "sales@ultra-iptv-uk.store", NULL },
  { "Abonnement IPTV premium 12 mois à 39 €, toutes les chaînes françaises et le sport en direct, compatible "
    "Smart TV et Firestick. Test gratuit : iptv-france-pro.fr",
    "IPTV France", "contact@iptv-france-pro.fr", NULL },
  /* a QR code to scan */
  { "Residents can now claim the £150 winter energy rebate by scanning the QR code on our page. Scan, verify "
    "your bank details and the money arrives in 48 hours: energy-rebate-claim.uk",
    "Energy Rebate Team", "claims@energy-rebate-claim.uk", NULL },
  /* invitations to Discord and Signal */
  { "Tired of losing money? Our Discord gives free crypto calls every day, 10x gems before they pump. Join "
    "5,000 members: discord.gg/moonshotcalls",
    "Moonshot Calls", "moonshot.calls.alpha@gmail.com", NULL },
  { "Private investment circle on Signal, members made 300% on the last presale. Limited seats, join here: "
    "https://signal.group/#CjQKIL8wYXNk",
    "Victor", "victor.capital.pro@gmail.com", NULL },
  /* giveaways and celebrities */
  { "🎉 GIVEAWAY 🎉 To celebrate our 10th anniversary we are giving away 50 iPhone 17 Pro Max to our readers! "
    "Just tap the link, answer 3 questions and pay £1.99 shipping: iphone-winners-uk.com",
    "Anniversary Promo", "promo@iphone-winners-uk.com", NULL },
  { "Elon Musk is giving back to the community: send between 0.1 and 20 BTC to the event address and receive "
    "double back instantly. Official event page: x-tesla-btc2x.live",
    "Tesla Event", "event@x-tesla-btc2x.live", NULL },
  { "Martin Lewis revealed on live TV how ordinary people are earning £1,000 a day with the new AI trading "
    "platform. Start with just £250 before the banks shut it down: quantum-ai-profit.co",
    "Money Tips UK", "moneytips.uk.daily@gmail.com", NULL },
  /* referral codes */
  { "New users get a £100 coupon bundle plus free shipping on Temu with my code acm738291, just paste it at "
    "checkout 🛍️ Works today only!",
    "Jenny", "jenny.deals.uk@gmail.com", NULL },
  /* sugar daddies, puppies, tickets, flats */
  { "Sugar daddy here looking for a sweet sugar baby, £2,000 weekly allowance paid every Friday, no meeting "
    "required. Text me on WhatsApp +1 (929) 555-0174",
    "Richard", "richard.sd.allowance@gmail.com", NULL },
  { "Adorable teacup French bulldog puppies ready for a loving home, vet checked, vaccinated, KC registered. "
    "Delivery nationwide. Email fluffyfrenchies.home@gmail.com for photos and price",
    "Fluffy Frenchies", "fluffyfrenchies.home@gmail.com", NULL },
  { "I have 2 tickets for the Oasis concert at Wembley I can no longer use, selling at face value, can "
    "transfer them on the app today. Message me on WhatsApp +44 7480 555 019",
    "Kelly", "kelly.smith20061@outlook.com", NULL },
  { "Spacious furnished 2 bedroom apartment for rent near the city centre, £650 per month, all bills "
    "included. I'm abroad for work so the keys are sent after deposit. Email me at landlady.susan@gmail.com",
    "Susan", "landlady.susan@gmail.com", NULL },
  /* a parcel or a toll to pay */
  { "Royal Mail: your parcel is on hold due to an unpaid customs fee of £1.99. To avoid return to sender, "
    "confirm your address today at royalmail-redelivery.top",
    "Royal Mail", "no-reply@royalmail-redelivery.top", NULL },
  /* credit repair, accounts for sale, undetectable AI */
  { "Bad credit? I contacted Credit Wizard and within 7 days my score went from 480 to 810, two evictions "
    "and a bankruptcy removed. Reach him on creditwizard.fix at gmail dot com",
    "Maria Gonzalez", "maria.gonzalez.1987@outlook.com", NULL },
  { "Buy verified Binance, Cash App, PayPal and Wise accounts, fully KYC verified with documents. Aged Gmail "
    "and Facebook accounts in bulk. Telegram @verifiedaccshop",
    "Verified Acc Shop", "verifiedaccshop@gmail.com", NULL },
  { "Make your ChatGPT essays 100% undetectable by Turnitin and GPTZero. Our AI humanizer rewrites any text "
    "in seconds, bypass every AI detector. Try it free: humanize-pro.ai",
    "Humanize Pro", "team@humanize-pro.ai", NULL },
  /* gummies, kratom, peptides, a hair clinic */
  { "Premium Delta-9 THC gummies and kratom capsules shipped discreetly to all 50 states, lab tested. Use "
    "code NEWS20 for 20% off at greenleaf-botanicals.shop",
    "Greenleaf", "orders@greenleaf-botanicals.shop", NULL },
  { "Research peptides BPC-157, TB-500, retatrutide and tirzepatide, 99% purity, third-party tested, fast "
    "worldwide shipping. Order at peptide-labs-direct.com",
    "Peptide Labs", "support@peptide-labs-direct.com", NULL },
  { "All-inclusive FUE hair transplant in Istanbul from €1,499: unlimited grafts, 5-star hotel and VIP "
    "transfer included. Free online consultation, WhatsApp +90 532 555 12 34",
    "Istanbul Hair Clinic", "info@istanbulhairclinic-vip.com", NULL },
  /* work from home that is money laundering */
  { "We are hiring remote package inspectors: receive parcels at home, check them and reship with the labels "
    "we send. £3,500 per month, no experience needed. Apply: parcel-inspector-jobs.com",
    "HR Department", "hr@parcel-inspector-jobs.com", NULL },
  /* loans in Italian, Dutch, Polish, Romanian and Vietnamese */
  { "Prestiti veloci senza busta paga, anche a protestati e cattivi pagatori, fino a 50.000 € con "
    "approvazione in 24 ore. Contattaci su WhatsApp +39 351 555 2233",
    "Prestiti Facili", "prestitifacili.it@gmail.com", NULL },
  { "Snel geld lenen zonder BKR-toetsing, tot €15.000 binnen 24 uur op je rekening. Vraag vandaag nog "
    "vrijblijvend aan op snellenen-zonderbkr.nl",
    "Snel Lenen", "info@snellenen-zonderbkr.nl", NULL },
  { "Chwilówka bez BIK i bez zaświadczeń, pierwsza pożyczka do 5000 zł za darmo! Pieniądze na koncie w 15 "
    "minut. Złóż wniosek: szybka-pozyczka24.pl",
    "Szybka Pożyczka", "kontakt@szybka-pozyczka24.pl", NULL },
  { "Credit rapid fără adeverință de venit și fără verificare la Biroul de Credit, până la 20.000 lei în "
    "contul tău în aceeași zi. Aplică acum: credit-rapid-online.ro",
    "Credit Rapid", "office@credit-rapid-online.ro", NULL },
  { "Vay tiền online nhanh chỉ cần CCCD, không thẩm định, giải ngân trong 5 phút, nợ xấu vẫn vay được. "
    "Đăng ký ngay: vaytiennhanh247.vn",
    "Vay Tiền Nhanh", "hotro@vaytiennhanh247.vn", NULL },
  /* slots in Indonesian and Tagalog */
  { "Situs slot gacor hari ini gampang maxwin! Deposit via DANA 10 ribu, bonus new member 100%. Daftar "
    "sekarang: https://gacor88-resmi.com",
    "Slot Gacor 88", "admin@gacor88-resmi.com", NULL },
  { "Mag-register na sa pinaka-trusted na online casino sa Pinas! Libreng ₱888 bonus sa bagong miyembro, "
    "GCash cash-in at cash-out. https://panalo-ph.bet",
    "Panalo PH", "support@panalo-ph.bet", NULL },
  /* letters in circles and small capitals */
  { "ⓑⓔⓢⓣ ⓞⓝⓛⓘⓝⓔ ⓒⓐⓢⓘⓝⓞ, ꜰʀᴇᴇ ꜱᴘɪɴꜱ ᴀɴᴅ ɴᴏ ᴅᴇᴘᴏꜱɪᴛ ʙᴏɴᴜꜱ ᴛᴏᴅᴀʏ → spinroyal-777.com",
    "Spin Royal", "spinroyal777@gmail.com", NULL },
  /* a shortened link behind news bait, and a link slipped into praise */
  { "SHOCKING: what the council didn't tell you about this scheme. Full leaked video here 👉 t.ly/Xk9qP",
    "Insider", "insider.leaks.uk@gmail.com", NULL },
  { "This is a really insightful piece. It reminds me of a guide I read recently on choosing energy-efficient "
    "windows (https://windowpros-guide.com/blog/energy-efficient-windows) which made many of the same points "
    "about long-term savings. Thanks for sharing!",
    "Emily Carter", "emily.carter.home@gmail.com", NULL },
};

static const Comment genuine[] = {
  /* the spam's subjects, as news */
  { "My neighbour got a letter from Sky about his 'dodgy Firestick'. The Premier League says illegal IPTV "
    "costs clubs hundreds of millions, but the subscription prices are the real scandal.",
    "Phil", "phil.m@gmail.com", NULL },
  { "The new pay-and-display machines in the town centre have QR codes. Action Fraud warns some have fake "
    "stickers over them, so only scan the code printed on the machine itself.",
    "Janet", "janet.o@gmail.com", NULL },
  { "The astronomy society's chat has moved to Discord, everyone welcome, beginners especially: "
    "https://discord.gg/leedsastro",
    "Colin (Leeds Astro)", "colin.h@gmail.com", NULL },
  { "If you want to send the paper a tip securely, use Signal. The newsroom's number is on the contact page.",
    "Ed", "ed.w@proton.me", NULL },
  { "The bakery on Park Road is giving away free loaves to anyone on Universal Credit every Friday this "
    "winter. Good people.",
    "Mandy", "mandy.c@gmail.com", NULL },
  { "Martin Lewis has said again that he never advertises investment schemes. Those 'AI trading' ads with "
    "his face on them are all fakes, report them.",
    "Trevor", "trevor.b@gmail.com", NULL },
  { "My Temu order came in three separate bags inside three boxes. The packaging waste is ridiculous.",
    "Gill", "gill.p@yahoo.co.uk", NULL },
  { "My daughter's friend was messaged on Instagram by a 'sugar daddy' who wanted her bank details. Police "
    "say it's money muling and the kids keep none of it.",
    "Sharon", "sharon.t@gmail.com", NULL },
  { "We got our rescue dog from the RSPCA centre on Lodge Lane and they have a dozen more waiting: "
    "https://www.rspca.org.uk/findapet",
    "Kate", "kate.d@gmail.com", NULL },
  { "I've two spare tickets for the panto on Saturday, happy to give them to a family who can't afford to "
    "go. Ask for me at the library desk.",
    "Maureen", "maureen.h@btinternet.com", NULL },
  { "Two-bed flats in Salford are now £1,100 a month. We viewed twelve and every one had thirty other "
    "people at the viewing.",
    "Liam", "liam.o@gmail.com", NULL },
  { "I got a text saying Royal Mail couldn't deliver my parcel and to pay £1.45. Don't click it, Royal Mail "
    "never asks for fees by text.",
    "Pat", "pat.w@gmail.com", NULL },
  { "StepChange sorted my debts out for free. Don't pay anyone who promises to 'fix' your credit score.",
    "Darren", "darren.k@gmail.com", NULL },
  { "My son's teacher says half the essays this term were written by ChatGPT and put through a 'humanizer' "
    "to fool the detectors.",
    "Helen", "helen.r@gmail.com", NULL },
  { "Kratom and THC vapes are sold in every vape shop on the high street now and nobody checks ages.",
    "Gary", "gary.n@gmail.com", NULL },
  { "My gym is full of lads injecting 'research peptides' bought off the internet. Somebody is going to end "
    "up in hospital.",
    "Stuart", "stuart.f@gmail.com", NULL },
  { "I had a hair transplant in Istanbul in 2023 and it went fine, but do your research on the clinic first.",
    "Mehmet", "mehmet.y@gmail.com", NULL },
  { "Amazon's warehouse at Stourton is hiring 300 seasonal staff at £13.50 an hour. Apply on the official "
    "site only: https://hiring.amazon.co.uk",
    "Raj", "raj.p@gmail.com", NULL },
  /* local businesses, official sites, a blog */
  { "Hollins Hardware on the high street has sandbags at £2 each, and they'll deliver to anyone over 70.",
    "Dave", "dave.s@gmail.com", NULL },
  { "We're the Red Lion. Our quiz on Thursday raises money for the flood fund, all welcome.",
    "The Red Lion", "landlord@redlion-otley.co.uk", "https://redlion-otley.co.uk" },
  { "Check your postcode on https://check-for-flooding.service.gov.uk before you buy on that estate.",
    "Ian", "ian.c@gmail.com", NULL },
  { "I wrote up the history of the old mill on my blog if anyone's interested, happy to be corrected: "
    "https://otleymillhistory.wordpress.com/2026/10/the-old-mill",
    "Bernard", "bernard.a@gmail.com", "https://otleymillhistory.wordpress.com" },
  { "The council's consultation is at https://bit.ly/LeedsBus26 (that's the short link printed on the "
    "leaflet) and closes on 5 January.",
    "Yvonne", "yvonne.g@gmail.com", NULL },
  { "Free sofa if anyone wants it, three-seater, collection from Beeston. Email me at nora.b@gmail.com.",
    "Nora", "nora.b@gmail.com", NULL },
  /* in the spam's languages */
  { "Grazie per l'articolo. A Milano gli affitti sono diventati impossibili per i giovani, io pago 900 euro "
    "per una stanza.",
    "Giulia", "giulia.r@libero.it", NULL },
  { "Goed artikel. In onze straat staan al maanden drie winkels leeg en de gemeente doet niets.",
    "Pieter", "pieter.devries@ziggo.nl", NULL },
  { "Dziękuję za artykuł. Mój sąsiad wziął chwilówkę i teraz ma 20 tysięcy długu.",
    "Tomasz", "tomasz.k@wp.pl", NULL },
  { "Foarte bun articol. Prețurile la energie au crescut din nou și pensia nu mai ajunge.",
    "Ioana", "ioana.p@yahoo.ro", NULL },
  { "Cảm ơn bài viết. Em trai tôi bị lừa qua ứng dụng vay tiền online, lãi suất cao khủng khiếp.",
    "Nguyễn Lan", "lan.nguyen@gmail.com", NULL },
  { "Iklan judi slot ada di mana-mana, bahkan di YouTube anak-anak. Judi online sudah merusak banyak "
    "keluarga di kampung kami.",
    "Sri", "sri.w@yahoo.co.id", NULL },
  { "Salamat sa balita. Ang mahal na ng bigas dito sa amin, ₱60 na ang isang kilo.",
    "Maricel", "maricel.d@gmail.com", NULL },
  { "Köszönöm a cikket. Nálunk is bezárt a posta, most busszal kell bemenni a városba.",
    "Katalin", "katalin.n@freemail.hu", NULL },
  /* capitals, quotations, very short */
  { "STOP BUILDING FLATS ON THE GREEN BELT!!! NOBODY ASKED US!!!",
    "Roy", "roy.b@aol.com", NULL },
  { "WHERE IS THE MONEY GOING??? £4 MILLION AND THE ROADS ARE STILL FULL OF HOLES",
    "Sandra", "sandra.l@gmail.com", NULL },
  { "\"The scheme will cost £4m\" - that's about £40 for every person in the town.",
    "Alan", "alan.j@gmail.com", NULL },
  { "Agreed.",
    "M", "m.jones@gmail.com", NULL },
  { "+1",
    "tk", "tk@proton.me", NULL },
  { "So sad. RIP.",
    "Lisa", "lisa.b@gmail.com", NULL },
  { "Well said 👏",
    "Ade", "ade.o@gmail.com", NULL },
  { "Our church is giving away free winter coats on Saturday, 10 till 12, no questions asked. Pass it on.",
    "Rev. Anne", "anne.vicar@gmail.com", NULL },
};

/* Written after the round's rules, of the same kinds, and scored once */
static const Comment spam_after[] = {
  { "IPTV Premium España: más de 20.000 canales, todo el fútbol en directo, series y películas, 1 año por 45 €. "
    "Prueba gratis de 24h, escríbenos por Telegram @iptvspain_pro",
    "IPTV España", "iptvspain.pro@gmail.com", NULL },
  { "Beautiful Maine Coon kittens looking for their forever homes. Fully vaccinated, microchipped and litter "
    "trained. We can arrange transport to your door. Text (512) 555-0147 for pictures.",
    "Maine Coon Home", "mainecoonhome.tx@gmail.com", NULL },
  { "Dragons' Den's Deborah Meaden backed this new app that turns £200 into £3,000 a week. The banks hate it. "
    "Read the full story: dailyfinance-report.site",
    "Finance Daily", "editor@dailyfinance-report.site", NULL },
  { "Gyorskölcsön akár 1 millió forintig, jövedelemigazolás nélkül, BAR-listásoknak is! Igényelje online: "
    "gyorshitel-most.hu",
    "Gyorshitel", "info@gyorshitel-most.hu", NULL },
  { "Looking for a personal assistant to work from home: you'll receive payments from our clients into your "
    "account and transfer them on, keeping 10%. Email your CV to careers.globaltrade@gmail.com",
    "Global Trade Careers", "careers.globaltrade@gmail.com", NULL },
};

static const Comment genuine_after[] = {
  { "My nephew breeds cockapoos and they're lovely dogs, but he'd never post one to anybody. If someone offers "
    "to deliver a puppy, walk away.",
    "Beryl", "beryl.n@gmail.com", NULL },
  { "Deborah Meaden is suing over the fake ads that use her face to sell 'investment apps'. Good on her.",
    "Frank", "frank.o@gmail.com", NULL },
  { "Our IPTV box from Virgin keeps freezing during the football. The engineer has been out twice now.",
    "Lee", "lee.c@gmail.com", NULL },
  { "A kölcsönök kamata már 20 százalék fölött van, a fiatalok nem tudnak lakást venni.",
    "Zsófia", "zsofia.t@freemail.hu", NULL },
  { "The Met's warning about money mules is worth reading: students are offered £500 to let 'payments' pass "
    "through their accounts. https://www.met.police.uk/advice/advice-and-information/fa/fraud/money-mules/",
    "Priya", "priya.s@gmail.com", NULL },
};

/* Scored once after the round's rules: the honest figure, 1 of 5 and
 * none of 5 */
static void
test_heldout13_later (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_after, G_N_ELEMENTS (spam_after),
                                      genuine_after, G_N_ELEMENTS (genuine_after), &flagged);

  /* 1 when first scored; 5 since the rules that followed */
  g_assert_cmpuint (caught, >=, 5);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Written after the rules the later ten brought, and scored once: 3 of
 * 5 and none of 5 */
static const Comment spam_fourth[] = {
  { "Appartement T2 à louer à Lyon, 550 € charges comprises. Je suis actuellement en mission à l'étranger, les "
    "clés vous seront envoyées par la poste après le virement de la caution. Écrivez-moi : "
    "sophie.location@gmail.com",
    "Sophie", "sophie.location@gmail.com", NULL },
  { "HMRC: you are owed a tax refund of £386.20. Scan the code on our refund page with your phone to receive "
    "it today: hmrc-taxrefund.online",
    "HMRC Refunds", "refunds@hmrc-taxrefund.online", NULL },
  { "Retatrutide pens now in stock UK, next day delivery, no consultation needed. Message us on WhatsApp "
    "+44 7441 555 209",
    "Slim Pens UK", "slimpens.uk@gmail.com", NULL },
  { "Get £20 free on Revolut when you sign up with my referral link and order a card 👉 "
    "revolut.com/referral/jamesab12",
    "James", "james.ab.1990@gmail.com", NULL },
  { "Entre no nosso grupo VIP do WhatsApp, sinais de trade com 90% de acerto, lucros todos os dias! Link: "
    "chat.whatsapp.com/Gx7KqL2",
    "Sinais VIP", "sinais.vip.br@gmail.com", NULL },
};

static const Comment genuine_fourth[] = {
  { "Je loue mon appartement à Lyon pendant que je suis à l'étranger, par une agence. Les arnaques à la "
    "caution sont partout sur Leboncoin.",
    "Julien", "julien.m@orange.fr", NULL },
  { "HMRC never texts about tax refunds. My dad scanned a QR code on a fake letter and lost £900.",
    "Gwen", "gwen.p@gmail.com", NULL },
  { "My GP prescribed Mounjaro last month and the pharmacy had it in stock the next day.",
    "Denise", "denise.a@gmail.com", NULL },
  { "Revolut's referral scheme paid me £20 when my sister joined. Not a scam, just marketing.",
    "Chris", "chris.v@gmail.com", NULL },
  { "O grupo de WhatsApp do bairro avisou que a rua vai ficar fechada amanhã para obras.",
    "Rita", "rita.s@gmail.com", NULL },
};

static void
test_heldout13_fourth (void)
{
  guint flagged = 0;
  guint caught = count_set_untrained (spam_fourth, G_N_ELEMENTS (spam_fourth),
                                      genuine_fourth, G_N_ELEMENTS (genuine_fourth), &flagged);

  /* 3 when first scored; 5 since the rules that followed */
  g_assert_cmpuint (caught, >=, 5);
  g_assert_cmpuint (flagged, ==, 0);
}

/* Readers written to probe the round's rules from the other side */
static const Comment neighbours[] = {
  { "We cancelled Sky and went to BT's IPTV box instead, £20 a month for the channels we watch. Details at "
    "bt.com/tv if anyone's comparing.",
    "Ray", "ray.h@gmail.com", NULL },
  { "The MHRA has warned about 'research peptides' like BPC-157 sold online with no testing at all: "
    "https://www.gov.uk/government/news/mhra-research-peptides",
    "Nadia", "nadia.k@gmail.com", NULL },
  { "Our spaniel had puppies, all vaccinated and vet checked. Collection only from Otley, we won't deliver. "
    "Email me at jan.spaniels@gmail.com if you'd like to meet them.",
    "Jan", "jan.spaniels@gmail.com", NULL },
  { "I'm abroad for work this year so my flat is let through Hunters on Bond Street. Please ring them, not "
    "me, or email me at greg.t@gmail.com for their number.",
    "Greg", "greg.t@gmail.com", NULL },
  { "I was a mystery shopper for a supermarket chain for years, £10 a visit plus the shopping. It's a real "
    "job if you apply through a proper agency: https://www.marketforce.com",
    "Wendy", "wendy.s@gmail.com", NULL },
  { "I lecture in history. Our university runs every essay through Turnitin's AI detector, and a free "
    "'humanizer' beat it in our own test. We've gone back to exams in the room.",
    "Dr Mark Ellis", "m.ellis@gmail.com", "https://markellis-history.blog" },
  { "The library's new app gives new users a free coffee in the café, but my code didn't work at checkout.",
    "Irene", "irene.w@gmail.com", NULL },
  { "Martin Lewis said on TV to start with an easy-access savings account and only invest what you can leave "
    "for five years. The best deposit rates are listed at moneysavingexpert.com",
    "Joan", "joan.p@gmail.com", NULL },
  { "Our investment club meets monthly in the Red Lion and we invest small amounts in index funds, no "
    "profits promised. New members welcome, our WhatsApp group: https://chat.whatsapp.com/AbC123xyz",
    "Clive", "clive.r@gmail.com", NULL },
  { "I filmed the whole council meeting and put the full video on my blog. Shocking scenes at the end: "
    "https://otleyvoice.blogspot.com/2026/11/council-meeting",
    "Terry", "terry.b@gmail.com", NULL },
  { "Our church takes donations by scanning the QR code on the noticeboard, or at "
    "https://www.justgiving.com/stmarysotley. Every payment goes to the roof fund.",
    "Rev. Anne", "anne.vicar@gmail.com", NULL },
  { "Lenen zonder BKR-toetsing is gewoon woeker. Kijk eerst op https://www.afm.nl voordat je iets tekent.",
    "Sanne", "sanne.b@ziggo.nl", NULL },
  { "If you've a tip for us, our Signal is signal.me/#p/+447700900123. We never pay for stories.",
    "The newsdesk", "newsdesk@otleyherald.co.uk", NULL },
  { "Temu gave my mum a £100 coupon bundle that turned out to need £300 of orders first. Pointless.",
    "Kirsty", "kirsty.m@gmail.com", NULL },
  { "Elon Musk's 'double your bitcoin' videos are deepfakes. My uncle sent 0.1 BTC and got nothing back.",
    "Owen", "owen.d@gmail.com", NULL },
  /* and the rules that followed the later set */
  { "Our Maine Coon had kittens, fully vaccinated and litter trained. We'd love them to go to local forever "
    "homes, text 07700 900456. No couriers, come and meet them.",
    "Helen", "helen.f@gmail.com", NULL },
  { "Sole traders working from home can now receive payments by card through the council's free scheme and "
    "transfer them to a business account. Details: leeds.gov.uk/business",
    "Alan", "alan.w@gmail.com", NULL },
  { "Deborah Meaden backed a Leeds app on Dragons' Den that turns food waste into compost. The firm now employs "
    "forty people; see wastenot-leeds.co.uk",
    "Marcus", "marcus.l@gmail.com", NULL },
  { "Hitel BAR-listásoknak is? Ez uzsora, ne dőljenek be. Az MNB oldalán minden le van írva: mnb.hu",
    "Gábor", "gabor.k@freemail.hu", NULL },
  /* and the rules that followed the fourth set */
  { "Attention aux annonces où le propriétaire est à l'étranger et propose d'envoyer les clés après le "
    "virement. Signalez-les sur internet-signalement.gouv.fr",
    "Claire", "claire.b@orange.fr", NULL },
  { "Mon appartement est à louer par l'agence Foncia de la rue Garibaldi, écrivez-moi à paul.r@orange.fr pour "
    "le numéro.",
    "Paul", "paul.r@orange.fr", NULL },
  { "I joined Octopus with a friend's referral link and we both got £50 credit. Their tariffs are on "
    "octopus.energy if anyone's switching.",
    "Rachel", "rachel.h@gmail.com", NULL },
  { "The school's uniform swap has moved online, sign up at uniformswap-otley.org.uk. No referral link "
    "nonsense, it's all free.",
    "Hayley", "hayley.p@gmail.com", NULL },
};

static void
test_heldout13_neighbours (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, neighbours, G_N_ELEMENTS (neighbours), "ham"), ==, 0);
}

/* The held-out figure, 16 of 31 and none of 40, as a floor */
static void
test_heldout13_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 31, genuine, G_N_ELEMENTS (genuine), 40, 16);
}

/* After the round's rules */
static void
test_heldout13_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* What an editor reads for the kinds of this round */
static void
test_heldout13_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Best IPTV", "sells television streamed without a licence" },
    { spam, G_N_ELEMENTS (spam), "Abonnement IPTV", "sells television streamed without a licence" },
    { spam, G_N_ELEMENTS (spam), "Residents can now claim", "scan a code or give bank details" },
    { spam, G_N_ELEMENTS (spam), "Private investment circle", "invites readers into a group chat" },
    { spam, G_N_ELEMENTS (spam), "Martin Lewis revealed", "a famous person backs an investment" },
    { spam, G_N_ELEMENTS (spam), "New users get", "the author’s own referral code" },
    { spam, G_N_ELEMENTS (spam), "Adorable teacup", "sells puppies or kittens to be delivered" },
    { spam, G_N_ELEMENTS (spam), "Spacious furnished", "lets a home unseen" },
    { spam, G_N_ELEMENTS (spam), "Make your ChatGPT", "pass AI detectors" },
    { spam, G_N_ELEMENTS (spam), "Research peptides", "sells peptides or SARMs" },
    { spam, G_N_ELEMENTS (spam), "We are hiring remote", "as money mule jobs do" },
    { spam, G_N_ELEMENTS (spam), "Snel geld", "offers a loan without collateral" },
    { spam, G_N_ELEMENTS (spam), "Credit rapid", "offers a loan without collateral" },
    { spam, G_N_ELEMENTS (spam), "Vay tiền", "offers a loan without collateral" },
    { spam, G_N_ELEMENTS (spam), "SHOCKING", "baits readers with a scandal" },
    { spam_after, G_N_ELEMENTS (spam_after), "Looking for a personal", "as money mule jobs do" },
    { spam_fourth, G_N_ELEMENTS (spam_fourth), "Get £20", "the author’s own referral link" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the openings this round's rules look for
 * cut short at the end of the text */
static void
test_heldout13_tiny (void)
{
  static const char * const contents[] = {
    "", "%", "1%", "iptv", "iptv m3u", "my code", "my code a1", "my code 12345", "qr code", "scan the qr",
    "signal.group/", "signal.me", "t.ly/", "discord.gg/", "vay", "chwilówka", "\"double your", "‘double your",
    "double your", "keys are sent", "reship", "receive payments", "bpc-157", "teacup", "elon musk", "shocking",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

/* A spot check of the round, written by another hand before its rules
 * were read and scored once after them, untrained: 10 of 14 spam
 * caught, none of 10 readers flagged. It missed a Polish casino's
 * "Bonus 200% na start i 100 darmowych spinów" (0.00: gambling's
 * sign-up offers were read in Asian languages and Brazil's only), a
 * German "ich bin Anna, 28, und suche einen netten Mann für Treffen.
 * Schreib mir auf …" (0.00), a WordPress account "suspended within 24
 * hours" unless its login is verified at a look-alike site (0.45: two
 * phrases of phishing weigh as a reader quoting one), and "este truco
 * elimina la grasa abdominal … los médicos están furiosos" (0.00). Now
 * read: casinos, bookmakers, free spins, welcome bonuses and first
 * deposits in Europe's languages (a bonus with a percentage too), with
 * a reader's word of harm keeping a reader's; a woman "looking for a
 * man" in the first person in eight languages (not English: "police
 * are looking for a man") and "write to me" among the invitations;
 * three phrases of phishing and no word of a warning weigh 0.55; a
 * cure sold as a "trick doctors hate", with a link or an address.
 * 14 of 14; seven readers probing those stay under the line. */
static const Comment spot_spam[] = {
  { "Hi there, I'm Sarah from Outreach Hub. We would love to contribute a high-quality guest post to your "
    "website. We pay $50 per article with one do-follow link. Reply to sarah@outreachhubmail.com if interested.",
    "Sarah Mitchell", "sarah@outreachhubmail.com", NULL },
  { "Boost your domain authority to DA 50+ in 30 days. 1000 high PR backlinks for only $19. Order now at "
    "seo-rankfast.shop", "SEO Rank Fast", "info@seo-rankfast.shop", "https://seo-rankfast.shop" },
  { "🚀 The $ZETA airdrop is LIVE! Connect your wallet at zeta-claim.app to receive 2,500 tokens before "
    "Friday. Don't miss out!", "Zeta Labs", "team@zeta-claim.app", NULL },
  { "Congratulations! You have been selected to win an iPhone 17 Pro. Claim your prize here: bit.ly/3xPrize17",
    "Prize Team", "prizes@winnersdesk.net", NULL },
  { "Hai bisogno di aiuto con la tesi? Scriviamo tesi di laurea su misura, prezzi bassi, consegna veloce. "
    "Scrivici su WhatsApp +39 333 123 4567", "Tesi Facile", "info@tesifacile.it", NULL },
  { "Najlepsze kasyno online w Polsce! Bonus 200% na start i 100 darmowych spinów. Zarejestruj się już dziś: "
    "kasyno-gwiazda.pl", "Kasyno Gwiazda", "kontakt@kasyno-gwiazda.pl", "https://kasyno-gwiazda.pl" },
  { "Situs slot gacor hari ini, gampang maxwin! Daftar sekarang di slotgacor88.id bonus new member 100%",
    "slot gacor", "admin@slotgacor88.id", "https://slotgacor88.id" },
  { "Buy Ozempic without prescription, fast shipping worldwide, discreet packaging. Order at semaglu-store.com",
    "Semaglu Store", "orders@semaglu-store.com", NULL },
  { "Hallo, ich bin Anna, 28, und suche einen netten Mann für Treffen. Schreib mir auf annadate.de 😘",
    "Anna", "anna28@annadate.de", NULL },
  { "Your WordPress account will be suspended within 24 hours. Verify your login at wp-secure-verify.com to "
    "avoid losing access.", "WordPress Security", "noreply@wp-secure-verify.com", NULL },
  { "Swiss-made replica Rolex watches at 90% off. AAA quality, free delivery. Visit luxwatchreplica.co",
    "Lux Watches", "sales@luxwatchreplica.co", "https://luxwatchreplica.co" },
  { "Great info! Very helpful, thanks for sharing.", "Emergency Plumber Leeds 24/7",
    "office@leeds-emergency-plumbers.co.uk", "https://leeds-emergency-plumbers.co.uk" },
  { "Kailangan mo ba ng pera? Mabilis na loan approval sa loob ng 24 oras, walang collateral. Mag-message sa "
    "0917 123 4567", "Mabilis Loan", "loans@mabilisloan.ph", NULL },
  { "¡Increíble! Este truco elimina la grasa abdominal en 7 días. Los médicos están furiosos. Ver más: "
    "salud-secreto.com/truco", "Salud Secreto", "info@salud-secreto.com", NULL },
};

static const Comment spot_genuine[] = {
  { "I run a small blog about ferries myself — your figures match what I counted at North Quay last month.",
    "Tom Reyes", "tom@ferrylog.net", "https://ferrylog.net" },
  { "Watch out: someone on Facebook is promising an iPhone 17 giveaway in the council's name. It's a scam, "
    "don't click anything.", "Priya Shah", "priya.shah@gmail.com", NULL },
  { "My son was offered a 'guest post' deal for his hobby site, $50 a post with a link. Is that even allowed?",
    "Mark Doyle", "markd@outlook.com", NULL },
  { "Prezzi dei biglietti troppo alti. Abito a Torino e il traghetto per me costa 12 euro.",
    "Giulia Conti", "giulia.conti@libero.it", NULL },
  { "Kasyno w centrum ma zostać zamknięte – mieszkańcy się cieszą, bo bonusy i darmowe spiny ściągały tu tłumy.",
    "Piotr Nowak", "piotr.nowak@wp.pl", NULL },
  { "The pharmacy on High Street has run out of Ozempic again, my mum waited three weeks for her prescription.",
    "Helen Price", "helen.p@btinternet.com", NULL },
  { "WHY DOES THE COUNCIL NEVER ANSWER EMAILS?? I HAVE WRITTEN THREE TIMES ABOUT THE QUAY.",
    "Gary", "garyb@yahoo.co.uk", NULL },
  { "Terima kasih atas artikelnya. Di Jakarta kami juga butuh kapal listrik seperti ini.",
    "Budi Santoso", "budi.s@gmail.com", NULL },
  { "Plumber here: the flood risk at the substation is real, we pumped out a basement near the quay twice last "
    "winter.", "Dave (Leeds plumber)", "dave@davesplumbing.co.uk", NULL },
  { "Ich habe meine Tochter in Hamburg besucht, die Fähre dort fährt schon elektrisch. Toll!",
    "Klaus Becker", "k.becker@web.de", NULL },
};

/* Readers probing the spot check's rules from the other side */
static const Comment spot_neighbours[] = {
  { "Mi madre probó este truco para bajar de peso que vio en Facebook y acabó en urgencias. Cuidado, es una "
    "estafa.", "Ana López", "ana.lopez@gmail.com", NULL },
  { "Ignore the 'doctors hate this simple trick' ads on this page, they want you to lose weight by buying pills.",
    "Jenny", "jenny.w@gmail.com", NULL },
  { "This one trick the council uses to hide the real cost of the ferries: see their own report at "
    "portvale.gov.uk/budget", "Paul Grant", "pgrant@gmail.com", NULL },
  { "Kasyno online mojego szwagra zbankrutowało, a bonus 200% okazał się pułapką. Uważajcie.",
    "Maria", "maria.k@o2.pl", NULL },
  { "Ich suche einen Mann, der mir am Samstag beim Umzug hilft – schreib mir, wer Zeit hat! Treffpunkt am Hafen.",
    "Lena", "lena@web.de", NULL },
  { "I got an email saying my account will be suspended within 24 hours unless I verify your login at "
    "wp-secure.com. Don't click!", "Rob", "rob.h@gmail.com", NULL },
  { "Darmowe spiny i bonus powitalny 100% – tak kasyno w Sopocie reklamuje się na plakatach. Żenujące.",
    "Ewa", "ewa.z@wp.pl", NULL },
};

static void
test_heldout13_spot_check (void)
{
  check_spot_set (spot_spam, G_N_ELEMENTS (spot_spam), spot_genuine, G_N_ELEMENTS (spot_genuine),
                  spot_neighbours, G_N_ELEMENTS (spot_neighbours));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout13/untrained", test_heldout13_untrained);
  g_test_add_func ("/spam-heldout13/after", test_heldout13_after);
  g_test_add_func ("/spam-heldout13/later", test_heldout13_later);
  g_test_add_func ("/spam-heldout13/fourth", test_heldout13_fourth);
  g_test_add_func ("/spam-heldout13/neighbours", test_heldout13_neighbours);
  g_test_add_func ("/spam-heldout13/reasons", test_heldout13_reasons);
  g_test_add_func ("/spam-heldout13/tiny", test_heldout13_tiny);
  g_test_add_func ("/spam-heldout13/spot-check", test_heldout13_spot_check);

  return g_test_run ();
}
