/* byline-spam-filter-neighbours.c: neighbours who look like spam, and
 * spam in a neighbour's clothes
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under a flood, a fire or a closed road readers do what adverts do:
 * they give a number to ring for a lost dog with a reward, a group to
 * join, a fundraiser's link, the insurer's claims line. Spam copies
 * them: a fundraiser at an address spelt like the platform's
 * ("gofundrne", "rn" for "m"), a grant at an address dressed as a
 * government's ("floodrelief-gov.co.uk", "aide-…-gouv.fr.info"), a
 * claims firm's "free assessment" at its own site, a claims line that
 * "pays you in 24 hours", and "my neighbour earns 2.500 € a month from
 * home, find out here" in the languages the older earnings rule
 * (byline-spam-filter-offers.c) does not read. What tells is what a
 * reader's comment lacks: the look-alike address, the promise in the
 * firm's own voice, the sum by the month with an invitation and no
 * warning. And a lost or found pet, told as the reader's own, is no
 * prize offered for a click, nor the street's group chat with no money
 * in it an advert for the author's messenger (byline-spam-filter-shape.c
 * weighs her number less for either).
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* A reader warning of what she quotes */
static const char * const warnings[] = {
  "scam", "scams", "scammer", "scammers", "fake", "fraud", "phishing", "beware", "don't click", "do not click",
  "is that real", "is this real", "is it real", "is it legit", "is this legit", "the text said", "a text saying",
  "estafa", "timo", "fraude", "arnaque", "escroquerie", "betrug", "betrüger", "golpe", "truffa", "truffe",
  "oszustwo", "oszuści", "penipuan", "dhokha", "fraud hai", "احتيال", "نصب", "کلاهبرداری", "धोखा", "ठगी", "诈骗",
  "骗子", "詐欺", "사기",
  /* (Korean's smishing, phishing, "don't tap the link") */
  "스미싱", "피싱", "누르지 마",
  /* (Bengali's and Banglish's fraud and fraudsters) */
  "প্রতারণা", "প্রতারক", "protarona", "protarok",
  NULL
};

/* A pet, or what else a neighbour loses in a storm */
static const char * const pets[] = {
  "dog", "puppy", "cat", "kitten", "tortoise", "parrot", "rabbit", "spaniel", "terrier", "labrador", "perro",
  "perrita", "perrito", "gato", "gata", "hund", "katze", "kater", "chien", "chienne", "chaton", "cão", "cachorro",
  "cane", "gatto", "gatta", "pies", "piesek", "kotek", "kucing", "anjing", "kutta", "billi", "كلب", "قطة", "قط",
  "سگ", "گربه", "कुत्ता", "बिल्ली", "狗", "猫",
  NULL
};

/* ...told as lost: run off, gone missing, "if you see him" */
static const char * const lost[] = {
  "ran off", "run off", "went missing", "gone missing", "is missing", "are missing", "missing since",
  "has anyone seen", "have you seen", "if you see", "if anyone sees", "escaped", "se escapó", "se perdió",
  "perdido", "perdida", "entlaufen", "vermisst", "entflogen", "perdu", "perdue", "disparu", "disparue",
  "desaparecido", "desaparecida", "fugiu", "sumiu", "smarrito", "smarrita", "scomparso", "scomparsa",
  "zaginął", "zaginęła", "uciekł", "uciekła", "hilang", "kho gaya", "kho gayi", "ضاع", "ضائع", "مفقود",
  "گم شده", "खो गया", "खो गई", "走失", "丢失",
  /* ...or found by the writer */
  "is anyone missing", "anyone missing a", "does anyone own", "found a", "found:", "we found", "i found",
  "encontramos", "encontré", "gefunden", "trouvé", "trouvée", "znalazłam", "znalazłem", "trovato", "trovata",
  "achei", "encontrei",
  NULL
};

/* A group chat of the street's neighbours, with no money to make in it */
static const char * const group_chats[] = {
  "whatsapp group", "group chat", "grupo de whatsapp", "grupo do whatsapp", "groupe whatsapp", "whatsapp-gruppe",
  "gruppo whatsapp", "grupa na whatsappie", "grup whatsapp", "grup wa", "व्हाट्सऐप ग्रुप", "व्हाट्सएप ग्रुप",
  "مجموعة واتساب", "گروه واتساپ", "微信群", "业主群",
  NULL
};

static const char * const street_words[] = {
  "neighbours", "neighbors", "residents", "street", "road", "vecinos", "barrio", "moradores", "vizinhos", "rua",
  "voisins", "quartier", "nachbarn", "vicini", "quartiere", "sąsiedzi", "sąsiadów", "osiedle", "warga", "tetangga",
  "mohalla", "मोहल्ले", "मोहल्ला", "الجيران", "الحي", "همسایه", "محله", "邻居", "小区",
  NULL
};

static const char * const group_money[] = {
  "earn", "earning", "profit", "signals", "crypto", "bitcoin", "forex", "trading", "invest", "investment",
  "income", "from home", "a month", "per month", "a week", "per week", "making", "money", "selling",
  "bonus", "ganancia", "señales", "lucro", "sinais", "gagnez", "guadagna", "verdienen", "zarabiaj", "cuan",
  "kamai", "kamao", "ربح", "سود", "赚",
  NULL
};

/* ...nor a come-on: "our choir of single ladies is waiting for you" */
static const char * const group_come_ons[] = {
  "single", "singles", "lonely", "ladies", "girls", "hot", "sexy", "dating", "date", "hookup", "waiting for you",
  NULL
};

/* A body of neighbours, tenants or volunteers, whose channel or group a
 * reader gives ("our residents' association posts updates on Telegram
 * @…", "the committee has a Telegram channel"), or a club of those who
 * share a pastime, or a school's parents ("our photo club's Telegram
 * is @…", "the choir's rehearsals are on our Telegram") */
static const char * const community_bodies[] = {
  "photo club", "photography club", "camera club", "choir", "chorus", "book club", "reading group",
  "chess club", "walking group", "hiking club", "cycling club", "cycling group", "running club",
  "gardening club", "garden club", "history society", "local history group", "historical society", "orchestra",
  "brass band", "scouts", "parents' association", "parents’ association", "parents association",
  "parents' group", "parents group", "group for parents", "pta", "coro", "circolo fotografico", "club de lectura",
  "chorale", "club photo", "association de parents", "chor", "fotoclub", "elternbeirat", "写真クラブ", "合唱団",
  "residents' association", "residents’ association", "residents association", "tenants' union", "tenants’ union",
  "tenants union", "tenants' association", "tenants’ association", "neighbourhood association",
  "neighborhood association", "community group", "committee", "run by volunteers", "volunteers", "parish",
  "comitato", "associazione", "volontari", "parrocchia", "asociación de vecinos", "asociacion de vecinos",
  "voluntarios", "parroquia", "associação de moradores", "associacao de moradores", "voluntários",
  "association de quartier", "comité de quartier", "bénévoles", "benevoles", "bürgerinitiative", "mieterverein",
  "ehrenamtlich", "町内会", "自治会", "振興組合", "居委会", "业委会",
  NULL
};

/* A rotating savings club of neighbours or traders: each pays in the
 * same sum, and each takes the pot in turn ("our market women's tontine",
 * "the susu", "una tanda", "arisan ibu-ibu", "እቁብ", "iqqubni keenya"):
 * its collector gives her number as a residents' association does its
 * channel. "chama" only with its own word, as Portuguese calls with it
 * ("me chama no zap"). */
static const char * const savings_clubs[] = {
  "tontine", "tontines", "savings club", "savings group", "rotating savings", "merry-go-round", "merry go round",
  "susu", "sou-sou", "esusu", "stokvel", "pardner", "njangi", "our chama", "the chama", "a chama", "my chama",
  "chama yetu", "chama letu", "tanda", "cundina", "pandero", "natillera", "caixinha", "arisan", "paluwagan",
  "equb", "ekub", "iqub", "iqqub", "iqqubni", "እቁብ", "ዕቁብ", "взаємодопомог", "взаимопомощ",
  "altın günü", "hụi",
  NULL
};

/* ...told as one: the pot taken in turn, by a draw at the meeting */
static const char * const club_turns[] = {
  "in turn", "takes the pot", "take the pot", "gets the pot", "the pot", "by draw", "by a draw", "the draw",
  "rotation", "rotates", "her turn", "his turn", "my turn", "your turn", "their turn", "whose turn",
  "à tour de rôle", "chacun son tour", "tirage", "la cagnotte", "por turno", "le toca", "te toca", "sorteo",
  "sorteio", "a vez de", "kwa zamu", "zamu", "giliran", "bergiliran", "dikocok", "kocokan", "ተራውን", "በተራ",
  "ዕጣው", "baafama", "baafamu", "по черзі", "за чергою", "по очереди", "sırayla",
  NULL
};

/* ...with nothing to gain but one's own money back, and nothing to
 * borrow: a "digital tontine" that triples it, an arisan with a profit a
 * week, is no neighbours', nor a lender's "waiting for your turn in the
 * tanda? quick loans" */
static const char * const club_gains[] = {
  "profit", "profits", "interest", "double", "doubled", "doubles", "triple", "tripled", "multiply", "multiplied",
  "earn", "earning", "earnings", "invest", "investment", "investors", "crypto", "bitcoin", "usdt", "forex",
  "trading", "signals", "bonus", "passive income", "guaranteed", "online", "digital", "gold", "app",
  "bénéfice", "bénéfices", "intérêts", "rendement", "investir", "investissement", "gagnez", "digitale",
  "en ligne", "ganancia", "ganancias", "intereses", "rendimiento", "invertir", "inversión", "ganar", "lucro",
  "juros", "rendimento", "investimento", "ganhe", "ganhar", "keuntungan", "untung", "investasi", "bunga",
  "faida", "riba", "uwekezaji", "прибуток", "відсотк", "прибыль", "процент", "инвест", "інвест", "ትርፍ", "ወለድ",
  "እጥፍ", "bu'aa", "dachaa", "kâr", "faiz", "yatırım",
  "loan", "loans", "lend", "lender", "borrow", "préstamo", "préstamos", "prestamo", "prestamos", "prêt", "prêts",
  "crédit", "credit", "empréstimo", "emprestimo", "pinjam", "pinjaman", "pinjol", "mkopo", "mikopo", "кредит",
  "позик", "займ", "ብድር", "liqii", "bidir", "kredi",
  /* (a lender's "money on your card in 10 minutes": a club pays at its
   * meeting) */
  "minutes", "minutos", "menit", "dakika", "хвилин", "минут", "ደቂቃ", "daqiiqaa",
  NULL
};

/* Sites whose names spam spells with look-alike letters */
static const char * const brands[] = {
  "gofundme", "justgiving", "leetchi", "paypal", "amazon", "whatsapp", "facebook", "google", "apple",
  "microsoft", "netflix", "royalmail", "hmrc", "change",
  /* (the booking sites a riad or a holiday flat is let on, and Asia's
   * travel sites: "traveIoka-…", an I for the l) */
  "booking", "airbnb", "traveloka", "agoda", "expedia", "klook",
  NULL
};

/* A council's own address, under its own country's name for one
 * ("comune.milano.it", "stadt.koeln.de"): a source, as a government's is */
static const char * const councils[] = {
  "comune", "council", "gemeinde", "stadt", "mairie", "ville", "ayuntamiento", "ajuntament", "prefeitura",
  "concello", "municipio", "gmina", "um", "kommune", "gemeente",
  NULL
};

/* ...and what a notice under a made-up one asks: to claim, apply, fill
 * in a form */
static const char * const claim_steps[] = {
  "claim", "apply", "register", "fill in", "fill out", "reclame", "reclamar", "solicite", "solicita", "rellene",
  "remplissez", "recevez", "réclamez", "beantragen", "antrag", "compila", "richiedi", "wypełnij", "złóż wniosek",
  "daftar", "preencha", "سجّل", "سجل", "ثبت‌نام", "आवेदन", "दावा", "申請", "申请", "신청",
  NULL
};

/* A government's word in an address's own name */
static const char * const government_parts[] = {
  "gov", "govt", "gouv", "gob", "government", "gobierno", "governo", "regierung",
  NULL
};

/* A claims firm's own voice, what it claims, and its free offer */
static const char * const firm_voice[] = {
  "our experts", "our expert", "our team", "our specialists", "our solicitors", "our lawyers", "our assessors",
  "we get you", "we'll get you", "we will get you", "get you paid", "nuestros expertos", "nuestro equipo", "nos experts",
  "notre équipe", "unsere experten", "unser team", "nossos especialistas", "i nostri esperti",
  NULL
};

/* ...or "our" a few words before its people: "our claims experts" */
static const char * const firm_people[] = {
  "experts", "expert", "team", "specialists", "solicitors", "lawyers", "assessors", "advisers", "advisors",
  "consultants", "adjusters",
  NULL
};

static const char * const claim_words[] = {
  "claim", "claims", "compensation", "payout", "insurer", "insurers", "reclamación", "indemnización",
  "indemnisation", "assureur", "entschädigung", "versicherung", "indenização", "risarcimento", "odszkodowanie",
  "reclamaciones", "seguros", "sinistre", "sinistres", "sinistro", "sinistri", "schaden", "szkoda",
  NULL
};

/* ...or its line's promise to pay, in its own voice: a reader tells
 * what her insurer did ("they paid ours") */
static const char * const pay_promises[] = {
  "we pay you", "we'll pay you", "we will pay you", "get you paid", "le pagamos", "te pagamos", "les pagamos",
  "nous vous payons", "wir zahlen ihnen", "pagamos a você", "vi paghiamo", "wypłacimy", "kami bayar dalam",
  NULL
};

static const char * const free_offers[] = {
  "free assessment", "free check", "free quote", "free consultation", "free claim check", "no win no fee",
  "no win, no fee", "evaluación gratuita", "consulta gratuita", "évaluation gratuite", "kostenlose prüfung",
  "kostenlose beratung", "avaliação gratuita", "valutazione gratuita", "bezpłatna wycena",
  NULL
};

/* A relief payment a notice offers ("flood relief grant", "Soforthilfe"),
 * and the haste it asks for: a council's grant is applied for in weeks */
static const char * const relief_words[] = {
  "relief grant", "relief fund", "relief payment", "flood grant", "emergency grant", "hardship grant",
  "disaster grant", "soforthilfe", "hochwasserhilfe", "nothilfe", "ayuda de emergencia", "ayuda directa",
  "aide d'urgence", "aide exceptionnelle", "aide immédiate", "auxílio emergencial", "ajuda de emergência",
  "sussidio", "contributo", "bonus alluvione", "zapomoga", "zasiłek", "bantuan langsung",
  NULL
};

static const char * const haste[] = {
  "today only", "only today", "before funds run out", "before the money runs out", "while funds last",
  "last day", "ends tonight", "hurry", "limited places", "nur heute", "nur noch heute", "sofort", "solo hoy",
  "hoy mismo", "aujourd'hui seulement", "dès aujourd'hui", "avant épuisement", "só hoje", "solo oggi",
  "entro oggi", "tylko dziś", "tylko dzisiaj", "hari ini saja",
  NULL
};

/* Work from home, in the languages the older earnings rule does not
 * read (its English, "from home", is read there) */
static const char * const from_home[] = {
  "da casa", "da casa tua", "desde casa", "desde tu casa", "em casa", "de casa", "depuis chez", "de chez vous",
  "à domicile", "von zu hause", "von zuhause", "z domu", "ghar baithe", "ghar se", "dari rumah", "evden",
  "online kamao", "online kamai",
  NULL
};

/* ...and an invitation to find out how, when the way is a link (a
 * reader links to her neighbour's own shop and invites no one) */
static const char * const find_out[] = {
  "scopri", "scopri come", "clicca", "iscriviti", "infórmate", "descubre", "regístrate", "aquí", "veja como",
  "saiba", "clique", "cadastre", "découvrez", "inscrivez", "cliquez", "ici", "erfahren sie", "jetzt", "hier",
  "dowiedz się", "sprawdź", "kliknij", "tutaj", "join", "join karo", "click karo", "yahan", "daftar", "klik",
  "di sini", "disini", "tıkla", "buradan",
  /* ("Info su guadagnafacile.it") */
  "info su", "info:", "più info", "maggiori info", "más info", "más información", "plus d'infos",
  "mehr infos", "mehr info", "więcej informacji", "mais informações", "mais info", "info lengkap",
  NULL
};

/* ...and a sum by the month, week or day, and from how much it is a
 * boast (readers say what they earn too) */
static const struct {
  const char *phrase;
  double      boast;
} periods[] = {
  { "al mese", 2000 }, { "al mes", 2000 }, { "por mês", 2000 }, { "por mes", 2000 }, { "ao mês", 2000 },
  { "par mois", 2000 }, { "im monat", 2000 }, { "pro monat", 2000 }, { "miesięcznie", 2000 },
  { "na miesiąc", 2000 }, { "mahina", 2000 }, { "mahine", 2000 }, { "per bulan", 2000 }, { "sebulan", 2000 },
  { "ayda", 2000 }, { "a settimana", 500 }, { "alla settimana", 500 }, { "por semana", 500 },
  { "a la semana", 500 }, { "par semaine", 500 }, { "pro woche", 500 }, { "tygodniowo", 500 },
  { "al giorno", 100 }, { "al día", 100 }, { "al dia", 100 }, { "por dia", 100 }, { "par jour", 100 },
  { "pro tag", 100 }, { "am tag", 100 }, { "dziennie", 100 }, { "roz", 100 }, { "rozana", 100 }, { "per hari", 100 },
  { "sehari", 100 }, { "günde", 100 },
};

/* The value of the number at @p in normalised @text, its groups of
 * thousands split by ".", "," or a space ("2.500", "50,000", "3000");
 * 0 when none starts there. @end is set past it. */
static double
number_at (const char  *p,
           const char  *text,
           const char **end)
{
  double value = 0;
  const char *q = p;

  if (!g_ascii_isdigit (*p) || (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '.' || p[-1] == ',')))
    return 0;
  for (;;)
    {
      for (; g_ascii_isdigit (*q); q++)
        value = value * 10 + (*q - '0');
      if ((*q == '.' || *q == ',' || *q == ' ') && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
          g_ascii_isdigit (q[3]) && !g_ascii_isdigit (q[4]))
        {
          q++;
          continue;
        }
      break;
    }
  *end = q;

  return value;
}

/* Whether normalised @text says a sum is earned by the month, week or
 * day, the period beside the sum, and the sum a boast */
static gboolean
earns_by_period (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      const char *end = p;
      double value = number_at (p, text, &end);
      g_autofree char *around = NULL;

      if (value <= 0)
        continue;
      around = _byline_spam_window (text, p, end - p, 24, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
        {
          if (value >= periods[i].boast && _byline_spam_contains_word (around, periods[i].phrase))
            return TRUE;
        }
      p = end - 1;
    }

  return FALSE;
}

/* Whether normalised @text tells of the writer's own lost pet */
gboolean
_byline_spam_tells_of_lost (const char *text)
{
  return _byline_spam_terms_found (text, pets) > 0 && _byline_spam_terms_found (text, lost) > 0;
}

/* Whether normalised @text tells of the street's group chat, with no
 * money to make in it ("message me and I'll add you to the Station Road
 * neighbours' WhatsApp group") */
gboolean
_byline_spam_street_group (const char *text)
{
  return _byline_spam_terms_found (text, group_chats) > 0 && _byline_spam_terms_found (text, street_words) > 0 &&
    _byline_spam_terms_found (text, group_money) == 0 && !_byline_spam_has_currency_sign (text);
}

/* Whether normalised @text names a body of neighbours, tenants or
 * volunteers, with no money to make ("our tenants' union answers
 * questions on Telegram @…, it's free"), or a savings club whose members
 * take the pot in turn, with nothing to gain: the channel it gives is
 * the body's, as a street's group chat is the street's */
gboolean
_byline_spam_community_body (const char *text)
{
  if (_byline_spam_terms_found (text, group_come_ons) > 0)
    return FALSE;
  /* (a savings club's sums are its members' own) */
  if (_byline_spam_terms_found (text, savings_clubs) > 0 && _byline_spam_terms_found (text, club_turns) > 0 &&
      _byline_spam_terms_found (text, club_gains) == 0)
    return TRUE;

  return _byline_spam_terms_found (text, community_bodies) > 0 && _byline_spam_terms_found (text, group_money) == 0 &&
    !_byline_spam_has_currency_sign (text);
}

/* @c as the letter it stands in for in a look-alike name: a 0 for an o,
 * a 1 for an l, a q for a g; in the second reading an i for an l (a
 * capital I lower-cased: "traveIoka"), in the third an m for an n
 * ("bookimg") */
static char
look_alike_letter (char  c,
                   guint reading)
{
  switch (c)
    {
    case '0':
      return 'o';
    case '1':
      return 'l';
    case 'q':
      return 'g';
    case 'i':
      return reading == 1 ? 'l' : c;
    case 'm':
      return reading == 2 ? 'n' : c;
    default:
      return c;
    }
}

/* @label with its look-alike letters read as those they stand in for
 * (look_alike_letter()), and "rn" as "m", "vv" as "w", "cl" as "d" */
static char *
fold_look_alike (const char *label,
                 guint       reading)
{
  GString *folded = g_string_new (NULL);

  for (const char *p = label; *p; p++)
    {
      if ((p[0] == 'r' && p[1] == 'n') || (p[0] == 'v' && p[1] == 'v') || (p[0] == 'c' && p[1] == 'l'))
        {
          g_string_append_c (folded, p[0] == 'r' ? 'm' : p[0] == 'v' ? 'w' : 'd');
          p++;
        }
      else
        g_string_append_c (folded, look_alike_letter (*p, reading));
    }

  return g_string_free (folded, FALSE);
}

/* Whether a label of @host, or a part of one between hyphens, spells a
 * known site's name with look-alike letters without being that name
 * ("gofundrne": "rn" for "m"; "gofunclme": "cl" for "d"; "paypa1",
 * "amaz0n", "whatsvvapp"; "bookinq-riads…": "q" for "g"; "traveIoka-…",
 * "bookimg-hotele…") */
gboolean
_byline_spam_host_looks_alike (const char *host)
{
  g_auto(GStrv) labels = NULL;

  if (host == NULL || strpbrk (host, "r01vcqim") == NULL)
    return FALSE;
  labels = g_strsplit_set (host, ".-", -1);
  for (guint i = 0; labels[i] != NULL && labels[i + 1] != NULL; i++)
    {
      for (guint reading = 0; reading < 3; reading++)
        {
          g_autofree char *folded = fold_look_alike (labels[i], reading);

          if (!g_str_equal (folded, labels[i]) && g_strv_contains (brands, folded))
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether @host is a council's own ("comune.milano.it"): its first
 * label a council's word */
static gboolean
host_is_council (const char *host)
{
  g_auto(GStrv) labels = g_strsplit (g_str_has_prefix (host, "www.") ? host + 4 : host, ".", 3);

  return g_strv_length (labels) >= 3 && g_strv_contains (councils, labels[0]);
}

/* Whether @host is named for the money to be made: "guadagnafacile-
 * casa.it", "earn-from-home.net", "dinero-facil.es" */
static gboolean
names_money (const char *host)
{
  static const char * const words[] = {
    "earn", "money", "cash", "income", "profit", "rich", "easy", "guadagn", "facile", "soldi", "lavor",
    "dinero", "facil", "ganar", "gana", "trabaj", "geld", "verdien", "argent", "gagn", "ganhar", "dinheiro",
    "kamai", "kamao", "zarob", "pieniadz", "uang", "cuan", "duit", NULL
  };

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (host, words[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether @host is a site of its own: no public body's, newspaper's,
 * platform's, charity's or club's (".org") nor a council's under any
 * name ("stadt-koeln.de", "comune.milano.it") */
static gboolean
is_own_site (const char *host)
{
  g_auto(GStrv) parts = NULL;

  if (_byline_spam_host_is_official (host) || _byline_spam_host_is_news (host) ||
      _byline_spam_host_is_platform (host) || _byline_spam_host_is_org (host))
    return FALSE;
  parts = g_strsplit_set (host, "-.", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_strv_contains (councils, parts[i]))
        return FALSE;
    }
  return TRUE;
}

/* The countries whose governments are at "go." before their two
 * letters ("go.jp", "go.th"), and Japan's local ones at "lg.jp" */
static const char * const go_countries[] = { "jp", "th", "id", "kr", "ke", "tz", "ug", NULL };

/* Whether @host dresses as a government's: a government's word in its
 * own name, or a government's ending spelt with a hyphen for a dot
 * ("city-osaka.lg-jp.…", "mhlw-go-jp.…"), and no government's address */
static gboolean
host_dresses_as_government (const char *host)
{
  g_auto(GStrv) parts = NULL;

  /* (a ".org" is a club's: "millbrook-gov-watch.org") */
  if (_byline_spam_host_is_official (host) || strchr (host, '.') == NULL || _byline_spam_host_is_org (host))
    return FALSE;
  parts = g_strsplit_set (host, "-.", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_strv_contains (government_parts, parts[i]))
        return TRUE;
      if (parts[i + 1] != NULL && g_strv_contains (go_countries, parts[i + 1]) &&
          (g_str_equal (parts[i], "go") || (g_str_equal (parts[i], "lg") && g_str_equal (parts[i + 1], "jp"))))
        return TRUE;
    }

  return FALSE;
}

/* Whether normalised @text speaks as a firm: "our experts", "our
 * claims team", "nuestros expertos", "our no win, no fee negligence
 * solicitors" (a few words on, in the same sentence) */
static gboolean
firm_speaks (const char *text)
{
  const char *p = text;

  if (_byline_spam_terms_found (text, firm_voice) > 0)
    return TRUE;
  while ((p = strstr (p, "our ")) != NULL)
    {
      g_auto(GStrv) words = NULL;

      if (p > text && g_ascii_isalnum (p[-1]))
        {
          p += 4;
          continue;
        }
      words = g_strsplit (p + 4, " ", 8);
      for (guint i = 0; words[i] != NULL && i < 7; i++)
        {
          gsize len = strcspn (words[i], ",.;:!?");
          char end = words[i][len];

          words[i][len] = '\0';
          if (g_strv_contains (firm_people, words[i]))
            return TRUE;
          /* (the sentence ends there) */
          if (end != '\0' && end != ',')
            break;
        }
      p += 4;
    }

  return FALSE;
}

/**
 * _byline_spam_neighbour_guises:
 * @content: normalised
 * @hosts: the hosts it links to
 * @outside_links: links to other than official bodies and newspapers
 *
 * What of a neighbour's clothes spam wears in @content, no warning
 * given. The reasons are worded in byline-spam-filter-notices.c, beside
 * the fundraiser and notice rules they join.
 *
 * Returns: the guises found
 */
BylineSpamGuise
_byline_spam_neighbour_guises (const char *content,
                               GPtrArray  *hosts,
                               guint       outside_links)
{
  BylineSpamGuise guises = 0;
  gboolean site = FALSE, council = FALSE, own_site = FALSE, earnings_host = FALSE;
  const char *pos = content, *start, *dot, *end;

  if (_byline_spam_terms_found (content, warnings) > 0)
    return 0;

  /* The hosts of the links, and those written bare */
  for (guint i = 0; i < hosts->len; i++)
    {
      const char *host = g_ptr_array_index (hosts, i);

      if (_byline_spam_host_looks_alike (host))
        guises |= BYLINE_SPAM_GUISE_LOOK_ALIKE;
      if (host_dresses_as_government (host))
        guises |= BYLINE_SPAM_GUISE_GOVERNMENT;
      council |= host_is_council (host);
      own_site |= is_own_site (host);
      earnings_host |= names_money (host);
    }
  while (_byline_spam_next_bare_host (content, &pos, &start, &dot, &end))
    {
      g_autofree char *host = g_strndup (start, end - start);

      if (_byline_spam_host_looks_alike (host))
        guises |= BYLINE_SPAM_GUISE_LOOK_ALIKE;
      if (host_dresses_as_government (host))
        guises |= BYLINE_SPAM_GUISE_GOVERNMENT;
      site |= !_byline_spam_host_is_official (host) && !_byline_spam_host_is_news (host) &&
        !_byline_spam_host_is_platform (host);
      own_site |= is_own_site (host);
      earnings_host |= names_money (host);
    }

  /* ...the more so asking to claim or fill in a form there */
  if ((guises & BYLINE_SPAM_GUISE_GOVERNMENT) && _byline_spam_terms_found (content, claim_steps) > 0)
    guises |= BYLINE_SPAM_GUISE_GOVERNMENT_FORM;

  /* "Our experts get you paid … free assessment": a claims firm's
   * advert at its own site; a reader passes on her insurer's number */
  if (own_site && firm_speaks (content) &&
      _byline_spam_terms_found (content, claim_words) > 0 && _byline_spam_terms_found (content, free_offers) > 0)
    guises |= BYLINE_SPAM_GUISE_CLAIMS_FIRM;

  /* "Llame a la línea de reclamaciones …, le pagamos en 24 horas": a
   * claims line that pays at once, in its own voice, with its number */
  if (_byline_spam_terms_found (content, claim_words) > 0 && _byline_spam_terms_found (content, pay_promises) > 0 &&
      (_byline_spam_has_phone (content) || _byline_spam_has_grouped_phone (content)))
    guises |= BYLINE_SPAM_GUISE_CLAIMS_LINE;

  /* "2.000 € Soforthilfe für alle Betroffenen, Antrag nur heute unter
   * …": a relief payment, a sum, to claim at once at a site of its own
   * (a reader points to the Red Cross's fund or the city's form) */
  if (own_site && _byline_spam_has_currency_sign (content) && _byline_spam_terms_found (content, relief_words) > 0 &&
      _byline_spam_terms_found (content, claim_steps) > 0 && _byline_spam_terms_found (content, haste) > 0)
    guises |= BYLINE_SPAM_GUISE_RELIEF;

  /* "Mi vecina gana 2.500 € al mes desde casa … infórmate aquí" */
  if (((outside_links > (council ? 1u : 0u) && _byline_spam_terms_found (content, find_out) > 0) ||
       _byline_spam_has_private_contact (content) || _byline_spam_has_messenger_contact (content)) &&
      _byline_spam_terms_found (content, from_home) > 0 && earns_by_period (content))
    guises |= BYLINE_SPAM_GUISE_EARNINGS;
  /* ...the more so when the site is named for the money ("guadagnafacile-
   * casa.it") or the contact is a messenger's: a reader's daughter who
   * earns from home links to no such site (her city's, "valencia.es"),
   * and gives no Telegram */
  if ((guises & BYLINE_SPAM_GUISE_EARNINGS) && (earnings_host || _byline_spam_has_messenger_contact (content)))
    guises |= BYLINE_SPAM_GUISE_EARNINGS_OFFER;

  return guises;
}

/* Whether normalised @text gives a number of nine digits in three
 * groups ("500 600 700", "600-123-456"), as Polish and Spanish mobile
 * numbers are written: shorter than the ten that
 * _byline_spam_has_phone() asks for */
gboolean
_byline_spam_has_grouped_phone (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      const char *q = p;
      guint groups = 0;

      if (!g_ascii_isdigit (*p) || (p > text && (g_ascii_isalnum (p[-1]) || strchr ("+.,-/", p[-1]))))
        continue;
      while (groups < 3 && g_ascii_isdigit (q[0]) && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
             !g_ascii_isdigit (q[3]) && (groups == 2 || q[3] == ' ' || q[3] == '-'))
        {
          groups++;
          q += groups < 3 ? 4 : 3;
        }
      if (groups == 3 && !g_ascii_isalnum (*q))
        return TRUE;
    }

  return FALSE;
}
