/* byline-spam-filter-fixers.c: what fixers sell: news articles removed
 * from search, press releases placed, papers published by return,
 * locked phones unlocked and other people's phones read, game currency
 * under the game's price, a public body's money to claim at a site not
 * its own, appeals after a disaster (at a site no charity's, or to a
 * phone number on a payment app), appeals paid to a private bank card,
 * savings moved into gold, slimming patches, test strips bought for
 * cash, domain names for sale
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Negative article about you on page one of Google? We remove it,
 * guaranteed"; "we distribute press releases to 400+ news outlets for
 * $149"; "Scopus indexed, peer review in 72 hours"; "read their
 * WhatsApp, 100% undetectable"; "86 diamonds ₱65, send your ID"; "you
 * have a tax refund of €386, confirm your card at …". Readers write of
 * every one of these as news or as what happened to them, and then they
 * have nowhere of their own to send anyone, or say it was a scam: each
 * kind counts only with somewhere to go or to write and no warning.
 * Words in Latin letters are whole words, others anywhere
 * (_byline_spam_terms_found(): Hebrew joins its prepositions to words).
 * Since the forty-first round, a benefit of Brazil's federal government
 * released for a fee ("para liberar o benefício… taxa de cadastro de
 * R$ 27,90"), claimed at a bare address as well as at a link. Since
 * the forty-ninth, an appeal for a child's operation or a "fund" paid
 * to a person's bank card ("Kaspi Gold: 4400 4302 7781 9О15, получатель
 * Гульмира С."), as no charity takes gifts. Since the fiftieth,
 * Senegal's: a youth fund's grant "non remboursable" for a "frais de
 * dossier", and an appeal for homes the sea took paid to a person's
 * Wave number, "compte association bi dinañu ko ubbi" (its account to
 * be opened later). Since the fifty-first, the same appeal in Cusco's
 * Quechua, "unuwan hunt'achirqan… yanapayta munaspaqa, qullqiykita
 * apachimuy Yape 947 336 120", Peru's Yape and Plin as payment apps.
 * Since the fifty-second, in Bengali: a flood that strands families
 * ("পানিবন্দি", "ঘরে পানি"), "if you want to help, send" to a personal
 * bKash or Nagad number; a receipt or a merchant's number a real
 * collection's. Since the fifty-third, in Amharic and Afaan Oromo: a
 * drought, the displaced, homes pulled down ("ድርቅ", "ተፈናቀሉ",
 * "gogiinsa", "buqqa'anii", "diigamuuf"), "your help" paid to a
 * telebirr number; a receipt ("ደረሰኝ", "nagahee") a real collection's.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* Taking a story off the web: removing, deleting, pushing down... */
static const char * const removals[] = {
  "remove", "removes", "removal", "removing", "delete", "deletes", "deletion", "erase", "erases", "de-index",
  "deindex", "suppress", "suppression", "push down", "eliminamos", "eliminación", "borramos", "borrado",
  "supprimons", "suppression", "löschen", "entfernen", "удаляем", "удаление", "מסירים", "הסרת", "מוחקים",
  NULL
};

/* ...what is taken off... */
static const char * const removed_things[] = {
  "negative article", "negative articles", "news article", "news articles", "search results", "google results",
  "negative reviews", "bad reviews", "mugshot", "mugshots", "negative content", "negative links",
  "noticias negativas", "artículos negativos", "articles négatifs", "negative artikel", "негативные статьи",
  "כתבות", "כתבה", "תוצאות חיפוש", "ביקורות",
  NULL
};

/* ...as a service sells it */
static const char * const removal_terms[] = {
  "guaranteed", "guarantee", "money back", "discreet", "discretion", "confidential", "free consultation",
  "free assessment", "free quote", "permanently", "garantizado", "garanti", "garantie", "гарантия",
  "דיסקרטיות", "החזר כספי", "ייעוץ", "לצמיתות",
  NULL
};

/* A reader angry at the trade, not selling it */
static const char * const removal_warnings[] = {
  "scam", "outrageous", "censorship", "press freedom", "threatened", "threats", "disgrace", "shameful",
  "צנזורה",
  NULL
};

/* A press release placed on news sites for a price... */
static const char * const releases[] = {
  "press release", "press releases", "news release", "pr distribution", "newswire", "comunicado de prensa",
  "communiqué de presse", "pressemitteilung",
  NULL
};

static const char * const placements[] = {
  "distribute", "distribution", "distributed", "placement", "placements", "published on", "syndicated",
  "syndicate", "outlets", "news outlets", "media outlets", "news sites", "live links", "yahoo finance",
  "benzinga", "ap news", "marketwatch", "digital journal", "google news",
  NULL
};

/* A journal's call for papers... */
static const char * const journal_pitches[] = {
  "call for papers", "submit your manuscript", "submit your paper", "your manuscript", "scopus",
  "web of science", "indexed", "impact factor", "dear researcher", "dear author", "special issue",
  "upcoming issue", "december issue",
  NULL
};

/* ...that promises publication by return, for a fee (a reader's own
 * paper in a special issue promises neither) */
static const char * const journal_promises[] = {
  "peer review in", "fast publication", "publication within", "publish within", "published within", "apc",
  "article processing charge", "fast-track", "fast track",
  NULL
};

static const char * const journal_warnings[] = {
  "predatory", "scam", "scams", "fake", "bogus", "beware", "hijacked",
  NULL
};

/* Another person's phone read in secret... */
static const char * const spying[] = {
  "spy", "spy app", "spyware", "track their", "read their", "see their", "monitor their", "their location",
  "gps location", "call logs", "undetectable", "hidden mode", "no root", "jailbreak", "cheating partner",
  "cheating spouse", "is cheating", "their whatsapp", "their messages", "remotely",
  NULL
};

/* ...not a warning of the stalkerware that does it */
static const char * const spying_warnings[] = {
  "stalkerware", "abuse", "abusive", "abuser", "illegal", "police", "coercive", "refuge", "crime", "arrested",
  NULL
};

/* A phone's lock taken off for money: Apple's activation lock, Android's
 * factory reset protection, a blocked IMEI */
static const char * const phone_locks[] = {
  "icloud", "activation lock", "frp", "mdm", "imei", "blacklisted",
  NULL
};

static const char * const unlocking[] = {
  "unlock", "unlocks", "unlocking", "bypass", "remove", "removes", "removal",
  NULL
};

static const char * const unlock_terms[] = {
  "permanent", "permanently", "all models", "money back", "guarantee", "guaranteed", "official unlock", "order",
  "price", "instant",
  NULL
};

/* The makers unlock their own phones for their owners */
static const char * const phone_makers[] = {
  "apple.com", "samsung.com", "google.com", "support.google.com", "motorola.com", "xiaomi.com",
  NULL
};

static const char * const unlock_warnings[] = {
  "stolen", "scam", "scammed", "police", "wouldn't", "refused", "lesson",
  NULL
};

/* A game's currency bought outside the game, under its price */
static const char * const games[] = {
  "free fire", "mobile legends", "mlbb", "pubg", "genshin", "genshin impact", "roblox", "fortnite", "valorant",
  "call of duty", "cod mobile", "honor of kings", "clash of clans", "brawl stars", "efootball",
  NULL
};

static const char * const game_currencies[] = {
  "diamonds", "diamond", "dias", "uc", "robux", "v-bucks", "vbucks", "primogems", "genesis crystals",
  "valorant points", "cod points", "gems", "top up", "top-up", "topup", "recharge", "diamond pass",
  NULL
};

static const char * const game_sales[] = {
  "cheap", "cheapest", "murang", "mura", "murah", "barato", "legit", "order", "instant", "pm", "discount",
  NULL
};

/* The games' makers and their own shops sell it too */
static const char * const game_hosts[] = {
  "roblox.com", "garena.com", "mobilelegends.com", "moonton.com", "pubgmobile.com", "midasbuy.com",
  "epicgames.com", "fortnite.com", "hoyoverse.com", "riotgames.com", "playvalorant.com", "supercell.com",
  "codashop.com", "ea.com", "activision.com", "callofduty.com",
  NULL
};

static const char * const game_warnings[] = {
  "banned", "ban", "na-ban", "scam", "scams", "scammed", "scammer", "fake", "hacked", "stolen", "naloko",
  "modus", "penipuan",
  NULL
};

/* A public body said to owe readers money... */
static const char * const authorities[] = {
  "hmrc", "irs", "dvla", "dwp", "centrelink", "mygov", "service canada", "banco central", "receita federal",
  "inss", "caixa", "agencia tributaria", "hacienda", "finanzamt", "dgfip", "ameli", "united nations", "unhcr",
  "ααδε", "εφορία", "taxisnet", "оон", "дія", "пенсійний фонд", "мінсоцполітики", "госуслуги",
  "government of canada", "gouvernement du canada", "canada revenue agency", "receiver general",
  "social security administration", "australian taxation office",
  /* (Brazil's federal government and its register of low incomes) */
  "governo federal", "gobierno federal", "cadúnico", "cadunico",
  /* (Morocco's social security fund, in French and Arabic) */
  "cnss", "الضمان الاجتماعي", "الصندوق الوطني للضمان",
  /* (a French-speaking state's, its ministries and its funds for the
   * young and for women: Senegal's DER/FJ, FONGIP, ANPEJ) */
  "délégation générale", "ministère", "gouvernement", "programme présidentiel", "programme gouvernemental",
  "der/fj", "fongip", "anpej",
  NULL
};

/* ...to receive... */
static const char * const owed_money[] = {
  "tax refund", "refund", "rebate", "one-off payment", "payment", "compensation", "benefit",
  "valores a receber", "valores esquecidos", "dinheiro esquecido", "restituição", "remboursement",
  "erstattung", "reembolso", "devolución", "επιστροφή φόρου", "επιστροφή", "допомог", "виплат", "выплат",
  "benefício", "auxílio emergencial", "beneficio",
  /* (family allowances, in French and Arabic) */
  "allocations familiales", "التعويضات العائلية", "التعويضات", "المنحة",
  /* (a grant "not to be repaid", a subsidy, in French) */
  "non remboursable", "non remboursables", "subvention", "subventions", "aide financière",
  NULL
};

/* ...soon, with one's card */
static const char * const claim_urgency[] = {
  "card details", "confirm your", "deadline", "expires", "will be cancelled", "days left", "last day",
  "before the deadline", "prazo", "consulte agora", "saque", "não perca", "στοιχεία της κάρτας",
  "επιβεβαιώστε", "ακυρωθεί", "дані картки", "залишилось", "данные карты", "осталось",
  /* (or a fee "to release" it, before it "closes") */
  "para liberar", "taxa de liberação", "taxa de cadastro", "antes que encerre", "para liberar el",
  /* (Arabic's and French's "processing fee" within a "deadline", or
   * "to avoid" being struck off) */
  "رسوم المعالجة", "داخل أجل", "لتفادي", "frais de traitement", "frais de déblocage",
  /* (a file's or a sign-up's fee, places going to the first) */
  "frais de dossier", "frais d'inscription", "premier arrivé", "premiers arrivés",
  NULL
};

static const char * const claim_warnings[] = {
  "scam", "scams", "fake", "phishing", "never", "report", "reported", "golpe", "golpes", "fraude", "шахра",
  "мошенн", "απάτη", "ψεύτικ",
  "arnaque", "escroquerie", "nsba", "نصب", "احتيال",
  /* (and a reader's "without any fee": "بلا حتى رسوم", "sans frais") */
  "بلا حتى رسوم", "بدون رسوم", "بلا رسوم", "sans frais", "sans aucun frais", "gratuitement",
  /* (Wolof's "a swindle", "swindlers") */
  "naxe", "naxkat",
  NULL
};

/* An appeal after a disaster... */
static const char * const disasters[] = {
  "earthquake", "quake", "flood", "floods", "flooding", "hurricane", "typhoon", "cyclone", "wildfire",
  "wildfires", "tsunami", "landslide", "famine", "victims", "survivors", "displaced",
  /* in Thai: a disaster's victims, a flood, a storm, a fire, an
   * earthquake; in Filipino, Swahili and Spanish */
  "ผู้ประสบภัย", "ภัยพิบัติ", "น้ำท่วม", "พายุ", "ไฟไหม้", "แผ่นดินไหว", "bagyo", "nasalanta", "mafuriko",
  "damnificados", "inundaciones",
  /* in French, and Wolof's homes taken or lost ("géej gi yóbbu seen
   * kër", the sea took their homes), a calamity, "they have nothing" */
  "sinistrés", "sinistrées", "inondations", "inondation", "incendie", "victimes", "sans-abri", "ont tout perdu",
  "yóbbu seen kër", "yobbu seen ker", "ñàkk seen kër", "musiba", "amuñu dara",
  /* (in Peru's Spanish and Cusco's Quechua: the flooded, "the water
   * filled their houses", "they have nothing") */
  "inundados", "inundadas", "damnificadas", "lo perdieron todo", "unuwan hunt'achirqan", "unu apakurqan",
  "mana imayuq", "mana imayuqmi", "mana imayuqchu",
  /* (in Bengali and Banglish: a flood, those it strands, waterlogging,
   * "water came into the homes", a cyclone, a fire, a landslide) */
  "বন্যা", "বানভাসি", "পানিবন্দি", "পানিবন্দী", "জলাবদ্ধ", "ঘরে পানি", "ঘূর্ণিঝড়", "অগ্নিকাণ্ড", "ভূমিধস",
  "ভূমিকম্প", "bonna", "bonnay", "panibondi", "ghurnijhor",
  /* (in Amharic, found inside words: a drought, a flood, the displaced,
   * a famine, homes pulled down; in Afaan Oromo, whole words) */
  "ድርቅ", "ጎርፍ", "ተፈናቀ", "ተፈናቃ", "ረሃብ", "የመሬት መንቀጥቀጥ", "ለሚፈርስባቸው", "gogiinsa", "gogiinsaan", "beelaa",
  "buqqa'an", "buqqa'anii", "buqqa'aniif", "diigamuuf", "diigame", "diigaman",
  NULL
};

/* ...asking to give... */
static const char * const giving[] = {
  "donate", "donation", "donations", "donate now", "give now", "your gift", "every dollar", "feeds a family",
  "emergency fund", "relief fund", "please share", "บริจาค", "magbigay", "changia", "michango", "donen",
  "donaciones",
  /* (French's gifts, Wolof's help and support) */
  "faites un don", "vos dons", "votre don", "soutenez", "aidez-nous", "ndimbal", "jàppale", "dimbali",
  /* (Spanish's "help with", Quechua's "if you want to help… send your
   * money") */
  "apoyen con", "colaboren con", "yanapayta munaspa", "yanapayta munaspaqa", "qullqiykita apachimuy",
  "qullqita apachimuy",
  /* (Bengali's "if you want to help, send", "whatever each can", "stand
   * by them", "donate"; Banglish's) */
  "সাহায্য করতে চাইলে", "সাহায্য পাঠান", "যার যা সামর্থ্য", "পাশে দাঁড়ান", "দান করুন", "অনুদান দিন",
  "সহযোগিতা করুন", "sahajjo korun", "sahajjo pathan", "pashe daran",
  /* (Amharic's "your support", "donate", "if you want to help";
   * Afaan Oromo's "your help", "if you want to help") */
  "ድጋፋችሁን", "ድጋፍዎን", "ይለግሱ", "መርዳት ከፈለጋችሁ", "መርዳት የምትፈልጉ", "gargaarsa keessan",
  "gargaaruu yoo barbaaddan",
  NULL
};

/* ...paid by a payment app, to a number: a person's, as a charity takes
 * gifts to its own account (mobile money's names are in
 * byline-spam-filter-messengers.c, which reads the numbers after them) */
static const char * const payment_apps[] = {
  "promptpay", "พร้อมเพย์", "truemoney", "tigo pesa", "mobile money", "paytm", "phonepe", "google pay", "gpay",
  "upi", "chave pix", "cash app", "cashapp", "venmo", "zelle",
  NULL
};

/* Whether normalised @text names a payment app or mobile money, which
 * pay a phone number at once and for good (M-Pesa, PromptPay, GCash,
 * UPI, Wave …) */
gboolean
_byline_spam_names_payment_app (const char *text)
{
  return _byline_spam_terms_found (text, payment_apps) > 0 || _byline_spam_names_wallet (text);
}

/* ...with two of a fundraiser's promises (a food bank is "100%
 * volunteer run"), at a site no known charity's */
static const char * const appeal_promises[] = {
  "100% of your", "100% of every", "every dollar", "feeds a family", "time is running out", "match ends",
  "reaches the victims", "directly to families", "before midnight", "running out",
  NULL
};

static const char * const charity_hosts[] = {
  "redcross.org", "redcross.org.uk", "icrc.org", "ifrc.org", "unicef.org", "msf.org", "savethechildren.org",
  "savethechildren.org.uk", "oxfam.org", "oxfam.org.uk", "dec.org.uk", "gofundme.com", "justgiving.com",
  "globalgiving.org", "caritas.org", "crisisrelief.un.org", "wfp.org", "unhcr.org", "care.org",
  NULL
};

static const char * const appeal_warnings[] = {
  "fake", "scam", "scams", "fraud", "beware", "charity commission", "register", "ปลอม", "มิจฉาชีพ", "หลอก",
  "arnaque", "escroquerie", "naxe", "naxkat",
  /* (Spanish's swindle, Quechua's "send money to no one") */
  "estafa", "estafadores", "ama pimanpas",
  /* (Bengali's and Banglish's fraud and fraudsters; and a real
   * collection's receipt for every gift, to a merchant's account, not a
   * person's) */
  "প্রতারণা", "প্রতারক", "ভুয়া", "protarona", "protarok", "রসিদ", "মার্চেন্ট", "roshid", "merchant number",
  /* (Amharic's and Afaan Oromo's fraud, fraudsters and receipt) */
  "ማጭበርበ", "አጭበርባሪ", "ደረሰኝ", "gowwoomsaa", "nagahee",
  NULL
};

/* An appeal for a sick child's operation or treatment, or a charity's,
 * in Kazakh, Russian, Uzbek and English (found inside words, but for
 * those in Latin letters)... */
static const char * const card_appeals[] = {
  "ота керек", "ота жасау", "шұғыл ота", "емдеу", "емделу", "қайырымдылық", "қайырлы іс", "жинауымыз керек",
  "жинап жатырмыз", "көмек беріңіз", "көмектесіңіз", "на операцию", "на лечение", "благотворительн",
  "сбор средств", "собираем", "помогите", "xayriya", "operatsiya", "davolash", "yordam bering", "donate",
  "donation", "donations", "operation", "treatment", "please help",
  NULL
};

/* ...which a reader warns of, or a fund's own account: an IBAN ("KZ86
 * …"), its business number ("БИН 210440012345", Kazakh's "БСН") */
static const char * const card_appeal_warnings[] = {
  "мошенни", "алаяқ", "фейк", "развод", "не переводите", "аудармаңыз", "firibgar", "scam", "scams", "fake",
  "fraud", "iban", "бин ", "бин:", "бсн ", "бсн:",
  NULL
};

/* ...or, in Korean and Nepali, a collection ("모금", "후원", "चन्दा") to
 * a person's account or wallet while the group's "opens next month": a
 * church or a fund takes it to the account in its own name ("명의
 * 계좌") and says it never takes personal ones ("받지 않") */
static const char * const person_appeals[] = {
  "모금", "후원 계좌", "후원금", "성금",
  /* (Nepali's "please help", "collecting help", and a donation in
   * Nepali and Hindi; the coordinator's personal eSewa while "the
   * group's account opens after registration") */
  "सहयोग गर्नुहोस्", "सहयोग संकलन", "चन्दा", "चंदा",
  NULL
};

static const char * const personal_accounts[] = {
  "개인 계좌", "개인계좌", "총무 개인", "개인 통장", "व्यक्तिगत", "निजी खात", NULL
};

static const char * const person_appeal_warnings[] = {
  "명의 계좌", "받지 않", "안 받", "사기",
  /* (a guthi's or a temple's own account number, "do not send" to a
   * personal one, a cheat, in Nepali and Hindi) */
  "खाता नं", "नपठाउ", "ठगी", "न भेजें", "धोखा",
  NULL
};

/* ...that presses readers to pass it on, or calls itself a fund while
 * it is paid to a person */
static const char * const card_appeal_pushes[] = {
  "репост", "поделитесь", "не проходите мимо", "таратыңыз", "бөлісіңіз", "қоры ", "қорына", "қорының", "фонд",
  "jamg'arma",
  "share", "fund",
  NULL
};

/* Whether @p, in normalised @text, starts a bank card's number: sixteen
 * digits in four groups of four between single spaces or dashes, or
 * run together, an O (Latin or Cyrillic) for a zero in a few of them
 * ("4400 4302 7781 9О15"); not a longer run of groups (an account) */
static gboolean
card_number_at (const char *text,
                const char *p)
{
  guint digits = 0, real = 0, groups = 0, in_group = 0;

  if (p > text && (g_ascii_isalnum (p[-1]) || (guchar) p[-1] >= 0x80))
    return FALSE;
  while (digits < 16)
    {
      if (g_ascii_isdigit (*p) || *p == 'o')
        {
          real += g_ascii_isdigit (*p);
          p++;
        }
      else if ((guchar) p[0] == 0xD0 && (guchar) p[1] == 0xBE)
        p += 2;
      else if (in_group == 4 && (*p == ' ' || *p == '-') && g_ascii_isalnum (p[1]))
        {
          p++;
          in_group = 0;
          continue;
        }
      else
        return FALSE;
      digits++;
      if (++in_group == 1)
        groups++;
      /* (four at a time, or sixteen run together) */
      if (in_group > 4 && groups > 1)
        return FALSE;
    }

  return real >= 12 && (groups == 4 || groups == 1) && !g_ascii_isalnum (*p) &&
    !((*p == ' ' || *p == '-') && g_ascii_isdigit (p[1]));
}

/* Whether normalised @text gives a bank card's number (card_number_at()),
 * looked for at its digits only */
static gboolean
gives_card_number (const char *text)
{
  for (const char *p = strpbrk (text, "0123456789"); p != NULL; p = strpbrk (p + 1, "0123456789"))
    {
      if (card_number_at (text, p))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @text names an IBAN ("kz86 125k…", "kz86125…"):
 * a fund's own account */
static gboolean
names_iban (const char *text)
{
  for (const char *p = strstr (text, "kz"); p != NULL; p = strstr (p + 2, "kz"))
    {
      if ((p == text || !g_ascii_isalnum (p[-1])) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]))
        return TRUE;
    }

  return FALSE;
}

/* Savings moved into gold before a crash, as the retirement adverts
 * have it */
static const char * const metals[] = {
  "gold", "silver", "precious metals",
  NULL
};

static const char * const gold_pitches[] = {
  "gold ira", "precious metals ira", "silver ira", "gold investment kit", "free gold kit", "investment kit",
  "free kit", "401(k)", "401k", "rollover", "tax-free", "penalty-free", "protect your savings",
  "protect your retirement", "dollar losing value", "dollar collapse", "crash coming", "next crash",
  "smart retirees",
  NULL
};

static const char * const gold_warnings[] = {
  "scam", "scams", "fake", "lost", "regret", "adviser", "advisor", "less than",
  NULL
};

/* A slimming product, a before-and-after, the hype... */
static const char * const slimming[] = {
  "patch", "patches", "gummies", "gummy", "drops", "capsules", "pills", "pill", "glp-1", "fat burner",
  "fat burners", "keto",
  /* in the languages the adverts come in */
  "pastillas", "cápsulas", "gotas", "parches", "gominolas", "kapseln", "tropfen", "fatburner", "fruchtgummis",
  "gélules", "gouttes", "patchs", "capsule", "pastiglie", "gocce", "cerotti", "tabletki", "kapsułki",
  "żelki", "hap", "kapsül", "средство", "капсулы", "таблетки", "капли", "пластырь", "жиросжигатель",
  "мармелад", "كبسولات", "حبوب",
  NULL
};

static const char * const weight_lost[] = {
  "lost", "lose", "dropped", "melted", "shed", "perdí", "bajé", "adelgacé", "adelgazar", "abgenommen",
  "abnehmen", "verloren", "perdu", "maigri", "maigrir", "perdi", "emagreci", "emagrecer", "persi",
  "dimagrito", "dimagrire", "schudłam", "schudnąć", "verdim", "похудела", "похудел", "похудение", "похудеть",
  "сбросила", "сбросил", "минус", "خسرت", "فقدت",
  NULL
};

static const char * const weight_units[] = {
  "kg", "kgs", "kilos", "lbs", "pounds", "stone", "кг", "килограмм", "كيلو", "كغ",
  NULL
};

/* Whether normalised @text gives a weight: a unit as a word ("10 kg",
 * "two stone") or after its number ("10kg", "20lbs") */
static gboolean
gives_weight (const char *text)
{
  if (_byline_spam_terms_found (text, weight_units) > 0)
    return TRUE;
  for (const char *p = strpbrk (text, "kl"); p != NULL; p = strpbrk (p + 1, "kl"))
    {
      gsize len = g_str_has_prefix (p, "kg") ? 2 : g_str_has_prefix (p, "lbs") ? 3 : g_str_has_prefix (p, "lb") ? 2 : 0;

      if (len > 0 && p > text && g_ascii_isdigit (p[-1]) && !g_ascii_isalnum (p[len]))
        return TRUE;
    }

  return FALSE;
}

/* (not "without exercise": a reader's diet blog says it) */
static const char * const slimming_hype[] = {
  "don't want you to know", "doesn't want you to know", "without injections", "sold out", "still stock",
  "fraction of", "big pharma", "limited stock", "selling out", "without diet or exercise", "without dieting",
  "no diet no exercise", "no diet or exercise", "no dieting", "sin dieta ni ejercicio", "ohne diät und sport",
  "sans régime ni sport", "sem dieta", "sin dieta", "ohne diät", "sans régime", "senza dieta", "bez diety",
  "diyetsiz", "без диет", "без диеты", "без спорта", "بدون رجيم", "بدون حمية",
  NULL
};

/* Ordering it, as its advert asks */
static const char * const slimming_orders[] = {
  "order", "order now", "buy now", "pide", "pídelas", "pídelos", "pídela", "cómpralas", "compra ya", "bestellen",
  "bestelle", "commandez", "commander", "ordina", "ordinale", "compre", "encomende", "zamów", "sipariş",
  "заказ", "закажите", "заказать", "اطلب", "اطلبي",
  NULL
};

/* ...and a reader telling of her own doctor's prescription */
static const char * const slimming_warnings[] = {
  "scam", "scams", "fake", "don't buy", "do not buy", "never buy", "beware", "counterfeit", "estafa",
  "timo", "betrug", "abzocke", "arnaque", "truffa", "oszustwo", "golpe", "мошенники", "развод", "احتيال",
  NULL
};

/* A drug doctors prescribe for weight or erections, whose name a
 * supplement borrows ("natural Ozempic", "effetto Ozempic naturale",
 * "l'alternative naturelle à l'Ozempic", "nature's Viagra")... */
static const char * const prescribed_brands[] = {
  "ozempic", "wegovy", "mounjaro", "zepbound", "saxenda", "semaglutide", "tirzepatide", "glp-1", "viagra",
  "cialis", "оземпик", "оземпика", "виагра", "أوزمبيك", "أوزيمبيك", "فياجرا", "司美格鲁肽", "伟哥",
  NULL
};

/* ...with a word saying it is nature's version */
static const char * const natural_words[] = {
  "natural", "nature's", "naturale", "naturali", "naturel", "naturelle", "natürliche", "natürliches",
  "natürlicher", "natürlich", "naturalny", "naturalne", "naturalna", "natuurlijke", "natuurlijk", "doğal",
  "alami", "натуральный", "натуральная", "натуральное", "природный", "طبيعي", "الطبيعي", "天然",
  NULL
};

/* A reader debunking the supplement names it too, or tells how it is
 * sold ("sold as nature's Ozempic") */
static const char * const natural_warnings[] = {
  "scam", "scams", "nonsense", "no evidence", "myth", "don't work", "doesn't work", "does not work", "fake",
  "rubbish", "useless", "placebo", "beware", "waste of money", "estafa", "timo", "arnaque", "bidon", "truffa",
  "non funziona", "non servono", "betrug", "abzocke", "oszustwo", "golpe", "мошенники", "развод", "احتيال",
  "骗", "sold as", "marketed as", "billed as", "so-called", "dubbed", "doesn't exist", "does not exist",
  "no such thing", "non esiste", "no existe", "não existe", "n'existe pas", "gibt es nicht", "nie istnieje",
  "не существует", "لا يوجد",
  NULL
};

/* Whether normalised @text names a prescribed drug and, a few
 * characters before or after it, a word saying "natural": the name is
 * a supplement's borrowed one. Not within quotation marks: a reader
 * quotes the advert ("those 'natural Ozempic' gummies"). */
static gboolean
sells_natural_version (const char *text)
{
  for (guint i = 0; prescribed_brands[i] != NULL; i++)
    {
      gsize len = strlen (prescribed_brands[i]);

      for (const char *p = _byline_spam_find (text, prescribed_brands[i]); p != NULL;
           p = strstr (p + len, prescribed_brands[i]))
        {
          const char *from;
          g_autofree char *window = _byline_spam_window (text, p, len, 28, &from);

          if (_byline_spam_terms_found (window, natural_words) == 0)
            continue;
          if (strchr (window, '"') != NULL || strstr (window, "“") != NULL || strstr (window, "«") != NULL ||
              strstr (window, "‘") != NULL || strstr (window, " '") != NULL || (from == text && *from == '\''))
            continue;
          return TRUE;
        }
    }

  return FALSE;
}

/* Medical supplies bought for cash, to be sold on: test strips,
 * glucose sensors, insulin pens... */
static const char * const supplies[] = {
  "test strips", "diabetic strips", "libre sensors", "freestyle libre", "dexcom", "accu-chek", "onetouch",
  "insulin pens", "cgm sensors", "glucose sensors", "omnipod",
  NULL
};

/* ...by a buyer who names the price and the way to send them */
static const char * const supply_buying[] = {
  "we buy", "buy your", "top prices", "top dollar", "cash for", "paid same day", "sell your", "prepaid shipping",
  "free shipping label", "get a quote", "instant quote",
  NULL
};

static const char * const supply_warnings[] = {
  "scam", "scams", "illegal", "fraud", "felt wrong", "insurance fraud",
  NULL
};

/* A domain name offered for sale, to a site that has one */
static const char * const domain_sales[] = {
  "domain for sale", "premium domain", "domain is for sale", "buy it now", "make an offer", "make your offer",
  "aged", "domain authority", "brandable", "exact match domain",
  NULL
};

static const char * const domain_warnings[] = {
  "scam", "scams", "spam", "never replied", "ignore", "ignored",
  NULL
};

/* Whether one of @hosts is under one of @domains */
static gboolean
links_to (GPtrArray          *hosts,
          const char * const *domains)
{
  for (guint i = 0; i < hosts->len; i++)
    {
      if (_byline_spam_host_in (g_ptr_array_index (hosts, i), domains))
        return TRUE;
    }

  return FALSE;
}

/* @content: normalised; @hosts: the hosts of its links; @outside_links:
 * links to other than official bodies and newspapers */
void
_byline_spam_fixer_evidence (const BylineSpamSample *sample,
                             const char             *content,
                             GPtrArray              *hosts,
                             guint                   outside_links,
                             GArray                 *evidence)
{
  gboolean has_site = sample->author_url != NULL && sample->author_url[0] != '\0';
  gboolean somewhere = outside_links > 0 || has_site || _byline_spam_has_private_contact (content);
  gboolean to_card;

  /* The links a public body's money is claimed at, or an appeal's gift
   * given at, are the writer's own: a reader has none (nor a bare
   * address: "faça seu cadastro em gov-auxilio-emergencial.com.br") */
  if ((outside_links > 0 || _byline_spam_names_address (content)) &&
      _byline_spam_terms_found (content, authorities) > 0 &&
      _byline_spam_terms_found (content, owed_money) > 0 && _byline_spam_terms_found (content, claim_urgency) > 0 &&
      _byline_spam_terms_found (content, claim_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("says a public body owes readers money, to claim at a site not its own")));

  if (outside_links > 0 && !links_to (hosts, charity_hosts) && _byline_spam_terms_found (content, disasters) > 0 &&
      _byline_spam_terms_found (content, giving) > 0 && _byline_spam_terms_found (content, appeal_promises) >= 2 &&
      _byline_spam_terms_found (content, appeal_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("appeals for donations after a disaster at a site no known charity’s")));
  /* ...or to a phone number on a payment app ("donate by PromptPay 098-…
   * (Mr Somchai, coordinator)"): a person's, whatever name the appeal
   * signs with */
  else if (_byline_spam_terms_found (content, giving) > 0 && _byline_spam_terms_found (content, disasters) > 0 &&
           _byline_spam_names_payment_app (content) &&
           (_byline_spam_has_phone (content) || _byline_spam_has_wallet_number (content)) &&
           _byline_spam_terms_found (content, appeal_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.55,
                               g_strdup (_("appeals for donations after a disaster, paid by an app to a private "
                                           "phone number")));

  /* "Арман 4 жаста, жүрегіне шұғыл ота керек… Kaspi Gold: 4400 4302
   * 7781 9О15, получатель Гульмира С.": an appeal paid to a person's
   * card, as a charity's never is (it names its own account); the more
   * so pressing readers to pass it on, or calling itself a fund */
  to_card = gives_card_number (content) && _byline_spam_terms_found (content, card_appeals) > 0 &&
    _byline_spam_terms_found (content, card_appeal_warnings) == 0 && !names_iban (content);
  /* (or named a person's account or wallet, with its number) */
  if (to_card || (_byline_spam_terms_found (content, person_appeals) > 0 &&
                  _byline_spam_terms_found (content, personal_accounts) > 0 && _byline_spam_has_phone (content) &&
                  _byline_spam_terms_found (content, person_appeal_warnings) == 0))
    _byline_spam_add_evidence (evidence,
                               to_card && _byline_spam_terms_found (content, card_appeal_pushes) > 0 ? 0.55 : 0.5,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("appeals for donations paid to a private bank card, not a charity’s "
                                           "account")));

  /* A reader's father lost on gold after an advert; the advert itself
   * has a free kit and a crash coming */
  if (outside_links > 0 && _byline_spam_any_word (content, metals) &&
      _byline_spam_terms_found (content, gold_pitches) >= 2 && _byline_spam_terms_found (content, gold_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("urges savings into gold before a crash, with a link")));

  /* (the shop's address may be written bare, "заказ на сайте
   * hudeem-bystro.ru", when the comment says to order there: a reader's
   * own diet blog sells nothing) */
  if ((outside_links > 0 ||
       (_byline_spam_names_address (content) && _byline_spam_terms_found (content, slimming_orders) > 0)) &&
      _byline_spam_terms_found (content, slimming) > 0 &&
      _byline_spam_terms_found (content, weight_lost) > 0 && gives_weight (content) &&
      _byline_spam_terms_found (content, slimming_hype) > 0 &&
      _byline_spam_terms_found (content, slimming_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells a slimming product with a weight-loss story and a link")));

  /* A supplement sold under a prescribed drug's name, as its natural
   * version: a patient names the drug, a reader mocking the supplement
   * quotes it or says it does nothing */
  if (somewhere && sells_natural_version (content) && _byline_spam_terms_found (content, natural_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells a supplement as a prescribed drug’s natural version (“natural "
                                           "Ozempic”), with somewhere to buy it")));

  if (!somewhere)
    return;

  if (_byline_spam_terms_found (content, removals) > 0 && _byline_spam_terms_found (content, removed_things) > 0 &&
      _byline_spam_terms_found (content, removal_terms) > 0 &&
      _byline_spam_terms_found (content, removal_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers to remove news articles or reviews from search results")));

  if (_byline_spam_terms_found (content, releases) > 0 && _byline_spam_terms_found (content, placements) >= 2 &&
      (_byline_spam_has_currency_sign (content) || _byline_spam_contains_word (content, "guaranteed")))
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells press releases placed on news sites")));

  /* An academic links her own special issue; a predatory journal
   * promises review in days, for a fee */
  if (_byline_spam_terms_found (content, journal_pitches) >= 2 &&
      _byline_spam_terms_found (content, journal_promises) > 0 &&
      _byline_spam_terms_found (content, journal_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("calls for papers to a journal that promises quick paid publication")));

  if (_byline_spam_terms_found (content, spying) >= 3 && _byline_spam_terms_found (content, spying_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells an app to read someone else’s phone in secret")));

  /* Apple removes its own lock for the owner with a receipt */
  if (!links_to (hosts, phone_makers) && _byline_spam_terms_found (content, phone_locks) > 0 &&
      _byline_spam_terms_found (content, unlocking) > 0 &&
      (_byline_spam_terms_found (content, unlock_terms) > 0 || _byline_spam_has_currency_sign (content)) &&
      _byline_spam_terms_found (content, unlock_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells the unlocking of locked or blocked phones")));

  if (_byline_spam_terms_found (content, supplies) > 0 && _byline_spam_terms_found (content, supply_buying) >= 2 &&
      _byline_spam_terms_found (content, supply_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("buys medical supplies such as test strips for cash, to sell them on")));

  if (_byline_spam_contains_word (content, "domain") && _byline_spam_terms_found (content, domain_sales) >= 2 &&
      _byline_spam_terms_found (content, domain_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5, g_strdup (_("offers a domain name for sale")));

  /* A parent points to the game's own gift cards */
  if (!links_to (hosts, game_hosts) && _byline_spam_terms_found (content, games) > 0 &&
      _byline_spam_terms_found (content, game_currencies) > 0 &&
      (_byline_spam_terms_found (content, game_sales) > 0 || _byline_spam_has_currency_sign (content)) &&
      _byline_spam_terms_found (content, game_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("sells a game’s currency outside the game, with somewhere to buy")));
}
