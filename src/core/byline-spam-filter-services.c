/* byline-spam-filter-services.c: services sold in the comments of late
 * 2026: addresses dressed as a newspaper's, loans by app without a
 * guarantor, law firms, property sold as an investment, subsidised
 * solar panels and heat pumps, computers fixed by phone, the recovery
 * of money lost to scams, homes let unseen, parcels to reship
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Full story: reuters-breaking.live/…"; "mkopo bila dhamana", "rance
 * ba tare da jingina", "pautang, walang collateral"; "injured in an
 * accident? free case review"; "apartments with a guaranteed rental
 * yield". Readers write of all of them (a news link, a loan app's
 * threats, a solicitor's fee, a cousin's unbuilt flat): what tells is
 * the offer in the seller's voice with somewhere to go. (Since the
 * thirty-eighth round the loan "không thẩm định… giải ngân trong 10
 * phút" is read in Vietnamese without its marks too; since the
 * fortieth, India's loan "CIBIL न पाहता… फक्त ५ मिनिटांत", "bina
 * CIBIL", in Hinglish, Hindi and Marathi; since the forty-third, the
 * Philippines' "no CI, no collateral", "walang co-maker", a neighbour's
 * "nakautang" as its testimony; since the forty-seventh, Japan's
 * "ブラックOK・審査なし… 即日融資", Chinese's and Korean's, found inside
 * words; since the forty-ninth, a flat let unseen in Russian or Kazakh,
 * "ключи передаст курьер"; since the fiftieth, in West Africa's French,
 * "mon cousin vous remettra les clés après versement de la caution";
 * since the fifty-second, in Bengali, "ফ্ল্যাট দেখানোর আগে… অগ্রিম…
 * তারপর কেয়ারটেকার চাবি দেবে".)
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-spam-filter-private.h"

/* News organisations' names, as lookalike addresses borrow them */
static const char * const news_brands[] = {
  "bbc", "reuters", "cnn", "guardian", "nytimes", "apnews", "aljazeera", "skynews", "foxnews", "bloomberg",
  "dailymail", "nbcnews", "abcnews", "cbsnews", "euronews", "france24", "politico", "washingtonpost",
  NULL
};

/* A reader asking whether such an address is the paper's, or warning
 * of it */
static const char * const lookalike_warnings[] = {
  "fake", "copy", "copies", "scam", "scams", "phishing", "legit", "beware", "impostor", "real?", "is it real",
  "is this real", "not the real",
  NULL
};

/* Whether @host is a web address one of whose hyphenated parts is a
 * news organisation's name ("reuters-breaking.live", "cnn-world.news")
 * and which is not the organisation's own */
static gboolean
host_dresses_as_news (const char *host)
{
  g_auto(GStrv) labels = NULL;

  if (_byline_spam_host_is_news (host) || _byline_spam_host_is_official (host))
    return FALSE;

  labels = g_strsplit_set (host, ".-", -1);
  if (g_strv_length (labels) < 3)
    return FALSE;
  for (guint i = 0; labels[i + 1] != NULL; i++)
    {
      if (g_strv_contains (news_brands, labels[i]) && strchr (host, '-') != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The host of the first web address written in normalised @text, with
 * or without "http" or "www.", for which @test holds; %NULL if none */
static char *
find_host (const char *text,
           gboolean  (*test) (const char *host))
{
  for (const char *p = text; *p; )
    {
      const char *q;

      while (*p && (g_ascii_isspace (*p) || strchr ("(<\"':", *p)))
        p++;
      /* (the first byte before the rest: this is asked of every word) */
      if (p[0] == 'h' && strncmp (p, "https://", 8) == 0)
        p += 8;
      else if (p[0] == 'h' && strncmp (p, "http://", 7) == 0)
        p += 7;
      if (p[0] == 'w' && strncmp (p, "www.", 4) == 0)
        p += 4;
      for (q = p; g_ascii_isalnum (*q) || *q == '-' || (*q == '.' && g_ascii_isalnum (q[1])); q++)
        ;
      if (q > p && *q != '@' && memchr (p, '.', q - p) != NULL)
        {
          g_autofree char *host = g_strndup (p, q - p);

          if (test (host))
            return g_steal_pointer (&host);
        }
      while (*q && !g_ascii_isspace (*q))
        q++;
      p = q;
    }

  return NULL;
}

static gboolean
host_is_address (const char *host)
{
  const char *dot = strrchr (host, '.');

  /* an ending of letters, not "3.5" or "e.g" */
  if (dot == NULL || strlen (dot + 1) < 2)
    return FALSE;
  for (const char *p = dot + 1; *p; p++)
    {
      if (!g_ascii_isalpha (*p))
        return FALSE;
    }

  return !_byline_spam_host_is_news (host) && !_byline_spam_host_is_official (host);
}

/* Whether normalised @text writes a web address of someone's other than
 * a government's or a newspaper's, linked or bare ("glp1-direct.shop") */
static gboolean
writes_address (const char *text)
{
  g_autofree char *host = find_host (text, host_is_address);

  return host != NULL;
}

gboolean
_byline_spam_names_address (const char *text)
{
  /* (worked out once for the comment being classified: several rules ask) */
  return _byline_spam_fact (text, BYLINE_SPAM_FACT_NAMES_ADDRESS, writes_address);
}

/* Whether normalised @text gives a North American toll-free number
 * ("1-888-555-0146", "+1 (844) 555-0192", "800 555 0100"): what fake
 * help lines advertise, and seldom a reader outside those countries */
gboolean
_byline_spam_has_toll_free (const char *text)
{
  static const char * const codes[] = { "800", "833", "844", "855", "866", "877", "888", NULL };

  for (const char *p = text; *p; p++)
    {
      char digits[12];
      guint n = 0;
      const char *q;

      if (!(g_ascii_isdigit (*p) || *p == '+' || *p == '(') ||
          (p > text && (g_ascii_isalnum (p[-1]) || strchr ("+(-.,/", p[-1]))))
        continue;
      for (q = p; *q && (g_ascii_isdigit (*q) || strchr ("+-() .", *q)) && n < sizeof digits; q++)
        {
          if (g_ascii_isdigit (*q))
            digits[n++] = *q;
          else if (q[0] == ' ' && !g_ascii_isdigit (q[1]) && q[1] != '(')
            break;
        }
      if ((n == 11 && digits[0] == '1') || n == 10)
        {
          char code[4] = { 0 };

          memcpy (code, digits + (n == 11), 3);
          if (g_strv_contains (codes, code) && !g_ascii_isdigit (*q))
            return TRUE;
        }
      p = q > p ? q - 1 : p;
    }

  return FALSE;
}

/* Loans, in the languages loan apps advertise in... */
static const char * const loans[] = {
  "loan", "loans", "mkopo", "mikopo", "rance", "bashi", "awin", "owo yiya", "pautang", "utang", "pinjaman",
  "pinjol", "préstamo", "préstamos", "empréstimo", "kredit", "кредит", "займ", "قرض", "ऋण", "लोन",
  "kredi", "pożyczka", "pożyczki", "chwilówka", "vay tiền",
  /* Dutch, Italian, Romanian, Hungarian, Czech, Vietnamese */
  "lenen", "geld lenen", "lening", "leningen", "prestito", "prestiti", "finanziamento", "finanziamenti",
  "credit rapid", "credite", "împrumut", "împrumuturi", "hitel", "kölcsön", "gyorskölcsön", "půjčka", "půjčky",
  "půjčku", "pujcka", "pujcky", "pujcku", "pôžička", "pôžičku", "pozicka", "vay", "khoản vay", "vay nhanh",
  /* Amharic (in Ethiopic and romanised) and Afaan Oromo; Marathi and
   * Hindi */
  "ብድር", "bidir", "liqii", "कर्ज", "कर्जा",
  /* Tagalog's and Cebuano's, a neighbour's borrowing as the app's
   * testimony ("nakautang ng ₱80,000 sa …") */
  "nakautang", "umutang", "makautang", "pahulam", "lending",
  /* (Greek's, with accents and without) */
  "δάνεια", "δάνειο", "δανεια", "δανειο",
  NULL
};

/* ...given without a guarantor or collateral, the app's promise */
static const char * const unsecured[] = {
  "no collateral", "without collateral", "no guarantor", "without a guarantor", "no security", "bila dhamana",
  "bila mdhamini", "ba tare da jingina", "babu jingina", "lai si onigbọwọ", "laisi onigbọwọ", "walang collateral",
  "walang kolateral", "tanpa jaminan", "tanpa agunan", "sin aval", "sin garantía", "sem fiador", "sem garantia",
  "без залога", "без поручителей", "بدون ضامن", "बिना गारंटी",
  /* ...or without the checks and papers a bank asks for */
  "no credit check", "bad credit ok", "evrak yok", "evraksız", "kefilsiz", "teminatsız", "bez bik",
  "bez zaświadczeń", "không thế chấp", "sem consulta", "sin buró", "без справок", "без отказа",
  "zonder bkr", "geen bkr", "bkr-vrij", "zonder loonstrook", "zonder inkomenscheck",
  "senza busta paga", "cattivi pagatori", "protestati", "senza garanzie", "senza garante",
  "fără adeverință de venit", "fără adeverinta de venit", "fără biroul de credit", "fără verificare", "fără giranți",
  "fără garanție", "hitelellenőrzés nélkül", "jövedelemigazolás nélkül", "bar-listásoknak", "bar-listásoknak is",
  "kezes nélkül", "bez registru", "bez doložení příjmu", "i pro dlužníky", "trotz schufa", "auch bei negativer",
  /* (Czech's without their marks too, and a lender's "i pro exekuce",
   * "na občanku") */
  "bez dolozeni prijmu", "bez zkoumání příjmu", "bez zkoumani prijmu", "i pro exekuce", "i pro exekuci",
  "na občanku", "na obcanku", "i pro dluzniky",
  "ohne schufa",
  "không thẩm định", "nợ xấu", "không cần chứng minh thu nhập", "chỉ cần cccd", "chỉ cần cmnd",
  "không cần sổ hộ khẩu", "không gặp mặt",
  /* (and as texts write it, without its marks) */
  "khong tham dinh", "khong the chap", "no xau", "chi can cccd", "khong can chung minh thu nhap",
  "ያለ ዋስትና", "ያለዋስትና",
  /* (Ethiopia's: "no guarantor needed", "no proof of salary", "only your
   * Fayda ID", in Amharic and Afaan Oromo) */
  "ዋስ አያስፈልግም", "ዋስትና አያስፈልግም", "ያለ ዋስ", "ማስረጃ አያስፈልግም", "መታወቂያ ብቻ", "መታወቂያዎ ብቻ",
  "wabii malee", "wabii hin barbaachisu",
  /* (India's: without a look at the CIBIL credit score, in Hinglish,
   * Hindi and Marathi) */
  "bina cibil", "without cibil", "no cibil", "cibil न पाहता", "सिबिल न पाहता", "बिना सिबिल", "बिना cibil",
  "bina guarantor", "बिना गारंटर",
  /* (the Philippines': no credit investigation, no co-maker) */
  "no ci", "walang ci", "no co-maker", "walang co-maker", "walay co-maker",
  /* (Greece's: without a look at the Teiresias debtors' register, a
   * guarantor or papers, "only with your ID card") */
  "χωρίς τειρεσία", "χωρις τειρεσια", "χωρίς εγγυητή", "χωρις εγγυητη", "χωρίς δικαιολογητικά",
  "χωρις δικαιολογητικα", "μόνο με την ταυτότητα", "μονο με την ταυτοτητα",
  /* (Nepal's: no collateral, no guarantor, "the blacklisted too") */
  "धितो चाहिँदैन", "धितो चाहिदैन", "धितो बिना", "बिना धितो", "जमानी चाहिँदैन", "जमानी चाहिदैन",
  "ब्ल्याकलिस्टमा परेकालाई",
  NULL
};

/* ...and paid out at once, as no bank's loan is */
static const char * const payout_speeds[] = {
  "in 24 hours", "within 24 hours", "in 5 minutes", "in 10 minutes", "in 15 minutes", "same day", "instant approval",
  "instant payout", "binnen 24 uur", "dezelfde dag", "in 24 ore", "entro 24 ore", "în aceeași zi",
  "în 24 de ore", "w 15 minut", "w 24 godziny", "trong 5 phút", "giải ngân nhanh", "en 24 horas",
  "trong 10 phút", "trong 15 phút", "giải ngân 15 phút", "giải ngân trong", "giai ngan nhanh",
  "en 24 heures", "in 24 stunden", "em 24 horas", "за 5 минут", "24 saatte", "még ma", "azonnal", "órán belül",
  "perc alatt", "ihned", "do 24 hodin", "በ24 ሰዓት",
  "मिनिटांत", "मिनट में", "10 minute me", "5 minute me", "मिनेटमै", "मिनेटमा", "मिनेटभित्र",
  /* (Amharic's "in 5", "10", "15", "30 minutes") */
  "በ5 ደቂቃ", "በ10 ደቂቃ", "በ15 ደቂቃ", "በ30 ደቂቃ",
  NULL
};

/* The same in the scripts that put no spaces between words, found
 * anywhere: a loan, lent at once, "without the checks" or "blacklisted
 * welcome" (審査なし, ブラックOK, 免审核, 무심사), and a reader's word
 * for the loan shark or the fraud (闇金, 高利贷, 사채) */
static const char * const loans_unspaced[] = {
  "融資", "貸付", "ローン", "キャッシング", "借入", "お金を貸", "貸してくれる", "贷款", "借款", "放款", "网贷",
  "대출",
  /* (Korea's "urgent money" and "private money", a loan shark's) */
  "급전", "개인돈",
  NULL
};

static const char * const unsecured_unspaced[] = {
  "審査なし", "審査不要", "無審査", "審査が甘", "ブラックok", "ブラックでも", "在籍確認なし", "保証人なし",
  "保証人不要", "債務整理中", "他社で断られ", "免审核", "无需审核", "不看征信", "黑户可", "无抵押", "无需抵押",
  "무심사", "무서류", "신용불량", "저신용", "무직자",
  /* (and "jobless or", "a low credit score too", "the blacklisted",
   * "those in arrears") */
  "무직이나", "무직도", "신용점수 낮아도", "신용 낮아도", "신불자", "연체자",
  NULL
};

static const char * const payout_unspaced[] = {
  "即日融資", "即日", "最短30分", "当日", "秒到账", "当天放款", "当天到账", "秒批", "당일",
  NULL
};

static const char * const loan_warnings_unspaced[] = {
  "詐欺", "闇金", "ヤミ金", "違法", "警察", "被害", "騙", "诈骗", "骗", "高利贷", "套路贷", "사기", "불법", "사채",
  NULL
};

/* A reader telling of a loan app's threats, not its advert */
static const char * const loan_warnings[] = {
  "scam", "scams", "harass", "harassed", "harassment", "threat", "threats", "illegal", "ilegal", "police",
  "regulate", "report", "ulaghai", "utapeli", "disgrace", "inanmayın", "dolandırıcı", "dolandırıcılık", "tuzak",
  "pułapka", "oszustwo", "oszuści", "golpe", "estafa", "fraude", "мошенники", "мошенничество", "lừa đảo",
  "bị lừa", "tín dụng đen", "oplichting", "oplichters", "woeker", "truffa", "usura", "strozzini", "înșelătorie",
  "țeapă", "cămătari", "csalás", "csaló", "csalók", "uzsora", "uzsorás", "átverés", "podvod", "lichva",
  "podvodníci", "lichvář", "lichváři", "lichvar", "nenaleťte", "nenalette",
  "lua dao", "bi lua", "tin dung den", "khủng bố", "đòi nợ", "धोखा", "ठगी", "फसवणूक", "पुलिस", "पोलीस",
  /* (Amharic's "beware", a fraud, fraudsters, the police; Afaan Oromo's
   * fraud) */
  "ተጠንቀቁ", "ማጭበርበር", "አጭበርባሪ", "አጭበርባሪዎች", "ፖሊስ", "ለፖሊስ", "gowwoomsaa",
  /* (the Philippines': a ruse, a con, don't believe it) */
  "modus", "budol", "peke", "manloloko", "wag maniwala", "huwag maniwala", "ayaw pagpatuo", "ayaw mo pagpatuo",
  /* (Greek's: a fraud, fraudsters, loan sharks) */
  "απάτη", "απατη", "απατεώνες", "απατεωνες", "τοκογλύφοι", "τοκογλυφοι", "τοκογλύφος",
  NULL
};

/* A home let by someone who cannot show it, the keys posted once the
 * deposit is paid: the rental scam's story (a landlord abroad alone is
 * a reader's: one whose agent lets the flat)... */
static const char * const lettings[] = {
  "for rent", "to rent", "to let", "apartment", "flat", "room", "house", "studio", "bedroom", "en alquiler",
  "se alquila", "piso", "apartamento", "à louer", "appartement", "logement", "chambre", "zu vermieten", "wohnung",
  "para alugar", "da affittare", "appartamento", "te huur",
  /* (Russian's, Kazakh's and Uzbek's: "I let a two-room flat", "a flat
   * to rent") */
  "сдаю", "сдам", "квартиру", "квартира", "комнатную", "пәтер", "пәтерді", "жалға беремін", "ijaraga",
  "kvartira",
  /* (West Africa's French: "je loue un F3 meublé") */
  "je loue", "meublé", "meublée", "f2", "f3", "f4",
  /* (Bengali's: a flat, a furnished one, to let, "to-let") */
  "ফ্ল্যাট", "ফার্নিশড", "ভাড়া দেওয়া হবে", "ভাড়া দিচ্ছি", "টু-লেট", "টু লেট",
  /* (Amharic's, in Ethiopic and romanised: a flat, to rent) */
  "አፓርትመንት", "ኮንዶሚኒየም", "ለኪራይ", "ኪራይ", "kiray", "kirai", "lekiray",
  NULL
};

static const char * const unseen_keys[] = {
  "keys are sent", "keys will be sent", "send you the keys", "send the keys", "keys by post", "keys by courier",
  "after deposit", "after the deposit", "once the deposit", "deposit first", "through airbnb", "via airbnb",
  "clés vous seront envoyées", "clés seront envoyées", "vous envoyer les clés", "clés par la poste",
  "après le virement", "après versement", "las llaves por correo", "te enviaré las llaves", "tras el pago de la fianza",
  "después del depósito", "schlüssel per post", "nach überweisung der kaution", "nach eingang der kaution",
  "chiavi per posta", "dopo il versamento", "as chaves pelo correio", "após o depósito",
  /* (the keys sent by courier or post, in Russian, Kazakh and Uzbek) */
  "ключи передаст курьер", "ключи курьером", "ключи по почте", "передам ключи", "передаст ключи",
  "отправлю ключи", "вышлю ключи", "пришлю ключи", "кілтті курьер", "кілттерді курьер", "kalitni kuryer",
  /* (French's keys handed over once paid: "mon cousin vous remettra
   * les clés après versement de la caution") */
  "après le versement", "après paiement de la caution", "après le paiement de la caution",
  /* (Bengali's advance sent before the flat is shown, the caretaker's
   * keys after: "ফ্ল্যাট দেখানোর আগে… অগ্রিম… তারপর কেয়ারটেকার চাবি দেবে") */
  "দেখানোর আগে", "দেখার আগে", "চাবি দেবে", "চাবি পাঠিয়ে দেব", "চাবি বুঝিয়ে দেবে",
  /* (Amharic's "after you send", "pay", "deposit", in Ethiopic and
   * romanised as phones type it: "deposit be telebirr kaskemetachihu
   * buhala") */
  "ከላካችሁ በኋላ", "ከከፈላችሁ በኋላ", "ካስገባችሁ በኋላ", "ካስቀመጣችሁ በኋላ", "kelakachihu buhala",
  "kekefelachihu buhala", "kasgebachihu buhala", "kaskemetachihu buhala", "kelakachihu behuala",
  "kekefelachihu behuala", "kasgebachihu behuala", "kaskemetachihu behuala",
  NULL
};

/* ...and a tenant telling of it, or warning */
static const char * const letting_warnings[] = {
  "scam", "scams", "scammer", "scammers", "scammed", "fraud", "fake", "beware", "never", "don't pay", "police",
  "arnaque", "arnaques", "escroquerie", "attention", "estafa", "timo", "betrug", "truffa", "golpe",
  "мошенники", "мошенник", "мошенничество", "развод", "алаяқ", "алаяқтар", "алаяқтық", "полиция", "firibgar",
  "naxe", "naxkat",
  /* (a tenant's own letting, told: "we paid the deposit and the owner
   * sent the keys by post"; a landlord's shown first: "après la
   * visite") */
  "we paid", "i paid", "we rented", "i rented", "après la visite", "après visite", "visite sur place",
  /* (Bengali's fraud, and a landlord's "come and see it first") */
  "প্রতারণা", "প্রতারক", "এসে দেখে", "দেখার পর",
  /* (Amharic's fraud, and a landlord's "come and see it", romanised too) */
  "ማጭበርበር", "አጭበርባሪ", "መጥታችሁ", "አይታችሁ", "metachihu", "ayachihut", "ayitachihu",
  NULL
};

/* ...in Korean, read inside words (its particles join them): an
 * officetel, a one- or two-room flat let; the owner who cannot show
 * it, the card key or the keys by courier; the deposit paid first; a
 * tenant's fraud, a landlord's "see it first" */
static const char * const lettings_ko[] = { "오피스텔", "원룸", "투룸", "쓰리룸", "임대 놓", NULL };

static const char * const unseen_keys_ko[] = {
  "보여드리기 어렵", "보여드리긴 어렵", "보여 드리기 어렵", "보여드릴 수 없", "택배로 카드키", "카드키 택배", "택배로 열쇠", "열쇠는 택배",
  "열쇠를 택배", "택배로 키", NULL
};

static const char * const deposits_first_ko[] = { "먼저 입금", "선입금", "입금해 주시면", "입금하시면", NULL };

static const char * const letting_warnings_ko[] = { "사기", "보시고", "보고 계약", "보신 뒤", "보신 후", NULL };

/* A KakaoTalk account given by its ID label ("카톡으로! ID:
 * choryang_room"), a name without digits: somewhere to write for these
 * rules, which read the rest of the kind (not alone a messenger ID to
 * flag: a church group gives its own) */
static const char * const messenger_ids_ko[] = { "카톡", "카카오톡", NULL };

static const char * const id_labels_ko[] = { "id:", "id :", "아이디", NULL };

/* Work at home that moves stolen goods or money: parcels to receive and
 * send on with labels one is given, payments to pass through one's
 * account (not mystery shopping, a job readers have done)... */
static const char * const mule_jobs[] = {
  "reship", "reships", "reshipping", "re-ship", "reshipper", "package inspector", "package inspectors",
  "parcel inspector", "parcel inspectors", "receive parcels", "receive packages", "forward parcels",
  "forward packages", "repackage", "payment processing agent", "money transfer agent", "process payments",
  NULL
};

/* ...or money received into one's account and sent on: both halves
 * (a sole trader also "receives payments by card") */
static const char * const mule_receipts[] = {
  "receive payments", "receive funds", "payments into your account", "funds into your account",
  "money into your account", "use your account", "use your bank account",
  NULL
};

static const char * const mule_transfers[] = {
  "transfer them", "transfer it", "forward them", "send them on", "pass them on", "transfer the funds",
  "forward the funds", "transfer the money", "forward the money", "your commission", "keep a percentage",
  "keep a commission",
  NULL
};

/* ...offered as a job */
static const char * const job_offers[] = {
  "hiring", "apply", "per month", "per week", "a month", "a week", "no experience", "salary", "job", "jobs",
  "position", "positions", "vacancy", "vacancies", "from home", "remote",
  NULL
};

/* ...or, told as any job (mystery shopping), the employer's money
 * that comes in... */
static const char * const funds_in[] = {
  "send you the funds", "send you the money", "send you a cheque", "we send you", "we will send you",
  "you will receive", "receive payments", "receive funds", "into your account", "into your bank account",
  "through your account", "cheque",
  NULL
};

/* ...and the reader passes it on, keeping a cut */
static const char * const funds_out[] = {
  "forward the rest", "forward the remainder", "forward the balance", "transfer the rest", "transfer the remainder",
  "transfer the balance", "send the rest", "send back the rest", "send on the rest", "pass on the rest",
  "keep your commission", "keep your cut", "keep a commission", "keep 10%", "keep 5%",
  NULL
};

/* ...in a job's advert */
static const char * const job_words[] = {
  "hiring", "job", "jobs", "apply", "vacancy", "vacancies", "position", "part-time", "part time", "assignment",
  "recruitment", "recruiting", "no experience", "flexible hours", "agent", "agents",
  NULL
};

/* ...not a reader warning of it */
static const char * const mule_warnings[] = {
  "scam", "scams", "mule", "mules", "muling", "police", "fraud", "fake", "beware", "never", "arrested",
  "laundering",
  NULL
};

/* Law firms advertising: the practice... */
static const char * const law_firms[] = {
  "injury lawyer", "injury lawyers", "injury attorney", "injury attorneys", "accident lawyer", "accident lawyers",
  "accident attorney", "accident attorneys", "divorce lawyer", "divorce lawyers", "dui lawyer", "dui attorney",
  "defense attorney", "defence lawyer", "immigration lawyer", "immigration lawyers", "law firm", "our lawyers",
  "our attorneys", "abogados de accidentes", "abogado de accidentes", "advogado trabalhista",
  /* the British firm's words: solicitors, and the negligence they sue for */
  "our solicitors", "negligence solicitors", "injury solicitors", "medical negligence", "clinical negligence",
  NULL
};

/* ...and what it offers to the injured */
static const char * const law_pitches[] = {
  "free case review", "free case evaluation", "free consultation", "no win, no fee", "no win no fee",
  "compensation you deserve", "the settlement you deserve", "call now", "consulta gratis", "consulta gratuita",
  "may be entitled to compensation", "could be entitled to compensation",
  NULL
};

/* Property sold as an investment: the place... */
static const char * const properties[] = {
  "apartment", "apartments", "villa", "villas", "off-plan", "property", "properties", "condo", "condos",
  "flats", "penthouse", "penthouses", "studio", "studios",
  NULL
};

/* ...and its promised return */
static const char * const returns[] = {
  "rental yield", "guaranteed yield", "guaranteed return", "guaranteed returns", "guaranteed rental", "roi",
  "rental income", "golden visa", "payment plan", "capital appreciation",
  NULL
};

/* ...the return promised as a sure thing ("a GUARANTEED 8% rental
 * yield"): no honest seller of property can, and a reader who read it
 * in an advert warns of it */
static const char * const sure_returns[] = {
  "guaranteed", "guarantee", "guaranteed income", "fixed return", "fixed returns", "zajamčen", "garantovan",
  "garantiert", "garantito", "garantizado", "гарантированный", "гарантированная",
  NULL
};

static const char * const return_warnings[] = {
  "scam", "scams", "scammers", "beware", "careful", "fake", "fraud", "too good to be true", "no such thing",
  "nobody can guarantee", "no one can guarantee", "can't guarantee", "cannot guarantee",
  NULL
};

/* A coach's free webinar: the funnel to a course sold after it... */
static const char * const webinars[] = {
  "webinar", "webinars", "masterclass", "master class", "free workshop", "online workshop", "free live training",
  "вебинар", "мастер-класс", "webinaire", "seminario web", "online-seminar", "vebinar",
  NULL
};

/* ...that promises income ("earn EUR 5,000+ a month with rental
 * arbitrage, without owning a single property")... */
static const char * const income_promises[] = {
  "earn", "earning", "passive income", "six figures", "six-figure", "6-figure", "financial freedom",
  "quit your job", "without owning", "зарабатывать", "guadagnare", "verdienen", "gagner", "zaradite",
  NULL
};

/* ...and seats running out */
static const char * const seats[] = {
  "seats left", "spots left", "places left", "seats are limited", "limited seats", "save your seat",
  "reserve your seat", "register now", "sign up now", "осталось мест", "posti limitati",
  NULL
};

/* ...which a reader who sat through one warns of */
static const char * const webinar_warnings[] = {
  "scam", "scams", "pyramid", "beware", "careful", "fake", "upsell", "sales pitch", "i went to", "i attended",
  "we attended", "i signed up", "went to one", "don't", "do not",
  NULL
};

/* The writer speaking for a business */
static const char * const business_voice[] = {
  "our", "we", "book", "contact", "call", "visit",
  NULL
};

/* Lead sellers' offers to homeowners: the upgrade... */
static const char * const home_upgrades[] = {
  "solar", "solar panels", "panels", "heat pump", "heat pumps", "boiler", "boilers", "insulation", "cavity wall",
  "new windows", "roof replacement", "new roof", "battery storage", "ev charger", "photovoltaic", "paneles solares",
  "placas solares", "painéis solares", "energia solar", "panneaux solaires", "pompe à chaleur", "solaranlage",
  "photovoltaik", "wärmepumpe", "pannelli solari", "fotovoltaico",
  NULL
};

/* ...whether the reader's home qualifies, or what it would save: the
 * form a lead seller sends readers to... */
static const char * const eligibility[] = {
  "qualify", "qualifies", "eligible", "eligibility", "see if you", "check if you", "find out if", "elegible",
  "elegibles", "elegível", "éligible", "éligibilité", "berechtigt", "ammissibile", "you'd save", "you would save",
  "you could save", "how much you", "what you could save", "cuánto ahorras", "quanto você economiza",
  "combien vous économisez",
  NULL
};

/* ...and what makes it cost nothing */
static const char * const incentives[] = {
  "$0 down", "0 down", "zero down", "no money down", "no upfront", "no obligation", "no-obligation", "free",
  "no out-of-pocket", "no cost", "at no cost",
  "grant", "grants", "incentive", "incentives", "rebate", "rebates", "scheme", "subsidy", "subsidies",
  "tax credit", "gratis", "gratuit", "gratuito", "gratuita", "kostenlos", "subvención", "subvenciones", "ayudas",
  "subsídio", "aides", "förderung", "incentivi",
  NULL
};

/* A reader of the cold callers, the council's own scheme or her own
 * panels' bill */
static const char * const upgrade_warnings[] = {
  "scam", "scams", "scammers", "cold call", "cold calls", "cold callers", "cold-callers", "door-to-door",
  "salesmen", "salesman", "beware", "fraud", "fake", "mis-sold", "misleading", "council", "councils",
  "arnaque", "estafa", "golpe", "betrug", "truffa",
  NULL
};

/* Fake technical support: a computer's trouble... */
static const char * const pc_trouble[] = {
  "virus", "viruses", "infected", "malware", "pop-up", "popup", "error code", "blue screen", "security alert",
  "not responding", "won't start", "running slow", "hacked", "issue", "issues", "problem", "problems",
  "not working", "offline", "error", "errors",
  NULL
};

/* ...the brands whose customers search for help... */
static const char * const pc_brands[] = {
  "microsoft", "windows", "apple", "macbook", "mac", "norton", "mcafee", "avast", "hp", "dell", "lenovo",
  "geek squad", "outlook",
  NULL
};

/* ...and the technicians to call, who fix it from afar (not a repair
 * shop's "technicians there are lovely") */
static const char * const technicians[] = {
  "certified technician", "certified technicians", "tech support", "technical support", "remote fix",
  "remote access", "remote support", "remote assistance", "remotely", "certified experts",
  NULL
};

/* A reader telling how the call went, or that the brand never calls */
static const char * const pc_warnings[] = {
  "scam", "scams", "scammer", "scammers", "fake", "fraud", "never", "don't call", "do not call", "beware",
  "i called", "i rang", "we called", "lost",
  NULL
};

/* Money lost to a scam, offered back by a firm: getting it back... */
static const char * const recovering[] = {
  "recover", "recovers", "recovery", "recovering", "retrieve", "retrieval", "reclaim", "trace", "tracing",
  "get your money back", "get your funds back", "get back your", "recuperar", "recupera", "recuperamos",
  "recuperan", "recuperación", "recuperação", "récupérer", "récupérons", "récupération",
  "zurückholen", "rückholung", "вернуть", "вернём", "возврат", "استرداد", "استرجاع",
  NULL
};

/* ...of what was lost... */
static const char * const lost[] = {
  "lost", "scammed", "victims", "victim", "stolen", "fake", "fraudulent", "scam", "perdiste", "estafado",
  "estafados", "estafa", "víctima", "víctimas", "vítima", "vítimas", "golpe", "victime", "victimes", "arnaqué",
  "arnaque", "opfer", "жертва", "жертвы", "обманули", "ضحايا",
  NULL
};

/* ...money, not a cat... */
static const char * const lost_money[] = {
  "crypto", "funds", "savings", "money", "bitcoin", "usdt", "investment", "deposit", "dinero", "fondos",
  "dinheiro", "argent", "fonds", "geld", "деньги", "средства", "أموال",
  NULL
};

/* ...by a firm in its own voice, which is no bank, police nor
 * ombudsman, nor a reader warning of the "recovery" firms */
static const char * const firm_voice[] = {
  "our", "we", "nuestro", "nuestros", "nuestra", "nosotros", "nosso", "nossa", "notre", "nous", "unser",
  "unsere", "wir", "наши", "мы", "فريقنا",
  NULL
};

static const char * const recovery_warnings[] = {
  "second scam", "another scam", "recovery scam", "recovery scams", "action fraud", "report", "never pay",
  "don't pay", "do not pay", "beware", "police", "bank", "ombudsman", "citizens advice", "solicitor",
  "policía", "polícia", "polizei", "полиция",
  NULL
};

/* @content: normalised; @outside_links: links to other than official
 * bodies and newspapers */
void
_byline_spam_service_evidence (const char *content,
                               guint       outside_links,
                               GArray     *evidence)
{
  g_autofree char *lookalike = find_host (content, host_dresses_as_news);
  gboolean somewhere = outside_links > 0 || _byline_spam_has_private_contact (content) ||
    _byline_spam_names_address (content) ||
    (_byline_spam_terms_found (content, messenger_ids_ko) > 0 && _byline_spam_terms_found (content, id_labels_ko) > 0);
  guint n;

  if (lookalike != NULL && _byline_spam_strings_found (content, lookalike_warnings) == 0)
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (lookalike);

      _byline_spam_add_evidence (evidence, 0.5,
                                 /* Translators: %s is a web address, as bbc-breaking.example */
                                 g_strdup_printf (_("the address %s borrows a news organisation’s name but is not "
                                                    "its site"), quoted));
    }

  if (!somewhere)
    return;

  /* Without the checks and paid out within the day: the advert's two
   * promises, where one may be a reader's (and no lender names a free
   * debt charity: a reader sends others to StepChange instead) */
  if (_byline_spam_words_found (content, loans) > 0 && (n = _byline_spam_words_found (content, unsecured)) > 0 &&
      _byline_spam_words_found (content, loan_warnings) == 0 && !_byline_spam_names_public_help (content))
    _byline_spam_add_evidence (evidence, n >= 2 || _byline_spam_words_found (content, payout_speeds) > 0 ? 0.5 : 0.45,
                               g_strdup (_("offers a loan without collateral or a guarantor, and says where")));
  else if (_byline_spam_strings_found (content, loans_unspaced) > 0 &&
           (n = _byline_spam_strings_found (content, unsecured_unspaced)) > 0 &&
           _byline_spam_strings_found (content, loan_warnings_unspaced) == 0 &&
           _byline_spam_words_found (content, loan_warnings) == 0 && !_byline_spam_names_public_help (content))
    _byline_spam_add_evidence (evidence,
                               n >= 2 || _byline_spam_strings_found (content, payout_unspaced) > 0 ? 0.5 : 0.45,
                               g_strdup (_("offers a loan without collateral or a guarantor, and says where")));

  if (_byline_spam_words_found (content, law_firms) > 0 && _byline_spam_words_found (content, law_pitches) > 0 &&
      _byline_spam_words_found (content, business_voice) > 0)
    _byline_spam_add_evidence (evidence, 0.45, g_strdup (_("advertises a law firm’s services, and says where")));

  /* "See if your home qualifies for $0-down solar at …": a lead
   * seller's form, not a non-profit's scheme (a community energy
   * co-op's ".org") */
  if (_byline_spam_words_found (content, home_upgrades) > 0 && _byline_spam_words_found (content, eligibility) > 0 &&
      _byline_spam_words_found (content, incentives) > 0 && _byline_spam_words_found (content, upgrade_warnings) == 0)
    {
      g_autofree char *host = find_host (content, host_is_address);

      if (host == NULL || !_byline_spam_host_is_org (host))
        _byline_spam_add_evidence (evidence, 0.5,
                                   g_strdup (_("offers homeowners free or subsidised solar panels, heating or "
                                               "insulation, and where to check")));
    }

  /* "Virus warning on your Windows PC? Call certified technicians at
   * …": no reader gives a number to fix a brand's computer by */
  if (_byline_spam_has_phone (content) && _byline_spam_words_found (content, pc_trouble) > 0 &&
      _byline_spam_words_found (content, pc_brands) > 0 && _byline_spam_words_found (content, technicians) > 0 &&
      _byline_spam_words_found (content, pc_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers to fix a computer by phone, as fake technical support does")));

  /* "Lost your crypto to a fake platform? Our team recovers it": the
   * recovery scam's second bite, in a firm's voice */
  if (_byline_spam_words_found (content, recovering) > 0 && _byline_spam_words_found (content, lost) > 0 &&
      _byline_spam_words_found (content, lost_money) > 0 && _byline_spam_words_found (content, firm_voice) > 0 &&
      _byline_spam_words_found (content, recovery_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers to recover money lost to a scam, as recovery scams do")));

  /* "Flat to rent, I'm abroad so the keys are sent after the deposit":
   * a tenant's story says it was a scam. The deposit goes to the
   * letter's address, or to a "secure rental service" at a link that
   * is hers too. */
  if ((_byline_spam_has_private_contact (content) || outside_links > 0) &&
      _byline_spam_words_found (content, lettings) > 0 &&
      _byline_spam_words_found (content, unseen_keys) > 0 && _byline_spam_words_found (content, letting_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("lets a home unseen, the keys sent after a deposit, as rental scams do")));
  /* (Korean's: unseen or the keys posted, and the deposit first) */
  else if (_byline_spam_terms_found (content, lettings_ko) > 0 &&
           _byline_spam_terms_found (content, unseen_keys_ko) > 0 &&
           _byline_spam_terms_found (content, deposits_first_ko) > 0 &&
           _byline_spam_terms_found (content, letting_warnings_ko) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("lets a home unseen, the keys sent after a deposit, as rental scams do")));

  if ((_byline_spam_words_found (content, mule_jobs) > 0 ||
       (_byline_spam_words_found (content, mule_receipts) > 0 && _byline_spam_words_found (content, mule_transfers) > 0)) &&
      _byline_spam_words_found (content, job_offers) > 0 &&
      _byline_spam_words_found (content, mule_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.5,
                               g_strdup (_("offers work reshipping parcels or passing on payments, as money mule "
                                           "jobs do")));
  /* The job is to pass the employer's money on: no shop or survey firm
   * pays its shoppers more than their pay to forward */
  else if (_byline_spam_terms_found (content, funds_in) > 0 && _byline_spam_terms_found (content, funds_out) > 0 &&
           _byline_spam_terms_found (content, job_words) > 0 && _byline_spam_words_found (content, mule_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.6,
                               g_strdup (_("a job that sends the reader money to forward on, as money mules are "
                                           "recruited")));

  /* (the return "guaranteed" counts as a second; a link to the offer
   * says where as well as "contact us" does) */
  n = _byline_spam_words_found (content, returns);
  if (n > 0 && _byline_spam_words_found (content, sure_returns) > 0)
    n++;
  if (n > 0 && _byline_spam_words_found (content, properties) > 0 &&
      _byline_spam_words_found (content, return_warnings) == 0 &&
      (_byline_spam_words_found (content, business_voice) > 0 || outside_links > 0))
    _byline_spam_add_evidence (evidence, n >= 2 ? 0.45 : 0.3,
                               g_strdup (_("sells property as an investment with a promised return, and says where")));

  /* A free webinar that promises an income, its seats running out, at
   * a link: the coach's funnel. The council's webinar on new rules
   * promises no income; a reader who sat through one warns. */
  if (outside_links > 0 && _byline_spam_words_found (content, webinars) > 0 &&
      _byline_spam_words_found (content, income_promises) > 0 && _byline_spam_words_found (content, seats) > 0 &&
      _byline_spam_words_found (content, webinar_warnings) == 0)
    _byline_spam_add_evidence (evidence, 0.45,
                               /* Translators: a reason a comment looks like spam */
                               g_strdup (_("invites readers to a free webinar that promises an income, seats "
                                           "running out")));
}
