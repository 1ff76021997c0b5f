/* test-spam-heldout43-data.h: a forty-third round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story43: Cebu City, the Philippines, where the city will close a
 * 640-metre stretch of Calle Pescadores to all traffic but Bus Rapid
 * Transit buses from Monday 1 February 2027, move the 418 registered
 * vendors of the Lawis Baybay Market to a four-storey annex on Don
 * Mariano Street, 1.2 kilometres away, and cut the 09G, 10M and 21D
 * jeepney routes; the head of the city's BRT project office puts the
 * segment at ₱1.28 billion, ₱940 million of it from the Department of
 * Transportation, the trip from the South Road Properties to Colon
 * cut from 45 minutes to 12, and ₱312 million for the annex's 420
 * stalls on three floors, dried goods upstairs, works until June
 * 2028; the head of the Market Operations Division says
 * vendors registered by Friday 30 October get ₱5,000 a month for
 * three months, then pay ₱45 a day instead of ₱30, and operators of
 * the 212 jeepneys get ₱18,000 a unit or a feeder-route slot; a
 * dried-fish vendor, 57, 31 years on the street, on customers who
 * will not climb to a third floor; a 09G driver, 49, on a PHP 1,100
 * boundary, saying the aid goes to operators, not drivers; the
 * barangay captain asking for a free shuttle to the nearest station
 * and for the old stalls to stay until the annex has water and power;
 * an urban planning professor at the University of San Carlos on a
 * station built around a market, not instead of one; a public hearing
 * on Thursday 22 October at 2pm at City Hall's legislative building),
 * in two sets, most of them in Cebuano (Bisaya) or in Taglish
 * (Tagalog-English code-switching, some in texting style), some in
 * Tagalog or Filipino English, a few in Mandarin (with a word of
 * Hokkien) and Korean, one in Spanish.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - an online "color game" and e-sabong app, a referral code, a free
 *     ₱888 GCash bonus, a .xyz link, the same host in the website
 *     field (Cebuano and English);
 *   - an online loan "no CI, no collateral, approve in 5 mins", the
 *     number written in Cebuano number words, no link (Cebuano and
 *     English);
 *   - a fake GCash KYC advisory, the wallet "limited", a look-alike
 *     gcash-verify .online link (English);
 *   - a rush NBI clearance and an LTO licence "no exam", fees, a +63
 *     number with dots, no link (Tagalog and English);
 *   - a "like and follow" task job, ₱1,500 to ₱3,000 a day paid by
 *     GCash, a Telegram handle, texting abbreviations (Taglish);
 *   - caregivers for Japan and farm workers for Canada, a ₱65,000
 *     placement fee, an invented shortener link and a number spaced
 *     digit by digit (Tagalog and English);
 *   - a "Pasko sa Sugbo" raffle's 2nd prize, a ₱2,850 claiming fee by
 *     GCash to a number with letter Os and Is for digits, a bare .top
 *     host (Cebuano);
 *   - Pinoy followers, likes and TikTok views for sale, a bare .shop
 *     host, a promo code, the website field (English);
 *   - a crypto and forex "teacher" testimony, ₱50,000 turned into
 *     ₱620,000, a Telegram handle (Mandarin);
 *   - a fake LBC parcel held at customs, a PHP 187.50 fee, the courier's
 *     real name nested inside a .top host (English);
 *   - a whitening "gluta-kojic" set, cash on delivery, a bare .store
 *     host and the website field (Cebuano and English);
 *   - an adult come-on, 18+ photos on a .top host (Korean).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - an SRP commuter for the BRT, an hour in traffic, as long as the
 *     vendors are not abandoned (Cebuano);
 *   - a reader against: ₱5,000 for three months, ₱45 a day, a third
 *     floor for dried fish, the BRT for people in air-conditioning
 *     (Taglish);
 *   - sarcasm, a BRT begun in 2015 finished when a grandchild
 *     graduates, vendors blamed instead of double-parked SUVs
 *     (Cebuano);
 *   - all-capitals anger, 31 years and one letter, a hearing after the
 *     decision (Cebuano);
 *   - emoji only;
 *   - a reply to "@Lorna Abellana" from a vegetable vendor: ₱60 a day
 *     already paid to a "collector" with no receipt (Cebuano);
 *   - a question to the reporter: anything for boundary drivers who do
 *     not hold the franchise (English);
 *   - a reader quoting a fake "Market Operations" text with a ₱1,500
 *     reservation fee and its .online link, "modus", "scam yan, wag
 *     kayong maniwala" (Taglish and Cebuano);
 *   - a dotr.gov.ph page and a local news site's explainer cited
 *     (English);
 *   - an 82-year-old market-goer since 1961, her grandchild typing
 *     (Cebuano);
 *   - a sari-sari store owner by the 09G terminal signing with the
 *     store's name, no phone, no link (Cebuano);
 *   - a very short comment, courage to the vendors (Korean).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - a memory of moving a mother's stall out of Carbon by pedicab,
 *     then a lipat-bahay and stall-hauling truck with a number and its
 *     site (Cebuano);
 *   - pity for the 09G drivers, the story's phrase "1.2 kilometres from
 *     the old market" an HTML link to an e-bike shop (Taglish);
 *   - a reply to "@Ramil Ouano" agreeing about double parking, an
 *     online casino with an affiliate code in the website field only
 *     (Cebuano);
 *   - pity for the dried-fish vendor, then an albularyo from Siquijor
 *     and her "gayuma", the number partly in Tagalog number words
 *     (Cebuano);
 *   - a memory of buying danggit with a lola, then a crypto and forex
 *     mentor and his Telegram handle (Taglish);
 *   - the allowance called too small, then a lending app "walang
 *     collateral", the number split by dashes (Tagalog);
 *   - a cousin once a 10M driver now in Japan, then a manpower agency
 *     with an ₱85,000 placement fee, a bare .online host and a +63
 *     number (Cebuano);
 *   - a grandmother who sold dried fish there, then a rent-to-own
 *     house and lot, no down payment, a broker's number (Mandarin);
 *   - the city's aid praised, then a fake DSWD "AICS" ayuda of
 *     ₱10,000 with a ₱150 processing fee at a gov-ph look-alike host
 *     (Cebuano);
 *   - the professor's point praised by a planning student, then a
 *     "fully funded" scholarship in Australia with a ₱3,500
 *     application fee (English);
 *   - the barangay captain praised, then an online-selling masterclass
 *     from ₱4,999 to ₱499 (Taglish);
 *   - a tourist's memory of the market, then a Moalboal resort booked
 *     at a look-alike host (Spanish).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader's own blog post on the market's last Sunday mornings
 *     with her photos, no ads, the blog in the website field (English
 *     and Cebuano);
 *   - a vendors' association and parish collecting donations for
 *     moved vendors, its own .org.ph site, its bank and GCash details
 *     there (Cebuano);
 *   - the allowances and the fare worked out in pesos and percentages
 *     of the budgets (Taglish);
 *   - a 79-year-old reader since 1972, a jeepney driver's son, all in
 *     capitals (Cebuano);
 *   - two official pages, cebucity.gov.ph and ltfrb.gov.ph (English);
 *   - the free official eGovPH app and the 8888 hotline recommended,
 *     no link (Taglish);
 *   - a Viber group chat's notice of a meeting, "libre", nothing sold
 *     (Cebuano);
 *   - a long rant on sale, promo, libre, cashback and GCash
 *     (Taglish);
 *   - an OFW in Dubai comparing Deira's fish market moved to the
 *     Waterfront Market (Cebuano and Taglish);
 *   - a reply thanking "@Rowena Sy" for the link, "kam-siā" (Mandarin,
 *     a word of Hokkien);
 *   - a son whose father, a 09G driver, paid a fake ₱2,500 "special
 *     permit" fee in cash, warning, no link (Cebuano);
 *   - a carinderia signing with its name, prices and hours, no link
 *     (Cebuano).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story43 =
  "Cebu City to close Calle Pescadores for BRT lane; 418 market vendors to move, three jeepney routes cut\n\n"
  "CEBU CITY, Philippines — The Cebu City government will close a 640-metre stretch of Calle Pescadores to all traffic but Bus Rapid Transit (BRT) buses from Monday, February 1, 2027, moving the 418 registered vendors of the Lawis Baybay Market to a new four-storey annex on Don Mariano Street and cutting three jeepney routes, 09G, 10M and 21D, the head of the city's BRT project office said on Tuesday.\n\n"
  "Engr. Ramon Villacastin said the segment would cost ₱1.28 billion, ₱940 million of it from the Department of Transportation, and would cut the trip from the South Road Properties to Colon from 45 minutes to 12. The city will spend ₱312 million on the annex, 1.2 kilometres from the old market, with 420 stalls on three floors, dried goods upstairs. The annex is due to open in January; works on the street will run until June 2028.\n\n"
  "Vendors who register with the Market Operations Division by Friday, October 30, will receive ₱5,000 a month for three months, then pay a stall fee of ₱45 a day, up from ₱30, said Atty. Cristina Bacaltos-Yap, the division's head. Operators of the 212 jeepneys on the three routes will get a one-time ₱18,000 per unit or a slot on a new BRT feeder route.\n\n"
  "\"Thirty-one years I have sold buwad on this street. My customers will not climb to a third floor for dried fish,\" said Merlinda Cabahug, 57.\n\n"
  "Renato \"Atoy\" Pepito, 49, who has driven a 09G jeepney for 22 years on a boundary of PHP 1,100 a day, said the aid \"goes to the operators, not to us who drive.\"\n\n"
  "Barangay Lawis Baybay captain Josefina Ompad-Lim asked for a free shuttle between the annex and the nearest BRT station, and for the old stalls to stay until the annex has water and power.\n\n"
  "Dr. Arnel Bacalso, who teaches urban planning at the University of San Carlos, said a BRT station \"should be built around a market, not instead of one.\"\n\n"
  "A public hearing will be held on Thursday, October 22, at 2 p.m. at the legislative building of Cebu City Hall.";

static const Comment desk_spam[] = {
  { "🎲🔴🟡🔵 COLOR GAME ug E-SABONG online, legit ug paspas mo-payout! Register gamit ang referral code SUGBO88 ug makadawat dayon og FREE ₱888 bonus sa imong GCash 💸 Cash in ug cash out via GCash o Maya in 3 mins, live dealer 24/7, sabong every gabii. Daghan na taga-Cebu ang nidaog diri! 👉 https://swerte-colorgame.xyz/reg?ref=SUGBO88", "Swerte Color Game PH", "support@swerte-colorgame.xyz", "https://swerte-colorgame.xyz" },
  { "Nanginahanglan ka ba og kwarta para sa bag-ong puwesto o tuition sa mga bata? 💰 ONLINE LOAN ₱5,000 hangtod ₱50,000, NO CI, NO COLLATERAL, approve in 5 mins! Valid ID ug selfie lang, ihatod dayon sa GCash o bank. Tawag o text kang Ma'am Liezl: zero siyam lima unom, pito tulo duha, walo upat usa zero", "Liezl Fast Cash", "liezl.fastcash.cebu@gmail.com", NULL },
  { "GCash Advisory: Dear valued user, your GCash wallet has been temporarily LIMITED due to incomplete KYC verification under BSP Circular 2026-118. To avoid permanent suspension and forfeiture of your balance, please re-verify your account within 24 hours at https://gcash-verify.online/kyc/login . Thank you for using GCash. - GCash Security Team", "GCash Support", "security@gcash-verify.online", NULL },
  { "RUSH NBI CLEARANCE at LTO LICENSE RENEWAL, hindi na kailangang pumila! 1 day release kahit may HIT o expired na ng 2 taon. NBI ₱1,200, Student to Non-Pro ₱3,800, Non-Pro to Pro ₱4,500 walang exam, guaranteed naka-encode sa LTMS. Hatid sa buong Cebu at Metro Manila. Viber o text lang: +63.917.440.21.86", "Rush Docs Cebu", "rushdocs.cebu@yahoo.com", NULL },
  { "Hi po! 👋 Hiring po kami ng ONLINE PART-TIMER, like and follow lang po sa TikTok, YouTube at Shopee, ₱150 per task, ₱1,500 to ₱3,000 daily, sahod agad sa GCash same day!! Walang puhunan, cp lng need, pwede sa mga nanay at estudyante. Sna all may extra income diba 😍 Msg lng po sa Telegram: @AteJoy_HR_PH, limited slots pra sa Cebu at Visayas ❤️", "Joy Santillan HR", "joy.santillan.hr2026@gmail.com", NULL },
  { "URGENT HIRING: CAREGIVER sa JAPAN at FARM WORKER sa CANADA 🇯🇵🇨🇦 Sahod ¥230,000 kada buwan (mga ₱94,000), libre ang dorm at pamasahe. No experience, no JLPT, alis agad in 2 to 3 months! Placement fee ₱65,000 lang, pwedeng hulugan. Processing sa aming Cebu branch sa Mandaue. Apply online: lnkd2.cc/japan-cg26 o tumawag sa 0 9 1 8 - 6 6 2 - 0 4 7 3", "Bagong Pag-asa Manpower", "apply.bagongpagasa@gmail.com", NULL },
  { "CONGRATULATIONS!! 🎉 Ang imong numero napili isip 2nd prize winner sa 'Pasko sa Sugbo Grand Raffle 2026': ₱350,000 cash ug usa ka bag-ong Honda Click 125! Aron ma-claim, ipadala ang ₱2,850 processing ug notarial fee pinaagi sa GCash: O9I7-4O3-8826 (Marites D.). Kinahanglan within 3 days o ma-forfeit ang premyo. Tan-awa ang listahan sa mga winners: pasko-sugbo-raffle.top/claim", "Pasko sa Sugbo Raffle Committee", "raffle.committee@pasko-sugbo-raffle.top", NULL },
  { "Boost your page now! 📈 10K real Pinoy followers for only ₱499, 1K likes ₱99, 50K TikTok views ₱150. Active accounts, no password needed, delivered in 1 hour, with lifetime refill. Perfect for online sellers, vloggers and small businesses. Order at likespinoy.shop and use promo code CEBU50 for 50% off 🔥", "Likes Pinoy", "orders@likespinoy.shop", "https://likespinoy.shop" },
  { "各位宿务的朋友大家好🙏 我去年在Carbon做生意失败，欠了一大笔债，后来认识了林老师，他是专业的外汇和加密货币导师。跟着他的信号操作，我用5万比索三个星期就变成了62万比索，现在每天都有稳定收入，债也还清了。老师最近免费带新人，名额有限，加他的Telegram：@LimLaoshi_FX，说是Grace介绍的就可以。", "Grace Uy", "grace.uy.invest88@gmail.com", NULL },
  { "LBC Express: Your package (Tracking No. 1420 8837 6615) from Hong Kong is ON HOLD at the Mactan Cebu customs warehouse due to unpaid duties and taxes of PHP 187.50. Settle within 24 hours to avoid return to sender and storage charges. Pay and reschedule delivery here: https://lbcexpress.ph.parcel-hold.top/pay?id=142088376615", "LBC Delivery Notice", "notice@parcel-hold.top", NULL },
  { "Gusto ka mamuti in 7 days bisan wala magpa-derma? 😍✨ GLUTA-KOJIC PUTI GLOW SET: soap + lotion + Japanese gluta capsules, ₱699 na lang gikan ₱1,499! Cash on delivery sa tibuok Cebu, Bohol ug Mindanao, free shipping karong semanaha lang. Order na dinhi: putiglow-ph.store 💖", "Puti Glow PH", "order@putiglow-ph.store", "https://putiglow-ph.store" },
  { "오빠 심심하죠? 😘 세부 사는 22살 지나예요. 외로운 밤 보내는 분들 위한 비밀 사진이랑 영상 여기 올렸어요 🔞 무료 가입하면 바로 1:1 채팅 가능해요 💋 → jina-cebu.top/vip", "지나 💋", "jina.cebu22@hotmail.com", "http://jina-cebu.top" },
};

static const Comment desk_genuine[] = {
  { "Pabor ko ani. Matag buntag usa ka oras ko sa traffic gikan SRP paingon Colon, ug ang Pescadores gyud ang bara kay ang mga tindahan naa na sa karsada ug ang mga jeep mohunong bisan asa. Kung tinuod nga 12 minutos na lang sa BRT, go kaayo. Basta lang unta dili pasagdan ang mga tindera inig balhin nila sa annex.", "Kevin Labra", "kevin.labra.cebu@gmail.com", NULL },
  { "Against ako dito. ₱5,000 a month for three months lang, tapos ₱45 a day na renta sa annex, mas mahal pa kesa ngayon. 1.2 km away pa, tapos tatanggalin pa yung 09G, so paano pupunta yung mga suki? Sino ba aakyat sa 3rd floor para lang bumili ng buwad? Yung BRT para sa mga naka-aircon, hindi para sa mga nagtitinda.", "Lorna Abellana", "lorna.abellana@yahoo.com", NULL },
  { "Hahaha nindot kaayo. Ang BRT nga gisugdan pa sa 2015, mahuman siguro inig graduate sa akong apo sa kolehiyo 😂 Pero sige, ipahawa una ang mga tindera sa buwad kay sila man diay ang hinungdan sa traffic, dili ang mga SUV nga naka-double park sa Pescadores. Galing kaayo, klap klap 👏", "Ramil Ouano", "ramil.ouano77@gmail.com", NULL },
  { "KAULAW NINYO! 31 KA TUIG SI MANANG MERLINDA NAGBALIGYA DIHA UNYA PAHAWAON RA SA USA KA SULAT?! ASA MAN ANG KONSULTASYON SA MGA TINDERA UG DRAYBER? PUBLIC HEARING HUMAN NA NA-DESIDIR ANG TANAN, PARA LANG SA LITRATO!!!", "Edgardo Tabañag", "edgar.tabanag@gmail.com", NULL },
  { "🚌🐟➡️🏢😢🤷‍♀️", "Jenny", "jennyrose.cebu@gmail.com", NULL },
  { "@Lorna Abellana sakto ka nga mahal ang ₱45 kada adlaw, pero ang tinuod, ang uban namo nagbayad og ₱60 kada adlaw sa 'collector' nga dili taga-City Hall, walay resibo. Kung opisyal na ang renta, naa na tay resibo ug proteksyon. Ang problema ra gyud ang sakyanan paingon sa annex. Tindera ko sa utanon, 14 ka tuig sa Pescadores.", "Marivic Dabon", "marivic.dabon@gmail.com", NULL },
  { "Question for the reporter: the story says the ₱18,000 goes to the operators of the 212 units. Is there anything for drivers who only rent the jeep on boundary, like Mang Atoy? On the 09G almost none of the drivers own the franchise. And will the feeder route slots also go to operators first?", "Paolo Mendiola", "paolo.mendiola.ph@gmail.com", NULL },
  { "Mga ka-Sugbo, MODUS ni! Naka-receive si Mama og text kagabi: \"CEBU CITY MARKET OPERATIONS: Para ma-reserve ang imong stall sa Lawis Annex, bayad og ₱1,500 reservation fee sa https://cebucity-stallreg.online before Oct 30 or ma-forfeit\". Scam yan, wag kayong maniwala! Sabi mismo ng Market Operations, libre ang registration at sa opisina lang sa City Hall ginagawa. Pakishare sa mga tindera nyo pls 🙏", "Trisha Canoy", "trisha.canoy@gmail.com", NULL },
  { "For anyone who wants the documents before Thursday: the DOTr's project page has the BRT route map and the schedule per segment, https://dotr.gov.ph/cebu-brt/segment-3-pescadores , and Sugbo Daily News ran a good explainer on the three jeepney routes and where the feeder will go: https://www.sugbodailynews.ph/metro/2026/10/brt-pescadores-routes-explainer . Worth reading before the hearing.", "Dennis Go", "dennis.go.cebu@gmail.com", NULL },
  { "Ako si Lola Pacing, 82 anyos na, ang akong apo ang nag-type ani kay dili ko kahibalo mogamit og selpon. Sukad 1961 namalit ko og isda ug utanon sa Pescadores, didto pud ko nakaila sa akong bana. Dili na ko makasaka sa ikatulong andana sa annex kay sakit na akong tuhod. Palihug hinumdumi pud mi nga mga tigulang.", "Pacita Alcoseba", "jm.alcoseba.apo@gmail.com", NULL },
  { "Naa koy gamay nga tindahan duol sa terminal sa 09G sukad 2004. Kung mawala ang jeep, mawala pud ang akong mga suki nga drayber nga mopalit og kape ug pandesal matag buntag. Wala ko kontra sa BRT pero unta naay feeder nga moagi gihapon diri. — Aling Nena, Nena's Sari-Sari Store, Lawis Baybay", "Nena's Sari-Sari Store", "nenas.sarisari.lawis@gmail.com", NULL },
  { "상인분들 힘내세요! 🙏", "Minji Park", "minji.park.cebu@naver.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Nahinumdom ko sa 2019 dihang gibalhin namo ang puwesto ni Mama gikan sa Carbon, tulo ka adlaw mi nag-hakot sakay sa padyak ug kariton. Sa mga tindera nga mobalhin sa Lawis Annex karong Enero: naa mi LIPAT-BAHAY ug hakot-puwesto service, truck nga naay 4 ka helper, ₱1,800 lang sulod sa Cebu City, apil na ang freezer ug timbangan. Text o Viber 0915 442 7781, ingna lang nga nabasa ninyo diri 🚚", "Sugbo Hakot Express", "sugbohakot.express@gmail.com", "https://sugbohakot-express.com" },
  { "Kaawa naman si Mang Atoy at yung mga drivers ng 09G, 22 years tapos tanggal na lang ang ruta. Pero real talk, yung <a href=\"https://ebike-sugbo.store/installment\">1.2 kilometres from the old market</a> walang problema kung may sariling e-bike o e-trike ka: zero gasolina, ₱2,500 down, 0% interest in 12 months. Kahit pang-deliver ng isda pwede!", "Bryan Ybañez", "bryan.ybanez.moto@gmail.com", "https://ebike-sugbo.store" },
  { "@Ramil Ouano sakto ka bai, ang traffic sa Pescadores dili tungod sa mga tindera kundi sa mga pribado nga sakyanan nga nag-double park ug sa mga delivery truck sa udto. Sana all makabasa si Engr. Villacastin ani.", "Jun Rey Cabatingan", "junrey.cabatingan@gmail.com", "https://panalo777.vip/?aff=junrey" },
  { "Kaluoy kaayo ni Manang Merlinda, 31 ka tuig. Ako pud gibiyaan sa akong bana ug nalugi ang akong puwesto sa Carbon, pero gitabangan ko ni Nanay Oping, albularyo gikan sa Siquijor. Sa iyang gayuma ug lana, ni-uli akong bana sulod sa 3 ka adlaw ug ni-swerte pud ang akong baligya. Dili siya mangayo og bayad hangtod makita nimo ang resulta. Ang iyang numero: zero siyam siyam anim - 5 walo 2 - apat apat isa 7", "Rosalie Bacus", "rosalie.bacus68@gmail.com", NULL },
  { "I used to buy danggit and dried pusit at Pescadores every Sunday with my lola, so sad to see it go. Pero real talk, ang mga tindera dapat hindi umaasa sa iisang puwesto. Dati tindera rin ako hanggang nakilala ko si Sir Marco Villaflor, crypto and forex mentor: from ₱10,000 naging ₱185,000 in 6 weeks, legit! Message him on Telegram @SirMarcoFX_Mentor, sabihin nyo galing kay Kaye 💯", "Kaye Lapitan", "kaye.lapitan.92@gmail.com", NULL },
  { "₱5,000 kada buwan sa loob ng tatlong buwan? Kulang talaga yan para sa puhunan at sa bagong freezer sa annex. Yung kapitbahay naming tindera nakautang ng ₱80,000 sa PeraAgad, walang collateral, walang co-maker, approved same day, sa GCash pa pinadala. Text nyo si Ma'am Rhea: 0-927-55-18-430", "Analyn Sarmiento", "analyn.sarmiento@gmail.com", NULL },
  { "Ang akong ig-agaw drayber sa 10M kaniadto, karon naa na sa Japan isip truck driver, ¥280,000 kada bulan. Sa mga drayber nga mawad-an og ruta, ayaw kawad-i og paglaum: ang Pacific Bridge Manpower nangita og drivers ug caregivers para sa Japan ug Canada, placement fee ₱85,000 ra, pwede installment. Bisitaha pacificbridge-jobs.online o tawag +63 917 880 2145", "Rodel Cañete", "rodel.canete.jp@gmail.com", NULL },
  { "我外婆以前也在Pescadores卖干鱼，看到这个新闻很难过。其实与其每天付45比索租摊位，不如考虑买自己的房子。Talisay的新楼盘 Casa Mariposa，rent to own，零首付 no down payment，每月只要₱8,900，马上可以入住。经纪人Jessa：0933 218 6604，可以讲福建话和宿务话。", "Jessa Tan Realty", "jessa.tan.realty@gmail.com", NULL },
  { "Salamat sa ₱5,000 nga tabang sa city, pero daghan wala kahibalo nga naa pay AICS ayuda sa DSWD para sa displaced vendors ug drivers: ₱10,000 kada pamilya! Nakadawat ko niadtong Sabado ra. Register lang sa https://dswd-aics-ayuda.gov-ph.online/register ug bayri ang ₱150 processing fee sa GCash aron ma-release dayon. Share ni sa tanang tindera ug drayber 🙏", "Cherry Mae Dumdum", "cherrymae.dumdum@gmail.com", NULL },
  { "Dr. Bacalso is right that a BRT station should be built around a market, we discussed this exact case in our urban planning studio at USC. To fellow students reading: I got a fully funded master's scholarship in Australia through the Asia Pacific Future Leaders Grant, full tuition plus AUD 2,400 monthly stipend. They only ask a refundable ₱3,500 application fee, deadline is November 15. Apply at apfl-grants.org/ph before slots run out!", "Mark Anthony Rosales", "markanthony.rosales.urp@gmail.com", NULL },
  { "Ang galing ni Kap Josefina, siya lang ang nag-isip ng shuttle! Pero mga tindera, time na para mag-online selling kasi hindi na babalik ang dating suki. Sa aking 'Tindera to Online Seller' masterclass, matututo kayong mag-live selling sa TikTok Shop at Shopee kahit walang puwesto: from ₱4,999 naging ₱499 na lang hanggang Linggo, lifetime access pa! Enroll na: https://tinderapreneur-academy.online/enroll", "Coach Bea Online Selling", "coachbea@tinderapreneur-academy.online", "https://tinderapreneur-academy.online" },
  { "Estuve en Cebú en marzo y recorrí el mercado de Pescadores con un guía local: el olor del pescado seco, los jeepneys de colores... qué pena que lo cierren. Para quien quiera ir antes de las obras, reservé un resort en Moalboal con un 45% de descuento en traveIoka-ph.com, mucho más barato que en otras webs y se paga al llegar.", "Lucía Ferrer", "lucia.ferrer.viajes@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I put up a long post on my blog about the last Sunday mornings at Pescadores, with around 40 photos I took since 2019: Manang Merlinda's buwad stall, the ice carts at 5am, the 09G jeeps lined up at dawn. Walay ads, walay gibaligya, para lang sa handumanan: https://kapeugpan.blogspot.com/2026/10/pescadores-last-mornings.html", "Giselle Pacaña", "giselle.pacana.photo@gmail.com", "https://kapeugpan.blogspot.com" },
  { "Ang Lawis Baybay Vendors' Association ug ang Parokya ni San Roque nangayo og tabang para sa mga tindera nga mobalhin sa annex: bugas, kariton, timbangan ug gamay nga puhunan sa unang bulan. Ang matag donasyon gilista ug gipatik matag bulan sa among website, https://lawisvendors.org.ph/tabang , ug didto pud ang bank account ug GCash sa asosasyon (dili sa bisan kinsa nga tawo). Daghang salamat ug ang Ginoo ang mobalos.", "Lawis Baybay Vendors' Association", "info@lawisvendors.org.ph", "https://lawisvendors.org.ph" },
  { "Kinwenta ko lang: 418 vendors × ₱5,000 × 3 months = ₱6,270,000, mga 2% lang ng ₱312M na annex. Yung renta from ₱30 to ₱45 a day is +50%, so mga ₱450 more per month per vendor (30 days). 212 jeeps × ₱18,000 = ₱3,816,000, 0.3% lang ng ₱1.28B na segment. Kung gawing ₱25,000 per unit: ₱5,300,000, dagdag na ₱1.48M lang. Pakicheck nyo kung may mali ako.", "Arvin Tecson", "arvin.tecson.cpa@gmail.com", NULL },
  { "79 ANYOS NA KO UG SUKAD 1972 NAGBASA KO SA INYONG MANTALAAN. ANG AKONG AMAHAN NAGDALA OG JEEP SA RUTA SA PESCADORES SUKAD PA SA 1960S. DILI KO KONTRA SA BRT, PERO SAKTO SI DR. BACALSO: ANG ESTASYON KINAHANGLAN DUOL SA MERKADO. PALIHUG SUBAYBAYI NI NGA ISTORYA HANGTOD SA KATAPUSAN. SALAMAT.", "DIOSDADO MANATAD", "d.manatad1947@yahoo.com", NULL },
  { "Before the hearing on Thursday, read the actual texts: the proposed ordinance on the Lawis Baybay Market relocation is posted on the city's site, https://www.cebucity.gov.ph/sangguniang-panlungsod/ordinances/2026-lawis-market-relocation , and the route rationalization for 09G, 10M and 21D, with the feeder route, is on the LTFRB's memorandum circulars page, https://ltfrb.gov.ph/memorandum-circulars/2026-region-vii-brt-feeder . Section 6 on who qualifies for the ₱18,000 is worth reading closely.", "Rowena Sy", "rowena.sy.law@gmail.com", NULL },
  { "Tip lang po: kung may kotong o nanghihingi ng pera sa pangalan ng City Hall, i-report nyo sa 8888 Citizens' Complaint Hotline, pwede na rin sa eGovPH app. Libre i-download, official ng gobyerno, at may tracking number pa yung complaint nyo. Ginamit ko 'to nung sobra yung singil ng tubig sa amin, within a week may tumawag na.", "Carlo Dimataga", "carlo.dimataga@gmail.com", NULL },
  { "Gikan sa Viber GC nga \"Pescadores Tindera ug Drayber\" 📢: TIGOM karong Domingo, Oct. 18, alas 3 sa hapon sa covered court sa Brgy. Lawis Baybay, aron mag-andam sa public hearing sa Huwebes. Dad-a ang inyong vendor's ID o prangkisa. LIBRE ang pagtambong, walay bayad, walay gibaligya, ug walay pirmahan nga kinahanglan og kwarta. Kung naay mangayo og kwarta sa ngalan sa GC, i-screenshot ug i-report.", "Pescadores Tindera ug Drayber GC", "pescadores.gc@gmail.com", NULL },
  { "Grabe talaga, lahat na lang SALE at PROMO dito sa atin: 11.11 sale, 12.12 sale, libre shipping, cashback sa GCash, 'libreng sakay' sa BRT launching na may tarpaulin pa ng politiko. Pero pag ang tindera na ang humingi ng tulong, walang promo, walang libre, walang cashback. ₱5,000 for three months, tapos singil agad ng ₱45 a day. May budget sa LED screens sa stations, may budget sa ribbon cutting, pero yung hakot ng puwesto sagot pa ng vendor. Nung pandemic, kami-kami lang nagpadala ng GCash sa mga suki naming tindera kasi walang dumating na ayuda. Ngayon ganun ulit. Sana all na lang talaga sa mga may kapit.", "Mylene Borromeo", "mylene.borromeo@gmail.com", NULL },
  { "Nagsulat ko gikan sa Dubai, 9 years na ko OFW diri. Diri, ang daan nga fish market sa Deira gibalhin sa bag-ong Waterfront Market, nindot ug aircon, pero nahadlok pud ang gagmay nga tindero sa taas nga renta. Ang nakatabang kay naay bus ug parking diha dayon. Mao na ang akong hangyo sa Cebu City: dili lang building, apil gyud ang sakyanan paingon didto. Kaya nyo yan, mga kababayan!", "Jonalyn Montecillo", "jonalyn.montecillo.uae@gmail.com", NULL },
  { "@Rowena Sy 多谢你的link，kam-siā！我阿公以前在Pescadores开五金店，我们一家都很关心这个项目。看了第6条才知道只有operator能拿₱18,000，司机什么都没有。星期四的听证会我会带我爸爸一起去。", "Kenneth Chua", "kenneth.chua.cebu@gmail.com", NULL },
  { "Pahimangno sa tanan: ang akong amahan, drayber sa 09G, nibayad og ₱2,500 sa usa ka lalaki nga nagpakaaron-ingnon nga taga-LTFRB, para daw sa 'special permit' sa bag-ong feeder route. Cash, walay resibo, ug karon dili na matawagan ang iyang numero. Walay ingon ana nga bayad, mismo ang LTFRB Region 7 ang niingon. Ayaw mo pagbayad bisan kinsa sa dalan, ug i-report dayon sa barangay.", "Jerome Lauron", "jerome.lauron.cebu@gmail.com", NULL },
  { "Pabor ko sa BRT basta naay feeder ug shuttle. Sa mga motambong sa hearing sa Huwebes nga gutom human: Carinderia ni Inday Bebing, atbang sa legislative building sa City Hall. Puso ₱5, linarang nga isda ₱90, humba ₱85, sabaw sa baka ₱70, kape ₱15. Abri 5:30 sa buntag hangtod 8:00 sa gabii, sirado lang kung Domingo. Salamat, mga suki!", "Carinderia ni Inday Bebing", "indaybebing.carinderia@gmail.com", NULL },
};
