/* test-spam-heldout48-data.h: a forty-eighth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story48: Nairobi, Kenya, where about 2,800 hawkers who sell along
 * Tom Mboya Street and its back lanes will be moved to the new
 * six-storey Landhies Traders' Market from Monday 3 May to Friday 30
 * July 2027, the street closed to hawking for good after that; the
 * county's executive member for trade and markets puts the cost at
 * KSh 1.42 billion, KSh 960 million of it from the county and KSh 460
 * million from a national markets programme; 3,000 stalls, free for
 * the first six months, then KSh 1,500 a month; the matatu stage at
 * the Odeon end of the street, about 40,000 commuters a day on routes
 * 44, 45 and 145, to move 300 metres to Ronald Ngala Street for a bus
 * lane; a mitumba shoe seller, 46, on the street since 2009, whose
 * customers "are on this street, not on the fifth floor"; a route 44
 * matatu driver to Githurai, 38, who loses an hour in jam each time
 * the stage moves; the Tom Mboya Street Hawkers' Welfare Association,
 * 1,900 members, asking for stalls allocated by ballot, not by
 * "cartels"; a public participation forum on Saturday 13 March 2027 at
 * 10am at Charter Hall), in four sets, most of them in Kenyan English,
 * Sheng and Swahili, some in Somali, with a few phrases of Kikuyu and
 * Luo, and one each in Gujarati and Arabic.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a betting site, a free KSh 500 bonus and free bets, the referral
 *     code SIMBA48, a paybill, a .top link, the same host in the
 *     website field (Sheng and Swahili);
 *   - a loan app "bila CRB", "without guarantor", money on M-Pesa in
 *     ten minutes, a WhatsApp number, no link (Swahili and English);
 *   - a fake KRA iTax refund of KSh 18,460 to claim in 48 hours at a
 *     "kra-refunds.go-ke.info" look-alike (English);
 *   - a fake Safaricom notice, Bonga Points expiring, to be turned into
 *     cash at a "safaricom-bonga.co-ke" look-alike .online host
 *     (Swahili);
 *   - a fake Hustler Fund "phase 3" grant of up to KSh 250,000 with a
 *     KSh 350 registration fee to a till and a "gov-ke" look-alike .site
 *     host (Swahili);
 *   - jobs in Saudi Arabia and Qatar, free visa and ticket, a KSh 25,000
 *     processing fee, a +966 and a 07 number (English with Swahili);
 *   - a mganga from Tanga bringing back lovers and winning cases, the
 *     number in Swahili words, digits and a letter O (Swahili);
 *   - a forex and crypto "mentor", KSh 20,000 turned into KSh 380,000,
 *     a t.me link (English);
 *   - a "fully funded" scholarship to Canada, the UK and Germany, a
 *     KSh 4,500 application fee to a paybill, a .online host in the
 *     text and the website field (English);
 *   - TikTok, Instagram and Facebook followers and likes for sale, a
 *     till, a wa.me link and a .shop host (English);
 *   - an adult come-on from a "24-year-old" in Kilimani, a bare .xyz
 *     host, the same host in the website field (English);
 *   - KCSE certificates and an NTSA driving licence without a test, the
 *     number with letters O for zeros (Sheng and English).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a mother who cannot pass on the pavement with a pram, asking
 *     for toilets and lights at the new market (Kenyan English);
 *   - a hardware shop on the street since 1986, the hawkers block his
 *     door but deserve a living too (Gujarati);
 *   - against: customers are on the street, not on the fifth floor,
 *     "hii ni ufala", "tuko pamoja" (Sheng);
 *   - a reply to "@Kevo wa Kayole", sarcasm on the fourth market
 *     promised since 2013 and "free for six months" (Sheng);
 *   - a commuter shouting in capitals at the 300-metre walk to Ronald
 *     Ngala and a forum on a working Saturday (Swahili and English);
 *   - a face, a cart, a bus and praying hands only;
 *   - a question to the reporter: will Somali women selling tea and
 *     canjeero without licences get stalls, and who keeps the market
 *     safe at night (Somali);
 *   - a reader quoting a fake M-Pesa "You have received" SMS with its
 *     number, then the call to send the money back, to warn "ni wizi",
 *     "usitume pesa" (Sheng);
 *   - a nairobi.go.ke page and a local news site's page cited (Kenyan
 *     English);
 *   - a grandmother, 81, selling sukuma since 1978, her grandchild
 *     typing (Swahili with Kikuyu);
 *   - a fried fish kibanda behind the Odeon since 2011 signing with its
 *     name, asking for water, gas and drainage, no phone, no link
 *     (Swahili with Luo);
 *   - a very short comment, "Kwani ni lazima?" (Swahili).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - sympathy for traders moving their stock, then a movers' firm,
 *     pickups from KSh 2,500, two numbers and its site (Swahili and
 *     English);
 *   - the jam after the stage moves, then an electric boda dealer
 *     behind an HTML <a href> on "affordable electric boda dealer
 *     Nairobi" (Sheng);
 *   - a reply to "@Kevo wa Kayole" agreeing about the customers, a
 *     betting referral code in the website field only (Sheng);
 *   - moved by the mitumba seller, then a mganga in Kariobangi who
 *     brought customers and a husband back, the number half in digits
 *     and half in Swahili words (Swahili);
 *   - a hawker turned trader, then a forex coach's Telegram handle
 *     (Sheng);
 *   - free stalls but no capital for stock, then a loan "bila CRB, bila
 *     guarantor", the number split digit by digit by dashes (Swahili
 *     and English);
 *   - sympathy for the hawkers, then an agency for jobs in Saudi Arabia
 *     and Qatar with a KSh 38,000 fee, a +254 and a +966 number
 *     (Somali);
 *   - land prices near Landhies, then plots "ONLY 3 REMAINING", "pay
 *     deposit today", a broker's number and site (Kenyan English);
 *   - stalls too few, then a fake county "relocation compensation" of
 *     KSh 40,000 with a KSh 500 fee on a "nairobi-go-ke" look-alike .site
 *     host (Swahili);
 *   - the story as an urban planning case study, then a "fully funded"
 *     UK scholarship with a KSh 3,800 application fee (Kenyan English);
 *   - the association backed, then an online selling course "normally
 *     KSh 15,000, now KSh 2,999" (Sheng);
 *   - a visitor's walk down Tom Mboya Street, then a Westlands hotel
 *     48% cheaper at a "booking.com-" look-alike .live host (Arabic).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader giving the Safaricom fraud short code 333, the DCI
 *     toll-free line and 999 and 112 against "registration fee" calls
 *     (Swahili);
 *   - a vitenge and uniforms trader naming her new stall, B-214, and
 *     her phone for old customers, nothing sold (Swahili);
 *   - the county's official project page, the relocation dates and the
 *     forum (Kenyan English);
 *   - the sums worked out: shillings a stall, the county's share in
 *     percent, rent a year, years to pay back, route 44 and 45 fares
 *     (Kenyan English);
 *   - a mother's SMS about a ground-floor stall, KSh 50,000 and KSh
 *     1,000 to send to an 07 number, relayed without quotation marks,
 *     "it's a scam" (Kenyan English with Swahili);
 *   - the Huduma Centre and Kituo cha Sheria's free legal aid
 *     recommended, no middlemen (Swahili);
 *   - a parish Justice and Peace committee collecting for the oldest
 *     hawkers' moves, its own site and a paybill (Kenyan English);
 *   - a mganga in Pumwani in 1994 who told an aunt the street would
 *     never be theirs, a story, no number (Sheng);
 *   - a cyclist from Eastlands linking a local news article on the bus
 *     lane and cycle lanes (Swahili and English);
 *   - a plot buyer in Joska since 2023 whose title deed is still not
 *     ready, the developer's office landline named (Kenyan English);
 *   - a route 45 matatu tout asking about the forum date, "2moro", "4
 *     sure", "b4" (Sheng);
 *   - a reader mocking the spam under the story, betting, mganga, loans
 *     bila CRB, plots and KRA refunds (Sheng).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story48 =
  "Nairobi to move Tom Mboya Street hawkers to new Landhies market\n\n"
  "NAIROBI, Kenya — About 2,800 hawkers who sell along Tom Mboya Street and its back lanes will be moved to the new Landhies Traders' Market between Monday 3 May and Friday 30 July 2027, after which the street will be closed to hawking for good, Nairobi County said on Tuesday.\n\n"
  "Esther Wambui Gachara, the county executive member for trade and markets, put the cost of the six-storey market at KSh 1.42 billion: KSh 960 million from the county and KSh 460 million from the national government's markets programme. Its 3,000 stalls will be free for the first six months, then KSh 1,500 a month. The matatu stage at the Odeon end of the street, used by about 40,000 commuters a day on routes 44, 45 and 145, will move 300 metres to Ronald Ngala Street for a bus lane.\n\n"
  "\"My customers are on this street, not on the fifth floor in Landhies,\" said Mary Atieno Odhiambo, 46, who has sold mitumba shoes on Tom Mboya Street since 2009.\n\n"
  "\"Every time they move the stage, we lose an hour in jam and the passengers blame us,\" said Peter Kariuki Njoroge, 38, who drives a route 44 matatu to Githurai.\n\n"
  "The Tom Mboya Street Hawkers' Welfare Association, which says it has 1,900 members, wants stalls allocated by ballot, not by \"cartels\". A public participation forum will be held on Saturday 13 March 2027 at 10am at Charter Hall.";

static const Comment desk_spam[] = {
  { "🔥 Sasa wasee! Jisajili leo na BetSimba254 upate BONUS ya KSh 500 bure + free bets 3 kila Jumamosi ⚽ Odds kubwa Kenya nzima, withdrawal instant kwa M-Pesa. Tumia referral code SIMBA48, deposit kupitia Paybill 4408812, Account: namba yako ya simu. Ukiwa na bahati leo ni siku yako 💰👉 https://betsimba254.top/ref/SIMBA48", "BetSimba254 Kenya", "promo@betsimba254.top", "https://betsimba254.top" },
  { "💸 Unahitaji pesa haraka? Mkopo wa KSh 5,000 hadi KSh 200,000 BILA CRB check, without guarantor, no security, no paperwork! Pesa inaingia kwa M-Pesa ndani ya dakika 10 tu. Hata kama umelistiwa CRB tunakusaidia. Karibu wafanyabiashara, boda boda na mama mboga. WhatsApp Mama Loans sasa hivi 📲 0745 281 903", "Mama Loans Kenya", "mamaloans.ke@gmail.com", NULL },
  { "KRA NOTICE: Dear taxpayer, following the reconciliation of your iTax returns you are eligible for a tax refund of KSh 18,460.00 for the year of income 2026. To receive your refund via M-Pesa, verify your KRA PIN and ID number at https://kra-refunds.go-ke.info/itax/claim within 48 hours, failing which the refund will be forfeited. Kenya Revenue Authority – Domestic Taxes Department.", "KRA iTax Refunds", "refunds@kra-refunds.go-ke.info", NULL },
  { "SAFARICOM: Mpendwa mteja, Bonga Points zako 12,480 zitaisha muda tarehe 30/11/2026. Zibadilishe sasa kuwa KSh 4,160 pesa taslimu kwenye M-PESA yako kabla hazijafutwa. Bonyeza hapa kuthibitisha namba yako na PIN: https://safaricom-bonga.co-ke.online/redeem Asante kwa kuchagua Safaricom.", "Safaricom Bonga", "bonga@co-ke.online", NULL },
  { "📢 HUSTLER FUND PHASE 3: Serikali ya Kenya inatoa ruzuku (grant) ya KSh 50,000 hadi KSh 250,000 kwa wafanyabiashara wadogo, hawkers, mama mboga na vijana. Hii SI mkopo, HAILIPWI! Jiandikishe kabla ya 15 Desemba 2026. Ada ya usajili ni KSh 350 tu kupitia Till Number 5521870. Jaza fomu hapa: http://hustlerfund-grant.gov-ke.site/apply Nafasi ni chache!", "Hustler Fund Registration Desk", "register@hustlerfund-grant.gov-ke.site", NULL },
  { "URGENT HIRING 🇸🇦🇶🇦 Housemaids, drivers, security guards, waiters and cleaners needed in Saudi Arabia and Qatar. Salary KSh 45,000 – 90,000 per month, FREE visa, FREE air ticket, FREE accommodation and food. Processing fee KSh 25,000 only (medical included). Interviews this Saturday at our Nairobi office, Moi Avenue. Nafasi ni chache, piga sasa! Call/WhatsApp +966 55 481 2096 or 0723 906 114. Gulfline Recruitment Agency.", "Gulfline Recruitment Agency", "gulfline.recruit@outlook.com", NULL },
  { "DAKTARI MUSA BIN HAJI 🌿 Mganga wa kienyeji kutoka Tanga mwenye nguvu za asili. Anarudisha mpenzi aliyekuacha ndani ya masaa 24, kushinda kesi mahakamani, kupandishwa cheo kazini, nguvu za kiume, biashara kuvuta wateja, kuondoa nuksi na mikosi, kulinda mali na nyumba. Matokeo ni ya haraka na ya uhakika. Piga sasa: sifuri saba tatu nne, 88 two, tano sita O, 1 O saba", "Daktari Musa Bin Haji", "musabinhaji.tiba@yahoo.com", NULL },
  { "I turned KSh 20,000 into KSh 380,000 in just 3 weeks trading forex and crypto with my mentor Brian Kipchoge 📈🚀 His signals are 95% accurate and I withdraw my profits straight to M-Pesa every Friday. No experience needed, he teaches from scratch. Join his FREE Telegram class before slots close 👉 t.me/BrianFXKenya Thank me later 🙏", "Brian FX Signals KE", "brianfx.signals@gmail.com", NULL },
  { "🎓 FULLY FUNDED SCHOLARSHIPS 2027/2028 🎓 Study in Canada, UK and Germany with tuition, flights, accommodation and a monthly stipend of CAD 2,500 fully covered! Open to KCSE C+ and above, diploma and degree holders, no IELTS required. Non-refundable application fee KSh 4,500 via Paybill 880421, Account: your ID number. Apply now, only 200 slots: https://global-scholars-ke.online", "Global Scholars Kenya", "admissions@global-scholars-ke.online", "https://global-scholars-ke.online" },
  { "Buy real TikTok, Instagram and Facebook followers Kenya 🇰🇪✅ 1,000 followers KSh 350, 10K likes KSh 900, 100K TikTok views KSh 1,200. Get monetized fast and become a verified influencer! Delivery within 1 hour, no password needed. Pay via M-Pesa Till 7741296. Order now: wa.me/254799314620 or https://follokenya.shop", "FolloKenya Boost", "orders@follokenya.shop", NULL },
  { "Hi dear 😘 I'm Shiro, 24, from Kilimani. Lonely tonight and looking for a mature gentleman for fun, no strings attached 💋 I've posted my private pics and videos here 👉 nairobi-hookups.xyz/shiro I'm online now, don't keep me waiting ❤️", "Sweet Shiro 💋", "shiro24@nairobi-hookups.xyz", "https://nairobi-hookups.xyz" },
  { "Umefeli KCSE ama ulipoteza cheti? Tunatengeneza original KCSE certificates na result slips (any grade, any year), NTSA smart DL bila test wala driving school, certificate of good conduct in 2 days. 100% genuine, verifiable online, full confidentiality. Call/SMS 07O1 552 O84 (Mr. Kim)", "Fast Docs Solutions", "fastdocs.ke@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "Finally. Walking down Tom Mboya with a pram is an obstacle course, I end up on the road with matatus hooting at me. I have nothing against the hawkers, they are working hard, but the pavement belongs to everyone. I just hope the new market has proper toilets, lights and a lift, otherwise nobody will go there.", "Njeri Wainaina", "njeri.wainaina@gmail.com", NULL },
  { "અમારી હાર્ડવેરની દુકાન ટોમ મ્બોયા સ્ટ્રીટ પર ૧૯૮૬થી છે, પપ્પાએ શરૂ કરી હતી. ફેરિયાઓ દુકાનના દરવાજા સામે જ બેસે છે એટલે ગ્રાહકો અંદર આવી શકતા નથી, તેથી નવી માર્કેટ સારી વાત છે. પણ આ લોકો પણ મહેનતુ છે, એમને પણ રોજી મળવી જોઈએ. કાઉન્ટી બંનેનું ધ્યાન રાખે એવી આશા.", "Mehul Shah", "mehul.shah1972@yahoo.com", NULL },
  { "Hii ni ufala. Mnatoa wasee kwa street mnawapeleka floor ya tano kwa jengo, nani atapanda stairs ndio anunue socks za mbao? Customers wako kwa street, sio Landhies. Na mkishawapeleka huko kanjo watakuja kufukuza hata wale wamebaki. Tuko pamoja na Mama Atieno 💪🏾", "Kevo wa Kayole", "kevokayole@gmail.com", NULL },
  { "@Kevo wa Kayole 😂😂 wacha tu. Hii ni market ya nne county inatuahidi since 2013, kila governor na yake. Ati \"free for six months\" alafu KSh 1,500 kila mwezi. Tutaona nani atapata stall, ama ni zile cartels tu zitagawana. Nitarudi hapa 2028 kucheka.", "Mtoto wa Mathare", "mathare.mtoto@yahoo.com", NULL },
  { "SASA MNATAKA TUTEMBEE 300 METRES KWA MVUA NA GIZA HADI RONALD NGALA?! 40,000 COMMUTERS KILA SIKU NA HAKUNA MTU ALITUULIZA! NA PUBLIC PARTICIPATION NI SATURDAY 10AM WAKATI WATU WAKO KAZINI. HII NI MADHARAU TUPU!!!", "Wanjiku M.", "wanjiku.muthoni88@gmail.com", NULL },
  { "😔🛒🚌🙏🏾", "Achieng", "achieng.o@outlook.com", NULL },
  { "Su'aal baan u qabaa wariyaha: haweenka Soomaalida ah ee shaaha iyo canjeerada ku iibiya dhinaca Tom Mboya dhammaantood ma haystaan liisan ganacsi. Ma heli doonaan meel suuqa cusub ee Landhies, mise xubnaha ururka oo keliya ayaa qaybta ku jira? Sidoo kale habeenkii ammaanka suuqa yaa mas'uul ka ah? Mahadsanid.", "Hodan Abdullahi", "hodan.abdullahi@gmail.com", NULL },
  { "Wasee CHUNGENI! Mama yangu amepata hii SMS leo asubuhi: \"QL82JD4TXN Confirmed. You have received Ksh2,450.00 from JANE WANJIKU 0798214667 on 12/11/26 at 7:42 AM.\" Dakika tano baadaye huyo Jane akapiga simu akilia eti alikosea namba, arudishiwe pesa. Hakuna pesa iliingia kwa M-Pesa yake, balance iko vile ilikuwa. Ni wizi! Usitume pesa, angalia balance yako kwanza.", "Dennis Kamau", "denniskamau254@gmail.com", NULL },
  { "For those asking about the ballot: the county has published the stall allocation guidelines and the floor plan at https://nairobi.go.ke/trade/landhies-market-relocation/ and the Nairobi Mirror has a good explainer on who qualifies: https://www.nairobimirror.co.ke/news/2026/11/landhies-market-who-gets-a-stall/ . Ground floor is reserved for food vendors, apparently.", "Paul Mwangi", "paul.mwangi.ke@gmail.com", NULL },
  { "Naandika kwa niaba ya shosho yangu, ana miaka 81. Anasema: 'Nimeuza sukuma na nduma Tom Mboya tangu 1978, wakati wa Mzee Kenyatta. Sina nguvu ya kupanda ngazi hadi floor ya tano. Waniache ground floor tu. Ngai amũrathime mũndũ ũrĩa ũgũtũteithia.' Ameniambia niandike hivyo hivyo bila kubadilisha 😊", "Grace Wairimu", "gracewairimu03@gmail.com", NULL },
  { "Sisi ni Kibanda ya Mama Oliech, samaki wa kukaanga na ugali pale nyuma ya Odeon tangu 2011. Hatupingi soko mpya, hata tunasikia ground floor ni ya food vendors, lakini samaki na mafuta moto haviwezi bila maji safi, gas na drainage. Tutakuja forum tarehe 13 March na maswali yetu. Erokamano ahinya. — Kibanda ya Mama Oliech, Tom Mboya Street", "Kibanda ya Mama Oliech", "mamaoliech.kibanda@gmail.com", NULL },
  { "Kwani ni lazima?", "Otieno", "otieno.j@yahoo.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Pole sana kwa wafanyabiashara wa Tom Mboya, kuhamisha stock yote ndani ya wiki chache si mchezo. Kama unahitaji kusafirisha mizigo kwenda Landhies ama popote Nairobi, Swift Haul Movers tuko na pickups na lorries za 3-tonne, from KSh 2,500 per trip within CBD, packing bure. Call 0722 615 408 / 0733 904 271 or book online at https://swifthaulmovers.co.ke", "Swift Haul Movers", "bookings@swifthaulmovers.co.ke", "https://swifthaulmovers.co.ke" },
  { "Hii stage ikihamia Ronald Ngala jam ya town itakuwa noma kabisa, tayari tunakaa 2 hours kwa Thika Road. Mimi niliamua kuachana na mathree nikanunua e-boda, sasa naenda kazi Westlands in 25 minutes na nimesave like 3k kila wiki kwa fare. Nilichukua yangu kwa <a href=\"https://voltboda.shop/ke?ref=tommboya\">affordable electric boda dealer Nairobi</a>, wako na hire purchase ya KSh 350 per day.", "Dennis Otieno", "dennis.otieno.ke@gmail.com", NULL },
  { "@Kevo wa Kayole umeongea ukweli kabisa. Customers wako kwa street, hakuna mtu atapanda floor ya tano kununua viatu. Hawa watu wa county hawajawahi uza hata sweets kwa barabara, wanakaa tu kwa office wakipanga maisha ya wenzao.", "Brayo", "brayo.254@gmail.com", "https://shindabet.online/join?code=BRAYO48" },
  { "Maneno ya Mama Atieno yameniguza sana. Nami pia niliwahi kufukuzwa na kanjo na biashara yangu ikaanguka, hata bwana akaenda. Rafiki yangu akanipeleka kwa Dr. Kalonzo Mwakilema wa Kariobangi, akanipa dawa ya kuvuta wateja na ndani ya wiki mbili kibanda kikaanza kujaa na bwana akarudi nyumbani. Kama uko na shida yoyote mpigie 0721 tisa nne saba, sita moja nane.", "Mama Shiku", "mamashiku77@yahoo.com", NULL },
  { "Hii kuhamisha hawkers itaua biashara mingi sana, I feel for them. Mimi niliacha hawking 2025 nikaingia forex, mentor wangu Coach Ian alinionyesha strategy yake na sasa natengeneza 8k daily from my phone nikiwa kwa keja. Kama uko serious na maisha, join Telegram yake @CoachIanFX_KE ukue kama mimi 💯", "Kelvin Mutua", "kelvinmutua.fx@gmail.com", NULL },
  { "Ni kweli stalls zitakuwa free for six months, lakini mfanyabiashara atahitaji capital ya kujaza stock kwa stall mpya. Kwa hao wote, kuna mkopo wa hadi KSh 100,000 bila CRB, bila guarantor, pesa within 1 hour kwa M-Pesa. Mpigie Grace wa Haraka Credit: 0-7-4-6-3-1-8-5-2-9, anasaidia hawkers wengi.", "Faith Njambi", "faith.njambi@gmail.com", NULL },
  { "Aad ayaan uga xumahay ganacsatada Tom Mboya, runtii waa dad shaqo adag qabta, dowladda hoose waa inay ixtiraamtaa. Dhallinyarada shaqo la'aanta ah ee Eastleigh iyo magaalada: wakaaladdayada Al-Noor Manpower waxay shaqo idiinka heli kartaa Sacuudi Carabiya iyo Qatar, darawal, ilaalo iyo shaqaale guri, mushahar 1,800 riyaal bishii. Khidmadda fiisaha iyo baaritaanka caafimaadka waa KSh 38,000 oo keliya. Wac/WhatsApp +254 711 390 552 ama +966 57 204 8831.", "Al-Noor Manpower", "alnoor.manpower@gmail.com", NULL },
  { "Once this market is done, land around Landhies and Pumwani will shoot up, mark my words. Smart investors are buying outside town now. Joska Gardens Phase 2: 50x100 plots at KSh 349,000, ready title deeds, water and electricity on site, ONLY 3 REMAINING. Pay deposit today, KSh 30,000, and secure yours before prices go up in January. Call broker James 0115 208 734 or visit https://joskagardens-homes.co.ke", "James | Joska Gardens", "james@joskagardens-homes.co.ke", "https://joskagardens-homes.co.ke" },
  { "Kwa wale wanasema stalls 3,000 hazitoshi, msijali. County imeanzisha relocation compensation ya KSh 40,000 kwa kila hawker aliye registered, mimi nimepokea yangu jana kwa M-Pesa! Jisajili kwa https://nairobi-go-ke.relocation-fund.site/hawkers, ulipe registration fee ya KSh 500 tu. Deadline ni 20 Desemba, wambieni wenzenu wa Tom Mboya.", "Lucy Akinyi", "lucyakinyi92@gmail.com", NULL },
  { "As an urban planning graduate from UoN, this story is a textbook case of relocating informal traders without asking where their customers are. Hope the county reads the research. For fellow students and young planners: I'm now on the fully funded Commonwealth Urban Leaders Scholarship in the UK, tuition plus £1,400 a month. There is only a KSh 3,800 application processing fee and the deadline is 15 January 2027: cul-scholarships.org/apply-ke", "Wambui Kiarie", "wambui.kiarie.planner@gmail.com", NULL },
  { "Big up to the Hawkers' Welfare Association kwa kusimama na members wao. Lakini tuwe real, biashara ya street ni ya zamani, 2027 pesa iko online. Kwa course yangu 'Uza Kwa TikTok na WhatsApp' nakufundisha kupata wateja 100 kila siku bila stall wala kanjo. Normally KSh 15,000, now KSh 2,999 for the first 50 only 🔥 Jiunge: https://uzaonline-academy.click", "Coach Mercy Uza Online", "mercy@uzaonline-academy.click", "https://uzaonline-academy.click" },
  { "زرت نيروبي الشهر الماضي ومشيت في شارع توم مبويا، كان مزدحماً جداً بالباعة لكنه مليء بالحياة، وأتمنى أن يجد الباعة مكاناً جيداً في السوق الجديد. نصيحة لمن يسافر إلى نيروبي: حجزت فندقي في ويستلاندز عبر booking.com-nairobi-deals.live بخصم 48% من السعر الرسمي، والدفع عند الوصول. أنصح به بشدة!", "أحمد الزهراني", "ahmed.zahrani@hotmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "Kwa wazazi na wafanyabiashara wote: mkipokea SMS au simu ya mtu anayedai ni afisa wa county akiomba \"registration fee\" ya stall, msitume pesa. Forward hiyo SMS kwa 333 (Safaricom, ni bure), piga DCI kupitia Fichua kwa DCI 0800 722 203, au polisi 999 ama 112. County haiombi pesa kwa simu, malipo yote ni kwa ofisi zao rasmi.", "Joyce Chebet", "joyce.chebet@gmail.com", NULL },
  { "Mimi ni Rose Nyambura, nauza vitenge na school uniforms kwa Tom Mboya karibu na Odeon tangu 2012. Nimeshapata stall yangu Landhies, namba B-214, floor ya pili. Wateja wangu wa miaka mingi, kuanzia May mtanipata hapo, au mnipigie 0712 384 906 kama hamjui njia. Asanteni kwa kuniunga mkono miaka yote hii 🙏🏾", "Rose Nyambura", "rosenyambura@yahoo.com", NULL },
  { "The county's official project page has the timeline and the stall allocation forms: https://nairobi.go.ke/landhies-traders-market/ . Relocation runs from Monday 3 May to Friday 30 July 2027. The public participation forum is Saturday 13 March 2027 at 10am, Charter Hall. Bring your ID and your single business permit if you have one.", "Samuel Kiprono", "skiprono@outlook.com", NULL },
  { "Let me do the maths. KSh 1.42bn ÷ 3,000 stalls = about KSh 473,000 per stall. The county's share is KSh 960m, 68% of the total. After the free six months, 2,800 traders × KSh 1,500 = KSh 4.2m a month, KSh 50.4m a year, so roughly 28 years to pay back. Meanwhile the 44 and 45 to Githurai charge KSh 80 off-peak and KSh 120 at 6pm, and the walk to Ronald Ngala adds 5 minutes each way.", "Brian Omondi", "brian.omondi.ke@gmail.com", NULL },
  { "Please warn your parents. My mum got an SMS on Monday saying she had been picked for a ground floor stall at Landhies plus KSh 50,000 relocation money, and that she should send KSh 1,000 processing fee to 0791 557 208 before Friday to confirm. She doesn't even have a stall on Tom Mboya! It's a scam, the county does not ask for money by SMS. Tumereport tayari.", "Mercy Wanjiru", "mercywanjiru@gmail.com", NULL },
  { "Ushauri kwa wafanyabiashara wanaohamia Landhies: kama unahitaji kupata au kurenew leseni ya biashara, kitambulisho au KRA PIN, nenda Huduma Centre GPO mwenyewe, huduma ni kwa bei ya kawaida ya serikali na hakuna haja ya kulipa 'mtu wa kati'. Na kama kanjo wanakunyanyasa ama wanakunyang'anya mali, Kituo cha Sheria kinatoa msaada wa kisheria bure. Msikubali kutapeliwa.", "Halima Mohamed", "halima.mohamed@yahoo.com", NULL },
  { "The Justice and Peace committee at St. Kizito Kariokor parish is helping the oldest hawkers, many of them over 65, move their stock to Landhies and cover their first month's transport. Anyone who wants to help can see the list and the accounts on our parish site https://stkizitokariokor.org/hawkers-support or give through Paybill 600411, Account HAWKERS. Every shilling is accounted for at the monthly parish meeting.", "St. Kizito Kariokor Justice & Peace", "justicepeace@stkizitokariokor.org", "https://stkizitokariokor.org" },
  { "Hehe hii story imenikumbusha. 1994 kanjo walikuwa wanatufukuza Tom Mboya kila wiki, shangazi yangu akanipeleka kwa mganga mmoja Pumwani. Alichoma miti shamba akasema barabara hiyo \"haitakuwa yetu kamwe\". Tulimlipa 200 bob, kumbe angesema hivyo bure 😂 Mganga wa kweli ni county planning office. Anyway, nampa Mama Atieno pole, apate stall poa.", "Baba Shiro", "babashiro.nrb@gmail.com", NULL },
  { "Mimi huendesha baiskeli kutoka Eastlands hadi town kila siku. Hiyo bus lane mpya ya Ronald Ngala itakuwa na cycle lane ama ni ya mabasi pekee? This piece explains the redesign well: https://www.nairobimirror.co.ke/news/2026/11/ronald-ngala-bus-lane-cyclists/ . Tunaomba county isitusahau sisi wa baiskeli, kila mwaka tunapoteza wenzetu barabarani.", "Collins Waweru", "collins.waweru@gmail.com", NULL },
  { "Talking of promises. I paid in full for a plot in Joska with Greenacre Homes in 2023 and was told the title deed would be ready in 90 days. It is now November 2026 and nothing. Their office line, 020 221 4378, just rings, and at their Kenyatta Avenue office they tell us to \"be patient\". County or developer, same story. I hope the Landhies stalls don't go the same way.", "Esther Muthoni", "esther.muthoni@outlook.com", NULL },
  { "Wasee forum ni 2moro ama ni 13th March? Nataka kuenda 4 sure coz mathree yangu ni ya route 45 na hii stage ikihamia Ronald Ngala tutakaa 2 hrs kwa jam kila jioni. Mtu anijulishe b4 Saturday pls 🙏🏾", "Tout wa 45", "tout45@gmail.com", NULL },
  { "Hii comment section imekuwa soko kuliko Tom Mboya yenyewe 😂 Kuna betting, mganga wa kurudisha mpenzi, loans bila CRB, plots za Joska na hata KRA refunds. County ikifukuza hawkers wa street, iwafukuze pia hawa wa comments. Na msitume pesa kwa namba yoyote mnaona hapa!", "Mwananchi Mzalendo", "mzalendo.ke@gmail.com", NULL },
};
