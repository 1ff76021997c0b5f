/* test-spam-heldout53-data.h: a fifty-third round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's source not
 * read, built or run), under an invented local story (story53: Addis Ababa,
 * Ethiopia, where the City Administration's corridor development office will
 * start demolishing 214 shops and 37 houses along 1.6 km of the Shola market
 * road in Yeka sub-city, from Megenagna roundabout to the Shola Gebeya
 * junction, on Monday 1 March 2027 (Yekatit 22, 2019 in the Ethiopian
 * calendar), to widen it to 40 metres with a bus rapid transit lane, a cycle
 * lane and walkways; the head of the office's Yeka projects puts the cost at
 * 2.38 billion birr, all from the city budget, the works to end by Thursday
 * 30 December 2027 (Tahsas 20, 2020); the Anbessa and Sheger buses and the
 * minibus taxis go by the Kotebe road; licensed shop owners can claim a
 * relocation payment of 180,000 birr and a place in a new five-storey Shola
 * market building, the families of the 37 kebele houses are offered
 * condominium flats at Koye Feche; claims open until Friday 26 February 2027
 * (Yekatit 19, 2019) at the Woreda 7 office of Yeka sub-city or on the city's
 * website, free of charge; a spice seller, 58, at Shola since 1996, "180,000
 * birr, and a shop on the new road will rent for 60,000 birr a month"; a
 * vegetable seller, 49, on a gulit (pavement stall) for twelve years, says in
 * Afaan Oromo that stall holders are not on the list; the Shola Gebeya
 * residents' committee, eleven houses cracked in last year's first phase,
 * asks that no family move before it has its keys; a public consultation on
 * Saturday 13 February 2027 (Yekatit 6, 2019) at 3pm, nine o'clock Ethiopian
 * time, in the Yeka sub-city hall; questions to the corridor office's free
 * hotline, 7075), in four sets, most of them in Amharic (Ethiopic script,
 * ASCII digits but for two comments with Ethiopic numerals), several in Afaan
 * Oromo (Qubee, Latin script), some in romanised Amharic as typed on phones,
 * some mixing Amharic with English or Afaan Oromo in one sentence, and three
 * in English.
 *
 * The first, the spam any site's form lets through (desk_spam), in order:
 *   - a quick loan app, 5,000 to 200,000 birr to telebirr, CBE Birr or M-Pesa
 *     in ten minutes, no guarantor, only the Fayda ID, a +251 number with
 *     letters O and l for digits (Amharic);
 *   - a fake 15th round of the 20/80 and 40/60 condominium lottery, priority
 *     for people moved by the corridor, an 850 birr "registration fee" by
 *     telebirr, an "aa-housing-gov-et." look-alike .site host without a
 *     scheme (Amharic);
 *   - a telebirr account "blocked", verify with the 6-digit PIN and the OTP,
 *     a "telebirr-et." look-alike .live host, the same host in the website
 *     field (Amharic with English words);
 *   - a fake Ethiopian Postal Service notice, a parcel held at Bole customs,
 *     287.50 birr to release it, an "ethiopost-et." look-alike .online host
 *     without a scheme (Amharic);
 *   - Premier League betting tips, Arsenal against Chelsea at odds of 3.90, a
 *     400 birr a week VIP group paid by telebirr, a promo code spelt letter
 *     by letter with spaces, a Telegram channel (romanised Amharic and
 *     English);
 *   - housework, driving and factory jobs in Saudi Arabia, Dubai and Canada,
 *     an 85,000 birr fee, half in advance by telebirr, a Telegram handle and
 *     a WhatsApp number (Afaan Oromo);
 *   - a "traditional doctor and spiritual knower" from Gojjam (a tenqway),
 *     love returned in three days, luck at the lottery and the equb, amulets
 *     against buda and sorcery, prayers so the shop is not demolished, "100
 *     per cent" in Ethiopic numerals, the number in Amharic words (Amharic);
 *   - a USDT trading "mentor" who turned 10,000 birr into 285,000 birr in
 *     three weeks and runs your account, profits every Friday by telebirr, a
 *     Telegram handle (Amharic mixed with English);
 *   - driving licences without a test, Grade 12 national exam results, Addis
 *     Ababa University degrees, Fayda IDs, passports, the number spaced digit
 *     by digit (Amharic);
 *   - sponsored guest posts with dofollow links, casino, betting, loans and
 *     crypto accepted, US$ 60 or 7,500 birr an article, an .example host in
 *     the text and the website field (English);
 *   - an adult come-on, "Addis girls 18+" in Bole, Kazanchis, CMC and Sarbet,
 *     the .club host written with "[dot]" and spaced letters, a Telegram
 *     handle, the host in the website field (romanised Amharic and English);
 *   - a fake appeal for families displaced by drought in Borana and Guji,
 *     money to a personal telebirr number, soft hyphens between the letters
 *     of "telebirr", "the organisation's account will be announced later"
 *     (Afaan Oromo).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - for: a mother near Megenagna whose son, 9, had his leg broken by a
 *     minibus taxi for want of a walkway, for the works if the December date
 *     holds (Amharic);
 *   - against: a mobile phone repairer at Shola for 19 years, 180,000 birr is
 *     not three months' rent, the new building has no foundations yet, the
 *     letter came two weeks ago (Amharic);
 *   - sarcasm: the light rail to Shola and the Megenagna bridge "in six
 *     months", now December 2020, "the only thing on time will be the July
 *     rains" (Amharic);
 *   - a reply to "@Yonas Tadesse": an uncle with a shop at Shola, the
 *     residents' committee will raise it at the meeting on Yekatit 6,
 *     everyone come (Afaan Oromo with an Amharic sentence);
 *   - a reader shouting in capitals, models, promises, photos with the mayor,
 *     where did the money of the 2015 flood project go, all to the Yeka hall
 *     on Yekatit 6 (romanised Amharic);
 *   - a building crane, a bus, a walking woman, the Ethiopian flag and
 *     praying hands only;
 *   - a question from a gulit vegetable seller: the shop owners get 180,000
 *     birr, do stall holders, four children and no other income, "where do we
 *     go" (Afaan Oromo);
 *   - a reader quoting a Telegram message to her mother, a 1,500 birr
 *     "registration" to a telebirr number for the 180,000 birr, to warn that
 *     it is a fraud and that the office charges nothing (Amharic);
 *   - the city's site cited for the corridor plan, the list of 214 shops and
 *     the claim form, Proclamation 1161/2011 (E.C.) on compensation, the
 *     sub-city's Facebook page (Amharic);
 *   - a reader born at Shola in 1942 E.C. (in Ethiopic numerals), who
 *     remembers the Saturday market in a field and the sycamore fig the place
 *     is named for, asks to spare the last old tree and to ask the elders
 *     where the floods run (Amharic);
 *   - a bakery at Shola since 1985 E.C., fourteen workers, signing with its
 *     name, asking where and when it can load during the works, no phone, no
 *     link (Amharic);
 *   - a very short comment, "May the work go well" (Amharic).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - strength to the 214 traders and the spice seller's words, then a
 *     digital marketing agency, Facebook, Telegram and TikTok shops with paid
 *     ads from 2,500 birr a month, a phone number and an .et site (Amharic);
 *   - the gulit seller's point taken, then a fake compensation site, 180,000
 *     birr to telebirr in 48 hours for a 350 birr "processing fee", an
 *     "addisababa-gov-et" look-alike .site host (Afaan Oromo);
 *   - a reply to "@Eskinder Mamo" agreeing that the light rail is a fable, a
 *     betting referral link in the website field only (Amharic);
 *   - walls cracked by last year's digging and a leaking roof, then
 *     waterproofing paint behind an HTML <a href> on "cheap roof
 *     waterproofing Addis Ababa" in Amharic (Amharic);
 *   - a diaspora reader glad of the walkways, then "guaranteed" DV lottery
 *     and Canada Express Entry applications for US$ 180 paid to an agent by
 *     telebirr or CBE, a Telegram handle and an .example host (English);
 *   - the gulit seller's words hurt, then a nun from Gojjam whose holy water
 *     brought the compensation and a husband back, the number half in Amharic
 *     words (Amharic);
 *   - the compensation will be late, then a "digital equb", 2,000 birr turned
 *     into 6,000 birr in ten days, a t.me group link (Amharic);
 *   - a furnished flat near CMC for the families moved, 28,000 birr a month,
 *     the owner "in America", three months' deposit by telebirr, one digit of
 *     the number in a word (romanised Amharic with English);
 *   - the dust and noise to come, then a Telegram task scam, "likes" on
 *     YouTube and TikTok for 1,500 birr a day, a Telegram handle (Amharic);
 *   - luck to the traders, then phones "from a customs auction" at half
 *     price, 50% in advance by telebirr or CBE Birr, an HTML <a href>,
 *     letters l and O for digits in the number (Amharic);
 *   - the 37 families, then a charity "association" whose money goes to a
 *     personal telebirr number, "the association's bank account will be
 *     opened later" (Afaan Oromo with an Amharic sentence);
 *   - walking dogs on the new walkway, then German shepherd puppies "given
 *     away", only 3,500 birr transport from Hawassa by telebirr, a +251
 *     number (Amharic with English words).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader giving the police's 991 and the corridor office's free line
 *     7075, "the city never asks for money or a PIN", telebirr's 127 and
 *     CBE's 951 to block a transfer (Amharic with an Afaan Oromo sentence);
 *   - a shiro restaurant on the Shola road for 16 years giving its new place
 *     behind the health centre from Megabit 1, its phone for old customers
 *     and its prices (Amharic);
 *   - the Yeka sub-city communications office's own notice, the dates in the
 *     Ethiopian calendar, the detours, the claim, the consultation and the
 *     free line, the city's site in the text and the website field (Amharic);
 *   - the sums worked out: birr a metre, the compensation as a share of the
 *     cost, the rent it covers against the ten months of works (Amharic);
 *   - a reader quoting a scam SMS in English with its "addisababa-gov-et"
 *     look-alike host to warn that only addisababa.gov.et and the Woreda 7
 *     office are real (Amharic with an English quotation);
 *   - the Shola traders' iddir: membership goes on after the move, 100 birr a
 *     month, a meeting on Yekatit 7 in the church hall, its secretary's
 *     phone, "the iddir asks no money by Telegram or phone, dues only at the
 *     meeting against a receipt" (Amharic);
 *   - a lawyer explaining that the valuation committee, not a "broker", sets
 *     the compensation under Proclamation 1161/2011, that legal tenants and
 *     gulit sellers can apply, how to complain, and that no one pays to apply
 *     (Amharic);
 *   - a parish council collecting rent and school supplies for the 37
 *     families to the church's Commercial Bank of Ethiopia account (1000...),
 *     receipts from the parish office, "no money to individuals or by
 *     telebirr" (Amharic);
 *   - an urban planner for the bus lane but against moving traders before the
 *     new market is built, the city's site linked (English);
 *   - a doctor at a Yeka health centre on asthma, coughs and eye disease
 *     after last year's digging, for the works if the road is watered daily
 *     (Amharic);
 *   - an Afaan Oromo radio presenter giving his programme, station, frequency
 *     and hours, who will read the story in Afaan Oromo with the free line
 *     (Afaan Oromo);
 *   - a reader mocking the spam under the story, the Gojjam healer, the 850
 *     birr condominium lottery, Dubai jobs, the digital equb, the Hawassa
 *     puppies, the auction iPhones, the CMC flat (Amharic).
 */

#pragma once

/* Included after spam-test-util.h, which defines Comment */

/* The story the comments are under */
static const char * const story53 =
  "Addis Ababa to demolish 214 shops on the Shola market road for a corridor and bus lane in 2027\n\n"
  "ADDIS ABABA, Ethiopia — The Addis Ababa City Administration will start demolishing 214 shops and 37 houses "
  "along 1.6 kilometres of the Shola market road, from Megenagna roundabout to the Shola Gebeya junction in Yeka "
  "sub-city, on Monday 1 March 2027 (Yekatit 22, 2019 in the Ethiopian calendar), to widen it to 40 metres with a "
  "bus rapid transit lane, a cycle lane and walkways on both sides, the city's corridor development office "
  "said.\n\n"
  "Meseret Alemu, who heads the office's Yeka projects, put the cost at 2.38 billion birr, all of it from the city "
  "budget, and said the works will end by Thursday 30 December 2027 (Tahsas 20, 2020). The Anbessa and Sheger "
  "buses and the minibus taxis that use the road will go by the Kotebe road while it is shut. Owners of the 214 "
  "shops who hold a trade licence can claim a relocation payment of 180,000 birr and a place in a new five-storey "
  "Shola market building; the families of the 37 kebele houses will be offered condominium flats at Koye Feche. "
  "Claims are open until Friday 26 February 2027 (Yekatit 19, 2019) at the Woreda 7 office of Yeka sub-city or on "
  "the city administration's website, free of charge.\n\n"
  "\"They give us 180,000 birr, and a shop on the new road will rent for 60,000 birr a month,\" said Getachew "
  "Wolde, 58, who has sold spices at Shola since 1996.\n\n"
  "Chaltu Dinsa, 49, who has sold vegetables from a gulit, a pavement stall, for twelve years, said in Afaan Oromo "
  "that stall holders are not on the list: \"Where are we supposed to go?\"\n\n"
  "The Shola Gebeya residents' committee says eleven houses cracked during the first phase of digging last year "
  "and asks that no family be moved before it has the keys to its flat. A public consultation is set for Saturday "
  "13 February 2027 (Yekatit 6, 2019) at 3pm, nine o'clock in Ethiopian time, in the Yeka sub-city hall. Questions "
  "go to the corridor office's free hotline, 7075.";

static const Comment desk_spam[] = {
  { "💰 ፈጣን ብድር በ10 ደቂቃ 💰 ከ5,000 ብር እስከ 200,000 ብር ወደ ቴሌብር፣ CBE Birr ወይም M-Pesa አካውንትዎ! ዋስ አያስፈልግም፣ የደመወዝ ማስረጃ "
    "አያስፈልግም፣ የፋይዳ መታወቂያ ብቻ። ነጋዴዎች፣ የታክሲ ሹፌሮችና የቀን ሠራተኞች ሁሉ ይስተናገዳሉ። የቀን ክፍያ ከ45 ብር ጀምሮ። አሁኑኑ ይደውሉ፦ +251 9O 7l2 "
    "4O58 — ወ/ሪት ቤተልሔምን ይጠይቁ።",
    "Fetan Bidir Addis", "fetanbidir.addis@gmail.com", NULL },
  { "📢 የአዲስ አበባ ቤቶች ልማት — የ20/80 እና የ40/60 የጋራ መኖሪያ ቤቶች 15ኛ ዙር ዕጣ ምዝገባ ተጀመረ! በኮሪደር ልማት ለተነሱ ነዋሪዎች ቅድሚያ ይሰጣል። የምዝገባ "
    "ክፍያ 850 ብር ብቻ በቴሌብር። እስከ የካቲት 15 ቀን 2019 ዓ.ም. በፋይዳ ቁጥርዎ ይመዝገቡ፦ aa-housing-gov-et.condominium-ereg.site/yeka "
    "ለቤተሰብዎ ያጋሩ!",
    "AA Housing Registration", "register@condominium-ereg.site", NULL },
  { "ውድ የቴሌብር ደንበኛ፣ አካውንትዎ ባልተፈቀደ ግብይት ምክንያት ለጊዜው ታግዷል። በ24 ሰዓት ውስጥ ካላረጋገጡ በአካውንቱ ያለው ገንዘብ ሙሉ በሙሉ ይታገዳል። ስልክ "
    "ቁጥርዎን፣ ባለ 6 አሃዝ PIN እና የተላከልዎትን OTP በማስገባት ያረጋግጡ፦ https://telebirr-et.account-verify.live/unlock — Ethio "
    "telecom",
    "telebirr Support", "support@account-verify.live", "https://telebirr-et.account-verify.live" },
  { "የኢትዮጵያ ፖስታ አገልግሎት፦ ከውጭ አገር የተላከልዎት ጥቅል (ቁጥር ET 4471 0923 58) በቦሌ ጉምሩክ ተይዟል። የጉምሩክና የማድረሻ ክፍያ 287.50 ብር ካልከፈሉ "
    "በ48 ሰዓት ውስጥ ወደ ላኪው ይመለሳል። አድራሻዎን አረጋግጠው እዚህ ይክፈሉ፦ ethiopost-et.parcel-track.online/pay",
    "Ethiopian Postal Service", "noreply@parcel-track.online", NULL },
  { "⚽🔥 YE ZAREW FIX 🔥⚽ Arsenal vs Chelsea: over 2.5 + Arsenal yashenifal, odd 3.90. Tinant yeMan City–Liverpool "
    "combo odd 27 wetual 💸 VIP group be samint 400 birr bicha, kifiya be telebirr. Betting site lay code  S H O L "
    "A 5 3  asgebu, yemejemeriya deposit'achihu ejif yihonal. Telegram: @addis_fix_vip ✅ Enashenifalen!",
    "Addis Fix VIP", "addisfixvip@gmail.com", NULL },
  { "🇸🇦🇦🇪🇨🇦 HOJII BIYYA ALAA! Hojii manaa, konkolaachisummaa fi warshaa Saawudii Arabiyaa, Dubaayii fi Kanaadaa "
    "keessatti. Mindaan ji'aan doolaara 600 hanga 2,200, viizaan guyyaa 30 keessatti, bakki jireenyaa bilisaan. "
    "Kaffaltiin adeemsaa birrii 85,000, walakkaan dursee telebirr-iin. Dargaggoota Finfinnee fi naannoo ishee, "
    "carraan kun isin eeggata! Iddoon muraasa. Telegram @hojii_dubai_et · WhatsApp +251 912 604 377",
    "Gadaa Overseas Employment", "gadaa.overseas.et@gmail.com", NULL },
  { "🙏 ታዋቂው የባህል ሀኪምና መንፈሳዊ አዋቂ አባ ወልደ ገብርኤል ከጎጃም 🙏 የተጣላ ፍቅረኛ በ3 ቀን ይመለሳል፣ ለንግድ መሳቢያ፣ ለሎተሪና ለእቁብ ዕድል፣ ለፍርድ ቤት ጉዳይ፣ "
    "ለመተትና ለቡዳ መከላከያ ክታብ። ካሳዎ እንዲፈጠን፣ ሱቅዎ እንዳይፈርስ ጸሎትና ጠበል። ፩፻ ፐርሰንት ዋስትና፣ በርቀትም እንሠራለን። ይደውሉ፦ ዜሮ ዘጠኝ፣ አስራ አንድ፣ "
    "ሰላሳ ሁለት፣ ሰባ አራት፣ 6 0።",
    "Aba Wolde Gebriel", "abawoldegebriel.tibeb@gmail.com", NULL },
  { "ሰላም ለሁላችሁ 🙏 ከአንድ ዓመት በፊት መርካቶ ውስጥ ተራ ሸክም ተሸካሚ ነበርኩ። በ mentor ዬ Mr. Daniel Haile እርዳታ USDT trading ጀመርኩ፣ "
    "10,000 ብሬ በ3 ሳምንት ውስጥ 285,000 ብር ሆነ! እሱ ራሱ account ዎን ያንቀሳቅሳል፣ እርስዎ በየዓርቡ ትርፍዎን በቴሌብር ይቀበላሉ። ሕይወትዎን መቀየር ከፈለጉ "
    "Telegram @daniel_usdt_mentor ላይ «ከሳሙኤል ነው የመጣሁት» ብለው ይጻፉለት። God bless 💯",
    "Samuel Tsegaye", "samueltsegaye.crypto@gmail.com", NULL },
  { "ሰነድ በፍጥነት ይፈልጋሉ? የመንጃ ፈቃድ (አውቶ፣ ሕዝብ 1 እና 2፣ ደረቅ 1 እስከ 3) ያለ ፈተና፣ የ12ኛ ክፍል ብሔራዊ ፈተና ውጤት፣ የአዲስ አበባ ዩኒቨርሲቲ ዲግሪና "
    "ትራንስክሪፕት፣ የፋይዳ መታወቂያ፣ ፓስፖርትና ቪዛ እናዘጋጃለን። ሁሉም በሲስተም የተመዘገበ፣ 100% የሚረጋገጥ። በ3 ቀን ውስጥ አዲስ አበባ ድረስ እናደርሳለን፣ ምስጢር "
    "ይጠበቃል። ይደውሉ፦ 0 9 4 4 - 1 8 3 - 6 2 7 (ኪሩቤልን ይጠይቁ)።",
    "Fetan Sened Agelgilot", "fetansened.addis@gmail.com", NULL },
  { "Hello editors! We offer sponsored guest posts with permanent dofollow links on your news site. Casino, "
    "betting, loans and crypto niches are welcome. We pay US$ 60 per article, or 7,500 birr by telebirr. We also "
    "place links on 250+ Ethiopian and Horn of Africa news sites with DA 30+. Full price list: "
    "https://horn-linkbuilding.example/prices",
    "Selam | Horn Link Building", "selam@horn-linkbuilding.example", "https://horn-linkbuilding.example" },
  { "🔞 Addis konjo lijoch 18+ 🔥 Bole, Kazanchis, CMC ena Sarbet 💋 video call, exclusive content ena ketero 😘 Ahun "
    "gbu 👉 a d d i s h o t [dot] c l u b /vip ✨ wey Telegram: @meri_bole18",
    "Meri 🔥", "meri@addishot.club", "http://addishot.club" },
  { "🙏 GARGAARSA HATATTAMAA! Beelaa fi gogiinsa Booranaa fi Gujiitiin maatiin 3,000 ol qe'ee isaanii irraa "
    "buqqa'anii jiru. Daa'imman nyaataa fi bishaan dhabanii du'aa jiru. Birrii 100 qofaan lubbuu tokko baraaruu "
    "dandeessu. Gargaarsa keessan t\u00ade\u00adl\u00ade\u00adb\u00adi\u00adr\u00adr 0935 271 846 (Obbo Tolosaa "
    "G.)-tti ergaa. Lakkoofsi herrega dhaabbataa booda ni beeksifama. Waaqni isin haa eebbisu!",
    "Gargaarsa Booranaa", "gargaarsabooranaa2027@gmail.com", NULL },
};

static const Comment desk_genuine[] = {
  { "መገናኛ አካባቢ ነው የምኖረው። ባለፈው ዓመት የ9 ዓመት ልጄ ትምህርት ቤት ሲሄድ መንገዱን ሲያቋርጥ ታክሲ ገጭቶት እግሩ ተሰበረ። የእግረኛ መንገድ ስለሌለ ሁሉም የሚሄደው "
    "በመኪና መንገድ ላይ ነው። ሰፊ የእግረኛና የብስክሌት መንገድ ከተሠራ እኔ እደግፋለሁ። አቧራውን እንታገሳለን፤ ዋናው የልጆቻችን ሕይወት ነው። ግን ታኅሣሥ ላይ እንደሚያልቅ "
    "ቃል ገብተዋል፣ ይጠብቁት።",
    "Hirut Bekele", "hirut.bekele84@gmail.com", NULL },
  { "ሾላ ገበያ ላይ የሞባይል ጥገና ሱቅ ከከፈትኩ 19 ዓመቴ ነው። 180,000 ብር ለሦስት ወር ኪራይ እንኳ አይበቃም። አዲሱ ሕንፃ ላይ «ቦታ ይሰጣችኋል» ይላሉ፣ ግን መቼ? "
    "ሕንፃው ገና መሠረቱ እንኳ አልተጣለም። እስከዚያ ቤተሰቤን በምን ላስተዳድር? ማንም አላማከረንም፣ ደብዳቤው የደረሰን ከሁለት ሳምንት በፊት ነው። ይሄ ልማት ለፎቶና "
    "ለእንግዶች እንጂ ለእኛ አይደለም።",
    "Yonas Tadesse", "yonas.tadesse.mobile@gmail.com", NULL },
  { "በጣም ጥሩ። ቀላል ባቡሩ ሾላ ድረስ ይደርሳል ተባለ፣ የመገናኛ ድልድይ «በስድስት ወር» ይጠናቀቃል ተባለ… አሁን ደግሞ ታኅሣሥ 2020 😅 እኔ እርግጠኛ የምሆነው በሰዓቱ "
    "የሚደርሰው የሐምሌ ክረምት ብቻ እንደሆነ ነው። እስኪ እናያለን።",
    "Eskinder Mamo", "eskindermamo@yahoo.com", NULL },
  { "@Yonas Tadesse sitti dhaga'ama obboleessa, eessumni koos Shola keessatti suuqii qaba. Garuu koreen "
    "jiraattotaa walga'ii Yekatit 6 irratti gaaffii kana dhiheessuuf qophaa'eera. ሁላችንም እንምጣ፣ ዝም ካልን ማንም አይሰማንም። "
    "Walga'ii irratti wal arganna.",
    "Lensa Tolera", "lensa.tolera@gmail.com", NULL },
  { "BEKA!! HULEM YAW NEW: MODEL, KEBED ENA FOTO KE KANTIBAW GAR! 2.38 BILLION BIRR?! YE 2015 YE GORF MEKELAKEYA "
    "PROJECT GENZEB YET GEBA?! ESKAHUN MINIM ALTESERAM! HULACHINIM YEKATIT 6 WEDE YEKA ADARASH! DEGMO ATAMOGNUN!",
    "Tewodros Alemu", "tewodros.alemu.tedy@gmail.com", NULL },
  { "🏗️🚌🚶‍♀️🇪🇹🙏",
    "Meklit", "meklit.asfaw@gmail.com", NULL },
  { "Akkam bultan. Ani Shola gabaa irratti daandii cinaatti gulitii irratti kuduraa gurguruu erga jalqabee waggaa "
    "12 ta'eera. Mootummaan abbootii suuqiitiif birrii 180,000 kenna, nuti warri gulitii hoo ni argannaa? Ijoollee "
    "afur qaba, hojii kana malee galii hin qabu. Eessa deemna? Galatoomaa.",
    "Bontu Gemechu", "bontugemechu@gmail.com", NULL },
  { "ተጠንቀቁ! ለእናቴ ይሄ የቴሌግራም መልዕክት መጣ፦ «የየካ ክፍለ ከተማ ኮሪደር ልማት ጽ/ቤት፦ ስምዎ በካሳ ተጠቃሚዎች ዝርዝር ውስጥ ተካቷል። 180,000 ብር ለመቀበል "
    "የምዝገባ 1,500 ብር ወደ ቴሌብር 0913 448 205 እስከ ዓርብ ይላኩ»። ይሄ ማጭበርበር ነው! ጽ/ቤቱ ምንም ክፍያ አይጠይቅም፣ ምዝገባው በወረዳ 7 ጽ/ቤት ወይም "
    "በከተማው ድረ-ገጽ በነፃ ነው። ለማንም ገንዘብ አትላኩ።",
    "Kidist Mulugeta", "kidist.mulugeta@outlook.com", NULL },
  { "ሰነዶቹን ለምትጠይቁ፦ የኮሪደሩ ፕላን፣ የ214ቱ ሱቆች ዝርዝርና የካሳ ማመልከቻ ቅጽ https://www.addisababa.gov.et ላይ «ኮሪደር ልማት» በሚለው ክፍል "
    "አለ። የካሳና የመልሶ ማቋቋም መብታችሁ በአዋጅ ቁጥር 1161/2011 ተደንግጓል፣ ሙሉ ጽሑፉ በፌዴራል ነጋሪት ጋዜጣ ላይ ይገኛል። የየካ ክፍለ ከተማ የፌስቡክ ገጽም "
    "ዝርዝሩን ለጥፏል። ማመልከቻው እስከ የካቲት 19 ቀን 2019 ዓ.ም. ነው፣ ያለ ክፍያ።",
    "Natnael Girma", "natnael.girma@gmail.com", NULL },
  { "እኔ ሾላ የተወለድኩት በ፲፱፻፵፪ ዓ.ም. ነው። ያኔ ሾላ ገበያ ሜዳ ነበር፤ ቅዳሜ ቅዳሜ ገበሬዎች ከለገዳዲና ከካራ በአህያ እህል፣ ቅቤና ዶሮ ይዘው ይመጡ ነበር። ስሙንም "
    "ያገኘው ከትልቁ የሾላ ዛፍ ነው፣ እኛ ልጆች ከሥሩ እንጫወት ነበር። አሁን 77 ዓመቴ ነው። ልማቱን አልቃወምም፤ የምለምነው የቀረችውን አሮጌዋን የሾላ ዛፍ እንዳይቆርጧት፣ "
    "መሐንዲሶቹም ክረምት ላይ ጎርፍ በየት በኩል እንደሚወርድ የሰፈሩን ሽማግሌዎች እንዲጠይቁ ነው። ለጋዜጣው ምስጋና።",
    "Mulugeta Woldemariam", "mulugeta.woldemariam@ethionet.et", NULL },
  { "እኛ ከ1985 ዓ.ም. ጀምሮ ሾላ ገበያ የምንሠራው «ሰላም ዳቦ ቤት» ነን፣ 14 ሠራተኞች አሉን። በየሌሊቱ ዱቄት ይገባል፣ ዳቦ በፒክአፕ ወደ ሱቆች ይወጣል። ልማቱን "
    "አንቃወምም፣ ግን በግንባታው ወራት ከየት በኩልና በስንት ሰዓት መጫንና ማውረድ እንደምንችል ጽ/ቤቱ ይንገረን። የካቲት 6 ስብሰባው ላይ እንገኛለን። — ሰላም ዳቦ ቤት፣ ሾላ",
    "Selam Dabo Bet", "selamdabobet.shola@gmail.com", NULL },
  { "መልካም ሥራ ይሁን።",
    "Mahlet", "mahlet.t@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "ለ214ቱ የሾላ ነጋዴዎች ብርታቱን ይስጣችሁ፣ አቶ ጌታቸው እንዳሉት ሱቅ ከሌለ ደንበኛ የለም። ለዚህም ነው አሁን በኦንላይን መሸጥ ያለባችሁ፦ እኛ «ሸገር ዲጂታል» "
    "የፌስቡክ፣ የቴሌግራምና የቲክቶክ ሱቃችሁን ከፍተን በሚከፈልበት ማስታወቂያ ደንበኛ እናመጣላችኋለን፣ መንገዱ ቢዘጋም ትዕዛዝ ይደርሳችኋል። የነጋዴ ፓኬጅ በወር ከ2,500 ብር "
    "ጀምሮ። ይደውሉ 0977 215 308 ወይም sheger-digital-marketing.et ይጎብኙ።",
    "Sheger Digital", "sales@sheger-digital-marketing.et", "https://sheger-digital-marketing.et" },
  { "Haati Caaltuu dhugaa dubbatte, warra gulitii namni tokkollee hin yaadatu. Haa ta'u malee amma beenyaa keessan "
    "onlaayiniin gaafachuu dandeessu: birrii 180,000 sa'aatii 48 keessatti telebirr keessanitti ergama, kaffaltii "
    "adeemsaa birrii 350 qofa kaffaluun. Waraqaa eenyummaa Faayidaa keessaniin asitti galmaa'aa: "
    "beenyaa-shola.addisababa-gov-et.site Maatii hundaaf qoodaa!",
    "Hawi Abdisa", "hawiabdisa.finfinne@gmail.com", NULL },
  { "@Eskinder Mamo 😂 ልክ ነህ፣ የቀላል ባቡሩ ነገር ተረት ሆኗል። ቢሆንም የካቲት 6 አዳራሹ ሄጄ በዚህ ጊዜ ምን እንደሚሉ እሰማለሁ።",
    "Eskie", "eskie.addis.90@gmail.com", "https://betfetan.top/register?ref=ESKIE53" },
  { "ባለፈው ዓመት በመጀመሪያው ምዕራፍ ቁፋሮ የጎረቤቴ ቤት ግድግዳ ተሰነጠቀ፣ ጣሪያውም ማፍሰስ ጀመረ። እኛ ቤታችንን ከክረምቱ በፊት በውሃ መከላከያ ቀለም አሳድሰን አንድ ጠብታ "
    "አላስገባም። እዚህ ይመልከቱ፦ <a href=\"https://addis-waterproof.shop/offer?ref=shola53\">ርካሽ የጣሪያ ውሃ መከላከያ አዲስ አበባ</a>፣ "
    "እስከ መጋቢት 30% ቅናሽ።",
    "Rahel Abebe", "rahel.abebe.addis@gmail.com", NULL },
  { "So happy to see Addis finally getting proper walkways and a bus lane, I grew up near Megenagna and still come "
    "home every Timket. A tip for the families being moved: the DV-2029 lottery and Canada Express Entry are open "
    "now, and our office in DC guarantees a complete, error-free application with priority processing for US$ 180, "
    "paid to our agent in Bole by telebirr or CBE. Don't miss it like I almost did. Telegram @dv_canada_express_et "
    "or dv-canada-express.example",
    "Helen Desta | DV Express", "helen@dv-canada-express.example", NULL },
  { "የወ/ሮ ጫልቱ ቃል ልቤን ነካው፣ ጉሊት ላይ የሚሸጡትን ማንም አያስባቸውም። እኔም ሱቄ በልማቱ ሊፈርስ ነው ብዬ ተጨንቄ ነበር፣ ከዚያ ከጎጃም የመጡት እማሆይ ጽጌ ጠበል "
    "ረጭተው ጸለዩልኝ፦ ካሳዬ በሁለት ሳምንት ወጣ፣ የተጣላሁት ባለቤቴም ወደ ቤት ተመለሰ። ለንግድ፣ ለትዳር፣ ለቡዳና ለመተት ይሠራሉ። ይደውሉላቸው፦ ዜሮ ዘጠኝ፣ ሃምሳ አምስት፣ "
    "731 826።",
    "Tsehay Worku", "tsehayworku.addis@gmail.com", NULL },
  { "ካሳው እንደተለመደው ይዘገያል፣ መንግሥት ነው። የሾላ ነጋዴዎች ደግሞ ከመጋቢት ጀምሮ ገንዘብ ያስፈልጋቸዋል። እኔ «ሸገር ጎልድ ዲጂታል እቁብ» ውስጥ ከገባሁ 5 ወር ሆነኝ፦ "
    "በ2,000 ብር ትገባላችሁ፣ በ10 ቀን 6,000 ብር ይደርሳችኋል፣ ወለድ የለም ባንክ የለም። እስካሁን አራት ጊዜ ደርሶኛል። የቴሌግራም ግሩፑን ተቀላቀሉ፦ "
    "t.me/ShegerGoldEqub",
    "Etenesh Kebede", "eteneshkebede.equb@gmail.com", NULL },
  { "Le Shola bet lemifersubachew beteseboch: 10 wer yemiyaqatlew avoora ena chachata alchalachihum kale, CMC "
    "akababi furnished 2 bedroom apartment alegn, hot water ena wifi alew, 28,000 birr be wer. Ene America new "
    "yemnorew, yewendim lije key yesetachihual 3 wer deposit be telebirr kaskemetachihu buhala. Telegram/WhatsApp: "
    "09 sebat 3 418 025, Ato Solomon.",
    "Solomon Ayele", "solomon.ayele.usa@gmail.com", NULL },
  { "ብዙ አቧራና ጫጫታ ይጠብቀናል፣ በሰዓቱ ቢያልቅ ጥሩ ነበር። እስከዚያው ግን አንድ ነገር ልንገራችሁ፦ እኔ ከቤቴ ሆኜ የዩቲዩብና የቲክቶክ ቪዲዮዎችን «ላይክ» በማድረግ በቀን "
    "1,500 ብር አገኛለሁ፣ ክፍያው ወዲያው በቴሌብር ይገባል። ስልክ ብቻ ይበቃል። የኔን አስተባባሪ በቴሌግራም @hanna_tasks_et ላይ አናግሯት፣ «ከቤቲ ነው የመጣሁት» "
    "በሉ 👍",
    "Betelhem Assefa", "betiassefa2001@gmail.com", NULL },
  { "መንገዱ ሲዘጋ የሾላ ነጋዴዎች በሌላ መንገድ መሸጥ ይኖርባቸዋል፣ መልካም ዕድል። በቴሌግራምና በቲክቶክ ለመሸጥ ስልክ ለምትፈልጉ፦ iPhone 15 እና Samsung S24 "
    "ከጉምሩክ ሐራጅ የተገኙ፣ ያልተከፈቱ፣ በግማሽ ዋጋ። 50% ቅድሚያ በቴሌብር ወይም በCBE Birr፣ በመላው አዲስ አበባ እናደርሳለን። <a "
    "href=\"https://gumruk-haraj-phones.shop\">ርካሽ የሐራጅ ስልኮች</a> ይደውሉ 09l2 O8 5563።",
    "Haraj Phones Addis", "harajphones.addis@gmail.com", NULL },
  { "Maatiin 37 manneen isaanii diigamuuf jiran rakkoo guddaa keessa jiru, daa'imman isaanii mana barumsaa irraa "
    "hafuu danda'u. Nuti «Waldaa Gargaarsa Sholaa» irraa uffata, nyaataa fi meeshaa barumsaa walitti qabaa jirra. "
    "Gargaaruu yoo barbaaddan, maallaqa keessan telebirr 0948 263 117 (Margaa D.)-tti ergaa. የማኅበሩ የባንክ ሒሳብ ወደፊት "
    "ይከፈታል። Galatoomaa 🙏",
    "Waldaa Gargaarsa Sholaa", "waldaagargaarsasholaa@gmail.com", NULL },
  { "መንገዱ ሰፊ የእግረኛ መንገድ ካለው ውሻ ይዞ መንሸራሸር ያምራል 🐶 ወደ ውጭ ስለምሄድ የጀርመን ሼፐርድ ቡችሎችን በነፃ ለጉዲፈቻ እሰጣለሁ፣ ክትባት የወሰዱ ናቸው። ከሐዋሳ "
    "የሚላኩበትን የትራንስፖርት 3,500 ብር ብቻ በቴሌብር ትከፍላላችሁ። Telegram/WhatsApp +251 916 540 882፣ ሁለት ብቻ ቀርተዋል።",
    "Saron Tekle", "saron.tekle.pets@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "ለወላጆቻችንና ለአያቶቻችን፦ የከተማ አስተዳደሩ ለኮሪደሩ ካሳ ገንዘብ፣ የቴሌብር PIN ወይም የባንክ የይለፍ ቃል በፍጹም አይጠይቅም። እንግዳ መልዕክት ከደረሳችሁ፦ ፖሊስ "
    "991፣ የኮሪደር ጽ/ቤቱ ነፃ የስልክ መስመር 7075። ገንዘብ ልካችሁ ከሆነ ወዲያው ቴሌብርን በ127፣ ንግድ ባንክን በ951 ደውላችሁ ግብይቱን አሳግዱ፣ በአቅራቢያችሁ "
    "ፖሊስ ጣቢያም አመልክቱ። Namni kamiyyuu maallaqa yoo isin gaafate, hin erginaa!",
    "Selamawit Getachew", "selamawit.getachew@gmail.com", NULL },
  { "ውድ ደንበኞቻችን፣ እኔ ወ/ሮ አልማዝ ነኝ፤ ሾላ ገበያ ዋናው መንገድ ላይ «የእማማ አልማዝ ሽሮ ቤት»ን ለ16 ዓመት ይዤ ነበር። ቤቱ የካቲት 22 ይፈርሳል፣ ከመጋቢት 1 "
    "ጀምሮ ከሾላ ጤና ጣቢያ ጀርባ፣ የወረዳ 7 ወጣቶች ማዕከል አጠገብ ታገኙናላችሁ። ስልኬ ያው ነው፦ 0911 47 26 83። ዋጋም አልጨመርንም፣ ሽሮና በያይነቱ 120 ብር። "
    "እንጠብቃችኋለን! 🍲",
    "Almaz Desta", "almazdesta.shiro@gmail.com", NULL },
  { "የየካ ክፍለ ከተማ ኮሙኒኬሽን ጽ/ቤት ማሳሰቢያ፦ ስለ ሾላ ገበያ ኮሪደር ልማት ትክክለኛው መረጃ https://www.addisababa.gov.et/corridor/shola ላይ "
    "ይገኛል፦ የመንገዱ ፕላን፣ የሥራ መርሐ ግብር (ከየካቲት 22 ቀን 2019 እስከ ታኅሣሥ 20 ቀን 2020 ዓ.ም.)፣ የአንበሳና የሸገር አውቶቡሶችና የታክሲዎች አማራጭ "
    "መስመር በኮተቤ መንገድ፣ የ214ቱ ሱቆች ዝርዝርና የካሳ ማመልከቻ ቅጽ (180,000 ብር የመልሶ ማቋቋሚያ)። ማመልከቻ እስከ ዓርብ የካቲት 19 ቀን 2019 ዓ.ም.፣ "
    "ያለምንም ክፍያ። የሕዝብ ውይይት፦ ቅዳሜ የካቲት 6፣ ከቀኑ 9 ሰዓት፣ የክፍለ ከተማው አዳራሽ። ነፃ የስልክ መስመር፦ 7075።",
    "የየካ ክፍለ ከተማ ኮሙኒኬሽን", "communication@yeka.addisababa.gov.et", "https://www.addisababa.gov.et" },
  { "ሒሳቡን ሠራሁት። 2.38 ቢሊዮን ብር ÷ 1,600 ሜትር = በሜትር 1,487,500 ብር። የካሳው ጠቅላላ፦ 214 ሱቅ × 180,000 ብር = 38,520,000 ብር፣ ማለትም "
    "ከፕሮጀክቱ 1.6% ብቻ። አቶ ጌታቸው እንዳሉት ኪራይ በወር 60,000 ብር ከሆነ 180,000 ብሩ የሚሸፍነው 3 ወር ብቻ ነው፣ ግንባታው ደግሞ 10 ወር ይፈጃል። ቢያንስ "
    "የ7 ወር፣ ማለትም 420,000 ብር ክፍተት አለ።",
    "Biruk Tsegaye", "biruk.tsegaye@gmail.com", NULL },
  { "ተጠንቀቁ፣ ጀምረዋል። ለአባቴ ትናንት ይሄ SMS መጣ፦ «AA CITY ADMIN: Your shop is approved for Shola corridor compensation of "
    "ETB 180,000. Confirm your details before 20/02: shola-kasa.addisababa-gov-et.site»። ገጹ የቴሌብር PIN እና የCBE የይለፍ "
    "ቃል ይጠይቃል። ማጭበርበር ነው፦ ብቸኛው ድረ-ገጽ addisababa.gov.et ነው፣ ማመልከቻውም በወረዳ 7 ጽ/ቤት በነፃ ይቀርባል።",
    "Feven Haile", "feven.haile@yahoo.com", NULL },
  { "የሾላ ገበያ ነጋዴዎች ዕድር ማሳሰቢያ፦ ሱቃቸው የሚፈርስባቸው አባላት ወደ ሌላ ቦታ ብትዛወሩም አባልነታችሁ ይቀጥላል፣ ወርሃዊ መዋጮውም (100 ብር) አልተቀየረም። የዕድሩ "
    "ስብሰባ እሑድ የካቲት 7 ከቀኑ 8 ሰዓት በሾላ ቅዱስ ሚካኤል ቤተ ክርስቲያን አዳራሽ ይካሄዳል። ለጥያቄ ጸሐፊውን አቶ ተስፋዬ ሞገስን በ0911 63 08 52 ያግኙ። ዕድሩ "
    "በቴሌግራም ወይም በስልክ ገንዘብ አይጠይቅም፤ መዋጮ የሚከፈለው በስብሰባው ላይ በደረሰኝ ብቻ ነው።",
    "Tesfaye Moges", "tesfaye.moges@ethionet.et", NULL },
  { "በአዲስ አበባ ጠበቃ ነኝ፣ አስተያየቶቹ ላይ የማየውን ላብራራ። ካሳው የሚወሰነው በአዋጅ ቁጥር 1161/2011 መሠረት በክፍለ ከተማው የንብረት ግምት ኮሚቴ ነው፤ ካሳውን "
    "የሚያፋጥን «ደላላ» ወይም «አስፈጻሚ» የለም። የንግድ ፈቃድ ያላቸው የሱቅ ባለቤቶች ብቻ ሳይሆኑ ሕጋዊ ተከራዮችም የመልሶ ማቋቋም ድጋፍ የመጠየቅ መብት አላቸው፣ የጉሊት "
    "ነጋዴዎችም በጽሑፍ ማመልከት ይችላሉ። በግምቱ ካልተስማማችሁ ለቅሬታ ሰሚ አካል፣ ከዚያም ለፍርድ ቤት ማቅረብ ትችላላችሁ። ማመልከቻ ለማቅረብ ማንም ምንም አይከፍልም።",
    "Meron Assefa", "meron.assefa.law@gmail.com", NULL },
  { "የሾላ ደብረ ሰላም ቅዱስ ሚካኤል ቤተ ክርስቲያን ሰበካ ጉባኤ ማስታወቂያ፦ ቤታቸው ለሚፈርስባቸው 37 ቤተሰቦች ጊዜያዊ የቤት ኪራይና የልጆች የትምህርት ቁሳቁስ ማሰባሰብ "
    "ጀምረናል። ድጋፋችሁን በቤተ ክርስቲያኑ ስም በተከፈተው የኢትዮጵያ ንግድ ባንክ ሒሳብ ቁጥር 1000234817653 (ሾላ ቅርንጫፍ) ማስገባት ትችላላችሁ፤ በቤተ ክርስቲያኑ "
    "ጽ/ቤት ሕጋዊ ደረሰኝ ይሰጣል። ገንዘብ በግለሰብ ስምም ሆነ በቴሌብር አንቀበልም።",
    "Shola Kidus Mikael Sebeka Gubae", "sholamikael.sebeka@gmail.com", NULL },
  { "I'm an urban planner in Addis and I think the bus lane matters more than the width. The Megenagna–Shola "
    "stretch carries some of the heaviest minibus and Anbessa traffic in the city, and a separated lane could cut "
    "rush-hour trips a lot. But a corridor that pushes out 214 small traders and the gulit sellers without a place "
    "nearby just moves the market into the next street. The new market building should be finished before a single "
    "shop comes down. The city's plans are at https://www.addisababa.gov.et if anyone wants to check the drawings "
    "before the 13 February consultation.",
    "Hana Wondimu", "hana.wondimu@aau.edu.et", NULL },
  { "በየካ ክፍለ ከተማ ጤና ጣቢያ ሐኪም ነኝ። ባለፈው ዓመት የመጀመሪያው ምዕራፍ ቁፋሮ ሲካሄድ የአስም፣ የሳልና የዓይን ሕመም ያለባቸው ሕፃናትና አረጋውያን በብዛት መጥተውብን "
    "ነበር። ልማቱን እደግፋለሁ፣ ግን በግንባታው ወራት መንገዱ በየቀኑ ውሃ እንዲረጭና የአፈር ክምሩ እንዲሸፈን እጠይቃለሁ፤ በበጋው ወራት አቧራው ለልጆች ከባድ ነው።",
    "Mekdes Worku", "mekdes.worku.md@gmail.com", NULL },
  { "Akkam jirtu. Ani sagantaa «Sagalee Ummataa» irratti gabaasaa dha, Raadiyoo Finfinnee Bilisummaa FM 94.7, "
    "guyyaa guyyaan ganama sa'aatii 12:00 hanga 1:00tti. Boru oduu kana Afaan Oromootiin nan dubbisa: Daandiin "
    "Gabaa Sholaa Bitootessa 1 irraa eegalee ni cufama, iyyannoon beenyaa Guraandhala 26 dura bilisaan galmaa'a, "
    "lakkoofsi bilbilaa bilisaa 7075. Warri Amaariffaa hin dubbanne dhaggeeffadhaa, maatiitti himaa.",
    "Gemechis Bulti", "gemechis.bulti@gmail.com", NULL },
  { "ሃሃሃ ይሄ የአስተያየት መስጫ ገበያ ሆኗል 😂 ሁሉም አለ፦ የጎጃሙ አባ፣ የኮንዶሚኒየም «ዕጣ» በ850 ብር፣ ዱባይ ሥራ፣ «ዲጂታል እቁብ»፣ ከሐዋሳ የሚላኩ ቡችሎች፣ የሐራጅ "
    "iPhone፣ ባለቤቱ አሜሪካ ያለ CMC አፓርትመንት… መንገዱ ቢያንስ ሲፈርስ አስቀድሞ ይነግረናል፣ አጭበርባሪዎቹ ግን አይነግሩንም። ለማንም ገንዘብ አትላኩ ወገን።",
    "Dawit Mengistu", "dawit.mengistu@gmail.com", NULL },
};
