/* test-spam-heldout42-data.h: a forty-second round's comments, under a
 * story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments written by a second pair of hands, blind (the filter's
 * source not read, built or run), under an invented local story
 * (story42: Fez, Morocco, where the commune will move the 148 lime and
 * soaking vats of the Chouara tannery out of the medina to a new
 * leather crafts zone at Aïn Nokbi, six kilometres east, and relocate
 * the 312 registered tanners who work them; the commune's
 * vice-president for urban planning puts the cost at 86.4 million
 * dirhams, 52 million of it from the Ministry of Tourism, Handicrafts
 * and Social Economy, for 96 covered workshops of 24 square metres and
 * a treatment unit for 180 cubic metres of waste water a day, the 210
 * dye pits seen from the terraces kept and restored, works from March
 * 2027 for 18 months; the director of the medina rehabilitation
 * programme says tanners who move get 2,500 DH a month for up to six
 * months, then pay 300 DH a month on ten-year leases, registration at
 * the Chambre d'artisanat until Friday 30 October; a resident of Derb
 * Chouara for 34 years, 58, on the smell and on who will buy bread
 * once the tanners go; a third-generation maâlem, 61, saying 2,500 DH
 * does not feed a family and two apprentices and no bus reaches Aïn
 * Nokbi before 7am; the president of the Association des Tanneurs de
 * Chouara asking for 4,000 DH and a free shuttle from Bab Guissa; a
 * professor of environmental chemistry asking for the chromium to be
 * treated on site; a public meeting on Wednesday 14 October at 5pm at
 * the Batha cultural centre), in two sets, most of them in Moroccan
 * Darija, in Arabic script or in Latin "Arabizi" (digits for letters),
 * some in Modern Standard Arabic, French, Spanish, English or Tamazight
 * (Tifinagh and Latin).
 *
 * The first, the spam any site's form lets through (desk_spam), in
 * order:
 *   - a betting promo code, a 130% bonus on the first deposit, a
 *     referral link on a .xyz host, the same host in the website field
 *     (French and Darija Arabizi);
 *   - a "rbe7 men dar" task scam, likes and hotel reviews on Google
 *     Maps, a +212 WhatsApp number in dashed groups (Darija Arabizi);
 *   - a fake CNSS notice, family allowances suspended, a 9.90 DH
 *     "processing fee" at a look-alike .info link (Modern Standard
 *     Arabic);
 *   - a fake ONEE electricity bill of 347.60 DH and a cut-off date, no
 *     accents, a bare .online host in the text and the website field
 *     (French);
 *   - a "fqih rou7ani", "jalb l7bib" and sorcery undone, the WhatsApp
 *     number in Arabic-Indic digits (Darija, Arabic script);
 *   - "real Moroccan" Instagram and TikTok followers for sale, a bare
 *     .shop host and a discount code (English);
 *   - a testimony of a crypto "trader" who turned 5,000 DH into
 *     48,000, a Telegram handle and a +44 number (Darija Arabizi and
 *     French);
 *   - driving licences and diplomas without exams, the number written
 *     with letter Os and letter Is for digits, no link (French);
 *   - a fake Amana parcel stuck in customs, a 17.50 DH fee, a .ma name
 *     nested inside a .top host (French, one line of Arabic);
 *   - strawberry-picking and hotel contracts in Spain with a 4,500 DH
 *     "expediente" fee, an invented shortener link (Spanish, a line of
 *     Darija Arabizi);
 *   - an adult come-on, 18+ photos on a .top host (Darija Arabizi and
 *     French);
 *   - slimming pills and a slimming belt, cash on delivery, a bare
 *     .store host and the website field (Darija, Arabic script).
 *
 * Then twelve genuine readers (desk_genuine):
 *   - a resident of Derb Chouara since 2009 for the move, the lime
 *     pits' smell and his children's cough (Darija Arabizi);
 *   - a reader against: a décor for tourists, 6 km, no bus before 7am,
 *     2,500 DH for six months (French);
 *   - sarcasm, a museum without people, the project opening just
 *     before the 2028 elections (Darija, Arabic script);
 *   - all-capitals anger at promises to clean the oued since 2013
 *     (French);
 *   - emoji only;
 *   - a reply to "@Youssef Benjelloun", for the move but on the
 *     tanners' terms, an uncle's hands ruined by lime and chrome
 *     (Darija Arabizi);
 *   - a question to the reporter: does the allowance cover apprentices
 *     and day workers without a craftsman's card (Modern Standard
 *     Arabic);
 *   - a reader quoting a fake "Chambre d'Artisanat" SMS with its
 *     .online link to warn it is "nsba" (Darija Arabizi, the SMS in
 *     French);
 *   - a mtaess.gov.ma page and a local news site's page cited
 *     (French);
 *   - a 79-year-old tanner's widow, her grandson typing (Darija,
 *     Arabic script);
 *   - a bazaar owner near the tannery signing with the bazaar's name,
 *     no phone, no link (French and Darija Arabizi);
 *   - a very short comment, thanks and bravo (Tamazight, Tifinagh).
 *
 * The second, spam dressed as readers (dressed_spam):
 *   - a memory of moving an uncle's things out of Derb Chouara by
 *     donkey, then a removals firm with a number and its site (Darija
 *     Arabizi and French);
 *   - a tourist's memory of the terrace, the phrase "guided walk to the
 *     Chouara terraces" an HTML link to a guides' site (English);
 *   - a reply to "@Latifa Sqalli" agreeing, a betting site with an
 *     affiliate code in the website field only (Darija, Arabic script);
 *   - sympathy for the resident, then a fqih who brought a husband
 *     back, the number partly in Darija number words, one of them with
 *     a digit inside ("sb3a") (Darija Arabizi);
 *   - a visitor's memory of the smell, then a Bitcoin and USDT "trader"
 *     and his Telegram handle (French);
 *   - the allowance called too small, then a loan "bla dossier" with no
 *     guarantor, the number split by dashes (Darija, Arabic script);
 *   - a cousin tanner now in Québec, then an agency for Canadian work
 *     contracts with a 12,000 DH file fee, a bare .online host and a
 *     +212 number (Darija Arabizi and French);
 *   - the 24 m² workshops questioned, then "lots titrés" at Aïn Chkef,
 *     a broker's number and site (French);
 *   - the allowance praised, then a fake state "da3m" of 15,000 DH for
 *     craftsmen with a 49 DH release fee on a gov-ma look-alike host
 *     (Darija Arabizi);
 *   - the professor's point praised by a chemistry graduate, then a
 *     "fully funded" scholarship in Germany with a 1,200 DH file fee
 *     (Modern Standard Arabic);
 *   - praise for the tanners' association, then an online "Artisan
 *     Digital" course from 1,990 DH to 199 DH (French);
 *   - a tourist's memory of a riad's roof over the tannery, then a riad
 *     booking site at a look-alike host (Spanish).
 *
 * And twelve readers a filter might take for spam (dressed_genuine):
 *   - a reader's own blog post on Chouara's last months with her dawn
 *     photos, no ads (French);
 *   - a solidarity association collecting donations for moved tanners'
 *     families, its own .org.ma site, its bank details there (Darija,
 *     Arabic script);
 *   - the cost worked out per tanner, the allowance in dirhams and
 *     percentages of the budget, square metres per tanner (Darija
 *     Arabizi);
 *   - an 84-year-old reader of the paper since 1968, a maâlem's son,
 *     all in capitals (French);
 *   - two official pages, sgg.gov.ma and mtaess.gov.ma (Modern
 *     Standard Arabic);
 *   - the free official Chikaya app recommended, no link (Darija
 *     Arabizi);
 *   - a neighbourhood WhatsApp group's notice of a meeting, "bla
 *     flouss", nothing sold (Darija Arabizi);
 *   - a long rant on promo, gratuit, cash back and flouss (Darija
 *     Arabizi and French);
 *   - a reader in Lyon comparing the canuts' workshops of the
 *     Croix-Rousse (French);
 *   - a reply thanking "@Salma Idrissi" for the link (Tamazight, Latin
 *     script, and Darija Arabizi);
 *   - a son whose father paid a fake 600 DH "inspection fee" in cash,
 *     warning, no link (Darija, Arabic script);
 *   - a café-snack signing with its name, prices and hours, no link
 *     (Darija Arabizi and French).
 */

#pragma once

#include "spam-test-util.h"

/* The story the comments are under */
static const char * const story42 =
  "Fez to move Chouara tannery's lime pits out of the medina, relocating 312 tanners to Aïn Nokbi\n\n"
  "FEZ, Morocco — The commune of Fez will move the lime and soaking pits of the Chouara tannery, the largest working tannery in the old medina, to a new leather crafts zone at Aïn Nokbi, six kilometres to the east, and will relocate the 312 registered tanners who work them, the commune's vice-president for urban planning said on Monday.\n\n"
  "Karim Bennis Slaoui said the project would cost 86.4 million dirhams (MAD), 52 million of it from the Ministry of Tourism, Handicrafts and Social Economy and the rest from the commune and the Fès-Meknès region. The 148 vats of lime and pigeon droppings, which send ammonia and chromium-laden water into the Oued Boukhrareb, will give way to 96 covered workshops of 24 square metres each and a treatment unit for 180 cubic metres of waste water a day. The 210 dye pits seen from the terraces will stay and be restored. Works are due to start in March 2027 and take 18 months.\n\n"
  "Tanners who move will receive 2,500 DH a month for up to six months, then pay a rent of 300 DH a month on ten-year leases, said Nadia Ouazzani Chahdi, director of the medina rehabilitation programme. Registration at the Chambre d'artisanat closes on Friday 30 October.\n\n"
  "\"The smell is in my curtains, my bread, my children's clothes,\" said Fatima Zahra Lahlou, 58, who has lived in Derb Chouara for 34 years. \"But if the tanners go, who will buy bread in our street?\"\n\n"
  "Abdelhak Chraibi, 61, a third-generation maâlem, said 2,500 DH \"does not feed a family and two apprentices\", and that no bus reaches Aïn Nokbi before 7am. Mohamed Amine Tazi, president of the Association des Tanneurs de Chouara, asked for 4,000 DH a month and a free shuttle from Bab Guissa.\n\n"
  "Samira Alaoui Mdaghri, a professor of environmental chemistry at Sidi Mohamed Ben Abdellah University, said the chromium must be treated on site, \"or the pollution will simply move east with the pits.\" A public meeting on the project will be held on Wednesday 14 October at 5pm at the Batha cultural centre.";

static const Comment desk_spam[] = {
  { "🎰⚽ CODE PROMO BETATLAS : ATLAS212 👉 bonus 130% 3la awel dépôt 7ta l 2 600 DH !! Dépôt w retrait b CIH, Cash Plus w Jibi f 5 d9aye9, paris sportifs Botola w Liga, casino live 24/24. Tsjel daba: https://betatlas-maroc.xyz/inscription?promo=ATLAS212 🔥", "BetAtlas Maroc", "promo@betatlas-maroc.xyz", "https://betatlas-maroc.xyz" },
  { "Salam 3likom 👋 kan9elbo 3la 20 wa7ed bghaw yrb7o men dar, ghir b tilifoun: t3ti like l videos w tktb avis 3la les hôtels f Google Maps. Rbe7 men 150 l 700 dh f nhar, lkhlass kol nhar f CIH wla Barid Cash. Ma khassek tkhelles 7ta derham bach tbda! Sift lia \"KHDMA\" f WhatsApp: +212 - 6 61 - 00 - 43 - 27 👈 blasat m7doda", "Khadija RH", "khadija.recrutement.ma@gmail.com", NULL },
  { "الصندوق الوطني للضمان الاجتماعي: تم تعليق التعويضات العائلية الخاصة بكم بسبب عدم تحيين المعطيات. يرجى تحيين بياناتكم وأداء رسوم المعالجة (9,90 درهم) داخل أجل 48 ساعة عبر الرابط التالي: https://cnss-ma.info/tahyin لتفادي الحذف النهائي من المنظومة.", "CNSS خدمة الزبناء", "service@cnss-ma.info", NULL },
  { "ONEE - Branche Electricite : Cher client, votre facture N 2026-0917 d'un montant de 347,60 DH reste impayee. Votre compteur sera coupe le 16/10/2026 a 08h00. Pour eviter la coupure et les frais de remise en service (250 DH), reglez maintenant par carte bancaire sur onee-paiement.online/facture", "ONEE Service Client", "no-reply@onee-paiement.online", "https://onee-paiement.online" },
  { "الفقيه الروحاني سي علال السوسي 🔮 جلب الحبيب في 3 أيام، رد المطلقة، فك السحر والتابعة، القبول والزواج، المحبة، علاج العين والحسد. ماشي شعوذة، خدمة بالقرآن والأسرار. كنخدم مع المغرب وأوروبا والخليج. واتساب: ٠٦٦٢ ٠٠ ٣٤ ٥١ ☎️ النتيجة مضمونة ولا فلوسك ترجع ليك", "سي علال الروحاني", "sialal.rohani@gmail.com", NULL },
  { "Boost your brand in Morocco 🇲🇦 Buy REAL Moroccan Instagram followers, TikTok views and YouTube subscribers. 5,000 followers for only 149 MAD, delivered in 2 hours, no password, lifetime refill. Pay by bank transfer or PayPal. Visit followers-maroc.shop today and get 20% off with code FEZ20", "Followers Maroc", "contact@followers-maroc.shop", "https://followers-maroc.shop" },
  { "Salam l jami3 🙏 bghit nchark m3akom tajriba dyali: kont m9ahra w 3andi kridiyat, 7ta t3rft 3la Madame Salma Berrada, trader professionnelle f crypto. Investit 5 000 dh w f 10 iyam wlaw 48 000 dh f compte dyali, sans frais cachés. Ila bghiti tbdl 7yatk twasl m3aha f Telegram @SalmaBerradaTrading wla WhatsApp +44 7700 900 412, goliha jiti men 3and Hind 💸", "Hind El Amrani", "hind.elamrani.92@gmail.com", NULL },
  { "Vous avez raté le bac ou le permis ? Nous délivrons PERMIS DE CONDUIRE (B, C, D) sans examen, BAC, LICENCE, MASTER et certificats de travail authentiques, enregistrés dans le système, livraison discrète partout au Maroc en 5 jours. Paiement après vérification. Contactez Mr Hamza sur WhatsApp : O6.7I.OO.2O.84", "Hamza Documents", "documents.maroc.rapide@outlook.com", NULL },
  { "Barid Al-Maghrib / AMANA : Votre colis n AM482026117MA est bloque au centre de dedouanement de Casablanca. Frais de douane a regler : 17,50 DH. Sans paiement sous 24h le colis sera retourne a l'expediteur. Suivi et paiement : https://amana.ma-suivi-colis.top/AM482026117MA | طردكم في انتظار أداء الرسوم الجمركية", "AMANA Suivi", "suivi@ma-suivi-colis.top", NULL },
  { "¡Contratos de trabajo en España para marroquíes! Campaña de la fresa en Huelva y hostelería en Almería, 1.450 euros al mes, alojamiento incluido, visado en 30 días. Solo hay que pagar los gastos de expediente de 4.500 DH, el billete lo adelantamos nosotros. Plazas limitadas, inscripción aquí: sh0rt.ink/huelva26 — mr7ba bikom, Wahiba katjaweb 3la kolchi 👍", "Agencia Estrecho Empleo", "info.estrechoempleo@gmail.com", NULL },
  { "Coucou 😘 ana Lina, 23 ans men Casa, célibataire w kan9leb 3la rajel sérieux nt3ref 3lih... Photos w vidéos privées 18+ hna: http://lina-rencontre.top/p/4471 📸 ma tkhllinich ntsenna bzaf 💋", "Lina ❤️", "lina.coeur2003@hotmail.com", "http://lina-rencontre.top" },
  { "بغيتي تنقصي 12 كيلو فشهر بلا ريجيم وبلا رياضة؟ 💊 حبوب \"سليم فيت\" الأصلية من تركيا + حزام التنحاف هدية 🎁 الثمن 299 درهم عوض 599، التوصيل مجاني لجميع المدن والخلاص عند الاستلام. دخلي للموقع وعمري الاستمارة: slimfit-maroc.store", "Slim Fit Maroc", "commande@slimfit-maroc.store", "https://slimfit-maroc.store" },
};

static const Comment desk_genuine[] = {
  { "Ana saken f Derb Chouara men 2009 w wlidati dima fihom l k7a, tbib 9al lia ri7a dyal jir w l7wad hiya sbab. Ila rj3at ri7a 9lila w lwad n9i, mr7ba b had lmachrou3. Ghir ykhliw l7wad dyal sbagha f blasthom bach yb9a lbi3 w chra f l7ouma.", "Rachid Bennani", "rachid.bennani.fes@gmail.com", NULL },
  { "Je suis contre. Sans les tanneurs, Chouara devient un décor pour touristes qui prennent des photos avec une branche de menthe sous le nez. Aïn Nokbi est à 6 km, il n'y a pas de bus avant 7h, et 2 500 DH pendant six mois, c'est moins que ce que gagne un maâlem en un mois de haute saison. On déplace les hommes et on garde la carte postale.", "Youssef Benjelloun", "y.benjelloun.fes@gmail.com", NULL },
  { "هههه غادي يديو الدباغة لعين النقب ويخليو الصباغة للسياح يتصورو معاها 😂 بحال شي متحف بلا ناس. والمشروع غادي يسالي فـ2028 نيت قبل الانتخابات، عقلو عليا", "أيوب الفاسي", "ayoub.fassi.2000@gmail.com", NULL },
  { "DEPUIS 2013 ON NOUS PROMET DE NETTOYER L'OUED BOUKHRAREB !!! CHAQUE ANNÉE UN NOUVEAU PLAN, UNE NOUVELLE MAQUETTE, UN NOUVEAU RESPONSABLE QUI VIENT SE PRENDRE EN PHOTO SUR LA TERRASSE. ET L'EAU EST TOUJOURS VERTE ET ROUGE. ASSEZ DE PROMESSES !!!", "Latifa Sqalli", "latifa.sqalli@yahoo.fr", NULL },
  { "🐑🎨👃😷➡️🏭🤔", "Imane", "imane.batha@gmail.com", NULL },
  { "@Youssef Benjelloun 3ndek l7a9 f l bus w f 2500 dh, walakin nta ma sakench 7da l7wad. Khali dabbagh, 3yat yeddih mn jir w chrom, f l3mer dyalo 63 3am w ydih b7al dyal chi wa7ed f 80. Khass nbdlo, walakin b chorot dyal l7irafiyin machi dyal lcommune.", "Meryem Lahlou", "meryem.lahlou.fes@gmail.com", NULL },
  { "سؤال للصحفي: ذكر المقال أن التسجيل لدى غرفة الصناعة التقليدية ينتهي يوم الجمعة 30 أكتوبر. هل يشمل التعويض الشهري (2500 درهم) المتعلمين والعمال المياومين غير المسجلين، أم فقط المعلمين الحاملين لبطاقة الصانع؟ في الدباغة عدد كبير من العمال يشتغلون بلا أي وثيقة.", "عبد الرحيم الإدريسي", "a.idrissi.prof@gmail.com", NULL },
  { "3ndakom rah NSBA! Bba jato had SMS lbare7: \"Chambre d'Artisanat Fes: votre dossier indemnite tanneurs 2500 DH est incomplet, confirmez votre RIB et payez 20 DH sur https://artisanat-fes-indemnite.online avant 48h\". Chambre ma katsifet 7ta link, l'inscription katkoun f lbureau b la carte d'artisan. Ma t9lbo 3la walou w 9olo l lkbar dyalkom!", "Hajar Chraibi", "hajar.chraibi@outlook.fr", NULL },
  { "Pour ceux qui veulent les documents : la fiche du projet et le calendrier de la réunion publique sont sur le portail du ministère, https://www.mtaess.gov.ma/fr/artisanat/projets/tanneries-chouara-ain-nokbi , et Saïss Hebdo a publié une bonne enquête sur la pollution de l'oued : https://www.saisshebdo.ma/societe/oued-boukhrareb-chrome-tanneries . À lire avant le 14.", "Salma Idrissi", "salma.idrissi.archi@gmail.com", NULL },
  { "انا عندي 79 عام والمرحوم راجلي كان دباغ فشوارة 50 عام وولدي حتى هو دباغ ما كنعرفش نكتب فهاد التيليفون كتب ليا حفيدي ولكن الكلام ديالي الدباغة ماشي غير خدمة هي دار الفاسيين الله يجيب التيسير ويخليو الناس يخدمو قريب لديورهم", "الحاجة رقية", "anas.7afid.rkia@gmail.com", NULL },
  { "3ndi bazar f Talâa Kebira 9rib l Chouara men 1998. Les touristes kayjiw ychofo les tanneurs khaddamin, machi l7wad khawyin. Ana m3a l'assainissement dyal lwad, walakin khass l'association tkoun m3ana f lmachrou3 men lowel. Hassan Filali — Bazar Dar Ennour", "Bazar Dar Ennour", "bazardarennour@gmail.com", NULL },
  { "ⵜⴰⵏⵎⵉⵔⵜ, ⴰⵢⵢⵓⵣ!", "Amaziɣ", "amazigh.sefrou@gmail.com", NULL },
};

static const Comment dressed_spam[] = {
  { "Fkrtini f 2015 mnin 3awnt 3ami y7awel men Derb Chouara l Zouagha, kan7ezo l7wayj 3la l7mir 7it 7ta camion ma kaydkhol l medina. Li ghadi y7awlo daba l 3in Nokbi: Transport Saïs Déménagement kaydir l7mala w l camion men Bab Guissa, prix spécial l dabbagha. Appel wla WhatsApp 06 62 00 41 90, golo jitou men jarida 🚚", "Transport Saïs", "transport.saiss.fes@gmail.com", "https://transport-saiss-demenagement.ma" },
  { "Such a pity if the tanners really leave. I still remember the sprig of mint and the view from the terrace in 2019. Anyone visiting before the works start should book a <a href=\"https://fez-medina-guides.site/tours/chouara\">guided walk to the Chouara terraces</a> while the maâlems are still at work, it is unforgettable.", "Emily Carter", "emily.travels.uk@gmail.com", "https://fez-medina-guides.site" },
  { "@Latifa Sqalli عندك الصح، الواد ديال بوخرارب ولا كحل وحمر وحنا كنسمعو غير الوعود. الله يعطينا شي مسؤول يخدم بصح.", "Zakaria Mernissi", "zakaria.mernissi88@gmail.com", "https://1xwin-maroc.vip/register?aff=zak88" },
  { "Lah ykon f l3wn Lalla Fatima Zahra, 34 3am f derb w daba ghadi tb9a bou7dha. 7ta ana kont b7alha, rajli mcha w khlani m3a drari. Wa7ed sa7bti dlatni 3la Fqih Si Bouchta men Moulay Yacoub, f 3 iyam rajli rja3 w dar kaytfaham. Ma kayakhod walou 7ta tchoufi nnatija. Numéro dyalo: 0 stta sb3a sb3a 00 58 19 62", "Naima Kettani", "naima.kettani.77@gmail.com", NULL },
  { "J'ai visité Fès en 2018 et l'odeur de Chouara m'est restée, c'est bien qu'on pense enfin à traiter l'eau. Petite parenthèse : depuis un an je suis accompagnée par Karim Tahiri, trader en Bitcoin et USDT, j'ai transformé 3 000 € en 27 000 € sans rien connaître au marché. Il accepte encore quelques personnes, écrivez-lui sur Telegram @KarimTahiri_Invest et dites que vous venez de la part d'Aurélie.", "Aurélie Martin", "aurelie.martin.lille@gmail.com", NULL },
  { "2500 درهم فالشهر؟ هادي ما تخلص حتى الكرا ديال الحانوت فعين النقب. اللي محتاج يكمل الشهر ولا يشري الماكينات للورشة الجديدة، أنا خديت كريدي بلا دوسي وبلا ضامن من عند السي مصطفى، 30 ألف درهم تخلصات فيومين. واتساب: 06-55-0-0-73-18", "نبيل العلمي", "nabil.elalami.fes@gmail.com", NULL },
  { "Wld 3ammi kan dabbagh f Chouara 12 3am, daba raho f Québec khddam f une tannerie b 22 dollars f sa3a. Li bgha ykhrej men had l7ala: l'agence Nouvel Horizon Canada katdir les contrats de travail f l'agroalimentaire w l cuir, visa f 45 jours. Frais de dossier 12 000 DH ghir, w l billet 3lihom. Infos: nouvelhorizon-canada.online / +212 6 00 91 27 44", "Omar Sefrioui", "omar.sefrioui.qc@gmail.com", NULL },
  { "Attendre 18 mois un atelier de 24 m² à 300 DH de loyer ? Les gens du quartier devraient plutôt penser à acheter. Lotissement Al Warda à Aïn Chkef : lots titrés de 100 à 250 m², 1 900 DH le m², facilités de paiement sur 5 ans, titre foncier individuel remis à la signature. Contactez le courtier Si Hamid au 06 61 77 20 03 pour visiter ce week-end.", "Hamid Immobilier", "hamid.immo.fes@gmail.com", "https://alwarda-lotissement.ma" },
  { "Mzyan had 2500 dh, walakin bzaf dl7irafiyin ma3rfouch bli kayn 7ta da3m jdid dyal dawla: 15 000 dh l kol 7irafi mssjel, men barnamaj \"Tadamon Sina3a\". Ana 9bdtou l'simana li fatet! Dkhlo l https://da3m-7irafiyin.gov-ma.site/inscription, 3mro l'formulaire w khlso 49 dh dyal frais de déblocage b Cash Plus. Partagiw m3a l3a2ila 🙏", "Souad Benslimane", "souad.benslimane.fes@gmail.com", NULL },
  { "كلام الأستاذة العلوي المدغري عن معالجة الكروم في عين المكان دقيق جدا، درسنا هذا الموضوع في ماستر الكيمياء البيئية بفاس. وللطلبة القراء: حصلت على منحة ممولة بالكامل لدراسة الماجستير في ألمانيا عبر برنامج \"جسور المعرفة\"، تشمل الرسوم والسكن و950 يورو شهريا. المطلوب فقط رسوم دراسة الملف 1200 درهم قابلة للاسترجاع، والتسجيل قبل 31 أكتوبر على jusour-scholarships.org/apply", "ياسين بنكيران", "yassine.benkirane.chem@gmail.com", NULL },
  { "Bravo à l'Association des Tanneurs de Chouara et à M. Tazi, ce sont eux qui défendent vraiment le métier. Mais un artisan qui ne vend pas en ligne en 2026 dépend des bazars. Dans ma formation « Artisan Digital » j'apprends aux maâlems à vendre leurs sacs et leurs babouches sur Instagram et Etsy : 1 990 DH ➜ 199 DH seulement jusqu'à dimanche, accès à vie. Inscription : https://pay.artisandigital-academy.online/fes 🚀", "Sofia Coach E-commerce", "sofia@artisandigital-academy.online", "https://artisandigital-academy.online" },
  { "Estuve en Fez en abril y lo mejor fue despertarme con la vista de las tenerías desde la azotea del riad. Ojalá conserven las pilas de colores. Para quien quiera ir antes de las obras, reservé mi riad con un 40% de descuento en bookinq-riads-fez.com, mucho más barato que en las otras webs y se paga al llegar.", "Carmen Ortega", "carmen.ortega.viajes@gmail.com", NULL },
};

static const Comment dressed_genuine[] = {
  { "J'ai publié sur mon blog un billet sur les derniers mois de Chouara tel qu'on le connaît, avec une trentaine de photos prises à l'aube depuis la terrasse de mon oncle : les maâlems dans les cuves de chaux, les peaux qui sèchent sur les toits. Pas de pub, pas de visite à vendre, juste la mémoire du quartier : https://carnetsdelamedina.wordpress.com/2026/10/chouara-avant-le-depart", "Nadia Berrada", "nadia.berrada.photo@gmail.com", "https://carnetsdelamedina.wordpress.com" },
  { "جمعية أيادي الشوارة للتضامن كتجمع التبرعات لعائلات الدباغة اللي غادي يتنقلو لعين النقب: أدوات الخدمة، مساعدة فالكرا، واللوازم المدرسية للدراري قبل الدخول. كل درهم كيتسجل وكنشرو الحسابات كل 3 شهور فالموقع ديالنا: https://ayadi-chouara.org.ma/dons — الـRIB ديال الجمعية كاين فالموقع. الله يجازيكم بخير", "جمعية أيادي الشوارة", "contact@ayadi-chouara.org.ma", "https://ayadi-chouara.org.ma" },
  { "7sebt chwiya: 86,4 mlyoun dh 3la 312 dabbagh = 276 923 dh l kol wa7ed. L'indemnité: 312 × 2500 × 6 = 4 680 000 dh, ya3ni 5,4% men lmachrou3. Ila tl3at l 4000 dh b7al ma tlbat l'association: 7 488 000 dh, 8,7%. Lfar9 ghir 2 808 000 dh, 3,25% men lmizaniya. W 96 atelier l 312 wa7ed = 3,25 dabbagh f atelier dyal 24 m², ya3ni 7,4 m² l kol wa7ed. 7sbo m3aya w goulo lia ila ghalt.", "Khalid Amrani", "khalid.amrani.compta@gmail.com", NULL },
  { "J'AI 84 ANS ET JE LIS VOTRE JOURNAL DEPUIS 1968. MON PÈRE ÉTAIT MAÂLEM À CHOUARA ET À SIDI MOUSSA. LA CHAUX ET LA FIENTE DE PIGEON, ON VIVAIT AVEC. MAIS LA PROFESSEURE DE L'UNIVERSITÉ A RAISON : SI ON NE TRAITE PAS LE CHROME, L'OUED SERA MALADE À AÏN NOKBI COMME ICI. JE DEMANDE AU JOURNAL DE SUIVRE CE CHANTIER JUSQU'AU BOUT. MERCI.", "ABDELKADER BENSOUDA", "a.bensouda1942@menara.ma", NULL },
  { "لمن يرغب في قراءة النصوص الرسمية قبل الاجتماع العمومي يوم الأربعاء: القانون رقم 50.17 المتعلق بمزاولة أنشطة الصناعة التقليدية منشور في الجريدة الرسمية على بوابة الأمانة العامة للحكومة https://www.sgg.gov.ma/BulletinOfficiel.aspx ، وبرنامج تأهيل المدينة العتيقة لفاس وتفاصيل منطقة عين النقب على موقع الوزارة https://www.mtaess.gov.ma/ar/artisanat/programmes/fes-medina . يستحسن قراءة المواد المتعلقة بسجل الصناع قبل الحضور.", "ليلى بنسليمان", "leila.bensliman.avocate@gmail.com", NULL },
  { "Nasi7a l ga3 li sakn 9rib l wad: telechargiw l'application Chikaya, dyal dawla w gratuite. Katsifet fiha chikaya 3la l7wad li kaysaylo f lwad wla zbel, w kat3tik numéro dyal suivi. Ana drt wa7da 3la lma l7mer f Bin Lemdoun w f 12 yom jat l'équipe dyal jama3a.", "Mehdi Tazi", "mehdi.tazi.dev@gmail.com", NULL },
  { "Mn groupe WhatsApp \"Wlad Derb Chouara\" 📢: ijtima3 dyal sokan w l7irafiyin nhar Sebt 10/10 m3a 5 dl3chiya f dar chabab Batha, bach nwjdo l'as2ila dyal l'ijtima3 l3omomi nhar 14. Jibo m3akom la carte d'artisan w CIN. L'ijtima3 bla flouss, 7ta wa7ed ma kaybi3 walou w 7ta wa7ed ma khasso ykhelles chi 7aja. Ila chi wa7ed tlbkom flouss smiyto f la liste, rah nsab.", "Wlad Derb Chouara", "wladderbchouara@gmail.com", NULL },
  { "Kolchi f had lblad wla promo: promo f les supermarchés, livraison gratuite, cash back, recharge gratuite, 'rbe7 iPhone'... w mnin kaywsel l7a9 dyal dabbagh, ma kayn la promo la gratuit. Flouss dyal festival kayna, flouss dyal les panneaux f Bab Boujloud kayna, flouss dyal la maquette 3D li werrawha f TV kayna. Walakin lmaâlem li khdem 40 3am f jir w chrom kay3tiwh 2500 dh w kay9olo lih sir l 3in Nokbi. Ana 3tit 500 dh cash l jiranna f 2020 mnin tsddat Chouara f corona, 7it 7ta wa7ed ma 3awnhom. Tourisme kaydkhel milliards, w li bnaw had tourisme huma li ghadi yb9aw bla walou.", "Abdellah Guessous", "abdellah.guessous@gmail.com", NULL },
  { "J'écris de Lyon, où je vis depuis onze ans. Ici, les ateliers des canuts de la Croix-Rousse sont devenus des lofts, et il ne reste qu'une Maison des Canuts où l'on montre les métiers à tisser aux touristes. C'est joli, mais plus personne n'en vit. Déplacer les cuves de chaux, oui, pour l'oued et pour les poumons ; mais si Chouara finit en musée, Fès aura perdu ce que Lyon a perdu. Courage aux maâlems.", "Karima Benchekroun", "karima.benchekroun@free.fr", NULL },
  { "@Salma Idrissi tanmirt nnem ɣef link! Ufiɣ lkarta n l'projet, d l7anout n baba illa g tranche tamezwarut. Ghadi nji l l'ijtima3 nhar 14 b les questions dyali. Ayyuz!", "Brahim Ait Ouahmane", "brahim.aitouahmane@gmail.com", NULL },
  { "رد البال آ العباد: الواليد ديالي دباغ وجاه واحد لحانوت قالو راه من اللجنة ديال الجماعة، وخاصو يخلص 600 درهم ديال \"رسوم المعاينة\" باش يدخل فلائحة المستفيدين من الورشات ديال عين النقب. خلصو كاش وما عطاه حتى وصل. من بعد عرفنا بلي نصب، والجماعة ما كتطلب حتى درهم. ما تخلصو حتى واحد وبلغو البوليس.", "سفيان الشرايبي", "soufiane.chraibi.95@gmail.com", NULL },
  { "Ana m3a lmachrou3 ila rja3 lwad n9i. W li ja l l'ijtima3 nhar 14 w bgha yrta7 mn ba3d: Café Snack Nour Chouara, 9bala l bab dyal dabbagha. Atay b na3na3 7 DH, bissara b zit 12 DH, msemen b l3sel 5 DH, café noir 8 DH, tajine dyal kefta 35 DH. M7loul men 6h d sba7 7ta l 21h. Mr7ba b ga3 wlad l7ouma. Si Mustapha w wlado.", "Café Snack Nour Chouara", "cafenourchouara@gmail.com", NULL },
};
