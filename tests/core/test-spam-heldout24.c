/* test-spam-heldout24.c: the spam filter against a twenty-fourth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eighty comments written before the twenty-fourth round read the
 * rules, under an ordinary local story, "City to replace 40-year-old
 * water mains; bills to rise 6%", in the languages the earlier sets
 * used least: Hindi, Urdu, Bengali, Tamil, Vietnamese, Thai, Korean,
 * Japanese, Chinese (simplified and traditional), Indonesian, Malay,
 * Filipino, Swahili, Turkish, Polish, Dutch, Italian, Greek, Romanian,
 * Ukrainian, Hebrew and Persian.
 *
 * Thirty-five spam of the everyday kinds: satta matka, togel, 토토, a
 * casino in Macau's and Taiwan's words, slots, sports betting, loans,
 * crypto and forex with a WhatsApp, Telegram, LINE, KakaoTalk or Zalo
 * contact, pills, backlinks, work from home, dating, praise with a link
 * or with only a website field, a fake help line, replica goods; some
 * in Hinglish and romanised Urdu, some with the link spelt ("dot com",
 * "chấm com"). Forty-five readers: bills, money and percentages, the
 * council's help line, links to the city's site and to newspapers, a
 * reader's own bakery, sweet shop, dry cleaner's and eatery, religious
 * greetings, long angry posts in capitals, replies and emoji; a few in
 * English from India and the Philippines.
 *
 * Untrained, before any change, the filter caught 22 of the 35 and
 * flagged none of the 45: that is the held-out figure. It missed
 * thirteen: the Hindi satta matka with its site (0.49: "looks like a
 * shop", 1 link), the Hinglish "sattaking007 dot in" (0.35: "satta
 * king" suspect; the spelt ".in" not read), a Malay loan with a
 * WhatsApp name and number (0.45: own messenger only), a Korean loan
 * with a KakaoTalk id (0.00), an Italian "lavora da casa" with its site
 * (0.15: 1 link), an Urdu crypto "account manager" on Telegram (0.35:
 * "crypto"), a Korean 토토 site with a KakaoTalk id (0.00), a
 * traditional Chinese 賭場 with a LINE id (0.00), Polish potency pills
 * "bez recepty" with their shop (0.15: 1 link), a Hebrew and a Hindi
 * fake water-bill help line (0.00 each), Vietnamese praise from a
 * keyword author with only a website field (0.35) and Filipino praise
 * with only a loan site in the website field (0.40). The caught scored
 * 0.55 to 0.98, the lowest a Japanese LINE forex advert and Indonesian
 * potency pills with a WA number (0.55 each). Readers scored at most
 * 0.15 (one link each: the Polish, Dutch and Romanian cities' sites,
 * Kathimerini, a bakery's own site, a reply with Yokohama's site).
 *
 * The round's rules are kinds, each in the file it belongs to. A
 * messenger ID as Korean and Chinese adverts label it: a word of asking
 * ("문의", "상담") or "ID"/"아이디" between KakaoTalk's name and the ID,
 * Chinese "加LINE：@…" (add LINE), a handle's "@" (ruses.c). A fake help
 * desk in Hindi and Hebrew ("कस्टमर केयर … कॉल करें … रिफंड", "שירות
 * לקוחות … החזר כספי … התקשרו"), unless the reader rang ("मैंने",
 * "התקשרתי"); a city's corporation or water board named in Hindi or
 * Urdu is a public help line, as a charity's is (ruses.c). A web
 * address spelt out under the endings of South Asia's, the
 * Philippines', Vietnam's and East Africa's sites ("dot pk", "dot ph"),
 * and under "in", "id", "my", "it" after a name with a digit,
 * "sattaking007 dot in" (disguise.c). Satta in Devanagari, Urdu and
 * Bengali letters and Malay's personal loans on the suspect list; male
 * potency's "sinh lý nam" and "obat kuat" inside a host (patterns.c).
 * Potency pills named by their kind in Polish, Dutch, Italian,
 * Indonesian and Vietnamese, and a reader's word for a scam in the
 * round's languages ("oszustwo", "penipuan", "lừa đảo", "απάτη") as a
 * warning (trades.c). Filipino praise (reach.c). Trading and "earned"
 * in Urdu and Hindi for the mentor rule (bait.c). With them the set is
 * 34 of 35 and 0 of 45: the twelve caught score 0.50 (the two help
 * desks) to 0.73 (the Vietnamese keyword author); readers at most 0.15,
 * as before.
 *
 * Not caught: the Italian "lavora da casa" (spam_since below: caught
 * since the twenty-fifth round, 0.57).
 *
 * Earlier sets, with all of the round's rules: no score crossed 0.5 and
 * no reader moved; five spam rose (heldout10's and heldout17's Thai
 * LINE adverts, 0.89 → 0.95 and 0.55 → 0.80: "แอดไลน์ @slotpg99" now
 * also reads as a LINE ID, its "@" skipped); the later five's rules
 * (digits of Indic scripts and Thai, dating words) moved no earlier
 * score. No new reason string.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  /* satta matka, Hindi and Hinglish, the site spelt */
  { "सट्टा मटका का सबसे तेज़ रिज़ल्ट यहाँ देखें! कल्याण मटका, पक्का गेम, 100% फिक्स जोड़ी। अभी जुड़ें: https://sattamatka-kalyan.in",
    "Satta King", "sattaking786@gmail.com", NULL },
  { "Satta king ka fast result sirf yahan, Gali Desawar Faridabad ka leak number pakka! Visit karo sattaking007 dot in",
    "Satta King 007", "sattaking007@gmail.com", NULL },
  /* loans, Hinglish, Tamil, Malay, Korean */
  { "Bhai paani ke bill ki tension mat lo, instant personal loan 5 minute me, bina CIBIL score ke. WhatsApp karo +91 98765 43210",
    "Rahul Finance", "rahulfinance.loan@gmail.com", NULL },
  { "உடனடி கடன் 10 நிமிடத்தில்! ஆவணங்கள் தேவையில்லை, குறைந்த வட்டி. WhatsApp செய்யுங்கள் +91 90031 22334",
    "Quick Loan Chennai", "quickloan.chennai@gmail.com", NULL },
  { "Pinjaman peribadi segera tanpa penjamin, lulus dalam 24 jam, blacklist pun boleh! WhatsApp Encik Azman 012-345 6789",
    "Azman Kredit", "azman.kredit@gmail.com", NULL },
  { "급전 필요하신 분! 무직자, 신용불량자도 당일 대출 가능. 카카오톡 상담: loan24 / 010-1234-5678",
    "대출 상담", "loan24kr@gmail.com", NULL },
  /* work from home, romanised Urdu (the Italian one is in spam_since) */
  { "Ghar baithe online earning karein, roz 5000 rupay kamayein, koi investment nahi. Abhi join karein hamara WhatsApp group: chat.whatsapp.com/Kx7abcd",
    "Ayesha Khan", "ayesha.earning@gmail.com", NULL },
  /* crypto and forex with a contact */
  { "میں نے بٹ کوائن ٹریڈنگ سے ایک ہفتے میں 3 لاکھ روپے کمائے۔ میرے اکاؤنٹ مینیجر سے ٹیلیگرام پر رابطہ کریں @crypto_pk_expert",
    "Fatima", "fatima.trader@gmail.com", NULL },
  { "副業で月収100万円！仮想通貨の自動売買で誰でも簡単に稼げます。詳しくはLINE ID: @fx-rich まで",
    "佐藤 美咲", "misaki.fx@gmail.com", NULL },
  { "Am câștigat 15.000 de lei în două săptămâni cu forex, datorită domnului Ionescu, cel mai bun mentor. Scrieți-i pe WhatsApp +40 712 345 678",
    "Maria Popescu", "maria.popescu.fx@gmail.com", NULL },
  { "ลงทุนคริปโตกับเรา กำไรวันละ 5% การันตี ถอนได้ทุกวัน สนใจติดต่อไลน์ไอดี: @crypto-th99",
    "Crypto TH", "cryptoth99@gmail.com", NULL },
  { "Nimepata faida ya dola 2,000 wiki hii kupitia biashara ya forex na bitcoin! Wasiliana na meneja wangu kupitia WhatsApp +254 712 345 678",
    "Neema", "neema.forex@gmail.com", NULL },
  /* casinos, betting, lotteries */
  { "ঘরে বসে প্রতিদিন ৫০০০ টাকা আয় করুন! অনলাইন ক্যাসিনো খেলুন, প্রথম ডিপোজিটে ১০০% বোনাস। এখনই রেজিস্টার করুন: https://bd-casino-bonus.net",
    "Casino BD", "casinobd.bonus@gmail.com", NULL },
  { "Nhà cái uy tín số 1 Việt Nam, nạp đầu tặng 200%, rút tiền siêu tốc. Liên hệ Zalo 0912 345 678 hoặc truy cập nhacai88 chấm com",
    "Nhà Cái 88", "nhacai88vn@gmail.com", NULL },
  { "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ สมัครวันนี้รับโบนัส 100% แอดไลน์ @slot888th",
    "สล็อต888", "slot888th@gmail.com", NULL },
  { "안전한 토토사이트 추천! 신규가입 첫충 20% 보너스, 먹튀 없는 메이저 사이트. 카톡 문의 ID: toto7777",
    "토토 메이저", "toto7777kr@gmail.com", NULL },
  { "澳门赌场线上开户，首充送100%，日赚千元不是梦！加微信：bc88668 或访问 www.aomen-yule88.com",
    "娱乐城客服", "kf@aomen-yule88.com", NULL },
  { "台灣最大線上賭場，百家樂、老虎機、運彩一次玩，註冊就送888點！加LINE：@tw-win168",
    "娛樂城小編", "twwin168@gmail.com", NULL },
  { "Situs togel online terpercaya, bandar toto 4D hadiah terbesar, deposit pulsa tanpa potongan. Daftar sekarang di https://togel-hoki88.xyz",
    "Bandar Togel", "admin@togel-hoki88.xyz", NULL },
  { "Kumita ng ₱5,000 araw-araw sa online casino! Libreng ₱888 bonus sa bagong miyembro. Mag-register na sa pinoywin888 dot com",
    "Pinoy Win", "pinoywin888@gmail.com", NULL },
  { "Shinda pesa kila siku na odds bora za michezo ya kubahatisha! Jisajili leo upate bonasi ya KSh 1,000 bure: https://bet-bora-ke.com",
    "Bet Bora", "info@bet-bora-ke.com", NULL },
  { "Deneme bonusu veren siteler 2026! Kayıt ol, 500 TL bedava bahis bonusu kazan, çevrimsiz. Güncel giriş adresi: https://bahis-giris2026.com",
    "Bahis Rehberi", "bahisrehberi@gmail.com", NULL },
  { "Najlepsze kasyno online w Polsce! 200 darmowych spinów bez depozytu, wypłaty w 5 minut. Graj teraz: https://kasyno-bonus-pl.com",
    "Kasyno PL", "kontakt@kasyno-bonus-pl.com", NULL },
  /* pills */
  { "Tanie tabletki na potencję bez recepty, dyskretna wysyłka w 24h, płatność przy odbiorze. Zamów na www.apteka-potencja24.pl",
    "Apteka Online", "zamowienia@apteka-potencja24.pl", NULL },
  { "Obat kuat pria herbal asli, tahan lama 2 jam, aman tanpa efek samping. Pesan sekarang via WA 0812-3456-7890, COD seluruh Indonesia",
    "Obat Kuat Asli", "obatkuat.asli@gmail.com", NULL },
  /* backlinks */
  { "Beste webmaster, uw nieuwssite heeft mooie content maar weinig autoriteit. Wij bieden dofollow backlinks en gastblogs op 150+ Nederlandse sites. Mail ons voor de prijslijst: linkbouw.nl@gmail.com",
    "Linkbouw Team", "linkbouw.nl@gmail.com", NULL },
  /* dating */
  { "Γεια σου! Είμαι μόνη απόψε και ψάχνω κάποιον για γνωριμία 😘 Δες τις φωτογραφίες μου στο προφίλ μου: https://hot-dating-gr.online",
    "Ελένη 25", "eleni.hot25@gmail.com", NULL },
  /* replica goods */
  { "Репліки брендових сумок та годинників люкс якості: Louis Vuitton, Rolex, Gucci. Доставка по всій Україні. Замовляйте в Telegram @lux_replica_ua",
    "Lux Replica", "luxreplica.ua@gmail.com", NULL },
  { "ブランドコピー 激安通販！ルイヴィトン、シャネル、ロレックスのスーパーコピーN級品が最大80%OFF。https://brand-copy-jp.top",
    "ブランドコピー専門店", "shop@brand-copy-jp.top", NULL },
  /* fake help lines */
  { "נציג שירות לקוחות זמין 24/7 לכל בעיה בחשבון המים, החזר כספי מיידי! התקשרו עכשיו: 1-800-555-0199 או וואטסאפ +972 54 555 0199",
    "Water Bill Support", "watersupport.il@gmail.com", NULL },
  { "पानी के बिल की शिकायत के लिए कस्टमर केयर नंबर: 8765432109 पर कॉल करें, 24 घंटे सेवा, तुरंत रिफंड",
    "Customer Care Helpline", "helpline.care24@gmail.com", NULL },
  /* praise with a link, or with only a website field */
  { "مقاله بسیار عالی و مفیدی بود، ممنون از زحمات شما. لطفا از سایت ما هم دیدن کنید: https://www.kharid-arzan-shop.ir",
    "فروشگاه ارزان", "info@kharid-arzan-shop.ir", NULL },
  { "Bài viết rất hay và hữu ích, cảm ơn tác giả đã chia sẻ!",
    "Thuốc tăng cường sinh lý nam", "seo.vn2026@gmail.com", "https://thuoc-sinh-ly-nam.vn" },
  { "Salamat sa impormasyon, napakagandang artikulo!",
    "Jessa", "jessa.ph@gmail.com", "https://murang-loan-ph.online" },
};

static const Comment genuine[] = {
  /* bills, money and percentages */
  { "6% बढ़ोतरी? पिछले साल भी बिल 8% बढ़ा था। 40 साल पुरानी पाइपलाइन बदलना ज़रूरी है, लेकिन नगर निगम पहले लीकेज तो रोके।",
    "सुनीता शर्मा", "sunita.sharma@example.org", NULL },
  { "Bhai 6% matlab mere bill me 300 rupay aur. Pipeline to badalni chahiye par contractor ka paisa kaun khayega, ye bhi batao.",
    "Vikram", "vikram.s@example.org", NULL },
  { "السلام علیکم۔ ہمارے محلے میں ہر ہفتے پائپ پھٹتا ہے، اس لیے کام ضروری ہے۔ مگر بل میں 6 فیصد اضافہ غریبوں پر بوجھ ہے۔",
    "عمران احمد", "imran.ahmed@example.org", NULL },
  { "Pipa berumur 40 tahun memang harus diganti, tapi tagihan naik 6% itu berat buat warga kecil. Semoga PDAM tidak asal naikkan tarif tanpa perbaikan layanan.",
    "Budi Santoso", "budi.santoso@example.org", NULL },
  { "Grabe, tataas na naman ang singil sa tubig ng 6%! Pero sige na nga, basta wala nang tagas sa kalsada namin. Sana may ayuda para sa mga senior citizen.",
    "Aling Rosa", "rosa.delacruz@example.org", NULL },
  { "Mabomba ya miaka 40 lazima yabadilishwe, lakini ongezeko la asilimia 6 kwenye bili ni kubwa mno kwa familia za kipato cha chini. Serikali ya kaunti itusaidie.",
    "Juma Mwangi", "juma.mwangi@example.org", NULL },
  { "Οι σωλήνες είναι 40 ετών, η αντικατάσταση είναι απαραίτητη. Όμως αύξηση 6% στους λογαριασμούς σε περίοδο ακρίβειας είναι άδικη για τους συνταξιούχους.",
    "Γιώργος Παπαδόπουλος", "g.papadopoulos@example.org", NULL },
  { "لوله‌های ۴۰ ساله باید عوض شوند، اما افزایش ۶ درصدی قبض آب برای خانواده‌های کم‌درآمد سنگین است. شهرداری باید شفاف توضیح دهد.",
    "مریم حسینی", "maryam.hosseini@example.org", NULL },
  { "我家每月水费从80元涨到85元，还能接受。如有问题可拨打市民热线12345咨询，工作人员态度很好。",
    "李建国", "li.jg@example.org", NULL },
  { "Bili yangu ya maji ilikuwa KSh 1,500 mwezi uliopita, sasa itapanda hadi KSh 1,590. Nimepiga simu huduma kwa wateja 0800 720 001 bure, wakanisaidia.",
    "Wanjiku", "wanjiku.n@example.org", NULL },
  /* the council's help line */
  { "Assalam o alaikum, hamari gali me 3 din se paani nahi aa raha. Helpline 1334 pe call kiya magar koi jawab nahi mila.",
    "Bilal", "bilal.k@example.org", NULL },
  { "জলের বিল ৬% বাড়বে শুনে খারাপ লাগছে, কিন্তু ৪০ বছরের পুরনো পাইপ বদলানো দরকার। পৌরসভার হেল্পলাইন ১৬২৬৩ নম্বরে ফোন করে বিস্তারিত জানতে পারেন।",
    "রহিম উদ্দিন", "rahim.uddin@example.org", NULL },
  { "40 ஆண்டு பழைய குழாய்களை மாற்றுவது நல்லது. ஆனால் 6% கட்டண உயர்வு ஓய்வூதியதாரர்களுக்கு கடினம். நகராட்சி உதவி எண் 1913 க்கு அழைத்தேன், பதில் இல்லை.",
    "முருகன்", "murugan.k@example.org", NULL },
  { "ท่อประปาอายุ 40 ปีควรเปลี่ยนนานแล้ว แต่ขึ้นค่าน้ำ 6% ช่วงเศรษฐกิจแบบนี้ลำบากมาก สอบถามได้ที่สายด่วน 1662",
    "สมชาย", "somchai@example.org", NULL },
  { "40년 된 수도관 교체는 당연히 해야죠. 그런데 요금 6% 인상은 너무 갑작스럽네요. 시청 민원 콜센터 120번에 문의했더니 내년 1월부터라고 합니다.",
    "김민수", "minsu.kim@example.org", NULL },
  { "水道管の老朽化は深刻なので交換は賛成です。ただ6%の値上げは年金生活者には厳しい。市の水道局（0120-123-456）に問い合わせたら、減免制度があるそうです。",
    "田中 一郎", "ichiro.tanaka@example.org", NULL },
  { "四十年的老水管確實該換了，但一次漲價6%太多。建議市府分期調整，並對低收入戶減免。自來水公司客服專線1910可以查詢。",
    "陳志明", "chen.zm@example.org", NULL },
  { "Yung water bill namin ₱1,200 na monthly, plus 6% pa. Nag-call ako sa hotline 1627 pero busy lagi. Sana ma-fix agad yung main pipe sa Barangay San Roque.",
    "Mark Anthony", "markanthony.r@example.org", NULL },
  { "40 yıllık boruların değişmesi şart, ama faturaya %6 zam yine biz vatandaşın cebinden çıkıyor. Belediye Alo 153 hattını aradım, kimse açmadı.",
    "Ayşe Yılmaz", "ayse.yilmaz@example.org", NULL },
  { "Труби 40-річні, міняти треба. Але підвищення тарифу на 6% без пояснень — це неприпустимо. Гаряча лінія міськради 1551 нічого не знає.",
    "Олена Коваленко", "olena.kovalenko@example.org", NULL },
  { "הצנרת בת 40 שנה וצריך להחליף אותה, אבל העלאה של 6% בחשבון המים היא יותר מדי. מוקד העירייה 106 לא ידע לענות.",
    "דוד כהן", "david.cohen@example.org", NULL },
  { "Betul kata Nurul. Saya dah telefon talian 1-300-88-0000, mereka kata kerja bermula Januari. Harap tak ada gangguan bekalan lama sangat.",
    "Ahmad Faizal", "faizal@example.org", NULL },
  /* the city's site, a newspaper */
  { "Tăng 6% tiền nước trong khi lương không tăng. Ống nước 40 năm tuổi thì phải thay, nhưng thành phố nên công khai chi phí. Chi tiết trên trang của thành phố: https://www.hochiminhcity.gov.vn",
    "Nguyễn Văn An", "an.nguyen@example.org", NULL },
  { "水管用了40年，早该换了。但水费涨6%，我们家每月要多交20元。希望市政府公开工程预算，详情见市政府网站 www.gz.gov.cn",
    "王丽", "wangli@example.org", NULL },
  { "Saya setuju paip lama diganti. Tapi kenaikan 6% perlu dijelaskan. Boleh semak jadual kerja di laman web majlis: https://www.mbpj.gov.my",
    "Nurul Aini", "nurul.aini@example.org", NULL },
  { "Rury z lat 80. trzeba wymienić, to jasne. Ale podwyżka o 6% przy obecnej inflacji to przesada. Harmonogram prac jest na stronie miasta: https://www.um.warszawa.pl",
    "Krzysztof Nowak", "k.nowak@example.org", NULL },
  { "Eindelijk! Onze straat heeft al drie keer een lekkage gehad dit jaar. 6% erbij is vervelend, maar beter dan een ondergelopen kelder. Meer info op https://www.rotterdam.nl/waterleiding",
    "Jan de Vries", "jan.devries@example.org", NULL },
  { "Țevile au 40 de ani, e normal să fie schimbate. Dar factura crește cu 6% și salariile nu. Primăria ar trebui să publice contractul pe site: https://www.pmb.ro",
    "Andrei Ionescu", "andrei.ionescu@example.org", NULL },
  { "As a resident of Ward 12, I welcome the new mains but a 6% hike on top of last year's 8% is too much. The corporation's helpline 1916 and the website https://www.bbmp.gov.in have no details yet.",
    "Ramesh Iyer", "ramesh.iyer@example.org", NULL },
  { "Il Corriere ne ha scritto bene: https://www.corriere.it/cronache/acqua-tubature-rincari — in altre città l'aumento è stato del 3%.",
    "Lucia Bianchi", "lucia.bianchi@example.org", NULL },
  { "Όπως έγραψε η Καθημερινή (https://www.kathimerini.gr), η ΕΥΔΑΠ θα επιδοτήσει τις ευάλωτες οικογένειες. Ενημερωθείτε στο 1022.",
    "Μαρία Κ.", "maria.k@example.org", NULL },
  /* a reader's own small shop, named honestly */
  { "I run a small sari-sari store and carinderia on Rizal Street, we use a lot of water for cooking. 6% more means I have to raise my prices too. Hope the work is done quickly. — Lorna's Carinderia",
    "Lorna Santos", "lorna.santos@gmail.com", NULL },
  { "हमारी छोटी सी मिठाई की दुकान (गुप्ता स्वीट्स, सदर बाज़ार) में रोज़ बहुत पानी लगता है। 6% बढ़ोतरी से हमारा खर्च हर महीने 900 रुपये बढ़ जाएगा।",
    "राजेश गुप्ता", "rajesh.gupta@example.org", NULL },
  { "Mahallede küçük bir fırınımız var, suyu çok kullanıyoruz. %6 zam bizim için ayda 400 TL demek. Yine de boruların yenilenmesini destekliyorum. Fırınımız: www.yilmazfirini.com.tr",
    "Mehmet Yılmaz", "mehmet@yilmazfirini.com.tr", "https://www.yilmazfirini.com.tr" },
  { "من یک خشکشویی کوچک در خیابان ولیعصر دارم و ماهی ۲ میلیون تومان قبض آب می‌دهم. با ۶ درصد افزایش، مجبورم قیمت‌ها را بالا ببرم. خشکشویی پاک، تلفن ۰۲۱۸۸۷۷۶۶۵۵",
    "علی رضایی", "ali.rezaei@example.org", NULL },
  /* religious greetings */
  { "ماشاءاللہ، اچھی خبر ہے۔ اللہ کرے کام جلدی مکمل ہو اور بل زیادہ نہ بڑھے۔ جزاک اللہ خیر",
    "حافظ عبداللہ", "hafiz.abdullah@example.org", NULL },
  { "जय श्री राम 🙏 काम अच्छा है, पर बिल बढ़ाना गलत है। भगवान सबका भला करे।",
    "रामप्रसाद", "ramprasad@example.org", NULL },
  { "Assalamualaikum. Alhamdulillah akhirnya pipa di kampung kami diganti. Insya Allah tidak ada lagi air keruh. Terima kasih Pemkot 🙏",
    "Hj. Aminah", "aminah@example.org", NULL },
  { "בעזרת השם שהעבודות יסתיימו מהר. שבת שלום לכולם! 🙏",
    "רחל", "rachel@example.org", NULL },
  /* long angry posts, capitals */
  { "TO JEST SKANDAL!!! Najpierw 40 lat nic nie robili, a teraz MY mamy płacić 6% więcej?! Radni podnieśli sobie pensje w zeszłym roku o 20%. Niech oni zapłacą za rury. Mam dość tego miasta, mam dość tych podwyżek, mam dość kłamstw. W przyszłym roku nie głosuję na nikogo z nich!!!",
    "Zbigniew", "zbyszek.k@example.org", NULL },
  { "QUÁ BẤT CÔNG! Dân nghèo đã khổ còn tăng giá nước. Đường ống hư 40 năm không ai sửa, giờ bắt dân trả. Tôi sẽ khiếu nại lên phường!!! 😡😡",
    "Trần Thị Hoa", "hoa.tran@example.org", NULL },
  { "Tubature di 40 anni, certo che vanno cambiate. Ma perché dobbiamo pagare noi il 6% in più quando il comune ha sprecato milioni? VERGOGNA!",
    "Giuseppe Russo", "g.russo@example.org", NULL },
  /* replies, emoji */
  { "@김민수 님 말씀에 동의합니다. 저도 120에 전화해 봤는데 감면 신청은 주민센터에서 하면 된다고 하네요 👍",
    "이지은", "jieun.lee@example.org", NULL },
  { "> 田中さん\n減免制度の情報ありがとうございます！市のホームページ https://www.city.yokohama.lg.jp にも載っていました。",
    "鈴木 花子", "hanako.suzuki@example.org", NULL },
  { "ดีใจมากค่ะ 😍😍 น้ำไม่ไหลมา 3 วันแล้ว 😭 หวังว่าจะเสร็จเร็วๆ นะคะ 🙏🙏🙏",
    "น้องฝน", "fon@example.org", NULL },
};

/* Spam missed in this round, asserted so, that a rule catching it was
 * noticed: an Italian "Lavora da casa e guadagna 3000 euro al mese … Scopri come
 * su www.lavoro-da-casa-facile.it" (0.15: one link). The earnings rule
 * wants its imperative to open a sentence with a sum and a currency's
 * sign ("Guadagna 1000€ al mese"); here it follows "Lavora da casa e"
 * and the sum is in "euro", and a reader's "mia figlia lavora da casa e
 * guadagna 1200 euro" with a link to the council is the same words in
 * the third person. Catching it wants the imperative read at a
 * sentence's start, not a phrase list: left for a later round. The
 * twenty-fifth round caught it without either (0.57): a sum by the
 * month in Italian, Spanish, French, Polish and Hinglish, with work
 * from home and a link to no official body, is the older earnings
 * rule in those languages (byline-spam-filter-neighbours.c); the
 * daughter's "1200 euro" with the council's link has no outside link
 * and stays a reader's. */
static const Comment spam_since[] = {
  { "Lavora da casa e guadagna 3000 euro al mese con solo 2 ore al giorno! Nessuna esperienza richiesta. Scopri come su www.lavoro-da-casa-facile.it",
    "Giulia", "giulia.lavoro@gmail.com", NULL },
};

/* Five more spam and five more readers of the theme, written after the
 * round's rules and before running them: a Bengali loan with its
 * WhatsApp number in Bengali digits, Turkish replicas on WhatsApp, a
 * Swahili dating advert, Dutch Viagra "zonder recept", a Chinese
 * stay-at-home mothers' job on WeChat; readers on a residents'
 * WhatsApp group, a refund asked of İSKİ's call centre, a plumber who
 * gives his number, NOS on pensioners, a small breakfast shop. At their
 * first run 3 of 5 caught and 0 of 5 flagged: missed, the Bengali loan
 * (0.45: "০১৭১২-৩৪৫৬৭৮" not read as a number, so "হোয়াটসঅ্যাপ করুন" had
 * none) and the Swahili dating advert (0.49: only its site). Read
 * since: Devanagari, Bengali, Tamil and Thai digits are digits, as
 * Arabic-Indic ones were (features.c); "my photos" in eight of the
 * round's languages is flirting, and "I want a man friend", "looking
 * for a man" in Swahili, Turkish, Indonesian and Filipino a date's
 * offer (bait.c). 5 of 5 and 0 of 5 now (the Bengali loan 0.75, the
 * Swahili advert 0.74). */
static const Comment spam_later[] = {
  { "জরুরি টাকার দরকার? মাত্র ১০ মিনিটে ৫০,০০০ টাকা লোন, কোনো কাগজপত্র লাগবে না। হোয়াটসঅ্যাপ করুন ০১৭১২-৩৪৫৬৭৮",
    "Loan BD", "loanbd.fast@gmail.com", NULL },
  { "Orijinal kalitede replika saat ve çanta, Rolex, Louis Vuitton %70 indirimli! Sipariş için WhatsApp: +90 532 123 45 67",
    "Replika Dünyası", "replikadunyasi@gmail.com", NULL },
  { "Habari mpenzi 😘 Niko peke yangu usiku huu, nataka rafiki wa kiume. Ona picha zangu hapa: https://penzi-hot.online",
    "Aisha 23", "aisha.love23@gmail.com", NULL },
  { "Viagra en Cialis zonder recept bestellen, discreet verpakt, morgen in huis. Bestel op www.potentie-apotheek.nl",
    "Apotheek Direct", "info@potentie-apotheek.nl", NULL },
  { "宝妈在家兼职，每天手机操作1小时，日赚300元，无需经验！有意者加微信：jz66888",
    "兼职招聘", "jianzhi66888@163.com", NULL },
};

static const Comment genuine_later[] = {
  { "আমাদের মহল্লার বাসিন্দাদের হোয়াটসঅ্যাপ গ্রুপে সবাই বিল নিয়ে আলোচনা করছে। ৬% বাড়লে মাসে ৫০ টাকা বেশি দিতে হবে।",
    "শাহানা", "shahana@example.org", NULL },
  { "İSKİ'nin çağrı merkezi 185'i aradım, faturadaki fazla tahsilatın iadesi için dilekçe vermem gerekiyormuş. Zam %6 ama benim faturam %15 arttı!",
    "Hasan", "hasan.k@example.org", NULL },
  { "Mimi ni fundi bomba hapa mtaani. Mabomba ya zamani yana kutu, ni vizuri yabadilishwe. Kwa ushauri nipigie 0712 000 111.",
    "Baraka", "baraka.fundi@gmail.com", NULL },
  { "Mijn vader (82) betaalt nu al €45 per maand voor water. Nog 6% erbij is voor gepensioneerden echt te veel. Zie ook https://nos.nl/artikel/waterprijzen",
    "Sanne", "sanne.b@example.org", NULL },
  { "我在巷口開了一家小早餐店，每天用水量很大，漲6%對我們影響不小。歡迎大家來吃早餐，但希望市府多體諒小店家。",
    "張阿姨", "chang.ayi@example.org", NULL },
};

/* Readers probing the round's rules from the other side, written after
 * the rules and before running them (the last five after the later
 * five's: a Ukrainian reader "шукаю чоловіка, який…", looking for the
 * man who fixed a pipe, was flagged at 0.57 and the phrase left out of
 * the list; a widow "samotna" with "moje zdjęcia" of her basement
 * showed "alone" cannot be read as a date's bait, and it is not): at
 * their first run 2 of 15 were
 * flagged, an Urdu and a Hindi reader who tell of a neighbour's trading
 * and give the water board's or the corporation's help line (0.50
 * each: the mentor rule), cleared by a city's corporation or water
 * board named as a public help line; a physiology department's
 * sinhlyhoc-ump.vn scored 0.49 (the host part "sinhly", now
 * "sinhlynam", 0.15). A Polish reader's warning, rewritten to quote the
 * leaflet's "tabletki na potencję bez recepty" as a probe should, was
 * flagged (0.53) until "oszustwo" and the round's other words for a
 * scam were read as warnings (0.15). Written last, a Hindi reader
 * telling others to ring the corporation's help line for a refund
 * ("नगर निगम हेल्पलाइन … पर कॉल करें … रिफंड") was a help desk's
 * advert (0.50) until a public help line named spares the help-desk
 * rule as it spares the mentor rule (0.00). */
static const Comment guards[] = {
  /* a messenger's name, a word of asking and no ID with digits */
  { "수도요금 감면은 시청 카톡 채널에서 상담 가능해요. 카톡 문의 ID는 2025년에 바뀌었다고 하니 120으로 확인하세요.",
    "박서연", "seoyeon.park@example.org", NULL },
  { "台北自來水處有官方帳號，加LINE：@taipeiwater 就能查水費帳單，不用打電話。",
    "林美玲", "meiling.lin@example.org", NULL },
  /* a help desk, a refund and a number, from a reader who rang */
  { "मैंने कस्टमर केयर 1800 180 3344 पर कॉल किया, बिल में गलती थी, रिफंड अगले महीने मिलेगा।",
    "अनिल वर्मा", "anil.verma@example.org", NULL },
  { "התקשרתי לשירות לקוחות של תאגיד המים 03-1234567 וקיבלתי החזר כספי על החיוב הכפול. שווה לבדוק את החשבון.",
    "יעל לוי", "yael.levi@example.org", NULL },
  { "बिल में गलती हो तो नगर निगम हेल्पलाइन 1800 180 3344 पर कॉल करें, अगले बिल में रिफंड मिल जाएगा।",
    "दीपक", "deepak.j@example.org", NULL },
  /* "dot in" in a sentence */
  { "There's a red dot in the corner of the new bill next to the 6% line. What does it mean?",
    "Priya Nair", "priya.nair@example.org", NULL },
  { "I marked our street on the council's map, the dot in Ward 12 is us: three bursts this year alone.",
    "Arjun", "arjun.m@example.org", NULL },
  /* satta and a personal loan, told of */
  { "हमारे मोहल्ले में सट्टा मटका खुलेआम चलता है, पुलिस कुछ नहीं करती, और पानी की पाइप महीनों से टूटी है।",
    "सुरेश यादव", "suresh.yadav@example.org", NULL },
  { "Saya terpaksa ambil pinjaman peribadi untuk bayar bil air dan elektrik. Kenaikan 6% ini sangat membebankan, tolong pertimbangkan semula.",
    "Farah", "farah.h@example.org", NULL },
  /* a physiology department's site */
  { "Khoa Sinh lý học của trường có bài giải thích nước máy cũ ảnh hưởng sức khỏe thế nào: https://sinhlyhoc-ump.vn/nuoc-sach",
    "Lê Minh Tuấn", "tuan.le@example.org", NULL },
  /* potency pills without a prescription, warned of */
  { "Uwaga, w skrzynkach znów ulotki: „tabletki na potencję bez recepty, zamów online”. To oszustwo, zgłosiłem na policję: https://policja.pl",
    "Tadeusz", "tadeusz.w@example.org", NULL },
  { "Hati-hati, banyak obat kuat tanpa resep dijual online dan berbahaya. Cek izin edarnya di https://cekbpom.pom.go.id",
    "dr. Rina", "rina.dr@example.org", NULL },
  /* Filipino thanks, with the city's site or no link */
  { "Salamat sa impormasyon! Tumawag ako sa hotline 1627 at sinabi nilang sa Enero magsisimula ang trabaho.",
    "Joy", "joy.reyes@example.org", NULL },
  { "Napakagandang artikulo, salamat. Mas detalyado ang iskedyul sa site ng lungsod: https://www.manila.gov.ph",
    "Ramon", "ramon.cruz@example.org", NULL },
  /* trading and earnings, in Urdu and Hindi, with the council's number */
  { "میرے بھائی نے بٹ کوائن ٹریڈنگ میں پیسے کمائے نہیں، گنوائے۔ اب پانی کا بل بھی نہیں دے سکتا۔ واٹر بورڈ ہیلپ لائن 021 99245100",
    "نادیہ", "nadia.k@example.org", NULL },
  { "मेरे पड़ोसी ने शेयर ट्रेडिंग से अच्छे पैसे कमाए, पर 6% बढ़ा बिल सबको चुभेगा। नगर निगम हेल्पलाइन: 1800 180 3344",
    "कविता", "kavita.s@example.org", NULL },
  /* the later five's rules: a number in Bengali digits, "my photos"
   * and "looking for a man" in Swahili, Polish and Ukrainian */
  { "আমাদের এলাকায় পানি নেই তিন দিন। ওয়াসার হটলাইন ১৬১৬২ নম্বরে ফোন করুন, ওরা দ্রুত সাড়া দেয়। বিল ৬% বাড়লেও সেবা ভালো হলে আপত্তি নেই।",
    "তানভীর", "tanvir@example.org", NULL },
  { "আমার দোকানের পানির বিল মাসে ৮৫০ টাকা, ৬% বাড়লে ৯০১ টাকা। অভিযোগ থাকলে ০১৭১১-০০০০০০ নয়, ওয়াসার অফিসিয়াল নম্বরে জানান।",
    "নাসরিন", "nasrin@example.org", NULL },
  { "Naishi peke yangu na pensheni ni ndogo, bili ikipanda 6% sitaweza. Picha zangu za bomba lililopasuka nimezituma kaunti: https://nairobi.go.ke",
    "Mama Wairimu", "wairimu@example.org", NULL },
  { "Mieszkam sama i jestem samotna od śmierci męża. Moje zdjęcia zalanej piwnicy wysłałam do wodociągów, odpowiedzi brak: https://www.mpwik.com.pl",
    "Halina", "halina.z@example.org", NULL },
  { "Шукаю чоловіка, який учора лагодив трубу на нашій вулиці, щоб подякувати. Мої фото його роботи тут: https://kyiv.media/voda-remont",
    "Оксана", "oksana.m@example.org", NULL },
};

/* Spam against the round's rules from the other side */
static const Comment spam_probes[] = {
  { "신규 회원 첫충 30% 보너스! 카카오톡 상담 아이디: win7788",
    "이벤트", "event7788@gmail.com", NULL },
  { "बिजली बिल रिफंड के लिए ग्राहक सेवा नंबर 9876501234 पर तुरंत कॉल करें",
    "Bill Refund Helpline", "billrefund.help@gmail.com", NULL },
};

static void
test_heldout24_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 34, genuine, G_N_ELEMENTS (genuine), 45, 22);
}

static void
test_heldout24_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

static void
test_heldout24_since (void)
{
  g_autoptr(BylineSpamFilter) filter = byline_spam_filter_new ();

  g_assert_cmpuint (count_flagged (filter, spam_since, G_N_ELEMENTS (spam_since), "spam"), ==,
                    G_N_ELEMENTS (spam_since));
}

static void
test_heldout24_guards (void)
{
  check_all_caught (spam_probes, G_N_ELEMENTS (spam_probes), guards, G_N_ELEMENTS (guards));
}

static void
test_heldout24_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout24/untrained", test_heldout24_untrained);
  g_test_add_func ("/spam-heldout24/after", test_heldout24_after);
  g_test_add_func ("/spam-heldout24/later", test_heldout24_later);
  g_test_add_func ("/spam-heldout24/since", test_heldout24_since);
  g_test_add_func ("/spam-heldout24/guards", test_heldout24_guards);

  return g_test_run ();
}
