/* test-spam-heldout39-data.h: a thirty-ninth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story39: Lagos, Nigeria, where the state government will move the
 * danfo terminal and about 1,150 traders at the Ayinke Market junction
 * on Agege Motor Road, Oshodi, to a new transport park at Ilasamaja,
 * 1.8 km away, from Monday 3 August; the Commissioner for
 * Transportation counts 640 danfo buses and 180 korope minibuses
 * loading there daily and tailbacks of up to 3 km, the new park on 4.2
 * hectares costing 6.8 billion naira with 420 loading bays, a holding
 * bay for 120 more, toilets, a clinic and solar lights; the Special
 * Adviser on Urban Development offers 1,020 spaces in the park's
 * market wing, 380 lock-up shops at 150,000 naira a year and 640 open
 * stalls at 60,000 naira, six months rent-free, 250,000 naira
 * compensation per roadside trader and up to 1.2 million for
 * demolished shops, free enumeration at the Oshodi-Isolo Local
 * Government secretariat until Friday 10 July, a free shuttle every 15
 * minutes for the first month; fares to stay at 500 naira to Ikeja and
 * 800 to Yaba, but the NURTW Ayinke unit chairman says the park's daily
 * ticket of 1,500 naira per bus, up from 800, and lost trips will push
 * fares up by at least 200; a pepper and tomato seller of 22 years
 * against, a resident of Ayinke Street for, a University of Lagos urban
 * planning lecturer warning traders drift back to the roadside; a
 * stakeholders' meeting on Thursday 16 July at 10am at the LG
 * secretariat, written submissions until 24 July), in two sets, most
 * of them in English or Nigerian Pidgin, some in Yoruba, Igbo, Hausa,
 * Swahili or French.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a "powerful native doctor", a babalawo for money rituals "without
 *     human sacrifice", a lover back in three days, luck charms and
 *     court cases, the number half in words with a letter O for a zero
 *     (Yoruba and English);
 *   - a loan app, "no BVN, no collateral", the customer care number
 *     spaced digit by digit, the site in the website field (English);
 *   - a scheme doubling money in seven days, a wa.me WhatsApp link and
 *     a bare .xyz host (Igbo and English);
 *   - a fake CBN SMS: BVN flagged, account restricted in 24 hours, an
 *     update link on a .com.ng host (English);
 *   - Canada and UK work visas "100% guaranteed", 450,000 naira
 *     processing fee half upfront, the number spelled in words (English);
 *   - "sure odds" and a paid VIP Telegram group, the site in the
 *     website field (Pidgin);
 *   - an Illuminati membership offer with a million dollars, a Kenyan
 *     number with a digit in words (Swahili);
 *   - a hacker for hire: WAEC and JAMB result upgrades, a partner's
 *     WhatsApp spied on, letters O for zeros (English);
 *   - a forex and bitcoin "account manager" testimonial, an Instagram
 *     handle and a foreign WhatsApp number (English);
 *   - a fake federal grant of 250,000 naira with a 3,500 naira
 *     verification fee and a forward-to-ten chain (Hausa);
 *   - an invented airline's 15th anniversary giving free return tickets
 *     for a survey and shares to WhatsApp groups (French);
 *   - free 25GB data for every network, one line, a .top link
 *     (Pidgin).
 *
 * And twelve readers (desk_genuine):
 *   - a provisions seller for the move, asking for lower, quarterly
 *     rent (English);
 *   - a trader against: 1,150 traders for 1,020 spaces (Pidgin);
 *   - a sarcastic line on fares, the shuttle and Father Christmas
 *     (English);
 *   - capitals on the 250,000 naira compensation and the 130 without
 *     a space (English);
 *   - emoji only;
 *   - a reply "@Segun Ajibola" for moving the buses (English, a
 *     Yoruba phrase);
 *   - a question to the reporter on who collects the daily ticket and
 *     whether the meeting is open (English);
 *   - a fake "LASG" SMS charging a 15,000 naira allocation fee quoted
 *     with its link to warn, "FAKE" (English);
 *   - the ministry's notice on the state's .gov.ng site cited with its
 *     link (English);
 *   - a man of 81 buying at Ayinke since 1972 (English);
 *   - a provisions shop signing with its name and shop number, no
 *     phone, no link (English);
 *   - two words, long overdue (English).
 *
 * The second, spam dressed as readers (dressed_spam), in order:
 *   - a student's memory of the conductors at the junction, then a
 *     dispatch rider service, the site also in the website field
 *     (English);
 *   - a shop gone quiet in Oshodi, then a herbalist's "customer
 *     attraction" soap and a spaced-out number (Pidgin);
 *   - a reply "@Adaeze Nnaji" agreeing with the lecturer, then a forex
 *     "account manager" paying 35% a week, a UK WhatsApp number
 *     (English);
 *   - a quoted phrase of the story as an HTML link to a handbag shop,
 *     the shop in the website field (English);
 *   - thanks to the reporter and the 16 July meeting, a betting site in
 *     the website field only (English and Pidgin);
 *   - the 150,000 naira rent, then a loan app "no BVN" with its link
 *     (Igbo, English and Pidgin);
 *   - a korope driver's mother on lost trips, then UK care jobs for
 *     1.2 million naira, half paid first, on WhatsApp (English);
 *   - agreeing with the resident on traffic, then land at Ibeju-Lekki,
 *     "C of O ready", the site also in the website field (English);
 *   - a prayer for the traders, then a "prayer warrior" prophet and a
 *     number split in three (Yoruba and English);
 *   - matatus moved in Nairobi, then a TikTok follower course at 1,500
 *     shillings, the site also in the website field (Swahili);
 *   - a Beninese student at the junction, then a "full scholarship" to
 *     Canada for a 45,000 CFA file fee, the site also in the website
 *     field (French);
 *   - a pepper seller near the junction, then an NGO's 500,000 naira
 *     grant for a 5,000 naira form fee (Hausa).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader's own blog post from two weekends at the junction, no
 *     ads, the blog in the website field (English);
 *   - a mosque raising 4.8 million naira for a borehole at the park,
 *     its site with published receipts (English);
 *   - sums of spaces, fees, compensation and percentages (English);
 *   - a reader since 1981 in capitals on the fourth move of the buses
 *     (English);
 *   - two links to the state's .gov.ng site, the notice and the
 *     enumeration guidelines (English);
 *   - the state transport agency's free journey planner app
 *     recommended, no link (English);
 *   - a traders' association's WhatsApp notice on enumeration and a
 *     meeting, "do not pay anybody", nothing sold (English);
 *   - a long rant on everything "free" and who gets the money and cash
 *     (English);
 *   - a reader in London comparing her borough's moved street market
 *     (English);
 *   - a reply thanking "@Bisola Oyewole" for the enumeration date
 *     (Yoruba and Pidgin);
 *   - a widow's neighbour who lost 35,000 naira to a fake ministry
 *     official "reserving" a shop, warning, no link (English);
 *   - a buka at the junction signing with its name and prices, no link
 *     (Pidgin and English).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story39 =
  "The Lagos State Government will move the danfo terminal and about 1,150 traders at the Ayinke Market junction in Oshodi to a new transport park at Ilasamaja, 1.8 kilometres away, from Monday 3 August, officials said on Tuesday, in a bid to clear one of the most congested junctions on Agege Motor Road.\n\n"
  "Olamide Bakare-Esan, the state Commissioner for Transportation, said about 640 danfo buses and 180 korope minibuses load at the junction every day, many of them on the road itself, causing tailbacks of up to 3 kilometres at peak hours. The new park, built on 4.2 hectares at a cost of ₦6.8 billion, has loading bays for 420 buses, a holding bay for 120 more, toilets, a clinic and solar street lights. \"Nobody will load or drop passengers at Ayinke junction after 2 August. LASTMA officers will be there from the first day,\" he said.\n\n"
  "Kehinde Oduwole, Special Adviser to the Governor on Urban Development, said traders would be offered 1,020 spaces in the park's market wing: 380 lock-up shops at ₦150,000 a year and 640 open stalls at ₦60,000 a year, with the first six months rent-free. Traders with stalls on the road corridor will receive ₦250,000 each in compensation, and owners of permanent shops to be demolished up to ₦1.2 million, depending on valuation. Enumeration, which is free, runs at the Oshodi-Isolo Local Government secretariat until Friday 10 July; traders must bring a valid ID, a passport photograph and evidence of their stall. A free shuttle bus will run between the park and the junction every 15 minutes for the first month.\n\n"
  "The commissioner said fares would not change, at ₦500 from the park to Ikeja and ₦800 to Yaba. But Alhaji Rasaki Balogun, chairman of the Ayinke unit of the National Union of Road Transport Workers (NURTW), said drivers would lose two or three trips a day, and the park's daily ticket of ₦1,500 per bus, up from the ₦800 paid at the junction, would push fares up \"by at least ₦200\". \"We are not against the park, but nobody consulted us on the levy,\" he said.\n\n"
  "Funmilayo Adeyemi-Ojo, 54, who has sold pepper and tomatoes at the junction for 22 years, said most of her customers were commuters buying on their way home. \"If the buses go, the customers go. ₦250,000 cannot even buy one season's stock,\" she said. Chinedu Okafor, 41, who lives on Ayinke Street, welcomed the plan. \"It takes me 40 minutes to drive 500 metres to my house on a weekday evening. Ambulances cannot pass,\" he said.\n\n"
  "Dr Ngozi Eze-Adebayo, a senior lecturer in urban and regional planning at the University of Lagos, said relocations in the city often failed because traders were moved away from foot traffic. \"If the shuttle stops after one month and the market wing is not where people walk, traders will drift back to the roadside within a year,\" she said. The government will hold a stakeholders' meeting with traders, transport unions and residents on Thursday 16 July at 10am at the Oshodi-Isolo Local Government secretariat, and written submissions can be sent to the ministry until 24 July.";

static const Comment desk_spam[] = {
  { "POWERFUL NATIVE DOCTOR 🔥🔥 Baba Ifagbemi, babalawo to lagbara ju lo ni ilu Ogbomoso. Se owo n sa fun e? Se ololufe re ti ko e sile? Oogun owo (money ritual WITHOUT human sacrifice), oogun ife to bring back your lover in 3 days, awure for business, isoye for exams, win any court case. Results guaranteed or money back. Call Baba now: zero eight one three, four four six ... 27O9 or WhatsApp +234 813 446 27O9", "Baba Ifagbemi Herbal Home", "babaifagbemi.herbalhome@gmail.com", NULL },
  { "Need URGENT LOAN? 💸 Get ₦20,000 to ₦2,000,000 in 5 minutes straight to your account. NO BVN, NO collateral, NO guarantor, NO paperwork. Low interest 2% monthly, pay back in 3 to 12 months. Civil servants, traders, students, okada riders ALL qualify. Apply now ➡️ https://swiftkash-loans.online/apply?ref=ng26 Customer care: 0 7 0 8 - 2 1 9 - 3 3 5 4", "SwiftKash Loans NG", "support@swiftkash-loans.online", "https://swiftkash-loans.online" },
  { "Ndị be anyị, unu nụrụ ihe a? 🤑 Tinye ego ₦20,000 nata ₦40,000 n'ime ụbọchị asaa (7 days)! ₦50k becomes ₦100k, ₦100k becomes ₦200k. Ọ bụghị egwuregwu, over 3,000 members don cash out this month alone. Registration closes Sunday. Join our WhatsApp now: https://wa.me/2349062217480?text=DOUBLE or visit doublecash-circle.xyz", "Nneka DoubleCash", "nneka.doublecash@yahoo.com", NULL },
  { "CBN-ALERT: Dear Customer, your BVN has been flagged & your account will be RESTRICTED within 24hrs due to incomplete NIN-BVN linkage (Ref: CBN/BVN/2026/0718). To avoid suspension kindly update your details at: http://cbn-bvnupdate.com.ng/verify Ignore at your own risk.", "CBN Customer Care", "noreply@cbn-bvnupdate.com.ng", "http://cbn-bvnupdate.com.ng" },
  { "CANADA 🇨🇦 & UK 🇬🇧 WORK VISA 2026 — 100% GUARANTEED. Vacancies: caregivers, truck drivers, farm workers, cleaners, welders, factory hands. Salary CAD $3,800 to $5,200 monthly + free accommodation. No IELTS needed, no age limit. Visa processing fee ₦450,000 only (50% upfront, balance after visa approval). Interview this week at our Ikeja office. Call/WhatsApp Mr Daniel: oh-eight-one-oh, five five two, seven one nine oh. Limited slots!!!", "Global Pathway Travels", "globalpathway.travels26@gmail.com", "http://globalpathway-travels.com.ng" },
  { "Una still dey stake by yourself? 😂 Yesterday we cash out 12.5 odds, today na 5 sure odds, all confirmed from inside source. Join our VIP Telegram for ₦5,000 weekly, if you no win we refund 100%. Telegram: @SureBankerOddsNG ✅ Ticket go drop 2pm sharp, no dulling", "Sure Banker Odds", "surebankerodds@gmail.com", "https://surebanker-odds.top" },
  { "JIUNGE NA ILLUMINATI LEO 👁️ Karibu kujiunga na udugu mkubwa wa Illuminati upate utajiri, umaarufu, nguvu na ulinzi. Mwanachama mpya anapokea dola 1,000,000 za kimarekani, gari la kifahari na nyumba popote duniani. Hakuna kafara ya binadamu. Kwa maelezo zaidi wasiliana na Agent Brian: +254 7two2 418 903 au barua pepe greatilluminati.agent@gmail.com", "Illuminati Agent Brian", "greatilluminati.agent@gmail.com", NULL },
  { "Are you tired of poor WAEC/NECO/JAMB results? I can upgrade any result directly on the portal, change university CGPA, clear carry-overs. I also spy on a cheating partner's WhatsApp, calls & location without touching their phone, recover hacked Facebook/Instagram, unblock bank accounts. 100% discreet, 2 hours delivery. Contact CyberGhost on WhatsApp +234 9O1 7 3 3 8 2 6 O or email cyberghost.hackpro@protonmail.com", "CyberGhost Hack Pro", "cyberghost.hackpro@protonmail.com", NULL },
  { "I want to use this medium to appreciate Mrs Vanessa Cole for what she has done for me. I was skeptical at first but I invested $500 (about ₦780,000) with her forex and bitcoin trading platform and in just 10 days I received $6,240 profit into my account. No stress, she manages everything. If you want to earn like me contact her on Instagram @vanessacole_fxtrader or WhatsApp +1 (650) 338 9127. God bless you ma!", "Blessing Okonkwo", "blessing.okonkwo4472@gmail.com", NULL },
  { "SANARWA 📢 Gwamnatin Tarayya ta fara rabon tallafin ₦250,000 ga 'yan kasuwa, matasa da mata a karkashin shirin Tallafin Kasuwanci 2026. Babu bukatar biyan bashi. Ka yi rajista yanzu kafin a rufe ranar Juma'a: http://fgn-tallafi2026.online/rajista Kuɗin tantancewa ₦3,500 kawai. Ka tura wannan sako ga 'yan uwa da abokai 10 domin a tabbatar da rajistarka.", "Tallafin Kasuwanci 2026", "rajista@fgn-tallafi2026.online", "http://fgn-tallafi2026.online" },
  { "✈️ Air Sahel Express fête ses 15 ans ! Pour célébrer, nous offrons 2 billets aller-retour GRATUITS (Lagos, Accra, Abidjan, Dakar, Paris) à chaque participant qui répond à notre petit questionnaire de 4 questions. Il ne reste que 37 billets ! Participez ici avant minuit : http://airsahel-15ans.xyz/cadeau et partagez à 5 groupes WhatsApp pour valider.", "Air Sahel Express", "promo@airsahel-15ans.xyz", NULL },
  { "Free 25GB data for all MTN, Airtel, Glo and 9mobile users 🎁 I don collect my own, click here make you collect your own before e finish 👉 http://freedata-naija.top/claim", "Free Data Naija", "freedata.naija@gmail.com", "http://freedata-naija.top" },
};

static const Comment desk_genuine[] = {
  { "I sell provisions at the junction and honestly I'm tired of running from LASTMA and task force every week. If the Ilasamaja park really has toilets, light and security, I'm ready to move. My only worry is the ₦150,000 for lock-up shops after the six free months. Let them make it ₦100,000 and allow us to pay quarterly.", "Rukayat Lawal", "rukayat.lawal82@gmail.com", NULL },
  { "Dem wan carry us go Ilasamaja wey no get customer. Na the people wey dey enter bus for junction dey buy our market. 1,150 traders, 1,020 space, where the remaining ones go sell? Dem go just pursue us comot like dem do for other places. Government no dey think of small people at all.", "Emeka Nwosu", "emekanwosu.ayinke@yahoo.com", NULL },
  { "Fares will stay at ₦500, the shuttle will run every 15 minutes forever, and the compensation will be paid before August 3. I also believe in Father Christmas. 🙂", "Tobi A.", "tobi.adebiyi.writes@gmail.com", NULL },
  { "₦250,000 COMPENSATION FOR SOMEBODY WHO HAS SOLD AT THAT JUNCTION FOR 20 YEARS??? THAT IS NOT EVEN ONE YEAR RENT FOR A SHOP IN IKEJA. AND WHERE WILL THE OTHER 130 TRADERS GO??? THIS GOVERNMENT SHOULD FEAR GOD!!!", "Alhaja Kudirat", "kudiratbello1960@gmail.com", NULL },
  { "🚌🚌🚌➡️🏗️😂🤦🏾‍♂️", "Dayo", "dayo.olu99@gmail.com", NULL },
  { "@Segun Ajibola e ma binu, but you don't live there. Ayinke junction at 7pm is not traffic, it is a car park with horns. Moving the danfos is the only way Agege Motor Road will breathe. The traders' customers will follow the buses anyway.", "Bisola Oyewole", "bisola.oyewole@outlook.com", NULL },
  { "Question for the reporter: did the commissioner say whether the ₦1,500 daily ticket at the park will be collected by the ministry or by the union? And is the 16 July stakeholders' meeting open to ordinary residents or only to invited associations?", "Kunle Adeniran", "kunle.adeniran@gmail.com", NULL },
  { "PLEASE WARN YOUR PEOPLE. My mother got this SMS this morning: \"LASG: All Ayinke traders must pay N15,000 stall allocation fee before 10/07 to secure space at Ilasamaja park. Pay here http://lasg-ayinke-allocation.com.ng/pay\". It is FAKE. The story says enumeration is free and it is done at the LG secretariat. Don't click that link, don't pay anybody.", "Ifeoma Chukwu", "ifeoma.chukwu.ng@gmail.com", NULL },
  { "For those asking, the ministry's notice and a map of the new park are on the state website: https://lagosstate.gov.ng/ministry-of-transportation/ayinke-park-notice It also lists the documents you need for enumeration.", "Olumide Ogundipe", "olumide.ogundipe@gmail.com", NULL },
  { "I am 81 years old and I have bought my foodstuff at Ayinke since 1972, when it was only a few sheds under the almond trees. It has become too crowded, that is true, but the government should remember the old women who have no other work. I pray they treat them with kindness. Thank you for the good report.", "Pa Emmanuel Adesina", "e.adesina1945@yahoo.com", NULL },
  { "We have been at Ayinke for 11 years and we will move if the new park is ready, but please the government should put the shops where people pass, not at the back of the park. — Mama Tobi Provisions & Cold Drinks, Shop 14, Ayinke Market", "Mama Tobi Provisions", "mamatobiprovisions@gmail.com", NULL },
  { "Long overdue.", "Femi", "femi.k@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "I used to wait for danfo at that Ayinke junction every morning when I was at Yabatech, the conductors shouting \"Ikeja Along, enter with your change!\" Good to see it cleaned up at last. By the way, traders moving to the new park, you need reliable dispatch riders to keep your customers. SwiftRun Logistics: same-day delivery anywhere in Lagos from ₦1,500, bulk discount for market women. Call/WhatsApp 0816 - 772 - 41OO or book at https://swiftrun-logistics.com.ng", "SwiftRun Logistics", "bookings@swiftrun-logistics.com.ng", "https://swiftrun-logistics.com.ng" },
  { "This relocation go affect plenty people business o. Last year my own shop for Oshodi just dey empty, no customer at all, I even wan close am. Na my sister carry me go meet Dr Ogunmola, one powerful herbalist for Ibadan. Him do spiritual cleansing and give me soap for customer attraction, within 2 weeks my market start to move again. If your business don stand, call am: 0 8 0 3 - 5 7 1 - 9 2 4 8. E no dey disappoint.", "Mrs Patience Udoh", "patienceudoh77@gmail.com", NULL },
  { "@Adaeze Nnaji I agree with Dr Eze-Adebayo, these relocations never work when traders are moved away from where people walk. That's why I stopped depending on my stall alone. Since March my account manager Mr Kelvin Morgan trades forex and crypto for me and I get 35% profit every week, I just paid my shop rent from it. Message him on WhatsApp +44 7418 552 093, tell him Ngozi referred you.", "Ngozi Amadi", "ngozi.amadi.trades@gmail.com", NULL },
  { "The part about a <a href=\"https://lagosbagsdeal.shop/ladies-handbags\">holding bay for 120 more</a> buses is the only thing that makes sense in this whole plan. Without it the drivers will just park on the expressway again.", "Wale Hassan", "walehassan.shop@gmail.com", "https://lagosbagsdeal.shop" },
  { "Thank you for this detailed report, especially the dates. I will be at the stakeholders' meeting on 16 July with the other women from our line. Make dem hear us this time.", "Kemi Adeyemo", "kemiadeyemo22@gmail.com", "https://naijabet365-bonus.top/register?aff=kemi22" },
  { "Ndị ahịa Ayinke, ka Chineke nyere anyị aka. ₦150,000 for lock-up shop a year, ebee ka anyị ga-esi nweta ego ahụ? Nke m, when my shop rent was due I got ₦300,000 from QuickNaira app in 10 minutes, no BVN, no collateral, no guarantor. Download am here make you secure your shop: https://quicknaira-app.online/get?ref=ada8 🙏", "Ada Okeke", "adaokeke.quicknaira@gmail.com", NULL },
  { "My son drives korope on the Ayinke route and if he loses two or three trips a day like the union chairman said, how will he feed his family? That's why I'm encouraging young people to japa. My cousin's agency is recruiting care assistants for the UK with Certificate of Sponsorship, £2,300 monthly. Processing is ₦1.2m, pay ₦600k now and the balance when the visa comes out. Slots for July are almost filled, WhatsApp Mrs Folake: +234 (0) 7O3 92 81 644.", "Mrs Adebayo", "mrs.adebayo.careers@gmail.com", NULL },
  { "Mr Okafor is right, 40 minutes for 500 metres is madness. That is why I left Oshodi and moved my family to Ibeju-Lekki, no traffic, fresh air. If you are tired of mainland wahala, we have dry land at Eleko, 5 minutes from the expressway, C of O ready, ₦3.5m per plot, pay small small over 12 months. Inspection every Saturday. Call 0902 188 7741 or visit https://greenacre-estates.ng", "Greenacre Estates", "sales@greenacre-estates.ng", "https://greenacre-estates.ng" },
  { "Olorun a ba wa se o. Eyin oloja Ayinke, e ma beru, ohun ti ijoba ba se, Olorun lo ni ase ikeyin. Ti e ba ni isoro owo, igbeyawo, omo bibi tabi ota ni ibi ise, e pe Woli Gabriel Oyelaran, prayer warrior alagbara: 0-7-0-6 ... 4-1-2 ... 8-8-3-9. Adura re ki i lo lasan, he prayed for me and I got my shop back.", "Sister Ronke", "ronke.prayerline@gmail.com", NULL },
  { "Hapa Nairobi pia walijaribu kuhamisha matatu kutoka katikati ya jiji mara kadhaa, kila mara vurugu tupu na wafanyabiashara wadogo ndio wanaoumia. Ushauri wangu kwa wafanyabiashara wa Lagos: hamieni mtandaoni! Kozi yangu inakufundisha kupata followers 10,000 TikTok na Instagram ndani ya siku 30 na kuuza bila duka. Ksh 1,500 tu (au ₦18,000). Jiunge: https://growfast-academy.online/kozi", "Mwalimu Grace Digital", "grace.growfast@gmail.com", "https://growfast-academy.online" },
  { "Étudiant béninois à l'UNILAG, je prends le danfo à Ayinke tous les matins et je confirme : le carrefour est invivable à partir de 17h. Le Dr Eze-Adebayo a raison pour les commerçants. Petit conseil aux jeunes qui lisent : le programme Bourses Excellence Canada 2026 offre des bourses complètes (frais de scolarité, logement, billet d'avion). Il suffit de payer les frais de dossier de 45 000 FCFA avant le 30 juin sur https://bourses-excellence-canada.online pour être présélectionné.", "Koffi Hounsou", "koffi.hounsou.bj@gmail.com", "https://bourses-excellence-canada.online" },
  { "Ni dan kasuwa ne a Oshodi, ina sayar da kayan miya kusa da junction din Ayinke. Wannan mataki na gwamnati zai shafi mutane da yawa. Amma ku sani, Gidauniyar Tallafa wa 'Yan Kasuwa (GTYK) tana ba da tallafin ₦500,000 ga duk dan kasuwan da za a tashe shi. Ni na samu nawa jiya! Ku yi rajista a http://gtyk-foundation.org.ng/rajista, kudin fom ₦5,000 kawai.", "Musa Abdullahi", "musa.abdullahi.oshodi@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I wrote about this on my blog after spending two weekends at the junction talking to traders and conductors. The short version: everybody wants the road cleared, nobody trusts the ₦250,000, and the korope drivers were never asked. Full piece with photos here if anyone is interested: https://adeolawrites.blog/2026/07/the-junction-and-the-park", "Adeola Martins", "adeola.martins.writes@gmail.com", "https://adeolawrites.blog" },
  { "Ayinke Central Mosque has started raising money to sink a borehole and put a free drinking water point in the park's market wing before traders move in August, open to everybody, Muslim or Christian. We need ₦4.8 million and we have ₦1.9 million so far. The accounts and every receipt are published on our site: https://ayinkecentralmosque.org.ng/borehole-appeal Jazakumullahu khairan.", "Ayinke Central Mosque", "info@ayinkecentralmosque.org.ng", "https://ayinkecentralmosque.org.ng" },
  { "Let's do the maths. 1,150 traders, 1,020 spaces = 130 traders without a space, about 11%. 380 lock-up shops × ₦150,000 = ₦57m a year, 640 open stalls × ₦60,000 = ₦38.4m, so ₦95.4m a year in fees. Compensation at ₦250,000 × 1,150 = ₦287.5m, which is 4.2% of the ₦6.8bn park. And if the daily ticket goes from ₦800 to ₦1,500 that's +87.5% per bus, 820 buses × ₦700 extra = ₦574,000 more a day from drivers. Guess who pays in the end.", "Tunde Oyebanji", "tunde.oyebanji@gmail.com", NULL },
  { "I HAVE READ YOUR PAPER SINCE 1981. THIS IS THE FOURTH TIME THEY ARE MOVING THOSE BUSES IN MY LIFETIME AND EVERY TIME THEY COME BACK. WITHOUT ENFORCEMENT NOTHING WILL CHANGE. PLEASE FOLLOW UP IN DECEMBER AND TELL US IF THE JUNCTION IS CLEAR.", "CHIEF J.O. ADEKUNLE (RTD)", "joadekunle.rtd@yahoo.com", NULL },
  { "Both documents are online if you want to read them yourself: the relocation notice at https://lagosstate.gov.ng/transportation/ayinke-relocation-notice-2026 and the enumeration guidelines with the list of documents at https://lagosstate.gov.ng/urban-development/ayinke-enumeration-guidelines. Read them before the 16 July meeting so you can ask the right questions.", "Yetunde Bankole", "yetunde.bankole@gmail.com", NULL },
  { "For commuters worried about finding buses at the new park: the state transport agency's free journey planner app already shows the BRT and danfo routes from Ilasamaja, free on Play Store and no ads. I used it all last week and it was accurate.", "Ebuka Obi", "ebuka.obi.dev@gmail.com", NULL },
  { "Forwarded from our Ayinke Market Traders Association WhatsApp group: \"NOTICE TO ALL MEMBERS: Enumeration continues at the Oshodi-Isolo LG secretariat, Mon to Fri, 9am to 3pm, until Friday 10 July. Bring valid ID, 2 passport photographs and your stall receipt or association card. Enumeration is FREE, do not pay anybody. General meeting Sunday 12 July, 4pm, at the mosque hall to prepare for the stakeholders' meeting. — Secretary\"", "Ayinke Market Traders Assoc.", "ayinketraders.assoc@gmail.com", NULL },
  { "Everything in this country is \"free\" until it isn't. Free enumeration, free shuttle for one month, six months free rent. Then the money starts: ₦150,000 rent, ₦1,500 daily ticket, union dues, LG levy, task force \"settlement\" in cash with no receipt. The traders will pay, the drivers will pay, and in the end the passenger pays with a higher fare. Meanwhile nobody can tell us who got the ₦6.8bn contract. I support clearing the road, but stop insulting us with the word free. Nothing is free when you are poor in Lagos.", "Gbenga Olatunji", "gbenga.olatunji@yahoo.com", NULL },
  { "Reading this from London. In my borough the council moved our street market into a covered hall during a \"regeneration\" and promised stallholders the same footfall. Five years on, half the stalls are empty and the old road is full of coffee shops none of the traders can afford. Dr Eze-Adebayo is right: the footfall is the market. I hope Lagos listens to the traders on 16 July.", "Funke Adeleye (London)", "funke.adeleye.uk@gmail.com", NULL },
  { "@Bisola Oyewole e se gan ni, I no know say enumeration dey end 10 July. I don tell my aunty make she go Monday with her association card.", "Chioma Eze", "chioma.eze.lagos@gmail.com", NULL },
  { "My neighbour, a widow who sells pepper at the junction, paid ₦35,000 last week to a man in a Lagos State vest who said he was from the ministry and could \"reserve\" a lock-up shop for her at the new park. He gave her a paper receipt with a stamp. Today she found out the ministry has no such list and his number is switched off. Please, nobody is allocating shops yet. Don't pay anybody cash.", "Oluwaseun Aina", "seun.aina@outlook.com", NULL },
  { "Traders, drivers, everybody, when you move to the new park we go follow you there! Until then we dey our usual place. Amala & ewedu with 2 meat ₦2,000, rice & stew with chicken ₦2,500, eba & egusi ₦1,800, cold zobo ₦300. — Iya Basira Buka, Ayinke junction, beside the pharmacy", "Iya Basira Buka", "iyabasirabuka@gmail.com", NULL },
};
