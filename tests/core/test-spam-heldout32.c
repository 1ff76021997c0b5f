/* test-spam-heldout32.c: a thirty-second round, a desk check under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story32: Kuldīga, Latvia, where the Swedish owner of the Rumbas
 * sawmill, Nordvik Timber AB, will stop sawing at the end of April, 186
 * of 208 jobs lost in a town of about 10,500; the council asks the
 * State Employment Agency (NVA) for an advice point and a bus to the
 * Ventspils freeport; the union will ask the State Labour Inspectorate
 * to check the collective redundancy rules and collects signatures; an
 * information day on Saturday 14 February), in two sets, some of them
 * in Latvian, Russian or Swedish. The first, the spam any site's form
 * lets through (a "EuroMillions international" win with a claims
 * officer and a processing fee, a flat in the old town let by an owner
 * "working in Norway", the deposit paid through a "secure rental
 * service" and the keys sent by courier, a children's relief appeal
 * taking USDT, an "AI trading bot" testimonial with a referral link, an
 * essay mill in Latvian, Google Maps review "tasks" on Telegram, a
 * followers and likes panel, an IPTV reseller, a Smart-ID "suspension"
 * asking for PIN codes, girls nearby in Russian, "registered genuine"
 * passports and diplomas, a Latvian casino's free spins) and twelve
 * readers. The second, spam dressed as readers: sympathy under a window
 * seller's search-word page, a phrase of the story in Markdown over a
 * casino's free spins, a cousin's Norwegian job through an agency's
 * "fee only EUR 350" on WhatsApp, a language model's "sobering
 * reminder" ending in a career blog, a driving school's five stars with
 * a discount code, a reply to the laid-off worker turning to a 0% first
 * loan, a survey paying a EUR 50 voucher, work from home in Latvian, an
 * EU "compensation" in Russian to claim with an internet bank login, a
 * forest buyer's "PĒRKAM MEŽU" in capitals with a number, a lonely
 * divorcee's page in the website field, a phone-mining app's invite
 * code after "Turieties, Kuldīga!"; and twelve readers a naive filter
 * might flag. Before the round, under the story: desk 11 of 12 caught
 * (the flat let unseen, 0.15, missed) and 0 of 12 readers flagged;
 * dressed 7 of 12 and 0 of 12, missed: the window seller's page (0.30),
 * the Norwegian job's fee (0.45), the model's career blog (0.32), the
 * EU compensation (0.15) and the forest buyer (0.15). The same without
 * the story.
 *
 * Fixed: the rental scam's keys by courier after the deposit now count
 * when the deposit goes to a link (a "secure rental service") as well
 * as to an address in the text, and step back for a tenant's own "we
 * paid" or "we rented" (byline-spam-filter-services.c); a made-up
 * address named for "compensation" ("es-kompensacija-lv.info") is a
 * notice's (-notices.c); a model's close on a closure ("a sobering
 * reminder", "rapidly evolving", "no longer optional", "navigating this
 * transition", "a helpful resource") counts as its summary does, three
 * or more outside quotation marks, so a reader's one "sobering
 * reminder" adds nothing (-pitches.c); an author's website that is a
 * seller's page with two of a seller's words in its name ("cheap-…-best-
 * price") weighs more than one with one (-ruses.c). New, in -brokers.c:
 * a buyer's "we buy" (pērkam, покупаем, wir kaufen…) at the best prices
 * with a number or a site, not where a reader buys her own ("we buy our
 * firewood from…") or tells what she sold; and a job abroad for a fee
 * the worker pays the agency ("the agency fee is only…") with where to
 * pay it, not when a reader warns ("fake", "never charge", "no agency
 * fee") or tells what she or her son paid. After, under the story:
 * desk 12 of 12 and 0 of 12; dressed 12 of 12 and 0 of 12 (the same
 * without it). The nearest the line: the window seller's page (0.55),
 * the flat, the compensation, the forest buyer and the girls nearby
 * (0.57), the survey's voucher (0.61) among the spam; the retired teacher's free CV help by
 * e-mail (0.45, the older "contact the author"), the photographer's blog
 * (0.41) and the two in capitals (0.40) among the readers.
 *
 * Not yet: none of this round.
 *
 * Every earlier set's scores compared before and after (3,458
 * comments): three moved, none across the line, all spam caught
 * before. No reader moved. The three rose: a buyer of diabetic test
 * strips, "we BUY… top prices" (round 14, 0.58 to 0.79), the Single
 * Permit agent's "processing fee only EUR 2,500" (round 31, 0.73 to
 * 0.86) and the car-hire website "cheap-car-rental-malta-airport"
 * (round 31, 0.58 to 0.73).
 *
 * Ten readers of mine probing those rules, written after them
 * (desk_probes), scored with and without the story: a flat "in
 * Norway", the keys by courier, warned of ("beware"); parents whose
 * daughter's flat came with keys by courier after "we paid the
 * deposit"; "we buy our firewood from Jānis", the best price and his
 * number; the "PĒRKAM MEŽU" flyers warned of, with the association's
 * number; EURES finding work in Norway "with no agency fee"; a son's
 * job in Norway for a EUR 300 registration fee, told by his mother with
 * her number; one "sobering reminder" with a photographer's blog; "a
 * rapidly evolving economy" and "no longer optional" quoted by a
 * welder's daughter with her letter linked; a boat hire's own page
 * ("boat-hire-venta-river-kuldiga", one seller's word); the
 * compensation site quoted as fake. All ten clear.
 */

#include "config.h"

#include "byline-core.h"
#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story32 =
  "The Rumbas sawmill on the northern edge of Kuldīga will stop cutting timber at the end of April, its Swedish owner announced on Monday, putting 186 of its 208 jobs at risk in a town of about 10,500 people.\n\n"
  "Nordvik Timber AB, which bought the mill in 2011, blamed high electricity prices and a slump in demand for construction timber in Germany and Scandinavia. Sawing will move to the group's larger mill in Småland, in southern Sweden. The 22 remaining staff will run the pellet line and the log yard, which the company says will keep buying timber from local forest owners \"in smaller volumes\".\n\n"
  "Inese Kalniņa, who has driven a forklift in the drying sheds for fourteen years, heard the news at a ten-minute meeting in the canteen. \"My husband works on the saw line. We lose our jobs on the same day, and we still have eleven years to pay on the flat,\" she said. \"They told us about demand in Germany. Nobody said anything about us.\" The average gross wage at the mill was €1,310 a month, well above the county average of about €1,050.\n\n"
  "The chairwoman of Kuldīga municipal council, Ieva Strautiņa, said the council had asked the State Employment Agency (NVA) to open an advice point in the mill's canteen from next week, with help on registering, unemployment benefit and retraining courses, including lorry and forklift licences and welding. She said she had also spoken to employers at the Ventspils freeport about an early morning bus for workers willing to commute the 58 kilometres.\n\n"
  "Aigars Rozenbergs, who leads the mill's trade union branch, said the company had given workers \"a press release instead of a consultation\" and that the union would ask the State Labour Inspectorate to check whether the rules on collective redundancies had been followed. Staff will receive severance of one to four months' pay, depending on length of service, as the Labour Law requires. The union has started collecting signatures asking Nordvik to keep the mill open until the end of the year and to offer it for sale.\n\n"
  "Some local businesses said they could take on a few of the workers: a bakery and a boatbuilder in the old town both have vacancies, and the municipal utility company is looking for two drivers. An information day for mill workers and their families will be held on Saturday 14 February at 10am at the Kuldīga Culture Centre, with the NVA, the tax office and local employers.";

static const Comment desk_spam[] = {
  { "EUROMILLIONS INTERNATIONAL PROMOTION 2026: Congratulations!!! Your e-mail address was selected in our online ballot and has won the sum of €850,000.00 (Eight Hundred and Fifty Thousand Euros). Winning ref: EM/LV-0442/26. To claim your prize, send your full name, address, phone number and a copy of your passport to our claims officer Mr. Richard Hall at claims.euromillions.intl@outlook.com. A small processing fee applies. Keep this notice confidential until your claim is paid.", "EuroMillions Claims Department", "notify@euromillions-intl-promo.org", NULL },
  { "Renting my 2-room flat in Kuldīga old town, 54 m², fully furnished and renovated, €190 per month including utilities. I am working in Norway now so I cannot show it in person, but you can pay the first month and the deposit (€380) through the secure RentSafe Europe service and I will send the keys by courier the same week. Photos and booking: https://rentsafe-europe.net/listing/LV-88124 Write only by e-mail please, I do not answer calls.", "Elza Krastiņa", "elza.krastina.rent@gmail.com", NULL },
  { "URGENT APPEAL 🙏 Thousands of children in flood camps have no food or clean water tonight. The Global Hope Children's Relief Foundation is DOUBLING every donation until midnight. Even €10 can save a life. Donate by card or USDT (TRC20) to TXk9fQ2mWzR7hLp4sVb8nD3cJ6yE1aG5uR or at https://globalhope-relief.org/donate?c=lv . God bless you all.", "Global Hope Relief", "appeal@globalhope-relief.org", "https://globalhope-relief.org" },
  { "I was sceptical about AI trading until a colleague showed me NeuroTrade GPT. It is an automated bot that uses artificial intelligence to trade bitcoin, gold and oil 24/7 while you sleep. I started with the minimum €250 in December and my balance today is €9,742. Withdrawals in 24 hours, no experience needed, the bot does everything. Register through my link and you get a personal account manager: https://neurotrade-gpt.ai/start?ref=marta250", "Marta Ozoliņa", "marta.ozolina84@gmail.com", NULL },
  { "Rakstām bakalaura, maģistra un kursa darbus latviešu, angļu un krievu valodā. Referāti, prakses atskaites, esejas, ZPD skolēniem. Oriģināls teksts, plaģiāta pārbaudes atskaite klāt, termiņi no 3 dienām. Cenas no €40! Pilnīga konfidencialitāte. Raksti: diplomdarbi.latvija@gmail.com vai WhatsApp +44 7700 900318", "Studiju darbi LV", "diplomdarbi.latvija@gmail.com", NULL },
  { "Remote part-time job 📲 Our marketing agency is looking for people to rate hotels and restaurants on Google Maps. Each task takes 1-2 minutes, you earn €3-€8 per review, €60-€300 per day, paid the same day to your bank card or Revolut. No experience, only a smartphone. Age 23+. Contact our HR manager Ms. Linda on Telegram: @linda_hr_tasks", "Linda (HR)", "linda.hr.recruit@gmail.com", NULL },
  { "Want to grow fast on Instagram, TikTok or YouTube? 🚀 Real active followers, likes, views and comments, 100% safe, no password needed. 1,000 Instagram followers €2.99, 10,000 TikTok views €1.49, YouTube watch hours for monetisation. Instant start, lifetime refill guarantee. Order now at https://boostfame-smm.store ⭐ Use code GROW10 for 10% off your first order.", "BoostFame SMM Panel", "support@boostfame-smm.store", "https://boostfame-smm.store" },
  { "📺 IPTV PREMIUM 4K – 25,000+ live channels and 120,000 films & series. All Latvian, Lithuanian, Estonian, Russian and Scandinavian channels plus sports (Premier League, NHL, KHL, Formula 1). No freezing, works on Smart TV, Android box and phone. 12 months only €49! Free 24h test. WhatsApp +44 7700 900527 or https://balticiptv-4k.tv", "Baltic IPTV", "sales@balticiptv-4k.tv", "https://balticiptv-4k.tv" },
  { "Smart-ID: Your Smart-ID account will be suspended on 12.02.2026 because of a mandatory EU security update. To keep access to your internet bank and e-services, confirm your identity and your PIN1 and PIN2 codes at https://smartid-verify-lv.com/atjaunot within 24 hours. After this date the account can only be restored in person at a bank branch.", "Smart-ID Drošība", "no-reply@smartid-verify-lv.com", NULL },
  { "Одинокие девушки из Кулдиги, Вентспилса и Лиепаи хотят познакомиться прямо сейчас 😘 Без регистрации, фото и видео 18+, встречи уже сегодня вечером. Анонимно и бесплатно: https://kurzeme-znakomstva.club/vhod", "Алина 💋", "alina.24@kurzeme-znakomstva.club", "https://kurzeme-znakomstva.club" },
  { "Buy registered and genuine documents: EU passports, ID cards, driving licences (all categories, B, C, CE), residence permits, IELTS and TOEFL certificates, university diplomas. All registered in the government database, they pass any check at the border or by the police. Fast discreet delivery to Latvia, Lithuania and Estonia. Contact: fastdocs.eu@protonmail.com / WhatsApp +1 202 555 0148", "Fast Docs Europe", "fastdocs.eu@protonmail.com", NULL },
  { "🎰 Jauns tiešsaistes kazino Latvijā! Reģistrējies šodien un saņem 200 bezmaksas griezienus + 100% bonusu līdz €500 pirmajai iemaksai. Izmaksas 5 minūtēs uz tavu bankas kontu vai Revolut. Tikai 18+. Spēlē tagad 👉 https://zelta-rats-kazino.com/lv/bonuss", "Zelta Rats Kazino", "promo@zelta-rats-kazino.com", "https://zelta-rats-kazino.com" },
};

static const Comment desk_genuine[] = {
  { "Another factory gone. Who is next?", "Valdis K.", "valdis.k1962@inbox.lv", NULL },
  { "So Nordvik bought the mill in 2011 when Latvian wages were cheap, put up new drying kilns with a big sign at the gate thanking the EU for the money, and now that electricity is expensive they pack the saws off to Sweden. 186 jobs. In a town of ten thousand that is somebody on every street, plus the lorry drivers, the canteen, the shops where these people spend their wages. And the council's plan is a bus to Ventspils at five in the morning. I am not blaming Ms Strautiņa for what a Swedish board decided, but I want to hear what she did in the last two years while everybody in town knew the mill was in trouble. Nobody should be surprised by this except the people who were paid to notice.", "Ligita Eglīte", "ligita.eglite@gmail.com", NULL },
  { "MY HUSBAND GAVE THAT MILL 23 YEARS. HE LOST TWO FINGERS ON THE SAW LINE IN 2009 AND WAS BACK AT WORK AFTER SIX WEEKS. NOW THEY GIVE HIM FOUR MONTHS PAY AND A PRESS RELEASE. SHAME ON NORDVIK.", "BIRUTA LAPIŅA", "biruta.lapina@inbox.lv", NULL },
  { "Kuldīgā jau tā nav darba jauniešiem. Ja slēgs kokzāģētavu, aizbrauks vēl simts ģimeņu – uz Rīgu, uz Īriju, uz Norvēģiju. Pēc desmit gadiem te paliks tikai tūristi un pensionāri.", "Andris Liepiņš", "andris.liepins@inbox.lv", NULL },
  { "Мой брат работает на этой лесопилке с 2005 года. Ему 54, куда он теперь пойдёт? В Вентспилс каждый день, 60 км туда и 60 обратно? Все говорят «переобучение», а кто возьмёт сварщиком человека в 55 лет?", "Сергей Петров", "sergejs.petrovs@gmail.com", NULL },
  { "\"Nobody said anything about us.\" That one line from Inese Kalniņa says everything about how this was handled. Fourteen years in the drying sheds and she gets ten minutes in the canteen.", "Zane Kalniete", "zane.kalniete@gmail.com", NULL },
  { "Be careful: my dad (he works on the log yard) got this SMS last night: \"NVA: Sakarā ar darba vietas likvidāciju Jums pienākas vienreizējs pabalsts €650. Aizpildiet pieteikumu: nva-pabalsts.com\". It is NOT from the State Employment Agency. The link asks for your internet bank login. He rang the NVA office this morning and they said they never send links like that. Please warn your parents.", "Laura Vītola", "laura.vitola@gmail.com", NULL },
  { "For everyone losing their job: you can register as a jobseeker with the State Employment Agency, online or at the Kuldīga office, and the unemployment benefit depends on your social insurance record, not on the mill's severance. The NVA explains the steps at https://www.nva.gov.lv and the social insurance agency explains how the benefit is calculated at https://www.vsaa.gov.lv . Don't leave it until May.", "Kristaps Roze", "kristaps.roze@gmail.com", NULL },
  { "@Valdis K. to be fair, the mill has been losing money for two years, it was in the annual reports. I don't like it either, but the council can't force a Swedish company to keep sawing at a loss. The bus to Ventspils is at least something.", "Edmunds Kārkliņš", "edmunds.karklins@outlook.com", NULL },
  { "💔💔 Kuldīga bez kokzāģētavas... Turieties, strādnieki! 💪🇱🇻🌲", "Ieva S.", "ieva.sprogis@gmail.com", NULL },
  { "I own 30 hectares of forest near Skrunda and have sold pine and spruce logs to this mill for fifteen years. Nobody has mentioned that a few hundred of us small forest owners now have to find other buyers. \"In smaller volumes\" means they will take the best logs and leave the rest. Jelgava or Liepāja are two or three times further, and the haulage comes off our price. Some of us will stop thinning at all, and that is bad for the forests too.", "Jānis Bērziņš", "j.berzins.skrunda@inbox.lv", NULL },
  { "Will the information day on the 14th be in Russian as well? Half of the saw line speak Latvian as a second language and my neighbour is worried he won't understand the NVA forms. Could the council arrange an interpreter, or at least print the papers in both languages?", "Olga Vasiļjeva", "olga.vasiljeva@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Heartbreaking for the town. Kuldīga is such a special place, we visited the waterfall last summer and everyone was so friendly. Hope the workers find something soon.", "Emma Walsh", "emma@windows-doors-latvia.com", "https://windows-doors-latvia.com/cheap-pvc-windows-kuldiga-best-price" },
  { "Sad news, but honestly the [slump in demand for construction timber](https://spinvilla-kazino.com/lv/bezmaksas-griezieni) has been coming for years. The workers deserved more warning.", "Rihards", "rihards.lv91@gmail.com", NULL },
  { "So sorry for all the families 😢 My cousin from Saldus lost his job at a factory the same way in 2024. He contacted NordWork Recruitment and within two weeks he was working in a fish processing plant in Norway, 240 NOK per hour, accommodation provided. The agency fee is only €350 and they arrange everything, contract, flight, tax card. WhatsApp Viktors on +44 7700 900733 and tell him Agnese sent you.", "Agnese Liepa", "agnese.liepa.91@gmail.com", NULL },
  { "This closure is a sobering reminder of how global market forces can reshape small communities almost overnight. While Nordvik's decision reflects genuine economic pressures, including energy costs and shifting demand, it also underscores the importance of proactive workforce planning. In today's rapidly evolving economy, reskilling and adaptability are no longer optional but essential. Ultimately, collaboration between employers, local government and workers will be key to navigating this transition. I recently came across a helpful resource on career resilience that may benefit those affected: https://careerpivot-hub.net/blog/career-resilience-after-layoffs", "Daniel Reed", "daniel.reed@careerpivot-hub.net", "https://careerpivot-hub.net" },
  { "For anyone thinking about retraining: I did my C and CE lorry licence at Kurzeme Auto Academy last year after I was laid off in Saldus. Passed first time, the instructors are patient, theory online in Latvian or Russian. Now I earn €2,100 driving for a logistics company. ⭐⭐⭐⭐⭐ 10/10! Book through https://kurzeme-auto-academy.lv/pieteikties and use code KULDIGA15 for 15% off the course.", "Edgars P.", "edgars.p.driver@gmail.com", NULL },
  { "@Inese Kalniņa stay strong, I know exactly how it feels when the bills don't stop while you wait for the severance. That's why I always tell people about CreditNow: first loan up to €500 at 0% for 30 days, decision in 5 minutes, no visit to the bank, just log in with your Smart-ID. Apply here: https://creditnow-lv.com/0-procenti", "Laura B.", "laura.b.finance@gmail.com", NULL },
  { "Kurzeme Employment Survey 2026 📋 Were you or someone in your family affected by the sawmill closure? Share your experience in our 3-minute anonymous survey and receive a €50 shopping voucher as a thank you. Only the first 200 answers are rewarded: https://kurzeme-employment-survey.com/start?src=kuldiga", "Kurzeme Employment Survey", "info@kurzeme-employment-survey.com", "https://kurzeme-employment-survey.com" },
  { "Ļoti žēl strādnieku, bet nevajag padoties! Arī es pirms gada paliku bez darba, bet tagad strādāju no mājām tikai 2-3 stundas dienā un nopelnu €3000+ mēnesī. Nav vajadzīga pieredze, tikai telefons vai dators. Ja gribi uzzināt vairāk, raksti man WhatsApp +44 7700 900612 vai spied šeit 👉 https://darbs-no-majam.online/lv", "Kristīne Zariņa", "kristine.zarina.work@gmail.com", NULL },
  { "Работникам лесопилки важно знать! Всем, кто теряет работу из-за закрытия предприятия, положена компенсация из Европейского фонда глобализации до 1 200 €. Многие об этом не знают и теряют деньги. Проверьте свою сумму и подайте заявку онлайн за 5 минут, нужен только вход через интернет-банк: https://es-kompensacija-lv.info/zayavka", "Инфо Курземе", "info.kurzeme.lv@gmail.com", NULL },
  { "Meža īpašniekiem! Ja kokzāģētava vairs nepērk jūsu baļķus – PĒRKAM MEŽU, CIRSMAS UN APAĻKOKUS visā Kurzemē. Augstākās cenas, samaksa 3 darba dienu laikā, visas darījuma izmaksas sedzam mēs. Zvaniet: +371 5000 4417, www.kurzemes-mezs-pirkam.lv", "SIA Kurzemes Meža Pirkšana", "pirkam@kurzemes-mezs-pirkam.lv", "https://kurzemes-mezs-pirkam.lv" },
  { "So sad for our town 😢 I grew up in Kuldīga, my father worked at this mill too. I'm divorced now and I feel so lonely in the evenings... if someone wants to talk, my photos and my private page are in my profile 💋", "Sabīne 27", "sabine27.lv@mail-date.club", "https://hot-baltic-singles.club/u/sabine27" },
  { "Turieties, Kuldīga! 💪🇱🇻🌲 Workers, don't wait for Nordvik or the government. I earn passive income every day mining crypto on my phone with the BeeCoin app, it costs nothing and takes one tap a day. Already €1,870 this month! Join with my invite code KULDIGA200 and get a 200 coin bonus: https://beecoin-mine.app/invite/KULDIGA200 🚀🚀", "Gints R.", "gints.r.crypto@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I own Maiznīca Rumbiņa on Liepājas iela, one of the bakeries in the article. We need two people for the early shift (from 5am) from March, no experience needed, we train you. €1,080 gross plus bread to take home 😊. Mill workers are very welcome, just come in and ask for me. I'd much rather hire people from here than put an advert up in Rīga.", "Ilze Krūmiņa", "ilze@rumbina-maiznica.lv", "https://rumbina-maiznica.lv" },
  { "I've been photographing the mill since 2015, with the workers' permission: the log yard in winter, the saw line, the night shift, retirements in the canteen. Now that it's closing I've put sixty of the photos on my blog, and any worker or family who wants a print of themselves can have one for free: https://kuldiga-caur-objektivu.blogspot.com/2026/02/kokzagetava-2015-2026.html", "Mārtiņš Kalējs", "martins.kalejs.foto@gmail.com", "https://kuldiga-caur-objektivu.blogspot.com" },
  { "Benefit concert for the families of the mill workers: Saturday 28 February at 6pm in St Catherine's Church. The music school choir, the town brass band and organ music. Tickets €10, children free, everything goes to the families' fund run by the parish and the union. Reservations on 5400 2218 or at the Tourist Information Centre on the town square.", "Kuldīgas Sv. Katrīnas draudze", "draudze.katrinas.kuldiga@gmail.com", NULL },
  { "For those asking what the company is actually obliged to do: the collective redundancy sections of the Labour Law (Darba likums) require the employer to consult the employees' representatives and to notify the State Employment Agency in advance, before any dismissals take effect. The full text is on the official site: https://likumi.lv/ta/id/26019-darba-likums . The union is right to ask the Labour Inspectorate to check the dates.", "Agris Dumpis", "agris.dumpis@gmail.com", NULL },
  { "EVERYONE FROM THE MILL AND YOUR FAMILIES: INFORMATION DAY SATURDAY 14 FEBRUARY 10:00 AT THE CULTURE CENTRE. BRING YOUR ID CARD AND YOUR LAST PAYSLIP FOR THE NVA. DON'T SIGN ANYTHING FROM THE COMPANY BEFORE YOU TALK TO THE UNION!!!", "AIVARS GRĪNBERGS", "aivars.grinbergs@inbox.lv", NULL },
  { "Kauns.", "Pēteris", "peteris.m@inbox.lv", NULL },
  { "Jag bor i Växjö och har haft en sommarstuga nära Kuldīga i många år. Det är pinsamt att ett svenskt företag behandlar sina arbetare så här – ett tiominutersmöte i matsalen efter fjorton år. Jag tänker skriva till Nordvik och till vår lokaltidning. Styrka till alla i Kuldīga.", "Karin Lindqvist", "karin.lindqvist.vxo@gmail.com", NULL },
  { "Watch out, this is going round the Kuldīga Facebook group: \"URGENT! Nordvik is hiring 40 mill workers for its Swedish plant, salary 32,000 SEK, housing included. Send your CV, a passport copy and the €150 registration fee to nordvik-careers-se@outlook.com\". Nordvik's HR told the union this morning that it is fake, they are not recruiting and they never charge fees. Don't send anything, and report the post.", "Anita Bērziņa", "anita.berzina@gmail.com", NULL },
  { "Кому нужны дрова этой весной: Янис Витолс девятнадцать лет проработал на пильной линии, а как узнал новость, начал сам пилить и возить дрова. Сухая берёза, 48 € за кубометр с доставкой по Кулдиге, нам на прошлой неделе привёз 8 кубов, всё колотое и аккуратно сложено. Его телефон 5300 7162. Давайте поддержим своих.", "Наталья Ковалёва", "natalja.kovaljova@inbox.lv", NULL },
  { "Some numbers for anyone thinking about commuting to Ventspils: the bus is about €4.20 each way, so roughly €175 a month. By car it's 116 km a day; at €1.65 a litre and 6 litres per 100 km that's about €240 a month in fuel alone. The port jobs I've seen advertised pay €1,300-€1,600 gross. It can work, but only just, and not on €1,100.", "Normunds Siliņš", "normunds.silins@gmail.com", NULL },
  { "I taught English at the Kuldīga technical school for thirty years and I'm retired now. If anyone from the mill needs help writing a CV or a cover letter in English, or preparing for an interview with a foreign employer, I'll do it for free, no strings attached. Email me at ruta.celmina.eng@inbox.lv and we can meet at the library.", "Rūta Celmiņa", "ruta.celmina.eng@inbox.lv", NULL },
  { "The union's petition asking Nordvik to keep the mill running until December and to offer it for sale to a new owner has 2,340 signatures so far. You can sign on paper at the Culture Centre or online here: https://kokapstrade-arodbiedriba.lv/peticija-kuldiga . We will hand it to Nordvik's board and to the Ministry of Economics on 2 March.", "Aigars Rozenbergs", "aigars@kokapstrade-arodbiedriba.lv", "https://kokapstrade-arodbiedriba.lv" },
};

/* Readers probing the round's rules, written after them */
static const Comment desk_probes[] = {
  { "Beware of the flat in the old town on the listings site: the 'owner' says she works in Norway, cannot show it and will send the keys by courier after the deposit. https://www.ss.example.lv/flats/kuldiga/88124", "Dace Ozola", "dace.ozola@inbox.lv", NULL },
  { "When our daughter studied in Rīga the owner of her flat lived in Liepāja, so we paid the deposit through the agency and she sent the keys by courier. It worked, but only because the agency was a real one: https://www.rigas-dzivokli.example.lv", "Guntis Ozols", "guntis.ozols@gmail.com", NULL },
  { "We buy our firewood from Jānis every autumn: best price in town and dry birch. His number is 5300 7162.", "Maija Roze", "maija.roze@inbox.lv", NULL },
  { "Careful with the flyers saying \"PĒRKAM MEŽU, augstākās cenas\": they paid my uncle half of what his forest was worth. Ring the forest owners' association on 5000 0001 before you sign anything.", "Jānis Bērziņš", "j.berzins.skrunda@inbox.lv", NULL },
  { "The EURES advisers at the NVA help people find work in Norway and Germany with no agency fee, and they check the contract and the accommodation. The Kuldīga office is on 5000 0002.", "Kristaps Roze", "kristaps.roze@gmail.com", NULL },
  { "My son went to work in Norway in 2019 through an agency. He paid a EUR 300 registration fee, the job was real but the accommodation was six men in a room. If anyone wants to ask him how it went, ring me on 5000 0003.", "Irēna Vītola", "irena.vitola@inbox.lv", NULL },
  { "A sobering reminder that one board meeting in Sweden can empty a town. My photos of the last shift at the mill: https://kuldiga-caur-objektivu.blogspot.com/2026/02/pedeja-maina.html", "Mārtiņš Kalējs", "martins.kalejs.foto@gmail.com", NULL },
  { "My father worked there for thirty years. In a rapidly evolving economy, they tell us, retraining is no longer optional. Tell that to a welder of 58. My letter to the council: https://ligita-raksta.example.lv/vestule", "Ligita Eglīte", "ligita.eglite@gmail.com", NULL },
  { "Our boat hire on the Venta will take on two of the mill's drivers for the summer season. Come and ask at the landing stage.", "Ivars Kalns", "ivars@venta-laivas.example.lv", "https://venta-laivas.example.lv/boat-hire-venta-river-kuldiga" },
  { "Be careful: es-kompensacija-lv.info says mill workers can claim EU compensation of up to 1,200 euros, register there with your internet bank. It is fake, the real EGF support goes through the NVA.", "Laura Vītola", "laura.vitola@gmail.com", NULL },
};

static const HeldoutRound round32 = {
  "/spam-heldout32", HELDOUT_SET (desk_spam), HELDOUT_SET (desk_genuine), HELDOUT_SET (dressed_spam),
  HELDOUT_SET (dressed_genuine), HELDOUT_SET (desk_probes), story32,
};

/* What each catch says, and what the readers' warnings keep off them */
static void
test_heldout32_reasons (void)
{
  g_autoptr(BylineSpamStory) words = byline_spam_story_new (story32);
  const ReasonCheck checks[] = {
    { HELDOUT_SET (desk_spam), "Renting my 2-room flat", "lets a home unseen, the keys sent after a deposit" },
    { HELDOUT_SET (dressed_spam), "Heartbreaking for the town", "a seller’s page named for search words" },
    { HELDOUT_SET (dressed_spam), "So sorry for all the families", "offers a job abroad for a fee the worker pays" },
    { HELDOUT_SET (dressed_spam), "This closure is a sobering", "a language model’s stock phrases" },
    { HELDOUT_SET (dressed_spam), "Работникам лесопилки", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (dressed_spam), "Meža īpašniekiem", "a buyer’s advert, “we buy” at the best prices" },
  };
  const ReasonCheck gone[] = {
    { HELDOUT_SET (desk_genuine), "Be careful: my dad", "says a payment, a refund, a parcel or a gift awaits" },
    { HELDOUT_SET (desk_genuine), "I own 30 hectares", "a buyer’s advert" },
    { HELDOUT_SET (dressed_genuine), "Watch out, this is going round", "offers a job abroad for a fee" },
    { HELDOUT_SET (desk_probes), "Beware of the flat", "lets a home unseen" },
    { HELDOUT_SET (desk_probes), "When our daughter", "lets a home unseen" },
    { HELDOUT_SET (desk_probes), "We buy our firewood", "a buyer’s advert" },
    { HELDOUT_SET (desk_probes), "Careful with the flyers", "a buyer’s advert" },
    { HELDOUT_SET (desk_probes), "The EURES advisers", "offers a job abroad for a fee" },
    { HELDOUT_SET (desk_probes), "My son went to work", "offers a job abroad for a fee" },
    { HELDOUT_SET (desk_probes), "A sobering reminder", "a language model’s stock phrases" },
    { HELDOUT_SET (desk_probes), "My father worked there", "a language model’s stock phrases" },
    { HELDOUT_SET (desk_probes), "Be careful: es-kompensacija", "says a payment, a refund, a parcel or a gift awaits" },
  };

  check_reasons_with_story (checks, G_N_ELEMENTS (checks), words);
  check_reasons_absent (gone, G_N_ELEMENTS (gone), words);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  heldout_round_add_tests (&round32);
  g_test_add_func ("/spam-heldout32/reasons", test_heldout32_reasons);

  return g_test_run ();
}
