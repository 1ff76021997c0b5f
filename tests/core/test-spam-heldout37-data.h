/* test-spam-heldout37-data.h: a thirty-seventh round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story37: Semarang, Indonesia, where the city council votes 31 to 14
 * to add a monthly flood pump levy to household water bills from 1
 * July, Rp 5,000 to Rp 25,000 a month by size of house, to raise about
 * Rp 38 billion a year towards the Rp 61 billion spent last year on its
 * 46 flood pumping stations; North Semarang, Genuk and Gayamsari sink
 * by up to 10 cm a year and tidal flooding (rob) reaches homes several
 * times a month; 14 stations are over 20 years old, nine pumps failed
 * on 10 February when 187 mm of rain fell in eight hours and water
 * stood 80 cm deep in Kaligawe for four days, closing the Pantura road
 * to Demak; houses up to 36 square metres and PDAM Tirta Moedal's
 * lowest tariff group pay Rp 5,000, medium houses Rp 12,000, large
 * houses and businesses Rp 25,000, about 312,000 customers; PKH
 * households exempt, others may apply at the kelurahan office by 24
 * June with a letter from their RT and RW heads; homes without piped
 * water charged through the property tax from 2027; a 52-year-old food
 * stall owner in Tambak Lorok, an opposition councillor on Banyumanik,
 * Tembalang and the Terboyo factories drawing groundwater; a Diponegoro
 * University hydrologist on subsidence; the forum of 118 RW heads in
 * Semarang Utara asks for a separate account and quarterly reports;
 * charges by house type on the city's website on Friday, a public
 * consultation at City Hall on Wednesday 17 June at 7pm, a review after
 * two years; flood control about 7 per cent of a Rp 5.6 trillion 2026
 * budget), in two sets, many of them in Indonesian, some in Javanese,
 * Malay, Vietnamese, Korean, Polish, Arabic or Portuguese.
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - "slot gacor" with live RTP, maxwin, deposits by e-wallet and an
 *     "anti-block" alternative link, a Telegram backup (Indonesian);
 *   - an online loan "without BI checking", KTP and selfie only, on a
 *     WhatsApp number written 0812-xxxx-xxxx (Indonesian);
 *   - a courier's parcel "held" for an incomplete address, the parcel's
 *     "photo" an .apk at a look-alike site (Indonesian);
 *   - a wedding invitation in polite Javanese, the digital invitation an
 *     .apk (Javanese);
 *   - a social assistance (BLT) payment of Rp 2.4 million against an
 *     admin fee of Rp 150,000, confirmed at a wa.me link (Indonesian);
 *   - jockeys for Mobile Legends ranks, theses, UTBK and civil service
 *     tests, on Telegram and WhatsApp (Indonesian);
 *   - a "sharia" online arisan and digital gold investment at 30% a
 *     week, "registered with OJK", the site in the website field
 *     (Indonesian);
 *   - a herbal potency remedy, cash on delivery, the WhatsApp number in
 *     keycap emoji digits (Indonesian);
 *   - Instagram and TikTok followers sold, one line, the site in the
 *     website field (Indonesian);
 *   - paid work liking YouTube videos and following TikTok accounts,
 *     an "HR" on Telegram (Malay);
 *   - lawyers "recovering" money lost to online fraud for a file fee,
 *     on Zalo (Vietnamese);
 *   - a "verified" major toto (betting) site with a first-deposit bonus
 *     and a sign-up code, in the website field (Korean).
 *
 * And twelve readers (desk_genuine):
 *   - a sarcastic line on the Rp 23 billion the levy does not cover;
 *   - a mother in Kaligawe whose son missed a week of school, asking
 *     where the money will go (Indonesian);
 *   - a Tembalang resident in capitals on the factories (Indonesian);
 *   - emoji only;
 *   - a reply "@Siti Rahmawati" on how to apply for the exemption
 *     (Indonesian);
 *   - a question to the reporter on boarding houses and the 36 square
 *     metres (Indonesian);
 *   - a fake PDAM "levy arrears" SMS with its link quoted to warn,
 *     "PALSU", "penipuan" (Indonesian);
 *   - the meteorological agency's site cited for the 187 mm
 *     (Indonesian);
 *   - a grandmother in Kemijen whose house has been raised three times
 *     (Javanese);
 *   - the emergency number 112 and the electricity company's 123
 *     (Indonesian);
 *   - a woman with a small sundries shop in Tambak Lorok signing with
 *     its name, no link (Indonesian);
 *   - four words, paying and flooding (Indonesian).
 *
 * The second, spam dressed as readers (dressed_spam), in order:
 *   - a student's memory of wading through Kaligawe under a slot site's
 *     "alternative link" in the website field (Indonesian);
 *   - a phrase of the story as a Markdown link to an online loan site
 *     (Indonesian);
 *   - a husband's flooded motorbike workshop, turning into a
 *     paranormal's "pelaris" ritual with his WhatsApp number (Javanese);
 *   - praise of the reporting under a backlink (PBN) seller's page in
 *     the website field (Indonesian);
 *   - a reply to the food stall owner selling submersible pumps two
 *     for Rp 1,290,000, on WhatsApp (Indonesian);
 *   - an exchange student's memory of the flooded port streets, then
 *     R$ 18,700 from an AI trading robot (Portuguese);
 *   - a school closed by the flood, then Mobile Legends diamonds
 *     topped up cheaply at a link (Indonesian);
 *   - in-laws flooded in Genuk, then jobs and visas in Poland for
 *     2,500 USD paid in advance, on WhatsApp (Polish);
 *   - sympathy for Semarang, then a "spiritual sheikh" who lifts
 *     spells and brings back the beloved, on WhatsApp (Arabic);
 *   - Kuala Lumpur's flood tunnel, then a licensed loan agent
 *     "without CTOS checks" at a wa.me link (Malay);
 *   - a flooded stall and online loan collectors, then a law firm that
 *     "deletes" loan records for a fee (Indonesian);
 *   - a daughter from Tambak Lorok with a "full scholarship" to Japan
 *     and Korea for Rp 8.5 million of fees (Indonesian).
 *
 * And twelve readers a naive filter might flag (dressed_genuine):
 *   - a photographer's own blog post on rob and dead pumps, no ads
 *     (Indonesian);
 *   - a mosque raising money to raise its floor and buy a pump, the
 *     foundation's own site (Indonesian);
 *   - the levy, budget and shares worked out in percentages
 *     (Indonesian);
 *   - a 71-year-old in capitals (Indonesian);
 *   - two official links, the city's legal documents and the geology
 *     agency's (Indonesian);
 *   - the free government complaints app LAPOR! recommended
 *     (Indonesian);
 *   - an RT's WhatsApp group passing on tide warnings (Javanese);
 *   - a long rant that nothing the city gives is "free" (Indonesian);
 *   - a reader in Rotterdam comparing the Dutch water board tax;
 *   - a reply thanking "@Dimas Prasetyo" for the app tip (Indonesian);
 *   - a reader who lost Rp 12.7 million to a fake flood aid file on
 *     WhatsApp, warning, no link (Indonesian);
 *   - an angkringan signing with its name and prices, no link
 *     (Indonesian).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story37 =
  "Semarang's city council voted 31 to 14 on Monday to add a monthly flood pump levy to household water bills from 1 July, charging between Rp 5,000 and Rp 25,000 a month depending on the size of the house. The city government says the levy will raise about Rp 38 billion a year towards the Rp 61 billion it spent last year running and repairing its 46 flood pumping stations.\n\n"
  "Most of the pumps are in North Semarang, Genuk and Gayamsari, where parts of the coast are sinking by up to 10 centimetres a year and tidal flooding, known locally as rob, reaches homes several times a month. Fourteen of the 46 stations are more than 20 years old. On the night of 10 February, when 187 millimetres of rain fell in eight hours, nine pumps in Semarang Utara and Genuk failed, and water stood up to 80 centimetres deep in Kaligawe for four days, closing the coastal Pantura road to Demak. \"We cannot keep buying diesel with money that should be going into new pumps,\" said Sri Wahyuni Pratiwi, head of the city's public works department.\n\n"
  "Houses of up to 36 square metres and customers in the lowest tariff group of the water company, PDAM Tirta Moedal, will pay Rp 5,000 a month, medium-sized houses Rp 12,000, and large houses, shops and businesses Rp 25,000. About 312,000 water customers will be charged. Households that receive the Family Hope Programme (PKH) are exempt, and others on low incomes can apply for an exemption at their kelurahan office by 24 June with a letter from their RT and RW heads. Homes not connected to the water company will be charged through the property tax bill from 2027.\n\n"
  "Suwarni, 52, who runs a small food stall in Tambak Lorok, said rob came into her house twice a month whatever the pumps did. \"We already pay for sandbags, and we raise our floor every five years. Now we pay for the pumps too,\" she said. Yohanes Setiadi, a councillor who voted against, said residents of Banyumanik and Tembalang, on the hills in the south of the city, would pay for floods they never see, while factories in the Terboyo industrial estate that draw groundwater pay nothing extra. \"The ones sinking the city should pay for the pumps,\" he said.\n\n"
  "Ratna Kusumawardani, a lecturer in urban hydrology at Diponegoro University, said pumps only treat the symptom. \"As long as groundwater is pumped out faster than it comes back, the land keeps going down, and every year you need more pumps,\" she said. The forum of RW heads in Semarang Utara, which speaks for 118 neighbourhoods, has asked for the money to be kept in a separate account and for its spending to be reported every three months.\n\n"
  "The city will publish the charge for each type of house on its website on Friday, and will hold a public consultation at City Hall on Wednesday 17 June at 7pm. The levy will be reviewed after two years. Flood control takes about 7 per cent of Semarang's Rp 5.6 trillion budget for 2026.";

static const Comment desk_spam[] = {
  { "🔥 SLOT GACOR HARI INI 🔥 RTP LIVE 98,7% pola Mahjong Ways 2 & Gates of Olympus lagi pecah, member kami barusan MAXWIN x5000 🤑 Depo 10rb via DANA/OVO/GoPay/QRIS, WD berapapun dibayar lunas, bonus new member 100% di depan. Link alternatif anti nawala & anti blokir: https://gacor88-login.xyz/daftar — kalau link kena blokir cek bio Telegram @gacor88official", "GACOR88 Official", "cs.gacor88@gmail.com", NULL },
  { "Butuh dana cepat untuk usaha, biaya sekolah atau perbaikan rumah habis banjir? 💵 Pinjaman online cair 5 menit, TANPA BI checking, tanpa jaminan, tanpa survei, cukup KTP & selfie. Limit Rp 1 juta s/d Rp 50 juta, tenor 3-24 bulan, bunga ringan cuma 0,5%. Data ditolak di tempat lain? Di sini tetap ACC! Hubungi admin sekarang WA 0812-0000-4471 (fast respon 24 jam)", "Dana Kilat Nusantara", "danakilat.nusantara@gmail.com", NULL },
  { "J&T Express: Paket anda dengan nomor resi JX7730018842 tertahan di gudang Semarang karena alamat tidak lengkap. Silakan cek foto paket dan konfirmasi alamat melalui aplikasi berikut sebelum paket dikembalikan ke pengirim dalam 1x24 jam: https://jnt-cekresi.online/LIHAT_FOTO_PAKET.apk Terima kasih 🙏", "Kurir J&T Semarang", "kurir.jnt.semarang@gmail.com", NULL },
  { "Assalamualaikum, nyuwun sewu ngganggu 🙏 Kanthi raos bingah, kula badhe ngaturaken undangan walimatul ursy putra kula Dimas kaliyan Ayu, benjang Minggu 28 Juni wonten Gedung Pertemuan Sri Ratu. Amargi mboten saged ngaturi undangan kertas dhateng sedaya, mangga pirsani undangan digital saha lokasinipun wonten mriki: https://undangan-nikah-digital.site/Undangan_Pernikahan_Dimas_Ayu.apk Matur nuwun, mugi panjenengan kersa rawuh.", "Keluarga Bpk. Sutrisno", "sutrisno.mantu2026@gmail.com", NULL },
  { "SELAMAT!!! NIK Anda terdaftar sebagai penerima Bantuan Sosial BLT tahap II tahun 2026 sebesar Rp 2.400.000 dari Kementerian Sosial RI. Dana akan dicairkan langsung ke rekening Anda hari ini. Untuk proses pencairan WAJIB membayar biaya admin & materai Rp 150.000. Segera konfirmasi data Anda ke petugas melalui wa.me/6285700004912 sebelum pukul 16.00 WIB, jika tidak dana akan dialihkan ke penerima lain.", "Kemensos RI - Info Bansos", "info.bansos.kemensos2026@gmail.com", NULL },
  { "JASA JOKI TERPERCAYA ✅ Joki rank Mobile Legends Epic → Mythic 2 hari, Mythic → Mythical Glory, aman tanpa cheat 🎮 Joki tugas kuliah, makalah, skripsi, tesis, olah data SPSS, joki UTBK, tes CPNS & PPPK, ujian online Moodle pasti lulus. Harga pelajar, bisa DP dulu, testimoni ribuan customer. Order via Telegram @jokiamanah_id atau WA 0896 0000 2187", "Joki Amanah ID", "jokiamanah.id@gmail.com", NULL },
  { "Arisan online & investasi emas digital SYARIAH 🌙 Modal mulai Rp 500 ribu, profit 30% tiap minggu, dijamin balik modal dalam 1 bulan. Sudah terdaftar OJK & MUI, ribuan member dari seluruh Indonesia sudah merasakan hasilnya. Slot arisan menurun periode Juli tinggal 7 lagi, siapa cepat dia dapat! Info lengkap & daftar di website kami ya bun 🤗", "Bunda Rina Arisan Berkah", "arisanberkah.bundarina@gmail.com", "https://arisanberkah-emas.site" },
  { "OBAT KUAT HERBAL PRIA 💪 Tahan lama sampai 2 jam, stamina kembali seperti umur 20an. Sudah BPOM, tanpa efek samping, 100% alami dari ekstrak pasak bumi & purwoceng. Pengiriman rahasia, COD seluruh Indonesia. Order WA: 0️⃣8️⃣1️⃣3️⃣-0️⃣0️⃣0️⃣0️⃣-7️⃣2️⃣5️⃣1️⃣", "Herbal Perkasa", "herbalperkasa.official@yahoo.co.id", NULL },
  { "Jual followers IG & TikTok real aktif, 1K cuma 15rb, likes & views murah, proses instan. Cek web kak 🙏", "Sosmed Booster", "sosmedbooster.id@gmail.com", "https://sosmedbooster.id" },
  { "KERJA SAMBILAN DARI RUMAH 📱 Hanya perlu like video YouTube dan follow akaun TikTok, setiap tugasan dibayar RM5-RM30, boleh dapat RM150-RM500 sehari. Tiada modal, tiada pengalaman diperlukan, sesuai untuk suri rumah, pelajar dan pesara. Gaji dibayar terus ke akaun bank pada hari yang sama. Tempat terhad! Hubungi HR kami di Telegram @kerjaonline_my_hr", "Puan Aisyah (HR)", "aisyah.hr.kerjaonline@gmail.com", NULL },
  { "Bạn bị lừa đảo qua mạng, mất tiền vì đầu tư tiền ảo, sàn forex, việc làm online hay app vay tiền? 😢 Đừng lo! Đội ngũ luật sư và chuyên gia an ninh mạng của chúng tôi hỗ trợ truy vết và lấy lại tiền 100%, đã giúp hơn 3.000 nạn nhân trên toàn quốc. Phí hồ sơ chỉ 1.500.000đ, hoàn lại ngay khi nhận được tiền. Liên hệ ngay Zalo: 0900 000 318 (Luật sư Minh)", "Văn phòng Luật sư Minh Tâm", "luatsuminhtam.hotro@gmail.com", NULL },
  { "메이저 토토사이트 추천 🏆 먹튀검증 완료된 안전놀이터만 엄선했습니다. 신규 가입 첫충 30%, 매충 10%, 스포츠·카지노·미니게임 한 곳에서! 24시간 고객센터, 환전 3분 이내 빠른 처리. 가입코드 VIP777 입력 시 추가 보너스 지급 ✨", "토토 안전놀이터 가이드", "safe.toto.guide@gmail.com", "https://major-toto-verify.com" },
};

static const Comment desk_genuine[] = {
  { "So the pumps cost Rp 61 billion and the levy brings in Rp 38 billion. Who pays the other Rp 23 billion? Let me guess: the same pumps, by breaking down again next February.", "Hendra W.", "hendra.wijaya.smg@gmail.com", NULL },
  { "Rumah saya di Kaligawe, bulan Februari kemarin air masuk rumah sampai lutut dan baru surut hari kelima. Anak saya yang SMP tidak bisa sekolah hampir seminggu karena jalannya putus, kulkas dan kasur rusak semua. Saya tidak keberatan bayar Rp 5.000 atau Rp 12.000 sebulan kalau memang pompanya jalan. Masalahnya waktu hujan deras itu pompa di dekat rumah kami malah mati, katanya solarnya habis. Uangnya nanti benar-benar untuk pompa atau hilang entah ke mana? Tolong pemkot buka laporannya tiap bulan.", "Siti Rahmawati", "siti.rahmawati82@gmail.com", NULL },
  { "KAMI DI TEMBALANG TIDAK PERNAH BANJIR TAPI DISURUH BAYAR!!! PABRIK-PABRIK YANG SEDOT AIR TANAH DI TERBOYO KOK MALAH TIDAK BAYAR APA-APA??? KETEMU DI BALAI KOTA TANGGAL 17 JUNI!!!", "BAMBANG SUPRIYADI", "bambang.supri1963@yahoo.co.id", NULL },
  { "🌧️🌊🏚️💸😩", "Nadia", "nadia.smg03@gmail.com", NULL },
  { "@Siti Rahmawati Bu, kalau penghasilan pas-pasan bisa ajukan pembebasan lho, tidak harus penerima PKH. Caranya minta surat pengantar dari Pak RT dan Pak RW, bawa KK dan KTP ke kantor kelurahan paling lambat 24 Juni. Di kelurahan saya (Tambakrejo) sudah ada mejanya sendiri sejak kemarin, antre sebentar saja. Semoga dibantu ya Bu.", "Dewi Lestari", "dewi.lestari.tbr@gmail.com", NULL },
  { "Mas/Mbak wartawan, mau tanya: retribusinya nanti dihitung per sambungan PDAM atau per rumah? Soalnya di rumah kos saya satu meteran dipakai 14 kamar. Terus yang 36 meter persegi itu luas bangunan atau luas tanah? Terima kasih.", "Fajar Nugroho", "fajar.nugroho.undip@gmail.com", NULL },
  { "Hati-hati ya semuanya. Bapak saya semalam dapat SMS begini: \"PDAM Tirta Moedal: Retribusi banjir Bpk/Ibu bulan Juni sebesar Rp 75.000 belum dibayar. Segera lunasi di https://pdam-tirtamoedal-bayar.com agar air tidak diputus besok.\" Itu PALSU, penipuan! Retribusinya saja baru mulai 1 Juli dan paling mahal Rp 25.000. Jangan klik linknya, jangan isi data ATM atau m-banking. Tolong kasih tahu orang tua di rumah.", "Rina Kartikasari", "rina.kartikasari@gmail.com", NULL },
  { "Buat yang bilang 187 mm itu dilebih-lebihkan: data curah hujan harian dan peringatan dini cuaca bisa dicek sendiri di https://www.bmkg.go.id , stasiun di Ahmad Yani mencatat hujan ekstrem malam itu. Di atas 150 mm sehari sudah masuk kategori ekstrem. Pompa yang baru pun pasti kewalahan, apalagi yang umurnya 20 tahun.", "Arif Setiawan", "arif.setiawan.smg@gmail.com", NULL },
  { "Omahku neng Kemijen wis kaping telu diurug, saiki jendelane mung sak dhengkul saka dalan. Saben sasi rob mlebu omah, pompa urip apa mati yo tetep mlebu. Aku ora nolak mbayar, nanging sing tak jaluk pompane dirumat tenan, ojo mung pas arep pemilu tok. Mesakke putu-putuku.", "Mbah Sarmini", "sarmini.kemijen@gmail.com", NULL },
  { "Info penting buat warga Semarang bawah: kalau banjir atau butuh evakuasi telepon 112, gratis dan bisa dari HP tanpa pulsa. Kalau ada kabel listrik terendam atau tiang roboh, lapor PLN di 123 atau lewat aplikasi PLN Mobile. Simpan nomornya di HP orang tua juga ya.", "Yuliana Putri", "yuliana.putri.smg@gmail.com", NULL },
  { "Saya punya warung kelontong kecil di Tambak Lorok, sudah 20 tahun. Tiap rob datang, barang di rak bawah harus diangkat semua, beras, minyak, gula. Bulan Februari saya rugi kira-kira Rp 3 juta karena air datang tengah malam. Kalau Rp 25.000 sebulan itu benar-benar bikin pompa di muara tidak mati lagi, saya ikhlas. Tapi kalau warung kecil seperti saya disamakan dengan toko besar, ya berat. — Bu Tarmi, Warung Barokah Tambak Lorok", "Warung Barokah", "tarmi.barokah@gmail.com", NULL },
  { "Bayar terus, banjir terus.", "Joko", "joko.smg77@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Jadi ingat jaman kuliah di Unissula tahun 2019, tiap hujan deras Kaligawe pasti banjir, kami mahasiswa nyeberang jalan pakai sandal jepit sambil gulung celana sampai lutut wkwk. Motor mogok di tengah jalan sudah biasa. 7 tahun berlalu dan masalahnya masih sama saja. Semoga kali ini pompanya benar-benar dirawat.", "Rizky Ramadhan", "rizky.ramadhan.smg@gmail.com", "https://slotgacor-maxwin88.online/link-alternatif" },
  { "Nah ini dia: [add a monthly flood pump levy to household water bills](https://danacepat-kilat.id/ajukan-pinjaman) padahal gaji UMR Semarang segitu-segitu aja. Ujung-ujungnya warga lagi yang pusing.", "Agus Pramono", "agus.pramono88@gmail.com", NULL },
  { "Bengkel motor bojoku neng Genuk kelelep banjir Februari wingi, mesin-mesin rusak kabeh, utang neng bank numpuk, pelanggan ilang. Aku nganti stres ora iso turu. Terus ana kanca sing ngenalke karo Mbah Joyo Kusumo, paranormal saka Demak. Dibantu ritual pelaris lan buang sial, alhamdulillah sak wulan bengkel rame maneh, utang wis lunas separo. Sing lagi susah koyo aku biyen, monggo hubungi Mbah Joyo neng WA 0857 0000 6613, mung sedekah seikhlasé 🙏", "Sri Wulandari", "sri.wulandari.genuk@gmail.com", NULL },
  { "Artikel yang sangat informatif dan berimbang, data-datanya lengkap dan mudah dipahami, jarang ada media lokal yang menulis soal pompa banjir sedetail ini. Penulisannya rapi dan enak dibaca. Sukses terus untuk redaksi, sudah saya bookmark dan bagikan ke teman-teman.", "Andika Pratama | SEO Specialist", "andika@jasabacklink-pbn.com", "https://jasabacklink-pbn.com/paket-backlink-murah" },
  { "@Suwarni sabar ya bu, di tempat saya di Bandarharjo juga sama, pompa pemkot tidak bisa diandalkan. Akhirnya kami beli pompa celup sendiri, pompa submersible AquaKuat 750 watt, air selutut di dalam rumah habis dalam 2 jam. Sekarang lagi promo 2 unit Rp 1.290.000 sudah termasuk selang 10 meter, gratis ongkir Semarang-Demak, bisa COD. Order WA 0877-0000-3154 🙏", "Hartini Bandarharjo", "hartini.bdh@gmail.com", NULL },
  { "Morei em Semarang em 2019 como estudante de intercâmbio na Undip e lembro bem das ruas alagadas perto do porto, a maré entrava nas casas como se fosse normal. Triste ver que nada mudou. Falando em mudar de vida: hoje sou professora no Rio e o salário mal dava, mas em três semanas ganhei R$ 18.700 com o robô de inteligência artificial TradeNova, que opera Bitcoin e ouro sozinho 24 horas por dia. Comecei com R$ 1.000 e saquei via Pix na sexta. Vagas limitadas: https://tradenova-ai.online/br", "Luciana Ferreira", "luciana.ferreira.rj@gmail.com", NULL },
  { "Sekolah adik saya di Genuk diliburkan 4 hari gara-gara banjir, di rumah cuma nunggu air surut sambil mabar ML wkwk. Buat yang sama-sama gabut pas banjir, top up diamond Mobile Legends & Free Fire paling murah di sini, 86 diamond cuma Rp 19.000, proses 1 detik, bayar pakai DANA/QRIS 👉 https://topupkilat-ml.com", "Bagas", "bagas.gamer04@gmail.com", NULL },
  { "Moja żona pochodzi z Semarang, a jej rodzice mieszkają w Genuk, więc czytam to z bólem: w lutym woda stała w ich domu przez cztery dni. Dlatego pomagamy Indonezyjczykom wyjechać do pracy w Polsce, gdzie zarobią 4-6 tys. zł miesięcznie w fabrykach i magazynach. Załatwiamy pracę, wizę i zakwaterowanie, opłata za cały proces to tylko 2 500 USD, płatne z góry w dwóch ratach. Kontakt przez WhatsApp: +48 500 000 418", "Tomasz Wiśniewski", "tomasz.work.pl@gmail.com", NULL },
  { "الله يكون في عون أهل سمارانج، الفيضانات تدمر البيوت والأرزاق وتجلب الهم والديون. وأنا مررت بضيق شديد حتى عرّفني أحد الإخوة على الشيخ الروحاني أبو عبد الله، فأزال عني السحر والعين وفتح لي باب الرزق خلال أسبوع. الشيخ متخصص في جلب الحبيب وفك السحر وعلاج المس وتيسير الزواج. للتواصل واتساب: +966 50 000 7721", "أم محمد", "om.mohammed.sa@gmail.com", NULL },
  { "Kat KL pun kita ada terowong SMART untuk banjir, tapi rumah rakyat kat Taman Sri Muda tetap tenggelam bila hujan lebat. Sama je masalahnya kat Semarang ni, rakyat yang kena bayar. Bagi sesiapa yang perlukan duit untuk baiki rumah lepas banjir, saya ejen pinjaman peribadi berlesen, lulus tanpa semakan CTOS/CCRIS, tanpa penjamin, duit masuk dalam 24 jam. Whatsapp saya terus: wa.me/60120004487", "Encik Faizal (Ejen Pinjaman)", "faizal.pinjaman.my@gmail.com", NULL },
  { "Warung saya di Genuk tutup 2 minggu waktu banjir Februari, terpaksa pinjam di 3 aplikasi pinjol buat modal lagi. Begitu telat bayar, DC neror tiap hari, sebar data ke semua kontak HP, saya sampai malu keluar rumah 😭 Alhamdulillah dibantu Kantor Hukum Adil Sejahtera & Partners, data saya dihapus dari SLIK OJK, DC berhenti menagih dan utang dinyatakan lunas secara hukum. Yang galbay dan diteror DC jangan takut, konsultasi gratis WA 0813 0000 5528, biaya pengurusan mulai Rp 750 ribu saja.", "Nurul Hidayah", "nurul.hidayah.genuk@gmail.com", NULL },
  { "Anak saya lulus SMA tahun ini, rumah kami di Tambak Lorok sudah dua kali kebanjiran, rasanya ingin sekali dia bisa keluar dari sini dan hidup lebih baik. Alhamdulillah lewat Global Edu Consultant dia lolos beasiswa full S1 ke Jepang dan Korea, tanpa tes bahasa, tinggal bayar biaya administrasi dan pengurusan visa Rp 8,5 juta. Pendaftaran gelombang Juli masih dibuka, info di https://globaledu-beasiswa.site atau WA admin 0822-0000-9136. Semoga bermanfaat untuk orang tua lain 🙏", "Ibu Endang Susilowati", "endang.susilowati72@yahoo.co.id", NULL },
};

static const Comment dressed_genuine[] = {
  { "Sejak 2021 saya memotret Tambak Lorok dan Kemijen tiap musim hujan sebagai proyek pribadi, termasuk rumah-rumah yang lantainya sudah ditinggikan tiga kali sampai pintunya tinggal setinggi dada. Kemarin saya tulis ulang catatan itu dengan foto sebelum-sesudah dan peta pompa yang saya lihat mati waktu banjir Februari. Tidak ada iklan, tidak jual apa-apa, siapa tahu berguna buat konsultasi tanggal 17 Juni: https://catatanrob-semarang.blogspot.com/2026/06/pompa-dan-rob.html", "Galih Prasetya", "galih.prasetya.foto@gmail.com", "https://catatanrob-semarang.blogspot.com" },
  { "Masjid Al-Ikhlas di RW 03 Kemijen kebanjiran empat hari waktu Februari, karpet dan sound system rusak, dan lantainya sekarang lebih rendah dari jalan. Takmir sedang mengumpulkan dana Rp 180 juta untuk meninggikan lantai dan membeli satu pompa portabel yang juga bisa dipinjam warga. Sudah terkumpul Rp 64,5 juta. Laporan dana dan rekening resmi yayasan ada di situs yayasan kami: https://www.yayasanalikhlaskemijen.or.id/donasi . Jazakumullah khairan.", "Takmir Masjid Al-Ikhlas Kemijen", "takmir@yayasanalikhlaskemijen.or.id", NULL },
  { "Coba saya hitung ya. Rp 38 miliar dari Rp 61 miliar itu cuma 62%, jadi sisanya Rp 23 miliar tetap dari APBD. 312.000 pelanggan x rata-rata sekitar Rp 10.000 x 12 bulan = Rp 37,4 miliar, cocok dengan angka pemkot. Rumah kecil Rp 5.000 sebulan = Rp 60.000 setahun, rumah besar Rp 300.000 setahun. Anggaran pengendalian banjir 7% dari Rp 5,6 triliun = sekitar Rp 392 miliar. Jadi pertanyaannya: dari Rp 392 miliar itu, kenapa pompa cuma kebagian Rp 61 miliar sampai harus minta ke warga?", "Teguh Santoso", "teguh.santoso@outlook.com", NULL },
  { "SAYA SUDAH 71 TAHUN, LAHIR DI BANDARHARJO. DULU TAHUN 70-AN ROB TIDAK SAMPAI MASUK RUMAH. SEKARANG TIAP BULAN. POMPA DI UJUNG GANG SAYA MATI SEJAK LEBARAN TAHUN LALU. SILAKAN IBU KEPALA DINAS DATANG LIHAT SENDIRI, JANGAN CUMA RAPAT DI BALAI KOTA.", "SUPARMAN HADI", "suparman.hadi1955@yahoo.co.id", NULL },
  { "Sebelum debat soal angka: naskah perda dan risalah sidang DPRD bisa dibaca di JDIH Pemkot di https://jdih.semarangkota.go.id , dan data penurunan muka tanah di pesisir Semarang ada di situs Badan Geologi https://geologi.esdm.go.id . Turun sampai 10 cm per tahun itu bukan karangan wartawan.", "Wahyu Hidayat", "wahyu.hidayat.geo@gmail.com", NULL },
  { "Kalau pompa di dekat rumah mati atau saluran mampet, jangan cuma ngomel di grup, laporkan lewat aplikasi LAPOR! (SP4N-LAPOR), gratis dan resmi dari pemerintah. Foto, tulis lokasinya, nanti diteruskan ke dinas terkait dan statusnya bisa dipantau. Gorong-gorong depan rumah saya dibersihkan 6 hari setelah lapor. Lebih ampuh daripada nunggu musrenbang.", "Dimas Prasetyo", "dimas.prasetyo.smg@gmail.com", NULL },
  { "Neng RT 04 RW 02 Tambakrejo awake dhewe duwe grup WA warga, saben ana peringatan rob saka BMKG langsung disebar, sing duwe motor ngunggahke motore neng halaman masjid, sing enom ngewangi mbah-mbah ngangkat barang. Ora perlu nunggu pemkot. Yen RT-mu durung duwe grup, gawe wae, manfaate gedhe tenan.", "Yusuf Ardiansyah", "yusuf.ardi@gmail.com", NULL },
  { "Saya capek dengar kata \"gratis\" dari pemkot. Sekolah gratis, berobat gratis, Wi-Fi gratis di taman, bus gratis buat pelajar, sekarang pompa banjir katanya selama ini gratis. Tidak ada yang gratis, Pak, Bu. Semua itu uang kita: PBB, pajak restoran yang kita bayar tiap makan di luar, pajak kendaraan, bagian pajak pusat yang dikirim balik ke daerah. Saya tidak keberatan bayar. Yang bikin saya kesal, ada uang untuk lampu hias dan videotron di Simpang Lima, tapi pompa di Kaligawe kehabisan solar waktu hujan 187 mm. Jadi jangan bilang retribusi ini cuma \"sumbangan kecil\". Buka dulu ke mana uang kita selama ini pergi, baru minta tambah.", "Maria Christina", "maria.christina.smg@gmail.com", NULL },
  { "I grew up in Kemijen and now live in Rotterdam. Here every household pays a water board tax, the waterschapsbelasting, about €350 a year for us, and nobody likes it, but the pumps work and the board publishes every euro. Rp 12,000 a month is cheap by comparison. The levy itself isn't the problem; whether Semarang will show where the money goes is.", "Rudi Hartanto", "rudi.hartanto.nl@gmail.com", NULL },
  { "@Dimas Prasetyo makasih banyak infonya mas! Saya coba lapor lewat LAPOR! soal rumah pompa di ujung gang yang mati, hari ketiga sudah ada petugas datang cek, katanya tinggal ganti panel. Baru tahu ada aplikasinya 🙏", "Lina Marlina", "lina.marlina@gmail.com", NULL },
  { "Pengalaman pahit, semoga jadi pelajaran. Waktu banjir Februari saya dapat WA mengaku dari kelurahan, katanya ada bantuan korban banjir Rp 1,5 juta, saya disuruh buka file \"Data Penerima Bantuan\" yang ternyata aplikasi. Malamnya saldo m-banking saya terkuras Rp 12,7 juta, tabungan buat renovasi rumah. Kelurahan tidak pernah kirim file lewat WA. Kalau dapat pesan begitu soal retribusi atau bantuan banjir, jangan dibuka, tanya langsung ke kantor kelurahan.", "Eko Wibowo", "eko.wibowo79@gmail.com", NULL },
  { "Angkringan kami di Jalan Kaligawe cuma gerobak dan terpal, tiap banjir ya tutup. Februari kemarin tutup 6 hari, hilang kira-kira Rp 2 juta. Yang beli malam-malam itu sopir truk Pantura yang nunggu jalan dibuka. Retribusi Rp 12.000 sebulan tidak apa-apa asal jalannya tidak tenggelam lagi. Mampir ya, nasi kucing Rp 3.000, wedang jahe Rp 4.000. — Angkringan Pak Darmo", "Angkringan Pak Darmo", "darmo.angkringan@gmail.com", NULL },
};
