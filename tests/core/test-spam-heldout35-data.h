/* test-spam-heldout35-data.h: a thirty-fifth round's comments, under a story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story35: Eskişehir, Turkey, where the metropolitan council votes 34
 * to 21 to raise the price of the subsidised Halk Ekmek loaf (250 g)
 * from 7.5 to 12 lira on 1 April and to close 14 of its 96 kiosks; the
 * municipal company Eskişehir Halk Ekmek A.Ş. bakes about 140,000
 * loaves a day, says flour rose 58 per cent in a year and lost 212
 * million lira in 2025; private bakeries charge 17.5 lira; about 38,000
 * households with a "Kent Destek Kart" keep paying 7.5 lira for two
 * loaves a day, students pay 10 lira on the campuses; the 14 kiosks to
 * close, in Tepebaşı and Odunpazarı, are within 300 metres of a private
 * bakery, and their 22 staff move to other kiosks; a 71-year-old in
 * Gültepe buys three loaves a day; an opposition councillor speaks of a
 * 90 million lira concert stage; the chamber of bakers says 41 bakeries
 * closed in three years; objections until 20 March on the Alo 153 line;
 * a public meeting at the Tepebaşı Culture Centre on Wednesday 18 March
 * at 7pm; TÜİK's 41 per cent for bread and cereals), in two sets, many
 * of them in Turkish, some in Arabic, Indonesian, Polish, Vietnamese,
 * French or German.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a PTT Kargo "parcel held, address missing" notice asking a
 *     24,90 TL redelivery fee at a look-alike address (Turkish);
 *   - a natural gas "last warning" of a cut-off for two unpaid bills,
 *     paid "with 20% off" at a look-alike site (Turkish);
 *   - betting sites with a "deneme bonusu" and an unblocked "güncel
 *     giriş" address (Turkish);
 *   - guaranteed Schengen visa appointments within 7 days, on WhatsApp
 *     (Turkish);
 *   - Instagram, TikTok and YouTube followers for sale, "takipçi satın
 *     al" (Turkish);
 *   - "KW super" 1:1 replica designer bags, cash on delivery, on a
 *     ".shop" and WhatsApp (Indonesian);
 *   - five-star Google Maps reviews sold to bakeries and restaurants,
 *     negative ones removed (English);
 *   - potency pills without a prescription, paid with BLIK (Polish);
 *   - "cộng tác viên" likes-and-reviews work from home on Zalo
 *     (Vietnamese);
 *   - a residence permit and "kimlik" transfer office with a guaranteed
 *     appointment, on WhatsApp (Arabic);
 *   - an app that pays to watch videos, with a referral code (French);
 *   - USDT P2P arbitrage at "3.5% daily" in a Telegram group (English).
 *
 * And twelve readers (desk_genuine):
 *   - a sarcastic line on bread and pensions;
 *   - a daughter on her mother's kiosk in Gültepe and 720 lira a month
 *     (Turkish);
 *   - a pensioner shouting in capitals about the concert stage
 *     (Turkish);
 *   - a student weighing the loss against the campus price, at length;
 *   - a quotation of the company's manager, answered sarcastically;
 *   - a WhatsApp "free bread card" message quoted to warn others
 *     (Turkish);
 *   - the state grain board's site cited for the price of wheat;
 *   - emoji only;
 *   - a reply "@HÜSEYİN ÇELİK" with how to object (Turkish);
 *   - a question to the reporter about the Kent Destek Kart and the
 *     staff;
 *   - a Syrian father of six in Şirintepe (Arabic);
 *   - four words, fed up (Turkish).
 *
 * The second, spam dressed as readers (dressed_spam), in order:
 *   - nostalgia for warm loaves in the 90s under a tester perfume
 *     shop's website;
 *   - a phrase of the story as an HTML anchor to a casino's bonus;
 *   - sympathy for the pensioner turning into a "fund recovery agent"'s
 *     testimonial with a WhatsApp number;
 *   - a language model's "compelling look" summary ending at a food
 *     advisory firm's insights page;
 *   - a couple's five stars for an Odunpazarı food walk with a booking
 *     link and a code;
 *   - a reply to the 71-year-old selling a bread machine at 40% off;
 *   - pen, bead and cologne packaging work from home on WhatsApp
 *     (Turkish);
 *   - a grocery app's referral link for 150 TL off;
 *   - a 1,500 TL "bread support" per household, claimed with a TC
 *     number and a card's number, expiry and code (Turkish);
 *   - a widow from Gültepe, lonely, with private photos on her page
 *     (Turkish);
 *   - a blood sugar supplement after cutting bread, three boxes for one;
 *   - a bakery franchise's "80,000 TL a month" after agreeing with the
 *     bakers' chamber.
 *
 * And twelve readers a naive filter might flag (dressed_genuine):
 *   - a woman with a small börek shop by the tram stop, no link;
 *   - a reader's own hobby blog post with five years of loaf prices;
 *   - the Alo 153 line and the municipality's switchboard given to
 *     help others object (Turkish);
 *   - prices, monthly sums and percentages worked out;
 *   - a 68-year-old in capitals (Turkish);
 *   - two official links, the council's decisions and TÜİK's bulletin;
 *   - the municipality's free app with a map of the kiosks;
 *   - a building's WhatsApp group buying bread for elderly neighbours;
 *   - a long rant that nothing the council gives is "free";
 *   - a son in Cologne on the kiosk in Yenikent (German);
 *   - a reply thanking "@Serkan Uysal" for the 153 tip (Turkish);
 *   - a reader who lost 8,400 lira to a fake refund SMS, warning, no
 *     link and no contact.
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story35 =
  "Eskişehir's metropolitan council voted 34 to 21 on Tuesday night to raise the price of the city's subsidised Halk Ekmek loaf from 7.5 to 12 lira on 1 April, and to close 14 of the 96 kiosks that sell it, the first rise in the price of the municipal bread in two years.\n\n"
  "The bread is baked by the municipality's own company, Eskişehir Halk Ekmek A.Ş., which makes about 140,000 loaves a day at its plant in the Organised Industrial Zone. The company says the flour it buys has risen 58 per cent in a year and that it lost 212 million lira in 2025, which the council covered from its budget. \"We sell a 250-gram loaf for less than it costs us to bake it,\" said its general manager, Levent Özkaya. \"At 12 lira we still lose money on every loaf, just less.\" A loaf of the same weight costs 17.5 lira at private bakeries, at the price set by the province's bread commission.\n\n"
  "About 38,000 households that hold the municipality's social assistance card, the Kent Destek Kart, will keep paying 7.5 lira for up to two loaves a day, and students will pay 10 lira at the kiosks on the two university campuses. The 14 kiosks to close, in Tepebaşı and Odunpazarı, are those with a private bakery less than 300 metres away. Their 22 staff will be moved to other kiosks, the company said.\n\n"
  "Nurten Yıldız, 71, buys three loaves every morning at the kiosk in Gültepe for herself and her grandchildren, and has heard it is on the list. \"The next one is across the tram line and up the hill,\" she said. \"In winter I will not be able to make it.\" Cem Arslan, an opposition councillor who voted against, said the council had found 90 million lira for a new concert stage \"but not a lira for bread\", and called the closures \"a favour to the bakers' lobby\".\n\n"
  "The chairman of the Eskişehir Chamber of Bakers, Halil Güven, welcomed the decision. He said 41 neighbourhood bakeries had closed in the city in three years because they could not compete with a loaf sold below cost. \"Nobody is against cheap bread for the poor,\" he said. \"But a factory selling under cost on every corner is not a social policy. It is the end of the baker.\"\n\n"
  "The municipality will publish the list of the 14 kiosks on its website on Friday. Residents may object until 20 March through the Alo 153 line or in writing at the municipality's offices, and the company will hold a public meeting at the Tepebaşı Culture Centre on Wednesday 18 March at 7pm. Prices of bread and cereals in Turkey rose 41 per cent in the year to February, according to the Turkish Statistical Institute (TÜİK).";

static const Comment desk_spam[] = {
  { "PTT KARGO BİLGİLENDİRME: Sayın müşterimiz, TR58241937 numaralı gönderiniz adres bilgilerinin eksik olması nedeniyle Eskişehir dağıtım merkezinde bekletilmektedir. Teslimatın yapılabilmesi için 48 saat içinde adresinizi güncelleyip 24,90 TL yeniden gönderim ücretini ödemeniz gerekmektedir. Aksi halde gönderiniz göndericiye iade edilecektir. Adres güncelleme: https://ptt-kargo-teslimat.info/TR58241937", "PTT Kargo", "bildirim@ptt-kargo-teslimat.info", NULL },
  { "⚠️ SON UYARI – DOĞALGAZ KESİNTİ BİLDİRİMİ ⚠️ 40817265 tesisat numaralı aboneliğinize ait 2 adet fatura (toplam 1.846,30 TL) ödenmemiştir. 17.03.2026 tarihinde saat 10:00'da gaz arzınız kesilecek ve yeniden açma bedeli olarak 2.750 TL tahsil edilecektir. Kesintiyi önlemek için faturanızı bugün %20 indirimle ödeyin: https://esgaz-fatura-ode.com/abone", "Doğalgaz Abone Hizmetleri", "uyari@esgaz-fatura-ode.com", NULL },
  { "🎰 DENEME BONUSU VEREN SİTELER 2026 🎰 Yatırımsız 500 TL deneme bonusu + %100 hoş geldin bonusu! Canlı bahis, slot, rulet, Aviator. Her gün %25 kayıp bonusu, çekimler 5 dakikada Papara ve havale ile. Engelsiz güncel giriş adresi 👉 https://bonusbahis-giris2026.com KOD: YENI500", "Güncel Giriş", "destek@bonusbahis-giris2026.com", "https://bonusbahis-giris2026.com" },
  { "Schengen vizesi için randevu bulamıyor musunuz? 🇩🇪🇮🇹🇫🇷🇳🇱 Almanya, İtalya, Fransa ve Hollanda için 7 gün içinde GARANTİLİ randevu alıyoruz, dosyanızı da biz hazırlıyoruz. Otel rezervasyonu, seyahat sigortası ve banka dökümü dahil. Ret olursa ücret iadesi. Ankara, İstanbul ve İzmir başvuruları. Bilgi ve fiyat için WhatsApp: +90 532 000 47 19", "Vize Randevu Merkezi", "vizerandevu.merkezi@gmail.com", NULL },
  { "Takipçi satın al 🚀 Instagram, TikTok ve YouTube için gerçek ve aktif Türk takipçi! 1.000 takipçi sadece 39 TL, beğeni ve izlenme paketleri 9,90 TL'den başlayan fiyatlarla. Şifre istemiyoruz, 5 dakikada teslimat, düşüş olursa ömür boyu telafi garantisi. En ucuz ve güvenilir takipçi satın alma sitesi: https://takipcimarket-tr.com", "Takipçi Market", "info@takipcimarket-tr.com", "https://takipcimarket-tr.com" },
  { "Jual tas branded KW super premium 1:1 mirip ori 99% 👜 LV, Gucci, Hermes, Prada, Dior lengkap dengan dus, dustbag, kartu dan struk. Harga mulai Rp 450rb, bisa COD seluruh Indonesia dan kirim ke luar negeri. Reseller welcome, diskon 30% untuk pembelian 3 tas. Cek katalog: https://tasbrandedkw-premium.shop atau WA 0812 0000 7731", "Tas KW Premium", "admin@tasbrandedkw-premium.shop", "https://tasbrandedkw-premium.shop" },
  { "Bakery, café or restaurant owner? Your customers check Google before they walk in. ⭐⭐⭐⭐⭐ We post real-looking 5-star Google Maps reviews from aged local accounts with photos, drip-fed so Google never removes them. 10 reviews $35, 50 reviews $150, and we can get your negative reviews taken down too. Works in Turkey, Germany, the UK and the USA. Order now: https://localstar-reviews.net/google-maps", "LocalStar Reviews", "sales@localstar-reviews.net", "https://localstar-reviews.net" },
  { "Tabletki na potencję bez recepty 💊 Kamagra, Cialis, Viagra i Levitra – oryginalne i najtańsze w Polsce. Dyskretna paczka bez nazwy nadawcy, wysyłka w 24h, płatność BLIK lub za pobraniem. Przy zamówieniu powyżej 199 zł dostawa gratis + 10 tabletek w prezencie. Zamów teraz: https://apteka-potencja24.com", "Apteka Potencja24", "zamowienia@apteka-potencja24.com", "https://apteka-potencja24.com" },
  { "TUYỂN CỘNG TÁC VIÊN ONLINE LÀM TẠI NHÀ 📱 Công việc đơn giản: đánh giá sản phẩm, thả tim, theo dõi kênh TikTok Shop. Chỉ cần điện thoại, mỗi ngày 1–2 tiếng, thu nhập 300.000 – 800.000đ/ngày, nhận lương ngay trong ngày. Không cần kinh nghiệm, không thu phí. Ưu tiên mẹ bỉm sữa, sinh viên. Liên hệ Zalo: 0900 000 528 (Chị Ngọc)", "Tuyển Dụng Online", "tuyendung.ctv.online@gmail.com", NULL },
  { "خدمات الإقامة في تركيا 🇹🇷 إقامة سياحية وإقامة عائلية، تجديد الكملك وتحويله إلى إقامة، ونقل القيد بين الولايات (إسطنبول، أنقرة، إسكي شهير) بدون مراجعة دائرة الهجرة. موعد مضمون خلال 10 أيام ونسبة قبول 100%. عقد إيجار ونفوس وتأمين صحي بأسعار مخفضة. للتواصل واتساب: +90 555 000 19 82", "مكتب الأمل للإقامات", "alamal.ikamet@gmail.com", NULL },
  { "Vous cherchez un revenu complémentaire ? 💶 J'ai trouvé une application qui paie vraiment : regardez des vidéos, jouez à des jeux et répondez à des sondages, jusqu'à 50 € par jour versés sur PayPal. Inscription gratuite et 5 € offerts avec mon code parrain GAIN5. Téléchargez-la ici 👉 https://appli-gains-rapides.fr/parrain/GAIN5", "Julie – revenus faciles", "julie.revenus.faciles@gmail.com", "https://appli-gains-rapides.fr" },
  { "💵 USDT P2P ARBITRAGE – 3.5% DAILY, ZERO RISK 💵 Buy USDT cheap on one exchange, sell it higher on another, and our bot does it for you 24/7. Start with just $100, withdraw your profits every day, no trading experience needed. Over 14,000 members are already earning. Join our free signals group on Telegram before it closes: t.me/usdt_arbitrage_pro_signals", "Crypto Arbitrage Pro", "support@usdt-arbitrage.pro", NULL },
};

static const Comment desk_genuine[] = {
  { "Bread up 60%, pensions up \"in line with inflation\". What could possibly go wrong.", "Emre Kaya", "emrekaya.esk@gmail.com", NULL },
  { "Annem 76 yaşında, Gültepe'de oturuyor ve her sabah Halk Ekmek büfesinden iki ekmek alıyor. Büfe kapanırsa en yakın fırın yokuşun başında, kışın buzlu yolda o yokuşu çıkamaz. 12 lira da bir emekli için az para değil, ayda 720 lira sadece ekmeğe gidiyor. Şirket zarar ediyorsa anlarım ama önce hangi büfelerin kapanacağını mahalleliye sorsunlar. Liste cuma günü çıkacakmış, bakalım.", "Zeynep Aktaş", "zeynep.aktas78@gmail.com", NULL },
  { "HALK EKMEK HALKIN EKMEĞİDİR, ŞİRKETİN KÂRI İÇİN DEĞİL! KONSER SAHNESİNE 90 MİLYON VAR, EKMEĞE YOK. 18 MART'TA KÜLTÜR MERKEZİNDE HERKESİ GÖRMEK İSTİYORUM!!!", "HÜSEYİN ÇELİK", "huseyincelik1958@hotmail.com", NULL },
  { "I'm a third-year student and I've bought Halk Ekmek almost every day since I moved here. I get that a company can't lose 212 million lira a year forever, and 10 lira on campus is still fine for those of us who live in the dorms. But most students rent flats in Tepebaşı because the dorms are full, and the kiosk on our street is exactly the kind that's \"300 metres from a private bakery\". That bakery charges 17.5 for the same loaf. So the discount helps the students who need it least, and the ones paying rent lose their kiosk. I'd like to see the list before anyone tells me this is fair.", "Deniz Şahin", "deniz.sahin.ogu@outlook.com", NULL },
  { "\"At 12 lira we still lose money on every loaf, just less.\" So next year it's 18, and the year after that 25? Tell us the plan, not the slogan.", "Burak Yılmaz", "burakyilmaz.26@gmail.com", NULL },
  { "Arkadaşlar dikkat! Annemin WhatsApp'ına şu mesaj geldi: \"Eskişehir Büyükşehir Belediyesi Halk Ekmek zammından etkilenen ailelere 3 ay ÜCRETSİZ EKMEK KARTI veriyor. Başvuru için TC kimlik numaranızı, IBAN'ınızı ve e-Devlet şifrenizi girin: halkekmek-kart-basvuru.com\". Bu DOLANDIRICILIK. Haberde böyle bir kart yok, belediye e-Devlet şifrenizi asla istemez. Tıklamayın, yaşlılarımıza da söyleyin.", "Elif Demir", "elifdemir.esk@gmail.com", NULL },
  { "For those saying the company made up the flour figure: the state grain board publishes the price it sells bread wheat to mills at, with every change, in its announcements at https://www.tmo.gov.tr . Check it before calling it a lie. Whatever you think of closing the kiosks, 58% in a year is not far off.", "Kemal Öztürk", "kemal.ozturk.agr@gmail.com", NULL },
  { "🍞➡️💸😤", "Ece", "ece.k.2004@gmail.com", NULL },
  { "@HÜSEYİN ÇELİK Haklısınız ama bağırarak bir şey değişmiyor. İtiraz 20 Mart'a kadar: 153'ü arayıp büfenin mahallesini söyleyin. Ne kadar çok kişi ararsa o kadar iyi, geçen sene otobüs hattında da böyle geri adım attılar.", "Selin Korkmaz", "selinkorkmaz@yahoo.com", NULL },
  { "Question for the reporter: does the 7.5 lira price for Kent Destek Kart holders apply at every kiosk, or only at the ones that stay open? And will the 22 staff who are moved keep the same hours and pay?", "Aylin Güneş", "aylin.gunes@gmail.com", NULL },
  { "أنا سوري وأسكن في حي شيرين تبه منذ ثماني سنوات، وخبز البلدية هو الخبز الوحيد الذي نقدر عليه لعائلة من ستة أشخاص. إذا أُغلق الكشك القريب منا فسنمشي نصف ساعة كل صباح. أتمنى أن يبقى سعر بطاقة الدعم كما هو وأن تشمل العائلات الكبيرة بأكثر من رغيفين.", "أبو خالد", "abukhaled.esk@gmail.com", NULL },
  { "Zam üstüne zam. Yeter.", "Ahmet", "ahmet.e26@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Reading this took me straight back to the 90s in Eskişehir, when my grandfather sent me to the Halk Ekmek kiosk every morning and the loaves were still warm in the paper bag. I ate the crust on the way home every single time. Such a shame if the kiosks disappear.", "Deniz Arıkan", "deniz.arikan@parfum-outlet-tr.shop", "https://parfum-outlet-tr.shop/erkek-tester-parfum" },
  { "Honestly about time. <a href=\"https://yeni-casino-siteleri.bet/hosgeldin-bonusu\">the first rise in the price of the municipal bread in two years</a> while everything else doubled, nobody can run a bakery like that.", "Okan", "okan.1990.esk@gmail.com", NULL },
  { "My heart goes out to pensioners like Mrs Yıldız. People on a small income are always the first to suffer, and the scammers know it too. Last year I lost 340,000 lira of my retirement savings to a fake gold trading app and I thought it was gone forever. A friend put me in touch with Agent Daniel Roberts, a certified fund recovery specialist, and within 3 weeks every kuruş was back in my account. If anyone here has lost money online, message him on WhatsApp +44 7700 900318 and tell him Margaret sent you. God bless him 🙏", "Margaret Öztürk", "margaret.ozturk56@gmail.com", NULL },
  { "This article offers a compelling look at how municipalities navigate the tension between affordability and financial sustainability in essential services. Eskişehir's decision to raise the Halk Ekmek price while protecting vulnerable households through targeted discounts reflects a broader shift toward data-driven subsidy models. At the same time, the kiosk closures raise important questions about accessibility, community impact and the evolving role of public enterprises in local food systems. Striking the right balance will require careful stakeholder engagement and transparent communication. Ultimately, the outcome may offer valuable lessons for cities worldwide. At Harvestline Advisory, we help public food enterprises optimise pricing and distribution: https://harvestline-advisory.com/insights/municipal-food-subsidies", "Olivia Carter", "olivia@harvestline-advisory.com", "https://harvestline-advisory.com" },
  { "We did the \"Taste of Odunpazarı\" food walk last month and it was the best thing we did in Turkey! ⭐⭐⭐⭐⭐ Çiğ börek, met helvası, a warm Halk Ekmek straight from the kiosk and Turkish coffee by the Porsuk. Our guide Emre even showed us an old wood-fired bakery. Skip the big tour sites and book direct on their page for 15% off with code TASTE15: https://odunpazari-foodwalks.com/book", "Sarah & Tom", "sarahtom.wanderlust@gmail.com", NULL },
  { "@Nurten Yıldız nobody should have to climb a hill for bread at 71! My mother is 74 and she bakes her own every morning with the BreadMaster Pro 2000: flour, water, yeast, one button, and a warm loaf costs her about 4 lira. This week it's 40% off with free delivery anywhere in Turkey: https://breadmaster-turkiye.com/firsat", "BreadMaster Türkiye", "satis@breadmaster-turkiye.com", "https://breadmaster-turkiye.com" },
  { "Büfede çalışan 22 kişiye çok üzüldüm 😔 Ek gelir arayan ev hanımları ve emekliler için: evden kalem, boncuk ve kolonya paketleme işi var, malzeme kargoyla adresinize geliyor, paketleyip geri gönderiyorsunuz. Haftalık 6.000 – 9.000 TL kazanç, tecrübe gerekmez. Başvuru için WhatsApp'tan yazın: +90 541 000 62 08 📦", "Hatice Erdem", "hatice.erdem.isler@gmail.com", NULL },
  { "With bread at 12 lira every kuruş counts 😅 I stopped doing my shopping at the market, I order everything from the MarketGo app now and it's cheaper than the supermarket. Sign up with my link and you get 150 TL off your first order (and I get a little something too 🙈): https://marketgo.app.link/invite/SEDA150", "Seda", "seda.k.esk@gmail.com", NULL },
  { "ESKİŞEHİRLİLER DİKKAT: Ekmek zammı nedeniyle Büyükşehir her haneye 1.500 TL EKMEK DESTEĞİ ödüyor! Ben dün başvurdum, para bugün kartıma yattı. TC kimlik numaranızı, kart numaranızı, son kullanma tarihini ve arkasındaki 3 haneli kodu girerek başvurun, kontenjan sınırlı: https://ekmek-destegi-eskisehir.com 🙏 Paylaşın herkes faydalansın.", "Eskişehirli Anne", "eskisehirlianne26@gmail.com", NULL },
  { "Ben de Gültepe'de oturuyorum, her sabah o büfeden ekmek alırdım... Eşimi kaybettiğimden beri sabahları evden çıkmak için tek sebebim o kısa yürüyüştü 😔 Çok yalnızım. Benimle sohbet edecek, bir kahve içecek düzgün bir beyefendi varsa özel fotoğraflarımı sayfama koydum, sadece gerçekten tanışmak isteyenler için 💋 https://yalniz-kalpler.love/gulay", "Gülay 🌹", "gulay.yalniz.kalp@gmail.com", "https://yalniz-kalpler.love" },
  { "Honestly the price rise was the push I needed to cut down on white bread. My doctor told me my blood sugar was pre-diabetic, and since I started GlikoDenge capsules with cinnamon and bitter melon my fasting sugar went from 128 to 94 in 5 weeks, no more cravings after dinner. 100% natural, no side effects. Today only 3 boxes for the price of 1, pay at the door: https://glikodenge-resmi.com/siparis 💚", "Filiz Koç", "filiz.koc.1967@gmail.com", NULL },
  { "The chamber is right, private bakeries are the future anyway. If anyone here has ever dreamt of their own bakery: with the TazeFırın franchise you open with ready dough delivered every morning, no baker's experience needed, and our partners earn 80,000 TL a month on average. Only 3 locations left in Eskişehir. Get the free franchise file: https://tazefirin-bayilik.com/eskisehir", "Murat Akın", "murat.akin@tazefirin-bayilik.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "I have a small börek shop by the Sultandere tram stop, seven years now, just me and my sister. People think we private shops are happy about this, but half my customers are pensioners who buy their Halk Ekmek at the kiosk next door and then a börek from me. If the kiosk closes they won't come down this street at all. I'm not raising my prices this spring, whatever the flour costs.", "Sevgi Uçar", "sevgi.ucar.esk@gmail.com", NULL },
  { "I've written down the price of a Halk Ekmek loaf and of the same loaf at my corner bakery every month since 2021, just as a hobby. I put the whole table and a chart on my blog so people can see the gap for themselves: https://ekmekgunlugu.wordpress.com/2026/03/10/halk-ekmek-fiyat-tablosu/ No ads, nothing to sell, just the numbers.", "Orhan Başar", "orhan.basar@yahoo.com", "https://ekmekgunlugu.wordpress.com" },
  { "Büfesi kapanacak olanlar için: itiraz 20 Mart'a kadar Alo 153 Çözüm Merkezi'nden yapılıyor, 7/24 açık. Hangi büfe olduğunu ve mahallenizi söyleyin, size bir başvuru numarası veriyorlar. 153'e ulaşamayan belediyenin santralini (0222 000 15 53) arayıp Halk Ekmek birimini isteyebilir. Ben dün aradım, 5 dakika sürdü.", "Serkan Uysal", "serkan.uysal@gmail.com", NULL },
  { "Some maths: 7.5 to 12 lira is a 60% rise. The private loaf at 17.5 is still 46% more than the new price. Two loaves a day is 450 lira a month at the old price, 720 at the new one and 1,050 at a private bakery. On a 16,000 lira pension that's 4.5% of it on bread alone. And the Kent Destek Kart keeps 7.5 for two loaves only; a family of five eats four.", "Cengiz Avcı", "cengiz.avci@outlook.com", NULL },
  { "BEN 68 YAŞINDAYIM, 40 YIL BU ŞEHİRDE ÇALIŞTIM. EMEKLİ MAAŞIYLA GÜNDE 36 LİRA EKMEĞE VERİLMEZ. BELEDİYE BAŞKANI BİR SABAH GELSİN BÜFE KUYRUĞUNDA BEKLESİN, SONRA KARAR VERSİN.", "İSMAİL ARSLAN", "ismailarslan1958@hotmail.com", NULL },
  { "Anyone who wants to check the numbers rather than shout: the council's decisions are published at https://www.eskisehir.bel.tr/meclis-kararlari and TÜİK's inflation bulletin, with bread and cereals as a separate line, is at https://data.tuik.gov.tr/Kategori/GetKategori?p=enflasyon-ve-fiyat-106 . The 41% in the story is there.", "Gökhan Yurt", "gokhan.yurt@outlook.com", NULL },
  { "For those asking where the nearest open kiosk will be: the municipality's free Eskişehir Cep app has a Halk Ekmek map with every kiosk and its opening hours. The help desk told me it will be updated after the 31st. No sign-up needed, and your bus and tram times are in there too.", "Tuba Kara", "tubakara.esk@gmail.com", NULL },
  { "In our building's WhatsApp group we've already agreed: whoever goes down to the kiosk in the morning buys for the three elderly neighbours on the top floor too, and we settle up on Sundays. If your kiosk is on the list, try the same in your street's group.", "Merve Aslan", "merve.aslan91@gmail.com", NULL },
  { "Everybody in here is talking as if bread used to be free. It was never free. We paid for it with our taxes: the council covered 212 million lira last year, and that's our money. Nothing the municipality gives is free. The free concerts, the free Wi-Fi in the parks, the free rides, someone pays for all of it. I'm not against any of it, I'm against being told we can't afford bread in the same year they build a new concert stage. Put the list of everything that's \"free\" next to what it costs, put the bread beside it, and let the people choose. Until then, don't lecture pensioners about sustainability.", "Tarık Ekinci", "tarik.ekinci@gmail.com", NULL },
  { "Meine Eltern wohnen seit 30 Jahren in Eskişehir, ich lebe in Köln. Wenn ich zu Besuch bin, hole ich morgens immer das Halk Ekmek am Kiosk, für mich gehört das zur Stadt. 12 Lira sind umgerechnet weniger als 30 Cent, aber für die Rentner dort ist das viel Geld. Hoffentlich bleibt der Kiosk in Yenikent offen.", "Aylin Yıldırım", "aylin.yildirim@web.de", NULL },
  { "@Serkan Uysal çok teşekkürler! 153'ü aradım, annemin büfesi için itiraz kaydı açtılar ve başvuru numarasını verdiler. Herkes arasın.", "Esra Polat", "esrapolat.84@gmail.com", NULL },
  { "Be careful with anything about \"bread support\" or \"kiosk cards\" in the next weeks. Two years ago, after the water price rise, I got an SMS saying the water company owed me a refund. I typed my card into the page and 8,400 lira was gone in ten minutes. The bank gave back nothing because I had entered the code myself. The council never sends money by SMS.", "Nilgün Keskin", "nilgun.keskin@yahoo.com", NULL },
};
