/* test-spam-heldout36-data.h: a thirty-sixth round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story36: Khon Kaen, Thailand, where the city municipality's council
 * votes 14 to 10 to switch off every second street lamp on 212 sois
 * between midnight and 5am from 1 May, to save about 6.8 million baht a
 * year of a 31 million baht bill for public lighting; 11,200 of the
 * city's 18,400 lamps are still sodium lamps, a 96 million baht LED
 * tender was cancelled last year with one bidder, and the rate the
 * municipality pays the Provincial Electricity Authority rose from 4.18
 * to 4.72 baht a unit in two years; main roads (Mittraphap, Si Chan)
 * and lamps within 100 metres of schools, hospitals, temples, the bus
 * terminals and the night market stay on; a community may ask to keep
 * its soi lit by 17 April through the municipality's LINE account or a
 * district office with 30 households' signatures, and a registered
 * night business may too; a 34-year-old nurse walks home from
 * Srinagarind Hospital at 1am through Nong Wang; an opposition
 * councillor cites 41 motorcycle thefts and nine bag snatchings; the
 * community leaders' network of 95 communities asks for a trial in 40
 * sois; a university engineer says LED lamps can be dimmed, sodium
 * lamps only switched off; the list of sois on Friday, a public hearing
 * at City Hall on Thursday 9 April at 6pm; street lighting 38 per cent
 * of the municipality's electricity spending), in two sets, many of
 * them in Thai, some in Tagalog, Dutch, Swahili, Hindi or Romanian.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - an M-Flow expressway toll "unpaid" three times, fined ten times
 *     over and the car's tax blocked, paid at a look-alike site (Thai);
 *   - a bank's "account suspended" notice, identity to confirm within
 *     24 hours at a look-alike login (Thai);
 *   - slots, baccarat and football betting through a Telegram bot with
 *     100 baht of free credit (Thai);
 *   - a summer storm appeal for Chum Phae, donations by PromptPay to a
 *     private person's number, "tax-deductible" (Thai);
 *   - TOEIC, IELTS and CU-TEP sat for the student, theses written, on
 *     LINE (Thai);
 *   - a "wrong number" opener from a newcomer from Hong Kong in the
 *     wine trade, asking to be friends on LINE (English);
 *   - two seats for a sold-out concert at the Ziggo Dome, paid by
 *     Tikkie or transfer, not through the resale site (Dutch);
 *   - glutathione whitening injections "from Japan" without a
 *     prescription, on Viber and a ".shop" (Tagalog);
 *   - 4,500 government health ministry jobs for a Sh 3,500
 *     registration fee by M-Pesa (Swahili);
 *   - a quiz show's lucky draw of 25 lakh rupees, a manager on WhatsApp
 *     and a processing fee (Hindi);
 *   - paid do-follow link insertions in existing articles, offered to
 *     the editor (English);
 *   - an AI girlfriend app with a Premium code (Romanian).
 *
 * And twelve readers (desk_genuine):
 *   - a sarcastic line on the cancelled tender and the savings;
 *   - a mother whose daughter rides home from a night shift at 1am
 *     (Thai);
 *   - a pensioner in capitals on City Hall's air conditioning;
 *   - emoji only;
 *   - a reply "@สุนีย์ แก้วมณี" with how a soi asks to keep its lamps
 *     (Thai);
 *   - a question to the reporter on the 100 metres and the university's
 *     sois;
 *   - a "compensation" SMS with its link quoted to warn, "ปลอม",
 *     "มิจฉาชีพ" (Thai);
 *   - the energy regulator's site cited for the tariff;
 *   - a Filipino teacher walking home at midnight (Tagalog);
 *   - the police's 191 and the electricity authority's 1129 (Thai);
 *   - a woman with a small phone repair shop on the corner, no link;
 *   - three words, saving in the wrong place (Thai).
 *
 * The second, spam dressed as readers (dressed_spam), in order:
 *   - a student's memory of the dark sois under a casino review site's
 *     address in the website field;
 *   - a phrase of the story as a Markdown link to a cash loan site;
 *   - a brother killed on an unlit road, turning into a psychic
 *     medium's testimonial with her e-mail;
 *   - a "digital marketing expert"'s praise with an SEO agency's page in
 *     the website field;
 *   - a student asking for the police figures, then a thesis service
 *     that "passed Turnitin", with a code;
 *   - a reply to the nurse selling solar street lamps two for 1,290
 *     baht;
 *   - a retired teacher's 57,400 baht in a week from an AI trading bot;
 *   - a consumer-rights "compensation" of 4,500 baht per household for
 *     a 199 baht fee at a link (Thai);
 *   - a broken lamp and a barking dog, then Pomeranian puppies "free"
 *     but for the pet courier's 2,500 baht;
 *   - a brother promoted with a degree and transcript made in seven
 *     days, on LINE (Thai);
 *   - a girl alone in Nong Wang afraid of the dark, wanting company on
 *     LINE and video calls (Thai);
 *   - 7 kg lost with a slimming coffee, buy two get one free.
 *
 * And twelve readers a naive filter might flag (dressed_genuine):
 *   - a night photographer's own blog post mapping dead lamps, no ads;
 *   - a teacher's class raising money for solar lamps, the school's own
 *     site;
 *   - the savings, tariff and payback worked out in percentages;
 *   - a 72-year-old in capitals;
 *   - two official links, the municipality's and the electricity
 *     authority's;
 *   - the free Traffy Fondue app recommended for broken lamps;
 *   - a soi's WhatsApp group turning on porch lights;
 *   - a long rant that nothing the municipality gives is "free";
 *   - a Dutch pensioner on his evening walk by the lake (Dutch);
 *   - a reply thanking "@Tanawat K." for the app tip (Thai);
 *   - a reader who lost 46,000 baht to a fake electricity refund on
 *     LINE, warning, no link (Thai);
 *   - a late-night rice soup stall signing with its name, no link
 *     (Thai).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story36 =
  "Khon Kaen City Municipality's council voted 14 to 10 on Tuesday night to switch off every second street lamp on 212 side streets, or sois, between midnight and 5am from 1 May, a measure the municipality says will save about 6.8 million baht a year from its 31 million baht bill for public lighting.\n\n"
  "The city has about 18,400 street lamps, of which 11,200 are still old high-pressure sodium lamps. A plan to replace them with LED lamps stalled last year when a 96 million baht tender was cancelled after only one company bid. The rate the municipality pays the Provincial Electricity Authority for street lighting has risen from 4.18 to 4.72 baht a unit in two years, said Deputy Mayor Kittisak Phromwong. \"We are paying to light empty sois at three in the morning,\" he said. \"Every baht we save goes back into the LED programme, which we will tender again in June.\"\n\n"
  "Main roads, including Mittraphap Road and Si Chan Road, are not affected, and lamps within 100 metres of schools, hospitals, temples, the two bus terminals and the night market will stay on all night. A community may ask for the lamps of its soi to be kept on by 17 April, through the municipality's LINE account or at its four district offices, with the signatures of at least 30 households. Lamps outside a registered night business, such as a market or a factory gate, may also be kept on.\n\n"
  "Siriporn Thongdee, 34, a nurse who walks home from her night shift at Srinagarind Hospital at about 1am, said her soi in the Nong Wang community was already dark. \"Half the lamps are broken anyway,\" she said. \"Now they will switch off half of the ones that work.\" Pranee Saengchan, an opposition councillor who voted against, said 41 motorcycle thefts and nine bag snatchings had been reported in the 212 sois last year, most of them after dark. \"Six point eight million baht is nothing next to one woman hurt on a dark soi,\" she said.\n\n"
  "The Khon Kaen Community Leaders' Network, which speaks for 95 communities, has asked for a three-month trial in 40 sois first. Wanchai Boonmee, a lecturer in electrical engineering at Khon Kaen University, said dimming LED lamps to half power after midnight would save almost as much without leaving dark gaps. \"But you cannot dim a sodium lamp,\" he said. \"You can only switch it off.\"\n\n"
  "The municipality will publish the list of the 212 sois on its website on Friday, and will hold a public hearing at City Hall on Thursday 9 April at 6pm. Street lighting makes up about 38 per cent of the municipality's electricity spending, according to its 2026 budget.";

static const Comment desk_spam[] = {
  { "[M-Flow] แจ้งเตือนค่าผ่านทางค้างชำระ: รถทะเบียนของท่านใช้ทางพิเศษระบบ M-Flow ด่านทับช้าง 2 จำนวน 3 ครั้ง ยอดค้างชำระ 135 บาท หากไม่ชำระภายใน 23:59 น. วันนี้ จะถูกปรับ 10 เท่าตามกฎหมาย และระงับการต่อภาษีรถประจำปี ตรวจสอบและชำระได้ที่ https://mflow-th-payment.com/check", "M-Flow Thailand", "noreply@mflow-th-payment.com", NULL },
  { "ธนาคารกสิกรไทย: บัญชีของท่านถูกระงับการใช้งานชั่วคราว เนื่องจากระบบตรวจพบการเข้าใช้งานผิดปกติจากอุปกรณ์อื่น กรุณายืนยันตัวตนภายใน 24 ชั่วโมง มิฉะนั้นบัญชีและบัตรเดบิตของท่านจะถูกปิดถาวร ยืนยันตัวตนที่ https://kbank-verify-th.online/login", "KBank Security", "security@kbank-verify-th.online", NULL },
  { "🎰 สล็อตเว็บตรง บาคาร่า แทงบอล หวยออนไลน์ ครบในบอทเดียว 🤖 สมัครผ่านบอทเทเลแกรม @Siam888VIP_bot ไม่ต้องโหลดแอป ฝาก-ถอนออโต้ภายใน 10 วินาที ไม่มีขั้นต่ำ สมาชิกใหม่รับเครดิตฟรี 100 บาท ไม่ต้องฝาก ทำเทิร์นแค่ 1 เท่า ถอนได้จริง 💰 กดเลย 👉 t.me/Siam888VIP_bot", "Siam888 VIP", "siam888vip.admin@gmail.com", NULL },
  { "🙏 ขอความช่วยเหลือด่วน 🙏 พายุฤดูร้อนถล่มอำเภอชุมแพเมื่อคืนนี้ บ้านเรือนพังเสียหายกว่า 300 หลัง หลายครอบครัวไม่มีที่อยู่ ไม่มีข้าวกิน เด็กและผู้สูงอายุต้องนอนวัด มูลนิธิอีสานร่วมใจขอเชิญร่วมบริจาคช่วยผู้ประสบภัย ผ่านพร้อมเพย์ 098-000-2761 (นายสมชาย ใจบุญ ผู้ประสานงาน) ทุกยอดบริจาคออกใบอนุโมทนาบัตรลดหย่อนภาษีได้ แชร์ต่อให้ถึงผู้ใจบุญด้วยนะคะ", "มูลนิธิอีสานร่วมใจ", "isanruamjai.foundation@gmail.com", NULL },
  { "รับสอบแทน TOEIC / IELTS / CU-TEP ออนไลน์ 📚 ได้คะแนนตามที่ต้องการ ไม่ผ่านยินดีคืนเงิน 100% รับทำการบ้าน รายงาน IS สารนิพนธ์ วิทยานิพนธ์ ป.โท ป.เอก ทุกสาขา ทุกมหาวิทยาลัย งานด่วนเสร็จใน 24 ชม. ราคานักศึกษา เก็บเป็นความลับ สอบถามได้ที่ Line: @examhelp.th", "รับสอบแทน ผ่านชัวร์", "examhelp.th@gmail.com", NULL },
  { "Hi Khun Nok, it's Vivian 😊 Are we still meeting at Central on Saturday to look at the jade bracelet? ... Oh sorry, I think I wrote to the wrong person! I only moved to Thailand last month from Hong Kong for my wine import business and I don't know many people here yet. Maybe it is fate that we met like this? I would love to have a Thai friend to practise with. My LINE is vivian_hk88, add me if you like 🌸", "Vivian Chen", "vivian.chen.hk88@gmail.com", NULL },
  { "Heb nog 2 kaarten voor het UITVERKOCHTE concert van De Nachtvlinders in de Ziggo Dome op 14 mei, vak 113 rij 4, zitplaatsen. Ik kan helaas niet meer, dus ik verkoop ze voor €95 per stuk (zelf €89 + servicekosten betaald). Niet via Ticketswap want die rekenen te veel, betalen via Tikkie of overmaken en dan stuur ik de PDF's meteen door. Snel zijn, er zijn al meer mensen geïnteresseerd! Appen naar 06 1000 4829", "Sanne", "sanne.vdberg93@hotmail.com", NULL },
  { "ORIGINAL GLUTATHIONE INJECTION from Japan 💉✨ Pampaputi ng balat in 2 weeks, guaranteed! 10 vials + Vitamin C ₱2,800 lang, may kasamang libreng syringe at alcohol pads. Hindi na kailangan ng reseta, pwede kaming mag-home service sa Metro Manila. Cash on delivery nationwide. PM lang sa Viber 0917 000 3312 o bisitahin https://glowpinay-gluta.shop", "Glow Pinay Beauty", "orders@glowpinay-gluta.shop", "https://glowpinay-gluta.shop" },
  { "AJIRA MPYA SERIKALINI 2026 📢 Wizara ya Afya inatangaza nafasi 4,500 za kazi kwa madereva, walinzi, wahudumu wa afya na makarani nchi nzima. Elimu ya kidato cha nne inatosha, mshahara Sh 850,000 kwa mwezi. Lipa ada ya usajili Sh 3,500 kwa M-Pesa namba 0700 000 918 kisha tuma jina lako kamili na namba ya NIDA kwa SMS. Nafasi ni chache, mwisho wa kutuma maombi ni Ijumaa hii!", "Ajira Portal TZ", "ajira.serikalini2026@gmail.com", NULL },
  { "बधाई हो! 🎉 कौन बनेगा करोड़पति और जियो की लकी ड्रॉ 2026 में आपका मोबाइल नंबर ₹25,00,000 (पच्चीस लाख रुपये) का विजेता चुना गया है। अपनी इनाम राशि पाने के लिए हमारे मैनेजर श्री राजेश वर्मा से व्हाट्सएप पर तुरंत संपर्क करें: +91 70000 48213। लॉटरी नंबर KBC-8841 अपने पास रखें, प्रोसेसिंग फीस केवल ₹12,500 है। यह ऑफर सिर्फ 48 घंटे के लिए है।", "KBC Lottery Head Office", "kbc.luckydraw.office@gmail.com", NULL },
  { "Hi Editor, I came across your website and was impressed by the quality of your local news coverage. I'm reaching out to ask whether you accept paid link insertions in existing articles. We would like to add one relevant do-follow link to a home energy-saving site in your piece on street lighting, or in any older post that fits. We pay $80 per insertion via PayPal or Wise within 24 hours of publication, and we can also supply ready-made guest posts on energy, finance and travel. Kindly share your rates. Best regards, Daniel Moore, Outreach Manager, RankBridge Media", "Daniel Moore", "daniel.outreach@rankbridgemedia.com", "https://rankbridgemedia.com" },
  { "Te simți singur seara? 💬 Cunoaște-o pe Ana, iubita ta virtuală cu inteligență artificială: îți scrie în fiecare dimineață, își amintește tot ce îi spui și îți trimite poze și mesaje vocale doar pentru tine 😘 Fără judecăți, disponibilă 24/7. Descarcă aplicația gratuit și primești 7 zile Premium cu codul ANA7: https://iubita-ai.app/ro", "Ana AI", "contact@iubita-ai.app", NULL },
};

static const Comment desk_genuine[] = {
  { "They cancel a 96 million baht LED tender and then save 6.8 million a year by turning the lights off. At that rate the dark sois will have paid for the LEDs by 2040. Brilliant planning.", "Thanakorn P.", "thanakorn.p.kk@gmail.com", NULL },
  { "ลูกสาวดิฉันอายุ 19 ทำงานกะดึกที่ร้านสะดวกซื้อแถวถนนศรีจันทร์ เลิกงานตีหนึ่งแล้วขี่มอเตอร์ไซค์กลับบ้านผ่านซอยในชุมชนหนองวัง ทุกวันนี้ไฟก็ติดบ้างดับบ้างอยู่แล้ว ถ้าปิดอีกครึ่งหนึ่งดิฉันคงนอนไม่หลับทุกคืน เข้าใจว่าค่าไฟแพงขึ้น เทศบาลก็ต้องประหยัด แต่ 6.8 ล้านบาทต่อปีแลกกับความปลอดภัยของคนที่ทำงานกลางคืนมันคุ้มจริงหรือคะ อยากให้เทศบาลถามชาวบ้านก่อนว่าซอยไหนมีคนเดินทางตอนดึก ไม่ใช่ดูจากแผนที่อย่างเดียว", "สุนีย์ แก้วมณี", "sunee.kaewmanee@gmail.com", NULL },
  { "TURN OFF THE AIR CONDITIONING IN CITY HALL AT THE WEEKEND BEFORE YOU TURN OFF THE LIGHTS IN OUR SOI!!! WE PAY TAXES TOO!!! SEE YOU ON 9 APRIL!!!", "BOONLERT S.", "boonlert.s1961@hotmail.com", NULL },
  { "💡🔌🌑😨", "Mint", "mint.kku2005@gmail.com", NULL },
  { "@สุนีย์ แก้วมณี ชุมชนยื่นขอให้เปิดไฟต่อได้นะคะ ต้องมีลายเซ็นอย่างน้อย 30 หลังคาเรือน ส่งทางไลน์ของเทศบาลหรือที่สำนักงานเขตก่อนวันที่ 17 เมษายน ซอยบ้านเราเริ่มล่ารายชื่อตั้งแต่เมื่อวาน ได้ไปแล้ว 22 หลัง ลองคุยกับประธานชุมชนหนองวังดูค่ะ", "อรทัย ศรีสุข", "orathai.srisuk@gmail.com", NULL },
  { "Question for the reporter: the story says lamps within 100 metres of schools and temples stay on. Is that measured along the road or in a straight line? And are the sois around the university on the list, where students walk back from the night market at 1am?", "Jirapat W.", "jirapat.w2004@gmail.com", NULL },
  { "เตือนภัยค่ะ แม่ได้ SMS ว่า \"เทศบาลนครขอนแก่น: ท่านได้รับสิทธิ์เงินชดเชยค่าไฟฟ้า 2,000 บาท จากโครงการปิดไฟถนน กรุณาลงทะเบียนรับเงินภายใน 3 วัน https://kkmuni-refund.com\" อันนี้ปลอมนะคะ เป็นมิจฉาชีพ ในข่าวไม่มีเงินชดเชยอะไรเลย เทศบาลไม่ส่งลิงก์ให้กรอกเลขบัตรประชาชนหรือรหัสธนาคารแน่นอน อย่ากดลิงก์ และบอกพ่อแม่ผู้สูงอายุที่บ้านด้วยค่ะ", "ปวีณา ทองมา", "paweena.tm@gmail.com", NULL },
  { "For anyone who thinks the 4.72 baht figure is made up: the Energy Regulatory Commission publishes every tariff and every change of the Ft charge at https://www.erc.or.th . Street lighting is billed at the rate for government agencies. You can disagree with switching lamps off, but the bill did go up.", "Natthawut Chaiyasit", "natthawut.c@outlook.com", NULL },
  { "Filipino teacher ako dito sa Khon Kaen, limang taon na. Tuwing Martes at Huwebes nagtuturo ako ng English sa gabi at naglalakad pauwi bandang alas-dose. Madilim na nga ang soi namin malapit sa Bueng Kaen Nakhon, papatayin pa ang kalahati ng ilaw? Sana maisip din nila kaming mga naglalakad at walang motorsiklo. Ingat po tayong lahat.", "Maricel Dela Cruz", "maricel.delacruz.kk@gmail.com", NULL },
  { "ใครกลับบ้านดึกแล้วรู้สึกไม่ปลอดภัย โทร 191 ได้เลยนะคะ ไม่เสียค่าโทร สายตรวจมาจริง ส่วนเสาไฟล้มหรือสายไฟขาดห้อยลงมา แจ้งการไฟฟ้าส่วนภูมิภาคที่ 1129 ได้ตลอด 24 ชั่วโมง เซฟสองเบอร์นี้ไว้ในโทรศัพท์ของผู้สูงอายุที่บ้านด้วยค่ะ", "กนกวรรณ รัตนพันธ์", "kanokwan.rattana@yahoo.com", NULL },
  { "I have a little phone repair shop at the corner of our soi, open until 11pm. Most of my evening customers are women coming back from work who drop off a phone and wait twenty minutes. The lamp outside my shop is one of the \"every second\" ones, I counted. If it goes dark at midnight it won't hurt my business much, but the girls who walk past me at 1am to the dormitories will have nothing between my shop and the main road.", "Pimchanok Inthasorn", "pimchanok.in@gmail.com", NULL },
  { "ประหยัดผิดที่ผิดทาง", "ชาย", "chai.kk55@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "When I was at KKU in 2011 we used to walk back from the night market along the lake, and the sois were so dark we sang to keep the dogs away 😂 Funny how some things never change. I hope they at least keep the lamps near the dorms on.", "Ton", "ton.kkalumni@gmail.com", "https://thaicasino-bonus-review.com/best-online-casino-thailand" },
  { "Classic. [a measure the municipality says will save about 6.8 million baht a year](https://fastcash-loan-th.com/apply-now) and they still can't fix the lamps that are already broken on our street.", "Kittipong", "kittipong.kk88@gmail.com", NULL },
  { "My younger brother died two years ago when his motorbike hit a parked truck on an unlit road outside Ban Phai. The police said nobody could have seen it in the dark. After that I could not sleep, could not eat, I kept asking why him. Then a friend told me about Mama Lerato, a gifted psychic medium. In one reading she spoke to my brother and told me things only he knew, and she removed the bad luck that had followed my family since. Today I am at peace and my business is growing again. If you have lost someone, write to her at mamalerato.spiritualhealer@gmail.com, she will help you the way she helped me 🙏", "Nattaya S.", "nattaya.s2530@gmail.com", NULL },
  { "As a digital marketing expert I read a lot of local news sites, and this is one of the most well-structured and informative articles I have come across on municipal budgets. Your writing style is clear and engaging, and the figures are presented in a way anyone can follow. Keep up the great work, I have bookmarked your site and will share it with my network.", "Jessica Tan | Digital Growth Expert", "jessica@growthpeak-digital.com", "https://growthpeak-digital.com/seo-services-thailand" },
  { "I'm a fourth-year public administration student at KKU and I'm doing my final project on street lighting and crime in Khon Kaen. Does anyone know where to find the police figures the councillor mentioned, by soi? I've been stuck for weeks 😭 Honestly the only thing that saved my literature review was the team at https://thesispro-asia.com/order , they wrote 20 pages in 3 days with real references and it passed Turnitin. Use code KKU20 for 20% off if you're in the same boat 🙏", "Ploy", "ploy.pa.kku@gmail.com", NULL },
  { "@Siriporn Thongdee we got tired of waiting for the municipality too 😅 Two months ago we put SunGuard 300W solar street lamps in front of our house and along the fence: no wiring, no electricity bill, a motion sensor and 12 hours of light after one sunny day. This week they're 2 for 1,290 baht with free delivery anywhere in Isan 👉 https://sunguard-solar-th.com/promo", "Rattana K.", "rattana.k.home@gmail.com", NULL },
  { "While the municipality counts baht on light bulbs, I made 57,400 baht in my first week with the QuantaPeak AI trading bot 🤖📈 It trades Bitcoin and gold for you 24 hours a day. I put in only 10,000 baht and withdrew to my bank account on Friday. No experience needed, I'm a retired teacher and I can barely use LINE 😂 Register before the free places run out: https://quantapeak-ai.com/th", "Kru Somsri", "somsri.retired.teacher@gmail.com", NULL },
  { "ใครอยู่ใน 212 ซอยที่โดนปิดไฟ รู้ไหมคะว่าเรามีสิทธิ์เรียกค่าชดเชยตาม พ.ร.บ.คุ้มครองผู้บริโภค เพราะจ่ายภาษีแต่ได้บริการลดลง ดิฉันยื่นคำร้องผ่านศูนย์ช่วยเหลือผู้บริโภคไปเมื่อสัปดาห์ก่อน ได้เงินชดเชย 4,500 บาทเข้าบัญชีแล้วจริงๆ ค่ะ ตรวจสอบสิทธิ์และยื่นคำร้องออนไลน์ได้ใน 2 นาที ค่าดำเนินการแค่ 199 บาท หมดเขต 30 เมษายนนะคะ 👉 https://consumer-rights-claim-th.org/kk", "แม่บ้านขอนแก่น", "maebaan.khonkaen@gmail.com", NULL },
  { "Our Pomeranian barks at every shadow since the lamp on our soi broke 😂 Speaking of dogs, my friend's Pomeranian had puppies and she can't keep them: 2 boys and 1 girl, 10 weeks old, vaccinated and with papers, free to a loving home. You only pay the pet courier's delivery fee of 2,500 baht, anywhere in Thailand. Add her on LINE @pompom_rehome and send your address 🐶", "Nong Fah", "nongfah.pets@gmail.com", NULL },
  { "พี่ชายดิฉันเป็นลูกจ้างเทศบาลมา 12 ปี ทำงานกะดึกซ่อมไฟถนนแบบในข่าวนี่แหละ แต่ไม่เคยได้เลื่อนขั้นเพราะไม่มีวุฒิ ป.ตรี ปีที่แล้วเขาใช้บริการทำวุฒิของทีมนี้ ได้ใบปริญญาพร้อม Transcript ภายใน 7 วัน เหมือนของจริงทุกอย่าง ตอนนี้ได้เป็นหัวหน้างานแล้ว ใครอยากได้วุฒิไปสมัครงานหรือเลื่อนขั้น ทักไลน์ @degree-fast.th ได้เลยค่ะ ทุกมหาวิทยาลัย ราคาคุยกันได้", "Noi Khonkaen", "noi.kk1988@gmail.com", NULL },
  { "อยู่ซอยหนองวังคนเดียวค่ะ ไฟดับทีไรกลัวทุกที 🥺 อยากมีพี่ๆ ใจดีมาเดินเป็นเพื่อนตอนกลางคืน คุยเล่นกันก่อนนอน วิดีโอคอลก็ได้นะคะ ใครสนใจแอดไลน์มาคุยกันได้เลย ID: nong_mild99 💋", "น้องมายด์ 💕", "nongmild.chat99@gmail.com", NULL },
  { "Since I started walking home in the dark I lost 7 kg 😂 Just kidding, it was SlimBrew coffee! 3-in-1 with L-carnitine and green coffee bean, one cup in the morning and no more snacking at night. 7 kg in 4 weeks without a gym, and my husband says I look 10 years younger. Buy 2 get 1 free with free delivery, today only: https://slimbrew-coffee-th.com/promo ☕", "Aom", "aom.kkn1990@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I've been photographing Khon Kaen's sois at night as a hobby project since 2022, mostly the old shophouses and the people on night shifts. Last weekend I walked my usual 4 km route and marked every lamp: about a third don't work. The map and photos are in my post, in case it helps whoever draws up the list: https://kkafterdark.blogspot.com/2026/03/street-lamps-walk.html No ads, nothing for sale, just the map.", "Arthit Wongsa", "arthit.wongsa@gmail.com", "https://kkafterdark.blogspot.com" },
  { "My Prathom 6 class is raising money to put two solar lamps on the path behind our school, where the children walk to the songthaew stop after evening tutoring. They sold 400 bags of popcorn last month and have 11,200 baht of the 18,000 they need. The project and the school's own account are on the school's website: https://www.bannongwaengschool.ac.th/news/solar-path . Thank you to everyone who bought popcorn!", "Kru Wilaiwan Phetsri", "wilaiwan.p@bannongwaengschool.ac.th", NULL },
  { "Some numbers: 6.8 million out of 31 million is 22% of the lighting bill. The unit price went from 4.18 to 4.72 baht, a 13% rise, so about 3.5 million of the 31 million is the price rise alone. 11,200 sodium lamps out of 18,400 is 61%. An LED uses roughly half the power of a sodium lamp, so the 96 million tender would have saved about 9 million a year with every lamp on: paid back in under 11 years, and the lamps last 15.", "Sakda Ruangrit", "sakda.r@outlook.com", NULL },
  { "I AM 72 AND I HAVE LIVED IN THE SAME SOI FOR 40 YEARS. THE LAMP OUTSIDE MY HOUSE HAS BEEN BROKEN SINCE SONGKRAN LAST YEAR. NOW THEY WANT TO SAVE MONEY ON LAMPS THAT DON'T WORK ANYWAY? COME AND SEE IT AT NIGHT, MR DEPUTY MAYOR.", "PRASIT KHAMWONG", "prasit.kw1954@hotmail.com", NULL },
  { "Before we argue about the numbers: the municipality's budget and council minutes are on its site at https://www.kkmuni.go.th and the PEA explains how street lighting is billed at https://www.pea.co.th . Street lighting at 38% of the electricity budget is in the 2026 budget document, page 112.", "Chalermchai T.", "chalermchai.t@gmail.com", NULL },
  { "For broken lamps, don't wait for the list: report them on Traffy Fondue, the free app that works through LINE. Take a photo, it picks up your location, and the municipality gets the ticket. The one in front of our house was fixed in 4 days. It also shows which reports near you are still open, so you can see how many dead lamps your soi already has.", "Tanawat K.", "tanawat.k@gmail.com", NULL },
  { "Our soi has a WhatsApp group (the younger families; the aunties are on LINE) and we've agreed that whoever comes home after midnight posts when they're on their way, and someone switches on their porch light. Low-tech, but it works. If your soi is on the list, try the same.", "Emily Sutthiphong", "emily.sutthiphong@gmail.com", NULL },
  { "I keep hearing that street lights are a \"free service\" we should be grateful for. They are not free. Nothing the municipality gives us is free. It is our money: the land and building tax, the signboard tax, our share of VAT that the government sends back. The free Wi-Fi at the lake is our money. The free shuttle at the Silk Fair is our money. The free health checks, the free concerts on New Year's Eve, our money, every baht of it. I am happy to pay. What I am not happy about is money for a giant LED screen at the City Hall gate and no money for the LED lamps in my soi. If the money is gone, tell us where it went before you turn off the lights and call it saving money.", "Anong Sriwichai", "anong.sriwichai@gmail.com", NULL },
  { "Ik woon sinds mijn pensioen met mijn vrouw in Khon Kaen, vlak bij de Bueng Kaen Nakhon. 's Avonds lopen we vaak nog een rondje, maar in onze soi is het nu al zo donker dat we een zaklamp meenemen, vooral vanwege de loslopende honden. De helft van de lampen uit is in Nederland misschien geen probleem, maar hier zijn de stoepen kapot en rijden de brommers zonder licht. Repareer eerst de kapotte lampen, zou ik zeggen.", "Henk van Dijk", "henkvandijk.kk@gmail.com", NULL },
  { "@Tanawat K. ขอบคุณมากค่ะ ลองแจ้งผ่าน Traffy Fondue ตามที่บอก ถ่ายรูปเสาไฟหน้าบ้านส่งไปเมื่อวันจันทร์ วันนี้เจ้าหน้าที่มาเปลี่ยนหลอดให้แล้ว ไม่ต้องไปถึงสำนักงานเขตเลย ดีใจมากค่ะ", "จันทร์เพ็ญ มูลสาร", "chanpen.moonsan@gmail.com", NULL },
  { "ระวังกันด้วยนะครับ ปีที่แล้วผมโดนไลน์ปลอมที่อ้างว่าเป็นการไฟฟ้า บอกว่าผมจ่ายค่าไฟเกินจะคืนเงินให้ ให้โหลดแอปมาติดตั้งเพื่อรับเงินคืน สุดท้ายเงินในบัญชีหายไป 46,000 บาทภายในคืนเดียว ธนาคารช่วยอะไรไม่ได้ ช่วงนี้มีข่าวเรื่องไฟถนนกับค่าไฟ มิจฉาชีพจะอาศัยจังหวะนี้แน่นอน การไฟฟ้าและเทศบาลไม่เคยโทรมาหรือทักไลน์มาให้โหลดแอปหรือโอนเงิน", "วีระพงษ์ บุญมา", "weerapong.bm@gmail.com", NULL },
  { "ร้านเราขายข้าวต้มรอบดึกที่ปากซอยมา 15 ปีแล้วค่ะ ลูกค้าหลังเที่ยงคืนส่วนใหญ่เป็นพยาบาล คนขับแท็กซี่ กับพนักงานโรงงานที่เลิกกะ ถ้าปิดไฟครึ่งซอย คนก็ไม่กล้าเดินเข้ามากินข้าว ขอให้เทศบาลดูซอยที่มีร้านเปิดกลางคืนด้วยนะคะ ในข่าวบอกว่าธุรกิจที่จดทะเบียนขอให้เปิดไฟต่อได้ ร้านเราจะไปยื่นพรุ่งนี้ — ป้าน้อย ร้านข้าวต้มป้าน้อย", "ร้านข้าวต้มป้าน้อย", "paanoy.khaotom@gmail.com", NULL },
};
