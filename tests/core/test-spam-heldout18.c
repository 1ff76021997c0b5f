/* test-spam-heldout18.c: the spam filter against an eighteenth held-out set
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seventy comments written before the eighteenth round read the
 * rules, of spam that imitates what readers legitimately do, and of
 * languages and scripts the earlier sets used least: thirty spam (a
 * "correction" and a "story tip" that turn to car insurance and solar
 * panels; a child's surgery fundraiser and a Ukrainian "збір" at
 * made-up GoFundMe-like sites; a library petition paying a voucher;
 * fake official notices: an HMRC tax refund, Correos's parcel held at
 * customs, Ameli's carte Vitale, a German energy payment, India's
 * "yojana", a UN payment to Ukrainian refugees, a Nigerian government
 * grant in Hausa, a DVLA refund told as a reader's own luck; a roofer
 * "mentioned in this story" selling repairs; a "source" that is an
 * affiliate comparison page; astroturf with a cap shop and a "people's
 * coin"; a Bengali loan app, Tamil, Amharic, Kazakh, Tagalog and Yoruba
 * earnings, a Georgian free iPhone, an Armenian casino, Hebrew crypto
 * returns; a casino advert in Latin words with Cyrillic letters; emoji
 * round a short link; a replica watch advert one word a line) and forty
 * readers near those shapes (a correction, a phone number corrected
 * and a date corrected from official sources; a real story tip; the
 * hospice's JustGiving and a church's GoFundMe; Parliament's petition;
 * HMRC's, Correos's, Ameli's, the DVLA's fake notices warned of; the
 * German payment explained; a real parcel held at customs; the
 * council's support fund and gritting page; PM Kisan, CoWIN, the Red
 * Crescent and Come Back Alive named with their sites; the roofer and
 * a bakery mentioned in the story thanking it; Ofcom's figures as a
 * source; a passionate voter, a cap seller seen at a rally, a meme coin
 * warned of; thanks in Bengali, Tamil, Amharic, Georgian, Armenian,
 * Kazakh, Hausa and Yoruba; Hebrew crypto returns and Telegram jobs in
 * Tagalog warned of; Russian with Latin words in it; emoji alone; a
 * complaint one word a line).
 *
 * Untrained, before any change, the filter caught 9 of the 30 and
 * flagged none of the 40: that is the held-out figure. It caught the
 * roofer (0.89), the Bengali loan app (0.89), the Hebrew crypto group
 * (0.62), the Kazakh and Tagalog jobs (0.55, 0.75), the Yoruba crypto
 * (0.91), the Cyrillic-lettered casino (0.70), the emoji round a short
 * link (0.81) and the Spanish correction's loan (0.79). It missed the
 * correction turned to car insurance (0.40), the story tip for solar
 * panels (0.00), the surgery fundraiser (0.00), the petition's voucher
 * (0.30), HMRC's refund (0.45), Correos's customs fee (0.00), Ameli's
 * card (0.00), the German energy payment (0.45), the affiliate "source"
 * (0.40), the cap shop (0.40), the "people's coin" (0.00), the Hindi
 * yojana (0.00), the Tamil earnings (0.00), the Amharic earnings
 * (0.00), the Georgian iPhone (0.40), the Armenian casino (0.40), the
 * UN payment in Ukrainian (0.00), the Hausa grant (0.00), the replica
 * watches one word a line (0.35), the DVLA refund as a reader's luck
 * (0.00) and the Ukrainian fundraiser (0.00). The readers closest to
 * the line: the roofer's thanks with its own site (0.40), a Yoruba
 * reader on crypto scams and a Russian one on an online casino (0.35
 * each: one suspect word); every other reader 0.00.
 *
 * The round's rules are kinds, not these comments' words, in a new
 * byline-spam-filter-notices.c, each weighed only without a reader's
 * warning (scam, fake, never, estafa, шахраї, הונאה, धोखा...): an
 * official notice's subject (a refund, a benefit or a grant, customs
 * and a parcel, a card to renew, a gift; in some twenty languages) and
 * its demand (claim, register, renew, pay, оформіть, रजिस्टर, rajista,
 * დარეგისტრირდით...) with an address whose own name has a hyphen and is
 * no official body's, newspaper's or platform's; giving or signing with
 * a fundraising platform's name ("gofund", "justgiv", "petition",
 * "donat"...) inside such an address; a reader's form (a correction, a
 * story tip, a source) with a deal's word ("deals", "insurance",
 * "cheapest", "aff") and such an address; political cheering
 * (patriots, "the people's", "take back") with merchandise or a coin
 * and a shop to go to; a casino's bonus in Cyrillic, Armenian,
 * Georgian, Hebrew, Bengali, Tamil, Devanagari and Ethiopic with
 * somewhere to sign up; money every day (தினமும், በቀን, araw-araw,
 * күніне...) earned, in money, with a handle, a number or a messenger
 * to write to; and a text cut one word a line whose address is broken
 * across the lines. The first four are looked at only when the text
 * has a link or a dot between letters. With them the set is 30 of 30
 * and none of 40, no longer held out. No reader of an earlier set
 * scores higher and no spam lower; seven earlier spam score higher (the
 * corpus's Russian casino, the families' tries' Royal Mail redelivery,
 * heldout10's Bengali daily income, heldout12's teen patti and German
 * loan "beantragen" at a made-up address, heldout9's Russian casino).
 * bench-spam: precision, recall, unseen kinds and untrained recall
 * before and after alike; counted by callgrind inside
 * byline_spam_filter_classify() over bench-spam's run of 1000, 207.8
 * million instructions before and 211.6 million after (+1.8%).
 *
 * Then five spam and five readers of the round's kinds were written
 * after its rules and scored once: 1 of the 5 caught and 1 of the 5
 * flagged. It caught a Bengali "সরকারি ভাতা" at a made-up address
 * (0.50, the round's notice rule). It missed CTT's customs fee in
 * Portuguese (0.00: "efetue o pagamento", "taxas aduaneiras" not among
 * the notice's words), a flood appeal at a made-up site borrowing no
 * fundraising platform's name (0.00), Hindi "देशभक्त" cheering that
 * sells T-shirts (0.40, the shop's address alone) and a German
 * "Quelle" that is an electricity comparison page with a partner code
 * (0.00). It flagged a teacher's "Well done to all the kids!" one word a
 * line with the school's site whole on the last line (0.50, the
 * one-word-a-line rule).
 *
 * Fixes for those followed in notices.c, as words of kinds already
 * read: a customs fee and a payment to make in Portuguese, Spanish,
 * French and Italian; "doe", "every euro"; a relief fund's word
 * ("help", "aid", "ajuda", "hilfe"...) between the hyphens of a made-up
 * address that is no charity's ".org"; "Quelle", "fuente", "fonte",
 * "джерело" as a source, and a comparison page's words ("partner",
 * "günstigsten", "Tarife"...) as a deal; patriots and T-shirts, caps
 * and shirts in Hindi, Bengali, Spanish, French, German, Ukrainian and
 * Russian; and a text cut one word a line now needs its address broken
 * across the lines, not whole on one. The later ten are 5 of 5 and none
 * of 5, no longer honest. Five neighbours probe them (a flood appeal at
 * a community foundation's ".org.uk" with a hyphen; CTT's fee paid on
 * its own site; a comparison site doubted as the story's "Quelle"; "a
 * patriot is more than a T-shirt" in Hindi; a fair's photos one word a
 * line with the site whole): none is flagged.
 */

#include "config.h"

#include "byline-core.h"

#include "spam-test-util.h"

static const Comment spam[] = {
  { "Correction: the article says the new bridge cost £12m, it was actually £14m. While we're on "
    "the roadworks, drivers stuck in the diversion can cut their car insurance by up to £400 at "
    "quickcover-deals.co.uk",
    "Ryan Hughes", "ryan.hughes.writes@gmail.com", NULL },
  { "A story tip for your newsroom: families all over Portvale are slashing their energy bills with "
    "SolarMax panels on 0% finance. Full details for your readers here: solarmax-offers.uk/portvale",
    "Tip Desk", "tips.solarmax@gmail.com", NULL },
  { "Please help little Amara get her heart surgery 🙏 every pound counts and time is running out. "
    "Donate here: gofundme-amara-help.com/donate and share with everyone you know.",
    "Grace Okafor", "grace.okafor.help@gmail.com", NULL },
  { "Sign the petition to stop the council closing the library! Everyone who signs this week can "
    "claim a £50 supermarket voucher for taking part: petition-reward.net/sign",
    "Save Our Library", "saveourlibrary.uk@gmail.com", NULL },
  { "HMRC: you are eligible for a tax refund of £326.40. Submit your claim before 30 November to "
    "receive the payment: hmrc-refund-claim.com/uk",
    "HMRC Refunds", "refunds.hmrc.gov@gmail.com", NULL },
  { "Correos: su paquete está retenido en aduana. Pague la tasa de 1,99 € para liberarlo en 24 "
    "horas: correos-aduana-pago.com",
    "Correos", "aviso@correos-aduana-pago.com", NULL },
  { "Assurance Maladie : votre carte Vitale arrive à expiration. Renouvelez-la gratuitement avant le "
    "15/12 sur ameli-renouvellement-carte.fr pour éviter la suspension de vos remboursements.",
    "Ameli", "service@ameli-renouvellement-carte.fr", NULL },
  { "Ihr Anspruch auf die Energiepauschale von 300 € verfällt bald. Jetzt registrieren und "
    "Auszahlung sichern: bund-energiepauschale.de/antrag",
    "Bundesamt", "antrag@bund-energiepauschale.de", NULL },
  { "As the roofers mentioned in this story, we at Portvale Roofing are offering 20% off all storm "
    "damage repairs this week only! Call 07700 900321 or book at portvale-roofing-deals.co.uk",
    "Portvale Roofing", "deals@portvale-roofing-deals.co.uk", NULL },
  { "For anyone who wants the source on those broadband price rises, this page has the full "
    "figures and the cheapest deals: cheapest-broadband-deals.net/compare?aff=4411",
    "Lewis", "lewis.p.reviews@gmail.com", NULL },
  { "Finally someone says it! Real patriots are standing up to this council. Show where you stand "
    "and get your Take Back Portvale cap before they're gone: takebackportvale-store.com",
    "Proud Local", "proud.local1776@gmail.com", NULL },
  { "The government is printing money while ordinary people suffer. That's why I moved my savings "
    "into $FREEDOM, the people's coin. Join us before it moons 🚀 freedomcoin.io",
    "Wake Up UK", "wakeup.uk.now@gmail.com", NULL },
  { "प्रधानमंत्री योजना के तहत सभी नागरिकों को ₹6000 मुफ्त मिल रहे हैं। आखिरी तारीख से पहले अभी "
    "रजिस्टर करें: pm-yojana-online.in",
    "सरकारी योजना", "yojana.online@gmail.com", NULL },
  { "মাত্র ৫ মিনিটে ৫০,০০০ টাকা লোন, কোনো কাগজ লাগবে না! এখনই অ্যাপ ডাউনলোড করুন: taka-loan.app",
    "টাকা লোন", "support@taka-loan.app", NULL },
  { "வீட்டிலிருந்தே தினமும் ₹2000 சம்பாதிக்கலாம்! அனுபவம் தேவையில்லை. வாட்ஸ்அப்பில் தொடர்பு "
    "கொள்ளுங்கள் +91 98765 43210",
    "வேலை வாய்ப்பு", "velai.job@gmail.com", NULL },
  { "በቀን 5000 ብር ያግኙ! ከቤትዎ ሆነው በስልክዎ ብቻ። አሁኑኑ በቴሌግራም ይቀላቀሉ @birr_income",
    "ገቢ", "birr.income@gmail.com", NULL },
  { "უფასო iPhone 16! მხოლოდ დღეს, დარეგისტრირდით ახლავე და მიიღეთ საჩუქარი: gift-ge.online",
    "საჩუქარი", "prize@gift-ge.online", NULL },
  { "Առցանց կազինո՝ 200% բոնուս առաջին ավանդի համար և անվճար պտույտներ։ Գրանցվեք հիմա՝ "
    "arm-casino777.com",
    "Կազինո", "vip@arm-casino777.com", NULL },
  { "השקעה בקריפטו עם תשואה של 30% בחודש, בלי סיכון! הצטרפו לקבוצת הווטסאפ שלנו: "
    "wa.me/972501234567",
    "משקיע", "invest.il@gmail.com", NULL },
  { "Виплата допомоги 6500 грн від ООН для всіх переселенців! Оформіть заявку до кінця місяця: "
    "un-dopomoga.com.ua",
    "Допомога ООН", "dopomoga.un@gmail.com", NULL },
  { "Үйден жұмыс! Күніне 20 000 теңге табыс, тәжірибе қажет емес. Телеграмға жазыңыз @jumys_kz",
    "Жұмыс", "jumys.kz@mail.ru", NULL },
  { "Kumita ng ₱5,000 araw-araw sa bahay lang! Walang puhunan, cellphone lang ang kailangan. "
    "I-message kami sa Telegram @kita_ph",
    "Trabaho PH", "trabaho.ph@gmail.com", NULL },
  { "Ku samu kyautar ₦50,000 daga gwamnatin tarayya! Yi rajista yanzu kafin lokaci ya kure: "
    "tallafi-ng.com",
    "Tallafi", "tallafi.ng@gmail.com", NULL },
  { "Ẹ jẹ́ kí a ṣe owó! Jèrè ₦100,000 lójoojúmọ́ pẹ̀lú crypto. Kọ sí wa lórí WhatsApp +234 803 555 0199",
    "Owo Crypto", "owo.crypto@gmail.com", NULL },
  { "Bеst оnlinе сasinо bоnus 2026, frее spins fоr еvеry nеw plаyеr: spin-win.bet",
    "Bоnus", "bonus@spin-win.bet", NULL },
  { "🔥🔥💰💰👉 bit.ly/3xWin88 👈💰💰🔥🔥",
    "💰", "win88@gmail.com", NULL },
  { "Best\nprices\non\nreplica\nwatches\nRolex\nOmega\n→ luxe-replica\n.\nshop",
    "Watches", "sales@luxe-replica.shop", NULL },
  { "Has anyone else claimed the DVLA refund? I got £214 back in two days for overpaid road tax, "
    "just fill in the form at dvla-refund-uk.com, took me five minutes.",
    "Sharon", "sharon.b1975@gmail.com", NULL },
  { "Corrección: el artículo dice 2019, pero fue en 2018. Por cierto, si necesitan dinero para las "
    "obras, préstamos rápidos sin aval en prestamos-ya.es",
    "Javier", "javier.prestamos@gmail.com", NULL },
  { "Терміновий збір! Допоможіть врятувати маленьку Соню, кожна гривня важлива 🙏 Переказуйте тут: "
    "gofund-sonya.org.ua/donate",
    "Збір для Соні", "zbir.sonya@gmail.com", NULL },
};

static const Comment genuine[] = {
  { "Correction: the article says the bridge cost £12m, but the council's own budget papers say "
    "£14.2m (portvale.gov.uk/budget-2026, page 12).",
    "Ruth Simmons", "ruth.simmons@btinternet.com", NULL },
  { "A story tip: the library in Eastgate is closing on Saturdays from January and nobody was "
    "consulted. Worth looking into.",
    "Bill", "bill.t@gmail.com", NULL },
  { "The Portvale Hospice Christmas appeal is on JustGiving (registered charity 1034567): "
    "justgiving.com/campaign/portvalehospice. They cared for my dad in his last weeks.",
    "Karen", "karen.w@gmail.com", NULL },
  { "There's a petition on the Parliament site to keep the library open: "
    "petition.parliament.uk/petitions/712345. It needs 10,000 signatures for a response.",
    "Dev", "dev.p@outlook.com", NULL },
  { "I got a text saying HMRC owed me a £326 tax refund, with a link. HMRC never texts about "
    "refunds: forward it to 7726 and delete it.",
    "Alan", "alan.f@gmail.com", NULL },
  { "A mi madre le llegó un SMS de Correos diciendo que su paquete estaba retenido en aduana. Es "
    "una estafa: Correos no cobra tasas por SMS.",
    "Marta", "marta.g@gmail.com", NULL },
  { "Pour info, la vraie information sur la carte Vitale est sur ameli.fr : il n'y a rien à payer "
    "et pas de date limite.",
    "Sylvie", "sylvie.r@orange.fr", NULL },
  { "Die Energiepauschale wurde 2022 automatisch mit dem Gehalt ausgezahlt, man musste sich "
    "nirgends registrieren.",
    "Klaus", "klaus.b@web.de", NULL },
  { "Thanks for covering the storm damage on Mill Lane. We were glad to help our neighbours, and a "
    "big thank you to the volunteers who cleared the road.",
    "Portvale Roofing", "office@portvaleroofing.co.uk", "https://portvaleroofing.co.uk" },
  { "Source for the broadband figures: Ofcom's pricing report, ofcom.org.uk/research. Prices rose "
    "8.8% on most contracts this April.",
    "Imran", "imran.k@gmail.com", NULL },
  { "Finally someone says it! The council has ignored Eastgate for years. I'll vote for whoever "
    "fixes the buses.",
    "Pauline", "pauline.m@gmail.com", NULL },
  { "Printing money worries me too, but putting your savings into a meme coin isn't the answer. My "
    "neighbour lost thousands.",
    "Roy", "roy.a@yahoo.co.uk", NULL },
  { "पीएम किसान योजना की असली जानकारी pmkisan.gov.in पर है। मेरे पिताजी को इस बार की किस्त मिल गई।",
    "रमेश", "ramesh.y@gmail.com", NULL },
  { "লোন অ্যাপের প্রতারণা নিয়ে লেখার জন্য ধন্যবাদ। আমার ভাই এভাবে হয়রানির শিকার হয়েছিল।",
    "রাহুল", "rahul.d@gmail.com", NULL },
  { "நல்ல கட்டுரை. எங்கள் ஊரிலும் இதே தண்ணீர் பிரச்சனை உள்ளது.",
    "செல்வி", "selvi.r@gmail.com", NULL },
  { "ስለ ውሃ እጥረቱ ስለጻፋችሁ እናመሰግናለን። በአካባቢያችንም ችግሩ አለ።",
    "ሰላም", "selam.t@gmail.com", NULL },
  { "კარგი სტატიაა, მადლობა. ჩვენს ქალაქშიც იგივე პრობლემაა.",
    "ნინო", "nino.b@gmail.com", NULL },
  { "Շնորհակալություն հոդվածի համար։ Մեր թաղամասում էլ նույն խնդիրն է։",
    "Անի", "ani.h@mail.ru", NULL },
  { "כתבה חשובה. גם אני קיבלתי הודעה על השקעה בקריפטו עם תשואה מובטחת, זו הונאה.",
    "דנה", "dana.l@gmail.com", NULL },
  { "Справжню допомогу переселенцям оформлюють через Дію або ЦНАП, а не через сайти з реклами. "
    "Будьте обережні.",
    "Оксана", "oksana.k@ukr.net", NULL },
  { "Рахмет, пайдалы мақала. Біздің ауылда да жұмыс жоқ.",
    "Айгүл", "aigul.s@mail.ru", NULL },
  { "Salamat sa artikulo. Mag-ingat po tayo sa mga alok na trabaho sa Telegram, scam po ang mga "
    "iyan.",
    "Maricel", "maricel.d@gmail.com", NULL },
  { "Na gode da wannan labari. Gwamnati ba ta karɓar kuɗi kafin ta ba da tallafi.",
    "Aminu", "aminu.b@gmail.com", NULL },
  { "Ẹ ṣé fún ìròyìn yìí. Àwọn olùtànjẹ crypto ti gba owó ọ̀pọ̀ ènìyàn ní agbègbè wa.",
    "Tunde", "tunde.o@yahoo.com", NULL },
  { "Мой сын весь вечер сидит в online casino на iPhone, это настоящая проблема. Спасибо за статью.",
    "Ирина", "irina.v@yandex.ru", NULL },
  { "👏👏👏🙏",
    "Bev", "bev.h@gmail.com", NULL },
  { "👍 portvale.gov.uk/winter-gritting",
    "Stan", "stan.w@gmail.com", NULL },
  { "Roads\nstill\nnot\nfixed.\nTypical.",
    "Gordon", "gordon.e@gmail.com", NULL },
  { "Has anyone else had a text about a DVLA refund? I nearly filled in the form before my son "
    "said it was fake.",
    "Jean", "jean.c@gmail.com", NULL },
  { "Corrección: el artículo dice 2019, pero el puente se inauguró en 2018, según el BOE.",
    "Andrés", "andres.m@gmail.com", NULL },
  { "Фонд «Повернись живим» збирає на генератори для лікарень, звіти є на їхньому сайті "
    "savelife.in.ua.",
    "Тарас", "taras.h@ukr.net", NULL },
  { "The council says households eligible for the Household Support Fund can apply at "
    "portvale.gov.uk/hsf until 31 March. You don't need to pay anyone to apply.",
    "Norma", "norma.j@gmail.com", NULL },
  { "¡Gracias por mencionar nuestra panadería en el reportaje! Os esperamos en la calle Mayor como "
    "siempre.",
    "Panadería Lola", "hola@panaderialola.es", "https://panaderialola.es" },
  { "I saw people selling 'Take Back Portvale' caps at the rally. Say what you like, the turnout "
    "was bigger than the police said.",
    "Kevin", "kevin.d@gmail.com", NULL },
  { "Correction: the hospice's phone number in the article is missing a digit. It's 01632 960123, "
    "as on their website.",
    "Irene", "irene.p@gmail.com", NULL },
  { "My friend's family lost everything in the Dock Street fire. Their GoFundMe is run by St Mary's "
    "church, gofundme.com/f/dock-street-fire, and the vicar is handling the money.",
    "Lisa", "lisa.m@gmail.com", NULL },
  { "My parcel from the US really was held at customs, and Royal Mail left a grey card asking for "
    "£8 import VAT. I paid it on royalmail.com with the card's reference.",
    "Derek", "derek.s@gmail.com", NULL },
  { "टीकाकरण के लिए पंजीकरण cowin.gov.in पर मुफ्त है, किसी को पैसे न दें।",
    "अनीता", "anita.s@gmail.com", NULL },
  { "Salamat sa pagbanggit sa karinderya namin! Bukas kami araw-araw hanggang alas-nuwebe ng gabi.",
    "Aling Nena's", "alingnena@gmail.com", NULL },
  { "বন্যার্তদের জন্য দান করতে চাইলে বাংলাদেশ রেড ক্রিসেন্ট সোসাইটির অফিসিয়াল সাইট bdrcs.org দেখুন।",
    "সুমি", "sumi.a@gmail.com", NULL },
};

/* The held-out figure, 9 of 30 and none of 40, as a floor */
static void
test_heldout18_untrained (void)
{
  check_heldout_floor (spam, G_N_ELEMENTS (spam), 30, genuine, G_N_ELEMENTS (genuine), 40, 9);
}

/* After the round's rules: every spam caught, no reader flagged */
static void
test_heldout18_after (void)
{
  check_all_caught (spam, G_N_ELEMENTS (spam), genuine, G_N_ELEMENTS (genuine));
}

/* Written after the round's rules without reading their words again,
 * and scored once: 1 of 5 caught and 1 of 5 flagged; 5 of 5 and none
 * since */
static const Comment spam_later[] = {
  { "CTT: a sua encomenda aguarda o pagamento de taxas aduaneiras de 2,49 €. Efetue o pagamento em "
    "ctt-taxas-pt.com para evitar a devolução ao remetente.",
    "CTT Expresso", "avisos@ctt-taxas-pt.com", NULL },
  { "Ajuda urgente para as famílias afetadas pelas cheias 🙏 Cada euro conta. Doe aqui: "
    "ajuda-cheias-familias.com",
    "Ajuda Cheias", "ajuda.cheias@gmail.com", NULL },
  { "देश बचाओ! असली देशभक्त ही यह टी-शर्ट पहनते हैं। स्टॉक खत्म होने से पहले अभी ऑर्डर करें: "
    "deshbhakt-store.in",
    "देशभक्त", "orders@deshbhakt-store.in", NULL },
  { "Quelle für die Strompreise im Artikel: strom-vergleich-sparen.de/?partner=88, dort gibt es auch "
    "die günstigsten Tarife.",
    "Markus", "markus.energie@gmail.com", NULL },
  { "সরকারি ভাতা ৫০০০ টাকা পেতে এখনই নিবন্ধন করুন, শেষ তারিখ আগামীকাল: bhata-online.com",
    "সরকারি ভাতা", "bhata.online@gmail.com", NULL },
};

static const Comment genuine_later[] = {
  { "Recebi um SMS dos CTT a pedir taxas aduaneiras para uma encomenda. É falso: os CTT não pedem "
    "pagamentos por SMS.",
    "Rui", "rui.s@sapo.pt", NULL },
  { "A Cruz Vermelha tem uma campanha oficial para as famílias afetadas pelas cheias em "
    "cruzvermelha.pt, eu doei lá.",
    "Inês", "ines.c@gmail.com", NULL },
  { "हमारे देश के सैनिकों को सलाम। ऐसी खबरें और छापिए।",
    "विजय", "vijay.k@gmail.com", NULL },
  { "Quelle für die Zahlen: der Monitoringbericht der Bundesnetzagentur, bundesnetzagentur.de, "
    "Seite 40.",
    "Petra", "petra.h@gmx.de", NULL },
  { "Well\ndone\nto\nall\nthe\nkids!\nPhotos\non\ngreenfield-primary.co.uk",
    "Mrs Hart", "hart.j@gmail.com", NULL },
};

static void
test_heldout18_later (void)
{
  check_all_caught (spam_later, G_N_ELEMENTS (spam_later), genuine_later, G_N_ELEMENTS (genuine_later));
}

/* Readers written after the rules for the later ten, to probe them
 * from the other side: none to be flagged */
static const Comment neighbours[] = {
  { "Please donate to the flood appeal if you can: every pound goes to local families through "
    "portvale-flood-relief.org.uk, run by the community foundation.",
    "Gail", "gail.r@gmail.com", NULL },
  { "Paguei as taxas aduaneiras no site dos CTT, ctt.pt, e a encomenda chegou dois dias depois.",
    "Joana", "joana.m@sapo.pt", NULL },
  { "Quelle der Tarife im Artikel ist wohl ein Vergleichsportal, die Bundesnetzagentur nennt andere "
    "Zahlen.",
    "Uwe", "uwe.k@gmx.de", NULL },
  { "देशभक्त होने का मतलब टी-शर्ट खरीदना नहीं है।",
    "अमित", "amit.r@gmail.com", NULL },
  { "Lovely\nday\nat\nthe\nfair!\nPhotos:\nportvale-fair.co.uk",
    "Dot", "dot.b@gmail.com", NULL },
};

static void
test_heldout18_neighbours (void)
{
  check_none_flagged (neighbours, G_N_ELEMENTS (neighbours));
}

/* Each new shape names itself */
static void
test_heldout18_reasons (void)
{
  static const ReasonCheck checks[] = {
    { spam, G_N_ELEMENTS (spam), "Correos", "not the official one" },
    { spam, G_N_ELEMENTS (spam), "Has anyone else", "not the official one" },
    { spam, G_N_ELEMENTS (spam), "Ku samu", "not the official one" },
    { spam, G_N_ELEMENTS (spam), "Please help", "look like a fundraising site" },
    { spam, G_N_ELEMENTS (spam), "Терміновий", "look like a fundraising site" },
    { spam, G_N_ELEMENTS (spam), "A story tip", "a correction, a tip or a source" },
    { spam, G_N_ELEMENTS (spam), "For anyone", "a correction, a tip or a source" },
    { spam, G_N_ELEMENTS (spam), "The government", "merchandise or a coin" },
    { spam, G_N_ELEMENTS (spam), "Առցանց", "a casino’s deposit bonus" },
    { spam, G_N_ELEMENTS (spam), "வீட்டிலிருந்தே", "money every day" },
    { spam, G_N_ELEMENTS (spam), "በቀን", "money every day" },
    { spam, G_N_ELEMENTS (spam), "Best\n", "one word a line" },
    { spam_later, G_N_ELEMENTS (spam_later), "CTT", "not the official one" },
    { spam_later, G_N_ELEMENTS (spam_later), "Ajuda", "look like a fundraising site" },
    { spam_later, G_N_ELEMENTS (spam_later), "देश", "merchandise or a coin" },
    { spam_later, G_N_ELEMENTS (spam_later), "Quelle", "a correction, a tip or a source" },
  };
  check_reasons (checks, G_N_ELEMENTS (checks));
}

/* The shortest comments, and the words this round's rules look for cut
 * short at the end of the text */
static void
test_heldout18_tiny (void)
{
  static const char * const contents[] = {
    "", "@", "@abcd", "://", "a-b.c", "a\nb\nc\nd\n.", ".\n.\n.\n.\n.", "\n\n\n\n\n", "correction",
    "claim", "refund a-b.cd", "donate gofund-", "caps", "бонус", "በቀን", "x://-", "x://a-b.c",
  };
  check_tiny_comments (contents, G_N_ELEMENTS (contents));
}

/* A spot check of the round's kinds, written by another hand before its
 * rules were read, scored before and after them, untrained: 10 of 12
 * spam caught and none of 10 readers flagged before, 11 of 12 and none
 * after. Missed before: the HMRC refund at a made-up address (0.45,
 * read by the round) and a "correction" of the story's fares that sends
 * readers to ferrydeals-portvale.shop (0.40 before and after): a
 * correction, tip or source now counts as a deal's dress also when the
 * made-up address is named for a deal ("deals", "vergleich", "sparen"…).
 * Probing the round's rule from the other side, readers' corrections
 * that name "the quote", a discount or an insurance figure and send
 * readers to the ferry company's hyphenated site were flagged by it
 * (0.50): deal words in the text now count only with an address that
 * looks like a shop's or a link with an affiliate's code in it. So
 * were readers sending others to a company's own refund or grant page
 * ("portvale-ferries.co.uk/refunds") by the notice rule: its address
 * must now be named for the notice or the body it poses as ("hmrc-",
 * "refund", "aduana", "yojana", "bhata"…) or look like a shop's. */
static const Comment spot_spam[] = {
  { "Correction: the ferry fares quoted are out of date. Current prices and cheap bookings at "
    "ferrydeals-portvale.shop",
    "Fare Watch", "info@ferrydeals-portvale.shop", NULL },
  { "Please help Maria's family after the flood, every pound counts 🙏 donate here: "
    "https://gofund-maria-help.top/donate",
    "Helen", "helen.m.2026@gmail.com", NULL },
  { "HMRC: you are due a tax refund of £412.80. Claim before 31 March at hmrc-refund-claim.co",
    "HMRC Refunds", "no-reply@hmrc-refund-claim.co", NULL },
  { "Your parcel is held at customs. Pay the €2.99 fee to release it: https://dhl-parcel-fee.icu",
    "DHL", "notice@dhl-parcel-fee.icu", NULL },
  { "As the harbour café mentioned in this article, we'd like to thank you! Order online and get "
    "20% off with code FERRY20 at harbourcafe-deals.store",
    "Harbour Café", "orders@harbourcafe-deals.store", "https://harbourcafe-deals.store" },
  { "घर बैठे रोज़ ₹5000 कमाएँ! अभी जुड़ें टेलीग्राम @paisa_kamao_2026",
    "कमाई", "kamai2026@gmail.com", NULL },
  { "প্রতিদিন ৫০০০ টাকা আয় করুন ঘরে বসে! যোগাযোগ করুন হোয়াটসঅ্যাপ +880 1712 345678",
    "আয়", "aay.bd@gmail.com", NULL },
  { "Заробляй від 3000 грн на день! Пиши в Telegram @easy_money_ua",
    "Робота", "robota.ua2026@gmail.com", NULL },
  { "Stand with the truth! Get your Free Portvale flag and support the movement: "
    "https://patriot-store-now.shop",
    "Patriot", "sales@patriot-store-now.shop", NULL },
  { "🔥🔥🔥 https://bit.ly/3xHoTdeal",
    "👍", "win@promo-prize.xyz", NULL },
  { "Grеаt аrtісlе! Vіsіt mу sіtе fоr bеst саsіnо bоnusеs",
    "Jоhn", "john@casino-bonus-best.top", "https://casino-bonus-best.top" },
  { "Magandang balita! Kumita ng ₱2,000 araw-araw sa bahay. Mag-message sa WhatsApp +63 917 555 0182",
    "Trabaho", "trabaho.ph@gmail.com", NULL },
};

static const Comment spot_genuine[] = {
  { "Correction: the council's own timetable says the last ferry is at 23:10, not 22:40: "
    "https://www.portvale.gov.uk/ferries/timetable",
    "Mark", "mark.t@gmail.com", NULL },
  { "The lifeboat crew are raising money for a new boat through the RNLI, if anyone wants to help: "
    "https://rnli.org/support-us",
    "Bev", "bev.k@outlook.com", NULL },
  { "Be careful: my mum got a text saying she was due an HMRC tax refund with a link. It's a scam, "
    "HMRC never texts about refunds.",
    "Sam", "sam.r@gmail.com", NULL },
  { "We run the harbour café mentioned in the piece. Thank you for the kind words, and see you on "
    "the quay!",
    "Harbour Café", "hello@harbourcafe.co.uk", NULL },
  { "नई नौकाओं की खबर अच्छी है। उम्मीद है किराया नहीं बढ़ेगा।",
    "राहुल", "rahul.s@gmail.com", NULL },
  { "নতুন ফেরিগুলো সময়মতো চলবে আশা করি।",
    "রহিম", "rahim.k@gmail.com", NULL },
  { "Дякую за статтю. У нас в Одесі теж чекають на електричні пороми.",
    "Олена", "olena.p@ukr.net", NULL },
  { "Ang ganda ng balita! Sana may ganito rin sa Maynila.",
    "Jose", "jose.r@yahoo.com", NULL },
  { "🔥🔥🔥",
    "Tia", "tia.w@gmail.com", NULL },
  { "My parcel really was held at customs last month; Royal Mail's page explains the fee: "
    "https://www.royalmail.com/receiving-mail/pay-a-fee",
    "Ian", "ian.d@btinternet.com", NULL },
};

/* Readers probing the spot check's and the round's correction rule */
static const Comment spot_neighbours[] = {
  { "Correction: cheaper fares start in May, says the operator: portvale-ferries.co.uk/fares",
    "Nell", "nell.b@gmail.com", NULL },
  { "Correction: the insurance figure is from the ABI, see abi.org.uk/data",
    "Raj", "raj.p@gmail.com", NULL },
  { "Story tip: the council's discount card for pensioners starts Monday, details at "
    "portvale-council.gov.uk/discount-card",
    "June", "june.h@outlook.com", NULL },
  { "Source: the fares come from the ferry-compare tables the operator publishes, "
    "portvale-ferries.co.uk/compare",
    "Tom", "tom.k@gmail.com", NULL },
  { "Correction: the quote in paragraph four was from the operator's director, not the mayor. See "
    "portvale-ferries.co.uk/news",
    "Nia", "nia.b@gmail.com", NULL },
  { "Correction: the ferry offers a pensioners' discount already, it's on portvale-ferries.co.uk/fares",
    "Ravi", "ravi.p@gmail.com", NULL },
  /* (the notice rule: a company's own refund or grant page) */
  { "My refund for the cancelled crossing came through in a week. Claim yours on the operator's site, "
    "portvale-ferries.co.uk/refunds",
    "Nell", "nell.b@gmail.com", NULL },
  { "The energy grant is real, you register through your supplier: portvale-energy.co.uk/grant",
    "Raj", "raj.p@gmail.com", NULL },
  { "Please sign the petition to keep the night ferry, it's on the residents' association site, "
    "harbour-residents.org.uk",
    "June", "june.h@outlook.com", NULL },
  { "Real patriots support the ferry crews! Buy the union's solidarity badge at portvale-ferry-workers.org.uk",
    "Len", "len@gmail.com", NULL },
};

static void
test_heldout18_spot_check (void)
{
  check_spot_set (spot_spam, G_N_ELEMENTS (spot_spam), spot_genuine, G_N_ELEMENTS (spot_genuine),
                  spot_neighbours, G_N_ELEMENTS (spot_neighbours));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/spam-heldout18/untrained", test_heldout18_untrained);
  g_test_add_func ("/spam-heldout18/after", test_heldout18_after);
  g_test_add_func ("/spam-heldout18/later", test_heldout18_later);
  g_test_add_func ("/spam-heldout18/neighbours", test_heldout18_neighbours);
  g_test_add_func ("/spam-heldout18/reasons", test_heldout18_reasons);
  g_test_add_func ("/spam-heldout18/tiny", test_heldout18_tiny);
  g_test_add_func ("/spam-heldout18/spot-check", test_heldout18_spot_check);

  return g_test_run ();
}
