/* byline-spam-filter-brokers.c: middlemen who post where sellers and
 * workers read
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two adverts that follow a story of a closure or a slump, read since
 * the thirty-second round: a buyer's "we buy forest, cars, gold, best
 * prices, call …", to the owners the story says lost a buyer; and an
 * agency's job abroad that the worker pays for ("the agency fee is
 * only EUR 350, WhatsApp …"), to the ones who lost their jobs. A
 * reader who sold to such a buyer, or paid such an agency, tells what
 * came of it; one who saw the advert warns of it. Since the thirty-
 * third, the same job at home ("secret shoppers… pay the training and
 * certification fee"), the fee asked of the worker to start; since the
 * thirty-sixth, in Swahili too, the fee paid by M-Pesa; since the
 * thirty-eighth, Vietnam's labour export to Korea and Japan ("chi phí
 * trọn gói 85 triệu, đặt cọc trước 15 triệu để giữ suất"), the deposit
 * that holds a place the worker's fee too; since the thirty-ninth,
 * Nigeria's "japa": care jobs in the UK and work visas for Canada,
 * "processing ₦1.2m, pay ₦600k now and the balance when the visa comes
 * out", the fee paid in halves; since the fortieth, the Gulf's jobs in
 * Urdu ("صرف پروسیسنگ فیس ₹45,000 پہلے"), and flats sold with a sale's
 * pressure, "only 9 units left at pre-launch price… site visit", and
 * the number to book by; since the forty-third, the Philippines' jobs in
 * Japan and Canada for a "placement fee", and a house and lot "rent to
 * own", "零首付", with a broker's number; since the forty-sixth, Italy's
 * "ultimi appartamenti disponibili… senza anticipo"; since the forty-
 * seventh, Nepal's jobs in Japan and the Gulf for a "प्रोसेसिङ शुल्क",
 * and Japan's new flats, "残りわずか… 頭金0円… モデルルーム"; since the
 * forty-eighth, Kenya's plots, "ready title deeds… pay deposit today";
 * since the fifty-second, Bangladesh's work visas for Malaysia and
 * Europe, "আগে ৳৬০,০০০ বিকাশে জমা দিয়ে সিরিয়াল নিন", "an advance to
 * hold the slot, the rest after the visa".
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* A buyer's "we buy", in the languages of the classified pages (the
 * first person plural: a reader buys as "I", a firm as "we") */
static const char * const we_buy[] = {
  "we buy", "we are buying", "we purchase", "pērkam", "iepērkam", "покупаем", "скупаем", "закупаем",
  "wir kaufen", "kaufen wir", "nous achetons", "achetons", "compramos", "compriamo", "kupujemy", "skupujemy",
  "perkame", "superkame", "ostame", "vi köper", "vi kjøper", "vi køber", "wij kopen", "kopen wij",
  NULL
};

/* ...and the price it promises: a reader tells the price she got */
static const char * const buyer_prices[] = {
  "highest prices", "highest price", "best prices", "best price", "top prices", "top price", "top dollar",
  "cash paid", "cash on the spot", "same day payment", "paid the same day", "fast payment", "augstākās cenas",
  "augstākā cena", "labākās cenas", "labākā cena", "samaksa uzreiz", "высокие цены", "высокой цене",
  "лучшие цены", "лучшей цене", "дорого", "höchstpreise", "beste preise", "bestpreis", "meilleurs prix",
  "meilleur prix", "mejores precios", "mejor precio", "migliori prezzi", "najlepsze ceny", "najwyższe ceny",
  "aukščiausios kainos", "geriausios kainos", "parimad hinnad", "kõrgeim hind", "bästa pris", "beste pris",
  "hoogste prijzen", "beste prijzen",
  NULL
};

/* A job, in a post that offers one... */
static const char * const jobs[] = {
  "job", "jobs", "work", "working", "vacancy", "vacancies", "hiring", "contract", "salary", "per hour",
  "an hour", "работа", "работу", "вакансии", "зарплата", "darbs", "darbu", "vakances", "alga", "arbeit",
  "stelle", "emploi", "trabajo", "praca", "ajira", "kazi", "nafasi za kazi",
  /* (Vietnamese's labour export, its orders and pay, with its marks and
   * without; Chinese's, Thai's and Korean's work abroad) */
  "lao động", "lao dong", "xuất khẩu lao động", "xklđ", "xkld", "tuyển", "tuyen", "đơn hàng", "lương",
  "luong", "việc làm", "劳务", "工作", "ทำงาน", "일자리",
  /* (the care jobs Nigeria's agents sell in the UK and Canada) */
  "recruiting", "recruitment", "caregiver", "caregivers", "care assistant", "care assistants", "care worker",
  "care workers", "aikin yi", "recrutement",
  /* (and India's and Pakistan's, in Urdu and Hindi) */
  "نوکریاں", "نوکری", "ملازمت", "नौकरी", "नौकरियां",
  /* (and Nepal's: work found for the worker, a salary) */
  "काम दिलाउ", "रोजगारी", "तलब",
  /* (the work contracts Morocco's agents sell for Spain's fields and
   * Canada's plants, in French, Spanish, Arabic and Darija) */
  "contrat de travail", "contrats de travail", "contrato de trabajo", "contratos de trabajo", "empleo",
  "عقد عمل", "عقود عمل", "عقود الشغل", "khdma", "khedma",
  /* (Bangladesh's, in Bengali: a job, a salary, a work visa) */
  "চাকরি", "বেতন", "কাজের ভিসা",
  NULL
};

/* ...far from home, with the move arranged... */
static const char * const abroad[] = {
  "abroad", "overseas", "in norway", "in sweden", "in denmark", "in finland", "in germany", "in the netherlands",
  "in holland", "in belgium", "in the uk", "in england", "in ireland", "in poland", "in canada",
  "accommodation provided", "accommodation included", "free accommodation", "housing included", "flight",
  "flights", "tax card", "work permit", "за границей", "за рубежом", "в норвегии", "в германии", "жильё",
  "жилье", "ārzemēs", "norvēģijā", "vācijā", "dzīvesvieta", "im ausland", "à l'étranger", "en el extranjero",
  "za granicą", "đi hàn quốc", "đi nhật", "đi đài loan", "đi úc", "đi châu âu", "di han quoc", "di nhat",
  "nhật bản", "hàn quốc", "đài loan", "nhat ban", "han quoc", "bao ăn ở", "bay ngay", "xuất cảnh", "出国",
  "海外", "ต่างประเทศ", "해외",
  /* (Nigerian English's move abroad, "japa", its sponsor's papers, and
   * "abroad" in Yoruba, Hausa and Swahili) */
  "for the uk", "to the uk", "for canada", "to canada", "au canada", "work visa", "work visas",
  "certificate of sponsorship", "japa", "ilu oyinbo", "kasashen waje", "nje ya nchi",
  /* (the Gulf and Canada from India and Pakistan: "دبئی، سعودی عرب اور
   * کینیڈا میں", "विदेश में") */
  "دبئی", "سعودی عرب", "کینیڈا", "بیرون ملک", "दुबई", "सऊदी", "विदेश",
  /* (Spain and Québec from Morocco: "en España… visado en 30 días",
   * "f Québec… visa f 45 jours", "alojamiento incluido") */
  "en españa", "en espagne", "au québec", "f québec", "f canada", "f sbanya", "visado", "visa en", "visa f",
  "alojamiento incluido", "logement inclus", "logement offert", "في الخارج", "إسبانيا", "كندا", "فيزا",
  /* (Japan, Canada and the Gulf from the Philippines, in Tagalog and
   * Cebuano: "caregiver sa Japan", "para sa Japan ug Canada") */
  "sa japan", "sa canada", "sa korea", "sa taiwan", "sa dubai", "sa saudi", "sa australia", "sa new zealand",
  "pa-abroad", "sa abroad",
  /* (Japan, Korea, Malaysia and the Gulf from Nepal) */
  "जापान", "कोरिया", "मलेसिया", "कतार", "साउदी",
  /* (Malaysia, the Gulf and Europe from Bangladesh, in Bengali and
   * Banglish; work permits sold by the dozen, in English) */
  "বিদেশ", "মালয়েশিয়া", "সৌদি", "দুবাই", "কাতার", "রোমানিয়া", "ক্রোয়েশিয়া", "ওয়ার্ক পারমিট", "কাজের ভিসা",
  "bidesh", "work permits",
  NULL
};

/* ...for which the worker pays the agency: an employer or a public
 * service charges a job seeker nothing, and a law in most of Europe
 * says so */
static const char * const worker_fees[] = {
  "agency fee", "agency's fee", "fee is only", "fee only", "only a fee", "small fee", "registration fee",
  "processing fee", "placement fee", "recruitment fee", "service fee", "one-time fee", "one-off fee",
  "комиссия агентства", "оплата услуг", "сбор за оформление", "aģentūras komisija", "reģistrācijas maksa",
  "vermittlungsgebühr", "frais d'agence", "frais d'inscription", "tarifa de la agencia", "opłata rekrutacyjna",
  /* (the all-in fee, and the deposit "to hold a place") */
  "phí trọn gói", "chi phí trọn gói", "phi tron goi", "đặt cọc", "dat coc", "cọc trước", "coc truoc",
  "giữ suất", "giu suat", "中介费", "押金", "ค่าหัว", "ค่านายหน้า", "수수료",
  /* (half now, "the balance when the visa comes out") */
  "upfront", "pay half", "half now", "balance after", "the balance when", "visa processing",
  "پروسیسنگ فیس", "प्रोसेसिंग फीस",
  /* (the "file" the worker pays for: "frais de dossier", "gastos de
   * expediente", "رسوم الملف") */
  "frais de dossier", "gastos de expediente", "gastos de tramitación", "رسوم الملف", "مصاريف الملف",
  "प्रोसेसिङ शुल्क", "प्रोसेसिङ", "सेवा शुल्क",
  /* (an advance "to hold the slot", the rest after the visa; Bengali's
   * advance, and its "serial" taken by paying) */
  "advance to hold", "hold the slot", "hold a slot", "hold your slot", "the rest after", "অগ্রিম", "সিরিয়াল নিন",
  "প্রসেসিং ফি",
  /* (Nepali's and Hindi's advance) */
  "अग्रिम",
  NULL
};

/* The fee a job at home asks first, to "train" or "certify" the
 * worker or to send a kit: no employer charges one to start... */
static const char * const upfront_fees[] = {
  "training fee", "certification fee", "activation fee", "starter kit", "starter fee", "membership fee",
  "sign-up fee", "signup fee", "onboarding fee", "registration fee", "application fee", "плата за обучение",
  "naknada za obuku", "schulungsgebühr", "ada ya usajili", "ada ya maombi", "ada ya fomu",
  NULL
};

/* ...told to pay it... */
static const char * const pay_asks[] = {
  "pay the", "pay a", "pay your", "pay only", "just pay", "оплатите", "platite", "zahlen sie", "lipa", "lipia",
  NULL
};

/* ...for work that promises pay per task */
static const char * const earn_words[] = {
  "earn", "earning", "earnings", "per assignment", "per task", "per day", "per week", "per hour", "заработок",
  "зарабатывай", "zarada", "zaradite", "verdienen", "mshahara",
  NULL
};

/* A reader warning of either, or telling that it was a lie */
static const char * const broker_warnings[] = {
  "scam", "scams", "scammer", "scammers", "scammed", "fake", "fraud", "beware", "careful", "warning", "report",
  "reported", "never charge", "never pay", "don't send", "do not send", "don't pay", "do not pay", "illegal",
  "police", "cheated", "rip-off", "мошенники", "мошенничество", "обман", "осторожно", "krāpnieki", "krāpšana",
  "uzmanīgi", "betrug", "arnaque", "estafa", "oszustwo", "matapeli", "utapeli", "tahadhari",
  "lừa đảo", "lua dao", "bị lừa", "cảnh giác", "诈骗", "骗子", "사기", "มิจฉาชีพ", "หลอกลวง", "دھوکہ", "فراڈ",
  "धोखा", "ठगी", "फसवणूक",
  /* (Nepali's cheat, cheated, "ठगियो", "ठगिए") */
  "ठग",
  /* (Morocco's: "nsba", "نصب", "احتيال", "escroquerie"; Spanish's
   * "cuidado con") */
  "nsba", "nsab", "نصب", "احتيال", "escroquerie", "cuidado con",
  /* (a public agency's placement "bla frais", "sin pagar nada") */
  "bla frais", "sans frais", "sin pagar", "sin coste", "bla flouss", "بدون رسوم", "بلا رسوم", "مجانا",
  /* (a public service's "no agency fee") */
  "no fee", "no fees", "no agency fee", "free of charge", "for free", "không mất phí", "không thu phí",
  /* (the Philippines': a ruse, a con, don't believe it, and the public
   * hiring's "no placement fee") */
  "modus", "budol", "peke", "illegal recruiter", "illegal recruitment", "wag maniwala", "huwag maniwala",
  "ayaw pagpatuo", "no placement fee", "zero placement fee", "walang placement fee", "walay placement fee",
  /* (Czech's, Slovak's, Hungarian's, Romanian's: a fraud, don't fall for it) */
  "podvod", "podvodník", "nenaleťte", "csalás", "țeapă", "teapa", "înșelătorie", "шахраї",
  /* (Greek's, Albanian's, Bulgarian's: a fraud, fraudsters) */
  "απάτη", "απατη", "απατεώνες", "απατεωνες", "mashtrim", "mashtruesit", "измама", "измамници",
  /* (Italian's: a fraud, fraudsters) */
  "truffa", "truffatori", "truffati",
  /* (Bengali's and Banglish's: a fraud, a fraudster; the public bureau
   * that sends workers abroad, BMET) */
  "প্রতারণা", "প্রতারক", "protarona", "protarok", "বিএমইটি", "bmet",
  NULL
};

/* ...or her own part in it: what she sold, paid or lost, or where she
 * buys her own ("we buy our firewood from Jānis") */
static const char * const own_dealing[] = {
  "we buy our", "we buy from", "we buy it from", "we buy them from", "zaplatili jsme", "koupili jsme", "zaplatila jsem",
  "i sold", "we sold", "sold them", "sold it", "i paid", "we paid", "he paid", "she paid", "i lost", "we lost",
  "he lost his money", "pārdevu", "pārdevām", "samaksāju", "продал", "продала", "продали", "заплатил",
  "заплатила", "tôi đã đóng", "đã đóng tiền", "mất trắng", "ho comprato", "abbiamo comprato", "ho pagato",
  "abbiamo pagato",
  NULL
};

/* Homes sold in a developer's or a broker's voice: flats or plots...
 * (since the fortieth round) */
static const char * const homes_for_sale[] = {
  "bhk", "flats", "apartments", "plots", "villas", "row houses", "फ्लैट", "सदनिका", "फ्लॅट", "فلیٹ",
  /* (Morocco's "lots titrés" in a "lotissement", in French and Arabic) */
  "lots titrés", "lotissement", "appartements", "terrains", "بقع أرضية", "شقق",
  /* (the Philippines' house and lot, and a new development in Chinese) */
  "house and lot", "house & lot", "townhouse", "condo units", "楼盘", "房子", "公寓",
  /* (Czech's flats by their rooms, "2+kk", "3+1", and a development's units) */
  "byty", "bytů", "2+kk", "3+kk", "4+kk", "2+1", "3+1", "jednotky", "jednotek",
  /* (Greek's flats, with accents and without) */
  "διαμερίσματα", "διαμερισματα",
  /* (Italian's flats and their rooms, Spain's) */
  "appartamenti", "bilocali", "trilocali", "quadrilocali", "pisos", "viviendas",
  /* (Japan's and Korea's new flats and houses for sale) */
  "マンション", "分譲", "戸建", "분양", "아파트",
  /* (Kenya's plots, in English and Swahili: "50x100 plots", "viwanja") */
  "viwanja", "acre plots", "plots for sale",
  /* (Nepal's house plots, a ghaderi, and Nepali's and Hindi's plot) */
  "घडेरी", "प्लट", "प्लॉट",
  NULL
};

/* ...with the pressure of a sale: the units left at the launch price,
 * the site visit with a pick-up, no brokerage this month */
static const char * const sale_pressure[] = {
  "units left", "pre-launch", "prelaunch", "launch price", "site visit", "booking amount", "book now",
  "zero brokerage", "no brokerage", "limited units", "ready to move", "ready possession", "easy emi",
  "all-inclusive", "free pick-up", "free pickup", "साइट विजिट", "बुकिंग",
  /* (and French's: the "facilités de paiement", the visit "ce week-end",
   * the title deed "remis à la signature") */
  "facilités de paiement", "facilité de paiement", "pour visiter", "visite gratuite", "à la signature",
  "derniers lots", "dernières unités", "prix de lancement",
  /* (and rent to own, nothing down, moved into at once: "零首付",
   * "马上可以入住") */
  "rent to own", "rent-to-own", "no down payment", "no downpayment", "zero down", "walang downpayment",
  "walay downpayment", "零首付", "可以入住", "拎包入住",
  /* (and Czech's: a developer's project, its last units, booked free) */
  "developerský projekt", "developersky projekt", "poslední jednotky", "posledni jednotky", "rezervace bez poplatku",
  "rezervace zdarma", "rezervační poplatek",
  /* (and Greek's: newly built, the last flats, booked without a deposit) */
  "νεόδμητα", "νεοδμητα", "τελευταία διαμερίσματα", "τελευταια διαμερισματα", "χωρίς προκαταβολή",
  "χωρις προκαταβολη",
  /* (and Italian's and Spanish's: the last flats, newly built, booked
   * without a deposit) */
  "ultimi appartamenti", "nuova costruzione", "senza anticipo", "prezzi di lancio", "ultime unità",
  "últimas viviendas", "obra nueva", "sin entrada",
  /* (and Japan's and Korea's: the last few left, nothing down, the show
   * flat, first come first served) */
  "残りわずか", "残り僅か", "頭金0円", "頭金ゼロ", "頭金なし", "モデルルーム", "先着", "잔여세대", "선착순",
  /* (and Kenya's: the deposit today to secure one before the price goes
   * up, the title deed ready; not a chama's "pay deposit balances") */
  "deposit today", "secure yours", "secure your plot", "ready title deeds", "ready title deed",
  "before prices go up", "only a few remaining", "remaining plots", "lipa deposit leo",
  /* (and Nepali's: the advance, a baina, today, booked, "tomorrow there
   * is none"; not a broker's "no baina before the papers") */
  "आजै बैना", "बैना राखेर", "बुक गर्नुहोस्", "भोलि छैन", "किस्तामा पनि",
  NULL
};

/* ...which a buyer kept waiting writes of too, as a complaint */
static const char * const home_complaints[] = {
  "delayed", "delay", "complaint", "complaints", "stuck", "still waiting", "no possession", "builder cheated",
  "retard", "en retard", "toujours pas", "j'attends", "烂尾", "延期交房", "zpoždění", "se odkládá", "stále čekáme",
  "pořád čekáme", "καθυστερεί", "καθυστερει", "καθυστέρηση", "καθυστερηση", "ακόμα περιμένουμε",
  "ritardo", "ritardi", "non consegnato", "sto ancora aspettando", "retraso", "todavía esperamos",
  "遅れ", "延期", "入居できて", "引渡しが", "입주 지연", "still not ready", "not yet ready", "be patient",
  NULL
};

/* A pyramid's pitch in Nepali and Hindi: the earnings from home... */
static const char * const pyramid_earnings[] = {
  "कमाउँछु", "कमाउनुहोस्", "कमाउन सकिन्छ", "कमाउँछन्", "कमा सकते", "कमाई करें", "कमाता हूँ", "कमाती हूँ",
  NULL
};

/* ...the kit bought to start ("रु १२,५०० को प्रोडक्ट किट")... */
static const char * const pyramid_kits[] = {
  "प्रोडक्ट किट", "किट लिनुपर्छ", "किट किन्नुपर्छ", "ज्वाइनिङ शुल्क", "ज्वाइनिंग फीस", "जॉइनिंग फीस",
  NULL
};

/* ...and the commission on those the reader signs up under her
 * ("तपाईंमुनि दुई जना जोडे"); a reader warns of it as a pyramid */
static const char * const pyramid_recruits[] = {
  "तपाईंमुनि", "तपाईं मुनि", "जना जोडे", "जना जोड्नु", "डाउनलाइन", "आपके नीचे", "लोगों को जोड़", "लोग जोड़",
  NULL
};
static const char * const pyramid_warnings[] = {
  "पिरामिड", "नपत्याउ", "कहिल्यै आएन", "सावधान",
  NULL
};

/* Whether normalised @text warns of a broker or tells the writer's own
 * dealings with one */
static gboolean
reader_told (const char *text)
{
  return _byline_spam_terms_found (text, broker_warnings) > 0 || _byline_spam_terms_found (text, own_dealing) > 0;
}

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_broker_evidence (const BylineSpamSample *sample,
                              const char             *content,
                              guint                   outside_links,
                              GArray                 *evidence)
{
  gboolean reachable = _byline_spam_has_phone (content) || _byline_spam_has_private_contact (content) ||
                       _byline_spam_has_messenger_contact (content);

  /* "We buy forest, the highest prices, call …": a buyer's advert,
   * the number to ring its point. A forest owner tells of the buyers
   * she lost ("we will have to find other buyers") in no firm's "we". */
  if ((reachable || outside_links > 0) && _byline_spam_terms_found (content, we_buy) > 0 &&
      _byline_spam_terms_found (content, buyer_prices) > 0 && !reader_told (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("a buyer’s advert, “we buy” at the best prices, with a number or a "
                                           "site")));

  /* "My cousin found work in Norway through an agency, the fee is only
   * EUR 350, WhatsApp …": a job abroad the worker pays for, with where
   * to pay it (a bare address too: "inscripción aquí: …ink/…"). The
   * fake offer a reader quotes comes with her warning. */
  if ((reachable || outside_links > 0 || _byline_spam_names_address (content)) &&
      _byline_spam_terms_found (content, jobs) > 0 &&
      _byline_spam_terms_found (content, abroad) > 0 && _byline_spam_terms_found (content, worker_fees) > 0 &&
      !reader_told (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("offers a job abroad for a fee the worker pays, with a number or a "
                                           "site")));
  /* "We are hiring secret shoppers, earn EUR 35 per assignment… pay
   * the EUR 19 training and certification fee at …": the same at home,
   * the fee asked of the worker to start. A reader who tells of a course
   * she paid for names no pay per task. Paid by mobile money to a
   * number ("lipa ada ya usajili Sh 3,500 kwa M-Pesa"), it is gone for
   * good, and no employer's. */
  else if ((reachable || outside_links > 0) && _byline_spam_terms_found (content, jobs) > 0 &&
           _byline_spam_terms_found (content, earn_words) > 0 && _byline_spam_terms_found (content, upfront_fees) > 0 &&
           _byline_spam_terms_found (content, pay_asks) > 0 && !reader_told (content))
    _byline_spam_add_evidence (evidence, _byline_spam_names_payment_app (content) ? 0.55 : 0.45,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("offers paid work that asks the worker for a fee to start")));
  /* (or a pyramid's, in Nepali or Hindi: earnings from a kit bought to
   * start and the people signed up under one, with a number) */
  else if (reachable && _byline_spam_terms_found (content, pyramid_earnings) > 0 &&
           _byline_spam_terms_found (content, pyramid_kits) > 0 &&
           _byline_spam_terms_found (content, pyramid_recruits) > 0 &&
           _byline_spam_terms_found (content, pyramid_warnings) == 0 && !reader_told (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers paid work that asks the worker for a fee to start")));

  /* "2 & 3 BHK flats… only 9 units left at pre-launch price, zero
   * brokerage this month. Site visit: call Amol (broker) on …": homes
   * sold with a sale's pressure and the number to book by. A reader
   * who bought off the plan tells of the delay; one who asks what a
   * flat costs gives no number to book a visit by. */
  if ((reachable || outside_links > 0) && _byline_spam_terms_found (content, homes_for_sale) > 0 &&
      _byline_spam_terms_found (content, sale_pressure) >= 2 &&
      _byline_spam_terms_found (content, home_complaints) == 0 && !reader_told (content))
    _byline_spam_add_evidence (evidence, 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("sells flats or plots with a sale’s pressure (“units left”, “site "
                                           "visit”), with a number or a site")));
}
